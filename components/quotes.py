"""Who said what in an article: quotes with their attribution, and signed tweets."""

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .config import Person
from .dates import DateExpr, find_date_expr
from .layout import Layout, Tweet

__all__ = ["Mention", "extract_mentions", "people_in_layout"]

_QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_MIN_QUOTE_WORDS = 3  # shorter quoted runs are scare quotes ("gaslighted"), not statements
# Verbs that attribute speech; a quote without one is not a statement.
SPEECH_VERBS = (
    "said", "says", "say", "wrote", "writes", "added", "adds", "tweeted", "tweets", "told",
    "tells", "explained", "explains", "began", "begins", "responded", "responds", "suggested",
    "concluded", "continued", "stated", "posted", "shared", "argued", "insisted", "noted",
    "replied", "claimed", "believes", "thought", "declared", "asked", "admitted",
)
_VERB = re.compile(r"\b(" + "|".join(SPEECH_VERBS) + r")\b", re.I)
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
_POSSESSIVE = re.compile(r"[’'‘]s\b")  # matched at a name's end
_TWEET_WORDS = re.compile(r"\b(tweet\w*|twitter|Twitter|Tweets?)\b")
_INTERVIEW_WORDS = re.compile(r"\b(interview\w*|told)\b", re.I)
_SUBJECT_WINDOW = 80  # characters before a verb where its subject may stand


@dataclass(frozen=True)
class Mention:
    """One statement as one document carries it."""

    doc_id: str
    paragraph: int
    speaker: str
    handle: str
    kind: str
    text: str
    date_expr: DateExpr | None
    date_inherited: bool = False
    signature_date: str = ""


@dataclass
class _Tracker:
    """Who was named last, and the last date phrase said of each speaker."""

    people: tuple[Person, ...]
    last: dict[Person, None] = field(default_factory=dict)  # ordered: the most recent last
    context: dict[str, DateExpr] = field(default_factory=dict)
    by_handle: dict[str, Person] = field(default_factory=dict)
    named: tuple[tuple[Person, tuple[str, ...]], ...] = ()  # each person with their names

    def __post_init__(self) -> None:
        self.named = tuple((person, person.names) for person in self.people)
        for person in reversed(self.people):  # the first person with a handle owns it
            self.by_handle.update(dict.fromkeys(person.handles, person))

    def remember(self, person: Person) -> None:
        self.last.pop(person, None)
        self.last[person] = None

    def latest(self) -> Person | None:
        """Who was named last."""
        return next(reversed(self.last), None)

    def by_pronoun(self, pronoun: str) -> Person | None:
        wanted = pronoun.lower()
        for person in reversed(self.last):
            if not person.pronoun or person.pronoun == wanted:
                return person
        return self.latest()


def people_in_layout(layout: Layout, known: tuple[Person, ...]) -> tuple[Person, ...]:
    """Known people plus those who sign tweets in this document (surname as an alias)."""
    people = list(known)
    handles = {h for p in people for h in p.handles}
    names = {p.name for p in people}
    for tweet in layout.tweets:
        if tweet.handle in handles or tweet.name in names:
            continue
        surname = tweet.name.split()[-1]
        people.append(Person(tweet.name, (surname,), (tweet.handle,)))
        handles.add(tweet.handle)
        names.add(tweet.name)
    return tuple(people)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as a whole word, not after `@`; the name comes first so a search skips ahead to it."""
    escaped = re.escape(name)
    return re.compile(rf"{escaped}(?<![\w@]{escaped})(?!\w)")


def _name_mentions(frame: str, named: tuple[tuple[Person, tuple[str, ...]], ...]
                   ) -> list[tuple[int, Person, bool]]:
    """(position, person, is_possessive) for every name in the frame; earlier people win."""
    found: list[tuple[int, Person, bool]] = []
    taken: set[int] = set()
    for person, names in named:
        for name in names:
            if name not in frame:
                continue
            for m in _name_pattern(name).finditer(frame):
                if taken.intersection(range(m.start(), m.end())):
                    continue
                taken.update(range(m.start(), m.end()))
                found.append((m.start(), person, bool(_POSSESSIVE.match(frame, m.end()))))
    return sorted(found, key=lambda f: f[0])


def _resolved_mentions(frame: str, tracker: _Tracker) -> list[tuple[int, Person, bool]]:
    """Names and pronouns in reading order, pronouns resolved as a reader would; remembered."""
    names = _name_mentions(frame, tracker.named)
    pronouns = [(m.start(), m.group(1)) for m in _PRONOUN.finditer(frame)]
    events = sorted([(pos, "name", i) for i, (pos, _, _) in enumerate(names)]
                    + [(pos, "pronoun", i) for i, (pos, _) in enumerate(pronouns)])
    resolved: list[tuple[int, Person, bool]] = []
    for pos, what, i in events:
        if what == "name":
            person, possessive = names[i][1], names[i][2]
        else:
            found = tracker.by_pronoun(pronouns[i][1])
            if found is None:
                continue
            person, possessive = found, False
        tracker.remember(person)
        resolved.append((pos, person, possessive))
    return resolved


def _speaker(frame: str, mentions: list[tuple[int, Person, bool]]) -> Person | None:
    """Who a paragraph's quotes belong to: the subject nearest before its first speech verb."""
    subjects = [(pos, p) for pos, p, possessive in mentions if not possessive]
    positions = [pos for pos, _ in subjects]  # in reading order, so bisect finds the neighbours
    for verb in _VERB.finditer(frame):
        nearest = bisect_left(positions, verb.start()) - 1
        if nearest >= 0 and positions[nearest] >= verb.start() - _SUBJECT_WINDOW:
            return subjects[bisect_left(positions, positions[nearest])][1]
        following = bisect_left(positions, verb.end())
        if following < len(positions) and positions[following] <= verb.end() + 3:
            return subjects[following][1]
    return None


def _kind(frame: str) -> str:
    if _TWEET_WORDS.search(frame):
        return "tweet"
    return "interview" if _INTERVIEW_WORDS.search(frame) else "quote"


def _join_quotes(quotes: list[str]) -> str:
    """Join the quoted pieces of one paragraph: a comma before the attribution ends a sentence,
    and fragments of one sentence are joined with an ellipsis."""
    pieces: list[str] = []
    for n, quote in enumerate(quotes):
        nxt = quotes[n + 1] if n + 1 < len(quotes) else ""
        if quote.endswith(","):
            quote = quote[:-1] + ("." if nxt[:1].isupper() else "")
        if nxt and nxt[:1].islower() and quote[-1:] not in ".!?…":
            quote += " …"
        if quote.strip():  # as `text = f"{text} {quote}".strip()` would, in linear time
            pieces.append(quote.rstrip() if pieces else quote.strip())
    return " ".join(pieces)


def _quote_mention(doc_id: str, index: int, para: str, tracker: _Tracker) -> Mention | None:
    quotes = [q.strip() for q in _QUOTE.findall(para)]
    quotes = [q for q in quotes if len(q.split()) >= _MIN_QUOTE_WORDS]
    frame = _QUOTE.sub(" Q ", para)
    previous = tracker.latest()
    mentions = _resolved_mentions(frame, tracker)
    speaker = _speaker(frame, mentions) if quotes else None
    date_expr = find_date_expr(frame)
    subjects = [p for _, p, possessive in mentions if not possessive]
    topic = speaker or (subjects[0] if subjects else previous)
    if topic is not None and date_expr is not None:
        tracker.context[topic.name] = date_expr
    if speaker is None:
        return None
    tracker.remember(speaker)
    inherited = date_expr is None and speaker.name in tracker.context
    expr = date_expr or tracker.context.get(speaker.name)
    handle = speaker.handles[0] if speaker.handles else ""
    return Mention(doc_id, index, speaker.name, handle, _kind(frame), _join_quotes(quotes),
                   expr, inherited)


def _tweet_mention(doc_id: str, tweet: Tweet, tracker: _Tracker) -> Mention:
    index = tweet.paragraph
    person = tracker.by_handle.get(tweet.handle)
    name = person.name if person else tweet.name
    if person:
        tracker.remember(person)
    return Mention(doc_id, index, name, tweet.handle, "tweet", tweet.body, None, False, tweet.date_text)


def extract_mentions(doc_id: str, layout: Layout, known: tuple[Person, ...]) -> list[Mention]:
    """Every quote and signed tweet in a document, in order, with speaker and date phrase."""
    tracker = _Tracker(people_in_layout(layout, known))
    tweets = {t.paragraph: t for t in reversed(layout.tweets)}  # the first tweet of a paragraph
    mentions: list[Mention] = []
    for index, para in enumerate(layout.paragraphs):
        tweet = tweets.get(index)
        mention = (_tweet_mention(doc_id, tweet, tracker) if tweet is not None
                   else _quote_mention(doc_id, index, para, tracker))
        if mention is not None:
            mentions.append(mention)
    return mentions
