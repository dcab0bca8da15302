"""Stance across a thread: replies to a named commenter, the tone of a reply, a commenter's side
across their comments and their own account, the passes over a document's comments, and the
frame-level API (classify_comments, stance_scores, comment_texts)."""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from ...core.config import CorpusConfig
from ..settled import THREAD_REPLY_CUE, THREAD_REPLY_VERBS
from ..speed import collector_paused
from .claims import Claims, line_grams, token_runs
from .evidence import _decide, _own_evidence_of
from .feeling import _compound
from .lexicon import (
    _VERDICT_PHRASES,
    AUXILIARIES,
    NEGATORS,
    NEUTRAL,
    W_AUTHOR,
    W_CONTINUATION,
    W_REPLY,
    WH_WORDS,
)
from .mentions import _for, _lexicon
from .overlap import _quoted_spans
from .people import _side_name
from .positions import _approves_a_line, _SentenceView
from .scores import StanceResult, _Additions, _Evidence
from .sentences import _after_conjunctions, _asks_question
from .tokens import Token, _find, _possible, _sentences, _text_tokens

_REPLY_AGREEMENT = ("you are right", "you're right", "well said", "agree with you", "good point",
                    "so true")
_REPLY_HOSTILITY = ("shut up", "get lost", "nobody asked", "grow up", "whatever", "idiot",
                    "moron", "stupid", "troll", "clueless", "nothing useful", "paygrade", "pay grade",
                    "you are wrong", "you're wrong", "get a life", "ignorant", "not about",
                    "nonsense", "rubbish", "so what", "not an excuse", "isn't an excuse",
                    "easy to say", "easy for you", "speak for yourself", "says who", "that's rich",
                    "tell that to", "try telling", "have you ever", "not true", "that's a lie",
                    "you clearly", "you obviously", "you seem to forget", "missing the point",
                    "missed the point", "not the point", "that's not how", "nice try", "nice attitude",
                    "supposed to do", "source?", "read the article", "do your research",
                    "educate yourself", "google it", "suddenly care", "can't read", "cannot read")
# A reply's warmth to the one it answers (sympathy, thanks, affection): it stands by them, unless
# a contrast or a question in the reply turns it ("sorry you went through that, but ...").
# ("thanks for ..." and "so sorry ..." alone are as often scorn: "thanks for proving my point").
_REPLY_WARMTH = ("sending love", "sending hugs", "sending strength", "much love", "lots of love",
                 "thinking of you", "sorry for your loss", "sorry this happened", "sorry that happened",
                 "sorry to hear", "thank you for sharing", "thanks for sharing", "thank you for speaking",
                 "thanks for speaking", "stay strong", "proud of you")
# (nor a word of dissent after the warmth: "Sending love. Nobody believes you.", "Sending hugs, I
# disagree", "Thanks for sharing. Pity none of it is true."; a sympathetic "it can't have been easy" stays)
_WARMTH_TURNS = frozenset({"but", "though", "although", "howev", "yet", "still", "nothing", "?", "nobody",
                           "none", "disagre", "wrong", "pity", "shame", "untru", "lie", "lies", "lying"})
# Words that agree when they open a reply ("Exactly.", "Agreed!"), not inside a sentence.
_REPLY_OPENERS = frozenset({"exactly", "agreed", "yes", "yep", "true", "this", "amen", "preach"})
# Words that rebuff when they open a reply ("No, ...", "Go eat a donut").
_REPLY_REBUFFS = frozenset({"go", "no", "nope", "wrong", "rubbish", "nonsense", "bollocks"})
_NAME_STOPWORDS = frozenset({"the", "and", "for", "mrs", "miss", "mr", "dr", "real", "not", "its"})


@lru_cache(maxsize=1 << 14)
def _name_keys(author: str, taken: frozenset[str]) -> frozenset[str]:
    """How a reply may name a commenter: a part of their name (3+ letters) or their @handle."""
    keys = {"@" + author.lower().replace(" ", "")} if author else set()
    for part in _NAME_PART.findall(author):
        if part.lower() not in _NAME_STOPWORDS and part.lower() not in taken:
            keys.add(part.lower())
    return frozenset(keys)


_NAME_PART = re.compile(r"[^\W\d_]{3,}")


def _tone(tokens: list[Token], aimed: bool) -> str:
    """agree / hostile / none: how a reply treats the commenter it answers; after a contrastive
    "but" only the second clause counts ("Fair enough, but the principle stands")."""
    pivot = max((i for i, t in enumerate(tokens) if t.stem in {"but", "howev"}), default=-1)
    tokens = tokens[pivot + 1:]
    words = _after_conjunctions([t for t in tokens if t.stem[:1].isalnum() and not t.lower.startswith("@")])
    if not words:
        return "none"
    if words[0].lower in _REPLY_REBUFFS or any(_find(p, tokens) for p in _possible(_REPLY_HOSTILITY, tokens)):
        return "hostile"
    compound = _compound(" ".join(t.text for t in tokens))
    agreeing = _agreeing_opener(words) or _warm(tokens) or any(
        m and not m[0].negated for m in (_find(p, tokens) for p in _possible(_REPLY_AGREEMENT, tokens)))
    if aimed:  # the comment's own feelings are about a side, not about the commenter it answers
        return "agree" if agreeing else "none"
    if agreeing and compound > -0.3:  # warm words alone are as often sarcasm ("nice attitude")
        return "agree"
    if compound <= -0.05:
        return "hostile"
    return "none"


def _warm(tokens: list[Token]) -> bool:
    """A reply warm to the one it answers ("Sending love", "So sorry this happened to you", "Thank you
    for saying it"), with nothing in it that turns the warmth ("but", "though", a question, "thanks
    for nothing")."""
    if any(t.stem in _WARMTH_TURNS or t.lower in _WARMTH_TURNS for t in tokens):
        return False
    return any(m and not m[0].negated for m in (_find(p, tokens) for p in _possible(_REPLY_WARMTH, tokens)))


def _agreeing_opener(words: list[Token]) -> bool:
    """A reply that opens by agreeing ("Exactly.", "This!"), not by scorn ("Exactly what you'd
    expect from ...", "Typical of the kind of people who ...")."""
    return words[0].lower in _REPLY_OPENERS and not (
        len(words) > 1 and words[1].lower in WH_WORDS | {"the", "like"}
        and any(t.stem == "expect" for t in words[:8]))


# An information question to a commenter ("@Dee do you know where ...?", "Is there a link?").
_ASKING_SUBJECTS = frozenset({"you", "anyone", "anybody", "there", "it", "this", "that", "they", "she", "he"})


MAX_WH_ASKING = 4  # words of a wh-question reply that may only ask ("which chains?")
_ASKING_WH = frozenset({"which", "what", "when", "where"})  # not "why", "who pays ...?", "how so?"
# Words that make a wh-question argue ("where is the money supposed to come from then?").
_RHETORICAL = frozenset({"exactly", "supposed", "even", "else", "really", "then", "so", "actually",
                         "honestly", "proof", "evidence", "source", "point"})


def _asks(tokens: list[Token]) -> bool:
    """A reply that only asks for information: every sentence a question, the first opened by an
    auxiliary and a plain subject ("do you know", "is there") or a short which / what / when /
    where question ("which ones?", not "where's the proof?"), no negator, nothing hostile."""
    sentences = [s for s in _sentences(tokens) if any(t.stem[:1].isalnum() for t in s)]
    if not sentences or any(s[-1].text != "?" for s in sentences):
        return False
    words = _after_conjunctions([t for t in sentences[0]
                                 if t.stem[:1].isalnum() and not t.lower.startswith("@")])
    if len(words) < 2:
        return False
    if words[0].lower in _ASKING_WH:  # "which chains?", "what was the score?"
        if len(words) > MAX_WH_ASKING or any(t.lower in _RHETORICAL for t in words):
            return False
    elif words[0].lower not in AUXILIARIES or words[1].lower not in _ASKING_SUBJECTS:
        return False
    return not any(t.stem in NEGATORS or t.lower == "ever" for t in tokens) and _compound(
        " ".join(t.text for t in tokens)) > -0.05


def _only_asks(tokens: list[Token]) -> bool:
    """Whether every sentence of a comment is a question that only asks (_asks_question)."""
    sentences = [s for s in _sentences(tokens) if any(t.stem[:1].isalnum() for t in s)]
    return bool(sentences) and all(_asks_question(s) for s in sentences)


def reply_tone(text: str) -> str:
    """How a reply treats the commenter it answers: "agree", "hostile", "ask" (an information
    question) or "none"."""
    tokens = _text_tokens(text)
    if _asks(tokens):
        return "ask"
    return _tone(tokens, False)


# The words that speak to the commenter a reply answers ("you're wrong", "your point"): hostility in a
# reply that has them is aimed at the commenter.
_SECOND_PERSON = frozenset({"you", "your", "you're", "youre", "yours", "yourself", "you've", "you'd",
                            "you'll", "u", "ya"})
# A contrast after agreement takes it back or goes on to another point ("True about the parking. X
# are liars though"): the agreement was with that point only.
_TAKES_BACK = frozenset({"but", "howev", "though", "although", "yet", "still"})


def answer_tone(text: str, answered: str = "") -> str:
    """How a reply treats the comment it answers (its text `answered`), for giving that comment a
    side (enrich/replies.py): reply_tone narrowed to the commenter. Hostility counts ("hostile")
    only when aimed at the commenter: a reply that speaks to them ("you", "your"), opens with a
    rebuff ("No,", "Rubbish,") or says a stock line of hostility not after words it quotes, or whose
    ill feeling comes with a question, with "that's" about what they said, or with their own words
    taken up ("empty plots" - "they're empty because ..."). Ill feeling with none of these is aimed
    at a side ("at a side"), as is rubbishing someone the reply quotes. Agreement that a contrast
    follows ("true about the parking, X are liars though") grants one point and goes on ("grants");
    else "agree", "ask" or "none" as reply_tone."""
    tokens = _text_tokens(text)
    if _asks(tokens):
        return "ask"
    tone = _tone(tokens, False)
    if tone == "agree":
        return "grants" if any(t.stem in _TAKES_BACK or t.lower in _TAKES_BACK for t in tokens) else "agree"
    if tone != "hostile":
        return tone
    words = [t for t in tokens if t.stem[:1].isalnum() and not t.lower.startswith("@")]
    if any(t.lower in _SECOND_PERSON for t in words):
        return "hostile"
    if _after_conjunctions(words)[:1] and _after_conjunctions(words)[0].lower in _REPLY_REBUFFS:
        return "hostile"
    quote = _QUOTE.search(text)  # single quotes too ('nobody will miss it'), which tokens do not mark
    before = _text_tokens(text[:quote.start()]) if quote else tokens
    if any(_find(p, before) for p in _possible(_REPLY_HOSTILITY, before)):
        return "hostile"
    if (any(t.text == "?" for t in tokens) or words[0].lower in _POINTING
                          or _takes_up(tokens, answered)):
        return "hostile"
    return "at a side"


# A reply opening on what its commenter said ("That's a fair worry, but ...").
_POINTING = frozenset({"that's", "thats", "that"})


def _takes_up(tokens: list[Token], answered: str) -> bool:
    """Whether a reply takes up a word of the comment it answers (four letters or more, not a
    stopword: "19 empty plots" - "they're empty because ...")."""
    said = {t.stem for t in _text_tokens(answered) if _telling(t)}
    return any(_telling(t) and t.stem in said for t in tokens)


def _telling(token: Token) -> bool:
    return len(token.lower) >= 4 and token.lower.isalpha() and token.lower not in _COMMON


# Words of four letters or more too common to show a reply taking up what its commenter said.
_COMMON = frozenset({
    "that", "this", "with", "have", "they", "them", "their", "there", "then", "than", "were", "what", "when",
    "where", "which", "while", "would", "could", "should", "about", "from", "your", "yours", "just", "like",
    "been", "being", "only", "more", "most", "some", "into", "also", "very", "will", "because", "does",
    "even", "ever", "much", "many", "other", "these", "those", "here", "said", "says", "know", "think",
    "really", "people", "thing", "things", "still", "again", "after", "before", "over", "every", "dont",
    "didnt", "cant", "wont", "isnt", "thats", "theyre", "youre", "well", "make", "made", "going", "want"})


# A comment that corrects a fact: its own words ("To correct the article", "For the record"), or a
# figure put right ("in 2009, not 2011").
_CORRECTING = re.compile(r"\b(?:to correct|correction|for the record|to clarify|fact[- ]?check)\b"
                         r"|\d\s*,?\s+not\s+(?:in\s+)?\d")


def asks_or_corrects(text: str) -> bool:
    """Whether a comment opens by asking for information ("Does anyone know if it's on Friday?") or
    corrects a fact ("it opened in 2009, not 2011"): it argues for no side, whatever a reply says."""
    sentences = [s for s in _sentences(_text_tokens(text)) if any(t.stem[:1].isalnum() for t in s)]
    return (bool(sentences) and _asks_question(sentences[0])) or _CORRECTING.search(text.lower()) is not None


# A quoted run in double or single quotes (not an apostrophe inside a word).
_QUOTE = re.compile(r"(?<!\w)['‘\"“][^'’\"”\n]{2,}?['’\"”](?!\w)")


@dataclass
class _Thread:
    """What a document's comments so far tell about their commenters, kept in dictionaries so
    each comment costs the same however long the thread is."""

    config: CorpusConfig
    taken: frozenset[str]
    by_key: dict[str, str] = field(default_factory=dict)        # name key -> commenter
    sides: dict[str, str] = field(default_factory=dict)         # commenter -> latest side
    addressed_by: dict[str, str] = field(default_factory=dict)  # commenter -> who last named them
    previous: tuple[str, str] | None = None                     # (author, stance) just before
    known: dict[str, str] = field(default_factory=dict)         # commenter -> side, whole thread
    accounts: dict[str, str] = field(default_factory=dict)      # a side's own account key -> side
    # commenter -> the tokens of their comments not yet read for runs, and the runs of those read
    # (_said_runs): each comment is read once, and only when a reply to its writer quotes something
    said: dict[str, list[Sequence[Token]]] = field(default_factory=dict)
    runs: dict[str, set[str]] = field(default_factory=dict)

    def addressed(self, capitals: Sequence[str], author: str) -> tuple[str, str] | None:
        """The commenter this comment answers (named, @handle, or who just named its author);
        capitals: the comment's capitalised words and @handles, lower-cased, in order."""
        for lower in capitals:
            other = self.by_key.get(lower)
            if other and other != author:
                return other, "names"
        named_me = self.addressed_by.get(author)
        if named_me and self.previous and self.previous[0] == named_me:
            return named_me, "answers"
        return None

    def said_by(self, commenter: str) -> set[str]:
        """The runs (_said_runs) of everything the commenter wrote so far in the thread."""
        runs = self.runs.setdefault(commenter, set())
        for tokens in self.said.pop(commenter, ()):
            runs |= _said_runs(tokens)
        return runs

    def record(self, author: str, stance: str, addressed: str | None,
               tokens: Sequence[Token] = ()) -> None:
        if tokens:
            self.said.setdefault(author, []).append(tokens)  # read (said_by) only when quoted
        for key in _name_keys(author, self.taken):
            self.by_key[key] = author
        if stance != NEUTRAL:
            self.sides[author] = stance
        if addressed:
            self.addressed_by[addressed] = author
        self.previous = (author, stance)


def _said_runs(tokens: Sequence[Token]) -> set[str]:
    """What a comment wrote in its own words, as a later quote of it is matched: its content words'
    stems and its runs of words (line_grams; a run does not cross a sentence's end or a quote
    mark). Not what it quotes: a line it held up from a side is that side's, not the writer's."""
    return {t.stem for t in tokens if t.content and not t.quoted} | token_runs(tokens, skip_quoted=True)


def _quotes_back(tokens: list[Token], thread: _Thread, commenter: str) -> bool:
    """_quotes_them with what the answered commenter wrote (read only when the reply quotes
    something), unless the reply approves the words it quotes ("Could not have put it better")."""
    if not any(t.quoted for t in tokens) or not (commenter in thread.said or thread.runs.get(commenter)):
        return False
    if not _quotes_them(tokens, thread.said_by(commenter)):
        return False
    return not _approves_a_line([_SentenceView(sentence, []) for sentence in _sentences(tokens)])


def _quotes_them(tokens: Sequence[Token], said: set[str] | None) -> bool:
    """Whether a reply puts in quotes words the commenter it answers wrote (""Vegetable patches".
    That's people's food, Paul"): held up to be answered, not taken up. A one-word quote must be a
    content word they used, held up on its own (""Floating". Easy to say", not "the "morning"
    bus"); a longer one must repeat at least half its runs of words from them. A quote in a
    question that asks what it means ("What do you mean by "..."?") only asks."""
    if not said:
        return False
    tokens = list(tokens)
    for start, span in _quoted_spans(tokens):
        if len(span) == 1 and not (span[0].content and _held_up_alone(tokens, start)):
            continue
        if _asks_its_meaning(tokens, start):
            continue
        stems = [t.stem for t in span]
        grams = line_grams(stems) or stems
        if 2 * sum(g in said for g in grams) >= len(grams):
            return True
    return False


_AFTER_A_HELD_WORD = frozenset({".", "?", "!", ",", "-", "\u2013", "\u2014", "\u2026", ":", ";"})


def _held_up_alone(tokens: list[Token], start: int) -> bool:
    """Whether the quote whose first word is at `start` ends where its clause ends (""Floating".",
    "Eilidh, "nothing"?") and no article makes it a word of the sentence ("the "morning" bus", "in
    the "morning".")."""
    closing = next((at for at in range(start + 1, len(tokens)) if not tokens[at].quoted), len(tokens))
    after = tokens[closing + 1] if closing + 1 < len(tokens) else None
    before = start - 2 if start > 0 and tokens[start - 1].text == '"' else start - 1
    return (after is None or after.text in _AFTER_A_HELD_WORD) and not (
        before >= 0 and tokens[before].lower in {"the", "a", "an"})


_MEANING = frozenset({"mean", "meant", "defin"})  # stems: "what do you mean by", "define"


def _asks_its_meaning(tokens: list[Token], start: int) -> bool:
    """Whether the quote whose first word is at `start` sits in a question about what words mean ("What do you
    mean by "..."?", "How do you define "..."?")."""
    lo = next((at + 1 for at in range(start - 1, -1, -1) if tokens[at].ends), 0)
    hi = next((at for at in range(start, len(tokens)) if tokens[at].ends), len(tokens) - 1)
    return tokens[hi].text == "?" and any(t.stem in _MEANING and not t.quoted for t in tokens[lo:hi])


def _capitals(tokens: list[Token]) -> list[str]:
    """The words that may name a commenter: capitalised ones and @handles, lower-cased."""
    return [t.lower for t in tokens if t.capital]


def _thread_evidence(own: _Evidence, tokens: list[Token], author: str, thread: _Thread,
                     prior: str | None, addressed: tuple[str, str] | None) -> _Additions:
    """What the comment's place in the thread adds to its own cues (tokens: its text, tokenised;
    addressed: the commenter it answers, from _Thread.addressed)."""
    config = thread.config
    ev = _Additions()
    if addressed:
        name, how = addressed
        their = thread.sides.get(name) or thread.known.get(name)
        tone = _tone(tokens, bool(own.cues)) if their else "none"
        if their and tone == "none" and _quotes_back(tokens, thread, name):
            tone = "hostile"
        if their and tone != "none":
            verb = THREAD_REPLY_VERBS["agree" if tone == "agree" else how]
            _for(ev, their, tone == "agree", W_REPLY,
                 THREAD_REPLY_CUE.format(verb=verb, target=name, theirs=_side_name(their, config)), config)
    account = _own_account(author, thread.accounts)
    if account is not None:  # a side's own account in the thread ("dexmorleyart", "Blackmoor Estate")
        ev.add(account, W_OWN_ACCOUNT, f"written by {_side_name(account, config)}'s own account")
    if (not own.cues and thread.previous and thread.previous[0] == author
            and thread.previous[1] != NEUTRAL and _untargeted_verdict(tokens)):
        ev.add(thread.previous[1], W_CONTINUATION,
               f"continues the same author's previous comment, which sided with "
               f"{_side_name(thread.previous[1], config)}")
    # A commenter's side carries to their comments that touch the story (a name or a word of either
    # side's claims), unless the comment only asks a question or weighs both sides.
    # Small talk ("Thanks Lorna!", "Source? Genuinely asking.") that names nobody speaks to the
    # conversation, not the story, so it takes no side from the commenter's others either.
    if prior and not _only_asks(tokens) and (own.cues or ev.items or own.touched or (
            own.on_topic and not own.hedged and not _small_talk(tokens))):
        ev.add(prior, W_AUTHOR, f"the same commenter's other comments side with {_side_name(prior, config)}")
    return ev


# A first sentence of thanks ("Thanks Lorna!", "Cheers mate.", "Thank you so much!") or a bare
# request for a source ("Source?", "Got a link?"): small talk, at most this many words.
_THANKS = frozenset({"thanks", "thank", "cheers", "ta", "thx"})
_SOURCE_WORDS = frozenset({"source", "sources", "link", "links", "citation", "proof"})
MAX_SMALL_TALK = 4


def _small_talk(tokens: list[Token]) -> bool:
    """Whether a comment opens with small talk: its first sentence a short thanks ("Thanks Lorna!",
    "Thank you!") or a short request for a source ("Source?", "Any link?"), not "Thanks for
    nothing" nor "Thank God they ..." (a verdict)."""
    sentences = [s for s in _sentences(tokens) if any(t.word for t in s)]
    if not sentences:
        return False
    words = [t for t in sentences[0] if t.word and not t.lower.startswith("@")]
    if not words or len(words) > MAX_SMALL_TALK:
        return False
    if words[0].lower in _THANKS:
        return not any(t.lower in {"for", "god", "goodness", "heaven", "heavens"} for t in words[1:])
    return sentences[0][-1].text == "?" and any(t.lower in _SOURCE_WORDS for t in words)


W_OWN_ACCOUNT = 2.0  # a comment posted by a side's own account (see _accounts)
_ACCOUNT_KEY = re.compile(r"[\W_]+")
_MIN_ACCOUNT_KEY = 4  # shorter keys match too much by chance


def _own_account(author: str, accounts: dict[str, str]) -> str | None:
    """The side whose own account wrote a comment (accounts: from _accounts), written with or
    without spaces, case and marks ("Open Paths Alliance", "@dexmorleyart" for the handle
    "@DexMorleyArt"); None for anyone else."""
    key = _account_key(author)
    return accounts.get(key) if len(key) >= _MIN_ACCOUNT_KEY else None


@lru_cache(maxsize=1 << 14)
def _account_key(author: str) -> str:
    """An author's name squashed for _own_account (kept: a thread's authors recur in every pass)."""
    return _ACCOUNT_KEY.sub("", author.casefold())


def _accounts(config: CorpusConfig) -> dict[str, str]:
    """Each side's account keys (its full name, handles and aliases of two words or more, squashed)
    to its id; a key two sides share is nobody's."""
    owners: dict[str, set[str]] = {}
    for side in config.sides:
        person = side.person
        # a first name alone ("Nora") is any commenter's
        for name in (person.name, *person.handles, *(a for a in person.aliases if len(a.split()) > 1)):
            key = _ACCOUNT_KEY.sub("", name.casefold())
            if len(key) >= _MIN_ACCOUNT_KEY:
                owners.setdefault(key, set()).add(side.id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _untargeted_verdict(tokens: list[Token]) -> bool:
    """An agreement or disagreement phrase that names nobody ("Well said!!")."""
    return any(_find(p, tokens) for p in _possible(_VERDICT_PHRASES, tokens))


def _priors(authors: Sequence[str], own: Sequence[StanceResult]) -> list[str | None]:
    """For each comment, the side of its author's other comments when they all agree."""
    counts: dict[str, Counter[str]] = {}
    for author, result in zip(authors, own, strict=True):
        if result.stance != NEUTRAL:
            counts.setdefault(author, Counter())[result.stance] += 1
    out: list[str | None] = []
    for author, result in zip(authors, own, strict=True):
        theirs = counts.get(author)
        # The author's sides without this comment's own (NEUTRAL is never counted).
        sides = [s for s, n in theirs.items() if n - (s == result.stance) > 0] if theirs else []
        out.append(sides[0] if len(sides) == 1 else None)
    return out


SETTLED_CONFIDENCE = 0.9  # of a comment that speaks for no side whatever its words


def _classify_thread(texts: Sequence[str], authors: Sequence[str], config: CorpusConfig, claims: "Claims",
                     settled: Sequence[str] | None = None) -> list[StanceResult]:
    """One document's comments in thread order: own text first, then thread structure, twice, so
    that a commenter's side shown later in the thread also informs replies to them. `settled`
    gives, for each comment that speaks for no side whatever its words (spam, the outlet's own),
    the reason ("" for the others): it is neutral, and neither it nor a reply to it takes a side
    from its words."""
    settled = settled if settled is not None else [""] * len(texts)
    tokens: dict[str, tuple[list[Token], list[str]]] = {}  # each distinct text tokenised once
    own: dict[str, _Evidence] = {}
    for text in texts:
        if text not in own:
            words = _text_tokens(text) if text.strip() else []
            tokens[text] = words, _capitals(words)
            own[text] = _own_evidence_kept(text, words, config, claims) if text.strip() else _Evidence()
    own_ev = [_Evidence() if why else own[t] for t, why in zip(texts, settled, strict=True)]
    own_results = [StanceResult(NEUTRAL, SETTLED_CONFIDENCE, why) if why else _decide(e, config)
                   for e, why in zip(own_ev, settled, strict=True)]
    priors = _priors(authors, own_results)  # from what each comment says itself
    results, used = own_results, None
    for _ in range(2):
        known = _known_sides(authors, results)
        if known == used:
            break  # what the last pass was given: it would give the same results again
        results = _thread_pass(texts, tokens, authors, (own_ev, own_results), priors, known, config, settled)
        used = known
    return results


OWN_KEPT = 1 << 14  # distinct comment texts whose own evidence is kept across documents
# text -> (config, claims, its own evidence under them); each entry names what it was worked out
# with, so builds in two threads with other claims never read each other's.
_own_kept: dict[str, tuple[CorpusConfig, "Claims", _Evidence]] = {}


def _own_evidence_kept(text: str, tokens: list[Token], config: CorpusConfig, claims: "Claims") -> _Evidence:
    """_own_evidence_of a comment text (tokens: its tokens), kept for the same text in the next
    documents classified with the same config and claims (stock reactions and reposts recur across
    a corpus); callers must not change it."""
    kept = _own_kept.get(text)
    if kept is not None and kept[0] is config and kept[1] is claims:
        return kept[2]
    ev = _own_evidence_of(tokens, config, claims)
    if len(_own_kept) >= OWN_KEPT:
        _own_kept.clear()
    _own_kept[text] = (config, claims, ev)
    return ev


def _known_sides(authors: Sequence[str], results: Sequence[StanceResult]) -> dict[str, str]:
    """Commenters whose decided comments all take one side."""
    seen: dict[str, set[str]] = {}
    for author, result in zip(authors, results, strict=True):
        if result.stance != NEUTRAL:
            seen.setdefault(author, set()).add(result.stance)
    return {a: next(iter(s)) for a, s in seen.items() if len(s) == 1}


def _thread_pass(texts: Sequence[str], tokens_of: dict[str, tuple[list[Token], list[str]]],
                 authors: Sequence[str], own: tuple[Sequence[_Evidence], Sequence[StanceResult]],
                 priors: Sequence[str | None], known: dict[str, str],
                 config: CorpusConfig, settled: Sequence[str]) -> list[StanceResult]:
    """One pass over a document's comments in order (own: each comment's own evidence and the
    decision on it alone, which stands when the thread adds nothing; settled: see _classify_thread)."""
    thread = _Thread(config, _lexicon(config).figure_words, known=known, accounts=_accounts(config))
    results: list[StanceResult] = []
    for text, author, ev, alone, prior, why in zip(texts, authors, *own, priors, settled, strict=True):
        addressed = None
        if why:
            result = alone  # neutral whatever the thread says
        elif not text.strip():
            result = StanceResult(NEUTRAL, 1.0, "Empty comment: nothing to take a side with.")
        else:
            tokens, capitals = tokens_of[text]
            hit = thread.addressed(capitals, author)
            addressed = hit[0] if hit else None
            added = _thread_evidence(ev, tokens, author, thread, prior, hit)
            result = _decide(added.onto(ev), config) if added.items else alone
        results.append(result)
        thread.record(author, result.stance, addressed,
                      tokens_of[text][0] if text.strip() and not why else ())
    return results


def comment_texts(comments: pd.DataFrame) -> list[str]:
    """The texts of a comments frame that count for the topic (missing texts do not)."""
    return [t for t in comments["text"].tolist() if isinstance(t, str)] if "text" in comments else []


def _classify_all(comments: pd.DataFrame, config: CorpusConfig, statements: pd.DataFrame | None,
                  claims: "Claims | None" = None,
                  settled: pd.Series | None = None) -> dict[object, StanceResult]:
    """The result of every comment by index, thread order per document; the claims are built
    from the whole frame unless given (then nothing corpus-wide is computed); settled: the reason
    each comment speaks for no side ("" for none), by index (_classify_thread)."""
    if claims is None:
        claims = Claims.build(config, statements, comment_texts(comments))
    ordered = _thread_order(comments)
    why = None if settled is None else settled.reindex(ordered.index).fillna("").astype(str).tolist()
    docs = ordered["doc_id"].tolist()
    # tolist: the same values as iterating the column, without a scalar per row (Arrow strings)
    texts = [str(t) if isinstance(t, str) else "" for t in ordered["text"].tolist()]
    authors = [str(a) for a in ordered["author"].tolist()]
    index = ordered.index.tolist()
    rows: dict[object, StanceResult] = {}
    with collector_paused():
        for start, stop in _runs(docs):  # sorted by document, so each one's comments are a run
            if pd.isna(docs[start]):
                continue  # no document: no thread (as groupby leaves such rows out)
            results = _classify_thread(texts[start:stop], authors[start:stop], config, claims,
                                       None if why is None else why[start:stop])
            rows.update(zip(index[start:stop], results, strict=True))
    return rows


def _thread_order(comments: pd.DataFrame) -> pd.DataFrame:
    """The comments sorted by document and position (a stable sort, so a frame already in that
    order, as one document's comments usually are, is returned as it is without sorting)."""
    docs, positions = comments["doc_id"], comments["position"]
    if not (docs.isna().any() or positions.isna().any()):
        keys = list(zip(docs.tolist(), positions.tolist(), strict=True))
        try:
            if all(a <= b for a, b in zip(keys, keys[1:], strict=False)):
                return comments
        except TypeError:  # keys of mixed types: let pandas order them
            pass
    return comments.sort_values(["doc_id", "position"])


def _runs(keys: list[object]) -> list[tuple[int, int]]:
    """(start, stop) of each run of equal keys."""
    bounds = [at for at in range(1, len(keys)) if keys[at] != keys[at - 1]]
    return list(zip([0, *bounds], [*bounds, len(keys)], strict=True)) if keys else []


def stance_scores(comments: pd.DataFrame, config: CorpusConfig, statements: pd.DataFrame | None = None,
                  claims: "Claims | None" = None) -> pd.DataFrame:
    """Each side's summed cue score per comment (one column per side id), as classify_comments
    weighs them before deciding; 0 where a side has no cue."""
    rows = _classify_all(comments, config, statements, claims)
    return pd.DataFrame({side: [rows[i].scores.get(side, 0.0) for i in comments.index]
                         for side in config.side_ids()}, index=comments.index, dtype=float)


# The column of classify_comments that says how many sides each comment's cues backed (StanceResult.backed,
# missing where none were weighed): for the reply rules, which must not read the reason's words; it is
# no column of the built tables
BACKED_COLUMN = "stance_backed"


def classify_comments(comments: pd.DataFrame, config: CorpusConfig, statements: pd.DataFrame | None = None,
                      claims: "Claims | None" = None, settled: pd.Series | None = None) -> pd.DataFrame:
    """stance, stance_confidence and stance_reason for each comment, thread order per document, and
    BACKED_COLUMN (StanceResult.backed, for the reply rules);
    the statements table (speaker, text), when given, adds each side's own words to its claims.
    With `claims` (the corpus's, from Claims.from_counts) those are used and statements ignored, so
    each document may be classified on its own with the same result as the whole corpus at once.
    `settled` (same index as comments) gives the reason a comment speaks for no side whatever
    its words ("" for the others): it is neutral with that reason, and no reply takes a side from it."""
    rows = _classify_all(comments, config, statements, claims, settled)
    return pd.DataFrame({
        "stance": [rows[i].stance for i in comments.index],
        "stance_confidence": [rows[i].confidence for i in comments.index],
        "stance_reason": [rows[i].reason for i in comments.index],
        BACKED_COLUMN: pd.array([rows[i].backed for i in comments.index], dtype="Int64"),
    }, index=comments.index)
