"""Session 33 (helper notes33): comment sections the comment readers misread, as a data writer met them
on real platforms' layouts, each on invented pages with must-not-fire cases:

- a marketplace's reviews (the Amazon kind) with the review's title on its star-rating line after one
  space ("5.0 out of 5 stars Best boots I ever owned"), or on a line of its own that ends in "!" or
  "?" or is a hashtag;
- one-line "user · time" headers with lower-case names of three words opening with "the", and a
  forum thread's opening post under its title, which is the thread's, not a comment;
- a name line over a time line with lower-case display names of several words ("mossy boots 42");
- a community weblog (the MetaFilter kind) whose byline stands under each comment's text ("posted by
  … at 6:31 AM on November 20 [4 favorites]");
- a stream's chat replay whose bot accounts ("Nightbot") post messages like anyone.

Must-not-fire: an article paragraph that ends "posted by the council at its meeting", lower-case
article lines and labels, a product description with a star rating in it, words ending in "bot" in an
article.
"""

from components.parse.comment_blocks import Kind, classify
from tests.layout_support import comment_rows

# ---- a marketplace's reviews: the title on the rating line, or a title of its own that ends like a cry ----

PRODUCT = ("Trailhead Pro Waterproof Hiking Boots\n\n4.4 out of 5 stars   2,184 ratings\n\n"
           "Full-grain leather upper with a breathable lining, a cushioned midsole and a lugged rubber "
           "outsole for wet rock.\n\n4.5 out of 5 stars from hikers for comfort out of the box, and a "
           "two-year warranty on the stitching.\n\nCustomer reviews\n\n")

WORE = ("Wore them straight out of the box on a twelve-mile loop with no blisters at all. "
        "The lacing holds all day.")
LEAK = ("Water came in through the tongue seam the second time I crossed a creek. "
        "For this price that should not happen.")
SOCKS = "Comfortable and sturdy. Order half a size up if you wear thick socks."
DRY = "They are fine on dry trails. In wet grass my socks were soaked within an hour."


def _reviews(titles: list[str], joint: str) -> str:
    """Four reviews in the marketplace's order (name, rating and title, where and when, badges, text,
    tally, buttons), each title after the rating on `joint` (" " on the line, "\\n" on its own)."""
    people = [("Marguerite T.", "5.0", "October 3", "Size: 9   Color: Brown   Verified Purchase", WORE),
              ("Deshawn R.", "2.0", "October 9", "Verified Purchase", LEAK),
              ("Ilse V.", "4.0", "October 15", "Verified Purchase", SOCKS),
              ("Paulo M.", "3.0", "October 20", "Verified Purchase", DRY)]
    return PRODUCT + "".join(
        f"{name}\n{stars} out of 5 stars{joint}{title}\n"
        f"Reviewed in the United States on {day}, 2026\n{badges}\n{text}\n"
        "3 people found this helpful\nHelpful   Report\n\n"
        for (name, stars, day, badges, text), title in zip(people, titles, strict=True))


ON_THE_LINE = ["Best boots I ever owned", "Leaked on day two", "Good, but run small", "Fine for dry trails"]
EXPECTED_REVIEWS = [("Marguerite T.", WORE), ("Deshawn R.", LEAK), ("Ilse V.", SOCKS), ("Paulo M.", DRY)]


def test_review_title_on_the_rating_line_after_one_space() -> None:
    page = _reviews(ON_THE_LINE, " ")
    assert [(a, b) for a, _, b in comment_rows(page)] == EXPECTED_REVIEWS


def test_review_titles_of_their_own_that_end_in_a_cry_or_are_a_hashtag() -> None:
    page = _reviews(["Best boots I ever owned!", "Why does the seam leak?", "#NoBlisters",
                     "Fine for dry trails"], "\n")
    assert [(a, b) for a, _, b in comment_rows(page)] == EXPECTED_REVIEWS
    capitals = _reviews(["Best Boots Ever", "Five stars!!!", "#sendhelp", "Worth It"], "\n")
    assert [(a, b) for a, _, b in comment_rows(capitals)] == EXPECTED_REVIEWS


def test_rating_sentences_stay_prose() -> None:
    """A description's line with a rating in it is no review's header: no stamp under it."""
    for line in ("4.5 out of 5 stars from hikers for comfort out of the box, and a two-year warranty.",
                 "4.5 out of 5 stars is what the inspectors gave the kitchen last year."):
        assert classify(line)[0] is Kind.PROSE, line
    page = _reviews(ON_THE_LINE, " ")
    assert all("out of 5" not in b for _, _, b in comment_rows(page))
    assert "4.5 out of 5 stars from hikers" not in "".join(b for _, _, b in comment_rows(page))


def test_a_short_review_that_ends_in_a_cry_is_its_text() -> None:
    """Between a rating and a stamp with the next reviewer under the stamp, the line is the review's
    whole text (a review site that prints the day under the text), not a title."""
    page = (PRODUCT + "Ann Lee\n★★★★★\nLoved them!\n3 days ago\n\nBo Hart\n★★☆☆☆\nToo narrow for me?\n"
            "5 days ago\n\nCai Rees\n★★★★☆\nGood grip on wet rock!\n1 week ago\n")
    assert [(a, b) for a, _, b in comment_rows(page)] == [
        ("Ann Lee", "Loved them!"), ("Bo Hart", "Too narrow for me?"), ("Cai Rees", "Good grip on wet rock!")]


# ---- one-line headers "user · time": lower-case names, one opening with "the"; a thread's opening post ----

ROOF_POST = ("Our roofer says slate will outlast us both, but the quote is double the concrete tiles. "
             "We are in the house for maybe ten more years. Is slate worth it?")
ROOF_REPLIES = [("the old thatcher", "If you are only there ten years, take the tiles. Slate pays back "
                                     "over fifty years, not ten."),
                ("ruth on the ridge", "We did slate in 2019 and the house sold faster for it. Buyers "
                                      "noticed."),
                ("the lead flashing guy", "Whatever you pick, have the flashing redone at the same time. "
                                          "That is where the leaks come from."),
                ("sam k", "Get three quotes. The first one is always the highest.")]
ROOF_THREAD = ("Thread: Is it worth re-roofing a 1930s semi with slate?\nPosted in Home & Garden\n\n"
               f"granite_hands · 3h\n{ROOF_POST}\n\n"
               + "".join(f"{name} · {age}\n{text}\n\n"
                         for (name, text), age in zip(ROOF_REPLIES, ["2h", "2h", "1h", "45m"], strict=True)))
SIDEBAR = ("r/homeowners_uk\nA place for homeowners in the United Kingdom to ask about repairs, builders, "
           "surveys, planning and the slow joy of owning an old house with a leaking roof.\n\n")


def test_one_line_headers_with_lower_case_names_of_three_words() -> None:
    assert [(a, b) for a, _, b in comment_rows(ROOF_THREAD)] == ROOF_REPLIES
    assert classify("the lead flashing guy · 1h") == (Kind.NAMED, "the lead flashing guy")
    assert classify("mossy boots 42 · 20 Nov 2026, 06:31") == (Kind.NAMED, "mossy boots 42")


def test_a_threads_opening_post_under_its_title_is_no_comment_below_a_sidebar() -> None:
    rows = comment_rows(SIDEBAR + ROOF_THREAD)
    assert [(a, b) for a, _, b in rows] == ROOF_REPLIES
    question = ROOF_THREAD.replace("Thread: ", "").replace("Posted in Home & Garden\n", "")
    side_first = SIDEBAR.split("\n", 1)[1] + SIDEBAR.split("\n", 1)[0] + "\n" + question
    assert [(a, b) for a, _, b in comment_rows(side_first)] == ROOF_REPLIES


ARTICLE = ("Slate or tiles? Homeowners split over the cost of a roof that lasts a century\n\n"
           "Roofers in the north say enquiries about natural slate have doubled since the spring, as owners "
           "of older houses weigh the price against its long life and the look of the street.\n\n")


def test_an_articles_question_to_its_readers_is_no_threads_title() -> None:
    """A question that closes an article's text is the article's ("What do you think?"): the first
    comment under it is a comment."""
    page = ARTICLE + "Tell us below.\n\nWhat do you think?\n\n" + "".join(
        f"{name} · {age}\n{text}\n\n" for (name, text), age in zip(ROOF_REPLIES, ["2h", "2h", "1h", "45m"],
                                                                    strict=True))
    assert [a for a, _, _ in comment_rows(page)] == [a for a, _ in ROOF_REPLIES]
    after_prose = ARTICLE.replace("of the street.", "of the street. What do you think?")
    page = after_prose + "".join(f"{name} · 2h\n{text}\n\n" for name, text in ROOF_REPLIES)
    assert [a for a, _, _ in comment_rows(page)] == [a for a, _ in ROOF_REPLIES]


def test_lower_case_page_phrases_stay_unnamed() -> None:
    """Two words after an article are a label ("the latest"); a masthead in lower case before its day
    names nobody; an article's line in lower case is prose."""
    for line in ("the latest · 2h", "our picks · 3h", "the harbour post | 23.11.2026", "in the news · 2h"):
        assert classify(line)[0] is not Kind.NAMED, line
    assert classify("the minutes of the last meeting were approved without a vote")[0] is Kind.PROSE


# ---- a name line over a time line: lower-case display names of several words ----

HALL = ("Village hall roof fund reaches its target a year early\n\n"
        "The committee said the last £4,000 came from a single weekend of bake sales, a quiz night at the "
        "Anchor and a sponsored swim across the harbour in October.\n\n"
        "The work will start in March, weather permitting.\n\n")
HALL_COMMENTS = [("the quiet setter", "Brilliant news. My mother taught Sunday school in that hall for "
                                      "thirty years."),
                 ("Oskar Lindqvist", "Who audits the fund? Nobody has seen a single statement since the "
                                     "appeal opened."),
                 ("mossy boots 42", "The statements are pinned on the hall noticeboard every month, Oskar. I "
                                    "took a photo of the last one."),
                 ("the last ferry", "The sponsored swim was freezing and worth every minute.")]


def test_lower_case_names_over_their_time_lines() -> None:
    for stamps in (["2 hours ago", "2 hours ago", "1 hour ago", "45 minutes ago"],
                   ["20 Nov 2026, 14:02", "20 Nov 2026, 14:40", "20 Nov 2026, 15:10", "20 Nov 2026, 15:40"]):
        page = HALL + "".join(f"{name}\n{stamp}\n{text}\n\n"
                              for (name, text), stamp in zip(HALL_COMMENTS, stamps, strict=True))
        assert [(a, b) for a, _, b in comment_rows(page)] == HALL_COMMENTS
        headed = HALL + "Comments\n\n" + page[len(HALL):]
        assert [(a, b) for a, _, b in comment_rows(headed)] == HALL_COMMENTS


def test_a_lower_case_line_under_a_name_is_a_body() -> None:
    """A short lower-case reply under its commenter's name, its stamp under it, is the reply, not a name."""
    replies = [("Ann Lee", "so true."), ("Bo Hart", "great news for the village."),
               ("Cai Rees", "about time too.")]
    for form in ("{name}\n{text}\n2h · Like · Reply\n\n", "{name}\n{text}\n2h\n\n",
                 "{name}\n\n{text}\n2h\n\n"):
        page = HALL + "".join(form.format(name=name, text=text) for name, text in replies)
        assert [(a, b) for a, _, b in comment_rows(page)] == replies, form


# ---- a community weblog's thread (the MetaFilter kind): each comment's byline under its text ----

LOGS_POST = ("The keepers' logbooks of forty lighthouses are now online\n"
             "November 20, 2026 6:15 AM   Subscribe\n\n"
             "The Northern Lights Trust has scanned 40,000 pages of handwritten keepers' logs, from storms "
             "and shipwrecks to what the relief boat brought for dinner. Volunteers are transcribing them "
             "one watch at a time.\n"
             "posted by mossy boots 42 (5 comments total) 21 users marked this as a favorite\n\n")
LOGS_COMMENTS = [
    ("the quiet setter", "I spent an hour in the 1911 logs for my grandmother's station. Every entry "
                         "notes the wind before anything else, even the day her brother was born.",
     "6:31", "4"),
    ("Tarn Bellweather", "The transcription interface is lovely, but it asks you to type the weather codes "
                         "exactly as written.\n\nHalf of them are smudged.", "6:44", "1"),
    ("mossy boots 42", "the quiet setter, that is the best detail I have read all week.", "7:02", "7"),
    ("grey_heron", "I do not understand why this needed a trust at all when the board kept the books "
                   "in a basement for decades.", "7:15", ""),
    ("robocop is bleeding", "Because the basement flooded in 2019, according to the second link.",
     "7:21", "2")]


def _logs_thread(favourites: str, day: str) -> str:
    """The thread with each comment's byline in one of the site's forms: favourites in brackets or after
    a dash, the day with or without its year."""
    return LOGS_POST + "".join(
        f"{text}\nposted by {name} at {time} AM on {day}"
        + (favourites.format(n=n, s="" if n == "1" else "s") if n else "") + "\n\n"
        for name, text, time, n in LOGS_COMMENTS) + "« Older: The last typewriter repair shop in Leith\n"


def test_bylines_under_the_text() -> None:
    expected = [(name, text) for name, text, _, _ in LOGS_COMMENTS]
    for favourites in (" [{n} favorite{s}]", " - {n} favorite{s}", " [{n} favorite{s} +] [!]"):
        for day in ("November 20", "November 20, 2026"):
            page = _logs_thread(favourites, day)
            assert [(a, b) for a, _, b in comment_rows(page)] == expected, (favourites, day)


def test_byline_lines_and_their_look_alikes() -> None:
    assert classify("posted by grey_heron at 7:15 AM on November 20") == (Kind.NAMED, "grey_heron")
    assert classify("posted by the quiet setter at 6:31 AM on November 20, 2026 [4 favorites]") == (
        Kind.NAMED, "the quiet setter")
    assert classify("posted by mossy boots 42 (38 comments total) 21 users marked this as a favorite")[0] is (
        Kind.ACTION)
    for line in ("posted by the council at its meeting", "The plan was posted by the council at its meeting.",
                 "posted by the council at 9:30 AM on Monday, and nobody read it before the vote."):
        assert classify(line)[0] is Kind.PROSE, line


def test_an_article_paragraph_that_ends_with_posted_by_is_no_comment() -> None:
    page = ("Allotment rents to double from April\n\n"
            "The new rents were set out in a notice to every plot holder, which was posted by the council "
            "at its meeting\non Tuesday and pinned to the gate of each site the next morning.\n\n"
            "Plot holders say they were given no warning and no chance to object before the vote.\n\n"
            "The council says the rents have not risen in eleven years.\n")
    assert comment_rows(page) == []


# ---- a stream's chat replay: a bot's messages are messages ----

RELAY = ("Speedrun marathon raises record sum for children's hospital\n\n"
         "The week-long charity stream ended on Sunday with a 41-hour relay of platform games, and "
         "organisers said the total passed last year's by a third.\n\nChat replay\n\n")
RELAY_CHAT = [("pixelmoth", "here for the relay finale"),
              ("Nightbot", "Donate at the link in the panels below. Every dollar goes to the hospital."),
              ("greyfinch_77", "LETS GO"),
              ("Moobot", "Please keep chat in English and be kind to the runners."),
              ("Talbot", "that skip at the start was clean"),
              ("tidecaller", "how long is the last run supposed to take")]


def test_a_bots_chat_messages_are_comments() -> None:
    """A one-word name ending in "bot" posts on the page like anyone (the spam classifier, not the
    parser, judges its messages), and a person's name that ends so ("Talbot") is a name."""
    for stamp in ("0:00:{n:02d} ", "[0:00:{n:02d}] "):
        page = RELAY + "".join(f"{stamp.format(n=10 + 5 * k)}{name}: {text}\n"
                               for k, (name, text) in enumerate(RELAY_CHAT))
        assert [(a, b) for a, _, b in comment_rows(page)] == RELAY_CHAT, stamp


def test_a_word_ending_in_bot_in_an_article_is_no_commenter() -> None:
    page = ("The robot that reads the meters\n\n"
            "Nightbot: that is what the engineers call the machine that now reads the town's water meters "
            "after dark, and the name has stuck.\n\n"
            "Abbot: the old word for the head of the abbey is also the surname of the family who built "
            "it.\n\n"
            "The council says the robot will save four jobs' worth of overtime a year.\n")
    assert comment_rows(page) == []
