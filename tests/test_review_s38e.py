"""Session 38 (helper H272): a review of H259's comment-reading change (36ea6b3..dba3fb8: words of
support, vote tallies, planning portals' headers, a couple's titles, a removed comment's slot), its
faults pinned on invented text. A strict xfail is a fault still open; "regression" in its reason means
the code before the change read the text right."""

import pytest

from components.parse.comment_blocks import Kind, classify, split_stamp
from tests.layout_support import BODY, comment_rows

_END = "Most read\n\nRoadworks on the bypass to last into June\n"


def _dated_page(texts: list[str]) -> str:
    """A comment section of name, date, blank line and text, one comment after another."""
    names = ["Mina Ross", "Kes Tran", "Tom Hale"]
    return (BODY + "\n\nComments (3)\n\n"
            + "".join(f"{n}\n{10 + i} November 2026\n\n{t}\n\n"
                      for i, (n, t) in enumerate(zip(names, texts, strict=True)))
            + _END)


# ---- a sentence that ends with a postal address is a comment's text, not the commenter's address ----

@pytest.mark.parametrize("line", ["The council met at 4 Mill Lane Ashby AB1 2CD",
                                  "The drop-in is at 4 Mill Lane Ashby AB1 2CD",
                                  "Residents living near 4 Mill Lane Ashby AB1 2CD"])
def test_sentence_ending_in_an_address_is_no_address_line(line: str) -> None:
    assert classify(line)[0] is not Kind.ACTION


@pytest.mark.parametrize("first", [True, False])
def test_comment_line_ending_in_an_address_keeps_its_text(first: bool) -> None:
    where = "The drop-in is at 4 Mill Lane Ashby AB1 2CD"
    text = (f"{where}\nBring a coat, it is cold in there." if first
            else f"Good luck to them all.\n{where}")
    assert comment_rows(_dated_page([text, "Count me in.", "Yes, we will be there."]))[0] == (
        "Mina Ross", "", text)


@pytest.mark.parametrize("line", ["4 Mill Lane Ashby AB1 2CD", "Rose Cottage Church Road Ashby AB4 2CF",
                                  "12 Mill Lane, Stratford upon Avon AB4 2CD"])
def test_address_lines_stay_address_lines(line: str) -> None:
    assert classify(line)[0] is Kind.ACTION


# ---- the brief's must-not-fire cases that hold ----

@pytest.mark.parametrize("line", ["Words of support poured in from the whole street", "love (and hate) it",
                                  "Tue night was the best night the hall has had in years",
                                  "Mr and Mrs Smith's dog (Biscuit) came too"])
def test_sentences_like_the_new_furniture_stay_text(line: str) -> None:
    assert classify(line)[0] is Kind.PROSE
    assert split_stamp(line) is None


def test_date_field_with_no_date_is_no_stamp() -> None:
    assert classify("Date received: unknown")[0] is not Kind.STAMP


def test_commenter_named_like_a_stamp_verb_keeps_the_name() -> None:
    page = (BODY + "\n\nComments\n\n"
            + "".join(f"{n}\n{3 - i} hours ago\n{t}\nReply\n\n" for i, (n, t) in enumerate(
                [("Received", "Good luck to them all."), ("kestrel_77", "That hut was my second home."),
                 ("Tom Hale", "Count me in.")]))
            + _END)
    assert [row[0] for row in comment_rows(page)] == ["Received", "kestrel_77", "Tom Hale"]


def test_commenter_whose_name_opens_with_received_keeps_it() -> None:
    page = (BODY + "\n\nComments\n\n"
            + "".join(f"{n} · {3 - i}h ago\n{t}\nReply\n\n" for i, (n, t) in enumerate(
                [("Mina Ross", "Ordered the book from the fundraiser page."),
                 ("Received Wisdom", "Still waiting for the second one though."),
                 ("Tom Hale", "Count me in.")]))
            + _END)
    assert [row[0] for row in comment_rows(page)] == ["Mina Ross", "Received Wisdom", "Tom Hale"]


def test_article_subheading_messages_of_support_keeps_the_article() -> None:
    from components.parse.layout import split_layout
    page = (BODY + "\n\nMessages of support\n\nThe club's chairman said the news had shocked everyone "
            "who knew him.\n\nHis former team-mates paid tribute online, calling him a gentle giant.\n\n"
            + _END)
    layout = split_layout(page)
    assert layout.comments == ()
    assert any(p.startswith("His former team-mates") for p in layout.paragraphs)


# ---- a standing removal notice above a removed comment's own slot ----

def test_standing_notice_over_a_removed_slot_duplicates_no_text() -> None:
    """The vote row now read as an action row let the "Name date" reader take this page, and a post
    with no action row under it ran on to its paragraph's end, over the next posts (read twice). The
    page is still misread (a time for each author, as the base read it); its text is read once."""
    page = (BODY + "\n\nComments (4)\n\n"
            "harbour_jo\n9:02am Mon 23 Nov 26\n"
            "The skate park was promised in 2019 and we are still waiting.\n"
            "Quote   Report this comment   Like (12)\n"
            "This comment was removed by a moderator.\n"
            "Comment removed by a moderator\n9:15am Mon 23 Nov 26\n"
            "This comment was removed because it broke our rules.\n"
            "Pete Ormsby\n9:40am Mon 23 Nov 26\n"
            "The council has found the money for everything else this year.\n"
            "Quote   Report this comment   Like (7)\n\n" + _END)
    bodies = [body for _, _, body in comment_rows(page)]
    text = "The council has found the money for everything else this year."
    assert sum(text in body for body in bodies) == 1


# ---- a couple's titles count as one; one title still counts as a word of the name ----

@pytest.mark.parametrize("line", ["Sir Walter Scott Monument - Closed", "Dr Feelgood Live Tonight - Sold out",
                                  "Lord Howe Island Trip - Booked"])
def test_titled_four_word_line_with_a_label_is_no_name_line(line: str) -> None:
    assert classify(line)[0] is not Kind.NAME


@pytest.mark.parametrize("line", ["Mr and Mrs K Tandy (Neutral)", "Dr & Mrs Ali Hassan (Objects)",
                                  "Mrs Ann Lee (Supports)"])
def test_couples_and_titled_name_lines_stay_name_lines(line: str) -> None:
    assert classify(line)[0] is Kind.NAME


# ---- a field's label before an address ----

def test_field_label_before_an_address_is_no_name() -> None:
    assert classify("Venue: 9 High Street Ashby AB1 3GH")[0] is not Kind.NAME


# ---- faults the base shared (no regression) ----

def test_events_list_with_venue_addresses_is_no_comment_section() -> None:
    from components.parse.layout import split_layout
    page = ("What's on in Ashby this week\n\n" + BODY + "\n\nThis week's events:\n\n"
            "Open Day 4 Mill Lane Ashby AB1 2CD\nSat 14 Nov 2026\n\n"
            "Tours of the restored mill every hour, with tea in the yard.\n\n"
            "Car Boot Sale 12 Church Road Ashby AB1 4EF\nSun 15 Nov 2026\n\n"
            "Pitches cost five pounds and the gates open at seven.\n\n"
            "Quiz Night 9 High Street Ashby AB1 3GH\nTue 17 Nov 2026\n\n"
            "The quiz starts at eight and teams of six are welcome.\n\n" + _END)
    assert split_layout(page).comments == ()


def test_standing_notice_over_a_removed_comments_header_keeps_its_slot() -> None:
    page = (BODY + "\n\nComments\n\n"
            "Mina Ross\n4 hours ago\nThat hut was my second home for years.\nReply\n\n"
            "This comment has been removed by a moderator.\n\n"
            "kestrel_77\n2 hours ago\nThis comment has been removed by a moderator.\nReply\n\n"
            "Tom Hale\n1 hour ago\nCount me in for the painting weekend.\nReply\n\n" + _END)
    assert [row[0] for row in comment_rows(page)] == ["Mina Ross", "", "kestrel_77", "Tom Hale"]
