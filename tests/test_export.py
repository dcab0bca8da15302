"""CSV export compared byte for byte, formula cells neutralised."""

import pandas as pd

from components.corpus.export import to_csv_bytes


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
