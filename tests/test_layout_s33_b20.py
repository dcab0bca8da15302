"""Session 33 (helper b20): general rules for comment sections, page heads and signed posts met on a
Caribbean daily, a tabloid live blog, a community weblog, a music store's album page, an English-language
Asian daily, a fitness network's activity, a booking site's reviews and a webcomic's comments, each on
invented pages, with must-not-fire cases."""

import pytest
from layout_support import BODY, authors_of, comment_rows

HEAD = "Harbour ferry timetable cut for the winter months\n\n"

# ---- a removed comment that keeps its name and stamp, with the next comment's header right under it ----


def _stamped(name: str, stamp: str, body: str) -> str:
    return f"{name}\n{stamp}\n{body}\n▲ 12   ▼ 1   Reply   Flag\n"


def test_a_removed_comment_with_its_name_and_stamp_does_not_swallow_the_next_comment() -> None:
    page = (HEAD + BODY + "\n\nCOMMENTS\n4 Comments\n"
            + _stamped("Lena R. (Harbourside)", "Mar 4, 2026 at 6:41am", "The early boat is the one I need.")
            + "Skipper from the Point\nMar 4, 2026 at 7:10 am\n"
            + "This comment has been removed by a moderator.\n"
            + _stamped("Owen Kerr (Leeds)", "Mar 4, 2026 at 7:36 am", "Cutting it in winter makes no sense.")
            + _stamped("Petra V.", "Mar 4, 2026 at 8:02 am", "The council should have asked the islanders."))
    rows = comment_rows(page)
    assert [author for author, _, _ in rows] == ["Lena R.", "Skipper from the Point", "Owen Kerr", "Petra V."]
    assert rows[1][2] == "This comment has been removed by a moderator."
    assert rows[2][2] == "Cutting it in winter makes no sense."


def test_a_removal_notice_quoted_inside_a_comment_stays_in_its_body() -> None:
    page = (HEAD + BODY + "\n\nCOMMENTS\n2 Comments\n"
            + _stamped("Lena R.", "Mar 4, 2026 at 6:41 am",
                       "My last post said 'This comment has been removed by a moderator.' Why?")
            + _stamped("Owen Kerr", "Mar 4, 2026 at 7:36 am", "Cutting it in winter makes no sense at all."))
    assert authors_of(page) == ["Lena R.", "Owen Kerr"]


# ---- a byline with no "By": the writer's name and a role in capitals ----

def test_a_name_with_a_capitalised_role_after_a_comma_is_a_byline() -> None:
    from components.parse.layout import _is_furniture
    assert _is_furniture("Nadia Brook, Transport Reporter")
    assert _is_furniture("Tom Reed, Deputy Political Editor")


def test_a_name_with_a_lower_case_apposition_or_a_place_is_no_byline() -> None:
    from components.parse.layout import _is_furniture
    assert not _is_furniture("Tom Reed, a political editor")
    assert not _is_furniture("Harlow, Cumbria Editor")
    assert not _is_furniture("Tom Reed, Deputy Political Editor, told the meeting he would resign.")


# ---- a live blog's entries (the writer's name, a stamp, a heading, the text) are the article ----

def _entry(name: str, stamp: str, heading: str, text: str) -> str:
    return f"{name}\n{stamp}\n{heading}\n{text}\n"


LIVE = ("FERRY STRIKE LIVE: Harbour services halted as crews walk out – latest updates\n"
        "Nadia Brook, Transport Reporter\nPublished: 07:02, 4 Mar 2026\n"
        "CREWS on the harbour ferries walked out at dawn in a row over winter rotas.\n"
        + _entry("Nadia Brook", "4 Mar 2026, 11:47", "UNION SPEAKS",
                 'A union official told us: "Nobody wants this, but the rota is unsafe."')
        + _entry("Nadia Brook", "4 Mar 2026, 09:21", "QUEUES AT THE PIER",
                 "Hundreds of commuters waited at the pier for buses that never came.")
        + _entry("Nadia Brook", "4 Mar 2026, 07:05", "WELCOME",
                 "Good morning and welcome to our live coverage of the ferry strike."))


def test_entries_signed_by_the_bylined_writer_are_no_comments_and_stay_in_the_article() -> None:
    from components.parse.layout import split_layout
    layout = split_layout(LIVE)
    assert layout.comments == ()
    text = "\n".join(layout.paragraphs)
    assert "Hundreds of commuters waited at the pier" in text
    assert 'A union official told us: "Nobody wants this, but the rota is unsafe."' in text
    assert "4 Mar 2026, 09:21" not in text
    assert "Nadia Brook\n" not in text + "\n"


def test_comments_by_readers_under_a_bylined_article_stay_comments() -> None:
    page = (HEAD + "Nadia Brook, Transport Reporter\n\n" + BODY + "\n\nCOMMENTS\n3 Comments\n"
            + _stamped("Lena R.", "Mar 4, 2026 at 6:41am", "The early boat is the one I need.")
            + _stamped("Nadia Brook", "Mar 4, 2026 at 7:10 am", "Thanks Lena, we have asked the council.")
            + _stamped("Owen Kerr", "Mar 4, 2026 at 7:36 am", "Cutting it in winter makes no sense."))
    assert authors_of(page) == ["Lena R.", "Nadia Brook", "Owen Kerr"]


def test_the_writer_answering_most_comments_that_can_be_replied_to_leaves_them_comments() -> None:
    page = (HEAD + "By Nadia Brook\n\n" + BODY + "\n\n"  # no heading over them: their reply rows say it
            + _stamped("Tova Marsh", "Mar 4, 2026 at 6:41am", "Will the late boat stay on Fridays?")
            + _stamped("Nadia Brook", "Mar 4, 2026 at 7:10 am", "Tova, the operator says it will.")
            + _stamped("Nadia Brook", "Mar 4, 2026 at 7:20 am", "Until March at least, they told us.")
            + _stamped("Nadia Brook", "Mar 4, 2026 at 9:02 am", "We will update the article if it changes."))
    assert authors_of(page) == ["Tova Marsh", "Nadia Brook", "Nadia Brook", "Nadia Brook"]


def test_live_entries_with_a_share_row_under_each_are_still_the_article() -> None:
    from components.parse.layout import split_layout
    head, _, entries = LIVE.partition("Nadia Brook\n4 Mar")
    row = "Share   Copy link\n"
    shared = head + "Nadia Brook\n4 Mar" + entries.replace("\nNadia Brook\n", f"\n{row}Nadia Brook\n")
    layout = split_layout(shared + row)
    assert layout.comments == ()
    assert "Hundreds of commuters waited at the pier" in "\n".join(layout.paragraphs)


# ---- a community weblog: each comment's body over its sign line, the post's own sign above them ----

WEBLOG = ("Old ferry timetables, scanned at last\nMarch 3, 2026 6:12 AM   Subscribe\n"
          "A volunteer has scanned every harbour ferry timetable since 1921 and put them online.\n"
          "posted by quayside (5 comments total) 12 users marked this as a favorite\n"
          "The 1954 winter timetable has a boat at 5:10 in the morning. Who was that for?\n"
          "posted by harbour_owl at 6:31 AM on March 3, 2026 [14 favorites]\n"
          "Fishermen, mostly. My grandfather took it every day of his working life.\n"
          "posted by the slow boat home at 6:44 AM on March 3, 2026 [9 favorites]\n"
          "the slow boat home, that is lovely. Did he keep any of the tickets?\n"
          "posted by Marra Lee at 6:52 AM on March 3, 2026 [3 favorites]\n"
          "A few comments removed. Keep it about the timetables, please.\n"
          "posted by wendell (staff) at 7:05 AM on March 3, 2026\n"
          "Tags\nferries\nhistory\n")


def test_weblog_comments_are_signed_under_their_bodies_with_names_as_typed() -> None:
    rows = comment_rows(WEBLOG)
    assert [author for author, _, _ in rows] == [
        "harbour_owl", "the slow boat home", "Marra Lee", "wendell"]
    assert rows[0][2].startswith("The 1954 winter timetable has a boat at 5:10")
    assert rows[2][1] == "the slow boat home"  # opens with the whole name and a comma
    assert rows[1][1] == ""


def test_the_posts_own_sign_line_with_its_tally_is_furniture_and_no_comment() -> None:
    from components.parse.layout import _is_furniture, split_layout
    assert _is_furniture("posted by quayside (5 comments total) 12 users marked this as a favorite")
    assert _is_furniture("Posted by kat (12 comments)")
    assert not _is_furniture("posted by the council (12 comments total were received) in May")
    text = "\n".join(split_layout(WEBLOG).paragraphs)
    assert "A volunteer has scanned every harbour ferry timetable" in text
    assert "posted by quayside" not in text


def test_a_body_opening_with_a_word_or_a_later_commenters_name_and_a_comma_answers_nobody() -> None:
    page = (HEAD + BODY + "\n\nComments\n"
            + _stamped("Lena R.", "Mar 4, 2026 at 6:41am", "The early boat is the one I need.")
            + _stamped("Owen Kerr", "Mar 4, 2026 at 7:36 am", "Petra V., the early boat is staying.")
            + _stamped("Petra V.", "Mar 4, 2026 at 8:02 am", "Honestly, the council should have asked."))
    assert [target for _, target, _ in comment_rows(page)] == ["", "", ""]


# ---- a comment whose author's name runs on into the first line of its body ----

RUN_ON = (HEAD + BODY + "\n\nComments (4)\nSign in to comment\nMost liked   Newest\n"
          "Lena Ravel If the early boat goes, half the island cannot get to work on time.\n"
          "Like 21 · Reply · 3h ago\nView all 1 replies\n"
          "    harbour_owl99 she is right, the bus takes two hours round the bay\n"
          "    Like 4 · Reply · 2h ago\n"
          "Owen Kerr I work nights at the hospital. The late boat matters more to me.\n\n"
          "The council never asks the night workers.\nLike 9 · Reply · 1h ago\n")


def test_a_name_run_on_into_the_body_is_the_author_and_the_widget_rows_are_no_comment() -> None:
    rows = comment_rows(RUN_ON)
    assert [(author, target) for author, target, _ in rows] == [
        ("Lena Ravel", ""), ("harbour_owl99", "Lena Ravel"), ("Owen Kerr", "")]
    assert rows[0][2] == "If the early boat goes, half the island cannot get to work on time."
    assert rows[2][2] == ("I work nights at the hospital. The late boat matters more to me.\n\n"
                          "The council never asks the night workers.")


def test_a_run_on_name_needs_a_name_shape_and_a_sentence_after_it() -> None:
    from components.parse.layout import _run_on_name
    assert _run_on_name("The Council Voted to keep it open") is None  # opens with a sentence's word
    assert _run_on_name("Remember Kaavan") is None                     # too short
    assert _run_on_name("Big Al in the cab") is None                   # a sign-off, no sentence
    assert _run_on_name("Lena Ravel If the boat goes we walk") == ("Lena Ravel", "If the boat goes we walk")
    assert _run_on_name("harbour_owl99 she is right") == ("harbour_owl99", "she is right")


@pytest.mark.parametrize("line", [
    "Councillor Bo Hart should step down before the ferry is cut for good",   # the name is the subject
    "Ada Lind and her board have never once taken the early boat",            # and goes on with it
    "Harbour Master Bo Hart is the only one who ever listened to us here",
    "Bo Hart who closed the quay last year now wants the ferry cut too",       # a clause about him
])
def test_a_comment_about_someone_named_first_is_not_by_them(line: str) -> None:
    from components.parse.layout import _run_on_name
    assert _run_on_name(line) is None


def test_a_run_on_name_before_a_lower_case_sentence_is_still_the_author() -> None:
    from components.parse.layout import _run_on_name
    assert _run_on_name("Tova Marsh the early boat is the only one that works for me") == (
        "Tova Marsh", "the early boat is the only one that works for me")
    assert _run_on_name("Tova Marsh Should the council not ask us first about it?") == (
        "Tova Marsh", "Should the council not ask us first about it?")  # a capital opens her question


def test_a_comment_with_a_name_over_its_stamp_is_not_split_at_its_first_words() -> None:
    page = (HEAD + BODY + "\n\nComments (2)\n"
            "Usha K. | 4 Mar, 2026 10:02am\nRemember Kaavan at the old pier? It was the same story.\n\n"
            "The council should read about it.\nRecommend 67\n"
            "Owen Kerr | 4 Mar, 2026 10:40am\nCutting it in winter makes no sense.\nRecommend 3\n")
    assert authors_of(page) == ["Usha K.", "Owen Kerr"]
