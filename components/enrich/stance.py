"""Stance: which side of the controversy a comment takes, with the cues that decided it.

General cues only; everything story-specific (names, aliases, pronouns, claims) comes from the
corpus config. Text is matched on tokens and Snowball stems, so "Commutes" meets the cue
"commute", "He's completely right" meets "is right" and "isn't right" is read as negated.
Scores add up per side; the best side wins when it clears a margin. Thread structure (replies
to a named commenter, a commenter's side across their comments) adds evidence in the same way.
"""

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter
from typing import NamedTuple

import pandas as pd
import snowballstemmer

from ..core.config import CorpusConfig, Person, Side
from ..core.repair import CACHED_LENGTH, normalise_text
from .sentiment import analyzer
from .speed import collector_paused
from .words import STOPWORDS

__all__ = ["Claims", "StanceResult", "classify_stance", "classify_comments", "stance_scores", "NEUTRAL",
           "tokenise", "topic_counts", "comment_texts", "reply_tone"]

NEUTRAL = "neutral"

# Sentence-level phrases that agree with whoever the sentence is about (general English).
AGREEMENT_PHRASES: tuple[str, ...] = (
    "well said", "valid point", "good point", "fair point", "makes sense", "spot on", "on point",
    "brought some sense", "nothing wrong", "has a point", "makes a point", "exactly right",
    "thank you", "good for", "bravo", "respect", "nailed it", "hats off", "kudos", "props to",
    "couldn't agree more", "common sense", "voice of reason", "makes the most sense",
    "good on", "fair play to", "behind you", "stand with", "istandwith", "standwith", "well done",
    "legend", "queen", "icon", "deserves better", "every right", "within their rights",
    "within its rights", "within her rights", "within his rights", "doing its job",
    "doing their job", "doing her job", "doing his job", "talented", "let's go", "go girl",
    "give her a chance", "give him a chance", "give them a chance", "give it a chance",
    "did the right thing", "did the sensible thing", "did the decent thing", "did the responsible thing",
    "credit to", "feel sorry for", "feel for", "sympathy for", "hung out to dry", "thrown under the bus",
    "deserves an apology", "owed an apology", "deserves credit", "deserves respect", "class act",
    "in the right", "rooting for", "right call", "entitled to", "handled it with", "solidarity with",
    "doesn't owe", "don't owe", "owes nobody", "owes no one", "done dirty", "hard done by", "stitched up",
    "scapegoated", "made a scapegoat", "heartbreaking", "gutted for", "so sad for", "poor woman", "poor man",
    "poor guy", "poor girl", "poor lad", "give him a break", "give her a break", "give them a break",
    "cut him some slack", "cut her some slack", "leave him alone", "leave her alone",
    "talking sense", "talks sense", "speaks sense", "speaking sense", "speaks for me", "speaking for me",
    "did what they had to", "did what she had to", "did what he had to", "did what it had to",
    "said what every", "says what every", "saying what every", "what everyone was thinking",
    "what everyone is thinking", "what we were all thinking", "what we're all thinking",
    "only adult in the room", "only grown-up in the room",
    "more power to", "gets my vote", "got my vote", "has my vote", "has my support", "full support",
    "growing a spine", "grew a spine", "grown a spine", "has a spine", "the guts to", "has guts",
    "has a backbone", "showed backbone", "credit where", "always been straight with", "stood up for",
    "standing up for", "stands up for", "stand up for",
    "took a stand", "taking a stand", "fair enough", "in the clear", "vindicated",
)
# Sarcasm that reads as its opposite; checked before the agreement phrases it contains.
SARCASM_PHRASES: tuple[str, ...] = (
    "make it make sense", "yeah right", "good luck with that", "cry me a river", "very generous",
    "how generous", "so generous", "funny how", "funny that", "strange how", "interesting how",
    "amazing how", "convenient how", "how convenient", "what a surprise", "shocker", "oh sure",
    "yeah because", "sure jan", "great way to", "what a way to", "happy enough to", "happy to take",
    "with a straight face", "weird how", "odd how", "curious how", "gotta love how", "got to love how",
    "of course they did", "of course he did", "of course she did", "of course it did", "coordinated much",
    "what a coincidence", "surprise surprise", "imagine being", "is this the same", "isn't this the same",
    "my heart bleeds",
)
# Sentence-level phrases that disagree with, or insult, whoever the sentence is about.
DISAGREEMENT_PHRASES: tuple[str, ...] = (
    "shut up", "tone deaf", "doesn't get it", "clueless", "idiot", "tool", "douche", "jerk",
    "hypocrite", "moron", "ass-hole", "asshole", "needs attention", "get attention", "pathetic",
    "disgusting", "ashamed of", "anything wrong", "clown", "fool", "loser", "kisses his own ass",
    "kisses her own ass", "full of it", "out of touch", "entitled", "condescension",
    "condescending", "ridiculous", "delusional", "out of line", "garbage", "trash", "creepy",
    "shameful", "give me a break", "has no idea", "no idea what", "should stick to", "stay in your lane",
    "get headlines", "publicity stunt", "for publicity", "for attention", "hypocritical",
    "shame on", "should be ashamed", "disgrace", "villain", "bad guy", "whining", "whinging",
    "moaning", "play the victim", "playing the victim", "plays the victim", "greedy", "greed",
    "rip off", "ripped off", "scam", "cartel", "corrupt", "shambles", "dinosaur", "bully", "bullies",
    "liar", "lying", "dodgy", "cash grab", "crybaby", "sore loser", "spoilt", "spoiled brat",
    "incompetent", "useless", "arrogant", "smug", "couldn't organise", "couldn't organize",
    "my backside", "my arse", "my ass", "gambled", "excuse", "excuses", "disgraceful", "ransom",
    "grow up", "lost the plot", "prima donna", "diva", "stinks", "overpaid", "be sacked", "be fired",
    "be banned", "be jailed", "be prosecuted", "held accountable", "resign", "step down", "coward",
    "snake", "liability", "deluded", "in the wrong", "sick of", "fed up with",
    "tired of", "get rid of", "wrong call", "tells you everything", "tells you all you need",
    "bigger than the", "above the law", "what did he expect", "what did she expect",
    "what did they expect", "who does he think", "who does she think", "who do they think",
    "get over yourself", "give it a rest", "punching down", "classy", "low move", "low blow", "petty",
    "unprofessional", "cringe", "childish", "vindictive", "spiteful", "bitter", "scourge",
    "loves the attention", "attention seeker", "attention seeking", "loves the spotlight", "ego",
    "egotistical", "narcissist", "narcissistic", "typical", "spare us", "drama queen", "out of spite",
    "bunch of", "says it all", "hypocrisy", "free publicity", "using this for", "good riddance",
    "for clicks", "for the clicks", "clout chasing", "clout",
    "had it coming", "deserved it", "ban deserved", "shameless", "hiding behind", "can't admit",
    "got it wrong",
    "lost my respect", "lost a fan", "lost a customer", "lost my vote", "lost a lot of",
    "grandstanding", "posturing", "virtue signalling", "virtue signaling", "point scoring", "point-scoring",
    "playing politics", "pure politics",
    "thin ice", "cesspit", "cesspool", "crying about", "suddenly cares", "suddenly care",
    "zero credibility", "no credibility", "lost all credibility", "any credibility", "no integrity",
    "moved the goalposts", "moving the goalposts", "move the goalposts", "shifting the goalposts",
    "pretending to be", "so-called", "puppet", "in the pocket of", "bought and paid for", "nice try",
    "weasel words", "damage control", "hatchet job", "axe to grind", "sour grapes", "tantrum", "hissy fit",
    "meltdown", "doubling down", "doubled down", "self-serving", "no accountability", "zero accountability",
    "no shame", "this one's on you", "this one is on you", "this one's on her", "this one's on him",
    "this one's on them", "is a handful", "was a handful", "been a handful", "nightmare to work with",
    "difficult to work with", "no backbone", "gaslighting", "smear campaign", "sob story", "mouthpiece",
    "spin doctor",
    "pr stunt", "exaggerating", "overreacting", "making it up", "blowing it out of proportion",
    "out of proportion", "storm in a teacup", "does anyone believe", "anyone seriously believe",
    *SARCASM_PHRASES,
)
_VERDICT_PHRASES = (*AGREEMENT_PHRASES, *DISAGREEMENT_PHRASES)
# "<person> talking about ...": a sentence that only names someone at their talk mocks them.
MOCKING_GERUNDS = frozenset({"talking", "lecturing", "preaching", "moaning", "whining", "crying",
                             "complaining", "banging", "waffling", "pretending", "acting"})
# "<person> treating adults like schoolchildren.": a verbless sentence holding an act up to scorn.
MOCKING_ACTS = frozenset({"treating", "telling", "blaming", "lecturing", "pretending", "playing", "calling",
                          "taking",
                          "saying", "claiming", "throwing"})
# Phrases that weigh both sides: the comment's cues count for half.
HEDGES: tuple[str, ...] = ("hard to know who", "both sides", "no winners", "six of one",
                           "hard to say who", "fault on both", "both have a point",
                           "not sure what i think", "meet in the middle", "can see both",
                           "nobody's clean", "nobody is clean", "no one is clean", "no one's clean",
                           "nobody comes out of this well", "nobody comes out well", "whoever is right",
                           "whoever's right", "both as bad", "as bad as each other",
                           "not so sure about", "both come out of this badly", "both come out badly",
                           "both of them come out of this", "both of them come out badly",
                           "both of them come out looking", "both things can be true", "both can be true",
                           "both at fault", "both to blame", "both in the wrong", "neither side",
                           "neither of them", "plague on both")
# The names people call someone they think right, or wrong (after "<person> is ...").
_CALLED_RIGHT: tuple[str, ...] = (
    "saint", "gem", "star", "treasure", "national treasure", "top bloke", "diamond", "gentleman",
    "role model", "inspiration", "breath of fresh air", "real deal", "good egg")
_CALLED_WRONG: tuple[str, ...] = (
    "monster", "tyrant", "dictator", "muppet", "numpty", "plonker", "halfwit", "buffoon", "charlatan",
    "grifter", "weasel", "parasite", "thug", "prat", "nutter", "crank", "snob", "control freak",
    "laughing stock", "embarrassment", "menace", "sellout", "sell-out", "crook", "chancer", "con artist")
# Predicates after "<person> is ...": the person is right, or wrong.
RIGHT_WORDS: tuple[str, ...] = ("right", "correct", "spot on", "on point", "on to something",
                                "onto something", "a genius", "a hero", "brave", "smart",
                                "the voice of reason", "the only one", "in the right", "a class act",
                                "the only adult", "the only grown-up", "the only grown up", "the only sane",
                                "talking sense", "making sense",
                                "the victim", "innocent", "decent", "a good man", "a good guy",
                                "a good person", "one of the few", "one of the good ones", "one of the best",
                                "doing the right thing",
                                "doing the sensible thing", "doing the decent thing",
                                "doing the responsible thing", *_CALLED_RIGHT, "credit to")
WRONG_WORDS: tuple[str, ...] = ("wrong", "mistaken", "incorrect", "out of line", "a hypocrite",
                                "an idiot", "a joke", "a fraud", "full of it", "delusional", "off base",
                                "to blame", "at fault", "in the wrong", "a disgrace", "a liar",
                                "a bully", "a coward", "a dinosaur", "the problem", "not exactly",
                                "on a power trip", *_CALLED_WRONG)
# Verbs whose object is the person agreed or disagreed with ("I agree with him").
AGREE_VERBS: tuple[str, ...] = ("agree with", "side with", "stand with", "support", "back",
                                "applaud", "admire", "love", "defend", "behind", "i'm with",
                                "credit to", "feel for", "feel sorry for", "rooting for", "w", "massive w")
DISAGREE_VERBS: tuple[str, ...] = ("disagree with", "blame", "hate", "despise", "can't stand", "sack",
                                   "sick of", "tired of", "fed up with", "get rid of", "boycott", "l",
                                   "delete", "uninstall", "ditch",
                                   "massive l")
# The names people call someone, nouns that may also name a kind of the noun after them: "a star witness",
# "a treasure hunter", "a crank shaft" call nobody anything; "a star, honestly", "a gem of a ref" do.
CALLED_NAMES = frozenset("be " + w for w in (*_CALLED_RIGHT, *_CALLED_WRONG))
# Words that may follow such a name when it names the person (not a noun it qualifies).
_AFTER_A_NAME = frozenset({
    "of", "to", "in", "and", "or", "but", "who", "that", "which", "for", "as", "if", "because", "cos",
    "though", "tho", "imo", "imho", "tbh", "tbf", "too", "here", "there", "now", "again", "lol", "at",
    "on", "with", "among", "by", "from", "then", "so", "since", "when", "while", "anyway", "ever",
    "indeed", "mate", "the", "a", "an", "this", "she", "he", "they", "i", "we", "you", "it", "is", "was",
    "nowadays", "these", "days", "all", "through", "everyone", "everybody", "people", "anyone", "nobody",
    "someone", "some", "most", "many", "his", "her", "their", "our", "my", "your", "i'd", "you'd"})


def _qualifies_a_noun(phrase: str, tokens: Sequence["Token"], end: int) -> bool:
    """Whether a name someone is called is only a noun's qualifier ("Brandt is the star witness")."""
    if phrase not in CALLED_NAMES or end >= len(tokens):
        return False
    after = tokens[end].lower
    return after[:1].isalpha() and after not in _AFTER_A_NAME and not _modifier_word(after)


_BE_RIGHT = tuple("be " + w for w in RIGHT_WORDS)
_BE_WRONG = tuple("be " + w for w in WRONG_WORDS)
# "<A> schooled <B>", "<A> showed <B> who's boss": the subject wins, the object loses.
DEFEAT_VERBS: tuple[str, ...] = ("schooled", "owned", "destroyed", "demolished", "crushed",
                                 "slammed", "shut down", "shut", "humiliated", "embarrassed",
                                 "showed", "put", "roasted", "dragged", "beat", "wrecked", "exposed",
                                 "called out", "told off", "burned", "trolled", "clapped back at")
# Participles of a get-passive that are not adverse ("got paid", "got married").
NEUTRAL_PARTICIPLES = frozenset({"paid", "married", "elected", "promoted", "hired", "invited", "asked",
                                 "involved", "started", "used", "nominated", "interviewed", "dressed",
                                 "engaged", "chosen", "picked", "praised", "rewarded", "thanked"})
# Words that turn a cue around when they come shortly before it.
NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "hardly", "neither", "nor",
                      "without", "barely"})
# Words allowed between the words of a phrase ("is *so* wrong", "abolish *all* tipping").
MODIFIERS = frozenset({"so", "very", "just", "really", "quite", "totally", "completely", "absolutely",
                       "actually", "dead", "100%", "also", "still", "too", "even", "simply", "100",
                       "clearly", "obviously", "entirely", "definitely", "certainly", "probably",
                       "kind", "of", "sort", "pretty", "damn", "bloody", "fucking", "freaking",
                       "the", "a", "an", "all", "this", "that", "these", "those", "his", "her",
                       "their", "our", "some", "any", "more", "most", "much", "way", "its", "my",
                       "your", "absolute", "total", "utter", "complete"})
CONTRASTS = frozenset({"but", "however", "though", "although", "yet"})
CONDITIONALS = frozenset({"if", "unless", "wish"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", '"', "(", ")"})
_CLAUSE_EDGES = _CLAUSE_BREAKS | CONTRASTS  # where a clause ends: a mark or a "but"
LEADING_CONJUNCTIONS = frozenset({"and", "or", "but", "so", "then", "still"})
AUXILIARIES = frozenset({"be", "do", "doe", "did", "can", "could", "would", "will", "should", "shall",
                         "have", "has", "had", "may", "might", "must", "ca", "wo", "is", "are", "was",
                         "were", "am", "doesn", "don", "didn"})
WH_WORDS = frozenset({"who", "what", "why", "how", "where", "when", "which", "whose", "whom"})
MAX_GAP = 2               # modifier words allowed between two words of a phrase
NEGATION_WINDOW = 5       # a negator this many words before a cue, same clause, turns it around
SCARE_QUOTE_WORDS = 4     # a quoted run this short is a scare quote, not a quotation

# Weights: how much each kind of cue counts towards a side.
W_AGREEMENT = 2.0
W_DISAGREEMENT = 2.0
W_DEFEAT = 2.0
W_GET_PASSIVE = 1.0
W_SENTIMENT = 1.5       # times |compound| of a sentence aimed at a side
W_POSITION = 1.0        # each of a side's claims found in the comment
W_PRONOUN = 0.5         # cues aimed at a side only through a pronoun count this fraction
W_CONCEDED = 0.5        # cues before a contrastive "but" that the rest of the sentence contradicts
W_REPLY = 1.5
W_CONTINUATION = 1.0
W_HEDGED = 0.2          # every cue of a comment that weighs both sides ("hard to know who's right")
W_MEMBER = 1.0          # the commenter speaks as one of a side's people ("I'm a nurse")
W_AUTHOR = 0.6          # the same commenter's other comments, all on one side: a weak prior
MIN_SCORE = 0.45        # the winning side needs this much evidence ...
MIN_MARGIN = 0.3        # ... and this much more than the runner-up
_PRONOUN_FORMS = {"he": ("he", "him", "his", "himself"), "she": ("she", "her", "hers", "herself"),
                  "they": ("they", "them", "their")}
_PRONOUN_OF = {form: pronoun for pronoun, forms in _PRONOUN_FORMS.items() for form in forms}
_TOPIC = ""  # key of the comment's last named side person among the pronoun antecedents
_TOPIC_GROUP = "group"  # ... and the same person when they were named as a group ("nurses")
_TOPIC_ACTED_ON = "acted on"  # ... and when the last sentence about them told what was done to them
_COPULA = {"is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m"}
_CONTRACTIONS = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
_NOT_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
# Irregular English verb forms, read as their base form ("has done" meets "did the right thing").
_IRREGULAR = {form: base for base, forms in {
    "do": ("did", "done", "does"), "have": ("has", "had"), "make": ("made",), "say": ("said",),
    "get": ("got", "gotten"), "give": ("gave", "given"), "take": ("took", "taken"), "go": ("went", "gone"),
    "lose": ("lost",), "pay": ("paid",), "stand": ("stood",), "think": ("thought",), "tell": ("told",),
    "throw": ("threw", "thrown"), "hang": ("hung",), "sell": ("sold",), "buy": ("bought",),
    "bring": ("brought",), "find": ("found",), "keep": ("kept",), "leave": ("left",), "feel": ("felt",),
    "hold": ("held",), "know": ("knew", "known"), "see": ("saw", "seen"), "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"), "break": ("broke", "broken"), "choose": ("chose", "chosen"),
    "fall": ("fell", "fallen"), "forget": ("forgot", "forgotten"), "hide": ("hid", "hidden"),
    "lie": ("lied",), "mislead": ("misled",), "run": ("ran",), "sit": ("sat",), "win": ("won",),
    "steal": ("stole", "stolen"), "shake": ("shook", "shaken"), "swear": ("swore", "sworn"),
}.items() for form in forms}
_TOKEN = re.compile(
    r"@[\w-]+|\d+%|[^\W_]+(?:[-][^\W_]+)*(?:n't|'[a-z]+)?|n't|'[a-z]+|[?!.,;:\"()]", re.I)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str:
    if word.isascii() and word.isdigit():  # the stemmer leaves numbers as they are, slowly
        return word
    if word in _COPULA:
        return "be"
    if word == "n't":
        return "not"
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if word in _IRREGULAR:
        return str(_stemmer().stemWord(_IRREGULAR[word]))
    return str(_stemmer().stemWord(word))


@dataclass(frozen=True, slots=True)
class Token:
    """One word or mark: as written, lower-cased, stemmed, and whether it sits inside quotes."""

    text: str
    lower: str
    stem: str
    quoted: bool = False
    # Worked out once per word (tokens of a word are shared): a content word (_content), and a
    # capitalised word or @handle (may name a commenter).
    content: bool = field(default=False, compare=False)
    capital: bool = field(default=False, compare=False)
    pronoun: str = field(default="", compare=False)  # the pronoun it is a form of ("him": "he")
    word: bool = field(default=False, compare=False)  # a word, not a mark (its stem opens alphanumeric)
    ends: bool = field(default=False, compare=False)  # ends a sentence (".", "!", "?" outside quotes)
    modifier: bool = field(default=False, compare=False)  # a phrase's words may have it between them


def tokenise(text: str) -> list[Token]:
    """Words and marks of a text; contractions and possessives split ("isn't" → is, not)."""
    # No token spans a blank, so the text is read a blank-separated chunk at a time, each distinct
    # chunk matched once and its tokens kept (the same as matching the whole text).
    text = text.replace("\u2019", "'")
    if '"' not in text:  # nothing quoted: each chunk's tokens as kept, joined in C when all are
        chunks = text.split()
        known = list(map(_known_chunks[False].get, chunks))
        if None not in known:
            return list(chain.from_iterable(known))  # type: ignore[arg-type]
        return [t for chunk, found in zip(chunks, known, strict=True)
                for t in (found or _chunk_tokens(chunk, False))]
    tokens: list[Token] = []
    quoted = False
    for chunk in text.split():
        if '"' not in chunk:
            tokens.extend(_chunk_tokens(chunk, quoted))
            continue
        for raw in _TOKEN.findall(chunk):
            if raw == '"':
                quoted = not quoted
                tokens.append(_QUOTE_MARKS[quoted])
                continue
            words = _known_words[quoted].get(raw)
            tokens.extend(words if words is not None else _word_tokens(raw, quoted))
    return tokens


_STEM, _ENDS, _WORD = attrgetter("stem"), attrgetter("ends"), attrgetter("word")  # read in C
_QUOTE_MARKS = {False: Token('"', '"', '"', False), True: Token('"', '"', '"', True)}
KNOWN_WORDS = 1 << 16  # distinct words whose tokens are kept (outside quotes and inside)
_known_words: dict[bool, dict[str, tuple[Token, ...]]] = {False: {}, True: {}}
_known_chunks: dict[bool, dict[str, tuple[Token, ...]]] = {False: {}, True: {}}  # as many chunks


def _chunk_tokens(chunk: str, quoted: bool) -> tuple[Token, ...]:
    """The tokens of one blank-free chunk without a double quote ("Damon's," → Damon, 's, ","),
    kept for the next time."""
    known = _known_chunks[quoted]
    found = known.get(chunk)
    if found is None:
        words = _known_words[quoted]
        found = tuple(t for raw in _TOKEN.findall(chunk)
                      for t in (words.get(raw) or _word_tokens(raw, quoted)))
        if len(known) >= KNOWN_WORDS:
            known.clear()
        known[chunk] = found
    return found


def _word_tokens(raw: str, quoted: bool) -> tuple[Token, ...]:
    """The tokens of one matched word, kept for the next time (Tokens are immutable, so one
    word's are shared)."""
    tokens = []
    for part in _split_contraction(raw):
        lower = part.lower()
        stem = _stem(lower)
        tokens.append(Token(part, lower, stem, quoted, _content_word(lower, stem),
                            part[:1].isupper() or part.startswith("@"), _PRONOUN_OF.get(lower, ""),
                            stem[:1].isalnum(), part in _SENTENCE_ENDS and not quoted, _modifier_word(lower)))
    known = _known_words[quoted]
    if len(known) >= KNOWN_WORDS:
        known.clear()
    found = known[raw] = tuple(tokens)
    return found


def _text_tokens(text: str) -> list[Token]:
    """The tokens of a comment's normalised text, kept for the last short texts asked for (topic
    counts and classification both need them); callers must not change the list."""
    return _text_tokens_cached(text) if len(text) <= CACHED_LENGTH else tokenise(normalise_text(text))


@lru_cache(maxsize=1 << 14)
def _text_tokens_cached(text: str) -> list[Token]:
    return tokenise(normalise_text(text))


def _split_contraction(raw: str) -> list[str]:
    low = raw.lower()
    if low.endswith("n't") and len(raw) > 3:
        base = raw[:-3]
        return [_NOT_STEMS.get(base.lower(), base), "n't"]
    if "'" in raw[1:]:
        base, _, tail = raw.partition("'")
        if base:
            return [base, "'" + tail]
    return [raw]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t.stem for t in tokenise(text) if t.text not in '"')


@lru_cache(maxsize=4096)
def _phrase_cached(text: str) -> tuple[str, ...]:
    return _phrase(text)


class Match(NamedTuple):
    """Where a phrase was found and whether a negator turns it around (a named tuple: made
    several times faster than a frozen dataclass, and there are many)."""

    start: int
    end: int  # one past the last word
    negated: bool


def _find(phrase: str, tokens: Sequence[Token], lo: int = 0, hi: int | None = None,
          anchored: bool = False) -> list[Match]:
    """Every occurrence of `phrase` in tokens[lo:hi], words in order with small modifier gaps."""
    words = _phrase_cached(phrase)
    hi = len(tokens) if hi is None else hi
    found: list[Match] = []
    index = _index(tokens)
    if not words or words[0] not in index.stems:
        return found
    if anchored:
        starts: Sequence[int] = [lo]
    else:  # only where the first word is (the index's positions of its stem, ascending)
        at = index.positions(words[0])
        starts = at[bisect_left(at, lo):bisect_left(at, hi)]
    for start in starts:
        if start >= hi or tokens[start].stem != words[0]:
            continue
        end, negated = _follow(words, tokens, start, hi)
        if end is not None:
            found.append(Match(start, end, negated or _negated_before(tokens, start)))
    return found


def _follow(words: tuple[str, ...], tokens: Sequence[Token], start: int,
            hi: int) -> tuple[int | None, bool]:
    at, negated = start + 1, False
    for word in words[1:]:
        gap = 0
        while at < hi and tokens[at].stem != word:
            if gap >= MAX_GAP or not (tokens[at].modifier or tokens[at].stem in NEGATORS):
                return None, False
            negated = negated or tokens[at].stem in NEGATORS
            gap, at = gap + 1, at + 1
        if at >= hi:
            return None, False
        at += 1
    return at, negated


def _modifier_word(lower: str) -> bool:
    """Whether a word (lower-cased) is a modifier: an intensifier or an adverb in -ly."""
    return lower in MODIFIERS or (lower.endswith("ly") and len(lower) > 4)


def _negated_before(tokens: Sequence[Token], start: int) -> bool:
    """A negator earlier in the same clause, within a few words; not inside an "if" clause,
    where "if men weren't X" presupposes that they are."""
    negated = False
    edge = max(-1, start - 1 - NEGATION_WINDOW)
    for at in range(start - 1, edge, -1):
        stem = tokens[at].stem
        if stem in _CLAUSE_EDGES:
            return negated
        if stem in NEGATORS and not _outraged(tokens, at):
            negated = True
        if stem in CONDITIONALS and negated:
            return False
    if not negated:
        return _denied_belief(tokens, start)
    # Before the window only the nearest clause break (the negation stands) or conditional (it
    # does not) decides; found through an index, as a scan back per cue was quadratic.
    stop = _index(tokens).stops()[edge] if edge >= 0 else -1
    return stop < 0 or tokens[stop].stem not in CONDITIONALS


_STOP_STEMS = _CLAUSE_EDGES | CONDITIONALS
BELIEF_STEMS = frozenset(_stem(w) for w in ("believe", "think", "buy", "accept"))
BELIEF_WINDOW = 12  # "I don't believe for a second he's a cheat": a denied belief reaches this far


def _outraged(tokens: Sequence[Token], at: int) -> bool:
    """Whether the negator at `at` is the "n't" of "can't believe" (outrage, which denies nothing)."""
    return (0 < at < len(tokens) - 1 and tokens[at + 1].stem in BELIEF_STEMS
            and tokens[at - 1].lower in {"ca", "can", "could"})


def _denied_belief(tokens: Sequence[Token], start: int) -> bool:
    """"I don't believe (for a second) that ...", "I never thought ...": the commenter denies what
    follows a negated verb of belief in the same clause (not "they don't believe ...")."""
    for at in range(start - 1, max(-1, start - 1 - BELIEF_WINDOW), -1):
        stem = tokens[at].stem
        if stem in _STOP_STEMS:
            return False
        if stem in BELIEF_STEMS:
            if any(t.lower in {"ca", "can", "could", "cannot"} for t in tokens[max(0, at - 3):at]):
                return False  # "I can't believe the way they treated him": outrage, not denial
            before = [t for t in tokens[max(0, at - 3):at] if t.stem not in AUXILIARIES]
            return (len(before) >= 2 and before[-1].stem in NEGATORS
                    and before[-2].lower in {"i", "we"})
    return False


class _Index:
    """What the phrase search asks of a token list, worked out once per list: the stems in it
    (a phrase whose first word is not among them cannot match) and where clauses stop."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.stems = set(map(_STEM, tokens))
        self._stops: list[int] | None = None
        self._first_word: int | None = None
        self._pronouns: list[int] | None = None
        self._positions: dict[str, list[int]] | None = None

    def positions(self, stem: str) -> list[int]:
        """The positions of the tokens with this stem, ascending (callers must not change it)."""
        if self._positions is None:
            self._positions = {}
        found = self._positions.get(stem)
        if found is None:
            found = ([at for at, token in enumerate(self.tokens) if token.stem == stem]
                     if stem in self.stems else [])
            self._positions[stem] = found
        return found

    def first_word(self) -> int:
        """The position of the first word that is not a leading conjunction (len: none)."""
        if self._first_word is None:
            self._first_word = next((at for at, t in enumerate(self.tokens)
                                     if t.stem[:1].isalnum() and not t.lower.startswith("@")
                                     and t.lower not in LEADING_CONJUNCTIONS), len(self.tokens))
        return self._first_word

    def pronouns(self) -> list[int]:
        """The positions of the pronouns a mention may be made with, in order."""
        if self._pronouns is None:
            self._pronouns = [at for at, t in enumerate(self.tokens) if t.pronoun]
        return self._pronouns

    def stops(self) -> list[int]:
        """For each position, the nearest position at or before it holding a clause break, a
        contrast or a conditional (-1: none)."""
        if self._stops is None:
            stops, last = [], -1
            for at, token in enumerate(self.tokens):
                last = at if token.stem in _STOP_STEMS else last
                stops.append(last)
            self._stops = stops
        return self._stops


_recent: dict[int, _Index] = {}  # the last token lists searched, by identity (each index keeps its list)
RECENT_INDEXES = 64


def _index(tokens: Sequence[Token]) -> _Index:
    """The index of a token list (which is never changed once made), from the last ones."""
    index = _recent.get(id(tokens))
    if index is not None and index.tokens is tokens:
        return index
    index = _Index(tokens)
    if len(_recent) >= RECENT_INDEXES:
        _recent.clear()
    _recent[id(tokens)] = index
    return index


@dataclass
class StanceResult:
    """A stance with its confidence (0-1) and the cues that decided it, in words."""

    stance: str
    confidence: float
    reason: str
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class _Evidence:
    scores: dict[str, float] = field(default_factory=dict)
    cues: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    touched: bool = False  # names someone or uses a side's words, even negated or echoed
    on_topic: bool = False  # uses a word of either side's claims
    hedged: bool = False  # weighs both sides ("hard to know who's right")

    weights: dict[str, list[float]] = field(default_factory=dict)  # each cue's weight, as cues

    def add(self, side: str, weight: float, cue: str) -> None:
        self.scores[side] = self.scores.get(side, 0.0) + weight
        self.cues.setdefault(side, []).append(cue)
        self.weights.setdefault(side, []).append(weight)

    def merge(self, other: "_Evidence", scale: float = 1.0, suffix: str = "") -> None:
        for side, cues in other.cues.items():
            self.scores[side] = self.scores.get(side, 0.0) + other.scores[side] * scale
            self.cues.setdefault(side, []).extend(c + suffix for c in cues)
            self.weights.setdefault(side, []).extend(w * scale for w in other.weights.get(side, ()))
        self.notes.extend(other.notes)
        self.touched = self.touched or other.touched
        self.on_topic = self.on_topic or other.on_topic
        self.hedged = self.hedged or other.hedged


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _sentences(tokens: list[Token]) -> list[list[Token]]:
    ends = list(compress(range(1, len(tokens) + 1), map(_ENDS, tokens)))
    out = [tokens[a:b] for a, b in zip([0, *ends], [*ends, len(tokens)], strict=True)]
    return [s for s in out if s and (s[0].word or any(map(_WORD, s)))]  # a word, not marks only


@dataclass(frozen=True)
class _Mention:
    side: str
    person: Person
    start: int
    end: int
    by_pronoun: bool
    via: str = "by pronoun"


def _other_pronoun(tokens: list[Token], person: Person) -> bool:
    """Whether the sentence opens with a third-person pronoun that cannot stand for `person` ("They
    did what they had to" after a "she"); one later on may be people in general ("Good riddance,
    they can do better")."""
    if person.pronoun not in _PRONOUN_FORMS:
        return False
    first = _index(tokens).first_word()
    return first < len(tokens) and _PRONOUN_OF.get(tokens[first].lower, person.pronoun) != person.pronoun


def _side_of(person: Person, config: CorpusConfig) -> str:
    return _side_of_in(person, config.sides)


@lru_cache(maxsize=1024)
def _side_of_in(person: Person, sides: tuple[Side, ...]) -> str:
    for side in sides:
        if side.person.name == person.name:
            return side.id
    return person.side


def _names(person: Person, config: CorpusConfig) -> tuple[str, ...]:
    return _names_in(person, config.sides)


@lru_cache(maxsize=1024)
def _names_in(person: Person, sides: tuple[Side, ...]) -> tuple[str, ...]:
    extra: tuple[str, ...] = ()
    for side in sides:
        if side.person.name == person.name:
            extra = tuple(side.descriptors)
    names = (*person.names, *extra)
    heads = tuple(n[4:] for n in names if n.lower().startswith("the ") and len(n) > 5)
    return tuple(n for n in (*names, *heads) if len(n) > 1)


class _Lexicon:
    """What a config's people give the cue search, worked out once per config: each name with
    its person, side and stems, and the side a pronoun stands for when only one side uses it."""

    def __init__(self, config: CorpusConfig) -> None:
        self.config = config
        self.sides = {id(p): _side_of(p, config) for p in config.everyone}
        # (person, side, lower-cased name, the name's stems, how a group name is shown), config order
        self.names = [(person, self.side(person), name.lower(), frozenset(_phrase_cached(name.lower())),
                       "as a group" if _group_word(name, person, config) else "by pronoun")
                      for person in config.everyone for name in _names(person, config)]
        self.name_table = _PhraseTable(tuple(name for _, _, name, _, _ in self.names))
        spelled = {name for _, _, name, _, _ in self.names}
        # "union" from "the union": a head word said without its article, which may be anybody's
        self.heads = frozenset(name for name in spelled if "the " + name in spelled)
        self.figure_words = _figure_words(config)  # words of the names, which never name a commenter
        # the content words of the corpus's name ("Mayor orders dining sheds removed"): the story
        self.story_stems = frozenset(t.stem for t in tokenise(config.name)
                                     if t.content and t.stem not in _GENERIC)
        self.only_side = {pronoun: [s for s in config.sides if s.person.pronoun == pronoun]
                          for pronoun in _PRONOUN_FORMS}
        # Without a name, only a pronoun that one side alone uses can mention anybody.
        self.pronouns = frozenset(form for pronoun, forms in _PRONOUN_FORMS.items()
                                  if len(self.only_side[pronoun]) == 1 for form in forms)
        cue_words = {word for side in config.sides for cue in side.position_cues
                     for word in _first_words(cue.lower()) if word is not None}
        name_words = {_phrase_cached(name)[0] for _, _, name, _, _ in self.names if _phrase_cached(name)}
        # A token that is one of those pronouns has its stem, so these stems stand for them.
        self.cue_stems = frozenset(cue_words | name_words | {_stem(form) for form in self.pronouns})
        self._claims: tuple[object, frozenset[str]] | None = None

    def triggers(self, claims: "Claims | None") -> frozenset[str]:
        """Stems of which a comment must hold one for any of its own cues to fire: names' words,
        claims' first words, the claims' content words and the stems of `pronouns`."""
        last = self._claims
        if last is None or last[0] is not claims:
            words = set().union(*claims.words.values()) if claims is not None else set()
            last = self._claims = claims, self.cue_stems | words
        return last[1]

    def side(self, person: Person) -> str:
        """_side_of(person, config), by identity for the config's own people."""
        side = self.sides.get(id(person))
        return side if side is not None else _side_of(person, self.config)


_lexicons: list[_Lexicon] = []  # the last few configs' lexicons, matched by identity


def _lexicon(config: CorpusConfig) -> _Lexicon:
    """The lexicon of a config (configs are frozen), from the last few."""
    global _lexicons
    for lexicon in _lexicons:
        if lexicon.config is config:
            return lexicon
    lexicon = _Lexicon(config)
    _lexicons = [lexicon, *_lexicons[:3]]
    return lexicon


_PRONOUN_STEMS = frozenset(_stem(form) for form in _PRONOUN_OF)  # a pronoun's token has one of these stems
_COMMON_STEMS = frozenset({_stem(w) for w in STOPWORDS} | {"be", "not", "'s"})


class _PhraseTable:
    """A list of phrases with each one's stems, indexed by one stem of each (its longest), so the
    phrases a sentence may hold are found from the sentence's words rather than by trying all."""

    def __init__(self, phrases: tuple[str, ...], needs: Sequence[frozenset[str]] | None = None) -> None:
        """needs: the stems each phrase needs, when not all of its own (loose claims)."""
        self.phrases = phrases
        self.words = list(needs) if needs is not None else [frozenset(_phrase_cached(p)) for p in phrases]
        self.by_key: dict[str, list[int]] = {}
        for at, words in enumerate(self.words):
            if words:
                # keyed by a word few sentences hold (not "the" of "one of the few")
                self.by_key.setdefault(max(words, key=lambda w: (w not in _COMMON_STEMS, len(w), w)),
                                       []).append(at)
        self.keys = frozenset(self.by_key)

    def possible(self, stems: set[str]) -> list[str]:
        """The phrases, in order, whose every word is among these stems."""
        if self.keys.isdisjoint(stems):
            return []
        return [self.phrases[at] for at in self.possible_at(stems)]

    def possible_at(self, stems: set[str]) -> list[int]:
        """The positions of those phrases, ascending."""
        if self.keys.isdisjoint(stems):  # most sentences hold no key: found without a new set
            return []
        words = self.words
        found = [at for key in self.keys.intersection(stems) for at in self.by_key[key] if words[at] <= stems]
        if len(found) > 1:
            found.sort()
        return found


_tables: dict[int, _PhraseTable] = {}


def _possible(phrases: tuple[str, ...], tokens: Sequence[Token]) -> list[str]:
    """The phrases, in order, whose every word is among the tokens' stems: only these can match."""
    table = _tables.get(id(phrases))
    if table is None or table.phrases is not phrases:
        if len(_tables) >= 256:
            _tables.clear()
        table = _tables[id(phrases)] = _PhraseTable(phrases)
    stems = _index(tokens).stems
    if table.keys.isdisjoint(stems):
        return []
    every = table.phrases
    return [every[at] for at in table.possible_at(stems)]


def _mentions(tokens: list[Token], config: CorpusConfig, last_named: dict[str, Person]) -> list[_Mention]:
    """Every mention of a known person: by name, or by a pronoun for the person last named
    with it in this comment, or else for the only side that uses it."""
    lexicon = _lexicon(config)
    stems = _index(tokens).stems
    if lexicon.name_table.keys.isdisjoint(stems) and stems.isdisjoint(_PRONOUN_STEMS):
        return []  # no name's word and no pronoun: nobody is mentioned
    found: list[_Mention] = []
    taken: set[int] = set()
    for at in lexicon.name_table.possible_at(_index(tokens).stems):
        person, side, name, _, via = lexicon.names[at]
        for hit in _find(name, tokens):
            if not _written_as(name, tokens, hit) or (
                    name in lexicon.heads and hit.start > 0 and tokens[hit.start - 1].lower in OTHER_OWNERS):
                continue
            if not taken.intersection(range(hit.start, hit.end)):
                taken.update(range(hit.start, hit.end))
                found.append(_Mention(side, person, hit.start, hit.end, False, via))
    found.sort(key=lambda m: m.start)
    # The antecedent of a pronoun: the last of the mentions before it with that pronoun, in list
    # order (names by position, then pronouns already resolved), else the comment's last one.
    by_name: dict[str, tuple[list[int], list[Person]]] = {}
    for m in found:
        starts, persons = by_name.setdefault(m.person.pronoun, ([], []))
        starts.append(m.start)
        persons.append(m.person)
    resolved: dict[str, Person] = {}
    for at in _index(tokens).pronouns():
        pronoun = tokens[at].pronoun
        if at in taken:
            continue
        earlier = resolved.get(pronoun) or _named_before(by_name.get(pronoun), at) or (
            last_named.get(pronoun))
        if earlier is not None:
            found.append(_Mention(lexicon.side(earlier), earlier, at, at + 1, False))
            resolved[earlier.pronoun] = earlier
            continue
        same = lexicon.only_side[pronoun]
        if len(same) == 1 and pronoun != "they":
            found.append(_Mention(same[0].id, same[0].person, at, at + 1, True))
    for mention in found:
        if not mention.by_pronoun and mention.person.pronoun:
            last_named[mention.person.pronoun] = mention.person
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> dict[str, str]:
    """The stems of a name's words with each word as written (lower-cased)."""
    return {t.stem: t.lower for t in tokenise(name) if t.text != '"'}


def _written_as(name: str, tokens: Sequence[Token], hit: Match) -> bool:
    """Whether a name's match spells its words (or their plurals), not other words of the same
    stem ("campaign" is not "the campaigner")."""
    words = _name_words(name)
    for token in tokens[hit.start:hit.end]:
        word = words.get(token.stem)
        if word is not None and not _same_word(token.lower, word):
            return False
    return True


def _same_word(a: str, b: str) -> bool:
    """The same word, or one the plural of the other."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1] + "ies")


# Words before a bare head word that make it someone else's ("my daughter's school").
OTHER_OWNERS = frozenset({"my", "your", "his", "her", "our", "their", "'s",
                          # "for every coach", "any union": any holder, not the side's ("a nurse"
                          # stays: "I'm a nurse" speaks as one of a side's people)
                          "every", "any", "each", "no", "another", "other", "some", "most", "many",
                          "several", "all", "these", "those"})


def _named_before(named: tuple[list[int], list[Person]] | None, at: int) -> Person | None:
    """The person of the last name mention that starts before `at` (positions ascending)."""
    if named is None:
        return None
    index = bisect_left(named[0], at) - 1
    return named[1][index] if index >= 0 else None


def _group_word(name: str, person: Person, config: CorpusConfig) -> bool:
    """A descriptor without an article ("nurses", "farmers"): the side's people as a group."""
    first = name.split()[0].lower() if name.split() else ""
    return (first not in {"the", "a", "an", "her", "his", "their", "its", "our"}
            and any(s.person.name == person.name and name in s.descriptors for s in config.sides))


def _opponents(side: str, config: CorpusConfig) -> list[str]:
    return [s for s in config.side_ids() if s != side]


def _who(m: _Mention) -> str:
    return f"{m.person.name} ({m.via})" if m.by_pronoun else m.person.name


def _for(ev: "_Evidence | _Additions", side: str, agree: bool, weight: float, cue: str,
         config: CorpusConfig) -> None:
    """Agreeing with a side counts for it; disagreeing counts for every other side."""
    if not side:
        return
    if agree:
        ev.add(side, weight, cue)
    else:
        for other in _opponents(side, config):
            ev.add(other, weight, cue)


def _quote(tokens: Sequence[Token], m: Match) -> str:
    """The matched words as written ("He's right", not "He 's right")."""
    return _JOINED_CLITIC.sub("", " ".join(t.text for t in tokens[m.start:m.end]))


_JOINED_CLITIC = re.compile(r" (?='|n't\b)")


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
        scale = (W_PRONOUN if m.by_pronoun else 1.0) * weight_at(m.start)
        if _mocked(tokens, m):
            _for(ev, m.side, False, W_DISAGREEMENT * scale,
                 f'mocks {_who(m)} ("{_quote(tokens, Match(m.start, m.end + 2, False))}")', config)
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
    if at >= len(tokens) or not tokens[at].stem[:1].isalpha():
        return None
    valence = analyzer().lexicon.get(tokens[at].lower, 0.0)
    if abs(valence) < least:
        return None
    return Match(verb_at, at + 1, negated), (valence > 0) != negated


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
    first = _index(tokens).first_word()
    if first >= len(tokens):
        return False
    # only an opener whose first word opens the sentence can match there
    for opener in _granting_by_first_stem().get(tokens[first].stem, ()):
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


class _Weights:
    """Weight of a cue by position: before a contrastive "but" it may count less, and always
    does in a sentence that opens by granting a point."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.pivot = -1 if _index(tokens).stems.isdisjoint(_TURNS) else max(
            i for i, t in enumerate(tokens) if t.stem in _TURNS)
        self.conceded = self.pivot > 0 and _grants(tokens)

    def __call__(self, at: int) -> float:
        return W_CONCEDED if self.conceded and at < self.pivot else 1.0


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


def _clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, stop) of the clauses of a sentence: split at marks, contrasts and clause openers."""
    bounds, start = [], 0
    for at, token in enumerate(tokens):
        if token.stem in _CLAUSE_EDGES or token.lower in CLAUSE_OPENERS:
            if at > start:
                bounds.append((start, at))
            start = at + 1 if token.stem in _CLAUSE_BREAKS else at
    if start < len(tokens):
        bounds.append((start, len(tokens)))
    return bounds


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
            hit = _first(own)
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
    if all(_undergoes(tokens, m) for m in mentions if m.side):
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
    if any(_denied_belief(tokens, m.start) for m in mentions if m.side):
        compound = -compound  # "I don't believe for a second he's a cheat"
    if compound <= -0.3 and any(m.via == "as a group" for m in mentions if m.side and not m.by_pronoun):
        return  # a sad sentence about nurses or farmers is sympathy as often as hostility
    if abs(compound) >= 0.3:
        verb = "speaks well of" if compound > 0 else "speaks ill of"
        _for(ev, target.side, compound > 0, W_SENTIMENT * abs(compound) * scale,
             f"{verb} {who} ({compound:+.2f})", config)


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
                           "meltdown"})
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


def _compound(text: str) -> float:
    """VADER's compound score of a text (sentences and words recur across comments: kept when short)."""
    return _compound_cached(text) if len(text) <= CACHED_LENGTH else _compound_of(text)


@lru_cache(maxsize=1 << 14)
def _compound_cached(text: str) -> float:
    return _compound_of(text)


def _compound_of(text: str) -> float:
    text = _LIKE_AS_PREPOSITION.sub(r"\1", _DISCOURSE_MARKERS.sub(" ", text))
    return float(analyzer().polarity_scores(text)["compound"])


# "Run like businesses", "looks like a scam", "people like him": "like" compares, it likes nothing
# (VADER scores every "like" as warm).
_LIKE_AS_PREPOSITION = re.compile(
    r"\b(looks?|looked|looking|sounds?|sounded|sounding|feels?|felt|acts?|acted|acting|runs?|ran|running"
    r"|treats?|treated|treating|behaves?|behaved|behaving|seems?|seemed|someone|somebody"
    # not "most people like her", "I just like her": there "like" likes
    r"|(?<!\bmost )(?<!\bmany )(?<!\bsome )(?<!\bof )(?<!\ball )(?<!\bfew )people"
    r"|things|stuff|something|anything|nothing|(?:is|are|was|were|s)\s+just) like\b", re.IGNORECASE)


# Words that frame a sentence and praise nobody ("Honest question, ...", "To be fair, ..."): VADER
# would read "honest" and "fair" as the sentence's feeling.
_DISCOURSE_MARKERS = re.compile(
    r"\b(?:honest question|serious question|genuine question|to be (?:honest|fair)|in (?:all )?fairness"
    r"|honestly|genuinely asking|no offen[cs]e|with (?:all due )?respect"
    r"|thanks for (?:the|this) (?:piece|article|story|report|reporting|coverage)"
    # praise of the article itself, not "a great piece of work" by a side
    r"|(?:really |very )?(?:good|great|nice|excellent) (?:piece|article|reporting|coverage|journalism)"
    r"(?!\s+(?:of|by|from)\b))\b", re.IGNORECASE)


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
            elif view.echo or view.asks or _reported(view.pair, hit.end):
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
# Praise of a quoted line, or agreement with it: the quote is then cited, not sneered at.
LINE_APPROVALS = ("spot on", "best line", "well said", "so true", "nailed it", "hear hear", "perfectly put",
                  "said it better", "this is it", "exactly this", "good line", "great line", "love this",
                  "love that line", "couldn't agree", "agree", "agreed", "absolutely", "true", "yes",
                  "correct", "quite right")  # not a bare "exactly": "“We have listened” - to who exactly?"
_CITING = frozenset(_stem(w) for w in ("say", "says", "said", "put", "wrote", "writes", "headline", "article",
                                       "read", "reads", "reading"))


def _cited(views: list["_SentenceView"]) -> bool:
    """Whether a quote in the comment is cited after a verb of saying or a colon ("As North put
    it, "..."", "The headline says "...""), as a reader reports a line, not as a sneer."""
    for view in views:
        tokens = view.sentence
        for at, token in enumerate(tokens):
            if token.quoted and (at == 0 or not tokens[at - 1].quoted):
                before = [t for t in tokens[max(0, at - 3):at] if t.text not in ',"']
                stock = any(t.lower in GENERIC_SAYERS for t in tokens[max(0, at - 6):at])
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
            lowered = {t.lower for t in words}
            if lowered & _NOT_APPROVING or (words and words[-1].text == "?"):
                continue
            plain = [k for k, t in enumerate(words) if t.text.isalnum()]
            for phrase in _possible(LINE_APPROVALS, words):
                for hit in _find(phrase, words):
                    opens = plain and hit.start == plain[0] and not (
                        hit.end < len(words) and words[hit.end].lower in ("with", "to", "that", "on"))
                    if not hit.negated and (opens or (plain and hit.end - 1 == plain[-1])):
                        return True  # "Spot on.", "Best line of the debate, spot on.", not "Agreed with Sam"
    return False


def _approves_a_line(views: list["_SentenceView"]) -> bool:
    """Whether the comment praises a line ("Best line I've read all year. Spot on.")."""
    return any(not hit.negated and not (hit.start and view.sentence[hit.start - 1].lower == "oh")
               for view in views for phrase in _possible(LINE_APPROVALS, view.sentence)
               for hit in _find(phrase, view.sentence))  # "Oh yes, ... how original": no approval


W_ECHO_ANSWERED = 0.6  # a side's words echoed in a question, then answered: counts this much against it


_WANTING = frozenset(_stem(w) for w in ("wants", "want", "demands", "demand", "expects", "expect", "insists",
                                        "claims", "reckons", "pretends", "says", "said", "told", "claimed",
                                        "argues", "argued", "cry", "cries", "scream",
                                        "screams", "shout", "shouts"))
_OWN_SUBJECTS = frozenset({"i", "we", "you"})


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


_FUNCTION_WORDS = frozenset({"the", "a", "an", "is", "are", "be", "to", "of", "in", "on", "for", "their",
                             "his", "her", "its", "my", "our", "your", "like", "and", "or", "it", "that",
                             "into", "with", "all", "more", "than", "no"})
LOOSE_WINDOW = 12  # a claim's content words, in order, within this many words


def _reported(tokens: Sequence[Token], end: int) -> bool:
    """"<claim> is what every owner says": the claim is reported as someone's line, not made."""
    stems = [t.stem for t in tokens[end:end + 4] if not t.modifier]
    # ... and a verb of saying after it: "<claim> is exactly what this country needs" makes it
    return stems[:2] == ["be", "what"] and any(t.stem in _SAYING for t in tokens[end + 2:end + 9])


_SAYING = frozenset(_stem(w) for w in ("say", "says", "said", "claim", "call", "tell", "told", "argue",
                                       "insist", "cry", "shout", "scream", "repeat"))


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
def _first_words(cue: str) -> tuple[str | None, str | None]:
    """The stem a match of the cue must start with, and the one a loose match must start with."""
    words = _phrase_cached(cue)
    content = [w for w in words if w not in _FUNCTION_WORDS]
    loose = content[0] if len(content) >= 2 and not any(w in NEGATORS for w in words) else None
    return (words[0] if words else None), loose


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
        return ev  # names nobody and uses no side's words: no cue can fire
    sentences = _sentences(tokens)
    last_named: dict[str, Person] = {}
    for at, sentence in enumerate(sentences):
        if _grants(sentence) and at + 1 < len(sentences) and _opens_with_turn(sentences[at + 1]):
            # "Yes she's talented. But ...": granted, then answered in the next sentence
            granted = _Evidence()
            _sentence_cues(sentence, config, last_named, granted)
            ev.merge(granted, W_CONCEDED, ' (granted before a "but")')
        else:
            _sentence_cues(sentence, config, last_named, ev)
    # The comment's stems stand for its sentences' (the sentences left out hold no word).
    made = _Evidence()
    _position_cues(sentences, config, made, claims.topic if claims is not None else frozenset(), stems)
    if claims is not None:
        _overlap_cues(sentences, claims, config, made, stems)
    closer = _ironic_closer(sentences) if made.scores else ""
    ev.merge(_turned_by_irony(made, closer, config) if closer else made)
    hedge = next((h for h in _possible(HEDGES, tokens) if any(
        not _only_absent(h, tokens, hit.end) for hit in _find(h, tokens))), None)
    ev.hedged = hedge is not None
    if hedge and ev.scores:
        ev.scores = {side: value * W_HEDGED for side, value in ev.scores.items()}
        ev.notes.append(f'weighs both sides ("{hedge}"), so its cues count for {W_HEDGED:.0%}')
    return ev


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
    generous.", "Great stuff, really showing ...") after sentences that are not themselves positive."""
    if len(sentences) < 2:
        return ""
    words = [t for t in sentences[-1] if t.word or t.text == ","]
    at = 0
    while at < len(words) and words[at].lower in _INTENSIFIERS:
        at += 1
    if at == len(words) or words[at].stem not in _IRONIC_PRAISE:
        return ""
    end = at + 2 if at + 1 < len(words) and words[at + 1].stem in _IRONIC_NOUNS else at + 1
    if end < len(words) and words[end].text != ",":
        return ""  # "Great work by the trust on this" praises; only a bare verdict sums up
    closer = " ".join(t.text for t in words[:end])
    before = _compound(" ".join(t.text for sentence in sentences[:-1] for t in sentence))
    # A stock sarcastic verdict ("Very generous.") turns anything not praised before it; plain
    # praise ("Great idea.", "Brilliant.") only after something clearly bad.
    return closer if before < -0.05 or (before <= 0.05 and closer.lower() in _STOCK_SARCASM) else ""


_STOCK_SARCASM = frozenset(("very generous", "how generous", "so generous", "classy", "very classy",
                            "great stuff", "great outcome", "lovely stuff", "charming", "marvellous",
                            "marvelous", "very reassuring", "so reassuring", "genius"))


def _turned_by_irony(made: _Evidence, closer: str, config: CorpusConfig) -> _Evidence:
    """The claim cues of a comment that closes in irony, turned against the side whose claims they are."""
    out = _Evidence(notes=list(made.notes), touched=made.touched, on_topic=made.on_topic)
    for side, cues in made.cues.items():
        for cue, weight in zip(cues, made.weights.get(side, ()), strict=True):
            if cue.startswith(_MAKES_CLAIMS):
                for other in _opponents(side, config):
                    out.add(other, weight,
                            f'mocks what it echoes with praise that sums up ("{closer}"): {cue}')
            else:
                out.add(side, weight, cue)
    return out


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
    if score < MIN_SCORE or score - runner < MIN_MARGIN:
        cues = "; ".join(c for side, _ in ranked for c in ev.cues[side])
        return StanceResult(NEUTRAL, 0.4,
                            f"Cues too weak or balanced to pick a side ({_summary(ranked, names)}: "
                            f"{cues}){notes}.", dict(ev.scores))
    confidence = round(min(0.99, 0.5 + 0.5 * (score - runner) / (score + runner + 1.0)), 2)
    return StanceResult(best, confidence, f"Sides with {names.get(best, best)}: "
                        f"{'; '.join(ev.cues[best])}{notes}.", dict(ev.scores))


def _summary(ranked: list[tuple[str, float]], names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(s, s)} {v:.1f}" for s, v in ranked)


# Thread structure ------------------------------------------------------------------------------

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
                    "educate yourself", "google it", "suddenly care")
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


def _figure_words(config: CorpusConfig) -> frozenset[str]:
    words: set[str] = set()
    for person in config.everyone:
        for name in _names(person, config):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", name))
    return frozenset(words)


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
    agreeing = _agreeing_opener(words) or any(
        m and not m[0].negated for m in (_find(p, tokens) for p in _possible(_REPLY_AGREEMENT, tokens)))
    if aimed:  # the comment's own feelings are about a side, not about the commenter it answers
        return "agree" if agreeing else "none"
    if agreeing and compound > -0.3:  # warm words alone are as often sarcasm ("nice attitude")
        return "agree"
    if compound <= -0.05:
        return "hostile"
    return "none"


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

    def record(self, author: str, stance: str, addressed: str | None) -> None:
        for key in _name_keys(author, self.taken):
            self.by_key[key] = author
        if stance != NEUTRAL:
            self.sides[author] = stance
        if addressed:
            self.addressed_by[addressed] = author
        self.previous = (author, stance)


def _capitals(tokens: list[Token]) -> list[str]:
    """The words that may name a commenter: capitalised ones and @handles, lower-cased."""
    return [t.lower for t in tokens if t.capital]


@dataclass
class _Additions:
    """Cues added to a comment's own evidence, in order (replayed onto a copy of it)."""

    items: list[tuple[str, float, str]] = field(default_factory=list)

    def add(self, side: str, weight: float, cue: str) -> None:
        self.items.append((side, weight, cue))

    def onto(self, own: _Evidence) -> _Evidence:
        """The own evidence with these cues added, as if added to it one by one."""
        ev = _Evidence()
        ev.merge(own)
        for side, weight, cue in self.items:
            ev.add(side, weight, cue)
        return ev


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
        if their and tone != "none":
            verb = "agrees with" if tone == "agree" else {"names": "rebuffs", "answers": "hits back at"}[how]
            _for(ev, their, tone == "agree", W_REPLY,
                 f"{verb} {name}, who sided with {_side_name(their, config)}", config)
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
    if prior and not _only_asks(tokens) and (own.cues or ev.items or own.touched or (
            own.on_topic and not own.hedged)):
        ev.add(prior, W_AUTHOR, f"the same commenter's other comments side with {_side_name(prior, config)}")
    return ev


W_OWN_ACCOUNT = 2.0  # a comment posted by a side's own account (see _accounts)
_ACCOUNT_KEY = re.compile(r"[\W_]+")
_MIN_ACCOUNT_KEY = 4  # shorter keys match too much by chance


def _own_account(author: str, accounts: dict[str, str]) -> str | None:
    """The side whose own account wrote a comment (accounts: from _accounts), written with or
    without spaces, case and marks ("Open Paths Alliance", "@dexmorleyart" for the handle
    "@DexMorleyArt"); None for anyone else."""
    key = _ACCOUNT_KEY.sub("", author.casefold())
    return accounts.get(key) if len(key) >= _MIN_ACCOUNT_KEY else None


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


def _side_name(side: str, config: CorpusConfig) -> str:
    return next((s.person.name for s in config.sides if s.id == side), side)


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


def _classify_thread(texts: Sequence[str], authors: Sequence[str],
                     config: CorpusConfig, claims: "Claims") -> list[StanceResult]:
    """One document's comments in thread order: own text first, then thread structure, twice, so
    that a commenter's side shown later in the thread also informs replies to them."""
    tokens: dict[str, tuple[list[Token], list[str]]] = {}  # each distinct text tokenised once
    own: dict[str, _Evidence] = {}
    for text in texts:
        if text not in own:
            words = _text_tokens(text) if text.strip() else []
            tokens[text] = words, _capitals(words)
            own[text] = _own_evidence_kept(text, words, config, claims) if text.strip() else _Evidence()
    own_ev = [own[t] for t in texts]
    own_results = [_decide(e, config) for e in own_ev]
    priors = _priors(authors, own_results)  # from what each comment says itself
    results, used = own_results, None
    for _ in range(2):
        known = _known_sides(authors, results)
        if known == used:
            break  # what the last pass was given: it would give the same results again
        results = _thread_pass(texts, tokens, authors, (own_ev, own_results), priors, known, config)
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
                 config: CorpusConfig) -> list[StanceResult]:
    """One pass over a document's comments in order (own: each comment's own evidence and the
    decision on it alone, which stands when the thread adds nothing)."""
    thread = _Thread(config, _lexicon(config).figure_words, known=known, accounts=_accounts(config))
    results: list[StanceResult] = []
    for text, author, ev, alone, prior in zip(texts, authors, *own, priors, strict=True):
        addressed = None
        if not text.strip():
            result = StanceResult(NEUTRAL, 1.0, "Empty comment: nothing to take a side with.")
        else:
            tokens, capitals = tokens_of[text]
            hit = thread.addressed(capitals, author)
            addressed = hit[0] if hit else None
            added = _thread_evidence(ev, tokens, author, thread, prior, hit)
            result = _decide(added.onto(ev), config) if added.items else alone
        results.append(result)
        thread.record(author, result.stance, addressed)
    return results


def comment_texts(comments: pd.DataFrame) -> list[str]:
    """The texts of a comments frame that count for the topic (missing texts do not)."""
    return [t for t in comments["text"].tolist() if isinstance(t, str)] if "text" in comments else []


def _classify_all(comments: pd.DataFrame, config: CorpusConfig, statements: pd.DataFrame | None,
                  claims: "Claims | None" = None) -> dict[object, StanceResult]:
    """The result of every comment by index, thread order per document; the claims are built
    from the whole frame unless given (then nothing corpus-wide is computed)."""
    if claims is None:
        claims = Claims.build(config, statements, comment_texts(comments))
    ordered = _thread_order(comments)
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
            results = _classify_thread(texts[start:stop], authors[start:stop], config, claims)
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


def classify_comments(comments: pd.DataFrame, config: CorpusConfig, statements: pd.DataFrame | None = None,
                      claims: "Claims | None" = None) -> pd.DataFrame:
    """stance, stance_confidence and stance_reason for each comment, thread order per document;
    the statements table (speaker, text), when given, adds each side's own words to its claims.
    With `claims` (the corpus's, from Claims.from_counts) those are used and statements ignored, so
    each document may be classified on its own with the same result as the whole corpus at once."""
    rows = _classify_all(comments, config, statements, claims)
    return pd.DataFrame({
        "stance": [rows[i].stance for i in comments.index],
        "stance_confidence": [rows[i].confidence for i in comments.index],
        "stance_reason": [rows[i].reason for i in comments.index],
    }, index=comments.index)


# Claims by shared words ------------------------------------------------------------------------

W_OVERLAP = 0.45        # each content word shared only with one side's claims (net of the other's)
MAX_OVERLAP = 1.35      # ... at most this much in all
MIN_OVERLAP = 2         # fewer shared words than this is chance
_GENERIC = frozenset(_stem(w) for w in (
    "people", "thing", "things", "time", "year", "years", "way", "day", "make", "made", "get", "got",
    "say", "said", "says", "tell", "told", "think", "know", "want", "going", "come", "look", "good",
    "bad", "right", "wrong", "really", "just", "like", "one", "two", "new", "old", "every", "everyone",
    "everybody", "nobody", "someone", "anyone", "would", "could", "should", "also", "even", "still",
    "never", "ever", "always", "well", "much", "many", "lot", "last", "first", "us", "we", "our", "you",
    "they", "she", "he", "it", "i", "me", "my", "mine", "yes", "no", "not", "lol", "let", "need",
    "take", "took", "give", "gave", "put", "go", "went", "back", "long", "mean", "see", "did", "does",
    "done", "doing", "has", "had", "having", "was", "were", "been", "being", "are", "is", "can", "will",
))


@dataclass(frozen=True)
class Claims:
    """For each side, the stems of the content words of its claims (position cues and what its
    people said in the corpus) that the other sides' claims do not use."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    topic: frozenset[str] = frozenset()  # words most commenters use: one-word cues among them are topic

    @classmethod
    def build(cls, config: CorpusConfig, statements: pd.DataFrame | None = None,
              comments: Sequence[str] = ()) -> "Claims":
        """Claims from the config's cues and, when given, the statements table (speaker, text);
        words that many of the comments use are the story's topic, not one side's claim."""
        return cls.from_counts(config, statements, topic_counts(comments), len(comments))

    @classmethod
    def from_counts(cls, config: CorpusConfig, statements: pd.DataFrame | None,
                    counts: Counter[str], n_comments: int) -> "Claims":
        """Claims.build from the summed topic_counts of every document's comment texts and the
        number of those texts, so the corpus-wide part is a sum of per-document parts."""
        texts: dict[str, list[str]] = {s.id: list(s.position_cues) for s in config.sides}
        if statements is not None and not statements.empty and {"speaker", "text"} <= set(statements):
            side_of = {p.name: _side_of(p, config) for p in config.everyone}
            for speaker, text in zip(statements["speaker"], statements["text"], strict=True):
                side = side_of.get(str(speaker), "")
                if side in texts and isinstance(text, str):
                    texts[side].append(text)
        topic = _topic_stems(counts, n_comments)
        names = _figure_stems(config) | topic
        stems = {side: {t.stem for text in items for t in tokenise(normalise_text(text))
                        if _content(t) and t.stem not in names} for side, items in texts.items()}
        return cls({side: frozenset(own - set().union(*(v for k, v in stems.items() if k != side)))
                    for side, own in stems.items()}, topic)


    def digest(self) -> str:
        """A stable sha256 (hex) of the claims' content, for cache keys."""
        parts = [f"{side}:{' '.join(sorted(words))}" for side, words in sorted(self.words.items())]
        parts.append("topic:" + " ".join(sorted(self.topic)))
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


TOPIC_SHARE = 0.1       # a word in more than this share of the comments (and 3+) is the topic


def topic_counts(texts: Sequence[str]) -> Counter[str]:
    """For one document's comment texts, how many texts use each content stem (each text counted
    once per stem): the per-document part of the topic words, summed over the corpus."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_content_stems(text))
    return counts


def _content_stems(text: str) -> set[str]:
    """The stems of the content words among a text's tokens ({t.stem for t in _text_tokens(text) if
    t.content}), from each blank-separated chunk's, kept: a token's stem and whether it is content
    depend only on its word, not on quotes, and no token spans a blank (see tokenise)."""
    get = _known_content.get
    chunks = normalise_text(text).replace("\u2019", "'").split()
    return set().union(*[found if (found := get(chunk)) is not None else _chunk_content(chunk)
                         for chunk in chunks])


_known_content: dict[str, frozenset[str]] = {}  # chunk -> the stems of its content words


def _chunk_content(chunk: str) -> frozenset[str]:
    """The stems of the content words of one blank-free chunk, kept for the next time."""
    words = _known_words[False]
    found = frozenset(t.stem for raw in _TOKEN.findall(chunk) if raw != '"'
                      for t in (words.get(raw) or _word_tokens(raw, False)) if t.content)
    if len(_known_content) >= KNOWN_WORDS:
        _known_content.clear()
    _known_content[chunk] = found
    return found


def _topic_stems(counts: Counter[str], n_comments: int) -> frozenset[str]:
    """Content words used by many commenters: what the story is about, said by either side."""
    floor = max(3.0, TOPIC_SHARE * n_comments)
    return frozenset(stem for stem, n in counts.items() if n > floor)


def _reports(sentence: list[Token]) -> bool:
    """"... is what they all say": the sentence reports a line rather than making it."""
    stems = [t.stem for t in sentence]
    if "what" not in stems:
        return False
    return any(a == "be" and b == "what" and {"say", "said", "claim", "call"} & set(stems[i + 2:])
               for i, (a, b) in enumerate(zip(stems, stems[1:], strict=False)))


def _asserted(sentence: list[Token]) -> list[Token]:
    """The part of a sentence its writer stands behind: after a contrastive "but", only the rest."""
    pivot = max((i for i, t in enumerate(sentence) if t.stem in {"but", "howev"}), default=-1)
    return sentence[pivot + 1:]


def _content(token: Token) -> bool:
    return _content_word(token.lower, token.stem)


@lru_cache(maxsize=1 << 17)
def _content_word(lower: str, stem: str) -> bool:
    """Whether a word (lower-cased, and its stem) is a content word."""
    return (len(lower) > 2 and lower.isalpha() and lower not in STOPWORDS
            and stem not in _GENERIC and stem not in NEGATORS)


def _figure_stems(config: CorpusConfig) -> frozenset[str]:
    return frozenset(t.stem for p in config.everyone for n in _names(p, config) for t in tokenise(n))


_CORRECTED = frozenset({"that", "it", "this", "they"})


def _not_denied(words: list[Token], claimed: set[str]) -> list[Token]:
    """The words of a sentence part without the claims' words a correction denies: "not X, it's Y"
    ("That's not storms, that's a business model" does not share "storms")."""
    if not any(t.stem in NEGATORS for t in words):
        return words
    out, denied = [], False
    for at, t in enumerate(words):
        if t.stem in NEGATORS:
            denied = any(a.text == "," and b.lower in _CORRECTED and c.stem == "be"
                         for a, b, c in zip(words[at + 1:], words[at + 2:], words[at + 3:], strict=False))
        elif t.text == ",":
            denied = False
        if not (denied and t.stem in claimed):
            out.append(t)
    return out


_TOLD = _WANTING | _ACCUSING  # the stems _not_wanted_by_others looks for


def _own_claimed(sentence: list[Token], claimed: set[str], wanting: bool) -> list[Token]:
    """The tokens of a sentence that _overlap_cues may count, but for the quoted stems: content
    words outside quotes of the part the writer stands behind, not denied nor told as another's
    wish, in a sentence that shares a claim's word and is not an echo, a report or a plain
    question. (The sentence's stems decide first which of those steps can change anything.)"""
    stems = _index(sentence).stems
    if stems.isdisjoint(claimed) or _is_echo_question(sentence) or (
            "what" in stems and _reports(sentence)) or _asks_question(sentence):
        return []
    words = _asserted(sentence) if not stems.isdisjoint(_TURNS) else sentence
    if wanting and not stems.isdisjoint(_TOLD):
        words = _not_wanted_by_others(words)
    if not stems.isdisjoint(NEGATORS):
        words = _not_denied(words, claimed)
    if "my" in stems:
        words = _not_scoffed(words)
    return [t for t in words if not t.quoted and t.content]


def _not_scoffed(words: list[Token]) -> list[Token]:
    """The words after the last scoff ("Nesting birds my backside, they ..."): what comes before
    it is the line the writer scoffs at, not their own."""
    scoffs = [at for at in range(len(words) - 1)
              if words[at].lower == "my" and words[at + 1].lower in SCOFFED_BODY and _scoffs(words, at)]
    return words[scoffs[-1] + 2:] if scoffs else words


SCOFF_REACH = 4  # words of the line a scoff answers ("Ground nesting birds my backside")
_NOT_A_LINE = frozenset({"i", "he", "she", "we", "they", "it", "you", "on", "at", "in", "to", "with", "under",
                         "off", "from", "of", "onto", "into", "over", "hurt", "broke", "broken", "hurts"})


def _scoffs(words: list[Token], at: int) -> bool:
    """Whether "my foot" at `at` scoffs at the few words that open its clause ("Erosion my arse,"),
    not a foot a walker hurt ("The locked gate at the top broke my foot", "I caught my foot on it")."""
    if at + 2 < len(words) and words[at + 2].stem not in _CLAUSE_EDGES:
        return False
    start = at
    while start > 0 and words[start - 1].stem not in _CLAUSE_EDGES:
        start -= 1
    line = [t.lower for t in words[start:at]]
    return 0 < len(line) <= SCOFF_REACH and line[0] not in _NOT_A_LINE and line[-1] not in _NOT_A_LINE


def _may_share(sentences: list[list[Token]], claims: Claims) -> bool:
    """Whether some side's claims share at least MIN_OVERLAP content words with the comment's
    tokens, counted as _overlap_cues counts them (distinct lower-cased words): what it counts is
    among these, so fewer can add nothing."""
    content = {(t.lower, t.stem) for s in sentences for t in s if t.content}
    return any(sum(stem in words for _, stem in content) >= MIN_OVERLAP for words in claims.words.values())


def _overlap_cues(sentences: list[list[Token]], claims: Claims, config: CorpusConfig,
                  ev: _Evidence, stems: set[str] | None = None) -> None:
    """Content words shared with one side's claims and not the other's, in the comment's own voice
    (not in quotes, not in a short echo question nor in a question that only asks)."""
    if stems is None:
        stems = {t.stem for sentence in sentences for t in sentence}
    if all(stems.isdisjoint(words) for words in claims.words.values()):
        return  # no word of any side's claims: nothing to share
    if not _may_share(sentences, claims):
        return
    # Only the sentences holding a claim's word can share one (nothing is quoted without a '"').
    quoted = {t.stem for s in sentences for t in s if t.quoted} if '"' in stems else set()
    wanting = not _WANTING.isdisjoint(stems) or not _ACCUSING.isdisjoint(stems)
    claimed = set().union(*claims.words.values())
    own = [t for s in sentences for t in _own_claimed(s, claimed, wanting) if t.stem not in quoted]
    found = {side: sorted({t.lower for t in own if t.stem in words}) for side, words in claims.words.items()}
    counts = {side: len(words) for side, words in found.items()}
    for side, words in found.items():
        net = counts[side] - max((n for k, n in counts.items() if k != side), default=0)
        if counts[side] >= MIN_OVERLAP and net > 0:
            shown = ", ".join(f'"{w}"' for w in words[:4])
            ev.add(side, min(MAX_OVERLAP, W_OVERLAP * net),
                   f"shares words with {_side_name(side, config)}'s side's claims ({shown})")
