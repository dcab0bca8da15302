"""Attribution forms journalists use beyond the basic lexicon, on invented paragraphs."""

import tomllib

import pytest
from quoting_support import cast, mentions_in

from components.core.config import CorpusConfig, parse_config
from components.parse.quotes import Mention

CONFIG = cast("lind", "hart")
def _mentions(text: str, config: CorpusConfig = CONFIG) -> list[Mention]:
    return mentions_in(text, config)


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    # a long appositive between the name and the verb
    ("Hart, a father of three who started a parents' group called Later Starts in August after the first "
     "vote was moved, told the board "
     "during public comment that the plan \u201cputs our kids' sleep ahead of bus contracts.\u201d",
     "Bo Hart", "puts our kids"),
    # a participle after another verb
    ("Lind, president of the teachers' union, welcomed the vote, saying the delay "
     "\u201cgives everyone time to get this right.\u201d", "Ada Lind", "gives everyone time"),
    # "described X as"
    ("Hart described the decision as \u201ca slap in the face to working parents.\u201d", "Bo Hart",
     "a slap in the face"),
    # a short quoted fragment after "says"
    ("Lind says Hart \u201cknows why\u201d the vote was delayed.", "Ada Lind", "knows why"),
])
def test_attribution_forms(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(("text", "role"), [
    ("Our insurance agent said the premium would \u201cgo up by at least a third next year.\u201d", "agent"),
    ("A county official said the plan was \u201cnot going to happen before the spring.\u201d", "official"),
    ("One employee said: \u201cWe were told nothing until the morning of the vote.\u201d", "employee"),
    ("A member of staff said the room was \u201cfull an hour before the meeting began.\u201d",
     "member of staff"),
    ("A neighbour said the noise was \u201cworse than anything we had before.\u201d", "neighbour"),
    ("An aide to Hart said he was \u201cdisappointed but not surprised by the delay.\u201d", "aide"),
])
def test_unnamed_roles_are_their_own_speaker(text: str, role: str) -> None:
    found = _mentions(text)
    assert len(found) == 1 and role in found[0].speaker and found[0].speaker_basis == "unnamed"
    assert found[0].speaker not in ("Ada Lind", "Bo Hart")


def test_the_insider_is_the_unnamed_source_introduced_before_even_without_a_quote() -> None:
    text = ("A source close to the production told the Courier that the cast was unhappy.\n\n"
            "The insider added, \u201cNobody wanted to be the first to say it out loud.\u201d")
    found = _mentions(text)
    assert [m.speaker for m in found] == ["a source close to the production"]


def test_a_word_reported_as_someone_s_is_theirs_a_scare_quote_is_no_one_s() -> None:
    assert [(m.speaker, m.text) for m in _mentions("Lind called the plan \u201cdoomed\u201d in a post.")] == [
        ("Ada Lind", "doomed")]
    text = "Hart told reporters afterwards that the meeting had been \u201cconstructive\u201d."
    assert [(m.speaker, m.text) for m in _mentions(text)] == [("Bo Hart", "constructive")]
    assert _mentions("Lind spoke at length about the so-called \u201creform\u201d of the harbour.") == []
    assert _mentions("The \u201creform\u201d, as the board calls it, was never put to a vote.") == []


def test_an_unquoted_block_credited_in_the_next_paragraph() -> None:
    text = ("We will not trade our children's sleep for a cheaper bus contract, not this year, not ever.\n\n"
            "That line is Lind's, from a letter she read aloud at the meeting.")
    found = _mentions(text)
    assert [(m.speaker, m.text[:20]) for m in found] == [("Ada Lind", "We will not trade ou")]


def test_a_credit_line_naming_nobody_known_adds_nothing() -> None:
    text = ("We will not trade our children's sleep for a cheaper bus contract, not this year.\n\n"
            "That line is Somebody's, from a letter.")
    assert _mentions(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("\u201cShe is fine with all of it,\u201d a person close to Lind said.", "a person close to Lind"),
    ("\u201cShe is fine with all of it,\u201d a friend of Lind told the Courier.", "a friend of Lind"),
    ("\u201cShe is fine with all of it,\u201d someone close to Lind said.", "someone close to Lind"),
    ("\u201cShe is fine with all of it,\u201d sources close to Lind said.", "sources close to Lind"),
    ("\u201cShe is fine with all of it,\u201d people who know Lind said.", "people who know Lind"),
    ("\u201cShe is fine with all of it,\u201d Lind\u2019s representative said.",
     "Lind\u2019s representative"),
    ("\u201cShe is fine with all of it,\u201d Ada Lind's publicist told the paper.", "Ada Lind's publicist"),
    ("\u201cShe is fine with all of it,\u201d a member of Lind's team said.", "Lind's team"),
    ("\u201cThe board knew for months,\u201d one person familiar with the matter said.",
     "one person familiar with the matter"),
    ("\u201cThe board knew for months,\u201d an unnamed district executive said.",
     "an unnamed district executive"),
])
def test_people_around_a_named_person_are_not_that_person(text: str, speaker: str) -> None:
    found = _mentions(text)
    assert [(m.speaker, m.speaker_basis) for m in found] == [(speaker, "unnamed")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lind told a friend: \u201cI am fine with all of it, honestly.\u201d", "Ada Lind"),
    ("\u201cI am fine with all of it, honestly,\u201d Lind told a friend.", "Ada Lind"),
    ("\u201cWe love her very much,\u201d Hart, a longtime friend of Lind, said.", "Bo Hart"),
    ("\u201cI will not stay quiet about this,\u201d Lind said, as people at the meeting cheered.",
     "Ada Lind"),
])
def test_a_named_speaker_keeps_a_quote_whose_sentence_mentions_people_around_them(text: str,
                                                                                 speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "basis"), [
    ("Hart spoke after the vote. \u201cIt was rigged from the very start,\u201d the 54-year-old said.",
     "Bo Hart", "descriptor"),
    ("Lind spoke first. Hart's response was swift: \u201cIt was rigged from the very start.\u201d",
     "Bo Hart", "colon"),
])
def test_an_age_descriptor_and_a_possessive_reply_before_a_colon_name_the_speaker(text: str, speaker: str,
                                                                                  basis: str) -> None:
    assert [(m.speaker, m.speaker_basis) for m in _mentions(text)] == [(speaker, basis)]


def test_a_possessive_that_is_not_speech_does_not_speak_before_a_colon() -> None:
    assert _mentions("Lind's office was closed: \u201cWe are shut until Monday for the holiday.\u201d") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hart called the decision \u201ca slap in the face to every parent here.\u201d", "Bo Hart"),
    ("Lind called the meeting to order. \u201cWe have a lot to get through tonight,\u201d Hart said.",
     "Bo Hart"),
])
def test_called_reports_speech_only_with_the_quote_in_its_sentence(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_words_quoted_from_a_document_are_its_own_not_the_readers() -> None:
    # a report's own words are its unnamed voice (the probes' convention since session 33), never Hart's
    text = ("Hart read the report twice. On page 41 the report concedes that the plan would \u201clargely "
            "displace spending at other businesses.\u201d Hart insisted it \u201clooks at the whole picture, "
            "not one page.\u201d")
    assert [(m.speaker, m.text) for m in _mentions(text)] == [
        ("the report", "largely displace spending at other businesses."),
        ("Bo Hart", "looks at the whole picture, not one page.")]


def test_it_is_a_speaker_when_a_known_speaker_goes_by_it() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "trust"\nname = "Upland Trust"\naliases = ["the Trust"]\npronoun = "it"\n\n'
        '[[sides]]\nid = "farmers"\nname = "Hill Farmers"\npronoun = "they"\n'))
    text = "The Trust defended the release. \u201cThe wolves are healthy and fully tracked,\u201d it said."
    assert [m.speaker for m in _mentions(text, config)] == ["Upland Trust"]


@pytest.mark.parametrize(("text", "speaker"), [
    # words joined across a comma or a double space by the clause reader: no crash, no lost document
    ("After talking to a friend of Lind, Hart said: \u201cWe will appeal the ruling today.\u201d", "Bo Hart"),
    ("\u201cShe is fine with all of it,\u201d said someone close to Ada  Lind.", "someone"),
    # people who say nothing quoted keep no quote from the named speaker after them
    ("Other people said nothing. \u201cWe will appeal the ruling today,\u201d Hart said.", "Bo Hart"),
    ("Friends say she is tough. \u201cWe will appeal the ruling today,\u201d Lind said.", "Ada Lind"),
    ("A friend said hello first. \u201cWe will appeal the ruling today,\u201d Hart said.", "Bo Hart"),
    # the owner of "Lind's lawyer" is still the last person named; words before the owner stay out
    ("Hart arrived. Lind's lawyer was late. \u201cWe will appeal the ruling today,\u201d she said.",
     "Ada Lind"),
    ("\u201cWe will appeal the ruling today,\u201d On Monday Hart's lawyer said.", "Hart's lawyer"),
    ("\u201cWe will appeal the ruling today,\u201d one of Hart's lawyers said.", "Hart's lawyers"),
    # the owner of the speech noun speaks, not the nearest possessive
    ("Lind's response to Hart's team was swift: \u201cWe will appeal the ruling today.\u201d", "Ada Lind"),
])
def test_unnamed_forms_never_take_a_quote_from_the_speaker(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_a_quotes_own_sentence_names_its_speaker_before_an_earlier_verb_does() -> None:
    text = "A spokesperson said hello first. \u201cWe will appeal the ruling today,\u201d Hart said."
    assert [(m.speaker, m.speaker_reason) for m in _mentions(text)] == [("Bo Hart", "named before 'said'")]


_RIGGED = "\u201cThe vote was rigged from the very start.\u201d"


@pytest.mark.parametrize(("text", "speaker"), [
    # a relative clause, a prepositional phrase, dashes or brackets set off after the subject: the
    # name inside them is not who speaks
    (f"Hart, who spoke to people close to Lind, said: {_RIGGED}", "Bo Hart"),
    (f"Hart, whose daughter once worked for Lind, told the Courier: {_RIGGED}", "Bo Hart"),
    (f"Hart, in a letter to Lind, wrote: {_RIGGED}", "Bo Hart"),
    (f"Hart, like Lind, said: {_RIGGED}", "Bo Hart"),
    (f"Hart \u2014 who later apologised to Lind \u2014 said: {_RIGGED}", "Bo Hart"),
    (f"Hart (who later apologised to Lind) said: {_RIGGED}", "Bo Hart"),
    ("\u201cIt was a fair and open process,\u201d Lind, who beat Hart in May, told reporters.", "Ada Lind"),
    # but a name set off by itself is the subject's apposition, and the clause may belong to the
    # nearest name
    (f"Her lawyer, Bo Hart, said: {_RIGGED}", "Bo Hart"),
    (f"Hart met Lind, who said: {_RIGGED}", "Ada Lind"),
    (f"When asked about Lind, Hart, who was in Paris, said: {_RIGGED}", "Bo Hart"),
])
def test_a_name_inside_a_clause_set_off_after_the_subject_does_not_speak(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hart accused Lind of \u201crigging the vote from the very start.\u201d", "Bo Hart"),
    ("Lind dismissed Hart's claims as \u201cnonsense from start to finish.\u201d", "Ada Lind"),
    ("Lind branded the report \u201ca work of fiction from start to finish.\u201d", "Ada Lind"),
])
def test_verbs_that_judge_in_the_subjects_own_words_attribute_the_quote(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_a_judging_verb_with_no_quote_in_its_sentence_is_no_speech() -> None:
    text = "Lind dismissed the staff on Friday. \u201cWe will appeal the ruling this week,\u201d Hart said."
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize("intro", [
    "Lind, 49, spoke first on Monday.", "Hart, 61, and Lind, 49, met on Monday.",
    "The 49-year-old Lind spoke first.", "Ada Lind (49) spoke first.",
])
def test_an_age_given_with_a_name_resolves_the_age_descriptor_later(intro: str) -> None:
    text = (f"{intro} Hart spoke after her.\n\n"
            "\u201cThe vote was fair from the start,\u201d the 49-year-old said.")
    found = _mentions(text)
    assert [(m.speaker, m.speaker_basis) for m in found] == [("Ada Lind", "descriptor")]
    assert "weak" not in found[0].speaker_reason


@pytest.mark.parametrize("text", [
    "In a joint statement, Lind and Hart said: \u201cWe have settled our differences in private.\u201d",
    "\u201cWe have settled our differences in private,\u201d Lind and Hart said in a joint statement.",
])
def test_two_people_joined_by_and_speak_jointly_not_the_nearer_one(text: str) -> None:
    found = _mentions(text)
    assert [m.speaker for m in found] == ["Ada Lind and Bo Hart"] and "jointly" in found[0].speaker_reason


def test_a_possessive_after_and_is_not_a_joint_speaker() -> None:
    text = ("Lind and Hart's lawyer met on Friday. Hart said: "
            "\u201cWe have settled our differences in private.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize("credit", ["\u2014 Bo Hart", "\u2013 Hart, school board member", "-- Bo Hart"])
def test_a_pull_quote_credited_with_a_dash_is_that_persons(credit: str) -> None:
    found = _mentions(f"\u201cThe vote was rigged from the very start.\u201d {credit}")
    assert [m.speaker for m in found] == ["Bo Hart"]


def test_a_dash_before_someone_else_later_in_the_sentence_credits_nobody() -> None:
    text = "\u201cThe vote was rigged from the very start.\u201d \u2014 a claim the board, and Hart, deny."
    assert [m.speaker for m in _mentions(text) if m.speaker_basis == "named"] == []


def test_a_sentence_with_capitalised_names_before_a_colon_is_not_a_headline() -> None:
    text = "Speaking to the Courier, Lind was defiant: \u201cThe vote was fair and I stand by it.\u201d"
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_title_case_line_before_a_colon_still_attributes_nothing() -> None:
    assert _mentions("Lind Slams Hart: \u201cThe vote was fair and I stand by every count.\u201d") == []


def test_a_pull_quote_repeating_someones_words_is_theirs_not_the_previous_speakers() -> None:
    text = ("\u201cThe count was rigged from the very start, and everyone here knows it,\u201d Hart said.\n\n"
            "\u201cThe count was checked twice by the clerk and once by the auditor,\u201d Lind said.\n\n"
            "\u201cThe count was rigged from the very start.\u201d")
    found = [(m.speaker, m.text[:24]) for m in _mentions(text)]
    assert found[-1] == ("Bo Hart", "The count was rigged fro")
    assert "repeats Bo Hart's words" in _mentions(text)[-1].speaker_reason


# ---- the review's cases: rules of this round must not take quotes from their speakers ----

_GAMBLE = "\u201ca reckless gamble with public money\u201d."


@pytest.mark.parametrize(("text", "speaker"), [
    # the nearest subject with a set-off clause of its own keeps the verb
    (f"Lind, the mayor, backed the plan, but Hart, however, said it was {_GAMBLE}", "Bo Hart"),
    (f"Lind, who lost, congratulated Hart, who, visibly moved, said it was {_GAMBLE}", "Bo Hart"),
    (f"Lind, a former teacher, was not at the meeting, and Hart, in a statement, said it was {_GAMBLE}",
     "Bo Hart"),
    # "and" between an object and a subject is no joint statement
    (f"Lind thanked Smith and Hart said the plan was {_GAMBLE}", "Bo Hart"),
    (f"The letter was signed by Lind and Hart said the plan was {_GAMBLE}", "Bo Hart"),
    # a judging verb with another speech verb, a clause or a passive before the quote
    ("Smith praised Lind, who said the award was \u201creally for the whole team at the school\u201d.",
     "Ada Lind"),
    ("Lind mocked Hart for saying the board was \u201cthe best-run in the country\u201d.", "Bo Hart"),
    ("Lind criticised Smith and Hart said she had \u201cgone too far this time, frankly\u201d.", "Bo Hart"),
    ("Critics have branded Lind \u201cthe most divisive mayor in a generation\u201d, Hart said.", "Bo Hart"),
    # the clause's own subject before a colon
    ("Lind had one message for Hart: \u201cResign now before it is too late for us.\u201d", "Ada Lind"),
])
def test_review_cases_keep_their_speaker(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Hart was accused by Lind of \u201cplaying politics with children and their sleep\u201d.",
    "\u201cStrictly Come Dancing Live\u201d \u2013 Hart joins the tour for its final twelve dates.",
    "\u201cMake America Great Again\u201d \u2014 Hart wore the hat to the rally, to the dismay of the board.",
])
def test_review_cases_credit_nobody_named(text: str) -> None:
    assert [m.speaker for m in _mentions(text) if m.speaker in ("Ada Lind", "Bo Hart")] == []


def test_an_age_before_words_that_do_not_describe_the_name_is_not_its_age() -> None:
    text = ("Police said a 17-year-old boy stabbed Lind outside the school gates on Friday.\n\n"
            "Hart, the head teacher, called the police.\n\n"
            "The 17-year-old told officers: \u201cI did not mean to hurt anybody that night.\u201d")
    assert all("given that age" not in m.speaker_reason for m in _mentions(text))


def test_two_people_of_one_age_make_the_age_name_nobody() -> None:
    text = ("Lind, 52, and Hart, 52, met on Friday.\n\n"
            "\u201cThe vote was fair from the start,\u201d the 52-year-old said.")
    assert all("given that age" not in m.speaker_reason for m in _mentions(text))


@pytest.mark.parametrize("echo", ["\u201cHe is wrong about the buses.\u201d",
                                  "\u201cWe will not back down.\u201d"])
def test_a_short_echo_or_another_word_keeps_the_continuing_speaker(echo: str) -> None:
    text = ("Hart said: \u201cShe is wrong about the buses, and she knows it, and we will not back "
            "down.\u201d\n\n"
            f"Lind said the union had studied the routes for a year. \u201cWe did the work.\u201d\n\n{echo}")
    assert _mentions(text)[-1].speaker == "Ada Lind"


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # vox pop: people met in the street speak unnamed, after "said" or before a colon
    ("\u201cI\u2019ve got a mortgage on this boat and two kids at school,\u201d said one skipper, who asked "
     "not to be named.", "mortgage on this boat", "one skipper"),
    ("Another fisherman, mending nets beside him, was more philosophical: \u201cBoats come and go, the sea "
     "stays.\u201d", "Boats come and go", "another fisherman"),
    # an officer of the court is nobody's alias: never the name after the verb
    ("Hart had argued the opposite.\n\nThe judge said the board had acted \u201cin good faith but in "
     "error\u201d, and ordered a new vote.", "in good faith", "the judge"),
])
def test_unnamed_people_of_a_report(text: str, phrase: str, speaker: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker and found[0].speaker_basis in ("unnamed", "colon")


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a title between the verb and the name after it
    ("\u201cThe lads rowed through the pain,\u201d said captain Bo Hart, who is 58.", "rowed through",
     "Bo Hart"),
    # a quote split around its credit is one statement, its short first half included
    ("\u201cThis plan,\u201d Lind said, \u201cis the only one that balances the books.\u201d", "This plan",
     "Ada Lind"),
    # a quote standing alone, credited in the next paragraph
    ("\u201cIt\u2019s the only life I\u2019ve ever known.\u201d\n\nSo says Bo Hart, who first went to sea at "
     "fourteen.", "the only life", "Bo Hart"),
])
def test_credits_around_and_after_the_quote(text: str, phrase: str, speaker: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


def test_two_clauses_of_one_sentence_quote_two_people() -> None:
    text = ("\u201cWe are open to any sensible compromise,\u201d Lind said, but Hart dismissed the offer "
            "out of hand: \u201cWe have heard that before.\u201d")
    assert [(m.speaker, m.text[:6]) for m in _mentions(text)] == [("Ada Lind", "We are"),
                                                                   ("Bo Hart", "We hav")]
    text = ("Lind and Hart clashed on air. At one point he accused her of \u201chiding behind "
            "consultants\u201d; she replied that he had \u201cnever once put forward an alternative\u201d.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart", "Ada Lind"]


def test_a_title_in_quotes_is_no_one_s_statement() -> None:
    text = ("A week later Hart\u2019s group read the board\u2019s consultation document, \u201cA Harbour for "
            "the Next Century\u201d, in full.")
    assert _mentions(text) == []


_TRUST = parse_config(tomllib.loads(
    '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n\n'
    '[[sides]]\nid = "trust"\nname = "Upland Trust"\naliases = ["the trust"]\npronoun = "it"\n'))


def test_a_role_a_named_owner_holds_is_someone_unnamed_and_stays_so() -> None:
    text = ("Lind was joined on the platform by the trust\u2019s medical director.\n\n"
            "\u201cWe have listened to every objection,\u201d Lind said.\n\n"
            "The medical director, a consultant at the county hospital, said: \u201cThe new unit opens in "
            "April with twice the staff.\u201d")
    assert [m.speaker for m in _mentions(text, _TRUST)] == ["Ada Lind", "the trust\u2019s medical director"]
    assert _mentions(text, _TRUST)[1].speaker_basis == "unnamed"


def test_a_role_with_an_owner_is_its_holder_when_the_text_named_them() -> None:
    text = ("Chief executive Ada Lind opened the meeting.\n\n"
            "The trust\u2019s chief executive said the plan was \u201cthe only safe option left\u201d.")
    assert [m.speaker for m in _mentions(text, _TRUST)] == ["Ada Lind"]


@pytest.mark.parametrize("text", [
    "Lind was pressed on the date. \u201cWill the unit close, yes or no?\u201d the presenter asked.",
    "At a press conference, a reporter asked Lind: \u201cCan you promise the unit stays open?\u201d",
])
def test_the_press_asking_is_not_the_person_asked(text: str) -> None:
    found = _mentions(text, _TRUST)
    assert len(found) == 1 and found[0].speaker != "Ada Lind" and found[0].speaker_basis == "unnamed"


def test_a_role_set_off_before_a_name_is_that_name() -> None:
    text = ("\u201cEvery member agreed to the rules,\u201d said the trust\u2019s chief executive, Ada Lind. "
            "\u201cThey protect everyone.\u201d")
    assert [(m.speaker, m.speaker_basis) for m in _mentions(text, _TRUST)] == [("Ada Lind", "named")]


@pytest.mark.parametrize(("text", "speaker"), [
    # someone the config does not know, quoted by full name, is their own speaker
    ("\u201cNobody has told my daughter anything at all,\u201d said Karen Hollis, 51, from Westbrook.",
     "Karen Hollis"),
    ("Retired engineer Dennis Ward, 77, was less sympathetic. \u201cThey have lived beyond their means for "
     "years,\u201d he said.", "Dennis Ward"),
    ("Mrs Justice Farrow said: \u201cIt is not the function of this court to decide that.\u201d",
     "Mrs Justice Farrow"),
    # named in passing, then quoted by surname
    ("The host, Victoria Hale, pressed her. \u201cIs that a yes or a no, then?\u201d Hale asked.",
     "Victoria Hale"),
])
def test_people_the_config_does_not_know_are_their_own_speakers(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_an_unknown_name_never_takes_the_cast_s_pronoun_or_role() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
        'descriptors = ["the minister"]\n\n[[sides]]\nid = "lind"\nname = "Ada Lind"\npronoun = "she"\n'))
    text = ("Hart was pressed on air, when the presenter, Victoria Hale, asked him about the cuts.\n\n"
            "\u201cWe have a robust framework for exactly this,\u201d the minister said.\n\n"
            "Pressed, he said: \u201cI will not speculate about hypotheticals on live television.\u201d")
    assert [m.speaker for m in _mentions(text, config)] == ["Bo Hart", "Bo Hart"]


def test_names_after_a_preposition_are_no_speakers() -> None:
    text = ("A spokesperson for Halcyon Records, the band's label, told the paper the sample was "
            "\u201ccleared through the proper channels.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["a spokesperson for Halcyon Records"]


def test_tabloid_epithets_and_titled_pull_quotes() -> None:
    text = ("Retired prof Ada Lind, 74, has handed back her title.\n\n"
            "\u2018I gave that place 27 years of my life,\u2019 said the gran-of-three.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]
    text = "\u201cWe are not the enemy. The spreadsheet is.\u201d \u2014 Professor Ada Lind, in a lecture"
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_message_quoted_is_its_sender_s() -> None:
    text = ("In an email to all staff on Monday, Hart wrote that the strike had \u201cachieved what polite "
            "letters could not\u201d.\n\n"
            "\u201cWe now have a written commitment on jobs,\u201d the email said.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart", "Bo Hart"]


def test_a_pronoun_subject_leads_into_a_quote_standing_alone() -> None:
    text = ("Hart was asked about the delay.\n\nHe was less contrite about the council.\n\n"
            "\u201cEleven years, not one complaint from their licensing people.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_a_short_title_teaches_the_role_and_a_lead_in_names_an_outsider() -> None:
    text = ("\u201cSomebody had to read that report and act on it,\u201d says Cllr Ada Lind.\n\n"
            "Has she heard from Hart since? \u201cThrough his lawyers,\u201d says the councillor, drily.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind", "Ada Lind"]
    text = ("Live events analyst Joanna Frith, of Brightwater Research, was more cautious. "
            "\u201cThe brand is damaged beyond repair.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Joanna Frith"]


# ---- a review's invented inputs: people outside the cast, messages, titles ----

Q1, Q2 = "\u201cThe bar has been there for years,\u201d", "\u201cNobody minded until now,\u201d"


@pytest.mark.parametrize(("text", "speakers"), [
    ("\u201cWe were told nothing at all,\u201d said Dr Elena Sarris, a consultant.", ["Elena Sarris"]),
    ("\u201cWe were told nothing at all,\u201d said local resident Karen Hollis, 64.", ["Karen Hollis"]),
    ("\u201cWe were told nothing at all,\u201d said José Núñez.", ["José Núñez"]),
    ("Separately Karen Hollis said the plan was \u201cnothing short of a disgrace\u201d.", ["Karen Hollis"]),
    # an outsider quoted, then taken up by a pronoun, in one paragraph and in the next
    (f"{Q1} said Tom Reed. {Q2} he added.", ["Tom Reed"]),
    (f"Hart has run the bar since 2010.\n\n{Q1} said Tom Reed, who owns the cafe.\n\n"
     f"He added: {Q2[:-2]}.\u201d",
     ["Tom Reed"] * 2),
])
def test_outsiders_are_named_whole_and_keep_their_pronouns(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers


@pytest.mark.parametrize("text", [
    "Lawyers representing Karen Hollis said she would \u201cfight this all the way to the end\u201d.",
    "Manchester United has confirmed the signing. \u201cWe are glad to have him,\u201d a club source said.",
    "Thames Water said it was investigating.\n\nShe said: \u201cWe were told nothing about any of it.\u201d",
    "Hart told BBC Radio 4\u2019s \u201cToday\u201d programme the vote was lost.",
    "Lind said she had once loved a band called \u201cBlur\u201d.",
])
def test_no_outsider_or_title_takes_a_quote_it_did_not_say(text: str) -> None:
    speakers = [m.speaker for m in _mentions(text)]
    assert not {"Karen Hollis", "Manchester United", "Thames Water"} & set(speakers)
    assert all(len(m.text.split()) > 2 for m in _mentions(text))


def test_a_message_goes_to_its_sender_not_to_whoever_spoke_before() -> None:
    text = ("\u201cWe will appeal the ruling,\u201d said Hart.\n\nThe council later issued a statement. "
            "\u201cThe decision stands for now,\u201d the statement said.")
    assert [m.speaker for m in _mentions(text)][1:] in ([], ["the council"])
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n\n'
        '[[sides]]\nid = "council"\nname = "Upland Council"\naliases = ["the council"]\npronoun = "it"\n'))
    assert [m.speaker for m in _mentions(text, config)] == ["Bo Hart", "Upland Council"]


def test_two_owners_roles_are_two_people() -> None:
    text = ("\u201cThe unit is safe as it is,\u201d the trust\u2019s medical director said.\n\n"
            "\u201cThe unit is not safe at all,\u201d the union\u2019s director said.")
    assert [m.speaker for m in _mentions(text)] == ["the trust\u2019s medical director",
                                                    "the union\u2019s director"]


def test_a_spokesman_of_a_lowercase_owner_is_theirs_and_taken_up_later() -> None:
    text = ("The council\u2019s spokesman said the road would \u201creopen by the end of the month\u201d.\n\n"
            "The police force\u2019s spokesman said officers would \u201cstay there overnight\u201d.\n\n"
            "\u201cWe will be there all night,\u201d the spokesman added.")
    assert [m.speaker for m in _mentions(text)] == ["the council\u2019s spokesman"] + [
        "the police force\u2019s spokesman"] * 2


# ---- session 21: rules from how reporters write, each on sentences of its own ----

def test_a_negation_in_a_lead_paragraph_does_not_silence_its_subject() -> None:
    text = ("Hart has run the depot for a decade, and he says the cuts are not the real problem.\n\n"
            "\u201cPeople blame the budget. Often it is the rota that breaks first.\n\n"
            "\u201cWe lose drivers because nobody plans the shifts.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart", "Bo Hart"]
    silent = ("Hart has not commented on the cuts.\n\n\u201cPeople blame the budget, and they are wrong "
              "about the rota.\u201d")
    assert "Bo Hart" not in [m.speaker for m in _mentions(silent)]


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    ("Asked why, Lind paused. \u201cFear,\u201d she said at last.", "Ada Lind", "Fear"),
    ("\u201cNever!\u201d shouted Hart from the back of the hall.", "Bo Hart", "Never"),
    ("Hart described the council's offer of a permit as \u201can insult\u201d.", "Bo Hart", "an insult"),
    ("Lind has maintained throughout that the board was \u201cblindsided\u201d.", "Ada Lind", "blindsided"),
])
def test_a_short_quote_credited_or_reported_is_a_statement(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


def test_a_word_others_use_of_someone_is_not_their_statement() -> None:
    text = "I am tired of hearing Hart described as a \u201cgenius\u201d by his friends."
    assert not [m for m in _mentions(text) if "genius" in m.text]


@pytest.mark.parametrize(("text", "speakers"), [
    # a role set off before a full name makes a person, who takes the pronoun in their own paragraph
    ("Lind spoke to the host, Leo Marsh, on Friday.\n\nMarsh, a former critic, pressed her on the delays. "
     "\u201cWere you not in charge of the timetable?\u201d he asked.", ["Leo Marsh"]),
    ("The chair of the judging panel, Sir Graham Tolley, says he will not reopen the vote. "
     "\u201cWe judged the work, not the artist,\u201d he said.", ["Graham Tolley"]),
    ("Her lawyer, Femi Adebayo of Carver & Lowe, said: \u201cShe did exactly what the law asks of her.\u201d",
     ["Femi Adebayo"]),
])
def test_a_named_role_holder_outside_the_cast_speaks_for_themselves(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers


def test_a_statement_read_out_on_someones_behalf_is_theirs() -> None:
    text = ("Outside court, Hart\u2019s solicitor, Naomi Field, read a statement on his behalf.\n\n"
            "\u201cI accept the verdict and I am sorry for the harm I caused,\u201d the statement said.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("As Lind began to speak, a man in the public gallery shouted: \u201cWhere were you last winter?\u201d",
     "a man"),
    ("A woman who has cleaned the offices for years said staff were scared.\n\n"
     "\u201cWe were told to keep quiet or lose our shifts,\u201d she said.",
     "A woman who has cleaned the offices for years"),
])
def test_an_unnamed_person_introduced_by_a_noun_keeps_their_words(text: str, speaker: str) -> None:
    speakers = [m.speaker for m in _mentions(text)]
    assert speakers and speakers[-1].startswith(speaker)


def test_a_man_introduced_unnamed_does_not_take_she() -> None:
    text = ("A man who lives next door said the noise was constant.\n\n"
            "\u201cWe were never consulted about any of this,\u201d she said, after Lind arrived.")
    assert "A man who lives next door" not in [m.speaker for m in _mentions(text)]


def test_a_printed_interview_without_labels_credits_its_answers() -> None:
    text = ("Bo Hart ran the depot until March. This interview has been edited for length.\n\n"
            "When did you first see the problem?\n\nWithin a week. The rota had gaps nobody filled, and I "
            "raised it twice.\n\nDid you tell Ada Lind?\n\nYes, in writing. Nothing changed for months.\n\n"
            "Would you go back?\n\nNot while the board is the same.")
    answers = [m for m in _mentions(text) if m.speaker_reason.startswith("answers the question")]
    assert [m.text.split(".")[0] for m in answers] == ["Within a week", "Yes, in writing",
                                                       "Not while the board is the same"]
    assert {m.speaker for m in answers} == {"Bo Hart"}


def test_questions_in_a_news_story_are_not_an_interview() -> None:
    text = ("Bo Hart ran the depot until March, and the board is meeting today.\n\n"
            "What happens next?\n\nThe board will vote on the rota in June.\n\n"
            "Will fares rise?\n\nThe council says not this year.")
    assert not [m for m in _mentions(text) if m.speaker_reason.startswith("answers the question")]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Lind says the club will reopen the ground \u201cunder a new name and a new team\u201d in the autumn, "
     "a plan Hart calls \u201cpremature at best\u201d.", ["Ada Lind", "Bo Hart"]),
    ("In 2019 Lind told the audience that \u201ccleanliness is the first ingredient\u201d. Five years later, "
     "Hart would tell investigators that the log had been \u201cfilled in a week at a time\u201d.",
     ["Ada Lind", "Bo Hart"]),
    # one speaker's two quotes in one sentence stay one statement
    ("Lind said the plan was \u201cnot ready for a vote\u201d and that the board \u201cshould wait until "
     "spring\u201d.",
     ["Ada Lind"]),
])
def test_each_quote_of_a_sentence_goes_to_its_own_credit(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers


def test_a_clause_after_an_age_does_not_hold_the_subject() -> None:
    text = ("Bo Hart, 17, who has played under Lind for three years, said he had been called \u201cevery "
            "name under the sun\u201d by adults.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    ("Lind shared the vote count with a single word: \u201cFinally.\u201d", "Ada Lind", "Finally"),
    ("Asked why, Hart paused. \u201cPride,\u201d he said eventually. \u201cStupid pride.\u201d", "Bo Hart",
     "Stupid pride"),
])
def test_a_one_word_reply_after_a_colon_or_a_credit_counts(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


def test_a_sign_after_a_colon_is_nobodys_statement() -> None:
    assert not _mentions("The notice on the door of the hall read: \u201cClosed.\u201d")


# ---- session 21 review: the new rules on inputs they were not written for ----

@pytest.mark.parametrize("text", [
    "The band played \u201cJerusalem,\u201d Hart said, and people sang along with him.",
    "Hart called his dog \u201cRex,\u201d he said with a smile at the cameras.",
    "Lind\u2019s campaign slogan was short: \u201cListen.\u201d",
    "Hart wore a T-shirt with a single word: \u201cResist!\u201d",
    "The paper described Hart as \u201ca menace\u201d in 2019.",
])
def test_names_slogans_and_others_words_are_nobodys_statement(text: str) -> None:
    assert not _mentions(text)


@pytest.mark.parametrize("second", [
    "The statement said: \u201cI regret nothing about the way I ran the club.\u201d",
    "\u201cI regret nothing about the way I ran the club,\u201d the statement said.",
])
def test_a_statement_read_for_someone_in_the_next_paragraph_is_theirs(second: str) -> None:
    text = f"Outside court, Hart\u2019s solicitor, Naomi Field, read a statement on his behalf.\n\n{second}"
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]
    colon = ("Hart\u2019s lawyer, Jo Penn, read a statement on his behalf: \u201cI regret nothing about "
             "the way I ran the club.\u201d")
    assert [m.speaker for m in _mentions(colon)] == ["Bo Hart"]


@pytest.mark.parametrize("opening", [
    "Ada Lind spoke to the Courier last week about the vote, and in an interview she said little new.",
    "Ada Lind was interviewed on the radio last year about the same closures.",
])
def test_an_explainer_with_questions_to_you_is_not_an_interview(opening: str) -> None:
    text = (f"{opening}\n\nHave you ever waited two hours for a bus in the rain?\n\nMost parents in the "
            "valley have, and the board knows it.\n\nWhat would you do if your child's school closed?\n\n"
            "Hart, who chairs the board, thinks most families would simply move away.")
    assert not [m for m in _mentions(text) if m.speaker_reason.startswith("answers the question")]


def test_it_said_after_a_statement_read_for_someone_is_theirs() -> None:
    text = ("After the hearing, Hart\u2019s barrister, Claire Oduya, read a brief statement on his "
            "behalf.\n\n\u201cI have done nothing wrong and I look forward to proving it,\u201d it said. "
            "\u201cMy family has been through enough this year.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_it_said_of_a_report_is_the_reports_own_voice() -> None:
    # "it" after a review is published is that review: its words, an unnamed voice, not the board's
    text = ("The board published its review on Monday.\n\n\u201cThe timetable was never costed against "
            "the bus contracts,\u201d it said.")
    assert [m.speaker for m in _mentions(text)] == ["the review"]


def test_it_said_after_a_letter_stays_nobodys() -> None:
    text = ("The board sent a letter to parents on Monday.\n\n\u201cThe timetable was never costed against "
            "the bus contracts,\u201d it said.")
    assert not _mentions(text)


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    ("\u201cThe committee was warned about this twice and did nothing,\u201d she concedes.", "Ada Lind",
     "The committee was warned"),
    ("\u201cThey moved the vote because they knew they would lose it,\u201d Hart cracked to reporters.",
     "Bo Hart", "They moved the vote"),
    ("\u201cWe are nowhere near the end of this, whatever the board says,\u201d Lind retorts.", "Ada Lind",
     "We are nowhere near"),
])
def test_present_tense_and_manner_verbs_credit(text: str, speaker: str, phrase: str) -> None:
    intro = "Lind met Hart at the depot on Tuesday.\n\n"
    found = [m for m in _mentions(intro + text) if phrase in m.text]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(("text", "who"), [
    ("\u201cNobody on the estate was asked before the timetable changed,\u201d says one bus driver, who "
     "asked not to be named.", "one bus driver"),
    ("\u201cThe buses were half empty long before the vote was moved,\u201d said a retired engineer.",
     "a retired engineer"),
    ("\u201cWhy was the meeting held at four in the afternoon?\u201d asked Maureen Pike, 68, of Eastfield.",
     "Maureen Pike"),
])
def test_someone_credited_after_the_quote_is_their_own_speaker(text: str, who: str) -> None:
    found = _mentions(text)
    assert [m.speaker for m in found] == [who]


@pytest.mark.parametrize("text", [
    "Supporters marched behind a banner reading \u201cSave Our Late Starts\u201d through the town.",
    "The club\u2019s new kit carries the slogan \u201cOur Town, Our Time, Our Buses\u201d on the back.",
    "Lind\u2019s \u201cThe Long Road Home\u201d is still the best-selling book in the valley.",
    "Your report (\u201cBoard chief: \u2018I got it wrong\u2019\u201d, 3 May) was unfair to the drivers.",
])
def test_titles_slogans_and_signs_after_their_noun_are_nobodys(text: str) -> None:
    assert not _mentions(text)


def test_report_as_a_verb_before_a_partial_quote_still_credits() -> None:
    text = "Lind said the review would report \u201cby the end of June at the very latest\u201d this year."
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_report_passed_on_by_another_is_the_inner_speakers() -> None:
    text = ("One board member, who spoke on condition of anonymity, said Lind had told colleagues she "
            "\u201ccould not defend the timetable any longer.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_work_noun_after_a_judging_verb_keeps_the_judgement() -> None:
    text = "Hart called the report \u201ca whitewash from the first page to the last\u201d on Friday."
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize(("text", "who"), [
    ("Hart has not said whether he will stand again. His spokesman said: \u201cNo decision will be made "
     "before the summer recess.\u201d", "his spokesman"),
    ("Lind met the families on Monday. Her lawyer, who did not give his name, said: \u201cWe will be "
     "appealing the ruling at the earliest opportunity.\u201d", "her lawyer"),
    ("Hart arrived late. A man named only as Tom said he \u201chad never seen anything like it in forty "
     "years\u201d.", "A man named only as Tom"),
])
def test_someone_speaking_for_or_near_a_named_person_is_not_that_person(text: str, who: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [who]


@pytest.mark.parametrize(("text", "who"), [
    ("Lind was not at the meeting. \u201cNobody told us the road would close for a year,\u201d he said.",
     "unidentified man"),
    ("Hart thanked the cafe staff. \u201cIt has been a hard winter for all of us,\u201d she said.",
     "unidentified woman"),
    ("Lind listened as Tom Reeve, a farmer from the valley, stood up. \u201cWe were never asked about any "
     "of this,\u201d he said.", "Tom Reeve"),
])
def test_a_pronoun_never_goes_to_someone_of_the_other_pronoun(text: str, who: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [who]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Hart later told reporters the board\u2019s new timetable was \u201cunworkable\u201d.", "unworkable"),
    ("Lind wrote that staff who had complained were \u201cfrozen out\u201d.", "frozen out"),
])
def test_a_short_fragment_several_words_after_a_verb_of_saying_is_reported(text: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker in ("Bo Hart", "Ada Lind")


def test_a_term_after_a_promise_stays_a_term() -> None:
    assert not _mentions("Hart has promised a \u201cheritage test\u201d for every sale of a ground.")


@pytest.mark.parametrize("credit", [
    "That is how Dr Ada Lind describes the day the letter arrived at her office.",
    "Those were the words of Ada Lind on the steps of the depot on Friday.",
])
def test_a_quote_standing_alone_credited_in_the_next_paragraph(credit: str) -> None:
    text = f"\u201cIt feels like being made redundant by your own family.\u201d\n\n{credit}"
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_persons_configured_descriptor_resolves_to_them() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[people]]\nname = "Tom Reeve"\naliases = ["Reeve"]\npronoun = "he"\n'
        'descriptors = ["the depot manager"]\n'))
    text = ("Lind met Tom Reeve at the depot on Monday.\n\nThe depot manager said the late buses were "
            "\u201cnever going to survive another winter without a subsidy.\u201d")
    assert [m.speaker for m in _mentions(text, config)] == ["Tom Reeve"]


def test_the_holder_of_a_known_bodys_office_is_not_the_body() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[people]]\nname = "Valley Buses"\npronoun = "it"\n'))
    text = ("The director of Valley Buses told councillors the late routes would \u201cnot survive another "
            "winter without a subsidy,\u201d as the row went on.")
    assert [m.speaker for m in _mentions(text, config)] == ["The director of Valley Buses"]
    named = ("The director of Valley Buses, Ada Lind, said: \u201cWe will not survive another winter "
             "without a subsidy.\u201d")
    assert [m.speaker for m in _mentions(named, config)] == ["Ada Lind"]


def test_repeated_that_reports_both_quotes() -> None:
    text = ("Lind repeated that the timetable \u201cwas written from the start\u201d and that "
            "\u201cnobody at the depot ever asked me to cut a route.\u201d")
    found = _mentions(text)
    assert [m.speaker for m in found] == ["Ada Lind"] and "nobody at the depot" in found[0].text


def test_a_caption_that_quotes_someone_keeps_the_quote() -> None:
    text = ("Ada Lind at the depot, where the late buses stood until March. \u201cI still walk past the "
            "gates and look,\u201d she says. Photograph: Sam Idris")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    # a verdict on a work after "said the report" is the speaker's, not a title
    ("Lind said the report \u201cfailed to address the real problem at the depot\u201d and asked for more.",
     "Ada Lind", "failed to address"),
    # a new clause after the inner report goes back to the outer speaker
    ("Lind said Hart had warned her in March, but she \u201cwas not going to back down from this "
     "fight\u201d.", "Ada Lind", "was not going to back down"),
    # "X and her team said" is X speaking with them
    ("Lind and her team said the early results were \u201cvery encouraging for the whole project\u201d.",
     "Ada Lind", "very encouraging"),
    ("Hart posted a photo of the depot on Sunday, calling the change \u201clong overdue\u201d.", "Bo Hart",
     "long overdue"),
])
def test_review_cases_credit_the_right_speaker(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


def test_an_owners_term_is_not_a_reported_fragment() -> None:
    assert not _mentions("Lind argued at length against the proposals in the developers\u2019 "
                         "\u201cmaster plan\u201d at the meeting.")


@pytest.mark.parametrize(("text", "who"), [
    ("\u201cWhy did nobody tell us about the closure before it happened?\u201d asked one resident.",
     "one resident"),
    ("The head of the Lind campaign told reporters the vote would be \u201ca disaster for the whole "
     "valley\u201d.", "The head of the Lind campaign"),
])
def test_review_cases_of_unnamed_speakers(text: str, who: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [who]


def test_a_reporters_question_does_not_take_the_answers_pronoun() -> None:
    text = ("Lind faced the press on Friday.\n\nA second reporter asked whether she had considered "
            "resigning. \u201cNo, and I will not be doing so this year or next,\u201d she said.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


@pytest.mark.parametrize("lead_in", ["In her words;", "In her own words:", "She continued;"])
def test_a_short_lead_in_ending_in_a_semicolon_credits_the_next_quote(lead_in: str) -> None:
    text = (f"Lind spoke during a live stream on Friday night about the insults she gets.\n\n{lead_in}\n\n"
            "\u201cI am not choosing sides. I did not write the timetable and I did not sign the "
            "contract.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    ("Bo Hart said he\u2019s \u201cvery worried\u201d about the vote.", "Bo Hart", "very worried"),
    ("Ada Lind said Hart had told her, and the whole board, that the school \u201cwould close by "
     "Christmas\u201d.", "Bo Hart", "would close by Christmas"),
    ("Ada Lind took questions. A reporter from the Gazette asked about the budget. \u201cIt is fully "
     "funded,\u201d she said.", "Ada Lind", "fully funded"),
])
def test_second_review_cases_credit_the_right_speaker(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text) if phrase in m.text]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "Bo Hart said the documentary \u201c24 Hours On The Ward\u201d had upset staff.",
    "Results by ward:\n\nLind 4,312;\n\n\u201cIt was a long night for all of us in the hall,\u201d the "
    "count sheet noted.",
])
def test_second_review_cases_that_are_nobodys(text: str) -> None:
    assert not [m for m in _mentions(text) if m.speaker in ("Ada Lind", "Bo Hart")]


def test_a_speaker_found_as_the_last_named_is_not_someone_named_inside_the_quote() -> None:
    text = ("In her post, Lind said she had only learned last week that the board would honour Ada's "
            "mentor, Jo Penn, with a statue.\n\n\u201cI have loved Jo Penn since I was eleven years old, and "
            "this is not how she would want to be remembered,\u201d she wrote.")
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
        '[[people]]\nname = "Jo Penn"\naliases = ["Penn"]\npronoun = "she"\n'))
    assert [m.speaker for m in _mentions(text, config)] == ["Ada Lind"]
    named = ("Jo Penn spoke first.\n\n\u201cPeople ask me what Jo Penn would do. I am Jo Penn, and I "
             "would build it,\u201d Penn said.")
    assert [m.speaker for m in _mentions(named, config)] == ["Jo Penn"]


_ORGS = parse_config(tomllib.loads(
    '[[people]]\nname = "Marrow Foods"\naliases = ["Marrow"]\npronoun = "it"\n'
    '[[people]]\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
    '[[people]]\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'))


@pytest.mark.parametrize(("text", "speaker", "phrase"), [
    # "the company", "the group", "the firm": the organisation named before, not the person named last
    ("Marrow Foods wants to build a bakery on the old dairy site. Hart, who lives next door, objects.\n\n"
     "The company said the ovens would be \u201cquieter than the milk lorries ever were\u201d.",
     "Marrow Foods", "quieter than"),
    ("Lind runs Marrow, the group behind the plan.\n\nThe group said in a letter that it would "
     "\u201cread every objection before the hearing\u201d.", "Marrow Foods", "read every objection"),
    ("Shares in Marrow fell on Monday.\n\n\u201cWe expect a better second half than the first,\u201d the "
     "firm said.", "Marrow Foods", "a better second half"),
])
def test_the_company_said_is_the_organisation_named_before(text: str, speaker: str, phrase: str) -> None:
    found = [m for m in _mentions(text, _ORGS) if phrase in m.text]
    assert found and found[0].speaker == speaker


def test_the_company_said_is_nobody_known_when_no_organisation_was_named() -> None:
    # no organisation in the text or config: "the company" is never the person named last
    text = ("Hart spoke at the meeting on Monday.\n\nThe company said the ovens would be \u201cquieter "
            "than the milk lorries ever were\u201d.")
    assert not [m for m in _mentions(text) if m.speaker == "Bo Hart"]
    # a role of the company's is its holder, not the company ("the company's chairman said")
    owned = ("Marrow Foods wants to build a bakery. Hart chairs it.\n\nThe company\u2019s chairman said "
             "the ovens would be \u201cquieter than the milk lorries ever were\u201d.")
    assert not [m for m in _mentions(owned, _ORGS) if m.speaker == "Marrow Foods"]


def test_the_company_said_is_never_a_council_named_after_the_company() -> None:
    config = parse_config(tomllib.loads(
        '[[people]]\nname = "Marrow Foods"\naliases = ["Marrow"]\npronoun = "it"\n'
        '[[people]]\nname = "Harbour Council"\npronoun = "it"\n'))
    text = ("Marrow Foods wants to build a bakery on the old dairy site, but its plan was turned down by "
            "Harbour Council on Monday.\n\nThe company said it would \u201cappeal at the first chance we "
            "are given\u201d.")
    assert [m.speaker for m in _mentions(text, config)] == ["Marrow Foods"]


@pytest.mark.parametrize("text", [
    # another body met by the same noun since the organisation was named: "the group" is that one
    "Marrow Foods wants to build a bakery on the old dairy site.\n\nResidents have formed a group to "
    "fight the plan.\n\nThe group said the ovens would be \u201cthe end of a quiet street for good\u201d.",
    "Marrow Foods wants the dairy site, and a local developer wants the field next to it.\n\nThe developer "
    "said the houses would \u201csell out within a month of going on the market\u201d.",
])
def test_the_group_said_is_not_the_organisation_when_another_group_was_met_since(text: str) -> None:
    assert not [m for m in _mentions(text, _ORGS) if m.speaker == "Marrow Foods"]


@pytest.mark.parametrize(("text", "speaker"), [
    # "the figure" bare is a number disputed, not a speaker: the subject disputing it speaks
    ("The survey found that a third of the rooms were damp.\n\nHart disputes the figure, saying his own "
     "inspectors counted \u201cfewer than one in ten damp rooms\u201d.", "Bo Hart"),
    ("Lind questioned the figures, adding that the count was \u201cdone on the wettest week of the "
     "year\u201d.", "Ada Lind"),
])
def test_the_figure_as_a_number_is_no_speaker(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_a_figure_at_a_body_is_still_an_unnamed_speaker() -> None:
    text = ("A senior figure at the council said the count was \u201cdone on the wettest week of the "
            "year\u201d.")
    assert [m.speaker_basis for m in _mentions(text)] == ["unnamed"]


@pytest.mark.parametrize(("text", "speaker"), [
    # letters after a name, then whom the lawyer acts for set off: the lawyer speaks
    ("Ada Lind KC, for Bo Hart, told the tribunal: \u201cMy client was never shown the contract he "
     "is said to have broken.\u201d", "Ada Lind"),
    ("Bo Hart MP, for the committee, said the report was \u201cthe fullest account we could give in "
     "the time allowed\u201d.", "Bo Hart"),
])
def test_a_name_with_letters_and_a_set_off_party_is_the_speaker(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_the_party_set_off_without_letters_still_reads_as_before() -> None:
    # no letters, no set-off clause: "X for Y said" keeps its reading; the party is never the lawyer
    text = "Ada Lind, for Bo Hart, told the tribunal that he \u201cwas never shown the contract\u201d."
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


@pytest.mark.parametrize("text", [
    "Counsel for Hart said the contract had been \u201cshown to him on the morning he signed it\u201d.",
    "Lawyers representing Lind told the hearing her letters had been \u201cread out of order on "
    "purpose\u201d.",
])
def test_counsel_for_a_party_is_unnamed_not_the_party(text: str) -> None:
    found = _mentions(text)
    assert len(found) == 1 and found[0].speaker_basis == "unnamed"
    assert found[0].speaker not in ("Ada Lind", "Bo Hart")


def test_the_judge_is_not_the_counsel_met_before_but_the_spokesman_is_the_spokeswoman() -> None:
    text = ("Counsel for Hart said the contract had been \u201cshown to him on the morning he signed "
            "it\u201d.\n\nThe judge said she would \u201cgive her ruling in writing before the end of the "
            "month\u201d.")
    assert [m.speaker for m in _mentions(text)] == ["Counsel for Hart", "the judge"]
    same = ("A spokeswoman for the council said the road would \u201cstay shut for at least a "
            "week\u201d.\n\nThe spokeswoman added that the diversion was \u201cthe best we can do in "
            "the circumstances\u201d.")
    speakers = [m.speaker for m in _mentions(same)]
    assert len(speakers) == 2 and speakers[0] == speakers[1]


def test_a_single_quote_carried_over_paragraphs_is_closed_and_continued() -> None:
    text = ("Hart spoke outside the depot on Monday night.\n\nThe father-of-two said: \u2018They told us "
            "the buses would come back in a month, and that was in March.\n\n\u2018Well, it\u2019s October "
            "now and we\u2019re still walking.\u2019")
    found = _mentions(text)
    assert [m.speaker for m in found] == ["Bo Hart", "Bo Hart"]
    assert found[0].text.startswith("They told us") and found[1].text.startswith("Well, it")


def test_a_closed_single_quote_is_left_alone_when_the_next_paragraph_opens_another() -> None:
    # the first paragraph's quote closes itself; the next one is a fresh quote, not a continuation
    text = ("Lind said: \u2018We will be there at nine, whatever the weather does.\u2019\n\n"
            "\u2018Nobody asked us first,\u2019 Hart replied.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind", "Bo Hart"]


def test_an_elision_typed_as_an_opening_mark_opens_no_quote_carried_over() -> None:
    # "‘cause" is "because", not a quote left open before the next paragraph's single mark
    text = ("Hart says the kids round here want somewhere to go \u2018cause the youth club shut years "
            "ago.\n\n\u2018We never thought it would last this long, to be honest,\u2019 Lind said.")
    assert [(m.speaker, m.text[:7]) for m in _mentions(text)] == [("Ada Lind", "We neve")]


@pytest.mark.parametrize("credit", [
    "That stark warning came from Dr Ada Lind, who has studied the estuary for twenty years.",
    "The verdict comes from Ada Lind, the trust\u2019s chief engineer.",
])
def test_a_quote_standing_alone_credited_by_a_noun_of_speech_coming_from_a_name(credit: str) -> None:
    text = ("\u201cIf the sea wall goes, the lower town floods twice a winter, and nobody has a plan for "
            f"that.\u201d\n\n{credit}")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_money_coming_from_a_name_credits_no_quote() -> None:
    text = ("\u201cIf the sea wall goes, the lower town floods twice a winter, and nobody has a plan for "
            "that.\u201d\n\nThe money came from Ada Lind, who sold her shares in the ferry company.")
    assert "Ada Lind" not in [m.speaker for m in _mentions(text)]


def test_welcomed_it_as_credits_the_words_to_the_subject() -> None:
    text = "Lind welcomed the report as \u201cthe first honest account of the ferry\u2019s finances\u201d."
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]
    # "welcomed" with no quote in its sentence is no speech: the later quote is not Lind's
    later = ("Lind welcomed Hart to the stage. \u201cWe owe the ferry an honest account of its "
             "money,\u201d he said.")
    assert [m.speaker for m in _mentions(later)] == ["Bo Hart"]


_TWO = parse_config(tomllib.loads(
    '[[people]]\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
    '[[people]]\nname = "Cara Voss"\naliases = ["Voss"]\npronoun = "she"\n'))


def test_two_trades_in_turn_are_two_people() -> None:
    # two people met together, then called by their trades: the second trade is the other one
    text = ("Voss and Lind toured the harbour wall on Friday, one with a clipboard and one with a dog.\n\n"
            "\u201cThe stones on this side have moved a hand\u2019s width since the spring,\u201d the "
            "surveyor said.\n\n\u201cMy grandfather fished from this wall every winter of his life,"
            "\u201d the "
            "fisherman said.")
    assert [m.speaker for m in _mentions(text, _TWO)] == ["Ada Lind", "Cara Voss"]


def test_the_subjects_own_cry_is_no_voice_from_the_crowd() -> None:
    text = "Hart let out a shout of \u201cWe did it, we actually did it!\u201d as the result was read."
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_a_pronoun_after_a_phrase_of_place_opening_the_sentence_is_its_subject() -> None:
    # "the court he read" is no clause describing the court: he is the sentence's subject
    text = ("Hart was cleared on Friday.\n\nLind, his lawyer, stood beside him. On the steps of the court "
            "he read a short statement: \u201cI have always said I was innocent, and today the jury "
            "agreed.\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_ruled_that_out_reports_no_finding() -> None:
    # "that" as the object ("ruled that out"): the quote after it is the next clause's speaker's
    text = ("The judge ruled that out, and the council's barrister called the delay \u201cregrettable "
            "but unavoidable in the circumstances.\u201d")
    assert [m.speaker for m in _mentions(text)] != ["the judge"]


@pytest.mark.parametrize("text", [
    # "found that" of someone who comes upon a thing, no judge's finding: the quote is not theirs
    "When Hart got home he found that his car had been \u201csmashed to pieces\u201d by vandals.",
    "Lind came back from holiday and found that her garden had been \u201cturned into a car park\u201d "
    "by the builders.",
])
def test_finding_a_thing_is_no_finding_of_a_bench(text: str) -> None:
    assert [m.speaker for m in _mentions(text)] == []


def test_a_judge_named_before_still_finds() -> None:
    text = ("Mrs Justice Lind ruled for the tenants on Thursday. In a long judgment, she found that the "
            "notice was \u201cnever properly served on anyone at the address\u201d.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_trade_given_with_a_name_is_that_persons_not_the_one_named_last() -> None:
    # "Voss, a vet," then "the vet said": Voss, though Lind was named after her
    text = ("Voss, a vet, was at the meeting with Lind.\n\n\u201cNobody has asked the farms what they "
            "think of the new rules,\u201d said the vet.")
    assert [m.speaker for m in _mentions(text, _TWO)] == ["Cara Voss"]
    both = ("Voss, a farmer, lives next to the site. Lind, a retired geologist, has tested its rocks.\n\n"
            "\u201cThe water table is already too low for a quarry,\u201d the farmer said.\n\n\u201cThe "
            "rocks are stable enough to dig,\u201d the geologist said.")
    assert [m.speaker for m in _mentions(both, _TWO)] == ["Cara Voss", "Ada Lind"]


def test_one_trade_twice_is_one_person_and_a_celebrity_keeps_her_names() -> None:
    text = ("Voss and Lind toured the harbour wall on Friday, one with a clipboard and one with a dog.\n\n"
            "\u201cThe stones on this side have moved a hand\u2019s width since the spring,\u201d the "
            "surveyor said.\n\n\u201cI would close the path before the first storm, not after it,\u201d the "
            "surveyor added.")
    assert [m.speaker for m in _mentions(text, _TWO)] == ["Ada Lind", "Ada Lind"]
    # "the singer", then "the star": not trades, the same person named last
    star = ("Voss opened the festival on Friday.\n\n\u201cI have waited ten years to play this field "
            "again,\u201d the singer said.\n\n\u201cAnd I am not leaving until they switch the lights "
            "off,\u201d the star added.")
    assert [m.speaker for m in _mentions(star, _TWO)] == ["Cara Voss", "Cara Voss"]
    # "the geologist", then "the hydrogeologist": one trade
    rocks = ("Voss and Lind walked the valley on Friday.\n\n\u201cThe spring has never once run dry in "
             "living memory,\u201d the geologist said.\n\n\u201cThe rock remembers rather longer than we "
             "do,\u201d the hydrogeologist added.")
    assert [m.speaker for m in _mentions(rocks, _TWO)] == ["Ada Lind", "Ada Lind"]


@pytest.mark.parametrize(("text", "who"), [
    # a crowd's voice credited after a verb of manner
    ("Lind was booed as she stood up.\n\n\u201cShut the depot and see who votes for you!\u201d shouted "
     "one woman near the door.", "one woman"),
    ("Lind was booed as she stood up.\n\n\u201cShut the depot and see who votes for you!\u201d yelled a "
     "man at the back.", "a man"),
    # a member of parliament unnamed, asking
    ("Hart took questions in the chamber.\n\nOne Labour MP asked: \u201cWill the minister publish the "
     "report before the vote, or after it?\u201d", "One Labour MP"),
    # one of a group met before, told apart by its place
    ("The board will delay the vote, according to two people close to Hart.\n\nThe second person said "
     "a decision was \u201cweeks, not months\u201d away.", "the second person"),
])
def test_crowd_members_and_counted_sources_are_unnamed(text: str, who: str) -> None:
    found = _mentions(text)
    assert [m.speaker_basis for m in found] == ["unnamed"]
    assert found[0].speaker.lower().startswith(who.lower())


@pytest.mark.parametrize("text", [
    # the man is an object here, not the one speaking
    "Hart shouted at a man near the door: \u201cGet off my land before I call the police!\u201d",
    # an ordinal that counts things, not people
    "Hart said the second phase would be \u201cfinished before the summer holidays begin\u201d.",
])
def test_an_object_or_an_ordinal_thing_is_no_unnamed_speaker(text: str) -> None:
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_a_pronoun_in_a_clause_describing_a_noun_is_not_the_speaker() -> None:
    text = ("Lind visited three depots on Monday.\n\nA spokesman for one of the depots she toured, "
            "who did not "
            "want to be named, said the new rota was \u201cimpossible to keep to in winter\u201d.")
    found = _mentions(text)
    assert [m.speaker_basis for m in found] == ["unnamed"] and found[0].speaker != "Ada Lind"


@pytest.mark.parametrize("text", [
    # the pronoun opens its own clause: after a conjunction, or its verb is one of saying
    "Lind visited three depots on Monday, and she said the new rota was \u201cimpossible to keep to in "
    "winter\u201d.",
    "Lind visited three depots on Monday. Asked about the rota, she said it was \u201cimpossible to keep "
    "to in winter\u201d.",
    "Lind visited three depots on Monday. At the last one she told drivers the rota was \u201cimpossible "
    "to keep to in winter\u201d.",
])
def test_a_pronoun_that_opens_its_clause_still_speaks(text: str) -> None:
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


@pytest.mark.parametrize(("text", "speaker", "basis"), [
    ("The tribunal heard the case in May. The judge found that the council\u2019s notice was \u201cnever "
     "properly served\u201d and set the fine aside.", "the judge", "unnamed"),
    ("Hart ruled that the objection had come \u201cfar too late to be heard\u201d this year.", "Bo Hart",
     "named"),
])
def test_found_that_and_ruled_that_report_the_finders_words(text: str, speaker: str, basis: str) -> None:
    found = _mentions(text)
    assert [(m.speaker, m.speaker_basis) for m in found] == [(speaker, basis)]


def test_found_without_that_is_no_verb_of_saying() -> None:
    # "found a note reading “…”": a thing found, not the finder's words
    text = "Hart found a note on the gate reading \u201cclosed until further notice, sorry\u201d."
    assert not [m for m in _mentions(text) if m.speaker == "Bo Hart"]


def test_opined_is_a_verb_of_saying() -> None:
    text = "Councillor Bo Hart opined that the depot should be \u201cshut until the inquiry reports\u201d."
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Her own verdict is blunter.", "Ada Lind"),
    ("His answer was short.", "Bo Hart"),
])
def test_a_possessive_pronouns_words_introduce_the_quote_after_them(lead: str, speaker: str) -> None:
    text = (f"Hart met Lind at the depot on Monday.\n\n{lead} \u201cI have read every page of it twice and "
            "I still say no.\u201d")
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_a_possessive_pronoun_with_no_speech_noun_credits_nothing_new() -> None:
    # "Her office": no words of hers announced, so the pronoun is not taken as the speaker
    text = ("Hart met Lind at the depot on Monday.\n\nHer office is on the third floor. \u201cWe have read "
            "every page of it twice and we still say no,\u201d Hart said.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize(("beat", "speaker"), [
    ("She shrugged.", "Ada Lind"),
    ("Hart shook his head.", "Bo Hart"),
])
def test_a_gesture_right_before_a_short_quote_is_the_gesturers(beat: str, speaker: str) -> None:
    text = ("Hart and Lind met at the depot on Monday and argued about the rota.\n\n"
            f"{beat} \u201cThat is not my problem.\u201d")
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_a_gesture_then_another_sentence_or_a_sign_is_not_the_gesturers() -> None:
    # the paragraph says more than the gesture before the quote: no credit from the gesture
    text = ("Hart and Lind met at the depot on Monday and argued about the rota.\n\n"
            "She shrugged. The drivers held up a banner. \u201cNo more split shifts.\u201d")
    assert [m.speaker for m in _mentions(text)] != ["Ada Lind"]


def test_a_possessive_names_claim_that_carries_their_words() -> None:
    text = ("Sir, I read with alarm Bo Hart\u2019s claim that the depot is \u201cbeyond any sensible "
            "repair\u201d.\n\nJo Bloggs, Upton")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


def test_a_claim_about_someone_else_is_not_theirs() -> None:
    # the quote is in a later sentence, with its own speaker
    text = ("Lind dismissed Hart\u2019s claim that the depot was unsafe. \u201cIt has passed every "
            "inspection since the day it opened,\u201d she said.")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_had_assured_reports_the_inner_speakers_words() -> None:
    text = ("Lind said that when she met him in May, Hart had assured her the depot was \u201cnot on any "
            "list of closures\u201d.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart"]


@pytest.mark.parametrize("text", [
    # the outer speaker goes on after the inner report: the quote is theirs, not the person reported
    "A council spokesman said Hart had confirmed his attendance, adding that the opening would be "
    "\u201ca celebration for the whole town.\u201d",
    "A council spokesman said Lind had promised to attend and that the park was \u201cthe best thing "
    "to happen here in years.\u201d",
])
def test_an_inner_report_ends_where_the_outer_speaker_goes_on(text: str) -> None:
    assert [m.speaker for m in _mentions(text)] == ["a council spokesman"]


def test_an_unnamed_voice_placed_in_the_room_still_speaks() -> None:
    text = ("Lind opened the meeting at seven.\n\nA woman at the back of the hall shouts "
            "\u201cWhere were you "
            "in March?\u201d and is asked to sit down.")
    found = _mentions(text)
    assert [m.speaker_basis for m in found] == ["unnamed"] and found[0].speaker.lower().startswith("a woman")


def test_an_unnamed_person_placed_as_an_object_does_not_speak() -> None:
    # "a woman at the back of the hall" is whom Lind answers: Lind speaks
    text = ("Lind answered a woman at the back of the hall with a question of her own: \u201cWhere were "
            "you in March?\u201d")
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_a_cry_from_the_crowd_inside_a_speakers_sentence_is_not_theirs() -> None:
    text = ("Lind said she would publish the report \u201cthe day it is finished, and not before\u201d, "
            "prompting shouts of \u201cToo slow!\u201d from the back of the hall.")
    found = _mentions(text)
    assert [(m.speaker, m.speaker_basis) for m in found] == [("Ada Lind", "named"), ("shouts", "unnamed")]
    alone = "A cry of \u201cResign!\u201d from the gallery earned a warning from the chair."
    assert [m.speaker_basis for m in _mentions(alone)] == ["unnamed"]


def test_a_chant_and_a_shout_named_as_someones_stay_as_they_were() -> None:
    # a chant is a slogan's words, nobody's statement; "Hart shouted “Never!”" is Hart's
    chant = "Lind was met by chants of \u201cSave our depot\u201d as she arrived."
    assert [m.speaker for m in _mentions(chant) if m.speaker_basis == "unnamed"] == []
    named = "\u201cNever again, not on my watch!\u201d Hart shouted from the back of the hall."
    assert [m.speaker for m in _mentions(named)] == ["Bo Hart"]


@pytest.mark.parametrize(("text", "speaker", "basis"), [
    # the credit right after the quote is the quote's, not a gesture's subject in the sentence before
    ("Hart shrugged. \u201cWe will never sell the house, not while I am alive,\u201d his wife said.",
     "his wife", "unnamed"),
    ("Lind laughed. "
     "\u201cGo home and take your plans with you,\u201d someone shouted.", "someone", "unnamed"),
])
def test_a_credit_after_the_quote_beats_the_sentence_before(text: str, speaker: str, basis: str) -> None:
    assert [(m.speaker, m.speaker_basis) for m in _mentions(text)] == [(speaker, basis)]


def test_a_chant_credited_to_the_crowd_is_not_the_gesturers() -> None:
    text = "Lind paused. \u201cSave our depot, save our town,\u201d the crowd chanted."
    assert [m.speaker for m in _mentions(text) if m.speaker == "Ada Lind"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    # must not fire: a pronoun, a name set off after the role, a back-reference, the speaker before
    ("Hart shrugged. \u201cWe will fight this all the way to the top,\u201d he said.", "Bo Hart"),
    ("\u201cWe will never sell the house, not while I am alive,\u201d his wife, Ada Lind, said.", "Ada Lind"),
    ("Lind arrived late. "
     "\u201cWe will be back next year, I promise you all,\u201d the leader said.", "Ada Lind"),
    ("\u201cWe will be back next year, I promise you all,\u201d "
     "Lind said, and the crowd cheered.", "Ada Lind"),
    ("Lind said: \u201cWe will be back next year, I promise you all,\u201d her voice breaking.", "Ada Lind"),
])
def test_a_credit_after_the_quote_leaves_named_speakers_alone(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # the body after "of" ends before the verb of saying: "put it" is said, not part of the name
    ("The row went on, but a pal of the dealer put it more bluntly: \u201cHe knew exactly what he was "
     "selling.\u201d", "a pal of the dealer"),
    # must not fire: a word that is a verb only in its own phrase stays in the name
    ("A spokesman for the hit musical said the run would be \u201cextended well into the spring "
     "season\u201d.", "a spokesman for the hit musical"),
])
def test_the_body_after_of_stops_at_the_verb_of_saying(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


def test_two_participle_clauses_each_credit_their_own_subject() -> None:
    text = ("The row deepened, with Hart calling the process \u201cslow and expensive for everyone\u201d "
            "and Lind calling it \u201ca fix from the very start\u201d.")
    assert [m.speaker for m in _mentions(text)] == ["Bo Hart", "Ada Lind"]


@pytest.mark.parametrize("text", [
    # must not fire: "calling" with no quote after it, or with another verb of saying before the quote
    "Lind, calling the meeting to order, said the vote was \u201cthe hardest of my time on the board\u201d.",
    "Hart was calling the police when Lind said "
    "the vote was \u201cthe hardest of my time on the board\u201d.",
])
def test_calling_without_its_own_quote_credits_nothing(text: str) -> None:
    assert [m.speaker for m in _mentions(text)] == ["Ada Lind"]


def test_an_unnamed_writer_set_off_by_a_who_clause_still_speaks() -> None:
    # the pronoun inside the clause is the writer, not someone named before
    text = ("Lind closed the depot in May. On the forum, one user, who says he worked at the depot for nine "
            "years, wrote: \u201cThe roof has leaked every winter since I started there.\u201d")
    found = _mentions(text)
    assert [m.speaker_basis for m in found] == ["unnamed"] and found[0].speaker.startswith("one user")


@pytest.mark.parametrize(("text", "speaker"), [
    # an unnamed person as the object of the subject's verb, then a participle: the subject's words
    ("Hart praised a volunteer, who has run the stall for years, telling reporters: \u201cWithout "
     "people like her this market would close.\u201d", "Bo Hart"),
    ("Lind thanked one supporter, who had driven through the night, saying the campaign was "
     "\u201cbuilt on people like him\u201d.", "Ada Lind"),
    # must not fire: the agent of a passive, or an unnamed person opening the clause
    ("Lind was interrupted by a volunteer, saying the hall was \u201cneeded back by nine for the "
     "brownies\u201d.", "a volunteer"),
    ("Lind left early, and a neighbour, shaking her head, said the plan was \u201cmadness from start to "
     "finish\u201d.", "a neighbour"),
])
def test_a_participle_after_an_unnamed_object_is_the_subjects(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # a passive verb of saying with its agent after "by": the subject is not who speaks
    ("Lind was heckled by a man shouting \u201cResign now, you have failed this town!\u201d", ["a man"]),
    ("Lind was told by officials that the plan was \u201cnot going to happen this side of Christmas\u201d.",
     []),
    # must not fire: a passive without its agent, or a name after "by" who has a verb of their own
    ("Lind was asked whether she would resign: \u201cNever, not while there is work to do.\u201d",
     ["Ada Lind"]),
    ("Hart was praised by Lind, who called him \u201cthe best treasurer this club has ever had\u201d.",
     ["Ada Lind"]),
])
def test_a_passive_verb_with_an_agent_is_not_the_subjects_speech(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # the voice credited verb-first after the quote: "“…,” shouted someone", "“…,” cried a woman"
    ("Lind laughed. "
     "\u201cGo home and take your plans with you,\u201d shouted someone at the back.", "someone"),
    ("Hart smiled. \u201cYou will never get this past the planners,\u201d cried a woman near the door.",
     "a woman"),
    # must not fire: a named speaker after the verb
    ("Lind laughed. "
     "\u201cGo home and take your plans with you,\u201d shouted Hart from the back.", "Bo Hart"),
])
def test_a_voice_credited_verb_first_after_the_quote(text: str, speaker: str) -> None:
    found = _mentions(text)
    assert len(found) == 1 and found[0].speaker.startswith(speaker)


@pytest.mark.parametrize(("text", "speakers"), [
    # a second speaker's clause after ", and" / ", as": each quote to the speaker of its own clause
    ("\u201cI would do it all again tomorrow,\u201d Hart said, and a supporter shouted: \u201cSo would "
     "we!\u201d", ["Bo Hart", "a supporter"]),
    ("\u201cThe numbers simply do not add up,\u201d Lind said, as Hart called the plan \u201ca fantasy "
     "from start to finish\u201d.", ["Ada Lind", "Bo Hart"]),
    # an aside inside the second speaker's clause (", as ever,") is not where that clause opens
    ("Lind said the plan was \u201csound\u201d, and Hart, as ever, called it \u201ca fantasy\u201d.",
     ["Ada Lind", "Bo Hart"]),
    ("\u201cIt is sound,\u201d Lind said, and Hart, as usual, called it \u201ca fantasy\u201d.",
     ["Ada Lind", "Bo Hart"]),
    # must not fire: the same speaker going on after ", and added:"
    ("\u201cI would do it all again tomorrow,\u201d Hart said, and added: \u201cEvery single day of it, if "
     "I had to.\u201d", ["Bo Hart"]),
])
def test_a_second_speakers_clause_after_and_takes_its_own_quote(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # the subject before the colon in the quote's own sentence, not a verb's subject in the one before
    ("Hart conceded defeat to Lind on Friday night. In the hall she thanked her team: \u201cYou gave "
     "everything to this campaign.\u201d", "Ada Lind"),
    ("Lind beat Hart by forty votes. In the hall he thanked his team: \u201cYou gave everything to this "
     "campaign.\u201d", "Bo Hart"),
    # must not fire: no subject of its own before the colon, or only an owner ("Lind's reply")
    ("Lind said she had one thing to add. In the end it came down to this: \u201cKeep the depot open and "
     "keep the jobs.\u201d", "Ada Lind"),
    ("Hart sat down. Lind's reply was blunt: \u201cYou had four years and you did nothing with "
     "them.\u201d", "Ada Lind"),
])
def test_a_colon_in_the_quotes_own_sentence_names_its_speaker(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # one spoken to ("turned to a resident") is not who asks
    ("Lind turned to a resident at the back and asked: \u201cWhere were you when we needed you "
     "most?\u201d", "Ada Lind"),
    # must not fire: the unnamed speaker opening the clause after a fronted phrase with "to"
    ("Speaking to a reporter after the meeting, a resident said: \u201cNobody asked us, not once, in "
     "three years.\u201d", "a resident"),
])
def test_an_unnamed_person_spoken_to_does_not_ask(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text)] == [speaker]


@pytest.mark.parametrize(("text", "not_speaker"), [
    # a role taken only as the last named is no subject of its own before the colon: the returning
    # officer is not Lind (named last, as the object of the sentence before)
    ("Hart beat Lind by forty votes. At the count the returning officer thanked her: \u201cYou ran a clean "
     "race.\u201d", "Ada Lind"),
])
def test_a_colon_in_the_quotes_own_sentence_needs_a_subject_of_its_own(text: str, not_speaker: str) -> None:
    assert not_speaker not in [m.speaker for m in _mentions(text)]


@pytest.mark.parametrize(("text", "not_speaker"), [
    # an unnamed object who speaks in a who-clause of their own is no one spoken to, and the
    # participle inside that clause is theirs, not the subject's
    ("Lind met a man who kept saying \u201cwe want our depot back\u201d.", "Ada Lind"),
])
def test_an_unnamed_objects_own_who_clause_speaks(text: str, not_speaker: str) -> None:
    found = _mentions(text)
    assert found and not_speaker not in [m.speaker for m in found]


@pytest.mark.parametrize(("text", "speakers"), [
    # a passive of telling with its agent before the colon: the agent speaks, not the subject
    ("Hart was told by the judge: \u201cYou will go to prison for what you did.\u201d", ["the judge"]),
    # must not fire: "asked by" (the subject answers)
    ("Hart was asked by reporters whether he would resign: \u201cNever, not while there is work.\u201d",
     ["Bo Hart"]),
])
def test_a_passive_of_telling_before_a_colon_is_the_agents(text: str, speakers: list[str]) -> None:
    assert [m.speaker for m in _mentions(text)] == speakers
