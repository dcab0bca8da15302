"""A side a reply took from a commenter follows that commenter's side as the analyst's labels leave
it (corpus/labels.py): none from a commenter the analyst flags as spam, as the build takes none from
spam it finds itself; the new side when the analyst moves the commenter; the rest stays."""

import pandas as pd
import pytest
from test_review_s33 import CONFIG, GAZETTE, NO_STATEMENTS, _comments

from components.corpus.labels import ANALYST, apply_corrections, text_hash
from components.enrich.pipeline import enrich
from components.enrich.settled import (
    ANSWERED_BY,
    ANSWERED_HOW,
    REPLY_AGREES,
    REPLY_ARGUES,
    THREAD_REPLY_CUE,
    THREAD_REPLY_VERBS,
    answered,
)

PRAISE = "Mara Hale is brilliant, the ferry must be saved."


def _flag(built: pd.DataFrame, row: int, field: str = "is_spam", value: object = True, seq: int = 1) -> dict:
    return {"comment_id": built.loc[row, "comment_id"], "field": field, "value": value,
            "text_hash": text_hash(built.loc[row, "text"]), "set_by": ANALYST, "at": "2026-11-25", "seq": seq}


def _built(rows: list[tuple[str, str]]) -> pd.DataFrame:
    comments = _comments([("d1", GAZETTE, author, text) for author, text in rows])
    return enrich(comments, NO_STATEMENTS, CONFIG)[0]


# ---- reading a reason back ----

@pytest.mark.parametrize("verb", list(THREAD_REPLY_VERBS.values()))
def test_the_threads_cue_alone_names_the_commenter(verb: str) -> None:
    cue = THREAD_REPLY_CUE.format(verb=verb, target="Sunny Deals, Ltd", theirs="Mara Hale")
    agrees = verb == THREAD_REPLY_VERBS["agree"]
    assert answered(f"Sides with Kestrel Ferries: {cue}.") == ("Sunny Deals, Ltd", agrees)
    assert answered(f"Sides with Kestrel Ferries: {cue} (a note).") == ("Sunny Deals, Ltd", agrees)


def test_the_reply_passs_reasons_name_the_commenter() -> None:
    assert answered(REPLY_AGREES.format(ours="Mara Hale", target="Tam: Reid")) == ("Tam: Reid", True)
    assert answered(REPLY_ARGUES.format(ours="Mara Hale", target="Tam Reid",
                                        theirs="Kestrel Ferries")) == ("Tam Reid", False)


@pytest.mark.parametrize("reason", [
    "Sides with Mara Hale: speaks well of Mara Hale (\"brilliant\").",
    "Sides with Mara Hale: agrees with Tam Reid, who sided with Mara Hale; speaks well of Mara Hale.",
    "Sides with Mara Hale: speaks well of Mara Hale; agrees with Tam Reid, who sided with Mara Hale.",
    "Cues too weak or balanced to pick a side (Mara Hale 0.6: agrees with Tam Reid, who sided with "
    "Mara Hale).",
    "No cue for either side: no side is named with a clear attitude and no side's claim is made.",
])
def test_a_side_with_a_cue_of_its_own_is_not_read_as_taken_from_a_commenter(reason: str) -> None:
    assert answered(reason) is None


# ---- the analyst's flag ----

def test_a_reply_agreeing_with_a_flagged_comment_takes_no_side() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said.")])
    assert built.loc[1, "stance"] == "hale"
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0)]))
    assert shown.loc[1, "stance"] == "neutral"
    reason = shown.loc[1, "stance_reason"]
    assert "Sunny Deals" in reason and "analyst's labels" in reason
    assert shown.loc[1, "stance_model"] == "hale"  # the model's label is kept beside it


def test_a_reply_keeps_its_side_when_the_commenter_has_another_sided_comment_left() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Sunny Deals", "Hale is right, the ferry must be saved."),
                    ("Tam Reid", "@Sunny Deals exactly, well said.")])
    assert built.loc[2, "stance"] == "hale"
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0)]))
    assert shown.loc[2, "stance"] == "hale"


def test_a_reply_the_analyst_labelled_keeps_the_analysts_side() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said.")])
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0), _flag(built, 1, "stance", "hale", 2)]))
    assert (shown.loc[1, "stance"], shown.loc[1, "stance_set_by"]) == ("hale", ANALYST)


def test_unflagging_or_flagging_someone_else_changes_no_reply() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said."),
                    ("Ola Berg", "Lovely day on the water today.")])
    for flags in ([_flag(built, 0, value=False)], [_flag(built, 2)]):
        shown = apply_corrections(built, pd.DataFrame(flags))
        assert shown.loc[1, "stance"] == built.loc[1, "stance"] == "hale"


def test_the_app_takes_back_a_chains_sides_in_the_flagged_document_only() -> None:
    from dashboard.data import with_corrections

    agrees = "@Sunny Deals exactly, well said."
    rows = [("d1", GAZETTE, "Sunny Deals", PRAISE), ("d1", GAZETTE, "Tam Reid", agrees),
            ("d1", GAZETTE, "Ola Berg", "@Tam Reid exactly, well said."),
            ("d2", GAZETTE, "Sunny Deals", PRAISE), ("d2", GAZETTE, "Tam Reid", agrees)]
    built = enrich(_comments(rows), NO_STATEMENTS, CONFIG)[0]
    assert built["stance"].tolist() == ["hale"] * 5
    flags = pd.DataFrame([_flag(built, 0)])
    shown = with_corrections(built, flags)
    assert shown["stance"].tolist() == ["neutral", "neutral", "neutral", "hale", "hale"]
    assert shown["stance"].tolist() == apply_corrections(built, flags)["stance"].tolist()


# ---- the analyst's stance labels ----

def test_a_reply_follows_the_side_the_analyst_gives_the_commenter_it_agreed_with() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said.")])
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0, "stance", "board")]))
    assert shown["stance"].tolist() == ["board", "board"]
    assert "analyst's labels" in shown.loc[1, "stance_reason"]


def test_a_reply_that_argued_takes_the_other_side_when_the_analyst_moves_the_commenter() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals rubbish, total nonsense.")])
    assert built["stance"].tolist() == ["hale", "board"]
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0, "stance", "board")]))
    assert shown["stance"].tolist() == ["board", "hale"]
    neutral = apply_corrections(built, pd.DataFrame([_flag(built, 0, "stance", "neutral")]))
    assert neutral["stance"].tolist() == ["neutral", "neutral"]


def test_a_label_that_confirms_the_commenters_side_changes_no_reply() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said.")])
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0, "stance", "hale")]))
    columns = ["stance", "stance_reason"]
    assert shown.loc[1, columns].tolist() == built.loc[1, columns].tolist()


def test_the_app_follows_a_stance_label_as_the_export_does() -> None:
    from dashboard.data import with_corrections

    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", "@Sunny Deals exactly, well said.")])
    labels = pd.DataFrame([_flag(built, 0, "stance", "board")])
    shown, exported = with_corrections(built, labels), apply_corrections(built, labels)
    assert shown["stance"].tolist() == exported["stance"].tolist() == ["board", "board"]


# ---- a comment given its side by the sided reply that answers it (ANSWERED_BY) ----

def test_the_answered_by_reason_names_the_replier() -> None:
    argues = ANSWERED_BY.format(ours="Kestrel Ferries", replier="Tam: Reid", theirs="Mara Hale",
                                how=ANSWERED_HOW["argues"])
    agrees = ANSWERED_BY.format(ours="Mara Hale", replier="Tam Reid", theirs="Mara Hale",
                                how=ANSWERED_HOW["agrees"])
    assert answered(argues) == ("Tam: Reid", False)
    assert answered(agrees) == ("Tam Reid", True)
    assert answered(argues[:-1] + "; speaks well of Kestrel Ferries.") is None


def test_a_comment_sided_by_the_reply_that_answers_it_loses_that_side_when_the_reply_is_flagged() -> None:
    built = _built([("Ola Birk", "I have taken that crossing every winter since 1990."),
                    ("Tam Reid", "@Ola Birk nonsense. Mara Hale is brilliant, the ferry must be saved.")])
    assert answered(str(built.loc[0, "stance_reason"])) == ("Tam Reid", False)
    assert built.loc[1, "stance"] == "hale" and built.loc[0, "stance"] != "hale"
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 1)]))
    assert shown.loc[0, "stance"] == "neutral"
    assert "Tam Reid" in shown.loc[0, "stance_reason"] and "analyst's labels" in shown.loc[0, "stance_reason"]
    assert shown.loc[0, "stance_model"] == built.loc[0, "stance"]
