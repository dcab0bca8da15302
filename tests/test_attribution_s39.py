"""Attribution, session 39: general forms of attribution read from the gannet probe's misses, each tested
on invented text with at least as many cases where the new reading must not fire as where it must."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person
from components.parse.quotes import find_quotes

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
QUAYLINE = Person("Quayline Ferries", ("Quayline",), (), "it", "quayline")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- low-high quotation marks („…” and „…“), kept by English editions of central European outlets ----

def test_low_high_marks_with_a_high_close_quote_a_passage() -> None:
    body = "\u201eWe will rebuild the quay before the winter storms,\u201d Ada Lind said."
    assert _speaker_of(body, "We will rebuild the quay") == "Ada Lind"


def test_low_high_marks_closed_german_style_quote_a_passage() -> None:
    body = "\u201eThe harbour wall was never inspected in my time,\u201c said Bo Hart."
    assert _speaker_of(body, "The harbour wall was never") == "Bo Hart"


def test_a_high_opening_mark_still_never_closes_on_another_opening_mark() -> None:
    # an English “ left open is not closed by the next “ (that closing is for low-high marks only)
    para = "\u201cWe are here, she said. \u201cThe quay is shut.\u201d"
    assert [inner for _, _, inner in find_quotes(para)] == ["The quay is shut."]


def test_a_lone_low_mark_is_no_quotation() -> None:
    para = "The figure written as 10\u201e5 in the old ledger was a misprint, Ada Lind said."
    assert find_quotes(para) == []


# ---- counsel cross-examining "him"/"her" before the name: the untagged turns after are the exchange ----

CROSS = ("Bo Hart told the tribunal he had raised the alarm twice.\n\n"
         "Cross-examining him, Petra Vane, for the ferry company, put it to him that he had been told to "
         "stay silent.\n\n"
         "\"I was told that, yes, by the harbour office.\"\n\n"
         "\"Did you tell anyone else before the meeting?\"\n\n"
         "\"I told the skipper the same afternoon.\"")


def test_an_answer_after_cross_examining_him_is_the_witnesss() -> None:
    assert _speaker_of(CROSS, "I was told that") == "Bo Hart"
    assert _speaker_of(CROSS, "I told the skipper") == "Bo Hart"


def test_a_question_after_cross_examining_him_is_the_counsels() -> None:
    assert _speaker_of(CROSS, "Did you tell anyone") not in ("Bo Hart", "Ada Lind", "not found")


def test_cross_examining_without_counsel_named_opens_no_exchange() -> None:
    body = ("Bo Hart told the tribunal he had raised the alarm twice.\n\n"
            "Cross-examining him took most of the afternoon.\n\n"
            "\"We will publish the full transcript once the hearing ends,\" Ada Lind said.")
    assert _speaker_of(body, "We will publish") == "Ada Lind"


def test_a_quote_after_an_exchange_that_names_its_speaker_is_theirs() -> None:
    body = CROSS + "\n\n\"The company has always encouraged staff to speak,\" Ada Lind said outside."
    assert _speaker_of(body, "The company has always") == "Ada Lind"


# ---- counsel's "suggested" with a partial quote ----

def test_counsel_who_suggested_a_partial_quote_says_it() -> None:
    body = ("Counsel for the board, Petra Vane, questioned Bo Hart for an hour.\n\n"
            "Ms Vane suggested his account was \"shaped by a long quarrel over wages\". Mr Hart replied: "
            "\"The wages were never the point of it.\"")
    assert _speaker_of(body, "shaped by a long quarrel") not in ("Bo Hart", "not found")
    assert _speaker_of(body, "The wages were never") == "Bo Hart"


def test_a_suggestion_that_is_no_speech_of_an_outsider_leaves_the_known_speaker() -> None:
    body = ("Petra Vane suggested a walk along the harbour wall. \"It was the first time I had seen the "
            "breach with my own eyes,\" Ada Lind said.")
    assert _speaker_of(body, "It was the first time") == "Ada Lind"


def test_a_known_person_who_suggested_keeps_the_quote() -> None:
    body = "Ada Lind suggested the quay was \"never properly costed by anyone at the council\"."
    assert _speaker_of(body, "never properly costed") == "Ada Lind"


# ---- "the former Quayline chief executive": a qualifier before a body's name is no title of the body ----

BOSS = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind",
              descriptors=("the Quayline chief executive",))


def test_the_former_body_chief_executive_is_the_configured_holder() -> None:
    body = ("Ada Lind stepped down in March.\n\n"
            "In a long post, the former Quayline chief executive said the year had been \"the hardest of my "
            "working life\".")
    assert _speaker_of(body, "the hardest of my", (BOSS, HART, QUAYLINE)) == "Ada Lind"


def test_the_body_itself_after_a_qualifier_still_speaks_as_the_body() -> None:
    body = ("Quayline Ferries has cut its winter timetable.\n\n"
            "The embattled Quayline said in a statement that the cuts were \"a painful but necessary step\".")
    assert _speaker_of(body, "a painful but necessary", (BOSS, HART, QUAYLINE)) == "Quayline Ferries"


def test_a_title_set_before_a_name_is_still_learned() -> None:
    body = ("The harbourmaster Bo Hart inspected the wall on Monday.\n\n"
            "\"There are cracks along the whole of the north face,\" the harbourmaster said.")
    assert _speaker_of(body, "There are cracks") == "Bo Hart"



# ---- "the sheriff said": a court's judge, a speaker of their own ----

def test_the_sheriff_said_is_an_unnamed_speaker() -> None:
    body = ("Sheriff Ruth Moss fined the harbour board at Oban Sheriff Court.\n\n"
            "\"The risk was known to everyone on the quay,\" the sheriff said.")
    assert _speaker_of(body, "The risk was known") not in ("Ada Lind", "Bo Hart", "not found")


def test_a_sheriff_named_in_the_config_keeps_her_quote() -> None:
    moss = Person("Ruth Moss", ("Moss", "Sheriff Moss"), (), "she", "moss", descriptors=("the sheriff",))
    body = ("Sheriff Ruth Moss fined the harbour board at Oban Sheriff Court.\n\n"
            "\"The risk was known to everyone on the quay,\" the sheriff said.")
    assert _speaker_of(body, "The risk was known", (moss, HART)) == "Ruth Moss"


def test_the_sheriffs_office_is_no_sheriff_speaking() -> None:
    body = "\"We found the boat drifting three miles out,\" Bo Hart said, as the sheriff's office confirmed."
    assert _speaker_of(body, "We found the boat") == "Bo Hart"


# ---- a known surname under a title its person does not bear: a namesake ----

VANCE = Person("Ada Vance", ("Vance", "Ms Vance", "Ada"), (), "she", "vance")
TOM = Person("Tom Reed", ("Reed", "Mr Reed"), (), "he", "reed")


def test_a_judge_titled_lady_is_not_the_known_woman_of_that_surname() -> None:
    body = ("Ada Vance has settled her claim.\n\n"
            "The judge, Lady Vance, said she was \"content that the matter has been resolved\".")
    assert _speaker_of(body, "content that the matter", (VANCE, TOM)) not in ("Ada Vance", "not found")


def test_mr_before_a_womans_surname_is_another_vance() -> None:
    body = ("Ada Vance has settled her claim.\n\n"
            "Her former partner, Mr Vance, said the money was \"never the point for either of us\".")
    assert _speaker_of(body, "never the point", (VANCE, TOM)) != "Ada Vance"


def test_her_own_title_before_her_surname_is_still_hers() -> None:
    body = "Ms Vance said the claim was \"never about the money, only the apology\"."
    assert _speaker_of(body, "never about the money", (VANCE, TOM)) == "Ada Vance"


def test_a_rank_title_is_not_refused_when_the_config_gives_no_titled_name() -> None:
    dame = Person("Ada Vance", ("Vance",), (), "she", "vance")
    body = "Dame Vance said the theatre was \"the only home I ever wanted\"."
    assert _speaker_of(body, "the only home", (dame, TOM)) == "Ada Vance"


def test_a_title_in_the_config_is_hers_even_when_it_is_a_rank() -> None:
    lady = Person("Ada Vance", ("Vance", "Lady Vance", "Ms Vance"), (), "she", "vance")
    body = "Lady Vance said the estate was \"never for sale, whatever the papers print\"."
    assert _speaker_of(body, "never for sale", (lady, TOM)) == "Ada Vance"


# ---- anonymised witnesses: a noun of a person and a capital letter ----

def test_a_lettered_witness_who_told_the_inquiry_is_a_speaker_of_their_own() -> None:
    body = ("Bo Hart gave evidence in person.\n\n"
            "\"We were told to say nothing about the cracks in the wall,\" Witness C told the inquiry.")
    assert _speaker_of(body, "We were told to say nothing") == "Witness C"


def test_a_lettered_worker_set_off_as_identified_speaks() -> None:
    body = ("Ada Lind chaired the review.\n\n"
            "Another, identified as Boatman F, said: \"Everyone knew the ramp was unsafe at low water.\"")
    assert _speaker_of(body, "Everyone knew the ramp") == "Boatman F"


def test_a_lettered_thing_is_no_witness() -> None:
    body = ("Ada Lind read from the report.\n\n"
            "\"The ramp shall be closed at low water,\" Chapter C states, she said.")
    assert _speaker_of(body, "The ramp shall be closed") != "Chapter C"


def test_a_given_name_and_an_initial_is_no_lettered_witness() -> None:
    body = "\"The ramp was slippery every single morning,\" Sam T said. Ada Lind agreed."
    assert _speaker_of(body, "The ramp was slippery") != "Sam T"


def test_a_lettered_witness_without_a_verb_of_saying_is_nobody_speaking() -> None:
    body = ("Witness C left the hearing early.\n\n"
            "\"Nothing has changed on the quay since the spring,\" Ada Lind said.")
    assert _speaker_of(body, "Nothing has changed") == "Ada Lind"
