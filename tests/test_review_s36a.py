"""Session 36 review (H193): adversarial probes of H185's page-layout changes (9f00367..5b08445: the
brand-community topic reader, comment-widget counters and role badges, a blog's meta row, a footer's
"© … · Powered by", profile and post titles, "[deleted]" slots and new furniture) on invented pages.
A plain test pins what holds; a strict xfail records each fault found (components/ is left as it is).
Where a case says "was", the same input was run through the tree at 9f00367."""

from layout_support import BODY, authors_of

from components.parse.layout import _clean_author, split_layout

LRM = "\u200e"
HEAD = "Council votes to keep the riverside skate park open\n\n"
KETTLE = "Kettle lid will not stay shut after a month"


def _topic(messages: list[tuple[bool, str, str, list[str], str]], heading: str = KETTLE) -> str:
    """An invented brand-community topic: each message (a reply's "Re:" subject or not, poster, stamp,
    lines under "Message N of M", text) headed as the Khoros kind heads it."""
    out = ["Brightware Community", "Sign In", "", heading, ""]
    for n, (subject, name, stamp, under, text) in enumerate(messages, 1):
        out += ([f"Re: {heading}"] if subject else []) + [name, "Regular Visitor", LRM + stamp,
                                                         f"Message {n} of {len(messages)}"]
        out += under + ["", text, "3 Kudos", "Reply", ""]
    return "\n".join(out + ["Related Content", "Descaling the kettle"])


OPENING = (False, "fennel", "16-11-2026 07:48 PM", ["402 Views"],
           "The lid of my kettle pops open as soon as the water boils. It is only a month old.")
ANSWER = (True, "Marta Quill", "17-11-2026 08:10 AM", ["In response to fennel"],
          "Check the hinge clip, mine had slipped out of its slot and a gentle push fixed it.")
THANKS = (True, "fennel", "17-11-2026 09:10 AM", ["In response to Marta Quill"],
          "That did it, thank you so much.")


# ================================ outlet ================================

def test_a_photo_credit_under_a_picture_names_no_outlet() -> None:
    page = (HEAD + "The skate park at Harlow Fields on Tuesday.\n© Marta Quill | Harlow Photo Agency\n\n"
            + BODY + "\n\n© 2026 Harlow Courier. All rights reserved.")
    assert split_layout(page).outlet_marker == "Harlow Courier"  # was: Harlow Courier


def test_a_caption_credit_inside_the_article_names_no_outlet() -> None:
    page = (HEAD + "By Jo Bell\n\n" + BODY + "\n\nThe bowl at dusk.\n© Sam Hale · Fenby Camera Club\n\n"
            "The vote was carried by nine to four, and work starts in May.")
    assert split_layout(page).outlet_marker != "Sam Hale"


def test_a_comment_signed_with_a_copyright_names_no_outlet() -> None:
    page = (HEAD + BODY + "\n\nComments\n2 comments\nTom Reed\n4 Mar 2026, 10:12\n"
            "© 2024 Tom Reed · Fenby Camera Club\nReply\n"
            "Ann Lee\n4 Mar 2026, 11:40\nAgreed, and the lights help in winter too.\nReply\n")
    layout = split_layout(page)
    assert layout.outlet_marker == ""
    assert [c.author for c in layout.comments] == ["Tom Reed", "Ann Lee"]


def test_a_comments_feed_is_no_outlet_either() -> None:
    page = HEAD + "Subscribe to Comments RSS Feed\n\n" + BODY
    assert "RSS" not in split_layout(page).outlet_marker


# ================================ community topic ================================

def test_a_topic_with_a_single_reply_reads_that_reply_as_a_comment() -> None:
    layout = split_layout(_topic([OPENING, ANSWER]))
    assert [c.author for c in layout.comments] == ["Marta Quill"]
    assert not any("Message 2 of 2" in p for p in layout.paragraphs)


def test_a_topic_of_three_messages_reads_its_replies_and_the_opening_as_the_article() -> None:
    layout = split_layout(_topic([OPENING, ANSWER, THANKS]))
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("Marta Quill", "fennel"), ("fennel", "Marta Quill")]
    assert layout.title == KETTLE and layout.header_date == "2026-11-16"
    assert any("pops open" in p for p in layout.paragraphs)


def test_a_replys_changed_subject_does_not_retitle_the_topic() -> None:
    text = _topic([OPENING, ANSWER, THANKS]).replace(
        f"Re: {KETTLE}\nMarta Quill", "Re: Hinge clip slipped out of its slot\nMarta Quill", 1)
    assert split_layout(text).title == KETTLE


def test_in_response_to_words_that_are_no_name_are_the_message_text() -> None:
    text = _topic([OPENING, ANSWER, THANKS]).replace(
        "In response to Marta Quill\n\n", "In response to the recall notice\n")
    last = split_layout(text).comments[-1]
    assert last.reply_to != "the recall notice"
    assert last.body.startswith("In response to the recall notice")


def test_pasted_message_counters_in_news_comments_are_no_topic() -> None:
    page = ("Scam texts claiming to be from the council are doing the rounds again\n\nBy Ann Lee\n\n" + BODY
            + "\n\nComments\n3 comments\n\n"
            "Tom Reed\n4 Mar 2026, 10:12\nMessage 1 of 2\n"
            "Mine said the parking fine would double by Friday.\nReply\n\n"
            "Jo Bell\n4 Mar 2026, 11:40\nMessage 1 of 3\n"
            "Same here, it even had the council logo in it.\nReply\n\n"
            "Sam Hale\n4 Mar 2026, 12:02\nMessage 2 of 2\n"
            "My mum nearly paid it. Please warn your relatives.\nReply\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Tom Reed", "Jo Bell", "Sam Hale"]  # was
    assert layout.header_date == ""  # was


# ================================ comment authors and replies ================================

def test_a_pseudonym_ending_in_owner_keeps_its_last_word() -> None:
    page = (HEAD + BODY + "\n\nComments\n2 comments\nWorried Home Owner\n4 Mar 2026, 10:12\n"
            "The park is the only place the kids in our street can go after school.\nReply\n"
            "Tom Reed\n4 Mar 2026, 11:40\nAgreed, and the lights help in winter too.\nReply\n")
    assert authors_of(page) == ["Worried Home Owner", "Tom Reed"]
    assert _clean_author("Small Business Owner")[0] == "Small Business Owner"


def test_a_reply_the_page_marks_as_to_its_own_author_keeps_that_target() -> None:
    page = (HEAD + BODY + "\n\nComments\n3 comments\n\n"
            "Ann Lee\n4 Mar 2026, 10:12\nThe park is the only place the kids can go after school.\nReply\n\n"
            "    Tom Reed\n    4 Mar 2026, 11:40\n"
            "    Agreed, and the lights help in winter too.\n    Reply\n\n"
            "    Jo Bell\n    4 Mar 2026, 11:50\n    The lights are on a timer now.\n    Reply\n\n"
            "    Ann Lee replied to Ann Lee\n    4 Mar 2026, 12:02\n"
            "    Edit: I meant the one on Mill Lane, not the riverside.\n    Reply\n")
    assert split_layout(page).comments[-1].reply_to == "Ann Lee"


def test_a_thread_authors_reply_naming_an_earlier_replier_answers_that_one() -> None:
    page = "\n".join([
        "Quiet Bench", "", "Why the tape machine hums on Tuesdays", "",
        "I spent a month chasing a hum in the studio that only ever showed up on Tuesday afternoons, and the"
        " answer turned out to be the laundry next door.", "",
        "The fix was a cheap isolation transformer and a long talk with the landlord.", "",
        "3 comments · 3 replies – powered by giscus", "",
        "marsh-audio", "Mar 4, 2026", "Did you try a ground lift before the transformer?", "3 replies", "",
        "    junebug-mix", "    Mar 4, 2026", "    A ground lift is the first thing I would try too.", "",
        "    pellet-owl", "    Mar 4, 2026", "    Mine was the fridge.", "",
        "    marsh-audio", "    Mar 5, 2026", "    @junebug-mix thanks, I will try that next time.", ""])
    comments = split_layout(page).comments
    assert (comments[-1].author, comments[-1].reply_to) == ("marsh-audio", "junebug-mix")  # not pellet-owl


# ================================ page head ================================

def test_a_reviews_show_row_does_not_date_the_page() -> None:
    page = "\n".join(["Harlow Courier", "", "Review: a loud, funny Twelfth Night in a cold church hall", "",
                      "By Ann Lee", "", "Sat 21 March 2026 · 150 min · Fenby Players", "", BODY])
    assert split_layout(page).date_line != "2026-03-21"


def test_a_stat_card_over_the_headline_does_not_take_the_title() -> None:
    page = "\n".join(["MARTA QUILL", "Goals", "14", "Assists", "6", "Appearances", "22", "",
                      "Quill signs new deal with Harlow Town until 2029", "", "By Ann Lee", "", BODY])
    assert split_layout(page).title == "Quill signs new deal with Harlow Town until 2029"


def test_a_ticker_sentence_over_a_lowercase_label_and_a_day_is_no_post_title() -> None:
    page = "\n".join(["Harlow Courier", "",
                      "The bridge is closed in both directions after a crash on the ring road.", "live",
                      "Mar 9, 2026", "", "Council votes to keep the riverside skate park open", "",
                      "By Ann Lee", "", BODY])
    assert split_layout(page).title == "Council votes to keep the riverside skate park open"


def test_a_long_reads_own_contents_heading_goes_but_its_sections_stay() -> None:
    page = "\n".join([
        "Harlow Courier", "", "The long road back: a year inside the riverside rebuild", "", "By Ann Lee", "",
        "When the river broke its banks last winter, nobody on Mill Lane expected to be out of their homes"
        " for a year.",
        "", "Table of Contents", "", "1. The night the water came", "2. The insurers", "",
        "1. The night the water came", "",
        "The first call to the fire service came at ten past two in the morning, from a woman woken by"
        " the water.", "",
        "2. The insurers", "",
        "Most of the families had cover, but the claims took months, and some are still open."])
    text = "\n".join(split_layout(page).paragraphs)
    assert "Table of Contents" not in text
    assert "ten past two" in text and "claims took months" in text
