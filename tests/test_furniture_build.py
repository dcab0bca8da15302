"""Corpus-level furniture in a build: lines an outlet prints on three or more of its articles (a
navigation row, a newsletter sign-up, a promo) leave those articles and are never comments or
titles; a new article of that outlet parses that outlet's articles again, and nothing else."""

import json
import shutil
from pathlib import Path

from pandas.testing import assert_frame_equal

from components.core.config import parse_config
from components.corpus.store import load_corpus, load_table
from components.engine import tasks
from components.engine.build import build_corpus
from components.engine.furniture_sets import Base, furnished_key, furniture_sets
from components.engine.tasks import ParseTask, page_bytes
from components.parse.layout import split_layout
from components.parse.parser import parse_base, parse_document, parse_page, read_page, same_layout

CONFIG_TOML = """
[[sides]]
id = "stone"
name = "Alex Stone"
aliases = ["Stone"]

[[sides]]
id = "reed"
name = "Bo Reed"
aliases = ["Reed"]
"""
CONFIG = parse_config({"sides": [{"id": "stone", "name": "Alex Stone", "aliases": ["Stone"]},
                                 {"id": "reed", "name": "Bo Reed", "aliases": ["Reed"]}]})
NAV = "Home | News | Valley | Council | Opinion | Puzzles"  # a menu row
SIGN_UP = "Sign up for our newsletter"
PROMO = "The Courier Morning: the valley's news before breakfast, every weekday."
HEADLINES = ["Harlow Bridge Repairs Delayed Again", "New Library Hours Announced For Summer",
             "Parking Fees To Rise In The Town Centre", "Riverside Market Returns On Sunday"]
TOPICS = ["the bridge repairs", "the library hours", "the parking fees", "the riverside market"]


def _courier(n: int) -> str:
    """An article of the Harlow Courier: its menu row, sign-up and promo around its own text, and a
    comment section followed by the same furniture."""
    return (f" date 2020-05-{n + 1:02d}\n{NAV}\n\n{HEADLINES[n]}\n\nBy Sam Writer, Harlow Courier\n\n"
            f"The council met on a wet {['Monday', 'Tuesday', 'Wednesday', 'Thursday'][n]} to discuss "
            f"{TOPICS[n]}, and the public gallery was full.\n\n"
            f'"We will not give up on {TOPICS[n]}," Stone said after the vote.\n\n'
            f"{SIGN_UP}\n\n{PROMO}\n\n"
            f"Comments\n\n  • Pat Green • 2 hours ago\n\n"
            f"    Good to see the council listening on {TOPICS[n]}.\n\n"
            f"  • Lee Park • 1 hour ago\n\n    Stone is right about {TOPICS[n]}.\n\n"
            f"{SIGN_UP}\n\n{PROMO}\n\n{NAV}\n")


def _post(n: int) -> str:
    """An article of another outlet, the Valley Post, with furniture of its own."""
    return (f" date 2020-06-{n + 1:02d}\nValley Post Story Number {n + 1} About The Council\n\n"
            f"By Ann Lee, Valley Post\n\n"
            f"Councillors argued for {n + 2} hours about the budget on the {n + 1}th of June, "
            "said the clerk.\n\n"
            f'"Nobody asked the families who live by the river, not once in {n + 2} years," Reed said.\n\n'
            "Read the Valley Post in print every Saturday morning at your newsagent.\n")


def _bases(texts: dict[str, str]) -> dict[str, Base]:
    """Each page's first parse, as the build records it."""
    bases = {}
    for name, text in texts.items():
        parsed = parse_document(name, f"{name}.txt", text, "x", CONFIG)
        bases[name] = Base.of("k", parsed.document, tuple(sorted(parsed.lines)))
    return bases


def test_an_outlets_repeated_lines_leave_its_articles_and_are_never_comments() -> None:
    texts = {f"c{n}": _courier(n) for n in range(3)} | {"p0": _post(0)}
    furniture = furniture_sets(_bases(texts))
    assert set(furniture) == {"c0", "c1", "c2"}  # one article of the Valley Post: nothing repeated
    for name in ("c0", "c1", "c2"):
        assert {NAV, PROMO} <= furniture[name]
        n = int(name[1])
        before = split_layout(texts[name]).paragraphs
        assert PROMO in before  # the premise: no rule for one page knows the promo
        paragraphs = split_layout(texts[name], furniture[name]).paragraphs
        assert not any(line in p for p in paragraphs for line in (NAV, SIGN_UP, PROMO))
        assert any(TOPICS[n] in p and "Stone said" in p for p in paragraphs)  # the article stays
        parsed = parse_document(name, f"{name}.txt", texts[name], "x", CONFIG, furniture[name])
        assert parsed.document["title"] == HEADLINES[n]
        assert [c["author"] for c in parsed.comments] == ["Pat Green", "Lee Park"]
        assert not any(line in c["text"] for c in parsed.comments for line in (NAV, SIGN_UP, PROMO))
        plain = parse_document(name, f"{name}.txt", texts[name], "x", CONFIG)
        assert [m["text"] for m in parsed.mentions] == [m["text"] for m in plain.mentions]
        assert len(parsed.mentions) == 1 and TOPICS[n] in parsed.mentions[0]["text"]


def test_a_promo_under_the_last_comment_leaves_that_comment() -> None:
    """A page that prints its promo indented under the comments: a single page's rules take it for
    the end of the last comment; the outlet's repeated lines give it back to the page."""
    texts = {f"c{n}": _courier(n).replace(f"\n\n{SIGN_UP}\n\n{PROMO}\n\n{NAV}\n",
                                         f"\n\n    {PROMO}\n\n{NAV}\n") for n in range(3)}
    furniture = furniture_sets(_bases(texts))
    for name, text in texts.items():
        n = int(name[1])
        plain = parse_document(name, f"{name}.txt", text, "x", CONFIG)
        assert PROMO in plain.comments[-1]["text"]  # the premise
        parsed = parse_document(name, f"{name}.txt", text, "x", CONFIG, furniture[name])
        assert [(c["author"], c["text"], c["text_raw"]) for c in parsed.comments] == [
            ("Pat Green", *[f"Good to see the council listening on {TOPICS[n]}."] * 2),
            ("Lee Park", *[f"Stone is right about {TOPICS[n]}."] * 2)]


def test_one_outlets_furniture_is_not_anothers() -> None:
    texts = {f"c{n}": _courier(n) for n in range(3)} | {f"p{n}": _post(n) for n in range(3)}
    furniture = furniture_sets(_bases(texts))
    assert PROMO in furniture["c0"] and PROMO not in furniture["p0"]
    assert not furniture["p0"] & furniture["c0"]


def test_copies_of_one_article_are_not_furniture() -> None:
    """One article saved on three days, with other comments: its lines are its own, title and all."""
    texts = {f"v{n}": _courier(0).replace("2020-05-01", f"2020-05-0{n + 1}").replace(
        "Good to see", ["Good to see", "Nice to see", "Glad to see"][n]) for n in range(3)}
    assert not furniture_sets(_bases(texts))


def test_furnished_key() -> None:
    assert furnished_key("k", frozenset()) == "k"
    assert furnished_key("k", frozenset({"a", "b"})) == furnished_key("k", frozenset({"b", "a"})) != "k"
    assert furnished_key("k", frozenset({"a"})) != furnished_key("k", frozenset({"a", "b"}))


def _seeds(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.toml").write_text(CONFIG_TOML, encoding="utf-8")
    for name, text in pages.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _stems(paths: list[str]) -> list[str]:
    return sorted(Path(p).stem for p in paths)


def test_a_new_article_of_an_outlet_parses_only_that_outlets_articles_again(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path / "seeds", {"c0": _courier(0), "c1": _courier(1), "p0": _post(0), "p1": _post(1)})
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    _seeds(seeds, {"c2": _courier(2)})
    report = build_corpus(seeds, out)
    assert _stems(report.parsed) == ["c0", "c1", "c2"] and _stems(report.reused) == ["p0", "p1"]
    documents = load_table(out, "documents").set_index("doc_id")
    assert [documents.loc[f"c{n}", "title"] for n in range(3)] == HEADLINES[:3]
    comments = load_table(out, "comments")
    assert len(comments) == 6 and not comments["text"].isin([NAV, SIGN_UP, PROMO]).any()
    assert build_corpus(seeds, out).up_to_date
    _seeds(seeds, {"c3": _courier(3)})  # the set of the others' furniture does not change
    report = build_corpus(seeds, out)
    assert _stems(report.parsed) == ["c3"] and len(report.reused) == 5
    _assert_equals_cold(seeds, out, tmp_path / "cold")


def _assert_equals_cold(seeds: Path, out: Path, cold: Path) -> None:
    """The same tables as a build into the same folder with its cache removed."""
    shutil.copytree(out, cold)
    shutil.rmtree(cold / "cache")
    manifest = json.loads((cold / "manifest.json").read_text(encoding="utf-8"))
    (cold / "manifest.json").write_text(json.dumps({**manifest, "fingerprint": {}}), encoding="utf-8")
    assert not build_corpus(seeds, cold).reused
    built, fresh = load_corpus(out), load_corpus(cold)
    for name in ("documents", "statements", "mentions", "comments"):
        assert_frame_equal(built.table(name), fresh.table(name), obj=name)


def test_outlets_with_one_article_build_as_they_parse(tmp_path: Path) -> None:
    pages = {"c0": _courier(0), "p0": _post(0), "p1": _post(1)}
    out = tmp_path / "corpus"
    report = build_corpus(_seeds(tmp_path / "seeds", pages), out)
    assert _stems(report.parsed) == ["c0", "p0", "p1"]
    documents = load_table(out, "documents").set_index("doc_id")
    for name, text in pages.items():
        parsed = parse_document(name, str(tmp_path / "seeds" / f"{name}.txt"), text, "x", CONFIG)
        assert documents.loc[name, "title"] == parsed.document["title"]


def test_a_furnished_parse_finished_from_its_base_parse_is_the_parse_with_furniture() -> None:
    """A full parse sent with its base parse's layout is finished from it only when laying the page
    out never asked the furniture about one of its lines (parser.same_layout), and equals the parse
    with furniture either way."""
    texts = {f"c{n}": _courier(n) for n in range(3)}
    furniture = furniture_sets(_bases(texts))
    for name, text in texts.items():
        page = read_page(f"{name}.txt", text)
        parsed, layout, asked = parse_base(name, f"{name}.txt", page, "x", CONFIG)
        assert PROMO in asked and "Not on the page" not in asked
        assert same_layout(frozenset({"Not on the page"}), asked) and not same_layout(furniture[name], asked)
        for lines in (furniture[name], frozenset({PROMO}), frozenset({"Not on the page"}), frozenset()):
            task = ParseTask(f"{name}.txt", name, "x", b"", lines, page_bytes(page, parsed, layout, asked), 1)
            assert tasks._parsed(task, CONFIG) == parse_page(name, f"{name}.txt", page, "x", CONFIG, lines)
