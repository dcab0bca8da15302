"""Review of session 33's change (helper H135), written as tests on invented text: a plain test pins a
behaviour that is right; a strict xfail names a fault the review found (its reason says it in one
line). Ordered as the report orders them: the numbers a user reads first.

- the build: stance settled per batch of documents, not per document; spam and the outlet's
  overturned stance still steering replies; the analyst's and the corpus model's labels;
- stance rules: a denied pretence about someone else, "if X is really the ...", "I knew full well";
- attribution: "COUNSEL FOR <name>:", a live blog's stamped headings, a speaker's own question after
  "Asked about ..., she said";
- layout: an anonymous comment that opens with a name, the writer answering readers."""

import pandas as pd
from layout_support import BODY, comment_rows

from components.core.config import CorpusConfig, Person, Side
from components.corpus.labels import ANALYST, apply_corrections, rescore_with_corrections, text_hash
from components.enrich.pipeline import (
    OUTLET_STANCE_REASON,
    SPAM_STANCE_REASON,
    classify_stance,
    comment_texts,
    corpus_claims,
    count_topics,
    enrich,
    enrich_local,
    local_spam_columns,
    score_spam,
)
from components.enrich.spam import own_accounts
from components.enrich.stance import NEUTRAL, Claims
from components.enrich.stance import classify_stance as classify_text
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions
from components.parse.transcript import find_turns

# An island councillor ("she") against a ferry operator ("they"), invented.
CONFIG = CorpusConfig(name="review", sides=(
    Side("hale", Person("Mara Hale", ("Hale", "Mara"), (), "she"), ("the ferry must be saved",)),
    Side("board", Person("Kestrel Ferries", ("the operator", "the company"), (), "they"),
         ("the route loses money",)),
))
NO_STATEMENTS = pd.DataFrame(columns=["speaker", "text"])
GAZETTE, POST = "Isle Gazette", "Harbour Post"  # two outlets of the corpus
SCAM = ("Hale is right and the ferry must be saved!! I earn $500 a day from home with crypto, DM me on "
        "WhatsApp +44 7700 900123 or visit www.quick-cash-home.biz now")


def _comments(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A comments frame as the parser writes it, from (doc_id, source, author, text)."""
    return pd.DataFrame([{
        "comment_id": f"{doc}-{n}", "doc_id": doc, "source": source, "position": n, "author": author,
        "text": text, "text_raw": text, "is_empty": False, "depth": 0, "is_reply": False, "reply_to": None,
    } for n, (doc, source, author, text) in enumerate(rows, start=1)])


def _stance_as_the_build_does(comments: pd.DataFrame, claims: Claims) -> pd.DataFrame:
    """tasks.stance_batch's frame for one batch: the comments with spam's local part, classified."""
    local = enrich_local(comments)
    spam_local = local[local_spam_columns(list(local.columns))]
    return classify_stance(pd.concat([comments, spam_local], axis=1), CONFIG, claims)


# ---- the build: what settle_stance reads ----

# Another outlet of the corpus commenting under the Gazette's article, a reader beside it; a third
# document, the Post's own, in the corpus.
ON_GAZETTE = [("d1", GAZETTE, POST, "Hale is brilliant and the ferry must be saved."),
              ("d1", GAZETTE, "Tam Reid", "Hale is brilliant.")]
ON_POST = [("d2", POST, "Ann Bell", "The operator is right.")]


def test_a_documents_stance_does_not_depend_on_the_documents_batched_with_it() -> None:
    both = _comments(ON_GAZETTE + ON_POST)
    claims = corpus_claims(CONFIG, NO_STATEMENTS, count_topics(both), len(comment_texts(both)))
    alone = _stance_as_the_build_does(_comments(ON_GAZETTE), claims)
    batched = _stance_as_the_build_does(both, claims).iloc[:len(ON_GAZETTE)]
    assert alone["stance"].tolist() == batched["stance"].tolist()
    assert alone["stance_reason"].tolist() == batched["stance_reason"].tolist()


def test_only_the_pages_own_outlet_speaks_for_no_side() -> None:
    built = enrich(_comments(ON_GAZETTE + ON_POST), NO_STATEMENTS, CONFIG)[0]
    assert built.loc[0, "stance_reason"] != OUTLET_STANCE_REASON


def test_no_comment_is_neutral_as_spam_where_the_spam_column_says_not_spam() -> None:
    advert = ("Hale is brilliant, the ferry must be saved. Read our full report at "
              "www.harbourpost.example/ferry and subscribe for £1 a week, call 0800 123 4567")
    on_gazette = _comments([("d1", GAZETTE, POST, advert), ("d1", GAZETTE, "Tam Reid", "Hale is brilliant.")])
    corpus = pd.concat([on_gazette, _comments(ON_POST)], ignore_index=True)
    claims = corpus_claims(CONFIG, NO_STATEMENTS, count_topics(corpus), len(comment_texts(corpus)))
    stance = _stance_as_the_build_does(on_gazette, claims)  # the Gazette's page in a batch of its own
    local = enrich_local(corpus)
    spam = score_spam(local[local_spam_columns(list(local.columns))], corpus["author"], corpus["text"],
                      own_accounts(CONFIG, ()), corpus["source"])  # as the build: each page's own outlet
    said_spam = (stance["stance_reason"] == SPAM_STANCE_REASON).to_numpy()
    assert spam["is_spam"].to_numpy()[:len(on_gazette)][said_spam].all()


def test_an_advert_borrowing_a_sides_words_is_spam_and_neutral_in_one_build() -> None:
    built = enrich(_comments([("d1", GAZETTE, "Cash Queen", SCAM)]), NO_STATEMENTS, CONFIG)[0]
    assert bool(built.loc[0, "is_spam"]) and built.loc[0, "stance"] == NEUTRAL


def test_a_reply_rebuffing_spam_takes_no_side_from_the_spams_words() -> None:
    rows = [("d1", GAZETTE, "Cash Queen", SCAM), ("d1", GAZETTE, "Tam Reid", "@Cash Queen you are wrong.")]
    built = enrich(_comments(rows), NO_STATEMENTS, CONFIG)[0]
    assert built.loc[0, "stance"] == NEUTRAL
    assert built.loc[1, "stance"] == NEUTRAL, built.loc[1, "stance_reason"]


def test_a_reply_to_the_outlet_takes_no_side_from_the_outlets_overturned_stance() -> None:
    built = enrich(_comments([
        ("d1", GAZETTE, GAZETTE,
         "Thanks for reading. Hale is wrong, the route loses money, and the operator is right."),
        ("d1", GAZETTE, "Tam Reid", "@Isle Gazette what a load of rubbish.")]), NO_STATEMENTS, CONFIG)[0]
    assert built.loc[0, "stance_reason"] == OUTLET_STANCE_REASON
    assert built.loc[1, "stance"] == NEUTRAL, built.loc[1, "stance_reason"]


def test_unflagging_spam_does_not_leave_a_stance_that_says_it_is_spam() -> None:
    built = enrich(_comments([("d1", GAZETTE, "Cash Queen", SCAM)]), NO_STATEMENTS, CONFIG)[0]
    correction = pd.DataFrame([{"comment_id": built.loc[0, "comment_id"], "field": "is_spam", "value": False,
                                "text_hash": text_hash(SCAM), "set_by": ANALYST, "at": "2026-11-25",
                                "seq": 1}])
    shown = apply_corrections(built, correction)
    assert not bool(shown.loc[0, "is_spam"])
    assert shown.loc[0, "stance_reason"] != SPAM_STANCE_REASON


def test_the_corpus_model_gives_no_side_to_spam() -> None:
    pro = ["Save the ferry, Hale is right", "Save the ferry now", "Hale is right, save the ferry",
           "We must save the ferry", "Save the ferry please", "Save our ferry, Hale"]
    con = ["Cut the route, it loses money", "The route loses money, cut it", "Cut the route now",
           "Cut it, money pit", "The route is a money pit", "Cut the route"]
    rows = [("d1", GAZETTE, "Cash Queen", SCAM.replace("Hale is right and the ferry must be saved",
                                                        "Save the ferry, Hale is right"))]
    rows += [("d1", GAZETTE, f"Pro {n}", text) for n, text in enumerate(pro)]
    rows += [("d1", GAZETTE, f"Con {n}", text) for n, text in enumerate(con)]
    built = enrich(_comments(rows), NO_STATEMENTS, CONFIG)[0]
    assert built.loc[0, "stance_reason"] == SPAM_STANCE_REASON
    labels = pd.DataFrame([{"comment_id": row.comment_id, "field": "stance",
                            "value": "hale" if row.author.startswith("Pro") else "board",
                            "text_hash": text_hash(row.text), "set_by": ANALYST, "at": "2026-11-25", "seq": n}
                           for n, row in enumerate(built.itertuples()) if n])
    shown = rescore_with_corrections(built, labels, CONFIG, NO_STATEMENTS)
    assert shown.loc[0, "stance"] == NEUTRAL, shown.loc[0, "stance_reason"]


# ---- stance rules ----

def test_a_denied_pretence_about_someone_else_leaves_praise_of_a_side_alone() -> None:
    text = "Don't pretend you're surprised: Hale has done a brilliant job."
    assert classify_text(text, CONFIG).stance == "hale"


def test_a_denied_pretence_of_a_sides_caring_is_against_that_side() -> None:
    assert classify_text("Don't pretend the operator care about islanders.", CONFIG).stance == "hale"


def test_if_x_is_really_the_one_who_is_no_dare() -> None:
    text = "If Hale is really the one who saved the ferry, thank you Mara."
    assert "challenges" not in classify_text(text, CONFIG).reason


def test_if_x_is_so_sure_dares_x() -> None:
    result = classify_text("If Hale's so sure, show us the figures.", CONFIG)
    assert result.stance == "board" and "challenges" in result.reason


def test_the_commenters_own_knowing_full_well_finds_no_fault_with_a_side() -> None:
    assert classify_text("I knew full well Hale would deliver, and she did.", CONFIG).stance != "board"


# ---- attribution ----

LIND = Person("Ada Lind", ("Lind",), (), "she", "lind")
HART = Person("Bo Hart", ("Hart",), (), "he", "hart")
PEOPLE = (LIND, HART)
HEAD = ("A Long Headline About The Harbour Vote In Title Case\n\nThe harbour board voted on Tuesday to close "
        "the north quay for a year, a decision that has split the town down the middle.\n\n")


def _turn_speakers(*paragraphs: str) -> list[tuple[int, str]]:
    return [(t.paragraph, t.person.name if hasattr(t, "person") else t.speaker)
            for t in find_turns(list(paragraphs), PEOPLE)]


def _speakers(body: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.text[:20]) for m in extract_mentions("d", split_layout(HEAD + body), PEOPLE, {})]


def test_counsel_for_a_person_is_not_that_person() -> None:
    found = _turn_speakers("The court heard the exchange.",
                           "COUNSEL FOR ADA LIND: You closed the quay at noon?", "BO HART: I did.",
                           "COUNSEL FOR ADA LIND: Why?", "BO HART: The water was rising.")
    assert (1, "Ada Lind") not in found


def test_a_rank_before_a_full_name_is_still_that_persons_label() -> None:
    found = _turn_speakers("DET INSP ADA LIND: The quay was shut at noon.", "REPORTER: Was anyone hurt?",
                           "LIND: Nobody.")
    assert found[0] == (0, "Ada Lind")


def test_a_live_blogs_stamped_headings_are_no_chat_log() -> None:
    assert _turn_speakers("Live: storm day on the islands.",
                          "[09:15] Weather: heavy rain is moving in from the west.",
                          "[09:30] Travel: the morning ferry is cancelled.",
                          "[09:45] Weather: a yellow warning now covers the isles.") == []


def test_a_speakers_own_question_after_asked_about_stays_hers() -> None:
    found = _speakers("Asked about the closure, Ada Lind said: “The quay is not safe.”\n\n"
                      "“Would you let your children play on a wall that is crumbling?”\n\n"
                      "The board meets again in May.")
    assert [name for name, _ in found] == ["Ada Lind", "Ada Lind"]


def test_a_cross_examination_alternates_after_its_answer() -> None:
    found = _speakers("Cross-examined by Bo Hart, Ada Lind said: “I closed it at noon.”\n\n"
                      "“Why not earlier?”\n\n“The tide was low.”")
    assert [name for name, _ in found] == ["Ada Lind", "Bo Hart", "Ada Lind"]


# ---- layout ----

PAGE_HEAD = "Harbour ferry timetable cut for the winter months\n\n"


def test_an_anonymous_comment_opening_with_a_name_is_not_by_that_name() -> None:
    page = (PAGE_HEAD + BODY + "\n\nComments (3)\n"
            "The early boat matters to everyone on the island, not just the commuters.\n"
            "Like 21 · Reply · 3h ago\n"
            "Mayor Ada Lind should resign over this closure before the winter starts.\n"
            "Like 4 · Reply · 2h ago\n"
            "Nobody on the harbour board ever takes the ferry, that is the problem.\n"
            "Like 9 · Reply · 1h ago\n")
    rows = comment_rows(page)
    assert all(author != "Mayor Ada Lind" for author, _, _ in rows)
    assert any("Mayor Ada Lind should resign" in text for _, _, text in rows)


def test_the_writer_answering_readers_keeps_the_comments() -> None:
    def stamped(name: str, stamp: str, body: str) -> str:
        return f"{name}\n{stamp}\n{body}\n▲ 2   ▼ 0   Reply   Flag\n"
    page = (PAGE_HEAD + "By Nadia Brook\n\n" + BODY + "\n\nCOMMENTS\n4 Comments\n"
            + stamped("Lena R.", "Mar 4, 2026 at 6:41am", "The early boat is the one I need.")
            + stamped("Nadia Brook", "Mar 4, 2026 at 7:10 am", "Thanks Lena, we have asked the council.")
            + stamped("Nadia Brook", "Mar 4, 2026 at 7:20 am", "The council says it will reply on Friday.")
            + stamped("Nadia Brook", "Mar 4, 2026 at 9:02 am", "The council has now replied, see above."))
    assert [author for author, _, _ in comment_rows(page)] == ["Lena R.", "Nadia Brook", "Nadia Brook",
                                                               "Nadia Brook"]
