"""Attribution faults found in session 26 on invented text: embedded posts in X's own card form, a
description that names another kind of a configured role, and the other forms below, each with cases
where the rule must not fire."""

import tomllib

import pytest
from quoting_support import CAST, cast, mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config
from components.parse.layout import split_layout

HEAD = ("A Headline About The Depot Vote In Title Case\n\n"
        "The first paragraph of the article tells the story in a long enough sentence to be prose.\n\n")


def _handled() -> CorpusConfig:
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "lind"\nname = "Ada Lind"\naliases = ["Lind", "Ada"]\npronoun = "she"\n'
        'handles = ["@adalind"]\n'
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'))


@pytest.mark.parametrize(("text", "body", "name", "handle"), [
    # X's card as copied: "Name @handle", the post, "time · date" (no year: no signature date)
    ("Lind replied within the hour.\n\nAda Lind @adalind\nThe depot stays open. That is a promise.\n"
     "6:42 PM · Aug 21\n\nHart did not respond.", "The depot stays open. That is a promise.", "Ada Lind",
     "@adalind"),
    ("Lind replied.\n\nAda Lind @adalind\nThe depot stays open, whatever the board says.\n"
     "9:05 AM · Mar 3, 2026\n\nHart did not respond.", "The depot stays open, whatever the board says.",
     "Ada Lind", "@adalind"),
])
def test_an_embedded_post_with_a_bare_handle_is_a_card(text: str, body: str, name: str, handle: str) -> None:
    tweets = split_layout(HEAD + text).tweets
    assert [(t.body, t.name, t.handle) for t in tweets] == [(body, name, handle)]
    found = [m for m in mentions_in(text, _handled()) if m.text.startswith(body[:12])]
    assert found and found[0].speaker == "Ada Lind" and found[0].speaker_basis == "signature"


@pytest.mark.parametrize("text", [
    # must not fire: a day without a year and no time is no card's date
    "Lind replied.\n\nAda Lind @adalind\nThe depot stays open. That is a promise.\nAug 21\n\n"
    "Hart did not respond.",
    # must not fire: a sentence that mentions a handle is no card's head
    "Lind replied.\n\nFollow the campaign at @adalind\nThe depot stays open. That is a promise.\n"
    "6:42 PM · Aug 21\n\nHart did not respond.",
])
def test_no_card_without_its_head_and_date(text: str) -> None:
    assert split_layout(HEAD + text).tweets == ()


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # another kind of director than the configured "site director": someone unnamed
    ("Hart was at the depot on Friday.\n\nThe county's finance director added: \u201cThe money for the roof "
     "is not there this year.\u201d", "money for the roof", "The county's finance director"),
    # must not fire: the role noun alone, or the configured kind with a qualifier, is the configured person
    ("Hart was at the depot on Friday.\n\n\u201cThe roof will be fixed before the winter,\u201d the director "
     "said.", "roof will be fixed", "Bo Hart"),
    ("Lind spoke first.\n\n\u201cThe roof will be fixed before the winter,\u201d the embattled site director "
     "said.", "roof will be fixed", "Bo Hart"),
    ("Lind spoke first.\n\n\u201cThe roof will be fixed before the winter,\u201d the former site director "
     "said.", "roof will be fixed", "Bo Hart"),
])
def test_a_description_of_another_kind_of_role(text: str, phrase: str, speaker: str) -> None:
    config = cast("lind", "hart", descriptors={"hart": ["the site director"]})
    assert speaker_of(text, phrase, config) == speaker


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in mentions_in(text, CAST)]


@pytest.mark.parametrize(("text", "title"), [
    ("Lind's history of the yard, \u201cRust: A Century on the Quay\u201d, is out in May. Hart wrote the "
     "preface.", "Rust: A Century on the Quay"),
    ("At the open day a brass band played \u201cThe March of the Depot Men\u201d, written for it.",
     "The March of the Depot Men"),
    ("Lind was relaxed on \u201cThe Sunday Sofa\u201d last night, joking about the vote.", "The Sunday Sofa"),
    ("On this week's episode of \u201cYard Talk Weekly\u201d, Hart asked Lind about the vote.",
     "Yard Talk Weekly"),
])
def test_words_styled_as_a_title_are_nobodys_statement(text: str, title: str) -> None:
    assert not [m for m in mentions_in(text, CAST) if title in m.text]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: a credit after the quote makes capitalised words someone's
    ("At the gates, \u201cSave Our Depot Now\u201d shouted Hart, over and over.", "Save Our Depot",
     "Bo Hart"),
    # must not fire: a sentence (lower-case words, a stop) is a statement
    ("Hart spoke after the vote. \u201cKeep the depot open for the town,\u201d he said.", "Keep the depot",
     "Bo Hart"),
    ("The rally was loud. \u201cHands Off Our Town Depot,\u201d Hart told the crowd.", "Hands Off",
     "Bo Hart"),
])
def test_capitalised_words_with_a_credit_stay_statements(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_a_quote_that_is_its_whole_paragraph_is_never_a_scare_quote() -> None:
    # a letter quoted over paragraphs, its salutation two words on a line of its own
    text = ("In a letter to members sent on Sunday, Hart set out the next steps.\n\n\u201cDear all,\n\n"
            "\u201cThis has been the hardest month the depot has known. Many of you lost shifts.\n\n"
            "\u201cWe have instructed solicitors and we will not settle.\n\n"
            "\u201cSee you at the gates, Bo.\u201d")
    found = mentions_in(text, CAST)
    assert [m.text for m in found][0] == "Dear all"
    assert {m.speaker for m in found} == {"Bo Hart"} and len(found) == 4


@pytest.mark.parametrize("text", [
    # must not fire: one or two quoted words inside prose stay scare quotes
    "The \u201creform\u201d was dropped after a week, to nobody's surprise.",
    "The so-called \u201csafety review\u201d was never published, Hart said.",
])
def test_short_quotes_inside_prose_stay_scare_quotes(text: str) -> None:
    assert not [m for m in mentions_in(text, CAST) if m.text in ("reform", "safety review")]


def test_untagged_quotes_after_a_reported_question_alternate() -> None:
    text = ("Ada Lind gave evidence for an hour.\n\n"
            "Mr Quill asked her when she had first seen the survey.\n\n"
            "\u201cIn the March after the fire.\u201d\n\n\u201cNot earlier?\u201d\n\n"
            "\u201cNo. Nobody showed it to me.\u201d\n\n\u201cShould they have?\u201d\n\n\u201cYes.\u201d")
    assert [m.speaker for m in mentions_in(text, CAST)] == [
        "Ada Lind", "Tam Quill", "Ada Lind", "Tam Quill", "Ada Lind"]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # must not fire: asked about a thing, nobody asked; the quote is the subject's, as before
    ("Hart asked about the roof on Friday.\n\n"
     "\u201cIt has leaked for three winters now and nobody came.\u201d",
     "leaked for three", "Bo Hart"),
    # must not fire: a paragraph of prose between ends the exchange
    ("Ada Lind was called.\n\nMr Quill asked her about the survey.\n\n\u201cI never saw it.\u201d\n\n"
     "Hart then gave evidence about the lease.\n\n\u201cI signed it in good faith and I stand by it.\u201d",
     "good faith", "Bo Hart"),
])
def test_no_exchange_without_a_reported_question_just_before(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


_LINED = ("Bo Hart spoke to us from the depot office on Monday, a week after the vote.\n\n"
          "How are you feeling?\nTired. I slept for most of Sunday and I still have not caught up.\n\n"
          "Will you stand again?\nI don't know yet. The family gets a say first.\n\n"
          "What do you want from the council?\nAn answer, in writing, before the winter.")


def test_a_printed_interview_with_questions_on_the_line_above_unquoted_answers() -> None:
    found = mentions_in(_LINED, CAST)
    assert [(m.speaker, m.text.split(".")[0]) for m in found] == [
        ("Bo Hart", "Tired"), ("Bo Hart", "I don't know yet"),
        ("Bo Hart", "An answer, in writing, before the winter")]


@pytest.mark.parametrize("text", [
    # must not fire: nothing says it is an interview
    _LINED.replace("spoke to us from the depot office", "was at the depot office"),
    # must not fire: an explainer's questions, not put to "you", answered by the newsroom
    ("Hart spoke to us about the vote.\n\nWhat happens next?\nThe council meets in May to set a date.\n\n"
     "Who pays for the roof?\nThe county pays, under the 2019 agreement."),
])
def test_no_printed_interview_without_its_cue_or_its_you(text: str) -> None:
    assert not [m for m in mentions_in(text, CAST) if m.kind == "interview"]


@pytest.mark.parametrize(("credit", "speaker"), [
    ("said four-time US champion Kerry Doane.", "Kerry Doane"),
    ("said two-time world champion Kerry Doane.", "Kerry Doane"),
    ("said club captain Kerry Doane.", "Kerry Doane"),
])
def test_a_title_with_numbers_and_initials_before_a_name_after_the_verb(credit: str, speaker: str) -> None:
    text = ("Hart has drawn a wave of support from abroad.\n\n\u201cWhat happened to him could happen at any "
            f"depot in the country,\u201d {credit}")
    assert speaker_of(text, "What happened to him") == speaker


@pytest.mark.parametrize(("credit", "speaker"), [
    ("So says club president Marc Thibodeau, who read about the vote on a trip.", "Marc Thibodeau"),
    ("So says union organiser Bo Hart, who was there.", "Bo Hart"),
    # must not fire: no title before the name, or not a person's full name, credits nobody unknown
    ("So says the Met Office, which expects more rain.", None),
    ("So says the head of the Tenants Union, Marc Thibodeau.", None),
])
def test_so_says_a_title_and_a_full_name(credit: str, speaker: str | None) -> None:
    text = ("A club in Toronto has started publishing its own readings.\n\n"
            "\u201cIf it can happen at a depot in the English Lake District, it can happen at one on "
            "Lake Ontario.\u201d\n\n" + credit)
    found = [m.speaker for m in mentions_in(text, CAST) if m.text.startswith("If it can happen")]
    assert found == ([speaker] if speaker else [])


def test_a_quoted_sentence_standing_alone_is_no_subheading() -> None:
    text = ("A club has started publishing its own readings.\n\n\u201cWe swam in Lake Ontario.\u201d\n\n"
            "The club meets on Sundays at the lake, whatever the weather, and swims a mile.")
    assert "\u201cWe swam in Lake Ontario.\u201d" in split_layout(HEAD + text).paragraphs
    # must not fire: a subheading in title case is still no paragraph
    text = ("A club has started publishing its own readings.\n\nThe Fight For Lake Ontario\n\n"
            "The club meets on Sundays at the lake, whatever the weather, and swims a mile.")
    assert "The Fight For Lake Ontario" not in split_layout(HEAD + text).paragraphs


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # someone met in a sentence about their mood: the pronoun of the quote after it is theirs
    ("Lind posted her thanks on Sunday.\n\nAt the gates, one regular was less forgiving. \u201cThanks for "
     "what?\u201d she asked. \u201cThe roof still leaks.\u201d", "Thanks for what", "one regular"),
    ("Hart spoke first.\n\nA neighbour was blunter. \u201cNobody asked us about any of it,\u201d he said.",
     "Nobody asked us", "a neighbour"),
    # must not fire: a thing, not a person, is no one met
    ("Lind spoke first.\n\nA decision was expected. \u201cWe will wait for it as long as it takes,\u201d she "
     "said.", "We will wait", "Ada Lind"),
    # must not fire: the person met was named, so the pronoun is theirs as before
    ("Hart came to the gates.\n\nLind was less forgiving. \u201cThanks for nothing, then,\u201d she said.",
     "Thanks for nothing", "Ada Lind"),
])
def test_someone_met_in_a_sentence_of_their_mood(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def _with_depot_company() -> CorpusConfig:
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
        '[[sides]]\nid = "depot"\nname = "Quayside Depots"\naliases = ["Quayside"]\npronoun = "it"\n'
        'descriptors = ["the company"]\n'))


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Quayside's head of communications, Jo Reed, read a short statement on the company's behalf outside "
     "the depot.", "Quayside Depots"),
    ("Jo Reed, a spokesman, read a short statement on Quayside's behalf outside the depot.",
     "Quayside Depots"),
    ("Quayside's head of communications, Jo Reed, read a short statement on its behalf outside the depot.",
     "Quayside Depots"),
    # must not fire: no statement read for anyone; the speaker's own words as before
    ("Quayside's head of communications, Jo Reed, spoke briefly outside the depot.", "Jo Reed"),
])
def test_a_statement_read_on_an_organisations_behalf(lead: str, speaker: str) -> None:
    verb = "read" if "statement" in lead else "said"
    text = (f"{lead}\n\n\u201cThe board accepts the verdict of the court in full,\u201d he {verb}. "
            "\u201cBo Hart keeps the board's confidence.\u201d")
    found = [m for m in mentions_in(text, _with_depot_company()) if m.text.startswith("The board accepts")]
    assert found and found[0].speaker == speaker


def test_a_possessive_name_before_a_colon_leaves_out_the_noun_given_before() -> None:
    text = ("Lind's verdict on the survey: \u201cThorough, fair and hard reading for us all.\u201d\n\n"
            "Hart's: \u201cNine pages. We would have settled for one, if it was the right one.\u201d")
    assert [m.speaker for m in mentions_in(text, CAST)] == ["Ada Lind", "Bo Hart"]
    # must not fire: a possessive with its own noun that is no speech ("Lind's flyer") speaks for nobody
    text = ("Hart spoke at the gates.\n\nThe headline on Lind's flyer: \u201cNine pages and not one of them "
            "about the roof we were promised.\u201d")
    assert [m.speaker for m in mentions_in(text, CAST)] == []


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a speech verb reported without a quote, then another's gesture in a sentence of its own, then the quote
    ("Hart asked Lind whether she had seen the survey.\n\nLind said she had not. Hart pressed on. "
     "\u201cThen who at the depot is paid to see it?\u201d", "Then who", "Bo Hart"),
    ("Lind told the meeting she had written twice. Hart shrugged. \u201cI never got a single letter from "
     "anyone.\u201d", "never got", "Bo Hart"),
    # must not fire: the gesture is the speaker's own
    ("Lind said she had written twice. Lind shrugged. \u201cNobody at the depot ever wrote back to me.\u201d",
     "Nobody at the depot", "Ada Lind"),
    # must not fire: the quote's own credit after it decides
    ("Lind said she had not. Hart pressed on. \u201cThen who is paid to see it?\u201d Lind replied: "
     "\u201cThe depot manager is.\u201d", "The depot manager", "Ada Lind"),
])
def test_another_persons_gesture_between_a_report_and_the_quote(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    ("Hart spoke first.\n\nThe Depot Workers Federation, a trade body, said its members "
     "\u201csupport the new rules\u201d.", "support the new rules", "The Depot Workers Federation"),
    ("Hart spoke first.\n\nThe Quayside Tenants Association said: \u201cWe support the new rules in full and "
     "always have.\u201d", "We support", "The Quayside Tenants Association"),
    # must not fire: a body after a preposition does not speak; the subject does
    ("Lind wrote to the Depot Workers Federation and said: \u201cWe will not wait another winter for a "
     "roof.\u201d", "another winter", "Ada Lind"),
])
def test_a_body_the_config_does_not_know_speaks_for_itself(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker


def test_a_body_of_the_cast_is_named_not_unknown() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "fed"\nname = "Depot Workers Federation"\naliases = ["the federation"]\n'
        'pronoun = "it"\n[[sides]]\nid = "hart"\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'))
    text = ("Hart spoke first.\n\nThe Depot Workers Federation said: \u201cWe support the new rules in "
            "full and always have.\u201d")
    assert speaker_of(text, "We support", config) == "Depot Workers Federation"


@pytest.mark.parametrize(("text", "speaker"), [
    ("As a swimmer I know put it to me on the jetty: \u201cThey are not selling water, they are selling the "
     "right to dump in it.\u201d", "a swimmer I know"),
    ("One mother we spoke to said: \u201cThey are not selling water, they are selling the right to dump in "
     "it.\u201d", "one mother"),
    # must not fire: a name is the one who puts it so
    ("As Hart put it to me on the jetty: \u201cThey are not selling water, they are selling the right to "
     "dump in it.\u201d", "Bo Hart"),
])
def test_someone_met_by_a_clause_without_who(text: str, speaker: str) -> None:
    assert speaker_of("Lind spoke first.\n\n" + text, "not selling water") == speaker


def _mr_vance() -> CorpusConfig:
    return parse_config(tomllib.loads(
        '[[sides]]\nid = "reed"\nname = "Ada Reed"\naliases = ["Reed"]\npronoun = "she"\n'
        '[[sides]]\nid = "vance"\nname = "Tom Vance"\naliases = ["Mr Vance"]\npronoun = "he"\n'))


def test_lines_tagged_with_their_speaker_in_brackets() -> None:
    text = ("From the documentary, English subtitles as broadcast.\n\n"
            "[VANCE] We never thought the roof would go that winter.\n\n"
            "Nobody had checked it for years, not once.\n\n[Reed] It went, and we all knew it would go.\n\n"
            "[Vance] Nobody told us anything at all.")
    assert [(m.speaker, m.text) for m in mentions_in(text, _mr_vance())] == [
        ("Tom Vance", "We never thought the roof would go that winter."),
        ("Tom Vance", "Nobody had checked it for years, not once."),
        ("Ada Reed", "It went, and we all knew it would go."),
        ("Tom Vance", "Nobody told us anything at all.")]


@pytest.mark.parametrize("text", [
    # must not fire: one tagged line is no transcript
    "From the documentary.\n\n[Vance] We never thought the roof would go that winter.\n\nIt did.",
    # must not fire: stage directions name nobody known
    "From the documentary.\n\n[Laughter] We never thought it would go.\n\n[Applause] It went, as it does.",
])
def test_no_bracketed_speakers_without_two_tags_and_a_known_name(text: str) -> None:
    assert not [m for m in mentions_in(text, _mr_vance()) if m.kind == "interview"]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # the config names him "Mr Vance"; reports write "Vance" after the first mention
    ("Mr Vance arrived late.\n\n\u201cWe never thought the roof would go that winter,\u201d Vance said.",
     "roof would go", "Tom Vance"),
    ("Reed spoke first.\n\nVance disagreed. \u201cNobody told us anything at all, ever,\u201d Vance said.",
     "Nobody told us", "Tom Vance"),
])
def test_a_bare_surname_when_the_config_gives_a_title(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase, _mr_vance()) == speaker


def test_no_bare_surname_another_person_goes_by() -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "a"\nname = "Tom Vance"\naliases = ["Mr Vance"]\npronoun = "he"\n'
        '[[sides]]\nid = "b"\nname = "Ada Vance"\naliases = ["Ada"]\npronoun = "she"\n'))
    text = "Ada spoke first.\n\n\u201cWe never thought the roof would go that winter,\u201d Vance said."
    assert "Tom Vance" not in [m.speaker for m in mentions_in(text, config)]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a relative who shares the surname is not the person the config knows
    ("Vance was not at the hearing.\n\nHis wife, Mary Vance, said: \u201cHe has not slept since the roof "
     "went.\u201d", "has not slept", "Mary Vance"),
    ("Vance was not at the hearing.\n\nMary Vance, his wife, said: \u201cHe has not slept since the roof "
     "went.\u201d\n\n\u201cI will speak when I am ready,\u201d Vance said later.", "speak when", "Tom Vance"),
    ("Vance was not at the hearing.\n\n\u201cHe has not slept since the roof went,\u201d his wife said.",
     "has not slept", "his wife"),
    # must not fire: his own first name, a title, a verb or a short form before the surname is still him
    ("Reed spoke.\n\nTom Vance said: \u201cNobody told us a thing about the roof.\u201d", "Nobody told",
     "Tom Vance"),
    ("Reed spoke.\n\nSaid Vance: \u201cNobody told us a thing about the roof.\u201d", "Nobody told",
     "Tom Vance"),
    ("Reed spoke.\n\nCouncillor Vance said: \u201cNobody told us a thing about the roof.\u201d",
     "Nobody told", "Tom Vance"),
    ("Reed spoke.\n\nTommy Vance said: \u201cNobody told us a thing about the roof.\u201d", "Nobody told",
     "Tom Vance"),
])
def test_a_namesake_by_another_first_name_is_someone_else(text: str, phrase: str, speaker: str) -> None:
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "reed"\nname = "Ada Reed"\naliases = ["Reed"]\npronoun = "she"\n'
        '[[sides]]\nid = "vance"\nname = "Tom Vance"\naliases = ["Vance"]\npronoun = "he"\n'))
    assert speaker_of(text, phrase, config) == speaker


def test_a_short_word_of_a_title_case_line_is_no_first_name() -> None:
    text = ("Lind answered our questions by phone.\n\nQ: Have You Spoken To Hart?\n\n"
            "A: Once. He said, \u201cI will appeal the ruling by the end of the week.\u201d That was all.\n\n"
            "Q: Will you appeal?\n\nA: No. The vote was fair from the very start.")
    assert "Bo Hart" in [m.speaker for m in mentions_in(text, CAST)]


def test_an_epithet_before_a_surname_is_no_relative() -> None:
    # must not fire: a tabloid's word before the surname, no relative in sight
    text = "Reed spoke first.\n\nHeartbroken Vance said: \u201cNobody told us a thing about the roof.\u201d"
    config = parse_config(tomllib.loads(
        '[[sides]]\nid = "vance"\nname = "Tom Vance"\naliases = ["Vance"]\npronoun = "he"\n'))
    assert speaker_of(text, "Nobody told", config) == "Tom Vance"


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # "quotes X as saying" reports X's words, however short
    ("Sir, \u2014 Your report quotes Hart as saying the depot roof was \u201cperfectly sound\u201d. Then the "
     "survey is wrong.", "perfectly sound", "Bo Hart"),
    # the participle of saying is the clause subject's, not its object's
    ("Lind rang Hart on Friday, saying the roof was \u201cperfectly sound\u201d.", "perfectly sound",
     "Ada Lind"),
    # must not fire: two subjects joined by "and" speak together; a name alone before it is its own
    ("Lind and Hart met on Friday, saying the roof was \u201cperfectly sound and safe\u201d.",
     "perfectly sound", "Ada Lind and Bo Hart"),
    ("Hart, saying the roof was \u201cperfectly sound and safe\u201d, left early.", "perfectly sound",
     "Bo Hart"),
    ("Lind was interrupted by Hart, saying the roof was \u201cperfectly sound and safe\u201d.",
     "perfectly sound", "Bo Hart"),
])
def test_saying_reports_its_subjects_words(text: str, phrase: str, speaker: str) -> None:
    assert speaker_of(text, phrase) == speaker
