"""A newspaper's letters page: readers' letters under a "Letters" heading, each signed.

Papers print a letter with its writer's name and address (a street and town, a town, a title and an
organisation, a business) in one of four places, the same on the whole page:

- at the FOOT, under the letter's text (a headline over the text perhaps): "… empty shops." /
  "Ann Lee" / "Mill Lane, Kelmouth";
- at the HEAD, over the text (a headline over the name perhaps, a date under the address perhaps):
  "Ann Lee" / "Mill Lane, Kelmouth" / "Published 3 October 2026" / "The council …";
- in a `From:` line opening the letter (a regional paper's form): "From: Ann Lee, Mill Lane, Kelmouth.";
- after a dash under the text: "— Ann Lee, Mill Lane, Kelmouth".

A writer who asks not to be named signs "Name withheld" or "Name and address supplied", which is the
letter's author (a town under it is its address, never a name). Each letter is a comment; the page's
heading, its introduction (the address to write to, the rules) and its section labels ("Letter of the
week", "In brief") are the letters page's, not the article's, and no letter's text.

The reader asks for a letters heading after the article's first prose line and three letters or more
signed in one place; a paragraph of the article that quotes a letter ("In a letter to the council, Ann
Lee wrote …") stands above the heading and is never read here.
"""

import re
from dataclasses import replace

from .layout import (
    _RELATIVE_STAMP,
    RawComment,
    _first_prose,
    _is_comment_heading,
    _is_date_line,
    _is_furniture,
)

# The letters page's heading, alone on its line: "Letters", "Your letters", "Readers' letters (44)",
# "Letters to the editor", "44 letters", "Postbag"; or the page's own title after it ("Letters: the
# lights row, the bypass and a thank-you").
_HEADING = re.compile(r"^(?:(?:your|readers['’]?|our readers['’]?|today['’]s) )?letters"
                      r"(?: to the editor| page)?(?:\s*\(\d[\d,]*\))?:?$"
                      r"|^\d[\d,]* letters$|^(?:postbag|mailbag)$", re.I)
_TITLED_HEADING = re.compile(r"^(?:your |readers['’]? )?letters:\s+\S", re.I)
# A writer who is not named: "Name withheld", "Name and address supplied", "Name and address withheld
# by request", "Anonymous".
_UNNAMED = re.compile(r"^(?:names?(?: (?:and|&) address(?:es)?)?|address) (?:withheld|supplied)"
                      r"(?: (?:by|on|at) (?:the writer['’]s )?request)?\.?$|^anonymous$", re.I)
# A name's words: capitalised (an initial, a hyphen, an apostrophe: "R J Platt", "Anne-Marie O'Neill"), a
# particle in lower case between them ("Piet van der Berg"), a title before them ("Cllr", "Dr").
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|\(?(?:Mrs?|Ms|Miss|Dr|Rev)\)?\.?)$")
_PARTICLES = frozenset({"de", "van", "der", "von", "le", "la", "da", "di", "du", "del", "den", "ter", "al",
                        "bin", "ap"})
_NAME_MOST = 5
# The opening form: "From: Ann Lee, Mill Lane, Kelmouth." (a name, then its address after a comma).
_FROM = re.compile(r"^From:\s+(?P<name>[^,:]{2,50}?)(?:,\s+(?P<address>[^:]{2,100}?))?\.?$")
# The dash form: "— Ann Lee, Mill Lane, Kelmouth" (a dash or two hyphens, then the signature).
_DASH = re.compile(r"^(?:[—–]|--?)\s*(?P<name>[^,—–]{2,50}?)(?:,\s+(?P<address>[^—–]{2,100}?))?\.?$")
# A date line under a signature: the date alone or after a label ("Published 22 November 2026").
_STAMP_LABEL = re.compile(r"^(?:published|posted|sent|received|written)(?: on)?:?\s+", re.I)
# An email address under the name, the writer's address in place of a town ("ann.lee@example.org").
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# The page's own note, no letter's text: an editor's note between letters, the rules and the address
# to write to in the introduction or under the last letter ("Letters may be edited for length", "Email
# your letters to …", "Send yours to …").
_PAGE_NOTE = re.compile(r"^editor['’]?s? note\b|^ed(?:itor)?\.?\s*[:—–-]"
                        r"|\bletters? (?:may|will|must|should|can) be (?:edited|shortened|cut|published)\b"
                        r"|^(?:please )?(?:e-?mail|write|send)(?: us)? (?:your letters?|yours|your views)\b",
                        re.I)
# A letter's number before its text on a numbered page ("2. The early ferry …").
_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.)]\s+(?=\S)")
_ADDRESS_WORDS = 10
_ADDRESS_CHARS = 90
_ADDRESS_LINES = 3      # address lines (and a date line) under a name, at most
_HEADLINE_WORDS = 14
_MIN_LETTERS = 3
_BODY_WORDS = 9         # a line this long is a letter's text whatever its end


def _signer_name(text: str) -> bool:
    """A writer's signed name: two to five words of a name, or the form of an unnamed writer."""
    if _UNNAMED.match(text):
        return True
    words = text.split()
    return (2 <= len(words) <= _NAME_MOST and text[-1:] not in ".!?,;:"
            and _NAME_WORD.match(words[-1]) is not None
            and all(_NAME_WORD.match(w) or w in _PARTICLES for w in words))


def _foot_name(text: str) -> str:
    """The writer's name on a signature line at a letter's foot: the line, or its part before a comma
    when the rest is the writer's address on the same line ("Ann Lee, Kelmouth"); '' when none."""
    if _signer_name(text):
        return text
    name, comma, address = text.partition(", ")
    return name if comma and _signer_name(name) and _address_line(address) else ""


def _stamp_line(text: str) -> bool:
    label = _STAMP_LABEL.match(text)
    return _is_date_line(text[label.end():] if label else text)


def _address_line(text: str) -> bool:
    """A line of a signature's address: short, opening with a capital or a figure ("14 Mill Lane,
    Kelmouth", "Kelmouth", "Chief executive, Harbour Ferry Users", "Penrose Heating, Quay Estate,
    Kelmouth"), no sentence's end; or the letter's date."""
    if _RELATIVE_STAMP.match(text):
        return False  # "2 hours ago": a comment's stamp under its author, never a letter's date
    if _EMAIL.match(text):
        return True
    if _stamp_line(text):
        return True
    return (0 < len(text.split()) <= _ADDRESS_WORDS and len(text) <= _ADDRESS_CHARS
            and (text[:1].isupper() or text[:1].isdigit())
            and text[-1:] not in ".!?:;\"”’" and not _is_furniture(text))


def _body_line(text: str) -> bool:
    """A line of a letter's text: a sentence's end, or longer than a signature or headline line."""
    return text[-1:] in ".!?…\"”’)" or len(text.split()) >= _BODY_WORDS


def _headline(text: str) -> bool:
    """A letter's headline: a short line that is no sentence and no signature (a question or an
    exclamation is as often a letter's own one-line paragraph: kept as its text)."""
    return (0 < len(text.split()) <= _HEADLINE_WORDS and text[-1:] not in ".…,;:\"”’)?!"
            and not _signer_name(text) and not _is_date_line(text))


def _paragraphs(lines: list[str], start: int, stop: int) -> list[list[int]]:
    """The indices of each run of non-blank lines from `start` to `stop`."""
    found: list[list[int]] = [[]]
    for k in range(start, stop):
        if lines[k].strip():
            found[-1].append(k)
        elif found[-1]:
            found.append([])
    return [p for p in found if p]


def _blank(lines: list[str], k: int) -> bool:
    return not 0 <= k < len(lines) or not lines[k].strip()


def _stands_alone(lines: list[str], k: int) -> bool:
    """Whether a heading line is a paragraph of its own (its date line under it perhaps): a "Letters"
    item in a list of links (a footer's "Letters / Crossword / Obituaries") has links above or under it."""
    under = k + 1 + (not _blank(lines, k + 1) and _is_date_line(lines[k + 1].strip()))
    return _blank(lines, k - 1) and _blank(lines, under)


def _dated(lines: list[str], k: int) -> bool:
    return k + 1 < len(lines) and _is_date_line(lines[k + 1].strip())


def _heading(lines: list[str]) -> int | None:
    """The letters heading: the first line after the article's first prose line that names the
    letters page, a paragraph of its own (the page's own title under it perhaps). A titled one ("Letters:
    the lights row and the bypass") is the page's only with the page's date under it: undated, it is as
    often an article's subheading over the letters its reporter quotes between lines of narration."""
    prose = _first_prose(lines)
    return next((k for k in range(prose + 1, len(lines))
                 if len(text := lines[k].strip()) <= 80 and not lines[k][:1].isspace()
                 and (_HEADING.match(text) or _TITLED_HEADING.match(text) and _dated(lines, k))
                 and _stands_alone(lines, k)), None)


def _section_end(lines: list[str], start: int) -> int:
    """Where the letters end at the latest: a comment section's heading under them ("Comments"), whose
    comments are read by the comment readers, never as letters."""
    return next((k for k in range(start, len(lines))
                 if not lines[k][:1].isspace() and _is_comment_heading(lines[k].strip())), len(lines))


def _foot_signature(texts: list[str]) -> int | None:
    """Where the signature at the foot of a paragraph begins: a name over up to three address (or date)
    lines closing it, under a line of the letter's text; the paragraph may be the signature alone."""
    for s in range(max(0, len(texts) - 1 - _ADDRESS_LINES), len(texts)):
        if (_foot_name(texts[s]) and all(_address_line(t) for t in texts[s + 1:])
                and (s == 0 or _body_line(texts[s - 1]))):
            return s
    return None


def _head_signature(texts: list[str], next_texts: list[str]) -> tuple[int, int] | None:
    """(name line, first text line) of a paragraph opened by a signature: a headline perhaps, the name,
    up to three address (or date) lines, then the letter's text (in the paragraph or the next one)."""
    for s in (0, 1):
        if s >= len(texts) or not _signer_name(texts[s]) or (s == 1 and not _headline(texts[0])):
            continue
        e = s + 1
        while (e < len(texts) and e - s <= _ADDRESS_LINES and not _body_line(texts[e])
               and _address_line(texts[e])):
            e += 1
        following = texts[e] if e < len(texts) else (next_texts[0] if next_texts else "")
        if following and _body_line(following) and not _signer_name(following):
            return s, e
    return None


def _marked_signature(text: str, form: re.Pattern[str]) -> str:
    """The name of a `From:` or dash signature line ('' when the line is none)."""
    match = form.match(text) if len(text) <= 160 else None
    return match["name"].strip() if match and _signer_name(match["name"].strip()) else ""


def _page_note(lines: list[str], paragraph: list[int]) -> bool:
    """Whether a paragraph is the page's own note (an editor's note, the rules, where to write)."""
    return _PAGE_NOTE.search(" ".join(lines[k].strip() for k in paragraph)) is not None


def _letter_text(lines: list[str], paragraphs: list[list[int]]) -> list[list[int]]:
    """A letter's paragraphs without the page's notes among them."""
    return [p for p in paragraphs if not p or not _page_note(lines, p)]


def _text_of(lines: list[str], paragraphs: list[list[int]]) -> str:
    return "\n\n".join("\n".join(lines[k].strip() for k in p) for p in paragraphs if p)


def _without_headline(lines: list[str], body: list[list[int]]) -> list[list[int]]:
    """A letter's text without the headline and the section labels over it: short lines that are no
    sentence, each a paragraph of its own or the first line of the text's paragraph."""
    while body and len(body[0]) == 1 and _headline(lines[body[0][0]].strip()):
        body = body[1:]
    first = [lines[k].strip() for k in body[0][:2]] if body else []
    if len(first) > 1 and _headline(first[0]) and _body_line(first[1]):
        body = [body[0][1:], *body[1:]]
    return body


def _first_text(lines: list[str], paragraphs: list[list[int]], n: int, s: int) -> int:
    """The first paragraph of the page's first letter signed at the foot of paragraph n (line s): the
    paragraphs of text right above the signature's (up to a headline, the introduction's title and date
    lines: no line of text, or the page's note on where to write); when the signature closes text, the
    paragraphs above count only with a line of text under the signature's first line of text."""
    start = n
    if s > 0 and not all(_body_line(lines[k].strip()) for k in paragraphs[n][:s]):
        return n
    while (start > 0 and all(_body_line(lines[k].strip()) for k in paragraphs[start - 1])
           and not _page_note(lines, paragraphs[start - 1])):
        start -= 1
    return start


def _foot_letters(lines: list[str], paragraphs: list[list[int]]) -> tuple[list[RawComment], int]:
    """The letters signed at the foot; the index of the paragraph after the last one."""
    found: list[RawComment] = []
    start = end = 0
    for n, p in enumerate(paragraphs):
        texts = [lines[k].strip() for k in p]
        s = _foot_signature(texts)
        if s is None or (s == 0 and n == start):
            continue
        if not found:  # the first letter: the page's title and introduction stand above it
            start = _first_text(lines, paragraphs, n, s)
        body = _without_headline(lines, _letter_text(lines, [*paragraphs[start:n], p[:s]]))
        if body:
            found.append(RawComment(0, _foot_name(texts[s]), _text_of(lines, body)))
        start = end = n + 1
    return found, end


def _head_letters(lines: list[str], paragraphs: list[list[int]]) -> tuple[list[RawComment], int]:
    """The letters signed at the head; each runs to the next signature (the headline and the section
    label over it left out); the last one to the first paragraph that is no text of a letter."""
    heads: list[tuple[int, int, int]] = []  # (paragraph, name line, first text line) of each letter
    for n, p in enumerate(paragraphs):
        following = [lines[k].strip() for k in paragraphs[n + 1]] if n + 1 < len(paragraphs) else []
        if (head := _head_signature([lines[k].strip() for k in p], following)) is not None:
            heads.append((n, *head))
    found: list[RawComment] = []
    end = 0
    for h, (n, s, e) in enumerate(heads):
        stop = heads[h + 1][0] if h + 1 < len(heads) else len(paragraphs)
        body = [paragraphs[n][e:]] if e < len(paragraphs[n]) else []
        for m in range(n + 1, stop):
            texts = [lines[k].strip() for k in paragraphs[m]]
            if not any(_body_line(t) for t in texts) and (h + 1 == len(heads) or m + 1 == stop):
                break  # a section label over the next letter, or the page's furniture after the last
            if _page_note(lines, paragraphs[m]):
                if h + 1 == len(heads):
                    break  # the page's closing note under the last letter
                continue  # an editor's note between two letters
            body.append(paragraphs[m])
            end = m + 1
        end = max(end, n + 1)
        found.append(RawComment(0, lines[paragraphs[n][s]].strip(), _text_of(lines, body)))
    return found, end


def _marked_letters(lines: list[str], paragraphs: list[list[int]],
                    form: re.Pattern[str], first: bool) -> tuple[list[RawComment], int]:
    """The letters whose signature is a `From:` line opening their paragraph (first=True) or a dash
    line closing it; a letter's text runs between the signatures."""
    found: list[RawComment] = []
    marks = []
    for n, p in enumerate(paragraphs):
        texts = [lines[k].strip() for k in p]
        at = next((i for i in ((0, 1) if first else (len(texts) - 1,))
                   if 0 <= i < len(texts) and (not first or i == 0 or _headline(texts[0]))
                   and _marked_signature(texts[i], form)), None)
        if at is not None:
            marks.append((n, at))
    end = 0
    for h, (n, at) in enumerate(marks):
        name = _marked_signature(lines[paragraphs[n][at]].strip(), form)
        if first:
            stop = marks[h + 1][0] if h + 1 < len(marks) else len(paragraphs)
            body = [paragraphs[n][at + 1:]]
            for m in range(n + 1, stop):
                if (not any(_body_line(lines[k].strip()) for k in paragraphs[m])
                        or _page_note(lines, paragraphs[m])):
                    break
                body.append(paragraphs[m])
            end = n + len(body)
        else:
            begin = marks[h - 1][0] + 1 if h else n
            body = _without_headline(lines, _letter_text(lines, [*paragraphs[begin:n], paragraphs[n][:at]]))
            end = n + 1
        if any(body):
            found.append(RawComment(0, name, _text_of(lines, body)))
    return found, end


def _without_numbers(letters: list[RawComment]) -> list[RawComment]:
    """The letters without their numbers when the page numbers them in order ("1. …", "2. …"): a number
    opening one letter's text alone is its own words ("3. That is how many buses came.")."""
    numbers = [_NUMBER.match(c.body) for c in letters]
    first = int(numbers[0]["n"]) if numbers and numbers[0] else 0
    if not first or not all(m and int(m["n"]) == first + n for n, m in enumerate(numbers)):
        return letters
    return [replace(c, body=c.body[m.end():]) for c, m in zip(letters, numbers, strict=True) if m]


_HEAD_HEADING_CHARS = 160  # the page's title as its letters heading ("Letters: '…' and your other views")


def _title_heading(lines: list[str]) -> int | None:
    """The line of a letters page's own title ("Letters: the film, the bypass and a thank-you"), a
    line of its own, not indented; None when the page has none (a menu's bare "Letters" is no title)."""
    return next((k for k, line in enumerate(lines) if len(text := line.strip()) <= _HEAD_HEADING_CHARS
                 and not line[:1].isspace() and _TITLED_HEADING.match(text)), None)


def _line_signature(lines: list[str], k: int) -> int | None:
    """The last line of a signature opening at line k of a page that runs its letters together (no
    blank line between them): a name under a line of the letter's text, with the writer's place or
    role on the line under it (a withheld name alone); None when line k opens none."""
    text = lines[k].strip()
    above = next((lines[j].strip() for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    if not above or not _body_line(above) or _signer_name(above):
        return None
    if _UNNAMED.match(text):
        return k
    if not _foot_name(text) or k + 1 >= len(lines):
        return None
    under = lines[k + 1].strip()
    return k + 1 if under and _address_line(under) and not _body_line(under) else None


def _text_above(lines: list[str], k: int, floor: int) -> list[list[int]]:
    """The paragraphs of a letter's text right over its signature at line k, down to `floor`: the run
    of text lines (blank lines between its paragraphs) that a heading, a label or the page's note ends."""
    rows: list[int] = []
    j = k - 1
    while j >= floor and (not lines[j].strip() or (_body_line(lines[j].strip())
                                                  and not _page_note(lines, [j]))):
        rows.append(j)
        j -= 1
    return [p for p in _paragraphs(lines, min(rows, default=k), k) if p]


def _line_letters(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The letters of a page titled as a letters page whose letters run on with no blank line between
    them: each a heading perhaps, its text, and its signature (a name over a place or role line)."""
    heading = _title_heading(lines)
    if heading is None:
        return [], set()
    # the letters open under the desk's introduction: its first prose line (the byline and the share
    # row's "Comment" button above it are the head's)
    floor = heading + 1 + _first_prose(lines[heading + 1:])
    stop = _section_end(lines, floor + 1)
    found: list[RawComment] = []
    first = last = -1
    k = floor
    while k < stop:
        end = _line_signature(lines, k) if lines[k].strip() else None
        body = _text_above(lines, k, floor) if end is not None else []
        if end is None or not body:
            k += 1
            continue
        name = "" if _UNNAMED.match(lines[k].strip()) else _foot_name(lines[k].strip())
        found.append(RawComment(0, name, _text_of(lines, body)))
        opening = body[0][0]
        if first < 0:
            first = opening - 1 if opening > floor and _headline(lines[opening - 1].strip()) else opening
        last, floor, k = end, end + 1, end + 1
    if len(found) < _MIN_LETTERS:
        return [], set()
    j = last + 1
    while j < stop and (not lines[j].strip() or _is_furniture(lines[j].strip()) or _page_note(lines, [j])):
        last = j if _page_note(lines, [j]) else last  # the page's note on where to write, under the letters
        j += 1
    return [replace(c, position=n) for n, c in enumerate(found, 1)], set(range(first, last + 1))


def letters_page(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The letters under a letters page's heading, read in the one form the page signs them in (the
    form that finds the most); the heading, the page's introduction and the letters are taken."""
    heading = _heading(lines)
    if heading is None:
        return _line_letters(lines)
    paragraphs = _paragraphs(lines, heading + 1, _section_end(lines, heading + 1))
    best: tuple[list[RawComment], int] = ([], 0)
    for read in (lambda: _foot_letters(lines, paragraphs), lambda: _head_letters(lines, paragraphs),
                 lambda: _marked_letters(lines, paragraphs, _FROM, True),
                 lambda: _marked_letters(lines, paragraphs, _DASH, False)):
        found = read()
        if len(found[0]) > len(best[0]):
            best = found
    letters, end = best
    if len(letters) < _MIN_LETTERS:
        return [], set()
    last = paragraphs[end - 1][-1] if end else heading
    numbered = _without_numbers(letters)
    return [replace(c, position=n) for n, c in enumerate(numbered, 1)], set(range(heading, last + 1))
