"""Session 29 review: ordinary text that the session's new rules (the spam signals, the page-head and
comment readers, the note rule) must leave alone."""

import pytest
from quoting_support import cast, mentions_in
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam
from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _is_furniture, split_layout


@pytest.mark.parametrize("text", [
    "Congrats! You have won the club's player of the year award, brilliant season",
    "Congratulations you've been selected for the county squad, so proud of you lad",
    "Congrats, you have been chosen as our new parish councillor",
    "You've won a £5 bet off me, fair enough",
    "You have won a 2-1 argument by default",
    "Don't forget to claim your bonus holiday days before the end of March",
    "The council says residents must claim the free parking permit within 14 days",
    "Make sure you claim it within 30 days or the refund lapses",
    "Claim the prize money? The charity raffle winners are listed on the board",
])
def test_congratulations_bets_and_claims_in_prose_are_no_prize(text: str) -> None:
    assert "announces a prize to claim" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Claim your prize!",
    "Claim your free gift now",
    "Congrats!! You have been selected!",
    "You've won a $1,000 gift card",
])
def test_the_prize_notice_still_is_named(text: str) -> None:
    assert "announces a prize to claim" in _reasons(text)


def test_a_page_to_message_about_a_litter_pick_is_no_dating_lure() -> None:
    text = "Message me on my page if you want to join the litter pick"
    assert "reads like a dating lure" not in _reasons(text)


@pytest.mark.parametrize("text", [
    "She's a well-known e-commerce.store owner",
    "I went to the pop-up.store in town",
    "a five-a-side.club is what we need",
    "It's a hand-me-down.Online shopping is the future",
])
def test_hyphenated_words_before_a_stop_are_no_link(text: str) -> None:
    assert "contains a link" not in _reasons(text)
    assert not score_spam(text).is_spam


# ---- the comment reader's "Name rated it …" author line ----

@pytest.mark.parametrize("text", [
    "We rated it 4/5", "Everyone gave it 5 stars", "Honestly I rated it ★★★★", "Nobody gave it 1 star",
    "Honestly I rated it", "Nobody rated it",
])
def test_a_pronoun_or_a_quantifier_that_rated_it_is_no_reviewer(text: str) -> None:
    assert classify(text)[0] is not Kind.NAME


def test_a_named_reader_who_rated_it_still_is_the_reviewer() -> None:
    assert classify("Ann Lee rated it ★★★½") == (Kind.NAME, "Ann Lee")


# ---- the event page's host line under its title ----

NEWS_BODY = ("The café at Corran Bridge will close on Friday after thirty years, its volunteers said.\n\n"
             "\"We are tired, and the rent has doubled,\" said Ann Lee, who has run the rota since 2009.\n\n"
             "The parish council said it would look for a new tenant in the spring.\n")


@pytest.mark.parametrize("dek", [
    "Run by volunteers since 1996, the café shuts its doors on Friday",
    "Organised by the Rotary Club for the tenth year",
])
def test_a_news_dek_opening_with_run_by_is_no_event_host(dek: str) -> None:
    page = ("Corran Gazette\nNews\nSport\n\n23 November 2026\n\n"
            f"Volunteer café to close after thirty years\n{dek}\n\nBy Tessa Morrow\n\n" + NEWS_BODY)
    layout = split_layout(page)
    assert layout.title == "Volunteer café to close after thirty years"
    assert layout.date_line == "2026-11-23"


# ---- "Load more comments" over the first comment loads earlier ones; it closes nothing ----

def test_a_load_more_link_over_the_first_comment_keeps_the_comments() -> None:
    head = ("Village hall reopens after two-year refit\n\nBy Tessa Morrow\n\n23 November 2026\n\n"
            "The village hall at Corran Bridge reopened on Saturday after a two-year refit paid for by a "
            "lottery grant and three summers of jumble sales.\n\n"
            "The hall committee said the new kitchen cost more than the building did in 1931.\n\n")
    page = head + ("Comments\nLoad more comments\nAnn Lee\n"
                   "Lovely to see it open again, the kitchen is superb.\nReply\n"
                   "Tom Beck\nThe car park still floods though.\nReply\n    Mary Sillitoe\n"
                   "    It always has, Tom.\n    Reply\n")
    comments = split_layout(page).comments
    assert [c.author for c in comments] == ["Ann Lee", "Tom Beck", "Mary Sillitoe"]


# ---- the support box's and the team chat's furniture lines in an article's prose ----

@pytest.mark.parametrize("line", [
    "4 12 19 23 31 44",
    "This channel is for people who grew up here and never left, its founder Ann Lee said at the party.",
    "We are an independent charity run entirely by members of the community, and we rely on donations, "
    "a volunteer told the Gazette.",
])
def test_a_draw_s_numbers_and_reported_words_are_no_furniture(line: str) -> None:
    assert not _is_furniture(line)


def test_the_winning_numbers_stay_in_the_article() -> None:
    page = ("Corran Gazette\n\nCorran couple scoop £2m jackpot\n\nBy Tessa Morrow\n\n23 November 2026\n\n"
            "A Corran couple have won £2m on Saturday's draw, the lottery operator said.\n\n"
            "The winning numbers were:\n4 12 19 23 31 44\n\n"
            "The couple, who asked not to be named, said they would buy a new boiler.\n")
    assert "4 12 19 23 31 44" in "\n".join(split_layout(page).paragraphs)


# ---- a number closing a comment on a thread page that prints no votes on lines of their own ----

def test_a_number_closing_a_comment_stays_where_no_votes_stand_alone() -> None:
    head = ("Harbour council votes to close the old ferry slip\n\n"
            "The harbour council voted six to three on Tuesday night to close the old ferry slip at "
            "the north quay, ending a crossing that has run since before the war.\n\n"
            "The ferry company said it would move its two boats to the south quay by the summer.\n\n")
    thread = [("tarn_wheeler", "9 hours ago", "How many boats use the slip each day? My count was\n61"),
              ("miravex", "8 hours ago", "Fewer than that, surely."),
              ("quietloom", "6 hours ago", "The slip should stay for the lifeboat.")]
    page = head + "\n\n".join(f"{n} {t} | link | flag\n{b}" for n, t, b in thread) + "\n"
    assert split_layout(page).comments[0].body.endswith("\n61")


# ---- a site's short name atop the page and a paper's full name in its copyright line ----

def test_a_paper_s_full_name_in_its_copyright_line_stays_the_outlet() -> None:
    page = ("Corran\nNews\nSport\n\nVolunteer café to close after thirty years\n\nBy Tessa Morrow\n"
            "23 November 2026\n\n" + NEWS_BODY + "\nCorran\n© 2026 Corran Gazette Ltd\n")
    assert split_layout(page).outlet_marker == "Corran Gazette"


# ---- "Updated on" over its day under a news story's byline dates the story as it does on one line ----

def test_an_update_label_over_its_day_under_the_byline_dates_the_story() -> None:
    split = ("Corran Gazette\n\nVolunteer café to close after thirty years\nBy Tessa Morrow\nUpdated on\n"
             "23 November 2026\n\n" + NEWS_BODY)
    one = split.replace("Updated on\n", "Updated on ")
    assert split_layout(split).date_line == split_layout(one).date_line == "2026-11-23"


@pytest.mark.parametrize("text", [
    "I am a single woman on £12,000 a year and the rent rise is brutal",
    "I'm a single lady of 74 and I pay £90 a month for the bus now",
])
def test_a_commenter_s_own_single_life_with_a_sum_is_no_dating_lure(text: str) -> None:
    assert "reads like a dating lure" not in _reasons(text)


# ---- a notice in its writer's own first person is the writer's statement ----

def test_a_notice_that_read_in_the_first_person_is_its_writer_s() -> None:
    text = ("Lind posted a notice that read: \u201cWe will reopen on Monday, and I apologise to every "
            "customer.\u201d")
    assert [m.speaker for m in mentions_in(text, cast("lind", "hart"))] == ["Ada Lind"]


def test_a_note_reading_a_credit_still_is_no_statement() -> None:
    text = ("Lind said the update fixes the credits. Three recipes now carry a note reading \u201cmethod "
            "adapted from Harbour Suppers by Bo Hart (Quay Press, 2019).\u201d")
    assert not [m for m in mentions_in(text, cast("lind", "hart")) if "method adapted" in m.text]
