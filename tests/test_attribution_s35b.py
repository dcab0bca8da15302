"""Attribution, session 35 (H176): the faults left on the readable layout set blind22 and the skua probe,
tested on invented text, each with cases where the new reading must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind",
              descriptors=("the harbourmaster",))
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
OPENING = ('Bo Hart said the quay would reopen "by the end of next summer at the latest" and blamed '
           "the weather.\n\n")


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a business set off after a spokesperson's "for the X's operator" is whom they speak for ----

def test_a_business_with_its_legal_form_set_off_after_the_role_is_not_the_speaker() -> None:
    body = OPENING + ("A spokesperson for the harbour's operator, Quay Venues Sdn Bhd, said the wall was "
                      "closed \"on the advice of the engineers we hired last spring\" after the survey.")
    assert _speaker_of(body, "on the advice of the engineers") == "a spokesperson for the harbour's operator"


def test_a_business_named_by_its_trade_word_set_off_after_the_role_is_not_the_speaker() -> None:
    body = OPENING + ("A spokeswoman for the broadcaster, Corrow Media, said the crew would \"keep "
                      "filming the quay until the last boat leaves\" this winter.")
    assert _speaker_of(body, "keep filming the quay") == "a spokeswoman for the broadcaster"


def test_a_person_set_off_after_the_role_is_the_spokesperson() -> None:
    body = OPENING + ("A spokesman for the company, Tom Reed, said the firm was \"looking at every "
                      "option open to us now\" and would say more.")
    assert _speaker_of(body, "looking at every option") == "Tom Reed"


def test_a_business_that_speaks_as_the_subject_still_speaks() -> None:
    body = OPENING + ("Corrow Media said it would \"keep filming the quay until the last boat leaves\" this "
                      "winter.")
    assert _speaker_of(body, "keep filming the quay") == "Corrow Media"


def test_a_business_set_off_after_a_person_noun_is_no_body_of_a_spokesperson() -> None:
    # "the company's founder, Tom Reed Ltd…" does not occur; a person after a person's role still speaks
    body = OPENING + ("The harbour's new operator, Tom Reed, said the quay was \"in far worse shape than "
                      "anyone told us\" when he took over.")
    assert _speaker_of(body, "in far worse shape") == "Tom Reed"


# ---- an unnamed source is never the person or thing named in what they know ----

_LEASE_LINES = ("Ada Lind has run the harbour board for a decade. She says the closure was \"the "
                "hardest call of my working life\" and that she stands by it.\n"
                "Who pays when a quay shuts? Inside the harbour lease\n"
                "Lind, 46, joined the board in 2008 after a decade at a shipping firm.\n")


def test_a_source_familiar_with_a_document_is_unnamed_after_a_named_person() -> None:
    body = _LEASE_LINES + ("A source at the port familiar with the harbour lease said the board could close "
                           "the quay \"only with the written consent of the tenants\", and it was given.")
    assert _speaker_of(body, "only with the written consent") == (
        "a source at the port familiar with the harbour lease")


def test_a_source_close_to_a_described_person_is_not_that_person() -> None:
    body = OPENING + ("An official at the port close to the harbourmaster said she was \"not going to resign "
                      "over a wall\" this week.")
    assert _speaker_of(body, "not going to resign") == "an official at the port close to the harbourmaster"


def test_the_named_person_after_a_familiar_clause_still_speaks_in_her_own_sentence() -> None:
    body = _LEASE_LINES + ("Lind, who is familiar with the harbour lease, said the board could close the "
                           "quay \"only with the written consent of the tenants\" and no other way.")
    assert _speaker_of(body, "only with the written consent") == "Ada Lind"


def test_a_place_word_that_is_no_clause_keeps_the_source_phrase_short() -> None:
    body = OPENING + ("A source at the port said the board had been \"warned about the wall in writing "
                      "twice\" before the vote.")
    assert _speaker_of(body, "warned about the wall") == "a source at the port"


# ---- an office of a body named by its possessive: the config's holder, else unnamed, never the nearest ----

_CEO_SAID = "Now I read that Quayline's CEO said we \"ran out the tide\". That is not fair to us."
_MANAGER_FIRST = ("Our skipper Bo Hart told us at nine: \"Stay on board, I will come and get you the second "
                  "they let us in.\" We were ready.\n")


def test_an_unknown_bodys_ceo_is_unnamed_not_the_person_named_before() -> None:
    body = _MANAGER_FIRST + _CEO_SAID
    assert _speaker_of(body, "ran out the tide") == "Quayline's CEO"


def test_a_bodys_chief_executive_the_config_names_is_that_person() -> None:
    lind = Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=("the chief executive of Quayline",))
    body = _MANAGER_FIRST + _CEO_SAID
    assert _speaker_of(body, "ran out the tide", (lind, HART)) == "Ada Lind"


def test_two_config_holders_of_one_office_leave_it_unnamed() -> None:
    lind = Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=("Quayline's chief executive",))
    cole = Person("Jo Cole", ("Cole",), (), "she", "cole", descriptors=("the Quayline chief executive",))
    body = _MANAGER_FIRST + _CEO_SAID
    assert _speaker_of(body, "ran out the tide", (lind, cole, HART)) == "Quayline's CEO"


def test_a_known_persons_manager_is_still_not_that_person() -> None:
    body = OPENING + "Hart's manager said the club had \"no plans to sell him this winter\" at all."
    assert _speaker_of(body, "no plans to sell him") not in ("Bo Hart", "Ada Lind")


def test_a_bodys_office_as_an_object_is_no_speaker() -> None:
    body = OPENING + ("Hart said he had written to Quayline's chief executive and told her the quay was \"a "
                      "danger to every boat that ties up there\".")
    assert _speaker_of(body, "a danger to every boat") == "Bo Hart"


def test_a_sentence_opening_word_with_a_possessive_is_no_body() -> None:
    body = OPENING + ("Hart said the quay was unsafe. Monday's chair said nothing, but Lind said the vote "
                      "was \"the only honest thing we could do\".")
    assert _speaker_of(body, "the only honest thing") == "Ada Lind"


def test_another_officer_of_a_body_is_unnamed_not_the_configs_holder() -> None:
    lind = Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=("the chief executive of Quayline",))
    for other in ("former", "acting", "interim", "vice"):
        body = OPENING + f"Quayline's {other} chief said the tide had \"ran out on the quay\" this week."
        assert _speaker_of(body, "ran out on the quay", (lind, HART)) == f"Quayline's {other} chief"


def test_a_word_that_keeps_the_office_its_own_still_names_the_configs_holder() -> None:
    lind = Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=("the chief executive of Quayline",))
    for same in ("new", "current"):
        body = OPENING + f"Quayline's {same} CEO said the tide had \"ran out on the quay\" this week."
        assert _speaker_of(body, "ran out on the quay", (lind, HART)) == "Ada Lind"


# ---- a person set off after a spokesperson is the speaker, a business set off whom they speak for ----

_QUAY_SAID = " said the quay was \"a danger to every boat\" this week."


def test_a_person_set_off_with_a_role_before_or_an_of_phrase_after_is_the_spokesperson() -> None:
    for set_off in ("the port's press officer Nell Amory", "Nell Amory of Brackwater Ferries",
                    "Nell Amory from the ferry office"):
        body = OPENING + f"A spokesman for the harbour board, {set_off},{_QUAY_SAID}"
        assert _speaker_of(body, "a danger to every boat") == "Nell Amory"


def test_a_clause_set_off_after_a_spokesperson_that_is_no_name_keeps_the_spokesperson() -> None:
    for set_off in ("which is owned by Nell Amory", "speaking on Monday"):
        body = OPENING + f"A spokesman for the harbour board, {set_off},{_QUAY_SAID}"
        assert _speaker_of(body, "a danger to every boat") not in ("Nell Amory", "Bo Hart", "Ada Lind")


def test_a_config_business_set_off_is_still_whom_the_spokesperson_speaks_for() -> None:
    firm = Person("Brackwater Co", ("Brackwater",), (), "it", "brackwater")
    body = OPENING + f"A spokesman for the ferry operator, Brackwater Co,{_QUAY_SAID}"
    speaker = _speaker_of(body, "a danger to every boat", (firm, *PEOPLE))
    assert speaker == "a spokesman for the ferry operator"


def test_a_config_person_named_like_a_business_set_off_is_the_speaker() -> None:
    person = Person("Ines Corp", ("Corp", "Ms Corp"), (), "she", "corp")
    body = OPENING + f"A spokeswoman for the ferry operator, Ines Corp,{_QUAY_SAID}"
    assert _speaker_of(body, "a danger to every boat", (person, *PEOPLE)) == "Ines Corp"


def test_a_persons_possessive_set_off_after_a_spokesperson_is_not_the_speaker() -> None:
    body = OPENING + f"A spokesman for Brackwater Records, Nell Amory's label,{_QUAY_SAID}"
    assert _speaker_of(body, "a danger to every boat") == "a spokesman for Brackwater Records"
