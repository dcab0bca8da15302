"""The attribution probe set (tests/data/attribution/) keeps what it measured when it was tuned."""

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_bench  # noqa: E402

from components.core.config import parse_config  # noqa: E402

PROBES = ROOT / "tests" / "data" / "attribution"


@pytest.mark.parametrize(("name", "quotes", "floor"), [
    ("harbour-dispute.toml", 107, {"named": 91, "unnamed": 8, "none": 6}),  # first run: 82, 3, 5
    ("millfield-ground-sale.toml", 118, {"named": 90, "unnamed": 15, "none": 10}),  # first run: 71, 10, 9
    ("ashbury-maternity.toml", 115, {"named": 86, "unnamed": 14, "none": 10}),  # first run: 85, 7, 9
    ("wyvern-languages-cuts.toml", 131, {"named": 90, "unnamed": 26, "none": 9}),  # first run: 74, 10, 9
    ("wildmoor-festival-collapse.toml", 135, {"named": 80, "unnamed": 31, "none": 11}),  # first: 69, 16, 11
    ("ember-hygiene-outbreak.toml", 135, {"named": 88, "unnamed": 31, "none": 10}),  # first run: 74, 21, 9
    ("herring-girls-forgery.toml", 138, {"named": 82, "unnamed": 32, "none": 13}),  # first run: 65, 18, 10
    ("kestrel-lithium-quarry.toml", 140, {"named": 92, "unnamed": 33, "none": 13}),  # first run: 81, 19, 12
    ("lantern-saltmarsh-stunt.toml", 150, {"named": 99, "unnamed": 32, "none": 16}),  # first run: 90, 25, 13
    ("osprey-golden-rung-quiz.toml", 156, {"named": 105, "unnamed": 32, "none": 17}),  # first: 90, 23, 16
    ("plover-vennor-lake-sewage.toml", 184, {"named": 115, "unnamed": 49, "none": 17}),  # first: 93, 37, 13
    ("redwing-castlebridge-rehearsal-tape.toml", 179, {"named": 104, "unnamed": 55, "none": 13}),  # 83,36,13
    ("kittiwake-tidemouth-pier.toml", 183, {"named": 111, "unnamed": 51, "none": 17}),  # first: 94, 35, 16
    ("guillemot-solan-ferry-contract.toml", 181, {"named": 112, "unnamed": 51, "none": 16}),  # 101, 40, 14
    ("puffin-tandy-stadium-naming.toml", 184, {"named": 105, "unnamed": 53, "none": 18}),  # 92, 42, 16
    ("razorbill-brackenfell-tiger-escape.toml", 223, {"named": 129, "unnamed": 62, "none": 18}),  # 113,46,17
    ("shearwater-skeld-rocket-launch.toml", 231, {"named": 132, "unnamed": 67, "none": 18}),  # 110,55,16
    ("skua-salt-orchard-plagiarism.toml", 228, {"named": 125, "unnamed": 58, "none": 18}),  # 109,41,18
    ("tern-dunmere-chess-cheating.toml", 229, {"named": 130, "unnamed": 56, "none": 17}),  # 117,50,17
    ("wren-hartside-honey-fraud.toml", 231, {"named": 125, "unnamed": 67, "none": 21}),  # 96,42,20
    ("auk-calderlink-999-outage.toml", 290, {"named": 153, "unnamed": 74, "none": 24}),  # 149,59,24
    ("gannet-corrach-avalanche.toml", 302, {"named": 141, "unnamed": 77, "none": 24}),  # 136,70,24
])
def test_each_probe_credits_what_it_did_when_tuned(name: str, quotes: int, floor: dict[str, int]) -> None:
    data = tomllib.loads((PROBES / name).read_text(encoding="utf-8"))
    config = parse_config({"people": data["people"]})
    people = {p["name"] for p in data["people"]}
    results = [r for case in data["cases"] for r in attribution_bench.score_case(case, people, config)]
    right = {kind: sum(ok for k, ok, _ in results if k == kind) for kind in ("named", "unnamed", "none")}
    assert len(results) == quotes
    assert all(right[kind] >= floor[kind] for kind in floor), right
