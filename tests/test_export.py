"""CSV export compared byte for byte, formula cells neutralised."""

import io

import pandas as pd

from components.corpus.export import (
    _FORMULA_START,
    FORMULA_PREFIX,
    csv_chunks,
    neutralise_formulas,
    parquet_chunks_bytes,
    to_csv_bytes,
)


def test_csv_bytes_exact() -> None:
    frame = pd.DataFrame({
        "author": ["=HYPERLINK(\"x\")", "+1 call", "-rm", "@handle", "\tTab", "\rCR", "＝SUM(A1)",
                   "plain", "naïve “quote”"],
        "score": [-0.5, 1.0, 0.0, 2.5, -1.0, 0.25, 3.0, 4.0, 5.0],
    })
    expected = (
        "\ufeffauthor,score\r\n"
        "\"'=HYPERLINK(\"\"x\"\")\",-0.5\r\n"
        "'+1 call,1.0\r\n"
        "'-rm,0.0\r\n"
        "'@handle,2.5\r\n"
        "'\tTab,-1.0\r\n"
        "\"'\rCR\",0.25\r\n"
        "'＝SUM(A1),3.0\r\n"
        "plain,4.0\r\n"
        "naïve “quote”,5.0\r\n"
    ).encode("utf-8")
    assert to_csv_bytes(frame) == expected


def test_numbers_are_not_neutralised() -> None:
    frame = pd.DataFrame({"x": [-1.5]})
    assert to_csv_bytes(frame) == "\ufeffx\r\n-1.5\r\n".encode()


def test_formula_lookalikes_and_leading_blanks_are_neutralised() -> None:
    cells = ["\ufe66SUM(A1)", "\u22121+2", "\u00a0=1+1", "\u200b=HYPERLINK(1)", " +x", "\ufeff@x",
             "a = b", "\u2212"]
    frame = pd.DataFrame({"text": cells})
    lines = to_csv_bytes(frame).decode("utf-8-sig").split("\r\n")[1:-1]
    assert lines == ["'" + c for c in cells[:6]] + ["a = b", "'\u2212"]


def _one_by_one(cell: object) -> object:
    """The formula rule applied to one cell by the regex alone (the reference)."""
    return FORMULA_PREFIX + cell if isinstance(cell, str) and _FORMULA_START.match(cell) else cell


BLANKS = [" ", "\t", "\r", "\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\u2060", "\ufeff", ""]
STARTS = ["=", "+", "-", "@", "\uff1d", "\ufe62", "\u2212", "a", "1", "é", "'", "(", "\u00e9=", "z=1"]


def test_vectorised_guard_matches_the_rule_on_every_cell_in_every_text_dtype() -> None:
    cells = [b + s + "x" for b in BLANKS for s in STARTS] + ["", "=", "\u2212", "plain"]
    expected = [_one_by_one(c) for c in cells]
    for dtype in ("object", "str", "category"):
        column = pd.Series(cells, dtype=dtype) if dtype != "category" else pd.Series(cells).astype("category")
        guarded = neutralise_formulas(pd.DataFrame({"t": column}))["t"]
        assert [str(v) for v in guarded] == expected, dtype
    mixed = pd.DataFrame({"t": pd.Series(["=1", -1, None, 2.5, "ok"], dtype=object)})
    assert list(neutralise_formulas(mixed)["t"])[:2] == ["'=1", -1]


def test_csv_in_chunks_is_the_csv_of_the_whole() -> None:
    frame = pd.DataFrame({"text": ["=a", "b", "+c", "d", "@e"], "n": [1, 2, 3, 4, 5]})
    parts = [frame.iloc[i:i + 2] for i in range(0, len(frame), 2)]
    assert b"".join(csv_chunks(parts)) == to_csv_bytes(frame)


def test_parquet_in_chunks_holds_every_row() -> None:
    frame = pd.DataFrame({"text": ["=a", "b", "c"], "n": [1, 2, 3]})
    data = parquet_chunks_bytes([frame.iloc[:2], frame.iloc[2:]])
    assert pd.read_parquet(io.BytesIO(data)).equals(frame)  # stored as typed, no prefix
