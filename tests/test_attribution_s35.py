"""Attribution, session 35: forms real articles use that the parser missed, read from the skua probe's
misses and tested on invented text, each with cases where the new reading must not fire."""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    found = extract_mentions("d", split_layout(HEAD + body), people, descriptors)
    return next((m.speaker for m in found if words in m.text), "not found")


# ---- a Q:/A: interview whose questions were put in writing ----

_WRITTEN_QA = ("Q: Did you know the quay wall was failing?\n\n"
               "A: I knew it was old. Nobody told me it was failing until the survey came back.\n\n"
               "Q: Would you do anything differently?\n\n"
               "A: I would have asked for the survey a year sooner, and I have said so to the board.")


def test_answers_to_questions_put_by_the_paper_are_the_one_named_before() -> None:
    body = ("Bo Hart has said little since the board voted. He agreed to answer questions from this "
            "newspaper by email.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") == "Bo Hart"
    assert _speaker_of(body, "a year sooner") == "Bo Hart"


def test_answering_questions_in_a_chamber_names_no_interviewee() -> None:
    # a hearing's "answered questions" has no one putting them in writing: no cue for "A:" turns
    body = ("Bo Hart answered questions in the council chamber for an hour on Monday, and Ada Lind "
            "answered questions after him.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") not in ("Bo Hart", "Ada Lind")


def test_two_people_named_before_written_questions_leave_the_answers_to_no_one() -> None:
    body = ("Bo Hart and Ada Lind agreed to answer questions from this newspaper by email.\n\n" + _WRITTEN_QA)
    assert _speaker_of(body, "I knew it was old") not in ("Bo Hart", "Ada Lind")


# ---- an official court transcript: the witness heading names who gives the "A." lines ----

_COURT_QA = ("Q. You inspected the quay wall in March, did you not?\n\n"
             "A. I did. I inspected it twice, and I wrote up both visits the same day.\n\n"
             "Q. And you found nothing to worry about?\n\n"
             "A. I found a crack I was worried about, and I said so in writing.\n\n"
             "THE CORONER: Thank you, we will take a short break there.")


def test_the_witness_heading_names_who_answers_the_a_lines() -> None:
    body = ("Extract from the transcript of the second day of the inquest, before the coroner.\n\n"
            "DR ADA LIND, sworn\nExamined by MR PELL\n\n" + _COURT_QA)
    assert _speaker_of(body, "I inspected it twice") == "Ada Lind"
    assert _speaker_of(body, "I found a crack") == "Ada Lind"
    assert _speaker_of(body, "You inspected the quay wall") not in ("Ada Lind", "Bo Hart", "not found")
    assert _speaker_of(body, "take a short break") not in ("Ada Lind", "Bo Hart", "not found")


def test_an_affirmed_witness_in_mixed_case_is_read_too() -> None:
    body = "Transcript, day two.\n\nBo Hart, affirmed\n\n" + _COURT_QA
    assert _speaker_of(body, "I inspected it twice") == "Bo Hart"


def test_a_heading_naming_someone_unknown_gives_the_answers_to_no_known_person() -> None:
    body = "Transcript, day two.\n\nMRS JOAN PELL, sworn\n\n" + _COURT_QA
    assert _speaker_of(body, "I inspected it twice") not in ("Ada Lind", "Bo Hart")


def test_sworn_in_prose_is_no_witness_heading() -> None:
    body = ("The new harbour master, Bo Hart, was sworn in on Monday, and Ada Lind spoke at the "
            "ceremony.\n\n" + _COURT_QA)
    assert _speaker_of(body, "I inspected it twice") not in ("Ada Lind", "Bo Hart")


# ---- a printed interview whose note says it is an edited transcript ----

def test_an_edited_transcript_note_makes_unlabelled_answers_the_subjects() -> None:
    body = ("Ada Lind spoke to the Gazette the week before the vote. This is an edited transcript.\n\n"
            "How did you end up chairing the board?\n\n"
            "By accident, mostly. I went to one meeting to complain and came home as treasurer.\n\n"
            "Do you regret the vote?\n\n"
            "No. I regret how long it took us to hold it.")
    assert _speaker_of(body, "By accident, mostly") == "Ada Lind"
    assert _speaker_of(body, "I regret how long") == "Ada Lind"


def test_a_transcript_mentioned_in_news_is_no_printed_interview() -> None:
    body = ("Ada Lind said the board would publish an edited transcript of the meeting.\n\n"
            "How did the board decide?\n\n"
            "The board decided by six votes to three after a two-hour debate on the survey.\n\n"
            "What do you think happens next?\n\n"
            "Contractors will fence off the quay on Monday and the ferry will move to the south berth.")
    assert _speaker_of(body, "six votes to three") != "Ada Lind"
    assert _speaker_of(body, "Contractors will fence") != "Ada Lind"
