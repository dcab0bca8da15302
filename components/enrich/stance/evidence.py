"""The evidence of one comment from its own text (_own_evidence_of: mentions, sentence cues,
position cues, shared words, irony) and the stance it decides (_decide, classify_stance)."""

import re
from collections.abc import Sequence

from ...core.config import CorpusConfig, Person
from .claims import Claims
from .contradicted import _contradicted_claim_cues
from .feeling import _compound
from .lexicon import (
    CONDEMNING_CUES,
    HEDGES,
    MIN_MARGIN,
    MIN_MARGIN_BOTH_DAMNED,
    MIN_SCORE,
    NEUTRAL,
    W_CONCEDED,
    W_HEDGED,
)
from .mentions import _lexicon, _mentions, _opponents
from .overlap import _overlap_cues, _quoted_claim_cues
from .positions import _position_cues
from .predicates import _grants, _opens_with_turn
from .scores import StanceResult, _Evidence
from .sentences import _sentence_cues
from .tokens import Token, _find, _index, _possible, _sentences, _stem, _text_tokens


def _own_evidence(text: str, config: CorpusConfig, claims: "Claims | None" = None) -> _Evidence:
    return _own_evidence_of(_text_tokens(text), config, claims)


def _own_evidence_of(tokens: list[Token], config: CorpusConfig, claims: "Claims | None" = None) -> _Evidence:
    """The cues of a comment's own text (tokens: its normalised text, tokenised)."""
    ev = _Evidence()
    stems = _index(tokens).stems
    # On the story: a word of the corpus's own name (written from the article) or of either side's
    # claims; not the topic words, which move as a corpus grows (see engine/touched.py).
    ev.on_topic = not stems.isdisjoint(_lexicon(config).story_stems) or (claims is not None and any(
        not stems.isdisjoint(words) for words in claims.words.values()))
    if stems.isdisjoint(_lexicon(config).triggers(claims)):
        # names nobody and uses no side's words: no cue can fire, but for a quote of what a
        # side's people said (claims.lines), whatever its words
        return _quoted_line_evidence(tokens, config, claims, ev) if '"' in stems else ev
    sentences = _sentences(tokens)
    last_named: dict[str, Person] = {}
    said: list[_Evidence] = []  # each sentence's own cues
    asked = _asked_same_questions(sentences)
    for at, sentence in enumerate(sentences):
        own = _Evidence()
        if at + 1 < len(sentences) and _opens_with_turn(sentences[at + 1]) and _grants(sentence):
            # "Yes she's talented. But ...": granted, then answered in the next sentence
            granted = _Evidence()
            _sentence_cues(sentence, config, last_named, granted)
            own.merge(granted, W_CONCEDED, ' (granted before a "but")')
        else:
            _sentence_cues(sentence, config, last_named, own)
        if at in asked:
            # "Is this the same Varga who sang at the Proms?" asks, unless the comment sneers
            own = _Evidence(touched=own.touched, on_topic=own.on_topic)
        said.append(own)
    mocked = _mocked_sentences(sentences, said, config) if any(e.scores for e in said) else {}
    for at, own in enumerate(said):
        # "Oh well done X, really brave ...": the praise of the mocking sentence (or of the one its
        # closer sums up) is said against X; the other sentences keep what they say
        ev.merge(_turned(own, mocked[at], _WARM_CUES, config) if at in mocked else own)
    _contradicted_claim_cues(sentences, config, ev)
    # The comment's stems stand for its sentences' (the sentences left out hold no word).
    topic = claims.topic if claims is not None else frozenset()
    # The sentences whose echo of a side's words is mocked: the mock praise's, and those a sarcastic
    # frame or laughter marks ("Funny how ...", "... lmao"), which turn only what they echo.
    scoffed = {**_scoffed_sentences(sentences, config, claims), **mocked}
    if scoffed:
        plain = [s for at, s in enumerate(sentences) if at not in scoffed]
        scoped = [s for at, s in enumerate(sentences) if at in scoffed]
        ev.merge(_claims_echoed(plain, config, claims, topic, stems))
        ev.merge(_turned(_claims_echoed(scoped, config, claims, topic, stems), next(iter(scoffed.values())),
                         _MAKES_CLAIMS, config))
    else:
        made = _claims_echoed(sentences, config, claims, topic, stems)
        closer = _ironic_closer(sentences) if made.scores else ""
        ev.merge(_turned_by_irony(made, closer, config) if closer else made)
    ev.settle_tentative()
    return _hedged(ev, tokens)


def _claims_echoed(sentences: list[list[Token]], config: CorpusConfig, claims: "Claims | None",
                   topic: frozenset[str], stems: set[str]) -> _Evidence:
    """The cues of a side's claims made or echoed in these sentences."""
    made = _Evidence()
    if not sentences:
        return made
    _position_cues(sentences, config, made, topic, stems)
    if claims is not None:
        _overlap_cues(sentences, claims, config, made, stems)
        if '"' in stems:
            _quoted_claim_cues(sentences, claims, config, made)
    return made


def _hedged(ev: _Evidence, tokens: list[Token]) -> _Evidence:
    """ev with its cues weighed down when the comment weighs both sides ("neither of them is right")."""
    hedge = next((h for h in _possible(HEDGES, tokens) if any(
        not _only_absent(h, tokens, hit.end) for hit in _find(h, tokens))), None)
    ev.hedged = hedge is not None
    if hedge and ev.scores:
        ev.scores = {side: value * W_HEDGED for side, value in ev.scores.items()}
        ev.notes.append(f'weighs both sides ("{hedge}"), so its cues count for {W_HEDGED:.0%}')
    return ev


def weighs_both(text: str) -> bool:
    """Whether a comment weighs both sides ("both sides have a point"), as _hedged reads it."""
    tokens = _text_tokens(text)
    return any(not _only_absent(h, tokens, hit.end)
               for h in _possible(HEDGES, tokens) for hit in _find(h, tokens))


def _quoted_line_evidence(tokens: list[Token], config: CorpusConfig, claims: "Claims | None",
                          ev: _Evidence) -> _Evidence:
    """The evidence of a comment that names nobody and uses no side's words, but quotes: only a
    quote of a side's said words (_quoted_claim_cues) can count, hedged as _own_evidence_of hedges."""
    if claims is None or not any(claims.lines.values()):
        return ev
    _quoted_claim_cues(_sentences(tokens), claims, config, ev)
    ev.settle_tentative()
    return _hedged(ev, tokens) if ev.scores else ev


# What "neither of them" says when it weighs nobody: "Neither of them turned up", "... replied".
_ABSENT = frozenset({"turned", "showed", "came", "went", "attended", "replied", "responded", "answered",
                     "returned", "spoke", "commented", "appeared", "arrived", "was", "were"})


def _only_absent(hedge: str, tokens: Sequence[Token], end: int) -> bool:
    """Whether "neither of them" / "neither side" is only who did not come or answer ("Neither of them
    turned up to the meeting"), or a place ("neither side of the pitch"), not a weighing of both sides;
    "Neither of them was right" still weighs them."""
    if not hedge.startswith("neither") or end >= len(tokens):
        return False
    after = tokens[end].lower
    if hedge == "neither side":
        return after == "of"
    if after in ("was", "were"):
        return end + 1 < len(tokens) and tokens[end + 1].lower in ("at", "there", "available", "home", "in")
    return after in _ABSENT


# Praise that closes a comment describing something bad is irony ("... keeps rotting. Great outcome.",
# "... under the ISBN. Very generous."): the claims the comment echoes are mocked, not made.
_IRONIC_PRAISE = frozenset(_stem(w) for w in (
    "great", "brilliant", "classy", "generous", "lovely", "marvellous", "marvelous", "wonderful",
    "fantastic", "superb", "genius", "perfect", "nice", "impressive", "reassuring", "outstanding",
    "terrific", "stellar", "inspiring", "priceless", "excellent", "bravo", "charming", "awesome",
    "amazing", "splendid", "top", "magic", "gorgeous"))
_IRONIC_NOUNS = frozenset(_stem(w) for w in (
    "stuff", "outcome", "job", "work", "move", "effort", "result", "idea", "plan", "logic", "thinking",
    "look", "one", "news", "call", "decision", "leadership", "priorities"))
_INTENSIFIERS = frozenset(("very", "so", "truly", "really", "just", "what", "a", "an", "how", "oh", "real",
                           "absolutely", "simply"))
_MAKES_CLAIMS = ("makes ", "shares words with ")


def _ironic_closer(sentences: list[list[Token]]) -> str:
    """The last sentence when it opens with praise that only sums up ("Great outcome.", "Very
    generous.", "Great stuff, really showing ...") after sentences that are not themselves positive,
    or when it is, whole, a closer that dismisses ("Convenient.", "Listen to yourselves.")."""
    if len(sentences) < 2:
        return ""
    words = [t for t in sentences[-1] if t.word or t.text == ","]
    dismissal = _dismissive_closer(words)
    if dismissal:
        return dismissal
    at = 0
    while at < len(words) and words[at].lower in _INTENSIFIERS:
        at += 1
    if at == len(words) or words[at].stem not in _IRONIC_PRAISE:
        return ""
    end = at + 2 if at + 1 < len(words) and words[at + 1].stem in _IRONIC_NOUNS else at + 1
    verdict = " ".join(t.text for t in words[:end])
    if end < len(words) and " ".join(t.lower for t in words[end:]) in _SUMMING_TAILS:
        end = len(words)  # "Brilliant logic all round.": the tail only widens the verdict
    if end < len(words) and words[end].text != ",":
        return ""  # "Great work by the trust on this" praises; only a bare verdict sums up
    closer = " ".join(t.text for t in words[:end])
    before = _compound(" ".join(t.text for sentence in sentences[:-1] for t in sentence))
    # A stock sarcastic verdict ("Very generous.") turns anything not praised before it; plain
    # praise ("Great idea.", "Brilliant.") only after something clearly bad.
    return closer if before < -0.05 or (before <= 0.05 and verdict.lower() in _STOCK_SARCASM) else ""


# Words after a bare verdict that only widen it ("Brilliant logic all round.", "Great job as usual.").
_SUMMING_TAILS = frozenset(("all round", "all around", "as usual", "as ever", "again", "there", "all over"))
# A closer that dismisses what the comment has just echoed, with no praise word to turn: "...
# stopped at exactly that height. Convenient.", "Three warnings about a fat dog. Listen to
# yourselves." Said after a side's claim, it mocks that claim as an excuse or an absurdity. Only the
# whole sentence counts: "Convenient for the council, that timing" or "listen to yourselves think"
# say something else. ("Says it all", "Go figure" and "Make it make sense" are left out: they as
# often underline what they follow, or dismiss the view it answers.)
_DISMISSIVE = frozenset(("convenient", "how convenient", "very convenient", "so convenient",
                         "rather convenient", "most convenient", "funny that", "funny that is",
                         "funny how that works", "listen to yourselves", "listen to yourself",
                         "you could not make it up", "you can not make this up",
                         "you could not make this up"))


def _dismissive_closer(words: list[Token]) -> str:
    """The last sentence's words when they are, whole, a closer that dismisses ("Convenient.",
    "Listen to yourselves."), or ""."""
    said = " ".join(t.text for t in words if t.word)
    return said if _is_dismissal(said) else ""


def _is_dismissal(said: str) -> bool:
    """Whether a closer's words are one of the dismissive closers ("could n't" read as "could not")."""
    return said.lower().replace(" n't", " not") in _DISMISSIVE


_STOCK_SARCASM = frozenset(("very generous", "how generous", "so generous", "classy", "very classy",
                            "great stuff", "great outcome", "lovely stuff", "charming", "marvellous",
                            "marvelous", "very reassuring", "so reassuring", "genius", "brilliant logic",
                            "great logic", "genius logic", "impeccable logic", "flawless logic"))


def _turned_by_irony(made: _Evidence, closer: str, config: CorpusConfig) -> _Evidence:
    """The claim cues of a comment that closes in irony, turned against the side whose claims they are."""
    how = "a closer that dismisses it" if _is_dismissal(closer) else "praise that sums up"
    return _turned(made, f'mocks what it echoes with {how} ("{closer}")', _MAKES_CLAIMS, config)


def _turned(ev: _Evidence, why: str, kinds: tuple[str, ...], config: CorpusConfig) -> _Evidence:
    """ev with its cues of the given kinds (how they start) turned against the side they were for."""
    out = _Evidence(notes=list(ev.notes), touched=ev.touched, on_topic=ev.on_topic, hedged=ev.hedged,
                    tentative=list(ev.tentative))
    for side, cues in ev.cues.items():
        for cue, weight in zip(cues, ev.weights.get(side, ()), strict=True):
            if cue.startswith(kinds):
                for other in _opponents(side, config):
                    out.add(other, weight, f"{why}: {cue}")
            else:
                out.add(side, weight, cue)
    return out


# Praise the comment marks as not meant, whatever it praises: "Oh well done ... really brave",
# "Oh yes, I'm sure ...", "I'll be sure to never shop there", "Heroes, the lot of them" after an
# attack, "Total coincidence I'm sure", "I'm sure the residents are thrilled". Each is a set turn of
# English sarcasm, but most of their words are also said sincerely ("Oh well done Rovers, brilliant
# win!", "I'll be sure to donate", "he will bounce back I'm sure"): each needs its own sign.
_MOCK_SELF_MARKED = re.compile(
    r"^oh (?:how (?:brave|generous|kind|noble)|yes i (?:'m|am) sure|yes of course|look)\b", re.IGNORECASE)
# "Oh well done" / "Oh great" mock only with a sign in the same sentence (_mock_sign).
_MOCK_OPENERS = re.compile(
    r"^oh (?:well done|bravo|great|brilliant|wonderful|marvell?ous|lovely|fantastic|perfect|splendid"
    r"|nice one)\b", re.IGNORECASE)
# "I'll be sure to" promises sarcastically only a hostile act ("never shop there", "avoid them"), or
# thanks put off until the harm is done ("thank them when the reservoir is a mud flat").
_MOCK_PROMISE = re.compile(
    r"\bi (?:'ll|will) be sure to (?:never|not|avoid|boycott|stay away|steer clear|cancel|warn|shop elsewhere"
    r"|(?:thank|congratulate) .{0,40}?\b(?:when|once)\b)", re.IGNORECASE)
# "I'm sure <people> are thrilled" / "... thrilled, I'm sure": joy claimed for others, mocked;
# "Total coincidence I'm sure": a claim the comment disputes.
_JOY = r"(?:thrilled|delighted|overjoyed|chuffed|ecstatic)"
_MOCK_JOY = re.compile(rf"\bi (?:'m|am) sure\b(.{{0,60}}?)\b{_JOY}\b", re.IGNORECASE)
_MOCK_CLOSERS = re.compile(
    rf"(?:\b{_JOY}|\b(?:coincidence|accident|oversight|mistake|misunderstanding)) i (?:'m|am) sure$",
    re.IGNORECASE)
_LOT_OF = re.compile(r"^(\w+) the lot of (?:you|them)$", re.IGNORECASE)  # "Heroes, the lot of them."
# In a sentence opening "Oh well done", words that mark it as mockery: disbelief, or the stock ironic
# praise of daring ("really brave", "heroes").
_INCREDULOUS = frozenset(("seriously", "really", "apparently", "supposedly", "clearly", "yeah", "sure",
                          "brave", "heroes", "heroic", "genius", "geniuses", "bravo"))
# The cues a mock turns: what the comment seems to praise or echo of a side.
_WARM_CUES = ("speaks well of", "agrees with", *_MAKES_CLAIMS)


def _mocked_sentences(sentences: list[list[Token]], said: list[_Evidence],
                      config: CorpusConfig) -> dict[int, str]:
    """The sentences whose praise a comment marks as sarcasm, each with the cue that says so: the
    mocking sentence, and the sentence before it when the mock sums that one up ("Wonderful work
    from X. Heroes, the lot of them."): when it praises no side the mock does not praise too
    ("Y has been brilliant. As for X, I'll be sure to thank them ..." leaves Y's praise alone)."""
    out: dict[int, str] = {}
    for at, sentence in enumerate(sentences):
        mock = _mock_praise(sentence, sentences, config)
        if mock:
            cue = f'mocks with praise it does not mean ("{mock}")'
            out[at] = cue
            mocked, before = _praised(said[at]), _praised(said[at - 1]) if at > 0 else set()
            if before and (not mocked or before <= mocked):
                out[at - 1] = cue
    return out


def _praised(ev: _Evidence) -> set[str]:
    """The sides a sentence's evidence praises or agrees with (its warm cues)."""
    return {side for side, cues in ev.cues.items() if any(c.startswith(_WARM_CUES) for c in cues)}


def _mock_praise(sentence: list[Token], sentences: list[list[Token]], config: CorpusConfig) -> str:
    """The words of one sentence that mark praise as sarcasm ("Oh well done ... really brave"), or ""."""
    words = " ".join(t.text for t in sentence if t.word)
    found = _MOCK_SELF_MARKED.search(words) or _MOCK_PROMISE.search(words) or _MOCK_CLOSERS.search(words)
    if found is None:
        found = _MOCK_OPENERS.search(words)
        if found and not _mock_sign(sentence):
            found = None
    if found is None:
        joy = _MOCK_JOY.search(words)
        # "I'm sure the anglers are delighted, and rightly so": joy of a side itself may be meant
        found = joy if joy and not _names_a_side(joy.group(1), config) else None
    if found:
        return found.group(0).strip().replace(" '", "'")
    lot = _LOT_OF.match(words)
    if lot and _compound(lot.group(1)) > 0 and any(
            _compound(" ".join(t.text for t in s)) < -0.05 for s in sentences if s is not sentence):
        return lot.group(0)  # "Heroes, the lot of them" in a comment that attacks; not after a thank-you
    return ""


def _mock_sign(sentence: list[Token]) -> bool:
    """Whether a sentence opening "Oh well done" marks it as mockery: a question mark, scare quotes,
    a word of disbelief or of ironic daring, or a hostile word."""
    return any(t.text in ("?", '"') or t.quoted or t.lower in _INCREDULOUS
               or (t.word and _compound(t.text) < -0.05) for t in sentence)


# A sentence framed as sarcasm: what it echoes of a side is held up to scorn, not said. "Funny how"
# and its kin point at an inconsistency ("Funny how the budget only runs out for the wardens");
# "amazing how" and "interesting how" are as often meant ("Amazing how fast the volunteers rebuilt
# it"), so they need a word of the inconsistency too; "Right, because ..." mocks the reason it gives.
_FRAME_LEAD = r"^(?:(?:and|but|so|oh|yeah|also|i mean) )?(?:(?:it 's|it is|is n't it|it was) )?"
_SARCASTIC_FRAME = re.compile(
    _FRAME_LEAD + r"(?:funny|weird|strange|odd|curious|convenient|hilarious) how\b"
    r"|" + _FRAME_LEAD + r"(?:amazing|interesting|gotta love|got to love|love) how\b"
    r"(?=.*\b(?:only|suddenly|except|but|when|once|always|never|yet|until|whereas|while)\b)"
    r"|^(?:oh )?(?:yes|yeah|right|sure) because\b", re.IGNORECASE)
# Laughter written out ("lol", "lmaooo", "hahaha"), which closes what it laughs at.
_LAUGHTER = re.compile(r"^(?:lo+l+|lmf?a+o+|ro+fl+|ha(?:ha)+h?|he(?:he)+|kek)$", re.IGNORECASE)
MIN_LAUGHED_AT = 2  # tokens before the laughter: what it laughs at ("an email from a bot lmao")


def _scoffed_sentences(sentences: list[list[Token]], config: CorpusConfig,
                       claims: "Claims | None") -> dict[int, str]:
    """The sentences a sarcastic frame or closing laughter marks as scorn for what they echo, each
    with the cue that says so. Only a sentence that names no side's person: one that does is about
    them ("Funny how the council only finds money for offices", "Imagine being Halden and paying
    for that lol"), its sarcasm read by the phrase cues, and what it echoes of the other side may
    be meant."""
    out: dict[int, str] = {}
    for at, sentence in enumerate(sentences):
        words = [t for t in sentence if t.word]
        said = " ".join(t.lower for t in words)
        frame = _SARCASTIC_FRAME.match(said)
        laugh = "" if frame else _laughter_after_claim(sentence, claims)
        if not (frame or laugh) or any(m.side and not m.by_pronoun for m in _mentions(sentence, config, {})):
            continue
        if frame:
            shown = frame.group(0).replace(" '", "'").replace(" n't", "n't")
            out[at] = f'scorns what it echoes ("{shown}")'
        else:
            out[at] = f'laughs at what it echoes ("{laugh}")'
    return out


def _laughter_after_claim(sentence: list[Token], claims: "Claims | None") -> str:
    """The laughter that closes a sentence right after a word of a side's claims ("... an email
    from a bot lmaooo.", "... a new roof 😂"), or "": the laughter is at what the words echo. Not
    laughter after words of nobody's ("my cat tried to borrow a book lol")."""
    if claims is None:
        return ""
    at = len(sentence)
    while at > 0 and sentence[at - 1].text in _CLOSING_MARKS:
        at -= 1
    laugh = at
    while at > 0 and _laughs(sentence[at - 1]):
        at -= 1
    while laugh > at > 0 and sentence[at - 1].text == ",":  # "... a new roof, lol."
        at -= 1
    if laugh == at or at < MIN_LAUGHED_AT or not sentence[at - 1].content:
        return ""
    stem = sentence[at - 1].stem
    return sentence[laugh - 1].text if any(stem in words for words in claims.words.values()) else ""


def _laughs(token: Token) -> bool:
    """A laughing face or laughter written out."""
    return token.text in _LAUGHING_FACES or bool(_LAUGHTER.match(token.lower))


_LAUGHING_FACES = frozenset(("\U0001F602", "\U0001F923"))  # tears of joy, rolling on the floor
_CLOSING_MARKS = frozenset((".", "!", "?", ",", ")"))


# "Is this the same X who/that ...?": a real question, unless the comment sneers (in the question
# itself or after it: "Is this the same estate that charges a fortune? Poor things.")
_SAME_QUESTION = re.compile(
    r"^(?:(?:and|but|so|wait) )?(?:is|was|are|were) (?:n't )?(?:this|that|these|those|he|she|it|they) "
    r"(?:not )?the (?:very )?same\b", re.IGNORECASE)
MAX_SNEER = -0.05  # compound (VADER) at or below which a sentence's feeling is hostile


def _same_question(sentence: list[Token]) -> bool:
    """Whether a sentence asks "Is this the same X ...?"."""
    return bool(sentence) and sentence[-1].text == "?" and bool(
        _SAME_QUESTION.match(" ".join(t.lower for t in sentence if t.word)))


# What a "same X who ..." question may recall of them to set against what they do now: their word
# ("Is this the same North who promised to listen?"): the question sneers.
_THEIR_WORD = frozenset(_stem(w) for w in (
    "promised", "pledged", "vowed", "swore", "said", "claimed", "insisted", "told", "boasted", "bragged",
    "lectured", "preached", "announced", "guaranteed", "assured"))


def _asked_same_questions(sentences: list[list[Token]]) -> set[int]:
    """The "same X ...?" questions of a comment that only ask: none recalls someone's word, and
    neither it nor any sentence after it says something hostile (each sentence's feeling is read
    once, from the first such question on)."""
    questions = {at for at, sentence in enumerate(sentences) if _same_question(sentence)}
    if not questions:
        return set()
    asked: set[int] = set()
    hostile_after = False
    for at in range(len(sentences) - 1, min(questions) - 1, -1):
        hostile_after = hostile_after or _hostile(sentences[at])
        if at in questions and not hostile_after and not any(t.stem in _THEIR_WORD for t in sentences[at]):
            asked.add(at)
    return asked


def _hostile(sentence: list[Token]) -> bool:
    """Whether a sentence's feeling (VADER) is hostile."""
    return _compound(" ".join(t.text for t in sentence)) <= MAX_SNEER


def _names_a_side(text: str, config: CorpusConfig) -> bool:
    """Whether some words name a side or one of its people."""
    return any(m.side for m in _mentions(_text_tokens(text), config, {}))


def classify_stance(text: str, config: CorpusConfig, claims: "Claims | None" = None) -> StanceResult:
    """The stance of one comment from its own text."""
    return _decide(_own_evidence(text, config, claims or Claims.build(config)), config)


def _decide(ev: _Evidence, config: CorpusConfig) -> StanceResult:
    notes = "".join(f" ({n})" for n in ev.notes[:2])
    if not ev.scores:
        return StanceResult(NEUTRAL, 0.6, "No cue for either side: no side is named with a clear "
                            f"attitude and no side's claim is made{notes}.", {})
    ranked = sorted(ev.scores.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    names = {s.id: s.person.name for s in config.sides}
    margin = MIN_MARGIN_BOTH_DAMNED if _damns_both(ev, ranked) else MIN_MARGIN
    if score < MIN_SCORE or score - runner < margin:
        cues = "; ".join(c for side, _ in ranked for c in ev.cues[side])
        return StanceResult(NEUTRAL, 0.4,
                            f"Cues too weak or balanced to pick a side ({_summary(ranked, names)}: "
                            f"{cues}){notes}.", dict(ev.scores))
    confidence = round(min(0.99, 0.5 + 0.5 * (score - runner) / (score + runner + 1.0)), 2)
    return StanceResult(best, confidence, f"Sides with {names.get(best, best)}: "
                        f"{'; '.join(ev.cues[best])}{notes}.", dict(ev.scores))


def _damns_both(ev: _Evidence, ranked: list[tuple[str, float]]) -> bool:
    """Whether the two leading sides' evidence all comes from condemning their opponents ("X has
    been awful, Y are lazy"): the comment damns both rather than arguing for one."""
    return len(ranked) > 1 and all(
        ev.cues.get(side) and all(cue.startswith(CONDEMNING_CUES) for cue in ev.cues[side])
        for side, _ in ranked[:2])


def _summary(ranked: list[tuple[str, float]], names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(s, s)} {v:.1f}" for s, v in ranked)
