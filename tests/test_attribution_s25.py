"""Attribution faults read off the osprey probe (session 25), each tested on invented paragraphs with the
cases where the rule must not fire."""

import tomllib

import pytest
from quoting_support import CAST, cast, mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config

# The cast of quoting_support with a descriptor from the config: Voss is "the prosecutor".
DESCRIBED = cast("lind", "voss", "hart", descriptors={"voss": ["the prosecutor"]})


def _speaker(text: str, phrase: str, config: CorpusConfig = CAST) -> str:
    return speaker_of(text, phrase, config)


@pytest.mark.parametrize(("text", "phrase", "speaker", "config"), [
    # a role the text gave a known name as a title ("Detective Inspector Ada Lind") is hers later
    ("Detective Inspector Ada Lind spoke to reporters on the steps.\n\n\u201cThis was a long and careful "
     "inquiry,\u201d the detective said.", "long and careful", "Ada Lind", CAST),
    ("Sergeant Bo Hart led the search.\n\n\u201cWe walked every field twice over,\u201d the sergeant said.",
     "every field", "Bo Hart", CAST),
    # a config descriptor that is also an unnamed role ("the prosecutor") is the person it describes
    ("Voss told the jury about the emails. \u201cEvery message was sent from the same laptop,\u201d the "
     "prosecutor said.", "same laptop", "Cara Voss", DESCRIBED),
    # must not fire: the role was never given to anyone, so the detective is someone unnamed
    ("Lind gave evidence on Monday.\n\n\u201cThe trail went cold in the spring,\u201d the detective said.",
     "went cold", "the detective", CAST),
    # must not fire: a lower-case word before the title ("the inspector Ada Lind met") is no title run
    ("Inspector Ada Lind arrived late.\n\n\u201cThe files were never sent to us,\u201d the detective said.",
     "never sent", "the detective", CAST),
    # must not fire: "the other prosecutor" is another holder of the role than the one configured
    ("Voss sat down. \u201cThe defence has not answered the point,\u201d the junior prosecutor said.",
     "not answered", "not Cara Voss", DESCRIBED),
])
def test_a_role_given_to_a_known_name_is_theirs(text: str, phrase: str, speaker: str,
                                                 config: CorpusConfig) -> None:
    got = _speaker(text, phrase, config)
    if speaker.startswith("not "):
        assert got != speaker[4:], got
    else:
        assert got == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a credit set off by commas right before a short quote: her words, not a scare quote
    ("Lind has not spoken since the vote. She was, she says, \u201cquite shaken\u201d by the result.",
     "quite shaken", "Ada Lind"),
    # "claims" reports speech as "claimed" does
    ("Hart claims the depot was \u201crun into the ground by people who never visited it\u201d.",
     "run into the ground", "Bo Hart"),
    # someone met by a noun whose who-clause reports the speech is a speaker of their own
    ("Less convincing is a former night porter, face hidden, who claims the depot was \u201cnever once "
     "locked at night\u201d.", "never once locked", "a former night porter"),
    ("Hart spoke first. Then came a retired welder who says the roof was \u201cpatched with tape for a "
     "decade\u201d.", "patched with tape", "a retired welder"),
    # must not fire: a noun that is no person ("a letter, which claims") is nobody's speaker
    ("Hart read out a letter, which claims the depot was \u201cbuilt on a flood plain in 1962\u201d.",
     "flood plain", "not a letter"),
    # must not fire: the short quote after a noun use of "claims" is a scare quote
    ("The claims of a \u201ccover-up\u201d were never tested.", "cover-up", "none"),
    # must not fire: a comma after the verb of a sentence that ends before the quote
    ("Lind said, as ever, nothing at all. The \u201creform\u201d went ahead.", "reform", "none"),
])
def test_short_credits_and_who_clauses(text: str, phrase: str, speaker: str) -> None:
    found = [m for m in mentions_in(text, CAST) if phrase in m.text]
    if speaker == "none":
        assert not found, found
        return
    if speaker.startswith("not "):
        assert all(m.speaker != speaker[4:] for m in found)
    else:
        assert found, phrase
        assert found[0].speaker == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a later sentence's quote opened by a colon is the subject before the colon, not the earlier
    # quote's speaker
    ("Lind called the plan \u201ca waste of everyone's time and money\u201d. Hart declined to comment, "
     "but his office issued a note: \u201cWe will respond in due course to every point raised.\u201d",
     "respond in due course", "Bo Hart"),
    ("Voss says the roof is \u201cbeyond any repair we can afford\u201d. Quill, for his part, sent "
     "this reply: \u201cRepairs are scheduled for the spring and will go ahead.\u201d",
     "Repairs are scheduled", "Tam Quill"),
    # must not fire: the same speaker goes on after a colon with no new subject
    ("Lind called the plan \u201ca waste of everyone's time and money\u201d, and went further: \u201cIt "
     "should never have reached the council.\u201d", "never have reached", "Ada Lind"),
])
def test_a_colon_after_an_earlier_quote_has_its_own_subject(text: str, phrase: str, speaker: str) -> None:
    got = _speaker(text, phrase)
    if speaker.startswith("not "):
        assert got != speaker[4:], got
    else:
        assert got == speaker


@pytest.mark.parametrize("text", [
    "Hart faces claims that he \u201cignored every warning the engineers gave him\u201d.",
    "The claims that the depot was \u201cbuilt on a flood plain in 1962\u201d were never tested.",
    "Lind rejected his claims that the roof was \u201csound enough for another ten winters\u201d.",
])
def test_claims_as_a_noun_reports_nobody(text: str) -> None:
    assert [m.speaker for m in mentions_in(text, CAST) if m.speaker_reason.endswith("'claims'")] == []


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a fronted "Asked …," clause: who was asked is the subject after it, not a name before it
    ("The family's tenants, two brothers, are staying with friends. Asked whether the roof will be "
     "fixed, Lind shakes her head. \u201cNot this year, and probably not next year either.\u201d",
     "Not this year", "Ada Lind"),
    ("The couple's two sons, aged nine and six, are with their grandparents. Asked if the money is "
     "gone, Hart shrugs. \u201cEvery penny of it went on the lawyers.\u201d", "Every penny", "Bo Hart"),
    ("Voss left the hearing early.\n\nAsked if he would appeal, Hart replied: \u201cWe will decide that "
     "after Christmas.\u201d", "after Christmas", "Bo Hart"),
    # a subject in an earlier sentence is not the subject of a verb in the next one
    ("The tenants, Voss among them, were outside. Asked about the vote, Hart said only: \u201cIt went "
     "the way it had to go.\u201d", "the way it had to go", "Bo Hart"),
    # must not fire: "asked" after its subject is the subject's question
    ("Lind asked the board: \u201cWho signed off the survey in the first place?\u201d", "Who signed off",
     "Ada Lind"),
    # must not fire: "Asked" with no subject after its clause leaves the quote to the usual rules
    ("Hart sat down. \u201cAsked and answered, as far as I am concerned,\u201d he said.",
     "Asked and answered", "Bo Hart"),
    # must not fire: a title's stop is no sentence stop ("Mr. Hart said")
    ("Mr. Hart said the roof had been \u201cpatched and patched again for a decade\u201d.", "patched",
     "Bo Hart"),
])
def test_a_fronted_asked_clause_and_a_stop_before_the_verb(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # an occupation before an outsider's name after the verb is a title, whatever the noun
    ("\u201cShe sorted out my prescriptions when nobody else would,\u201d said retired postman Keith "
     "Jarvis, 74.", "sorted out", "Keith Jarvis"),
    ("\u201cThe market has not been the same since,\u201d said florist Jan Okoro.", "not been the same",
     "Jan Okoro"),
    # must not fire: a function word of the same ending is no title ("said neither …")
    ("Lind sat with Hart. \u201cNothing has been agreed and nothing will be,\u201d said neither Voss nor "
     "Quill, but Lind.", "Nothing has been agreed", "not Cara Voss"),
])
def test_an_occupation_before_a_name_after_the_verb(text: str, phrase: str, speaker: str) -> None:
    found = [m for m in mentions_in(text, CAST) if phrase in m.text]
    if speaker.startswith("not "):
        assert all(m.speaker != speaker[4:] for m in found)
    else:
        assert [m.speaker for m in found][:1] == [speaker]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # someone met by a noun, a place and a clause saying they will not be named
    ("A tenant from the east block, who asked not to be named, said: \u201cThe lifts have been broken "
     "since March.\u201d", "lifts have been broken", "a tenant from the east block"),
    ("Hart spoke first. A cleaner at the depot, who did not want to be identified, told us: \u201cNobody "
     "checks the fire doors.\u201d", "fire doors", "A cleaner at the depot"),
    # must not fire: a name after the clause still speaks for themselves
    ("A tenant from the east block, Ada Lind, said: \u201cThe lifts have been broken since March.\u201d",
     "lifts have been broken", "Ada Lind"),
])
def test_someone_with_a_place_and_an_anonymity_clause(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase).lower().startswith(speaker.lower())


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # an organisation's noun when the cast has no organisation: its own speaker, never the person
    # named before
    ("Hart runs the depot. \u201cWhat happened there cannot happen here,\u201d the company said in a "
     "statement.", "cannot happen here", "the company"),
    ("Canal Azur kept its show on air. \u201cOur questions are written in-house and never leave the "
     "building,\u201d the channel said.", "never leave the building", "the channel"),
    # the press is always its own speaker
    ("Hart spoke to reporters on Monday. \u201cThe depot will stay open whatever the council decides,\u201d "
     "the newspaper said.", "stay open", "the newspaper"),
    # must not fire: an organisation of the cast that goes by "it" is the one named last
    ("Hart sold his stake to Harbour Freight last year.\n\n\u201cWe intend to keep every job at the "
     "depot,\u201d the company said.", "keep every job", "Harbour Freight"),
    # must not fire: the noun as an object, or before the body's own name, speaks for nobody
    ("A report by the campaign group Tide Watch, \u201cA Harbour in Decline: Ten Years of Neglect\u201d, "
     "found that only four of the fourteen depots it studied had reopened.", "A Harbour in Decline", "none"),
])
def test_an_organisation_noun_with_no_organisation_named(text: str, phrase: str, speaker: str) -> None:
    config = CAST if "Freight" not in text else parse_config(tomllib.loads("""
[[sides]]
id = "hart"
name = "Bo Hart"
aliases = ["Hart"]
pronoun = "he"

[[people]]
name = "Harbour Freight"
pronoun = "it"
"""))
    found = [m for m in mentions_in(text, config) if phrase in m.text]
    if speaker == "none":
        assert not found, found
    else:
        assert [m.speaker for m in found][:1] == [speaker]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # participles and follow-ups of speech right beside their quote
    ("Lind and Hart shared a platform at the depot. Lind spoke first, promising \u201ca new "
     "roof before the winter is out\u201d.", "a new roof", "Ada Lind"),
    ("\u201cNever,\u201d Lind said.\n\n\u201cNot once in ten years?\u201d Hart pressed.", "Not once",
     "Bo Hart"),
    # must not fire: the same words as no speech
    ("Hart pressed the button twice. \u201cThe lift has been broken since March and nobody came,\u201d Lind "
     "said.", "lift has been broken", "Ada Lind"),
    ("Lind made a promising start at the depot. \u201cWe have never had a better month,\u201d Hart said.",
     "better month", "Bo Hart"),
])
def test_participles_and_follow_ups_beside_the_quote(text: str, phrase: str, speaker: str) -> None:
    got = _speaker(text, phrase)
    if speaker.startswith("not "):
        assert got != speaker[4:], got
    else:
        assert got == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # an exchange: an unattributed answer after a credited question is the one questioned
    ("Lind was asked by Hart whether she had signed the lease.\n\n\u201cNever,\u201d she said.\n\n"
     "\u201cNot once in ten years?\u201d Hart pressed.\n\n\u201cNot to my knowledge.\u201d",
     "Not to my knowledge", "Ada Lind"),
    # must not fire: no exchange before the question; the asker goes on
    ("Hart stood up.\n\n\u201cWhy would anyone sign a lease like that?\u201d he asked.\n\n\u201cNobody in "
     "their right mind would, and nobody did.\u201d", "Nobody in their right mind", "Bo Hart"),
    # must not fire: the question ends its paragraph unattributed and runs on, the same speaker
    ("\u201cI signed nothing,\u201d Lind said.\n\nHart replied: \u201cThen who signed it?\n\n\u201cSomebody "
     "did, and the council knows who.\u201d", "Somebody did", "Bo Hart"),
    # must not fire: the answer is itself a question
    ("\u201cNever,\u201d Lind said.\n\n\u201cNot once?\u201d Hart asked.\n\n\u201cWhy would I lie to this "
     "court about a lease?\u201d", "Why would I lie", "Bo Hart"),
])
def test_an_answer_in_an_exchange(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


QA_OPENING = "Bo Hart is back at the depot for the first time since the vote, and he has a lot to say.\n\n"


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a printed Q&A: each question on a line above its quoted answer, in one paragraph
    (QA_OPENING + "You have been quiet since the vote.\n\u201cOn purpose. There was nothing useful "
     "to add.\u201d\n\nWill the depot reopen?\n\u201cThat is the council's call, not mine.\u201d",
     "council's call", "Bo Hart"),
    (QA_OPENING + "You have been quiet since the vote.\n\u201cOn purpose. There was nothing useful "
     "to add.\u201d\n\nWill the depot reopen?\n\u201cThat is the council's call, not mine.\u201d",
     "On purpose", "Bo Hart"),
])
def test_a_printed_q_and_a_with_quoted_answers(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize("text", [
    # must not fire: one such paragraph is no interview
    QA_OPENING + "Will the depot reopen?\n\u201cThat is the council's call, not mine.\u201d",
    # must not fire: captions over quotes, nothing asked
    QA_OPENING + "The depot in 1998.\n\u201cIt was the best place in town to work.\u201d\n\n"
    "The depot today.\n\u201cNobody has been inside it for a year.\u201d",
])
def test_no_printed_q_and_a_without_questions(text: str) -> None:
    assert all("interview" not in m.speaker_reason for m in mentions_in(text, CAST))


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a participle after a verb of wanting is no verb of saying: the one who asks speaks
    ("On the radio, host Jo Penrose asks Lind the question everyone wants answered: \u201cWill you stand "
     "again?\u201d", "Will you stand", "Jo Penrose"),
    ("Lind has one question she needs answered: \u201cWho signed off the survey?\u201d", "Who signed",
     "Ada Lind"),
    # a name the config does not know asking in the present tense of a feature is an outsider speaking
    ("\u201cWhat would you change first?\u201d asks Jo Penrose, the presenter. Lind does not hesitate.",
     "What would you change", "Jo Penrose"),
    # must not fire: "answered" as the verb of the subject before it
    ("Hart answered: \u201cWe will rebuild the depot, whatever it costs.\u201d", "rebuild the depot",
     "Bo Hart"),
])
def test_a_participle_of_wanting_and_an_outsider_asking(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # someone acting for a party named after their role speaks for them, and is not them
    ("Hart lost the case on Monday. \u201cWe will appeal the ruling as soon as we can,\u201d said the lawyer "
     "for Hart.", "appeal the ruling", "the lawyer for Hart"),
    ("Hart lost the case on Monday. \u201cWe will appeal the ruling as soon as we can,\u201d the solicitor "
     "representing Hart said.", "appeal the ruling", "the solicitor representing Hart"),
    # a name right before the quote after "say" is what is said of them, not their words
    ("Hart lost the case. Residents say Hart \u201chas never once come to a meeting of the tenants\u201d.",
     "never once come", "not Bo Hart"),
    # must not fire: the name after the verb set off by a comma or a colon speaks
    ("Asked about the roof, says Hart: \u201cWe never had a problem with it until this year.\u201d",
     "never had a problem", "Bo Hart"),
    ("\u201cWe never had a problem,\u201d said Hart, \u201cuntil this year, when the rain came in.\u201d",
     "until this year", "Bo Hart"),
])
def test_acting_for_a_party_and_a_name_the_quote_is_about(text: str, phrase: str, speaker: str) -> None:
    found = [m for m in mentions_in(text, CAST) if phrase in m.text]
    if speaker.startswith("not "):
        assert all(m.speaker != speaker[4:] for m in found)
    else:
        assert [m.speaker for m in found][:1] == [speaker]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # someone met by a noun with a perfect tense ("has revealed"), and called back as "the ex-…"
    ("Hart and his partner Lind were \u201cinseparable from day one\u201d at college, an old flatmate has "
     "revealed.", "inseparable", "an old flatmate"),
    ("Hart and Lind shared a flat in 2011, an old flatmate has revealed.\n\n\u201cHart did the cooking and "
     "Lind did the bills,\u201d the ex-flatmate told us.", "did the cooking", "an old flatmate"),
    # must not fire: a thing ending in the same letters is nobody ("the climate", "an estimate")
    ("Lind spoke first. \u201cThe climate at the depot has never been worse,\u201d she said.", "climate",
     "Ada Lind"),
])
def test_someone_met_with_a_perfect_tense_and_called_back(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase"), [
    # a tune's or an anthem's title after its noun, with a possessive and another noun between, is nobody's
    ("The depot's theme tune, \u201cRoll Out the Lorries (Night Shift Mix)\u201d, was played at the gates, "
     "and Lind said: \u201cWe will be here every night until it reopens.\u201d", "Roll Out the Lorries"),
    ("The club's new away anthem, \u201cWe Are the Harbour Men\u201d, was sung by Hart and his friends.",
     "We Are the Harbour"),
])
def test_a_tune_title_is_nobodys_statement(text: str, phrase: str) -> None:
    assert not [m for m in mentions_in(text, CAST) if m.text.startswith(phrase)]


def test_a_tune_noun_does_not_hide_the_words_sung_after_a_verb() -> None:
    # must not fire: a long sentence after "sang" with a stop is someone's words, not a title
    text = ("Lind stood up and sang the song her father wrote: \u201cWe will not leave this harbour, not "
            "for money and not for anyone.\u201d")
    assert [m.speaker for m in mentions_in(text, CAST) if "not leave this harbour" in m.text] == ["Ada Lind"]
