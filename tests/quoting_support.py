"""What the attribution tests share: an invented article head to put a paragraph under, and the
mentions the parser finds in it (as a build extracts them)."""

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


# Four people of a story, two women and two men, each with a surname alias.
CAST = parse_config(tomllib.loads("""
[[sides]]
id = "lind"
name = "Ada Lind"
aliases = ["Lind"]
pronoun = "she"

[[sides]]
id = "voss"
name = "Cara Voss"
aliases = ["Voss"]
pronoun = "she"

[[sides]]
id = "hart"
name = "Bo Hart"
aliases = ["Hart"]
pronoun = "he"

[[sides]]
id = "quill"
name = "Tam Quill"
aliases = ["Quill"]
pronoun = "he"
"""))
