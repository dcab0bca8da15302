"""Attribution faults found in session 32 (H127), the second round on the puffin probe's misses, each
fixed as the general form a journalist writes, tested on invented text with cases where the rule must
not fire.

- Someone the config does not know, named in full with the firm they are of before the verb ("analyst
  Jo Pike-Hart of Marl Partners says"), is the speaker; a role of a body set before a name ("The
  Director of Place, Nia Strand, said") still leaves the name to speak.
- Such a person with two asides set off before the verb ("Tom Rees, the opposition group leader, who
  tabled the motion, said") is the speaker, not a known person the aside's role word could describe.
- A full name after "the" and an adjective ("the Welsh Megan Pryce") is the name without the adjective,
  so that the surname alone quoted later finds her.
- A reaction credited after its quote by what was written ("“…,” wrote one user", "posted another
  commenter") is that someone's, as "said one user" was.
- A question put in the passive by someone the text calls by a role ("Hart was asked by the co-host:")
  is not the one asked's, even where the role alone would be read as the person named last; a name
  after the role ("the co-host Kim Ellery") is part of the asker.
- An office written as a title ("The Monitoring Officer advised that …") is its own unnamed holder, not
  the person named last (a holder the text or the config gives stays theirs).
"""

import tomllib

from quoting_support import mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config

Q, E = "\u201c", "\u201d"


def _config() -> CorpusConfig:
    """Two people and a council; Lind leads the council."""
    text = ('[[people]]\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
            'descriptors = ["the leader", "the council leader"]\n'
            '[[people]]\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
            '[[people]]\nname = "Marl Borough Council"\naliases = ["the council"]\npronoun = "it"\n')
    return parse_config(tomllib.loads(text))


PEOPLE = _config()
KNOWN = {"Ada Lind", "Bo Hart", "Marl Borough Council"}


def _unknown(speaker: str) -> bool:
    return bool(speaker) and speaker not in KNOWN


# ---- an outsider of a firm, an outsider with two asides ----

def test_an_outsider_of_a_firm_says() -> None:
    text = (f"Hart says the deal is small.\n\nConsultant Jo Pike-Hart of Marl Partners says such deals carry "
            f"{Q}a long and expensive tail of risk{E}.")
    assert speaker_of(text, "a long and expensive tail", PEOPLE) == "Jo Pike-Hart"


def test_a_role_of_a_body_before_a_name_leaves_the_name_to_speak() -> None:
    text = (f"The Director of Place, Nia Strand, advised members that {Q}the council has a duty to act "
            f"where a building is a danger{E}.")
    assert speaker_of(text, "the council has a duty", PEOPLE) == "Nia Strand"


def test_an_outsider_with_two_asides_is_not_the_known_leader() -> None:
    text = (f"Lind survived the vote on Thursday.\n\nTom Rees, the opposition group leader, who tabled the "
            f"motion, said the leader had {Q}treated the budget like a raffle ticket{E}.")
    assert speaker_of(text, "treated the budget", PEOPLE) == "Tom Rees"


def test_the_known_leader_with_two_asides_still_speaks() -> None:
    text = (f"Lind, the council leader since 2021, who survived the vote, said the motion had been "
            f"{Q}a waste of everybody's evening{E}.")
    assert speaker_of(text, "a waste of everybody", PEOPLE) == "Ada Lind"


# ---- an adjective after "the" is no first name ----

def test_the_adjective_before_a_full_name_is_not_part_of_it() -> None:
    text = (f"Lind won the race on Saturday.\n\nHer old rival, the Welsh Megan Pryce, came second. "
            f"{Q}She owns this track, I only borrowed it,{E} Pryce said.")
    assert speaker_of(text, "She owns this track", PEOPLE) == "Megan Pryce"


def test_a_surname_never_given_in_full_is_not_made_a_person_from_a_place() -> None:
    # "the Pryce Arms" after "the" gives no first name: Pryce is no one the text named in full
    text = (f"Lind drank at the Royal Pryce Arms after the race.\n\n"
            f"{Q}She owns this track, I only borrowed it,{E} Pryce said.")
    found = [m.speaker for m in mentions_in(text, PEOPLE) if "She owns" in m.text]
    assert not found or found[0] != "Royal Pryce"


# ---- reactions written online ----

def test_a_reaction_credited_to_one_user_who_wrote_it() -> None:
    text = (f"Hart posted his apology on Monday.\n\nIt was shared widely. Some replies were less kind. "
            f"{Q}Bit late for sorry now,{E} wrote one user.")
    assert speaker_of(text, "Bit late for sorry", PEOPLE) == "one user"


def test_a_document_that_wrote_is_no_one() -> None:
    text = f"Hart posted his apology on Monday.\n\n{Q}Bit late for sorry now,{E} wrote one newspaper."
    assert all(m.speaker != "one newspaper" for m in mentions_in(text, PEOPLE))


# ---- a question put by someone the text only calls by a role ----

def test_the_asker_taken_as_the_one_asked_is_someone_else() -> None:
    text = f"On the latest episode, Hart was asked by the co-host: {Q}Are you going to stand again?{E}"
    assert _unknown(speaker_of(text, "Are you going to stand", PEOPLE))


def test_the_asker_named_after_a_role_asks() -> None:
    text = (f"On the latest episode, Hart was asked by the co-host Kim Ellery: "
            f"{Q}Are you going to stand again?{E}")
    assert _unknown(speaker_of(text, "Are you going to stand", PEOPLE))


def test_a_known_asker_after_a_role_is_the_known_person() -> None:
    text = (f"At the hustings, Hart was asked by the moderator, Ada Lind: "
            f"{Q}Are you going to stand again?{E}")
    assert speaker_of(text, "Are you going to stand", PEOPLE) == "Ada Lind"


# ---- an office written as a title ----

def test_an_office_written_as_a_title_is_not_the_last_named() -> None:
    text = (f"Lind introduced the report. She said the offer was {Q}the only credible bid we "
            f"received{E}.\n\nCllr Hart asked whether the covenant had been read. The Monitoring Officer "
            f"advised that {Q}legal advice has been taken and is in the appendix{E}.")
    assert speaker_of(text, "the only credible bid", PEOPLE) == "Ada Lind"
    assert _unknown(speaker_of(text, "legal advice has been taken", PEOPLE))


def test_an_office_in_lower_case_may_still_be_the_last_named() -> None:
    # (the weak reading this rule leaves alone: a role in lower case after the one person named)
    text = (f"Dr Hart examined the boy on Friday.\n\nThe doctor said: {Q}He is lucky to be alive after "
            f"a fall like that.{E}")
    assert speaker_of(text, "He is lucky", PEOPLE) == "Bo Hart"


def test_an_office_written_as_a_title_the_text_gave_someone_stays_theirs() -> None:
    text = (f"Hart, the Chief Constable, met the families on Friday.\n\nThe Chief Constable said: "
            f"{Q}We will answer every question they put to us.{E}")
    assert speaker_of(text, "We will answer every", PEOPLE) == "Bo Hart"
