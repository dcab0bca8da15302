"""Cues from words shared with one side's claims: the content words a comment says in its own
voice (not quoted, denied, scoffed at or reported) that only one side's claims use; and the words
of one side's claims a comment puts in quotes without taking them up (_quoted_claim_cues)."""

from collections.abc import Sequence

from ...core.config import CorpusConfig
from .claims import Claims, line_grams
from .lexicon import _CLAUSE_EDGES, NEGATORS, W_POSITION
from .mentions import _opponents
from .people import _side_name
from .positions import (
    _ACCUSING,
    _WANTING,
    SCOFFED_BODY,
    W_SCARE_QUOTED,
    _approves_a_line,
    _cited,
    _not_wanted_by_others,
    _SentenceView,
    _speech_tag_end,
)
from .predicates import _TURNS
from .scores import _Evidence
from .sentences import CALLING, _asks_question, _is_echo_question
from .tokens import Token, _index

W_OVERLAP = 0.45        # each content word shared only with one side's claims (net of the other's)
MAX_OVERLAP = 1.35      # ... at most this much in all
MIN_OVERLAP = 2         # fewer shared words than this is chance


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


def _own_claimed(sentence: list[Token], claimed: set[str], wanting: bool,
                 following: Sequence[Token] = ()) -> list[Token]:
    """The tokens of a sentence that _overlap_cues may count, but for the quoted stems: content
    words outside quotes of the part the writer stands behind, not denied nor told as another's
    wish, in a sentence that shares a claim's word and is not an echo, a report or a plain
    question; of a sentence with a speech tag that gives what comes before it to someone else
    ("..., they say.", "..., the council claims, but ..."), only the words after the tag
    (following: the next sentence, which may endorse the tag: "They are right."). (The
    sentence's stems decide first which of those steps can change anything.)"""
    stems = _index(sentence).stems
    if stems.isdisjoint(claimed) or _is_echo_question(sentence) or (
            "what" in stems and _reports(sentence)) or _asks_question(sentence):
        return []
    tag_end = _speech_tag_end([*sentence, *following], 0)
    if tag_end is not None:
        sentence = sentence[tag_end:]
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
    own = [t for at, s in enumerate(sentences)
           for t in _own_claimed(s, claimed, wanting, sentences[at + 1] if at + 1 < len(sentences) else ())
           if t.stem not in quoted]
    found = {side: sorted({t.lower for t in own if t.stem in words}) for side, words in claims.words.items()}
    counts = {side: len(words) for side, words in found.items()}
    for side, words in found.items():
        net = counts[side] - max((n for k, n in counts.items() if k != side), default=0)
        if counts[side] >= MIN_OVERLAP and net > 0:
            shown = ", ".join(f'"{w}"' for w in words[:4])
            ev.add(side, min(MAX_OVERLAP, W_OVERLAP * net),
                   f"shares words with {_side_name(side, config)}'s side's claims ({shown})")


MAX_QUOTED_WORDS = 12  # a quote longer than this is a passage cited, not a side's words held up


def _quoted_spans(tokens: list[Token]) -> list[tuple[int, list[Token]]]:
    """The runs of quoted words of a comment's tokens, each with where it starts."""
    spans: list[tuple[int, list[Token]]] = []
    start = 0
    run: list[Token] = []
    for at, token in enumerate(tokens):
        if token.quoted and token.word:
            start = at if not run else start
            run.append(token)
        elif run and not token.quoted:
            spans.append((start, run))
            run = []
    if run:
        spans.append((start, run))
    return spans


LABEL_REACH = 3  # words between "calling" and the label it gives ("calling it a "...""")


def _owned_or_labelled(tokens: list[Token], start: int) -> bool:
    """Whether a quote is given as somebody's ("the guild's "..." statement", the writer's own "my
    comment was "..."") or as what something is called ("stop calling it "..."", "labelled "..."",
    the title of "the "..." piece"): then whose words they are is said, or in dispute, and the
    claims' words do not tell."""
    before = [t for t in tokens[max(0, start - LABEL_REACH - 1):start] if t.text != '"']
    if before and before[-1].lower == "'s":
        return True
    return any(t.lower in CALLING for t in before) or _titled(tokens, start) or _writers_own(tokens, start)


# What a quote between a determiner and one of these is the title of ("the "..." piece").
_PIECES = frozenset({"piece", "article", "headline", "story", "report", "column", "editorial", "interview",
                     "programme", "program", "documentary", "segment", "episode", "podcast", "video",
                     "film", "book", "song", "leaflet", "poster", "banner"})
_DETERMINERS = frozenset({"the", "a", "an", "that", "this", "their", "his", "her", "its", "your", "my",
                          "our"})


def _titled(tokens: list[Token], start: int) -> bool:
    """Whether the quote starting at `start` names a piece of writing or broadcast ("saw the "..."
    piece", "that "..." headline"): its words are the piece's title, not held up."""
    before = [t for t in tokens[max(0, start - 2):start] if t.text != '"']
    if not before or before[-1].lower not in _DETERMINERS:
        return False
    after = next((at for at in range(start, len(tokens)) if not tokens[at].quoted), len(tokens))
    rest = [t for t in tokens[after:after + 2] if t.text != '"']
    return bool(rest) and rest[0].lower in _PIECES


# The writer's own earlier words ("my comment yesterday was "..."", "as I said last week, "...""):
# first person with, within two words, a word of what one writes or a verb of writing it.
_FIRST_PERSON = frozenset({"my", "our", "i", "we"})
_WRITINGS = frozenset({"comment", "comments", "post", "posts", "reply", "words", "point", "answer", "message",
                       "question", "response", "said", "wrote", "posted", "commented", "asked", "meant"})
OWN_WORDS_REACH = 8  # words of the quote's sentence before it that may say the words are the writer's


def _writers_own(tokens: list[Token], start: int) -> bool:
    """Whether the quote's sentence gives it, before it, as the writer's own earlier words."""
    before: list[Token] = []
    for t in reversed(tokens[max(0, start - OWN_WORDS_REACH - 1):start]):
        if t.ends:
            break
        if t.word:
            before.insert(0, t)
    return any(t.lower in _FIRST_PERSON and any(w.lower in _WRITINGS for w in before[at + 1:at + 3])
               for at, t in enumerate(before))


def _quoted_side(span: list[Token], claims: Claims) -> str:
    """The side whose own words a quote holds: every content word of the quote is one only that
    side's claims use (what its people said in the corpus, or its cues), or it repeats a run of what
    only that side's people said (_quoted_line); "" for anyone else's, and for a name put in quotes
    (_a_name: "the "Village Hall"")."""
    if len(span) > MAX_QUOTED_WORDS or _a_name(span):
        return ""
    content = {t.stem for t in span if t.content}
    sides = [side for side, words in claims.words.items() if content <= words] if content else []
    return sides[0] if len(sides) == 1 else _quoted_line(span, claims)


def _a_name(span: list[Token]) -> bool:
    """Whether a quote of two or more words is a name (a place, a body, a title: "Village Hall",
    "Friends of the Park"): its first and last words and every content word capitalised."""
    return len(span) > 1 and span[0].capital and span[-1].capital and all(
        t.capital for t in span if t.content)


def _quoted_line(span: list[Token], claims: Claims) -> str:
    """The side whose said words a quote repeats: at least half its runs of words are runs of what
    only that side's people said (claims.lines), and more than twice as many as any other side's
    ("I am grateful to all my staff" after a side's "grateful to all my staff"); "" for anyone
    else's, or nobody's. A run of function words only ("have a", "at the") is any writer's, so it
    counts only beside another run of the line, as part of a longer stretch of it ("we did what we
    could")."""
    stems = [t.stem for t in span]
    grams = line_grams(stems)
    if not grams or not claims.lines:
        return ""
    plain = [not (span[at].content or span[at + 1].content) for at in range(len(grams))]
    found = sorted(((_line_hits(grams, plain, runs), side) for side, runs in claims.lines.items()),
                   reverse=True)
    best, side = found[0]
    runner = found[1][0] if len(found) > 1 else 0
    return side if 2 * best >= len(grams) and best > 2 * runner else ""


def _line_hits(grams: list[str], plain: list[bool], runs: frozenset[str]) -> int:
    """How many of a quote's runs are among a side's runs, a run of function words only (plain)
    counting only when the run before or after it is among them too."""
    hit = [g in runs for g in grams]
    return sum(h and (not p or (at > 0 and hit[at - 1]) or (at + 1 < len(hit) and hit[at + 1]))
               for at, (h, p) in enumerate(zip(hit, plain, strict=True)))


def _quoted_claim_cues(sentences: list[list[Token]], claims: Claims, config: CorpusConfig,
                       ev: _Evidence) -> None:
    """A side's own words put in quotes and not taken up ("Half the "affordable" flats ended up
    as holiday lets", "The rent is "in the contract", great."): held up at arm's length, they count
    mildly against that side, as the position cues' scare quotes do. A quote the comment approves
    ("Spot on.", "Could not have put it better.", "- this.") or cites after a verb of saying is
    left alone, as is one given as somebody's words, the writer's own, a label or a piece's title
    (_owned_or_labelled), and so is a comment whose claim cues already pick a side, or that quotes
    both sides' words."""
    tokens = [t for sentence in sentences for t in sentence]
    sides = {_quoted_side(span, claims) for start, span in _quoted_spans(tokens)
             if not _owned_or_labelled(tokens, start)} - {""}
    if not sides or len(sides) > 1:
        return
    side = sides.pop()
    if side in ev.scores or any(other in ev.scores for other in _opponents(side, config)):
        return
    views = [_SentenceView(sentence, []) for sentence in sentences]
    if _approves_a_line(views) or _cited(views):
        return
    for other in _opponents(side, config):
        ev.add(other, W_POSITION * W_SCARE_QUOTED,
               f"puts {_side_name(side, config)}'s side's own words in quotes without taking them up")
