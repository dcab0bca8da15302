"""Session 26 (helper b14): general page-head and comment rules, each on invented pages, with
must-not-fire cases on ordinary pages."""

from layout_support import BODY

from components.parse.layout import split_layout

# ---- a menu's row, a prayer-times bar, a search box and a motto are never the headline ----

def test_a_menu_row_over_sign_in_lines_is_not_the_headline() -> None:
    page = ("streambox\nFollowing   Browse   Esports   Music\nSearch\nLog In   Sign Up\n\n"
            "Night Shift #14 | we need to talk about the quarry\n\n" + BODY)
    assert split_layout(page).title == "Night Shift #14 | we need to talk about the quarry"


def test_a_prayer_times_bar_is_not_the_headline() -> None:
    page = ("Friday, March 6, 2026 | Dubai 31°C\n"
            "Fajr 4:58   Dhuhr 12:20   Asr 3:44   Maghrib 6:21   Isha 7:35\n"
            "The Desert Courier\nSubscribe | Sign in\n\n"
            "Port authority delays the new ferry terminal by a year\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Port authority delays the new ferry terminal by a year"
    assert not any("Fajr" in p for p in layout.paragraphs)


def test_a_search_placeholder_over_a_menu_row_is_not_the_headline() -> None:
    page = ("TUNEBOOK\nSearch songs & more\nTRENDING   CHARTS   VIDEOS   SUBMIT\nSign Up\n\n"
            "Harbour lights festival returns after two quiet years\n\n" + BODY)
    assert split_layout(page).title == "Harbour lights festival returns after two quiet years"


def test_a_motto_under_the_masthead_lower_in_the_block_is_not_the_headline() -> None:
    page = ("Open Search\nThe Weekly Lantern\nThe student voice of Marsh Hill College since 1954\n"
            "News   Opinion   Sports   Arts   About\n\n"
            "Campus News\n\nStudents vote to keep the late library hours for another year\n\n"
            "Ann Lee, Staff Writer\nMarch 3, 2026\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Students vote to keep the late library hours for another year"
    assert not any("student voice" in p for p in layout.paragraphs)


def test_a_headline_with_double_spaces_once_is_still_a_headline() -> None:
    page = "Quarry  plan is approved after a long night of debate\n\nBy Ann Lee\nMarch 3, 2026\n\n" + BODY
    assert split_layout(page).title.startswith("Quarry")


# ---- a song's title over its artist and credit lines ----

def test_a_song_title_over_its_artist_and_producer_credit() -> None:
    page = ("SONGSHELF\n\nSalt Moon (Live)\nBo Hartley\nProduced By Ann Quist\n12 Contributors\n\n"
            "Salt Moon (Live) Lyrics\n\n[Verse 1]\nThe tide came in and took the road\n\n" + BODY)
    assert split_layout(page).title == "Salt Moon (Live)"


def test_a_lower_case_by_line_under_a_year_is_no_credit() -> None:
    page = ("Weekend Roundup\n2025\nby the numbers we counted this year\n\n"
            "Port authority delays the new ferry terminal by a year\n\n" + BODY)
    assert split_layout(page).title != "Weekend Roundup"


def test_a_headline_over_a_byline_is_not_taken_for_a_work() -> None:
    page = "Council backs the skate park plan\nAnn Lee\nWritten by Bo Hart and Ann Lee\n\n" + BODY
    # the credit's "Written by" under a name: still the page's headline, whatever rule finds it
    assert split_layout(page).title == "Council backs the skate park plan"


def test_a_share_row_under_a_work_title_is_passed_over() -> None:
    page = ("SONGSHELF\n\nSalt Moon (Live)\nShare\nBo Hartley\nProduced By Ann Quist\n12 Contributors\n\n"
            "[Verse 1]\nThe tide came in and took the road\n\n" + BODY)
    assert split_layout(page).title == "Salt Moon (Live)"
    film = "filmbox\nSign in\n\nHarbour Ghosts\nShare\n2025\nDirected by Ann Quist\n\n" + BODY
    assert split_layout(film).title == "Harbour Ghosts"


# ---- a broadcast's and a release's own day; a tag row; a credit line ----

def test_a_streamed_line_with_length_and_views_dates_the_page() -> None:
    page = ("streambox\nFollowing   Browse   Esports   Music\n\nHarbourCast\n120K followers\n\n"
            "Night Shift #14 | we need to talk about the quarry\nJust Chatting · Podcasts\n"
            "English   Talk Show   Comedy\nStreamed Mar 5, 2026 · 1:58:12 · 12,044 views\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Night Shift #14 | we need to talk about the quarry"
    assert layout.date_line == "2026-03-05"


def test_a_release_date_line_dates_a_song_page() -> None:
    page = ("SONGSHELF\n\nSalt Moon (Live)\nBo Hartley\nProduced By Ann Quist\nRelease Date March 2, 2026\n"
            "12 Contributors\n\n[Verse 1]\nThe tide came in and took the road\n\n" + BODY)
    layout = split_layout(page)
    assert (layout.title, layout.date_line) == ("Salt Moon (Live)", "2026-03-02")


def test_streamed_and_released_in_a_sentence_date_nothing() -> None:
    page = ("Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n"
            "Streamed March 1, 2026 to an audience of thousands, the meeting ran late.\n\n" + BODY)
    assert split_layout(page).date_line == "2026-03-04"


def test_filed_recorded_and_written_lines_do_not_beat_the_date_line() -> None:
    head = "Council backs the skate park plan\n\n"
    for label in ("Filed", "Recorded", "Written"):
        page = f"{head}{label} March 2, 2026\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY
        assert split_layout(page).date_line == "2026-03-04"
        page = f"{head}By Ann Lee\nMarch 4, 2026\n\n{BODY}\n\n{label} March 2, 2026\n"
        assert split_layout(page).date_line == "2026-03-04"


# ---- outlets: a writer's desk after the byline, a "More from writer and publication" line ----

def test_a_desk_after_the_writers_role_is_not_the_outlet() -> None:
    page = ("The Desert Courier\nSubscribe | Sign in\n\n"
            "Port authority delays the new ferry terminal by a year\n\n"
            "By Ann Lee, Assistant Editor, Business\nPublished: Fri 6 Mar 2026, 4:12 PM\n\n" + BODY)
    assert split_layout(page).outlet_marker != "Business"


def test_a_byline_with_the_paper_after_the_role_still_names_it() -> None:
    page = ("Port authority delays the new ferry terminal by a year\n\n"
            "By Ann Lee, Staff Writer, The Harlow Courier\nMarch 6, 2026\n\n" + BODY)
    assert split_layout(page).outlet_marker == "The Harlow Courier"


def test_more_from_the_writer_and_the_publication_names_the_publication() -> None:
    page = ("Port authority delays the new ferry terminal by a year\n"
            "Ann Lee\nFollow\n5 min read\nMar 6, 2026\n\n"
            + BODY + "\n\nWritten by Ann Lee\n\nMore from Ann Lee and Quayside Notes\n")
    assert split_layout(page).outlet_marker == "Quayside Notes"
    other = ("Port authority delays the new ferry terminal by a year\n\nBy Ann Lee\nMar 6, 2026\n\n"
             + BODY + "\n\nMore from Harbour and Quay Media\n")
    assert split_layout(other).outlet_marker != "Quay Media"


# ---- a stream's chat replay ----

CHAT = ("Chat Replay\n\n"
        "[0:00:10] Streambot: Welcome! Read the rules with !rules\n"
        "[0:00:21] moss_and_ink: first time catching this live\n"
        "[0:00:25] [SUB 3] harbourgull: ok this quarry thing again\n"
        "[0:00:30] tidewatcher7 subscribed at Tier 1. They've subscribed for 2 months!\n"
        "[0:00:41] [VIP] [MOD] lanternfox: be kind in chat please\n"
        "    ↳ Replying to @moss_and_ink: first time catching this live\n"
        "[0:00:50] reedling22: welcome!!\n"
        "[0:01:02] <message deleted>\n"
        "[0:01:04] A user has been timed out for 600 seconds.\n"
        "[0:02:00] Streambot: Follow the channel for alerts\n\n"
        "Chat replay ended.\n")


def test_a_chat_replay_is_read_one_message_a_line() -> None:
    layout = split_layout("Night Shift #14 | the quarry vote\n\n" + BODY + "\n\n" + CHAT)
    rows = [(c.author, c.reply_to, c.body) for c in layout.comments]
    assert rows == [("Streambot", "", "Welcome! Read the rules with !rules"),  # (a bot posts like anyone:
                    ("moss_and_ink", "", "first time catching this live"),    # the spam model judges it)
                    ("harbourgull", "", "ok this quarry thing again"),
                    ("lanternfox", "", "be kind in chat please"),
                    ("reedling22", "moss_and_ink", "welcome!!"),
                    ("", "", ""),
                    ("Streambot", "", "Follow the channel for alerts")]
    assert not any("subscribed at Tier" in p or "timed out" in p or "Streambot" in p
                   for p in layout.paragraphs)


def test_a_chat_in_angle_brackets_is_read_too() -> None:
    log = "\n".join(f"[21:0{k}] <{name}> {text}" for k, (name, text) in enumerate(
        [("ann_lee", "anyone here?"), ("bo88", "yes"), ("quill", "the vote passed")]))
    layout = split_layout("Council backs the skate park plan\n\n" + BODY + "\n\n" + log + "\n")
    assert [c.author for c in layout.comments] == ["ann_lee", "bo88", "quill"]


def test_a_timed_transcript_is_no_chat() -> None:
    transcript = ("[00:00:05] Ann Lee: Welcome back to the show.\n\n"
                  "[00:00:12] Bo Hart: Thanks for having me, Ann.\n\n"
                  "[00:00:20] Ann Lee: What happened at the quarry?\n\n"
                  "[00:00:31] Bo Hart: Nobody asked the village first.\n")
    layout = split_layout("Episode 212: the quarry\n\nBy Ann Lee\nMarch 4, 2026\n\n" + transcript)
    assert layout.comments == ()
    caps = transcript.replace("Ann Lee:", "HOST:").replace("Bo Hart:", "GUEST:")
    assert split_layout("Episode 212: the quarry\n\nMarch 4, 2026\n\n" + caps).comments == ()


def test_an_article_with_bracketed_times_is_no_chat() -> None:
    page = ("Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY +
            "\n\n[0:41] the_clerk: reads the motion aloud\n\nThe meeting closed at ten.\n")
    assert split_layout(page).comments == ()


def test_a_chat_panels_controls_are_furniture() -> None:
    page = ("Night Shift #14 | the quarry vote\n\n" + BODY + "\n\nChat Replay\nHide Chat\n"
            "Chat replay is synced to the video. Messages may lag.\n\n" + CHAT.split("\n\n", 1)[1])
    assert not any("Chat" in p for p in split_layout(page).paragraphs)
    prose = "Chat replay of council meetings is something residents have asked for since 2019, she said."
    layout = split_layout("Council backs the skate park plan\n\n" + BODY + "\n\n" + prose)
    assert prose in layout.paragraphs


# ---- comments signed under the body with the town before the stamp ----

SIGNED = ("Comments (4)\n"
          "Disclaimer: Comments are moderated and will be published only if they follow our guidelines. "
          "The Desert Courier is not responsible for the opinions of its readers in any way at all.\n"
          "Post a comment\nSort by: Oldest | Newest\n\n"
          "The terminal was promised for this spring and now it is next spring. Nobody is surprised.\n"
          "Posted by Rania S. | Doha | 6 Mar 2026, 5:02 PM\nReply | Report\n\n"
          "    ↪ In reply to Rania S.\n"
          "    The delay is about the dredging permits, not the terminal itself.\n"
          "    Posted by Omar Haddad | Muscat | 6 Mar 2026, 5:31 PM\n    Reply | Report\n\n"
          "The comment has been removed for violating our guidelines.\n\n"
          "Ferries are still the fastest way across, terminal or not.\n\n"
          "I hope they keep the old jetty open in the meantime.\n"
          "Posted by Lina Farouk | Abu Dhabi | 6 Mar 2026, 6:10 PM\nReply | Report\n\n"
          "Load more comments\n")


def test_comments_signed_under_the_body_with_a_town_before_the_stamp() -> None:
    page = "Port authority delays the new ferry terminal\n\nMarch 6, 2026\n\n" + BODY + "\n\n" + SIGNED
    rows = [(c.author, c.reply_to, c.body[:20]) for c in split_layout(page).comments]
    assert rows == [("Rania S.", "", "The terminal was pro"),
                    ("Omar Haddad", "Rania S.", "The delay is about t"),
                    ("", "", "The comment has been"), ("Lina Farouk", "", "Ferries are still th")]
    layout = split_layout(page)
    assert not any("Disclaimer" in p or "Posted by" in p for p in layout.paragraphs)


def test_a_byline_with_a_town_and_a_date_in_the_article_is_no_comment() -> None:
    page = ("Port authority delays the new ferry terminal by a year\n\n"
            "Posted by Ann Lee | Doha | 6 Mar 2026, 5:02 PM\n\n" + BODY + "\n")
    assert split_layout(page).comments == ()


def test_the_removed_notice_in_article_prose_stays_prose() -> None:
    sentence = ("The review was removed from the agenda after objections from residents, "
                "and the council will take it up again in April.")
    page = "Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY + "\n\n" + sentence
    assert sentence in split_layout(page).paragraphs


# ---- an aggregator's thread: flagged and dead slots, nesting by indentation ----

THREAD = ("add comment\n\n"
          "ann_quist 5 hours ago | next [–]\n\n"
          "The ferry contract was signed before the survey came back.\n\nreply\n\n"
          "    bo_hart 4 hours ago | parent | next [–]\n\n"
          "    Source? The minutes say otherwise.\n\n    reply\n\n"
          "        ann_quist 4 hours ago | parent | next [–]\n\n        Page 14 of the March minutes.\n\n"
          "        reply\n\n"
          "    [flagged]\n\n"
          "[dead]\n\n"
          "cl_moss 3 hours ago | prev [–]\n\nThe survey was always going to be late.\n\nreply\n\n"
          "More\n")


def test_an_aggregator_thread_keeps_flagged_and_dead_slots_and_nests_by_indent() -> None:
    page = "Ferry terminal contract signed early (harbourpost.com)\n\n" + BODY + "\n\n" + THREAD
    rows = [(c.author, c.reply_to) for c in split_layout(page).comments]
    assert rows == [("ann_quist", ""), ("bo_hart", "ann_quist"), ("ann_quist", "bo_hart"), ("", "ann_quist"),
                    ("", ""), ("cl_moss", "")]


def test_an_unindented_thread_nests_by_its_parent_links() -> None:
    flat = "\n".join(line.lstrip() for line in THREAD.split("\n"))
    page = "Ferry terminal contract signed early (harbourpost.com)\n\n" + BODY + "\n\n" + flat
    rows = [(c.author, c.reply_to) for c in split_layout(page).comments]
    assert rows[:3] == [("ann_quist", ""), ("bo_hart", "ann_quist"), ("ann_quist", "ann_quist")]
    assert ("", "") in rows


def test_a_thread_header_with_the_commenters_town_is_still_a_header() -> None:
    town = THREAD.replace("bo_hart 4 hours", "bo_hart, East Tarrin 4 hours")
    page = "Ferry terminal contract signed early (harbourpost.com)\n\n" + BODY + "\n\n" + town
    assert [c.author for c in split_layout(page).comments][:3] == ["ann_quist", "bo_hart", "ann_quist"]


# ---- a thread's own continuation posts ("2/3", "3/3") are the article's ----

THREAD_POSTS = ("harbourpost\nHarbour Post\nFollow\n9h\n\n"
                "Ferry terminal contract was signed before the survey came back\n\n"
                "The port authority signed the dredging contract in January. "
                "The survey was delivered in March.\n"
                "1/3\n♡ 1.2K   💬 88\n\n"
                "harbourpost\n9h\n"
                "The authority's chair, Ann Quist, said the timing was \"a matter of paperwork.\"\n"
                "2/3\n♡ 301   💬 12\n\n"
                "harbourpost\n9h\nWe have asked the authority for the survey's first draft.\n3/3\n♡ 120\n\n"
                "Top\n\n"
                "tidewatcher7\n8h\n"
                "The survey was late because the boats were out of service all winter.\n♡ 40\n\n"
                "moss_and_ink\n7h\nPaperwork is doing a lot of work in that sentence.\n♡ 12\n\n"
                "reedling22\n6h\nWho signed for the authority, the chair or the board?\n♡ 3\n")


def test_a_threads_continuation_posts_are_article_text() -> None:
    layout = split_layout(THREAD_POSTS)
    assert [c.author for c in layout.comments] == ["tidewatcher7", "moss_and_ink", "reedling22"]
    assert any("a matter of paperwork" in p for p in layout.paragraphs)
    assert any("first draft" in p for p in layout.paragraphs)


def test_continuations_need_the_articles_first_number_and_the_same_author() -> None:
    from components.parse.layout import RawComment, _thread_continuations
    lines = THREAD_POSTS.split("\n")
    comments = [RawComment(1, "harbourpost", "The authority's chair, Ann Quist, said the timing"),
                RawComment(2, "tidewatcher7", "We have asked the authority for the survey's first draft.")]
    taken = set(range(len(lines)))
    assert _thread_continuations(lines, comments, taken) == (comments, taken)  # another author over "3/3"
    no_first = [line for line in lines if line != "1/3"]
    assert _thread_continuations(no_first, comments[:1], taken) == (comments[:1], taken)


def test_a_removal_notice_between_comments_with_no_blank_lines_keeps_its_slot() -> None:
    base = ("Ferry terminal contract signed early\n\nThe port authority signed the dredging contract in "
            "January, and the survey was delivered in March, well after the work had begun on the northern "
            "quay.\n\nTop\n\n")
    parts = ["tidewatcher7\n8h\nThe survey was late because the boats were out of service.\n♡ 40   💬 2",
             "Reply deleted", "moss_and_ink\n7h\nPaperwork is doing a lot of work in that sentence.\n♡ 12",
             "reedling22\n6h\nWho signed for the authority, the chair or the board?\n♡ 3"]
    for sep in ("\n\n", "\n"):
        authors = [c.author for c in split_layout(base + sep.join(parts) + "\n").comments]
        assert authors == ["tidewatcher7", "", "moss_and_ink", "reedling22"]


# ---- a reply opening "↳ Thanks Maria"; a comment of only its reactions ----

COMMENTS_HEAD = ("Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY
                 + "\n\nComments\n\n")


def _three(middle: str) -> list[tuple[str, str, str]]:
    page = (COMMENTS_HEAD + "Maria Ostend\n2 hours ago\nI was there and it was packed.\nLike · Reply\n\n"
            + middle + "\n\nCal Reed\n1 hour ago\nGood result for the kids.\nLike · Reply\n")
    return [(c.author, c.reply_to, c.body) for c in split_layout(page).comments]


def test_a_reply_of_only_thanks_and_a_name_after_an_arrow_keeps_its_words() -> None:
    rows = _three("Bo Hart\n1 hour ago\n↳ Thanks Maria\nLike · Reply")
    assert rows[1] == ("Bo Hart", "Maria Ostend", "Thanks Maria")


def test_an_arrow_before_a_name_still_marks_the_reply() -> None:
    rows = _three("↳ Bo Hart\n1 hour ago\nGlad you made it.\nLike · Reply")
    assert rows[1] == ("Bo Hart", "Maria Ostend", "Glad you made it.")


def test_a_comment_of_only_its_reaction_count_keeps_its_slot() -> None:
    rows = _three("Bo Hart\n1 hour ago\n👍 3\nLike · Reply")
    assert [r[0] for r in rows] == ["Maria Ostend", "Bo Hart", "Cal Reed"] and rows[1][2] == ""


def test_a_byline_over_a_share_row_is_no_empty_comment() -> None:
    page = "Council backs the skate park plan\n\nAnn Lee\n2 hours ago\n👍 3\nLike · Share\n\n" + BODY + "\n"
    assert split_layout(page).comments == ()


# ---- one recogniser for embedded post cards, in both forms ----

def test_post_cards_in_both_forms_are_posts_and_never_date_the_page() -> None:
    for top in ("Ann Quist @annquist", "Ann Quist (@annquist)"):
        card = f"{top}\nThe ferry survey is out. Read it before Thursday.\n4:12 PM · Mar 3, 2026\n1,204 Likes"
        page = ("Port authority delays the new ferry terminal by a year\n\nBy Bo Hart\nMarch 6, 2026\n\n"
                + BODY + "\n\n" + card + "\n\nThe authority did not reply to questions on Friday.\n")
        layout = split_layout(page)
        assert layout.date_line == "2026-03-06"
        posts = [(t.name, t.handle, t.date_text) for t in layout.tweets]
        assert posts == [("Ann Quist", "@annquist", "Mar 3, 2026")]


# ---- furniture: "Also read", an agency credit, a contributor's picture, a donation button ----

def test_also_read_headlines_agency_credit_photo_and_donate_lines_are_furniture() -> None:
    page = ("Port authority delays the new ferry terminal by a year\n\nBy Bo Hart\nMarch 6, 2026\n\n"
            + BODY + "\n\nAlso read\nHarbour cafes brace for a quiet summer\n"
            "Five ferries that shaped the bay\n\n"
            "The authority did not reply to questions on Friday.\n\n- With inputs from agencies\n\n"
            "Photo of Bo Hart\nBo is a senior studying history.\n\nDonate to The Harbour Post\n")
    paragraphs = split_layout(page).paragraphs
    assert not any(line.startswith(("Also read", "Harbour cafes", "- With inputs", "Photo of", "Donate to"))
                   for p in paragraphs for line in p.split("\n"))
    assert any(p.startswith("The authority did not reply") for p in paragraphs)


def test_prose_with_inputs_photos_and_donations_stays() -> None:
    lines = ["With inputs from residents the council redrew the plan twice before the vote.",
             "Photo of the flooded quay went round the town within the hour, she said.",
             "Donate to the lifeboat fund if you can, the harbourmaster asked on Friday."]
    for line in lines:
        page = "Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY + "\n\n" + line
        assert line in split_layout(page).paragraphs


# ---- a headline over its episode's label ----

def test_a_headline_over_an_episode_label_is_the_title() -> None:
    for label in ("Episode 212", "Ep. 14", "Part 3", "Issue #41"):
        page = f"The quarry vote and what comes next\n{label}\n\nMarch 4, 2026\n\n" + BODY
        assert split_layout(page).title == "The quarry vote and what comes next"


def test_a_menu_item_over_short_menu_lines_is_still_no_headline() -> None:
    page = ("Listen to every episode of the show\nEpisodes\nAbout\n\nQuarry vote passes\n\nMarch 4, 2026\n\n"
            + BODY)
    assert split_layout(page).title != "Listen to every episode of the show"


# ---- one-line comments signed after their words ("… — Ann Lee"), no stamp ----

def test_comments_signed_after_the_words_with_a_dash_are_read() -> None:
    for sep in (" — ", " ~ ", "\n— "):
        page = (COMMENTS_HEAD + f"I was there and it was packed.{sep}Maria Ostend\n\n"
                "This comment has been removed by a moderator.\n\n"
                f"The kids deserved this one.{sep}Bo Hart\n\nGood result for the kids.{sep}cal_reed\n\n"
                "More from the Valley Lantern\nLibrary hours extended\n")
        rows = [(c.author, c.body) for c in split_layout(page).comments]
        assert rows == [("Maria Ostend", "I was there and it was packed."),
                        ("", "This comment has been removed by a moderator."),
                        ("Bo Hart", "The kids deserved this one."), ("cal_reed", "Good result for the kids.")]


def test_signed_quotations_in_an_article_are_no_comments() -> None:
    quotes = ("Be kind, for everyone you meet is fighting a hard battle. — Ian Maclaren\n\n"
              "The only way out is through. — Robert Frost\n\n"
              "Nothing will work unless you do. — Maya Angelou\n")
    page = "Ten quotes for a hard week\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY + "\n\n" + quotes
    assert split_layout(page).comments == ()


def test_a_comment_section_with_unsigned_paragraphs_is_not_read_as_signed() -> None:
    page = (COMMENTS_HEAD + "I was there and it was packed. — Maria Ostend\n\n"
            "The kids deserved this one, and nobody signed this.\n\n"
            "Good result for the kids. — Bo Hart\n\nAgreed. — Cal Reed\n")
    assert [c.author for c in split_layout(page).comments] != ["Maria Ostend", "Bo Hart", "Cal Reed"]


# ---- a blog post's notes: likes and reblogs are no comments, replies are ----

def test_a_notes_list_gives_its_replies_and_leaves_likes_and_reblogs_out() -> None:
    page = ("Council backs the skate park plan\n\nPosted on March 4, 2026\n\n" + BODY + "\n\n128 notes\n\n"
            "maria-ostend liked this\nbo-hart reblogged this from harbourblog\n"
            "cal-reed replied: good result for the kids\ndee-moss liked this\n"
            "elm-street reblogged this from harbourblog and added: the kids earned this\n"
            "harbourblog posted this\n")
    layout = split_layout(page)
    assert [(c.author, c.body) for c in layout.comments] == [("cal-reed", "good result for the kids"),
                                                             ("elm-street", "the kids earned this")]
    assert not any("liked this" in p for p in layout.paragraphs)


def test_two_note_like_sentences_in_an_article_are_no_notes() -> None:
    page = ("Council backs the skate park plan\n\nBy Ann Lee\nMarch 4, 2026\n\n" + BODY
            + "\n\nThe mayor replied: we will build it by June.\n")
    assert split_layout(page).comments == ()
