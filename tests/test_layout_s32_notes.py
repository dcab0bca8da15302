"""Session 32 (helper notes): a book site's review page (the Goodreads kind) whose reviewers carry a
statistics line and a "Follow" button between the name and the rating, whose reviews close with a
comment counter under their "Like   Comment" row, and whose author answers with her books and
followers under her name; and a blog platform's notes under a post (the Tumblr kind), as replies and
reblogs in the modern panel or in a theme's one-line notes. Each on invented pages, with must-not-fire
cases (a review that mentions its comments, a comment about followers, an article paragraph that says
"reblogged")."""

import re

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _reviewer_stats, split_layout


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(c.author, c.reply_to, c.body) for c in split_layout(text).comments]


# ---- a book site's review page ----

BOOK_HEAD = ("Debut thriller set in a real lighthouse draws a wave of one-star reviews\n\n"
             "Readers are rating The Keeper's Ledger down after the family of a lighthouse keeper who "
             "died in 1987 said the novel used his name.\n\n"
             "The novel's author, Imogen Sallis, says the keeper in the book is invented and shares only a "
             "first name with the real man.\n\n"
             "\"We never agreed to any of this,\" said Bryony Hale, the keeper's granddaughter.\n\n"
             "The Keeper's Ledger on Goodreads\n\n"
             "The Keeper's Ledger\nImogen Sallis\n3.11   8,902 ratings · 2,214 reviews\n"
             "Want to read   Buy on Amazon\n\nRatings & Reviews\n\nCommunity Reviews\n"
             "5 stars   2,310 (26%)\n4 stars   1,402 (15%)\n3 stars   1,055 (11%)\n2 stars   801 (9%)\n"
             "1 star   3,334 (37%)\nSearch review text\nFilters\nDisplaying 1 - 30 of 2,214 reviews\n\n")

REVIEWS = ("Bryony Hale\n12 reviews · 88 followers\nFollow\n★☆☆☆☆\nNovember 3, 2026\n"
           "My grandfather kept that light for twenty-two years. Nobody from the publisher asked us anything "
           "before this book came out.\n1,904 likes\nLike   Comment\n2 comments\n\n"
           "    Tomasz Wierzba\n    Nov 3, 2026 10:02AM\n"
           "    Bryony, I am so sorry. I had no idea when I bought it.\n\n"
           "    Imogen Sallis\n    Author 3 books · 6,201 followers\n    Nov 4, 2026 08:40AM\n"
           "    Bryony, the keeper in my book is invented. I would be glad to talk to your family "
           "directly.\n\n"
           "Delphine Okafor\n214 reviews · 1,032 followers\nFollow\n★★★★☆\nNovember 5, 2026\n"
           "Taken purely as a thriller this is tight and well paced. The storm chapter is the best thing in "
           "it.\nThe author's note should have been clearer about the real station, though.\n"
           "356 likes\nLike   Comment\n\n"
           "Ravi Menon\nAuthor 1 book · 409 followers\nFollow\n★★★☆☆\nNovember 6, 2026\n"
           "I write historical fiction myself and this is the kind of thing we argue about at every "
           "festival. Three stars for the prose.\n98 likes\nLike   Comment\n1 comment\n\n"
           "    Hattie Lowe\n    Nov 6, 2026 07:15PM\n"
           "    Ravi, it still uses his first name and his station. That is not invented.\n\n"
           "Jonah Petrakis\n3 reviews · 2 followers\nFollow\n★★★★★\nNovember 7, 2026\n"
           "Rate the book you read. I read a good book.\n41 likes\nLike   Comment\n\n"
           "More reviews and ratings\n\nGoodreads   About us   Careers   Terms   Privacy\n")

REVIEW_ROWS = [
    ("Bryony Hale", "", "My grandfather kept that light for twenty-two years. Nobody from the publisher "
                        "asked us anything before this book came out."),
    ("Tomasz Wierzba", "Bryony Hale", "Bryony, I am so sorry. I had no idea when I bought it."),
    ("Imogen Sallis", "Bryony Hale", "Bryony, the keeper in my book is invented. I would be glad to talk "
                                     "to your family directly."),
    ("Delphine Okafor", "", "Taken purely as a thriller this is tight and well paced. The storm chapter is "
                            "the best thing in it.\nThe author's note should have been clearer about the "
                            "real station, though."),
    ("Ravi Menon", "", "I write historical fiction myself and this is the kind of thing we argue about at "
                       "every festival. Three stars for the prose."),
    ("Hattie Lowe", "Ravi Menon", "Ravi, it still uses his first name and his station. That is not "
                                  "invented."),
    ("Jonah Petrakis", "", "Rate the book you read. I read a good book."),
]


def test_reviewer_statistics_lines_are_profile_lines() -> None:
    for line in ("214 reviews · 1,032 followers", "12 reviews · 88 followers", "1,032 followers",
                 "Author 3 books · 6,201 followers", "Author 1 book", "Librarian · 88 ratings · 12 friends",
                 "52 contributions · 18 helpful votes"):
        assert _reviewer_stats(line), line
        assert classify(line)[0] is Kind.ACTION, line
    for line in ("She has 6,201 followers and still answered like that.", "3 books", "Author",
                 "Followers of the case will know the name.", "12 likes · 3 comments"):
        assert not _reviewer_stats(line), line


def test_review_page_with_stats_follow_and_comment_counters() -> None:
    assert rows(BOOK_HEAD + REVIEWS) == REVIEW_ROWS


def test_review_page_variants_read_the_same() -> None:
    without_follow = REVIEWS.replace("\nFollow\n", "\n")
    two_lines = re.sub(r"\n(\d[\d,]* reviews) · ([\d,]+ followers)\n", r"\n\1\n\2\n", REVIEWS)
    counter_apart = re.sub(r"\nLike   Comment\n(\d+ comments?)\n", r"\nLike   Comment\n\n\1\n", REVIEWS)
    narrow = re.sub(r"\n *(?:\d[\d,]* reviews · [\d,]+ followers|Author \d books? · [\d,]+ followers|Follow"
                    r"|\d comments?)(?=\n)", "", REVIEWS)  # the narrow view: none of those lines
    for page in (without_follow, two_lines, counter_apart, narrow):
        assert rows(BOOK_HEAD + page) == REVIEW_ROWS


def test_a_review_that_mentions_comments_and_a_comment_about_followers_keep_their_words() -> None:
    page = REVIEWS.replace("Rate the book you read. I read a good book.",
                           "I left 2 comments on the author's blog and got no answer at all.").replace(
        "Ravi, it still uses his first name and his station. That is not invented.",
        "Ravi, she has 6,201 followers and still answered a grieving family like that.")
    found = rows(BOOK_HEAD + page)
    assert [a for a, _, _ in found] == [a for a, _, _ in REVIEW_ROWS]
    assert found[-1][2] == "I left 2 comments on the author's blog and got no answer at all."
    assert found[5][2] == "Ravi, she has 6,201 followers and still answered a grieving family like that."


def test_a_section_counter_under_a_share_row_still_opens_the_comments() -> None:
    page = ("Harbour wall repairs to start in spring\n\n"
            "The council says the work on the harbour wall will take eleven weeks and close the slipway "
            "for most of that time, which the sailing club says will cost it a season.\n\n"
            "Boat owners have until Friday to move their moorings to the inner basin.\n\n"
            "Share   Tweet   Email\n3 comments\n\n"
            "Ann Lee\n2 hours ago\nEleven weeks is optimistic for that wall.\nLike · Reply\n\n"
            "Tom Hale\n1 hour ago\nThe club should have been asked first.\nLike · Reply\n\n"
            "Priya Nair\n40 minutes ago\nAt least they are doing it before the storms.\nLike · Reply\n")
    assert [a for a, _, _ in rows(page)] == ["Ann Lee", "Tom Hale", "Priya Nair"]


# ---- a blog platform's notes under a post ----

POST_HEAD = ("Knitwear designer says yarn giant sold her free pattern as its own\n\n"
             "Designer Wren Abernathy says a pattern she gave away in 2019 is now printed inside the yarn "
             "company's kits.\n\n"
             "Abernathy posted the side-by-side photos on Tumblr on Sunday, and by Tuesday the post had been "
             "reblogged from her blog thousands of times. The company says its designers worked from an "
             "older folk motif that both patterns share.\n\n"
             "\"I'm not asking for money, I'm asking for my name on the leaflet,\" Abernathy said.\n\n"
             "From Tumblr\n\nwrenknitsthings\nFollow\n\n"
             "This is my Saltmarsh cowl, free on my blog since 2019. This is the leaflet in the Harrowgate "
             "Yarns kit. Same chart, same cast-on count, same mistake in row 14 that I never fixed.\n\n"
             "#knitting #saltmarsh cowl #harrowgate yarns\n\n8,412 notes\n\n")

PANEL = ("Replies (5)   Reblogs (2,905)   Likes (5,502)\n\nReplies\n\n"
         "moss-and-marrow\nthe row 14 mistake being copied too is the funniest possible evidence\n\n"
         "tidepool-fibres\nI bought that kit for my mum at christmas. I feel sick about it honestly\n\n"
         "harrowgate-yarns\nWe are looking into this and have reached out to Wren directly.\n\n"
         "wrenknitsthings\n@tidepool-fibres please don't feel bad, you couldn't have known\n\n"
         "old-sock-archive\nfolk motifs are shared by everyone, a chart is not a signature\n\n"
         "Show more replies\n\nReblogs\n\nShow only reblogs with comments\n\n"
         "lichen-stitches\nreblogged from wrenknitsthings\n"
         "I test knit this cowl in 2019 and I still have the notes with her name on them.\n\n"
         "#knitblr #support small designers\n\n"
         "fernhollow\nreblogged from wrenknitsthings\n\n"
         "bramble-row\nreblogged from moss-and-marrow\n"
         "the company reply says directly, which usually means a lawyer's letter\n"
         "and nothing on the leaflet\n\n"
         "#long post\n\n"
         "pinecone-purls\nreblogged from wrenknitsthings\n\n"
         "Show more notes\n\nTumblr   Terms   Privacy\n")

NOTE_ROWS = [
    ("moss-and-marrow", "", "the row 14 mistake being copied too is the funniest possible evidence"),
    ("tidepool-fibres", "", "I bought that kit for my mum at christmas. I feel sick about it honestly"),
    ("harrowgate-yarns", "", "We are looking into this and have reached out to Wren directly."),
    ("wrenknitsthings", "tidepool-fibres", "@tidepool-fibres please don't feel bad, you couldn't have known"),
    ("old-sock-archive", "", "folk motifs are shared by everyone, a chart is not a signature"),
    ("lichen-stitches", "", "I test knit this cowl in 2019 and I still have the notes with her name on "
                            "them."),
    ("bramble-row", "moss-and-marrow", "the company reply says directly, which usually means a lawyer's "
                                       "letter\nand nothing on the leaflet"),
]


def _timed(panel: str) -> str:
    """The panel with a time line under each reply's name and "Reply" under its words."""
    for name, _, body in NOTE_ROWS[:5]:
        panel = panel.replace(f"{name}\n{body}\n", f"{name}\n2d\n{body}\nReply\n")
    return panel


def test_notes_panel_replies_without_time_and_reblogs_with_added_words() -> None:
    assert rows(POST_HEAD + PANEL) == NOTE_ROWS


def test_notes_panel_timed_replies_then_reblogs_are_all_read() -> None:
    assert rows(POST_HEAD + _timed(PANEL)) == NOTE_ROWS
    after_source = re.sub(r"reblogged from ([\w-]+)\n", r"reblogged from \1 · 1d\n", _timed(PANEL))
    assert rows(POST_HEAD + after_source) == NOTE_ROWS


def test_a_time_above_the_source_line_keeps_bare_reblogs_out() -> None:
    panel = re.sub(r"\n([\w-]+)\nreblogged from", r"\n\1\n1d\nreblogged from", PANEL)
    assert rows(POST_HEAD + panel) == NOTE_ROWS


def test_notes_panel_without_headings_or_blank_lines() -> None:
    plain = PANEL
    for line in ("Replies (5)   Reblogs (2,905)   Likes (5,502)\n\n", "Replies\n\n", "Reblogs\n\n",
                 "Show only reblogs with comments\n\n", "Show more replies\n\n"):
        plain = plain.replace(line, "")
    assert rows(POST_HEAD + plain) == NOTE_ROWS
    assert rows(POST_HEAD + re.sub(r"\n\n+", "\n", PANEL)) == NOTE_ROWS


def test_the_likes_list_gives_no_comments() -> None:
    panel = PANEL.replace("Show more notes", "Likes\n\nwoolgather\nKnits and cats\n\nsheepish-sal\n\n"
                                             "fen-light\n\nShow more notes")
    assert rows(POST_HEAD + panel) == NOTE_ROWS


CLASSIC = ("• fernhollow reblogged this from wrenknitsthings\n"
           "• lichen-stitches reblogged this from wrenknitsthings and added:\n"
           "    I test knit this cowl in 2019 and I still have the notes with her name on them.\n"
           "    #knitblr #support small designers\n"
           "• woolgather likes this\n"
           "• bramble-row reblogged this from moss-and-marrow and added:\n"
           "    the company reply says directly, which usually means a lawyer's letter\n"
           "    and nothing on the leaflet\n"
           "• pinecone-purls reblogged this from wrenknitsthings\n"
           "• moss-and-marrow reblogged this from wrenknitsthings and added:\n"
           "    the row 14 mistake being copied too is the funniest possible evidence\n"
           "    #lol #knitblr\n"
           "• sheepish-sal likes this\n"
           "• wrenknitsthings posted this\n\nShow more notes\n")

CLASSIC_ROWS = [NOTE_ROWS[5], NOTE_ROWS[6], NOTE_ROWS[0]]


def test_classic_theme_notes_name_the_blog_and_leave_tags_and_bare_reblogs_out() -> None:
    assert rows(POST_HEAD + CLASSIC) == CLASSIC_ROWS
    assert rows(POST_HEAD + "Reblogs\n\n" + CLASSIC) == CLASSIC_ROWS
    assert rows(POST_HEAD + CLASSIC.replace("• ", "")) == CLASSIC_ROWS
    assert rows(POST_HEAD + CLASSIC.replace("\n• ", "\n\n• ")) == CLASSIC_ROWS


def test_classic_one_line_replies_with_bullets() -> None:
    notes = ("• fernhollow reblogged this from wrenknitsthings\n"
             "• moss-and-marrow replied: the row 14 mistake is the giveaway\n"
             "• woolgather likes this\n"
             "• tidepool-fibres replied: I bought that kit for my mum\n"
             "• wrenknitsthings posted this\n")
    assert rows(POST_HEAD + notes) == [("moss-and-marrow", "", "the row 14 mistake is the giveaway"),
                                       ("tidepool-fibres", "", "I bought that kit for my mum")]


def test_an_article_that_says_reblogged_is_not_a_notes_list() -> None:
    page = ("Designer's cowl pattern spreads online\n\n"
            "The photos were reblogged from her blog by thousands of knitters within two days, and the "
            "company's statement was reblogged from its own account only a handful of times.\n\n"
            "reblogged from wrenknitsthings, one user wrote, was the most common line on the post.\n\n"
            "The company has not said whether the leaflet will be reprinted.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any("reblogged from her blog" in p for p in layout.paragraphs)


def test_a_tag_line_is_a_list_of_tags_not_a_sentence() -> None:
    from components.parse.layout import _tag_line
    assert _tag_line("#knitblr #support small designers") and _tag_line("#long post")
    assert not _tag_line("#1 reason I keep buying from small designers is that they answer emails.")
    assert not _tag_line("I love #knitblr")


def test_ordinary_handle_comments_under_a_replies_heading_are_not_a_notes_panel() -> None:
    page = ("A headline about the skate park vote\n\n" + BOOK_HEAD.split("\n\n")[1] + "\n\nReplies\n\n"
            "ann_lee\n2h\nIt was packed.\nReply\n\nbo.hart\n1h\nNo, it was not.\nReply\n\n"
            "cy_dee\n40m\nI was there, it was.\nReply\n")
    assert [a for a, _, _ in rows(page)] == ["ann_lee", "bo.hart", "cy_dee"]
