"""Attribution, session 36 (second round): the faults a review found in the session's first attribution
changes, fixed in the rules that caused them, on invented text (a relative named by first name, a
statement read on someone's behalf, a first deed before another's telling, a question clause)."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
VEY = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")
PEOPLE = (LIND, HART)
THREE = (LIND, HART, VEY)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a relative named by first name ----

def test_their_relative_without_commas_speaks() -> None:
    body = "Bo Hart stayed at home.\n\nTheir daughter Nia said: \"He has earned a quiet winter.\""
    assert _speaker_of(body, "He has earned a quiet") == "their daughter, Nia"


def test_a_relative_set_off_by_commas_whose_name_is_a_config_alias_is_that_person() -> None:
    nia = Person("Nia Hart", ("Nia",), (), "she", "nia")
    body = "Bo Hart stayed at home.\n\nHis daughter, Nia, said: \"He has earned a quiet winter.\""
    assert _speaker_of(body, "He has earned a quiet", (LIND, HART, nia)) == "Nia Hart"


def test_a_relatives_feeling_before_a_colon_opens_their_words() -> None:
    body = ("Bo Hart lost his seat by nine votes.\n\n"
            "His wife Mair was furious: \"Nine votes, after twenty years of work for this town.\"")
    assert _speaker_of(body, "Nine votes, after twenty") == "his wife, Mair"


def test_a_relatives_feeling_ending_a_sentence_is_no_view() -> None:
    body = ("Bo Hart lost his seat by nine votes.\n\n"
            "His wife Mair was angry. \"He will be back in four years, and he will win it.\"")
    assert not _speaker_of(body, "He will be back in four").startswith("his wife")


def test_a_relatives_doubt_before_an_untagged_quote_is_still_theirs() -> None:
    body = ("Ada Lind says the quay will reopen by June.\n\n"
            "Her brother Owen was not so sure. \"I have heard that every spring for six years now.\"")
    assert _speaker_of(body, "I have heard that every") == "her brother, Owen"


# ---- a statement read out on someone's behalf ----

def test_on_her_behalf_after_a_paragraph_about_her_is_hers() -> None:
    body = ("Cara Vey could not travel to the ceremony because of the snow.\n\n"
            "Bo Hart accepted the medal and read a statement on her behalf. \"I owe this to the crew of the "
            "lifeboat, every one of them.\"")
    assert _speaker_of(body, "I owe this to the crew", THREE) == "Cara Vey"


def test_on_his_behalf_never_reaches_a_man_only_named_as_an_object_before() -> None:
    jon = Person("Jon Reed", ("Reed", "Mr Reed"), (), "he", "reed")
    body = ("Jon Reed stayed at home on the night of the count.\n\n"
            "He beat Bo Hart by forty votes.\n\n"
            "A party worker read a statement on his behalf. \"I will work for every street in this ward.\"")
    assert _speaker_of(body, "I will work for every street", (LIND, HART, jon)) == "Jon Reed"


def test_on_her_behalf_after_a_woman_this_paragraph_introduces_is_not_one_named_before() -> None:
    body = ("Ada Lind opened the inquest on Tuesday.\n\n"
            "The driver's mother, who lives abroad, sent her apologies. An usher read a statement on her "
            "behalf. \"He was kind and careful and he loved that road.\"")
    assert _speaker_of(body, "He was kind and careful") != "Ada Lind"


def test_the_reader_is_not_whom_she_reads_for_even_when_she_is_the_woman_named() -> None:
    body = ("Cara Vey is in hospital after a fall.\n\n"
            "Ada Lind read a letter on her behalf to the meeting. \"Please keep the library open for the "
            "children of this town.\"")
    assert _speaker_of(body, "Please keep the library", THREE) == "Cara Vey"


def test_a_letter_sent_on_his_behalf_is_followed_by_the_senders_own_words() -> None:
    body = ("Bo Hart has not been well enough to leave home.\n\n"
            "Ada Lind sent an email to the board on his behalf. \"Somebody had to, and I knew the file.\"")
    assert _speaker_of(body, "Somebody had to") == "Ada Lind"


def test_a_lawyer_representing_a_name_reads_on_that_names_behalf() -> None:
    body = ("Jo Pell, a lawyer representing Hart, read a statement on her client's behalf outside court. "
            "\"I have always paid what I owed and I always will.\"")
    assert _speaker_of(body, "I have always paid") == "Bo Hart"


def test_an_agent_owned_in_another_sentence_is_not_the_readers_client() -> None:
    body = ("Lind's lawyer was not at the hearing. Jo Pell then read a statement on her client's behalf. "
            "\"The quay was closed without a single public meeting.\"")
    assert _speaker_of(body, "The quay was closed without") not in ("Ada Lind", "Bo Hart")


def test_an_owned_agent_in_the_reading_sentence_still_gives_the_client() -> None:
    body = ("Hart's solicitor, Jo Pell, read a statement on his client's behalf. \"I regret the delay, and I "
            "will repay every penny.\"")
    assert _speaker_of(body, "I regret the delay") == "Bo Hart"


# ---- a first deed before another's telling ----

def test_a_first_deed_with_an_object_pronoun_still_leads_to_the_named_teller() -> None:
    body = "Ada Lind said Vey had taken her to one side and told her: \"Nobody here will vote for it.\""
    assert _speaker_of(body, "Nobody here will vote", THREE) == "Cara Vey"


def test_a_first_deed_over_a_because_clause_is_not_the_named_ones_telling() -> None:
    body = ("Ada Lind said Hart had walked out because she stood up and told the room: \"This board has "
            "lied to you for a year.\"")
    assert _speaker_of(body, "This board has lied") == "Ada Lind"


# ---- a question clause before a quote with no verb of saying ----

def test_one_asked_by_another_what_answers() -> None:
    body = ("Bo Hart was asked by Ms Lind what the closure would cost the town. \"More than this board will "
            "ever admit in public.\"")
    assert _speaker_of(body, "More than this board") == "Bo Hart"


def test_a_name_after_a_question_set_off_by_a_semicolon_is_the_speaker() -> None:
    body = ("Lind was unsure whether Hart would stay on; Hart himself was blunt. \"I am going nowhere "
            "until the quay is open again.\"")
    assert _speaker_of(body, "I am going nowhere") == "Bo Hart"


def test_a_name_inside_the_question_still_leaves_the_one_asked_answering() -> None:
    body = ("Ada Lind was asked whether Hart, the harbour chair, would resign. \"That is a matter for him "
            "and for nobody else.\"")
    assert _speaker_of(body, "That is a matter for him") == "Ada Lind"
