"""Statement ids across builds: given the previous build, adding any document (published earlier,
in other words, or bridging two statements) renames no statement and changes no speaker or text."""

from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components.core.config import load_config
from components.parse.parser import parse_document
from components.parse.statements import build_statements, known_statements

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
Built = tuple[pd.DataFrame, pd.DataFrame]
CLAIMS = ("The plan was never about money.", "It was about the river.",
          "Nobody asked the people who live there.", "The council knew this in March.",
          "We will keep the boathouse open all winter.", "Every family on the bank got a letter.")


def _quote(doc_id: str, text: str, paragraph: int = 1, speaker: str = "Alex Stone") -> dict[str, Any]:
    return {"doc_id": doc_id, "paragraph": paragraph, "speaker": speaker, "handle": "", "kind": "quote",
            "text": text, "date_kind": "", "date_phrase": "", "date_inherited": False,
            "signature_date": "", "speaker_reason": f"named before 'said' ({doc_id})",
            "speaker_basis": "named", "part": 0}


def _build(rows: list[dict[str, Any]], published: dict[str, str], previous: Built | None = None) -> Built:
    docs = sorted({r["doc_id"] for r in rows})
    documents = pd.DataFrame({"doc_id": docs, "source": docs, "published": [published[d] for d in docs]})
    return build_statements(documents, rows, previous)


def _kept(before: Built, after: Built) -> None:
    """Every statement of `before` is in `after` under the same id, speaker and text."""
    old, new = before[0].set_index("statement_id"), after[0].set_index("statement_id")
    assert set(old.index) <= set(new.index), f"lost {set(old.index) - set(new.index)}"
    pd.testing.assert_frame_equal(new.loc[old.index, ["speaker", "text"]], old[["speaker", "text"]])


BASE = [_quote("b", "The plan was never about money."),
        _quote("c", "Nobody asked the people who live there.")]
DATES = {"a": "2020-05-01", "b": "2020-05-03", "c": "2020-05-04", "x": "2020-05-05", "y": "2020-05-06"}


def test_an_earlier_document_in_other_words_renames_nothing_given_the_previous_build() -> None:
    before = _build(BASE, DATES)
    earlier = [*BASE, _quote("a", "The plan was never really about money.")]
    blind = _build(earlier, DATES)
    assert len(blind[0]) == len(before[0])  # the new wording is the same statement...
    assert set(blind[0]["statement_id"]) != set(before[0]["statement_id"])  # ...named from it without history
    after = _build(earlier, DATES, before)
    _kept(before, after)
    money = after[0].loc[after[0]["text"].str.contains("money"), "statement_id"].item()
    assert set(after[1].loc[after[1]["doc_id"] == "a", "statement_id"]) == {money}


def test_a_document_bridging_two_statements_merges_nothing_given_the_previous_build() -> None:
    """x and y quote one sentence each, z the two together; w is the second to carry the pair
    whole, which without history makes the pair one statement that the single quotes join."""
    rows = [_quote("x", CLAIMS[0]), _quote("y", CLAIMS[1]), _quote("z", f"{CLAIMS[0]} {CLAIMS[1]}")]
    dates = {"x": "2020-05-01", "y": "2020-05-02", "z": "2020-05-03", "w": "2020-05-04"}
    before = _build(rows, dates)
    assert len(before[0]) == 2
    grown = [*rows, _quote("w", f"{CLAIMS[0]} {CLAIMS[1]}")]
    assert len(_build(grown, dates)[0]) == 1  # the merge the previous build prevents
    after = _build(grown, dates, before)
    _kept(before, after)
    assert len(after[0]) == 2
    assert set(after[1].loc[after[1]["doc_id"] == "w", "statement_id"]) == set(before[0]["statement_id"])


def test_a_new_statement_next_to_known_ones_is_named_as_without_history() -> None:
    before = _build(BASE, DATES)
    grown = [*BASE, _quote("x", CLAIMS[3])]
    after, blind = _build(grown, DATES, before), _build(grown, DATES)
    pd.testing.assert_frame_equal(after[0], blind[0])
    pd.testing.assert_frame_equal(after[1], blind[1])


def test_statements_of_removed_documents_go_and_the_rest_stay() -> None:
    rows = [*BASE, _quote("x", CLAIMS[3], speaker="Bo Reed")]
    before = _build(rows, DATES)
    after = _build(BASE, DATES, before)
    assert set(after[0]["statement_id"]) == set(before[0].loc[before[0]["speaker"] == "Alex Stone",
                                                                "statement_id"])


def test_an_empty_previous_build_changes_nothing() -> None:
    empty = (pd.DataFrame(), pd.DataFrame())
    assert not known_statements(*empty).wordings
    for got, want in zip(_build(BASE, DATES, empty), _build(BASE, DATES), strict=True):
        pd.testing.assert_frame_equal(got, want)


_PASSAGE = st.tuples(st.integers(0, len(CLAIMS) - 1), st.integers(1, 3), st.booleans())
_DOCUMENT = st.tuples(st.integers(1, 28), st.lists(_PASSAGE, min_size=1, max_size=3))


def _rows(n: int, document: tuple[int, list[tuple[int, int, bool]]]) -> list[dict[str, Any]]:
    """One invented document: passages of CLAIMS, some cut short by their last word."""
    rows = []
    for paragraph, (first, length, cut) in enumerate(document[1], start=1):
        text = " ".join(CLAIMS[first:first + length])
        rows.append(_quote(f"d{n}", " ".join(text.split()[:-1]) if cut else text, paragraph))
    return rows


@PROPERTY
@given(st.lists(_DOCUMENT, min_size=2, max_size=6))
def test_documents_added_in_any_order_keep_every_statement(documents: list[Any]) -> None:
    """Documents published on any day, added one by one, each build given the one before."""
    dates = {f"d{n}": f"2020-05-{day:02d}" for n, (day, _) in enumerate(documents)}
    rows = _rows(0, documents[0])
    previous = _build(rows, dates)
    for n, document in enumerate(documents[1:], start=1):
        rows += _rows(n, document)
        grown = _build(rows, dates, previous)
        _kept(previous, grown)
        previous = grown


# ---- the seeds, and an earlier article quoting them in its own words ----

ROOT = Path(__file__).resolve().parent.parent
EARLIER = """ date 2017-12-15
Damon And Milano Trade Words Over Misconduct

Matt Damon spoke to ABC News about the allegations in Hollywood this week.

"I do believe there is a spectrum of behavior, right?" Damon told the network.

Alyssa Milano answered him on Twitter on Friday night.

"We are not outraged because someone grabbed our asses in a picture. They all hurt," Milano wrote.
"""


def _seed_build(extra: dict[str, str], previous: Built | None = None) -> Built:
    config = load_config(ROOT / "seeds")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    parsed = [parse_document(doc_id, f"{doc_id}.txt", text, "x", config)
              for doc_id, text in {**texts, **extra}.items()]
    documents = pd.DataFrame([p.document for p in parsed])
    return build_statements(documents, [m for p in parsed for m in p.mentions], previous)


def test_the_seeds_keep_every_statement_when_an_earlier_article_bridges_two_of_them() -> None:
    """An article published before two of the seeds, quoting Damon's "spectrum" in its own words
    and stringing the openings of two of Milano's tweets into one quote."""
    before = _seed_build({})
    after = _seed_build({"earlier": EARLIER}, before)
    _kept(before, after)
    assert len(after[0]) == len(before[0])  # nothing new was said
    carried = after[1].loc[after[1]["doc_id"] == "earlier"]
    spectrum = before[0].loc[before[0]["text"].str.contains("spectrum of behaviour"), "statement_id"]
    outraged = before[0].loc[before[0]["text"].str.startswith(("We are not outraged", "They all hurt")),
                             "statement_id"]
    assert set(carried["statement_id"]) == {*spectrum, *outraged} and len(outraged) == 2
