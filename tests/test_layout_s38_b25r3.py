"""Session 38 (helper H267): blind25's remaining general gaps, each on invented text with must-not-fire
cases beside it:

- a court judgment on a case-law service: the case's name over its neutral citation line is the
  title; the service's chrome above it and the court's header block under it (citation and case
  number, the court, the date, Before / Between, the parties, counsel, hearing dates, the hand-down
  notice, the judge's opening line) are the head, never the article; the service a cookie banner
  names ("Cookies on X", X alone in the head) is the outlet;
- a developer community's post: the cover image's alt text ("Cover image for <title>") gives the
  title without its prefix; a yearless "Posted on Nov 21" takes the one year the page's other dated
  lines agree on (never a profile card's join date), else no date; "More from <the writer>" is no
  outlet; the site's name before the footer's copyright sign, printed alone in the head, is;
- a review list: a removal notice printed under a comment's text is its own slot; a "Response from
  …" label over the responder's name marks an answer to the review above;
- a letters page titled "Letters: …" whose letters run on with no blank line between them is read line
  by line: each letter's heading, its text, its signature (a name over a place or role line, or a
  withheld name alone), the page's note on where to write under the last;
- an X post in its newer extracted form (name, @handle, "·", "Follow", the text, "4:12 PM · Mar 3,
  2026", its counts and buttons) is cut out of the article as a signed post.
"""

from components.parse.comment_blocks import _answer_label_above, _trailing_notices_apart
from components.parse.layout import (
    RawComment,
    _case_heading,
    _cookie_banner_service,
    _court_header_end,
    _cover_headline,
    _cover_title,
    _head_name_over_rights,
    _judgment_day,
    _judgment_head,
    _split_at_x_embeds,
    _yearless_post_day,
    find_tweets,
    split_layout,
)
from components.parse.letters import _line_letters, _line_signature

_JUDGMENT = """Skip to main content
Cookies on Open Rulings Archive
We use cookies to make this site work.
Accept analytics cookies
Open Rulings Archive
Home › Lennox v Quarry Lane Bakeries Ltd
Lennox v Quarry Lane Bakeries Ltd
[2025] EWHC 1402 (Ch)
High Court (Chancery Division)
Handed down: 3 Jun 2025
Download this judgment as a PDF (210 KB)
Neutral Citation Number: [2025] EWHC 1402 (Ch)
Case No: BL-2025-000311
IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES
Date: 03/06/2025
Before :
MR JUSTICE HALVERSON
Between :
MAIRI LENNOX\tClaimant
- and -
QUARRY LANE BAKERIES LIMITED\tDefendant
Tom Ashby (instructed by Pell & Co) for the Claimant
Hearing dates: 20-21 May 2025
Approved Judgment
This judgment was handed down remotely at 10am on 3 June 2025 by circulation to the parties.
Mr Justice Halverson :
1. This claim concerns a recipe book that the Claimant says she wrote and the Defendant sold.
2. The Defendant says the recipes were developed in its kitchens and the Claimant only typed them.
"""


def test_a_case_name_over_its_citation_is_the_title() -> None:
    for name in ("Lennox v Quarry Lane Bakeries Ltd", "Lennox v Quarry Lane Bakeries Ltd & Anor",
                 "R v Lennox",
                 "Re Quarry Lane Bakeries Ltd", "In the matter of Quarry Lane Bakeries Ltd"):
        for citation in ("[2025] EWHC 1402 (Ch)", "[2024] UKSC 12", "[2023] EWCA Civ 1234"):
            assert _case_heading(["Home", name, citation, "High Court"]) == 1, (name, citation)


def test_no_case_name_without_its_citation() -> None:
    assert _case_heading(["Lennox v Quarry Lane Bakeries", "High Court", "Handed down: 3 Jun 2025"]) is None
    assert _case_heading(["Arsenal v Chelsea", "Kick-off 3pm"]) is None
    # a sentence over a bracketed year is no case name
    assert _case_heading(["The baker said she would fight it in court.", "[2025] EWHC 1402 (Ch)"]) is None
    assert _case_heading(["Lennox v Quarry Lane", "[2025] was a hard year for bakers"]) is None


def test_the_court_header_runs_to_the_judges_opening_line() -> None:
    rows = [line.strip() for line in _JUDGMENT.split("\n")]
    assert rows[_court_header_end(rows, 8)] == "Mr Justice Halverson :"
    # no Before / Between lines: a case number in an article is no header block
    assert _court_header_end(["Case No: 12", "The judge, Mr Justice Bell :", "It ended."], 0) is None


def test_a_judgment_page_reads_its_title_outlet_date_and_text() -> None:
    layout = split_layout(_JUDGMENT)
    assert layout.title == "Lennox v Quarry Lane Bakeries Ltd"
    assert layout.outlet_marker == "Open Rulings Archive"
    assert layout.date_line == "2025-06-03"
    text = "\n".join(layout.paragraphs)
    assert text.startswith("1. This claim concerns")
    for line in ("Before :", "MAIRI LENNOX", "Tom Ashby", "Hearing dates", "Approved Judgment",
                 "handed down remotely", "Mr Justice Halverson :", "Neutral Citation"):
        assert line not in text, line


def test_a_cookie_banner_names_the_service_only_with_its_name_alone_in_the_head() -> None:
    assert _cookie_banner_service(["Cookies on Open Rulings Archive", "Accept", "Open Rulings Archive"]) == (
        "Open Rulings Archive")
    assert _cookie_banner_service(["Cookies on this site", "Accept", "Home"]) == ""
    assert _cookie_banner_service(["Cookies on Open Rulings Archive", "Accept", "Home"]) == ""


def test_a_judgments_day_is_its_hand_down_day_read_day_first() -> None:
    assert _judgment_day(["Handed down: 3 Jun 2025", "Date: 04/06/2025"]) == "2025-06-03"
    assert _judgment_day(["Case No: 1", "Date: 03/06/2025"]) == "2025-06-03"
    assert _judgment_day(["Case No: 1", "Date: 31/13/2025"]) != "2025-13-31"


_DEV_POST = """Skip to content
Harbour Dev Hub
Search...
Log in
Harbour Dev Hub
Like
Save
Cover image for Why our build cache kept missing on Mondays
Tam Oduya
Posted on Mar 3 • Edited on Mar 4
❤️ 12
Why our build cache kept missing on Mondays
#devops
We spent three weeks chasing a cache that missed every Monday morning, and the cause was a clock.
The runners rebuilt their images over the weekend, so every key we computed on Monday was new to them.
Top comments (1)
Profile image for Ines Varga
Ines Varga
Joined
Jan 9, 2019
Mar 3
We had the same thing with a nightly job that touched every file before the build began.
More from Tam Oduya
Flaky tests are a smell, not a fact
Made with love. Harbour Dev Hub © 2016 - 2026.
"""


def test_a_cover_images_alt_text_gives_the_title_without_its_prefix() -> None:
    assert _cover_title("Cover image for Why our cache missed") == "Why our cache missed"
    assert _cover_title("Cover stories for a cold spring") == "Cover stories for a cold spring"
    assert _cover_title("Why our cache missed") == "Why our cache missed"


def test_a_yearless_post_stamp_takes_the_year_the_page_agrees_on() -> None:
    assert _yearless_post_day([_DEV_POST]) == "2026-03-03"
    # the profile card's join date is the member's, so it gives no year; nothing else does: no date
    assert _yearless_post_day(["Tam Oduya\nPosted on Mar 3\nJoined\nJan 9, 2019\nText."]) == ""
    # two years disagree: no date rather than a guess
    assert _yearless_post_day(["Tam Oduya\nPosted on Mar 3\nMay 1, 2024\n© 2025 Hub"]) == ""
    # a stamp with its year is no yearless stamp
    assert _yearless_post_day(["Tam Oduya\nPosted on Mar 3, 2024\nText."]) is None
    assert _yearless_post_day(["Posted on the noticeboard by the gate\nText."]) is None


def test_a_developer_communitys_post_reads_its_head() -> None:
    layout = split_layout(_DEV_POST)
    assert layout.title == "Why our build cache kept missing on Mondays"
    assert layout.date_line == "2026-03-03"
    assert layout.outlet_marker == "Harbour Dev Hub"  # not the writer's "More from Tam Oduya"
    text = "\n".join(layout.paragraphs)
    assert "Posted on" not in text and "Cover image" not in text
    assert text.startswith("We spent three weeks")


def test_a_name_before_a_copyright_sign_is_the_site_only_when_the_head_prints_it() -> None:
    assert _head_name_over_rights(["Harbour Dev Hub", "Text", "Harbour Dev Hub © 2016 - 2026."]) == (
        "Harbour Dev Hub")
    assert _head_name_over_rights(["Home", "Text", "Made with love. Tam Oduya © 2026"]) == ""


def test_a_cover_line_gives_the_headline_only_when_the_headline_follows() -> None:
    head = "Cover image for Cache misses\nTam Oduya\nPosted on Mar 3\n"
    assert _cover_headline([head + "Cache misses\nText."]) == "Cache misses"
    assert _cover_headline([head + "Other title\nText."]) == ""


def test_a_removal_notice_under_a_comments_text_is_its_own_slot() -> None:
    notice = "This review has been removed by our moderators."
    comments = [RawComment(1, "Ines", "Lovely day on the water."),
                RawComment(2, "Harbour Kayaks", "Thank you Ines!\n" + notice),
                RawComment(3, "Tom", "Too windy for us.")]
    split = _trailing_notices_apart(comments)
    assert [(c.position, c.author, c.body) for c in split] == [
        (1, "Ines", "Lovely day on the water."), (2, "Harbour Kayaks", "Thank you Ines!"),
        (3, "", notice), (4, "Tom", "Too windy for us.")]


def test_a_comment_that_talks_about_a_removal_keeps_its_text() -> None:
    comments = [RawComment(1, "Ines", "My first review was removed.\nI do not know why, it was polite."),
                RawComment(2, "Tom", "This review has been removed by our moderators.")]
    assert _trailing_notices_apart(comments) == comments


def test_a_response_label_over_the_name_marks_an_answer() -> None:
    header = ["Helpful?", "Response from the activity provider", "Harbour Kayaks", "May 3, 2026"]
    assert _answer_label_above(header, 2)
    assert _answer_label_above(["Reply from the owner", "Harbour Kayaks"], 1)
    assert not _answer_label_above(["Helpful?", "Translate review", "Ines – Portugal"], 2)
    assert not _answer_label_above(["Harbour Kayaks"], 0)


_RUN_ON_LETTERS = """Opinion › Letters
Letters: the ferry timetable, the lido and a thank-you
Readers write about the changes to the harbour this winter
By Quay Letters Desk
Published 3rd Mar 2026
Our postbag has been full since the ferry timetable was cut, and here is a selection of your views.
Advertisement
The ferry is our bus
I cross twice a day to work and the new timetable adds an hour to each day. Nobody asked us.
Ruth Penhale
Mill Lane, Kelmouth
Save the lido
Sir, The lido was built by subscription in 1931. It is ours, not the council's, to close.
Peter Arundel
Kelmouth Lido Trust
A kind stranger
My thanks to the young man who found my purse on the quay and walked it to the police station.
Name and address supplied
Send your letters to the Editor at the address below. Letters may be edited.
Comments
"""


def test_letters_that_run_on_are_read_line_by_line() -> None:
    letters, taken = _line_letters(_RUN_ON_LETTERS.split("\n"))
    assert [(c.author, c.body.split()[0]) for c in letters] == [
        ("Ruth Penhale", "I"), ("Peter Arundel", "Sir,"), ("", "My")]
    rows = _RUN_ON_LETTERS.split("\n")
    note = "Send your letters to the Editor at the address below. Letters may be edited."
    head_lines = {"The ferry is our bus", "Mill Lane, Kelmouth", "Kelmouth Lido Trust", note}
    assert {rows[k] for k in taken} >= head_lines
    assert not any(rows[k].startswith("Our postbag") for k in taken)  # the desk's introduction stays


def test_no_line_letters_without_a_letters_title_or_three_signatures() -> None:
    untitled = _RUN_ON_LETTERS.replace("Letters: the ferry timetable, the lido and a thank-you", "Ferry cuts")
    assert _line_letters(untitled.split("\n")) == ([], set())
    two = _RUN_ON_LETTERS.replace("Peter Arundel\nKelmouth Lido Trust\n", "")
    # (two signatures are no letters page: a name under a sentence and over a short line happens in prose)
    assert _line_letters(two.split("\n")) == ([], set())


def test_a_line_signature_needs_text_above_and_a_place_under() -> None:
    rows = ["It is ours to close.", "Peter Arundel", "Kelmouth Lido Trust"]
    assert _line_signature(rows, 1) == 2
    assert _line_signature(["Advertisement", "Hide Ad", "Kelmouth"], 1) is None  # no letter's text above
    assert _line_signature(["It is ours to close.", "Peter Arundel", "It was built in 1931 by the town."],
                           1) is None  # text under the name: no signature
    assert _line_signature(["It is ours to close.", "Name withheld", "Save the lido"], 1) == 1


def test_a_removed_slots_label_over_its_notice_stays_one_slot() -> None:
    slot = [RawComment(1, "Ines", "Lovely."),
            RawComment(2, "", "Review removed\nThis review has been removed.")]
    assert _trailing_notices_apart(slot) == slot
    # a label closing one body over the notice that opens the next slot: left to the slot readers
    label = [RawComment(1, "Ines", "Lovely.\nComment removed by a moderator"),
             RawComment(2, "", "This comment was removed because it broke our rules.")]
    assert _trailing_notices_apart(label) == label


_X_EMBED = """Ines Varga posted the clip on X on Sunday night.
Ines Varga
@inesvarga
·
Follow
The ferry left without us again. Third time this month.
4:12 PM · Mar 3, 2026
1,2K
Reply
Copy link
Read 48 replies
The operator said the timetable would be reviewed."""


def test_a_newer_x_embed_is_read_as_a_signed_post() -> None:
    parts = _split_at_x_embeds(_X_EMBED)
    assert parts == ["Ines Varga posted the clip on X on Sunday night.",
                     "The ferry left without us again. Third time this month.\n"
                     "— Ines Varga (@inesvarga) Mar 3, 2026",
                     "The operator said the timetable would be reviewed."]
    tweets = find_tweets(parts)
    assert [(t.name, t.handle, t.date_text) for t in tweets] == [("Ines Varga", "@inesvarga", "Mar 3, 2026")]


def test_a_byline_over_a_handle_is_no_x_embed() -> None:
    byline = "Ines Varga\n@inesvarga\nHarbour correspondent\nMar 3, 2026\nThe ferry left without us."
    assert _split_at_x_embeds(byline) is None
    # no Follow button and no timed stamp: a writer's card, not a post
    card = "Ines Varga\n@inesvarga\nThe ferry left without us again.\nMar 3, 2026"
    assert _split_at_x_embeds(card) is None


def test_a_case_cited_in_a_reports_text_is_no_judgment_head() -> None:
    report = ["Bakery wins its appeal",
              "The Supreme Court ruled for the bakery on Tuesday, ending a long fight.",
              "Lennox v Quarry Lane Bakeries Ltd", "[2025] UKSC 14", "The judges were unanimous.",
              "Mr Justice Halverson said the recipes were hers."]
    assert _judgment_head(["\n".join(report)]) is None
