"""Review of the session's attribution changes (s36c: a fronted "Cross-examined by X, she …" opens an
untagged exchange; minutes' "The Chair"; an unnamed relative before a verb of saying; "So says X"), on
invented text: the faults found are strict xfails, the behaviour worth keeping plain tests."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- the exchange opened by "Cross-examined by X, she …" ----

_GAVE_EVIDENCE = "Ada Lind gave evidence on the third day. "


def test_a_paragraph_that_ends_on_someone_else_speaking_opens_no_exchange() -> None:
    body = (_GAVE_EVIDENCE + "Cross-examined by Mr Pryce, for the board, she denied taking the keys. Outside "
            "court, Mr Pryce told reporters the board would appeal whatever the verdict.\n\n"
            "\"The board will not rest until this matter is settled.\"")
    assert _speaker_of(body, "The board will not rest") == "Mr Pryce"


def test_counsels_words_outside_court_end_the_exchange() -> None:
    body = (_GAVE_EVIDENCE + "Cross-examined by Mr Pryce, for the board, she accepted that she had kept the "
            "keys.\n\n\"So you could have opened it whenever you liked?\"\n\n\"I could have done.\"\n\n"
            "\"We are pleased with the verdict,\" Mr Pryce said outside court afterwards.\n\n"
            "\"Justice has been done here today.\"")
    assert _speaker_of(body, "I could have done") == "Ada Lind"
    assert _speaker_of(body, "Justice has been done here") == "Mr Pryce"


def test_cross_examined_by_counsel_prosecuting_opens_the_exchange() -> None:
    body = (_GAVE_EVIDENCE + "Cross-examined by Tom Pryce, prosecuting, she denied taking the keys.\n\n"
            "\"Did you take the keys from the hook that night?\"\n\n\"I never touched them.\"")
    assert _speaker_of(body, "Did you take the keys") not in ("Ada Lind", "not found")
    assert _speaker_of(body, "I never touched them") == "Ada Lind"


def test_a_new_source_of_quotes_ends_the_exchange() -> None:
    closing = ("Cross-examined by the prosecution, she denied it. In his closing speech, Mr Pryce told the "
               "jury:\n\n\"She has lied to you from the first day of this trial to the last.\"")
    assert _speaker_of(_GAVE_EVIDENCE + closing, "She has lied to you") == "Mr Pryce"
    heading = (_GAVE_EVIDENCE + "Cross-examined by Mr Pryce, for the board, she accepted that she had kept "
               "the keys.\n\n\"So you could have opened it whenever you liked?\"\n\n"
               "\"I could have done.\"\n\nThe verdict\n\n"
               "\"This has been a long and painful trial for everyone.\"")
    assert _speaker_of(heading, "I could have done") == "Ada Lind"
    assert _speaker_of(heading, "This has been a long") != "Ada Lind"


# ---- minutes' "The Chair" ----

_MINUTES = "Minutes of the meeting of the Harbour Committee held on 4 May\n\n"


def test_the_chair_of_another_body_opening_a_sentence_is_not_the_meetings_chair() -> None:
    body = _MINUTES + ("Present: Cllr A. Lind (Chair), Cllr B. Hart.\n\n5. MOORINGS\n\n"
                       "The chair of the rowing club said: \"The slipway is a danger to every child.\"")
    assert _speaker_of(body, "The slipway is a danger") not in ("Ada Lind", "Bo Hart")


def test_a_news_story_citing_minutes_keeps_the_configs_chair() -> None:
    vey = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey", ("the chair of the trust",))
    body = ("The trust's accounts were published last week.\n\n"
            "Bo Hart, a trustee, said the figures were worse than expected.\n\n"
            "Minutes of the meeting, seen by the Courier, record the deficit in detail.\n\n"
            "The Chair said the trust \"cannot survive another winter like this one\".")
    assert _speaker_of(body, "cannot survive another winter", (LIND, HART, vey)) == "Cara Vey"


def test_a_chair_who_sent_apologies_does_not_chair_the_meeting() -> None:
    vey = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")
    body = _MINUTES + ("Present: Cllr A. Lind, Cllr B. Hart. Apologies: Cllr C. Vey (Chair).\n\n"
                       "5. MOORINGS\n\n"
                       "The Chair said: \"We will not raise the mooring fees again this year.\"")
    assert _speaker_of(body, "We will not raise the mooring", (LIND, HART, vey)) != "Cara Vey"


@pytest.mark.xfail(strict=True, reason="the layout drops a short line without a stop ('In the Chair: Cllr B. "
                   "Hart') as a heading, so attribution never sees it; with a stop the chair is "
                   "handed on (test_attribution_s36g)")
def test_a_later_in_the_chair_line_hands_the_chair_on() -> None:
    body = _MINUTES + ("Present: Cllr A. Lind (Chair), Cllr B. Hart, Cllr T. Moon.\n\n5. MOORINGS\n\n"
                       "Cllr Lind left the meeting at 8pm.\n\nIn the Chair: Cllr B. Hart\n\n"
                       "The Chair said: \"We will not raise the mooring fees again this year.\"")
    assert _speaker_of(body, "We will not raise the mooring") == "Bo Hart"


# ---- an unnamed relative; a relative's initial ----

_WON = "Ada Lind won the coastal rowing final on Sunday.\n\n"


def test_the_daughter_named_after_her_fathers_quote_does_not_cancel_him() -> None:
    body = _WON + ("Her father said: \"She was on the water before school every morning.\" Lind, 24, now "
                   "trains in Oban.")
    assert _speaker_of(body, "She was on the water before") == "her father"


def test_a_relatives_initial_that_is_only_her_titles_first_letter_is_still_a_relative() -> None:
    body = _WON + "Her husband, M. Lind, said he was \"prouder than words can say\"."
    assert _speaker_of(body, "prouder than words can say") != "Ada Lind"


def test_his_mother_and_then_the_sons_own_tagged_words() -> None:
    body = ("Bo Hart was jailed for six years on Friday.\n\n"
            "His mother told the court he had always been \"a gentle boy\". \"I am sorry for what I did,\" "
            "he said from the dock.")
    assert _speaker_of(body, "a gentle boy") == "his mother"
    assert _speaker_of(body, "I am sorry for what I did") == "Bo Hart"


# ---- "So says X" ----

def test_so_says_credits_the_quote_it_follows() -> None:
    body = ("Bo Hart coached in Oban for twenty years.\n\n"
            "\"Rowing is the last sport where a novice can beat a champion on a calm day.\"\n\n"
            "So says Ada Lind, in Oban this week for the coastal championships.")
    assert _speaker_of(body, "Rowing is the last sport") == "Ada Lind"
