"""One colour and one display name per stance label, the same on every page.

Sides come in config order, then neutral. A side's colour is its `colour` in corpus.toml, else the
next colour of SIDE_PALETTE that no side has taken; neutral, unknown speakers, spam, "with spam"
and "without spam" have greys and a dark red of their own, which no side gets.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LABEL_COLOURS", "NEUTRAL", "NEUTRAL_COLOUR", "NOT_SPAM_COLOUR", "Palette", "SIDE_PALETTE",
           "SPAM_COLOUR", "UNKNOWN_SPEAKER_COLOUR", "WITHOUT_SPAM_COLOUR", "WITH_SPAM_COLOUR",
           "corpus_palette", "side_colours"]

# Okabe & Ito's colour-blind-safe set (jfly.iis.u-tokyo.ac.jp/color), in an order that keeps the
# first two sides apart in hue and lightness for every common colour-vision deficiency; each is at
# least 3:1 against white except sky blue and orange, used only from the fifth side on.
SIDE_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00")
NEUTRAL = "neutral"
NEUTRAL_COLOUR = "#9A9A9A"            # no side taken: mid grey
UNKNOWN_SPEAKER_COLOUR = "#5F5F5F"    # a speaker of no side: dark grey (the timeline)
SPAM_COLOUR = "#8B1A1A"               # dark red: spam, and "with spam" counts
WITH_SPAM_COLOUR = SPAM_COLOUR
WITHOUT_SPAM_COLOUR = "#4D4D4D"       # dark grey: the counts with spam taken out
NOT_SPAM_COLOUR = "#CFCFCF"           # light grey: the rest of a spam share bar
# Sentiment labels: ColorBrewer PiYG ends (green / magenta), told apart with red-green deficiency.
LABEL_COLOURS = {"positive": "#4D9221", "neutral": NEUTRAL_COLOUR, "negative": "#C51B7D"}
_HEX = re.compile(r"#(?:[0-9A-Fa-f]{3}){1,2}")


@dataclass(frozen=True)
class Palette:
    """Stance labels in display order, with a colour and a display name each."""

    colours: dict[str, str]
    names: dict[str, str]
    speaker_sides: dict[str, str] = field(default_factory=dict)

    @property
    def order(self) -> list[str]:
        """The stance labels: sides in config order, then neutral."""
        return list(self.colours)

    def name(self, label: object) -> str:
        """A stance label's display name (the side's name); an unknown label as it is."""
        return self.names.get(str(label), str(label))

    def speaker_colours(self, speakers: list[str]) -> dict[str, str]:
        """Each speaker in the colour of their side; a speaker of no side dark grey."""
        return {s: self.colours.get(self.speaker_sides.get(s, ""), UNKNOWN_SPEAKER_COLOUR)
                for s in speakers}


def _sides(manifest: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The manifest's sides that have an id."""
    sides = manifest.get("sides")
    return [s for s in sides if isinstance(s, dict) and s.get("id")] if isinstance(sides, list) else []


def _side_colours(sides: list[dict[str, Any]]) -> dict[str, str]:
    """Each side's own colour when it is a hex colour, else the next unused default."""
    own = {str(s["id"]): str(s.get("colour") or "") for s in sides}
    taken = {c.casefold() for c in own.values() if _HEX.fullmatch(c)}
    spare = iter([c for c in SIDE_PALETTE if c.casefold() not in taken] or list(SIDE_PALETTE))
    out = {}
    for side, colour in own.items():
        out[side] = colour if _HEX.fullmatch(colour) else next(spare, SIDE_PALETTE[len(out) % 6])
    return out


def corpus_palette(manifest: Mapping[str, Any]) -> Palette:
    """The palette of a built corpus, from its manifest (sides, their colours, speakers' sides)."""
    sides = _sides(manifest)
    colours = {**_side_colours(sides), NEUTRAL: NEUTRAL_COLOUR}
    names = {str(s["id"]): str(s.get("name") or s["id"]) for s in sides} | {NEUTRAL: NEUTRAL}
    speakers = {str(s.get("name")): str(s["id"]) for s in sides if s.get("name")}
    given = manifest.get("speaker_sides")
    if isinstance(given, dict):
        speakers |= {str(k): str(v) for k, v in given.items() if str(v) in colours}
    return Palette(colours, names, speakers)


def side_colours(sides: list[str]) -> dict[str, str]:
    """Default colours for side ids in order, then neutral (no corpus.toml colours)."""
    return corpus_palette({"sides": [{"id": s} for s in sides]}).colours
