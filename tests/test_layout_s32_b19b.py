"""Session 32 (helper b19b): comment layouts of the social-page, marketplace-review and review-site
kinds (a name, its badge, the body and a "Like · Reply · 1d" row; a reviewer's stars and headline on
one line over "Reviewed in … on …"; a reviewer's place, counts row and "★★★★★ date" line), on
invented pages, with must-not-fire cases."""

from layout_support import BODY, comment_rows

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import split_layout

HEAD = "Council votes to keep the riverside skate park open\n\n"

# ---- a social page's comments: name, optional badge, body, "Like · Reply · 1d", a reaction count ----

SOCIAL = (HEAD + BODY + "\n\n👍❤️ 312\nLike   Comment   Send   Share\n48 comments   6 shares\n"
          "Most relevant ▾\nPetra Vance\nTop contributor\n"
          "The park is the only place the kids in our street can go after school.\n"
          "Like · Reply · 2d · Edited\n👍 41\n"
          "    Owen Kerr\n    Admin · Author\n    Petra Vance the lights go on again next week as well\n"
          "    Like · Reply · 2d\n"
          "Marta Ilic\nWho pays for the new fence though? Nobody said a word about it on the night.\n"
          "Like · Reply · 1d\n👍😆 7\n    View 3 more replies\n"
          "This comment has been deleted.\n"
          "Sam Oduya\n🎉 GIF\nLike · Reply · 1d\n"
          "Cheap Boards Direct\nSkateboards from £9! Message us for trade prices today!\nLike · Reply · 20h\n"
          "View more comments\nWrite a public comment…\n")


def test_social_comments_with_badges_reaction_counts_and_an_indented_reply() -> None:
    rows = [(a, r) for a, r, _ in comment_rows(SOCIAL)]
    assert rows == [("Petra Vance", ""), ("Owen Kerr", "Petra Vance"), ("Marta Ilic", ""), ("", ""),
                    ("Sam Oduya", ""), ("Cheap Boards Direct", "")]
    bodies = [b for _, _, b in comment_rows(SOCIAL)]
    assert bodies[1].startswith("Petra Vance the lights go on again")
    assert "Top contributor" not in bodies[0] and "Like · Reply" not in bodies[0]


def test_a_picture_only_comment_is_a_body_and_a_word_about_a_gif_is_not_a_placeholder() -> None:
    assert classify("🎉 GIF")[0] is Kind.PROSE
    assert classify("GIF")[0] is Kind.PROSE
    assert classify("[sticker]")[0] is Kind.PROSE
    assert classify("Gif Murray")[0] is Kind.NAME
    assert classify("Photo")[0] is not Kind.PROSE


def test_a_badge_under_a_name_does_not_end_the_comment_section() -> None:
    from components.parse.comment_blocks import _is_section_end
    assert not _is_section_end("Top contributor")
    assert _is_section_end("More from the Harlow Gazette")


def test_a_line_over_an_action_row_is_a_body_not_a_reviews_title() -> None:
    page = (HEAD + BODY + "\n\nComments\nPetra Vance\nAdmin\nlights on till nine from next week\n"
            "Like · Reply · 3h\nOwen Kerr\nModerator\ngood news for the kids in the flats\n"
            "Like · Reply · 2h\n"
            "Marta Ilic\nAnd the bins? Nobody has emptied them since May.\nLike · Reply · 1h\n")
    rows = comment_rows(page)
    assert [(a, b) for a, _, b in rows] == [
        ("Petra Vance", "lights on till nine from next week"),
        ("Owen Kerr", "good news for the kids in the flats"),
        ("Marta Ilic", "And the bins? Nobody has emptied them since May.")]


# ---- a marketplace's reviews: name, "4.0 out of 5 stars  Headline", "Reviewed in … on …", fields ----

MARKET = (HEAD + BODY + "\n\nCustomer reviews\nTop reviews from Ireland\n"
          "Niamh K.\n2.0 out of 5 stars  Wheels fell off in a week\n"
          "Reviewed in Ireland on 3 March 2026\nColour: Blue | Verified Purchase\n"
          "The deck is fine but both front wheels came loose on the first hill.\n"
          "12 people found this helpful\nHelpful   Report\n"
          "Vine Customer Review of Free Product\nBoardFan\n5.0 out of 5 stars  Great first board\n"
          "Reviewed in Ireland on 4 March 2026\nColour: Red\n"
          "My daughter has not been off it since it came. Grippy and light.\n"
          "Helpful   Report\n"
          "Tomasz\n1.0 out of 5 stars  Za drogi\nReviewed in Ireland on 5 March 2026\nVerified Purchase\n"
          "Za drogi jak na taka jakosc.\nTranslate review to English\nHelpful   Report\n"
          "See more reviews\n")


def test_marketplace_reviews_with_headlines_on_the_star_line_and_a_label_over_a_name() -> None:
    rows = comment_rows(MARKET)
    assert [a for a, _, _ in rows] == ["Niamh K.", "BoardFan", "Tomasz"]
    assert rows[0][2].startswith("The deck is fine")
    assert rows[1][2].startswith("My daughter has not been off it")
    assert all("out of 5 stars" not in b and "Verified Purchase" not in b for _, _, b in rows)


def test_review_header_lines_and_their_look_alikes() -> None:
    assert classify("4.0 out of 5 stars  Does what it says")[0] is Kind.ACTION
    assert classify("4 out of 5 stars is what the inspectors gave the kitchen last year.")[0] is Kind.PROSE
    assert classify("Reviewed in the United States on 9 May 2026")[0] is Kind.STAMP
    assert classify("Reviewed in the press on the day it opened, the cafe did well.")[0] is Kind.PROSE
    assert classify("Size: Large | Verified Purchase")[0] is Kind.ACTION
    assert classify("Size: large, so the park needs a bigger fence | and a gate")[0] is not Kind.ACTION
    assert classify("Translate review to English")[0] is Kind.ACTION
    assert classify("A comment saying it deserves 5 stars is not a rating line, she said.")[0] is Kind.PROSE


# ---- a review site's reviews: name, place, bare counts, "★★★★★ date", reactions, an owner's answer ----

SITE = (HEAD + BODY + "\n\nRecommended Reviews\nSort by Default ▾\n"
        "Priya N.\nLeeds, United Kingdom\n12   40   3\n★★★★★ Mar 2, 2026\n"
        "Best chips in the north. The queue moves fast and the staff are lovely.\n"
        "Useful 4   Funny 0   Cool 2\n"
        "Comment from Sam W. of Harbour Chippy\nBusiness Owner\nMar 3, 2026\n"
        "Thanks Priya, see you next Friday!\n"
        "Owen R.\nYork, United Kingdom\n3   8   0\nElite 2026\n★★☆☆☆ Mar 1, 2026\nUpdated review\n"
        "Cold chips twice now. The fish was good, to be fair.\nUseful 1   Funny 0   Cool 0\n"
        "Previous review\n★★★★☆ Jan 9, 2025\nDecent fish, long wait.\n"
        "Kat L.\nHull, United Kingdom\n0   2   0\n★☆☆☆☆ Feb 27, 2026\n"
        "Rude at the counter and no vinegar. Not going back.\nUseful 0   Funny 1   Cool 0\n"
        "Page 1 of 9\n")


def test_review_site_reviews_with_profile_counts_and_an_owners_answer() -> None:
    rows = [(a, r) for a, r, _ in comment_rows(SITE)]
    assert rows[:2] == [("Priya N.", ""), ("Sam W.", "Priya N.")]
    assert [a for a, _ in rows] == ["Priya N.", "Sam W.", "Owen R.", "Kat L."]


def test_a_counts_row_in_an_article_table_stays_in_the_article() -> None:
    page = (HEAD + "The club's figures for the last three seasons:\nWins   Draws   Losses\n12   40   3\n"
            "9   11   14\nThe board met on Monday to discuss them and agreed nothing new.\n\n" + BODY)
    layout = split_layout(page)
    assert layout.comments == ()  # (the bare figures are dropped as furniture, as before)
    assert "The board met on Monday to discuss them" in "\n".join(layout.paragraphs)


# ---- "name · time" headers: a hidden comment's notice alone, a spammer's advert as the name ----

STAMPED = (HEAD + BODY + "\n\nYour comments\nNewest first | Oldest first\n"
           "petra_v · 15:54\nWhat a night for the club, the kids were brilliant.\nReply   Like 18\n"
           "owen_k · 15:20\nThe lights stay on until nine now, that is the real win.\n\nWell done all\n"
           "Reply   Like 4\n"
           "This comment has been hidden because it was reported by other users.\n"
           "BOARDS 70% OFF VISIT cheap-decks-now · 14:51\nBest prices on every deck, click my profile!!!\n"
           "Reply   Like 0\n")


def test_a_notice_alone_and_an_advert_in_the_name_field_are_slots_of_their_own() -> None:
    rows = comment_rows(STAMPED)
    assert [a for a, _, _ in rows] == ["petra_v", "owen_k", "", "BOARDS 70% OFF VISIT cheap-decks-now"]
    assert rows[1][2].endswith("Well done all")


def test_a_sentence_with_a_time_after_a_dot_is_no_advert_header() -> None:
    page = (HEAD + BODY + "\n\nYour comments\npetra_v · 15:54\nWhat a night for the club.\nReply   Like 18\n"
            "owen_k · 15:20\nGreat work.\nReply   Like 4\n"
            "We met at the park as agreed. · 14:51\nAnd stayed for hours.\nReply   Like 0\n")
    assert "We met at the park as agreed." not in [a for a, _, _ in comment_rows(page)]
