"""The answered-comment stance rule narrowed (session 37, H230, after the review in
tests/test_review_s37c.py): what a sided reply's tone says about the commenter it answers
(answer_tone), which comments keep no side whatever their answer says (asks_or_corrects, balanced
cues), and which comment a nested reply answers (_Thread.parents). Invented text throughout.

Invented controversy: the Corran Ferry Company cutting the winter sailings to Inchmore, against
the islanders."""

import numpy as np
import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.corpus.labels import ANALYST, apply_corrections, text_hash
from components.enrich.pipeline import enrich
from components.enrich.replies import _Thread, _undecided
from components.enrich.stance import BACKED_COLUMN, NEUTRAL, answer_tone, asks_or_corrects, classify_comments
from components.enrich.stance.evidence import _decide
from components.enrich.stance.scores import _Evidence

CONFIG = CorpusConfig(name="Corran Ferry cuts the winter sailings to Inchmore", sides=(
    Side("islanders", Person("Inchmore Islanders", ("the islanders",), (), "they"),
         ("the island needs a daily boat",)),
    Side("company", Person("Corran Ferry Company", ("the ferry company", "the company"), (), "it"),
         ("the winter sailings run empty",)),
))
NO_STATEMENTS = pd.DataFrame(columns=["speaker", "text"])


def _built(rows: list[tuple[str, str]]) -> pd.DataFrame:
    comments = pd.DataFrame([{
        "comment_id": f"f-{at}", "doc_id": "f", "source": "Inchmore Courier", "position": at,
        "author": author,
        "text": text, "text_raw": text, "is_empty": False, "depth": 0, "is_reply": False, "reply_to": None,
    } for at, (author, text) in enumerate(rows, start=1)])
    return enrich(comments, NO_STATEMENTS, CONFIG)[0]


@pytest.mark.parametrize("reply, tone", [
    ("you clearly never took it in January, the company is right", "hostile"),
    ("nonsense, the winter sailings run empty", "hostile"),
    ("the islanders are a shower of moaners, shameful and pathetic", "at a side"),
    ('the skipper said "the boat is half full at best". Nonsense, the island needs a daily boat.',
     "at a side"),
    ("the skipper said 'the boat is half full at best'. Nonsense, and you know it.", "hostile"),
    ("true about the queue. The company is greedy though, the island needs a daily boat.", "grants"),
    ("exactly, well said.", "agree"),
    ("is there a timetable online?", "ask"),
])
def test_answer_tone_counts_hostility_only_when_it_is_aimed_at_the_commenter(reply: str, tone: str) -> None:
    assert answer_tone(reply) == tone


@pytest.mark.parametrize("reply, tone", [
    ("the sailings are half empty because the fares doubled, shameful.", "hostile"),   # takes up "sailings"
    ("and who pays the crew all winter, shameful?", "hostile"),                         # a question put back
    ("that's a sad memory, but the ferry company is greedy and shameless.", "hostile"),
    ("the ferry company is greedy and shameless, a disgrace.", "at a side"),
])
def test_ill_feeling_argues_with_the_commenter_when_it_takes_up_what_they_said(reply: str, tone: str) -> None:
    assert answer_tone(reply, "The winter sailings were my lifeline.") == tone


@pytest.mark.parametrize("text, keeps", [
    ("Is there a bus from the pier on Sundays?", True),
    ("For the record, the pier was rebuilt in 1998.", True),
    ("The crossing takes forty minutes, not twenty.", False),
    ("The old boat sailed at 7, not 9, back then.", True),
    ("My gran crossed every Tuesday for forty years.", False),          # a memory, not a correction
    ("Who on earth thought this was a good idea?", False),              # no information asked for
    ("I caught the ferry not once in 2010, wet through.", False),       # "not" before no figure put right
])
def test_a_question_for_information_or_a_correction_keeps_no_side(text: str, keeps: bool) -> None:
    assert asks_or_corrects(text) is keeps


def test_the_classifier_says_how_many_sides_its_cues_backed() -> None:
    texts = ["I crossed on that boat every week as a boy.",                 # no cue
             "The islanders are useless and the company is useless too.",   # cues for both sides
             "The company is shameful.",                                     # one side
             ""]                                                              # nothing weighed
    comments = pd.DataFrame({"doc_id": "f", "position": range(1, 5), "author": ["P", "Q", "R", "S"],
                             "text": texts})
    out = classify_comments(comments, CONFIG)
    assert out[BACKED_COLUMN].tolist()[:3] == [0, 2, 1] and out[BACKED_COLUMN].isna().tolist()[3]


def test_a_weak_cue_backs_one_side_and_a_side_without_evidence_above_zero_backs_none() -> None:
    weak, balanced, cancelled = _Evidence(), _Evidence(), _Evidence()
    weak.add("company", 0.2, "a faint cue")
    balanced.add("company", 2.0, "hits the company")
    balanced.add("islanders", 2.0, "hits the islanders")
    cancelled.add("company", 0.3, "a faint cue")
    cancelled.add("islanders", -0.4, "a cue taken back")
    decided = [_decide(ev, CONFIG) for ev in (weak, balanced, cancelled)]
    assert [(r.stance, r.backed) for r in decided] == [(NEUTRAL, 1), (NEUTRAL, 2), (NEUTRAL, 1)]


def test_undecided_reads_the_classifier_s_count_never_the_reason_s_words() -> None:
    stance = pd.DataFrame({
        "stance": [NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL, "company"],
        # wording that once decided it, now beside a count that says otherwise, and the reverse
        "stance_reason": ["Cues too weak or balanced to pick a side (A: B 2.0, C 2.0: x).",
                          "Cues too weak or balanced to pick a side (A 0.6, B 0.0: blames A).",
                          "Worded any way at all.", "No cue for either side: no side is named.",
                          "Sides with A."],
        BACKED_COLUMN: pd.array([1, 2, 0, None, 1], dtype="Int64")})
    assert _undecided(stance).tolist() == [True, False, True, False, False]
    assert not _undecided(stance.drop(columns=[BACKED_COLUMN])).any()  # no count: nothing undecided


def test_a_comment_sits_under_the_last_comment_one_level_up_in_its_own_document() -> None:
    comments = pd.DataFrame({"doc_id": ["a", "a", "a", "a", "b", "b"], "position": [1, 2, 3, 4, 1, 2],
                             "author": ["P", "Q", "P", "R", "S", "T"], "text": "x",
                             "depth": [0, 1, 2, 1, 1, 0]})
    thread = _Thread.of(comments, np.full(6, NEUTRAL, dtype=object))
    assert thread.parents().tolist() == [-1, 0, 1, 0, -1, -1]  # no parent across documents
    assert _Thread.of(comments.drop(columns="depth"), np.full(6, NEUTRAL, dtype=object)).parents().tolist() \
        == [-1] * 6


def test_a_reply_arguing_with_the_commenter_still_puts_them_on_the_other_side() -> None:
    built = _built([("Moira", "I did the crossing every week when I was at school."),
                    ("Fergus", "@Moira and you never once saw it full, the winter sailings run empty.")])
    assert built.loc[1, "stance"] == "company"
    assert built.loc[0, "stance"] == "islanders"


def test_a_rant_at_a_side_does_not_argue_with_the_commenter_it_names() -> None:
    built = _built([("Moira", "I did the crossing every week when I was at school."),
                    ("Fergus", "@Moira the ferry company is greedy and shameless, a disgrace.")])
    assert built.loc[1, "stance"] == "islanders"
    assert built.loc[0, "stance"] == NEUTRAL


def test_a_writers_own_side_is_kept_from_an_aside_only_on_the_other() -> None:
    built = _built([("Moira", "The islanders are right, the island needs a daily boat."),
                    ("Moira", "I did the crossing every week when I was at school."),
                    ("Fergus", "@Moira you're dreaming, the winter sailings run empty.")])
    assert built.loc[0, "stance"] == "islanders"
    assert built.loc[1, "stance"] in ("islanders", NEUTRAL)  # never the company's


def test_the_analyst_path_follows_the_one_reply_that_answered_not_the_repliers_other_comments() -> None:
    built = _built([("Fergus", "The islanders are right, the island needs a daily boat."),
                    ("Moira", "I did the crossing every week when I was at school."),
                    ("Fergus", "@Moira and you never once saw it full, the winter sailings run empty.")])
    assert built["stance"].tolist() == ["islanders", "islanders", "company"]
    other = apply_corrections(built, pd.DataFrame([_label(built, 0, "stance", "company")]))
    assert other["stance"].tolist() == ["company", "islanders", "company"]
    flagged = apply_corrections(built, pd.DataFrame([_label(built, 2, "is_spam", True)]))
    assert flagged["stance"].tolist() == ["islanders", NEUTRAL, NEUTRAL]  # its one answer gone


def _label(built: pd.DataFrame, row: int, field: str, value: object) -> dict:
    return {"comment_id": built.loc[row, "comment_id"], "field": field, "value": value,
            "text_hash": text_hash(built.loc[row, "text"]), "set_by": ANALYST, "at": "2026-11-25", "seq": 1}
