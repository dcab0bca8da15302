"""Review of session 36's saved-page reading (H192: html_comments and the title, site name and
embed changes in parse.html), on invented pages about an island ferry timetable.

A plain test pins a behaviour that is right; a strict xfail names a fault found in review."""

from lxml import html as lxml_html

from components.parse.html import read_html_page
from components.parse.html_comments import Comment, find_comments
from components.parse.layout import split_layout

HEADLINE = "Ferry timetable cut for the winter"
ARTICLE = (f"<article><h1>{HEADLINE}</h1>"
           "<p>The island ferry will run four times a day from December, the operator said on Monday, "
           "down from seven in the summer months.</p>"
           "<p>Residents said the change would leave commuters stranded on the mainland after six.</p>"
           "</article>")


def _page(body: str, title: str = f"{HEADLINE} | Isle Gazette", article: str = ARTICLE,
          head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{article}{body}</body></html>"


def _comments(body: str) -> tuple[Comment, ...]:
    return find_comments(lxml_html.document_fromstring(_page(body))).comments


def _item(k: int, poster: str, inner: str, replies: str = "") -> str:
    """A WordPress-like comment: poster, stamp, a marked body, then its replies."""
    return (f'<li class="comment" id="comment-{k}"><div class="comment-meta">'
            f'<span class="comment-author">{poster}</span><time datetime="2026-01-04">4 Jan</time></div>'
            f'<div class="comment-content">{inner}</div>{replies}</li>')


# ---- rules that fire where they should not: article text taken as comments ----

LIVE_ENTRIES = [
    ("09:00", "jane-moss", "Jane Moss", "Waves have breached the harbour wall, the coastguard says."),
    ("09:20", "jane-moss", "Jane Moss", "The operator has cancelled every sailing until further notice."),
    ("09:45", "tom-hale", "Tom Hale", "Power is out in three villages on the west side of the island.")]
FIRST_TWO = [("Morag P", "Four sailings is not a service at all."),
             ("Sam Ortiz", "It was seven in the summer, to be fair.")]


def test_a_live_blogs_entries_are_the_article_not_comments() -> None:
    entries = "".join(f'<div class="entry"><time datetime="2026-01-04T{t}">{t}</time>'
                      f'<p class="byline"><a rel="author" href="/profile/{slug}">{name}</a></p>'
                      f'<p>{words}</p></div>' for t, slug, name, words in LIVE_ENTRIES)
    article = ('<article><h1>Storm Ilsa: live updates from the coast</h1>'
               f'<div class="live-feed">{entries}</div></article>')
    page = read_html_page(_page("", title="Storm Ilsa: live updates from the coast | Isle Gazette",
                                article=article))
    assert page.comments == ()
    assert LIVE_ENTRIES[1][3] in page.paragraphs


def test_a_more_from_this_author_list_of_linked_cards_is_not_comments() -> None:
    cards = "".join(f'<li><a href="/2026/01/{slug}"><h3>{title}</h3></a><span class="author">Jane Moss</span>'
                    f'<time datetime="2026-01-0{k}">{k} Jan</time><p>{teaser}</p></li>'
                    for k, (slug, title, teaser) in enumerate([
                        ("harbour-repairs", "Harbour repairs delayed again",
                         "The council says the contractor has left the island."),
                        ("school-bus", "School bus route saved",
                         "Parents won a six month reprieve for the route.")], 1))
    assert _comments(f"<aside><h2>More from Jane Moss</h2><ul>{cards}</ul></aside>") == ()


# ---- comments' text lost, or duplicated ----

def test_a_comment_list_numbered_post_1_keeps_its_first_comment() -> None:
    posts = "".join(f'<div class="post" id="post-{k}"><span class="username">{who}</span>'
                    f'<div class="message"><p>{words}</p></div></div>'
                    for k, (who, words) in enumerate(FIRST_TWO, 1))
    page = read_html_page(_page(f'<div class="comments">{posts}</div>'))
    assert [c.author for c in page.comments] == ["Morag P", "Sam Ortiz"]


def test_a_comment_whose_words_sit_in_an_unmarked_div_is_kept() -> None:
    items = "".join(f'<li class="comment" id="comment-{k}"><span class="comment-author">{who}</span>'
                    f'<div class="x9f">{words}</div></li>'
                    for k, (who, words) in enumerate([("Morag P", "Four sailings is no service.<br>Shame."),
                                                      ("Sam Ortiz", "It was seven in the summer.")], 1))
    found = _comments(f'<section id="comments"><ol>{items}</ol></section>')
    assert [(c.author, c.paragraphs[0]) for c in found] == [("Morag P", "Four sailings is no service."),
                                                            ("Sam Ortiz", "It was seven in the summer.")]


def test_a_nested_reply_is_not_repeated_in_its_parents_text() -> None:
    thread = ('<li class="comment" id="comment-1"><span class="comment-author">Morag P</span>'
              '<div class="comment-body"><p>Four sailings is not a service at all.</p><ul class="children">'
              '<li class="comment" id="comment-2"><span class="comment-author">Sam Ortiz</span>'
              '<div class="comment-body"><p>It was seven in the summer, to be fair.</p></div></li>'
              '</ul></div></li>')
    found = _comments(f'<section id="comments"><ol>{thread}</ol></section>')
    assert [(c.author, c.paragraphs, c.reply_to) for c in found] == [
        ("Morag P", ("Four sailings is not a service at all.",), ""),
        ("Sam Ortiz", ("It was seven in the summer, to be fair.",), "Morag P")]


def test_the_posters_name_line_is_not_a_paragraph_of_the_comment() -> None:
    items = "".join(f'<div class="comment" id="comment-{k}"><p class="comment-author">{who}</p>'
                    f'<p>{words}</p></div>' for k, (who, words) in enumerate(FIRST_TWO, 1))
    found = _comments(f'<section id="comments">{items}</section>')
    assert [c.paragraphs for c in found] == [(words,) for _, words in FIRST_TWO]


def test_a_bullet_typed_in_a_comment_stays_in_that_comment() -> None:
    items = (_item(1, "Morag P", "<p>Three things:</p><p>• Iona Baird</p>"
                                 "<p>is the only councillor who answered my letter.</p>")
             + _item(2, "Sam Ortiz", "<p>Agreed on all three of those.</p>"))
    text = read_html_page(_page(f'<section id="comments"><ol>{items}</ol></section>')).as_text()
    layout = split_layout(text)
    assert "is the only councillor who answered my letter." not in layout.paragraphs
    assert "is the only councillor who answered my letter." in layout.comments[0].body


# ---- markup and script text let through ----

def test_script_and_icon_text_in_a_paragraph_stay_out_of_the_comment() -> None:
    items = ('<div class="comment" id="comment-1"><span class="comment-author">Morag P</span>'
             "<p>Fares are up too.<script>document.write('ad slot 7')</script></p></div>"
             '<div class="comment" id="comment-2"><span class="comment-author">Sam Ortiz</span>'
             "<p>Loved the old boat <svg><title>heart icon</title></svg></p></div>")
    found = _comments(f'<section id="comments">{items}</section>')
    assert [c.paragraphs for c in found] == [("Fares are up too.",), ("Loved the old boat",)]


def test_an_icon_in_a_profile_link_stays_out_of_the_posters_name() -> None:
    items = "".join(f'<li id="comment-{k}"><a href="/user/{k}"><svg><title>Verified subscriber</title>'
                    f'</svg>{who}</a><time>4 Jan</time><p>{words}</p></li>'
                    for k, (who, words) in enumerate(FIRST_TWO, 1))
    assert [c.author for c in _comments(f'<section id="comments"><ol>{items}</ol></section>')] == [
        "Morag P", "Sam Ortiz"]


# ---- reply targets that are not posters ----

def test_a_quote_of_the_article_is_not_a_reply_to_a_poster() -> None:
    items = (_item(1, "Morag P", "<p>Four sailings is not a service at all.</p>")
             + _item(2, "Iona Baird", "<blockquote><p>The operator said:</p>"
                                      "<p>four times a day from December</p></blockquote>"
                                      "<p>That is not enough for anyone who works on the mainland.</p>"))
    found = _comments(f'<section id="comments"><ol>{items}</ol></section>')
    assert [(c.author, c.reply_to, c.depth) for c in found] == [("Morag P", "", 0), ("Iona Baird", "", 0)]


def test_in_reply_to_in_a_comments_own_words_is_not_a_reply_line() -> None:
    items = ('<div class="comment" id="comment-1"><span class="comment-author">Morag P</span>'
             '<p>Four sailings is not a service at all.</p></div>'
             '<div class="comment" id="comment-2"><span class="comment-author">Sam Ortiz</span>'
             '<p>I sent my letter in reply to the council consultation</p></div>')
    found = _comments(f'<section id="comments">{items}</section>')
    assert [(c.author, c.reply_to, c.depth) for c in found] == [("Morag P", "", 0), ("Sam Ortiz", "", 0)]


# ---- the headline and the site's name ----

def test_the_site_name_survives_the_h1_replacing_a_shortened_title() -> None:
    page = read_html_page(_page("", title="Ferry timetable cut | Isle Gazette"))
    assert (page.title, page.source) == (HEADLINE, "Isle Gazette")


def test_a_subtitle_after_a_colon_is_not_the_site_name() -> None:
    article = ARTICLE.replace("h1>", "h2>")
    page = read_html_page(_page("", title="Ferry timetable cut: what it means for commuters", article=article,
                                head='<meta property="og:title" content="Ferry timetable cut">'))
    assert page.source == ""


# ---- malformed and deep markup ----

def test_malformed_comments_read_without_crash_and_keep_their_words() -> None:
    items = (_item(1, "Morag P", "<p>Four sailings <b>is not a service.")
             + '<li class="comment" id="comment-2"><span class="comment-author">Empty One</span>'
               '<div class="comment-content"></div></li>'
             + _item(3, "Br Only", "<br><br/><br>")
             + _item(4, "Scripted", "<p>Fares are up too.</p><script>var x = 'in reply to Morag P';</script>"
                                    "<style>.a{color:red}</style>")
             + _item(5, "Sam Ortiz", "<p>Unclosed <i>italic and <a href='/x'>link"))
    page = read_html_page(_page(f'<section id="comments"><ol>{items}'))  # the section never closed
    assert [(c.author, c.paragraphs, c.reply_to) for c in page.comments] == [
        ("Morag P", ("Four sailings is not a service.",), ""), ("Scripted", ("Fares are up too.",), ""),
        ("Sam Ortiz", ("Unclosed italic and link",), "")]


def test_a_deep_thread_keeps_every_reply() -> None:
    levels = 80
    opened = "".join(f'<li class="comment" id="comment-{k}"><div class="comment-wrap">'
                     f'<span class="comment-author">{"Morag P" if k % 2 else "Sam Ortiz"}</span>'
                     f'<div class="comment-content"><p>Reply {k} on four sailings a day.</p></div>'
                     f'<div class="children-wrap"><ul class="children">' for k in range(levels))
    thread = opened + "</ul></div></div></li>" * levels
    page = read_html_page(_page(f'<section id="comments"><ol>{thread}</ol></section>'))
    assert len(page.comments) == levels and page.comments[-1].depth == levels - 1
