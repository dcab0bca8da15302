"""Saved pages after review s36d's fixes, on invented pages about a lighthouse keeper's retirement:
what is a comment and what is the article, each comment's own words and reply target, the site's name,
and the metadata read from the page without its comments."""

from lxml import html as lxml_html

from components.parse.html import read_html_page
from components.parse.html_comments import Comment, find_comments

HEADLINE = "Lighthouse keeper retires after thirty years"
STORY = (f"<article><h1>{HEADLINE}</h1>"
         "<p>The keeper of the north light retired on Friday after thirty years on the rock, "
         "the trust said.</p>"
         "<p>The light will be run from the mainland by a remote system from the spring.</p></article>")


def _page(body: str, title: str = f"{HEADLINE} | Cove Post", article: str = STORY, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{article}{body}</body></html>"


def _comments(body: str, article: str = STORY) -> tuple[Comment, ...]:
    return find_comments(lxml_html.document_fromstring(_page(body, article=article))).comments


def _stamped(k: int, poster: str, words: str) -> str:
    return (f'<li class="comment" id="comment-{k}"><span class="comment-author">{poster}</span>'
            f'<time datetime="2025-03-0{k}T10:00">{k} March 2025</time>'
            f'<div class="comment-content"><p>{words}</p></div></li>')


# ---- the metadata is read from the page without its comments ----

def test_a_comments_date_is_not_the_articles_date() -> None:
    items = _stamped(1, "Elspeth R", "He waved at every boat that passed.") + _stamped(
        2, "Corin T", "The end of an era for the north light.")
    page = read_html_page(_page(f'<section id="comments"><ol>{items}</ol></section>'))
    assert page.published == "" and len(page.comments) == 2


def test_the_articles_own_date_is_still_read() -> None:
    head = '<meta property="article:published_time" content="2025-02-28T09:00:00Z">'
    items = _stamped(1, "Elspeth R", "He waved at every boat that passed.")
    page = read_html_page(_page(f'<section id="comments"><ol>{items}</ol></section>', head=head))
    assert page.published == "2025-02-28"


# ---- the site's name around a shortened headline; a subtitle is not a site ----

def test_the_site_name_beside_a_shortened_headline_in_the_title() -> None:
    page = read_html_page(_page("", title="Lighthouse keeper retires - Cove Post"))
    assert (page.title, page.source) == (HEADLINE, "Cove Post")


def test_a_title_part_that_is_one_word_of_the_headline_is_not_taken_for_it() -> None:
    page = read_html_page(_page("", title="Lighthouse | Weather warnings"))
    assert page.source != "Weather warnings"


def test_a_blogs_name_before_a_colon_is_still_the_site() -> None:
    article = STORY.replace("h1>", "h2>")
    page = read_html_page(_page("", title=f"Tidewatch: {HEADLINE}", article=article,
                                head=f'<meta property="og:title" content="{HEADLINE}">'))
    assert page.source == "Tidewatch"


def test_a_subtitle_after_the_headlines_colon_is_not_the_site() -> None:
    article = STORY.replace("h1>", "h2>")
    page = read_html_page(_page("", title=f"{HEADLINE}: the last night on the rock", article=article,
                                head=f'<meta property="og:title" content="{HEADLINE}">'))
    assert page.source == ""


# ---- a bullet typed in a comment is written as a dash ----

def _text_of(paragraphs: tuple[str, ...]) -> str:
    from components.parse.html import HtmlPage
    page = HtmlPage(title=HEADLINE, paragraphs=("The keeper retired on Friday.",),
                    comments=(Comment("Elspeth R", paragraphs),))
    return page.as_text()


def test_a_typed_bullet_at_a_comments_paragraph_start_is_written_as_a_dash() -> None:
    text = _text_of(("Two things:", "\u2022 the boat", "* the bell", "\u00b7 the lamp"))
    assert "    - the boat" in text and "    - the bell" in text and "    - the lamp" in text
    assert "\u2022 the boat" not in text


def test_a_bullet_inside_a_line_or_a_starred_word_is_left_as_typed() -> None:
    text = _text_of(("Fog \u2022 gales \u2022 ice", "*sigh* another one gone"))
    assert "Fog \u2022 gales \u2022 ice" in text and "*sigh* another one gone" in text


# ---- the structural reading: a live blog's entries and linked cards are not comments ----

def _entries(byline_rel: str = "") -> str:
    rel = f' rel="{byline_rel}"' if byline_rel else ""
    return "".join(f'<div class="upd"><time datetime="2025-02-28T{t}">{t}</time>'
                   f'<p class="by"><a{rel} href="/profile/{who.lower()}">{who}</a></p><p>{words}</p></div>'
                   for t, who, words in [
                       ("18:00", "Nessa", "The keeper has climbed the tower for the last time tonight."),
                       ("18:30", "Nessa", "A crowd has gathered on the quay with lanterns and a band."),
                       ("19:10", "Tobin", "The light has been switched to the remote system at last.")])


def _unmarked_comments() -> str:
    return "".join(f'<div><span class="username">{who}</span><time>{t}</time><p>{words}</p></div>'
                   for who, t, words in [("Elspeth R", "2 hours ago", "He waved at every boat that passed."),
                                         ("Corin T", "1 hour ago", "The end of an era for the north light.")])


def test_entries_inside_the_storys_article_are_the_article() -> None:
    story = f"<article><h1>{HEADLINE}: live</h1><div class='feed'>{_entries()}</div></article>"
    page = read_html_page(_page("", article=story))
    assert page.comments == ()
    assert "A crowd has gathered on the quay with lanterns and a band." in page.paragraphs


def test_entries_signed_with_the_articles_byline_link_are_not_comments() -> None:
    story = f"<main><h1>{HEADLINE}: live</h1><div class='feed'>{_entries('author')}</div></main>"
    assert _comments("", article=story) == ()


def test_unmarked_comments_after_the_story_are_still_read() -> None:
    found = _comments(f"<div class='thread'>{_unmarked_comments()}</div>")
    assert [c.author for c in found] == ["Elspeth R", "Corin T"]


def test_a_comments_section_inside_the_storys_article_is_still_read() -> None:
    story = STORY.replace("</article>", f"<div id='comments'>{_unmarked_comments()}</div></article>")
    assert [c.author for c in _comments("", article=story)] == ["Elspeth R", "Corin T"]


def test_cards_whose_link_holds_their_heading_are_teasers() -> None:
    cards = "".join(f'<li><a href="/2025/02/{k}"><h3>Another story {k}</h3></a>'
                    f'<span class="author">Nessa</span>'
                    f'<time>{k} Feb</time><p>The harbour trust has a new chair this winter.</p></li>'
                    for k in (1, 2))
    assert _comments(f"<aside><h2>More from Nessa</h2><ul>{cards}</ul></aside>") == ()


def test_a_comment_linking_elsewhere_in_its_words_is_still_a_comment() -> None:
    items = "".join(f'<div><span class="username">{who}</span><time>1 hour ago</time>'
                    f'<p>See <a href="/2024/keeper">last year\'s piece</a> about the bell.</p></div>'
                    for who in ("Elspeth R", "Corin T"))
    assert [c.author for c in _comments(f"<div class='thread'>{items}</div>")] == ["Elspeth R", "Corin T"]


# ---- a post numbered 1: a forum's opening post, or a story's first comment ----

def _posts(n: int) -> str:
    return "".join(f'<div class="post" id="post-{k}"><span class="username">Poster {k}</span>'
                   f'<div class="message"><p>Post {k} on the keeper of the north light.</p></div></div>'
                   for k in range(1, n + 1))


def test_a_post_numbered_1_in_a_comments_section_is_the_first_comment() -> None:
    found = _comments(f'<div id="discussion">{_posts(3)}</div>')
    assert [c.author for c in found] == ["Poster 1", "Poster 2", "Poster 3"]


def test_a_forums_opening_post_outside_a_comments_section_is_still_the_topic() -> None:
    posts = "".join(f'<div id="post-{k}"><span class="username">Poster {k}</span><time>{k}h</time>'
                    f'<p>Post {k} on the keeper of the north light.</p></div>' for k in range(1, 4))
    found = _comments(f'<div class="topic-body">{posts}</div>', article=f"<h1>{HEADLINE}</h1>")
    assert [c.author for c in found] == ["Poster 2", "Poster 3"]


# ---- each comment's own words: not its poster's line, its replies', a script's or an icon's ----

def _section(items: str) -> tuple[Comment, ...]:
    return _comments(f'<section id="comments">{items}</section>')


def test_words_in_an_unmarked_block_are_the_comments_and_each_line_a_paragraph() -> None:
    items = "".join(f'<article class="comment"><b class="comment-author">{who}</b><time>2h</time>'
                    f'<div class="q1">{words}</div><a href="#r">Reply</a></article>'
                    for who, words in [("Elspeth R", "He waved at every boat.<br>Every one."),
                                       ("Corin T", "The end of an era.")])
    assert [(c.author, c.paragraphs) for c in _section(items)] == [
        ("Elspeth R", ("He waved at every boat.", "Every one.")), ("Corin T", ("The end of an era.",))]


def test_words_loose_in_the_comment_are_read_past_its_poster_stamp_and_buttons() -> None:
    items = "".join(f'<li class="comment"><b class="comment-author">{who}</b> <time>2h</time> '
                    f'{words} <a href="#r">Reply</a></li>'
                    for who, words in [("Elspeth R", "He waved at every boat."), ("Corin T", "An era ends.")])
    assert [(c.author, c.paragraphs) for c in _comments(f'<ol class="comment-list">{items}</ol>')] == [
        ("Elspeth R", ("He waved at every boat.",)), ("Corin T", ("An era ends.",))]


def test_a_reply_nested_in_its_parents_body_is_read_once() -> None:
    thread = ('<div class="comment" id="c1"><span class="user">Elspeth R</span><div class="text">'
              '<p>He waved at every boat.</p><div class="replies"><div class="comment" id="c2">'
              '<span class="user">Corin T</span><div class="text"><p>He did, even the ferry.</p></div></div>'
              '</div></div></div>')
    assert [(c.author, c.paragraphs, c.reply_to) for c in _section(thread)] == [
        ("Elspeth R", ("He waved at every boat.",), ""),
        ("Corin T", ("He did, even the ferry.",), "Elspeth R")]


def test_the_posters_line_is_left_out_and_a_mention_in_the_words_kept() -> None:
    items = ('<div class="comment"><p class="author-name">Elspeth R</p><p>He waved at every boat.</p></div>'
             '<div class="comment"><p class="author-name">Corin T</p>'
             '<p>As <a href="/user/elspeth">Elspeth</a> says, every boat.</p></div>')
    assert [c.paragraphs for c in _section(items)] == [("He waved at every boat.",),
                                                       ("As Elspeth says, every boat.",)]


def test_a_script_and_an_icons_title_are_no_words_of_a_paragraph_or_a_name() -> None:
    items = "".join(f'<div class="comment"><a href="/members/{k}"><svg><title>Top fan</title></svg>{who}</a>'
                    f'<p>{words}<script>load("slot")</script><svg><title>star icon</title></svg></p></div>'
                    for k, (who, words) in enumerate([("Elspeth R", "A grand man."), ("Corin T", "Aye.")]))
    assert [(c.author, c.paragraphs) for c in _section(items)] == [("Elspeth R", ("A grand man.",)),
                                                                  ("Corin T", ("Aye.",))]


# ---- reply targets: a quote's header names a poster above; a reply line is not the words ----

def _quoting(header: str) -> str:
    return ('<div class="comment"><span class="user">Elspeth R</span><div class="text">'
            '<p>He waved at every boat.</p></div></div>'
            '<div class="comment"><span class="user">Corin T</span><div class="text">'
            f'<blockquote><p>{header}</p><p>the remote system from the spring</p></blockquote>'
            '<p>A machine will not wave back.</p></div></div>')


def test_a_quote_headed_by_a_poster_above_is_a_reply_to_them() -> None:
    found = _section(_quoting("Elspeth R wrote:"))
    assert [(c.reply_to, c.depth) for c in found] == [("", 0), ("Elspeth R", 1)]
    assert found[1].paragraphs == ("A machine will not wave back.",)


def test_a_quote_headed_by_someone_not_posting_is_no_reply_and_keeps_its_words() -> None:
    found = _section(_quoting("The trust said:"))
    assert [(c.reply_to, c.depth) for c in found] == [("", 0), ("", 0)]
    assert found[1].paragraphs == ("The trust said:", "the remote system from the spring",
                                   "A machine will not wave back.")


def test_in_reply_to_in_the_words_is_no_reply_line_but_a_reply_line_is() -> None:
    items = ('<div class="comment"><span class="user">Elspeth R</span><p>He waved at every boat.</p></div>'
             '<div class="comment"><span class="user">Corin T</span>'
             '<p>I wrote to the trust in reply to the lighthouse survey</p></div>'
             '<div class="comment"><span class="user">Ailsa M</span>'
             '<div class="ref">In reply to Elspeth R</div>'
             '<p>And at every swimmer too.</p></div>')
    assert [(c.author, c.reply_to) for c in _section(items)] == [
        ("Elspeth R", ""), ("Corin T", ""), ("Ailsa M", "Elspeth R")]
