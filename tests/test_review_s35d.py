"""Review of session 35's last parser and stance changes (H178), on invented text: an article's printed
email (components/parse/mail.py), title-case body lines kept as text, romanised hyphened given names,
a document that goes on with its words, the who-clause's sentence start, and the stance rule that
blames a side opening its clause with a word of blame (sentences._blame_done_by). Each fault found is a
strict xfail whose reason says it in one line; the plain tests pin what the changes get right."""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_stance_s35 import stance as _stance  # noqa: E402  (the library dispute of test_stance_s35.py)

from components.core.config import Person  # noqa: E402
from components.enrich.stance import NEUTRAL  # noqa: E402
from components.parse.layout import split_layout  # noqa: E402
from components.parse.quotes import _who_clause_is_his, extract_mentions  # noqa: E402

# ---- stance: a side that opens its clause and does a word of blame (_blame_done_by) ----
# Rowan Pike is the council's, Ida Marr the friends': blame of Pike sides with the friends.

@pytest.mark.parametrize("text", [
    "The friends repaired the damage themselves.",
    "The friends fought the closure for two years.",
    "Marr exposed the scandal.",
    "Pike condemned the vandalism.",
])
def test_a_hostile_object_of_a_sides_deed_is_no_blame_of_it(text: str) -> None:
    assert _stance(text) == NEUTRAL


@pytest.mark.parametrize("text", [
    "Pike wept.",
    "Pike received threats after the vote.",
    "The friends endured years of neglect.",
])
def test_harm_a_side_goes_through_is_no_blame_in_any_word(text: str) -> None:
    assert _stance(text) == NEUTRAL


@pytest.mark.parametrize("text", [
    "I emailed Marr and the friends about the problem.",   # "the friends": the object's second half
    pytest.param("According to Marr, Pike ruined the library.",  # Marr's view, reported
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a view reported after 'According to X,' is read as the commenter's blame (the "
                     "clause after the comma is read alone); arguably the commenter endorses it"))),
])
def test_a_side_that_is_no_subject_of_its_clause_is_not_blamed(text: str) -> None:
    assert _stance(text) == NEUTRAL


@pytest.mark.parametrize("text", ["Pike ruined nothing.", "Pike wasted nothing."])
def test_blame_denied_by_its_object_is_no_blame(text: str) -> None:
    assert _stance(text) != "friends"


@pytest.mark.parametrize(("text", "side"), [
    ("Pike never ruined anything.", "council"),          # a negated blame: VADER turns it
    ("Marr says Pike ruined the library.", NEUTRAL),       # her words, not the commenter's
    ("Pike lost the vote.", NEUTRAL),                      # a misfortune
    ("The council failed to notice the leak.", "friends"),  # a failure of its own: blame
    ("When Pike ruined the library I cried.", "friends"),
])
def test_the_blame_rule_keeps_negation_reports_and_misfortune_apart(text: str, side: str) -> None:
    assert _stance(text) == side


# ---- attribution: hyphened given names, a document going on, the who-clause's sentence start ----

_HEAD = ("A Headline About The Harbour Story In Title Case\n\nThe first paragraph of the article tells "
         "the story in a sentence long enough to be prose, as a news page opens.\n\n")
_TOUR = 'said the tour "was never going to survive the weather this season".'
_QUILL = Person(name="Marta Quill", aliases=("Quill",), pronoun="she")
_LEUNG = Person(name="Dennis Leung", aliases=("Leung",), pronoun="he")
_HART = Person(name="Bo Hart", aliases=("Hart",), pronoun="he")


def _speakers(text: str, people: tuple[Person, ...] = ()) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in extract_mentions("d", split_layout(_HEAD + text), people, {})]


@pytest.mark.parametrize("opener", ["Team-mate", "Step-dad", "Flat-mate"])
def test_an_english_compound_before_a_name_is_no_given_name(opener: str) -> None:
    assert _speakers(f"{opener} Jane Morrow {_TOUR}")[0][0] == "Jane Morrow"


@pytest.mark.parametrize("title", ["Capt. Tom Rudd", "St. Ives harbourmaster Tom Rudd"])
def test_a_dotted_title_ends_no_sentence_before_an_objects_who_clause(title: str) -> None:
    text = (f'Bo Hart rang {title}, who said he would come. "Everything is ready at the quay for the '
            'boats," he said.')
    assert _speakers(text, (_HART,)) == [("Bo Hart", "Everything is ready at the quay for the boats")]
    assert not _who_clause_is_his(re.search("Tom Rudd", text), text, {"Bo", "Hart"})  # type: ignore[arg-type]


def test_a_known_name_with_its_given_name_and_a_role_keeps_its_quote() -> None:
    assert _speakers(f"Dennis Leung Ka-chun, a promoter, {_TOUR}", (_LEUNG,))[0][0] == "Dennis Leung"


@pytest.mark.parametrize(("text", "speaker"), [
    ('The review continued for three hours. "We will not reopen a wall our inspectors call unsafe," '
     "Quill said.", "Marta Quill"),
    ('Quill said the report added "nothing we did not already know about the wall".', "Marta Quill"),
    ('The study suggests that, as Quill put it, "nobody trusts the council any more".', "Marta Quill"),
    ('The audit observed: "Nobody checked the east wall for a decade."', "the audit"),
    (f"Co-star Jane Morrow {_TOUR}", "Jane Morrow"),
    (f"X-ray technician Jane Morrow {_TOUR}", "Jane Morrow"),
    (f"Lee Chun-kit, a promoter, {_TOUR}", "Lee Chun-kit"),
])
def test_documents_and_hyphened_words_that_must_not_take_a_quote(text: str, speaker: str) -> None:
    got = _speakers("Marta Quill spoke on Monday.\n\n" + text, (_QUILL,))
    assert [who for who, _ in got] == [speaker]


# ---- layout: an email printed in the article; title-case lines inside the body ----

_FERRY = ("Ferry Operator Cuts Winter Crossings To The Islands\n\nThe ferry company that serves the outer "
          "islands will run two crossings a week this winter instead of five, it said on Monday.\n\n")
_FERRY_PEOPLE = (Person(name="Rosalind Haverty", aliases=("Haverty",), pronoun="she"),
                 Person(name="Tobias Quenell", aliases=("Quenell",), pronoun="he"))


def _page(text: str) -> tuple[list[str], str, list[tuple[str, str]]]:
    layout = split_layout(_FERRY + text)
    said = [(m.speaker, m.text) for m in extract_mentions("d", layout, _FERRY_PEOPLE, {})]
    return list(layout.paragraphs), layout.date_line, said


_NEWSLETTER_FOOTER = ("The crossings will be reviewed again in the spring, the company said.\n\n"
                      "From: Island Courier Newsletter\nDate: 3 March 2026\n\n"
                      "You are receiving this because you signed up at the harbour fair. Update your "
                      "preferences or unsubscribe at any time.\n\n")
_ACCOUNT_UNDER_HEADER = ("Documents released this week show how the cuts were agreed.\n\n"
                         "From: Rosalind Haverty\nTo: Tobias Quenell\nSubject: Winter timetable\n\n"
                         "The message, which runs to four pages, sets out the cost of fuel and the state "
                         "of the two older boats.\n\n")


@pytest.mark.parametrize(("text", "date"), [
    (_NEWSLETTER_FOOTER, "2026-03-03"),  # as before the email reader: the footer's date was the page's
    (_ACCOUNT_UNDER_HEADER, ""),         # "The message, which runs to …": the reporter, not Haverty
])
def test_what_follows_a_header_block_may_be_no_message(text: str, date: str) -> None:
    _, date_line, said = _page(text)
    assert said == [] and date_line == date


def test_a_title_case_pull_quote_is_no_second_statement() -> None:
    _, _, said = _page(
        'Tobias Quenell said the company had no choice. "We cannot sail empty boats all winter," he said '
        "on Monday at the harbour office.\n\n"
        "Quenell: “We Cannot Sail Empty Boats All Winter.”\n\n"
        "The company will review the timetable again in March, when the new boat arrives from the yard.\n\n")
    assert said == [("Tobias Quenell", "We cannot sail empty boats all winter")]
