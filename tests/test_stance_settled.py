"""What speaks for no side, whatever its words (enrich/no_side.py, pipeline.settled_stance): a spam
comment that borrows a side's words, and the page's own outlet answering its readers (on its own
page only). A side's own account, and a plain comment with the same words, keep their side; the
stance reason says which rule spoke, the spam columns of the same build agree with it, and an
analyst's spam flag takes the side away unless the analyst set the stance."""

from pathlib import Path

import pandas as pd

from components.core.config import CorpusConfig, Person, Side
from components.corpus.labels import ANALYST, apply_corrections, text_hash
from components.corpus.store import load_table
from components.engine.build import build_corpus
from components.enrich.pipeline import OUTLET_STANCE_REASON, SPAM_STANCE_REASON, enrich
from components.enrich.stance import NEUTRAL

# A market trader ("he") against a town council, invented; the page is the Fenby Courier's.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("rowe", Person("Dan Rowe", ("Rowe",), ("@danrowestalls",), "he"),
                ("the stalls should stay",)),
           Side("council", Person("Fenby Council", ("the council",), (), "they"),
                ("the square needs repairs",))),
)
OUTLET = "Fenby Courier"
SPAM = ("Rowe is right and the stalls should stay!! I earn $500 a day from home with crypto, DM me on "
        "WhatsApp +44 7700 900123 or visit www.quick-cash-home.biz now")


def _built(rows: list[tuple[str, str]]) -> pd.DataFrame:
    comments = pd.DataFrame([{
        "comment_id": f"c{n}", "doc_id": "d1", "source": OUTLET, "position": n, "author": author,
        "text": text, "text_raw": text, "is_empty": False, "depth": 0, "is_reply": False, "reply_to": None,
    } for n, (author, text) in enumerate(rows, start=1)])
    statements = pd.DataFrame(columns=["speaker", "text"])
    return enrich(comments, statements, CONFIG)[0].set_index("author")


def test_spam_that_borrows_a_sides_words_takes_no_side() -> None:
    built = _built([("Cash Queen", SPAM), ("Mo Patel", "Rowe is right and the stalls should stay.")])
    assert bool(built.loc["Cash Queen", "is_spam"])
    assert built.loc["Cash Queen", "stance"] == NEUTRAL
    assert built.loc["Cash Queen", "stance_reason"] == SPAM_STANCE_REASON
    # the same words without the advert keep their side
    assert built.loc["Mo Patel", "stance"] == "rowe" and not bool(built.loc["Mo Patel", "is_spam"])


def test_the_outlets_own_comment_takes_no_side() -> None:
    built = _built([(OUTLET, "Thanks for your comments. The council meets on Tuesday and we will report on "
                             "whether the square needs repairs."),
                    ("Jo Hill", "The council is right, the square needs repairs.")])
    assert built.loc[OUTLET, "stance"] == NEUTRAL
    assert built.loc[OUTLET, "stance_reason"] == OUTLET_STANCE_REASON
    assert built.loc["Jo Hill", "stance"] == "council"


def test_a_sides_own_account_with_a_link_keeps_its_side() -> None:
    built = _built([("danrowestalls", "The stalls should stay. Sign our petition at www.savethestalls.org")])
    assert not bool(built.loc["danrowestalls", "is_spam"])
    assert built.loc["danrowestalls", "stance"] == "rowe"
    assert built.loc["danrowestalls", "stance_reason"] not in {SPAM_STANCE_REASON, OUTLET_STANCE_REASON}


ENGINE_CONFIG = """
[corpus]
name = "ferry"

[[sides]]
id = "hale"
name = "Mara Hale"
aliases = ["Hale"]
handles = []
pronoun = "she"
position_cues = ["the ferry must be saved"]

[[sides]]
id = "board"
name = "Kestrel Ferries"
aliases = ["the operator"]
handles = []
pronoun = "they"
position_cues = ["the route loses money"]

[documents.a_gazette]
source = "Isle Gazette"

[documents.b_post]
source = "Harbour Post"
"""
PAGE = """ date 2026-11-20 Councillor fights to keep island ferry

Councillor Mara Hale said the ferry must be saved. "This island needs its boat," she said.

Kestrel Ferries said the route loses money and will close in March.

Comments (3)

Tam Reid
2 hours ago
Lovely island, we go every summer.

Harbour Post
3 hours ago
Hale is right, the ferry must be saved. Read our full report at www.harbourpost.example/ferry and \
subscribe for £1 a week, call 0800 123 4567

Ann Bell
5 hours ago
The operator is right, the route loses money.
"""


def test_an_outlet_is_an_own_account_on_its_own_page_only(tmp_path: Path) -> None:
    """Built through the engine: the Harbour Post's advert is its own outlet's reply on its own page
    (not spam, no side) and a seller's advert on the Gazette's (spam, no side); the spam column and
    the stance reason agree on both, and a reader keeps her side on both."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "corpus.toml").write_text(ENGINE_CONFIG, encoding="utf-8")
    for stem in ("a_gazette", "b_post"):
        (seeds / f"{stem}.txt").write_text(PAGE, encoding="utf-8")
    build_corpus(seeds, tmp_path / "out")
    built = load_table(tmp_path / "out", "comments").set_index(["doc_id", "author"])
    on_gazette, on_post = built.loc[("a_gazette", "Harbour Post")], built.loc[("b_post", "Harbour Post")]
    assert bool(on_gazette["is_spam"]) and on_gazette["stance_reason"] == SPAM_STANCE_REASON
    assert not bool(on_post["is_spam"]) and on_post["stance_reason"] == OUTLET_STANCE_REASON
    assert on_gazette["stance"] == on_post["stance"] == NEUTRAL
    readers = [built.loc[(doc, "Ann Bell"), "stance"] for doc in ("a_gazette", "b_post")]
    assert readers == ["board", "board"]


def test_an_analyst_flagging_spam_takes_its_side_away_unless_they_set_one() -> None:
    built = _built([("Mo Patel", "Rowe is right and the stalls should stay."),
                    ("Jo Hill", "The council is right, the square needs repairs.")])
    ids = built["comment_id"]
    events = pd.DataFrame([
        {"comment_id": ids["Mo Patel"], "field": "is_spam", "value": True, "set_by": ANALYST, "seq": 1},
        {"comment_id": ids["Jo Hill"], "field": "stance", "value": "council", "set_by": ANALYST, "seq": 2},
        {"comment_id": ids["Jo Hill"], "field": "is_spam", "value": True, "set_by": ANALYST, "seq": 3},
    ]).assign(text_hash=[text_hash(built.loc[a, "text"]) for a in ("Mo Patel", "Jo Hill", "Jo Hill")],
              at="2026-11-25")
    shown = apply_corrections(built.reset_index(), events).set_index("author")
    assert shown.loc["Mo Patel", "stance"] == NEUTRAL and shown.loc["Mo Patel", "stance_model"] == "rowe"
    assert "analyst flagged the comment as spam" in shown.loc["Mo Patel", "stance_reason"]
    assert shown.loc["Jo Hill", "stance"] == "council"  # the analyst's own stance stands
