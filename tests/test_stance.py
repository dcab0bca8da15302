from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side, load_config
from components.corpus.store import Corpus
from components.enrich.stance import (
    NEUTRAL,
    Claims,
    classify_comments,
    classify_stance,
    comment_texts,
    topic_counts,
)
from components.enrich.stance_eval import evaluate_stance

DATA = Path(__file__).parent / "data"

# A made-up two-sided story, so the table tests depend on no seed name.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("north", Person("Nora North", ("North", "Nora"), (), "she"),
                ("walls are needed",)),
           Side("south", Person("Sam South", ("South", "Sam"), (), "he"),
                ("open the gates",))),
)

CUES = [
    ("North is right about this.", "north", "agrees with Nora North"),
    ("Well said, Sam.", "south", "agrees with Sam South"),
    ("South is an idiot.", "north", "disagrees with Sam South"),
    ("I think walls are needed, frankly.", "north", "claims"),
    ("Open the gates and be done with it.", "south", "claims"),
    ("She makes a valid point.", "north", "by pronoun"),  # the only side called "she"
    ("She is nice.", NEUTRAL, "too weak"),  # pronoun plus mild praise is not enough
    ("She is great.", "north", "by pronoun"),  # ... clear praise is
    ("What time is the game tonight?", NEUTRAL, "No cue"),
    ("North is right and South is right.", NEUTRAL, "balanced"),  # both named, both praised
    # Contracted and possessive forms, modifiers between the words, negation.
    ("She's right.", "north", "agrees with Nora North"),
    ("Nora's right, honestly.", "north", "agrees with Nora North"),
    ("He's wrong.", "north", "disagrees with Sam South"),
    ("Sam is completely right.", "south", "agrees with Sam South"),
    ("North is so wrong.", "south", "disagrees with Nora North"),
    ("North isn't right.", "south", "disagrees with Nora North"),
    ("South is not wrong.", "south", "agrees with Sam South"),
    ("I don't agree with Sam.", "north", "disagrees with Sam South"),
    # Inflections of a claim, and claims said with words between.
    ("The gates should be opened.", "south", "shares words"),  # passive: not the phrase, same words
    ("Opening the gates is overdue.", "south", "claims"),
    # Echoes of a side's words do not count for it.
    ("Open the gates? Sure, and let everyone in.", "north", "in a question, then answers them"),
    # A long question without inversion asks nothing back: it makes its claim.
    ("So the farmers lose a harvest every winter and still nobody builds the walls that are needed?",
     "north", "claims"),
    ("North is the only adult in that chamber.", "north", "agrees with Nora North"),
    ("Sam is talking sense for once.", "south", "agrees with Sam South"),
    # Praise of the article is no feeling about a side; praise of a side's work is.
    ("Really good piece, thanks. North has a point.", "north", "agrees with Nora North"),
    ("Sam's bill is a great piece of work.", "south", "speaks well of Sam South"),
    # Sincere "love how" and plain praise after a claim keep the claim's side.
    ("I love how Sam explains it so clearly.", "south", "speaks well of Sam South"),
    ("Open the gates now. Great idea.", "south", "claims"),
    # Sarcastic openers and stock lines aim at whoever the sentence is about.
    ("Gotta love how North is happy to take the money and still complain.", "south",
     "disagrees with Nora North"),
    ("Weird how Sam only cares once the cameras arrive.", "north", "disagrees with Sam South"),
    ("Sam says he never saw the report. Of course he did.", "north", "disagrees with Sam South"),
    # Praise that closes a comment describing something bad is irony: the claims it echoes are mocked.
    ("They opened the gates and the fields flooded within a week. Great outcome.", "north",
     "mocks what it echoes with praise that sums up"),
    ("They opened the gates and the fields were ruined. Brilliant, really brilliant.", "north", "mocks"),
    # ... not when the praise says what is praised, or the rest is praise too.
    ("Open the gates, the market is thriving again. Great news for everyone.", "south", "claims"),
    ("They opened the gates and trade is booming, wonderful. Great work.", "south", "claims"),
    # A side's own words put in quotes and not taken up are sneered at; praised as a line, agreed with.
    ('Oh yes, "walls are needed", how original.', "south", "puts Nora North's side's words in quotes"),
    ('"Walls are needed." Best line of the whole debate, spot on.', "north", "approves the line"),
    ("Zero credibility at this point, North.", "south", "disagrees with Nora North"),
    ("Credit where it's due, Sam kept his word.", "south", "agrees with Sam South"),
    # "Honest question" frames the sentence; it praises nobody.
    ("Honest question, has anyone seen the letter North says she sent?", NEUTRAL, ""),
    # Right about one thing, not the rest: weighed, not taken.
    ("North is right about one thing, the winters are hard. I'm not so sure about the rest.", NEUTRAL,
     "weighs both"),
    ("North is right about one thing: the winters are hard.", "north", "agrees with Nora North"),
    # A claim put in the side's own mouth is reported; said back with a negator between its words, denied.
    ("Sam says open the gates.", NEUTRAL, ""),
    ("Walls are not cheap but they are needed.", "north", "claims"),  # the negator is in another clause
    ("Walls, no doubt about it, are needed here.", "north", "claims"),
    # The commenter's own manner is not a side's ("I'm not exaggerating"); a quantity is not a person.
    ("I'm not exaggerating, the weather this winter was awful.", NEUTRAL, ""),
    ("A handful of people came out to back North at the meeting.", NEUTRAL, ""),
    # A quoted line cited is not a sneer; agreed with, it is the side's.
    ('As North put it, "walls are needed". Agreed.', "north", "approves the line"),
    ('The headline says "open the gates". Read the article first.', NEUTRAL, ""),
    ('"Walls are needed" - yes, they are.', "north", "approves the line"),
    ('Every time a trader says "open the gates" I check my wallet.', "north", "in quotes"),
    ('"Open the gates" - to whom exactly?', "north", "in quotes"),
    ("Walls in this valley have never once been needed.", NEUTRAL, ""),
    # A dismissal denied backs the person; doubt that anyone believes them does not.
    ("North isn't exaggerating on that.", "north", "agrees with Nora North"),
    ("Does anyone actually believe Sam will open anything by spring?", "north", "disagrees with Sam South"),
    ("Walls are needed sounds nice until you pay for them.", "south", "argue against"),
    # A sentence that names nobody is about the side just named.
    ("Sam South gave a speech. Pathetic.", "north", "the person just named"),
    # ... but after telling what was done to them, the verdict is on that.
    ("Sam South ran the stall for years and now he's told to shut it. Disgraceful.", "south",
     "judges what was done to Sam South"),
    ("Sam was thrown out after ten years. Shameful.", "south", "judges what was done to Sam South"),
    ("Sam was sacked after ten years. Shameful.", "south", "judges what was done to Sam South"),
    ("Sam should be sacked.", "north", "disagrees with Sam South"),  # "be sacked" judges; "was" tells
    # Defeat verbs and contrastive but.
    ("North schooled South last night.", "north", 'Nora North "schooled" Sam South'),
    # Praise and blame aimed at a named person, sarcasm read before the praise inside it.
    ("Good on North for saying it.", "north", 'agrees with Nora North ("Good on")'),
    ("Shame on South.", "north", "disagrees with Sam South"),
    ("Behind you Sam.", "south", "agrees with Sam South"),
    ("So North wants walls everywhere? Make it make sense.", "south", "Make it make sense"),
    ("Sam South talking about fairness. Rich.", "north", 'mocks Sam South ("Sam South talking about")'),
    # Weighing both sides halves every cue; a side's claim reported as its line does not count.
    ("North is right, but honestly it's hard to know who is right.", NEUTRAL, "weighs both sides"),
    ("Open the gates is what the mayor said on Monday.", NEUTRAL, "reported"),
    # ... but a stock line put in everyone's mouth is dismissed.
    ("Open the gates is what they all say.", "north", "dismisses Sam South's side's line"),
    ("Open the gates is what every trader says when the rent is due.", "north", "dismisses"),
    # Quoted, then repeated in the commenter's own words to mock it: a sneer at the side's line.
    ('"Open the gates" they say. Sure, open the gates and watch.', "north", "puts Sam South's side's words"),
    # Quoted, then answered with "but" in the same sentence: an argument against the line.
    ('"Walls are needed" but there is always money for palaces.', "south", "to answer them"),
    # Blame laid on a person, and a person said to do the right thing.
    ("If the gates stay shut, that's on North.", "south", 'blames Nora North ("that\'s on North")'),
    ("This whole mess is South's own fault.", "north", "blames Sam South"),
    ("That's not on North.", NEUTRAL, ""),
    ("It's on the North website somewhere.", NEUTRAL, ""),  # the name qualifies a noun after it
    ("South is to blame for the flooding.", "north", "disagrees with Sam South"),
    ("North is doing the sensible thing.", "north", "agrees with Nora North"),
    ("South did the right thing.", "south", "agrees with Sam South"),
    # Irregular verb forms meet their base form ("has done" is "did").
    ("South has done the right thing.", "south", "agrees with Sam South"),
    # A sentence about both sides: each clause is judged on its own.
    ("North is a disgrace, while Sam South is a class act.", "south", "Sam South"),
    # Telling a person what they should do finds fault; what they are owed takes their part.
    ("North needs to apologise.", "south", 'disagrees with Nora North ("North needs to apologise")'),
    ("South should be thanked for this.", "south", "agrees with Sam South"),
    ("South shouldn't have to apologise for anything.", "south", "agrees with Sam South"),
    # Scorn for what someone thinks of themselves; a thing of theirs judged.
    ("North seems to think the rules are for other people.", "south", "scoffs at Nora North"),
    ("South wouldn't even meet them.", "north", "scoffs at Sam South"),
    ("North's attitude is the problem.", "south", "disagrees with Nora North"),
    # Those who defend someone, judged by the commenter.
    ("Anyone defending South here needs their head read.", "north", "disagrees with Sam South"),
    ("Fully behind North on this one.", "north", "agrees with Nora North"),
    # A strong word said of a person after "is" (by its VADER valence), negation turning it around.
    ("South is brilliant.", "south", 'speaks well of Sam South ("South is brilliant")'),
    ("South is not honest.", "north", 'speaks ill of Sam South'),
    # Sarcastic openers read as scorn for the side the sentence is about.
    ("Funny how North always finds the money for palaces.", "south", "disagrees with Nora North"),
    # ... and what looks like praise after such an opener is not praise.
    ("Funny how North is so brave when nobody is watching.", "south", "disagrees with Nora North"),
    ("Funny how Sam is happy to take the money when it suits him.", "north", "disagrees with Sam South"),
    # "entitled to" is a right, not entitlement; "could have just" finds fault.
    ("He's entitled to say what he likes.", "south", 'agrees with Sam South'),
    ("North could have just said no.", "south", "scoffs at Nora North"),
    # A copular verb before a strong word ("comes across as", "seems").
    ("South comes across as a rude man.", "north", "speaks ill of Sam South"),
    # A sentence opened by the only side's "she" makes her the topic of the next one.
    ("She wanted it all for free. The entitlement is unreal.", "south", "the person just named"),
    # What would be felt if things were otherwise is not felt.
    ("If South had said it, everyone would be furious with him.", NEUTRAL, ""),
    # Idioms of scorn and of defence, general to comment threads.
    ("South just wants his face on telly.", "north", "scoffs at Sam South"),
    ("North doesn't owe anyone an explanation.", "north", "agrees with Nora North"),
    ("Solidarity with Sam.", "south", "agrees with Sam South"),
    ("North needs to get over it.", "south", "disagrees with Nora North"),
    # A claim told as what the other side wants is not made by the commenter.
    ("Sam wants to open the gates for everyone else. Hypocrisy.", "north", "disagrees with Sam South"),
    # A verbless sentence holding a person's act up to scorn.
    ("North treating adults like schoolchildren.", "south", "mocks Nora North"),
    # A verb of liking or blaming whose subject is a third party is not the commenter's.
    ("The paper that backs North printed it.", NEUTRAL, ""),
    ("They sacked North over one post.", NEUTRAL, ""),  # the verb is theirs, not the commenter's
    ("The mayor backs North.", NEUTRAL, ""),  # ... and so is this one: a noun is its subject
    ("Blaming Sam for the flood when the river burst its banks.", NEUTRAL, ""),  # an act held up
    ("Totally back North.", "north", "agrees with Nora North"),
    ("Sack North.", "south", "disagrees with Nora North"),
    ("North apologised.", NEUTRAL, ""),
    # A view given up ("I thought ...") is not held.
    ("I thought North was a good person.", NEUTRAL, ""),
    # A claim scoffed at right after it is said.
    ("Walls are needed my foot.", "south", "dismisses Nora North's side's line"),
    ("Saying walls are needed after one bad winter proves nothing.", "south", "dismisses"),
    ("One winter of raids proves the point: walls are needed.", "north", "claims"),
    # More idioms: scorn for what someone doesn't know or has never done, plain backing.
    ("Sam wouldn't know a fair deal if it bit him.", "north", "scoffs at Sam South"),
    ("North has never worked a day in her life.", "south", "scoffs at Nora North"),
    ("North is talking sense for once.", "north", "agrees with Nora North"),
    ("Sam has my vote.", "south", "agrees with Sam South"),
    ("Sam said what everyone was thinking.", "south", "agrees with Sam South"),
    ("North has been the only adult in the room.", "north", "agrees with Nora North"),
    ("Sam forgets that the farmers pay his wages.", "north", "scoffs at Sam South"),
    ("North knew the rules when she signed up.", "south", "scoffs at Nora North"),
    ("Sam South taking credit for other people's work.", "north", "mocks Sam South"),
    # A claim is only reported when a verb of saying follows "is what"; one called so by others is theirs.
    ("Walls are needed is exactly what this town is short of.", "north", "claims"),
    ("Imagine calling it open the gates and expecting applause.", NEUTRAL, ""),
    # A comparison: the feeling of what is compared goes to the side before "than".
    ("North has been far more honest than Sam ever was.", "north", "speaks well of Nora North beside"),
    ("Sam has been more dishonest than North.", "north", "speaks ill of Sam South beside"),
    ("North is taller than Sam.", NEUTRAL, ""),
    ("North is grandstanding again.", "south", "disagrees with Nora North"),
    ("Hard on him, but North did what she had to.", "north", "agrees with Nora North"),
    # Standing with a person; what a person deserves (by the feeling of what it is).
    ("Totally with Sam on this one.", "south", "agrees with Sam South"),
    ("Angry with North about the whole thing.", "south", ""),  # "with" after a feeling is not support
    ("Sam deserves that title.", "south", 'agrees with Sam South ("Sam deserves that title")'),
    ("North deserves to lose her job.", "south", "disagrees with Nora North"),
    ("North doesn't deserve this.", "north", "agrees with Nora North"),
    ("Sam deserves everything coming to him.", "north", "disagrees with Sam South"),
    # A side's words in a question that only asks are not claimed; a rhetorical one may claim them.
    ("When will they open the gates this year?", NEUTRAL, "in a question"),
    ("Are the walls needed on the east road as well?", NEUTRAL, "in a question"),
    ("Why would anyone not open the gates?", "south", "claims"),
    # A side's line put in a third party's mouth ("they all say", "people cry") is not claimed.
    ("Every merchant in the square says open the gates.", NEUTRAL, ""),
    ("Smugglers always cry open the gates.", NEUTRAL, ""),
    ("I say open the gates.", "south", "claims"),
    # A side's line told as an accusation against someone is not claimed.
    ("Accusing people of wanting to open the gates without any proof is low.", NEUTRAL, ""),
    # What is done to a side (its pronoun as object or owner, a be-passive) is not said of it.
    ("The guards beat him and smashed his stall.", NEUTRAL, ""),
    ("Sam was injured in the crush last winter.", NEUTRAL, ""),
    ("Good on North for standing up to him.", "north", 'agrees with Nora North ("Good on")'),
    # A word of scorn someone else calls a person is reported; the commenter's own call is not.
    ("The papers keep calling Sam a liar and a fraud.", NEUTRAL, ""),
    ("I call Sam a liar.", "north", "disagrees with Sam South"),
    ("He is horrible.", "north", "speaks ill of Sam South"),
    # A belief the commenter denies ("I don't believe for a second ...") turns what follows around.
    ("I don't believe for a second that North is a liar.", "north", "agrees with Nora North"),
    ("I've known Sam for years and I don't think for one minute he is a bad man.", "south",
     "speaks well of Sam South"),
    ("They don't believe for a second that North is a liar.", "south", "disagrees with Nora North"),
    # ... but "can't believe" is outrage: it denies nothing.
    ("I can't believe North is a liar on top of everything.", "south", "disagrees with Nora North"),
    ("I can't believe how rude North is.", "south", "speaks ill of Nora North"),
]


def test_a_side_s_name_carries_no_feeling() -> None:
    """"Free the Herd are a bunch of ..." is not praise because the name holds "free"."""
    config = CorpusConfig(name="t", sides=(
        Side("a", Person("Free the Herd", (), (), "they"), ()),
        Side("b", Person("Larkfield Zoo", (), (), "they"), ())))
    result = classify_stance("Free the Herd are students who have never seen one up close.", config)
    assert result.stance == NEUTRAL, result.reason
    assert classify_stance("Free the Herd are wonderful.", config).stance == "a"


@pytest.mark.parametrize(("text", "stance", "reason_part"), CUES)
def test_stance_cues(text: str, stance: str, reason_part: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance
    assert reason_part in result.reason
    assert 0.0 <= result.confidence <= 1.0


GROUPS = CorpusConfig(
    name="groups",
    sides=(Side("north", Person("Nora North", ("North",), (), "she",
                                descriptors=("the north camp", "northerners")), ("walls are needed",)),
           Side("south", Person("Sam South", ("South",), (), "he"), ("open the gates",))),
)

GROUP_CUES = [
    ("Northerners are clowns.", "south", "disagrees with Nora North"),  # insults still count
    ("The north camp is pathetic.", "south", "disagrees with Nora North"),
    # A sad sentence about a side's people as a group is sympathy as often as hostility.
    ("The northerners on my street can't afford to live here, it's awful.", NEUTRAL, ""),
    ("The north camp is awful.", "south", "speaks ill of Nora North"),
    # First person: the commenter speaks as one of a side's people, or for one of them.
    ("I'm a northerner and I've had enough of this.", "north", "speaks as one of Nora North's people"),
    ("My brother has been a northerner all his life.", "north",
     'people ("My brother has been a northerner")'),
    ("As a northerner, I'll be there on Saturday.", "north", "speaks as one of"),
    ("I'm not a northerner myself.", NEUTRAL, ""),
    ("Nobody forced anyone to become a northerner.", NEUTRAL, ""),
]


ONE_WORD_CLAIMS = CorpusConfig(
    name="one-word claims",
    sides=(Side("north", Person("Nora North", ("North",), (), "she"), ("rebuilds",)),
           Side("south", Person("Sam South", ("South",), (), "he"), ("demolition",))),
)


@pytest.mark.parametrize(("text", "stance"), [
    ("Rebuilds are the future.", "north"),
    # A claim as the subject of a negated verb is denied, not made.
    ("Rebuilds never look the same.", NEUTRAL),
    ("The rebuilds don't come close.", NEUTRAL),
    ("Demolition will not fix a thing.", NEUTRAL),
])
def test_a_claim_with_a_denied_verb_is_not_made(text: str, stance: str) -> None:
    assert classify_stance(text, ONE_WORD_CLAIMS).stance == stance


PLURAL = CorpusConfig(
    name="plural",
    sides=(Side("north", Person("Nora North", ("North",), (), "she"), ("walls are needed",)),
           Side("board", Person("Harbour Board", ("the board",), (), "they"), ("open the gates",))),
)


@pytest.mark.parametrize(("text", "stance"), [
    # "they" is too often anyone at all ("they found billions for ...") to stand for a side unnamed.
    ("They are clowns and liars.", NEUTRAL),
    ("The board met today. They are clowns and liars.", "north"),
    ("She is a liar and a clown.", "board"),  # "she" still stands for the only side called "she"
])
def test_they_stands_for_a_side_only_once_named(text: str, stance: str) -> None:
    assert classify_stance(text, PLURAL).stance == stance


@pytest.mark.parametrize(("text", "stance", "reason_part"), GROUP_CUES)
def test_group_words_from_descriptors(text: str, stance: str, reason_part: str) -> None:
    result = classify_stance(text, GROUPS)
    assert result.stance == stance and reason_part in result.reason


def test_statements_add_a_sides_own_words_to_its_claims() -> None:
    comments = pd.DataFrame({"doc_id": ["d"], "position": [1], "author": ["a"],
                             "text": ["Honestly the harbour wall keeps the flooding out."]})
    statements = pd.DataFrame({"speaker": ["Nora North", "Sam South"],
                               "text": ["A harbour wall is what stops the flooding.",
                                        "Trade needs the gates open."]})
    assert classify_comments(comments, CONFIG)["stance"].iloc[0] == NEUTRAL
    with_statements = classify_comments(comments, CONFIG, statements)
    assert with_statements["stance"].iloc[0] == "north"
    assert "shares words with Nora North's side's claims" in with_statements["stance_reason"].iloc[0]


def test_words_most_commenters_use_are_topic_not_claims() -> None:
    texts = [f"Harbour talk number {i}, the harbour again." for i in range(10)]
    texts.append("The harbour wall stops flooding.")
    comments = pd.DataFrame({"doc_id": ["d"] * 11, "position": range(11),
                             "author": [f"u{i}" for i in range(11)],
                             "text": texts})
    statements = pd.DataFrame({"speaker": ["Nora North"], "text": ["The harbour wall stops flooding."]})
    reason = classify_comments(comments, CONFIG, statements)["stance_reason"].iloc[-1]
    assert '"flooding"' in reason and '"harbour"' not in reason


def test_reply_by_name_takes_side_relative_to_addressed_commenter() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d", "d"], "position": [1, 2], "author": ["Walter-Wall", "Gus"],
        "text": ["Walls are needed, North is right.", "Go home Walter, nobody asked."],
    })
    result = classify_comments(comments, CONFIG)
    assert list(result["stance"]) == ["north", "south"]
    assert "Walter-Wall" in result["stance_reason"].iloc[1]


def test_thanking_a_commenter_for_an_answer_takes_no_side() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d"] * 3, "position": [1, 2, 3], "author": ["Walter-Wall", "Gus", "Dot"],
        "text": ["Walls are needed, North is right.", "Thanks Walter, that answers my question.",
                 "Well said Walter."],
    })
    assert list(classify_comments(comments, CONFIG)["stance"]) == ["north", NEUTRAL, "north"]


def test_reply_to_a_commenter_who_named_you_takes_the_other_side() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d"] * 3, "position": [1, 2, 3], "author": ["Ann Lee", "Bo", "Ann Lee"],
        "text": ["Open the gates, South is right.", "Go away Ann, nobody asked.",
                 "So you have nothing useful to say?"],
    })
    result = classify_comments(comments, CONFIG)
    assert list(result["stance"]) == ["south", "north", "south"]
    assert "rebuffs Ann Lee" in result["stance_reason"].iloc[1]


def test_commenters_side_carries_only_with_some_evidence() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d"] * 3, "position": [1, 2, 3], "author": ["Cy", "Cy", "Cy"],
        "text": ["Walls are needed. North is right.", "What a lovely evening.",
                 "She gave a great and brave speech."],
    })
    result = classify_comments(comments, CONFIG)
    assert result["stance"].iloc[1] == NEUTRAL  # off topic: the prior alone decides nothing
    assert result["stance"].iloc[2] == "north"
    assert "other comments" in result["stance_reason"].iloc[2]


def test_commenters_side_carries_to_their_comments_on_the_story() -> None:
    """A comment that uses the story's words (the corpus name's), with no cue of its own, takes
    its author's side; an off-topic one, a plain question or one weighing both sides does not."""
    story = CorpusConfig(name="River farms flood after the town walls go up", sides=CONFIG.sides)
    comments = pd.DataFrame({
        "doc_id": ["d"] * 6, "position": range(1, 7), "author": ["Cy", "Cy", "Cy", "Cy", "Bo", "Al"],
        "text": ["North is right, the walls keep the farms safe.",
                 "The farms by the river flooded twice since the walls went up.",
                 "What a lovely evening.", "Do the farms by the river still flood?",
                 "The farms by the river flooded twice since the walls went up.",
                 "Farms, walls and the river again."],
    })
    result = classify_comments(comments, story)
    assert list(result["stance"]) == ["north", "north", NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL]
    assert "other comments side with Nora North" in result["stance_reason"].iloc[1]
    assert classify_comments(comments, CONFIG)["stance"].iloc[1] == NEUTRAL  # no story words known
    hedged = comments.assign(text=[comments["text"].iloc[0],
                                   "Walls or no walls, nobody's clean here, the farms flood anyway.",
                                   *comments["text"].iloc[2:]])
    assert classify_comments(hedged, story)["stance"].iloc[1] == NEUTRAL  # weighs both sides
    asking = comments.assign(text=[comments["text"].iloc[0], "Is North still living by the river?",
                                   *comments["text"].iloc[2:]])
    assert classify_comments(asking, story)["stance"].iloc[1] == NEUTRAL  # names her, but only asks


def test_thread_work_is_linear() -> None:
    n = 600
    comments = pd.DataFrame({
        "doc_id": ["d"] * n, "position": list(range(n)), "author": [f"User{i}" for i in range(n)],
        "text": [f"User{i - 1} you are wrong, walls are needed." for i in range(n)],
    })
    result = classify_comments(comments, CONFIG)
    assert len(result) == n and (result["stance"] == "north").all()


def test_untargeted_praise_continues_same_author() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d", "d"], "position": [1, 2], "author": ["Ann", "Ann"],
        "text": ["Well said, Sam.", "Well said!!"],
    })
    assert list(classify_comments(comments, CONFIG)["stance"]) == ["south", "south"]


def test_empty_comment_is_neutral_with_reason() -> None:
    comments = pd.DataFrame({"doc_id": ["d"], "position": [1], "author": ["x"], "text": [""]})
    row = classify_comments(comments, CONFIG).iloc[0]
    assert row["stance"] == NEUTRAL and "Empty" in row["stance_reason"]


def test_seed_macro_f1(corpus: Corpus) -> None:
    gold = pd.read_csv(DATA / "seed_stance.csv").set_index("position")["stance"]
    comments = corpus.comments
    result = evaluate_stance(comments, comments["position"].map(gold),
                             load_config(Path(__file__).parent.parent / "seeds"))
    assert result.macro_f1 >= 0.85 and result.wrong_side_rate <= 0.05
    assert min(result.side_recall.values()) >= 0.70


def test_invented_macro_f1() -> None:
    frame = pd.read_csv(DATA / "invented" / "comments.csv")
    frame["doc_id"] = "invented"
    result = evaluate_stance(frame, frame["stance"], load_config(DATA / "invented"))
    assert result.n >= 40 and result.macro_f1 >= 0.80


@pytest.mark.parametrize(("slug", "floor"), [
    # Tuned on since issue 8 (figures before any tuning: 0.571, 0.384, 0.542); nurses-pay-offer
    # was first scored with rules developed on the other two (0.598) and tuned on after.
    ("masters-dispute", 0.75), ("points-deduction", 0.85), ("nurses-pay-offer", 0.55)])
def test_dev_macro_f1(slug: str, floor: float, tmp_path: Path, wrong_side: float = 0.15) -> None:
    from components.corpus.store import load_table
    from components.engine.build import build_corpus
    folder = DATA / "dev" / slug
    build_corpus(folder / "seeds", tmp_path)
    frame = pd.read_csv(folder / "labels.csv", keep_default_na=False)
    result = evaluate_stance(frame, frame["stance"], load_config(folder / "seeds"),
                             load_table(tmp_path, "statements"))
    assert result.macro_f1 >= floor and result.wrong_side_rate <= wrong_side


@pytest.mark.parametrize(("slug", "floor"), [
    # Written blind by H22 in session 21; first run 0.587, 0.583, 0.602, read and tuned on after.
    ("brackwater-mural-painted-over", 0.6), ("cragg-fell-path-closure", 0.55),
    ("silent-touchline-rule", 0.55)])
def test_newer_dev_sets_keep_their_tuned_figures(slug: str, floor: float, tmp_path: Path) -> None:
    test_dev_macro_f1(slug, floor, tmp_path, wrong_side=0.35)


def test_every_seed_comment_has_a_reason_sentence(corpus: Corpus) -> None:
    reasons = corpus.comments["stance_reason"]
    assert reasons.str.len().gt(20).all() and reasons.str.endswith(".").all()


def _per_document(comments: pd.DataFrame, config: CorpusConfig,
                  statements: pd.DataFrame | None) -> pd.DataFrame:
    """Classify document by document with the corpus claims summed from per-document counts."""
    docs = [group for _, group in comments.groupby("doc_id", sort=False)]
    counts: Counter[str] = Counter()
    n = 0
    for group in docs:
        texts = comment_texts(group)
        counts += topic_counts(texts)
        n += len(texts)
    claims = Claims.from_counts(config, statements, counts, n)
    assert claims == Claims.build(config, statements, comment_texts(comments))
    parts = [classify_comments(group, config, claims=claims) for group in docs]
    return pd.concat(parts).reindex(comments.index)


def test_per_document_with_summed_counts_equals_corpus_wide(corpus: Corpus) -> None:
    config = load_config(Path(__file__).parent.parent / "seeds")
    comments = corpus.comments.sample(frac=1.0, random_state=3)  # order must not matter
    split = comments.assign(doc_id=comments["doc_id"] + "-" + (comments["position"] % 4).astype(str))
    assert split["doc_id"].nunique() >= 4  # several documents, each too small for the topic floor
    for frame in (comments, split):
        for statements in (None, corpus.statements):
            whole = classify_comments(frame, config, statements)
            pd.testing.assert_frame_equal(_per_document(frame, config, statements), whole)


def test_claims_digest_is_stable_and_follows_content() -> None:
    texts = [f"Harbour talk {i}, the harbour again." for i in range(10)]
    claims = Claims.from_counts(CONFIG, None, topic_counts(texts), len(texts))
    again = Claims.from_counts(CONFIG, None, topic_counts(list(reversed(texts))), len(texts))
    assert claims.digest() == again.digest() and len(claims.digest()) == 64
    assert claims.digest() != Claims.build(CONFIG).digest()  # "harbour" is topic only in the first


def test_long_comment_is_read_like_a_short_one() -> None:
    """A comment longer than the cached length takes the uncached path to the same cues."""
    long_text = "North is right about this. " * 100 + "Walls are needed."
    short = classify_stance("North is right about this. Walls are needed.", CONFIG)
    result = classify_stance(long_text, CONFIG)
    assert result.stance == short.stance == "north" and "walls are needed" in result.reason


def test_threads_sharing_the_caches_get_what_one_thread_gets(corpus: Corpus) -> None:
    """The engine may classify documents in threads: two corpora at once, each as if alone."""
    seeds = load_config(Path(__file__).parent.parent / "seeds")
    texts = ["North is right.", "South is an idiot.", "Open the gates!", "Well said!!"]
    made_up = pd.DataFrame({"doc_id": ["d"] * 4, "position": range(4), "author": ["a", "b", "c", "a"],
                            "text": texts})
    jobs = [(corpus.comments, seeds, corpus.statements), (made_up, CONFIG, None)] * 4
    alone = [classify_comments(*job) for job in jobs[:2]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda job: classify_comments(*job), jobs))
    for at, frame in enumerate(together):
        pd.testing.assert_frame_equal(frame, alone[at % 2])


def test_frame_order_does_not_matter(corpus: Corpus) -> None:
    """Comments already in thread order are not re-sorted; any other order gives the same rows."""
    config = load_config(Path(__file__).parent.parent / "seeds")
    ordered = corpus.comments.sort_values(["doc_id", "position"])
    for frame in (corpus.comments.sample(frac=1.0, random_state=5), ordered.iloc[::-1]):
        pd.testing.assert_frame_equal(classify_comments(frame, config).loc[ordered.index],
                                      classify_comments(ordered, config))


def test_a_name_is_matched_as_written_not_by_stem() -> None:
    """"the campaign" is not "the campaigner": only the word or its plural names someone."""
    config = CorpusConfig(name="t", sides=(
        Side("a", Person("Ann Field", ("Field",), (), "she", descriptors=("the campaigner",))),
        Side("b", Person("Town Council", (), (), "they", descriptors=("the council",)))))
    assert classify_stance("The campaign is brilliant.", config).stance == NEUTRAL
    assert classify_stance("The campaigner is brilliant.", config).stance == "a"
    assert classify_stance("The campaigners are brilliant.", config).stance == "a"


def test_a_bare_head_word_with_an_owner_is_someone_else() -> None:
    """"the school" names a side; "my daughter's school" does not."""
    config = CorpusConfig(name="t", sides=(
        Side("a", Person("Dee Head", ("Head",), (), "she", descriptors=("the school",))),
        Side("b", Person("Parents Group", (), (), "they", descriptors=("the parents",)))))
    assert classify_stance("My daughter's school is wonderful.", config).stance == NEUTRAL
    assert classify_stance("The school is wonderful.", config).stance == "a"


def test_words_a_correction_denies_are_not_shared_with_a_side() -> None:
    """"That's not X, that's Y": the X words are not the commenter's claim."""
    config = CorpusConfig(name="t", sides=(
        Side("mill", Person("Old Mill", (), (), "they"), ("heavy rainfall floods", "storm drains overflow")),
        Side("fishers", Person("Fishers", (), (), "they"), ("profit first",))))
    claims = Claims.build(config)
    said = classify_stance("The drains overflow after heavy storms and rainfall.", config, claims)
    corrected = classify_stance("That's not rainfall and storms, that's a business model.", config, claims)
    assert said.stance == "mill" and "shares words" in said.reason
    assert corrected.stance == NEUTRAL


def test_a_role_word_after_every_or_any_is_anyone_in_that_role() -> None:
    """"for every coach" is not the side called "the coach": the sentence is about the one named."""
    config = CorpusConfig(name="bench", sides=(
        Side("coach", Person("Anders Brekke", ("Brekke", "the coach"), (), "he"), ()),
        Side("player", Person("Naomi Achebe", ("Achebe",), (), "she"), ())))
    result = classify_stance("Achebe has been a handful for every coach she's had.", config)
    assert result.stance == "coach" and "disagrees with Naomi Achebe" in result.reason
    assert classify_stance("The coach has been a handful all season.", config).stance == "player"


# ---- session 21: a view given up, mocking, a side's own account ----

def test_a_view_the_commenter_gave_up_is_not_their_side() -> None:
    result = classify_stance("I was fully with North on this at first, but the video changed my mind.",
                             CONFIG)
    assert result.stance != "north"
    assert classify_stance("I was with North on this from day one.", CONFIG).stance == "north"
    # company, not a view: no turn after the mention
    assert classify_stance("I was with North yesterday at the market, she's right about the walls.",
                           CONFIG).stance == "north"


@pytest.mark.parametrize("text", ["Bless them, South's volunteers cleaned the whole beach.",
                                  "My heart goes out to the poor families, South has been amazing."])
def test_sincere_sympathy_is_not_sarcasm(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == "south"


def test_imagine_being_upset_about_a_sides_line_mocks_that_side() -> None:
    result = classify_stance("Imagine being this upset about whether walls are needed \U0001f602", CONFIG)
    assert result.stance == "south" and "mocks" in result.reason
    # the one imagined is the one mocked: their claims are not aimed at
    assert "mocks" not in classify_stance("Imagine being Sam and saying walls are needed", CONFIG).reason


def test_a_rhetorical_is_this_the_same_finds_fault() -> None:
    result = classify_stance("Is this the same North who promised to listen last year?", CONFIG)
    assert result.stance == "south"


def test_a_sides_own_account_takes_its_side() -> None:
    config = CorpusConfig(name="t", sides=(
        Side("north", Person("Nora North", ("North",), ("@NoraNorthUK",), "she"), ("walls are needed",)),
        Side("south", Person("Southgate Homes", ("the company",), (), "they"), ("open the gates",))))
    comments = pd.DataFrame({"doc_id": ["d"] * 3, "position": [1, 2, 3],
                             "author": ["noranorthuk", "Southgate Homes", "Pat"],
                             "text": ["To everyone asking: I have read the letters and I will reply to each.",
                                      "We have written to every household about the gates this week.",
                                      "We have written to every household about the gates this week."],
                             "reply_to": [""] * 3, "depth": [0] * 3})
    stances = list(classify_comments(comments, config)["stance"])
    assert stances[:2] == ["north", "south"] and stances[2] == NEUTRAL
    # a first name alone is any commenter's, not the side's account
    named_nora = comments.assign(author=["Nora", "Pat", "Sam"], text=["Totally agree."] * 3)
    assert set(classify_comments(named_nora, config)["stance"]) == {NEUTRAL}
