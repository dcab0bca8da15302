"""Session 35 (helper b22): general rules for page heads, outlets and comment sections met on a
Malaysian and a Hong Kong daily, a fan-platform post, a setlist wiki, a podcast directory, a general
forum's thread, a mailing-list archive and a lecturer-rating page, each on invented pages, with
must-not-fire cases."""

from layout_support import comment_rows

from components.parse.layout import _subject_by, _year_from_page, split_layout

# ---- a forum thread whose post headers repeat the topic's title with "by name: stamp" ----

_TITLE = "Borough Council Plans New Ferry Fares, Riders Complain"
_THREAD = "\n".join([
    "Harbourtalk Forum",
    "Stats: 12,004 members, 88,100 topics. Date: Friday, 4 December 2026 at 10:02 AM",
    f"Harbourtalk Forum / Local / Transport / {_TITLE} (1,240 Views)",
    "(1) (Reply) (Go Down)",
    f"{_TITLE} by quaywatcher(m): 9:15am On Dec 03",
    "The borough council has proposed raising ferry fares by a fifth from April, a report seen by this "
    "forum shows.",
    "Riders' groups said the rise would push commuters back onto the bridge road.",
    "Likes 6 Shares 2",
    f"Re: {_TITLE} by tide_girl(f): 9:40am On Dec 03",
    "Every winter the same story. The boats are late and now they want more money.",
    "Likes 3",
    f"Re: {_TITLE} by oldsalt77: 10:05am On Dec 03",
    "tide_girl: Every winter the same story. The boats are late and now they want more money.",
    "The boats were late in summer too, my sister.",
    "1 Like",
    f"Re: {_TITLE} by rower_b(m): 11:20am On Dec 03",
    "Modified: 11:31am On Dec 03",
    "Has anyone asked the council where the last rise went?",
    "(1) (Reply)",
    "Viewing this topic: tide_girl(f) and 12 guest(s)",
    "(Go Up)",
])


def test_a_thread_of_title_by_name_headers_reads_its_replies_title_and_date() -> None:
    layout = split_layout(_THREAD)
    assert layout.title == _TITLE
    assert layout.header_date == "2026-12-03"
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("tide_girl", ""), ("oldsalt77", "tide_girl"), ("rower_b", "")]
    assert layout.comments[1].body == "The boats were late in summer too, my sister."
    assert layout.comments[2].body == "Has anyone asked the council where the last rise went?"
    text = "\n".join(layout.paragraphs)
    assert "raising ferry fares" in text  # the opening post is the article
    for furniture in ("Likes 6", "Stats:", "(Go Up)", "by quaywatcher", "Viewing this topic"):
        assert furniture not in text


def test_a_header_needs_a_stamp_after_the_colon() -> None:
    assert _subject_by(f"Re: {_TITLE} by tide_girl(f): 9:40am On Dec 03") == (
        _TITLE, "tide_girl", "9:40am On Dec 03", True)
    assert _subject_by("The plan was drawn up by engineers: 12 of them, in three weeks.") is None
    assert _subject_by("The report was written by staff: read it here") is None


def test_article_lines_with_by_and_a_time_are_no_thread() -> None:
    page = "\n".join([
        "Ferry timetable changes by council: 9:15am On Dec 03",
        "The council said the first boat would leave earlier from Monday.",
        "Riders welcomed the change.",
    ])
    assert split_layout(page).comments == ()


def test_a_stamp_without_a_year_takes_the_pages_date_line_year() -> None:
    head = ["Stats: 10 members. Date: Friday, 4 December 2026 at 10:02 AM"]
    assert _year_from_page(head, "9:15am On Dec 03") == "2026-12-03"
    assert _year_from_page(head, "9:15am On Dec 30") == "2025-12-30"  # after the page's day: last year's
    assert _year_from_page(head, "9:15am On Dec 03, 2024") == "2024-12-03"
    assert _year_from_page(["Welcome, Guest"], "9:15am On Dec 03") == ""


def test_a_reply_quoting_words_nobody_posted_keeps_its_first_line() -> None:
    page = _THREAD.replace("tide_girl: Every winter the same story.", "tide_girl: Something else entirely.")
    rows = comment_rows(page)
    assert rows[1][1] == ""
    assert rows[1][2].startswith("tide_girl: Something else entirely.")


# ---- the outlet: a copyright line's company named after the head's wordmark; two writers in capitals;
# "More from <a menu entry>"; the site's name atop the page that its breadcrumb repeats ----

_STORY = ("The ferry company said on Monday that the winter timetable would start a week early.\n\n"
          "Riders said the change had been announced without warning, and several asked for refunds.\n\n")


def test_a_copyright_company_named_after_the_wordmark_is_that_wordmark() -> None:
    page = ("quayside\nSearch\nSign in\n\nFerry timetable changes a week early\n\n" + _STORY
            + "About Quayside   Terms   Privacy\n© QUAYSIDE Company Inc.")
    assert split_layout(page).outlet_marker == "Quayside"
    page = ("THE MARSH LEDGER\nSign In   Subscribe\n\nFerry timetable changes a week early\n\n" + _STORY
            + "Why you can trust The Marsh Ledger\n\n"
            "Copyright © 2026 Marsh Ledger Publishers Ltd. All rights reserved.")
    assert split_layout(page).outlet_marker == "The Marsh Ledger"


def test_a_copyright_company_not_named_after_a_head_line_keeps_its_own_name() -> None:
    page = ("quayside\nSearch\n\nFerry timetable changes a week early\n\n" + _STORY
            + "© 2026 Harbour Lantern Holdings, LLC. All Rights Reserved")
    assert split_layout(page).outlet_marker != "Quayside"


def test_two_writers_in_capitals_name_no_outlet() -> None:
    from components.parse.layout import _byline_outlet
    assert _byline_outlet("By ANN LEE and TOM REED") == ""
    assert _byline_outlet("By ANN LEE Harbour Courier") == "Harbour Courier"


def test_more_from_a_menu_entry_is_a_section_not_the_outlet() -> None:
    page = ("quayside\nFeed\nArtist\nMedia\nShop\n\nFerry timetable changes a week early\n\n" + _STORY
            + "More from Artist\nNew single out Friday\n")
    assert split_layout(page).outlet_marker != "Artist"
    page = ("Menu\nSearch\n\nFerry timetable changes a week early\n\n" + _STORY
            + "More from Harbour Courier\nNew single out Friday\n")
    assert split_layout(page).outlet_marker == "Harbour Courier"


def test_the_name_atop_a_forum_that_its_breadcrumb_repeats_is_the_site() -> None:
    assert split_layout(_THREAD).outlet_marker == "Harbourtalk Forum"
    page = "₦ Quay Forum\n" + _THREAD.split("\n", 1)[1].replace("Harbourtalk Forum /", "Quay Forum /")
    assert split_layout(page).outlet_marker == "Quay Forum"
    page = _THREAD.replace("Harbourtalk Forum / Local", "Another Forum / Local")
    assert split_layout(page).outlet_marker != "Harbourtalk Forum"


# ---- furniture: a subscription offer, a trust label, a closed comment box, a correction prompt, a player
# row, font-size buttons, a newsletter's consent sentence, a footer's row of site links ----

def test_offers_labels_and_prompts_are_furniture() -> None:
    from components.parse.layout import _is_furniture
    for line in ("Get Ledger+ for HK$10 in your first month", "Try Premium for $1 a week",
                 "Subscribe for just £2 per month", "Why you can trust The Marsh Ledger",
                 "Comments are not available for this article.", "Found a mistake in this article? Tell us",
                 "🎧 Listen to this article   00:00 / 04:38", "A   A+", "A-   A   A+",
                 "Get the best of the week every Friday. By registering, you agree to our T&C and Privacy "
                 "Policy"):
        assert _is_furniture(line), line


def test_article_lines_like_offers_and_prompts_are_not_furniture() -> None:
    from components.parse.layout import _is_furniture
    for line in ("Get the ferry for $10 and you will still wait an hour, riders say.",
                 "Why you can trust a ferry timetable less than the tide, according to riders who use it",
                 "Comments are not available for this article, the council's press office said, because of "
                 "the legal case.",
                 "She found a mistake in the council's figures and wrote to the harbour board about it.",
                 "A council spokesperson said the fares would rise by a fifth."):
        assert not _is_furniture(line), line


def test_a_footer_row_of_site_links_is_furniture() -> None:
    from components.parse.layout import _footer_row
    assert _footer_row("About us   Contact us   Advertise with us   Privacy Policy   Terms & Conditions")
    assert _footer_row("Download our app   App Store   Google Play")
    assert _footer_row("About Quayside | Notice | Terms of Service | Privacy Policy")
    assert not _footer_row("News   Sport   Weather   Culture")  # a menu row: no site links
    assert not _footer_row("Harbour   Help   Ferries")  # one site link only
    assert not _footer_row("The council will help.   Riders said no.   Privacy matters.")


def test_a_label_line_low_in_a_page_without_blank_lines_is_no_headline() -> None:
    page = "\n".join([
        "THE MARSH LEDGER", "News", "Sport", "Culture",
        "Ferry fares to rise by a fifth from April, council says",
        "By Ann Lee",
        "Published: 9:30am, 4 Dec 2026",
        "The borough council has proposed raising ferry fares by a fifth from April, in a report that riders "
        "say was published without warning on Thursday night.",
        "Riders' groups said the rise would push commuters back onto the bridge road this winter.",
        "Print edition: This article appeared in the Marsh Ledger print edition as: Fares up a fifth",
        "Consumer rights   Transport",
    ])
    text = "\n".join(split_layout(page).paragraphs)
    assert "Print edition" not in text
    assert "raising ferry fares" in text


# ---- a fan platform: Korean dotted stamps, a sort dropdown over the first comment, badge lines ----

def test_a_korean_dotted_date_is_a_date_line_and_a_stamp() -> None:
    from components.parse.layout import _date_value, _is_date_line, _is_stamp
    assert _is_date_line("2026. 11. 22. 03:11") and _date_value("2026. 11. 22. 03:11") == "2026-11-22"
    assert _is_stamp("11. 22. 03:15")  # a comment's stamp, the year left out
    assert not _is_date_line("Mr. 12. Street")
    assert not _is_stamp("Vol. 3. Chapter 2.")


def test_a_sort_dropdown_is_a_control_and_a_caret_alone_makes_no_row() -> None:
    from components.parse.layout import _sort_row
    assert _sort_row("Popular ▾") and _sort_row("Newest ▼")
    assert not _sort_row("Harbour ▾")  # no order's name
    assert not _sort_row("Popular")


_FAN_PAGE = "\n".join([
    "quayside", "Feed", "Artist", "Shop",
    "MIRA", "Artist", "2026. 12. 01. 21:40",
    "Thank you for coming tonight, everyone. The rain did not stop you and it did not stop us, and I will "
    "remember the harbour singing with us for a long time.",
    "♡ 40,112",
    "Comments 2,004",
    "Popular ▾",
    "harbour_fan",
    "MEMBERSHIP",
    "12. 01. 21:45",
    "I was by the ferry gate with the blue flag, best night of the year!",
    "♡ 2,104",
    "Reply 31",
    "sea.glass",
    "12. 01. 21:52",
    "The rain made it better honestly. See you in spring.",
    "See translation",
    "♡ 980",
    "Reply 12",
    "tidewatcher",
    "12. 01. 22:03",
    "Could hear you from the other side of the bay.",
    "♡ 120",
    "Reply 2",
])


def test_a_fan_platform_post_reads_its_commenters_past_the_sort_dropdown_and_badges() -> None:
    layout = split_layout(_FAN_PAGE)
    assert [c.author for c in layout.comments] == ["harbour_fan", "sea.glass", "tidewatcher"]
    assert layout.date_line == "2026-12-01"


def test_a_sort_dropdown_over_the_first_comment_is_not_its_author() -> None:
    from components.parse.layout import _chunk_comment
    chunk = ["Popular ▾", "harbour_fan", "MEMBERSHIP", "12. 01. 21:45",
             "I was by the ferry gate with the blue flag, best night of the year!", "♡ 2,104"]
    comment, _ = _chunk_comment(chunk)
    assert comment is not None and comment.author == "harbour_fan"
    comment, _ = _chunk_comment(["Harbour Lights", "12. 01. 21:45", "Best night of the year!", "♡ 2,104"])
    assert comment is not None and comment.author == "Harbour Lights"  # a name over its stamp stays


# ---- a daily's comment list: a moderation note, a sign-in prompt, a counter and "Sort by" row over the
# first comment; a Malaysian stamp's time zone ----

def test_a_sort_row_after_its_label_is_a_control() -> None:
    from components.parse.layout import _sort_row
    assert _sort_row("Sort by   Newest   Oldest   Most liked")
    assert not _sort_row("Sort by   Harbour")  # one item that is no order
    assert not _sort_row("Sort   the   boxes")


def test_the_first_comment_under_a_counter_and_sort_row_keeps_its_author() -> None:
    from components.parse.layout import _chunk_comment
    chunk = ["Comments are moderated. Remarks that are abusive or off-topic will be removed by our team.",
             "Log in to comment", "9 Comments", "Sort by   Newest   Oldest", "harbour_rider", "Subscriber",
             "4 Dec 2026, 8:02 AM", "Paid for a season ticket and the ferry still left without us twice."]
    comment, _ = _chunk_comment(chunk)
    assert comment is not None and comment.author == "harbour_rider"


def test_a_stamp_with_a_malaysian_time_zone_is_a_date_line() -> None:
    from components.parse.layout import _is_date_line
    assert _is_date_line("Monday, 23 Nov 2026 7:05 AM MYT")
    assert not _is_date_line("MYT 7")


# ---- a wiki's event page: a comment form's prompt, a star rating with votes, a player label, an edit
# history line, an attendance count ----

def test_a_comment_forms_prompt_is_a_control() -> None:
    from components.parse.layout import _widget_control
    assert _widget_control("Add a comment (login required)")
    assert _widget_control("Leave a comment")
    assert not _widget_control("Leave the harbour alone, it was fine before.")


def test_page_widgets_of_a_wiki_or_event_page_are_furniture() -> None:
    from components.parse.layout import _is_furniture
    for line in ("★ 4.1 (52 votes)", "★ 3.5/5 (1,204 ratings)", "Play Video", "Watch video",
                 "Edited by tide_watcher (12 revisions)   Last updated: Nov 23, 2026",
                 "Edited by ann_lee (3 edits)", "341 users attended", "1.2K people interested"):
        assert _is_furniture(line), line


def test_article_lines_about_ratings_edits_and_attendance_are_not_furniture() -> None:
    from components.parse.layout import _is_furniture
    for line in ("The show was rated 4.1 stars by 52 voters on the site, its highest score of the year.",
                 "Edited by the council's press office (after three revisions), the report came late.",
                 "341 users attended the first meeting, the organisers said, twice the number expected.",
                 "Play the video of the meeting in full on the council's website."):
        assert not _is_furniture(line), line


# ---- a mailing list's archive: message headers, quoted attributions, the first message as the article ----

def _message(name: str, stamp: str, body: list[str]) -> list[str]:
    return [f"{name}'s profile photo", name, "unread,", stamp, "to Harbour Wardens", *body,
            "Reply all", "Reply to author", "Forward"]


_LIST_PAGE = "\n".join([
    "Groups", "Conversations", "Harbour Wardens",
    "Winter moorings and the new ferry fares",
    "88 views",
    *_message("Ann Lee", "Dec 3, 2026, 9:14:02 AM", [
        "Dear all,",
        "The council has proposed raising ferry fares by a fifth from April, and the harbour board meets "
        "on Thursday to discuss what that means for the winter moorings.",
        "Best,", "Ann", "--", "Ann Lee", "Harbour Warden, North Quay",
        "--", "You received this message because you are subscribed to the group."]),
    *_message("Tom Reed", "Dec 3, 2026, 11:02:47 AM", [
        "Thank you, Ann. The moorings list is already full for January.", "Tom",
        "On Thu, 3 Dec 2026 at 09:14, Ann Lee <an...@quay.org> wrote:", "> Dear all,",
        "- show quoted text -"]),
    "Message has been deleted",
    *_message("Pieter van der Berg", "Dec 3, 2026, 11:03:10 AM", [
        "Automatic reply: I am away until 30 December."]),
    *_message("Ann Lee", "Dec 4, 2026, 8:05:12 AM", ["Tom, could you send the list to the board?"]),
    "0 new messages", "Search",
])


def test_a_mailing_list_conversation_reads_its_replies() -> None:
    layout = split_layout(_LIST_PAGE)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("Tom Reed", "Ann Lee"), ("", ""), ("Pieter van der Berg", ""), ("Ann Lee", "Tom Reed")]
    assert layout.comments[0].body == "Thank you, Ann. The moorings list is already full for January.\nTom"
    assert layout.header_date == "2026-12-03"
    text = "\n".join(layout.paragraphs)
    assert "raising ferry fares" in text
    for furniture in ("profile photo", "unread,", "to Harbour Wardens", "Harbour Warden, North Quay",
                      "You received this message", "Reply all", "show quoted text"):
        assert furniture not in text


def test_a_name_over_a_stamp_without_a_to_line_is_no_message_header() -> None:
    from components.parse.layout import _mail_header
    lines = ["Ann Lee", "Dec 3, 2026, 9:14:02 AM", "The council met on Thursday."]
    assert _mail_header(lines, 0) is None
    lines = ["Ann Lee", "unread,", "Dec 3, 2026, 9:14:02 AM", "to Harbour Wardens"]
    assert _mail_header(lines, 0) == ("Ann Lee", 4)


# ---- a podcast directory's show page: "Open in <app>" is a button, the show's name over its facts is the
# title even when the footer prints it again ----

def test_a_stores_app_button_and_a_shows_facts_are_furniture() -> None:
    from components.parse.layout import _is_furniture
    for line in ("Open in Harbour Podcasts", "Updated weekly", "4.1 • 3.2K Ratings"):
        assert _is_furniture(line), line
    for line in ("Open in March, the new ferry terminal will have two berths.",
                 "Updated weekly figures show the fares rising again."):
        assert not _is_furniture(line), line


def test_a_shows_name_over_its_facts_is_the_title() -> None:
    page = "\n".join([
        "Harbour", "Store", "Support", "Harbour Podcasts Preview", "Open in Harbour Podcasts",
        "The Tide Tables", "Quayside Audio", "History", "Updated weekly", "4.6 • 1.1K Ratings", "Follow",
        "Every series of The Tide Tables follows one ship that went missing and the people who last saw it, "
        "from the harbour records to the families who still wait.",
        "Episodes", "Show Website", "The Tide Tables", "Privacy Policy   Terms of Use   Legal",
    ])
    assert split_layout(page).title == "The Tide Tables"
    text = "\n".join(split_layout(page).paragraphs)
    assert "Quayside Audio" not in text  # the provider between the name and its facts is the head's
    assert "follows one ship" in text


# ---- a rating site's scored cards: no rater's name, the rated person's response, a removed rating ----

def _card(score: str, course: str, day: str, body: str) -> list[str]:
    return ["CLARITY", score, "EFFORT", "3.0", course, day,
            "For Credit: Yes   Attendance: Mandatory   Grade: B", body, "CLEAR NOTES   TOUGH MARKER",
            "Helpful   👍 4   👎 1", "Report this rating"]


_RATINGS_PAGE = "\n".join([
    "RateHarbour", "Tutors", "Search", "Ms Ann Lee", "Tutor in Navigation at Quay College",
    "12 Student Ratings",
    *_card("2.0", "NAV101", "Dec 2nd, 2026", "Marks hard and the list is long, but she knows the tides."),
    "Response from Ms Ann Lee", "Dec 3rd, 2026",
    "Thank you for the feedback. The reading list is shorter from January, and office hours are longer.",
    "This rating has been removed for violating our Site Guidelines.",
    *_card("5.0", "NAV202", "Nov 20th, 2026", "Best tutor at the college. Night sailing was superb."),
    *_card("4.0", "NAV101", "Oct 9th, 2026", "Clear lectures and fair marking. Do the chart work early."),
    "Load More Ratings", "Similar Tutors", "4.6   Mr Tom Reed",
])


def test_scored_rating_cards_are_unnamed_comments_with_the_rated_persons_response() -> None:
    layout = split_layout(_RATINGS_PAGE)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("", ""), ("Ms Ann Lee", ""), ("", ""), ("", ""), ("", "")]
    assert layout.comments[0].body == "Marks hard and the list is long, but she knows the tides."
    assert layout.comments[1].body.startswith("Thank you for the feedback.")
    assert layout.comments[2].body.startswith("This rating has been removed")
    text = "\n".join(layout.paragraphs)
    for furniture in ("For Credit", "CLEAR NOTES", "Report this rating", "Helpful"):
        assert furniture not in text


def test_one_score_pair_over_a_date_is_no_rating_card() -> None:
    from components.parse.layout import _scored_card
    assert _scored_card(["SCORE", "4.0", "Dec 2nd, 2026", "A line."], 0) == -1
    assert _scored_card(["CLARITY", "2.0", "EFFORT", "3.0", "NAV101", "Dec 2nd, 2026"], 0) == 6
    assert _scored_card(["CLARITY", "2.0", "EFFORT", "3.0", "The harbour was closed for the night."], 0) == -1


def test_a_removed_ratings_notice_needs_this_before_it() -> None:
    from components.parse.notices import is_removal_notice
    assert is_removal_notice("This rating has been removed for violating our Site Guidelines.")
    assert not is_removal_notice("The rating was removed from the index after the complaints.")
    assert not is_removal_notice("This rating has been removed?! Unbelievable.")


def test_a_date_over_an_episodes_number_is_the_episodes() -> None:
    from components.parse.layout import _item_stamp
    assert _item_stamp(["20 NOV 2026", "S4 E6: The Ferry's Last Run", "48 min"], 0)
    assert _item_stamp(["20 NOV 2026", "Episode 212 · The Ferry", "48 min"], 0)
    assert not _item_stamp(["20 NOV 2026", "Season of storms closes the harbour early"], 0)
    assert not _item_stamp(["20 NOV 2026", "Episodes of flooding hit the quay again"], 0)


def test_a_reply_button_names_no_one_answered() -> None:
    from components.parse.layout import _reply_target
    assert _reply_target("Reply to author") == "" and _reply_target("Reply to all") == ""
    assert _reply_target("In reply to Ann Lee") == "Ann Lee"
    assert _reply_target("In reply to author_ann") == "author_ann"
