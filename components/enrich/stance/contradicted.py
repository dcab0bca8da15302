"""A side's claim reported and then contradicted by the commenter: "The mayor says rents will come
down. Rents here have never come down.", "The club says she was never told, but it's in the
minutes." Whoever reports what a side says only to deny it argues against that side, whatever
the claim's own words would otherwise count for."""

from collections.abc import Sequence

from ...core.config import CorpusConfig, Person
from .feeling import _compound
from .lexicon import CONDITIONALS, CONTRASTS, NEGATORS
from .mentions import _for, _Mention, _mentions, _quote
from .scores import _Evidence
from .sentences import _OWN_WORDS, _own_words_follow
from .tokens import Match, Token

W_CONTRADICTED = 1.0  # a side's reported claim, denied by the commenter
MIN_CLAIM_WORDS = 3
# Words before a side's name that make the report imagined or denied, not made: "if Keogh says
# ...", "when she claims ...", "nobody says ...", "Keogh never said ...".
_NOT_A_REPORT = CONDITIONALS | {"when", "whenever", "unless", "suppose", "imagine"}


def _contradicted_claim_cues(sentences: Sequence[list[Token]], config: CorpusConfig, ev: _Evidence) -> None:
    """For each sentence that reports what a named side says ("<side> says <claim>"), a denial
    right after it counts against that side: the rest of the sentence after a "but", or else the
    next sentence, when it turns the claim's polarity (one of them negated, the other not), is not
    warm (VADER <= 0: "... and she's not wrong" agrees) and is tied to the claim (after a "but",
    or by a word of the claim or the side's person again)."""
    if not any(t.stem in _OWN_WORDS for sentence in sentences for t in sentence):
        return  # no verb of saying: nothing is reported
    last_named: dict[str, Person] = {}
    mentions_of = [_mentions(sentence, config, last_named) for sentence in sentences]
    for at, sentence in enumerate(sentences):
        report = _report(sentence, mentions_of[at])
        if report is None:
            continue
        m, claim_start, claim_end = report
        claim = sentence[claim_start:claim_end]
        if claim_end < len(sentence):  # "<side> says <claim>, but <denial>"
            denial, tied = sentence[claim_end + 1:], True
        elif at + 1 < len(sentences):
            denial = sentences[at + 1]
            tied = _shares_a_word(claim, denial) or any(
                other.person is m.person for other in mentions_of[at + 1])
        else:
            continue
        if tied and _denies(claim, denial):
            shown = _quote(sentence, Match(m.start, _last_word(sentence, claim_end), False))[:60]
            _for(ev, m.side, False, W_CONTRADICTED,
                 f'reports what {m.person.name} says and denies it ("{shown}")', config)
            return


def _report(sentence: list[Token], mentions: list[_Mention]) -> tuple[_Mention, int, int] | None:
    """The side's mention, and where the claim it is reported to make starts and ends (a "but" or
    the sentence's end), of a sentence that is not a question and reports a named side's words
    ("Keogh says ...", "the estate now claims ..."); None if it does not."""
    if not sentence or sentence[-1].text == "?":
        return None
    for m in mentions:
        if not m.side or m.by_pronoun:
            continue
        said = _own_words_follow(sentence, m)
        if said is None or _imagined_or_denied(sentence, m.start, said):
            continue
        end = next((k for k in range(said + 1, len(sentence)) if sentence[k].stem in CONTRASTS),
                   len(sentence))
        if sum(t.word for t in sentence[said + 1:end]) >= MIN_CLAIM_WORDS:  # not "she says so"
            return m, said + 1, end
    return None


def _imagined_or_denied(sentence: Sequence[Token], start: int, said: int) -> bool:
    """"If Keogh says ...", "nobody says ...", "she never said ...": no report made."""
    return any(t.lower in _NOT_A_REPORT for t in sentence[:start]) or any(
        _negator(t) for t in sentence[max(0, start - 2):said])


def _last_word(tokens: Sequence[Token], end: int) -> int:
    """`end` moved back past the marks before it (the claim quoted without its full stop)."""
    while end > 0 and not tokens[end - 1].word:
        end -= 1
    return end


def _negator(token: Token) -> bool:
    return token.lower in NEGATORS or token.stem in NEGATORS or token.lower == "n't"


def _negated(tokens: Sequence[Token]) -> bool:
    return any(_negator(t) for t in tokens)


def _denies(claim: Sequence[Token], denial: Sequence[Token]) -> bool:
    """Whether `denial` turns the claim's polarity and is not warm nor a question."""
    if not denial or denial[-1].text == "?" or not any(t.word for t in denial):
        return False
    if _negated(claim) == _negated(denial) or _litotes(denial):
        return False
    return _compound(" ".join(t.text for t in denial if not t.quoted)) <= 0


LITOTES_REACH = 2  # words between a negator and the word of blame it denies ("not at all wrong")


def _litotes(tokens: Sequence[Token]) -> bool:
    """A word of blame denied ("she's not wrong", "he isn't lying"): agreement said the other way
    round, whatever VADER makes of it ("Sadly she's not wrong" scores below zero)."""
    return any(_negator(t) and any(_compound(after.text) < 0 for after in
                                          tokens[at + 1:at + 2 + LITOTES_REACH] if after.word)
               for at, t in enumerate(tokens))


def _shares_a_word(claim: Sequence[Token], denial: Sequence[Token]) -> bool:
    return not {t.stem for t in claim if t.content}.isdisjoint(t.stem for t in denial if t.content)
