"""Session 36 fixes (H198) to the page-layout rules the review of session 36 found faulty
(tests/test_review_s36a.py), on invented pages: a copyright line's separator, the feed and topic
guard of "Subscribe to", a community topic's counters, its title and its "In response to" line, a
role badge after a commenter's name, a reply marked as to its own author and a review's show row.
Each rule has a must-not-fire case beside it."""

from layout_support import BODY, authors_of

from components.parse.layout import split_layout

LRM = "\u200e"
HEAD = "Ferry timetable cut to four crossings a day from January\n\n"


# ================================ outlet ================================

def test_a_footers_copyright_before_its_software_credit_names_the_site() -> None:
    for credit in ("Powered by Jekyll", "Built with Eleventy", "Hosted on Netlify"):
        page = HEAD + BODY + f"\n\n© 2026 Pier Notes · {credit}"
        assert split_layout(page).outlet_marker == "Pier Notes"


def test_a_picture_credit_with_its_agency_names_no_outlet() -> None:
    page = (HEAD + "The ferry leaving the harbour at dawn.\n© Lena Marsh | Fenby Picture Desk\n\n" + BODY)
    assert split_layout(page).outlet_marker not in {"Lena Marsh", "Fenby Picture Desk"}
    page = (HEAD + "The ferry at dawn.\n© Lena Marsh • Coastline Camera Club\n\n" + BODY
            + "\n\n© 2026 Harbour Gazette. All rights reserved.")
    assert split_layout(page).outlet_marker == "Harbour Gazette"


def test_a_feed_or_a_topic_to_subscribe_to_is_no_outlet() -> None:
    for line in ("Subscribe to Posts Atom Feed", "Subscribe to Replies RSS", "Subscribe to This Topic",
                 "Subscribe to This Thread"):
        assert split_layout(HEAD + line + "\n\n" + BODY).outlet_marker == "", line


def test_a_paper_to_subscribe_to_still_names_the_outlet() -> None:
    assert split_layout(HEAD + "Subscribe to Harbour Gazette\n\n" + BODY).outlet_marker == "Harbour Gazette"
    page = HEAD + "Subscribe to The Harbour Gazette for breaking news\n\n" + BODY
    assert split_layout(page).outlet_marker == "The Harbour Gazette"


# ================================ community topic ================================

LOCK = "Bike lock will not open in the cold"


def _topic(messages: list[tuple[str, str, str, str, str]], heading: str = LOCK, shown: bool = True) -> str:
    """An invented brand-community topic; each message (its "Re:" subject or "", poster, stamp,
    counter, its "In response to" line or "", text) headed as the Khoros kind heads it."""
    out = ["Spoke & Chain Community", "Sign In", ""] + ([heading, ""] if shown else [])
    for subject, name, stamp, counter, answering in messages:
        out += ([f"Re: {subject}"] if subject else []) + [name, "Frequent Rider", LRM + stamp, counter]
        out += ([answering] if answering else ["87 Views"]) + ["", "The text of " + name + "'s message.",
                                                                "2 Kudos", "Reply", ""]
    return "\n".join(out + ["Related Content", "Winter care for locks"])


def test_a_topic_of_an_opening_and_one_reply_reads_the_reply() -> None:
    page = _topic([("", "kestrel_rides", "21-12-2026 06:40 PM", "Message 1 of 2", ""),
                   (LOCK, "Owen Pratt", "22-12-2026 09:15 AM", "Message 2 of 2",
                    "In response to kestrel_rides")])
    layout = split_layout(page)
    assert [(c.author, c.reply_to) for c in layout.comments] == [("Owen Pratt", "kestrel_rides")]
    assert layout.header_date == "2026-12-21"


def test_a_later_page_of_a_topic_starts_at_any_message() -> None:
    page = _topic([(LOCK, "Owen Pratt", "03-12-2026 09:15 AM", "Message 11 of 13", ""),
                   (LOCK, "kestrel_rides", "03-12-2026 10:02 AM", "Message 12 of 13",
                    "In response to Owen Pratt"),
                   (LOCK, "Ada Venn", "04-12-2026 08:30 AM", "Message 13 of 13", "")])
    assert authors_of(page) == ["Owen Pratt", "kestrel_rides", "Ada Venn"]


def test_counters_of_different_totals_or_out_of_order_are_no_topic() -> None:
    for counters in (["Message 1 of 2", "Message 1 of 3", "Message 2 of 2"],
                     ["Message 2 of 3", "Message 1 of 3", "Message 3 of 3"]):
        page = _topic([("", "kestrel_rides", "21-12-2026 06:40 PM", counters[0], ""),
                       (LOCK, "Owen Pratt", "22-12-2026 09:15 AM", counters[1], ""),
                       (LOCK, "Ada Venn", "23-12-2026 08:30 AM", counters[2], "")])
        assert split_layout(page).header_date != "2026-12-21", counters


def test_the_subject_most_replies_keep_titles_a_topic_whose_heading_is_not_shown() -> None:
    page = _topic([("", "kestrel_rides", "02-12-2026 06:40 PM", "Message 1 of 4", ""),
                   ("Try graphite, not oil", "Owen Pratt", "03-12-2026 09:15 AM", "Message 2 of 4", ""),
                   (LOCK, "Ada Venn", "04-12-2026 08:30 AM", "Message 3 of 4", ""),
                   (LOCK, "kestrel_rides", "04-12-2026 09:00 AM", "Message 4 of 4", "")], shown=False)
    assert split_layout(page).title != "Try graphite, not oil"


def test_in_response_to_a_handle_off_the_page_is_a_reply_but_to_words_is_text() -> None:
    page = _topic([("", "kestrel_rides", "02-12-2026 06:40 PM", "Message 1 of 3", ""),
                   (LOCK, "Owen Pratt", "03-12-2026 09:15 AM", "Message 2 of 3",
                    "In response to frost_bitten"),
                   (LOCK, "Ada Venn", "04-12-2026 08:30 AM", "Message 3 of 3",
                    "In response to your question about the warranty")])
    replies = [(c.author, c.reply_to) for c in split_layout(page).comments]
    assert replies[0] == ("Owen Pratt", "frost_bitten")
    assert replies[1][1] != "your question about the warranty"


# ================================ comment authors ================================

def test_a_code_hosts_role_leaves_a_login_but_not_a_name_of_words() -> None:
    from components.parse.layout import _clean_author
    assert _clean_author("reed-warbler Maintainer")[0] == "reed-warbler"
    assert _clean_author("pier_cat Contributor")[0] == "pier_cat"
    assert _clean_author("Proud Boat Owner")[0] == "Proud Boat Owner"
    assert _clean_author("Retired Ferry Contributor")[0] == "Retired Ferry Contributor"
    assert _clean_author("Ann Lee Moderator")[0] == "Ann Lee"  # a site's own badge still goes


def test_a_reply_to_its_own_author_is_kept_when_the_page_says_so() -> None:
    page = (HEAD + BODY + "\n\nComments\n3 comments\n\n"
            "Owen Pratt\n9 Dec 2026, 08:02\nFour crossings will not get anyone to work on time.\nReply\n\n"
            "    Ada Venn\n    9 Dec 2026, 08:40\n    The early boat is the one that matters.\n    Reply\n\n"
            "    Owen Pratt replied to Owen Pratt\n    9 Dec 2026, 09:15\n"
            "    Correction: five crossings on Saturdays.\n    Reply\n")
    assert split_layout(page).comments[-1].reply_to == "Owen Pratt"


def test_a_thread_openers_unmarked_reply_answers_the_replier_above() -> None:
    page = "\n".join([
        "Pier Notes", "", "Why the night ferry runs late every Friday", "",
        "I timed the night ferry for two months, and the Friday delay comes down to one thing: the freight"
        " lorries load last.", "",
        "The operator says a new ramp would fix it, but the harbour board has not agreed to pay for one.", "",
        "3 comments · 2 replies – powered by giscus", "Oldest", "Newest", "",
        "ropewalker", "Dec 8, 2026", "The Saturday boat has the same problem with the bin lorries.", "",
        "gull-counter", "Dec 9, 2026", "Have you asked the harbour board for the loading plan?",
        "2 replies", "",
        "    tidewatcher", "    Dec 9, 2026", "    They published it last spring, it is on their site.", "",
        "    gull-counter", "    Dec 10, 2026", "    Found it, thanks.", ""])
    comments = split_layout(page).comments
    assert (comments[-1].author, comments[-1].reply_to) == ("gull-counter", "tidewatcher")


# ================================ page head ================================

def test_a_show_row_with_a_running_time_alone_is_no_post_meta_row() -> None:
    from components.parse.layout import _byline_stamp
    assert _byline_stamp("Fri 4 December 2026 · 95 min · Harbour Youth Theatre") == ""
    assert _byline_stamp("December 4, 2026 · 6 min read · Ada Venn") == "2026-12-04"
    assert _byline_stamp("December 4, 2026 · 6 min · 980 words · Ada Venn") == "2026-12-04"


# ================================ older faults the review noted ================================

def test_a_widgets_nested_threads_under_a_bare_comments_heading_are_all_comments() -> None:
    page = "\n".join([
        "Pier Notes", "", "Why the night ferry runs late every Friday", "",
        "I timed the night ferry for two months, and the Friday delay comes down to one thing: the freight"
        " lorries load last.", "",
        "The operator says a new ramp would fix it, but the harbour board has not agreed to pay for one.", "",
        "Comments", "",
        "ropewalker", "Dec 8, 2026", "The Saturday boat has the same problem with the bin lorries.", "👍 2",
        "1 reply", "",
        "    tidewatcher", "    Dec 9, 2026", "    They published the loading plan last spring.", "",
        "Write a reply", "",
        "gull-counter", "Dec 9, 2026", "Have you asked the harbour board about it?", "2 replies", "",
        "    tidewatcher", "    Dec 9, 2026", "    Yes, twice, and no answer either time.", "",
        "    gull-counter", "    Dec 10, 2026", "    Found it, thanks.", "",
        "Write a reply", ""])
    layout = split_layout(page)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("ropewalker", ""), ("tidewatcher", "ropewalker"), ("gull-counter", ""),
        ("tidewatcher", "gull-counter"), ("gull-counter", "tidewatcher")]
    assert not any("loading plan" in p or "Found it" in p for p in layout.paragraphs)


def test_a_reply_counter_in_a_thread_of_reply_rows_leaves_the_comments_whole() -> None:
    page = (HEAD + BODY + "\n\nComments\n\nOwen Pratt\n9 Dec 2026\nFour crossings will not do.\nReply\n"
            "1 reply\n\n    Ada Venn\n    9 Dec 2026\n    The early boat is the one that matters.\n"
            "    Reply\n\n"
            "Jo Marsh\n10 Dec 2026\nThey cut it every winter.\nReply\n")
    assert authors_of(page) == ["Owen Pratt", "Ada Venn", "Jo Marsh"]


REMOVED_HEAD = (HEAD + BODY + "\n\nComments (4)\n\nowen_p\nDec 9, 2026\nFour crossings is not enough.\n"
                "↑ 12 ↓\nReply\n\n")
LAST = "ada_v\nDec 10, 2026\nThe early boat is the one that matters.\n↑ 4 ↓\nReply\n"


def test_two_removed_comments_with_no_rows_between_are_two_slots() -> None:
    for slots in ("[deleted]\nDec 9, 2026\n\n[deleted]\nDec 9, 2026\n\n",
                  "[removed]\n3 hours ago\n[removed]\n3 hours ago\n\n"):
        bodies = [c.body for c in split_layout(REMOVED_HEAD + slots + LAST).comments]
        assert len(bodies) == 4 and bodies[1] == bodies[2] == slots.split("\n", 1)[0], slots


def test_a_removed_comment_in_its_name_and_body_places_is_one_slot() -> None:
    slot = "[deleted]\nDec 9, 2026\n[deleted]\n↑ 1 ↓\nReply\n\n"
    comments = split_layout(REMOVED_HEAD + slot + LAST).comments
    assert [(c.author, c.body) for c in comments][1:] == [("", "[deleted]"), ("ada_v", comments[2].body)]


def test_a_deleted_accounts_surviving_text_stays_a_comment() -> None:
    slot = ("[deleted]\nDec 9, 2026\nThey cut the winter service every year and nobody notices.\n"
            "↑ 3 ↓\nReply\n\n")
    layout = split_layout(REMOVED_HEAD + slot + LAST)
    assert [c.author for c in layout.comments] == ["owen_p", "[deleted]", "ada_v"]  # as the page shows it
    assert layout.comments[1].body == "They cut the winter service every year and nobody notices."
    assert not any("winter service" in p for p in layout.paragraphs)
