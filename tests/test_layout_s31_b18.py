"""Session 31 (helper b18): general page-head, furniture and comment rules for foreign dailies with a
market bar, fan forums, radio pages with listeners' texts, link aggregators, shop pages, team chats
and debate pages, each on invented pages, with must-not-fire cases on ordinary pages."""

from layout_support import BODY

from components.parse.layout import _is_furniture, split_layout

# ---- a paper's head: masthead, strapline, date bar and a market and weather bar ----

MARKET_HEAD = ("Skip to content\nThe Harlow Courier\nThe valley's paper since 1881\nMonday, March 3 2026\n"
               "HARLOW 9°C | USD/EUR 0.92 | GBP/EUR 1.18 | FTSE 100 8,412\n"
               "Home   News   Sport   Business   Opinion\n\nNEWS > COUNCIL\n\n"
               "Council votes to keep the riverside skate park open until next spring\n\n"
               "Campaigners had asked for a full year; the council says it will look again in March\n\n"
               "HARLOW\nCourier with agencies\n"
               "March 3 2026 09:48 | Last Updated: March 3 2026 13:20\n\n" + BODY)


def test_a_headline_over_a_dateline_place_and_wire_credit_is_the_title_not_the_strapline() -> None:
    layout = split_layout(MARKET_HEAD)
    assert layout.title == "Council votes to keep the riverside skate park open until next spring"
    assert layout.date_line == "2026-03-03"


def test_a_market_bar_does_not_hide_the_headline_under_the_masthead() -> None:
    page = ("The Harlow Courier\nThe valley's independent daily\nHome   News   Sport   Business   Opinion\n"
            "FTSE 8,402.36 (+0.41%)   USD/EUR 0.92   Harlow 11°C, rain\nNews > Council\n\n"
            "Council votes to keep the riverside skate park open until next spring\n\n"
            "Published: 3 Mar 2026 at 10:15\n\n" + BODY)
    assert split_layout(page).title == "Council votes to keep the riverside skate park open until next spring"


def test_market_and_weather_bars_are_furniture_but_prose_with_rates_is_not() -> None:
    assert _is_furniture("HARLOW 9°C | USD/EUR 0.92 | GBP/EUR 1.18 | FTSE 100 8,412")
    assert _is_furniture("FTSE 8,402.36 (+0.41%)   USD/EUR 0.92   Harlow 11°C, rain")
    assert not _is_furniture("The pound rose to 1.18 against the euro on Monday, up 0.4% on the week.")
    assert not _is_furniture("It was 9°C at noon | and 4°C by the time the vote was taken in the chamber.")
    assert not _is_furniture("Rates on the day   USD/EUR 0.92 was the lowest since the vote in 2019.")


# ---- a broadcaster's debate page: a long head block of controls, the question, its opening stamp ----

DEBATE_HEAD = ("WBN\nAccessibility links   Skip to content   Accessibility Help\nWBN iD   Sign in\n"
               "Home   News   Sport   Weather   Listen   Watch\nWBN NEWS\n"
               "Page last updated at 14:22 GMT, Friday, 6 March 2026\n"
               "E-mail this to a friend   Printable version\n\n"
               "Should the riverside skate park stay open all year?\n\n"
               "This debate was opened at 07:30 GMT on Thursday, 5 March 2026\n\n" + BODY)


def test_a_debate_question_under_a_long_block_of_controls_is_the_title_and_its_opening_the_date() -> None:
    layout = split_layout(DEBATE_HEAD)
    assert layout.title == "Should the riverside skate park stay open all year?"
    assert layout.date_line == "2026-03-05"
    assert "This debate was opened" not in "\n".join(layout.paragraphs)
    assert "Page last updated" not in "\n".join(layout.paragraphs)


def test_an_update_stamp_of_the_page_is_furniture_and_no_publication_date() -> None:
    assert _is_furniture("Page last updated at 14:22 GMT, Friday, 6 March 2026")
    page = DEBATE_HEAD.replace("This debate was opened at 07:30 GMT on Thursday, 5 March 2026\n\n", "")
    assert split_layout(page).date_line != "2026-03-05"


def test_sentences_about_a_debate_opening_are_no_stamps() -> None:
    assert not _is_furniture("This debate was opened by the mayor, who spoke for ten minutes on the park.")
    page = BODY + "\n\nThe debate was opened at the town hall, and most of those there were under twenty."
    assert split_layout("Skate park vote goes to the wire\n\n" + page).date_line == ""


# ---- a radio page's listeners' texts: a time over the text, a dashed sign-off under it ----

RADIO = ("Drive: should the bypass close at night for its repairs?\n\n" + BODY
         + "\n\nYour texts & WhatsApps\n\n"
         "16:42\nShe is paid to be rude, he is paid to score. Only one did it.\n- Hakan, Beşiktaş\n\n"
         "16:44\nPlease leave the mother alone, all of you including the radio.\n- Ayşe in Üsküdar\n\n"
         "16:53\nOkan you are too kind to the panel.\n\nAlso the quiz answer was T5.\n- Margaret, Moda\n\n"
         "17:06\n@Margaret it was the T1 actually. Sorry!\n- Jess (studio)\n\n"
         "17:20\nI went to school with his dad. Keep it kind.\n- Anonymous\n\n"
         "Music played\nAylin Sky - Ferry Lights\n\n© 2026 Radio Harbour\n")


def test_dashed_sign_offs_under_listeners_texts_name_them_without_town_or_studio() -> None:
    comments = split_layout(RADIO).comments
    assert [c.author for c in comments] == ["Hakan", "Ayşe in Üsküdar", "Margaret", "Jess", "Anonymous"]
    assert comments[2].body == "Okan you are too kind to the panel.\n\nAlso the quiz answer was T5."
    assert comments[3].reply_to == "Margaret"


def test_dashed_lines_of_a_list_are_no_sign_offs() -> None:
    page = ("Skate park vote goes to the wire\n\n" + BODY + "\n\nWhat the council agreed:\n- Lighting\n"
            "- Benches\n- Bins\n\nComments\n\nAnn Lee\n2 hours ago\nGood news for the town.\nReply\n")
    assert [c.author for c in split_layout(page).comments] == ["Ann Lee"]


# ---- a radio episode page: a long show name in the trail, the station's frequency in its masthead ----

EPISODE = ("RADIO HARBOUR 98.6\nThe valley's own voice\nSchedule   Presenters   Podcasts   News   App\n\n"
           "Shows > Drive with Jess & Okan > Episodes\n\n"
           "Drive with Jess & Okan: the bypass vote, your texts on the skate park, and the ferry strike\n"
           "First broadcast: Monday 2 March 2026, 16:00-19:00\nAvailable for 29 days\n\n" + BODY
           + "\n\nRadio Harbour is on air across the valley every day.\n")


def test_a_trail_naming_a_long_show_is_no_title_and_the_frequency_is_no_part_of_the_station() -> None:
    layout = split_layout(EPISODE)
    assert layout.title.startswith("Drive with Jess & Okan: the bypass vote")
    assert layout.outlet_marker == "Radio Harbour"
    assert _is_furniture("Shows > Drive with Jess & Okan > Episodes")


def test_a_headline_with_one_arrow_or_long_parts_is_no_trail() -> None:
    assert not _is_furniture("Council > county: how the skate park vote split the chamber in two")
    assert not _is_furniture("Prices > wages > rents as the valley's costs climb for the third year running")


# ---- a debate page's comments: body, "Added:" stamp, then "Name, Town" under it ----

def _debate(comments: list[tuple[str, str]]) -> str:
    parts = [f"{body}\nAdded: Thursday, 5 March 2026 at 09:{10 + n:02d} GMT\n{sign}\n"
             f"Recommended by {n * 7} people\nRecommend?   Alert a moderator"
             for n, (body, sign) in enumerate(comments)]
    return (DEBATE_HEAD + "\n\nComments 1 - 4 of 88\nSort by: Latest | Oldest | Readers' Recommendations\n\n"
            + "\n\n".join(parts) + "\n\nNext >   Last >>\n\nWBN © 2026   The WBN is not responsible for "
            "the content of external sites.\n")


DEBATE = [("Of course it should. The kids have nowhere else to go after school.", "Lauren, Leeds"),
          ("I'll wait for the council's figures before I say anything.", "Mike, Swindon"),
          ("This comment was removed because it broke the house rules. Explain.", "Big Col, Hull"),
          ("Editors' Pick\nI run a youth club and this is the best news in years.\n\nGood luck to them.",
           "Priya Shah, Leicester"),
          ("I live by the river and the noise stops at nine anyway.", "Gavin, Bangkok, Thailand")]


def test_stamped_and_signed_comments_under_their_bodies_name_their_writers_without_the_town() -> None:
    layout = split_layout(_debate(DEBATE))
    assert [c.author for c in layout.comments] == ["Lauren", "Mike", "Big Col", "Priya Shah", "Gavin"]
    assert layout.comments[3].body == ("I run a youth club and this is the best news in years.\n\n"
                                       "Good luck to them.")
    text = "\n".join(layout.paragraphs)
    assert "Editors' Pick" not in text and "Comments 1 - 4" not in text and "Recommended by" not in text
    assert layout.outlet_marker == "WBN"


def test_debate_buttons_are_an_action_row_but_sentences_with_them_are_not() -> None:
    from components.parse.layout import _is_action_line
    assert _is_action_line("Recommend?   Alert a moderator")
    assert not _is_action_line("Do you recommend? I do.")
    assert not _is_action_line("Alert a moderator about the vote now")


def test_two_signed_stamps_are_too_few_for_a_debate_page() -> None:
    from components.parse.layout import _stamp_signed
    page = _debate(DEBATE[:2])
    assert _stamp_signed(page.split("\n")) == ([], set())


# ---- a fan forum of the Invision kind: profile blocks over "Posted <date>" ----

def _post(name: str, rank: str, rep: str, count: str, day: str, body: str, tail: str = "") -> str:
    return (f"{name}\n{rank}\n {rep}\n {count} posts\nPosted March {day}\n{body}\n{tail}"
            "Link to comment\nShare on other sites")


FORUM = ("Harbourfans.net\nThe valley's supporters since 2009\nExisting user? Sign In   Sign Up\n"
         "Browse   Activity   Leaderboard   Shop   Search...\nHome > Forums > The Terrace\n\n"
         "Skate park vote: what the club said\nBy ann_lee, March 2 in The Terrace\nFollowers 3\n"
         "Reply to this topic   Start new topic\n\nRecommended Posts\n\n"
         + "\n\n".join([
             _post("ann_lee", "Squad Player", "412", "2,318", "2", BODY + "\nUp the Reds",
                   "Edited March 2 by ann_lee\ntypo\n"),
             "Popular Post\n" + _post("bo_hart", "First Team", "1.9k", "6,044", "2",
                                      "Good news for the town, it was about time.", "Like 14   Thanks 3\n"),
             "Hidden\nThis post has been hidden by a moderator.\nLink to comment\nShare on other sites",
             _post("cy_moss", "Newbie", "0", "1", "3", "I was at the meeting and the room was packed."),
             _post("ann_lee", "Squad Player", "412", "2,318", "3", "Thanks all, see you.\nUp the Reds"),
         ]) + "\n\nGo to topic listing\nPowered by Invision Community\n")


def test_profile_blocks_over_posted_lines_read_the_replies_and_open_the_thread_with_the_first() -> None:
    layout = split_layout(FORUM)
    assert layout.title == "Skate park vote: what the club said"
    assert [c.author for c in layout.comments] == ["bo_hart", "", "cy_moss", "ann_lee"]
    assert layout.comments[3].body == "Thanks all, see you."  # the poster's signature left out
    assert "Popular Post" not in "\n".join(layout.paragraphs)


def test_a_blog_post_line_with_no_profile_block_is_no_forum_post() -> None:
    page = ("Skate park vote goes to the wire\nPosted March 2\n\n" + BODY + "\n\nMore news\nPosted March 3\n"
            "Ferry timetable changes for the spring\nPosted March 4\nBins collected on Saturday\n")
    assert split_layout(page).comments == ()


def test_account_prompts_and_a_search_box_in_a_menu_stay_in_the_head() -> None:
    from components.parse.layout import _head_control, _menu_row
    assert _head_control("Existing user? Sign In   Sign Up")
    assert _head_control("Already have an account? Log in")
    assert not _head_control("Existing users? The club says they keep their seats.")
    assert _menu_row("Browse   Activity   Leaderboard   Shop   Search...")
    assert not _menu_row("Browse   Activity   Leaderboard   Shop   It was fine.")


# ---- a team chat copied as text: system lines, a name over a stamp, a priority label, a subject ----

TEAM_CHAT = ("Chat   Teams   Calendar   Calls   Files\nHarbour Council\nSkate Park Project\n"
             "General   Planning\n\n"
             "Last Thursday\n\nAnn Lee added Bo Hart (Guest) to the team.\n\nThursday, March 5\n\n"
             "Cy Moss (External)\n3/5/2026 8:02 AM\nImportant!\nSkate park: where we are\n" + BODY
             + "\n\nAnn Lee changed the channel picture.\n\nMeeting in \"Planning\" started\n\n"
             "Meeting ended: 24m 31s\n")


def test_a_chat_announcement_under_its_sender_and_stamp_is_titled_by_its_subject() -> None:
    layout = split_layout(TEAM_CHAT)
    assert layout.title == "Skate park: where we are"
    assert layout.date_line == "2026-03-05"
    text = "\n".join(layout.paragraphs)
    assert "added Bo Hart" not in text and "changed the channel picture" not in text
    assert "Meeting ended" not in text and "Important!" not in text


def test_sentences_like_chat_system_lines_stay_article_text() -> None:
    from components.parse.layout import _system_line
    assert _system_line("Ann Lee added Bo Hart (Guest) to the team.")
    assert _system_line("Meeting ended: 24m 31s")
    assert not _system_line("The coach added Smith to the team.")
    assert not _system_line("Meeting ended at noon with no deal on the park, the mayor said.")
