"""What tests of the engine's tasks share: comparing two task results."""

from typing import Any

from components.engine import tasks


def same_result(a: Any, b: Any) -> None:
    """Two task results hold the same values, their Arrow tables equal with their metadata."""
    assert type(a) is type(b)
    for field in a.__dataclass_fields__:
        left, right = getattr(a, field), getattr(b, field)
        if field in {"table", "terms"} and left:
            assert tasks.read_arrow(left).equals(tasks.read_arrow(right), check_metadata=True), field
        else:
            assert left == right, field
