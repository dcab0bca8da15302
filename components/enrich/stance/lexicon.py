"""Stance's general English lexicon: the phrase lists and word sets its cues look for, the
weights each kind of cue counts for and the thresholds a side must clear."""



NEUTRAL = "neutral"

# Sentence-level phrases that agree with whoever the sentence is about (general English).
AGREEMENT_PHRASES: tuple[str, ...] = (
    "well said", "valid point", "good point", "fair point", "makes sense", "spot on", "on point",
    "brought some sense", "nothing wrong", "has a point", "makes a point", "exactly right",
    "thank you", "good for", "bravo", "respect", "nailed it", "hats off", "kudos", "props to",
    "couldn't agree more", "common sense", "voice of reason", "makes the most sense",
    "good on", "fair play to", "behind you", "stand with", "istandwith", "standwith", "well done",
    "legend", "queen", "icon", "deserves better", "every right", "within their rights",
    "within its rights", "within her rights", "within his rights", "doing its job",
    "doing their job", "doing her job", "doing his job", "talented", "let's go", "go girl",
    "give her a chance", "give him a chance", "give them a chance", "give it a chance",
    "did the right thing", "did the sensible thing", "did the decent thing", "did the responsible thing",
    "credit to", "feel sorry for", "feel for", "sympathy for", "hung out to dry", "thrown under the bus",
    "deserves an apology", "owed an apology", "deserves credit", "deserves respect", "class act",
    "in the right", "rooting for", "right call", "entitled to", "handled it with", "solidarity with",
    "doesn't owe", "don't owe", "owes nobody", "owes no one", "done dirty", "hard done by", "stitched up",
    "scapegoated", "made a scapegoat", "heartbreaking", "gutted for", "so sad for", "poor woman", "poor man",
    "poor guy", "poor girl", "poor lad", "give him a break", "give her a break", "give them a break",
    "cut him some slack", "cut her some slack", "leave him alone", "leave her alone",
    "talking sense", "talks sense", "speaks sense", "speaking sense", "speaks for me", "speaking for me",
    "did what they had to", "did what she had to", "did what he had to", "did what it had to",
    "said what every", "says what every", "saying what every", "what everyone was thinking",
    "what everyone is thinking", "what we were all thinking", "what we're all thinking",
    "only adult in the room", "only grown-up in the room",
    "more power to", "gets my vote", "got my vote", "has my vote", "has my support", "full support",
    "growing a spine", "grew a spine", "grown a spine", "has a spine", "the guts to", "has guts",
    "has a backbone", "showed backbone", "credit where", "always been straight with", "stood up for",
    "standing up for", "stands up for", "stand up for",
    "took a stand", "taking a stand", "fair enough", "in the clear", "vindicated",
)
# Sarcasm that reads as its opposite; checked before the agreement phrases it contains.
SARCASM_PHRASES: tuple[str, ...] = (
    "make it make sense", "yeah right", "good luck with that", "cry me a river", "very generous",
    "how generous", "so generous", "funny how", "funny that", "strange how", "interesting how",
    "amazing how", "convenient how", "how convenient", "what a surprise", "shocker", "oh sure",
    "yeah because", "sure jan", "great way to", "what a way to", "happy enough to", "happy to take",
    "with a straight face", "weird how", "odd how", "curious how", "gotta love how", "got to love how",
    "of course they did", "of course he did", "of course she did", "of course it did", "coordinated much",
    "what a coincidence", "surprise surprise", "imagine being", "is this the same", "isn't this the same",
    "my heart bleeds",
)
# Sentence-level phrases that disagree with, or insult, whoever the sentence is about.
DISAGREEMENT_PHRASES: tuple[str, ...] = (
    "shut up", "tone deaf", "doesn't get it", "clueless", "idiot", "tool", "douche", "jerk",
    "hypocrite", "moron", "ass-hole", "asshole", "needs attention", "get attention", "pathetic",
    "disgusting", "ashamed of", "anything wrong", "clown", "fool", "loser", "kisses his own ass",
    "kisses her own ass", "full of it", "out of touch", "entitled", "condescension",
    "condescending", "ridiculous", "delusional", "out of line", "garbage", "trash", "creepy",
    "shameful", "give me a break", "has no idea", "no idea what", "should stick to", "stay in your lane",
    "get headlines", "publicity stunt", "for publicity", "for attention", "hypocritical",
    "shame on", "should be ashamed", "disgrace", "villain", "bad guy", "whining", "whinging",
    "moaning", "play the victim", "playing the victim", "plays the victim", "greedy", "greed",
    "rip off", "ripped off", "scam", "cartel", "corrupt", "shambles", "dinosaur", "bully", "bullies",
    "liar", "lying", "dodgy", "cash grab", "crybaby", "sore loser", "spoilt", "spoiled brat",
    "incompetent", "useless", "arrogant", "smug", "couldn't organise", "couldn't organize",
    "my backside", "my arse", "my ass", "gambled", "excuse", "excuses", "disgraceful", "ransom",
    "grow up", "lost the plot", "prima donna", "diva", "stinks", "overpaid", "be sacked", "be fired",
    "be banned", "be jailed", "be prosecuted", "held accountable", "resign", "step down", "coward",
    "snake", "liability", "deluded", "in the wrong", "sick of", "fed up with",
    "tired of", "get rid of", "wrong call", "tells you everything", "tells you all you need",
    "bigger than the", "above the law", "what did he expect", "what did she expect",
    "what did they expect", "who does he think", "who does she think", "who do they think",
    "get over yourself", "give it a rest", "punching down", "classy", "low move", "low blow", "petty",
    "unprofessional", "cringe", "childish", "vindictive", "spiteful", "bitter", "scourge",
    "loves the attention", "attention seeker", "attention seeking", "loves the spotlight", "ego",
    "egotistical", "narcissist", "narcissistic", "typical", "spare us", "drama queen", "out of spite",
    "bunch of", "says it all", "hypocrisy", "free publicity", "using this for", "good riddance",
    "for clicks", "for the clicks", "clout chasing", "clout",
    "had it coming", "deserved it", "ban deserved", "shameless", "hiding behind", "can't admit",
    "got it wrong",
    "lost my respect", "lost a fan", "lost a customer", "lost my vote", "lost a lot of",
    "grandstanding", "posturing", "virtue signalling", "virtue signaling", "point scoring", "point-scoring",
    "playing politics", "pure politics",
    "thin ice", "cesspit", "cesspool", "crying about", "suddenly cares", "suddenly care",
    "zero credibility", "no credibility", "lost all credibility", "any credibility", "no integrity",
    "moved the goalposts", "moving the goalposts", "move the goalposts", "shifting the goalposts",
    "pretending to be", "so-called", "puppet", "in the pocket of", "bought and paid for", "nice try",
    "weasel words", "damage control", "hatchet job", "axe to grind", "sour grapes", "tantrum", "hissy fit",
    "meltdown", "doubling down", "doubled down", "self-serving", "no accountability", "zero accountability",
    "no shame", "this one's on you", "this one is on you", "this one's on her", "this one's on him",
    "this one's on them", "is a handful", "was a handful", "been a handful", "nightmare to work with",
    "difficult to work with", "no backbone", "gaslighting", "smear campaign", "sob story", "mouthpiece",
    "spin doctor",
    "pr stunt", "exaggerating", "overreacting", "making it up", "blowing it out of proportion",
    "out of proportion", "storm in a teacup", "does anyone believe", "anyone seriously believe",
    "knew full well", "knows full well", "knew perfectly well", "knows perfectly well", "knew it full well",
    "knew it perfectly well", "knows it full well", "knows it perfectly well",
    "bit the hand", "bite the hand", "bites the hand", "biting the hand",
    *SARCASM_PHRASES,
)
_VERDICT_PHRASES = (*AGREEMENT_PHRASES, *DISAGREEMENT_PHRASES)
# "<person> talking about ...": a sentence that only names someone at their talk mocks them.
MOCKING_GERUNDS = frozenset({"talking", "lecturing", "preaching", "moaning", "whining", "crying",
                             "complaining", "banging", "waffling", "pretending", "acting"})
# "<person> treating adults like schoolchildren.": a verbless sentence holding an act up to scorn.
MOCKING_ACTS = frozenset({"treating", "telling", "blaming", "lecturing", "pretending", "playing", "calling",
                          "taking",
                          "saying", "claiming", "throwing"})
# Phrases that weigh both sides: the comment's cues count for half.
HEDGES: tuple[str, ...] = ("hard to know who", "both sides", "no winners", "six of one",
                           "hard to say who", "fault on both", "both have a point",
                           "not sure what i think", "meet in the middle", "can see both",
                           "nobody's clean", "nobody is clean", "no one is clean", "no one's clean",
                           "nobody comes out of this well", "nobody comes out well", "whoever is right",
                           "whoever's right", "both as bad", "as bad as each other",
                           "not so sure about", "both come out of this badly", "both come out badly",
                           "both of them come out of this", "both of them come out badly",
                           "both of them come out looking", "both things can be true", "both can be true",
                           "both at fault", "both to blame", "both in the wrong", "neither side",
                           "neither of them", "plague on both")
# The names people call someone they think right, or wrong (after "<person> is ...").
_CALLED_RIGHT: tuple[str, ...] = (
    "saint", "gem", "star", "treasure", "national treasure", "top bloke", "diamond", "gentleman",
    "role model", "inspiration", "breath of fresh air", "real deal", "good egg")
_CALLED_WRONG: tuple[str, ...] = (
    "monster", "tyrant", "dictator", "muppet", "numpty", "plonker", "halfwit", "buffoon", "charlatan",
    "grifter", "weasel", "parasite", "thug", "prat", "nutter", "crank", "snob", "control freak",
    "laughing stock", "embarrassment", "menace", "sellout", "sell-out", "crook", "chancer", "con artist")
# Predicates after "<person> is ...": the person is right, or wrong.
RIGHT_WORDS: tuple[str, ...] = ("right", "correct", "spot on", "on point", "on to something",
                                "onto something", "a genius", "a hero", "brave", "smart",
                                "the voice of reason", "the only one", "in the right", "a class act",
                                "the only adult", "the only grown-up", "the only grown up", "the only sane",
                                "talking sense", "making sense",
                                "the victim", "innocent", "decent", "a good man", "a good guy",
                                "a good person", "one of the few", "one of the good ones", "one of the best",
                                "doing the right thing",
                                "doing the sensible thing", "doing the decent thing",
                                "doing the responsible thing", *_CALLED_RIGHT, "credit to")
WRONG_WORDS: tuple[str, ...] = ("wrong", "mistaken", "incorrect", "out of line", "a hypocrite",
                                "an idiot", "a joke", "a fraud", "full of it", "delusional", "off base",
                                "to blame", "at fault", "in the wrong", "a disgrace", "a liar",
                                "a bully", "a coward", "a dinosaur", "the problem", "not exactly",
                                "on a power trip", *_CALLED_WRONG)
# Verbs whose object is the person agreed or disagreed with ("I agree with him").
AGREE_VERBS: tuple[str, ...] = ("agree with", "side with", "stand with", "support", "back",
                                "applaud", "admire", "love", "defend", "behind", "i'm with",
                                "credit to", "feel for", "feel sorry for", "rooting for", "w", "massive w")
DISAGREE_VERBS: tuple[str, ...] = ("disagree with", "blame", "hate", "despise", "can't stand", "sack",
                                   "sick of", "tired of", "fed up with", "get rid of", "boycott", "l",
                                   "delete", "uninstall", "ditch",
                                   "massive l")
# The names people call someone, nouns that may also name a kind of the noun after them: "a star witness",
# "a treasure hunter", "a crank shaft" call nobody anything; "a star, honestly", "a gem of a ref" do.
CALLED_NAMES = frozenset("be " + w for w in (*_CALLED_RIGHT, *_CALLED_WRONG))
# Words that may follow such a name when it names the person (not a noun it qualifies).
_AFTER_A_NAME = frozenset({
    "of", "to", "in", "and", "or", "but", "who", "that", "which", "for", "as", "if", "because", "cos",
    "though", "tho", "imo", "imho", "tbh", "tbf", "too", "here", "there", "now", "again", "lol", "at",
    "on", "with", "among", "by", "from", "then", "so", "since", "when", "while", "anyway", "ever",
    "indeed", "mate", "the", "a", "an", "this", "she", "he", "they", "i", "we", "you", "it", "is", "was",
    "nowadays", "these", "days", "all", "through", "everyone", "everybody", "people", "anyone", "nobody",
    "someone", "some", "most", "many", "his", "her", "their", "our", "my", "your", "i'd", "you'd"})


_BE_RIGHT = tuple("be " + w for w in RIGHT_WORDS)
_BE_WRONG = tuple("be " + w for w in WRONG_WORDS)
# "<A> schooled <B>", "<A> showed <B> who's boss": the subject wins, the object loses.
DEFEAT_VERBS: tuple[str, ...] = ("schooled", "owned", "destroyed", "demolished", "crushed",
                                 "slammed", "shut down", "shut", "humiliated", "embarrassed",
                                 "showed", "put", "roasted", "dragged", "beat", "wrecked", "exposed",
                                 "called out", "told off", "burned", "trolled", "clapped back at")
# Participles of a get-passive that are not adverse ("got paid", "got married").
NEUTRAL_PARTICIPLES = frozenset({"paid", "married", "elected", "promoted", "hired", "invited", "asked",
                                 "involved", "started", "used", "nominated", "interviewed", "dressed",
                                 "engaged", "chosen", "picked", "praised", "rewarded", "thanked"})
# Words that turn a cue around when they come shortly before it.
NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "hardly", "neither", "nor",
                      "without", "barely"})
# Words allowed between the words of a phrase ("is *so* wrong", "abolish *all* tipping").
MODIFIERS = frozenset({"so", "very", "just", "really", "quite", "totally", "completely", "absolutely",
                       "actually", "dead", "100%", "also", "still", "too", "even", "simply", "100",
                       "clearly", "obviously", "entirely", "definitely", "certainly", "probably",
                       "kind", "of", "sort", "pretty", "damn", "bloody", "fucking", "freaking",
                       "the", "a", "an", "all", "this", "that", "these", "those", "his", "her",
                       "their", "our", "some", "any", "more", "most", "much", "way", "its", "my",
                       "your", "absolute", "total", "utter", "complete"})
CONTRASTS = frozenset({"but", "however", "though", "although", "yet"})
CONDITIONALS = frozenset({"if", "unless", "wish"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", '"', "(", ")"})
_CLAUSE_EDGES = _CLAUSE_BREAKS | CONTRASTS  # where a clause ends: a mark or a "but"
LEADING_CONJUNCTIONS = frozenset({"and", "or", "but", "so", "then", "still"})
AUXILIARIES = frozenset({"be", "do", "doe", "did", "can", "could", "would", "will", "should", "shall",
                         "have", "has", "had", "may", "might", "must", "ca", "wo", "is", "are", "was",
                         "were", "am", "doesn", "don", "didn"})
WH_WORDS = frozenset({"who", "what", "why", "how", "where", "when", "which", "whose", "whom"})
MAX_GAP = 2               # modifier words allowed between two words of a phrase
NEGATION_WINDOW = 5       # a negator this many words before a cue, same clause, turns it around
SCARE_QUOTE_WORDS = 4     # a quoted run this short is a scare quote, not a quotation

# Weights: how much each kind of cue counts towards a side.
W_AGREEMENT = 2.0
W_DISAGREEMENT = 2.0
W_DEFEAT = 2.0
W_GET_PASSIVE = 1.0
W_SENTIMENT = 1.5       # times |compound| of a sentence aimed at a side
W_POSITION = 1.0        # each of a side's claims found in the comment
W_PRONOUN = 0.5         # cues aimed at a side only through a pronoun count this fraction
W_CONCEDED = 0.5        # cues before a contrastive "but" that the rest of the sentence contradicts
W_REPLY = 1.5
W_CONTINUATION = 1.0
W_HEDGED = 0.2          # every cue of a comment that weighs both sides ("hard to know who's right")
W_MEMBER = 1.0          # the commenter speaks as one of a side's people ("I'm a nurse")
W_AUTHOR = 0.6          # the same commenter's other comments, all on one side: a weak prior
MIN_SCORE = 0.45        # the winning side needs this much evidence ...
# ... and more than the runner-up: a real lead wins a contest of cues, only a tie (within this
# much, the play of cue weights) is neutral. A lead of less than 0.3 used to be neutral too: of the
# readable sets' comments with cues for both sides, the leader was the labelled side in all five
# that lead decided (an argument that grants a point to the side it argues against).
MIN_MARGIN = 0.05
# ... but a comment whose every cue for each side condemns the other ("Castell has been awful, the
# council are lazy") damns both: which insult weighs more is no argument, so only a clear lead wins.
MIN_MARGIN_BOTH_DAMNED = 0.3
CONDEMNING_CUES = ("speaks ill of", "blames", "mocks", "scoffs at", "challenges", "disagrees with")
_PRONOUN_FORMS = {"he": ("he", "him", "his", "himself"), "she": ("she", "her", "hers", "herself"),
                  "they": ("they", "them", "their")}
_PRONOUN_OF = {form: pronoun for pronoun, forms in _PRONOUN_FORMS.items() for form in forms}
_TOPIC = ""  # key of the comment's last named side person among the pronoun antecedents
_TOPIC_GROUP = "group"  # ... and the same person when they were named as a group ("nurses")
_TOPIC_ACTED_ON = "acted on"  # ... and when the last sentence about them told what was done to them
_COPULA = {"is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m"}
_CONTRACTIONS = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
_NOT_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
_OWN_SUBJECTS = frozenset({"i", "we", "you"})
