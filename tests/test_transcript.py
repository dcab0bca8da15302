"""Question-and-answer transcripts: answers are statements of whoever gives them."""

import pytest

from components.core.config import Person
from components.parse.transcript import find_answers

LIND = Person("Ada Lind", ("Lind",), ("@adalind",), "she", "lind")
HART = Person("Bo Hart", ("Hart",), (), "he", "hart")
PEOPLE = (LIND, HART)


def _answers(*paragraphs: str) -> list[tuple[int, str, str]]:
    return [(a.paragraph, a.person.name, a.text) for a in find_answers(list(paragraphs), PEOPLE)]


def test_q_and_a_turns_are_the_interviewees_named_in_the_introduction() -> None:
    found = _answers("Lind sat down with the Courier after the vote.", "Q: Was the vote fair?",
                     "A: It was fair from the very start.", "Q. And Hart?", "A. He knows what he did.")
    assert found == [(2, "Ada Lind", "It was fair from the very start."),
                     (4, "Ada Lind", "He knows what he did.")]


def test_named_turns_in_capitals_and_an_answer_running_over_a_paragraph() -> None:
    found = _answers("THE COURIER: Was the vote fair?", "LIND: It was fair from the very start.",
                     "And I stand by every count of it.", "THE COURIER: Will Hart appeal?",
                     "BO HART: I already have.", "The interview has been edited for length.")
    assert found == [(1, "Ada Lind", "It was fair from the very start."),
                     (2, "Ada Lind", "And I stand by every count of it."), (4, "Bo Hart", "I already have.")]


@pytest.mark.parametrize("paragraphs", [
    # a headline's form; no question asked; a tie over who is named most
    ("Lind: I will not resign over this vote or any other", "The board met on Tuesday night."),
    ("Update: The board met again.", "Lind: I will not resign over this vote."),
    ("Q: Was the vote fair?", "A: It was fair.", "Lind and Hart were named here, Lind first, Hart second."),
])
def test_no_transcript_or_no_known_answerer_gives_no_answers(paragraphs: tuple[str, ...]) -> None:
    assert _answers(*paragraphs) == []


def test_the_answer_turns_of_a_known_name_decide_who_answers_a_turns() -> None:
    found = _answers("Hart was in the room too.", "Q: Was it fair?", "HART: No.", "Q: Why not?",
                     "A: Because the count was wrong.")
    assert [name for _, name, _ in found] == ["Bo Hart", "Bo Hart"]


@pytest.mark.parametrize("label", ["AL:", "ADA LIND, BOARD CHAIR:", "DR ADA LIND:", "[00:09:58] Ada Lind:",
                                   "(12:04) LIND:"])
def test_initials_roles_honorifics_and_time_stamps_label_a_turn(label: str) -> None:
    found = _answers("THE COURIER: Was it fair?", f"{label} It was fair from the very start.")
    assert found == [(1, "Ada Lind", "It was fair from the very start.")]


def test_the_title_names_the_interviewee_when_no_turn_does() -> None:
    paragraphs = ["Hart and Lind clashed again; Hart, Hart and Hart.", "Q: Was it fair?", "A: It was."]
    found = find_answers(paragraphs, PEOPLE, title="Five questions for Ada Lind")
    assert [(a.person.name, a.text) for a in found] == [("Ada Lind", "It was.")]


def test_a_title_case_question_turn_stays_and_a_quote_in_an_answer_is_its_speakers() -> None:
    from components.parse.layout import split_layout
    from components.parse.quotes import extract_mentions
    page = ("A Long Headline About The Board Vote In Title Case\n\nLind answered our questions by phone on "
            "Friday, a day after the vote.\n\nQ: Have You Spoken To Hart?\n\n"
            "A: Once. He said, \u201cI will appeal the ruling by the end of the week.\u201d That was all.\n\n"
            "Q: Will you appeal?\n\nA: No. The vote was fair from the very start.")
    layout = split_layout(page)
    assert "Q: Have You Spoken To Hart?" in layout.paragraphs
    found = [(m.speaker, m.kind, m.text[:12]) for m in extract_mentions("d", layout, PEOPLE)]
    assert found == [("the interviewer", "interview", "Have You Spo"),
                     ("Ada Lind", "interview", "Once. He sai"), ("Bo Hart", "quote", "I will appea"),
                     ("the interviewer", "interview", "Will you app"),
                     ("Ada Lind", "interview", "No. The vote")]


@pytest.mark.parametrize("paragraphs", [
    # an explainer's questions and answers are the newsroom's, not the person the article is about
    ("The board will vote on Lind's plan on Tuesday. Here is what parents need to know.",
     "Q: What does the plan do?", "A: It moves the first bell.", "Q: Who pays?", "A: The district."),
    # "A." beside no "Q." is a name's initial
    ("Lind has championed the plan for two years.", "A. J. Hart, a parent of two, said the plan was fine.",
     "A. Smith-Jones, another parent, asked why nobody had read the report?"),
    # a label of a headline's form and a question nobody answers
    ("Lind: I will not resign over this vote.", "Hart said the plan was a disaster.",
     "Update, 5pm: Will Lind survive the confidence vote?"),
])
def test_false_transcripts_give_no_answers(paragraphs: tuple[str, ...]) -> None:
    assert _answers(*paragraphs) == []


def test_the_interviewee_is_who_the_interview_sentence_names_not_who_the_prose_discusses() -> None:
    found = _answers("Ada Lind sat down with the Courier to talk about her rival. Hart has led the board "
                     "since 2019, and Hart's allies say Hart will run again.", "Q: Will he run?",
                     "A: I think so.")
    assert [name for _, name, _ in found] == ["Ada Lind"]


def test_narration_between_turns_is_not_the_answer() -> None:
    found = _answers("Q: Why did you quit?", "LIND: Because the board stopped listening.",
                     "Lind pauses and looks out of the window.", "Q: Any regrets?", "LIND: None.")
    assert [n for n, _, _ in found] == [1, 4]


def test_an_answer_running_on_with_a_curly_apostrophe_is_still_the_answer() -> None:
    found = _answers("Q: Will you resign?", "Lind: No. I was elected to do this.",
                     "I don\u2019t think the board will vote before the spring.", "Q: And the vote?",
                     "Lind: March 4.")
    assert [n for n, _, _ in found] == [1, 2, 4]


def test_speaking_to_parents_is_no_interview_and_its_explainer_answers_are_nobodys() -> None:
    assert _answers("Lind spoke to parents after the vote on Tuesday.", "Q: When will the board vote?",
                    "A: The vote is now set for March 4.") == []


def test_a_radio_exchange_without_question_marks_and_bracketed_labels_is_a_transcript() -> None:
    found = _answers("PRESENTER (Dan Royle): Ada Lind is with me. People say you killed the plan.",
                     "ADA LIND: Nobody killed the plan. The rain did that.",
                     "DAN ROYLE: Bo Hart says the inspection took two hours.",
                     "ADA LIND: It took the whole afternoon, and he knows that.",
                     "CALLER (Steve): Morning. I run the chip van on the square.")
    assert [(n, name) for n, name, _ in found] == [(1, "Ada Lind"), (3, "Ada Lind")]


def test_a_couple_of_labelled_lines_are_no_exchange() -> None:
    assert _answers("Lind: I will not resign over this vote.", "Hart: Nor will I, whatever happens.",
                    "The board met on Tuesday night and voted again.") == []


def test_a_who_s_who_box_is_no_exchange() -> None:
    assert _answers("Lind: Mayor since 2019 and the driving force behind the curfew.",
                    "Hart: Owns two bars on the waterfront and employs forty people.",
                    "Okafor: Chairs the residents' association on the seafront.",
                    "Police: Say complaints peak between eleven and one.") == []
