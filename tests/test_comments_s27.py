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
    ])
    assert _rows(text)[2][2] == "+44 7700 900518"


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
