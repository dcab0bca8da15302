"""What the attribution tests share: an invented article head to put a paragraph under, and the
mentions the parser finds in it (as a build extracts them)."""

import json
import tomllib

from components.core.config import CorpusConfig, parse_config
from components.parse.layout import split_layout
from components.parse.quotes import Mention, extract_mentions

ARTICLE_HEAD = ("A Headline About The Depot Vote In Title Case\n\n"
                "The first paragraph of the article tells the story in a long enough sentence "
                "to be prose.\n\n")


def mentions_in(text: str, config: CorpusConfig, head: str = ARTICLE_HEAD) -> list[Mention]:
    """The mentions of `text` put under an article's head, with the sides' descriptors."""
    descriptors = {s.person.name: s.descriptors for s in config.sides}
    return extract_mentions("d", split_layout(head + text), config.everyone, descriptors)


# Four people of a story, two women and two men, each with a surname alias (id, name, alias, pronoun).
PEOPLE = (("lind", "Ada Lind", "Lind", "she"), ("voss", "Cara Voss", "Voss", "she"),
          ("hart", "Bo Hart", "Hart", "he"), ("quill", "Tam Quill", "Quill", "he"))


def cast(*ids: str, descriptors: dict[str, list[str]] | None = None) -> CorpusConfig:
    """The story's config with the people of `ids` (all four when none), each as a side, with the
    config descriptors given per id."""
    chosen = [p for p in PEOPLE if not ids or p[0] in ids]
    described = descriptors or {}
    blocks = [f'[[sides]]\nid = "{pid}"\nname = "{name}"\naliases = ["{alias}"]\npronoun = "{pronoun}"\n'
              + (f"descriptors = {json.dumps(described[pid])}\n" if pid in described else "")
              for pid, name, alias, pronoun in chosen]
    return parse_config(tomllib.loads("\n".join(blocks)))


CAST = cast()


def speaker_of(text: str, phrase: str, config: CorpusConfig = CAST) -> str:
    """Who the first mention holding `phrase` is credited to (the mention must be found)."""
    found = [m for m in mentions_in(text, config) if phrase in m.text]
    assert found, phrase
    return found[0].speaker
