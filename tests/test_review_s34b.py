"""Second review of session 34's change (helper H152, d709ab4..8f6a7e4), written as tests on invented
text: a plain test pins a behaviour that is right; a strict xfail names a fault (its reason says it in
one line). Ordered roughly by how much each fault moves the numbers a user reads:

- transcripts: a Q&A standfirst that opens with a time phrase ("For thirty years, Ada Lind …") no
  longer gives its one named person the answers;
- attribution: a role "at <place>" after the article has named its holder so, "The Board" after a
  sentence that only opens with a capital word before "Board", "its <role>" right after another body,
  a credit sentence with a reported clause that has no "that", single marks that end on a nested quote;
- layout: an article sentence between a sentence that tells of a post and the post, a review's short
  first line on a page whose reviews have no titles;
- stance and the analyst's corrections: "Exactly." opening a reply, an inch mark inside a quote, a
  reply that agreed with a commenter whose side the analyst overruled."""

import pandas as pd
import pytest
from test_analyst_spam_replies import PRAISE, _built, _flag
from test_attribution_s34 import BODY_CAST
from test_attribution_s34b import HART, HOMES, LIND, VOSS, _speaker_of
from test_review_s34 import _answered_by
from test_stance_s34 import CLAIMS, CONFIG

from components.core.config import Person
from components.corpus.labels import apply_corrections
from components.enrich.stance import classify_stance
from components.enrich.stance.tokens import tokenise
from components.parse.layout import split_layout
from components.parse.quotes import find_quotes
from tests.layout_support import comment_rows
from tests.test_layout_s34_notes import ATTRACTION, VISITORS

# ---- transcripts: the standfirst's one named person ----

EDITED = " This interview has been edited for length."


@pytest.mark.parametrize("opening", ["For thirty years Ada Lind has run the north quay.",
                                     "In 2021 Ada Lind took over the north quay from her father.",
                                     "On Friday, Ada Lind shut the north quay to boats over ten metres."])
def test_a_standfirst_opening_with_a_time_phrase_still_gives_her_the_answers(opening: str) -> None:
    assert _answered_by(opening + EDITED) == ["Ada Lind", "Ada Lind"]


def test_a_standfirst_opening_with_since_gives_her_the_answers() -> None:
    assert _answered_by("Since 2021 Ada Lind has run the north quay." + EDITED) == ["Ada Lind", "Ada Lind"]


# ---- attribution ----

def test_a_role_at_a_place_the_article_gave_its_holder_is_still_him() -> None:
    body = ("Tom Voss, the harbourmaster at Eastmarsh, walked the length of the quay on Monday morning.\n\n"
            "The harbourmaster at Eastmarsh said: “No boat will tie up here until the piles are replaced.”")
    assert _speaker_of(body, "No boat will tie up") == "Tom Voss"


@pytest.mark.parametrize("between", ["At Tuesday's Board meeting the chair spoke for an hour.",
                                     "Several Board members stayed away from the vote."])
def test_the_board_after_a_sentence_opening_on_board_is_still_the_known_body(between: str) -> None:
    body = ("Eastmarsh Harbour Board has turned down the town council's offer of a loan.\n\n"
            f"{between} The Board said: “We will not borrow against a quay we may close.”")
    assert _speaker_of(body, "We will not borrow", BODY_CAST) == "Eastmarsh Harbour Board"


ART_DIRECTOR = Person("Mara Quist", ("Quist",), (), "she", "homes", descriptors=("the art director",))


def test_its_role_right_after_another_body_is_not_the_configured_holder() -> None:
    body = ("Kestrel Lofts opened a showroom on the quay in May. Its art director said: “We will fill every "
            "flat before the spring.”")
    assert _speaker_of(body, "We will fill", (LIND, HART, ART_DIRECTOR, HOMES)) != "Mara Quist"


@pytest.mark.parametrize("after", ["Hart said he would not sign it.",
                                   "Hart said the board had done nothing wrong."])
def test_a_next_sentence_that_reports_another_speaker_does_not_take_the_quote(after: str) -> None:
    body = ("Lind said the vote had been rushed through in an afternoon. “We will be back here next month "
            f"with a petition.” {after}")
    assert _speaker_of(body, "We will be back") == "Ada Lind"


def test_a_bare_credit_after_the_quote_still_names_its_speaker() -> None:
    body = ("Lind said the vote had been rushed through in an afternoon. “We will be back here next month "
            "with a petition,” Hart told the Gazette on Friday.")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


def test_it_said_after_another_body_is_named_past_a_statement_read_on_his_behalf_is_the_body() -> None:
    body = ("Harbour Homes lost its appeal on Friday.\n\n"
            "Outside the court, Mr Hart's solicitor read a statement on his behalf. Harbour Homes, which "
            "had fought the case for two years, was more guarded. “We will study the ruling with care "
            "before we decide anything,” it said.")
    assert _speaker_of(body, "We will study", (LIND, HART, VOSS, HOMES)) == "Harbour Homes"


def test_single_marks_ending_on_a_nested_double_quote_are_the_quote() -> None:
    found = find_quotes("'I rang the board and told them, \"Do not close it.\"' Lind said.")
    assert len(found) == 1 and found[0][2].startswith("I rang the board")


# ---- layout ----

_SLIPWAY = ("Slipway closure: ferry crews were never asked, they say\n"
            "The council shut the east slipway on Monday after divers found its piles had rotted through, "
            "and sent the island ferry to the old harbour wall until the spring.\n")
_SIGNED = "— Isle Ferry Crews (@IsleFerryCrews) March 4, 2026\n"


@pytest.mark.parametrize("telling", ["The crews' union replied in a post an hour later.",
                                     "A notice posted on the harbour gate gave no date for the work."])
def test_an_article_sentence_between_a_sentence_of_a_post_and_the_post_stays_the_articles(
        telling: str) -> None:
    page = (_SLIPWAY + telling + "\nThe council did not answer questions about the cost on Tuesday.\n"
            "We will sail from the wall because we have no choice. pic.twitter.com/Qq7Rr6Ss5t\n" + _SIGNED
            + "Divers surveyed the harbour wall in January.\n")
    found = split_layout(page)
    assert [t.body for t in found.tweets] == ["We will sail from the wall because we have no choice."]


def test_a_reviews_short_first_line_stays_its_text_where_no_review_has_a_title() -> None:
    form = "{name}\nLocal Guide · 9 reviews\n{stars} 3 weeks ago\n{text}\nLike  Share\n\n"
    page = ATTRACTION + "".join(
        form.format(name=name, stars="★" * rating + "☆" * (5 - rating),
                    text=("Far too many people in each group\n" + text) if n == 1 else text)
        for n, (name, rating, _, _, _, _, text) in enumerate(VISITORS))
    rows = comment_rows(page)
    assert [a for a, _, _ in rows] == [name for name, *_ in VISITORS]
    assert rows[1][2].startswith("Far too many people in each group\n")


# ---- stance ----

@pytest.mark.parametrize("text", [
    'Exactly. An "underused" crossing that is packed every Friday night.',
    'An "underused" crossing. Packed every Friday night, standing room only. Exactly.',
])
def test_exactly_away_from_the_quote_does_not_approve_it(text: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == "islanders", result.reason


def test_exactly_right_after_a_quoted_line_still_approves_it() -> None:
    result = classify_stance('"Nobody consulted the harbour pilots." Exactly.', CONFIG, CLAIMS)
    assert "own words in quotes" not in result.reason


def test_an_inch_mark_inside_a_quote_does_not_close_it() -> None:
    tokens = tokenise('Quill wrote "I sold my 12" records to pay the fare" and the crossing is running at '
                      'a loss.')
    outside = [t.text for t in tokens if t.word and not t.quoted]
    assert outside[-4:] == ["running", "at", "a", "loss"]


# ---- the analyst's corrections ----

AGREES = "@Sunny Deals exactly, well said."


def test_a_flag_taken_back_gives_the_reply_its_side_back_in_the_app_and_the_export() -> None:
    from dashboard.data import with_corrections

    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", AGREES)])
    flags = pd.DataFrame([_flag(built, 0, seq=1), _flag(built, 0, value=False, seq=2)])
    assert apply_corrections(built, flags)["stance"].tolist() == ["hale", "hale"]
    assert with_corrections(built, flags)["stance"].tolist() == ["hale", "hale"]


def test_a_reply_does_not_keep_a_side_taken_from_a_comment_the_analyst_relabelled() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", AGREES)])
    assert built["stance"].tolist() == ["hale", "hale"]
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0, "stance", "board")]))
    assert shown.loc[1, "stance"] != "hale"
