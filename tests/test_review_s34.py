"""Review of session 34's change (helper H150, 330842a..bf262ea), written as tests on invented text:
a plain test pins a behaviour that is right; a strict xfail names a fault the review found (its
reason says it in one line). Ordered as the report orders them: the numbers a user reads first.

- the analyst's corrections: the app's corrected comments against apply_corrections, a reply that
  took its side from a reply that took it from spam;
- attribution: an outsider's "who said" clause taking the next quote from the paragraph's subject,
  "the Board" after another board was named, a Q&A's standfirst naming its one person as the
  topic, a label's initial for a person with a middle name;
- stance: a side's words reported ("told me", "said the crossing was") or approved ("Exactly.")
  counted against that side, "this" as a quote's determiner read as a verb's object;
- layout: a post of two lines under a sentence with no colon."""

import pandas as pd
import pytest
from test_analyst_spam_replies import PRAISE, _built, _flag
from test_attribution_s34 import BODY_CAST, _speakers
from test_stance_s34 import CLAIMS, CONFIG, STATEMENTS

from components.core.config import Person
from components.corpus.labels import apply_corrections
from components.engine.touched import changed_stems, claims_record, document_stems, touches
from components.enrich.stance import Claims, classify_stance
from components.parse.layout import split_layout
from components.parse.transcript import find_turns

QUOTED_AGAINST = "own words in quotes"  # what the new stance rule writes in a reason


# ---- the analyst's corrections ----

AGREES = "@Sunny Deals exactly, well said."  # a reply whose only cue is agreeing with Sunny Deals


def test_the_app_takes_a_side_away_from_a_reply_to_flagged_spam_as_the_export_does() -> None:
    from dashboard.data import with_corrections

    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", AGREES)])
    flags = pd.DataFrame([_flag(built, 0)])
    assert apply_corrections(built, flags).loc[1, "stance"] == "neutral"  # the export's
    assert with_corrections(built, flags).loc[1, "stance"] == "neutral"  # the dashboard's


def test_a_side_taken_through_a_reply_to_flagged_spam_is_taken_back_too() -> None:
    built = _built([("Sunny Deals", PRAISE), ("Tam Reid", AGREES),
                    ("Ola Berg", "@Tam Reid exactly, well said.")])
    assert built["stance"].tolist() == ["hale", "hale", "hale"]
    shown = apply_corrections(built, pd.DataFrame([_flag(built, 0)]))
    assert shown["stance"].tolist() == ["neutral", "neutral", "neutral"]


# ---- attribution ----

@pytest.mark.parametrize("body", [
    "Lind rang Tom Rudd, who said he would come straight down. She added: “I waited on the quay all night "
    "for him.”",
    "Lind blamed Tom Rudd, who said nothing at the hearing, for the delay: “He had the report for a whole "
    "month.”",
])
def test_an_objects_who_said_clause_does_not_take_the_subjects_quote(body: str) -> None:
    assert [speaker for speaker, _ in _speakers(body)] == ["Ada Lind"]


def test_an_outsiders_who_said_clause_still_gives_him_his_statement() -> None:
    found = _speakers("The harbour engineer Tom Rudd, who said in a statement that “the quay was never built "
                      "for boats this size”, has left the board.")
    assert found == [("Tom Rudd", "the quay was never b")]


def test_the_board_after_another_board_was_named_is_not_the_known_body() -> None:
    found = _speakers("Eastmarsh Harbour Board has turned down the council's offer of a loan.\n\n"
                      "A new body, the Fishermen's Welfare Board, was set up last week. The Board said: "
                      "“We will help every crew that lost a boat.”", BODY_CAST)
    assert all(speaker != "Eastmarsh Harbour Board" for speaker, _ in found)


LIND = Person("Ada Lind", ("Lind",), (), "she", "lind")
HART = Person("Bo Hart", ("Hart",), (), "he", "hart")


def _who(turn: object) -> str:
    """A transcript turn's speaker: a known person's name (an Answer), else the turn's label."""
    person = getattr(turn, "person", None)
    return person.name if person is not None else str(getattr(turn, "speaker", ""))


def _answered_by(standfirst: str, people: tuple[Person, ...] = (LIND, HART)) -> list[str]:
    paragraphs = [standfirst, "Q: Did the board mislead you?", "A: I am not going to answer that today.",
                  "Q: Is the quay safe?", "A: It is safe enough for my boat."]
    return [_who(t) for t in find_turns(paragraphs, people) if t.paragraph in (2, 4)]


def test_a_standfirst_naming_its_one_person_as_the_topic_does_not_give_her_the_answers() -> None:
    assert "Ada Lind" not in _answered_by(
        "A skipper who has fished out of the north quay for thirty years tells us what he makes of Ada "
        "Lind's decision to close it. This interview has been edited for length.")


def test_a_standfirst_naming_its_one_person_as_the_subject_gives_her_the_answers() -> None:
    assert _answered_by("Ada Lind has run the harbour since 2021. This interview has been edited for "
                        "length.") == ["Ada Lind", "Ada Lind"]


def test_an_initial_and_surname_name_a_known_person_with_a_middle_name() -> None:
    lind = Person("Ada Marie Lind", ("Lind",), (), "she", "lind")
    paragraphs = ["The inquiry's report reproduces the loop from the last seconds of the count.",
                  "T-00:00:30 HARBOUR MASTER (A. Lind): All boats, hold at the line. Thirty seconds.",
                  "T-00:00:10 PILOT (K. Moss): Copy. Holding at the line.",
                  "T+00:00:04 TUG (R. Dunn): I have a line parted on the stern.",
                  "T+00:00:06 HARBOUR MASTER (A. Lind): Say again?"]
    turns = find_turns(paragraphs, (lind, HART))
    assert [_who(t) for t in turns if t.paragraph in (1, 4)] == ["Ada Marie Lind", "Ada Marie Lind"]


def test_a_title_with_a_full_stop_that_ends_its_sentence_still_parts_the_next_name() -> None:
    found = _speakers("“We will not sell the quay to anyone,” said Mr. Big. Lind shook her head.")
    assert [speaker for speaker, _ in found] == ["Mr. Big"]


def test_a_club_with_a_particle_in_its_name_is_no_speaker() -> None:
    found = _speakers("Fans of Atletico de Madrid said the quay was “a disgrace to the whole town and its "
                      "people” on Friday.")
    assert all("Madrid" not in speaker for speaker, _ in found)


def test_broke_in_with_no_quote_beside_it_is_no_speech() -> None:
    found = _speakers("Thieves broke in overnight. “They took the radios and every chart we had,” said Lind.")
    assert found == [("Ada Lind", "They took the radios")]


# ---- stance: a side's own words in quotes ----

def _reason(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).reason


def test_a_line_told_to_the_commenter_is_reported_not_held_up() -> None:
    text = 'The skipper told me "nobody consulted the pilots", and I believe him.'
    assert QUOTED_AGAINST not in _reason(text)


def test_a_word_put_in_quotes_further_on_in_reported_speech_is_held_up() -> None:
    """The lead's call on the review's case (it asked for "cited"): a word of a side's put in quotes
    inside reported speech is held at arm's length, as commenters mostly mean it; only a quote right
    after its verb of saying is cited (_cited's docstring says so; the labelled sets do not move
    either way)."""
    assert QUOTED_AGAINST in _reason('Quill said the crossing was "underused".')
    assert QUOTED_AGAINST not in _reason('Quill said "the crossing is underused".')


def test_exactly_on_its_own_after_a_quoted_line_approves_it() -> None:
    assert QUOTED_AGAINST not in _reason('"Nobody consulted the pilots." Exactly.')


def test_this_before_a_quote_and_its_noun_is_a_sneer_not_a_citation() -> None:
    result = classify_stance('Whoever wrote this "lifeline service" rubbish has never paid for a crossing.',
                             CONFIG, CLAIMS)
    assert result.stance == "ferry"


def test_as_she_put_it_before_a_quote_still_cites_it() -> None:
    assert QUOTED_AGAINST not in _reason('As Quill put it, "fully reviewed", and the figures were published.')


def test_a_claim_word_new_to_the_corpus_reclassifies_a_document_that_only_quotes_it() -> None:
    """The new rule reads the claims through the quote's stems only, so an incremental rebuild's
    touched documents (engine/touched.py) still cover it."""
    before = Claims.build(CONFIG, STATEMENTS)
    more = pd.concat([STATEMENTS, pd.DataFrame({"speaker": ["Hamish Dow"],
                                                "text": ["The slipway is a disgrace."]})])
    after = Claims.build(CONFIG, more)
    text = 'A "disgrace", they call it? Try paying for it.'
    changed = changed_stems(claims_record(before), claims_record(after))
    assert changed is not None and touches(document_stems([text]), changed)
    text = 'The "disgrace" of a slipway got painted on Monday.'
    assert QUOTED_AGAINST not in classify_stance(text, CONFIG, before).reason
    assert QUOTED_AGAINST in classify_stance(text, CONFIG, after).reason


# ---- layout: a signed post under a sentence with no colon ----

def test_a_post_of_two_lines_under_a_sentence_with_no_colon_keeps_both() -> None:
    page = ("Quay closure: skippers say the board ignored them\n"
            "The harbour board voted on Friday to close the old fish quay, which lost a third of its decking "
            "in the February storm, and to move the landing of catches to the north pier.\n"
            "The skippers' association answered the decision on social media within the hour.\n"
            "Nobody from the board has stood on that pier in a northerly.\n"
            "We will keep landing where it is safe. pic.twitter.com/Ab3dEf9Hk2\n"
            "— Brae Skippers (@BraeSkippers) March 13, 2026\n"
            "The board's chair said the north pier had been inspected twice since the storm.\n")
    found = split_layout(page)
    assert [t.handle for t in found.tweets] == ["@BraeSkippers"]
    assert found.tweets[0].body.startswith("Nobody from the board")
    assert not any("stood on that pier" in p for p in found.paragraphs[:1])
