"""What the layout tests share: an article body of two plain paragraphs to put comment sections and
page heads around, a page's comment authors, and the comments a page's text splits into, as
(author, reply_to, body)."""

from components.parse.layout import split_layout

BODY = ("When the council met on Tuesday night, the chamber was fuller than it has been in years, and most "
        "of the people standing at the back of the room were under twenty.\n\n"
        "They had come to argue about a skate park, and they stayed until the very last vote was taken.")


def authors_of(page: str) -> list[str]:
    """The authors of a page's comments, in order."""
    return [c.author for c in split_layout(page).comments]


def comment_rows(text: str) -> list[tuple[str, str, str]]:
    """(author, reply_to, body) of each comment split_layout finds in `text`, in page order."""
    return [(c.author, c.reply_to, c.body) for c in split_layout(text).comments]
