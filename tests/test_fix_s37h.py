"""Fixes (session 37, H244) of the faults pinned by tests/test_review_s37h.py: must-fire and must-not-fire
cases on invented text, beside the review's own."""

from test_attribution_s34c import _speaker_of

from components.core.config import Person
from components.parse.layout import split_layout

_TOP = ("A Headline About The Ferry Timetable In Title Case\n\nThe island ferry will run twice a day from "
        "April, the operator said, after a winter of cancelled crossings and angry passengers.\n\n")
_LOG = ("[02/01/2026, 08:15] Lee Park: Is the early boat running today?\n"
        "[02/01/2026, 08:17] Ana Ruiz: Cancelled again, the third time this week.\n"
        "[02/01/2026, 08:20] Lee Park: Then I lose another day of work.")


def test_quoted_messages_followed_by_the_reports_prose_stay_article_text() -> None:
    page = _TOP + ("Messages between two passengers were shared with the Gazette on Friday.\n\n" + _LOG
                   + "\n\nThe operator said it would refund every cancelled crossing this winter.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any("another day of work" in p for p in layout.paragraphs)


def test_messages_over_a_closed_comments_line_stay_comments() -> None:
    page = _TOP + ("Send us your messages about the crossings and we will share the best.\n\n" + _LOG
                   + "\n\nComments on this story are now closed.\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Lee Park", "Ana Ruiz", "Lee Park"]


# ---- a parliament's record with labels on lines of their own ----

ROSS = Person("Una Ross", ("Ross", "Ms Ross"), (), "she", "ross")
DALE = Person("Ivo Dale", ("Dale", "Mr Dale"), (), "he", "dale")


def test_a_record_of_spoken_turns_is_still_read() -> None:
    body = ("Ferries: Winter Timetable\n\n"
            "Una Ross (Northcape) (Lab)\nWhat assessment has the Minister made of cancelled crossings?\n\n"
            "The Minister for Transport (Ivo Dale)\nI have asked the operator for a full report by March.\n\n"
            "Una Ross\nThat is not good enough. Islanders cannot wait until the spring.")
    assert _speaker_of(body, "What assessment has the Minister made", (ROSS, DALE)) == "Una Ross"
    assert _speaker_of(body, "asked the operator for a full report", (ROSS, DALE)) == "Ivo Dale"


def test_an_interview_above_a_record_keeps_its_turns_and_the_records() -> None:
    body = ("We asked the minister about the ferries before the debate.\n\n"
            "INTERVIEWER: Will the winter timetable change?\n\n"
            "DALE: It will, once the operator has reported to me.\n\n"
            "From the debate\n\n"
            "Una Ross (Northcape) (Lab)\nWhat assessment has the Minister made of cancelled crossings?\n\n"
            "The Minister for Transport (Ivo Dale)\nI have asked the operator for a full report by March.")
    assert _speaker_of(body, "once the operator has reported", (ROSS, DALE)) == "Ivo Dale"
    assert _speaker_of(body, "What assessment has the Minister made", (ROSS, DALE)) == "Una Ross"


def test_a_shortlist_with_a_line_about_each_nominee_is_no_record() -> None:
    body = ("The shortlist for the ferry board was published on Monday.\n\n"
            "Una Ross (Lab)\nUna Ross has sat on the harbour trust for a decade.\n\n"
            "Ivo Dale (Con)\nFormer skipper Ivo Dale ran the island's lifeboat station.\n\n"
            "The board will be chosen in May.")
    assert _speaker_of(body, "has sat on the harbour trust", (ROSS, DALE)) == "not found"
    assert _speaker_of(body, "ran the island's lifeboat station", (ROSS, DALE)) == "not found"


# ---- an exchange opened by a credited question and a tagged answer ----

_INQUIRY = ("Ivo Dale gave evidence to the ferry inquiry on Monday.\n\n"
            "\"Why were the crossings cancelled?\" asked the inquiry's counsel, Ana Ruiz.\n\n"
            "\"The boats were not safe to sail,\" Dale said.\n\n"
            "\"We had two engines fail in a single week last November.\"\n\n")


def test_the_answerer_going_on_keeps_their_own_question() -> None:
    body = _INQUIRY + "\"Would anyone sail a boat like that?\"\n\nThe inquiry resumes on Friday."
    assert _speaker_of(body, "two engines fail", (DALE,)) == "Ivo Dale"
    assert _speaker_of(body, "Would anyone sail a boat", (DALE,)) == "Ivo Dale"


def test_a_question_calling_the_answerer_by_name_is_still_the_askers() -> None:
    body = _INQUIRY + ("\"Were you told about the engines before the winter, Mr Dale?\"\n\n"
                       "The inquiry resumes.")
    assert _speaker_of(body, "two engines fail", (DALE,)) == "Ivo Dale"
    assert _speaker_of(body, "told about the engines", (DALE,)) == "Ana Ruiz"


def test_the_answerer_naming_his_namesake_keeps_the_turn_and_his_own_title_calls_him() -> None:
    body = _INQUIRY.replace("\"We had two engines",
                            "\"The report was written by our engineer, Mrs Dale.\"\n\n"
                            "\"We had two engines")
    assert _speaker_of(body, "written by our engineer", (DALE,)) == "Ivo Dale"
    called = _INQUIRY + "\"So the engines were known to be unsafe, Mr Dale.\"\n\nThe inquiry resumes."
    assert _speaker_of(called, "known to be unsafe", (DALE,)) == "Ana Ruiz"


# ---- a post card of a name over a handle ----

def test_a_card_with_its_post_under_the_handle_is_a_post_and_a_byline_block_none() -> None:
    card = _TOP + ("Ana Ruiz\n@anaruizferries\nThird cancelled crossing this week. Islanders deserve "
                   "better.\n"
                   "7:05 AM · Jan 2, 2026\n\nThe operator apologised on Friday.")
    tweets = split_layout(card).tweets
    assert [t.handle for t in tweets] == ["@anaruizferries"] and "Islanders deserve better" in tweets[0].body
    byline = _TOP + ("Ana Ruiz\n@anaruizferries\nTransport reporter\n7:05 AM · Jan 2, 2026\n\n"
                     "The operator apologised on Friday.")
    assert not any("twice a day" in t.body for t in split_layout(byline).tweets)


# ---- a message log printed in an article ----

_LOG_LEAD = "Texts between the two skippers were shown to the inquiry on Monday.\n\n"
_LOG_AFTER = "\n\nBoth men have since left the company, the inquiry heard."


def test_a_log_whose_message_runs_onto_a_second_line_keeps_every_sender() -> None:
    body = (_LOG_LEAD + "[03/11/2025, 06:40] Ivo Dale: Engine two is smoking again.\n"
            "Not sailing till it is fixed.\n"
            "[03/11/2025, 06:42] Una Ross: Office says sail anyway\n"
            "[03/11/2025, 06:45] Ivo Dale: Then the office can skipper it." + _LOG_AFTER)
    assert _speaker_of(body, "Not sailing till it is fixed", (ROSS, DALE)) == "Ivo Dale"
    assert _speaker_of(body, "Office says sail anyway", (ROSS, DALE)) == "Una Ross"


def test_an_unstamped_paragraph_under_a_log_is_no_message() -> None:
    body = (_LOG_LEAD + "[03/11/2025, 06:40] Ivo Dale: Engine two is smoking again.\n"
            "[03/11/2025, 06:42] Una Ross: Office says sail anyway" + _LOG_AFTER)
    assert _speaker_of(body, "Both men have since left", (ROSS, DALE)) == "not found"


def test_a_log_whose_senders_go_by_a_given_name_keeps_every_sender() -> None:
    body = (_LOG_LEAD + "[03/11/2025, 06:40] Ivo Dale: Engine two is smoking again.\n"
            "[03/11/2025, 06:42] Una: Office says sail anyway\n"
            "[03/11/2025, 06:45] Ivo Dale: Then the office can skipper it." + _LOG_AFTER)
    assert _speaker_of(body, "Engine two is smoking", (DALE,)) == "Ivo Dale"
    assert _speaker_of(body, "the office can skipper it", (DALE,)) == "Ivo Dale"


def test_a_live_blogs_timed_headings_are_still_no_senders() -> None:
    body = ("Follow the storm as it crosses the islands.\n\n"
            "[06:40] Ferries: All crossings cancelled until the afternoon.\n\n"
            "[06:55] Roads: The causeway is closed to traffic.\n\n"
            "[07:10] Schools: Island schools will open late today.")
    assert _speaker_of(body, "All crossings cancelled", (DALE,)) == "not found"


# ---- an Instagram post under a lead-in naming Instagram ----

_INSTAGRAM_LEAD = "The operator's reply, also posted on its Instagram account, read in full:\n\n"


def test_a_notice_heading_word_under_an_instagram_lead_in_is_no_username() -> None:
    body = _INSTAGRAM_LEAD + "statement\nAll crossings are suspended until the engines are checked.\n\n"
    assert not split_layout(_TOP + body + "Passengers were angry.").tweets


def test_a_username_under_an_instagram_lead_in_is_still_the_poster() -> None:
    body = _INSTAGRAM_LEAD + "islandferries\nAll crossings are suspended until the engines are checked.\n\n"
    tweets = split_layout(_TOP + body + "Passengers were angry.").tweets
    assert [t.handle for t in tweets] == ["@islandferries"]
