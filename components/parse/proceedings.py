"""A parliament's verbatim record of a sitting (the Hansard / Record of Proceedings kind) as labelled turns.

The record opens the sitting with a line of its own ("The Senedd met at 13:30 with the Llywydd …
in the Chair.", "The House met at half-past Two o'clock.", "The meeting opened at 09:30."), then
prints each contribution under a header of short lines: the speaker's photo's alt text ("Photo of
Ann Lee"), the speaker's name, perhaps a party and an office, and the time it was spoken
(`13:30:21`); under the words, perhaps a share link ("Share this contribution"). Read as a comment
section, the contributions took the record away from its article; they are its text. The header
is turned into the label a printed record puts before the words ("Ann Lee: …"), so the turns read
as a transcript's, and the photo, party, office, time and share lines are dropped. A contribution
printed without a photo (the chair's "Order.") has the same header less the photo line, after the
share line or the last words of the contribution before it.

A record says who each speaker is: most of its headers carry a party or an office between the name
and the time. A news story about a sitting ("The Council met at 10:00 …") whose comments show an
avatar's alt text, the name and a clock stamp is no record: its headers go from name to time.
"""

import re

__all__ = ["record_lines"]

_SITTING_OPENS = re.compile(r"^The (?:[\w’'-]+\s){1,3}(?:met|sat|assembled|opened|began|resumed) at"
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


def _header_top(lines: list[str], k: int) -> int:
    """The first of the short label lines over the time on line k (up to a photo or share line)."""
    top = k
    while top > 0 and k - top < _HEADER_LINES and _header_line(lines[top - 1]) \
            and not _PHOTO.match(lines[top - 1]) and not _SHARE.match(lines[top - 1]):
        top -= 1
    return top


def _contribution_header(lines: list[str], k: int) -> tuple[int, str, bool] | None:
    """(first header line, speaker, whether a party or office line stands under the name) of the
    contribution whose time stands on line k: the photo line naming the speaker over the name, party
    and office lines."""
    top = _header_top(lines, k)
    photo = _PHOTO.match(lines[top - 1]) if top > 0 else None
    if photo is None or top == k or lines[top] != photo["name"]:
        return None
    return top - 1, photo["name"], top + 1 < k


def _photoless_header(lines: list[str], k: int) -> tuple[int, str, bool] | None:
    """The header of a contribution printed without a photo: the name (and office) lines over the
    time, after a share line, a blank line or the end of a sentence (the turn before)."""
    top = _header_top(lines, k)
    above = lines[top - 1] if top > 0 else ""
    if top == k or not (not above or _SHARE.match(above) or above.endswith((".", "?", "!"))):
        return None
    return top, lines[top], top + 1 < k


def record_lines(lines: list[str]) -> list[str] | None:
    """A record's lines with every contribution's header made its label ("Name: the first words"),
    each line of the words a paragraph of its own, and the header and share lines dropped; None when
    the page is no sitting's record."""
    stripped = [line.strip() for line in lines]
    if not any(_SITTING_OPENS.match(line) for line in stripped[:_OPENING_REACH]):
        return None
    heads = [(k, h) for k, line in enumerate(stripped) if _SPOKEN_AT.match(line)
             and (h := _contribution_header(stripped, k)) is not None]
    if len(heads) < _MIN_TURNS or 2 * sum(labelled for _, (_, _, labelled) in heads) <= len(heads):
        return None  # too few turns, or headers that say nothing of who speaks (a comment's avatar)
    photo_turns = {k for k, _ in heads}
    heads = sorted(heads + [(k, h) for k in range(heads[0][0] + 1, len(stripped)) if k not in photo_turns
                            and _SPOKEN_AT.match(stripped[k]) and (h := _photoless_header(stripped, k))])
    out = lines[:heads[0][1][0]]
    for n, (k, (_, speaker, _)) in enumerate(heads):
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
