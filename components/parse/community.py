"""A brand's community topic (the Khoros / Lithium kind) read as comments: one message a numbered header.

Each message is headed by a block of short lines: a reply's subject ("Re: <topic>") perhaps, the
poster's name, a rank ("Super Contributor", "Community Manager") and perhaps an employer line, the
stamp ("16-11-2026 07:48 PM", often with a direction mark before it), then "Message 3 of 9"; under
it the topic's views on the first message and, on a reply, "In response to <name>". The text follows,
closed by its kudos count ("14 Kudos"), "Reply" and perhaps a "Labels:" list above them. The first
message opens the topic (the article): its subject is the topic's title and its stamp the page's date.
A message a moderator removed keeps its header; the notice stands as its text.
"""

import re
from collections import Counter

from .layout import RawComment, _date_value, _is_date_line, _name_like, _one_blank_line

_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MESSAGE_OF = re.compile(r"^message (?P<n>\d{1,5}) of (?P<of>\d{1,5})$", re.I)
_SUBJECT = re.compile(r"^re:\s*(?P<subject>\S.{0,200})$", re.I)
_VIEWS = re.compile(r"^\d[\d,.]*[km]?\s+views?$", re.I)
_IN_RESPONSE = re.compile(r"^in (?:response|reply) to\s+(?P<name>\S{1,40}(?: \S{1,40}){0,3})$", re.I)
_END_ROW = re.compile(r"^(?:reply|quote|report|labels:?|(?:\d[\d,.]*[km]?\s+)?kudos?(?:\s+\d[\d,.]*)?)$",
                      re.I)
_NUMERIC_DAY = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4})\b")
_HEADER_LINES = 5  # subject, name, rank, employer and stamp lines above "Message N of M", at most
_NAME_WORDS = 4
_MIN_MESSAGES = 2  # the opening message and one reply: the counters' agreement (below) says it is a topic


def _clean(line: str) -> str:
    return _INVISIBLE.sub("", line).strip()


def _header(lines: list[str], k: int) -> tuple[int, str, str, str] | None:
    """(first line, poster, subject, stamp) of the header above the "Message N of M" line k: the
    block of short lines over it, a stamp right above it and a name under the subject line."""
    top = k
    while top > 0 and _clean(lines[top - 1]) and k - top < _HEADER_LINES and not _END_ROW.match(
            _clean(lines[top - 1])):
        top -= 1
    block = [_clean(line) for line in lines[top:k]]
    if len(block) < 2 or not _is_date_line(block[-1]):
        return None
    subject = _SUBJECT.match(block[0])
    start = 1 if subject else 0
    name = block[start] if start < len(block) - 1 else ""
    if not _name_like(name, _NAME_WORDS):
        return None
    return top, name, subject["subject"].strip() if subject else "", block[-1]


def _answered(text: str, posters: set[str]) -> str | None:
    """The poster an "In response to <name>" line names: one of the topic's posters, or words a name
    or handle is made of (the poster answered may be on another page of the topic); None when the line
    is none ("In response to the recall notice, …": the message's own words)."""
    m = _IN_RESPONSE.match(text)
    if m is None or not (m["name"] in posters or _name_like(m["name"], _NAME_WORDS)):
        return None
    return str(m["name"])


def _under_header(lines: list[str], k: int, posters: set[str]) -> tuple[int, str]:
    """(the line after the header's tail, the poster answered) under the "Message N of M" line k: the
    views and "In response to" lines, the header's block ending at a blank line."""
    answered = ""
    j = k + 1
    while j < len(lines) and (text := _clean(lines[j])):
        if (name := _answered(text, posters)) is not None:
            answered = name
        elif not _VIEWS.match(text):
            break
        j += 1
    return j, answered


def _one_count(lines: list[str], marks: list[int]) -> bool:
    """Whether the "Message N of M" lines count one topic's messages: one total M over them all, N
    rising down the page (a page of a long topic may start at any N). Readers pasting the texts they
    got ("Message 1 of 2", "Message 1 of 3") count nothing of the page's."""
    counts = [m for k in marks if (m := _MESSAGE_OF.match(_clean(lines[k])))]
    numbers = [int(m["n"]) for m in counts]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    return len({m["of"] for m in counts}) == 1 and rising and numbers[-1] <= int(counts[0]["of"])


def _topic_title(lines: list[str], top: int, subjects: list[str]) -> str:
    """The topic's title among its replies' subjects ("Re: <topic>"): the one the page shows as its
    heading above the first message, else the one most replies keep (a reply may change its own)."""
    shown = {_clean(line) for line in lines[:top]}
    if heading := next((s for s in subjects if s in shown), ""):
        return heading
    best, n = Counter(subjects).most_common(1)[0] if subjects else ("", 0)
    return best if 2 * n > len(subjects) else ""


def _body_end(lines: list[str], start: int, stop: int) -> tuple[int, int]:
    """(where a message's text ends, where its rows end): the text runs to its first end row
    ("Labels:", "14 Kudos", "Reply"); the rows run on over the labels until the last of those rows."""
    end = next((j for j in range(start, stop) if _END_ROW.match(_clean(lines[j]))), stop)
    tail = end
    for j in range(end, stop):
        text = _clean(lines[j])
        if not text:
            break
        tail = j + 1
    return end, tail


def _day_first(stamps: list[str]) -> bool | None:
    """Whether the page's numeric stamps put the day first: a first field over 12 says so, a second
    over 12 says not; None when they do not tell (or are not numeric)."""
    days = [m for s in stamps if (m := _NUMERIC_DAY.match(s))]
    if any(int(m["a"]) > 12 for m in days):
        return True
    if any(int(m["b"]) > 12 for m in days):
        return False
    return None


def _iso(stamp: str, day_first: bool | None) -> str:
    """A stamp's date as YYYY-MM-DD, in the order the page's stamps settle."""
    m = _NUMERIC_DAY.match(stamp)
    if m is None or day_first is None:
        return _date_value(stamp)
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if day_first else (b, a)
    return f"{m['y']}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def community_topic(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """The replies of a community topic as comments, the lines they take (and the opening message's
    header and rows), the topic's title and its date; nothing when the page has no such topic."""
    marks = [k for k, line in enumerate(lines) if len(line) < 40 and _MESSAGE_OF.match(_clean(line))]
    heads = [(k, h) for k in marks if (h := _header(lines, k)) is not None]
    if len(heads) < _MIN_MESSAGES or not _one_count(lines, marks):
        return [], set(), "", ""
    comments: list[RawComment] = []
    taken: set[int] = set()
    subjects = [h[2] for _, h in heads if h[2]]
    posters = {h[1] for _, h in heads}
    for n, (k, (top, name, _, _)) in enumerate(heads):
        stop = heads[n + 1][1][0] if n + 1 < len(heads) else len(lines)
        start, answered = _under_header(lines, k, posters)
        end, tail = _body_end(lines, start, stop)
        taken |= set(range(top, start)) | set(range(end, tail))
        if n == 0 and not _SUBJECT.match(_clean(lines[top])):
            continue  # the opening message: the article
        text = _one_blank_line("\n".join(_clean(line) for line in lines[start:end]).strip())
        reply = bool(answered)
        comments.append(RawComment(len(comments) + 1, name, text, int(reply), answered, reply))
        taken |= set(range(start, end))
    if len(comments) < _MIN_MESSAGES - 1:
        return [], set(), "", ""
    first = heads[0][1]
    title = _topic_title(lines, first[0], subjects) if not first[2] else ""
    return comments, taken, title, _iso(first[3], _day_first([h[3] for _, h in heads]))
