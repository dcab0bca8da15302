"""Session 37 fixes (helper H236) of the letters reader and the review-header lines pinned by review s37d,
on invented text: the letters heading stands alone, a comment section and its stamps are no letters,
a review's tags and spoiler lines are furniture only in its header; a letter's earlier paragraphs, its
one-line question, the page's notes, and letters signed by email, by "Name, Town" or numbered."""

import pytest

from components.parse.layout import RawComment, _review_header_note, _trim_meta
from components.parse.letters import (
    _address_line,
    _foot_name,
    _heading,
    _headline,
    _page_note,
    _stands_alone,
    _without_numbers,
    letters_page,
)

LETTER_LINES = ("Allotment rents and a closed footbridge\n\n"
                "The town council raised the allotment rents again this spring, and the footbridge by the "
                "mill has been shut since October.\n\n")


def _signed(n: int) -> str:
    """n letters signed at the foot, a name and a town under each."""
    surnames = ["Rosser", "Bray", "Hale", "Yeo"][:n]
    return "\n\n".join(f"The footbridge by the mill has been shut for {k + 2} months and nobody says why.\n"
                       f"Anwen {surname}\nMill Road, Tregarth" for k, surname in enumerate(surnames))


@pytest.mark.parametrize("block", ["Letters\nPuzzles\nObituaries", "More\nYour letters", "Opinion\nLetters"])
def test_a_letters_link_in_a_list_of_links_is_no_heading(block: str) -> None:
    lines = (LETTER_LINES + block + "\n\n" + _signed(4)).split("\n")
    assert _heading(lines) is None


@pytest.mark.parametrize("heading", ["Letters", "Letters to the editor",
                                     "Letters: the rents and a lost cat\nTuesday, June 9, 2026"])
def test_a_letters_heading_standing_alone_opens_the_page(heading: str) -> None:
    lines = (LETTER_LINES + heading + "\n\n" + _signed(4)).split("\n")
    assert _heading(lines) is not None and len(letters_page(lines)[0]) == 4


def test_an_undated_titled_heading_in_an_article_opens_no_letters_page() -> None:
    """An article's subheading over letters its reporter quotes, with narration between them."""
    quoted = "\n\n".join(f"The {n} letter came from a walker who crosses the bridge each day.\n\n"
                         f"I have crossed that bridge for {k + 20} years and never seen it shut so long.\n"
                         f"— Anwen {surname}, Tregarth"
                         for k, (n, surname) in enumerate([("first", "Rosser"), ("second", "Bray"),
                                                           ("third", "Hale")]))
    lines = (LETTER_LINES + "Letters: what the walkers wrote\n\n" + quoted).split("\n")
    assert letters_page(lines) == ([], set())


def test_a_titled_heading_over_its_date_line_stands_alone() -> None:
    lines = ["", "Letters: the footbridge and the rents", "Monday, June 8, 2026", "", "Text."]
    assert _stands_alone(lines, 1)


def test_letters_stop_at_a_comment_section_s_heading() -> None:
    page = (LETTER_LINES + "Letters\n\n" + _signed(3) + "\n\nComments\n\n"
            + "Gwil Ames\nThe footbridge was fine until the council touched it, if you ask me.\n"
            + "Dai Morgan\nTregarth")
    letters, taken = letters_page(page.split("\n"))
    assert [c.author for c in letters] == ["Anwen Rosser", "Anwen Bray", "Anwen Hale"]
    assert not any("Comments" == page.split("\n")[k] for k in taken)


@pytest.mark.parametrize("line", ["2 hours ago", "1 hour ago", "35 minutes ago", "3 days ago"])
def test_a_comment_s_relative_stamp_is_no_address_line(line: str) -> None:
    assert not _address_line(line)


@pytest.mark.parametrize("line", ["14 Mill Road, Tregarth", "Tregarth", "Published 3 June 2026"])
def test_a_letter_s_address_or_date_is_an_address_line(line: str) -> None:
    assert _address_line(line)


def test_a_long_line_opening_with_a_figure_is_no_address_line() -> None:
    assert not _address_line("12 of us walked round by the road bridge every day this week and some")


# ---- a review's tags and spoiler lines ----

def test_a_review_s_header_note_is_trimmed_over_its_text() -> None:
    assert _trim_meta(["Warning: Spoilers", "The twist in the last act made no sense."]) == [
        "The twist in the last act made no sense."]
    assert _trim_meta(["Cycling · Windy · Lovely!", "Good surface the whole way round."]) == [
        "Good surface the whole way round."]


@pytest.mark.parametrize("body", [["Spoilers!"], ["Bread · Cheese · Pickles!"],
                                  ["We ate on the quay.", "Bread · Cheese · Pickles!"],
                                  ["We ate on the quay.", "Spoiler alert!"]])
def test_a_comment_s_own_words_like_a_header_note_are_kept(body: list[str]) -> None:
    assert _trim_meta(body) == body


@pytest.mark.parametrize("line", ["Bread · Cheese · Pickles", "Ann Lee · Bo Hart",
                                  "Spoilers are everywhere now."])
def test_a_middot_list_without_its_exclamation_is_no_tags_line(line: str) -> None:
    assert not _review_header_note(line)


# ---- the rest: text lost or misread, and the variants missed ----

WRITERS = [("Anwen Rosser", "Tregarth"), ("Cai Bray", "Mill Road, Tregarth"), ("Nia Hale", "Tregarth"),
           ("Owain Yeo", "Bryn Terrace, Tregarth")]
TEXTS = ["The footbridge by the mill has been shut since October and nobody will say why.",
         "Allotment rents went up again this spring, the third rise in four years.",
         "The bus to the hospital now stops two streets away from the main door.",
         "Thank you to whoever handed in my purse at the post office on Friday."]


def _page(letters: list[str], intro: str = "Letters\n\n", tail: str = "\n\nMost read\n") -> list[str]:
    return (LETTER_LINES + intro + "\n\n".join(letters) + tail).split("\n")


def test_a_two_paragraph_first_letter_keeps_both() -> None:
    letters = [f"It began in the autumn.\n\n{text}\n{name}\n{town}"
               for text, (name, town) in zip(TEXTS, WRITERS, strict=True)]
    found, _ = letters_page(_page(letters))
    assert found[0].body == f"It began in the autumn.\n\n{TEXTS[0]}"


def test_the_introduction_stays_out_of_the_first_letter() -> None:
    intro = "Letters\n\nWrite to us at the address on page two. Letters may be shortened.\n\n"
    letters = [f"{text}\n\n{name}\n{town}" for text, (name, town) in zip(TEXTS, WRITERS, strict=True)]
    found, _ = letters_page(_page(letters, intro=intro))
    assert [c.body for c in found] == TEXTS


def test_an_editor_s_note_and_a_closing_note_are_no_letter_s_text() -> None:
    letters = [f"{name}\n{town}\n{text}" for text, (name, town) in zip(TEXTS, WRITERS, strict=True)]
    letters.insert(2, "Editor's note: the council says the bridge reopens in May.")
    found, _ = letters_page(_page(letters, tail="\n\nLetters may be edited for length.\n\nMost read\n"))
    assert [c.body for c in found] == TEXTS


@pytest.mark.parametrize("text", ["Editor's note: the bridge reopens in May.", "Ed: we asked the council.",
                                  "Email your letters to the address below.", "Letters may be edited."])
def test_page_notes(text: str) -> None:
    assert _page_note([text], [0])


@pytest.mark.parametrize("text", ["The editor of the parish magazine wrote to me in May.",
                                  "I sent letters to the council twice and heard nothing.",
                                  "Send the bill to the council, not to the allotment holders."])
def test_a_letter_s_own_words_are_no_page_note(text: str) -> None:
    assert not _page_note([text], [0])


@pytest.mark.parametrize("line", ["Why is the footbridge still shut?", "Bring back the Saturday bus!"])
def test_a_question_or_exclamation_is_no_headline(line: str) -> None:
    assert not _headline(line)


def test_a_short_title_line_is_still_a_headline() -> None:
    assert _headline("The footbridge saga")


def test_letters_signed_with_an_email_address() -> None:
    letters = [f"{text}\n{name}\n{name.split()[0].lower()}@example.org"
               for text, (name, _) in zip(TEXTS, WRITERS, strict=True)]
    assert [c.author for c in letters_page(_page(letters))[0]] == [name for name, _ in WRITERS]


@pytest.mark.parametrize(("line", "name"), [("Cai Bray, Tregarth", "Cai Bray"),
                                            ("Nia Hale, Chair, Tregarth Allotments", "Nia Hale"),
                                            ("Cai Bray", "Cai Bray"), ("Thank you, Tregarth", ""),
                                            ("Yours, Cai", ""), ("Cai Bray, who lives by the bridge.", "")])
def test_a_name_and_town_on_one_line(line: str, name: str) -> None:
    assert _foot_name(line) == name


def _letter(body: str) -> RawComment:
    return RawComment(0, "Anwen Rosser", body)


def test_numbers_of_a_numbered_page_are_cut() -> None:
    letters = [_letter(f"{n}. {text}") for n, text in enumerate(TEXTS, 1)]
    assert [c.body for c in _without_numbers(letters)] == TEXTS


def test_a_number_opening_one_letter_alone_is_its_text() -> None:
    letters = [_letter(text) for text in TEXTS]
    letters[1] = _letter("3. That is how many buses came all week.")
    assert _without_numbers(letters) == letters
