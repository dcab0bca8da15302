"""A drinks app's check-ins (the Untappd kind) read as comments.

A beer's or a venue's page on such an app lists check-ins, each headed by a line the app writes
from its fields, then the drinker's note, the check-in's details and an action row with the day:

    "Ann Lee is drinking a Harbour Porter by Saltpan Brewing Co. at The Anchor"   (the venue optional)
    "Lovely roast, a bit thin at the finish."                                    (the note, if any)
    "3.75" / "Draught" / "Earned the Dark Side (Level 4) badge!"                 (details, if any)
    "Toast   Comment   View Detailed Check-in   22 Nov 26"                       (the day on it or alone)

and under it the comments other drinkers left on the check-in, each a name, a date and the text
(the date over or under the text). The header line is the drinker's name, not the note's first
line, and the action row closes the check-in: it is no author of the comment after it. A check-in
without a note is no comment, but the comments on it are, each answering its drinker. The reader
needs two check-in headers at least, each closed by its day, the drink and the maker named as
names (capitalised), and the app's action row under one of them at least, so an article's "Mr Lee is
drinking a pint by the fire" or a diary's dated "Nell is drinking a mug of tea by the stove" is never
one.
"""

import re

from .layout import RawComment, _is_action_line, _is_date_line, _next_filled

# "Name is drinking a|an <beer> by <brewery>", " at <venue>" after it perhaps; never a sentence's end
_HEADER = re.compile(r"^(?P<name>\S.{0,50}?) is drinking (?:a|an) (?P<beer>\S.{0,80}?)"
                     r" by (?P<brewery>\S.{0,80}?)(?: at (?P<venue>\S.{0,80}?))?$")
_NAME_WORDS = 5
# A check-in's details between its note and its action row: a rating ("3.75", "(3.75)", "4/5",
# "Rating: 4"), the serving ("Draught", "Served in a Can"), a badge earned, friends tagged, where the
# drink was bought, the toasts counter.
_RATING = re.compile(r"^(?:rating:?\s*)?\(?\d(?:\.\d{1,2})?\)?(?:\s*/\s*5)?(?:\s*(?:caps|stars?))?$"
                     r"|^[★☆✩½]+$", re.I)
_SERVING = re.compile(r"^(?:served(?: in| as)?:?\s+(?:an? )?)?(?:draught|draft|bottle|can|cask|taster|crowler"
                      r"|growler|nitro|keg|tap)$", re.I)
_DETAIL = re.compile(r"^(?:earned the .{1,60} badge!?|tagged friends?:?.{0,80}"
                     r"|purchased at .{1,80}|\d[\d,]* toasts?|check-in added|global rating .{1,20})$", re.I)
_FIRM_ENDS = ("Co.", "Ltd.", "Inc.", "Corp.", "Bros.")  # a brewery's or an account's name ends so
_MIN_CHECKINS = 2
_REACH = 8  # lines from a header down to its action row or day, at most
_COMMENT_NAME_CHARS = 40


def _header(line: str) -> str:
    """The drinker's name of a check-in header line, else ''."""
    text = line.strip()
    if len(text) > 250 or (text[-1:] in ".!?\"”" and not text.endswith(_FIRM_ENDS)):
        return ""  # a sentence, unless the brewery's name closes it ("… by Saltpan Brewing Co.")
    match = _HEADER.match(text)
    if match is None:
        return ""
    name = match["name"].strip()
    if not (_proper(match["beer"]) and _proper(match["brewery"])):
        return ""  # "a mug of tea by the stove": a sentence's words, not the app's two named fields
    if len(name.split()) > _NAME_WORDS or name[-1:] in ",;:" or not name[:1].isalnum():
        return ""
    return name


def _proper(field: str) -> bool:
    """Whether a header's drink or maker opens as the app prints a product's or a firm's name: a capital
    or a digit ("Gannet Stout", "3 Sheds Brewing"), where a sentence has "a mug of tea by the stove"."""
    return field[:1].isupper() or field[:1].isdigit()


def _acted(lines: list[str], header: int, close: int) -> bool:
    """Whether the app's action row ("Toast   Comment") closes the check-in headed at `header`."""
    return any(_is_action_line(lines[k].strip()) for k in range(header + 1, close + 1) if lines[k].strip())


# friends tagged, "with Ann Lee, tom_r and Jo Bell": names or handles, where a note's "With the fish pie
# it was perfect" is a sentence
_WITH_NAME = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}|[\w.-]+)"
_WITH_FRIENDS = re.compile(rf"^(?i:with) {_WITH_NAME}(?:(?:, | and | & |, and ){_WITH_NAME}){{0,8}}"
                           r"(?: and \d+ others?)?$")


def _detail(line: str) -> bool:
    text = line.strip()
    return bool(_RATING.match(text) or _SERVING.match(text) or _DETAIL.match(text)
                or _WITH_FRIENDS.match(text))


def _closing(line: str) -> bool:
    """A check-in's action row or its day alone on a line."""
    text = line.strip()
    return bool(text) and (_is_action_line(text) or _is_date_line(text))


def _closed_at(lines: list[str], header: int, end: int) -> int | None:
    """The last line of the check-in headed at `header`: its action row or day (the other right under
    it perhaps), None when neither comes within _REACH lines."""
    for k in range(header + 1, min(end, header + 1 + _REACH)):
        if _closing(lines[k]):
            close = k
            while close + 1 < end and _closing(lines[close + 1]):
                close += 1
            return close
    return None


def _note(lines: list[str], header: int, close: int) -> str:
    """The drinker's note: the lines under the header up to the details and the action row."""
    text = [line.strip() for line in lines[header + 1:close] if line.strip()]
    while text and (_detail(text[-1]) or _closing(text[-1])):
        text.pop()
    return "\n".join(text)


def _comment_name(line: str) -> bool:
    """A commenter's name line under a check-in: short, no sentence end, no day or action row."""
    text = line.strip()
    return (0 < len(text) <= _COMMENT_NAME_CHARS and len(text.split()) <= _NAME_WORDS
            and (text[-1:] not in ".!?,;:" or text.endswith(_FIRM_ENDS))
            and not _closing(text) and not _detail(text))


def _paragraph(lines: list[str], k: int, end: int) -> tuple[list[str], int]:
    """The lines of the paragraph opening at or after line k (blank lines skipped before it), up to a
    blank line, a day or an action row, and the line after it."""
    k = _next_filled(lines, k, end)
    text: list[str] = []
    while k < end and lines[k].strip() and not _closing(lines[k]):
        text.append(lines[k].strip())
        k += 1
    return text, k


def _reply_at(lines: list[str], k: int, end: int) -> tuple[str, int] | None:
    """The text of the comment whose name line is line k (a name over a date and a paragraph of text,
    the date over or under the text) and the line after it, else None."""
    if not _comment_name(lines[k]):
        return None
    after = _next_filled(lines, k + 1, end)
    if after < end and _is_date_line(lines[after].strip()):  # the name, the day, the text
        text, stop = _paragraph(lines, after + 1, end)
    else:  # the name, the text, the day under it
        text, stop = _paragraph(lines, k + 1, end)
        if stop >= end or not _is_date_line(lines[stop].strip()):
            return None
        stop += 1
    return ("\n".join(text), stop) if text else None


def _more_paragraph(lines: list[str], k: int, end: int) -> tuple[str, int] | None:
    """A comment's next paragraph at line k and the line after it: text that opens no comment and is
    followed by one, or by the next check-in (never the page's text after the last one)."""
    text, stop = _paragraph(lines, k, end)
    after = _next_filled(lines, stop, end)
    if not text or stop == k or (after >= end and end == len(lines)):
        return None
    return ("\n".join(text), stop) if after >= end or _reply_at(lines, after, end) else None


def _replies(lines: list[str], start: int, end: int) -> tuple[list[tuple[str, str]], set[int]]:
    """The (name, text) of each comment on a check-in between `start` and `end` (see _reply_at), a
    paragraph after a comment's text perhaps more of it, and the lines read."""
    found: list[tuple[str, str]] = []
    taken: set[int] = set()
    k = _next_filled(lines, start, end)
    while k < end:
        if (reply := _reply_at(lines, k, end)) is not None:
            found.append((lines[k].strip(), reply[0]))
        elif found and (more := _more_paragraph(lines, k, end)) is not None:
            found[-1] = (found[-1][0], f"{found[-1][1]}\n\n{more[0]}")  # a comment's second paragraph
            reply = more
        else:
            break
        taken.update(range(k, reply[1]))
        k = _next_filled(lines, reply[1], end)
    return found, taken


def checkins(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The notes of a page's check-ins and the comments on them, and the lines they take; none when
    the page has fewer than _MIN_CHECKINS check-in headers closed by their day."""
    drinkers = {k: name for k, line in enumerate(lines)
                if " is drinking " in line and (name := _header(line))}
    if len(drinkers) < _MIN_CHECKINS:
        return [], set()
    headers = list(drinkers)
    ends = [*headers[1:], len(lines)]  # each check-in runs to the next one's header
    closes: list[int] = []
    for header, end in zip(headers, ends, strict=True):
        close = _closed_at(lines, header, end)
        if close is None:
            return [], set()
        closes.append(close)
    if not any(_acted(lines, header, close) for header, close in zip(headers, closes, strict=True)):
        return [], set()  # days alone under the headers: a diary's dated entries, not the app's list
    comments: list[RawComment] = []
    taken: set[int] = set()
    for header, close, end in zip(headers, closes, ends, strict=True):
        drinker = drinkers[header]
        if note := _note(lines, header, close):
            comments.append(RawComment(len(comments) + 1, drinker, note))
        replies, read = _replies(lines, close + 1, end)
        taken.update(range(header, close + 1), read)  # the lines read, none the reader skipped
        for name, text in replies:
            comments.append(RawComment(len(comments) + 1, name, text, depth=1, reply_to=drinker,
                                       is_reply=True))
    return comments, taken
