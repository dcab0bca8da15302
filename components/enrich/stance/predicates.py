"""Predicate cues about a mentioned person: "<person> is right / so wrong", "I (don't) agree with
<person>", what they deserve or should do, what they are blamed or mocked for, a view given up;
and the weight of a cue by where it stands (_Weights: a point granted before a "but")."""

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

from ...core.config import CorpusConfig
from ..sentiment import analyzer
from .feeling import _compound
from .lexicon import (
    _AFTER_A_NAME,
    _BE_RIGHT,
    _BE_WRONG,
    _CLAUSE_EDGES,
    _OWN_SUBJECTS,
    AGREE_VERBS,
    AUXILIARIES,
    CALLED_NAMES,
    CONTRASTS,
    DISAGREE_VERBS,
    LEADING_CONJUNCTIONS,
    MAX_GAP,
    MOCKING_ACTS,
    MOCKING_GERUNDS,
    NEGATORS,
    NEUTRAL_PARTICIPLES,
    SARCASM_PHRASES,
    W_AGREEMENT,
    W_CONCEDED,
    W_DISAGREEMENT,
    W_MEMBER,
    W_PRONOUN,
)
from .mentions import _for, _Mention, _quote, _who
from .scores import _Evidence
from .tokens import (
    Match,
    Token,
    _find,
    _index,
    _modifier_word,
    _negated_before,
    _phrase_cached,
    _possible,
    _stem,
)

# A verdict aimed at the readers or at people at large, not at a side: "Half the people on here have
# no idea", "Shame on some of you", "Whoever reported him should be ashamed". Its subject (the words
# of its clause before it) is a crowd or an unnamed doer, or what follows its preposition is.
_CROWD = frozenset({"people", "commenters", "commentators", "posters", "folk", "folks", "everyone",
                    "everybody", "trolls", "keyboard"})
_DOERS = frozenset({"whoever", "whomever"})
_DOERS_WHO = frozenset({"anyone", "anybody", "those", "people", "everyone", "everybody", "someone",
                        "somebody"})
_ADDRESSED = (("some", "of", "you"), ("half", "of", "you"), ("many", "of", "you"), ("most", "of", "you"),
              ("all", "of", "you"), ("you", "lot"), ("you", "people"), ("people",), ("everyone",),
              ("everybody",), ("whoever",), ("those", "who"), ("anyone", "who"))
_TARGET_PREPOSITIONS = frozenset({"on", "of", "with", "to", "for", "at"})


def _aimed_at_others(tokens: Sequence[Token], start: int, end: int,
                     mentions: Sequence[_Mention] = ()) -> bool:
    """Whether the verdict at tokens[start:end] is aimed at the readers or people at large (its
    clause's subject is a crowd or "whoever ...", or it is "shame on some of you") rather than at a
    side; a crowd named with a side ("people like Quill", "everyone at Quill's") is the side's, and
    so is a doer placed inside a side ("whoever runs X") or a side the doer's clause only leads up to
    ("anyone who has been there knows X has no idea")."""
    # the preposition ends the phrase ("shame on") or follows it ("Shame" read as "shameful", "on")
    at = end if end < len(tokens) and tokens[end].lower in _TARGET_PREPOSITIONS else end - 1
    if tokens[at].lower in _TARGET_PREPOSITIONS:
        after = tuple(t.lower for t in tokens[at + 1:at + 4] if t.word)
        if any(after[:len(words)] == words for words in _ADDRESSED):
            reach = at + 1 + _CROWD_REACH
            return not any(at < m.start <= reach and m.side and _member_of(tokens, m) for m in mentions)
    clause = _clause_start(tokens, start)
    words = [t.lower for t in tokens[clause:start] if t.word]
    if not words:
        return False
    if _opens_with_doer(words):
        return not any(clause <= m.start < start and m.side and not _done_to_by_a_doer(tokens, m)
                       for m in mentions)
    named = any(clause <= m.start < start and m.end > m.start for m in mentions if m.side)
    readers = any(tuple(words[i:i + 3]) in _ADDRESSED for i in range(len(words)))  # "half of you"
    return not named and (readers or any(w in _CROWD for w in words))


_CROWD_REACH = 4  # word tokens after "shame on everyone" where the side it belongs to may be named
# Words that place a crowd or a doer inside a side or behind it: "everyone at X", "people like X",
# "whoever is running X", "anyone who backs X".
_MEMBERSHIP = frozenset(_stem(w) for w in (
    "at", "in", "from", "within", "inside", "like", "for", "with", "behind", "run", "running", "runs", "ran",
    "lead", "leads", "leading", "manage", "manages", "managing", "own", "owns", "back", "backs", "backing",
    "backed", "support", "supports", "supporting", "supported", "defend", "defends", "defending"))
# Verbs whose object is a clause of its own: "anyone who has seen it knows X has no idea" says the
# verdict of X, not of the doer.
_CLAUSE_TAKING = frozenset(_stem(w) for w in (
    "know", "knows", "knew", "see", "sees", "saw", "think", "thinks", "realise", "realises", "realize",
    "realizes", "understand", "understands", "say", "says", "agree", "agrees", "tell", "tells"))


def _member_of(tokens: Sequence[Token], m: _Mention) -> bool:
    """Whether a side's mention is where a crowd or doer before it belongs ("at X", "like X", "backs X")."""
    before = next((tokens[i] for i in range(m.start - 1, -1, -1) if tokens[i].word), None)
    return before is not None and before.stem in _MEMBERSHIP


def _clause_start(tokens: Sequence[Token], at: int) -> int:
    """Where the clause holding tokens[at] starts (after a mark or a "but"), however long it is."""
    return _clauses(tokens).starts[at]


class _Clauses(NamedTuple):
    """A token list's clause starts and, before each token, how many clause-taking verbs came first."""

    tokens: Sequence[Token]
    starts: list[int]
    taking: list[int]  # taking[i]: tokens before i whose stem is in _CLAUSE_TAKING


_LAST_CLAUSES: list[_Clauses] = []  # the last token list's clauses


def _clauses(tokens: Sequence[Token]) -> _Clauses:
    """Each token's clause start and the running count of clause-taking verbs, worked out in one pass
    and kept for the token list last asked about (a sentence is asked about once per cue and mention;
    this keeps every look at a clause constant-time, so a long sentence costs linear time)."""
    last = _LAST_CLAUSES[0] if _LAST_CLAUSES else None  # read once: another thread may replace it
    if last is not None and last.tokens is tokens and len(last.starts) == len(tokens):
        return last
    starts, taking, start, seen = [], [0], 0, 0
    for i, t in enumerate(tokens):
        starts.append(start)
        if t.stem in _CLAUSE_EDGES:
            start = i + 1
        seen += t.stem in _CLAUSE_TAKING
        taking.append(seen)
    found = _Clauses(tokens, starts, taking)
    _LAST_CLAUSES[:] = [found]
    return found


def _first_words(tokens: Sequence[Token], start: int, end: int, n: int = 2) -> list[str]:
    """The first n words (lower case) of tokens[start:end], read no further than they are."""
    words: list[str] = []
    for i in range(start, end):
        if tokens[i].word:
            words.append(tokens[i].lower)
            if len(words) == n:
                break
    return words


def _opens_with_doer(words: Sequence[str]) -> bool:
    """Whether a clause's words open with an unnamed doer ("whoever reported him", "anyone who ...")."""
    return bool(words) and (words[0] in _DOERS or (len(words) > 1 and words[0] in _DOERS_WHO
                                                   and words[1] == "who"))


def _done_to_by_a_doer(tokens: Sequence[Token], m: _Mention) -> bool:
    """Whether a person stands inside an unnamed doer's clause ("Whoever reported him should be
    ashamed"): what the sentence then says is said of the doer, not of them. A side the doer belongs
    to ("whoever runs X") or a clause the doer only knows of ("anyone who ... knows X ...") is not."""
    clauses = _clauses(tokens)
    clause = clauses.starts[m.start]
    if m.start <= clause or not _opens_with_doer(_first_words(tokens, clause, m.start)):
        return False
    if _member_of(tokens, m):
        return False
    after_doer = min(clause + 2, m.start)
    return clauses.taking[m.start] == clauses.taking[after_doer]


def _qualifies_a_noun(phrase: str, tokens: Sequence["Token"], end: int) -> bool:
    """Whether a name someone is called is only a noun's qualifier ("Brandt is the star witness")."""
    if phrase not in CALLED_NAMES or end >= len(tokens):
        return False
    after = tokens[end].lower
    return after[:1].isalpha() and after not in _AFTER_A_NAME and not _modifier_word(after)


def _predicate_cues(tokens: list[Token], mentions: list[_Mention], config: CorpusConfig,
                    ev: _Evidence, weight_at: "_Weights") -> None:
    """"<person> is (completely) right / so wrong", "I (don't) agree with <person>"."""
    # The phrases the sentence may hold, the same for each of its mentions.
    scoffs = _possible(SCOFFS, tokens)
    be_phrases = ((_possible(_BE_RIGHT, tokens), True), (_possible(_BE_WRONG, tokens), False))
    verb_phrases = ((_possible(AGREE_VERBS, tokens), True), (_possible(DISAGREE_VERBS, tokens), False))
    sarcastic = _sarcastic_opening(tokens)  # "Funny how X is happy to ...": no praise is meant
    for m in mentions:
        if not m.side:
            continue
        if _done_to_by_a_doer(tokens, m):
            continue
        scale = (W_PRONOUN if m.by_pronoun else 1.0) * weight_at(m.start)
        if _mocked(tokens, m):
            _for(ev, m.side, False, W_DISAGREEMENT * scale,
                 f'mocks {_who(m)} ("{_quote(tokens, Match(m.start, m.end + 2, False))}")', config)
            continue
        dare = _challenged(tokens, m)
        if dare is not None:
            _for(ev, m.side, False, W_DISAGREEMENT * scale,
                 f'challenges {_who(m)} ("{_quote(tokens, dare)}")', config)
            continue
        member = _member(tokens, m)
        if member is not None:
            ev.add(m.side, W_MEMBER,
                   f'speaks as one of {m.person.name}\'s people ("{_quote(tokens, member)}")')
            continue
        blame = _blamed(tokens, m)
        if blame is not None:
            _for(ev, m.side, False, W_AGREEMENT * scale,
                 f'blames {_who(m)} ("{_quote(tokens, blame)}")', config)
            continue
        verb_at = _predicate_at(tokens, m)
        if verb_at is not None and not _former_view(tokens, m):
            for phrases, agree in be_phrases:
                for phrase in phrases:
                    hit = _first(_find(phrase, tokens, verb_at, min(len(tokens), verb_at + 6),
                                       anchored=True))
                    if hit and not (sarcastic and agree != hit.negated) and not _qualifies_a_noun(
                            phrase, tokens, hit.end):
                        says = agree != hit.negated
                        verb = "agrees with" if says else "disagrees with"
                        _for(ev, m.side, says, W_AGREEMENT * scale,
                             f'{verb} {_who(m)} ("{_quote(tokens, Match(m.start, hit.end, False))}")', config)
                        break
                else:
                    continue
                break
            else:
                valued = (_predicate_valence(tokens, verb_at)
                          if m.via != "as a group" and not _reported_view(tokens, m) else None)
                if valued is not None and not (valued[1] and sarcastic):
                    hit, says = valued
                    verb = "speaks well of" if says else "speaks ill of"
                    _for(ev, m.side, says, W_PREDICATE * scale,
                         f'{verb} {_who(m)} ("{_quote(tokens, Match(m.start, hit.end, False))}")', config)
        copula = _copula_end(tokens, m.end) if verb_at is None and m.via != "as a group" else None
        if copula is not None and not _reported_view(tokens, m):
            valued = _predicate_valence(tokens, copula, MIN_VALENCE_COPULA)
            if valued is not None and not (valued[1] and sarcastic):
                hit, says = valued
                verb = "speaks well of" if says else "speaks ill of"
                _for(ev, m.side, says, W_PREDICATE * scale,
                     f'{verb} {_who(m)} ("{_quote(tokens, Match(m.start, hit.end, False))}")', config)
        after = verb_at if verb_at is not None and verb_at > m.end else m.end
        scoff = next((h for p in scoffs
                      for h in _find(p, tokens, after, min(len(tokens), after + 6), anchored=True)), None)
        if scoff is not None:
            _for(ev, m.side, scoff.negated, W_AGREEMENT * scale,
                 f'scoffs at {_who(m)} ("{_quote(tokens, Match(m.start, scoff.end, False))}")', config)
            continue
        for found, weight in ((_standing_with(tokens, m), W_AGREEMENT), (_deserving(tokens, m), W_DESERVE)):
            if found is not None:
                hit, says = found
                verb = "agrees with" if says else "disagrees with"
                _for(ev, m.side, says, weight * scale, f'{verb} {_who(m)} ("{_quote(tokens, hit)}")', config)
                break
        else:
            found = None
        if found is not None:
            continue
        duty = _obligation(tokens, m)
        if duty is not None:
            hit, says = duty
            verb = "agrees with" if says else "disagrees with"
            _for(ev, m.side, says, W_OBLIGATION * scale,
                 f'{verb} {_who(m)} ("{_quote(tokens, hit)}")', config)
        for phrases, agree in verb_phrases:
            for phrase in phrases:
                n = len(_phrase_cached(phrase))
                lo = max(0, m.start - n - MAX_GAP)
                for hit in _find(phrase, tokens, lo, m.start):
                    behind_back = m.end < len(tokens) and tokens[m.end].lower == "back"  # "behind her back"
                    if m.start - hit.end <= MAX_GAP and all(
                            t.modifier for t in tokens[hit.end:m.start]) and not behind_back and not (
                            _someone_else_does(tokens, hit.start)):
                        says = agree != (hit.negated or _generic_doer(tokens, hit.start)
                                         or _given_up(tokens, m))  # "I was with X on this, but then …"
                        verb = "agrees with" if says else "disagrees with"
                        _for(ev, m.side, says, W_AGREEMENT * scale,
                             f'{verb} {_who(m)} ("{_quote(tokens, Match(hit.start, m.end, False))}")', config)
                        break


_WITH_OPENERS = frozenset({"i", "'m", "am", "we", "'re", "are", "definitely", "100", "100%"})


def _standing_with(tokens: list[Token], m: _Mention) -> tuple[Match, bool] | None:
    """"(Totally / I'm) with Maggie on this": a sentence that opens by standing with a person."""
    if m.by_pronoun or m.start == 0 or tokens[m.start - 1].lower != "with":
        return None
    before = tokens[:m.start - 1]
    if not all(t.modifier or t.lower in _WITH_OPENERS for t in before):
        return None
    negated = any(t.stem in NEGATORS for t in before)
    return Match(max(0, m.start - 1 - len(before)), m.end, False), not negated


DESERVE = frozenset({"deserve", "deserves", "deserved"})
W_DESERVE = 1.0  # what a person deserves: a milder cue than plain agreement
# "deserves everything he gets", "deserves all that's coming": scorn.
_DESERVED_SCORN = frozenset({"everything", "all", "whatever"})


def _deserving(tokens: list[Token], m: _Mention) -> tuple[Match, bool] | None:
    """"Brandt deserves that title" takes her part; "he deserves to lose / the ban" finds fault
    (by the VADER feeling of what is deserved), and so does "deserves everything he gets";
    "doesn't deserve ..." turns it around."""
    at, negated = m.end, False
    while at < len(tokens) and (tokens[at].modifier or tokens[at].stem in AUXILIARIES
                                or tokens[at].stem in NEGATORS):
        negated = negated or tokens[at].stem in NEGATORS
        at += 1
    if at >= len(tokens) or tokens[at].lower not in DESERVE:
        return None
    stop = next((i for i in range(at + 1, len(tokens))
                 if tokens[i].stem in _CLAUSE_EDGES), len(tokens))
    what = tokens[at + 1:min(stop, at + 7)]
    if not what:
        return None
    feeling = -1.0 if what[0].lower in _DESERVED_SCORN else _compound(" ".join(t.text for t in what))
    # "doesn't deserve this / the ban" defends; "doesn't deserve the title" finds fault
    says = feeling <= 0.05 if negated else feeling >= -0.05
    return Match(m.start, at + 1 + len(what), False), says


def _sarcastic_opening(tokens: list[Token]) -> bool:
    """Whether the sentence opens with a sarcastic phrase ("Funny how ...", "Oh sure, ...")."""
    first = _index(tokens).first_word()
    return any(hit.start <= first for phrase in _possible(SARCASM_PHRASES, tokens)
               for hit in _find(phrase, tokens)[:1])


# "<person> needs to / should / must <verb>": telling someone what to do finds fault with them,
# unless what they should do is receive something or hold their ground.
OBLIGATIONS = frozenset({"need", "should", "must", "ought"})
BENEFIT_VERBS = frozenset(_stem(w) for w in (
    "get", "have", "receive", "keep", "win", "stand", "own", "decide", "hold", "continue", "fight", "stay",
    "carry", "sue", "earn", "deserve", "given", "paid", "allowed", "thanked", "praised", "proud",
    "compensated", "listened", "supported", "respected", "heard", "protected", "rewarded", "backed",
    "reinstated"))
W_OBLIGATION = 1.0
_OBLIGATION_FILLERS = frozenset({"to", "not", "never", "have"})
# what someone is told to keep to themselves: "should have kept quiet" finds fault, "should keep her job" not
_KEPT_TO_ONESELF = frozenset({"quiet", "silent", "schtum", "shtum", "mouth", "mouths", "nose", "calm"})
# kept only with the word after them: "her head down" (not "her head held high"), "her views to herself"
# (not "keep her views coming")
_KEPT_WITH_NEXT = {"head": "down", "heads": "down", "opinions": "to", "views": "to", "thoughts": "to"}


def _keeps_to_oneself(tokens: Sequence[Token], at: int) -> bool:
    """Whether the "keep" at `at` tells someone to keep quiet ("keep quiet", "kept her mouth shut",
    "kept his head down", "kept her opinions to herself")."""
    for k in range(at + 1, min(len(tokens), at + 3)):
        word = tokens[k].lower
        if word in _KEPT_TO_ONESELF:
            return True
        if word in _KEPT_WITH_NEXT:
            return k + 1 < len(tokens) and tokens[k + 1].lower == _KEPT_WITH_NEXT[word]
    return False


W_PREDICATE = 1.5
MIN_VALENCE_COPULA = 1.5  # ... after "seems", "comes across as", where the word is the point
MIN_VALENCE = 2.0  # VADER lexicon valence (-4..4) of the word said of a person


def _predicate_valence(tokens: list[Token], verb_at: int,
                       least: float = MIN_VALENCE) -> tuple[Match, bool] | None:
    """"<person> is (so) brilliant / a coward / not honest": the first word said of them after
    "is", by its VADER valence (a negation turns it around)."""
    at, negated = verb_at + 1, False
    while (at < len(tokens) and at <= verb_at + 4
           and (tokens[at].modifier or tokens[at].stem in NEGATORS)):
        negated = negated or tokens[at].stem in NEGATORS
        at += 1
    if at >= len(tokens) or not tokens[at].stem[:1].isalpha() or _disposed_to(tokens, at):
        return None
    valence = analyzer().lexicon.get(tokens[at].lower, 0.0)
    if abs(valence) < least:
        return None
    return Match(verb_at, at + 1, negated), (valence > 0) != negated


# Words of readiness: "<person> is happy to <verb>" tells what they will do, not what they are.
DISPOSITIONS = frozenset({"happy", "glad", "keen", "willing", "eager", "ready", "quick", "content",
                          "delighted", "pleased", "prepared", "desperate", "anxious", "slow", "reluctant",
                          "determined", "free"})


def _disposed_to(tokens: list[Token], at: int) -> bool:
    """Whether the word said of someone opens "<readiness> to <verb>" ("happy to take the money",
    "quick to blame"): the doing, not the word's warmth, is what is judged ("kind to his
    neighbours" is said of him)."""
    return (tokens[at].lower in DISPOSITIONS and at + 2 < len(tokens) and tokens[at + 1].lower == "to"
            and tokens[at + 2].lower[:1].isalpha())


COPULAR = (("come", "across", "as"), ("seem",), ("sound",), ("look",), ("seem", "like"), ("sound", "like"),
           ("look", "like"))


_COPULA_STARTS = frozenset(words[0] for words in COPULAR)


def _copula_end(tokens: list[Token], at: int) -> int | None:
    """The last position of a copular verb at `at` ("comes across as", "seems", "sounds like")."""
    if at >= len(tokens) or tokens[at].stem not in _COPULA_STARTS:
        return None
    best = None
    for words in COPULAR:
        if at + len(words) <= len(tokens) and all(tokens[at + i].stem == w for i, w in enumerate(words)):
            best = at + len(words) - 1 if best is None else max(best, at + len(words) - 1)
    return best


def _predicate_at(tokens: list[Token], m: _Mention) -> int | None:
    """Where "is ..." follows a person: right after them ("Marsh is ..."), or after a thing of
    theirs ("Marsh's offer is ...", "Okafor's attitude stinks" reads from "stinks")."""
    if m.end < len(tokens) and tokens[m.end].stem == "be":
        if (tokens[m.end].lower != "'s" or tokens[m.start].pronoun or m.end + 1 >= len(tokens)
                or not tokens[m.end + 1].content or tokens[m.end + 1].modifier):
            return m.end
        at = m.end + 2  # "'s" then a noun: a possessive
        while at < len(tokens) and at < m.end + 4 and tokens[at].content:
            at += 1
        if at < len(tokens) and tokens[at].stem[:1].isalpha():
            return at
    return None


# After a person: what they think of themselves or want believed, held up to scorn.
SCOFFS: tuple[str, ...] = ("seems to think", "seem to think", "really thinks", "actually thinks",
                           "thinks he's", "thinks she's", "thinks they're", "wants us to believe",
                           "expects us to believe", "has form", "wouldn't even", "won't even",
                           "can't even", "couldn't even", "didn't even", "doesn't even", "don't even",
                           "could have just", "should have just", "has a reputation for",
                           "has a history of", "has previous", "just wants", "only wants", "only cares about",
                           "just in it for", "in it for the money", "wouldn't know", "has no clue",
                           "hasn't a clue", "doesn't have a clue", "has never had to", "has never run",
                           "has never worked", "forget that", "forgets that", "forgot that", "forget who",
                           "forgets who", "forgot who", "knew what", "knew the rules", "knew the risks")
_REPORTING = frozenset(_stem(w) for w in ("think", "thinks", "believe", "want", "wants", "expect", "say",
                                          "says", "claim", "claims"))


def _former_view(tokens: list[Token], m: _Mention) -> bool:
    """"I thought X was a good person", "I thought X was a crook, but …": a view the commenter has
    given up. A low opinion with no turn after it is held ("I thought X's sneering was unfair")."""
    if not any(t.lower in {"thought", "believed"} for t in tokens[max(0, m.start - 3):m.start]):
        return False
    if _turns_after(tokens, m):
        return True
    return _compound(" ".join(t.text for t in tokens[m.end:])) > -0.3


_WAS_WITH = frozenset({"with", "behind"})
# What marks a view as given up after "I was with X": a turn ("but then", "until") or "at first",
# "initially" (not a plain time: "I was with North yesterday at the market" is company, not a view).
_TURN_WORDS = frozenset({"until", "initially", "originally"})
_TURN_WINDOW = 12  # words after the mention where the turn may stand
_USED_TO_BACK = frozenset(_stem(w) for w in ("support", "back", "like", "agree", "defend", "love"))


def _given_up(tokens: list[Token], m: _Mention) -> bool:
    """"I was (fully) with X on this but then I read …", "I used to back X, but": the commenter says
    they took X's part before and turn within _TURN_WINDOW words ("but", "until", "at first"), so no
    longer do."""
    before = [t.lower for t in tokens[max(0, m.start - 5):m.start]]
    if "i" not in before:
        return False
    was_with = "was" in before and before[-1] in _WAS_WITH
    used_to = "used" in before and any(t.stem in _USED_TO_BACK for t in tokens[max(0, m.start - 3):m.start])
    return (was_with or used_to) and _turns_after(tokens, m)


def _turns_after(tokens: list[Token], m: _Mention) -> bool:
    """A turn ("but", "until", "at first") within _TURN_WINDOW words after the mention."""
    after = tokens[m.end:m.end + _TURN_WINDOW]
    return any(t.stem in CONTRASTS or t.lower in _TURN_WORDS
               or (t.lower == "first" and k and after[k - 1].lower == "at") for k, t in enumerate(after))


def _reported_view(tokens: list[Token], m: _Mention) -> bool:
    """"I thought X was ...", "they say X is ...": a view reported, not the commenter's own."""
    return any(t.stem in _REPORTING for t in tokens[max(0, m.start - 4):m.start])


def _obligation(tokens: list[Token], m: _Mention) -> tuple[Match, bool] | None:
    """"<person> needs to apologise" (finds fault), "<person> should be paid more" (takes their part):
    the match and whether it sides with the person; a negation turns it around."""
    at = m.end
    while at < len(tokens) and tokens[at].modifier and at - m.end < MAX_GAP:
        at += 1
    if at >= len(tokens) or tokens[at].stem not in OBLIGATIONS:
        return None
    if m.via == "as a group":  # "nurses should ...", "artists should ...": what the group is owed
        return None
    if _reported_view(tokens, m):
        return None  # "X thinks the school should ...": someone else's view
    negated = False
    at += 1
    while at < len(tokens) and (tokens[at].stem in _OBLIGATION_FILLERS or tokens[at].modifier):
        negated = negated or tokens[at].stem in {"not", "never"}
        at += 1
    if at >= len(tokens) or not tokens[at].stem[:1].isalpha():
        return None
    verb = tokens[at]
    if verb.stem == "be":
        if at + 1 >= len(tokens) or not tokens[at + 1].stem[:1].isalpha():
            return None
        word = tokens[at + 1]
        tone = _compound(word.lower)
        if word.stem in BENEFIT_VERBS or tone > 0:
            sides_with = True
        elif tone < 0 or (word.lower.endswith(("ed", "en")) and word.lower not in NEUTRAL_PARTICIPLES):
            sides_with = False
        else:
            return None
        at += 1
    else:  # "get over it", "get out": not something received; "keep quiet", "keep his mouth shut"
        sides_with = verb.stem in BENEFIT_VERBS and not (
            at + 1 < len(tokens) and tokens[at + 1].stem in {"over", "out", "lost", "off", "real", "away"}
        ) and not (verb.stem == "keep" and _keeps_to_oneself(tokens, at))
    return Match(m.start, at + 1, False), sides_with != negated


_RELATIVES = frozenset({"that", "who", "which"})
_THIRD_SUBJECTS = frozenset({"they", "he", "she", "it"})  # "they sack him": not the commenter's verb
_NOUN_MARKERS = frozenset({"the", "a", "an", "this", "all", "much", "such", "of"})


def _someone_else_does(tokens: list[Token], at: int) -> bool:
    """"a paper that hates his party", "the league who blame him": the verb is a third party's,
    not the commenter's; "the hate he's getting": not a verb at all."""
    if at > 0 and tokens[at - 1].lower in _NOUN_MARKERS:
        return True
    if tokens[at].lower.endswith("ing") and _index(tokens).first_word() >= at:
        return True  # "Blaming a tenant for the mould ...": an act held up, whoever does it
    for before in range(at - 1, max(-1, at - 4), -1):
        if tokens[before].lower in _RELATIVES or tokens[before].lower in _THIRD_SUBJECTS:
            return True
        if not tokens[before].modifier and tokens[before].stem not in _PERFECT:
            return _third_party_subject(tokens[before])
    return False


def _third_party_subject(token: Token) -> bool:
    """"The head has hated him": a word before the verb that names someone other than the
    commenter (not I, we, you, an auxiliary, a conjunction or an "anyone" of _generic_doer)."""
    return (token.stem[:1].isalpha() and token.lower not in _OWN_SUBJECTS and token.stem not in AUXILIARIES
            and token.lower not in AUXILIARIES and token.lower not in LEADING_CONJUNCTIONS
            and token.lower not in GENERIC_DOERS and token.lower not in NEGATORS and token.lower != "n't")


GENERIC_DOERS = frozenset({"anyone", "anybody", "people", "those", "everyone", "everybody", "whoever"})


def _generic_doer(tokens: list[Token], at: int) -> bool:
    """"Anyone defending X ...", "people blaming X ...": the commenter judges those who do it."""
    return (tokens[at].lower.endswith("ing") and at > 0
            and tokens[at - 1].lower in GENERIC_DOERS)


BLAME_SUBJECTS = frozenset({"that", "this", "it", "which"})
_ARTICLES = frozenset({"a", "an"})
_PERFECT = frozenset({"have", "has", "had", "be"})  # "I've been a nurse", "my mum has been one"


def _member(tokens: list[Token], m: _Mention) -> Match | None:
    """"I'm a nurse", "my daughter is a nurse", "as a farmer", "we nurses": the commenter speaks
    as one of a side's people as a group (a descriptor without an article), or for one of them."""
    if m.via != "as a group" or m.start == 0:
        return None
    before = tokens[m.start - 1].lower
    if before in {"we", "us", "as"}:
        hit = Match(m.start - 1, m.end, False)
    elif before in _ARTICLES and m.start >= 2 and tokens[m.start - 2].lower == "as":
        hit = Match(m.start - 2, m.end, False)
    elif before in _ARTICLES and m.start >= 3 and tokens[m.start - 2].stem == "be":
        at = m.start - 3
        while at > 0 and tokens[at].stem in _PERFECT:
            at -= 1
        if tokens[at].lower == "i":
            hit = Match(at, m.end, False)
        elif at > 0 and tokens[at - 1].lower == "my" and tokens[at].content:
            hit = Match(at - 1, m.end, False)
        else:
            return None
    else:
        return None
    return None if _negated_before(tokens, m.start) else hit


def _blamed(tokens: list[Token], m: _Mention) -> Match | None:
    """"That's on <person>", "<person>'s (own) fault": the person is blamed (unless negated); not
    "it's on the council website", where the name only qualifies a noun after it."""
    if (m.start >= 3 and tokens[m.start - 1].lower == "on" and tokens[m.start - 2].stem == "be"
            and tokens[m.start - 3].lower in BLAME_SUBJECTS
            and (m.end >= len(tokens) or not tokens[m.end].content)):
        hit = Match(m.start - 3, m.end, False)
    elif [t.lower for t in tokens[m.end:m.end + 2]] == ["'s", "fault"]:
        hit = Match(m.start, m.end + 2, False)
    elif [t.lower for t in tokens[m.end:m.end + 3]] == ["'s", "own", "fault"]:
        hit = Match(m.start, m.end + 3, False)
    else:
        return None
    return None if _negated_before(tokens, hit.start) else hit


def _mocked(tokens: list[Token], m: _Mention) -> bool:
    """A sentence that opens with a person and a gerund of talk and has no verb of its own
    ("Graham Pike talking about integrity.") holds that talk up for ridicule."""
    if m.by_pronoun or m.end + 1 >= len(tokens):
        return False
    gerund = tokens[m.end].lower
    return ((gerund in MOCKING_GERUNDS and tokens[m.end + 1].lower in {"about", "of", "on"})
            or gerund in MOCKING_ACTS) and _index(tokens).first_word() >= m.start  # opens the sentence


def _challenged(tokens: list[Token], m: _Mention) -> Match | None:
    """"If Vance is so sure, (publish the logs)": granting someone a quality only to dare them to
    show it doubts it. Only "so" grants it so: "if she's really the one who ..." and "if he's that
    good, sign him" dare nobody."""
    at = m.end
    if (m.start == 0 or tokens[m.start - 1].lower != "if" or at + 2 >= len(tokens)
            or tokens[at].stem != "be" or tokens[at + 1].lower != "so"
            or not tokens[at + 2].lower[:1].isalpha() or tokens[at + 2].lower in _NOT_A_QUALITY):
        return None
    return Match(m.start - 1, at + 3, False)


_NOT_A_QUALITY = frozenset({"the", "a", "an", "that", "this", "many", "much", "far", "long"})


def _first(matches: list[Match]) -> Match | None:
    return matches[0] if matches else None


_TURNS = frozenset({"but", "howev"})  # the stems _asserted cuts a sentence after


# Openings that grant a point before a "but" answers it ("Yes she's talented, but ...").
GRANTING_OPENERS: tuple[str, ...] = ("yes", "yeah", "yep", "sure", "granted", "admittedly", "ok", "okay",
                                     "true", "of course", "i know", "i get it", "i get that",
                                     "fair enough", "i understand")


@lru_cache(maxsize=1)
def _granting_by_first_stem() -> dict[str, tuple[str, ...]]:
    """GRANTING_OPENERS by the stem of their first word, in their order."""
    by_stem: dict[str, list[str]] = {}
    for opener in GRANTING_OPENERS:
        by_stem.setdefault(_phrase_cached(opener)[0], []).append(opener)
    return {stem: tuple(openers) for stem, openers in by_stem.items()}


def _grants(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens by granting a point ("Yes ...", "Sure, ...", "I know ...")."""
    by_stem = _granting_by_first_stem()
    index = _index(tokens)
    if index.stems.isdisjoint(by_stem):
        return False  # no opener's first word in it (the sentence's first word is among its stems)
    first = index.first_word()
    if first >= len(tokens):
        return False
    # only an opener whose first word opens the sentence can match there
    for opener in by_stem.get(tokens[first].stem, ()):
        for hit in _find(opener, tokens, first, anchored=True):
            after = [t.lower for t in tokens[hit.end:hit.end + 3]]
            if after[:1] in (["story"], ["so"], ["enough"], ["and"]) or (
                    opener == "i know" and "personally" in after):
                continue  # "True story:", "OK so", "Sure enough", "I know Brandt personally": no grant
            return True
    return False


def _opens_with_turn(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with "But" or "However"."""
    first = next((t for t in tokens if t.stem[:1].isalnum()), None)
    return first is not None and first.stem in _TURNS


MIN_GRANTED_PRAISE = 0.3  # VADER compound of the words before a "but" that grant a point


def _praised_before_turn(tokens: Sequence[Token], pivot: int, left_out: Collection[int] = ()) -> bool:
    """Whether the words before a "but" (or "however") at `pivot` speak well (VADER) and those
    after it say nothing warm: praise granted, not the point ("She's a great player but she's been
    a handful for every coach she's had"); `left_out`: positions not read (names, words reported)."""
    def feeling(lo: int, hi: int) -> float:
        return _compound(" ".join(t.text for at, t in enumerate(tokens[lo:hi], lo)
                                  if at not in left_out and not t.quoted))
    return (pivot > 0 and not _but_means_except(tokens, pivot)
            and feeling(0, pivot) >= MIN_GRANTED_PRAISE and feeling(pivot + 1, len(tokens)) <= 0)


# Words before a "but" that make it "except" ("nobody but her", "anyone but him", "all but"): no turn.
_ALL_OR_NONE = frozenset({"nobody", "noone", "anybody", "anyone", "everybody", "everyone", "none",
                          "nothing", "anything", "everything", "all", "one"})


def _but_means_except(tokens: Sequence[Token], pivot: int) -> bool:
    """Whether the "but" at `pivot` follows a word of all or none ("nobody but her")."""
    before = next((t for t in reversed(tokens[:pivot]) if t.word), None)
    return tokens[pivot].stem == "but" and before is not None and before.lower in _ALL_OR_NONE


# Whole answers after a "but" that refuse what the praise before it offered ("a great idea but no").
_FLAT_REFUSALS = frozenset({("no",), ("nope",), ("never",), ("no", "way"), ("no", "thanks"),
                            ("no", "thank", "you"), ("hell", "no"), ("not", "a", "chance"),
                            ("not", "happening")})


def _flatly_refused(tokens: Sequence[Token], pivot: int) -> bool:
    """Whether all that follows the "but" at `pivot` is a flat "no": the praise is outweighed."""
    return pivot >= 0 and tuple(t.lower for t in tokens[pivot + 1:] if t.word) in _FLAT_REFUSALS


class _Weights:
    """Weight of a cue by position: before a contrastive "but" it may count less, and always
    does in a sentence that opens by granting a point."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.pivot = -1 if _index(tokens).stems.isdisjoint(_TURNS) else max(
            i for i, t in enumerate(tokens) if t.stem in _TURNS)
        self.conceded = self.pivot > 0 and (_grants(tokens) or _praised_before_turn(tokens, self.pivot))

    def __call__(self, at: int) -> float:
        return W_CONCEDED if self.conceded and at < self.pivot else 1.0
