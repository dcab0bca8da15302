"""Attribution faults found in session 31 (H115) on the guillemot probe's misses, each fixed as the general
form a journalist writes, tested on invented text with cases where the rule must not fire.

- A quoted question put to someone ("Lind was asked by a reporter: “…?”", "Asked by a reporter, “…?”,
  Hart said", "Quill put it to her: “…?”", "the host asks him: “…?”") is the asker's, not the words of
  the one asked (who answers it): the agent after "by", the subject of the active verb, else unnamed.
- An open letter that many signed ("More than 300 tenants have signed an open letter." then "“…,” the
  letter says.", "It ends: “…”") speaks for its unnamed signatories; it is not a document nobody wrote.
- A one-word reply credited right after it to a description ("“Fourth,” the harbour master said") is a
  statement, as it is with a name or a pronoun, not a scare quote.
- A judge by a peer's title ("Lord Fernie found that the decision was “…”") finds in the judging sense.
- A narrator ("the narrator tells us") is an unnamed voice.
- A printed interview without labels whose opening says the one named spoke to the newsroom ("He spoke
  to us at his home.") gives its unquoted answers to that person, as "We spoke to him" does.
- A statement an organisation's own mouthpiece reads out ("Its head of communications, Jo Pike, read a
  statement." then "“…,” she read.") is the organisation's words, as one read on its behalf is.
- A one- or two-word term right after a possessive pronoun ("a memo warned his ‘floating palace’ could
  roll over") is a scare quote, as after a possessive name ("the developers' “master plan”").
"""

import tomllib

import pytest
from quoting_support import CAST, cast, mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config

NAMED = {"Ada Lind", "Cara Voss", "Bo Hart", "Tam Quill"}


def _speakers(text: str, config: CorpusConfig = CAST) -> list[tuple[str, str]]:
    return [(m.speaker, " ".join(m.text.split()[:3])) for m in mentions_in(text, config)]


@pytest.mark.parametrize("text", [
    "Lind, watching from the gallery, was asked by a reporter afterwards: "
    "\u201cIs this a victory for you?\u201d",
    "Under questioning from the floor, Lind was asked: \u201cWill the depot close before the summer?\u201d",
    "Asked by a reporter, \u201cWill you appeal the ruling?\u201d, Lind said: \u201cYes, and soon.\u201d",
    "The presenter Joan Pike put it to her: \u201cHaven't voters heard that before?\u201d Lind replied: "
    "\u201cThey have, and this time I mean it.\u201d",
    "Lind talks to the host about the vote, and Pike asks her: "
    "\u201cWould you sign the lease tomorrow?\u201d",
])
def test_a_question_put_to_someone_is_not_their_words(text: str) -> None:
    found = [m for m in mentions_in(text, CAST) if "?" in m.text]
    assert found and found[0].speaker and found[0].speaker not in NAMED, found
    assert found[0].text.rstrip().endswith("?")  # the answer is not merged into the question


def test_the_answer_after_a_put_question_stays_the_answerers() -> None:
    text = ("Asked by a reporter, \u201cWill you appeal the ruling?\u201d, Lind said: "
            "\u201cYes, and we will win it.\u201d")
    assert speaker_of(text, "we will win it") == "Ada Lind"
    assert speaker_of(text, "Will you appeal") == "a reporter"


def test_a_known_person_asking_is_credited() -> None:
    text = "Lind was asked by Hart at the meeting: \u201cWho signed the lease on the depot?\u201d"
    text2 = "Lind was asked by Hart: \u201cWho signed the lease on the depot?\u201d"
    assert speaker_of(text, "Who signed") != "Ada Lind"
    assert speaker_of(text2, "Who signed") == "Bo Hart"


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: the asker's own question, a question the subject asks, not a question, asked to act
    ("Hart asked: \u201cWho signed the lease on the depot?\u201d", "Who signed", "Bo Hart"),
    ("Lind was asked about the lease. \u201cWhy would I ever sign that?\u201d she said.", "Why would I",
     "Ada Lind"),
    ("Lind was asked to comment and said: \u201cWe will appeal the ruling.\u201d", "We will appeal",
     "Ada Lind"),
    ("Lind was asked by the board to stay on: \u201cWill I? I do not know yet,\u201d she said.", "Will I?",
     "Ada Lind"),
    ("Lind asked herself: \u201cWhat would my father have done here?\u201d", "What would my", "Ada Lind"),
])
def test_a_question_rule_leaves_the_speakers_own_question(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


@pytest.mark.parametrize("text", [
    "More than 300 tenants have signed an open letter to the council.\n\n"
    "\u201cWe are not asking for new homes. We are asking for safe ones,\u201d the letter says.",
    "A letter with more than 300 signatures was handed in at the town hall on Monday.\n\n"
    "\u201cWe are not asking for new homes. We are asking for safe ones,\u201d the letter reads.",
])
def test_an_open_letter_speaks_for_its_unnamed_signatories(text: str) -> None:
    found = [m for m in mentions_in(text, CAST) if "safe ones" in m.text]
    assert found and found[0].speaker == "the signatories"


def test_an_open_letter_going_on_is_still_its_signatories() -> None:
    text = ("More than 300 tenants have signed an open letter to the council.\n\n"
            "\u201cWe are not asking for new homes. We are asking for safe ones,\u201d the letter says.\n\n"
            "It ends: \u201cWe ask you to act before the winter comes.\u201d\n\n"
            "Lind, who signed it, said: \u201cEvery word of it is true.\u201d")
    assert _speakers(text) == [("the signatories", "We are not"), ("the signatories", "We ask you"),
                               ("Ada Lind", "Every word of")]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: a letter whose writer is named, a letter nobody signed in the text
    ("Hart wrote and signed a letter to the council on Monday.\n\n"
     "\u201cThe depot must stay open until the vote,\u201d the letter says.", "depot must stay", "Bo Hart"),
])
def test_a_letter_with_a_writer_stays_the_writers(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_a_letter_nobody_signed_stays_a_document() -> None:
    text = ("The council sent a letter to every household on Monday.\n\n"
            "\u201cThe depot will close at the end of the month,\u201d the letter says.")
    assert all(m.speaker != "the signatories" for m in mentions_in(text, CAST))


def test_a_one_word_reply_credited_to_a_description_is_a_statement() -> None:
    config = cast("lind", "voss", descriptors={"voss": ["the harbour master"]})
    text = ("Lind and Voss stood on the pier as the boat came in. \u201cThat is the third time this "
            "month,\u201d Lind said. \u201cFourth,\u201d the harbour master said. \u201cYou missed the "
            "Tuesday.\u201d")
    assert _speakers(text, config) == [("Ada Lind", "That is the"), ("Cara Voss", "Fourth. You missed")]


@pytest.mark.parametrize(("text", "phrase"), [
    # must not fire: a one-word term inside a sentence, a title before a description that does nothing
    ("The band played \u201cJerusalem,\u201d the crowd joining in, and Lind said the evening was "
     "\u201ca fine send-off for the old pier\u201d.", "Jerusalem"),
    ("Lind wrote \u201cFinally,\u201d the word alone, on the notice board.", "Finally"),
])
def test_a_one_word_quote_inside_a_sentence_stays_a_term(text: str, phrase: str) -> None:
    assert not any(m.text.startswith(phrase) for m in mentions_in(text, CAST))


def test_a_judge_by_a_peers_title_finds() -> None:
    text = ("Lord Penrose found that the council's decision had been lawful but \u201ctaken on a less than "
            "complete reading of the file\u201d.")
    assert speaker_of(text, "taken on a less") == "Lord Penrose"


def test_a_narrator_is_an_unnamed_voice() -> None:
    text = ("Hart is filmed in his kitchen.\n\n\u201cOn the island, the last loaf went on the fourth "
            "day,\u201d the narrator tells us over footage of empty shelves.")
    assert speaker_of(text, "the last loaf") == "the narrator"


_INTERVIEW = ("Bo Hart ran the depot for twenty years. He spoke to us at his home by the river.\n\n"
              "When did you first know the roof was failing?\n\n"
              "In the spring, when the first beam cracked. Nobody wanted to hear it.\n\n"
              "Why did you go to the council?\n\n"
              "Because I had told the board three times and it was never minuted.")


def test_an_unlabelled_interview_the_named_one_gave_us_is_theirs() -> None:
    assert speaker_of(_INTERVIEW, "In the spring") == "Bo Hart"
    assert speaker_of(_INTERVIEW, "Because I had told") == "Bo Hart"
    assert speaker_of(_INTERVIEW, "Why did you go") not in NAMED


def test_a_report_of_someone_speaking_to_us_is_no_interview_without_questions() -> None:
    text = ("Bo Hart ran the depot for twenty years. He spoke to us at his home by the river.\n\n"
            "The roof had been failing since the spring, when the first beam cracked.\n\n"
            "The council has not replied to our requests for comment on the depot.")
    assert mentions_in(text, CAST) == []


def _with_a_company() -> CorpusConfig:
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[sides]]\nid = "tarn"\nname = "Tarn Marine"\naliases = ["Tarn"]\npronoun = "it"\n'))


@pytest.mark.parametrize("lead", [
    "Tarn Marine did not put anyone up for interview. Instead its head of communications, Jo Pike, read a "
    "statement on the steps of the yard.",
    "Tarn's spokeswoman, Jo Pike, read out a short statement at the gates.",
])
def test_a_statement_an_organisations_mouthpiece_reads_is_the_organisations(lead: str) -> None:
    text = lead + ("\n\n\u201cThe company regrets the distress caused to the islands and is working "
                   "around the clock,\u201d she read.")
    assert speaker_of(text, "regrets the distress", _with_a_company()) == "Tarn Marine"


@pytest.mark.parametrize("lead", [
    # must not fire: a statement from someone else, a mouthpiece speaking for themself with no statement
    "Tarn's spokeswoman, Jo Pike, read a statement from Lind at the gates.",
    "Tarn's spokeswoman, Jo Pike, spoke to reporters at the gates.",
])
def test_a_mouthpiece_reading_anothers_words_or_speaking_is_not_the_organisation(lead: str) -> None:
    text = lead + ("\n\n\u201cThe company regrets the distress caused to the islands and is working "
                   "around the clock,\u201d she read.")
    assert all(m.speaker != "Tarn Marine" for m in mentions_in(text, _with_a_company()))


@pytest.mark.parametrize("text", [
    "Hart was facing calls to quit after a leaked memo warned his \u2018floating palace\u2019 could "
    "roll over.",
    "Lind said the board had sold their \u201cgolden goose\u201d for nothing and would regret it.",
])
def test_a_term_after_a_possessive_pronoun_is_a_scare_quote(text: str) -> None:
    assert not any(m.text.startswith(("floating", "golden")) for m in mentions_in(text, CAST))


def test_a_short_quote_told_to_her_is_still_reported() -> None:
    text = "Hart told reporters the talks had been \u201cvery constructive\u201d and left."
    assert speaker_of(text, "very constructive") == "Bo Hart"
