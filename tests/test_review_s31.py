"""Session 31 review (H118): adversarial probes of the session's layout, attribution and spam rules on
invented text. A plain test for each thing checked that holds; a strict xfail for each fault found
(the code under components/ is left as it is)."""

import time

import pytest
from layout_support import BODY
from quoting_support import CAST, mentions_in, speaker_of
from spam_support import scored_alone as _alone
from spam_support import signal_reasons as _reasons
from test_layout_s31_b18 import DEBATE, _debate

from components.enrich.spam import rule_signals, score_spam
from components.parse.layout import _is_action_line, _is_furniture, _system_line, split_layout
from components.parse.notices import is_removal_notice

Q, E = "\u201c", "\u201d"
LINK_LIKE = "contains link-like text"
LINK = "contains a link"


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in mentions_in(text, CAST)]


# ================================ spam ================================

@pytest.mark.timing
def test_a_long_run_of_single_letters_is_scored_in_linear_time() -> None:
    text = "a " * 15000
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    start = time.process_time()
    rule_signals(text)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize("text", [
    "The report is at https://www.example.org/r.pdf",
    "Source: https://www.ons.gov.uk/report.pdf",
    "Their latest report is here: https://www.ifs.org.uk/r",
    "See the judgment here https://www.bailii.org/x",
    "the report is at http://a.example and the other report is at http://b.example",
])
def test_cited_sources_are_no_spam(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    assert _alone(text) == (score_spam(text).is_spam, score_spam(text).score)


def test_a_source_in_brackets_after_the_document_is_cited() -> None:
    text = "The report (https://www.ifs.org.uk/r) says otherwise, read it before posting"
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Made $9,000 last month. Source: www.easycash.biz",
    "Source: www.easycash.biz make $500 a day from home",
])
def test_a_money_offer_with_its_link_called_a_source_is_still_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I earn $500 a day from home, the full story is at www.easycash.biz",
    "According to www.easycash.biz you can earn $500 a day",
    "Great piece, the best prices are at https://cheapdeals.example",
    "Check out what I made www.mysite.example",
])
def test_a_link_with_an_offer_is_still_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "The bill is at https://cheapbills.biz, pay less today",
    "Read the review here www.buycheapviagra.biz",
])
def test_a_document_word_before_a_spam_link_does_not_hide_it(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "My uncle worked at Webvan dot com",
    "I was at Boo dot com",
    "She was an intern at Pets dot com in 1999",
    "The man who ran it is at Amazon dot com now",
])
def test_where_one_worked_or_is_is_no_spelled_out_link_in_plain_variants(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "My uncle worked at Webvan dot com before it folded",
    "I was at school with him, we went to Pets dot com afterwards",
])
def test_where_one_worked_mid_sentence_is_no_spelled_out_link(text: str) -> None:
    assert LINK_LIKE not in _reasons(text)


@pytest.mark.parametrize("text", ["Go to w w w dot cheapbets dot com", "Found it at b o o s t dot com",
                                  "s4s anyone", "Shoutout for shoutout! dm me"])
def test_letter_spaced_domains_and_swaps_fire(text: str) -> None:
    assert score_spam(text).is_spam


def test_s4s_inside_a_word_is_no_swap() -> None:
    assert not score_spam("The S4S programme at school was great").is_spam


def test_a_commenter_asking_comment_removed_is_no_spam() -> None:
    assert not score_spam("Comment removed?").is_spam


@pytest.mark.parametrize("text", ["Comment removed? Typical of this paper",
                                  "Comment removed because the mods cant handle the truth",
                                  "(This is my opinion and it was removed by the mods before)"])
def test_commenters_complaints_are_no_notices(text: str) -> None:
    assert not is_removal_notice(text)


@pytest.mark.parametrize("text", ["[ Removed by moderator ]", "(deleted)",
                                  "Comment removed because it broke the rules",
                                  "This comment violated our community standards and was removed."])
def test_notices_in_brackets_and_breach_first_are_notices(text: str) -> None:
    assert is_removal_notice(text)


def test_a_complaint_naming_rules_is_no_notice() -> None:
    assert not is_removal_notice("Post deleted because the mods hate the rules of free speech")


@pytest.mark.parametrize("text", ["Check out the council's own figures, they show nothing of the sort",
                                  "Check out the merch"])
def test_check_out_the_ordinary_object_is_not_spam(text: str) -> None:
    assert not _alone(text)[0]


@pytest.mark.parametrize("text", ["Check out the new video on my channel", "Check out the link in my bio"])
def test_check_out_my_channel_stays_spam(text: str) -> None:
    assert _alone(text)[0]


# ============================= attribution =============================

@pytest.mark.parametrize("text", [
    f"Hart said his {Q}heart sank{E} when the figures came in.",
    f"Hart said their {Q}hearts sank{E} when the figures came in.",
])
def test_a_reported_fragment_after_his_is_the_speakers(text: str) -> None:
    assert _speakers(text) and _speakers(text)[0][0] == "Bo Hart"


@pytest.mark.parametrize("text", [
    f"Asked at the launch, {Q}Why would I sell it?{E} Lind said.",
    f"Asked later, {Q}Why would I sell it now?{E} Lind said with a laugh.",
])
def test_a_rhetorical_answer_after_asked_is_the_answerers(text: str) -> None:
    assert speaker_of(text, "Why would I") == "Ada Lind"


def test_a_letter_after_a_signed_lease_has_no_signatories() -> None:
    text = (f"The council wrote to tenants a week after the lease was signed.\n\n"
            f"{Q}The depot will close at the end of the month,{E} the letter says.")
    assert all(m.speaker != "the signatories" for m in mentions_in(text, CAST))


def test_an_askers_name_leaves_out_the_conjunction() -> None:
    text = f"But Ramos asked her: {Q}Do you trust the board?{E} Lind did not answer."
    assert speaker_of(text, "Do you trust") == "Ramos"


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    (f"Lind turned to Hart. She asked him: {Q}Do you trust the board?{E}", "Do you trust", "Ada Lind"),
    (f"Hart was asked by Lind, {Q}Will you quit?{E}", "Will you quit", "Ada Lind"),
    (f"Hart put it to her: {Q}Will you quit?{E}", "Will you quit", "Bo Hart"),
    (f"Lind published an open letter on Monday.\n\n{Q}The depot must stay open,{E} the letter says.",
     "depot must stay", "Ada Lind"),
    (f"The letter, signed by Hart, says: {Q}We will not move.{E}", "We will not", "Bo Hart"),
    (f"Lord Penrose said: {Q}We will win this.{E}", "We will win", "Lord Penrose"),
])
def test_askers_and_writers_hold(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_a_put_question_and_its_answer_are_split() -> None:
    text = f"Lind was asked by a reporter: {Q}Will you quit?{E} {Q}Never,{E} she said."
    assert _speakers(text) == [("a reporter", "Will you quit?"), ("Ada Lind", "Never")]


def test_a_columnist_who_spoke_to_someone_keeps_her_own_rhetorical_paragraphs() -> None:
    text = ("Lind ran the shelter for a decade. She spoke to me last week.\n\n"
            "Why does nobody listen to people like her?\n\nThe answer, I suspect, is money.")
    assert all(m.speaker != "Ada Lind" for m in mentions_in(text, CAST))


# ================================ layout ================================

def test_a_sports_sentence_like_a_system_line_stays_in_the_article() -> None:
    # the sentence has a system line's shape; only a page with several of them (a chat) drops them
    page = ("The Tern Gazette\n\nKane dropped for the qualifier\n\nBy Ann Lee\n24 June 2026\n\n" + BODY
            + "\n\nSouthgate removed Kane from the team.\n\nThe striker had been struggling all season.\n")
    assert any("removed Kane" in p for p in split_layout(page).paragraphs)


def test_an_article_sentence_opening_attendance_report_is_no_system_line() -> None:
    assert not _system_line("Attendance report cards went home on Friday, the head said.")


def test_chat_system_lines_and_lowercase_subjects() -> None:
    assert _system_line("Meeting ended.")
    assert not _system_line("Attendance reporting at the school has improved since September.")
    assert not _system_line("The coach added Smith to the team.")


@pytest.mark.parametrize("row", ["Mon 31°C   Tue 29°C   Wed 24°C   Thu 21°C",
                                 "Con 24.1 (-3.2%)   Lab 33.8 (+1.1%)   LD 12.0 (+0.4%)"])
def test_a_data_row_in_an_article_body_stays(row: str) -> None:
    page = ("The Tern Gazette\n\nHeatwave to break by the weekend\n\nBy Ann Lee\n24 June 2026\n\n" + BODY
            + f"\n\nThe figures for the week:\n\n{row}\n\nForecasters said the change would be welcome.\n")
    assert any(row in p for p in split_layout(page).paragraphs)


def test_prose_with_temperatures_is_no_ticker() -> None:
    assert not _is_furniture("It was 31°C at noon and 24°C by the time the vote was taken in the chamber.")


def test_a_short_opening_line_of_a_debate_comment_is_kept() -> None:
    comments = [("Totally agree\nThe kids have nowhere else to go after school and the park is free.",
                 "Lauren, Leeds")] + DEBATE[1:]
    assert split_layout(_debate(comments)).comments[0].body.startswith("Totally agree")


def test_a_punctuated_opening_line_of_a_debate_comment_is_kept() -> None:
    comments = [("Of course it should.\nThe kids have nowhere else to go after school.", "Lauren, Leeds")
                ] + DEBATE[1:]
    layout = split_layout(_debate(comments))
    assert layout.comments[0].author == "Lauren"
    assert layout.comments[0].body.startswith("Of course it should.")


@pytest.mark.parametrize("line", ["Thanks", "Agreed", "Totally agree", "Hear hear"])
def test_short_replies_are_no_action_rows(line: str) -> None:
    assert not _is_action_line(line)


def test_a_news_comment_section_with_figures_keeps_its_first_comment() -> None:
    page = ("Skate park vote goes to the wire\n\n" + BODY + "\n\nComments\n\nAnn Lee\n12\nPosted March 2\n"
            "Good news.\n\nBo Hart\n3\nPosted March 2\nAbout time.\n\nCy Moss\n40\nPosted March 3\n"
            "I was there.\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Ann Lee", "Bo Hart", "Cy Moss"]
    assert "Good news." not in layout.paragraphs


@pytest.mark.parametrize("tail", [
    "The council agreed three things on Monday night.\n- Lighting\n- Benches\n- Bins\n\n"
    "The work starts in April.\n",
    "The mayor read two lines at the start.\n\nA town is only as good as its parks.\n- Rosa Marlow\n\n"
    "Every child needs somewhere to go.\n- Ted Pike\n\nThen the vote was taken.\n",
])
def test_dashed_list_items_and_epigraph_credits_in_an_article_are_no_listener_texts(tail: str) -> None:
    assert split_layout("Skate park vote goes to the wire\n\n" + BODY + "\n\n" + tail).comments == ()


def test_a_sentence_after_an_account_question_is_no_head_control() -> None:
    from components.parse.layout import _head_control
    assert not _head_control("New here? Join the club's supporters trust for £5 a year.")


def test_account_prompts_are_head_controls() -> None:
    from components.parse.layout import _head_control
    assert _head_control("Not a member? Register now")
    assert _head_control("New user? Log in")


# ---- attribution: a mouthpiece's statement, a peer's title ----

def _with_a_company():  # noqa: ANN202
    import tomllib

    from components.core.config import parse_config
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[sides]]\nid = "tarn"\nname = "Tarn Marine"\naliases = ["Tarn"]\npronoun = "it"\n'))


def test_a_statement_another_sent_that_the_mouthpiece_reads_is_not_the_organisations() -> None:
    text = (f"Tarn Marine was fined. Its press officer, Jo Pike, read the statement the union had sent.\n\n"
            f"{Q}We will strike,{E} she read.")
    assert speaker_of(text, "We will strike", _with_a_company()) != "Tarn Marine"


def test_a_mouthpiece_of_a_person_reads_no_company_statement() -> None:
    text = (f"Tarn Marine has been silent. Lind's spokeswoman, Jo Pike, read a statement.\n\n"
            f"{Q}I am devastated by what happened,{E} she read.")
    assert all(m.speaker != "Tarn Marine" for m in mentions_in(text, _with_a_company()))


def test_a_judge_by_a_ladys_title_finds() -> None:
    text = f"Lady Hale found that the prorogation was {Q}unlawful, void and of no effect{E}."
    assert speaker_of(text, "unlawful, void") == "Lady Hale"


# ---- spam: a removal notice's link to the site's rules ----

@pytest.mark.parametrize("text", ["Comment removed. Join our community at www.freebets.biz",
                                  "This comment was removed by a moderator. Our community loves "
                                  "www.freebets.biz"])
def test_a_spam_link_after_a_notice_naming_a_community_is_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "This comment was removed for breaking our rules. See www.example.com/community-rules",
    "This comment has been removed for violating our guidelines. Read the rules at https://www.example.com/rules",
])
def test_a_notice_linking_to_the_sites_rules_is_the_sites(text: str) -> None:
    assert score_spam(text).score == 0.0 and _alone(text) == (False, 0.0)


@pytest.mark.parametrize("text", [
    "This comment violated our community standards and was removed. www.freebets.biz",
    "[ Removed by moderator. Visit www.freebets.biz ]",
])
def test_a_notice_with_a_link_of_its_own_is_spam(text: str) -> None:
    assert score_spam(text).is_spam


# ---- a comment section with the stamp and signature over the body (the debate reader's mirror) ----

_OVER = [("Ann Lee, Leeds", "Good news for the town, at last."),
         ("Bo Hart, Hull", "About time the council listened."),
         ("Cy Moss, York", "I was at the meeting and it was packed."),
         ("Di Park, Bath", "The lights will cost a fortune to run.")]


@pytest.mark.parametrize("label", ["Posted:", "Added:"])
def test_stamp_and_signature_over_the_body_keep_the_body(label: str) -> None:
    page = ("Skate park vote goes to the wire\n\n" + BODY + "\n\nComments (4)\n\n"
            + "\n\n".join(f"{label} 3 March 2026 at 10:1{n}\n{sign}\n{body}"
                          for n, (sign, body) in enumerate(_OVER)) + "\n")
    comments = split_layout(page).comments
    assert [(c.author, c.body) for c in comments] == [(s.split(",")[0], b) for s, b in _OVER]


# ---- a trail by arrows naming a long show, and a headline set out with arrows ----

@pytest.mark.parametrize("headline", ["Fear > hope > anger: how the town finally voted",
                                      "Rent > wages > savings: the valley's squeeze in numbers"])
def test_a_headline_with_arrows_is_the_title(headline: str) -> None:
    page = "The Tern Gazette\n\n" + headline + "\n\nBy Ann Lee\n24 June 2026\n\n" + BODY
    assert split_layout(page).title == headline


def test_system_lines_are_left_out_only_where_a_chat_has_several() -> None:
    from components.parse.layout import _system_lines
    chat = ["Ann Lee added Bo Hart (Guest) to the team.\nHi all, the notes are up.", "Meeting ended: 24m 31s"]
    assert _system_lines(chat) == {"Ann Lee added Bo Hart (Guest) to the team.", "Meeting ended: 24m 31s"}
    assert not _system_lines(["Southgate removed Kane from the team.\nThe striker said nothing."])
