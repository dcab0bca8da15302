"""Rating cards with no date: a product's, a course's or an app's reviews read as comments.

A creator's shop (the Gumroad / Etsy kind), a course page or an app listing prints each rating as a
card of a name, the rating alone on the line under it, and the text, with no date or age line:

    Harriet Osei                  (the rater's name or handle)
    ★★★★☆                         (the rating alone: stars, "4 out of 5 stars", "Rated 4/5")
    Lovely kit, though the …      (the text, right under the rating; more paragraphs may follow)

        Wrenfield Workshop        (the creator's response: its name and text indented under the card)
        Thank you, Dmitri …

A card with an age line under its rating ("4 days ago") is a stamped header, the generic reader's.
The name over a rating alone on its line is the anchor. A critic's round-up in an article ("The
Lantern Room ★★★★", "Maple & Rye" over "★★★") is no such list: a name line opens with no article or
possessive word and holds no "&" (a venue's or a dish's name does); a row of stars counts only with
every position of its scale drawn ("★★★★☆": a widget draws the empty stars, a critic types the
earned ones, "★★★★"); and with no reviews or comments heading over them the cards must be
_MIN_UNHEADED and the page's last text (no article paragraph after the last card).
"""

import re

from .comment_blocks import _COURTESY, Kind, classify
from .layout import (
    _HALF_STAR_CHARS,
    _NO_NAME_OPENER,
    _STAR_CHARS,
    _STAR_RATING,
    RawComment,
    _indent_of,
    _is_byline,
    _is_comment_heading,
    _is_date_line,
    _is_furniture,
    _is_prose,
    _is_stamp,
    _name_like,
    _next_filled,
    _paragraph_end,
)

# A rating alone on its line: a row of stars (filled and empty), or a score out of a scale.
_RATING_ALONE = re.compile(rf"^(?:{_STAR_RATING}(?:\s*[☆✩]{{1,9}})?"
                           r"|(?:rated\s+)?(?:\d(?:[.,]\d)?\s*(?:/|out of)\s*(?:5|10)|10\s*(?:/|out of)\s*10)"
                           r"(?:\s+stars?)?\.?)$", re.I)
# A reviews heading over the cards ("Reviews (44)", "Ratings and reviews", "Student feedback", "212 ratings").
_REVIEWS_HEADING = re.compile(r"^(?:(?:customer|student|user|buyer|learner|player|reader|guest)\s+)?"
                              r"(?:reviews|ratings|ratings (?:and|&) reviews|reviews (?:and|&) ratings"
                              r"|feedback)"
                              r"(?:\s*\(\d[\d,]*\)|\s+\d[\d,]*)?:?$|^\d[\d,]*\s+(?:reviews|ratings)$", re.I)
_STAR_GLYPHS = frozenset(_STAR_CHARS + _HALF_STAR_CHARS)
_SCALES = (5, 10)  # a widget draws every position of its scale, the empty stars too ("★★★★☆")
_EMOJI_STAR, _VARIATION = "⭐", "\ufe0f"  # an emoji star (with its emoji-style selector perhaps)
_NAME_WORDS = 4
_NAME_CHARS = 40
_MIN_HEADED = 2    # cards under a reviews or comments heading, at least
_MIN_UNHEADED = 3  # cards with no heading over them, at least
_HEADING_REACH = 4  # lines from the heading down to the first card (a sort control, a summary between)
_DATED = (Kind.STAMP, Kind.NAMED, Kind.OPENER)  # the line kinds that carry a comment's stamp
_HEADER_REACH = 3   # lines under the rating where a dated card's stamp stands (its title between)
_SENTENCE_WORDS = 4  # a paragraph after the text's first is the card's when it is a sentence this long


def _heading(text: str) -> bool:
    """A reviews or comments heading."""
    return _is_comment_heading(text) or bool(_REVIEWS_HEADING.match(text))


def _rater(text: str, opened: bool = False) -> bool:
    """A rater's name or handle line: a few words, no article or possessive opening, no "&"; with
    `opened`, the names that open like an article's words too (_opened_name)."""
    return (0 < len(text) <= _NAME_CHARS and "&" not in text and _name_like(text, _NAME_WORDS)
            and (_NO_NAME_OPENER.match(text) is None or (opened and _opened_name(text)))
            and _RATING_ALONE.match(text) is None)


def _opened_name(text: str) -> bool:
    """A person's name whose first word is an article's or a possessive: a clergy's or a peer's "The"
    before the title ("The Rev. Ann Lee"), or the given name My before a surname alone ("My Tran").
    Read only beside other raters' cards: alone, "My Rating" over a rating is a label."""
    first, _, rest = text.partition(" ")
    if first == "The" and (title := _COURTESY.match(rest)) is not None:
        return _name_like(rest[title.end():], _NAME_WORDS - 1)
    return first == "My" and len(rest.split()) == 1 and rest[:1].isupper()


def _creator(text: str) -> bool:
    """A creator's or shop's name over its response: a rater's name, or a business's, which may open
    with "The" or join two words with "&" ("The Feeder Shed", "Bark & Bloom")."""
    core = text[4:] if text.startswith("The ") else text
    return _rater(core.replace(" & ", " ")) or _rater(text, opened=True)


def _rating(text: str) -> bool:
    """A rating alone on its line as a widget prints it: a score out of a scale, or a row of stars with
    every position of the scale drawn (a critic types the earned stars alone: "★★★★", "★★★"); a row of
    emoji stars ("⭐⭐⭐⭐"), which has no empty star to draw."""
    text = text.replace(_VARIATION, "")
    if _RATING_ALONE.match(text) is None:
        return False
    glyphs = [c for c in text if c in _STAR_GLYPHS]
    if glyphs and set(glyphs) == {_EMOJI_STAR}:
        return len(glyphs) <= max(_SCALES)  # emoji have no empty star to draw: the earned ones alone
    return not glyphs or len(glyphs) in _SCALES


def _card_at(lines: list[str], k: int) -> bool:
    """Whether a card opens at line k: a rater's name after a blank line (or a heading), the rating
    alone on the next line at the same indent, and text right under it with no stamp in its first lines."""
    if k + 2 >= len(lines) or (k and lines[k - 1].strip() and not _heading(lines[k - 1].strip())):
        return False
    name, rating, text = (lines[j].strip() for j in (k, k + 1, k + 2))
    return (_rater(name, opened=True) and _rating(rating) and _indent_of(lines[k]) == _indent_of(lines[k + 1])
            and bool(text) and not _RATING_ALONE.match(text) and not _dated_below(lines, k + 2))


def _stamp_line(text: str) -> bool:
    """A date, an age or a stamped header line."""
    return _is_date_line(text) or _is_stamp(text) or classify(text)[0] in _DATED


def _dated_below(lines: list[str], start: int) -> bool:
    """Whether a stamp stands under a rating: in the first lines, before a blank line (a dated card's
    header: "Great Tour" over "Visited October 2026 • Couples", a title over "Reviewed in … on …"), or
    alone as the last line of the paragraph under it (a card that prints its date under its text); both
    are the generic reader's dated cards."""
    for k in range(start, min(len(lines), start + _HEADER_REACH)):
        text = lines[k].strip()
        if not text:
            return False
        if _stamp_line(text):
            return True
    last = _paragraph_end(lines, start) - 1  # (line `start` is the card's text, never blank)
    return last >= start + _HEADER_REACH and _stamp_line(lines[last].strip())


def _sentence(text: str) -> bool:
    """A paragraph line that is written text, not a label, a link or a button."""
    return _is_prose(text) or (len(text.split()) >= _SENTENCE_WORDS and text[-1:] in ".!?\"”)")


def _written_end(lines: list[str], k: int, stop: int) -> int:
    """The line after the paragraph that opens at line k, cut at the first of the widget's own lines
    under it ("Was this review helpful? Yes (3) No (0)", "Report")."""
    end = k + 1
    while end < stop and lines[end].strip() and not _is_furniture(lines[end].strip()):
        end += 1
    return end


def _text_end(lines: list[str], k: int, stop: int, single: bool = False) -> int:
    """The line after a text that opens at line k: its first paragraph, then (unless `single`) each
    next paragraph at the same indent that is written text (a link, a button, a name line or the
    widget's own sentence, "Was this review helpful?", ends it)."""
    end, indent = _written_end(lines, k, stop), _indent_of(lines[k])
    while not single and (start := _next_filled(lines, end, stop)) < stop \
            and _indent_of(lines[start]) == indent and _sentence(text := lines[start].strip()) \
            and not _is_furniture(text):
        end = _written_end(lines, start, stop)
    return end


def _response(lines: list[str], k: int, stop: int, indent: int, between: bool) -> tuple[str, str, int] | None:
    """(name, text, line after it) of the creator's response opening at line k: a name line indented
    deeper than its card, with its text under it at the same indent; or, `between` two cards, a name
    of two words or more flush with the card over a sentence; None for any other line."""
    name = lines[k].strip()
    flush = (between and _indent_of(lines[k]) == indent and len(name.split()) > 1 and k + 1 < stop
             and _sentence(lines[k + 1].strip()))
    if (_indent_of(lines[k]) <= indent and not flush) or k + 1 >= stop or not _creator(name):
        return None
    if _indent_of(lines[k + 1]) != _indent_of(lines[k]) or not lines[k + 1].strip():
        return None
    end = _text_end(lines, k + 1, stop)
    text = "\n".join(line.strip() for line in lines[k + 1:end])
    return lines[k].strip(), text, end


def _card(lines: list[str], k: int, stop: int, single: bool = False) -> tuple[list[RawComment], int]:
    """The card opening at line k as comments (the rating, then its responses) and the line after it;
    `single`: its text is its first paragraph alone."""
    indent = _indent_of(lines[k])
    author = lines[k].strip()
    end = _text_end(lines, k + 2, stop, single)
    text = "\n".join(line.strip() for line in lines[k + 2:end])
    found = [RawComment(0, author, text)]
    while (start := _next_filled(lines, end, stop)) < stop and (
            reply := _response(lines, start, stop, indent, stop < len(lines))) is not None:
        found.append(RawComment(0, reply[0], reply[1], 1, author, True))
        end = reply[2]
    return found, end


def _heading_over(lines: list[str], first: int) -> int | None:
    """The line of the reviews or comments heading a few lines over the first card, or None."""
    return next((j for j in range(first - 1, max(-1, first - 1 - _HEADING_REACH), -1)
                 if _heading(lines[j].strip())), None)


def _prose_after(lines: list[str], start: int) -> bool:
    """Whether an article paragraph follows the last card (the cards are then a list in the text)."""
    return any(len(line.split()) >= _SENTENCE_WORDS * 3 and _is_prose(line.strip()) for line in lines[start:])


def _categories(lines: list[str], starts: list[int]) -> bool:
    """Whether the cards' names are a ratings table's categories ("Design", "Speed", "Value" over their
    ratings): every name one capitalised word of letters alone (a rater signs with a full name or a
    handle)."""
    names = [lines[k].strip() for k in starts]
    return all(name.isalpha() and name[0].isupper() for name in names)


def _bylined(lines: list[str], first: int) -> bool:
    """Whether a byline stands over the first card: the cards are then a critic's list in the article
    (the films or venues a round-up rates), not readers' ratings."""
    return any(_is_byline(line.strip()) for line in lines[:first] if line.strip())


_Cards = tuple[list[RawComment], set[int], int, list[int]]


def _cards(lines: list[str], starts: list[int], single_last: bool) -> _Cards:
    """The comments of the cards opening at `starts`, the lines they take, the line after the last and
    each card's count of text paragraphs; `single_last`: the last card's text is its first paragraph."""
    found: list[RawComment] = []
    taken: set[int] = set()
    paragraphs: list[int] = []
    end = starts[0]
    for n, k in enumerate(starts):
        if k < end:
            continue  # a response's name over a rating inside the card above: not a card of its own
        last = n + 1 == len(starts)
        comments, end = _card(lines, k, len(lines) if last else starts[n + 1], single_last and last)
        found.extend(comments)
        taken |= set(range(k, end))
        paragraphs.append(comments[0].body.count("\n\n") + 1)
    return found, taken, end, paragraphs


def rated_cards(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The ratings of a list of undated rating cards (and the creator's responses under them) as
    comments, and the lines they take; none when the cards are too few or read as an article's list."""
    starts = [k for k in range(len(lines)) if lines[k].strip() and _card_at(lines, k)]
    if not starts:
        return [], set()
    heading = _heading_over(lines, starts[0])
    headed = heading is not None
    plain = sum(1 for k in starts if _rater(lines[k].strip()))  # (a name opening like "My Rating" aside)
    if plain < (_MIN_HEADED if headed else _MIN_UNHEADED) or _categories(lines, starts) \
            or (not headed and _bylined(lines, starts[0])):
        return [], set()
    found, taken, end, paragraphs = _cards(lines, starts, False)
    if len(paragraphs) > 1 and paragraphs[-1] > 1 and max(paragraphs[:-1]) == 1:
        # every other card's text is one paragraph: the paragraphs after the last card's first are the
        # page's own (an article's verdict under its readers' ratings), not the last rater's
        found, taken, end, paragraphs = _cards(lines, starts, True)
    if heading is not None:
        taken |= set(range(heading, starts[0]))  # its summary, sort row
    if not headed and _prose_after(lines, end):
        return [], set()
    return [RawComment(n + 1, c.author, c.body, c.depth, c.reply_to, c.is_reply)
            for n, c in enumerate(found)], taken
