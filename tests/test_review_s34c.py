"""Review s34c (H157): a fresh-eyes review of session 34's third round (H155's attribution, H156's page
reading), written as tests on invented text. A plain test pins behaviour that is right; a strict xfail
names a fault found and left for a fix."""


from components.core.config import Person
from components.parse.field_reviews import field_reviews
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _speaker_of(body: str, words: str) -> str:
    found = extract_mentions("d", split_layout(HEAD + body), PEOPLE, {})
    return next((m.speaker for m in found if words in m.text), "not found")


# ---- corrections: the misquote only, and only in a correction ----

def test_a_true_quote_before_the_corrections_sentence_stays_hers() -> None:
    body = ("\"We will fight this to the end,\" Ada Lind told the meeting. A report on 4 June quoted her as "
            "saying the quay would be \"sold off within the year\". We apologise for the error.")
    assert _speaker_of(body, "sold off within") == "not found"
    assert _speaker_of(body, "fight this to the end") == "Ada Lind"


def test_did_not_say_it_would_is_no_correction() -> None:
    body = ("In 2019 the Gazette quoted Bo Hart as saying \"the quay will never close while I chair this "
            "board\". On Friday he did not say it would reopen.")
    assert _speaker_of(body, "never close while I chair") == "Bo Hart"


def test_quoted_as_saying_with_no_denial_stays_his() -> None:
    body = ("In 2019 the Gazette quoted Bo Hart as saying \"the quay will never close while I chair this "
            "board\". On Friday he would not comment.")
    assert _speaker_of(body, "never close while I chair") == "Bo Hart"


# ---- a document's own voice: only a document, only the one named ----

def test_a_company_that_will_review_its_fees_is_no_reports_voice() -> None:
    body = ("The harbour company said it would review its fees next spring. \"Mooring charges will fall for "
            "every local skipper next year,\" it said.")
    assert _speaker_of(body, "Mooring charges will fall") in ("not found", "unnamed: the harbour company")


def test_staff_told_to_report_is_no_reports_voice() -> None:
    body = ("Staff were told to report any crack in the wall. \"Mooring charges will fall for every local "
            "skipper next year,\" it said.")
    assert _speaker_of(body, "Mooring charges will fall") == "not found"


def test_it_said_after_no_document_stays_nobodys() -> None:
    body = ("The harbour company will publish its accounts in May. \"Mooring charges will fall for every "
            "local skipper next year,\" it said.")
    assert _speaker_of(body, "Mooring charges will fall") == "not found"


# ---- a lead's pronoun named in the next paragraph: only when that paragraph is about the same one ----

def test_a_lead_pronoun_is_not_given_to_the_one_who_denies_it() -> None:
    body = ("A SACKED harbour engineer last night claimed he warned bosses weeks before the collapse that "
            "the wall was a 'disaster waiting to happen'.\n\nBo Hart, the harbour chairman, denied any "
            "warning was given.")
    assert _speaker_of(body, "disaster waiting to happen") != "Bo Hart"


# ---- printed Q&As: what opens one ----

_COLUMN = ("Bo Hart chairs the harbour board. {opener}\n\n"
           "So what would you do, if you were a skipper on the north quay?\n\n"
           "I'd sell the boat. I have watched this town wait ten years for a wall that never comes.\n\n"
           "And what would you say to the board, if you had the chance?\n\n"
           "I'd ask who it thinks it works for. I have asked before and never had an answer.")


def test_a_columns_own_questions_after_spoke_to_the_residents_are_no_interview() -> None:
    body = _COLUMN.format(opener="He spoke to the residents on Friday and came away with nothing.")
    assert _speaker_of(body, "sell the boat") != "Bo Hart"


def test_spoke_to_the_prime_minister_opens_no_interview() -> None:
    body = _COLUMN.format(opener="He spoke to the Prime Minister on Friday and came away with nothing.")
    assert _speaker_of(body, "sell the boat") != "Bo Hart"


def test_answered_questions_in_the_chamber_opens_no_interview() -> None:
    body = _COLUMN.format(opener="He answered questions in the council chamber on Friday and gave "
                                 "nothing away.")
    assert _speaker_of(body, "sell the boat") != "Bo Hart"


# ---- guest reviews under field headers ----

_CARD = """{name}
Norway
Double Room
2 nights · November 2026
Couple
Reviewed: {day} November 2026
{headline}
8.0
{text}
Helpful   Not helpful"""


def _lodge(*cards: tuple[str, str, str]) -> list[str]:
    body = "\n".join(_CARD.format(name=n, day=20 - k, headline=h, text=t)
                     for k, (n, h, t) in enumerate(cards))
    return f"Fjord Lodge\nGuest reviews\n{body}\nRead all 40 reviews\n".split("\n")


def test_a_labelled_review_keeps_both_parts() -> None:
    comments, _ = field_reviews(_lodge(("Ingrid", "Lovely", "Liked · The sauna by the water."),
                                       ("Paul", "Fine", "Disliked · The road noise at night.")))
    assert [(c.author, c.body) for c in comments] == [("Ingrid", "The sauna by the water."),
                                                       ("Paul", "The road noise at night.")]


def test_a_short_unlabelled_review_without_a_stop_keeps_its_text() -> None:
    comments, _ = field_reviews(_lodge(("Ingrid", "Lovely", "Everything was perfect, thank you"),
                                       ("Paul", "Good value", "Friendly staff and a great breakfast")))
    assert [c.body for c in comments] == ["Everything was perfect, thank you",
                                          "Friendly staff and a great breakfast"]


def test_a_reviews_prose_before_a_labelled_part_is_kept() -> None:
    comments, _ = field_reviews(_lodge(
        ("Ingrid", "Lovely", "Liked · The sauna by the water."),
        ("Sara", "Mixed", "The room was warm and the view was wide.\nCons: the road noise at night.")))
    assert "The room was warm" in comments[1].body


_ROUNDUP = """The best kettles of 2026
Our experts tested twenty kettles over a month.
Brightwell Classic
Price £40
Reviewed: 3 May 2026
The Brightwell boils a litre in under three minutes and the lid opens wide.
Share
Kessel Pro
Price £55
Reviewed: 4 May 2026
The Kessel is quieter than any kettle we tested, but the handle gets hot.
Share
Our verdict: buy the Brightwell."""


def test_a_product_roundup_is_no_guest_reviews() -> None:
    layout = split_layout(_ROUNDUP)
    assert not layout.comments
    assert any("boils a litre" in para for para in layout.paragraphs)


# ---- labelled panels ----

def test_tracks_as_a_crosshead_over_an_articles_list_stays_the_articles() -> None:
    page = ("Walking the old lines: five routes for winter\n\nThe county has reopened disused railway lines "
            "as footpaths this autumn, and walkers have already worn them smooth.\n\nTracks\n"
            "1. The coast path from Eastmarsh to the lighthouse\n2. The old branch line over the moor\n"
            "3. The canal towpath into the city\n\nEach route is signposted from the nearest car park.")
    assert any("The old branch line over the moor" in para for para in split_layout(page).paragraphs)


# ---- quotes: an inch mark ----

def test_an_inch_mark_inside_a_quote_does_not_cut_the_statement() -> None:
    body = ("Ada Lind still has the record. \"I bought the 12\" the day it came out and played it until the "
            "grooves went grey,\" she said.")
    found = extract_mentions("d", split_layout(HEAD + body), PEOPLE, {})
    assert any("grooves went grey" in m.text and m.speaker == "Ada Lind" for m in found)
