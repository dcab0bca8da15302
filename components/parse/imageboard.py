"""An anonymous imageboard's thread (the 4chan / Futaba kind) read as comments: one post a header line.

Every post opens with one header line: the subject (on the opening post, perhaps), the poster's name
(`Anonymous` unless one is given, perhaps followed by a tripcode, `!Ab3dE5` or `!!Ab3dE5fG`), the
stamp in the board's form (`11/22/26(Sun)16:48:09`: month, day, two-digit year, weekday, time), the
post number (`No.201447730`), perhaps `[Reply]` and the backlinks of the posts that answer it
(`▶ >>201447788 >>201447802`). An image's lines (`File: name.jpg (188 KB, 1280x720)` and the bare
file name) stand under the header, or above the opening post's. A post's text opens with the quote
links of the posts it answers, each on its own line (`>>201447840`, `>>201447730 (OP)`); a line
opening with one `>` is greentext, the poster's own narration, and stays text. A moderator's
`(USER WAS BANNED FOR THIS POST)` closes a post and is not its words.

The opening post is the thread's article: its subject is the page's title and its stamp the page's
date. Every later post is a comment; one whose first quote link names another reply answers that
reply's poster, and one that quotes only the opening post answers nobody (the article is not a
comment). The thread ends at the board's navigation row (`[Post a Reply]`, `[Return] [Catalog] …`).
"""

import re

from .layout import RawComment, _one_blank_line

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_HEADER = re.compile(
    r"^(?P<head>\S.{0,200}?)\s(?P<month>\d{2})/(?P<day>\d{2})/(?P<year>\d{2})\(" + _WEEKDAY + r"\)"
    r"\d{2}:\d{2}(?::\d{2})?\sNo\.(?P<no>\d{3,12})(?:\s\[Reply\])?(?:\s▶(?:\s>>\d{3,12})+)?\s*$")
_TRIPCODE = re.compile(r"\s!{1,3}[\w.+/]{6,12}$")
_DEFAULT_NAME = "Anonymous"
_FILE_LINE = re.compile(r"^File:\s\S.{0,200}\(\d[\d.]*\s?[KMG]?B,\s\d{2,5}x\d{2,5}\)$")
_FILE_NAME = re.compile(r"^\S.{0,200}\.(?:jpe?g|png|gif|webp|webm|mp4)$", re.I)
_QUOTE_LINK = re.compile(r"^>>(?P<no>\d{3,12})(?:\s\(OP\))?$")
_BANNED = re.compile(r"^\((?:USER WAS (?:BANNED|WARNED) FOR THIS POST)\)$")
_NAV_ROW = re.compile(r"^\[[^\[\]]{1,40}\](?:\s\[[^\[\]]{1,40}\])*$")  # "[Return] [Catalog] [Bottom]"
_DELETE_ROW = re.compile(r"^Delete Post:\s\[")
_BOARD_TITLE = re.compile(r"^/[a-z0-9]{1,10}/ - \S.{0,60}$")  # "/tv/ - Television & Film"
_PASS_NOTICE = re.compile(r"^\S.{0,30} Pass users can bypass this verification\.")  # over the reply form
_MIN_POSTS = 3  # the opening post and two replies
_CHROME_REACH = 12  # lines above the opening post where the board's title and notices stand


def _board_chrome(lines: list[str], first: int, end: int) -> set[int]:
    """The board's own lines about the thread: its title and the posting pass notice above the
    opening post, the delete row under the last post."""
    above = {j for j in range(max(0, first - _CHROME_REACH), first)
             if _BOARD_TITLE.match(lines[j].strip()) or _PASS_NOTICE.match(lines[j].strip())}
    return above | {j for j in range(end, len(lines)) if _DELETE_ROW.match(lines[j].strip())}


def _name_and_subject(head: str, opening: bool) -> tuple[str, str]:
    """(poster, subject) of a header's words before the stamp: on the opening post the subject comes
    first and the board's default name splits it from the subject; a named poster with a subject
    cannot be split, so the words are all taken as the name (no title then)."""
    name = _TRIPCODE.sub("", head).strip()
    if opening and name.endswith(" " + _DEFAULT_NAME):
        return _DEFAULT_NAME, name[: -len(_DEFAULT_NAME)].strip()
    return name, ""


def _headers(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    return [(k, m) for k, line in enumerate(lines) if "No." in line and (m := _HEADER.match(line.strip()))]


def _rising(numbers: list[int]) -> bool:
    return all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def _file_lines(lines: list[str], k: int) -> int:
    """How many image lines (the `File:` line and the bare file name under it) start at line k."""
    if k < len(lines) and _FILE_LINE.match(lines[k].strip()):
        return 2 if k + 1 < len(lines) and _FILE_NAME.match(lines[k + 1].strip()) else 1
    return 0


def _thread_end(lines: list[str], start: int) -> int:
    """Where the last post's text ends: at the board's navigation or delete row."""
    return next((j for j in range(start, len(lines))
                 if _NAV_ROW.match(lines[j].strip()) or _DELETE_ROW.match(lines[j].strip())), len(lines))


def _iso(m: re.Match[str]) -> str:
    month, day = int(m["month"]), int(m["day"])
    return f"20{m['year']}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def imageboard_thread(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """The replies of an imageboard thread as comments, the lines they take (with the opening post's
    header and image lines), the thread's subject and the opening post's date; nothing when the page
    has no such thread."""
    heads = _headers(lines)
    if len(heads) < _MIN_POSTS or not _rising([int(m["no"]) for _, m in heads]):
        return [], set(), "", ""
    posters: dict[str, str] = {}
    opening = heads[0][1]["no"]
    comments: list[RawComment] = []
    taken: set[int] = set()
    title = ""
    for n, (k, m) in enumerate(heads):
        name, subject = _name_and_subject(m["head"], n == 0)
        posters[m["no"]] = name
        stop = heads[n + 1][0] if n + 1 < len(heads) else _thread_end(lines, k + 1)
        taken.add(k)
        start = k + 1 + _file_lines(lines, k + 1)
        taken |= set(range(k + 1, start))
        if n == 0:
            title = subject
            for j in range(max(0, k - 2), k):  # the opening post's image over its header
                if (files := _file_lines(lines, j)) and j + files == k:
                    taken |= set(range(j, k))
            continue  # the opening post: the article
        body = [lines[j].strip() for j in range(start, stop)]
        links = []
        while body and (link := _QUOTE_LINK.match(body[0])):
            links.append(link["no"])
            body.pop(0)
        body = [line for line in body if not _BANNED.match(line)]
        target = links[0] if links else ""
        answered = posters.get(target, "") if target and target != opening else ""
        text = _one_blank_line("\n".join(body).strip())
        comments.append(RawComment(len(comments) + 1, name, text, int(bool(answered)), answered,
                                   bool(answered)))
        taken |= set(range(start, stop))
    taken |= _board_chrome(lines, min(taken), _thread_end(lines, heads[-1][0] + 1))
    return comments, taken, title, _iso(heads[0][1])
