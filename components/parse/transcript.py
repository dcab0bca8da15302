"""Interview transcripts: the turns of a question-and-answer piece ("Q: …", "A: …", "LIND: …").

A paragraph opening with a short label and a colon is a turn: "Q:", "A.", a name ("LIND:", "Ada
Lind:", "DR ADA LIND:"), a name and a role ("ADA LIND, BOARD CHAIR:"), initials ("AL:"), each
perhaps after a time stamp ("[00:09:58] Ada Lind:"); "A." only where "Q." turns are too ("A. J.
Hart said" is a name). A document is a transcript when at
least two of its paragraphs are turns and a question turn (a "Q" label or a question mark) is
answered by the next paragraph, so a lone "Lind: I will not resign" (a headline's form) is never
one. Answers are the turns of a known person or "A:" turns, which are the interviewee's: the known
person with the most named turns, else the one known person the title names, else the one named
most in the article's sentences about the interview ("sat down with", "spoke to", "questions"),
and no one on a tie (an explainer's "Q: … A: …" is the newsroom's). An unlabelled paragraph between
an answer and the next turn goes on with that answer when it reads as the answer's words: no
quotation marks and no mention of the speaker by name. Printed forms without labels are read too: a
question to "you" on a paragraph or line of its own over its (quoted or unquoted) answer, and lines
tagged with their speaker in brackets ("[SOLBERG] …", as subtitles write them).

The turns of voices the config does not know are statements too, each of its own unnamed speaker (find_turns):
a "Q:" turn or a question to "you" standing alone is the interviewer's, a role's label the role's ("the
presenter", "the caller (Sheila)"), a name label of nobody known that name's ("Kirby"); a label that is no
voice ("Update:", "Editor's note:") is nobody's. Turns between voices none of whom is known (a phone-in)
are a transcript when at least _EXCHANGE_TURNS of them in a row alternate between labels that each speak
twice and one asks and another answers.

A newspaper's live reader Q&A prints its exchanges in the same `Label: text` form but is no interview:
its questions are readers' comments and the guest's answers are the guest's comments, never the article's
statements. `reader_qa.py` reads it (as comments, before any transcript is sought) when all three of its
signs hold: many different askers (three at least, a place or a name as the label), none asking more
than twice; one guest who answers nearly every question, the line right under it; and the page calling
itself a Q&A or a live chat above its exchanges ("Live Q&As", "live discussion", "web chat"), its askers
readers (a place, a first name, "Gwen, Aberystwyth"), not reporters with their outlets. An
interview has one or two askers ("Q:", the interviewer's name) putting many questions, so its turns stay
here and give statements.
"""

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..core.config import Person
from .furniture import names_pattern
from .mail import is_mail_header

__all__ = ["Answer", "Turn", "asks_you", "find_answers", "find_turns", "is_question_turn", "is_record_label"]

_LABEL_WORDS = 5  # "THE COURIER", "DR ADA MARIE LIND": a name label is at most this many words
_WORD = r"[A-Z][\w.’'-]*"
# "[00:09:58] " before the label, or a countdown's "T-00:00:20 " and "T+00:00:06 " (a launch's voice loop)
# or a chat app's date and time as a message log prints them ("[09/03/2026, 14:02] ", "09/03/2026, 14:02 - ")
_CHAT_STAMP = (r"\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?\]\s+|"
               r"\d{1,2}/\d{1,2}/\d{2,4},\s\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s[-–]\s")
_STAMP = rf"(?:{_CHAT_STAMP}|[\[(]?(?:T ?[-+−] ?)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s+)?"
# (an office's small words between its capitals: "The Minister for Heritage", "Secretary of State")
_NAME_LABEL = rf"{_WORD}(?: (?:(?:of|for|and|the) )?{_WORD}){{0,{_LABEL_WORDS - 1}}}"
# a label may carry a name in brackets: "PRESENTER (Dan Royle):", "CALLER (Steve):"; a parliament's record
# a seat and a party after a member's name ("Ann Lee (Eastfield) (Lab):"), or the name after an office
# (an office may run on past a comma before its holder's name: "The Secretary of State for Trade,
# Industry and Skills (Bo Hart):")
_TURN = re.compile(rf"(?P<stamp>{_STAMP})(?:(?P<qa>[QA])(?P<mark>[.:])|"
                   rf"(?:\d{{1,3}}\.\s+)?(?P<label>{_NAME_LABEL})"
                   rf"(?:,\s[^():\n]{{1,60}}(?=\s\())?"
                   rf"(?:\s\((?P<paren>[^()\n:]{{1,40}})\)(?:\s\((?P<paren2>[^()\n:]{{1,40}})\))?)?"
                   rf"(?:,\s[^:\n]{{1,60}})?:)"
                   r"\s+(?P<text>\S)")
_HONORIFICS = frozenset(("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.",
                         "professor", "sir", "dame", "rev", "rev.", "hon", "hon.", "the"))
_INITIALS = re.compile(r"[A-Z]{2,3}")
_MIN_TURNS = 2
# A sentence about the interview itself names the one who answers.
# ("spoke to the Courier", "answered our questions", "in an interview"; not "spoke to parents").
_INTERVIEW_CUE = re.compile(r"(?i:\b(?:interview(?:ed)?|in conversation|Q ?& ?A|our questions)\b)|"
                            # a sign-off under the turns: "Ada Lind was speaking to Music Week."
                            r"\b(?i:sat down|spoke|talked|chatted|(?:was|were) (?:speaking|talking))"
                            r" (?:to|with) "
                            r"(?:us\b|our\b|the [A-Z]|[A-Z])|"
                            # questions put in writing: "He agreed to answer questions from this newspaper
                            # by email", "answered questions sent by the Courier" (not "answered questions
                            # in the chamber", a hearing: a preposition of who put them must follow)
                            r"\b(?i:answer(?:ed|s|ing)?|respond(?:ed|s|ing)? to|repl(?:y|ied|ies|ying) to)"
                            r" (?:(?i:written|our|these|the|some|a few|several) )?(?i:questions) "
                            r"(?i:from|by|sent by|put by|put to (?:him|her|them) by|submitted by)\b")
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
# Quotation marks, not an apostrophe inside a word ("don’t")
_QUOTE_MARKS = re.compile(r"[\"“”‘]|(?<![^\W\d_])’|’(?![^\W\d_])|(?:^|\s)'")


@dataclass(frozen=True)
class Answer:
    """An answer in a transcript: its paragraph, who gives it, its words, and why that speaker."""

    paragraph: int
    person: Person
    text: str
    reason: str


@dataclass(frozen=True)
class Turn:
    """A turn in a transcript by someone the config does not know, an unnamed speaker of their own: the
    interviewer's question ("Q:", a question to "you" standing alone), a presenter's, host's or
    caller's line ("PRESENTER:", "CALLER (SHEILA):"), a name label of no known person ("KIRBY:")."""

    paragraph: int
    speaker: str
    text: str
    reason: str


def _label(para: str) -> tuple[str, str] | None:
    """(label, text) of a paragraph that opens with a turn label; the label is "Q" or "A" for
    those forms."""
    turn = _TURN.match(para)
    if turn is None:
        return None
    label = turn.group("qa") + turn.group("mark") if turn.group("qa") else turn.group("label") + ":"
    return label, para[turn.start("text"):].strip()


def _exchange(turns: dict[int, tuple[str, str]], interviewee: Person | None,
              people: tuple[Person, ...]) -> bool:
    """Whether the turns are a conversation without a question mark: at least _EXCHANGE_TURNS turns
    in a row, by at least two labels of which one speaks twice (a "who's who" box gives each label
    once), a known person's among them and answering another label's turn."""
    run = sorted(turns)
    rows = [run[k:k + _EXCHANGE_TURNS] for k in range(len(run) - _EXCHANGE_TURNS + 1)]
    consecutive = [r for r in rows if r[-1] - r[0] == _EXCHANGE_TURNS - 1]
    return any(1 < len({turns[n][0] for n in r}) < len(r) and any(
        _speaker(turns[n], interviewee, people) is not None and turns[n - 1][0] != turns[n][0]
        for n in r[1:]) for r in consecutive)


_EXCHANGE_TURNS = 4  # a headline's "Lind: I will not resign" and a pull quote or two are fewer


def is_question_turn(para: str) -> bool:
    """Whether a paragraph is a turn that asks ("Q: Have You Met Lind?", "AL: And Hart?")."""
    turn = _label(para)
    return turn is not None and _asks(turn)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()


def _bare(name: str) -> str:
    """A name folded, without the honorifics before it ("Mr Vance" → "vance")."""
    words = name.casefold().split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _person_of(label: str, people: tuple[Person, ...]) -> Person | None:
    """The one known person a label names: by a name or alias (honorifics aside) or by initials."""
    label = label.rstrip(":.")
    words = label.casefold().split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    key = " ".join(words)
    found = {p for p in people for name in (p.name, *p.aliases) if name.casefold() == key}
    if not found:  # "VANCE:" for a config that has "Mr Vance": the name without its honorific
        found = {p for p in people for name in (p.name, *p.aliases) if _bare(name) == key}
    if not found and _INITIALS.fullmatch(label):
        found = {p for p in people if _initials(p.name) == label}
    if not found:
        found = _ranked_name(words, people)
    if not found:
        found = _initialled_name(words, people)
    return next(iter(found)) if len(found) == 1 else None


def _initialled_name(words: list[str], people: tuple[Person, ...]) -> set[Person]:
    """The people a label names by initials and a surname, as a report's record gives names ("M.
    Thorburn", "A. J. Lind"): the surname theirs and each initial their first names' in turn, from the
    first (a middle name may go without its initial: "A. Lind" of Ada Marie Lind; "M. Lind" is not)."""
    initials = [w.rstrip(".") for w in words[:-1]]
    if not initials or not all(len(w) == 1 and w.isalpha() for w in initials):
        return set()
    found = set()
    for person in people:
        parts = person.name.casefold().split()
        if (len(parts) > len(initials) and parts[-1] == words[-1]
                and all(part[0] == initial for part, initial in zip(parts, initials, strict=False))):
            found.add(person)
    return found


# A word that ties what stands before a name to that person, so the label is someone else's: "COUNSEL
# FOR ADA LIND", "WIFE OF BO HART", "BARRISTER REPRESENTING ADA LIND", "LIND V HART" (a rank or an
# office is the person's own title and runs straight into the name: "DET SGT ADA LIND").
_FOR_SOMEONE = frozenset(("for", "of", "to", "and", "&", "with", "against", "representing", "v", "v.", "vs",
                          "vs.", "versus", "by", "from", "on", "behalf"))


def _ranked_name(words: list[str], people: tuple[Person, ...]) -> set[Person]:
    """The people whose full name (two words or more) ends a label after a rank or an office the
    honorifics do not cover: "CH INSP ADA LIND", "DET SGT BO HART", "SHADOW MINISTER ADA LIND"; not
    after a word that makes the label another's on that person's behalf ("COUNSEL FOR ADA LIND")."""
    for k in range(1, len(words) - 1):
        if words[k - 1] in _FOR_SOMEONE:
            continue
        key = " ".join(words[k:])
        found = {p for p in people for name in (p.name, *p.aliases)
                 if len(name.split()) > 1 and name.casefold() == key}
        if found:
            return found
    return set()


def _counts(text: str, people: tuple[Person, ...], subjects_only: bool = False) -> Counter[Person]:
    """How often each person is named in a text, a longer name taking its words from shorter ones
    (with subjects_only, only where the name is its sentence's subject: _named_as_subject)."""
    names = sorted(((name, p) for p in people for name in {p.name, *p.aliases} if name),
                   key=lambda item: -len(item[0]))
    counts: Counter[Person] = Counter()
    pattern = names_pattern(tuple(name for name, _ in names))
    if pattern is None:
        return counts
    owner = {name: p for name, p in reversed(names)}
    for m in pattern.finditer(text):
        if not subjects_only or _named_as_subject(text, m.start(), m.end()):
            counts[owner[m.group(0)]] += 1
    return counts


# What may stand before a sentence's subject: a title or a role ("Harbour master Ada Lind has run …"),
# the names before it in a subject list ("Ada Lind and Bo Hart have run …"), no word that makes the
# name an object or a topic ("… what he makes of Ada Lind", "who backed Ada Lind").
_BEFORE_SUBJECT = re.compile(r"(?:[\w’'.-]+,?[ \t]+){0,5}\Z")
_NOT_BEFORE_SUBJECT = frozenset(("of", "for", "to", "about", "with", "on", "at", "by", "from", "against",
                                 "in", "than", "like", "who", "what", "that", "which", "whom",
                                 "whose", "why", "how", "when", "where", "tells", "asks", "meets"))
_OWNER = re.compile(r"[’']s?\b")  # "Ada Lind's decision", "the Hollands' boat"
# A time phrase fronted before the subject sets when, not who ("For thirty years Ada Lind has run …",
# "In 2021 Ada Lind took over …", "On Friday, Ada Lind shut …", "Two years ago Ada Lind …"): its
# preposition is no sign of an object once the words after it are all a span or point of time.
_TIME_ANCHOR = (r"(?:\d{4}s?|(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century"
                r"|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|weekend)s?"
                r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
                r"|august|september|october|november|december)")
_TIME_WORD = (r"(?:a|an|the|this|that|last|next|past|early|late|mid|more|than|nearly|almost|some|few"
              r"|several|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
              r"|thirty|forty|fifty|sixty|hundred)")
_FRONTED_TIME = re.compile(
    rf"(?:(?:for|in|on|since|after|before|until|during|over|throughout|within)\s+)?"
    rf"(?:{_TIME_WORD}\s+){{0,4}}{_TIME_ANCHOR}(?:\s+ago)?,?\s+", re.IGNORECASE)


def _named_as_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is its sentence's subject: it opens the sentence, after at
    most a fronted time phrase and a short title or role, and owns nothing ("Ada Lind's decision" is
    the topic, not her)."""
    if _OWNER.match(text, end):
        return False
    opening = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    before = text[opening:start].lstrip()
    if (fronted := _FRONTED_TIME.match(before)) is not None:
        before = before[fronted.end():]
    return (_BEFORE_SUBJECT.fullmatch(before) is not None
            and not any(word.casefold() in _NOT_BEFORE_SUBJECT for word in before.split()))


def _interviewee(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str],
                 people: tuple[Person, ...], title: str) -> Person | None:
    """Who answers the "A:" turns: most named turns, else the one known person the title names,
    else most named in the other paragraphs."""
    named = Counter(p for label, _ in turns.values() if (p := _person_of(label, people)) is not None)
    if not named and turns:
        named = _witness(paragraphs[:min(turns)], people)
    if not named and len(in_title := _counts(title, people)) == 1:
        named = in_title
    if not named:
        prose = "\n".join(para for n, para in enumerate(paragraphs) if n not in turns)
        named = _counts("\n".join(_cue_sentences(prose)), people)
    if not named and turns:
        # a standfirst that says it is an interview calls its subject by a descriptor: "The harbour
        # master on the storm and the abuse. Interview by Sam Pell."
        opening = [para for n, para in enumerate(paragraphs)
                   if n < min(turns) and _INTERVIEW_CUE.search(para)]
        # or names its one subject in a sentence of its own: "Ada Lind has run the harbour since 2021.
        # This interview has been edited for length."
        # (as the subject of its sentence, not its topic: "what he makes of Ada Lind's decision")
        in_opening = _counts(" ".join(opening), people, subjects_only=True)
        named = in_opening if len(in_opening) == 1 else _described(" ".join(opening), people)
    return _named_most(named)


# A court record's heading over a witness's evidence: "DR ADA LIND, sworn", "Bo Hart, affirmed",
# "MR BO HART (recalled)": the "A." turns under it are that witness's.
_WITNESS_HEADING = re.compile(r"^[ \t]*(?P<name>[A-Z][\w.’' -]{2,60}?)(?:,[ \t]*|[ \t]+\()"
                              r"(?:sworn|affirmed|re-sworn|recalled|on (?:his|her|their) former oath)\b"
                              # a line of its own, not prose ("Ada Lind, sworn in as coroner last year, …")
                              r"[ \t]*\)?[ \t.:]*$",
                              re.M | re.I)


def _witness(before: tuple[str, ...] | list[str], people: tuple[Person, ...]) -> Counter[Person]:
    """The one known person a witness heading before the turns names (the last heading: the one now
    answering), as a count for _interviewee; empty when there is none."""
    headings = [m.group("name") for para in before for m in _WITNESS_HEADING.finditer(para)]
    person = _person_of(headings[-1], people) if headings else None
    return Counter({person: 1}) if person is not None else Counter()


def _next_witness(para: str, people: tuple[Person, ...]) -> tuple[bool, Person | None]:
    """Whether a paragraph between the turns is a witness heading of its own ("MR BO HART, sworn"),
    and the known person it names (None for one the config does not know): the answers under it are
    the new witness's, not the last one's."""
    m = _WITNESS_HEADING.fullmatch(para.strip())
    return (False, None) if m is None else (True, _person_of(m.group("name"), people))


_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They)\b")


def _cue_sentences(prose: str) -> list[str]:
    """The sentences about the interview itself, each with the sentence before it when it calls the one
    interviewed by a pronoun ("Bo Hart, 38, kept bees. He talked to us at his home.")."""
    sentences = [m.group(0) for m in _SENTENCES.finditer(prose)]
    found: list[str] = []
    for n, sentence in enumerate(sentences):
        if _INTERVIEW_CUE.search(sentence):
            if n and _PRONOUN_OPENS.match(sentence) and "\n" not in sentences[n - 1][-1:]:
                found.append(sentences[n - 1])
            found.append(sentence)
    return found


def _described(text: str, people: tuple[Person, ...]) -> Counter[Person]:
    """How often each person's descriptors ("the harbour master") stand in a text (words whole, any case)."""
    folded = " " + " ".join(_PHRASE_WORD.findall(text.casefold())) + " "
    counts: Counter[Person] = Counter()
    for person in people:
        for phrase in person.descriptors:
            words = _PHRASE_WORD.findall(phrase.casefold())
            if words:
                counts[person] += folded.count(" " + " ".join(words) + " ")
    return +counts


_PHRASE_WORD = re.compile(r"[\w’'-]+")


def _answering(named: Counter[Person]) -> Counter[Person]:
    """The people who may answer an interview among those named: a body that goes by "it" ("Wyvern
    University" in "… vice-chancellor of Wyvern University") only when no one else is named."""
    people = Counter({p: n for p, n in named.items() if p.pronoun.lower() != "it"})
    return people or named


def _named_most(named: Counter[Person]) -> Person | None:
    """The one person named more often than anyone else (None for nobody or a tie)."""
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _turns(paragraphs: tuple[str, ...] | list[str]) -> dict[int, tuple[str, str]]:
    """Each turn paragraph's (label, text); "A." counts only beside "Q." turns."""
    turns = {n: found for n, para in enumerate(paragraphs)
             if (found := _label(para)) is not None and not is_mail_header(para)}  # ("From: …" is no voice)
    if not any(label == "Q." for label, _ in turns.values()):
        turns = {n: turn for n, turn in turns.items() if turn[0] != "A."}
    return turns


def _asks(turn: tuple[str, str]) -> bool:
    """Whether a turn (label, text) asks: a "Q" label or a question mark at its end."""
    return turn[0] in ("Q:", "Q.") or turn[1].rstrip().endswith("?")


def _speaker(turn: tuple[str, str], interviewee: Person | None, people: tuple[Person, ...]) -> Person | None:
    """Who gives a turn as an answer, if anyone."""
    label = turn[0]
    if label in ("Q:", "Q."):
        return None
    return interviewee if label in ("A:", "A.") else _person_of(label, people)


def _goes_on(para: str, person: Person) -> bool:
    """Whether an unlabelled paragraph reads as more of an answer, not narration about its speaker."""
    return not _QUOTE_MARKS.search(para) and not _counts(para, (person,))


_QUESTION_WORDS = 30  # a question standing as its own paragraph is short
_YOU = re.compile(r"\byou(?:r|rs|rself|[’']re|[’']ve|[’']d|[’']ll)?\b", re.I)


# A forum asker's handle before a question in bold: "**u/tidewatcher: Would you go back?**" (an AMA)
_ASKER_TAG = re.compile(r"\A(?:u/|@)[\w-]{2,40}:\s+")


def _question(para: str) -> bool:
    """Whether a paragraph is a question alone, as an interviewer's line in print ("Did you go to him?"),
    perhaps quoting a term ("Your critics call you “the accountant”. Is that fair?")."""
    text = _ASKER_TAG.sub("", para.strip().strip("*_").strip())
    return text.endswith("?") and len(text.split()) <= _QUESTION_WORDS and not _QUOTE_MARKS.search(
        _QUOTED_TERM.sub(" ", text) if "“" in text else text)


_QUOTED_TERM = re.compile(r"“[^“”\n]{1,40}”")  # a term of a few words in curly marks inside a question


# The nouns a newspaper's or broadcaster's name ends on ("the Gazette", "the Northern Echo",
# "The Herald"), capitalised as a masthead is.
_MASTHEAD_NOUN = (r"(?-i:Gazette|Herald|Courier|Times|Post|Telegraph|Guardian|Mail|Mirror|Express|Echo"
                  r"|Chronicle|Journal|Standard|Observer|Independent|Tribune|News|Argus|Sentinel|Examiner|Record|Star|Sun"
                  r"|Advertiser|Press|Globe|Bulletin|Register|Inquirer|Citizen|Review|Magazine|Podcast|BBC)")


# "This is an edited transcript.", "What follows is a condensed version of our conversation."
_EDITED_TRANSCRIPT = (r"\b(?:this|the following|what follows|below) is an? (?:(?:lightly|heavily|slightly) )?"
                      r"(?:edited|condensed|abridged|shortened) (?:transcript|version)\b")


# The note as most papers print it, a sentence of its own: "The interview has been edited for length and
# clarity." (only with what it was edited for: "the interview had been edited to remove a name" is news;
# and opening its sentence: "Hart complained that the interview had been edited for length" is news too)
_EDITED_NOTE = (r"(?:^|(?<=[.!?\n]))\s*the (?:interview|conversation) (?:has|had|have) been "
                r"(?:lightly |slightly )?(?:edited|condensed) for (?:length|clarity|brevity)\b")


# The note that says a piece is a printed interview ("This interview has been edited for length",
# "a Q&A", "in conversation with"), not any mention of an interview ("in an interview she said").
_PRINTED_INTERVIEW = re.compile(
    r"\b(?:this|the following|our) (?:interview|conversation|q ?& ?a)\b[^.]{0,40}\b(?:edited|condensed)\b|"
    + _EDITED_NOTE + "|"
    r"\bQ ?& ?A\b|\bin conversation with\b|" + _EDITED_TRANSCRIPT + "|"
    # "answered our questions", "answered questions on Reddit" (an AMA: the questions follow); not
    # "answered questions in the council chamber" (a report of a hearing, the questions not printed)
    r"\b(?:answered|answers) (?:our|these|your|readers[’']?) questions\b|"
    r"\b(?:answered|answers) questions (?:from (?:our )?readers\b|online\b|on (?:Reddit|Mumsnet|"
    r"Twitter|X|Facebook|Instagram|TikTok|YouTube|Discord)\b|on (?:a|an|the|our) (?:[\w-]+ ){0,2}"
    r"(?:forum|message board|AMA|live ?stream|webchat|web chat|live chat)\b)|"
    # the newsroom's own sentence: "We spoke to him the morning after." (a pronoun: the one just named)
    r"\b(?:we|I) (?:spoke|talked) (?:to|with) (?:him|her|them)\b|"
    # or put the questions: "We asked her about the decision." (the questions follow on their own lines)
    r"\b(?:we|I) asked (?:him|her|them) about\b|"
    # or the one just named speaking to the newsroom: "He spoke to us at his home."
    # or to the paper by its name: "He spoke to the Gazette at his kitchen table.", "to this newspaper"
    # (a masthead's own noun: not "spoke to the residents", nor a title or a body, "the Prime Minister")
    r"\b(?:he|she|they) (?:spoke|talked) (?:to|with) (?:us|me|this (?:newspaper|paper|magazine|website|"
    r"programme|podcast)|the (?:(?-i:[A-Z])[\w-]* ){0,3}" + _MASTHEAD_NOUN + r")\b|"
    # a column's title: "Five minutes with …", "60 seconds with …", "Ten questions for …"
    r"^(?:\d{1,3}|one|two|three|five|ten|twenty|sixty|a few) (?:minutes|seconds|questions) (?:with|for)\b|"
    # a standfirst: "Ada Lind talks to Sam Pell about the vote", "… speaks to our reporter about …"
    # (present tense, one person spoken to: "Hart spoke to residents about the flood" is a report of
    # what the residents said, the one named asking)
    r"^[^.?!\n]{2,60}\b(?:talks|speaks) to\b(?! (?:the )?(?:residents|voters|fans|families|parents|people"
    r"|locals|workers|staff|members|students|pupils|readers|neighbours|survivors|victims|those)\b)"
    r"[^.?!\n]{2,60}\babout\b", re.I)
_EDITED = re.compile(r"\b(?:this|the following|our) (?:interview|conversation|q ?& ?a)\b[^.]{0,40}\b"
                     r"(?:edited|condensed)\b|" + _EDITED_NOTE + "|" + _EDITED_TRANSCRIPT, re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|our|us)\b")


def asks_you(para: str) -> bool:
    """Whether a paragraph is a question to "you" standing alone: an interviewer's line in print."""
    return _question(para) and _YOU.search(para) is not None


def _unlabelled_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                        title: str) -> list[Answer | Turn]:
    """The answers of a printed interview without labels: an opening that says it is an interview and
    names one known person ("Rosalind Hale worked at Ember … This interview has been edited"), then at
    least _MIN_TURNS questions to "you", each a paragraph of its own, each followed by an unquoted
    answer; an answer goes on over the paragraphs up to the next question that read as its words."""
    questions = [n for n, para in enumerate(paragraphs) if _question(para)]
    # (once one asks "you", the others need not: "How did you start?" … "Is there a compromise?")
    asked = [n for n in questions if n + 1 < len(paragraphs)
             and not _question(paragraphs[n + 1]) and paragraphs[n + 1].lstrip()[:1] not in "\"“‘'"]
    if len(asked) < _MIN_TURNS or not any(asks_you(paragraphs[n]) for n in asked):
        return []
    opening = [para for para in paragraphs[:questions[0]] if _PRINTED_INTERVIEW.search(para)]
    named = (_counts("\n".join(opening), people) or _counts(title, people)) if opening else Counter()
    person = _named_most(_answering(named))
    if person is None:
        return []
    if not any(_FIRST_PERSON.search(paragraphs[n + 1]) for n in asked) and not any(
            _EDITED.search(para) for para in opening):
        # someone answers as "I" or "we"; an explainer's paragraphs under its questions do not (a note
        # that the interview was edited says so anyway)
        return []
    reason = f"answers the question before it in an interview with {person.name} (no labels)"
    answers: list[Answer | Turn] = []
    for n in asked:
        answers.append(Turn(n, _INTERVIEWER, paragraphs[n].strip(),
                            f"a question standing alone in an interview with {person.name}"))
        k = n + 1
        while k < len(paragraphs) and not _question(paragraphs[k]) and (
                k == n + 1 or _goes_on(paragraphs[k], person)):
            more = ", continued" if k > n + 1 else ""
            answers.append(Answer(k, person, paragraphs[k].strip(), reason + more))
            k += 1
    return answers


# A question put in print on a line of its own, its quoted answer on the next line of the same paragraph:
# "Will the show come back?\n“That's the channel's call, not mine.”" (no quotation marks in the question).
_ASKED_THEN_QUOTED = re.compile(r"\s*(?P<question>[^\n“”\"]{2,300}?)[ \t]*\n"
                                r"[ \t]*[“\"](?P<answer>[^“”\"\n]+)[”\"]\s*")


def _quoted_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                    title: str) -> list[Answer]:
    """The answers of a printed Q&A whose questions stand on a line above their quoted answers, in one
    paragraph: at least _MIN_TURNS such paragraphs, one question asking ("?"), each short; the
    answers are the one known person named most in the paragraphs before the first (or the title)."""
    found = {n: m for n, para in enumerate(paragraphs) if (m := _ASKED_THEN_QUOTED.fullmatch(para))
             and len(m.group("question").split()) <= _QUESTION_WORDS}
    if len(found) < _MIN_TURNS or not any(m.group("question").rstrip().endswith("?") for m in found.values()):
        return []
    person = _named_most(_counts("\n".join(paragraphs[:min(found)]), people) or _counts(title, people))
    if person is None:
        return []
    reason = f"answers the question on the line before it in an interview with {person.name}"
    return [Answer(n, person, m.group("answer").strip(), reason) for n, m in sorted(found.items())]


# The same with the answer unquoted: "How are you feeling?\nBetter. I swam this morning."
_ASKED_THEN_SAID = re.compile(r"\s*(?P<question>[^\n“”\"]{2,300}?\?)[ \t]*\n(?P<answer>[^\n]+(?:\n[^\n]+)*)")


def _lined_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                   title: str) -> list[Answer]:
    """The answers of a printed Q&A whose questions stand on a line above their unquoted answers, in one
    paragraph: at least _MIN_TURNS such paragraphs, each question short and to "you", no answer quoted,
    one answering as "I" or "we"; the paragraphs before the first say it is an interview ("spoke to us",
    "This interview has been edited") and name the one who answers most."""
    found = {n: m for n, para in enumerate(paragraphs) if (m := _ASKED_THEN_SAID.fullmatch(para.rstrip()))
             and re.search(r"\w", m.group("answer"))
             and len(m.group("question").split()) <= _QUESTION_WORDS and _YOU.search(m.group("question"))
             and not _QUOTE_MARKS.search(m.group("answer")) and not _question(m.group("answer"))}
    if len(found) < _MIN_TURNS or not any(_FIRST_PERSON.search(m.group("answer")) for m in found.values()):
        return []
    before = "\n".join(paragraphs[:min(found)])
    cues = "\n".join(m.group(0) for m in _SENTENCES.finditer(before)
                     if _INTERVIEW_CUE.search(m.group(0)) or _PRINTED_INTERVIEW.search(m.group(0)))
    person = _named_most(_counts(cues, people))
    if person is None:
        return []
    reason = f"answers the question on the line before it in an interview with {person.name} (no labels)"
    return [Answer(n, person, m.group("answer").strip(), reason) for n, m in sorted(found.items())]


# A line of subtitles or a transcript tagged with its speaker in brackets: "[SOLBERG] When I first saw it"
_BRACKET_TURN = re.compile(r"\[(?P<label>[^\[\]\n]{1,40})\][ \t]+(?P<text>\S[^\n]*(?:\n[^\n]+)*)")


def _bracketed_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...]) -> list[Answer]:
    """The lines of subtitles or a transcript whose speakers are tagged in brackets ("[SOLBERG] …",
    "[Vance] …"): at least _MIN_TURNS tagged paragraphs, a known person's among them; each is its
    speaker's, and an untagged line after it goes on with that speaker (subtitles tag only a change of
    speaker) while it reads as their words, up to the last tagged line. A tag naming nobody known
    ("[Laughter]", "[Narrator]") ends the run."""
    tagged = {n: m for n, para in enumerate(paragraphs) if (m := _BRACKET_TURN.fullmatch(para.strip()))}
    speakers = {n: _person_of(m.group("label"), people) for n, m in tagged.items()}
    if len(tagged) < _MIN_TURNS or not any(speakers.values()):
        return []
    answers: list[Answer] = []
    current: Answer | None = None
    last = max(tagged)
    for n, para in enumerate(paragraphs):
        if n in tagged:
            person, label = speakers[n], tagged[n].group("label")
            current = None if person is None else Answer(n, person, tagged[n].group("text").strip(),
                                                         f"speaker tag '[{label}]'")
            if current is not None:
                answers.append(current)
        elif current is not None and n < last and _goes_on(para, current.person) and not _question(para):
            answers.append(Answer(n, current.person, para.strip(), f"{current.reason}, continued"))
        else:
            current = None
    return answers


def find_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                 title: str = "") -> list[Answer]:
    """The answers of a transcript, in order (none when the document is not one)."""
    return [a for a in find_turns(paragraphs, people, title) if isinstance(a, Answer)]


_INTERVIEWER = "the interviewer"
# Labels of a broadcast's or an event's own voices, unnamed: "PRESENTER:", "HOST:", "CALLER (Sheila):"
_ROLE_LABELS = frozenset((
    "presenter", "host", "co-host", "interviewer", "caller", "reporter", "anchor", "moderator", "chair",
    "questioner", "correspondent", "journalist", "narrator", "announcer", "commentator", "audience",
    "audience member", "listener", "viewer", "panellist", "panelist", "voice", "voiceover", "off camera",
    # an emergency call played in court or on air: "CALLER: … OPERATOR: Are you safe?"
    "operator", "call handler", "dispatcher"))
# Labels that are no one's voice: a note, an update or a caption among the turns
_NOT_VOICES = frozenset((
    "note", "editor's note", "editor’s note", "editors' note", "update", "updated", "correction",
    "clarification", "photo", "photograph", "picture", "image", "video", "audio", "source", "sources",
    "credit", "read more", "related", "see also", "watch", "listen", "more", "tags", "warning",
    "disclaimer", "transcript", "advertisement", "pictured", "caption", "file", "below", "above"))


def _voice(para: str, label: str) -> str | None:
    """Who gives a turn the config knows no one of: the interviewer for "Q", the role for a role's label
    ("the presenter", "the caller (Sheila)"), the name for a name's ("Kirby"); None for a label that
    is no voice ("Update:", "Editor's note:") or an "A" turn of no known interviewee."""
    if label in ("Q:", "Q."):
        return _INTERVIEWER
    if label in ("A:", "A."):
        return None
    turn = _TURN.match(para)
    paren = (turn.group("paren") or "").strip() if turn is not None else ""
    words = label.rstrip(":").split()
    if words and words[0].casefold() == "the" and len(words) > 1:
        words = words[1:]
    key = " ".join(words).casefold()
    if key in _NOT_VOICES:
        return None
    if key in _ROLE_LABELS:
        return f"the {key}" + (f" ({paren.title() if paren.isupper() else paren})" if paren else "")
    name = " ".join(words)
    return name.title() if name.isupper() else name


def _voices_exchange(turns: dict[int, tuple[str, str]]) -> bool:
    """Whether labelled turns are a conversation among voices the config does not know (a phone-in, a
    panel): _EXCHANGE_TURNS turns in a row by two or more labels, no "Q" or "A", each label speaking
    at least twice in the run, one turn asking ("?") and the next, another label's, answering it; or
    three turns in a row between two roles' labels, one asking the other ("CALLER: … OPERATOR: Are
    you safe? CALLER: …"): a role's label is no headline's or pull quote's."""
    if _roles_exchange(turns):
        return True
    run = sorted(turns)
    for k in range(len(run) - _EXCHANGE_TURNS + 1):
        rows = run[k:k + _EXCHANGE_TURNS]
        if rows[-1] - rows[0] != _EXCHANGE_TURNS - 1:
            continue
        labels = Counter(turns[n][0] for n in rows)
        if (len(labels) > 1 and min(labels.values()) > 1 and not labels.keys() & {"Q:", "Q.", "A:", "A."}
                and any(_asks(turns[n]) and turns[n + 1][0] != turns[n][0] for n in rows[:-1])):
            return True
    return False


def _roles_exchange(turns: dict[int, tuple[str, str]]) -> bool:
    """Three turns in a row, A B A, both labels a role's (_ROLE_LABELS), one asking, the other answering."""
    def role(label: str) -> bool:
        words = label.rstrip(":").casefold().split()
        return " ".join(words[1:] if words[:1] == ["the"] else words) in _ROLE_LABELS
    for n in sorted(turns):
        rows = [n, n + 1, n + 2]
        if not all(k in turns for k in rows):
            continue
        first, second, third = (turns[k][0] for k in rows)
        if (first == third != second and role(first) and role(second)
                and any(_asks(turns[k]) for k in rows[:2])):
            return True
    return False


def _stamped_run(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str],
                 people: tuple[Person, ...]) -> bool:
    """Whether at least _STAMPED_TURNS turns in a row open with a time stamp, by two labels or more, that
    are people talking: a chat log or a transcript with times ("[13:47] Ada Lind: on my way"), which no
    headline is. A live blog's stamped entries under headings ("[09:15] Weather: rain moving in") are
    one writer's reports: their labels are topics, not names, and nobody answers anybody."""
    stamped = sorted(n for n in turns if (m := _TURN.match(paragraphs[n])) is not None and m.group("stamp"))
    for k in range(len(stamped) - _STAMPED_TURNS + 1):
        rows = stamped[k:k + _STAMPED_TURNS]
        labels = {turns[n][0] for n in rows}
        if (rows[-1] - rows[0] == _STAMPED_TURNS - 1 and len(labels) > 1
                and (all(_names_someone(label, people) for label in labels) or _talking(rows, turns)
                     or all(_CHAT_LINE.match(paragraphs[n]) for n in rows))):
            return True  # (a chat app's date and time before each: its senders, "Cal:" too, no headings)
    return False


_STAMPED_TURNS = 3


def _names_someone(label: str, people: tuple[Person, ...]) -> bool:
    """Whether a label reads as a person's name: a known person's, or a full name of two words or more
    that is no role's or note's ("Sam Pell:"; not "Travel Update:", "The Presenter:"). One word alone
    ("Weather:", "Kirby:") may be a heading as well as a name."""
    if _person_of(label, people) is not None:
        return True
    words = label.rstrip(":").casefold().split()
    return (len(words) > 1 and " ".join(words) not in _ROLE_LABELS
            and not any(word in _NOT_VOICES or word in _ROLE_LABELS for word in words))


_SAID_OF_ONESELF = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine)\b")


def _talking(rows: list[int], turns: dict[int, tuple[str, str]]) -> bool:
    """Whether turns in a row are people talking, not a writer's entries: one speaks of themselves ("on
    my way"), or a turn asks and the next, another label's, answers."""
    return any(_SAID_OF_ONESELF.search(turns[n][1]) for n in rows) or any(
        _asks(turns[n]) and turns[n + 1][0] != turns[n][0] for n in rows[:-1])


_OFFICE_LABEL = re.compile(r"(?:The )?(?:Minister|Secretary|Parliamentary|Under-Secretary|Solicitor|Attorney|"
                           r"Leader|Chancellor|Prime Minister|Deputy|Shadow|Speaker|Chair)\b")


# A party as a parliament's record prints it in brackets after a member's name: "(Lab)", "(Con)", "(LD)",
# "(CB)" (a crossbench peer), "(Lab/Co-op)"
_PARTY = re.compile(r"(?:Lab|Con|LD|Lib Dem|SNP|PC|DUP|SDLP|UUP|SF|TUV|Alba|Alliance|Green|Reform(?: UK)?|"
                    r"Ind|CB|Non-Afl|Bp|UKIP|Plaid Cymru|Lab/Co-op|Lab Co-op|Co-op|Ind Con|Ind Lab)")
# A speaker's label on a line of its own, without the colon, as the record prints it over the words: a
# member's name with a seat and a party ("Ann Lee (Eastfield) (Lab)") or a party alone ("Baroness Lee
# (Lab)", "Lord Hart of Bell (Con)"), or an office with its holder's name ("The Minister for Roads (Bo Hart)")
_NAME_WORD = r"[A-Z][\w.’'-]*"
_MEMBER = rf"{_NAME_WORD}(?: (?:(?:of|the|and) )?{_NAME_WORD}){{0,5}}"
_RECORD_LABEL = re.compile(rf"(?P<name>{_MEMBER})(?: \((?P<seat>[^()\n:]{{2,40}})\))?"
                           rf" \((?P<party>{_PARTY.pattern})\)|"
                           rf"(?P<office>(?:The )?(?:Minister|Secretary|Parliamentary|Under-Secretary|"
                           rf"Solicitor|Attorney|Leader|Chancellor|Prime Minister|Deputy|Shadow)\b"
                           rf"[^()\n:]{{0,80}}?) \((?P<holder>{_MEMBER})\)")
_RECORD_TEXT_WORDS = 4  # a member's words under the label are a sentence, not another label or a list's item


def is_record_label(line: str) -> bool:
    """Whether a line is a speaker's label as a parliament's record prints it on a line of its own,
    without a colon: "Ann Lee (Eastfield) (Lab)", "Baroness Lee (Lab)", "The Minister for Roads (Bo Hart)"."""
    return _RECORD_LABEL.fullmatch(line.strip()) is not None


def _record_text(text: str) -> bool:
    """Whether what stands under a record's label reads as the member's words: a sentence opening on a
    capital or a quotation mark, of a few words, whose first line is no label itself (a list of members
    with their parties is labels over labels)."""
    first = text.strip().split("\n", 1)[0].strip()
    return (len(first.split()) >= _RECORD_TEXT_WORDS and first[:1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'"
            and not is_record_label(first) and not _TURN.match(first))


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
# the record's chair addressed or ruling ("Mr Speaker", "Madam Deputy Speaker", "Order.", "the Chair")
_CHAIR = re.compile(r"\b(?:Speaker|Chair|Chairman|Chairwoman|Lord Speaker|Order)\b")


def _spoken(name: str, text: str) -> bool:
    """Whether the words under a record's label read as the member speaking, not as a list's line about
    them (a candidates list's "Sam Pike is a retired teacher.", a results table's "Elected with 1,204
    votes."): not naming the labelled member in the third person, and first person, a question, more
    than one sentence, or the chair addressed."""
    surname = name.split()[-1:]
    if surname and re.search(rf"\b{re.escape(surname[0])}\b", text):
        return False
    return bool(_FIRST_PERSON.search(text) or "?" in text or _SENTENCE_BREAK.search(text.strip())
                or _CHAIR.search(text))


def _record_turns(paragraphs: tuple[str, ...] | list[str]) -> tuple[list[str], list[int]] | None:
    """A parliament's record whose speakers' labels stand on a line of their own over their words (no
    colon), read as labelled turns: the paragraphs with each label put before its words as "Label: words"
    (a label alone as a paragraph joined to the paragraph under it), and for each of them the paragraph
    its words stand in. After a member's full label the record names them by their name alone ("Ann
    Lee", as an office's holder "Bo Hart"): such a line is a label too. None unless at least _MIN_TURNS
    full labels stand over words (a list of members with their parties has no words under its names)
    and at least _MIN_TURNS turns read as speech (_spoken: a list of candidates or of results has a
    reporter's line about each name under it)."""
    named: set[str] = set()
    out: list[str] = []
    where: list[int] = []
    full = spoken = 0
    n = 0
    while n < len(paragraphs):
        para = paragraphs[n]
        first, _, rest = para.strip().partition("\n")
        label = _RECORD_LABEL.fullmatch(first.strip())
        bare = label is None and first.strip() in named
        if label is not None or bare:
            below = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
            at, text = (n, rest) if rest.strip() else (n + 1, below)
            if _record_text(text):
                member = first.strip() if label is None else label.group("name") or label.group("holder")
                spoken += _spoken(member, text)
                if label is not None:
                    full += 1
                    named.add(member)
                out.append(f"{first.strip()}: {text.strip()}")
                where.append(at)
                n = at + 1
                continue
        out.append(para)
        where.append(n)
        n += 1
    return (out, where) if full >= _MIN_TURNS and spoken >= _MIN_TURNS else None


# a stamped message with its sender as a chat app prints it: "[09/03/2026, 14:02] Ada Lind: On my way"
# (or a time alone in brackets, as a report prints a log read out from one night: "[22:19] Ada Lind: …")
_CHAT_MESSAGE = re.compile(rf"(?P<stamp>{_CHAT_STAMP}|\[\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\]\s+)"
                           rf"(?P<sender>[^:\n]{{1,40}}?):\s+(?P<text>\S.*)")
# how WhatsApp marks a sender who is no saved contact ("~ Cal Voss") and a contact's note ("Cal (work)")
_SENDER_MARK = re.compile(r"^~\s*|\s*\([^()]{1,20}\)$")


def _log_message(line: str) -> str | None:
    """A stamped message line with its sender written as a transcript's label ("~ Cal Voss" and "Cal
    (work)" as "Cal Voss" and "Cal"; an unsaved number stays as it is, no one's label); None for no
    stamped message."""
    message = _CHAT_MESSAGE.match(line.strip())
    if message is None:
        return None
    sender = _SENDER_MARK.sub("", message.group("sender")).strip()
    named = f"{message.group('stamp')}{sender}: {message.group('text')}"
    return named if _TURN.match(named) else line.strip()


def _log_messages(para: str) -> list[str] | None:
    """The messages of a paragraph that is a message log printed line by line, each message a stamped
    line with its sender (_log_message), a message's further lines unstamped under it as the app prints
    them: at least _MIN_TURNS messages, the first line one of them, at least _MIN_TURNS with a sender
    read as a label; else None."""
    lines = [line.strip() for line in para.strip().split("\n") if line.strip()]
    messages: list[str] = []
    for line in lines:
        message = _log_message(line)
        if message is not None:
            messages.append(message)
        elif not messages or _TURN.match(line) or _CHAT_LINE.match(line):
            return None  # (a log opens on a message; a line labelled otherwise is no message's)
        else:
            messages[-1] += "\n" + line
    labelled = sum(_TURN.match(message) is not None for message in messages)
    return messages if len(messages) >= _MIN_TURNS and labelled >= _MIN_TURNS else None


_CHAT_LINE = re.compile(rf"(?:{_CHAT_STAMP})")


def _log_lines(paragraphs: tuple[str, ...] | list[str]) -> tuple[list[str], list[int]] | None:
    """The paragraphs with each message log's messages (_log_messages) as paragraphs of their own, and
    for each the paragraph it stands in; None when no paragraph is a log."""
    logs = [_log_messages(para) for para in paragraphs]
    if not any(logs):
        return None
    lines: list[str] = []
    where: list[int] = []
    for n, para in enumerate(paragraphs):
        parts = logs[n] or [para]
        lines += parts
        where += [n] * len(parts)
    return lines, where


def _parliament(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str]) -> int | None:
    """The first turn of a parliament's record, whoever speaks, if the turns are one: labels of its form
    ("Ann Lee (Eastfield) (Lab):", "The Minister for Roads (Bo Hart):") on at least _MIN_TURNS turns,
    and one that asks is answered by the next paragraph, another label's turn; else None."""
    def recorded(n: int) -> bool:
        turn = _TURN.match(paragraphs[n])
        return turn is not None and bool(turn.group("paren")) and (
            bool(turn.group("paren2")) or _OFFICE_LABEL.match(turn.group("label") or "") is not None
            or _PARTY.fullmatch(turn.group("paren")) is not None)
    def seated(n: int) -> bool:  # a member's seat and party: "Ann Lee (Eastfield) (Lab):", "Lord Hart (Con):"
        turn = _TURN.match(paragraphs[n])
        return turn is not None and (bool(turn.group("paren2")) or _PARTY.fullmatch(turn.group("paren") or "")
                                     is not None)
    shaped = sorted(n for n in turns if recorded(n))
    if len(shaped) >= _MIN_TURNS and any(
            (_asks(turns[n]) or seated(n)) and n + 1 in turns and turns[n + 1][0] != turns[n][0]
            for n in shaped):
        # (a member's speech need not ask: "My constituents want to know why …" is answered all the same)
        return shaped[0]
    return None


def _paren_person(para: str, people: tuple[Person, ...]) -> Person | None:
    """The known person a label's brackets name: "PRESENTER (Dan Royle):"."""
    turn = _TURN.match(para)
    paren = turn.group("paren") if turn is not None else None
    return _person_of(paren, people) if paren else None


# A question and its answer as two lines of one paragraph: "Q: Will it reopen?\nA: Not this year."
_PAIRED_QA = re.compile(r"\s*Q[.:][ \t]+(?P<question>[^\n]{2,400}?\?)[ \t]*\n[ \t]*A[.:][ \t]+"
                        r"(?P<answer>\S[^\n]*(?:\n(?!\s*Q[.:])[^\n]+)*)\s*")


def _paired_answers(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                    title: str) -> list[Answer | Turn]:
    """The answers of a Q&A printed with each question and its answer on two lines of one paragraph
    (an emailed interview): at least _MIN_TURNS such paragraphs; the one who answers is the known
    person the sentences before the first that say it is a printed interview name most."""
    found = {n: m for n, para in enumerate(paragraphs) if (m := _PAIRED_QA.fullmatch(para))}
    if len(found) < _MIN_TURNS:
        return []
    before = "\n".join(paragraphs[:min(found)])
    # (the body's own note, not a passing "told the Gazette in an interview" nor a headline's name: an
    # explainer's Q:/A: box is set out the same way and is nobody's interview)
    cues = "\n".join(m.group(0) for m in _SENTENCES.finditer(before) if _PRINTED_INTERVIEW.search(m.group(0)))
    person = _named_most(_counts(cues, people))
    if person is None:
        return []
    reason = f"the 'A:' line under a 'Q:' line in an interview with {person.name}"
    return [Answer(n, person, m.group("answer").strip(), reason) for n, m in sorted(found.items())]


_DIRECTION = re.compile(r"\s*[\[(][^\[\]()]{2,300}[\])]\s*")  # "[He turns the jar over.]": no one's line


def _one_voice_transcript(turns: dict[int, tuple[str, str]], paragraphs: tuple[str, ...] | list[str],
                          people: tuple[Person, ...]) -> bool:
    """Whether labelled turns are the lines of one known person in a transcript with nobody answering
    (a video, a speech): at least _MIN_TURNS turns, all under the same label, which is that person's
    full name in capitals ("ADA LIND:", as transcripts print it, not a headline's "Lind:"), and only
    bracketed directions ("[She holds up the jar.]") between them."""
    labels = {label for label, _ in turns.values()}
    if len(turns) < _MIN_TURNS or len(labels) != 1:
        return False
    label = next(iter(labels)).rstrip(":")
    if not label.isupper() or len(label.split()) < 2 or _person_of(label, people) is None:
        return False
    between = range(min(turns), max(turns))
    return all(n in turns or _DIRECTION.fullmatch(paragraphs[n]) for n in between)


def find_turns(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
               title: str = "") -> list[Answer | Turn]:
    """The turns of a transcript, in order (none when the document is not one): the answers of known
    people, and the turns of voices the config does not know (the interviewer's questions, a
    presenter's or a caller's lines)."""
    paired = _paired_answers(paragraphs, people, title)
    if paired:
        return paired
    record = _record_turns(paragraphs)
    if record is not None:  # (labels over the words: read as "Label: words", then each turn put back)
        lines, where = record  # (a heading over the record, "Harbour: Funding", is no one's turn)
        opens = next(k for k, line in enumerate(lines) if _RECORD_LABEL.fullmatch(line.split(":", 1)[0]))
        read = find_turns(lines, people, title)  # (turns above the record, an interview's, are kept)
        above = sum(turn.paragraph < opens for turn in read) >= _MIN_TURNS
        return [replace(turn, paragraph=where[turn.paragraph]) for turn in read
                if above or turn.paragraph >= opens]
    logged = _log_lines(paragraphs)
    if logged is not None:  # (a message log's lines in one paragraph: each read as a turn of its own)
        lines, where = logged
        return [replace(turn, paragraph=where[turn.paragraph]) for turn in find_turns(lines, people, title)]
    turns = _turns(paragraphs)
    if len(turns) < _MIN_TURNS:
        return (_unlabelled_answers(paragraphs, people, title)
                or [*_quoted_answers(paragraphs, people, title)]
                or [*_lined_answers(paragraphs, people, title)] or [*_bracketed_answers(paragraphs, people)])
    interviewee = _interviewee(turns, paragraphs, people, title)
    answered = any(_asks(turn) and n + 1 in turns and _speaker(turns[n + 1], interviewee, people)
                   for n, turn in turns.items())
    if (not answered and not _exchange(turns, interviewee, people) and not _voices_exchange(turns)
            and not _stamped_run(turns, paragraphs, people)
            and not _one_voice_transcript(turns, paragraphs, people)):
        first = _parliament(turns, paragraphs)
        if first is None:
            return []
        turns = {n: turn for n, turn in turns.items() if n >= first}  # (a heading "Harbour: Funding" before)
    found: list[Answer | Turn] = []
    current: Answer | None = None
    last_turn = max(turns)
    for n, para in enumerate(paragraphs):
        if n in turns:
            label, text = turns[n]
            person = _speaker(turns[n], interviewee, people) or _paren_person(para, people)
            if person is None:
                current = None
                voice = _voice(para, label)
                if voice is not None and (n - 1 in turns or n + 1 in turns):
                    found.append(Turn(n, voice, text, f"interview turn '{label}' (no one the config knows)"))
                continue
            how = f"interview turn '{label}'" + (f" (the interviewee, {person.name})" * (label[0] == "A"))
            current = Answer(n, person, text, how)
            found.append(current)
        elif n > min(turns) and (heading := _next_witness(para, people))[0]:
            interviewee, current = heading[1], None
        elif current is not None and n < last_turn and _goes_on(para, current.person):
            if not _DIRECTION.fullmatch(para):  # "[She steps back from the wall.]": no one's line
                found.append(Answer(n, current.person, para.strip(), f"{current.reason}, continued"))
        else:
            current = None
    return found
