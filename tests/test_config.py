"""corpus.toml: the real configs load unchanged; every bad shape is refused naming file, key and type."""

import datetime as dt
import shutil
import tomllib
from pathlib import Path

import pytest

from components.core import config as cfg
from components.core.config import CONFIG_NAME, ConfigError, CorpusConfig, load_config, parse_config
from components.corpus.store import MANIFEST
from components.engine.cli import main
from components.enrich.stance import NEUTRAL

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INVENTED = ROOT / "tests" / "data" / "invented"

# A small valid config; each bad case below is this text plus or with one change.
GOOD = """
[corpus]
name = "North and South"

[[sides]]
id = "north"
name = "Nora North"
aliases = ["North"]
handles = ["@nora"]
pronoun = "she"
position_cues = ["cold is good"]

[[sides]]
id = "south"
name = "Sam South"
position_cues = ["warm is good"]

[[people]]
name = "Pat Judge"
side = "north"
"""


def _side(body: str) -> str:
    """GOOD with one more side whose body is `body` (a third side, sides[2])."""
    return GOOD + '\n[[sides]]\nid = "east"\nname = "Eve East"\n' + body + "\n"


def _problems(text: str) -> str:
    """The message parse_config raises for `text` (which must be refused)."""
    with pytest.raises(ConfigError) as caught:
        parse_config(tomllib.loads(text))
    return str(caught.value)


BAD_SHAPES = [
    # (what, toml text, fragment the message must contain)
    ("sides not a list", "sides = 5", "sides: expected a list of tables ([[sides]]), got an integer"),
    ("a side not a table", "sides = [1]", "sides[0]: expected a table, got an integer"),
    ("documents not a table", "documents = 5",
     'documents: expected a table of tables ([documents."<file stem>"]), got an integer'),
    ("a document not a table", 'documents.abc = "x"', 'documents."abc": expected a table, got a string'),
    ("people not a list", 'people = "Pat"', "people: expected a list of tables ([[people]]), got a string"),
    ("corpus not a table", 'corpus = "x"', "corpus: expected a table, got a string"),
    ("corpus name not a string", "[corpus]\nname = 3", "corpus.name: expected a string, got an integer"),
    ("aliases a string", _side('aliases = "Eve"'),
     "sides[2].aliases: expected a list of strings, got a string"),
    ("handles a string", _side('handles = "@eve"'), "sides[2].handles: expected a list of strings"),
    ("alias not a string", _side("aliases = [1]"), "sides[2].aliases[0]: expected a string, got an integer"),
    ("empty alias", _side('aliases = ["  "]'), "sides[2].aliases[0]: must not be empty"),
    ("handle without @", _side('handles = ["eve"]'), 'sides[2].handles[0]: a handle is "@" then'),
    ("empty cue", _side('position_cues = ["sunrise", ""]'), "sides[2].position_cues[1]: must not be empty"),
    ("cue without letters", _side('position_cues = ["!!"]'),
     "sides[2].position_cues[0]: a cue needs at least one letter or digit"),
    ("cue listed twice", _side('position_cues = ["Sunrise", "sunrise"]'),
     'sides[2].position_cues[1]: "sunrise" is listed twice (also sides[2].position_cues[0])'),
    ("cues a string", _side('position_cues = "sunrise"'),
     "sides[2].position_cues: expected a list of strings"),
    ("cue too long", _side(f'position_cues = ["{"a" * (cfg.MAX_CUE_CHARS + 1)}"]'),
     f"sides[2].position_cues[0]: {cfg.MAX_CUE_CHARS + 1} characters; the limit is {cfg.MAX_CUE_CHARS}"),
    ("too many cues", _side(f"position_cues = {[f'c{i}' for i in range(cfg.MAX_CUES + 1)]}"),
     f"sides[2].position_cues: {cfg.MAX_CUES + 1} items; the limit is {cfg.MAX_CUES}"),
    ("pronoun not a string", _side("pronoun = true"), "sides[2].pronoun: expected a string, got a boolean"),
    ("colour not a string", _side("colour = 3"), "sides[2].colour: expected a string, got an integer"),
    ("colour a name", _side('colour = "red"'), 'sides[2].colour: expected a CSS hex colour such as'),
    ("colour without #", _side('colour = "1f77b4"'), 'sides[2].colour: expected a CSS hex colour'),
    ("colour of 5 digits", _side('colour = "#1f77b"'), 'sides[2].colour: expected a CSS hex colour'),
    ("colour not hex", _side('colour = "#12345g"'), 'sides[2].colour: expected a CSS hex colour'),
    ("colour with markup", _side('colour = "#fff;background:url(x)"'),
     'sides[2].colour: expected a CSS hex colour'),
    ("descriptors a string", _side('descriptors = "x"'), "sides[2].descriptors: expected a list of strings"),
    ("name with a line break", _side('aliases = ["Eve\\nEast"]'), "sides[2].aliases[0]: contains a control"),
    ("missing id", '[[sides]]\nname = "A"', "sides[0]: missing required key id"),
    ("missing name", '[[sides]]\nid = "a"', "sides[0]: missing required key name"),
    ("empty id", '[[sides]]\nid = ""\nname = "A"', "sides[0].id: must not be empty"),
    ("id with spaces", '[[sides]]\nid = "a b"\nname = "A"', 'sides[0].id: "a b" is not a usable id'),
    ("id not a string", '[[sides]]\nid = 1\nname = "A"', "sides[0].id: expected a string, got an integer"),
    ("reserved id", f'[[sides]]\nid = "{NEUTRAL}"\nname = "A"', f'sides[0].id: "{NEUTRAL}" is reserved'),
    ("duplicate id", GOOD + '[[sides]]\nid = "North"\nname = "Other"',
     'sides[2].id: duplicate side id "North" (also sides[0].id)'),
    ("same person twice", GOOD + '[[people]]\nname = "Sam South"',
     'people[1].name: "Sam South" is already sides[1].name'),
    ("unknown side key", _side('color = "red"'), 'sides[2].color: unknown key (did you mean "colour"?'),
    ("unknown top key", GOOD + '[[side]]\nid = "x"', 'side: unknown key (did you mean "sides"?'),
    ("unknown person key", GOOD + '[[people]]\nname = "Q"\nalias = ["Q"]',
     'people[1].alias: unknown key (did you mean "aliases"?'),
    ("person side unknown", GOOD + '[[people]]\nname = "Q"\nside = "nort"',
     'people[1].side: "nort" is not a side id (did you mean "north"? the sides are: north, south)'),
    ("person side not a string", GOOD + '[[people]]\nname = "Q"\nside = 1',
     "people[1].side: expected a string, got an integer"),
    ("person without name", '[[people]]\naliases = ["Q"]', "people[0]: missing required key name"),
    ("document unknown key", '[documents.abc]\npubished = "2017-12-15"',
     'documents."abc".pubished: unknown key (did you mean "published"?'),
    ("document value not a string", "[documents.abc]\nsource = 5",
     'documents."abc".source: expected a string, got an integer'),
    ("published not ISO", '[documents.abc]\npublished = "Dec 15, 2017"',
     'documents."abc".published: "Dec 15, 2017" is not a date YYYY-MM-DD'),
    ("published not a day", '[documents.abc]\npublished = "2017-13-45"',
     'documents."abc".published: "2017-13-45" is not a day of the calendar'),
    ("published Feb 30", '[documents.abc]\npublished = "2017-02-30"', "is not a day of the calendar"),
    ("published year 0", '[documents.abc]\npublished = "0000-05-01"', "is not a day of the calendar"),
    ("published far future", '[documents.abc]\npublished = "9999-12-31"',
     'documents."abc".published: year 9999 is outside 1900-2100'),
    ("published a number", "[documents.abc]\npublished = 2017",
     'documents."abc".published: expected a date YYYY-MM-DD, got an integer'),
    ("published a date-time", "[documents.abc]\npublished = 2017-12-15T10:00:00",
     "expected a date YYYY-MM-DD, got a date-time"),
    ("url not http", '[documents."a b"]\nurl = "javascript:alert(1)"',
     'documents."a b".url: expected a web address starting with http:// or https://'),
    ("empty stem", '[documents.""]\nsource = "x"', 'documents."": the file stem must not be empty'),
]


@pytest.mark.parametrize(("text", "fragment"), [(t, f) for _, t, f in BAD_SHAPES],
                         ids=[name for name, _, _ in BAD_SHAPES])
def test_bad_shape_is_refused_naming_key_and_type(text: str, fragment: str) -> None:
    message = _problems(text)
    assert message.startswith(f"{CONFIG_NAME}: invalid corpus config: ")
    assert fragment in message


def test_every_problem_is_reported_at_once() -> None:
    text = _side('aliases = "Eve"\nposition_cues = [""]') + "[documents.abc]\npublished = \"x\"\n"
    with pytest.raises(ConfigError) as caught:
        parse_config(tomllib.loads(text))
    assert len(caught.value.problems) == 3
    assert str(caught.value).count("; ") == 2


def test_a_flood_of_problems_is_summarised() -> None:
    text = "\n".join(f'[documents.d{i}]\npublished = "x"' for i in range(cfg.MAX_REPORTED + 5))
    message = _problems(text)
    assert message.endswith("and 5 more problems")
    assert message.count("is not a date") == cfg.MAX_REPORTED


def test_config_error_is_a_value_error() -> None:
    assert issubclass(ConfigError, ValueError)


def test_good_config_parses_to_its_values() -> None:
    config = parse_config(tomllib.loads(GOOD + '[documents.abc]\npublished = 2017-12-15\n'
                                               'url = "https://example.com/a"\n'))
    assert config.name == "North and South"
    assert config.side_ids() == ("north", "south")
    north = config.sides[0]
    assert north.person.aliases == ("North", "Nora") and north.person.handles == ("@nora",)
    assert north.person.side == "north" and north.position_cues == ("cold is good",)
    assert config.people[0].side == "north" and config.people[0].aliases == ()
    assert config.documents == {"abc": {"published": "2017-12-15", "url": "https://example.com/a"}}


def _people(*rows: str) -> CorpusConfig:
    return parse_config(tomllib.loads("".join(f"[[people]]\n{row}\n" for row in rows)))


def test_a_persons_first_name_is_an_alias_when_nobody_else_uses_it() -> None:
    config = _people('name = "Bo Hart"\npronoun = "he"',
                     'name = "Ada Lind"\naliases = ["Ada"]\npronoun = "she"')
    assert config.people[0].aliases == ("Bo",)
    assert config.people[1].aliases == ("Ada",)  # listed already: not twice


@pytest.mark.parametrize("rows", [
    ('name = "Sam Reed"\npronoun = "he"', 'name = "Sam Oduya"\npronoun = "she"'),  # two Sams
    ('name = "Ross Callaghan"\npronoun = "he"', 'name = "Lena Ross"\npronoun = "she"'),  # another's surname
    ('name = "Will Grant"\npronoun = "he"',),  # an everyday word
    ('name = "Dr Ellis Nakamura"\npronoun = "she"',),  # a title
    ('name = "Northlight Records"\npronoun = "they"',),  # an organisation
    ('name = "Cher"\npronoun = "she"',),  # one word
], ids=["shared", "surname", "word", "title", "organisation", "one-word"])
def test_no_first_name_alias_where_it_could_name_someone_else(rows: tuple[str, ...]) -> None:
    assert _people(*rows).people[0].aliases == ()


def test_colour_and_descriptors_are_accepted() -> None:
    config = parse_config(tomllib.loads(_side('colour = "#1f77b4"\ndescriptors = ["early riser"]')))
    assert config.sides[2].colour == "#1f77b4" and config.sides[2].descriptors == ("early riser",)
    assert parse_config(tomllib.loads(_side('colour = "#1A7"'))).sides[2].colour == "#1A7"


def test_empty_config_is_empty() -> None:
    assert parse_config({}) == CorpusConfig()


def test_neutral_is_reserved_in_the_config() -> None:
    assert NEUTRAL in cfg.RESERVED_SIDE_IDS


@pytest.mark.parametrize("folder", [SEEDS, INVENTED], ids=["seeds", "invented"])
def test_real_configs_still_load(folder: Path) -> None:
    if not (folder / CONFIG_NAME).exists():
        pytest.skip(f"no {CONFIG_NAME} in {folder}")
    config = load_config(folder)
    raw = tomllib.loads((folder / CONFIG_NAME).read_text(encoding="utf-8"))
    assert config.side_ids() == tuple(s["id"] for s in raw["sides"])
    assert [s.position_cues for s in config.sides] == [tuple(s["position_cues"]) for s in raw["sides"]]
    assert config.name == raw["corpus"]["name"]


def test_missing_config_is_empty(tmp_path: Path) -> None:
    assert load_config(tmp_path) == CorpusConfig()


BAD_FILES = [
    ("utf-16 with BOM", '[corpus]\nname = "x"\n'.encode("utf-16"), "looks like UTF-16, not UTF-8"),
    ("utf-16 without BOM", '[corpus]\nname = "x"\n'.encode("utf-16-le"), "looks like UTF-16"),
    ("gbk", '[corpus]\nname = "中文"\n'.encode("gbk"), "is not UTF-8 text (byte 0xd6 at position 17)"),
    ("toml syntax", b"[corpus\n", "not valid TOML: Expected ']' at the end of a table declaration"),
    ("nested too deeply", b"a = " + b"[" * 5000 + b"]" * 5000, "not valid TOML"),
    ("too large", b"#" * (cfg.MAX_CONFIG_BYTES + 1), f"larger than the limit of {cfg.MAX_CONFIG_BYTES:,}"),
    ("bad shape", b"sides = 5\n", "sides: expected a list of tables"),
]


@pytest.mark.parametrize(("data", "fragment"), [(d, f) for _, d, f in BAD_FILES],
                         ids=[name for name, _, _ in BAD_FILES])
def test_bad_file_is_refused_naming_the_file(tmp_path: Path, data: bytes, fragment: str) -> None:
    (tmp_path / CONFIG_NAME).write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / CONFIG_NAME}: invalid corpus config: ")
    assert fragment in str(caught.value)


def test_utf8_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_bytes(b"\xef\xbb\xbf[corpus]\nname = \"x\"\n")
    assert load_config(tmp_path).name == "x"


def test_config_that_is_not_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).mkdir()
    with pytest.raises(ConfigError, match="the path is a folder; expected a TOML file"):
        load_config(tmp_path)


def test_broken_link_config_is_refused(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).symlink_to(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="the path is a broken link"):
        load_config(tmp_path)


def test_published_toml_date_becomes_iso_text() -> None:
    config = parse_config({"documents": {"abc": {"published": dt.date(2017, 12, 15)}}})
    assert config.documents["abc"]["published"] == "2017-12-15"


@pytest.mark.parametrize(("text", "fragment"), [
    ("sides = 5\n", "sides: expected a list of tables"),
    ('[[sides]]\nid = "a"\nname = "A"\naliases = "Abc"\n', "sides[0].aliases: expected a list of strings"),
    ('[[sides]]\nid = "a"\nname = "A"\nposition_cues = [""]\n',
     "sides[0].position_cues[0]: must not be empty"),
], ids=["sides-int", "aliases-string", "empty-cue"])
def test_cli_build_with_bad_config_stops_before_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         text: str, fragment: str) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "corpus"
    shutil.copytree(SEEDS, seeds)
    (seeds / CONFIG_NAME).write_text(text, encoding="utf-8")
    assert main(["build", str(seeds), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"spectrum: {seeds / CONFIG_NAME}: invalid corpus config: ")
    assert fragment in err and "Traceback" not in err
    assert not (out / MANIFEST).exists()


def test_person_on_a_side_with_a_bad_name_gets_no_second_error() -> None:
    message = _problems('[[sides]]\nid = "a"\nname = 3\n[[people]]\nname = "Q"\nside = "a"\n')
    assert "sides[0].name: expected a string, got an integer" in message
    assert "people[0].side" not in message


@pytest.mark.parametrize("name", ["Prime Minister Keir Starmer", "Labour MP Jess Phillips", "Jordan Peterson",
                                  "Chief Constable Jane Doe"])
def test_titles_offices_and_places_are_never_first_name_aliases(name: str) -> None:
    assert _people(f'name = "{name}"\npronoun = "she"').people[0].aliases == ()


def test_people_may_have_descriptors_like_sides() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "a"\nname = "Ada Lind"\ndescriptors = ["the campaigner"]\n'
        '[[people]]\nname = "Tom Reeve"\ndescriptors = ["the festival director"]\n'))
    by_name = {p.name: p for p in config.everyone}
    assert by_name["Tom Reeve"].descriptors == ("the festival director",)
    assert by_name["Ada Lind"].descriptors == ("the campaigner",)
