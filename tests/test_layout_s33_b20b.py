"""Session 33 (helper b20b): general rules met on a second look at blind set 20 (a Caribbean daily, a
tabloid live blog, an English-language Asian daily, a fitness network's activity, a booking site's
reviews and a music store's album page): embedded posts signed in other ways, each on invented pages,
with must-not-fire cases."""

from layout_support import BODY, comment_rows

from components.parse.layout import _lead_in, split_layout

HEAD = "Harbour ferry timetable cut for the winter months\n\n"
ABOVE = "The mayor spoke first and was heard in silence by the whole room on the night.\n"
UNDER = "The council has not answered the club, and the timetable stands until spring.\n\n"

# ---- an Instagram post whose date stands alone on the line under its signature ----


def test_an_instagram_signature_with_its_date_on_the_next_line_is_a_dated_post() -> None:
    page = (HEAD + ABOVE + "The skipper later posted on Instagram:\n"
            "Twenty years on this crossing and I have never seen the island this angry. We will keep going.\n"
            "A post shared by Ewan Tolley (@ewantolley)\nMarch 4, 2026\n" + UNDER + BODY)
    layout = split_layout(page)
    assert [(t.name, t.handle, t.date_text, t.platform) for t in layout.tweets] == [
        ("Ewan Tolley", "@ewantolley", "March 4, 2026", "Instagram")]
    assert layout.tweets[0].body.startswith("Twenty years on this crossing")
    assert "The council has not answered the club" in "\n".join(layout.paragraphs)


def test_a_date_line_under_a_dated_signature_is_not_taken_into_it() -> None:
    page = (HEAD + ABOVE + "The skipper later posted on Instagram:\n"
            "Twenty years on this crossing and I have never seen the island this angry. We will keep going.\n"
            "A post shared by Ewan Tolley (@ewantolley) on March 4, 2026\nMarch 9, 2026\n" + UNDER + BODY)
    layout = split_layout(page)
    assert [(t.handle, t.date_text) for t in layout.tweets] == [("@ewantolley", "March 4, 2026")]


# ---- a short sentence introducing a post: its verb is one of posting ----

def test_a_short_sentence_with_a_verb_of_posting_introduces_a_post() -> None:
    assert _lead_in("He later posted:")
    assert _lead_in("Tolley wrote:")
    page = (HEAD + ABOVE + "He later posted:\n"
            "People who have never crossed in a gale are experts tonight. We run when it is safe.\n"
            "— Ewan Tolley (@ewantolley) March 4, 2026\n" + UNDER + BODY)
    layout = split_layout(page)
    assert [(t.name, t.handle) for t in layout.tweets] == [("Ewan Tolley", "@ewantolley")]
    assert layout.tweets[0].body.startswith("People who have never crossed")


def test_a_short_label_with_a_colon_introduces_nothing() -> None:
    assert not _lead_in("Full statement:")
    assert not _lead_in("Update:")
    assert not _lead_in("HE LATER POSTED:")
    assert not _lead_in("The timetable:")


# ---- a Facebook post: its text over "Posted by Name on Sunday, November 22, 2026" ----

FACEBOOK = ("Posted her timetable analysis on Facebook on Sunday morning:\n"
            "I counted the sailings myself. Four boats a day in October, two in November. Not a cut.\n"
            "Posted by Mairead Quill on Sunday, March 1, 2026\n")


def test_a_facebook_post_under_the_sentence_that_introduces_it_is_a_signed_post() -> None:
    layout = split_layout(HEAD + ABOVE + FACEBOOK + UNDER + BODY)
    assert [(t.name, t.handle, t.date_text, t.platform) for t in layout.tweets] == [
        ("Mairead Quill", "", "March 1, 2026", "Facebook")]
    assert layout.tweets[0].body.startswith("I counted the sailings myself.")
    assert "The council has not answered the club" in "\n".join(layout.paragraphs)


def test_a_facebook_post_mention_carries_no_handle_and_its_dated_signature() -> None:
    from components.core.config import Person
    from components.parse.dates import resolve_signature
    from components.parse.quotes import extract_mentions
    layout = split_layout(HEAD + ABOVE + FACEBOOK + UNDER + BODY)
    quill = Person(name="Mairead Quill", aliases=("Quill",), handles=("@mquill",))
    posts = [m for m in extract_mentions("d1", layout, (quill,)) if m.speaker_basis == "signature"]
    assert [(m.speaker, m.handle) for m in posts] == [("Mairead Quill", "")]
    assert resolve_signature(posts[0].signature_date).value == "2026-03-01"
    assert "Facebook post signature" in resolve_signature(posts[0].signature_date).evidence


def test_a_blog_post_line_with_no_sentence_introducing_a_post_signs_nothing() -> None:
    page = ("Winter timetable: what changes and when\n"
            "Posted by Mairead Quill on Sunday, March 1, 2026\n\n" + BODY + "\n\n"
            "The ferry company has not said when the summer boats return.\n"
            "Posted by Mairead Quill on Sunday, March 1, 2026\n")
    layout = split_layout(page)
    assert layout.tweets == ()
    assert not any("Posted by" in para for para in layout.paragraphs)


def test_a_posted_by_line_without_its_weekday_is_no_facebook_sign() -> None:
    page = (HEAD + ABOVE + "Posted her timetable analysis on Facebook on Sunday morning:\n"
            "I counted the sailings myself. Four boats a day in October, two in November.\n"
            "Posted by Mairead Quill on March 1, 2026 in News\n" + UNDER + BODY)
    assert [t for t in split_layout(page).tweets if t.platform == "Facebook"] == []


# ---- comments as name / body / date / "♡ n", a spammer's with no likes row ----

def _liked(name: str, body: str, day: str, likes: str = "") -> str:
    return f"{name}\n{body}\n{day}\n" + (f"♡ {likes}\n" if likes else "")


ACTIVITY_COMMENTS = ("Comments\n52\n"
                     + _liked("Mara Lindqvist", "Three days on that crossing.", "4 Mar 2026", "214")
                     + _liked("Joel Baptiste", "The photos from the headland.", "4 Mar 2026", "18")
                     + _liked("Rowing Rick | Free Plans", "🔥 FREE plan, link in bio 🔥", "5 Mar 2026")
                     + _liked("Ines Farrow", "@Mara Lindqvist the tides say otherwise.", "5 Mar 2026", "45")
                     + "Show all 52 comments\nLog in to leave a comment\nRelated Activities\n"
                       "Harbour loop recce · Mara Lindqvist · 42.1 km\nReport\n")


def test_a_heart_with_a_count_repeated_under_comments_is_a_reaction_counter() -> None:
    from components.parse.layout import _reaction_counters
    lines = ["Ann", "Good.", "♡ 214", "Bo", "Fine.", "❤️ 1.2k", "Cy", "Yes.", "♡ 3"]
    assert _reaction_counters(lines, 0) == {2, 5, 8}
    assert _reaction_counters(["Ann", "Good.", "♡ 214", "Bo", "Fine.", "Cy"], 0) == set()
    assert _reaction_counters(["♡ you all", "Bo", "♡ you all", "Cy", "♡ you all"], 0) == set()


def test_comments_closed_by_their_likes_under_the_date_and_one_with_no_likes_row() -> None:
    rows = comment_rows(HEAD + BODY + "\n\n" + ACTIVITY_COMMENTS)
    assert [author for author, _, _ in rows] == [
        "Mara Lindqvist", "Joel Baptiste", "Rowing Rick", "Ines Farrow"]
    assert rows[2][2].startswith("🔥 FREE plan")
    assert rows[3][1] == "Mara Lindqvist"


def test_a_count_in_a_show_all_comments_link_ends_the_comments() -> None:
    rows = comment_rows(HEAD + BODY + "\n\n" + ACTIVITY_COMMENTS)
    assert not any("Related Activities" in body or author.startswith("Log in") for author, _, body in rows)


def test_a_date_in_a_comment_over_a_sentence_does_not_end_it() -> None:
    page = (HEAD + BODY + "\n\nComments\n3\n"
            + _liked("Mara Lindqvist", "We crossed on the last boat before the cut.\n4 Mar 2026\n"
                                       "That was the day the timetable changed.", "4 Mar 2026", "214")
            + _liked("Joel Baptiste", "The photos from the headland are something else.", "4 Mar 2026", "18")
            + _liked("Ines Farrow", "Rest up, both of you.", "5 Mar 2026", "45"))
    rows = comment_rows(page)
    assert [author for author, _, _ in rows] == ["Mara Lindqvist", "Joel Baptiste", "Ines Farrow"]
    assert "That was the day the timetable changed." in rows[0][2]


# ---- an activity page's head: a consent row, "Name – Run" over the name, the start line, the title ----

ACTIVITY_HEAD = ("Strideway\n"
                 "Strideway uses cookies to make the site work and for marketing. Change this in settings.\n"
                 "Accept all   Reject non-essential\nDashboard\nTraining\nLog In\nSign Up\n"
                 "Mara Lindqvist – Ride\nMara Lindqvist\nSubscriber\nFollow\n"
                 "6:02 AM on Tuesday, March 3, 2026 · Kirkwall, Scotland\n"
                 "Orkney Mainland Lap 🚴 212 km in the wind\n")
ACTIVITY_TEXT = ("What a day on the bike. The wind turned at Stromness and never turned back, and the last "
                 "forty kilometres were the hardest riding I have done all year.\n")


def test_a_consent_banner_button_row_is_furniture() -> None:
    from components.parse.layout import _is_furniture
    assert _is_furniture("Accept all   Reject non-essential")
    assert _is_furniture("Accept   Decline   Manage settings")
    assert not _is_furniture("Accept the result and move on.")


def test_a_name_page_heading_over_the_name_gives_way_to_the_post_title_under_it() -> None:
    layout = split_layout(ACTIVITY_HEAD + ACTIVITY_TEXT + "\n" + BODY)
    assert layout.title == "Orkney Mainland Lap 🚴 212 km in the wind"
    assert layout.date_line == "2026-03-03"


def test_a_headline_with_a_dash_over_another_line_is_still_the_headline() -> None:
    page = ("Ferry cut – what it means\nMara Lindqvist, Transport Reporter\nMarch 3, 2026\n\n" + BODY)
    assert split_layout(page).title == "Ferry cut – what it means"


def test_a_stamp_with_a_town_and_country_after_it_is_a_date_line_but_a_section_is_not_a_town() -> None:
    from components.parse.layout import _is_date_line
    assert _is_date_line("6:02 AM on Tuesday, March 3, 2026 · Kirkwall, Scotland")
    assert not _is_date_line("March 3, 2026 · Sports")
    assert not _is_date_line("Mara Lindqvist · Kirkwall, Scotland")


# ---- a stats panel: each figure's label over its value ----

def test_a_stats_panel_of_labels_over_figures_is_not_the_article() -> None:
    panel = "Distance\n212.4 km\nMoving Time\n8:41:02\nPace\n24.4 km/h\nCalories\n4,102\n"
    layout = split_layout(ACTIVITY_HEAD + ACTIVITY_TEXT + panel + "\n" + BODY)
    text = "\n".join(layout.paragraphs)
    assert "Moving Time" not in text and "212.4 km" not in text and "Calories" not in text
    assert "forty kilometres were the hardest riding" in text


def test_one_label_over_a_figure_stays_in_the_article() -> None:
    from components.parse.layout import _stat_pairs
    assert _stat_pairs(["The ferry ran late.", "Distance", "12 km", "Nobody complained."]) == set()
    assert _stat_pairs(["Distance", "212.4 km", "Pace", "24.4 km/h", "Calories", "4,102"]) == set(range(6))
    assert _stat_pairs(["Part one", "was short", "Part two", "was long", "Part three", "ends"]) == set()
