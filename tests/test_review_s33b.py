"""Second review of session 33 (helper H139): the changes after 0c52dc6, written as tests on invented
text. A plain test pins a behaviour that is right; a strict xfail names a fault (its reason says it in
one line). Ordered by what a user reads first: who said what, whose comment it is, the stance shown.

- attribution: a chat log told by its senders speaking of themselves, a committee named in passing
  that makes a reporter's question a hearing, a blog's own post line read as a Facebook post;
- comments: a comment section's prompt question read as a forum thread's title;
- stance and spam: the engine and the in-memory build folding an outlet's name apart, a reply that
  keeps the side it took from a comment the analyst flags as spam."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from layout_support import BODY
from test_layout_s33_b20 import LIVE
from test_review_s33 import CONFIG, GAZETTE, NO_STATEMENTS, _comments, _speakers, _turn_speakers

from components.corpus.labels import ANALYST, apply_corrections, text_hash
from components.engine.assemble import _outlet_rows
from components.enrich.pipeline import enrich
from components.enrich.spam import outlet_rows
from components.parse.layout import split_layout

# ---- attribution: a chat log ----

def test_a_chat_log_whose_senders_speak_of_themselves_is_read() -> None:
    found = _turn_speakers("Messages from the night of the storm, as released by the council.",
                           "[21:02] Kirby: I'm at the north quay now, the water is over the wall.",
                           "[21:04] Dana: ok, stay back from the edge.",
                           "[21:07] Kirby: my boots are soaked, heading home.")
    assert found == [(1, "Kirby"), (2, "Dana"), (3, "Kirby")]


def test_a_live_blogs_entries_with_i_me_or_my_inside_their_words_are_no_chat_log() -> None:
    # the guard for the fix above: "timetable", "economy" and "Islanders" speak of nobody themselves
    assert _turn_speakers("Live: storm day on the islands.",
                          "[09:15] Weather: heavy rain is moving in and the timetable is suspended.",
                          "[09:30] Travel: Islanders should expect delays all day.",
                          "[09:45] Business: the harbour economy loses a day of trade.") == []


# ---- attribution: "Asked about …" in a hearing or not ----

@pytest.mark.parametrize("said", [
    "Ada Lind was appointed to the committee in May.\n\nAsked about the closure, Lind said:",
    "Asked about the closure, Ada Lind, who was elected to the panel in May, said:",
])
def test_a_committee_named_in_passing_makes_no_hearing(said: str) -> None:
    found = _speakers(f"{said} “The quay is not safe.”\n\n"
                      "“Would you let your children play on a wall that is crumbling?”\n\n"
                      "The board meets again in May.")
    assert [name for name, _ in found] == ["Ada Lind", "Ada Lind"]


def test_evidence_given_to_an_inquiry_opens_the_exchange() -> None:
    found = _speakers("Ada Lind gave evidence to the inquiry on Monday.\n\n"
                      "Asked why she had closed the quay, she said: “The wall was crumbling.”\n\n"
                      "“Did you inspect it yourself?”\n\n“Twice.”")
    assert [name for name, _ in found] == ["Ada Lind", "a questioner", "Ada Lind"]


# ---- attribution: a Facebook post's sign ----

def test_a_blogs_post_line_under_a_quoted_paragraph_is_no_facebook_post() -> None:
    found = _speakers("The harbour master said the wall was sound. Ada Lind disagreed, and added:\n\n"
                      "“The quay is not safe and I will not reopen it.”\n"
                      "Posted by Nadia Brook on Sunday, November 22, 2026\n\nComments are closed.")
    assert [name for name, _ in found] == ["Ada Lind"]


def test_a_facebook_post_under_the_sentence_introducing_it_is_its_signers() -> None:
    found = _speakers("Hart later posted on Facebook:\n\n"
                      "The quay will reopen on Monday, thanks to everyone who helped.\n"
                      "Posted by Bo Hart on Sunday, November 22, 2026\n\nThe council has not commented.")
    assert found == [("Bo Hart", "The quay will reopen")]


# ---- comments: a forum thread's title ----

PAGE_HEAD = "Harbour ferry timetable cut for the winter months\n\n"
READERS = ("Lena Ross\n2 hours ago\nThe early boat is the one I need for work, please keep it.\n\n"
           "Tom Hale\n1 hour ago\nAgreed, the late one can go but not the early one.\n\n"
           "Ada Lind\n30 minutes ago\nNobody asked the islanders before they cut it.\n")


def test_a_comment_sections_prompt_question_is_no_thread_title() -> None:
    prompt = "Have your say\n\nWhat do you think of the new timetable?\n\n"
    layout = split_layout(PAGE_HEAD + BODY + "\n\n" + prompt + READERS)
    assert [c.author for c in layout.comments] == ["Lena Ross", "Tom Hale", "Ada Lind"]
    assert not any("The early boat" in p for p in layout.paragraphs)


def test_a_prompt_question_under_a_counted_comment_heading_keeps_every_comment() -> None:
    layout = split_layout(PAGE_HEAD + BODY + "\n\nComments (3)\nWhat do you think of the new timetable?\n\n"
                          + READERS)
    assert [c.author for c in layout.comments] == ["Lena Ross", "Tom Hale", "Ada Lind"]


# ---- heads and live blogs: must-not-fire ----

def test_a_columnists_name_dash_title_headline_over_her_name_stays_the_title() -> None:
    layout = split_layout("Mara Hale – Why the ferry must be saved\nMara Hale\n12 March 2026\n\n" + BODY)
    assert layout.title == "Mara Hale – Why the ferry must be saved"


def test_a_live_blogs_comment_count_in_its_head_does_not_make_its_entries_comments() -> None:
    page = LIVE.replace("Published: 07:02, 4 Mar 2026\n", "Published: 07:02, 4 Mar 2026\n12 comments\n")
    assert split_layout(page).comments == ()


# ---- stance and spam: the same thing in every build ----

@pytest.mark.parametrize("outlet", ["İzmir Post", "ΕΘΝΟΣ"])
def test_the_engine_and_the_in_memory_build_find_the_same_outlet_rows(outlet: str) -> None:
    authors = [outlet, "Tam Reid", outlet.upper()]
    entry = SimpleNamespace(document={"source": outlet}, n_comments=len(authors))
    engine = _outlet_rows([entry], np.arange(len(authors)), pa.array(authors))
    assert engine.tolist() == outlet_rows(authors, [outlet] * len(authors)).tolist() == [True, False, True]


def test_a_reply_takes_no_side_from_a_comment_the_analyst_flags_as_spam() -> None:
    text = "Mara Hale is brilliant, the ferry must be saved."
    built = enrich(_comments([("d1", GAZETTE, "Sunny Deals", text),
                              ("d1", GAZETTE, "Tam Reid", "@Sunny Deals exactly, well said.")]),
                   NO_STATEMENTS, CONFIG)[0]
    assert built.loc[1, "stance"] == "hale"  # from agreeing with the comment above
    flag = pd.DataFrame([{"comment_id": built.loc[0, "comment_id"], "field": "is_spam", "value": True,
                          "text_hash": text_hash(text), "set_by": ANALYST, "at": "2026-11-25", "seq": 1}])
    shown = apply_corrections(built, flag)
    assert shown.loc[0, "stance"] == "neutral"
    assert shown.loc[1, "stance"] == "neutral", shown.loc[1, "stance_reason"]
