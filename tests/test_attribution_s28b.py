"""Session 28 (H93): attribution faults found on the redwing probe, each fixed as journalists write, tested on
invented text.

- A transcript's turns by voices the config does not know are statements of their own: the interviewer's
  "Q:" and a standing question to "you", a presenter's, host's or caller's line, a name label of nobody
  known ("PELL:"); a phone-in between a presenter and a caller is a transcript though neither is known.
- "Ada Lind was speaking to the Gazette." under a Q&A says who gives its "A:" answers.
"""

import pytest

from tests.quoting_support import CAST, mentions_in


def _turns(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of the interview mentions of a text."""
    return [(m.speaker, " ".join(m.text.split()[:3])) for m in mentions_in(text, CAST)
            if m.kind == "interview"]


_RADIO = ("PRESENTER: Ada Lind, you run the depot. Did the council ever ask you?\n\n"
          "LIND: Officers asked. The council did not. That is the whole problem.\n\n"
          "PRESENTER: The leader says he acted within a day of the report.\n\n"
          "LIND: Within a day of it being in the paper, yes.")


def test_a_presenters_turns_beside_a_known_persons_are_the_presenters() -> None:
    assert _turns(_RADIO) == [("the presenter", "Ada Lind, you"), ("Ada Lind", "Officers asked. The"),
                              ("the presenter", "The leader says"), ("Ada Lind", "Within a day")]


def test_a_name_label_of_nobody_known_is_that_name() -> None:
    text = ("PELL: Mr Hart, the inspectors say your yard broke the rules.\n\n"
            "HART: They say we broke one rule, once, and we have put it right.\n\n"
            "PELL: And the fines?\n\nHART: Paid in full last week.")
    assert _turns(text) == [("Pell", "Mr Hart, the"), ("Bo Hart", "They say we"), ("Pell", "And the fines?"),
                            ("Bo Hart", "Paid in full")]


def test_a_phone_in_between_a_presenter_and_a_caller_is_a_transcript() -> None:
    text = ("PRESENTER: Over to Marjorie in Eastleigh. Marjorie, were you at the depot that night?\n\n"
            "CALLER (MARJORIE): I was, and I was cross about it at first. But Ms Lind came out"
            " and explained.\n\n"
            "PRESENTER: The council would say you were paying for a row that was not yours.\n\n"
            "CALLER (MARJORIE): They can say what they like. I got my bus fare back.")
    assert _turns(text) == [("the presenter", "Over to Marjorie"), ("the caller (Marjorie)", "I was, and"),
                            ("the presenter", "The council would"), ("the caller (Marjorie)", "They can say")]


def test_a_presenter_the_label_names_in_brackets_is_that_known_person() -> None:
    text = ("PRESENTER (Tam Quill): Cara Voss is with me. Will the depot close?\n\n"
            "VOSS: Not while I chair the committee.\n\nPRESENTER (Tam Quill): And after that?\n\n"
            "VOSS: Ask me then.")
    assert [name for name, _ in _turns(text)] == ["Tam Quill", "Cara Voss", "Tam Quill", "Cara Voss"]


def test_q_and_a_signed_off_with_who_was_speaking_gives_the_answers_and_the_questions() -> None:
    text = ("Q: Do you accept that the yard cut corners?\n\n"
            "A: I accept that we were slow, and that slow is not good enough.\n\n"
            "Q: Do you blame the inspectors?\n\nA: No. I was angry with them for a week.\n\n"
            "Bo Hart was speaking to the Harbour Gazette.")
    assert _turns(text) == [("the interviewer", "Do you accept"), ("Bo Hart", "I accept that"),
                            ("the interviewer", "Do you blame"), ("Bo Hart", "No. I was")]


def test_the_questions_of_a_printed_interview_without_labels_are_the_interviewers() -> None:
    text = ("Ada Lind talks to Sam Pell about the depot, the vote and what comes next.\n\n"
            "Why did you call the vote?\n\n"
            "Because I had asked three times and nobody answered. So I asked again.\n\n"
            "Do you regret it?\n\nI regret the noise. I do not regret that people now know.")
    assert _turns(text) == [("the interviewer", "Why did you"), ("Ada Lind", "Because I had"),
                            ("the interviewer", "Do you regret"), ("Ada Lind", "I regret the")]


@pytest.mark.parametrize("text", [
    # must not fire: a who's who box, each label once
    ("Lind: Mayor since 2019 and behind the depot plan.\n\nPell: Runs the haulage firm on the quay.\n\n"
     "Police: Say the lorries come at night.\n\nResidents: Want the depot moved?"),
    # must not fire: two labels in turn with no question asked
    ("Home: Hart's side, who won the cup last year.\n\nAway: Quill's side, promoted in May.\n\n"
     "Home: Four wins in five.\n\nAway: Unbeaten since March."),
    # must not fire: an explainer's questions and answers are the newsroom's
    ("The board votes on Lind's plan on Tuesday. Here is what parents need to know.\n\n"
     "Q: What does the plan do?\n\nA: It moves the first bell.\n\nQ: Who pays?\n\nA: The district."),
    # must not fire: "speaking to reporters" names no interview
    ("Q: What does the plan do?\n\nA: It moves the first bell.\n\nQ: Who pays?\n\nA: The district.\n\n"
     "Hart was speaking to reporters outside the hall."),
])
def test_no_unnamed_turns_outside_a_conversation(text: str) -> None:
    assert _turns(text) == []


def test_a_note_among_the_turns_is_nobodys() -> None:
    note = "Editor's note: This interview was recorded on Monday.\n\n"
    text = _RADIO.replace("LIND: Within", note + "LIND: Within")
    assert ("Editor's", "note") not in [tuple(words.split()[:2]) for _, words in _turns(text)]
    assert not [name for name, _ in _turns(text) if "note" in name.lower()]
    text = _RADIO + "\n\nUPDATE: The council has since replied. Will it act?\n\nLIND: We will see."
    assert not [name for name, _ in _turns(text) if "update" in name.lower()]
