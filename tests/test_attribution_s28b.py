"""Session 28 (H93): attribution faults found on the redwing probe, each fixed as journalists write, tested on
invented text.

- A transcript's turns by voices the config does not know are statements of their own: the interviewer's
  "Q:" and a standing question to "you", a presenter's, host's or caller's line, a name label of nobody
  known ("PELL:"); a phone-in between a presenter and a caller is a transcript though neither is known.
- "Ada Lind was speaking to the Gazette." under a Q&A says who gives its "A:" answers.
- A config entry of no pronoun called by a body's noun ("the guild") or named so ("… Board") goes by "it":
  "it said" is its, "he" and "she" never are.
- Someone unnamed met in a sentence of their mood ("A woman queueing for the bus, who …, was less forgiving
  of the council.") takes the "she said" after it.
- "said Town manager Kevin Aldous": a body's name may open the title before an outsider's name; "said FWG
  general secretary Ada Lind": a body's name before a role and a known name only says whose role it is.
- "our general secretary told …" is the config's "the general secretary".
- "termed the appointment “a new chapter”" credits its subject, as "called" does.
- "The union's official account replied": the body speaks through its account (no unnamed "official").
- "The culture secretary's office said": someone's office is an unnamed speaker of its own.
"""

import tomllib

import pytest

from components.core.config import CorpusConfig, parse_config
from tests.quoting_support import CAST, mentions_in


def _turns(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of the interview mentions of a text."""
    return [(m.speaker, " ".join(m.text.split()[:3])) for m in mentions_in(text, CAST)
            if m.kind == "interview"]


_RADIO = ("PRESENTER: Ada Lind, you run the depot. Did the council ever ask you?\n\n"
          "LIND: Officers asked. The council did not. That is the whole problem.\n\n"
          "PRESENTER: The leader says he acted within a day of the report.\n\n"
          "LIND: Within a day of it being in the paper, yes.")


def test_a_presenters_turns_beside_a_known_persons_are_the_presenters() -> None:
    assert _turns(_RADIO) == [("the presenter", "Ada Lind, you"), ("Ada Lind", "Officers asked. The"),
                              ("the presenter", "The leader says"), ("Ada Lind", "Within a day")]


def test_a_name_label_of_nobody_known_is_that_name() -> None:
    text = ("PELL: Mr Hart, the inspectors say your yard broke the rules.\n\n"
            "HART: They say we broke one rule, once, and we have put it right.\n\n"
            "PELL: And the fines?\n\nHART: Paid in full last week.")
    assert _turns(text) == [("Pell", "Mr Hart, the"), ("Bo Hart", "They say we"), ("Pell", "And the fines?"),
                            ("Bo Hart", "Paid in full")]


def test_a_phone_in_between_a_presenter_and_a_caller_is_a_transcript() -> None:
    text = ("PRESENTER: Over to Marjorie in Eastleigh. Marjorie, were you at the depot that night?\n\n"
            "CALLER (MARJORIE): I was, and I was cross about it at first. But Ms Lind came out"
            " and explained.\n\n"
            "PRESENTER: The council would say you were paying for a row that was not yours.\n\n"
            "CALLER (MARJORIE): They can say what they like. I got my bus fare back.")
    assert _turns(text) == [("the presenter", "Over to Marjorie"), ("the caller (Marjorie)", "I was, and"),
                            ("the presenter", "The council would"), ("the caller (Marjorie)", "They can say")]


def test_a_presenter_the_label_names_in_brackets_is_that_known_person() -> None:
    text = ("PRESENTER (Tam Quill): Cara Voss is with me. Will the depot close?\n\n"
            "VOSS: Not while I chair the committee.\n\nPRESENTER (Tam Quill): And after that?\n\n"
            "VOSS: Ask me then.")
    assert [name for name, _ in _turns(text)] == ["Tam Quill", "Cara Voss", "Tam Quill", "Cara Voss"]


def test_q_and_a_signed_off_with_who_was_speaking_gives_the_answers_and_the_questions() -> None:
    text = ("Q: Do you accept that the yard cut corners?\n\n"
            "A: I accept that we were slow, and that slow is not good enough.\n\n"
            "Q: Do you blame the inspectors?\n\nA: No. I was angry with them for a week.\n\n"
            "Bo Hart was speaking to the Harbour Gazette.")
    assert _turns(text) == [("the interviewer", "Do you accept"), ("Bo Hart", "I accept that"),
                            ("the interviewer", "Do you blame"), ("Bo Hart", "No. I was")]


def test_the_questions_of_a_printed_interview_without_labels_are_the_interviewers() -> None:
    text = ("Ada Lind talks to Sam Pell about the depot, the vote and what comes next.\n\n"
            "Why did you call the vote?\n\n"
            "Because I had asked three times and nobody answered. So I asked again.\n\n"
            "Do you regret it?\n\nI regret the noise. I do not regret that people now know.")
    assert _turns(text) == [("the interviewer", "Why did you"), ("Ada Lind", "Because I had"),
                            ("the interviewer", "Do you regret"), ("Ada Lind", "I regret the")]


@pytest.mark.parametrize("text", [
    # must not fire: a who's who box, each label once
    ("Lind: Mayor since 2019 and behind the depot plan.\n\nPell: Runs the haulage firm on the quay.\n\n"
     "Police: Say the lorries come at night.\n\nResidents: Want the depot moved?"),
    # must not fire: two labels in turn with no question asked
    ("Home: Hart's side, who won the cup last year.\n\nAway: Quill's side, promoted in May.\n\n"
     "Home: Four wins in five.\n\nAway: Unbeaten since March."),
    # must not fire: an explainer's questions and answers are the newsroom's
    ("The board votes on Lind's plan on Tuesday. Here is what parents need to know.\n\n"
     "Q: What does the plan do?\n\nA: It moves the first bell.\n\nQ: Who pays?\n\nA: The district."),
    # must not fire: "speaking to reporters" names no interview
    ("Q: What does the plan do?\n\nA: It moves the first bell.\n\nQ: Who pays?\n\nA: The district.\n\n"
     "Hart was speaking to reporters outside the hall."),
])
def test_no_unnamed_turns_outside_a_conversation(text: str) -> None:
    assert _turns(text) == []


def test_a_note_among_the_turns_is_nobodys() -> None:
    note = "Editor's note: This interview was recorded on Monday.\n\n"
    text = _RADIO.replace("LIND: Within", note + "LIND: Within")
    assert ("Editor's", "note") not in [tuple(words.split()[:2]) for _, words in _turns(text)]
    assert not [name for name, _ in _turns(text) if "note" in name.lower()]
    text = _RADIO + "\n\nUPDATE: The council has since replied. Will it act?\n\nLIND: We will see."
    assert not [name for name, _ in _turns(text) if "update" in name.lower()]


# A story with an organisation the config gives no pronoun, only a body's descriptor, and two people
# whose descriptors share a head noun ("secretary").
_GUILD = parse_config(tomllib.loads("""
[[sides]]
id = "lind"
name = "Ada Lind"
aliases = ["Lind"]
pronoun = "she"
descriptors = ["the general secretary"]
[[sides]]
id = "hart"
name = "Bo Hart"
aliases = ["Hart"]
pronoun = "he"
descriptors = ["the culture secretary"]
[[sides]]
id = "guild"
name = "Ferry Workers' Guild"
aliases = ["FWG"]
descriptors = ["the guild"]
"""))


def _speakers(text: str, config: CorpusConfig = _GUILD) -> list[str]:
    return [m.speaker for m in mentions_in(text, config)]


@pytest.mark.parametrize("text", [
    'In a statement, the FWG confirmed the strike. "The ballot was clear and the members spoke," it said.',
    'The guild said the ballot was clear. "Nobody wants a strike, but nobody will be bullied," it said.',
])
def test_it_said_is_the_body_of_no_pronoun_the_config_calls_by_a_bodys_noun(text: str) -> None:
    assert _speakers(text) == ["Ferry Workers' Guild"]


@pytest.mark.parametrize("text", [
    # "he" and "she" are never a body, named last or not
    'Cllr Dan Reyes told the meeting the guild had asked for more time. He said: "We will wait and see."',
    'The FWG has asked for more time. "We will wait, and we will see what they offer," she said.',
])
def test_he_or_she_is_never_a_body(text: str) -> None:
    assert "Ferry Workers' Guild" not in _speakers(text)


def test_a_body_without_a_bodys_noun_or_name_keeps_no_pronoun() -> None:
    from components.core.config import Person
    from components.parse.quotes import _as_body
    assert _as_body(Person("Sam Reed", ("Reed",)), {}).pronoun == ""
    assert _as_body(Person("Sam Reed", ("Reed",)), {"Sam Reed": ("the skipper",)}).pronoun == ""
    assert _as_body(Person("Harbour Board"), {}).pronoun == "it"
    assert _as_body(Person("Ann Lee", (), (), "she", "", ("the union",)), {}).pronoun == "she"


def test_someone_unnamed_met_in_a_sentence_of_their_mood_takes_the_pronoun_after() -> None:
    text = ('"The depot is a disgrace," said Derek Pole, 71, from Eastleigh.\n\n'
            "A woman queueing for the bus, who gave her name only as Margaret, was less forgiving of the "
            'council. "They knew what it was like," she said.')
    assert _speakers(text, CAST) == ["Derek Pole", "A woman"]


def test_a_named_persons_mood_is_still_theirs() -> None:
    text = ('"The depot is a disgrace," said Derek Pole, 71, from Eastleigh.\n\n'
            'Pole was less forgiving of the council. "They knew what it was like," he said.')
    assert _speakers(text, CAST) == ["Derek Pole", "Derek Pole"]


@pytest.mark.parametrize("text", [
    '"Honestly, the lads did not notice," said Town manager Kevin Aldous. "We were two down by then."',
    '"We were two down by then, so I had other things on my mind," said Rovers manager Kevin Aldous.',
])
def test_a_bodys_name_before_a_role_and_an_outsiders_name_after_said(text: str) -> None:
    assert _speakers(text, CAST) == ["Kevin Aldous"]


def test_a_bodys_name_before_a_role_and_a_known_name_only_says_whose_role() -> None:
    text = 'The FWG welcomed the vote. "It was overdue by two years," said FWG general secretary Ada Lind.'
    assert _speakers(text) == ["Ada Lind"]


def test_a_persons_name_before_a_role_noun_is_no_modifier() -> None:
    # must not fire: "Hart told reporter Lind" — Hart is a person, not a body; the speaker stays Hart
    text = 'Hart told reporters Lind had it wrong. "She knows it and I know it," he said.'
    assert _speakers(text) == ["Bo Hart"]


def test_our_and_a_descriptor_the_config_gives_is_that_person() -> None:
    text = ('Hart met the guild on Monday. "This was won by members who stood together," our general '
            "secretary told the committee.")
    assert _speakers(text) == ["Ada Lind"]


def test_our_and_a_role_the_config_gives_nobody_names_no_one_of_the_cast() -> None:
    # must not fire: "our reporter" is the paper's own, never the last named
    text = 'Hart left the hall at six. "Nobody is leaving this room," our reporter was told by a steward.'
    assert "Bo Hart" not in _speakers(text)


def test_termed_with_its_quote_is_a_statement_of_the_subject() -> None:
    text = 'The guild chief executive Ada Lind termed the appointment "a new chapter".'
    assert _speakers(text) == ["Ada Lind"]


def test_a_name_termed_in_passing_is_nobodys() -> None:
    # must not fire: a project's name, and a term nobody is said to use
    assert _speakers('The scheme, termed "Project Dawn" by staff, began in May.') == []


@pytest.mark.parametrize("owner", ["The FWG's", "The guild's"])
def test_a_bodys_own_account_replying_is_the_body(owner: str) -> None:
    text = (f'Hart posted on X on Friday. {owner} official account replied with a single line: '
            '"Apologies are made in the room, not online."')
    assert _speakers(text) == ["Ferry Workers' Guild"]


def test_an_official_is_still_someone_unnamed() -> None:
    # must not fire: an official with no account after the word is a person of their own
    text = 'Hart posted on X on Friday. A guild official said: "Apologies are made in the room, not online."'
    assert _speakers(text) not in (["Bo Hart"], ["Ferry Workers' Guild"])


@pytest.mark.parametrize(("text", "speaker"), [
    ('Hart and Lind spoke by phone on Monday. The culture secretary\'s office said the call had been '
     '"frank". Lind said: "He told me the money was safe for this year and not a day longer."',
     "the culture secretary's office"),
    ('Hart spoke on Monday. The mayor\'s office said the call had been "frank and useful".',
     "the mayor's office"),
])
def test_someones_office_saying_is_an_unnamed_speaker_not_the_nearest_name(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


def test_an_office_of_nobodys_speaks_for_no_one() -> None:
    # must not fire: "the office" alone, and an office worker is a person of their own
    assert _speakers('Hart spoke on Monday. The office said the call had been "frank and useful".') == []
    assert _speakers('Hart arrived late. "We are ready," an office worker said.') == ["an office worker"]


def test_an_office_that_does_not_speak_is_no_speaker() -> None:
    # must not fire: "Lind's office was closed:" says nothing
    assert _speakers('Lind\'s office was shut all week: "We are closed until Monday for the holiday."') == []
