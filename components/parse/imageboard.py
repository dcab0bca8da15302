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
date. Every later post is a comment; one whose quote links name another reply answers the first
such reply's poster, and one that quotes only the opening post answers nobody (the article is not a
comment). The thread ends at the board's navigation rows (`[Post a Reply]`, `[Return] [Catalog] …`),
which are the board's, not the opening post's text.

The thread must be the page: a news story that quotes a few posts prints its own sentences above
them (the lead that introduces the posts), while a board prints only its menus, title and notices
over the opening post. Prose over the first header means the posts are quoted, not the page.
"""

import re

from .layout import RawComment, _one_blank_line

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_HEADER = re.compile(
    r"^(?P<head>\S.{0,200}?)\s(?P<month>\d{2})/(?P<day>\d{2})/(?P<year>\d{2})\(" + _WEEKDAY + r"\)"
    r"\d{2}:\d{2}(?::\d{2})?\sNo\.(?P<no>\d{3,12})(?:\s\[Reply\])?(?:\s▶(?:\s>>\d{3,12})+)?\s*$")
_TRIPCODE = re.compile(r"\s!{1,3}[\w.+/]{6,12}$")
_POSTER_ID = re.compile(r"\s\(ID:\s?[\w.+/]{4,12}\)$")  # "Anonymous (ID: Qm4Lp9Xz)": a per-thread poster ID
_CAPCODE = re.compile(r"\s##\s?[A-Z][\w]{1,20}$")  # "Anonymous ## Mod": a staff capcode
_DEFAULT_NAME = "Anonymous"
_FILE_LINE = re.compile(r"^File:\s\S.{0,200}\(\d[\d.]*\s?[KMG]?B,\s\d{2,5}x\d{2,5}\)$")
_FILE_NAME = re.compile(r"^\S.{0,200}\.(?:jpe?g|png|gif|webp|webm|mp4)$", re.I)
_QUOTE_LINK = re.compile(r"^>>(?P<no>\d{3,12})(?:\s\(OP\))?$")
_BANNED = re.compile(r"^\((?:USER WAS (?:BANNED|WARNED) FOR THIS POST)\)$")
_NAV_ROW = re.compile(r"^\[[^\[\]]{1,40}\](?:\s\[[^\[\]]{1,40}\])*$")  # "[Return] [Catalog] [Bottom]"
_NAV_LINKS = 2  # a lone bracketed line ("[citation needed]") is a post's text unless a row of links follows
_SENTENCE_STOP = re.compile(r"[a-z)\"”’'][.!?:](?:\s|$)")  # a sentence's end in a line of prose
_PROSE_WORDS = 8
_DELETE_ROW = re.compile(r"^Delete Post:\s\[")
_BOARD_TITLE = re.compile(r"^/[a-z0-9]{1,10}/ - \S.{0,60}$")  # "/tv/ - Television & Film"
_PASS_NOTICE = re.compile(r"^\S.{0,30} Pass users can bypass this verification\.")  # over the reply form
_MIN_POSTS = 3  # the opening post and two replies
_CHROME_REACH = 12  # lines above the opening post where the board's title and notices stand


def _board_chrome(lines: list[str], first: int, end: int) -> set[int]:
    """The board's own lines about the thread: its title and the posting pass notice above the
    opening post, the navigation and delete rows under the last post."""
    above = {j for j in range(max(0, first - _CHROME_REACH), first)
             if _BOARD_TITLE.match(lines[j].strip()) or _PASS_NOTICE.match(lines[j].strip())}
    below = {j for j in range(end, len(lines)) if _DELETE_ROW.match(lines[j].strip()) or _nav_row(lines, j)}
    return above | below


def _prose_over_thread(lines: list[str], first: int, chrome: set[int]) -> bool:
    """Whether a line of prose (several words and a sentence's stop) stands over the opening post's
    header, other than the board's own notices: a story that quotes posts introduces them so."""
    return any(j not in chrome and len(lines[j].split()) >= _PROSE_WORDS and _SENTENCE_STOP.search(lines[j])
               for j in range(first))


def _name_and_subject(head: str, opening: bool) -> tuple[str, str]:
    """(poster, subject) of a header's words before the stamp: on the opening post the subject comes
    first and the board's default name splits it from the subject; a named poster with a subject
    cannot be split, so the words are all taken as the name (no title then)."""
    name = _CAPCODE.sub("", _POSTER_ID.sub("", _TRIPCODE.sub("", head).strip())).strip()
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


def _nav_row(lines: list[str], k: int) -> bool:
    """A row of the board's links: two bracketed links or more, or one ("[Post a Reply]") with such a
    row the next line that is not blank; a lone bracketed line in a post ("[citation needed]") is text."""
    line = lines[k].strip()
    if not _NAV_ROW.match(line):
        return False
    if line.count("[") >= _NAV_LINKS:
        return True
    after = next((lines[j].strip() for j in range(k + 1, len(lines)) if lines[j].strip()), "")
    return bool(_NAV_ROW.match(after)) and after.count("[") >= _NAV_LINKS or bool(_DELETE_ROW.match(after))


def _thread_end(lines: list[str], start: int) -> int:
    """Where the last post's text ends: at the board's navigation or delete row."""
    return next((j for j in range(start, len(lines))
                 if _nav_row(lines, j) or _DELETE_ROW.match(lines[j].strip())), len(lines))


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
    if _prose_over_thread(lines, heads[0][0], _board_chrome(lines, heads[0][0], len(lines))):
        return [], set(), "", ""  # posts quoted in a story, not the page
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
        target = next((no for no in links if no != opening and no in posters), "")
        answered = posters.get(target, "")
        text = _one_blank_line("\n".join(body).strip())
        comments.append(RawComment(len(comments) + 1, name, text, int(bool(answered)), answered,
                                   bool(answered)))
        taken |= set(range(start, stop))
    taken |= _board_chrome(lines, min(taken), _thread_end(lines, heads[-1][0] + 1))
    return comments, taken, title, _iso(heads[0][1])
