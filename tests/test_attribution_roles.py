"""Attribution where a sentence's roles decide the speaker (subject against object, clause against
clause, hearsay against speech), on invented paragraphs."""

import tomllib

import pytest
from quoting_support import CAST, mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config
from components.parse.quotes import Mention

CONFIG = CAST
def _mentions(text: str, config: CorpusConfig = CONFIG) -> list[Mention]:
    return mentions_in(text, config)


def _speaker(text: str, phrase: str) -> str:
    return speaker_of(text, phrase)


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a pronoun means the subject named before, not someone named as an object of a preposition
    ("Lind came to the depot meeting alongside Cara Voss. She told the room the roof had failed. "
     "\u201cWe were promised a survey and never got one,\u201d she said.", "promised a survey", "Ada Lind"),
    ("Hart gave evidence on Tuesday.\n\nUnder questioning by Mr Quill, he agreed the lease had lapsed. "
     "\u201cI let it lapse because nobody told me otherwise,\u201d he said.", "let it lapse", "Bo Hart"),
    ("Lind spoke to Voss for an hour on Friday.\n\n\u201cWe agreed on nothing but the date of the next "
     "meeting,\u201d she said.", "agreed on nothing", "Ada Lind"),
    # must not fire: the object is the only one the pronoun fits
    ("Lind handed the keys to Hart on Friday. \u201cI will look after the place as if it were my own,\u201d "
     "he said.", "look after the place", "Bo Hart"),
    # must not fire: nobody else was named as a subject near enough
    ("The prize went to Cara Voss. \u201cI never expected to win anything for a depot,\u201d she said.",
     "never expected", "Cara Voss"),
    # must not fire: the object is named in a sentence of its own later as a subject
    ("Lind met Voss on Friday. Voss then walked out. \u201cThere was nothing left to discuss with her,\u201d "
     "she said.", "nothing left", "Cara Voss"),
])
def test_a_pronoun_prefers_the_subject_to_an_object(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # the name after "say" has a verb of its own: it is what the critics say, not who says it
    ("Critics say Hart is \u201ca menace to the harbour and everyone who works on it\u201d.", "a menace",
     ["not Bo Hart"]),
    ("Some residents say he has \u201clost interest in the depot since the election\u201d.", "lost interest",
     ["not Bo Hart"]),
    # must not fire: the speaker after the verb, with a clause of their own set off
    ("\u201cWe are not going anywhere until the roof is fixed,\u201d said Hart, who has run the depot since "
     "1998.", "not going anywhere", ["Bo Hart"]),
    ("\u201cIt is too early to say whether the vote will be held again,\u201d says Lind.", "too early",
     ["Ada Lind"]),
    # present tense of features: "laughs"
    ("\u201cHonestly, I have never been so tired,\u201d laughs Hart as we sit down in the canteen.",
     "never been so tired", ["Bo Hart"]),
])
def test_a_name_after_the_verb_with_its_own_verb_is_no_inverted_speaker(text: str, phrase: str,
                                                                         speakers: list[str]) -> None:
    found = [m.speaker for m in _mentions(text) if phrase in m.text]
    if speakers == ["not Bo Hart"]:
        assert "Bo Hart" not in found
    else:
        assert found == speakers


@pytest.mark.parametrize(("text", "expected"), [
    # a second clause opened by "before" or "after" credits its own quote to its own subject
    ("\u201cIs the depot open on Sundays?\u201d Lind asked, before Hart replied: \u201cNot until the spring, "
     "I am afraid.\u201d", [("Is the depot open", "Ada Lind"), ("Not until the spring", "Bo Hart")]),
    ("\u201cWe have waited long enough for this,\u201d Voss said, after Quill told the room: \u201cThe money "
     "is finally there.\u201d", [("waited long enough", "Cara Voss"), ("money is finally", "Tam Quill")]),
    # must not fire: one speaker's two quotes around a clause with no subject of its own
    ("\u201cWe have waited long enough for this,\u201d Voss said, before adding: \u201cThe money is finally "
     "there.\u201d", [("waited long enough", "Cara Voss"), ("money is finally", "Cara Voss")]),
])
def test_a_before_or_after_clause_credits_its_own_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert [_speaker(text, phrase) for phrase, _ in expected] == [who for _, who in expected]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # the person whose family, estate or office a spokesperson speaks for does not speak
    ("A spokesperson for the family of Lind said: \u201cThey ask to be left alone at this difficult "
     "time.\u201d", "left alone", "a spokesperson for the family of Lind"),
    ("A lawyer for the estate of Bo Hart said the will was \u201cclear about who gets the depot\u201d.",
     "clear about who", "a lawyer for the estate of Bo Hart"),
    # a phrase of time before the unnamed speaker is not part of it
    ("After the verdict one juror said: \u201cIt was the hardest week I have ever spent anywhere.\u201d",
     "hardest week", "one juror"),
    ("During the break a witness said the lights \u201cwent out twice before the crash\u201d.",
     "went out twice", "a witness"),
    # must not fire: "for Lind" alone is still the spokesperson's, and a named lawyer is named
    ("A spokesperson for Lind said: \u201cShe will not be taking questions about the depot today.\u201d",
     "taking questions", "a spokesperson for Lind"),
    ("Voss, a lawyer for the family of Quill, said: \u201cThey want the truth about the depot fire.\u201d",
     "want the truth", "Cara Voss"),
])
def test_an_unnamed_speakers_phrase_keeps_whose_body_it_speaks_for(text: str, phrase: str,
                                                                   speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # passive hearsay: what others say of the subject, not the subject's words
    ("Voss, 44, is said to be \u2018livid\u2019 with the council. A friend said: \u2018She feels let down by "
     "everyone.\u2019", "livid", []),
    ("Hart was reported to have been \u201cstunned\u201d by the result.", "stunned", []),
    # must not fire: a short fragment the subject says
    ("Lind said the vote was \u201cshameful\u201d and walked out.", "shameful", ["Ada Lind"]),
])
def test_passive_hearsay_is_no_ones_statement(text: str, phrase: str, speakers: list[str]) -> None:
    marks = "\u2018\u2019\u201c\u201d"
    assert [m.speaker for m in _mentions(text) if m.text.strip(marks).startswith(phrase)] == speakers


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # any noun after an indefinite article, credited beside its quote, is someone unnamed
    ("\u2018The whole rig just folded like a deckchair,\u2019 one grip said. \u2018Nobody could get near "
     "it.\u2019", "Nobody could get near", "one grip"),
    ("\u201cWe heard the crack from the car park,\u201d a sparks told us.", "heard the crack", "a sparks"),
    ("\u201cWe heard the crack from the car park,\u201d said one dresser.", "heard the crack", "one dresser"),
])
def test_an_indefinite_noun_beside_its_quote_is_unnamed(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: a document is nobody's voice, a time phrase is no speaker, a name is named
    ("Hart was hurt on Friday. \u201cThe depot will stay shut until further notice,\u201d a notice on "
     "the gate said.", "stay shut", "not unnamed"),
    ("\u201cThe depot will stay shut until further notice,\u201d a moment later Hart said.", "stay shut",
     "Bo Hart"),
])
def test_an_indefinite_noun_of_a_thing_or_time_is_no_speaker(text: str, phrase: str, speaker: str) -> None:
    found = [m.speaker for m in _mentions(text) if phrase in m.text]
    if speaker == "not unnamed":
        assert not any(s.startswith(("a ", "one ")) for s in found)
    else:
        assert found == [speaker]


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # a sign's words after a colon are nobody's statement, even with a stop inside the marks
    ("Outside the depot a woman holds up a placard: \u201cNO ROOF, NO VOTE.\u201d", "NO ROOF", []),
    ("Hart wore his old T-shirt: \u201cDepot workers do it with forklifts.\u201d", "Depot workers", []),
    # must not fire: a speaker's colon, and a sign mentioned in a speaker's sentence
    ("Lind pointed at the sign and said: \u201cThat is the last thing this town needs.\u201d", "last thing",
     ["Ada Lind"]),
])
def test_a_signs_words_after_a_colon_are_no_statement(text: str, phrase: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] == speakers


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a role set off before the name that follows the verb: the name speaks
    ("\u201cThe roof was never inspected, not once,\u201d said the county\u2019s former building surveyor, "
     "Dame Elspeth Varley, who retired in May.", "never inspected", "Elspeth Varley"),
    ("\u201cThe depot is ours and always was,\u201d says the union\u2019s depot convenor, Cara Voss.",
     "depot is ours", "Cara Voss"),
    # must not fire: a role with no name after it is that role's holder, unnamed
    ("\u201cThe depot is ours and always was,\u201d said the former minister, who spoke at the rally.",
     "depot is ours", "the former minister"),
])
def test_a_role_set_off_before_the_name_after_the_verb(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a titled judge the config does not know, first met finding: the judge's words, by name
    ("Ruling on Friday, Mr Justice Pendry found that the council had acted unlawfully, calling the "
     "closure \u201ca decision taken first and justified later\u201d.", "decision taken first",
     "Mr Justice Pendry"),
])
def test_a_judge_met_finding_is_a_speaker_of_their_own(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


def test_a_finding_names_no_place_as_a_speaker() -> None:
    # must not fire: "found that" after a place is no person's finding
    text = ("A survey in Port Calder found that the depot roof was \u201cbeyond any sensible repair\u201d.")
    assert "Port Calder" not in [m.speaker for m in _mentions(text)]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a definite description of any noun, crediting the quote right before it, is who was named
    ("Hart is back at the depot after his fall.\n\n\u201cThe doctors say six months, maybe more,\u201d the "
     "former trawlerman said. \u201cI say Easter.\u201d", "I say Easter", "Bo Hart"),
    ("Lind took over the allotments in March.\n\n\u201cEvery bed here has a name and a story,\u201d the "
     "beekeeper said.", "Every bed", "Ada Lind"),
])
def test_a_definite_noun_crediting_its_quote_is_who_was_named(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase"), [
    # must not fire: a document, a plural, a body after the quote speak for nobody named
    ("Hart wrote to the council.\n\n\u201cThe depot will stay shut until further notice,\u201d the "
     "letter said.", "stay shut"),
    ("Hart met the families.\n\n\u201cWe want the depot back as it was before,\u201d the parents said.",
     "depot back"),
])
def test_a_definite_noun_of_a_thing_or_group_is_not_the_named(text: str, phrase: str) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] in ([], ["the parents"])


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # the definite noun calls back the indefinite one met before, not the person named last
    ("A long-serving associate of Hart, who asked not to be named, told us Hart had refused the offer."
     "\n\n\u201cHe has never once taken the easy money in all these years,\u201d the associate said.",
     "easy money", "a long-serving associate"),
    ("A set carpenter who has worked on four of the films and asked not to be named said Hart had "
     "been warned. \u201cEveryone on the floor knew the rig was wrong,\u201d the carpenter said.",
     "rig was wrong", "A set carpenter who has worked on four of the films"),
])
def test_a_definite_noun_calls_back_the_unnamed_one_met_before(text: str, phrase: str, speaker: str) -> None:
    found = _speaker(text, phrase)
    assert found not in ("Bo Hart", "Ada Lind") and found.lower().startswith(speaker.lower()[:12])


@pytest.mark.parametrize("text", [
    # must not fire: a thing's noun after the quote, with no one met as "a … <noun> who" before
    "Hart lost the count.\n\n\u201cIt was a long night for every one of us in the hall,\u201d the tally "
    "sheet noted.",
    "Lind resigned in May.\n\n\u201cThe depot lease was not renewed on time by either party,\u201d the "
    "assessment noted.",
])
def test_a_things_noun_after_a_quote_is_no_back_reference(text: str) -> None:
    assert not [m for m in _mentions(text) if m.speaker in ("Ada Lind", "Bo Hart")]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a verb joined by "and" shares its subject with the verb before, past that verb's object
    ("Lind looked across the table at Hart and said: \u201cThat is not what we agreed in March.\u201d",
     "not what we agreed", "Ada Lind"),
    ("Voss turned to Lind and then asked: \u201cWho signed off the depot lease in the end?\u201d",
     "signed off", "Cara Voss"),
    # must not fire: the name before "and" is a subject of its own
    ("Lind left the room, and Hart said: \u201cThat is not what we agreed in March.\u201d",
     "not what we agreed", "Bo Hart"),
    ("Lind and Hart said: \u201cWe have agreed to disagree about the depot.\u201d", "agreed to disagree",
     "Ada Lind and Bo Hart"),
])
def test_a_verb_after_and_shares_the_subject_past_an_object(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "expected"), [
    # the listener's who-clause quotes the listener; the teller keeps the first quote
    ("\u201cYou promised me the depot would stay open,\u201d Lind told Voss, who replied: \u201cI promised "
     "nothing of the kind.\u201d", [("You promised", "Ada Lind"), ("I promised nothing", "Cara Voss")]),
    # a passive of telling with a named agent before the colon: the agent
    ("Voss was told by Lind: \u201cYou promised me the depot would stay open.\u201d",
     [("You promised", "Ada Lind")]),
    # must not fire: a who-clause of the teller's own
    ("\u201cYou promised me the depot would stay open,\u201d said Lind, who added: \u201cI will not let it "
     "go.\u201d", [("You promised", "Ada Lind"), ("not let it go", "Ada Lind")]),
])
def test_the_listener_speaks_only_in_a_clause_of_their_own(text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert [_speaker(text, phrase) for phrase, _ in expected] == [who for _, who in expected]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # an @handle before a colon: the account's words (a known handle is its person)
    ("16:40 Reader comment from @depot_watcher: \u201cKeep the depot, sack the board.\u201d",
     "Keep the depot", "@depot_watcher"),
    ("16:45 From @adalind on X: \u201cThe depot stays open while I have a say in it.\u201d",
     "depot stays open", "Ada Lind"),
    # must not fire: a handle in an earlier sentence, and a named speaker before the colon
    ("Follow @depot_watcher for updates. Outside, the crowd began to chant: \u201cKeep the depot "
     "open!\u201d", "Keep the depot", "not the handle"),
    ("Lind, replying to @depot_watcher, said: \u201cThe depot stays open while I have a say.\u201d",
     "depot stays open", "Ada Lind"),
])
def test_a_handle_before_a_colon_speaks(text: str, phrase: str, speaker: str) -> None:
    config = parse_config(tomllib.loads('[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\n'
                                        'handles = ["@adalind"]\npronoun = "she"\n'))
    found = [m.speaker for m in _mentions(text, config) if phrase in m.text]
    if speaker == "not the handle":
        assert "@depot_watcher" not in found
    else:
        assert found == [speaker]


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # someone the text will not name speaks wherever they stand before the colon
    ("The audit is dull reading, but one line from an anonymous surveyor stands out: \u201cWe are the only "
     "team that climbs the roof.\u201d", "only team", ["an anonymous surveyor"]),
    # must not fire: a named speaker nearer the colon than the anonymous one
    ("An anonymous donor paid for the roof, and Lind said: \u201cWe owe them more than we can say.\u201d",
     "owe them", ["Ada Lind"]),
])
def test_an_anonymous_someone_before_a_colon_speaks(text: str, phrase: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] == speakers


ORG_CONFIG = parse_config(tomllib.loads("""
[[sides]]
id = "lind"
name = "Ada Lind"
aliases = ["Lind"]
pronoun = "she"

[[sides]]
id = "depotco"
name = "Calder Depot Company"
aliases = ["Calder Depot"]
pronoun = "it"
"""))


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a statement read out from a body is the body's words, not the reader's
    ("Calder Depot's press officer, Noor Bayliss, read a brief statement from the board at the gates."
     "\n\n\u201cThe board has agreed to every one of the union's demands,\u201d she read. \u201cWork will "
     "start again on Monday.\u201d", "Work will start", "Calder Depot Company"),
    ("Her solicitor read out a statement from Lind at the gates: \u201cI have nothing left to prove to "
     "anyone in this town.\u201d", "nothing left to prove", "Ada Lind"),
])
def test_a_statement_read_out_from_a_body_is_its_words(text: str, phrase: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text, ORG_CONFIG) if phrase in m.text] == [speaker]


def test_a_reader_who_speaks_for_herself_is_the_speaker() -> None:
    # must not fire: no statement read out before, "read" is no credit to anyone else
    text = ("Lind visited the depot school on Friday.\n\n\u201cEvery child here deserves a roof that does "
            "not leak,\u201d she said, before she read a story to the class.")
    assert [m.speaker for m in _mentions(text, ORG_CONFIG) if "Every child" in m.text] == ["Ada Lind"]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a role of either sex taken only as the person named last, who is "he" inside the quote: the other
    ("Lind and Hart have spoken once since the vote, on the depot steps.\n\n\u201cHe told me I had wrecked "
     "the town,\u201d the surveyor recalls. \u201cI told him the town was wrecked long before me.\u201d",
     "He told me", "Ada Lind"),
    # must not fire: the role tells the sex, or the pronoun is inside a quote within the quote
    ("Lind and Hart have spoken once since the vote.\n\n\u201cHe was my teacher long before he was my "
     "rival,\u201d the businessman said.", "my teacher", "Bo Hart"),
    ("Lind and Hart have spoken once since the vote.\n\n\u201cI said \u2018he will regret this\u2019 and "
     "walked off,\u201d the surveyor recalls.", "walked off", "Bo Hart"),
])
def test_a_role_of_either_sex_is_not_the_one_the_quote_calls_he(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # "former" before an occupation describes the person named; before an office, another holder
    ("Hart ran a bakery on the quay for thirty years before the council.\n\n\u201cIn a bakery you know by "
     "six whether the day has gone wrong,\u201d the former baker says.", "In a bakery", "Bo Hart"),
    ("Hart ran a fish stall on the quay for thirty years.\n\n\u201cYou learn to read a crowd in that "
     "trade,\u201d the former fisherman says.", "read a crowd", "Bo Hart"),
    # must not fire: an office held by one person at a time
    ("Hart took over as manager of the depot in May.\n\n\u201cHe inherited a mess and made it worse,\u201d "
     "the former manager said.", "inherited a mess", "not Bo Hart"),
])
def test_former_before_an_occupation_is_the_person_named(text: str, phrase: str, speaker: str) -> None:
    found = _speaker(text, phrase)
    assert found != "Bo Hart" if speaker == "not Bo Hart" else found == speaker


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # a possessive's view or contention that …: the owner's words
    ("I cannot share Hart\u2019s view that the flood was \u201ca once-in-a-century event\u201d. It rains "
     "here every June.", "once-in-a-century", ["Bo Hart"]),
    ("Lind\u2019s contention that the depot is \u201cperfectly safe for now\u201d has not aged well.",
     "perfectly safe", ["Ada Lind"]),
    # must not fire: a view that is not the possessive's ("the view from Hart's office")
    ("The view from Hart\u2019s office is of the quay, which locals call \u201cthe end of the world\u201d.",
     "end of the world", []),
])
def test_a_possessives_view_that_is_their_words(text: str, phrase: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] == speakers


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a hyphened role: its last part is the role noun, and the compound is one office
    ("Voss, who ran the depot canteen, has turned down seven offers since the case.\n\n\u201cI need a "
     "break from kitchens for a while,\u201d the former sous-chef said.", "break from kitchens", "Cara Voss"),
    ("Across town, Professor Lind was addressing the staff in the hall. \u201cI would rather be here with "
     "better news,\u201d the vice-chancellor said.", "better news", "Ada Lind"),
    # must not fire: "ex-" still makes another holder of an office
    ("Hart is the depot's minister in all but name.\n\n\u201cHe has never once visited the depot,\u201d the "
     "ex-minister said.", "never once visited", "not Bo Hart"),
])
def test_a_hyphened_role_noun(text: str, phrase: str, speaker: str) -> None:
    found = _speaker(text, phrase)
    assert found != "Bo Hart" if speaker == "not Bo Hart" else found == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # "One" or "Another" with no noun is one of a group just mentioned, unnamed
    ("Traders were invited to leave comments on the plan. One wrote: \u201cWe are told to be patient. I do "
     "not know what that means any more.\u201d", "told to be patient", "One"),
    ("Hart met two fishermen on the quay, and one of them told him: \u201cWe are finished here.\u201d",
     "finished here", "one of them"),
])
def test_one_of_a_group_without_a_noun_is_unnamed(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


def test_one_as_a_number_of_things_is_no_speaker() -> None:
    # must not fire: "one" before a noun of a thing, no verb of saying after it
    text = "One thing is clear to Lind: \u201cthe depot must close before the winter storms\u201d."
    assert [m.speaker for m in _mentions(text)] in ([], ["Ada Lind"])


_CORRECTION = ("Correction: An earlier version of this article said Lind had called the depot \u201ca lost "
               "cause\u201d. She did not use that phrase. Lind said: \u201cI have never given up on the "
               "depot.\u201d")


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # a correction's denial: the short quote before it was never said
    (_CORRECTION, "a lost cause", []),
    (_CORRECTION, "never given up", ["Ada Lind"]),
    # must not fire: a denial far after the quote, of another matter
    ("\u201cThe roof is a disgrace and always has been,\u201d Hart said. The council has not replied. It has "
     "been a long week. Lind never used the word herself.", "roof is a disgrace", ["Bo Hart"]),
])
def test_a_correction_denies_the_quote_before_it(text: str, phrase: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] == speakers


@pytest.mark.parametrize(("text", "phrase", "speakers"), [
    # a sign's words in a clause of its own after words about the sign
    ("Lind posted a photograph of the banner hung across the depot gates, which read \u201cOur Depot, Our "
     "Quay\u201d. Underneath she wrote: \u201cNot for sale. See you all on Saturday.\u201d", "Our Depot",
     []),
    ("Lind posted a photograph of the banner hung across the depot gates, which read \u201cOur Depot, Our "
     "Quay\u201d. Underneath she wrote: \u201cNot for sale. See you all on Saturday.\u201d", "Not for sale",
     ["Ada Lind"]),
    # must not fire: a clause about the sign that is no "which read"
    ("Lind said the sign, which she had read twice on her way in, was \u201ca disgrace to everyone who put "
     "it up\u201d.", "a disgrace", ["Ada Lind"]),
])
def test_a_signs_clause_after_words_about_it(text: str, phrase: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text) if phrase in m.text] == speakers


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # an unnamed person's words passed on inside a named person's report are the unnamed person's
    ("Hart said that when he first raised the roof with the council, a senior officer told him tenants "
     "would \u201cjust have to put up with it for now\u201d.", "put up with it", "a senior officer"),
    # must not fire: the named person's own words after a new clause
    ("Hart said a senior officer had told him nothing, but he \u201cwill not stop asking about the "
     "roof\u201d.", "will not stop", "Bo Hart"),
])
def test_an_unnamed_persons_words_inside_a_report(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker
