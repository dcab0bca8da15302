"""The lead's attribution fixes of session 36, on invented text: a known name set in capitals for
emphasis in running text ("CALLANDER said", tabloid "soap star DANNY DYER told") names its person; a
headline or label all in capitals does not."""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import _capital_spellings, _in_running_text, extract_mentions

PEOPLE = (Person(name="Rory Callander", aliases=("Callander", "Rory"), pronoun="he"),
          Person(name="Will Marsh", aliases=("Marsh", "Will"), pronoun="he"))
HEAD = ("A Headline About The Recording In Title Case\n\nThe first paragraph of the article tells the "
        "story in a sentence long enough to be prose, as a news page opens.\n\n")


def _speakers(text: str) -> list[tuple[str, str]]:
    mentions = extract_mentions("d", split_layout(HEAD + text), PEOPLE, {})
    return [(m.speaker, m.text) for m in mentions]


def test_a_surname_in_capitals_in_running_text_names_its_person() -> None:
    got = _speakers('Nobody had asked the family. CALLANDER said on X that he '
                    '"had no idea whose voice it was".')
    assert got == [("Rory Callander", "had no idea whose voice it was")]


def test_a_tabloid_full_name_in_capitals_names_its_person() -> None:
    got = _speakers("Folk star RORY CALLANDER told fans: \"I never sold a note of it and I never will.\"")
    assert got == [("Rory Callander", "I never sold a note of it and I never will.")]


def test_a_headline_in_capitals_names_nobody() -> None:
    # "WILL" in a line set all in capitals is the verb, not Will Marsh
    got = _speakers('WILL THE PIER REOPEN BY SUMMER?\n\n'
                    'A notice on the gate read "Closed until further notice".')
    assert all(speaker != "Will Marsh" for speaker, _ in got)


def test_a_short_capital_word_is_no_name() -> None:
    people = (Person(name="Al Reyes", aliases=("Al",), pronoun="he"),)
    head = HEAD + 'The AL team said the stand would be "rebuilt by March".'
    mentions = extract_mentions("d", split_layout(head), people, {})
    assert all(m.speaker != "Al Reyes" for m in mentions)


def test_a_name_in_capitals_counts_only_beside_a_lower_case_word() -> None:
    for text, name in (("CALLANDER said on X", "CALLANDER"),
                       ("folk star RORY CALLANDER told", "RORY CALLANDER")):
        start = text.index(name)
        assert _in_running_text(text, start, start + len(name)), text
    for text, name in (("WILL THE PIER REOPEN BY SUMMER?", "WILL"),
                       ("EXCLUSIVE: CALLANDER SPEAKS", "CALLANDER")):
        start = text.index(name)
        assert not _in_running_text(text, start, start + len(name)), text


def test_only_names_of_three_letters_or_more_are_read_in_capitals() -> None:
    spellings = (("Al", PEOPLE[0]), ("Rory", PEOPLE[0]), ("Callander", PEOPLE[0]))
    assert _capital_spellings("The AL team met RORY and CALLANDER.", spellings) == {"RORY", "CALLANDER"}
    assert _capital_spellings("Rory and Callander met.", spellings) == set()
