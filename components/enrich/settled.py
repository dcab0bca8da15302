"""The reasons a comment's stance says it speaks for no side whatever its words (enrich/no_side.py
decides which comments): kept apart, without the spam model's imports, so the analyst's corrections
(corpus/labels.py) can recognise them when the dashboard loads."""

__all__ = ["SPAM_STANCE_REASON", "OUTLET_STANCE_REASON", "NO_SIDE_REASONS"]

SPAM_STANCE_REASON = "No side: the comment is spam (its spam_reason says why), and spam speaks for no side."
OUTLET_STANCE_REASON = "No side: written by the page's own outlet, which reports the story and takes no side."
NO_SIDE_REASONS = frozenset({SPAM_STANCE_REASON, OUTLET_STANCE_REASON})
