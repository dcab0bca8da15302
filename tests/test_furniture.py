"""Corpus-level furniture: lines an outlet repeats on three or more of its articles leave the
article paragraphs (and the statements); quotes and sentences about known people never do."""

import pytest

from components.core.config import parse_config
from components.parse.furniture import candidate_lines, furniture_of, repeated_lines
from components.parse.layout import split_layout
from components.parse.parser import ParsedDocument, parse_document

CONFIG = parse_config({
    "sides": [{"id": "x", "name": "Alex Stone", "aliases": ["Stone"]},
              {"id": "y", "name": "Bo Reed", "aliases": ["Reed"]}],
    "documents": {f"d{n}": {"source": "Harlow Courier" if n < 4 else "Valley Post"} for n in range(6)},
})
# Lines an outlet might print under every article; no single-page rule knows them.
PROMO = "Our morning briefing brings the valley's news to you before breakfast, free."
FOOTER = "Proudly independent since 1921 and owned by its readers"
QUOTE = '"The river will be fine," Stone said on Monday.'
BACKGROUND = "Stone has led the campaign against the plan for two years."


def _page(n: int, extra: str = "") -> str:
    return (f" date 2020-05-0{n + 1}\nHarlow Council Votes On Plan Number {n}\n\n"
            f"The council met on the {n + 1}th to vote on the riverside plan again, in a full chamber.\n\n"
            f"{QUOTE}\n\n{BACKGROUND}\n\n{PROMO}\n\n{extra}{FOOTER}\n")


def _parse(n: int, furniture: frozenset[str] = frozenset()) -> ParsedDocument:
    return parse_document(f"d{n}", f"d{n}.txt", _page(n), "x", CONFIG, furniture)


def _two_passes(numbers: list[int]) -> dict[int, ParsedDocument]:
    """What a build does: parse, find each source's repeated lines, parse again where they occur."""
    first = {n: _parse(n) for n in numbers}
    repeated = repeated_lines((p.document["source"], p.document["title"], p.lines) for p in first.values())
    return {n: _parse(n, furniture_of(p.document["source"], p.lines, repeated)) for n, p in first.items()}


def _paragraphs(n: int, furniture: frozenset[str]) -> tuple[str, ...]:
    return split_layout(_page(n), furniture).paragraphs


def test_single_pages_keep_the_promo_and_footer() -> None:
    """The premise: no rule for one page finds these lines."""
    assert PROMO in _paragraphs(0, frozenset()) and FOOTER in _paragraphs(0, frozenset())


def test_lines_an_outlet_repeats_on_three_articles_are_furniture() -> None:
    repeated = repeated_lines((p.document["source"], p.document["title"], p.lines)
                              for p in (_parse(n) for n in range(4)))
    assert repeated["Harlow Courier"] >= {PROMO, FOOTER}
    assert QUOTE not in repeated["Harlow Courier"] and BACKGROUND not in repeated["Harlow Courier"]
    for n in range(4):
        kept = _paragraphs(n, furniture_of("Harlow Courier", _parse(n).lines, repeated))
        assert PROMO not in kept and FOOTER not in kept and QUOTE in kept and BACKGROUND in kept


def test_statements_survive_the_second_pass() -> None:
    parsed = _two_passes(list(range(4)))
    for n, doc in parsed.items():
        assert [m["text"] for m in doc.mentions] == [m["text"] for m in _parse(n).mentions]


@pytest.mark.parametrize(("sources", "titles", "furniture"), [
    (["A", "A", "A"], ["t1", "t2", "t3"], True),
    (["A", "A", "B"], ["t1", "t2", "t3"], False),  # two of one outlet and one of another
    (["A", "A", "A"], ["t1", "t1", "t2"], False),  # copies of one article count once
    (["", "", ""], ["t1", "t2", "t3"], False),  # no source, no outlet to repeat it
])
def test_repeated_lines_counts_articles_of_one_source(sources: list[str], titles: list[str],
                                                      furniture: bool) -> None:
    found = repeated_lines((s, t, {FOOTER, t}) for s, t in zip(sources, titles, strict=True))
    assert (FOOTER in found.get("A", frozenset())) is furniture
    assert all(t not in lines for lines in found.values() for t in titles)


@pytest.mark.parametrize(("line", "candidate"), [
    (FOOTER, True),
    (PROMO, True),
    ("Stone | Reed | Council | River", True),  # a tag row naming people is not a sentence
    (QUOTE, False),
    ("“The river will be fine.”", False),
    ("Follow @harlowcourier for updates", False),
    (BACKGROUND, False),  # a sentence naming a known person
    ("Reedville residents were told the plan would go ahead next year.", True),  # no whole name
])
def test_candidate_lines(line: str, candidate: bool) -> None:
    assert (line in candidate_lines([line], CONFIG.everyone)) is candidate


def test_other_outlets_and_unrepeated_documents_are_untouched() -> None:
    parsed = _two_passes([0, 1, 4, 5])  # two articles of each outlet: nothing repeats three times
    for n, doc in parsed.items():
        assert doc == _parse(n)


def test_no_furniture_pattern_searched_anywhere_opens_with_a_lookaround() -> None:
    """A pattern whose text does not open with "^" is searched at every position of a line (the
    _FURNITURE_ANYWHERE alternation): a lookaround before its "^" ("(?!.*said)^Venue: …") would then
    scan the rest of the line from every position, a line's cost squared (session 34: a 20k build
    18 % slower through two such patterns). Write the anchor first."""
    from components.parse.layout import FURNITURE_PATTERNS

    assert not [p.pattern for p in FURNITURE_PATTERNS if p.pattern.startswith(("(?!", "(?=", "(?<"))]
