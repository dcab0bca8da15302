"""Session 32 (H124): the two layout faults the session 31 review found (tests/test_review_s31.py),
fixed generally: a debate comment's short opening reply is its own, not a label over it; an account
prompt atop a page is its question and buttons, not a sentence after the question. Invented text."""

import pytest
from test_layout_s31_b18 import DEBATE, _debate

from components.parse.layout import _comment_label, _head_control, split_layout

# --- a short line over a debate comment's body: a label, or the comment's own opening ---

@pytest.mark.parametrize("opening", ["Agreed", "Hear hear", "Spot on", "Couldn't agree more", "Well said"])
def test_a_short_reply_opening_a_debate_comment_is_kept(opening: str) -> None:
    comments = [(f"{opening}\nThe kids have nowhere else to go once the library shuts at five.",
                 "Lauren, Leeds")] + DEBATE[1:]
    layout = split_layout(_debate(comments))
    assert layout.comments[0].author == "Lauren"
    assert layout.comments[0].body.startswith(opening)


@pytest.mark.parametrize("label", ["Editors' Pick", "Featured", "Readers' Choice", "Top comment"])
def test_a_label_over_a_debate_comment_is_left_out(label: str) -> None:
    comments = [(f"{label}\nThe kids have nowhere else to go once the library shuts at five.",
                 "Lauren, Leeds")] + DEBATE[1:]
    layout = split_layout(_debate(comments))
    assert layout.comments[0].body == "The kids have nowhere else to go once the library shuts at five."
    assert label not in "\n".join(layout.paragraphs)


@pytest.mark.parametrize("line", ["Totally agree", "Agreed", "Thanks", "Hear hear", "Spot on.",
                                  "Editors' Pick.", ""])
def test_replies_and_punctuated_lines_are_no_labels(line: str) -> None:
    assert not _comment_label(line)


# --- an account prompt: the question, then buttons only ---

@pytest.mark.parametrize("line", ["Existing member? Login or Register", "New here? Register | Log in",
                                  "Not a member yet? Join now!", "Already registered? Sign in to comment",
                                  "New user? Create an account"])
def test_account_prompts_with_their_buttons_are_head_controls(line: str) -> None:
    assert _head_control(line)


@pytest.mark.parametrize("line", ["New here? Join us and help clear the towpath.",
                                  "New here? Sign up to our newsletter for weekly updates.",
                                  "Not a member? Join the society for £12 a year",
                                  "Already registered? Log in and vote before Friday's deadline."])
def test_sentences_after_an_account_question_are_no_head_controls(line: str) -> None:
    assert not _head_control(line)
