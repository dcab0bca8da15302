"""Comment sections on invented pages of kinds the readers misread (session 25): a game store's
review list (verdict, play time, tallies), a messenger channel's quote-bar replies, a reply arrow
with the reply's words on its line, a comment whose words read as a vote row; and must-not-fire
cases on ordinary comment sections."""

from layout_support import comment_rows

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import split_layout

ARTICLE = ("Lanternfall patch splits players over removed co-op mode\n\nMarch 9, 2026\n\nBy Oriel Vance\n\n"
           "The studio behind Lanternfall removed the two-player mode in Tuesday's patch, and the game's "
           "review score fell sharply within a day of the update reaching players on every platform.\n\n"
           "Players who bought the game for its co-op mode said they felt misled by the studio.\n\n")


# ---- a game store's reviews: verdict, play time, library and tallies are no author and no body ----

STORE = ARTICLE + ("Customer reviews\n\nOverall Reviews: Mixed (2,311 reviews)\n\nMost helpful reviews\n\n"
                   "Brackwater\n84 products in account\n6 reviews\nNot Recommended\n"
                   "41.2 hrs on record (38.0 hrs at review time)\nPosted: 4 March\n"
                   "Bought this to play with my brother. The patch removed the only mode we used.\n"
                   "Was this review helpful? Yes No Funny Award\n212 people found this review helpful\n"
                   "9 people found this review funny\n\n"
                   "mossy_kettle\n231 products in account\nRecommended\n12.4 hrs on record\nPosted: 5 March\n"
                   "Honestly the single player is better than ever.\n"
                   "Was this review helpful? Yes No Funny Award\n58 people found this review helpful\n\n"
                   "Tamsin Rowe\n17 products in account\n3 reviews\nNot Recommended\n3.1 hrs on record\n"
                   "Posted: 6 March\nCrashes on launch since the patch.\n"
                   "Was this review helpful? Yes No Funny Award\n1 person found this review funny\n")


def test_store_reviews_are_read_with_their_reviewers() -> None:
    assert comment_rows(STORE) == [
        ("Brackwater", "", "Bought this to play with my brother. The patch removed the only mode we used."),
        ("mossy_kettle", "", "Honestly the single player is better than ever."),
        ("Tamsin Rowe", "", "Crashes on launch since the patch.")]
    paragraphs = split_layout(STORE).paragraphs
    assert not any("hrs on record" in p or "found this review" in p or "Recommended" in p for p in paragraphs)


def test_store_review_lines_are_classified() -> None:
    for line in ("Recommended", "Not Recommended", "41.2 hrs on record (38.0 hrs at review time)",
                 "12.4 hrs on record", "84 products in account", "212 people found this review helpful",
                 "1 person found this review funny", "Was this review helpful? Yes No Funny Award"):
        assert classify(line)[0] is Kind.ACTION, line
    for line in ("I found this review helpful, unlike the studio's statement.",
                 "Recommended reading: the studio's own patch notes explain it."):
        assert classify(line)[0] is Kind.PROSE, line


def test_review_list_headings_open_the_generic_reader() -> None:
    for heading in ("Customer reviews", "Most helpful reviews", "Most recent reviews", "Player reviews"):
        page = ARTICLE + heading + "\n\n" + STORE.split("Most helpful reviews\n\n", 1)[1]
        assert [a for a, _, _ in comment_rows(page)] == ["Brackwater", "mossy_kettle", "Tamsin Rowe"], heading


def test_a_recommended_link_list_still_ends_the_comments() -> None:
    page = ARTICLE + ("Comments\n\nAnn Rook\n2 hours ago\nThe co-op was the whole point.\nReply\n\n"
                      "Ben Tallis\n1 hour ago\nSingle player is fine though.\nReply\n\n"
                      "Recommended\n\nTen cosy games for winter\nThe best co-op games of the year\n")
    assert [a for a, _, _ in comment_rows(page)] == ["Ann Rook", "Ben Tallis"]


# ---- a messenger channel: a quote bar names the comment answered ----

CHANNEL = ("Harbour Watch\n18,402 subscribers\n\n"
           "Council votes to close the east pier for repairs until August. Fishing boats will moor at the "
           "old quay in the meantime, the harbour master said.\n\n4.1K views 09:14\n\nComments\n\n"
           "Pete the Skipper ⚓\nThe old quay has no lights. Somebody will end up in the water.\n09:31\n\n"
           "Mara Lund\n┃Pete the Skipper ⚓\n┃The old quay has no lights. Somebody will…\n"
           "They fitted lights last spring, I walked past them on Sunday.\n09:40\n\n"
           "Dougie R\n┃Mara Lund\n┃They fitted lights last spring, I walked…\n"
           "Two lamps for the whole quay. That is not lighting.\n09:52\n\n"
           "Ines Toft\nAugust means the whole summer season gone for the boat trips.\n10:20\n")


def test_quote_bar_lines_name_the_parent_and_leave_the_body() -> None:
    assert comment_rows(CHANNEL) == [
        ("Pete the Skipper ⚓", "", "The old quay has no lights. Somebody will end up in the water."),
        ("Mara Lund", "Pete the Skipper ⚓", "They fitted lights last spring, I walked past them on Sunday."),
        ("Dougie R", "Mara Lund", "Two lamps for the whole quay. That is not lighting."),
        ("Ines Toft", "", "August means the whole summer season gone for the boat trips.")]


def test_a_quote_bar_target_is_spelled_as_its_author_is() -> None:
    page = CHANNEL.replace("┃Pete the Skipper ⚓", "┃Pete the Skipper")
    assert comment_rows(page)[1][1] == "Pete the Skipper ⚓"


# ---- reply arrows and vote-like bodies in an ordinary comment section ----

THREAD = ("Library opening hours to be cut on Sundays\n\nApril 2, 2026\n\nBy Nell Harker\n\n"
          "The town library will close on Sundays from May, the council said on Wednesday, after a review "
          "of visitor numbers across its six branches.\n\nComments\n\n"
          "Ann Rook\n2 hours ago\nSundays were the only day I could take the kids.\nReply\n\n"
          "Ben Tallis\n1 hour ago\n↳ agreed, the weekday hours are useless for anyone who works.\nReply\n\n"
          "Cora Mills\n3 hours ago\nPoints: 3\nReply\n\n"
          "Dev Ashe\n4 hours ago\nRecommended reading: the council's own report on library use.\nReply\n\n"
          "Edie Frost\n5 hours ago\nI found this review helpful, unlike the council's statement.\nReply\n\n"
          "Finn Ode\n5 hours ago\n+1\nReply\n")


def test_reply_arrow_before_the_replys_words_keeps_them() -> None:
    found = comment_rows(THREAD)
    assert found[1] == ("Ben Tallis", "Ann Rook",
                        "agreed, the weekday hours are useless for anyone who works.")


def test_a_comment_that_reads_as_a_vote_row_is_kept() -> None:
    found = comment_rows(THREAD)
    assert ("Cora Mills", "", "Points: 3") in found
    assert ("Finn Ode", "", "+1") in found
    assert len(found) == 6


def test_ordinary_bodies_that_look_like_review_lines_stay_bodies() -> None:
    found = comment_rows(THREAD)
    assert found[3] == ("Dev Ashe", "", "Recommended reading: the council's own report on library use.")
    assert found[4] == ("Edie Frost", "", "I found this review helpful, unlike the council's statement.")


def test_a_vote_row_under_a_body_is_still_no_body() -> None:
    page = THREAD.replace("Sundays were the only day I could take the kids.\nReply",
                          "Sundays were the only day I could take the kids.\nPoints: 12\nReply")
    assert comment_rows(page)[0] == ("Ann Rook", "", "Sundays were the only day I could take the kids.")


def test_reply_arrow_before_a_name_still_names_the_parent() -> None:
    page = THREAD.replace("↳ agreed, the weekday hours are useless for anyone who works.",
                          "↳ Ann Rook\nagreed, the weekday hours are useless for anyone who works.")
    assert comment_rows(page)[1] == ("Ben Tallis", "Ann Rook",
                                  "agreed, the weekday hours are useless for anyone who works.")


# ---- map reviews: "Rated 4.0 out of 5, a week ago" is the stamp; blank lines between a review's parts ----

MAP = ("Dunmere bakery row spills onto review pages\n\nNovember 24, 2026\n\nBy Alys Denholm\n\n"
       "A family bakery on Quarry Row has found itself at the centre of an online row after a food "
       "blogger's review was shared thousands of times.\n\nCalloway's Bakehouse\n4.3 ★★★★☆ 418 reviews\n\n"
       "Reviews\n\n"
       "Joanna Pryce\n\nLocal Guide · 112 reviews · 540 photos\n\nRated 5.0 out of 5, a day ago\n\n"
       "Best sourdough in the county and the staff always remember my order.\n\nLike   Share\n\n"
       "Tobias Wren\n\n3 reviews\n\nRated 1.0 out of 5, 2 days ago\n\n"
       "Queued for half an hour and the sausage rolls had run out by ten.\n\nLike   Share\n\n"
       "Marlow Street Florists\n\nLocal Guide · 14 reviews · 61 photos\n\nRated 4.0 out of 5, a week ago\n\n"
       "Our next-door neighbours for nine years.\n\nLike   Share\n")


def test_rated_stamp_lines_are_stamps_not_names() -> None:
    for line in ("Rated 4.0 out of 5, a week ago", "Rated 5 out of 5 stars · 2 days ago",
                 "Rated 4/5 3 days ago"):
        assert classify(line)[0] is Kind.STAMP, line
    assert classify("Rated R for violence, 2019")[0] is not Kind.STAMP


def test_map_reviews_separated_by_blank_lines_are_read() -> None:
    assert [(a, b[:20]) for a, _, b in comment_rows(MAP)] == [
        ("Joanna Pryce", "Best sourdough in th"), ("Tobias Wren", "Queued for half an h"),
        ("Marlow Street Florists", "Our next-door neighb")]
    closed = MAP.replace("\n\n", "\n").replace("Like   Share\n", "Like   Share\n\n")
    assert [a for a, _, _ in comment_rows(closed)] == ["Joanna Pryce", "Tobias Wren",
                                                       "Marlow Street Florists"]


# ---- an information box inside an article: the sentence after it is the article's ----

BOXED = ("Library opening hours to be cut on Sundays\n\nApril 2, 2026\n\nBy Nell Harker\n\n"
         "The town library will close on Sundays from May, the council said on Wednesday, after a review "
         "of visitor numbers across its six branches.\n\n"
         "More information\nLibrary opening hours: Monday to Saturday, 9am to 5pm\n"
         "The council will review the decision in a year, a spokesperson said.\n\n"
         "Readers have started a petition against the change.\n")


def test_the_sentence_under_an_information_box_is_kept() -> None:
    paragraphs = split_layout(BOXED).paragraphs
    assert "The council will review the decision in a year, a spokesperson said." in paragraphs
    assert not any("More information" in p or "9am to 5pm" in p for p in paragraphs)


def test_a_related_list_and_a_form_notice_stay_out_of_the_article() -> None:
    related = BOXED.replace("More information\nLibrary opening hours: Monday to Saturday, 9am to 5pm\n",
                            "Related stories\nCouncil budget gap grows to four million\n"
                            "Swimming pool hours cut from June\n")
    kept = split_layout(related).paragraphs
    assert "The council will review the decision in a year, a spokesperson said." in kept
    form = BOXED.replace("More information\nLibrary opening hours: Monday to Saturday, 9am to 5pm\n"
                         "The council will review the decision in a year, a spokesperson said.\n",
                         "Read more\nSign this petition\nFirst name\nLast name\nEmail\nPostcode\n"
                         "By signing, you accept the site's terms of service and agree to receive emails.\n")
    assert not any("By signing" in p for p in split_layout(form).paragraphs)


# ---- a page's "First published" date line is no commenter named "First" ----

def test_first_published_lines_are_no_named_stamps() -> None:
    for line in ("First published 3 March 2026", "First published — Today at 07:55",
                 "Originally posted Mar 3, 2026"):
        assert classify(line)[0] is Kind.OTHER, line
    assert classify("First Avenue · 3h") == (Kind.NAMED, "First Avenue")


def test_a_dated_head_over_a_short_article_keeps_the_first_message_a_comment() -> None:
    page = ("Pier to close for five months\n\nBy Echo Desk\nFirst published 3 March 2026\n\n"
            "The east pier shuts on Monday for five months of repairs, the council confirmed.\n\n"
            "Marla Quist — Today at 08:05\nfive months?? the summer is gone then\n\n"
            "Kip — Today at 08:09\nit was always going to be summer, they said so in January\n\n"
            "Rosa Venn — Today at 08:12\nAnyone know if the ferry still runs from the pier?\n")
    assert [a for a, _, _ in comment_rows(page)] == ["Marla Quist", "Kip", "Rosa Venn"]
    assert not any(a == "First" for a, _, _ in comment_rows(page))


# ---- a store's community reviews: verdict, play time and stamp over the body, the reviewer under it ----

HUB = ARTICLE + ("Most helpful reviews\n\n"
                 "Not Recommended\n41.2 hrs on record\nPosted: 4 March\n"
                 "Bought this to play with my brother. The patch removed the only mode we used.\n"
                 "Helpful? Yes No Funny Award\n212 people found this review helpful\nBrackwater\n"
                 "84 products in account\n\n"
                 "Recommended\n12.4 hrs on record\nPosted: 5 March\n"
                 "Honestly the single player is better than ever.\n"
                 "Helpful? Yes No Funny Award\n58 people found this review helpful\nmossy_kettle\n"
                 "231 products in account\n\n"
                 "Not Recommended\n3.1 hrs on record\nPosted: 6 March\nCrashes on launch since the patch.\n"
                 "Helpful? Yes No Funny Award\nTamsin Rowe\n17 products in account\n")


def test_reviewers_under_their_reviews_are_the_authors() -> None:
    assert [(a, b) for a, _, b in comment_rows(HUB)] == [
        ("Brackwater", "Bought this to play with my brother. The patch removed the only mode we used."),
        ("mossy_kettle", "Honestly the single player is better than ever."),
        ("Tamsin Rowe", "Crashes on launch since the patch.")]
    paragraphs = split_layout(HUB).paragraphs
    assert not any("Tamsin Rowe" in p or "products in account" in p or "Recommended" in p for p in paragraphs)


def test_a_recommended_list_after_a_blank_line_is_not_a_verdict() -> None:
    page = ARTICLE + ("Comments\n\nAnn Rook\n2 hours ago\nThe co-op was the whole point.\nReply\n\n"
                      "Ben Tallis\n1 hour ago\nSingle player is fine though.\nReply\n\n"
                      "Recommended\nTen cosy games for winter\nThe best co-op games of the year\n")
    assert [a for a, _, _ in comment_rows(page)] == ["Ann Rook", "Ben Tallis"]


def test_a_load_more_reviews_link_is_no_article_text() -> None:
    page = STORE + "\nLoad more helpful reviews\n"
    assert not any("Load more" in p for p in split_layout(page).paragraphs)
    assert len(comment_rows(page)) == 3


def test_reaction_rows_and_edited_times_close_messenger_comments() -> None:
    page = CHANNEL.replace("Somebody will end up in the water.\n09:31",
                           "Somebody will end up in the water.\n👍 14  🔥 2\n09:31")
    page = page.replace("boat trips.\n10:20", "boat trips.\nedited 10:20")
    found = comment_rows(page)
    assert found[0] == ("Pete the Skipper ⚓", "",
                        "The old quay has no lights. Somebody will end up in the water.")
    assert found[-1] == ("Ines Toft", "",
                         "August means the whole summer season gone for the boat trips.")
    pinned = split_layout("Pinned message\n\n" + page).paragraphs
    assert not any(p.startswith("Pinned message") for p in pinned)


def test_a_recommended_list_right_under_an_action_row_still_ends_the_comments() -> None:
    page = ARTICLE + ("Comments\n\nAnn Rook\n2 hours ago\nThe co-op was the whole point.\nReply\n\n"
                      "Ben Tallis\n1 hour ago\nSingle player is fine though.\nReply\nRecommended\n"
                      "Kit Lowe\n3 hours ago\nTen cosy games for winter, ranked by our editors.\n")
    assert [a for a, _, _ in comment_rows(page)] == ["Ann Rook", "Ben Tallis"]
