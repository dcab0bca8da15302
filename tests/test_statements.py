"""The statement model: one claim per statement, mentions linked many-to-many without chaining,
ids that survive adding a document, n_sources counted in outlets."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from components.corpus.store import Corpus, load_corpus
from components.engine.build import build_corpus
from components.parse.statements import sentence_pieces

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# A fourth outlet, published later, quoting two existing statements in its own wording (US
# spelling, one cut short) and saying something new.
NEW_ARTICLE = """ date 2017-12-18
Damon Walks Back His Comments After A Weekend Of Criticism

Matt Damon has apologised after a weekend of criticism over his remarks about sexual misconduct.

In the ABC News interview he said: "I do believe that there's a spectrum of behavior, right?"

"We are outraged because we have been gaslighted," Milano wrote on Saturday.

"I should close my mouth for a while," Damon said on Tuesday.
"""

CONFIG = """
[[sides]]
id = "x"
name = "Alex Stone"
aliases = ["Stone"]
handles = ["@alexstone"]
pronoun = "she"

[[sides]]
id = "y"
name = "Bo Reed"
aliases = ["Reed"]
pronoun = "he"

[documents.a]
source = "Same Outlet"
[documents.b]
source = "Same Outlet"
[documents.c]
source = "Other Outlet"
"""

TWEETS = """ date 2020-05-02
Stone Answers Reed In Two Tweets On Friday Night

Alex Stone answered the critics of the plan in two tweets on Friday night.

The plan was never about money. It was about the river. — Alex Stone (@alexstone) May 1, 2020

Nobody asked the people who live there. Not once. — Alex Stone (@alexstone) May 1, 2020
"""

BLOCK = (" date 2020-05-03\nStone Doubles Down\n\nAlex Stone did not back down on Saturday.\n\n"
         '"The plan was never about money. It was about the river. Nobody asked the people who live '
         'there. Not once," Stone wrote.\n')

OTHER = (" date 2020-05-04\nReed Replies To Stone\n\nBo Reed replied on Sunday to the tweets of the week.\n\n"
         '"The plan was never about money," Stone had written. Reed said: "The river will be fine, and '
         'the money is real."\n')


def _build(folder: Path, files: dict[str, str], out: Path) -> Corpus:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    report = build_corpus(folder, out)
    assert not report.failed
    return load_corpus(out)


def _with(statements: pd.DataFrame, phrase: str) -> pd.DataFrame:
    return statements[statements["text"].str.contains(phrase, case=False, regex=False)]


def test_adding_a_document_renames_no_statement(tmp_path: Path, corpus: Corpus) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "003_new_outlet.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build_corpus(seeds, tmp_path / "out")
    grown = load_corpus(tmp_path / "out")
    before = corpus.statements.set_index("statement_id")
    after = grown.statements.set_index("statement_id")
    assert set(before.index) <= set(after.index)
    assert list(after.loc[before.index, "speaker"]) == list(before["speaker"])
    assert len(after) == len(before) + 1  # only "close my mouth" is new
    spectrum = _with(grown.statements, "spectrum of behavio").iloc[0]
    assert spectrum["n_sources"] == 4 and "003_new_outlet" in spectrum["doc_ids"]
    gaslighted = _with(grown.statements, "we have been gaslighted")
    assert len(gaslighted) == 1 and "003_new_outlet" in gaslighted.iloc[0]["doc_ids"]


def test_a_block_quote_of_two_tweets_links_to_each(tmp_path: Path) -> None:
    built = _build(tmp_path / "s", {"a": TWEETS, "c": BLOCK}, tmp_path / "out")
    stone = built.statements[built.statements["speaker"] == "Alex Stone"]
    assert sorted(t[:20] for t in stone["text"]) == ["Nobody asked the peo", "The plan was never a"]
    block = built.mentions[built.mentions["doc_id"] == "c"]
    assert block["mention_id"].nunique() == 1 and set(block["statement_id"]) == set(stone["statement_id"])
    assert set(stone["n_sources"]) == {2}  # "Same Outlet" (a) and "Other Outlet" (c)


def test_nothing_chains_through_a_shared_sentence(tmp_path: Path) -> None:
    built = _build(tmp_path / "s", {"a": TWEETS, "c": BLOCK, "b": OTHER}, tmp_path / "out")
    stone = built.statements[built.statements["speaker"] == "Alex Stone"]
    assert len(stone) == 2
    reed = built.statements[built.statements["speaker"] == "Bo Reed"]
    assert list(reed["text"]) == ["The river will be fine, and the money is real."]


def test_n_sources_counts_outlets_not_documents(tmp_path: Path) -> None:
    built = _build(tmp_path / "s", {"a": TWEETS, "b": OTHER}, tmp_path / "out")
    row = _with(built.statements, "never about money").iloc[0]
    assert (row["n_sources"], row["n_documents"], row["doc_ids"]) == (1, 2, "a;b")


def test_statements_say_why_they_have_their_speaker(corpus: Corpus) -> None:
    assert corpus.statements["speaker_reason"].str.len().gt(0).all()
    driver = _with(corpus.statements, "profoundly unsurprising").iloc[0]
    assert driver["speaker_reason"].startswith("tweet signature")
    assert {"mention_id", "mention_text", "speaker_reason"} <= set(corpus.mentions.columns)


def test_a_mention_is_linked_once_per_statement(corpus: Corpus) -> None:
    pairs = corpus.mentions[["mention_id", "statement_id"]]
    assert not pairs.duplicated().any()
    strung = corpus.mentions.groupby("mention_id")["statement_id"].nunique()
    assert strung.max() >= 2  # a passage that strings a tweet to another statement links to both


@pytest.mark.parametrize(("text", "wordings"), [
    ("One two three. Four five six!", ["One two three.", "Four five six!"]),
    ("I do believe it, right? And so on we go.", ["I do believe it, right?", "And so on we go."]),
    ("A long sentence here. Right? Then another one.", ["A long sentence here. Right?", "Then another one."]),
    ("“They all hurt,” and more. “Yes it is.”", ["“They all hurt,” and more.", "“Yes it is.”"]),
])
def test_sentence_pieces(text: str, wordings: list[str]) -> None:
    assert [w for w, _ in sentence_pieces(text)] == wordings
