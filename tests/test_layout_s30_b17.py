"""Session 30 (helper b17): general page-head, furniture and comment rules for audience-review pages,
serial-fiction chapters, film diaries, video pages, foreign dailies, chat replays, photo posts and
crowdfunding updates, each on invented pages, with must-not-fire cases on ordinary pages."""

from layout_support import BODY, authors_of

from components.parse.layout import split_layout

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
