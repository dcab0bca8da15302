"""Reviews printed as field headers: a lodging site's guest reviews read as comments.

A hotel-booking or holiday-rental site (the Booking.com, Agoda, Airbnb kind) prints each guest
review as a stack of one-field lines, then the review's own text in labelled parts:

    Henrik                              (the guest's first name, or "Anonymous")
    Denmark                             (the guest's country)
    Double Room with Mountain View      (the room, the stay, the kind of trip: any number of fields)
    2 nights · November 2026
    Couple
    Reviewed: 22 November 2026          (the review's stamp, labelled)
    Best night of the whole loop        (the review's headline and score, under the stamp)
    10
    Liked · The view from the room …    (the text, as "Liked" / "Disliked" parts, or unlabelled)
    Disliked · The shower takes …
    Helpful   Not helpful               (the vote row closing the card)

The property's answer follows a review under "Property response:" ("Host response", "Response from
the owner"): the property is its author (the page's own name for it is put in by the layout, which
knows the title). The labelled stamp is the anchor: at least _MIN_CARDS of them, so an article's
"Reviewed: 3 May 2026" line is never a review. The fields above each stamp are as many on every
card of a page; the first card's are counted as the others' (the filter and sort lines above it
are no review's).
"""

import re
from collections import Counter

from .layout import RawComment, _is_action_line, _is_date_line, _name_like, is_removal_notice

# the review's stamp: a label, then its date ("Reviewed: 22 November 2026", "Reviewed on Nov 3, 2026",
# "Date of review: 3/11/2026", "Written 22 November 2026")
_STAMP = re.compile(r"^(?:reviewed(?: on)?|review date|date of review|written(?: on)?)\s*:?\s+"
                    r"(?P<date>\S.{3,30})$", re.I)
# a labelled part of the text: "Liked · …", "Disliked: …", "Pros – …"; or the label alone on its line
_PART_WORDS = (r"liked|disliked|pros|cons|positives?|negatives?|the good|the bad|what (?:i|we) liked"
               r"|what (?:i|we) (?:didn['’]t|did not) like")
_PART = re.compile(rf"^(?:{_PART_WORDS})\s*[·•:–—-]\s*(?P<text>\S.*)$", re.I)
_PART_ALONE = re.compile(rf"^(?:{_PART_WORDS})\s*[·•:]?$", re.I)
# the card's vote row ("Helpful   Not helpful", "Helpful (3) · Report", "Was this review helpful?")
_VOTE_WORD = r"(?:not helpful|helpful|unhelpful|useful|report|share|thank(?:s| you)?)(?:\s*\(?\d{1,5}\)?)?"
_VOTE_ROW = re.compile(rf"^{_VOTE_WORD}(?:(?:\s{{2,}}|\s*[·•|]\s*){_VOTE_WORD})*$", re.I)
_HELPFUL = re.compile(r"^(?:was this (?:review )?helpful|did you find this (?:review )?helpful)\?.{0,40}$",
                      re.I)
# the site's note on a translated review ("Translated by Staywise · Show original", "Show original")
_TRANSLATED = re.compile(r"^(?:translated by\b.{0,40}|show original|see original|show translation)$", re.I)
# the property's answer under a review, headed by its role ("Property response:", "Response from the host")
_ROLES = r"property|host|owner|management|manager|hotel|hostel|homestay|accommodation"
_RESPONSE = re.compile(rf"^(?:(?:the )?(?P<role>{_ROLES})(?:['’]s)? (?:response|reply)"
                       rf"|(?:response|reply) from (?:the )?(?P<from>{_ROLES}))\s*:?$", re.I)
# the review's score under its headline ("8.0", "10", "9/10", "4 out of 5", "Scored 8.5")
_SCORE = re.compile(r"^(?:(?:scored?|rated|rating)\s*:?\s*)?\d{1,2}(?:[.,]\d)?"
                    r"(?:\s*/\s*\d{1,2}|\s+out of\s+\d{1,2})?$", re.I)
_SCORE_REACH = 2    # the score stands first under the stamp, or under the headline
_GUEST_FIELDS = 3   # a guest's stack: a name and at least two more (country, room, stay, kind of trip)
_FIELD_CHARS = 60   # a header field is short: a name, a country, a room, a stay, a kind of trip
_FIELD_WORDS = 8
_MAX_FIELDS = 7     # fields above a stamp, at most
_MIN_CARDS = 2


def _stamp(line: str) -> bool:
    """A review's labelled stamp line ("Reviewed: 22 November 2026")."""
    text = line.strip()
    match = _STAMP.match(text) if len(text) <= 50 else None
    return match is not None and _is_date_line(match["date"])


def _field(line: str) -> bool:
    """A header field: a short line that is no sentence, vote row or stamp."""
    text = line.strip()
    return (bool(text) and len(text) <= _FIELD_CHARS and len(text.split()) <= _FIELD_WORDS
            and text[-1:] not in ".!?:\"”" and not _closing(text) and not _stamp(text))


def _closing(text: str) -> bool:
    """A line that closes a card: its vote row."""
    return bool(_VOTE_ROW.match(text) or _HELPFUL.match(text) or _is_action_line(text))


def _fields_above(lines: list[str], stamp: int, floor: int) -> int:
    """How many header fields stand right above the stamp line, down to `floor` (the previous card's end)."""
    n = 0
    while stamp - n - 1 >= floor and n < _MAX_FIELDS and _field(lines[stamp - n - 1]):
        n += 1
    return n


def _card_tops(lines: list[str], stamps: list[int]) -> list[int] | None:
    """The first line (the guest's name) of each card, or None when the cards' headers disagree:
    each card after the first takes the fields from the previous card's close; the first as many as
    most of the others."""
    ends = [_card_end(lines, k, len(lines)) for k in stamps]
    counts = [_fields_above(lines, k, ends[n - 1]) for n, k in enumerate(stamps) if n]
    usual = Counter(counts).most_common(1)[0][0] if counts else 0
    if not usual or _fields_above(lines, stamps[0], 0) < usual:
        return None
    tops = [stamps[0] - usual] + [k - c for k, c in zip(stamps[1:], counts, strict=True)]
    if not all(_name_like(lines[t].strip(), 4) for t in tops):
        return None
    return tops if usual >= _GUEST_FIELDS or _scored(lines, stamps) else None


def _scored(lines: list[str], stamps: list[int]) -> bool:
    """Most cards carry a score under their stamp: a guest review's sign, where a product roundup's
    "Reviewed: <date>" under the product and its price has none."""
    under = ([t.strip() for t in lines[k + 1:k + 1 + _SCORE_REACH]] for k in stamps)
    scored = sum(_score_at(texts) is not None for texts in under)
    return 2 * scored > len(stamps)


def _card_end(lines: list[str], stamp: int, stop: int) -> int:
    """The line after the card whose stamp is `stamp`: after its (last) vote row, before `stop`."""
    for k in range(stamp + 1, stop):
        text = lines[k].strip()
        if _stamp(text):
            break
        if _closing(text):
            return k + 1
    return stop


def _score_at(texts: list[str]) -> int | None:
    """Where the review's score stands among the first lines under its stamp, or None."""
    return next((n for n, t in enumerate(texts[:_SCORE_REACH]) if _SCORE.match(t)), None)


def _text_parts(texts: list[str]) -> tuple[str, int] | None:
    """The review's text from its labelled parts (labels dropped, a blank line between parts), with
    its prose before the first label, and how many of `texts` it takes, or None when the text has no
    labelled part."""
    first = next((n for n, t in enumerate(texts) if _PART.match(t) or _PART_ALONE.match(t)), None)
    if first is None:
        return None
    lead = _plain_text(texts[:first])
    parts: list[list[str]] = [[lead]] if lead else []
    n = first
    for n in range(first, len(texts)):
        text = texts[n]
        if (part := _PART.match(text)) is not None:
            parts.append([part["text"].strip()])
        elif _PART_ALONE.match(text):
            parts.append([])
        elif text and not _TRANSLATED.match(text):
            parts[-1].append(text)
    return "\n\n".join("\n".join(p) for p in parts if p), n + 1


def _plain_text(texts: list[str]) -> str:
    """An unlabelled review's text: its lines under the headline and score. With no score the
    headline is the short lines over the first sentence, and when every line is short (a review
    written without a stop) only the first line."""
    score = _score_at(texts)
    if score is not None:
        first = score + 1
    else:
        first = next((n for n, t in enumerate(texts) if not _field(t) or t[-1:] in ".!?"), len(texts))
        if first == len(texts):
            lines = [n for n, t in enumerate(texts) if t]
            first = lines[1] if len(lines) > 1 else len(texts)
    return "\n".join(t for t in texts[first:] if t and not _TRANSLATED.match(t))


def _body(lines: list[str], start: int, stop: int) -> str:
    texts = [line.strip() for line in lines[start:stop]]
    parts = _text_parts(texts)
    return parts[0] if parts is not None else _plain_text(texts)


def field_reviews(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The guest reviews of a lodging page (each by the name heading its fields), the property's
    answers under them (by the role the page shows, "Property") and removed reviews' slots, and the
    lines they take; none when the page has fewer than _MIN_CARDS labelled review stamps."""
    stamps = [k for k, line in enumerate(lines) if line.strip() and _stamp(line)]
    if len(stamps) < _MIN_CARDS or (tops := _card_tops(lines, stamps)) is None:
        return [], set()
    found: list[RawComment] = []
    taken: set[int] = set()
    for n, (top, stamp) in enumerate(zip(tops, stamps, strict=True)):
        stop = tops[n + 1] if n + 1 < len(tops) else _card_end(lines, stamp, len(lines))
        author = lines[top].strip()
        cut = next((k for k in range(stamp + 1, stop) if _RESPONSE.match(lines[k].strip())
                    or is_removal_notice(lines[k].strip())), None)
        close = next((k for k in range(stamp + 1, cut if cut is not None else stop)
                      if _closing(lines[k].strip())), None)
        found.append(RawComment(len(found) + 1, author, _body(lines, stamp + 1, close or cut or stop)))
        if cut is not None and (role := _RESPONSE.match(lines[cut].strip())):
            end = next((k for k in range(cut + 1, stop) if _closing(lines[k].strip())), stop)
            reply = "\n".join(t for line in lines[cut + 1:end] if (t := line.strip()))
            company = (role["role"] or role["from"]).capitalize()
            found.append(RawComment(len(found) + 1, company, reply, 1, author, True))
        taken |= set(range(top, stop))
    return found, taken
