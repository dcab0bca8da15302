"""Attribution faults found in session 32 (H123) on the puffin probe's misses, each fixed as the general
form a journalist writes, tested on invented text with cases where the rule must not fire.

- A business the config lists without a pronoun is still an organisation, going by "it", when its name
  ends in a business's word ("Corrin Finance", "Marl Holdings") or its descriptors call it by a trade
  noun ("the lender", "the insurer"): "she" is never the company, and "the company's behalf" finds it.
- A statement one person reads out for another is the other's words: "as she read his statement" (a
  possessive owner, as "on his behalf" already was), and "…read a statement on her behalf. In translation,
  it said: “…”" (the "it" of the same paragraph is that statement, not a document nobody wrote).
- "Hart, through his solicitors, said …" then "“…,” the statement said.": the statement is Hart's.
- A statement that a mouthpiece reads but another body sent ("read the statement the union had sent") is
  the sender's, not the mouthpiece's organisation's.
- A letter's signatories are found only where a letter or petition is signed ("signed an open letter",
  "a letter signed by"), not for any "signed" ("after the lease was signed").
- "It continues: “…”" after a quoted letter goes on in the letter's voice, even when an organisation
  going by "it" was named last.
- The purpose of a speech or an interview is speech ("used her speech to warn councils against “…”"), so
  a speech carried over unclosed paragraphs after it keeps its speaker.
- A name given to a thing ("a so-called “legal loan shark”", "a scheme dubbed “the harbour tax”") is no
  one's statement, however many words it has.
- A fragment after a speaker's own possessive right after the verb ("Hart said his “heart sank”") is the
  speaker's reported words, not a scare quote (a memo's "his ‘floating palace’" still is).
- A question right after a fronted "Asked" ("Asked “Will you call it home?”, Hart smiled.") is put to the
  one who answers, comma or none; but after "Asked at the launch," a question credited straight after,
  no comma between ("“Why would I sell it?” Lind said."), is the answerer's own rhetorical reply.
- A business named inside a role set off before a person ("The Corrin chief executive, Bo Hart, said")
  only says whose role it is: the person speaks, not the business (a possessive owner, "Lind's
  solicitor, Jo Pike,", is still named, for "on his behalf").
- A relative named by first name in a who-clause ("survived by his daughter, Carol, who said: “…”") is
  the speaker, as "his daughter, Carol, said" was, not the one whose daughter she is.
"""

import tomllib

import pytest
from quoting_support import mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config

NAMED = {"Ada Lind", "Bo Hart", "Corrin Finance", "Tam Quill"}


def _config(org: str = "Corrin Finance", org_descriptors: tuple[str, ...] = ()) -> CorpusConfig:
    """Two people and a business of no pronoun (as a config may list one)."""
    text = ('[[people]]\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
            '[[people]]\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
            '[[people]]\nname = "Tam Quill"\naliases = ["Quill"]\npronoun = "he"\n'
            f'[[people]]\nname = "{org}"\naliases = ["{org.split()[0]}"]\n'
            f'descriptors = {list(org_descriptors)!r}\n'.replace("'", '"'))
    return parse_config(tomllib.loads(text))


def _mentions(text: str, config: CorpusConfig) -> list[tuple[str, str]]:
    return [(m.speaker, " ".join(m.text.split()[:3])) for m in mentions_in(text, config)]


# ---- a business the config gives no pronoun ----

@pytest.mark.parametrize(("org", "descriptors"), [
    ("Corrin Finance", ()), ("Marl Holdings", ()), ("Corrin Lending", ("the lender",)),
    ("Corrin Cover", ("the insurer",)),
])
def test_a_business_of_no_pronoun_speaks_through_its_mouthpiece(org: str,
                                                                descriptors: tuple[str, ...]) -> None:
    config = _config(org, descriptors)
    text = (f"At a briefing at its offices, {org.split()[0]}'s head of communications, Jo Pike, read a "
            "statement on the company's behalf.\n\n"
            "\u201cWe accept the ruling and will not appeal against it in any court,\u201d she read.")
    assert speaker_of(text, "We accept the ruling", config) == org


def test_she_is_never_the_business() -> None:
    config = _config()
    text = ("Corrin Finance lost the case on Monday. Lind, who brought it, was outside.\n\n"
            "\u201cWe were right from the first day and the court agrees,\u201d she said.")
    assert speaker_of(text, "We were right", config) == "Ada Lind"


def test_a_person_whose_surname_is_a_trade_word_is_no_business() -> None:
    # "Banks" is no business's word, and a one-word name is never read as a business
    text = ('[[people]]\nname = "Mel Banks"\naliases = ["Banks"]\n')
    config = parse_config(tomllib.loads(text))
    quote = "\u201cI will stand again next year and I expect to win,\u201d she said."
    assert speaker_of(f"Banks spoke after the count.\n\n{quote}", "I will stand", config) == "Mel Banks"


# ---- statements read out for another ----

Q, E = "\u201c", "\u201d"
PEOPLE = _config()


@pytest.mark.parametrize("reading", [
    "stood beside his deputy, Jo Pike, as she read his statement on the steps",
    "stood beside his deputy, Jo Pike, as she read out his short statement",
])
def test_a_statement_read_out_for_its_owner_is_the_owners(reading: str) -> None:
    text = (f"Hart, who had lost his voice, {reading}.\n\n"
            f"{Q}Today the court has said what we always knew,{E} it said. {Q}We will go on.{E}")
    assert speaker_of(text, "Today the court", PEOPLE) == "Bo Hart"


def test_a_statement_read_on_her_behalf_and_its_it_said_in_the_same_paragraph() -> None:
    text = (f"Lind's agent, Jo Pike, read a statement in French on her behalf at the launch. In translation, "
            f"it said: {Q}Ada is happy for the people of the town and will see them in June.{E}")
    assert speaker_of(text, "Ada is happy", PEOPLE) == "Ada Lind"


def test_the_reader_speaking_for_herself_after_is_not_the_owner() -> None:
    text = (f"Hart stood beside Jo Pike as she read his statement.\n\n"
            f"Pike then spoke for herself. {Q}We will be at every meeting from now on,{E} she said.")
    assert speaker_of(text, "We will be at every", PEOPLE) != "Bo Hart"


def test_reading_someones_book_is_no_statement() -> None:
    text = (f"Lind read his book on the train. {Q}It is a lovely thing and I cried at the end,{E} she said.")
    assert speaker_of(text, "It is a lovely", PEOPLE) == "Ada Lind"


def test_a_statement_through_solicitors_is_the_clients() -> None:
    text = (f"Hart, through his solicitors, said on Monday that the reports were {Q}entirely false{E}.\n\n"
            f"{Q}Mr Hart has never threatened anyone with legal action,{E} the statement said.")
    assert speaker_of(text, "has never threatened", PEOPLE) == "Bo Hart"


def test_a_statement_with_no_sender_in_sight_stays_nobodys() -> None:
    text = (f"Hart said on Monday that the reports were wrong.\n\n"
            f"{Q}Nobody has threatened anyone with legal action,{E} the statement said.")
    assert all(m.speaker != "Bo Hart" for m in mentions_in(text, PEOPLE) if "threatened" in m.text)


def test_a_statement_the_mouthpiece_reads_from_a_named_sender_is_the_senders() -> None:
    text = (f"Corrin Finance was fined. Its press officer, Jo Pike, read the statement Lind had sent.\n\n"
            f"{Q}We will take this to the court of appeal,{E} she read.")
    assert speaker_of(text, "We will take", PEOPLE) == "Ada Lind"


def test_the_mouthpiece_reading_its_own_statement_is_still_the_organisations() -> None:
    text = (f"Corrin Finance was fined. Its press officer, Jo Pike, read a statement that afternoon.\n\n"
            f"{Q}We will take this to the court of appeal,{E} she read.")
    assert speaker_of(text, "We will take", PEOPLE) == "Corrin Finance"


# ---- a letter's signatories, and a letter going on ----

@pytest.mark.parametrize("before", [
    "More than 200 residents have signed an open letter to the board.",
    "A letter signed by 200 residents reached the board on Friday.",
    "Residents put their names to a petition, which was signed by 200 people.",
])
def test_a_letter_many_signed_speaks_for_its_signatories(before: str) -> None:
    text = f"{before}\n\n{Q}We ask the board to think again before it is too late,{E} the letter says."
    found = [m.speaker for m in mentions_in(text, PEOPLE) if "We ask" in m.text]
    assert found and found[0] not in NAMED


@pytest.mark.parametrize("before", [
    "The board wrote to tenants a week after the contract was signed.",
    "Hart signed the lease in May, and the board wrote to tenants in June.",
])
def test_a_letter_after_another_signing_has_no_signatories(before: str) -> None:
    text = f"{before}\n\n{Q}The depot will close at the end of the month,{E} the letter says."
    assert all(m.speaker != "the signatories" for m in mentions_in(text, PEOPLE))


def test_it_continues_after_a_letter_is_the_letter_not_the_business_named_last() -> None:
    text = ("More than 200 residents have signed an open letter to Corrin Finance.\n\n"
            f"{Q}We ask the company to think again before it is too late,{E} the letter reads.\n\n"
            f"It continues: {Q}A town is not a balance sheet and never will be.{E}")
    assert speaker_of(text, "A town is not", PEOPLE) not in NAMED


def test_it_continues_after_a_company_spoke_is_the_company() -> None:
    text = ("Corrin Finance replied on Friday.\n\n"
            f"{Q}We have listened to every resident who wrote to us,{E} the company said.\n\n"
            f"It continues to insist: {Q}The branch will close in the spring.{E}")
    assert speaker_of(text, "The branch will close", PEOPLE) == "Corrin Finance"


# ---- the purpose of a speech: "used her speech to warn …" ----

@pytest.mark.parametrize("text", [
    f"Lind used her speech to the conference in Leeds to warn councils against treating parks as "
    f"{Q}car parks with swings{E}.",
    f"Hart used the interview to insist that the depot was {Q}never for sale, not once{E}.",
    f"Lind took the chance to urge ministers to act: {Q}Do it this year, not next.{E}",
])
def test_the_purpose_of_a_speech_is_the_speakers(text: str) -> None:
    found = mentions_in(text, PEOPLE)
    assert found and found[0].speaker == ("Bo Hart" if text.startswith("Hart") else "Ada Lind")


def test_a_speech_carried_over_unclosed_paragraphs_after_its_purpose() -> None:
    text = (f"Lind used her speech to the forum to warn councils against treating parks as {Q}car parks "
            f"with swings{E}.\n\n"
            f"{Q}I am not against selling land. Councils could not survive without it.\n\n"
            f"{Q}But when a town gives land to honour one of its own, that honour is not for sale.{E}")
    assert speaker_of(text, "I am not against", PEOPLE) == "Ada Lind"
    assert speaker_of(text, "But when a town", PEOPLE) == "Ada Lind"


def test_a_wish_to_warn_of_a_term_is_no_speech() -> None:
    # the words are the report's term for a thing, not what anyone said: too short to be a statement
    text = f"Lind wrote to Hart. The aim was to warn him of the {Q}red zone{E} near the depot."
    assert all(m.speaker not in NAMED for m in mentions_in(text, PEOPLE))


# ---- a name given to a thing ----

@pytest.mark.parametrize("text", [
    f"Lind was accused of selling the park to a so-called {Q}legal loan shark{E} last night.",
    f"The plan, dubbed {Q}the harbour tax on boats{E} by its critics, was passed by the board.",
    f"Hart runs what is known as {Q}the night shift crew{E} at the depot.",
])
def test_a_name_given_to_a_thing_is_nobodys_statement(text: str) -> None:
    assert all(m.speaker not in NAMED for m in mentions_in(text, PEOPLE))


def test_a_sentence_after_so_called_words_is_still_a_statement() -> None:
    text = f"Hart mocked the so-called reform. {Q}It is a tax on boats and nothing else,{E} he said."
    assert speaker_of(text, "It is a tax", PEOPLE) == "Bo Hart"


# ---- a speaker's own fragment after his possessive ----

@pytest.mark.parametrize(("text", "speaker"), [
    (f"Hart said his {Q}heart sank{E} when the figures came in.", "Bo Hart"),
    (f"She told reporters her {Q}nerves went{E} before the vote. Lind was not alone.", "Ada Lind"),
    (f"Lind admitted her {Q}stomach turned{E} at the news.", "Ada Lind"),
])
def test_a_fragment_after_the_speakers_possessive_is_theirs(text: str, speaker: str) -> None:
    text = "Lind and Hart spoke after the count.\n\n" + text
    found = [m for m in mentions_in(text, PEOPLE) if m.text.split()[0] in ("heart", "nerves", "stomach")]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text", [
    f"A leaked memo warned his {Q}floating palace{E} could roll over.",
    f"Lind said the board had sold their {Q}golden goose{E} for nothing.",
    f"Hart laughed at his {Q}dream team{E} of advisers.",
])
def test_a_term_after_someone_elses_possessive_stays_a_scare_quote(text: str) -> None:
    assert not any(m.text.split()[0] in ("floating", "golden", "dream") for m in mentions_in(text, PEOPLE))


# ---- a question after a fronted "Asked" ----

@pytest.mark.parametrize("text", [
    f"Asked {Q}Will you be calling it the new name?{E}, Hart smiled. {Q}I call it home, always,{E} he said.",
    f"Asked by a reporter, {Q}Will you appeal the ruling?{E}, Hart said: {Q}Yes, and soon enough.{E}",
])
def test_a_question_after_asked_is_put_to_the_answerer(text: str) -> None:
    found = _mentions(text, PEOPLE)
    assert found[0][0] not in NAMED and found[1][0] == "Bo Hart", found


@pytest.mark.parametrize("text", [
    f"Asked at the launch, {Q}Why would I ever sell it?{E} Lind said.",
    f"Lind was at the launch. Asked again, {Q}Why would I sell it now?{E} she replied with a laugh.",
])
def test_a_rhetorical_question_credited_straight_after_is_the_answerers(text: str) -> None:
    assert speaker_of(text, "Why would I", PEOPLE) == "Ada Lind"


# ---- a business inside a role before a name ----

@pytest.mark.parametrize("text", [
    f"The Corrin chief executive, Bo Hart, has said he {Q}did not see the row coming{E}, in an interview.",
    f"The Corrin Finance head of lending, Bo Hart, said the branch was {Q}never at risk{E}.",
])
def test_a_business_inside_a_role_before_a_name_is_not_the_speaker(text: str) -> None:
    assert mentions_in(text, PEOPLE)[0].speaker == "Bo Hart"


def test_the_business_speaking_before_its_boss_is_named_is_still_the_business() -> None:
    text = f"Corrin said in a statement that the branch was {Q}never at risk{E}. Its boss, Bo Hart, was away."
    assert speaker_of(text, "never at risk", PEOPLE) == "Corrin Finance"


# ---- a relative by first name in a who-clause ----

@pytest.mark.parametrize("clause", ["who said:", "who said", "who told us:"])
def test_a_relative_by_first_name_who_said_is_the_speaker(clause: str) -> None:
    text = ("Bo Hart, who has died aged 88, ran the depot for forty years.\n\n"
            f"He is survived by his daughter, Mel, {clause} {Q}Dad would have been at that meeting with a "
            f"placard if he could.{E}")
    assert speaker_of(text, "Dad would have", PEOPLE) not in NAMED


def test_a_relative_named_in_passing_leaves_the_speaker() -> None:
    text = (f"Hart, who lives with his daughter, Mel, who works nights, said: {Q}We manage, most of the "
            f"time, and we never complain.{E}")
    assert speaker_of(text, "We manage", PEOPLE) == "Bo Hart"
