"""Session 36b's stance rules, on an invented controversy (an island ferry company cutting its
winter sailings against the islanders' residents' association): words put in quotes are held up
against whoever wrote them, a side's spokesperson quoted in the article or a commenter answered
in the thread. Each rule with must-fire and (more) must-not-fire cases."""

import pandas as pd

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, Claims, classify_comments, classify_stance
from components.enrich.stance.overlap import _quoted_side
from components.enrich.stance.thread import _quotes_them, _said_runs
from components.enrich.stance.tokens import _text_tokens

CONFIG = CorpusConfig(
    name="Skerry Ferries cuts the winter sailing to Inchmore",
    sides=(Side("ferry", Person("Skerry Ferries", ("Skerry", "the operator"), (), "they"),
                ("the route loses money",)),
           Side("islanders", Person("Inchmore Residents Association", ("the residents",), (), "they"),
                ("lifeline service",))),
    people=(Person("Ines Calloway", ("Calloway",), (), "she", side="ferry"),
            Person("Tam Duthie", ("Duthie",), (), "he", side="islanders")),
)

# What the article quotes each side's people saying, and a harbour engineer of no side.
STATEMENTS = pd.DataFrame({
    "speaker": ["Ines Calloway", "Ines Calloway", "Tam Duthie", "Morag Venn"],
    "text": ["We remain committed to every island we serve. The winter timetable is under review.",
             "Nobody wants to cut a sailing, but a half empty boat in January burns the same fuel.",
             "This is a lifeline, not a luxury. The winter timetable is all some of us have.",
             "The slipway at Inchmore needs new piles before any larger boat can berth."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def side_of(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


def quoted(text: str) -> str:
    """The side whose said words the comment's first quote holds ("" for nobody's)."""
    tokens = _text_tokens(text)
    run = [t for t in tokens if t.quoted and t.word]
    return _quoted_side(run, CLAIMS)


# --- a side's spokesperson's words, quoted from the article and held up ---

def test_a_quote_of_a_sides_said_words_with_a_sneer_is_against_that_side() -> None:
    assert side_of('"We remain committed to every island we serve" and then they scrap the only '
                   'crossing after Christmas. Lovely.') == "islanders"


def test_a_quote_that_adds_a_few_words_of_its_own_still_repeats_the_line() -> None:
    assert quoted('"Honestly we remain committed to every island" and the boat is gone.') == "ferry"


def test_the_other_sides_line_held_up_is_against_it() -> None:
    assert side_of('Three passengers on the January crossing and still "a lifeline, not a luxury". '
                   'Right.') == "ferry"


def test_a_quoted_line_the_comment_approves_is_not_held_up() -> None:
    assert side_of('"We remain committed to every island we serve." Spot on, they have kept it '
                   'running for years.') != "islanders"


def test_words_both_sides_said_belong_to_neither() -> None:
    assert quoted('The "winter timetable" again.') == ""


def test_words_a_speaker_of_no_side_said_belong_to_no_side() -> None:
    assert quoted('Apparently "the slipway at Inchmore needs new piles" first.') == ""


def test_a_quote_that_shares_only_a_run_or_two_of_a_line_is_not_that_line() -> None:
    assert quoted('"We remain open to offers from any operator with a better boat" is the answer.') == ""


def test_a_long_passage_quoted_is_a_citation_not_a_line_held_up() -> None:
    passage = ("Nobody wants to cut a sailing, but a half empty boat in January burns the same fuel "
               "whatever the season and whoever is aboard")
    assert quoted(f'"{passage}"') == ""


def test_a_quote_of_nobodys_words_is_nobodys() -> None:
    assert quoted('The "sea views" on the brochure are lovely.') == ""


def test_claims_without_statements_know_no_lines() -> None:
    bare = Claims.build(CONFIG)
    assert not any(bare.lines.get(side, frozenset()) & {"we remain", "remain commit"} for side in bare.lines)


def test_claims_keep_only_the_runs_one_side_said() -> None:
    assert "remain commit" in CLAIMS.lines["ferry"]
    assert "winter timet" not in CLAIMS.lines["ferry"] | CLAIMS.lines["islanders"]
    assert "the slipway" not in CLAIMS.lines["ferry"] | CLAIMS.lines["islanders"]


def test_the_lines_change_the_claims_digest() -> None:
    other = Claims.build(CONFIG, STATEMENTS.iloc[:1])
    assert other.digest() != CLAIMS.digest()


def test_a_quote_of_only_common_words_a_side_said_is_still_that_sides_line() -> None:
    """No word of the comment is a name or a claim's word: only the quoted line can tell."""
    claims = Claims.build(CONFIG, pd.DataFrame({
        "speaker": ["Ines Calloway", "Tam Duthie"],
        "text": ["We did what we could with what we had.", "The island was never asked."]}))
    assert classify_stance('"We did what we could." Sure you did.', CONFIG, claims).stance == "islanders"
    assert classify_stance('We did what we could.', CONFIG, claims).stance == NEUTRAL


# --- a commenter's own words, quoted back at them in a reply ---

def thread(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows]})


FIRST = ("Rory Banks", "Skerry Ferries are right, the route loses money and those winter crossings "
                       "are a floating waiting room.")


def stances(rows: list[tuple[str, str]]) -> list[str]:
    return classify_comments(thread(rows), CONFIG, STATEMENTS)["stance"].tolist()


def test_a_reply_that_quotes_the_answered_commenters_words_argues_back() -> None:
    out = stances([FIRST, ("Eilidh", '"A floating waiting room". Those are my neighbours going to '
                                     'the doctor, Rory.')])
    assert out == ["ferry", "islanders"]


def test_the_same_reply_without_the_quote_takes_nothing_from_it() -> None:
    out = stances([FIRST, ("Eilidh", "A floating waiting room. Those are my neighbours going to "
                                     "the doctor, Rory.")])
    assert out == ["ferry", NEUTRAL]


def test_a_reply_that_quotes_them_and_agrees_takes_their_side() -> None:
    out = stances([FIRST, ("Eilidh", 'Exactly, Rory. "A floating waiting room" is what I see every week.')])
    assert out[1] != "islanders"


def test_a_reply_quoting_words_the_commenter_never_wrote_takes_nothing_from_it() -> None:
    out = stances([FIRST, ("Eilidh", 'Rory, the "new piles" will take two years anyway.')])
    assert out[1] == NEUTRAL


def test_a_reply_quoting_a_commenter_who_took_no_side_takes_none() -> None:
    out = stances([("Rory Banks", "Does anyone know when the late crossings stop running?"),
                   ("Eilidh", '"Late crossings". In March, Rory.')])
    assert out == [NEUTRAL, NEUTRAL]


def test_a_quoted_function_word_is_nobodys_line() -> None:
    said = _said_runs(_text_tokens(FIRST[1]))
    assert not _quotes_them(_text_tokens('Rory, "the" what?'), said)


def test_a_quoted_word_the_commenter_used_is_theirs() -> None:
    said = _said_runs(_text_tokens(FIRST[1]))
    assert _quotes_them(_text_tokens('"Floating". Easy to say from the mainland, Rory.'), said)


def test_a_quote_mostly_of_other_words_is_not_theirs() -> None:
    said = _said_runs(_text_tokens(FIRST[1]))
    assert not _quotes_them(_text_tokens('Rory, "half the harbour board never sailed in a gale" is '
                                         'what I heard.'), said)
