"""Fixes of the faults the s36h review found in session 36's page reading (H211): a lone sort word is a
control only at the section's head over a header of its own. Invented pages only."""

from components.parse.layout import _control_over_header, split_layout

_ALLOTMENT = [
    "Allotment rents to rise by a third",
    "",
    "Plot holders will pay a third more from April after the town council voted to raise rents for the"
    " first time in nine years, blaming the cost of water and fencing repairs.",
    "",
    "The council said the rise would still leave its plots cheaper than those in neighbouring towns.",
    "",
    "Comments (3)",
    "",
]


def _plots(head: list[str], comments: list[tuple[str, str]], rows: bool) -> str:
    lines = _ALLOTMENT + head
    for name, body in comments:
        lines += [name, "4 hours ago", body, *(["Like · Reply"] if rows else []), ""]
    return "\n".join(lines)


_PLOT_COMMENTS = [
    ("Brian Ollerton", "Nine years without a rise is fair enough, the water bill alone has doubled."),
    ("Oldest", "The fencing was never repaired on our side, so what are we paying for?"),
    ("Sue Penberthy", "Still cheaper than a gym and you get potatoes."),
]


def test_a_sort_word_as_a_commenters_name_keeps_the_comment_first_or_further_down() -> None:
    for rows in (True, False):
        middle = split_layout(_plots([], _PLOT_COMMENTS, rows))
        assert [c.author for c in middle.comments] == ["Brian Ollerton", "Oldest", "Sue Penberthy"], rows
        first = split_layout(_plots([], [_PLOT_COMMENTS[1], _PLOT_COMMENTS[0]], rows))
        assert [c.author for c in first.comments] == ["Oldest", "Brian Ollerton"], rows
        assert not any("fencing was never" in p for p in first.paragraphs + middle.paragraphs), rows


def test_a_sort_word_over_the_first_comments_own_header_is_the_widgets() -> None:
    for control in ("Newest", "Oldest first", "Show more"):
        for rows in (True, False):
            layout = split_layout(_plots([control, ""], _PLOT_COMMENTS[:1] + _PLOT_COMMENTS[2:], rows))
            assert [c.author for c in layout.comments] == ["Brian Ollerton", "Sue Penberthy"], (control, rows)
            assert control not in layout.paragraphs, (control, rows)


def test_a_control_over_a_header_needs_a_name_under_it() -> None:
    assert _control_over_header(["Newest", "2 days ago", "Rhian Tregear", "Lovely photos."])
    assert _control_over_header(["Load more", "Rhian Tregear", "2 days ago", "Lovely photos."])
    assert not _control_over_header(["Newest", "2 days ago", "Lovely photos of the harbour, thank you."])
    assert not _control_over_header(["Rhian Tregear", "2 days ago", "Lovely photos."])  # no control
    assert not _control_over_header(["Newest", "Oldest", "2 days ago", "Lovely photos."])


# ---- a lower-case wordmark: its footer column holds the site's own links ----

def _post(top: str, under: str, foot: list[str]) -> list[str]:
    return [f"{top}\n{under}\nSign in", "Title of the post", "kelp_and_co\nMay 9, 2026",
            "A paragraph of the post that runs on for a while.", "Another paragraph of the post.",
            "\n".join(foot)]


def test_a_wordmark_opens_a_column_of_the_sites_own_links() -> None:
    from components.parse.layout import _lower_wordmark
    column = ["tidepool", "About", "Blog", "Terms", "Privacy"]
    assert _lower_wordmark(_post("tidepool", "Upload", column)) == "tidepool"
    # a section's name over its sub-sections, a handle over its profile card: no site link in the column
    assert _lower_wordmark(_post("gardening", "Upload", ["gardening", "Roses", "Allotments", "Lawns"])) == ""
    assert _lower_wordmark(_post("tidepool", "Upload", ["tidepool", "Posts", "Followers", "Following"])) == ""
    # a desk's or a beat's word is no wordmark whatever its column holds
    for desk in ("travel", "food", "motoring", "lifestyle"):
        assert _lower_wordmark(_post(desk, "Upload", [desk, "About", "Terms", "Privacy"])) == "", desk
    # a handle over its follow button atop a post is the poster's
    assert _lower_wordmark(_post("tidepool", "Follow", ["tidepool", "About", "Terms", "Privacy"])) == ""


# ---- "Name in reply to X": a comment's opening words are no lower-case-tailed name ----

def test_a_comments_opening_words_before_a_reply_phrase_are_no_name() -> None:
    from components.parse.layout import _reply_phrase
    for line in ("Totally agree in reply to Bryn Castell", "Hear hear in reply to Bryn Castell",
                 "Can't argue with that in reply to Bryn", "Reading this in reply to Bryn Castell",
                 "Absolutely spot on in reply to Bryn", "Same here in reply to Bryn Castell"):
        assert _reply_phrase(line) is None, line
    # a desk's account or a wiki user's name of a capitalised word then lower-case ones still splits
    for line, name in (("Clarion newsdesk in reply to Bryn Castell", "Clarion newsdesk"),
                       ("Otter holt replied to Bryn Castell", "Otter holt"),
                       ("Bryn Castell in reply to Nia Rees", "Bryn Castell")):
        assert _reply_phrase(line) == (name, line.rsplit(" to ", 1)[1]), line


# ---- a byline's beat or rank between the paper's name and the role ----

def test_a_beat_between_the_papers_name_and_the_role_is_not_the_papers() -> None:
    from components.parse.layout import _byline_outlet
    for role in ("Education Reporter", "Senior Writer", "Deputy Court Reporter", "Photographer"):
        assert _byline_outlet(f"By Nia Rees, Tenby Observer {role}") == "Tenby Observer", role
    # must not cut: "News" closing a paper's name, a name with no role after it, a role alone
    assert _byline_outlet("By Nia Rees, Tenby News Reporter") == "Tenby News"
    assert _byline_outlet("By Nia Rees, Farming Chronicle") == "Farming Chronicle"
    assert _byline_outlet("By Nia Rees, Senior Photographer") == ""


# ---- a site's role signing under its message, as the section's members sign ----

_LIBRARY = [
    "Library opening hours cut from May",
    "",
    "The town library will close on Mondays and at four on Saturdays from May, the county said, after"
    " its budget for the service was cut by a tenth for the coming year.",
    "",
    "Comments (4)",
    "",
]


def _signed(messages: list[tuple[str, list[str]]]) -> str:
    lines = list(_LIBRARY)
    for text, signature in messages:
        lines += [text, *signature, "3 days ago", ""]
    return "\n".join(lines)


def test_a_role_signing_under_its_message_is_its_author() -> None:
    layout = split_layout(_signed([
        ("Mondays are the only day I can get there.", ["Owain Bevan"]),
        ("Please keep to the topic, this is not the place for the bypass.", ["Admin"]),
        ("Could they not open later on Thursdays instead?", ["Delyth Moss"]),
    ]))
    assert [c.author for c in layout.comments] == ["Owain Bevan", "Admin", "Delyth Moss"]
    last = split_layout(_signed([
        ("Mondays are the only day I can get there.", ["Owain Bevan"]),
        ("Could they not open later on Thursdays instead?", ["Delyth Moss"]),
        ("Comments are now closed on this story, thank you all.", ["Moderator"]),
    ]))
    assert [c.author for c in last.comments] == ["Owain Bevan", "Delyth Moss", "Moderator"]


def test_a_role_badge_under_a_signing_name_stays_the_names_badge() -> None:
    layout = split_layout(_signed([
        ("Mondays are the only day I can get there.", ["Owain Bevan"]),
        ("Please keep to the topic, this is not the place for the bypass.", ["Rhodri Lake", "Moderator"]),
        ("Could they not open later on Thursdays instead?", ["Delyth Moss"]),
    ]))
    assert [c.author for c in layout.comments] == ["Owain Bevan", "Rhodri Lake", "Delyth Moss"]


# ---- one comment under a widget's counter, its sort choices one per line, its reply counter under it ----

def _one_comment_blog(sort: list[str]) -> str:
    return "\n".join([
        "Field Notes", "Archive", "About", "",
        "Counting swifts over the allotments", "",
        "June 12, 2026 · 4 min · Ffion Rudd", "",
        "Forty-one swifts over the plots at dusk, the most I have counted in five summers.", "",
        "They came in low from the river and went up over the church in one long scream.", "",
        "1 comment · 0 replies – powered by giscus", *sort, "",
        "swift_watcher", "Jun 12, 2026",
        "We had thirty over the school field the same evening, they must have been the same flock.",
        "0 replies", "Write a reply", "",
        "Sign in with GitHub",
    ])


def test_the_one_comment_under_a_widget_counter_is_read_under_the_sections_heading() -> None:
    for sort in (["Oldest", "Newest"], ["Newest"], []):
        layout = split_layout(_one_comment_blog(sort))
        assert [c.author for c in layout.comments] == ["swift_watcher"], sort
        assert not any("thirty over the school" in p or p.startswith(("Oldest", "Newest"))
                       for p in layout.paragraphs), sort
        assert layout.paragraphs[-1].startswith("They came in low")
