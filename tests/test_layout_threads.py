"""Comment sections of forums and comment platforms: reply phrases on author lines, "Replying to X"
lines, phpBB-style posts, forum action rows and post counters, posts that open by quoting another."""

import gc
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from layout_support import BODY

from components.core.config import load_config
from components.core.reader import decode_bytes
from components.parse.layout import clear_line_caches, split_layout
from components.parse.parser import parse_document, sha256_of

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
PAGE = f"The town listened to its young people at last\n\n{BODY}\n\n"


def _replies(text: str) -> list[tuple[str, str, bool, int]]:
    return [(c.author, c.reply_to, c.is_reply, c.depth) for c in split_layout(PAGE + text).comments]


# ---- the fixtures: every comment's author and reply target ----

def _threaded_fixtures() -> list[tuple[str, dict[str, object]]]:
    expected = tomllib.loads((LAYOUTS / "expected.toml").read_text(encoding="utf-8"))["files"]
    return [(key, want) for key, want in sorted(expected.items()) if "replies" in want]


@pytest.mark.parametrize(("key", "want"), _threaded_fixtures(), ids=[k for k, _ in _threaded_fixtures()])
def test_fixture_comments_have_their_authors_and_reply_targets(key: str, want: dict[str, object]) -> None:
    path = LAYOUTS / key
    data = path.read_bytes()
    parsed = parse_document(path.stem, str(path), decode_bytes(data).text, sha256_of(data),
                            load_config(path.parent))
    got = [[c["author"], c["reply_to"]] for c in parsed.comments]
    assert got == want["replies"]
    assert [c["is_reply"] for c in parsed.comments] == [bool(target) for _, target in got]  # type: ignore[misc]
    assert all(c["depth"] >= 1 for c in parsed.comments if c["is_reply"])


def test_there_are_threaded_fixtures() -> None:
    assert len(_threaded_fixtures()) >= 4


# ---- 1. a reply named on the author line ----

@pytest.mark.parametrize(("line", "author", "target"), [
    ("Bo Hart in reply to Ada Lind", "Bo Hart", "Ada Lind"),
    ("Bo Hart replied to Ada Lind · 1h", "Bo Hart", "Ada Lind"),
    ("bo_hart replying to @ada_lind", "bo_hart", "@ada_lind"),
    ("Mick D. in reply to ada_lind", "Mick D.", "ada_lind"),
    ("Bo Hart replied to Ada Lind 2 hours ago", "Bo Hart", "Ada Lind"),
])
def test_a_reply_phrase_on_the_author_line_names_author_and_target(line: str, author: str,
                                                                   target: str) -> None:
    plain = (f"Comments\n\nAda Lind\n2h\nIt was packed.\nLike · Reply\n\n"
             f"{line}\n1h\nNo, it was not.\nLike · Reply\n")
    assert _replies(plain)[1] == (author, target, True, 1)
    bullets = (f"12 Comments\n\n  • Ada Lind · 2h\n    It was packed.\n\n"
               f"  • {line}{'' if '·' in line else ' · 1h'}\n    No, it was not.\n")
    assert _replies(bullets)[1] == (author, target, True, 1)


def test_a_title_case_headline_with_replies_to_stays_a_link() -> None:
    links = ("Around The Web\n\n  • Mayor Replies To Critics Of The Skate Park Plan\n"
             "  • Council replied to the petition about the skate park on Friday\n"
             "  • Another Story Here For You\n")
    layout = split_layout(PAGE + links)
    assert layout.comments == ()


# ---- 2. "Replying to X" lines wherever a header carries them ----

@pytest.mark.parametrize("second", [
    "Bo Hart\nReplying to @ada_lind\n1h\nNo, it was not.\nLike · Reply",          # between name and stamp
    "Replying to @ada_lind\nBo Hart\n1h\nNo, it was not.\nLike · Reply",          # above the name
    "Bo Hart\n↳ @ada_lind\n1h\nNo, it was not.\nLike · Reply",                    # an arrow line
    "Bo Hart\n1h\n↳ Replying to @ada_lind · 1h\nNo, it was not.\nLike · Reply",   # under the stamp
])
def test_a_replying_to_line_in_a_header_gives_the_target(second: str) -> None:
    section = f"Comments\n\nAda Lind\n2h\nIt was packed.\nLike · Reply\n\n{second}\n"
    assert _replies(section) == [("Ada Lind", "", False, 0), ("Bo Hart", "@ada_lind", True, 1)]
    assert split_layout(PAGE + section).comments[1].body == "No, it was not."


def test_a_replying_to_line_in_a_newspaper_header_block() -> None:
    section = ("Comments 2\n\nAnna K.\nLakeside\nJune 9\n\nI live near the water.\n\nRecommend 4  Reply\n\n"
               "Ken\nIn reply to Anna K.\nJune 10\n\nSo do I.\n\nRecommend 1  Reply\n")
    assert _replies(section) == [("Anna K.", "", False, 0), ("Ken", "Anna K.", True, 1)]


def test_an_arrow_line_under_a_bullet_author_is_the_target() -> None:
    section = ("12 Comments\n\n  • Ada Lind · 2h\n    It was packed.\n\n"
               "  • Bo Hart\n    ↳ Ada Lind\n    1h\n    No, it was not.\n")
    assert _replies(section) == [("Ada Lind", "", False, 0), ("Bo Hart", "Ada Lind", True, 1)]


def test_a_nested_reply_that_names_nobody_answers_the_comment_it_sits_under() -> None:
    section = ("3 Comments\n\n  • Ada Lind\n    It was packed.\n\n"
               "      ◦ Bo Hart\n        No, it was not.\n\n"
               "          ▪ Cy Dee\n            It was, I was there.\n\n"
               "      ◦ Di Ray\n        Half full at best.\n\n"
               "  • Ed Fox\n    Nobody asked me.\n")
    assert _replies(section) == [("Ada Lind", "", False, 0), ("Bo Hart", "Ada Lind", True, 1),
                                 ("Cy Dee", "Bo Hart", True, 2), ("Di Ray", "Ada Lind", True, 1),
                                 ("Ed Fox", "", False, 0)]


def test_a_reply_that_opens_with_an_earlier_commenter_s_name_answers_them() -> None:
    section = ("3 Comments\n\n  • Ada Lind\n    It was packed.\n\n"
               "      ◦ Bo Hart\n        No, it was not.\n\n"
               "      ◦ Cy Dee\n        Bo Hart it was, I was there.\n\n"
               "      ◦ Di Ray\n        Bob was there too.\n")
    assert [reply for _, reply, _, _ in _replies(section)] == ["", "Ada Lind", "Bo Hart", "Ada Lind"]



def test_a_reply_that_opens_with_one_commenter_s_first_name_answers_them() -> None:
    section = ("3 Comments\n\nDiane Whitcombe\nHarbour Heights · 2d\nThe bass rattles my windows.\n"
               "Like   Reply\n\n"
               "Gus Moreno\nOld Town · 1d\nTurn it down at ten.\nLike   Reply\n\n"
               "Kev Lindqvist\nSeaview · 1d\nDiane, the bars were there first.\nLike   Reply\n")
    assert [reply for _, reply, _, _ in _replies(section)] == ["", "", "Diane Whitcombe"]
    two = section.replace("Gus Moreno", "Diane Osei")  # two Dianes: the first name names nobody
    assert [reply for _, reply, _, _ in _replies(two)] == ["", "", ""]


def test_a_comment_after_an_indented_more_replies_line_is_not_a_reply() -> None:
    section = ("12 comments\n\nmarco_b\nTen is too early.\n3d ago   Reply\n\n"
               "    lorna.p\n    Not for people up at five.\n    2d ago   Reply\n\n"
               "    View 4 more replies\n\n"
               "kitchen_tom\nCreator · Pinned\nCome down and see.\n2d ago   Reply\n\n    — Hide\n\n"
               "sleepless\nThe mayor is right.\nLiked by creator\n1d ago   Reply\n")
    assert [(a, reply) for a, reply, _, _ in _replies(section)] == [
        ("marco_b", ""), ("lorna.p", "marco_b"), ("kitchen_tom", ""), ("sleepless", "")]

# ---- 3. phpBB-style posts ----

FORUM = """Harbour Town Forum

Skate park vote

Post Reply
3 posts • Page 1 of 1

Skate park vote
Quote
Post by moss_owl » Mon Mar 03, 2025 8:02 pm
The council meets on Tuesday about the skate park, and everyone who wants it built should come and say so.
Top

kestrel_22
Posts: 120
Joined: Mon Jan 01, 2024 3:00 pm

Re: Skate park vote
Quote
by kestrel_22 » Tue Mar 04, 2025 9:14 pm
It was packed, I could not get in.
Top

Re: Skate park vote
by old timer » 04 Mar 2025, 21:40
kestrel_22 wrote: ↑Tue Mar 04, 2025 9:14 pm
It was packed, I could not get in.
Same here, stood outside.

Return to "Town matters"
Who is online
"""


def test_forum_posts_are_comments_and_the_opening_post_is_the_article() -> None:
    layout = split_layout(FORUM)
    assert [(c.author, c.reply_to, c.depth) for c in layout.comments] == [
        ("kestrel_22", "", 0), ("old timer", "kestrel_22", 1)]
    assert layout.comments[0].body == "It was packed, I could not get in."
    assert layout.comments[1].body == "Same here, stood outside."  # the quoted lines are kestrel_22's
    assert layout.title == "Skate park vote"
    assert layout.date_line == "2025-03-03"
    assert [p[:20] for p in layout.paragraphs] == ["The council meets on"]


def test_a_board_without_re_subjects_repeats_the_title_and_a_later_page_has_only_replies() -> None:
    plain = FORUM.replace("Re: Skate park vote", "Skate park vote")
    assert [(c.author, c.body[:9]) for c in split_layout(plain).comments] == [
        ("kestrel_22", "It was pa"), ("old timer", "Same here")]
    later = FORUM[FORUM.index("kestrel_22\nPosts"):]
    layout = split_layout(later)
    assert [c.author for c in layout.comments] == ["kestrel_22", "old timer"]
    assert layout.title == "Skate park vote"


def test_a_news_byline_with_a_bar_is_not_a_forum_post() -> None:
    page = f"A headline about the skate park vote\n\nBy Dana Whitcombe | March 4, 2025\n\n{BODY}\n"
    layout = split_layout(page)
    assert layout.comments == () and len(layout.paragraphs) == 2


# ---- 4. and 5. forum action rows and post counters ----

@pytest.mark.parametrize("actions", ["Quote Report", "Quote · Reply · Report", "Like Quote Reply",
                                     "Reply With Quote", "Quote"])
def test_action_rows_with_a_quote_button_end_a_comment(actions: str) -> None:
    section = (f"Comments\n\nAda Lind\n2h\nIt was packed.\n{actions}\n\n"
               f"Bo Hart\n1h\nNo, it was not.\n{actions}\n")
    layout = split_layout(PAGE + section)
    assert [(c.author, c.body) for c in layout.comments] == [("Ada Lind", "It was packed."),
                                                               ("Bo Hart", "No, it was not.")]
    assert all(actions not in p for p in layout.paragraphs)


@pytest.mark.parametrize("heading", ["43 posts", "Post Reply • 43 posts", "[ 56 posts ]",
                                     "43 posts • Page 1 of 3 • 1, 2, 3", "Conversation"])
def test_a_post_count_opens_the_comment_section(heading: str) -> None:
    section = (f"{heading}\n\nAda Lind\n2h\nIt was packed.\nLike · Reply\n\n"
               "Bo Hart\n1h\nNo, it was not.\nLike · Reply\n")
    layout = split_layout(PAGE + section)
    assert [c.author for c in layout.comments] == ["Ada Lind", "Bo Hart"]
    assert len(layout.paragraphs) == 2


# ---- 6. a post that opens by quoting another ----

@pytest.mark.parametrize(("opening", "target"), [
    ("Ada Lind wrote:", "Ada Lind"),
    ("ada_lind wrote: ↑Tue Mar 04, 2025 9:14 pm", "ada_lind"),
    ("Quote from: ada_lind on March 04, 2025, 09:14:22 PM", "ada_lind"),
    ("Originally Posted by ada_lind", "ada_lind"),
    ("Ada Lind said:", "Ada Lind"),        # "said:" counts for a poster of the thread
    ("Councillor Reed said:", ""),         # ... and for nobody else
    ("My mum wrote:", ""),
    ("She wrote:", ""),
])
def test_a_post_opening_with_a_quote_header_replies_to_the_quoted_poster(opening: str, target: str) -> None:
    section = (f"Comments\n\nAda Lind\n2h\nIt was packed.\nLike · Reply\n\n"
               f"Bo Hart\n1h\n{opening}\nIt was packed.\nNo, it was not.\nLike · Reply\n")
    layout = split_layout(PAGE + section)
    second = layout.comments[1]
    assert (second.reply_to, second.is_reply, second.depth) == (target, bool(target), int(bool(target)))
    # the quotation is the quoted poster's words, not the reply's (session 30); quoting nobody, it stays
    assert second.body == ("No, it was not." if target else f"{opening}\nIt was packed.\nNo, it was not.")


def test_a_british_dotted_time_in_a_date_line_still_dates_the_page() -> None:
    page = f"A headline about the skate park vote\n\nDana Whitcombe\nSat 16 Mar 2019 09.30 GMT\n\n{BODY}\n"
    assert split_layout(page).date_line == "2019-03-16"


# ---- bounded work: ten times the comments cost about ten times as much ----

LINEAR_FACTOR = 25  # ten times the input may cost at most this many times as much (linear: ~10)
FLOOR = 0.15        # CPU seconds under which a timing is too small to judge


def _cpu_seconds(work: Callable[[], object], enough: float = 0.0) -> float:
    """The least CPU time of two cold runs, the garbage collector paused (as tests/test_bounded.py);
    the first run that takes at most `enough` seconds settles a check against `enough` (the least
    can only be lower), so the second is not run."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(2):
            clear_line_caches()
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
            if best <= enough:
                break
    finally:
        gc.enable()
    return best


def _replying_section(n: int) -> str:
    return PAGE + "43 posts\n\n" + "\n".join(
        f"user_{i}\nReplying to user_{i - 1}\n2h\nuser_{i - 1} wrote:\nx\n@user_{i - 1} ok\n"
        "Like Quote Reply\n" for i in range(n))


def _forum_thread(n: int) -> str:
    return "Topic\n\n" + "\n".join(
        f"Re: Topic\nQuote\nby user_{i} » Mon Jun 11, 2018 8:02 am\nuser_{i - 1} wrote:\nquoted\nReply {i}.\n"
        f"Top\n\nuser_{i}\nPosts: {i}\n" for i in range(n))


@pytest.mark.parametrize("shape", [_replying_section, _forum_thread])
@pytest.mark.timing
def test_comment_sections_cost_linear_work(shape: Callable[[int], str]) -> None:
    small, large = shape(1_000), shape(10_000)
    assert len(split_layout(small).comments) == 1_000
    once = _cpu_seconds(lambda: split_layout(small))
    bound = max(LINEAR_FACTOR * once, FLOOR)
    tenfold = _cpu_seconds(lambda: split_layout(large), enough=bound)
    assert tenfold <= bound, f"{once:.3f} s, then {tenfold:.3f} s"


def test_video_site_comments_with_the_stamp_on_the_handle_line_and_like_counts_apart() -> None:
    """A video platform's embed: `@handle 2 days ago`, the body, a like count standing alone, "Reply";
    the stamp is not part of the author, the count is not the comment, and a dotted handle is whole."""
    text = ("Comments\n\n128 Comments\n\n"
            "@harbourwatcher 2 days ago\nAbout time. The wall has been crumbling since 2019.\n\n42\n\n"
            "Reply\n\n"
            "@maggie.penrose 1 day ago\nFour million seems a lot for a wall. Who checked the quote?\n\n7\n\n"
            "Reply\n\n2 replies\n\n"
            "@tom_the_fisher 1 day ago\n@maggie.penrose it's a sea wall, not a garden wall.\n\n12\n\nReply\n")
    comments = split_layout(PAGE + text).comments
    assert [(c.author, c.reply_to) for c in comments] == [
        ("@harbourwatcher", ""), ("@maggie.penrose", ""), ("@tom_the_fisher", "@maggie.penrose")]
    assert [c.body.split()[0] for c in comments] == ["About", "Four", "@maggie.penrose"]


@pytest.mark.parametrize(("section", "authors"), [
    # a tabloid's rating row with arrows on one line
    ("Comments 44\n\nNewest\nOldest\nBest rated\n\n"
     "Jan Smith, Leeds, United Kingdom, 2 hours ago\n\nAbout time. That enclosure was a disgrace.\n\n"
     "Click to rate ▲ 1204 ▼ 88\n\n"
     "Tom Brown, Bristol, United Kingdom, 3 hours ago\n\nForty acres is nothing for an elephant.\n\n"
     "Click to rate ▲ 412 ▼ 35\n", ["Jan Smith", "Tom Brown"]),
    # a parenting forum's footer under each post
    ("44 replies\n\nSally Green · 17/02/2026 08:41\n\nMy boiler is twenty years old and I have no idea.\n\n"
     "Add message | Report | Message poster\n\n"
     "Dave Hughes · 17/02/2026 09:02\n\n@Sally Green get quotes for a heat pump now.\n\n"
     "Add message | Report | Message poster\n", ["Sally Green", "Dave Hughes"]),
    # a photo platform's "View all N comments" as the only heading
    ("bluebellnews\nSacked captain speaks out #aviation\n12,408 likes\nView all 1,862 comments\n\n"
     "skyhigh_sam\nShe did nothing wrong, the landing was textbook.\n2d 4,120 likes Reply\n\n"
     "anna.flies\nAirlines never back their pilots. Shameful.\n2d 1,002 likes Reply\n",
     ["skyhigh_sam", "anna.flies"]),
    # replies to a post on a microblog: display name, handle and age, body, then only the counts
    ("312 replies\n\nJan Smith\n@jansmith · 9h\nAbout time. The machines never worked anyway.\n12  4  31\n\n"
     "Tom Brown\n@tombrown · 8h\nReplying to @jansmith\nThey worked fine for me, the queues will be awful.\n"
     "3  0  8\n", ["Jan Smith", "Tom Brown"]),
], ids=["tabloid-ratings", "forum-footer", "photo-platform", "microblog-replies"])
def test_more_comment_platforms(section: str, authors: list[str]) -> None:
    assert [c.author for c in split_layout(PAGE + section).comments] == authors


def test_a_discourse_topic_s_first_post_is_the_article_and_quote_blocks_name_the_answered() -> None:
    topic = ("Council to vote on the new skate park at Riverside\nTown Hall\nparks\n\n"
             "Maria Ostend\nmostend\n3d\n\nThe council meets on Tuesday about the skate park, and "
             "everyone who wants it built should come and say so at the public meeting.\n\n12\n1 Reply\n\n"
             "Bo Hart\nbohart\nCouncillor, Ward 3\n2d\n\nIt is on the agenda for seven o'clock.\n\n"
             "3\nReply\n\n"
             "Cy Dee\ncyd\n1d\n\nbohart:\nIt is on the agenda\n\nThen I will be there.\n\n4\nReply\n\n"
             "created\n3d\nlast reply\n1d\n\nPowered by Discourse, best viewed with JavaScript enabled\n")
    layout = split_layout(topic)
    assert [(c.author, c.reply_to) for c in layout.comments] == [("Bo Hart", ""), ("Cy Dee", "Bo Hart")]
    assert layout.title.startswith("Council to vote on the new skate park")
    assert any(p.startswith("The council meets on Tuesday") for p in layout.paragraphs)


def test_a_board_of_name_and_date_headers_opens_with_the_article() -> None:
    action = "\n\nAdd message | Report | Message poster\n"
    board = ("Talk › Am I being unreasonable?\n\nAIBU to want the skate park built this year?\n\n"
             "(12 Posts)\n\n"
             "moss_owl Sat 16-Mar-19 20:14:08\n\nThe council meets on Tuesday about the skate park, and "
             "everyone who wants it built should come and say so at the public meeting."
             f"{action}kestrel_22 Sat 16-Mar-19 20:21:37\n\nYANBU. Go and say so."
             f"{action}brolly Sat 16-Mar-19 20:25:02\n\n@kestrel_22 agreed."
             f"{action}moss_owl Sat 16-Mar-19 20:29:50\n\nbrolly is right.\n\n"
             "Please create an account\nTo comment on this thread you need to create an account.\n")
    layout = split_layout(board)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("kestrel_22", ""), ("brolly", "kestrel_22"), ("moss_owl", "brolly")]
    assert layout.title == "AIBU to want the skate park built this year?"
    assert any(p.startswith("The council meets on Tuesday") for p in layout.paragraphs)


def test_a_federated_thread_s_own_posts_are_the_article_and_mentions_name_the_answered() -> None:
    def post(name: str, handle: str, text: str) -> str:
        return f"{name}\n{handle}\n{text}\nMar 13, 2019\n3 boosts · 18 favourites\n\n"
    thread = ("Council to vote on the new skate park at Riverside\n\n"
              + post("Skate News", "@skate@footy.social", "1/2 The council meets on Tuesday about the "
                     "skate park, and everyone who wants it built should come and say so.")
              + post("Skate News", "@skate@footy.social", "2/2 The vote is at seven o'clock. /end")
              + post("Maria Ostend", "@maria@mastodon.green", "@skate it was packed last time.")
              + post("Bo Hart :rovers:", "@bohart@footy.social", "@maria @skate no, it was not.")
              + "Skate News\n@skate@footy.social\nSkate coverage since 2016.\nJoined Aug 2017\n")
    assert [(c.author, c.reply_to) for c in split_layout(thread).comments] == [
        ("Maria Ostend", ""), ("Bo Hart", "Maria Ostend")]
