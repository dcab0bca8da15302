"""A comment section that prints no names: each comment is its text, then its action row.

Some comment widgets show anonymous comments, or lose the names to the copy (an avatar's alt text,
a name drawn as an image): under the section's heading each comment is only its body and the row
of actions and stamp under it ("Like 21 · Reply · 3h ago"). Every comment has the author "".
The reader asks for a comment heading above them and at least two rows, and declines whenever a
body opens with a short line that is no sentence (a name line: the other readers' section) or holds
a stamp or a name-and-stamp header ("Ann Lee | 17 Apr, 2026 09:31am": a header of another shape).
"""

from .comment_blocks import split_stamp
from .layout import RawComment, _comment_heading, _is_action_line, _is_stamp

_MIN_UNSIGNED = 2
_BODY_LINES = 12      # a comment's lines between two rows, at most
_CONTROL_WORDS = 4    # the widget's short lines between the heading and the first comment ("Newest ▾")
_SENTENCE_WORDS = 6   # a line this long, or ending like a sentence, opens a body (a name line is shorter)


def _opens_a_body(text: str) -> bool:
    """A comment's first line: a sentence, never a name, handle or label."""
    return len(text.split()) >= _SENTENCE_WORDS or text[-1:] in ".!?…\"”'’"


def _blocks(lines: list[str], start: int) -> list[tuple[int, int, int]]:
    """(first body line, row line, line after the row) of each body-and-row pair from `start`, up to
    the first stretch that no row closes."""
    found: list[tuple[int, int, int]] = []
    k = start
    while k < len(lines):
        body = [j for j in range(k, min(len(lines), k + _BODY_LINES)) if lines[j].strip()]
        row = next((j for j in body if _is_action_line(lines[j].strip())), None)
        if row is None or row == body[0]:
            break
        found.append((body[0], row, row + 1))
        k = row + 1
    return found


def unsigned_comments(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The comments of a section of bodies under action rows with no name lines, authors ""."""
    heading = _comment_heading(lines)
    if heading is None:
        return [], set()
    start = heading + 1
    while start < len(lines) and (not lines[start].strip() or (
            len(lines[start].split()) <= _CONTROL_WORDS and not _opens_a_body(lines[start].strip())
            and not _is_action_line(lines[start].strip()))):
        start += 1  # the widget's sort and sign-in lines
    pairs = _blocks(lines, start)
    if len(pairs) < _MIN_UNSIGNED:
        return [], set()
    comments: list[RawComment] = []
    for first, row, _ in pairs:
        texts = [lines[j].strip() for j in range(first, row)]
        if not _opens_a_body(texts[0]) or any(_is_stamp(t) or split_stamp(t) for t in texts if t):
            return [], set()
        body = "\n".join(texts).strip()
        comments.append(RawComment(len(comments) + 1, "", body))
    return comments, {heading} | set(range(heading + 1, pairs[-1][2]))
