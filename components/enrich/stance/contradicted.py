"""A side's claim reported and then contradicted by the commenter: "The mayor says rents will come
down. Rents here have never come down.", "The club says she was never told, but it's in the
minutes." Whoever reports what a side says only to deny it argues against that side, whatever
the claim's own words would otherwise count for."""

from collections.abc import Sequence

from ...core.config import CorpusConfig, Person
from .feeling import _compound
from .lexicon import AUXILIARIES, CONDITIONALS, CONTRASTS, NEGATORS
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
    or by words of the claim or the side's person again: _tied). A "but" clause with no subject of
    its own, the commenter's doubt, another person's view and a misquote corrected are no denial."""
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
            denial, tied, after_but = sentence[claim_end + 1:], True, True
            if _continues_the_claim(denial):
                continue  # "... made profits but has no plan": the side's own words go on
            others = [other.end - claim_end - 1 for other in mentions_of[at] if other.start > claim_end]
        elif at + 1 < len(sentences):
            denial, others, after_but = sentences[at + 1], [other.end for other in mentions_of[at + 1]], False
            tied = _tied(claim, denial) or any(other.person is m.person for other in mentions_of[at + 1])
        else:
            continue
        if tied and _denies(claim, denial, after_but) and not _not_the_commenters_denial(denial, others):
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


def _denies(claim: Sequence[Token], denial: Sequence[Token], after_but: bool) -> bool:
    """Whether `denial` turns the claim's polarity and is not warm nor a question. Unless a "but"
    sets it against the claim, a negated claim is denied only by words that say its predicate again
    without the negator ("... can't stay. They can stay."): a next sentence that says it with other
    words ("won't listen" ... "ignored every letter") mostly agrees in a verb of refusal, and telling
    the two apart needs a paraphrase reader."""
    if not denial or denial[-1].text == "?" or not any(t.word for t in denial):
        return False
    if _negated(claim) == _negated(denial) or _litotes(denial):
        return False
    if _negated(claim) and not after_but and not _says_the_predicate_again(_predicate(claim), denial):
        return False
    return _compound(" ".join(t.text for t in denial if not t.quoted)) <= 0


def _predicate(claim: Sequence[Token]) -> Sequence[Token]:
    """The claim from its first auxiliary or negator on ("the residents | won't compromise ..."),
    leaving out its subject; the whole claim if it has neither."""
    start = next((k for k, t in enumerate(claim) if t.stem in AUXILIARIES or _negator(t)), 0)
    return claim[start:]


def _says_the_predicate_again(predicate: Sequence[Token], denial: Sequence[Token]) -> bool:
    """Whether `denial` repeats a content word of the predicate, or, if it has none ("will get
    nothing"), one of its verbs ("are getting")."""
    if any(t.content for t in predicate):
        return _shares_a_word(predicate, denial)
    verbs = {t.stem for t in predicate if t.word and t.stem not in AUXILIARIES and not _negator(t)}
    return not verbs.isdisjoint(t.stem for t in denial)


def _continues_the_claim(rest: Sequence[Token]) -> bool:
    """Whether the words after a "but" in a report have no subject of their own and so go on with
    the side's claim ("the company made profits but has no plan", "... yet never paid"): they open
    with an auxiliary or a negator, not a pronoun or a noun."""
    first = next((t for t in rest if t.word), None)
    return first is not None and (first.lower in AUXILIARIES or first.stem in AUXILIARIES
                                  or _negator(first))


# The commenter's doubt or deference ("I don't know", "I'm not sure", "I don't care", "I'm not an
# engineer"), somebody else disagreeing ("Ondrak disagrees"), a report's wording disputed ("he
# never said that"): none of them is the commenter denying the claim.
_DOUBTED = frozenset({"know", "care", "sure", "certain", "idea", "expert", "a", "an"})
_DISAGREEING = frozenset({"disagre", "disput", "deni", "contest", "reject"})
_SAYING = _OWN_WORDS | {"say", "claim", "told", "tell", "write", "wrote"}
DOUBT_REACH = 3  # words between a negator and the word of knowing or saying it governs


def _not_the_commenters_denial(denial: Sequence[Token], named_ends: Sequence[int]) -> bool:
    """Whether the negated words after a report are doubt, deference, another person's view or a
    misquote corrected rather than the commenter's denial of the claim (see above); `named_ends`:
    where the mentions of a side or person inside `denial` end."""
    for at, t in enumerate(denial):
        if not _negator(t):
            continue
        governed = {after.stem for after in denial[at + 1:at + 2 + DOUBT_REACH]}
        # the commenter is the one who does not know ("I don't know", "I'm not sure"), not "nobody I know"
        mine = any(before.lower == "i" for before in denial[max(0, at - DOUBT_REACH):at])
        if (mine and not governed.isdisjoint(_DOUBTED)) or not governed.isdisjoint(_SAYING):
            return True
    return any(t.stem in _DISAGREEING for end in named_ends for t in denial[end:end + 2])


LITOTES_REACH = 2  # words between a negator and the word of blame it denies ("not at all wrong")


def _litotes(tokens: Sequence[Token]) -> bool:
    """A word of blame denied ("she's not wrong", "he isn't lying"): agreement said the other way
    round, whatever VADER makes of it ("Sadly she's not wrong" scores below zero)."""
    return any(_negator(t) and any(_compound(after.text) < 0 for after in
                                          tokens[at + 1:at + 2 + LITOTES_REACH] if after.word)
               for at, t in enumerate(tokens))


MIN_SHARED_WORDS = 2  # content words a next sentence repeats from the claim to be about it


def _tied(claim: Sequence[Token], denial: Sequence[Token]) -> bool:
    """Whether a next sentence is about the reported claim: it repeats two of the claim's content
    words, or one in the clause its negator sits in ("... is listed. It isn't listed.", "Nobody I
    know pays lower rents"), or one beside the verb of a negated claim ("... will get nothing. The
    families are getting ..."). One word repeated in a clause of its own ("I moved to the valley in
    1990 and never looked back") is another matter."""
    said = {t.stem for t in claim if t.content}
    shared = said.intersection(t.stem for t in denial if t.content)
    if shared and _negated(claim) and _says_the_predicate_again(_predicate(claim), denial):
        return True
    return len(shared) >= MIN_SHARED_WORDS or any(
        _negated(clause) and not shared.isdisjoint(t.stem for t in clause if t.content)
        for clause in _clauses(denial))


_CLAUSE_LINKS = frozenset({",", ";", ":", "(", ")", "and", "or", "so"}) | CONTRASTS


def _clauses(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """`tokens` cut at marks, contrasts and the words that join clauses ("and", "or", "so")."""
    clauses, start = [], 0
    for at, t in enumerate(tokens):
        if t.lower in _CLAUSE_LINKS:
            clauses.append(tokens[start:at])
            start = at + 1
    return [*clauses, tokens[start:]]


def _shares_a_word(claim: Sequence[Token], denial: Sequence[Token]) -> bool:
    return not {t.stem for t in claim if t.content}.isdisjoint(t.stem for t in denial if t.content)
