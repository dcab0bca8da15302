"""Invented two-sided configs shared by the stance tests of session 28 and its review."""

from components.core.config import CorpusConfig, Person, Side

# A referee ("she") against a league ("they"), invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("tove", Person("Tove Brandt", ("Brandt", "Tove"), (), "she"), ("the whistle was right",)),
           Side("league", Person("Fenmoor League", ("the league",), (), "they"),
                ("the rules are the rules",))),
)
# An estate ("they") against walkers ("they"), invented, for the claims' own words.
PATHS = CorpusConfig(
    name="test",
    sides=(Side("estate", Person("Holm Estate", ("the estate",), (), "they"),
                ("ground-nesting birds", "nesting birds", "erosion")),
           Side("walkers", Person("Fell Walkers", ("the walkers",), (), "they"),
                ("right of way", "locked gate", "heather burning"))),
)
