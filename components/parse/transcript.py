"""Interview transcripts: the turns of a question-and-answer piece ("Q: …", "A: …", "LIND: …").

A paragraph opening with a short label and a colon is a turn. A document is a transcript when at
least two of its paragraphs are turns and one of them asks something (a "Q" label or a question
mark), so a lone "Lind: I will not resign" (a headline's form) is never one. Answers are the turns
of a known person ("LIND:", "Ada Lind:") or "A:" turns, which are the interviewee's: the known
person with the most named turns, else the one the rest of the article names most (no one on a
tie). An unlabelled paragraph between an answer and the next turn goes on with that answer.
"""

import re
from collections import Counter
from dataclasses import dataclass

from ..core.config import Person

__all__ = ["Answer", "find_answers"]

_LABEL_WORDS = 4  # "THE COURIER", "Ada Lind": a label is at most this many words
_WORD = r"[A-Z][\w.’'-]*"
_TURN = re.compile(rf"(?:(?P<qa>[QA])[.:]|(?P<label>{_WORD}(?: {_WORD}){{0,{_LABEL_WORDS - 1}}}):)"
                   r"\s+(?P<text>\S)")
_MIN_TURNS = 2


@dataclass(frozen=True)
class Answer:
    """An answer in a transcript: its paragraph, who gives it, its words, and why that speaker."""

    paragraph: int
    person: Person
    text: str
    reason: str


def _label(para: str) -> tuple[str, str] | None:
    """(label, text) of a paragraph that opens with a turn label; the label is "Q" or "A" for
    those forms."""
    turn = _TURN.match(para)
    if turn is None:
        return None
    return turn.group("qa") or turn.group("label"), para[turn.start("text"):].strip()


def _person_of(label: str, people: tuple[Person, ...]) -> Person | None:
    key = " ".join(label.casefold().split())
    found = {p for p in people for name in (p.name, *p.aliases) if name.casefold() == key}
    return next(iter(found)) if len(found) == 1 else None


def _interviewee(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str],
                 people: tuple[Person, ...]) -> Person | None:
    """Who answers the "A:" turns: most named turns, else most named in the other paragraphs."""
    named = Counter(p for label, _ in turns.values() if (p := _person_of(label, people)) is not None)
    if not named:
        prose = "\n".join(para for n, para in enumerate(paragraphs) if n not in turns)
        named = Counter({p: sum(len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", prose))
                                for name in {p.name, *p.aliases} if name) for p in people})
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def find_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...]) -> list[Answer]:
    """The answers of a transcript, in order (none when the document is not one)."""
    turns = {n: found for n, para in enumerate(paragraphs) if (found := _label(para)) is not None}
    asks = any(label == "Q" or text.rstrip().endswith("?") for label, text in turns.values())
    if len(turns) < _MIN_TURNS or not asks:
        return []
    interviewee = _interviewee(turns, paragraphs, people)
    answers: list[Answer] = []
    current: Answer | None = None
    last_turn = max(turns)
    for n, para in enumerate(paragraphs):
        if n in turns:
            label, text = turns[n]
            person = interviewee if label == "A" else _person_of(label, people)
            if person is None or label == "Q":
                current = None
                continue
            how = f"interview turn '{label}:'" + (f" (the interviewee, {person.name})" * (label == "A"))
            current = Answer(n, person, text, how)
            answers.append(current)
        elif current is not None and n < last_turn:
            answers.append(Answer(n, current.person, para.strip(), f"{current.reason}, continued"))
        else:
            current = None
    return answers
