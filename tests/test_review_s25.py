"""Session 25's review: inputs an ordinary article or comment section could hold that the session's new
rules must not fire on (and the cases they must still catch), all invented."""

import tomllib

from layout_support import BODY
from quoting_support import CAST, mentions_in

from components.core.config import parse_config
from components.parse.layout import split_layout

# ---- a site's name in its head and footer: never the headline a "Most read" list repeats ----

def test_a_headline_repeated_in_the_footer_list_is_no_site_name() -> None:
    page = (f"Council Backs The Skate Park\n\nBy Dana Whitcombe\n\n{BODY}\n\nThe mayor spoke last.\n\n"
            "Most read\n\nCouncil Backs The Skate Park\nFerry timetable cut again\n")
    layout = split_layout(page)
    assert layout.title == "Council Backs The Skate Park"
    assert layout.outlet_marker == ""


def test_a_site_name_among_its_sign_in_links_is_still_the_outlet() -> None:
    page = ("Skip to main content\nHarbour & Ferry Answers\nLog in\nSign up\n\nHome\nQuestions\nTags\n\n"
            "Why did the board cut the early ferry from the winter timetable?\n\nAsked 5 days ago\n\n"
            f"{BODY}\n\nIs there any account of who made the call?\n\nYour Answer\n\n"
            "Harbour & Ferry Answers\nTour\nHelp\n")
    assert split_layout(page).outlet_marker == "Harbour & Ferry Answers"


# ---- quote bars: a reply's preview of its parent, never a passage of the article quoted ----

COMMENTS = f"A headline about the skate park vote\n\n{BODY}\n\nComments\n\n"


def test_a_bar_quoting_one_line_of_the_article_is_no_reply_target() -> None:
    page = (COMMENTS + "Maria Ostend\n2 hours ago\nThe minutes are online now.\nReply\n\n"
            "Bo Hart\n1 hour ago\n┃ Council says the park opens in May\n"
            "That is what they said last year too.\nReply\n")
    bo = split_layout(page).comments[-1]
    assert bo.author == "Bo Hart" and bo.reply_to == ""
    assert "Council says the park opens in May" in bo.body


def test_a_bar_naming_an_earlier_commenter_over_their_words_is_still_a_reply() -> None:
    page = (COMMENTS + "Maria Ostend\n2 hours ago\nThe minutes are online now.\nReply\n\n"
            "Bo Hart\n1 hour ago\n┃Maria Ostend\n┃The minutes are online now.\nThanks, found them.\nReply\n")
    bo = split_layout(page).comments[-1]
    assert (bo.author, bo.body, bo.reply_to) == ("Bo Hart", "Thanks, found them.", "Maria Ostend")


# ---- a blog's wordmark over its tagline: never a headline over its dek with the article under them ----

def test_a_capitals_headline_over_its_dek_is_no_wordmark() -> None:
    page = f"SKATE PARK APPROVED\nCouncillors back the plan after a marathon meeting.\n\n{BODY}\n"
    layout = split_layout(page)
    assert layout.outlet_marker == ""
    assert any("Councillors back the plan" in p for p in layout.paragraphs)


def test_a_lower_case_headline_over_its_dek_is_no_wordmark() -> None:
    page = f"the skate park\nthe council voted for it last night.\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == ""


def test_a_wordmark_over_its_tagline_with_the_blogs_menu_under_it_is_still_the_outlet() -> None:
    page = ("salt and lighthouses\na blog about the coast. and the ferries.\n\nAsk me anything\nArchive\n\n"
            f"Skate park approved\n\n{BODY}\n")
    layout = split_layout(page)
    assert layout.outlet_marker == "salt and lighthouses"
    assert not any("a blog about the coast" in p for p in layout.paragraphs)


# ---- a printed Q&A's answer under its question: one mention, the answer's, never also the asker's ----

def test_an_answer_under_a_question_a_named_reader_asks_is_one_mention() -> None:
    text = ("Councillor Bo Hart pushed the plan through, and Hart answered readers' questions.\n\n"
            "From a reader in Leeds: will it be lit at night?\n\u201cYes, until ten.\u201d\n\n"
            "Lind asked: who pays for it?\n\u201cThe grant does.\u201d")
    found = [(m.text, m.speaker) for m in mentions_in(text, CAST)]
    assert found == [("Yes, until ten.", "Bo Hart"), ("The grant does.", "Bo Hart")]


def test_a_printed_qa_still_credits_its_answers_to_the_one_named() -> None:
    text = ("Councillor Bo Hart pushed the plan through, and Hart answered readers' questions.\n\n"
            "Will it be lit at night?\n\u201cYes, until ten.\u201d\n\n"
            "Who pays for it?\n\u201cThe grant does.\u201d")
    assert [m.speaker for m in mentions_in(text, CAST)] == ["Bo Hart", "Bo Hart"]


# ---- a fundraiser's organiser line: the platform's words alone, never a sentence of the article ----

LAST = "She hopes to raise the rest by summer.\n"
ARTICLE = f"Council backs the skate park after a long night of argument\n\nBy Dana Whitcombe\n\n{BODY}\n\n"


def test_a_sentence_about_organising_a_campaign_is_the_articles() -> None:
    for line in ("Ada Lind is organising this campaign because the park matters to her children.",
                 "The group is organizing this fundraiser with the help of the local school."):
        assert line in split_layout(f"{ARTICLE}{line}\n\n{LAST}").paragraphs


def test_the_platforms_organiser_line_is_still_furniture() -> None:
    for line in ("Rosa Quell is organizing this fundraiser.",
                 "Rosa Quell is organizing this fundraiser on behalf of Harbour Rowing Club."):
        assert line not in split_layout(f"{ARTICLE}{line}\n\n{LAST}").paragraphs


# ---- a post in lower case: a surname in lower case only beside a verb of saying, never after "the" ----

WORDY = parse_config(tomllib.loads("""
[[sides]]
id = "rose"
name = "Rose Marsh"
aliases = ["Rose", "Marsh"]
pronoun = "she"

[[sides]]
id = "hope"
name = "Hope Bishop"
aliases = ["Bishop"]
pronoun = "she"
"""))


def test_common_words_in_a_lower_case_post_are_no_names() -> None:
    for text in ("the storm came in fast and the wind rose. the bishop said \u201cstay indoors\u201d at mass "
                 "and everyone did.",
                 "i went down to the harbour and the wind was awful. the marsh said \u201cnothing\u201d "
                 "to me, "
                 "it was just wet."):
        assert not [m for m in mentions_in(text, WORDY) if m.speaker in ("Rose Marsh", "Hope Bishop")]


def test_a_surname_in_lower_case_beside_its_verb_still_names_the_speaker() -> None:
    text = ("went to the meeting last night and bishop said \u201cwe are not moving\u201d which was brave "
            "of her honestly.")
    assert [m.speaker for m in mentions_in(text, WORDY)] == ["Hope Bishop"]


# ---- a page's own act and its day: above the prose, or a question's card under it ----

def test_an_act_and_a_day_under_the_articles_prose_do_not_date_the_page() -> None:
    page = f"{ARTICLE}Reviewed March 1, 2019\n\n{LAST}"
    assert split_layout(page).date_line == ""


def test_a_diary_entry_over_the_prose_and_a_questions_card_under_it_still_date_the_page() -> None:
    assert split_layout(f"Salt Meridian\n\nWatched 19 Oct, 2026\n\n{BODY}\n").date_line == "2026-10-19"
    page = f"Why was the early ferry cut?\n\n{BODY}\n\nasked Mar 14, 2019 at 9:12\n\n{LAST}"
    assert split_layout(page).date_line == "2019-03-14"


def test_a_full_name_in_lower_case_still_names_the_speaker_a_pronoun_calls_back() -> None:
    text = ("ok so here is everything we know about the vote and the park. rose marsh is on our side. she "
            "said the plan \u201cwas the heart of the town, honestly\u201d at the meeting.")
    assert [m.speaker for m in mentions_in(text, WORDY)] == ["Rose Marsh"]


# ---- a work's title over its year and credit; a company's name over the headline ----

def test_a_section_over_a_year_and_a_byline_is_no_works_title() -> None:
    page = ("World Cup\n2026\nBy Dana Whitcombe\n\n"
            f"Hosts fall at the first hurdle in a night of upsets\n\n{BODY}\n")
    assert split_layout(page).title == "Hosts fall at the first hurdle in a night of upsets"


def test_a_film_over_its_year_and_director_is_still_the_title() -> None:
    page = f"Salt Meridian\n2026\nDirected by Tobias Lind\n\nReview by nell ★★½\n\n{BODY}\n"
    assert split_layout(page).title == "Salt Meridian"


def test_a_company_kicker_over_a_signed_headline_is_no_outlet() -> None:
    page = (f"Northlight Studios\n\nStudio behind hit game lays off forty staff after sales slump\n\n"
            f"By Dana Whitcombe\n\n{BODY}\n")
    assert split_layout(page).outlet_marker == ""


def test_a_companys_name_over_its_own_unsigned_post_is_still_the_outlet() -> None:
    page = f"Northlight Studios\n\nPatch notes for the winter update\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == "Northlight Studios"
