"""Session 36 (helper H190): comment sections the comment readers lost or misread, as two data writers
met them on real platforms' forms, each on invented pages with must-not-fire cases:

- a comment copied word for word (a bot's repost) made both copies go as the site's repeated notice;
- a comment in a script written without spaces (Chinese) read as a label; the last comment of a widget
  whose action row has a word the rows did not know ("Respect", "Thank", a "More" menu) read as a link
  list's headline when its text did not end like a sentence (a Cyrillic spam ending in a handle);
- a message opening with a label and a colon ("Mod note: …", "Update: …") read as a labelled field or
  a caption;
- a wiki talk page's signatures after the text: user names of words in lower case, a capital inside a
  word, IP addresses and temporary accounts, the "Preceding unsigned comment added by" note, a sign-off
  before the name, a one-word sentence before it, list marks opening a vote;
- a talk page's Structured Discussions form: the stamp on the action row, user links on the name line,
  an IP address as the name line;
- a widget's badge over the name ("Featured") is no author.

Must-not-fire: a site's notice printed under every review (under the text, under a closing stamp, under
a name-like button), labelled fields ("Status: Resolved"), an article's caption label, "More comments",
a prose line with a parenthesis and a date that is no signature, page controls over a stamp ("Load
more", "Top comment").
"""

import pytest

from components.parse.comment_blocks import Kind, _capital_then_lower, classify, split_signature
from components.parse.layout import _is_action_line
from components.parse.talk_signatures import is_editor_address, talk_user_line
from tests.layout_support import BODY, comment_rows

# ---- a comment widget (the Coral kind): name, stamp, body, action row ----


def _widget(comments: list[tuple[str, str]], row: str = "Reply   Share   Respect 4   Report",
            badge_at: int = -1) -> str:
    page = BODY + "\n\nComments\n\nCommunity Guidelines\nSign in to join the conversation\n\n"
    page += f"{len(comments)} Comments\n\nSort by   Newest\n\n"
    for n, (name, text) in enumerate(comments):
        page += ("Featured\n" if n == badge_at else "") + f"{name}\n{n + 2} hours ago\n{text}\n{row}\n\n"
    return page + "Powered by Coral\n\nMost read\n\nThe ferry timetable changes again\n"


COPIED = "The skate park should have been built years ago, the kids have nowhere to go at night."
READERS = [("Tamsin Rook", COPIED),
           ("Bertram Hale", "Nobody asked the neighbours about the noise at night."),
           ("quickcash_22", COPIED),
           ("Odile Fenn", "A vote at midnight is not a consultation.")]


def _rows(comments: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(name, "", text) for name, text in comments]


@pytest.mark.parametrize("row", ["Reply   Share   Respect 4   Report", "Reply · Like · Report"])
def test_a_comment_copied_word_for_word_keeps_both_copies(row: str) -> None:
    assert comment_rows(_widget(READERS, row)) == _rows(READERS)


def test_a_copy_posted_three_times_keeps_every_copy() -> None:
    readers = [*READERS, ("quickcash_22", COPIED)]
    assert comment_rows(_widget(readers)) == _rows(readers)


NOTICE = "This review is the subjective opinion of a member and not of the site."
REVIEWS = [("Ines Calder", "The guide was brilliant and the tunnels were cool even in August."),
           ("Piet Amundsen", "Far too crowded, we heard nothing past the first chamber.")]


@pytest.mark.parametrize("form", [
    "{name}\n{day} March 2026\n{text}\n" + NOTICE + "\nHelpful   Share\n\n",  # under the text
    "{name}\n{day} March 2026\n{text}\nWritten {day} March 2026\n" + NOTICE + "\nHelpful   Share\n\n",
    "{name}\n{day} March 2026\n{text}\nThank {name}\n" + NOTICE + "\nHelpful   Share\n\n"])  # a button
def test_a_notice_under_every_review_is_still_no_comment_text(form: str) -> None:
    page = "Harrowgate Caverns Lantern Tour\n\nReviews (2)\n\n"
    page += "".join(form.format(name=name, day=n + 3, text=text)
                    for n, (name, text) in enumerate(REVIEWS * 2))
    rows = comment_rows(page)
    assert rows and all(NOTICE not in body for _, _, body in rows), rows


# ---- text in other scripts ----

CHINESE = "这个滑板公园的计划很好，孩子们需要一个地方。"
CYRILLIC_SPAM = "Заработок от 3000 рублей в день! Пиши в телеграм @fast_money_ru"


@pytest.mark.parametrize("at", [0, 1, 3])
@pytest.mark.parametrize("text", [CHINESE, CHINESE.rstrip("。")])
def test_a_comment_in_chinese_script_is_read_wherever_it_stands(at: int, text: str) -> None:
    readers = READERS[1:]
    readers.insert(at, ("Wei Lan", text))
    assert comment_rows(_widget(readers)) == _rows(readers)


@pytest.mark.parametrize("row", ["Reply   Share   Respect 4   Report", "Reply   Share   Respect   Report",
                                 "Reply   Like   More", "Reply   Thank"])
@pytest.mark.parametrize("name, text", [("Людмила", CYRILLIC_SPAM),
                                        ("Lucy Marr", "Earn 3000 a day from home, write to me @fast_money")])
def test_the_last_comment_without_a_stop_is_read_under_an_unfamiliar_action_row(row: str, name: str,
                                                                                  text: str) -> None:
    readers = [*READERS[1:], (name, text)]
    assert comment_rows(_widget(readers, row)) == _rows(readers)


def test_kudos_and_menu_words_make_an_action_row_only_among_buttons() -> None:
    for row in ("Reply   Share   Respect 41   Report", "Reply   Thank", "Reply   Like   More",
                "Reply · Thank"):
        assert _is_action_line(row), row
    for line in ("More comments", "Like more", "Thank you", "Respect", "More", "Respect the result",
                 "Thank the volunteers"):
        assert not _is_action_line(line), line


def test_a_badge_over_the_name_is_no_author() -> None:
    assert comment_rows(_widget(READERS[1:], badge_at=1)) == _rows(READERS[1:])


def test_chinese_lines_are_prose_and_short_chinese_labels_are_not() -> None:
    assert classify(CHINESE)[0] is Kind.PROSE
    assert classify(CHINESE.rstrip("。"))[0] is Kind.PROSE
    assert classify("评论")[0] is not Kind.PROSE  # "Comments": a two-letter heading
    assert classify("Load more")[0] is not Kind.PROSE


# ---- a message opening with a label and a colon ----

LABELLED = ["Mod note: please keep this civil, personal remarks will be removed.",
            "Mod note: Please keep it civil",
            "Update: the council has moved the vote to next month",
            "Edit: I meant the north field, not the south one.",
            "Admin note: this topic is now closed"]


def _list_topic(comments: list[tuple[str, str]]) -> str:
    """A mailing list's topic page (the groups.io kind): name, date and number, text, a row."""
    count = len(comments)
    page = (BODY + "\n\nRiverside Residents\nGroup Information\n"
            "Home   Messages   Hashtags   Calendar   Files\n\nTopic: Skate park vote #council\n\n"
            f"Date   1 - {count} of {count}   View: Expanded\n\n")
    for n, (name, text) in enumerate(comments):
        page += f"{name}\nMar 3   #{4410 + n}\n{text}\nReply   Like   More\n\n"
    return page + "Previous Topic   Next Topic\n"


@pytest.mark.parametrize("text", LABELLED)
@pytest.mark.parametrize("page", [_list_topic, _widget])
def test_a_message_opening_with_a_label_and_a_colon_is_read(text: str, page) -> None:  # type: ignore[no-untyped-def]
    readers = [READERS[1], ("Pru Dallow", text), READERS[3]]
    assert comment_rows(page(readers)) == _rows(readers)


def test_labelled_fields_and_captions_stay_what_they_were() -> None:
    assert classify("Mod note: Please keep it civil")[0] is Kind.PROSE
    assert classify("Update: the vote is off")[0] is Kind.PROSE
    for field in ("Status: Resolved", "Position: Strongly oppose", "Suburb: Leeds North", "Edit: typo",
                  "Hitting back: the actor at the premiere"):
        assert classify(field)[0] is Kind.ACTION, field


# ---- a wiki talk page: signatures after the text ----

STAMP = "08:40, 20 November 2025 (UTC)"
TALK_HEAD = ("Discussion on Wikipedia\n\nTalk:Harrow Mill\nArticle   Talk\n"
             "Read   Edit   Add topic   View history\nFrom Wikipedia, the free encyclopedia\n\n"
             "This is the talk page for discussing improvements to the "
             "Harrow Mill article.\nThis is not a forum for general discussion of the article's subject.\n\n")
# (depth, text as the page prints it, signature, author, text as read)
SIGNED = [
    (0, "I think the mill's article should be merged into the village article.", "Fenwick (talk)",
     "Fenwick", "I think the mill's article should be merged into the village article."),
    (1, "Oppose. The mill has three book sources and a listed building entry.", "Moss piglet (talk)",
     "Moss piglet", "Oppose. The mill has three book sources and a listed building entry."),
    (1, "Agree with the oppose, the listing alone makes it notable.", "86.14.22.9 (talk)",
     "86.14.22.9", "Agree with the oppose, the listing alone makes it notable."),
    (2, "The listing is for the wheelhouse only. Sad.", "Tarn Ellis (talk)",
     "Tarn Ellis", "The listing is for the wheelhouse only. Sad."),
    (1, "Keep it separate. Regards,", "Sunwise Team (talk)", "Sunwise Team", "Keep it separate. Regards,"),
    (0, "Please add the 1890 fire to the history section.", "WikiPro Writers (talk)",
     "WikiPro Writers", "Please add the 1890 fire to the history section."),
    (1, "Done, with the county record as the source.", "DeVries (talk)",
     "DeVries", "Done, with the county record as the source."),
    (1, "The fire date is wrong in the infobox.", "2A02:C7C:8E21:0:4D1:19F:3B2:77 (talk)",
     "2A02:C7C:8E21:0:4D1:19F:3B2:77", "The fire date is wrong in the infobox."),
    (1, "Fixed the date too.", "~2025-31337-12 (talk)", "~2025-31337-12", "Fixed the date too."),
    (1, "• Support. Not enough sources for two articles.", "McAllister Jones (talk · contribs)",
     "McAllister Jones", "Support. Not enough sources for two articles."),
    (1, "*:* Oppose, the wheel is listed on its own.", "T.Marsh (talk)",
     "T.Marsh", "Oppose, the wheel is listed on its own."),
    (1, "Oppose per the listing. — Preceding unsigned comment added by", "81.2.69.160 (talk)",
     "81.2.69.160", "Oppose per the listing."),
    (1, "Merge it, nobody reads the mill page. —Preceding unsigned comment added by",
     "Rowan Pell (talk | contribs)", "Rowan Pell", "Merge it, nobody reads the mill page."),
    (0, "We could use a photo of the wheel. —", "Saltgrass88 (talk)",
     "Saltgrass88", "We could use a photo of the wheel."),
]


def _talk_page(signed: list[tuple[int, str, str, str, str]]) -> str:
    page = BODY + "\n\n" + TALK_HEAD
    page += "Proposed merge\nLatest comment: 2 days ago · 14 comments · 9 people\n\n"
    for depth, text, signature, _, _ in signed:
        indent = "    " * depth
        page += f"{indent}{text} {signature} {STAMP}\n{indent}Reply\n"
    return page


def test_every_talk_page_signature_gives_its_author_and_stays_out_of_the_text() -> None:
    rows = comment_rows(_talk_page(SIGNED))
    assert [(author, body) for author, _, body in rows] == [(a, t) for *_, a, t in SIGNED]


def test_a_logged_out_editors_comment_is_not_merged_with_the_next_one() -> None:
    signed = [SIGNED[0], SIGNED[2], SIGNED[1], SIGNED[8]]  # the last signed by a temporary account
    rows = comment_rows(_talk_page(signed))
    assert [author for author, _, _ in rows] == ["Fenwick", "86.14.22.9", "Moss piglet", "~2025-31337-12"]


@pytest.mark.parametrize("line", [
    "The mill closed in 1962 (see the county record) 08:40, 20 November 2025 (UTC)",
    "The wheel was restored by volunteers (talk) in 2019.",
    "Fenwick (talk) 08:40, 20 November 2025 (UTC)",  # a signature with no text before it
    "as the council said. The vote (talk) was held on 3 March 2026",
    "i agree with fenwick (talk) 08:40, 20 November 2025 (UTC)",  # no capital: no user name after no text end
])
def test_no_talk_signature_where_there_is_none(line: str) -> None:
    signed = split_signature(line)
    assert signed is None or signed[1] not in {"Fenwick", "Fenwick (talk)", "volunteers", "The vote"}, signed


@pytest.mark.parametrize("line, name", [
    ("Moss piglet (talk | contribs)", "Moss piglet"), ("86.14.22.9", "86.14.22.9"),
    ("~2025-31337-12", "~2025-31337-12"), ("Fenwick (talk · contribs)", "Fenwick"),
    ("2A02:C7C:8E21::77", "2A02:C7C:8E21::77")])
def test_a_wiki_name_line_gives_the_user(line: str, name: str) -> None:
    assert talk_user_line(line) == name
    assert classify(line) == (Kind.NAME, name)


@pytest.mark.parametrize("line", ["Talk (talk)", "the wheel (talk · contribs)", "2026",
                                  "3.14", "12:40", "Call 0113 496 0000", "The mill in 1890 (talk)"])
def test_no_wiki_name_line_where_there_is_none(line: str) -> None:
    assert talk_user_line(line) in (None, "Talk")  # ("Talk" is a user name a wiki allows)
    assert not is_editor_address(line)


# ---- a talk page's Structured Discussions (Flow) form ----

FLOW = [("Proposed merge", [(0, "Fenwick", "I think the mill's article should go into the village one."),
                            (1, "Moss_piglet", "Oppose. The mill has three book sources and a listing."),
                            (2, "86.14.22.9", "The listing is only for the wheelhouse."),
                            (1, "Orla Finch", "Support, there is not enough for two articles.")]),
        ("Photo of the wheel", [(0, "Saltmarsh42", "Could someone take a photo of the wheel?"),
                                (1, "Fenwick", "I can do it next week.")])]
FLOW_FORMS = {
    "stamp line": "{i}{name}\n{i}2 days ago\n{i}{text}\n{i}Reply{sep}Thank\n\n",
    "stamp after the row": "{i}{name}\n{i}{text}\n{i}Reply{sep}Thank{sep}2 days ago\n\n",
    "stamp before the row": "{i}{name}\n{i}{text}\n{i}2 days ago{sep}Reply{sep}Thank\n\n",
    "user links": "{i}{name} (talk | contribs)\n{i}2 days ago\n{i}{text}\n{i}Reply{sep}Thank\n\n"}


def _flow(form: str, sep: str, topics: list = FLOW) -> str:  # type: ignore[type-arg]
    page = BODY + "\n\n" + TALK_HEAD + "This page uses Structured Discussions.\n\nStart a new topic\n\n"
    for title, posts in topics:
        page += f"{title}\n{len(posts)} comments · 3 people\n\n"
        page += "".join(FLOW_FORMS[form].format(i="    " * d, name=name, text=text, sep=sep)
                        for d, name, text in posts)
    return page


@pytest.mark.parametrize("form", FLOW_FORMS)
@pytest.mark.parametrize("sep", ["   ", " · "])
def test_every_structured_discussions_form_is_read(form: str, sep: str) -> None:
    rows = comment_rows(_flow(form, sep))
    assert [(a, b) for a, _, b in rows] == [(name, text) for _, posts in FLOW for _, name, text in posts]
    assert [r for _, r, _ in rows] == ["", "Fenwick", "Moss_piglet", "Fenwick", "", "Saltmarsh42"]


@pytest.mark.parametrize("form", ["stamp line", "user links"])
def test_a_user_name_with_a_lower_case_word_over_its_stamp_is_the_author(form: str) -> None:
    topics = [(title, [(d, "Moss piglet" if name == "Moss_piglet" else name, text)
                       for d, name, text in posts])
              for title, posts in FLOW]
    rows = comment_rows(_flow(form, "   ", topics))
    assert [a for a, _, _ in rows][:2] == ["Fenwick", "Moss piglet"]


@pytest.mark.parametrize("label", ["Load more", "Top comment", "Most recent", "Show replies", "Hide replies",
                                   "Sort by newest", "Read more", "Featured comment", "View all",
                                   "Staff pick", "Comments closed", "Latest replies"])
def test_a_control_is_no_user_name_of_a_capital_and_lower_case_words(label: str) -> None:
    assert not _capital_then_lower(label)


@pytest.mark.parametrize("name", ["Moss piglet", "Karakoram lass", "Old salt", "Tern watcher 4"])
def test_a_user_name_of_a_capital_and_lower_case_words(name: str) -> None:
    assert _capital_then_lower(name)


def test_a_guests_name_over_its_badge_stays_the_author() -> None:
    page = BODY + "\n\n3 Comments\n\n"
    readers = [("Guest", "Top fan", "The ferry was late again."),
               ("Bertram Hale", "Member", "Nobody asked the neighbours."),
               ("Odile Fenn", "Member", "A vote at midnight is no consultation.")]
    for n, (name, badge, text) in enumerate(readers):
        page += f"{name}\n{badge}\n{n + 1} day ago\n{text}\nReply\n\n"
    assert [a for a, _, _ in comment_rows(page)] == ["Guest", "Bertram Hale", "Odile Fenn"]
