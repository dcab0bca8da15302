"""A parliament's verbatim record of a sitting (the Hansard / Record of Proceedings kind) as labelled turns.

The record opens the sitting with a line of its own ("The Senedd met at 13:30 with the Llywydd …
in the Chair.", "The House met at half-past Two o'clock.", "The meeting opened at 09:30."), then
prints each contribution under a header of short lines: the speaker's photo's alt text ("Photo of
Ann Lee"), the speaker's name, perhaps a party and an office, and the time it was spoken
(`13:30:21`); under the words, perhaps a share link ("Share this contribution"). Read as a comment
section, the contributions took the record away from its article; they are its text. The header
is turned into the label a printed record puts before the words ("Ann Lee: …"), so the turns read
as a transcript's, and the photo, party, office, time and share lines are dropped.
"""

import re

__all__ = ["record_lines"]

_SITTING_OPENS = re.compile(r"^The (?:[A-Z][\w’'-]*\s){1,3}(?:met|sat|assembled|opened|began|resumed) at"
                            r" (?:\d{1,2}[:.]\d{2}|half-past|a quarter|noon)\b.{0,120}$")
_PHOTO = re.compile(r"^(?:Photo|Image|Portrait|Picture) of"
                    r" (?P<name>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,4})$")
_SPOKEN_AT = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")  # the record's clock, to the second
_SHARE = re.compile(r"^Share this (?:contribution|speech|intervention)$")
_HEADER_LINES = 3  # name, party and office lines over the time, at most
_HEADER_WORDS = 8
_MIN_TURNS = 3
_OPENING_REACH = 60  # lines from the top where the sitting's opening line may stand


def _header_line(line: str) -> bool:
    """A short label line of a contribution's header (a name, a party, an office): no sentence."""
    return 0 < len(line.split()) <= _HEADER_WORDS and not line.endswith((".", "?", "!", ":"))


def _contribution_header(lines: list[str], k: int) -> tuple[int, str] | None:
    """(first header line, speaker) of the contribution whose time stands on line k: the photo line
    naming the speaker over the name, party and office lines."""
    top = k
    while top > 0 and k - top < _HEADER_LINES and _header_line(lines[top - 1].strip()) \
            and not _PHOTO.match(lines[top - 1].strip()):
        top -= 1
    photo = _PHOTO.match(lines[top - 1].strip()) if top > 0 else None
    if photo is None or top == k or lines[top].strip() != photo["name"]:
        return None
    return top - 1, photo["name"]


def record_lines(lines: list[str]) -> list[str] | None:
    """A record's lines with every contribution's header made its label ("Name: the first words"),
    each line of the words a paragraph of its own, and the header and share lines dropped; None when
    the page is no sitting's record."""
    stripped = [line.strip() for line in lines]
    if not any(_SITTING_OPENS.match(line) for line in stripped[:_OPENING_REACH]):
        return None
    heads = [(k, h) for k, line in enumerate(stripped) if _SPOKEN_AT.match(line)
             and (h := _contribution_header(stripped, k)) is not None]
    if len(heads) < _MIN_TURNS:
        return None
    out = lines[:heads[0][1][0]]
    for n, (k, (_, speaker)) in enumerate(heads):
        stop = heads[n + 1][1][0] if n + 1 < len(heads) else len(lines)
        end = next((j for j in range(k + 1, stop) if _SHARE.match(stripped[j])), stop)
        words = [line for line in stripped[k + 1:end] if line]
        if words:
            out += ["", f"{speaker}: {words[0]}"]
            for line in words[1:]:
                out += ["", line]
            out.append("")
        out += lines[end + 1 if end < stop else stop:stop]  # the headings between contributions
    return out
