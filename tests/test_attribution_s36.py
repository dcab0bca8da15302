"""Attribution, session 36: forms real articles use that the parser missed, read from the tern probe's
misses and tested on invented text, each with at least as many cases where the new reading must not
fire as cases where it must."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a statement read out on someone's behalf: "on his client's behalf", "on her behalf. “…”" ----

def test_a_statement_read_on_a_clients_behalf_is_the_clients() -> None:
    body = ("Lind's solicitor, Jo Pell, read a statement on his client's behalf outside the court.\n\n"
            "\"I accept the ruling and I will not appeal it,\" the statement said. \"I am sorry for the "
            "distress the closure caused.\"\n\n"
            "Pell then took questions. \"My client has nothing more to add today,\" he told reporters.")
    assert _speaker_of(body, "I accept the ruling") == "Ada Lind"
    assert _speaker_of(body, "I am sorry for the distress") == "Ada Lind"
    assert _speaker_of(body, "My client has nothing more") not in ("Ada Lind", "Bo Hart", "not found")


def test_an_untagged_quote_after_a_statement_read_on_her_behalf_is_hers() -> None:
    body = ("Ada Lind was named volunteer of the year at a dinner in the town hall but could not attend.\n\n"
            "Hart collected the award and read a statement on her behalf. \"I am sorry not to be there. "
            "The harbour has been my life for thirty years.\"\n\n"
            "He then spoke for himself. \"She wrote that on the train this morning, and she meant it.\"")
    assert _speaker_of(body, "I am sorry not to be there") == "Ada Lind"
    assert _speaker_of(body, "She wrote that on the train") == "Bo Hart"


def test_a_readers_own_tagged_words_after_a_statement_stay_his() -> None:
    body = ("Ada Lind was too ill to attend the meeting of the harbour board.\n\n"
            "Hart read a statement on her behalf. Then he said: \"For my part, I think the board has "
            "treated her very badly indeed.\"")
    assert _speaker_of(body, "For my part") == "Bo Hart"


def test_a_quote_in_a_sentence_of_prose_after_the_statement_is_not_the_absent_ones() -> None:
    body = ("Ada Lind was too ill to attend the meeting of the harbour board.\n\n"
            "Hart read a statement on her behalf. Afterwards he called the vote \"a sad end to a long "
            "and honourable career\".")
    assert _speaker_of(body, "a sad end to a long") == "Bo Hart"


def test_a_client_with_no_agent_owned_before_is_nobody_named() -> None:
    body = ("Bo Hart and Ada Lind sat in the public gallery.\n\n"
            "Jo Pell, a solicitor, read a statement on his client's behalf. \"The harbour board acted "
            "lawfully at every stage of this process,\" the statement said.")
    assert _speaker_of(body, "The harbour board acted") not in ("Ada Lind", "Bo Hart")


def test_on_her_behalf_with_no_woman_named_before_takes_nobody_new() -> None:
    body = ("Bo Hart chaired the meeting of the harbour board on Monday night.\n\n"
            "A volunteer read a statement on her behalf. \"We will keep the harbour open whatever the "
            "board decides tonight.\"")
    assert _speaker_of(body, "We will keep the harbour open") not in ("Ada Lind", "Bo Hart")


# ---- a role owned by a name, set off after the subject: "Hart, Lind's coach since she was eight," ----

def test_a_pronoun_inside_a_set_off_owned_role_is_not_the_subject() -> None:
    body = ("Bo Hart, Lind's deputy since she took the chair in 2019, called the vote \"a betrayal of "
            "everyone who works on the quay\".")
    assert _speaker_of(body, "a betrayal of everyone") == "Bo Hart"


def test_a_set_off_owned_role_before_a_speech_verb_leaves_the_subject_speaking() -> None:
    body = ("Ada Lind, Hart's partner in the business since he left the navy, said: \"We never once "
            "missed a payment to the harbour board.\"")
    assert _speaker_of(body, "We never once missed") == "Ada Lind"


def test_a_possessive_after_a_fronted_clause_is_no_set_off() -> None:
    # "When they met Hart, Lind's husband said": no closing comma, so the husband speaks, not Hart
    body = ("When the board finally met Hart, Lind's husband said that the quay had been \"left to rot "
            "for a decade by people who never use it\".")
    assert _speaker_of(body, "left to rot") != "Bo Hart"


def test_a_possessive_set_off_that_is_itself_the_speaker_keeps_its_own_verb() -> None:
    # the set-off closes, but the sentence's speech verb belongs to a pronoun after it
    body = ("Ada Lind arrived at the hearing late. Of Hart, Lind's lawyer, she said only that he had been "
            "\"a loyal friend through a very hard year\".")
    assert _speaker_of(body, "a loyal friend") == "Ada Lind"


# ---- nested reported speech: "She said he had shaken her hand … and told her: “…”" ----

def test_words_another_told_her_after_a_first_deed_are_his() -> None:
    body = ("Ada Lind said Hart had shaken her hand without looking at her once and told her: \"Enjoy "
            "the quay while it lasts.\"")
    assert _speaker_of(body, "Enjoy the quay") == "Bo Hart"


def test_words_an_unnamed_person_told_her_after_a_first_deed_are_not_hers() -> None:
    body = ("Ada Lind said a nurse had met her at the door of the ward and told her: \"You cannot "
            "come in tonight, the board says so.\"")
    assert _speaker_of(body, "You cannot come in tonight") not in ("Ada Lind", "Bo Hart", "not found")


def test_her_own_deed_and_telling_stay_hers() -> None:
    body = ("Ada Lind said she had met Hart at the gate in the rain and told him: \"Go home, the board "
            "has made its decision.\"")
    assert _speaker_of(body, "Go home, the board") == "Ada Lind"


def test_a_new_clause_after_his_deed_gives_the_words_back_to_her() -> None:
    body = ("Ada Lind said Hart had shaken her hand at the gate, but she told him: \"I will see you in "
            "court, and not before.\"")
    assert _speaker_of(body, "I will see you in court") == "Ada Lind"


def test_a_deed_and_a_telling_with_no_report_around_them_are_the_subjects() -> None:
    body = "Ada Lind shook Hart's hand at the gate and told him: \"Thank you for everything you did here.\""
    assert _speaker_of(body, "Thank you for everything") == "Ada Lind"


# ---- a name in a question or topic clause is what the question is about, not who answers ----

def test_who_was_asked_whether_answers_not_the_name_in_the_question() -> None:
    body = ("Bo Hart was asked whether Lind would resign before the summer. \"We have not discussed that, "
            "and I do not expect that we will.\"")
    assert _speaker_of(body, "We have not discussed that") == "Bo Hart"


def test_who_is_less_certain_about_what_another_should_do_speaks() -> None:
    body = ("Bo Hart is less certain about what Lind should do next. \"My job ends when the last boat is "
            "tied up. Whether there is an inquiry is not my call.\"")
    assert _speaker_of(body, "My job ends when") == "Bo Hart"


def test_an_unknown_boss_asked_a_question_answers_it() -> None:
    body = ("On a call with investors, chief executive Jo Pell was asked whether Lind would return to the "
            "board. \"Never say never. We made the decision with what we knew at the time.\"")
    assert _speaker_of(body, "Never say never") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_question_in_an_earlier_sentence_leaves_the_nearest_name() -> None:
    body = ("Bo Hart was unsure about whether Lind would stay. Ada Lind then stood up to leave. \"I have "
            "heard enough from this board for one evening, thank you.\"")
    assert _speaker_of(body, "I have heard enough") == "Ada Lind"


def test_one_asked_to_leave_is_no_one_asked_a_question() -> None:
    body = ("Jo Pell was asked to leave the meeting after shouting at the chair. \"The harbour board has "
            "never once listened to the people who use the quay.\"")
    assert _speaker_of(body, "The harbour board has never") != "Jo Pell"


def test_an_owner_opening_the_sentence_is_not_who_was_asked() -> None:
    body = ("Hart's deputy was asked whether Lind would stay on as chair. \"That is a matter for the board "
            "and for nobody else in this room.\"")
    assert _speaker_of(body, "That is a matter for the board") != "Bo Hart"


def test_one_asked_about_a_thing_who_points_to_a_notice_is_no_speaker_of_it() -> None:
    body = ("Jo Pell, the harbour club's treasurer, was asked about the vote and pointed to the sign on the "
            "door: \"Shut until further notice.\"")
    assert _speaker_of(body, "Shut until further notice") != "Jo Pell"


# ---- a relative named by first name with no commas, an age, or a view: "Her mum Grace, 51, fumed:" ----

def test_a_relative_with_a_first_name_and_an_age_who_fumes_is_unnamed() -> None:
    body = ("Ada Lind lost the vote by one.\n\n"
            "Her mum Grace, 51, fumed: 'He is a grown man picking on a volunteer because he lost.'")
    assert _speaker_of(body, "He is a grown man") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_relative_with_a_first_name_and_no_commas_who_says_is_unnamed() -> None:
    body = ("Bo Hart left the hall early.\n\n"
            "His wife Sian said: \"He has given that harbour thirty years and they treat him like this.\"")
    assert _speaker_of(body, "He has given that harbour") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_relative_with_a_view_before_an_untagged_quote_is_unnamed() -> None:
    body = ("Ada Lind said the vote was fair.\n\n"
            "Her husband Derek was not so sure. \"I'm not saying anyone cheated. I'm saying somebody "
            "should count them again.\"")
    assert _speaker_of(body, "I'm not saying anyone cheated") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_relative_given_a_known_full_name_is_that_person() -> None:
    body = ("Bo Hart left the hall early.\n\n"
            "His wife Ada Lind said: \"We are both done with that harbour board.\"")
    assert _speaker_of(body, "We are both done") == "Ada Lind"


def test_a_relative_in_a_sentence_of_fact_is_no_speaker() -> None:
    body = ("Ada Lind stood for the board again. Her son Tom was born on the quay. \"I have lived here all "
            "my life and I am not leaving it now,\" Lind said.")
    assert _speaker_of(body, "I have lived here all my life") == "Ada Lind"


def test_a_relative_thanked_in_a_who_clause_leaves_the_thanker_speaking() -> None:
    body = ("Bo Hart thanked his wife Sian, who was in the gallery, and said: \"I could not have done any "
            "of this without her.\"")
    assert _speaker_of(body, "I could not have done") == "Bo Hart"
