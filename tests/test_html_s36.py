"""Saved pages' comment sections read by structure as well as by class words, with their replies
(session 36): invented pages in the shapes comment systems print, and pages that must give none."""

import time

import pytest
from lxml import html as lxml_html

from components.parse.html import read_html_page
from components.parse.html_comments import find_comments
from components.parse.layout import find_tweets, split_layout

ARTICLE = ("<article><h1>Ferry timetable cut for the winter</h1>"
           "<p>The island ferry will run four times a day from December, the operator said on Monday, "
           "down from seven in the summer months.</p>"
           "<p>Residents said the change would leave commuters stranded on the mainland after six.</p>"
           "</article>")


def _page(body: str) -> str:
    head = "<head><title>Ferry timetable cut | Isle Gazette</title></head>"
    return f"<html>{head}<body>{ARTICLE}{body}</body></html>"


def _read(body: str) -> list[tuple[str, str, str, int]]:
    comments = find_comments(lxml_html.document_fromstring(_page(body))).comments
    return [(c.author, c.paragraphs[0][:12], c.reply_to, c.depth) for c in comments]


# ---- comments found by structure and data hooks, not class words ----

HASHED = """<section data-component="discussion" id="talk"><ul data-testid="comments">
<li class="x1a" id="comment-11"><div class="x2b"><header class="x3c"><a href="/profile/u/77"
 data-link-name="comment-author">tern_watcher</a><time datetime="2026-01-04T09:00">4 Jan 2026 09:00</time>
</header><div class="x4d"><p>Four sailings is not a service, it is a gesture.</p></div>
<div class="x5e"><button>Reply</button><button>Report</button></div></div>
<ul class="x6f"><li class="x1a" id="comment-12"><div class="x2b"><header class="x3c"><a href="/profile/u/78"
 data-link-name="comment-author">Morag P</a><span><svg><title>in reply</title></svg>
<a href="#comment-11">tern_watcher</a></span>
<time datetime="2026-01-04T09:30">4 Jan 2026 09:30</time></header>
<div class="x4d"><p>The summer timetable was never going to last.</p></div></div></li>
<li class="x1a" id="comment-13"><div class="x2b"><header class="x3c"><a href="/profile/u/77"
 data-link-name="comment-author">tern_watcher</a><span><a href="#comment-12">Morag P</a></span>
<time datetime="2026-01-04T10:00">4 Jan 2026 10:00</time></header>
<div class="x4d"><p>Then say so in the consultation.</p></div></div></li></ul></li>
</ul></section>"""


def test_comments_marked_by_ids_and_data_hooks_with_hashed_classes() -> None:
    assert _read(HASHED) == [("tern_watcher", "Four sailing", "", 0),
                             ("Morag P", "The summer t", "tern_watcher", 1),
                             ("tern_watcher", "Then say so ", "Morag P", 2)]


def test_a_reply_nested_in_a_container_after_its_comment() -> None:
    page = """<section class="comment-wrapper"><h2>Comments</h2>
<a id="comment-5"></a><article class="comment" id="comment-5"><footer>
<p class="comment__author">Iona (not verified)</p>
<p class="comment__time">Sun, 01/04/2026 - 10:04</p></footer><div class="comment__content">
<div class="field--name-comment-body"><p>The last boat at six is useless for shift workers.</p></div>
</div></article>
<div class="indented"><a id="comment-6"></a><article class="comment" id="comment-6"><footer>
<p class="comment__author">Harbour office</p>
<p class="visually-hidden">In reply to The last boat by Iona (not verified)</p>
</footer><div class="comment__content"><div class="field--name-comment-body">
<p>We will pass that on to the operator.</p>
</div></div></article></div>
<article class="comment" id="comment-7"><footer><p class="comment__author">Dougie</p></footer>
<div class="comment__content"><div class="field--name-comment-body"><p>Bring back the night ferry.</p>
</div></div></article>
</section>"""
    assert _read(page) == [("Iona", "The last boa", "", 0), ("Harbour office", "We will pass", "Iona", 1),
                           ("Dougie", "Bring back t", "", 0)]


def test_a_table_of_rows_nested_by_indent_cells() -> None:
    rows = []
    for ident, (user, indent, words) in enumerate([("skerry", 0, "Timetables follow subsidy."),
                                                  ("puffin_99", 1, "Which was cut last year."),
                                                  ("skerry", 2, "Exactly my point here."),
                                                  ("gannet", 0, "Fares went up as well.")]):
        rows.append(f'<tr class="row" id="{100 + ident}"><td><table><tr><td indent="{indent}">'
                    f'<img src="s.gif" height="1" width="{indent * 40}"></td><td><span class="head">'
                    f'<a href="user?id={user}" class="hnuser">{user}</a> <span class="age">2 hours ago</span>'
                    f'</span><div class="comment"><div class="commtext">{words}</div>'
                    f'<div class="reply"><a href="reply?id=1">reply</a></div></div></td></tr></table>'
                    f'</td></tr>')
    page = f'<table class="comment-tree">{"".join(rows)}</table>'
    assert _read(page) == [("skerry", "Timetables f", "", 0), ("puffin_99", "Which was cu", "skerry", 1),
                           ("skerry", "Exactly my p", "puffin_99", 2), ("gannet", "Fares went u", "", 0)]


FORUM = """<div class="posts">{posts}</div>"""
POST = ('<div class="topic-post" data-post-number="{n}"><article id="post_{n}"><div class="names">'
        '<span class="first username"><a href="/u/{user}">{user}</a></span>{badge}</div>{tab}'
        '<span class="relative-date" title="Jan 4, 2026 9:00 am">3h</span>'
        '<div class="cooked">{quote}<p>{words}</p></div></article></div>')


def test_forum_posts_found_by_structure_the_first_post_is_the_article() -> None:
    posts = [POST.format(n=1, user="ferrywatch", badge="", tab="", quote="",
                         words="The operator has published the winter timetable, four sailings a day."),
             POST.format(n=2, user="kittiwake", badge="", tab="", quote="",
                         words="Four a day is what we had in the nineties, for what it is worth."),
             POST.format(n=3, user="selkie_j", badge="<span>Regular</span>",
                         tab='<a class="reply-to-tab" aria-label="in reply to post 2 by @kittiwake">'
                             '<span>kittiwake</span></a>', quote="",
                         words="And the population was half what it is now."),
             POST.format(n=4, user="oyster", badge='<svg><title>This user is a moderator</title></svg>',
                         tab="", quote='<aside class="quote" data-username="selkie_j"><div class="title">'
                                       'selkie_j:</div><blockquote><p>And the population was half.</p>'
                                       '</blockquote></aside>',
                         words="Please keep to the timetable itself, not the census.")]
    page = FORUM.format(posts="".join(posts))
    assert _read(page) == [("kittiwake", "Four a day i", "", 0), ("selkie_j", "And the popu", "kittiwake", 1),
                           ("oyster", "Please keep ", "selkie_j", 2)]


def test_a_pingback_is_not_a_comment_and_a_badge_icon_is_not_in_the_name() -> None:
    page = """<div id="comments"><ol class="comment-list">
<li class="comment" id="comment-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author"><cite class="fn">Ailsa <svg><title>Verified</title></svg></cite></div>
<time datetime="2026-01-04">January 4, 2026</time></footer>
<div class="comment-content"><p>Good to see this covered at last.</p></div></article></li>
<li class="pingback" id="comment-2"><div class="comment-body">Pingback: <a href="https://b.example/x">Ferries
again – Island Blog</a></div></li></ol></div>"""
    assert _read(page) == [("Ailsa", "Good to see ", "", 0)]


# ---- must not fire ----

def test_an_article_div_called_post_is_not_a_comment() -> None:
    page = ('<div class="post"><h2 class="post-title">Ferry timetable cut for the winter</h2>'
            '<span class="author">By Elspeth Rae</span><time datetime="2026-01-04">4 January 2026</time>'
            '<div class="post-body"><p>The island ferry will run four times a day from December.</p>'
            '</div></div>')
    assert _read(page) == []


def test_a_related_posts_list_with_authors_and_dates_is_not_comments() -> None:
    items = "".join(
        f'<li class="related-item"><h3><a href="https://isle.example/news/{k}">{title}</a></h3>'
        f'<span class="author">By {name}</span><time datetime="2026-01-0{k}">{k} Jan 2026</time>'
        f'<p>{teaser}</p></li>'
        for k, (title, name, teaser) in enumerate([
            ("Harbour wall repairs begin", "Elspeth Rae", "Work on the north wall starts next week."),
            ("School bus route changes", "Calum Moir", "Two stops on the west road are to be moved."),
            ("Community hall reopens", "Elspeth Rae", "The hall reopens on Friday after a year.")], 1))
    assert _read(f'<aside class="related"><h2>Related stories</h2><ul>{items}</ul></aside>') == []


def test_a_page_with_no_comments_gives_none() -> None:
    assert _read('<div class="newsletter"><p>Sign up for the morning briefing.</p></div>') == []


# ---- the text form: replies written so the text reader takes them with their parent ----

def test_replies_render_so_the_text_reader_keeps_their_parents() -> None:
    text = read_html_page(_page(HASHED)).as_text()
    comments = split_layout(text).comments
    assert [(c.author, c.reply_to, c.is_reply) for c in comments] == [
        ("tern_watcher", "", False), ("Morag P", "tern_watcher", True), ("tern_watcher", "Morag P", True)]


# ---- time linear in the page's size ----

def _thread_page(n: int) -> str:
    items = []
    for k in range(n):
        items.append(f'<li class="comment" id="comment-{k}"><article class="comment-body">'
                     f'<footer class="comment-meta"><cite class="fn">Reader {k}</cite>'
                     f'<time datetime="2026-01-04">4 Jan</time></footer><div class="comment-content">'
                     f'<p>Comment {k} on the ferry timetable.</p></div></article>'
                     + ('<ol class="children">' if k % 20 != 19 else "</li>" + "</ol></li>" * 19))
    return f'<div id="comments"><ol class="comment-list">{"".join(items)}</ol></div>'


@pytest.mark.timing
def test_thousands_of_nested_comments_read_in_linear_time() -> None:
    timings: list[float] = []
    for n in (1000, 4000):
        root = lxml_html.document_fromstring(_page(_thread_page(n)))
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine or a collection pause is not the code's
            # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
            start = time.process_time()
            found = find_comments(root).comments
            best = min(best, time.process_time() - start)
            if timings and best < timings[0] * 8:  # the large page's check is settled: the best only falls
                break
        timings.append(best)
        assert len(found) == n and found[19].depth == 19
    assert timings[1] < timings[0] * 8  # four times the comments: well under sixteen times the time


# ---- the site's name and the headline ----

def _meta_page(title: str, h1: str, site: str = "") -> str:
    og = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (f"<html><head><title>{title}</title>{og}</head><body><article><h1>{h1}</h1>"

            "<p>The island ferry will run four times a day from December, the operator said on Monday, "
            "down from seven in the summer months.</p>"
            "<p>Residents said the change would leave commuters stranded after six.</p>"
            "</article></body></html>")


def test_the_site_name_from_the_title_when_the_page_names_no_site() -> None:
    headline = "Ferry timetable cut for the winter"
    for title, site in [(f"{headline} | Isle Gazette", "Isle Gazette"),
                        (f"{headline} - Island news - Harbour Forum", "Harbour Forum"),
                        (f"Skerry Notes: {headline}", "Skerry Notes")]:
        assert read_html_page(_meta_page(title, headline)).source == site


def test_a_byline_in_the_title_or_a_named_site_is_not_taken_from_the_title() -> None:
    headline = "Ferry timetable cut for the winter"
    assert read_html_page(_meta_page(f"{headline} - by Elspeth Rae", headline)).source != "by Elspeth Rae"
    named = read_html_page(_meta_page(f"{headline} | Gazette Online", headline, site="The Isle Gazette"))
    assert named.source == "The Isle Gazette"


def test_the_headline_is_the_heading_when_the_social_title_is_cut_short() -> None:
    page = _meta_page("Ferry cut: 'We Were Not Asked' | Isle Gazette", "Ferry cut: ‘We Were Not Asked’")
    page = page.replace("<head>", '<head><meta property="og:title" content="Ferry cut">')
    assert read_html_page(page).title == "Ferry cut: ‘We Were Not Asked’"
    other = _meta_page("Skerry Notes: Ferry timetable cut for the winter", "Skerry Notes").replace(
        "<head>", '<head><meta property="og:title" content="Ferry timetable cut for the winter">')
    assert read_html_page(other).title == "Ferry timetable cut for the winter"  # a blog's name heading


# ---- embedded posts ----

def _article_with(embed: str) -> str:
    return ("<html><head><title>Ferry cut | Isle Gazette</title></head><body><article><h1>Ferry cut</h1>"
            "<p>The island ferry will run four times a day from December, the operator said on Monday.</p>"
            f"<p>The harbour master posted on Sunday:</p>{embed}"
            "<p>Residents said the change would leave commuters stranded on the mainland after six.</p>"
            "</article></body></html>")


def test_an_embedded_post_in_a_figure_is_read_with_its_signature() -> None:
    embed = ('<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">'
             '<blockquote class="twitter-tweet"><p lang="en">Four sailings from December. Plan ahead.</p>'
             '&mdash; Isla Munro (@islamunro) <a href="https://x.example/s/1">January 3, 2026</a>'
             '</blockquote><script src="https://platform.example/widgets.js"></script></div></figure>')
    tweets = find_tweets(read_html_page(_article_with(embed)).paragraphs)
    assert [(t.name, t.handle, t.date_text, t.body) for t in tweets] == [
        ("Isla Munro", "@islamunro", "January 3, 2026", "Four sailings from December. Plan ahead.")]


def test_a_pull_quote_in_a_figure_is_not_an_embedded_post() -> None:
    pull = ('<figure class="pullquote"><blockquote><p>Four sailings is not a service.</p>'
            '<cite>Isla Munro</cite></blockquote></figure>')
    assert find_tweets(read_html_page(_article_with(pull)).paragraphs) == []


def _one_level_thread(last_words: str) -> str:
    def item(ident: str, name: str, words: str, replies: str = "") -> str:
        return (f'<li class="comment" id="{ident}"><div class="comment-block"><div class="comment-header">'
                f'<cite class="user">{name}</cite>'
                f'<span class="datetime">January 4, 2026 at 9:00 AM</span></div>'
                f'<p class="comment-content">{words}</p></div>{replies}</li>')
    replies = ('<div class="comment-replies"><ol>'
               + item("c2", "Morag Bell", "Wait for the spring timetable before judging it.")
               + item("c3", "Anonymous", last_words) + "</ol></div>")
    return ('<div class="comments" id="comments"><ol>'
            + item("c1", "Ailsa Rae", "Four sailings a day is not enough for commuters.", replies)
            + "</ol></div>")


def test_a_reply_in_a_one_level_thread_answers_the_poster_it_calls_by_name() -> None:
    got = _read(_one_level_thread("The spring timetable is already out, Morag."))
    assert [(a, t) for a, _, t, _ in got] == [("Ailsa Rae", ""), ("Morag Bell", "Ailsa Rae"),
                                              ("Anonymous", "Morag Bell")]


def test_a_name_mentioned_not_called_leaves_the_reply_under_the_thread() -> None:
    got = _read(_one_level_thread("I agree with Morag about the spring timetable."))
    assert [(a, t) for a, _, t, _ in got][2] == ("Anonymous", "Ailsa Rae")
