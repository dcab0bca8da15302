"""Position cues: the config's claims of each side a comment makes, echoes, cites, reports, denies
or scoffs at, found closely or loosely (_SentenceView)."""

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ...core.config import CorpusConfig
from .lexicon import _CLAUSE_EDGES, _OWN_SUBJECTS, AUXILIARIES, NEGATORS, SCARE_QUOTE_WORDS, W_POSITION
from .mentions import _opponents, _quote
from .scores import _Evidence
from .sentences import _asks_question, _is_echo_question, _mocking
from .tokens import (
    _FUNCTION_WORDS,
    Match,
    Token,
    _find,
    _index,
    _negated_before,
    _phrase_cached,
    _PhraseTable,
    _possible,
    _stem,
)


@lru_cache(maxsize=64)
def _claim_cues(position_cues: tuple[str, ...], topic: frozenset[str]) -> tuple[str, ...]:
    """A side's cues that are claims: one-word cues that are topic words are left out."""
    single_topic = {(w,) for w in topic}
    return tuple(c for c in position_cues if _phrase_cached(c.lower()) not in single_topic)


def _position_cues(sentences: list[list[Token]], config: CorpusConfig, ev: _Evidence,
                   topic: frozenset[str] = frozenset(), stems: set[str] | None = None) -> None:
    """A side's claims in the comment's own voice. Echoed in a question or in quotes (and then
    said again), reported ("X is what they all say"), negated ("it's not a witch hunt") or
    conceded ("sounds nice until ...") they count for nothing."""
    if stems is None:
        stems = {t.stem for sentence in sentences for t in sentence}
    wanted = [(side, _possible_cues(_claim_cues(side.position_cues, topic), stems)) for side in config.sides]
    if not any(cues for _, cues in wanted):
        return
    views = [_SentenceView(sentence, sentences[at + 1] if at + 1 < len(sentences) else [])
             for at, sentence in enumerate(sentences)]
    for side, cues in wanted:
        hits: list[str] = []
        echoes: list[str] = []
        scare_quoted = ""
        found_in = [(view, cue, hit) for view in views for cue in cues for hit in view.hits(cue.lower())]
        quoted_cues = {cue for view, cue, hit in found_in
                       if all(t.quoted for t in view.pair[hit.start:hit.end])}
        for view, cue, hit in found_in:
            ev.touched = True
            said = _quote(view.pair, hit)
            if cue in quoted_cues and view.answered(hit.end):
                for other in _opponents(side.id, config):
                    ev.add(other, W_POSITION, f"quotes {side.person.name}'s side's words "
                           f'"{said}" to answer them ("but ...")')
            elif cue in quoted_cues:  # quoted, or said again after quoting it: the side's line
                echoes.append(f'"{said}" (in quotes)')
                scare_quoted = scare_quoted or said
            elif not view.echo and ((_reported(view.pair, hit.end) and _generic_sayer(view.pair, hit.end))
                                    or _scoffed_after(view.pair, hit.end)
                                    or _proves_nothing(view.pair, hit.end)):
                line = _quote(view.pair, Match(hit.start, min(len(view.pair), hit.end + 2), False))
                for other in _opponents(side.id, config):
                    ev.add(other, W_POSITION, f"dismisses {side.person.name}'s side's line \"{line}\"")
            elif not view.echo and _mocking(view.pair, hit.start):
                for other in _opponents(side.id, config):
                    ev.add(other, W_POSITION, f"mocks {side.person.name}'s side's line \"{said}\" "
                           "(\"imagine being …\")")
            elif view.echo and view.following and view.opens(hit.start):
                for other in _opponents(side.id, config):
                    ev.add(other, W_POSITION * W_ECHO_ANSWERED, f"echoes {side.person.name}'s side's words "
                           f'"{said}" in a question, then answers them')
            elif (view.echo or view.asks or _reported(view.pair, hit.end)
                  or _tagged_as_said(view.pair, hit.end)):
                echoes.append(f'"{said}" ({"in a question" if view.echo or view.asks else "reported"})')
            elif view.conceded(hit.end):
                for other in _opponents(side.id, config):
                    ev.add(other, W_POSITION, f"grants {side.person.name}'s side's claim "
                           f'"{said}" only to argue against it')
            elif not hit.negated and not _denied_after(view.pair, hit.end) and cue not in hits and not (
                    _wanted_by_other(view.pair, hit.start)):
                hits.append(cue)
        if hits:
            quoted_hits = ", ".join(f'"{h}"' for h in hits[:3])
            ev.add(side.id, W_POSITION * len(hits),
                   f"makes {side.person.name}'s side's claims ({quoted_hits})")
        approved = scare_quoted and not hits and _approves_a_line(views)
        if approved and side.id not in ev.scores and _agrees_with_the_line(views):  # "“…” Spot on."
            ev.add(side.id, W_POSITION * W_SCARE_QUOTED, f"quotes {side.person.name}'s side's words "
                   f'("{scare_quoted}") and approves the line')
        elif scare_quoted and not hits and side.id not in ev.scores and not approved and not _cited(views):
            for other in _opponents(side.id, config):
                ev.add(other, W_POSITION * W_SCARE_QUOTED, f"puts {side.person.name}'s side's words "
                       f'in quotes ("{scare_quoted}") without taking them up')
        else:
            for echo_cue in echoes[:2]:
                ev.notes.append(f"{side.person.name}'s side's words {echo_cue} not counted")


W_SCARE_QUOTED = 0.6  # a side's own words put in quotes and not taken up: a sneer at them, mildly
# Agreement spelt with a negator of its own: only a negator before it turns it ("couldn't agree" is
# not one of them: "couldn't agree less").
_PUT_IT_BETTER = ("couldn't have put it better", "couldn't have said it better", "couldn't put it better",
                  "couldn't say it better")
# Praise of a quoted line, or agreement with it: the quote is then cited, not sneered at. Not a bare
# "exactly": "“We have listened” - to who exactly?"
LINE_APPROVALS = ("spot on", "best line", "well said", "so true", "nailed it", "hear hear", "perfectly put",
                  "said it better", "this is it", "exactly this", "good line", "great line", "love this",
                  "love that line", "couldn't agree", "agree", "agreed", "absolutely", "true", "yes",
                  "correct", "quite right", *_PUT_IT_BETTER)
_CITING = frozenset(_stem(w) for w in ("say", "says", "said", "put", "wrote", "writes", "headline", "article",
                                       "read", "reads", "reading", "tell", "tells", "told"))
# A verb of saying's object between it and the quote: "as she put it, "..."", "he told me "..."". Not
# "this" or "her", which are as often the quote's own determiner ("wrote this "..." rubbish").
_CITED_OBJECTS = frozenset({"it", "me", "us", "him", "them", "you"})


def _cited(views: list["_SentenceView"]) -> bool:
    """Whether a quote in the comment is cited right after a verb of saying (and its object) or a
    colon ("As North put it, "..."", "The headline says "..."", "He told me "...""), as a reader
    reports a line, not as a sneer. A word put in quotes further on in reported speech ("North said
    the pier was "safe"") is not: in a comment it is mostly held at arm's length."""
    for view in views:
        tokens = view.sentence
        for at, token in enumerate(tokens):
            if token.quoted and (at == 0 or not tokens[at - 1].quoted):
                before = [t for t in tokens[max(0, at - 3):at] if t.text not in ',"']
                stock = any(t.lower in GENERIC_SAYERS for t in tokens[max(0, at - 6):at])
                if len(before) > 1 and before[-1].lower in _CITED_OBJECTS:
                    before = before[:-1]  # "As North put it, "..."": the verb before its object
                if before and not stock and (before[-1].stem in _CITING or before[-1].text == ":"):
                    return True  # "Every time a politician says “…”" is a stock line, sneered at
    return False


_APPROVAL_WORDS = 9  # an approval of a quoted line is a short sentence of its own ("Spot on.", "Agreed.")
_NOT_APPROVING = frozenset(("if", "unless", "not", "never", "ever", "no", "but", "because", "except", "only"))


def _words(tokens: list[Token]) -> int:
    """How many tokens are words (not punctuation)."""
    return sum(t.text.isalnum() for t in tokens)


def _agrees_with_the_line(views: list["_SentenceView"]) -> bool:
    """Whether an approval is the comment's verdict on the line it quotes: a short sentence of its own
    next to the quoted one, or the words right after the quote ("“…” - yes, they are."), with no
    condition, negation or turn ("True if you own a quarry", "Love this, said no farmer ever")."""
    for at, view in enumerate(views):
        tokens = view.sentence
        quoted = [k for k, t in enumerate(tokens) if t.quoted]
        if quoted:
            after = tokens[quoted[-1] + 1:]
            candidates = [after] if _words(after) <= _APPROVAL_WORDS else []
        elif _words(tokens) <= _APPROVAL_WORDS and any(
                any(t.quoted for t in views[n].sentence) for n in (at - 1, at + 1) if 0 <= n < len(views)):
            candidates = [tokens]
        else:
            candidates = []
        for words in candidates:
            spelt = {k for phrase in _possible(_PUT_IT_BETTER, words)
                     for hit in _find(phrase, words) for k in range(hit.start, hit.end)}
            lowered = {t.lower for k, t in enumerate(words) if k not in spelt}
            if lowered & _NOT_APPROVING or (words and words[-1].text == "?"):
                continue
            if _sole_approval(words):
                return True
            plain = [k for k, t in enumerate(words) if t.text.isalnum()]
            for phrase in _possible(LINE_APPROVALS, words):
                for hit in _find(phrase, words):
                    opens = plain and hit.start == plain[0] and not (
                        hit.end < len(words) and words[hit.end].lower in ("with", "to", "that", "on"))
                    if not hit.negated and (opens or (plain and hit.end - 1 == plain[-1])):
                        return True  # "Spot on.", "Best line of the debate, spot on.", not "Agreed with Sam"
    return False


def _approves_a_line(views: list["_SentenceView"]) -> bool:
    """Whether the comment praises a line ("Best line I've read all year. Spot on.", or a sentence
    of one word such as "Exactly.")."""
    return _approves_right_after_a_quote(views) or any(
        not hit.negated and not (hit.start and view.sentence[hit.start - 1].lower == "oh")
        for view in views for phrase in _possible(LINE_APPROVALS, view.sentence)
        for hit in _find(phrase, view.sentence))  # "Oh yes, ... how original": no approval


# Approvals only as a sentence of their own, or as all that follows a quote ("“…” - this."): "This."
# after a line is the internet's "I agree with this", not a pointer to something after it.
SOLE_APPROVALS = frozenset({"exactly", "precisely", "indeed", "this"})


def _approves_right_after_a_quote(views: list["_SentenceView"]) -> bool:
    """Whether a one-word approval ("Exactly.") answers a quoted line right after it: after the
    quote in its sentence, or as the whole next sentence when the quote ends its own (not "Exactly."
    opening a comment, nor after sentences of the commenter's own)."""
    for at, view in enumerate(views):
        quoted = [k for k, t in enumerate(view.sentence) if t.quoted]
        if quoted:
            rest = view.sentence[quoted[-1] + 1:]
            if _sole_approval(rest):
                return True
            if not _words(rest) and at + 1 < len(views) and _sole_approval(views[at + 1].sentence):
                return True
    return False


def _sole_approval(tokens: list[Token]) -> bool:
    """"Exactly." as a sentence of its own (not "to who exactly?")."""
    words = [t for t in tokens if t.text.isalnum()]
    return len(words) == 1 and words[0].lower in SOLE_APPROVALS and tokens[-1].text != "?"


W_ECHO_ANSWERED = 0.6  # a side's words echoed in a question, then answered: counts this much against it


_WANTING = frozenset(_stem(w) for w in ("wants", "want", "demands", "demand", "expects", "expect", "insists",
                                        "claims", "reckons", "pretends", "says", "said", "told", "claimed",
                                        "argues", "argued", "cry", "cries", "scream",
                                        "screams", "shout", "shouts"))


def _wanted_by_other(tokens: Sequence[Token], start: int) -> bool:
    """"Ellery wants everyone in five days a week": a claim someone else wants or claims, told
    about them (not "I want ...")."""
    for at in range(start - 1, max(-1, start - 7), -1):
        stem = tokens[at].stem
        if stem in _CLAUSE_EDGES:
            return False
        if stem in _WANTING:
            return at > 0 and tokens[at - 1].lower not in _OWN_SUBJECTS and tokens[at - 1].stem[:1].isalpha()
        if stem in _ACCUSING:  # "Accusing someone of plagiarism without proof ...": an accusation told
            return at == 0 or tokens[at - 1].lower not in _OWN_SUBJECTS
    return False


_ACCUSING = frozenset({"accus", "alleg", "call"})  # "calling a ref out of her depth": their words


def _not_wanted_by_others(words: list[Token]) -> list[Token]:
    """The words of a sentence outside what someone else is said to want ("X wants <...>"), to the
    end of that clause."""
    if not any(t.stem in _WANTING or t.stem in _ACCUSING for t in words):
        return words
    out, told = [], False
    for at, token in enumerate(words):
        if token.stem in _CLAUSE_EDGES:
            told = False
        elif token.stem in _WANTING and at > 0 and words[at - 1].lower not in _OWN_SUBJECTS:
            told = True
        elif token.stem in _ACCUSING and (at == 0 or words[at - 1].lower not in _OWN_SUBJECTS):
            told = True
        if not told:
            out.append(token)
    return out


SCOFFED_BODY = frozenset({"foot", "arse", "ass", "backside", "eye"})


def _scoffed_after(tokens: Sequence[Token], end: int) -> bool:
    """"Coincidence my foot", "fair my arse": the claim, then a scoff that denies it."""
    return (end + 1 < len(tokens) and tokens[end].lower == "my"
            and tokens[end + 1].lower in SCOFFED_BODY)


PROVING = frozenset(_stem(w) for w in ("prove", "proves", "mean", "means", "change", "changes", "matter",
                                        "matters", "show", "shows"))
NOTHING = frozenset({"nothing", "little"})
PROOF_WINDOW = 10  # words after a claim in which "... proves nothing" may dismiss it


def _proves_nothing(tokens: Sequence[Token], end: int) -> bool:
    """"CCTV of one door on one day proves nothing", "the vote doesn't mean anything": later in
    its clause, the claim is said to prove or mean nothing."""
    for at in range(end, min(len(tokens), end + PROOF_WINDOW)):
        stem = tokens[at].stem
        if stem in _CLAUSE_EDGES:
            return False
        if stem in PROVING:
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
            before = [t.stem for t in tokens[max(end, at - 2):at]]
            return after in NOTHING or (after in {"anything", "much"} and "not" in before)
    return False


def _denied_after(tokens: Sequence[Token], end: int) -> bool:
    """"Re-records never sound the same", "a strike won't fix it": the claim, then a negated verb."""
    if end < len(tokens) and tokens[end].stem in {"never", "not"}:
        return True
    return (end + 1 < len(tokens) and tokens[end].stem in AUXILIARIES
            and tokens[end + 1].stem in {"never", "not"})


LOOSE_WINDOW = 12  # a claim's content words, in order, within this many words


def _reported(tokens: Sequence[Token], end: int) -> bool:
    """"<claim> is what every owner says": the claim is reported as someone's line, not made."""
    stems = [t.stem for t in tokens[end:end + 4] if not t.modifier]
    # ... and a verb of saying after it: "<claim> is exactly what this country needs" makes it
    return stems[:2] == ["be", "what"] and any(t.stem in _SAYING for t in tokens[end + 2:end + 9])


_SAYING = frozenset(_stem(w) for w in ("say", "says", "said", "claim", "call", "tell", "told", "argue",
                                       "insist", "cry", "shout", "scream", "repeat"))


MAX_SPEECH_TAG = 4  # words of a tag after a comma that gives the sentence to its sayer ("..., he says.")
_TAG_EDGES = frozenset({",", "—", "-"})
# A tag that sets the commenter against its sayer ("..., whatever the council claims", "..., no
# matter what they say", "..., the board says otherwise"): the claim before it is the commenter's.
_DISMISSING_OPENERS = frozenset({"whatever", "despite", "regardless", "notwithstanding"})
_DISMISSING_CLOSERS = frozenset({"otherwise", "differently", "opposite", "different"})
# The word before a verb of saying that makes it no finite verb of a sayer: "needless to say",
# "truth be told", "that said", "having said that" (and "as", "like", "if", "let" anywhere before
# it: "as they say", "just as she said", "let's say").
_NOT_A_SAYER = frozenset({"to", "be", "been", "being", "having", "that", "needless"})
# The word after a tag's opening verb of saying that makes it an imperative ("call me sentimental",
# "tell me about it"), not a sayer put after its verb ("says the council").
_SAID_TO = frozenset({"me", "us", "it", "that", "this", "you"})
# Words right after a tag (in its sentence or the next) that endorse what it reports ("..., they
# say, and they're right", "..., experts say. They are right.", "..., and rightly so").
_ENDORSING = frozenset({"right", "rightly", "correct", "correctly", "agree", "true"})
ENDORSEMENT_REACH = 5  # words after a tag an endorsement is looked for in


def _speech_tag_end(tokens: Sequence[Token], end: int) -> int | None:
    """Where a speech tag after a claim ending at `end` ends, when one gives the claim to
    someone else: "The lamp is obsolete, they say.", "..., the board claims, but ...", "..., according
    to the board". None when no such tag follows the claim in its sentence, or the words after the
    tag endorse it ("..., he says, and he's right")."""
    stop = next((at for at in range(end, len(tokens)) if tokens[at].ends), len(tokens))
    edges = [at for at in range(end, stop) if tokens[at].text in _TAG_EDGES] + [stop]
    for first, after in zip(edges, edges[1:], strict=False):
        if _speech_tag([t for t in tokens[first + 1:after] if t.word]):
            return None if _endorsed(tokens[after:]) else after
    return None


def _tagged_as_said(tokens: Sequence[Token], end: int) -> bool:
    """Whether a claim ending at `end` is given to someone else by a speech tag (_speech_tag_end)."""
    return _speech_tag_end(tokens, end) is not None


def _speech_tag(tag: Sequence[Token]) -> bool:
    """Whether a comma-set clause of words gives what it follows to a sayer: "they say", "the board
    claims", "says the council", "according to X"; not the commenter's own ("I'd say", "as I said"),
    an idiom ("as they say", "needless to say", "truth be told", "call me sentimental"), an
    endorsement ("just as she said") or a tag that sets the commenter against its sayer
    ("whatever the council claims", "the council says otherwise")."""
    if not tag or len(tag) > MAX_SPEECH_TAG or any(t.lower in _OWN_SUBJECTS for t in tag):
        return False
    if len(tag) >= 2 and tag[0].lower == "according" and tag[1].lower == "to":
        return True
    if (tag[0].lower in _DISMISSING_OPENERS or tag[-1].lower in _DISMISSING_CLOSERS
            or [t.lower for t in tag[:2]] == ["no", "matter"]):
        return False
    verb = next((at for at, t in enumerate(tag) if t.stem in _SAYING), None)
    if verb is None or any(t.lower in {"as", "like", "if", "let"} for t in tag[:verb]):
        return False
    if verb == 0:
        return len(tag) > 1 and tag[1].lower not in _SAID_TO
    return tag[verb - 1].lower not in _NOT_A_SAYER


def _endorsed(after: Sequence[Token]) -> bool:
    """Whether the words after a speech tag open by endorsing what it reports ("and they're right",
    "They are right.", "and rightly so"), not by denying it ("and they're not right")."""
    words = [t for t in after if t.word][:ENDORSEMENT_REACH]
    endorsing = next((at for at, t in enumerate(words) if t.lower in _ENDORSING), None)
    return endorsing is not None and not any(t.stem in NEGATORS for t in words[:endorsing])


GENERIC_SAYERS = frozenset({"every", "all", "everyone", "everybody", "always", "any"})


def _generic_sayer(tokens: Sequence[Token], end: int) -> bool:
    """"<claim> is what every owner says", "... what they all say": a stock line, dismissed."""
    return any(t.lower in GENERIC_SAYERS for t in tokens[end + 2:end + 6])


def _find_loose(phrase: str, tokens: Sequence[Token]) -> list[Match]:
    """A claim of two or more content words said with other words between ("Tipping started as
    a way to avoid paying people. It's outdated" makes the claim "tipping is outdated")."""
    words = [w for w in _phrase_cached(phrase) if w not in _FUNCTION_WORDS]
    if len(words) < 2 or any(w in NEGATORS for w in _phrase_cached(phrase)):
        return []
    if words[0] not in _index(tokens).stems:
        return []
    for start in _index(tokens).positions(words[0]):  # where the first word is, in order
        at, need = start + 1, 1
        while at < len(tokens) and at - start < LOOSE_WINDOW and need < len(words):
            if tokens[at].stem == words[need]:
                need += 1
            at += 1
        if need == len(words):  # a negator among the words between turns it around ("have never come down")
            return [Match(start, at, _negated_within(tokens, start, at) or _negated_before(tokens, start))]
    return []


_NOT_DENYING = frozenset({"doubt", "only", "question", "wonder"})  # "no doubt", "not only", "no question"


def _negated_within(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a negator stands in the last clause of tokens[start:end] ("Rents have never come
    down"; not "Walls are not cheap but they are needed", nor "Walls, no doubt, are needed")."""
    for k in range(end - 1, start, -1):
        token = tokens[k]
        if token.stem in _CLAUSE_EDGES:
            return False
        if (token.stem in NEGATORS or token.lower.endswith("n't")) and not (
                k + 1 < end and tokens[k + 1].lower in _NOT_DENYING):
            return True
    return False


@lru_cache(maxsize=4096)
def _cue_stems(cue: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems a match of the cue needs all of, and those a loose match needs (empty: none)."""
    words = _phrase_cached(cue)
    content = [w for w in words if w not in _FUNCTION_WORDS]
    loose = len(content) >= 2 and not any(w in NEGATORS for w in words)
    return frozenset(words), frozenset(content) if loose else frozenset()


@lru_cache(maxsize=256)
def _cue_tables(cues: tuple[str, ...]) -> tuple[_PhraseTable, _PhraseTable]:
    """The cues indexed by the words a match needs, and by those a loose match needs."""
    lowered = tuple(c.lower() for c in cues)
    return (_PhraseTable(lowered, [_cue_stems(c)[0] for c in lowered]),
            _PhraseTable(lowered, [_cue_stems(c)[1] for c in lowered]))


def _possible_cues(cues: tuple[str, ...], stems: set[str]) -> list[str]:
    """The cues, in order, that may match (closely or loosely) in a comment with these stems."""
    strict, loose = _cue_tables(cues)
    return [cues[at] for at in sorted({*strict.possible_at(stems), *loose.possible_at(stems)})]


class _SentenceView:
    """A sentence with the next one (a claim may run on), and what _position_cues asks of them,
    each worked out in one pass so a long sentence with many claims costs linear time."""

    def __init__(self, sentence: list[Token], following: list[Token]) -> None:
        self.sentence = sentence
        self.following = following
        self.stems = _index(sentence).stems  # the sentence's index's (never changed)
        self._pair: list[Token] | None = None
        self._pair_stems: set[str] | None = None
        self._echo: bool | None = None
        self._quotes: tuple[list[int], list[int]] | None = None
        self._turns: tuple[list[int], int, int] | None = None
        self._last_but: int | None = None

    @property
    def pair(self) -> list[Token]:
        """The sentence and the next one (worked out when first asked, then the same list)."""
        if self._pair is None:
            self._pair = self.sentence + self.following
        return self._pair

    @property
    def echo(self) -> bool:
        """Whether the sentence is an echo question."""
        if self._echo is None:
            self._echo = _is_echo_question(self.sentence)
        return self._echo

    @property
    def asks(self) -> bool:
        """Whether the sentence asks a question ("How long does an appeal take?"): a side's words in
        it are not claimed; a rhetorical one ("why would ...", "isn't it ...") may claim them."""
        return _asks_question(self.sentence)

    @property
    def pair_stems(self) -> set[str]:
        """The stems of the sentence and the next one."""
        if self._pair_stems is None:
            self._pair_stems = self.stems | {t.stem for t in self.following}
        return self._pair_stems

    def hits(self, cue: str) -> list[Match]:
        """The cue's matches in the sentence, else its loose matches starting in it."""
        words, loose = _cue_stems(cue)
        if words and words <= self.stems:
            found = _find(cue, self.sentence)
            if found:
                return found
        if loose and loose <= self.pair_stems:
            return [m for m in _find_loose(cue, self.pair) if m.start < len(self.sentence)]
        return []

    def short_quote(self, at: int) -> bool:
        """Whether the quoted run around `at` is a scare quote (a few words), not a quotation."""
        if self._quotes is None:
            n = len(self.pair)
            starts, ends, start, end = [0] * n, [n] * n, 0, n
            for i, token in enumerate(self.pair):
                starts[i] = start
                if token.text == '"':
                    start = i + 1
            for i in range(n - 1, -1, -1):
                if self.pair[i].text == '"':
                    end = i
                ends[i] = end
            self._quotes = starts, ends
        starts, ends = self._quotes
        return ends[at] - starts[at] <= SCARE_QUOTE_WORDS

    def opens(self, at: int) -> bool:
        """Whether the match at `at` opens the sentence (after leading conjunctions)."""
        return _index(self.sentence).first_word() >= at

    def answered(self, after: int) -> bool:
        """'"No more money" but there's always money for ...': a quoted line and, after it in the
        same sentence, the commenter's "but"."""
        if self._last_but is None:  # found once per sentence: a long sentence asks many times
            self._last_but = max((i for i, t in enumerate(self.sentence)
                                  if t.stem == "but" and not t.quoted), default=-1)
        return self._last_but >= after

    def conceded(self, after: int) -> bool:
        """"X sounds nice until ...", "X in theory, but ...": after the claim, the sentence grants
        it only to deny it."""
        if after >= len(self.sentence):
            return False
        if self._turns is None:  # from the index's positions of the few stems that matter
            index, n = _index(self.sentence), len(self.sentence)
            sounds = index.positions("sound")
            last_turn = max([*index.positions("until")[-1:], *index.positions("but")[-1:]], default=-1)
            last_theory = max((i for i in index.positions("in")
                               if i + 1 < n and self.sentence[i + 1].stem == "theori"), default=-1)
            self._turns = sounds, last_turn, last_theory
        sounds, last_turn, last_theory = self._turns
        first = bisect_left(sounds, after)  # the first "sound" at or after `after`
        sound = sounds[first] if first < len(sounds) else None
        return (sound is not None and last_turn >= sound) or last_theory >= after
