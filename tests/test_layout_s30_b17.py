"""Session 30 (helper b17): general page-head, furniture and comment rules for audience-review pages,
serial-fiction chapters, film diaries, video pages, foreign dailies, chat replays, photo posts and
crowdfunding updates, each on invented pages, with must-not-fire cases on ordinary pages."""

from layout_support import BODY, authors_of

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _facts_line, _is_furniture, split_layout

# ---- link cards under a link heading: a title over its labels and counts is no comment ----

SIDEBAR = ("Streamly\nBrowse\nLog In\n\nSuggested for you\n"
           "  • HarbourSkateTV\n    Ice Skating · 3.2K\n"
           "  • quizzical_quentin\n    Just Chatting · 410\n"
           "  • MidlandsPodcastCo\n    Podcasts · 1.9K\n\n"
           "Weekly Quiz Night with the Harbour Crew\n\n" + BODY)


def test_channel_cards_under_a_recommended_heading_above_the_body_are_no_comments() -> None:
    page = SIDEBAR.replace("Suggested for you", "Recommended")
    assert authors_of(page) == []


def test_project_cards_under_a_you_might_like_heading_after_the_comments_are_no_comments() -> None:
    page = ("Bridge at Dusk: a documentary\n\n" + BODY + "\n\nComments\n\n"
            "  • Ann Lee\n    2 days ago\n    Backed on day one, so happy to see this funded.\n\n"
            "  • Bo Hart\n    1 day ago\n    Cannot wait to see the rough cut at the screening.\n\n"
            "Projects you might like\n"
            "  • Harbour Lights: a photobook\n    Ines Carvalho\n    112% funded\n"
            "  • The Quiet Pier\n    Tom Rees\n    87% funded\n")
    assert authors_of(page) == ["Ann Lee", "Bo Hart"]


def test_bullet_comments_with_sentences_under_a_link_heading_stay_comments() -> None:
    page = ("Bridge at Dusk: a documentary\n\n" + BODY + "\n\nRelated\n"
            "  • Ann Lee\n    2 days ago\n    Backed on day one, so happy to see this funded.\n"
            "  • Bo Hart\n    1 day ago\n    Cannot wait to see the rough cut at the screening.\n")
    assert authors_of(page) == ["Ann Lee", "Bo Hart"]


# ---- a stream's chat replay with its offsets unbracketed ("0:42:03  name: text") ----

REPLAY = ("Weekly Quiz Night with the Harbour Crew\n\n" + BODY + "\n\nChapters\n"
          "  • 0:00 Intro\n  • 0:12:30 The quiz\n\nLive chat replay\nWelcome to the chat room!\n\n"
          "0:10:02  [MOD] ⚔ harbour_mod: no spoilers for the quiz please\n"
          "0:10:09  pier_pete: here we go\n"
          "0:10:15  ✨skate_fan_77✨: the music round!!\n"
          "0:10:20  Message deleted by a moderator.\n"
          "0:10:31  bo.hart gifted 5 subs to the community!\n"
          "0:10:40  £3.00  quiet_annie: answer is the lighthouse\n"
          "0:10:52  Replying to @pier_pete: here we go\n"
          "         [SUB 2mo] kelp_kid: it always is\n"
          "0:11:03  pier_pete: told you\n"
          "Chat replay is paused\n\n"
          "More from HarbourCrew\n"
          "  • Quiz Night 11\n    1:58:44 · 84K views\n")


def test_a_chat_replay_with_bare_offsets_is_read_message_by_message() -> None:
    comments = split_layout(REPLAY).comments
    assert [c.author for c in comments] == ["harbour_mod", "pier_pete", "skate_fan_77", "", "quiet_annie",
                                            "kelp_kid", "pier_pete"]
    assert comments[0].body == "no spoilers for the quiz please"
    assert comments[5].body == "it always is" and comments[5].reply_to == "pier_pete"


def test_a_chapter_list_of_bare_offsets_is_no_chat() -> None:
    page = ("Weekly Quiz Night with the Harbour Crew\n\n" + BODY + "\n\n"
            "0:00:00 Intro\n0:12:30 The quiz: round one\n0:41:50 The music round\n1:30:00 Sign-off\n")
    assert authors_of(page) == []


def test_a_transcript_with_bare_offsets_and_speakers_is_no_chat() -> None:
    page = ("Weekly Quiz Night with the Harbour Crew\n\n" + BODY + "\n\n"
            "0:00:12  Ann: Welcome back to the show.\n0:00:20  Bo: Thanks for having me.\n"
            "0:00:31  Ann: Let's talk about the quiz.\n0:00:40  Bo: Happy to.\n")
    assert split_layout(page).comments == ()


# ---- an audience-review page: a badge, a rating in two forms, "Full Review", "Is this helpful?" ----

REVIEW_PAGE = ("Harbour Lights\n\n" + BODY + "\n\nAudience Reviews for Harbour Lights\n\n"
               "Showing 1-3 of 212\n\n"
               "Ann Lee\nVerified\nRated 4/5 Stars • Rated 4 out of 5 stars\n11/22/26\nFull Review\n"
               "The lighthouse scenes alone are worth the ticket, and the ending got me.\n"
               "Is this helpful?\nYes\nNo\n\n"
               "QuietPierBo\nSuper Reviewer\nRated 2/5 Stars • Rated 2 out of 5 stars\n11/21/26\n"
               "Full Review\n"
               "Too long by half an hour. The score is lovely though.\n"
               "Is this helpful?\nYes\nNo\n\n"
               "kelp_and_crumb\nRated 3.5/5 Stars • Rated 3.5 out of 5 stars\n11/20/26\nFull Review\n"
               "fine for a rainy afternoon, nothing more.\n"
               "Is this helpful?\nYes\nNo\n\nLoad More\n")


def test_review_cards_with_badges_ratings_and_full_review_links_name_their_reviewers() -> None:
    comments = split_layout(REVIEW_PAGE).comments
    assert [c.author for c in comments] == ["Ann Lee", "QuietPierBo", "kelp_and_crumb"]
    assert comments[0].body.startswith("The lighthouse scenes alone")
    assert "helpful" not in comments[1].body


def test_rating_badge_link_and_prompt_lines_are_classified_as_such() -> None:
    assert classify("Super Reviewer")[0] is Kind.ACTION
    assert classify("Superbacker")[0] is Kind.ACTION
    assert classify("Full Review")[0] is Kind.ACTION
    assert classify("Is this helpful?")[0] is Kind.ACTION
    assert classify("Rated 4/5 Stars • Rated 4 out of 5 stars")[0] is Kind.ACTION


def test_names_and_sentences_like_them_keep_their_kinds() -> None:
    assert classify("Super Mario Fan")[0] is Kind.NAME  # a name, no rank
    assert classify("Is this helpful to anyone else?")[0] is not Kind.ACTION
    assert classify("Rated 4/5 Stars • loved the ending")[0] is not Kind.ACTION
    assert classify("Full marks to the cast")[0] is not Kind.ACTION


# ---- a photo post's comments: a pinned comment closed by an emoji, a comment of emoji alone ----

PHOTO_POST = ("Photoly\nHome\nSearch\n\nann.lee.skates Verified\nFour laps. 🥇\n\n" + BODY + "\n\n"
              "#skating #harbour\nEdited • 2d\n\n"
              "bo.hart.coach Verified\nPinned\nEleven years. I was there for every one of them. 🤍\n"
              "2d  4,812 likes  Reply\n\n"
              "pier_pete\nSo proud of you, the whole rink was cheering.\n2d  1,377 likes  Reply\n\n"
              "rink.radio\n🔥🔥🔥\n2d  318 likes  Reply\n\n"
              "quiet_annie\nWhat a season it has been for the club.\n1d  73 likes  Reply\n\n"
              "View all 2,911 comments\n\nLiked by pier_pete and 1,406 others\nNovember 21, 2026\n")


def test_a_pinned_comment_ending_in_an_emoji_and_an_emoji_only_comment_are_comments() -> None:
    comments = split_layout(PHOTO_POST).comments
    assert [c.author for c in comments] == ["bo.hart.coach", "pier_pete", "rink.radio", "quiet_annie"]
    assert comments[2].body == "🔥🔥🔥"


def test_a_review_title_over_its_stamp_is_still_no_body() -> None:
    page = ("Harbour Lights\n\n" + BODY + "\n\nReviews\n\n"
            "Ann Lee\nRated 2 out of 5 stars\nMar 4, 2026\nStale bread twice this week\n"
            "The rolls were hard by noon and nobody at the counter seemed to care about it.\n\n"
            "Bo Hart\nRated 5 out of 5 stars\nMar 5, 2026\nBest bakery on the coast\n"
            "The sourdough is the best I have had anywhere, and the staff are lovely.\n")
    comments = split_layout(page).comments
    assert [c.author for c in comments] == ["Ann Lee", "Bo Hart"]
    assert comments[0].body.startswith("The rolls were hard")


# ---- a work's title in a page's head: over its facts line, with its year run on, over its writer ----

FILM_HEAD = ("Reelsite\nMovies\nTV Shows\n\nTrending\n  • Winter Orchard\n  • Box Office\n\n"
             "Harbour Lights\n\nPG-13, Now Playing, 1h 52m, Drama\n\nHarbour Lights Reviews\n\n" + BODY)


def test_a_film_title_over_its_facts_line_is_the_title_and_the_facts_are_furniture() -> None:
    layout = split_layout(FILM_HEAD)
    assert layout.title == "Harbour Lights"
    assert not any("Now Playing" in p for p in layout.paragraphs)


def test_a_name_and_a_stamp_or_a_genre_list_are_no_facts_line() -> None:
    assert not _facts_line("Ann Lee · 1h 58m")
    assert not _facts_line("Priscilla Oyelaran · 3h")
    assert not _facts_line("Drama, Comedy, Romance")
    assert _facts_line("2026 · 1h 58m · Thriller")


DIARY_HEAD = ("Filmlog\nSign in\nFilms\n\nBackdrop from Harbour Lights\n\nReview by Ann Lee ★★★½\n\n"
              "Harbour Lights 2026\n\nWatched 21 Nov 2026\n\n" + BODY)


def test_a_diary_review_head_gives_the_film_without_its_year_and_drops_its_labels() -> None:
    layout = split_layout(DIARY_HEAD)
    assert layout.title == "Harbour Lights"
    assert layout.date_line == "2026-11-21"
    assert not any(p.startswith(("Backdrop from", "Review by")) for p in layout.paragraphs)


def test_a_headline_ending_in_a_year_keeps_it_without_a_reviewer_or_diary_line() -> None:
    page = "Harbour Festival Returns For Summer 2026\n\nMarch 2, 2026\nBy Ann Lee\n\n" + BODY
    assert split_layout(page).title == "Harbour Festival Returns For Summer 2026"


def test_artwork_and_reviewer_labels_are_furniture_but_sentences_like_them_are_not() -> None:
    assert _is_furniture("Backdrop from Harbour Lights") and _is_furniture("Poster for Winter Orchard")
    assert _is_furniture("Review by Ann Lee ★★★½")
    assert not _is_furniture("Still from the start, the mayor says the plan is dead.")
    assert not _is_furniture("Review by the numbers: what the budget means")


SERIAL_HEAD = ("Storyhub\nBrowse\nWrite\n\nThe Harbour Letters\nby annlee_writes\n\n"
               "Ongoing • First published Mar 02, 2026\n18.4K Reads • 2.1K Votes • 7 Parts\n\n"
               "Chapter 7: High Water\nPosted Nov 19, 2026\n\n" + BODY)


def test_a_serial_chapter_takes_the_story_title_and_the_chapter_stamp() -> None:
    layout = split_layout(SERIAL_HEAD)
    assert layout.title == "The Harbour Letters"
    assert layout.date_line == "2026-11-19"


def test_a_dated_chapter_heading_with_no_work_title_above_stays_the_title() -> None:
    page = "Storyhub\nBrowse\nWrite\n\nChapter 7: High Water\nPosted Nov 19, 2026\n\n" + BODY
    assert split_layout(page).title == "Chapter 7: High Water"


# ---- a crowdfunding update: tabs with counts, the update's number over its headline, money lines ----

UPDATE_PAGE = ("Fundly\nDiscover\nLog in\n\nFilm / Documentary\n\nBridge at Dusk\n"
               "A feature documentary about the last ferry crew on the estuary.\n\n"
               "Ann Lee\n3 created · 41 backed\n\n$21,090\npledged of $8,000 goal\n371\nbackers\n8\n"
               "days to go\nBack this project\nRemind me\n\n"
               "Campaign\nRewards\nFAQ 4\nUpdates 6\nComments 1,032\nCommunity\n\n"
               "Update #6\n\nThe week the ferry crew saw the rough cut\n\nAnn Lee\nCreator\nNov 22, 2026\n\n"
               + BODY + "\n\nComments\n\n"
               "  Bo Hart\n  Superbacker\n  2 days ago\n  Backed on day one and so proud of this team.\n"
               "  Reply\n\n"
               "  Cy Moss\n  1 day ago\n  Cannot wait to see it at the harbour screening.\n  Reply\n\n"
               "    Ann Lee\n    Creator\n    1 day ago\n    @Cy Moss see you there, first row is yours.\n"
               "    Reply\n\n"
               "Load more comments\n\nFundly, PBC © 2026\n")


def test_a_project_update_is_titled_by_its_headline_and_its_comments_start_under_the_heading() -> None:
    layout = split_layout(UPDATE_PAGE)
    assert layout.title == "The week the ferry crew saw the rough cut"
    assert layout.date_line == "2026-11-22"
    assert [c.author for c in layout.comments] == ["Bo Hart", "Cy Moss", "Ann Lee"]
    assert not any(line in p for p in layout.paragraphs for line in (
        "Update #6", "pledged of $8,000 goal", "days to go", "3 created · 41 backed", "Remind me"))


def test_a_comment_counter_in_a_row_of_tabs_heads_no_section() -> None:
    from components.parse.layout import _in_tabs
    lines = ["Campaign", "FAQ 4", "Comments 1,032", "Community"]
    assert _in_tabs(lines, 2)
    assert not _in_tabs(["Asked May 17", "218 replies", "Reply"], 1)
    assert not _in_tabs(["", "Comments (12)", "Sort by"], 1)


def test_an_update_label_in_prose_or_without_a_headline_names_no_title() -> None:
    page = ("Harbour Festival Returns For Summer\n\nMarch 2, 2026\nBy Ann Lee\n\n" + BODY
            + "\n\nUpdate 2\n\nok\n")
    assert split_layout(page).title == "Harbour Festival Returns For Summer"


def test_counts_rows_and_money_lines_are_furniture_but_sentences_with_counts_are_not() -> None:
    for line in ("112% funded", "pledged of $80,000 goal", "days to go"):
        assert _is_furniture(line), line
    page = ("Bridge at Dusk: a documentary\n\nAnn Lee\n3 created · 41 backed\n\n18.9K plays   412 likes   "
            "7 comments\n\n" + BODY)
    assert not any("created" in p or "plays" in p for p in split_layout(page).paragraphs)
    for line in ("2 people died and 14 were injured", "Three days to go before the vote."):
        assert not _is_furniture(line), line


# ---- footers' company lines: the outlet without its legal form ----

def test_footer_company_lines_name_the_outlet() -> None:
    daily = ("Harbour Courant\n\nFerry Crews Vote To Strike Over Summer Rotas\n\nBy Ann Lee\n\n" + BODY
             + "\n\nAbout us\nPrivacy\n© 2026 The Harbour Courant Sp. z o.o. All rights reserved.\n")
    assert split_layout(daily).outlet_marker == "The Harbour Courant"
    app = ("Photoly\nHome\n\nann.lee\nFour laps.\n\n" + BODY + "\n\nAbout\nHelp\n© 2026 Photoly from Meta\n")
    assert split_layout(app).outlet_marker == "Photoly"


# ---- a lower-case display name before a bar and a stamp; more furniture lines ----

DAILY_COMMENTS = ("Ferry Crews Vote To Strike Over Summer Rotas\n\n23.11.2026, 11:42\nAnn Lee\n\n" + BODY
                  + "\n\nComments (3)\n\nYou must be logged in to comment. Comments are moderated and appear "
                  "after approval.\n\n"
                  "  Jarek_z_Pragi | 23.11.2026, 12:03\n  Best answer I've read this year.\n"
                  "  Reply | +112 | -4\n\n"
                  "  expat in gdansk | 23.11.2026, 12:20\n  He does this every week to somebody.\n"
                  "  Reply | +37 | -2\n\n"
                  "    > Jarek_z_Pragi | 23.11.2026, 12:31\n    @expat in gdansk true, but she was right.\n"
                  "    Reply | +15 | -0\n")


def test_a_lower_case_display_name_before_a_bar_and_a_stamp_is_the_author() -> None:
    layout = split_layout(DAILY_COMMENTS)
    assert [c.author for c in layout.comments] == ["Jarek_z_Pragi", "expat in gdansk", "Jarek_z_Pragi"]
    assert not any(p.startswith("You must be logged in") for p in layout.paragraphs)


def test_lower_case_page_phrases_before_a_stamp_name_nobody() -> None:
    for line in ("posted in news | 23.11.2026", "show more | 2h", "the harbour post | 23.11.2026"):
        assert classify(line)[0] is not Kind.NAMED, line


def test_likes_lines_credits_and_labels_are_furniture() -> None:
    for line in ("Liked by ann.lee and 188,406 others", "Directed by Ann Lee", "About this episode",
                 "Cookie Notice", "Filter by", "Where to watch", "Movie Info"):
        assert _is_furniture(line), line
    for line in ("Liked by everyone who saw it, the film still lost money.", "Directed by a committee, "
                 "the plan fell apart.", "About this episode, the host has said nothing.",
                 "Where to watch the fireworks on Saturday night"):
        assert not _is_furniture(line), line
