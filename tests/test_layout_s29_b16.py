"""Session 29 (helper b16): general page-head, date and comment rules for launch pages, store
listings, event pages, forums, supporters' walls and chat exports, each on invented pages, with
must-not-fire cases on ordinary pages."""

from layout_support import BODY, authors_of
from quoting_support import cast, mentions_in

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _is_furniture, split_layout

# ---- a launch page's "Launched on <date>" card under the product's description ----

LAUNCH = ("Gadgetry\nProducts\nLaunches\nSign in\n\n"
          "Knotwise by Ida Brenn\nA rope-tying coach that lives in your pocket\n\n"
          "Visit website\nUpvote 412\n\n"
          "Knotwise shows you every knot a sailor needs, slowed down and turned around, so that you can tie "
          "it with cold hands on a moving deck.\n\n"
          "Launched on March 4th, 2026\n\n" + BODY)


def test_a_launch_card_under_the_description_dates_the_page() -> None:
    assert split_layout(LAUNCH).date_line == "2026-03-04"


def test_a_launch_in_a_later_paragraph_of_prose_is_no_date() -> None:
    page = ("Quarry plan is approved after a long night of debate\n\n" + BODY
            + "\n\nThe council said the first trucks would roll in spring, and the quarry's owners added "
            "that the site would be landscaped when it closes.\n\nLaunched in 2019, the campaign against "
            "the quarry has gathered four thousand signatures.")
    assert split_layout(page).date_line == ""


# ---- a store listing: "Updated on" over its day is no publication date ----

STORE = ("Apps\nGames\nBooks\n\nTidewatch: Harbour Tides\nKelpie Software\nContains ads\n\n"
         "About this app\nTide tables for every harbour on the coast, with the times the ferries stop.\n"
         "Updated on\nMar 2, 2026\nWeather\n\n" + BODY)


def test_a_date_under_an_updated_label_is_no_publication_date() -> None:
    assert split_layout(STORE).date_line == ""


def test_a_date_line_on_its_own_still_dates_the_page() -> None:
    page = "Quarry plan is approved after a long night of debate\n\nMarch 2, 2026\nBy Ann Lee\n\n" + BODY
    assert split_layout(page).date_line == "2026-03-02"


# ---- a store's reviews: icon names, helpfulness prompts and their Yes / No buttons, developer replies ----

REVIEWS = ("Tide tables that were never wrong once\n\nMarch 2, 2026\nBy Ann Lee\n\n" + BODY + "\n\n"
           "Ratings and reviews\n\n"
           "Marta Quill\nmore_vert\nMarch 3, 2026\n"
           "Works offline, which matters out on the water. The widget could be bigger.\n"
           "12 people found this review helpful\nDid you find this helpful?\nYes\nNo\n\n"
           "Oskar Penhale\nmore_vert\nMarch 4, 2026\n"
           "The ferry times for the island were an hour out on Sunday and I missed the last boat.\n"
           "Did you find this helpful?\nYes\nNo\n"
           "Kelpie Software\nMarch 5, 2026\n"
           "Sorry Oskar, the Sunday timetable is fixed in version 2.1. Thanks for telling us.\n\n"
           "A Google user\nmore_vert\nMarch 5, 2026\n"
           "does what it says and nothing else, which is fine by me\n"
           "Did you find this helpful?\nYes\nNo\n")


def test_store_reviews_are_read_with_the_developer_reply_and_no_button_as_author() -> None:
    assert authors_of(REVIEWS) == ["Marta Quill", "Oskar Penhale", "Kelpie Software", "A Google user"]


def test_icon_names_and_helpfulness_lines_are_furniture() -> None:
    for line in ("more_vert", "arrow_forward", "info_outline", "Did you find this helpful?",
                 "38 people found this review helpful", "Was this review helpful?"):
        assert _is_furniture(line), line
    assert classify("more_vert")[0] is Kind.ACTION


def test_a_handle_with_an_underscore_is_still_a_name() -> None:
    assert classify("ann_lee") == (Kind.NAME, "ann_lee")
    assert not _is_furniture("ann_lee")


def test_a_bare_yes_is_a_short_reply_away_from_a_helpfulness_prompt() -> None:
    page = ("Tide tables that were never wrong once\n\nMarch 2, 2026\nBy Ann Lee\n\n" + BODY + "\n\n"
            "Comments\n\n"
            "Marta Quill\nMarch 3, 2026\nDid the ferry company ever answer your letter about Sundays?\n"
            "Reply\n\n"
            "Ann Lee\nMarch 3, 2026\nYes\nReply\n")
    comments = split_layout(page).comments
    assert [c.author for c in comments] == ["Marta Quill", "Ann Lee"]
    assert comments[1].body == "Yes"


# ---- an event page: its title over "Hosted by", its day above the title ----

EVENT = ("Gatherly\nExplore\nMessages\nLog in\n\n"
         "Saturday, March 14, 2026\n\n"
         "Knots for Beginners: An Evening with Ida Brenn\nHosted by\nPetra Lune\n"
         "From Harbour Sailing Club\n\n"
         "Details\n" + BODY)


def test_an_event_title_over_its_host_is_the_title() -> None:
    assert split_layout(EVENT).title == "Knots for Beginners: An Evening with Ida Brenn"


def test_an_event_day_above_its_title_is_no_publication_date() -> None:
    assert split_layout(EVENT).date_line == ""


def test_a_blog_date_above_its_title_still_dates_the_page() -> None:
    page = "Harbour Notes\nHome\nAbout\n\nSaturday, March 14, 2026\n\nKnots for beginners, at last\n\n" + BODY
    layout = split_layout(page)
    assert layout.title == "Knots for beginners, at last"
    assert layout.date_line == "2026-03-14"


# ---- a paper's name, its strapline and the day's date bar over the headline ----

DAILY = ("The Harbour Courier\nHarbour news in English\nTuesday 10 March 2026\nPort Carrow 6°C\n\n"
         "News\nSport\nCulture\n\n"
         "Ferry strike ends after two weeks: 'We were not heard'\n\n"
         "News\n9 March 2026 - 11:20\nBy Petra Lune\n\n" + BODY)


def test_a_strapline_over_the_date_bar_is_no_headline() -> None:
    layout = split_layout(DAILY)
    assert layout.title == "Ferry strike ends after two weeks: 'We were not heard'"


def test_the_stamp_under_the_headline_dates_the_page_over_the_date_bar() -> None:
    assert split_layout(DAILY).date_line == "2026-03-09"


def test_a_headline_under_the_masthead_over_its_date_is_still_the_headline() -> None:
    page = "The Harbour Courier\nFerry strike ends after two weeks of talks\nTuesday 10 March 2026\n\n" + BODY
    layout = split_layout(page)
    assert layout.title == "Ferry strike ends after two weeks of talks"
    assert layout.date_line == "2026-03-10"


def test_an_update_relative_stamp_is_furniture() -> None:
    assert _is_furniture("Updated about 5 hours ago")
    assert _is_furniture("Last updated 3 days ago")
    assert not _is_furniture("Updated about the vote, the council said nothing")


# ---- a team chat copied as text: workspace over "#channel", headers "Name  9:12 AM" ----

CHAT = ("Harbour Crew\n#ferry-press\n9 members\nPinned\nFiles\n\nHuddle\nSearch Harbour Crew\n\n"
        "This channel is for press calls about the ferry and anything that needs Petra's sign-off.\n\n"
        "Monday, March 9th\n\n"
        "Petra Lune  9:12 AM\n"
        ":pushpin: Our line on the ferry strike: please use only this\n"
        "Morning all. The papers will call today about the strike and the answer is the same for everyone, "
        "whoever rings and whatever they offer: we read out the line below and we say nothing else.\n\n"
        "\"We back the crews and we want the boats running by Friday.\"\n"
        ":+1: 4  :eyes: 2\n3 replies\nLast reply 2 hours ago\n\n"
        "Oskar Penhale  9:20 AM\nreplied to a thread: Our line on the ferry strike: please use only…\n"
        "Got it. Do we still post the timetable tonight?\n\n"
        "Marta Quill  9:41 AM\nThe radio rang twice already, I gave them the line word for word.\n\n"
        "Slackbot  10:31 AM\nOnly visible to you\nReminder: send the rota to the crews.\n\n"
        "Oskar Penhale  11:02 AM\nTimetable is up, comments are off.\n\n"
        "Message #ferry-press\nSend\nShift + Return to add a new line\n")


def test_a_chat_message_subject_line_is_the_title() -> None:
    assert split_layout(CHAT).title == "Our line on the ferry strike: please use only this"


def test_a_chat_workspace_over_its_channel_is_the_outlet() -> None:
    assert split_layout(CHAT).outlet_marker == "Harbour Crew"


def test_a_private_bot_notice_is_no_comment() -> None:
    assert authors_of(CHAT) == ["Oskar Penhale", "Marta Quill", "Oskar Penhale"]


def test_chat_furniture_lines() -> None:
    for line in ("This channel is for press calls about the ferry and anything else.", ":+1: 4  :eyes: 2",
                 "Last reply 2 hours ago", "Pinned by Petra Lune", "Shift + Return to add a new line",
                 "replied to a thread: Our line on the ferry strike…"):
        assert _is_furniture(line), line
    assert not _is_furniture("This channel is the best thing that happened to our club, honestly.")


def test_the_search_placeholder_with_the_site_name_is_no_title() -> None:
    page = "Harbour Crew\nHome\nAbout\n\nSearch Harbour Crew\n\nFerry strike ends after two weeks\n\n" + BODY
    assert split_layout(page).title == "Ferry strike ends after two weeks"


def test_a_plain_post_with_a_time_is_not_a_chat_subject() -> None:
    page = ("Harbour Notes\nHome\nAbout\n\nFerry strike ends after two weeks\n\nBy Ann Lee\nMarch 2, 2026\n\n"
            + BODY)
    assert split_layout(page).title == "Ferry strike ends after two weeks"


# ---- a supporters' wall: "Name bought 3 coffees." heads each entry ----

WALL = ("Knots and how to tie them\n\nPosted 4 Mar 2026\n\n" + BODY + "\n\nRecent supporters\n\n"
        "Marta Quill bought 3 coffees.\nThe bowline video finally made it click for me. Thank you!\n"
        "1 day ago\n\n"
        "    Ida Brenn replied:\n    So glad, Marta. Practise it with your eyes shut next.\n\n"
        "Someone bought 5 coffees.\n1 day ago\n\n"
        "Oskar Penhale bought a coffee.\nFor the next video on splices.\n\n"
        "And the one on whippings, please.\n"
        "2 days ago\n\n"
        "Bo bought a coffee.\n3 days ago\n\n"
        "This message has been hidden by the creator.\n3 days ago\n\n"
        "Load more\n\nSimilar creators\nPetra Lune · Sailor\n")


def test_a_supporters_wall_is_read_entry_by_entry() -> None:
    comments = split_layout(WALL).comments
    assert [c.author for c in comments] == ["Marta Quill", "Ida Brenn", "", "Oskar Penhale", "Bo", ""]
    assert comments[1].reply_to == "Marta Quill"
    assert comments[2].body == ""
    assert comments[3].body == "For the next video on splices.\n\nAnd the one on whippings, please."
    assert comments[5].body.startswith("This message has been hidden")


def test_a_sentence_about_buying_in_an_article_is_no_wall() -> None:
    page = ("The best harbour cafes this spring\n\nBy Ann Lee\nMarch 2, 2026\n\n" + BODY + "\n\n"
            "Marta bought a coffee.\nOskar bought a bun.\nPetra bought a newspaper.\n\n"
            "Then they sat by the water until the ferry came in and went out again.")
    assert not split_layout(page).comments


# ---- a travel forum: numbered "N. Re: <topic>" replies, an expert's badge above the name ----

FORUM = ("Harbourside Forum\n\nIs the island ferry still running in March?\n\n"
         "Marta Quill\nPort Carrow\nLevel Contributor\n12 posts\n"
         "Is the island ferry still running in March?\n2 Mar 2026, 09:14\n"
         "We land on the 9th and hoped to get across to the island for two nights before the strike "
         "talk gets worse. Does anyone know whether the morning boat is still sailing, or should we "
         "book the bus?\n"
         "Report inappropriate content\n\nReplies (4)\n\n"
         "1. Re: Is the ferry still running in March?\nDestination Expert for Port Carrow\nOskar Penhale\n"
         "Port Carrow\n2 Mar 2026, 10:02\n"
         "The morning boat runs, the evening one does not. Book the bus back.\n"
         "Report inappropriate content\n\n"
         "2. Re: Is the ferry still running in March?\nPetra Lune\nLeeds\n2 Mar 2026, 11:40\n"
         "Went last week, the morning boat was on time both ways.\nReport inappropriate content\n\n"
         "3. Re: Is the ferry still running in March?\n"
         "This post has been removed at the author's request.\n\n"
         "4. Re: Is the ferry still running in March?\nMarta Quill\nPort Carrow\n2 Mar 2026, 12:05\n"
         "Thank you both, morning boat it is.\nReport inappropriate content\n")


def test_numbered_forum_replies_with_an_expert_badge_and_a_removed_slot() -> None:
    assert authors_of(FORUM) == ["Oskar Penhale", "Petra Lune", "", "Marta Quill"]


def test_badges_of_launch_event_and_forum_pages_are_no_names() -> None:
    for line in ("Maker", "Organizer", "Co-organiser", "Destination Expert for London"):
        assert classify(line)[0] is Kind.ACTION, line
    assert classify("Destination Unknown Band")[0] is Kind.NAME


def test_a_numbered_subject_line_is_no_body() -> None:
    assert classify("1. Re: Is the ferry still running in March?")[0] is Kind.SHORT
    assert classify("1. Reheat the oven. Then wait ten minutes before you open it.")[0] is Kind.PROSE


# ---- an event page's comments: an organiser's badge, "Show more comments" closing the section ----

EVENT_COMMENTS = (EVENT + "\n\nComments (4)\n\nWrite a comment\nPost\n\n"
                  "Marta Quill\nWill there be rope to practise with, or should we bring our own?\n"
                  "Mar 10, 2026 at 10:04 AM\nLike\nReply\n\n"
                  "    Petra Lune\n    Organizer\n    Bring your own if you have one, we have twenty spare.\n"
                  "    Mar 10, 2026 at 10:31 AM\n    Like\n    Reply\n\n"
                  "    Marta Quill\n    Perfect, I'll bring mine.\n    Mar 10, 2026 at 11:02 AM\n    Like\n"
                  "    Reply\n\n"
                  "Oskar Penhale\nIs the hall step-free? Coming with my dad.\nMar 11, 2026 at 6:40 PM\n"
                  "Like\nReply\n\n"
                  "Show more comments\n\nLocation\nThe Boathouse\n\nSaturday, March 14, 2026\n"
                  "7:00 PM to 9:30 PM GMT\nAdd to calendar\n\nFree\nAttend\nShare\n")


def test_event_comments_end_at_show_more_and_drop_the_organiser_badge() -> None:
    comments = split_layout(EVENT_COMMENTS).comments
    assert [c.author for c in comments] == ["Marta Quill", "Petra Lune", "Marta Quill", "Oskar Penhale"]
    assert comments[1].body.startswith("Bring your own")


def test_a_commenter_under_their_own_comment_answers_the_reply_above() -> None:
    comments = split_layout(EVENT_COMMENTS).comments
    assert comments[2].reply_to == "Petra Lune"
    assert comments[1].reply_to == "Marta Quill"


# ---- a store listing's head: the app's name over its store facts, the store's departments in its menu ----

LISTING = ("Appstall\nGames\nApps\nMovies & TV\nBooks\nKids\n\n"
           "Tidewatch: Harbour Tides\nKelpie Software\nContains ads\nIn-app purchases\n4.1star\n"
           "1.2K reviews\n\n"
           "Install\nShare\n\nThis app is available for all of your devices\n\n"
           "About this app\nTide tables for every harbour on the coast, with the times the ferries stop "
           "and the days the slipways close for the winter.\n\n"
           "Appstall\nPrivacy Policy\nTerms of Service\n")


def test_an_app_name_over_its_store_facts_is_the_title() -> None:
    assert split_layout(LISTING).title == "Tidewatch: Harbour Tides"


def test_a_store_department_in_the_menu_is_no_outlet() -> None:
    assert split_layout(LISTING).outlet_marker != "Movies & TV"


def test_a_label_line_with_no_store_facts_is_still_a_label() -> None:
    page = ("Harbour Notes\n\nWatch: Ferry strike\n\nFerry strike ends after two weeks\n\nBy Ann Lee\n\n"
            + BODY)
    assert split_layout(page).title == "Ferry strike ends after two weeks"


def test_event_and_store_controls_are_furniture() -> None:
    for line in ("Add to calendar", "Add photo", "Photos (0)", "Attendees (64)",
                 "This app is available for all of your devices", "Similar events nearby",
                 "Similar creators"):
        assert _is_furniture(line), line
    assert not _is_furniture("Add to that the cost of the ferry")


# ---- outlets: a portal's syndication credit; the company behind a site in its copyright line ----

PORTAL = ("Skip to content\nHomepage News\nSearch the web\nSign in\n\nNews\nSport\nMoney\n\n"
          "The Harbour Courier\nStory by Petra Lune\n• 4h • 3 min read\n\n"
          "Ferry strike ends after two weeks of talks at the harbour office\n\n"
          "© Provided by The Harbour Courier\nThe ferry at the harbour on Sunday. Photo: Reuters\n\n" + BODY
          + "\n\nHomepage News\nPrivacy\nTerms\n")


def test_a_portal_credit_names_the_syndicated_outlet() -> None:
    assert split_layout(PORTAL).outlet_marker == "The Harbour Courier"


def test_a_copyright_company_extending_the_site_name_gives_the_site_name() -> None:
    page = ("Knotly\nExplore\nLog in\n\nKnots for beginners, at last\nPosted 4 Mar 2026\n\n" + BODY
            + "\n\nKnotly\nAbout\nTerms\n© 2026 Knotly Labs Ltd\n")
    assert split_layout(page).outlet_marker == "Knotly"


def test_a_copyright_line_alone_still_names_the_outlet() -> None:
    page = ("Knots for beginners, at last\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY
            + "\n\nAbout\nTerms\n© 2026 The Harbour Courier\n")
    assert split_layout(page).outlet_marker == "The Harbour Courier"


def test_support_box_launch_labels_and_store_notices_are_furniture() -> None:
    for line in ("£3 each", "1 3 5 10", "Name or @yoursocial", "Make this message private", "Support £3",
                 "Recent supporters", "Maker comment", "Hunter's note", "#2 Product of the Day",
                 "Launched this week", "Data safety", "No data shared with third parties",
                 "Ratings and reviews are verified", "Post your reply",
                 "We are an independent news site. Become a supporter from €5 a month."):
        assert _is_furniture(line), line
    for line in ("We are an independent nation, the minister said, and we will stay one.",
                 "Support for the strike grew over the weekend.",
                 "Launched this week, the ferry app already crashed."):
        assert not _is_furniture(line), line


# ---- a printed note's words are no one's statement ----

def test_a_note_reading_quote_is_the_notes_text_not_a_statement() -> None:
    text = ("Lind said the update fixes the credits. Three recipes now carry a note reading \u201cmethod "
            "adapted from Harbour Suppers by Bo Hart (Quay Press, 2019).\u201d")
    assert not [m for m in mentions_in(text, cast("lind", "hart")) if "method adapted" in m.text]


def test_a_quote_after_a_note_she_wrote_is_still_hers() -> None:
    text = "Lind wrote a note to the crews: \u201cWe will not sail until the wind drops.\u201d"
    assert [m.speaker for m in mentions_in(text, cast("lind", "hart"))] == ["Ada Lind"]


def test_store_reviews_with_a_blank_line_between_every_line_are_read() -> None:
    head, section = REVIEWS.split("Ratings and reviews\n\n", 1)
    rows = [t for t in section.split("\n") if t.strip()]
    spaced = head + "Ratings and reviews\n\n" + "\n\n".join(rows) + "\n"
    assert authors_of(spaced) == ["Marta Quill", "Oskar Penhale", "Kelpie Software", "A Google user"]
