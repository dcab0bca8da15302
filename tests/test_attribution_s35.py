"""Attribution, session 35: forms real articles use that the parser missed, read from the skua probe's
misses and tested on invented text, each with cases where the new reading must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a Q:/A: interview whose questions were put in writing ----

_WRITTEN_QA = ("Q: Did you know the quay wall was failing?\n\n"
               "A: I knew it was old. Nobody told me it was failing until the survey came back.\n\n"
               "Q: Would you do anything differently?\n\n"
               "A: I would have asked for the survey a year sooner, and I have said so to the board.")


def test_answers_to_questions_put_by_the_paper_are_the_one_named_before() -> None:
    body = ("Bo Hart has said little since the board voted. He agreed to answer questions from this "
            "newspaper by email.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") == "Bo Hart"
    assert _speaker_of(body, "a year sooner") == "Bo Hart"


def test_answering_questions_in_a_chamber_names_no_interviewee() -> None:
    # a hearing's "answered questions" has no one putting them in writing: no cue for "A:" turns
    body = ("Bo Hart answered questions in the council chamber for an hour on Monday, and Ada Lind "
            "answered questions after him.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") not in ("Bo Hart", "Ada Lind")


def test_two_people_named_before_written_questions_leave_the_answers_to_no_one() -> None:
    body = ("Bo Hart and Ada Lind agreed to answer questions from this newspaper by email.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") not in ("Bo Hart", "Ada Lind")


# ---- an official court transcript: the witness heading names who gives the "A." lines ----

_COURT_QA = ("Q. You inspected the quay wall in March, did you not?\n\n"
             "A. I did. I inspected it twice, and I wrote up both visits the same day.\n\n"
             "Q. And you found nothing to worry about?\n\n"
             "A. I found a crack I was worried about, and I said so in writing.\n\n"
             "THE CORONER: Thank you, we will take a short break there.")


def test_the_witness_heading_names_who_answers_the_a_lines() -> None:
    body = ("Extract from the transcript of the second day of the inquest, before the coroner.\n\n"
            "DR ADA LIND, sworn\nExamined by MR PELL\n\n" + _COURT_QA)
    assert _speaker_of(body, "I inspected it twice") == "Ada Lind"
    assert _speaker_of(body, "I found a crack") == "Ada Lind"
    assert _speaker_of(body, "You inspected the quay wall") not in ("Ada Lind", "Bo Hart", "not found")
    assert _speaker_of(body, "take a short break") not in ("Ada Lind", "Bo Hart", "not found")


def test_an_affirmed_witness_in_mixed_case_is_read_too() -> None:
    body = "Transcript, day two.\n\nBo Hart, affirmed\n\n" + _COURT_QA
    assert _speaker_of(body, "I inspected it twice") == "Bo Hart"


def test_a_heading_naming_someone_unknown_gives_the_answers_to_no_known_person() -> None:
    body = "Transcript, day two.\n\nMRS JOAN PELL, sworn\n\n" + _COURT_QA
    assert _speaker_of(body, "I inspected it twice") not in ("Ada Lind", "Bo Hart")


def test_sworn_in_prose_is_no_witness_heading() -> None:
    body = ("The new harbour master, Bo Hart, was sworn in on Monday, and Ada Lind spoke at the "
            "ceremony.\n\n" + _COURT_QA)
    assert _speaker_of(body, "I inspected it twice") not in ("Ada Lind", "Bo Hart")


# ---- a printed interview whose note says it is an edited transcript ----

def test_an_edited_transcript_note_makes_unlabelled_answers_the_subjects() -> None:
    body = ("Ada Lind spoke to the Gazette the week before the vote. This is an edited transcript.\n\n"
            "How did you end up chairing the board?\n\n"
            "By accident, mostly. I went to one meeting to complain and came home as treasurer.\n\n"
            "Do you regret the vote?\n\n"
            "No. I regret how long it took us to hold it.")
    assert _speaker_of(body, "By accident, mostly") == "Ada Lind"
    assert _speaker_of(body, "I regret how long") == "Ada Lind"


def test_a_transcript_mentioned_in_news_is_no_printed_interview() -> None:
    body = ("Ada Lind said the board would publish an edited transcript of the meeting.\n\n"
            "How did the board decide?\n\n"
            "The board decided by six votes to three after a two-hour debate on the survey.\n\n"
            "What do you think happens next?\n\n"
            "Contractors will fence off the quay on Monday and the ferry will move to the south berth.")
    assert _speaker_of(body, "six votes to three") != "Ada Lind"
    assert _speaker_of(body, "Contractors will fence") != "Ada Lind"


# ---- a who-clause set off before "has said": the verb is the name's, not the clause's object's ----

def test_a_who_clause_before_has_declared_leaves_the_verb_to_the_name() -> None:
    body = ("Ada Lind, who chaired the judges of the harbour prize, has declared that the closure "
            "\"will not stop us rebuilding the north quay\".")
    assert _speaker_of(body, "will not stop us rebuilding") == "Ada Lind"


def test_a_who_clause_whose_own_verb_reports_is_not_skipped() -> None:
    # the clause's own speech stays inside it; the quote after the main verb is still the subject's
    body = ("Bo Hart, who has said little since the vote, has warned that the quay \"cannot wait another "
            "winter\".")
    assert _speaker_of(body, "cannot wait another winter") == "Bo Hart"


def test_has_as_a_main_verb_after_a_clause_is_no_auxiliary_of_speech() -> None:
    body = ("Bo Hart, who chairs the board, has the final say, and the judges of the harbour prize said the "
            "plan was \"a disgrace to the town\".")
    assert _speaker_of(body, "a disgrace to the town") != "Bo Hart"


# ---- someone the config does not know, named as the subject with a feature's verb ----

def test_a_new_name_that_reckons_then_she_said_is_that_persons() -> None:
    body = ("Ada Lind said on Monday that the quay would reopen in spring.\n\n"
            "Harbour volunteer Jo Pike reckons the delay has done more for the town than any campaign. "
            "\"Everyone on the slipway wants to talk about it,\" she said.")
    assert _speaker_of(body, "Everyone on the slipway") not in ("Ada Lind", "not found")


def test_a_known_speaker_named_after_the_new_name_keeps_her_pronoun() -> None:
    body = ("Harbour volunteer Jo Pike reckons the delay has helped. Ada Lind disagreed on Tuesday. "
            "\"It has cost us a season,\" she said.")
    assert _speaker_of(body, "It has cost us a season") == "Ada Lind"


# ---- a name joined to an object ("for Mr Hart and Lind Marine") is an object too ----

def test_a_name_joined_to_an_object_does_not_take_the_next_pronoun() -> None:
    body = ("Bo Hart gave evidence last week.\n\n"
            "Tom Reed KC, for Mr Hart and Ada Lind, said the claim was \"built on a rumour\". He told "
            "the tribunal: \"Nobody on the quay was ever told to cut corners.\"")
    assert _speaker_of(body, "Nobody on the quay") not in ("Bo Hart", "Ada Lind", "not found")


def test_two_names_joined_as_subjects_still_speak() -> None:
    body = "Ada Lind and Bo Hart said the vote had been \"rushed through before anyone had read the survey\"."
    joint = ("Ada Lind", "Bo Hart", "Ada Lind and Bo Hart")
    assert _speaker_of(body, "rushed through before anyone") in joint


def test_a_joined_object_after_according_to_is_still_the_source() -> None:
    body = ("The survey was delayed by a month, according to Ada Lind and Bo Hart, who said it had been "
            "\"lost in the post twice\".")
    assert _speaker_of(body, "lost in the post twice") in ("Ada Lind", "Bo Hart")


# ---- a definite role opening the sentence before a pronoun's quote ----

def test_the_judge_opening_the_sentence_takes_the_he_after_it() -> None:
    body = ("Bo Hart denies the charge.\n\n"
            "The judge adjourned the hearing until Friday. \"I am not going to rush a case this serious,\" "
            "he said.")
    assert _speaker_of(body, "I am not going to rush") not in ("Bo Hart", "not found")


def test_a_name_after_the_role_takes_the_pronoun_instead() -> None:
    body = ("The judge adjourned the hearing until Friday. Outside court, Bo Hart was defiant. \"I have "
            "nothing to hide,\" he said.")
    assert _speaker_of(body, "I have nothing to hide") == "Bo Hart"


def test_a_body_opening_the_sentence_takes_no_pronoun() -> None:
    body = ("Bo Hart spoke after the vote.\n\n"
            "The council adjourned the meeting until Friday. \"We will be back,\" he said.")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


def test_a_role_inside_a_clause_takes_no_pronoun() -> None:
    body = ("Bo Hart spoke after the hearing, where the judge adjourned the case. \"We will be back,\" "
            "he said.")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


def test_a_role_of_the_other_gender_takes_no_pronoun() -> None:
    body = ("Ada Lind gave evidence in the morning.\n\n"
            "The chairman adjourned the meeting until Friday. \"It is not over,\" she said.")
    assert _speaker_of(body, "It is not over") == "Ada Lind"


# ---- a role word that modifies a thing ("a dead woman's novel", "a voice note") is no speaker ----

def test_a_possessive_role_word_before_a_thing_is_no_speaker() -> None:
    body = ("HARBOUR boss Bo Hart last night hit back at claims he sold a dead woman's boat — insisting: "
            "\"I have never set foot on it.\"")
    assert _speaker_of(body, "I have never set foot") == "Bo Hart"


def test_a_role_word_before_a_message_noun_is_no_speaker() -> None:
    body = ("Harbour chief Bo Hart has apologised in a voice note sent to members, saying sorry for "
            "\"the worst week this club has had\".")
    assert _speaker_of(body, "the worst week this club") == "Bo Hart"


def test_a_spokeswomans_statement_still_speaks_for_her() -> None:
    body = ("A spokeswoman's statement said the quay was \"closed until further notice for everyone's "
            "safety\".")
    assert _speaker_of(body, "closed until further notice") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_witness_who_speaks_is_still_a_speaker() -> None:
    body = ("Bo Hart was on the quay that night. A witness said the wall \"just folded into the water like "
            "wet cardboard\".")
    assert _speaker_of(body, "just folded into the water") not in ("Bo Hart", "not found")


def test_a_woman_who_speaks_is_still_a_speaker() -> None:
    body = ("Bo Hart was on the quay that night. One woman, who asked not to be named, said: \"We heard it "
            "go from the other end of the town.\"")
    assert _speaker_of(body, "We heard it go") not in ("Bo Hart", "not found")


# ---- "my editor said" in a first-person piece: someone unnamed, not the writer ----

def test_my_editor_said_in_a_newsletter_is_an_unnamed_speaker() -> None:
    body = ("From Ada Lind's newsletter, sent to members on Monday:\n\n"
            "I have spent the week on the quay. My editor, who has more sense than I do, said, \"Write it "
            "down while you still remember the smell of it.\" So I did.")
    assert _speaker_of(body, "Write it down while") not in ("Ada Lind", "Bo Hart", "not found")


def test_my_neighbour_told_me_is_an_unnamed_speaker() -> None:
    body = ("Ada Lind writes: I knew the vote was lost when my neighbour told me, \"Nobody on this street "
            "has read the survey.\"")
    assert _speaker_of(body, "Nobody on this street") not in ("Ada Lind", "Bo Hart", "not found")


def test_my_letter_said_is_no_person() -> None:
    body = ("Ada Lind writes: I wrote to the board in May. My letter said the quay was \"a disaster "
            "waiting for a high tide\".")
    assert _speaker_of(body, "a disaster waiting") == "Ada Lind"


def test_my_wife_named_after_is_the_named_person() -> None:
    body = ("Bo Hart writes: we went down to the quay at dawn. My wife, Ada Lind, said: \"It looks like a "
            "bomb went off.\"")
    assert _speaker_of(body, "It looks like a bomb") == "Ada Lind"


# ---- a "who said what" box: name, affiliation, colon, quote ----

def test_a_box_line_of_someone_unknown_with_a_body_is_theirs() -> None:
    body = ("Reactions\n\nAda Lind, Harbour Board: \"We did what the survey told us to do, no more.\"\n\n"
            "Jo Pike, Quayside Traders Association: \"Nobody asked the people who work on the quay.\"")
    assert _speaker_of(body, "Nobody asked the people") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_box_line_of_a_known_person_with_a_body_is_theirs() -> None:
    body = ("Reactions\n\nJo Pike, a trader: \"Nobody asked the people who work on the quay.\"\n\n"
            "Bo Hart, Harbour Board: \"We did what the survey told us to do, no more.\"")
    assert _speaker_of(body, "We did what the survey") == "Bo Hart"


def test_a_title_case_label_before_a_colon_is_no_box_line() -> None:
    body = ("Bo Hart spoke on Monday.\n\n"
            "Live Updates, Harbour Town: \"We did what the survey told us to do, no more.\"")
    assert _speaker_of(body, "We did what the survey") in ("Bo Hart", "not found")


def test_a_name_and_affiliation_inside_a_sentence_is_no_box_line() -> None:
    body = ("Yesterday Jo Pike, Quayside Traders Association chair, was asked about the vote and pointed to "
            "the notice: \"Closed until further notice.\"")
    assert _speaker_of(body, "Closed until further notice") != "Jo Pike"


def test_a_single_credit_line_of_someone_unknown_is_no_box() -> None:
    body = ("Bo Hart spoke on Monday about the vote and the survey.\n\n"
            "Harbour Watch, Quay Street: \"Closed until further notice for everyone's safety.\"")
    assert _speaker_of(body, "Closed until further notice") in ("Bo Hart", "not found")


# ---- a known body called by the last word of its name, whatever the word ----

FESTIVAL = Person("Kelp Festival", ("Kelp",), (), "it", "kelp")
WITH_FESTIVAL = (LIND, HART, FESTIVAL)


def test_the_capitalised_last_word_of_a_bodys_name_is_that_body() -> None:
    body = ("The Kelp Festival today cancelled its opening night.\n\n"
            "The Festival said: \"Safety comes before any single night of music.\"")
    assert _speaker_of(body, "Safety comes before", WITH_FESTIVAL) == "Kelp Festival"


def test_the_lower_case_last_word_after_the_full_name_is_that_body() -> None:
    body = ("The Kelp Festival was cancelled on Thursday, a day after the storm. The festival said in a "
            "statement that the decision was \"the only one we could make\".")
    assert _speaker_of(body, "the only one we could make", WITH_FESTIVAL) == "Kelp Festival"


def test_the_lower_case_word_without_the_full_name_nearby_is_not_the_body() -> None:
    body = ("The Kelp Festival was mentioned once, long ago.\n\nBo Hart runs a pub.\n\n"
            "Ada Lind went to a folk night in the next town. The festival said it was \"sold out by noon\".")
    assert _speaker_of(body, "sold out by noon", WITH_FESTIVAL) != "Kelp Festival"


def test_another_festival_named_just_before_keeps_the_word() -> None:
    body = ("The Kelp Festival is in May.\n\nThe Harbour Arts Festival, which runs in June, has also cut "
            "its programme. The Festival said: \"We cannot stage what we cannot insure.\"")
    assert _speaker_of(body, "We cannot stage", WITH_FESTIVAL) != "Kelp Festival"


def test_the_body_word_as_an_object_is_no_speaker() -> None:
    body = ("The Kelp Festival cancelled its opening night. Bo Hart, who wrote to the Festival, said: \"It "
            "was the right call.\"")
    assert _speaker_of(body, "It was the right call", WITH_FESTIVAL) == "Bo Hart"


# ---- a credit after the quote through an owner's role: "says its chief editor, Jo Pike" ----

def test_its_role_then_a_new_name_after_the_quote_is_that_name() -> None:
    body = ("A quayside bookshop has stopped selling the survey.\n\n"
            "\"We will pulp every copy. We cannot sell what the court says is wrong,\" says its owner, "
            "Nurul Aisyah Rahman.")
    assert _speaker_of(body, "We will pulp every copy") not in ("Ada Lind", "Bo Hart", "not found")


def test_its_role_then_a_known_name_is_the_known_person() -> None:
    body = ("Harbour Homes has pulled out of the quay deal.\n\n"
            "\"We will not build on a wall that is falling down,\" said its chief executive, Bo Hart.")
    assert _speaker_of(body, "We will not build") == "Bo Hart"


def test_its_role_without_a_name_names_no_new_person() -> None:
    body = ("Ada Lind spoke first.\n\n"
            "\"We will not build on a wall that is falling down,\" said its chief executive, who asked not "
            "to be named.")
    assert _speaker_of(body, "We will not build") not in ("who", "Who")


# ---- a new name met in a sentence about their mood, the quote after it ----

def test_a_new_name_who_was_unmoved_speaks_the_quote_after() -> None:
    body = ("Ada Lind said the quay would reopen.\n\n"
            "Jo Garrow, a fund manager at Lyle Marsh, was unmoved. \"The market does not care about the "
            "quay. It cares about the rent.\"")
    assert _speaker_of(body, "The market does not care") not in ("Ada Lind", "Bo Hart", "not found")


def test_unmoved_said_of_a_thing_names_no_one() -> None:
    body = ("Bo Hart spoke at the meeting.\n\n"
            "The Harbour Board was unmoved by the petition. \"The survey decides, not a petition,\" he said.")
    assert _speaker_of(body, "The survey decides") == "Bo Hart"


# ---- "the widow" as a tabloid's back-reference to the woman just named ----

def test_the_widow_told_us_is_the_woman_named_before() -> None:
    body = ("Retired nurse Ada Lind, 71, said she was 'heartbroken' when the quay closed.\n\n"
            "'My husband fished from that quay for forty years. Now they want to fence it off,' the widow "
            "told us at her home.")
    assert _speaker_of(body, "My husband fished") == "Ada Lind"


def test_the_widow_is_no_man_named_before() -> None:
    body = ("Harbour boss Bo Hart, 58, defended the closure on Monday.\n\n"
            "'My husband fished from that quay for forty years. Now they want to fence it off,' the widow "
            "told us at her home.")
    assert _speaker_of(body, "My husband fished") != "Bo Hart"


def test_the_widow_of_someone_named_is_not_that_person() -> None:
    body = ("Bo Hart died in 2019.\n\n"
            "His widow said the quay had been \"his whole life, from the age of nine\".")
    assert _speaker_of(body, "his whole life") != "Bo Hart"


# ---- H171's narrowings keep the forms they were written for ----

def test_the_widow_of_someone_set_beside_her_name_is_still_her() -> None:
    body = ("Ada Lind, the widow of a lifeboat coxswain, spoke at the meeting. \"The quay was his second "
            "home,\" the widow said.")
    assert _speaker_of(body, "his second home") == "Ada Lind"


def test_the_judge_after_a_named_man_still_takes_the_he_when_the_judge_acts_alone() -> None:
    body = ("Bo Hart denies the charge.\n\n"
            "The judge reserved judgment until Monday. \"This needs care,\" he said.")
    assert _speaker_of(body, "This needs care") not in ("Bo Hart", "not found")


def test_a_witness_recalled_on_a_line_of_its_own_takes_the_answers() -> None:
    body = ("Extract from the transcript.\n\nMR BO HART (recalled)\n\n"
            "Q. You own the quay?\n\nA. I own the south half of it, not the north.\n\n"
            "Q. And the wall?\n\nA. The wall was never mine to mend.")
    assert _speaker_of(body, "I own the south half") == "Bo Hart"


def test_a_box_of_short_notices_after_named_people_is_no_box() -> None:
    body = ("What the signs said\n\nAda Lind, Quay Street: \"Closed\"\n\n"
            "Bo Hart, Front Street: \"Open late\"")
    assert _speaker_of(body, "Open late") in ("not found", "")
