"""Session 28 review: the rules the session added, tried on ordinary text they must not fire on
(a "star witness", "True story:", "I just like her", "I broke my foot"), each with a case where
the rule still fires. All text invented."""

import pytest
from quoting_support import CAST, mentions_in, speaker_of
from stance_support import CONFIG, PATHS

from components.enrich.stance import NEUTRAL, classify_stance
from components.enrich.stance.feeling import _compound_of
from components.parse.layout import split_layout


@pytest.mark.parametrize("text", [
    # must not fire: the name only qualifies the noun after it
    "Brandt is the star witness in the case.",
    "Brandt is a star player for Fenmoor.",
    "Brandt was a star striker before she refereed.",
    "Brandt is a treasure hunter in her spare time.",
    "Brandt is a crank shaft expert.",
])
def test_a_name_that_qualifies_a_noun_calls_nobody_anything(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == NEUTRAL


@pytest.mark.parametrize(("text", "stance"), [
    ("Brandt is a star.", "tove"),
    ("Brandt is an absolute star honestly.", "tove"),
    ("Brandt is a gem of a referee.", "tove"),
    ("Brandt is a muppet he should resign.", "league"),
    ("The league is a complete laughing stock.", "tove"),
    ("The league isn't the monster everyone makes out.", "league"),
])
def test_a_name_that_names_the_person_still_counts(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize("text", [
    "True story: Brandt helped me change a tyre. But the league sacked her anyway.",
    "OK so Brandt was brilliant. But the league should decide.",
    "I know Brandt personally and she is lovely. But I won't comment.",
    "Sure enough, Brandt was right. But nobody listened.",
    "Yes and Brandt was right all along. But nobody listened.",
])
def test_an_opener_that_grants_nothing_halves_nothing(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "tove" and "granted" not in result.reason


def test_a_granting_opener_still_halves() -> None:
    result = classify_stance("I know Tove is talented. But the money ran out.", CONFIG)
    assert 'granted before a "but"' in result.reason


@pytest.mark.parametrize("text", ["I just like Brandt.", "Most people like Brandt.",
                                  "Lots of people like her."])
def test_a_like_that_likes_stays_warm(text: str) -> None:
    assert _compound_of(text) > 0


@pytest.mark.parametrize("text", ["Brandt is just like the rest.", "The league is run like a business."])
def test_a_like_that_compares_is_still_not_warm(text: str) -> None:
    assert _compound_of(text) == 0


@pytest.mark.parametrize("text", [
    # must not fire: a foot hurt, not a line scoffed at
    "The locked gate at the top broke my foot.",
    "I caught my foot on the locked gate.",
])
def test_a_literal_foot_scoffs_at_nothing(text: str) -> None:
    result = classify_stance(text, PATHS)
    assert result.stance == "walkers" and "shares words with Fell Walkers" in result.reason


@pytest.mark.parametrize("text", [
    "Nesting birds my backside.",
    "Erosion my arse, they just want us off the hill.",
])
def test_a_scoff_still_dismisses_the_line(text: str) -> None:
    result = classify_stance(text, PATHS)
    assert result.stance == "walkers" and "dismisses" in result.reason


# Attribution: the rules of session 28 tried on sentences where someone named speaks.
@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: a named speaker reports what was thought of someone, or speaks of a document
    ("Quill said he was thought to be \u201cthe worst driver in town\u201d.", "the worst driver",
     "Tam Quill"),
    ("Asked about it, Hart said Quill's review concluded the depot was \u201csafe\u201d, adding: "
     "\u201cI never doubted it.\u201d", "I never doubted", "Bo Hart"),
    ("Hart said Lind's report found the plan \u201cflawed from the start\u201d.", "flawed from", "Bo Hart"),
    # still fires: the document's own finding, with no one saying it
    ("The review was published on Monday.\n\nLind's review finds that Hart's handling of the depot was "
     "\u201cslow and badly judged\u201d.", "slow and badly judged", "Ada Lind"),
])
def test_a_named_speaker_before_hearsay_or_a_document_speaks(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_hearsay_with_no_speaker_is_still_unnamed() -> None:
    text = ("Lind was cleared on Friday.\n\nHart, meanwhile, was said to be \u201crelieved and ready to get "
            "back to work\u201d.")
    assert speaker_of(text, "relieved and ready") not in {"Ada Lind", "Bo Hart"}


@pytest.mark.parametrize(("text", "stance"), [
    # must not fire: who did not come, a place, a tunnel: nobody weighs both sides
    ("Neither of them turned up to the meeting, which says it all. Brandt is wrong.", "league"),
    ("Neither of them was at the game, I think Brandt is right though.", "tove"),
    ("Neither side of the pitch was dry. Brandt is right.", "tove"),
    ("Both of them come out of the tunnel at three. The league is a joke.", "tove"),
])
def test_both_or_neither_that_weighs_nobody_is_no_hedge(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize("text", [
    "Neither of them was right, Brandt is wrong.",
    "Neither side is right. Brandt is wrong.",
    "Both of them come out of this badly. Brandt should have kept quiet.",
])
def test_both_or_neither_that_weighs_them_still_hedges(text: str) -> None:
    assert "weighs both sides" in classify_stance(text, CONFIG).reason


@pytest.mark.parametrize(("text", "stance"), [
    # an adverb between "Funny how" and its subject leaves the subject the target
    ("Funny how quickly the league changed its tune.", "tove"),
    ("Funny how conveniently Brandt forgot the rules.", "league"),
])
def test_funny_how_with_an_adverb_still_scorns_the_subject(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_funny_how_with_another_subject_still_scorns_nobody_named() -> None:
    # must not fire: the scorn is for the fans, not the league named further on
    assert classify_stance("Funny how quickly these fans take the league's money.", CONFIG).stance == NEUTRAL


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: the lead-in names whom the letter is from, who is not the clause's subject
    ("Lind said the council had received a letter from Hart on Friday. The letter reads in part:\n\n"
     "\u201cI cannot support the closure of the depot.\u201d", "cannot support the closure", "Bo Hart"),
    # still fires: the writer opens the lead-in
    ("Hart emailed Lind on Friday night. The email said:\n\n\u201cI am not resigning.\u201d",
     "not resigning", "Bo Hart"),
])
def test_a_letter_from_someone_is_theirs(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


_RESIDENTS = ("Hart spoke to residents about the flood last week, and this is what they told him.\n\n"
              "Why did you stay?\n\nBecause I had nowhere else to go and the house is all I own.\n\n"
              "Do you blame the council?\n\nI blame whoever decided the wall could wait another year.")


@pytest.mark.parametrize("text", [_RESIDENTS, _RESIDENTS.replace("Hart spoke to", "Hart talks to")])
def test_a_report_of_talking_to_residents_is_no_printed_interview(text: str) -> None:
    # must not fire: the residents answer, not the one named who spoke to them
    assert not [m for m in mentions_in(text, CAST) if m.text.startswith("Because I had")]


_LAYOUT_BODY = ("When the council met on Tuesday night, the chamber was fuller than it has been in years, "
                "and most of the people standing at the back of the room were under twenty.\n\n"
                "They had come to argue about a skate park, and they stayed until the very last vote was "
                "taken.")
_LAYOUT_HEAD = "Walking the ridge in winter\n\nBy Ann Lee\nMarch 3, 2026\n\n"


def _authors(page: str) -> list[str]:
    return [c.author for c in split_layout(page).comments]


def test_two_readers_who_reply_alike_are_no_link_cards() -> None:
    # must not fire: "Agreed" twice under two names is two comments, not a category label
    page = (_LAYOUT_HEAD + _LAYOUT_BODY + "\n\n3 comments\n\n"
            "  * Piet Varga\n    Agreed\n  * Dora Mbeki\n    Agreed\n"
            "  * Sam Holt\n    The path was shut when we went, and the cafe too.\n")
    assert _authors(page) == ["Piet Varga", "Dora Mbeki", "Sam Holt"]


def test_a_comment_that_is_a_number_and_a_word_is_no_card_count() -> None:
    # must not fire: "10 stars" is a reader's verdict, not an album's count
    page = (_LAYOUT_HEAD + _LAYOUT_BODY + "\n\n3 comments\n\n"
            "  * Piet Varga\n    10 stars\n  * Dora Mbeki\n    The path was shut when we went.\n"
            "  * Sam Holt\n    Same here, shut all week.\n")
    assert _authors(page) == ["Piet Varga", "Dora Mbeki", "Sam Holt"]


def test_link_cards_with_counts_or_a_category_are_still_no_comments() -> None:
    comments = ("\n\n2 comments\n\nPiet Varga\nMarch 3, 2026 at 9:12 am\n"
                "Lovely walk, we did it last year.\n\n"
                "Dora Mbeki\nMarch 4, 2026 at 8:00 am\nThe path was closed when we went.\n")
    counted = (_LAYOUT_HEAD + _LAYOUT_BODY + "\n\nMore from this author\n\n"
               "  * Ridge walks\n    12 articles\n  * Coast paths\n    8 articles\n" + comments)
    labelled = (_LAYOUT_HEAD + _LAYOUT_BODY + "\n\nRelated\n\n"
                "  * Seven walks for a wet weekend\n    Travel\n"
                "  * Where to eat near Hollin Cross\n    Travel\n" + comments)
    assert _authors(counted) == _authors(labelled) == ["Piet Varga", "Dora Mbeki"]


def test_a_name_on_a_lower_case_place_is_no_header() -> None:
    from components.parse.comment_blocks import split_stamp
    # must not fire: a caption's "Ann Lee on the ridge path" is no titled part of a work
    assert split_stamp("Ann Lee on the ridge path 3 days ago") is None
    # still fires: a chapter or part of a work, as fan-fiction archives write it
    assert split_stamp("Ann Lee on Chapter 4 3 days ago") == ("Ann Lee", "3 days ago")


def test_agreed_opens_agreement_not_a_concession() -> None:
    # "Agreed" answers another commenter: the verdict after it counts whole, a "But" or not
    result = classify_stance("Agreed, Brandt is spot on. But good luck getting the league to listen.", CONFIG)
    assert result.stance == "tove" and "granted" not in result.reason


def test_a_speaker_right_after_a_shout_keeps_the_whole_description() -> None:
    # the verb right before an unnamed speaker ("shouted a man at the back") is _SAID_BEFORE's; the
    # session's "speech earlier in the sentence" pattern once shadowed it under the same name
    text = "Lind spoke first. “We were never told,” shouted a man at the back."
    assert speaker_of(text, "We were never told") == "a man at the back"
