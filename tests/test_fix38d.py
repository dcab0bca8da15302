"""Session 38 (helper H269): the faults tests/test_review_s38d.py pins in the comment-reading change,
narrowed. Invented text only."""

import pytest
from layout_support import BODY, comment_rows

from components.parse.checkins import _detail, checkins
from components.parse.comment_blocks import Kind, _detail_kind, _named_stamp, classify
from components.parse.layout import RawComment, _quote_replies

_HEADLINE = "Quarry trust wins its appeal over the old ropeworks"


def _page(section: str) -> str:
    return f"{_HEADLINE}\n\n{BODY}\n\n{section}"


# ---- a title over a detail line: only under a comment header's name and stamp ----

def test_a_stamp_under_a_name_is_a_comment_header_and_a_stamp_alone_is_not() -> None:
    rows = [(0, Kind.NAME, "Ann Lee"), (1, Kind.STAMP, ""), (2, Kind.SHORT, "")]
    assert _named_stamp(rows, 1)
    assert not _named_stamp([(0, Kind.STAMP, ""), (1, Kind.NAME, "Moth Count Doubles")], 0)
    assert not _named_stamp([(0, Kind.NAME, "More from Us"), (2, Kind.STAMP, "")], 1)  # a blank between


def test_a_one_word_serving_is_a_detail_and_a_byline_is_not() -> None:
    assert _detail_kind((4, Kind.NAME, "Bottle"))
    assert _detail_kind((4, Kind.SHORT, ""))
    assert not _detail_kind((4, Kind.NAME, "Pat Oduya"))


def test_a_list_of_linked_stories_with_bylines_and_share_rows_is_no_comments() -> None:
    section = ("Also on the site\n\n1 hour ago\nRopeworks Roof Saved\nPat Oduya\nShare   Like\n\n"
               "6 hours ago\nMoth Count Doubles\nLen Castle\nShare   Like\n")
    assert comment_rows(_page(section)) == []


def test_a_few_words_under_a_named_header_over_a_serving_stay_a_comment() -> None:
    section = ("Recent Activity\n\nPat Oduya\n12 Mar 26\nThick and sweet, like a pudding in a glass.\n"
               "Bottle\nToast   Comment\n\n"
               "Len Castle\n12 Mar 26\nGood, honestly.\nCan\nToast   Comment\n\n"
               "Mira Stone\n11 Mar 26\nFlat by the second glass, sadly for them.\nDraught\nToast   Comment\n")
    assert ("Len Castle", "", "Good, honestly.") in comment_rows(_page(section))


# ---- a check-in list: the app's named fields and its action row ----

_APP_ROW = "Toast   Comment   View Detailed Check-in"


def test_a_diary_of_dated_entries_with_drinking_lines_is_no_check_in_list() -> None:
    lines = ["3 March 2026", "The warden is drinking a cup of cocoa by the hut door", "Snow all day.", "",
             "4 March 2026", "Her deputy is drinking a can of soup by the gas ring", "The thaw starts.", "",
             "5 March 2026", "Nobody drinks anything; the pass is open."]
    assert checkins(lines) == ([], set())


def test_named_fields_with_days_alone_and_no_app_row_are_no_check_in_list() -> None:
    lines = ["Pat Oduya is drinking a Quarry Mild by Ropeworks Ales", "Thick and sweet.", "12 Mar 26", "",
             "Len Castle is drinking a Quarry Mild by Ropeworks Ales", "Thin.", "11 Mar 26"]
    assert checkins(lines) == ([], set())


def test_check_ins_with_a_digit_led_maker_and_the_app_row_are_read() -> None:
    lines = ["Pat Oduya is drinking a Quarry Mild by 4 Winds Ales", "Thick and sweet.", _APP_ROW,
             "12 Mar 26", "",
             "Len Castle is drinking an Old Rope by 4 Winds Ales at Home", "Thin.", f"{_APP_ROW}   11 Mar 26"]
    assert [(c.author, c.body) for c in checkins(lines)[0]] == [("Pat Oduya", "Thick and sweet."),
                                                                ("Len Castle", "Thin.")]


# ---- a firm's abbreviation closing a comment's last line ----

def test_a_thanks_to_a_firm_closing_a_comment_stays_its_text() -> None:
    section = ("Comments\n\nPat Oduya\nThe roof looks grand now.\nThanks to Castle Roofing Ltd.\n"
               "2 hours ago\n\n"
               "Len Castle\nA fine job, and on time too.\n3 hours ago\n\n"
               "Mira Stone\nThe moths will be glad of it.\n4 hours ago\n")
    assert ("Pat Oduya", "", "The roof looks grand now.\nThanks to Castle Roofing Ltd.") in comment_rows(
        _page(section))


def test_a_firm_account_under_another_comment_stamp_still_heads_its_comment() -> None:
    section = ("Comments\n\nPat Oduya\nThe roof looks grand now.\n2 hours ago\n"
               "Castle Roofing Ltd.\nThank you, it was a pleasure to work on.\n3 hours ago\n\n"
               "Mira Stone\nThe moths will be glad of it.\n4 hours ago\n")
    rows = comment_rows(_page(section))
    assert ("Castle Roofing Ltd.", "", "Thank you, it was a pleasure to work on.") in rows


# ---- a bare "Name: their words" quote: trimmed, and found in linear time ----

def _said_thread(quote: str) -> list[RawComment]:
    return [RawComment(1, "moth_man", "The ropeworks roof was the last home of the rare moths, sadly."),
            RawComment(2, "Pat Oduya", "Not the last, there is a colony in the quarry too."),
            RawComment(3, "len_c", f"{quote}\nThey moved to the quarry years ago.")]


@pytest.mark.parametrize("quote", ["moth_man: the ropeworks roof was the last home",
                                   "moth_man: ...roof was the last home of the rare moths...",
                                   "moth_man: The ropeworks roof was the last home of the rare moths sadly"])
def test_a_bare_quote_trimmed_as_people_trim_it_is_found(quote: str) -> None:
    assert _quote_replies(_said_thread(quote))[-1].reply_to == "moth_man"


@pytest.mark.parametrize("quote", ["moth_man: the quarry roof was the last home",  # words changed
                                   "moth_man: the last home of the rare bats",
                                   "Pat Oduya: the ropeworks roof was the last home",  # another's words
                                   "moth_man: roof was",  # too few words
                                   "moth_man: the rare moths, the ropeworks roof"])  # its words out of order
def test_words_the_named_commenter_never_wrote_in_a_row_quote_nobody(quote: str) -> None:
    assert _quote_replies(_said_thread(quote))[-1].reply_to == ""


def test_the_bare_quote_index_reads_comments_written_after_an_earlier_search() -> None:
    comments = _said_thread("moth_man: no such words here at all")
    comments += [RawComment(4, "moth_man", "Then the quarry colony needs a survey this summer."),
                 RawComment(5, "len_c", "moth_man: the quarry colony needs a survey\nAgreed.")]
    assert [c.reply_to for c in _quote_replies(comments)][2:] == ["", "", "moth_man"]


# ---- the comments on a check-in: a second paragraph, and only the lines read taken ----

def _two_checkins(after: list[str]) -> list[str]:
    return ["Pat Oduya is drinking a Quarry Mild by Ropeworks Ales", "Thick and sweet.", _APP_ROW,
            "12 Mar 26", "", "Len Castle", "12 Mar 26", "Same, it was like a pudding.", "",
            "Better on cask, though.", "",
            "Mira Stone", "13 Mar 26", "Was it the new recipe?", "",
            "Len Castle is drinking an Old Rope by Ropeworks Ales", "Thin.", f"{_APP_ROW}   11 Mar 26", "",
            *after]


def test_a_comment_on_a_check_in_keeps_its_second_paragraph_and_the_next_comment() -> None:
    found = [(c.author, c.reply_to, c.body) for c in checkins(_two_checkins([]))[0]]
    assert ("Len Castle", "Pat Oduya", "Same, it was like a pudding.\n\nBetter on cask, though.") in found
    assert ("Mira Stone", "Pat Oduya", "Was it the new recipe?") in found


def test_the_page_text_after_the_last_comment_is_no_more_of_it_and_is_not_taken() -> None:
    lines = _two_checkins(["Ada Bell", "11 Mar 26", "Too thin for me.", "", "Load more check-ins below."])
    found, taken = checkins(lines)
    assert ("Ada Bell", "Too thin for me.") == (found[-1].author, found[-1].body)
    assert len(lines) - 1 not in taken


# ---- friends tagged on a check-in, and a note opening "With …" ----

@pytest.mark.parametrize("line", ["with Ada Bell, mira_s and Len Castle", "With Pat",
                                  "with Ada Bell and 3 others"])
def test_friends_tagged_are_a_check_in_detail(line: str) -> None:
    assert _detail(line)


@pytest.mark.parametrize("line", ["With a curry it would sing", "with the quarry crew after the shift"])
def test_a_note_opening_with_with_is_no_detail(line: str) -> None:
    assert not _detail(line)


# ---- a firm's abbreviation after "&" or "and" ----

@pytest.mark.parametrize("line", ["Oduya & Co.", "Castle and Sons Ltd.", "Stone & Bros."])
def test_a_firm_name_with_an_ampersand_or_and_is_a_name(line: str) -> None:
    assert classify(line) == (Kind.NAME, line)


@pytest.mark.parametrize("line", ["It went to Oduya & Co.", "me & Co.", "we asked Castle and Co."])
def test_a_sentence_ending_with_and_co_is_no_name(line: str) -> None:
    assert classify(line)[0] is not Kind.NAME
