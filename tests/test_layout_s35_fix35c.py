"""Session 35 fixes (H174) of the review's faults in the session's layout rules (tests/test_review_s35b.py):
each rule narrowed, with its must-fire and must-not-fire cases on invented lines."""

from components.parse.comment_blocks import Kind, classify, split_signature


def test_a_one_line_comment_signed_with_a_name_and_a_town_is_signed_by_the_name() -> None:
    line = "Frankly, the tram was never late. – Rhea Moss, Bristol Apr 9, 2026 at 7:05"
    assert classify(line) == (Kind.SIGNED, "Rhea Moss")
    assert split_signature(line) == ("Frankly, the tram was never late.", "Rhea Moss")
    assert classify("Frankly, no. – Rhea Moss, New Mills Apr 9, 2026 at 7:05") == (Kind.SIGNED, "Rhea Moss")


def test_a_signature_with_a_role_or_two_commas_is_no_name_and_town() -> None:
    for line in ("Frankly, the tram was never late. – Rhea Moss, the line's driver Apr 9, 2026 at 7:05",
                 "Frankly, the tram was never late. – Rhea Moss, Bristol, England Apr 9, 2026 at 7:05"):
        assert classify(line)[1] != "Rhea Moss", line
    # a name and its town before a stamp, with no sentence before, stays a header
    assert classify("Rhea Moss, Bristol – 2 hours ago") == (Kind.NAMED, "Rhea Moss")
