"""The spam pair memo's kept pairs (near_duplicates.PairMemo.kept): sorted, distinct, each with the
verdict it was first given, the used pairs of the memo it was made from merged in."""

import numpy as np

from components.enrich.near_duplicates import PairMemo


def _expected(memo: PairMemo, old: np.ndarray, old_similar: np.ndarray, used: np.ndarray,
              checked: list[tuple[np.ndarray, np.ndarray]]) -> dict[int, bool]:
    """What kept() must hold, worked out pair by pair: the used old pairs, then each pair checked
    since with its first verdict."""
    verdicts = {int(p): bool(s) for p, s in zip(old[used], old_similar[used], strict=True)}
    for ids, similar in checked:
        for pair, verdict in zip(ids.tolist(), similar.tolist(), strict=True):
            verdicts.setdefault(pair, verdict)
    return verdicts


def test_kept_pairs_are_sorted_distinct_with_first_verdicts_and_the_used_old_ones() -> None:
    rng = np.random.default_rng(5)
    for space in (30, 400, 2**63):  # small spaces: the same pair id checked twice, verdicts differing
        old = np.unique(rng.integers(0, space, 25, dtype=np.uint64))
        old_similar = rng.random(len(old)) < 0.4
        memo = PairMemo(old, old_similar)
        looked_up = rng.choice(old, 10)
        memo.lookup(looked_up)
        checked = []
        for _ in range(4):
            ids = rng.integers(0, space, 30, dtype=np.uint64)
            ids = ids[~np.isin(ids, old)]  # a pair the memo knew is looked up, never checked again
            similar = rng.random(len(ids)) < 0.5
            memo.record(ids, similar)
            checked.append((ids, similar))
        pairs, verdicts = memo.kept()
        expected = _expected(memo, old, old_similar, np.isin(old, looked_up), checked)
        assert pairs.dtype == np.uint64 and verdicts.dtype == bool
        assert pairs.tolist() == sorted(expected)
        assert verdicts.tolist() == [expected[p] for p in pairs.tolist()]
        assert PairMemo(pairs, verdicts).lookup(pairs)[1].tolist() == verdicts.tolist()  # readable again


def test_kept_pairs_of_a_memo_with_nothing_checked_or_nothing_known() -> None:
    empty = PairMemo()
    assert [len(part) for part in empty.kept()] == [0, 0]
    fresh = PairMemo()
    fresh.record(np.array([9, 3, 9], np.uint64), np.array([True, False, False]))
    pairs, similar = fresh.kept()
    assert pairs.tolist() == [3, 9] and similar.tolist() == [False, True]
    known = PairMemo(np.array([2, 5, 7], np.uint64), np.array([True, False, True]))
    known.lookup(np.array([7, 2], np.uint64))
    pairs, similar = known.kept()
    assert pairs.tolist() == [2, 7] and similar.tolist() == [True, True]
