"""Session 38 (helper H263): the review's faults in H251's page fixes narrowed (tests/test_review_s38a.py
holds the cases the review found), then blind25's remaining general gaps, each on invented text with
must-not-fire cases beside it:

- a footer's note is furniture only in its own whole short form (a print-edition note, a software
  credit, a cookie banner), never an article's sentence that opens with its words;
- a travel marketplace's breadcrumb "Things to do in <Place>" is in sentence case;
- a reviewer's place after a spaced dash goes only on a review list that prints it for several
  reviewers;
- a lone "More" under an action row is the row's menu, unless a "Name · stamp" and a row sign it
  (a one-word comment printed body first);
- a review's stamp may carry a shop's proof of purchase in more forms ("Verified owner", "✓",
  "Verified <Shop> purchase", "Reviewed on <date>");
- the generic reader drops a platform's translation note and its toggle between a review's stamp
  and its text; a hyphenated name before a label after a dash reads as a name;
- a motto's menu under it is mostly section names, never a section label over a byline.
"""

from layout_support import BODY, comment_rows

from components.parse.comment_blocks import _is_name
from components.parse.layout import (
    RawComment,
    _avatar_card_comment,
    _is_furniture,
    _is_stamp,
    _motto_over_menu,
    _plain_authors,
)

_REVIEWS_HEAD = ("Harbour Kayak Trip with a Picnic Lunch\n4.8\n(54 reviews)\n\n" + BODY + "\n\nReviews\n\n")
_THREAD_HEAD = ("Ferry fares to rise again in spring\n\nMarch 3, 2026\n\nBy Tam Oduya\n\n" + BODY
                + "\n\nComments\n\n")


def test_footer_notes_in_their_own_form_are_furniture() -> None:
    for line in ("Published in the print edition.",
                 "Published in the Saturday print edition on 7 March 2026, under the headline ‘Fares up’.",
                 "This article was published in the print edition of the Harbour Times.",
                 "Made with love and Django.", "Made with ♥ in Leeds, UK",
                 "Made with love by the Quayside team.",
                 "This site uses cookies.", "Our website uses cookies to improve your visit. Accept",
                 "This website uses cookies. By continuing you agree to their use."):
        assert _is_furniture(line), line


def test_article_sentences_with_footer_words_stay() -> None:
    for line in ("Published in the print edition, her column drew a record postbag.",
                 "Made with love and a great deal of butter, the pie won first prize.",
                 "Made with love by volunteers, the quilt hangs in the church hall.",
                 "This site uses cookies to follow readers, the study found.",
                 "This site uses cookies from nine advertisers, according to the report.",
                 "Things To Do In Harlow This Summer"):
        assert not _is_furniture(line), line
    assert _is_furniture("Things to do in Harlow")


def test_a_place_after_a_dash_goes_on_a_review_list_only() -> None:
    reviews = [RawComment(1, "Ines – Portugal", "Great."), RawComment(2, "Tom Bell – Canada", "Fine.")]
    assert [c.author for c in _plain_authors(reviews)] == ["Ines", "Tom Bell"]
    thread = [RawComment(1, "Lou – Ann", "Agreed."), RawComment(2, "Tom Bell", "No.", 1, "Lou – Ann", True)]
    plain = _plain_authors(thread)
    assert [c.author for c in plain] == ["Lou – Ann", "Tom Bell"]
    assert plain[1].reply_to == "Lou – Ann"


def test_a_more_button_under_a_row_and_a_one_word_comment() -> None:
    # header first: "More" under "Reply" is the row's menu
    page = _THREAD_HEAD + ("Ada Lind\n2 hours ago\nThe old fares were bad enough.\nReply\nMore\n"
                           "Cy Wu\n3 hours ago\nI walk now.\nReply\nMore\n")
    assert [r[0] for r in comment_rows(page)] == ["Ada Lind", "Cy Wu"]
    # body first: "More", then its "Name · stamp" and row, is a comment
    page = _THREAD_HEAD + ("The old fares were bad enough.\nAda Lind · 2 hours ago\nReply\n"
                           "More\nCy Wu · 3 hours ago\nReply\n"
                           "I walk to work now, rain or not.\nBo Hart · 4 hours ago\nReply\n")
    rows = comment_rows(page)
    assert [r[0] for r in rows] == ["Ada Lind", "Cy Wu", "Bo Hart"]
    assert rows[1][2] == "More"


def test_review_stamps_with_a_shops_proof_of_purchase() -> None:
    for line in ("May 4, 2026 - Verified owner", "4 May 2026 ✓ Verified purchase",
                 "May 4, 2026 · Verified Quayside purchase", "Reviewed on May 4, 2026 · Verified Purchase",
                 "Reviewed in the United Kingdom on 4 May 2026"):
        assert _is_stamp(line), line
    for line in ("Verified owner", "Reviewed on the council's website", "May 4, 2026 - verified the owner",
                 "Reviewed in the spring"):
        assert not _is_stamp(line), line


def test_a_translation_note_between_a_reviews_stamp_and_text() -> None:
    page = _REVIEWS_HEAD + ("Ines Sousa\nMay 4, 2026\nThis review was translated from Portuguese.\n"
                            "See original\nCalm water and a kind guide.\nHelpful\n\n"
                            "Tom Bell\nMay 2, 2026\nThe lunch was cold.\nHelpful\n\n")
    assert comment_rows(page)[0] == ("Ines Sousa", "", "Calm water and a kind guide.")
    # the same words after the text (no stamp above them) stay the review's
    page = _REVIEWS_HEAD + ("Ines Sousa\nMay 4, 2026\nCalm water and a kind guide.\n"
                            "This review was translated from Portuguese.\nHelpful\n\n"
                            "Tom Bell\nMay 2, 2026\nThe lunch was cold.\nHelpful\n\n")
    assert comment_rows(page)[0] == ("Ines Sousa", "", "Calm water and a kind guide.\n"
                                     "This review was translated from Portuguese.")


def test_a_hyphenated_name_before_a_dashed_label() -> None:
    assert _is_name("Anne-Sophie Roux – Belgium")
    assert _is_name("Jo-Ann – Year 4 rep")
    assert not _is_name("Well-known to all – and loved.")


def test_a_motto_needs_a_menu_of_sections_under_it() -> None:
    assert _motto_over_menu(["The Harbour Times", "The Coast's Own Paper", "Home", "News", "Sport"], 1)
    assert not _motto_over_menu(["The Harbour Times", "Ferry fares to rise", "Business", "Tam Oduya",
                                 "Transport correspondent"], 1)


# ---- part 2: a developer community's comments, headed by the avatar's alt text and a hover card ----

_CARD_COMMENTS = _THREAD_HEAD.replace("Comments\n\n", "Top comments (3)\n") + """Subscribe
Collapse
Expand
Profile image for Lena Fischer
Lena Fischer
Lena Fischer
Follow
Backend developer. Coffee, then code.
Location
Bremen
Joined
Feb 2, 2020
•
Mar 4
The fares page has been wrong for a month, so at least this is consistent.
Like comment:
Like comment:
7 likes
Like
Comment button
Reply
    Collapse
    Expand
    Profile image for Tam Oduya
    Tam Oduya
    Tam Oduya
    Follow
    Joined
    Jan 5, 2018
    •
    Mar 4
    Author
    I asked them about that page; they say it will be fixed by Friday.
    Like comment:
    3 likes
    Like
    Comment button
    Reply
Collapse
Expand
Profile image for Raj Menon
Raj Menon
Raj Menon
Follow
Joined
Jul 9, 2021
•
Mar 5
Season tickets are the only way this works for commuters.
Like comment:
Like
Comment button
Reply
"""


def test_comments_headed_by_an_avatar_and_a_hover_card() -> None:
    rows = comment_rows(_CARD_COMMENTS)
    assert rows == [("Lena Fischer", "",
                     "The fares page has been wrong for a month, so at least this is consistent."),
                    ("Tam Oduya", "Lena Fischer",
                     "I asked them about that page; they say it will be fixed by Friday."),
                    ("Raj Menon", "", "Season tickets are the only way this works for commuters.")]


def test_an_avatar_line_without_the_name_under_it_is_no_card() -> None:
    # the alt text alone, over a stamp and the text: read as before (the name is the next line)
    lines = ["Profile image for Lena Fischer", "Mar 4", "The fares page has been wrong for a month.", "Reply"]
    assert _avatar_card_comment(lines, 0, 3) is None
    lines = ["Lena Fischer's avatar", "Lena Fischer", "Joined", "Feb 2, 2020", "Like"]
    assert _avatar_card_comment(lines, 0, 4) is None  # a card with no comment's text under its stamp
