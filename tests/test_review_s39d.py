"""Session 39 review (helper H292) of H282's layout change (2f84441, 5de2339, f1a50c5, 62568f8): undated
rating cards as comments (parse/rated_cards.py), event titles before a venue, a weekday before a date, the
removal notice's slot, "(1 edit)" stamps, comment pagers, devlog entries, a publisher's brand, price lines.

Every page here is invented. A strict xfail is a fault found in review (its reason says when the base,
9ba8bf2, read the page right); a plain test pins a behaviour the change gets right."""

import time

import pytest

from components.parse.layout import split_layout
from components.parse.rated_cards import rated_cards
from tests.layout_support import BODY, comment_rows

_SHOP_HEAD = ("Handmade Bird Feeder Kit\n\n$24.00\n\n"
              "A cedar feeder you can build in an afternoon, with every screw and a guide in the box.\n\n"
              "The kit comes flat-packed with pre-drilled panels, a copper roof and a chain. Most buyers "
              "finish it in under two hours with a screwdriver.\n\n")
_SHOP_TAIL = "\n\nYou might also like\n\nNest Box Kit\nBat Box Kit\n"
_TEXTS = ("Lovely kit, though the roof panel needed a little sanding.",
          "My daughter built it by herself and the tits moved in within a week.",
          "Two screws were missing and it took a fortnight to get replacements.")
_NAMES = ("Harriet Osei", "Dmitri Vale", "Priya Nandakumar")
_STARS = ("★★★★☆", "★★★★★", "★★☆☆☆")


def _shop(names: tuple[str, ...] = _NAMES, ratings: tuple[str, ...] = _STARS, texts: tuple[str, ...] = _TEXTS,
          heading: str = "Reviews (12)\n\n", after: tuple[str, ...] = ("", "", "")) -> str:
    cards = "\n\n".join(f"{n}\n{r}\n{t}{a}" for n, r, t, a in zip(names, ratings, texts, after, strict=True))
    return _SHOP_HEAD + heading + cards + _SHOP_TAIL


def _article_text(page: str) -> str:
    return "\n\n".join(split_layout(page).paragraphs)


# ---- must not fire: an article's own ratings, rows of stars under names ----

_KETTLE = ("Kestrel X2 review: a quiet kettle that boils fast\n\nBy Ann Lee\n\n" + BODY + "\n\nRatings\n\n"
           "Design\n{0}\nThe brushed steel body looks good and does not show fingerprints.\n\n"
           "Speed\n{1}\nA full litre boiled in just under three minutes in our tests.\n\n"
           "Value\n{2}\nAt this price you can buy two perfectly good kettles.\n\n"
           "Most read\n\nRoadworks on the bypass to last into June\n")


@pytest.mark.parametrize("ratings", [("★★★★☆", "★★★★★", "★★★☆☆"), ("4/5", "5/5", "3/5")])
def test_an_articles_ratings_table_is_no_comment_section(ratings: tuple[str, str, str]) -> None:
    page = _KETTLE.format(*ratings)
    assert split_layout(page).comments == ()
    assert "fingerprints" in _article_text(page)


_FILMS = ("This week's new films, rated\n\nBy Ann Lee\n\n" + BODY + "\n\n"
          "Harbour Lights\n★★★★☆\nA patient, handsome drama about a lighthouse keeper and his son.\n\n"
          "Velvet Circuit\n★★☆☆☆\nA heist film with one good idea and ninety minutes to fill around it.\n\n"
          "Marrow\n★★★☆☆\nA folk horror that scares best when it shows least.\n\n"
          "Most read\n\nRoadworks on the bypass to last into June\n")


def test_a_critics_roundup_with_full_star_rows_at_the_end_stays_the_article() -> None:
    assert split_layout(_FILMS).comments == ()
    assert "lighthouse keeper" in _article_text(_FILMS)


_READERS = ("Kestrel X2 review: a quiet kettle that boils fast\n\nBy Ann Lee\n\n" + BODY + "\n\n"
            "Reader reviews\n\n"
            "Tom Birch\n4 out of 5 stars\nQuiet and quick, but the lid sticks.\n\n"
            "Ruth Ames\n5 out of 5 stars\nThe best kettle I have owned.\n\n"
            "Our verdict: at this price the Kestrel is the quietest kettle we have tested, and fast.\n\n"
            "Overall, if you can live with the sticky lid, it is the one we would buy for our kitchen.\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")


def test_the_article_after_headed_cards_is_not_the_last_cards_text() -> None:
    assert "Our verdict" in _article_text(_READERS)
    assert all("Our verdict" not in c.body for c in split_layout(_READERS).comments)


# ---- the event-noun rule and the pager: must not fire on people and reply threads ----

_PORTAL = (BODY + "\n\nThe comments on the council's planning portal\n\nAshby District Council\n"
           "Planning – Application Search\n\nErection of four light industrial units | "
           "Land at Mill Lane Ashby AB4 2CD\n\nRef. No: 26/00731/FUL | Status: Awaiting decision\n\n"
           "Public Comments   Consultee Comments   Make a Comment\n\nShowing 1-3 of 3\n\n"
           "Owen Pryce 12 Mill Lane Ashby AB4 2CD (Objects)\nComment submitted date: Tue 10 Nov 2026\n\n"
           "The new units would overlook our garden from three sides.\n\n"
           "Dilys Day 7 Church Road Ashby AB4 2CF (Supports)\nComment submitted date: Tue 10 Nov 2026\n\n"
           "The village needs small workshops.\n\n"
           "Karen Fair 5 Church Road Ashby AB4 2CF (Objects)\nComment submitted date: Tue 10 Nov 2026\n\n"
           "The bat survey was done in March and should be repeated.\n\n"
           "Contact Us   Accessibility   Privacy\n\n© Ashby District Council\n")


def test_commenters_surnamed_like_event_nouns_keep_their_names() -> None:
    from components.parse.comment_blocks import _addressed_name
    assert _addressed_name("Tom Night 9 High Street Ashby AB1 3GH") == "Tom Night"
    assert [row[0] for row in comment_rows(_PORTAL)] == ["Owen Pryce", "Dilys Day", "Karen Fair"]


_THREAD = (BODY + "\n\nComments\n\n"
           "rook_and_pawn\n3 days ago\nThe second act has the best puzzles.\nReply\n"
           "    mossy.bank\n    2 days ago\n    Agreed, the lighthouse level especially.\n    Reply\n"
           "    Showing 1 of 4 replies\n"
           "fern_gully\n2 days ago\nCould not get the controller to work on Linux.\nReply\n"
           "owl_light\n1 day ago\nThe soundtrack alone is worth the price.\nReply\n"
           "\nAbout\nFAQ\n")


def test_a_reply_threads_count_does_not_end_the_comment_list() -> None:
    assert [row[0] for row in comment_rows(_THREAD)] == ["rook_and_pawn", "mossy.bank", "fern_gully",
                                                         "owl_light"]


# ---- text lost or mixed: the cards' widget lines, names the rater filter refuses ----

@pytest.mark.parametrize("prompt", ["\n\nWas this review helpful?",
                                    "\nWas this review helpful? Yes (3) No (0)"])
def test_the_helpfulness_prompt_is_no_part_of_a_cards_text(prompt: str) -> None:
    rows = comment_rows(_shop(after=(prompt,) * 3))
    assert [body for _, _, body in rows] == list(_TEXTS)


@pytest.mark.parametrize("name", ["My Tran", "The Rev. Ann Lee"])
def test_raters_whose_names_open_like_articles_are_read(name: str) -> None:
    page = _shop(names=("Harriet Osei", name, "Priya Nandakumar"))
    assert [row[0] for row in comment_rows(page)] == ["Harriet Osei", name, "Priya Nandakumar"]
    assert _TEXTS[1] not in _article_text(page)


@pytest.mark.parametrize("response", ["    Bark & Bloom\n    ", "    The Feeder Shed\n    ",
                                      "Wrenfield Workshop\n"])
def test_the_creators_response_under_a_card_is_its_reply(response: str) -> None:
    reply = "Thank you Dmitri, that is exactly what we hoped for."
    page = _shop(after=("", f"\n\n{response}{reply}", ""))
    rows = comment_rows(page)
    assert [row[2] for row in rows][2] == reply and rows[2][1] == "Dmitri Vale"
    assert reply not in _article_text(page)


# ---- the obvious variants of a rating alone on its line ----

def test_a_perfect_ten_is_a_rating() -> None:
    page = _shop(ratings=("9/10", "10/10", "4/10"))
    assert [row[0] for row in comment_rows(page)] == list(_NAMES)


@pytest.mark.parametrize("ratings", [("⭐️⭐️⭐️⭐️", "⭐️⭐️⭐️⭐️⭐️", "⭐️⭐️"), ("⭐⭐⭐⭐", "⭐⭐⭐⭐⭐", "⭐⭐")])
def test_emoji_star_rows_are_ratings(ratings: tuple[str, str, str]) -> None:
    assert [row[0] for row in comment_rows(_shop(ratings=ratings))] == list(_NAMES)


@pytest.mark.parametrize("ratings", [("4.5/5", "5/5", "2/5"), ("★★★½☆", "★★★★★", "★★☆☆☆"),
                                     ("4 out of 5 stars", "Rated 5/5", "2.5 out of 5")])
def test_half_marks_and_scores_are_ratings(ratings: tuple[str, str, str]) -> None:
    assert comment_rows(_shop(ratings=ratings)) == [(n, "", t) for n, t in zip(_NAMES, _TEXTS, strict=True)]


# ---- dated cards: the stamp under a longer text ----

_STAMPED = _shop(texts=("Lovely kit.\nThe roof needed sanding.\nOtherwise perfect.\n12 March 2026",
                        "My daughter built it.\nThe tits moved in.\nWithin a week!\n10 March 2026",
                        "Two screws missing.\nTook a fortnight.\nTo get replacements.\n2 March 2026"))


def test_a_date_under_a_three_line_text_is_the_cards_stamp() -> None:
    assert all("March 2026" not in body for _, _, body in comment_rows(_STAMPED))


# ---- pinned: what the change gets right ----

def test_card_texts_of_one_word_and_an_age_inside_a_text_are_read() -> None:
    words = ("Lovely.", "Perfect", "Meh")
    assert comment_rows(_shop(texts=words)) == [(n, "", t) for n, t in zip(_NAMES, words, strict=True)]
    text = "Ordered it on Monday.\n2 days ago it arrived and it is already up."
    assert comment_rows(_shop(texts=(text, *_TEXTS[1:])))[0] == ("Harriet Osei", "", text)


@pytest.mark.parametrize("line", ["Tickets from £12 per person.", "Prices start from €1,140 per person",
                                  "Viewing 10 of 87 records", "Showing 10 of 87 posts was enough for us."])
def test_price_and_pager_like_sentences_stay_article_text(line: str) -> None:
    from components.parse.layout import _is_furniture
    assert not _is_furniture(line)
    page = ("Ferry fares rise again\n\nBy Ann Lee\n\n" + BODY
            + f"\n\n{line}\n\nMost read\n\nRoadworks on the bypass\n")
    assert line in _article_text(page)


def test_a_headline_over_its_age_and_an_updated_line_stays_the_headline() -> None:
    page = "\n".join(["Ashby Courier", "Council votes to keep the skate park open", "2 hours ago",
                      "By Ann Lee", "Updated 40 minutes ago", BODY.replace("\n\n", "\n"), "Most read",
                      "Roadworks on the bypass to last into June"])
    assert split_layout(page).title == "Council votes to keep the skate park open"


def test_five_thousand_cards_are_read_in_linear_time() -> None:
    def cards(n: int) -> list[str]:
        lines = [f"Reviews ({n})", ""]
        for i in range(n):
            lines += [f"buyer_{i}", "★★★★☆", f"Card {i} says the kit was fine and arrived on time.", ""]
        return lines
    started = time.perf_counter()
    found, _ = rated_cards(cards(5000))
    assert len(found) == 5000
    assert time.perf_counter() - started < 60  # about 3 s on a shared two-core machine; quadratic: minutes
