"""Session 35 fixes (H174) of the review's faults in the session's layout rules (tests/test_review_s35b.py):
each rule narrowed, with its must-fire and must-not-fire cases on invented lines."""

from components.parse.comment_blocks import Kind, classify, split_signature


def test_a_one_line_comment_signed_with_a_name_and_a_town_is_signed_by_the_name() -> None:
    line = "Frankly, the tram was never late. – Rhea Moss, Bristol Apr 9, 2026 at 7:05"
    assert classify(line) == (Kind.SIGNED, "Rhea Moss")
    assert split_signature(line) == ("Frankly, the tram was never late.", "Rhea Moss")
    assert classify("Frankly, no. – Rhea Moss, New Mills Apr 9, 2026 at 7:05") == (Kind.SIGNED, "Rhea Moss")


def test_a_signature_with_a_role_or_two_commas_is_no_name_and_town() -> None:
    for line in ("Frankly, the tram was never late. – Rhea Moss, the line's driver Apr 9, 2026 at 7:05",
                 "Frankly, the tram was never late. – Rhea Moss, Bristol, England Apr 9, 2026 at 7:05"):
        assert classify(line)[1] != "Rhea Moss", line
    # a name and its town before a stamp, with no sentence before, stays a header
    assert classify("Rhea Moss, Bristol – 2 hours ago") == (Kind.NAMED, "Rhea Moss")


def test_a_mailing_lists_to_line_names_a_list_not_a_sentence() -> None:
    from components.parse.layout import _MAIL_TO
    for line in ("to Kestrel Rowing Club", "to rowers@kestrel.org", "to me, Kestrel Rowing Club"):
        assert _MAIL_TO.match(line), line
    for line in ("to be fair the river was high", "to the committee: why the fee?", "to me it was fine"):
        assert not _MAIL_TO.match(line), line


def test_comments_opening_to_under_their_names_and_stamps_are_comments() -> None:
    from components.parse.layout import split_layout
    page = ("Kestrel Gazette\n\nRowing club doubles its fees\n\nBy Cy Dale\n4 May 2026\n\n"
            "The rowing club will double its fees from June, the committee said on Monday.\n\n"
            "Members said the rise would price out juniors.\n\nComments\n\n")
    said = [("Rhea Moss", "to me, Rowing Club members should have had a vote."),
            ("Ivo Brandt", "to be fair the boats are old."),
            ("Sam Okoro", "Agreed.")]
    for n, (name, body) in enumerate(said):
        page += f"{name}\n{n + 2} hours ago\n{body}\nReply\n\n"
    assert [(c.author, c.body) for c in split_layout(page).comments] == said


def test_messages_sent_to_different_names_are_no_one_list() -> None:
    from components.parse.layout import _one_list
    lines = ["to Kestrel Rowing Club", "a", "to Kestrel Rowing Club", "b", "to Kestrel Rowing Club", "c"]
    assert _one_list(lines, [1, 3, 5])
    lines = ["to Rhea Moss", "a", "to Ivo Brandt", "b", "to Kestrel Rowing Club", "c"]
    assert not _one_list(lines, [1, 3, 5])


def test_furniture_patterns_narrowed_to_their_own_lines() -> None:
    from components.parse.layout import _is_furniture
    for line in ("Sort by: Most recent", "sorted by   oldest   newest", "Subscribe for only €3 a month",
                 "Get Kestrel+ for $2 a week", "Try unlimited access for $1 a week",
                 "Get the Rowing Weekly in your inbox. By subscribing, you agree to our Terms and Privacy",
                 "Rowing, sailing and open-water swimming from the club's coaches, every Sunday. By signing"
                 " up, you agree to the Terms",
                 "Open in Kestrel Radio"):
        assert _is_furniture(line), line
    for line in ("Sort by age, the club's juniors now outnumber its seniors three to one.",
                 "Hire a single scull for £12 a week",
                 "Start rowing for £40 a month.",
                 "Club rules are strict. By signing up, you agree to the committee's code, which bans music.",
                 "Open in May", "Open In Winter", "Open in Time"):
        assert not _is_furniture(line), line


def test_a_menus_section_and_a_breadcrumbs_section_are_no_outlet() -> None:
    from components.parse.layout import split_layout
    story = ("Rowing club doubles its fees\n\nBy Cy Dale\n\n"
             "The rowing club will double its fees from June, the committee said on Monday.\n\n"
             "Members said the rise would price out juniors.\n\n")
    head = "Menu\nHome\nSport\nLocal\nWeather\n\n"
    page = head + story + "© 2026 Sport Media Group Ltd. All rights reserved."
    assert split_layout(page).outlet_marker != "Sport"
    page = "Kestrel Gazette\nSearch\nSign in\n\n" + story + "© 2026 Kestrel Gazette Media Group Ltd."
    assert split_layout(page).outlet_marker == "Kestrel Gazette"
    page = "Local News\nLocal News > Sport > Rowing\n\n" + story
    assert split_layout(page).outlet_marker != "Local News"
