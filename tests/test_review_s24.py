"""Session 24 review: inputs an ordinary article or comment section could hold that the session's new
rules must not fire on, each beside an input the rule must still fire on. All text invented."""

import pytest
from quoting_support import CAST, mentions_in

from components.parse.layout import split_layout
from components.parse.quotes import Mention


def _mentions(text: str) -> list[Mention]:
    return mentions_in(text, CAST)


_PAGE_HEAD = "The town listened to its young people at last\n\nBy Dana Whitcombe\n\nMarch 3, 2026\n\n"
_BODY = ("When the council met on Tuesday night, the chamber was fuller than it has been in years, and most "
         "of the people standing at the back of the room were under twenty.\n\n"
         "They had come to argue about a skate park, and they stayed until the very last vote was taken.\n\n")


def _speakers(text: str, phrase: str) -> list[str]:
    return [m.speaker for m in _mentions(text) if phrase in m.text]


_CALLED = "Hart called the plan \u201ca disgrace\u201d. "


# ---- a correction's denial: only a denial that ends its sentence, by a pronoun or the one quoted ----

@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # must not fire: the denial says how the phrase was used, or that someone else did not use it
    (_CALLED + "He did not use that phrase lightly, he said later.", "a disgrace", ["Bo Hart"]),
    (_CALLED + "Lind did not use that phrase, preferring to call it a mistake.", "a disgrace", ["Bo Hart"]),
    (_CALLED + "Lind never used the word herself.", "a disgrace", ["Bo Hart"]),
    (_CALLED + "Dr Osei never used the phrase.", "a disgrace", ["Bo Hart"]),
    # still fires: a correction by pronoun, or by the name the quote's sentence gave
    ("Correction: an earlier version said Lind had called the depot \u201ca lost cause\u201d. "
     "She did not use that phrase.", "a lost cause", []),
    ("Correction: an earlier version said Hart had called the depot \u201ca lost cause\u201d. "
     "Hart never used the phrase at all.", "a lost cause", []),
    ("Correction: an earlier version said Lind had called the depot \u201ca lost cause\u201d. "
     "She did not use that phrase, which appeared in a council paper.", "a lost cause", []),
])
def test_a_denial_must_end_its_sentence_and_be_the_quoted_ones(text: str, phrase: str,
                                                               speakers: list[str]) -> None:
    assert _speakers(text, phrase) == speakers


# ---- a sign's words after a colon: not when a credit follows the quote ----

@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    ("Hart pointed to a sign: \u201cThe depot is a public asset and it will stay that way,\u201d he said.",
     "public asset", ["Bo Hart"]),
    ("Lind pointed at the sign: \u201cThat was put up without anyone asking us,\u201d she said.",
     "without anyone", ["Ada Lind"]),
    # still fires: the sign's own words
    ("Hart held up a hand-painted sign: \u201cNO ROOF, NO VOTE.\u201d", "NO ROOF", []),
])
def test_a_quote_credited_after_it_is_no_signs_words(text: str, phrase: str, speakers: list[str]) -> None:
    assert _speakers(text, phrase) == speakers


# ---- a pronoun after an object: the one asked, or handed over to, answers ----

@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    ("Lind asked Voss about the lease. \u201cIt runs out in May and nobody has called me,\u201d she said.",
     "runs out in May", "Cara Voss"),
    ("Lind handed over to Voss. \u201cThank you all for coming tonight,\u201d she said.", "Thank you all",
     "Cara Voss"),
    # still fires: someone spoken to, or come with, is not the one who goes on
    ("Lind spoke to Voss for an hour on Friday.\n\n\u201cWe agreed on nothing but the date of the next "
     "meeting,\u201d she said.", "agreed on nothing", "Ada Lind"),
    ("Lind came to the depot meeting alongside Cara Voss. She told the room the roof had failed. "
     "\u201cWe were promised a survey and never got one,\u201d she said.", "promised a survey", "Ada Lind"),
])
def test_a_pronoun_after_asking_or_handing_over_is_the_object(text: str, phrase: str, speaker: str) -> None:
    assert _speakers(text, phrase)[:1] == [speaker]


# ---- a tree's branch before words that are no name is a comment's text, not a reply line ----

def _comments(body: str) -> list[tuple[str, str]]:
    page = (_PAGE_HEAD + _BODY + "Comments\n\nMaria Ostend\n2 hours ago\n" + body + "\nLike Reply\n\n"
            "Bo Hart\n1 hour ago\nI was there and it was packed.\nLike Reply\n")
    return [(c.author, c.body) for c in split_layout(page).comments]


@pytest.mark.parametrize("body", [
    "\u251c and the lights too, they never work at night",
    "\u2514 agreed with the last one",
    "\u2514\u2500\u2500 the park\n\u2514\u2500\u2500 the lights",
])
def test_a_branch_before_words_keeps_the_comment(body: str) -> None:
    assert _comments(body) == [("Maria Ostend", body), ("Bo Hart", "I was there and it was packed.")]


def test_a_branch_before_a_name_is_still_a_reply_line() -> None:
    page = (_PAGE_HEAD + _BODY + "Comments\n\nMaria Ostend\n2 hours ago\nThe lights never work.\n"
            "Like Reply\n\n\u2514 Bo Hart\n1 hour ago\nThey did on Friday.\nLike Reply\n")
    assert [(c.author, c.body) for c in split_layout(page).comments] == [
        ("Maria Ostend", "The lights never work."), ("Bo Hart", "They did on Friday.")]


# ---- "a/an + noun" credited beside a quote: a paper that says things is nobody ----

@pytest.mark.parametrize("noun", ["a petition", "a leaflet", "a lawsuit", "a filing", "a complaint"])
def test_a_paper_beside_its_quote_is_no_unnamed_speaker(noun: str) -> None:
    assert _speakers(f"\u201cIt was chaos from start to finish,\u201d {noun} said.", "chaos") == []


@pytest.mark.parametrize("noun", ["a spokesman", "a long-time resident", "a Hart supporter"])
def test_a_person_beside_the_quote_still_speaks_unnamed(noun: str) -> None:
    assert _speakers(f"\u201cIt was chaos from start to finish,\u201d {noun} said.", "chaos") == [noun]


# ---- a "Categories:" label: not a sentence that opens with the word ----

_ARTICLE = ("Ferry timetable to be cut from March\n\nBy Lena Hart\n\nMarch 2, 2026\n\n"
            "The island ferry will run four times a day instead of six from March, the operator said on "
            "Monday, after a year of falling passenger numbers.\n\n"
            "Residents said the change would make it harder to commute to the mainland for work.\n\n")


def test_a_sentence_opening_with_categories_stays_in_the_body() -> None:
    line = "Categories: the new fares fall into three categories, from child to senior, and all rise by 5%."
    assert line in split_layout(_ARTICLE + line + "\n").paragraphs


@pytest.mark.parametrize("line", ["Categories:", "Category: Transport", "Categories: Islands, Transport"])
def test_a_categories_label_is_still_furniture(line: str) -> None:
    assert not any(line in p for p in split_layout(_ARTICLE + line + "\n").paragraphs)


# ---- a statement read out "from" someone: the name right after "from", not its owner ----

def test_a_statement_from_someones_lawyer_is_not_that_persons() -> None:
    text = "Hart read a statement from Voss's lawyer: \u201cMy client will not comment on the depot.\u201d"
    assert "Cara Voss" not in _speakers(text, "My client")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hart read out a statement from Lind: \u201cI am sorry I cannot be with you tonight.\u201d", "Ada Lind"),
    ("At the meeting Hart read a letter from Ms Cara Voss: \u201cI am sorry I cannot be with you "
     "tonight.\u201d", "Cara Voss"),
])
def test_a_statement_read_from_someone_is_still_theirs(text: str, speaker: str) -> None:
    assert _speakers(text, "I am sorry") == [speaker]
