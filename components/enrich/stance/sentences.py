"""The cues of one sentence about the people it mentions: its feeling aimed at them, phrases,
clauses, comparisons, defeats and get-passives, and the questions and mockery that make them count
for nothing."""

from collections.abc import Iterable, Sequence

from ...core.config import CorpusConfig, Person
from .feeling import _compound
from .lexicon import (
    _CLAUSE_BREAKS,
    _CLAUSE_EDGES,
    _COPULA,
    _OWN_SUBJECTS,
    _TOPIC,
    _TOPIC_ACTED_ON,
    _TOPIC_GROUP,
    AGREEMENT_PHRASES,
    AUXILIARIES,
    CONTRASTS,
    DEFEAT_VERBS,
    DISAGREEMENT_PHRASES,
    LEADING_CONJUNCTIONS,
    MAX_GAP,
    NEGATORS,
    NEUTRAL_PARTICIPLES,
    SARCASM_PHRASES,
    W_AGREEMENT,
    W_CONCEDED,
    W_DEFEAT,
    W_GET_PASSIVE,
    W_PRONOUN,
    W_SENTIMENT,
    WH_WORDS,
)
from .mentions import _for, _Mention, _mentions, _opponents, _other_pronoun, _quote, _who
from .people import _side_of
from .predicates import (
    _aimed_at_others,
    _done_to_by_a_doer,
    _first,
    _flatly_refused,
    _former_view,
    _praised_before_turn,
    _predicate_cues,
    _Weights,
)
from .scores import _Evidence
from .tokens import Match, Token, _denied_belief, _find, _index, _outraged, _possible, _stem


def _sentence_cues(tokens: list[Token], config: CorpusConfig, last_named: dict[str, Person],
                   ev: _Evidence) -> None:
    """Cues aimed at the people a sentence names; a contrastive "but" makes the second clause
    count fully and the first half when the two point different ways."""
    mentions = _mentions(tokens, config, last_named)
    sided = any(m.side for m in mentions)
    ev.touched = ev.touched or sided
    named = [m for m in mentions if m.side and not m.by_pronoun]
    if not named and sided:
        # "She wanted a free holiday. The entitlement is unreal.": a sentence opened by the only
        # side's "he" or "she" makes them the topic too.
        opener = [m for m in mentions if m.side and m.by_pronoun and tokens[m.start].lower in {"he", "she"}]
        if opener and opener[0].start == _index(tokens).first_word():
            named = opener[:1]
    topic = last_named.get(_TOPIC)
    if topic is None and not sided:
        return  # no side's person in it or named before it: nothing here is aimed at a side
    if sided:
        person = named[-1].person if named else topic
        # the last time the sentence refers to them other than as an owner ("his terrace")
        last = next((m for m in reversed(mentions) if m.side and m.person is person and not (
            m.by_pronoun and tokens[m.start].lower in POSSESSIVE_FORMS)), None)
        if person is not None and last is not None and _acted_upon(tokens, last):
            last_named[_TOPIC_ACTED_ON] = person
        else:
            last_named.pop(_TOPIC_ACTED_ON, None)
    if named:
        last_named[_TOPIC] = named[-1].person
        if named[-1].via == "as a group":
            last_named[_TOPIC_GROUP] = named[-1].person
        else:
            last_named.pop(_TOPIC_GROUP, None)
    elif topic is not None and not sided and _TOPIC_GROUP in last_named:
        return  # "Food banks for nurses. Shameful.": the feeling may be for the group or against it
    elif topic is not None and not sided:
        # A sentence that names nobody ("Shameful.") is still about the comment's last named side,
        # unless its pronouns cannot be theirs ("Yes she's talented. ... They did what they had to").
        if _other_pronoun(tokens, topic) and last_named.get(_TOPIC_ACTED_ON) is not topic:
            return  # (after "she was sacked", "they" are those who did it: "They should be ashamed")
        local = _Evidence()
        side = _side_of(topic, config)
        _phrase_cues(tokens, [_Mention(side, topic, 0, 0, True, "the person just named")], config,
                     local, _Weights(tokens), lexicon_only=True)
        if last_named.get(_TOPIC_ACTED_ON) is topic and local.scores:
            # "... and now he's told to rip it out. Disgraceful.": the verdict is on what was done
            # to them, so it takes the other way.
            for scored, value in local.scores.items():
                for other in [s.id for s in config.sides if s.id != scored]:
                    ev.add(other, value, f"judges what was done to {topic.name} "
                           f'("{_quote(tokens, Match(0, len(tokens), False))[:60]}")')
            return
        ev.merge(local)
        return
    weights = _Weights(tokens)
    if weights.conceded and _flatly_refused(tokens, weights.pivot):
        return  # "a great idea but no": the praise is granted and refused, for no side
    local = _Evidence()
    _predicate_cues(tokens, mentions, config, local, weights)
    _defeat_cues(tokens, mentions, config, local)
    sides = {m.side for m in mentions if m.side}
    if len(sides) == 1 and not local.cues:
        _phrase_cues(tokens, mentions, config, local, weights)
    elif len(sides) > 1 and not local.cues:
        if not _comparison_cues(tokens, mentions, config, local):
            _clause_cues(tokens, mentions, config, local)
    if weights.pivot > 0 and len(local.scores) > 1:
        weights.conceded = True
        local = _Evidence()
        _predicate_cues(tokens, mentions, config, local, weights)
        _defeat_cues(tokens, mentions, config, local)
        if len(sides) == 1 and not local.cues:
            _phrase_cues(tokens, mentions, config, local, weights)
    ev.merge(local)


W_COMPARISON = 1.0  # each side of "<A> is more reasonable than <B>"
MIN_COMPARED_FEELING = 0.3  # |compound| of what A is said to be more of


def _comparison_cues(tokens: list[Token], mentions: list[_Mention], config: CorpusConfig,
                     ev: _Evidence) -> bool:
    """"The staff have been more reasonable than management", "the keepers love them more than
    any protester": one side before "than", the other after it; the feeling of what is compared
    (VADER, names left out) goes to the first and the opposite to the second."""
    than = next((i for i, t in enumerate(tokens) if t.lower == "than"), None)
    if than is None:
        return False
    before = {m.side for m in mentions if m.side and m.end <= than}
    after = {m.side for m in mentions if m.side and m.start > than}
    if len(before) != 1 or len(after) != 1 or before == after:
        return False
    named_at = {at for m in mentions for at in range(m.start, m.end)}
    feeling = _compound(" ".join(t.text for at, t in enumerate(tokens[:than]) if at not in named_at))
    if abs(feeling) < MIN_COMPARED_FEELING:
        return False
    first = next(m for m in mentions if m.side in before)
    second = next(m for m in mentions if m.side in after)
    shown = _quote(tokens, Match(first.start, min(len(tokens), second.end), False))
    says = feeling > 0
    _for(ev, first.side, says, W_COMPARISON, f'{"speaks well of" if says else "speaks ill of"} '
         f'{_who(first)} beside {_who(second)} ("{shown}")', config)
    _for(ev, second.side, not says, W_COMPARISON, f'{"speaks ill of" if says else "speaks well of"} '
         f'{_who(second)} beside {_who(first)}', config)
    return True


CLAUSE_OPENERS = frozenset({"who", "which", "while", "whilst", "whereas", "and", "because", "when"})


def _spans(length: int, cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, stop) of the non-empty stretches of a sentence of `length` tokens between its cuts, each
    cut (where the stretch before it stops, where the next one starts)."""
    bounds, start = [], 0
    for stop, resume in cuts:
        if stop > start:
            bounds.append((start, stop))
        start = resume
    if start < length:
        bounds.append((start, length))
    return bounds


def _clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, stop) of the clauses of a sentence: split at marks, contrasts and clause openers (a
    mark is left out, an opener opens the next clause)."""
    return _spans(len(tokens), ((at, at + 1 if token.stem in _CLAUSE_BREAKS else at)
                                for at, token in enumerate(tokens)
                                if token.stem in _CLAUSE_EDGES or token.lower in CLAUSE_OPENERS))


def _clause_cues(tokens: list[Token], mentions: list[_Mention], config: CorpusConfig,
                 ev: _Evidence) -> None:
    """A sentence about two sides: the phrase cues of each clause that names only one of them."""
    pivot = _Weights(tokens).pivot
    for lo, hi in _clauses(tokens):
        inside = [m for m in mentions if m.side and lo <= m.start and m.end <= hi]
        if len({m.side for m in inside}) > 1:  # "Good on Rosie for standing up to him": not about him
            inside = [m for m in inside if not _undergoes(tokens, m)]
        if len({m.side for m in inside}) != 1:
            continue
        part = tokens[lo:hi]
        shifted = [_Mention(m.side, m.person, m.start - lo, m.end - lo, m.by_pronoun, m.via) for m in inside]
        local = _Evidence()
        _phrase_cues(part, shifted, config, local, _Weights(part))
        # "Sympathy for her, but the officials did what they had to": granted, then answered.
        answered = hi <= pivot and any(m.side and m.side != inside[0].side and m.start > pivot
                                       for m in mentions)
        ev.merge(local, W_CONCEDED if answered else 1.0, " (granted before a \"but\")" if answered else "")


def _phrase_cues(tokens: list[Token], mentions: list[_Mention], config: CorpusConfig, ev: _Evidence,
                 weights: _Weights, lexicon_only: bool = False) -> None:
    """Agreement, insults and sentiment in a sentence about exactly one side."""
    target = next(m for m in mentions if m.side)
    scale = W_PRONOUN if all(m.by_pronoun for m in mentions if m.side) else 1.0
    who = _who(target) if scale < 1 else target.person.name
    called = False  # a word of scorn reported as what someone calls a person: no feeling of ours
    for phrases, agree in ((SARCASM_PHRASES, False), (AGREEMENT_PHRASES, True),
                           (DISAGREEMENT_PHRASES, False)):
        for phrase in _possible(phrases, tokens):
            hits = _find(phrase, tokens)
            if phrase.startswith("be "):  # "should be sacked" judges; "was sacked" only tells
                hits = [h for h in hits if tokens[h.start].lower == "be"]
            own = [h for h in hits if not _called(tokens, h.start) and not (
                phrase in OWN_BEHAVIOUR and _said_of_self(tokens, h.start))]
            called = called or len(own) < len(hits)
            hit = _first([h for h in own if not _aimed_at_others(tokens, h.start, h.end, mentions)])
            if hit and phrase.endswith(" how") and not _subject_after(tokens, hit.end, target):
                return  # "Funny how these artists take the label's money": the scorn is for the artists
            if hit:
                says = agree != hit.negated
                verb = "agrees with" if says else "disagrees with"
                _for(ev, target.side, says, W_AGREEMENT * scale * weights(hit.start),
                     f'{verb} {who} ("{_quote(tokens, hit)}")', config)
                return
    if lexicon_only or called:
        return
    passive = _get_passive(tokens, mentions)
    if passive:
        _for(ev, passive[0].side, False, W_GET_PASSIVE * scale,
             f'{passive[0].person.name} "got {passive[1]}" (an adverse get-passive)', config)
        return
    if _counterfactual(tokens) or any(_former_view(tokens, m) for m in mentions if m.side):
        return  # "If it were the other way round everyone would be furious": a feeling imagined
    if all(_undergoes(tokens, m) or _done_to_by_a_doer(tokens, m) for m in mentions if m.side):
        return  # "... still got to ban him", "he was injured": what is done to a side is not said of it
    # The names themselves carry no feeling ("Free the Herd", "Safer Streets").
    named_at = {at for m in mentions if not m.by_pronoun for at in range(m.start, m.end)}
    named_at.update(at for at, t in enumerate(tokens) if t.stem == "not" and _outraged(tokens, at))
    for m in mentions:  # "Sandhu says he loves allotments": the feeling they claim is not the commenter's
        if m.side and (said := _own_words_follow(tokens, m)) is not None:
            named_at.update(range(*_clause_of(tokens, m.start, said)))  # (", what a star" after it is ours)
    # nor do words in quotes: they are somebody else's ("\"he paid afterwards\" ok so ...")
    text = " ".join(t.text for at, t in enumerate(tokens) if at not in named_at and not t.quoted)
    compound = _compound(text)
    compound = _own_clause_feeling(tokens, mentions, target, named_at, compound)
    told = compound  # the feeling as written, before a denial turns it
    if any(_denied_belief(tokens, m.start) for m in mentions if m.side):
        compound = -compound  # "I don't believe for a second he's a cheat"
    if compound > 0 and (_pretence_denied(tokens, mentions)
                         or any(_pretends(tokens, m) for m in mentions if m.side)):
        compound = -compound  # "The board pretend to care about music": the warmth is a sham
    if compound <= -0.3 and any(m.via == "as a group" for m in mentions if m.side and not m.by_pronoun):
        return  # a sad sentence about nurses or farmers is sympathy as often as hostility
    if abs(compound) >= MIN_FEELING:
        verb = "speaks well of" if compound > 0 else "speaks ill of"
        weight, cue = W_SENTIMENT * abs(compound) * scale, f"{verb} {who} ({compound:+.2f})"
        if compound > 0 and _praised_before_turn(tokens, weights.pivot, named_at):
            # "She's a great player but she's been a handful": the praise is granted, not the point
            weight, cue = weight * W_CONCEDED, cue + ' (granted before a "but")'
        if -MIN_ILL_FEELING < compound < 0 and compound == told and _harm_told(tokens, mentions, named_at):
            ev.tentative.extend((other, weight, cue) for other in _opponents(target.side, config))
        else:
            _for(ev, target.side, compound > 0, weight, cue, config)


MIN_FEELING = 0.3  # |compound| of a sentence aimed at a side that speaks well or ill of it

# A mildly hostile sentence (compound above -MIN_ILL_FEELING) mostly tells what happened or what
# is feared ("people she'd just embarrassed", "too scared to do", "farmers will lose stock"), unless
# it says a word of blame of the side itself ("North is rude", "how rude North is"): otherwise it
# counts only beside another cue of the comment the same way. A feeling or misfortune someone goes
# through is no blame even said of them ("Marr was upset").
MIN_ILL_FEELING = 0.5
_UNDERGONE = frozenset({
    "upset", "scared", "afraid", "frightened", "terrified", "worried", "anxious", "nervous", "sad",
    "unhappy", "disappointed", "heartbroken", "devastated", "distressed", "embarrassed", "hurt",
    "injured", "cry", "cries", "cried", "crying", "tears", "lose", "loses", "lost", "losing",
    "struggle", "struggles", "struggling", "suffer", "suffers", "suffered", "suffering", "lonely",
    "stressed", "exhausted", "tired", "grieving", "mourning", "wept", "weep", "weeps", "sobbed", "grieved",
    "mourned", "panicked", "feared", "fears", "dreads", "dreaded"})
_LINKING = frozenset({"is", "are", "was", "were", "'s", "'re", "be", "being", "been", "seems", "seemed",
                      "looks", "looked", "sounds", "sounded", "gets", "got", "acting", "acted"})
PREDICATE_REACH = 3  # words between the linking verb and the word of blame ("is just so rude")


def _blames(token: Token) -> bool:
    """A word of blame: hostile to VADER and not a feeling or misfortune someone goes through."""
    return token.word and not token.quoted and token.lower not in _UNDERGONE and _compound(token.text) < 0


def _harm_told(tokens: Sequence[Token], mentions: list[_Mention], left_out: set[int]) -> bool:
    """Whether a sentence's hostility is in words that tell what happened (some hostile word
    outside `left_out`, the names, and none of them blame said of a side), not in a warm word
    denied or feigned ("don't pretend X care about Y") nor in blame of the side ("X is rude")."""
    hostile = any(_compound(t.text) < 0 for at, t in enumerate(tokens)
                  if at not in left_out and t.word and not t.quoted)
    return hostile and not _judged_of(tokens, mentions) and not (
        _pretence_denied(tokens, mentions) or any(_pretends(tokens, m) for m in mentions if m.side))


def _judged_of(tokens: Sequence[Token], mentions: list[_Mention]) -> bool:
    """Whether the sentence says a word of blame of a side it names: "<side> is (so) <word>", or
    "how <word> <side> is"."""
    for m in mentions:
        if not m.side:
            continue
        link = next((at for at in range(m.end, min(len(tokens), m.end + 2))
                     if tokens[at].lower in _LINKING), None)
        if link is not None and any(_blames(t) for t in tokens[link + 1:link + 2 + PREDICATE_REACH]
                                    if t.stem not in _CLAUSE_EDGES):
            return True
        if m.start >= 2 and tokens[m.start - 2].lower == "how" and _blames(tokens[m.start - 1]):
            return True
        if _blame_done_by(tokens, m):
            return True
    return False


_CLAUSE_OPENERS = frozenset({"and", "but", "so", "then", "yet", "because", "cos", "when", "since"})
# Words between a side that opens its clause and its verb: adverbs and auxiliaries ("Pike has just
# ruined it"), and a companion joined to it ("Pike and his cronies wasted").
_BEFORE_VERB = frozenset({"just", "really", "totally", "completely", "absolutely", "basically", "simply",
                          "has", "have", "had", "did", "also", "then", "clearly", "utterly"})
_COMPANION = 3  # "and his cronies": a conjunction, a possessive and its noun
_NOTHING = frozenset({"nothing", "nobody", "noone", "none"})  # "Pike ruined nothing": blame denied
# Verbs of opposing something: the side's stand against it ("The friends fought the closure", "Pike
# condemned the vandalism"), no verdict on the side.
_OPPOSING = frozenset(_stem(w) for w in (
    "fight", "fought", "oppose", "condemn", "criticise", "criticize", "attack", "challenge", "protest",
    "expose", "slam", "blast", "denounce", "object", "resist", "battle", "reject", "warn", "complain"))


def _blame_done_by(tokens: Sequence[Token], m: _Mention) -> bool:
    """Whether a side that opens its sentence or clause does a word of blame as its verb ("Pike ruined
    the library", "The council messed this up", "Pike and his cronies wasted our money"): a verdict on
    what the side did. Not harm it went through ("Marr lost her seat", "Pike wept"), a hostile word
    that is what its deed was done to ("The friends repaired the damage"), a verb whose object denies
    it ("Pike ruined nothing")."""
    before = tokens[m.start - 1] if m.start else None
    if before is not None and before.word and before.lower not in _CLAUSE_OPENERS:
        return False  # not the subject of its clause ("I told Pike it ruined us")
    at = m.end
    if at < len(tokens) and tokens[at].lower == "and":
        at += _COMPANION
    while at < len(tokens) and tokens[at].lower in _BEFORE_VERB:
        at += 1
    if at >= len(tokens) or not _blames(tokens[at]) or tokens[at].stem in _OPPOSING:
        return False
    after = " ".join(t.lower for t in tokens[at + 1:at + 3])
    return not (after.split(" ")[0] in _NOTHING or after == "no one")


MAX_PRETENDER_GAP = 3  # words between a side and its "pretends" ("the board are pretending")
_FEIGNED_OPENERS = frozenset({"to", "that", "like", "he", "she", "they", "it", "we", "i", "you"})


def _pretends(tokens: Sequence[Token], mention: "_Mention") -> bool:
    """Whether a side is said to pretend ("they pretend to care", "she's pretending to listen"):
    the warm words that follow are what it feigns."""
    for at in range(mention.end, min(len(tokens), mention.end + 1 + MAX_PRETENDER_GAP)):
        if tokens[at].stem in {"pretend", "feign"}:  # "pretends to care", not "pretends nothing"
            return at + 1 < len(tokens) and tokens[at + 1].lower in _FEIGNED_OPENERS
        if tokens[at].stem in _CLAUSE_EDGES or tokens[at].stem in NEGATORS:
            return False
    return False


_PRETENCE_ENDS = frozenset({":", ";", ".", "!", "?", "(", ")"}) | CONTRASTS


def _pretence_denied(tokens: Sequence[Token], mentions: Sequence["_Mention"]) -> bool:
    """"Don't pretend this lot care about tenants, they care about headlines", "stop pretending
    they listen": what the sentence would have a side feel is what the commenter says it does not
    (a side named after the denial, before a colon, a stop or a "but": "Don't pretend you're
    surprised: Hale did well" denies the reader's pretence, not Hale's praise)."""
    def denied(at: int) -> bool:
        window = [tokens[before] for before in range(max(0, at - 3), at)]
        return (any(t.stem in NEGATORS or t.stem in {"stop", "quit"} for t in window[-2:])
                and not any(t.lower in {"i", "we"} for t in window))  # "I won't pretend to know"

    def names_a_side_after(at: int) -> bool:
        end = next((k for k in range(at + 1, len(tokens)) if tokens[k].stem in _PRETENCE_ENDS), len(tokens))
        return any(m.side and at < m.start < end for m in mentions)
    return any(t.stem in {"pretend", "feign"} and denied(at) and names_a_side_after(at)
               for at, t in enumerate(tokens))


# A subject that opens a new independent clause after "and" ("... and I thought ...").
_SUBJECT_OPENERS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _independent_clauses(tokens: Sequence[Token], subjects: frozenset[int] = frozenset()
                         ) -> list[tuple[int, int]]:
    """(start, stop) of a sentence's independent clauses: split at ";", at a contrast ("but") and at
    an "and" that opens a clause with a subject of its own ("..., and", "and I", "and" before one of
    the `subjects`, the positions where a side is named), never at a relative or subordinate clause
    ("Varga, who ...", "because ..."), which says something of its head."""
    def opens_clause(at: int, token: Token) -> bool:
        return token.lower == "and" and 0 < at < len(tokens) - 1 and (
            tokens[at - 1].text == "," or tokens[at + 1].lower in _SUBJECT_OPENERS or at + 1 in subjects)
    return _spans(len(tokens), ((at, at + 1) for at, token in enumerate(tokens)
                                if token.text == ";" or token.stem in CONTRASTS or opens_clause(at, token)))


def _own_clause_feeling(tokens: Sequence[Token], mentions: Sequence["_Mention"], target: "_Mention",
                        left_out: set[int], compound: float) -> float:
    """The feeling of the clauses that name the target's side (by name or pronoun), where the
    sentence's other clauses feel the opposite way, so that the whole sentence's score cancels out or
    follows them ("I'm grateful they put them on and I thought her sneering was unfair", "A grim
    night, and she was kind"): each feeling is said of what its own clause names. Otherwise the
    sentence's `compound`."""
    starts = frozenset(m.start for m in mentions if m.side == target.side)
    clauses = _independent_clauses(tokens, starts)
    if len(clauses) < 2:
        return compound
    own_words: list[str] = []
    others: list[float] = []
    for lo, hi in clauses:
        words = [t.text for at, t in enumerate(tokens[lo:hi], lo) if at not in left_out and not t.quoted]
        if any(lo <= at < hi for at in starts):
            own_words.extend(words)
        else:
            others.append(_compound(" ".join(words)))
    if not others or not own_words:
        return compound
    own = _compound(" ".join(own_words))
    opposed = abs(own) >= 0.3 and any(abs(f) >= 0.3 and (f > 0) != (own > 0) for f in others)
    return own if opposed else compound


_SUBJECT_LEAD = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "'s", "is", "was",
                           "always", "only", "suddenly", "now", "so", "all", "of", "sudden"})


def _subject_after(tokens: Sequence[Token], at: int, target: "_Mention") -> bool:
    """Whether the target is the subject of the clause that opens at `at` ("Funny how [it's
    always] Vance who ..."), not a word further on ("Funny how the fans take the label's money")."""
    while at < target.start and (tokens[at].lower in _SUBJECT_LEAD or (  # "Funny how quickly the league ..."
            tokens[at].lower.endswith("ly") and len(tokens[at].lower) > 4)):
        at += 1
    return at == target.start


# Idioms of what someone does that a commenter also says of themselves ("I'm not exaggerating, ...").
OWN_BEHAVIOUR = frozenset({"exaggerating", "overreacting", "making it up", "pretending to be",
                           "doubling down", "doubled down", "lying", "whining", "moaning", "tantrum",
                           "meltdown", "knew full well", "knows full well", "knew perfectly well",
                           "knows perfectly well", "knew it full well", "knew it perfectly well",
                           "knows it full well", "knows it perfectly well"})
_SELF = frozenset({"i", "we", "'m", "am", "me", "myself"})


def _said_of_self(tokens: Sequence[Token], at: int) -> bool:
    """Whether the commenter is the subject of the words at `at` ("I'm not exaggerating")."""
    for k in range(at - 1, max(-1, at - 4), -1):
        if tokens[k].stem in _CLAUSE_BREAKS:
            return False
        if tokens[k].lower in _SELF:
            return True
    return False


# A pronoun in one of these forms is the object or owner in its clause, never the one who acts.
NOT_SUBJECT_FORMS = frozenset({"him", "her", "hers", "his", "them", "their", "theirs", "himself", "herself",
                               "themselves"})


def _undergoes(tokens: Sequence[Token], m: _Mention) -> bool:
    """Whether a mention is what an act is done to, not who acts: a pronoun as object or owner
    ("ban him", "his paperwork"), or a subject of a be-passive ("he was injured")."""
    if m.by_pronoun and tokens[m.start].lower in NOT_SUBJECT_FORMS:
        return True
    if (m.start > 0 and tokens[m.start - 1].lower.endswith("ing")
            and _index(tokens).first_word() == m.start - 1):
        return True  # "Blaming Sam for the flood": the object of an act held up
    after = [t for t in tokens[m.end:m.end + 4] if not t.modifier]
    return (len(after) >= 2 and after[0].lower in _COPULA and after[0].lower != "'s"
            and after[1].lower.endswith(("ed", "en")) and after[1].lower not in _NOT_PARTICIPLES)


# Irregular participles of a passive ("he's told to", "she was made to").
IRREGULAR_PARTICIPLES = frozenset({
    "told", "made", "sent", "left", "kept", "hit", "cut", "put", "sold", "caught", "thrown", "shown", "held",
    "let", "paid", "forced", "stripped", "sacked", "dropped", "banned", "fired", "fined", "treated", "hung",
    "shut", "beaten"})
_GETS = frozenset({"get", "gets", "got", "getting", "gotten"})
OBJECT_FORMS = frozenset({"him", "them", "her", "himself", "herself", "themselves"})
POSSESSIVE_FORMS = frozenset({"his", "their", "theirs", "hers", "its"})


def _acted_upon(tokens: Sequence[Token], m: _Mention) -> bool:
    """A person's mention as an object ("they dropped him") or the subject of a passive ("he was
    sacked", "he gets dropped", "he's told to rip it out"); not an owner ("his viewers")."""
    if m.by_pronoun and tokens[m.start].lower in OBJECT_FORMS:
        return True
    if _undergoes(tokens, m) and not (m.by_pronoun and tokens[m.start].lower in NOT_SUBJECT_FORMS):
        return True
    after = [t for t in tokens[m.end:m.end + 4] if not t.modifier]
    if len(after) < 2 or not (after[0].lower in _GETS or after[0].lower in _COPULA):
        return False
    word = after[1].lower
    return word in IRREGULAR_PARTICIPLES or (word.endswith(("ed", "en")) and word not in _NOT_PARTICIPLES
                                              and after[0].lower in _GETS)


_NOT_PARTICIPLES = frozenset({"need", "seen", "been", "open", "often", "even", "ten", "green", "keen",
                              "sudden", "rotten", "golden", "wooden", "hidden", "broken", "heaven",
                              "biased", "wicked", "naked", "talented", "dedicated", "educated", "detailed",
                              "balanced", "complicated", "sophisticated", "experienced", "interested",
                              "concerned", "determined", "qualified", "entitled", "deluded", "misguided",
                              "obsessed", "twisted", "jaded", "sacred", "kindred", "red", "bed"})


CALLING = frozenset({"call", "calls", "calling", "called", "labelling", "labelled", "labeling", "labeled",
                     "branding", "branded"})  # as written: "labels" and "brand" are nouns too


def _called(tokens: Sequence[Token], at: int) -> bool:
    """"... calling him a liar": a word of scorn that is what someone calls a person, reported,
    not the commenter's own ("I call him a liar" is theirs)."""
    for before in range(at - 1, max(-1, at - 4), -1):
        if tokens[before].stem in _CLAUSE_BREAKS:
            return False
        if tokens[before].lower in CALLING:
            return before == 0 or tokens[before - 1].lower not in _OWN_SUBJECTS
    return False


# "X says / claims / insists ...": what follows is what they say of themselves
_OWN_WORDS = frozenset(_stem(w) for w in ("says", "said", "claims", "claimed", "insists", "insisted",
                                          "reckons", "maintains", "argues", "promises", "swears"))


def _own_words_follow(tokens: Sequence[Token], m: _Mention) -> int | None:
    """Where a verb of saying follows a side's mention ("Sandhu says", "she claims she ..."), perhaps
    after a word or two ("Sandhu now says"); None if none does."""
    for at in range(m.end, min(len(tokens), m.end + 3)):
        if tokens[at].stem in _OWN_WORDS:
            return at
        if not tokens[at].word or tokens[at].stem in _CLAUSE_BREAKS:
            return None
    return None


def _clause_of(tokens: Sequence[Token], start: int, at: int) -> tuple[int, int]:
    """The start and end of the clause from `start` to `at`: between the clause breaks or contrasts
    ("but") around them, or the sentence's ends."""
    first = next((k + 1 for k in range(start - 1, -1, -1) if tokens[k].stem in _CLAUSE_EDGES), 0)
    last = next((k for k in range(at + 1, len(tokens)) if tokens[k].stem in _CLAUSE_EDGES), len(tokens))
    return first, last


def _counterfactual(tokens: Sequence[Token]) -> bool:
    """An "if" clause with "would": what would be felt, not what is."""
    stems = _index(tokens).stems
    return "if" in stems and ("would" in stems or "'d" in {t.lower for t in tokens})


def _get_passive(tokens: list[Token], mentions: list[_Mention]) -> tuple[_Mention, str] | None:
    """"<person> (just) got <participle>": English uses the get-passive mostly for adversity."""
    for m in mentions:
        at = m.end
        while at < len(tokens) and tokens[at].modifier and at - m.end < MAX_GAP:
            at += 1
        if at + 1 < len(tokens) and tokens[at].lower in {"got", "gets", "get", "getting", "gotten"}:
            word = tokens[at + 1].lower
            if (word.endswith(("ed", "en")) and word not in NEUTRAL_PARTICIPLES
                    and _compound(word) <= 0):
                return m, word
    return None


def _defeat_cues(tokens: list[Token], mentions: list[_Mention], config: CorpusConfig,
                 ev: _Evidence) -> None:
    """"<A> schooled <B>": a verb of defeat between two sides' people counts for the subject."""
    named = [m for m in mentions if m.side]
    for a, b in zip(named, named[1:], strict=False):
        if a.side == b.side or b.start - a.end > 4:
            continue
        for verb in _possible(DEFEAT_VERBS, tokens):
            hit = _first(_find(verb, tokens, a.end, b.start))
            if hit and not hit.negated:
                ev.add(a.side, W_DEFEAT, f'{a.person.name} "{_quote(tokens, hit)}" {b.person.name}')
                return


def _after_conjunctions(words: list[Token]) -> list[Token]:
    """The words from the first one that is not a leading conjunction ("And", "But so")."""
    skip = next((i for i, t in enumerate(words) if t.lower not in LEADING_CONJUNCTIONS), len(words))
    return words[skip:]


def _is_echo_question(sentence: list[Token]) -> bool:
    """A question without inversion or wh-word ("Vacation with a laptop?") echoes, not asks."""
    if not sentence or sentence[-1].text != "?":
        return False
    words = _after_conjunctions([t for t in sentence if t.stem[:1].isalnum()])
    if not words or len(words) > MAX_ECHO_WORDS:
        return False  # "X posted record profits and now they can't find money?": a claim asked
    return words[0].lower not in AUXILIARIES and words[0].stem not in AUXILIARIES and (
        words[0].lower not in WH_WORDS)


MAX_ECHO_WORDS = 8  # an echo question is short ("Vacation with a laptop?")


MAX_ASKING_FEELING = 0.3  # |compound| of a question that only asks


def _asks_question(sentence: list[Token]) -> bool:
    """A question opened by an auxiliary or a wh-word, with no negator, not "why" and no feeling
    (VADER): it asks, it does not argue ("When does the removal start?", not "Why would anyone
    ...?", "Isn't it ...?", "Am I the only one irritated by ...?")."""
    if not sentence or sentence[-1].text != "?":
        return False
    words = _after_conjunctions([t for t in sentence if t.stem[:1].isalnum()])
    if not words or words[0].lower == "why" or (words[0].lower not in AUXILIARIES
                                                and words[0].stem not in AUXILIARIES
                                                and words[0].lower not in WH_WORDS):
        return False
    return not any(t.stem in NEGATORS or t.lower.endswith("n't") for t in sentence) and abs(
        _compound(" ".join(t.text for t in sentence))) < MAX_ASKING_FEELING


_IMAGINED = frozenset({"being", "getting", "crying", "caring", "thinking", "calling", "going", "having"})
_CARED_ABOUT = frozenset({"about", "over"})


def _mocking(tokens: Sequence[Token], start: int) -> bool:
    """"Imagine being this angry about grey paint": a sentence that opens by inviting the reader to
    picture someone (who cares about what follows) mocks them and what they care about."""
    words = [t for t in tokens[:start] if t.stem[:1].isalnum()]
    return (len(words) >= 2 and words[0].lower == "imagine" and words[1].lower in _IMAGINED
            and any(t.lower in _CARED_ABOUT for t in words[2:]))  # not "imagine being Halden and paying"
