"""What the layout tests share: the comments a page's text splits into, as (author, reply_to, body)."""

from components.parse.layout import split_layout


def comment_rows(text: str) -> list[tuple[str, str, str]]:
    """(author, reply_to, body) of each comment split_layout finds in `text`, in page order."""
    return [(c.author, c.reply_to, c.body) for c in split_layout(text).comments]
