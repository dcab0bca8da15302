"""benchmarks/stance_steps.py: the kinds of cue a stance reason names (invented reasons, about an
invented quarrel over a harbour ferry)."""

from benchmarks.stance_steps import cue_kinds, neutral_kind, table


def test_a_side_s_reason_names_its_cue_kinds_in_order():
    reason = ('Sides with Ferry Trust: makes Ferry Trust\'s side\'s claims ("timetable"); the same '
              "commenter's other comments side with Ferry Trust.")
    assert cue_kinds(reason) == ["makes a side's claims", "thread: commenter's other comments"]


def test_the_reply_chain_is_told_from_the_classifier_s_agreement():
    chain = "Sides with Ferry Trust: agrees with Olu P, whose comments side with Ferry Trust."
    thread = "Sides with Ferry Trust: agrees with Olu P, who sided with Ferry Trust."
    own = 'Sides with Ferry Trust: agrees with Ferry Trust ("well said").'
    assert cue_kinds(chain) == ["reply chain: agrees"]
    assert cue_kinds(thread) == ["thread: answers a commenter"]
    assert cue_kinds(own) == ["agrees with a side"]


def test_a_note_after_the_cues_is_not_a_cue():
    reason = ('Sides with Ferry Trust: speaks well of Ferry Trust (+0.40) (weighs both sides '
              '("both sides"), so its cues count for 20%).')
    assert cue_kinds(reason) == ["speaks well of"]


def test_a_neutral_reason_names_no_cue_kind():
    assert cue_kinds("No cue for either side: no side is named with a clear attitude.") is None
    assert cue_kinds("Cues too weak or balanced to pick a side (Ferry Trust 0.2: ...).") is None
    weak = "Cues too weak or balanced to pick a side (Ferry Trust 0.2)."
    assert neutral_kind(weak) == "cues too weak or balanced"
    assert neutral_kind("No side: the comment is spam.") == "speaks for no side (spam, outlet)"


def test_the_table_counts_right_wrong_and_given_to_a_neutral_comment():
    reason = 'Sides with trust: makes trust\'s side\'s claims ("timetable").'
    rows = [("trust", "trust", reason), ("skipper", "trust", reason), ("neutral", "trust", reason),
            ("skipper", "neutral", "No cue for either side.")]
    out = table(rows)
    assert "| makes a side's claims | 1 | 1 | 1 | 33% | 1 | 1 | 1 | 33% |" in out
    assert "| no cue | 0 | 1 |" in out
