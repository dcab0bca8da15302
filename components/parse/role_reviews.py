"""Reviews signed by a role, not a name: employer-review sites read as comments.

An employer-review site (the Glassdoor kind, the Indeed company-review kind) never shows a
reviewer's name. Each review is a card: its rating (a score such as "4.0", a row of stars, or
"4.0 out of 5 stars"), its headline, then one line that carries the review's date and the
reviewer's job title, which is the only author the page gives:

    "Nov 22, 2026 · Camera Operator"               (date, separator, role)
    "Runner (Former employee) - Oban - 3 May 2026"  (role, status in brackets, place, date)

Under it the reviewer's status and place, a row of ✓ / ✗ marks, then labelled sections ("Pros",
"Cons", "Advice to management") or the text alone, and an action row ("Helpful (31)   Share").
The company's answer follows a review under "<Company> Response" (or "Response from <Company>")
and a stamp of its own ("Nov 23, 2026 – Head of People": the responder's role is the stamp's, the
company is the author). A removed review leaves its notice ("This review is no longer available")
in its slot. The reader needs at least two role-stamped lines each under a rating, so a related
list's "Nov 22, 2026 · Politics" under no rating is never a review.
"""

import re

from .layout import _STAR_RATING, RawComment, _is_action_line, _is_date_line, _is_prose, is_removal_notice

# the separator between a card's date and the reviewer's role (a middle dot, a bar or a dash)
_SEP = r"\s+[·•|–—-]\s+"
# A job title: one to six words, each capitalised or a short joining word, no digit, no sentence end
# ("Camera Operator", "Head of People", "Anonymous Employee", "Senior Software Engineer").
_ROLE = r"(?P<role>[A-Z][\w'’/&.-]*(?:\s+(?:[A-Z][\w'’/&.-]*|of|and|&|to|the|for|de|in))?" \
        r"(?:\s+(?:[A-Z][\w'’/&.-]*|of|and|&|to|the|for|de)){0,4})"
_DATE_ROLE = re.compile(rf"^(?P<date>[^·•|–—]{{5,30}}?){_SEP}{_ROLE}"
                        r"(?:\s+in\s+(?P<place>[A-Z][^·•|]{1,40}))?$")
_ROLE_STATUS = re.compile(rf"^{_ROLE}\s+\((?:current|former)\s+(?:employee|intern|contractor|staff)\)"
                          rf"(?:{_SEP}(?P<place>[^·•|–—]{{2,40}}?))?{_SEP}(?P<date>[^·•|–—]{{5,30}})$", re.I)
# a card's rating: a score alone ("4.0"), a row of stars, or a score out of a scale
_SCORE = re.compile(rf"^(?:\d(?:[.,]\d)?|{_STAR_RATING}(?:\s*[☆✩]{{1,4}})?"
                    r"|\d(?:[.,]\d)?\s*(?:out of|of|/)\s*\d{1,2}(?:\s+stars?)?\.?)$", re.I)
# a label above a card that belongs to the card under it
_CARD_LABEL = re.compile(r"^(?:featured|top|most helpful|highlighted|pinned|recommended|editor['’]?s pick)"
                         r"(?: review)?$", re.I)
# the company's answer under a review: "Glenbrae Films Response", "Response from Glenbrae Films"
_RESPONSE = re.compile(r"^(?:(?P<name>\S.{0,50}?)\s+response|(?:response|reply|comment) from (?:the )?"
                       r"(?P<from>\S.{0,50}?))$", re.I)
# the labels of a review's sections
_SECTION = re.compile(r"^(?:pros|cons|advice to (?:senior )?management|advice to the ceo|the good|the bad"
                      r"|what (?:i|we) liked|what (?:i|we) (?:didn['’]t|did not) like)\s*:?$", re.I)
# a row of the reviewer's verdict marks ("✓ Recommend   ✗ CEO approval   – Business outlook")
_MARKS = re.compile(r"^(?:[✓✔✗✘×–—-]\s*[A-Za-z][\w ]{1,30}?(?:\s{2,}|\s*$))+$")
# the card's vote prompt closing it ("Was this review helpful?", "Helpful?  Yes (3)  No")
_HELPFUL = re.compile(r"^(?:was this (?:review )?helpful|did you find this (?:review )?helpful|helpful)\?"
                      r"(?:\s+.{0,40})?$", re.I)
_RATING_REACH = 3  # lines from a rating down to its card's date line (the headline between)
_META_LINES = 4    # the reviewer's status, place and marks under the date line, at most
_META_WORDS = 12
_MIN_CARDS = 2


def _role_stamp(line: str) -> tuple[str, str] | None:
    """(role, date) of a card's date-and-role line, or None for any other line."""
    text = line.strip()
    if len(text) > 90:
        return None
    match = _DATE_ROLE.match(text) or _ROLE_STATUS.match(text)
    if match is None or not _is_date_line(match["date"].strip()):
        return None
    return match["role"].strip(), match["date"].strip()


def _card_start(lines: list[str], stamp: int) -> int | None:
    """The first line of the card whose date line is `stamp`: its rating within _RATING_REACH lines
    above (a headline between), a score over stars, a label over them; None with no rating."""
    top = None
    for k in range(stamp - 1, max(-1, stamp - 1 - _RATING_REACH), -1):
        if _SCORE.match(lines[k].strip()):
            top = k
            break
    if top is None:
        return None
    while top > 0 and (_SCORE.match(lines[top - 1].strip()) or _CARD_LABEL.match(lines[top - 1].strip())):
        top -= 1
    return top


def _sentence(text: str) -> bool:
    """A line of written text (a response's or a removal reason's), not a label, link or button."""
    return bool(text) and (_is_prose(text) or (len(text.split()) >= 4 and text[-1:] in ".!?\"”"))


def _review_body(lines: list[str], start: int, stop: int) -> tuple[str, int]:
    """The review's text from the line after its date line up to `stop` (its action row ends it),
    without the reviewer's status and marks or the section labels, and the line after it."""
    end = next((k for k in range(start, stop) if _is_action_line(lines[k].strip())
                or _HELPFUL.match(lines[k].strip())), None)
    last = end if end is not None else stop
    texts = [lines[k].strip() for k in range(start, last)]
    labelled = next((n for n, t in enumerate(texts[:_META_LINES + 1]) if _SECTION.match(t)), None)
    meta = labelled if labelled is not None else sum(
        1 for _ in _leading_meta(texts[:_META_LINES]))
    sections: list[list[str]] = [[]]
    for text in texts[meta:]:
        if _SECTION.match(text):
            sections.append([])
        elif text:
            sections[-1].append(text)
    body = "\n\n".join("\n".join(part) for part in sections if part)
    return body, (end + 1 if end is not None else last)


def _leading_meta(texts: list[str]) -> list[str]:
    """The short lines that open a review with no section labels: its verdict marks only (a status
    line may be the text itself)."""
    out: list[str] = []
    for text in texts:
        if not _MARKS.match(text):
            break
        out.append(text)
    return out


def _written_run(lines: list[str], start: int, stop: int) -> int:
    """The line after the written lines from `start` (a response's text, a removal's reason)."""
    k = start
    while k < stop and _sentence(lines[k].strip()):
        k += 1
    return k


def _cards(lines: list[str]) -> list[tuple[int, int, str]]:
    """(card's first line, date line, role) of each review card on the page."""
    found: list[tuple[int, int, str]] = []
    for k, line in enumerate(lines):
        if not line.strip() or len(line) > 90 or (stamp := _role_stamp(line)) is None:
            continue
        if (start := _card_start(lines, k)) is not None and not (found and start <= found[-1][1]):
            found.append((start, k, stamp[0]))
    return found


def role_reviews(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The reviews of an employer-review page (each by the role its date line gives), the company's
    responses under them and removed reviews' slots, and the lines they take; none when the page has
    fewer than _MIN_CARDS cards with a rating over a date-and-role line."""
    cards = _cards(lines)
    if len(cards) < _MIN_CARDS:
        return [], set()
    found: list[tuple[int, RawComment]] = []
    taken: set[int] = set()
    for n, (start, stamp, role) in enumerate(cards):
        stop = cards[n + 1][0] if n + 1 < len(cards) else len(lines)
        cuts = [k for k in range(stamp + 1, stop)
                if _RESPONSE.match(lines[k].strip()) or is_removal_notice(lines[k].strip())]
        body, end = _review_body(lines, stamp + 1, cuts[0] if cuts else stop)
        found.append((start, RawComment(0, role, body)))
        taken |= set(range(start, end))
        for k in cuts:
            text = lines[k].strip()
            if (response := _RESPONSE.match(text)) and k + 1 < stop and (
                    _role_stamp(lines[k + 1]) or _is_date_line(lines[k + 1].strip())):
                company = (response["name"] or response["from"]).strip()
                after = _written_run(lines, k + 2, stop)
                reply = "\n".join(line.strip() for line in lines[k + 2:after])
                found.append((k, RawComment(0, company, reply, 1, role, True)))
                taken |= set(range(k, after))
            elif is_removal_notice(text):
                found.append((k, RawComment(0, "", "")))
                taken |= set(range(k, _written_run(lines, k + 1, stop)))
    found.sort(key=lambda item: item[0])
    return [RawComment(n + 1, c.author, c.body, c.depth, c.reply_to, c.is_reply)
            for n, (_, c) in enumerate(found)], taken
