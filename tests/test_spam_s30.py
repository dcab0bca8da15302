"""Session 30: the notice left in a removed comment's slot is not its author's words (no spam
signal, and no near-duplicate of the same notice under another name); "is paying" is a job offer
only with what it pays; digits in a link's path are no phone number."""

import numpy as np
import pandas as pd
import pytest
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_comments, score_spam

NOTICES = [
    "This comment has been deleted.",
    "[This comment has been removed for violating our community guidelines]",
    "Comment deleted",
    "Deleted comment",
    "This comment was removed by a moderator because it broke the house rules.",
    "This reply has been hidden.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_removal_notice_has_no_spam_signal(text: str) -> None:
    result = score_spam(text)
    assert not result.is_spam
    assert result.score == 0.0
    assert _reasons(text) == []


def test_the_same_notice_under_many_names_is_no_repeated_comment() -> None:
    notice = "This comment was removed by a moderator because it broke the house rules."
    comments = pd.DataFrame({
        "author": ["", "Ann Lee", "Moderator", "Tom Reed"],
        "text": [notice, notice, notice, "Visit www.cheap-pills-online.com for 90% off everything today"],
    })
    scored = score_comments(comments)
    assert scored["is_spam"].tolist() == [False, False, False, True]
    assert not scored["spam_reason"].str.contains("repeats a comment").any()


def test_a_comment_that_only_mentions_deletion_keeps_its_signals() -> None:
    text = "My comment was deleted so here it is again: www.cheap-pills-online.com"
    assert "contains a link" in _reasons(text)
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Google is paying 97$ per hour with weekly payouts",
    "This company is paying up to £300 a day, no experience needed",
    "Amazon is paying people to test products at home",
])
def test_a_job_offer_names_what_it_pays(text: str) -> None:
    assert "reads like a money or job offer" in _reasons(text)


@pytest.mark.parametrize("text", [
    "She painted that wall for free and now the board is paying to hide it.",
    "The club is paying his salary, he should read his contract.",
    "If the province is paying an incentive the records should be public.",
])
def test_someone_paying_for_something_is_no_job_offer(text: str) -> None:
    assert "reads like a money or job offer" not in _reasons(text)


def test_digits_in_a_link_path_are_no_phone_number() -> None:
    text = "Here's the article the OP meant: https://news.example/article/0412/0000231876"
    assert "gives a phone number" not in _reasons(text)
    assert "contains a link" in _reasons(text)


@pytest.mark.parametrize("text", ["Call or WhatsApp 0803 000 1122 for fast delivery",
                                  "ring me on 07700 900123 for a quote"])
def test_a_phone_number_in_words_is_still_one(text: str) -> None:
    assert "gives a phone number" in _reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("Best prices on festival passes, visit tix-for-less dot biz", "contains link-like text"),
    ("grow your page at boostmyfaves (dot) com", "contains link-like text"),
    ("sub4sub anyone?? I always sub back", "promotes the author's own channel or page"),
    ("Follow 4 Follow, like 4 like", "promotes the author's own channel or page"),
    ("New channel, follow back guaranteed!!", "promotes the author's own channel or page"),
    ("Roofing and guttering, DM me for a free quote", "advertises a shop's offer"),
    ("5000 free gems no survey, link below", "announces a prize to claim"),
    ("Contact DR ADEMOLA the great spell caster, his love spell brought my husband back",
     "offers a spell or a cure"),
])
def test_well_known_templates_are_named(text: str, reason: str) -> None:
    assert reason in _reasons(text)


@pytest.mark.parametrize("text", [
    "The dot com crash wiped out my first job",
    "Back in the early dot com days we all had pagers",
    "I always follow back people I actually know",
    "The quote was free of charge, to be fair to them",
    "Free coins at the school fair were a nice touch",
    "She cast a spell over the whole audience that night",
    "I got a free estimate from three builders before choosing one",
])
def test_everyday_sentences_leave_the_templates_alone(text: str) -> None:
    assert _reasons(text) == []


@pytest.mark.parametrize("text", [
    "@seoulsearcher thank you for this, really well put",
    "@dan_from_leeds thank you Dan",
    "Hi Pim, thank you for raising this. Version 1.0.4 adds credits to the recipes concerned.",
])
def test_an_ordinary_reply_is_not_spam_on_the_model_alone(text: str) -> None:
    assert not score_spam(text).is_spam


def test_the_model_odds_are_scaled_for_a_comment_section() -> None:
    from components.enrich.spam import COMMENT_SECTION_ODDS, scaled_odds
    p = np.array([0.0, 0.5, 0.9, 1.0])
    scaled = scaled_odds(p, COMMENT_SECTION_ODDS)
    assert scaled[0] == 0.0 and scaled[-1] == 1.0
    assert scaled[1] == pytest.approx(COMMENT_SECTION_ODDS / (1 + COMMENT_SECTION_ODDS))
    assert all(scaled[1:-1] < p[1:-1])
    assert scaled_odds(p, 1.0) is p


def test_a_template_the_model_knows_well_stays_spam_without_a_rule() -> None:
    text = "hey guys check out my new channel and subscribe please i do covers"
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "HUGE iPhone giveaway!!! follow and tag 3 friends",
    "Giveaway time! Click the link to enter",
    "FREE skins giveaway, claim yours now",
])
def test_a_giveaway_to_enter_pushes_the_reader(text: str) -> None:
    assert "pushes the reader to act" in _reasons(text)


@pytest.mark.parametrize("text", [
    "Whatever the mayor announces, this comment section will call it a developer giveaway.",
    "That budget was a tax giveaway to landlords and everyone knows it",
    "The look on his face was a dead giveaway",
])
def test_a_giveaway_in_the_political_sense_is_no_call_to_act(text: str) -> None:
    assert "pushes the reader to act" not in _reasons(text)


ORG_REPLY = ("Tracy, thank you! There's a form on our website www.harbourtrust.example/evidence, "
             "or message us here and we'll post one out.")
IMPERSONATOR = "Giving away 5000 BTC to my followers, send 0.1 BTC to get 1 BTC back, DM me"


def test_an_own_account_may_link_and_ask_for_messages() -> None:
    from components.core.config import parse_config
    from components.enrich.spam import own_accounts
    config = parse_config({"sides": [
        {"id": "trust", "name": "Harbour Trust", "aliases": ["the Harbour Trust", "Trust"],
         "handles": ["@HarbourTrust"]},
        {"id": "council", "name": "Tidemouth Council"}]})
    own = own_accounts(config, ["The Tidemouth Courier"])
    assert {"harbour trust", "the harbour trust", "@harbourtrust", "harbourtrust",
            "tidemouth council", "the tidemouth courier"} <= own
    assert "trust" not in own  # a one-word alias is a commenter's name too
    comments = pd.DataFrame({
        "author": ["Harbour Trust", "HarbourTrust", "The Tidemouth Courier", "Jo Bloggs", "Harbour Trust"],
        "text": [ORG_REPLY, ORG_REPLY + " (again)", "Full story: tidemouthcourier.example/pier",
                 ORG_REPLY.replace("our", "my"), IMPERSONATOR],
    })
    scored = score_comments(comments, own)
    assert scored["is_spam"].tolist() == [False, False, False, True, True]
    assert scored["spam_reason"].iloc[0].startswith("Not spam: posted by the page's outlet")
    assert score_comments(comments)["is_spam"].iloc[0]  # without own accounts: a link and "message us"


def test_a_build_knows_the_configs_accounts(tmp_path) -> None:
    from components.corpus.store import load_table
    from components.engine.build import build_corpus
    from tests.layout_support import BODY
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "corpus.toml").write_text(
        '[corpus]\nname = "Pier"\n\n[[sides]]\nid = "trust"\nname = "Harbour Trust"\n'
        'handles = ["@HarbourTrust"]\n\n[[sides]]\nid = "council"\nname = "Tidemouth Council"\n',
        encoding="utf-8")
    (seeds / "pier.txt").write_text(
        "Pier Closure Row Deepens As Trust And Council Trade Blows\n\n" + BODY + "\n\n4 Comments\n\n"
        "Tracy Ellwood\n3 hours ago\nWho do I send my photos of the pier to?\n\n"
        "Harbour Trust\n2 hours ago\n" + ORG_REPLY + "\n\n"
        "Jo Bloggs\n1 hour ago\nThe council never listens to anyone in this town, same as ever.\n\n"
        "Harbour Trust\n1 hour ago\n" + IMPERSONATOR + "\n", encoding="utf-8")
    build_corpus(seeds, tmp_path / "out")
    comments = load_table(tmp_path / "out", "comments")
    assert comments["author"].tolist() == ["Tracy Ellwood", "Harbour Trust", "Jo Bloggs", "Harbour Trust"]
    assert comments["is_spam"].tolist() == [False, False, False, True]
    assert comments["spam_reason"].iloc[1].startswith("Not spam: posted by the page's outlet")


@pytest.mark.parametrize("text", [
    "Earn AED 3,000 daily working from home!!! WhatsApp now for details",
    "Earn Rs 85,000 per month sitting at home!! No investment. WhatsApp now for details",
    "Get 50% off gaming chairs this week only!!! Use code RACCOON at checkout",
    "Vinyl reissues now 30% off, link in our profile!!",
    "Get 3 months of premium FREE, link in bio, limited time only",
    "watch Paper Lanterns full movie free no signup at streamhd-free dot site",
    "Congratulations! Your photo has been hand-picked for ★ PLATINUM STAGE AWARDS ★. Please add it to "
    "the group",
    "Problems with marriage or money? Call Dr Kwame on +233 24 000 0000 for quick results, 100% guaranteed",
])
def test_templates_of_other_markets_are_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I paid Rs 500 for the ticket and the sound was awful",
    "The R5000 fine was a joke for a club that size",
    "Her picture was chosen for the front page, well deserved",
    "It is not 100% guaranteed he plays on Saturday",
    "Limited time only, the sign said, and it has been up since March",
    "Diets promising quick results never work, ask anyone",
])
def test_their_everyday_kin_are_not(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", ["Call or WhatsApp +356 7999 0000", "my office is on +44 20 7946 0958"])
def test_an_international_number_is_a_phone_number(text: str) -> None:
    assert "gives a phone number" in _reasons(text)
