"""Session 29 (helper heads): comment headers of link aggregators with votes on them, review and diary
sites' day labels ("Watched 19 Nov 2026") and star ratings with half stars, each on invented pages, with
must-not-fire cases on ordinary pages."""

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _dated_header, _thread_header, split_layout

HEAD = ("Harbour council votes to close the old ferry slip\n\n"
        "The harbour council voted six to three on Tuesday night to close the old ferry slip at the north "
        "quay, ending a crossing that has run since before the war.\n\n"
        "Councillor Edda Marsh said the slip was no longer safe. \"We have patched it for a decade and the "
        "patches are now older than the boats,\" Marsh told the meeting.\n\n"
        "The ferry company said it would move its two boats to the south quay by the end of the summer.\n\n")

THREAD = [  # (depth, handle, score, stamp, body)
    (0, "tarn_wheeler", 61, "9 hours ago", "The south quay has half the parking. Nobody on the council seems "
                                           "to have walked it at rush hour."),
    (1, "miravex", 14, "8 hours ago", "I walk it every morning. It is fine until the school run, and then it "
                                      "is a car park with a ferry attached."),
    (2, "tarn_wheeler", 3, "7 hours ago", "That is exactly my point, thank you."),
    (0, "quietloom", 22, "6 hours ago", "Ten minutes longer each way adds up to more than an hour a week."),
    (0, "bergamot_fen", 5, "2 hours ago", "Will the old slip be kept for the lifeboat?"),
]
FOOT = "\nAbout   Tags   Filtered   Moderation Log\n"


def _thread_page(header: str, apart: bool = False) -> str:
    """A thread page whose comments' headers are written by `header` (indent, handle, score, stamp);
    `apart` puts a blank line between a comment's parts."""
    gap = "\n\n" if apart else "\n"
    parts = [f"{header('    ' * d, name, score, stamp)}{gap}{'    ' * d}{body}{gap}{'    ' * d}reply"
             for d, name, score, stamp, body in THREAD]
    return HEAD + "\n\n".join(parts) + "\n" + FOOT


def _check_thread(page: str) -> None:
    comments = split_layout(page).comments
    assert [c.author for c in comments] == [t[1] for t in THREAD]
    assert [c.body for c in comments] == [t[4] for t in THREAD]
    assert [c.reply_to for c in comments] == ["", "tarn_wheeler", "miravex", "", ""]


# ---- an aggregator's header line with the vote arrow and the score before the handle ----

def test_a_vote_arrow_and_score_before_the_handle() -> None:
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}▲ {s} {n} {t} | link | flag"))


def test_the_arrow_and_score_on_lines_of_their_own_stay_out_of_the_bodies() -> None:
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}▲\n{i}{s}\n{i}{n} {t} | link | flag"))
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}▲\n\n{i}{s}\n\n{i}{n} {t} | link | flag", apart=True))


def test_points_by_the_handle_and_points_after_it() -> None:
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}{s} points by {n} {t} | parent | next [–]"))
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}{n} {s} points {t} | permalink | parent"))


def test_votes_before_the_name_on_a_header_line_without_links() -> None:
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}▲ {s} {n} · {t}"))
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}{s} points by {n} {t}"))
    _check_thread(_thread_page(lambda i, n, s, t: f"{i}▲\n{i}{s}\n{i}{n} · {t}"))


def test_a_vote_row_with_open_arrows_under_the_body_is_dropped() -> None:
    page = HEAD + "\n\n".join(f"{'    ' * d}{n} · {t}\n{'    ' * d}{b}\n{'    ' * d}⇧ {s} ⇩  Reply  Share"
                              for d, n, s, t, b in THREAD) + "\n" + FOOT
    _check_thread(page)


def test_header_lines_with_votes() -> None:
    assert _thread_header("▲ 61 tarn_wheeler 9 hours ago | link | flag") == ("tarn_wheeler", 0)
    assert _thread_header("▲61 tarn_wheeler 9 hours ago | link") == ("tarn_wheeler", 0)
    assert _thread_header("▲ 3 ▼ kelp 1 hour ago | link") == ("kelp", 0)
    assert _thread_header("1 point by kelp 1 hour ago | parent") == ("kelp", 1)


def test_the_story_line_with_its_comment_count_is_no_comment_header() -> None:
    assert _thread_header("214 points by kelp 5 hours ago | hide | past | favorite | 87 comments") == ("", 0)
    page = _thread_page(lambda i, n, s, t: f"{i}{s} points by {n} {t} | parent | next [–]").replace(
        "Harbour council votes to close the old ferry slip\n",
        "Harbour council votes to close the old ferry slip\n"
        "212 points by hollis_r 4 hours ago | hide | past | favorite | 42 comments\n", 1)
    assert [c.author for c in split_layout(page).comments] == [t[1] for t in THREAD]


def test_a_link_list_line_is_still_no_comment_header() -> None:
    assert _thread_header("Reuters 2 hours ago | Politics") == ("", 0)
    assert _thread_header("Updated 4 hours ago | Share") == ("", 0)


def test_a_score_in_a_comments_text_stays() -> None:
    page = _thread_page(lambda i, n, s, t: f"{i}▲ {s} {n} {t} | link | flag").replace(
        "That is exactly my point, thank you.", "She scored 61 points in the quiz.\n        61", 1)
    comments = split_layout(page).comments
    assert comments[2].body == "She scored 61 points in the quiz.\n61"


# ---- a review or diary site's day label is no reviewer; ratings in stars, half stars included ----

FILM = ("Frameroll\nFilms   Lists   Members   Journal\n\n"
        "The Lantern Keeper\n\n"
        "A lighthouse keeper on a northern island refuses to leave when the light is automated, and spends a "
        "winter arguing with the engineer sent to replace him.\n\n"
        "Varro shot the film on the island where she grew up. \"I wanted the weather to be a character, "
        "not a backdrop,\" Varro said at the premiere in Bergen.\n\n"
        "The film opens in cinemas across the country on Friday.\n\n"
        "Popular reviews\n\n")
REVIEWS = [  # (reviewer, rating, day, review, likes)
    ("quillon_b", "★★★½", "19 Nov 2026", "The last twenty minutes are the best of the year.", 23),
    ("norahsees", "★★★★", "17 Nov 2026", "Every shot of the sea is a painting, 5 stars from me.", 118),
    ("tobiasfilm", "★★½", "12 Nov 2026", "Beautiful and very slow. I checked my watch twice.", 9),
    ("wrenlowe", "½", "10 Nov 2026", "I wanted to like it. I did not like it.", 4),
]


def _review_page(review: str) -> str:
    return FILM + "\n\n".join(review.format(n=n, r=r, d=d, b=b, l=lk) for n, r, d, b, lk in REVIEWS) + (
        "\n\nMore reviews\n")


def _check_reviews(page: str) -> None:
    comments = split_layout(page).comments
    assert [c.author for c in comments] == [r[0] for r in REVIEWS]
    assert [c.body for c in comments] == [r[3] for r in REVIEWS]


def test_a_watched_line_under_the_rating_is_no_reviewer() -> None:
    _check_reviews(_review_page("{n}\n{r}\nWatched {d}\n{b}\n♥ {l} likes"))


def test_other_day_labels_are_no_reviewers() -> None:
    _check_reviews(_review_page("{n}\n{r}\nReviewed on {d}\n{b}\n{l} likes"))
    _check_reviews(_review_page("{n}\nVisited {d}\n{b}\n{l} likes"))
    _check_reviews(_review_page("{n}\nPosted {d}\n{b}\nReply"))


def test_the_rating_and_the_day_on_one_line() -> None:
    _check_reviews(_review_page("{n}\n{r} Watched {d}\n{b}\n♥ {l} likes"))
    _check_reviews(_review_page("{n}\n{r} {d}\n{b}\n♥ {l} likes"))


def test_the_rating_beside_the_name_is_not_part_of_it() -> None:
    _check_reviews(_review_page("{n} {r}\nWatched {d}\n{b}\n♥ {l} likes"))
    _check_reviews(_review_page("{n} {r} Watched {d}\n{b}\n♥ {l} likes"))


def test_a_full_name_with_its_rating_and_day_on_one_line() -> None:
    names = ["Quillon Bray", "Nora Sees", "Tobias Lind", "Wren Lowe"]
    page = FILM + "\n\n".join(
        f"{name} {r[1]} {r[2]}\n{r[3]}\n♥ {r[4]} likes" for name, r in zip(names, REVIEWS, strict=True))
    assert [c.author for c in split_layout(page + "\n\nMore reviews\n").comments] == names


def test_day_labels_and_ratings_line_by_line() -> None:
    assert _dated_header("Watched 19 Nov 2026") == ""
    assert _dated_header("Posted 3 Nov 2026") == ""
    assert _dated_header("Ted 19 Nov 2026") == "Ted"  # a poster's name before the day
    assert classify("Visited March 2026")[0] is Kind.OPENER
    assert classify("★★★½ Watched 19 Nov 2026") == (Kind.STAMP, "")
    for rating in ("★★★½", "★★½", "½", "★★★★☆", "Rated 4.5 out of 5"):
        assert classify(rating)[0] is Kind.ACTION, rating


def test_sentences_about_watching_and_stars_stay_prose() -> None:
    assert classify("Watched by millions on 3 March 2026, the final drew a record.")[0] is Kind.PROSE
    assert classify("5 stars from me")[0] is Kind.PROSE
    page = ("Final draws record audience\n\n"
            "Watched by millions on 3 March 2026, the final of the baking show drew the channel's biggest "
            "audience in a decade.\n\n"
            "\"We did not expect the numbers,\" said producer Ama Osei. Reviewers gave it five stars.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any(p.startswith("Watched by millions") for p in layout.paragraphs)


# ---- a book site's "Name rated it …" author line, the rating in stars, figures or its scale's words ----

BOOK = [("Quillon Bray", "really liked it", "★★★★"), ("Nora Sees", "it was amazing", "★★★★½"),
        ("Tobias Lind", "it was ok", "★★½")]


def test_a_reader_who_rated_it_is_the_reviewer() -> None:
    for given in (0, 1):
        page = FILM.replace("Popular reviews", "Community Reviews") + "\n\n".join(
            f"{name} rated it {rating[given]}\n{REVIEWS[n][2]}\n{REVIEWS[n][3]}\n12 likes · Like · Comment"
            for n, (name, *rating) in enumerate(BOOK)) + "\n\nMore reviews\n"
        comments = split_layout(page).comments
        assert [c.author for c in comments] == [b[0] for b in BOOK]
        assert [c.body for c in comments] == [r[3] for r in REVIEWS[:3]]


def test_rated_it_in_a_sentence_names_nobody() -> None:
    assert classify("Critics rated it highly")[0] is Kind.PROSE
    assert classify("Critics gave it")[1] == ""
    assert classify("My mum rated it 5 stars")[1] == ""


# ---- more ways review sites write the reviewer, the rating and the day ----

def test_review_by_the_reviewer_and_labelled_days() -> None:
    _check_reviews(_review_page("Review by {n}\n{r}\nWatched {d}\n{b}\n♥ {l} likes"))
    _check_reviews(_review_page("Review by {n} {r}\nWatched {d}\n{b}\n♥ {l} likes"))
    _check_reviews(_review_page("{n}\n{r}\nDate of visit: {d}\n{b}\nHelpful"))
    _check_reviews(_review_page("{n} · {d} · {r}\n{b}\n♥ {l} likes"))


def test_a_review_by_a_body_is_no_reviewer() -> None:
    assert classify("A review by the council found nothing")[0] is Kind.PROSE
