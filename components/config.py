"""The corpus config (`corpus.toml`): the controversy's sides, other speakers, cues, metadata."""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Person", "Side", "CorpusConfig", "load_config", "CONFIG_NAME"]

CONFIG_NAME = "corpus.toml"


@dataclass(frozen=True)
class Person:
    """Someone who can be quoted: name, short names, social handles, pronoun, side."""

    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    pronoun: str = ""
    side: str = ""

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


def _person(raw: dict[str, Any], side: str = "") -> Person:
    return Person(
        name=str(raw["name"]),
        aliases=tuple(str(a) for a in raw.get("aliases", ()) or ()),
        handles=tuple(str(h) for h in raw.get("handles", ()) or ()),
        pronoun=str(raw.get("pronoun", "")),
        side=str(raw.get("side", side)),
    )


def parse_config(raw: dict[str, Any]) -> CorpusConfig:
    """Build a CorpusConfig from the parsed TOML mapping."""
    sides = tuple(
        Side(id=str(s["id"]), person=_person(s, str(s["id"])),
             position_cues=tuple(str(c) for c in s.get("position_cues", ())))
        for s in raw.get("sides", [])
    )
    people = tuple(_person(p) for p in raw.get("people", []))
    documents = {str(k): {str(a): str(b) for a, b in v.items()}
                 for k, v in dict(raw.get("documents", {})).items()}
    corpus = dict(raw.get("corpus", {}))
    return CorpusConfig(str(corpus.get("name", "")), sides, people, documents)


def load_config(seeds_dir: Path) -> CorpusConfig:
    """Read `corpus.toml` from a seeds folder; an empty config when there is none."""
    path = seeds_dir / CONFIG_NAME
    if not path.exists():
        return CorpusConfig()
    with path.open("rb") as fh:
        try:
            return parse_config(tomllib.load(fh))
        except (tomllib.TOMLDecodeError, KeyError) as exc:
            raise ValueError(f"{path}: invalid corpus config: {exc}") from exc
