"""The start-anchored furniture union tries a line only against the patterns its first character
can start (line_unions.FirstCharUnion): it must answer every line exactly as the whole union did.
All lines here are invented."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from components.parse.layout import _FURNITURE_AT_START, FURNITURE_PATTERNS
from components.parse.line_unions import FirstCharUnion, alternation, first_chars

AT_START = tuple(p for p in FURNITURE_PATTERNS if p.pattern.startswith("^"))
WHOLE = alternation(AT_START)

# Lines of every kind of start: furniture in several cases, article sentences that resemble it,
# punctuation, digits, emoji, marks other than ASCII, leading spaces and tabs.
LINES = [
    "", " ", "Top stories", "TOP STORIES", "top stories", " Top stories", "\tTop stories",
    "Top stories of the week in the valley were about the ferry.",
    "Read more", "read more about the orchard", "READ MORE", "Posted in: Gardens", "posted to: Tides",
    "Photos: Mara Quill", "Photo: a heron at dusk", "Click here to see the map", "click inside the box",
    "Follow the Lantern Gazette on Instagram", "Harbour Notes on facebook",
    "Related", "Most popular", "Trending stories", "Popular articles about kites",
    "12 comments", "1,204 comments", "3 min read", "— 4 min read", "12 hours ago", "3 of 12",
    "© 2031 Lantern Gazette", "(c) 2031 Lantern Gazette", "Copyright 2031", "copyright © 2031",
    "← Previous article", "« Older post", "↑ Back to top", "… more", "...less",
    "★★★", "!!!", "•", "• Top stories", "“Read more,” the teacher told the class.", "\"Read more\"",
    "🙂 Top stories", "🙂", "👍 12", "ⓘ", "Ⓡ", "¿Qué?", "Ünal Veri is a staff reporter", "Ça va",
    "ſtyle notes", "\u212aelvin Weekly", "İstanbul desk", "ıi", "ß",
    "We use cookies to make this website work.", "we use some essential cookies",
    "We use cookies, the inspector said, on every page we audit.",
    "This site uses cookies from forty trackers, the audit found.",
    "This website uses cookies to ensure you get the best experience.",
    "Venue: Committee Room 2, Town Hall", "Contact: Ada Finch", "Agenda and minutes", "Decision:",
    "PDF 231 KB", "Metascore", "Based on 1,406 User Ratings", "Generally favorable reviews",
    "Search for jobs, companies, salaries", "Search for missing walker, 71, resumes",
    "Nell Orwin is a staff reporter covering the coast.", "The council met on Tuesday.",
    "42", "4:05 Intro", "9:41 The fog lifted over the bay and the ferries ran again.",
    "Share", "Sign in", "Subscribe now", "SUBSCRIBE", "Back this project", "Remind me", "112% funded",
    "5 days to go", "pledged of $80,000 goal", "Where to watch", "Filter by:",
]


@pytest.mark.parametrize("line", LINES)
def test_dispatch_answers_as_the_whole_union(line: str) -> None:
    assert bool(_FURNITURE_AT_START.match(line)) == bool(WHOLE.match(line))


def test_the_lines_above_hold_furniture_and_article_text() -> None:
    """The table is worth something only if the union takes some of its lines and refuses others."""
    taken = [line for line in LINES if WHOLE.match(line)]
    assert 10 < len(taken) < len(LINES) - 10


# Fragments to build lines from: furniture words, article words, marks, digits, cases.
FRAGMENTS = ["top", "stories", "read", "more", "posted", "in:", "to:", "photos:", "credit:", "click",
             "here", "follow", "us", "on", "instagram", "facebook", "comments", "12", "1,204", "min",
             "ago", "hours", "©", "(c)", "2031", "copyright", "we", "use", "cookies", "this", "site",
             "uses", "said", "the", "council", "venue:", "contact:", "share", "sign", "in", "subscribe",
             "·", "•", "|", "—", "…", "←", "«", "↑", "🙂", "★", "\"", "“", "'", "(", "[", "ſ", "é", "ü"]


def _cased(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize())[how]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.integers(0, 2)), max_size=8),
       st.sampled_from(["", " ", "  ", "\t", "\u00a0"]), st.sampled_from(["", ".", ":", "!", " "]))
def test_dispatch_answers_as_the_whole_union_on_built_lines(words: list[tuple[str, int]], lead: str,
                                                            end: str) -> None:
    line = lead + " ".join(_cased(w, how) for w, how in words) + end
    assert bool(_FURNITURE_AT_START.match(line)) == bool(WHOLE.match(line))


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_dispatch_answers_as_the_whole_union_on_any_text(line: str) -> None:
    assert bool(_FURNITURE_AT_START.match(line)) == bool(WHOLE.match(line))


def test_furniture_union_holds_every_start_anchored_pattern() -> None:
    """Every "^…" pattern of the table is in the dispatched union: a new one is dispatched as soon
    as it is in FURNITURE_PATTERNS."""
    assert set(_FURNITURE_AT_START.candidates("")) == set(AT_START)


def test_a_new_pattern_is_dispatched_by_its_own_first_characters() -> None:
    new = re.compile(r"^(?:zebra|quokka) crossing notice$", re.I)
    union = FirstCharUnion((*AT_START, new))
    assert union.match("Quokka crossing notice") and union.match("ZEBRA CROSSING NOTICE")
    assert new in union.candidates("q") and new in union.candidates("Z")
    assert new not in union.candidates("t") and not union.match("Zebra crossing notices")


def _takes(pattern: str, flags: int, first: str) -> bool:
    """Whether `first` is among the first characters read from the pattern."""
    firsts = first_chars(re.compile(pattern, flags))
    return firsts is None or any(re.fullmatch(s, first, re.I if folded else 0) for s, folded in firsts)


@pytest.mark.parametrize(("pattern", "flags", "takes", "refuses"), [
    (r"^top stories$", re.I, "tT", "sx1 "),
    (r"^top stories$", 0, "t", "Tsx"),
    (r"^(most )?(popular|trending)$", re.I, "mMpPtT", "sx"),          # an optional start: read on
    (r"^(?-i:[A-Z])[a-z]+ is a reporter", re.I, "AZQ", "aqz1"),        # a case flag turned off inside
    (r"^(?i:we) use", 0, "wW", "uU"),                                   # and turned on inside
    (r"^(?!.*\bsaid\b)we use cookies", re.I, "wW", "s"),               # a lookahead is skipped
    (r"^\d+ comments?", re.I, "09٣", "a "),                             # \d is Unicode's digits
    (r"^[^\w\s]{1,5}$", 0, "!•🙂", "aZ1 _"),
    (r"^\s*[«‹←]", 0, " \t«←", "a<"),
    (r"^[A-Za-z]{2} x", 0, "aZ", "1"),
    (r"^(?:[\w.-]+\s+){0,6}by\b", re.I, "aZ._bB", "!"),
    (r"^s", re.I, "sSſ", "t"),                                          # re's case rules: long s
    (r"^k", re.I, "kK\u212a", "x"),                                     # and the Kelvin sign
    (r"^(a)\1", 0, "a", "b"),                                           # a group read before its reference
])
def test_first_chars_of_invented_patterns(pattern: str, flags: int, takes: str, refuses: str) -> None:
    assert all(_takes(pattern, flags, c) for c in takes)
    assert not any(_takes(pattern, flags, c) for c in refuses)


@pytest.mark.parametrize("pattern", [
    r"^.{1,60} on facebook$",     # any character
    r"^x*y?$",                    # can match the empty string
    r"^(?=a)|b",                  # a branch that can match the empty string
    r"^(a)?\1",                   # a back-reference
    r"^(?a:\w)x",                 # a flag other than the case flag
])
def test_patterns_any_character_may_start(pattern: str) -> None:
    assert first_chars(re.compile(pattern)) is None


def test_an_empty_line_is_tried_against_every_pattern() -> None:
    union = FirstCharUnion([re.compile(r"^x?$"), re.compile(r"^a")])
    assert union.match("") and union.match("x") and union.match("abc") and not union.match("b")
