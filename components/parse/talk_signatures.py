"""A wiki talk page's signature at the end of a comment's text: the editor's user name, the links
after it ("(talk)", "(talk · contribs)") and the stamp ("… merge it. Ann Lee (talk) 08:40, 20 November
2025 (UTC)").

The links make the signature certain, so the name before them is read more freely than a name at the
end of any prose line: a user name of a few words whose later words are in lower case ("Moss piglet"),
a capital inside a word ("DeVries", "WikiPro Writers"), digits, an IP address (IPv4 or IPv6) or a
temporary account ("~2025-31337-12") of a logged-out editor. Where the name ends the text begins: after
the text's last sentence end, a dash or a sign-off with its comma ("Cheers,"), which stay in the text
(the sentence end) or out of the name (the dash). A comment an editor left unsigned carries the wiki's
note instead ("— Preceding unsigned comment added by 86.14.22.9 (talk) 10:20, …"): the name in it is
the author, and the note is no part of the text.
"""

import re
from collections.abc import Callable

__all__ = ["split_talk_signature", "talk_user_line", "is_editor_address"]

# The user links after the name: "(talk)", "(talk · contribs)", "(talk | contribs)", "(t · c)".
_TALK_LINKS = re.compile(r"\s*\((?:talk|contribs|t)(?:\s*[·•|/]\s*(?:contribs|c|email))*\)\s*", re.I)
_IPV4 = r"\d{1,3}(?:\.\d{1,3}){3}"
# (three colons at least, or a "::": a clock's "16:05:00" is no address)
_IPV6 = r"(?=[0-9A-Fa-f:]*(?:::|(?::[0-9A-Fa-f]{0,4}){3}))[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
_TEMPORARY = r"~\d{4}-\d{1,6}-\d{1,4}"  # a temporary account's name ("~2025-31337-12")
_ANONYMOUS_EDITOR = re.compile(rf"(?:^|(?<=[\s.!?\"”')\]–—-]))(?P<name>{_IPV4}|{_IPV6}|{_TEMPORARY})$")
# The wiki's note under an unsigned comment (SineBot's, or the {{unsigned}} template's words).
_UNSIGNED_NOTE = re.compile(r"\s*[–—-]*\s*\(?\s*preceding (?:unsigned|undated) comment (?:was )?added by"
                            r"\s+(?P<name>\S.{0,60}?)\s*$", re.I)
# A word of a user name: letters, digits, dots, hyphens, underscores and apostrophes; the first word
# opens with a capital or a digit (a wiki capitalises a user name's first letter).
_FIRST_WORD = re.compile(r"^[A-Z\d][\w.'’&-]{0,40}$")
_LATER_WORD = re.compile(r"^[\w.'’&-]{1,40}$")
_NAME_WORDS = 3
# Where the text before the signature ends: a sentence's end (its closing quote or bracket perhaps),
# a dash, or the wiki's bold or italic marks closing a vote ("'''Support'''").
_TEXT_END = re.compile(r"(?:[.!?…][\"”’')\]]*\s+|['\"”’)\]]{2,}\s+|(?:\s|^)[–—-]{1,2}\s*)(?=\S)")
# A sign-off before the name ("Cheers,", "Kind regards,", "Thanks, and best wishes,").
_SIGN_OFF = re.compile(r"^(?:(?:kind|best|warm|many)\s+)?(?:regards|cheers|thanks|thank you|best|best wishes"
                       r"|all the best|ta|greetings|yours|sincerely)(?:\s+(?:and|&)\s+[a-z ]{2,20})?\s*,\s*",
                       re.I)
# Honorifics whose stop is no sentence's end ("Dr. Blofeld").
_HONORIFIC = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|St|Prof|Rev)\.$")
# A list's bullet or a wiki's list and indent marks opening the text ("• Support.", "*:* Support").
_LIST_MARKS = re.compile(r"^(?:[•·▪●◦]\s*|[*:#]+\s*)+")


def split_talk_signature(line: str, stamp: Callable[[str], bool]) -> tuple[str, str] | None:
    """(text, user name) of a line closed by a talk page's signature (above), else None; `stamp` says
    whether what follows the user links is a stamp and nothing else."""
    links = None
    for found in _TALK_LINKS.finditer(line):
        links = found  # the last user links on the line
    if links is None or not stamp(line[links.end():].strip()):
        return None
    head = line[:links.start()].rstrip()
    if (unsigned := _UNSIGNED_NOTE.search(head)) is not None:
        return _without_marks(head[:unsigned.start()]), unsigned["name"].strip(" –—-")
    if (anonymous := _ANONYMOUS_EDITOR.search(head)) is not None:
        return _without_marks(head[:anonymous.start()].rstrip(" –—-")), anonymous["name"]
    split = _text_and_name(head)
    if split is None:
        return None
    text, name = split
    return _without_marks(text), name


def _text_and_name(head: str) -> tuple[str, str] | None:
    """The text and the user name of a signed line's head (the line up to its user links): the name
    is what follows the text's last end (a sentence end, a dash), a sign-off left in the text."""
    ends = [m for m in _TEXT_END.finditer(head) if not _HONORIFIC.search(head[:m.end()].rstrip())]
    if not ends:
        return None
    cut = ends[-1].end()
    tail = head[cut:]
    if (sign_off := _SIGN_OFF.match(tail)) is not None:
        cut, tail = cut + sign_off.end(), tail[sign_off.end():]
    words = tail.split()
    if not 0 < len(words) <= _NAME_WORDS or not _user_name(words):
        return None
    text = head[:cut].rstrip(" –—-")
    return (text, " ".join(words)) if text.strip() else None


def _user_name(words: list[str]) -> bool:
    """Whether words are a user name: the first opens with a capital or a digit, no word but the last
    ends with a stop (a stop inside a name is an initial's: "J.R. Hartley")."""
    return (bool(_FIRST_WORD.match(words[0])) and all(_LATER_WORD.match(w) for w in words[1:])
            and not any(w.endswith(".") and len(w) > 2 for w in words[:-1]))


def _without_marks(text: str) -> str:
    """The comment's text without the list marks opening it."""
    return _LIST_MARKS.sub("", text.strip()).strip()


_ADDRESS = re.compile(rf"^(?:{_IPV4}|{_IPV6}|{_TEMPORARY})$")
_NAME_AND_LINKS = re.compile(r"^(?P<name>\S.{0,60}?)" + _TALK_LINKS.pattern + "$", re.I)


def is_editor_address(text: str) -> bool:
    """Whether a name is a logged-out editor's: an IP address or a temporary account ("~2025-31337-12")."""
    return bool(_ADDRESS.match(text.strip()))


def talk_user_line(line: str) -> str | None:
    """The user name of a wiki's name line (a talk page's Structured Discussions post): the name and its
    user links ("Moss piglet (talk | contribs)"), or a logged-out editor's address alone on its line;
    else None."""
    text = line.strip()
    if is_editor_address(text):
        return text
    linked = _NAME_AND_LINKS.match(text)
    if linked is None:
        return None
    name = linked["name"].strip()
    words = name.split()
    return name if is_editor_address(name) or (0 < len(words) <= _NAME_WORDS and _user_name(words)) else None
