from components.layout import split_layout

DOC = """ date 2018-03-02 First paragraph of the story, which continues here.

Top Stories

Some Outlet on Facebook
Photos: Getty
Posted to: Someone

Related Links Around The Web

  • A headline about something - Other Site
  • Another headline - Third Site
  • reader_one

    First paragraph of a comment.

    Second paragraph of the same comment.

  • reader_two


  • reader_one

    Again, the same author.
"""


def test_header_date_and_first_paragraph() -> None:
    layout = split_layout(DOC)
    assert layout.header_date == "2018-03-02"
    assert layout.paragraphs[0].startswith("First paragraph of the story")


def test_furniture_and_link_list_are_not_content() -> None:
    layout = split_layout(DOC)
    assert layout.outlet_marker == "Some Outlet"
    joined = "\n".join(layout.paragraphs)
    assert "Top Stories" not in joined and "headline" not in joined and "Posted to" not in joined


def test_comments_bodies_empty_bodies_and_repeated_authors() -> None:
    comments = split_layout(DOC).comments
    assert [(c.position, c.author) for c in comments] == [
        (1, "reader_one"), (2, "reader_two"), (3, "reader_one")]
    assert comments[0].body == "First paragraph of a comment.\n\nSecond paragraph of the same comment."
    assert comments[1].body == ""


def test_signed_tweet_is_recognised() -> None:
    text = ("A Title That Is Written In Title Case Here\n\nShe wrote a thing.\n\n"
            "It is all connected. — Some Person (@someone) March 1, 2018\n")
    layout = split_layout(text)
    assert layout.title.startswith("A Title")
    assert [(t.name, t.handle, t.date_text) for t in layout.tweets] == [
        ("Some Person", "@someone", "March 1, 2018")]
