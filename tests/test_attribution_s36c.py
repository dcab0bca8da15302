"""Attribution, session 36 (third round): general gaps in how reports attribute, on invented text (an
untagged cross-examination opened by "Cross-examined by X, she …", minutes' "The Chair", an unnamed
relative before a verb of saying, a relative's initial before a known surname, "So says X" carried on)."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
VEY = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")
PEOPLE = (LIND, HART)
THREE = (LIND, HART, VEY)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- an untagged cross-examination opened by a fronted "Cross-examined by X, she …" ----

_CROSS = ("Ada Lind gave evidence on the third day. Cross-examined by Mr Pryce, for the harbour board, she "
          "accepted that she had kept the keys to the boathouse.\n\n")


def test_the_witness_answers_in_an_untagged_exchange_after_cross_examined_by() -> None:
    body = _CROSS + ("\"So you could have opened it at any time?\"\n\n\"I could. I never did.\"\n\n"
                     "\"Not even once, that whole winter?\"\n\n\"Not once.\"")
    assert _speaker_of(body, "I could. I never did") == "Ada Lind"
    assert _speaker_of(body, "Not once.") == "Ada Lind"
    assert _speaker_of(body, "So you could have opened") not in ("Ada Lind", "not found")
    assert _speaker_of(body, "Not even once, that whole") not in ("Ada Lind", "not found")


def test_counsels_tagged_assertion_keeps_the_exchange_going() -> None:
    body = _CROSS + ("\"You kept those keys because you meant to use them,\" Mr Pryce said.\n\n"
                     "\"I kept them because nobody else would.\"\n\n\"Is that really the whole reason?\"\n\n"
                     "\"It is the only one I have.\"")
    assert _speaker_of(body, "I kept them because nobody") == "Ada Lind"
    assert _speaker_of(body, "It is the only one I have") == "Ada Lind"
    assert _speaker_of(body, "Is that really the whole") != "Ada Lind"


def test_a_named_witness_after_the_comma_answers() -> None:
    body = ("Under questioning from Ada Lind, Hart conceded that the pumps had failed twice.\n\n"
            "\"Why did you not report the first failure?\"\n\n\"Because it was fixed within the hour.\"")
    assert _speaker_of(body, "Because it was fixed within") == "Bo Hart"
    assert _speaker_of(body, "Why did you not report") == "Ada Lind"


def test_a_passive_questioning_in_the_middle_of_a_sentence_opens_no_exchange() -> None:
    body = ("Ada Lind said the witness had been questioned by Mr Pryce, she thought, for far too long.\n\n"
            "\"Four hours on the stand is cruel for anyone, let alone a man of eighty.\"")
    assert _speaker_of(body, "Four hours on the stand") == "Ada Lind"


def test_a_tagged_paragraph_by_someone_outside_the_exchange_ends_it() -> None:
    body = _CROSS + ("\"This line of questioning has gone on long enough,\" Cara Vey, the judge, said.\n\n"
                     "\"I will move on, my lady, to the night of the storm.\"")
    assert _speaker_of(body, "I will move on, my lady", THREE) != "Ada Lind"


def test_a_cross_examination_without_a_known_witness_credits_no_one_by_it() -> None:
    body = ("Cross-examined by Mr Pryce, the witness accepted she had kept the keys.\n\n"
            "\"So you could have opened it whenever you liked?\"\n\n\"I suppose I could have done.\"")
    assert _speaker_of(body, "I suppose I could have done", PEOPLE) not in ("Ada Lind", "Bo Hart")


# ---- minutes' "The Chair" is whoever chairs the meeting ----

_MINUTES_HEAD = ("Minutes of the meeting of the Harbour Committee held on 4 May\n\n"
                 "Present: Cllr A. Lind (Chair), Cllr B. Hart, Cllr T. Moon. In attendance: Mr D. Roe "
                 "(Harbour Master).\n\n"
                 "5. MOORINGS\n\n")


def test_the_chair_of_minutes_is_the_known_person_their_list_marks_as_chair() -> None:
    body = _MINUTES_HEAD + "The Chair said: \"We will not raise the mooring fees again this year.\""
    assert _speaker_of(body, "We will not raise the mooring") == "Ada Lind"


def test_the_chair_marked_in_the_list_who_is_no_one_known_speaks_as_that_name() -> None:
    body = ("Minutes of the meeting of the Parks Committee held on 4 May\n\n"
            "Present: Councillors R. Quill (Chair), B. Hart, T. Moon. In attendance: Mr D. Roe (Parks "
            "Officer).\n\n"
            "The Chair said: \"The bandstand will be repainted before the summer.\"")
    assert _speaker_of(body, "The bandstand will be repainted") == "the chair (R. Quill)"


def test_the_chair_of_minutes_whose_list_is_missing_is_the_meetings_chair() -> None:
    vey = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey", ("the chair of the trust",))
    body = ("Hart addressed the committee about the slipway.\n\n"
            "The Chair said: \"The committee has every sympathy with the rowing club.\"\n\n"
            "RESOLVED: That the slipway be repaired.")
    assert _speaker_of(body, "The committee has every sympathy", (LIND, HART, vey)) == "the Chair"


def test_the_chair_in_a_news_report_is_still_the_one_the_config_calls_chair() -> None:
    vey = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey", ("the chair of the trust",))
    body = ("Cara Vey opened the trust's meeting on Monday.\n\n"
            "The Chair said: \"The trust has never been in better shape.\"")
    assert _speaker_of(body, "The trust has never been", (LIND, HART, vey)) == "Cara Vey"


def test_minutes_naming_the_configs_chair_keep_her_for_the_chair() -> None:
    vey = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey", ("the chair of the trust",))
    body = ("Ms Vey welcomed members and thanked the rowing club.\n\n"
            "The Chair said: \"The slipway is our first priority this year.\"\n\n"
            "RESOLVED: That the slipway be repaired.")
    assert _speaker_of(body, "The slipway is our first", (LIND, HART, vey)) == "Cara Vey"


def test_a_present_list_marking_no_chair_names_no_chair() -> None:
    body = ("Minutes of the meeting of the Harbour Committee held on 4 May\n\n"
            "Present: Cllr A. Lind, Cllr B. Hart, Cllr T. Moon. In attendance: Mr D. Roe (Harbour "
            "Master).\n\n"
            "Cllr Hart said: \"The moorings need dredging before the regatta.\"")
    assert _speaker_of(body, "The moorings need dredging") == "Bo Hart"


def test_a_chair_of_something_else_in_minutes_is_no_meetings_chair() -> None:
    body = _MINUTES_HEAD + ("Cllr Hart said the chair of the rowing club had written to him: \"The slipway "
                            "is a danger to every child who uses it.\"")
    assert _speaker_of(body, "The slipway is a danger") not in ("Ada Lind", "the chair (A. Lind)")


# ---- an unnamed relative opening a sentence before a verb of saying ----

_WON = "Ada Lind won the coastal rowing final on Sunday.\n\n"


def test_her_father_before_said_speaks_for_himself() -> None:
    body = _WON + "Her father said: \"She was on the water before school every morning for ten years.\""
    assert _speaker_of(body, "She was on the water before") == "her father"


def test_her_father_set_off_by_a_trade_speaks_a_partial_quote() -> None:
    body = _WON + "Her father, a retired ferryman, told the Courier she had \"never once missed a session\"."
    assert _speaker_of(body, "never once missed a session") not in ("Ada Lind", "not found")


def test_a_relative_whose_name_is_set_off_is_that_known_person() -> None:
    body = _WON + "Her father, Bo Hart, said she had \"never once missed a session\"."
    assert _speaker_of(body, "never once missed a session") == "Bo Hart"


def test_a_relative_as_the_object_of_telling_is_no_speaker() -> None:
    body = _WON + "She told her father: \"I was on the water before school every morning for this.\""
    assert _speaker_of(body, "I was on the water before") == "Ada Lind"


def test_a_relative_named_later_in_the_paragraph_is_the_known_one() -> None:
    body = ("Cara Vey came home from hospital on Friday.\n\n"
            "Her father said the family were \"completely overwhelmed\". \"I just cried in the car park,\" "
            "Hart said.")
    assert _speaker_of(body, "completely overwhelmed", THREE) == "Bo Hart"


def test_a_relative_in_the_middle_of_a_sentence_is_no_new_speaker() -> None:
    body = _WON + "Lind said her father said nothing at all. \"He just hugged me for a very long time.\""
    assert _speaker_of(body, "He just hugged me") == "Ada Lind"


# ---- a known surname after another initial, a word of kinship near, is a relative ----

def test_a_surname_after_another_initial_beside_a_kinship_word_is_not_the_known_one() -> None:
    body = _WON + "Her father, retired harbourmaster T. Lind, said she had \"always loved the cold water\"."
    assert _speaker_of(body, "always loved the cold water") != "Ada Lind"


def test_a_surname_after_her_own_initial_is_still_hers() -> None:
    body = ("The results were announced on Sunday.\n\n"
            "A. Lind, whose mother rowed for Wales, said: \"The crossing was the hardest of my life.\"")
    assert _speaker_of(body, "The crossing was the hardest") == "Ada Lind"


def test_a_surname_after_another_initial_with_no_kinship_near_is_still_the_known_one() -> None:
    body = ("The results were announced on Sunday.\n\n"
            "T. Lind said: \"The crossing was the hardest of my life.\"")
    assert _speaker_of(body, "The crossing was the hardest") == "Ada Lind"


# ---- "So says X, …" with no quote of its own: the untagged quote after it is X's ----

_SO_SAYS_BODY = ("\"Rowing is the last sport where a novice can beat a champion on a calm day.\"\n\n"
                 "So says Ada Lind, in Oban this week for the coastal championships.\n\n")


def test_the_untagged_quote_after_so_says_is_the_one_it_names() -> None:
    body = _SO_SAYS_BODY + "\"They asked me about the final before they asked about my crew.\""
    assert _speaker_of(body, "They asked me about the final") == "Ada Lind"


def test_a_tagged_quote_after_so_says_stays_with_its_tag() -> None:
    body = _SO_SAYS_BODY + "\"She says that every year, and every year she wins,\" Hart said."
    assert _speaker_of(body, "She says that every year") == "Bo Hart"


def test_so_says_a_rulebook_names_nobody_to_carry_on() -> None:
    body = ("Ada Lind trained in Oban.\n\nSo says the rulebook, anyway, in its third chapter on "
            "crews.\n\n\"No boat may carry a crew of more than four rowers and a cox.\"")
    assert _speaker_of(body, "No boat may carry a crew") != "Ada Lind"


def test_says_inside_a_sentence_is_no_inverted_opening() -> None:
    body = ("Ada Lind trained in Oban.\n\nThe crews went out early, and so, says Hart, did the wind.\n\n"
            "\"The water was flat at six and a mess by eight that morning.\"")
    assert _speaker_of(body, "The water was flat at six") != "Bo Hart"
