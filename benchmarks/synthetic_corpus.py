"""A synthetic corpus in the seed format, at any size, for the scale benchmark.

    python benchmarks/synthetic_corpus.py OUT_DIR --comments N [--seed S] [--comments-per-article K]
        [--texts FILE.jsonl]

Writes articles about the seed controversy (seeds/corpus.toml is copied as is), each recombined
from sentences and quotes of the seed articles so that it quotes both sides, under a varied date
and outlet, with a comment section recombined from the real seed comments plus random words, and
authors from a pool where a few regulars write much of the section. About 3% is spam (the seed
spam and spam templates). Exact duplicates are there as people write them: about 1.5% are a
commenter posting one of their own comments again (a double post, or the same text under another
story), about 4% short stock reactions ("Well said.", "This.") that many people write word for
word. A long text copied under another name is what spammers do, so only spam does that, and a
build that flags copies under another author flags about 3%, not the 6-8% it flagged when the
duplicates were long comments pasted under other names. The same seed gives the same files.
Files are written as they are generated: memory does not grow with N. `--texts` also writes every
comment body, one JSON string per line (what a pandas+VADER notebook would score).
"""

import argparse
import contextlib
import csv
import datetime as dt
import json
import re
import shutil
import sys
import time
from collections import deque
from pathlib import Path
from random import Random
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.core.config import Side, load_config  # noqa: E402
from components.parse.layout import split_layout  # noqa: E402

__all__ = ["Counts", "SeedPools", "add_article", "append_comment", "generate", "load_pools", "main"]

SEEDS = ROOT / "seeds"
COMMENTED_SEED = SEEDS / "002_6152a0ec59b6f7b0.txt"
STANCE_LABELS = ROOT / "tests" / "data" / "seed_stance.csv"
SPAM_SHARE = 0.03
REPOST_SHARE = 0.015  # a commenter posts one of their own comments again (exact duplicate)
STOCK_SHARE = 0.04  # short stock reactions, written word for word by many people
WORD_SALAD_SHARE = 0.05  # comments of random seed-comment words only
REPLACED_WORDS = 0.2  # share of a recombined comment's words replaced by random ones
RECENT_POSTS = 500  # a repost repeats one of the last posts written (bounded memory)
BASE_DAY = dt.date(2017, 12, 15)

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘'A-Z0-9])")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_WORD = re.compile(r"[A-Za-z][A-Za-z’']{2,}")
_NUMBER = re.compile(r"\d+")
_URL = re.compile(r"https?://\S+")

_FIRST = ("Anna", "Mike", "Sarah", "Dave", "Lisa", "Tom", "Karen", "Chris", "Jen", "Rob", "Maria",
          "Steve", "Linda", "Kevin", "Amy", "Jose", "Priya", "Tasha", "Greg", "Nina", "Paul", "Rachel",
          "Omar", "Kelly", "Brian", "Joanne", "Luis", "Megan", "Tony", "Sandra", "Wei", "Fatima",
          "Derek", "Holly", "Marcus", "Ruth", "Ian", "Carla", "Sean", "Donna")
_LAST = ("Smith", "Jones", "Garcia", "Miller", "Brown", "Nguyen", "Patel", "Kowalski", "Reyes",
         "O'Brien", "Murphy", "Khan", "Rossi", "Fischer", "Walker", "Young", "Okafor", "Silva", "Bell",
         "Hughes", "Ward", "Price", "Duarte", "Lindqvist", "Moreau", "Park")
_HANDLE = ("eternal", "ozzie", "kev", "olution", "angel", "cafe", "east", "truth", "seeker", "pimp",
           "cessa", "donut", "blue", "sky", "night", "owl", "real", "talk", "just", "saying", "mama",
           "bear", "tiger", "lily", "rock", "star", "old", "school", "movie", "buff", "coffee", "cat")
_SPAM_NAMES = ("Nancy", "Joyce", "Brenda", "Sharon", "Betty", "Debra", "Tina", "Gloria", "Janet",
               "Carol", "Helen", "Diane")
_OUTLET_A = ("The Daily", "Evening", "Metro", "National", "Morning", "The City", "Pacific",
             "Northern", "The Weekly", "Capital", "Sunday", "Global")
_OUTLET_B = ("Ledger", "Courier", "Wire", "Herald", "Post", "Chronicle", "Gazette", "Star",
             "Beat", "Review", "Observer", "Buzz")
_CITIES = ("LOS ANGELES", "NEW YORK", "LONDON", "TORONTO", "SYDNEY", "CHICAGO")
_VERBS = ("said", "wrote", "added", "told reporters", "said in a statement", "tweeted")
_TITLES = ("{a} hits back at {b}", "{a} responds to {b} on sexual misconduct",
           "{b} under fire after comments about misconduct", "What {a} told {b}",
           "{a} and {b}: the row explained", "{b} faces backlash, {a} weighs in",
           "Why {a}'s letter to {b} struck a nerve", "{b} stands by the remarks as {a} pushes back")
_FILLER = ("honestly", "lol", "seriously", "smh", "just", "really", "whatever", "tbh", "people",
           "again", "wow", "exactly", "sad", "typical", "hollywood", "literally", "ok", "period")
_SPAM_TEMPLATES = (
    "{Co} is paying {n}$ per hour,with weekly payouts.You can also avail this.\n"
    "On {day} I got a great New {car} from having earned ${m} this last {k} weeks.."
    "with-out any doubt it’s the most-comfortable job I have ever done .. It sounds unbelievable but "
    "you wont forgive yourself if you don’t check it\n{url}",
    "I make ${m} a month working from home. I was shocked when my friend told me she was averaging "
    "${n} but I see how it works now. Go to this site for more details {url}",
    "Check out my channel, I post reaction videos every day!! subscribe please {url}",
    "Start working at home with {Co}. It's the best job I've had. Last month my pay check was "
    "${m} just working on the laptop {k} hours a day. {url}",
    "FREE gift cards here >>> {url} <<< only {k} left today",
)
# Short enough (under 40 characters) that no near-duplicate search takes them for copied text.
_STOCK = ("This.", "This!!", "Well said.", "Well said!", "Exactly.", "Exactly!", "So true.", "Agreed.",
          "Agree 100%.", "lol", "Thank you!", "Amen.", "Wow.", "Yes!", "Couldn't agree more.",
          "Nailed it.", "Sad.", "Ridiculous.", "Bravo.", "Spot on.", "Who cares?")
_SPAM_CO = ("Google", "Facebook", "Amazon", "Apple", "Microsoft")
_CARS = ("Land Rover Range Rover", "BMW 5-series", "Mercedes C-class", "Audi A6", "Tesla Model S")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")


class SeedPools:
    """What the generator recombines: article sentences, quotes per side, tweets, comments, spam."""

    def __init__(self, sides: tuple[Side, ...], sentences: list[str], quotes: dict[str, list[str]],
                 quote_spans: dict[str, list[str]], tweets: list[str], bodies: list[str],
                 comment_sentences: list[str], spam: list[str], words: list[str]) -> None:
        self.sides = sides
        self.sentences = sentences
        self.quotes = quotes
        self.quote_spans = quote_spans
        self.tweets = tweets
        self.bodies = bodies
        self.comment_sentences = comment_sentences
        self.spam = spam
        self.words = words


def _speaker(paragraph: str, sides: tuple[Side, ...]) -> str:
    """The side a quote paragraph attributes its quote to: first name or pronoun outside quotes."""
    outside = _QUOTED.sub(" ", paragraph)
    best, where = "", len(outside) + 1
    for side in sides:
        names = [*side.person.names]
        if side.person.pronoun:
            names += [side.person.pronoun, side.person.pronoun.capitalize()]
        for name in names:
            found = re.search(rf"\b{re.escape(name)}\b", outside)
            if found and found.start() < where:
                best, where = side.id, found.start()
    return best


def _spam_positions() -> set[int]:
    """Positions of the seed comments labelled as spam."""
    with STANCE_LABELS.open(encoding="utf-8") as handle:
        return {int(row["position"]) for row in csv.DictReader(handle) if row["why"].strip() == "spam"}


def load_pools() -> SeedPools:
    """Read the seed articles, tweets and comments into recombinable pieces."""
    sides = load_config(SEEDS).sides
    sentences: list[str] = []
    quotes: dict[str, list[str]] = {side.id: [] for side in sides}
    spans: dict[str, list[str]] = {side.id: [] for side in sides}
    tweets: list[str] = []
    bodies: list[str] = []
    spam: list[str] = []
    spam_at = _spam_positions()
    for path in sorted(SEEDS.glob("*.txt")):
        layout = split_layout(path.read_text(encoding="utf-8"))
        tweet_at = {t.paragraph for t in layout.tweets}
        tweets += [f"{t.body} — {t.name} ({t.handle}) {t.date_text}" for t in layout.tweets]
        for k, paragraph in enumerate(layout.paragraphs):
            if k in tweet_at or len(paragraph.split()) < 6:
                continue
            if _QUOTED.search(paragraph):
                side = _speaker(paragraph, sides)
                if side:
                    quotes[side].append(paragraph)
                    spans[side] += [q[1:-1].strip(" ,") for q in _QUOTED.findall(paragraph)
                                    if len(q.split()) >= 5]
            else:
                sentences += [s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 5]
        if path == COMMENTED_SEED:
            for comment in layout.comments:
                if comment.body.strip():
                    (spam if comment.position in spam_at else bodies).append(comment.body.strip())
    comment_sentences = [s for b in bodies for line in b.split("\n")
                         for s in _SENTENCE_END.split(line) if s.strip()]
    words = sorted({w.lower() for b in bodies for w in _WORD.findall(b)} | set(_FILLER))
    return SeedPools(sides, sentences, quotes, spans, tweets, bodies, comment_sentences, spam, words)


# ---- articles ----

def _outlet(rng: Random) -> str:
    return f"{rng.choice(_OUTLET_A)} {rng.choice(_OUTLET_B)}"


def _quote_paragraph(rng: Random, pools: SeedPools, side: Side) -> str:
    """A seed paragraph quoting this side, or one of its quotes under a new attribution."""
    if rng.random() < 0.5 or not pools.quote_spans[side.id]:
        return rng.choice(pools.quotes[side.id])
    who = rng.choice((side.person.name, *side.person.aliases[:1]))
    return f'{who} {rng.choice(_VERBS)} "{rng.choice(pools.quote_spans[side.id])}"'


def _article(rng: Random, pools: SeedPools, day: dt.date) -> str:
    """Title, date, outlet signal and paragraphs quoting every side, in the seed format."""
    a, b = (pools.sides[1], pools.sides[0]) if rng.random() < 0.5 else pools.sides[:2]
    title = rng.choice(_TITLES).format(a=a.person.name, b=b.person.name)
    outlet = _outlet(rng)
    paragraphs = [" ".join(rng.sample(pools.sentences, rng.randint(1, 3))) for _ in range(rng.randint(2, 5))]
    for side in pools.sides:
        if pools.quotes[side.id]:
            paragraphs.insert(rng.randint(1, len(paragraphs)), _quote_paragraph(rng, pools, side))
    if pools.tweets and rng.random() < 0.6:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(pools.tweets))
    signal = rng.random()
    if signal < 0.3:
        paragraphs[0] = f"{rng.choice(_CITIES)} ({outlet}) — {paragraphs[0]}"
    elif signal < 0.65:
        paragraphs.append(f"{outlet} on Facebook")
    else:
        paragraphs.append(f"© {day.year} {outlet}. All rights reserved.")
    head = [title]
    dating = rng.random()
    if dating < 0.8:
        head.insert(0, f" date {day.isoformat()}")
    elif dating < 0.95:
        head.append(f"Published {day.strftime('%B')} {day.day}, {day.year}")
    return "\n\n".join(head + paragraphs) + "\n\n"


# ---- comments ----

def _author(seed: int, index: int) -> str:
    """The name of pool member `index`: the same for a given seed, never stored."""
    rng = Random(f"{seed}:author:{index}")
    style = rng.random()
    if style < 0.35:
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    if style < 0.5:
        return rng.choice(_FIRST)
    if style < 0.6:
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)[0]}."
    if style < 0.85:
        return "".join(rng.sample(_HANDLE, 2)) + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")
    return f"{rng.choice(_HANDLE).capitalize()}-{rng.choice(_LAST)}"


def _with_random_words(rng: Random, pools: SeedPools, text: str) -> str:
    """The text with words from the seed comments' vocabulary swapped in and inserted at random
    places: enough that two comments recombined from the same seed sentence are not near-duplicates
    (which the spam step rightly flags), as few seed comments are recombined many times."""
    tokens = text.split(" ")
    for k in rng.sample(range(len(tokens)), min(len(tokens), max(2, round(REPLACED_WORDS * len(tokens))))):
        tokens[k] = rng.choice(pools.words)
    for _ in range(rng.randint(1, 2 + len(tokens) // 8)):
        tokens.insert(rng.randint(0, len(tokens)), rng.choice(pools.words))
    return " ".join(tokens)


def _comment_body(rng: Random, pools: SeedPools, addressee: str) -> str:
    """A comment recombined from real seed comments plus random words."""
    mode = rng.random()
    if mode < 0.3:
        body = rng.choice(pools.bodies)
        parts = [p for p in body.split("\n\n") if p.strip()]
        text = body if len(parts) == 1 or rng.random() < 0.5 else rng.choice(parts)
    elif mode < 1 - WORD_SALAD_SHARE:
        text = " ".join(rng.choice(pools.comment_sentences) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.1:
            text += "\n\n" + " ".join(rng.choice(pools.comment_sentences) for _ in range(rng.randint(1, 2)))
    else:
        text = " ".join(rng.choice(pools.words) for _ in range(rng.randint(3, 12))).capitalize() + "."
    text = "\n".join(_with_random_words(rng, pools, line) if line else line for line in text.split("\n"))
    if addressee and rng.random() < 0.5:
        text = f"{addressee.split()[0]}, {text}" if rng.random() < 0.6 else f"@{addressee} {text}"
    return text


def _spam_url(rng: Random) -> str:
    camel = "".join(w.capitalize() for w in rng.sample(_HANDLE + ("jobs", "cash", "daily", "report"), 4))
    return f"http://{camel}{rng.randint(1, 99)}/{rng.choice(('easy', 'get', 'now'))}/{rng.choice(_HANDLE)}…"


def _spam_body(rng: Random, pools: SeedPools) -> str:
    """Spam recombined from the seed spam (new numbers and link) or filled from a template."""
    if pools.spam and rng.random() < 0.5:
        body = _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)),
                           rng.choice(pools.spam))
        return _URL.sub(_spam_url(rng), body)
    return rng.choice(_SPAM_TEMPLATES).format(
        Co=rng.choice(_SPAM_CO), n=rng.randint(60, 99), m=rng.randint(5000, 19999), k=rng.randint(2, 6),
        day=rng.choice(_DAYS), car=rng.choice(_CARS), url=_spam_url(rng))


def _write_comment(out: TextIO, author: str, body: str) -> None:
    """One comment in the seed format: bullet author line, blank line, 4-space indented body."""
    lines = "\n".join(f"    {line}" if line.strip() else "" for line in body.split("\n"))
    out.write(f"  • {author}\n\n{lines}\n\n")


class Counts:
    """What was written: files, comments, spam, reposts (exact duplicates by their own author),
    stock reactions, bytes."""

    def __init__(self) -> None:
        self.files = self.comments = self.spam = self.reposts = self.stock = self.bytes = 0


class _Section:
    """The state one comment section draws on: who posted what, here and recently elsewhere."""

    def __init__(self, seed: int, pool_size: int, recent: deque[tuple[str, str]]) -> None:
        self.seed = seed
        self.pool_size = pool_size
        self.regulars = max(5, pool_size // 100)
        self.recent = recent
        self.posts: list[tuple[str, str]] = []


def _commenter(rng: Random, section: _Section) -> str:
    """Someone already in this section, one of the regulars, or anyone from the pool."""
    if section.posts and rng.random() < 0.2:
        return rng.choice(section.posts)[0]
    if rng.random() < 0.4:
        return _author(section.seed, rng.randrange(section.regulars))
    return _author(section.seed, rng.randrange(section.pool_size))


def _post(rng: Random, pools: SeedPools, section: _Section, counts: Counts) -> tuple[str, str]:
    """One (author, body): spam, a repost by its own author, a stock reaction, or a new comment."""
    roll = rng.random()
    if roll < SPAM_SHARE:
        counts.spam += 1
        return rng.choice(_SPAM_NAMES), _spam_body(rng, pools)
    roll -= SPAM_SHARE
    if roll < REPOST_SHARE and (section.posts or section.recent):
        counts.reposts += 1
        here = bool(section.posts) and (not section.recent or rng.random() < 0.5)
        return rng.choice(section.posts if here else section.recent)
    author = _commenter(rng, section)
    if roll < REPOST_SHARE + STOCK_SHARE:
        counts.stock += 1
        return author, rng.choice(_STOCK)
    addressee = rng.choice(section.posts)[0] if section.posts and rng.random() < 0.1 else ""
    return author, _comment_body(rng, pools, addressee if addressee != author else "")


def _comment_section(out: TextIO, rng: Random, pools: SeedPools, n: int, section: _Section,
                     counts: Counts, texts: TextIO | None) -> None:
    """Write n comments (and their bodies to texts, if given)."""
    for _ in range(n):
        author, body = _post(rng, pools, section, counts)
        if author not in _SPAM_NAMES:
            section.posts.append((author, body))
            section.recent.append((author, body))
        _write_comment(out, author, body)
        if texts is not None:
            texts.write(json.dumps(body, ensure_ascii=False) + "\n")
        counts.comments += 1


def _article_name(index: int, rng: Random) -> str:
    """The file name of article number index: sorted by index, with a random tail like the seeds'."""
    return f"{index:06d}_{rng.getrandbits(64):016x}.txt"


def _write_article(path: Path, rng: Random, pools: SeedPools, n: int, section: _Section, counts: Counts,
                   texts: TextIO | None) -> None:
    """One article file with a section of n comments."""
    day = BASE_DAY + dt.timedelta(days=rng.randint(-2, 120))
    with path.open("w", encoding="utf-8") as out:
        out.write(_article(rng, pools, day))
        _comment_section(out, rng, pools, n, section, counts, texts)
    counts.files += 1
    counts.bytes += path.stat().st_size


def generate(out_dir: Path, comments: int, seed: int = 0, per_article: int = 40,
             texts: TextIO | None = None) -> Counts:
    """Write the synthetic corpus into out_dir (created; must hold no .txt files yet), and every
    comment body as a JSON line to texts, if given."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if any(out_dir.glob("*.txt")):
        raise SystemExit(f"{out_dir}: already holds .txt files; choose an empty folder")
    pools = load_pools()
    rng = Random(seed)
    shutil.copyfile(SEEDS / "corpus.toml", out_dir / "corpus.toml")
    counts = Counts()
    counts.files = 1
    pool_size = max(50, comments // 4)
    recent: deque[tuple[str, str]] = deque(maxlen=RECENT_POSTS)
    remaining, index = comments, 0
    while remaining > 0:
        n = 0 if rng.random() < 0.05 else min(remaining, max(1, round(rng.expovariate(1 / per_article))))
        path = out_dir / _article_name(index, rng)
        _write_article(path, rng, pools, n, _Section(seed, pool_size, recent), counts, texts)
        remaining -= n
        index += 1
    return counts


def add_article(out_dir: Path, comments: int, seed: int = 0) -> Path:
    """Write one more article with `comments` comments after the last one in out_dir (its text
    depends on the seed and the article's number); return its path."""
    index = 1 + max((int(p.name[:6]) for p in out_dir.glob("[0-9]" * 6 + "_*.txt")), default=-1)
    rng = Random(f"{seed}:article:{index}")
    path = out_dir / _article_name(index, rng)
    section = _Section(seed, max(50, comments), deque())
    _write_article(path, rng, load_pools(), comments, section, Counts(), None)
    return path


def append_comment(path: Path, seed: int = 0) -> str:
    """Add one new comment at the end of an article's comment section (as when a reader posts);
    return its body."""
    rng = Random(f"{seed}:append:{path.name}:{path.stat().st_size}")
    section = _Section(seed, 50, deque())
    author, body = _post(rng, load_pools(), section, Counts())
    with path.open("a", encoding="utf-8") as out:
        _write_comment(out, author, body)
    return body


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus and say what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--comments", type=int, required=True, help="total comments to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--comments-per-article", type=int, default=40, help="mean comments per article")
    parser.add_argument("--texts", type=Path, help="also write every comment body, one JSON string per line")
    args = parser.parse_args(argv)
    if args.comments < 0 or args.comments_per_article < 1:
        parser.error("--comments must be >= 0 and --comments-per-article >= 1")
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        texts = stack.enter_context(args.texts.open("w", encoding="utf-8")) if args.texts else None
        counts = generate(args.out_dir, args.comments, args.seed, args.comments_per_article, texts)
    print(f"wrote {counts.files} files ({counts.files - 1} articles + corpus.toml, "
          f"{counts.bytes / 1e6:.1f} MB) to {args.out_dir}: {counts.comments} comments "
          f"({counts.spam} spam, {counts.reposts} reposts by their author, {counts.stock} stock reactions) "
          f"in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
