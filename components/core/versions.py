"""Versions of the stored output, kept apart from the code they describe so a no-change check can
read them without loading the parser or the models."""

__all__ = ["PARSER_VERSION", "ENRICHMENT_VERSION"]

PARSER_VERSION = "109"  # bump when parsing changes, so cached documents are parsed again
ENRICHMENT_VERSION = "36"  # bump when scoring or the spam model changes, so a rebuild re-scores
