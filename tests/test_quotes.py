"""Attribution as journalists write it, and tweets: speaker and reason for each mention."""

import tomllib

import pytest

from components.core.config import CorpusConfig, parse_config
from components.parse.layout import split_layout
from components.parse.quotes import Mention, extract_mentions, find_quotes

CONFIG = parse_config(tomllib.loads("""
[[sides]]
id = "damon"
name = "Matt Damon"
aliases = ["Damon"]
pronoun = "he"
descriptors = ["the Downsizing actor"]

[[sides]]
id = "milano"
name = "Alyssa Milano"
aliases = ["Milano"]
handles = ["@Alyssa_Milano"]
pronoun = "she"

[[people]]
name = "Harvey Weinstein"
aliases = ["Weinstein"]
pronoun = "he"

[[people]]
name = "Dana Reyes"
aliases = ["Reyes", "Northwind"]
pronoun = "she"
"""))


# A headline and a first paragraph of prose, so what follows is article text.
_HEAD = (" date 2017-12-16\nA Headline About The Story In Title Case\n\nThe first paragraph of the "
         "article tells the story in a long enough sentence to be prose.\n\n")


def _mentions(text: str, config: CorpusConfig = CONFIG) -> list[Mention]:
    descriptors = {s.person.name: s.descriptors for s in config.sides}
    return extract_mentions("d", split_layout(_HEAD + text), config.everyone, descriptors)


def _only(text: str) -> Mention:
    found = [m for m in _mentions(text) if m.kind != "tweet" or m.speaker_basis != "signature"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "speaker", "reason"), [
    ('Damon told Travers: "There is a spectrum of behaviour here."', "Matt Damon", "named before 'told'"),
    ('Milano spoke on Friday.\n\nShe went on: "We are not outraged because of one picture."',
     "Alyssa Milano", "pronoun 'She' → Alyssa Milano"),
    ('Milano sat down.\n\n"I got into this because I jumped off the roof," she started off.',
     "Alyssa Milano", "pronoun 'she'"),
    ('"Nobody is asking for a trophy here," said Damon.', "Matt Damon", "named after 'said'"),
    ('Milano wrote in a post that "this is all one spectrum of harm."', "Alyssa Milano",
     "named before 'wrote in a post'"),
    ('Milano fired back: "It is the micro that makes the macro."', "Alyssa Milano",
     "named before 'fired back'"),
])
def test_reporting_verbs_and_colon_forms(text: str, speaker: str, reason: str) -> None:
    mention = _only(text)
    assert (mention.speaker, mention.speaker_basis in {"named", "pronoun"}) == (speaker, True)
    assert mention.speaker_reason.startswith(reason)


def test_unnamed_spokesperson_is_never_the_named_company_person() -> None:
    mention = _only('Reyes founded the firm. A spokesperson for Northwind said the company "regrets '
                    'the delay and will publish the report."')
    assert mention.speaker == "a spokesperson for Northwind"
    assert mention.speaker_reason.startswith("unnamed: a spokesperson for Northwind")


@pytest.mark.parametrize(("text", "speaker"), [
    ('Damon spoke on Thursday. "He is fine with that and so are we," a source close to Damon said.',
     "a source close to Damon"),
    ('"We have nothing more to add on this," according to a representative for Milano.',
     "a representative for Milano"),
    ('A rep for Damon told us the actor "meant no disrespect to anyone at all."', "a rep for Damon"),
])
def test_unnamed_speakers_are_their_own_speaker(text: str, speaker: str) -> None:
    mention = _only(text)
    assert mention.speaker == speaker and mention.speaker_basis == "unnamed"


def test_the_insider_refers_back_to_the_unnamed_source() -> None:
    found = _mentions('"She is hurt by all of it," a source close to Milano told us.\n\n'
                      'The insider went on: "She will not fight him online at all."')
    assert [m.speaker for m in found] == ["a source close to Milano", "a source close to Milano"]


def test_config_descriptor_resolves_even_when_another_man_was_named_last() -> None:
    mention = _only('Damon spoke about Weinstein. "There is a spectrum of behavior," the Downsizing '
                    'actor said.')
    assert mention.speaker == "Matt Damon"
    assert "descriptor 'the Downsizing actor' → Matt Damon" in mention.speaker_reason


def test_apposition_makes_a_descriptor_for_that_document() -> None:
    config = parse_config(tomllib.loads('[[sides]]\nid = "a"\nname = "Wes Harlan"\naliases = ["Harlan"]\n'
                                        'pronoun = "he"\n[[sides]]\nid = "b"\nname = "Ruth Cole"\n'
                                        'pronoun = "she"'))
    text = ("Harlan, the veteran director, met Ruth Cole.\n\n"
            '"Nobody has saved more films than her," the veteran director said.')
    found = _mentions(text, config)
    assert [(m.speaker, "descriptor 'the veteran director' → Wes Harlan" in m.speaker_reason)
            for m in found] == [("Wes Harlan", True)]


def test_a_quote_without_a_speech_verb_is_weak() -> None:
    mention = _only('Milano and the picture. "We are outraged because we were made to feel this was normal."')
    assert mention.speaker == "Alyssa Milano" and mention.speaker_basis == "weak"
    assert "no speech verb" in mention.speaker_reason


@pytest.mark.parametrize(("para", "quotes"), [
    ("She wrote: 'With respect, Rory, your knees are fine because someone else's aren't.'",
     ["With respect, Rory, your knees are fine because someone else's aren't."]),
    ("He said stunt teams ‘are part of a team, and a team doesn’t need its own trophy’.",
     ["are part of a team, and a team doesn’t need its own trophy"]),
    ("It's Hollywood's rule and the players' union's too.", []),
    ('She said "it\'s the micro" and \'more\'.', ["it's the micro"]),
])
def test_single_quotes_in_uk_style_with_apostrophes(para: str, quotes: list[str]) -> None:
    assert [q for _, _, q in find_quotes(para)] == quotes


def test_uk_single_quote_statement_is_attributed() -> None:
    mention = _only("Castellane's co-star Milano added: 'I'd hand them my trophy, honestly.'")
    assert (mention.speaker, mention.text) == ("Alyssa Milano", "I'd hand them my trophy, honestly.")


@pytest.mark.parametrize(("text", "name", "handle", "date", "body"), [
    ("Reyes weighed in too:\n\nThe team did the hardest work on that set.\n\n"
     "— Dana Reyes (@danareyes) March 15, 2019", "Dana Reyes", "@danareyes", "March 15, 2019",
     "The team did the hardest work on that set."),
    ("no lessons over here. just songs.\n— @daxpell", "@daxpell", "@daxpell", "",
     "no lessons over here. just songs."),
    ("the way some people turn a breakup into a plan\npic.twitter.com/Lm3PqR7xZa\n— Jo Reid (@joreid)",
     "Jo Reid", "@joreid", "", "the way some people turn a breakup into a plan"),
    ("Milano answered.\n\nIt is the micro that makes the macro.\n\n— Alyssa Milano (@Alyssa_Milano)",
     "Alyssa Milano", "@Alyssa_Milano", "", "It is the micro that makes the macro."),
    ("It is all one thing. — (@Alyssa_Milano)", "Alyssa Milano", "@Alyssa_Milano", "",
     "It is all one thing."),
    # a British reader's embed dates day first; a t.co link to the picture is dropped like pic.twitter.com
    ("the way some people turn a breakup into a plan https://t.co/Lm3PqR7xZa\n\n— Jo Reid (@joreid) "
     "3 March 2024", "Jo Reid", "@joreid", "3 March 2024", "the way some people turn a breakup into a plan"),
])
def test_tweet_signatures(text: str, name: str, handle: str, date: str, body: str) -> None:
    tweets = [m for m in _mentions(text) if m.speaker_basis == "signature"]
    assert [(m.speaker, m.handle, m.signature_date, m.text) for m in tweets] == [(name, handle, date, body)]
    assert tweets[0].speaker_reason.startswith("tweet signature")


def test_a_signature_line_is_not_the_title() -> None:
    layout = split_layout("Milano answered.\n\nIt is the micro that makes the macro.\n\n"
                          "— Alyssa Milano (@Alyssa_Milano)\n")
    assert "@Alyssa_Milano" not in layout.title and len(layout.tweets) == 1


def test_an_undated_tweet_takes_the_articles_date_words() -> None:
    tweets = [m for m in _mentions("Milano tweeted on Dec. 15:\n\nIt is the micro that makes the macro.\n\n"
                                   "— Alyssa Milano (@Alyssa_Milano)")
              if m.speaker_basis == "signature"]
    assert tweets[0].date_expr is not None and tweets[0].date_expr.phrase == "Dec. 15"


def test_a_paragraph_quoting_two_people_gives_each_their_own_words() -> None:
    found = _mentions('Milano spoke first. "It was never about one picture," Milano had written. '
                      'Damon said: "There is a spectrum and we should talk about it."')
    assert [(m.speaker, m.text, m.part) for m in found] == [
        ("Alyssa Milano", "It was never about one picture", 0),
        ("Matt Damon", "There is a spectrum and we should talk about it.", 1)]


# ---- a paragraph that is all quote goes on with the previous paragraph's speaker ----

def test_a_paragraph_of_only_quote_continues_the_previous_speaker() -> None:
    found = _mentions('"Nobody here wanted a trophy for falling off roofs," Damon told the panel.\n\n'
                      '"Crews managed for decades without one, and the work was never worse for it."')
    assert [(m.speaker, m.paragraph) for m in found] == [("Matt Damon", 1), ("Matt Damon", 2)]
    assert found[1].speaker_basis == "continuation"
    assert found[1].speaker_reason.startswith("continues Matt Damon's quote in the previous paragraph")
    assert found[1].text == "Crews managed for decades without one, and the work was never worse for it."


def test_a_continued_unnamed_speaker_stays_unnamed() -> None:
    found = _mentions('"She is hurt by all of it," a source close to Milano told us.\n\n'
                      '“She will not answer him online, and she has said so to everyone.”')
    assert [m.speaker for m in found] == ["a source close to Milano"] * 2


@pytest.mark.parametrize("between", [
    # narration that names someone else stands between the quote and the quoted paragraph
    "Weinstein has not commented on the panel or on anything said there.\n\n",
    # narration naming nobody: the quote no longer directly follows
    "The panel ran for two hours and ended without a vote on anything.\n\n",
])
def test_a_quoted_paragraph_after_narration_is_not_a_continuation(between: str) -> None:
    found = _mentions('"Nobody here wanted a trophy for falling off roofs," Damon told the panel.\n\n'
                      f'{between}"Crews managed for decades without one, and the work was never worse."')
    assert [m.speaker for m in found] == ["Matt Damon"]


def test_a_quote_with_words_of_narration_is_not_a_continuation() -> None:
    found = _mentions('"Nobody here wanted a trophy for falling off roofs," Damon told the panel.\n\n'
                      'Then came "a long silence, and then the crews started clapping at the back."')
    assert all(m.speaker_basis != "continuation" for m in found)


@pytest.mark.parametrize(("open_mark", "close_mark"), [("“", "”"), ('"', '"')])
def test_a_quote_running_over_paragraphs_is_closed_and_continued(open_mark: str, close_mark: str) -> None:
    # a quote over several paragraphs: each opens with a mark, only the last one closes
    found = _mentions(f"Damon told the panel: {open_mark}Nobody wanted a trophy for falling off roofs.\n\n"
                      f"{open_mark}Crews managed for decades without one, and the work was never worse.\n\n"
                      f"{open_mark}We should stop asking for it.{close_mark}")
    assert [(m.speaker, m.paragraph, m.speaker_basis) for m in found] == [
        ("Matt Damon", 1, "named"), ("Matt Damon", 2, "continuation"), ("Matt Damon", 3, "continuation")]
    assert found[0].text == "Nobody wanted a trophy for falling off roofs."


def test_an_unclosed_mark_before_narration_opens_no_quote() -> None:
    found = _mentions("Damon told the panel: “Nobody here wanted a trophy for falling off roofs.\n\n"
                      "The panel ran for two hours and ended without a vote on anything at all.")
    assert found == []


_POST = "Milano answered on Instagram on Friday.\n\nView this post on Instagram\n\n"


@pytest.mark.parametrize(("text", "date", "body"), [
    (_POST + "It is the micro that makes the macro. #spectrum\n\n"
     "A post shared by Alyssa Milano (@milano_alyssa) on Dec 15, 2017 at 10:04am PST", "Dec 15, 2017",
     "It is the micro that makes the macro. #spectrum"),
    # the caption and the signature in one paragraph, no date; a handle alone that spells her name
    (_POST + "It is the micro that makes the macro.\nA post shared by Alyssa Milano (@milano.alyssa)", "",
     "It is the micro that makes the macro."),
    (_POST + "It is the micro that makes the macro.\n\nA post shared by @alyssa_milano_ on December 15, 2017",
     "December 15, 2017", "It is the micro that makes the macro."),
])
def test_instagram_post_signatures(text: str, date: str, body: str) -> None:
    posts = [m for m in _mentions(text) if m.speaker_basis == "signature"]
    assert [(m.speaker, m.kind, m.text) for m in posts] == [("Alyssa Milano", "tweet", body)]
    assert posts[0].speaker_reason.startswith("Instagram post signature")
    assert posts[0].signature_date.endswith(date)


def test_an_instagram_embed_without_its_caption_takes_no_article_paragraph() -> None:
    text = (_POST + "A post shared by Alyssa Milano (@milano_alyssa) on Dec 15, 2017 at 10:04am PST\n\n"
            "The post drew thousands of replies within the hour, most of them from her fans.")
    layout = split_layout(_HEAD + text)
    assert layout.tweets == () and not any("A post shared" in p for p in layout.paragraphs)
    assert [m for m in _mentions(text) if m.speaker_basis == "signature"] == []


def test_a_handle_that_spells_a_name_two_people_share_names_nobody() -> None:
    config = parse_config(tomllib.loads('[[sides]]\nid = "a"\nname = "Jo Reid"\n\n[[sides]]\nid = "b"\n'
                                        'name = "Jo Reid-Smith"\naliases = ["Jo Reid"]\n'))
    text = _POST + "The caption of the post is here in full.\n\nA post shared by @joreid on December 15, 2017"
    assert [m.speaker for m in _mentions(text, config) if m.speaker_basis == "signature"] == ["@joreid"]


@pytest.mark.parametrize(("sound", "name"), [("original sound - Alyssa Milano", "Alyssa Milano"),
                                             ("Flowers - Miley Cyrus", "@alyssa_milano")])
def test_a_tiktok_embed_is_a_post_of_its_handle(sound: str, name: str) -> None:
    text = f"@alyssa_milano It is the micro that makes the macro. #metoo \u266c {sound}"
    posts = [m for m in _mentions(text) if m.speaker_basis == "signature"]
    assert [(m.speaker, m.text) for m in posts] == [
        ("Alyssa Milano", "It is the micro that makes the macro. #metoo")]
    assert posts[0].speaker_reason.startswith("TikTok post") and (name in posts[0].speaker_reason)


@pytest.mark.parametrize("signature", [
    "A post shared by Alyssa Milano \u2728 (@milanoalyssa)",
    "A post shared by ALYSSA MILANO (@alyssa.milano)",
    "A photo posted by Alyssa Milano (@alyssamilano) on Jan 5, 2016 at 10:04am PST",
    "A post shared by Alyssa Milano (@alyssamilano) on 15 Dec 2017 at 10:04",
])
def test_post_signature_variants_find_the_known_person(signature: str) -> None:
    posts = [m for m in _mentions(_POST + f"It is the micro that makes the macro.\n\n{signature}")
             if m.speaker_basis == "signature"]
    assert [m.speaker for m in posts] == ["Alyssa Milano"]


def test_a_post_signature_under_article_prose_credits_no_post() -> None:
    text = ("Milano shared a photo of the crowd outside the meeting on Friday evening.\n"
            "A post shared by Alyssa Milano (@milanoalyssa) on Dec 15, 2017 at 10:04am PST")
    assert [m for m in _mentions(text) if m.speaker_basis == "signature"] == []


def test_a_post_from_before_the_embed_header_signs_its_caption_and_two_embeds_in_a_block_are_two() -> None:
    old = ("Proud of our teachers tonight. The fight goes on. #springfield\n"
           "A post shared by Alyssa Milano (@alyssamilano) on Dec 15, 2017 at 10:04am PST")
    assert [m.speaker for m in _mentions(old) if m.speaker_basis == "signature"] == ["Alyssa Milano"]
    two = ("Milano answered that night.\nView this post on Instagram\nIt is the micro that makes the macro.\n"
           "A post shared by Alyssa Milano (@alyssamilano)\nView this post on Instagram\n"
           "A spectrum of nonsense.\n"
           "A post shared by Matt Damon (@mattdamon)")
    posts = [(m.speaker, m.text) for m in _mentions(two) if m.speaker_basis == "signature"]
    assert posts == [("Alyssa Milano", "It is the micro that makes the macro."),
                     ("Matt Damon", "A spectrum of nonsense.")]


CLUB_AND_TRUST = parse_config({"people": [
    {"name": "Castlebridge Rovers Football Club", "aliases": ["Rovers", "the club"], "pronoun": "it"},
    {"name": "Castlebridge Rovers Trust", "aliases": ["Rovers Trust", "the trust"], "pronoun": "it"},
]})


def test_a_longer_name_wins_over_another_persons_shorter_name_inside_it() -> None:
    found = _mentions('"This is what a town looks like when it decides something matters," the Rovers '
                      'Trust said in a statement.', CLUB_AND_TRUST)
    assert [m.speaker for m in found] == ["Castlebridge Rovers Trust"]


def test_a_quote_standing_alone_goes_to_whom_the_paragraph_before_is_about() -> None:
    found = _mentions("Asked whether he had spoken to Weinstein about the panel, Damon shook his head.\n\n"
                      '"My job is the next film. His job is his job, and it always was."')
    assert [(m.speaker, m.speaker_basis) for m in found] == [("Matt Damon", "weak")]
    assert found[0].speaker_reason.startswith("weak: the subject of the paragraph before")


@pytest.mark.parametrize("before", [
    "Reporters put the question to Damon after the panel.",  # named only as an object
    "Damon did not answer questions after the panel.",  # said not to speak
])
def test_no_lead_from_an_object_or_from_someone_who_did_not_speak(before: str) -> None:
    found = _mentions(f'{before}\n\n"My job is the next film. His job is his job, and it always was."')
    assert found == []


CLUB_PEOPLE = parse_config({"people": [
    {"name": "Castlebridge Rovers Football Club", "aliases": ["Rovers", "the club"], "pronoun": "it"},
    {"name": "Dougie Ferris", "aliases": ["Ferris"], "pronoun": "he"},
    {"name": "Marcus Delane", "aliases": ["Delane"], "pronoun": "he"},
]})


@pytest.mark.parametrize(("text", "speaker"), [
    # an organisation's name inside a role is whose role it is, not the speaker
    ('Dougie Ferris admitted the crowd got to his players. "You cannot pretend it is not there," '
     "the Rovers manager said.", "Dougie Ferris"),
    # a role noun never resolves to an organisation named last
    ('Delane spoke after the Rovers board met. Pressed on the sale, the owner insisted: "It is '
     'not for the fans to run a football club, however much they love it."', "Marcus Delane"),
    # a capitalised title set off between the subject and the verb
    ('Marcus Delane, Owner of Castlebridge Rovers, commented: "This is a practical step that '
     'secures our place in the league."', "Marcus Delane"),
])
def test_roles_and_titles_around_an_organisations_name(text: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(text, CLUB_PEOPLE)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Officials at the Department for Sport said the minister had "no power to intervene in a '
     'private sale" under current law.', "Officials"),
    ('A senior figure at the league, speaking on condition of anonymity, said: "Everyone is '
     'watching this club now."', "a senior figure"),
])
def test_unnamed_officials_and_figures_are_their_own_speakers(text: str, speaker: str) -> None:
    found = _mentions(text, CLUB_PEOPLE)
    assert len(found) == 1 and found[0].speaker.startswith(speaker) and found[0].speaker_basis == "unnamed"


def test_a_short_sentence_quoted_after_a_split_quote_goes_on_with_its_speaker() -> None:
    found = _mentions('Milano said no site had been found. "Promises are free," she said. "Concrete isn\'t."')
    assert [m.speaker for m in found] == ["Alyssa Milano"]
    assert found[0].text.endswith("Concrete isn't.")


@pytest.mark.parametrize(("text", "speaker"), [
    ('Marcus Delane said an appeal would be resisted. "The judge looked at the deed and the law and '
     'reached the only conclusion open to her," the barrister added.', "Marcus Delane"),
    ('Marcus Delane had barely begun when a voice from the back shouted: "What about the East Stand?"',
     "a voice"),
])
def test_more_roles_and_reporting_verbs(text: str, speaker: str) -> None:
    found = _mentions(text, CLUB_PEOPLE)
    assert [m.speaker for m in found][-1].startswith(speaker), found


@pytest.mark.parametrize(("text", "speaker", "basis"), [
    ('According to a statement from Marcus Delane, the groundshare was approved "subject to the standard '
     'conditions on capacity".', "Marcus Delane", "named"),
    ('Marcus Delane spoke first. For the opposition, the shadow sports minister said the owners had been '
     '"asleep at the wheel for years".', "the shadow sports minister", "unnamed"),
])
def test_whose_document_and_another_holder_of_a_role(text: str, speaker: str, basis: str) -> None:
    found = _mentions(text, CLUB_PEOPLE)
    assert [(m.speaker, m.speaker_basis) for m in found][-1] == (speaker, basis)


@pytest.mark.parametrize(("text", "speaker", "basis"), [
    # a live blog's line: the name after "of" is where the speaker is from, not who speaks
    ('14:09 Marcus Delane of the club, from the public gallery: "You have not heard a single voice in '
     'eighteen months."', "Marcus Delane", "colon"),
    ('One Sligo-born midwife, who did not wish to be named, told the Western Herald: "I came over for '
     'this job in 2019 and I will go home."', "one Sligo-born midwife", "unnamed"),
    ('One woman shouts: "You closed it without asking a single mother in this town."', "one woman",
     "unnamed"),
])
def test_live_blog_lines_and_vox_pops(text: str, speaker: str, basis: str) -> None:
    found = _mentions(text, CLUB_PEOPLE)
    assert len(found) == 1 and found[0].speaker.startswith(speaker) and found[0].speaker_basis == basis, found


@pytest.mark.parametrize("text", [
    'Damon faces claims that he "ignored the warnings for years and years".',
    'The film opens with Damon on a roof, and the poster promises "the summer of a lifetime".',
    'According to a report of Weinstein, the settlement was "far larger than disclosed".',
])
def test_nouns_and_other_verbs_are_no_reporting_verbs(text: str) -> None:
    assert _mentions(text) == []


def test_a_verb_of_manner_speaks_only_beside_its_quote() -> None:
    stormed = 'Damon stormed out after Milano called him "a coward who hides behind lawyers".'
    assert [m.speaker for m in _mentions(stormed)] == ["Alyssa Milano"]
    fumed = 'Damon fumed: "They are taking the food out of our mouths again."'
    assert [m.speaker for m in _mentions(fumed)] == ["Matt Damon"]


def test_did_not_and_didnt_both_say_someone_was_silent() -> None:
    text = ("Damon didn't respond to requests for comment on Monday.\n\n"
            '"My job is the next film. His job is his job, and it always was."')
    assert _mentions(text) == []


def test_according_to_an_object_pronoun_is_the_person_it_stands_for() -> None:
    mention = _only('Damon spoke to reporters on the set in Toronto on Friday.\n\n'
                    'According to him, "The story we are telling is about a man who lost his home."')
    assert mention.speaker == "Matt Damon"
    mention = _only('Milano spoke at the rally on Sunday.\n\n'
                    '"Nobody should have to ask twice for a fair hearing," according to her.')
    assert mention.speaker == "Alyssa Milano"


def test_according_to_her_sister_is_not_her() -> None:
    found = _mentions('Milano spoke at the rally on Sunday.\n\n'
                      'According to her sister, "The whole family stood behind her from the first day."')
    assert all(m.speaker != "Alyssa Milano" for m in found)
