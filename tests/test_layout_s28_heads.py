"""Session 28 (helper heads): page-head rules (titles, dates) and comment-list rules, each on invented
pages, with must-not-fire cases on ordinary pages."""

from layout_support import BODY

from components.parse.comment_blocks import split_stamp
from components.parse.layout import _byline_stamp, split_layout, without_client

# ---- a search box's placeholder and a sign-in button are the site's controls, never its title ----

def test_a_search_placeholder_is_not_the_title() -> None:
    page = ("Snapstream\n  • Explore\n  • Log In\nPhotos, people, or groups\n\n"
            "Back to photostream\nMara Jensen\nFollow\n\n"
            "The ferry leaves the quay at dawn in winter\n\n" + BODY)
    assert split_layout(page).title == "The ferry leaves the quay at dawn in winter"


def test_a_search_for_placeholder_is_not_the_title() -> None:
    page = ("Reviewly\n  • Categories\n  • Log in\nSearch for a shop or service\n\n"
            "Skate park vote divides the town council\n\n" + BODY)
    assert split_layout(page).title == "Skate park vote divides the town council"


def test_a_sign_in_button_is_not_the_title() -> None:
    page = ("Journalhost\nAccount name:\nPassword\nRemember me\nSign in with Google\n\n"
            "Skate park vote divides the town council\n\n" + BODY)
    assert split_layout(page).title == "Skate park vote divides the town council"


def test_a_headline_that_starts_with_search_is_still_the_title() -> None:
    page = "Search for missing walkers is called off after two days\n\n" + BODY
    assert split_layout(page).title == "Search for missing walkers is called off after two days"


def test_a_headline_listing_things_is_still_the_title() -> None:
    page = "Bread, Butter and Jam: the town's oldest bakery turns one hundred\n\n" + BODY
    assert split_layout(page).title == "Bread, Butter and Jam: the town's oldest bakery turns one hundred"


# ---- a breadcrumb whose last part opens the next block names the page ----

def test_a_breadcrumb_names_the_profile_under_it() -> None:
    page = ("Reviewly\n\nShops & Services › Bakeries › Hollin Bakehouse\n\n"
            "Hollin Bakehouse\nClaimed profile\nReviews 212\nScore 4.1 out of 5\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Hollin Bakehouse"
    assert not any(p.startswith("Hollin Bakehouse") for p in layout.paragraphs)


def test_a_breadcrumb_over_another_headline_names_nothing() -> None:
    page = "News › Local › Council\n\nSkate park vote divides the town council\n\n" + BODY
    assert split_layout(page).title == "Skate park vote divides the town council"


# ---- a metadata box of labels and values above a work's title; the title over its poster's handle ----

WORK = ("Fanworks Archive\n  • Browse\n  • Search\n\n"
        "Rating:\n    General Audiences\nCategory:\n    Gen\nLanguage:\n    English\nStats:\n"
        "    Published: 2025-04-09 Updated: 2025-05-01 Chapters: 3/? Words: 9,120 Kudos: 88\n\n"
        "the lighthouse keeper's daughter\nsaltandsorrel\n\n"
        "Summary:\nA girl, a lamp and a winter that does not end. Nobody in the village agrees.\n\n"
        + BODY)


def test_a_work_title_under_its_metadata_box() -> None:
    layout = split_layout(WORK)
    assert layout.title == "the lighthouse keeper's daughter"
    assert layout.date_line == "2025-04-09"
    assert not any("General Audiences" in p for p in layout.paragraphs)


def test_a_journal_name_over_its_handle_and_menu_is_no_title() -> None:
    page = ("notes from the harbour wall\nharbourwall\n\n  • Recent Entries\n  • Archive\n  • Profile\n\n"
            "Skate park vote divides the town council\n\n" + BODY)
    assert split_layout(page).title != "notes from the harbour wall"


def test_a_labelled_fact_line_in_prose_is_kept() -> None:
    page = "Skate park vote divides the town council\n\nWhat happened:\n    " + BODY
    layout = split_layout(page)
    assert any("chamber was fuller" in p for p in layout.paragraphs)


# ---- dates: the day before the writer, the upload day, and stamps of items on a list page ----

def test_a_date_then_the_writer_dates_the_page() -> None:
    page = "Skate park vote divides the town council\n\nMarch 3, 2026 ~ Ann Lee\n\n" + BODY
    assert split_layout(page).date_line == "2026-03-03"


def test_a_date_then_the_writer_with_a_dot() -> None:
    page = "Skate park vote divides the town council\n\nMarch 3, 2026 · By Ann Lee\n\n" + BODY
    assert split_layout(page).date_line == "2026-03-03"


def test_a_date_then_a_sentence_is_no_byline() -> None:
    assert _byline_stamp("March 3, 2026 ~ the vote was taken at midnight") == ""
    assert _byline_stamp("March 3, 2026 ~ Ann Lee") == "2026-03-03"


def test_an_upload_line_dates_a_photo_page() -> None:
    page = ("The ferry leaves the quay at dawn in winter\n\n" + BODY
            + "\n\n4,112\nviews\nTaken on March 2, 2025\nUploaded on March 3, 2025\nAll rights reserved")
    assert split_layout(page).date_line == "2025-03-03"


def test_a_review_date_under_its_rating_does_not_date_the_page() -> None:
    page = ("Hollin Bakehouse\n\n" + BODY + "\n\nAnn Lee\nGB\n1 review\nRated 2 out of 5 stars\nMar 4, 2026\n"
            "Stale bread twice in one week and nobody at the counter seemed to care about it.\n"
            "Date of experience: March 2, 2026\nUseful\nShare")
    assert split_layout(page).date_line == ""


def test_a_version_date_does_not_date_an_app_page() -> None:
    page = ("Hollin Recipes\n\nWhat's New\nVersion History\nNov 20, 2026\nVersion 4.2.1\n"
            "Bug fixes and a new timer screen.\n\n" + BODY)
    assert split_layout(page).date_line == ""


def test_a_plain_date_under_the_headline_still_dates_the_page() -> None:
    page = "Skate park vote divides the town council\n\nNov 20, 2026\n\n" + BODY
    assert split_layout(page).date_line == "2026-11-20"


# ---- a microblog's comment list: the app a comment was sent from after its stamp ----

def _microblog(stamp_under_body: bool, heading: bool) -> str:
    posts = [("harbourgull_88", "The vote was closer than anyone expected and the chamber knew it.",
              "Nov 23 08:31 · from Android   Reply   ♡ 2,140"),
             ("PietVarga", "My street floods every winter and nobody on the council has ever come to look.",
              "Nov 23 08:35 · via iPhone   Reply   ♡ 311"),
             ("dora.m", "Fine by me. Build it and let them skate.", "Nov 23 09:02 · from Web   Reply   ♡ 12")]
    blocks = [f"{name}\n{body}\n{stamp}" if stamp_under_body else f"{name}\n{stamp}\n{body}"
              for name, body, stamp in posts]
    head = "Comments\n\n" if heading else ""
    return "Skate park vote divides the town council\n\n" + BODY + "\n\n" + head + "\n\n".join(blocks) + "\n"


def test_a_microblog_list_with_its_stamp_under_the_body_is_read() -> None:
    for heading in (True, False):
        comments = split_layout(_microblog(True, heading)).comments
        assert [c.author for c in comments] == ["harbourgull_88", "PietVarga", "dora.m"]
        assert comments[0].body == "The vote was closer than anyone expected and the chamber knew it."


def test_a_stamp_with_its_app_under_the_handle_is_not_the_body() -> None:
    for heading in (True, False):
        comments = split_layout(_microblog(False, heading)).comments
        assert [c.author for c in comments] == ["harbourgull_88", "PietVarga", "dora.m"]
        assert all("from " not in c.body and "via " not in c.body for c in comments)


def test_the_app_is_cut_only_after_a_separator() -> None:
    assert without_client("Nov 23 08:31 · from Android") == "Nov 23 08:31"
    assert without_client("Nov 23 08:31 · via Twitter for iPhone   Reply") == "Nov 23 08:31   Reply"
    assert without_client("Letters from Harbour Street") == "Letters from Harbour Street"
    assert without_client("A note from the editor") == "A note from the editor"
    assert split_stamp("Ann Lee · 3h · via iPhone") == ("Ann Lee", "3h")


def test_a_sentence_with_from_in_a_comment_stays() -> None:
    page = ("Skate park vote divides the town council\n\n" + BODY + "\n\nComments\n\n"
            "Ann Lee\n3 hours ago\nI came home from Leeds just to vote · from the station straight in.\n\n"
            "Piet Varga\n2 hours ago\nThe vote was closer than anyone expected.\n")
    comments = split_layout(page).comments
    assert comments[0].body == "I came home from Leeds just to vote · from the station straight in."


def test_a_review_sites_useful_button_is_an_action_row() -> None:
    from components.parse.layout import _is_action_line
    assert _is_action_line("Useful   Share") and _is_action_line("Useful · Reply")
    assert not _is_action_line("Useful advice from the council")


# ---- a journal's name over its owner's handle, then the entry's stamp, the poster and the subject ----

def test_a_journal_entry_is_titled_by_its_subject() -> None:
    page = ("Journalhost\n  • Read\n  • Log in\n\nnotes from the harbour wall\nharbourwall\n\n"
            "  • Recent Entries\n  • Archive\n  • Profile\n\n"
            "Mar. 3rd, 2026 09:41 pm\n[personal profile] harbourwall\n"
            "the night the ferry did not come\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "the night the ferry did not come"
    assert layout.date_line == "2026-03-03"


def test_a_name_over_a_handle_with_prose_under_is_kept() -> None:
    page = "Skate park vote divides the town council\n\nAnn Lee\nannlee\n\n" + BODY
    assert split_layout(page).title == "Skate park vote divides the town council"


# ---- a review list's title line under the rating and the day: never the body, short or long ----

def _reviews(second_title: str) -> str:
    return ("Hollin Bakehouse\n\nHollin Bakehouse has been baking on Mill Street since 1952, and its owners "
            "say they read every review.\n\nShowing 1-3 of 212 reviews\n\n"
            "Ann Lee\nGB • 3 reviews\nRated 2 out of 5 stars\nMar 4, 2026\nStale bread\n"
            "I bought two loaves on Monday and both were hard by the afternoon.\nUseful   Share\n\n"
            f"Piet Varga\nNL • 1 review\nRated 5 out of 5 stars\nMar 3, 2026\n{second_title}\n"
            "Queue was long but it moved fast, and the staff knew every loaf by name.\nUseful   Share\n\n"
            "Dora Mbeki\nGB • 12 reviews\nRated 1 out of 5 stars\nMar 2, 2026\n"
            "They closed early and there was no sign on the door.\nUseful   Share\n")


def test_review_titles_short_and_long_stay_out_of_the_body() -> None:
    comments = split_layout(_reviews("The best sourdough I have had in this town for years")).comments
    assert [c.author for c in comments] == ["Ann Lee", "Piet Varga", "Dora Mbeki"]
    assert comments[0].body == "I bought two loaves on Monday and both were hard by the afternoon."
    assert comments[1].body == "Queue was long but it moved fast, and the staff knew every loaf by name."
    assert comments[2].body == "They closed early and there was no sign on the door."


def test_a_review_without_a_title_keeps_its_first_sentence() -> None:
    comments = split_layout(_reviews("Lovely bread, friendly staff.")).comments
    assert comments[1].body.startswith("Lovely bread, friendly staff.")
