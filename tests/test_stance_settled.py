"""What speaks for no side, whatever its words (enrich/pipeline.py settle_stance): a spam comment
that borrows a side's words, and the page's own outlet answering its readers. A side's own account,
and a plain comment with the same words, keep their side; the stance reason says which rule spoke,
and the spam columns of the same build agree with it."""

import pandas as pd

from components.core.config import CorpusConfig, Person, Side
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
