"""Session 28 (helper heads): page-head rules (titles, dates) and comment-list rules, each on invented
pages, with must-not-fire cases on ordinary pages."""

from components.parse.layout import _byline_stamp, split_layout

BODY = ("When the council met on Tuesday night, the chamber was fuller than it has been in years, and most "
        "of the people standing at the back of the room were under twenty.\n\n"
        "They had come to argue about a skate park, and they stayed until the very last vote was taken.")


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
