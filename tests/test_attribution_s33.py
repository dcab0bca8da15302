"""Attribution, session 33: general forms read from the razorbill probe's misses, on invented text."""

import pytest

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions
from components.parse.transcript import find_turns

LIND = Person("Ada Lind", ("Lind",), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Bobby"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _turns(*paragraphs: str) -> list[tuple[int, str, str]]:
    return [(t.paragraph, t.person.name if hasattr(t, "person") else t.speaker, t.text[:14])
            for t in find_turns(list(paragraphs), PEOPLE)]


def _speakers(body: str, people: tuple[Person, ...] = PEOPLE) -> list[tuple[str, str]]:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    return [(m.speaker, m.text[:20]) for m in extract_mentions("d", split_layout(HEAD + body), people,
                                                               descriptors)]


# ---- transcripts ----

@pytest.mark.parametrize("label", ["DET SGT ADA LIND:", "HARBOUR MASTER ADA LIND:", "Ch Insp Ada Lind:"])
def test_a_rank_before_a_full_name_labels_that_persons_turn(label: str) -> None:
    found = _turns(f"{label} We closed the quay at noon.", "REPORTER: Was anyone hurt?", "LIND: No.")
    assert found[0] == (0, "Ada Lind", "We closed the ")


def test_a_rank_before_a_surname_alone_or_another_name_is_nobody_known() -> None:
    found = _turns("DET SGT LIND HOLM: We closed the quay.", "REPORTER: Was anyone hurt?", "HOLM: No.")
    assert all(name != "Ada Lind" for _, name, _ in found)


@pytest.mark.parametrize("label", ["COUNSEL FOR ADA LIND:", "Solicitor representing Ada Lind:",
                                   "SISTER OF ADA LIND:", "Spokesman on behalf of Ada Lind:"])
def test_a_label_for_a_known_person_is_not_that_persons_turn(label: str) -> None:
    found = _turns(f"{label} You shut the quay at noon?", "BO HART: I did.", f"{label} Why?",
                   "BO HART: The tide.")
    assert all(name != "Ada Lind" for _, name, _ in found)


def test_an_office_for_a_subject_before_a_full_name_is_still_that_persons_turn() -> None:
    found = _turns("MINISTER FOR HARBOURS ADA LIND: We closed the quay at noon.",
                   "REPORTER: Was anyone hurt?", "LIND: No.")
    assert found[0] == (0, "Ada Lind", "We closed the ")


def test_a_members_seat_and_party_make_a_parliaments_record_without_a_question() -> None:
    found = _turns("Harbour Closures",
                   "The Minister for Ports, Harbours and Coasts (Ada Lind): I will make a statement on the "
                   "closure of the north quay.",
                   "Tom Rudd (Eastfield and Marsh) (Lab): My constituents fish from that quay and they want "
                   "an answer today.",
                   "Ada Lind: The hon. Member is right, and he will have one.")
    assert [(n, name) for n, name, _ in found] == [(1, "Ada Lind"), (2, "Tom Rudd"), (3, "Ada Lind")]


def test_one_label_with_brackets_and_no_question_is_no_record() -> None:
    assert _turns("Tom Rudd (Eastfield) (Lab): elected 2019.", "The quay closes in June.") == []


def test_two_roles_in_turn_one_asking_are_a_call_transcript() -> None:
    found = _turns("The court heard the call.", "CALLER: The quay is flooding and my car is on it.",
                   "OPERATOR: Are you out of the car now?", "CALLER: Yes, I'm on the wall.")
    assert [name for _, name, _ in found] == ["the caller", "the operator", "the caller"]


def test_two_role_lines_without_a_question_are_no_transcript() -> None:
    assert _turns("PRESENTER: The quay closes in June.", "CALLER: About time too.",
                  "PRESENTER: Lines are open now.") == []


def test_time_stamped_lines_by_two_or_more_names_are_a_chat_log() -> None:
    found = _turns("The group chat that afternoon:", "[14:02] Ada Lind: water over the north quay",
                   "[14:03] Sam Pell: moving the boats now", "[14:05] Bo Hart: close the gate")
    assert [(n, name) for n, name, _ in found] == [(1, "Ada Lind"), (2, "Sam Pell"), (3, "Bo Hart")]


def test_one_time_stamped_line_or_one_voice_is_no_chat_log() -> None:
    assert _turns("[14:02] Ada Lind: water over the quay", "The board met at three.") == []
    assert _turns("[14:02] Ada Lind: water over the quay", "[14:03] Ada Lind: and rising",
                  "[14:05] Ada Lind: gone") == []


def test_a_chat_log_of_first_names_talking_is_still_a_chat_log() -> None:
    found = _turns("Messages read to the court:", "[22:10] Lind: where are you",
                   "[22:11] Kit: at the quay, the gate is open?", "[22:12] Lind: I locked it at six")
    assert [(n, name) for n, name, _ in found] == [(1, "Ada Lind"), (2, "Kit"), (3, "Ada Lind")]


def test_a_live_blogs_stamped_entries_under_headings_are_no_chat_log() -> None:
    assert _turns("Live: the harbour vote as it happened.",
                  "10:05 Travel Update: buses are running late on the coast road.",
                  "10:20 Breaking News: the board has adjourned for lunch.",
                  "10:40 Travel Update: the coast road is open again.") == []
    assert _turns("Live: the harbour vote.", "[10:05] Council: the chamber is full.",
                  "[10:20] Harbour: boats are tied up along the wall.",
                  "[10:40] Council: the vote is due at two.") == []


def test_an_introduction_calling_the_interviewee_he_names_the_sentence_before() -> None:
    found = _turns("Bo Hart, 61, has kept the quay for thirty years. He talked to us at his home.",
                   "Q: When did the water come over?", "A: About two. I had never seen it so high.",
                   "Q: Will it open again?", "A: Not this year.")
    assert [name for _, name, _ in found] == ["the interviewer", "Bo Hart", "the interviewer", "Bo Hart"]


def test_a_pronoun_introduction_naming_two_people_before_it_gives_nobody() -> None:
    found = _turns("Bo Hart and Ada Lind ran the quay. She talked to us at her home.",
                   "Q: When did the water come over?", "A: About two.", "Q: Will it open again?", "A: No.")
    assert all(name not in ("Ada Lind", "Bo Hart") for _, name, _ in found)


def test_we_asked_her_about_opens_a_printed_interview_without_labels() -> None:
    found = _turns("Ada Lind has chaired the board since 2020. We asked her about the vote.",
                   "Why close the quay for a year?", "Because it is unsafe. I will not gamble.",
                   "Were you lobbied?", "Everyone lobbied me. Nobody moved me.")
    assert [(n, name) for n, name, _ in found if name == "Ada Lind"] == [(2, "Ada Lind"), (4, "Ada Lind")]


def test_we_asked_her_in_a_report_with_one_question_is_no_interview() -> None:
    assert _turns("We asked her about the vote.", "Why close the quay?", "The board did not reply.") == []


# ---- an exchange a quoted turn opens ----

def test_a_question_put_to_someone_opens_an_exchange_of_untagged_quotes() -> None:
    body = ("Giving evidence, Hart said: \u201cI locked the gate at six that evening.\u201d\n\n"
            "Questioned for the board, he was asked: \u201cYou had a key. Why not use it?\u201d\n\n"
            "\u201cI did use it. The lock was broken.\u201d\n\n\u201cWho broke it?\u201d\n\n"
            "\u201cI have no idea, and nobody has told me since.\u201d")
    assert [name for name, _ in _speakers(body)] == ["Bo Hart", "a questioner", "Bo Hart", "a questioner",
                                                     "Bo Hart"]


def test_a_cross_examined_answer_opens_an_exchange_of_untagged_quotes() -> None:
    body = ("Cross-examined for the council, Lind agreed she had seen the report. Asked why she had not "
            "acted, she replied: \u201cI thought the lock would hold.\u201d\n\n"
            "\u201cDid you ever check it yourself?\u201d\n\n\u201cNo, not once.\u201d")
    assert [name for name, _ in _speakers(body)] == ["Ada Lind", "a questioner", "Ada Lind"]


def test_a_quote_in_no_questioning_is_continued_by_an_untagged_question() -> None:
    body = ("At the meeting Lind said: \u201cThe quay has to close for a year at least.\u201d\n\n"
            "\u201cWho would risk a child's life on a rotten board?\u201d")
    assert [name for name, _ in _speakers(body)] == ["Ada Lind", "Ada Lind"]


def test_asked_in_a_hearing_the_paragraph_before_names_opens_an_exchange() -> None:
    body = ("Lind gave evidence to the harbour inquiry for most of Thursday afternoon.\n\n"
            "Asked why the gate was left open, she replied: \u201cThe keys were with the night crew."
            "\u201d\n\n"
            "\u201cWho was on the night crew?\u201d\n\n\u201cTwo agency men.\u201d")
    assert [name for name, _ in _speakers(body)] == ["Ada Lind", "a questioner", "Ada Lind"]


def test_a_reporters_question_answered_once_leaves_the_speakers_next_quotes_hers() -> None:
    body = ("Asked whether she would stand again, Lind said: \u201cThat is for the members.\u201d\n\n"
            "\u201cWho else knows this harbour as well as I do?\u201d\n\n"
            "\u201cNobody, and they know it.\u201d")
    assert [name for name, _ in _speakers(body)] == ["Ada Lind", "Ada Lind", "Ada Lind"]


# ---- the nearest name is not the speaker ----

MINISTER = Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=("the minister",))
WATCH = Person("Harbour Watch", ("Watch",), (), "it", "watch")


def test_a_fronted_participles_object_takes_no_apposition_from_the_subject() -> None:
    body = ("Speaking in Cornish to BBC Radio Kernow, the minister, whose seat takes in the quay, said: "
            "\u201cThe quay will reopen when it is safe and not one day before.\u201d")
    people = (MINISTER, HART)
    assert _speakers(body, people)[0][0] == "Ada Lind"


def test_an_apposition_after_a_name_opening_its_sentence_is_still_learnt() -> None:
    body = ("Talking to reporters, Bo Hart, the minister, toured the quay on Monday.\n\n"
            "\u201cIt will reopen when it is safe and not one day before,\u201d the minister said.")
    assert _speakers(body, (MINISTER, HART))[0][0] == "Bo Hart"


def test_a_body_after_a_name_and_a_comma_before_a_colon_is_the_persons_affiliation() -> None:
    body = ("What they said\n\nBo Hart, Harbour Watch: \u201cThe quay is rotten from one end to the "
            "other.\u201d\n\nHarbour Watch: \u201cWe have said so for ten years and nobody listened.\u201d")
    assert [name for name, _ in _speakers(body, (HART, WATCH))] == ["Bo Hart", "Harbour Watch"]


def test_the_host_pressing_him_on_someone_asks_the_question_not_the_one_named() -> None:
    body = ("Hart was on Friday's late show.\n\nSam Pike then pressed him on Lind: \u201cHave you spoken "
            "to her since the vote?\u201d")
    assert _speakers(body)[-1][0] == "Sam Pike"


def test_pressing_a_point_with_a_statement_is_no_question_put() -> None:
    body = "Hart pressed him on the cost: \u201cThe board has spent four million on consultants.\u201d"
    assert _speakers(body)[-1][0] == "Bo Hart"


# ---- replies and passives of telling ----

def test_a_reply_after_someone_unknown_called_out_is_not_theirs() -> None:
    body = ("Lind told the meeting the quay would close for a year.\n\n"
            "From the back of the hall, Cllr Tom Rudd called out: \u201cTwo hundred boats, Ada!\u201d\n\n"
            "\u201cThen they should have been moored somewhere safe,\u201d she replied.")
    assert _speakers(body)[-1][0] == "Ada Lind"


def test_someone_unknown_going_on_with_a_pronoun_is_still_theirs() -> None:
    body = ("\u201cThe quay has been rotten for years,\u201d said Tom Rudd, a skipper.\n\n"
            "\u201cNobody on the board ever came down to look,\u201d he added.")
    assert _speakers(body)[-1][0] == "Tom Rudd"


def test_a_passive_of_telling_before_a_colon_is_an_unnamed_tellers() -> None:
    body = ("I worked on the quay at Porthmoor in the 1980s, and on my first day we were told: "
            "\u201cNever stand between a rope and a boat.\u201d")
    assert _speakers(body, (HART, WATCH))[0][0] == "unnamed sources"


def test_someone_telling_others_before_a_colon_is_still_the_teller() -> None:
    body = "On the first day Hart told the new crews: \u201cNever stand between a rope and a boat.\u201d"
    assert _speakers(body)[0][0] == "Bo Hart"
