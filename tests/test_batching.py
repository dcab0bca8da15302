"""How a build cuts the per-document work into batches for its workers: in order, within the
limit, and, when the total is known, shrinking towards the end so the workers finish together."""

from components.engine.build import _batched


def _sizes(batches: list[list[int]]) -> list[int]:
    return [sum(batch) for batch in batches]


def test_batches_keep_the_order_and_stay_within_the_limit() -> None:
    items = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] * 20
    for work in (None, sum(items)):
        batches = list(_batched(items, lambda n: n, 20, work, 2))
        assert [n for batch in batches for n in batch] == items
        assert all(sum(batch) <= 20 or len(batch) == 1 for batch in batches)


def test_without_the_total_every_batch_is_filled_to_the_limit() -> None:
    items = [1] * 1000
    assert _sizes(list(_batched(items, lambda n: n, 100))) == [100] * 10


def test_with_the_total_the_last_batches_shrink_to_an_eighth_of_the_limit() -> None:
    items = [1] * 4000
    sizes = _sizes(list(_batched(items, lambda n: n, 100, 4000, 2)))
    assert sum(sizes) == 4000
    # full while each worker has more than four batches left (3,200 of the 4,000 items)
    assert sizes[:32] == [100] * 32 and sizes[32] < 100
    assert sizes == sorted(sizes, reverse=True)  # then smaller and smaller
    assert set(sizes[-8:-1]) == {100 // 8}  # down to an eighth of the limit (the very last: what is left)


def test_an_item_larger_than_the_limit_is_a_batch_of_its_own() -> None:
    batches = list(_batched([5, 50, 5], lambda n: n, 10, 60, 2))
    assert [n for batch in batches for n in batch] == [5, 50, 5]
    assert [50] in batches
