"""Session 37 (helper H235): general gaps in how the parser reads pages, found on the twenty-fourth blind
set's kinds, each on invented text with must-not-fire cases beside it:

- a copyright line with the years a site has run ("© 2011-2026 Name") or held by a site's community
  ("Copyright © 2019-2026 Name community") names the outlet;
- a short form of the masthead ("Download the Courier app", "told the Courier") gives way to the full
  name the page's head prints alone on a line ("The Tanhill Courier");
- a notices platform's "Published in The Paper on <date>" line dates the page;
- the place and day under the last signature of a guestbook whose entries are signed under their
  message belong to that entry, not to the article;
- a firm's name after "&" ("… & Sons Funeral Directors") is no second writer of a byline, so a
  link list's heading over it is no headline;
- the site's lines above a heading printed twice (menu, breadcrumb, partner line) are the head's;
- reviews headed by the name, the day and a "Report" flag over the body: the flag is the header's own
  button, not an action row closing the comment above; a removed review's label over its notice is
  one slot; the section's heading and "Show all reviews" over the first review are the section's;
- a facts table printed as "Label:" over its value, three rows at least, is no article text;
- a list's expander ("Show all 14 tracks") is never a headline, so a title printed again under it
  stays the title; a logo's text alternative atop the page ("Harbour Gazette logo") names the site;
- a comment widget's subscription controls (wpDiscuz's "Notify of", its two options, "Inline
  Feedbacks"), "More by this Author" under a byline and a listen player's times under its label are
  furniture, and so is a comment list's run of sort choices ("Oldest" / "Newest" / "Most Voted"; one
  such word alone may be a commenter's name);
- a byline without "By" in the page's head with the writer's desk in lower case ("Ann Lee, culture
  correspondent") is the byline;
- a newspaper's live reader Q&A (many askers, one guest answering, the page calling itself a Q&A) is
  read as comments, not as an interview's turns; the guest's description under their name in the
  byline ("Writer and showrunner, …") is no headline.
"""

import pytest
from layout_support import BODY

from components.parse.layout import (
    _NAMES_LINE,
    _described_name,
    _fact_rows,
    _head_lines_above,
    _headline_line,
    _is_date_line,
    _is_furniture,
    _logo_name,
    _player_times,
    _sort_choices,
    split_layout,
)

_HEADLINE = "Skate park plan goes to a vote after a crowded meeting"


@pytest.mark.parametrize(("line", "outlet"), [
    ("© 2011-2026 Marsh Lane Gazette. All rights reserved.", "Marsh Lane Gazette"),
    ("Copyright © 2008–2026 Fenwick Post", "Fenwick Post"),
    ("© 2015 - 2026 Orrin Daily", "Orrin Daily"),
    ("Copyright © 2019-2026 Burrowboard community", "Burrowboard"),
    ("© 2020-2026 Pebblechan community. All rights reserved.", "Pebblechan"),
])
def test_a_copyright_line_with_a_year_range_names_the_outlet(line: str, outlet: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{line}\n"
    assert split_layout(page).outlet_marker == outlet


@pytest.mark.parametrize("line", [
    "© 2011-2026",  # the years alone
    "© 2026 the community",  # no name
    "Copyright 2019-2026 rules changed twice for the community",  # a sentence about copyright
    "© 2019-2026 all rights reserved",
    "The copyright of 2011-2026 belongs to the Marsh Lane community",  # not opening with the sign
    "Copyright © 2019-2026 Burrowboard community members and their friends",  # the line runs on
])
def test_a_copyright_line_without_a_name_or_running_on_names_no_outlet(line: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{line}\n"
    assert split_layout(page).outlet_marker == ""


_SHORT_FORM_PAGE = ("Wednesday, March 4, 2026\nSubscribe\nLog in\nThe Tanhill Courier\n"
                    "News you can trust\nNews\nSport\nBusiness\n\n" + _HEADLINE + "\n\nBy Ann Lee\n\n" + BODY
                    + "\n\nDownload the Courier app\nAbout us\nContact us\n{copyright}\n")


def test_a_short_form_of_the_masthead_gives_way_to_its_full_name_atop_the_page() -> None:
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 The Tanhill Courier. All rights reserved.")
    assert split_layout(page).outlet_marker == "The Tanhill Courier"


def test_a_short_form_stays_when_the_longer_name_is_not_the_masthead_s() -> None:
    # a longer name another signal gives, not printed alone atop the page: another paper, not the masthead
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 The Sunday Courier. All rights reserved.").replace(
        "The Tanhill Courier\n", "")
    assert split_layout(page).outlet_marker == "Courier"
    # a longer name that does not end with the short one is not its full form
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 Courier Weekly. All rights reserved.").replace(
        "The Tanhill Courier\n", "Courier Weekly\n")
    assert split_layout(page).outlet_marker == "Courier"


@pytest.mark.parametrize("line", [
    "Published in The Harwick Gazette on March 4, 2026",
    "Published by The Fenwick Post on Mar. 4, 2026",
    "Published in Orrin Daily News on 4 March 2026",
])
def test_a_notice_s_published_in_line_is_a_date_line(line: str) -> None:
    assert _is_date_line(line)


@pytest.mark.parametrize("line", [
    "Published in the paper on March 4, 2026 after a long wait",
    "Published in The Harwick Gazette on Monday, the letter caused a stir",
    "He was published in The Harwick Gazette on March 4, 2026",
    "Published in the spring of 2026",
])
def test_other_published_in_lines_are_no_date_lines(line: str) -> None:
    assert not _is_date_line(line)


_GUESTBOOK = ("Nell Farrow\n\nNell Farrow\nDeath notice\n"
              "Published in The Harwick Gazette on March 4, 2026\n\n" + BODY + "\n\nGuestbook\n"
              "So sorry to hear this. She taught me to swim at the lido every summer.\n"
              "Tom Bexley\nHarwick, Kent\nMarch 5, 2026\n"
              "A kind and funny neighbour for thirty years. Thinking of you all.\n"
              "Ada Quarrie\nLeeds\nMarch 6, 2026\n"
              "She ran the choir like a general and we loved her for it. Rest easy.\n"
              "Priya Hale\nMargate\nMarch 7, 2026\n"
              "Load more messages\n")


def test_a_guestbook_signed_under_each_message_keeps_its_last_signature_out_of_the_article() -> None:
    layout = split_layout(_GUESTBOOK)
    assert [c.author for c in layout.comments] == ["Tom Bexley", "Ada Quarrie", "Priya Hale"]
    article = "\n".join(layout.paragraphs)
    assert "Margate" not in article and "March 7, 2026" not in article
    assert layout.date_line == "2026-03-04" and layout.title == "Nell Farrow"


def test_the_line_under_a_last_signature_that_is_no_stamp_stays() -> None:
    # a line under the last name that closes no signature (no stamp under it) is not taken with it
    page = _GUESTBOOK.replace("Margate\nMarch 7, 2026\n", "Margate\n").replace(
        "Load more messages\n", "Read the notice again\n")
    assert "Read the notice again" in "\n".join(split_layout(page).paragraphs)


@pytest.mark.parametrize("line", [
    "Amos Reed & Sons Funeral Directors", "Bell and Daughters Solicitors", "Harlow & Co Estate Agents",
    "Carr and Partners Accountants",
])
def test_a_firm_s_name_is_not_a_line_of_writers(line: str) -> None:
    assert not _NAMES_LINE.match(line)


@pytest.mark.parametrize("line", ["Ann Lee and Bo Hart", "Ann Lee, Bo Hart and Cy Tran", "Ann Lee & Bo Hart"])
def test_writers_named_together_are_still_a_line_of_writers(line: str) -> None:
    assert _NAMES_LINE.match(line)


def test_the_site_s_lines_above_a_doubled_heading_are_the_head_s() -> None:
    rows = ["Harwick Notices", "in association with The Harwick Gazette", "Search notices", "Home",
            "Kent", "Nell Farrow", "Nell Farrow", "Death notice"]
    assert _head_lines_above(rows, "Nell Farrow") == {
        "Harwick Notices", "in association with The Harwick Gazette", "Search notices", "Home", "Kent"}


def test_a_sentence_above_a_doubled_heading_keeps_the_lines_above() -> None:
    rows = ["Harwick Notices", "The family thank everyone who came to the service last week.", "Nell Farrow",
            "Nell Farrow"]
    assert _head_lines_above(rows, "Nell Farrow") == set()
    rows = ["Home", "Nell at the lido where she taught three generations of the town to swim", "Nell Farrow",
            "Nell Farrow"]  # a long line above it: the page's text, not a menu item
    assert _head_lines_above(rows, "Nell Farrow") == set()


_REMOVED = "Review removed\nThis review has been removed by staff for breaking the guidelines.\n"
_FLAGGED_REVIEWS = (_HEADLINE + "\n\n" + BODY + "\n\n"
                    "Lists (2)\nBest records of the harbour towns\nThings I lent and never got back\n"
                    "Reviews\nShow all reviews\n"
                    "harbour_hen\nMarch 3, 2026\nReport\n"
                    "Lovely pressing, the second side is a little quiet but the sleeve notes are worth it.\n"
                    "Reply\nNotify me\n12 Helpful\n"
                    "quayside_bo\nMarch 4, 2026\nReport\n"
                    "Mine arrived warped and the shop would not take it back, so be careful.\n"
                    "Reply\nNotify me\n3 Helpful\n"
                    + _REMOVED +
                    "salt_and_vinyl\nMarch 5, 2026\nReport\n"
                    "Bought two copies, one to play and one to keep, and I regret nothing at all about it.\n"
                    "Reply\nNotify me\n0 Helpful\n"
                    "ferry_tom\nMarch 6, 2026\nReport\n"
                    "The label should have asked the band first, whatever the files say.\n"
                    "Reply\nNotify me\n8 Helpful\n"
                    "gull_records\nMarch 7, 2026\nReport\n"
                    "Fair price for a limited pressing, and the insert answers most questions.\n"
                    "Reply\nNotify me\n1 Helpful\n"
                    "Recommendations\nHarbour Sessions Vol. 2\n")


def test_a_flag_under_a_review_s_stamp_is_the_header_s_own_button() -> None:
    layout = split_layout(_FLAGGED_REVIEWS)
    rows = [(c.author, c.body.split("\n")[0][:20]) for c in layout.comments]
    assert rows == [("harbour_hen", "Lovely pressing, the"), ("quayside_bo", "Mine arrived warped "),
                    ("", "Review removed"), ("salt_and_vinyl", "Bought two copies, o"),
                    ("ferry_tom", "The label should hav"), ("gull_records", "Fair price for a lim")]
    article = [line for para in layout.paragraphs for line in para.split("\n")]
    assert "Show all reviews" not in article and "Reviews" not in article


def test_a_report_row_under_a_signature_still_signs_the_body_above() -> None:
    # body first, then the name, the day and the flag: the signature under each message stays the body's
    page = (_HEADLINE + "\n\n" + BODY + "\n\n4 comments\n"
            "Lovely pressing, the second side is a little quiet but the sleeve notes are worth it.\n"
            "harbour_hen\nMarch 3, 2026\nReport\n"
            "Mine arrived warped and the shop would not take it back, so be careful.\n"
            "quayside_bo\nMarch 4, 2026\nReport\n"
            "Bought two copies, one to play and one to keep, and I regret nothing at all about it.\n"
            "salt_and_vinyl\nMarch 5, 2026\nReport\n"
            "The label should have asked the band first, whatever the files say.\n"
            "ferry_tom\nMarch 6, 2026\nReport\n")
    rows = [(c.author, c.body[:20]) for c in split_layout(page).comments]
    assert rows == [("harbour_hen", "Lovely pressing, the"), ("quayside_bo", "Mine arrived warped "),
                    ("salt_and_vinyl", "Bought two copies, o"), ("ferry_tom", "The label should hav")]


def test_removal_notices_apart_are_two_slots() -> None:
    # two removed comments, each its own notice with a comment between them: two slots, not one
    page = _FLAGGED_REVIEWS.replace(_REMOVED, "")
    page = page.replace("quayside_bo\n", "Review removed\nquayside_bo\n")
    page = page.replace("salt_and_vinyl\n", "This review has been removed by staff.\nsalt_and_vinyl\n")
    authors = [c.author for c in split_layout(page).comments]
    assert authors.count("") == 2


_FACTS = ["Maker:", "Harbour Bikes – HB-12", "Frame:", "Steel, 52 cm", "Colour:", "Sea green", "Weight:",
          "11.4 kg", "In stock:", "--"]


def test_a_facts_table_of_labels_over_values_is_no_article_text() -> None:
    assert _fact_rows(_FACTS) == set(range(10))
    page = f"{_HEADLINE}\n\n" + "\n".join(_FACTS) + f"\n\n{BODY}\n"
    article = [line for para in split_layout(page).paragraphs for line in para.split("\n")]
    assert "Maker:" not in article and "Steel, 52 cm" not in article
    assert any("skate park" in line for line in article)


@pytest.mark.parametrize("rows", [
    _FACTS[:4],  # two rows: a fragment, not a table
    # labels over sentences: an interview's or a notice's lines
    ["Ann Lee:", "We never asked for the park to be moved.", "Bo Hart:", "Nor did we, and we said so.",
     "Cy Tran:", "The vote was fair, whatever anyone says."],
    # a label over another label, a list's heading over its items
    ["Update:", "Correction:", "The vote was on Tuesday, not Monday", "Note:"],
    ["What they said:", "Yes", "Why:",
     "It is cheaper to build and it will be finished before the summer holidays", "When:", "Next year"],
])
def test_labels_over_sentences_or_too_few_rows_are_no_facts_table(rows: list[str]) -> None:
    assert _fact_rows(rows) == set()


@pytest.mark.parametrize("line", ["Show all 14 tracks", "See all 32 photos", "View more episodes"])
def test_a_list_s_expander_is_no_headline(line: str) -> None:
    assert not _headline_line(line)


@pytest.mark.parametrize("line", ["Show all the ways the council failed us", "See more than the tourists do",
                                  "View from the pier at dawn"])
def test_headlines_opening_with_show_or_see_are_still_headlines(line: str) -> None:
    assert _headline_line(line)


def test_a_title_printed_again_under_a_track_list_s_expander_is_the_title() -> None:
    title = "Harbour Choir - Summer Concert, Whitby 1982 (tape transfer)"
    page = (f"Skip to main content\nHarbour Shelf logo\nUpload\n{title}\nItem Preview\nplay\n1\nSea Song\n"
            f"4:12\n2\nThe Pier\n5:03\nShow all 9 tracks\n{title}\nby Harbour Choir\n"
            "Uploaded by ann_lee on March 3, 2026\n\n" + BODY + "\n")
    layout = split_layout(page)
    assert layout.title == title
    assert layout.outlet_marker == "Harbour Shelf"


@pytest.mark.parametrize(("lines", "name"), [
    (["Skip to main content", "Harbour Gazette logo", "News"], "Harbour Gazette"),
    (["Orrin Daily logo", "Menu"], "Orrin Daily"),
    (["Menu", "Search", "Home", "News", "Sport", "Weather", "Quay Post logo"], ""),  # below the page's top
    (["The new logo", "Menu"], ""),  # no name before it
    (["Skip to main content", "Vote for the new logo", "News"], ""),
    (["Skip to main content", "A Logo", "News"], ""),
])
def test_a_logo_s_text_atop_the_page_names_the_site(lines: list[str], name: str) -> None:
    assert _logo_name(lines) == name


@pytest.mark.parametrize("line", ["Notify of", "new follow-up comments", "new replies to my comments",
                                  "Inline Feedbacks", "More by this Author", "More from this writer"])
def test_a_comment_widget_s_controls_and_an_author_link_are_furniture(line: str) -> None:
    assert _is_furniture(line)


@pytest.mark.parametrize("line", ["Notify of any changes, the council said.", "The oldest pier in Kent",
                                  "Newest members were sworn in on Tuesday.", "Most voted for the park.",
                                  "More by this author is due next spring.",
                                  "Oldest and newest stood together."])
def test_sentences_with_those_words_are_not_furniture(line: str) -> None:
    assert not _is_furniture(line)


def test_a_listen_player_s_times_under_its_label_are_furniture() -> None:
    assert _player_times(["By Ann Lee", "Listen to this article", "00:00", "06:41", "The pier"]) == {2, 3}
    assert _player_times(["Play", "1:02:33"]) == {1}


def test_clock_times_elsewhere_are_not_a_player_s() -> None:
    assert _player_times(["Ssebo Omulungi", "4:12", "Jinja Girl", "5:03"]) == set()  # a track list
    assert _player_times(["Kick-off", "19:45", "Listen to this article", "Full time"]) == set()
    assert _player_times(["Listen to this article", "The vote came at 19:45", "06:41"]) == set()


_LIVE_QA = "\n".join([
    "The Harwick Gazette", "Live Q&As", "Ask the Harbourmaster: the new marina", "Dora Quayle",
    "Director, Harwick Harbour Trust", "Tuesday, March 3, 2026; 12:00 PM",
    "Dora Quayle, who runs the harbour, was online Tuesday to take readers' questions about the marina plan "
    "and the fishing fleet's moorings.",
    "A transcript follows.",
    "____________________",
    "Dora Quayle: Good afternoon, everyone. Fire away.",
    "____________________",
    "Harwick, Kent: Will the fishing boats keep their moorings when the marina opens?",
    "Dora Quayle: Yes. Every licensed boat keeps its berth, and the fleet gets the inner basin.",
    "____________________",
    "Margate: Who pays for the dredging?",
    "Dora Quayle: The trust pays for the first dredge. After that the marina company pays its share.",
    "It is written into the lease, so it does not depend on anyone's goodwill later on.",
    "____________________",
    "Anonymous: Why was there no public meeting before the vote?",
    "Dora Quayle: There were two, in June and in September. I accept they were not well advertised.",
    "____________________",
    "Tom, Deal: Will the slipway stay open to the public?",
    "Dora Quayle: It will, seven days a week.",
    "____________________",
    "Dora Quayle: That is all the time we have. Thank you for the questions.",
    "____________________",
    "Most Viewed",
    "Pier repairs finish early",
])


def test_a_live_reader_q_and_a_is_read_as_comments() -> None:
    layout = split_layout(_LIVE_QA)
    rows = [(c.author, c.reply_to, c.body[:12]) for c in layout.comments]
    assert rows[:3] == [("Dora Quayle", "", "Good afterno"), ("Harwick, Kent", "", "Will the fis"),
                        ("Dora Quayle", "Harwick, Kent", "Yes. Every l")]
    assert len(rows) == 10 and rows[-1] == ("Dora Quayle", "", "That is all ")
    assert "It is written into the lease" in layout.comments[4].body  # an answer's second paragraph
    assert layout.title == "Ask the Harbourmaster: the new marina"
    article = "\n".join(layout.paragraphs)
    assert "Dora Quayle, who runs the harbour" in article and "Fire away" not in article
    assert "Director, Harwick Harbour Trust" not in article  # the guest's description in the byline


def test_an_interview_with_one_asker_is_no_reader_q_and_a() -> None:
    # one interviewer asking every question: the interview's transcript, the article's text
    page = _LIVE_QA.replace("Harwick, Kent:", "Ann Lee:").replace("Margate:", "Ann Lee:").replace(
        "Anonymous:", "Ann Lee:").replace("Tom, Deal:", "Ann Lee:")
    assert split_layout(page).comments == ()


def test_many_askers_on_a_page_that_is_no_q_and_a_are_not_read_so() -> None:
    # the same exchanges on a page that never calls itself a Q&A or a chat (a play's script, a hearing)
    page = _LIVE_QA.replace("Live Q&As", "Theatre").replace("A transcript follows.", "Act one.").replace(
        "to take readers' questions", "to talk")
    assert all(c.author != "Harwick, Kent" for c in split_layout(page).comments)


def test_askers_who_ask_again_and_again_are_a_debate_not_a_reader_q_and_a() -> None:
    # three voices putting question after question to a fourth: a panel, not readers
    lines = _LIVE_QA.split("\n")
    page = "\n".join(lines[:8] + [
        "____________________",
        *[f"{who}: Is the marina the right plan for the town?\nDora Quayle: I think it is, on balance."
          for _ in range(3) for who in ("Ann Lee", "Bo Hart", "Cy Tran")],
    ] + lines[-2:])
    assert all(c.author not in ("Ann Lee", "Bo Hart") for c in split_layout(page).comments)


def test_questions_nobody_answers_are_no_reader_q_and_a() -> None:
    # readers' letters each labelled by a town, no guest answering them
    lines = [line for line in _LIVE_QA.split("\n") if not line.startswith("Dora Quayle:")]
    assert not any(c.author == "Harwick, Kent" for c in split_layout("\n".join(lines)).comments)


@pytest.mark.parametrize(("lines", "described"), [
    (["Ann Lee", "Senior reporter, Harwick Gazette"], True),
    (["Ann Lee", "Writer and showrunner, Harbour Lights"], True),
    (["Ann Lee", "London, England"], False),  # a place under a name
    (["Ann Lee", "Editor, please note the correction below."], False),  # a line addressed to the editor
    (["The vote", "Director, Harwick Harbour Trust"], False),  # no name over it
    (["Ann Lee and Bo Hart of the harbour", "Director, Harwick Harbour Trust"], False),
])
def test_a_guest_s_description_under_their_name(lines: list[str], described: bool) -> None:
    assert _described_name(lines, 0) is described


def test_a_run_of_sort_choices_is_the_widget_s() -> None:
    assert _sort_choices(["14 Comments", "Oldest", "Newest", "Most Voted", "Inline Feedbacks"]) == {1, 2, 3}
    assert _sort_choices(["Sort by", "Oldest first", "Newest first", "Ann Lee"]) == {1, 2}


def test_a_sort_word_alone_or_without_an_age_is_no_widget() -> None:
    assert _sort_choices(["Brian Ollerton", "Oldest", "The fencing was never repaired."]) == set()
    assert _sort_choices(["Most Voted", "Best"]) == set()  # no choice by age: maybe a list's labels
    assert _sort_choices(["The oldest", "Newest members"]) == set()


def test_a_head_s_byline_with_a_desk_in_lower_case_is_no_article_text() -> None:
    page = f"{_HEADLINE}\n3 Mar 2026 · 4 minute read\nAnn Lee, culture correspondent\n\n{BODY}\n"
    layout = split_layout(page)
    assert layout.title == _HEADLINE
    assert not any("culture correspondent" in p for p in layout.paragraphs)


def test_an_apposition_in_the_text_stays() -> None:
    body = BODY + "\n\nAnn Lee, culture correspondent, said the vote was the closest she had seen in years."
    page = f"{_HEADLINE}\n3 Mar 2026\n\n{body}\n\nBo Hart, community reporter\n"
    paragraphs = split_layout(page).paragraphs
    assert any("Ann Lee, culture correspondent, said" in p for p in paragraphs)
