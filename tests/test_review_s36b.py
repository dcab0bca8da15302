"""Review of session 36's attribution changes (statements read on someone's behalf, a role owned by
another name set off after the subject, nested reported speech, question clauses, relatives named by
first name), written as tests on invented text: a pin of behaviour the change got right, or a case
where a new rule fired on text it should not, missed the obvious variant, or broke an older reading
(written as strict xfails, all fixed in the rules that caused them the same session)."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
VEY = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")
PEOPLE = (LIND, HART)
THREE = (LIND, HART, VEY)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- relatives named by first name ----

def test_their_relative_set_off_by_commas_still_speaks() -> None:
    body = ("Bo Hart left the hall early.\n\n"
            "Their son, Tom, said: \"Dad gave that town thirty years of his life.\"")
    assert _speaker_of(body, "Dad gave that town") not in ("not found", "Bo Hart", "Ada Lind")


def test_a_relative_whose_first_name_is_a_config_alias_is_that_person() -> None:
    sian = Person("Sian Hart", ("Sian", "Ms Hart"), (), "she", "sian")
    body = ("Bo Hart left the hall early.\n\n"
            "His wife Sian said: \"We are both done with that harbour board.\"")
    assert _speaker_of(body, "We are both done", (LIND, HART, sian)) == "Sian Hart"


def test_a_relative_described_by_a_state_is_no_speaker_of_words_about_him() -> None:
    body = ("Ada Lind said she could never have bought the boat on her own.\n\n"
            "Her father Tom was generous. \"He paid for the engine and never once asked for a penny "
            "back.\"")
    assert not _speaker_of(body, "He paid for the engine").startswith("her father")


# ---- a statement read out on someone's behalf ----

def test_on_her_behalf_for_an_unnamed_woman_is_not_the_last_woman_named() -> None:
    body = ("Ada Lind, prosecuting, told the court the attack had been planned for weeks.\n\n"
            "The victim, a woman in her seventies, was too frail to attend. A police officer read a "
            "statement on her behalf. \"I no longer feel safe in my own home, and I do not go out after "
            "dark.\"")
    assert _speaker_of(body, "I no longer feel safe") != "Ada Lind"


def test_on_her_behalf_is_not_the_opponent_named_last() -> None:
    body = ("Cara Vey, who had a heavy cold, stayed at home on the night of the count.\n\n"
            "She beat Ada Lind by forty votes.\n\n"
            "A party worker read a statement on her behalf. \"I will serve every one of you, whoever you "
            "voted for.\"")
    assert _speaker_of(body, "I will serve every one", THREE) != "Ada Lind"


def test_a_letter_written_on_her_behalf_leaves_the_writers_next_words_his() -> None:
    body = ("Ada Lind has been in hospital since March.\n\n"
            "Hart wrote a letter to the council on her behalf. \"I did it because nobody else in this "
            "town would.\"")
    assert _speaker_of(body, "I did it because") == "Bo Hart"


def test_a_woman_reading_on_her_behalf_is_not_whom_she_reads_for() -> None:
    body = ("Cara Vey was too ill to attend the dinner.\n\n"
            "Ada Lind collected the award and read a statement on her behalf. \"I am sorry not to be "
            "there tonight. The harbour has been my life.\"")
    assert _speaker_of(body, "I am sorry not to be there", THREE) == "Cara Vey"


def test_a_client_is_not_the_owner_of_an_agent_in_someone_elses_report() -> None:
    body = ("Hart said Lind's solicitor had misled the board. Jo Pell, who acts for the residents, then "
            "read a statement on his clients' behalf. \"We were never consulted about the closure, not "
            "once.\"")
    assert _speaker_of(body, "We were never consulted") not in ("Ada Lind", "Bo Hart")


def test_the_solicitor_for_a_name_reads_on_that_names_behalf() -> None:
    body = ("Jo Pell, the solicitor for Lind, read a statement on his client's behalf. \"I accept the "
            "ruling and I will not appeal it.\"")
    assert _speaker_of(body, "I accept the ruling") == "Ada Lind"


def test_her_own_spokeswoman_reading_on_her_behalf_reads_for_her() -> None:
    body = ("Ada Lind declined to comment when approached on Monday.\n\n"
            "A spokeswoman read a statement on her behalf. \"Ms Lind regrets the closure and will say "
            "more in the spring.\"")
    assert _speaker_of(body, "regrets the closure") == "Ada Lind"


# ---- nested reported speech: a first deed before another's telling ----

def test_a_clause_with_its_own_subject_ends_the_first_deed() -> None:
    body = ("Ada Lind said Hart had left the room before she stood up and told the board: \"This is over,"
            " and you all know it.\"")
    assert _speaker_of(body, "This is over") == "Ada Lind"


def test_a_woman_named_in_the_report_who_shook_her_hand_and_told_her_speaks() -> None:
    body = ("Ada Lind said Vey had shaken her hand and told her: \"Enjoy the chair while it lasts.\"")
    assert _speaker_of(body, "Enjoy the chair", THREE) == "Cara Vey"


# ---- a question clause ----

def test_a_name_in_a_new_clause_after_the_question_is_the_speaker() -> None:
    body = ("Hart sat down, unsure whether Lind would answer, and Lind stood up. \"I have nothing more to"
            " say to this board tonight.\"")
    assert _speaker_of(body, "I have nothing more to say") == "Ada Lind"


def test_one_asked_by_another_whether_answers() -> None:
    body = ("Ada Lind was asked by Hart whether the quay would reopen. \"Not while this board has any say"
            " in it.\"")
    assert _speaker_of(body, "Not while this board") == "Ada Lind"


# ---- a role owned by another name, set off after the subject ----

def test_a_set_off_owned_role_with_the_others_pronoun_leaves_the_subject_speaking() -> None:
    body = ("Ada Lind, Hart's deputy since he took the chair, said she was \"proud of every one of "
            "them\".")
    assert _speaker_of(body, "proud of every one") == "Ada Lind"
