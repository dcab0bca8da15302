"""Attribution faults found in session 28 on invented text (the redwing probe's misses, each fixed as
the general form a journalist writes), each with cases where the rule must not fire."""

import tomllib

import pytest
from quoting_support import CAST, mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config


def _with_a_body() -> CorpusConfig:
    """Two people with pronouns and a trust of no configured pronoun, known as "the trust"."""
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
        '[[sides]]\nid = "trust"\nname = "Vale Health Trust"\naliases = ["Vale Trust"]\n'
        'descriptors = ["the trust"]\n'))


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # "she" is the woman just named, not the body named after her in passing
    ("Lind told the Courier that the closure would cost the trust about £2m a year.\n\n"
     "\u201cEvery ward we shut is a ward the town has paid for,\u201d she said.", "Every ward", "Ada Lind"),
    ("Lind told the Courier that the closure would cost the trust about £2m a year.\n\n"
     "She went on: \u201cI understand the anger.\u201d", "understand the anger", "Ada Lind"),
    # "he" likewise
    ("Hart said the trust had failed.\n\n\u201cWe will appeal,\u201d he said.", "We will appeal", "Bo Hart"),
    # must not fire: the woman was named paragraphs ago; the body just named is the nearer subject
    ("Lind visited the ward on Monday.\n\nThe roof leaked in March.\n\nThe wards were shut in April.\n\n"
     "The trust wrote to families.\n\n\u201cWe are sorry for the delay,\u201d the trust said.",
     "sorry for the delay", "Vale Health Trust"),
])
def test_a_pronoun_prefers_the_person_who_goes_by_it(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase, _with_a_body()) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a document's reading ends the lead-in: its words are its writer's, not a name in passing
    ("Lind wrote to every member of the trust on Sunday. The letter, which was seen by this paper, reads "
     "in part:\n\n\u201cDear colleagues, I have read the report.\n\n\u201cI will be at my desk on "
     "Monday.\u201d",
     "Dear colleagues", "Ada Lind"),
    ("Hart emailed Lind on Friday night. The email said:\n\n\u201cI am not resigning.\u201d",
     "not resigning", "Bo Hart"),
    # must not fire: the last sentence names who the words are from
    ("Lind wrote to the trust on Sunday. The reply, from Hart, reads:\n\n\u201cI am not resigning.\u201d",
     "not resigning", "Bo Hart"),
    ("Hart wrote to the trust on Sunday. Lind said:\n\n\u201cI am not resigning.\u201d",
     "not resigning", "Ada Lind"),
])
def test_a_document_read_out_is_its_writers(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase, _with_a_body()) == speaker


def _with_a_presenter() -> CorpusConfig:
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'))


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # who replies is not the unknown presenter who asked, named just before
    ("\u201cI will ask the board,\u201d Hart said.\n\nThe programme's host, Sam Pell, asked whether he would "
     "resign. \u201cThat is not how it works,\u201d he replied.", "not how it works", "Bo Hart"),
    # must not fire: the one named just before goes on speaking ("he added"), or answers nobody
    ("\u201cI will ask the board,\u201d said Sam Pell.\n\nPell, a former councillor, was blunt. "
     "\u201cThat is not how it works,\u201d he added.", "not how it works", "Sam Pell"),
])
def test_the_reply_is_not_the_askers(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase, _with_a_presenter()) == speaker


@pytest.mark.parametrize(("text", "phrase", "named"), [
    # hearsay in the passive: others' words about the subject, an unnamed speaker's
    ("Lind was cleared on Friday.\n\nHart, meanwhile, was said to be \u201crelieved and ready to get back to "
     "work\u201d.", "relieved and ready", False),
    ("Lind was cleared on Friday.\n\nThe 61-year-old is understood to have felt \u201cbetrayed by the whole "
     "board\u201d.", "betrayed by the whole", False),
    # must not fire: the subject is said to have told someone (the words are hers), or says them
    ("Lind was cleared on Friday.\n\nLind is said to have told friends she is \u201cexhausted but proud of "
     "the team\u201d.", "exhausted but proud", True),
    ("Lind was cleared on Friday.\n\n\u201cI am relieved and ready to get back to work,\u201d Hart said.",
     "relieved and ready", True),
])
def test_hearsay_in_the_passive_is_unnamed(text: str, phrase: str, named: bool) -> None:
    assert (speaker_of(text, phrase) in {"Ada Lind", "Bo Hart"}) is named


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a person's document finds what it quotes: the author's words, in every quote of that sentence
    ("The review was published on Monday.\n\nLind's review finds that Hart's handling of the depot was "
     "\u201cslow and badly judged\u201d, but that there was \u201cno evidence of bad faith at all\u201d.",
     "slow and badly judged", "Ada Lind"),
    ("The review was published on Monday.\n\nLind's review finds that Hart's handling of the depot was "
     "\u201cslow and badly judged\u201d, but that there was \u201cno evidence of bad faith at all\u201d.",
     "no evidence of bad faith", "Ada Lind"),
    # must not fire: the document is what someone else speaks of
    ("The review was published on Monday.\n\nHart said Lind's review was \u201ca whitewash from start to "
     "finish\u201d.", "a whitewash from start", "Bo Hart"),
])
def test_a_persons_document_finding_is_the_authors(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


_TALKS_TO = ("Ada Lind talks to Sam Pell about the depot, the vote and what comes next.\n\n"
             "Why did you call the vote?\n\nBecause I had asked three times and got no answer.\n\n"
             "Do you regret it?\n\nI regret that the drivers had to wait so long for it.\n\n"
             "Will you stand again?\n\nAsk me after the count.")


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a standfirst "X talks to Y about …" says the piece is a printed interview: the answers are X's
    (_TALKS_TO, "Because I had asked", "Ada Lind"),
    (_TALKS_TO, "I regret that the drivers", "Ada Lind"),
])
def test_a_talks_to_standfirst_opens_a_printed_interview(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_no_interview_without_the_standfirst() -> None:
    # must not fire: a report that mentions talking to someone, with questions in prose, is no interview
    text = ("Lind spoke to reporters on Friday.\n\nWhy did you call the vote?\n\nBecause I had asked three "
            "times and got no answer.\n\nDo you regret it?\n\nI regret that the drivers had to wait.\n\n"
            "Will you stand again?\n\nAsk me after the count.")
    assert not [m for m in mentions_in(text, CAST) if m.text.startswith("Because I had asked")]
