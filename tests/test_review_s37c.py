"""Review of H220's stance rule (session 37, 9886086..867df99, and the lead's 3c2e6cd) as tests on
invented text: a comment left without a side that a sided reply naming its writer answers takes the
side the answer puts it on (enrich/replies.py, _answered_comments), and the analyst's labels follow
it (corpus/labels.py). A plain test pins a behaviour that is right; a strict xfail names a fault (its
reason says it in one line, and says when 9886086 had it right). Ordered as the report orders them:
the faults that move the most numbers a user reads first.

Invented controversy: Harrowgate Council closing the Tolleston night market, against its traders."""

import time

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.corpus.labels import ANALYST, apply_corrections, text_hash
from components.enrich.pipeline import enrich
from components.enrich.replies import answer_replies
from components.enrich.stance import BACKED_COLUMN, NEUTRAL

CONFIG = CorpusConfig(name="Harrowgate Council closes the Tolleston night market", sides=(
    Side("traders", Person("Tolleston Traders", ("the traders", "the stallholders"), (), "they"),
         ("the market keeps the high street alive",)),
    Side("council", Person("Harrowgate Council", ("the council",), (), "they"),
         ("the market costs too much to police",)),
))
TRADERS, COUNCIL = "traders", "council"
NO_STATEMENTS = pd.DataFrame(columns=["speaker", "text"])
OUTLET = "Tolleston Echo"
COUNCIL_REPLY = "nostalgia is no argument, the council is right, the market costs too much to police."


def _comments(rows: list[tuple[str, str]], reply_to: list[str | None] | None = None,
              depth: list[int] | None = None) -> pd.DataFrame:
    """One document's comments as the parser writes them, from (author, text)."""
    n = len(rows)
    reply_to = reply_to or [None] * n
    depth = depth or [0] * n
    return pd.DataFrame([{
        "comment_id": f"d-{at}", "doc_id": "d", "source": OUTLET, "position": at, "author": author,
        "text": text, "text_raw": text, "is_empty": False, "depth": depth[at - 1],
        "is_reply": depth[at - 1] > 0, "reply_to": reply_to[at - 1],
    } for at, (author, text) in enumerate(rows, start=1)])


def _built(rows: list[tuple[str, str]], reply_to: list[str | None] | None = None,
           depth: list[int] | None = None) -> pd.DataFrame:
    return enrich(_comments(rows, reply_to, depth), NO_STATEMENTS, CONFIG)[0]


def _label(built: pd.DataFrame, row: int, field: str = "is_spam", value: object = True, seq: int = 1) -> dict:
    return {"comment_id": built.loc[row, "comment_id"], "field": field, "value": value,
            "text_hash": text_hash(built.loc[row, "text"]), "set_by": ANALYST, "at": "2026-11-25", "seq": seq}


def _corrected(built: pd.DataFrame, *labels: dict) -> pd.DataFrame:
    return apply_corrections(built, pd.DataFrame(list(labels)))


# ---- 1. what a reply's tone is read as: its attitude to a side, taken for one to the commenter ----

def test_an_off_topic_joke_answered_by_a_rant_at_one_side_keeps_no_side() -> None:
    built = _built([("Pell", "I only ever went for the dumplings, ha."),
                    ("Quill", "@Pell typical, the council ruins everything, disgraceful and useless.")])
    assert built.loc[1, "stance"] == TRADERS
    assert built.loc[0, "stance"] == NEUTRAL


@pytest.mark.parametrize("answer", [
    "@Pell Harrowgate Council are a disgrace, useless lot.",
    "@Pell yes, six till ten, and the traders are right, the market keeps the high street alive.",
])
def test_a_question_for_information_keeps_no_side_whatever_its_answer_says(answer: str) -> None:
    built = _built([("Pell", "Does anyone know if the market is on this Friday?"), ("Quill", answer)])
    assert built.loc[1, "stance"] == TRADERS
    assert built.loc[0, "stance"] == NEUTRAL


def test_a_comment_that_condemns_both_sides_alike_keeps_no_side() -> None:
    built = _built([("Pell", "The council has been useless and the traders have been useless too."),
                    ("Quill", "@Pell rubbish, the traders have been honest, the market keeps the high street "
                              "alive.")])
    assert built.loc[0, "stance"] == NEUTRAL


# ---- 2. the analyst's labels: the correction path ----

def test_a_loop_of_sides_falls_when_the_analyst_flags_the_comment_it_started_from() -> None:
    rows = [("Pell", "The traders are right, the market keeps the high street alive."),
            ("Pell", "Anyway, off to walk the dog."),
            ("Quill", "@Pell no.")]
    built = _built(rows)
    assert built.loc[0, "stance"] == TRADERS and built.loc[2, "stance"] == COUNCIL
    without = _built(rows[1:])  # the build that never saw the flagged comment
    assert without["stance"].tolist() == [NEUTRAL, NEUTRAL]
    shown = _corrected(built, _label(built, 0))
    assert shown.loc[[1, 2], "stance"].tolist() == [NEUTRAL, NEUTRAL]


def test_labelling_the_repliers_other_comment_leaves_the_answered_comment_as_it_was() -> None:
    built = _built([("Quill", "The traders are right, the market keeps the high street alive."),
                    ("Pell", "I went every Friday for ten years."),
                    ("Quill", f"@Pell {COUNCIL_REPLY}")])
    assert built["stance"].tolist() == [TRADERS, TRADERS, COUNCIL]
    for label in (_label(built, 0), _label(built, 0, "stance", COUNCIL)):
        shown = _corrected(built, label)
        assert shown.loc[2, "stance"] == COUNCIL  # the reply that answered Pell is untouched
        assert shown.loc[1, "stance"] == TRADERS


def test_the_answered_comment_follows_the_analysts_label_on_the_reply_that_gave_its_side() -> None:
    built = _built([("Pell", "I went every Friday for ten years."), ("Quill", f"@Pell {COUNCIL_REPLY}")])
    assert built["stance"].tolist() == [TRADERS, COUNCIL]
    moved = _corrected(built, _label(built, 1, "stance", TRADERS))
    assert moved["stance"].tolist() == [COUNCIL, TRADERS]
    cleared = _corrected(built, _label(built, 1, "stance", NEUTRAL))
    assert cleared["stance"].tolist() == [NEUTRAL, NEUTRAL]
    labelled = _corrected(built, _label(built, 0, "stance", COUNCIL))  # the answered comment itself
    assert labelled["stance"].tolist() == [COUNCIL, COUNCIL]
    assert labelled.loc[0, "stance_set_by"] == ANALYST


# ---- 3. where the side comes from: loops, the writer's own words, the wrong comment ----

def test_a_wordless_reply_does_not_carry_a_writers_side_onto_their_off_topic_comment() -> None:
    built = _built([("Pell", "The traders are right, the market keeps the high street alive."),
                    ("Pell", "Anyway, off to walk the dog."),
                    ("Quill", "@Pell no.")])
    assert built.loc[2, "stance"] == COUNCIL
    assert built.loc[1, "stance"] == NEUTRAL


def test_an_aside_is_not_put_on_the_side_its_writer_argues_against() -> None:
    built = _built([("Pell", "The council is right, the market costs too much to police."),
                    ("Pell", "I did like the dumplings though."),
                    ("Quill", "@Pell rubbish, the council is right, the market costs too much to police.")])
    assert built.loc[0, "stance"] == COUNCIL
    assert built.loc[1, "stance"] != TRADERS


def test_a_nested_reply_gives_its_side_to_the_comment_it_sits_under() -> None:
    built = _built([("Pell", "I went every Friday for ten years."),
                    ("Rook", "@Pell which stall did you go to?"),
                    ("Pell", "The dumpling van, every single week."),
                    ("Quill", f"Pell, {COUNCIL_REPLY}")],
                   reply_to=[None, "Pell", "Rook", "Pell"], depth=[0, 1, 2, 1])
    assert built.loc[3, "stance"] == COUNCIL
    assert built.loc[2, "stance"] == NEUTRAL
    assert built.loc[0, "stance"] == TRADERS


# ---- 4. what the reply argues with ----

def test_a_fact_check_answered_with_a_side_keeps_no_side() -> None:
    built = _built([("Pell", "Just to correct the article: the market opened in 2009, not 2011."),
                    ("Quill", "@Pell you're wrong, the council is right, the market costs too much to "
                              "police.")])
    assert built.loc[1, "stance"] == COUNCIL
    assert built.loc[0, "stance"] == NEUTRAL


def test_a_reply_granting_a_sideless_point_gives_the_comment_no_side() -> None:
    built = _built([("Pell", "The parking round there was always a nightmare."),
                    ("Quill", "@Pell true about the parking. The traders are liars though, the market "
                              "costs too much to police.")])
    assert built.loc[1, "stance"] == COUNCIL
    assert built.loc[0, "stance"] == NEUTRAL


def test_a_reply_rubbishing_a_quote_it_passes_on_gives_the_commenter_no_side() -> None:
    built = _built([("Pell", "The mayor was on the radio about it this morning."),
                    ("Quill", "@Pell he told them 'nobody will miss it'. Rubbish, the market keeps the high "
                              "street alive.")])
    assert built.loc[1, "stance"] == TRADERS
    assert built.loc[0, "stance"] == NEUTRAL


@pytest.mark.xfail(strict=True, reason=(
    "the rule runs after the reply chain and feeds nothing back: a neutral '@Pell exactly' "
    "stays neutral beside the comment it agrees with, now on a side"
))
def test_a_reply_agreeing_with_a_comment_the_rule_sided_takes_that_side() -> None:
    built = _built([("Pell", "I went every Friday for ten years."),
                    ("Quill", f"@Pell {COUNCIL_REPLY}"),
                    ("Rook", "@Pell nonsense, the council is right, the market costs too much to police."),
                    ("Sage", "@Pell exactly, well said.")])
    assert built.loc[0, "stance"] == TRADERS
    assert built.loc[3, "stance"] == TRADERS


# ---- 5. pins: what the rule gets right ----

@pytest.mark.parametrize("author, reply", [
    (OUTLET, "@Pell thanks for reading. The council says the market costs too much to police, which is "
             "rubbish."),
    ("Cashy", "@Pell the traders are right!! I earn $500 a day from home with crypto, DM me on WhatsApp "
              "+44 7700 900123 or visit www.quick-cash-home.biz now"),
])
def test_the_outlet_or_a_spam_reply_gives_the_comment_it_answers_no_side(author: str, reply: str) -> None:
    built = _built([("Pell", "I went every Friday for ten years."), (author, reply)])
    assert built["stance"].tolist() == [NEUTRAL, NEUTRAL]


@pytest.mark.timing
def test_the_rule_is_linear_on_a_thread_of_five_thousand_replies() -> None:
    def thread(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
        authors = [name for i in range(n) for name in (f"Walker{i}", f"Rider{i}")]
        texts = [text for i in range(n)
                 for text in ("I went as a child.", f"@Walker{i} rubbish, {COUNCIL_REPLY}")]
        stance = pd.DataFrame({"stance": [NEUTRAL, COUNCIL] * n, "stance_confidence": 0.7,
                               "stance_reason": ["No cue for either side: none.", "Sides with someone."] * n,
                               BACKED_COLUMN: [0, 1] * n})
        comments = pd.DataFrame({"doc_id": "d", "position": range(2 * n), "author": authors, "text": texts})
        return comments, stance

    def seconds(n: int) -> float:
        comments, stance = thread(n)
        # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
        started = time.process_time()
        out = answer_replies(comments, stance, CONFIG)
        assert (out["stance"] == TRADERS).sum() == n
        return time.process_time() - started

    small, large = seconds(1250), seconds(5000)
    assert large < 20 and large < 12 * max(small, 0.05)  # four times the replies: not sixteen times the time
