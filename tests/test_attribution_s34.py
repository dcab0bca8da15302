"""Attribution, session 34: general forms read from the shearwater probe's misses, on invented text."""

import pytest

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions
from components.parse.transcript import find_turns

LIND = Person("Ada Lind", ("Lind",), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Bobby", "Bobby Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _speakers(body: str, people: tuple[Person, ...] = PEOPLE) -> list[tuple[str, str]]:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    return [(m.speaker, m.text[:20]) for m in extract_mentions("d", split_layout(HEAD + body), people,
                                                               descriptors)]


# ---- names after the verb ----

@pytest.mark.parametrize("title", ["Ms.", "Mrs.", "Dr.", "Prof."])
def test_a_title_with_a_full_stop_after_the_verb_still_names_the_speaker(title: str) -> None:
    found = _speakers(f"“The quay was never safe for the boats we have now,” said {title} Lind, standing "
                      "on the slipway last week.")
    assert found == [("Ada Lind", "The quay was never s")]


def test_a_full_stop_that_ends_the_sentence_still_parts_the_verb_from_the_next_name() -> None:
    found = _speakers("“The quay was never safe for the boats we have now,” she said. Lind left early.")
    assert found and found[0][0] != "Ada Lind"


@pytest.mark.parametrize("name", ["Ciarán Ó Dálaigh", "Anna van der Berg", "Ruud de Boer",
                                  "Máire Ní Bhriain"])
def test_a_name_whose_surname_opens_with_a_particle_is_a_speaker(name: str) -> None:
    found = _speakers(f"“We lost a season's catch in an afternoon and nobody rang us,” said {name}, who "
                      "skippers a trawler out of the north quay.")
    assert found == [(name, "We lost a season's c")]


def test_a_particle_does_not_join_a_name_to_a_lower_case_word() -> None:
    found = _speakers("“We lost a season's catch in an afternoon and nobody rang us,” said Tom Rudd de "
                      "facto leader of the skippers.")
    assert found == [("Tom Rudd", "We lost a season's c")]


# ---- two first names on one known surname ----

def test_a_namesake_is_someone_else_when_the_known_person_is_named_in_full_beside_her() -> None:
    found = _speakers("“It is the best thing to happen to this town in my lifetime,” said Kirsty Hart, 34, "
                      "who runs the chip shop opposite the quay gates and whose uncle is harbour board "
                      "member Bobby Hart. “Forty jobs.”")
    assert found == [("Kirsty Hart", "It is the best thing")]


def test_a_namesake_alone_is_still_not_taken_for_the_known_person() -> None:
    found = _speakers("“It is the best thing to happen to this town in my lifetime,” said Kirsty Hart, who "
                      "runs the chip shop opposite the quay gates.")
    assert all(speaker != "Bo Hart" for speaker, _ in found)


def test_the_known_person_by_his_own_first_name_is_still_himself() -> None:
    found = _speakers("“It is the best thing to happen to this town in my lifetime,” said Bobby Hart, who "
                      "chairs the harbour board. Bo Hart has held the post for years.")
    assert found[0][0] == "Bo Hart"


# ---- a known body by the last word of its name ----

BOARD = Person("Eastmarsh Harbour Board", ("Harbour Board",), (), "it", "")
BODY_CAST = (LIND, HART, BOARD)


def test_the_last_word_of_a_known_bodys_name_with_a_capital_is_that_body() -> None:
    found = _speakers("Eastmarsh Harbour Board has turned down the council's offer of a loan.\n\n"
                      "The Board said: “We will not borrow against a quay we may have to close next year.”",
                      BODY_CAST)
    assert found == [("Eastmarsh Harbour Board", "We will not borrow a")]


def test_a_body_of_another_word_stays_a_speaker_of_its_own() -> None:
    found = _speakers("Eastmarsh Harbour Board has turned down the council's offer of a loan.\n\n"
                      "The Commission said: “We will not lend against a quay that may close next year.”",
                      BODY_CAST)
    assert found == [("The Commission", "We will not lend aga")]


def test_a_bodys_full_name_of_its_own_is_not_the_known_body() -> None:
    found = _speakers("Eastmarsh Harbour Board has turned down the council's offer of a loan.\n\n"
                      "The Skippers' Board said: “We will not lend against a quay that may close next year.”",
                      BODY_CAST)
    assert all(speaker != "Eastmarsh Harbour Board" for speaker, _ in found)


def test_the_before_a_known_alias_is_that_name_not_an_office() -> None:
    found = _speakers("The quay closed on Monday.\n\nThe Harbour Board said the closure would \"cost the "
                      "fleet its whole winter season\".", BODY_CAST)
    assert found == [("Eastmarsh Harbour Board", "cost the fleet its w")]


# ---- the nearest name inside the subject's own set-off clauses ----

HOMES = Person("Harbour Homes", ("Harbour Homes Ltd",), (), "it", "")
FIRM_CAST = (LIND, HART, HOMES)


def test_a_firm_inside_the_subjects_apposition_and_relative_clause_is_not_the_speaker() -> None:
    found = _speakers("Bo Hart, chief executive of Harbour Homes, who was also at the meeting, told "
                      "reporters that the firm had \"no plans to build on the quay\" this year.", FIRM_CAST)
    assert found == [("Bo Hart", "no plans to build on")]


def test_a_firm_inside_the_subjects_set_off_is_not_the_speaker_of_the_quote_after_it() -> None:
    found = _speakers("Ada Lind, chair of the board, which leases the quay to Harbour Homes, was more "
                      "guarded. “We are a landlord. We do not build houses and we do not sell them.”",
                      FIRM_CAST)
    assert found == [("Ada Lind", "We are a landlord. W")]


def test_a_subject_with_a_set_off_clause_of_its_own_still_speaks() -> None:
    found = _speakers("Ada Lind spoke first, and Bo Hart, who had arrived late, said the firm had \"never "
                      "promised the quay to anybody\".", FIRM_CAST)
    assert found == [("Bo Hart", "never promised the q")]


def test_a_firm_that_is_the_subject_after_a_person_is_still_the_speaker() -> None:
    found = _speakers("Bo Hart left the meeting early. Harbour Homes, which owns the quay, said it had "
                      "\"no plans to build there\" this year.", FIRM_CAST)
    assert found == [("Harbour Homes", "no plans to build th")]


# ---- transcripts: a countdown's stamps, initials in a label's brackets, a standfirst's subject ----

def _turns(*paragraphs: str) -> list[tuple[int, str, str]]:
    return [(t.paragraph, t.person.name if hasattr(t, "person") else t.speaker, t.text[:14])
            for t in find_turns(list(paragraphs), PEOPLE)]


def test_countdown_stamps_and_console_labels_make_a_voice_loop_transcript() -> None:
    found = _turns("The inquiry's report reproduces the loop from the last seconds of the count.",
                   "T-00:00:30 HARBOUR MASTER (A. Lind): All boats, hold at the line. Thirty seconds.",
                   "T-00:00:10 PILOT (K. Moss): Copy. Holding at the line.",
                   "T+00:00:04 TUG (R. Dunn): I have a line parted on the stern.",
                   "T+00:00:06 HARBOUR MASTER (A. Lind): Say again?")
    assert found[0] == (1, "Ada Lind", "All boats, hol")
    assert found[-1] == (4, "Ada Lind", "Say again?")
    assert [name for _, name, _ in found[1:3]] == ["Pilot", "Tug"]


def test_an_initial_that_is_not_the_known_persons_names_someone_else() -> None:
    found = _turns("T-00:00:30 HARBOUR MASTER (J. Lind): All boats, hold at the line.",
                   "T-00:00:10 PILOT (K. Moss): Copy. Holding at the line.",
                   "T+00:00:04 HARBOUR MASTER (J. Lind): Say again?")
    assert all(name != "Ada Lind" for _, name, _ in found)


def test_a_single_countdown_line_is_no_transcript() -> None:
    assert _turns("The count stopped at one line of the loop.",
                  "T-00:00:30 HARBOUR MASTER (A. Lind): All boats, hold at the line.") == []


def test_a_standfirst_naming_one_person_in_its_own_sentence_gives_the_answers() -> None:
    found = _turns("Ada Lind has run the harbour since 2021. This interview has been edited for length.",
                   "Q: Did the board mislead you?", "A: I am not going to answer that today.",
                   "Q: Bo Hart says you are slowing the town down.", "A: He is entitled to say that.")
    assert [(n, name) for n, name, _ in found if name == "Ada Lind"] == [(2, "Ada Lind"), (4, "Ada Lind")]


def test_a_standfirst_naming_two_people_gives_the_answers_to_neither() -> None:
    found = _turns("Ada Lind and Bo Hart have run the harbour since 2021. This interview has been edited.",
                   "Q: Did the board mislead you?", "A: I am not going to answer that today.",
                   "Q: Is the quay safe?", "A: It is safe enough.")
    assert all(name not in ("Ada Lind", "Bo Hart") for _, name, _ in found)


# ---- "cut in:" ----

def test_a_second_speaker_who_cuts_in_before_a_colon_owns_the_quote_after_it() -> None:
    found = _speakers("Hart, standing beside her, said the decision had been \"ours, not forced on us\", "
                      "before Lind cut in: \"It was a bit forced on us, Bo.\"")
    assert found == [("Bo Hart", "ours, not forced on "), ("Ada Lind", "It was a bit forced ")]


def test_cut_in_with_no_quote_beside_it_is_no_speech() -> None:
    found = _speakers("The board cut in half the grant Lind had won. \"We were never told about any of it,\" "
                      "said Bo Hart.")
    assert found == [("Bo Hart", "We were never told a")]


# ---- "X and Y, who said" ----

def test_who_said_after_two_names_is_the_nearer_ones_an_outsider() -> None:
    found = _speakers("The signatories include Ada Lind and the former chief harbour engineer Sir Tom Rudd, "
                      "who said in a separate statement that \"the quay was never built for boats this "
                      "size\".")
    assert found == [("Tom Rudd", "the quay was never b")]


def test_a_who_clause_that_is_not_the_reporting_verb_leaves_the_subject_speaking() -> None:
    found = _speakers("Ada Lind, who said little at the meeting, later wrote that the quay was \"never built "
                      "for boats this size\".")
    assert found == [("Ada Lind", "never built for boat")]


def test_an_initial_on_a_known_surname_is_not_a_namesake() -> None:
    found = _speakers("Present: Councillor Bobby Hart, Councillor A. Lind.\n\nCouncillor B. Hart said that "
                      "he did not want the board's name \"anywhere near a quay this unsafe\", Bobby Hart "
                      "being its chair.")
    assert [speaker for speaker, _ in found] == ["Bo Hart"]
