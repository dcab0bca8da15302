"""Who said what in an article: quotes with their attribution, and signed tweets.

Attribution reads a paragraph as a journalist writes it: a reporting verb from a lexicon (a data
table below: "said", "went on", "told X:", "started off", "according to", …) with its subject
before it ("Damon said", "a spokesperson for X told") or after it ("said Damon"), a colon that
introduces the quote ("She went on:", "X welcomed the change:"), possibly ending the previous
paragraph. A subject is a known name, a pronoun (the last named person it fits), a descriptor
("the Downsizing actor": from the config, from an apposition in the text, or a role noun for the
last named person), or an unnamed speaker ("a source close to X"), who becomes a speaker of their
own and is never credited to the nearest name. A paragraph that is all quote right after a
paragraph with an attributed quote continues that speaker's quote (a quote running over paragraphs
leaves its first paragraphs unclosed). Every mention says why it has its speaker.
Quotes are double (“…”, "…") or, where a paragraph has none, single in UK style (‘…’, '…'),
with apostrophes inside words left alone.
"""

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..core.config import Person
from .dates import FACEBOOK_DATE_PREFIX, POST_DATE_PREFIX, DateExpr, find_date_expr
from .layout import Layout, Tweet
from .mail import mail_messages
from .transcript import Answer, Turn, _person_of, find_turns

__all__ = ["Mention", "extract_mentions", "people_in_layout", "REPORTING_VERBS", "UNNAMED_ROLES",
           "ROLE_NOUNS", "find_quotes"]

# Reporting verbs: (phrase, form). "say": its subject stands before it, or right after it when it
# follows the quote ("…," said Damon); "tell": before only (what follows is the listener);
# "after": the speaker follows ("according to a spokesperson").
REPORTING_VERBS: tuple[tuple[str, str], ...] = (
    ("said", "say"), ("says", "say"), ("say", "say"), ("told", "tell"), ("tells", "tell"), ("tell", "tell"),
    ("added", "say"), ("adds", "say"), ("went on", "say"), ("goes on", "say"),
    ("continued", "say"), ("continues", "say"), ("started off", "say"), ("starts off", "say"),
    ("began", "say"), ("begins", "say"), ("wrote", "say"), ("writes", "say"),
    ("wrote in a post", "say"), ("tweeted", "say"), ("posted", "say"), ("explained", "say"),
    ("explains", "say"), ("insisted", "say"), ("insists", "say"), ("argued", "say"),
    ("argues", "say"), ("noted", "say"), ("recalled", "say"), ("recalls", "say"),
    ("admitted", "say"), ("admits", "say"), ("claimed", "say"), ("claims", "say"), ("responded", "say"),
    ("responds", "say"), ("replied", "say"), ("fired back", "say"), ("fires back", "say"),
    ("slammed", "say"), ("hit back", "say"), ("hits back", "say"), ("shot back", "say"),
    ("shared", "say"), ("stated", "say"), ("according to", "after"), ("concluded", "say"),
    ("suggested", "say"), ("declared", "say"), ("asked", "say"), ("asks", "say"),
    ("believes", "say"), ("thought", "say"), ("joked", "say"), ("quipped", "say"),
    ("laughed", "say"), ("laughs", "say"), ("remarked", "say"), ("revealed", "say"), ("reveals", "say"),
    ("confirmed", "say"), ("announced", "say"), ("acknowledged", "say"), ("conceded", "say"),
    ("warned", "say"), ("agreed", "say"), ("weighed in", "say"), ("chimed in", "say"),
    ("captioned", "say"), ("commented", "say"), ("stressed", "say"), ("maintained", "say"),
    ("observed", "say"), ("pointed out", "say"), ("countered", "say"), ("urged", "say"),
    ("vented", "say"), ("gushed", "say"), ("raved", "say"), ("snapped", "say"),
    ("opened up", "say"), ("put it", "say"), ("puts it", "say"), ("wrote on", "say"),
    ("written", "say"), ("saying", "say"), ("adding", "say"), ("writing", "say"), ("noting", "say"),
    ("explaining", "say"), ("insisting", "say"), ("arguing", "say"), ("telling", "tell"),
    ("described", "name"), ("describes", "name"), ("describing", "name"), ("calling it", "say"),
    ("calling", "name"),  # "with the firm calling the process “glacial” and …", as "calls" and "called"
    # verbs of manner that are often no speech ("stormed out", "cried when"): only beside the quote
    ("shouted", "emote"), ("yelled", "emote"), ("screamed", "emote"), ("cried", "emote"), ("fumed", "emote"),
    ("raged", "emote"), ("ranted", "emote"), ("thundered", "emote"), ("stormed", "emote"), ("boasted", "say"),
    ("bragged", "say"), ("whispered", "emote"), ("sighed", "emote"), ("mused", "say"), ("pleaded", "say"),
    ("begged", "say"), ("demanded", "say"), ("promised", "say"), ("vowed", "say"), ("pledged", "say"),
    ("predicted", "say"), ("cautioned", "say"), ("protested", "say"), ("complained", "say"),
    ("lamented", "say"), ("wondered", "say"), ("alleged", "say"), ("contended", "say"),
    ("asserted", "say"), ("reiterated", "say"), ("emphasised", "say"), ("emphasized", "say"),
    ("recounted", "say"), ("answered", "say"), ("retorted", "say"), ("interjected", "say"),
    ("called out", "emote"), ("heckled", "say"), ("shouted out", "emote"),
    ("cut in", "emote"), ("cuts in", "emote"), ("broke in", "emote"), ("breaks in", "emote"),
    ("vows", "say"), ("warns", "say"), ("shouts", "emote"), ("yells", "emote"), ("screams", "emote"),
    ("fumes", "emote"), ("pleads", "say"), ("interjects", "say"),
    # a court's or an interview's follow-up, and participles of speech: only beside the quote ("“…?” the
    # barrister pressed", "spoke first, promising “…”"; not "pressed the button", "a promising start")
    ("pressed", "emote"), ("promising", "emote"), ("claiming", "emote"), ("vowing", "emote"),
    ("declaring", "emote"), ("admitting", "emote"), ("conceding", "emote"),
    # the present tense of features and profiles ("“…,” she concedes"), and quips
    ("concedes", "say"), ("confirms", "say"), ("announces", "say"), ("acknowledges", "say"),
    ("maintains", "say"), ("stresses", "say"), ("urges", "say"), ("muses", "say"), ("jokes", "say"),
    ("quips", "say"), ("declares", "say"), ("suggests", "say"), ("predicts", "say"), ("pledges", "say"),
    ("laments", "say"), ("alleges", "say"), ("recounts", "say"), ("retorts", "say"), ("replies", "say"),
    ("boasts", "say"), ("brags", "say"), ("deadpanned", "say"), ("deadpans", "say"), ("cracked", "emote"),
    ("cracks", "emote"), ("scoffed", "emote"), ("scoffs", "emote"), ("muttered", "emote"),
    ("grumbled", "say"), ("grumbles", "say"), ("repeated", "say"), ("repeats", "say"),
    # an officer's advice in minutes and reports: "advised members that “…”", "informed the board that"
    ("advised", "tell"), ("advises", "tell"), ("informed", "tell"), ("informs", "tell"),
    # "called the deal “a once-in-a-generation chance”": only with the quote in the same sentence
    ("called", "name"), ("calls", "name"),
    # Indian English: "termed the appointment “a new chapter”"
    ("termed", "name"), ("terms", "name"),
    ("by his own account", "say"), ("by her own account", "say"), ("by their own account", "say"),
    # the same for verbs that judge with the subject's own words: "accused Hart of “…”",
    # "dismissed the claims as “…”"
    ("accused", "name"), ("accuses", "name"), ("dismissed", "name"), ("dismisses", "name"),
    ("branded", "name"), ("brands", "name"), ("labelled", "name"), ("labeled", "name"),
    ("blasted", "name"), ("praised", "name"), ("hailed", "name"), ("denounced", "name"),
    ("criticised", "name"), ("criticized", "name"), ("condemned", "name"), ("likened", "name"),
    ("mocked", "name"), ("praises", "name"), ("hails", "name"), ("blasts", "name"), ("denounces", "name"),
    ("criticises", "name"), ("criticizes", "name"), ("condemns", "name"), ("likens", "name"),
    ("mocks", "name"), ("welcomed", "name"), ("welcomes", "name"),
    # a judge's or a panel's finding in its own words: "the judge found that the delay was “…”"
    ("found that", "say"), ("ruled that", "say"), ("finds that", "say"), ("rules that", "say"),
    # the purpose of a speech or an interview: "used her speech to warn councils against “…”"
    ("to warn", "say"), ("to insist", "say"), ("to argue", "say"), ("to urge", "say"),
    ("to promise", "say"), ("to accuse", "name"),
    # Indian and South African English: "opined that the tour should be “paused …”"
    ("opined", "say"), ("opines", "say"),
    # the present tense of reviews and features: "“…,” the narrator observes", "she notes", "he reckons"
    ("observes", "say"), ("notes", "say"), ("points out", "say"), ("remarks", "say"),
    ("reckons", "say"), ("reckoned", "say"),
    # Ghanaian, Nigerian and Indian English: "the deputy director was of the view that “…”"
    ("was of the view", "say"), ("is of the view", "say"), ("were of the view", "say"),
    ("are of the view", "say"), ("was of the opinion", "say"), ("is of the opinion", "say"),
    ("were of the opinion", "say"), ("are of the opinion", "say"),
)
# Unnamed speakers: the role word of "a spokesperson for X", "a source close to X", "an insider".
UNNAMED_ROLES: tuple[str, ...] = (
    "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "source", "insider",
    "aide", "publicist", "official", "staffer", "confidant", "eyewitness", "witness", "agent", "employee",
    "worker", "member of staff", "staff member", "neighbour", "neighbor", "volunteer", "bystander",
    "passerby", "organiser", "organizer", "judge", "magistrate", "coroner", "prosecutor", "detective",
    "sheriff",  # a Scottish court's judge ("the sheriff said"), an American county's police chief
    "police officer", "paramedic", "firefighter", "juror", "mediator", "arbitrator", "inspector",
    "figure", "voice", "heckler", "office", "narrator",
    # a failed company's voice once it is in administration: "The administrators said: “…”"
    "administrator", "administrators", "liquidator", "liquidators", "receiver", "receivers",
)
# Role nouns a definite description may end with ("the Tidewater leading man"), with the pronoun
# they imply ("" for either). Config descriptors add their own last words.
ROLE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("actor", "star", "singer", "rapper", "musician", "director", "producer",
                     "comedian", "host", "presenter", "model", "designer", "writer", "author",
                     "novelist", "coordinator", "player", "coach", "striker", "manager", "mayor",
                     "councillor", "senator", "minister", "founder", "chef", "owner", "officer",
                     "performer", "artist", "co-star", "veteran", "filmmaker", "executive", "ceo",
                     "chief", "boss", "president", "chairman", "chairwoman", "translator",
                     "researcher", "scientist", "professor", "doctor", "lawyer", "candidate",
                     "politician", "activist", "campaigner", "critic", "journalist", "reporter",
                     "stuntman", "winner", "nominee", "icon", "legend", "personality", "influencer",
                     "member", "resident", "restaurateur", "businessman", "businesswoman",
                     "barrister", "solicitor", "attorney", "counsel", "advocate", "tycoon", "millionaire",
                     "billionaire", "mogul", "entrepreneur", "investor", "chair", "leader", "secretary",
                     "economist", "analyst", "academic", "headteacher", "teacher", "nurse", "pensioner",
                     "year-old", "farmer", "fisherman", "geologist", "hydrogeologist",
                     "ecologist", "biologist", "hydrologist", "epidemiologist", "virologist", "psychologist",
                     "criminologist", "archaeologist", "climatologist", "meteorologist", "toxicologist",
                     "sociologist", "historian", "architect", "surveyor", "planner", "vet", "midwife",
                     "surgeon", "pharmacist", "landlord", "landowner"), ""),
    **dict.fromkeys(("actress", "woman", "lady", "girl", "wife", "girlfriend", "mother", "mom",
                     "mum", "daughter", "sister", "queen", "businesswoman", "chairwoman",
                     "grandmother", "gran", "granny", "grandma", "nan", "mummy", "widow"), "she"),
    **dict.fromkeys(("man", "guy", "husband", "boyfriend", "father", "dad", "son", "brother",
                     "king", "businessman", "chairman", "stuntman", "grandfather", "grandad", "grandpa",
                     "daddy", "widower"), "he"),
}
# Nouns of a business ("the lender said"), and of a cause, which no business goes by.
_TRADING_NOUNS = frozenset(("company", "firm", "business", "miner", "developer", "operator", "retailer",
                            "publisher", "label", "studio", "network", "lender", "bank", "insurer", "airline",
                            "supermarket", "chain", "brewer", "manufacturer", "carmaker", "housebuilder",
                            "supplier", "provider", "utility"))
_CAUSE_NOUNS = frozenset(("charity", "campaign", "organisation", "organization"))
# Nouns by which a report calls back an organisation it has named ("Kestrel Minerals … The company
# said"): the organisation named last (a config entry that goes by "it"), never a person.
ORG_NOUNS: frozenset[str] = _TRADING_NOUNS | _CAUSE_NOUNS | frozenset((
    "group", "club", "channel", "broadcaster", "station"))
_UNNAMED_ROLE_SET = frozenset(UNNAMED_ROLES)
# The press as a speaker of its own: "the newspaper said" is never a person nor a party of the story.
_PRESS_BODIES = frozenset(("newspaper", "magazine", "tabloid", "broadsheet"))
# Public bodies a report calls by their noun ("the coastguard said", "the council said"): the cast's body
# of that name when there is one ("Harbour Council"), else a speaker of its own, never a person.
_PUBLIC_BODIES = frozenset(("council", "coastguard", "police", "government", "ministry", "department",
                            "regulator", "watchdog", "inquiry", "tribunal", "agency", "authority"))
_PUBLIC_BODY = re.compile(r"\b(?:Council|Authority|Agency|Trust|Board|Police|Party|Union|Government|Ministry|"
                          r"Department|Commission|Court|Parliament|Assembly|Association|Club|School|University|"
                          r"College|Hospital|Committee|Society|Charity)\b")
# The last word of a business's name ("Lendwell Finance", "Harbour Homes Ltd"): a config entry so named
# is an organisation even when its descriptors call it by no body's noun.
_BUSINESS_NAME = re.compile(r"(?:Finance|Financial|Bank|Banking|Capital|Holdings|Ltd|Limited|plc|PLC|Inc|LLC|"
                            r"Partners|Insurance|Energy|Homes|Airways|Airlines|Motors|Foods|Media|Properties|"
                            r"Estates|Logistics|Developments|Investments|Ventures|Technologies|Industries|"
                            r"Enterprises|Pharmaceuticals|Telecom|Resources|Minerals|Mining|Construction)\.?")
# Role nouns of a trade that one person seldom goes by two of in a report (not a celebrity's many
# names, "the star", "the singer", "the 49-year-old", nor "the professor" and "the scientist"): the
# trade, the -ologists being one ("the geologist" may be "the hydrogeologist").
_TRADES = frozenset(("farmer", "fisherman", "historian", "architect", "surveyor", "planner", "vet",
                     "midwife", "pharmacist", "chef", "minister", "mayor"))


def _trade(head: str) -> str:
    """The trade a role noun names, or "" for a role noun that is no trade of its own."""
    return "-ologist" if head.endswith("ologist") else head if head in _TRADES else ""


_MIN_QUOTE_WORDS = 3  # shorter quoted runs are scare quotes ("gaslighted"), not statements
_SUBJECT_WINDOW = 80  # characters before a verb where its subject may stand
_AFTER_WINDOW = 4     # characters between a verb and a subject that follows it
_COLON_OR_QUOTE = re.compile(r"\s*(?::|,?\s*\ue000)")  # right after a verb of manner: its quote
# What may stand between "according to" and whose words they are: "a statement from", "an email
# sent by", "the minutes of", "a post by".
_DOCUMENT_OF = re.compile(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|email|letter|filing|"
                          r"release|note|report|memo|minutes|transcript|submission)\s+(?:\w+\s+)?"
                          r"(?:from|by|issued by|released by|sent by|published by)\s+")
_ACCORDING_DOCUMENT = re.compile(r"\b[Aa]ccording\s+to" + _DOCUMENT_OF.pattern + r"\Z")
_DESCRIPTOR_WORDS = 5  # words a definite description may have before its role noun
_AGE = re.compile(r"\d{1,3}-year-old")
_EPITHET = re.compile(r"[a-z]+-of-[a-z]+")
_WEAK_MIN_WORDS = 6   # a quote with no speech verb is a statement only when it is this long

_VERB = re.compile(r"\b(" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p, _ in
                                               REPORTING_VERBS), key=len, reverse=True)) + r")\b",
                   re.I)
_VERB_FORM = {p: form for p, form in REPORTING_VERBS}
# What a speech's purpose ("to warn", "to urge" …) needs before it: the speech, address or interview
# used for it ("used her speech to warn", "took the platform to argue"), not a wish or a plan ("want Hart
# to promise", "is expected to argue").
_SPEECH_PURPOSE = re.compile(r"\b(?:speech|address|remarks|interview|keynote|statement|sermon|testimony"
                             r"|appearance|column|platform|podium|stage|floor|evidence|post|video|op-ed"
                             r"|article|letter|used|uses|took|takes|seized|chance|opportunity|occasion)\b"
                             r"[^.!?]*\Z", re.I)
_VERB_WORDS = frozenset(p.split()[0] for p, _ in REPORTING_VERBS)  # a description ends before these
_PRONOUN = re.compile(r"\b(he|she|He|She|it|It)\b")  # "it" only for a speaker that goes by it
# An object pronoun after "according to" ("According to him, …"), and its subject form of the same
# length, so the frame's offsets stay.
# (the pronoun alone before a comma or a stop: "according to her sister" is the sister)
_ACCORDING_OBJECT = re.compile(r"(?<=\b[Aa]ccording to )(him|her)\b(?=\s*(?:[,.;:!?)]|$))")
_SUBJECT_FORM = {"him": "he ", "her": "she"}
# matched at a name's end ("Hart's"; a plural's bare mark, "the Friends' barrister")
_POSSESSIVE = re.compile(r"[’'‘]s\b|(?<=s)[’'](?=[ \t]+[a-z])")
_POSSESSIVE_GAP = re.compile(r"[’'‘]s[ \t]+|(?<=s)[’'][ \t]+(?=[a-z])")  # a possessive's "'s " before its own
# "Hart's response was swift:": the owner of what is said speaks (matched at a name's end)
_SPEECH_NOUN = re.compile(r"[’'‘]s\s+(?:[\w-]+\s+)?(?:response|reply|answer|message|statement|reaction|"
                          r"verdict|words|comment|retort|explanation|take|advice|warning)\b"
                          # the noun left out after one given just before: "Lind's verdict: “…” Hart's: “…”"
                          r"|[’'‘]s?\s*:\s*\ue000", re.I)
# What a possessive's owner said or wrote: "Hart's reply", "the chair's letter to members" (at the "'s").
_SAID_THING = re.compile(r"[’']s\s+(?:[\w-]+\s+)?(?:response|reply|answer|message|statement|reaction|verdict|"
                         r"words|comment|retort|explanation|letter|e-?mail|post|memo|note|speech|tweet)s?\b",
                         re.I)
# A possessive name's words reported as a noun: "Lind's claim that …", "Hart's warning that …".
_CLAIM_THAT = re.compile(r"[’']s\s+(?:[\w-]+\s+)?(?:claim|assertion|insistence|warning|promise|pledge|remark|"
                         r"suggestion|boast|admission|prediction|argument|complaint|view|contention|"
                         r"allegation|observation)\s+that\b")
# A gesture a speaker makes right before their words, the paragraph's only sentence before the quote:
# "He nodded. “…”", "Lind shrugged. “…”", "She shook her head: “…”".
_BEAT = re.compile(r"\s*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
                   r"(?:nodded|nods|shrugged|shrugs|smiled|"
                   r"smiles|grinned|grins|laughed|laughs|sighed|sighs|paused|pauses|frowned|frowns|winced|"
                   r"hesitated|hesitates|shook\s+(?:his|her|their)\s+head|shakes\s+(?:his|her|their)\s+head|"
                   r"leaned\s+(?:forward|back|in)|leans\s+(?:forward|back|in)|looked\s+(?:up|away|down)|"
                   r"looks\s+(?:up|away|down)|pressed\s+on|pressed\s+(?:him|her|them)|persisted|went\s+on|"
                   r"tried\s+again)(?:\s+(?:again|slowly|briefly|firmly|at\s+last))?[.:]\s*")
# A possessive pronoun's words introducing the quote after it: "Her own verdict is blunter. “…”".
_THEIR_WORDS = re.compile(r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:response|reply|answer|"
                          r"verdict|words|comment|retort|explanation|take|advice|warning|view|assessment)\b"
                          r"[^.!?\ue000]{0,60}[.:]\s*\Z")
_TWEET_WORDS = re.compile(r"\b(tweet\w*|twitter|Twitter|Tweets?)\b")
_INTERVIEW_WORDS = re.compile(r"\b(interview\w*|told)\b", re.I)
# Double marks: “…” and "…", and the low-high marks of Polish, German, Czech and other central European
# usage („…” or „…“), which an English edition of such an outlet keeps; the words are the second group.
# A low mark opens only where a quote can (not inside a word or a number: "10„5", a mistyped comma) and
# closes only on its own kind, a high mark not opening a word, so it never takes an English quote's “.
_DOUBLE = re.compile(r"(?:(?<![\w„])(„)|[“\"])((?(1)[^“”\"„]|[^“”\"])+)(?(1)(?:”|“(?![\w„“]))|[”\"])")
# UK style: an opening mark after a space, bracket, dash or colon (or at the start), words in
# which a mark between two letters is an apostrophe, a closing mark before a space or stop. The
# words may open or end on a double mark they nest ('I told them, "Do not close it."').
_SINGLE = re.compile(r"(?<![^\s(\[—–:])[‘'](?=[\w“\"])((?:[^‘’'\n]|(?<=\w)[’'](?=\w)){1,2000}?)"
                     r"(?<=[\w.,!?…”\"])[’'](?=[\s.,;:!?)\]—–-]|\Z)")
# Roles that are an unnamed speaker only after an indefinite or counting word: "the person" or
# "the executive" may be someone named before, "a person close to X" never is.
INDEFINITE_ROLES: tuple[str, ...] = (
    "person", "friend", "executive", "individual", "associate", "colleague", "relative",
    "family member", "adviser", "advisor", "attorney", "lawyer", "acquaintance", "people", "pal", "mate",
    "chum", "confidante",
)
# People met in a report's vox pop ("one skipper", "another fisherman", "a local shopkeeper"): an
# unnamed speaker after an indefinite or counting word, with or without a clause after them.
VOX_POP_ROLES: tuple[str, ...] = (
    "fisherman", "fishermen", "skipper", "farmer", "shopkeeper", "trader", "driver", "passenger",
    "parent", "mother", "father", "teacher", "pupil", "student", "nurse", "doctor", "patient",
    "fan", "supporter", "voter", "customer", "tenant", "landlord", "resident", "local", "villager",
    "protester", "protestor", "demonstrator", "analyst", "economist", "expert", "engineer", "diplomat",
    "negotiator", "businessman", "businesswoman", "owner", "manager", "member",
    "midwife", "man", "woman", "worker", "employee", "caller", "listener", "viewer", "reader", "commuter",
    "pensioner", "carer", "surgeon", "consultant", "officer", "veteran", "shopper", "visitor", "player",
    "lecturer", "academic", "scientist", "researcher", "campaigner", "activist", "onlooker", "guest",
    "reporter", "journalist", "presenter", "interviewer", "MP", "backbencher", "peer",
)
_INDEFINITE_ART = r"an?|one|two|three|several|some|many|other|another"
# One of a group met before, told apart by its place: "two people familiar with … The second person said".
_ORDINAL_ART = r"[Tt]he\s+(?:first|second|third|other|latter)"
# Capitalised words that open a sentence or a clause, never a possessive owner ("On Monday Hart's").
_NOT_OWNER = (r"(?:On|In|At|When|After|Before|As|If|But|And|The|A|An|Then|While|Since|Because|For|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
              r"May|June|July|August|September|October|November|December)\b")
_CLAUSED = re.compile(r"\s+(?:close\s+to|familiar\s+with|who\s+knows?|with\s+knowledge\s+of|of|for)\s")
# What an unnamed speaker knows or stands near, after where they are: "a source at the arena (familiar with
# the hire agreement)", "an official in the ministry (close to the minister)": still who speaks, never the
# thing or person it names, which is no speaker of the quote.
_KNOWS_TAIL = re.compile(r"[ \t]+(?:close[ \t]+to|familiar[ \t]+with|who[ \t]+knows?|"
                         r"with[ \t]+knowledge[ \t]+of)[ \t]+")
# Words before a name in an object's place; each pattern below adds its own
_OBJECT_CORE = r"to|with|from|by|among|about|at|of|told|met"
_AS_OBJECT = re.compile(rf"(?<!according )\b(?:{_OBJECT_CORE}|asked|spoke to|talked to)\s+(?:the\s+)?\Z",
                        re.I)


# A name in an object's place, which a later "he" or "she" is less likely to mean than a subject:
# "arrived alongside Keel", "under cross-examination by Mr Osei", "spoke to Lind".
# Not one asked, nor one the floor is handed over to ("Lind asked Voss about the lease. “…,” she said",
# "Lind handed over to Voss"): the next words are theirs.
_NAME_AS_OBJECT = re.compile(rf"(?<!according )(?<!over )\b(?:{_OBJECT_CORE}|for|alongside|"
                             r"beside|against|towards?|thanked|joined|phoned|visited)\s+(?:the\s+)?"
                             r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?\Z", re.I)


# A name joined to an object before it stands in the object's place too: "for Mr Hart and Lind Marine",
# "with Ada Lind and Bo Hart" (not "Ada Lind and Bo Hart said": no word of an object before the first).
_COORDINATED_OBJECT = re.compile(rf"(?<!according )(?<!over )\b(?:{_OBJECT_CORE}|for|alongside|against|"
                                 r"representing|thanked|joined)\s+(?:the\s+)?"
                                 r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?"
                                 r"[A-Z][\w’'.-]*(?:\s+(?:&\s+)?[A-Z][\w’'.-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?"
                                 r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?\Z",
                                 re.I)
_COORDINATED_REACH = 70  # characters before a name where the object it is joined to may start


def _as_object(frame: str, start: int) -> bool:
    """Whether a name at `start` stands in an object's place (see _NAME_AS_OBJECT), alone or joined
    to an object before it (_COORDINATED_OBJECT)."""
    return _NAME_AS_OBJECT.search(frame, max(0, start - 30), start) is not None or (
        _COORDINATED_OBJECT.search(frame, max(0, start - _COORDINATED_REACH), start) is not None)


def _object_before(frame: str, start: int) -> re.Match[str] | None:
    """The word that makes a name at `start` an object ("to", "with the", "told"), if any."""
    return _AS_OBJECT.search(frame, max(0, start - 20), start)


_ANONYMOUS = re.compile(r"\b(?:unnamed|anonymous|unidentified)\b", re.I)
# "…, who asked not to be named": whoever the clause follows is a speaker without a name.
_NOT_NAMED = re.compile(r",?\s+(?:who\s+(?:asked|wished|did\s+not\s+want|didn[’']t\s+want|declined|"
                        r"refused)\s+"
                        r"(?:not\s+)?to\s+be\s+(?:named|identified)|(?:who\s+spoke\s+|speaking\s+)?on\s+condition\s+"
                        r"of\s+anonymity)")
_UNNAMED = re.compile(
    r"\b(?:(?P<art>an?|one|two|several|the|our|my|their|his|her|its|An?|One|Two|Several|The|Our|My|Their|His|"
    r"Her|Its)\s+"
    # no determiner among the words before the role: "after the verdict one juror" is "one juror"
    r"(?P<mods>(?:(?!(?:an?|one|two|several|the|another)\s)[\w’'-]+\s+){0,2}?)"
    r"(?P<role>" + "|".join(UNNAMED_ROLES) + r")(?P<plural>s)?"
    r"|(?P<iart>" + _ORDINAL_ART + "|" + _INDEFINITE_ART + "|" + _INDEFINITE_ART.upper() + "|"
    + "|".join(a.capitalize() for a in _INDEFINITE_ART.split("|")) + r")\s+"
    r"(?P<imods>(?:[\w-]+\s+){0,4}?)"
    r"(?P<irole>" + "|".join(INDEFINITE_ROLES + VOX_POP_ROLES) + r")(?P<iplural>s)?"
    # "someone close to X", "sources close to X", "people who know X": no determiner, a clause
    r"|(?P<bare>[Ss]ome(?:one|body)|[Ss]ources|[Ii]nsiders|[Pp]eople|[Ff]riends|[Aa]ides|[Ss]taffers)"
    r"(?=\s+(?:close\s+to|familiar\s+with|who\s+knows?|with\s+knowledge\s+of)\b)"
    # "Officials at the department said", "Sources inside the club said": plural roles of a body
    # "Counsel for the council said": the lawyer speaks for the party, never as the party
    r"|(?P<counsel>[Cc]ounsel|[Ll]awyers|[Bb]arristers|[Ss]olicitors)(?=\s+(?:for|representing|acting\s+for)\s)"
    r"|(?P<body>(?:Officials|Sources|Insiders|Aides|Staffers|Executives)(?=\s+(?:at|in|inside|within|from)\s))"
    # "Damon's representative", "a member of Damon's team": the owner's representatives speak
    r"|(?P<owner>(?:(?!" + _NOT_OWNER + r")[A-Z][\w-]*[ \t]+)?(?!" + _NOT_OWNER + r")[A-Z][\w-]*)['’]s[ \t]+"
    r"(?P<pmods>(?:[\w-]+[ \t]+)?)"
    r"(?P<prole>" + "|".join(UNNAMED_ROLES) + r"|lawyers?|attorneys?|advis[eo]rs?|team|camp|management|"
    r"department|ministry|campaign|"
    r"representatives|spokespeople|publicists)"
    # "Her lawyer, who did not give his name, said": someone acting for a person, never that person
    r"|(?P<hisart>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?P<hmods>(?:[\w-]+[ \t]+)?)"
    r"(?P<hrole>lawyers?|solicitors?|barristers?|attorneys?|advis[eo]rs?|agents?|managers?|team|camp)"
    r"(?![\w-]|,[ \t]+[A-Z])"  # not "Her lawyer, Femi Adebayo, said": the name set off speaks
    r")\b")
_OF_CLAUSE = re.compile(r"\s+(?:for|representing|acting\s+for|close\s+to|familiar\s+with|who\s+knows?|"
                        r"who\s+worked\s+with|"
                        r"with\s+knowledge\s+of|to|from|at|with|of|inside|within|near)\s+")
# Whose the body after "for" is: "(a spokesperson for the family) of Lind", "(the lawyer for the estate) of
# Hart": the owner is named inside the unnamed speaker's phrase and does not speak.
_WHOSE = re.compile(r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}")
_WHO_STOP = frozenset(("to", "that", "in", "on", "of", "was", "is", "has", "had", "did", "does",
                       "would", "will", "who", "which", "and", "but", "as", "when", "after"))
_THE = re.compile(r"\b[Tt]he\s+")
_OUR = re.compile(r"\b(?:[Oo]ur|[Tt]heir|[Ii]ts)\s+")  # a body's own people: "our/their/its art director"
_WORD = re.compile(r"[\w’'-]+")
_DESCRIPTOR_STOP = frozenset(("of", "in", "on", "who", "whose", "which", "that", "and", "to", "for",
                              "with", "at", "by", "from", "was", "is", "has", "had", "not"))
# A short fragment right after a speech verb and a few words is quoted speech, not a scare quote:
# "Lind says Hart “knows why” the vote was delayed".
_SAYS_BEFORE = re.compile(r"\b(?:says|said|say|tells|told|adds|added|insists|insisted|called|calls|termed|"
                          r"terms|branded|"
                          r"shouted|shouts|yelled|yells|screamed|chanted|chants|cried|"
                          r"brands|labelled|labeled|described|describes|dismissed|dismisses|slammed|"
                          r"wrote|writes|posted|warned|warns|claimed|claims|argued|argues|admitted|admits|"
                          r"calling|saying)\b,?"  # "She was, she says, “physically sick”": set off by commas
                          r"(?:\s+[\w’'-]+){0,8}\s*\Z")
# A long appositive between a subject and its verb: "Hart, a father of three who started a group
# called Later Starts in August, told the board …" (no sentence stop and no quote inside).
_APPOSITIVE = re.compile(r",\s[^.!?;\ue000]{1,250},\s+(?:[a-z]+ly\s+)?")
# Letters a name may carry before a clause set off after it: "Jo Hart KC, for the council, said".
_POST_NOMINAL = r"(?:KC|QC|SC|MP|MSP|MS|AM|MEP|MLA|TD|OBE|MBE|CBE|Jr\.?|Sr\.?)"
# A clause set off between a subject and its verb that opens with a small word, so names inside it
# are not the subject: "Hart, who spoke to people close to Lind, said"; "Hart — like Lind — said".
# letters after the name first: "Jo Hart KC, for …,"
_PARENTHETICAL = re.compile(r"(?:\s+" + _POST_NOMINAL + r"(?=,))?"
                            r"(?:,\s\d{1,3}(?=,))?"  # an age first: "Jo Hart, 17, who has …, said"
                            r"(?:,\s+(?!(?:and|or|but|nor)\b)[a-z][^.!?;,\ue000]{0,250}"
                            r"(?:,[^.!?;,\ue000]{1,250}){0,3},|"
                            # a role owned by a name: "Hart, Lind's coach since she was eight, said"
                            r",\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s?\s+[a-z][^.!?;,\ue000]{0,250}"
                            r"(?:,[^.!?;,\ue000]{1,250}){0,2},|"
                            # a capitalised title: "Delane, Owner of Castlebridge Rovers, commented:"
                            r",\s+(?:[A-Z][a-z]+\s+){1,3}(?:of|at|for)\s+[^.!?;,\ue000]{1,120},|"
                            r"\s+[—–]\s*[a-z][^.!?;\ue000—–]{0,250}[—–]|\s+\([a-z][^.!?;\ue000()]{0,250}\))"
                            # an auxiliary before the verb: "Hart, who chairs the board, has declared"
                            r"\s+(?:(?:has|have|had)\s+(?:also\s+|since\s+|now\s+)?)?(?:[a-z]+ly\s+)?")
_Q = "\ue000"  # stands for a statement quote in a paragraph's frame
# A document or "it" as the subject of a reporting verb: its words are quoted, nobody speaks them.
_SAYS_VERBS = (r"concedes|conceded|says|said|states|stated|notes|noted|warns|warned|claims|claimed|reads|"
               r"read|argues|argued|admits|admitted|concludes|concluded|finds|found|describes|described|calls|"
               r"called")
# Verbs a named document goes on with, when they introduce its words ("The report adds that …", "the
# review recommends: …", "goes on to say"), not "the report added to the pressure"; never after "it",
# whose "added" may be any body's.
_DOCUMENT_GOES_ON = (r"(?:adds|added|recommends|recommended|suggests|suggested|cautions|cautioned|continues|"
                     r"continued|acknowledges|acknowledged|observes|observed|insists|insisted)"
                     r"(?=\s*(?:[:,]|that\b|" + _Q + r"))|(?:goes|went)\s+on\s+to\s+(?:say|warn|note)")
_THING_SAYS = re.compile(
    r"\b(?:(?P<it>[Ii]t)\s+(?:\w+\s+)?(?:" + _SAYS_VERBS + r")|[Tt]he (?:study|report|survey|document|letter|"
    r"ruling|filing|lawsuit|complaint|memo|review|audit|policy|contract|bill|law|analysis|paper|email|notice|"
    r"guidance|order|judgment|verdict|findings|minutes|agreement)\s+(?:\w+\s+)?(?:" + _SAYS_VERBS + "|"
    + _DOCUMENT_GOES_ON + r"))\b")
_NAMING_CHARS = 80  # between "called" and the quote that names the thing
# After "called": the quote within the same sentence ("called the city's contribution “…”").
_NAMING = re.compile(r"[^.!?" + _Q + r"]{1," + str(_NAMING_CHARS) + r"}" + _Q)
# A letter or digit: a frame without one outside its quote marks is all quote.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_COLON_Q = re.compile(r":\s{0,3}\ue000")
# A pull quote or epigraph credited with a dash: "“…” — Bo Hart" (a role may follow the name).
_DASH_CREDIT = re.compile(r"\s*\ue000\s*[—–]\s*|\s*\ue000\s*--?\s+")
# (or no dash, the credit a name set off by an age: "“…” Sam, 9, Carlisle", a readers' box's credit)
_AGED_CREDIT_AT = re.compile(r"\s*\ue000\s+(?=[A-Z][^,\ue000]{1,40},\s\d{1,3}(?:,|\.?\s*\Z))")
# After the credited name only a role, a place or a date, set off by a comma or in brackets, and no
# other quote: "“…” — Bo Hart, school board member", not "“Make It Great” — Hart wore the hat".
_CREDIT_END = re.compile(r"\s*(?:[,(][^.!?\ue000]{0,100})?[.)]?\s*")


@dataclass(frozen=True)
class Mention:
    """One quote or tweet as one document carries it, with who said it and why we think so."""

    doc_id: str
    paragraph: int
    speaker: str
    handle: str
    kind: str
    text: str
    date_expr: DateExpr | None
    date_inherited: bool = False
    signature_date: str = ""
    speaker_reason: str = ""
    speaker_basis: str = ""  # signature, named, descriptor, pronoun, unnamed, colon, continuation or weak
    part: int = 0  # the n-th speaker's quotes of a paragraph that quotes several people


_HEAD_PREPOSITIONS = frozenset(("of", "for", "at", "in", "on", "from", "to", "with"))


@dataclass(frozen=True)
class _Subject:
    """Who a span of a paragraph names: a known person, or an unnamed speaker (person None)."""

    start: int
    end: int
    name: str
    person: Person | None
    basis: str   # named, pronoun, descriptor, unnamed
    how: str     # the reason in words
    possessive: bool = False
    owned: bool = False  # "Lind's lawyer": the owner's name inside still counts as a mention
    role: str = ""  # a descriptor's role noun when it was resolved only as the last named ("farmer")


_MIN_SQUASHED = 6  # shorter squashed names ("bolind") match too many handles by chance


def _squash(name: str) -> str:
    """A name or handle as letters only, lower case: "@Ada_Lind87" and "Ada Lind" -> "adalind"."""
    return "".join(ch for ch in name.casefold() if ch.isalpha())


def _squashed_names(people: tuple[Person, ...]) -> dict[str, Person]:
    """Each person's full name and multi-word aliases squashed, for handles the config does not
    list (an Instagram account named after its owner); a squash two people share names nobody."""
    found: dict[str, set[Person]] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            key = _squash(name)
            if len(name.split()) > 1 and len(key) >= _MIN_SQUASHED:
                found.setdefault(key, set()).add(person)
    return {key: next(iter(owners)) for key, owners in found.items() if len(owners) == 1}


_TITLED_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\.?[ \t]+"
                             r"(?P<surname>[A-Z][\w’'-]+)")


def _with_surnames(people: tuple[Person, ...], outsiders: frozenset[Person] = frozenset()
                   ) -> tuple[tuple[Person, tuple[str, ...]], ...]:
    """Each person with their names and, when the config gives a surname only with a title ("Mr Vance",
    "Dr Osei"), the bare surname too, as reports write it after the first mention ("Vance said"),
    unless another person of the config goes by that word (a namesake met in the text leaves it)."""
    taken = {name for p in people for name in p.names}
    named = []
    for person in people:
        bare = [m.group("surname") for name in person.names if (m := _TITLED_SURNAME.fullmatch(name))]
        extra = tuple(dict.fromkeys(w for w in bare if w not in taken and not any(
            w in (q.name.split()[-1:] or [""]) for q in people if q != person and q not in outsiders)))
        named.append((person, tuple(sorted({*person.names, *extra}, key=len, reverse=True))))
    return tuple(named)


@dataclass
class _Tracker:
    """Who was named last, the last date phrase said of each speaker, descriptors learned."""

    people: tuple[Person, ...]
    descriptors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    last: dict[Person, None] = field(default_factory=dict)  # ordered: the most recent last
    context: dict[str, DateExpr] = field(default_factory=dict)
    by_handle: dict[str, Person] = field(default_factory=dict)
    by_name: dict[str, Person] = field(default_factory=dict)
    by_squashed: dict[str, Person] = field(default_factory=dict)  # "adalind" -> Ada Lind (see _squash)
    named: tuple[tuple[Person, tuple[str, ...]], ...] = ()  # each person with their names
    learned: dict[str, Person] = field(default_factory=dict)  # descriptor phrase or head -> person
    configured: dict[str, list[Person]] = field(default_factory=dict)  # role head -> people
    # role head -> the nouns before it in the config's descriptors ("race" of "the race director"; ""
    # when a descriptor has the head alone): see _other_compound
    compounds: dict[str, set[str]] = field(default_factory=dict)
    last_unnamed: str = ""
    pending: _Subject | None = None  # the subject of a paragraph that ended with a colon
    last_quote: tuple[int, _Subject, str] | None = None  # paragraph, speaker, basis of the last quote
    prior_quote: tuple[int, _Subject, str] | None = None  # the same of the paragraph quoted before that
    continuing: tuple[_Subject, str] | None = None  # speaker and basis of the previous paragraph's quote
    lead: tuple[int, _Subject] | None = None  # a paragraph without quotes and the person it is about
    leading: _Subject | None = None  # that person, when it is the paragraph just before
    about: tuple[int, _Subject] | None = None  # a paragraph and the person it is about, said or silent
    goes_by_it: bool = False  # a known speaker's pronoun is "it" (set from people)
    they_bodies: frozenset[Person] = frozenset()  # bodies of the config that go by "they"
    ambiguous_ages: set[str] = field(default_factory=set)  # "52-year-old" when two people are 52
    # people quoted by name whom the config does not know, of no known pronoun: never taken for a
    # pronoun or a role ("he", "the minister"), which are the cast's
    outsiders: frozenset[Person] = frozenset()
    personal: frozenset[Person] = frozenset()  # outsiders the text shows to be people (an age, a title)
    last_asked: bool = False  # the last quote was a question
    previous_text: str = ""  # the paragraph before
    companies: set[str] = field(default_factory=set)  # first words of the companies named in full so far
    quoted: tuple[str, ...] = ()  # the paragraph's short quotes, kept as words in its frame (a title, a name)
    unnamed_roles: dict[str, str] = field(default_factory=dict)  # role noun -> the unnamed holder's phrase
    behalf: tuple[_Subject | None, _Subject | None] = (None, None)  # spoken for "on X's behalf": here, before
    introduced: _Subject | None = None  # someone unnamed met after the last named person, paragraphs ago
    # a question reported in a paragraph without quotes ("Ms Cole asked her when …") and the paragraphs
    # all quote since: (the last such paragraph, who asks, who answers); see _exchange_of
    exchange: tuple[int, _Subject, _Subject] | None = None
    answered_at: int = -1  # the paragraph of the last exchange opened by a tagged answer (_answered_question)
    # the answerer went on untagged right after their tagged answer (no question next): the untagged quotes
    # after it are theirs, questions too, unless one calls them by name (then it is the asker's)
    answerer_holds: bool = False
    # minutes' chairs, as their list of those present marks them ("Cllr J. Moss (Chair)") or a line hands the
    # chair on ("In the Chair: Cllr Roe"): (the paragraph, the known person of that name or None, the name
    # as written); "The Chair said" is the one in the chair then (see _meeting_chairs); None for no minutes
    chairs: tuple[tuple[int, str, Person | None], ...] | None = None
    # people quoted as "the <role>" only for being named last: "the farmer said", then "the
    # hydrogeologist said" is someone else
    guessed_roles: dict[Person, str] = field(default_factory=dict)
    # people whose last mention was as an object ("spoke to Hart", "alongside Lind", "by Mr Osei"), and
    # the paragraph where each was last mentioned: a pronoun prefers a subject met as recently
    objects: set[Person] = field(default_factory=set)
    seen_at: dict[Person, int] = field(default_factory=dict)
    paragraph: int = 0

    def __post_init__(self) -> None:
        self.named = _with_surnames(self.people, self.outsiders | self.personal)
        # bodies a report may call "they" as British English does ("the Friends of the Pier … they"), known
        # for one by a body's noun among their descriptors
        self.they_bodies = frozenset(p for p in self.people if p.pronoun.lower() == "they" and any(
            phrase.lower().split()[-1:] and phrase.lower().split()[-1] in _BODY_HEADS
            for phrase in (*p.descriptors, *self.descriptors.get(p.name, ()))))
        self.goes_by_it = any(p.pronoun.lower() == "it" for p in self.people) or bool(self.they_bodies)
        for person in reversed(self.people):  # the first person with a handle owns it
            self.by_handle.update(dict.fromkeys(person.handles, person))
        self.by_name = {p.name: p for p in reversed(self.people)}
        self.by_squashed = _squashed_names(self.people)
        for person in self.people:
            for phrase in self.descriptors.get(person.name, ()):
                words = phrase.lower().split()
                if words:
                    self.learned.setdefault(" ".join(words), person)
                    # "the leader of the council", "the minister for heritage": the role noun is the
                    # word before the preposition ("leader"), never the place or body after it
                    cut = next((k for k, w in enumerate(words) if k > 1 and w in _HEAD_PREPOSITIONS),
                               len(words))
                    words = words[:cut]
                    self.configured.setdefault(words[-1], []).append(person)
                    self.compounds.setdefault(words[-1], set()).add(_modifier(words))

    def remember(self, person: Person, as_object: bool = False) -> None:
        self.last.pop(person, None)
        self.last[person] = None
        self.seen_at[person] = self.paragraph
        if as_object:
            self.objects.add(person)
        else:
            self.objects.discard(person)

    def latest(self) -> Person | None:
        """Who was named last."""
        return next(reversed(self.last), None)

    def by_pronoun(self, pronoun: str) -> Person | None:
        wanted = pronoun.lower()
        if wanted == "it":  # an organisation named before that goes by "it", never anyone else
            return next((p for p in reversed(self.last) if p.pronoun.lower() == "it"), None)
        candidates = [p for p in reversed(self.last)
                      if (not p.pronoun or p.pronoun == wanted) and p not in self.outsiders]
        if candidates and not candidates[0].pronoun:
            # "Cole said the cuts would cost the trust £2m. “…,” she said.": one known to go by the
            # pronoun, named as recently, before one of no known pronoun (a body named in passing)
            exact = next((p for p in candidates[1:] if p.pronoun == wanted), None)
            if exact is not None and self.paragraph - self.seen_at.get(exact, -9) <= 1:
                return exact
        if candidates:
            # "Lind arrived with Ada Voss. She told the room …": the subject, not the one she came with
            return next((p for p in candidates[1:] if candidates[0] in self.objects and p not in self.objects
                         and self.paragraph - self.seen_at.get(p, -9) <= 1), candidates[0])
        fits = [p for p in reversed(self.last) if p.pronoun.lower() != "it" and p.pronoun in ("", wanted)]
        # an outsider named in passing who goes by it ("Hart thanked Mary Cole. “…,” she said"), never
        # someone the text or the config gives the other pronoun; "she" is never the club, nor a name
        # only seen saying something ("Thames Water said")
        return next((p for p in fits if p in self.outsiders and p.pronoun == wanted), None) or next(
            (p for p in fits if p in self.personal), None)

    def body_named_last(self, noun: str) -> Person | None:
        """The organisation named last that a report may call by this noun ("the company", "the charity"):
        one that goes by "it" or a body that goes by "they"; a cause's noun ("the charity", "the campaign")
        never a business the config calls by a trade ("the developer")."""
        for person in reversed(self.last):
            if person.pronoun.lower() != "it" and person not in self.they_bodies:
                continue
            heads = {phrase.lower().split()[-1] for phrase in (*person.descriptors, *self.descriptors.get(
                person.name, ())) if phrase.split()}
            if noun in _CAUSE_NOUNS and heads & _TRADING_NOUNS and noun not in heads:
                continue
            return person
        return None

    def latest_of(self, people: list[Person] | None = None, pronoun: str = "",
                  human: bool = False) -> Person | None:
        """The most recently named person among these (any when None) who fits the pronoun; with
        `human`, never an organisation (pronoun "it": "the minister" is not the club)."""
        for person in reversed(self.last):
            if ((people is None or person in people) and (not pronoun or person.pronoun in ("", pronoun))
                    and not (human and person.pronoun.lower() == "it") and person not in self.outsiders):
                return person
        return None


# The head nouns of a body's descriptors ("the orchestra", "the union"): a config entry called so, of no
# pronoun, is an organisation, which a report calls "it", never "he" or "she".
_BODY_HEADS = ORG_NOUNS | frozenset((
    "council", "authority", "agency", "trust", "board", "police", "party", "union", "government", "ministry",
    "department", "commission", "court", "parliament", "assembly", "association", "school", "university",
    "college", "hospital", "committee", "society", "orchestra", "band", "choir", "ensemble", "team",
    "federation", "league", "institute", "museum", "gallery", "theatre", "festival", "bank", "regulator",
    "watchdog", "newspaper", "magazine", "service", "force", "office", "guild", "alliance",
    "coalition", "cooperative", "co-operative", "tribunal", "inquiry", "panel"))


def _as_body(person: Person, descriptors: Mapping[str, tuple[str, ...]]) -> Person:
    """A config entry of no pronoun that is an organisation, going by "it": its descriptors call it by a
    body's noun ("the orchestra", "the lender") or its name of two words or more ends in one ("… Players'
    Union") or in a business's word ("… Finance", "… Holdings")."""
    if person.pronoun:
        return person
    heads = {phrase.lower().split()[-1] for phrase in (*person.descriptors, *descriptors.get(person.name, ()))
             if phrase.split()}
    words = person.name.split()
    if heads & _BODY_HEADS or (len(words) > 1 and (_PUBLIC_BODY.fullmatch(words[-1])
                                                   or _BUSINESS_NAME.fullmatch(words[-1])
                                                   or words[-1].lower() in _BODY_HEADS)):
        return replace(person, pronoun="it")
    return person


def people_in_layout(layout: Layout, known: tuple[Person, ...]) -> tuple[Person, ...]:
    """Known people plus those who sign tweets in this document (surname as an alias)."""
    people = list(known)
    handles = {h for p in people for h in p.handles}
    names = {p.name for p in people}
    squashed = _squashed_names(known)
    for tweet in layout.tweets:
        words = [w for w in tweet.name.split() if any(ch.isalpha() for ch in w)]
        if (tweet.handle in handles or tweet.name in names or not words
                or _squash(tweet.handle) in squashed or _squash(tweet.name) in squashed):
            continue  # known, or a known person's name spelled in the handle or the display name
        surname = words[-1]
        people.append(Person(" ".join(words), (surname,), (tweet.handle,)))
        handles.add(tweet.handle)
        names.add(tweet.name)
    return tuple(people)


# Someone the config does not name, quoted by full name: an optional title, two or three capitalised
# words ("Karen Hollis", "Dr Elena Sarris", "Ian Tolley KC", "José Núñez", "Ron DeSantis"), as the
# subject of a reporting verb ("Karen Hollis, 51, said") or right after one that follows a quote
# ("…,” said local resident Karen Hollis).
_OUTSIDER_TITLE = (r"(?:(?:Mrs|Mr) Justice|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|"
                   r"Councillor|Rev|Reverend|Insp|Inspector|Sgt|Sergeant|Det|Judge|Sheriff)\.?\s+")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_OUTSIDER_TITLE_WORD = re.compile(r"Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|"
                                  r"Reverend|Insp|Inspector|Sgt|Sergeant|Det|Judge|Justice|Father|Sister|Brother|"
                                  r"Sheriff")
# A given name of two syllables joined by a hyphen, the second in lower case, as Cantonese, Mandarin and
# Korean names are romanised ("Wei-ming", "Chun-kit", "Min-seo"); not an English word that opens on a
# prefix ("Ex-wife", "Co-op", "Post-war", "Long-time").
_ENGLISH_PREFIX = (r"(?:Ex|Co|Post|Pre|Anti|Non|Self|Mid|Pro|Well|All|Re|De|Part|Full|Top|High|Low|Far|Old|"
                   r"Year|Day|Left|Long|Half|Semi|Vice|Big|Hard|Run|Lay|Sit|Set|Pop|Drop|Walk|Sign|Cut|Sub|"
                   r"One|Two|Six|Ten|Four|Five|Nine|Hand|Home|Sea|Fly|Lip|Eye|War|Mis|Neo)-")
# (nor a compound whose second part is an English noun of a person: "Team-mate", "Step-dad", "Co-star")
_ENGLISH_SECOND = (r"(?:mate|mates|dad|mum|mom|son|wife|man|men|boss|star|host|twin|kid|kids|pal|aunt|"
                   r"girl|boy|lady|lord)")
_HYPHENED_GIVEN = (rf"(?!{_ENGLISH_PREFIX})[{_UPPER}][{_LOWER}]{{1,3}}-(?!{_ENGLISH_SECOND}(?![\w-]))"
                   rf"[{_LOWER}]{{2,4}}(?![\w-])")
_CAPITAL_WORD = (rf"(?:{_HYPHENED_GIVEN}|(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+"
                 rf"(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?)")
# The small words a surname may open with, in the languages whose names have them: Irish "Ó Dálaigh",
# "Ní Bhriain", Dutch "de Boer", "van der Berg", Arabic "bin Salman" (a word of its own before the surname).
_NAME_PARTICLE = (r"(?:Ó|Ní|Nic|Mac|Mhic|Uí|[dD]e|[vV]an|von|der|den|del|della|da|di|du|dos|das|le|la|bin|"
                  r"ibn|bint|al|el|ter|zu)")
_SENTENCE_OPENERS = (r"(?:He|She|It|They|We|You|I|The|This|That|These|Those|There|Then|But|And|So|Yet|Now|"
                      r"His|Her|Its|Their|Our|My|A|An|In|On|At|As|If|When|After|Before|While|Since)")
_NOT_AFTER_PREPOSITION = (r"(?<!\bon )(?<!\bto )(?<!\bat )(?<!\bby )(?<!\bin )(?<!\bof )(?<!\bvia )"
                          r"(?<!\bfrom )(?<!\bwith )(?<!\bonto )(?<!\binto )")
_OUTSIDER_NAME = (rf"(?:(?P<title1>{_OUTSIDER_TITLE})(?P<name1>{_CAPITAL_WORD})(?![ \t]+[{_UPPER}])"
                  rf"|(?P<title>{_OUTSIDER_TITLE})?(?P<name>{_CAPITAL_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?"
                  rf"(?:{_NAME_PARTICLE}[ \t]+){{0,2}}{_CAPITAL_WORD}){{1,2}}"
                  # a surname after initials, as India and Ghana print names: "R. Venkatesan", "J. K. Osei"
                  # (a space after each stop: not "U.S. Congress"; nor a sentence after a letter's name:
                  # "posted on X. He wrote"; nor one letter after a preposition, the name of a thing ending a
                  # sentence: "shared the video on X. Morgan replied")
                  rf"|(?<![\w.])(?:[A-Z]\.[ \t]+[A-Z]\.[ \t]+|{_NOT_AFTER_PREPOSITION}[A-Z]\.[ \t]+)"
                  rf"(?!{_SENTENCE_OPENERS}\b){_CAPITAL_WORD}))"
                  r"(?P<suffix>[ \t]+(?:KC|QC|SC|MP|MSP|MEP|MLA|TD|Jr\.?|Sr\.?))?")
# The verbs of saying every list below has; each adds its own ("told" is no verb after a quote, "put it"
# only someone unnamed's, "tweeted" only in lower-case prose)
_SAY_CORE = r"said|says|added|adds|asked|replied|insisted"
_OUTSIDER_VERBS = (rf"(?:{_SAY_CORE}|told|tells|wrote|writes|argued|explained|"
                   r"warned|asks|replies|insists|explains|argues|answered|answers|advised|informed|"
                   r"admitted|admits|conceded|concedes|claimed|recalled|recalls|"
                   # a feature's and other Englishes' verbs: "Festival director Jo Pike reckons",
                   # "Mrs Ann Cole, now 84, noted that", "has stated", "pointed out"
                   r"reckons|reckoned|noted|notes|observed|observes|stated|states|declared|declares|"
                   r"pointed out|points out|opined|opines|"
                   # counsel's and a chair's: "Ms Dow suggested his account was “…”"
                   r"suggested|suggests)")
# (up to two asides set off: "Jo Pike, the group's leader, who tabled the motion, said")
_OUTSIDER_SUBJECT = re.compile(rf"\b{_OUTSIDER_NAME}(?:(?:,\s[^,.;:“”\"\ue000]{{1,80}}){{1,2}},|,)?"
                               # "the former chief scientist Sir Michael Hume, who said in a statement"
                               rf"(?P<who>,?\s+who)?\s+{_OUTSIDER_VERBS}\b")
# The rest of a who-clause up to its own quote: "who said in a statement that “…”", "who said: “…”" (not
# a quote after the clause has closed: "who said nothing, for the delay: “…”").
_WHO_CLAUSE_QUOTE = re.compile(r"[^.;:!?,\ue000]*[,:]?\s*\ue000")
# Words that stand between a subject and its verb without being the verb, or join a subject list:
# "Lind and Tom Rudd", "the mayor of Port Calder since 2019", "It was Tom Rudd".
_NOT_A_VERB = frozenset(("and", "or", "nor", "but", "of", "the", "a", "an", "in", "at", "on", "for", "from",
                         "with", "to", "by", "since", "as", "is", "are", "was", "were", "who", "whose"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
# A sentence's end before the next sentence's first word (not a lower-case one, "approx. ten", nor after a
# title or a place's dotted abbreviation: "Capt. Tom Rudd", "St. Ives").
_NEXT_SENTENCE = re.compile(r"[.!?](?<!\bCapt\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)"
                            r"(?<!\bProf\.)(?<!\bSgt\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bRev\.)"
                            r"(?<!\bCllr\.)(?<!\bInsp\.)(?<!\bDet\.)(?<!\bMt\.)[”\"’)]?\s+(?=[^a-z])")


def _after_a_subjects_verb(lead: str, known_words: set[str]) -> bool:
    """Whether the words of a sentence before a name hold a subject and its verb ("Lind rang", "she
    blamed", "the Council thanked"), which make the name the verb's object. A subject is a pronoun, a
    known person's name, or a capitalised word inside the sentence (its first word may be any noun:
    "Harbour engineer Tom Rudd")."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", lead)
    for k, (word, verb) in enumerate(zip(words, words[1:], strict=False)):
        if not verb[0].islower() or not verb[0].isalpha() or verb in _NOT_A_VERB:
            continue
        owner = re.search(r"[’']s\Z", word)  # "Lind's deputy, Tom Rudd": a role, no subject and verb
        if word.lower() in _SUBJECT_PRONOUNS or (word[0].isupper() and not owner
                                                 and (k > 0 or word in known_words)):
            return True
    return False


def _who_clause_is_his(m: re.Match[str], text: str, known_words: set[str]) -> bool:
    """Whether a name's "…, who said" makes him a speaker: he is his sentence's subject (or the last of
    its subject list: "Lind and Tom Rudd, who said"), or the clause carries its own quote ("The signatories
    include … Sir Tom Rudd, who said in a statement that “…”"). An object's clause ("Lind rang Tom Rudd,
    who said he would come") quotes no one, and makes him no speaker who might take the subject's next
    quote."""
    if _WHO_CLAUSE_QUOTE.match(text, m.end()):
        return True
    starts = [s.end() for s in _NEXT_SENTENCE.finditer(text) if s.end() <= m.start()]
    return not _after_a_subjects_verb(text[starts[-1] if starts else 0:m.start()], known_words)


# A full name with the firm they are of, as the subject: "consultant Jo Pike-Hart of Marl Partners says"
# (apart from _OUTSIDER_SUBJECT, so that "The Director of Place, Jo Pike, said" still finds Jo Pike).
_OUTSIDER_OF_FIRM = re.compile(rf"\b{_OUTSIDER_NAME}[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?{_CAPITAL_WORD}"
                               rf"(?:[ \t]+(?:&[ \t]+)?{_CAPITAL_WORD}){{0,3}}\s+{_OUTSIDER_VERBS}\b")
# A titled name finding or ruling, as a judge does: "Mrs Justice Harlow found that …" (titled only: "a
# survey in Port Calder found that" is no one's finding).
_OUTSIDER_FINDING = re.compile(rf"\b{_OUTSIDER_NAME}\s+(?:found|ruled|finds|rules)\s+that\b")
# A titled name opening its sentence as the subject of a verb with an object, then a participle of saying
# set off by a comma, whose subject that name is: "Judge Ann Rowe fined the firm 9,000 pounds on Friday,
# telling the court that …" (a lower-case verb right after the name: not "Tidewell Marine and Bo Hart,
# saying"; no stop, quote or clause break between).
_OUTSIDER_PARTICIPLE = re.compile(rf"(?:\A|(?<=[.!?]\s)|(?<=\n))\s*{_OUTSIDER_NAME}[ \t]+"
                                  r"(?!(?:and|or|but|who|which|whose|was|were|is|are)\b)[a-z]+(?:ed|t)\b"
                                  r"(?:[^.!?;:,\ue000\n]|(?<=\d)[,.](?=\d)){1,120},[ \t]*"
                                  r"(?:telling|saying|adding|insisting|warning|arguing|claiming|explaining)\b")
# A full name as the subject of a sentence about how they spoke, leading into a quote: "analyst
# Joanna Frith, of Brightwater Research, was more cautious. “…”" (only where the paragraph quotes).
_OUTSIDER_LEAD = re.compile(
    rf"\b{_OUTSIDER_NAME}(?:,\s[^,.;:“”\"\ue000]{{1,80}},)?\s+(?:(?:was|is|were|sounded)\s+(?:more|less)\s+[a-z]{{4,}}"
    rf"|(?:was|is|were|sounded)\s+(?:(?:more|less|even|far|"
    r"equally|rather|very|just as|no less)\s+)?(?:blunt|blunter|cautious|sympathetic|optimistic|pessimistic|"
    r"scathing|"
    r"critical|forthright|direct|dismissive|defiant|unrepentant|unimpressed|upbeat|sceptical|skeptical|candid|"
    r"frank|emphatic|angry|furious|measured|gloomy|hopeful|philosophical|damning|withering|"
    r"unmoved|unconvinced|unfazed|unperturbed|sanguine|scornful|brutal|relaxed|bullish|bearish)|took\s+a\s+"
    r"(?:different|harder|softer|similar|dim)\s+(?:view|line)|disagreed|agreed|put\s+it\s+(?:more\s+)?\w+)"
    r"[^.!?\ue000]{0,40}[.:,]\s*\ue000")
# A full name after a noun of a person or a title, doing something before a colon and a quote: "Opposition
# councillor Derek Lyle stands up: “…”" (a live blog's form; the noun or title is looked for before it).
# A full name asked a question, then the quote that answers it: "chief executive Jo Pell was asked whether
# the bank would return. “…”"
_OUTSIDER_ASKED = re.compile(rf"\b{_OUTSIDER_NAME}(?:,\s[^,.;:“”\"\ue000]{{1,80}},)?\s+(?:was|is|were)\s+"
                             r"(?:then\s+|later\s+|also\s+)?asked\s+(?:whether|if|what|why|how|when)\b"
                             r"[^.!?:\ue000]{0,160}[.?]\s*\ue000")
_OUTSIDER_COLON = re.compile(rf"\b{_OUTSIDER_NAME}(?:[ \t]+[a-z][\w’'-]*){{1,4}}[ \t]*:[ \t]*\ue000")
# A box of who said what: a paragraph opening on a full name, its affiliation set off after a comma, a
# colon and the quote ("Jo Pike, Harbour Watch: “…”", "Jo Pike, a neighbour: “…”"), no verb anywhere.
_OUTSIDER_BOX = re.compile(rf"\A\s*{_OUTSIDER_NAME},[ \t]+[^:;.!?\ue000\n]{{2,60}}:[ \t]*\ue000\s*\Z")
# A pull quote's credit under it, a dash and a full name, then at most a role or a place set off ("“…” —
# Lena Vos, chief executive"): the words are the name's (only under a quote that reads as a sentence, not a
# title's: "“Eleven Calls” — Channel Four" is no one's credit)
_OUTSIDER_DASHED = re.compile(rf"\A\s*\ue000\s*(?:[—–]|--?)\s*{_OUTSIDER_NAME}(?=\s*(?:[,(]|\.?\s*\Z))")
_QUOTE_WORD = re.compile(r"\w[\w’'-]*")
_SENTENCE_WORDS = 4  # a pull quote's fewest words: "We were never told."
# What a dash credit's name is when it is no person's: a publication's or an agency's name, a picture
# library's, a place with a year ("— North Tarn, 1985"), or the words a paper prints for a name it keeps back
_CREDIT_NOT_A_NAME = frozenset((
    "Standard Times Post Guardian Echo Herald Mail Telegraph Gazette Chronicle Observer Independent Express "
    "Mirror Courier Advertiser Argus Tribune Journal Review Magazine Weekly Daily Press News Record Bulletin "
    "Images Pictures Photos Photography Archive Archives Collection Library Museum Agency Media Studios "
    "Withheld Supplied Unknown Anonymous Redacted Changed "
    "North South East West Upper Lower Great Little Old New Port Saint").split())
_YEAR_AFTER = re.compile(r"\s*,\s*(?:c\.\s*)?\d{4}s?\b")
_BOX_LINE = re.compile(r"\s*[A-Z][^:;.!?\n“”\"]{2,90}:[ \t]*[“\"][^\n]*[”\"]\s*")
_BOX_LINES = 2  # a box quotes several people; one such line alone may be a label ("Live Updates, …:")


def _box_lines(paragraphs: tuple[str, ...] | list[str]) -> bool:
    """Whether the text has a box of who said what: _BOX_LINES paragraphs in a row, each a credit with a
    comma before its colon and a quote after it."""
    run = 0
    for para in paragraphs:
        run = run + 1 if _box_line(para) else 0
        if run >= _BOX_LINES:
            return True
    return False


# A street address set after a comma ("Kelp Hall, Quay Street"): a place's listing, not a credit
_STREET = re.compile(r",[ \t]+(?:\d+[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){1,3}"
                     r"(?:Street|St|Road|Rd|Lane|Avenue|Square|Place|Terrace|Row|Way|Parade|Crescent|Hill)\.?\Z")
_SPEECH_WORDS = 5  # a quote of fewer words is a notice or a label ("Sold out, returns only"), not speech


def _box_line(para: str) -> bool:
    """Whether a paragraph is one line of a box of who said what: a credit with a comma before its colon
    (not a place and its street) and a quote after it that reads as speech, a sentence of several words."""
    if not _BOX_LINE.fullmatch(para):
        return False
    credit, quote = para.split(":", 1)
    return ("," in credit and _STREET.search(credit.rstrip()) is None
            and len(quote.split()) >= _SPEECH_WORDS)


# A noun of a person, known by its ending: "solicitor", "meteorologist", "resident", "spokesperson".
_PERSON_NOUN = r"[a-z][a-z-]{1,30}(?:er|or|ist|ian|ant|ee|man|woman|person|ent|ive)"
# "Sarah Kemble, a solicitor specialising in …": a name set beside a noun of a person.
_OUTSIDER_APPOSED = re.compile(rf"\b{_OUTSIDER_NAME},\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                               rf"(?P<role>{_PERSON_NOUN})\b")
# A role set off before a full name: "the host, Leo Marsh"; "Hale's barrister, Clare Denton"; "Her
# lawyer, Femi Adebayo of Carver & Lowe, said"; "The chairman of the awards, Sir Graham Tolley, says"; "A
# spokeswoman for the council, Mary Quinn of Corrow Media, said" (not "…, Mary Quinn's label,": whose it is).
_OUTSIDER_ROLE_SET = re.compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?P<indefinite>[Aa]n?)|[{_UPPER}][\w’'-]*[’']s)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?P<role>{_PERSON_NOUN}|host|chair|head|boss|wife|husband|partner|son|daughter|friend|colleague|aide|"
    rf"deputy|chief|coach|judge|counsel|guest|expert|chef|clerk)"
    # (a body's name may list its fields: "the chair of the Science, Innovation and Technology Committee")
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+|,\s+[{_UPPER}][\w’'-]*){{0,5}})?"
    rf",\s+{_OUTSIDER_NAME}\b(?(indefinite)(?![’']s\b))")
_ROLE_SET_HINT = re.compile(r"[a-z],\s+[A-Z]")
_OUTSIDER_AGED = re.compile(rf"\b{_OUTSIDER_NAME},\s\d{{1,3}}(?=[,.;]|\s|$)")  # "Dennis Ward, 77,"
# A vox pop's or a children's page's speaker by a given name alone, set off by an age, opening a sentence:
# "Freya, 10, from Hexham, said: “…”", "Sam, 34, a teacher, says"; or crediting a reader's words under the
# quote: "“…” Sam, 9, Carlisle" (the age is what makes the one word a person's name)
_GIVEN_AGED = re.compile(rf"(?:\A\s*|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s))(?P<given>{_CAPITAL_WORD}),\s\d{{1,3}}"
                         rf"(?:,\s[^,.;:“”\"\ue000]{{1,60}})?,\s+{_OUTSIDER_VERBS}\b")
_AGED_CREDIT = re.compile(rf"\A\s*\ue000\s+(?P<given>{_CAPITAL_WORD})(?:[ \t]+(?P<surname>{_CAPITAL_WORD}))?"
                          rf",\s\d{{1,3}}(?:,\s[{_UPPER}][^,.;:!?\ue000]{{1,40}})?\.?\s*\Z")
# A role set off before the name that follows a verb: "said (the industry's former safety adviser,) Dame
# Rowena Clift", "says (the club's chief executive,) Jo Hart", "says (Pell & Lowe's head of buying,) Jo Hart".
_ROLE_SET_OFF = (r"(?:the|its|his|her|their|(?:[A-Z][\w-]*\s+(?:&\s+|and\s+|of\s+)?){0,3}[A-Z][\w-]*[’']s)"
                 r"\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s+")
# Verbs that credit a quote to whoever follows them ("“…,” asked Brenda Pollitt"; "says one dealer").
_AFTER_QUOTE_VERBS = rf"(?:{_SAY_CORE}|asks|replies|explained|recalled|admitted|warned)"
_OUTSIDER_AFTER = re.compile(rf"\ue000\s*,?\s*{_AFTER_QUOTE_VERBS}\s+"
                             # whose role it is, by a body's name: "said Town manager", "said Labour leader"
                             rf"(?:{_CAPITAL_WORD}[ \t]+(?=[a-z]))?"
                             rf"(?:(?:[a-z][\w-]*|[A-Z]{{2,5}})\s+){{0,3}}?"  # "said four-time US champion"
                             rf"(?:{_ROLE_SET_OFF})?{_OUTSIDER_NAME}\b")
# What each pattern needs somewhere in a paragraph, looked for first (a plain search is much cheaper
# than trying a name pattern at every capitalised word).
_AGE_HINT = re.compile(r",\s\d{1,3}(?=[,.;\s]|$)")
_APPOSED_HINT = re.compile(r",\s+an?\s")
_VERB_HINT = re.compile(rf"\b{_OUTSIDER_VERBS}\b")
_LEAD_HINT = re.compile(r"\b(?:was|is|were|sounded|took|disagreed|agreed|put)\b")
# Words that make a capitalised run no person's name: sentence openers, adverbs, days and months, bodies.
_NOT_A_NAME = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "When", "On", "In", "At", "After",
    "Before", "As", "If", "Then", "While", "Since", "Because", "For", "Speaking", "Asked", "Addressing",
    "According", "Meanwhile", "However", "Earlier", "Later", "Today", "Tonight", "Yesterday", "Last", "Next",
    "One", "Both", "Some", "Many", "Most", "Other", "Another", "His", "Her", "Their", "Its", "Our", "My",
    "Your",
    "Now", "Instead", "Still", "Here", "There", "Also", "Even", "Yet", "So", "Thus", "Indeed", "Again",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "University", "Council", "Police", "Court", "Department", "Ministry", "Office", "Union", "Club", "Trust",
    "News", "Times", "Post", "Guardian", "Echo", "Herald", "Mail", "Ltd", "Group", "Association", "Society",
    "Party", "Government", "Committee", "Board", "Commission", "Agency", "Service", "Services", "Centre",
    "Center", "School", "College", "Hospital", "Church", "Street", "Road", "House", "Square", "Park", "Bank",
    "Company", "Inc", "Corporation", "Foundation", "Institute", "Federation", "League", "Players", "Team",
    "Water", "Energy", "Airways", "Airlines", "Rail", "Railway", "Motors", "Holdings", "Partners", "Capital",
    "United", "City", "Rovers", "Villa", "Athletic", "Wanderers", "Hill", "Bay", "Valley", "Island",
    "Zealand",
    "Minister", "Secretary", "President", "Chancellor", "Mayor", "Chief", "Executive", "Spokesperson",
    "Spokesman", "Spokeswoman", "Officials", "Sources", "Friends", "Labour", "Conservative", "Tory", "Green",
    "Liberal", "Democrats", "Republican", "Democrat", "Senator", "Governor", "Judge", "Justice", "God",
    "Superintendent", "Bishop", "Rabbi", "Pastor", "Captain", "Sheriff", "Deputy", "Publican", "Speaker",
    "Coach", "Manager", "Chairman", "Chairwoman", "Chair", "Director", "Professor", "Doctor", "Inspector",
    # a document named like a person, whose words are no one's statement ("The Marsh Report said")
    "Report", "Review", "Study", "Survey", "Audit", "Dossier", "Memo", "Memorandum", "Manifesto", "Treaty",
    "Guidance", "Assessment", "Strategy", "Charter",
))
# A preposition or verb right before a name makes it an object: "a spokesperson for Halcyon Records
# told", "lawyers representing Karen Hollis said".
_OBJECT_WORD = re.compile(r"\b(?:for|of|from|at|by|with|to|about|against|told|asked|thanked|met|like|"
                          r"representing|"
                          r"defending|acting\s+for|on\s+behalf\s+of|instructed\s+by|behind|backing|supporting|"
                          r"versus|vs\.?|beat|beating|played|signed|joined|interviewed|quoting|quoted)\s+\Z",
                          re.I)
_OBJECT_REACH = 30  # characters before a name where its preposition may stand


def _outsiders(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...]
               ) -> tuple[list[Person], frozenset[Person]]:
    """People quoted by their full name whom the config and the tweets do not name (each with their
    surname as an alias unless it is someone's known name), and those of them the text shows to be
    a person (an age, a title, a noun of a person beside the name), who may be taken up by "he"."""
    known_words = {word for person in people for name in person.names for word in name.split()}
    known = {name for person in people for name in person.names}
    found: dict[str, Person] = {}
    personal: set[str] = set()
    boxed = _box_lines(paragraphs)
    for para in paragraphs:
        text = para
        for start, end, _ in reversed(find_quotes(para)):  # names inside a quote say nothing of who speaks
            text = text[:start] + _Q + text[end:]
        shown_as_person = [m for rx, hint in ((_OUTSIDER_AGED, _AGE_HINT), (_OUTSIDER_APPOSED, _APPOSED_HINT),
                                              (_OUTSIDER_ROLE_SET, _ROLE_SET_HINT))
                           if hint.search(text) for m in rx.finditer(text)
                           if m.re is _OUTSIDER_AGED or m.group("role") not in _NOT_SOMEONE]
        quoting = _Q in text
        for m in [*(m for m in (_OUTSIDER_SUBJECT.finditer(text) if _VERB_HINT.search(text) else ())
                    if (not m.group("who") or _who_clause_is_his(m, text, known_words))
                    and _suggests_speech(m, text)),
                  *(_OUTSIDER_OF_FIRM.finditer(text) if _VERB_HINT.search(text) else ()),
                  *(_OUTSIDER_AFTER.finditer(text) if quoting else ()),
                  *(m for m in (_OUTSIDER_DASHED.finditer(text) if quoting and _quotes_a_sentence(para)
                                else ()) if _dash_credits_a_person(m, text)),
                  *(_OUTSIDER_LEAD.finditer(text) if quoting and _LEAD_HINT.search(text) else ()),
                  *(_OUTSIDER_ASKED.finditer(text) if quoting and " asked " in text else ()),
                  *(m for m in (_OUTSIDER_FINDING.finditer(text) if " that" in text else ())
                    if m.group("title") or m.group("title1")),
                  *(m for m in (_OUTSIDER_PARTICIPLE.finditer(text) if quoting and ", " in text else ())
                    if m.group("title") or m.group("title1")),  # titled: "Harbour Watch rejected …" no one
                  *(_OUTSIDER_BOX.finditer(text) if boxed and quoting and ":" in text else ()),
                  *(m for m in (_OUTSIDER_COLON.finditer(text) if quoting and ":" in text else ())
                    if m.group("title") or m.group("title1")
                    or _ROLE_BEFORE_NAME.search(text, max(0, m.start() - 40), m.start())),
                  *shown_as_person]:
            person = _outsider(m, text, known, known_words) or _titled_namesake(m, text, people, paragraphs)
            if person is not None:
                found.setdefault(person.name, person)
                if m in shown_as_person or person.pronoun or _ROLE_BEFORE_NAME.search(text, 0, m.start()):
                    personal.add(person.name)
    for person in _aged_by_given_name(paragraphs, known_words):
        found.setdefault(person.name, person)
        personal.add(person.name)
    later = _named_once_then_quoted(paragraphs, known_words | {w for n in found for w in n.split()})
    outsiders = list(found.values()) + later
    return outsiders, frozenset(p for p in outsiders if p.name in personal)


# What "suggested" takes when it reports speech: a that-clause, a quote, or a clause with its own verb
# ("suggested his account was “…”"); not an object ("suggested a walk along the wall").
_SPEECH_AFTER_SUGGESTED = re.compile(r"\s*(?:[,:]?\s*\ue000|[^.!?;\ue000]{0,80}?\b(?:that|was|were|is|are|"
                                     r"had|has|have|would|could|should|might|may|must|will|can|did|does)\b)")


def _suggests_speech(m: re.Match[str], text: str) -> bool:
    """Whether a subject's verb reports speech: any verb of _OUTSIDER_VERBS does but "suggested", which
    also proposes a thing ("Tom Finn suggested a walk") and reports speech only before what was said."""
    if not re.search(r"suggest(?:ed|s)\Z", m.group(0)):
        return True
    return _SPEECH_AFTER_SUGGESTED.match(text, m.end()) is not None


def _titled_namesake(m: re.Match[str], text: str, people: tuple[Person, ...],
                     paragraphs: tuple[str, ...] | list[str]) -> Person | None:
    """Someone named by a title and a known person's surname the known person does not bear ("said Mr
    Vance" of a woman, "Lady Vance said"; see _titled_otherwise), as a speaker of their own: a namesake,
    unless the article gives the known person that title with their full name ("Sheriff Ruth Moss")."""
    title, name = (m.group("title1") or "").strip(), m.group("name1") or ""
    if not title or not name:
        return None
    bare = title.rstrip(".")
    bearers = [p for p in people if p.name.split()[-1] == name and len(p.name.split()) > 1]
    if not bearers or not all(_titled_otherwise(text, m.start("name1"), name, p) for p in bearers):
        return None  # ("Mr Tolley" of a father whose daughter is also known: his, not a namesake's)
    joined = "\n".join(paragraphs)
    if any(re.search(rf"(?<![\w’'-]){re.escape(bare)}\.?\s+{re.escape(p.name)}(?![\w’'-])", joined)
           for p in bearers):
        return None
    return Person(f"{bare} {name}", (), (), _pronoun_of_title(title))


def _quotes_a_sentence(para: str) -> bool:
    """Whether a paragraph's first quote reads as a sentence (four words or more, one in lower case), as
    a pull quote does, not as a title or a slogan in capitals."""
    quotes = find_quotes(para)
    words = _QUOTE_WORD.findall(quotes[0][2]) if quotes else []
    return len(words) >= _SENTENCE_WORDS and any(w[0].islower() for w in words)


def _dash_credits_a_person(m: re.Match[str], text: str) -> bool:
    """Whether a pull quote's dash credit (_OUTSIDER_DASHED) names a person: not a publication, an agency
    or a picture library ("— Evening Standard", "— Getty Images"), not a place dated by a year ("— North
    Tarn, 1985"), not a name kept back ("— Name Withheld")."""
    name = m.group("name") or m.group("name1") or ""
    return (not any(w in _CREDIT_NOT_A_NAME for w in name.split())
            and _YEAR_AFTER.match(text, m.end()) is None)


def _aged_by_given_name(paragraphs: tuple[str, ...] | list[str], known_words: set[str]) -> list[Person]:
    """The people a vox pop or a readers' box names by a given name set off by an age (_GIVEN_AGED,
    _AGED_CREDIT): "Freya, 10, from Hexham, said", "“…” Sam, 9, Carlisle" (no known person's name and no
    word that is never a name)."""
    found: list[Person] = []
    for para in paragraphs:
        text = para
        for start, end, _ in reversed(find_quotes(para)):
            text = text[:start] + _Q + text[end:]
        for m in [*_GIVEN_AGED.finditer(text), *_AGED_CREDIT.finditer(text)]:
            words = [w for w in (m.group("given"), m.groupdict().get("surname")) if w]
            if not any(w in known_words or w in _NOT_A_NAME for w in words):
                found.append(Person(" ".join(words), (), (), ""))
    return found


def _namesake(words: list[str], known: set[str]) -> bool:
    """Whether a first name and a surname may be someone other than the known person of that surname:
    the surname ends a known name and the first name is in none ("Mary Vance" when the config knows Tom
    Vance; _outsider also wants a word of kinship near: his wife)."""
    if len(words) != 2:
        return False
    first, surname = words
    return (any(name.split()[-1] == surname for name in known if " " in name)
            and not any(_short_form(first, w) for name in known for w in name.split()))


def _known_beside(text: str, words: list[str], known: Iterable[str]) -> bool:
    """Whether the known person of a surname is named in full, by another first name, in the same
    paragraph as "First Surname": two first names on one surname are two people ("said Kirsty Vance,
    who runs the café … and is Tom Vance's …") even where no word of kinship stands near."""
    surname, first = words[-1], words[0]
    if len(first) < 2 or not first.isalpha():
        return False  # an initial ("Councillor D. Vance") may be the known person's own
    return any(name.endswith(" " + surname) and name.split()[0] != first
               and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in known)


def _short_form(first: str, word: str) -> bool:
    """Whether two first names may be one person's: the same, or one the other's start ("Ros", "Rosalind";
    "Tom", "Tommy")."""
    return first == word or (min(len(first), len(word)) >= 3
                             and (first.startswith(word) or word.startswith(first)))


def _known_then_given(name: str, known: set[str]) -> bool:
    """Whether a name is a known person's full name with a hyphened given name after it, as Cantonese
    names are written in full ("Dennis Leung Ka-chun" for Dennis Leung), not a body named after them
    ("Van Duin Marine")."""
    return any(" " in k and name.startswith(k + " ") and _GIVEN_AFTER.fullmatch(name, len(k))
               for k in known)


def _outsider(m: re.Match[str], text: str, known: set[str], known_words: set[str]) -> Person | None:
    """The person a match of the outsider patterns names, or None when it is a known name, an
    object, a body or a place."""
    words = (m.group("name") or m.group("name1")).split()
    cut = max((k + 1 for k, w in enumerate(words)
               if w in _NOT_A_NAME or w.lower() in _ROLE_WORDS or (w.endswith("ly") and k < len(words) - 2)),
              default=0)
    if not cut and len(words) > 2 and re.fullmatch(_PERSON_NOUN, words[0].lower()):
        cut = 1  # "Midfielder Kyle Mensah, who …, was more forthcoming": a noun of a person before the name
    words = words[cut:]  # "Monday Karen Hollis said", "Separately Karen Hollis said": the name follows
    name = " ".join(words)
    title = "" if cut else (m.group("title") or m.group("title1") or "")
    if (len(words) < (1 if title else 2) or name in known or _known_then_given(name, known)
            or (words[-1] in known_words and not (_namesake(words, known) and (
                _KIN.search(text, max(0, m.start() - _KIN_REACH), m.end() + _KIN_REACH)
                or _known_beside(text, words, known)
                or _introduced_in_full(text, *m.span("name" if m.group("name") else "name1")))))
            or any(w in _NOT_A_NAME for w in words)
            or (m.re not in (_OUTSIDER_APPOSED, _OUTSIDER_ROLE_SET)
                and _OBJECT_WORD.search(text, max(0, m.start() - _OBJECT_REACH), m.start()))):
        return None
    if _own_initial(words, known):
        return None
    titled = (title + name + (m.group("suffix") or "")).strip()
    shown = titled if len(words) == 1 else name  # "Mrs Justice Farrow", "Karen Hollis"
    # (a namesake of a known person, "Mary Vance", leaves the bare surname to the one the config knows)
    # (a knight or a dame is called by the title and the given name after the first mention: "Dame Ruth")
    knighted = f"{title.strip()} {words[0]}" if title.strip() in ("Sir", "Dame") and len(words) > 1 else ""
    aliases = tuple(dict.fromkeys(a for a in (titled, words[-1], knighted)
                                  if a and a != shown and a not in known_words))
    return Person(shown, aliases, (), _pronoun_of_title(title))


def _own_initial(words: list[str], known: set[str]) -> bool:
    """Whether a name of initials and a surname is a known person's own ("A. Lind" for Ada Lind): the
    surname theirs and the first initial their given name's."""
    if not re.fullmatch(r"[A-Z]\.", words[0]):
        return False
    return any(full.split()[-1] == words[-1] and full[0] == words[0][0] for full in known if " " in full)


# A lowercase noun of a person right before a name: "resident Karen Hollis", "engineer Dennis Ward".
_ROLE_BEFORE_NAME = re.compile(r"\b[a-z][a-z-]{2,30}(?:er|or|ist|ian|ant|ee|man|woman|ent|ive|dent)\s+\Z")
# A surname alone as the subject of a reporting verb ("Hale asked."), after the full name was given
# in passing ("the presenter, Victoria Hale, asked him whether …").
_SURNAME_SUBJECT = re.compile(rf"\b(?P<surname>{_CAPITAL_WORD})\s+{_OUTSIDER_VERBS}\b")
_CAPITAL_BEFORE = re.compile(rf"[{_UPPER}][{_LOWER}]+[ \t]+\Z")
# (not the adjective after "the" or "a": "the Jamaican Shanice Forde" is Shanice Forde)
_FULL_NAME = re.compile(rf"\b(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?P<first>{_CAPITAL_WORD})[ \t]+"
                        rf"(?P<last>{_CAPITAL_WORD})\b")


def _named_once_then_quoted(paragraphs: tuple[str, ...] | list[str], taken: set[str]) -> list[Person]:
    """People the text names in full once and later quotes by surname alone."""
    text = "\n".join(paragraphs)
    surnames = {m.group("surname") for m in _SURNAME_SUBJECT.finditer(text)  # not "Karen Hollis said"
                if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())} - taken - _NOT_A_NAME
    if not surnames:
        return []
    full: dict[str, set[str]] = {}
    for m in _FULL_NAME.finditer(text):  # one pass: every "First Last" whose last word is such a surname
        first = m.group("first")
        if m.group("last") in surnames and first not in _NOT_A_NAME and first not in taken:
            full.setdefault(m.group("last"), set()).add(m.group(0))
    return [Person(names.pop(), (surname,)) for surname, names in sorted(full.items()) if len(names) == 1]


# Role words that open a sentence before a name ("Analyst Joanna Frith"): not part of the name.
_ROLE_WORDS = frozenset((*ROLE_NOUNS, *VOX_POP_ROLES, *UNNAMED_ROLES, *INDEFINITE_ROLES))


def _pronoun_of_title(title: str) -> str:
    """The pronoun a title gives ("Mrs" she, "Sir" he), or "" for none."""
    first = title.split()[0].rstrip(".").lower() if title.strip() else ""
    return {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "dame": "she",
            "lady": "she"}.get(first, "")


def _inch_mark_hidden(para: str) -> str:
    """The paragraph with one straight double mark hidden (same length) where the marks are odd and one
    right after a digit falls inside a straight-quoted passage: an inch mark ("I bought the 12" the day it
    came out," she said), not the passage's close."""
    marks = [k for k, ch in enumerate(para) if ch == '"']
    if len(marks) % 2 == 0:
        return para
    inch = next((at for n, at in enumerate(marks) if n % 2 == 1 and at and para[at - 1].isdigit()
                 and n + 1 < len(marks)), None)
    return para if inch is None else para[:inch] + "\u2033" + para[inch + 1:]


def find_quotes(para: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quotation: double quotes, else UK-style single quotes; single
    quotes too when every double quote sits inside one, as a paper quoting in single marks nests the
    words its speaker quotes ('I told them, "I would not fly this."')."""
    hidden = _inch_mark_hidden(para)
    found = [(m.start(), m.end(), para[m.start(2):m.end(2)]) for m in _DOUBLE.finditer(hidden)]
    if not found:
        return [(m.start(), m.end(), m.group(1)) for m in _SINGLE.finditer(para)]
    if "'" not in para and "‘" not in para:
        return found
    singles = [(m.start(), m.end(), m.group(1)) for m in _SINGLE.finditer(para)]
    if singles and all(any(s < start and end < e for s, e, _ in singles) for start, end, _ in found):
        return singles
    return found


_GIVEN_AFTER = re.compile(" " + _HYPHENED_GIVEN)  # a romanised given name after a full name


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as a whole word, not after `@`; the name comes first so a search skips ahead to it."""
    escaped = re.escape(name)
    return re.compile(rf"{escaped}(?<![\w@]{escaped})(?!\w)")


def _latest_bearer(frame: str, name: tuple[int, int, Person, bool], tracker: _Tracker
                   ) -> tuple[int, int, Person, bool]:
    """A surname several known people go by ("Mr Hart" of a father and his son) as the one of them the
    text named last, whom a reader takes it for (the config's order says nothing of whom it means);
    only among those a title before it fits."""
    spelled = frame[name[0]:name[1]]
    if " " in spelled:
        return name
    bearers = [p for p, names in tracker.named if spelled in names
               and not _titled_otherwise(frame, name[0], spelled, p)]
    latest = next((p for p in reversed(tracker.last) if p in bearers), None)
    if len(bearers) < 2 or latest is None:
        return name
    return (name[0], name[1], latest, name[3])


def _name_mentions(frame: str, named: tuple[tuple[Person, tuple[str, ...]], ...]
                   ) -> list[tuple[int, int, Person, bool]]:
    """(start, end, person, is_possessive) for every name in the frame: a longer name wins over a
    shorter one inside it ("Rovers Trust" over another's "Rovers"), then earlier people."""
    found: list[tuple[int, int, Person, bool]] = []
    taken: set[int] = set()
    spellings = _spellings(named)
    lowered: set[str] = set()
    if _lower_case_prose(frame):  # a post written all in lower case names people so ("kessel said")
        lowered = {n.lower() for n, _ in spellings if n != n.lower()} - {n for n, _ in spellings}
        spellings = tuple(sorted(spellings + tuple((n.lower(), p) for n, p in spellings if n != n.lower()),
                                 key=lambda pair: -len(pair[0])))
    capitals = _capital_spellings(frame, spellings)
    if capitals:  # "CALLANDER said on X that …": a name set in capitals for emphasis, in running text
        shouted = tuple((n.upper(), p) for n, p in spellings if n.upper() in capitals)
        spellings = tuple(sorted(spellings + shouted, key=lambda pair: -len(pair[0])))
    for name, person in spellings:
        if name not in frame:
            continue
        for m in _name_pattern(name).finditer(frame):
            if taken.intersection(range(m.start(), m.end())):
                continue
            if name in capitals and not _in_running_text(frame, m.start(), m.end()):
                continue  # a headline or a label set all in capitals ("WILL THE PIER REOPEN?")
            if name in lowered and (_DETERMINER_BEFORE.search(frame, 0, m.start()) or (
                    " " not in name and not _LOWER_VERB_AFTER.match(frame, m.end())
                    and not _LOWER_VERB_BEFORE.search(frame, 0, m.start()))):
                continue  # "the bishop said", "the wind rose.": a common word, not a surname in lower case
                # (a full name in lower case, "juniper asante is on our side", names its person anywhere)
            if " " not in name and _kin_first_name(frame, m.start(), person):
                continue  # "his wife, Mary Vance": another Vance, not the one the config knows
            if " " not in name and _titled_otherwise(frame, m.start(), name, person):
                continue  # "the judge, Lady Vance", "Mr Vance" of a woman: another Vance (or another
                # known person of that surname the title fits, who may still take it)
            if person.pronoun.lower() in ("he", "she") and _FIRM_AFTER.match(frame, m.end()):
                taken.update(range(m.start(), m.end()))
                continue  # "a spokeswoman for Van Duin Marine": a firm that bears the name, not its person
            given = _GIVEN_AFTER.match(frame, m.end()) if " " in name else None
            end = given.end() if given else m.end()  # "Dennis Leung Ka-chun": the known Dennis Leung
            taken.update(range(m.start(), end))
            found.append((m.start(), end, person, bool(_POSSESSIVE.match(frame, end))))
    return sorted(found, key=lambda f: f[0])


# The word after a surname that makes it a firm's name: "Van Duin Marine", "Hart & Sons", "Lind Homes Ltd".
_FIRM_AFTER = re.compile(r"[ \t]+(?:&|and[ \t]+Sons\b|(?:Marine|Group|Holdings|Construction|Homes|"
                         r"Developments|"
                         r"Ltd|Limited|Plc|PLC|LLP|Inc|Partners|Associates|Industries|Properties|Estates|"
                         r"Engineering|Shipping|Haulage|Transport|Foods|Farms|Motors|Builders|Contractors|"
                         r"Demolition|Solicitors|Sons|Brothers|Bros|Consulting|Logistics)\b)")
_KIN = re.compile(r"\b(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner|mum|"
                  r"mom|dad|cousin|niece|nephew|aunt|uncle|grandson|granddaughter|grandmother|grandfather|"
                  r"relative|namesake|ex-wife|ex-husband|twin|stepson|stepdaughter|stepfather|stepmother)s?\b",
                  re.I)
_KIN_REACH = 60  # characters either side of a surname where a word of kinship is looked for
_FIRST_NAME_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<first>[{_UPPER}][{_LOWER}]+)[ \t]+\Z")


# What introduces a full name as a person's the first time a report gives it: an age set off after it
# ("Mary Vance, 68, said"; _AGE_AFTER, defined with the ages below), a lower-case noun of a person
# before it ("retired fisherman Mary Vance").
# (an epithet at a sentence's start is an adjective, known by its ending: "Tearful", "Furious", "Grieving",
# "Heartbroken", "Tragic"; a given name with such an ending, "Eric", is left to the word of kinship)
_ADJECTIVE_ENDING = re.compile(r"(?:ful|ous|tive|sive|able|ible|less|ish|ken|ed|ing|ly|ic)\Z")
# The epithets a tabloid puts before a surname with no such ending: a feeling or a character ("Proud Hart,
# 52,"), an age or a standing ("Former", "Veteran"), a trade or a family role ("Builder", "Gran"). A closed
# class of common words, none of them a given name in use (not "Hope", "Joy", "Grace", "Frank", "Sunny")
_EPITHETS = frozenset((
    "proud brave angry defiant plucky distraught happy sad glad upset livid irate glum calm bold fierce "
    "feisty gutsy cheeky jolly lucky brilliant fit frail weary tired ill sick poorly ailing bereaved "
    "stricken humble modest loyal devoted doting kind keen avid clever smart gifted talented tireless "
    "resilient determined elated jubilant overjoyed thrilled relieved grateful stunned shocked "
    "former retired veteran elderly young old little tiny teenage teen local lone single widowed "
    "builder plumber farmer teacher nurse driver cabbie trader shopkeeper landlord landlady pensioner "
    "mum dad mother father gran granny grandad grandma grandpa widow widower hero tycoon millionaire "
    "heiress legend boss star ex top tv reality").split())
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?:;\n\ue000“”\"(\[—–-])\s*\Z")


def _introduced_in_full(frame: str, start: int, end: int) -> bool:
    """Whether the first name and surname at start..end are introduced as someone's own name, by an age
    or by a noun of a person before them: a namesake of the known person of that surname (his widow, his
    father), not a tabloid's capitalised epithet before the surname ("Heartbroken Vance said")."""
    return ((_AGE_AFTER.match(frame, end) is not None and _reads_as_given_name(frame, start))
            or _ROLE_BEFORE_NAME.search(frame, max(0, start - 40), start) is not None)


def _reads_as_given_name(frame: str, start: int) -> bool:
    """Whether the capitalised word at start is a given name, not an epithet: inside a sentence its capital
    is its own, as a name's is (an epithet there is in lower case: "said proud Hart"); at a sentence's
    start, where every word is capitalised, it must be no common word of the epithets' kind, by its
    adjective ending or as one of the closed class (_EPITHETS: "Proud", "Former", "Builder")."""
    first = _WORD.match(frame, start)
    if first is None:
        return False
    if _SENTENCE_OPENING.search(frame, max(0, start - 4), start) is None:
        return True
    word = first[0]
    return not _ADJECTIVE_ENDING.search(word) and word.lower() not in _EPITHETS


def _kin_first_name(frame: str, start: int, person: Person) -> bool:
    """Whether a known surname follows a first name that is not its person's, a word of kinship near
    ("his wife, Mary Vance" when the config knows Tom Vance): a relative. Not a title, a role, a day, a
    short word in a title-case line or a word that opens a sentence ("Councillor Vance", "Monday
    Vance", "Spoken To Vance", "Separately Vance")."""
    before = _FIRST_NAME_BEFORE.search(frame, max(0, start - 30), start)
    if before is None:
        return _kin_initial(frame, start, person)
    surname = _WORD.match(frame, start)
    if before is None or not (_KIN.search(frame, max(0, start - _KIN_REACH), start + _KIN_REACH)
                              or (surname is not None and _known_beside(
                                  frame, [before.group("first"), surname[0]], person.names))
                              or (surname is not None and _introduced_in_full(
                                  frame, before.start(), surname.end()))):
        return False  # ("Heartbroken Vance": a tabloid's epithet, no relative in sight)
    first = before.group("first")
    own = {w for name in person.names for w in name.split()}
    lower = first.lower()
    return (first not in _NOT_A_NAME and lower not in _ROLE_WORDS and lower not in _TITLE_WORDS
            and lower not in _TITLE_SMALL and lower not in _WHO_STOP and lower not in _DESCRIPTOR_STOP
            and lower not in _VERB_WORDS and not _OUTSIDER_TITLE_WORD.fullmatch(first)
            and not lower.endswith(("ly", "ed", "ing"))  # "Separately", "Fuming", "Said"
            and not any(_short_form(first, w) for w in own))  # his own, or "Ros" of "Rosalind"


_INITIAL_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<initial>[{_UPPER}])\.[ \t]*(?:[{_UPPER}]\.[ \t]*)?\Z")


# A title right before a surname: the person's own ("Ms Vance") or another's ("Lady Vance", "Mr Vance").
_NAME_TITLES = r"Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Judge|Sheriff|Justice|Baroness|Baron"
_TITLE_RIGHT_BEFORE = re.compile(rf"(?<![\w’'-])(?P<title>{_NAME_TITLES})\.?[ \t]+\Z")
_TITLE_PRONOUN = {"Mr": "he", "Sir": "he", "Lord": "he", "Baron": "he", "Mrs": "she", "Ms": "she",
                  "Miss": "she", "Dame": "she", "Lady": "she", "Baroness": "she"}
# Titles of rank or office, which a person the config knows by another title does not take in passing.
_RANK_TITLES = frozenset(("Sir", "Dame", "Lord", "Lady", "Judge", "Sheriff", "Justice", "Baroness", "Baron"))


def _with_titles_given(named: tuple[tuple[Person, tuple[str, ...]], ...], paragraphs: Sequence[str]
                       ) -> tuple[tuple[Person, tuple[str, ...]], ...]:
    """Each person's names with "Title Surname" for every title the text itself sets before their full
    name ("Sheriff Ruth Moss", then "Sheriff Moss"; "Judge Bo Hart" of the config's "Mr Hart"): a title
    the article joins to the person is theirs, no sign of a namesake (see _titled_otherwise)."""
    text = "\n".join(paragraphs)
    given = []
    for person, names in named:
        parts = person.name.split()
        if len(parts) < 2 or person.name not in text:
            given.append((person, names))
            continue
        titles = {m.group("title") for m in re.finditer(
            rf"(?<![\w’'-])(?P<title>{_NAME_TITLES})\.?[ \t]+{re.escape(person.name)}(?![\w’'-])", text)}
        extra = {f"{title} {parts[-1]}" for title in titles} - set(names)
        given.append((person, tuple(sorted({*names, *extra}, key=len, reverse=True)) if extra else names))
    return tuple(given)


def _sex_of_titled(person: Person) -> str:
    """A person's "he" or "she": the config's pronoun, else the one their own titles give ("Ms Vance"),
    "" when neither tells (or the titles disagree)."""
    if person.pronoun.lower() in ("he", "she"):
        return person.pronoun.lower()
    sexes = {_TITLE_PRONOUN.get(name.split()[0], "") for name in person.names if " " in name} - {""}
    return sexes.pop() if len(sexes) == 1 else ""


def _titled_otherwise(frame: str, start: int, name: str, person: Person) -> bool:
    """Whether a known surname stands under a title that is not its person's: one of the other sex ("Mr
    Vance" of a woman), or a title of rank or office ("Lady Vance", "Sheriff Vance") when the config
    gives the person titled names and none with that title: a namesake, such as a judge."""
    if name != person.name.split()[-1]:
        return False  # a given name under its person's own honorific ("Dame Ada" of Dame Ada Vance) is hers
    m = _TITLE_RIGHT_BEFORE.search(frame, max(0, start - 12), start)
    if m is None:
        return False
    title = m.group("title")
    if f"{title} {name}" in person.names:
        return False
    wanted = _TITLE_PRONOUN.get(title, "")
    sex = _sex_of_titled(person)
    if wanted and sex and sex != wanted:
        return True
    titled = [n for n in person.names if _TITLE_RIGHT_BEFORE.search(n.rsplit(" ", 1)[0] + " ")]
    return title in _RANK_TITLES and bool(titled)


def _kin_initial(frame: str, start: int, person: Person) -> bool:
    """Whether a known surname follows an initial that is not its person's, a word of kinship near ("her
    father, S. Vance" when the config knows Tom Vance): a relative, as a report names the elder one."""
    before = _INITIAL_BEFORE.search(frame, max(0, start - 8), start)
    if before is None or not _KIN.search(frame, max(0, start - _KIN_REACH), start + _KIN_REACH):
        return False
    given = {name.split()[0][:1] for name in person.names  # (a title's letter is no initial: "Ms Lind")
             if " " in name.strip() and not _OUTSIDER_TITLE_WORD.fullmatch(name.split()[0].rstrip("."))}
    return bool(given) and before.group("initial") not in given


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|"
                                r"every|each|any|no)\s+$", re.I)
# (a name in lower case is one only beside a verb of saying: "kessel said", "rosswell told", "said kessel")
_LOWER_VERBS = (rf"{_SAY_CORE}|told|tells|wrote|writes|asks|claimed|claims|replies|"
                r"insists|explained|explains|argued|argues|admitted|admits|posted|tweeted")
_LOWER_VERB_AFTER = re.compile(rf",?\s+(?:{_LOWER_VERBS})\b")
_LOWER_VERB_BEFORE = re.compile(rf"\b(?:{_LOWER_VERBS}|according to)\s+$")
_LOWER_WORDS = 8  # words outside quotes a frame needs before it is read as written in lower case
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")


def _lower_case_prose(frame: str) -> bool:
    """Whether a frame's own words (its quotations aside) are all in lower case."""
    if frame.lstrip()[:1].isupper():
        return False  # (most frames open with a capital: no need to read on)
    words = [w for w in _QUOTED_SPAN.sub(" ", frame).split() if w[:1].isalpha()]
    return len(words) >= _LOWER_WORDS and not any(w[:1].isupper() for w in words)


_CAPITALS_RUN = re.compile(rf"[{_UPPER}]{{3}}")
_TOKEN_BEFORE = re.compile(r"(\S+)\s+\Z")
_TOKEN_AFTER = re.compile(r"\s+(\S+)")


def _capital_spellings(frame: str, spellings: tuple[tuple[str, Person], ...]) -> set[str]:
    """The names of three letters or more that the frame sets in capitals ("CALLANDER", "DANNY DYER")
    where the config spells them otherwise."""
    if not _CAPITALS_RUN.search(frame):
        return set()
    return {upper for n, _ in spellings
            if (upper := n.upper()) != n and sum(c.isalpha() for c in n) >= 3 and upper in frame}


def _in_running_text(frame: str, start: int, end: int) -> bool:
    """Whether a name in capitals stands in running text: the word right before or after it has a
    lower-case letter ("soap star DANNY DYER has", "CALLANDER said"), as a headline's words do not."""
    before = _TOKEN_BEFORE.search(frame, max(0, start - 40), start)
    after = _TOKEN_AFTER.match(frame, end)
    return any(w is not None and any(c.islower() for c in w.group(1)) for w in (before, after))


@lru_cache(maxsize=64)
def _spellings(named: tuple[tuple[Person, tuple[str, ...]], ...]) -> tuple[tuple[str, Person], ...]:
    """Every name with its person, longest first (config order among equals); a name in lower case
    ("the Trust") also as it opens a sentence ("The Trust")."""
    pairs = [(v, person) for person, names in named for n in names
             for v in ((n, n[:1].upper() + n[1:]) if n[:1].islower() else (n,))]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


_DETERMINERS = frozenset(("the", "his", "her", "their", "a", "an"))


# A body's name that lists what it is "of" with a comma ("Ministry of Health, Labour and Welfare"): more
# capitalised words, the last after "and", and no comma after it (never a name set off: "…, Calder Lines,")
# but one opening a clause about the body ("…, Labour and Welfare, which runs it"), each one word (never
# people listed: "…, Bo Hart and Ada Lind"; known people's surnames are refused by _who)
_LISTED_PORTFOLIO = re.compile(r",[ \t]+(?:[A-Z][\w’'-]*[ \t]*,[ \t]+)*[A-Z][\w’'-]*[ \t]+(?:and|&)[ \t]+"
                               r"[A-Z][\w’'-]*(?![\w’'-]|[ \t]*,(?![ \t]+(?:which|who|whose)\b)|[ \t]+[A-Z])")


def _who(frame: str, start: int, names: frozenset[str] = frozenset()) -> str:
    """The organisation or person after "for" / "close to": an optional determiner, then a
    capitalised run ("the Port Calder Police Department") or up to two plain words ("the singer"); a
    body's listed name never holds one of the names (known people's: "the Department of Roads, Hart and
    Lind all said" lists people after the body)."""
    words: list[str] = []
    last = start
    for m in _WORD.finditer(frame, start, min(len(frame), start + 80)):
        word, lower = m.group(0), m.group(0).lower()
        if words and frame[m.start() - 1] not in " \t":
            break
        if words and _KNOWS_TAIL.match(frame, m.start() - 1):
            break  # "a source at the arena familiar with …": the place ends before what they know
        if words and "," in frame[last:m.start()]:
            of_body = "of" in words and words[-1][:1].isupper()
            listed = _LISTED_PORTFOLIO.match(frame, last) if of_body else None
            if listed is not None and names.intersection(re.findall(r"[\w’'-]+", listed.group(0))):
                listed = None  # "the Department of Roads, Hart and Lind all said": people after the body
            if listed is not None:  # "the Ministry of Health, Labour and Welfare": one body's own name
                words[-1] += ","
                words += listed.group(0).strip(", \t").split()
            break  # "a spokeswoman for the broadcaster, Carradine Media,": the body ends at the comma
        last = m.end()
        capitals = [w for w in words if w[:1].isupper()]
        if not words and lower in _DETERMINERS:
            words.append(word)
        elif word[:1].isupper() and (not words or capitals or words[-1].lower() in _DETERMINERS):
            words.append(word)
        elif capitals and lower in ("of", "and", "&"):
            words.append(word)
        elif (not capitals and words and lower not in _WHO_STOP and lower not in _VERB_FORM
              and not lower.endswith("ed") and len(words) < 3
              and not _VERB.match(frame, m.start())):  # "a pal of the dealer put it": "put it" is said
            words.append(word)
        else:
            break
        if len(words) >= 7:
            break
    while words and words[-1].lower() in _DETERMINERS | {"of", "and", "&"}:
        words.pop()
    return " ".join(words)


def _single_names(tracker: _Tracker) -> frozenset[str]:
    """The one-word names the known people go by ("Lind", "Ada")."""
    return frozenset(n for _, names in tracker.named for n in names if " " not in n)


def _knows_tail(frame: str, phrase: str, end: int) -> tuple[str, int]:
    """An unnamed speaker's phrase and its end, with what they know after where they are ("a source at
    the arena familiar with the hire agreement"): the words it names are inside the speaker's phrase."""
    tail = _KNOWS_TAIL.match(frame, end)
    known = _who(frame, tail.end()) if tail is not None else ""
    at = frame.find(known, tail.end()) if tail is not None and known else -1
    if tail is None or at < 0:
        return phrase, end
    return f"{phrase} {' '.join(tail.group(0).split())} {known}", at + len(known)


def _unnamed_phrase(m: re.Match[str]) -> str:
    """The words of an _UNNAMED match, one space apart (a bare "Sources" as written)."""
    if m.group("owner"):
        return " ".join(m.group(0).split())
    if m.group("hisart"):
        return " ".join(m.group(0).lower().split())
    if m.group("bare") or m.group("body") or m.group("counsel"):
        return m.group("bare") or m.group("body") or m.group("counsel")
    if m.group("iart"):
        art, mods, role, plural = m.group("iart"), m.group("imods"), m.group("irole"), m.group("iplural")
    else:
        art, mods, role, plural = m.group("art"), m.group("mods"), m.group("role"), m.group("plural")
    return " ".join(f"{art.lower()} {mods} {role}{plural or ''}".split())


_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told|replied|insisted|asked|asks|answered|"
                         r"shouted|shouts|yelled|yells|screamed|cried|heckled|called\s+out|whispered|"
                         r"muttered|interjected)\s+\Z")
_SET_OFF = re.compile(r"\s*,[^,.;:!?]{1,80},")


# Where an unnamed voice stands, after the words its phrase keeps: "(a man at the back) of the room".
_PLACE_TAIL = re.compile(r"(?:\s+(?:of|in|at|on|from|near|by|behind)\s+(?:the\s+|a\s+)?[a-z][\w-]*){1,2}"
                         r"(?=\s)")


# A participle after an object ("Hart thanked one supporter, saying …"): its subject is the clause's.
_PARTICIPLE_NEXT = re.compile(r"\s*,?\s*(?:[\w’'-]+\s+){0,3}?(?:telling|saying|adding|shouting|explaining|"
                              r"insisting|arguing|noting|calling|describing|writing)\b")

_BY_BEFORE = re.compile(r"\bby\s+\Z")  # "interrupted by a volunteer, saying …": the agent says it


def _object_participle(frame: str, start: int, at: int) -> bool:
    """Whether the person at `start`, whose words end at `at`, is an object followed by a participle
    that belongs to the clause's subject ("Lind thanked one supporter, saying …")."""
    participle = _PARTICIPLE_NEXT.match(frame, at)
    if participle is not None and re.search(r"\bwho\s[^,]*\Z", frame[start:participle.end()]):
        return False  # "Lind met a man who kept saying “…”": the participle of the man's who-clause
    return (participle is not None and not _opens_clause(frame, start)
            and not _BY_BEFORE.search(frame, max(0, start - 5), start))


def _spoken_to(frame: str, start: int) -> bool:
    """Whether the person at `start` is an object ("turned to a resident", "told a neighbour"), not
    a passive's agent ("heckled by a man shouting"), and does not open a clause."""
    before = _object_before(frame, start)
    return (before is not None and not before.group(0).lower().startswith("by")
            and not _opens_clause(frame, start)
            # who speaks in a who-clause of their own: "Lind met a man who kept saying “…”"
            and _WHO_OWN.match(frame, start) is None)


_WHO_OWN = re.compile(r"(?:[\w’'-]+\s+){1,4}?[\w’'-]+,?\s+who\s")


def _speaks(frame: str, start: int, end: int) -> bool:
    """Whether the person at frame[start:end] is the one speaking: right after a reporting verb
    ("said one skipper"), or before one or a colon in the same sentence, past a set-off clause
    ("another fisherman, mending nets, was blunt:"); not an object ("Lind hugged a supporter")."""
    if _SAID_BEFORE.search(frame, max(0, start - 14), start):
        return True
    if _spoken_to(frame, start):
        return False  # "Lind turned to a resident at the back and asked:": the resident is spoken to
    rest = re.split(r"[.;!?]", frame[end:end + 160], maxsplit=1)[0]
    skip = _SET_OFF.match(rest)
    rest = rest[skip.end():] if skip else rest
    place = _PLACE_TAIL.match(rest)  # "a man at the back of the room shouts": past "of the room"
    rest = rest[place.end():] if place else rest
    if _object_participle(frame, start, end + (skip.end() if skip else 0) + (place.end() if place else 0)):
        return False  # "Hart praised a volunteer, telling reporters:": the participle is Hart's
    return ":" in rest or _VERB.match(rest.lstrip()) is not None


# Anyone a noun of a person names right before a reporting verb: "a Met Office meteorologist said",
# "an airport porter told" (nouns of people by their endings; not "a letter said").
_SOMEONE_VERBS = (rf"(?:{_SAY_CORE}|told|tells|explained|warned|recalled|admitted|claims|claimed|revealed|"
                  r"reveals|wrote|called out|shouted|yelled|telling|saying|shouting|put\s+it|puts\s+it)")
_SOMEONE_NOUNS = (r"man|woman|person|chef|nurse|cook|guard|pal|friend|neighbour|neighbor|witness|fan|guest|"
                  r"parent|mum|mom|dad|"
                  r"mother|father|wife|husband|girl|boy|pupil|student|diner|customer|patient|local|colleague|"
                  r"insider|official|aide|nun|priest|medic|doctor|vet|judge|relative|bystander|regular|"
                  r"(?:flat|house|room|class|team|school|ship|work|band)?mate")
# What may stand between the noun and its verb: a place ("a man in the public gallery shouted"), a
# relative clause ("a woman who has worked there since it opened said"), "can be heard".
_SOMEONE_WHERE = (r"(?:\s+(?:in|at|from|on|outside|near|behind|inside|by)\s+(?:the\s+|a\s+)?"
                  r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
                  # what they were doing: "a young mum pushing a pram, who …, said"
                  r"|\s+[a-z]{2,}ing(?:\s+(?:a|an|the|his|her|their))?\s+[a-z][\w’'-]*(?=,)"
                  # a clause without "who": "a swimmer I know put it", "one mother we spoke to said"
                  r"|\s+(?:I|we)\s+(?:know|knew|met|spoke\s+to|talked\s+to|interviewed)"
                  # "a woman who has worked there since it opened said"; "a former floor manager, face
                  # blurred, who claims …" (the clause's own verb of saying)
                  r"|(?:,\s+[^,.;:!?“”\"\ue000]{1,40},)?\s+who(?:\s+[^,.;:!?“”\"\ue000]{1,120}?)?"
                  # set off by commas: "one user, who says he worked there for years, wrote"
                  r"|,\s+who\s+[^,.;:!?“”\"\ue000]{1,120}?(?=,)"
                  # "a man named only as Tom", "a woman identified only as Mrs K"
                  r"|,?\s+(?:named|identified|known|described)\s+(?:only\s+)?as\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?,?)?")
# The teller's own aside inside the sentence: "a retired curator, he recalls, leaned over and told him".
_SOMEONE_ASIDE = r",\s+(?:he|she|they|I|we)\s+(?:recalls|recalled|remembers|remembered|says|said),"
# A first deed joined by "and" to the telling: "a nurse had taken him aside and told him to …" (a past
# verb right after the noun, so "Hart met a nurse on the ward and told her" stays Hart's); never over a
# clause with a subject of its own ("Hart had left the room before she stood up and told": hers).
_SOMEONE_FIRST_DID = (r"\s+(?:had\s+)?(?:[a-z]{2,}ed|took|taken|came|come|went|gone|got|rang|sat|stood|drew|"
                      r"leant|leapt|shook|shaken|gave|given|spoke|spoken|broke|broken|drove|driven|"
                      r"held|met|left|put|walked)"
                      r"(?:\s+(?!(?:he|she|they|I|we|when|while|because|although|though|whereas|unless)\b)"
                      r"[\w’'-]+){0,7}?\s+and")
_SOMEONE_SAYS = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?"
                           # a place and a clause: "a contestant from that season, who asked not to be named,"
                           rf"(?P<noun>{_PERSON_NOUN}|{_SOMEONE_NOUNS})s?(?:{_SOMEONE_WHERE}){{0,2}}"
                           rf"(?=(?:{_SOMEONE_ASIDE})?(?:{_SOMEONE_FIRST_DID})?"
                           rf",?(?:\s+(?:can|could)\s+be\s+heard|\s+(?:was|is)\s+heard|\s+(?:has|have|had))?"
                           rf"\s+{_SOMEONE_VERBS}\b)")  # "…, an old flatmate has revealed"
# Someone a first-person writer calls by a noun of a person with "my" (a column, a newsletter, a letter):
# "My editor, who is wiser than me, said", "my neighbour told me" (not one named right after it: "my
# wife, Ada Lind, said" is hers; nor a thing: "my letter said").
_MY_SOMEONE = re.compile(rf"\b(?P<np>[Mm]y\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                         rf"(?P<noun>{_PERSON_NOUN}|{_SOMEONE_NOUNS}))"
                         rf"(?:,\s+who\s+[^,.;:!?“”\"\ue000]{{1,120}},)?"
                         rf"\s+(?:[a-z]+ly\s+)?{_SOMEONE_VERBS}\b")
# Someone the text says it will not name, whatever their noun: "an anonymous coordinator", "one unnamed
# steward"; a speaker of their own wherever they stand.
_ANONYMOUS_SOMEONE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:anonymous|unnamed|"
                                rf"unidentified)\s+(?:[\w-]+\s+)?(?P<noun>{_PERSON_NOUN}|{_SOMEONE_NOUNS})\b")
# One of a group just mentioned, with no noun: "Residents were asked … One wrote: “…”", "Another said",
# "and one of them added" (opening its sentence or clause).
_LONE_ONE = re.compile(rf"\b(?P<np>(?:One|Another|one|another)(?:\s+of\s+(?:them|those|us|the\s+[a-z]+))?)"
                       rf"(?=,?\s+{_SOMEONE_VERBS}\b)")
# What opens the clause of a lone "One": the frame's start, a stop, a colon, a quote or "and" (looked
# for in a few characters before it, so a long run of spaces costs no more than a short one).
_LONE_OPENS = re.compile(rf"(?:[.!?:;]\s+|{_Q}\s*|,?\s+and\s+)\Z")
_LONE_REACH = 12
_SOMEONE_HINT = re.compile(rf"\b{_SOMEONE_VERBS}\b")  # what _SOMEONE_SAYS needs, looked for first
# Someone met by a noun of a person in a sentence of their own about their mood, their words to follow in
# the paragraph: "At the jetty, one regular was less forgiving. “…?” she asked."
_SOMEONE_BEAT = re.compile(rf"\b(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?"
                           rf"(?P<noun>{_PERSON_NOUN}|{_SOMEONE_NOUNS}))"
                           # what they were doing, where, and an aside: "A woman queueing for returns, who
                           # gave her name only as Margaret, was less forgiving of the orchestra."
                           r"(?:\s+[a-z]{2,}ing(?:\s+[\w’'-]+){0,4}?)?"
                           rf"(?:{_SOMEONE_WHERE})?(?:,\s+who\s+[^,.!?“”\"]{{1,60}},)?"
                           r"\s+(?:was|were|seemed|sounded|looked|is|are|seems|sounds|looks)"
                           r"\s+(?:(?:less|more|far|much|even|rather|not|so)\s+)?[a-z]+"
                           r"(?:\s+(?:of|about|with|towards?|on)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s*[.!:]")
_BEAT_OPENS = re.compile(r"(?:\A\s*|[.!?]\s+|\ue000\s*)(?:[A-Z][^,.!?\ue000]{0,40},\s+)?\Z")
# The same noun credited after its quote: "“…,” says one London dealer, who asked not to be named."
# (or written: "“…,” wrote one user", "“…,” posted another commenter", as reactions online are quoted)
_SOMEONE_AFTER = re.compile(rf"{_Q}\s*,?\s*(?:{_AFTER_QUOTE_VERBS}|shouted|yelled|called\s+out|cried|heckled"
                            r"|wrote|writes|posted|posts|commented|comments|tweeted)"
                            rf"\s+"
                            rf"(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?"
                            rf"(?P<noun>{_PERSON_NOUN}|{_SOMEONE_NOUNS})|(?P<noun2>some(?:one|body)))\b")
# Whoever is credited right after the quote, before the verb: "“…,” his wife said", "“…,” someone
# shouted", "“…,” the crowd chanted". The credit after a quote is that quote's; a person named in the
# sentence before ("Hart shrugged.") is not who speaks it.
_CREDIT_NOUN = (rf"{_SOMEONE_NOUNS}|crowd|voice|audience"
                rf"|[a-z][a-z-]{{1,30}}(?:er|or|ist|ian|ee|man|woman|person)"
                r"|resident|student|president|agent|protester|sister|brother|son|daughter|partner|supporter")
_CREDITED_AFTER = re.compile(rf"{_Q}\s*,?\s*(?P<np>(?:(?:his|her|their|the|an?|one|another)\s+"
                             rf"(?:[a-z][\w’'-]*\s+){{0,2}}?(?P<noun>{_CREDIT_NOUN})s?"
                             rf"|(?P<bare>some(?:one|body)|counsel)))"  # (a court's "counsel asked")
                             rf"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}},)?"
                             rf"\s+(?:[a-z]+ly\s+)?(?:{_SOMEONE_VERBS}|chanted|chants|sang|cried|screamed|"
                             rf"whispered|muttered|heckled|called)\b")
# Any noun after an indefinite article, credited right beside its quote, is someone unnamed: "“…,” one
# grip said", "“…,” said a sparks" (the nouns of _NOT_SOMEONE excepted: "“…,” a statement said").
_ANY_NOUN = r"(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][a-z-]{2,}))"
_ANY_CREDITED_AFTER = re.compile(rf"{_Q}\s*,?\s*{_ANY_NOUN}\s+(?:[a-z]+ly\s+)?{_SOMEONE_VERBS}\b")
_ANY_VERB_FIRST = re.compile(rf"{_Q}\s*,?\s*{_AFTER_QUOTE_VERBS}\s+{_ANY_NOUN}(?=\s*[,.;:!?]|\s*$)")
_CROWD = frozenset(("crowd", "voice", "audience"))  # "the crowd" is never a person named before
_NOT_SOMEONE = frozenset(("letter", "paper", "newspaper", "poster", "banner", "flyer", "filter", "order",
                          "number",
                          "folder", "chapter", "computer", "document", "statement", "comment", "government",
                          "agreement", "announcement", "department", "parliament", "element", "moment",
                          "report",
                          "monitor", "indicator", "sensor", "calculator", "counter", "trailer", "newsletter",
                          "cover", "headline", "incident", "event", "investment", "management",
                          "post", "sign", "email", "note", "message", "tweet", "notice", "memo", "text",
                          "card", "placard", "caption", "study", "survey", "review", "source", "version",
                          "line", "draft", "ruling", "judgment", "verdict", "motion", "bill", "law", "rule",
                          "policy", "plan", "proposal", "website", "page", "book", "film", "song", "video",
                          "recording", "transcript", "summary", "briefing", "guide", "label", "warning",
                          # papers that say things in court or through a door, no person
                          "petition", "leaflet", "pamphlet", "brochure", "lawsuit", "suit", "filing",
                          "complaint", "claim", "affidavit", "dossier", "contract", "lease", "invoice",
                          "bulletin", "manifesto", "charter", "treaty", "editorial", "column", "article",
                          "obituary", "advert", "release", "minutes", "agenda", "poll", "chart", "map"))


def _someone_says(frame: str, taken: list[tuple[int, int]]) -> list[_Subject]:
    """Unnamed speakers named only by a noun of a person before the verb ("a meteorologist said")."""
    found: list[_Subject] = []
    last_q = frame.rfind(_Q)
    beats = [(m.start("np"), m.end("np"), m.group("noun")) for m in _SOMEONE_BEAT.finditer(frame, 0, last_q)
             if _BEAT_OPENS.search(frame, max(0, m.start() - 60), m.start())] if last_q > 0 else []
    if not beats and not _SOMEONE_HINT.search(frame) and not (_Q in frame and (
            _CREDITED_AFTER.search(frame) or _SOMEONE_AFTER.search(frame) or _ANONYMOUS.search(frame))):
        return found
    spans = [(m.start(), m.end(), m.group("noun")) for m in _SOMEONE_SAYS.finditer(frame)
             # "Lind turned to a resident and asked:": one spoken to is no speaker
             if not _spoken_to(frame, m.start())]
    spans += [(m.start("np"), m.end("np"), m.group("noun") or m.group("noun2"))
              for m in _SOMEONE_AFTER.finditer(frame)]
    spans += [(m.start("np"), m.end("np"), m.group("noun")) for m in _MY_SOMEONE.finditer(frame)
              if not any(s <= m.start("np") < e for s, e, _ in spans)]
    spans += [(m.start("np"), m.end("np"), "one") for m in _LONE_ONE.finditer(frame)
              if ((m.start() <= _LONE_REACH and not frame[:m.start()].strip())
                  or _LONE_OPENS.search(frame, max(0, m.start() - _LONE_REACH), m.start()))
              and not any(s <= m.start("np") < e for s, e, _ in spans)]
    spans += [beat for beat in beats if not any(s <= beat[0] < e for s, e, _ in spans)]
    anonymous = [(m.start(), m.end(), m.group("noun")) for m in _ANONYMOUS_SOMEONE.finditer(frame)
                 if not any(s <= m.start() < e for s, e, _ in spans)] if _ANONYMOUS.search(frame) else []
    spans += anonymous  # "a line from an anonymous coordinator quoted on page nine: “…”"
    if _Q in frame:
        spans += [(m.start("np"), m.end("np"), m.group("noun") or m.group("bare"))
                  for m in _CREDITED_AFTER.finditer(frame)  # "the X" refers back: a descriptor's
                  if not m.group("np").lower().startswith("the ")
                  and not any(m.start("np") <= s < m.end("np") for s, _, _ in spans)]
        spans += [(m.start("np"), m.end("np"), m.group("noun"))
                  for pattern in (_ANY_CREDITED_AFTER, _ANY_VERB_FIRST) for m in pattern.finditer(frame)
                  if not any(m.start("np") <= s < m.end("np") or s <= m.start("np") < e for s, e, _ in spans)]
    for start, end, noun in sorted(spans):
        if noun in _NOT_SOMEONE or any(s <= start < e for s, e in taken):
            continue
        if _object_participle(frame, start, end):
            continue  # "Lind thanked one supporter, saying …": an object; the participle is Lind's
        phrase = _BARE_WHO.sub("", " ".join(frame[start:end].split()))  # "a floor manager, face blurred, who"
        found.append(_Subject(start, end, phrase, None, "unnamed", f"unnamed: {phrase}"))
    return found


_BARE_WHO = re.compile(r"(?:,\s[^,]*,)?\s+who\Z")  # a who-clause whose verb is the reporting verb


# A body the config does not know, by its name, speaking: "The Waterworks Federation, an industry body,
# said …" (its own speaker; outsiders are people, so a body's name is never one)
# (a company's legal or trading form: "Ardent Holdings", "Brook Group", "Tarn Securities")
_COMPANY_FORMS = r"Holdings|Group|plc|PLC|Ltd|Limited|Inc|Corporation|Industries|Partners|Securities"
_BODY_WORDS = (r"Federation|Association|Society|Institute|Foundation|Commission|Authority|Committee|League|"
               rf"Alliance|Coalition|Confederation|Council|Union|Trust|Board|Agency|{_COMPANY_FORMS}")
# Initials that stand for a person, not a body: "the MP said", "the PM said", "the CEO said", "the GP said";
# an office a named person holds in the law, the police or public health: "the DA", "the SIO", "the PCC",
# "the DPP", "the CMO" (each a title for one holder, as "the chief constable" is)
_PERSON_INITIALS = (r"(?:MP|MPs|MSP|MEP|MLA|AM|TD|PM|DPM|GP|DJ|MC|QC|KC|SC|PC|DC|DI|DCI|DS|DSU|CEO|CFO|"
                    r"CTO|COO|CIO|MD|VP|RSM|SNCO|OC|CO|DG|PS|PA|"
                    r"DA|ADA|AG|SG|DPP|SIO|DSI|CC|DCC|ACC|PCC|PCSO|CMO|DCMO|CNO|CSA|CSO|PPS|SVP|EVP|GM)")
_BODY_SAYS = re.compile(rf"(?P<np>\b(?:[Tt]he[ \t]+)?(?:(?:[{_UPPER}][\w’'&-]*[ \t]+){{1,4}}(?:{_BODY_WORDS})"
                        # "the Department for Heritage", "the Ministry of Defence", "the Office for Roads"
                        rf"|(?:Department|Ministry|Office|Commission|Agency|Authority)[ \t]+(?:of|for)[ \t]+"
                        rf"(?:the[ \t]+)?[{_UPPER}][\w’'-]*"
                        rf"(?:[ \t]+(?:and[ \t]+)?[{_UPPER}][\w’'-]*){{0,3}}"
                        # a body by its initials after "the": "the TRO said", "the FCA said in its notice"
                        rf"|[Tt]he[ \t]+(?!{_PERSON_INITIALS}(?![\w’'-]))[A-Z]{{2,6}}(?![\w’'-])))"
                        rf"(?:,[ \t][^,.;:!?\ue000]{{1,60}},)?[ \t]+(?:said|says|told|added|insisted|warned|"
                        r"argued|claimed|stated|wrote)\b")


def _bodies_say(frame: str, tracker: _Tracker, taken: list[tuple[int, int]]) -> list[_Subject]:
    """Bodies the config does not know, named as the subject of a speech verb (_BODY_SAYS); never one
    holding a known name ("Harbour Council" of the cast is named) nor one after a preposition."""
    if not any(w in frame for w in ("said", "says", "told", "added", "insisted", "warned", "argued",
                                   "claimed", "stated", "wrote")):
        return []
    found: list[_Subject] = []
    for m in _BODY_SAYS.finditer(frame):
        np = m.group("np")
        if (any(s <= m.start() < e for s, e in taken) or _as_object(frame, m.start())
                or _in_quotation_marks(np, tracker.quoted)
                or any(name in np for _, names in tracker.named for name in names)
                or _names_in_any_case(np, tuple(name for _, names in tracker.named for name in names))):
            continue
        body = _body_by_last_word(np, tracker, f"{tracker.previous_text}\n{frame[:m.start()]}")
        if body is not None:  # "The Northern Seabird Trust … The Trust said:": the body named so
            found.append(_Subject(m.start(), m.end("np"), body.name, body, "descriptor",
                                  f"descriptor '{np}' → {body.name} (the last word of its name)"))
            continue
        found.append(_Subject(m.start(), m.end("np"), np, None, "unnamed",
                              f"unnamed: {np} (a body the config does not know)"))
    found += _bodies_by_first_word(frame, tracker, taken + [(s.start, s.end) for s in found])
    return found + _known_bodies_say(frame, tracker, taken + [(s.start, s.end) for s in found])


def _in_quotation_marks(np: str, quoted: tuple[str, ...]) -> bool:
    """Whether a body's name stands inside one of the paragraph's short quotes, as a work's title does ("the
    sitcom “Quayside Ltd”", "the play “Brook and Sons Ltd”"): no body of that name, and none speaking."""
    name = re.sub(r"\A[Tt]he[ \t]+", "", np)
    return any(name in inner for inner in quoted)


def _names_in_any_case(np: str, names: tuple[str, ...]) -> bool:
    """Whether a body's name holds a known name as whole words in any case: "The Ferry Users' Group" holds
    the alias "the Ferry Users' Group" (a paragraph opening on it capitalises the article)."""
    return _any_name_in_lower_case(names).search(np.lower()) is not None


@lru_cache(maxsize=16)
def _any_name_in_lower_case(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the known names in lower case as whole words, compiled once for a config's names (a
    pattern per name per body's name was most of the time a report of many "X Holdings said" took)."""
    alternatives = "|".join(re.escape(name.lower()) for name in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alternatives or '(?!)'})(?![\w’'-])")


# A company's name in full, its first word kept: "Ardent Holdings", "Lowfold Building Group" (not after
# "the": "the Petra Vane Trust", "the Brook Valley Group" are named for a person or a place, and a report
# shortens them to "the trust", never to their first word)
_COMPANY_NAMED = re.compile(rf"(?<![Tt]he )\b(?P<first>[{_UPPER}][\w’'&-]+)"
                            rf"(?:[ \t]+[{_UPPER}][\w’'&-]*){{0,3}}[ \t]+(?:{_COMPANY_FORMS})\b")


def _company_firsts(para: str) -> set[str]:
    """The first words of the companies a paragraph names in full (_COMPANY_NAMED)."""
    return {m.group("first") for m in _COMPANY_NAMED.finditer(para)
            if m.group("first") not in _NOT_A_NAME and m.group("first").lower() not in ("the", "a", "an")}


def _bodies_by_first_word(frame: str, tracker: _Tracker, taken: list[tuple[int, int]]) -> list[_Subject]:
    """A company the config does not know, called by the first word of the name given in full before, in
    this paragraph or any earlier one ("Ardent Holdings … Ardent said in a statement that"), as a report
    shortens a company's name: the company's own words, unnamed (not a word that is a known person's name,
    nor one after a preposition)."""
    firsts = tracker.companies | _company_firsts(frame)
    known = {w for _, names in tracker.named for name in names for w in name.split()}
    found: list[_Subject] = []
    for first in sorted(firsts - known):
        for m in re.finditer(rf"\b{re.escape(first)}(?={_BODY_VERB})", frame):
            if (any(s <= m.start() < e for s, e in taken) or _as_object(frame, m.start())
                    or frame[m.end():m.end() + 1].isalpha()):
                continue
            found.append(_Subject(m.start(), m.end(), first, None, "unnamed",
                                  f"unnamed: {first} (a body not in the config, named in full before)"))
    return found


_BODY_VERB = (r"(?:,[ \t][^,.;:!?\ue000]{1,60},)?[ \t]+(?:said|says|told|added|insisted|warned|argued|"
              r"claimed|stated|wrote)\b")


def _known_bodies_say(frame: str, tracker: _Tracker, taken: list[tuple[int, int]]) -> list[_Subject]:
    """A body of the config called by the last word of its name, whatever the word, as the subject of a
    speech verb: "The Prize said:", "the festival said in a statement" for "Wexcombe Prize" and "Kelp
    Festival" (the words _BODY_SAYS knows aside); the word in lower case too, as most papers write it,
    but only for a body named in full in the text before (the paragraph and the one before it)."""
    words = {p.name.split()[-1] for p in tracker.people if p.pronoun.lower() in ("it", "they")
             and len(p.name.split()) > 1 and p.name.split()[-1][:1].isupper()
             and not re.fullmatch(_BODY_WORDS, p.name.split()[-1])}
    found: list[_Subject] = []
    for word in sorted(words):
        lower = word.lower()
        pattern = re.compile(rf"\b[Tt]he[ \t]+(?P<word>{re.escape(word)}|{re.escape(lower)})(?={_BODY_VERB})")
        for m in pattern.finditer(frame):
            if any(s <= m.start() < e for s, e in taken) or _as_object(frame, m.start()):
                continue
            if m.group("word") == lower and not _named_in_full_before(
                    f"{tracker.previous_text}\n{frame[:m.start()]}", word, tracker):
                continue  # "the prize said" only once the Wexcombe Prize was named
            np = f"the {word}"
            body = _body_by_last_word(np, tracker, f"{tracker.previous_text}\n{frame[:m.start()]}")
            if body is not None:
                shown = frame[m.start():m.end()]
                found.append(_Subject(m.start(), m.end(), body.name, body, "descriptor",
                                      f"descriptor '{shown}' → {body.name} (the last word of its name)"))
    return found


def _named_in_full_before(before: str, word: str, tracker: _Tracker) -> bool:
    """Whether a known body whose name ends in the word is named in full in the text before, with no
    other one of the kind introduced after it ("a second, smaller festival"), which "the festival"
    would then mean instead."""
    full = [before.rfind(p.name) for p in tracker.people if p.name.split()[-1] == word]
    last = max(full, default=-1)
    if last < 0:
        return False
    another = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\b[^.!?;:\n\ue000]{{0,40}}?"
                         rf"\b{re.escape(word.lower())}\b")
    return another.search(before, last) is None


def _body_by_last_word(np: str, tracker: _Tracker, before: str) -> Person | None:
    """The known body a report calls by the last word of its name with a capital ("the Trust", "the
    Authority" of "Northern Seabird Trust", "Civil Aviation Authority"): the one of those named last,
    else the only one the config has; None for a body's name of its own ("the Rail Users' Association")
    or where the last body of that word named just before (in the text before: the paragraph and the
    one before it) is one the config does not know ("the Fishermen's Welfare Board … The Board said")."""
    words = np.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    bodies = [p for p in tracker.people if p.pronoun.lower() in ("it", "they")
              and len(p.name.split()) > 1 and p.name.split()[-1] == words[1]]
    if not bodies or _another_body_named_last(before, words[1], bodies):
        return None
    return next((p for p in reversed(tracker.last) if p in bodies), bodies[0] if len(bodies) == 1 else None)


def _another_body_named_last(text: str, word: str, bodies: list[Person]) -> bool:
    """Whether the last full name in a text that ends in a body's word ("Fishermen's Welfare Board") is
    none of the known bodies' names or aliases of that word."""
    names = [_body_name_part(m.group(0).split()) for m in
             re.finditer(rf"(?:[{_UPPER}][\w’'&-]*[ \t]+){{1,4}}{re.escape(word)}\b", text)]
    names = [name for name in names if name != word]
    if not names:
        return False
    known = [name for body in bodies for name in (body.name, *body.aliases)]
    return not any(names[-1] == name or names[-1].endswith(" " + name) for name in known)


# Words a capital at a sentence's opening or a date gives, never a word of a body's name: "At
# Tuesday's Board meeting", "Several Board members", "The Board", "Last year's Board".
_NOT_IN_BODY_NAMES = frozenset((
    "the", "a", "an", "at", "in", "on", "of", "for", "to", "by", "from", "with", "after", "before", "since",
    "until", "during", "under", "over", "and", "but", "or", "as", "when", "while", "if", "so", "then",
    "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your", "every", "each",
    "all", "both", "some", "several", "many", "most", "few", "no", "any", "other", "another", "last",
    "next", "whole", "entire", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december"))


def _body_name_part(words: list[str]) -> str:
    """The words of a capitalised run that can name a body: those after the last that only a
    sentence's opening or a date capitalises ("At Tuesday's Board" → "Board"; "Fishermen's Welfare
    Board" whole)."""
    bare = [re.sub(r"[’']s?\Z", "", w).casefold() for w in words]
    cut = max((k + 1 for k, w in enumerate(bare) if w in _NOT_IN_BODY_NAMES), default=0)
    return " ".join(words[cut:])


def _unnamed(frame: str, tracker: _Tracker) -> list[_Subject]:
    """Unnamed speakers: "a spokesperson for X", "a source close to X"; "the insider" is the last
    unnamed speaker named before, when there is one."""
    found = _unnamed_roles(frame, tracker)
    found += _bodies_say(frame, tracker, [(s.start, s.end) for s in found])
    found += _someone_says(frame, [(s.start, s.end) for s in found])
    found += _role_holders(frame, tracker, [(s.start, s.end) for s in found])
    found += _offices_of_bodies(frame, tracker, [(s.start, s.end) for s in found])
    found += _lettered_witnesses(frame, [(s.start, s.end) for s in found])
    taken = [(s.start, s.end) for s in found]
    found += [_Subject(m.start(), m.end("first"), f"{m.group('kin').lower()}, {m.group('first')}", None,
                       "unnamed", f"unnamed: {m.group('kin').lower()}, {m.group('first')} (a relative "
                       "named by first name)") for m in _KIN_NAMED.finditer(frame)
              if not _inside(m.start(), taken) and not _known_name(m.group("first"), tracker)]
    taken = [(s.start, s.end) for s in found]
    found += [_Subject(m.start(), m.end("kin"), m.group("kin").lower(), None, "unnamed",
                       f"unnamed: {m.group('kin').lower()} (a relative, unnamed)")
              for m in _KIN_SAYS.finditer(frame)
              if not _inside(m.start(), taken) and not _relative_named_after(frame, m, tracker)]
    return sorted(found, key=lambda s: s.start)


# A witness an inquiry or a court keeps anonymous by a noun of a person and a capital letter, speaking:
# "Witness A told the inquiry", "Soldier F said", "Patroller B told the review".
_LETTERED = re.compile(rf"\b(?P<np>(?P<noun>[{_UPPER}][{_LOWER}]+(?:[ \t][{_UPPER}][{_LOWER}]+)?)[ \t]"
                       rf"[{_UPPER}])(?![\w’'.-])"
                       r"(?=,?[ \t]+(?:(?:had|has|also|later|then)[ \t]+)?(?:said|says|told|tells|added|"
                       r"recalled|recalls|wrote|writes|stated|states|explained|claimed|described|admitted)\b)")


# Things labelled by a letter whose nouns end as a doer's do ("Chapter C states", "Tower B", "Sector D").
_LETTERED_THINGS = frozenset(("chapter", "number", "tower", "quarter", "sector", "server", "computer",
                              "register", "corner", "floor", "meter", "counter", "container", "trailer",
                              "vector", "factor", "monitor", "door", "river", "water", "power", "center",
                              "centre", "theater", "theatre", "cluster", "layer", "tier"))


# An adverb that opens a sentence ("Finally", "Separately", "Previously", "Reportedly"), not a noun that
# ends in -ly ("Family Member D").
_FRONTED_ADVERB = re.compile(r"[A-Z][a-z]+(?:ally|ately|ently|antly|ously|ively|edly|ingly)")


_LETTERED_HOW = "(an anonymised witness)"


def _lettered_witnesses(frame: str, taken: list[tuple[int, int]]) -> list[_Subject]:
    """Anonymised witnesses named by a noun of a person and a letter (_LETTERED): each a speaker of their
    own ("Witness A"). The noun must be one of a person ("Section B said", "Tower C" are no one)."""
    found: list[_Subject] = []
    for m in _LETTERED.finditer(frame):
        noun = m.group("noun").split()[-1].lower()
        if _inside(m.start(), taken) or not (noun in _ROLE_WORDS or noun in ("soldier", "pilot", "victim")
                                             or (_AGENT_NOUN.fullmatch(noun) and noun not in _NOT_SOMEONE
                                                 and noun not in _AGENT_LOOKALIKES
                                                 and noun not in _LETTERED_THINGS)):
            continue
        start, first = m.start(), m.group("noun").split()[0]
        if first != m.group("noun") and (first in _NOT_A_NAME or _FRONTED_ADVERB.fullmatch(first)):
            start = m.start("noun") + len(first) + 1  # "Later Soldier F", "Finally Witness C": an adverb
        name = frame[start:m.end("np")]
        found.append(_Subject(start, m.end("np"), name, None, "unnamed",
                              f"unnamed: {name} {_LETTERED_HOW}"))
    return found


# The sex a word of kinship gives its holder: "her father" is a "he"
_KIN_HE = frozenset(("husband", "son", "father", "brother", "dad", "widower", "fiancé", "grandfather",
                     "grandad", "granddad"))
_KIN_SHE = frozenset(("wife", "daughter", "mother", "sister", "mum", "mom", "widow", "fiancée", "grandmother",
                      "gran", "nan", "grandma"))


def _relative_named_after(frame: str, kin: re.Match[str], tracker: _Tracker) -> bool:
    """Whether the paragraph names, after "Her father said …", someone known who may be that relative
    ("Her father said the family were “overwhelmed”. “…,” Pryce said."): not the one whose relative he is
    (the last named that "her" fits: "Her father said: “…” Lind, 24, now trains in Oban."), nor anyone
    of the other sex."""
    words = kin.group("kin").split()
    owner_pronoun = {"his": "he", "her": "she"}.get(words[0].lower())
    fits = [p for p in tracker.last
            if owner_pronoun and p.pronoun == owner_pronoun and p not in tracker.outsiders]
    owner = fits[-1] if fits else None
    sex = "he" if words[-1].lower() in _KIN_HE else "she" if words[-1].lower() in _KIN_SHE else ""
    return any(start >= kin.end("kin") and person not in tracker.outsiders and person != owner
               and not (sex and person.pronoun in ("he", "she") and person.pronoun != sex)
               for start, _, person, _ in _name_mentions(frame, tracker.named))


def _known_name(word: str, tracker: _Tracker) -> bool:
    """Whether a word is one of the names a known person goes by ("His wife Sian said" when the config
    calls Sian Hart "Sian": that person, named, not an unnamed relative)."""
    return any(word in names for _, names in tracker.named)


# A relative set off with their first name before a verb of saying: "His wife, Sian, said …"
# ("Her mum Grace, 51, fumed:", UK papers' form with no commas and an age; "Her husband Derek was not so
# sure." before the quote, a view on the matter with no verb of saying; a feeling or a trait, "was angry",
# "was generous", only before a colon that opens the words, for alone it says how they are, not a view)
_KIN_NAMED = re.compile(r"\b(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:estranged|late|former|ex-)[ \t]*)?"
                        r"(?:wife|husband|partner|son|daughter|"
                        r"mother|father|brother|sister|mum|mom|dad|widow|widower|fiancée?|grandmother|"
                        r"grandfather|gran|nan|grandma|grandad|granddad))(?:[ \t]*,)?[ \t]+"
                        r"(?P<first>[A-Z][a-z]+)(?:,[ \t]+\d{1,3})?,?"
                        # ("his daughter, Carol, who said: “…”": the relative's verb is the reporting one)
                        r"(?=[ \t]+(?:who[ \t]+)?(?:[a-z]+ly[ \t]+)?(?:said|says|told|tells|added|adds|wrote|"
                        r"writes|fumed|fumes|raged|rages|blasted|blasts|insisted|insists|recalled|recalls|"
                        r"explained|admitted|posted|tweeted)\b"
                        r"|[ \t]+(?:was|is|were)[ \t]+(?:(?:not|less|more|far|rather|even|much)[ \t]+)?"
                        r"(?:so[ \t]+)?"
                        r"(?:(?:sure|convinced|certain|blunt|blunter|forthright|scathing|critical|"
                        r"unimpressed|unmoved|philosophical|defiant)[ \t]*[.:,]"
                        r"|(?:angry|furious|kinder|generous)[ \t]*:))")


# A relative of someone named, unnamed, opening a sentence before a verb of saying: "Her father said …",
# "His mother, a retired nurse, told the Courier …" (a name set off after it is that person: _apposition)
_KIN_SAYS = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=\ue000\s))(?P<kin>(?:His|Her|Their)[ \t]+"
                       r"(?:wife|husband|partner|son|daughter|mother|father|brother|sister|mum|mom|dad|widow|"
                       r"widower|fiancée?|grandmother|grandfather|gran|nan|grandma|grandad|granddad|parents))"
                       r"(?:,(?:[^,.;:!?\ue000]|(?<=\b[A-Z])\.){1,80},)?"  # (an initial's stop inside)
                       r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:has[ \t]+|had[ \t]+)?"
                       r"(?:said|says|told|tells|added|adds|wrote|writes|recalled|recalls|explained|admitted|"
                       r"insisted|insists)\b")


# The holder of a body's office, unnamed: "The director of the Saltmarsh Sessions told councillors",
# "the chief executive of Northwind said" (the body named after "of" does not speak).
_ROLE_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<role>director|chief executive|executive|"
                      r"head|chair|chairman|chairwoman|chairperson|president|manager|owner|founder|leader|"
                      r"secretary|treasurer|principal|headteacher|editor|publisher|producer|coach|captain)"
                      r"\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})")


def _role_holders(frame: str, tracker: _Tracker, taken: list[tuple[int, int]]) -> list[_Subject]:
    """Office holders named by their office and a body the config knows, when no configured
    descriptor ends with that office (those are resolved to their person elsewhere)."""
    found: list[_Subject] = []
    if " of " not in frame and " at " not in frame:
        return found
    for m in _ROLE_OF.finditer(frame):
        role = m.group("role").lower().split()[-1]
        if role in tracker.configured or any(s <= m.start() < e for s, e in taken):
            continue
        if not any(m.group("body").startswith(name) or name.startswith(m.group("body"))
                   for _, names in tracker.named for name in names):
            continue  # only a known body: "the head of the household" names nobody
        end = m.end()
        for _ in range(2):  # "The head of the Lind campaign told": the body is "the Lind campaign"
            nxt = _NEXT_WORD.match(frame, end)
            if nxt is None or nxt.group(1) in _VERB_WORDS or nxt.group(1) in _BODY_STOP:
                break
            end = nxt.end()
        phrase = " ".join(frame[m.start():end].split())
        found.append(_Subject(m.start(), end, phrase, None, "unnamed", f"unnamed: {phrase}"))
    return found


# An office of a body named by its possessive, its holder the subject of a verb of saying: "Harbourlight's
# CEO said", "Quayline's chief executive has claimed" (a business's or a body's officer, not a person named)
_BODY_OFFICE = re.compile(
    rf"\b(?P<body>(?:[{_UPPER}][\w&-]*[ \t]+){{0,3}}[{_UPPER}][\w&-]*)[’']s[ \t]+"
    r"(?P<other>[a-z][\w-]*[ \t]+)?"
    r"(?P<role>chief[ \t]+executive|CEO|boss|chief|director|chairman|chairwoman|chairperson|chair|"
    r"president|founder|head|manager|owner)"
    r"(?=[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:said|says|told|tells|claimed|claims|insisted|insists|"
    r"added|wrote|writes|warned|argued|accused|called)\b)")


def _offices_of_bodies(frame: str, tracker: _Tracker, taken: list[tuple[int, int]]) -> list[_Subject]:
    """The holder of an office of a body the text names by its possessive ("Harbourlight's CEO said"),
    speaking: the person a config descriptor says holds it ("the chief executive of Harbourlight"), else
    an unnamed speaker, never the person named nearest. A known person's possessive ("Hart's manager")
    names that person's manager, and a known body's office holder is _role_holders'."""
    found: list[_Subject] = []
    if "’s " not in frame and "'s " not in frame:
        return found
    for m in _BODY_OFFICE.finditer(frame):
        body = " ".join(m.group("body").split()).removeprefix("The ").removeprefix("the ")
        if _inside(m.start(), taken) or body in _NOT_A_NAME or not body:
            continue
        if any(name == body or name.endswith(" " + body) for _, names in tracker.named for name in names):
            continue  # a known person's or body's office: the known name's own readings
        phrase = " ".join(m.group(0).split())
        other = _another_officer(m.group("other"))
        holder = None if other else _office_in_config(body, m.group("role"), tracker)
        if holder is not None:
            found.append(_Subject(m.start(), m.end(), holder.name, holder, "descriptor",
                                  f"descriptor '{phrase}' → {holder.name} (config: the office of {body})"))
        else:
            found.append(_Subject(m.start(), m.end(), phrase, None, "unnamed", f"unnamed: {phrase}"))
    return found


# Words before an office that keep it the office itself ("Quayline's new CEO"); any other word makes it
# another officer of the body ("former", "deputy", "finance", "acting", "vice"), not the config's holder.
_SAME_OFFICE = {"new", "own", "current", "present", "longtime", "long-time", "outspoken"}


def _another_officer(word: str | None) -> bool:
    """Whether the word before an office makes its holder another officer than the office's own one
    ("Quayline's former CEO", "Quayline's deputy chief", "Quayline's finance director")."""
    return word is not None and word.strip().lower() not in _SAME_OFFICE


_OFFICE_WORDS = {"ceo": "chief executive", "boss": "chief executive", "chief": "chief executive",
                 "chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}


def _office_in_config(body: str, role: str, tracker: _Tracker) -> Person | None:
    """The one person whose config descriptors give them this office of this body ("CEO of Harbourlight",
    "the Harbourlight chief executive", "Harbourlight's boss"), or None."""
    def office(words: str) -> str:
        key = " ".join(words.lower().split())
        return _OFFICE_WORDS.get(key, key)
    wanted, name = office(role), body.lower()
    holders = set()
    for person in tracker.people:
        for phrase in (*person.descriptors, *tracker.descriptors.get(person.name, ())):
            text = " ".join(phrase.lower().replace("’", "'").split())
            text = text.removeprefix("the ")
            for form in (rf"(?P<role>[a-z ]+?) (?:of|at) {re.escape(name)}",
                         rf"{re.escape(name)}'s (?P<role>[a-z ]+)", rf"{re.escape(name)} (?P<role>[a-z ]+)"):
                hit = re.fullmatch(form, text)
                if hit is not None and office(hit.group("role")) == wanted:
                    holders.add(person)
    return next(iter(holders)) if len(holders) == 1 else None


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
# Function words that end a body's name (the words a description and a "who" clause stop at).
_BODY_STOP = _DESCRIPTOR_STOP | _WHO_STOP | {"or", "have", "could", "also", "then"}


_AND_BEFORE = re.compile(r"\band\s+\Z")


_SPOKES = re.compile(r"spokes(?:person|man|woman|people)")
_COUNSEL_WORDS = frozenset(("counsel", "lawyer", "barrister", "solicitor"))
# Roles that only say someone will not be named; they may call back one another.
_ANONYMOUS_ROLES = frozenset(("source", "insider", "aide", "official", "staffer", "confidant", "figure",
                              "voice", "representative", "rep", "spokesperson"))


def _same_role(role: str, earlier: str) -> bool:
    """Whether "the <role>" may be the unnamed speaker met before: the anonymous roles stand for one
    another ("a source close to X … the insider added"), but two roles of their own that differ are
    two people ("Counsel for the council said …. The judge said": not the counsel)."""
    def own(word: str) -> str:
        word = _SPOKES.sub("spokesperson", word.lower())
        word = word if word in _UNNAMED_ROLE_SET or word in _COUNSEL_WORDS else word.rstrip("s")
        own_role = (word in _UNNAMED_ROLE_SET or word in _COUNSEL_WORDS) and word not in _ANONYMOUS_ROLES
        return word if own_role else ""
    new = own(role)
    before = {w for w in map(own, earlier.split()) if w}
    return not new or not before or new in before


# What an office does when it speaks: "the mayor's office said"
_OFFICE_SAID = re.compile(r"\s+(?:said|says|told|confirmed|added|insisted|stated|replied|responded|"
                          r"declined)\b")
# A social account after a role word: "official account", "official feed"; no person
_ACCOUNT_AFTER = re.compile(r"\s+(?:(?:X|Twitter|Instagram|Facebook|TikTok|social[ -]media)\s+)?"
                            r"(?:account|feed|page|handle|profile|channel)s?\b")


# A body's social account as its voice: "the union's official account", "the FWG's X account"
_ACCOUNT_WORDS = (r"\s+(?:(?:official|verified|own)\s+)?(?:(?:X|Twitter|Instagram|Facebook|TikTok)\s+)?"
                  r"(?:account|feed|page|handle|profile|channel)\b")
_THE_ACCOUNT = re.compile(rf"\b(?P<np>[Tt]he\s+(?P<noun>[a-z][\w-]*))(?=[’']s?{_ACCOUNT_WORDS})")
_OWN_ACCOUNT = re.compile(rf"[’']s?{_ACCOUNT_WORDS}")


# What makes a role word the modifier of a thing, not a speaker: its possessive before the thing ("a
# dead woman's novel"; not "the spokeswoman's statement said", which _SAID_THING reads), or a noun of a
# message or a paper right after it ("a voice note", "a witness statement", "a source document").
_MODIFIES_NEXT = re.compile(r"[’']s[ \t]+(?!(?:[\w-]+[ \t]+)?(?:response|reply|answer|message|statement|"
                            r"reaction|comment|remarks?|words|verdict|view|account|lawyer|solicitor|"
                            r"spokes\w+|representative|agent|office|team)\b)[a-z]|"
                            r"[ \t]+(?:note|notes|message|messages|memo|mail|recording|statement|statements|"
                            r"document|documents|box|boxes|protection|programme|program|scheme|list|stand|"
                            r"box|account|accounts|summons|testimony)\b")


# A name right after a role, set off by a comma or not: "the administrator, Bo Hart", "the joint
# administrator Bo Hart" (one or two capitalised words, the full name or one a person goes by).
_NAME_BESIDE = re.compile(r",?[ \t]+(?P<first>[A-Z][\w’'-]*)(?:[ \t]+(?P<second>[A-Z][\w’'-]*))?")


def _named_beside(frame: str, end: int, tracker: _Tracker) -> bool:
    """Whether a role word is followed at once by the name of someone known or named in the article, as
    an apposition names who holds the role."""
    m = _NAME_BESIDE.match(frame, end)
    if m is None:
        return False
    both = f"{m.group('first')} {m.group('second')}" if m.group("second") else ""
    return any(_known_name(name, tracker) for name in (both, m.group("first")) if name)


def _unnamed_roles(frame: str, tracker: _Tracker) -> list[_Subject]:
    """The unnamed speakers of _unnamed that a role word names."""
    found: list[_Subject] = []
    for m in _UNNAMED.finditer(frame):
        art, end = (m.group("art") or m.group("iart") or "").lower(), m.end()
        if m.group("hisart") and _AND_BEFORE.search(frame, max(0, m.start() - 6), m.start()):
            continue  # "Lind and her team said": Lind speaks with them
        placed = m.group("irole") in VOX_POP_ROLES or re.match(_ORDINAL_ART, m.group("iart") or "")
        vox = placed and _speaks(frame, m.start(), end)
        if m.group("iart") and not (_CLAUSED.match(frame, end) or _ANONYMOUS.search(m.group("imods")) or vox
                                    or _NOT_NAMED.match(frame, end)):
            continue  # "a friend said hello", "other people said nothing": nobody's quote
        owned = m.group("prole") or _POSSESSIVE.search(m.group("mods") or "")
        if "office" in (m.group("role"), m.group("prole")) and not (owned and _OFFICE_SAID.match(frame, end)):
            continue  # "the culture secretary's office said": an office speaks only as someone's, saying
        if _ACCOUNT_AFTER.match(frame, end):
            continue  # "the union's official account replied": a social account, its owner's (_account_of)
        if _MODIFIES_NEXT.match(frame, end):
            continue  # "a dead woman's novel", "a voice note", "a witness statement": the thing, no speaker
        if m.group("role") and _named_beside(frame, end, tracker):
            continue  # "said the administrator, Bo Hart": the person named is the speaker, the role theirs
        rest = frame[end:end + 160]
        skip = _SET_OFF.match(rest)
        if art in ("a", "an", "one", "another") and _object_participle(frame, m.start(),
                                                                       end + (skip.end() if skip else 0)):
            continue  # "Hart praised a volunteer, telling reporters:": an object; the participle is Hart's
        before = _object_before(frame, m.start())
        one_of = m.group("owner") and before and before.group(0).lower().startswith("of")  # "one of X's"
        if not m.group("art") and before and not one_of and not _NOT_NAMED.match(frame, end):
            continue  # "Hart, who spoke to some people close to Lind, said": an object, not a speaker
        phrase = _unnamed_phrase(m)
        of = _OF_CLAUSE.match(frame, end) if not m.group("owner") else None
        if of is not None and (who := _who(frame, of.end(), _single_names(tracker))):
            at = frame.find(who, of.end())  # _who joins words across a double space
            if at >= 0:
                phrase += " " + " ".join(of.group(0).split()) + " " + who
                end = at + len(who)
                whose = _WHOSE.match(frame, end) if who[:1].islower() else None
                if whose is not None:  # "a spokesperson for the family of Lind": Lind's family speaks
                    phrase += " " + " ".join(whose.group(0).split())
                    end = whose.end()
                phrase, end = _knows_tail(frame, phrase, end)
        phrase = " ".join(phrase.split())
        if (m.group("role") == "figure" and art not in ("a", "an", "one", "two", "several") and of is None
                and not (m.group("mods") or "").strip() and not tracker.last_unnamed.endswith("figure")):
            continue  # "X disputes the figure": a number; a person is "a senior figure", "a figure close to"
        owned_by = _POSSESSIVE.search(m.group("mods") or "")  # "the council's spokesman" is nobody before
        if art == "the" and tracker.last_unnamed and of is None and not owned_by and _same_role(
                m.group("role"), tracker.last_unnamed):
            found.append(_Subject(m.start(), end, tracker.last_unnamed, None, "unnamed",
                                  f"unnamed: '{m.group(0)}' → {tracker.last_unnamed} (named before)"))
            continue
        role = (m.group("role") or "").lower()
        if art == "the" and of is None and not owned_by and not (m.group("mods") or "").strip() and (
                role in tracker.learned or role in tracker.configured) and not m.group("plural"):
            # (a plural, "the inspectors wrote", is a group, never the one holder the role names)
            continue  # "Detective Inspector Ruth Kavanagh …. “…,” the detective said": hers (_descriptors)
        found.append(_Subject(m.start(), end, phrase, None, "unnamed", f"unnamed: {phrase}",
                              owned=bool(m.group("owner"))))
        if art != "the":  # "the insider" later refers back to this one, quoted here or not
            tracker.last_unnamed = phrase
    return found


# "Damon, the Downsizing actor,"; "the director Wes Harlan"; "actor Wes Harlan".
_APPOSITION_AFTER = re.compile(r",\s+(the\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*[,.;]", re.I)
# "Hart, a retired vet,": a role noun after an indefinite article, set off after the name
_APPOSITION_A = re.compile(r",\s+an?\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w’'-]*)\s*[,.;]")
_APPOSITION_BEFORE = re.compile(r"\b(the\s+(?:[a-z][\w’'-]*\s+){1,4})\Z", re.I)
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])([A-Za-z][\w-]*\.?)\s+\Z")
_TITLE_ROLES = {"cllr": "councillor", "dr": "doctor", "prof": "professor"}  # the role a short title names
# An age given with a name, so "the 49-year-old" later is that person: "Lind, 49," / "Lind (49)"
# and "the 49-year-old Lind" / "49-year-old actress Ada Lind".
_AGE_AFTER = re.compile(r"(?:,\s{1,3}|\s{1,3}\()(\d{1,3})(?=[,.;)])")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?P<between>(?:[\w’'-]+\s+){0,3})\Z")
# Words that may stand between an age and the name it describes ("49-year-old former actress Ada")
_AGE_WORDS = frozenset(("former", "retired", "longtime", "veteran", "fellow", "local", "award-winning"))


# A sentence opening with a participle whose object is the name right after: "Speaking to ", "Talking
# on Radio Ulster with ", "Writing in the Tribune for "
_FRONTED_PARTICIPLE = re.compile(r"(?:\A|[.!?]\s+|\n)\s*[A-Z][a-z]+ing\b[^,.;:!?\ue000]{0,60}?"
                                 r"\b(?:to|with|on|in|for|at)\s+(?:[A-Z][\w&’'-]*\s+){0,2}\Z")


def _learn_appositions(frame: str, names: list[tuple[int, int, Person, bool]], tracker: _Tracker) -> None:
    """Descriptors the text gives a name: "Damon, the Downsizing actor," and "the director Wes
    Harlan" make the phrase (and its role noun) refer to that person in this document."""
    for start, end, person, _ in names:
        after = _APPOSITION_AFTER.match(frame[end:end + 80])
        if after is not None and _FRONTED_PARTICIPLE.search(frame[:start]):
            after = None  # "Speaking to Radio Cymru, the minister said": the subject, no apposition
        before = _APPOSITION_BEFORE.search(frame[max(0, start - 60):start])
        for phrase, set_before in ((after.group(1) if after else "", False),
                                   (before.group(1) if before else "", True)):
            words = phrase.lower().split()
            if set_before and words and (words[-1] in _DESCRIPTOR_STOP or words[-1].endswith("ing")):
                continue  # "the solicitor representing Hart", "the lawyer for Hart": no title of Hart's
            if set_before and words and not _names_a_holder(words[-1], tracker):
                continue  # "the former Quayline chief executive": "the former" qualifies a role after
                # the name, it is no title of the name's own
            if words:
                tracker.learned[" ".join(words)] = person
                tracker.learned[words[-1]] = person
        trade = _APPOSITION_A.match(frame[end:end + 60])
        if trade and trade.group(1).lower() in ROLE_NOUNS:  # "Hart, a vet," then "the vet": Hart
            tracker.learned[trade.group(1).lower()] = person
        for title in _titles_before(frame, start):  # "Mayor Hart", "Cllr Mahal" (the councillor)
            tracker.learned[title] = person
        age = _AGE_AFTER.match(frame, end, end + 8) or _age_before(frame[max(0, start - 60):start])
        if age:
            _learn_age(tracker, f"{age.group(1)}-year-old", person)


def _names_a_holder(word: str, tracker: _Tracker) -> bool:
    """Whether a word can end a description set before a name ("the director Wes Harlan", "the MP Bo
    Hart", "the firm Lendwell"): any noun, not a word that qualifies one by time or standing ("the
    former", "the late", "the embattled"), which belongs to a role after the name ("the former Quayline
    chief"). The test refuses that closed class, so a role noun no list holds ("the vicar") is kept."""
    if word in tracker.configured:
        return True
    return not (word in _ROLE_QUALIFIERS or word in _AGENT_LOOKALIKES or word.endswith("-")
                or (word.endswith("ed") and len(word) > 4))  # "the disgraced", "the retired"


# Adjectives of time and standing that stand before a name as part of a role given after it ("the
# former Quayline chief executive", "the outgoing Calder mayor"): never the name's own title.
_ROLE_QUALIFIERS = frozenset(("former", "late", "then", "current", "new", "outgoing", "incoming", "acting",
                              "interim", "erstwhile", "one-time", "onetime", "ex", "previous", "incumbent",
                              "sitting", "future", "longtime", "long-time", "would-be", "so-called",
                              "self-styled", "facto", "present"))


# A noun of someone who does something ("landscaper", "sculptor", "cellist", "ferryman"), and the words
# that end so but qualify a noun instead ("the former", "the latter", "the other", "the elder").
_AGENT_NOUN = re.compile(r"[a-z][a-z-]{1,30}(?:er|or|ist|ian|man|woman)")
_AGENT_LOOKALIKES = frozenset(("former", "latter", "other", "upper", "lower", "outer", "inner", "further",
                               "elder", "older", "younger", "earlier", "later", "proper", "clever", "bitter",
                               "sober", "eager", "super", "mere", "sheer", "utter", "neither", "either",
                               "together"))


def _titles_before(frame: str, start: int) -> list[str]:
    """The roles a name's titles give it: the word right before the name ("Mayor Hart", "Cllr Mahal":
    the councillor) and the capitalised titles before that one ("Detective Inspector Ruth Kavanagh":
    the inspector and the detective; "District Judge Helen Marsh": the judge)."""
    titles: list[str] = []
    for n in range(_MAX_TITLE_WORDS):
        role = _ROLE_BEFORE.search(frame[max(0, start - 30):start])
        if role is None or (n and not role.group(1)[:1].isupper()):
            break
        word = role.group(1).lower().rstrip(".")
        title = _TITLE_ROLES.get(word, word)
        if title not in ROLE_NOUNS and title not in _UNNAMED_ROLE_SET:
            break
        titles.append(title)
        start = max(0, start - 30) + role.start(1)
    return titles


def _age_before(text: str) -> re.Match[str] | None:
    """ "the 49-year-old Lind", "49-year-old actress Ada Lind": an age right before a name, with
    only capitalised words, role nouns or a few adjectives between ("a 17-year-old boy stabbed
    Lind" gives Lind no age)."""
    age = _AGE_BEFORE.search(text)
    if age is None:
        return None
    words = age.group("between").split()
    fits = all(w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in _AGE_WORDS for w in words)
    return age if fits else None


def _learn_age(tracker: _Tracker, key: str, person: Person) -> None:
    """An age given with a name; two people of one age make it name nobody."""
    if key in tracker.ambiguous_ages:
        return
    if tracker.learned.get(key, person) != person:
        del tracker.learned[key]
        tracker.ambiguous_ages.add(key)
        return
    tracker.learned[key] = person


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether pos lies in one of the sorted, non-overlapping spans."""
    i = bisect_left(spans, (pos + 1, -1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _descriptors(frame: str, taken: list[tuple[int, int]], tracker: _Tracker,
                 owners: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase, role noun) of each definite description ending in a role noun ("the
    52-year-old Tidewater actor"), or of a role a named owner's possessive opens ("the trust's
    medical director", owners: (start, end) of each possessive name, its "'s" included);
    resolved in reading order by _resolve_descriptor."""
    starts = [(the.start(), the.end()) for the in _THE.finditer(frame) if not _inside(the.start(), taken)]
    found = [d for start, words_from in sorted(starts + (owners or []))
             if (d := _description(frame, start, words_from, tracker)) is not None]
    # "our general secretary told the committee" in a body's own newsletter or release: a description the
    # config gives someone ("the general secretary"), said with "our"
    ours = [d for our in _OUR.finditer(frame) if not _inside(our.start(), taken)
            and (d := _description(frame, our.start(), our.end(), tracker)) is not None
            and "the " + " ".join(frame[our.end():d[1]].lower().split()) in tracker.learned
            # ("its"/"their" right after another body named is that body's: _unknown_body_named_last)
            and (our.group(0)[:1] in "Oo" or not _unknown_body_named_last(
                f"{tracker.previous_text}\n{frame[:our.start()]}", tracker))]
    if ours:
        found = sorted(found + ours)
    # "the union's official account replied": a body the text calls so, speaking through its account
    accounts = [(m.start(), m.end("noun"), m.group("np"), m.group("noun").lower())
                for m in _THE_ACCOUNT.finditer(frame) if not _inside(m.start(), taken)
                and " ".join(m.group("np").lower().split()) in tracker.learned]
    if accounts:
        found = sorted(found + accounts)
    for n, (start, _, _, head) in enumerate(found):
        party = _FOR_PARTY.match(frame, found[n][1]) if head in _AGENT_ROLES else None
        if party is not None:  # "the lawyer for Hart": someone acting for Hart, Hart's name inside
            found[n] = (start, party.end(), frame[start:party.end()], head)
    return found


# A name of two capitalised words or more ("Kestrel Lofts", "Friends of the Pier"), the small words of a
# body's name allowed between them.
_PROPER_RUN = re.compile(r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w’'&-]*)+")


def _unknown_body_named_last(before: str, tracker: _Tracker) -> bool:
    """Whether "its"/"their" at the end of `before` belongs to a body the config does not know: the
    subject its sentence opens on, else the one the sentence before opens on, is a proper name of no
    one in the config ("Kestrel Lofts opened a showroom. Its art director said"), so its role is not
    the config's holder of a like role. (A sentence's capitalised opening word or a date is no part of
    the name: "On Monday Kestrel Lofts …"; "The label …" names no one.)"""
    sentences = [s for s in _SENTENCE_BREAK.split(before) if s.strip()]
    if not sentences:
        return False
    opening = _PROPER_RUN.match(sentences[-1].lstrip())
    if opening is None:
        return False
    name = _body_name_part(opening.group(0).split())
    if len(name.split()) < 2:
        return False
    known = [alias for p in tracker.people if p not in tracker.outsiders for alias in (p.name, *p.aliases)
             if alias]
    return not any(re.search(rf"\b{re.escape(alias)}\b", name) for alias in known)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])|\n+")


# Roles that act for a party named after them: "the lawyer for Hart" is not Hart nor the last named.
_AGENT_ROLES = frozenset(("lawyer", "solicitor", "barrister", "attorney", "counsel", "advocate", "agent",
                          "representative", "publicist", "spokesperson", "spokesman", "spokeswoman"))
_FOR_PARTY = re.compile(r"[ \t]+(?:for|representing|acting[ \t]+for|on[ \t]+behalf[ \t]+of)[ \t]+"
                        r"(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}")


def _description(frame: str, start: int, words_from: int, tracker: _Tracker
                 ) -> tuple[int, int, str, str] | None:
    """The description opening at `start` whose words begin at `words_from`, up to its last role noun."""
    window = min(len(frame), words_from + 120)
    words = list(_WORD.finditer(frame, words_from, window))[:_DESCRIPTOR_WORDS + 1]
    last: tuple[int, int, str, str] | None = None  # the last role noun: "the veteran director"
    for n, word in enumerate(words):
        text = word.group(0).lower()
        gap = frame[(words[n - 1].end() if n else words_from):word.start()]
        if (n and gap.strip(" ,") or text in _DESCRIPTOR_STOP or text in _VERB_WORDS
                or (n and "," in gap and text in ("the", "a", "an"))  # "the department, the minister"
                or (word.group(0)[:1].isupper() and last is not None)):
            break
        base = text[:-2] if text.endswith(("'s", "’s")) else ""
        if base and (base in ROLE_NOUNS or base in tracker.configured) and _SAID_THING.match(
                frame, word.start() + len(base)):
            # "The campaigner's reply, which …, ran to one line:": whose words they are (possessive)
            return start, word.start() + len(base), frame[start:word.start() + len(base)], base
        head = text.rstrip("s") if text.rstrip("s") in ROLE_NOUNS else text
        if _AGE.fullmatch(text):  # "the 54-year-old": whoever was named last
            head = "year-old"
        elif _EPITHET.fullmatch(text):  # a tabloid's "the gran-of-three", "the father-of-two"
            head = text.split("-")[0]
        elif "-" in text and text.rsplit("-", 1)[1] in ROLE_NOUNS:  # "the sous-chef", "her ex-husband"
            head = text.rsplit("-", 1)[1]
        if head in ROLE_NOUNS or head in tracker.configured or head in tracker.learned or (
                text in ORG_NOUNS or text in _PRESS_BODIES or text in _PUBLIC_BODIES):  # _event_subject
            last = (start, word.end(), frame[start:word.end()], head)
        elif last is None and _any_noun_credited(frame, start, word, text, tracker):
            return start, word.end(), frame[start:word.end()], text
    return last


# Right before a definite description that a quote's credit opens: "“…,” (the former gymnast) said".
_QUOTE_THEN = re.compile(r"\ue000\s*,?\s*\Z")


def _any_noun_credited(frame: str, start: int, word: re.Match[str], text: str, tracker: _Tracker) -> bool:
    """Whether a definite description of any noun of a person credits the quote right before it
    ("“…,” the former gymnast said"): a back-reference to someone named, whatever the noun; not a
    thing's ("the statement said") nor a plural's ("the parents said")."""
    return (text.replace("-", "").isalpha() and word.group(0).islower() and not text.endswith(("s", "ment"))
            and len(text) > 2
            and text not in _NOT_SOMEONE and text not in _CROWD and text not in _MESSAGE_NOUNS
            and text not in ORG_NOUNS and _QUOTE_THEN.search(frame, max(0, start - 6), start) is not None
            and _VERB.match(frame, word.end() + 1) is not None and frame[word.end():word.end() + 1] == " "
            and (_PERSON_ENDING.search(text) is not None or _met_as_someone(text, frame[:start], tracker)
                 is not None))


# The endings of nouns of people ("gymnast", "carpenter", "pharmacist"); other nouns need someone met
# as "a … <noun> who …" before ("a close associate of the player, who …").
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ee|man|woman|person|ent|ive|ast)\Z")


def _met_as_someone(noun: str, before: str, tracker: _Tracker) -> str | None:
    """The phrase that met someone as "a … <noun>" in the paragraph before or earlier in this one, as
    a person (who, a set-off clause, a verb of saying after), or None."""
    noun = noun.removeprefix("ex-")  # "the ex-flatmate" after "an old flatmate has revealed"
    pattern = (rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b"
               rf"(?=(?:\s+of\s[^.,;:]{{1,60}})?,?\s+(?:(?:has|had)\s+)?(?:who|said|says|told|tells|added|"
               rf"revealed)\b)")
    met = list(re.finditer(pattern, f"{tracker.previous_text}\n{before}"))
    return " ".join(met[-1].group(0).split()) if met else None


_MESSAGE_NOUNS = frozenset(("statement", "email", "letter", "post", "message", "memo", "note", "tweet",
                            "report", "ruling", "judgment", "notice", "sign", "caption", "headline",
                            "court", "jury", "panel", "inquiry", "committee", "board", "council",
                            "government", "crowd"))


_BEFORE_APPOSITION = re.compile(r"(?:,|\b(?:is|was|are|were|as|became|becomes))\s*\Z")
_NAMED_AFTER = re.compile(r"\s*,\s*[A-Z]|\s+(?:called|named)\b")


def _org_met(noun: str, text: str) -> bool:
    """Whether the text before a description met another body by this noun, an indefinite one that is
    no apposition or predicate of a name ("Residents have formed a group", "Kestrel hired a developer";
    not "Kestrel, a mining company," nor "a company called Kestrel"): "the group" is that one."""
    for m in re.finditer(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?{noun}\b", text):
        if not (_BEFORE_APPOSITION.search(text, 0, m.start()) or _NAMED_AFTER.match(text, m.end())):
            return True
    return False


# Words before a role noun that only qualify its holder ("the former director", "the embattled chief"):
# no other kind of role
_QUALIFIERS = _AGE_WORDS | frozenset(("new", "interim", "acting", "current", "then", "joint", "young", "old",
                                      "senior", "junior", "top", "outgoing", "incoming", "ex", "same"))


def _modifier(words: list[str]) -> str:
    """The noun a description puts right before its role noun ("race" in "the race director"), "" for
    none: a determiner, an owner ("the club's director"), a qualifier or an -ed/-ing/hyphened adjective."""
    word = words[-2] if len(words) > 1 else ""
    if (not word.isalpha() or not word.islower() or word in _DETERMINERS or word in _QUALIFIERS
            or word.endswith(("ed", "ing", "ly"))):
        return ""
    return word


def _other_compound(phrase: str, head: str, tracker: _Tracker) -> bool:
    """Whether a description names another kind of the configured role: each descriptor the config has
    for the role noun has a noun before it and the phrase has another ("the performance director" when
    the config knows "the race director"; never "the director" or "the former race director")."""
    known = tracker.compounds.get(head, {""})
    said = _modifier(phrase.lower().split())
    return "" not in known and bool(said) and said not in known


# An office written as a title, two or more capitalised words after "the": "the Monitoring Officer", "The
# Chief Constable", "the Returning Officer" (a post of its own; a person named earlier holds it only when
# the text says so, as the config or an apposition does)
_FORMAL_OFFICE = re.compile(rf"[Tt]he\s+[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)+")


def _formal_office(phrase: str) -> bool:
    return _FORMAL_OFFICE.fullmatch(phrase) is not None


def _resolve_descriptor(phrase: str, head: str, tracker: _Tracker) -> tuple[Person, str] | None:
    key = " ".join(phrase.lower().split())
    shown = " ".join(phrase.split())
    owner = key.split(" ", 1)[0]
    if owner in ("our", "their", "its"):  # "our general secretary": the config's "the general secretary"
        key = "the " + key[len(owner) + 1:]
    if key in tracker.learned:
        person = tracker.learned[key]
        return person, f"descriptor '{shown}' → {person.name}"
    age = _AGE.search(key)
    if age and age.group(0) in tracker.learned:  # "the 49-year-old" after "Lind, 49,"
        person = tracker.learned[age.group(0)]
        return person, f"descriptor '{shown}' → {person.name} (given that age earlier)"
    if head in tracker.configured and not _other_compound(phrase, head, tracker):
        person = tracker.latest_of(tracker.configured[head]) or tracker.configured[head][0]
        return person, f"descriptor '{shown}' → {person.name} (config: the {head})"
    if head in tracker.learned:
        person = tracker.learned[head]
        return person, f"descriptor '{shown}' → {person.name} (called '{head}' earlier)"
    if head in ORG_NOUNS and head not in ROLE_NOUNS:  # "the company said": the organisation named last
        found = tracker.body_named_last(head)
        if found is not None and head in _TRADING_NOUNS and _PUBLIC_BODY.search(found.name):
            # "rejected by Harbour Council. The company said": the council is no company
            found = next((p for p in reversed(tracker.last) if p.pronoun.lower() == "it"
                          and not _PUBLIC_BODY.search(p.name)), None)
        if found is None:
            return None
        return found, f"descriptor '{shown}' → {found.name} (organisation named last)"
    wanted = ROLE_NOUNS.get(head, "")
    found = tracker.latest_of(None, wanted, human=True)
    if found is not None and _trade(head) and tracker.guessed_roles.get(found, _trade(head)) != _trade(head):
        # "the farmer said …" then "the hydrogeologist said": another occupation, another person
        others = [p for p in tracker.last if p != found and p not in tracker.guessed_roles]
        found = tracker.latest_of(others, wanted, human=True) if others else None
    if found is None:
        return None
    return found, f"descriptor '{shown}' → {found.name} (last named; weak)"


def _apposition(frame: str, subject: _Subject, names: list[tuple[int, int, Person, bool]]) -> bool:
    """Whether an unnamed phrase only describes the name just before it ("Damon, a longtime
    friend of Milano, said"): the named person is the speaker."""
    if not frame.startswith(",", subject.end):
        return False
    return any(re.fullmatch(r",\s*", frame[end:subject.start]) for _, end, _, _ in names)


# The words a business's name ends in, its legal form among them ("Seri Venues Sdn Bhd", "Quay Homes Ltd").
_BUSINESS_END = re.compile(_BUSINESS_NAME.pattern + r"|Sdn[ \t]+Bhd|Bhd|Pty(?:[ \t]+Ltd)?|Corp|Corporation|"
                           r"GmbH|AG|SA|NV|BV|LLP|Co")


# (a business's name's first words, which a name found may leave out: "Seri (Venues Sdn Bhd)")
_SET_OFF_GAP = re.compile(r",\s*(?:[A-Z][\w’'&-]*[ \t]+){0,3}")


def _body_set_off(frame: str, name: tuple[int, int, Person, bool], unnamed: list[_Subject]) -> bool:
    """Whether a name set off right after an unnamed speaker for a body is that body's name ("a
    spokesperson for the arena's operator, Seri Venues Sdn Bhd, said"): a business (a config entry that
    goes by "it", or a name ending in a business's word) whose spokesperson speaks, not the speaker.
    A person's name there is the speaker's own ("a spokesman for the firm, Tom Reed, said")."""
    start, end, person, _ = name
    run = _NAME_RUN.match(frame, start)  # the whole name: "Quay Venues (Sdn Bhd)" where one was found short
    end = max(end, run.end()) if run is not None else end
    if not frame.startswith(",", end):
        return False
    shown = frame[start:end].split()
    pronoun = person.pronoun.lower()
    # (a person the config calls "he" or "she" is no business, whatever their surname: "Ramon Co")
    business = pronoun == "it" or (pronoun not in ("he", "she")
                                   and bool(shown and _BUSINESS_END.fullmatch(shown[-1])))
    return business and any(_SET_OFF_GAP.fullmatch(frame, u.end, start) and u.person is None
                            and u.name.split()[-1].lower() in ORG_NOUNS for u in unnamed)


def _role_then_name(frame: str, names: list[tuple[int, int, Person, bool]],
                    described: list[tuple[int, int, str, str]]
                    ) -> tuple[list[tuple[int, int, Person, bool]], list[tuple[int, int, str, str]]]:
    """A role set off before a known name ("said the league's chief executive, Amanda Royce") is
    that name: one name spanning both, the role no description of its own, a name inside the role none."""
    kept: list[tuple[int, int, str, str]] = []
    for d in described:
        named = next((n for n in names if n[0] > d[1] and _COMMA_GAP.fullmatch(frame, d[1], n[0])), None)
        if named is None:
            kept.append(d)
        else:
            # (a body inside the role only says whose role it is: "The Lendwell chief executive, Ann Cole")
            # ("Lind's solicitor, Jo Pike," still names Lind, whose possessive it is)
            names = [n for n in names if n is not named and (n[3] or not d[0] <= n[0] < d[1])] + [
                (d[0], named[1], named[2], named[3])]
    return sorted(names, key=lambda n: n[0]), kept


_COMMA_GAP = re.compile(r",\s*")
# A body's name before a role and a name, saying only whose role it is: "said OPU general secretary Ada
# Lind", "Harbour Council leader Bo Hart told the meeting" (the lower-case words, the last a role noun).
_ROLE_WORDS_GAP = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,4}[ \t]+")


def _body_of_role(frame: str, names: list[tuple[int, int, Person, bool]]
                  ) -> list[tuple[int, int, Person, bool]]:
    """The names without a body's (one that goes by "it") standing before a role noun and a known
    person's name, which only says whose role it is."""
    def modifies(n: tuple[int, int, Person, bool]) -> bool:
        if n[2].pronoun.lower() != "it" or n[3]:
            return False
        for o in names:
            gap = _ROLE_WORDS_GAP.fullmatch(frame, n[1], o[0]) if o[0] > n[1] else None
            if gap is not None and o[2].pronoun.lower() != "it":
                head = gap.group(0).split()[-1]
                if head in ROLE_NOUNS or re.fullmatch(_PERSON_NOUN, head):
                    return True
        return False
    return [n for n in names if not modifies(n)]


# Words after which a pronoun opens a clause of its own ("said she", "because she", "and he").
_CLAUSE_WORDS = frozenset(("that", "if", "whether", "when", "because", "and", "but", "or", "so", "as",
                           "after",
                           "before", "while", "until", "since", "though", "although", "unless", "where",
                           "which", "who", "what", "how", "why", "once", "then", "than", "now", "yet"))
_AUXILIARIES = frozenset(("had", "has", "was", "is", "would", "will", "could", "can", "did", "does"))
_WORD_BEFORE = re.compile(r"\b([a-z][a-z’'-]*)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z’'-]*)")


# A sentence that opens with a phrase of place or time, its subject after it ("In the hall she …").
_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)(?:On|In|At|After|Before|Outside|Inside|During|From|Through|Across|"
                      r"Behind|By|Near|Under|Over|Throughout|Within|Beyond|Since|Until|Later|Earlier|Back)"
                      r"\s[^,.!?;:\n\ue000]*\Z")


def _in_contact_clause(frame: str, pronoun: re.Match[str]) -> bool:
    """Whether a pronoun only opens a clause that describes the noun before it ("a spokeswoman for
    one of the carmakers she met, who …, said": not she): right after a plain noun, with no
    conjunction, and its own verb no verb of saying."""
    before = _WORD_BEFORE.search(frame, max(0, pronoun.start() - 30), pronoun.start())
    after = _WORD_AFTER.match(frame, pronoun.end())
    if pronoun.group(1)[:1].isupper() or before is None or after is None:
        return False
    word = before.group(1)
    lead = max(0, pronoun.start() - 150)
    front = _FRONTED.search(frame[lead:pronoun.start()])
    if front is not None and (front.start() or not lead):
        return False  # "On the steps of the court he read a statement": the sentence's subject
    return (word not in _CLAUSE_WORDS and word not in _VERB_WORDS and not word.endswith("ly")
            and word not in _DESCRIPTOR_STOP and _VERB.match(frame, after.start(1)) is None
            and after.group(1) not in _AUXILIARIES)


# A sentence opened by a participle clause ("Pressed on whether …", "Asked about …", "Responding to …")
# up to a name inside it, and from the name on to the clause's comma and the pronoun it is the subject of.
_PARTICIPLE_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n|\ue000\s*)\s*[A-Z][a-z]+(?:ed|ing)\b"
                               r"[^,.;:!?\ue000]{0,120}\Z")
_CLAUSE_THEN_PRONOUN = re.compile(r"[^,.;:!?\ue000]{0,160},\s+(?:he|she)\b")


def _in_fronted_participle(frame: str, start: int, end: int) -> bool:
    """Whether a name stands inside a participle clause opening the sentence whose subject is the
    pronoun after its comma ("Pressed on whether Sinclair's email was shown, he said": not Sinclair),
    so that pronoun, and the next, look past it to the one named before."""
    return (_PARTICIPLE_OPENS.search(frame, max(0, start - 130), start) is not None
            and _CLAUSE_THEN_PRONOUN.match(frame, end) is not None)


def _the_name(frame: str, described: tuple[int, int, str, str], name: tuple[int, int, Person, bool]) -> bool:
    """Whether a description is only "the" before a known name ("The Seabird Trust", "the Harbour
    Council"), which is that name, not a role whose owner it names ("the Rovers manager")."""
    return (described[0] < name[0] and name[1] >= described[1]
            and frame[described[0]:name[0]].strip().lower() == "the")


def _subjects(frame: str, tracker: _Tracker) -> list[_Subject]:
    """Everyone a paragraph's frame names, in reading order, resolved as a reader would."""
    unnamed = _unnamed(frame, tracker)
    spans = [(s.start, s.end) for s in unnamed if not s.owned]  # "Lind's lawyer" still names Lind
    names = [_latest_bearer(frame, n, tracker) for n in _name_mentions(frame, tracker.named)
             if not _inside(n[0], spans)]
    unnamed = [u for u in unnamed if not _apposition(frame, u, names)]
    names = [n for n in names if not _body_set_off(frame, n, unnamed)]
    unnamed_spans = [(s.start, s.end) for s in unnamed]
    _learn_appositions(frame, names, tracker)
    spans = sorted(unnamed_spans + [(n[0], n[1]) for n in names])
    # "according to him" names its speaker as "he" does: read with the subject's form, in place
    subject_forms = _ACCORDING_OBJECT.sub(lambda m: _SUBJECT_FORM[m.group(1)], frame)
    pronouns = [m for m in _PRONOUN.finditer(subject_forms) if not _inside(m.start(), spans)
                and not _in_contact_clause(subject_forms, m)]
    owners = [(n[0], m.end()) for n in names if n[3] and not _inside(n[0], unnamed_spans)
              and (m := _POSSESSIVE_GAP.match(frame, n[1]))]
    described = _descriptors(frame, spans, tracker, owners)
    names, described = _role_then_name(frame, names, described)
    names = _body_of_role(frame, names)
    # "The Seabird Trust said": a known name after "the" is that name, no description holding it
    described = [d for d in described if not any(_the_name(frame, d, n) for n in names)]
    # a name inside a description only says whose role it is ("the Rovers manager said")
    names = [n for n in names if not any(d[0] < n[0] and n[1] <= d[1] for d in described)]
    events = sorted([(n[0], 0, i) for i, n in enumerate(names)]
                    + [(m.start(), 1, i) for i, m in enumerate(pronouns)]
                    + [(s.start, 2, i) for i, s in enumerate(unnamed)]
                    + [(d[0], 3, i) for i, d in enumerate(described)])
    resolved: list[_Subject] = []
    introduced = tracker.introduced  # someone unnamed met after the last named person
    outsider = _quoted_outsider(tracker)  # someone the config does not know, quoted just before
    role_subject: _Subject | None = None  # an unnamed role opening a sentence of this paragraph
    for _, what, i in events:
        subject = _event_subject(what, i, names, pronouns, unnamed, described, tracker, frame)
        if what == 3 and _meetings_chair(frame, described[i], tracker):
            subject = _chair_subject(described[i][0], described[i][1], described[i][2], _chair_now(tracker))
        elif what == 3 and (other := _other_bodys_chair(frame, described[i], tracker)) is not None:
            subject = other
        if what == 3 and introduced is not None and described[i][3] == _head_noun(introduced.name):
            # "A post-production editor who … said …. “…,” the editor said": the one introduced
            start, end, phrase, _ = described[i]
            shown = " ".join(phrase.split())
            subject = _Subject(start, end, introduced.name, None, "unnamed",
                               f"unnamed: '{shown}' → {introduced.name} (introduced before)")
        spoken = pronouns[i].group(1).lower() if what == 1 else ""
        if (spoken in ("he", "she") and role_subject is not None
                and _gender(role_subject.name) in ("", spoken)
                and _STOP_BETWEEN.search(frame, role_subject.end, pronouns[i].start())
                and not _person_opens_between(frame, role_subject.end, pronouns[i].start())  # "The
                # defendant shook her head. “…,” she said.": the one met between, as a name would be
                and not _REPLY_AFTER.match(frame, pronouns[i].end())):  # "“…,” the judge said. “…,” she
            # replied": another (so too after "The judge said the gate … “…,” she replied")
            m = pronouns[i]  # "The judge reserved his decision. “…,” he said.": the role, not a name before
            subject = _Subject(m.start(), m.end(), role_subject.name, None, "unnamed",
                               f"pronoun '{m.group(1)}' → {role_subject.name} "
                               "(the subject of the sentence before)")
        elif spoken in ("he", "she") and introduced is not None and _gender(introduced.name) in ("", spoken):
            m = pronouns[i]  # "spoke to a former site manager, who asked not to be named. “…,” he said."
            subject = _Subject(m.start(), m.end(), introduced.name, None, "unnamed",
                               f"pronoun '{m.group(1)}' → {introduced.name} (introduced just before)")
        elif (spoken in ("he", "she") and outsider is not None and outsider.pronoun in ("", spoken)
              and not _answers_the_asker(frame, outsider, pronouns[i], names)
              # "“…!” Hale called out. “…,” she replied.": a reply to him, not his own words
              and not (tracker.continuing is not None and tracker.continuing[0].person is outsider
                       and _REPLY_AFTER.match(frame, pronouns[i].end()))):
            m = pronouns[i]  # "“…,” said Tom Reed. “…,” he added."
            subject = _Subject(m.start(), m.end(), outsider.name, outsider, "pronoun",
                               f"pronoun '{m.group(1)}' → {outsider.name} (named just before)")
        if subject is None:
            continue
        role_subject = _sentence_role(frame, subject, what, names) or (
            role_subject if what == 1 and subject.person is None else None)
        if subject.person is not None:
            as_object = what == 0 and (_as_object(frame, subject.start)
                                       or _in_fronted_participle(frame, subject.start, subject.end))
            tracker.remember(subject.person, as_object)
            introduced = None
            if not as_object:  # "Rooke, contacted by the Maldon Standard, said he": not the paper
                outsider = subject.person if what == 0 and subject.person in tracker.outsiders else (
                    outsider if subject.person is outsider else None)
        elif what == 2 and (_NOT_NAMED.match(frame, subject.end) or _SOMEONE_BEAT.match(frame, subject.start)
                            or (_SOMEONE_SAYS.match(frame, subject.start)
                                # "He said a nurse had told him …": a teller inside his report, not
                                # the one a later "he" or "she" stands for
                                and not _teller_before(frame, resolved, subject.start))) and (
                _head_noun(subject.name) not in _PRESS_ROLES):  # "A reporter asked …; “No,” she said"
            introduced = subject  # "a former site manager, who asked not to be named"; "a waitress said"
        resolved.append(subject)
    tracker.introduced = introduced
    return resolved


# "The Chair", as minutes call whoever chairs the meeting
_THE_CHAIR = re.compile(r"[Tt]he\s+(?:Chair|chair|Chairman|chairman|Chairwoman|chairwoman|Chairperson|"
                        r"chairperson)")
# A labelled part of a list at the head of minutes: "Present: Cllr J. Moss (Chair), Cllr P. Ray. Apologies:
# Cllr T. Hay (Chair)." (the label's list ends where the next label opens)
_LABELLED = re.compile(r"(?:\A|(?<=[.;])[ \t]+)(?P<label>[A-Z][A-Za-z ]{1,30}?)[ \t]*:[ \t]*(?P<list>.*?)"
                       r"(?=[.;][ \t]+[A-Z][A-Za-z ]{1,30}?[ \t]*:|[.;]?[ \t]*\Z)")
# The labels of those present, one of whom is marked as chair: "Present: Cllr J. Moss (Chair), Cllr P. Ray",
# "Present: Councillors A. Lee (Chair), B. Roe" (not "Apologies:", "In attendance:")
_PRESENT_LABEL = re.compile(r"(?:Present|Members\s+present|Attending)\Z")
_MARKED_CHAIR = re.compile(r"(?:\A|[,;:]|\band)\s*(?P<who>[^,;:()\n]{3,60}?)\s*\((?:in\s+the\s+)?"
                           r"(?:Chair|Chairman|Chairwoman|Chairperson|Chairing|Convener|Convenor)\)")
# A label naming the chair itself: "In the Chair: Cllr Moss", "Chair: Dr A. Lee"
_CHAIR_LABEL = re.compile(r"(?:In\s+the\s+[Cc]hair|Chair|Chairman|Chairwoman|Chairperson)\Z")
_CHAIR_NAME = re.compile(r"[^,;:()\n]{3,60}")
_LIST_PLURAL = re.compile(r"\A(?:Councillors|Cllrs\.?|Members|Messrs\.?)\s+")
_INITIAL = re.compile(rf"\b(?P<initial>[{_UPPER}])\.?\s+(?P<surname>{_CAPITAL_WORD})\s*\Z")


# Minutes, by their own furniture: the title line "Minutes of the meeting of … held on …" (a heading, not a
# sentence: "Minutes of the meeting, seen by the Courier, record …" is news about them), "RESOLVED: That …"
_MINUTES_TITLE = re.compile(r"\s*Minutes?\s+of\s+(?:the\s+)?(?:a\s+)?(?:\w+\s+)?meeting\b(?!\s*,)[^\n]*")
_RESOLVED = re.compile(r"\s*RESOLVED\b")


def _minutes_furniture(para: str) -> bool:
    """Whether a paragraph has a line of minutes' own furniture: their title, a heading that does not end
    like a sentence, a resolution, or the list of those present that opens them ("Present: Cllr …")."""
    return any(_RESOLVED.match(line) or ((title := _MINUTES_TITLE.fullmatch(line.rstrip())) is not None
                                         and not title.group(0).endswith((".", "!", "?")))
               or ((part := _LABELLED.match(line.strip())) is not None and _PRESENT_LABEL.match(part["label"])
                   and _NAMES_LISTED.search(part["list"]) is not None)
               for line in para.split("\n"))


# Two names listed, as those present are: "Cllr A. Lind, Cllr B. Hart", "Councillors A. Lee, B. Roe"
_NAMES_LISTED = re.compile(rf"[{_UPPER}][\w.’'-]*,\s+(?:and\s+)?(?:[\w.]+\s+)?[{_UPPER}]")


def _meeting_chairs(paragraphs: tuple[str, ...] | list[str], tracker: _Tracker
                    ) -> tuple[tuple[int, str, Person | None], ...] | None:
    """Who chairs the meeting that minutes record, paragraph by paragraph, as their list of those present
    marks them ("Present: Cllr J. Moss (Chair), …") or a line of its own names them ("In the Chair: Cllr
    Moss", as when the chair leaves and another takes over): (the paragraph, the name as the list writes
    it, the known person whose surname, and first initial where given, it is); () for minutes that name no
    chair (their list left out as the page's furniture), None for anything that is no minutes."""
    minutes = False
    chairs: list[tuple[int, str, Person | None]] = []
    for index, para in enumerate(paragraphs):
        minutes = minutes or _minutes_furniture(para)
        for line in para.split("\n"):
            for part in _LABELLED.finditer(line.strip()):
                who = _chair_of(part.group("label"), part.group("list"))
                if who:
                    chairs.append((index, who, _known_listed(who, tracker)))
    return tuple(chairs) if minutes or chairs else None


def _chair_of(label: str, listed: str) -> str:
    """The name a labelled list gives as chair ("Present: …, Cllr J. Moss (Chair)", "In the Chair: Cllr
    Moss"), "" where it gives none."""
    if _PRESENT_LABEL.match(label):
        m = _MARKED_CHAIR.search(listed)
        who = m.group("who") if m else ""
    elif _CHAIR_LABEL.match(label):
        who = listed if _CHAIR_NAME.fullmatch(listed.strip()) else ""
    else:
        return ""
    who = _LIST_PLURAL.sub("", who.strip())
    return who if any(c.isupper() for c in who) else ""


def _chair_now(tracker: _Tracker) -> tuple[str, Person | None] | None:
    """The one in minutes' chair at the paragraph read now: the last named as chair up to it (the first
    named, before any is); ("", None) for minutes that name no chair, None for no minutes."""
    if tracker.chairs is None:
        return None
    if not tracker.chairs:
        return "", None
    before = [c for c in tracker.chairs if c[0] <= tracker.paragraph]
    _, who, person = before[-1] if before else tracker.chairs[0]
    return who, person


# "The chair of the rowing club": the chair of some body the phrase names, not the meeting's (the body runs
# to a comma or a verb of saying)
_OF_AFTER = re.compile(r"\s+of\b")
_CHAIR_OF_BODY = re.compile(r"\s+of\s+(?P<body>[^,.;:!?\ue000]{1,60}?)(?=\s*,|\s+(?:[a-z]+ly\s+)?"
                            r"(?:said|says|told|tells|added|adds|asked|replied|wrote|warned|explained|insisted)\b)")


def _meetings_chair(frame: str, described: tuple[int, int, str, str], tracker: _Tracker) -> bool:
    """Whether a description is minutes' "The Chair": the chair their list names; where it names none,
    "the Chair" with its capital (the meeting's office) when no one the config calls chair is named in
    them (that one chairs it). "The chair of the rowing club" chairs something else."""
    chair = _chair_now(tracker)
    if chair is None or not _THE_CHAIR.fullmatch(described[2]) or _OF_AFTER.match(frame, described[1]):
        return False
    if chair[0]:
        return True
    holders = tracker.configured.get(described[3], [])
    return "Chair" in described[2] and not any(p in tracker.last for p in holders)


def _other_bodys_chair(frame: str, described: tuple[int, int, str, str], tracker: _Tracker
                       ) -> _Subject | None:
    """In minutes, "The chair of the rowing club said": the unnamed chair of another body come to the
    meeting, not whoever was named last (minutes list many; none of them is that body's chair)."""
    if tracker.chairs is None or not _THE_CHAIR.fullmatch(described[2]):
        return None
    of = _CHAIR_OF_BODY.match(frame, described[1])
    if of is None:
        return None
    name = " ".join(f"{described[2]} of {of.group('body')}".split())
    name = name[:1].lower() + name[1:]
    return _Subject(described[0], of.end(), name, None, "unnamed", f"unnamed: {name} (another body's chair, "
                    "at the meeting the minutes record)")


def _known_listed(who: str, tracker: _Tracker) -> Person | None:
    """The known person a listed name is ("Cllr J. Moss" is Jane Moss; "Moss" alone, the one Moss)."""
    initial = _INITIAL.search(who)
    surname = initial.group("surname") if initial else who.split()[-1]
    fits = [p for p, names in tracker.named if surname in names and p not in tracker.outsiders
            and (initial is None or p.name[:1] == initial.group("initial"))]
    return fits[0] if len(fits) == 1 else None


def _chair_subject(start: int, end: int, phrase: str, chair: tuple[str, Person | None] | None) -> _Subject:
    """"The Chair" of minutes as the one their list marks as chair."""
    who, person = chair or ("", None)
    shown = " ".join(phrase.split())
    if not who:
        return _Subject(start, end, "the Chair", None, "unnamed", f"unnamed: '{shown}' (the meeting's chair)")
    why = f"'{shown}' → {who} (marked as chair in the list of those present)"
    if person is not None:
        return _Subject(start, end, person.name, person, "descriptor", f"descriptor {why}")
    return _Subject(start, end, f"the chair ({who})", None, "unnamed", f"unnamed: {why}")


# A sentence that opens on a definite role of no one named: "The judge reserved his decision." (then
# "“…,” he said" is the judge's); after a stop, at the paragraph's start, or after a quote closing one
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\ue000\s+)\Z")
_SENTENCE_ROLE = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?"
                            r"(?:had\s+|has\s+|was\s+|then\s+)?(?P<verb>[a-z]+(?:ed|s)|said|told|wrote)\b")
# The tag right after a quote, definite or not: "“…,” the judge told the inquiry." / "“…,” a source said."
# (its subject is who "she added" goes on to mean in the next sentence, when nobody is named between)
_TAG_ROLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)\s+"
                       r"(?:[a-z]+ly\s+)?(?P<verb>said|says|told|tells|added|adds|explained|insisted|"
                       r"warned|admitted|conceded|recalled|wrote|writes|stated|noted|continued)\b")
_AFTER_QUOTE = re.compile(r"\ue000\s*,?\s*\Z")
# An asker's tag: the "he" or "she" of the next sentence is whoever answers, not the asker
_ASKING = frozenset(("asked", "asks", "questioned", "demanded", "wondered", "queried", "pressed"))


def _sentence_role(frame: str, subject: _Subject, what: int,
                   names: list[tuple[int, int, Person, bool]]) -> _Subject | None:
    """The subject when it is an unnamed person's role opening its sentence as its subject ("The judge
    reserved his decision."), not a body ("The council met") nor a role inside a clause."""
    if what not in (2, 3) or subject.person is not None or subject.basis != "unnamed":
        return None
    if subject.how.endswith(_LETTERED_HOW):
        return subject  # "Witness C told the inquiry": a lettered witness is only ever matched as a subject
    m = _role_and_verb(frame, subject)
    if m is None:
        return None
    if _ACTS_ON_ANOTHER.match(frame, m.end()) or any(n[0] == _next_word_start(frame, m.end()) for n in names):
        return None  # "The judge praised his courage." / "thanked him" / "thanked Hart": about another
    if (told := _PERSON_PHRASE.match(frame, m.end())) is not None and _person_noun(told):
        return None  # "the judge told the defendant": the next "she" may be the one told
    return subject


def _role_and_verb(frame: str, subject: _Subject) -> re.Match[str] | None:
    """The subject's role and its verb when the subject opens its sentence or a tag after a quote, the
    role an unnamed person's (no plural, no body) and the verb no asker's; else None."""
    opens = _SENTENCE_OPENS.search(frame, max(0, subject.start - 4), subject.start) is not None
    if subject.how.endswith(_OFFICE_HOW):  # "The Minister for Health said …. “…,” she added.": its holder
        m = _OFFICE_VERB.match(frame, subject.end) if opens else None
        return m if m is not None and m.group("verb") not in _ASKING else None
    if _AFTER_QUOTE.search(frame, max(0, subject.start - 4), subject.start):
        m = _TAG_ROLE.match(frame, subject.start) or _SENTENCE_ROLE.match(frame, subject.start)
    else:
        m = _SENTENCE_ROLE.match(frame, subject.start) if opens else None
    if m is None or m.start("role") >= subject.end or m.group("verb") in _ASKING or (
            m.group("role") not in ROLE_NOUNS and m.group("role") not in _UNNAMED_ROLE_SET):
        return None
    if _is_no_one_person(m.group("role")):
        return None  # "the administrators said", "a council office said": no "she" goes on with them
    return m


# The verb right after an office by its portfolio: "The Minister for Health (then) said"
_OFFICE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|was\s+|then\s+)?"
                          r"(?P<verb>[a-z]+(?:ed|s)|said|told|wrote)\b")
# The object right after a role's verb that is someone else: "thanked him", "praised his courage", past
# "to" or a participle: "said to her", "wrote to her", "said, interrupting her"
_ACTS_ON_ANOTHER = re.compile(r"(?:\s+to|,?\s+[a-z]+ing(?:\s+(?:to|at|with))?)?"
                              r"\s+(?:him|her|his|them|their)\b")
# A singular person the verb acts on or a sentence opens with: "told the defendant", "The defendant
# shook her head" (its head noun is checked by _person_noun)
_PERSON_PHRASE = re.compile(r"(?:\s+to)?\s+(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?P<noun>[a-z][\w-]*)\b(?![\w-]|\s+(?:of|for)\b)")
# People a story calls by their part in it though no role noun above names them: "the defendant"
_PARTY_NOUNS = frozenset(("defendant", "accused", "claimant", "plaintiff", "victim", "patient", "applicant",
                          "complainant", "appellant", "tenant", "customer", "passenger", "pupil", "student"))


def _person_noun(phrase: re.Match[str]) -> bool:
    """Whether a matched phrase's head noun is one singular person ("the defendant", "a neighbour")."""
    noun = phrase.group("noun")
    return (noun in ROLE_NOUNS or noun in _UNNAMED_ROLE_SET or noun in _PARTY_NOUNS
            or noun in _SEXED_ROLES) and not _is_no_one_person(noun)


def _person_opens_between(frame: str, start: int, end: int) -> bool:
    """Whether a sentence between opens on one unnamed person doing something ("The defendant shook her
    head."): whom a "she" after it may mean, as a name between would be."""
    for stop in _STOP_BETWEEN.finditer(frame, start, end):
        phrase = _PERSON_PHRASE.match(frame, stop.end() - 1)
        if phrase is not None and phrase.end() < end and _person_noun(phrase) and _VERB_NEXT.match(
                frame, phrase.end()):
            return True
    return False


# The verb after a sentence's subject, regular or not ("shook"), but no clause or list going on
_VERB_NEXT = re.compile(r"\s+(?!(?:who|whose|and|or|in|at|on|with)\b)[a-z]+\b")


def _is_no_one_person(role: str) -> bool:
    """A role noun no "he" or "she" stands for: a plural ("administrators") or a body ("office")."""
    singular = role[:-1] if role.endswith("s") else ""
    return role == "office" or singular in ROLE_NOUNS or singular in _UNNAMED_ROLE_SET


def _next_word_start(frame: str, at: int) -> int:
    """Where the word after position ``at`` starts (past its blanks)."""
    return at + len(frame[at:]) - len(frame[at:].lstrip())


# "The presenter, Ann Cole, asked whether he would resign. “…,” he replied.": who answers is not who asked
_ASKED_AFTER = re.compile(r"[^.!?“”\"]{0,40}?\basked\b")
_REPLY_AFTER = re.compile(r"\s+(?:replied|replies|answered|answers|responded|responds|retorted|"
                          r"shot\s+back|(?:said|says|added)\s+in\s+(?:reply|response))\b")


def _answers_the_asker(frame: str, outsider: Person, pronoun: re.Match[str],
                       names: list[tuple[int, int, Person, bool]]) -> bool:
    """Whether the pronoun replies to a question the outsider asked earlier in the paragraph."""
    if _REPLY_AFTER.match(pronoun.string, pronoun.end()) is None:
        return False
    return any(n[2] is outsider and n[1] <= pronoun.start() and _ASKED_AFTER.match(frame, n[1])
               for n in names)


# Nouns of a role that say the holder's sex though no role noun above does ("a spokeswoman said").
_SEXED_ROLES = {"spokeswoman": "she", "spokesman": "he", "policewoman": "she", "policeman": "he",
                "headmistress": "she", "headmaster": "he", "waitress": "she", "landlady": "she",
                "councilwoman": "she", "councilman": "he", "fireman": "he", "postman": "he",
                "postwoman": "she"}


def _gender(phrase: str) -> str:
    """The pronoun the last gendered noun of a phrase gives ("a woman who …" she), or ""."""
    return next((ROLE_NOUNS.get(w) or _SEXED_ROLES[w] for w in reversed(phrase.lower().split())
                 if ROLE_NOUNS.get(w) or w in _SEXED_ROLES), "")


def _quoted_outsider(tracker: _Tracker) -> Person | None:
    """The speaker of the paragraph before when the config does not know them, else None."""
    if tracker.continuing is None or tracker.last_asked:  # "“…?” Hale asked. Pressed, he said" is the other
        return None
    person = tracker.continuing[0].person
    return person if person is not None and person in tracker.outsiders else None


_HEAD_ENDS = re.compile(r"\s+(?:from|at|of|for|with|in|on|who|named|identified|,)\b.*$", re.I)


def _head_noun(phrase: str) -> str:
    """The head noun of an unnamed speaker's phrase: "A reporter from the Gazette" → "reporter"."""
    words = _HEAD_ENDS.sub("", phrase).split()
    return words[-1].lower() if words else ""


_NOBODY_FITS = {"he": "unidentified man", "she": "unidentified woman"}


def _event_subject(what: int, i: int, names: list[tuple[int, int, Person, bool]],
                   pronouns: list[re.Match[str]], unnamed: list[_Subject],
                   described: list[tuple[int, int, str, str]], tracker: _Tracker, frame: str = ""
                   ) -> _Subject | None:
    """One event of _subjects as a subject, resolved against what the tracker knows now."""
    if what == 0:
        start, end, person, possessive = names[i]
        if possessive and _OWN_ACCOUNT.match(frame, end):  # "the FWG's official account replied": the FWG
            return _Subject(start, end, person.name, person, "named", "named (its own account)")
        return _Subject(start, end, person.name, person, "named", "named", possessive)
    if what == 1:
        m = pronouns[i]
        found = tracker.by_pronoun(m.group(1))
        if found is None and m.group(1).lower() in _NOBODY_FITS:
            last = tracker.continuing[0] if tracker.continuing is not None else None
            if (last is not None and last.person is None and last.basis == "unnamed"
                    and _gender(last.name) in ("", m.group(1).lower())):
                # "the judge said …" then "“…,” she added": the one quoted just before, unnamed
                return _Subject(m.start(), m.end(), last.name, None, "unnamed",
                                f"pronoun '{m.group(1)}' → {last.name} (quoted just before)")
            # nobody named before goes by this pronoun: someone, but never the nearest other name
            who = _NOBODY_FITS[m.group(1).lower()]
            return _Subject(m.start(), m.end(), who, None, "unnamed",
                            f"weak: pronoun '{m.group(1)}' fits nobody named before ({who})")
        if found is None:
            return None
        return _Subject(m.start(), m.end(), found.name, found, "pronoun",
                        f"pronoun '{m.group(1)}' → {found.name} (last named)")
    if what == 2:
        return unnamed[i]
    start, end, phrase, head = described[i]
    elsewhere = _role_elsewhere(frame, end, head, names, tracker)
    apposed = _APPOSED_NAME.match(frame, elsewhere.end() if elsewhere else end)
    if apposed is not None and not any(end < n[0] < apposed.end() for n in names):
        # "the council's consultant ecologist, Dr Neil Baxter": the role of someone the config does not
        # know, named right after it, never the config's holder of a like role
        name, shown = apposed.group("name"), " ".join(phrase.split())
        return _Subject(start, apposed.end("name"), name, None, "unnamed",
                        f"unnamed: {shown}, {name} (named after the role)")
    if elsewhere is not None:  # "the chief executive of SpeQtra Orbit said": not the cast's chief executive
        shown = " ".join(frame[start:elsewhere.end()].split())
        return _Subject(start, elsewhere.end(), shown, None, "unnamed",
                        f"unnamed: {shown} (the role at a body of no one the config knows)")
    if (head in _AGENT_ROLES and _FOR_PARTY.search(phrase)
            and " ".join(phrase.lower().split()) not in tracker.learned):
        shown = " ".join(phrase.split())
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (acting for another)")
    if (head not in ROLE_NOUNS and head not in ORG_NOUNS and head not in tracker.configured
            and head not in tracker.learned):
        # a noun only its quote's credit admits (_any_noun_credited): "a close associate …" met before
        # is that one, else whoever was named
        met = _met_as_someone(head, frame[:start], tracker)
        if met is not None:
            shown = " ".join(phrase.split())
            return _Subject(start, end, met, None, "unnamed", f"unnamed: '{shown}' → {met} (met before)")
    if (head in _PUBLIC_BODIES and head not in ROLE_NOUNS and head not in tracker.configured
            and head not in tracker.learned and " ".join(phrase.lower().split()) not in tracker.learned):
        according = _ACCORDING_DOCUMENT.search(frame, 0, start) is not None
        if (not according and (_as_object(frame, start) or not _opens_clause(frame, start))) or re.match(
                r"[ \t]+[A-Z]", frame[end:end + 2]):
            # (but "according to a statement from the council": the council's words); a body inside a
            # clause ("reminded members that the council had …, and said") is not who speaks
            return None
        body = next((p for p in reversed(tracker.people) if p.pronoun.lower() in ("it", "")
                     and re.search(rf"\b{head}\b", p.name, re.I)), None)
        shown = " ".join(phrase.split())
        shown = "the" + shown[3:] if shown.startswith("The ") else shown  # "The coastguard said"
        if body is not None:  # "Harbour Council … the council said"
            return _Subject(start, end, body.name, body, "descriptor", f"descriptor '{shown}' → {body.name}")
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (a public body)")
    if ((head in ORG_NOUNS or head in _PRESS_BODIES) and head not in ROLE_NOUNS
            and head not in tracker.configured and head not in tracker.learned
            and " ".join(phrase.lower().split()) not in tracker.learned):
        # "the company said": the organisation of the cast named last, unless none goes by "it" or the
        # text met another body by this noun ("Residents have formed a group"); then its own speaker,
        # never a person named before ("Hart runs the depot. “…,” the company said"); the press
        # ("the newspaper said") is always its own
        if head in ORG_NOUNS and tracker.goes_by_it and not _org_met(
                head, f"{tracker.previous_text}\n{frame[:start]}"):
            org = _resolve_descriptor(phrase, head, tracker)
            if org is not None:
                return _Subject(start, end, org[0].name, org[0], "descriptor", org[1])
        if _as_object(frame, start) or re.match(r"[ \t]+[A-Z]", frame[end:end + 2]):
            return None  # "a report by the campaign group Fair Game, “…”, found": no speaker here
        shown = " ".join(phrase.split())
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (no organisation of the cast)")
    resolved = _resolve_descriptor(phrase, head, tracker)
    if (resolved is not None and resolved[1].endswith("(last named; weak)")
            and _another_introduced(frame[:start], head)):
        shown = " ".join(phrase.split())  # "met the widow of a fisherman. “…,” the widow said": not her
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (another introduced before)")
    if resolved is None or resolved[1].endswith("(last named; weak)"):
        portfolio = _PORTFOLIO.match(frame, end) if _TITLED_ROLE.fullmatch(phrase) else None
        if portfolio is not None and not _office_given(tracker, head, frame[end:portfolio.end()]):
            # "The Minister for Youth and Sports, asked …, said": an office of its own (unless the text
            # gave a known person this role: "Ada Lind, the Minister for Harbours,", "Mayor Lind")
            shown = " ".join(frame[start:portfolio.end()].split())
            return _Subject(start, portfolio.end(), shown, None, "unnamed", f"unnamed: {shown} {_OFFICE_HOW}")
        unnamed_role = _unnamed_role(start, end, phrase, head, tracker)
        if unnamed_role is not None or resolved is None:
            return unnamed_role
    return _Subject(start, end, resolved[0].name, resolved[0], "descriptor", resolved[1],
                    possessive=_SAID_THING.match(frame, end) is not None,
                    role=head if resolved[1].endswith("(last named; weak)") else "")


_OFFICE_HOW = "(an office by its portfolio)"
# An office named by its capitalised title and portfolio, not by its holder: "The Minister for Youth and
# Sports", "the Secretary of State for Transport" (the holder is whoever the office is, not the last named).
_TITLED_ROLE = re.compile(rf"[Tt]he\s+(?:[{_UPPER}][{_LOWER}]+\s+){{0,2}}[{_UPPER}][{_LOWER}]+")
_PORTFOLIO = re.compile(rf"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[{_UPPER}][\w’'-]*"
                        rf"(?:(?:,[ \t]+|[ \t]+(?:and|&|of|for)[ \t]+|[ \t]+)[{_UPPER}][\w’'-]*){{0,4}}")


def _office_given(tracker: _Tracker, head: str, portfolio: str) -> bool:
    """Whether the text gave a known person this office: its title with this portfolio or none ("Ada
    Lind, the Minister for Harbours,", "Mayor Lind"), not another portfolio's ("Bo Hart, the Minister
    for Transport," holds no "Minister for Health")."""
    wanted = " ".join(portfolio.lower().split())
    for key in tracker.learned:
        words = key.split()
        if head not in words:
            continue
        given = " ".join(words[words.index(head) + 1:])
        if not given.startswith(("for ", "of ")) or given == wanted or given.startswith(wanted + " "):
            return True
    return False


def _another_introduced(before: str, head: str) -> bool:
    """Whether the text before introduces someone new by the role's noun and whose it is ("met the
    widow of a fisherman"), not as an apposition to a name ("Ada Lind, the widow of …")."""
    introduces = rf"(?<![,(])[ \t\n](?:the|a|an)[ \t]+{re.escape(head)}[ \t]+of[ \t]+"
    return re.search(introduces, before) is not None


def _role_elsewhere(frame: str, end: int, head: str, names: list[tuple[int, int, Person, bool]],
                    tracker: _Tracker) -> re.Match[str] | None:
    """The "of <Body>" right after a role the config gives someone ("the chief executive of SpeQtra
    Orbit") when the body is none of the cast's and no descriptor of the role's holders names it, the
    config's or one the text set off after a holder's name ("Tom Voss, the harbourmaster at Eastmarsh,"):
    the role held at another body, by someone else."""
    whose = _WHOSE.match(frame, end)
    if whose is None or head not in tracker.configured or any(
            end <= n[0] < whose.end() and n[2] not in tracker.outsiders for n in names):  # a body of the cast
        return None
    body = " ".join(whose.group(0).split()[1:]).lower().removeprefix("the ")
    holders = tracker.configured[head]
    told = " ".join(d.lower() for p in holders for d in (p.name, *p.descriptors, *tracker.descriptors.get(
        p.name, ())))
    learned = " ".join(phrase for phrase, person in tracker.learned.items() if person in holders)
    return None if body in told or body in learned else whose


# A full name set off right after a description ("the club's new coach, Ada Voss, said"), perhaps titled.
_APPOSED_NAME = re.compile(rf",[ \t]+(?:{_OUTSIDER_TITLE})?"
                           rf"(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{1,2}})"
                           rf"(?=[ \t]*[,.;:)]|[ \t]*\Z|[ \t]+(?:{_OUTSIDER_VERBS})\b)")


def _unnamed_role(start: int, end: int, phrase: str, head: str, tracker: _Tracker) -> _Subject | None:
    """A role nobody named holds: another holder ("the shadow minister"), a role with its owner
    ("the trust's medical director", remembered, so "the medical director" later is them too) or
    the press asking ("the presenter asked"); None where the role may be the person named last."""
    shown = " ".join(phrase.split())
    owned = _ROLE_OWNER.search(phrase) is not None  # "the union's director" is not "the trust's director"
    earlier = "" if owned else (tracker.unnamed_roles.get(head) or (
        tracker.last_unnamed if tracker.last_unnamed.split()[-1:] == [head] else ""))
    if earlier:  # "a former site manager … the former manager added"; "the medical director said"
        return _Subject(start, end, earlier, None, "unnamed",
                        f"unnamed: '{shown}' → {earlier} (named before)")
    other = _OTHER_HOLDER.search(phrase)
    if other and (head in _OFFICES or other.group(0) not in ("former", "ex")):
        # "the shadow sports minister" is not the minister named last, nor "the former minister"; "the
        # former restaurateur", "the former gymnast" (an occupation, no office) is whoever was named
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (another holder of the role)")
    if owned or head in _PRESS_ROLES:
        tracker.unnamed_roles[head] = shown
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown}")
    if _formal_office(shown):  # "The Monitoring Officer advised": an office of its own, not the last named
        tracker.unnamed_roles[head] = shown
        return _Subject(start, end, shown, None, "unnamed", f"unnamed: {shown} (an office as a title)")
    return None


# An owner inside a description: "the trust's medical director", "the club's chief executive".
_ROLE_OWNER = re.compile(r"\w[’']s\s")
# The press in a report: "the presenter asked" is not the person interviewed.
_PRESS_ROLES = frozenset(("presenter", "interviewer", "reporter", "journalist", "anchor"))
# Offices one person holds at a time: "the former minister" is another holder of the office.
_OFFICES = frozenset(("minister", "secretary", "mayor", "president", "chairman", "chairwoman", "chair",
                      "chief", "ceo", "executive", "director", "manager", "coach", "captain", "leader",
                      "governor", "senator", "councillor", "head", "boss", "editor", "owner", "headteacher",
                      "principal", "chancellor", "commissioner", "coordinator", "officer", "landlord"))
# Words that make a role someone else's than its holder named last ("the shadow minister").
# (lower case: "the New York lawyer" is no "new"; a hyphened title is an office of its own: "the
# vice-chancellor" is no other chancellor, "the ex-minister" is)
_OTHER_HOLDER = re.compile(r"\b(?:(?:shadow|deputy|opposition|former|assistant|vice|junior|rival|"
                           r"another|other|previous)\b(?!-)|ex\b)")


_FINDING = frozenset(("found that", "finds that"))
_RULING = frozenset(("ruled that", "rules that"))
# "that" as the object, no clause after it: "ruled that out", "found that hard to believe"
_THAT_OBJECT = re.compile(r"\s+(?:out|hard|easy|difficult|odd|strange|surprising|interesting|upsetting|"
                          r"helpful|useful|unacceptable|acceptable|worrying|amusing|offensive|ridiculous|funny|frustrating|"
                          r"disappointing|encouraging|shocking|baffling|reassuring|insulting|outrageous|"
                          r"impossible|unlikely|fascinating)\b")
# Who finds in the judging sense (a person by name or pronoun finds only with one of these near)
_BENCH = re.compile(r"\b(?:[Jj]udge|[Jj]ustice|[Cc]oroner|[Ss]heriff|[Rr]ecorder|[Mm]agistrate|[Tt]ribunal|"
                    r"[Cc]ourt|[Ii]nquiry|[Pp]anel|[Jj]ury|[Oo]mbudsman|[Ii]nspector|[Aa]uditor|[Rr]eview|"
                    r"[Ii]nvestigation|[Rr]eport|[Ss]tudy|[Ss]urvey|[Cc]hair(?:man|woman)?|[Jj]udge?ment|[Rr]uling|"
                    r"[Vv]erdict|Lord|Lady)\b")  # "Lord Fernie found that": a Scottish judge's title


_BY_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s")
# A passive of telling with its agent: "Hart was told by the judge:" (not "asked by": the subject answers)
_TOLD_BY = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:told|warned|informed|ordered|reminded)"
                      r"\s+by\s")


# A sentence's opening: the frame's start, a stop and spaces, or a quote mark.
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?\ue000]\s*|\n\s*)\Z")
# A fronted "Asked …" clause up to the subject after its comma, no stop nor quote inside.
_ASKED_CLAUSE = re.compile(r"[^.!?;:\ue000]{1,160},\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?")
# A sentence stop between a subject and a verb ("… grandparents. Asked …"), not an initial or a title
# ("Mr. Hart", "J. Hart", "St. Ives").
_STOP_BETWEEN = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!Mrs)[.!?][\"”’']?\s+(?=[A-Z\ue000])")


# A participle as the complement of a verb of wanting ("the question everyone wants answered", "needed
# explaining"), no verb of saying.
_COMPLEMENT = re.compile(r"\b(?:wants?|wanted|needs?|needed|wanting|needing)\s+\Z")


# What stands right before "claims" used as a verb: its subject (a name, a pronoun, "who") and perhaps an
# adverb; not a determiner or another verb ("the claims", "faces claims that").
_CLAIMS_SUBJECT = re.compile(r"(?:\b(?:he|she|it|they|who|He|She|It|They)"
                             r"|\b(?!(?:The|These|Those|His|Her|Their|Its|Such|New|Fresh|Any|No|Both)\b)"
                             r"[A-Z][\w’'-]*|\ue000,?)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?\Z")


# A passive of telling whose words follow in a that-clause, no agent: "were told, in terms, that …".
_TOLD_WORDS = frozenset(("told", "informed", "advised", "warned"))
_TOLD_THAT = re.compile(r"(?:,[^,.;:!?\ue000]{1,30},)?\s+that\b")


# The body a document is from, named after "according to a statement from": "the Harbour Office"
_SOURCE_BODY = re.compile(rf"(?:[Tt]he[ \t]+)?[{_UPPER}][\w’'&-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?"
                          rf"[{_UPPER}][\w’'&-]*){{0,5}}")


_CALENDAR_WORDS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                             "January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"))
# The lower-case title between a body and its officer's name: "Harbour Office chief executive Bo Hart"
# (title words, not a preposition's: "from the council about Bo Hart" is the council's, about him)
_TITLE_WORDS_GAP = re.compile(r"(?:[ \t]+(?!(?:about|on|over|for|to|of|and|or|by|in|at|with|against|after|"
                              r"before|regarding|concerning|that|which|who)\b)[a-z][\w-]*){1,4}[ \t]+")


def _unknown_source(frame: str, at: int, next_subject: _Subject | None) -> _Subject | None:
    """The body "according to a statement from …" names when it is none of the cast's: the document's
    words are its own, not those of a person it goes on to report ("According to a statement from the
    Harbour Office, Ms Lind “expects …”": the office's); the known person when the phrase names one as
    the body's officer ("from Harbour Office chief executive Bo Hart"); None when the source is a known
    subject or the words after "from" are a date ("from Monday")."""
    document = _DOCUMENT_OF.match(frame, at)
    body = _SOURCE_BODY.match(frame, document.end()) if document is not None else None
    if body is not None and body.group(0).split()[-1] in _CALENDAR_WORDS:
        return None  # "a statement from Monday", "from June": when, not who
    if (body is not None and next_subject is not None and next_subject.person is not None
            and _TITLE_WORDS_GAP.fullmatch(frame, body.end(), next_subject.start)):
        return next_subject  # "from Harbour Office chief executive Bo Hart": the known author named
    if body is None or (next_subject is not None and next_subject.start < body.end() and not (
            next_subject.end > body.end() and frame.startswith(",", body.end()))):
        # "according to a statement from Tidewell": Tidewell's, found as a subject (but "from the Harbour
        # Office, Ms Lind" read as one description of her is the office and then her)
        return None
    shown = " ".join(body.group(0).split())
    shown = "the" + shown[3:] if shown.startswith("The ") else shown
    return _Subject(body.start(), body.end(), shown, None, "unnamed",
                    f"unnamed: {shown} (the source of the document quoted)")


def _verb_subject(frame: str, subjects: list[_Subject]) -> tuple[_Subject, str, bool] | None:
    """The subject of the first reporting verb that has one, the verb, and whether the subject
    follows it ("…," said Damon; according to a spokesperson)."""
    usable = [s for s in subjects if not s.possessive]
    ends = [s.end for s in usable]
    starts = [s.start for s in usable]
    # a verb right before a colon and its quote first: "As Lind began to speak, a man shouted: “…”"
    for verb in sorted(_VERB.finditer(frame), key=lambda v: _COLON_Q.match(frame, v.end()) is None):
        phrase = " ".join(verb.group(1).lower().split())
        form = _VERB_FORM.get(phrase, "say")
        if phrase.startswith("to ") and not _SPEECH_PURPOSE.search(frame, max(0, verb.start() - 60),
                                                                   verb.start()):
            continue  # "Traders want Hart to promise “…”": only a speech's purpose is speech
        if (_PASSIVE.search(frame, max(0, verb.start() - 12), verb.start())
                and _BY_AFTER.match(frame, verb.end())):
            continue  # "Lind was heckled by a man shouting “…”": the agent after "by" speaks, not Lind
        if (phrase in _TOLD_WORDS and _PASSIVE.search(frame, max(0, verb.start() - 12), verb.start())
                and (_TOLD_THAT.match(frame, verb.end()) or _COLON_Q.match(frame, verb.end()))):
            # "donors were told, in terms, that the painting had been “…”", "on my first day we were
            # told: “…”": whoever told them, unnamed
            return (_Subject(verb.start(), verb.end(), "unnamed sources", None, "unnamed",
                             f"unnamed: '{verb.group(1)}' in the passive, no teller named"), phrase, False)
        if _COMPLEMENT.search(frame, max(0, verb.start() - 12), verb.start()):
            continue  # "the question everyone wants answered:": a participle, nobody answers here
        if phrase == "claims" and not _CLAIMS_SUBJECT.search(frame, max(0, verb.start() - 40), verb.start()):
            continue  # "Damon faces claims that …", "the claims of a “cover-up”": the noun
        if phrase in _FINDING | _RULING and _THAT_OBJECT.match(frame, verb.end()):
            continue  # "The judge ruled that out, and …": no finding reported
        if form == "emote":  # "she fumed:", "“…,” he stormed"; not "stormed out of the room after …"
            quote_before = _Q in frame[max(0, verb.start() - 40):verb.start()]
            if not (quote_before or _COLON_OR_QUOTE.match(frame, verb.end())):
                continue
            form = "say"
        judging = form == "name"
        if judging:
            naming = _NAMING.match(frame, verb.end())
            if (not naming or _PASSIVE.search(frame, max(0, verb.start() - 12), verb.start())
                    or _VERB.search(frame, verb.end(), naming.end() - 1)
                    or _SPEECH_OF.search(frame, verb.end(), naming.end() - 1)):
                continue  # "called the police." is no speech; nor "was accused by", "for saying"
            form = "say"
        after = bisect_left(starts, verb.end())
        if verb.group(1) == "Asked" and _OPENS_SENTENCE.search(frame, max(0, verb.start() - 4), verb.start()):
            # "Asked whether he understood, Nair replied:", "Asked if it was spent, Priya shakes her
            # head.": a fronted participle; who was asked is the subject after its clause
            asked = next((s for s in usable[after:] if _ASKED_CLAUSE.fullmatch(frame, verb.end(), s.start)
                          and not frame.startswith(("'s", "’s"), s.end)), None)
            if asked is not None:
                return asked, phrase, False
            continue
        follows = (after < len(usable) and (usable[after].start <= verb.end() + _AFTER_WINDOW
                                            or _titles_only(frame[verb.end():usable[after].start])
                                            or _ROLE_BEFORE_NAME_SET.fullmatch(frame, verb.end(),
                                                                               usable[after].start))
                   and not _STOP_IN_GAP.search(frame, verb.end(), usable[after].start))
        if form == "after":
            source = _unknown_source(frame, verb.end(), usable[after] if after < len(usable) else None)
            if source is not None:  # "according to a statement from the Harbour Office, Ms Lind “…”"
                return source, phrase, True
            if follows or (after < len(usable)
                           and _DOCUMENT_OF.fullmatch(frame, verb.end(), usable[after].start)):
                return usable[after], phrase, True  # also "according to a statement from the club"
            continue
        follows = follows and not judging  # "branded Lind “…”": the name after is the object
        if form == "say" and follows and frame[max(0, verb.start() - 4):verb.start()].strip(" ,") == _Q:
            if phrase in _NOUN_TOO and _VERB_OF_NAME.match(frame, usable[after].end):
                continue  # "“…”, remarks Hart later described as cheap": the noun, Hart the clause's subject
            return usable[after], phrase, True
        before = _outside_parenthetical(frame, usable, bisect_left(ends, verb.start() + 1) - 1, verb.start())
        if before >= 0 and _STOP_BETWEEN.search(frame, usable[before].end, verb.start()):
            before = -1  # "The couple's daughters are with grandparents. Asked …": another sentence's
        if before >= 0 and (usable[before].end >= verb.start() - _SUBJECT_WINDOW
                            or _APPOSITIVE.fullmatch(frame, usable[before].end, verb.start())
                            or _far_participle(frame, usable[before], verb.start())):
            finder = usable[before]
            if phrase in _FINDING and (finder.basis in ("named", "pronoun") or finder.how.startswith(
                    "weak: pronoun")) and not _BENCH.search(frame, max(0, finder.start - 30), verb.start()):
                continue  # "he got home and found that his car had been “smashed”": no finding of a bench
            inner = _reported_speaker(frame, usable, verb.end(), finder)
            if inner is not None:
                return inner
            if _object_of_an_unknown_subject(frame, usable, before, verb.start()):
                continue  # "The court fined Hart 900 pounds, telling him …": the court's words, not Hart's
            before = _past_object(frame, usable, before, verb.start())
            return _joint(frame, usable, before), phrase, False
        if form == "say" and follows and not _CLAUSE_AFTER.match(frame, usable[after].end) and not (
                _QUOTE_NEXT.match(frame, usable[after].end) and verb.start() > 0
                and frame[:verb.start()].strip()[-1:] not in (_Q, ",")):
            # "Residents say Hart “has never …”": the quote is what they say of Hart, not Hart's words
            return usable[after], phrase, True
    return _per_credit(frame, usable)


# "Per a spokesperson for the chain, it “…”", "…, per the club's statement": "per" as American papers use
# "according to", only opening a sentence or a clause (never "£5 per jar", "ten per cent")
_PER = re.compile(r"(?:\A\s*|[.!?]\s+|[,;—–(]\s*)(?:Per|per)\s+"
                  r"(?=(?:an?|the|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s|[A-Z])")


def _per_credit(frame: str, usable: list[_Subject]) -> tuple[_Subject, str, bool] | None:
    """The one a "Per …" credit names, right after it (the sentence has no reporting verb of its own), for
    a quote in its own sentence (never one in a later sentence: "Per Lind, it ends. Locals call it “…”")."""
    for m in _PER.finditer(frame):
        who = next((s for s in usable if s.start >= m.end()), None)
        quote = frame.find(_Q, m.end())
        if (who is not None and who.start == m.end() and quote >= 0
                and not _SENTENCE_BREAK.search(frame, who.end, quote)):
            return who, "per", True
    return None


# Verbs of saying that are also plural nouns: after a quote with a name next, the noun when that name has a
# verb of its own ("“…”, remarks Hart later described as cheap", "“…”, notes Hart kept for years"), the
# verb when the name ends the credit ("“…,” notes Hart.", "notes Hart drily", "notes Hart, smiling").
_NOUN_TOO = frozenset(("notes", "remarks"))
_VERB_OF_NAME = re.compile(r"[ \t]+(?:(?:later|once|then|still|never|had|has|have|[a-z]+ly)[ \t]+)?"
                           r"(?:[a-z]{2,}ed|had|has|have|was|were|is|are|would|will|could|might|kept|made|"
                           r"wrote|gave|sent|left|took|put|got|said|thought|found|called|read|heard|drew|"
                           r"held|built|brought|sold|lost|won|meant|told|set|let|saw|knew)\b")


# A full stop between a verb and the name after it ends the sentence, unless it closes a title's
# abbreviation ("“…,” said Ms. Rennie", "said Prof. Lind", as US papers write them).
_STOP_IN_GAP = re.compile(r"(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St))(?<!\b(?:Mrs|Sgt|Rev|Det|Gov|Rep|Sen))"
                          r"(?<!\bProf)(?<!\bCllr)[.!?]")


def _teller_before(frame: str, resolved: list[_Subject], start: int) -> bool:
    """Whether someone already met in the same sentence stands before `start` ("He said a nurse …")."""
    return any(s.end <= start and not re.search(r"[.!?]", frame[s.end:start]) for s in resolved)


_QUOTE_NEXT = re.compile(r"[ \t]*\ue000")  # a quote right after a name, no comma or colon between


# A subject after a verb that has a verb of its own is the subject of a reported clause, not the
# speaker after the verb ("Critics say Hart is “a menace”", "fans say he has “lost his touch”").
_CLAUSE_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|would|will|could|should|can|may|might|"
                           r"must|did|does|do|isn[’']t|wasn[’']t|hasn[’']t|hadn[’']t|won[’']t|wouldn[’']t|"
                           r"doesn[’']t|didn[’']t|can[’']t|couldn[’']t)\b")


# A named person's report inside another's, right before the quote: "said Solberg had told trustees".
# ("a nurse had taken him aside and told him to “…”": a first deed joined by "and" may stand between)
# ("He says Lind once told him …": an adverb of time may stand before the verb; "Lind had visited the
# farm and asked whether he could “…”": a question asked is a report of the asker's words too)
_INNER_REPORT = re.compile(rf"(?:{_SOMEONE_FIRST_DID})?"
                           r"\s+(?:had\s+|has\s+)?(?:(?:once|later|then|also|previously|repeatedly|"
                           r"allegedly|privately|personally|even|already)\s+)?"
                           r"(?:told|said|written|wrote|warned|insisted|admitted|assured|"
                           r"promised|conceded|confirmed|asked(?=\s+(?:whether|if)\b))\b"
                           r"(?!\s+nothing\b)")  # "then said nothing and “…”": silence passes no words on


_NEW_CLAUSE = re.compile(r"[.!?;]|,\s+(?:but|and|while|whereas|although|though|yet|so)\s+"
                         r"(?:he|she|they|I|we|it|[A-Z][\w’'-]+\s+(?:said|says|was|is|had|has|would|will))\b"
                         # the outer speaker goes on: "said Hart had confirmed it, adding that …",
                         # "… and that …"
                         r"|,\s+(?:adding|saying|noting|insisting|arguing|calling|describing)\b"
                         r"|\band\s+(?:that|added|adds|said|says|called|calls|described|insisted)\b")


def _reported_speaker(frame: str, usable: list[_Subject], after: int, outer: _Subject | None = None
                      ) -> tuple[_Subject, str, bool] | None:
    """The person, named or not, whose words a report passes on ("One of the people said Solberg had
    told trustees she “…”": Solberg's words; "Shaw said a manager told him midwives would “…”": the
    manager's; "Lind said he had come home and told her: “…”": his, a pronoun that cannot be the outer
    speaker), when their own verb of saying stands between the outer verb
    and the sentence's first quote with no stop or new clause (", but …") between."""
    quote = frame.find(_Q, after)
    if quote < 0 or _NEW_CLAUSE.search(frame, after, quote):
        return None  # "Lind said Hart had warned her, but she “…”": a new clause is the outer speaker's
    for subject in usable:
        if after < subject.start < quote and (subject.person is not None and subject.basis == "named"
                                              or subject.basis == "unnamed"
                                              or _other_gender(frame, subject, outer)):
            m = _INNER_REPORT.match(frame, subject.end)
            if m is not None:
                return subject, " ".join(m.group(0).split()), False
    return None


def _other_gender(frame: str, pronoun: _Subject, outer: _Subject | None) -> bool:
    """Whether a subject is "he" or "she" resolved to a known person while the outer speaker is a known
    person of the other pronoun: the reported clause's subject is then someone else ("Lind said he …")."""
    word = frame[pronoun.start:pronoun.end].lower()
    return (pronoun.basis == "pronoun" and pronoun.person is not None and word in ("he", "she")
            and outer is not None and outer.person is not None and outer.person.pronoun in ("he", "she")
            and outer.person.pronoun != word and pronoun.person.pronoun == word)


_TITLE_WORDS = frozenset(("captain", "skipper", "sergeant", "inspector", "detective", "constable", "judge",
                          "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "professor", "prof", "sir",
                          "dame", "lord", "lady", "rev", "reverend", "father", "sister", "general",
                          "colonel", "chair", "cllr", "cllr.", "councillor", "insp", "insp.", "sgt", "sgt.",
                          "supt", "supt.", "det", "det.", "mayor", "senator", "rep.", "gov.", "governor",
                          "champion", "medallist", "medalist", "olympian", "world-champion"))
_MAX_TITLE_WORDS = 3  # "said club captain Bo Hart", "said board chair Ada Lind"
_NOT_IN_TITLES = frozenset(("with", "of", "for", "to", "and", "from", "by", "at", "in", "on", "the", "a",
                            "an"))


# "said (the industry's former safety adviser, Dame) Rowena Clift": a role set off, and a title, before
# the name after the verb
_ROLE_BEFORE_NAME_SET = re.compile(r"\s+" + _ROLE_SET_OFF + r"(?:" + _OUTSIDER_TITLE + r")?")


def _titles_only(gap: str) -> bool:
    """Whether the words between a verb and the name after it are only a title ("said captain Bo
    Hart", "said former minister Cara Voss", "said two-time US champion Kerry Doane")."""
    words = gap.split()
    if any(w.lower() in _NOT_IN_TITLES for w in words):
        return False  # "said the captain with Bo Hart": Hart is not the one speaking
    return 0 < len(words) <= _MAX_TITLE_WORDS and gap[:1].isspace() and any(
        w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in ROLE_NOUNS or _OCCUPATION.fullmatch(w)
        for w in words
    ) and all(w.rstrip(".").replace("-", "").isalnum() for w in words)  # "said four-time US champion"


# A lower-case noun of a person by its ending, as a title before a name ("said retired postman Keith
# Jarvis", "said florist Ada Lind"); not the function words of the same endings ("said neither Lind nor").
_OCCUPATION = re.compile(r"(?!(?:neither|either|whether|after|never|over|under|rather|later|other|another|"
                         r"ever|however|together|further|per|sooner|longer|earlier|for|nor|or|"
                         r"many|any|german|human|woman|man)\b)[a-z][a-z-]{2,30}(?:er|or|ist|ian|man|woman)")


def _set_off_subject(frame: str, usable: list[_Subject], inner: int, at: int | None = None) -> int | None:
    """The subject that opens the sentence of `inner` and whose clauses set off after it hold it and
    run on to `at` (to its verb; with no `at`, to any verb after `inner`): "Hart, chief executive of
    Harbour Homes, which owns the quay, was more guarded": Hart, not Harbour Homes."""
    for j in range(inner - 1, -1, -1):
        if _STOP_BETWEEN.search(frame, usable[j].end, usable[inner].start) or usable[j].possessive:
            return None
        if not _opens_clause(frame, usable[j].start) or _as_object(frame, usable[j].start):
            continue
        if at is not None and _PARENTHETICAL.fullmatch(frame, usable[j].end, at):
            return j
        set_off = _PARENTHETICAL.match(frame, usable[j].end) if at is None else None
        if set_off is not None and set_off.end() > usable[inner].end:
            return j
    return None


# A role before a name set off after an unnamed speaker: "(, its owner) Mary Quinn", "(, the port's press
# officer) Mary Quinn"; no word that makes the name someone else ("owned by", "a friend of", "close to").
_ROLE_BEFORE_SET_OFF = re.compile(
    r",[ \t]+(?:(?:the|its|his|her|their|[A-Z][\w-]*[’']s)[ \t]+)?"
    r"(?:(?!(?:who|whom|which|that|by|to|with|and|or|but|of|for|from|at|in|on|about|close|familiar|like|"
    r"unlike|as|than|near|against)\b)[a-z][\w’'-]*[ \t]+){0,3}")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'&-]*[ \t]+)*[A-Z][\w’'&-]*")


def _named_set_off(frame: str, unnamed: _Subject, name: _Subject) -> bool:
    """Whether a set-off clause right after an unnamed speaker is a person's name, perhaps with a role
    before it or an "of" phrase after it ("a spokeswoman for the council, press officer Mary Quinn, said",
    "…, Mary Quinn of Corrow Media, said"): the name is who the speaker is. A business set off there
    ("…, Quay Venues Sdn Bhd, said"; a config entry that goes by "it") is whom the speaker speaks for."""
    if unnamed.person is None and name.person is not None and name.person.pronoun.lower() in ("he", "she"):
        business = False  # a person the config knows, whatever their surname ("Ramon Co")
    else:
        run = _NAME_RUN.match(frame, name.start)
        business = name.person is None or name.person.pronoun.lower() == "it" or (
            run is not None and _BUSINESS_END.fullmatch(run.group(0).split()[-1]) is not None)
    return (unnamed.person is None and not business and not name.possessive
            and not frame.startswith(("’s", "'s"), name.end)  # "…, Neon Parish's label,": the label's
            and _ROLE_BEFORE_SET_OFF.fullmatch(frame, unnamed.end, name.start) is not None)


def _outside_parenthetical(frame: str, usable: list[_Subject], before: int, verb: int) -> int:
    """The subject the verb belongs to when the nearest one before it sits in a clause set off
    after another ("Hart, who replaced Lind in May, said": Hart), else the nearest."""
    if before >= 0 and _PARENTHETICAL.fullmatch(frame, usable[before].end, verb):
        if _as_object(frame, usable[before].start):
            # "Hart, chief executive of Harbour Homes, who was also there, said": the nearest is the
            # object inside the subject's own set-off, whose relative clause follows it
            outer = _set_off_subject(frame, usable, before, verb)
            if outer is not None:
                return outer
        return before  # "…, and Hart, however, said": the nearest has a set-off clause of its own
    for j in range(before - 1, -1, -1):
        if _PARENTHETICAL.fullmatch(frame, usable[j].end, verb) and not _named_set_off(frame, usable[j],
                                                                                       usable[before]):
            return j
        if verb - usable[j].end > 2 * _SUBJECT_WINDOW + 250:
            break
    return before


_AND = re.compile(r",?\s+and\s+")
_AND_THEN = re.compile(r",?\s+(?:[a-z]+ly\s+)?and\s+(?:then\s+)?")  # "Lind looked at Hart and (then) said"


_SAYING = re.compile(r"(?:saying|telling|adding|insisting|warning|arguing|claiming|explaining)\b")
# "Hart( on Friday), saying"; a sum's or a date's own comma or point is no clause's ("fined Hart 20,000
# pounds at the crown court, telling", "on June 3, 2024, telling": a day's comma before its year)
_TO_PARTICIPLE = re.compile(r"(?:[ \t]+(?:[^.!?;:,\ue000]|(?<=\d)[,.](?=\d)|(?<=\d),(?=[ \t]\d{4}\b)){1,60})?"
                            r",[ \t]*")
# Lower-case words between a subject and a name, none joining two subjects nor naming an agent ("was
# interrupted by a volunteer, saying" is the volunteer's): "rang", "wrote to", "told"
_VERB_PHRASE = re.compile(r"(?:[ \t]+(?!(?:and|or|nor|with|by)\b)[a-z][\w’'-]*){1,3}[ \t]+")


_PARTICIPLE_REACH = 3 * _SUBJECT_WINDOW  # a long clause between a sentence's subject and its ", telling"


def _far_participle(frame: str, subject: _Subject, verb: int) -> bool:
    """Whether a participle of saying set off by a comma ("…, telling her followers that …") belongs to
    the subject opening the sentence further back than a verb's subject may stand ("Hart followed up
    online with a photograph of himself at the end of the pier, telling …")."""
    return (verb - subject.end <= _PARTICIPLE_REACH and _SAYING.match(frame, verb) is not None
            and frame[:verb].rstrip().endswith(",") and not subject.possessive
            and _OPENS_SENTENCE.search(frame, max(0, subject.start - 4), subject.start) is not None)


# A sentence's own subject that is no known one, then its verb: "The court fined", "Carrick Council fined"
_UNKNOWN_OPENER = re.compile(r"(?:[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*|"
                             r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
                             r"[ \t]+(?!(?:and|or|who|which|whose|was|were|is|are|heard|learned|learnt|"
                             r"noted|reported)\b)[a-z]+(?:ed|t)[ \t]+")  # ("The court heard Hart …": his)


def _object_of_an_unknown_subject(frame: str, usable: list[_Subject], before: int, verb: int) -> bool:
    """Whether a participle of saying set off after a name follows that name as the object of a sentence
    whose own subject is no subject found ("The court fined Bo Hart …, telling him"): the participle is
    that subject's, never its object's."""
    obj = usable[before]
    if not _SAYING.match(frame, verb) or not _TO_PARTICIPLE.fullmatch(frame, obj.end, verb):
        return False
    opening = max(frame.rfind(".", 0, obj.start), frame.rfind("\n", 0, obj.start), -1) + 1
    while opening < obj.start and frame[opening].isspace():
        opening += 1
    if before > 0 and usable[before - 1].end > opening:
        return False  # "Lind rang Hart on Friday, saying": Lind's, found by _past_object
    return _UNKNOWN_OPENER.fullmatch(frame, opening, obj.start) is not None


def _past_object(frame: str, usable: list[_Subject], before: int, verb: int) -> int:
    """The subject a verb joined by "and" shares with the verb before it, when the nearest name is
    that verb's object ("Lind looked at Hart and said:", "Voss turned to Lind and asked": not Hart,
    not Lind), or whose participle of saying follows it ("Lind rang Hart on Friday, saying"), else
    `before`."""
    if (before > 0 and _SAYING.match(frame, verb)
            and _TO_PARTICIPLE.fullmatch(frame, usable[before].end, verb)):
        # "Lind rang Hart on Friday, saying …": the participle is the clause subject's, Hart its object
        j = before - 1
        if (not usable[j].possessive and _opens_clause(frame, usable[j].start)
                and _VERB_PHRASE.fullmatch(frame, usable[j].end, usable[before].start)):
            return j
    if before <= 0 or not _AND_THEN.fullmatch(frame, usable[before].end, verb) or not _as_object(
            frame, usable[before].start):
        return before
    for j in range(before - 1, -1, -1):
        gap = frame[usable[j].end:usable[before].start]
        if re.search(r"[.!?;:\ue000]", gap) or len(gap) > _SUBJECT_WINDOW:
            break
        if not usable[j].possessive and _opens_clause(frame, usable[j].start) and not _as_object(
                frame, usable[j].start):
            return j
    return before
# What may stand right before the subject that opens a clause: the frame's start, a stop, a comma,
# a colon, a quote, a dash or a bracket, perhaps with a conjunction ("…, and Hart said").
_CLAUSE_OPENS = re.compile(r"(?:\A|[,.;:!?\ue000—–(])\s*(?:(?:both|and|but|while|as|when|then|so|yet)\s+)?\Z",
                           re.I)
_OPENS_WINDOW = 12  # characters before a name where what opens its clause is looked for
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+\Z", re.I)
_SPEECH_OF = re.compile(r"[’']s\s+(?:remark|claim|comment|description|words|statement|tweet|post|"
                        r"suggestion|assertion|insistence)s?\s+that\b|\bin which\b", re.I)


def _opens_clause(frame: str, start: int) -> bool:
    """Whether a name at `start` opens its clause (it is a subject, not an object)."""
    return _CLAUSE_OPENS.search(frame[max(0, start - _OPENS_WINDOW):start]) is not None


def _lead_subject(frame: str, subjects: list[_Subject]) -> _Subject | None:
    """The known person a paragraph without quotes is about: the last one named as the subject of a
    clause ("Asked whether he had spoken to Delane, Ferris shook his head": Ferris), if any, and
    none when the paragraph says someone did not speak ("Weinstein has not commented")."""
    return None if _SILENT.search(frame) else _about(frame, subjects)


def _about(frame: str, subjects: list[_Subject]) -> _Subject | None:
    """The known person a paragraph is about, whether or not they speak: the last one named as the
    subject of a clause ("Lind declined to comment on Monday": Lind), if any."""
    # (or the owner of what is said or written: "Hart's letter to members ran to three paragraphs.")
    openers = [s for s in subjects if s.person is not None
               and (not s.possessive or _SAID_THING.match(frame, s.end))
               and (s.basis in ("named", "pronoun") or (s.possessive and s.basis == "descriptor"))
               and (_opens_clause(frame, s.start) or _inverted_says(frame, s.start))
               and not _object_before(frame, s.start)]
    return openers[-1] if openers else None


# The inverted credit a paragraph opens on: "So says Ada Lind, who …", "Thus says Dr Lind" (its subject
# after the verb, as a clause's subject; the words after it go on being theirs)
_INVERTED_SAYS = re.compile(r"\s*(?:So|Thus|Or\s+so)\s+(?:says|said)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|"
                            r"Professor|Sir|Dame|Cllr)\.?\s+)?\Z")


def _inverted_says(frame: str, start: int) -> bool:
    """Whether a name follows the inverted "So says" that opens its paragraph."""
    return start <= 40 and _INVERTED_SAYS.fullmatch(frame, 0, start) is not None


# A paragraph saying someone did not speak: "declined to comment", "has not responded", "could not be
# reached", "no one from the council would say"; a negation elsewhere ("says it is not an outlier") is not.
_SILENT = re.compile(r"\b(?:declined|refused|unavailable|silent|silence)\b|(?:\b(?:not|never|no)\b|n[’']t\b)"
                     r"(?:\s+[\w’'-]+){0,4}?\s+(?:comment|comments|commented|respond|responded|reply|replied|"
                     r"speak|spoke|spoken|answer|answered|return|returned|say|said|be reached|"
                     r"been reached)\b",
                     re.I)


def _joint(frame: str, usable: list[_Subject], at: int) -> _Subject:
    """The subject at `at`, or, when it is the second of two named people joined by "and" ("Lind
    and Hart said in a joint statement"), both: the words are neither one's alone."""
    subject = usable[at]
    if at == 0 or subject.basis != "named":
        return subject
    first = usable[at - 1]
    if first.basis != "named" or first.person == subject.person or not _AND.fullmatch(frame, first.end,
                                                                                    subject.start) \
            or not _opens_clause(frame, first.start):
        return subject
    both = f"{first.name} and {subject.name}"
    return _Subject(first.start, subject.end, both, None, "named", f"jointly: {both}")


def _reason(subject: _Subject, how: str) -> str:
    if subject.basis == "named" and subject.person is not None:
        return f"named {how}"
    return f"{subject.how} {how}" if how else subject.how


def _is_headline(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _without_names(frame: str, end: int, subjects: list[_Subject]) -> str:
    """The frame up to `end` without the names in it."""
    parts, last = [], 0
    for s in subjects:
        if s.start >= end:
            break
        parts.append(frame[last:s.start])
        last = max(last, s.end)
    parts.append(frame[last:end])
    return "".join(parts)


def _title_case(text: str) -> bool:
    """Whether most words of a text (short ones too) are capitalised, as in a headline ("Lind Hits
    Back at Hart Over Vote"), not a sentence ("Speaking to the Courier, Lind was defiant")."""
    words = [w for w in _WORD.findall(text) if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


_ENDS_IN_QUOTE = re.compile(r"[”\"’']\s*\Z")


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Judge|Cllr)\.?[ \t]+\Z")
# (counsel's side may be set off between: "Ms Moss, for the board, put it to him")
_ASKED_WHOM = re.compile(r"(?:,\s+(?:for|representing|acting\s+for)\s+[^,.;:!?\ue000]{1,60},)?"
                         r"\s+(?:then\s+|later\s+|[a-z]+ly\s+)?(?:asked|questioned|pressed|quizzed|"
                         r"cross-examined|challenged|put\s+it\s+to)\s+(?:(?P<pronoun>him|her)\b|(?=[A-Z]|the\s))")
# A fronted participle of questioning before the asker: "Cross-examining, Ms Baird, for the board, put it
# to him that …" (the asker is the subject after it).
_QUESTIONING_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)(?:Cross-examining|Questioning|Re-examining)"
                                  r"(?:\s+(?:him|her|them))?,\s*\Z")


def _exchange_of(frame: str, subjects: list[_Subject], tracker: _Tracker) -> tuple[_Subject, _Subject] | None:
    """(who asks, who answers) of a paragraph without quotes that reports one person questioning another
    ("Ms Cole asked her when she had first known", "Counsel then pressed Hart on the lease"): the untagged
    quotes standing alone after it are their exchange, the questions the asker's, the rest the answers."""
    usable = [s for s in subjects if not s.possessive]
    for asker in usable:
        m = _ASKED_WHOM.match(frame, asker.end)
        if m is None:
            continue
        title = _TITLE_BEFORE.search(frame, max(0, asker.start - 20), asker.start)
        opens = title.start() if title else asker.start
        if not _opens_clause(frame, opens) and _FRONTED.search(frame[max(0, opens - 150):opens]) is None and (
                _QUESTIONING_FRONTED.search(frame[max(0, opens - 40):opens]) is None):
            continue  # (a subject after a phrase of time or place: "On the second day Cole questioned …")
        if m.group("pronoun") is None:  # a known name, or a role named after it ("the surveyor, Al Roe")
            answerer = next((s for s in usable if s.start == m.end()
                             and (s.person is not None or "(named after the role)" in s.how)), None)
        else:
            wanted = "he" if m.group("pronoun") == "him" else "she"
            person = next((p for p in reversed(tracker.last) if p.pronoun == wanted and p != asker.person
                           and p not in tracker.outsiders), None)
            answerer = None if person is None else _Subject(
                m.start("pronoun"), m.end("pronoun"), person.name, person, "pronoun",
                f"pronoun '{m.group('pronoun')}' → {person.name} (last named)")
        if answerer is not None and answerer.name != asker.name:
            return asker, answerer
    return _fronted_questioning(frame, tracker) or _examined_by(frame, subjects, tracker)


# "Cross-examining (him), Jane Moss, for the board, put it to him that …": counsel the config does not know
# (so no subject of the paragraph) questions the one the pronoun names.
_CROSS_EXAMINING = re.compile(r"(?:\A|[.!?]\s+)(?:Cross-examining|Questioning|Re-examining)"
                              # "Cross-examining him, Jane Moss, …", "Cross-examining Mr Hart, Jane Moss, …"
                              r"(?:\s+(?:him|her|them|(?P<examined>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                              r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)))?,\s+"
                              r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                              r"(?:,\s+(?:for|representing|acting\s+for)\s+[^,.;:!?\ue000]{1,60},|\s+KC|\s+QC)?"
                              r"\s+(?:then\s+)?(?:put\s+it\s+to|asked|pressed|questioned|challenged)\s+"
                              r"(?P<pronoun>him|her)\b")


def _fronted_questioning(frame: str, tracker: _Tracker) -> tuple[_Subject, _Subject] | None:
    """(who asks, who answers) of "Cross-examining, X, for Y, put it to him that …" when X is no one the
    config knows: X asks (an unnamed speaker), the last known person of the pronoun answers."""
    m = _CROSS_EXAMINING.search(frame)
    if m is None:
        return None
    wanted = "he" if m.group("pronoun") == "him" else "she"
    examined = m.group("examined")
    if examined:  # the one questioned named: a known person of that name, whom the pronoun fits
        person = next((p for p, names in tracker.named if examined in names
                       and p.pronoun.lower() in ("", wanted) and p not in tracker.outsiders), None)
    else:
        person = next((p for p in reversed(tracker.last)
                       if p.pronoun == wanted and p not in tracker.outsiders), None)
    if person is None or m.group("who") in person.aliases or m.group("who") == person.name:
        return None
    asker = _Subject(m.start("who"), m.end("who"), m.group("who"), None, "unnamed",
                     f"unnamed: {m.group('who')} (cross-examining)")
    if examined:
        answerer = _Subject(m.start("examined"), m.end("examined"), person.name, person, "named",
                            f"named: {examined} (cross-examined)")
    else:
        answerer = _Subject(m.start("pronoun"), m.end("pronoun"), person.name, person, "pronoun",
                            f"pronoun '{m.group('pronoun')}' → {person.name} (last named)")
    return asker, answerer


# A fronted passive of questioning, its agent, then the one questioned as the subject: "Cross-examined by
# Jane Moss KC, for the board, he agreed that …", "Under questioning from Mr Roe, Hart accepted …".
_EXAMINED_BY = re.compile(r"(?:\A|[.!?]\s+)(?:(?:Cross-examined|Re-examined|Questioned)\s+by|Under\s+"
                          r"(?:cross-examination|re-examination|questioning)\s+(?:by|from))\s+"
                          r"(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                          r"(?:,\s+(?:(?:for|representing|acting\s+for)\s+[^,.;:!?\ue000]{1,60}|prosecuting|"
                          r"defending))?,\s+"  # counsel's side set off: "for the board", "prosecuting"
                          r"(?P<answerer>(?P<pronoun>he|she)\b|(?=[A-Z]))")


def _examined_by(frame: str, subjects: list[_Subject], tracker: _Tracker) -> tuple[_Subject, _Subject] | None:
    """(who asks, who answers) of "Cross-examined by X, for Y, she accepted …" in a paragraph without
    quotes: X (a known person, else X's own unnamed voice) asks, the subject after the comma (a known
    name, or the last person the pronoun fits) answers; the untagged quotes after it are their exchange."""
    m = _EXAMINED_BY.search(frame)
    if m is None:
        return None
    usable = [s for s in subjects if not s.possessive]
    asker = next((s for s in usable if m.start("who") <= s.start < m.end("who")), None) or _Subject(
        m.start("who"), m.end("who"), m.group("who"), None, "unnamed",
        f"unnamed: {m.group('who')} (questioning)")
    if m.group("pronoun") is None:
        answerer = next((s for s in usable if s.start == m.end() and s.person is not None), None)
    else:
        person = next((p for p in reversed(tracker.last) if p.pronoun == m.group("pronoun")
                       and p != asker.person and p not in tracker.outsiders), None)
        answerer = None if person is None else _Subject(
            m.start("pronoun"), m.end("pronoun"), person.name, person, "pronoun",
            f"pronoun '{m.group('pronoun')}' → {person.name} (last named)")
    if answerer is None or answerer.name == asker.name:
        return None
    if _someone_else_after(frame, m.end(), usable, answerer):
        return None
    return asker, answerer


def _someone_else_after(frame: str, start: int, subjects: list[_Subject], answerer: _Subject) -> bool:
    """Whether a sentence after the one from start turns to someone other than the witness ("…, she denied
    it. Outside court, Mr Pryce told reporters …"): the paragraph no longer ends on the questioning, so
    the quotes after it are not its exchange."""
    stop = _SENTENCE_STOP.search(frame, start)
    return stop is not None and any(s.start >= stop.end() and s.name != answerer.name for s in subjects)


# A paragraph reporting a questioning whose last turn it quotes: "Cross-examined by Al Roe, for the
# council, …", "Under cross-examination, …", "Asked why she had not …, she replied: “…”".
_QUESTIONING = re.compile(r"\b(?:(?:[Cc]ross-examined|[Qq]uestioned)\s+by\s+|[Uu]nder\s+cross-examination\b|"
                          r"(?P<asked>\bAsked\s+(?:why|whether|if|how|what|when|where|who|about)\b))")
_QUESTIONER = "a questioner"
# A hearing where a witness is questioned, said of this paragraph or the one before: "Asked why …, she
# replied" there is one turn of the questioning; elsewhere it is a reporter's question, put once (the
# speaker's own question after it is hers: "Asked about the closure, Lind said: “…” / “Would you …?”").
# ("to the committee" is no hearing: "appointed to the committee", "reports to the panel")
_HEARING = re.compile(r"\b(?:cross-examin\w*|re-examin\w*|(?:gave|giving|give|in) evidence|"
                      r"(?:told|before|addressing|addressed) the (?:court|tribunal|inquest|inquiry|jury|"
                      r"hearing|magistrates|committee|panel)\b|the (?:court|tribunal|inquest|inquiry|jury|"
                      r"hearing|magistrates) (?:heard|was told|were told)|(?:in|outside) the witness box|"
                      r"on the stand|on oath)\b", re.I)


def _exchange_opened(frame: str, quotes: list[str], groups: list[tuple[list[int], tuple[_Subject, str, str]]],
                     put: dict[int, _Subject], subjects: list[_Subject],
                     before: str) -> tuple[_Subject, _Subject] | None:
    """(who asks, who answers) when a paragraph's last quote is a turn of a questioning it reports, so
    the untagged quotes standing alone after it are the rest of the exchange: a question put to someone
    ("…, he was asked: “…?”", the one asked the pronoun or name before), or the answer of someone being
    cross-examined or asked ("Cross-examined by Al Roe, …, she replied: “…”"; the asker the agent
    after "by" where there is one). None otherwise."""
    last = len(quotes) - 1
    marks = [m.start() for m in re.finditer(_Q, frame)]
    if last >= len(marks):
        return None
    usable = [x for x in subjects if not x.possessive]
    if last in put:
        asks = put[last]
        answers = next((x for x in reversed(usable) if x.end <= marks[last] and x.name != asks.name
                        and x.start < asks.start), None)
        return (asks, answers) if answers is not None else None
    questioning = _QUESTIONING.search(frame, 0, marks[last])
    if questioning is None or quotes[last].rstrip().endswith("?"):
        return None
    if questioning.group("asked") and not _HEARING.search(f"{before}\n{frame[:marks[last]]}"):
        return None  # a reporter's question, answered once
    answers = next((found[0] for indexes, found in groups if last in indexes), None)
    if answers is None:
        return None
    agent = next((x for x in usable if questioning.group(0).endswith("by ") and x.start == questioning.end()),
                 None)
    asks = agent or _Subject(questioning.start(), questioning.end(), _QUESTIONER, None, "unnamed",
                             "unnamed: the one asking in a questioning the paragraph before reports")
    return (asks, answers) if asks.name != answers.name else None


def _put_in_exchange(frame: str, groups: list[tuple[list[int], tuple[_Subject, str, str]]], quotes: list[str],
                     exchange: tuple[int, _Subject, _Subject]) -> bool:
    """Whether a paragraph's quotes are one turn of the exchange reported before: all the asker's
    questions ("“…?” she asked.") or all the answerer's words, credited so."""
    _, asks, answers = exchange
    if not groups or len(groups) > 1:
        return False
    indexes, (speaker, _, _) = groups[0]
    asking = all(quotes[k].rstrip().endswith("?") for k in indexes)
    if not asking and speaker.name == asks.name:
        # the asker's own assertion put to the witness ("“You knew,” Ms Cole said.") is a turn too, when
        # nothing more is said of it ("…,” Mr Pryce said outside court afterwards": words elsewhere)
        return _bare_tag(frame, speaker)
    return speaker.name == asks.name or (not asking and speaker.name == answers.name)


# All a paragraph says beside its quote and its speaker's name when that is a turn of a questioning:
# "“…,” Ms Cole said.", "“…,” she put it to him.", "“…,” he pressed."
_BARE_TAG = re.compile(r"[\s,.:;—–-]*(?:then\s+|again\s+)?(?:said|says|added|suggested|continued|went\s+on|"
                       r"put\s+it\s+to\s+(?:her|him|the\s+witness)|asked|pressed|persisted|insisted|"
                       r"told\s+(?:her|him|the\s+witness)|replied|retorted|countered)"
                       r"(?:\s+(?:to\s+(?:her|him|the\s+witness)|[a-z]+ly))?[\s,.:;—–-]*")


def _bare_tag(frame: str, speaker: _Subject) -> bool:
    """Whether a paragraph is its quote and a bare tag of who says it ("“…,” Ms Cole said."), nothing of
    where or when it was said."""
    rest = (frame[:speaker.start] + " " + frame[speaker.end:]).replace(_Q, " ")
    return _BARE_TAG.fullmatch(rest) is not None


# A question ending on whom it is put to: "“Was it in hand, Mr Farraday?”", "“Did you, Ada?”".
_VOCATIVE = re.compile(r",[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?[ \t]+)?"
                       r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]*\?[ \t]*[”\"]")


def _addressed(tracker: _Tracker) -> _Subject | None:
    """The known person the previous paragraph's quoted question is put to by name, when that is not
    who asked it."""
    m = _VOCATIVE.search(tracker.previous_text) if "?" in tracker.previous_text else None
    asker = tracker.continuing[0].name if tracker.continuing is not None else ""
    if m is None:
        return None
    person = next((p for p, names in tracker.named if m.group("name") in names), None)
    if person is None or person.name == asker:
        return None
    return _Subject(0, 0, person.name, person, "named", f"named in the question before ({m.group('name')})")


# A turn that calls someone by name as it speaks to them: "…, don't you, Ms Brennan?", "…, Mr Hart."
_CALLED = re.compile(r",[ \t]+(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?[ \t]+)?"
                     r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]*[?!.](?=\s|\Z)")
# the titles that may call a man or a woman by surname (a doctor or a professor: either)
_TITLE_FITS = {"Mr": ("he", ""), "Mrs": ("she", ""), "Ms": ("she", ""), "Miss": ("she", "")}


def _calls_by_name(quotes: list[str], answers: _Subject) -> bool:
    """Whether a turn of an exchange speaks to the one who answers, calling them by name ("You stand to
    gain, don't you, Ms Brennan?"): the asker's turn, though it need not end on a question. Only their own
    name or their title and surname: "my wife, Mrs Hart." names a namesake of Mr Hart's."""
    return any(_calls(m, answers) for q in quotes for m in _CALLED.finditer(q))


def _calls(called: re.Match[str], answers: _Subject) -> bool:
    """Whether a name called at a sentence's end (_CALLED) is the answerer's: one of their names as
    written with its title, or their surname under a title that fits them."""
    person = answers.person
    names = set(person.names) if person is not None else {answers.name}
    title, name = called.group("title"), called.group("name")
    if f"{title} {name}" in names if title else name in names:
        return True
    pronoun = person.pronoun if person is not None else ""
    surname = answers.name.split()[-1:]
    return bool(title) and [name] == surname and pronoun in _TITLE_FITS.get(title, (pronoun,))


def _answered_question(frame: str, quotes: list[str],
                       groups: list[tuple[list[int], tuple[_Subject, str, str]]],
                       tracker: _Tracker) -> tuple[_Subject, _Subject] | None:
    """(who asks, who answers) when a paragraph is a quote tagged bare with its speaker ("“Around forty,”
    Hart replied.") that answers the question quoted in the paragraph right before and credited to
    someone else ("“How many boats?” asked the chair, Ann Lee."): the untagged quotes standing alone next
    are the rest of their exchange, the questions the asker's, the rest the answers."""
    asked = tracker.last_quote
    if asked is None or asked[0] != tracker.paragraph - 1 or not tracker.last_asked or len(groups) != 1:
        return None
    indexes, (speaker, _, basis) = groups[0]
    if (speaker.name == asked[1].name or basis in ("weak", "continuation")
            or any(quotes[k].rstrip().endswith("?") for k in indexes) or not _bare_tag(frame, speaker)):
        return None
    return asked[1], speaker


def _answerer(tracker: _Tracker, quotes: list[str]) -> _Subject | None:
    """Who answers in an exchange: a paragraph that is all quote, no question itself, right after a
    credited question ("“Not once?” the barrister pressed.") whose asker was answering another
    quoted just before ("“Never,” she said."): that other one, not the asker going on."""
    asked, prior = tracker.last_quote, tracker.prior_quote
    if (not tracker.last_asked or asked is None or prior is None or prior[0] != asked[0] - 1
            or prior[1].name == asked[1].name or any(q.rstrip().endswith("?") for q in quotes)
            or _ENDS_IN_QUOTE.search(tracker.previous_text)):
        return None  # (a question ending its paragraph may open a quote that goes on in the next)
    return prior[1]


_SENTENCE_STOP = re.compile(r"[.!?]\s+")


def _beat_between(frame: str, subjects: list[_Subject], found: tuple[_Subject, str, str]
                  ) -> tuple[_Subject, str, str] | None:
    """Someone else's gesture in a sentence of its own between a speech verb without a quote and the
    quote ("Lind said she had not. Hart pressed on. “…?”"): the quote is theirs, not the one reported."""
    first_q = frame.find(_Q)
    speaker = found[0]
    if first_q < 0 or speaker.end > first_q:
        return None
    beat = next((b for stop in _SENTENCE_STOP.finditer(frame, speaker.end, first_q)
                 if (b := _BEAT.fullmatch(frame, stop.end(), first_q)) is not None), None)
    who = next((s for s in subjects if beat is not None and s.start == beat.start("who") and not s.possessive
                and s.name != speaker.name), None)
    if who is None:
        return None
    return who, f"weak: a gesture right before the quote ({_reason(who, '').strip()})", "weak"


# A box's credit: a name opening the paragraph, its affiliation set off after a comma, then the colon
# ("Jo Pike, Harbour Watch:"), whose capitals are a body's name, not a headline's.
_BOX_AFFILIATION = re.compile(r",[ \t]+[^,:;.!?\ue000\n]{2,60}")


def _boxed_credit(frame: str, colon: int, usable: list[_Subject]) -> bool:
    """Whether the words before a colon are a name opening the frame and its affiliation, nothing else."""
    first = next((s for s in usable if s.basis == "named"), None)
    return (first is not None and not frame[:first.start].strip()
            and _BOX_AFFILIATION.fullmatch(frame, first.end, colon) is not None)


# "… Harbour Watch (founder)", "… Harbour Watch('s founder)": a role (never a verb: "Harbour Watch was blunt")
_ROLE_AFTER_BODY = re.compile(r"(?:['’]s)?(?:[ \t]+(?!(?:is|was|are|were|has|had|did|does|then|also)\b)"
                              r"[a-z][\w-]*){0,3}[ \t]*")


def _affiliated(frame: str, chosen: _Subject, before: list[_Subject], colon: int) -> _Subject | None:
    """The person a body credited before a colon is the affiliation of: "Bo Hart, Harbour Watch: “…”"
    (a box of who said what) is Hart's, not the body's, and so is "Bo Hart, Harbour Watch founder:" (the
    body naming his role), and "Bo Hart, Harbour Watch's founder:" (an unnamed role right up to the colon);
    None when the body or role is no such apposition."""
    body = (chosen.person is not None and chosen.person.pronoun.lower() == "it"
            and _ROLE_AFTER_BODY.fullmatch(frame, chosen.end, colon) is not None)
    role = chosen.person is None and not frame[chosen.end:colon].strip()
    if not body and not role:
        return None
    person = next((s for s in reversed(before) if s.end < chosen.start and s.person is not None
                   and s.person.pronoun.lower() != "it"), None)
    # the person opens the line: not one in a list ("Ada Lind, Bo Hart, Harbour Watch volunteers:") nor
    # after a word of the sentence ("Unlike Bo Hart, Harbour Watch was blunt:")
    if (person is None or frame[:person.start].strip()
            or not re.fullmatch(r",[ \t]+", frame[person.end:chosen.start])):
        return None
    return person


# A quote that is hearsay in the passive about the subject, the sentence's only quote ("was said to be
# “…”", "is understood to have felt “…”"): those who say it speak, unnamed
_HEARSAY_Q = re.compile(r"\b(?:is|was|are|were)\s+(?:[a-z]+ly\s+)?(?:said|reported|understood|thought|"
                        r"believed|rumou?red)\s+to\s+(?:be|feel|have\s+been|have\s+felt)\s+"
                        r"(?:[\w’'-]+\s+){0,2}" + _Q + r"\s*[.!]?\s*$")


def _attribute(frame: str, subjects: list[_Subject], tracker: _Tracker,
               quotes: list[str]) -> tuple[_Subject, str, str] | None:
    """(subject, reason, basis) for a paragraph's quotes, or None."""
    found = _verb_attribution(frame, subjects)
    if found is not None:
        return _beat_between(frame, subjects, found) or found
    colon = _COLON_Q.search(frame)
    usable = [s for s in subjects if not s.possessive]
    credit = _DASH_CREDIT.match(frame) or _AGED_CREDIT_AT.match(frame)
    if (credit is not None and usable and (usable[0].start == credit.end()
                                           or _titles_only(" " + frame[credit.end():usable[0].start]))
            and _CREDIT_END.fullmatch(frame, usable[0].end)):
        under = "after a dash under the quote" if _DASH_CREDIT.match(frame) else "by name and age under it"
        return usable[0], _reason(usable[0], under), usable[0].basis
    if colon is not None and (not _title_case(_without_names(frame, colon.start(), subjects))
                              or _boxed_credit(frame, colon.start(), usable)):
        speaking = [s for s in subjects if not s.possessive or _SPEECH_NOUN.match(frame, s.end)]
        before = [s for s in speaking if colon.start() - _SUBJECT_WINDOW <= s.end <= colon.start()]
        # "Declan Shaw of the NMA, from the gallery:": a name after "of" or "from" is not who speaks
        before = [s for s in before if not _object_before(frame, s.start)] or before
        owners = [s for s in before if s.possessive]  # "Lind's response to Hart's team was swift:"
        if before:
            openers = [s for s in before if _opens_clause(frame, s.start)]  # the clause's subject
            chosen = owners[-1] if owners else (openers[-1] if openers else before[-1])
            chosen = _affiliated(frame, chosen, before, colon.start()) or chosen
            told_by = _TOLD_BY.search(frame, chosen.end, colon.start())
            if told_by is not None:  # "Hart was told by the judge: “…”": the agent speaks, not Hart
                agent = next((s for s in speaking if told_by.end() <= s.start < colon.start()
                              and not s.possessive), None)
                if agent is None:
                    return None
                return agent, _reason(agent, "after 'by' in a passive of telling, before a colon"), (
                    agent.basis)
            return chosen, _reason(chosen, "before a colon, no speech verb"), "colon"
    if colon is not None and (handle := _handle_before(frame, colon.start())) is not None:
        # "14:20 Reader comment from @marsh_watcher: “…”": the account's words
        person = tracker.by_handle.get(handle.group(0)) or tracker.by_handle.get(handle.group(0).lower())
        shown = handle.group(0)
        how = f"handle {shown}" if person else f"unnamed: {shown}"
        subject = _Subject(handle.start(), handle.end(), person.name if person else shown, person,
                           "named" if person else "unnamed", how)
        return subject, f"{subject.how} before a colon, no speech verb", "colon"
    if tracker.pending is not None and frame.lstrip().startswith(_Q):
        reason = _reason(tracker.pending, "before a colon ending the previous paragraph")
        return tracker.pending, reason, "colon"
    first_q = frame.find(_Q)
    own = _THEIR_WORDS.search(frame, 0, first_q) if first_q > 0 else None
    if own is not None and not [s for s in usable if own.start() < s.start < first_q]:
        person = tracker.by_pronoun("she" if own.group("pronoun").lower() == "her" else "he")
        if person is not None:  # "Her own verdict is blunter. “…”": hers
            return (_Subject(own.start(), own.end(), person.name, person, "pronoun",
                             f"pronoun '{own.group('pronoun')}' → {person.name} (last named)"),
                    f"'{own.group(0).strip()}' → {person.name}, before the quote", "pronoun")
    used = _WORDS_USED.search(frame, 0, first_q) if first_q > 0 and " used" in frame else None
    if used is not None:  # "The words he used, in an interview, were “…”": his
        who = next((s for s in usable if s.start == used.start("who")), None)
        pronoun = used.group("who").lower()
        person = tracker.by_pronoun(pronoun) if who is None and pronoun in ("he", "she") else None
        if person is not None:  # (a pronoun in a clause of its own after a noun: no subject of the frame)
            who = _Subject(used.start("who"), used.end("who"), person.name, person, "pronoun",
                           f"pronoun '{used.group('who')}' → {person.name} (last named)")
        if who is not None:
            return who, _reason(who, "whose words the quote is said to be"), who.basis
    all_quote = _LETTER_OR_DIGIT.search(frame.replace(_Q, "")) is None
    if all_quote and tracker.exchange is not None and tracker.exchange[0] == tracker.paragraph - 1:
        _, asks, answers = tracker.exchange  # "Ms Cole asked her when …" then “…” “…?” “…”, untagged
        if (all(q.rstrip().endswith("?") for q in quotes) and not tracker.answerer_holds) or _calls_by_name(
                quotes, answers):
            return asks, f"asks {answers.name} in the exchange the paragraph before reports", "continuation"
        return answers, f"answers {asks.name} in the exchange the paragraph before reports", "continuation"
    if (tracker.continuing is not None and all_quote and tracker.last_asked
            and not any(q.rstrip().endswith("?") for q in quotes)
            and (addressed := _addressed(tracker)) is not None):
        # "“Was it in hand, Mr Farraday?” counsel asked." then "“Not as much as I thought.”": his answer
        return addressed, f"answers the question put to {addressed.name} by name in the previous paragraph", (
            "continuation")
    if tracker.continuing is not None and all_quote and (answer := _answerer(tracker, quotes)) is not None:
        asker = tracker.continuing[0].name
        return answer, f"answers {asker}'s question in the previous paragraph", "continuation"
    if tracker.continuing is not None and all_quote:
        subject, basis = tracker.continuing  # a paragraph that is all quote goes on with the last speaker
        reason = f"continues {subject.name}'s quote in the previous paragraph, no speech verb"
        return subject, ("weak: " if basis == "weak" else "") + reason, "continuation"
    if tracker.leading is not None and all_quote:  # "Ferris shook his head." then “My job is …”
        subject = tracker.leading
        return subject, f"weak: the subject of the paragraph before, no speech verb ({subject.name})", "weak"
    for owner in (s for s in subjects if s.possessive and s.person is not None):
        claim = _CLAIM_THAT.match(frame, owner.end)
        if (claim is not None and first_q > claim.end()
                and not re.search(r"[.!?]", frame[claim.end():first_q])):
            # "I read with dismay Professor Lind's claim that languages have “no future”": hers
            return owner, _reason(owner, f"'{claim.group(0).strip()}' before the quote"), owner.basis
    after = _CREDITED_AFTER.search(frame, max(first_q, 0))
    if after is not None and (not after.group("np").lower().startswith("the ")
                              or after.group("noun") in _CROWD):
        # "Lind paused. “…,” the crowd chanted.": credited after to others; "the vice-chancellor" may be her
        return None
    beat = _BEAT.fullmatch(frame, 0, first_q) if first_q > 0 else None
    if beat is not None and usable and usable[0].start == beat.start("who"):
        subject = usable[0]  # "He nodded. “That's exactly my point.”": a gesture, then the words
        return subject, f"weak: a gesture right before the quote ({_reason(subject, '').strip()})", "weak"
    long_quote = any(len(q.split()) >= _WEAK_MIN_WORDS and q[:1].isupper() and not _is_headline(q)
                     for q in quotes)  # a title in quotes ("A Harbour for the Next Century") says nothing
    before = [s for s in usable if s.end <= first_q]
    if long_quote and before and not _is_headline(frame.replace(_Q, "")):
        subject = _subject_outside_question(frame, before, first_q)
        if _as_object(frame, subject.start):  # "Rennie, …, which leases it to Corran, was more guarded."
            outer = _set_off_subject(frame, usable, len(before) - 1)
            subject = subject if outer is None else usable[outer]
        return subject, f"weak: nearest name, no speech verb ({_reason(subject, '').strip()})", "weak"
    return None


# A question or topic clause inside a sentence, whose names are what it is about: "was asked whether the
# bank would return", "is less certain about what the board should do"; or the one who asks it, after
# "asked by" ("was asked by Hart whether the quay would reopen").
_QUESTION_CLAUSE = re.compile(r"\b(?:asked|wondered|unsure|certain|sure|about)\s+(?:whether|if|what|why|how|"
                              r"when|where|who)\b|\b(?:asked|unsure|certain|sure)\s+about\b"
                              r"|\basked\s+by\s+(?=(?:[A-Z][\w’'.-]*\s+){1,3}(?:whether|if|what|why|how|when|"
                              r"where|who|about)\b)")
# Where a question clause ends and the sentence goes on with a clause of its own: "Hart sat down, unsure
# whether Lind would answer, and Lind stood up."
_QUESTION_ENDS = re.compile(r"[;:—–]|,\s+(?:and|but|so|yet|then|while|whereas)\b")


def _subject_outside_question(frame: str, before: list[_Subject], first_q: int) -> _Subject:
    """The nearest name before a quote with no speech verb, unless it stands in a question or topic
    clause of its sentence ("Hart was asked whether the board would return. “…”", "Hart was asked by
    Lind whether …"): then the subject that opens that sentence, who answers."""
    nearest = before[-1]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(frame, 0, nearest.end) if m.end() <= nearest.start]
    start = max(breaks, default=0)
    question = next((q for q in reversed(list(_QUESTION_CLAUSE.finditer(frame, start, first_q)))
                     if q.end() <= nearest.start), None)
    if (question is None or _QUESTION_ENDS.search(frame, question.end(), nearest.start)
            or _SENTENCE_BREAK.search(frame, nearest.end, first_q)):
        return nearest
    opener = next((s for s in before if start <= s.start < question.start() and not s.possessive
                   and _opens_clause(frame, s.start) and not _as_object(frame, s.start)), None)
    return opener or nearest


_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.]{1,30}(?<!\.)")


def _handle_before(frame: str, colon: int) -> re.Match[str] | None:
    """The last @handle before a colon in the colon's own sentence, near it ("Reader comment from
    @marsh_watcher:"), if any."""
    window = frame[max(0, colon - _SUBJECT_WINDOW):colon]
    found = list(_HANDLE.finditer(window))
    if not found or re.search(r"[.!?]\s", window[found[-1].end():]):
        return None
    shift = max(0, colon - _SUBJECT_WINDOW)
    return _HANDLE.search(frame, shift + found[-1].start(), shift + found[-1].end())


def _kind(frame: str) -> str:
    if _TWEET_WORDS.search(frame):
        return "tweet"
    return "interview" if _INTERVIEW_WORDS.search(frame) else "quote"


def _join_quotes(quotes: list[str]) -> str:
    """Join the quoted pieces of one paragraph: a comma before the attribution ends a sentence,
    and fragments of one sentence are joined with an ellipsis."""
    pieces: list[str] = []
    for n, quote in enumerate(quotes):
        nxt = quotes[n + 1] if n + 1 < len(quotes) else ""
        if quote.endswith(","):
            quote = quote[:-1] + ("." if nxt[:1].isupper() else "")
        if nxt and nxt[:1].islower() and quote[-1:] not in ".!?…":
            quote += " …"
        if quote.strip():  # as `text = f"{text} {quote}".strip()` would, in linear time
            pieces.append(quote.rstrip() if pieces else quote.strip())
    return " ".join(pieces)


def _frame(para: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[str]]:
    """The paragraph with each statement-length quote replaced by a mark (shorter quotes keep their
    words, so "the "Tidewater" star" reads as a description, unless a quote is the whole paragraph:
    "“Not before?”" on a line of its own is a reply, never a scare quote), and the statement quotes."""
    parts: list[str] = []
    quotes: list[str] = []
    last = 0
    for at, (start, end, inner) in enumerate(spans):
        parts.append(para[last:start])
        words = len(inner.split())
        if _named_work(para, start, inner, end):
            parts.append(inner)  # a slogan's, a sign's or a work's title says nothing
        elif words >= _MIN_QUOTE_WORDS or _CRY_BEFORE.search(para, max(0, start - 40), start) or (
                words and not para[:start].strip() and not para[end:].strip()) or (
                words and (_reported_fragment(para, start, inner)
                                                    or _credited_after(para, start, end, inner))) or (
                at + 1 < len(spans) and _split_opening(
                inner, para[end:spans[at + 1][0]], spans[at + 1][2])) or (at and _split_closing(
                spans[at - 1][2], para[spans[at - 1][1]:start], inner)):
            parts.append(f" {_Q} ")
            quotes.append(inner.strip())
        else:
            parts.append(inner)
        last = end
    parts.append(para[last:])
    return "".join(parts), quotes


# A noun that a title, slogan or sign's words follow: "the slogan “Our Town, Our Say”", "a placard
# reading “Hands off”", "the documentary “The Quiet Shore”", "your report (“Chief: ‘I quit’”, 14 May)".
_WORK_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|your|our|this|that|new|latest)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:slogans?|motto|tagline|strapline|hashtag|headline|heading|subheading|banner|caption|chant|catchphrase|song|single|album|"
    r"tune|track|anthem|hymn|"
    r"book|novel|memoir|film|movie|documentary|series|programme|program|play|exhibition|painting|poem|report|"
    r"article|column|editorial|essay|podcast|episode)\s*[(,:]?\s*\Z", re.I)
# A sign's or a title's words after the words that introduce them: "a placard reading “hands off”".
_SIGN_BEFORE = re.compile(
    r"(?:\b(?:titled|entitled)"
    r"|\b(?:banner|placard|sign|poster|t-shirt|shirt|board|card|mural)s?\s+(?:reading|saying|that\s+(?:read|said)"
    r"|which\s+(?:read|said)|with\s+the\s+words)"
    # the sign's clause after words about it: "the banner unfurled across the Kop, which read “…”"
    r"|\b(?:banner|placard|sign|poster|t-shirt|mural)s?\b[^.!?“”\"]{1,60}?,?\s+(?:which|that)\s+(?:read|reads))"
    r"\s*[(,:]?\s*\Z", re.I)
# A printed note's words, a stop inside them or not: "three recipes now carry a note reading “…”", "a
# label that reads “…”" (the note's text, no one's statement).
_NOTE_BEFORE = re.compile(r"\b(?:note|label|notice|credit|plaque|inscription)s?\s+(?:reading|that\s+reads?"
                          r"|which\s+reads?)\s*[(,:]?\s*\Z", re.I)
_SPEAKS_FOR_SELF = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|we've|we’ve|my|our|us|me)\b", re.I)
# A sign, a banner or a shirt whose words a colon introduces: "a placard: “…”", "his T-shirt: “…”".
_SIGN_COLON = re.compile(r"\b(?:banner|placard|sign|poster|t-shirt|shirt|mural|billboard)s?\s*:\s*\Z", re.I)
# A body's motto introduced by a colon: "Its mission: “…”", "Our motto: “…”" (an organisation's
# boilerplate, not a statement; "her mission" may be a person's words and stays out).
_MOTTO_COLON = re.compile(r"\b(?:[Ii]ts|[Oo]ur)\s+(?:mission|motto|slogan|tagline|strapline|vision|mantra|"
                          r"promise)(?:\s+statement)?\s*:\s*\Z")
_JUDGED_BEFORE = re.compile(r"\b(?:called|calls|calling|termed|terms|described|describes|branded|brands|"
                            r"labell?ed|deemed|"
                            r"dismissed|hailed|praised)\s+(?:the|an?|his|her|its|their|this|that)\s+"
                            r"(?:[\w’'-]+\s+)?[\w’'-]+\s*\Z", re.I)
_OWNER_BEFORE = re.compile(rf"[{_UPPER}][\w-]*[’']s\s*\Z")  # "Vestergaard's “The Herring Girls”"
_MAX_TITLE_QUOTE = 12  # words: longer quotes after such a noun are someone's words


# Short words a title leaves in lower case ("The Ballad of the Lake")
_TITLE_SMALL = frozenset(("a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "but", "by",
                          "with", "from", "as", "vs", "nor", "into", "over", "upon"))
_MIN_TITLE_WORDS = 3  # "Cold Water Talk"; shorter quotes are scare quotes or names anyway


def _styled_title(inner: str) -> bool:
    """Whether quoted words are styled as a title: at least _MIN_TITLE_WORDS words, each capitalised but
    short function words, the last capitalised, no punctuation ending a sentence or a clause
    ("The Ballad of Hollin Beck", "Downstream: A Scientist on the Lake"), never a sentence."""
    text = inner.strip()
    if text[-1:] in ".!?…,;:" or re.search(r"[.!?;]\s", text):
        return False
    words = [w for w in _WORD.findall(text) if w[:1].isalpha()]
    return (len(words) >= _MIN_TITLE_WORDS and words[-1][:1].isupper()
            and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words))


# What closes the brackets of a cited headline after its quote: its page or its date ("…”, page 7)").
_CITED_AT = re.compile(r"\s*,\s*(?:(?:page|p\.|pp\.)\s*\d+|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\s*\)")


def _named_work(para: str, start: int, inner: str, end: int | None = None) -> bool:
    """Whether a quote is the name of a thing rather than anyone's words: a capitalised quote after a
    noun of a work or a slogan ("the slogan “…”"), a sign's words ("a banner reading “…”"), a name
    given it ("the so-called “…”", "dubbed “…”"), a title
    in title case after a possessive name, or words styled as a title with no credit after them
    ("played “The Ballad of Hollin Beck”", "was on “The Late Lounge”")."""
    if len(inner.split()) > _MAX_TITLE_QUOTE:
        return False
    before = para[max(0, start - 60):start]
    if _SO_CALLED.search(before) and inner.rstrip()[-1:] not in ".!?…":
        return True  # "a so-called “legal loan shark”", "a scheme dubbed “the harbour tax”": a name for it
    if _MOTTO_COLON.search(before):
        return True  # "About the firm: … Its mission: “Orbit from our own shores.”": boilerplate, no one's
    if _SIGN_COLON.search(before) and not inner.rstrip().endswith(","):
        # (“…,” he said after it: someone's words, said pointing at the sign)
        return True  # "holds up a hand-painted sign: “NO ROOF, NO VOTE.”": the sign's words, a stop or not
    if _NOTE_BEFORE.search(before) and not _SPEAKS_FOR_SELF.search(inner):
        return True  # (a notice in the first person, "that read: “… I apologise …”", is its writer's word)
    if end is not None and before.rstrip().endswith("(") and _CITED_AT.match(para, end):
        return True  # "An article on 12 May (“Mayor quits”, page 7)": a headline cited by its page or date
    if inner.rstrip()[-1:] in ".!?…":
        return False
    if _JUDGED_BEFORE.search(before):
        return False  # "called the painting “a fraud”": the judge's words about the thing
    if _SIGN_BEFORE.search(before):
        return True
    if end is not None and _styled_title(inner) and _CREDIT_AFTER.match(para, end) is None:
        return True  # ("“Save Our Lake” she shouted" is hers)
    # a work's title is capitalised ("the documentary “The Quiet Shore”"); "said the report “failed
    # to address …”" is the speaker's verdict on it
    opening = inner.lstrip("‘'\"“ ")[:1]
    capital = opening.isupper() or opening.isdigit() or opening in "#@"
    return capital and (bool(_WORK_BEFORE.search(before)) or (_OWNER_BEFORE.search(before) is not None
                                                               and _title_case(inner)))


# A possessive right before the quote ("the developers' “master plan”"), not a contraction ("he's").
_OWNED_TERM = re.compile(r"(?<![\w’'])(?!(?:he|she|it|there|that|what|who|here|where|how|let)[’']s\b)"
                         r"\w+(?:[’']s|s[’'])\s*\Z"
                         # "warned his “floating palace” could roll": a pronoun's term ("her" may be told)
                         r"|\b(?:his|its|their|my|our|your)\s*\Z", re.I)


# A speaker's own state reported right after the verb, the pronoun theirs: "Hart said his “heart sank”",
# "she told reporters her “nerves went”" (not "a memo warned his “floating palace” could roll": no person
# speaks there; not "said the board had sold their “golden goose”": the pronoun is not the verb's object).
_OWN_WORDS_REPORTED = re.compile(rf"(?:\b(?:he|He)|\b(?:she|She)|\b(?:they|They)|\bI|\b(?:we|We)|"
                                 rf"\b[{_UPPER}][{_LOWER}][\w’'-]*)\s+(?:[a-z]+ly\s+)?"
                                 r"(?:said|says|told\s+(?:\w+\s+)?\w+|tells\s+(?:\w+\s+)?\w+|admitted|admits|"
                                 r"insisted|insists|recalled|recalls|added|adds|explained|explains|wrote|writes)"
                                 r"\s+(?:that\s+)?(?:his|her|their|my|our)\s*\Z")


def _reported_fragment(para: str, start: int, inner: str) -> bool:
    """Whether a one- or two-word quote starting at `start` is someone's words reported by a verb
    of saying before it in its sentence ("told reporters the meeting had been “constructive”"),
    not a scare quote ("the so-called “reform”") nor a name or title ("told the “Today”
    programme", "a band called “Blur”", "#SaveOurPark")."""
    words = inner.split()
    if all(w[:1].isupper() or w[:1] in "#@" or w[:1].isdigit() for w in words) and (
            inner.rstrip()[-1:] not in "!?"):
        return False  # a name or title; "“Resign!”" is a cry
    before = para[max(0, start - 160):start]
    if _SO_CALLED.search(before) or _PASSIVE_AS.search(before) or _HEARSAY.search(before):
        # "the so-called “reform”"; "tired of hearing him described as a “genius”"; "is said to be “furious”"
        return False
    if _OWNED_TERM.search(before) and not _OWN_WORDS_REPORTED.search(before):
        return False  # "argued against the developers' “master plan”": the owner's term, not a report
    return bool(_SAYS_BEFORE.search(before) or _SAID_THAT_BEFORE.search(before)
                or _DESCRIBED_AS.search(before) or _WORDS_USED.search(before))


def _credited_after(para: str, start: int, end: int, inner: str) -> bool:
    """Whether a one- or two-word quote ending in a comma or a stop inside its marks is credited
    right after it ("“Pride,” he said."; "“Never!” shouted Hart") or is a whole sentence after a
    colon ("shared the exchange with a single word: “Finally.”"): a reply, not a scare quote."""
    closing = inner.rstrip()[-1:]
    before = para[:start].rstrip()
    if closing in ".!?" and before.endswith(":"):  # "shared the exchange with a word: “Finally.”"
        clause = _CLAUSE_START.split(before[:-1])[-1]
        return _VERB.search(clause) is not None  # not "the slogan was short: “Listen.”"
    # the quote opens its sentence: "“Pride,” he said", not "the band played “Jerusalem,” Hart said"
    opens = not before or before[-1] in ".!?:\"”’"
    return opens and closing in ",!?" and _CREDIT_AFTER.match(para, end) is not None


_CLAUSE_START = re.compile(r"[.!?;]\s+")


# A credit right after a quote: a pronoun or up to three capitalised words and a reporting verb, or
# the verb first ("said Hart", "she replied", "Ferrante admitted").
_CREDIT_VERBS = (rf"(?:{_SAY_CORE}|replies|asks|admitted|admits|insists|"
                 r"shouted|shouts|snapped|snaps|answered|answers|conceded|concedes|told|tells|wrote|writes)")
# ("“Fourth,” the harbour master said", "“No,” said the coach": a description credits it too)
_CREDIT_AFTER = re.compile(rf"\s*(?:(?:he|she|they|I|we|(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'.-]*"
                           rf"|the\s+(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*)\s+"
                           rf"{_CREDIT_VERBS}\b|{_CREDIT_VERBS}\s+(?:he\b|she\b|they\b|the\s|[A-Z]))")
_PASSIVE_AS = re.compile(r"\b(?:described|branded|labelled|labeled|called|hailed|characterised|characterized)"
                         r"\s+as\s+(?:an?\s+|the\s+)?\Z")
# Hearsay in the passive: what others say of the subject, not the subject's words ("Lind is said to be
# “furious”", "he was reported to have felt “betrayed”").
_HEARSAY = re.compile(r"\b(?:is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?(?:said|reported|understood|"
                      r"thought|believed|rumou?red)\s+to\s+(?:[\w’'-]+\s+){0,4}\Z")
_SO_CALLED = re.compile(r"\b(?:so-called|so called|dubbed|nicknamed|known as|titled|entitled)\s*\Z", re.I)
# A verb of saying, then "that" and up to ten words, in one sentence: "said the lenders had been".
_SAID_THAT_BEFORE = re.compile(r"\b(?:says|said|tells|told|adds|added|insists|insisted|argues|argued|claims|"
                               r"claimed|warns|warned|admits|admitted|wrote|writes|maintains|maintained|"
                               r"stressed|stresses|conceded|concedes|denied|denies|suggested|suggests|"
                               r"replies|replied|responds|responded|answers|answered|explains|explained)"
                               r"\b[^.!?“”\"]{0,120}?"
                               r"\bthat\b(?:\s+[\w’'-]+){0,10}\s*\Z")
# A verb of judging, what it judges and "as": "described the company's offer of a voucher as “…”"
# (not straight after the verb: "hearing him described as a “genius”" is someone else's word).
_DESCRIBED_AS = re.compile(r"\b(?:described|describes|branded|brands|labelled|labeled|dismissed|dismisses|"
                           r"characterised|characterized|denounced|denounces|hailed|hails|condemned|condemns)"
                           r"\s+(?!as\b)[^.!?“”\"\ue000]{1,100}?\bas\s+(?:an?\s+|the\s+)?\Z")
_SPLIT_GAP = 60  # characters of attribution between the two halves of a split quote


# What stands between the two halves of a split quote: only its credit ("Lind said,", "said Hart,",
# "she added,"), no second clause ("while Lind said it was").
_CREDIT_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+|[a-z]+(?:\s+[A-Z][\w’'.-]*){1,3}"
                          r"|(?:he|she|they|it)\s+[a-z]+)(?:\s+[a-z]+ly)?\s*,\s*")  # "he said eventually,"


def _split_opening(inner: str, gap: str, rest: str) -> bool:
    """A short quoted run that opens a sentence the quote goes on with after its credit ("“This
    plan,” Lind said, “is the only one …”"): the first half of one statement, not a scare quote."""
    return (inner.rstrip().endswith(",") and inner.lstrip()[:1].isupper() and len(gap) <= _SPLIT_GAP
            and rest[:1].islower() and len(rest.split()) >= _MIN_QUOTE_WORDS
            and _CREDIT_ONLY.fullmatch(gap) is not None)


def _split_closing(before: str, gap: str, inner: str) -> bool:
    """A short sentence quoted right after a quote and its credit ("“Promises are free,” she said.
    “Concrete isn’t.”"): the speaker going on, not a scare quote."""
    return (before.rstrip().endswith(",") and len(before.split()) >= 1
            and inner.lstrip()[:1].isupper() and inner.rstrip()[-1:] in ".!?" and len(gap) <= _SPLIT_GAP
            and _CREDIT_ONLY.fullmatch(gap.rstrip().removesuffix(".") + ",") is not None)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Clauses that may each quote their own speaker: "“…,” Lind said, but Hart replied: “…”"; "he
# accused her of “…”; she replied that …"
_CLAUSE_CUT = re.compile(r"(?<=;)\s+|,\s+(?=(?:but|while|whereas)\s)")
_Attribution = tuple[_Subject, str, str]


def _segments(frame: str, subjects: list[_Subject], quotes: list[str]
              ) -> list[tuple[list[int], _Attribution | None, str]]:
    """The frame cut into sentences (a quote that ends with a stop ends one): each with the
    indexes of its quotes, its own attribution, if any, and its text."""
    segments: list[tuple[list[int], _Attribution | None, str]] = []
    start, seen = 0, 0
    starts = [s.start for s in subjects]  # in reading order
    ends = [m.start() for cut in (_SENTENCE_END, _CLAUSE_CUT) for m in cut.finditer(frame)]
    marks_at = [m.end() for m in re.finditer(_Q, frame)]
    ends += [at for at, quote in zip(marks_at, quotes, strict=False) if quote[-1:] in ".!?…"]
    ends += _credited_again(frame, subjects, marks_at)
    for end in sorted(set(ends)) + [len(frame)]:
        sentence = frame[start:end]
        marks = sentence.count(_Q)
        inside = subjects[bisect_left(starts, start):bisect_left(starts, end)]
        own = [replace(s, start=s.start - start, end=s.end - start) for s in inside if s.end <= end]
        segments.append((list(range(seen, seen + marks)), _verb_attribution(sentence, own), sentence))
        seen += marks
        start = end
    return segments


_WHO_CLAUSE = re.compile(r",\s+who\s")
_AND_CLAUSE = re.compile(r",\s+(?:and|but|while|as|before|after|until|then|and\s+then)\s+")


def _credited_again(frame: str, subjects: list[_Subject], marks_at: list[int]) -> list[int]:
    """Where a sentence's next quote gets its own credit: after a quote, when the words up to the
    next quote have a reporting verb and its subject ("The club says it will reopen “…”, a plan
    Hart calls “…”"), so each quote goes to its own speaker."""
    cuts: list[int] = []
    for at, nxt in zip(marks_at, marks_at[1:], strict=False):
        start, end = at, nxt  # up to and with the next quote: "calls “…”" needs it
        between = frame[start:end]
        if _SENTENCE_END.search(between) or not _VERB.search(between):
            continue
        own = [replace(x, start=x.start - start, end=x.end - start) for x in subjects
               if start <= x.start and x.end <= end]
        found = _verb_subject(between, own) if own else None
        if found is not None:
            speaker = found[0]
            if (not found[2] and _WHO_CLAUSE.match(between, speaker.end)
                    and any(x.end <= speaker.start for x in own)):
                # "“…,” Lind told Voss, who replied: “…”": the cut falls before the one the who-clause is of
                cuts.append(start + speaker.start)
                continue
            # "“…,” Hart said, and a supporter shouted: “…”": the cut falls where the new clause opens
            joins = [m.start() for m in _AND_CLAUSE.finditer(between)]
            # the last join a subject follows: "and Hart, as ever, called it “…”" opens at "and", not "as"
            opened = [j for j in joins if any(j < x.start for x in own)]
            cuts.append(start + (opened or joins)[-1] if joins else at)
    return cuts


def _verb_attribution(sentence: str, subjects: list[_Subject]) -> _Attribution | None:
    found = _verb_subject(sentence, subjects)
    if found is None:
        return None
    subject, verb, follows = found
    where = "after" if follows else "before"
    how = f"{where} '{verb}'" if subject.basis == "named" else f"(subject of '{verb}')"
    return subject, _reason(subject, how), subject.basis


# A message as the subject of a reporting verb: its sender's words ("“…,” the email said").
_SENT_SAYS = re.compile(r"\b[Tt]he (?P<noun>statement|email|e-mail|letter|post|message|memo|note|tweet)\s+"
                        r"(?:\w+\s+)?(?:said|says|read|reads|added|adds|continued|continues|went on)\b")


# Speaking through another, which is issuing a statement: "Hart, through his solicitors, said …"
_SPOKE_THROUGH = re.compile(r"\bthrough\s+(?:his|her|their|its|[A-Z][\w’'-]*[’']s?)\s+(?:[\w-]+\s+)?"
                            r"(?:solicitors?|lawyers?|attorneys?|spokes(?:person|man|woman|people)|agents?|"
                            r"representatives?|publicists?|press\s+office)\b")


def _writer(frame: str, noun: str, subjects: list[_Subject], tracker: _Tracker) -> _Attribution | None:
    """Who sent the message a paragraph quotes ("“…,” the email said"): whoever this paragraph says
    sent it ("The council issued a statement."), else, when the paragraph before brought up the
    message (or, for a statement, had someone speak through their solicitors), the one quoted or named
    there; weak either way, and nobody when neither says."""
    mention = re.search(rf"\b{noun}\b", frame, re.I)
    here, before = tracker.behalf
    subject: _Subject | None
    brought_up = mention is not None and mention.start() < frame.find(_Q)  # the message is brought up here
    senders = [s for s in subjects if mention is not None and s.end <= mention.start() and not s.possessive]
    if brought_up and here is not None:
        subject, how = here, "for whom it was issued, in this paragraph"
    elif not (brought_up and senders) and before is not None and re.search(
            rf"\b{noun}s?\b", tracker.previous_text, re.I):
        subject, how = before, "for whom it was issued, in the paragraph before"
    elif brought_up:
        subject = senders[-1] if senders else None
        how = "named before the message in this paragraph"
    elif re.search(rf"\b{noun}s?\b", tracker.previous_text, re.I) or (
            noun == "statement" and _SPOKE_THROUGH.search(tracker.previous_text)):
        subject = tracker.continuing[0] if tracker.continuing is not None else tracker.leading
        how = "quoted or named in the paragraph that brings up the message"
    else:
        subject = None
    if subject is None:
        if noun == "letter" and _SIGNED.search(frame + "\n" + tracker.previous_text):
            # "More than 400 islanders have signed an open letter." then "“…,” the letter says.": theirs
            return _SIGNATORIES, _SIGNATORIES.how, "unnamed"
        return None
    return subject, f"weak: the {noun} of {subject.name}, {how}", "weak"


# A letter many put their names to: "signed an open letter", "the signatories", "a letter signed by" (not
# any signing: "after the lease was signed" is no letter's).
_SIGNED = re.compile(r"\b(?:signatories|signatures|open\s+letter|signed\s+(?:by\s+)?"
                     r"(?:an?|the|their|a\s+joint)\s+(?:[\w-]+\s+){0,2}?(?:letter|petition)"
                     r"|(?:letter|petition)\b[^.!?]{0,60}\bsigned)\b", re.I)
_SIGNATORIES = _Subject(0, 0, "the signatories", None, "unnamed", "unnamed: the signatories of a letter")
# A document quoted in the paragraph before, going on: "It ends: “…”", "It goes on:", "It adds:".
_IT_GOES_ON = re.compile(r"\s*(?:It|The\s+letter)\s+(?:ends|begins|opens|closes|concludes|continues|adds|"
                         r"goes\s+on)(?:\s+by\s+saying)?\s*[:,]\s*\Z")


_MESSAGE = re.compile(r"\b(?:statement|letter|message|note|email|e-mail|apology|tribute)\b", re.I)
# A message issued or read out for someone: "read a statement on his behalf", "on behalf of Lind".
_BEHALF = re.compile(r"\bon\s+(?:(?P<pronoun>his|her|their|its)\s+behalf\b|behalf\s+of\b"
                     # "on his client's behalf": whoever the reader acts for ("Lind's solicitor")
                     r"|(?:his|her|their)\s+(?P<client>client|clients)[’']s?\s+behalf\b"
                     # "on the company's behalf", "on Brackwater's behalf"
                     r"|(?:the\s+(?P<noun>[a-z]+)|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))"
                     r"[’']s?\s+behalf\b)")


# A message read out or issued from someone: "read a short statement from the board", "issued a
# statement by Lind" (the speaker is who it is from, not who reads it).
_READ_FROM = re.compile(r"\b(?:read|reads|issued|issues|released|releases)\s+(?:out\s+)?(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:statement|letter|message|apology|tribute)\s+(?:from|by)\s+"
                        r"(?:(?P<the>the\s+(?P<noun>[a-z]+))\b|(?=[A-Z]))")
# Words read out, credited after the quote: "“…,” she read.", "“…,” read Trewin"
_READ_OUT = re.compile(rf"{_Q}\s*,?\s*(?:(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
                       rf"read(?:\s+out)?\b|read\s+(?:out\s+)?(?:he|she|[A-Z]))")
_BODY_NOUNS = ORG_NOUNS | {"board", "council", "trust", "committee", "management", "club", "party", "union"}
# Someone's own message read out by another: "as she read his statement", "read out Lind's letter" (the
# words are the owner's, not the reader's).
_READ_OWNED = re.compile(r"\bread(?:s|ing)?\s+(?:out\s+)?(?:(?P<pronoun>his|her|their)"
                         r"|(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})[’']s?)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:statement|letter|message|apology|tribute)\b")


_ISSUER_GAP = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")


def _issuer(frame: str, subjects: list[_Subject], tracker: _Tracker | None) -> _Subject | None:
    """Who a message read out or issued in this paragraph is from (_READ_FROM): the name after "from",
    or for "from the board" the organisation named last; None when the paragraph says neither."""
    m = _READ_FROM.search(frame) if "statement" in frame or "letter" in frame or "message" in frame else None
    if m is None:
        return _voice_of_body(frame, subjects, tracker) if "statement" in frame else None
    if m.group("the") is None:
        # the name right after "from" (a title or first names between), never its owner ("a statement
        # from Voss's lawyer") nor a name later in the sentence ("from the podium, and Hart …")
        return next((s for s in subjects if s.start >= m.end() and s.person is not None
                     and not s.possessive and not s.owned
                     and _ISSUER_GAP.fullmatch(frame, m.end(), s.start) is not None), None)
    org = tracker.by_pronoun("it") if tracker is not None and m.group("noun") in _BODY_NOUNS else None
    if org is None:
        return None
    return _Subject(m.start("the"), m.end("the"), org.name, org, "descriptor",
                    f"'{m.group('the')}' → {org.name} (organisation named last)")


# An organisation's own mouthpiece reading or issuing a statement: "its head of communications, Jo Hart,
# read a statement", "the company's spokeswoman issued a statement" (the statement is the organisation's).
_MOUTHPIECE = re.compile(r"\b(?:(?P<its>[Ii]ts)|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[’']s?)\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}?(?:spokes(?:person|man|woman)|press\s+officer|"
                         r"head\s+of\s+(?:communications|media|press)|(?:communications|press|media)\s+"
                         r"(?:director|chief|manager|officer))\b[^.!?\ue000]{0,80}?\b(?:read|reads|issued|"
                         r"issues|released|releases)\s+(?:out\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?statement\b")


# A statement someone else sent, right after the one a mouthpiece reads: "read the statement the union had
# sent", "a statement that Lind had written", "a statement from the union" (not the organisation's own).
_SENT_BY_ANOTHER = re.compile(r"\s+(?:(?:that|which)\s+)?(?P<sender>(?P<the>the\s+[a-z][\w-]*)|[A-Z][\w’'-]*"
                              r"(?:\s+[A-Z][\w’'-]*){0,3}|he|she|they)\s+(?:had\s+|has\s+)?(?:sent|issued|"
                              r"written|wrote|drafted|prepared|released|e-?mailed|forwarded|supplied|provided)\b"
                              r"|\s+(?:from|by|sent\s+by|written\s+by|on\s+behalf\s+of)\s")


def _other_sender(m: re.Match[str], subjects: list[_Subject]) -> _Subject | None:
    """Who sent the statement a mouthpiece reads, when another did (_SENT_BY_ANOTHER): the person named
    there, or a body by its noun ("the union") as an unnamed speaker of its own; None otherwise."""
    if m.group("sender") is None:
        return None
    named = next((s for s in subjects if m.start("sender") <= s.start < m.end("sender") and s.person), None)
    if named is not None or m.group("the") is None:
        return named
    noun = " ".join(m.group("the").split())
    return _Subject(m.start("the"), m.end("the"), noun, None, "unnamed",
                    f"unnamed: {noun}, who sent the statement another read out")


def _voice_of_body(frame: str, subjects: list[_Subject], tracker: _Tracker | None) -> _Subject | None:
    """The organisation whose own mouthpiece reads or issues a statement in this paragraph (_MOUTHPIECE):
    the one named as its owner, or for "its" the organisation named last; None otherwise."""
    m = _MOUTHPIECE.search(frame)
    if m is None:
        return None
    if (other := _SENT_BY_ANOTHER.match(frame, m.end())) is not None:
        return _other_sender(other, subjects)
    if m.group("its") is None:
        return next((s for s in subjects if m.start("owner") <= s.start < m.end("owner")
                     and s.person is not None and s.person.pronoun.lower() == "it"), None)
    org = tracker.by_pronoun("it") if tracker is not None else None
    if org is None:
        return None
    return _Subject(m.start(), m.end("its"), org.name, org, "descriptor",
                    f"'{m.group(0)[:40]}…' → {org.name} (its own mouthpiece, organisation named last)")


def _principal(frame: str, subjects: list[_Subject], tracker: _Tracker | None = None) -> _Subject | None:
    """Whom a paragraph's message speaks for: the person named after "on behalf of", or for "on his
    behalf" the last person named before it who goes by that pronoun ("Lind's solicitor, Jo Hart,
    read a statement on his behalf": Lind), whose own message another reads ("as she read his
    statement"), or whom a message read out is from ("read a statement from the board"); None when the
    paragraph says none of these."""
    m = _BEHALF.search(frame) if "behalf" in frame else None
    if m is None:
        m = _READ_OWNED.search(frame) if "read" in frame else None
    if m is None:
        return _issuer(frame, subjects, tracker)
    if m.group("owner") is not None:  # "on Brackwater's behalf": the name owning it
        return next((s for s in subjects if m.start("owner") <= s.start < m.end("owner")
                     and s.person is not None), None)
    if m.re is _BEHALF and m.group("client") is not None:  # (clients the sentence does not name: unnamed)
        shown = f"{m.group(0).split()[1].lower()} {m.group('client')}"
        return _client(frame, subjects, m.start(), tracker) or _Subject(
            m.start(), m.end(), shown, None, "unnamed", f"unnamed: {shown}, for whom a message is read")
    if m.re is _BEHALF and (m.group("noun") is not None or (m.group("pronoun") or "").lower() == "its"):
        # "on the company's behalf", "on its behalf": the organisation named last
        org = tracker.by_pronoun("it") if tracker is not None and (
            m.group("noun") is None or m.group("noun") in _BODY_NOUNS) else None
        shown = m.group(0)
        return None if org is None else _Subject(m.start(), m.end(), org.name, org, "descriptor",
                                                 f"'{shown}' → {org.name} (organisation named last)")
    if m.group("pronoun") is None:
        return next((s for s in subjects if s.start >= m.end() and s.person is not None), None)
    wanted = {"his": "he", "her": "she"}.get(m.group("pronoun").lower(), "they")
    reader = _reader(frame, subjects, m.start())  # never whom one reads for ("Lind read … on her behalf")
    fits = [s for s in subjects if s.end <= m.start() and s.person is not None and s.person.pronoun == wanted
            and s is not reader]
    if fits or tracker is None or wanted == "they":
        return fits[-1] if fits else None
    return _absent_principal(frame, m, wanted, tracker, reader)


def _absent_principal(frame: str, m: re.Match[str], wanted: str, tracker: _Tracker,
                      reader: _Subject | None) -> _Subject | None:
    """Whom "on her behalf" speaks for when nobody in the paragraph before it goes by "her": only when
    it stands in the paragraph's first sentence (else someone this paragraph introduces may be "her": "The
    victim, a woman in her seventies, … A police officer read a statement on her behalf"), the person the
    paragraph just before is about ("Lind could not attend." then "Hart read a statement on her
    behalf", "Lind declined to comment." then "A spokeswoman read …"), never one only named there as an
    object ("She beat Lind by forty votes") nor the reader."""
    if _SENTENCE_BREAK.search(frame, 0, m.start()):
        return None
    just_before = tracker.about is not None and tracker.about[0] == tracker.paragraph - 1
    about = (tracker.about[1] if tracker.about is not None and just_before else None) or (
        tracker.continuing[0] if tracker.continuing is not None else None)
    person = about.person if about is not None else None
    if person is None or person.pronoun != wanted or (reader is not None and reader.person is person):
        return None
    return _Subject(m.start("pronoun"), m.end("pronoun"), person.name, person, "pronoun",
                    f"pronoun '{m.group('pronoun')}' → {person.name} (whom the paragraph before is about)")


# What one does with a message for another: "read a statement on her behalf", "wrote to the council on his
# behalf"; its subject is the reader or writer, never whom they act for.
# (and one taking something in another's stead: "Ross accepted the prize on his behalf": not Ross's)
_ACTS_FOR = re.compile(r"\b(?:read|reads|reading|issued|issues|released|releases|sent|sends|wrote|writes|"
                       r"written|delivered|delivers|gave|gives|made|makes|spoke|speaks|accepted|accepts|"
                       r"accepting|collected|collects|collecting|received|receives|receiving)\b")


def _reader(frame: str, subjects: list[_Subject], at: int) -> _Subject | None:
    """Who reads, writes or issues the message "on her behalf" at `at`: the last subject before the verb
    of doing so in its sentence, not an owner ("Lind's solicitor, Jo Hart, read": Jo Hart); None when
    the sentence has no such verb."""
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(frame, 0, at)), default=0)
    verbs = list(_ACTS_FOR.finditer(frame, start, at))
    if not verbs:
        return None
    doers = [s for s in subjects if start <= s.start and s.end <= verbs[-1].start() and not s.possessive]
    return doers[-1] if doers else None


# An agent named by whom they act for: "Lind's solicitor, Jo Hart,", "Lind's lawyer" (then "his client").
_AGENTS = r"(?:solicitor|lawyer|barrister|attorney|counsel|agent|representative|advocate)s?"
_AGENT_OF = re.compile(rf"(?:[’']s?)?\s+(?:[a-z][\w-]*\s+)?{_AGENTS}\b")
# ... or by whom they act for after the noun: "the solicitor for Lind", "a lawyer representing Hart".
_AGENT_FOR = re.compile(rf"\b{_AGENTS}\s+(?:for|representing|acting\s+for)\s+")


def _client(frame: str, subjects: list[_Subject], before: int, tracker: _Tracker | None = None
            ) -> _Subject | None:
    """Whom "on his client's behalf" speaks for: the one whose agent the sentence names before it ("Lind's
    solicitor, Jo Hart, read a statement on his client's behalf", "Jo Hart, the solicitor for Lind,
    read …": Lind); never an agent in a sentence before (another's report: "Hart said Lind's solicitor
    had misled the board."); None when the sentence names no agent's client."""
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(frame, 0, before)), default=0)
    owners = [s for s in subjects if start <= s.start and s.end <= before and s.possessive
              and s.person is not None and _AGENT_OF.match(frame, s.end)]
    if owners:
        return owners[-1]
    agents = [a.end() for a in _AGENT_FOR.finditer(frame, start, before)]
    if tracker is None or not agents:
        return None
    client = next((n for n in _name_mentions(frame, tracker.named) if n[0] == agents[-1]), None)
    return None if client is None else _Subject(client[0], client[1], client[2].name, client[2], "named",
                                                f"named: {client[2].name}, whose agent reads for them")


def _colon_in_sentence(segments: list[tuple[list[int], _Attribution | None, str]], subjects: list[_Subject],
                       tracker: _Tracker, quotes: list[str]) -> _Attribution | None:
    """The subject before a colon that opens the quote, within the quote's own sentence, when the
    paragraph's only quoting sentence has one ("Hart conceded defeat to Lind. In the hall she thanked
    her team: “…”": "she", not the subject of the sentence before)."""
    quoting = [(n, seg) for n, seg in enumerate(segments) if seg[0]]
    if len(quoting) != 1 or quoting[0][0] == 0:
        return None
    n, (indexes, _, sentence) = quoting[0]
    start = sum(len(seg[2]) for seg in segments[:n])
    colon = _COLON_Q.search(sentence)
    own = [replace(x, start=x.start - start, end=x.end - start) for x in subjects
           if start <= x.start and x.end <= start + (colon.start() if colon else 0)]
    if colon is None or not own:
        return None
    own = [x for x in own if not x.possessive][:1]  # the clause's subject first: "she thanked her team:"
    if not own or own[0].role or sentence[own[0].start:own[0].end].lower() in ("him", "her", "them"):
        # not a role taken only as the last named ("the returning officer thanked her:" is not Lind),
        # nor an object pronoun ("Reporters asked him:")
        return None
    found = _attribute(sentence, own, tracker, [quotes[k] for k in indexes])
    return found if found is not None and found[2] == "colon" else None


# One spoken to or about, not the one speaking: "A question for Lind:", "turning to Lind:" (the credited
# speaker before goes on)
_ADDRESSED = re.compile(r"\b(?:to|for|at|with|about|towards?)[ \t]+\Z")


def _colon_after_quote(frame: str, segments: list[tuple[list[int], _Attribution | None, str]], n: int,
                       subjects: list[_Subject], tracker: _Tracker, quotes: list[str]) -> _Attribution | None:
    """The subject before a colon that opens the quotes of sentence n, read from the paragraph's
    previous quote on ("… who claims it was “a sieve”. Bellwether declined, but the film closes on its
    statement: “…”": Bellwether's, not the earlier quote's speaker's); None unless a quote comes before."""
    start = sum(len(seg[2]) for seg in segments[:n])
    lower = frame.rfind(_Q, 0, start) + 1
    if not lower:
        return None
    # not past a sentence that credits the quote before ("“…,” Kerr said. Raman replied in kind: “…”")
    end = start + len(segments[n][2])
    lower = max((m.end() for m in _SENTENCE_END.finditer(frame, lower, end) if m.start() <= start),
                default=lower)
    own = [replace(x, start=x.start - lower, end=x.end - lower) for x in subjects
           if lower <= x.start and x.end <= end and not _ADDRESSED.search(frame, lower, x.start)]
    if not own:
        return None
    found = _attribute(frame[lower:end], own, tracker, [quotes[k] for k in segments[n][0]])
    return found if found is not None and found[2] == "colon" else None


# A speech verb earlier in the sentence: someone named says what follows (not hearsay, not a document's).
# (not _SAID_BEFORE, the verb right before a speaker: "said one skipper")
_SPOKEN_EARLIER = re.compile(r"\b(?:said|says|say|told|tells|added|adds|claimed|claims|insisted|insists|"
                             r"argued|argues|suggested|suggests|warned|warns|believes|thinks)\b")


# A person's document as the sentence's subject, finding or saying what it quotes: "Holt's report finds
# that …", "Lind's review concluded …" (the author's words)
_OWNED_FINDS = re.compile(r"(?:^|[.!?]\s+|,\s+)[^.!?,\ue000]{0,40}?['’]s?\s+(?:own\s+|final\s+|\w+\s+)?"
                          r"(?P<doc>report|review|findings|judgment|judgement|ruling|study|inquiry|audit)"
                          r"\s+(?:also\s+)?(?:finds|found|says|said|concludes|concluded|states|stated|"
                          r"describes|described|calls|called)\b")


_READ_OR_ISSUED = re.compile(r"\b(?:read|reads|reading|issued|issues|released|releases|sent|sends)\b")


# A message read out or published, whose words follow: not one written or sent ("Hart wrote a letter on
# her behalf. “I did it because …”" goes on in the writer's own words).
_READ_OR_PUBLISHED = re.compile(r"\b(?:read|reads|reading|issued|issues|released|releases)\b")


def _read_just_before(segments: list[tuple[list[int], _Attribution | None, str]], n: int) -> bool:
    """Whether the sentence before the n-th, quoting nothing, says a message is read out or issued on
    someone's behalf and the n-th is all quote ("Hart read a statement on her behalf. “…”": the message's
    words)."""
    if n == 0 or segments[n - 1][0]:
        return False
    before, sentence = segments[n - 1][2], segments[n][2]
    return ("behalf" in before and _MESSAGE.search(before) is not None
            and _READ_OR_PUBLISHED.search(before) is not None
            and _LETTER_OR_DIGIT.search(sentence.replace(_Q, "")) is None)


def _per_sentence(frame: str, subjects: list[_Subject], tracker: _Tracker,
                  quotes: list[str]) -> list[tuple[list[int], _Attribution]]:
    """When a paragraph quotes several people, each in a sentence of their own ("…," Stone had
    written. Reed said: "…"), the quotes of each speaker with that speaker's attribution;
    otherwise one group. A quote's sentence without an attribution takes the one of the sentence
    right after it when that has no quote ("…." Damon said.), else the one before it."""
    segments = _segments(frame, subjects, quotes)
    groups: list[tuple[list[int], _Attribution | None]] = []
    unsaid: set[int] = set()  # quotes of a document's words ("the study concedes that “…”")
    finding: _Subject | None = None  # the author of the document the sentence so far quotes
    for n, (indexes, found, sentence) in enumerate(segments):
        if not indexes:
            continue
        owned = _OWNED_FINDS.search(sentence, 0, max(0, sentence.find(_Q)))
        if owned is not None and _SPOKEN_EARLIER.search(sentence, owned.start(), owned.start("doc")):
            owned = None  # "Hart said Lind's review concluded it was “…”": Hart speaks of the document
        offset = sum(len(seg[2]) for seg in segments[:n])
        author = next((x for x in subjects if owned is not None and x.possessive and x.person is not None
                       and offset + owned.start() <= x.start < offset + owned.start("doc")), None)
        if (author is None and finding is not None
                and not _SENTENCE_STOP.search(sentence, 0, sentence.find(_Q))):
            author = finding  # "…, but that there was “…”": the same sentence of the document's findings
        finding = author
        if author is not None:
            # "Holt's report finds that Lee's conduct was “…”": the author's words, not a name inside
            groups.append((indexes, (author, _reason(author, "whose document finds it"), author.basis)))
            continue
        if sentence.count(_Q) == 1 and (hearsay := _HEARSAY_Q.search(sentence)) is not None and not (
                _SPOKEN_EARLIER.search(sentence, 0, hearsay.start())):  # "Quill said he was thought to be …"
            # "The 61-year-old, meanwhile, was said to be “relieved”": others' words about him, not his
            who = _Subject(hearsay.start(), hearsay.end(), "unnamed sources", None, "unnamed",
                           "unnamed: hearsay in the passive ('is said to be')")
            groups.append((indexes, (who, who.how, "unnamed")))
            continue
        principal = tracker.behalf[0]
        if principal is not None and (("behalf" in sentence or _READ_FROM.search(sentence)
                                       or _READ_OWNED.search(sentence)) and _MESSAGE.search(sentence)
                                      or found is None and _read_just_before(segments, n)):
            # "Hart's lawyer read a statement on his behalf: “…”": Hart's words, read by another
            found = principal, f"weak: a message read or issued on behalf of {principal.name}", "weak"
        elif (read_for := tracker.behalf[1]) is not None and _READ_OUT.search(sentence) and (
                _MESSAGE.search(tracker.previous_text)):
            # "… read a short statement from the board." then "“…,” she read.": the board's words
            found = read_for, f"weak: a message read out for {read_for.name}", "weak"
        if found is None and (sent := _SENT_SAYS.search(sentence)) and (
                writer := _writer(frame, sent.group("noun").lower(), subjects, tracker)) is not None:
            found = writer  # "“…,” the statement said.": whoever sent it
        if ((found is None or found[2] == "pronoun") and (going := tracker.continuing) is not None
                and (going[0] is _SIGNATORIES or _SENT_SAYS.search(tracker.previous_text))
                and _IT_GOES_ON.match(sentence, 0, max(0, sentence.find(_Q)))):
            # "It ends: “…”" after a letter quoted: the same letter, whose "It" is no body named last
            found = going[0], f"{going[0].how} (it goes on)", going[1]
        if (found is not None and found[2] == "pronoun" and principal is not None
                and sentence[found[0].start:found[0].end].lower() == "it"
                and _MESSAGE.search(frame, 0, offset) and _READ_OR_ISSUED.search(frame, 0, offset)):
            # "X's solicitor read a statement on his behalf. “…,” it said.": "it" is the message read
            # out, not the organisation named last
            found = principal, f"weak: a message read or issued on behalf of {principal.name}", "weak"
        finds = _ITS_FINDING.search(sentence, 0, max(0, sentence.find(_Q))) if found is None else None
        if finds is not None and (voice := _finding_voice(
                finds, f"{tracker.previous_text}\n{frame[:offset]}{sentence[:finds.start()]}")) is not None:
            groups.append((indexes, voice))  # "Its central finding is blunt: the board “…”": the document's
            continue
        thing = _THING_SAYS.search(sentence) if found is None else None
        if thing is not None and thing.group("it") and (read_for := tracker.behalf[1]) is not None and (
                _MESSAGE.search(tracker.previous_text)):
            # "… read a statement on his behalf." then "“…,” it said.": "it" is that message
            found = read_for, f"weak: a message read or issued on behalf of {read_for.name}", "weak"
            thing = None
        elif thing is not None and thing.group("it") and principal is not None and _MESSAGE.search(
                frame, 0, offset):
            # "… read a statement on her behalf. In translation, it said: “…”": the same message
            found = principal, f"weak: a message read or issued on behalf of {principal.name}", "weak"
            thing = None
        if thing is not None and not (
                thing.group("it") and tracker.goes_by_it):
            # "it" is a document unless a known speaker goes by "it"; a finding's words (a report's, a
            # judgment's) are its own voice, an unnamed speaker as a spokesperson's are; a message's
            # or an instrument's words, and a term it uses, stay nobody's statement
            told = f"{tracker.previous_text}\n{frame[:offset]}{sentence[:thing.start()]}"
            voice = _document_voice(thing, told)
            if voice is not None and all(len(quotes[k].split()) >= _WEAK_MIN_WORDS for k in indexes):
                groups.append((indexes, voice))
            else:
                unsaid.update(indexes)
            continue
        if found is None and _COLON_Q.search(sentence):
            found = _colon_after_quote(frame, segments, n, subjects, tracker, quotes)
        groups.append((indexes, found or _credit_around(segments, n)))
    speakers = {g[1][0].name for g in groups if g[1] is not None}
    if len(speakers) < 2:
        own = next((g[1] for g in groups if g[1] is not None), None)  # a quote's own sentence's speaker
        if own is None:
            own = _colon_in_sentence(segments, subjects, tracker, quotes)
        whole = own or (_attribute(frame, subjects, tracker, quotes) if len(unsaid) < len(quotes) else None)
        return [([k for k in range(len(quotes)) if k not in unsaid], whole)] if whole else []
    first = next(g[1] for g in groups if g[1] is not None)
    merged: list[tuple[list[int], _Attribution]] = []
    for indexes, attribution in groups:
        chosen = attribution or (merged[-1][1] if merged else first)
        if merged and merged[-1][1][0].name == chosen[0].name:
            merged[-1][0].extend(indexes)
        else:
            merged.append((list(indexes), chosen))
    return merged


# Documents whose words are their own findings, quoted as a voice of their own ("the report says", "the
# judgment found"); a message has a writer and an instrument (a contract, a law) no voice.
_FINDING_DOCUMENTS = frozenset(("study", "report", "survey", "review", "audit", "analysis", "findings",
                                "judgment", "ruling", "verdict", "inquiry", "investigation"))
# Any document a later "it" may stand for; the last named before "it says" is the one. A noun only: after
# a determiner or a possessive, perhaps one word between ("its annual review", "the council's report"),
# never the verb ("said it would review its fees", "told to report any crack", "the board will review").
_ANY_DOCUMENT = re.compile(r"(?:\b(?:the|its|their|a|an|this|that|these|those|his|her|our|your|my)|[’']s?)\s+"
                           r"(?:(?!(?:to|will|would|shall|should|must|may|might|can|could|did|does|do|not)\b)"
                           r"[\w-]+\s+)?(?P<noun>" + "|".join(sorted(_FINDING_DOCUMENTS))
                           + r"|document|letter|filing|lawsuit|complaint|memo|policy|contract|bill|law|paper"
                           r"|e-?mail|notice|guidance|order|minutes|agreement|statement|post|message|note|text"
                           r"|petition)\b", re.I)


def _document_voice(thing: re.Match[str], before: str) -> _Attribution | None:
    """The attribution of a finding document's own words ("the report says", "the judgment found"): the
    document as an unnamed speaker, never a person named near it. "It says" is such a document only
    when the last document named before it is one ("The board published its review. … it said.");
    None for any other document (a letter, a contract) and an "it" with no such document before."""
    if thing.group("it"):
        named = list(_ANY_DOCUMENT.finditer(before))
        if not named or named[-1].group("noun").lower() not in _FINDING_DOCUMENTS:
            return None
        noun = f"the {named[-1].group('noun').lower()}"
    else:
        noun = " ".join(thing.group(0).split()[:2]).lower()
        if noun.split()[-1] not in _FINDING_DOCUMENTS:
            return None
    voice = _Subject(thing.start(), thing.end(), noun, None, "unnamed", f"unnamed: {noun}'s own words")
    return voice, voice.how, "unnamed"


# A document's finding introduced by a colon, the quote after it in the same sentence: "Its central finding
# is blunt: the board “…”", "The report's main conclusion: …" (no verb of saying; the document's words).
_ITS_FINDING = re.compile(r"\b(?:(?P<its>[Ii]ts)|[Tt]he\s+(?P<doc>[a-z]+)[’']s)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:finding|conclusion|verdict|recommendation)s?\b[^.!?:\ue000]{0,40}:[^.!?:\ue000]*\Z")


def _finding_voice(finds: re.Match[str], before: str) -> _Attribution | None:
    """The document whose finding a colon introduces: the one named ("The report's conclusion:") or, for
    "Its", the last document named before when that is a finding document ("published its inquiry")."""
    doc = (finds.group("doc") or "").lower()
    if finds.group("its"):
        named = list(_ANY_DOCUMENT.finditer(before))
        doc = named[-1].group("noun").lower() if named else ""
    if doc not in _FINDING_DOCUMENTS:
        return None
    voice = _Subject(finds.start(), finds.end(), f"the {doc}", None, "unnamed",
                     f"unnamed: the {doc}'s own finding (after a colon)")
    return voice, voice.how, "unnamed"


# A sentence that only credits the quote before it ("Damon said.", "Hart told the Courier on Friday."):
# a few words and no reported clause of its own ("Hart said that he …", "Hart posted the two images …").
_CREDIT_SENTENCE_WORDS = 10
_REPORTED_CLAUSE = re.compile(r"\b(?:that|whether|how|why|if)\b")


# A reported clause with no "that": a verb of saying, perhaps its hearer ("told the Gazette", "told
# him"), then a clause's subject and its verb ("Hart said he would not sign it.", "Hart said the board
# had done nothing wrong.", "Hart told reporters it was over."), not an object or a time ("Hart said it
# again.", "Hart told the Gazette on Friday.").
_FINITE = (r"(?:had|has|have|was|were|is|are|am|would|will|could|should|must|did|does|do|can|may|might"
           r"|shall|wo|ca|need|needs|never|not|always|still)\b")
_CLAUSE_SUBJECT = (rf"(?:(?:he|she|they|we|I|it|there|you)[ \t]+(?:{_FINITE}|[a-z]+(?:ed|s)\b)"
                   rf"|(?:the|a|an|his|her|their|its|this|these|those|our|my|no|every|[A-Z][\w’'-]*)"
                   rf"(?:[ \t]+[\w’'-]+){{0,3}}?[ \t]+{_FINITE})")
_THAT_LESS_CLAUSE = re.compile(
    rf"\b(?:(?:said|says|added|adds|insisted|insists|claimed|claims|argued|argues|admitted|admits|wrote"
    rf"|writes|believes|believed|thinks|thought|conceded|concedes|maintained|maintains|warned|warns)"
    rf"|(?:told|tells|assured|assures|reminded|reminds)[ \t]+(?:him|her|them|us|me|you|reporters"
    rf"|journalists|(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[A-Z][\w’'-]*){{0,2}}))"
    rf"(?:[ \t]+[a-z]+ly)?[ \t]+{_CLAUSE_SUBJECT}")


def _only_credit(sentence: str) -> bool:
    """Whether a sentence is no more than a credit for the quote before it: no reported clause, with
    "that" or without it (_THAT_LESS_CLAUSE)."""
    return (len(sentence.split()) <= _CREDIT_SENTENCE_WORDS and not _REPORTED_CLAUSE.search(sentence)
            and not _THAT_LESS_CLAUSE.search(sentence))


def _credit_around(segments: list[tuple[list[int], _Attribution | None, str]], n: int) -> _Attribution | None:
    """The attribution a quote's sentence n without one of its own takes from its neighbours: the
    sentence right after it when that has no quote and only credits it ("“…” Damon said."), else the
    sentence right before it when that names a speaker with no quote of its own ("Lind said she had
    nothing against him. “…”": Lind's, not "Hart has said on X that …" after it), else the sentence
    after it (None: the one before it, as _per_sentence merges)."""
    after = segments[n + 1] if n + 1 < len(segments) else None
    credit = after[1] if after is not None and not after[0] else None
    if credit is not None and after is not None and _only_credit(after[2]):
        return credit
    before = segments[n - 1] if n else None
    if before is not None and not before[0] and before[1] is not None and not _COLON_Q.search(segments[n][2]):
        return before[1]  # (a colon in the quote's own sentence names its own: _colon_in_sentence)
    return credit if credit is not None and (before is None or before[1] is None) else None


_LEAD_IN_WORDS = 8
_IN_WORDS = re.compile(r"^In (his|her) (?:own )?words\s*[:;]$", re.I)


def _in_their_words(lead_in: str, tracker: _Tracker) -> _Subject | None:
    """The speaker of an "In her words:" lead-in: the last person named who goes by the pronoun."""
    m = _IN_WORDS.match(lead_in)
    person = tracker.by_pronoun({"his": "he", "her": "she"}[m.group(1).lower()]) if m else None
    if person is None:
        return None
    return _Subject(0, 0, person.name, person, "pronoun", f"'{lead_in}' → {person.name} (last named)")


def _not_self_named(speaker: _Subject, quoted: list[str], tracker: _Tracker) -> _Subject | None:
    """Someone else when a speaker found only as the last person named ("“I have loved Delia Warrick
    since I was eleven,” she wrote" after a paragraph naming Maren, then Delia) is named inside the
    quote: people do not speak of themselves by name. The person named before them who fits."""
    person = speaker.person
    if person is None or "(last named" not in speaker.how:
        return None
    text = " ".join(quoted)
    if not any(_name_pattern(name).search(text) for name in person.names if len(name) > 2):
        return None
    other = next((p for p in reversed(tracker.last) if p is not person and p not in tracker.outsiders
                  and p.pronoun.lower() != "it" and p.pronoun in ("", person.pronoun)), None)
    if other is None:
        return None
    return replace(speaker, name=other.name, person=other, how=speaker.how.replace(person.name, other.name))


_THIRD_PERSON = {"he": re.compile(r"\b(?:[Hh]e|him|[Hh]is)\b"), "she": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
_NESTED = re.compile(r"[‘'][^‘’']*[’']|“[^”]*”")  # a quote inside the quote: someone else's words


def _not_spoken_of(speaker: _Subject, quoted: list[str], tracker: _Tracker) -> _Subject | None:
    """The other of two people named together when a speaker found by a role of either sex only as
    the person named last ("“He told me I had ruined it,” the chemist recalls", after a paragraph naming
    the chemist, then the dealer) is spoken of inside the quote by their pronoun: people do not call
    themselves "he". The person named in this paragraph or the one before who goes by another pronoun;
    None when there is no such person or the role tells the sex."""
    person = speaker.person
    if (person is None or not speaker.how.endswith("(last named; weak)") or speaker.basis != "descriptor"
            or person.pronoun not in _THIRD_PERSON or ROLE_NOUNS.get(speaker.role or "", "")):
        return None
    text = _NESTED.sub(" ", " ".join(quoted))
    pronoun = _THIRD_PERSON[person.pronoun].search(text)
    if pronoun is None:
        return None
    other = next((p for p in reversed(tracker.last) if p is not person and p not in tracker.outsiders
                  and p.pronoun in _THIRD_PERSON and p.pronoun != person.pronoun
                  and tracker.paragraph - tracker.seen_at.get(p, -9) <= 1), None)
    if other is None:
        return None
    return replace(speaker, name=other.name, person=other, role=pronoun.group(0),
                   how=speaker.how.replace(person.name, other.name))


# A cry from a crowd or a gallery, its words right after: "a shout of “Resign!”", "cries of “Shame!”"
# (a chant's words are a slogan's, nobody's statement).
_CRY_BEFORE = re.compile(r"\b(?P<noun>shouts?|cries|cry|jeers?|heckles?|yells?|calls)\s+of\s*\Z", re.I)


# The subject's own cry: "Hart let out a shout of “…”", "Lind gave a cry of “Yes!”".
_OWN_CRY = re.compile(r"\b(?:let(?:s|ting)?\s+out|gave|gives|give|giving|raised|raises|raising)\s+"
                      r"(?:a|an|one)\s+(?:[a-z]+\s+)?\Z")


def _cries(para: str, quotes: list[str]) -> dict[int, str]:
    """The statement quotes (by index in `quotes`) that a crowd's cry opens, with its noun."""
    found: dict[int, str] = {}
    k = 0
    for start, _, inner in find_quotes(para):
        if k < len(quotes) and inner.strip() == quotes[k]:
            cry = _CRY_BEFORE.search(para, max(0, start - 40), start)
            if cry is not None and not _OWN_CRY.search(para, max(0, cry.start() - 40), cry.start()):
                noun = cry.group("noun").lower()
                found[k] = noun if noun.endswith("s") else f"a {noun}"
            k += 1
    return found


# A question put to someone, its words right after: "Lind was asked by a reporter: “…?”", "Asked by a
# reporter, “…?”, Hart said", "Hale put it to her: “…?”", "the host asks him: “…?”". The one asked answers
# it; the question is the asker's: the agent after "by", the subject of the active verb, else unnamed.
_AGENT = (r"(?P<agent>(?:an?|the|one|another)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
          r"(?:,?\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"  # with the name after: "the co-host Jo Pike"
          r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
_BY_AGENT = (rf"(?:\s+by\s+{_AGENT})?(?:\s+(?:afterwards|later|again|then|outside|[a-z]+ly))?"
             r"(?:\s+(?:at|in|on|during|outside|after)\s+(?:the\s+|a\s+)?[\w’'-]+)?")  # "… at the meeting:"
_PUT_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?"
                          rf"asked{_BY_AGENT}\s*[:,]?\s*\Z")
# ("Asked “…?”, Okafor smiled": the question right after "Asked" is put, a comma or none)
_PUT_FRONTED = re.compile(rf"(?:\A|[.!?]\s+)\s*Asked{_BY_AGENT}\s*(?P<comma>,)?\s*\Z")
# The credit right after a question, no comma between, ending the sentence: "“Why would I sell it?” Lind
# said." (after "Asked at the launch," the one asked answers with a question of their own)
_ANSWERED_WITH_QUESTION = re.compile(r"\s*(?:he|she|they|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
                                     r"(?:said|says|replied|replies|answered|answers|retorted|shot\s+back)\b")
# (or presses one on a subject: "the host then pressed him on the sale: “…?”")
_PUT_ACTIVE = re.compile(r"(?:\b(?:asks|asked|puts|put|presses|pressed|quizzes|quizzed|pushes|pushed)\s+"
                         r"(?:it\s+to\s+)?)(?:him|her|them)(?:\s+again)?"
                         r"(?:\s+(?:on|about|over)\s+[^.!?:\ue000]{1,60}?)?\s*:\s*\Z")
_ASKER_NAME = re.compile(r"(?:\A|[\s,(])(?!(?:But|And|So|Then|Yet|Or|Now|When)\s)"
                         r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
                         r"(?:then\s+|[a-z]+ly\s+)?\Z")
_PUT_REACH = 160  # characters before a question where the sentence putting it may stand


def _put_questions(frame: str, quotes: list[str], subjects: list[_Subject]) -> dict[int, _Subject]:
    """The quoted questions (by index in `quotes`) put to the one who answers, with their asker."""
    found: dict[int, _Subject] = {}
    marks = [m.start() for m in re.finditer(_Q, frame)]
    usable = [s for s in subjects if not s.possessive]
    for k, at in enumerate(marks[:len(quotes)]):
        if not quotes[k].rstrip().endswith("?"):
            continue
        since = max(0, at - _PUT_REACH, marks[k - 1] + 1 if k else 0)
        put = _PUT_PASSIVE.search(frame, since, at) or _PUT_FRONTED.search(frame, since, at)
        if put is not None and put.re is _PUT_FRONTED and put.group("agent") is None and (
                put.group("comma") and _ANSWERED_WITH_QUESTION.match(frame, at + 1)):
            continue  # "Asked at the launch, “Why would I sell it?” Lind said.": Lind's own answer
        if put is not None:
            if put.group("agent") is None:
                found[k] = _Subject(put.start(), put.end(), "a questioner", None, "unnamed",
                                    "unnamed: a question put to the one who answers, no asker named")
                continue
            within = [s for s in usable if put.start("agent") <= s.start < put.end("agent")]
            agent = next((s for s in within if s.basis == "named"), within[0] if within else None)
            if agent is not None and agent.person is not None and any(
                    s.person is agent.person for s in usable if s.end <= put.start()):
                agent = None  # "Hart was asked by the co-host:", the co-host taken as Hart: no self-asking
            found[k] = agent or _Subject(put.start("agent"), put.end("agent"), put.group("agent"), None,
                                         "unnamed", f"unnamed: {put.group('agent')} (asks the question)")
            continue
        put = _PUT_ACTIVE.search(frame, since, at)
        if put is None:
            continue
        asker = next((s for s in reversed(usable) if s.end <= put.start()
                      and re.fullmatch(r"\s+(?:then\s+|[a-z]+ly\s+)?", frame[s.end:put.start()])), None)
        if asker is None and (name := _ASKER_NAME.search(frame, since, put.start())) is not None:
            asker = _Subject(name.start("who"), name.end("who"), name.group("who"), None, "unnamed",
                             f"unnamed: {name.group('who')} (asks the question, not a person of the story)")
        if asker is not None:
            found[k] = asker
    return found


# A correction's denial of a quoted word after it: "She did not use that word", "Dr Osei never used the
# phrase", "it was not said by Lind".
_DENIAL = re.compile(r"\b(?:did\s+not|didn[’']t|never|not)\s+(?:use|used|say|said|utter|uttered)\s+"
                     r"(?:that|the|this|those|these|such\s+a?)\s*(?:word|phrase|term|expression|words|remark|"
                     r"description|comment)s?\b")


# What may close a denial's sentence: "She did not use that phrase." or "…, which …" ("… lightly", "…,
# preferring …" and "… the word herself" say how someone used it, or that someone else did not).
_DENIAL_END = re.compile(r"\s*(?:at\s+all\s*)?(?:[.;!]|\Z|,\s+(?:which|that|and\s+it)\b)")
_DENIER = re.compile(r"(?:\A|(?<=[.!?])\s+)(?P<who>[^.!?]{1,40}?)\s*\Z")


# A correction's verdict on the sentence before it: "That was wrong.", "This is incorrect."
_WAS_WRONG = re.compile(r"(?<=[.!?])\s+(?:That|This|It)\s+(?:was|is)\s+(?:wrong|incorrect|untrue|inaccurate|"
                        r"not\s+(?:correct|true|accurate|the\s+case))\s*[.;]")


# (The denial "did not say it" ends its clause: "did not say it would reopen" is a report of her silence.)
# A correction's report of what an earlier article printed: "An article on 3 May quoted Ann Hale as saying
# “…”" (the sentence up to the misquote, a headline cited before it included).
_QUOTED_AS_SAYING = re.compile(r"\bquoted\b[^.!?\ue000]{1,160}?\bas\s+(?:saying|having\s+said|calling|"
                               r"describing)\b[^.!?\ue000]{0,160}?\ue000")
# What marks a paragraph (or the heading before it) as a correction: an apology for the error, a
# denial that the words were said, a "Correction:" lead or a corrections column's heading.
_CORRECTION_SIGNAL = re.compile(r"\b(?:apologi[sz]e|regret)\b[^.!?]{0,40}?\b(?:error|mistake|misquot\w*)"
                                r"|\bdid\s+not\s+say\s+(?:this|that|so|it)\s*(?:[.;!,]|\Z)|\bmisquot\w*"
                                r"|\A\s*(?:Corrections?|Clarifications?)\b", re.I)


def _misquoted(frame: str, previous: str) -> set[int]:
    """The quotes (by index) a correction says an earlier article printed ("An article on 3 May quoted
    Hale as saying “…”. Ms Hale said “…”. We apologise for the error."): the misquote and any quote
    before it in that sentence (the article's headline) are nobody's words; what she did say stays hers.
    Only in a correction: a report that "the Gazette quoted Hale as saying …" elsewhere is her word."""
    said = _QUOTED_AS_SAYING.search(frame)
    if said is None or not (_CORRECTION_SIGNAL.search(frame) or _CORRECTION_SIGNAL.match(previous)):
        return set()
    opened = max((m.end() for m in _SENTENCE_END.finditer(frame, 0, said.start())), default=0)
    return {k for k, m in enumerate(re.finditer(_Q, frame)) if opened <= m.start() < said.end()}


# Whose words a quote is said to be, right before it: "The words he used, in an interview, were “…”", "the
# phrase Lind actually used was “…”" (matched on the text before the quote).
_WORDS_USED = re.compile(r"\b[Tt]he\s+(?:actual\s+|exact\s+)?(?:words?|phrase|term|expression)\s+"
                         r"(?P<who>he|she|they|[A-Z][\w’'-]+)\s+(?:had\s+)?(?:actually\s+)?used\b"
                         r"[^.!?\ue000“”\"]{0,80}?\b(?:was|were|is|are)\s*[“\"]?\s*\Z")


def _denied(frame: str, quotes: list[str]) -> set[int]:
    """The short quotes (by index) that a denial later in the paragraph says were never said: the
    denial ends its sentence, and its subject is a pronoun or a name the quote's sentence names; or
    the sentence right after theirs says it was wrong ("… described them as “…”. That was wrong.")."""
    wrong = _WAS_WRONG.search(frame) if _Q in frame else None
    if wrong is not None:
        marks = [m.start() for m in re.finditer(_Q, frame)]
        opened = max((m.end() for m in _SENTENCE_END.finditer(frame, 0, wrong.start())), default=0)
        found = {k for k, at in enumerate(marks) if opened <= at < wrong.start() and k < len(quotes)
                 and len(quotes[k].split()) <= _MAX_TITLE_QUOTE}
        if found:
            return found
    denial = _DENIAL.search(frame) if _Q in frame else None
    if denial is None or not _DENIAL_END.match(frame, denial.end()):
        return set()
    denier = _DENIER.search(frame, 0, denial.start())
    who = denier.group("who").strip() if denier is not None else ""
    if who.lower() not in ("she", "he", "they"):
        before = frame[max(0, denier.start() - 200):denier.start()] if denier is not None else ""
        last = who.split()[-1] if who else ""
        if not last[:1].isupper() or not re.search(rf"\b{re.escape(last)}\b", before):
            return set()  # "Hart called it “a disgrace”. Dr Osei never used the phrase.": Osei's own use
    marks = [m.start() for m in re.finditer(_Q, frame)]
    return {k for k, at in enumerate(marks) if at < denial.start() and k < len(quotes)
            and len(quotes[k].split()) <= _MAX_TITLE_QUOTE  # in the sentence right before the denial's
            and len(_SENTENCE_END.findall(frame, at, denial.start())) <= 1}


def _quote_mentions(doc_id: str, index: int, para: str, tracker: _Tracker) -> list[Mention]:
    """The quotes of one paragraph, one mention per speaker (usually one), with the reasons."""
    tracker.paragraph = index
    spans = find_quotes(para)
    frame, quotes = _frame(para, spans)
    tracker.quoted = tuple(inner for _, _, inner in spans if inner.strip() not in quotes)  # (kept as words)
    previous = tracker.latest()
    last = tracker.last_quote
    tracker.continuing = (last[1], last[2]) if last is not None and last[0] == index - 1 else None
    tracker.leading = tracker.lead[1] if tracker.lead is not None and tracker.lead[0] == index - 1 else None
    subjects = _subjects(frame, tracker)
    tracker.behalf = (_principal(frame, subjects, tracker), tracker.behalf[0])
    groups = _per_sentence(frame, subjects, tracker, quotes) if quotes else []
    if tracker.exchange is None or tracker.exchange[0] != index - 1:
        tracker.answerer_holds = False
    if not quotes:
        asked = _exchange_of(frame, subjects, tracker)
        tracker.exchange = (index, *asked) if asked is not None else None
    elif tracker.exchange is not None and tracker.exchange[0] == index - 1 and (
            _LETTER_OR_DIGIT.search(frame.replace(_Q, "")) is None
            or _put_in_exchange(frame, groups, quotes, tracker.exchange)):
        tracker.exchange = (index, tracker.exchange[1], tracker.exchange[2])  # the exchange goes on
        if tracker.answered_at == index - 1 and not all(q.rstrip().endswith("?") for q in quotes):
            tracker.answerer_holds = True  # (no question next: the answerer goes on, as news copy does)
    else:
        tracker.exchange = None
    denied = _denied(frame, quotes) | _misquoted(frame, tracker.previous_text)
    if denied:  # "… described the school as “unviable”. She did not use that word": nobody's words
        groups = [(kept, found) for indexes, found in groups
                  if (kept := [k for k in indexes if k not in denied])]
    cries = _cries(para, quotes)
    if cries:  # "prompting shouts of “Too late!” from the benches": the crowd's, not the sentence speaker's
        groups = [(kept, found) for indexes, found in groups
                  if (kept := [k for k in indexes if k not in cries])]
        for k, noun in sorted(cries.items()):
            voice = _Subject(0, 0, noun, None, "unnamed", f"unnamed: {noun} (a cry from the crowd)")
            groups.append(([k], (voice, voice.how, "unnamed")))
        groups.sort(key=lambda g: min(g[0]))
    put = _put_questions(frame, quotes, subjects) if quotes else {}
    if put:  # "Lind was asked by a reporter: “…?”": the asker's question, not Lind's words
        groups = [(kept, found) for indexes, found in groups
                  if (kept := [k for k in indexes if k not in put])]
        for k, asker in sorted(put.items()):
            groups.append(([k], (asker, asker.how, asker.basis)))
        groups.sort(key=lambda g: min(g[0]))
    if quotes and (tracker.exchange is None or tracker.exchange[0] != index) and (
            opened := _exchange_opened(frame, quotes, groups, put, subjects,
                                       tracker.previous_text)) is not None:
        tracker.exchange = (index, *opened)  # the untagged quotes standing alone next go on with it
        tracker.answerer_holds = False
    elif quotes and tracker.exchange is None and (answered := _answered_question(frame, quotes, groups,
                                                                                 tracker)) is not None:
        tracker.exchange = (index, *answered)  # a question credited, its answer credited: the rest alternate
        tracker.answered_at = index
    date_expr = find_date_expr(frame)
    named = [s.person for s in subjects if s.person is not None and not s.possessive]
    speaker = groups[0][1][0] if groups else None
    topic = (speaker.person if speaker else None) or (named[0] if named else previous)
    if topic is not None and date_expr is not None:
        tracker.context[topic.name] = date_expr
    tracker.pending = None
    lead_in = para.strip()
    if not quotes and (lead_in.endswith(":") or (  # "She continued;" as a lead-in, as some outlets write it
            lead_in.endswith(";") and len(lead_in.split()) <= _LEAD_IN_WORDS
            and (_VERB.search(lead_in) or _IN_WORDS.match(lead_in)))):
        usable = [s for s in subjects if not s.possessive]
        tracker.pending = _writer_of(frame, usable) or (
            usable[-1] if usable else _in_their_words(lead_in, tracker))
    tracker.lead = (index, lead) if not quotes and (lead := _lead_subject(frame, subjects)) else None
    tracker.about = (index, about) if (about := _about(frame, subjects)) is not None else None
    mentions: list[Mention] = []
    kind = _kind(frame) if groups else ""
    for part, (indexes, (speaker, reason, basis)) in enumerate(groups):
        if (other := _not_self_named(speaker, [quotes[n] for n in indexes], tracker)) is not None:
            speaker, reason = other, f"{reason}; not {speaker.name}, who is named inside the quote"
        elif (other := _not_spoken_of(speaker, [quotes[n] for n in indexes], tracker)) is not None:
            speaker, reason = other, f"{reason}; not {speaker.name}, whom the quote calls '{other.role}'"
            speaker = replace(speaker, role="")
        if speaker.person is not None:
            tracker.remember(speaker.person)
            if _trade(speaker.role):
                tracker.guessed_roles.setdefault(speaker.person, _trade(speaker.role))
        else:
            tracker.last_unnamed = speaker.name
        if date_expr is not None:
            tracker.context[speaker.name] = date_expr
        inherited = date_expr is None and speaker.name in tracker.context
        expr = date_expr or tracker.context.get(speaker.name)
        handle = _first_handle(speaker.person)
        text = _join_quotes([quotes[n] for n in indexes])
        mentions.append(Mention(doc_id, index, speaker.name, handle, kind, text, expr, inherited,
                                "", reason, basis, part))
        if tracker.last_quote is not None and tracker.last_quote[0] != index:
            tracker.prior_quote = tracker.last_quote
        tracker.last_quote = (index, speaker, basis)
        tracker.last_asked = text.rstrip().endswith("?")
        for person, words, why in _nested_reports([quotes[n] for n in indexes], speaker, tracker):
            mentions.append(Mention(doc_id, index, person.name, _first_handle(person), kind, words, expr,
                                    inherited, "", why, "weak", part))
    tracker.previous_text = para
    tracker.companies |= _company_firsts(para)
    return mentions


# Someone's words the speaker passes on inside their own quote, in the other kind of marks: "He told me,
# ‘It does not matter.’" (a speaker's own "I told him, ‘…’" is theirs already, and stays so)
# ("I rang him and he told me,", "Then Cal Voss told me,", "Mr Voss told me,": the usual variants)
_NESTED_TELLER = re.compile(r"(?:\A|[.!?;]\s+|,?\s+(?:and|but|then)\s+)(?:[Tt]hen\s+)?"
                            r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)\s+"
                            r"(?:(?:just|then|once|even|actually|simply)\s+)?"
                            r"(?:told|tells|said|says|asked|asks|wrote|replied|goes|went)"
                            r"(?:\s+(?:to\s+)?(?:me|us|him|her|them))?\s*[,:]?\s*\Z")
_NESTED_REACH = 60  # characters before an inner quote where its teller and verb stand


def _nested_reports(quoted: list[str], speaker: _Subject, tracker: _Tracker
                    ) -> list[tuple[Person, str, str]]:
    """The words a quote passes on from someone else, with who said them: "‘He told me, "…"’", where
    "he" (never the speaker, who says "I") is the last person named who goes by it, or a known name."""
    found: list[tuple[Person, str, str]] = []
    for quote in quoted:
        double = "“" in quote or '"' in quote or "„" in quote
        for m in (_DOUBLE if double else _SINGLE).finditer(quote):
            teller = _NESTED_TELLER.search(quote, max(0, m.start() - _NESTED_REACH), m.start())
            words = m.group(2 if double else 1).strip()
            if teller is None or len(words.split()) < _MIN_QUOTE_WORDS:
                continue
            who = teller.group("who")
            person = _nested_teller(who, speaker, tracker, quote[:teller.start()])
            if person is not None:
                found.append((person, words, f"weak: '{who}' passes on words inside {speaker.name}'s quote"))
    return found


# The quote's words before its teller that may bring "he" in: a sentence of their own ("A driver pulled
# up. He told me") or someone new ("a driver stopped and he told me"), not "I rang him and he told me"
_SAYS_ANYONE = re.compile(r"[.!?]\s|\b(?:[Aa]n?|[Oo]ne)\s+[a-z]")


def _nested_teller(who: str, speaker: _Subject, tracker: _Tracker, before: str) -> Person | None:
    """The person a teller inside a quote is: "he"/"she", the last named who goes by it and is not the
    speaker, inside the quote's words before the teller when they bring someone in ("Bo rang me. He told
    me, ‘…’"; "A driver pulled up. He told me, ‘…’" is nobody known), else outside it (never past an
    outsider named since: he is the one "he" is); a name, the known person it names; never anyone
    else."""
    if who.lower() in ("he", "she"):
        inside = [n[2] for n in _name_mentions(before, tracker.named)]
        if inside or _SAYS_ANYONE.search(before):
            return next((p for p in reversed(inside) if p.pronoun == who.lower() and p != speaker.person
                         and p not in tracker.outsiders), None)
        last = next((p for p in reversed(tracker.last) if p.pronoun in (who.lower(), "")
                     and p != speaker.person and (p not in tracker.outsiders or p in tracker.personal)), None)
        if last is None or last.pronoun != who.lower() or last in tracker.outsiders:
            return None
        return None if _stranger_since(tracker.previous_text, last, tracker) else last
    return next((p for p, names in tracker.named if who in names and p != speaker.person
                 and p.pronoun in ("he", "she")), None)


_STRANGER_NAME = re.compile(r"\b(?!(?:The|A|An|In|On|At|But|And|Then|When|After|Before)\b)"
                            r"[A-Z][a-z’'-]+[ \t]+[A-Z][a-z’'-]+\b")


def _stranger_since(text: str, person: Person, tracker: _Tracker) -> bool:
    """Whether the passage just before names someone in full whom the cast does not know after its last
    mention of the person ("Hart chaired it. Tomas Reyes was there too. “He told me, ‘…’”": "he" may be
    Reyes, so it is nobody known)."""
    names = _name_mentions(text, tracker.named)
    since = max((n[1] for n in names if n[2] == person), default=0)
    return any(not any(n[0] < m.end() and m.start() < n[1] for n in names)
               for m in _STRANGER_NAME.finditer(text, since))


# A lead-in whose last sentence is a document's reading: "The letter, which was shared with us, reads in
# part:" (its words are the writer's, the subject of a sentence before, not a name in passing)
_DOCUMENT_READS = re.compile(r"\s*(?:The|This|That|His|Her|Their)\s+(?:letter|e-?mail|message|memo|note|"
                             r"statement|post|text)\b[^.!?:]*\b(?:reads?|says|said|states|stated)\b"
                             r"(?:\s+in\s+part)?\s*:\s*$")


_FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:[A-Z][\w’'-]*\s+){0,2}$")


def _writer_of(frame: str, usable: list[_Subject]) -> _Subject | None:
    """Who wrote the document a lead-in ends by reading, when its last sentence names nobody: the first
    person opening a clause before ("Hart wrote to every member of the club. The letter reads:")."""
    last = max((m.end() for m in _SENTENCE_STOP.finditer(frame.rstrip())), default=0)
    if not last or any(s.start >= last for s in usable) or not _DOCUMENT_READS.match(frame, last):
        return None
    if any(_FROM_BEFORE.search(frame, 0, s.start) for s in usable):
        return None  # "Lind said the council had a letter from Hart. The letter reads:": Hart's letter
    return next((s for s in usable if _opens_clause(frame, s.start)), None)


_INNER_WEAK = ("weak", "continuation", "colon")  # not enough to credit a quote inside an answer to another


def _first_handle(person: Person | None) -> str:
    """The handle a person's statements carry: their first, or none."""
    return person.handles[0] if person is not None and person.handles else ""


def _mail_message(index: int, sender: str, text: str, people: tuple[Person, ...]) -> Answer | Turn:
    """An email's message under its header block as its sender's words: the known person the From: line
    names, else that name's own unnamed voice (someone the config does not know)."""
    person = _person_of(sender, people)
    reason = f"an email's message, from '{sender}' (its header's From: line)"
    return Answer(index, person, text, reason) if person is not None else Turn(index, sender, text, reason)


def _answer_mention(doc_id: str, answer: Answer | Turn, tracker: _Tracker) -> Mention:
    """An interview answer as a statement of the one who gives it; a turn of a voice the config does
    not know (an interviewer's question, a caller's line) as a statement of that unnamed voice."""
    if isinstance(answer, Turn):
        tracker.pending = tracker.last_quote = None
        return Mention(doc_id, answer.paragraph, answer.speaker, "", "interview", answer.text, None, False,
                       "", answer.reason, "unnamed")
    person = answer.person
    tracker.remember(person)
    tracker.pending = tracker.last_quote = None
    handle = _first_handle(person)
    expr = tracker.context.get(person.name)
    return Mention(doc_id, answer.paragraph, person.name, handle, "interview", answer.text, expr,
                   expr is not None, "", answer.reason, "named")


def _tweet_mention(doc_id: str, tweet: Tweet, paragraphs: tuple[str, ...],
                   tracker: _Tracker) -> Mention:
    index = tweet.paragraph
    tracker.pending = None
    person = (tracker.by_handle.get(tweet.handle) or tracker.by_name.get(tweet.name)
              or tracker.by_squashed.get(_squash(tweet.handle))
              or tracker.by_squashed.get(_squash(tweet.name)))
    name = person.name if person else (tweet.name or tweet.handle)
    if tweet.platform == "TikTok":
        signed = f"{tweet.handle} … ♬ original sound - {tweet.name}" if tweet.name else tweet.handle
        reason = f"TikTok post by '{signed}'"
    elif tweet.platform == "Facebook":
        signed = f"Posted by {tweet.name}"
        reason = f"Facebook post signature '{signed}'"
    elif tweet.platform == "Instagram":
        signed = f"A post shared by {tweet.name} ({tweet.handle})" if tweet.name else \
            f"A post shared by {tweet.handle}"
        reason = f"Instagram post signature '{signed}'"
    else:
        signed = f"— {tweet.name} ({tweet.handle})" if tweet.name else f"— {tweet.handle}"
        reason = f"{'Bluesky post' if tweet.platform == 'Bluesky' else 'tweet'} signature '{signed}'"
    if person and person.name != tweet.name:
        reason += f" → {person.name}"
    if person:
        tracker.remember(person)
    expr: DateExpr | None = None
    inherited = False
    if not tweet.date_text:  # an undated tweet: the article's own words about it, if any
        lead = paragraphs[index - 1] if index > 0 else ""
        expr = find_date_expr(_frame(lead, find_quotes(lead))[0]) if lead else None
        if expr is None and name in tracker.context:
            expr, inherited = tracker.context[name], True
    # a Facebook post shows no handle, and the config's handles are other platforms' accounts
    handle = tweet.handle or ("" if tweet.platform == "Facebook" else _first_handle(person))
    prefix = {"Instagram": POST_DATE_PREFIX, "Facebook": FACEBOOK_DATE_PREFIX}.get(tweet.platform, "")
    signature = f"{prefix}{tweet.date_text}" if tweet.date_text else ""
    return Mention(doc_id, index, name, handle, "tweet", tweet.body, expr, inherited, signature,
                   reason, "signature")


def _ceded_surnames(paragraphs: tuple[str, ...] | list[str], people: tuple[Person, ...],
                    outsiders: list[Person], personal: frozenset[Person],
                    ) -> tuple[tuple[Person, ...], list[Person], frozenset[Person]]:
    """The people, the outsiders and the personal outsiders of a document, with a known person's bare
    surname handed to the one namesake the report introduces ("Mary Vance, 68, …" then "Vance added")
    when the known person is never named otherwise (no full name, no title before the surname, no bare
    surname before hers): the report's "Vance" is then hers, the only Vance in it."""
    text = "\n".join(paragraphs)
    for k, person in enumerate(people):
        surnames = [a for a in person.aliases if " " not in a and a == person.name.split()[-1]]
        if not surnames or person.pronoun.lower() in ("it", "they"):
            continue
        surname = surnames[0]
        namesakes = [o for o in outsiders if o.name.split()[-1] == surname and o.name != person.name]
        if len(namesakes) != 1 or any(re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)
                                      for name in person.names if name != surname):
            continue
        namesake = namesakes[0]
        first_full = text.find(namesake.name)
        first_bare = re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text)
        if first_full < 0 or first_bare is None or first_bare.start() < first_full:
            continue  # ("Vance was not at the hearing. Mary Vance, his wife, …": he was named first)
        ceded = replace(namesake, aliases=(*namesake.aliases, surname))
        people = (*people[:k], replace(person, aliases=tuple(a for a in person.aliases if a != surname)),
                  *people[k + 1:])
        outsiders = [ceded if o is namesake else o for o in outsiders]
        personal = frozenset(ceded if o is namesake else o for o in personal)
    return people, outsiders, personal


def extract_mentions(doc_id: str, layout: Layout, known: tuple[Person, ...],
                     descriptors: Mapping[str, tuple[str, ...]] | None = None) -> list[Mention]:
    """Every quote and signed tweet in a document, in order, with speaker, the reason for the
    speaker and the date phrase. descriptors: each person's descriptors from the config, by name."""
    people = tuple(_as_body(p, descriptors or {}) for p in people_in_layout(layout, known))
    outsiders, personal = _outsiders(layout.paragraphs, people)
    people, outsiders, personal = _ceded_surnames(layout.paragraphs, people, outsiders, personal)
    tracker = _Tracker((*people, *outsiders), descriptors or {},
                       outsiders=frozenset(p for p in outsiders if not p.pronoun), personal=personal)
    tracker.named = _with_titles_given(tracker.named, layout.paragraphs)
    tracker.chairs = _meeting_chairs(layout.paragraphs, tracker)
    tweets = {t.paragraph: t for t in reversed(layout.tweets)}  # the first tweet of a paragraph
    answers: dict[int, list[Answer | Turn]] = {}  # (a message log's lines: several turns in one paragraph)
    for turn in find_turns(layout.paragraphs, tracker.people, layout.title):
        answers.setdefault(turn.paragraph, []).append(turn)
    for index, sender, text in mail_messages(layout.paragraphs):
        answers.setdefault(index, [_mail_message(index, sender, text, tracker.people)])
    mentions: list[Mention] = []
    for index, para in enumerate(layout.paragraphs):
        tweet = tweets.get(index)
        if tweet is not None:
            mentions.append(_tweet_mention(doc_id, tweet, layout.paragraphs, tracker))
        else:
            following = layout.paragraphs[index + 1] if index + 1 < len(layout.paragraphs) else ""
            found = _quote_mentions(doc_id, index, _closed(para, following), tracker)
            if index in answers:  # the answer, and what it quotes of others ("She said, “…”")
                turns = answers[index]
                names = {turn.person.name if isinstance(turn, Answer) else turn.speaker for turn in turns}
                said = {_FOLD.sub(" ", turn.text).strip().lower() for turn in turns}
                found = [*(_answer_mention(doc_id, turn, tracker) for turn in turns), *(
                    m for m in found if m.speaker not in names and m.speaker_basis not in _INNER_WEAK
                    and _FOLD.sub(" ", m.text).strip().lower() not in said)]  # (an answer: no one else’s)
            mentions += found
        credit = _credited_block(para, layout.paragraphs[index - 1], tracker) if index else None
        if credit is not None and mentions and mentions[-1].paragraph == index - 1 and _only_guessed(
                mentions, index - 1):
            # the quote standing alone before "So says Ada Lind, …", only guessed as someone's, is hers
            mentions = [m for m in mentions if m.paragraph != index - 1]
        if credit is not None and not (mentions and mentions[-1].paragraph >= index - 1):
            mentions.append(replace(credit, doc_id=doc_id, paragraph=index - 1))
    return _pull_quotes(_named_next(mentions, layout.paragraphs, people))


def _only_guessed(mentions: list[Mention], paragraph: int) -> bool:
    """Whether every quote of a paragraph went to a speaker only guessed (the one named last, the one
    quoted before), none to a speaker the paragraph itself names."""
    return all(m.kind == "quote" and m.speaker_basis in _UNSURE for m in mentions if m.paragraph == paragraph)


# A paragraph that opens on a name set off by an age or a comma: "Bo Hart, 52, says …", "Ada Lind, who …"
_OPENS_ON_NAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                            r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+\d{1,3},|,\s+(?:who|an?|the)\s)")


# What the one named next must go on to do in that sentence for the lead's words to be theirs: say or claim
# something ("Bo Hart, 52, says he was marched off", "…, who chairs the board, claims …"); not deny it
# ("Bo Hart, the harbour chairman, denied any warning was given": the accused, not the one who claimed).
_SAYS_NEXT = re.compile(r",\s+(?:(?:also|now|later|still|has|had|first)\s+)?(?:says|said|tells|told|claims|"
                        r"claimed|insists|insisted|recalls|recalled|explains|explained|adds|added|alleges|"
                        r"alleged|warns|warned|maintains|maintained|believes|spoke|speaks|describes|"
                        r"described)\b")


def _says_next(nxt: str, opened: re.Match[str]) -> bool:
    """Whether the sentence that opens on the name set off goes on to say something (not to deny it)."""
    stop = re.search(r"[.!?](?:\s|\Z)", nxt[opened.end("name"):])
    end = opened.end("name") + (stop.start() if stop else len(nxt) - opened.end("name"))
    return _SAYS_NEXT.search(nxt, opened.end("name"), end) is not None


def _named_next(mentions: list[Mention], paragraphs: tuple[str, ...] | list[str],
                people: tuple[Person, ...]) -> list[Mention]:
    """The mentions, where a "he" or "she" no one named before fits ("A sacked engineer claimed he warned
    bosses …", in a paragraph naming no one) is the person the next paragraph opens on, set off by an
    age or an apposition ("Bo Hart, 52, says …") and goes on to say something: the news lead that
    describes someone first and names them after."""
    fits = {who: pronoun for pronoun, who in _NOBODY_FITS.items()}
    out: list[Mention] = []
    for mention in mentions:
        pronoun = fits.get(mention.speaker)
        nxt = paragraphs[mention.paragraph + 1] if mention.paragraph + 1 < len(paragraphs) else ""
        # (only a paragraph that names no one in full: "Tom Rudd KC, for the company, …. “…,” he said"
        # is Rudd's, someone the config does not know, not the one named next)
        m = _OPENS_ON_NAME.match(nxt) if pronoun is not None and not _FULL_NAME.search(
            paragraphs[mention.paragraph]) else None
        person = None if m is None or not _says_next(nxt, m) else next(
            (p for p in people if p.pronoun == pronoun and m.group("name") in (p.name, *p.aliases)), None)
        if person is not None:
            mention = replace(mention, speaker=person.name, handle=_first_handle(person),
                              speaker_reason=f"weak: '{pronoun}' of a person described before being named: "
                                             f"{person.name}, whom the next paragraph opens on")
        out.append(mention)
    return out


_UNSURE = ("weak", "continuation")
_FOLD = re.compile(r"[\W_]+")
_PULL_WORDS = 8  # a pull quote repeats a whole sentence; shorter echoes ("We are ready.") are anyone's


def _pull_quotes(mentions: list[Mention]) -> list[Mention]:
    """The mentions, where a quote without a sure speaker repeats, word for word, at least
    _PULL_WORDS words someone is surely quoted saying elsewhere in the document (a pull quote, a
    standfirst): credited to them, still marked weak and saying why."""
    sure: dict[str, list[tuple[str, Mention]]] = {}  # first _PULL_WORDS words of each sure quote's runs
    for m in mentions:
        if m.speaker_basis not in _UNSURE:
            words = _FOLD.sub(" ", m.text.casefold()).split()
            folded = f" {' '.join(words)} "
            for n in range(len(words) - _PULL_WORDS + 1):
                sure.setdefault(" ".join(words[n:n + _PULL_WORDS]), []).append((folded, m))
    return [_repeated(m, sure) if m.speaker_basis in _UNSURE else m for m in mentions]


def _repeated(mention: Mention, sure: dict[str, list[tuple[str, Mention]]]) -> Mention:
    """An unsure mention credited to whoever is surely quoted saying all of its words."""
    words = _FOLD.sub(" ", mention.text.casefold()).split()
    if len(words) < _PULL_WORDS:
        return mention
    padded = f" {' '.join(words)} "
    source = next((m for folded, m in sure.get(" ".join(words[:_PULL_WORDS]), ()) if padded in folded), None)
    if source is None or source.speaker == mention.speaker:
        return mention
    if source.paragraph == mention.paragraph and len(source.text) > len(mention.text):
        return mention  # words quoted inside a longer quote of the same paragraph: passed on, not pulled
    reason = (f"weak: repeats {source.speaker}'s words quoted in paragraph {source.paragraph + 1} "
              f"({source.speaker_reason})")
    return replace(mention, speaker=source.speaker, handle=source.handle, speaker_reason=reason,
                   speaker_basis="weak")


# A block quote without quotation marks, credited in the next paragraph: "That line is Haddad's",
# "Those words are Lind's, from her 2019 memoir."
_CREDIT_NEXT = re.compile(r"^(?:That|This|Those|These|The) (?:line|lines|words|passage|sentence|verse)"
                          r" (?:is|are|was|were) (?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})[’']s?\b")


# After a quote standing alone: "So says Bo Hart", "That is how Dr Ada Lind describes …", "Those were
# the words of Bo Hart".
_SO_SAYS = re.compile(r"^(?:(?:So|Thus|Or so) says|(?:That|This)(?:['’]s| is| was) how"
                      r"|(?:Those|These) (?:are|were) the words of"
                      # "That blunt assessment came from Dr Ada Lind": a noun of speech, then its source
                      r"|(?:That|This|The|Those|These)(?: [a-z-]+){0,2} (?:assessment|warning|verdict|view|"
                      r"prediction|claim|comments?|remarks?|words|message|plea|admission|description|"
                      r"judge?ment|diagnosis|response|reply|answer|criticism|rebuke|appeal|promise|pledge|"
                      r"observation|conclusion|analysis|accusation|retort|prognosis|forecast|appraisal)s? "
                      r"(?:came|comes|come) from) "
                      r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Cllr)\.? )?"
                      r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})\b")


# The same with a title before someone the config does not know: "So says club president Marc Thibodeau"
_SO_SAYS_TITLED = re.compile(rf"^(?:So|Thus|Or so) says"
                             rf"(?P<gap>(?:\s+(?:[a-z][\w-]*|[A-Z]{{2,5}})){{1,3}}?)\s+"
                             rf"(?P<name>{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{1,2}})\b(?![ \t]+[{_UPPER}])")


_OPEN_AT_END = re.compile(r"(?:^|[\s(\[—–:])(?P<mark>[“\"„])[^“”\"„]*\Z")


def _closed(para: str, following: str) -> str:
    """A paragraph whose last quote opens and never closes, when the next paragraph opens with a
    quote mark (a quote running over paragraphs), with the close it leaves out; else unchanged.
    UK single marks the same, in a paragraph without double ones."""
    if following.lstrip()[:1] in "‘" and following.strip() and not _DOUBLE.search(para):
        return _closed_single(para)
    if following.lstrip()[:1] not in "“\"„" or not following.strip():
        return para
    found = _OPEN_AT_END.search(para)
    if found is None or (found.group("mark") == '"' and para.count('"') % 2 == 0):
        return para
    return para.rstrip() + ('"' if found.group("mark") == '"' else "”")  # („ closes on ” as “ does)


# A word whose first letters an apostrophe stands for, typed as an opening mark ("‘cause", "‘til"):
# no quote opens there.
_ELISION = re.compile(r"‘(?:cause|cos|coz|til|till|em|n|bout|round|fore|twas|tis|kay|scuse|nuff)\b", re.I)


def _closed_single(para: str) -> str:
    """The paragraph with a closing single mark when its last opening ‘ starts a quote that only
    closing the paragraph would end (apostrophes inside words are no close)."""
    opening = para.rfind("‘")
    if (opening < 0 or any(start == opening for start, _, _ in find_quotes(para))
            or _ELISION.match(para, opening)):
        return para
    candidate = para.rstrip() + "’"
    if any(start == opening and end == len(candidate) for start, end, _ in find_quotes(candidate)):
        return candidate
    return para


def _credited_block(para: str, previous: str, tracker: _Tracker) -> Mention | None:
    """A mention of the previous paragraph when this one credits it to a known person by name
    ("That line is Lind's"; after a quote standing alone, "So says Bo Hart, who ...", or anyone by a
    title and full name, "So says club president Marc Thibodeau")."""
    quoted = find_quotes(previous)
    match = _CREDIT_NEXT.match(para)
    if match is not None and quoted:
        return None  # "That line is Lind's" credits an unquoted block
    if match is None:
        match = _SO_SAYS.match(para) or _SO_SAYS_TITLED.match(para)
        if match is None or not quoted or (match.re is _SO_SAYS_TITLED and not _titles_only(match["gap"])):
            return None  # "So says Hart" credits a quote standing alone
        previous = _join_quotes([inner.strip() for _, _, inner in quoted])
    if len(previous.split()) < _WEAK_MIN_WORDS:
        return None
    name = match.group("name")
    person = next((p for p, names in tracker.named if name in names or name == p.name), None)
    if person is None and match.re is _SO_SAYS_TITLED:  # someone the config does not know, by full name
        return Mention("", 0, name, "", "quote", previous.strip(), None, False, "",
                       f"named in the next paragraph ('{match.group(0)}')", "named")
    if person is None:
        return None
    tracker.remember(person)
    handle = _first_handle(person)
    return Mention("", 0, person.name, handle, "quote", previous.strip(), None, False, "",
                   f"named in the next paragraph ('{match.group(0)}')", "named")
