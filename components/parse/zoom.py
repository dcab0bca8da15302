"""A meeting chat as Zoom saves it, read as comments: one message a stamped "From" header.

The app's saved chat (its "Save chat" file, or the file a recording keeps) writes each message as
"18:31:04 From Ann Lee to Everyone:" with the message on the next lines, indented by a tab; older
versions wrote one line, "18:31:04\\t From  Ann Lee : message" (" to  Everyone" perhaps before the
colon). A private message names whom it was sent to ("From Tom Hale to Ann Lee(Direct Message):",
"(Privately)"). A reply opens with the start of the message it answers ('Replying to "The flood
map…"') and a blank line; a reaction is a line of its own ('Reacted to "Thanks Priya…" with 👍'),
no one's comment. The sender is the display name, "to Everyone" no part of it. The file has no date
but a heading over it may ("Meeting chat - 12 Nov 2026"); on a page, the page's date line is the date.
"""

import re

from .layout import RawComment, _date_value
from .whatsapp import _title

_TIME = r"(?P<time>\d{1,2}:\d{2}(?P<seconds>:\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)"
# who to: "Everyone", "Ann Lee(Direct Message)", "Ann Lee (privately)", "Hosts and panelists"
_TO = r"(?:\s+(?i:to)\s+(?P<to>[^:\n]{1,80}?))?"
# the message under its header, or on it (the older form)
_HEADER = re.compile(rf"^{_TIME}\s+(?i:from)\s+(?P<name>[^:\n]{{1,80}}?){_TO}\s*:\s*$")
_ONE_LINE = re.compile(rf"^{_TIME}\s+(?i:from)\s+(?P<name>[^:\n]{{1,80}}?){_TO}\s*:\s+(?P<text>\S.*)$")
_PRIVATE = re.compile(r"\s*\((?:direct message|privately|private)\)$", re.I)
_EVERYONE = re.compile(r"^(?:everyone|all panelists|all participants|hosts? and panelists|waiting room"
                       r" participants|everyone in the waiting room)$", re.I)
_REPLYING = re.compile(r"^replying to\s+[\"“](?P<quote>.*?)[\"”]?\s*$", re.I)
_REACTION = re.compile(r"^(?:reacted to\s+[\"“].*[\"”]\s+with\s+\S{1,12}"
                       r"|removed an?\s+\S{1,12}\s+reaction from\s+[\"“].*[\"”])\s*$", re.I)
_CLIPPED = re.compile(r"\s*(?:\.\.\.|…)$")
_MIN_MESSAGES = 2
_SENDER_WORDS = 8
_HEADING_LINES, _HEADING_CHARS = 2, 100


def _header(line: str) -> re.Match[str] | None:
    """The "HH:MM:SS From …" header of a message (its text on it or under it), None for another line."""
    if not line[:1].isdigit() or len(line) > 5000 or "rom" not in line[:100]:
        return None
    text = line.strip()
    header = _HEADER.match(text) or _ONE_LINE.match(text)
    # a time without seconds ("18:31 From the chamber: …" opens a live blog's entry): only "From X to Y:"
    return header if header is None or header["seconds"] or header["to"] else None


def _name(header: re.Match[str]) -> tuple[str, str]:
    """The sender and, for a private message, whom it was sent to."""
    to = _PRIVATE.sub("", (header["to"] or "").strip()).strip()
    return header["name"].strip(), "" if not to or _EVERYONE.match(to) else to


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


def _quoted(quote: str, earlier: list[RawComment]) -> str:
    """The author of the latest earlier message a reply's quote is the start (or a part) of."""
    words = _words(_CLIPPED.sub("", quote))
    if not words:
        return ""
    return next((c.author for c in reversed(earlier) if words in _words(c.body)), "")


def _message(lines: list[str]) -> tuple[str, str]:
    """A message's text and the quote it opens with ('' when it is no reply); a reaction's text is ''."""
    rows = [line[1:] if line[:1] == "\t" else line for line in lines]
    rows = [row.rstrip() for row in rows]
    while rows and not rows[0].strip():
        rows.pop(0)
    quote = ""
    if rows and (replying := _REPLYING.match(rows[0].strip())):
        quote, rows = replying["quote"], rows[1:]
    text = "\n".join(row.strip() for row in rows).strip()
    return ("" if _REACTION.match(text) else text), quote


def _last_stop(lines: list[str], k: int, written: bool) -> int:
    """Where the last message (header at k) ends: after its indented lines, else (a copy that lost
    the tabs) after its lines up to the first blank line under its text; a reply's quote is no text."""
    stop = k + 1
    while stop < len(lines):
        line = lines[stop]
        if line.strip() and (line[:1] in "\t " or not written):
            written = not _REPLYING.match(line.strip())
        elif line.strip() or (written and lines[stop + 1:stop + 2] and lines[stop + 1][:1] not in "\t "):
            break
        stop += 1
    return stop


def _heading(above: list[str]) -> tuple[str, str]:
    """The title and date (YYYY-MM-DD) of a chat file's own heading over it, a line or two with no
    article ("Meeting chat - 12 Nov 2026", "Planning committee" over "12 November 2026"); ('', '')
    under a page's article."""
    rows = [line.strip() for line in above if line.strip()]
    if not rows or len(rows) > _HEADING_LINES or any(len(row) > _HEADING_CHARS for row in rows):
        return "", ""
    days = [(row, day) for row in rows if (day := _date_value(row))]
    titles = [row for row in rows if (row, _date_value(row)) not in days or len(rows) == 1]
    return (titles[0] if titles else ""), (days[0][1] if days else "")


def zoom_chat(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """The messages of a saved meeting chat as comments, the lines they take, a title (when the chat
    opens the page or its heading is over it) and the heading's date; nothing when the page has no
    such chat."""
    heads = [(k, m) for k, line in enumerate(lines) if (m := _header(line))
             and len(m["name"].split()) <= _SENDER_WORDS]
    if len(heads) < _MIN_MESSAGES:
        return [], set(), "", ""
    starts = [k for k, _ in heads]
    comments: list[RawComment] = []
    end = starts[-1] + 1
    for n, (k, head) in enumerate(heads):
        first = [head["text"]] if head.groupdict().get("text") else []
        stop = starts[n + 1] if n + 1 < len(heads) else _last_stop(lines, k, bool(first))
        end = max(end, stop)
        body, quote = _message(first + lines[k + 1:stop])
        if not body:
            continue
        name, to = _name(head)
        target = _quoted(quote, comments) if quote else to
        comments.append(RawComment(len(comments) + 1, name, body, 0, target, bool(quote)))
    if len(comments) < _MIN_MESSAGES:
        return [], set(), "", ""
    while end > starts[-1] + 1 and not lines[end - 1].strip():
        end -= 1
    title, day = _heading(lines[:starts[0]])
    if not title and not day:
        title = _title([], comments[0].body) if not any(line.strip() for line in lines[:starts[0]]) else ""
    return comments, set(range(starts[0], end)), title, day
