"""Attribution, session 37 (third round): forms of real coverage the parser lost whole, read from the wren
probe's misses and tested on invented text, each with cases where the new reading must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.transcript import is_record_label

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Headline About The Quay Story In Title Case\n\nThe first paragraph of the article tells "
        "the story in a sentence long enough to be prose, as a news page opens.\n\n")


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a parliament's record with each speaker's label on a line of its own, no colon ----

_COMMONS = ("Harbours: Maintenance\nVolume 702: debated on Wednesday 4 March 2026\n\n"
            "Tom Searle (Eastby and Wold) (LD)\n"
            "What assessment the Department has made of the state of small harbour walls on the east "
            "coast.\n\n"
            "The Minister for Coastal Affairs (Ada Lind)\n"
            "I thank the hon. Member. My officials have surveyed forty harbour walls this winter and will "
            "publish what they found before the recess.\n\n"
            "Tom Searle\nWill the Minister meet harbour masters from the east coast to discuss the "
            "results?\n\n"
            "Ada Lind\nI would be glad to meet them, and I will write to him with a date.")


def test_a_record_with_labels_over_the_words_credits_each_turn() -> None:
    assert _speaker_of(_COMMONS, "What assessment the Department") == "Tom Searle"
    assert _speaker_of(_COMMONS, "My officials have surveyed") == "Ada Lind"
    assert _speaker_of(_COMMONS, "Will the Minister meet") == "Tom Searle"
    assert _speaker_of(_COMMONS, "glad to meet them") == "Ada Lind"


def test_a_bare_name_label_standing_as_its_own_paragraph_is_read_over_the_next() -> None:
    body = _COMMONS.replace("Tom Searle\nWill", "Tom Searle\n\nWill").replace("Ada Lind\nI would",
                                                                             "Ada Lind\n\nI would")
    assert _speaker_of(body, "Will the Minister meet") == "Tom Searle"
    assert _speaker_of(body, "glad to meet them") == "Ada Lind"


_LORDS = ("Harbour Walls\nQuestion\nThursday 5 March 2026\n\n"
          "Baroness Ketley (Lab)\nTo ask the Government what steps they are taking to repair small harbour "
          "walls.\n\n"
          "Lord Penhale of Trenow (Con)\nMy Lords, a survey of forty walls has been completed and its "
          "results will be laid before the House.\n\n"
          "Baroness Ketley (Lab)\nMy Lords, I thank the noble Lord, but will the repairs be funded this "
          "year?\n\n"
          "Lord Penhale of Trenow (Con)\nMy Lords, I cannot give a date today.")


def test_a_lords_record_whose_labels_repeat_keeps_every_label_and_turn() -> None:
    paragraphs = split_layout(HEAD + _LORDS).paragraphs
    assert sum(p.startswith("Baroness Ketley (Lab)\n") for p in paragraphs) == 2
    assert _speaker_of(_LORDS, "To ask the Government") == "Baroness Ketley"
    assert _speaker_of(_LORDS, "a survey of forty walls") == "Lord Penhale of Trenow"
    assert _speaker_of(_LORDS, "will the repairs be funded") == "Baroness Ketley"
    assert _speaker_of(_LORDS, "I cannot give a date") == "Lord Penhale of Trenow"
    assert _speaker_of(_LORDS, "Question") == "not found"  # the heading over the record is no one's


def test_record_labels_are_the_records_shapes_only() -> None:
    assert is_record_label("Ann Lee (Eastfield) (Lab)")
    assert is_record_label("Baroness Ketley (Lab)")
    assert is_record_label("The Secretary of State for Transport (Bo Hart)")
    assert not is_record_label("By Sam Pell (Political Editor)")  # a byline
    assert not is_record_label("Ada Lind (left) with Bo Hart at the quay")  # a caption
    assert not is_record_label("Ada Lind (Lab) said the walls were crumbling.")  # prose


def test_a_list_of_members_with_their_parties_is_no_record() -> None:
    body = ("Four MPs signed the letter to the minister about the harbour walls this week.\n\n"
            "Ann Lee (Eastfield) (Lab)\nTom Searle (Eastby and Wold) (LD)\nCal Voss (Northby) (Con)\n"
            "Pat Rowe (Southby) (Lab)\n\n"
            "The letter asks for the survey to be published before the summer recess begins.")
    assert _speaker_of(body, "The letter asks") == "not found"
    assert _speaker_of(body, "Four MPs signed") == "not found"


def test_a_byline_and_a_caption_line_over_prose_are_no_speakers() -> None:
    body = ("By Sam Pell (Political Editor)\nThe harbour walls on the east coast are crumbling, a survey has "
            "found.\n\n"
            "Ada Lind (left) with Bo Hart\nThe pair toured the quay on Monday before the vote on repairs.\n\n"
            "The council will vote on the repairs next month after the survey is published.")
    for words in ("The harbour walls on the east", "The pair toured", "The council will vote"):
        assert _speaker_of(body, words) == "not found"


def test_one_labelled_speech_alone_is_no_record() -> None:
    # one member's label over words, as a box in a report quotes a speech: not a record's exchange
    body = ("The debate ran late into the night as members argued over the harbour walls.\n\n"
            "Ann Lee (Eastfield) (Lab)\nThe walls in my constituency are falling into the sea.\n\n"
            "The minister promised a survey.")
    assert _speaker_of(body, "The walls in my constituency") == "not found"


# ---- a message log an article prints as evidence ----

_LOG = ("[14/02/2025, 21:04] Bo Hart: The survey is back. Keep it in the drawer till after the vote.\n"
        "[14/02/2025, 21:09] Cal Voss: How long is that\n"
        "[14/02/2025, 21:11] Bo Hart: Three weeks. Not a word to Ada.")


def test_messages_read_to_a_court_are_their_senders_words() -> None:
    body = ("Messages between Hart and his deputy, Cal Voss, were read to the jury on Tuesday.\n\n" + _LOG
            + "\n\nMr Voss, who denies misconduct, is expected to give evidence later in the week.")
    layout = split_layout(HEAD + body)
    assert not layout.comments
    assert _speaker_of(body, "Keep it in the drawer") == "Bo Hart"
    assert _speaker_of(body, "How long is that") == "Cal Voss"
    assert _speaker_of(body, "Not a word to Ada") == "Bo Hart"


def test_stamped_messages_in_a_comment_section_stay_comments() -> None:
    # a page of comments with chat stamps, no sentence of an article leading in to them or after them
    page = ("A Headline About The Quay Story In Title Case\n\nThe harbour walls on the east coast are "
            "crumbling, a survey has found, and the council has not said when it will pay for repairs.\n\n"
            "Comments\n\n"
            "[12/03/2025, 09:15] Pat Rowe: The council knew about this for years.\n"
            "[12/03/2025, 09:40] Jo Marr: Typical. Nobody ever pays for the walls.\n"
            "[12/03/2025, 10:02] Pat Rowe: Write to your councillor, that is all we can do.\n")
    layout = split_layout(page)
    assert len(layout.comments) == 3
    assert not any("The council knew" in p for p in layout.paragraphs)


def test_a_bracketed_date_in_prose_is_no_message() -> None:
    body = ("The survey [14/02/2025, 21:04] was filed late, and Bo Hart said nothing about it for weeks "
            "afterwards, the inquiry heard.\n\nThe inquiry continues next week at the town hall.")
    assert _speaker_of(body, "was filed late") == "not found"


# ---- a vox pop's or a readers' box's speakers by a given name and an age ----

def test_a_given_name_set_off_by_an_age_speaks() -> None:
    body = ("Children at Eastby Primary have been learning about the harbour.\n\n"
            "Mia, 8, from Eastby, said: \"I want the wall fixed so the boats are safe in a storm.\"\n\n"
            "Olly, 9, said: \"My uncle fishes off the quay every single weekend.\"")
    assert _speaker_of(body, "I want the wall fixed") == "Mia"
    assert _speaker_of(body, "My uncle fishes") == "Olly"


def test_a_readers_box_credit_by_name_and_age_under_the_quote() -> None:
    body = ("The harbour wall is to be repaired next spring, the council says.\n\nYour views\n\n"
            "\"The seals will have a safer home after the repairs!\" Ivy, 10, Whitby\n\n"
            "\"My nan remembers the wall being built in 1960.\" Kit Moss, 12")
    assert _speaker_of(body, "The seals will have") == "Ivy"
    assert _speaker_of(body, "My nan remembers") == "Kit Moss"


def test_an_age_with_no_verb_or_a_year_under_a_title_is_no_credit() -> None:
    body = ("Mia, 8, has lived by the harbour all her life and watched the wall crumble, \"bit by bit "
            "every winter\" as the storms came in.\n\n"
            "\"The Harbour at Night Over the Years\" Tom Pell, 1998\n\n"
            "Bo Hart, 52, said: \"The wall will be finished by the summer.\"")
    assert _speaker_of(body, "bit by bit") != "Mia"
    assert _speaker_of(body, "The Harbour at Night") != "Tom Pell"
    assert _speaker_of(body, "The wall will be finished") == "Bo Hart"


# ---- embedded posts as their embeds print them in text ----

LIND_HANDLED = Person("Ada Lind", ("Lind", "Ms Lind"), ("@adalindharbour",), "she", "lind")


def test_an_x_post_with_name_and_handle_on_lines_of_their_own_is_signed() -> None:
    body = ("Ada Lind MP\n@adalindharbour\nWalked the harbour wall with the engineers this morning. The "
            "repairs start in May.\n4:12 PM · Mar 3, 2026\n\n"
            "Bo Hart replied within the hour: \"We will believe it when we see the scaffolding.\"")
    people = (LIND_HANDLED, HART)
    assert _speaker_of(body, "Walked the harbour wall", people) == "Ada Lind"
    assert _speaker_of(body, "We will believe it", people) == "Bo Hart"


def test_a_byline_with_the_writers_handle_is_no_post() -> None:
    body = ("Ada Lind\n@adalindharbour\nHarbour correspondent\n5 March 2026\n\n"
            "The harbour wall repairs will start in May, the council confirmed on Tuesday evening.")
    layout = split_layout(HEAD + body)
    assert not any("correspondent" in tweet.body for tweet in layout.tweets)  # (dated without X's time)


def test_an_instagram_caption_under_its_username_after_a_lead_in() -> None:
    body = ("Ada Lind's Instagram post in full:\n\n"
            "adalindharbour\nThank you to everyone who came to the harbour today. The wall will be "
            "saved. See you all in May.\n\n"
            "Under it, a comment from Bo Hart read: \"Well done. The town owes you a pint.\"")
    people = (LIND_HANDLED, HART)
    assert _speaker_of(body, "Thank you to everyone", people) == "Ada Lind"
    assert _speaker_of(body, "The town owes you", people) == "Bo Hart"


def test_a_lower_case_word_over_a_paragraph_without_an_instagram_lead_in_is_no_post() -> None:
    body = ("The council published its notice in full:\n\n"
            "update\nThe harbour wall will be closed to walkers from Monday while the repairs are made.")
    assert not split_layout(HEAD + body).tweets


# ---- an exchange whose quotes alternate untagged once both speakers are introduced ----

_HEARING_OPENS = ("Bo Hart spent two hours before the harbour committee on Thursday.\n\n"
                  "\"Mr Hart, how many boats use the quay in winter?\" asked the committee's chair, "
                  "Pat Rowe.\n\n"
                  "\"Around forty,\" Hart replied.\n\n")


def test_a_credited_question_and_its_credited_answer_open_an_exchange() -> None:
    body = (_HEARING_OPENS + "\"And how many of them are over twenty years old?\"\n\n"
            "\"I could not give you a figure today.\"\n\n"
            "\"The survey says thirty. Is the survey wrong?\"\n\n"
            "Hart said he would write to the committee with the figure.")
    assert _speaker_of(body, "how many boats use the quay") == "Pat Rowe"
    assert _speaker_of(body, "Around forty") == "Bo Hart"
    assert _speaker_of(body, "over twenty years old") == "Pat Rowe"
    assert _speaker_of(body, "could not give you a figure") == "Bo Hart"
    assert _speaker_of(body, "Is the survey wrong") == "Pat Rowe"


def test_a_third_quote_credited_to_a_new_person_is_theirs() -> None:
    body = (_HEARING_OPENS + "\"That is not what the harbour master told us last week,\" said Cal Voss, "
            "another member of the committee.\n\n"
            "\"The figure is lower than last year, and the board knows it.\"")
    assert _speaker_of(body, "not what the harbour master told us") == "Cal Voss"


def test_a_question_not_answered_by_another_opens_no_exchange() -> None:
    # the one asked answers nobody: the same speaker goes on
    body = ("\"Who will pay for the repairs?\" asked Bo Hart at the meeting on Monday.\n\n"
            "\"Nobody has told us, and the winter storms are coming,\" Hart said.\n\n"
            "\"We cannot wait another year for the money to come through.\"")
    assert _speaker_of(body, "We cannot wait another year") == "Bo Hart"


def test_in_a_cross_examination_a_turn_calling_the_witness_by_name_is_counsels() -> None:
    body = ("Ada Lind, 44, told the inquest she had been warned in January.\n\n"
            "Cross-examined by Pat Rowe, for the council, she accepted she had not read the survey.\n\n"
            "\"So you never saw the report?\"\n\n"
            "\"No. I was told about it, but I never saw it.\"\n\n"
            "\"You were the harbour master, weren't you, Ms Lind? It was your job to read it.\"\n\n"
            "\"It was my job to act on it, and I did.\"")
    assert _speaker_of(body, "So you never saw the report") == "Pat Rowe"
    assert _speaker_of(body, "I was told about it") == "Ada Lind"
    assert _speaker_of(body, "You were the harbour master") == "Pat Rowe"
    assert _speaker_of(body, "It was my job to act") == "Ada Lind"
