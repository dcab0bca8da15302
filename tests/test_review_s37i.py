"""Session 37 review (helper H246) of H235's layout change (wt-lay37b, 365fced..cb312b2), on invented
pages: what a reader of the parse would lose. A strict xfail is a fault the change leaves or brings (its
reason says when it is a regression against 365fced); a plain test is a case the change gets right.
"""

from layout_support import BODY

from components.parse.layout import split_layout

_HEADLINE = "Skate park plan goes to a vote after a crowded meeting"


def _text(page: str) -> str:
    return "\n".join(split_layout(page).paragraphs)


# ---- a live reader Q&A against a press conference's transcript ----

_PRESS = ("Mayor answers questions on the flood plan\n\nBy Ann Lee\n\n"
          "The mayor held a press conference on Monday about the flood plan. A transcript follows.\n\n"
          "Tom Reed: Mayor, when will the barriers go up?\n"
          "Mayor Jo Hart: The first barriers go up in April, and the rest by the summer.\n"
          "Cara Bell: Who pays for the pumps?\n"
          "Mayor Jo Hart: The pumps are paid for by the national flood fund, not by the town.\n"
          "Sam Ode: Will homes be moved?\n"
          "Mayor Jo Hart: No homes will be moved under this plan, and I want to be clear about that.\n"
          "Tom Reed: And the river path?\n"
          "Mayor Jo Hart: The river path stays open for most of the year.\n\n"
          "The council will vote on the plan next week.\n")


def test_a_press_conferences_transcript_stays_the_articles_text() -> None:
    layout = split_layout(_PRESS)
    assert "paid for by the national flood fund" in "\n".join(layout.paragraphs)
    assert not layout.comments


def test_an_ordinary_comment_section_under_a_live_qa_title_keeps_its_comments() -> None:
    page = ("Live Q&A: ask our gardening expert about spring planting\n\nBy Ann Lee\n\n"
            "Our gardening expert Jo Hart will take your questions on Thursday from noon, "
            "so send them in now.\n\n"
            "She has grown vegetables on the same allotment for thirty years and knows the soil well.\n\n"
            "3 Comments\n\n"
            "Mara Quinn\nMarch 4, 2026\nWhen should I sow the broad beans this year?\nReply\n\n"
            "Dev Patel\nMarch 4, 2026\nIs it too late to move a rose bush now?\nReply\n\n"
            "Lou Banks\nMarch 5, 2026\nWhat do you do about slugs without pellets?\nReply\n")
    assert [c.author for c in split_layout(page).comments] == ["Mara Quinn", "Dev Patel", "Lou Banks"]


# ---- "Label:" over a short value, three rows in a run, read as a facts table ----

def test_a_reviews_verdict_box_stays_the_articles_text() -> None:
    page = ("The new city bike is light, quick and a little too loud\n\nBy Ann Lee\n\n"
            "I rode the bike to work every day for a month, in rain and in one memorable hailstorm.\n\n"
            "What I liked:\nThe light frame and quick gears\nWhat I didn't:\nThe rattling mudguard\n"
            "Verdict:\nBuy it if your commute is short\n\n"
            "It costs less than most of its rivals, which makes the rattle easier to forgive.\n")
    assert "Buy it if your commute is short" in _text(page)


def test_an_articles_day_by_day_timeline_stays_its_text() -> None:
    page = ("How the bridge closure will work this week\n\nBy Ann Lee\n\n"
            "The bridge will close in stages, and the council has set out what happens on each day.\n\n"
            "Monday:\nThe east lane closes\nTuesday:\nBuses move to the ring road\n"
            "Wednesday:\nThe west lane closes\n\n"
            "The council says the bridge should reopen fully by the end of the month.\n")
    assert "Buses move to the ring road" in _text(page)


def test_an_interviews_q_and_a_lines_stay_the_articles_text() -> None:
    page = ("The potter who turned her garage into a studio\n\nBy Lena Ford\n\n"
            "We met in the garage where she works, between the kiln and a shelf of unfinished bowls.\n\n"
            "Q:\nWhy clay?\nA:\nBecause it talks back\nQ:\nAnd the garage?\nA:\nIt was empty\n\n"
            "She says the next show opens in the spring, if the kiln behaves itself until then.\n")
    assert "Because it talks back" in _text(page)


# ---- a name with its description under it, read as a byline's ----

def test_descriptions_under_names_in_the_articles_body_stay_its_text() -> None:
    page = ("Baking contest names its three judges for the spring fair\n\nBy Ann Lee\n\n"
            "The spring fair has named the judges who will taste every entry in the baking contest "
            "this year.\n\n"
            "Mara Quinn\nChef, The Old Mill Kitchen\nDev Patel\nWriter and baker, Tanhill Courier\n\n"
            "Entries close on Friday and the winners will be named on the day of the fair.\n")
    assert "Chef, The Old Mill Kitchen" in _text(page)


def test_a_first_article_line_opening_with_a_name_and_description_is_no_byline() -> None:
    page = (f"{_HEADLINE}\n\nMarch 3, 2026\n\n"
            f"Ann Lee, a teacher from Leeds, said the park would change the town for the better.\n\n{BODY}\n")
    assert "Ann Lee, a teacher from Leeds, said" in _text(page)


# ---- the outlet ----

def test_a_share_bars_icon_text_names_no_outlet() -> None:
    page = f"Facebook logo\nX logo\nEmail\n\n{_HEADLINE}\n\nBy Ann Lee\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == ""


def test_an_agencys_year_range_copyright_does_not_displace_the_papers_masthead() -> None:
    page = f"The Tanhill Courier\n\n{_HEADLINE}\n\nBy Ann Lee\n\n{BODY}\n\n© 2010-2026 Reuters\n"
    assert split_layout(page).outlet_marker == "The Tanhill Courier"


def test_an_agencys_copyright_does_not_displace_the_papers_masthead() -> None:
    page = f"The Tanhill Courier\n\n{_HEADLINE}\n\nBy Ann Lee\n\n{BODY}\n\n© 2026 Reuters\n"
    assert split_layout(page).outlet_marker == "The Tanhill Courier"

