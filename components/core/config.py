"""The corpus config (`corpus.toml`): the controversy's sides, other speakers, cues, metadata.

The file is checked against this schema before anything is built; every problem is collected
and reported at once, naming the file, the key and what was expected:

    [corpus]                     optional table
    name = "..."                 string: the corpus title shown in the dashboard

    [[sides]]                    list of tables, at most MAX_SIDES
    id = "damon"                 required, unique, a letter then letters, digits, '_' or '-'
                                 (at most 40); "neutral" is reserved for the stance label
    name = "Matt Damon"          required string, unique among sides and people
    aliases = ["Damon"]          list of strings (short names), at most MAX_LIST_ITEMS
    handles = ["@damon"]         list of strings, each '@' then no spaces
    pronoun = "he"               string
    position_cues = ["..."]      list of strings, at most MAX_CUES, each at most MAX_CUE_CHARS,
                                 with a letter or digit, no cue twice (ignoring case)
    colour = "#1f77b4"           CSS hex colour, "#rgb" or "#rrggbb" (optional)
    descriptors = ["..."]        list of strings (optional)

    [[people]]                   list of tables: other people who are quoted, at most MAX_PEOPLE
    name, aliases, handles, pronoun, descriptors as for a side; side = one of the side ids (optional)

    [documents."<file stem>"]    table of tables, keyed by file stem (all fields optional)
    title, source = "..."        strings
    url = "https://..."          string starting with http:// or https://
    published = "2017-12-15"     YYYY-MM-DD, a real day in MIN_YEAR..MAX_YEAR (a bare TOML date
                                 is accepted too)

Every string is non-empty, not only spaces, without control characters and at most
MAX_TEXT_CHARS long; unknown keys are errors (with a "did you mean" suggestion). The file must be
UTF-8 (a UTF-8 byte-order mark is allowed) and at most MAX_CONFIG_BYTES.
"""

import datetime as dt
import difflib
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .reader import unreadable

__all__ = [
    "Person", "Side", "CorpusConfig", "ConfigError", "load_config", "parse_config", "CONFIG_NAME",
    "MAX_CONFIG_BYTES", "MAX_SIDES", "MAX_PEOPLE", "MAX_LIST_ITEMS", "MAX_CUES", "MAX_CUE_CHARS",
    "MAX_TEXT_CHARS", "MIN_YEAR", "MAX_YEAR", "RESERVED_SIDE_IDS", "with_first_names",
]

CONFIG_NAME = "corpus.toml"

# Bounds. A config is written by hand; these are far above any real one and keep the work of
# stance (cues x comments phrase searches) and the size of every label bounded.
MAX_CONFIG_BYTES = 1_000_000    # the whole file
MAX_SIDES = 20                  # a controversy with more sides is not two-sided any more
MAX_PEOPLE = 1_000              # other people who are quoted
MAX_LIST_ITEMS = 100            # aliases, handles, descriptors of one person or side
MAX_CUES = 500                  # position cues of one side: each is searched in every comment
MAX_CUE_CHARS = 200             # one position cue (a claim in a few words, not a paragraph)
MAX_TEXT_CHARS = 500            # any other string: names, titles, sources, urls
MAX_REPORTED = 20               # problems listed in one message; the rest are counted
# Published dates outside this range are typing mistakes (the dates module keeps the same range).
MIN_YEAR, MAX_YEAR = 1900, 2100
# Stance labels that are not sides: a side may not take their names.
RESERVED_SIDE_IDS = ("neutral",)

_SIDE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}")
_HANDLE = re.compile(r"@\S+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_HEX_COLOUR = re.compile(r"#(?:[0-9A-Fa-f]{3}){1,2}")


@dataclass(frozen=True)
class Person:
    """Someone who can be quoted: name, short names, social handles, pronoun, side."""

    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    pronoun: str = ""
    side: str = ""
    descriptors: tuple[str, ...] = ()  # phrases the text may use for them ("the festival director")

    @property
    def names(self) -> tuple[str, ...]:
        """Every way the text may name this person, longest first."""
        bare = tuple(h.lstrip("@") for h in self.handles)
        return tuple(sorted({self.name, *self.aliases, *self.handles, *bare}, key=len, reverse=True))


@dataclass(frozen=True)
class Side:
    """One side of the controversy: its figurehead and the claims that belong to it."""

    id: str
    person: Person
    position_cues: tuple[str, ...] = ()
    colour: str = ""

    @property
    def descriptors(self) -> tuple[str, ...]:
        """The phrases the text may use for the side: its figurehead's descriptors."""
        return self.person.descriptors


@dataclass(frozen=True)
class CorpusConfig:
    """Everything story-specific: no code may know these names."""

    name: str = ""
    sides: tuple[Side, ...] = ()
    people: tuple[Person, ...] = ()
    documents: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def everyone(self) -> tuple[Person, ...]:
        """The sides' figureheads and the other known speakers."""
        return tuple(s.person for s in self.sides) + self.people

    def side_ids(self) -> tuple[str, ...]:
        """The side ids, in config order."""
        return tuple(s.id for s in self.sides)


class ConfigError(ValueError):
    """A corpus.toml that cannot be used; str() is 'PATH: invalid corpus config: a; b; c'."""

    def __init__(self, source: str | Path, problems: list[str]) -> None:
        shown = problems[:MAX_REPORTED]
        if len(problems) > MAX_REPORTED:
            shown.append(f"and {len(problems) - MAX_REPORTED} more problems")
        super().__init__(f"{source}: invalid corpus config: {'; '.join(shown)}")
        self.source = str(source)
        self.problems = tuple(problems)


# ---- checking: each check appends "KEY: problem" lines and returns the value or None ----

_Problems = list[str]
_Check = Callable[[Any, str, _Problems], Any]


def _kind(value: Any) -> str:
    """The TOML name of a value's type, with an article."""
    kinds: tuple[tuple[type, str], ...] = (
        (bool, "a boolean"), (int, "an integer"), (float, "a number"), (str, "a string"),
        (list, "a list"), (dict, "a table"), (dt.datetime, "a date-time"), (dt.date, "a date"),
        (dt.time, "a time"))
    return next((name for cls, name in kinds if isinstance(value, cls)), type(value).__name__)


def _quoted(name: str) -> str:
    """A key in TOML's double quotes."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quote(name: str) -> str:
    """A key as TOML writes it: bare when it can be, else in double quotes."""
    return name if _BARE_KEY.fullmatch(name) else _quoted(name)


def _expected(what: str, value: Any, key: str, problems: _Problems) -> None:
    problems.append(f"{key}: expected {what}, got {_kind(value)}")


def _text(value: Any, key: str, problems: _Problems, limit: int = MAX_TEXT_CHARS) -> str | None:
    """A non-empty, printable string of at most `limit` characters."""
    if not isinstance(value, str):
        _expected("a string", value, key, problems)
        return None
    if not value.strip():
        problems.append(f"{key}: must not be empty")
    elif len(value) > limit:
        problems.append(f"{key}: {len(value)} characters; the limit is {limit}")
    elif any(unicodedata.category(ch) == "Cc" for ch in value):
        problems.append(f"{key}: contains a control character (a line break or tab?)")
    else:
        return value
    return None


def _text_list(value: Any, key: str, problems: _Problems, item: _Check = _text,
               limit: int = MAX_LIST_ITEMS, what: str = "a list of strings") -> tuple[str, ...] | None:
    """A list of at most `limit` items, each passing `item`."""
    if not isinstance(value, list):
        _expected(what, value, key, problems)
        return None
    if len(value) > limit:
        problems.append(f"{key}: {len(value)} items; the limit is {limit}")
        return None
    before = len(problems)
    items = tuple(item(v, f"{key}[{i}]", problems) for i, v in enumerate(value))
    return items if len(problems) == before else None


def _handle(value: Any, key: str, problems: _Problems) -> str | None:
    text = _text(value, key, problems)
    if text is not None and not _HANDLE.fullmatch(text):
        problems.append(f'{key}: a handle is "@" then the name without spaces, got "{text}"')
        return None
    return text


def _handles(value: Any, key: str, problems: _Problems) -> tuple[str, ...] | None:
    return _text_list(value, key, problems, item=_handle)


def _cue(value: Any, key: str, problems: _Problems) -> str | None:
    text = _text(value, key, problems, limit=MAX_CUE_CHARS)
    if text is not None and not any(ch.isalnum() for ch in text):
        problems.append(f"{key}: a cue needs at least one letter or digit")
        return None
    return text


def _cues(value: Any, key: str, problems: _Problems) -> tuple[str, ...] | None:
    cues = _text_list(value, key, problems, item=_cue, limit=MAX_CUES)
    if cues is None:
        return None
    seen: dict[str, int] = {}
    for i, cue in enumerate(cues):
        first = seen.setdefault(cue.strip().casefold(), i)
        if first != i:
            problems.append(f'{key}[{i}]: "{cue}" is listed twice (also {key}[{first}])')
    return cues if len(seen) == len(cues) else None


def _side_id(value: Any, key: str, problems: _Problems) -> str | None:
    text = _text(value, key, problems)
    if text is None:
        return None
    if not _SIDE_ID.fullmatch(text):
        problems.append(f'{key}: "{text}" is not a usable id (a letter, then letters, digits, '
                        f"'_' or '-', at most 40)")
    elif text.casefold() in RESERVED_SIDE_IDS:
        problems.append(f'{key}: "{text}" is reserved for comments that take no side')
    else:
        return text
    return None


def _url(value: Any, key: str, problems: _Problems) -> str | None:
    text = _text(value, key, problems)
    if text is not None and not _URL.fullmatch(text):
        problems.append(f"{key}: expected a web address starting with http:// or https://")
        return None
    return text


def _colour(value: Any, key: str, problems: _Problems) -> str | None:
    text = _text(value, key, problems)
    if text is not None and not _HEX_COLOUR.fullmatch(text):
        problems.append(f'{key}: expected a CSS hex colour such as "#1f77b4" or "#17b", got "{text[:40]}"')
        return None
    return text


def _published(value: Any, key: str, problems: _Problems) -> str | None:
    """An ISO day YYYY-MM-DD in MIN_YEAR..MAX_YEAR; a bare TOML date counts too."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = value.isoformat()
    if not isinstance(value, str):
        _expected("a date YYYY-MM-DD", value, key, problems)
        return None
    if not _ISO_DAY.fullmatch(value):
        problems.append(f'{key}: "{value[:40]}" is not a date YYYY-MM-DD')
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        problems.append(f'{key}: "{value}" is not a day of the calendar')
    else:
        if MIN_YEAR <= day.year <= MAX_YEAR:
            return value
        problems.append(f"{key}: year {day.year} is outside {MIN_YEAR}-{MAX_YEAR}")
    return None


def _unknown_keys(table: Mapping[str, Any], allowed: Mapping[str, Any], key: str,
                  problems: _Problems) -> None:
    """One problem per key the schema does not know, with the nearest known key."""
    for name in table:
        if name in allowed:
            continue
        where = f"{key}.{_quote(name)}" if key else _quote(name)
        near = difflib.get_close_matches(name, list(allowed), n=1)
        hint = f'did you mean "{near[0]}"? ' if near else ""
        problems.append(f"{where}: unknown key ({hint}known: {', '.join(allowed)})")


def _table(value: Any, key: str, fields: Mapping[str, _Check], problems: _Problems,
           required: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """Check a table against its fields; the checked values of the fields present."""
    if not isinstance(value, dict):
        _expected("a table", value, key, problems)
        return None
    _unknown_keys(value, fields, key, problems)
    for name in required:
        if name not in value:
            problems.append(f"{key}: missing required key {name}")
    return {name: fields[name](value[name], f"{key}.{name}", problems)
            for name in fields if name in value}


def _list_of_tables(value: Any, key: str, limit: int, problems: _Problems) -> list[Any]:
    """The items of a list of tables (checked later), or [] when the shape is wrong."""
    if not isinstance(value, list):
        _expected(f"a list of tables ([[{key}]])", value, key, problems)
        return []
    if len(value) > limit:
        problems.append(f"{key}: {len(value)} entries; the limit is {limit}")
        return []
    return value


_PERSON_FIELDS: dict[str, _Check] = {
    "name": _text, "aliases": _text_list, "handles": _handles, "pronoun": _text,
}
_SIDE_FIELDS: dict[str, _Check] = {
    "id": _side_id, **_PERSON_FIELDS, "position_cues": _cues, "colour": _colour,
    "descriptors": _text_list,
}
_PEOPLE_FIELDS: dict[str, _Check] = {**_PERSON_FIELDS, "side": _text, "descriptors": _text_list}
_DOCUMENT_FIELDS: dict[str, _Check] = {
    "title": _text, "source": _text, "url": _url, "published": _published,
}
_CORPUS_FIELDS: dict[str, _Check] = {"name": _text}
_TOP_KEYS: dict[str, None] = dict.fromkeys(("corpus", "sides", "people", "documents"))


def _person(checked: Mapping[str, Any], side: str = "") -> Person:
    return Person(name=checked["name"], aliases=checked.get("aliases") or (),
                  handles=checked.get("handles") or (), pronoun=checked.get("pronoun") or "",
                  side=checked.get("side") or side, descriptors=checked.get("descriptors") or ())


def _named(checked: Mapping[str, Any], key: str, names: dict[str, str], problems: _Problems) -> None:
    """A person named twice (as a side or among the people) is one mistake or the other."""
    name = checked.get("name")
    if name is not None:
        first = names.setdefault(name.strip().casefold(), f"{key}.name")
        if first != f"{key}.name":
            problems.append(f'{key}.name: "{name}" is already {first}')


def _sides(value: Any, names: dict[str, str], problems: _Problems) -> tuple[list[Side], list[str]]:
    """The [[sides]], each checked, and every usable side id (unique, ignoring case)."""
    sides: list[Side] = []
    ids: list[str] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(_list_of_tables(value, "sides", MAX_SIDES, problems)):
        key = f"sides[{i}]"
        checked = _table(raw, key, _SIDE_FIELDS, problems, required=("id", "name"))
        if checked is None or checked.get("id") is None:
            continue
        side_id = checked["id"]
        ids.append(side_id)
        first = seen.setdefault(side_id.casefold(), f"{key}.id")
        if first != f"{key}.id":
            problems.append(f'{key}.id: duplicate side id "{side_id}" (also {first})')
        _named(checked, key, names, problems)
        if checked.get("name") is not None:
            sides.append(Side(id=side_id, person=_person(checked, side_id),
                              position_cues=checked.get("position_cues") or (),
                              colour=checked.get("colour") or ""))
    return sides, ids


def _people(value: Any, side_ids: list[str], names: dict[str, str],
            problems: _Problems) -> list[Person]:
    """The [[people]]: each checked; a side, when given, is one of the side ids."""
    people: list[Person] = []
    for i, raw in enumerate(_list_of_tables(value, "people", MAX_PEOPLE, problems)):
        key = f"people[{i}]"
        checked = _table(raw, key, _PEOPLE_FIELDS, problems, required=("name",))
        if checked is None or checked.get("name") is None:
            continue
        side = checked.get("side")
        if side is not None and side not in side_ids:
            near = difflib.get_close_matches(side, side_ids, n=1)
            hint = f'did you mean "{near[0]}"? ' if near else ""
            problems.append(f'{key}.side: "{side}" is not a side id ({hint}'
                            f"the sides are: {', '.join(side_ids) or 'none'})")
        _named(checked, key, names, problems)
        people.append(_person(checked))
    return people


def _documents(value: Any, problems: _Problems) -> dict[str, dict[str, str]]:
    """The [documents."<stem>"] tables: known fields only, every value checked."""
    if not isinstance(value, dict):
        _expected('a table of tables ([documents."<file stem>"])', value, "documents", problems)
        return {}
    documents: dict[str, dict[str, str]] = {}
    for stem, raw in value.items():
        key = f"documents.{_quoted(stem)}"
        if not stem.strip():
            problems.append(f"{key}: the file stem must not be empty")
        checked = _table(raw, key, _DOCUMENT_FIELDS, problems)
        if checked is not None:
            documents[stem] = {k: v for k, v in checked.items() if v is not None}
    return documents


def _corpus_name(value: Any, problems: _Problems) -> str:
    checked = _table(value, "corpus", _CORPUS_FIELDS, problems)
    return (checked or {}).get("name") or ""


def parse_config(raw: Mapping[str, Any], source: str | Path = CONFIG_NAME) -> CorpusConfig:
    """Build a CorpusConfig from the parsed TOML mapping; ConfigError lists every problem."""
    problems: _Problems = []
    if not isinstance(raw, Mapping):
        raise ConfigError(source, [f"expected a table at the top, got {_kind(raw)}"])
    _unknown_keys(raw, _TOP_KEYS, "", problems)
    name = _corpus_name(raw["corpus"], problems) if "corpus" in raw else ""
    names: dict[str, str] = {}
    sides, side_ids = _sides(raw.get("sides", []), names, problems)
    people = _people(raw.get("people", []), side_ids, names, problems)
    documents = _documents(raw.get("documents", {}), problems)
    if problems:
        raise ConfigError(source, problems)
    return with_first_names(CorpusConfig(name, tuple(sides), tuple(people), documents))


# Titles, offices and party words that open a name ("Dr Ellis Nakamura", "Prime Minister Keir
# Starmer", "Labour MP Jess Phillips"): the word after them is not a first name.
_TITLES = frozenset((
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "reverend", "judge", "justice", "mayor", "councillor", "cllr", "senator", "rep", "representative",
    "president", "vice", "prime", "minister", "secretary", "chancellor", "governor", "ambassador", "chief",
    "general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "sgt", "corporal",
    "private", "commander", "officer", "inspector", "detective", "constable", "sheriff", "commissioner",
    "director", "chair", "chairman", "chairwoman", "coach", "manager", "queen", "king", "prince",
    "princess", "duke", "duchess", "baron", "baroness", "earl", "count", "countess", "pope", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "pastor", "father", "brother", "sister", "mother", "saint",
    "st", "labour", "tory", "conservative", "liberal", "democrat", "republican", "green", "reform", "mp",
    "mep", "msp", "congressman", "congresswoman", "speaker", "leader", "deputy", "shadow", "former",
    "the", "a", "an"))
# First names that are also everyday words ("Will", "May", "Mark"): said alone they name nobody.
_WORD_NAMES = frozenset((
    "will", "may", "mark", "bill", "grace", "hope", "rose", "pat", "sue", "rob", "guy", "frank", "jack",
    "dawn", "joy", "faith", "art", "chase", "drew", "gene", "june", "april", "august", "summer", "autumn",
    "ruby", "amber", "penny", "sky", "river", "rich", "don", "ray", "bob", "jean", "carol", "holly", "iris",
    "ivy", "lily", "violet", "heather", "crystal", "destiny", "harmony", "honey", "star", "sunny",
    "christian",
    "major", "king", "earl", "baron", "duke", "prince", "deacon", "hunter", "mason", "page", "wade", "lane",
    # first names that are also places, said alone in news as often as the place
    "jordan", "chelsea", "paris", "florence", "georgia", "india", "israel", "china", "chad", "kenya",
    "sydney", "austin", "dallas", "houston", "madison", "savannah", "phoenix", "victoria", "adelaide",
    "regina", "lincoln", "jackson", "washington", "carolina", "virginia", "brooklyn", "london", "dakota",
    "cairo", "troy", "eden", "salem", "kent", "york", "orlando", "denver", "nevada", "sierra",
    "dale", "glen", "cliff", "rusty", "buck", "miles", "price", "young", "long", "new", "north", "south",
))


def _first_name(person: Person) -> str:
    """The first word of a person's full name when it may name them alone ("Bo" for "Bo Hart"):
    a person's (he/she), of a name of two to four words, not a title nor an everyday word."""
    words = person.name.split()
    if person.pronoun.lower() not in ("he", "she") or not 2 <= len(words) <= 4:
        return ""
    first = words[0]
    if (len(first) < 2 or not first[0].isupper() or not first.replace("-", "").isalpha()
            or first.rstrip(".").lower() in _TITLES or first.lower() in _WORD_NAMES):
        return ""
    return first


def with_first_names(config: CorpusConfig) -> CorpusConfig:
    """The config with each person's first name as one more alias, when nobody else's names use
    that word: articles and commenters call people by their first name ("Bo, 58, fumed",
    "Priya's right") whether or not the config lists it."""
    people = config.everyone
    words: dict[str, set[str]] = {}
    for person in people:
        for name in person.names:
            for word in name.casefold().replace("@", " ").split():
                words.setdefault(word, set()).add(person.name)
    def extended(person: Person) -> Person:
        first = _first_name(person)
        if not first or words.get(first.casefold(), set()) != {person.name} or first in person.aliases:
            return person
        return replace(person, aliases=(*person.aliases, first))
    sides = tuple(replace(s, person=extended(s.person)) for s in config.sides)
    return replace(config, sides=sides, people=tuple(extended(p) for p in config.people))


# ---- reading ----

def _decode(data: bytes, path: Path) -> str:
    """The file's text: UTF-8, with or without a byte-order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:2]:
        raise ConfigError(path, ["the file looks like UTF-16, not UTF-8; save it as UTF-8"])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, [f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at "
                                 f"position {exc.start}); save it as UTF-8"]) from exc


def _read_toml(path: Path) -> dict[str, Any]:
    """The TOML mapping of a regular, bounded, UTF-8 file; ConfigError naming the file if not."""
    if not path.is_file():
        what = ("a broken link" if not path.exists() else "a folder" if path.is_dir()
                else "not a regular file")
        raise ConfigError(path, [f"the path is {what}; expected a TOML file"])
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(path, [unreadable(exc)]) from exc
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(path, [f"the file is larger than the limit of {MAX_CONFIG_BYTES:,} bytes"])
    try:
        return tomllib.loads(_decode(data, path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, [f"not valid TOML: {exc}"]) from exc
    except RecursionError as exc:
        raise ConfigError(path, ["not valid TOML: nested too deeply"]) from exc


def load_config(seeds_dir: Path) -> CorpusConfig:
    """Read `corpus.toml` from a seeds folder; an empty config when there is none."""
    path = seeds_dir / CONFIG_NAME
    if not path.exists() and not path.is_symlink():
        return CorpusConfig()
    return parse_config(_read_toml(path), source=path)
