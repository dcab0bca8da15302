"""Comment readers on invented pages (session 27): exported WhatsApp chats, commenters' names with
brackets, dashes, apostrophes, numbers and tildes, badges beside a name, short comments that look
like counts or UI rows, and app-store reviews. Each fault has a must-not-fire case beside it."""

from components.parse.layout import split_layout

ANDROID = "\n".join([
    "13/11/2026, 16:10 - Messages and calls are end-to-end encrypted. Only people in this chat can read,"
    " listen to, or share them. Learn more.",
    '13/11/2026, 16:10 - Priya Dhar created group "Year 4 Parents"',
    "13/11/2026, 16:11 - Priya Dhar added Tom Wells",
    "13/11/2026, 16:12 - Priya Dhar: Has anyone heard about the swimming lessons being cancelled?",
    "13/11/2026, 16:13 - Tom Wells: Yes the letter came home today",
    "it says the pool is shut until spring",
    "13/11/2026, 16:14 - Jo (Alfie's mum): That's ridiculous, they promised",
    "13/11/2026, 16:15 - +44 7700 900518: who is this group for?",
    "13/11/2026, 16:15 - ~ Lisa: <Media omitted>",
    "13/11/2026, 16:16 - Mo's dad:",
    "Honestly I think the school did its best here",
    "13/11/2026, 16:17 - Tom Wells: This message was deleted",
    "13/11/2026, 16:18 - Priya Dhar: @Tom Wells did it say who decided?",
    "13/11/2026, 16:18 - Jo - Alfie's mum: no it just said the council",
    "13/11/2026, 16:19 - Tom Wells left",
])

IOS = "\n".join([
    "[02/03/2026, 08:10:02] Plot Holders: \u200eMessages and calls are end-to-end encrypted.",
    "[02/03/2026, 08:10:05] Plot Holders: \u200eBev Ross added ~\u202fLisa",
    "[02/03/2026, 08:12:00] Bev Ross: Meeting moved to Thursday",
    "[02/03/2026, 08:12:40] ~\u202fLisa: Thanks Bev, I'll bring the seed list",
    "\u200e[02/03/2026, 08:13:10] Dan Cole: \u200eimage omitted",
    "[02/03/2026, 08:14:00] Dan Cole: @Bev Ross is it still at the hut? <This message was edited>",
    "[02/03/2026, 08:15:00] Bev Ross: Yes, 7pm.",
    "Bring a torch.",
])

US = "\n".join([
    "11/13/26, 4:12\u202fPM - Carla Mendes: anyone else get the email from the coach?",
    "11/13/26, 4:13\u202fPM - Rick: yeah, season's cancelled apparently",
    "11/13/26, 4:15\u202fPM - Carla Mendes: That can't be right",
    "11/14/26, 9:02\u202fAM - Rick left",
])


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(c.author, c.body, c.reply_to) for c in split_layout(text).comments]


def test_android_export_messages_authors_and_replies() -> None:
    layout = split_layout(ANDROID)
    assert _rows(ANDROID) == [
        ("Priya Dhar", "Has anyone heard about the swimming lessons being cancelled?", ""),
        ("Tom Wells", "Yes the letter came home today\nit says the pool is shut until spring", ""),
        ("Jo (Alfie's mum)", "That's ridiculous, they promised", ""),
        ("+44 7700 900518", "who is this group for?", ""),
        ("Mo's dad", "Honestly I think the school did its best here", ""),
        ("Priya Dhar", "@Tom Wells did it say who decided?", "Tom Wells"),
        ("Jo - Alfie's mum", "no it just said the council", ""),
    ]
    assert layout.title == "Year 4 Parents" and layout.header_date == "2026-11-13"
    assert not layout.paragraphs  # the app's notices are no article text


def test_ios_export_drops_the_apps_lines_and_the_tilde() -> None:
    layout = split_layout(IOS)
    assert _rows(IOS) == [
        ("Bev Ross", "Meeting moved to Thursday", ""),
        ("Lisa", "Thanks Bev, I'll bring the seed list", ""),
        ("Dan Cole", "@Bev Ross is it still at the hut?", "Bev Ross"),
        ("Bev Ross", "Yes, 7pm.\nBring a torch.", ""),
    ]
    assert layout.title == "Plot Holders" and layout.header_date == "2026-03-02"


def test_us_export_is_month_first_and_titled_by_its_first_message() -> None:
    layout = split_layout(US)
    assert [c.author for c in layout.comments] == ["Carla Mendes", "Rick", "Carla Mendes"]
    assert layout.header_date == "2026-11-13"
    assert layout.title == "anyone else get the email from the coach?"


def test_a_tagged_number_replies_to_that_number() -> None:
    text = "\n".join([
        "05/01/2026, 10:00 - +44 7700 900518: is the bake sale on friday?",
        "05/01/2026, 10:01 - Ann Cho: I think so",
        "05/01/2026, 10:02 - Ann Cho: @447700900518 yes, 3pm in the hall",
        "05/01/2026, 10:03 - Ann Cho: IMG-20260105-WA0003.jpg (file attached)",
        "the poster for it",
    ])
    assert _rows(text)[2][2] == "+44 7700 900518"
    assert _rows(text)[3][1] == "the poster for it"


def test_an_article_with_a_few_dated_lines_is_no_chat() -> None:
    text = "\n".join([
        "Timeline of the pool closure",
        "",
        "The council published its decision on Tuesday after a long meeting with parents and staff.",
        "",
        "13/11/2026, 16:12 - Decision published",
        "14/11/2026, 09:00 - Letters sent to parents",
        "",
        "Parents said they were not consulted before the decision was made by the council.",
    ])
    layout = split_layout(text)
    assert not layout.comments
    assert layout.title == "Timeline of the pool closure"


def test_a_chat_under_an_article_keeps_the_articles_title() -> None:
    text = ("Parents react to pool closure\n\nThe school told parents on Friday that swimming would stop."
            "\n\n" + US)
    layout = split_layout(text)
    assert layout.title == "Parents react to pool closure"
    assert len(layout.comments) == 3


ARTICLE_HEAD = "\n".join([
    "Pool closure: parents react",
    "",
    "The council shut the pool on Friday, and parents were told by letter that lessons would stop until"
    " spring.",
    "",
    "7 comments",
    "",
])


def _name_message_time(names: list[str]) -> str:
    bodies = ["Has anyone heard about the swimming lessons?", "That's ridiculous, they promised us all term",
              "They said it was the council's decision", "Honestly I think the school did its best here",
              "who is this group for?", "I'll ask at pickup tomorrow", "It's the pool, not the school"]
    return ARTICLE_HEAD + "\n".join(f"{name}\n{body}\n16:{10 + n}\n" for n, (name, body)
                                    in enumerate(zip(names, bodies, strict=True)))


def test_saved_contact_names_keep_their_labels_and_comments() -> None:
    names = ["Priya Dhar", "Jo (Alfie's mum)", "Jo - Alfie's mum", "Mo's dad", "+44 7700 900518", "~ Lisa",
             "Tom Wells"]
    layout = split_layout(_name_message_time(names))
    assert [c.author for c in layout.comments] == [
        "Priya Dhar", "Jo (Alfie's mum)", "Jo - Alfie's mum", "Mo's dad", "+44 7700 900518", "Lisa",
        "Tom Wells"]
    assert layout.comments[4].body == "who is this group for?"


def test_an_affiliation_in_brackets_still_goes() -> None:
    from components.parse.layout import _clean_author
    assert _clean_author("Jo Vale (The Harbour Post)")[0] == "Jo Vale"
    assert _clean_author("Jo (Alfie's mum)")[0] == "Jo (Alfie's mum)"


def test_short_bodies_like_labels_are_no_names() -> None:
    from components.parse.comment_blocks import Kind, classify
    for text in ("Wow (really)", "Great - thanks.", "It's fine", "Great - thanks"):
        assert classify(text)[0] is not Kind.NAME, text
    for text in ("Jo (Alfie's mum)", "Mo's dad", "+44 7700 900518", "~ Lisa", "Birds & Bees (admin)"):
        assert classify(text)[0] is Kind.NAME, text


FLICKR = "\n".join([
    "Explore   Prints   Get Pro   Upload",
    "",
    "Heron at dawn on the canal",
    "",
    "Marta Quill   Follow",
    "",
    "A grey heron waits on the lock gate at first light. The canal trust says the lock will be rebuilt"
    " next year and the gates replaced.",
    "",
    "1,204 views   88 faves   5 comments",
    "",
    "Taken on October 3, 2026",
    "",
    "Comments",
    "",
    "kestrel_pix   3d",
    "Lovely light on the water, the feathers really stand out.",
    "",
    "Ivo Brandt   Pro   5d",
    "The lock keeper told me they are going to save the old beams.",
    "",
    "Birds & Bees (admin)   4d",
    "Hi, we'd love to have this in Birds & Bees, the group for wildlife photos. Please add it!",
    "",
    "tallgrass88   2d",
    "Want more views and faves?? Follow my page for daily shots!!",
    "",
    "Ivo Brandt   Pro   1d",
    "@kestrel_pix thanks, it was a cold morning",
    "",
    "Add a comment",
])


def test_photo_page_badges_group_labels_and_a_views_question() -> None:
    layout = split_layout(FLICKR)
    assert [(c.author, c.body[:20]) for c in layout.comments] == [
        ("kestrel_pix", "Lovely light on the "), ("Ivo Brandt", "The lock keeper told"),
        ("Birds & Bees", "Hi, we'd love to hav"), ("tallgrass88", "Want more views and "),
        ("Ivo Brandt", "@kestrel_pix thanks,")]


def test_a_badge_word_inside_a_name_stays() -> None:
    from components.parse.comment_blocks import split_stamp
    assert split_stamp("Ivo Brandt   Pro   5d") == ("Ivo Brandt", "5d")
    assert split_stamp("Ann Lee · Admin · 2h") == ("Ann Lee", "2h")
    assert split_stamp("Pro Cycling Fan   5d") == ("Pro Cycling Fan", "5d")
    assert split_stamp("Ivo Pro   5d") == ("Ivo Pro", "5d")


def test_a_newsletter_promo_is_still_furniture() -> None:
    from components.parse.layout import _is_furniture
    assert _is_furniture("Want more stories like this? Sign up to our newsletter")
    assert not _is_furniture("Want more views and faves??")
    assert not _is_furniture("Want more likes? Follow my page")


LJ = "\n".join([
    "Home   Communities   Shop   Log in",
    "",
    "canal_watchers",
    "",
    "Lock gates to be replaced next spring",
    "",
    "Posted by ferryman_ed",
    "",
    "The canal trust says the old lock gates at Brindley Wharf will be replaced in March, closing the"
    " towpath for three weeks. Boaters were told at a meeting on Tuesday.",
    "",
    "Tags: canals, local news",
    "",
    "6 comments | Post a new comment",
    "",
    "marsh_harrier",
    "2026-06-05 09:26 (UTC)",
    "Three weeks is a long time to shut the towpath. Couldn't they keep one side open?",
    "(Reply) (Thread) (Link)",
    "",
    "    ferryman_ed",
    "    2026-06-05 09:40 (UTC)",
    "    They looked at it, apparently the cranes need the whole bank.",
    "    (Reply) (Thread) (Parent) (Link)",
    "",
    "        lockkeeper_jo",
    "        2026-06-05 10:02 (UTC)",
    "        source? genuinely asking",
    "        (Reply) (Thread) (Parent) (Link)",
    "",
    "quiet_narrowboat",
    "2026-06-05 11:15 (UTC)",
    "who is this",
    "Reply | Thread | Link",
    "",
    "reedbed_ann",
    "2026-06-05 12:30 (UTC)",
    "Glad they're finally doing it, the old gates leak badly.",
    "Reply | Thread | Link",
    "Expand",
    "",
    "tow_path_tim",
    "2026-06-05 13:00 (UTC)",
    "The trust should publish the engineering report.",
    "Reply | Parent | Thread | Link",
    "Collapse",
    "",
    "Post a new comment",
])


def test_journal_rows_leave_the_text_and_short_replies_stay() -> None:
    layout = split_layout(LJ)
    assert [(c.author, c.body, c.depth) for c in layout.comments] == [
        ("marsh_harrier", "Three weeks is a long time to shut the towpath. Couldn't they keep one side"
                          " open?", 0),
        ("ferryman_ed", "They looked at it, apparently the cranes need the whole bank.", 1),
        ("lockkeeper_jo", "source? genuinely asking", 2),
        ("quiet_narrowboat", "who is this", 0),
        ("reedbed_ann", "Glad they're finally doing it, the old gates leak badly.", 0),
        ("tow_path_tim", "The trust should publish the engineering report.", 0),
    ]


def test_a_sentence_about_threads_is_no_row() -> None:
    from components.parse.layout import _is_action_line
    assert _is_action_line("(Reply) (Thread) (Link)") and _is_action_line("Reply | Thread | Expand")
    assert not _is_action_line("Great thread, reply soon")


def test_short_lower_case_replies_under_a_name_and_stamp_stay_without_rows() -> None:
    text = "\n".join(line for line in LJ.split("\n")
                     if line.strip() not in ("(Reply) (Thread) (Link)", "(Reply) (Thread) (Parent) (Link)",
                                             "Reply | Thread | Link", "Reply | Parent | Thread | Link",
                                             "Expand", "Collapse"))
    bodies = [c.body for c in split_layout(text).comments]
    assert "source? genuinely asking" in bodies and "who is this" in bodies and len(bodies) == 6


def test_a_name_under_a_stamp_alone_is_not_made_a_body() -> None:
    from components.parse.comment_blocks import Kind, _short_reply
    rows = [(0, Kind.STAMP, ""), (1, Kind.NAME, "Ann Lee"), (3, Kind.NAME, "Bo Hart")]
    assert not _short_reply([""] * 4, rows, 1)  # a stamp over its name: the name is the author's


APP = "\n".join([
    "Trailpal: Hiking Maps",
    "Outdoor Tracks Ltd",
    "4.1 out of 5",
    "2,318 Ratings",
    "",
    "Ratings and Reviews",
    "",
    "★☆☆☆☆",
    "Bugs",
    "hillwalker_92",
    "13/11/2026",
    "The new update deletes my saved routes every time I close the app. Fix it please.",
    "",
    "★★★★★",
    "Wow",
    "Megan Hart",
    "12 Nov 2026",
    "Best map app I've used on the fells, the offline maps are brilliant.",
    "",
    "2 out of 5 stars",
    "Update",
    "Dev Patel, 11/11/2026",
    "Since the update the GPS drifts by fifty metres.",
    "",
    "★★★☆☆",
    "@Dan",
    "Sue Lomax · 10 Nov 2026",
    "@Dan the developer replied to me, they say a fix is coming next week.",
    "",
    "★★★★☆",
    "Good but pricey",
    "Colin Reeve",
    "9 Nov 2026",
    "Does what it says but the subscription has gone up twice this year.",
])


def test_app_reviews_one_word_titles_are_neither_author_nor_body() -> None:
    comments = split_layout(APP).comments
    assert [c.author for c in comments] == ["hillwalker_92", "Megan Hart", "Dev Patel", "Sue Lomax",
                                            "Colin Reeve"]
    assert comments[0].body.startswith("The new update") and comments[1].body.startswith("Best map app")
    assert comments[2].body == "Since the update the GPS drifts by fifty metres."


def test_a_one_word_comment_under_a_rating_with_no_header_below_stays() -> None:
    from components.parse.comment_blocks import _RATED, Kind, _review_title
    rows = [(0, Kind.ACTION, _RATED), (1, Kind.NAME, "Wow"), (2, Kind.PROSE, "")]
    assert not _review_title(rows, 1)


def test_a_last_reply_opening_with_a_tag_is_no_headline() -> None:
    text = FLICKR.replace("kestrel_pix", "Jo (Alfie's mum)").replace("tallgrass88", "+44 7700 900518")
    comments = split_layout(text).comments
    assert [c.author for c in comments] == ["Jo (Alfie's mum)", "Ivo Brandt", "Birds & Bees",
                                            "+44 7700 900518", "Ivo Brandt"]
    assert comments[-1].reply_to == "Jo (Alfie's mum)"


def test_three_messages_quoted_across_an_article_are_no_export() -> None:
    paras = [f"The council said on day {n} that the decision had been taken after a long review of the"
             f" costs, and that {n + 2} pools in the county faced the same repairs." for n in range(9)]
    text = "\n\n".join(["Pool row: the messages", *paras[:3],
                        "13/11/2026, 16:12 - Priya Dhar: Has anyone heard?", *paras[3:6],
                        "13/11/2026, 16:13 - Tom Wells: Yes the letter came", *paras[6:],
                        "13/11/2026, 16:14 - Jo Bell: Ridiculous"])
    layout = split_layout(text)
    assert layout.title == "Pool row: the messages" and not layout.header_date
    assert sum(p in layout.paragraphs for p in paras) == 9


BLOG = "\n".join([
    "Hexley Notes", "", "Allotment sale goes to a vote", "", "Posted by Ruth Lane at 08:30", "",
    "The council will vote next week on selling the allotment site for housing, the chair of the"
    " association said.", "", "Labels: allotments", "", "4 comments:", "",
    "Jo (Alfie's mum) said...", "We've had a plot there for nine years and nobody asked us.", "",
    "14 October 2026 at 09:02", "",
    "Mo's dad said...", "The council needs the houses though.", "", "14 October 2026 at 09:40", "",
    "+44 7700 900518 said...", "who decides this", "", "14 October 2026 at 10:02", "",
    "Birds & Bees (admin) said...", "Join our group to share your plot photos!", "",
    "14 October 2026 at 10:30", "", "Post a Comment", "", "Newer Post Older Post Home",
])


def test_blog_said_headers_with_saved_names() -> None:
    assert [c.author for c in split_layout(BLOG).comments] == [
        "Jo (Alfie's mum)", "Mo's dad", "+44 7700 900518", "Birds & Bees"]


def test_chat_messages_without_a_stop_over_their_time_are_no_headlines() -> None:
    head = ("Pool closure: parents react\n\nThe council shut the pool on Friday, and parents were told by a"
            " letter sent home with every child that the lessons would stop until the spring term at the"
            " earliest.\n\n")
    text = head + "\n".join(f"{name}\n{body}\n16:{10 + n}\n" for n, (name, body) in enumerate([
        ("Priya Dhar", "Has anyone heard about the swimming lessons?"), ("Jo Bell", "That's ridiculous"),
        ("Ann Cho", "They said it was the council's decision"), ("Lisa Ward", "I'll ask at pickup tomorrow"),
        ("Tom Wells", "It's the pool, not the school")]))
    assert [c.author for c in split_layout(text).comments] == [
        "Priya Dhar", "Jo Bell", "Ann Cho", "Lisa Ward", "Tom Wells"]


def test_ios_notices_without_the_encryption_line_are_no_messages() -> None:
    text = "\n".join(IOS.split("\n")[1:])  # an export that starts after the group's first lines
    assert [c.author for c in split_layout(text).comments] == ["Bev Ross", "Lisa", "Dan Cole", "Bev Ross"]


def test_a_tilde_handle_keeps_its_tilde() -> None:
    from components.parse.layout import _clean_author
    assert _clean_author("~kestrel")[0] == "~kestrel" and _clean_author("~ Lisa")[0] == "Lisa"
