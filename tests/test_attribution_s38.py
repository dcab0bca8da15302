"""Attribution, session 38: general forms of attribution read from the auk probe's misses, each tested on
invented text with cases where the new reading must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a pull quote credited under it by a dash and a full name the config does not know ----

def test_a_pull_quote_dashed_to_an_unknown_full_name_is_theirs() -> None:
    body = ("\"The quay will be rebuilt before the spring tides come in.\" - Ada Lind, harbour chair\n\n"
            "\"We will hand over the keys as soon as the board asks us to.\" - Petra Vane, marina manager")
    assert _speaker_of(body, "rebuilt before the spring") == "Ada Lind"
    assert _speaker_of(body, "hand over the keys") == "Petra Vane"


def test_a_dash_credit_with_an_en_dash_and_no_role_names_the_speaker() -> None:
    body = "\u201cWe were never told the quay was closing, not once in two years.\u201d \u2013 Petra Vane"
    assert _speaker_of(body, "never told the quay") == "Petra Vane"


def test_a_quoted_title_before_a_dash_and_a_channel_is_no_ones_words() -> None:
    body = "\"Quay Lights\" - Channel Seven, Friday, at nine, is the film of the year."
    assert _speaker_of(body, "Quay Lights") not in ("Channel Seven",)


def test_a_dash_after_a_quote_followed_by_a_sentence_is_no_credit() -> None:
    body = ("\"We were never told the quay was closing, not once in two years.\" - Petra Vane wore the "
            "harbour scarf to every meeting that winter.")
    assert _speaker_of(body, "never told the quay") != "Petra Vane"


def test_a_dash_credit_to_a_known_person_is_unchanged() -> None:
    body = "\"The quay will be rebuilt before the spring tides come in.\" \u2014 Bo Hart, harbour master"
    assert _speaker_of(body, "rebuilt before the spring") == "Bo Hart"


# ---- a namesake of a known person, introduced in full by an age or a noun of a person ----

def test_a_namesake_set_off_by_an_age_is_not_the_known_person() -> None:
    body = ("Mary Hart, 71, told the hearing she had waited on the slipway \"until the lights went out\".\n\n"
            "Bo Hart said the harbour had been warned. \"Nobody listened,\" he said.")
    assert _speaker_of(body, "until the lights went out") == "Mary Hart"
    assert _speaker_of(body, "Nobody listened") == "Bo Hart"


def test_a_namesake_after_a_noun_of_a_person_is_not_the_known_person() -> None:
    body = "Retired boatbuilder Ned Hart said: \"The wall was patched, never mended, for thirty years.\""
    assert _speaker_of(body, "The wall was patched") == "Ned Hart"


def test_a_capitalised_epithet_with_an_age_stays_the_known_person() -> None:
    body = "Heartbroken Hart, 52, said: \"I will not rest until the wall is mended properly.\""
    assert _speaker_of(body, "I will not rest") == "Bo Hart"
    body = "Furious Hart, 52, fumed: \"I will not rest until the wall is mended properly.\""
    assert _speaker_of(body, "I will not rest") == "Bo Hart"


def test_the_known_person_with_a_short_form_and_an_age_stays_known() -> None:
    people = (Person("Rob Hart", ("Hart",), (), "he", "hart"), LIND)
    body = "Robert Hart, 52, said: \"I will not rest until the wall is mended properly.\""
    assert _speaker_of(body, "I will not rest", people) == "Rob Hart"


def test_a_surname_after_an_age_alone_stays_the_known_person() -> None:
    body = "Hart, 52, said: \"I will not rest until the wall is mended properly.\""
    assert _speaker_of(body, "I will not rest") == "Bo Hart"


# ---- a message log printed with a bracketed time alone before each sender ----

_LOG = ("Messages between the harbour's duty staff on the night were read to the hearing.\n\n"
        "[21:05] Carl Moss: The east gate is not closing. Trying the manual lever.\n"
        "[21:09] Ada Lind: Leave it and clear the slipway first.\n"
        "[21:15] Carl Moss: Slipway clear. Gate still open.")


def test_a_log_with_bracketed_times_credits_each_sender() -> None:
    assert _speaker_of(_LOG, "east gate is not closing") == "Carl Moss"
    assert _speaker_of(_LOG, "Leave it and clear the slipway") == "Ada Lind"
    assert _speaker_of(_LOG, "Slipway clear") == "Carl Moss"


def test_a_live_blog_with_bracketed_times_and_headings_is_no_log() -> None:
    body = ("[14:20] Update: The council has closed the east gate until further notice.\n"
            "[14:35] Road closures: The quay road is shut in both directions.\n"
            "[14:50] Weather: Gales are expected to ease by the evening.")
    for words in ("The council has closed", "The quay road is shut", "Gales are expected"):
        assert _speaker_of(body, words) == "not found"


def test_one_bracketed_line_with_a_name_is_no_log() -> None:
    body = ("The harbour master wrote at the time:\n\n[21:05] Carl Moss: The east gate is not closing.")
    assert _speaker_of(body, "east gate is not closing") != "Ada Lind"


# ---- bodies the config does not name: a company's legal form, initials after "the", a short name ----

def test_a_company_by_its_legal_form_speaks_for_itself() -> None:
    body = "Tarnbrook Holdings said it was \"too early to put a figure on the repairs\"."
    assert _speaker_of(body, "too early to put a figure") == "Tarnbrook Holdings"


def test_a_body_by_its_initials_after_the_speaks_for_itself() -> None:
    body = ("\"The harbour board knew the wall had not been inspected in six years,\" the HSE said in "
            "its notice.")
    assert _speaker_of(body, "knew the wall had not") == "the HSE"


def test_a_company_called_by_the_first_word_of_its_name_after_it_was_given_in_full() -> None:
    body = ("Shares in Tarnbrook Holdings, the quay's owner, fell on Monday.\n\n"
            "Tarnbrook said in a statement that it was \"too early to put a figure on the repairs\".")
    assert _speaker_of(body, "too early to put a figure") == "Tarnbrook"


def test_a_short_name_never_given_in_full_is_no_body() -> None:
    body = "Tarnbrook said in a statement that it was \"too early to put a figure on the repairs\"."
    assert _speaker_of(body, "too early to put a figure") == "not found"


def test_a_founder_named_like_the_company_keeps_his_words() -> None:
    body = ("Sam Corley, 60, founded Corley Holdings in 1990.\n\n"
            "Corley said that it was \"too early to put a figure on the repairs\".")
    assert _speaker_of(body, "too early to put a figure") == "Sam Corley"


def test_initials_told_by_a_known_person_are_the_persons_words() -> None:
    body = "\"The wall will hold this winter,\" Lind told the BBC."
    assert _speaker_of(body, "The wall will hold") == "Ada Lind"


def test_a_known_body_by_its_initials_stays_known() -> None:
    union = Person("Harbour Workers Union", ("HWU",), (), "it", "hwu")
    body = "\"The wall will not be safe until it is rebuilt,\" the HWU said."
    assert _speaker_of(body, "The wall will not be safe", (union, LIND)) == "Harbour Workers Union"


# ---- a role set off before a full name, the body's name listing its fields; a dame by her given name ----

def test_a_chair_of_a_body_with_commas_in_its_name_is_read_as_a_person() -> None:
    body = ("The chair of the Harbours, Rivers and Canals Committee, Dame Nora Pell, opened the session.\n\n"
            "\"Who signed the inspection off?\" she asked.")
    assert _speaker_of(body, "Who signed the inspection off") == "Nora Pell"


def test_a_dame_called_by_her_given_name_takes_the_pronoun_after() -> None:
    body = ("The chair of the committee, Dame Nora Pell, questioned Bo Hart for an hour. Ada Lind's report "
            "was read into the record.\n\n"
            "Dame Nora thanked him for his time. \"It is not often we hear a straight answer,\" she said.")
    assert _speaker_of(body, "It is not often") == "Nora Pell"


def test_a_list_of_places_after_a_role_before_no_name_reads_no_one() -> None:
    body = ("The director of the ports at Tarn, Hollin and Wick, which reopened on Monday, was not "
            "available. \"We are closed until further notice,\" a sign on the gate read.")
    assert _speaker_of(body, "We are closed until") not in ("Hollin", "Wick")


def test_a_knight_by_his_given_name_only_when_a_title_was_given() -> None:
    body = ("The chair, Tom Wake, opened the session.\n\n"
            "Tom thanked the witnesses. \"We will report in the spring,\" Lind said.")
    assert _speaker_of(body, "We will report in") == "Ada Lind"


def test_a_known_body_whose_alias_opens_on_the_keeps_its_name_at_a_paragraphs_start() -> None:
    group = Person("Quay Users' Group", ("the Quay Users' Group",), (), "it", "qug")
    body = "The Quay Users' Group said it was \"too early to put a figure on the repairs\"."
    assert _speaker_of(body, "too early to put a figure", (group, LIND)) == "Quay Users' Group"


def test_initials_that_stand_for_a_person_are_no_body() -> None:
    body = ("Tom Wake, the local MP, visited the quay on Friday.\n\n"
            "\"The wall has been left to crumble for a decade,\" the MP said.")
    assert _speaker_of(body, "left to crumble") != "the MP"
    body = "\"We expect the wall to be rebuilt this year,\" the CEO said."
    assert _speaker_of(body, "We expect the wall") != "the CEO"
