"""Mentions of the config's people in a comment, by name or by pronoun, found with the per-config
_Lexicon of names and pronouns; and how a cue about a person counts for or against their side."""

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...core.config import CorpusConfig, Person
from .claims import Claims
from .lexicon import _PRONOUN_FORMS, _PRONOUN_OF
from .people import _figure_words, _names, _side_of
from .scores import _Additions, _Evidence
from .tokens import (
    _GENERIC,
    Match,
    Token,
    _find,
    _first_words,
    _index,
    _phrase_cached,
    _PhraseTable,
    _stem,
    tokenise,
)


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
            if not _written_as(name, tokens, hit) or _class_plural(name, tokens, hit) or (
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


def _class_plural(name: str, tokens: Sequence[Token], hit: Match) -> bool:
    """Whether a name written in the singular ("the rescue", "the charity") is met in the plural
    ("animals come back to rescues", "charities like this"): the kind of thing, not the side."""
    words = _name_words(name)
    last = tokens[hit.end - 1]
    word = words.get(last.stem)
    if word is None or last.lower == word or len(last.lower) <= len(word) or not _same_word(word, last.lower):
        return False
    before = [t.lower for t in tokens[max(0, hit.start - 2):hit.start]]
    if len(before) > 1 and before[-1] in _SUPPORT_PREPOSITIONS and _stem(before[-2]) in _SUPPORT_VERBS:
        return False  # "I stand with unions", "vote for charities": support for the kind is for the side
    return bool(before) and (before[-1] in _SETTING_PREPOSITIONS or any(
        w in _COUNTING or w.isdigit() for w in before))


# Before a kind of thing in the plural, words that make it a place or a count ("back to rescues",
# "three different rescues"), not the subject a verdict is passed on ("Unions are holding ...").
_SETTING_PREPOSITIONS = frozenset({"to", "in", "into", "at", "from", "for", "with", "between", "among",
                                   "across", "by", "through"})
# "both" is left out: "both unions" is a pair that may hold the side.
_COUNTING = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                       "many", "different", "various", "other", "most", "some", "few"})
# "stand with", "vote for": a preposition of support, whose object is backed, kind or not.
_SUPPORT_PREPOSITIONS = frozenset({"with", "for", "behind"})
_SUPPORT_VERBS = frozenset(_stem(w) for w in ("stand", "stood", "side", "march", "fight", "fought", "vote",
                                              "campaign", "speak", "spoke", "strike", "struck", "rally"))


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
