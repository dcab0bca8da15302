"""Attribution, session 34 (third round): forms real articles use that the parser missed, read from the
readable probes' misses and tested on invented text (corrections' misquotes, a document's own words)."""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    found = extract_mentions("d", split_layout(HEAD + body), people, descriptors)
    return next((m.speaker for m in found if words in m.text), "not found")


# ---- a correction's misquote is nobody's words; what was really said stays the speaker's ----

def test_a_corrections_misquote_is_no_statement_and_the_true_words_stay_hers() -> None:
    body = ("Correction: A report on 4 June quoted Ada Lind as saying the quay would be \"sold off within "
            "the year\". Ms Lind said the quay \"could be leased out for a while\". We apologise for the "
            "error.")
    assert _speaker_of(body, "sold off within") == "not found"
    assert _speaker_of(body, "could be leased") == "Ada Lind"


def test_a_headline_cited_in_a_correction_goes_with_the_misquote() -> None:
    body = ("Corrections and clarifications\n\nAn article on 9 May (\"Quay closure a disgrace, say "
            "fishermen\") quoted the harbour chair, Bo Hart, as saying \"we shut it because we wanted to\". "
            "Mr Hart said \"we shut it because we had to\". We regret the error.")
    assert _speaker_of(body, "Quay closure a disgrace") == "not found"
    assert _speaker_of(body, "because we wanted to") == "not found"
    assert _speaker_of(body, "because we had to") == "Bo Hart"


def test_quoted_as_saying_outside_a_correction_is_still_the_speakers() -> None:
    body = ("The Gazette quoted Bo Hart as saying \"the quay will not reopen while I chair this board\", "
            "and on Friday he repeated it on local radio.")
    assert _speaker_of(body, "the quay will not reopen") == "Bo Hart"


# ---- a document's own words: an unnamed speaker, never a person named near them ----

def test_a_reports_own_words_are_an_unnamed_speakers() -> None:
    body = ("The inspectors' review of the quay was published on Monday. \"The north wall was allowed to "
            "decay for a decade while repairs were deferred,\" the report says.")
    got = _speaker_of(body, "The north wall was allowed")
    assert got not in ("not found", "Ada Lind", "Bo Hart")


def test_a_documents_words_are_not_given_to_the_person_it_names() -> None:
    body = ("Bo Hart commissioned the survey last year. The survey found that the wall was "
            "\"beyond economic repair and a danger to anyone on the quay\".")
    got = _speaker_of(body, "beyond economic repair")
    assert got not in ("not found", "Bo Hart")


def test_a_person_quoting_a_document_still_speaks_herself() -> None:
    body = ("\"I read every page of it and I still do not know who decided,\" Lind said of the report.")
    assert _speaker_of(body, "I read every page") == "Ada Lind"


def test_a_quoted_heading_in_a_report_is_nobodys_words() -> None:
    body = ("The survey runs to 60 pages. Under the heading \"Condition of the north wall\", the report "
            "notes only that the wall was inspected twice.")
    assert _speaker_of(body, "Condition of the north wall") == "not found"


def test_a_short_term_a_report_uses_stays_nobodys() -> None:
    body = "The survey called the north wall \"structurally unsound\" and the quay was shut that week."
    assert _speaker_of(body, "structurally unsound") == "not found"


def test_a_letters_words_are_no_documents_voice() -> None:
    body = ("Lind wrote to the board in March.\n\n\"The wall will not last another winter and someone will "
            "be hurt,\" the letter said.")
    assert _speaker_of(body, "The wall will not last") in ("Ada Lind", "not found")


# ---- "the inspectors wrote": a group, not the one person the config calls "the inspector" ----

VOSS = Person("Tom Voss", ("Voss",), (), "he", "voss", descriptors=("the inspector",))


def test_a_plural_of_a_configured_role_is_an_unnamed_group() -> None:
    body = ("The inspection report was published on Friday.\n\n\"Invoices were approved by the same officer "
            "who raised them, month after month,\" the inspectors wrote.")
    got = _speaker_of(body, "Invoices were approved", (*PEOPLE, VOSS))
    assert got not in ("not found", "Tom Voss", "Ada Lind", "Bo Hart")


def test_the_singular_role_is_still_the_configured_holder() -> None:
    body = ("Tom Voss, the inspector, visited in May.\n\n\"Invoices were approved by the same officer who "
            "raised them, month after month,\" the inspector wrote.")
    assert _speaker_of(body, "Invoices were approved", (*PEOPLE, VOSS)) == "Tom Voss"


# ---- printed Q&As: an AMA's bold questions by handle, a standfirst that names the paper ----

def test_an_ama_with_bold_questions_by_handle_gives_the_plain_answers_to_the_one_answering() -> None:
    body = ("Bo Hart answered questions on a harbour forum on Sunday. A selection:\n\n"
            "**u/quaywatcher: Would you ever reopen the north quay?**\n\n"
            "Not this year, no. I'd reopen it tomorrow if the engineers signed the wall off.\n\n"
            "**u/gullsofthebay: Do you regret the vote?**\n\n"
            "No. I regret not calling it sooner, before the storm season.")
    assert _speaker_of(body, "Not this year, no") == "Bo Hart"
    assert _speaker_of(body, "I regret not calling it sooner") == "Bo Hart"


def test_a_standfirst_saying_he_spoke_to_the_paper_opens_an_unlabelled_qa() -> None:
    body = ("Bo Hart, 61, chairs the harbour board. He spoke to the Courier in the harbour office.\n\n"
            "Why did you vote to close it?\n\n"
            "Because the wall is failing. I have seen the survey and I will not risk a life on it.\n\n"
            "What would you say to the skippers?\n\n"
            "I'd say come and read it with me. The door is open.")
    assert _speaker_of(body, "Because the wall is failing") == "Bo Hart"
    assert _speaker_of(body, "come and read it with me") == "Bo Hart"


def test_spoke_to_the_residents_opens_no_qa() -> None:
    body = ("Bo Hart spoke to the residents at the hall on Friday. He spoke to the residents for an hour.\n\n"
            "Why would anyone vote to close a working quay?\n\n"
            "The question hung over the meeting. I counted forty skippers in the room.\n\n"
            "What would you do with the money?\n\n"
            "The board has not said.")
    assert _speaker_of(body, "The question hung") != "Bo Hart"


# ---- nested report: "Lind said he had come home and told her: “…”" is his words, not hers ----

def test_a_pronoun_of_the_other_gender_telling_inside_a_report_is_the_one_quoted() -> None:
    body = ("Bo Hart left the harbour meeting before the vote.\n\nHis neighbour, Ada Lind, said he had come "
            "home that night and told her: \"They will close it whatever any of us say.\"")
    assert _speaker_of(body, "They will close it") == "Bo Hart"


def test_a_pronoun_of_the_speakers_own_gender_leaves_the_quote_hers() -> None:
    body = ("Bo Hart left the harbour meeting before the vote.\n\nAda Lind said she had gone to the board "
            "and told them: \"They will close it whatever any of us say.\"")
    assert _speaker_of(body, "They will close it") == "Ada Lind"


def test_a_pronoun_in_a_clause_with_no_telling_leaves_the_quote_the_speakers() -> None:
    body = ("Bo Hart left the harbour meeting before the vote.\n\nAda Lind said he had gone home early, "
            "adding: \"They will close it whatever any of us say.\"")
    assert _speaker_of(body, "They will close it") == "Ada Lind"


# ---- "Cross-examining, X, for Y, put it to him that …", then untagged turns ----

CROSS = ("Giving evidence, Mr Hart said: \"I kept the ledger at home because I wanted a copy nobody could "
         "shred.\"\n\nCross-examining, Jane Moss, for the board, put it to him that he had broken the rules."
         "\n\n\"Technically, yes.\"\n\n\"And you knew that could cost you your job?\"\n\n\"I knew that "
         "leaving the wall as it was would be worse.\"")


def test_untagged_turns_after_cross_examining_alternate_between_counsel_and_witness() -> None:
    assert _speaker_of(CROSS, "Technically, yes") == "Bo Hart"
    assert _speaker_of(CROSS, "And you knew that") not in ("not found", "Bo Hart", "Ada Lind")
    assert _speaker_of(CROSS, "I knew that leaving") == "Bo Hart"


def test_cross_examining_a_pronoun_no_one_known_fits_opens_no_exchange() -> None:
    body = CROSS.replace("put it to him", "put it to her")
    assert _speaker_of(body, "Technically, yes") in ("not found", "Ada Lind")


def test_a_fronted_questioning_word_in_prose_with_no_one_put_to_opens_no_exchange() -> None:
    body = ("Mr Hart gave evidence for an hour.\n\nQuestioning, Jane Moss said, was the board's right.\n\n"
            "\"Technically, yes.\"")
    assert _speaker_of(body, "Technically, yes") != "Bo Hart"


# ---- a lead that describes someone first and names them in the next paragraph ----

LEAD = ("A SACKED harbour engineer last night claimed he warned bosses SIX WEEKS before the collapse that "
        "the wall was a 'disaster waiting to happen'.\n\n{next}")


def test_a_lead_pronoun_goes_to_the_one_the_next_paragraph_opens_on() -> None:
    body = LEAD.format(next="Bo Hart, 52, says he was marched off the quay after raising the alarm.")
    assert _speaker_of(body, "disaster waiting to happen") == "Bo Hart"


def test_a_lead_pronoun_is_not_given_to_a_next_name_of_the_other_pronoun() -> None:
    body = LEAD.format(next="Ada Lind, 47, who chairs the harbour board, says the wall was inspected in May.")
    assert _speaker_of(body, "disaster waiting to happen") != "Ada Lind"


def test_a_lead_pronoun_is_not_given_to_a_name_that_is_not_set_off() -> None:
    body = LEAD.format(next="Bo Hart said nothing when the board met on Friday.")
    assert _speaker_of(body, "disaster waiting to happen") != "Bo Hart"


def test_a_pronoun_after_someone_named_in_its_own_paragraph_is_not_given_to_the_next() -> None:
    body = ("Tom Rudd KC, for the harbour company, told the court it could not pay. \"The directors have "
            "concluded, with real regret, that the company cannot go on,\" he said.\n\nBo Hart, a partner "
            "at a restructuring firm, was appointed administrator.")
    assert _speaker_of(body, "The directors have concluded") != "Bo Hart"


# ---- "Its central finding is blunt: …": a document's finding after a colon ----

def test_its_finding_after_a_colon_is_the_documents_words() -> None:
    body = ("The harbour authority published its inquiry on Thursday. Its central finding is blunt: the "
            "board \"did not tell the harbour master about a known and recurring crack in the wall\".")
    got = _speaker_of(body, "did not tell the harbour master")
    assert got not in ("not found", "Ada Lind", "Bo Hart")


def test_its_finding_of_something_that_is_no_document_stays_as_before() -> None:
    body = ("Bo Hart published his plan on Thursday. Its central finding is blunt: the board \"did not tell "
            "the harbour master about a known and recurring crack in the wall\", he said.")
    assert _speaker_of(body, "did not tell the harbour master") == "Bo Hart"


# ---- a body's motto in its boilerplate: "Its mission: “…”" ----

WORKS = Person("Harbour Works", ("Harbour Works",), (), "it", "harbourworks")


def test_a_bodys_mission_after_a_colon_is_no_statement() -> None:
    body = ("ENDS\n\nAbout Harbour Works: Harbour Works repairs sea walls in Scotland. Its mission: \"Safe "
            "quays for every town in the country.\"")
    assert _speaker_of(body, "Safe quays for every town", (*PEOPLE, WORKS)) == "not found"


def test_a_persons_mission_after_a_colon_stays_hers() -> None:
    body = ("Ada Lind set up the fund in 2019. Her mission: \"No family should lose a boat to a failing "
            "wall.\"")
    assert _speaker_of(body, "No family should lose") == "Ada Lind"
