"""An exported WhatsApp chat read as comments: one message a stamped line, as the app writes it.

Android: "13/11/2026, 16:12 - Name: message" (US phones "11/13/26, 4:12 PM - Name: …"); iOS:
"[13/11/2026, 16:12:00] Name: message". A message's further lines follow its stamped line unstamped;
a message may open on the line after "… - Name:". The app's own lines (the encryption notice,
"X added Y", "X left", "<Media omitted>", "This message was deleted") are no one's comment. The
sender is a contact's name as saved ("Jo (Alfie's mum)", "Mo's dad"), an unsaved number
("+44 7700 900518") or a not-in-contacts profile name after a tilde ("~ Lisa", read as "Lisa").
"""

import re
from datetime import date

from .layout import RawComment, _addressed, _is_furniture

_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\u00a0\u202f\u2007]")
_DATE = r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{2}|\d{4}),?\s"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?)"
_STAMPS = (re.compile(rf"^\[{_DATE}{_TIME}\]\s(?P<rest>.*)$"),  # iOS
           re.compile(rf"^{_DATE}{_TIME}\s[-–]\s(?P<rest>.*)$"))  # Android
# the sender and a colon: a name as saved, no quotation mark in it (a system line's quoted group name)
_SENDER = re.compile(r"^(?P<name>[^:\"“”\n]{1,60}?):(?:\s+(?P<text>.*))?$")
_SENDER_WORDS = 6
_NOT_SAID = re.compile(
    r"^(?:<?(?:media|image|video|audio|sticker|gif|document|contact card|voice message) omitted>?"
    r"|(?:this message was deleted|you deleted this message)\.?"
    r"|<attached: [^<>]{1,200}>|null|missed (?:voice|video) call|waiting for this message\b.*)$", re.I)
# an attached file's line ("IMG-20261113-WA0003.jpg (file attached)"); a caption may follow it
_ATTACHED = re.compile(r"^\S{1,80}\.\w{2,4} \(file attached\)$", re.I)
_EDITED = re.compile(r"\s*<this message was edited>$", re.I)
_ENCRYPTED = re.compile(r"^messages(?: and calls)? (?:to this group )?are (?:now )?(?:secured with )?"
                        r"end-to-end encrypt", re.I)
_GROUP_NAME = re.compile(r"(?:created group|changed the subject (?:from \".{0,100}\" )?to|changed the group"
                         r" name (?:from \".{0,100}\" )?to)\s+[\"“](?P<group>[^\"“”]{1,100})[\"”]", re.I)
_AT_NUMBER = re.compile(r"^@\+?(?P<digits>\d{6,15})\b")
_MIN_MESSAGES = 3
_APP_MARK = ": \u200e"  # iOS: the app's own line (a notice, omitted media) opens with a direction mark
_STAMPED_SHARE = 3  # a chat's lines: one in three at least opens a message (few messages run longer)
_OPENERS = frozenset("0123456789[\u200e\u200f")
_TITLE_CHARS = 90


def _stamp(line: str) -> re.Match[str] | None:
    """The stamp of a chat line (iOS's bracketed one or Android's with a dash), None for another line."""
    if not line[:1].isdigit() and not line.startswith("["):
        return None
    return _STAMPS[0].match(line) or _STAMPS[1].match(line)


def _sender(rest: str) -> tuple[str, str] | None:
    """The sender and text of a stamped line's rest; None for the app's own line."""
    said = _SENDER.match(rest)
    if said is None or len(said["name"].split()) > _SENDER_WORDS:
        return None
    name = said["name"].strip().lstrip("~").strip()
    return (name, (said["text"] or "").strip()) if name else None


def _day_first(stamps: list[re.Match[str]]) -> bool:
    """Whether the export writes the day before the month: a first field over 12 says so, a second
    over 12 says not, else a 12-hour clock says month first (a US phone)."""
    if any(int(m["a"]) > 12 for m in stamps):
        return True
    if any(int(m["b"]) > 12 for m in stamps):
        return False
    return not any(m["time"].rstrip(".").lower().endswith("m") for m in stamps)


def _iso(stamp: re.Match[str], day_first: bool) -> str:
    """The stamp's date as YYYY-MM-DD ('' when it is no date)."""
    a, b, year = int(stamp["a"]), int(stamp["b"]), int(stamp["y"])
    day, month = (a, b) if day_first else (b, a)
    try:
        return date(year + 2000 if year < 100 else year, month, day).isoformat()
    except ValueError:
        return ""


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", text))


def _body(lines: list[str]) -> str:
    """A message's text: its lines, the app's "edited" note, attached files and omitted media left out."""
    text = _EDITED.sub("", "\n".join(line for line in lines if not _ATTACHED.match(line)).strip())
    return "" if _NOT_SAID.match(text) else text


def _target(body: str, latest: dict[str, int]) -> str:
    """The earlier sender a message opens by tagging ("@Tom Wells", or "@447700900518" for a number)."""
    number = _AT_NUMBER.match(body)
    if number:
        found = [(k, name) for name, k in latest.items() if re.sub(r"\D", "", name) == number["digits"]]
        return max(found)[1] if found else ""
    return _addressed(body, latest, {len(name) for name in latest}) if body.startswith("@") else ""


def _title(notices: list[str], first: str) -> str:
    """The group's name as the app's notices give it, else the first message's first sentence."""
    for notice in notices:
        if group := _GROUP_NAME.search(notice):
            return group["group"]
    sentence = re.split(r"(?<=[.!?])\s", first.split("\n")[0])[0]
    return sentence if len(sentence) <= _TITLE_CHARS else sentence[:_TITLE_CHARS - 1].rstrip() + "…"


# An article's sentence that leads in to the messages it prints: it speaks of messages ("Messages between
# the two were read to the jury.", "The texts, seen by the Courier, read:")
_LEAD_IN = re.compile(r"\b(?:messages?|texts?|WhatsApps?|chats?|exchanges?)\b", re.I)
_PROSE_WORDS = 6  # a sentence of the article, not a heading or a comment section's button
_QUOTED_MESSAGES = 12  # an article prints a few messages as evidence, not a whole chat
# A comment section's closing notice, however the site words it ("Comments on this story are now closed.",
# "Commenting has been closed.", "This discussion is closed."): the page's, never the article's prose
_CLOSING_NOTICE = re.compile(r"^(?:the )?(?:comments?|commenting|replies|(?:this )?(?:discussion|thread|"
                             r"conversation))\b.{0,50}\b(?:is|are|has been|have been|was|were) (?:now )?"
                             r"closed\b", re.I)


def _sentence(line: str) -> bool:
    """Whether a line reads as a sentence of an article: a few words, ending as a sentence or a lead-in,
    and no line of the site's ("Comments are closed for this article.", a copyright line): a comment
    section is often closed by such a line, an article's quoted messages by its prose."""
    text = line.strip()
    return (len(text.split()) >= _PROSE_WORDS and text[-1:] in ".!?:\"”" and not _is_furniture(text)
            and _CLOSING_NOTICE.match(text) is None)


def _quoted_in_article(lines: list[str], first: int, end: int, messages: int) -> bool:
    """Whether stamped messages stand inside an article's text as what it quotes (a court report's
    "Messages between X and Y were read to the jury." over a few messages, the report going on under
    them): the line before them a sentence about messages, the line after them another sentence, and
    few messages. An exported chat opens the page; a comment section is not led in to by a sentence
    about messages and is not followed by the article."""
    before = next((line.strip() for line in reversed(lines[:first]) if line.strip()), "")
    after = next((line.strip() for line in lines[end:] if line.strip()), "")
    return (messages <= _QUOTED_MESSAGES and _sentence(before) and _LEAD_IN.search(before) is not None
            and _sentence(after) and _stamp(_clean(after)) is None)


def chat_export(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """The messages of an exported chat as comments, the lines they take, a title (when the chat
    opens the page) and the date of its first member's message; nothing when the page has no such chat."""
    stamped = [(k, m) for k, line in enumerate(lines)
               if line[:1] in _OPENERS and len(line) < 5000 and (m := _stamp(_clean(line)))]
    said = [(k, m, s) for k, m in stamped if (s := _sender(m["rest"]))]
    if len(said) < _MIN_MESSAGES:
        return [], set(), "", ""
    starts = {k for k, _ in stamped}
    marked = {k for k, _, s in said if _APP_MARK in lines[k][:200] and not _NOT_SAID.match(s[1])}
    # iOS: the app's lines come from the group, by its name
    group = {s[0]: k for k, _, s in said if _ENCRYPTED.match(s[1]) or k in marked}
    notices = [m["rest"] for k, m in stamped if k not in {j for j, _, _ in said}]
    notices += [f'created group "{name}"' for name in sorted(group, key=group.__getitem__)]
    said = [(k, m, s) for k, m, s in said if s[0] not in group and _APP_MARK not in lines[k][:200]]
    found: list[tuple[str, str]] = []
    end = stamped[-1][0] + 1
    for k, _, (name, text) in said:
        stop = k + 1
        while stop < len(lines) and stop not in starts and (stop < stamped[-1][0] or lines[stop].strip()):
            stop += 1
        end = max(end, stop)
        found.append((name, _body([text] + [_clean(line) for line in lines[k + 1:stop]])))
    run = range(stamped[0][0], end)
    written = sum(1 for k in run if lines[k].strip())
    breaks = sum(1 for k in run if not lines[k].strip() and k + 1 < end and lines[k + 1].strip()
                 and k + 1 not in starts)  # a paragraph under a message: rare in a chat, common in an article
    if len(stamped) * _STAMPED_SHARE < written or breaks * 2 > len(said):
        return [], set(), "", ""  # a few dated lines among an article's paragraphs: no chat
    if _quoted_in_article(lines, stamped[0][0], end, len(said)):
        return [], set(), "", ""  # messages an article prints as its evidence: its text, not comments
    comments: list[RawComment] = []
    latest: dict[str, int] = {}
    for name, body in found:
        if not body:
            continue
        target = _target(body, latest)
        latest[name] = len(comments)
        comments.append(RawComment(len(comments) + 1, name, body, 0, target, bool(target)))
    if len(comments) < _MIN_MESSAGES:
        return [], set(), "", ""
    first = stamped[0][0]
    heads = not any(line.strip() for line in lines[:first])
    title = _title(notices, comments[0].body) if heads else ""
    # the chat's date is its first member's message: the app's lines before it (the group's creation,
    # the encryption notice) may be dated a year or more before anyone wrote
    dated = said[0][1] if said else stamped[0][1]
    return comments, set(range(first, end)), title, _iso(dated, _day_first([m for _, m in stamped]))
