"""A newspaper's live reader Q&A (a "Live Discussion", a "web chat") read as comments: readers' questions
put to one guest, each printed `Label: text`, the guest's answer under it.

Each exchange is a question line labelled by its asker as the page shows them (a place, "Pentre Eirin,
Gwynedd"; a name and a place, "Gwen, Aberystwyth"; "Anonymous") and the guest's answer labelled by the
guest's name, perhaps with rules of underscores or dashes between exchanges; an answer may run on to
lines without a label (its second paragraph), and the guest may open and close with lines of their own
that answer no question. Every line group is a comment: each question by its asker, each answer (and
the guest's opening and closing lines) by the guest, an answer addressed to the asker right above it.

Told apart from an interview's transcript (`transcript.py`, whose turns are the article's text and
give statements): an interview has one or two askers (an interviewer, "Q:") who ask many questions;
a reader Q&A has many different askers, none asking more than twice, and one guest who answers
nearly every question; and the page calls itself a Q&A or a live chat ("Live Q&As", "live
discussion", "web chat", "take readers' questions", "your questions") above its first exchange. All three
must hold, and most askers must be readers as such a page prints them (a place, a first name, a name and
a place, "… asked"), not reporters named in full or with their outlets (a press conference's transcript).
"""

import re
from collections import Counter

from .layout import _PAPER_WORDS, RawComment

# "Pentre Eirin, Gwynedd: …", "Anonymous: …", "Marcus Hale: …": a label of a few capitalised words (a
# comma between a name and a place), its colon, the words
_LINE = re.compile(r"^(?P<label>(?-i:[A-Z])[\w'’.-]*(?:,? (?-i:[A-Z])[\w'’.-]*){0,4})(?P<asked> asked)?:"
                   r"\s+(?P<text>\S.*)$")
_RULE = re.compile(r"^(?:_{5,}|-{5,}|—{3,}|={5,}|\*{5,})$")
# A note of the desk's, not a voice: "Editor's Note:", "Update:", "Correction:"
_NOT_VOICE = re.compile(r"(?i:note|update|correction|clarification|disclaimer|advertisement|transcript"
                        r"|source|sources|photo|image|video|related|read more)$")
# The page names itself a reader Q&A.
# (in the page's head or its intro, above the first exchange: "A transcript follows" alone names no reader
# Q&A, a press conference's transcript follows it too)
_SELF_NAMED = re.compile(r"\b(?:live (?:q ?& ?as?|chats?|discussions?|web ?chats?)|web ?chats?|reader q ?& ?a"
                         r"|(?:take|took|taking|answer(?:ed|ing)?) readers['’] questions|your questions"
                         r"|ask me anything)\b", re.I)
_HEAD_REACH = 400  # lines atop the page searched for its name
# A reporter's outlet after their name ("Tom Reed, Harbour Gazette"): a press conference's asker
# (the words mastheads name themselves with, layout's _PAPER_WORDS, and an agency or the BBC)
_OUTLET_WORDS = _PAPER_WORDS | {"agency", "bbc"}
_WORD = re.compile(r"[\w’']+")
_MIN_ASKERS = 3  # different askers: an interview has one or two
_MOST_ASKED = 2  # questions one asker puts, at most
_GUEST_SHARE = 0.75  # of the questions the guest answers at least
_CONTINUATION_WORDS = 6  # an answer's unlabelled next line: a sentence of its own, at least this long


def _turns(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line, label, text) of every labelled line that is a voice's, not a note's."""
    found = []
    for k, line in enumerate(lines):
        text = line.strip()
        match = _LINE.match(text) if len(text) <= 3000 else None
        if match and not _NOT_VOICE.search(match["label"]):
            found.append((k, match["label"], match["text"]))
    return found


def _run(lines: list[str], turns: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The longest run of labelled lines with only rules, blank lines and an answer's unlabelled
    sentences between them."""
    best: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str]] = []
    for turn in turns:
        if run and any(not _between(lines[k]) for k in range(run[-1][0] + 1, turn[0])):
            run = []
        run.append(turn)
        if len(run) > len(best):
            best = list(run)
    return best


def _between(line: str) -> bool:
    text = line.strip()
    return not text or bool(_RULE.match(text)) or _continues(text)


def _continues(text: str) -> bool:
    return len(text.split()) >= _CONTINUATION_WORDS and text[-1:] in ".!?\"”’)"


def _guest(run: list[tuple[int, str, str]]) -> str:
    """The guest: the label that answers nearly every question, the askers many and asking at most
    twice each ('' when the run is no reader Q&A)."""
    counts = Counter(label for _, label, _ in run)
    if len(counts) < _MIN_ASKERS + 1:
        return ""
    guest, _ = counts.most_common(1)[0]
    askers = {label: n for label, n in counts.items() if label != guest}
    if len(askers) < _MIN_ASKERS or max(askers.values()) > _MOST_ASKED:
        return ""
    questions = [n for n, (_, label, _) in enumerate(run) if label != guest]
    answered = sum(n + 1 < len(run) and run[n + 1][1] == guest for n in questions)
    asked = sum("?" in run[n][2] for n in questions)
    if answered < _GUEST_SHARE * len(questions) or asked * 2 < len(questions):
        return ""
    return guest


def _reader_label(line: str, label: str) -> bool:
    """Whether an asker's label is a reader's as a Q&A prints them: one word (a place, a first name,
    "Anonymous"), a name and a place ("Gwen, Aberystwyth"), or "… asked"; a full name alone or with
    an outlet ("Tom Reed", "Tom Reed, Harbour Gazette") is a reporter's at a press conference."""
    match = _LINE.match(line.strip())
    if match and match["asked"]:
        return True
    if "," in label:
        return not any(w in _OUTLET_WORDS for w in _WORD.findall(label.split(",", 1)[1].lower()))
    return len(label.split()) == 1


def _readers_ask(lines: list[str], run: list[tuple[int, str, str]], guest: str) -> bool:
    """Whether most of the askers are readers (_reader_label)."""
    askers = {label: k for k, label, _ in run if label != guest}
    return 2 * sum(_reader_label(lines[k], label) for label, k in askers.items()) > len(askers)


def reader_qa(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The comments of a live reader Q&A and the lines they take; ([], set()) for any other page."""
    run = _run(lines, _turns(lines))
    if not run or not _SELF_NAMED.search("\n".join(lines[:min(run[0][0], _HEAD_REACH)])):
        return [], set()
    guest = _guest(run) if len(run) >= 2 * _MIN_ASKERS else ""
    if not guest or not _readers_ask(lines, run, guest):
        return [], set()
    last = _answer_end(lines, run[-1][0], len(lines))
    comments: list[RawComment] = []
    for n, (k, label, text) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else last + 1
        more = [lines[j].strip() for j in range(k + 1, end) if _continues(lines[j].strip())]
        asked = run[n - 1][1] if n and label == guest and run[n - 1][1] != guest else ""
        comments.append(RawComment(len(comments) + 1, label, "\n\n".join([text, *more]), reply_to=asked,
                                   is_reply=bool(asked)))
    first = run[0][0]
    while first and _RULE.match(lines[first - 1].strip()):
        first -= 1  # the rule over the first exchange
    while last + 1 < len(lines) and _RULE.match(lines[last + 1].strip()):
        last += 1  # and the rule under the last
    return comments, set(range(first, last + 1))


def _answer_end(lines: list[str], k: int, stop: int) -> int:
    """The last line of the line group opening at line k: its unlabelled sentences right under it (no
    rule, no blank line, no label between)."""
    end = k
    while end + 1 < stop and (text := lines[end + 1].strip()) and not _LINE.match(text) and _continues(text):
        end += 1
    return end
