"""Reply chains after the stance classifier."""

import random

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import REPLY_CONFIDENCE, addressed_author, answer_replies
from components.enrich.stance import BACKED_COLUMN, NEUTRAL, answer_tone, classify_comments, reply_tone

# A made-up two-sided story, so nothing depends on a seed name.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("north", Person("Nora North", ("North", "Nora"), (), "she"), ("walls are needed",)),
           Side("south", Person("Sam South", ("South", "Sam"), (), "he"), ("open the gates",))),
    people=(Person("Walt Warden", ("Warden",), (), "he", "north"), Person("Ivy Idle", ("Idle",), (), "she")),
)
STATEMENTS = pd.DataFrame({
    "speaker": ["Nora North", "Walt Warden", "Sam South", "Ivy Idle"],
    "text": ["Raiders burned three farms last winter. "
             "Stronger walls and more guards will keep families safe.",
             "Every soldier on the watchtower saves lives.",
             "Markets and merchants made this town rich. Trade dies when travellers are turned away.",
             "Lovely weather for the fair."],
})


def frame(rows: list[tuple[str, str]], **extra: list[object]) -> pd.DataFrame:
    """Comments of one document in thread order: (author, text)."""
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows], **extra})


def neutral(n: int) -> pd.DataFrame:
    return pd.DataFrame({"stance": [NEUTRAL] * n, "stance_confidence": [0.6] * n,
                         "stance_reason": ["No cue for either side."] * n, BACKED_COLUMN: [0] * n})


def test_a_spam_reply_is_left_as_the_classifier_had_it() -> None:
    comments = frame([("Pat", "North is right."), ("Kim", "@Pat earn $500 a day, link in my profile"),
                      ("Lou", "@Pat nonsense")], is_spam=[False, True, False])
    stance = neutral(3)
    stance.loc[0] = ["north", 0.9, "x", 1]
    assert answer_replies(comments, stance, CONFIG)["stance"].tolist() == ["north", NEUTRAL, "south"]


def test_addressed_author_is_the_longest_earlier_name_an_at_reply_opens_with() -> None:
    earlier = ["Ann", "Ann Lee", "Geoff R", "midlands_mum"]
    assert addressed_author("@Geoff R the same place they found billions", earlier) == "Geoff R"
    assert addressed_author("@Ann Lee no it isn't", earlier) == "Ann Lee"
    assert addressed_author("@Ann no it isn't", earlier) == "Ann"
    assert addressed_author("@GeoffR nonsense", earlier) == "Geoff R"
    assert addressed_author("@midlands_mum, that was years ago", earlier) == "midlands_mum"
    assert addressed_author("@Annie hello", earlier) is None  # not a word boundary
    assert addressed_author("Geoff R is right", earlier) is None  # no @: not a reply opening
    assert addressed_author("@Zed hi", earlier) is None


def test_a_reply_to_a_commenter_of_one_side_takes_the_other() -> None:
    comments = frame([("Pat", "Walls are needed, North is right."),
                      ("Kim", "@Pat the farms were never in danger."),
                      ("Lou", "@Kim exactly what I was going to write"),
                      ("Kim", "@Nobody hello")])
    stance = neutral(4)
    stance.loc[0] = ["north", 0.9, "Sides with Nora North: agrees.", 1]
    out = answer_replies(comments, stance, CONFIG)
    assert out.loc[1, "stance"] == "south" and out.loc[1, "stance_confidence"] == REPLY_CONFIDENCE
    assert "answers Pat" in out.loc[1, "stance_reason"]
    # Kim's side, taken by answering Pat, passes on: Lou agrees with Kim; "@Nobody" answers nobody.
    assert out.loc[2, "stance"] == "south" and "agrees with Kim" in out.loc[2, "stance_reason"]
    assert out.loc[3, "stance"] == NEUTRAL


def test_a_reply_to_a_commenter_of_both_sides_or_with_three_sides_stays_neutral() -> None:
    comments = frame([("Pat", "North is right."), ("Pat", "South is right."), ("Kim", "@Pat no.")])
    stance = neutral(3)
    stance.loc[0] = ["north", 0.9, "x", 1]
    stance.loc[1] = ["south", 0.9, "x", 1]
    assert answer_replies(comments, stance, CONFIG).loc[2, "stance"] == NEUTRAL
    west = Side("west", Person("Wes West", ("West",), (), "he"))
    three = CorpusConfig(name="t", sides=(*CONFIG.sides, west))
    comments = frame([("Pat", "North is right."), ("Kim", "@Pat no.")])
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x", 1]
    assert answer_replies(comments, stance, three).loc[1, "stance"] == NEUTRAL


def test_the_reply_to_column_names_the_answered_commenter() -> None:
    comments = frame([("Pat", "North is right."), ("Kim", "Nonsense from start to finish.")],
                     reply_to=["", "pat"])
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x", 1]
    out = answer_replies(comments, stance, CONFIG)
    assert out.loc[1, "stance"] == "south" and "answers Pat" in out.loc[1, "stance_reason"]


def test_with_the_classifier_on_a_small_thread() -> None:
    comments = frame([("Pat", "North is right, walls are needed."),
                      ("Kim", "@Pat and who pays for your walls, you?"),
                      ("Lou", "Lovely weather today.")])
    out = answer_replies(comments, classify_comments(comments, CONFIG, STATEMENTS), CONFIG)
    assert out["stance"].tolist()[0] == "north"
    assert out.loc[1, "stance"] == "south"
    assert out.loc[2, "stance"] == NEUTRAL
    assert answer_replies(comments.iloc[:0], neutral(0), CONFIG).empty


def test_each_document_alone_gives_the_same_result_as_the_whole_corpus() -> None:
    one = frame([("Pat", "North is right."), ("Kim", "@Pat guards and walls cost a fortune, trade pays."),
                 ("Lou", "More guards on the walls and fewer raids on the farms keeps families safe.")])
    two = one.assign(doc_id="e", author=["Kim", "Pat", "Lou"])
    both = pd.concat([one, two], ignore_index=True)
    stance = neutral(6)
    stance.loc[[0, 3], "stance"] = "north"
    whole = answer_replies(both, stance, CONFIG)
    parts = pd.concat([answer_replies(both[both["doc_id"] == doc], stance[both["doc_id"] == doc], CONFIG)
                       for doc in ("d", "e")])
    assert whole.equals(parts)
    assert whole.loc[1, "stance"] == "south" and "answers" in whole.loc[1, "stance_reason"]
    assert "answers" not in whole.loc[4, "stance_reason"]  # in e, Pat has not commented before


def one_by_one(comments: pd.DataFrame, stance: pd.DataFrame) -> tuple[list[str], dict[int, str]]:
    """The reply rule spelled out comment by comment, in thread order, as the module describes it:
    the stances, and for each side taken by answering the side of the commenter it answered."""
    docs, authors, texts = (comments[c].tolist() for c in ("doc_id", "author", "text"))
    sides, spam = stance["stance"].tolist(), comments["is_spam"].tolist()
    order = sorted((i for i in range(len(docs)) if not spam[i]),
                   key=lambda i: (docs[i], comments["position"].iat[i], i))
    decided = decided_by(order, docs, authors, sides)
    out, answered = list(sides), {}
    for at, i in enumerate(order):
        target = addressed_author(texts[i], [authors[j] for j in order[:at] if docs[j] == docs[i]])
        theirs = decided.get((docs[i], str(target)), {})
        if (sides[i] == NEUTRAL and target and target != authors[i] and len(set(theirs.values())) == 1
                and min(theirs) < at and texts[i].strip()):  # a side taken before the reply
            tone, side = reply_tone(texts[i].lstrip()[1 + len(target):]), next(iter(theirs.values()))
            if tone == "agree":
                out[i], answered[i] = side, side
            elif tone != "ask":
                out[i], answered[i] = "south" if side == "north" else "north", side
    return out, answered


def decided_by(order: list[int], docs: list[str], authors: list[str],
               sides: list[str]) -> dict[tuple[str, str], dict[int, str]]:
    """Each (document, commenter)'s decided comments: place in thread order -> side."""
    decided: dict[tuple[str, str], dict[int, str]] = {}
    for at, i in enumerate(order):
        if sides[i] != NEUTRAL:
            decided.setdefault((docs[i], authors[i]), {})[at] = sides[i]
    return decided


def one_by_one_down_the_chain(comments: pd.DataFrame, stance: pd.DataFrame) -> list[str]:
    """one_by_one again on its own answers until nothing changes: a side taken by answering counts
    for the replier in the next round; then each side taken from a commenter who no longer takes
    that one side is taken back, until none is."""
    out, answered = one_by_one(comments, stance)
    while True:
        again, more = one_by_one(comments, stance.assign(stance=out))
        answered.update(more)
        if again == out:
            break
        out = again
    docs, authors, texts = (comments[c].tolist() for c in ("doc_id", "author", "text"))
    order = sorted((i for i in range(len(docs)) if not comments["is_spam"].iat[i]),
                   key=lambda i: (docs[i], comments["position"].iat[i], i))
    while True:
        decided = decided_by(order, docs, authors, out)
        dropped = []
        for at, i in enumerate(order):
            target = addressed_author(texts[i], [authors[j] for j in order[:at] if docs[j] == docs[i]])
            theirs = decided.get((docs[i], str(target)), {})
            if i in answered and (set(theirs.values()) != {answered[i]} or min(theirs) >= at):
                dropped.append(i)
        if not dropped:
            return answered_comments(comments, stance, out, order, set(answered))
        for i in dropped:
            out[i] = NEUTRAL
            del answered[i]


def answered_comments(comments: pd.DataFrame, stance: pd.DataFrame, out: list[str],
                      order: list[int], chained: set[int]) -> list[str]:
    """Then each comment still without a side (its cues backing no side) that sided replies answer takes
    the side they put it on (the other side for one that argues with its commenter, theirs for one
    that agrees), unless they put it on both, or its writer's own sided comments take the other; a
    reply whose side the chain gave it (chained) gives none."""
    docs, authors, texts = (comments[c].tolist() for c in ("doc_id", "author", "text"))
    backed = stance[BACKED_COLUMN].tolist()
    put: dict[int, set[str]] = {}
    for at, i in enumerate(order):
        earlier = [j for j in order[:at] if docs[j] == docs[i]]
        target = addressed_author(texts[i], [authors[j] for j in earlier])
        if out[i] == NEUTRAL or i in chained or not target or target == authors[i] or not texts[i].strip():
            continue
        theirs = [j for j in earlier if authors[j] == target]
        tone = answer_tone(texts[i].lstrip()[1 + len(target):], texts[theirs[-1]])
        if tone not in ("agree", "hostile", "none") or out[theirs[-1]] != NEUTRAL \
                or backed[theirs[-1]] != 0:
            continue
        side = out[i] if tone == "agree" else "south" if out[i] == "north" else "north"
        own = {out[j] for j in order if docs[j] == docs[i] and authors[j] == target and out[j] != NEUTRAL
               and j not in chained}
        if own <= {side}:
            put.setdefault(theirs[-1], set()).add(side)
    return [sides.pop() if len(sides := put.get(i, set())) == 1 else side for i, side in enumerate(out)]


@pytest.mark.parametrize(("seed", "names", "replying"), [
    (7, ["Pat", "Kim", "Ann Lee", "Ann", "AnnLee", "Geoff R", "Lou"], 0.6),
    (11, ["Pat", "Kim", "Lou"], 0.8),  # few commenters, many replies: sides are taken back too
])
def test_the_columns_at_once_agree_with_the_rule_one_comment_at_a_time(seed: int, names: list[str],
                                                                       replying: float) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        n = rng.randrange(1, 24)
        comments = pd.DataFrame({
            "doc_id": [rng.choice("de") for _ in range(n)], "position": [rng.randrange(n) for _ in range(n)],
            "author": [rng.choice(names) for _ in range(n)],
            "is_spam": [rng.random() < 0.15 for _ in range(n)],
            "text": [rng.choice(["", " @", "@"]) + rng.choice(names) + rng.choice([" no", ", yes", "x", ""])
                     if rng.random() < replying else rng.choice(["North is right.", "  ", "mail me@x.org"])
                     for _ in range(n)]}, index=rng.sample(range(100), n))
        stance = neutral(n).set_index(comments.index)
        stance["stance"] = [rng.choice([NEUTRAL, NEUTRAL, "north", "south"]) for _ in range(n)]
        assert answer_replies(comments, stance, CONFIG)["stance"].tolist() == one_by_one_down_the_chain(
            comments, stance)


def test_a_reply_that_agrees_takes_the_side_of_the_commenter_it_answers() -> None:
    comments = frame([("Pat", "North is right."), ("Kim", "@Pat exactly, couldn't have put it better"),
                      ("Lou", "@Pat This. Spot on from start to finish"),
                      ("Dee", "@Pat exactly what you'd expect from someone who never left the town")])
    stance = neutral(4)
    stance.loc[0] = ["north", 0.9, "x", 1]
    out = answer_replies(comments, stance, CONFIG)
    assert out["stance"].tolist() == ["north", "north", "north", "south"]
    assert "agrees with Pat" in out.loc[1, "stance_reason"]
    assert "answers Pat" in out.loc[3, "stance_reason"]  # scorn, not agreement


def test_a_reply_that_only_asks_for_information_takes_no_side() -> None:
    comments = frame([("Pat", "North is right."), ("Kim", "@Pat do you know when the market reopens?"),
                      ("Lou", "@Pat is there a link to the council minutes?"),
                      ("Dee", "@Pat do you ever stop talking rubbish?"),
                      ("Sue", "@Pat and who pays for all those guards?"),
                      ("Max", "@Pat which farms?"),
                      ("Ray", "@Pat where's the proof?")])
    stance = neutral(7)
    stance.loc[0] = ["north", 0.9, "x", 1]
    out = answer_replies(comments, stance, CONFIG)
    assert out["stance"].tolist() == ["north", NEUTRAL, NEUTRAL, "south", "south", NEUTRAL, "south"]


def test_a_reply_to_column_with_an_at_sign_names_the_commenter() -> None:
    """The parser keeps "@Pat" as a reply's target; the chain must still find Pat."""
    comments = frame([("Pat", "Walls are needed, North is right."), ("Lou", "Pat, that is nonsense.")],
                     reply_to=["", "@Pat"])
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x", 1]
    assert answer_replies(comments, stance, CONFIG)["stance"].tolist() == ["north", "south"]


def test_a_reply_placed_under_a_comment_argues_back_only_when_it_names_or_scorns_its_author() -> None:
    """A nested reply (reply_to from the page's thread) that neither names the commenter above nor
    is hostile often goes on with them: it takes no side; named, or scornful, it argues back."""
    rows = [("Pat Reyes", "Walls are needed, North is right."),
            ("Lou", "The market opens at nine on Fridays.")]
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x", 1]
    plain = frame(rows, reply_to=["", "Pat Reyes"])
    assert answer_replies(plain, stance, CONFIG)["stance"].tolist() == ["north", NEUTRAL]
    named = frame([rows[0], ("Lou", "Pat, the market opens at nine on Fridays.")], reply_to=["", "Pat Reyes"])
    assert answer_replies(named, stance, CONFIG)["stance"].tolist() == ["north", "south"]
    scornful = frame([rows[0], ("Lou", "What a stupid, ignorant thing to say.")], reply_to=["", "Pat Reyes"])
    assert answer_replies(scornful, stance, CONFIG)["stance"].tolist() == ["north", "south"]


def test_an_at_name_in_the_text_beats_the_comment_a_reply_sits_under() -> None:
    comments = frame([("Pat Reyes", "Walls are needed, North is right."),
                      ("Bob", "Open the gates, South is right."),
                      ("Lou", "@Bob that is nonsense and you know it.")], reply_to=["", "", "Pat Reyes"])
    stance = neutral(3)
    stance.loc[0] = ["north", 0.9, "x", 1]
    stance.loc[1] = ["south", 0.9, "x", 1]
    assert answer_replies(comments, stance, CONFIG)["stance"].tolist() == ["north", "south", "north"]
