"""Attribution, session 36 (fixes after the review of s36c), on invented text: the exchange a fronted
"Cross-examined by X, she …" opens, minutes' chair, an unnamed relative, a relative's initial, "So says X"
after a quote."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- the exchange a fronted "Cross-examined by X, she …" opens ----

_HEARD = "Ada Lind was called on the fourth morning of the tribunal. "
_QUIST = "Cross-examined by Rhoda Quist, for the trust, she agreed the ledger was in her hand."


def test_counsel_defending_set_off_opens_the_exchange() -> None:
    body = (_HEARD + "Cross-examined by Rhoda Quist, defending, she agreed the ledger was in her hand.\n\n"
            "\"Who else had a key to that drawer?\"\n\n\"Nobody but me and the caretaker.\"")
    assert _speaker_of(body, "Nobody but me and the caretaker") == "Ada Lind"
    assert _speaker_of(body, "Who else had a key") not in ("Ada Lind", "not found")


def test_a_later_sentence_about_the_witness_herself_keeps_the_exchange() -> None:
    body = (_HEARD + _QUIST + " She looked tired."
            "\n\n\"Who else had a key to that drawer?\"\n\n\"Nobody but me and the caretaker.\"")
    assert _speaker_of(body, "Nobody but me and the caretaker") == "Ada Lind"


def test_a_later_sentence_by_another_speaker_opens_no_exchange() -> None:
    body = (_HEARD + _QUIST + " Mr Hart said later that"
            " the ledger proved nothing.\n\n"
            "\"A ledger can be filled in by anybody with a pen and an afternoon.\"")
    assert _speaker_of(body, "A ledger can be filled in") == "Bo Hart"


def test_counsels_bare_tagged_assertion_with_an_adverb_keeps_the_exchange() -> None:
    body = (_HEARD + _QUIST + "\n\n\"You wrote those figures yourself,\" Ms Quist said quietly.\n\n"
            "\"I copied them, nothing more.\"")
    assert _speaker_of(body, "I copied them, nothing more") == "Ada Lind"


def test_counsels_words_to_the_press_end_the_exchange() -> None:
    body = (_HEARD + _QUIST + "\n\n"
            "\"Who else had a key to that drawer?\"\n\n\"Nobody but me.\"\n\n"
            "\"The trust is confident of its case,\" Ms Quist told journalists on the steps.\n\n"
            "\"We will see the tribunal again in the spring.\"")
    assert _speaker_of(body, "We will see the tribunal again") != "Ada Lind"


# ---- minutes' chair ----

_MINUTES = "Minutes of the meeting of the Allotments Committee held on 9 June\n\n"
VEY = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")


def test_a_stopped_in_the_chair_line_hands_the_chair_on() -> None:
    body = _MINUTES + ("Present: Cllr A. Lind (Chair), Cllr B. Hart, Cllr T. Moon.\n\n"
                       "The Chair said: \"The water troughs will be mended by July.\"\n\n"
                       "Cllr Lind left the meeting at 8.10pm.\n\nIn the Chair: Cllr B. Hart.\n\n"
                       "The Chair said: \"Plot rents will stay as they are for another year.\"")
    assert _speaker_of(body, "The water troughs will be mended") == "Ada Lind"
    assert _speaker_of(body, "Plot rents will stay as they are") == "Bo Hart"


def test_apologies_after_those_present_leave_the_marked_chair_in_place() -> None:
    body = _MINUTES + ("Present: Cllr A. Lind (Chair), Cllr B. Hart. Apologies: Cllr C. Vey.\n\n"
                       "The Chair said: \"Plot rents will stay as they are for another year.\"")
    assert _speaker_of(body, "Plot rents will stay as they are", (LIND, HART, VEY)) == "Ada Lind"


def test_a_list_of_those_present_is_minutes_even_without_their_title() -> None:
    body = ("Present: Cllr A. Lind, Cllr B. Hart, Cllr C. Vey.\n\n"
            "The Chair said: \"Plot rents will stay as they are for another year.\"")
    assert _speaker_of(body, "Plot rents will stay as they are", (LIND, HART, VEY)) == "the Chair"


def test_the_chair_of_another_body_set_off_by_a_comma_is_that_bodys_chair() -> None:
    body = _MINUTES + ("Present: Cllr A. Lind (Chair), Cllr B. Hart.\n\n"
                       "The chair of the beekeepers' society, invited to speak, said: \"The hives need a "
                       "fence before the spring.\"")
    assert _speaker_of(body, "The hives need a fence") == "the chair of the beekeepers' society"


def test_a_news_story_citing_minutes_by_a_comma_is_no_minutes() -> None:
    body = ("Bo Hart opened the allotments on Saturday.\n\n"
            "Minutes of the meeting, seen by the Courier, show the rents were frozen.\n\n"
            "The Chair said: \"Plot rents will stay as they are for another year.\"")
    assert _speaker_of(body, "Plot rents will stay as they are") != "the Chair"


# ---- an unnamed relative; a relative's initial ----

_SWAM = "Ada Lind swam the strait on Saturday.\n\n"


def test_the_swimmer_named_after_her_mothers_words_leaves_them_her_mothers() -> None:
    body = _SWAM + ("Her mother said: \"She has been in cold water since she could walk.\" Ms Lind, 31, "
                    "teaches in Mallaig.")
    assert _speaker_of(body, "She has been in cold water") == "her mother"


def test_a_man_named_after_her_father_may_be_him() -> None:
    body = _SWAM + ("Her father said she had been \"unstoppable since the age of six\". "
                    "\"I never doubted her for a second,\" Hart said.")
    assert _speaker_of(body, "unstoppable since the age") == "Bo Hart"


def test_a_woman_named_after_her_father_is_not_him() -> None:
    body = _SWAM + ("Her father said she had been \"unstoppable since the age of six\". Her coach, Cara Vey, "
                    "was at the harbour.")
    assert _speaker_of(body, "unstoppable since the age", (LIND, HART, VEY)) == "her father"


def test_a_relatives_initial_that_is_only_his_titles_letter_is_still_a_relative() -> None:
    body = ("Bo Hart was elected harbourmaster on Monday.\n\n"
            "His mother, M. Hart, said he had been \"mad about boats since he was four\".")
    assert _speaker_of(body, "mad about boats since") != "Bo Hart"


def test_his_own_initial_beside_a_word_of_kinship_is_still_him() -> None:
    body = ("The harbour board met on Monday.\n\n"
            "B. Hart, whose mother ran the chandlery, said: \"I grew up on that quay and mean to keep it.\"")
    assert _speaker_of(body, "I grew up on that quay") == "Bo Hart"


# ---- "So says X" after a quote standing alone ----

_COACHED = "Bo Hart has coached swimmers in Mallaig for a decade.\n\n"


def test_so_says_credits_the_quote_only_guessed_before_it() -> None:
    body = _COACHED + ("\"Cold water forgives nothing, and it forgives arrogance least of all.\"\n\n"
                       "So says Ada Lind, back in Mallaig after her crossing.")
    assert _speaker_of(body, "Cold water forgives nothing") == "Ada Lind"


def test_so_says_leaves_a_quote_tagged_in_its_own_paragraph() -> None:
    body = _COACHED + ("\"Cold water forgives nothing, and it forgives arrogance least of all,\" Hart "
                       "said.\n\nSo says Ada Lind, back in Mallaig after her crossing.")
    assert _speaker_of(body, "Cold water forgives nothing") == "Bo Hart"


def test_so_says_a_rulebook_leaves_the_quote_before_it() -> None:
    body = _COACHED + ("\"No swimmer may cross without a boat beside them the whole way.\"\n\n"
                       "So says the rulebook, in its first chapter.")
    assert _speaker_of(body, "No swimmer may cross") != "not found"
