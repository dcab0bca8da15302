"""The reasons a comment's stance says it speaks for no side whatever its words (enrich/no_side.py
decides which comments), and the reasons of a side a reply takes from the commenter it answers
(enrich/replies.py): kept apart, without the spam model's imports, so the analyst's corrections
(corpus/labels.py) can recognise them when the dashboard loads."""

import re
from typing import NamedTuple

__all__ = ["SPAM_STANCE_REASON", "OUTLET_STANCE_REASON", "NO_SIDE_REASONS", "REPLY_AGREES", "REPLY_ARGUES",
           "ANSWERED_BY", "ANSWERED_HOW", "THREAD_REPLY_CUE", "THREAD_REPLY_VERBS", "Answered", "answered",
           "answered_by_reply"]

SPAM_STANCE_REASON = "No side: the comment is spam (its spam_reason says why), and spam speaks for no side."
OUTLET_STANCE_REASON = "No side: written by the page's own outlet, which reports the story and takes no side."
NO_SIDE_REASONS = frozenset({SPAM_STANCE_REASON, OUTLET_STANCE_REASON})

# A reply's side taken from the commenter it answers: the reply pass's reasons (enrich/replies.py) and
# the thread pass's cue (enrich/stance/thread.py), each alone deciding a comment's side.
REPLY_AGREES = "Sides with {ours}: agrees with {target}, whose comments side with {ours}."
REPLY_ARGUES = ("Sides with {ours}: answers {target}, whose comments side with {theirs}, without agreeing "
                "(a reply with no cue of its own argues back).")
# A comment left without a side that a sided reply answers: the side the answer puts it on.
ANSWERED_BY = "Sides with {ours}: answered by {replier}, whose reply sides with {theirs} and {how}."
# its {how}: the reply agreeing with the comment it answers, or arguing with it
ANSWERED_HOW = {"agrees": "agrees with it", "argues": "argues with it"}
THREAD_REPLY_CUE = "{verb} {target}, who sided with {theirs}"
# its verb: agreeing, or arguing with a commenter it names or with one who has just named its author
THREAD_REPLY_VERBS = {"agree": "agrees with", "names": "rebuffs", "answers": "hits back at"}


def _pattern(form: str) -> str:
    """A reason form as a regular expression: {target} captured, the side names matched."""
    ours = re.escape("{ours}")
    out = re.escape(form).replace(ours, "(?P<ours>.+?)", 1).replace(ours, "(?P=ours)")
    return out.replace(re.escape("{target}"), "(?P<target>.+)").replace(re.escape("{theirs}"), "[^;]+?")


_VERBS = "(?P<verb>" + "|".join(re.escape(v) for v in THREAD_REPLY_VERBS.values()) + ")"
_REPLY_REASONS = tuple(re.compile(f"^{expression}$", re.DOTALL) for expression in (
    _pattern(REPLY_AGREES), _pattern(REPLY_ARGUES),
    # the thread's cue alone ("Sides with X: rebuffs A, who sided with Y (a note)."): no other cue
    _pattern("Sides with {ours}: ") + _pattern(THREAD_REPLY_CUE).replace(re.escape("{verb}"), _VERBS)
    + r"(?: \(.*\))?\.",
    # a comment given the side a sided reply's answer puts it on: the replier is the one it follows
    _pattern(ANSWERED_BY.replace("{replier}", "{target}", 1)).replace(
        re.escape("{how}"), "(?P<how>" + "|".join(re.escape(h) for h in ANSWERED_HOW.values()) + ")")))


class Answered(NamedTuple):
    """The commenter a comment took its side from, and whether it agreed with them or argued."""

    commenter: str
    agrees: bool


def answered(reason: str) -> Answered | None:
    """The commenter a comment took its side from and from nothing else, read back from its reason
    (REPLY_AGREES, REPLY_ARGUES, the thread's THREAD_REPLY_CUE as its only cue, or ANSWERED_BY: the
    replier whose answer gave it its side); else None."""
    for at, pattern in enumerate(_REPLY_REASONS):
        found = pattern.match(reason)
        if found:
            agrees = (at == 0 or (at == 2 and found["verb"] == THREAD_REPLY_VERBS["agree"])
                      or (at == 3 and found["how"] == ANSWERED_HOW["agrees"]))
            return Answered(found["target"], agrees)
    return None


def answered_by_reply(reason: str) -> bool:
    """Whether a comment took its side from one reply that answered it (ANSWERED_BY): it follows
    that reply, not all its replier wrote."""
    return _REPLY_REASONS[3].match(reason) is not None
