"""A generic comment reader: the fallback for comment sections of kinds no specific reader knows.

A comment section repeats one template per comment: a short author line, a stamp (relative
"3 hours ago", "2h", an absolute date or time, a post number "#14"), the body (prose lines) and,
often, an action or counts row ("Reply", "Like 48", "▲ 41 ▼ 3"). This module labels every line
of a page by general signals (the layout's own predicates for stamps, action rows, badges and
furniture), cuts the page into runs of short lines ("blocks") and runs of prose ("bodies"), and
tries a few orders of author, stamp and body:

- head-body: the name and stamp stand above the body ("Ann Lee", "3 hours ago", body, "Reply");
- body-sign: they stand under it, or close its last line ("… the rules. – Ann Lee Mar 14, 2019");
- name-body-stamp: the name above the body, the stamp in the row under it ("Ann Lee", body,
  "3h · Like · Reply").

The reading that explains the most bodies wins (ties go to the one whose headers stand in the
paragraph of their bodies); the section runs from the first explained body after which two thirds
of the bodies are explained to the last one, between link headings ("More from …"). A thread with
no article above it keeps its opening post as the article. The reader runs only when the specific
readers found nothing (or far fewer comments than a counter on the page announces), and prefers
finding nothing to finding garbage: every comment needs a name-like author and a stamp, link
lists, headlines, tweet signatures and profile boxes are never comments, and without a comment
heading more comments and an end of page after them are asked for. Each line is labelled once,
with a bounded number of checks, so a page is read in time linear in its length.

The line signals are the layout's (its private predicates, imported on purpose: one definition of
a stamp or an action row for both readers); the layout imports this module only inside
find_sections, so the two never import each other at load time.
"""

import re
from collections import Counter
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from .layout import (
    _ARROW_VOTE,
    _BADGE_LINE,
    _CACHE_CLEARS,
    _COLUMN_BADGE,
    _COUNTS_ROW,
    _DASH_SIGN_OFF,
    _DAY_VERBS,
    _HALF_STAR_CHARS,
    _ICON_LIGATURE,
    _LABEL_COUNT,
    _MIN_COUNTERS,
    _POINTS_VOTE,
    _RELATIVE_STAMP,
    _REPLY_WORDS_LINE,
    _SIGN_OFF,
    _STAR_CHARS,
    _STAR_RATING,
    _STUDIO_CREDIT,
    _SURNAME_FIRST,
    _TAG_ROW,
    _TRANSLATED_NOTE,
    ACTION_WORDS,
    CHESS_TITLE_BEFORE,
    RawComment,
    _clean_author,
    _control_over_header,
    _in_tabs,
    _indent_of,
    _is_action_line,
    _is_comment_heading,
    _is_comment_meta,
    _is_date_line,
    _is_furniture,
    _is_link_heading,
    _is_profile_line,
    _is_stamp,
    _line_cached,
    _lines_up_to,
    _lone_control,
    _looks_like_title,
    _reply_marks,
    _reply_target,
    _reviewer_stats,
    _role_over_stamp,
    _sibling_answered,
    _social_profile,
    collapse_action_phrases,
    find_signature,
    helpful_row,
    is_registration_line,
    is_removal_notice,
    registration_label,
    tag_row,
    without_client,
    worded_furniture,
)

__all__ = ["Kind", "Block", "classify", "comment_count", "generic_comments", "fallback_comments",
           "split_stamp", "split_signature", "GENERIC_HEADINGS"]


class Kind(Enum):
    """What a non-blank line of a comment section is."""

    STAMP = "stamp"        # a date or time alone ("3 hours ago", "Mar 14, 2019 at 9:30")
    OPENER = "opener"      # a stamp that opens a post's header: a post number, a verb ("#14", "answered …")
    NAMED = "named"        # a name and a stamp on one line ("Ann Lee · 3h", "Ann Lee said on March 3, 2019")
    NAME = "name"          # a short name-like line ("Ann Lee", "quietfullback")
    ACTION = "action"      # an action, counts, badge or profile line ("Reply", "▲ 41 ▼ 3", "Top fan")
    OTHER = "other"        # a heading or other furniture
    SHORT = "short"        # a few words that are neither a name nor a sentence ("Improve this answer")
    PROSE = "prose"        # body text
    SIGNED = "signed"      # body text closed by a signature ("… rules. – Ann Lee Mar 14, 2019 at 9:30")


_BODY_KINDS = (Kind.PROSE, Kind.SIGNED)
_STAMPS = (Kind.STAMP, Kind.OPENER, Kind.NAMED)

# Headings and counters over comment sections that the layout's COMMENT_HEADINGS do not name:
# petitions ("Reasons for signing"), Q&A sites ("2 Answers"), blogs ("47 comments:"), notes and
# reaction counters of social pages ("1,204 notes"), "What people are saying".
GENERIC_HEADINGS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    r"^(\d[\d,.]*\s+)?(reader(s['’])?\s+|user\s+|visitor\s+|latest\s+|recent\s+|top\s+|all\s+"
    r"|customer\s+|player\s+|most (?:helpful|recent|relevant)\s+|recommended\s+|(?:most )?helpful\s+)?"
    r"(comments|replies|responses|answers|notes|reviews|messages|submissions)(\s*\(\s*\d[\d,]*\s*\))?\s*:?$",
    r"^\d[\d,.]*\s+(comment|response|answer|note|review|message|submission)\s*:?$",
    r"^reasons? (for|why people are) signing\b.{0,30}$",
    # a fundraiser's donors' messages: the organiser's updates above them are the page's own text
    r"^(words|messages) of (support|encouragement)(\s*\(\s*\d[\d,]*\s*\))?\s*:?$",
    r"^all related\s*\(\s*\d[\d,]*\s*\)$",
    r"^(comments|replies|reviews|answers|messages)\s+showing\s+\d[\d,]*(\s*[-–]\s*\d[\d,]*)?\s+of\s+\d[\d,]*"
    r"(\s*\(\d[\d,]* new\))?$",  # "Comments Showing 1-6 of 23 (23 new)"
    r"^what (people|readers|others|supporters|fans|users) (are|were) saying\W*$",
    r"^(?:ratings (?:and|&) reviews|reviews (?:and|&) ratings)$",  # an app store's heading
    r"^(comments?|replies|discussion|responses)\s*[·•|:]\s*\d[\d,]*$",
    r"^showing\s+(results\s+)?\d[\d,]*(\s*[-–]\s*\d[\d,]*)?\s+of\s+\d[\d,]*"
    r"(\s+(comments|submissions|reviews|responses|replies|answers|results|posts|entries))?$",
))
_COUNT = re.compile(r"\d[\d,]*")
_NUMBER_WORDS = frozenset({"comment", "comments", "reply", "replies", "response", "responses", "answer",
                           "answers", "notes", "posts", "messages", "reviews", "reactions",
                           "submissions"})

# Words a stamp may open with ("answered Mar 14, 2019 at 10:05", "posted on 3 March 2019").
_STAMP_VERB = re.compile(r"^(?:answered|asked|edited|posted|commented|replied|wrote|said|signed|updated"
                         r"|published|submitted|added|written|reviewed|responded|created|received"
                         rf"|last (?:edited|updated)|{_DAY_VERBS})"  # (and "Watched 19 Nov 2026")
                         r"(?:\s+(?:on|at))?:?\s+", re.I)
# Post numbers and anchors a stamp may carry or be: "#14", "(#58263118)", "Post #14", "@09:14AM".
_POST_NUMBER = re.compile(r"\(?(?:post\s*)?#\d{1,10}\)?"
                          r"|^(?:submission|entry|review|comment|post)\s+#?\d{1,10}$", re.I)
_AT_TIME = re.compile(r"(?<=\s)@\s?(?=\d)|^@(?=\d)")  # "@09:14AM", "16 Mar @ 9:14am"
_TIMEZONE_PAREN = re.compile(r"\((?:utc|gmt|[a-z]{2,5}t)\)$", re.I)
# Separators and words between a name and its stamp ("Ann ·", "Ann,", "Ann said", "Ann on").
_NAME_TAIL = re.compile(r"(?:\s*[·•|,–—:»-]\s*|\s+(?:said|says|wrote|writes|commented|replied|posted"
                        r"|signed|on|at|said on|wrote on|commented on|replied on|posted on)\b\s*:?)+$", re.I)
_NAME_HEAD = re.compile(r"^(?:\s*[·•|,–—:»-]\s*"
                        r"|(?:(?:posted|post|written|comment(?:ed)?|reply|signed)\s+)?by:?\s+"
                        # the comment's votes before the name ("▲ 61 kelp", "61 points by kelp")
                        rf"|{_ARROW_VOTE}(?=\S)|{_POINTS_VOTE} by\s+"
                        # a staff member's role in square brackets before the name ("[DEV] Ines_G")
                        r"|\[(?:dev|developer|mod|moderator|admin|staff|team|official|host|op)\]\s+)+", re.I)
_BY = re.compile(r"(?:^|\s)(?:(?:posted|post|written|comment(?:ed)?|reply|signed)\s+)?by:?\s", re.I)
# Links and counts after a stamp on a header line ("· 312 points", "| parent | next [–]").
_TRAILING_WORDS = frozenset(ACTION_WORDS | {"next", "prev", "root", "context", "flag", "hide", "favorite",
                                            "past", "link", "edited", "pinned", "points", "point"})
# A signature closing a line of prose: a dash (or tilde) and a name, or a name with a parenthesis
# of user links ("Name (talk · contribs)"), then the stamp.
_SIGN_DASH = re.compile(r"(?:^|\s|[.!?)\"”])[–—~-]{1,2}\s*(?P<name>[^\s–—~-][^–—~]{0,60}?)\s*$")
_TRAIL_PAREN = re.compile(r"\s*\((?!@)[^()]{1,40}\)\s*$")  # "(talk · contribs)", "(Report bug)"
_STAMP_TOKENS = 12  # the most words a stamp has ("on Monday March 18, 2019 @09:14AM (#58263118)")
_NAME_WORDS = 4     # a commenter's name or handle has at most this many words
_SHORT_WORDS = 3    # a line this short that does not end like a sentence is a label, not a body
_NAME_CHARS = 40
_NAME_LINE = 80     # a name line with its emoji, pronouns or "said:" is at most this long
_HANDLE = re.compile(r"^[\w.@:'’-]{2,40}\*{0,8}$")  # a handle, an address, a masked ID ("kest****")
_CAPITAL_WORD = re.compile(r"^(?:[A-Z\d@][\w.'’@-]*|[a-z]{1,4}|&)$")  # "Birds & Bees"
_LAST_WORD = re.compile(r"^[A-Z\d@][\w.'’@-]*\.?$|^[\w.@-]*[\d_][\w.@-]*$")
# Emoji and a fediverse server's :shortcodes: after a display name ("Tom Garside :rovers:").
# (and a rating in stars beside a reviewer's name, its half star with it: "ann_lee ★★★½", "ann_lee ½")
_DECORATION = re.compile(r"\s+:[a-z0-9_+-]{1,30}:(?=\s|$)"
                         r"|\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]"
                         rf"|(?<=[{_STAR_CHARS}])\s?[{_HALF_STAR_CHARS}]|\s+[{_HALF_STAR_CHARS}]$")
# A counts row of number-and-word parts ("3 boosts · 18 favourites", "Like 48 | Reply", "12 likes").
_COUNT_PART = re.compile(r"^(?:\d[\d,.]*[km]?\s+[a-z]+(?: [a-z]+)?|(?P<word>[a-z]+)(?:\s+\d[\d,.]*[km]?)?)$",
                         re.I)
# Words a count may follow ("Like 48", "Score 12"); a name with a figure ("Reader 7") is no count.
_COUNTED_WORDS = frozenset(ACTION_WORDS | {"score", "karma", "kudos", "favourites", "favorites", "boosts",
                                           "reblogs", "notes", "upvotes", "downvotes", "dislike", "love"})
_COUNT_SPLIT = re.compile(r"\s*[·•|,]\s*|\s{2,}")
_BARE_TIME = re.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?$")  # "18:51", "[09:04]"
_SENTENCE_END = ".!?\"”’;,)"
_VOTES = re.compile(r"^[\s▲▼△▽↑↓⬆⬇⇧⇩👍👎❤♥+−-]*\d[\d,.]*[km]?(?:[\s▲▼△▽↑↓⬆⬇⇧⇩👍👎❤♥+−|·•/-]+\d[\d,.]*[km]?)*"
                    r"[\s▲▼△▽↑↓⬆⬇⇧⇩👍👎❤♥]*$", re.I)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")  # no letter of any script ("❤️", "214"; "박지윤" has letters)
# A member's date of joining under the name: the label alone ("Joined", the date under it) or the
# label and a date or year, nothing else ("Member since 2016", "Joined Aug 2017", "Signed up 2 weeks
# ago"); a sentence or a name opening with the label is none ("Joined in 2011, never left.", "Joined
# Up Thinking").
_SINCE = re.compile(r"^(?:(?:member|user|customer|fan|subscriber) since|joined|registered|signed up)"
                    r"\b:?\s*(?P<date>.{0,40})$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A chat's notice that a member came into the channel ("joined #press along with 1 other"): no text.
_CHANNEL_JOIN = re.compile(r"^(?:joined|left) #[\w-]+(?: along with \d+ others?)?$", re.I)
# A web address alone (a link card's domain), never a commenter's handle.
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|io|gov|edu|info|news"
                     r"|tv|de|fr|es|it|nl|ie|au|ca|us|nz|in|ng|jp|example)(?:/\S*)?$", re.I)
_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# What a stamp holds (a figure or a relative word) and how it opens: only such cuts are tried.
_STAMPY = re.compile(r"\d|\b(?:ago|yesterday|today|just now)\b", re.I)
_STAMP_START = re.compile(r"(?:[\d#(@]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
                          r"|(?:january|february|march|april|june|july|august|september|october|november|december)"
                          r"(?=\s+\d{1,2}\b)"  # a month written out only before its day ("March 3")
                          r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"  # "Ann Monday, 9 May"
                          r"|fri|sat|sun|just|yesterday|today|an?|one|about|over|on|at|posted|answered|asked"
                          r"|edited|commented|replied|wrote|said|signed|updated|published|submitted|added|written|reviewed"
                          rf"|responded|created|last|{_DAY_VERBS})\b)",
                          re.I)
_BULLET = re.compile(r"^[•·▪●◦*-]\s+")
_LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")
_SUBJECT = re.compile(r"^re:\s*\S", re.I)


@dataclass(frozen=True)
class Block:
    """A run of lines of one kind group: short lines (`prose` False) or body text (`prose` True),
    as (line index, kind, name) triples; `name` is the author a name, stamp or signature line gives."""

    prose: bool
    lines: tuple[tuple[int, Kind, str], ...]


# Badges and roles after or under a name that the layout's badge list does not name.
_MORE_BADGES = re.compile(r"^(?:(?:co-?)?host|editor|guest|member|contributor|supporter|patron|premium|vip"
                          r"|team|official|bot|verified (?:signer|buyer|owner|user|purchase)"
                          r"|top \d+% commenter"
                          # a marketplace's label over a review of a product sent free to the reviewer
                          r"|(?:vine )?(?:customer )?review of (?:a )?free product"
                          r"|featured|staff pick|editor['’]?s pick|editors['’]? pick|top comment|highlighted"
                          r"|stickied(?: comment)?|pinned(?: comment)?|collaborator|(?:business )?owner"
                          r"|developer"
                          # a review's label over its text, the reviewer's earlier review collapsed under it
                          r"|(?:updated|previous|original|earlier) review"
                          # a review site's or a crowdfunding site's rank ("Super Reviewer", "Superbacker")
                          r"|super ?(?:reviewer|backer|fan|donor)|top (?:reviewer|critic|backer)"
                          r"|original poster|community manager"
                          # a reviewer's rank on a map or review site
                          r"|(?:level \d{1,2} )?local guide|top contributor|elite(?: ['’]?\d{2,4})?"
                          r"|pinned by (?:the )?(?:creator|author|host|op|moderators?|mods?)"
                          # a launch page's maker, an event page's organiser, a travel forum's expert
                          r"|maker|(?:co-?)?organi[sz]er|destination expert(?: for [^.!?]{1,40})?)$",
                          re.I)


def _is_badge(text: str) -> bool:
    """A commenter's badge or role alone ("Author", "Top fan", "Host")."""
    return bool(_BADGE_LINE.match(text) or _MORE_BADGES.match(text))


def _is_name(text: str) -> bool:
    """A short line that reads as a commenter's name or handle, never a sentence or a heading:
    one handle, or up to five words that open and close capitalised (short joining words between:
    "Priya from the North Stand"); emoji and :shortcodes: after it are left out. A name as a phone
    saves it is one too (_saved_name)."""
    if len(text) > _NAME_LINE:
        return False  # checked first: no pattern runs over a long line (a run of spaces stays linear)
    text = CHESS_TITLE_BEFORE.sub("", _DECORATION.sub("", text).strip())  # ("FM ann_lee": a chess title)
    return _name_alone(text) or _saved_name(text)


# How a phone's contacts and a chat app show a sender: an unsaved number ("+44 7700 900518"), a
# profile name not in the contacts after a tilde ("~ Lisa"), a name with who the person is in
# brackets or after a spaced dash ("Jo (Alfie's mum)", "Jo - Alfie's mum", a hyphened name's
# "Mary-Ann - Year 4 rep"), whose parent the person is ("Mo's dad").
_PHONE = re.compile(r"^\+\d[\d ().-]{6,20}\d$")
_TILDE_NAME = re.compile(r"^~\s+(?P<name>\S.*)$")
_LABEL_AFTER = re.compile(r"^(?P<name>[^()–—-]{1,30}?(?:\w-\w[^()–—-]{0,30}?)?)"
                          r"\s+(?:\((?P<paren>[^()]{1,30})\)"
                          r"|[-–—]\s+(?P<dash>[^()–—-]{1,30}))$")
_KIN = (r"(?:step-?)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandad"
        r"|grandpa|grandmother|grandfather|auntie|aunty|aunt|uncle|sister|brother|wife|husband|partner"
        r"|carer|childminder|nanny|son|daughter|parents?)")
_KIN_NAME = re.compile(rf"^[A-Z][\w-]{{0,20}}['’]s {_KIN}$")
_LABEL_WORDS = 4


def _saved_name(text: str) -> bool:
    """A sender's name as a phone shows it (above); the label beside a name is a few words, no
    sentence ("Jo (Alfie's mum)"; "Great - thanks." is a body)."""
    if text[:1] == "+":
        return bool(_PHONE.match(text)) and 8 <= sum(c.isdigit() for c in text) <= 15
    if text[:1] == "~":
        tilde = _TILDE_NAME.match(text)
        return tilde is not None and _name_alone(tilde["name"])
    if "'s " in text or "’s " in text:
        if _KIN_NAME.match(text):
            return True
    labelled = _LABEL_AFTER.match(text) if any(mark in text for mark in ("(", " -", "–", "—")) else None
    if labelled is None or not _name_alone(labelled["name"]) or len(
            _COUPLE.sub("", labelled["name"]).split()) > 3:  # ("Mr and Mrs K Tandy (Neutral)": three words)
        return False
    label = labelled["paren"] or labelled["dash"]
    return (len(label.split()) <= _LABEL_WORDS and label[-1:] not in _SENTENCE_END
            and bool(_LABEL_SAYS.search(label)))


# What a label beside a name says: whose the person is, a role, or a name or class ("Year 4 rep").
_LABEL_SAYS = re.compile(r"['’]s [a-z]|^(?i:admin|mod|moderator|host|owner|organi[sz]er|rep|chair|coach"
                         r"|teacher|staff|team)$|^[A-Z\d]")


def _name_alone(text: str) -> bool:
    """_is_name of a text without decorations, beside no label."""
    words = text.split()
    initial = len(words) > 1 and bool(_INITIAL.match(words[-1]) or _firm_end(words))  # "Maree L.", "Harbour
    # Cider Co.": a surname's initial or a firm's abbreviation after its name ends it with a full stop
    if (not 0 < len(words) <= _NAME_WORDS + 1 or len(text) > _NAME_CHARS
            or (text[-1] in _SENTENCE_END and not initial)):
        return False
    if len(words) == 1:
        return bool(_HANDLE.match(text)) and any(c.isalpha() for c in text) and not _DOMAIN.match(text)
    if words[-1].lower() in _GROUP_NOUNS:  # "Statutory Planning team"
        words = [*words[:-1], "X"]
    return (all(_CAPITAL_WORD.match(w) for w in words) and bool(_CAPITAL_WORD.match(words[0]))
            and words[0][:1].isupper() and bool(_LAST_WORD.match(words[-1])))


def _furniture_name(text: str) -> bool:
    """A line of the page's furniture, unless it is a business's name that a studio credit looks like
    ("Harbourside Wedding Films"): a business account comments under its name."""
    return _is_furniture(text) and not (_STUDIO_CREDIT.match(text.strip()) and _is_name(text.strip()))


_INITIAL = re.compile(r"^[A-Z]\.$")  # a surname's initial closing a name ("Maree L.")
_FIRM_ENDS = frozenset({"Co.", "Ltd.", "Inc.", "Corp.", "Bros.", "Plc."})  # a business's name closing so


def _firm_end(words: list[str]) -> bool:
    """Whether a name's words end with a firm's abbreviation after a capitalised word ("Saltpan
    Brewing Co.", "Marsh & Co."; "from the Co." is a sentence's end)."""
    before = words[-3] if words[-2] in ("&", "and") and len(words) > 2 else words[-2]
    return words[-1] in _FIRM_ENDS and before[:1].isupper()
# A team or desk answering for an organisation ("Statutory Planning team", "Customer Care desk").
_GROUP_NOUNS = frozenset({"team", "staff", "desk", "office", "unit", "department", "moderators", "support"})


def _stamp_text(text: str) -> str:
    """A would-be stamp without its opening verb, post numbers and "@" before a time."""
    text = _STAMP_VERB.sub("", text.strip(), count=1)
    text = _AT_TIME.sub("", _POST_NUMBER.sub(" ", text))
    return " ".join(_TIMEZONE_PAREN.sub("", text.strip()).split())


def _is_post_stamp(text: str) -> bool:
    """A stamp: a date or relative time (after a verb like "answered"), or a post number alone;
    a place or badge may stand before it ("Harlow · 3h")."""
    if len(text) > 120:
        return False
    if _POST_NUMBER.fullmatch(text.strip()) or _BARE_TIME.match(text.strip()):
        return True
    plain = _stamp_text(text)
    if not plain:
        return bool(_POST_NUMBER.search(text))
    return _is_stamp(plain) or (plain != text.strip() and _is_stamp(text.strip()))


def _pure_stamp(text: str) -> bool:
    """A stamp and nothing else (no place or name before it): "3 hours ago", "Mar 14, 2019 at 9:30"."""
    plain = _stamp_text(text).strip(" ·•|,–—-")
    if not plain:
        return bool(_POST_NUMBER.search(text))
    return bool(_BARE_TIME.match(plain) or _is_date_line(plain) or _RELATIVE_STAMP.match(plain))


def _trails(part: str) -> bool:
    """A part of a header line after its stamp: a badge, a count or the thread's links."""
    words = re.findall(r"[a-z]+", collapse_action_phrases(part).lower())
    listed = 0 < len(words) <= 3 and all(w in _TRAILING_WORDS for w in words)
    rated = bool(_STARS.match(part))  # "ann_lee · 19 Nov 2026 · ★★★½"
    return (_is_badge(part) or _is_meta(part) or listed or rated) and not _is_post_stamp(part)


def _author_name(text: str) -> str:
    """The name in an author line without its separators, place, badges, reply arrow and
    "said:" ('' when what is left is not name-like): "Ann Lee, Leeds," gives Ann Lee."""
    name = _NAME_TAIL.sub("", _NAME_HEAD.sub("", _USER_ID.sub("", text))).strip()
    if name.count(", ") in (1, 2, 3):  # "Name, Town, Country, 3 hours ago"
        name = name.split(", ", 1)[0].strip()
    name = _SEPARATOR.split(name, maxsplit=1)[0].strip()  # "Ann Lee · Author"
    cleaned = _clean_author(name)[0]
    if (not cleaned or _STAMP_VERB.match(cleaned + " ") or (_is_meta(cleaned) and not _saved_name(cleaned))
            or _furniture_name(cleaned)
            or _WEEKDAY.match(cleaned)):
        return ""  # "answered Mar 14, 2019", "Reply · 2h", "Share · 3 days ago" name nobody
    return name if _is_name(cleaned) or _ANONYMOUS.match(cleaned) else ""  # "[deleted] | Mar 11, 2026"


# A commenter's name and the part of the work the comment is on, before the stamp ("kestrel on
# Chapter 4 Thu 19 Nov 2026 10:14PM UTC", "Ann Lee on Part 2 · 3 days ago"): a short place, no sentence.
_ON_PLACE = re.compile(r"^(?P<name>\S.{0,40}?)\s+on\s+(?P<place>[^\s.!?,;:][^.!?;:]{0,40})$")
_PLACE_WORDS = 5


def _posted_on(words: list[str]) -> tuple[str, str] | None:
    """(name, stamp) of a "Name on Place stamp" line, the place capitalised (a titled part:
    "Chapter 4", "Sunset at Harrow", not "the ridge path") and at most _PLACE_WORDS words; a bare
    number before a whole stamp is the place's ("Chapter 4", "Part 2"), not the stamp's."""
    for cut in range(max(2, len(words) - _STAMP_TOKENS), len(words)):
        stamp = " ".join(words[cut:])
        if not _STAMP_START.match(stamp) or not _pure_stamp(stamp):
            continue
        if words[cut].isdigit() and cut + 1 < len(words) and _pure_stamp(" ".join(words[cut + 1:])):
            continue
        on = _ON_PLACE.match(" ".join(words[:cut]))
        if on is None or len(on["place"].split()) > _PLACE_WORDS or not on["place"][0].isupper():
            return None  # a place is a titled work's part ("Chapter 4"), not "the ridge path"
        name = _author_name(on["name"])
        return (name, stamp) if name else None
    return None


# A page's own date under its label ("First published 3 March 2026", "Originally posted Mar 3"): no
# commenter named "First".
_DATE_LABEL_LINE = re.compile(r"^(?:first|originally|initially|most recently)\s+(?:published|posted|updated"
                              r"|aired|broadcast|filed)\b", re.I)


def split_stamp(line: str) -> tuple[str, str] | None:
    """(name, stamp) of a line that holds a commenter's name and a stamp, the stamp after the name
    or, after "by", before it ("Ann Lee · 3h", "Ann Lee said on March 3, 2019", "3 hours ago by Ann
    Lee"), else None. Tries at most _STAMP_TOKENS cuts, so a line costs a bounded number of checks."""
    text = without_client(_BULLET.sub("", line.strip()))  # ("… · from Android": the app it was sent from)
    if len(text) > 160 or not _STAMPY.search(text):
        return None  # no figure and no stamp word: no stamp (most lines, at the cost of one search)
    parts = _SEPARATOR.split(text)
    while len(parts) > 1 and _trails(parts[-1]):  # "Ann Lee · Mar 16, 2019 · Host", "… · 312 points"
        parts.pop()
    text = _COLUMN_BADGE.sub("", " · ".join(parts))  # "Ivo Brandt   Pro   5d"
    words = text.split()
    if len(words) < 2 or _STAMP_VERB.match(text) or _DATE_LABEL_LINE.match(text):
        return None  # "Last updated: 10 April 2024", "Posted on March 3" open with their stamp's verb,
        # "First published 3 March 2026" with the label of the page's own date
    for cut in range(max(1, len(words) - _STAMP_TOKENS), len(words)):
        stamp = " ".join(words[cut:])
        if not _STAMP_START.match(stamp.lstrip(" ·•|,–—:»-")):
            continue
        if _pure_stamp(stamp) and (name := _author_name(" ".join(words[:cut]))) and " on " not in name and (
                not _signed_head(" ".join(words[:cut]))) and not _DAY_OF_WEEK.match(name):
            return name, stamp.strip(" ·•|,–—-")
    columns = _COLUMNS.split(text.strip())  # (its badges gone: "marrow b · OP · 14h", "tin whistle   14h")
    if len(columns) == 2 and _lower_name(columns[0], columns[1]) and _pure_stamp(columns[1]):
        return columns[0].strip(), columns[1].strip(" ·•|,–—-")  # "expat in krakow | 23.11.2026, 12:20"
    if (comma := _LOWER_COMMA.match(text)) and _lower_name(comma["name"], comma["stamp"]) and _pure_stamp(
            comma["stamp"]) and not _TIME_WORDS & set(comma["name"].split()):
        return comma["name"], comma["stamp"]  # "lisa m, 12 Mar 2026": a review site's "name, date" header
    if " on " in text and (placed := _posted_on(words)) is not None:
        return placed
    if not _BY.search(text):
        return None
    for cut in range(min(len(words) - 1, _STAMP_TOKENS), 0, -1):
        rest = " ".join(words[cut:]).lstrip(" ·•|,–—:-")
        if _BY.match(rest) and _pure_stamp(" ".join(words[:cut])) and (name := _author_name(rest)):
            return name, " ".join(words[:cut])  # a name after its stamp only when "by" says so
    return None


# A weekday, its day's figure perhaps: the opening of a date ("Tue 10 Nov 2026"), never a name before a stamp.
_DAY_OF_WEEK = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                          r"(?:day|sday|nesday|rsday|urday)?\.?,?"
                          r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$", re.I)


# The columns of a header line: apart by a separator, a run of spaces or a tab.
_COLUMNS = re.compile(r"\s+[·•|]\s+|\s{2,}|\t+")
# A lower-case display name and its stamp after a comma ("lisa m, 12 Mar 2026", "sunny k, 3 days ago"),
# the header "Name, date" that review and podcast sites print: a name only as _lower_name allows.
_LOWER_COMMA = re.compile(r"^(?P<name>[a-z][^,]{1,40}),\s(?P<stamp>[^,]{3,40}(?:,\s?[^,]{2,20})?)$")
# (a time phrase before a date is the sentence's: "last week, 12 March")
_TIME_WORDS = frozenset({"last", "next", "this", "every", "early", "late", "earlier", "later", "since",
                         "until", "before", "after", "ago", "week", "weekend", "month", "year", "day", "days",
                         "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "noon",
                         "midnight", "spring", "summer", "autumn", "fall", "winter", "then", "now", "once"})


def _signed_head(head: str) -> bool:
    """Whether the text before a stamp is a sentence signed after a dash ("Honestly, read the policy. –
    Ann Lee"), a Q&A site's comment on one line, not a name and its place ("Ann Lee, Leeds"): the
    words before a comma are no commenter where a sentence ends before the dash."""
    dash = _SIGN_DASH.search(head) if "," in head else None
    said = head[:dash.start() + 1].rstrip(" –—~-") if dash is not None else ""
    return "," in said and said[-1] in ".!?…”\")"


# A display name typed in lower case, of two to four words, a figure among them perhaps ("expat in
# krakow", "sunny k", "mossy boots 42"): a name only where a separator and a stamp follow it on its
# line, or a stamp line right under it (_lower_header).
_LOWER_NAME = re.compile(r"^[a-z][a-z\d'’._-]*(?: [a-z\d][a-z\d'’._-]*){1,3}$")
_NO_NAME_START = re.compile(r"^(?:the|a|an|this|that|my|our|your|in|on|at|by|for|from|to|and|or|not|no|see"
                            r"|read|show|view|load|sort|reply|share|report|like)\b")
_CLOCK = re.compile(r"\d:\d\d")
# An article or a possessive may open a display name of three words or more ("the quiet setter", "my two
# cents"); of two, it is the page's label ("the latest", "our picks").
_DETERMINER_START = re.compile(r"^(?:the|a|an|my|our|your) \S+ \S+")


# A user name of two or three words whose first alone is capitalised ("Moss piglet", "Karakoram lass"), as
# a wiki capitalises a user name's first letter: read over a stamp like a lower-case name (above), never
# a control's or a label's words ("Load more", "Top comment", "Most recent").
_CAPITAL_LOWER_NAME = re.compile(r"^[A-Z][a-z\d'’._-]+(?: [a-z\d][a-z\d'’._-]*){1,2}$")
_NO_CAPITAL_NAME = re.compile(r"^(?:hide|all|most|top|new|newest|oldest|more|best|latest|recent|first|last"
                              r"|posted|written|updated|edited|pinned|featured|comments?|replies|staff|view)\b")


def _capital_then_lower(text: str) -> bool:
    """Whether a line is a user name of a capitalised word and lower-case ones (above)."""
    folded = text.lower()
    return (len(text) <= _NAME_CHARS and bool(_CAPITAL_LOWER_NAME.match(text))
            and not _NO_NAME_START.match(folded) and not _NO_CAPITAL_NAME.match(folded)
            and not _is_badge(text) and not _STAMP_VERB.match(text + " ") and not _is_meta(text)
            and not _furniture_name(text))


def _lower_header(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a line of a few words is a lower-case display name over its comment's stamp ("the quiet
    setter" over "2 hours ago", then the comment): it opens its paragraph (a blank line, an action row
    or a heading right over it; a line of a body over it makes it the body's last), a stamp alone is
    the next line, and the comment's text follows the stamp."""
    k, kind, _ = rows[n]
    if kind not in (Kind.SHORT, Kind.PROSE) or len(lines[k]) > _NAME_LINE or n + 2 >= len(rows):
        return False
    opens = n == 0 or rows[n - 1][0] < k - 1 or rows[n - 1][1] in (Kind.ACTION, Kind.OTHER)
    stamp_k, stamp_kind, _ = rows[n + 1]
    return (opens and stamp_kind in (Kind.STAMP, Kind.OPENER) and stamp_k == k + 1
            and _pure_stamp(lines[stamp_k]) and rows[n + 2][1] in _BODY_KINDS
            and (_lower_name(lines[k], lines[stamp_k]) or _capital_then_lower(lines[k].strip())))


def _role_header(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a site's role alone ("Moderator") right over its stamp stands in a name's place: opening a
    comment's header, no name line over it, or signing the text above it as the section's other names
    do: the message is signed by the role, which is its author (a badge under a name stays one)."""
    k, kind, _ = rows[n]
    if kind not in (Kind.ACTION, Kind.OTHER, Kind.SHORT) or n + 1 >= len(rows) or (
            not _role_over_stamp(lines, k)):
        return False
    opens = n == 0 or rows[n - 1][0] < k - 1 or rows[n - 1][1] in (Kind.ACTION, Kind.OTHER)
    if opens and n + 2 < len(rows) and rows[n + 1][0] == k + 1 and rows[n + 2][1] in _BODY_KINDS:
        return True
    return _signed_under(rows, n) and any(_signed_under(rows, m) for m in range(1, len(rows) - 1)
                                          if m != n and rows[m][1] is Kind.NAME)


def _signed_under(rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n stands right under a text's last line and right over a stamp: a signature under
    the message ("… removed.", "Moderator", "2 days ago"), as the section's other messages are signed."""
    k = rows[n][0]
    return (0 < n < len(rows) - 1 and rows[n - 1][1] in _BODY_KINDS and rows[n - 1][0] == k - 1
            and rows[n + 1][1] in _STAMPS and rows[n + 1][0] == k + 1)


_CONTROL_HEADER = 6  # the lines a lone control and the first comment's header under it may take


def _mark_leading_control(lines: list[str], rows: list[tuple[int, Kind, str]]) -> None:
    """A lone sort choice or loader ("Newest", "Load more"), or a run of them one per line ("Oldest",
    "Newest"), at the section's head (the first lines read, or right under its heading) over the first
    comment's own header (a name under it before the text), is the widget's control: furniture there
    only; further down, or over a header with no other name, the word is a commenter's name."""
    for n, (_, kind, _) in enumerate(rows):
        if kind in _STAMPS:
            return  # the first comment's header has begun: nothing under it is the section's head
        if n and not (rows[n - 1][1] is Kind.OTHER and _is_heading(lines[rows[n - 1][0]].strip())):
            continue
        end = n
        while end < len(rows) and rows[end][1] in (Kind.NAME, Kind.OTHER) and (
                _lone_control(lines[rows[end][0]])):
            end += 1
        under = [lines[j] for j, _, _ in rows[end - 1:end - 1 + _CONTROL_HEADER]]
        if end > n and _control_over_header(under):
            for m in range(n, end):
                rows[m] = (rows[m][0], Kind.OTHER, "")
            return


_PROFILE_TITLE_LINES = 2  # a custom title, a rank ("Cardboard Addict", "Senior Member") under the name
_PROFILE_TITLE_CHARS = 40
# The most rows a box stands over its registration line: the name, its titles, the post's stamp, a
# badge or two (a page of action rows over each other is no box: its walk stops here).
_PROFILE_BOX_ROWS = 6


def _registration_row(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n is a poster's registration line (its date with it or under it), not a stamp."""
    return rows[n][1] is Kind.ACTION and is_registration_line(lines[rows[n][0]])


_BOX_ABOVE = (Kind.STAMP, Kind.OPENER, Kind.ACTION, Kind.OTHER)  # what closes the post above a box


def _box_top(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> int:
    """The first row of the poster's box that registration row n closes: the rows right over it, one
    under another, of the name, up to _PROFILE_TITLE_LINES short title lines, profile fields, and the
    post's stamp perhaps ("Grumbold", "Senior Member", "Mar 14, 2024", "Joined Jun 2015")."""
    top, titles, stamps = n, 0, 0
    while (top and rows[top - 1][0] == rows[top][0] - 1 and titles <= _PROFILE_TITLE_LINES
           and n - top < _PROFILE_BOX_ROWS):
        kind = rows[top - 1][1]
        short = len(lines[rows[top - 1][0]].strip()) <= _PROFILE_TITLE_CHARS
        if kind in _STAMPS and not stamps:
            stamps += 1
        elif not (kind is Kind.ACTION or short and kind in (Kind.NAME, Kind.SHORT, Kind.PROSE)):
            break
        top -= 1
        titles += kind in (Kind.NAME, Kind.SHORT, Kind.PROSE)
    while top < n and rows[top][1] in (*_STAMPS, Kind.ACTION):
        top += 1  # (the post above's stamp or buttons: no line of this box)
    return top


def _mark_profile_boxes(lines: list[str], rows: list[tuple[int, Kind, str]]) -> None:
    """A forum poster's box over (or beside) each post: the name, a custom title or rank of the
    poster's own ("Cardboard Addict", "Ask me about trains!"), then the registration line. The date
    under a lone "Joined" label is the day the poster registered (profile, not the post's stamp), and
    the title lines between the name and the registration line are the box's (profile), not a second
    name: the post's author is the name line the box opens with."""
    for n in range(len(rows)):
        if not _registration_row(lines, rows, n):
            continue
        k = rows[n][0]
        if (registration_label(lines[k]) and n + 1 < len(rows) and rows[n + 1][0] == k + 1
                and rows[n + 1][1] in _STAMPS):
            rows[n + 1] = (k + 1, Kind.ACTION, "")  # "Joined" over "Mar 2, 2011": the day of joining
        top = _box_top(lines, rows, n)
        if top < n and rows[top][1] is Kind.SHORT and len(lines[rows[top][0]].strip()) <= _NAME_CHARS and (
                top == 0 or rows[top - 1][0] < rows[top][0] - 1 or rows[top - 1][1] in _BOX_ABOVE):
            rows[top] = (rows[top][0], Kind.NAME, lines[rows[top][0]].strip())  # a handle of lower-case
            # words opening the box ("dice goblin" over "Senior Member")
        name = next((m for m in range(top, n) if rows[m][1] is Kind.NAME), None)
        if name is None:
            continue
        for m in range(name + 1, n):
            if rows[m][1] in (Kind.NAME, Kind.SHORT, Kind.PROSE):
                rows[m] = (rows[m][0], Kind.ACTION, "")  # the title under the name


def _lower_name(text: str, stamp: str) -> bool:
    """A lower-case display name (above) before or over this stamp, never a phrase of the page's ("show
    more", "posted in news"); one that opens with an article only before a time of day or an age ("the
    quiet setter · 2h"), as a masthead stands before its day ("the harbour post | 23.11.2026")."""
    text = text.strip()
    determined = bool(_DETERMINER_START.match(text)) and bool(_CLOCK.search(stamp)
                                                               or _RELATIVE_STAMP.match(stamp.strip()))
    return (len(text) <= _NAME_CHARS and bool(_LOWER_NAME.match(text)) and text[-1] not in _SENTENCE_END
            and (not _NO_NAME_START.match(text) or determined)
            and not _STAMP_VERB.match(text + " ") and not _is_meta(text) and not _furniture_name(text))


def split_signature(line: str) -> tuple[str, str] | None:
    """(body, name) of a line of prose closed by a signature and a stamp ("… rules. – Ann Lee
    Mar 14, 2019 at 9:30", "… agree. Kestrel (talk) 09:14, 19 March 2019 (UTC)"), else None. Only
    the line's last 200 characters are read."""
    text = line.rstrip()
    words = text[-200:].split()
    if len(words) < 4 or find_signature(text[-300:], 0) is not None:
        return None  # an embedded post's signature ("— Name (@handle) March 3, 2019") is the article's
    if (talk := _talk_signed(text)) is not None:
        return talk
    for cut in range(max(1, len(words) - _STAMP_TOKENS), len(words) - 1):
        stamp = " ".join(words[cut:])
        if not (stamp[:1].isdigit() or stamp[:1].isupper()) or not _pure_stamp(stamp):
            continue
        name = _tail_name(" ".join(words[:cut]))
        body = text[:text.rfind(name)].rstrip(" –—~-") if name else ""
        if len(body.split()) >= 2:
            return body, name
    return None


def _talk_user(text: str) -> str | None:
    """The user name of a wiki's name line (its user links after it, or an editor's address), else None."""
    if "(" not in text and not text[:1].isdigit() and text[:1] != "~" and ":" not in text:
        return None
    from .talk_signatures import talk_user_line
    return talk_user_line(text)


def _talk_signed(text: str) -> tuple[str, str] | None:
    """(text, user name) of a line closed by a wiki talk page's signature, else None."""
    if "(" not in text[-120:]:
        return None
    from .talk_signatures import split_talk_signature
    signed = split_talk_signature(text[-2000:] if len(text) > 2000 else text, _pure_stamp)
    if signed is None or len(signed[0].split()) < 1:
        return None
    return signed


def _tail_name(head: str) -> str:
    """The signature's name text ends with ('' for none): after a dash or tilde ("… rules. – Ann
    Lee"), or after a sentence's end (or "by") and before a parenthesis of user links ("… agree.
    Kestrel (talk)", "… added by Kestrel (talk · contribs)")."""
    paren = _TRAIL_PAREN.search(head)
    core = head[:paren.start()] if paren else head
    dash = _SIGN_DASH.search(core)
    if dash is not None and (_is_name(signer := dash.group("name").strip()) or _placed_name(signer)):
        return signer.split(",")[0].strip()  # ("– Ann Lee, Leeds": the commenter and the town)
    words = core.split() if paren else []
    for n in range(min(_NAME_WORDS, len(words) - 1), 0, -1):  # the longest name
        name, before = " ".join(words[-n:]), words[-n - 1]
        if (before[-1:] in _SENTENCE_END + "–—-~:" or before.lower() == "by") and _is_name(name):
            return name
    return ""


# A place after a signer's name and a comma: one to three capitalised words ("Leeds", "New York").
_PLACE_AFTER = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")


def _placed_name(signer: str) -> bool:
    """Whether a signature is a name and its town after a comma ("Ann Lee, Leeds"), as a one-line
    comment is signed on a site that asks for both; one comma only, the name a name."""
    name, comma, place = signer.partition(",")
    return (bool(comma) and "," not in place and _is_name(name.strip())
            and bool(_PLACE_AFTER.match(place.strip())))


@_lines_up_to(80)  # pages repeat their short lines (names, stamps, buttons)
def _is_heading(text: str) -> bool:
    """A comment section's heading or counter ("Comments", "47 comments:", "Reasons for signing")."""
    return len(text) <= 80 and (_is_comment_heading(text) or any(p.match(text) for p in GENERIC_HEADINGS))


def _since_line(text: str) -> bool:
    """Whether a line is a member's date of joining (_SINCE), or a chat's notice that a member came
    into the channel (_CHANNEL_JOIN): no comment's text either."""
    if _CHANNEL_JOIN.match(text):
        return True
    since = _SINCE.match(text)
    return since is not None and (not since["date"] or bool(_YEAR.match(since["date"]))
                                  or _is_date_line(since["date"]))


def _answering(name: str) -> str:
    """The author an answer's heading names, its date beside it ("Developer Response   Mar 4, 2025":
    "Developer"; "Reply from Mira Dale, Owner · 2 days ago": "Mira Dale"); any other name as it is."""
    if len(name) <= _NAME_LINE and (role := _ROLE_RESPONSE.match(name)):
        return (role["role"] or role["from"]).capitalize()
    if len(name) <= _NAME_LINE and (response := _RESPONSE_FROM.match(name)) and _is_name(response["name"]):
        return response["name"].strip()
    return name


def classify(line: str) -> tuple[Kind, str]:
    """The kind of a non-blank line, and the author name it gives (for names, named stamps and
    signed lines)."""
    text = _BULLET.sub("", line.strip())
    short = len(text) <= 160
    if len(text) <= _NAME_LINE and (user := _talk_user(text)):
        return Kind.NAME, user  # "Moss piglet (talk | contribs)", "86.14.22.9": a wiki's editor
    if short and (_since_line(text) or _is_profile_line(text) or _labelled_counts(text)
                  or _CHAT_COUNTERS.match(text) or _reaction_row(text) or _reviewer_stats(text)):
        return Kind.ACTION, ""  # "Joined Aug 2017", "Posts: 1,204", "12 reviews · 88 followers"
    if len(text) <= _LAST_LINE_CHARS and _LAST_LINE.match(text):
        return Kind.OTHER, ""  # "End of comments", "You've reached the end": the section's last line
    if len(text) <= _NAME_CHARS and _ICON_LIGATURE.match(text):
        return Kind.ACTION, ""  # an icon's ligature name printed as a word ("more_vert" beside the name)
    if short and tag_row(text):  # a trail review's tags, or its date with them after it
        return (Kind.ACTION, "") if _TAG_ROW.match(text) else (Kind.STAMP, "")  # ("Hiking · Muddy · Great!")
    if len(text) <= _NAME_CHARS and (_ANONYMOUS.match(text) or text[:1] == "+" and _saved_name(text)):
        return Kind.NAME, text  # "Guest", "Name withheld", "[deleted]", "+44 7700 900518": the author shown
    responded = _RESPONDED_TO.match(text) if len(text) <= _NAME_LINE * 2 else None
    if responded and _is_name(responded["name"]):
        return Kind.NAME, responded["name"].strip()  # "Colm F, Owner at …, responded to this review"
    if len(text) <= _NAME_LINE and (role := _ROLE_RESPONSE.match(text)):
        return Kind.NAME, (role["role"] or role["from"]).capitalize()  # "Management response": "Management"
    if len(text) <= _NAME_LINE and (response := _RESPONSE_FROM.match(text)) and _is_name(response["name"]):
        return Kind.NAME, response["name"].strip()  # "Response from Marcus D, Owner at Saltbox"
    if len(text) <= _NAME_LINE and (numbered := _NUMBERED_BY.match(text)) and (
            _is_name(numbered["name"]) or _ANONYMOUS.match(numbered["name"])):
        return Kind.NAME, numbered["name"]  # "message 3: by Dana Okafor (new)"
    if len(text) <= _NAME_LINE and (numbered := _NUMBERED_NAME.match(text)) and _is_name(numbered["name"]):
        return Kind.NAME, numbered["name"]  # "#3 bristol_ben": the comment's number before its author
    if short and (field := _DATE_FIELD.match(text)) and _is_post_stamp(field["value"]):
        return Kind.STAMP, ""  # "Comment submitted date: Tue 10 Nov 2026", "Date received: 10/11/2026"
    if short and _POSTCODE_IN.search(text) and (addressed := _addressed_name(text)):
        return Kind.NAME, addressed  # "Mr Ian Hale 4 Mill Lane Ashby AB1 2CD (Objects)": a portal's one line
    if short and _POSTCODE_IN.search(text) and _address_line(text):
        return Kind.ACTION, ""  # "4 Mill Lane Ashby AB1 2CD": the commenter's address under the name
    if short and (labelled := _LABELLED.match(text)):  # a comment's labelled fields ("Author: Ann Lee")
        label, value = labelled["label"].lower(), labelled["value"].strip()
        iconed = False
        if label in _AUTHOR_LABELS:  # a user icon's alt text before the name ("[personal profile] ann")
            iconed = value != (value := _ICON_ALT.sub("", value).strip())
            if value[:1] == "(" and value[-1:] == ")" and _ANONYMOUS.match(value[1:-1]):
                value = value[1:-1]  # "From: (Anonymous)"
        if label in _AUTHOR_LABELS and (_is_name(value) or _ANONYMOUS.match(value)
                                        or iconed and _HANDLE.match(value)):  # "… ann.example.net"
            return Kind.NAME, value
        if label in _DATE_LABELS and (_is_post_stamp(value) or _is_date_line(value)):
            return Kind.STAMP, ""
        if label in _TITLE_LABELS:
            return Kind.SHORT, ""  # the comment's title, a heading over its body
    if short and (answer := _ANSWER_STAMPED.match(text)) and _is_name(answer["name"]) and (
            _is_post_stamp(answer["stamp"]) or _is_date_line(answer["stamp"])):
        return Kind.NAMED, answer["name"].strip()  # "↳ Reply from tomasz_b · 16 June 2024" under a review
    if short and _DATE_LABEL_LINE.match(text) and _STAMPY.search(text):
        return Kind.OTHER, ""  # "First published 3 March 2026": the page's date, no comment's stamp
    if short and (text[:1] in _STAR_GLYPHS or text[-1:] in _STAR_GLYPHS or _RATED_WORD.match(text)) and (
            _rated_stamp(text)):
        return Kind.STAMP, ""  # "Rated 4.0 out of 5, a week ago", "★★★½ 19 Nov 2026": the rating is no name
    if len(text) <= _NAME_CHARS and _STARS.match(text):
        return Kind.ACTION, ""  # "★★★½", "½": a rating alone, never a name or a short body
    if short and text[:10].lower() == "posted by " and (byline := _posted_by(text)) is not None:
        return byline  # "posted by the quiet setter at 6:31 AM on November 20 [4 favorites]"
    if (talk := _talk_signed(text)) is not None:
        return Kind.SIGNED, talk[1]  # "… the source. DeVries (talk) 08:40, …": no "Name, stamp" header
    if short and (named := split_stamp(text)) is not None:
        return Kind.NAMED, _answering(named[0])
    if short and (reviewed := _REVIEWED_IN.match(text)) and _is_date_line(reviewed["date"]):
        return Kind.STAMP, ""  # "Reviewed in the United Kingdom on 22 November 2026" (no opener)
    if short and _is_post_stamp(text):
        return (Kind.OPENER if _POST_NUMBER.search(text) or _STAMP_VERB.match(text) else Kind.STAMP), ""
    if short and _rated_stamp(text):
        return Kind.STAMP, ""  # "a day ago ★★★★★", "5/5 a week ago": a review's stamp and its rating
    if len(text) <= _NAME_LINE and " it" in text and (rater := _RATED_IT.match(text)) and _is_name(
            rater["name"]) and not _NO_RATER.search(rater["name"]):
        return Kind.NAME, rater["name"]  # "Ann Lee rated it ★★★★", "Ann Lee rated it really liked it"
    if len(text) <= _NAME_LINE and (signed_by := _BY_NAME.match(text)) and _is_name(signed_by["name"]):
        return Kind.NAME, signed_by["name"].strip()  # a reader review's "by Denise M." over its date
    if short and (helpful_row(text) or _REVIEW_TALLY.match(text) or _RATED_HEADLINE.match(text)
                  or _TRANSLATE.match(text) or _fields_row(text)):
        return Kind.ACTION, ""  # "Was this review helpful? Yes (41) No (6)"
    if short and _credited_stamp(text):
        return Kind.STAMP, ""  # "Lifeguard at Millbrook Lido 2009–2016 · Updated 5d"
    if len(text) <= _NAME_CHARS and any(p.match(text) for p in (_FOLLOW, _ROW_WORD, _OTHER_ACTION)):
        return Kind.ACTION, ""  # a follow button beside a name ("Follow", "+ Follow")
    if short and is_removal_notice(text):
        return Kind.PROSE, ""  # a removed comment's notice stands for its body ("Comment deleted")
    if len(text) <= _NAME_CHARS and _MEDIA_ONLY.match(text):
        return Kind.PROSE, ""  # a comment that is only a GIF or a sticker: its placeholder is its body
    if short and _tagged_stamp(text):
        return Kind.STAMP, ""  # "Apr 2024 • Couples": a stamp and the visit's type
    if len(text) <= _NAME_CHARS and _FULL_LINK.match(text):
        return Kind.ACTION, ""  # "Full Review": the link to a review's own page, over or under its body
    if short and (_REPLY_WORDS_LINE.match(text) or _rating_line(text) or _field(text)
                  or _PREVIEW.match(text) or _THREAD_PREVIEW.match(text)):
        return Kind.ACTION, ""  # "Replying to Ann", "5.0 of 5 bubbles", "Suburb: Leeds", "╭── @Ann so…"
    if short and _acted_reactions(text):
        return Kind.ACTION, ""  # "reply   quote   ·   agree (41)   love (6)": the buttons, then the votes
    if short and _is_meta(text):  # an action row with a stamp in it ("2d  Like  Reply  41") is a stamp
        stamped = any(_is_post_stamp(part) for part in _COUNT_SPLIT.split(text) if part)
        return (Kind.STAMP if stamped else Kind.ACTION), ""
    if short and (_is_heading(text) or _is_link_heading(text) or _furniture_name(text)
                  or _tab_row(text)) and not _signed_sentence(text) and not _labelled_sentence(text) and (
            not _message_line(text)):
        return Kind.OTHER, ""
    if _is_name(text) or _marked_name(text):
        return Kind.NAME, text
    if (named_as := _tagged_name(text)) is not None:
        return Kind.NAME, named_as
    said = _SAID.search(text) if len(text) <= _NAME_LINE else None
    if said is not None and _is_name(text[:said.start()].strip()):
        return Kind.NAME, text[:said.start()].strip()  # "Ann Lee said..."
    if short and (_SUBJECT.match(text) or _SCORE.search(text)) and text[-1:] not in ".!?":
        return Kind.SHORT, ""  # a subject line over a post ("Re: the new pitch (Score:5, Insightful)")
    if short and _NUMBERED_SUBJECT.match(text):
        return Kind.SHORT, ""  # a forum reply's number and subject ("3. Re: Is the ferry running?")
    if (signed := split_signature(text)) is not None:
        return Kind.SIGNED, signed[1]
    if _words(text) <= _SHORT_WORDS and text[-1:] not in _BODY_END:
        return Kind.SHORT, ""
    return Kind.PROSE, ""


# Letters of scripts written without spaces between words (Han, kana, Thai): a line of them is one
# "word" to str.split, however long the sentence. About two such letters make a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_UNSPACED_PER_WORD = 2


def _words(text: str) -> int:
    """The words of a line, counting a script written without spaces by its letters ("这个计划很好，
    孩子们需要一个地方" is a sentence, not one word)."""
    spaced = len(text.split())
    unspaced = len(_UNSPACED.findall(text))
    return spaced + unspaced // _UNSPACED_PER_WORD if unspaced else spaced


# A link label and the words after it ("Related: …", "See also: …"), as papers print them over a headline.
_LINK_LABEL = re.compile(r"^(?:related|see also|also read|read also|further reading|more)\s*:\s+"
                         r"(?P<said>\S.*)$", re.I)
_SAID_LEAST_WORDS = 6
# (a comment's own voice: a person speaking of themselves or to the reader)
_PERSONAL = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "my", "me", "we", "our", "us", "you", "your"})


def _labelled_sentence(text: str) -> bool:
    """Whether a line that opens with a link label is a commenter's sentence ("Related: my son's club
    lost its lane hours the last time."): a sentence of six words or more that ends with its stop and
    speaks in a person's voice, or opens in lower case; a headline after the label ("Related: Council
    votes to close the pool") is the page's link."""
    labelled = _LINK_LABEL.match(text) if text[-1:] in ".!?…" else None
    if labelled is None:
        return False
    words = labelled["said"].split()
    return len(words) >= _SAID_LEAST_WORDS and (words[0][:1].islower() or bool(
        _PERSONAL & {w.strip(",;:.!?").lower() for w in words}))


def _signed_sentence(text: str) -> bool:
    """Whether a line that reads as the page's furniture (a caption's "Update: …", a link label's
    "Related: …") is a comment whole on one line: a sentence, then a dash, the commenter and a stamp
    ("Update: the form changed. – Ann Lee Mar 3, 2026 at 8:12", a Q&A site's comment)."""
    signed = split_signature(text)
    return signed is not None and signed[0][-1:] in tuple(".!?…”\")") and bool(_SIGN_DASH.search(
        text[:text.rfind(signed[1]) + len(signed[1])]))


# A community weblog's byline under each comment's text (the MetaFilter kind): "posted by", the member,
# "at" and the time and day, then the favourites it got and the flag links ("[4 favorites]", "- 4
# favorites", "[+] [!]"); under the thread's post, the comment tally instead of a time ("posted by
# mossy boots 42 (38 comments total) 21 users marked this as a favorite").
_POSTED_BY = re.compile(r"^posted by (?P<name>\S.{0,60}?) at (?P<stamp>\d.{2,40}?)"
                        r"(?:\s*(?:\[\d[\d,]* favou?rites?\s*\+?\]|[-–—]\s*\d[\d,]* favou?rites?))?"
                        r"(?:\s*\[[+!]\])*$", re.I)
_POST_TALLY = re.compile(r"^posted by (?P<name>\S.{0,60}?) \(\d[\d,]* comments? total\)"
                         r"(?:\s+\d[\d,]* users? marked this as a favou?rite)?$", re.I)
_BYLINE_WORDS = 6  # a member's name in a byline: a handle or a phrase ("robocop is bleeding")


# A row of a site's tabs on one line, counts beside some ("Code  Issues 214  Pull requests 31  Actions
# Wiki  Insights"): the page's navigation, never a body (a heading over it would read as its commenter).
_TAB_SPLIT = re.compile(r"\s{2,}|\t+|\s+[·|]\s+")
_TAB = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}?(?P<count> \d[\d,.]*[kKmM]?)?$")
_MIN_TABS = 4


def _tab_row(text: str) -> bool:
    """Whether a line is a row of tabs (above): four labels or more of a few words each, split by
    wide gaps or bars, a count beside one at least."""
    parts = _TAB_SPLIT.split(text)
    if len(parts) < _MIN_TABS:
        return False
    tabs = [_TAB.match(part) for part in parts]
    return all(tabs) and any(tab["count"] for tab in tabs if tab)


def _posted_by(text: str) -> tuple[Kind, str] | None:
    """The kind and the member of a "posted by" byline (above): a named stamp under a comment, an
    action line (the thread's tally) under the post; None for a sentence ("posted by the council at
    its meeting" has no time of day after "at")."""
    if (tally := _POST_TALLY.match(text)) is not None and _byline_name(tally["name"]):
        return Kind.ACTION, ""
    posted = _POSTED_BY.match(text)
    if posted is None or not _CLOCK.search(posted["stamp"]) or not _pure_stamp(posted["stamp"]):
        return None
    return (Kind.NAMED, posted["name"].strip()) if _byline_name(posted["name"]) else None


def _byline_name(name: str) -> bool:
    """A member's name as a byline gives it: a few words that end no sentence."""
    words = name.split()
    return 0 < len(words) <= _BYLINE_WORDS and name.strip()[-1] not in _SENTENCE_END


# What a comment section prints for a comment that is only a picture: the player's label, an emoji of
# the picture before it perhaps ("GIF", "🎉 GIF", "[sticker]"); "Photo" alone is a caption's label.
_MEDIA_ONLY = re.compile(r"^(?:[\u2600-\u27bf\U0001F000-\U0001FAFF]\ufe0f?\s*)?(?:gif|sticker"
                         r"|\[(?:gif|sticker|image|photo|video)\])$", re.I)


# A marketplace review's header line: the rating in words, then the review's own headline after a wide
# gap or a separator ("1.0 out of 5 stars  Buy it from the maker"); one space after "stars" is a sentence.
_RATED_HEADLINE = re.compile(r"^\d(?:[.,]\d)?\s+out of\s+\d{1,2}\s+stars?(?:\s{2,}|\t|\s+[|·•:–—-]\s+)\S",
                             re.I)
# Where and when a marketplace review was written: "Reviewed in the United Kingdom on 22 November 2026".
_REVIEWED_IN = re.compile(r"^reviewed in (?:the )?[A-Z][\w.'’ -]{1,40}? on (?P<date>\S.{5,40})$", re.I)
# The link that translates a review or comment ("Translate review to English", "See translation").
_TRANSLATE = re.compile(r"^(?:translate(?: (?:this )?(?:review|comment|post|reply))?"
                        r"(?: (?:to|into) [A-Z]\w+)?|see (?:the )?(?:translation|original))$", re.I)
_FIELDS_MOST = 4


def _fields_row(text: str) -> bool:
    """A row of a review's fields and badges after separators ("Size: 190 g | Verified Purchase",
    "Colour: Red | Style: Mug"): every part a short labelled field or a badge, two parts or more."""
    parts = _SEPARATOR.split(text) if len(text) <= _NAME_LINE else []
    return (1 < len(parts) <= _FIELDS_MOST and any(_field(part) for part in parts)
            and all(_field(part) or _is_badge(part) for part in parts))


# A numbered post's author line: "message 3: by Dana Okafor (new)", "Post #14 by kestrel".
_NUMBERED_BY = re.compile(r"^(?:message|post|comment|reply|entry|answer)\s*#?\d{1,6}:?\s+by\s+"
                          r"(?P<name>[^()]{1,40}?)(?:\s*\((?:new|edited|op)\))?$", re.I)


# An answer under a review with its stamp on the line: "↳ Reply from tomasz_b · 16 June 2024".
_ANSWER_STAMPED = re.compile(r"^(?:[↳↪]\s*)?(?:reply|response|answer) from (?P<name>[^·•|]{1,40}?)"
                             r"\s*[·•|]\s*(?P<stamp>\S.{2,40})$", re.I)
# A comment's labelled fields, one per line: "Title: …", "Author: Kofi Mensah", "Date: 05.06.2024".
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,12}?)\s*:\s*(?P<value>\S.{0,100})$")
# A user icon's alt text in brackets before a journal user's name ("[personal profile] ann_lee",
# "[identity profile] ann.example.net", "[community profile] bakers").
_ICON_ALT = re.compile(r"^\[(?:[a-z]+ )?(?:profile|user|community|syndicated|identity|openid)\]\s+(?=\S)",
                       re.I)
# A comment's date as a field, its label longer than _LABELLED's ("Comment submitted date:", "Date
# received:", "Received:"): a planning portal's or a consultation's comment header.
_DATE_FIELD = re.compile(r"^(?:(?:comment|representation|response|objection)\s+)?"
                         r"(?:(?:date\s+)?(?:submitted|received|posted|made)(?:\s+(?:date|on))?|date)"
                         r"\s*:\s*(?P<value>\S.{2,40})$", re.I)
# A postal address on one line, closed by a UK postcode ("4 Fellgate Cottages Moor Road Ashby AB1 2CD"),
# a label in brackets after it perhaps ("(Objects)"): a planning portal prints the commenter's.
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_POSTCODE_IN = re.compile(rf"\b{_POSTCODE}\b")
_BRACKET_LABEL = r"(?:\s+\([A-Z][a-z]{2,20}(?: [a-z]{2,20})?\))?"
_ADDRESS = re.compile(rf"^(?:\d[\w-]{{0,5}}\s+)?[A-Z][\w'’.-]*(?:,?\s+[\w'’.&-]+){{1,14}},?\s+{_POSTCODE}"
                      rf"{_BRACKET_LABEL}$")
# A courtesy title, or a couple's ("Mr and Mrs"), opening a name: not one of its words.
_TITLES = r"(?:mr|mrs|ms|miss|mx|dr|prof|cllr|rev|sir|dame|lady|lord)\.?"
_COURTESY = re.compile(rf"^{_TITLES}(?:\s+(?:and|&)\s+{_TITLES})?\s+(?=\S)", re.I)
# A couple's first title and its 'and' ("Mr and Mrs K Tandy"): the two titles count as one word of a name,
# as one person's title does ("Mrs K Tandy").
_COUPLE = re.compile(rf"^{_TITLES}\s+(?:and|&)\s+(?={_TITLES}\s)", re.I)
# What opens an address after a name on its line: a house number, or a flat, unit, suite or box and its
# number ("4 Mill Lane", "Flat 2 The Old Chapel", "Unit 4 Canal Side", "PO Box 4471").
# The small words a place's name may hold uncapitalised ("Stratford upon Avon", "Hutton le Hole", "Walton
# on the Naze"): any other lower-case word is a sentence's ("The drop-in is at 4 Mill Lane Ashby AB1 2CD").
_PLACE_SMALL_WORDS = frozenset({"upon", "on", "under", "in", "by", "next", "the", "of", "le", "la", "de",
                                "cum", "sea", "and", "&"})


def _address_line(text: str) -> bool:
    """Whether a line is a postal address closed by its postcode (_ADDRESS): its words capitalised or
    figures, bar a place name's small words; a sentence that ends with an address is no address line."""
    return bool(_ADDRESS.match(text)) and all(
        word.strip(",.") in _PLACE_SMALL_WORDS for word in text.split()
        if word[:1].islower())


_ADDRESS_OPENER = re.compile(r"^(?:\d|(?:flat|unit|suite|apartment|apt|room|p\.?\s?o\.? box)\.?\s+\d)", re.I)
_ADDRESSED_NAME_WORDS = 4  # a name's words before its address (its title aside)
# The last word of an event's title before its venue's address ("Open Day 4 Mill Lane …", "Car Boot Sale
# 12 Church Road …", "Quiz Night …"): an events list's line, never a commenter's name and address.
_EVENT_NOUNS = frozenset({"day", "night", "evening", "morning", "afternoon", "sale", "fair", "fayre", "fete",
                          "fête", "market", "festival", "quiz", "concert", "gig", "workshop", "meeting",
                          "talk", "tour", "class", "classes", "exhibition", "show", "screening", "party",
                          "ceilidh", "disco", "auction", "race", "session", "lunch", "supper", "breakfast",
                          "service"})
# The event nouns that are also surnames ("Dilys Day", "Karen Fair", "Tom Night"): after a single word they
# may be a commenter's name, so they make an event's title only after two words or more ("Car Boot Sale",
# "Summer Craft Fair") or after another event noun ("Quiz Night", "Race Day").
_SURNAME_EVENT_NOUNS = frozenset({"day", "night", "morning", "evening", "sale", "fair", "service", "market",
                                  "race", "show", "tour", "class"})
_TITLED_NAME_WORDS = 2  # a titled name's words with no number to end them ("Mrs Ann Bailey Holly Bank …")


def _event_title(words: list[str]) -> bool:
    """Whether the words before an address are an event's title: they end in an event noun, one that
    is also a surname only after two words or more or after another event noun."""
    last = words[-1].lower()
    if last not in _EVENT_NOUNS:
        return False
    return (last not in _SURNAME_EVENT_NOUNS or len(words) > 2
            or any(word.lower() in _EVENT_NOUNS for word in words[:-1]))


def _addressed_name(text: str) -> str:
    """The name opening a line of a name, the commenter's address and its postcode (a label in brackets
    after it perhaps): the words up to the address's number ("Mr Ian Hale 4 Mill Lane …", "Dale Lighting
    Ltd Unit 4 …"); with no number, a titled name's first two words after the title ("Mrs Ann Bailey
    Holly Bank Moor Road …"); '' for any other line."""
    title = _COURTESY.match(text)
    words = text[title.end():].split() if title else text.split()
    opener = next((k for k in range(1, min(len(words), _ADDRESSED_NAME_WORDS + 1))
                   if _ADDRESS_OPENER.match(" ".join(words[k:k + 3]))), 0)
    cut = opener or (_TITLED_NAME_WORDS if title else 0)
    if not cut or not _address_line(" ".join(words[cut:])):
        return ""
    if not title and _event_title(words[:cut]):
        return ""  # "Quiz Night 9 High Street …": an event's title over its venue (a titled name is a person)
    name = " ".join(([text[:title.end()].strip()] if title else []) + words[:cut])
    return name if _name_alone(name) and not name.endswith(":") else ""  # ("Venue: 9 High Street …": a field)


_AUTHOR_LABELS = frozenset({"author", "name", "posted by", "commenter", "by", "from", "user", "username"})
_DATE_LABELS = frozenset({"date", "posted", "posted on", "time", "on",
                          "date of visit", "date of stay", "visited", "stayed", "watched"})  # a review's day
_TITLE_LABELS = frozenset({"title", "subject", "re"})  # "Re: the new pitch": a reply's subject line
# A reader review's author line: "by" and the name alone ("by Denise M.", "Review by ann_lee"), its date
# under it.
_BY_NAME = re.compile(r"^(?:(?i:(?:a )?review(?:ed)?|rated|written) )?by\s+(?P<name>\S.{0,40})$")
# A reader review's author line with the rating the reader gave: in stars, in figures or in the words of
# a book site's five-step scale ("Ann Lee rated it ★★★½", "… gave it 4 stars", "… rated it really liked it").
_GIVEN = (rf"(?:{_STAR_RATING}|\d(?:[.,]\d)?(?:\s*(?:/|out of|of)\s*\d{{1,2}})?(?: stars?)?"
          r"|it was (?:amazing|ok|okay)|(?:really )?liked it|did not like it|didn['’]t like it)")
# (a pronoun or a quantifier is no reviewer: "We rated it 4/5", "Everyone gave it 5 stars", "Honestly I …")
_NO_RATER = re.compile(r"(?:^|\s)(?:i|we|they|he|she|you|everyone|everybody|nobody|no one|someone|somebody"
                       r"|anyone|anybody|people|most|many|some|all|both|critics|reviewers)$", re.I)
_RATED_IT = re.compile(rf"^(?P<name>\S.{{0,40}}?)\s+(?:rated|gave) it\s+{_GIVEN}$", re.I)
# The lines a game store's review carries around its body: the verdict ("Recommended", "Not
# Recommended"), the reviewer's play time and library ("41.2 hrs on record (38.0 hrs at review
# time)", "84 products in account") and the readers' tallies ("212 people found this review
# helpful", "1 person found this review funny"); a sentence saying so ("I found it helpful") is a body.
_REVIEW_TALLY = re.compile(r"^(?:(?:not )?recommended"
                           r"|\d[\d,.]*\s*hrs? on record(?:\s*\([^()]{1,40}\))?"
                           r"|\d[\d,]* (?:products?|games?|items?) in (?:account|library)"
                           r"|\d[\d,]* (?:people|persons?|users?|readers?|members?|players?) found this"
                           r" (?:review|comment|answer|post) (?:helpful|funny|useful)\.?)$", re.I)


# A forum reply's header line: its number, then "Re:" and the topic's title (a question, perhaps).
_NUMBERED_SUBJECT = re.compile(r"^\d{1,4}\.\s+re:\s*[^.!?]{2,150}[?]?$", re.I)


# A review's reactions row, each reaction's label before its count ("Helpful 41   Thanks 4   Love this 2
# Oh no 1", "Useful 3 Funny Cool 1": a label without a count has none yet), the row split one per line
# perhaps ("Helpful 41"); the counts before the labels are _labelled_counts' ("41 Helpful · 4 Thanks").
_REACTION_LABEL = (r"(?:helpful|useful|funny|cool|thanks|thank you|love this|oh no|insightful|like|likes"
                   r"|upvotes?|downvotes?|agree|disagree|love|haha|wow|sad|angry|care|celebrate|support"
                   r"|educational)")  # (a forum's post votes: "agree (41)   love (6)", "educational (2)")
_REACTION_COUNT = rf"{_REACTION_LABEL}(?:\s*\(?\d[\d,.]*[km]?\)?)?"
_REACTION_ROW = re.compile(rf"^{_REACTION_COUNT}(?:\s*[·•|]?\s+{_REACTION_COUNT})*$", re.I)
_REACTION_ALONE = re.compile(r"^(?:helpful|useful|funny|cool|thanks|love this|oh no)\s*\(?\d[\d,.]*[km]?\)?$",
                             re.I)
# Any label alone with its count in brackets: the tally a vote button prints ("love (8)", "agree (3)").
_REACTION_TALLY = re.compile(rf"^{_REACTION_LABEL}\s*\(\d[\d,.]*[km]?\)$", re.I)
_REACTION_LABELS_MIN = 3  # a row of labels with no count at all ("Helpful  Thanks  Love this  Oh no")


def _reaction_row(text: str) -> bool:
    """A reactions row (above): two labels or more, one with a count or three without; a label of a
    review's row alone with its count ("Helpful 41"), any label with its count in brackets ("love (8)").
    "Thanks 4 the help", "Love this" stay a body."""
    if not text[:1].isalpha() or len(text) > 120 or not _REACTION_ROW.match(text):
        return False
    labels = len(re.findall(_REACTION_LABEL, text, re.I))
    counted = any(c.isdigit() for c in text)
    return ((labels >= 2 and counted) or labels >= _REACTION_LABELS_MIN or bool(_REACTION_ALONE.match(text))
            or bool(_REACTION_TALLY.match(text)))


def _acted_reactions(text: str) -> bool:
    """A comment's action row with its reactions' counts after its buttons ("reply   quote   ·   agree
    (41)   love (6)"): every column a button row or a counted reaction, one of each at least, none a
    stamp (a row with its comment's stamp in it is the stamp's, as _is_meta's are)."""
    if not text[:1].isalpha() or len(text) > 120:
        return False
    columns = [c for c in _COLUMNS.split(text.strip()) if c]
    acted = [c for c in columns if _is_action_line(c)]
    counted = [c for c in columns if _COUNT.search(c) and (_reaction_row(c) or _REACTION_ROW.match(c))]
    return (bool(acted) and bool(counted) and len(acted) + len(counted) == len(columns)
            and not any(_is_post_stamp(c) for c in columns))


# The line a copied comment section or chat ends with: the site's or app's word that nothing follows
# ("End of comments", "No more comments", "You've reached the end", "End of saved chat"), or the link
# that would load the rest ("Load more comments"); never a comment's words ("End of story.").
_LAST_LINE = re.compile(r"^(?:(?:the )?end of (?:the )?(?:saved |meeting )?(?:comments|replies|chat|messages"
                        r"|reviews|thread|discussion|conversation|chat history|transcript)"
                        r"|no (?:more|further|other) (?:comments|replies|messages|reviews|posts)"
                        r"(?: to (?:show|load))?"
                        r"|(?:you['’]ve|you have) (?:reached|seen) (?:the end|all (?:the )?"
                        r"(?:comments|replies|messages|reviews|posts))"
                        r"(?: of (?:the )?(?:comments|replies|messages|reviews|thread|list|page))?"
                        r"|(?:show|load|see|view) (?:more|all|older|previous|earlier) (?:comments|replies"
                        r"|messages|reviews))"
                        r"\s*[.!]?\s*[-–—]*$", re.I)
_LAST_LINE_CHARS = 60


# A helpfulness prompt's buttons, one per line under it ("Yes", "No", "Yes (12)", "Not helpful").
_VOTE_BUTTON = re.compile(r"^(?:yes|no|helpful|not helpful|report|report abuse)(?:\s*\(\d[\d,]*\))?$", re.I)


# A numbered comment's author line on a blog: its number, then the name ("#3 bristol_ben").
_NUMBERED_NAME = re.compile(r"^#\d{1,6}\s+(?P<name>[^\s#].{0,40})$")


# Authors a page shows for people it does not name ("Guest", "Name withheld", "[deleted]").
_ANONYMOUS = re.compile(r"^(?:guest|anonymous|anon|name withheld|withheld|\[deleted\]|deleted user"
                        r"|\[deleted user\]|a reader"
                        # a store's stand-in for a reviewer it does not name ("A Google user")
                        r"|an? (?:[\w-]+ )?(?:user|customer|buyer|reviewer|reader))$", re.I)
# An answer under a review or submission by the business or office: "Response from Marcus D, Owner".
# The business it speaks for may follow the name ("Comment from Luca B. of Osteria Brava", Yelp's header),
# the role may come before it ("Owner response from Mira Dale": _RESPONDING_ROLES).
_RESPONDING_ROLES = r"management|owner|manager|host|business|venue|property|developer|author|creator"
_RESPONSE_FROM = re.compile(rf"^(?:(?:{_RESPONDING_ROLES})(?:['’]s)? )?(?:response|reply|answer|comment)"
                            r" from (?:the )?(?P<name>[^,]{1,40}?)"
                            r"(?:\s*,\s*[^,]{1,60}|\s+(?:of|at) (?-i:[A-Z\d])[^,]{0,60})?$", re.I)
# The same answer headed as a sentence, the older form of a travel site ("Colm F, Owner at Harrowgate
# Caverns, responded to this review"): the role between commas is a title, capitalised (a commenter's
# aside is not: "Pete, as usual, responded to this post").
_RESPONDED_TO = re.compile(r"^(?P<name>[^,]{1,40}?)(?:,\s*(?-i:[A-Z\d])[^,]{0,59})?,? responded to this "
                           r"(?:review|comment|question|post)$", re.I)
# The same answer headed by the business's role alone, naming no one ("Management response", "Owner's
# reply", "Response from the owner"), or by the role of the one who made what is reviewed (a game's
# "Developer response", a book's "Author Response", "Reply from the creator"): the role is the author
# the page shows.
_ROLE_RESPONSE = re.compile(rf"^(?:(?P<role>{_RESPONDING_ROLES})(?:['’]s)?"
                            r" (?:response|reply)|(?:response|reply) from (?:the )?"
                            rf"(?P<from>{_RESPONDING_ROLES}))$", re.I)
# A labelled field under a commenter's name ("Suburb: Port Carrow", "Position: Oppose").
_FIELD = re.compile(r"^(?P<label>[A-Z][\w’']{1,20}(?: [\w’']{1,20})?):\s+(?P<value>\S.{0,40})$")
_FIELD_WORDS = 5  # a field's value is a few words, never a sentence
# A rating line ("5.0 of 5 bubbles", "4 out of 5 stars", "Rated 4/5").
_RATING = re.compile(r"^(?:rated\s+)?\d(?:[.,]\d)?\s*(?:of|out of|/)\s*\d{1,2}(?:\s+[a-z]{1,12})?\.?$", re.I)
# A link to a review's or comment's own page ("Full Review", "Read full review"), no part of its body.
_FULL_LINK = re.compile(r"^(?:(?:read|see|view|show)\s+)?(?:the\s+)?full\s+(?:review|comment|post|reply)\W*$",
                        re.I)


def _rating_line(text: str) -> bool:
    """A rating line: one rating, or the same rating in two forms after a separator ("Rated 4/5 Stars
    • Rated 4 out of 5 stars", the second for screen readers)."""
    if _RATING.match(text):
        return True
    parts = _SEPARATOR.split(text) if len(text) <= _NAME_LINE else []
    return 1 < len(parts) <= 3 and all(_RATING.match(part) for part in parts)
# A thread's nesting mark over a comment ("level 2").
_LEVEL = re.compile(r"^level\s+(\d{1,2})$", re.I)
# A bracketed tag after a name ("Moonfield_Sanjana [developer]", "Ann Lee [mod]").
_NAME_TAG = re.compile(r"\s+\[[^\[\]]{1,20}\]$")
# A name and what the person speaks for after a comma ("Callum Voss, Port Carrow Chamber of Commerce").
_AFFILIATION = re.compile(r"^(?P<name>[^,]{2,40}),\s+(?P<rest>[^,]{2,70})$")
_AFFILIATION_WORDS = 9
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$",
                      re.I)


# A link of a thread's comment row that the layout's action words do not name ("fedilink", "permalink").
_ROW_WORD = re.compile(r"^\(?(?:fedilink|crosspost|permalink|embed|source|parent|context|delete|expand"
                       r"|collapse|thread)\)?$", re.I)
# A comment's action in another language, with its count: "Curtir (14)", "Responder", "Répondre", "답글 3".
_OTHER_ACTION = re.compile(r"^(?:curtir|responder|denunciar|compartilhar|comentar|répondre|signaler"
                           r"|partager|j['’]aime|antworten|melden|teilen|gefällt mir|rispondi|segnala"
                           r"|condividi|mi piace|me gusta|compartir|reportar|답글|공감|비공감|신고)"
                           r"(?:\s*\(?\d[\d,.]*[km]?\)?)?$", re.I)
_FOLLOW = re.compile(r"^(?:\+\s*)?(?:follow|unfollow|subscribe|message|learn more|shop now|sign up|book now"
                     r"|get (?:offer|quote)|install|download)$", re.I)  # a follow button, an ad's link
_CREDIT_CHARS = 80  # a credential before a stamp ("Former cabinet member, Brennock City Council (2015–2019)")


def _credited_stamp(text: str) -> bool:
    """A writer's credential and a stamp after a separator, the stamp perhaps opening with its verb
    ("Lifeguard at Millbrook Lido 2009–2016 · Updated 5d", "Former councillor · Answered June 12")."""
    parts = _SEPARATOR.split(text)
    return (len(parts) == 2 and 0 < len(parts[0]) <= _CREDIT_CHARS and parts[0][-1:] not in ".!?"
            and _pure_stamp(parts[1]) and bool(_STAMP_VERB.match(parts[1]) or _is_stamp(parts[1])))


def _field(text: str) -> bool:
    """A short labelled field: a label of one or two words, a colon, a value of a few words that
    is not a sentence ("Position: Oppose"; "Edit: same result." is a body)."""
    match = _FIELD.match(text) if len(text) <= 70 else None
    if match is None:
        return False
    value = match["value"].strip()
    return len(value.split()) <= _FIELD_WORDS and value[-1:] not in ".!?\"”" and not _STAMP_VERB.match(
        match["label"] + " ") and not _labelled_message(match["label"], value)


# The labels a commenter opens a message with: a moderator's or admin's note, an update, an edit to the
# comment, a reminder ("Mod note: please keep it civil", "Update: the vote is off", "Edit: wrong date").
_MESSAGE_LABEL = re.compile(r"^(?:(?:mod|moderator|admin|staff|editor['’]?s?|quick|side|small|general)\s+)?"
                            r"(?:note|update|edit|reminder|correction|warning|request|ps|psa|fyi|eta)"
                            r"(?:\s*\d)?$", re.I)
_MESSAGE_WORDS = 2  # words after the label: a clause of the commenter's, not a field's one-word value


_LABELLED_LINE = re.compile(r"^(?P<label>[A-Za-z][\w’' ]{0,24}?)\s*:\s+(?P<value>\S.*)$")


def _message_line(text: str) -> bool:
    """Whether a line is a commenter's message opening with a label (above): in a comment section it
    is a body, though an article's caption or update line opens the same way."""
    labelled = _LABELLED_LINE.match(text)
    return labelled is not None and _labelled_message(labelled["label"], labelled["value"])


def _labelled_message(label: str, value: str) -> bool:
    """Whether a "Label: value" line is a commenter's message opening with its label (above), not a
    labelled field ("Position: Oppose", "Status: Resolved")."""
    return bool(_MESSAGE_LABEL.match(label.strip())) and len(value.split()) >= _MESSAGE_WORDS


def _tagged_stamp(text: str) -> bool:
    """A stamp with a short tag after a separator: "Apr 2024 • Couples", "2h · Edited"."""
    parts = _SEPARATOR.split(text, maxsplit=1)
    return (len(parts) == 2 and _pure_stamp(parts[0]) and 0 < len(parts[1].split()) <= 2
            and parts[1][-1:] not in _SENTENCE_END)


def _tagged_name(text: str) -> str | None:
    """The name of an author line with a tag or affiliation after it, else None: "Moonfield_Sanjana
    [developer]" and "Helen Brannigan, on behalf of the Residents' Association" give the name."""
    if len(text) > _NAME_LINE + 30 or text[-1:] in ".!?":
        return None
    tagged = _NAME_TAG.search(text)
    if tagged is not None and _is_name(text[:tagged.start()].strip()):
        return text[:tagged.start()].strip()
    joined = _AFFILIATION.match(text)
    if (joined is not None and _is_name(joined["name"].strip()) and not _is_post_stamp(joined["rest"])
            and len(joined["rest"].split()) <= _AFFILIATION_WORDS and not _WEEKDAY.match(joined["name"])):
        return joined["name"].strip()
    return None


# An author line that says the name spoke: "Ann Lee said...", "Ann Lee wrote:", "kestrel says:"; an
# answer's ("Harbour Games responds:", under the review it answers: _RESPONDS).
_SAID = re.compile(r"\s+(?:said|says|wrote|writes|commented|replied|responds|responded)\s*(?::|\.{3}|…)\s*$",
                   re.I)
# A user's number after the name ("kestrel (12345)") and a post's score ("(Score:5, Insightful)").
_USER_ID = re.compile(r"\s*\(\d{1,10}\)")
_SCORE = re.compile(r"\((?:score|votes?|karma)\s*:\s*-?\d+[^()]{0,30}\)$", re.I)
_BARE_VERB_END = re.compile(r"\s(?:says|said|wrote|writes|commented|replied)$", re.I)


def _marked_name(text: str) -> bool:
    """An author line with a mark the layout's author cleaning takes off: a reply phrase ("velvetfog
    in reply to greyfriarsbobby"), a reply arrow, a badge or pronouns after the name."""
    if len(text) > 100 or text[-1:] in ".!?" or _BARE_VERB_END.search(text):
        return False  # "Well said" is a body; "Ann Lee said:" an author line
    cleaned = _clean_author(text)[0]
    return cleaned != text and _is_name(cleaned) and not _is_badge(cleaned)


def _is_meta(text: str) -> bool:
    """An action row, counter, vote row, badge or profile line under or over a comment."""
    return bool(_is_action_line(text) or _is_comment_meta(text) or _VOTES.match(text)
                or _COUNTS_ROW.match(text) or _is_badge(text) or _NO_LETTERS.match(text)
                or _since_line(text) or _is_profile_line(text) or _is_counts(text))


# A rating at either end of a review's stamp line: a run of stars or "5/5" ("a day ago ★★★★☆"), or
# the rating in words before it ("Rated 4.0 out of 5, a week ago", "5.0 of 5 bubbles Reviewed 14 October
# 2026": a travel site's older review header, its rating's screen-reader words and the day on one line).
_RATING_END = re.compile(rf"^(?:{_STAR_RATING}|\d(?:[.,]\d)?\s*/\s*\d{{1,2}}"
                         r"|(?i:rated) \d(?:[.,]\d)?\s*(?:out of|of|/)\s*\d{1,2}(?: stars?)?\s*[,·•|-]?"
                         r"|\d(?:[.,]\d)?\s+(?i:out of|of)\s+\d{1,2}\s+(?i:stars?|bubbles?)\s*[,·•|-]?)"
                         r"\s+(?=\S)"
                         rf"|(?<=\S)\s+(?:{_STAR_RATING}|\d(?:[.,]\d)?\s*/\s*\d{{1,2}})$")


_RATED_WORD = re.compile(r"^rated\s", re.I)
# (or a star or a half star opening or closing it)
_STAR_GLYPHS = frozenset(_STAR_CHARS + _HALF_STAR_CHARS + "\ufe0f")


def _rated_stamp(text: str) -> bool:
    """A stamp with the review's rating before or after it on the same line."""
    if len(text) > 60:
        return False
    plain = _RATING_END.sub("", text, count=1)
    return plain != text and _pure_stamp(plain)


def _labelled_counts(text: str) -> bool:
    """A reviewer's profile line: a rank badge, or a short label that is no name, then counts
    ("Local Guide · 112 reviews · 540 photos"); the counts alone are a counts row."""
    parts = _SEPARATOR.split(text) if len(text) <= 80 else []
    if len(parts) < 2 or not all(_NUMBER_COUNT.match(p) for p in parts[1:]):
        return False
    if _is_badge(parts[0]):
        return True  # "Local Guide · 5 reviews"
    return (len(parts) >= 3 and len(parts[0].split()) <= 3 and not any(c.isdigit() for c in parts[0])
            and not _is_name(parts[0]))  # "Ann Rook · 3 comments · 12 likes" is a name's line


_NUMBER_COUNT = re.compile(r"^\d[\d,.]*[km]?\s+[a-z]+$", re.I)


def _is_counts(text: str) -> bool:
    """A row of counts: number-and-word parts, at least one with a figure ("3 boosts · 18 favourites")."""
    parts = _COUNT_SPLIT.split(text.strip())
    return (0 < len(parts) <= 6 and any(c.isdigit() for c in text)
            and all((m := _COUNT_PART.match(p)) is not None
                    and (m.group("word") is None or m.group("word").lower() in _COUNTED_WORDS)
                    for p in parts if p))


_SIGN_OFF_CHARS = 40
_SIGN_ROLE = re.compile(r"\s+\((?-i:[a-z]+)\)$")
_MIN_SIGN_OFFS = 3


def _signed_stamp(line: str) -> str:
    """The sign-off of a line that holds one and a stamp after it ("Rob the farrier · 16:12"), else ''."""
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    return parts[0] if len(parts) == 2 and _SIGN_OFF.match(parts[0]) and _is_post_stamp(parts[1]) else ""


def _message_lines(rows: list[tuple[int, Kind, str]], signs: set[int]) -> None:
    """A name-like short line of a signed message ("Go the Rovers") made a line of its body: under the
    message's last line when the sign-offs stand under the messages (right over the sign-off), under
    a line of the message when they stand over them."""
    def under_prose(n: int) -> bool:
        return n > 0 and rows[n - 1][1] is Kind.PROSE and rows[n - 1][0] == rows[n][0] - 1
    under = sum(under_prose(n) for n in signs) * 2 > len(signs)
    for n in range(len(rows)):
        over_sign = n + 1 in signs and rows[n + 1][0] == rows[n][0] + 1
        if rows[n][1] in (Kind.NAME, Kind.SHORT) and n not in signs and (
                over_sign if under else under_prose(n)):
            rows[n] = (rows[n][0], Kind.PROSE, "")


# A review's vote button printed as a word and "!" under each review ("Helpful!", "Funny!"): a button
# only where the section repeats it (one reader's whole comment may be "Helpful!").
_BANG_BUTTON = re.compile(r"^(?:helpful|funny|useful)!$", re.I)
_BANG_BUTTONS = 2


def _bang_button(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n may be that button: "Helpful!" on the line right under a review's text. Right
    under a review's header (its name, its stamp) the line is the review's whole text."""
    k, kind, _ = rows[n]
    return (kind is Kind.PROSE and bool(_BANG_BUTTON.match(lines[k].strip())) and n > 0
            and rows[n - 1][0] == k - 1 and rows[n - 1][1] in (Kind.PROSE, Kind.SHORT))


# A post's action row with its reaction count first: the count (a heart or a thumb beside it), then a
# few button words, one of them a comment's own button ("12   Reply   Quote   Tip", "3 ♥ Reply Quote").
# Read as a row only where the section repeats its words under several posts (as a count after the
# label is, _LABEL_COUNT): a button the action words do not know ("Tip") leaves it no action line.
_COUNT_FIRST = re.compile(r"^(?:[♡♥❤👍]\ufe0f?\s?)?\d[\d,.]*[km]?(?:\s+[♡♥❤👍]\ufe0f?)?"
                          r"(?P<label>(?:\s+[^\W\d_]{2,12}){2,5})$", re.I)
_COUNT_FIRST_BUTTONS = frozenset({"reply", "quote", "like", "share", "report", "respond"})


def _counted_row(line: str) -> str:
    """The button words of a count-first action row (lower-cased), '' for any other line."""
    match = _COUNT_FIRST.match(line.strip()) if len(line) <= _NAME_LINE else None
    if match is None:
        return ""
    words = match["label"].lower().split()
    return " ".join(words) if _COUNT_FIRST_BUTTONS.intersection(words) else ""


def _kinds(lines: list[str], start: int) -> list[tuple[int, Kind, str]]:
    """The (index, kind, name) of each non-blank line from `start` on; a name-like line between a
    stamp and an action row is a short body ("same", "Agreed"), not a name; a sentence the page
    prints again and again is the site's notice, not a body ("This review is the subjective
    opinion of …"); a one-line heading between header lines is a review's title, not a body."""
    rows = [(k, *(_classified(lines[k]) if len(lines[k]) <= _CACHED_LINE else classify(lines[k])))
            for k in range(start, len(lines)) if lines[k].strip()]
    for n in range(len(rows) - 1):
        if _rated_title_line(lines, rows, n):
            rows[n] = (rows[n][0], Kind.ACTION, "")  # "5.0 out of 5 stars Best boots I ever owned"
        elif _lower_header(lines, rows, n):
            rows[n] = (rows[n][0], Kind.NAME, lines[rows[n][0]].strip())  # "the quiet setter" over "2h"
        elif _role_header(lines, rows, n):
            rows[n] = (rows[n][0], Kind.NAME, lines[rows[n][0]].strip())  # "Moderator" over "2 days ago"
    _mark_leading_control(lines, rows)
    _mark_profile_boxes(lines, rows)
    _mark_quote_openings(lines, rows)
    _mark_repeated_notices(lines, rows)
    dashed = {n: m["name"] for n, (k, kind, _) in enumerate(rows) if n and rows[n - 1][1] is Kind.PROSE
              and rows[n - 1][0] == k - 1 and kind in (Kind.NAME, Kind.SHORT, Kind.PROSE)
              and len(text := lines[k].strip()) <= _SIGN_OFF_CHARS and (m := _DASH_SIGN_OFF.match(text))}
    for n, name in dashed.items():  # the name alone: no town after its comma, no "(studio)" after it
        dashed[n] = _SIGN_ROLE.sub("", name).split(",", 1)[0].strip()
    signs = [n for n, (k, kind, _) in enumerate(rows) if kind in (Kind.NAME, Kind.SHORT, Kind.PROSE)
             and len(text := lines[k].strip()) <= _SIGN_OFF_CHARS and (_SIGN_OFF.match(text) or n in dashed)]
    signed = {n: head for n, (k, kind, _) in enumerate(rows) if kind in (Kind.SHORT, Kind.PROSE, Kind.OTHER)
              and len(lines[k]) <= _SIGN_OFF_CHARS * 2 and (head := _signed_stamp(lines[k]))}
    if len(signs) + len(signed) >= _MIN_SIGN_OFFS:  # listeners' sign-offs: "Rob the farrier" is a name there
        for n in signs:
            rows[n] = (rows[n][0], Kind.NAME, dashed.get(n) or lines[rows[n][0]].strip())
        for n, head in signed.items():
            rows[n] = (rows[n][0], Kind.NAMED, head)  # "Rob the farrier · 16:12"
        _message_lines(rows, set(signs))
    labels: Counter[str] = Counter()
    named: set[str] = set()  # labels over a stamp: names with a figure ("Reader 7" over "3 hours ago")
    for n, (k, kind, _) in enumerate(rows):
        if kind in (Kind.NAME, Kind.SHORT) and (m := _LABEL_COUNT.match(lines[k].strip())):
            labels[m["label"].lower()] += 1
            if n + 1 < len(rows) and rows[n + 1][1] in _STAMPS:
                named.add(m["label"].lower())
    counted_first = Counter(label for k, kind, _ in rows
                            if kind is Kind.PROSE and (label := _counted_row(lines[k])))
    buttons = sum(_bang_button(lines, rows, n) for n in range(len(rows)))
    voting = False  # under a helpfulness prompt: its buttons one per line ("Yes", "No")
    for n, (k, kind, _) in enumerate(rows):
        text = lines[k].strip()
        vote = voting and bool(_VOTE_BUTTON.match(text))  # (right under it, or a blank line between)
        voting = vote or (kind is Kind.ACTION and helpful_row(text))
        if vote:
            rows[n] = (k, Kind.ACTION, _ROW)  # the prompt's buttons close the review like an action row
        elif kind is Kind.ACTION and _profile_numbers(lines, rows, n):
            pass  # a reviewer's bare friends, reviews and photos counts between the name and the stamp
        elif kind is Kind.ACTION and (_is_action_line(text) or _OTHER_ACTION.match(text)):
            rows[n] = (k, kind, _ROW)  # an action row ("Reply", "Like · Share"): it closes what stands above
        elif kind is Kind.ACTION and (_rating_line(text) or _STARS.match(text)):
            rows[n] = (k, kind, _RATED)  # "7/10": a review's rating over its title and its reviewer
        elif (kind in (Kind.NAME, Kind.SHORT) and (m := _LABEL_COUNT.match(text))
              and labels[m["label"].lower()] >= _MIN_COUNTERS and m["label"].lower() not in named):
            rows[n] = (k, Kind.ACTION, "")  # a reaction counter under every comment ("Sympathize 842")
        elif kind is Kind.PROSE and counted_first[_counted_row(lines[k])] >= _MIN_COUNTERS:
            rows[n] = (k, Kind.ACTION, "")  # the count before the buttons ("12   Reply   Quote   Tip")
        elif buttons >= _BANG_BUTTONS and _bang_button(lines, rows, n):
            rows[n] = (k, Kind.ACTION, _ROW)  # "Helpful!" under every review: its vote button
    for n in range(1, len(rows) - 1):
        stamped = rows[n - 1][1] in _STAMPS
        acted = rows[n + 1][1] is Kind.ACTION and _is_action_line(lines[rows[n + 1][0]].strip())
        detailed = stamped and _named_stamp(rows, n - 1) and _detail_over_row(lines, rows, n + 1)
        # "Brewers, miners, widows" over "Draught": under a header's name and stamp, not a stamp alone
        if rows[n][1] in (Kind.NAME, Kind.SHORT) and stamped and (acted or detailed):
            rows[n] = (rows[n][0], Kind.PROSE, "")  # not "Ruth Iwobi" over "8,912"
        elif rows[n][1] in (Kind.NAME, Kind.SHORT) and acted and _last_paragraph_line(rows, n):
            rows[n] = (rows[n][0], Kind.PROSE, "")  # "Get well soon Ann": a body's last paragraph
        elif (rows[n][1] is Kind.PROSE and _title_between(lines, rows, n)
              and not is_removal_notice(lines[rows[n][0]])):  # "Reply deleted" between two comments
            rows[n] = (rows[n][0], Kind.SHORT, "")
        elif rows[n][1] in (Kind.PROSE, Kind.OTHER) and _exclaimed_title(lines, rows, n):
            rows[n] = (rows[n][0], Kind.SHORT, "")  # "Best boots I ever owned!", "#NoBlisters"
    for n in range(1, len(rows)):
        if _furniture_in_body_slot(lines, rows, n) or _firm_sign_off(lines, rows, n):
            rows[n] = (rows[n][0], Kind.PROSE, "")  # "Follow us on Instagram for more": a commenter's words
    templated = sum(kind is Kind.NAMED for _, kind, _ in rows) >= _MIN_NAMED
    for n in range(1, len(rows)):
        if templated and (advert := _advert_header(lines, rows, n)):
            rows[n] = (rows[n][0], Kind.NAMED, advert)
    for n in range(len(rows)):
        if _titled_day(lines, rows, n):
            rows[n] = (rows[n][0], Kind.STAMP, "")  # "Lost me this season  02/26/2026" over "★★☆☆☆ Gareth T"
    rated_titles = _rated_titles(lines, rows)
    slot_titles = _slot_titles(lines, rows) - {n + 2 for n in rated_titles}  # (the name under the rating)
    for n in range(len(rows) - 1):
        if (n in rated_titles or rows[n][1] is Kind.STAMP) and (name := _rated_name(lines, rows, n + 1)):
            rows[n + 1] = (rows[n + 1][0], Kind.NAME, name)  # "★★☆☆☆ lisa m": the reviewer under the title
    for n in range(1, len(rows)):
        if _emoji_message(lines, rows, n) or _short_reply(lines, rows, n):
            rows[n] = (rows[n][0], Kind.PROSE, "")
        elif n in rated_titles:
            rows[n] = (rows[n][0], Kind.SHORT, "")  # a podcast review's title over its stars and reviewer
        elif _review_title(rows, n) or _titled_review(lines, rows, n) or n in slot_titles:
            rows[n] = (rows[n][0], Kind.SHORT, "")  # a title, kept out of the body as "Title:" fields are
    _mark_translation_notes(lines, rows)
    return rows


def _mark_translation_notes(lines: list[str], rows: list[tuple[int, Kind, str]]) -> None:
    """A platform's note that it translated a review, and its "Show original" toggle, between the
    review's stamp and its text: the header's (no body, and no action row closing the review). The
    same words anywhere else (a comment that says "Show original") are left as they are."""
    n = 1
    while n < len(rows) - 1:
        if rows[n - 1][1] in _STAMPS and _TRANSLATED_NOTE.match(lines[rows[n][0]].strip()):
            notes = n
            while notes + 1 < len(rows) and _TRANSLATED_NOTE.match(lines[rows[notes + 1][0]].strip()):
                notes += 1  # the note, then its toggle
            if notes + 1 < len(rows) and rows[notes + 1][1] in _BODY_KINDS:
                for m in range(n, notes + 1):
                    rows[m] = (rows[m][0], Kind.ACTION, "")
            n = notes
        n += 1


_TITLE_MOST_WORDS = 15
_DETAIL_WORDS = 2


def _detail_over_row(lines: list[str], rows: list[tuple[int, Kind, str]], m: int) -> bool:
    """Whether row m is a post's one detail label right over its action row ("Draught" over "Toast
    Comment", a check-in's serving): a word or two, no sentence, the row right under it; so the short
    line over it, under the header's stamp, is the post's whole text, not a label."""
    k, kind, _ = rows[m]
    return (m + 1 < len(rows) and kind in (Kind.NAME, Kind.SHORT) and len(lines[k].split()) <= _DETAIL_WORDS
            and rows[m + 1][1] is Kind.ACTION and rows[m + 1][0] == k + 1
            and _is_action_line(lines[rows[m + 1][0]].strip()))


def _firm_sign_off(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n, a name only by the firm's abbreviation closing it ("Cheers Saltpan Brewing Co."),
    is a comment's last line: right under a line of its text, where no name line stands (a firm's
    account name heads its comment over a stamp or under another comment's stamp or row)."""
    k, kind, _ = rows[n]
    words = lines[k].split()
    return (kind is Kind.NAME and len(words) > 1 and _firm_end(words)
            and rows[n - 1][1] is Kind.PROSE and rows[n - 1][0] == k - 1)


def _named_stamp(rows: list[tuple[int, Kind, str]], s: int) -> bool:
    """Whether row s, a stamp, is a comment header's: a name on the line right above it ("Ann Lee" over
    "2 hours ago"), where a related-stories list prints its stamp alone over the headline."""
    return s >= 1 and rows[s - 1][1] is Kind.NAME and rows[s - 1][0] == rows[s][0] - 1


_AFTER_BODY = (Kind.PROSE, Kind.SIGNED)


def _furniture_in_body_slot(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a line the furniture patterns take by its words ("Follow us on Instagram for more
    sunsets") stands where a comment's text stands, so is that text: a comment is never furniture
    because of what it says. Its slot: right under a header of a name over a stamp with no other text
    under it, or right between a name and the stamp under it that another comment's stamp or action
    row closes above. A heading or a link heading stays what it is, and so does a line under a stamp
    with a label before it (a photo page's "Uploaded on November 15" over "All rights reserved")."""
    k, kind, _ = rows[n]
    text = lines[k].strip()
    if kind is not Kind.OTHER or not worded_furniture(text) or _is_heading(text) or _is_link_heading(text):
        return False
    after = rows[n + 1][1] if n + 1 < len(rows) else None
    above = rows[n - 1][1]
    if above is Kind.STAMP and n >= 2 and rows[n - 2][1] is Kind.NAME:
        return after not in _AFTER_BODY  # the header's only text (prose under it: a page's head)
    return (above is Kind.NAME and after is Kind.STAMP and n >= 2
            and rows[n - 2][1] in (Kind.STAMP, Kind.ACTION)
            and rows[n - 1][0] == k - 1 and rows[n + 1][0] == k + 1)


_STARS_FIRST = re.compile(rf"^{_STAR_RATING}\s+(?P<name>\S.{{0,60}})$")


def _rated_name(lines: list[str], rows: list[tuple[int, Kind, str]], m: int) -> str:
    """The reviewer's name of row m where it holds the name with the rating before it ("★★★★☆ mirela_k",
    "★★★★☆ lisa m"), else ''."""
    text = lines[rows[m][0]].strip()
    if rows[m][1] not in (Kind.NAME, Kind.SHORT) or text[:1] not in _STAR_GLYPHS:
        return ""
    starred = _STARS_FIRST.match(text)
    name = starred["name"].strip() if starred else ""
    return name if name and (_is_name(name) or _lower_name(name, "")) else ""


_TITLE_DAY = re.compile(r"^(?P<title>\S.{0,150}?)(?:\s{2,}|\t+)(?P<day>[^\s].{2,40})$")


def _titled_day(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n is a review's title and its day on one line, apart by a wide gap, right over the
    reviewer's name with the rating before it ("Lost me this season   02/26/2026" over "★★☆☆☆ Gareth
    T"): the review's header, its title no part of the text above or below."""
    k, kind, _ = rows[n]
    if kind not in (Kind.NAME, Kind.NAMED, Kind.SHORT, Kind.PROSE, Kind.OTHER) or n + 1 >= len(rows):
        return False
    if rows[n + 1][0] != k + 1 or not _rated_name(lines, rows, n + 1) or len(lines[k]) > _NAME_LINE * 2:
        return False
    titled = _TITLE_DAY.match(lines[k].strip())
    return (titled is not None and len(titled["title"].split()) <= _TITLE_MOST_WORDS
            and _pure_stamp(titled["day"]))


def _title_over_rating(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n is a review's title printed over the review's rating (a podcast or app store's
    review: "Lost me this season", then "★★☆☆☆", then "Gareth T, 02/26/2026" or the name over the day;
    or the title over "★★☆☆☆ Gareth T"): a line of a few words that opens its paragraph, right over the
    rating and the reviewer's header, each line right under the one before. The last line of the review
    above stands apart from the next review's rating by a blank line, and is no title."""
    k, kind, _ = rows[n]
    if kind not in (Kind.NAME, Kind.SHORT, Kind.PROSE) or n + 2 >= len(rows) or rows[n + 1][0] != k + 1:
        return False
    if n and rows[n - 1][0] == k - 1 and rows[n - 1][2] != _ROW:
        return False  # under a line of its own paragraph: a body's line, or a header's
    if len(lines[k].split()) > _TITLE_MOST_WORDS:
        return False
    under, then = rows[n + 1], rows[n + 2]
    if _rated_name(lines, rows, n + 1):  # "★★☆☆☆ Gareth T" over the day or the text
        return then[0] == k + 2 and then[1] in (*_STAMPS, *_BODY_KINDS)
    if under[2] != _RATED or then[0] != k + 2:
        return False
    return then[1] is Kind.NAMED or (then[1] is Kind.NAME and n + 3 < len(rows) and rows[n + 3][0] == k + 3
                                     and rows[n + 3][1] is Kind.STAMP)


def _rated_titles(lines: list[str], rows: list[tuple[int, Kind, str]]) -> set[int]:
    """The rows that are reviews' titles over their ratings (_title_over_rating). A title that reads as
    a name ("Great Show") only where two reviews or more of the page have a title there that does not:
    a travel site prints the reviewer's name over the rating and the title under it."""
    over = [n for n in range(len(rows) - 2) if _title_over_rating(lines, rows, n)]
    plain = {n for n in over if rows[n][1] is not Kind.NAME}
    return set(over) if len(plain) >= _PAGE_TITLES else plain


def _last_paragraph_line(rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a name-like line is a comment's closing paragraph of a few words: one blank line under
    a body's prose and right over the action row that closes the comment."""
    k = rows[n][0]
    return (rows[n - 1][1] in _BODY_KINDS and rows[n - 1][0] == k - 2
            and rows[n + 1][0] == k + 1)
_MIN_NAMED = 2  # name-and-stamp header lines on the page before a spammer's advert in one is read as a name
_ADVERT_WORDS = 16  # the words of an advert a spammer types in the name field, at most
_STAMP_AFTER = re.compile(r"^(?P<head>\S.*?\S)\s+[·•|]\s+(?P<stamp>[^·•|]{1,40})$")


def _advert_header(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> str:
    """The name field of a line that is a comment's header on a page of "name · stamp" headers, its
    name an advert no name test accepts ("CHEAP PASSES 80% OFF VISIT deals-now · 14:51"): the stamp
    after the last separator, no sentence end before it, and right after the comment above it closed
    (its action row, or a removed comment's notice) with a body under it; '' when it is no such line."""
    k, kind, _ = rows[n]
    if kind is not Kind.PROSE or n + 1 >= len(rows) or rows[n + 1][1] not in _BODY_KINDS:
        return ""
    above_k, above_kind, above_name = rows[n - 1]
    closed = above_name == _ROW or (above_kind is Kind.PROSE and is_removal_notice(lines[above_k]))
    match = _STAMP_AFTER.match(lines[k].strip()) if closed and len(lines[k]) <= _NAME_LINE * 2 else None
    if match is None or not _pure_stamp(match["stamp"]):
        return ""
    head = match["head"]
    return head if len(head.split()) <= _ADVERT_WORDS and head[-1] not in _SENTENCE_END else ""


def _profile_numbers(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n is a reviewer's profile counts as bare figures ("23   71   140"): a counts row
    right under a name or place line and right over a stamp, so part of the header, not the action row
    that closes a comment (a table's row of figures has no name over it and no stamp under it)."""
    k = rows[n][0]
    if not (0 < n < len(rows) - 1 and _COUNTS_ROW.match(lines[k])):
        return False
    if rows[n - 1][1] is not Kind.NAME or rows[n - 1][0] != k - 1:
        return False
    m = n + 1  # a badge may stand between ("Elite 2026")
    while m < len(rows) - 1 and rows[m][1] is Kind.ACTION and _is_badge(lines[rows[m][0]].strip()):
        m += 1
    return rows[m][1] in _STAMPS and rows[m][0] == k + m - n


def _titled_review(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether line n is a review's title in a header of rating and day ("Rated 2 out of 5 stars",
    "Mar 4, 2026", "Stale bread twice this week", then the review): right under the two, in either
    order, over the review's first line, one line that does not end like a sentence, whatever its
    length (a short title reads as a name, a long one as prose; neither is the body)."""
    k, kind, _ = rows[n]
    if kind is not Kind.PROSE or n < 2 or n + 1 >= len(rows) or rows[n + 1][0] != k + 1:
        return False
    (one, kind_one, name_one), (two, kind_two, name_two) = rows[n - 2], rows[n - 1]
    if (one, two) != (k - 2, k - 1) or rows[n + 1][1] is not Kind.PROSE:
        return False
    header = {(kind_one, name_one == _RATED), (kind_two, name_two == _RATED)}
    if not ({(Kind.ACTION, True)} <= header and any(kd in _STAMPS for kd, _ in header)):
        return False
    text = lines[k].strip()
    return len(text.split()) <= _TITLE_MOST_WORDS and text[-1:] not in ".!?…:;,\"”’'"


def _review_title(rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a name-like line is a review's title ("Bugs", "Wow", "@Dan"): right under the
    review's rating and right over the reviewer's header (a name over a stamp, or both on a line)."""
    k, kind, _ = rows[n]
    if kind is not Kind.NAME or rows[n - 1][2] != _RATED or rows[n - 1][0] != k - 1 or n + 1 >= len(rows):
        return False
    after, after_kind, _ = rows[n + 1]
    if after != k + 1:
        return False
    return after_kind is Kind.NAMED or (after_kind is Kind.NAME and n + 2 < len(rows)
                                        and rows[n + 2][1] is Kind.STAMP and rows[n + 2][0] == k + 2)


def _short_reply(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a few words that are neither a name nor a sentence ("who is this", "source? genuinely
    asking") are a comment's whole body: right under a header of a name over a stamp, and the last
    line before a blank line or the end (a header's lines stand together, so its name is above); or
    between a name and a clock time alone, the last line of the three (a chat's message)."""
    k, kind, _ = rows[n]
    if kind is not Kind.SHORT:
        return False
    last = n + 1 == len(rows) or rows[n + 1][0] > k + 1
    if last:
        return (n >= 2 and rows[n - 1][1] is Kind.STAMP and rows[n - 1][0] == k - 1
                and rows[n - 2][1] is Kind.NAME and rows[n - 2][0] == k - 2)
    return (rows[n - 1][1] is Kind.NAME and rows[n - 1][0] == k - 1 and rows[n + 1][1] is Kind.STAMP
            and rows[n + 1][0] == k + 1 and (n + 2 == len(rows) or rows[n + 2][0] > k + 2)
            and bool(_BARE_TIME.match(lines[k + 1].strip())))  # a chat's name, message and time


# A short message closed by an emoji ("ha 😂", "so good ❤️"): its words alone read as a name or a label.
_EMOJI_END = re.compile(r"[\u2600-\u27bf\U0001F000-\U0001FAFF][\ufe0f\U0001F3FB-\U0001F3FF]*$")


def _emoji_message(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a name-like or short line ending in an emoji is a comment's whole body: right under
    its header's stamp and the last line before a blank line, an action row or the end; or a line of
    emoji alone ("🔥🔥🔥") right under its commenter's name and right over the stamp row."""
    k, kind, _ = rows[n]
    if (kind is Kind.ACTION and n + 1 < len(rows) and rows[n - 1][1] is Kind.NAME and rows[n - 1][0] == k - 1
            and rows[n + 1][1] in _STAMPS and rows[n + 1][0] == k + 1 and _emoji_only(lines[k].strip())
            and _is_action_line(_COUNT_SPLIT.split(lines[k + 1].strip())[-1])):  # ("2d  318 likes  Reply")
        return True
    last = n + 1 == len(rows) or rows[n + 1][0] > k + 1 or rows[n + 1][1] is Kind.ACTION
    return (kind in (Kind.NAME, Kind.SHORT) and rows[n - 1][1] in _STAMPS and rows[n - 1][0] == k - 1
            and last and bool(_EMOJI_END.search(lines[k].rstrip())))


_EMOJI_TAIL = re.compile(r"(?:\s*[\u2600-\u27bf\U0001F000-\U0001FAFF][\ufe0f\U0001F3FB-\U0001F3FF]*)+$")


def _emoji_only(text: str) -> bool:
    """A message of emoji alone: no letter and no figure, two pictographs or more ("🔥🔥🔥", "❤️ ❤️"; one
    alone under a name may be its badge's icon)."""
    return (bool(text) and len(text) <= _NAME_CHARS and not _EMOJI_TAIL.sub("", text).strip()
            and len(_PICTOGRAPH.findall(text)) >= 2)


_PICTOGRAPH = re.compile(r"[\u2600-\u27bf\U0001F000-\U0001FAFF]")


_ROW = "|row"  # the name field of an action row's line
_RATED = "|rating"  # the name field of a rating line's
_STARS = re.compile(rf"^{_STAR_RATING}$")  # a star rating alone on its line ("★★★★☆", "★★★½", "½")
_TAG_WORD = re.compile(r"^[A-Z][a-z]{2,20}$")  # a post's tag or a label ("Audiobook"), not a handle


# A page's lines are classified once for every heading a reading starts from: short lines keep their kind.
_classified = lru_cache(maxsize=1 << 12)(classify)
_CACHE_CLEARS.append(_classified.cache_clear)  # clear_line_caches() clears it with the layout's
_CACHED_LINE = 300

_NOTICE_WORDS = 6  # a repeated line this long is a notice (shorter ones: "Same here." may repeat)


def _mark_repeated_notices(lines: list[str], rows: list[tuple[int, Kind, str]]) -> None:
    """Mark as furniture (OTHER) a sentence the page prints under more than one comment: the site's
    notice ("This review is the subjective opinion of …"). Not a comment copied word for word (a bot's
    repost, a reader posting twice): there each copy is a whole body of its own, right under a header
    (a name or a stamp), so both copies stay comments; nor a post a reply quotes (its copy under the
    reply's "Ann Lee wrote:" counts for nothing, and is the quoted post's words, left out as before)."""
    seen = Counter(lines[k].strip() for k, kind, _ in rows if kind is Kind.PROSE)
    repeated = {line for line, times in seen.items() if times > 1 and len(line.split()) >= _NOTICE_WORDS}
    if not repeated:
        return
    bodies = _copied_bodies(lines, rows, repeated)
    for n, (k, kind, _) in enumerate(rows):
        if kind is Kind.PROSE and lines[k].strip() in repeated and lines[k].strip() not in bodies:
            rows[n] = (k, Kind.OTHER, "")


# The line that opens a forum reply's quote of another post: "Ann Lee wrote:" (its words after it on
# the same line perhaps), "Quote from Ann Lee:", "Quote from: ann on …", "Originally Posted by ann",
# "Quote:", or the quoted words themselves marked with "> " (not ">200 people …": ">" for "more than");
# "On November 20, 2026 at 14:05, Ann Lee said:" (Invision's, the time's colon in it).
_QUOTE_OPENING = re.compile(r"^(?:quote:$|quote:\s+(?=\S)|(?:quote from|quoting|originally posted by)\b"
                            r"|[^\s:>][^:\n]{0,40}?\s(?:wrote|said|posted):(?:\s|$)|>(?:\s\S|[^\s\d])"
                            r"|on\s[^\n]{3,60}?,\s[^:\n,]{1,40}?\s(?:wrote|said|posted):$)", re.I)


def _quoted_run(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether the run of prose that row n opens is a reply's quote of another post: its first line
    opens the quote ("Ann Lee wrote: …", "> …"), or the line over it does ("Ann Lee wrote:"), a blank
    line between the two or none."""
    k = rows[n][0]
    if len(lines[k]) <= _QUOTE_OPENING_CHARS and _QUOTE_OPENING.match(lines[k].strip()):
        return True
    above = rows[n - 1][0] if n else -1  # (a blank line may stand between the two)
    if above < k - 2 or above < 0 or len(lines[above]) > _QUOTE_OPENING_CHARS:
        return False
    if rows[n - 1][1] is Kind.NAME:  # a header's name line ("Ann Lee wrote:" under the post's date)
        return False
    return bool(_QUOTE_OPENING.match(lines[above].strip()))


_QUOTE_OPENING_CHARS = 400


# ("Quote: Ann Lee wrote:" reads as a button row: the quoting verb and its colon tell it from one)
_QUOTE_WROTE_OPENING = re.compile(r"^quote:\s+\S.{0,40}\s(?:wrote|said|posted):$", re.I)


def _mark_quote_openings(lines: list[str], rows: list[tuple[int, Kind, str]]) -> None:
    """Mark as body text (PROSE) the name-like lines that open a reply's quote of another post under
    the reply's complete header ("Ann Lee" over "@ann · Nov 20, 2026", then "Bo Hart wrote:" or
    "Quote:" over the quoted words): the first lines of the reply's text, whose quote the layout's
    reply reader takes out, not a third header line. A "Bo Hart wrote:" opening a header (the name
    line of sites that print their commenters so) has no header above it and stays a name."""
    opened = -1  # the row of the last quote opening marked ("Quote:" over "Bo Hart wrote:")
    for n in range(1, len(rows) - 1):
        k, kind, _ = rows[n]
        text = lines[k].strip()
        opening = kind is Kind.NAME or kind is Kind.ACTION and bool(_QUOTE_WROTE_OPENING.match(text))
        if (opening and len(text) <= _QUOTE_OPENING_CHARS and _QUOTE_OPENING.match(text)
                and rows[n + 1][1] in (Kind.PROSE, Kind.NAME)
                and (opened == n - 1 or _opens_a_body(rows, n))):  # (under the header, or under "Quote:")
            rows[n] = (k, Kind.PROSE, "")
            opened = n


def _opens_a_body(rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n stands right under a comment's header: the header lines over it give a name and
    a stamp ("Ann Lee" over "3 hours ago", or "Ann Lee · 3h"). A stamp alone over it may close the text
    above ("Written March 3, 2026" under a review's text), and a name alone may be a button's ("Thank
    Ann Lee" under the text)."""
    kinds: set[Kind] = set()
    m = n - 1
    while m >= 0 and rows[m][1] in (Kind.NAME, *_STAMPS):
        kinds.add(rows[m][1])
        m -= 1
    return Kind.NAMED in kinds or (Kind.NAME in kinds and bool(kinds & {Kind.STAMP, Kind.OPENER}))


def _copied_bodies(lines: list[str], rows: list[tuple[int, Kind, str]], repeated: set[str]) -> set[str]:
    """The repeated lines that are comments copied whole: at every place the line stands, its run of
    prose lines is the same and opens right under a header row (a notice is printed under a comment's
    own text or its action row, and a notice run in with the text differs from place to place). A
    reply's quote of a post is the post's words again and counts for nothing; a line that stands in
    nothing but quote-like runs is no notice (a notice stands under plain posts too): a comment posted
    twice that opens like a quote ("The council said: …", "> the words"), or a quoting reply's own
    words quoted in turn by the next reply."""
    runs: dict[str, set[tuple[str, ...]]] = {}
    under_header: dict[str, bool] = {}
    in_quotes: set[str] = set()
    n = 0
    quoted = False  # the run is (or follows, blank lines between) a reply's quote of another post
    while n < len(rows):
        if rows[n][1] is not Kind.PROSE:
            n += 1
            continue
        end = n
        while end + 1 < len(rows) and rows[end + 1][1] is Kind.PROSE and rows[end + 1][0] == rows[end][0] + 1:
            end += 1
        run = tuple(lines[rows[m][0]].strip() for m in range(n, end + 1))
        quoted = (quoted and rows[n - 1][1] is Kind.PROSE) or _quoted_run(lines, rows, n)
        if quoted:
            in_quotes.update(set(run) & repeated)
            n = end + 1
            continue
        headed = _opens_a_body(rows, n)
        for line in set(run) & repeated:
            runs.setdefault(line, set()).add(run)
            under_header[line] = under_header.get(line, True) and headed
        n = end + 1
    copied = {line for line, found in runs.items() if len(found) == 1 and under_header[line]}
    return copied | (in_quotes - runs.keys())


def _title_between(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a line of prose is a review's title: one short line that does not end like a
    sentence, right under a counts or rating line and right over a stamp, or a name and stamp on one
    line ("ann_lee · Mar 4, 2025"), with no blank line between."""
    k = rows[n][0]
    text = _EMOJI_TAIL.sub("", lines[k].strip()) or lines[k].strip()  # ("… every one of them. 🤍": a body)
    signed = (rows[n + 1][1] is Kind.NAME and n + 2 < len(rows) and rows[n + 2][1] is Kind.STAMP
              and rows[n + 2][0] == k + 2)  # the title over "by Denise M." over the review's date
    return (len(text.split()) < _HEADLINE_WORDS and text[-1:] not in ".!?…\"”"
            and rows[n - 1][1] is Kind.ACTION and not _is_badge(lines[rows[n - 1][0]].strip())
            and (rows[n + 1][1] in _STAMPS and not _acted_stamp(lines[rows[n + 1][0]]) or signed)
            and rows[n - 1][0] == k - 1 and rows[n + 1][0] == k + 1)


# A marketplace review's rating in its own words, with one decimal, and its title after one space
# ("5.0 out of 5 stars Best boots I ever owned"): a header line only over the review's stamp, since an
# article's sentence may open the same way ("4.5 out of 5 stars is what the inspectors gave it").
_RATED_TITLE = re.compile(r"^\d[.,]\d\s+out of\s+\d{1,2}\s+stars?\s+\S", re.I)


def _rated_title_line(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether line n is a review's rating and title on one line (above): right over a stamp line
    ("Reviewed in the United States on October 3, 2026", "By Ann Lee on March 3, 2019")."""
    k, kind, _ = rows[n]
    return (kind is Kind.PROSE and len(lines[k]) <= _NAME_LINE * 2
            and bool(_RATED_TITLE.match(lines[k].strip()))
            and rows[n + 1][1] in _STAMPS and rows[n + 1][0] == k + 1)


_HASHTAG_TITLE = re.compile(r"^#[^\W\d_][\w]{1,40}$")  # "#NoBlisters": a tag standing for a review's title


def _exclaimed_title(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a line is a review's title that _title_between leaves for a body: one that ends like an
    exclamation or a question ("Best boots I ever owned!", "Why does the seam leak?") or a hashtag
    alone ("#NoBlisters"), right under the review's rating line and right over its stamp, with the
    review's text to come under the stamp (its badges and fields between). A review whose whole text
    stands between its rating and a stamp has the next reviewer, not prose, under that stamp."""
    k, kind, _ = rows[n]
    if n == 0 or n + 2 >= len(rows) or rows[n - 1][2] != _RATED or rows[n - 1][0] != k - 1:
        return False
    if rows[n + 1][1] not in _STAMPS or rows[n + 1][0] != k + 1 or _acted_stamp(lines[k + 1]):
        return False
    text = lines[k].strip()
    titled = (bool(_HASHTAG_TITLE.match(text)) if kind is Kind.OTHER
              else len(text.split()) < _HEADLINE_WORDS and text[-1:] in "!?")
    return titled and _text_under(rows, n + 2)


def _text_under(rows: list[tuple[int, Kind, str]], m: int) -> bool:
    """Whether a review's text starts at row m, after its badge, field and label lines ("Verified
    Purchase", "Traveled as: Couples")."""
    while m < len(rows) and (rows[m][1] is Kind.OTHER or rows[m][1] is Kind.ACTION
                             and rows[m][2] not in (_ROW, _RATED)):
        m += 1
    return m < len(rows) and rows[m][1] in _BODY_KINDS


# A review's title in its own quotes ("“Worth the climb back up?”"): the quotes say it is a title, whatever
# its last mark.
_QUOTED_TITLE = re.compile(r"^[“\"](?P<title>[^“”\"]{1,120})[”\"]$")
_REVIEWER_REACH = 4  # the reviewer's lines over a rating (name, place, counts, badge), at most


def _named_header(rows: list[tuple[int, Kind, str]], m: int) -> bool:
    """Whether the rows right over row m (no blank line between) hold the reviewer's name: a name line,
    with only place, badge and counts lines between."""
    k = rows[m][0]
    for up in range(1, _REVIEWER_REACH + 1):
        if m - up < 0 or rows[m - up][0] != k - up:
            return False
        kind, name = rows[m - up][1], rows[m - up][2]
        if kind in (Kind.NAME, Kind.NAMED):
            return True
        if kind is not Kind.ACTION or name in (_ROW, _RATED):
            return False
    return False


def _slot(lines: list[str], rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether row n stands where a review site prints the review's title: under a reviewer's header
    of name, rating and day, in either of the orders travel and store sites use (the rating over the
    title and the day, "Visited October 2026 • Couples", under it; the rating and the day over it, on
    two lines or one), with the review's text to come, each line right under the one before."""
    k = rows[n][0]
    if n < 1 or n + 1 >= len(rows) or rows[n + 1][0] != k + 1 or rows[n][1] not in (
            Kind.NAME, Kind.SHORT, Kind.PROSE, Kind.OTHER) or rows[n - 1][0] != k - 1:
        return False
    above, under = rows[n - 1], rows[n + 1]
    if above[2] == _RATED:  # rating / title / day / text
        return under[1] in _STAMPS and _text_under(rows, n + 2) and _named_header(rows, n - 1)
    if under[1] not in _BODY_KINDS or above[1] not in _STAMPS:
        return False
    if n >= 2 and rows[n - 2][0] == k - 2 and rows[n - 2][2] == _RATED:  # rating / day / title / text
        return _named_header(rows, n - 2)
    return (above[1] is Kind.STAMP and _rated_stamp(lines[above[0]].strip())  # "5.0 of 5 bubbles Reviewed …"
            and _named_header(rows, n - 1))


_PAGE_TITLES = 2  # reviews with a title at their text's top, at least, for the slot to be the page's


def _rated_headers(lines: list[str], rows: list[tuple[int, Kind, str]]) -> int:
    """How many reviews the page shows a rating for: its rating lines, and its stamps with the rating on
    them ("★★★☆☆ 3 weeks ago")."""
    return sum(name == _RATED or kind is Kind.STAMP and _rated_stamp(lines[k].strip())
               for k, kind, name in rows)


def _titled_page(lines: list[str], rows: list[tuple[int, Kind, str]], titled: set[int]) -> bool:
    """Whether the lines at the top of reviews' texts that read as titles are the page's pattern: at
    least two reviews, and at least half of those the page rates, open so. A short first line of one
    review's text, with no stop, is no title where the page's other reviews have none."""
    return len(titled) >= _PAGE_TITLES and 2 * len(titled) >= _rated_headers(lines, rows)


def _slot_titles(lines: list[str], rows: list[tuple[int, Kind, str]]) -> set[int]:
    """The rows that are reviews' titles in their own slot (above): a line of a few words that does
    not end like a sentence, or is in quotes; one that ends in "?" or "!" only where the page's other
    reviews have a title in the same slot (a short first line of a review's text may end so). Where the
    slot is the top of the review's text (under the rating and the day), a line unquoted is a title only
    where the page's reviews have titles there (_titled_page); between the rating and the day no
    review's text stands, and the slot says it."""
    slots = [n for n in range(1, len(rows) - 1) if _slot(lines, rows, n)]
    plain: set[int] = set()
    cried: set[int] = set()
    for n in slots:
        text = lines[rows[n][0]].strip()
        quoted = _QUOTED_TITLE.match(text)
        words = len((quoted["title"] if quoted else text).split())
        if words > _TITLE_MOST_WORDS:
            continue
        if quoted or text[-1:] not in ".!?…:;,":
            plain.add(n)
        elif text[-1:] in "!?":
            cried.add(n)
    text_top = {n for n in plain | cried if rows[n - 1][2] != _RATED}
    if text_top and not _titled_page(lines, rows, text_top):
        unquoted = {n for n in text_top if not _QUOTED_TITLE.match(lines[rows[n][0]].strip())}
        plain, cried = plain - unquoted, cried - unquoted
    return plain | cried if plain else set()


def _acted_stamp(line: str) -> bool:
    """Whether a stamp line is a comment's action row with its age in it ("Like · Reply · 1d"): it
    closes the body above it, so the line over it is the body's last, never a title over a header."""
    parts = [part for part in _COUNT_SPLIT.split(line.strip()) if part]
    return len(parts) > 1 and any(_is_action_line(part) for part in parts)


def _segments(lines: list[str], start: int) -> list[list[Block]]:
    """The lines from `start` on, cut at link headings ("More from …", "Recommended for you"),
    each part as alternating blocks of short lines and of body text (blank lines join the block
    they stand in; a signature closes its body)."""
    segments: list[list[Block]] = [[]]
    run: list[tuple[int, Kind, str]] = []

    def close() -> None:
        if run:
            segments[-1].append(Block(run[0][1] in _BODY_KINDS, tuple(run)))
            run.clear()

    above = ""  # the last line before this one: a sort control's option ("Sort", "Recommended") ends nothing
    rows = _kinds(lines, start)
    for n, row in enumerate(rows):
        text = lines[row[0]].strip()
        if (_is_section_end(text) and not _SORT_LABEL.match(above) and not _SPONSORED.match(text)
                and not _verdict_in_header(text, rows, n)):
            close()
            segments.append([])
            above = text
            continue
        above = text
        # a removed comment's notice as a paragraph of its own under a body is a slot of its own,
        # not the body's last paragraph ("This comment has been removed by the member.")
        notice = (row[1] is Kind.PROSE and bool(run) and run[-1][1] in _BODY_KINDS
                  and row[0] - run[-1][0] > 1 and is_removal_notice(text))
        # (and a notice opening a body run is a slot of its own: the next comment's lines are not its body)
        notice = notice or (row[1] is Kind.PROSE and (not run or run[0][1] not in _BODY_KINDS)
                            and is_removal_notice(text))
        if run and ((run[0][1] in _BODY_KINDS) != (row[1] in _BODY_KINDS) or notice):
            close()
        run.append(row)
        if row[1] is Kind.SIGNED or notice:
            close()
    close()
    return [segment for segment in segments if segment]


def _verdict_in_header(text: str, rows: list[tuple[int, Kind, str]], n: int) -> bool:
    """Whether a "Recommended" line is a review's verdict: right under its reviewer's name or
    profile counts, or right over the play time or stamp, with no blank line between (a link
    list's heading stands apart from the lines above and has headlines under it)."""
    if _REVIEW_TALLY.match(text) is None:
        return False
    row = rows[n]
    previous = rows[n - 1] if n else None
    following = rows[n + 1] if n + 1 < len(rows) else None
    above = (previous is not None and previous[0] == row[0] - 1 and previous[1] in (Kind.NAME, Kind.ACTION)
             and previous[2] != _ROW)  # ("Reply", then a "Recommended" list: the list's heading)
    under = following is not None and following[0] == row[0] + 1 and following[1] in (Kind.ACTION, *_STAMPS)
    return above or under


# A sort control's label, the option under it ("Sort" over "Recommended"); an ad card among the comments.
_SORT_LABEL = re.compile(r"^(?:sort|sorted|order|ordered)(?: by)?\s*:?$", re.I)
_SPONSORED = re.compile(r"^(?:sponsored|promoted|ad)(?: by\b.{1,60})?$", re.I)


# Lines after which a page's other stories follow: link headings, and "See all responses"/"More from X".
_SECTION_END = re.compile(r"^(?:more (?:from|by|on|in)\b.{1,60}"
                          # a maker's other titles under a game's or a book's reviews ("More games by
                          # Pennant Works"): the maker's name after it, no sentence
                          r"|more (?:games|apps|books|titles|albums|films|podcasts|products) (?:from|by)"
                          r" (?-i:[A-Z\d])[^.!?]{0,58}"
                          r"|recommended (?:for you|from\b.{1,40})|you (?:may|might) also like\b.{0,20})$",
                          re.I)


# A link that opens the rest of a long comment ("Read more", "Show less"), never a section's end.
_EXPANDER = re.compile(r"^(?:read|see|show|view)\s+(?:more|less|full (?:review|comment|post))\W*$", re.I)


def _is_section_end(line: str) -> bool:
    """A link heading, or a line that opens a list of the site's other stories."""
    text = line.strip()
    return (len(text) <= 80 and (_is_link_heading(text) or bool(_SECTION_END.match(text)))
            and not _is_post_stamp(text) and not _EXPANDER.match(text)
            and not all(w in ACTION_WORDS for w in text.lower().split())  # a forum's "Top" button
            and not _is_badge(text))  # "Top contributor" under a commenter's name


_UNIT_REACH = 3  # lines from a name down to its stamp (a place, a title between), action lines aside
_ACTION_REACH = 9  # lines from a name down to its stamp in all (counts, ratings, badges between)


def _units(block: Block) -> list[tuple[int, str]]:
    """The (position in block, author) of each header unit in a block of short lines: a named stamp,
    or a name line with a stamp at most _UNIT_REACH lines under it (badges and places between)."""
    units: list[tuple[int, str]] = []
    items = block.lines
    under = -1  # the stamp line of the last name's unit: a place before it is not a name
    for n, (_, kind, name) in enumerate(items):
        if kind is Kind.OPENER and n + 1 < len(items) and items[n + 1][1] is Kind.NAME:
            units.append((n + 1, items[n + 1][2]))  # "#14" over the poster's name
            under = n + 1
        elif kind is Kind.NAMED and n != under:
            units.append((n, name))
        elif (kind is Kind.STAMP and n + 2 == len(items) and items[n + 1][1] is Kind.NAME
              and items[n + 1][0] == items[n][0] + 1 and not units):
            units.append((n + 1, items[n + 1][2]))  # "Date: …" over "From: ann_lee", the block's last line
            break
        elif kind is Kind.NAME and n > under:
            reach = 0
            nearest = (n, name)
            for m in range(n + 1, min(len(items), n + 1 + _ACTION_REACH)):
                below = items[m][1]
                if items[m][0] - items[m - 1][0] > 1:
                    break  # a blank line: the name is not this stamp's ("Expanded", then the header)
                if below is Kind.NAMED:  # "@wkamau" over "wkamau commented Mar 12, 2024"
                    named = items[m][2]  # (over a credential's stamp line: the nearest name line)
                    near = nearest[1].lstrip("@")
                    units.append((m, named) if named.lstrip("@") in near or near in named else nearest)
                    under = m
                    break
                if below is Kind.NAME:
                    nearest = (m, items[m][2])
                    if _TAG_WORD.match(name) and len(items[m][2].split()) > 1 and "," not in items[m][2]:
                        break  # a one-word tag ("Audiobook") over a full name: the name opens the header
                if below in _STAMPS:  # "Ann Lee" over "Harbour Heights · 2d"
                    rated = n > 0 and items[n - 1][2] == _RATED and items[n - 1][0] == items[n][0] - 1
                    units.append(nearest if rated else (n, name))  # a rating, its title, the reviewer
                    under = m
                    break
                if items[m][2] == _ROW:
                    break  # "Preview", "Reply", then the first commenter's header: the row closes the widget
                reach += below is not Kind.ACTION  # counts, badges and ratings between are free
                if below not in (Kind.ACTION, Kind.NAME, Kind.SHORT) or reach >= _UNIT_REACH:
                    break  # a badge, a handle, a title
    return units


def _signature_units(block: Block) -> list[tuple[int, str]]:
    """Header units of a block under a body: those of _units, or a stamp with the name right
    under it ("answered Mar 14, 2019 at 10:05", "Ruth Iwobi", her reputation)."""
    units = _units(block)
    items = block.lines
    stamp = next((n for n, (_, kind, _) in enumerate(items) if kind in (Kind.STAMP, Kind.OPENER)), None)
    if stamp is not None and stamp + 1 < len(items) and items[stamp + 1][1] is Kind.NAME:
        units.append((stamp + 1, items[stamp + 1][2]))
    return sorted(set(units))


def _under_name(text: str) -> bool:
    """Whether a name-like line is what a page prints under a commenter's name: a handle or an
    address ("@ann@social.example"), a workplace or a home town ("Works at …", "Leeds, West Yorkshire")."""
    return "@" in text or _social_profile(text)


def _last_name(block: Block) -> tuple[int, str] | None:
    """The first name line after a block's last stamp: the name over a body whose stamp stands in
    the row under the body (a handle line under the display name is not the name; a line over a
    blank line above the name is not either)."""
    found: tuple[int, str] | None = None
    for n in range(len(block.lines) - 1, -1, -1):
        kind = block.lines[n][1]
        if kind in _STAMPS:
            break
        if found is not None and block.lines[n + 1][0] - block.lines[n][0] > 1 and not _under_name(found[1]):
            break  # a blank line over the name: the lines above are the widget's ("Sort by", "Oldest")
        if kind is Kind.NAME:
            found = n, block.lines[n][2]
        elif kind is Kind.OTHER and found is not None:
            break
    return found


@dataclass(frozen=True)
class _Found:
    """One comment as an order of name, stamp and body explains it: the body block, the block and
    position of its author line, and the author."""

    body: int
    head: int
    at: int
    author: str


def _head_body(blocks: list[Block]) -> list[_Found | None]:
    """Each body's comment when the name and stamp stand above it."""
    found: list[_Found | None] = []
    for b, block in enumerate(blocks):
        if not block.prose:
            continue
        units = _units(blocks[b - 1]) if b and not blocks[b - 1].prose else []
        if units and _close_header(blocks[b - 1], units[-1][0]):
            found.append(_Found(b, b - 1, *units[-1]))
        else:  # a pinned comment whose stamp stands under its body among head-body comments
            found.append(_stamped_under(blocks, b))
    return found


def _with_unstamped_answers(lines: list[str], blocks: list[Block],
                            found: list[_Found | None]) -> list[_Found | None]:
    """The comments of _head_body, with each body it left unexplained that answers the comment
    above under a heading that says so and no stamp of its own ("Owner's reply", "Response from the
    developer", "Harbour Games responds:"): the heading is the last line between the two bodies, the
    buttons of the comment above over it perhaps ("Helpful!")."""
    bodies = [b for b, block in enumerate(blocks) if block.prose]
    out = list(found)
    for n, b in enumerate(bodies):
        if out[n] is not None or b < 2 or not blocks[b - 2].prose:
            continue
        *above, (k, kind, name) = blocks[b - 1].lines
        buttons = all(row[1] is Kind.ACTION for row in above)
        if kind is Kind.NAME and buttons and _answer_heading(lines[k].strip()):
            out[n] = _Found(b, b - 1, len(above), name)
    return out


def _answer_heading(text: str) -> bool:
    """Whether a comment's author line heads an answer to the comment above ("Owner's reply",
    "Response from the developer", "Response from Marcus D, Owner", "Harbour Games responds:"), its
    date beside it perhaps ("Developer Response   Mar 4, 2025")."""
    if (named := split_stamp(text)) is not None:
        text = named[0]
    return len(text) <= _NAME_LINE and bool(_ROLE_RESPONSE.match(text) or _RESPONDS.match(text)
                                             or _RESPONSE_FROM.match(text))


def _close_header(block: Block, at: int) -> bool:
    """Whether a header's stamp stands close over the body: at most _UNIT_REACH lines other than
    action, count and badge lines after it (a sidebar's "Key Dates", a date and three more labelled
    dates, is no comment's header)."""
    rows = block.lines[at:]
    stamp = next((n for n, (_, kind, _) in enumerate(rows) if kind in _STAMPS), None)
    if stamp is None:
        return True
    return sum(kind is not Kind.ACTION for _, kind, _ in rows[stamp + 1:]) <= _UNIT_REACH


def _body_sign(blocks: list[Block]) -> list[_Found | None]:
    """Each body's comment when its signature closes it or its name and stamp stand under it."""
    found: list[_Found | None] = []
    for b, block in enumerate(blocks):
        if not block.prose:
            continue
        last = block.lines[-1]
        if last[1] is Kind.SIGNED:
            found.append(_Found(b, b, len(block.lines) - 1, last[2]))
            continue
        units = _signature_units(blocks[b + 1]) if b + 1 < len(blocks) else []
        found.append(_Found(b, b + 1, *units[0]) if units else None)
    return found


def _name_body_stamp(blocks: list[Block]) -> list[_Found | None]:
    """Each body's comment when its name stands above it and its stamp in the row under it."""
    found: list[_Found | None] = []
    for b, block in enumerate(blocks):
        if not block.prose:
            continue
        found.append(_stamped_under(blocks, b))
    return found


def _stamped_under(blocks: list[Block], b: int) -> _Found | None:
    """Body b's comment when its name stands above it and its stamp in the row under it. A name and
    stamp on one line under the body ("sundry_lark on Chapter 12 Sun 22 Nov 2026") heads the next
    comment: it closes the body above only when the name line over that body has its own stamp in it
    ("TLDR-bot · 13h · ▲ 15   BOT", a header the name test reads whole), not under a label over a
    line of the page ("Kudos ♥" over who left kudos, a heading over a site's tab row)."""
    name = _last_name(blocks[b - 1]) if b and not blocks[b - 1].prose else None
    under = blocks[b + 1] if b + 1 < len(blocks) else None
    stamp = _stamp_before_name(under) if under is not None else None
    if stamp is Kind.NAMED and name and not _stamp_inside(name[1]):
        return None
    return _Found(b, b - 1, *name) if name and stamp else None


def _stamp_inside(line: str) -> bool:
    """Whether a name line has a stamp among its separated parts ("TLDR-bot · 13h · ▲ 15")."""
    return any(_is_post_stamp(part.strip()) for part in _SEPARATOR.split(line)[1:] if part.strip())


def _stamp_before_name(block: Block) -> Kind | None:
    """The kind of the stamp that opens a block of short lines (before any name line), else None."""
    for _, kind, _ in block.lines:
        if kind in _STAMPS:
            return kind
        if kind is Kind.NAME:
            return None
    return None


def _stamp_body_name(blocks: list[Block]) -> list[_Found | None]:
    """Each body's comment when its stamp closes the short lines above it, with no name over the
    stamp, and its author's name opens the short lines under it (a store's review: the verdict,
    the play time, "Posted: 4 March", the body, the tallies, then the reviewer)."""
    found: list[_Found | None] = []
    for b, block in enumerate(blocks):
        if not block.prose:
            continue
        above = blocks[b - 1] if b and not blocks[b - 1].prose else None
        under = blocks[b + 1] if b + 1 < len(blocks) and not blocks[b + 1].prose else None
        name = (_first_name(under, block.lines[-1][0]) if under is not None and above is not None
                and _bare_stamp(above) else None)
        found.append(_Found(b, b + 1, *name) if name else None)
    return found


def _bare_stamp(block: Block) -> bool:
    """Whether a block of short lines ends (action lines aside) with a stamp that no name line
    stands over in its paragraph."""
    rows = [row for row in block.lines if row[1] is not Kind.ACTION]
    if not rows or rows[-1][1] not in (Kind.STAMP, Kind.OPENER):
        return False
    stamp = rows[-1][0]
    for k, kind, _ in reversed(block.lines):
        if k >= stamp:
            continue
        if k < stamp - 1 and not any(row[0] == k + 1 for row in block.lines):
            break  # a blank line: the paragraph of the stamp begins under it
        if kind in (Kind.NAME, Kind.NAMED):
            return False
        stamp = k
    return True


def _first_name(block: Block, body_end: int) -> tuple[int, str] | None:
    """The first name line of a block of short lines right under a body, in the body's paragraph:
    tallies before it aside, no action row ("Like   Share" closes a comment), no stamp, no blank line."""
    above = body_end
    for n, (k, kind, name) in enumerate(block.lines):
        if k > above + 1 or name == _ROW:
            return None
        if kind is Kind.NAME:
            return n, name
        if kind is not Kind.ACTION:
            return None
        above = k
    return None


_ORDERS = (_head_body, _body_sign, _name_body_stamp, _stamp_body_name)


def _section(found: list[_Found | None]) -> list[_Found]:
    """The explained bodies of the comment section: from the earliest explained body after which
    at least _EXPLAINED of the bodies (up to the last explained one) are explained; the bodies
    before it are the article's, the unexplained ones inside it are skipped."""
    last = max((n for n, item in enumerate(found) if item is not None), default=-1)
    explained = 0
    start = last + 1
    for n in range(last, -1, -1):  # walking back from the last explained body
        explained += found[n] is not None
        if found[n] is not None and explained >= _EXPLAINED * (last - n + 1):
            start = n
    return [item for item in found[start:last + 1] if item is not None]


_EXPLAINED = 2 / 3  # the share of a comment section's bodies its order must explain
_MIN_COMMENTS = 2            # comments under a heading before the section counts
_MIN_UNHEADED = 3            # comments with no heading above them
_BODY_WORDS = 600            # a body longer than this is an article, not a comment
_HEADLINE_WORDS = 14         # a one-line body shorter than this must end like a sentence (or a smiley)
_BODY_END = tuple(".!?…\"”’')]:;*~。！？") + ("😂", "🙄", "👏", "❤️", "😀", "🤣", "🙂", "😡", "👍")


def _last_paragraph(block: Block) -> Block:
    """A body block cut to its last paragraph (the lines after its last blank line)."""
    rows = block.lines
    start = next((n for n in range(len(rows) - 1, 0, -1) if rows[n][0] - rows[n - 1][0] > 1), 0)
    return Block(block.prose, rows[start:])


def _body_lines(lines: list[str], block: Block) -> list[str]:
    """A body's text lines (a signature cut off its last line), blank lines between paragraphs kept."""
    first, last = block.lines[0][0], block.lines[-1][0]
    out = [lines[k].strip() for k in range(first, last + 1)]
    if block.lines[-1][1] is Kind.SIGNED and (signed := split_signature(lines[last])) is not None:
        out[-1] = signed[0]
    return out


def _plausible(lines: list[str], blocks: list[Block], item: _Found) -> bool:
    """A would-be comment that is not a headline, a link item or an article: a cleaned name, a
    body of at least one line that is not a Title Case headline, and not too long."""
    author = _clean_author(item.author)[0]
    if not author or (_furniture_name(author) or (_is_badge(author) and not _ANONYMOUS.match(author))) and (
            not _talk_signer(lines, blocks, item) and not _editor_address(author)
            and not _role_over_stamp(lines, blocks[item.head].lines[item.at][0])  # "Moderator" signing
            and not _answer_heading(lines[blocks[item.head].lines[item.at][0]].strip())):  # "Owner's reply"
        return False
    body = [t for t in _body_lines(lines, blocks[item.body]) if t]
    words = sum(len(t.split()) for t in body)
    if not body or words > _BODY_WORDS:
        return False
    if len(body) > 1 and all(_LIST_ITEM.match(t) for t in body):
        return False  # a numbered list ("2. No doxxing", "3. Paywalled articles: …"): a sidebar's rules
    line = _EMOJI_TAIL.sub("", body[0]) or body[0]  # ("Bring it home!!! ❤️🛶": read as its words, not as
    # a Title Case line of four 'words' that does not end like a sentence)
    return not (len(body) == 1 and _looks_like_title(line) and line[-1:] not in ".!?"
                and not _acted_on(blocks, item.body) and not _timed(lines, blocks, item.body))


def _editor_address(author: str) -> bool:
    """Whether an author is a logged-out wiki editor's address (an IP address, a temporary account)."""
    from .talk_signatures import is_editor_address
    return is_editor_address(author)


def _talk_signer(lines: list[str], blocks: list[Block], item: _Found) -> bool:
    """Whether a comment's author is the user name of a wiki talk page's signature closing its body
    (an IP address, "WikiPro Writers": the user links after it make it a name, whatever it looks like)."""
    last = blocks[item.body].lines[-1]
    return (item.head == item.body and last[1] is Kind.SIGNED
            and (signed := _talk_signed(lines[last[0]].strip())) is not None and signed[1] == item.author)


def _acted_on(blocks: list[Block], b: int) -> bool:
    """Whether an action row ("Like · Reply") opens the short lines right under body b, or follows the
    one detail line a post prints between ("Can" over "Toast   Comment", a check-in's serving): a
    comment's row, which no headline of a link list has under it."""
    under = blocks[b + 1].lines if b + 1 < len(blocks) and not blocks[b + 1].prose else ()
    return bool(under) and (under[0][2] == _ROW or (
        len(under) > 1 and under[1][2] == _ROW and _detail_kind(under[0])))


def _detail_kind(row: tuple[int, Kind, str]) -> bool:
    """Whether a classified line can be a post's detail label ("Draught", "On tap"): a short line, or a
    name line of one word; a name of two or more ("Ann Lee") over the row is a byline (a related-stories
    list prints its headlines so)."""
    return row[1] is Kind.SHORT or (row[1] is Kind.NAME and len(row[2].split()) == 1)


def _timed(lines: list[str], blocks: list[Block], b: int) -> bool:
    """Whether a clock time alone stands on the line right under body b ("16:12"): a chat message's
    time under its text, the way a messaging app shows it."""
    under = blocks[b + 1].lines if b + 1 < len(blocks) and not blocks[b + 1].prose else ()
    return (bool(under) and under[0][0] == blocks[b].lines[-1][0] + 1
            and bool(_BARE_TIME.match(lines[under[0][0]].strip())))


def _headings(lines: list[str]) -> list[int]:
    """The comment headings and counters of the page after its first line of prose (a menu's or a
    share bar's counter stands above it), a tab of a row of tabs aside; on a page with none after it,
    the last one above it: a short article's lines are no line of prose, nor the words of a first
    comment that is (the heading is then over the comments, not in the page's top)."""
    prose = _article_start(lines)
    headings = [k for k in range(len(lines))
                if (text := lines[k].strip()) and len(text) <= 80 and _is_heading(text)
                and not _in_tabs(lines, k)]
    return [k for k in headings if k > prose] or headings[-1:]




def comment_count(lines: list[str]) -> int | None:
    """The number of comments a counter on the page announces ("47 comments", "Comments (12)"),
    the largest such figure, or None when the page shows none."""
    best: int | None = None
    for line in lines:
        text = line.strip()
        if not text or len(text) > 80 or not _is_heading(text):
            continue
        words = set(re.findall(r"[a-z]+", text.lower()))
        if not words & _NUMBER_WORDS:
            continue
        for figure in _COUNT.findall(text):
            value = int(figure.replace(",", ""))
            best = value if best is None else max(best, value)
    return best


def generic_comments(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The comments of a page by the generic template reading, and the line numbers they (and the
    heading over them) take from the article; ([], set()) when no order explains enough of them."""
    headings = _headings(lines)
    for heading in dict.fromkeys([*headings[:1], *headings[-1:], None]):  # first, last, none
        found = _read_from(lines, heading)
        if found[0]:
            return found
    for heading in dict.fromkeys(headings[-1:] + headings[:1]):  # a section of one comment: under the
        found = _read_from(lines, heading, lone=True)  # last heading, or the first (its "0 replies" row
        if found[0]:  # counts the one comment's replies, under it: no heading of a section)
            return found
    return [], set()


def _read_from(lines: list[str], heading: int | None,
               lone: bool = False) -> tuple[list[RawComment], set[int]]:
    """The comments after this heading (or, for None, after the article's first prose): the best
    reading of the best part of the page between link headings; with `lone`, a single comment too when
    its name line, stamp line and text stand right under the heading (a section of one comment)."""
    start = heading + 1 if heading is not None else _header_above(lines, _article_start(lines))
    best: tuple[tuple[int, int], list[Block], list[_Found]] = ((0, 0), [], [])
    for blocks in _segments(lines, start):
        for order in _ORDERS:
            read = order(blocks)
            if order is _head_body:  # (an owner's answer under a review, headed with no stamp)
                read = _with_unstamped_answers(lines, blocks, read)
            run = _section([item if item is not None and _plausible(lines, blocks, item) else None
                            for item in read])
            while run and _headline(lines, blocks, run[-1]):
                run.pop()  # the first items of a link list after the comments ("Up next")
            if _headlines(lines, blocks, run):
                continue
            votes = sum(_attached(lines, blocks, item) + _placed(lines, blocks, item, order) for item in run)
            score = (len(run) + votes, len(run))
            if score > best[0]:
                best = score, blocks, run
    _, blocks, found = best
    if len(found) < (_MIN_COMMENTS if heading is not None else _MIN_UNHEADED) and not (
            lone and len(found) == 1 and _lone_comment(lines, blocks, heading, found[0])):
        return [], set()
    if heading is None and found[0].head >= found[0].body:  # no heading: the article ends where the
        blocks = [*blocks]                                    # first signed comment's paragraph begins
        cut = blocks[found[0].body] = _last_paragraph(blocks[found[0].body])
        if found[0].head == found[0].body:  # a signed line: its signature is the cut block's last line
            found = [replace(found[0], at=len(cut.lines) - 1), *found[1:]]
    if heading is None and not _ends_page(lines, blocks, found):
        return [], set()
    count = comment_count([lines[heading]]) if heading is not None else None
    if count is not None and len(found) > 2 * count + 2:
        return [], set()  # far more than the heading announces: not its comments
    opener = ""
    headers: set[int] = set()  # the opening post's author lines: the thread's, not the article's text
    answered = (heading is not None and bool(_ANSWERS_HEADING.match(lines[heading].strip())
                                             or _REVIEWS_HEADING.search(lines[heading].strip()))
                or _rated(blocks, found))
    if (not (_article_before(lines, blocks, found[0]) or _heads_section(lines, blocks, heading, found[0]))
            or _under_thread_title(lines, blocks, found[0])) and not answered:  # "2 Answers": no opening post
        opener = _clean_author(found[0].author)[0]  # a thread with no article above it: its opening
        first = True                                 # post (and the opener's next posts) is the article
        while found and (first or _clean_author(found[0].author)[0] == opener):
            if found[0].head < found[0].body:  # its name, stamp and badges over its body
                headers |= {k for k, _, _ in blocks[found[0].head].lines[found[0].at:]}
            found, first = found[1:], False
        if len(found) < _MIN_COMMENTS:
            return [], set()
    comments = _with_notices(lines, blocks, found, _comments(lines, blocks, found, opener))
    if opener and heading is not None:  # a thread's counter over its opening post: the post's text
        taken = _taken(lines, blocks, found, None) | headers | {heading}  # between them is the article's
    else:
        taken = _taken(lines, blocks, found, heading) | headers
    if answered and heading is not None and (above := _signed_above(lines, heading)):
        comments = _renumbered([c for _, c in above] + comments)  # the question's comments come first
        taken |= {k for k, _ in above}
    return comments, taken


_SIGNED_ABOVE = 12  # comments on a question, signed on their line, over the answers' heading at most


def _signed_above(lines: list[str], heading: int) -> list[tuple[int, RawComment]]:
    """The comments on a Q&A page's question: the lines right over its "3 Answers" heading that are
    each a comment signed on its line ("… – Ann Lee Oct 16, 2026 at 20:02"), blank lines between,
    in page order with their line numbers."""
    found: list[tuple[int, RawComment]] = []
    k = heading - 1
    skipped = 0  # the form's link under them ("Add a comment")
    while k >= 0 and len(found) < _SIGNED_ABOVE:
        if not lines[k].strip():
            k -= 1
            continue
        if len(lines[k]) > _SIGNED_LINE or (signed := split_signature(lines[k].strip())) is None:
            if not found and skipped < _FORM_LINES and len(lines[k].split()) <= _FORM_WORDS:
                skipped += 1
                k -= 1
                continue
            break
        body, name = signed
        author = _clean_author(name)[0]
        kept, target, marked = _reply_marks([body.strip()])
        if not author or not _is_author(author):
            break
        found.append((k, RawComment(0, author, "\n".join(kept).strip(), 0, target, marked)))
        k -= 1
    found.reverse()
    return found


_SIGNED_LINE = 2_000
_FORM_LINES = 2
_FORM_WORDS = 4


def _renumbered(comments: list[RawComment]) -> list[RawComment]:
    """The comments numbered in order, each "@name" target resolved to a commenter of the page when
    one is named so (spaces dropped, as "@TamNguyen-Ross" names Tam Nguyen-Ross)."""
    rows = _resolve_mentions([(0, c.author, c.body, c.reply_to, c.is_reply) for c in comments])
    return [replace(c, position=n + 1, reply_to=row[3]) for n, (c, row) in enumerate(zip(comments, rows,
                                                                                         strict=True))]


def _trailing_notices_apart(comments: list[RawComment]) -> list[RawComment]:
    """The comments with a removed comment's notice printed on its own line under a comment's text
    (no blank line between: "This review has been removed …") taken out as its own slot after it."""
    out: list[RawComment] = []
    for n, c in enumerate(comments):
        rows = c.body.rstrip().split("\n")
        after = comments[n + 1].body.strip().split("\n", 1)[0] if n + 1 < len(comments) else ""
        # (a removed slot's label over its notice is one slot: "Review removed" / "This review has been
        # removed …"; a label closing a body with the notice opening the next slot is that slot's)
        if (len(rows) > 1 and is_removal_notice(rows[-1]) and "\n".join(rows[:-1]).strip()
                and not any(is_removal_notice(row) for row in rows[:-1]) and not is_removal_notice(after)):
            out += [replace(c, body="\n".join(rows[:-1]).rstrip()), RawComment(0, "", rows[-1].strip())]
        else:
            out.append(c)
    if len(out) == len(comments):
        return comments
    return [replace(c, position=n + 1) for n, c in enumerate(out)]


def _with_notices(lines: list[str], blocks: list[Block], found: list[_Found],
                  comments: list[RawComment]) -> list[RawComment]:
    """The comments with a comment of nobody's for each removed comment's notice standing alone
    between them ("This reply was removed for violating our rules."), renumbered in page order."""
    explained = {item.body for item in found}
    removed = {item.head for item in found  # (a removed comment's label over its own header and notice,
               if is_removal_notice(lines[blocks[item.body].lines[0][0]])}  # "Comment removed": that slot)
    notices = {b: lines[block.lines[0][0]].strip() for b, block in enumerate(blocks)
               if found[0].body < b < found[-1].body and b not in explained and block.prose
               and len(block.lines) == 1 and is_removal_notice(lines[block.lines[0][0]])
               and b + 1 not in removed}
    for b in sorted(notices, reverse=True):  # a removed comment's label over its notice ("Review
        if b - 1 in notices and blocks[b - 1].lines[-1][0] == blocks[b].lines[0][0] - 1:  # removed", "This
            notices[b - 1] += "\n" + notices.pop(b)  # review has been removed by staff."): one slot
    if not notices:
        return _trailing_notices_apart(comments)
    merged: list[tuple[int, RawComment]] = [(item.body, c) for item, c in zip(found, comments, strict=True)]
    merged += [(b, RawComment(0, "", text)) for b, text in notices.items()]
    return _trailing_notices_apart(
        [replace(c, position=n + 1) for n, (_, c) in enumerate(sorted(merged, key=lambda pair: pair[0]))])


_ARTICLE_WORDS = 25  # a paragraph this long above the comments is an article's
_ANSWERS_HEADING = re.compile(r"^(?:\d[\d,]*\s+answers?|answers?\s*\(\s*\d[\d,]*\s*\)"
                              r"|all related\s*\(.{1,12}\))\s*:?$", re.I)


# A list of reviews ("Customer reviews", "Most helpful reviews", "Reviews (48)"): none of them is
# a thread's opening post, whatever stands above.
_REVIEWS_HEADING = re.compile(r"\breviews\b", re.I)


def _rated(blocks: list[Block], found: list[_Found]) -> bool:
    """Whether the comments are reviews, most with a rating in their header: an app store's, with no
    opening post among them."""
    rated = sum(any(name == _RATED for _, _, name in blocks[item.head].lines[:item.at]) for item in found)
    return rated * 2 > len(found)


def _article_before(lines: list[str], blocks: list[Block], first: _Found) -> bool:
    """Whether a paragraph of article length, or the page's own date under its label ("First
    published 3 March 2026"), stands above the first comment."""
    top = min(blocks[first.head].lines[first.at][0], blocks[first.body].lines[0][0])
    return any(len(lines[k].split()) >= _ARTICLE_WORDS or _DATE_LABEL_LINE.match(lines[k].strip())
               for k in range(top))


# A thread's counter of its posts or replies ("12 replies", "43 posts"): a forum's, which may stand
# over the thread's opening post as well as over its replies. A widget's counter that counts its
# comments too ("5 comments · 3 replies – powered by giscus") heads a comment section all the same.
_THREAD_COUNTER = re.compile(r"\b(?:posts?|repl(?:y|ies))\b", re.I)
_COMMENTS_COUNTED = re.compile(r"\b\d[\d,.]*\s*[kKmM]?\s+comments?\b", re.I)


def _thread_counter(line: str) -> bool:
    """Whether a heading counts a thread's posts or replies, not a comment section's comments."""
    return bool(_THREAD_COUNTER.search(line)) and not _COMMENTS_COUNTED.search(line)


def _heads_section(lines: list[str], blocks: list[Block], heading: int | None, first: _Found) -> bool:
    """Whether the first comment's header (its name, its stamp) stands over its text right under a
    comment section's heading ("Comments", "2 Comments", "Comments (3)"), only a widget's short lines
    between: a comment of the section however short the article above it, never a thread's opening
    post. (A post signed under its text under a topic's counter is a talk page's opening post.)"""
    if heading is None or first.head >= first.body or _thread_counter(lines[heading]):
        return False
    top = min(blocks[first.head].lines[first.at][0], blocks[first.body].lines[0][0])
    return all(len(lines[k].split()) <= _WIDGET_WORDS for k in range(heading + 1, top))


def _lone_comment(lines: list[str], blocks: list[Block], heading: int | None, only: _Found) -> bool:
    """Whether the one comment read under a heading is a comment for sure: its name line right over
    its stamp line right over its text ("Ann Lee", "2 hours ago", the text), right under a comment
    section's heading. (A single body under a heading by any looser order is no section of one.)"""
    rows = blocks[only.head].lines
    return (_heads_section(lines, blocks, heading, only) and only.at + 1 < len(rows)
            and rows[only.at][1] is Kind.NAME and rows[only.at + 1][1] is Kind.STAMP
            and rows[only.at + 1][0] == rows[only.at][0] + 1 and _attached(lines, blocks, only))


# A forum thread's title over its opening post: labelled ("Thread: …", "Topic: …") or a question.
_THREAD_LABEL = re.compile(r"^(?:thread|topic|question|discussion)\s*:\s*\S", re.I)
_TITLE_LABELS_OVER = 2  # the thread's board, flair or tags between the title and the post, at most
_LABEL_LINE_WORDS = 6


def _under_thread_title(lines: list[str], blocks: list[Block], first: _Found) -> bool:
    """Whether the first comment's header stands right under a thread's title (above), its board or
    flair lines between ("Posted in Home & Garden"): the thread's opening post, which the replies
    answer, even with a sidebar's or an article's paragraph over the thread."""
    if first.head >= first.body:
        return False
    k = blocks[first.head].lines[first.at][0] - 1
    labels = 0
    while k >= 0:
        text = lines[k].strip()
        k -= 1
        if not text:
            continue
        words = text.split()
        if _THREAD_LABEL.match(text):
            return True
        if text[-1] == "?" and 3 <= len(words) <= _HEADLINE_WORDS * 2 and text[0].isupper():
            # not an article's last line ("What do you think?"), nor a comment section's prompt
            # under its heading ("Have your say" / "What do you think of the new timetable?")
            return not _closes_prose(lines, k) and not _under_heading(lines, k)
        labels += 1
        if labels > _TITLE_LABELS_OVER or len(words) > _LABEL_LINE_WORDS or text[-1] in ".!":
            return False
    return False


def _under_heading(lines: list[str], k: int) -> bool:
    """Whether the nearest non-blank line at or above k is a comment section's heading."""
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and _is_heading(lines[k].strip())


def _closes_prose(lines: list[str], k: int) -> bool:
    """Whether the nearest non-blank line at or above k is a sentence of prose: a paragraph whose
    next line is the article's own question to its readers, not a thread's title over its post."""
    while k >= 0 and not lines[k].strip():
        k -= 1
    text = lines[k].strip() if k >= 0 else ""
    return bool(text) and text[-1] in _SENTENCE_END


def _headlines(lines: list[str], blocks: list[Block], found: list[_Found]) -> bool:
    """Whether most bodies of a reading are one short line that does not end like a sentence: the
    headlines of a link list under their outlet and stamp, not comments."""
    short = sum(_headline(lines, blocks, item) for item in found)
    return short * 3 >= 2 * len(found) > 0


def _headline(lines: list[str], blocks: list[Block], item: _Found) -> bool:
    """Whether a body is one short line that does not end like a sentence (a link's headline); a
    chat message's line in lower case or closed by an emoji is none ("so good ❤️"), nor a reply
    opening with the tag of the one it answers ("@Jo thanks"), nor a line with a comment's action
    row under it."""
    body = [t for t in _body_lines(lines, blocks[item.body]) if t]
    return (len(body) == 1 and len(body[0].split()) < _HEADLINE_WORDS and body[0][-1:] not in _BODY_END
            and not body[0].split()[0].islower() and not _EMOJI_END.search(body[0]) and body[0][:1] != "@"
            and not _acted_on(blocks, item.body) and not _timed(lines, blocks, item.body))


def _placed(lines: list[str], blocks: list[Block], item: _Found, order: object) -> int:
    """-1 when an action row ("Reply", "Like · Share") stands between a header that opens a body
    and that body: action rows close a comment, so such a header signs the body above it."""
    block = blocks[item.head]
    if order is _body_sign or block.prose:
        return 0
    after = block.lines[item.at + 1:]
    return -int(any(kind is Kind.ACTION and name == _ROW and _is_action_line(lines[k].strip())
                    and not _header_flag(lines, block, n + item.at + 1)
                    for n, (k, kind, name) in enumerate(after)))  # (a reviewer's bare profile counts: no row)


_FLAG = re.compile(r"^(?:report|flag|report abuse|report this|⚑)$", re.I)


def _header_flag(lines: list[str], block: Block, n: int) -> bool:
    """Whether row n of a header block is a lone flag control ("Report") right under the header's
    stamp: the header's own button, beside the name and the day, not an action row closing a comment."""
    k = block.lines[n][0]
    return (n > 0 and bool(_FLAG.match(lines[k].strip())) and block.lines[n - 1][1] in _STAMPS
            and block.lines[n - 1][0] == k - 1)


def _attached(lines: list[str], blocks: list[Block], item: _Found) -> bool:
    """Whether a comment's author line and its body stand in one paragraph (no blank line between
    the header and the body): the header belongs to that body rather than to the other one."""
    head = blocks[item.head].lines[item.at][0]
    body = blocks[item.body].lines
    low, high = (head, body[0][0]) if head < body[0][0] else (body[-1][0], head)
    return all(lines[k].strip() for k in range(low, high + 1))


_HEADER_REACH = 6  # lines above a page's first prose that may be its opening post's header


def _header_above(lines: list[str], start: int) -> int:
    """The first of the short lines right above `start` (an opening post's name and stamp)."""
    top = start
    while top > 0 and start - top < _HEADER_REACH and len(lines[top - 1].split()) <= _SHORT_HEAD:
        top -= 1
    return top


_SHORT_HEAD = 8


def _article_start(lines: list[str]) -> int:
    """Where a page without a comment heading may hold comments: from its first line of prose."""
    return next((k for k, line in enumerate(lines) if len(line.split()) >= 12), len(lines))


_TAIL_PROSE = 2  # body blocks after the last comment of a page without a heading, at most


def _ends_page(lines: list[str], blocks: list[Block], found: list[_Found]) -> bool:
    """Whether comments found without a heading close the page: few prose blocks after the last."""
    last = max(item.body for item in found)
    after = [b for b in blocks[last + 1:]
             if b.prose and sum(len(lines[k].split()) for k, _, _ in b.lines) > 12]
    return len(after) <= _TAIL_PROSE - 1


def _taken(lines: list[str], blocks: list[Block], found: list[_Found], heading: int | None) -> set[int]:
    """The lines of the comments: from the first comment's header (or body) to the last one's body
    and the short lines right under it, and the heading with the widget lines between it and the
    first comment ("Sorted by:", "Highest score (default)")."""
    first = min(min(blocks[item.head].lines[item.at][0], blocks[item.body].lines[0][0]) for item in found)
    if heading is not None and all(len(lines[k].split()) <= _WIDGET_WORDS for k in range(heading, first)):
        first = heading
    while first > 0 and lines[first - 1].strip() and classify(lines[first - 1])[0] in _OVER_HEADER:
        first -= 1  # badges and an entry's number over the first comment ("Featured", "Submission 0003")
    if first > 1 and _SHOW_ALL.match(lines[first - 1].strip()) and _is_heading(lines[first - 2].strip()):
        first -= 2  # the section's heading and its "Show all reviews" link right over the first comment
    last_block = max(item.body for item in found)
    last = blocks[last_block].lines[-1][0]
    if last_block + 1 < len(blocks):
        under = blocks[last_block + 1].lines
        for k, kind, _ in under:
            if kind not in (Kind.ACTION, *_STAMPS):
                break
            last = k
    final = found[-1]
    if final.head == last_block + 1:  # the last reviewer's name under the body, and its counts
        rows = blocks[final.head].lines
        last = max(last, rows[final.at][0], _signature_stamp(rows, final.at))
        for k, kind, _ in rows[final.at + 1:]:
            if kind is not Kind.ACTION or k > last + 1:
                break
            last = k
    taken = set(range(first, last + 1))
    if heading is not None:
        taken.add(heading)
    return taken


def _signature_stamp(rows: tuple[tuple[int, Kind, str], ...], at: int) -> int:
    """The line of the stamp that closes a signature under a body, its name at row `at`: a place
    between them ("Ann Lee", "Leeds, West Yorkshire", "March 3, 2026"), each on the line under the
    other; -1 when no stamp closes it within _UNIT_REACH lines."""
    for n in range(at + 1, min(len(rows), at + 1 + _UNIT_REACH)):
        if rows[n][0] != rows[n - 1][0] + 1 or rows[n][1] not in (Kind.NAME, Kind.SHORT, *_STAMPS):
            return -1
        if rows[n][1] in _STAMPS:
            return rows[n][0]
    return -1


_OVER_HEADER = (Kind.ACTION, Kind.OPENER)
_SHOW_ALL = re.compile(r"^(?:show|see|view) all (?:\d[\d,]* )?(?:reviews|comments|replies|answers|posts)$",
                       re.I)
_WIDGET_WORDS = 12  # lines between a heading and the first comment this short are the widget's


def _comments(lines: list[str], blocks: list[Block], found: list[_Found],
              opener: str = "") -> list[RawComment]:
    """RawComments from the found comments: author cleaned, body without meta lines, depth from
    the indentation of the author line (or of the body), reply target from "In reply to X",
    "@X", "Re:" or the comment one level up."""
    rows: list[tuple[int, str, str, str, bool]] = []
    answers: list[bool] = []
    marked_levels: list[int | None] = []
    subjects: list[bool] = []
    for item in found:
        head_line = blocks[item.head].lines[item.at][0]
        author, target, marked = _clean_author(_NAME_TAG.sub("", _DECORATION.sub("", item.author)).strip())
        body = _body_lines(lines, blocks[item.body])
        header = [lines[k].strip() for k, _, _ in blocks[item.head].lines] if item.head != item.body else []
        named = next((target for line in header if not _ANSWER_STAMPED.match(line)  # its own name
                      and (target := _reply_target(line))), "")
        after = header[item.at + 1:] if header else []
        mention = next((t for t in after if _MENTION.match(t)), "")  # "@moonfield-community" over the body
        subject = any(_SUBJECT.match(t) for t in header)
        kept, at_reply, at_marked = _reply_marks(body)
        previewed = _preview_target(lines[head_line - 1] if head_line else "", [r[1] for r in rows])
        at_reply, at_marked = (previewed, True) if previewed else (at_reply, at_marked)
        text = "\n".join(kept).strip()
        indent = _indent_of(lines[head_line if item.head != item.body else blocks[item.body].lines[0][0]])
        rows.append((indent, author, text, target or named or mention or at_reply,
                     marked or bool(named) or bool(mention) or at_marked))
        subjects.append(subject)
        answers.append(bool(header) and (_answers(header[item.at:item.at + 1 + _UNIT_REACH])
                                         or _answer_label_above(header, item.at)))
        level = next((int(m[1]) for t in reversed(header[:item.at + 1]) if (m := _LEVEL.match(t))), None)
        marked_levels.append(level - 1 if level else None)
    rows = _resolve_mentions(rows)
    levels = {indent: d for d, indent in enumerate(sorted({r[0] for r in rows}))}
    if len(levels) == 1:  # no indents: a "Re:" subject is what marks a reply (indents say it better)
        rows = [(*row[:4], row[4] or subject) for row, subject in zip(rows, subjects, strict=True)]
    comments: list[RawComment] = []
    open_: list[tuple[int, str]] = [(-1, opener)] if opener else []  # a reply's parent: the opening post
    for n, (indent, author, text, target, marked) in enumerate(rows):
        depth = max(levels[indent], int(marked))
        if marked_levels[n] is not None:
            depth = marked_levels[n] or 0  # "level 2": the page says how deep
        if answers[n] and depth == 0 and not target:  # "Response from …", "… answered 5 days ago"
            depth = 1
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        parent = open_[-1][1] if depth and open_ else ""
        comment = RawComment(n + 1, author, text, depth, target or parent, depth > 0)
        if author and not target and parent == author:  # a reply under the thread its author opened: nobody
            comment = replace(comment, reply_to=_sibling_answered(comments, comment))  # answers themselves
        comments.append(comment)
        open_.append((depth, author))
    return comments


# A chat's preview of the message a reply answers, over the reply's header: a corner glyph, "@" and
# the author's name run on into the clipped first words ("╭── @Ann Lee the bins were…").
# A team chat's reply also sent to the channel, under its header: "replied to a thread: <its first words>…".
_THREAD_PREVIEW = re.compile(r"^replied to a thread:\s+\S.{0,160}$", re.I)
# A chat message's emoji reactions and their counts (":+1: 9  :eyes: 3") and its thread's summary
# ("Last reply 4 hours ago"): the message's counters, no body and no stamp of a post.
_CHAT_COUNTERS = re.compile(r"^(?::[a-z0-9_+-]{1,40}:\s*\d{1,5}\s*){1,12}$"
                            r"|^last reply (?:about )?(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?"
                            r"|days?|weeks?|months?|years?) ago$", re.I)
_PREVIEW = re.compile(r"^[╭┌┍┎╒╓]\s*[─━┄┈╌-]*\s*@(?P<rest>\S.{0,160})$")


def _preview_target(line: str, authors: list[str]) -> str:
    """The author a reply preview line names ('' when the line is not one): the longest earlier
    author its text opens with, else its first word as a handle."""
    match = _PREVIEW.match(line.strip()) if len(line) <= 200 else None
    if match is None:
        return ""
    rest = match["rest"]
    known = [a for a in authors if a and (rest == a or rest.startswith(a + " "))]
    return max(known, key=len) if known else "@" + rest.split()[0]


# An answer's header: "Response from Marcus D, Owner", "Statutory Planning team answered 5 days ago".
# (or headed by the business's role, "Management response": _ROLE_RESPONSE, never any word before
# "response", "Typical response", "Post Reply")
_ANSWER = re.compile(r"^(?:(?:response|reply|answer|comment) from\b|.{1,60}?\b(?:answered|responded)\b)",
                     re.I)
# The name of the one answering, then "responds:" ("Harbour Games responds:"), over the answer.
_RESPONDS = re.compile(r"^\S.{0,60}?\s(?:responds|responded)\s*:$", re.I)
_MENTION = re.compile(r"^@[\w.-]{2,40}$")


def _answers(header: list[str]) -> bool:
    """Whether a comment's header says it answers the comment above it (an owner's response under a
    review, an office's answer under a question)."""
    return any(len(t) <= 100 and (_answer_line(t) or (  # (its date beside it: "Developer Response · Mar 4")
        (named := split_stamp(t)) is not None and _answer_line(named[0]))) for t in header)


def _answer_line(text: str) -> bool:
    """Whether a header line says its comment answers the one above ("Owner response from …")."""
    return bool(_ANSWER.match(text) or _ROLE_RESPONSE.match(text) or _RESPONDS.match(text)
                or _RESPONSE_FROM.match(text))


# The label over an answer's name ("Response from the activity provider" over "Harbour Kayaks"): the
# answer's header names its role first, its author under it
_ANSWER_LABEL = re.compile(r"^(?:response|reply|answer) from\b", re.I)


def _answer_label_above(header: list[str], at: int) -> bool:
    """Whether the line right over a comment's name labels it as an answer to the comment above."""
    above = header[at - 1] if 0 < at <= len(header) else ""
    return len(above) <= 100 and bool(_ANSWER_LABEL.match(above) or _ROLE_RESPONSE.match(above))


def _resolve_mentions(rows: list[tuple[int, str, str, str, bool]]) -> list[tuple[int, str, str, str, bool]]:
    """Rows whose "@X" target names a commenter of the page get that commenter: the longest author
    the body opens with after "@" ("@Rahul K Steam Deck …" answers Rahul K), or the handle itself
    ("@moonfield-community" answers moonfield-community)."""
    authors = sorted({row[1] for row in rows if row[1]}, key=len, reverse=True)
    resolved = []
    for indent, author, text, target, marked in rows:
        if target.startswith("@"):
            target = next((name for name in authors if target[1:] == name or any(
                text.startswith("@" + form) and text[len(form) + 1:len(form) + 2] in ("", " ", ",", ":")
                for form in {name, name.replace(" ", "")})), target)  # "@TamNguyen-Ross": Tam Nguyen-Ross
        resolved.append((indent, author, text, target, marked))
    return resolved


_FAR_FEWER = 2  # a reader's comments are "far fewer" than a counter when under half of it


def fallback_comments(lines: list[str], comments: list[RawComment],
                      taken: set[int]) -> tuple[list[RawComment], set[int]]:
    """The specific readers' comments, or the generic reading's when they found none, or far fewer
    than the page's counter announces and the generic reading comes closer to it."""
    count = comment_count(lines) if comments else None
    fewer = count is not None and len(comments) * _FAR_FEWER < count
    if comments and not fewer and _named_share(comments) >= _NAMED_SHARE:
        return comments, taken
    generic, generic_taken = generic_comments(lines)
    if not comments:
        return generic, generic_taken
    if len(generic) >= _FAR_FEWER * len(comments):  # a page of a paged thread shows fewer than its count
        return generic, generic_taken
    if len(generic) >= len(comments) and _named_share(generic) > _named_share(comments):
        return generic, generic_taken  # as many comments, more of them by names than by badges or stamps
    if fewer and len(generic) > len(comments) and _named_share(generic) >= _named_share(comments):
        return generic, generic_taken  # closer to the counter, by names as often
    return comments, taken


_NAMED_SHARE = 0.5  # a reader whose authors are names less often than this is re-read by the generic one


def _named_share(comments: list[RawComment]) -> float:
    """The share of comments whose author reads as a person's name or handle (or an anonymous
    author the page shows), not a badge, a stamp's verb or a weekday ("Featured", "Written")."""
    return sum(_is_author(c.author) for c in comments) / len(comments) if comments else 0.0


@_line_cached  # a page's commenters recur, and each page's authors are counted twice
def _is_author(author: str) -> bool:
    """Whether a found author reads as one: a name or handle (or a name written surname first,
    "Smith, John"), not a badge, stamp or heading."""
    text = _NAME_TAG.sub("", author.strip()).lstrip("@")
    if not text or _ANONYMOUS.match(text) or _editor_address(text):
        return bool(text)
    return ((_is_name(text) or bool(_SURNAME_FIRST.match(text))) and not _is_badge(text)
            and not _STAMP_VERB.match(text + " ") and not _WEEKDAY.match(text) and not _furniture_name(text)
            and not _is_post_stamp(text))
