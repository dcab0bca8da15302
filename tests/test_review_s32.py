"""Session 32 review (H128): adversarial probes of the session's stance, attribution, spam, notice and
layout rules (6666d2b..main) on invented text. A plain test for each thing checked that holds; a strict
xfail for each fault found (the code under components/ is left as it is). Where a case says "was", the
same input was run through a worktree at 6666d2b."""

import time

import pytest
from layout_support import BODY, authors_of
from quoting_support import CAST, mentions_in
from spam_support import scored_alone as _alone
from spam_support import signal_reasons as _reasons
from test_attribution_s32 import _config

from components.core.config import CorpusConfig, Person, Side
from components.enrich.spam import rule_signals, score_spam
from components.enrich.stance import classify_stance
from components.parse.layout import _dated_line, _head_control, _headline_line, _is_byline, split_layout
from components.parse.notices import is_removal_notice

Q, E = "\u201c", "\u201d"
LINK_LIKE = "contains link-like text"
LINK = "contains a link"

# A market trader ("he") against a town council ("they"), invented.
STANCE = CorpusConfig(
    name="review",
    sides=(Side("rowe", Person("Dan Rowe", ("Rowe", "Dan"), (), "he"), ("the stalls should stay",)),
           Side("council", Person("Fenby Council", ("the council",), (), "they"),
                ("the square needs repairs",))),
)
PEOPLE = _config()


def _speakers(text: str, config: CorpusConfig = PEOPLE) -> list[str]:
    return [m.speaker for m in mentions_in(text, config)]


def _timed(call, arg) -> float:  # type: ignore[no-untyped-def]
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    start = time.process_time()
    call(arg)
    return time.process_time() - start


# ================================ layout ================================

HEAD = "Council votes to keep the riverside skate park open\n\n"


def test_a_list_of_people_with_their_party_in_brackets_stays_in_the_article() -> None:
    page = (HEAD + BODY + "\n\nThe candidates standing in the Harlow West ward are:\n\n"
            "Ana Lind (Green Party)\nBo Hart (Liberal Democrats)\nTom Reed (SNP)\n\n"
            "Polls open at seven on Thursday morning and close at ten that night.")
    assert any("Ana Lind (Green Party)" in p for p in split_layout(page).paragraphs)


def test_a_commenter_with_a_place_in_brackets_is_still_the_author() -> None:
    page = (HEAD + BODY + "\n\nComments\n2 comments\nMary Jones (New York)\n4 Mar 2026, 10:12\n"
            "The park is the only place the kids in our street can go after school.\nReply\n"
            "Tom Reed (Leeds UK)\n4 Mar 2026, 11:40\nAgreed, and the lights help in winter too.\nReply\n")
    assert authors_of(page) == ["Mary Jones", "Tom Reed"]


def test_a_badge_in_brackets_is_no_byline() -> None:
    assert not _is_byline("Ana Lind (Verified)")
    assert _is_byline("Ana Lind (The Harlow Courier)")


def test_an_english_line_naming_mars_is_no_foreign_date() -> None:
    assert not _dated_line("Mission 2 Mars 2030")


def test_a_foreign_date_bar_is_a_date_and_english_months_are_read_as_before() -> None:
    assert _dated_line("mercredi 4 mars 2026")
    assert _dated_line("quarta-feira, 4 de março de 2026")
    assert not _dated_line("Agosto 12 2026")


@pytest.mark.parametrize("line", ["Already have an account? Log in.",
                                  "Not a member yet? Register now for free",
                                  "Existing user? Sign in with Google"])
def test_a_real_account_prompt_with_a_stop_or_extra_button_words_is_a_head_control(line: str) -> None:
    assert _head_control(line)


def test_an_account_prompt_question_then_a_sentence_is_no_head_control() -> None:
    assert not _head_control("New here? Join the club's supporters trust for £5 a year.")
    assert _head_control("Already a member? Log in | Register")


def test_a_teaser_ending_in_a_call_to_action_is_no_headline_but_a_headline_with_the_words_is() -> None:
    assert not _headline_line("Hospital waiting lists fall for a third month. Learn more")
    assert _headline_line("Skaters sign up for the new ramp at the riverside park")


# ================================ stance ================================

def test_a_later_clause_about_the_same_side_by_pronoun_is_still_its_own() -> None:
    text = "Rowe had an awful year and he was still kind and generous to everyone."
    assert classify_stance(text, STANCE).stance == "rowe"


@pytest.mark.parametrize(("text", "stance"), [
    ("I love this town and Rowe ruined it.", "council"),           # newly right
    ("The council is doing a great job and I hate the moaners.", "council"),
    ("Rowe had a terrible time, but he is a brilliant trader.", "rowe"),
    ("The council pretend to care about the traders.", "rowe"),
    ("Rowe doesn't pretend to be perfect, he is honest and brilliant.", "rowe"),
])
def test_clause_feelings_and_pretending_hold(text: str, stance: str) -> None:
    assert classify_stance(text, STANCE).stance == stance


# ================================ spam ================================

@pytest.mark.parametrize("text", ["The deal is at megadeals dot com now",
                                  "Refunds are at refundnow dot com for a limited time"])
def test_an_offer_is_at_a_spelled_out_domain_now_is_still_link_like(text: str) -> None:
    assert LINK_LIKE in _reasons(text)
    assert score_spam(text).is_spam


def test_where_a_person_is_at_a_spelled_out_domain_is_no_link_and_where_to_go_still_is() -> None:
    assert LINK_LIKE not in _reasons("My cousin is at Boohoo dot com now")
    assert LINK_LIKE not in _reasons("I was an engineer at webvan dot com")
    assert LINK_LIKE in _reasons("Tickets are at gigtix dot com now!")
    assert LINK_LIKE in _reasons("Our manager at the shop says go to cheapgear dot com")


def test_a_host_that_merely_contains_a_sellers_word_is_a_source() -> None:
    text = "The study (https://www.ideals.illinois.edu/items/1234) found no link at all"
    assert LINK not in _reasons(text)


@pytest.mark.parametrize("text", [
    "The IFS report (https://www.ifs.org.uk/cash-for-councils) is clear",   # "cash" in the path only
    "The bank's report (https://www.bankofengland.co.uk/r) says rates will stay",
])
def test_a_cited_report_in_brackets_is_no_spam_and_both_paths_agree(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    assert _alone(text) == (score_spam(text).is_spam, score_spam(text).score)


def test_a_question_about_a_removed_comment_is_ham_and_a_request_for_comments_spam() -> None:
    assert not score_spam("Comment removed? Again? This site is a joke").is_spam
    assert not score_spam("Why was my comment removed, I broke no rules").is_spam
    assert score_spam("Leave a comment below if your comment was deleted and I'll check my channel!").is_spam


# ================================ notices ================================

@pytest.mark.parametrize("line", [
    "This post was removed because the moderator determined the content violated the guidelines.",
    "This comment has been removed because links to commercial sites breach the terms of use.",
])
def test_a_notice_that_gives_the_breach_in_other_words_is_a_notice(line: str) -> None:
    assert is_removal_notice(line)


def test_complaints_and_deleted_notes() -> None:
    assert not is_removal_notice("Post deleted because the mods hate the rules of free speech")
    assert is_removal_notice("Comment removed because the moderators found it broke the house rules.")
    assert is_removal_notice("(This note has been deleted)")
    assert not is_removal_notice("This note was deleted from the council minutes")


# ================================ attribution ================================

def test_words_someone_is_asked_to_promise_are_not_theirs() -> None:
    text = (f"Traders want Hart to promise {Q}no more closures on the high street this year{E} "
            "before the vote.")
    assert "Bo Hart" not in _speakers(text, CAST)


@pytest.mark.parametrize(("text", "speaker"), [
    (f"Hart said his {Q}heart sank{E} when he saw the letter.", "Bo Hart"),
    (f"Lind said she had read Hart's letter twice. {Q}It is deeply insulting to every trader in this "
     f"town,{E} she said.", "Ada Lind"),
    (f"After reading her statement, Hart told reporters: {Q}I have nothing to add to what the court said.{E}",
     "Bo Hart"),
    (f"The Corrin Finance chairman, Tam Quill, told shareholders: {Q}We had a hard year.{E}", "Tam Quill"),
    (f"Lind's partner, Tam Quill, who said: {Q}She will fight this to the end.{E}", "Tam Quill"),
])
def test_session_attribution_rules_hold_on_near_misses(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_reports_own_possessive_fragment_stays_a_scare_quote() -> None:
    assert _speakers(f"The report said his {Q}conduct fell short{E} of the standard.") == []


# ================================ performance (100,000 characters) ================================

@pytest.mark.timing
def test_the_new_spam_and_notice_patterns_are_linear() -> None:
    assert _timed(rule_signals, ("he is at " * 11200)[:100_000]) < 1.0
    links = " ".join(f"The report (https://www.ex{i}.org/r) is clear." for i in range(2150))[:100_000]
    assert _timed(score_spam, links) < 3.0
    assert _timed(is_removal_notice, "Comment removed because " + "the mods " * 11000) < 0.5


@pytest.mark.timing
def test_clause_splitting_and_pretending_are_linear() -> None:
    clauses = ("Rowe was kind and I was sad " * 3600)[:100_000]
    assert _timed(lambda s: classify_stance(s, STANCE), clauses) < 3.0
    assert _timed(lambda s: classify_stance(s, STANCE), ("Rowe pretends to care " * 4600)[:100_000]) < 3.0


@pytest.mark.timing
def test_the_new_layout_and_quote_patterns_are_linear() -> None:
    assert _timed(_is_byline, "Ab " * 80 + "(Cd Ef)") < 0.1
    post = ("The club replied on X an hour later:\nWe will be there.\n"
            "— Harlow Skaters (@harlowskate) March 3, 2026\n")
    assert _timed(split_layout, "Headline for the test page here\n\n" + post * 600) < 3.0
    assert _timed(lambda s: mentions_in(s, CAST), "Hart said his " * 7100 + f"{Q}heart sank{E}.") < 3.0


def test_a_statement_someone_is_expected_to_make_is_not_yet_theirs() -> None:
    # the second example of the review's purpose-verb fault, fixed with it
    text = f"Lind is expected to argue {Q}that the depot was never safe{E} when the hearing opens."
    assert "Ada Lind" not in _speakers(text, CAST)
