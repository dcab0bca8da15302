"""Interview transcripts: the turns of a question-and-answer piece ("Q: …", "A: …", "LIND: …").

A paragraph opening with a short label and a colon is a turn: "Q:", "A.", a name ("LIND:", "Ada
Lind:", "DR ADA LIND:"), a name and a role ("ADA LIND, BOARD CHAIR:"), initials ("AL:"), each
perhaps after a time stamp ("[00:09:58] Ada Lind:"). A document is a transcript when at
least two of its paragraphs are turns and one of them asks something (a "Q" label or a question
mark), so a lone "Lind: I will not resign" (a headline's form) is never one. Answers are the turns
of a known person or "A:" turns, which are the interviewee's: the known person with the most
named turns, else the one known person the title names, else the one the rest of the article names
most (no one on a tie). An unlabelled paragraph between an answer and the next turn goes on with that answer.
"""

import re
from collections import Counter
from dataclasses import dataclass

from ..core.config import Person

__all__ = ["Answer", "find_answers", "is_turn"]

_LABEL_WORDS = 5  # "THE COURIER", "DR ADA MARIE LIND": a name label is at most this many words
_WORD = r"[A-Z][\w.’'-]*"
_STAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"  # "[00:09:58] " before the label
_TURN = re.compile(rf"{_STAMP}(?:(?P<qa>[QA])[.:]|(?P<label>{_WORD}(?: {_WORD}){{0,{_LABEL_WORDS - 1}}})"
                   r"(?:,\s[^:\n]{1,60})?:)\s+(?P<text>\S)")
_HONORIFICS = frozenset(("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.",
                         "professor", "sir", "dame", "rev", "rev.", "hon", "hon.", "the"))
_INITIALS = re.compile(r"[A-Z]{2,3}")
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


def is_turn(para: str) -> bool:
    """Whether a paragraph opens with a turn label ("Q:", "LIND:", "[00:09:58] Ada Lind:")."""
    return _TURN.match(para) is not None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()


def _person_of(label: str, people: tuple[Person, ...]) -> Person | None:
    """The one known person a label names: by a name or alias (honorifics aside) or by initials."""
    words = label.casefold().split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    key = " ".join(words)
    found = {p for p in people for name in (p.name, *p.aliases) if name.casefold() == key}
    if not found and _INITIALS.fullmatch(label):
        found = {p for p in people if _initials(p.name) == label}
    return next(iter(found)) if len(found) == 1 else None


def _counts(text: str, people: tuple[Person, ...]) -> Counter[Person]:
    """How often each person is named in a text, a longer name taking its words from shorter ones."""
    names = sorted(((name, p) for p in people for name in {p.name, *p.aliases} if name),
                   key=lambda item: -len(item[0]))
    counts: Counter[Person] = Counter()
    if not names:
        return counts
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name, _ in names))
    owner = {name: p for name, p in reversed(names)}
    for m in pattern.finditer(text):
        counts[owner[m.group(0)]] += 1
    return counts


def _interviewee(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str],
                 people: tuple[Person, ...], title: str) -> Person | None:
    """Who answers the "A:" turns: most named turns, else the one known person the title names,
    else most named in the other paragraphs."""
    named = Counter(p for label, _ in turns.values() if (p := _person_of(label, people)) is not None)
    if not named and len(in_title := _counts(title, people)) == 1:
        named = in_title
    if not named:
        named = _counts("\n".join(para for n, para in enumerate(paragraphs) if n not in turns), people)
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def find_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                 title: str = "") -> list[Answer]:
    """The answers of a transcript, in order (none when the document is not one)."""
    turns = {n: found for n, para in enumerate(paragraphs) if (found := _label(para)) is not None}
    asks = any(label == "Q" or text.rstrip().endswith("?") for label, text in turns.values())
    if len(turns) < _MIN_TURNS or not asks:
        return []
    interviewee = _interviewee(turns, paragraphs, people, title)
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
