"""Page structures of more kinds of outlet, each rule on invented pages: blog platforms' comment forms
and notes, story sites' scored comments, classic forum postbits, comment plugins, petitions, portals
read through machine translation and broadcasters' fact boxes."""

import pytest
from layout_support import BODY, comment_rows

from components.parse.layout import split_layout

PAGE = f"The town listened to its young people at last\n\n{BODY}\n\n"


# ---- 1. "Name said..." comments with the stamp after the body ----

SAID = ("3 comments:\n\nMira Castell said...\nThe ramps at the old rink were better than this plan.\n\n"
        "April 2, 2021 at 8:05 PM\n\nowl_and_board said...\nAgreed, and the lighting was free.\n\n"
        "April 2, 2021 at 8:40 PM\n\nMira Castell said...\n@owl_and_board the lights were never free, "
        "the club paid for them.\n\nApril 3, 2021 at 7:12 AM\n\nPost a Comment\n")


def test_said_comments_end_at_their_stamp_and_an_at_name_answers_that_commenter() -> None:
    layout = split_layout(PAGE + SAID)
    assert [(a, r) for a, r, _ in comment_rows(PAGE + SAID)] == [
        ("Mira Castell", ""), ("owl_and_board", ""), ("Mira Castell", "owl_and_board")]
    assert layout.comments[1].body == "Agreed, and the lighting was free."
    assert not any("April 2, 2021" in p or "said..." in p for p in layout.paragraphs)


def test_one_said_line_in_an_article_is_not_a_comment_section() -> None:
    page = PAGE + "My neighbour said...\nThat the ramps would be loud.\n\nApril 2, 2021 at 8:05 PM\n"
    assert split_layout(page).comments == ()


def test_a_date_header_above_the_post_title_gives_the_title_and_the_date() -> None:
    page = ("Rink Notes\nA blog about skating in small towns, written on the bus.\nHome\nAbout\nLinks\n\n"
            f"Friday, April 2, 2021\nThe skate park vote, and what it means for the old rink\n{BODY}\n\n"
            "Posted by Mira Castell at 9:47 PM\nEmail This\nBlogThis!\nShare to Twitter\n")
    layout = split_layout(page)
    assert layout.title == "The skate park vote, and what it means for the old rink"
    assert layout.date_line == "2021-04-02"
    assert layout.outlet_marker == "Rink Notes"
    heads = ("Posted by", "Email This", "Share to", "Rink Notes")
    assert not any(p.startswith(heads) for p in layout.paragraphs)


# ---- 2. a post's notes: only those that add text are comments ----

NOTES = ("Notes\ncoldbrew-kid liked this\nrinkrat reblogged this from ollie-daily and added:\n"
         "Nobody asked the skaters, as usual.\nollie-daily reblogged this from townrink and added:\n"
         "The ramps are coming back, I heard it from the clerk.\nmapleboards reblogged this from townrink\n"
         "townrink posted this\nShow more notes\n")


def test_notes_that_add_text_are_comments_answering_the_reblogger_not_the_blog() -> None:
    page = (f"townrink\nTown Rink\nThe old rink's friends.\n\nThe skate park vote\n{BODY}\n\n"
            f"212 notes\nReblog\n\n{NOTES}")
    got = [(a, r, b) for a, r, b in comment_rows(page)]
    assert got == [("rinkrat", "ollie-daily", "Nobody asked the skaters, as usual."),
                   ("ollie-daily", "", "The ramps are coming back, I heard it from the clerk.")]
    paragraphs = split_layout(page).paragraphs
    assert not any("liked this" in p or "notes" in p.lower() or p == "Reblog" for p in paragraphs)


def test_likes_and_bare_reblogs_alone_are_no_comments() -> None:
    page = PAGE + "a liked this\nb reblogged this from c\nc posted this\n"
    assert split_layout(page).comments == ()


# ---- 3. scored subjects and "by name writes:" headers ----

SCORED = ("Ramps are cheap (Score:5, Insightful)\n"
          "by grindbox ( 40213 ) writes: on Monday May 3, 2021 @09:40AM "
          "(#6120001)\nA ramp costs less than one council lunch. Build two.\nShare\ntwitter facebook\n"
          "Re:Ramps are cheap (Score:3)\n"
          "by Anonymous Coward writes: on Monday May 3, 2021 @09:52AM (#6120010)\n"
          "Lunch is not the budget line. Planning is.\nShare\n"
          "Re:Ramps are cheap (Score:2)\n"
          "by grindbox ( 40213 ) writes: on Monday May 3, 2021 @10:03AM (#6120022)\n"
          "> Planning is\nThen plan it in a week.\nShare\n"
          "Lights (Score:4, Funny)\n"
          "by nollie_ned ( 99120 ) writes: on Monday May 3, 2021 @10:10AM (#6120030)\n"
          "Floodlights for a park that closes at dusk.\nShare\n")


def test_re_subjects_answer_their_opener_or_the_reply_they_quote() -> None:
    assert [(a, r) for a, r, _ in comment_rows(PAGE + SCORED)] == [
        ("grindbox", ""), ("Anonymous Coward", "grindbox"), ("grindbox", "Anonymous Coward"),
        ("nollie_ned", "")]
    layout = split_layout(PAGE + SCORED)
    assert layout.comments[0].body == "A ramp costs less than one council lunch. Build two."
    assert not any("Score:" in p or "writes:" in p for p in layout.paragraphs)


def test_a_story_title_over_its_count_and_posted_by_line() -> None:
    page = ("Stories\nTopics\nLogin\nSubmit your story, we read them all\n\nCities Skateparks\n"
            "Town Council Votes To Rebuild Its Skate Park\n42\n"
            "Posted by editor on Monday May 3, 2021 @09:12AM "
            f"from the ramp-it-up dept.\n{BODY}\n")
    layout = split_layout(page)
    assert layout.title == "Town Council Votes To Rebuild Its Skate Park"
    assert layout.date_line == "2021-05-03"
    assert not any(p.startswith("Posted by") for p in layout.paragraphs)


# ---- 4. a classic forum's numbered posts ----

def _post(number: int, stamp: str, name: str, title: str, body: str, signature: str = "") -> str:
    sig = f"__________________\n{signature}\n" if signature else ""
    return (f"#{number} (permalink)\nOld {stamp}\n{name}\nSenior Member\n\nJoin Date: May 2015\n"
            f"Location: Harrowby\nPosts: 1,204\nDefault{' ' + title if title else ''}\n{body}\n{sig}"
            "Reply With Quote\n")


POSTBIT = ("Town Forums > Local > Parks\nSkate park vote tonight\n\n"
           + _post(1, "05-03-2021, 09:15 AM", "parkwatcher", "Skate park vote tonight",
                   f"{BODY}", "Keep the parks open.")
           + _post(2, "05-03-2021, 10:01 AM", "deckhand", "", "About time they fixed it.")
           + _post(3, "05-03-2021, 10:30 AM", "ramp_mum", "",
                   "Quote:\nOriginally Posted by deckhand\nAbout time they fixed it.\n"
                   "It was fine in 2019.\n\n"
                   "Last edited by ramp_mum; 05-03-2021 at 10:32 AM. Reason: typo", "Mum of two skaters.")
           + "« Previous Thread | Next Thread »\n\nPosting Rules\nYou may not post new threads\n"
             "BB code is On\n")


def test_numbered_posts_after_the_first_are_comments_and_the_first_is_the_thread() -> None:
    layout = split_layout(POSTBIT)
    assert [(c.author, c.reply_to) for c in layout.comments] == [("deckhand", ""), ("ramp_mum", "deckhand")]
    assert layout.comments[1].body.endswith("It was fine in 2019.")  # no signature, no edit note
    assert layout.title == "Skate park vote tonight"
    assert layout.header_date == "2021-05-03"
    assert any(p.startswith("When the council met") for p in layout.paragraphs)
    heads = ("Join Date", "#1", "Keep the parks", "Posting Rules", "You may not", "BB code")
    assert not any(p.startswith(heads) for p in layout.paragraphs)


# ---- 5. a comment plugin: its form, then its counter, then the comments ----

def test_a_plugins_counter_after_its_form_opens_the_comments() -> None:
    page = (PAGE + "Join The Conversation\nSubscribe\nLogin\nNotify of\nName*\nEmail*\n"
                   "Please login to comment\n"
            "9 Comments\nOldest\nNewest\nView all comments\n\nAda Lind\n2 years ago\n\nGood on them.\n\n"
            "4\nReply\n\n"
            "Bo Hart\nReply to  Ada Lind\n2 years ago\n\nNot so fast.\n\n"
            "Last edited 2 years ago by Bo Hart\n\n"
            "1\nReply\n")
    assert comment_rows(page) == [("Ada Lind", "", "Good on them."), ("Bo Hart", "Ada Lind", "Not so fast.")]


def test_a_short_comment_between_two_headings_is_kept() -> None:
    page = (PAGE + "Comments (3)\nAda Lind\n2h\nlol\nLike · Reply\nView all comments\n"
            "Bo Hart\n1h\nSame.\nLike · Reply\n")
    assert [c.author for c in split_layout(page).comments] == ["Ada Lind", "Bo Hart"]


# ---- 6. a petition: reasons for signing, the day it was started ----

def test_reasons_for_signing_are_comments_and_the_creation_day_is_the_date() -> None:
    page = ("Rebuild the skate park now\n2,310 have signed. Let's get to 5,000!\n\n"
            f"Mira Castell started this petition to Harrowby Council\n\n{BODY}\n\n"
            "Updates\nMira Castell\nPetition Starter\nMay 9, 2021\nThe council has answered\n\n"
            "Reasons for signing\n"
            "See why other supporters are signing, why this petition is important to them "
            "and how it changes things for you.\nJo Bell\nHarrowby, United Kingdom\n2 days ago\n"
            "My son learned to skate there.\nLike 12\nReport\nAl Reyes\nLeeds, United Kingdom\n3 days ago\n"
            "Parks are for everyone.\nLike 3\nReport\n\nPetition created on May 2, 2021\n")
    layout = split_layout(page)
    assert [(c.author, c.body) for c in layout.comments] == [
        ("Jo Bell", "My son learned to skate there."), ("Al Reyes", "Parks are for everyone.")]
    assert layout.date_line == "2021-05-02"
    assert not any(p.startswith(("2,310 have signed", "Mira Castell started", "Petition created"))
                   for p in layout.paragraphs)


# ---- 7. a portal read through machine translation ----

PORTAL = ("Town Portal\nTop page\nNews\nSports\nRankings\nLocal\n"
          "Harrowby council decides to rebuild skate park Mayor \"a promise kept\"\n"
          "2021/5/3 (Mon) 18:04 delivery\nHarrowby Shimbun\nComment 310\n\n"
          "It was found on the 3rd that the Harrowby council had decided to rebuild the skate park closed "
          "since 2019, the town said.\n\nThe work starts in June and the park opens again in the autumn. "
          "(Harrowby Shimbun)\n\n"
          "Comments on this article 310\n\nko*****\n| 5/3 (Mon) 18:30\nA good decision for the children.\n"
          "Reply 4\nAgree 120\nDisagree 8\nHide reply\nnishi\n| 5/3 (Mon) 19:02\nBut who pays for it?\n"
          "Agree 40\nDisagree 2\nSee more replies (9)\n\nID hidden\n| 5/3 (Mon) 19:20\n"
          "The old one was fine.\n"
          "Reply 0\nAgree 12\nDisagree 30\n")


def test_portal_stamps_counters_and_shown_replies() -> None:
    layout = split_layout(PORTAL)
    assert [(c.author, c.reply_to, c.body) for c in layout.comments] == [
        ("ko*****", "", "A good decision for the children."), ("nishi", "ko*****", "But who pays for it?"),
        ("ID hidden", "", "The old one was fine.")]
    assert layout.title == "Harrowby council decides to rebuild skate park Mayor \"a promise kept\""
    assert layout.date_line == "2021-05-03"
    assert layout.outlet_marker == "Harrowby Shimbun"


# ---- 8. a broadcaster's head, caption, agencies tag and fact box ----

def test_menu_block_fact_box_date_and_agency_tag() -> None:
    page = ("Skip to content\nSkip to more TVI sites\nTVI.COM\nTown Vision International\nTopics\nWorld\n"
            "Business\nSports\nEnglish\nDeutsch\n\nSports\n"
            "Harrowby rebuilds its skate park after a long fight\n"
            "A teaser of one sentence about the decision and the people who fought for it.\n\n"
            "The old ramps before the closure (picture-alliance/dpa/J. Muster)\n\n"
            f"{BODY}\n\nab/cd (dpa, AFP)\n\nDate 08.05.2021\nAuthor Jan Muster (with dpa)\n"
            "Keywords skate park, Harrowby\n")
    layout = split_layout(page)
    assert layout.title == "Harrowby rebuilds its skate park after a long fight"
    assert layout.date_line == "2021-05-08"  # a dotted date with a four-digit year: day first
    assert not any(p.startswith(("The old ramps", "ab/cd", "Date 08", "Author Jan", "Keywords", "Skip to"))
                   for p in layout.paragraphs)


def test_a_copyright_line_with_a_second_sign_names_the_outlet() -> None:
    page = (f"Town council votes on the skate park again\n\n{BODY}\n\n"
            "Copyright © 2021 Harrowby Herald. All Rights Reserved.\n")
    assert split_layout(page).outlet_marker == "Harrowby Herald"


def test_a_further_reading_sentence_with_a_quote_stays_in_the_article() -> None:
    line = ('Further reading: Skate Weekly, where Jo Bell, a planner, argues that parks "pay for themselves '
            'within five years."')
    assert line in split_layout(PAGE + line + "\n").paragraphs
    assert "Further reading: The ten best skate parks" not in split_layout(
        PAGE + "Further reading: The ten best skate parks\n").paragraphs


# ---- 9. furniture lines of these kinds of page ----

@pytest.mark.parametrize("line", [
    "The following comments are owned by whoever posted them. We take no responsibility.",
    "There may be more comments in this discussion. Turn on scripts to see them.",
    "Please be kind. Comments that violate our rules will be deleted.",
    "Comments Filter:",
    "Comments on this story 88",
    "1,204 have signed. Let's get to 2,500!",
    "At 2,500 signatures, this petition is more likely to be seen!",
    "Jo Bell started this petition to Harrowby Council",
    "312 supporters",
    "Report a policy violation",
    "User Name\tRemember Me?",
    "Register\tFAQ\tCalendar\tSearch",
    "You may not post attachments",
    "HTML code is Off",
    "All times are GMT +2. The time now is 09:12 AM.",
    "xy/zz (AFP, Reuters)",
    "Keywords skate park, council, Harrowby",
    "Your message",
    "I agree that my personal data may be stored in line with the privacy notice.",
    "Do Not Sell My Personal Information",
    "All rights reserved. No part of this page may be copied without permission.",
    "#skate parks #town council #harrowby",
    "— Mira",
    "The old ramps in 2015 (provided by Harrowby Council)",
    "Last edited by ramp_mum; 05-03-2021 at 10:32 AM. Reason: typo",
    "Posted by Mira Castell at 9:47 PM",
    "Newer Post Older Post Home",
    "► 2020 (14)",
    "Advertisement 4",
    "Originally Published: May 3, 2021",
    "© Provided by The Valley Lantern",
    "Skaters on the new ramps at dusk. © Provided by The Valley Lantern",
    "Must Read: Five skate parks worth the drive",
    "Spoiler warning: the final vote is discussed below.",
    "Rampside is a fan site and is not affiliated with the town council.",
    "For more local news and updates, follow the Lantern on Instagram.",
    "You can save this article by registering for free here. Or sign in.",
])
def test_furniture_of_these_kinds_is_not_article(line: str) -> None:
    assert not any(line in p for p in split_layout(PAGE + line + "\n").paragraphs)


@pytest.mark.parametrize("heading", ["Recent posts", "Similar Threads", "Town News access ranking",
                                     "Audios and videos on the topic", "About Me", "Decision Makers",
                                     "LEGGI ANCHE", "I PIÙ LETTI"])
def test_sidebar_and_list_headings_take_their_list(heading: str) -> None:
    page = PAGE + f"{heading}\nSkate park reopens with new lights\nCouncil budget passes after late vote\n"
    assert not any("Skate park reopens" in p for p in split_layout(page).paragraphs)


def test_a_dek_under_the_headline_is_not_the_title() -> None:
    page = ("Town Herald\nNews\nSport\n\nCouncil votes to rebuild the skate park by the river\n"
            "Skaters cheer the decision; neighbours fear noise\nBy Jo Bell\n"
            "Published : May 3, 2021 - 09:04\n\n"
            f"{BODY}\n")
    layout = split_layout(page)
    assert layout.title == "Council votes to rebuild the skate park by the river"
    assert layout.date_line == "2021-05-03"


# ---- comment sections whose furniture is in another language ----

GERMAN = ("Kommentare (3)\n\nSortieren nach: Neueste\n\nMaxMuster\nvor 2 Stunden\nEndlich spart mal jemand, "
          "die Rampen standen doch leer.\nAntworten Melden\n\nSkaterin_K\nvor 3 Stunden\nIch fahre jeden Tag "
          "dorthin. Wo sollen wir jetzt hin?\nAntworten Melden\n\n    Peter R.\n    vor 1 Stunde\n    "
          "@Skaterin_K Genau so geht es mir auch.\n    Antworten Melden\n\nWeitere Kommentare laden\n")
SPANISH = ("Comentarios (3)\n\nCarmen_G · hace 2 horas\nYo patino allí cada tarde. ¿Dónde vamos ahora?\n"
           "Responder · Denunciar · Me gusta (12)\n\nJuanjo · hace 3 horas\nPor fin alguien ahorra dinero.\n"
           "Responder · Denunciar · Me gusta (3)\n\n  Respuesta a Juanjo\n  Marta L. · hace 1 hora\n  "
           "No estaba vacío, yo voy cada noche.\n  Responder · Denunciar · Me gusta (8)\n\n"
           "Cargar más comentarios\n")


@pytest.mark.parametrize(("section", "expected"), [
    (GERMAN, [("MaxMuster", ""), ("Skaterin_K", ""), ("Peter R.", "Skaterin_K")]),
    (SPANISH, [("Carmen_G", ""), ("Juanjo", ""), ("Marta L.", "Juanjo")]),
])
def test_comment_sections_in_other_languages_are_read(section: str, expected: list[tuple[str, str]]) -> None:
    assert [(a, r) for a, r, _ in comment_rows(PAGE + section)] == expected


def test_a_name_closed_by_an_initial_over_its_stamp_is_the_author_below_a_widget_run() -> None:
    section = ("Comments\nComments do not represent the opinion of this paper; the author answers for them.\n"
               "Terms and conditions\nSign in\nNewest\nMost liked\nCarlos E. M.\n"
               "16 May 2024 at 13:14\nThis will happen to every book here unless somebody checks.\n"
               "Like (14)\nReply\n")
    assert [a for a, _, _ in comment_rows(PAGE + section)] == ["Carlos E. M."]


def test_a_stamp_with_a_month_word_of_another_language_and_a_notice_without_a_name_are_read() -> None:
    section = ("Commenti\n4 commenti\n\nrollerina_84\n2 maggio 2021 | 18:32\nCi vado ogni sera, the ramps "
               "are always full of kids.\nRispondi  Segnala  👍 9\n\nCommento rimosso dalla redazione per "
               "linguaggio offensivo.\n\nPaoloB\n3 maggio 2021 | 09:10\nFinally somebody spends money on the "
               "young people of this town.\nRispondi  Segnala  👍 2\n\n    risposta a PaoloB\n    lucia.m\n"
               "    3 maggio 2021 | 10:02\n    And the lights will be paid by the club, not by us.\n"
               "    Rispondi  Segnala  👍 1\n\nCarica altri commenti\n")
    assert [(a, r) for a, r, _ in comment_rows(PAGE + section)] == [
        ("rollerina_84", ""), ("", ""), ("PaoloB", ""), ("lucia.m", "PaoloB")]


def test_letter_avatars_are_not_authors_and_a_removed_comment_keeps_the_name_over_its_notice() -> None:
    section = ("Comments (3)\nSign in to add a comment\n\nJW\nJonah Wexley\n2d\nThe ramps were fine, the "
               "lights were the problem.\n👍 14\n👎 2\nReply\n\nAR\nAda Rusk\n1d\nComment removed for "
               "breaking the rules\n\nPK\nPetraK_Ringwood\n20h\nMy kids will finally have somewhere to go.\n"
               "👍 9\n👎 0\nReply\n\nSee more comments\n")
    assert [(a, b[:14]) for a, _, b in comment_rows(PAGE + section)] == [
        ("Jonah Wexley", "The ramps were"), ("Ada Rusk", "Comment remove"),
        ("PetraK_Ringwood", "My kids will f")]


def test_a_reaction_button_over_its_count_is_not_body_and_an_unavailable_comment_keeps_its_name() -> None:
    row = "Cheer\n{n}\nReply\nShare\nReport\n\n"
    section = ("All Comments\n4\nSort by\nNewest\n\nLena Morrow\n5 hours ago\nThe lights were the whole "
               "point of the plan.\n" + row.format(n=12) + "Owen Park\n4 hours ago\nThis comment is no "
               "longer available.\n\nRita Vale\n3 hours ago\nMy son skates there every day.\n"
               + row.format(n=3) + "    Sam Idowu\n    In reply to Rita Vale\n    2 hours ago\n    Mine too, "
               "and he is safer there than on the street.\n    " + row.format(n=1).replace("\n", "\n    ")
               + "Load More\n")
    assert comment_rows(PAGE + section) == [
        ("Lena Morrow", "", "The lights were the whole point of the plan."),
        ("Owen Park", "", "This comment is no longer available."),
        ("Rita Vale", "", "My son skates there every day."),
        ("Sam Idowu", "Rita Vale", "Mine too, and he is safer there than on the street.")]


def test_plugin_profile_lines_are_not_body_and_a_two_paragraph_comment_keeps_its_name() -> None:
    section = ("3 Comments\nSort by\nTop\nAdd a comment...\n\n"
               "Helga Strand\nWorks at Ringwood Leisure Centre\n"
               "We asked for the lights three years ago and nobody listened to us.\nLike · Reply · 7 · 2d\n\n"
               "Tomas Reyes\nBrookfield, New Hampshire\nThe noise will be worse than they say.\n"
               "Like · Reply · 2 · 1d\n\nIngrid Vo\nMy daughter learned to skate at the old rink.\n\n"
               "She will be glad to have somewhere to go again after school.\nLike · Reply · 4 · 20h\n\n"
               "Facebook Comments Plugin\n")
    assert comment_rows(PAGE + section) == [
        ("Helga Strand", "", "We asked for the lights three years ago and nobody listened to us."),
        ("Tomas Reyes", "", "The noise will be worse than they say."),
        ("Ingrid Vo", "", "My daughter learned to skate at the old rink.\n\n"
                          "She will be glad to have somewhere to go again after school.")]


def test_a_mastheads_tagline_is_not_the_title_and_a_posted_by_line_with_categories_gives_the_date() -> None:
    page = ("The Valley Lantern\nServing the valley since 1907\n\nHome\nNews\nSport\n\n"
            "Skate park plan wins over the council after a long night\n\n"
            "Posted by Jo Bell on May 3, 2021 in News, Local Politics\n\n" + BODY + "\n")
    layout = split_layout(page)
    assert layout.title == "Skate park plan wins over the council after a long night"
    assert layout.date_line == "2021-05-03"


def test_an_update_stamp_alone_in_the_head_gives_the_publication_day() -> None:
    page = ("Skate park plan wins over the council after a long night\n\nBy Town Desk | Leeds |\n"
            "Updated: May 4, 2021 09:12 BST\n\n" + BODY + "\n")
    assert split_layout(page).date_line == "2021-05-04"
    dated = page.replace("Updated: May 4", "Published: May 3, 2021 08:00 BST\nUpdated: May 4")
    assert split_layout(dated).date_line == "2021-05-03"


@pytest.mark.parametrize(("line", "day"), [
    ("Pubblicato il 05/03/2021 ore 19:40", "2021-03-05"),   # Italian: day first, "ore" before the time
    ("Publicado el 05/03/2021 a las 19:40", "2021-03-05"),  # Spanish
])
def test_a_published_line_in_another_language_gives_a_day_first_date(line: str, day: str) -> None:
    page = f"Skate park plan wins over the council after a long night\n\n{line}\n\n{BODY}\n"
    assert split_layout(page).date_line == day


def test_a_bylines_role_is_not_the_outlet_and_the_publishers_company_yields_to_the_masthead() -> None:
    page = ("Skate park plan wins over the council after a long night\n\nBy Jo Bell, Senior Sports Editor\n"
            "May 3, 2021\n\n" + BODY + "\n\n© 2021 Valley Lantern Media. All rights reserved.\n")
    assert split_layout(page).outlet_marker == "Valley Lantern Media"
    foreign = ("Vai al contenuto\nIL CORRIERE DEL LAGO\nAbbonati\n\n"
               "Skate park plan wins over the council after a long night\n\n" + BODY + "\n\n"
               "© RIPRODUZIONE RISERVATA\n\n"
               "© Copyright Editoriale Lacustre S.p.A. Tutti i diritti riservati\n")
    assert split_layout(foreign).outlet_marker.casefold() == "il corriere del lago"


# ---- session 22 (blind8): more comment-row and header signs ----

HEARTS = ("Comments (4)\nLog in to comment\n\nskater_gran\nMay 3\n"
          "The old rink had a better floor than this.\n♡ 12   Reply\n\n"
          "board_dad\nIn response to skater_gran\n"
          "May 3\nThe floor was fine, the roof leaked.\n"
          "♥ 4   Reply\n\n[This comment has been deleted by the user]\n\nOwen Pryce\nMay 4\n"
          "In response to board_dad\nIt still leaks\n❤️ 2   Reply\n\nLoad More Comments\n")


def test_a_heart_count_row_ends_a_comment_and_in_response_to_names_the_parent_around_the_stamp() -> None:
    assert comment_rows(PAGE + HEARTS) == [
        ("skater_gran", "", "The old rink had a better floor than this."),
        ("board_dad", "skater_gran", "The floor was fine, the roof leaked."),
        ("", "", "[This comment has been deleted by the user]"),
        ("Owen Pryce", "board_dad", "It still leaks")]


@pytest.mark.parametrize(("line", "day"), [
    ("Jo Bell · Valley Lantern News · Posted: May 3, 2021 5:00 AM ADT | Last Updated: May 4", "2021-05-03"),
    ("By ramp_rat  May 3, 2021, 8:05am NZDT", "2021-05-03"),
    ("Jo Bell – May 3, 2021 2:45 pm | 64", "2021-05-03"),
])
def test_a_byline_carrying_the_stamp_dates_the_page_and_is_furniture(line: str, day: str) -> None:
    page = f"Skate park plan wins over the council after a long night\n\n{line}\n\n{BODY}\n"
    layout = split_layout(page)
    assert layout.date_line == day
    assert not any(line in p for p in layout.paragraphs)


QUOTED_BOX = ("12 Comments\n\nRuth Okafor\nMay 3, 2021 6:12 AM\nThe skate park will be the best thing in "
              "town.\nLike 4\nReply\n\n    Dev Malhotra\n    May 3, 2021 6:40 AM\n    Reply to Ruth Okafor\n"
              "    \"The skate park will be the best thing…\"\n    Not for the people living next to it.\n"
              "    Like 2\n    Reply\n")


def test_a_reply_boxs_quoted_clipped_snippet_of_the_parent_is_not_the_reply() -> None:
    assert comment_rows(PAGE + QUOTED_BOX) == [
        ("Ruth Okafor", "", "The skate park will be the best thing in town."),
        ("Dev Malhotra", "Ruth Okafor", "Not for the people living next to it.")]


FORUM_BACKED = ("18 Comments\nForum view\n\nramp_rat\nSkate Regular\nMay 3, 2021 3:02 PM\n#1\n"
                "The lighting plan is the part nobody has costed yet.\nUpvote\n+12 (13 / -1)\n\n"
                "ollie_gran\nMay 3, 2021 3:10 PM\n#2\nramp_rat said:\nThe lighting plan is the part nobody "
                "has costed yet.\nClick to expand...\nThe club offered to pay for it last spring.\nUpvote\n"
                "+4 (4 / 0)\n")


def test_an_upvote_button_and_a_vote_tally_end_a_forum_backed_comment() -> None:
    comments = split_layout(PAGE + FORUM_BACKED).comments
    assert [(c.author, c.reply_to) for c in comments] == [("ramp_rat", ""), ("ollie_gran", "ramp_rat")]
    assert comments[0].body == "The lighting plan is the part nobody has costed yet."
    assert comments[1].body == "The club offered to pay for it last spring."  # the quote is ramp_rat's words


SIGNED = ("Comments\n12 comments / 12 new\nAdd a comment\n\nThe ramps are too steep\n"
          "Nobody under ten will get up the big one without help.\n"
          "by ramp_rat on May 3, 2021 | 8:21 AM  reply  rec (4)  flag\n\n"
          "    Re: The ramps are too steep\n"
          "    @ramp_rat that is what the small bowl is for, read the plan.\n"
          "    by ollie_gran on May 3, 2021 | 8:40 AM  reply  rec (2)  flag\n\n"
          "This comment was deleted.\n\nLights\nThe lights should go off at nine.\n\n"
          "Ten at the latest, for the neighbours.\n"
          "by night_owl on May 3, 2021 | 9:03 AM  reply  rec  flag\n\n"
          "Sign in or register to comment\n")


def test_a_sign_line_under_the_body_names_the_commenter_and_the_subject_line_is_not_body() -> None:
    layout = split_layout(PAGE + SIGNED)
    assert comment_rows(PAGE + SIGNED) == [
        ("ramp_rat", "", "Nobody under ten will get up the big one without help."),
        ("ollie_gran", "ramp_rat", "@ramp_rat that is what the small bowl is for, read the plan."),
        ("", "", "This comment was deleted."),
        ("night_owl", "", "The lights should go off at nine.\n\nTen at the latest, for the neighbours.")]
    assert not any("by ramp_rat" in p or "The ramps are too steep" in p for p in layout.paragraphs)


def test_one_sign_line_after_an_article_is_not_a_comment_section() -> None:
    page = PAGE + "A note from the editor\nThe vote will be held again in June.\nby Jo Bell on May 3, 2021\n"
    assert split_layout(page).comments == ()


def test_a_byline_with_the_outlet_after_a_bar_marks_the_headline_above_its_dek() -> None:
    page = ("VLN\nValley Lantern Network\nWatch TV\nNews\nSport\nLOCAL\nPublished May 3, 2021 4:18pm EDT\n"
            "'Big Bowl' skate park wins the council vote; neighbours vow to fight on\n"
            "The plan passed by one vote after a four-hour meeting\nBy Jo Bell | Valley Lantern Network\n"
            "close\nVideo\nCLICK HERE FOR MORE LOCAL NEWS\n" + BODY + "\n")
    assert split_layout(page).title == ("'Big Bowl' skate park wins the council vote; neighbours vow to "
                                        "fight on")


def test_a_headline_over_a_two_sentence_dek_and_a_stamped_byline_beats_the_sites_tagline() -> None:
    page = ("Ramp Talk\nA skateboarding community\nFanposts\nSections\nGear\nSign in or Register\n"
            "Filed under:\nLocal Parks\nBig Bowl vote: the plan, the noise and the question nobody asked\n"
            "Yes, the plan passed. That is not the end of it.\nBy ramp_rat  May 3, 2021, 8:05am NZST\n"
            "Share this story\n" + BODY + "\n")
    layout = split_layout(page)
    assert layout.title == "Big Bowl vote: the plan, the noise and the question nobody asked"
    assert layout.date_line == "2021-05-03"


def test_the_heads_name_the_speakers_talk_to_is_the_outlet_over_the_owners_copyright() -> None:
    page = ("Skip to content\nRAMP/WIRE\nSubscribe\nNews\n\n"
            "Skate park plan wins over the council after a long night\n\n" + BODY + "\n\n"
            "\"It is the best news this year,\" the club's coach told Ramp/Wire on Wednesday.\n\n"
            "© 2021 Kerbside Digital Media LLC. All rights reserved.\n")
    assert split_layout(page).outlet_marker == "Ramp/Wire"


def test_a_copyright_line_of_a_holding_company_yields_to_the_heads_masthead() -> None:
    page = ("The Valley Lantern\nNews\nSport\nLog in\n\n"
            "Skate park plan wins over the council after a long night\n\n" + BODY + "\n\n"
            "Copyright © 2021 Lantern Press Holdings Ltd. Co. Regn. No. 1984K. All rights reserved.\n")
    assert split_layout(page).outlet_marker == "The Valley Lantern"


@pytest.mark.parametrize("line", [
    "6 mins to read", "Social Sharing", "Share All sharing options for: Skate park plan wins",
    "Continue reading with a subscription", "Already a subscriber? Log in", "Unlock all Lantern articles",
    "Join The Valley Lantern's WhatsApp channel", "Only the top-rated comments are shown.",
    "Commenting is now closed for this story.", "Commenting has been disabled for this item.",
    "The Lantern shows each commenter's full name so the debate stays civil.", "Most liked",
    "More Lantern sport: https://lantern.example/sport", "Be the first to know",
    "NEW You can now listen to Lantern articles!", "NEED TO KNOW",
    "Powered by Kerbside Publishing System from kerbside.example.", "Local reporter·The Valley Lantern·",
    "The Lantern is part of the Kerbside Media publishing family.",
    "Jo covers councils and planning. She lives in Leeds.", "Sports Correspondent",
    "The new ramps on opening day. Photo / Ruth Okafor",
    "The new ramps on opening day. PHOTO: VALLEY LANTERN FILE",
    "Skaters on opening day. Photo by Dev Malhotra / Ramp Talk",
    "Ruth Okafor, 12, has skated at the old rink since she was six. (Submitted by Ruth Okafor)",
])
def test_news_and_fan_site_widgets_captions_and_notices_are_furniture(line: str) -> None:
    page = f"Skate park plan wins over the council after a long night\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert not any(line in p for p in split_layout(page).paragraphs)


def test_a_name_over_the_writers_role_and_a_further_reading_list_are_not_article_text() -> None:
    page = ("Skate park plan wins over the council after a long night\n\nJo Bell\nSports Correspondent\n\n"
            + BODY + "\n\nFurther Reading\nHow a skate park is built, from the bowl up\n\n" + BODY + "\n")
    paragraphs = split_layout(page).paragraphs
    assert not any("Jo Bell" in p or "Further Reading" in p or "from the bowl up" in p for p in paragraphs)


def test_a_sentence_that_only_reads_like_a_bio_stays() -> None:
    line = "Harlow Council covers the cost of the new lights."
    page = f"Skate park plan wins over the council after a long night\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert any(line in p for p in split_layout(page).paragraphs)


def test_a_clip_title_under_the_players_video_label_is_not_article_text() -> None:
    page = ("Skate park plan wins over the council after a long night\nBy Jo Bell | Valley Lantern Network\n"
            "close\nVideo\nCoach Ruth Okafor: 'It is the best news this year'\n" + BODY + "\n")
    layout = split_layout(page)
    assert layout.title == "Skate park plan wins over the council after a long night"
    assert not any("best news this year" in p for p in layout.paragraphs)


@pytest.mark.parametrize("sign", ["Posted by {} | May 3, 2021 8:21 AM", "by {}, 3 May 2021 08:21",
                                  "by {} on May 3, 2021 at 8:21 pm  reply  flag"])
def test_sign_lines_of_other_templates_name_the_commenter(sign: str) -> None:
    section = ("Comments\n\nThe ramps are too steep\nNobody under ten will get up the big one.\n"
               + sign.format("ramp_rat") + "\n\nLights\nThe lights should go off at nine.\n"
               + sign.format("night_owl") + "\n")
    assert [(a, b) for a, _, b in comment_rows(PAGE + section)] == [
        ("ramp_rat", "Nobody under ten will get up the big one."),
        ("night_owl", "The lights should go off at nine.")]


# ---- Review fixes (session 22): rules that had fired on article and comment text ----

from components.parse import layout as _layout  # noqa: E402


@pytest.mark.parametrize(("line", "furniture"), [
    ("Hart said the group is not affiliated with any political party and never has been.", False),
    ("Episodic is an independent fan site and is not affiliated with Lumacast.", True),
    ("For more than a decade, residents have had to follow a detour around the quarry road.", False),
    ("For more entertainment news and updates, follow Kestrelwatch on Instagram and YouTube.", True),
    ("The paper will require commenters' real names from next month, the editor said.", False),
    ("The Gazette shows each commenter's first and last name to keep the debate civil.", True),
    ("Commenting has been disabled on this story, the editor said on Monday.", False),
    ("Commenting has been disabled on this story.", True),
    ("Only three comments are shown to each user, the moderator said.", False),
])
def test_site_notices_are_anchored_to_their_own_wording_and_a_reported_line_is_article_text(
        line: str, furniture: bool) -> None:
    assert _layout._is_furniture(line) is furniture


REPLY_HEAD = ("Council Approves New Harbour Plan After Long Debate\n\nBy Ann Lee\n\n"
              "The council approved the harbour plan on Tuesday night after a debate that ran past midnight, "
              "with most of the gallery staying to the end.\n\n3 Comments\n\n")


def test_in_response_to_a_clause_opens_a_body_and_in_reply_to_a_name_marks_a_reply() -> None:
    clause = (REPLY_HEAD + "Tom Vale\n2 hours ago\nIn response to the mayor's letter, nothing has changed.\n"
              "The bins are still full every single week on our street.\nReply\n\n"
              "Mary Cole\n3 hours ago\nThe harbour needs this plan, whatever the naysayers think about it.\n"
              "Reply\n\n"
              "Sam Reyes\n5 hours ago\nWell done to everyone who turned up and spoke at the meeting.\n"
              "Reply\n")
    found = split_layout(clause).comments
    assert [(c.author, c.reply_to) for c in found] == [("Tom Vale", ""), ("Mary Cole", ""), ("Sam Reyes", "")]
    assert found[0].body.startswith("In response to the mayor's letter")
    assert _layout._REPLY_LINE.match("In reply to Mary Cole") is not None
    assert _layout._REPLY_WORDS_LINE.match("Replying to Mary Cole: the plan is fine") is not None
    assert _layout._REPLY_WORDS_LINE.match("In response to the mayor's letter, nothing has changed.") is None


def test_a_topic_tag_told_in_the_story_is_no_masthead_but_a_site_name_is() -> None:
    police = ("Police\n\nMan Charged After Harbour Break-In\n\nThe man was charged on Friday after a "
              "break-in at the harbour office last weekend, officers said.\n\nA witness told Police Scotland "
              "she had seen two men leaving the building shortly after midnight.")
    assert split_layout(police).outlet_marker == ""
    assert _layout._told_masthead(["Parliament", "Minister Quits Over Housing Row"],
                                  "She told Parliament that she could not support it.") == []
    assert _layout._told_masthead(["GLINT", "A Singer Speaks"], "Crake tells GLINT that the tour is off.")


def test_a_title_case_headline_ending_since_a_year_is_no_tagline() -> None:
    page = ("THE HARBOUR LEDGER\nRiver Levels Highest Since 1947\n\nFloodwater reached the high street on "
            "Sunday as the river rose faster than forecasters had expected it to.\n\nMore rain is forecast "
            "for the rest of the week across the whole of the county.")
    assert split_layout(page).title == "River Levels Highest Since 1947"
    assert _layout._is_tagline("Serving the valley since 1881")
    assert _layout._is_tagline("Est. 1881")
    assert not _layout._is_tagline("River Levels Highest Since 1947")


@pytest.mark.parametrize("tagline", ["Serving The Harbour Towns Since 1881",
                                     "SERVING THE HARBOUR TOWNS SINCE 1881",
                                     "Your Voice In The Valley Since 1990", "Proudly Independent Since 1881"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_case_tagline_over_a_headline_is_no_title(tagline: str, gap: str) -> None:
    page = (f"THE HARBOUR LEDGER\n{tagline}{gap}Floodwater Reaches High Street As River Rises\n\nFloodwater "
            "reached the high street on Sunday as the river rose faster than forecasters had "
            "expected it to.\n\n"
            "More rain is forecast for the rest of the week across the whole of the county.")
    found = split_layout(page)
    assert found.title == "Floodwater Reaches High Street As River Rises"
    assert not any("HARBOUR LEDGER" in para for para in found.paragraphs)


def test_a_listing_line_with_a_date_does_not_date_the_page_but_a_byline_does() -> None:
    listing = ("What's On This Spring In The Valley Towns\n\nOur pick of the events coming up across the "
               "district over the next few weeks, from fairs to concerts.\n\nSpring Fair  12 March 2026\n\n"
               "Farmers Market  19 March 2026\n\nThe fair returns to the old showground for the first time "
               "since the floods, with more stalls than ever before.")
    assert split_layout(listing).date_line == ""
    assert _layout._stamp_is_byline("By Ann Lee | 3 May 2024", "", "A Headline")
    assert _layout._stamp_is_byline("Ann Lee  3 May 2024", "A Headline", "A Headline")
    assert not _layout._stamp_is_byline("Bank Holiday | May 6, 2024", "Some dek line.", "A Headline",
                                        ["Harbour Gala | May 27, 2024"])


@pytest.mark.parametrize("head", [
    "Council Approves New Harbour Plan After Long Debate\nAnn Lee | 3 May 2024",
    "NEWS\nCouncil Approves New Harbour Plan After Long Debate\nAnn Lee · 3 May 2024",
    "Council Approves New Harbour Plan After Long Debate\nThe vote ends a year of wrangling over the old "
    "quay.\nAnn Lee | 3 May 2024",
])
def test_a_lone_name_and_date_line_under_the_headline_dates_the_page(head: str) -> None:
    page = (head + "\n\nThe harbour board voted on Tuesday to approve the plan after a debate that ran "
            "late into the night.\n\nWork is due to start in the spring.")
    assert split_layout(page).date_line == "2024-05-03"


@pytest.mark.parametrize(("line", "profile"), [
    ("Agreed, Dave", False), ("Well Said, Ann", False), ("From Day One", False), ("Lives in Hope", False),
    ("Leeds, West Yorkshire", True), ("Austin, TX", True), ("Works at Harbour Trust", True),
    ("Thanks, Mary Cole", False), ("Agreed, Mary Cole", False), ("Sorry, NHS", False),
])
def test_a_profile_line_has_a_place_like_shape(line: str, profile: bool) -> None:
    assert _layout._social_profile(line) is profile


def test_a_body_line_agreed_name_under_a_commenter_stays_the_body() -> None:
    page = (REPLY_HEAD.replace("3 Comments\n\n", "3 Comments\n\nSort by Oldest\n\n")
            + "Tom Vale\nAgreed, Dave\nThe council never listens to anyone who lives near the harbour.\n"
            "Like · Reply · 2d\n\nMary Cole\nThe harbour needs this plan, whatever the naysayers think.\n"
            "Like · Reply · 3d\n\nSam Reyes\nWell done to everyone who turned up and spoke at the meeting.\n"
            "Like · Reply · 3d\n")
    found = split_layout(page).comments
    assert found[0].author == "Tom Vale" and found[0].body.startswith("Agreed, Dave")


def test_avatar_initials_sit_over_a_name_not_over_a_body() -> None:
    assert _layout._avatar_initials("OK", "Oliver King")
    assert _layout._avatar_initials("TR", "TomR_Limerick")
    assert not _layout._avatar_initials("JB", "Just brilliant, thanks for writing this")
    assert not _layout._avatar_initials("I", "I agree with every word")


@pytest.mark.parametrize(("line", "notice"), [
    ("Post office hours are unavailable online again, hopeless as ever.", False),
    ("Review sites are no longer available in the library, sadly.", False),
    ("This comment has been removed by a moderator.", True), ("[Comment deleted]", True),
    ("This comment is no longer available", True), ("Kommentar wurde gelöscht", True),
])
def test_a_removal_notice_is_about_a_comment(line: str, notice: bool) -> None:
    assert _layout.is_removal_notice(line) is notice


@pytest.mark.parametrize(("line", "action"), [
    ("Like me", False), ("Share with me", False), ("Me like", False),
    ("Me gusta · Responder", True), ("Mi piace  Rispondi", True), ("Gefällt mir  Antworten", True),
    ("Report", True),
])
def test_a_pronoun_is_an_action_only_inside_its_phrase(line: str, action: bool) -> None:
    assert _layout._is_action_line(line) is action


# ---- More outlets' layouts (blind9): stamps with an "Updated" part, portal heads, widgets,
# quoting replies ----

@pytest.mark.parametrize(("line", "day"), [
    ("Posted Thu 9 Oct 2025 at 7:02am, updated Thu 9 Oct 2025 at 11:15am", "2025-10-09"),
    ("Posted 9 Oct 2025Updated 10 Oct 2025", "2025-10-09"),
    ("08:31, 9 OCT 2025Updated11:02, 10 OCT 2025", "2025-10-09"),
])
def test_a_stamp_with_its_updated_part_glued_or_after_a_comma_gives_the_published_day(
        line: str, day: str) -> None:
    assert _layout._date_value(line) == day


def test_a_portal_head_block_with_a_stamp_under_the_headline_keeps_its_headline() -> None:
    page = ("portalo\nHome\nNews\nSport\n\nNews\nWorld\nWire Agency\nFerry Crews Vote To Strike Over Rotas\n"
            "Ann Lee, Wire Agency\nThu, 9 Oct 2025 at 7:02 am BST\n3 min read\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Ferry Crews Vote To Strike Over Rotas" and layout.date_line == "2025-10-09"


def test_a_reaction_bar_and_an_also_on_list_are_no_comments() -> None:
    page = (PAGE + "What do you think?\n3 Responses\nUpvote\nFunny\nLove\nSad\n\n4 Comments\n\n"
            "Avatar for rampfan\nrampfan\n2 days ago\nThe old rink had better ramps than this whole "
            "plan.\n3\nReply\n\n"
            "Avatar for Jo Bell\nJo Bell\n2 days ago\nThe lights alone make the new park worth "
            "it.\n1\nReply\n\n"
            "Avatar for Sam Ode\nSam Ode\n3 days ago\nI skated there for ten years and never once "
            "saw a bin.\n0\nReply\n\n"
            "ALSO ON THE VALLEY LANTERN\n  • Bridge Repairs Start Next Week\n    4 comments • 2 days ago\n"
            "  • Market Moves To The Square\n    9 comments • 5 days ago\n")
    assert [a for a, _, _ in comment_rows(page)] == ["rampfan", "Jo Bell", "Sam Ode"]


def test_a_reply_quoting_an_earlier_comment_answers_it_and_drops_the_quoted_words() -> None:
    page = (PAGE + "Comments\n\nJo Bell\n9 Oct 2025, 07:02\nThe ramps will be replaced, calm down. "
                   "Kids need it.\n"
            "Reply\n\nSam Ode\n9 Oct 2025, 07:15\nQuoting Jo Bell: "
            "\"The ramps will be replaced, calm down.\"\n"
            "Replaced with cheaper ones, from what the plan says.\nReply\n\nAda Lind\n9 Oct 2025, 08:00\n"
            "Good on the kids for turning up at all.\nReply\n")
    assert comment_rows(page)[1] == ("Sam Ode", "Jo Bell", "Replaced with cheaper ones, from what the "
                                  "plan says.")


def test_a_bylines_stamp_after_a_bar_names_no_outlet_but_a_comma_outlet_does() -> None:
    assert _layout._byline_outlet("by Ann Lee | October 9, 2025") == ""
    assert _layout._byline_outlet("By Ann Lee, The Valley Lantern") == "The Valley Lantern"


def test_a_copyright_company_is_the_heads_masthead_when_the_head_prints_it() -> None:
    head = ["Skip to content", "The Valley Lantern", "News", "Sport"]
    assert _layout._head_masthead("Valley Lantern Media.", head) == "The Valley Lantern"
    assert _layout._head_masthead("Valley Lantern Media", ["Skip to content", "News"]) == ""


@pytest.mark.parametrize(("line", "furniture"), [
    ("Lantern file photo by Ann Lee", True), ("[VIDEO]", True), ("Crowd Score 58%", True),
    ("news.valleylantern.example/news/", True), ("BookmarkShare", True), ("Join Now", True),
    ("Get the biggest valley stories straight to your inbox", True),
    ("Ann Lee is the Lantern's arts editor.", True),
    ("The Valley Lantern acknowledges Aboriginal and Torres Strait Islander peoples as the first "
     "people.", True),
    ("Ann Lee is the council's longest-serving member and its finance chair.", False),
    ("The mayor said the file photo by Ann Lee had been altered.", False),
    ("The approval score rose to 58% in the latest poll, the council said.", False),
])
def test_more_kinds_of_page_furniture(line: str, furniture: bool) -> None:
    assert _layout._is_furniture(line) is furniture


def test_an_action_row_may_open_with_the_comments_day() -> None:
    assert _layout._is_action_line("Mar 12 · Like · Reply")
    assert _layout._is_action_line("Like · Reply · 12 March")
    assert not _layout._is_action_line("March on, Reply")
    page = ("Harbour Trust to close the east pier\n\nThe trust will close the east pier for six weeks from "
            "Monday while divers replace the piles, it said on Friday.\n\n3 Comments\n\n"
            "Ann Lee\nSix weeks in spring is the worst time for the boat crews.\nMar 12 · Like · Reply\n\n"
            "    Bo Hart\n    Replying to Ann Lee\n    They asked for the autumn and were told no.\n"
            "    Mar 12 · Like · Reply\n\n"
            "Cy Moor\nThe café stays open, which is what most visitors care about.\nMar 13 · Like · Reply\n")
    assert [(a, b) for a, b, _ in comment_rows(page)] == [
        ("Ann Lee", ""), ("Bo Hart", "Ann Lee"), ("Cy Moor", "")]


def test_a_comment_posted_today_shows_only_its_time() -> None:
    for line in ("Posted 7:02 PM", "7:02 pm", "posted at 19:02", "7:02 PM EST"):
        assert _layout._is_stamp(line), line
    for line in ("19:02", "7:02 pm sharp", "Posted 7 photos"):
        assert not _layout._is_stamp(line), line
    page = ("Harbour Trust to close the east pier\n\nThe trust will close the east pier for six weeks from "
            "Monday while divers replace the piles, it said on Friday.\n\nCOMMENTS (2)\n\n"
            "Ann Lee\nPosted 7:02 PM\nSix weeks in spring is the worst time for the boat crews.\n"
            "Reply · Flag\n\n"
            "Cy Moor\nPosted 7:31 PM\nThe café stays open, which is what most visitors care about.\n"
            "Reply · Flag\n")
    assert [(a, body) for a, _, body in comment_rows(page)] == [
        ("Ann Lee", "Six weeks in spring is the worst time for the boat crews."),
        ("Cy Moor", "The café stays open, which is what most visitors care about.")]


def test_a_spammers_advert_in_the_name_field_over_a_stamp_is_the_author() -> None:
    advert = "WIN a weekend cruise for two - claim yours at www.cruise-prize-draw.example"
    page = ("Harbour Trust to close the east pier\n\nThe trust will close the east pier for six weeks from "
            "Monday while divers replace the piles, it said on Friday.\n\nComments (2)\n\n"
            "Ann Lee\n9 March 2026 12:30\nSix weeks in spring is the worst time for the boat crews.\n"
            "Like (4) | Reply\n\n"
            f"{advert}\n9 March 2026 14:20\nClick the link to claim your voucher today!!!\n"
            "Like (0) | Reply\n")
    assert [a for a, _, _ in comment_rows(page)] == ["Ann Lee", advert]


def test_a_spaced_menu_row_is_no_title_and_a_headline_may_close_on_a_quoted_phrase() -> None:
    assert _layout._menu_row("Home  Boats  Tides  Gallery  Shop  Contact")
    assert not _layout._menu_row("Home  Boats  Tides")
    assert not _layout._menu_row("The trust said.  It will close.  Divers start.  Nobody knew.")
    assert _layout._looks_like_headline('Pier keeper tells the trust he is "not going anywhere"')
    assert not _layout._looks_like_headline('"We have bookings every weekend in April."')
    page = ("THE PIER LOG\nNews from the east pier since 2019\n\n"
            "Home  Boats  Tides  Gallery  Shop  Contact\n\n"
            'Pier keeper tells the trust he is "not going anywhere"\n\n'
            "Posted on 19th March 2026 by pierlog_ed | 4 Comments\n\n"
            "The keeper of the east pier said on Friday that he would stay on through the six weeks "
            "of repairs, whatever the trust decides about the café.\n")
    found = split_layout(page)
    assert found.title == 'Pier keeper tells the trust he is "not going anywhere"'
    assert _layout._posted_by_date("Posted on 19th March 2026 by pierlog_ed | 4 Comments") == "2026-03-19"
    assert _layout._posted_by_date("Posted on March 19, 2026 by Ann Lee") == "2026-03-19"
    assert all("Posted on" not in p for p in found.paragraphs)


def test_a_lower_case_tagline_and_a_posted_by_category_line_are_no_headline() -> None:
    page = ("PIERWATCH\nharbour gossip with a side of salt\n\nHome | Boats | Tides | About\n\nBlind Items\n\n"
            "The pier keeper doubles down on the café row and, well, fine\n\n"
            "Posted by Marisol in Feuds, Harbour, Boats\nWednesday, March 11, 2026 at 10:15 AM\n\n"
            "If you hoped the keeper would let the café row go quietly, sorry. He told the trust on "
            "Friday that the café stays shut for all six weeks.\n")
    found = split_layout(page)
    assert found.title == "The pier keeper doubles down on the café row and, well, fine"
    assert found.date_line == "2026-03-11"


def test_a_headline_stacked_on_capital_lines_is_one_title() -> None:
    page = ("PIERWATCH\nNEWS\nVIDEO\nPHOTOS\n\n3/13/2026 12:40 PM PT\n\nEXCLUSIVE\n\n"
            "HARBOUR KEEPER\nTRUST CHAIR BACKS HIM ON CAFE ROW ...\n'Nobody's Getting Sacked'\n\n"
            "The harbour keeper is staying put, because the chair of the trust says the café row "
            "was fair game.\n")
    assert split_layout(page).title == ("HARBOUR KEEPER TRUST CHAIR BACKS HIM ON CAFE ROW ... "
                                        "'Nobody's Getting Sacked'")
    assert _layout._stacked_headline("Ann Lee\nStaff writer") == ""
    assert _layout._stacked_headline("NEWS\nVIDEO\nPHOTOS") == ""


@pytest.mark.parametrize(("line", "furniture"), [
    ("We earn a commission for products purchased through some links in this article.", True),
    ("Pier Monthly earns a commission when you buy through our links.", True),
    ("Previous Episode: Harbour Lights Recap: The Tide Table", True), ("Next Episode: Coming March 23", True),
    ("« Previous post: Pier repairs discussion thread", True),
    ("Next post: Reader photos of the week »", True),
    ("Our photos from the open day are up now: Pier Day 2026 Gallery (86 photos)", True),
    ("Watch the clip ...", True), ("Watch the full video below", True),
    ("The Pier Log is an unofficial fan site and is not affiliated with the Harbour Trust.", True),
    ("Instagram/@pierkeeper", True), ("Getty Composite", True),
    ("The trust said the divers earn a commission on every pile they replace.", False),
    ("The keeper said the next episode of the row would come in March.", False),
    ("Watch the tide, the keeper said, not the clock.", False),
    ("The trust is not affiliated with the café, its chair said.", False),
])
def test_disclosures_neighbour_links_gallery_links_and_credits_are_furniture(line: str,
                                                                              furniture: bool) -> None:
    assert _layout._is_furniture(line) is furniture


def test_a_sites_address_alone_in_the_article_is_left_out() -> None:
    page = ("Keeper stays on through the pier repairs\n\nThe keeper of the east pier said on Friday "
            "that he would stay on through the six weeks of repairs.\n\nPIERWATCH.COM\n\n"
            "He has kept the pier for thirty years and says he has never seen piles this bad.\n")
    assert "PIERWATCH.COM" not in split_layout(page).paragraphs


def test_a_still_captioned_and_credited_to_a_studio_is_caption() -> None:
    assert _layout._is_credit("Northlight Pictures")
    assert _layout._is_credit("Halcombe Bay Studios")
    assert not _layout._is_credit("The studios said nothing.")
    page = ("Keeper drama returns for a fourth season\n\nThe makers of the pier drama said on Friday "
            "that a fourth season would start filming in May.\n\n"
            "Ann Lee as the keeper in Pier Lights season 3.\n"
            "Northlight Pictures\n\nThe keeper's last scene was shot in one take, the director said.\n")
    assert not any("Northlight" in p for p in split_layout(page).paragraphs)


def test_a_sentence_of_the_article_over_a_stamp_is_no_advert_name() -> None:
    chunk = ["The trust said the pier would reopen in May after the divers finish their work.",
             "9 March 2026 14:20", "Good news for the crews."]
    assert _layout._chunk_comment(chunk)[0] is None


@pytest.mark.parametrize("name", ["Tom Vale (Verified)", "Tom Vale 🌊", "Tom Vale · Top Fan", "Tom Vale"])
def test_avatar_initials_over_a_name_with_a_badge_are_no_author(name: str) -> None:
    page = ("Council Approves New Harbour Plan\n\nThe harbour board voted on Tuesday to approve the "
            "plan after "
            "a debate that ran late.\n\nWork is due to start in the spring, the board said.\n\n3 Comments\n\n"
            f"TV\n{name}\n2 hours ago\nThe council never listens to anyone who lives near the "
            "harbour.\nReply\n\n"
            "MC\nMary Cole\n3 hours ago\nThe harbour needs this plan, whatever the naysayers think.\nReply\n")
    found = split_layout(page).comments
    assert [c.author.startswith("Tom Vale") for c in found] == [True, False]
    assert found[0].body.startswith("The council never listens") and found[1].author == "Mary Cole"


_REPLY_PAGE = ("Council Approves New Harbour Plan\n\nThe harbour board voted on Tuesday to approve "
               "the plan after "
               "a debate that ran late.\n\nWork is due to start in the spring, the board said.\n\n3 "
               "Comments\n\n"
               "{first}\n3 hours ago\nThe harbour needs this plan, whatever the naysayers think.\nReply\n\n"
               "Tom Vale\n2 hours ago\n{mark}\nReply\n")


@pytest.mark.parametrize(("first", "mark"), [
    ("The Harbour Watcher", "In reply to The Harbour Watcher"), ("A. Lee", "Replying to A. Lee"),
    ("La Toya Hart", "Replying to La Toya Hart"), ("An Nguyen", "In reply to An Nguyen"),
    ("Mary Cole", "In reply to Mary Cole."),
])
def test_a_reply_mark_naming_a_capitalised_commenter_is_kept(first: str, mark: str) -> None:
    page = _REPLY_PAGE.format(first=first, mark=mark + "\nThe council never listens to anyone near "
                                                       "the harbour.")
    found = split_layout(page).comments
    assert found[1].reply_to == first and found[1].body.startswith("The council never listens")


def test_a_reply_mark_with_a_colon_keeps_the_reply_words_and_a_clause_stays_the_body() -> None:
    found = split_layout(_REPLY_PAGE.format(first="Mary Cole", mark="In response to Mary Cole: I disagree "
                                            "completely with that.")).comments
    assert (found[1].reply_to, found[1].body) == ("Mary Cole", "I disagree completely with that.")
    found = split_layout(_REPLY_PAGE.format(first="Mary Cole", mark="In response to the mayor's letter, "
                                            "nothing has changed.\nThe council never listens.")).comments
    assert found[1].reply_to == "" and found[1].body.startswith("In response to the mayor's letter")
    mark = "In response to questions: the meeting is public.\nThe council never listens."
    found = split_layout(_REPLY_PAGE.format(first="Mary Cole", mark=mark)).comments
    assert found[1].reply_to == "" and found[1].body.startswith("In response to questions: the meeting")


@pytest.mark.parametrize("comment", ["TOM VALE\n2 hours ago\n- Fix the bins first\n- Then the "
                                     "roads\n- Then the "
                                     "harbour\nReply\n", "Grumpy\n2 hours "
                                                         "ago\nRubbish\nAbsolute\nNonsense\nReply\n"])
def test_a_stamped_comment_of_bullets_or_single_words_is_no_widget(comment: str) -> None:
    page = ("Council Approves New Harbour Plan\n\nThe harbour board voted on Tuesday to approve the "
            "plan after "
            "a debate that ran late.\n\nWork is due to start in the spring, the board said.\n\n2 Comments\n\n"
            "Mary Cole\n3 hours ago\nThe harbour needs this plan, whatever the naysayers think.\nReply\n\n"
            + comment)
    assert [c.author for c in split_layout(page).comments] == ["Mary Cole", comment.split("\n")[0]]


@pytest.mark.parametrize(("line", "furniture"), [
    ("The Land Council acknowledges First Nations peoples were shut out of the water market for decades, its "
     "chair said on Monday.", False),
    ("The Land Council acknowledges First Nations peoples were shut out of the water market for "
     "decades.", False),
    ("The Harbour Ledger acknowledges Aboriginal and Torres Strait Islander peoples as the Traditional "
     "Custodians of the land on which we work.", True),
    ("We acknowledge the Traditional Owners of the land on which we work.", True),
    ("They are not affiliated with the union.", False),
    ("We are not affiliated with any party, Lind stressed.", False),
    ("The board confirmed it is not affiliated with the union.", False),
    ("We are not affiliated with Nintendo.", True), ("Harbour Fan Zone is not affiliated with "
                                                     "Harbour FC.", True),
    ("The Gazette Requires Commenters' Full Names From Monday", False),
    ("The Gazette requires commenters' full names.", True),
    ("Ann Lee is the Mercury's film critic.", True), ("Ann Lee is a staff photographer.", True),
])
def test_notices_need_their_own_wording_and_never_report_someone(line: str, furniture: bool) -> None:
    assert _layout._is_furniture(line) is furniture


def test_a_title_case_headline_about_commenters_names_stays_the_title() -> None:
    page = ("The Gazette Requires Commenters' Full Names From Monday\n\nReaders who want to comment "
            "on stories "
            "will have to sign in with their full names from next week, the editor said.\n\nThe "
            "change follows "
            "a year of complaints about abuse under stories about the harbour.")
    assert split_layout(page).title == "The Gazette Requires Commenters' Full Names From Monday"


def test_a_bylines_outlet_before_the_bar_and_a_stamp_updated_after_one_space() -> None:
    assert _layout._byline_outlet("By Ann Lee, Valley Lantern | October 9, 2025") == "Valley Lantern"
    assert _layout._byline_outlet("by Ann Lee | October 9, 2025") == ""
    assert _layout._date_value("October 9, 2025 Updated October 10, 2025") == "2025-10-09"
    assert _layout._date_value("October 9, 2025  Updated October 10, 2025") == "2025-10-09"


def test_a_label_count_is_balanced() -> None:
    assert _layout._LABEL_COUNT.match("Agree (12)") and _layout._LABEL_COUNT.match("Agree 12")
    assert not _layout._LABEL_COUNT.match("Agree (12") and not _layout._LABEL_COUNT.match("Agree 12)")


# ---- an indented comment list is no forum topic ----

INDENTED_LIST = ("Comments\n\nSort by\nNewest\n\n"
                 "    Parish Desk\n    Staff\n    6h\n    Please keep the thread about the skate park.\n"
                 "    Reply\n\n"
                 "    rinkrat_07\n    5h\n    The old rink had better ramps than anything in this plan.\n"
                 "    Reply\n\n"
                 "        owlboard\n        4h\n        The lights at the old rink were never free though.\n"
                 "        Reply\n\n"
                 "    Judith Carran\n    3h\n    My grandson will use it every single day after school.\n"
                 "    Reply\n\n"
                 "    kerbside\n    1h\n    Fine by me, as long as the car park stays open at night.\n"
                 "    Reply\n\nLoad More\n")


def test_an_indented_comment_list_of_usernames_and_stamps_keeps_its_first_comment() -> None:
    # a forum topic's headers stand flush left and its first post is the article; when every header
    # is indented they are a comment list under an article, and the first one is a comment
    authors = [a for a, _, _ in comment_rows(PAGE + INDENTED_LIST)]
    assert len(authors) == 5 and authors[1:] == ["rinkrat_07", "owlboard", "Judith Carran", "kerbside"]


# ---- the Facebook comments plugin in Filipino ----

FB_FILIPINO = ("3 na komento\nPagbukud-bukurin ayon sa\nPinakaluma\nMagdagdag ng komento...\n\n"
               "Nangungunang Fan\nLiza Manalo\nAyos yung skate park, sana may ilaw sa gabi.\n"
               "Gusto · Tumugon · 12 · 3 araw\n\n"
               "    Paolo Cruz\n    Liza Manalo oo nga, delikado pag madilim na.\n"
               "    Gusto · Tumugon · 2 araw\n\n"
               "Rica Dela Paz\nSana may lugar din para sa mga bata na nag-aaral pa lang mag-skate. 🛹\n\n"
               "Pwede rin mag-donate ang mga negosyo sa bayan para mas maganda ang ramps. 🙏\n"
               "Gusto · Tumugon · 5 · 1 araw · Na-edit\n\n"
               "Facebook Comments Plugin\n")


def test_the_facebook_plugin_in_filipino_reads_its_rows_and_a_two_paragraph_comment_closed_by_emoji() -> None:
    got = comment_rows(PAGE + FB_FILIPINO)
    assert [(a, r) for a, r, _ in got] == [("Liza Manalo", ""), ("Paolo Cruz", "Liza Manalo"),
                                           ("Rica Dela Paz", "")]
    assert got[2][2].startswith("Sana may lugar") and "Pwede rin" in got[2][2]
    assert _layout._is_action_line("Gusto · Tumugon · 48 · 2 araw · Na-edit")


# ---- a comment widget's controls and a link list's heading are no commenters ----

def test_a_widgets_controls_and_an_also_on_lists_heading_are_not_comments() -> None:
    controls = ["The Valley Lantern", "Login", "Join the discussion…", "LOG IN WITH",
                "OR SIGN UP WITH DISQUS ?", "Name"]
    assert _layout._chunk_comment(controls)[0] is None
    also_on = ["Load more comments", "", "ALSO ON THE VALLEY LANTERN", "Library hours cut again this winter"]
    assert _layout._chunk_comment(also_on)[0] is None
    kept = ["Judith Carran", "My grandson will use it every single day after school."]
    assert _layout._chunk_comment(kept)[0] is not None
    assert not _layout._control_lines("Agreed.\nFully.\nWell said.\nThanks")


# ---- a removed comment's notice after the last comment's row ----

TRAILING_NOTICE = ("2 Comments\n\nrinkrat_07 · 3 hours ago\nThe old rink had better ramps than anything "
                   "in this plan.\nReply  Report  ▲ 4\n\nJudith Carran · 2 hours ago\nMy grandson will use "
                   "it every single day after school.\nReply  Report  ▲ 9\n\n"
                   "This comment has been removed by the moderator.\n\nShow more comments\n\nMost Read\n"
                   "Library hours cut again this winter\n")


def test_a_removal_notice_after_the_last_action_row_is_a_comment_of_nobodys() -> None:
    got = comment_rows(PAGE + TRAILING_NOTICE)
    assert [a for a, _, _ in got] == ["rinkrat_07", "Judith Carran", ""]
    assert got[2][2] == "This comment has been removed by the moderator."


def test_an_outlets_moderator_account_keeps_its_name_and_a_badge_after_a_full_name_goes() -> None:
    assert _layout._clean_author("Lantern Moderator")[0] == "Lantern Moderator"
    assert _layout._clean_author("Ann Lee Moderator")[0] == "Ann Lee"
    assert _layout._clean_author("ann_lee MOD")[0] == "ann_lee"
