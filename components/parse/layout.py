"""Splitting a document into header date, title, paragraphs, tweets and comments.

Pages arrive as the text a browser or extractor leaves of a news or entertainment page. Around
the article they carry site furniture (section labels, bylines, date lines, captions and photo
credits, share, newsletter and paywall lines, tag lists), link lists (related, trending,
sponsored headlines) and comment sections of several shapes. Every rule here is a general
signal of how such pages are written, kept in a named table that says where it comes from;
none names an outlet, a person or a sentence of the seeds.
"""

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache, wraps
from typing import TypeVar

from dateutil import parser as date_parser

from .dates import find_date_expr, value_problem
from .line_unions import FirstCharUnion, alternation
from .mail import is_mail_header
from .notices import _REMOVAL_NOTICE, is_removal_notice
from .transcript import asks_you, is_question_turn, is_record_label

__all__ = ["Layout", "RawComment", "Tweet", "Sections", "split_layout", "find_sections", "layout_of",
           "is_removal_notice",
           "line_key", "clear_line_caches", "find_signature", "find_tweets", "is_signature_line",
           "FURNITURE_PATTERNS", "LINK_HEADINGS", "COMMENT_HEADINGS", "PHOTO_AGENCIES", "ACTION_WORDS",
           "DATE_WORDS"]

_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BULLET = re.compile(r"^(?P<indent>\s*)[•·▪●◦*]\s+(?P<text>.*\S)?\s*$")
# An embedded tweet as text extraction leaves it: body, then `— Name (@handle) Month D, YYYY`.
# Matched from the paragraph's end in two short windows, so the work never grows with the body
# (a pattern over the whole paragraph backtracked quadratically on runs of spaces).
_GAP = r"\s{0,20}"  # between a signature's parts: one space in every real signature
# The date as Twitter's embed writes it in the reader's locale: "March 3, 2024" or "3 March 2024".
_TWEET_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
# A poster's handle: a plain one (X, Threads) or a domain (Bluesky: "@ann.bsky.social", "@paper.com");
# Bluesky's embed writes the time after the date ("November 15, 2026 at 9:12 PM").
_SIG_HANDLE = r"@(?:\w{1,30}(?![\w.-])|[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})"
_SIG_TIME = r"(?: at \d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?)?"
_SIGNATURE_END = re.compile(
    rf"\((?P<handle>{_SIG_HANDLE})\){_GAP}(?P<date>{_TWEET_DATE}){_SIG_TIME}\Z")
# The dash and the name before `(@handle)`: 2 to 60 characters, the first and last visible.
_SIGNATURE_NAME = re.compile(rf"[—–-]{_GAP}(?P<name>[^()\s][^()\n]{{0,58}}[^()\s]){_GAP}\Z")
_END_CHARS = 64 + 20 + 19 + 12  # the longest `(@handle)` (a Bluesky domain), gap, date and time
_NAME_CHARS = 1 + 20 + 60 + 20  # dash, gap, the longest name, gap
# Furniture is short: rules that look at a whole line only look at lines up to this length, so a
# line of prose a million characters long costs one length check, not a regex scan.
_SHORT_LINE = 300


# A line that reports someone's words ("…, the editor said on Monday.") is article text, never a
# site's own notice: the notices' patterns start with this guard.
_NOT_REPORTED = (r"(?!.*\b(?:said|says|added|adds|told|according to|stressed|stresses|confirmed|confirms"
                 r"|explained|explains|noted|notes|insisted|insists)\b)")


def _compile(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


# A page head's share, reading-time, listening and counter items, wherever they stand (under the
# headline, beside the date), alone or in a row set apart by separators or runs of spaces: "Share",
# "Facebook  X  WhatsApp  Email", "Copy link", "3 min read · Listen", "Reading time: 5 minutes",
# "12 comments". A row is all items: a headline that holds "Share" or "read" is never one.
_SHARE_ITEM = (r"(?:share(?: this)?(?: article| story| page| post)?|share on \w+|facebook|x|twitter|whatsapp"
               r"|e-?mail|sms|print|copy(?: article)? link|linkedin|reddit|pinterest|telegram|threads|bluesky"
               r"|messenger|flipboard|tweet|save(?: article| for later)?|bookmark|gift(?: this)? article"
               r"|comments?(?: \(\d[\d,]*\))?"
               r"|listen(?: now| to (?:this )?(?:article|story))?(?: \(\d{1,3} min(?:ute)?s?\))?)")
_READ_TIME = (r"(?:(?:(?:est(?:imated)?\.? )?read(?:ing)? time\s*:?\s*(?:about |approx\.? )?\d{1,3}"
              r"(?:\s*[-–]\s*\d{1,3})?\s*min(?:ute)?s?\.?)"
              r"|(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?[ -]?min(?:ute)?s?\.?(?: to)? (?:read|listen)(?:ing)?))")
_HEAD_COUNT = r"(?:\d[\d,.]*[km]? (?:comments?|shares?|views?|reads?|listens?|reactions?))"
_HEAD_ITEM = rf"(?:{_SHARE_ITEM}|{_READ_TIME}|{_HEAD_COUNT}|\d{{1,2}}:\d{{2}})"
_HEAD_SEP = r"(?:\s*[·•|/]\s*|\s{2,}|\t+)"
_HEAD_ROW_ITEMS = 8


# Site furniture: whole lines that belong to the page, not the article. Matched case-insensitively
# against a stripped line. Grouped by where each kind was seen.
# An icon font's ligature name alone on a line (Material icons: "more_vert", "arrow_forward"); lower
# case with an underscore, from a closed list (a handle such as "ann_lee" is a name).
_ICON_LIGATURE = re.compile(
    r"^(?:more_(?:vert|horiz)|arrow_(?:forward|back|drop_down|drop_up|right|left|upward|downward)(?:_ios)?"
    r"|expand_(?:more|less)|chevron_(?:right|left)|(?:info|help|error)_outline|thumb_(?:up|down)(?:_alt)?"
    r"|star_(?:half|border|outline|rate)|open_in_new|play_arrow|keyboard_arrow_(?:down|up|right|left)"
    r"|account_circle|content_copy|favorite_border|check_circle(?:_outline)?|bookmark_border"
    r"|outlined_flag|navigate_(?:next|before)|more_time|file_download|ios_share)$")

# A team chat's system lines: "Ann Lee added Bo Hart (Guest) to the team.", "Ann Lee changed the channel
# picture.", "Meeting in \"Ops\" started", "Meeting ended: 24m 31s", "Attendance report · Recording" (the
# article's furniture; a comment reader reads them as the breaks between messages they are).
_SYSTEM_LINES = _compile(
              r"^(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3} (?:added|removed) (?-i:[A-Z])[\w'’.-]*"
              r"(?: (?-i:[A-Z])[\w'’.-]*){0,3}(?: \((?:guest|external)\))? (?:to|from) the "
              r"(?:team|channel|group|chat|conversation)\.?$",
              r"^(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3} changed the (?:channel|team|group|chat)"
              r" (?:picture|photo|name|description|image)\.?$",
              r"^meeting (?:in [\"“][^\"”]{1,40}[\"”] )?(?:started|ended)\b(?::\s*\d{1,2}[hm]\b.{0,12})?\.?$",
              r"^attendance report(?:\s*[·|•].*)?$")
_MIN_SYSTEM_LINES = 2  # a chat shows several; one alone is an article's ("X removed Y from the team.")


def _system_line(line: str) -> bool:
    text = line.strip()
    return len(text) <= 120 and any(p.match(text) for p in _SYSTEM_LINES)


_CHAT_ONLY = re.compile(r"\((?:guest|external)\)|^(?:meeting|attendance report)\b|changed the channel", re.I)


def _system_lines(paragraphs: list[str]) -> frozenset[str]:
    """The page's team-chat system lines: all when it has several (a chat), else only those no article
    writes ("… (Guest) to the team.", "Meeting ended"), not "Southgate removed Kane from the team."."""
    found = frozenset(line.strip() for block in paragraphs for line in block.split("\n")
                      if _system_line(line))
    return found if len(found) >= _MIN_SYSTEM_LINES else frozenset(t for t in found if _CHAT_ONLY.search(t))


_SEARCH_ITEM = r"(?-i:[a-z][a-z'’-]{1,20}(?: [a-z][a-z'’-]{1,20})?)"  # one thing a search box finds
# a committee meeting's facts on its minutes page ("Venue: …", "Contact: …", "Call-in deadline: …")
_MEETING_FACT = (r"^" + _NOT_REPORTED + r"(venue|contact|webcast|officers|call-in deadline|clerk|also present"
                 r"|in attendance)\s*:\s*\S.{0,200}$")
_MEETING_FACT_LINE = re.compile(_MEETING_FACT, re.I)


# A comment list's pager, above and under the list ("Viewing most recent 10 of 87 comments · Next page").
_COMMENT_PAGER = (r"^(viewing|showing|displaying) (the )?"
                  r"((most )?recent |latest |newest |oldest |first |last )?"
                  r"\d[\d,]*( ?[-–] ?\d[\d,]*)? of \d[\d,]* (comments|replies|reviews|posts)"
                  r"( [·•|] (next|previous|prev|first|last)( page)?)*$")
FURNITURE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # The seed pages (a US celebrity blog).
    *_compile(r"^top stories$", r"^(most )?(popular|trending|related)( stories| articles)?$",
              r"^posted (to|in):", r"^(photos?|images?|video|credit)s?:", r"^click (inside|here)\b",
              r"^read (all|more)\b", r"^.{1,60} on (facebook|twitter|instagram)$",
              # a translator's credit; an author's one-line bio; news apps' and comment sections' notices
              r"^(english version|translated|translation|translated from the \w+)( \w+)? by\s+[A-Z]",
              r"^[A-Z][\w'’-]+( [A-Z][\w'’-]+){1,2} is (the |a |an )?([A-Z][\w'’-]* ){0,4}([a-z]+ ){0,3}"
              r"(correspondent|reporter|editor|writer|columnist|journalist|critic|photographer)\b[^.]{0,60}\.?$",
              r"^(report a (concern|problem|mistake|correction)|suggest (more|fewer) stories like this)$",
              r"^comments (on this [\w ]{1,20} )?(close|are closed|will close|are open|are moderated)\b",
              # a line of hashtags only; "Full story: site.com/path"; a post's reaction and view counters
              r"^(#[\w-]+\s*){2,}$", r"^(full story|read more|more|source|link)\s*:\s*\S+\.[a-z]{2,}\S*$",
              r"^([^\w\s]{1,2}\s?\d[\d,.]*[km]?\s*){1,6}((edited|views?)\s*)?(\d{1,2}:\d{2})?$",
              r"^(read|see|continue reading) (the )?(full|whole|rest of the) (story|article|report)"
              r"((:| at| on| here)\b.{0,60})?[.…]?$",
              r"links around the web$", r"^advertisement$", r"^share (this|on)\b", r"^(sign up|subscribe)\b"),
    # Advertising and sponsorship labels of newspapers and broadcasters.
    *_compile(r"^(ad feedback|paid content|sponsored( content| stories| links)?|promoted( stories)?"
              r"|supported by|continue reading( the main story)?|story continues below( advertisement)?)$"),
    # Affiliate disclosures ("If you buy something from a link, we may earn a commission").
    *_compile(r"\bmay (earn|receive|get) (a )?(small )?(commission|compensation|share of)",
              r"^(we|[\w&.'’-]+( [\w&.'’-]+){0,3}) (earns?|receives?) (a )?(small )?(commission|compensation"
              r"|share of)\b.{0,120}$",
              r"^if you (buy|purchase) (something|a product)\b"),
    # Navigation and accessibility links left at the top of a page.
    *_compile(r"^skip to (main )?content$", r"^(newsletters?|menu|search|view all|see all)$",
              r"^(table of contents|contents|on this page):?$",  # the heading over a page's in-page links
              r"^(view|edit) (the )?wiki$",  # a wiki summary's link to the whole page
              # a gallery's counter over a picture ("Image 2 of 3"); a post's "Favorite" button; a
              # download link with its file's type and size ("Download the full report (PDF, 612 KB)");
              # the paper's news-app promotion ("Follow The Courier on Google News for …")
              r"^(image|photo|picture|slide) \d{1,3} of \d{1,3}$", r"^favou?rite$",
              r"^download [^()]{1,60}\((pdf|csv|docx?|xlsx?|odt|ods|zip|epub)\b[^()]{0,20}\)$",
              r"^follow [\w .&'’-]{1,60}? (on )?google news( channel)?\b[^.!?]{0,60}[.!]?$",
              r"^(go|skip|jump) to (the )?main (text|content|article)$", r"^.{1,40}\sⓘ$",  # ⓘ: a UI label
              # a chat client's and a Q&A site's controls; a footer of five or more links on one line
              r"^(older|newer) messages$", r"^jump to (present|latest|bottom|top|new messages)$",
              r"^message #[\w-]{1,40}$", r"^view (\d[\d,.]*[km]? )?(upvotes|shares|reactions|likes)$",
              # a stream's chat panel ("Chat Replay", "Hide Chat", "Chat replay is synced to the video.")
              r"^(chat replay|(show|hide|pop ?out|open|close) chat)$",
              r"^chat replay (is|was|has|ended|not)\b.{0,120}$",
              r"^(?:[^·\n.!?]{1,25} · ){4,}[^·\n]{1,40}$"),
    # Share bars: single verbs, counts of shares, "share or comment on this article".
    *_compile(r"^share (this|on|or comment|what you think|article|story)\b",
              r"^(e-?mail|print|tweet|share|save|copy link|whatsapp|pinterest)$",
              r"^\d[\d,.]*k? (shares?|views?)$", r"^\d[\d,.]* view comments?$",
              # a share button that names the page: "Share <title> on Facebook", "Email <title> link"
              r"^(share|e-?mail|tweet|post)\s.{1,200}\s(on|via|to)\s(facebook|twitter|x|linkedin|whatsapp|reddit"
              r"|pinterest|e-?mail|threads|bluesky|telegram)$", r"^e-?mail\s.{1,200}\slink$"),
    # Newsletter sign-up, paywall and app promotion blocks.
    *_compile(r"delivered (straight )?to your inbox\b[^“\"]{0,120}$",
              r"^(enter|type) your e-?mail( address)?(\.{3}|…)?$",
              r"^launched (\d+|an?|one) (days?|weeks?|months?|years?) ago$",
              r"^by (signing up|subscribing|clicking|continuing|posting|submitting|registering)\b",
              r"^you have \d+ free (articles?|stories) (left|remaining)\b", r"^download the .{1,40} app$",
              r"^order reprints\b", r"^get (the|our) .{1,40} app$",
              # a sign-up box's confirmation and promise ("Email sent! Check your inbox to complete your
              # signup.", "No spam. Unsubscribe anytime."); the e-paper's link
              r"^e-?mail sent!? check your inbox\b[^\"“]{0,80}$",
              r"^no spam[.!,]? unsubscribe (at )?any ?time[.!]?$",
              r"^read (the |our )?e-?paper( online)?$"),
    # A page's own controls and section labels: a comments heading of a members' platform, an advert's
    # hide button, an editors' list, a reporting link, a public service's page-feedback links
    *_compile(r"^member discussion$", r"^hide ad$",
              # a travel marketplace's breadcrumb to a place's listings ("Things to do in Kendal"), in
              # sentence case as a crumb is: a Title Case headline ("Things To Do In Leeds This Weekend")
              # capitalises the small words too
              r"^(?-i:Things to do in [A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}$",
              r"^editor['’]?s['’]? picks?$", r"^report abuse$",
              r"^accessibility statement$", r"^report a problem with this page$"),
    # Copyright, agency and print notes at the end of wire and newspaper stories.
    *_compile(r"^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})", r"all rights reserved\.?$",
              r"^this material may not be published", r"^our standards\b",
              r"contributed (to )?this report(ing)?\.?$", r"^(additional )?(reporting|writing|editing) by\b",
              r"^a version of this article appears in print\b",
              # ("Published in the Sunday print edition on <date>, under the headline '…'."): the note
              # whole, never a sentence that goes on after it ("Published in the print edition, the
              # letter drew …")
              r"^(this (article|story) (was |is )?)?published in the (\w+ )?print edition"
              r"( of (the )?[^,.!?]{1,40})?( on [^,.!?]{1,25}(, \d{4})?)?"
              r"(,? under the headline\b.{1,160})?\.?$",
              r"^([—–-]\s*)?\d+ min(ute)?s? read$", r"^_{3,}$",
              # a site's name before its copyright sign, alone ("Harbour Notes © 2026")
              r"^(?-i:[A-Z][\w&.'’-]*)(?: (?-i:[A-Z])[\w&.'’-]*){0,3} ©\s*\d{4}\.?$",
              # a community platform's footer credit ("Built on Forem — the open source software …",
              # "Made with love and Ruby on Rails.")
              r"^built on (?-i:[A-Z])[\w.]* [—–-] the (open[- ]source )?(software|platform)\b.{0,120}$",
              # (the credit names software, a team or a place: a capital or "the"/"our" after the joining
              # word; "Made with love and patience, the quilt …" is an article's sentence)
              r"^made with (love|❤️?|♥) (and|by|in|using|on) ((the|our) |(?-i:[A-Z0-9]))[^.!?,]{0,60}"
              r"(, (?-i:[A-Z])[^.!?,]{0,30})?[.!]?(\s[^.!?]{0,60}©\s*\d{4}.{0,20})?$"),
    # Tag and topic lists.
    *_compile(r"^(tags?|topics?|tagged|filed under|related topics|read more about|more on)\s*[:#]",
              # "Categories:" and "Category: News", never a sentence after it ("Categories: the fares …")
              r"^categor(y|ies)\s*:\s*([^.!?]{0,80})?$",
              r"^(tagged|filed under)\s", r"^read more about:?$",
              # a page's categories ("in: Blog posts, News", "Categories: Singles, 2026") and a back link
              # to the page above it ("< User blog:Name", "< Back to News")
              r"^(in|categories|category)\s*:\s*(?-i:[A-Z0-9])[^,.!?:]{0,40}(,\s*(?-i:[A-Z0-9])[^,.!?:]{0,40}){1,12}$",
              r"^categories\s*:\s*\S[^.!?]{0,80}$", r"^<\s+\S[^<>]{0,60}$",
              # a blog's link to the post before ("« Earlier post title"; not a quote carried over
              # paragraphs, which ends a sentence)
              r"^[«‹←]\s*\S[^<>«»‹›]{0,80}(?<![.!?…])$"),
    # Comment widgets: counters, sort options, forms, moderation and house-rules notices.
    *_compile(r"^\d[\d,]* comments?\b", r"^comments?\s*\(?\d[\d,]*\)?$", r"^(reader )?comments?:?$",
              r"^sort(ed)? by\b[^.!?]{0,50}$",  # a short control ("Sort by: Newest"), never prose
              r"^(add|post|leave|write) a (comment|reply)\b",
              r"^join the (discussion|conversation)\b",
              r"^have your say\b", r"^(load|show|view) (more|all|\d+) (comments|replies)\b",
              r"^facebook comments plugin$", r"^the comments below have not been moderated",
              r"^(view |see |show |load )?(\d+ )?more (comments?|replies|notes)\b\W{0,5}$", r"^[^\w\s]{1,5}$",
              r"^the views expressed\b.{0,80}\b(our users|readers|commenters)\b",
              r"your e-?mail address will not be published", r"^readers?['’]? picks\b",
              r"^\d[\d,]* (thoughts|responses|replies) on\b", r"house rules\.?$", r"^\d+% upvoted$",
              r"^(newest|oldest|best rated|worst rated|best|top|most liked|latest|all)"
              r"(\s+(newest|oldest|best rated|worst rated|best|top|most liked|latest|all))+$"),
    # Forums: the community name and the post line above a thread.
    *_compile(r"^posted by u/", r"^r/\w+$", r"^more (posts|stories|articles) from\b"),
    # Comment sections closed or archived, and the article tools beside them (broadsheets).
    *_compile(r"^this (discussion|conversation|thread) (is|has been|was) (now )?closed\b",
              r"^(reuse|republish) this (content|article|story)$", r"^explore more on (these|this) topics?$"),
    # Forum toolbars: "Post Reply", "New Topic", "Search this topic…", "Page 1 of 3", the links to a
    # story's forum thread and the sign-in notice under it.
    *_compile(r"^(discuss|comment on) this (story|article|post) (on|in)\b.{0,60}$",
              r"^you must (log in|sign in|be logged in|register)\b.{0,60}$",
              # the comment box's prompt ("To place a comment please login", "Log in to post a comment")
              r"^(to )?(post|place|leave|add|write) a comment,? (please )?(log ?in|sign ?in|register)\W*$",
              r"^(please )?(log ?in|sign ?in|register) to (post|place|leave|add|write) a comment\W*$",
              r"^(sign|log) ?in (to|and) (comment|reply|join the (conversation|discussion)|leave a comment)"
              r"\W*$",
              r"^(sign|log) ?in with [\w.-]{2,40} to (comment|reply|post a comment|leave a comment)\W*$",
              _COMMENT_PAGER,
              r"^return to [“\"‘'][^”\"’']{1,60}[”\"’']$", r"^(who is online|jump to|board index)$",
              # a comment widget's sign-in block ("Sign in with GitHub", "Styling with Markdown is supported")
              r"^(sign|log) ?in with (github|gitlab|google|facebook|apple|x|twitter|microsoft|disqus"
              r"|e-?mail)$",
              r"^(styling with )?markdown (is )?supported\.?$",
              r"^users browsing this (forum|topic|thread)\b", r"^powered by\b(?!.*[.!?]$).{0,80}$"),
    *_compile(r"^(post (a )?reply|reply to (topic|thread)|post new (topic|thread)|new (topic|thread))$",
              r"^search this (topic|thread|forum)\b", r"^page \d+ of \d+\b"),
    # A community topic's tool menu (Khoros, Lithium): "Topic Options", "Mark Topic as Read", "Float
    # this Topic for Current User", "Printer Friendly Page"; the search box's leftover labels.
    *_compile(r"^(topic|thread|post|message) options$",
              r"^mark (topic|thread|all( topics)?) as (new|read|unread)$",
              r"^float this (topic|thread) for current user$", r"^printer friendly (page|version)$",
              r"^(showing results for|search instead for|did you mean:)$"),
    # A comment widget's subscription controls (wpDiscuz's "Notify of" over its two options, "Inline
    # Feedbacks"; its sort words, "Oldest" / "Newest", may be a commenter's name and are read in place).
    *_compile(r"^notify of$", r"^new (follow-up comments|replies to my comments)$", r"^inline feedbacks$"),
    # A link to the writer's other stories under the byline ("More by this Author").
    *_compile(r"^more (by|from) this (author|writer|reporter|columnist|contributor)$"),
    # Audio and video players over an article ("Listen · 4:38", "Listen to this article").
    *_compile(r"^(listen|play|watch)( now| to this (article|story))?"
              r"(\s*[·•|:-]?\s*\d{1,2}:\d{2}( min(utes)?)?)?$"),
    # Galleries and social embeds.
    *_compile(r"^view (gallery|slideshow|photos?|this post on \w+)$",
              # a lead-in to a video player ("Watch the latest episode of X below:")
              r"^watch\b[^.!?\"“]{0,80}\bbelow\s*:?$"),
    # A wiki's or reference page's tail: the reference list's heading and its back links ("↑ …"),
    # the categories heading, the licence line; a line of one hashtag.
    *_compile(r"^(references|footnotes|citations|categories)$", r"^↑\s*\S",
              r"\bcontent is available under\b", r"\bavailable under (the )?(cc[- ]by|creative commons)\b",
              r"^#[^\W\d_][\w-]{0,40}$",
              r"^(read also|also read|see also|read more)\s*:$", r"^file (photo|image|picture)\b"),
    # Calls for comments and sign-in notices of members' comment sections; a reaction meter's question.
    *_compile(r"\b(let us know|tell us|sound off) in the comments\b\W{0,5}$",
              r"^(what do you think\??\s*)?join the (conversation|discussion)\b\W{0,3}$",
              r"^(are you an? (member|subscriber)\?\s*)?(log|sign) ?in to (join|comment|reply|take part)\b",
              r"^how (does|did) this (story|article|post) make you feel\??$"),
    # Relative stamps ("1 day ago") and banner alerts above a headline.
    *_compile(r"^\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$",
              r"^(breaking( news)?|weather alert|alert|developing( story)?|live( updates)?)\s*:"),
    # Counters: a number with a unit ("412 Followers", "12 Restacks", "1.1K", "4 of 486", "❤️👍 41"),
    # and a stamp after a name or place ("Harlow · 3 hr ago", "14h ·").
    *_compile(r"^[^\w\s]{0,6}\s*\d[\d,.]*\s*[km]?\s*(followers?|following|subscribers?|views?|likes?|restacks?"
              r"|comments?|shares?|reactions?|replies|repl(y|ies)|points?|upvotes?|votes?|reads?|claps?|retweets?"
              r"|reposts?|quotes?|bookmarks?|members?|online|watching|notes?|supporters?|signatures?|signers?)?$",
              r"^\d+\s*(of|/)\s*\d+$", r"^all reactions:?$",
              # a post card's counts row: "48.2K Likes 6,930 Reposts", "12 Replies · 40 Quotes"
              r"^(\d[\d,.]*\s*[km]?\s+(likes?|retweets?|reposts?|replies|quotes?|views?|shares?|comments?)"
              r"(\s+[·•∙|]\s+|\s+|$)){2,4}$",
              # a review site's vote row; a footer's brand line ("Harbour FM is a registered trademark of …")
              r"^was this (review|comment|reply|answer|post) helpful\?",
              r"^(?-i:[A-Z0-9])[\w&.'’ -]{0,40}[®™]? is an? (registered )?trademarks? (of|owned by) "
              r"(?-i:[A-Z])[\w&.,'’ -]{1,60}$"),
    # Captions and image credits of public broadcasters and blogs ("Image source, X", "Image caption,",
    # "Screenshot of … taken by the author"), embed wrappers (cookie consent, "A post shared by").
    *_compile(r"^(image|media|video) (source|caption|credit),", r"^(image|media|video) (source|caption),?$",
              r"^screenshots?\b(?!.*[.!?\"”]$)", r"^a (post|photo|video) (shared|posted) by\b",
              r"\bnot responsible for the content of external( (internet|web))? sites\b",
              r"\bcookies?\b.{0,200}\b(consent|accept|allow|settings|preferences|enable)",
              r"\b(accept|allow|manage|enable)\b.{0,60}\bcookies\b"),
    # In-body link labels ("MORE: headline", "READ MORE: …", "RELATED: …", "WATCH: …").
    *_compile(r"^(more|read more|related|see also|also read|read also|watch|listen|further reading"
              r"|recommended|explore more|don'?t miss|must read|leggi anche|lee también|lire aussi"
              r"|leia também|lesen sie auch)\s*[:|]\s+\S(?!.*[“\"].*[.!?][”\"]$)"),
    # Author bio boxes ("X covers …; reach her at …", "Writer for X", "X is a reporter at Y").
    *_compile(r"\b(reach|contact|e-?mail|follow) (him|her|them|me) (at|on)\b", r"^writer (for|at)\b.{0,60}$"),
    re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?!.*[“\"])(?:is an? (?:[\w-]+ ){0,3}"
               r"(?:reporter|writer"
               r"|correspondent|editor|columnist|contributor|journalist|critic)\b"
               r"|(?:covers|writes about|reports on) .{0,120}\b(?:for|at) (?:the )?[A-Z])"),
    # A one-line bio at an article's end: "Ann writes about schools and local government."
    re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:writes|reports|blogs) (?:about|on) (?!.*[“\"])"
               r"[^.!?]{3,120}[.!]?$"),
    # Subscribe boxes and call-outs ("Never miss a story", "Are you affected? Contact us").
    *_compile(r"^(never miss|don'?t miss (a|another|out)|stay (up to date|informed|in the loop)"
              # (a page's promo, never a commenter's "want more views?? follow my page")
              r"|want more\b(?!.*(?:[?!]{2}|\b(?:my|me)\b))"
              r"|enjoy(ed)? (this|reading))", r"(^|[.?!]\s+)(get in touch|contact us)\b(?!.*[“\"])[^.]*\.?$",
              r"^(are|were) you (affected|impacted)\b", r"^share your (story|experience|views)\b",
              r"^follow (us|me|him|her|them)\b.{0,60}$"),
    # Page controls many kinds of site share, each a whole short line: text-size buttons, licensing
    # and privacy links, syndication breaks ("Story continues", "Read the original article on X").
    *_compile(r"^(normal|small(er)?|large(r)?|very large|default|increase|decrease|reset) (text|font)"
              r"( size)?$",
              r"^licen[cs]e this (article|story|content|photo|image)$", r"^story continues\W*$",
              r"^read the original (article|story|post) (on|at) [^,;]{1,60}$",
              r"^privacy (dashboard|settings|preferences|centre|center)$", r"^share via\b.{0,30}$",
              r"^watch on (youtube|vimeo|tiktok|instagram|x|twitter|facebook)$",
              r"^(topics|tags|more) in this (article|story)$"),
    # Agency credits: "(With inputs from agencies)", a line that is only an agency's name ("AAP").
    *_compile(r"^\((with )?(inputs|additional reporting|reporting|input) (from|by) [^)]{1,80}\)$"),
    re.compile(r"^(AAP|AP|AFP|Reuters|PA|PTI|IANS|ANI|UPI|dpa|EFE|CP|NZPA|Bloomberg)$"),
    # Notes under interviews, podcasts and comment sections, short and whole: "This interview has
    # been edited and condensed for clarity.", "This episode is sponsored by X.", a comments
    # disclaimer, transcript and episode labels, broadcast stage directions ("(Footage of …)").
    # an agency credit after the story ("- With inputs from agencies", "With inputs from PTI"), a
    # contributor box's picture ("Photo of Ann Lee"), a donation button ("Donate to The Harbour Post")
    *_compile(r"^[-–—]?\s*with (?:additional )?inputs? from (?:agencies|(?-i:[A-Z])[\w&.'’-]*"
              r"(?: (?:and |& )?(?-i:[A-Z])[\w&.'’-]*){0,3})\.?$",
              r"^(?:photo|picture|image|headshot) of (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}$",
              r"^donate to (?:the )?(?-i:[A-Z])[\w&'’ -]{1,50}$"),
    *_compile(r"^disclaimer\s*:.{0,100}$", r"^disclaimer\s*:\s*(?:the |all |reader )?comments?\b.{0,280}$",
              r"^this (interview|conversation|transcript|q ?& ?a) (has been|was) (lightly |slightly )?"
              r"(edited|condensed)( and (edited|condensed))?( for [\w ]{1,30})?\.?$",
              r"^this (episode|podcast|newsletter|segment) (is|was) (sponsored|brought to you|supported) by "
              r"[^,;]{1,60}$",
              r"^(more|all|previous|next|latest|recent) (episodes?|fact[- ]checks?)$",
              # a post's links to its neighbours ("« Previous post: …", "Next Episode: Coming March 23")
              r"^[«‹←]?\s*(previous|prev|next|older|newer) (episode|post|article|story|entry|recap|chapter)"
              r"\s*:\s*\S.{0,120}$",
              # a gallery's link with its count ("Our gallery is up now: Fair 2026 Gallery (86 photos)")
              r"^.{0,120}\(\d{1,4} (photos|pictures|images|slides)\)$",
              # a video's prompt ("Watch the clip ...", "Watch the full video below")
              r"^watch (the )?(full )?(clip|video|footage|interview)( (below|above|here))?\s*(\.\.\.|…|:)?$",
              r"^(full )?transcripts?( \([^)]{1,20}\))?$",
              r"^full transcripts? (is |are )?available\b.{0,40}$",
              r"^links (from|in|mentioned in) (the|this) (episode|show|podcast|article)$",
              r"^\((footage|vision|video|audio|music|applause|laughter|laughs|crosstalk|inaudible|archival|"
              r"excerpt|clip|pause|silence)(?=[\s)])[^)“”\"]{0,50}\)$"),
    # Call-outs and promos: "Do you have a story? Contact …", press-release contact and "SOURCE
    # Company" lines, fact-check page labels, "Catch all the … News … updates on X".
    *_compile(r"^do you have a (story|tip|news tip)\b[^?]{0,40}\?"
              r"( (contact|e-?mail|get in touch|send|tell)\b.{0,80})?$",
              r"^(media|press) (contacts?|enquiries|inquiries)\s*:?$",
              r"^about this rating$", r"^our sources$",
              r"^support (independent|our) ([\w-]+ )?(journalism|reporting|fact-checking|newsroom|work)\.?"
              r"( (become|join|donate|subscribe)\b.{0,60})?$",
              r"^catch all the .{0,80}\bnews\b.{0,80}\bupdates? on\b.{0,120}$"),
    re.compile(r"^SOURCE [A-Z][a-z][\w&.,'’ -]{0,60}$"),  # a press release's closing "SOURCE Company"
    # a link aggregator's line under the title: "214 points by name 5 hours ago | hide | past | …"
    *_compile(r"^\d[\d,]* points? by [\w.-]{1,40} \d+ \w+ ago \|",
              # ... or its tags first and the poster after "via" or "by" ("ferries  local  via ann_k
              # 4 hours ago  |  42 comments")
              r"^(?:[\w.-]+\s+){0,6}(?:via|by)\s+[\w.-]{1,40}\s+\d+\s*\w+ ago\s+\|"),
    # Video pages: chapter lists ("00:00 Intro"), "…less" / "...more" toggles, view counts with an
    # age ("88K views 1 year ago"), player switches.
    *_compile(r"^\d{1,2}:\d{2}(:\d{2})?\s+\S(?!.*[.!?\"”]$).{0,60}$", r"^(…|\.\.\.)\s*(less|more)$",
              r"^\d[\d,.]*\s*[km]? views?\s*[·•]?\s*(\d+|an?) \w+ ago$", r"^autoplay$",
              r"^follow along using the transcript\.?$", r"^show (less|more|transcript)$"),
    # E-mail newsletters on the web: the browser link, forwarding and subscription footers.
    *_compile(r"^view this (e-?mail|newsletter|message) in (your|a) (web )?browser\.?$",
              r"^forwarded this (e-?mail|newsletter)\?.{0,60}$",
              r"^you are receiving this (e-?mail|newsletter)\b",
              r"^(want to )?change how you receive these (e-?mails|newsletters)\b",
              r"^you can update your preferences\b", r"^our mailing address is:?$",
              r"^(unsubscribe|update (your )?preferences|manage (your )?(subscription|preferences))\W*$"),
    # Log-in walls of social sites, and pages that need JavaScript.
    *_compile(r"^(forgot (account|password)\??|create (a )?new account|log ?in|sign ?up"
              r"|log in or sign up)$",
              r"^please (turn on|enable) javascript\b.{0,60}$"),
    # Blog platforms: photo credits, author boxes, responses links, member badges, publication notes.
    *_compile(r"^photo by .{1,60} on (unsplash|pexels|pixabay)$",
              r"^see all (responses|comments|replies)$", r"^member-only story$",
              r"^.{1,60} is a reader-supported publication\b.{0,120}$", r"^show key events only$"),
    re.compile(r"^Written by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$"),  # not "Written by hand, the note …"
    # Blog platforms' share buttons, pagers and sidebars ("Email This", "Share to Twitter", "Newer Post
    # Older Post Home", "View my complete profile", an archive tree's "► 2019 (7)").
    *_compile(r"^(e-?mail this|blogthis!?|reblog)$", r"^share to [\w+ ]{1,20}$",
              r"^(newer|older) posts?\b.{0,30}$", r"^view my (complete )?profile$", r"^[►▼▶▸▾]\s?\S.{0,80}$",
              r"^(story|blog|news) archives?$"),
    # Comment sections' notices ("The following comments are owned by whoever posted them", "There may
    # be more comments in this discussion", "Comments that violate the Terms of Use will be deleted").
    *_compile(r"\b(comments?|posts?) (are|is) (owned by|the (sole )?responsibility of) (whoever|the "
              r"(person|people|users?|authors?|posters?))\b",
              r"^there (may be|are) more (comments|replies) in this\b.{0,160}$",
              r"\bcomments? (that|which) (violate|break|breach)\b.{0,40}\b(deleted|removed)\b",
              r"^comments? filter:?$", r"^comments? on this (article|story|post)\s*\(?\d[\d,]*\)?$"),
    # Petition platforms: signature counters, the starter's line, the milestone and the report link.
    *_compile(r"^\d[\d,.]* (people )?(have|has) signed\b.{0,60}$", r"^at \d[\d,.]* signatures\b.{0,120}$",
              r"^.{1,60} started this petition\b.{0,120}$", r"^report a policy violation$",
              r"^(this )?(petition|campaign|fundraiser) (was )?created on\b.{0,40}$"),
    # Crowdfunding platforms: the progress and donation counters, the organiser's line, an update's
    # header, the supporters' section and its note, the report and protection lines.
    *_compile(r"^[$£€]?\d[\d,.]*[km]? (raised|pledged)( of [$£€]?\d[\d,.]*[km]?( goal| target)?)?$",
              r"^\d[\d,.]*[km]? (donations|donors|backers|supporters|contributions)$",
              r"^.{1,60} is organi[sz]ing this (fundraiser|campaign)( on behalf of [^.,;:]{1,60})?\.?$",
              r"^update #?\d{1,3}\s*[·•|–-]\s*([a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})"
              r"( by \S.{0,60})?$",
              r"^words of support\s*(\(\d[\d,]*\))?$",
              r"^please (donate|give) to (share|leave|post) (words of support|a comment|a message)\.?$",
              r"^report (this )?(fundraiser|campaign)$", r"^donation protected$"),
    # Q&A sites: the post's buttons, the answer form, the related lists' headings, the edit stamp and
    # the licence footer; a diary's spoiler notice and its like button.
    # (the post's menu on one line, its buttons spaced or barred apart: "Share  Improve this answer  Follow")
    *_compile(r"^improve this (question|answer)$", r"^(your|post your) answer$",
              r"^share(\s*[|·•]\s*|\s+)(cite(\s*[|·•]\s*|\s+))?(improve this (question|answer)|edit)"
              r"((\s*[|·•]\s*|\s+)(follow|flag|delete)){0,3}$",
              r"^not the answer you['’]re looking for\?", r"^hot network questions$",
              r"^edited (on )?([a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})"
              r"( at \d{1,2}:\d{2})?$",
              r"^site design / logo ©",
              r"^this (review|post|article|thread|entry) (may )?contains? spoilers\.?$",
              r"^like (this )?(review|post|entry)$"),
    # Syndication and credit lines: an agency feed's disclaimer, a trademark footer, a show's music credit,
    # a blog's pointer to the pictures under it.
    *_compile(r"^\(?this (story|article|report|copy) has not been edited by .{1,80}\b.{0,200}$",
              r"\ball trademarks are (the )?property of their respective owners\b",
              r"^(theme )?music( by)?:\s+[“\"].{1,80}[”\"]( by \S.{0,60})?$",
              r"^see (the |her |his |their )?(screenshots?|photos?|pictures?|video|tweets?|posts?)"
              r"( of .{1,60})? below\b.{0,10}$"),
    # Classic forum software: tab-separated toolbars and tables, the posting rules box, the time line.
    *_compile(r"^\s*[^\t]{1,40}(\t[^\t]{1,60}){1,9}\s*$", r"^posting rules$", r"^forum jump$",
              r"^you may( not)? (post|edit|reply)\b.{0,40}$", r"^(bb|html|\[img\]) code is (on|off)$",
              r"^smilies are (on|off)$", r"^all times are (gmt|utc)\b.{0,60}$",
              r"^[«‹]?\s*previous (thread|topic)\s*\|\s*next (thread|topic)\s*[»›]?$"),
    # Broadcasters' tags and forms: editors' initials and agencies ("mp/ck (dpa, SID)"), a fact box's
    # labels, a feedback form's fields and consent line, a privacy-law link.
    *_compile(r"^[a-z]{1,4}(/[a-z]{1,4})+\s*\([A-Za-z]{2,10}(,\s*[A-Za-z]{2,10})*\)$",
              r"^(author|keywords|related subjects|permalink)\s*:?\s+[^\s.!?\"“][^!?\"“]{0,200}$",
              r"^your (feedback|message|e-?mail( address)?|name|comment)$",
              r"^i (agree|consent|accept)\b.{0,120}\b(personal data|privacy|data protection|terms)\b"
              r".{0,160}$",
              r"^do not sell my personal information$", r"^all rights reserved\b.{0,300}$"),
    # Blog platforms' tag lines with spaces inside tags ("#fan translation #retro games"), a post's
    # signature by first name ("— Delphine").
    *_compile(r"^#[^#\n]{1,40}(\s#[^#\n]{1,40}){2,}$"),
    re.compile(r"^[—–]\s?[A-Z][\w'’-]{1,20}$"),
    # Page widgets and credits many kinds of site print: an editor's or proofreader's label alone,
    # "Follow us on Google News", a rating or reaction prompt, a contact line, a listing's distance
    # and rank, an acknowledgement of country, an artist's impression, a copyright holder's line.
    *_compile(r"^(edited|proofread|fact-?checked|reviewed|subbed|produced) by:?$", r"\bon google news\.?$",
              r"^rate this (article|story|announcement|post|page|review|guide)\b.{0,20}$",
              r"^what['’]s your (reaction|opinion|take)\??$",
              r"^(phone|tel|telephone|fax|mobile|call)[:.]?\s*\+?\d[\d ()-]{5,20}$",
              r"^\d+(\.\d+)?\s?(km|mi|miles|m)\s+(from|away from)\s.{1,60}$",
              r"^#\d{1,5} of \d[\d,]* [\w ]{1,40}$",
              rf"^{_NOT_REPORTED}.*\backnowledges? the traditional (owners|custodians)\b",
              r"^artist['’]s (impression|rendering)\b.{0,160}$",
              r"^[A-Z][\w&.'’ -]{1,60}\. all rights reserved\b.{0,300}$",
              r"^share your thoughts\b",
              # a template's numbered ad slots, a repeated first date
              # line at the article's end, a portal's credit to the partner paper
              r"^advertisement \d{1,2}$", r"^originally published\b.{0,60}$",
              # a spoiler notice, a site's non-affiliation note, prompts to follow it or to register
              r"^(spoiler (warning|alert)|warning: spoilers)\b.{0,160}$",
              rf"^{_NOT_REPORTED}(.*[.!?]\s+)?((this|our) (site|website|blog|page|channel|podcast|app"
              r"|publication|newsletter)|we|we['’]re|(?!(they|he|she|it|i|you|these|those|both|neither)\b)[\w&.'’-]+"
              r"( [\w&.'’-]+){0,3}"
              r"( is an? [\w -]{0,40}(site|blog|website|page"
              r"|channel|podcast|publication)( and)?)?)?\s*((is|are) )?not affiliated with\b[^.!?]{0,80}\.?$",
              rf"^{_NOT_REPORTED}for (more|the latest|all the latest)\b(?! than\b)[^,.!?]{{0,60}},?"
              r"\s+follow\b.{0,80}$",
              r"^you can save (this|articles?)\b.{0,40}\bby registering\b.{0,120}$",
              r"^© provided by\b.{0,60}$",
              r"^(created|founded|established) (on )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
              r"[a-z]*\.? \d{1,2},? \d{4}$"),
    # News, sport and entertainment pages' widgets and notices: a reading time, a share panel's label,
    # a metered paywall's cut, a messaging channel's invitation, a comment section's closing and
    # real-name notices and its sort word, a label over a bare link, a listening promo, a summary
    # box's label, a template's "Powered by … from site.com".
    *_compile(r"^\d+ min(ute)?s? to read$", r"^social sharing$", r"^share all sharing options\b.{0,200}$",
              r"^continue reading with (a|an|your) (subscription|account|membership)\b.{0,40}$",
              r"^already (a subscriber|subscribed|a member)\?.{0,30}$",
              r"^unlock (all|unlimited|every|full access to)\b.{0,60}$",
              # a subscription offer in the head: a call to act, a price, its period ("Get Ledger+ for
              # HK$10 in your first month", "Try Premium for $1 a week"), a subscription's word or a first
              # period's price on it (a deals article's "Get Netflix for $6.99 a month" is none)
              r"^(?=.*(\bsubscri(be|ption)|\bdigital access|\bunlimited access|\bmembership|\bpremium\b"
              r"|\bplus\b|\w\+|\bin (your|the) first\b))"
              r"(get|try|subscribe|join|start|unlock)\b[^.!?:]{0,50}\b(for|from|at)( just| only)?"
              r" ([a-z]{0,3}\$|[£€¥₹])\s?\d[\d.,]*\s?(in (your|the) first (\d+ )?(week|month|year)s?"
              r"|(a|per|/) ?(week|month|year|mo|wk))[.!]?$",
              # the trust label under a headline, a closed comment box, a correction prompt, the article's
              # player row with its time, the font-size buttons, a newsletter box's consent sentence
              r"^why you can trust\b.{0,60}$",
              r"^(see|show|view) (translation|original)$",  # a post's translation toggle
              # a store's button to its app, a show's schedule and its score with the ratings' count
              # (never a heading's month, day, season or "Open in Time")
              r"^open in (?!(january|february|march|april|may|june|july|august|september|october|november"
              r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn"
              r"|winter|time)\b)(?-i:[A-Z])[\w&'’]*( (?-i:[A-Z])[\w&'’]*){0,3}$",
              r"^updated (daily|weekly|fortnightly|monthly|biweekly)$",
              r"^\d(\.\d)?\s*[•·]\s*\d[\d,.]*[km]? ratings?$",
              # a page's star rating and its votes, a player's label, a wiki's edit history, an event's
              # attendance count
              r"^[★☆]\s?\d(\.\d)?(\s?/\s?\d+)?\s+\(\d[\d,.]*[km]? (votes?|ratings?|reviews?)\)$",
              r"^(play|watch) (the )?video$",
              r"^(last )?edited by \S.{0,40}?\s\(\d[\d,]* (revisions?|edits?)\)"
              r"(\s{2,}last updated:.{4,30})?$",
              r"^\d[\d,.]*[km]? (users|people|fans|members) (attended|went|were there|are going|interested)$",
              r"^comments (are|is) (not available|unavailable|disabled|turned off) (for|on) this"
              r" (article|story|page|post)\.?$",
              r"^found an? (mistake|error|typo)( in this (article|story|report))?\?.{0,40}$",
              r"^[^\w\s]{0,3}\s*listen to (this|the) (article|story)\s+\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?$",
              r"^(A[-−]\s+)?A\s+A\+$",
              # (a newsletter box's one short line: a pitch of one sentence perhaps, then the consent with
              # the terms it names and nothing after; never an article's sentence quoting such terms)
              r"^([^.!?]{1,100}[.!]\s+)?by (registering|signing up|subscribing),? you (agree|consent) to"
              r" (our|the)\b[^,;.!?]{0,60}\.?$",
              r"^join .{1,50}\b(telegram|whatsapp|discord|viber|signal) (channel|group|community)\b.{0,60}$",
              # the paper's channel plug ("Follow The Harlow Courier on WhatsApp for breaking news")
              r"^(follow|join) [^.!?]{1,50} on (telegram|whatsapp|viber|signal|google news)"
              r"( for [^.!?]{1,40}| to [^.!?]{1,40})?$",
              rf"^{_NOT_REPORTED}only (the )?[\w -]{{0,30}}comments are (shown|displayed|visible)\b"
              r".{0,60}$",
              rf"^{_NOT_REPORTED}commenting (is|has been|was) (now )?(closed|disabled|turned off"
              r"|unavailable|suspended)\b.{0,60}$",
              # (never a Title Case headline: "The Gazette Requires Commenters' Full Names From Monday")
              rf"^{_NOT_REPORTED}(?!.*(?-i:\bCommenters?['’]?s? [A-Z]))((this|our) (site|website)|we"
              r"|(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}))"
              r" (shows?|displays?|publish(es)?"
              r"|requires?|asks? for) (each |every |all |the )?commenters?['’]?s? (full|real|first and last)"
              r" names?\b.{0,160}$",
              r"^most (liked|replied|recent|upvoted)$", r"^[^.!?]{1,50}:\s*https?://\S+$",
              r"^be the first to know\b.{0,60}$", r"^(new\W{0,3}\s*)?you can now listen to\b.{0,80}$",
              r"^need to know$", r"^powered by\b.{1,80}\bfrom [\w-]+(\.[\w-]+)+\.?$",
              # a byline's parts closed by middle dots ("Sport reporter·The Harbour Ledger·")
              r"^([^·•.!?]{1,40}[·•]){2,}$"),
    # A brand's note that it belongs to its publisher's family ("X is part of the Y publishing family.").
    re.compile(r"^[A-Z][\w&.'’/-]*(?: [A-Z][\w&.'’/-]*){0,4} is (?:a )?"
               r"(?:part|member|division|unit|brand) of (?:the )?(?:[A-Z][\w&.'’-]* ){1,5}"
               r"(?:publishing |media )?(?:family|group|network|portfolio)"
               r"(?: of [\w ]{1,40})?\.?$"),
    # A writer's bio of two sentences ("Ann covers courts and crime. She lives in Leeds."); a line
    # "The council covers the cost." is article text.
    re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} covers (?!.*[“\"])[^.!?\d]{3,120}\."
               r" (?:She|He|They) (?:lives|is based|divides (?:her|his|their) time|previously|joined)"
               r"[^.!?]{0,80}\.$"),
    # More kinds of page furniture: a paper's file-photo credit ("Mercury file photo by Ann Lee"), a
    # media placeholder left by a removed embed ("[VIDEO]"), an aggregator's score label ("Crowd
    # Score 58%"), a share box's short link alone ("news.example.com/news/"), an acknowledgement of
    # country, share words glued together ("BookmarkShare"), a newsletter's or a membership appeal's
    # prompt and button.
    *_compile(r"^(\w[\w&.'’-]* ){0,4}(file|staff|contributed|submitted) (photo|image|picture)"
              r"( by [^.!?]{1,60})?$",
              r"^\[(video|photo|photos|image|audio|gallery|embed|watch)\]$",
              r"^[\w ]{1,30} score:? \d{1,3}%$",
              r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/[\w./-]*$",
              rf"^{_NOT_REPORTED}[\w&.'’ -]{{1,40}} acknowledges? (the )?(aboriginal and torres strait"
              r" islander|first nations|indigenous) peoples? (as (the )?(traditional|first|original)"
              r"|of this (land|country)"
              r"|and their (continuing |ongoing )?connection)\b.{0,300}$",
              r"^get (the|our) .{1,60} (straight |delivered )?(to|in) your inbox\b.{0,40}$",
              r"^(join|subscribe|donate|give) now!?$",
              r"^support (us|local journalism|independent journalism)$",
              # a place's rating summary on a map or review site ("4.3 ★★★★☆ 418 reviews")
              r"^\d[.,]\d\s*[★☆✩✭⭐]{3,10}\s*\(?\d[\d,.]*[km]?\)?(\s+(reviews?|ratings?))?$",
              # a chat channel's opening notice ("Welcome to #town-talk! This is the start of …")
              r"^(welcome to #[\w-]{1,40}\b|this is the (start|beginning) of the #[\w-]{1,40} channel\b)",
              # a messenger channel's post counter and time ("4.1K views · 09:14"), its pinned-message bar
              r"^\d[\d,.]*\s*[km]?\s+views?\s*[·•|,]?\s*(edited\s+)?\d{1,2}:\d{2}(\s?[ap]m)?$",
              r"^pinned (message|post)$"),
    re.compile(r"^(?:Bookmark|Share|Save|Comments?|Print|Email|Follow)"
               r"(?:Bookmark|Share|Save|Comments?|Print|Email|Follow)+$"),
    # A reading time with the head's other items beside it ("3 min read · Listen", "Reading time: 5
    # minutes | 12 comments"), and a row of share buttons ("Facebook  X  WhatsApp  Email").
    *_compile(rf"^(?:{_HEAD_ITEM}{_HEAD_SEP}){{0,{_HEAD_ROW_ITEMS}}}{_READ_TIME}(?:{_HEAD_SEP}{_HEAD_ITEM})"
              rf"{{0,{_HEAD_ROW_ITEMS}}}$",
              rf"^{_SHARE_ITEM}(?:{_HEAD_SEP}{_SHARE_ITEM}){{1,{_HEAD_ROW_ITEMS}}}$"),
    # Session 25: page controls, membership appeals and footer links any site may show, each a whole
    # short line: a text-size button ("Text size"), a vote prompt under the story ("Was this article
    # helpful?"), a reader-funding appeal ("Support the Mercury", "Local journalism isn't free."), a
    # newsletter's sign-off ("Thanks for reading Backlot Letters!"), a profile's join date ("Joined
    # Aug 2017"), a privacy footer link, a wiki's edit controls and view switch, a comment box's notice.
    *_compile(r"^(text|font) size$",
              r"^(was|is|did you find) this (article|story|page|post|information) (helpful|useful)\??$",
              r"^support (the|our) (?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,3}\.?$",
              r"^(local |independent |quality |good )?journalism (isn'?t|is not|doesn'?t come) free[.!]"
              r"(\s.{0,160})?$",
              r"^(independent |local |quality |good )?journalism costs money[.!](\s.{0,160})?$",
              r"^thanks? (you )?for reading (?-i:[A-Z])[^.!?]{0,60}[.!]?$",
              r"^joined:? (in )?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? )?"
              r"(\d{1,2},? )?\d{4}$",
              r"^do not (sell or )?share my personal information$",
              r"^(mobile|desktop) (view|version|site)$",
              r"^add (languages?|topic|category|categories|links?)$",
              r"^like loading\.{0,3}…?$",
              r"^only (registered |logged-in |signed-in )?(members|subscribers|users) can "
              r"(post|leave|add|write) (a )?comments?\b.{0,80}$",
              r"^comments? not loading\?.{0,120}$",
              # a tip line, alone or after an author's bio ("Got a tip? Email tips@…", "Send your news
              # stories to desk@…"), and an author box's link to their other work ("More from Ann Lee")
              r"\bgot a (news )?tip\?\s*(e-?mail|contact|write to|send|message)\b[^“\"]{0,80}"
              r"@[\w.-]+\.[a-z]{2,}\.?$",
              r"^send (us )?(your )?(news |story )?(stories|tips|news|press releases)\b[^“\".!?]{0,40} to "
              r"[\w.+-]+@[\w.-]+\.[a-z]{2,}\.?$",
              r"^more (from|by) (?-i:[A-Z])[^.!?:“\"]{1,60}$"),
    # Session 29: an icon font's ligature names, printed as words when a page is copied as text
    # (Google's stores and apps: "more_vert", "arrow_forward", "info_outline"), and a review's
    # helpfulness prompt and tally ("Did you find this helpful?", "38 people found this review helpful").
    _ICON_LIGATURE,
    *_compile(r"^(was|is|did you find) this (review|comment|answer|reply) (helpful|useful)\??$",
              r"^did you find this (helpful|useful)\??$",
              r"^(\d[\d,.]*[km]?|one|a) (people|persons?|users?|readers?|members?|customers?) found this"
              r"( review| comment| answer| post| reply)? (helpful|useful|funny)\.?$",
              # an update's relative stamp ("Updated about 5 hours ago"): the head's, never prose
              r"^(last )?updated:? (about |over |almost |nearly )?(\d{1,3}|an?|one) (seconds?|minutes?|mins?"
              r"|hours?|hrs?|days?|weeks?|months?|years?) ago$",
              # a team chat's channel furniture, copied with its messages: the channel's description,
              # a row of emoji reactions and their counts (":+1: 9  :eyes: 3"), a thread's summary
              # ("Last reply 4 hours ago"), the pin's note, a reply's preview of its thread, the message
              # box's hint
              # (never a line that reports someone's words: "This channel is for people who grew up here,
              # its founder said" is an article's)
              r"^this channel is (for|about|where)\b(?!.*\b(said|says|told|added|explained)\b).{0,240}$",
              r"^(:[a-z0-9_+-]{1,40}:\s*\d{1,5}\s*){1,12}$",
              r"^last reply (about )?(\d{1,3}|an?|one) (seconds?|minutes?|mins?|hours?|days?|weeks?|months?"
              r"|years?) ago$",
              r"^pinned by (?-i:[A-Z])[\w'’.-]*( (?-i:[A-Z])[\w'’.-]*){0,3}$",
              r"^replied to a thread:\s.{1,120}$",
              r"^(shift|ctrl|cmd) ?\+ ?(return|enter) (to add a new line|for a new line|to send)\.?$",
              # an event page's controls and tabs ("Add to calendar", "Add photo", "Photos (0)")
              r"^add to (my |your )?(google |apple |outlook )?calendar$", r"^add (a )?photos?$",
              # a store listing's notes on where the app runs
              r"^this (app|game) is (not )?available (for|on) (all of |some of |any of )?your devices?\.?$",
              r"^(photos?|videos?|attendees|members|going)\s*\(\d[\d,]*\)$",
              # a creator page's support box: the price, the quantity buttons, the form and its button,
              # the heading over the wall ("£3 each", "1 3 5 10", "Support £3", "Recent supporters")
              r"^[£$€]\s?\d[\d,.]*\s+(each|per (coffee|month|item))$",
              # a listing's price box: the lowest price and its unit on lines of their own ("From €1,140",
              # "per person")
              r"^(from|only|now)\s+[£$€¥₹]\s?\d[\d,.]*$",
              r"^per (person|adult|child|guest|group|night|room)$",
              r"^1( \d{1,2}){2,4}$",  # (the quantities start at one: "4 12 19 23 31 44" is a draw's numbers)
              r"^(your )?name or @[\w.]{2,20}$",
              r"^make (this|my) (message|comment|donation|support) private$",
              r"^(support|donate|tip|give|pay) [£$€]\s?\d[\d,.]*$",
              r"^(recent|top|latest) (supporters|donors|backers|donations)$",
              # a launch site's labels and ranks ("Maker comment", "Hunter's note", "#2 Product of the Day")
              r"^(maker|hunter)['’]?s? (comment|note)$", r"^#\d{1,3} product of the (day|week|month|year)$",
              r"^launched (this|last) (week|month)$",
              # a game store's purchase block and devlog list: its stock sentence, the files with their sizes,
              # the demo's link, the list's heading ("EmberRail_win.zip 1.2 GB", "Download demo")
              r"^in order to download this (game|item|asset|tool|book|album|soundtrack) you must purchase"
              r" it\b.{0,160}$",
              r"^[\w.-]{1,80}\.(zip|7z|rar|tar\.gz|tgz|dmg|exe|msi|apk|pkg|appimage|deb|pdf|epub|mp3|flac|wav)"
              r" \d[\d.,]* ?(kb|mb|gb)$",
              r"^download (the )?demo$", r"^(development|dev) ?log$",
              # an app store's fixed notices on data and reviews
              r"^data safety$",
              r"^safety starts with understanding how developers collect and share your data\.?$",
              r"^no data (shared with|collected by) third parties$", r"^data is encrypted in transit$",
              r"^ratings and reviews are verified$",
              # a site's membership appeal and a reply form's button
              r"^we are an? (independent|reader-funded|reader-supported|non-?profit)\b"
              r"(?!.*\b(said|says|told|added|explained)\b)[^“\"]{0,80}"
              r"\b(supporter|donat|subscri|member)[^“\"]{0,120}$",
              r"^post (your|a) (reply|comment|answer)$"),
    # A photo post's likes line ("Liked by ann.lee and 1,406 others"), a comment form's log-in notice
    # ("You must be logged in to comment. Comments are moderated …"), a description's heading ("About
    # this episode"), a footer's cookie link ("Cookie Notice").
    *_compile(r"^liked by [\w.@-]{1,40} and \d[\d,.]*[km]? others?$",
              r"^you (must|need to) (be )?(logged|signed) in to (comment|reply|post|leave a comment)\b"
              r".{0,160}$",
              r"^about this (episode|video|podcast|show|stream|broadcast|recording|film|project)$",
              r"^cookie (notice|policy|statement)$",
              # a listing's filter label, a work page's box headings ("Where to watch", "Movie Info")
              r"^filter( by)?\s*:?$", r"^where to (watch|stream|buy|listen|read)$",
              r"^(movie|film|show|series|book|album|game|episode|video) (info|details)$"),
    # A crowdfunding project's money block and buttons ("pledged of $80,000 goal", "days to go",
    # "112% funded", "Back this project", "Remind me").
    *_compile(r"^(pledged|raised) of [$€£¥]?\d[\d,.]*[km]? (goal|target)$", r"^(days?|hours?) (to go|left)$",
              r"^\d{1,5}% funded$", r"^back this (project|campaign)$", r"^remind me$"),
    # A review aggregator's score block (label, number, verdict, basis) and a review page's counts:
    # "Metascore", "User Score", "Generally Favorable", "Mixed or Average", "Based on 12 Critic Reviews",
    # "Based on 1,406 User Ratings", "48 reviews" (the number alone is a figure; the verdicts are the
    # aggregators' fixed words); a listing's review tabs and their filter row ("Critic Reviews", "All
    # Reviews   Positive Reviews   Mixed Reviews"); an employer-review page's filters ("Job function")
    *_compile(r"^(metascore|meta ?score|user ?score|critic ?score|audience score|tomatometer|critics score)$",
              r"^(generally (un)?favou?rable|universal (acclaim|dislike)|mixed or average"
              r"|overwhelming dislike|no score yet|tbd)( reviews)?$",
              r"^based on \d[\d,]* (critic |user |customer |verified |member |professional |audience )?"
              r"(reviews?|ratings?|votes?)$",
              r"^(critic|user|customer|audience|member|employee|professional) reviews$",
              r"^(all|positive|mixed|negative|critic|user) reviews"
              r"( {2,}(all|positive|mixed|negative) reviews){2,3}$",
              r"^(job function|employment status|job title)$",
              # a list's sort menu shown by its current choice and arrow, its range, the list after it
              r"^(most (relevant|recent|helpful|popular)|newest|oldest|highest rated|lowest rated)( first)?"
              r"\s*[▾▼⌄]$",
              r"^showing \d[\d,]*\s*[-–]\s*\d[\d,]* of \d[\d,]*"
              r" (reviews|results|ratings|comments|items|jobs)$",
              r"^people also (viewed|searched( for)?|bought|liked|watched|listened to)$",
              r"^.{1,60} reviews by (job title|location|department|role)$"),
    # A search box's placeholder listing what it finds, in lower case ("Search for jobs, companies,
    # salaries", "Search for easy dinners, fashion, etc."): three items, or two and "etc." (a headline's
    # "Search for missing walker, 71, resumes" has a digit; its names are capitalised).
    # A committee's minutes page (the ModernGov kind): its labels ("Agenda and minutes", "Decision:",
    # "Additional documents:", "Attendance"), its meeting's facts ("Venue: …", "Contact: …", "Webcast: …",
    # "Officers: …", "Call-in deadline: …") and a document link's size alone ("PDF 231 KB"); the minute
    # text under the labels is the article
    *_compile(r"^(agenda and (minutes|decisions)|agenda|decisions?|additional documents|attendance|apologies"
              r"|in attendance|also present|webcast)\s*:?$",
              _MEETING_FACT,
              r"^(pdf|docx?|xlsx?|odt|rtf) \d[\d.,]* ?[km]b$",
              # a site's cookie notice in its own words ("We use some essential cookies to make this
              # website work. We'd also like to set analytics cookies …")
              # ("We and our partners use cookies to …")
              r"^" + _NOT_REPORTED + r"we (and our( \d+)? (partners|vendors) )?(use|set|place"
              r"|would like to (use|set)|'d like to (use|set))"
              r"( some| a few)?( small)?( essential| necessary| analytics| optional)? cookies\b.{0,240}$",
              # ("This website uses cookies to ensure you get the best experience. Continue"): the cookies
              # alone, or their purpose, then the banner's own sentences; never a finding about them
              # ("This site uses cookies from forty trackers, the audit found.")
              r"^" + _NOT_REPORTED + r"(?!.*\b(found|finds|showed|shows|revealed|reveals|reported)\b)"
              r"(this|our) (web)?site uses cookies( and similar technologies)?(\.|!| to \w| for \w|$)"
              r".{0,240}$"),
    *_compile(rf"^search( for| by)? {_SEARCH_ITEM}(, {_SEARCH_ITEM}){{2,5}}$",
              rf"^search( for| by)? {_SEARCH_ITEM}(, {_SEARCH_ITEM}){{1,5}},? (etc\.?|and more|& more)$"),
)


# FURNITURE_PATTERNS as two unions, so a line costs two regex calls, not one per rule: those anchored
# at the line's start (tried there only, and only those that can start with the line's first
# character: a new "^…" pattern in the table is sorted by its first characters when the module
# loads), and the rest (searched).
_FURNITURE_AT_START = FirstCharUnion(p for p in FURNITURE_PATTERNS if p.pattern.startswith("^"))
_FURNITURE_ANYWHERE = alternation(p for p in FURNITURE_PATTERNS if not p.pattern.startswith("^"))
# Line predicates (and the other functions of one line below, such as an author line's name) are
# pure functions of one line, and pages repeat lines (commenters' names, stamps, footers): each
# keeps its answers for recent short lines (at most _LINE_CACHE lines of at most _SHORT_LINE
# characters, about 15 MB in all when full; a long line is checked afresh and never kept). A page
# of 16,000 comments has over 30,000 distinct short lines, and each pass over them would evict
# the answers the next pass needs if the caches were smaller (at 8,192 lines such a page took
# twice the CPU per comment of a page of 8,000).
_LINE_CACHE = 1 << 15
_CACHE_CLEARS: list[Callable[[], None]] = []
_Answer = TypeVar("_Answer")


def _line_cached(predicate: Callable[[str], _Answer], longest: int = _SHORT_LINE) -> Callable[[str], _Answer]:
    """The predicate, remembering its answers for lines of at most `longest` characters (a
    predicate that answers longer lines at once gives its own bound: they are not worth keeping)."""
    cached = lru_cache(maxsize=_LINE_CACHE)(predicate)
    _CACHE_CLEARS.append(cached.cache_clear)
    longest = min(longest, _SHORT_LINE)

    @wraps(predicate)
    def check(line: str) -> _Answer:
        return cached(line) if len(line) <= longest else predicate(line)
    return check


def _lines_up_to(longest: int) -> Callable[[Callable[[str], bool]], Callable[[str], bool]]:
    """_line_cached for a predicate that answers any line longer than `longest` at once."""
    return lambda predicate: _line_cached(predicate, longest)


# A stamp after a post author's name or place ("Harlow · 3 hr ago", "14h ·"): furniture in the article,
# but the head of a comment in a comment section (so not among FURNITURE_PATTERNS).
_POST_STAMP = re.compile(r"(^|\s[·•∙]\s*)\d+\s*(s|m|h|d|w|mo|y|min|mins|hr|hrs|hours?|days?|weeks?)\.?"
                         r"( ago)?\s*[·•∙]?$", re.I)
# Words of a page's interface: a short line made only of them is navigation or a widget
# ("Sign in", "Open in app", "Skip navigation", "Gift Article", "Discussion about this post").
_UI_WORDS = frozenset({
    "sign", "in", "up", "out", "log", "login", "logout", "register", "subscribe", "subscribed", "menu",
    "search", "home", "homepage", "skip", "navigation", "to", "content", "main", "open", "app", "write",
    "follow", "following", "share", "save", "saved", "gift", "article", "chapters", "chapter", "transcript",
    "show", "less", "more", "key", "events", "see", "previous", "next", "comments", "comment", "replies",
    "reactions", "all", "edited", "print", "copy", "link", "listen", "watch", "play", "sections", "account",
    "my", "profile", "notifications", "settings", "help", "newsletter", "newsletters", "podcasts", "close",
    "back", "top", "read", "later", "bookmark", "download", "get", "about", "contact", "us", "privacy",
    "terms", "cookies", "policy", "accessibility", "advertise", "careers", "sitemap", "feedback",
    "discussion",
    "post", "this", "site", "the", "a", "of", "and", "for", "on", "&", "upgrade", "paid", "free", "trial",
    "full", "screen", "mute", "unmute", "like", "dislike", "restack", "embed", "report", "translate",
    "view", "collection", "notice", "manage", "preferences", "page", "story", "stories", "posts", "x",
    "thread", "threads", "watching", "active", "chat",
    "published", "updated", "posted", "edit", "history", "talk", "permalink",
    # a consent banner's buttons ("Accept all   Reject non-essential", "Accept   Decline   Manage settings")
    "accept", "reject", "decline", "non", "essential", "necessary", "cookie",
    # a comment form's prompt ("Add a comment (login required)", "Leave a comment")
    "add", "leave", "required"})


_BUTTON_COUNT = re.compile(r"\s+\(\d[\d,]*\)$")


def _is_ui_line(line: str) -> bool:
    """A short line of interface words only: navigation, a widget, a footer row of them
    ("Privacy · Terms · Collection notice")."""
    parts = re.split(r"\s+[·•∙]\s+", line)
    if len(parts) > 2:
        return all(_is_ui_line(part) for part in parts)
    words = re.findall(r"[\w&']+", _BUTTON_COUNT.sub("", line).lower())  # "Talk (3)": a button and its count
    return (0 < len(words) <= 5 and line.rstrip()[-1:] not in ".!?\"”" and all(w in _UI_WORDS for w in words)
            and not all(w in ("the", "a", "of", "and", "for", "on", "to", "in", "this") for w in words))

def clear_line_caches() -> None:
    """Forget every line predicate's remembered answers (to time parsing from cold)."""
    for clear in _CACHE_CLEARS:
        clear()


# Headings that open a link list: the bullets (or headline paragraphs) under them are other
# stories, never comments. Seen on celebrity blogs ("X Links Around The Web"), broadcasters
# ("Related Coverage", "Paid Content"), magazines ("More from X"), Disqus ("Also on X").
LINK_HEADINGS: tuple[re.Pattern[str], ...] = _compile(
    r"^(\S+ ){0,3}links( around the web)?$", r"^around the web$",
    r"^(more|also) (posts |stories |articles |news |videos? )?(from|on|in) \S",
    r"^(trending|popular|most (popular|read|watched|shared|viewed|commented)|related|recommended|top"
    r"|latest|sponsored|paid|promoted|editor'?s picks|you (may|might) (also )?like|read (more|next)"
    r"|what to read next|don'?t miss|more (stories|news|coverage)|further reading)\b",
    # blog sidebars, forums' similar threads, portals' rankings, broadcasters' "on the topic" lists
    r"^(recent|similar) (posts|threads|topics|stories|articles)$",
    # a store's, a launch site's, an event site's or a creator platform's list of others like it
    r"^similar (products|apps|games|events|creators|groups|pages|places|podcasts|channels)( nearby| near you"
    r"| for you)?$",
    r"^(about me|about the author|blog archive)$",
    # "Also read" and "Most read" in Italian, Spanish, French, Portuguese, German and Dutch, over headlines
    r"^(leggi anche|lee también|lire aussi|leia também|lesen sie auch)$", r"^(also read|read also|also see)$",
    r"^(i più letti|lo más leído|les plus lus|(as )?mais lidas|meistgelesen|meest gelezen)$",
    # a related-stories box inside the article ("More information" over its headlines), as papers'
    # English and Spanish editions print it
    r"^(more information|más información)$",
    r"^(\S+ ){0,3}(access |news )?rankings?$", r"^(\S+ ){0,4}on (the|this) topic$", r"^(\S+ )?top deals$",
    r"^decision ?makers$",
    # a platform's list of others for the reader, named for what it lists: "Projects you might like",
    # "Stories you'll also like", "You'll also like"
    r"^([a-z]+ )?(you|you['’]ll|you will)( may| might)?( also)? (like|love|enjoy)$",
)
_HEADING_WORDS = 6
# Headings that open a comment section (Disqus, WordPress, newspaper and tabloid widgets).
COMMENT_HEADINGS: tuple[re.Pattern[str], ...] = _compile(
    r"^(\d[\d,]*\s+)?(reader )?(comments?|responses?|replies|discussion|conversation)(\s*\(?\d[\d,]*\)?)?:?$",
    # a section named for its commenters, with its count: "Listener Comments (7)", "Member comments (12)"
    r"^[a-z]+ comments\s*\(\d[\d,]*\)$",
    # the same heading in German, Spanish, Portuguese, French, Italian, Dutch, Scandinavian, Polish
    r"^(\d[\d.,]*\s+)?(leser)?(kommentare?|comentarios?|comentários?|commentaires?|commenti|reacties"
    r"|kommentarer|komentarze)(\s*\(?\d[\d.,]*\)?)?:?$",
    r"^(\d[\d.,]*\s+na\s+)?(mga\s+)?komento(\s*\(?\d[\d.,]*\)?)?:?$",  # Filipino: "12 na komento"
    r"^(have your say|join the (conversation|discussion))\W*$", r"^\d[\d,]* (thoughts|responses) on\b",
    # a radio or TV programme's page over its audience's messages: "Your messages", "Listeners' texts"
    # ("Your texts & WhatsApps", "Listeners' texts, emails and calls")
    r"^(your|listeners['’]?|viewers['’]?) (messages|texts|emails|views|calls|whatsapps|voice notes)"
    r"((,|,? &|,? and) (messages|texts|emails|views|calls|whatsapps|voice notes))*\W*$",
    r"^what you(['’]ve| have)? (said|been saying|told us)\W*$",
    # a petition platform's signers' comments
    r"^(reasons for signing|why (people|supporters|others) (are )?signing)$",
    # old Reddit: "all 212 comments"
    r"^all \d[\d,]* comments$",
    # a platform's post: "Comments on LinkedIn"; its counts row, "47 Reactions · 23 Comments · 4 Shares"
    r"^comments (on|from) (linkedin|facebook|instagram|x|twitter|tiktok|youtube|reddit|threads|bluesky"
    r"|mastodon|nextdoor|our readers|readers)$",
    r"^(\d[\d,.]*[km]? (reactions?|likes?|views?)\s*[·•|,]\s*)+\d[\d,.]*[km]? comments?"
    r"(\s*[·•|,]\s*\d[\d,.]*[km]? (shares?|reposts?|restacks?))*$",
    # a photo platform's link above its comments: "View all 1,862 comments"
    r"^view all (\d[\d,.]*[km]? )?comments$",
    # a comment widget's counter of comments and replies, its credit after it (giscus, utterances):
    # "5 comments · 3 replies – powered by giscus", "4 comments · 1 reply · powered by utterances"
    r"^\d[\d,]* comments?\s*[·•|,]\s*\d[\d,]* repl(y|ies)(\s*[–—·•|-]\s*powered by [\w .-]{1,30})?$",
    # a forum topic's post count, alone or in its toolbar: "43 posts", "Post Reply • 43 posts",
    # "[ 56 posts ]", "43 posts • Page 1 of 3 • 1, 2, 3"
    r"^((post (a )?reply|reply to topic|post new topic|new topic)\s*[•·|]?\s*)?[\[(]?\s*\d[\d,]*\s+posts?"
    r"\s*[\])]?"
    r"(\s*[•·|]\s*page \d+ of \d+(\s*[•·|]\s*[\d, ]+)?)?$",
)
# Photo agencies and platforms a credit line ends with ("Kevin Marsh/Getty Images").
PHOTO_AGENCIES = ("getty images", "getty", "shutterstock", "ap photo", "associated press", "reuters", "afp",
                  "alamy", "wireimage", "filmmagic", "invision", "rex features", "splash news", "backgrid",
                  "mega agency", "instagram", "epa", "pa images", "pa wire")
_CREDIT_START = re.compile(r"^(photo(graph)?|image|picture|credit|courtesy)s?( credit| by)?\s*[:|]", re.I)
_CREDIT_SLASH = re.compile(r"^[A-Z][\w.'’ -]{1,40}/(?:[A-Z][\w.'’ -]{1,40}|@[\w.]{1,30})$")  # "Instagram/@x"
# A studio's or label's credit under a still ("Halvard Studios", "Northlight Pictures"): a name alone.
_STUDIO_CREDIT = re.compile(r"^(?:[A-Z][\w&.'’-]*\s){1,3}(?:Studios|Pictures|Films|Entertainment|Productions"
                            r"|Television|Records)$")
# An agency's composite or illustration ("Getty Composite", "Getty Images/Illustration").
_CREDIT_COMPOSITE = re.compile(r"^(?:getty(?: images)?|shutterstock|ap|reuters|afp|alamy|backgrid|splash)"
                               r"\s*[/;,]?\s*(?:composite|illustration|montage|collage)$", re.I)
_CREDIT_PAREN = re.compile(r"\([A-Z][^()/]{1,60}/[^()]{1,60}\)$|\(\w[^()/]{1,40}/[^()/]{1,40}/[^()]{1,40}\)$"
                           r"|\((?i:provided by|courtesy of|photo by|photograph by) [^()]{1,60}\)$"
                           r"|\((?i:image|photo|picture|pic|credit)s?:\s*[^()]{1,60}\)$")
# A reference number in a parenthesis, never a credit: "(PA-2024/118)", "(DA 12/2024)".
_REFERENCE_PAREN = re.compile(r"\([^()a-z]*\d[^()a-z]*\)$")
# Captions: "(pictured in 2018)", a Getty-style "… Red Carpet Image", a label before a colon
# ("Hitting back: …", tabloids), and a caption with the studio credit run on (trade papers).
_CAPTION_END = re.compile(r"\((pictured|above|below|left|right|centre|center|inset|file)\b[^()]{0,60}\)$",
                          re.I)
_CAPTION_IMAGE = re.compile(r"^[A-Z][^.!?]{0,100} (Image|Photo|Photograph)$")
_CAPTION_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: (?![“\"'‘])\S.*[^.!?\"”’'\s]$")
_LABEL_PREFIX = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: ")
_CAPTION_STUDIO = re.compile(r"^[A-Z][^.!?]{0,80} in [‘'“\"][^‘'“\"’”]{1,40}[’'”\"] "
                             r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}$")
# Breadcrumbs and navigation rows: "Culture › Film", "Order Reprints | Today's Paper | Subscribe".
_CRUMB_SPLIT = re.compile(r"\s*[›»>]\s*|\s+[|/∙]\s+")
_BYLINE = re.compile(r"^by:?\s+(?P<names>\S.*)$", re.I)
# A labelled byline ("Opinion by Name", "Analysis by Name") and one with an apposition ("By Name,
# a senior reporter covering …").
_BYLINE_LABEL = re.compile(r"^(?:opinion|analysis|commentary|review|column|essay|story|words|text|interview"
                           r"|perspective|reporting|photos?|video)\s+by:?\s+(?P<names>[A-Z].{1,60})$", re.I)
_BYLINE_APPOSITION = re.compile(
    r"^[Bb]y:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|critic|producer|analyst)s?\b")
_BYLINE_SMALL_WORDS = frozenset({"for", "and", "of", "the", "in", "at", "de", "van", "von", "la", "le", "&",
                                 "writer", "writers", "reporter", "reporters", "correspondent", "contributor",
                                 "staff"})
# Lines under a comment: action rows ("Like · Reply · 1d", "Recommend 45  Reply", "Click to rate
# 212 14", "4 • Reply • Share ›"), counters ("12 comments • 2 days ago") and stamps.
# Comment actions in other languages ("Antworten Melden", "Responder · Denunciar", "Répondre Signaler").
_FOREIGN_ACTION_CORE = frozenset({
    "antworten", "melden", "responder", "denunciar", "répondre", "signaler", "rispondi", "segnala",
    "reageren", "beantwoorden", "curtir", "gefällt", "teilen", "compartir", "partager", "condividi",
    "compartilhar", "delen",
    # the Facebook plugin in Filipino: "Gusto · Tumugon · 48 · 2 araw · Na-edit"
    "gusto", "tumugon"})
FOREIGN_ACTION_WORDS = _FOREIGN_ACTION_CORE | frozenset({
    "araw", "oras", "minuto", "linggo", "buwan", "taon", "na",
    "gusta", "j'aime", "j", "aime", "piace", "antwort", "respuestas",
    "respuesta", "réponses", "réponse", "risposte", "risposta", "reacties", "reactie", "respostas",
    "resposta", "zitieren", "citar", "citer", "cita"})
# Actions of two words whose pronoun is no action alone ("Like me" is a body line): the phrase is
# checked whole and stands for its verb.
# A story site's reply link names its object ("Reply to This   Parent"): checked whole as well.
_ACTION_PHRASES = re.compile(r"\b(?:me (?P<es>gusta)|mi (?P<it>piace)|(?P<de>gefällt) mir"
                             r"|(?P<en>reply) to this)\b", re.I)


# A debate page's buttons: "Recommend?   Alert a moderator" (the question mark is the button's own); a
# review site's "Report response as inappropriate" under an owner's answer.
_MODERATOR_ACTION = re.compile(r"\b(?:alert|report to|notify) (?:a |the )?moderators?\b"
                               r"|\breport (?:this )?(?:(?:review|response|comment|post|answer|reply) )?"
                               r"as inappropriate\b"
                               r"|(?<=\brecommend)\?", re.I)


_CHECKIN_LINK = re.compile(r"\bview (?:the )?(?:detailed )?check-?in\b", re.I)


def collapse_action_phrases(text: str) -> str:
    """The text with "me gusta", "mi piace", "gefällt mir" and "reply to this" as their verb alone
    (and "Alert a moderator" as "report", "Recommend?" as "Recommend")."""
    text = _ACTION_PHRASES.sub(lambda m: next(g for g in m.groups() if g), text)
    if "heck" in text:  # a drinks app's link to a check-in's own page ("View Detailed Check-in")
        text = _CHECKIN_LINK.sub("permalink", text)
    if "moderator" in text or "?" in text or "inappropriate" in text:
        text = _MODERATOR_ACTION.sub(lambda m: "" if m.group() == "?" else "report", text)
    return text


ACTION_WORDS = frozenset({
    "like", "likes", "reply", "replies", "share", "report", "recommend", "flag", "save", "hide", "upvote",
    "downvote", "vote", "votes", "points", "point", "comments", "comment", "permalink", "edit", "delete",
    "embed", "click", "to", "rate", "ago", "min", "mins", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "minute", "minutes", "award", "helpful", "useful",
    # forums: "Quote Report", "Like Quote Reply", "Reply With Quote", "Multi-Quote", "Quote · Top",
    # "Add message | Report | Message poster"
    "quote", "multi", "multiquote", "with", "top", "up", "down", "add", "message", "poster",
    # old Reddit: "permalink embed save parent report reply", "give award", "context", "full comments"
    "parent", "give", "context", "full", "source", "repost", "reposts",
    # the reply button in other words: "▲ 34 | Respond | 2d", "👍 12 · Answer"; "Copy link"
    "respond", "answer", "copy", "link",
    # LiveJournal's and Dreamwidth's rows: "(Reply) (Thread) (Parent) (Link)", "Reply | Thread | Expand"
    "thread", "expand", "collapse",
    # a social post's row: "Like   Comment   Send   Share"
    "send",
    # a kudos button in other words: a comment widget's "Reply   Share   Respect 41   Report", a wiki
    # talk page's "Reply   Thank", a drinks app's "Toast   Comment"
    "respect", "thank", "toast", "toasts",
    # the same rows on pages in German, Spanish, Portuguese, French, Italian and Dutch
    *FOREIGN_ACTION_WORDS})
_ACTION_CORE = _FOREIGN_ACTION_CORE | frozenset({"like", "reply", "recommend", "share", "report", "flag",
                                                 "rate", "comments", "comment", "quote", "multiquote",
                                                 "upvote", "downvote", "respond", "answer", "copy"})
_ACTION_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d{1,2}:\d{2}(?![\d:])|\d[\d,.]*[kmshdwy]?"
                           r"|[·•|›‹/,\-–—()▲▼△▽↑↓⬆⬇⇧⇩+♥♡❤\ufe0f👍👎]+", re.I)  # (hearts: "♥ 88   Reply")
# Words of a date line ("Published 4:05 PM EDT, Sat March 16, 2019", "08.04.20 12:41pm").
DATE_WORDS = frozenset({
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
    "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a.m", "p.m", "at", "on", "of",
    "published", "posted", "updated", "last", "first", "modified", "ago", "min", "read", "comments",
    "comment", "broadcast", "aired", "uhr",
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct", "mt", "est", "edt",
    "pst", "pdt", "cst", "cdt", "mst", "mdt", "ist", "aest", "aedt", "z",
    "adt", "ast", "ndt", "nst", "nzst", "nzdt", "acst", "acdt", "awst", "sgt", "hkt", "jst", "kst", "wib",
    "msk", "hst", "akst", "akdt", "eet", "eest", "wet", "sast", "pht", "myt", "ict", "pkt", "wat",
    # a machine translation's word for a portal's "distributed" stamp (配信): "2019/3/12 (Tue) 18:04 delivery"
    "delivery", "distribution",
    # and for a Korean portal's "entered" and "revised" stamps (입력, 수정): "Input 2024.05.15. PM 2:31"
    "input"})
_MONTHS = frozenset(w for w in DATE_WORDS if w[:3] in {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
# ("2024.05.15." with its closing dot: "2024.05.15. PM 2:31")
_DATE_TOKEN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?|\d+(?:[./-]\d+){2}\.(?!\d)"
                         r"|\d+(?:[./-]\d+){0,2}(?:st|nd|rd|th|[ap]m)?"
                         r"|[a-z]+(?:\.[a-z]+)?\.?", re.I)
_DIGIT = re.compile(r"\d")
_DATE_GAPS = re.compile(r"[\s,|/·•:;()\-–—]*")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b")
# A month and day with the weekday in brackets, as East Asian portals print them: "3/12 (Tue) 18:26".
_WEEKDAY_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\s*\((?:mon|tue|wed|thu|fri|sat|sun)\)", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b")
# A fact box's date after the article ("Date 16.03.2019"), and the day a petition, campaign or page was
# started ("Petition created on March 17, 2019"): the publication date, the second over a later
# update's date in the head.
# ("Date of experience: …", "Date of visit: …" on a review are the reviewer's, never the page's)
_LABELLED_DATE = re.compile(r"^date\s*:?\s+(?!of\b)(?P<date>\S.{5,40})$", re.I)
# (a debate page's "This debate was opened at 07:30 GMT on Saturday, 21 November 2026": its day)
_CREATED_ON = re.compile(r"^(?:this )?(?:petition|campaign|fundraiser|page|group|event|debate|discussion"
                         r"|consultation|poll) (?:was )?"
                         r"(?:created|started|launched|opened) (?:on |at )?(?P<date>\S.{5,50})$", re.I)
# A page's own act and its day, with no label or subject before them: a diary's "Watched 19 Oct, 2026",
# a question's "asked Oct 16, 2026 at 19:40", a fundraiser's "Created October 11, 2026" (never an
# edit's or an update's day); the publication date when the head prints none.
_ACTED_ON = re.compile(r"^(?:created|started|launched|asked|watched|reviewed|logged|written|filed|submitted"
                       r"|uploaded|recorded)(?: on)?:?\s+(?P<date>\S.{5,40})$", re.I)
# A post's own "Posted on <date>" line under it (a Tumblr post's "Posted on October 20th, 2026 at 11:14 PM").
_POSTED_LABEL = re.compile(r"^(?:posted|published)(?: on)?:?\s+(?P<date>\S.{5,40})$", re.I)
# (a Q&A page's card under the question: "asked Mar 14, 2019"; a photo's or video's details under its
# caption: "Uploaded on November 15, 2026"; a product's launch card under its description: "Launched on
# November 18th, 2026")
_ASKED_WORD = re.compile(r"^(?:asked|uploaded|launched)\b", re.I)
_DATE_PREFIX = re.compile(
    r"^\s*(published|posted|first published|last updated|updated|modified|(first )?broadcast|(first )?aired"
    r"|release date|released|streamed(?: live)?|premiered)"
    r"\s*(on|at)?\s*:?\s*", re.I)
_RELATIVE = re.compile(r"\b\d+ \w+ ago\b|\b\d+ (comments?|min read)\b", re.I)
_DOT_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
_DATE_LINE_HEAD = 12  # a publication date line sits among the first paragraphs
# A post's line naming its poster and its date or time: "Posted by msmash on Tuesday March 12, 2019
# @01:40PM from the lost-in-translation dept.", "Posted by Ruairí Doyle at 9:47 PM", a blog's
# categories after it ("Posted by Ann Lee on July 9, 2024 in News, Festivals").
_POSTED_BY = re.compile(r"^(?:posted|published|submitted)(?:\s*:)? by (?P<name>\S.{0,40}?)"
                        r"(?: on (?P<date>[^@]{6,60}?)(?:\s*@\s*\d{1,2}:\d{2}\s?[ap]m)?)?"
                        r"(?: at (?P<time>\d{1,2}:\d{2}\s?[ap]\.?m\.?))?"
                        r"(?: from the [^.]{1,60} dept\.?)?"
                        r"(?: in (?-i:[A-Z][\w&'’-]*(?:(?:,? | & | and )[A-Z][\w&'’-]*){0,5}))?$", re.I)
# A post's sign line with its comment tally: "posted by ann_lee (12 comments total) 31 users marked …".
_POSTED_TALLY = re.compile(r"^(?:posted|submitted) by \S{1,40}(?: \S{1,40}){0,3} "
                           r"\(\d[\d,]* (?:comments?|repl(?:y|ies))(?: total)?\)(?:\s+\S.{0,80})?$", re.I)
# A blog's post line with the date first: "Posted on 19th March 2026 by kat | 12 Comments" (the verb
# may be "Published", the "on" a colon: "Published: 19th March 2026 by kat").
_POSTED_ON = re.compile(r"^(?:posted|published|dated?)(?: on)?\s*:?\s+(?P<date>[^|·•]{6,60}?)"
                        r" by (?P<name>[^\s|·•](?:[^|·•]{0,40}[^\s|·•])?)"
                        r"(?:\s*[|·•]\s*(?:\d[\d,]*|no) comments?)?$", re.I)

# Outlet (source) signals, in the order they are trusted.
_OUTLET_MARKER = re.compile(r"^(?!(?i:view|follow|like|find|join|share|watch|see)\b)"
                            r"(?P<outlet>[A-Z0-9][\w.&']*(?: (?:[A-Z0-9][\w.&']*|of|the|and|&)){0,5})"
                            r" on (?:Facebook|Twitter|Instagram)$")
# Words newspapers, broadcasters and news sites name themselves with ("The Harlow Courier",
# "Valley News Now"): a short capitalised line in a page's head with one of them is its masthead.
_PAPER_WORDS = frozenset({
    "news", "times", "post", "herald", "tribune", "gazette", "journal", "chronicle", "courier", "telegraph",
    "guardian", "independent", "observer", "express", "mirror", "mail", "record", "standard", "examiner",
    "inquirer", "enquirer", "dispatch", "bulletin", "register", "press", "ledger", "globe", "argus", "echo",
    "advertiser", "sentinel", "star", "daily", "weekly", "magazine", "monitor", "citizen", "mercury",
    "beacon", "banner", "clarion", "wire", "digest", "radio", "tv", "television", "broadcasting", "today",
    # the same in Italian, Spanish, Portuguese, French, German and Dutch mastheads ("La Gazzetta …")
    "gazzetta", "corriere", "giornale", "stampa", "messaggero", "gazzettino", "diario", "periódico", "gaceta",
    "gazeta", "jornal", "quotidien", "zeitung", "tageblatt", "anzeiger", "krant", "dagblad", "courant"})
_MASTHEAD_LINE = re.compile(r"^(?P<outlet>(?:The )?[A-Z0-9][\w.&'’-]*"
                            r"(?: (?:[A-Z0-9][\w.&'’-]*|of|and|&)){0,4})"
                            r"(?:,\s+[A-Z][\w .'-]{1,30})?$")
_STAFF_SUFFIX = re.compile(r"\s+(?:staff(?: writers?| reporters?)?|writers?|reporters?|correspondents?"
                           r"|contributors?|photographers?)$", re.I)
# A channel's or a wiki's size under its name ("12.4K subscribers", "1,204 pages"; the figure and
# its word may stand on two lines).
_SUBSCRIBERS = re.compile(r"^\d[\d.,]*\s*[KkMm]?\s+(?:subscribers|followers|pages)$")
_PUBLISHED_IN = re.compile(r"^published in:?(?:\s+(?P<outlet>\S.{0,60}))?$", re.I)
_TOLD_PAPER = re.compile(r"\btold (?:(?P<cap>The)|the) (?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})")
_NAME = r"(?:[A-Z][\w&.'’-]*|[0-9]+)(?: (?:[A-Z][\w&.'’-]*|[0-9]+|of|the|and|&)){0,4}"
_DATELINE = re.compile(rf"^[A-Z][\w .,'’-]{{1,60}}\((?P<outlet>{_NAME})\)\s*[—–-]")
# A site's credit to the software it runs on, after its copyright line in the footer ("© 2026 Noise
# Floor · Powered by Hugo"): the name before it is the site's; any other words after a separator are
# a picture's credit ("© Ann Lee | Harlow Photo Agency": the photographer, then the agency)
_SITE_CREDIT = r"(?:[Pp]owered by|[Bb]uilt with|[Mm]ade with|[Hh]osted (?:by|on)|[Tt]heme:?)\s"
_MASTHEAD = tuple(re.compile(p) for p in (
    rf"^(?:Also on|ALSO ON) (?P<outlet>{_NAME})$",
    rf"^(?:More from|MORE FROM) (?P<outlet>{_NAME})$",
    rf"^Download the (?P<outlet>{_NAME}) app$",
    # (a feed is no outlet, whatever it carries: "Subscribe to Comments RSS Feed"; nor a forum's topic or
    # thread: "Subscribe to This Topic")
    rf"\b[Ss]ubscribe to (?!(?:[A-Z][\w&.'’-]* )*(?:RSS|Atom|Feeds?)\b)(?!(?:This|These) \w+[.!]?$)"
    rf"(?P<outlet>{_NAME}?)"
    rf"(?: for\b| [Bb]reaking\b| [Nn]ewsletters?\b| [Aa]lerts?\b|[.!]?$)",
    rf"^Sign up for (?P<outlet>{_NAME})['’]s\b",
    # ("© 2026 Lumen from Meta": the product, then its company; "© 2019-2026 Name": the years the site
    # has run)
    rf"^(?:©|Copyright|\(c\))(?:\s*(?:©|\(c\)))?\s*(?:\d{{4}}(?:\s?[-–—]\s?\d{{4}})?\s*)?"
    rf"(?P<outlet>{_NAME}?)(?:\s+\d{{4}})?"
    rf"(?: from [A-Z][\w&.'’-]*(?= *$))?(?:\.|,|\s+All [Rr]ights|$|\s+[·•|]\s+{_SITE_CREDIT})",
    # a site its users run, its right held by the site's community: "Copyright © 2019-2026 Name community"
    r"^(?:©|Copyright)(?:\s*©)?\s*(?:\d{4}(?:\s?[-–—]\s?\d{4})?\s+)?"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) community(?:\.|,|\s+All [Rr]ights|$)",
    # the company's name and legal form before the sign: "Backerly, PBC © 2026"
    rf"^(?P<outlet>{_NAME}?),? (?:Inc|LLC|Ltd|PBC|GmbH|Limited|plc)\.? ?©\s*(?:\d{{4}})?\.?$",
    # the broadcaster's name before the sign, its notice after a gap: "WBN © 2026   The WBN is not …"
    rf"^(?P<outlet>{_NAME}?) ©\s*\d{{4}}(?:\s{{2,}}|\.|$)",
    # a footer's brand line: "Harbour FM 98.1 is a registered trademark of Coastline Media Group."
    r"^(?P<outlet>[A-Z0-9][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3})(?:®|™)? is a (?:registered )?trademark"
    r"(?: of\b|\.?$)",
    # a footer's owner line opening its line: "Scorehive is a Redwood Media company. © 2026 …"
    r"^(?P<outlet>[A-Z0-9][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3}) is an?"
    r" [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} company(?:\.|$)",
))
_MORE_FROM = next(p for p in _MASTHEAD if p.pattern.startswith("^(?:More from"))
_SOURCE_TOLD = re.compile(rf"\b(?:source|insider|friend)s? (?:close to [\w ’'-]{{1,40}} )?(?:told|tells) "
                          rf"(?P<outlet>{_NAME}?)(?: EXCLUSIVELY)?(?=\s+[a-z]|[.,:;]|$)")
_TITLE_SUFFIX = re.compile(
    r"^(?P<title>.{20,}?)\s+[|–—-]\s+(?P<outlet>[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3})$")
_KICKER = re.compile(r"^[A-Z][A-Z &]{1,30}\s*[|:]\s+(?=\S)")


@dataclass(frozen=True)
class Tweet:
    """An embedded tweet with its signature."""

    body: str
    name: str
    handle: str
    date_text: str
    paragraph: int
    platform: str = "Twitter"  # or "Bluesky" (a domain handle), "Instagram" ("A post shared by …")


@dataclass(frozen=True)
class RawComment:
    """A comment as found: 1-based position, author line and body (paragraphs kept); `depth` is
    the nesting level (0 for a top-level comment), `reply_to` the addressed author when the page
    names one, `is_reply` whether the page marks it as a reply."""

    position: int
    author: str
    body: str
    depth: int = 0
    reply_to: str = ""
    is_reply: bool = False


@dataclass(frozen=True)
class Layout:
    """The parts of one document. `outlet_marker` is the outlet the page names (by the signal in
    `outlet_reason`); `date_line` a publication date (YYYY-MM-DD) read from a date line near the
    top, used when there is no ` date` header."""

    header_date: str
    title: str
    outlet_marker: str
    paragraphs: tuple[str, ...]
    tweets: tuple[Tweet, ...]
    comments: tuple[RawComment, ...]
    date_line: str = ""
    outlet_reason: str = ""
    lines: frozenset[str] = frozenset()  # the article's short lines (line_key), for corpus-level furniture
    untitled: bool = False  # a post's page: its text opens under the author's name and @handle, no headline


# ---- line signals ----

def _words(line: str) -> list[str]:
    return line.split()


# A newsletter's issue number before its date ("Issue #214 · Tuesday, March 19, 2019", "Vol. 3, No. 12 |").
_ISSUE_PREFIX = re.compile(r"^\s*(?:(?:vol\.?|volume)\s*\d+\s*[,·•|-]?\s*)?(?:issue|no\.)\s*#?\s*\d+"
                           r"\s*[,·•|:-]\s*", re.I)


# A dateline's place before its date: "Palma de Mallorca - 18 Mar 2019 - 11:05 CET", "Lisboa - MAR 18,
# 2019" (a month in capitals).
_PLACE_PREFIX = re.compile(r"^[A-Z][\w'’.]*(?:\s(?:de|del|la|el|le|di|da|am|upon|on|[A-Z][\w'’.]*)){0,4}"
                           # (a round mark between, "Leeds ● Mon, March 3, 2026", and the weekday; a
                           # middle dot or bullet after a name is a comment's stamp: "Ann Lee · Mar 3, 2026")
                           r"\s[-–—●]\s(?=(?:[A-Z][a-z]{2,8}\.?,?\s)?"
                           r"(?:\d{1,2}\s[A-Za-z]{3,9}\.?\s\d{4}|[A-Z][A-Za-z]{2,8}\.?\s\d{1,2},?\s\d{4}))")


# Where a post was made, after its day and a middle dot: "5:31 AM on Thursday, November 19, 2026 ·
# Hà Giang, Vietnam" (a town and its country or region, a comma between: "· Sports" is a section).
_PLACE_SUFFIX = re.compile(r"\s[·•]\s(?-i:[A-ZÀ-Þ])[^\W\d_]*(?:\s(?-i:[A-ZÀ-Þ])[^\W\d_]*){0,3}"
                           r",\s(?-i:[A-ZÀ-Þ])[^\W\d_]*(?:\s(?-i:[A-ZÀ-Þ])[^\W\d_]*){0,2}$")


# A time after a day ("…, 20:21", " at 7:54 p.m.", " 10.41 GMT").
_CLOCK_AFTER = r"(?:,?\s+(?:at\s+|[-–·]\s+)?\d{1,2}[:.]\d{2}(?:\s?[apAP]\.?[mM]\.?)?(?:\s[A-Z]{2,5})?)?"


# A section's name before the day it covers: "General News of Saturday, 18 April 2026", "Business
# Report for Monday, 3 March 2025" (a weekday and a full date after it, nothing else).
_SECTION_DAY_PREFIX = re.compile(r"^[A-Z][\w'’&]*(?:\s[A-Z][\w'’&]*){0,3}\s(?:of|for)\s"
                                 r"(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+"
                                 r"(?:\d{1,2}\s[A-Za-z]{3,9}\.?,?|[A-Za-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?)"
                                 r"\s\d{4}" + _CLOCK_AFTER + r"$)", re.I)


# "Published" in Italian, Spanish, Portuguese, French, German and Dutch before a day-first date and its
# time ("Pubblicato il 17/03/2024 ore 19:40", "Publicado el 17/03/2024 a las 19:40").
_FOREIGN_PUBLISHED = re.compile(r"^\s*(?:pubblicato(?: il)?|publicado(?: (?:el|em))?|publié(?: le)?"
                                r"|veröffentlicht(?: am)?|gepubliceerd(?: op)?)\s*:?\s+(?=\d)", re.I)
_FOREIGN_TIME = re.compile(r"\s+(?:ore|alle|a las|às|à|um|om)\s+(?=\d{1,2}[:.h]\d{2}\b)", re.I)


# A date line's "Date:" label ("Date: March 4, 2026 at 5:30 a.m. | Updated: …"), a colon after it.
_DATE_LABEL = re.compile(r"^\s*(?:date|dated)\s*:\s*(?=\S)|^\s*page (?=(?:last )?updated\b)"
                         # a work's or a broadcast's own day: "Release Date November 10, 2026",
                         # "Streamed Nov 12, 2026 · 2:14:06", "Premiered on 3 May 2026"
                         r"|^\s*(?:release date|released(?: on)?|streamed(?: live)?(?: on)?"
                         r"|premiered(?: on)?)"
                         r"\s*:?\s+(?=\S)"
                         # a notice's day in the paper that printed it: "Published in The Valley Echo on
                         # March 4, 2026" (a notices platform's form; the paper's name in capitals)
                         r"|^\s*published (?:in|by) "
                         r"(?-i:(?:The )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|&)){0,5})"
                         r" on\s+(?=\S)", re.I)


# (an episode page's length in minutes and its season or episode number: "October 14, 2026 · 58 min ·
# Season 6")
_DURATION_END = re.compile(r"(?:\s*[·•|]\s*(?:\d{1,2}\s*hrs?\.?(?:\s*\d{1,2}\s*min\.?)?"
                           r"|\d{1,3}\s*min(?:s|utes)?\.?"
                           r"|(?:season|series|episode|ep\.?)\s*\d{1,4}|s\d{1,2}\s*e\d{1,4}"
                           r"|\d{1,2}:\d{2}:\d{2}|\d[\d,.]*[km]?\s+(?:views|plays|listens)))+$", re.I)
# (and a video's length and its views: "Nov 12, 2026 · 2:14:06 · 48,211 views")


# A date bar in the paper's own language over an English edition: "lunes, 23 de noviembre de 2026",
# "lundi 23 novembre 2026", "Montag, 23. November 2026", "segunda-feira, 23 de novembro de 2026".
_FOREIGN_MONTHS = {name: n for n, names in enumerate((
    "enero janvier gennaio januar janeiro", "febrero février fevrier febbraio februar fevereiro",
    "marzo mars märz marz março marco", "abril avril aprile", "mayo mai maggio maio",
    "junio juin giugno juni junho", "julio juillet luglio juli julho",
    "agosto août aout", "septiembre setiembre septembre settembre setembro",
    "octubre octobre ottobre oktober outubro", "noviembre novembre november novembro",
    "diciembre décembre decembre dicembre dezember dezembro"), start=1) for name in names.split()}
_FOREIGN_LONG_DATE = re.compile(r"^(?:(?P<weekday>[^\W\d_]+(?:-[^\W\d_]+)?),?\s+)?"
                                r"(?P<day>\d{1,2})\.?\s+(?:de\s+)?"
                                r"(?P<month>[^\W\d_]{3,10})\.?\s+(?:de\s+)?(?P<year>(?:19|20)\d{2})$")


# The weekdays a foreign date bar may open with (the languages of _FOREIGN_MONTHS).
_FOREIGN_WEEKDAYS = frozenset({
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì",
    "venerdi", "sabato", "domenica",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira"})


def _foreign_date(line: str) -> str:
    """The day (YYYY-MM-DD) of a date line written in another language with its month's name ('' for
    any other line); only months outside English ("23 November 2026" is read the ordinary way)."""
    found = _FOREIGN_LONG_DATE.match(line.strip()) if len(line) <= 60 else None
    month = _FOREIGN_MONTHS.get(found.group("month").casefold(), 0) if found else 0
    if not found or not month or found.group("month").casefold() in DATE_WORDS:
        return ""
    weekday = found.group("weekday")
    if weekday and weekday.casefold() not in _FOREIGN_WEEKDAYS:
        return ""  # "Mission 2 Mars 2030": only a weekday stands before the day
    iso = f"{found.group('year')}-{month:02d}-{int(found.group('day')):02d}"
    return iso if not value_problem(iso) else ""


def _is_date_line(line: str) -> bool:
    """A line made only of date and time words, numbers and separators, naming a date (after a
    newsletter's issue number, if any). A line without a digit never is (_dated_line only takes
    words away before it asks for one), and most lines asked about (a comment's words) have none:
    they are answered here, without filling _dated_line's cache."""
    return _DIGIT.search(line) is not None and _dated_line(line)


# A Korean site's date, year first, each part closed by a stop and a space ("2026. 11. 22. 03:11").
_SPACED_DOTS = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.(?=\s|$)")


@_line_cached
def _dated_line(line: str) -> bool:
    """_is_date_line of a line."""
    if _foreign_date(line):
        return True
    if _FOREIGN_PUBLISHED.match(line):  # "Pubblicato il 17/03/2024 ore 19:40"
        line = _FOREIGN_TIME.sub(" ", _FOREIGN_PUBLISHED.sub("", line, count=1))
    line = _PLACE_PREFIX.sub("", _ISSUE_PREFIX.sub("", _DATE_LABEL.sub("", line, count=1), count=1), count=1)
    line = _SECTION_DAY_PREFIX.sub("", line, count=1) if len(line) <= 80 else line
    line = _PLACE_SUFFIX.sub("", line, count=1) if len(line) <= 120 else line
    if len(line) > 120 or _DIGIT.search(line) is None:  # \d: every digit a date token can read
        return False
    if ". " in line:  # (a short line only: the pattern is sought at every position)
        line = _SPACED_DOTS.sub(r"\1-\2-\3", line)
    line = _DURATION_END.sub("", line) or line  # "May 17, 2024 · 1 hr 4 min": an episode's length after it
    if _DIGIT.search(line) is None:
        return False
    tokens = _DATE_TOKEN.findall(line)
    if not tokens or len(tokens) > 20 or not _DATE_GAPS.fullmatch(_DATE_TOKEN.sub(" ", line)):
        return False
    words = [t.lower().rstrip(".") for t in tokens if t[:1].isalpha()]
    if any(w not in DATE_WORDS for w in words):
        return False
    return (bool(_NUMERIC_DATE.search(line) or _WEEKDAY_DATE.search(line)) or any(w in _MONTHS for w in words)
            or "ago" in words)


def _date_value(line: str) -> str:
    """The publication date a date line names (YYYY-MM-DD), skipping its "Updated" part (after a
    separator or a run of spaces: "Published : Mar. 16, 2019 - 15:04    Updated : …"), unless the
    line gives the first publication a time only: "Updated April 9, 2024 — 6.41pm, first published at
    5.00am" was first published that same day."""
    if foreign := _foreign_date(line):
        return foreign
    updated = ""
    # (also after a comma or one space after a digit, or glued to the first stamp's year or time:
    # "October 9, 2025 Updated October 10, 2025", "14:05, 12 MAY 2026Updated16:40, …")
    for part in re.split(r"\s+[|/·]\s+|\s*\|\s*"
                         r"|(?:\s{2,}|,\s+|(?<=\d)\s)(?=(?i:(?:last )?(?:updated|modified))\b)"
                         r"|(?<=\d)(?=(?i:(?:last )?(?:updated|modified)))",
                         _PLACE_PREFIX.sub("", _ISSUE_PREFIX.sub("", line, count=1), count=1)):
        if re.match(r"\s*(page )?(last )?(updated|modified)\b", part, re.I):
            if not updated and _SAME_DAY_FIRST.search(part):
                updated = _date_value(_SAME_DAY_FIRST.sub("", _DATE_PREFIX.sub("", part)))
            continue
        part = _RELATIVE.sub(" ", _DATE_PREFIX.sub("", part))
        if not (_YEAR.search(part) or _NUMERIC_DATE.search(part)):
            continue
        try:  # "16.03.2019" and "08.02.2019": a dotted date with a four-digit year puts the day first
            value = date_parser.parse(part, fuzzy=True, ignoretz=True, default=datetime(1900, 1, 1),
                                      dayfirst=bool(_DOTTED_DATE.search(part)
                                                    or _FOREIGN_PUBLISHED.match(part)))
        except (ValueError, OverflowError):
            try:  # a British time with a dot ("Sat 16 Mar 2019 09.30 GMT"), which dateutil refuses
                value = date_parser.parse(_DOT_TIME.sub(r"\1:\2", part), fuzzy=True, ignoretz=True,
                                          default=datetime(1900, 1, 1))
            except (ValueError, OverflowError):
                continue
        iso = value.date().isoformat()
        if not value_problem(iso):
            return iso
    return updated


# A first publication given as a time only after an update's date: "…, first published at 5.00am".
_SAME_DAY_FIRST = re.compile(r"[,;—–-]?\s*(?:first )?published (?:at )?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?"
                             r"\s*$", re.I)
# A thread's or tracker's opening line: "rohan-pt opened this issue Mar 12, 2024 · 214 comments".
_OPENED = re.compile(r"^\S{1,40} (?:opened|started|created|posted) (?:this |the )?(?:issue|pull request"
                     r"|discussion|thread|topic|post|petition|ticket)(?: on)? (?P<date>[^·•|]{6,40}?)"
                     r"(?:\s*[·•|].{0,40})?$", re.I)


# A label over the date a page's subject opened ("Consultation opens", "Submissions opened").
_OPENS_LABEL = re.compile(r"^(?:[A-Z][\w’']*)(?: [\w’']+){0,2} (?:opens|opened|launched|published)$")


# A handle's post line with its date: "rohan-pt commented Mar 12, 2024 •", "kestrel replied on 3 May 2024".
_COMMENTED = re.compile(r"^@?[\w.-]{2,40} (?:commented|replied|answered|responded)(?: on)? "
                        r"(?P<date>[^·•|]{6,40}?)(?:\s*[·•|].{0,40})?$", re.I)


def _posted_by_date(line: str) -> str:
    """The date (YYYY-MM-DD) of a "Posted by name on <date>" line or a thread's "name opened this
    issue <date>" line ('' for another line)."""
    text = line.strip()
    match = ((_POSTED_BY.match(text) or _POSTED_ON.match(text) or _OPENED.match(text))
             if len(line) <= 160 else None)
    if match is None or not match.group("date") or not _is_date_line(match.group("date")):
        return ""
    return _date_value(match.group("date"))


def _is_posted_by(line: str) -> bool:
    """A "Posted by name on <date>" or "Posted by name at 9:47 PM" line, or a post's sign with its
    comment tally ("posted by ann_lee (12 comments total) 31 users marked this as a favorite")."""
    if len(line) <= 160 and _POSTED_TALLY.match(line.strip()):
        return True
    match = _POSTED_BY.match(line.strip()) if len(line) <= 160 else None
    opened = len(line) <= 160 and (_OPENED.match(line.strip()) or _POSTED_ON.match(line.strip())) is not None
    opened = opened and bool(_posted_by_date(line))
    if len(line) <= 160 and (said := _COMMENTED.match(line.strip())) and _is_date_line(said.group("date")):
        return True  # "rohan-pt commented Mar 12, 2024 •": a post's author line, never article text
    return opened or (match is not None and (bool(match.group("time")) or bool(_posted_by_date(line))))


# A byline that carries the article's stamp: the writer's name (or "By name"), perhaps the outlet, then
# the date, the parts a middle dot, a bar, a dash or a run of spaces apart: "Ann Lee · Harbour News ·
# Posted: Apr 16, 2025 5:00 AM ADT | Last Updated: April 16", "By runner_jo  Mar 11, 2025, 8:05am".
_STAMP_PARTS = re.compile(r"\s+[·•|–—]\s+|\s*\|\s*|\s{2,}")
_STAMP_PARTS_MAX = 5
_DATE_FIRST_SPLIT = re.compile(r"\s+~\s+")


def _byline_stamp(line: str) -> str:
    """The date (YYYY-MM-DD) of a byline line that carries the article's stamp ('' for another line)."""
    text = line.strip()
    if len(text) > 160 or _DIGIT.search(text) is None:
        return ""
    parts = [p for p in _STAMP_PARTS.split(text) if p]
    if len(parts) == 1 and len(pair := _DATE_FIRST_SPLIT.split(text)) == 2:
        parts = pair  # "November 18, 2026 ~ Ann Lee": a blog theme's day, then its writer
    elif len(parts) == 1 and _BYLINE_BY.match(text) and (names := _without_closing_date(text)) != text:
        parts = [names, text[len(names):].lstrip(" ,")]  # "By Ann Lee, 23 November 2026": a comma, the day
    if not 2 <= len(parts) <= _STAMP_PARTS_MAX:
        return ""
    if len(parts) == 2 and _is_date_line(parts[0]) and not _is_date_line(parts[1]):
        name = _BYLINE_BY.sub("", parts[1])  # the day first, the writer after it ("May 3, 2024 · By Ann Lee")
        return _date_value(parts[0]) if _is_byline(parts[1]) or _name_like(name, _NAME_WORDS) else ""
    items = parts[1:-1]
    if len(parts) > 2 and _is_date_line(parts[0]) and all(_POST_META_ITEM.match(p) for p in items) and any(
            not _BARE_MINUTES.match(p) for p in items):
        # a blog theme's meta row: the day, its reading time and length, the writer ("November 18, 2026
        # · 9 min · 1,812 words · Ann Lee"); a bare "150 min" alone is as much a show's running time
        # ("Sat 21 March 2026 · 150 min · Fenby Players": a review's performance, not the page's day)
        name = _BYLINE_BY.sub("", parts[-1])
        last = _POST_META_ITEM.match(parts[-1]) or _is_byline(parts[-1]) or _name_like(name, _NAME_WORDS)
        return _date_value(parts[0]) if last and not _is_date_line(parts[-1]) else ""
    name = _BYLINE_BY.sub("", parts[0])
    if not (_is_byline(parts[0]) or _name_like(name, _NAME_WORDS)) or _is_date_line(parts[0]):
        return ""
    for part in parts[1:]:
        if _UPDATED_LABEL.match(part):
            continue
        if _is_date_line(part):
            return _date_value(part)
        if not _name_like(part, _NAME_WORDS):
            return ""  # a sentence, not the outlet's name between the writer and the stamp
    return ""


_BYLINE_BY = re.compile(r"^by:?\s+", re.I)
# An item of a post's meta row after its day: reading time, length in words, counts ("9 min", "1,812 words")
_BARE_MINUTES = re.compile(r"^\d{1,3}\s?min(?:s|utes)?\.?$", re.I)
_POST_META_ITEM = re.compile(rf"^(?:{_READ_TIME}|{_HEAD_COUNT}|\d{{1,3}}\s?min(?:s|utes)?\.?"
                             r"|\d[\d,.]*\s+words)$", re.I)


def _stamp_is_byline(line: str, above: str, title: str, nearby: Sequence[str] = ()) -> bool:
    """A name-and-date line dates the page as a real byline ("By Ann Lee | 3 May 2024"), right under
    the headline, or whenever no other name-and-date line stands near it (`nearby`: a few lines before
    it, then a few after): a listing's lines ("Spring Fair  12 March 2026" / "Farmers Market  19 March
    2026") do not. The title is not known yet while the head is read, so `nearby` decides there."""
    if _BYLINE_BY.match(line.strip()) or _STAMP_LABEL.search(line):
        return True
    if title and above.strip() == title.strip():
        return True
    return not any(_byline_stamp(other) for other in nearby)


_LISTING_NEAR = 3  # how many lines away a listing's next (or last) name-and-date line may stand


def _near_lines(paragraphs: list[str], n: int, lines: list[str], k: int) -> list[str]:
    """The few non-blank lines before and after line `k` of block `n` (whose lines are `lines`),
    across the blocks around it."""
    above = "\n".join(paragraphs[max(0, n - 2):n]).split("\n") + lines[max(0, k - _LISTING_NEAR):k]
    below = lines[k + 1:k + 1 + _LISTING_NEAR] + "\n".join(paragraphs[n + 1:n + 3]).split("\n")
    before = [t for t in above if t.strip()]
    after = [t for t in below if t.strip()]
    return before[-_LISTING_NEAR:] + after[:_LISTING_NEAR]


_STAMP_LABEL = re.compile(r"\b(?:posted|published|updated)\b", re.I)  # "Ann Lee · Posted: Apr 16, 2025"


# The app or device a post was sent from, after its stamp: "Nov 23 08:31 · from Android", "3h · via
# iPhone", "from Web" (a microblog's comment list prints it between the stamp and the actions).
_CLIENT_SUFFIX = re.compile(r"\s*[·•|]\s*(?:from|via)\s+(?!\d)[\w.+-]+(?: (?!reply\b)[\w.+-]+){0,3}?"
                            r"(?=\s{2,}|\s*[·•|]|$)", re.I)


def without_client(line: str) -> str:
    """A stamp line without the app it was sent from ("Nov 23 08:31 · from Android" -> "Nov 23 08:31");
    any other line as it is."""
    return _CLIENT_SUFFIX.sub("", line, count=1) if " from " in line or " via " in line else line


@_lines_up_to(80)
def _is_action_line(line: str) -> bool:
    """A row of comment actions, counters and stamps, with no words of its own."""
    if len(line) > 80:
        return False
    line = without_client(line)
    if _COUNTS_ROW.match(line) or _VOTE_TALLY.match(line):
        return True  # a post's reply, repost and like counts alone ("12  4  31", "💬 3  🔁 1  ❤️ 12")
    line = _COUNT_LABEL.sub(r"\1 ", collapse_action_phrases(line))
    tokens = _ACTION_TOKEN.findall(line)
    if not tokens or _ACTION_TOKEN.sub("", line).strip():
        return False
    words = [t.lower() for t in tokens if t[:1].isalpha()]
    # a comment's day may open or close the row ("Mar 12 · Like · Reply"): a month with a number
    dated = any(t[:1].isdigit() for t in tokens)
    menu = _overflow_menu(words)
    return bool(words) and all(w in ACTION_WORDS or (dated and (w in _MONTHS or w in _ROW_TIME_WORDS))
                               or (menu and w == "more") for w in words) and bool(set(words) & _ACTION_CORE)


_MENU_BESIDE = 2  # the buttons a row needs before its overflow menu's "More" is one of them


def _overflow_menu(words: list[str]) -> bool:
    """Whether a row ends in its overflow menu's "More" after two buttons at least ("Reply   Like
    More", a mailing list archive's message row); "More comments" or "Like more" are no such row."""
    return words[-1:] == ["more"] and sum(w in _ACTION_CORE for w in words[:-1]) >= _MENU_BESIDE


# A comment's time beside its day in an action row: "13 March 2024 at 19:02 · Reply · Report".
_ROW_TIME_WORDS = frozenset({"at", "am", "pm"})



# A counter written as a label and its number: "Likes: 12", "Votes: 3" (read as "Likes 12").
_COUNT_LABEL = re.compile(r"\b(likes?|votes?|points?|repl(?:y|ies)|comments?|recommends?)\s*:\s*(?=\d)", re.I)


# Two to four counters and nothing else but the platform's icons, at least two spaces apart.
_COUNT = r"(?:[💬🔁♻❤♥👍🗨️\ufe0f]\s?)?\d[\d,.]*[km]?"
_COUNTS_ROW = re.compile(rf"^\s*{_COUNT}(?:\s{{2,}}{_COUNT}){{1,3}}\s*$", re.I)
# A comment's likes alone under it, a heart before the count ("♡ 214", "❤️ 1.2k"); read as a reaction
# counter where the page repeats it (a chat's messages carry reactions of many kinds, on some only).
_LIKES_ALONE = re.compile(r"^\s*[♡♥❤]\ufe0f?\s?\d[\d,.]*[km]?\s*$", re.I)
# A post's score with its votes up and down: "+71 (72 / -1)", "-3 (4 / -7)".
_VOTE_TALLY = re.compile(r"^\s*[+−-]?\d[\d,]*\s*\(\s*\+?\d[\d,]*\s*/\s*[−-]?\d[\d,]*\s*\)\s*$")


_BYLINE_BAR = re.compile(r"\s+[|·•]\s+")


# A writer's name with the paper or agency in brackets after it, as Asian dailies and wires print the
# byline: "Ana Lind (The Harlow Courier)", "Ana Lind (AFP)", "Ana Lind and Bo Hart (Harlow Courier)"; the
# brackets hold an outlet's name of two words or more, one opening with "The", or an acronym ("Ana Lind
# (Verified)" is a commenter's badge, not a byline).
_PAREN_BYLINE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:(?:,| and| &) [A-Z][\w'’.-]+"
                           r"(?: [A-Z][\w'’.-]+){1,3}){0,2}"
                           r" \((?P<outlet>[A-Z][\w&'’.-]*(?: (?:of |the |and |& )?[A-Z][\w&'’.-]*){1,4}"
                           r"|[A-Z]{2,8})\)$")
# What the brackets of a "Name (Outlet)" byline hold: a title opening with "The", one ending in a
# masthead's word or a writer's role, or a wire agency; a party, a club or a country in brackets
# ("Tom Reed (SNP)", "Ana Lind (Green Party)") is a list of people in the article.
_MASTHEAD_ENDINGS = frozenset({
    "times", "post", "news", "herald", "courier", "gazette", "chronicle", "journal", "telegraph",
    "tribune", "observer", "mail", "express", "echo", "mirror", "standard", "star", "sun", "globe",
    "independent", "guardian", "examiner", "advertiser", "argus", "sentinel", "mercury", "bulletin",
    "press", "daily", "weekly", "review", "record", "reporter", "monitor", "radio", "tv", "fm",
    "magazine", "online", "today", "wire", "agency", "network", "digital",
    # or the writer's role there: "Jane Roe (Staff Writer)", "Oriel Vance (Goodreads Author)"
    "writer", "author", "columnist", "correspondent", "editor", "contributor"})
_WIRE_AGENCIES = frozenset({"AP", "AFP", "PA", "PTI", "ANI", "IANS", "UPI", "DPA", "AAP", "CP", "NTB", "TT",
                            "EFE", "ANSA", "APA", "BNA", "KNA", "NNA", "SPA", "TASS", "BBC", "CNN", "NPR"})


def _paren_byline(line: str) -> bool:
    """`Name (The Outlet)`, `Name (Outlet News)`, `Name (AFP)`: a byline with its outlet in brackets."""
    match = _PAREN_BYLINE.match(line)
    if match is None:
        return False
    outlet = match.group("outlet")
    words = outlet.split()
    return (outlet in _WIRE_AGENCIES or (len(words) > 1 and words[0] == "The")
            or words[-1].lower().rstrip(".") in _MASTHEAD_ENDINGS)


def _is_byline(line: str) -> bool:
    """`By Name`, `By Name, Outlet`, `by Name`, `By NAME For Outlet`, `By: Station Staff`,
    `Name (Outlet)`, `Name, Role Reporter`."""
    if len(line) <= 240 and (_BYLINE_APPOSITION.match(line) or _paren_byline(line.strip())
                             or _role_byline(line) or _BY_LOWER_ROLE.match(line.strip())):
        return True
    match = _BYLINE.match(line) or _BYLINE_LABEL.match(line)
    if match is None or line.rstrip()[-1:] in "!?":
        return False
    words = _BYLINE_BAR.sub(" ", match.group("names")).replace(",", " ").split()  # "By Ann Lee | Outlet"
    if not 1 <= len(words) <= 10 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _BYLINE_SMALL_WORDS for w in words)


# A byline with no "By": the writer's name, a comma and the role in capitals ("Ann Lee, Showbiz
# Reporter", "Tom Reed, Political Editor"); a role in lower case is a sentence's apposition.
_ROLE_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
                          r"(?P<role>(?:[A-Z][\w-]*\s+){0,2}(?:Columnist|Reporter|Correspondent|Editor"
                          r"|Writer|Contributor|Critic|Journalist|Producer)s?)$")


# "By Name, community reporter": the writer's role in lower case after a "By" byline (without the
# "By" the same apposition opens a sentence and stays the article's).
_BY_LOWER_ROLE = re.compile(r"^[Bb]y:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:[a-z][\w-]*\s+){0,3}"
                            r"(?:columnist|reporter|correspondent|editor|writer|contributor|critic|journalist"
                            r"|producer|photographer)s?$")


# The same without "By" in a page's head, alone on its line under the headline or the date line
# ("Ann Lee, culture correspondent"): the byline (in the text, such an apposition runs on into its sentence).
_HEAD_LOWER_ROLE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:[a-z][\w-]*\s+){0,3}"
                              r"(?:columnist|reporter|correspondent|editor|writer|contributor|critic|journalist"
                              r"|producer|photographer)s?$")


def _role_byline(line: str) -> str:
    """The writer's name of a `Name, Role Reporter` byline, else ''."""
    match = _ROLE_BYLINE.match(line.strip())
    return match.group("name") if match else ""


def _is_credit(line: str) -> bool:
    """A photo credit: `Photo: …`, `Name/Agency`, `(Name/Agency)` at the end, or an agency name."""
    if len(line) > 200:
        return False
    lowered = line.lower().rstrip(". ")
    if _CREDIT_START.match(line) or (_CREDIT_PAREN.search(line) and not _REFERENCE_PAREN.search(line)):
        return True
    if len(line.split()) <= 8 and (_CREDIT_SLASH.match(line) or lowered.endswith(PHOTO_AGENCIES)
                                   or _CREDIT_COMPOSITE.match(lowered) or _STUDIO_CREDIT.match(line.strip())):
        return line.rstrip()[-1:] not in ".!?\"”" and "said" not in lowered
    return False


_END_CREDIT = re.compile(r"(?:\b(?i:photo(?:graph)?|image|picture|credit)s?:\s*[A-Z][^.!?]{1,60}"
                         r"|\s[A-Z][\w.'’-]+ [A-Z][\w.'’-]+/(?:The )?[A-Z][\w.'’ -]{1,40}"
                         # "… Photo / Ann Lee", "Photo by Ann Lee / Site", "(Submitted by Ann Lee)"
                         r"|\b(?i:photo(?:graph)?)s? ?/ ?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
                         r"|(?:^|[.!?]\s+)(?i:photo(?:graph)?) by [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
                         r"(?: ?/ ?[A-Z][\w'’. -]{1,40})?"
                         r"|\((?i:submitted|supplied|contributed|provided|handout)(?: by [^()]{1,60})?\)"
                         r"|\((?i:courtesy)(?: of)? [^()]{1,60}\))$")


# A video page's count line: views, the upload date, hashtags ("96,412 views  Feb 11, 2024  #tag").
_COUNT_DATE = re.compile(r"^\s*\d[\d,.]*\s*[KkMm]?\s+(?:views?|plays|listens|reads|watching)\s+"
                         r"(?:(?i:streamed|premiered|published|uploaded)(?: live)?(?: on)?\s+)?"
                         r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
                         r"|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
                         + _CLOCK_AFTER + r"(?P<tags>(?:\s+#[\w-]+)*)\s*$")
def _name_by_date(lines: list[str], k: int) -> bool:
    """A name-only byline: two to four capitalised words right above or below a date line, or
    above the writer's role ("Sports Correspondent")."""
    words = lines[k].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and _NAME_PART.match(w) for w in words):
        return False  # (a double-barrelled or an O'-name is a name's word: "TAÑADA-CRUZ", "O'Hara")
    if _listing_heading(lines, k):
        return False  # "Glenbrae Films Reviews" over "Updated 23 November 2026": the page's heading
    return any(0 <= j < len(lines) and _is_date_line(lines[j].strip()) for j in (k - 1, k + 1)) or (
        k + 1 < len(lines) and bool(_ROLE_LINE.match(lines[k + 1].strip())))  # over "Sports Correspondent"


_NAME_PART = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


# A video player's label over its clip's title, under the headline ("Video", "Watch").
_PLAYER_LABEL = re.compile(r"^\s*(?:video|watch|watch video|play video|now playing)\s*$", re.I)
_CLIP_TITLE_WORDS = 15


def _video_title(above: str, line: str) -> bool:
    """A player's clip title: a short line with no sentence end right under a "Video" label."""
    text = line.strip()
    return (bool(_PLAYER_LABEL.match(above)) and 0 < len(text.split()) <= _CLIP_TITLE_WORDS
            and text[-1:] not in ".!?")


# A bare "Image caption," label: the caption is the next line.
_CAPTION_LABEL_ALONE = re.compile(r"^\s*(?:image|media|video) caption,?\s*$", re.I)


# A quoted run of three words or more: someone's words, which a caption may carry.
_QUOTED_THREE_WORDS = re.compile(r"[“\"][^“”\"]*\w+\W+\w+\W+\w+[^“”\"]*[”\"]")
_SAYS_IN_CAPTION = re.compile(r"\b(?:says|said|insists|insisted|adds|added|recalls|recalled)\b")


def _is_end_credit(line: str) -> bool:
    """A caption that ends with its photo credit ("… at the rally. Photo: Name", "… Name/Paper"),
    unless it quotes someone saying it ("“I still walk past the wall,” she says. Photograph: Name")."""
    if len(line) <= _SHORT_LINE and _QUOTED_THREE_WORDS.search(line) and _SAYS_IN_CAPTION.search(line):
        return False
    if len(line) <= _SHORT_LINE and _NAME_CREDIT_STOP.search(line):
        return True  # "… in 30 countries. Photo: Ann Lee." closes with a full stop after the name
    return len(line) <= _SHORT_LINE and line.rstrip()[-1:] not in ".!?\"”’" and bool(_END_CREDIT.search(line))


_NAME_CREDIT_STOP = re.compile(r"\b(?i:photo(?:graph)?|image|picture|credit)s?:\s*[A-Z][\w'’-]+"
                               r"(?: [A-Z][\w'’-]+){0,3}\.\s*$")


# A portal's credit to the paper it copies closing a caption: "… last year. © Provided by The Courier".
_PROVIDED_END = re.compile(r"(?:^|[.!?]\s+)© provided by [A-Z][\w&.'’ -]{1,60}$", re.I)


def _is_caption(line: str) -> bool:
    return bool(_CAPTION_END.search(line) or _CAPTION_IMAGE.match(line) or _CAPTION_LABEL.match(line)
                or _CAPTION_STUDIO.match(line) or _PROVIDED_END.search(line) or _ARTWORK_LABEL.match(line))


# A film or book site's label for the picture over a page ("Backdrop from Paper Moons", "Poster for
# Tidefall"): the picture's, never a headline.
_ARTWORK_LABEL = re.compile(r"^(?:backdrop|poster|still|key art|cover art|cover image|header image"
                            r"|banner image) (?:from|for|of) (?-i:[A-Z\d])[^.!?:]{0,60}$", re.I)


# A work's facts line under its title on a film, series or game page: its parts apart by commas, dots or
# bars, one a running time, the others a certificate, a year, a status or a genre ("PG-13, Now Playing,
# 1h 58m, Drama", "2026 · 1h 58m · Thriller").
_FACT_SPLIT = re.compile(r"\s*[,·•|]\s+")
# (hours and minutes, or minutes alone: "3h" alone is a comment's stamp)
_RUNTIME = re.compile(r"^(?:\d{1,2}\s?h(?:r|rs)?\s?\d{1,2}\s?m(?:in)?|\d{2,3}\s?min(?:s|utes)?\.?)$", re.I)
_FACT = re.compile(r"^(?:G|PG|PG-13|R|NC-17|NR|Not Rated|Unrated|TV-(?:Y7?|G|PG|14|MA)|U|12A?|15|18"
                   r"|(?:18|19|20)\d{2}|(?i:now playing|in (?:theaters|theatres|cinemas)|streaming(?: now)?"
                   r"|coming soon|out now))$")
_GENRE = re.compile(r"^[A-Z][a-z]{2,15}(?:(?: | ?[/&] ?|-)[A-Z][a-z]{2,15})?$")
_FACT_PARTS = 6


def _facts_line(line: str) -> bool:
    """A work's facts line (above): two to six parts, a running time and a certificate, year or status
    among them, the rest genres ("Ann Lee · 1h 58m" is no facts line)."""
    text = line.strip()
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return False
    parts = _FACT_SPLIT.split(text)
    return (2 <= len(parts) <= _FACT_PARTS and any(_RUNTIME.match(p) for p in parts)
            and any(_FACT.match(p) for p in parts)
            and all(_RUNTIME.match(p) or _FACT.match(p) or _GENRE.match(p) for p in parts))


def _is_breadcrumb(line: str) -> bool:
    """A row of two or more short navigation parts: `Culture › Film`, `A | B | C`."""
    parts = [p for p in _CRUMB_SPLIT.split(line) if p.strip()]
    if len(parts) < 2 or len(_CRUMB_SPLIT.findall(line)) < len(parts) - 1:
        return False
    # (a trail of three or more parts by arrows may name a show of more words: "Shows > Drive with Jess
    # & Okan > Episodes")
    # (only a middle part: a headline set out with arrows runs on in its last, "Fear > hope > anger: how …")
    most = _CRUMB_LONG_PART if len(parts) >= 3 and len(_CRUMB_ARROW.findall(line)) >= 2 else 4
    return all(1 <= len(p.split()) <= (most if 0 < k < len(parts) - 1 else 4)
               and not p.rstrip().endswith((".", "!")) for k, p in enumerate(parts))


_CRUMB_ARROW = re.compile(r"\s[›»>]\s")
_CRUMB_LONG_PART = 6


def _is_link_heading(line: str) -> bool:
    return len(line.split()) <= _HEADING_WORDS and any(p.search(line) for p in LINK_HEADINGS)


def _is_comment_heading(line: str) -> bool:
    return len(line) <= 80 and any(p.search(line) for p in COMMENT_HEADINGS)


# A paper's market and weather bar: quotes set apart by bars or runs of spaces ("ISTANBUL 11°C | USD/TRY
# 41.62 | BIST 100 10,412", "SET 1,402.36 (+0.41%)   USD/THB 33.74   Bangkok 31°C, haze"): an item is a
# currency pair and its rate, a temperature, or an index with its change in per cent.
_TICKER_SPLIT = re.compile(r"\s*\|\s*| {2,}|\t+|\s+[·•]\s+")
_TICKER_KINDS = (re.compile(r"\b[A-Z]{3}/[A-Z]{3}\s+\d[\d.,]*"  # a currency pair and its rate,
                            r"|^[A-Z]{3}\s+\d[\d,]*\.\d{2,4}$"),  # or a currency's rate alone ("USD 298.40")
                 re.compile(r"-?\d{1,3}\s?°[CF]?\b"),  # a temperature
                 re.compile(r"\d[\d.,]*\s*(?:\([+−-]?\d[\d.,]*\s?%\)"  # an index and its change, in brackets
                            r"|[▲▼△▽↑↓]\s?[+−-]?\d[\d.,]*\s?%)"))  # or after an arrow ("14,206.33 ▲ 0.41%")
_TICKER_ITEM_WORDS = 5


# A page's weather widget alone: a place, its temperature, and the sky or the wind after it ("Suva 29°C
# Partly cloudy", "Tromsø -4°C · NW 12 m/s"); an exchange-rate line alone ("1 EUR = 146,2 ISK", "FJ$1 =
# US$0.44"), a currency's code or sign on both sides of the sign.
_WEATHER_ALONE = re.compile(r"^(?-i:[A-ZÀ-Þ])[^\W\d_]+(?: (?-i:[A-ZÀ-Þ])[^\W\d_]+){0,2},? "
                            r"[-−]?\d{1,2}\s?°[CF]?(?:\s?[,·•|]?\s(?:[NSEW]{1,3} \d{1,3} ?(?:m/s|km/h|mph|kn)"
                            r"|[^\W\d_]+(?: [^\W\d_]+){0,2}))?$")
_RATE_ALONE = re.compile(r"^(?P<one>(?:[A-Z]{0,3}[$€£¥]\s?)?1(?:[.,]00?)?(?:\s?[A-Z]{3})?)\s?=\s?"
                         r"(?P<rate>(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*(?:\s?[A-Z]{3})?)$")
_CURRENCY_MARK = re.compile(r"[A-Z]{3}|[$€£¥]")


def _weather_or_rate(line: str) -> bool:
    """A line shaped as a weather widget's or an exchange-rate line, alone on its line: furniture only
    where it stands in a page's top bar (_bar_widget); the same shape is an article's forecast row or a
    headline that holds a temperature elsewhere."""
    if not ("°" in line or "=" in line):
        return False
    if _WEATHER_ALONE.match(line):
        return True
    rate = _RATE_ALONE.match(line)
    return rate is not None and all(_CURRENCY_MARK.search(rate[side]) for side in ("one", "rate"))


def _bar_widget(lines: list[str], k: int) -> bool:
    """Whether line k is a top bar's weather widget or exchange rate: shaped as one and beside another
    line of the bar (another widget, a menu row, a date or a link of the site's)."""
    return _weather_or_rate(lines[k].strip()) and any(
        _weather_or_rate(t) or _menu_row(t) or _is_furniture(t)
        for t in (lines[j].strip() for j in (k - 1, k + 1) if 0 <= j < len(lines)) if t)


def _without_bar_widgets(paragraphs: list[str]) -> list[str]:
    """The page's blocks without its top bar's weather and rate lines (_bar_widget), sought in its head
    only: above its first line of prose, of a sentence that opens a list ("Saturday's highs:") or of a
    byline (the headline is above it). A forecast's rows under the article's sentence and a headline
    that holds a temperature, alone in its block, stay the article's."""
    kept: list[str] = []
    for n, block in enumerate(paragraphs):
        lines = block.split("\n")
        text_at = next((k for k, line in enumerate(lines) if _ends_head(line)), len(lines))
        bar = {k for k in range(text_at) if _bar_widget(lines, k)}
        if bar and (rest := "\n".join(line for k, line in enumerate(lines) if k not in bar)).strip():
            kept.append(rest)
        elif not bar:
            kept.append(block)
        if text_at < len(lines):
            return kept + paragraphs[n + 1:]
    return kept


_LIST_OPENER_WORDS = 3  # "Saturday's highs, from the bulletin:" opens the article's list; "Weather:" a bar's


def _ends_head(line: str) -> bool:
    """Whether a line is the article's, ending the page's head: prose, a sentence that opens a list, or
    the byline (the headline is above it)."""
    line = line.strip()
    return (_is_prose(line) or (line.endswith(":") and len(line.split()) >= _LIST_OPENER_WORDS)
            or (len(line) <= _SHORT_LINE and _is_byline(line)))


def _ticker_line(line: str) -> bool:
    """A market and weather bar of two or more quotes, every item short and none a sentence, with a
    currency pair or quotes of two kinds (a forecast row of temperatures alone, or an election's shares
    with their changes, is an article's data)."""
    if not ("/" in line or "°" in line or "%" in line):
        return False
    items = [item for item in _TICKER_SPLIT.split(line) if item]
    if len(items) < 2 or not all(len(item.split()) <= _TICKER_ITEM_WORDS and item[-1:] not in ".!?"
                                 for item in items):
        return False
    kinds = [sum(bool(kind.search(item)) for item in items) for kind in _TICKER_KINDS]
    return sum(kinds) >= 2 and (kinds[0] > 0 or sum(bool(k) for k in kinds) >= 2)


# A footer's row of the site's own links, spaced apart or barred ("About us   Contact us   Privacy Policy",
# "Download our app   App Store   Google Play"): two of its items at least are such links.
_SITE_LINK = re.compile(r"^(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service|sale))?"
                        r"|terms (?:&|and) conditions|cookies?(?: policy| settings| preferences)?"
                        r"|about(?: us)?|contact(?: us)?|advertise(?: with us)?|careers|help|faq|site ?map"
                        r"|imprint|legal|accessibility|app store|google play|code of conduct"
                        r"|(?:community |site )?guidelines)$", re.I)
_FOOTER_SPLIT = re.compile(r"\s{2,}|\t+|\s+[|·•]\s+")
_FOOTER_ITEM_WORDS = 5
_FOOTER_LINKS = 2


def _footer_row(line: str) -> bool:
    """Whether a line is a footer's row of links (three items or more, a few words each, no sentence)."""
    items = _FOOTER_SPLIT.split(line)
    if len(items) < 3 or any(len(item.split()) > _FOOTER_ITEM_WORDS or item[-1:] in ".!?,;:"
                             for item in items):
        return False
    return sum(bool(_SITE_LINK.match(item)) for item in items) >= _FOOTER_LINKS


@_line_cached
def worded_furniture(line: str) -> bool:
    """A line the furniture patterns take by its words alone ("Follow us on Instagram", "Share your
    story"), not by its form (a date, an action row, a byline): in a comment's body slot it is the
    comment's text (the comment readers ask where it stands)."""
    line = line.strip()
    return 0 < len(line) <= _SHORT_LINE and bool(_FURNITURE_AT_START.match(line)
                                                 or _FURNITURE_ANYWHERE.search(line))


@_line_cached
def _is_furniture(line: str) -> bool:
    """A line that belongs to the page, not the article (any of the signals above)."""
    line = line.strip()
    if not line or len(line) > _SHORT_LINE:
        return False
    if _is_post_signature(line):
        return False  # an Instagram post's signature (find_tweets), not the embed's wrapper
    return (bool(_FURNITURE_AT_START.match(line) or _FURNITURE_ANYWHERE.search(line)) or _ticker_line(line)
            or _is_date_line(line) or _is_action_line(line)
            or _is_ui_line(line) or _is_end_credit(line)
            or _is_byline(line) or _is_credit(line) or _is_caption(line) or _is_breadcrumb(line)
            or _is_link_heading(line) or _is_comment_heading(line)
            or bool(_forum_byline(line)) or _is_profile_line(line) or _is_posted_by(line)
            or bool(_byline_stamp(line)) or bool(_ROLE_LINE.match(line))
            or bool((label := _LABELLED_DATE.match(line) or _ACTED_ON.match(line) or _CREATED_ON.match(line))
                    and _is_date_line(label.group("date")))
            or bool(_EDIT_NOTE.match(line)) or _facts_line(line) or bool(_REVIEWER_LINE.match(line))
            or _credit_line(line) or _footer_row(line))


# A paragraph that is one quoted sentence, its stop inside the marks ("“We swam in Lake Ontario.”"):
# someone's words, never a title, however many names it holds
_QUOTED_SENTENCE = re.compile(r"[“\"‘][^“”\"\n]*[.!?…][”\"’]")


# A row of a page's counts, two or more apart ("3 created · 41 backed", "18.9K plays   412 likes   7
# comments", "18.4K Reads • 7 Parts"): never the article's text (a reviewer's profile counts under a
# name are read by the comment readers, so this is no furniture line of theirs).
_COUNTS_LINE = re.compile(r"^\d[\d,.]*[km]?\+? [a-z]{3,12}(?:\s*[·•|]\s*|\s{2,})\d[\d,.]*[km]?\+? [a-z]{3,12}"
                          r"(?:(?:\s*[·•|]\s*|\s{2,})\d[\d,.]*[km]?\+? [a-z]{3,12}){0,4}$", re.I)


def _looks_like_title(paragraph: str) -> bool:
    words = paragraph.split()
    if "\n" in paragraph.strip() or not 4 <= len(words) <= 25 or paragraph.rstrip()[-1] in ".,;:":
        return False
    if _QUOTED_SENTENCE.fullmatch(paragraph.strip()):
        return False
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.6 * sum(len(w) > 3 for w in words)


def _looks_like_headline(paragraph: str) -> bool:
    """A headline at the top of a page, in any case: one line of 4 to 30 words that does not end
    like a sentence (a Title Case headline may end with a full stop)."""
    text = paragraph.strip()
    words = text.split()
    if "\n" in text or not 4 <= len(words) <= 30 or text[-1] in ",;:":
        return False
    if text[-1] in "\"”’'" and text[:1] not in "\"“‘'" and text[-2:-1].isalpha():
        return True  # a quoted phrase closes it, no sentence inside the quote: 'Ann Lee says she is "done"'
    return text[-1] not in ".!\"”’'" or (text[-1] == "." and _looks_like_title(text[:-1]))


_OUTLET_SUFFIX = re.compile(r"\s[-|–—]\s+[A-Z][\w.'’&]*(?: [A-Z][\w.'’&]*){0,3}$")


def _is_link_text(text: str) -> bool:
    """A bullet that reads as a headline: Title Case, ` - Outlet`/` | Outlet` at the end, or long."""
    words = text.split()
    if len(words) >= 9 or _looks_like_title(text):
        return True
    return len(words) >= 4 and bool(_OUTLET_SUFFIX.search(text))


# ---- comments ----

@dataclass
class _Item:
    """A bullet line and the lines indented under it."""

    line: int
    end: int
    indent: int
    head: str
    body: list[str]
    tight: bool


def _bullet_items(lines: list[str]) -> list[_Item]:
    """Every bullet with its indented lines; `tight` when it touches another bullet (a list)."""
    items: list[_Item] = []
    bullets = [None if _DEGREE.match(line.strip()) else _BULLET.match(line) for line in lines]  # "• 2nd"
    i = 0
    while i < len(lines):
        match = bullets[i]
        if match is None:
            i += 1
            continue
        indent = len(match.group("indent").expandtabs())
        j = i + 1
        while j < len(lines) and not bullets[j] and (
                not lines[j].strip() or _indent_of(lines[j]) > indent):
            j += 1
        before = i > 0 and lines[i - 1].strip() != "" and bool(items) and items[-1].end == i
        after = i + 1 < len(lines) and bool(bullets[i + 1])
        head = (match.group("text") or "").strip()
        items.append(_Item(i, j, indent, head, lines[i + 1:j], before or after))
        i = j
    return items


_AUTHOR_SEPARATORS = re.compile(r"\s+[•·|]\s+")
_REPLY_ARROW = re.compile(r"\s+(?:→|->|➔|▸|»)\s+")
# "Reply to", also in German, Spanish, Portuguese, French, Italian and Dutch ("Respuesta a X").
_REPLY_TO = (r"(?:in reply to|in response to|replying to|reply to|(?:als )?antwort (?:an|auf)"
             r"|(?:en )?respuesta a"
             r"|resposta (?:para|a)|(?:en )?réponse à|(?:in )?risposta a|reactie op|antwoord (?:aan|op))")
# What follows a reply marker in words must be a lone name or handle: not a clause ("In response to
# the mayor's letter, nothing has changed." opens a comment), so no article or verb, no clause
# punctuation, at most a few words.
_REPLY_TARGET = (r"(?!(?:author|sender|all|everyone|thread|topic|post|comment|story|article)\s*$)"  # a button
                 r"(?!(?:the|a|an|this|that|these|those|your|my|his|her|our|their|its|what|how|why|all|every"
                 r"|el|la|los|las|le|les|der|die|das|il|lo)\s+(?-i:[a-z]))"  # "The Harbour Watcher" is a name
                 # or a name and a colon before the reply's text
                 r"(?:(?=(?-i:@|[A-Z])(?:@?[\w.'’-]+\s+){0,3}@?[\w.'’-]+:\s)"
                 r"|(?![^\n]*\s(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did)\b)"
                 r"(?![^\n]*[,;!?](?:\s|$))(?![^\n]*\b(?-i:[a-z]{2,})\.$)(?=(?:\S+\s+){0,4}\S+\s*$))")
# A tree's branch drawn before a reply's author ("└ name", "├─ name", "╰> name"): box-drawing corners
# that no name starts with.
_BRANCH = r"[└├┗┣╰╚╟┖┕]+[─━-]*>?"
_REPLY_PREFIX = re.compile(rf"^(?:↳|↪|>|re:|{_BRANCH})\s*|^{_REPLY_TO}\s+{_REPLY_TARGET}", re.I)
# ("Name:" loses its colon; an IPv6 author's "::" keeps both)
_AUTHOR_SUFFIX = re.compile(r"\s+(?:says|said|wrote|writes|commented|replied)\s*:?$|(?<!:):$", re.I)
# Badges after a commenter's name: the thread's original poster, moderators, verified accounts.
_BADGES = re.compile(r"\s+(?:OP|MOD|Mod|Moderator|Verified|Author|Creator|Top (?:Commenter|Fan|Contributor)|"
                     r"\(OP\)|Pinned|(?i:lv|lvl|level)\.?\s?\d{1,3})$|\s*\[(?:OP|M|S|A|mod)\]$")
# A code host's role beside a comment widget's name ("olabrandt Owner", "jo-k Collaborator"): only after
# a login, one word; after a name of words it is the name's own ("Worried Home Owner", "Small Business
# Owner")
_CODE_HOST_ROLE = re.compile(r"^(?P<login>\S+)\s+(?:Owner|Collaborator|Maintainer|Contributor)$")
_BADGE_RUN = 3  # badges after a name, at most ("Ann Lee  Mod  Pinned")
# A site's badge in a column of its own after the name, set apart by a run of spaces or a separator
# ("Ivo Brandt   Pro   5d", "Ann · Admin · 2h"); the same word inside a name ("Pro Cycling") stays.
_COLUMN_BADGE = re.compile(r"(?<=\S)(?:\s{2,}|\t+|\s+[·•|]\s+)(?i:pro|plus|admin(?:istrator)?|mod(?:erator)?"
                           r"|verified|op|author|top (?:fan|commenter|contributor)|staff|host|creator"
                           r"|owner|vip|patron|supporter|subscriber|premium|editor)(?=\s{2,}|\t|\s+[·•|]\s+|$)")
# A chess title a chess site prints before a player's username ("FM corvid_91", "WGM ana_lee"): a badge,
# not part of the name; only before a single handle that shows it is one (an underscore, a digit, a dot
# inside, a capital inside: "ana.lind", "RookLift"), so initials before a surname ("CM Jones") and a
# line of words ("CM Punk Fan Club", "IM fine", "FM radio") are left whole.
CHESS_TITLE_BEFORE = re.compile(r"^(?:[WL]?(?:GM|IM|FM|CM)|NM)\s+"
                                r"(?=[\w.-]*(?:[_\d]|[^\W\d_]\.[^\W\d_]|[a-z][A-Z]))(?=[\w.-]{2,40}$)")
# An outlet's account named for its role: one capitalised word and the role ("Sentinel Moderator").
_ROLE_ACCOUNT = re.compile(r"^[A-Z][a-z]{2,20} Moderator$")
# A site's role that signs a message in the name's place ("Moderator" over the stamp, no name above it): the
# author the page shows, as "Guest" is, not a badge beside a name.
_SIGNING_ROLE = re.compile(r"^(?:moderator|moderators|admin|administrator|site admin|webmaster|the editor"
                           r"|editor|moderation team)$", re.I)


def _role_over_stamp(lines: list[str], k: int) -> bool:
    """Whether line k is a site's role alone right over a stamp line (_SIGNING_ROLE)."""
    return (k + 1 < len(lines) and len(lines[k]) <= 40 and bool(_SIGNING_ROLE.match(lines[k].strip()))
            and _is_stamp(lines[k + 1]))
# Old Reddit's header around a name: "[–]moss_owl 2,104 points 6 hours ago", "score hidden".
_COLLAPSE_MARK = re.compile(r"^\[[–+-]\]\s*")
_HANDLE_END = re.compile(r"(?<=\S)\s+@[\w.-]{1,60}(?:@[\w.-]{1,60})?$")
_VOTES_END = re.compile(r"\s+(?:[-−]?\d[\d,.]*[km]? points?|score hidden)$", re.I)
# Pronouns a professional network shows after a name: "Ada Lind (She/Her)".
_NAME_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)/(?:her|hers|him|his|them|theirs|they|zir|xem)\)",
                            re.I)
# A verification tick after a name ("Ada Lind ✓", "Ada Lind ✔️").
_VERIFIED_END = re.compile(r"\s*[✓✔☑✅]\ufe0f?$")
# A reviewer's rating in stars, a half star included ("★★★★", "★★★½", "★★½", "½" for half a star;
# "½" is a digit to the regex engine, so a pattern of letters and digits reads it as part of a name).
_STAR_CHARS, _HALF_STAR_CHARS = "★☆✩✭⭐✰", "½⯪"
_STAR_RATING = rf"(?:[{_STAR_CHARS}]{{1,10}}\ufe0f?(?:\s?[{_HALF_STAR_CHARS}])?|[{_HALF_STAR_CHARS}])"
_RATING_AFTER = re.compile(rf"\s+{_STAR_RATING}$")  # the rating beside the reviewer's name ("ann_lee ★★★½")
# A review's byline over the work's title, its rating in stars perhaps ("Review by Ann Lee ★★★½"): a head's
# line, never a headline.
_REVIEWER_LINE = re.compile(r"^(?i:review(?:ed)?) by\s+"
                            r"(?!(?i:the|a|an|this|that|our|their|his|her|its|my|your)\s)"
                            rf"@?[\w'’-]+(?:[.\s][\w'’-]+){{0,3}}(?:\s+{_STAR_RATING})?$")
# A commenter's town after the name ("Ada Lind, Millbrook", "kestrel_22, Port Averly"): one to
# three capitalised words after a comma; a name suffix or a degree ("Jr.", "III", "RN", "MBE") is no town.
_PLACE_END = re.compile(r"(?<=[^\s,])\s*,\s+(?!(?i:jr|sr|ii|iii|iv|phd|md|esq|rn|mba|mbe|obe|cbe|cpa|dds"
                        r"|dvm|msc|bsc|llb|qc|kc|jd|cfa|mph|dphil|frcp|frcs|lcsw"
                        r"|ph\.\s?d|m\.\s?d|r\.\s?n|j\.\s?d|d\.\s?phil|m\.\s?b\.\s?a)\b)"  # ("Ph.D.", "M.D.")
                        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
# A professional network's connection degree after a name, or on the line under it: "• 2nd", "• Author".
_DEGREE = re.compile(r"(?:^|\s)[•·]\s*(?:1st|2nd|3rd\+?|author|following|premium)\s*$", re.I)
# A line that names the comment a reply answers, under (or, in words, above) its author's name:
# "Replying to X", "Replying to @x", "In reply to X", "↳ X" (a reply arrow before a name).
# (a quoting mark before the reply words, "> reply to Ann Lee", "» In reply to Ann", marks one too; alone,
# "> Ann Lee" is a quoted line)
_REPLY_LINE = re.compile(rf"^(?:(?:↳|↪|⤷|{_BRANCH})\s*(?:{_REPLY_TO}\s+)?"
                         rf"|(?:[>»]\s*)?{_REPLY_TO}\s+{_REPLY_TARGET})(?P<name>\S.{{0,60}})$", re.I)
_REPLY_WORDS_LINE = re.compile(rf"^(?:[>»]\s*)?{_REPLY_TO}\s+{_REPLY_TARGET}\S", re.I)
# A reply named on the author line: "Name in reply to Other", "Name replied to Other · 2h". The
# phrase is in lower case, as widgets write it (a Title Case headline "Mayor Replies To Critics" is not).
_REPLY_PHRASE = re.compile(r"^(?P<name>\S(?:.{0,58}\S)?)\s+(?:in reply to|replied to|replying to|responded to"
                           r"|in response to)\s+(?P<target>@?\S.{0,60}?)\s*:?$")
_TARGET_WORD = re.compile(r"^(?:@\w{1,30}|[\w.'’-]*[\d_][\w.'’-]*|[A-Z][\w.'’-]*)$")


def _name_like(text: str, most: int) -> bool:
    """A commenter's name or handle: at most `most` words, each a handle or capitalised, no sentence end."""
    words = text.split()
    return (0 < len(words) <= most and text[-1:] not in "!?,;:"
            and (len(words) == 1 or all(_TARGET_WORD.match(w) for w in words)))


def _reply_phrase(text: str) -> tuple[str, str] | None:
    """(name, target) of an author line that names its reply target in words, else None."""
    match = _REPLY_PHRASE.match(text) if len(text) <= 130 else None
    if match is None:
        return None
    name, target = match.group("name").strip(), match.group("target").strip()
    target = _AGO_END.sub("", target).strip() or target  # "… replied to Ada Lind 2 hours ago"
    if not ((_name_like(name, _NAME_WORDS) or _lower_tailed_name(name)) and _name_like(target, 4)):
        return None
    return name, target


# A display name whose first word alone is capitalised ("Courier newsdesk", "Moss piglet"), as a desk's
# account or a wiki's user name is written; never a sentence's opening ("I wrote this", "We said").
_LOWER_TAILED = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: [a-z][\w'’.-]*){1,2}$")
_NO_NAME_OPENER = re.compile(r"^(?:I|We|You|He|She|It|They|This|That|There|Here|The|A|An|My|Our|Your|His|Her"
                             r"|Their|Posted|Written|Sent|Added|Reply|Comment|Just|Only|And|But|So)\b")


# A comment's opening words before a reply phrase ("Quite right", "Well said", "Couldn't agree more",
# "Posting this"), never a display name: a word of degree or assent first, a contraction, a verb's -ing or
# an adverb's -ly first, or a grammar word (_SENTENCE_OPENERS: "this", "well", "nobody") anywhere.
_ASSENT_WORDS = frozenset({"quite", "very", "really", "totally", "absolutely", "exactly", "entirely",
                           "completely", "utterly", "definitely", "certainly", "indeed", "hear", "spot",
                           "fair", "good", "nice", "agreed", "true", "sorry", "sadly", "never", "same"})
_CONTRACTION = re.compile(r"[a-z][’'](?:t|s|re|ve|ll|d|m)$", re.I)
_OPENING_FORM = re.compile(r"^[A-Z][a-z]{2,}(?:ing|ly)$")


def _lower_tailed_name(name: str) -> bool:
    """Whether a header's name before its reply phrase is a capitalised word then lower-case ones, as a
    desk's account or a wiki's user is named ("Courier newsdesk", "Moss piglet"), not a comment's opening
    words ("Well said", "Quite right", "Couldn't agree more")."""
    if not _LOWER_TAILED.match(name) or _NO_NAME_OPENER.match(name):
        return False
    words = name.split()
    return not (words[0].lower() in _ASSENT_WORDS or _OPENING_FORM.match(words[0])
                or any(w.lower() in _SENTENCE_OPENERS or _CONTRACTION.search(w) for w in words))


def _reply_target(line: str) -> str:
    """The comment a "Replying to X" / "↳ X" line answers ('' when the line is not one): X without
    the stamps after it ("Replying to Ada · 2h" gives Ada)."""
    text = line.strip()
    reply = _REPLY_LINE.match(text) if len(text) < 80 else None
    if reply is None:
        return ""
    name = _AUTHOR_SEPARATORS.split(reply.group("name").strip(), maxsplit=1)[0].strip()
    if said := _NAME_COLON.match(name):  # "In response to Mary Cole: I disagree …"
        name = said.group("name")
    name = name.rstrip(".") if not re.search(r"\b\w\.$", name) else name  # "Mary Cole." but "A. Lee Jr."
    if (_BRANCH_ONLY.match(text) or _ARROW_ONLY.match(text)) and (
            not _name_like(name, 4) or _REPLY_OPENER.match(name)):
        return ""  # a drawn tree's branch before words ("└── the park", "├ and the lights too, …", "↳ Thanks
        # Maria"), no name
    return _COMMENT_NUMBER.sub("", name, count=1) or name  # "Reply to #2 Ann": the comment's number


# A reply's first words that are no name, capitalised as they are ("Thanks Maria", "Agreed Bo", "Well Said");
# the thanks among them open no account's name either (_capitalised_name).
_THANKS_WORDS = r"thanks|thank you|thx|agreed|well said|congrats|congratulations"
_REPLY_OPENER = re.compile(rf"^(?i:{_THANKS_WORDS}|sorry|yes|no|cheers|exactly|indeed"
                           r"|true|nope|yep|hi|hello|dear|same|this|welcome|hey"
                           r"|wow|bravo|lol|haha|amen|ditto|nice|great|love)\b")


# A tree's branch with no reply words after it: only a name may follow it to make a reply line.
_BRANCH_ONLY = re.compile(rf"^{_BRANCH}\s*(?!{_REPLY_TO}\s)", re.I)


# A reply arrow with no reply words after it ("↳ Ann Lee", "↳ agreed, the hours are …").
_ARROW_ONLY = re.compile(rf"^[↳↪⤷](?!\s*{_REPLY_TO}\s)\s*", re.I)


def _arrow_body(line: str) -> str:
    """The reply's own words after a reply arrow that opens them on one line ("↳ agreed, the
    weekday hours are useless …"; '' when the arrow stands before a name or nothing)."""
    text = line.strip()
    if not _ARROW_ONLY.match(text) or _reply_target(text):
        return ""
    return _ARROW_ONLY.sub("", text, count=1).strip()


# A reply marker's name and a colon before the reply's own words ("Mary Cole: I disagree …").
_NAME_COLON = re.compile(r"^(?P<name>(?:@|[A-Z])(?:[\w.'’-]+\s+@?){0,3}[\w.'’-]+):\s+(?P<rest>\S.*)$")


def _reply_rest(line: str) -> str:
    """The reply's own words after a reply marker's name and colon ('' for none)."""
    reply = _REPLY_LINE.match(line.strip()) if len(line.strip()) < 80 else None
    said = _NAME_COLON.match(reply.group("name").strip()) if reply else None
    return said.group("rest") if said else ""


_COMMENT_NUMBER = re.compile(r"^#\d{1,6}\s+(?=\S)")  # a numbered comment's number before its author


# Comment metadata lines (never body): relative stamps ("4h", "3 hours ago", "1 day ago (edited)"),
# edit marks, badges, vote and reply counters, a place line ending "·", avatar alt text.
_TIME_UNIT = (r"(?:s|m|h|d|w|mo|y|yr|yrs|sec|secs|min|mins|hr|hrs|seconds?|minutes?|hours?|days?|weeks?"
              r"|months?|years?)")
_EDITED = r"(?:\s*[·•(]?\s*edited\)?|\s*\(\d{1,3} edits?\))?"  # "(edited)", "(1 edit)"
# Relative stamps in German, Spanish, Portuguese, French, Italian and Dutch ("vor 2 Stunden", "hace
# 3 horas", "há 5 minutos", "il y a 2 jours", "3 ore fa", "2 uur geleden", "gestern").
_FOREIGN_RELATIVE = (
    r"vor\s+(?:\d+|einer|einem|ein)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|h[áa]\s+(?:\d+|um|uma)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[êe]s|meses|anos?)"
    r"|il\s+y\s+a\s+(?:\d+|un|une)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|\d+\s+(?:segundo|minuto|oras|araw|linggo|buwan|taon)"  # Filipino: "2 araw" (two days)
    r"|(?:\d+|un|una)\s+(?:secondi|minuti|or[ae]|giorni|giorno|settimane?|mes[ei]|anni|anno)\s+fa"
    r"|(?:\d+|een)\s+(?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden"
    r"|gerade\s+eben|gestern|heute|ayer|hoy|ontem|hoje|hier|aujourd['’]hui|ieri|oggi|gisteren|vandaag")
# ("Today at 08:02", "Yesterday at 9:14 PM": a chat's stamp for recent messages)
_RELATIVE_STAMP = re.compile(rf"^(?:(?:about |over )?(?:\d+\s*{_TIME_UNIT}|(?:an?|one)\s+"
                             rf"(?:second|minute|hour|day|week|month|year))\.?(?:\s+ago)?"
                             rf"|just now|(?:yesterday|today)(?:,?\s+at\s+\d{{1,2}}:\d{{2}}"
                             rf"(?:\s?[ap]\.?m\.?)?)?"
                             rf"|{_FOREIGN_RELATIVE}){_EDITED}$", re.I)
# A commenter's badge on a line of its own ("Author", "Moderator", "Top fan").
_BADGE_WORD = (r"top (?:fan|commenter|contributor)|nangungunang fan|author|op|original poster"
               r"|mod(?:erator)?|verified(?: (?:reader|buyer|user|member|account|commenter|subscriber))?"
               r"|(?:founding |premium |new )?member|membership|artist|supporter|patron|contributor"
               r"|admin|staff|(?:digital |print )?subscriber|pinned|creator|sponsored"
               r"|liked by (?:the )?(?:creator|author)"
               r"|(?:[\w'’]+ )?pick|best"  # an editors' pick ("Courier pick"), a portal's "BEST"
               r"|maker|(?:co-?)?organi[sz]er")  # a launch page's maker, an event page's organiser
_BADGE_WORDS = rf"(?:{_BADGE_WORD})(?:\s*[·•]\s*(?:{_BADGE_WORD}))*"  # "Creator · Pinned"
_HIDDEN_ITEMS = r"\d[\d,.]*[km]? (?:remaining|hidden) (?:items?|comments?|repl(?:y|ies)|events?)"
_COMMENT_META = re.compile(
    r"^(?:\(?edited\)?|rising fan|" + _BADGE_WORDS + r"|#\d{1,7}|[▲▼↑↓+-]?\s*\d[\d,.]*[km]?"
    r"(?:\s+(?:likes?|points?|votes?|upvotes?|reactions?|replies|reply))?"
    # the label before its count: "Likes: 4", "Points 12", "Score: -3"
    r"|(?:likes?|points?|votes?|upvotes?|reactions?|score|rating)\s*:?\s*[+−-]?\d[\d,.]*[km]?"
    r"|\d+ repl(?:y|ies)(?: by .{1,60})?|[—–-]?\s*hide"
    r"|[—–-]?\s*(?:view|hide|show|load|see)(?: all)?(?: \d[\d,]*)?(?: more)? (?:repl(?:y|ies)|comments?"
    r"|(?:helpful |recent |positive |negative )?reviews?)"
    r"(?:\s*[>»›→])?|\d[\d,]* more repl(?:y|ies)|\(\d[\d,]* (?:children|child|repl(?:y|ies))\)"
    r"|(?:showing|viewing|displaying) \d[\d,]* of \d[\d,]* repl(?:y|ies)"  # a reply thread's count
    r"|[^·•]{1,40}\s[·•]"
    # a content warning's toggle over the hidden words: "Show content (2 paragraphs)", "Hide content"
    r"|(?:show|hide) content(?: \(\d+ (?:paragraphs?|lines?|images?|files?|characters?)\))?"
    r"|\d[\d,.]*(?: out)? of \d[\d,.]* (?:people |users |readers |members )?found this (?:\w+ )?helpful\.?"
    # a thread's break over the items it hides, on one line or two: "Load more… 186 remaining items"
    r"|(?:load|show|see|view) more(?:\s*(?:…|\.\.\.)(?:\s+" + _HIDDEN_ITEMS + r")?|\s+" + _HIDDEN_ITEMS + r")"
    r"|" + _HIDDEN_ITEMS +
    r")$", re.I)
# A review's helpfulness row, wherever it stands under the review: the prompt, perhaps with its count,
# then its buttons and their counts ("Helpful? Yes (3) No (1) Report", "Was this review helpful? Yes ·
# No", "Helpful (4) · Report"), or the readers' tally ("3 people found this helpful").
_HELPFUL_CHOICE = (r"(?:(?:yes|no|not helpful|unhelpful|helpful|funny|award|report(?: abuse)?|flag|👍|👎)"
                   r"(?:\s*\(\d[\d,]*\)|\s+\d[\d,]*)?|\d[\d,]*)")
_HELPFUL_ROW = re.compile(
    r"^(?:(?:(?:was|is) this (?:(?:review|comment|reply|answer|post) )?(?:helpful|useful)"
    r"|did you find this (?:(?:review|comment|reply|answer|post) )?(?:helpful|useful)|helpful)"
    rf"(?: to you)?\??(?:\s*\(\d[\d,]*\))?"
    rf"(?:\s*[·•|/,–-]?\s+{_HELPFUL_CHOICE}|\s*[·•|/,–-]\s*{_HELPFUL_CHOICE})*"
    r"|(?:(?:\d[\d,.]*[km]?|one|a) (?:people|persons?|users?|readers?|members?|customers?|players?)"
    r"|\d[\d,.]*[km]?) found this"
    r"(?: review| comment| answer| post| reply)? (?:helpful|useful|funny)\.?)$", re.I)
# The same row printed as two sentences on one line, the readers' tally then the prompt ("12 out of 15
# found this helpful. Was this review helpful? Sign in to vote."): each sentence a part of the row.
_HELPFUL_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=\S)")
_HELPFUL_PART = re.compile(r"^(?:\d[\d,.]*(?: out)? of \d[\d,.]* (?:people |users |readers |members )?"
                           r"found this(?: review)? (?:helpful|useful)\.?|sign in to vote\.?)$", re.I)
# A spoiler warning between a review's header and its text, a line of its own ("Warning: Spoilers",
# "This review may contain spoilers", "Spoiler alert!"); never a sentence that goes on after it.
_SPOILER_NOTE = re.compile(r"^(?:warning:\s*|⚠\ufe0f?\s*)?(?:(?:this )?(?:review |post |comment )?(?:may )?"
                           r"contains? )?spoilers?(?: ahead| alert| warning)?\s*[.!]?$", re.I)
# A trail review's activity and conditions tags, a line of short items between middle dots ("Hiking ·
# Muddy · Great views!"): each item a capitalised word and at most two lower-case ones, the last with
# an exclamation mark (without it the line is as likely a reader's own list: "Sun · Sea · Sand"); a list
# of names ("Ann Lee · Bo Hart": a capital inside an item) is none.
_TAG_ITEM = r"[A-Z][a-z'’-]+(?: [a-z'’-]+){0,2}"
_TAG_ROW = re.compile(rf"^{_TAG_ITEM}(?: [·•] {_TAG_ITEM}){{1,6}}!$")
# The same tags after the review's date on its stamp line ("Nov 3, 2026 · Hiking · Muddy").
_STAMP_TAGS = re.compile(rf" [·•] {_TAG_ITEM}(?: [·•] {_TAG_ITEM}){{0,6}}!?$")


def helpful_row(text: str) -> bool:
    """A review's helpfulness row: the prompt, its buttons or the readers' tally, alone or as the
    sentences of one line ("12 out of 15 found this helpful. Was this review helpful? Sign in to vote.")."""
    if _HELPFUL_ROW.match(text):
        return True
    if "helpful" not in text.lower():  # (most lines asked about are a comment's words: no split for them)
        return False
    parts = _HELPFUL_SENTENCE.split(text)
    return len(parts) > 1 and all(_HELPFUL_ROW.match(part) or _HELPFUL_PART.match(part) for part in parts)


def tag_row(text: str) -> bool:
    """A review's activity and tags line, or its date with the tags after it."""
    return bool(_TAG_ROW.match(text)) or stamp_with_tags(text)


def stamp_with_tags(text: str) -> bool:
    """A review's date with its tags after it ("Nov 3, 2026 · Hiking · Muddy"): a stamp wherever it stands."""
    tags = _STAMP_TAGS.search(text)
    return tags is not None and tags.start() > 0 and _is_date_line(text[:tags.start()])


_AVATAR = re.compile(r"^(?:(?P<name>.{1,60}?)['’]s\s+)?(?:avatar|profile (?:picture|photo|image))"
                     r"(?: (?:for|of) (?P<of>.{1,60}))?$|^user avatar$", re.I)
_REPLY_COUNTER = re.compile(r"^\d+ repl(?:y|ies) by\b", re.I)


_EDITED_END = re.compile(r"\s*(?:\(?edited\)?|\(\d{1,3} edits?\))$", re.I)
# A note under a post or comment that it was edited: "Last edited by name; 03-16-2019 at 02:10 PM.
# Reason: …", "Last edited 5 years ago by name", "Last edited by name 2 days ago" (a wiki page's).
_EDIT_NOTE = re.compile(r"^last (?:edited|modified)(?: by \S.{0,40}?(?:;| at | on )| \d+ \w+ ago by \S)"
                        r".{0,120}$|^last (?:edited|modified) by \S{1,40} (?:\d+|an?|one) \w+ ago$", re.I)


# A comment's score between its vote arrows ("↑ 2,318 ↓", "▲ 12 ▼", "⬆ 1.2k ⬇").
_SCORE_BETWEEN_ARROWS = re.compile(r"^[▲↑⬆△⇧]\s?[+−-]?\d[\d,.]*[km]?\s?[▼↓⬇▽⇩]$", re.I)
# A row of reactions under a message: emoji and their counts ("👍 14", "👍 212  🔥 18  😢 9").
_REACTION_ROW = re.compile(r"^(?:[\u2600-\u27bf\U0001F000-\U0001FAFF]\ufe0f?\s*\d[\d,.]*[KkMm]?\s*){1,8}$")


@_line_cached
def _is_comment_meta(line: str) -> bool:
    """A comment's metadata line: stamp, edit mark, badge, vote or reply counter, avatar, place."""
    text = line.strip()
    if not text or len(text) > 80:
        return False
    plain = _EDITED_END.sub("", text).strip()
    return bool(_RELATIVE_STAMP.match(text) or _COMMENT_META.match(text) or _AVATAR.match(text)
                or _SCORE_BETWEEN_ARROWS.match(text)
                or _EDIT_NOTE.match(text) or _REACTION_ROW.match(text) or helpful_row(text)
                or stamp_with_tags(text)
                or (plain and plain != text and (_is_date_line(plain) or _RELATIVE_STAMP.match(plain)))
                or _is_date_line(text) or _is_action_line(text) or bool(_TRADE_LINE.match(text)))


# A prediction market's trade under a commenter's name ("bought H$250 NO at 31%", "sold Ṁ120 of YES"):
# the commenter's position, printed as a stamp is, never the comment's words.
_TRADE_LINE = re.compile(r"^(?:bought|sold|bet) (?:[A-Z]{0,2}[$€£Ṁ])?\d[\d,.]*[km]? (?:of )?(?-i:YES|NO)"
                         r"(?: at \d{1,3}(?:\.\d+)?%)?$", re.I)


def _review_header_note(line: str) -> bool:
    """A review's spoiler warning or tags line ("Warning: Spoilers", "Hiking · Muddy · Great views!"):
    furniture only between the review's header and its text; alone, or closing a comment, the same
    words are a reader's own ("Spoilers!", "Sun · Sea · Sand!")."""
    text = line.strip()
    return len(text) <= 80 and bool(_SPOILER_NOTE.match(text) or _TAG_ROW.match(text)
                                    or _TRANSLATED_NOTE.match(text))


# A platform's note that it translated the review, and its toggle, between the header and the text
# ("This review has been translated from German.", "Show original").
_TRANSLATED_NOTE = re.compile(r"^(?:(?:this|the) (?:review|comment|post|reply) (?:has been|was|is)"
                              r" (?:automatically |machine[- ])?translated(?: from [A-Z][a-z]+)?"
                              r"(?: by [\w ]{1,20})?\.?|(?:show|see|view) original)$", re.I)


def _trim_meta(lines: list[str]) -> list[str]:
    """A comment body's lines without metadata lines at its start or end (a review's spoiler warning or
    tags line at its start, when text follows it)."""
    start, end = 0, len(lines)
    while start < end and (not lines[start].strip() or _is_comment_meta(lines[start]) or (
            _review_header_note(lines[start]) and any(
                line.strip() and not _is_comment_meta(line) and not _review_header_note(line)
                for line in lines[start + 1:end]))):
        start += 1
    while end > start and (not lines[end - 1].strip() or _is_comment_meta(lines[end - 1])):
        end -= 1
    return lines[start:end]


def _without_badge(name: str) -> str:
    """A commenter's name line without the last badge after the name (a site's or a code host's)."""
    return _CODE_HOST_ROLE.sub(r"\g<login>", _BADGES.sub("", name).strip())


@_line_cached
def _clean_author(head: str) -> tuple[str, str, bool]:
    """Author, addressed author and reply marker from a comment's author line."""
    text = CHESS_TITLE_BEFORE.sub("", _COLUMN_BADGE.sub("", head.strip()))
    marked = bool(_REPLY_PREFIX.match(text))
    text = _REPLY_PREFIX.sub("", text, count=1)
    text = _COLLAPSE_MARK.sub("", text)
    text = _AUTHOR_SEPARATORS.split(text, maxsplit=1)[0]
    text = _AGO_END.sub("", text).strip() or text  # "@handle 2 days ago"
    text = _VOTES_END.sub("", text).strip() or text
    reply_to = ""
    parts = _REPLY_ARROW.split(text, maxsplit=1)
    if (phrase := _reply_phrase(text)) is not None:  # "Name in reply to Other"
        text, reply_to = phrase
    elif len(parts) == 2:
        text, reply_to = parts[0], parts[1].strip()
    text = _AUTHOR_SUFFIX.sub("", text).strip()
    badged = text
    for _ in range(_BADGE_RUN):  # "Ann Lee  Mod  Pinned", "lunar_7 Lv.14": every badge after the name
        if (trimmed := _without_badge(badged)) == badged or not trimmed:
            break
        badged = trimmed
    if not (_ROLE_ACCOUNT.match(text) and " " not in badged):
        text = badged  # (an account named for its role, "Sentinel Moderator", keeps its second word)
    text = _NAME_PRONOUNS.sub("", text).strip() or text
    text = _VERIFIED_END.sub("", text).strip() or text  # "Ada Lind ✓"
    text = _RATING_AFTER.sub("", text).strip() or text  # "ann_lee ★★★½"
    text = _HANDLE_END.sub("", text).strip() or text  # "Ada Lind @adalind.bsky.social"
    text = _TILDE.sub("", text)  # "~ Lisa": a chat app's profile name of someone not in the contacts
    if ((bare := _NAME_PAREN.sub("", text).strip()) != text and _name_like(_one_title(bare), _NAME_WORDS)
            and not _KIN_PAREN.search(text)):
        text = bare  # "Jo Vale (The Harbour Post)", "Ann Lee (Verified)": what the name speaks for
    return text, reply_to, marked or bool(reply_to)


# A couple's courtesy titles before their name ("Mr and Mrs R Gaunt", "Dr & Mrs Lee"): one title, as one
# person's is, not three of the name's words.
_COUPLE_TITLES = re.compile(r"^(?i:mr|mrs|ms|miss|mx|dr)\.?\s+(?:and|&)\s+(?=(?i:mr|mrs|ms|miss|mx|dr)\.?\s)")


def _one_title(name: str) -> str:
    """A name with a couple's titles read as one title (above), for counting its words."""
    return _COUPLE_TITLES.sub("", name)


# A capitalised parenthesis after a commenter's name: an affiliation, place or badge ("(The Harbour Post)").
_NAME_PAREN = re.compile(r"\s+\((?-i:[A-Z])[^()]{1,40}\)$")
# ... unless it says whose parent, partner or carer the person is: "Jo (Alfie's mum)" is how she is known
_KIN_PAREN = re.compile(r"\([^()]{1,30}['’]s [a-z][\w-]{1,15}\)$")
_TILDE = re.compile(r"^~\s+(?=\S)")  # (a handle "~kestrel" keeps its tilde)


_BLANK_RUN = re.compile(r"\n{3,}")


def _one_blank_line(text: str) -> str:
    """The text with each run of blank lines made one (_BLANK_RUN), stripped; most texts have no
    such run, which a substring test finds several times faster than the substitution."""
    return (_BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text).strip()


_PUBLISHED_WORD = re.compile(r"^(?:published|updated|posted|first published)(?: on)?:?$", re.I)


def _dated_only(lines: list[str]) -> bool:
    """Lines under a bullet that are only a "Published" word and dates: a link card, not a comment."""
    texts = [line.strip() for line in lines if line.strip()]
    return bool(texts) and all(_PUBLISHED_WORD.match(t) or _is_date_line(t) for t in texts) and any(
        _PUBLISHED_WORD.match(t) or not _RELATIVE.search(t) for t in texts)


# A link card's count under its title ("212 items", "18.4K members", "1,204 photos"): a number and one word.
# (a card's word: a comment "10 stars" or "100 percent" counts nothing)
_CARD_COUNT = re.compile(r"^\d[\d,.]*\s?[KkMm]?\s+(?:(?:item|photo|picture|image|member|follower|post"
                         r"|video|article|episode|track|song|page|view|subscriber|thread|topic|file|album|product|result|listing"
                         r"|recipe|book|title|place|review|comment|pin|board|set|collection|group|guide|walk|route"
                         r"|deviation|work|chapter|fic|bookmark)s?|stor(?:y|ies)|entr(?:y|ies)|repl(?:y|ies))$",
                         re.I)


_CARD_LABEL_WORDS = 4


def _card_label(lines: list[str]) -> bool:
    """Whether the lines under a bullet are one short label that is no sentence ("Food & Drink"):
    a link card's category when several cards of the list carry the same one."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) != 1 or len(texts[0].split()) > _CARD_LABEL_WORDS or texts[0][-1:] in ".!?\"”":
        return False
    # a category is in title case ("Food & Drink"); "Agreed" twice is two readers agreeing
    words = texts[0].split()
    return texts[0].lower() not in _SHORT_REPLIES and all(
        w[:1].isupper() or w in ("&", "and", "of", "the", "for") for w in words)


# What readers reply in a word or two, several of them alike ("Agreed", "Same here"): no card's label.
_SHORT_REPLIES = frozenset({"agreed", "agree", "this", "same", "same here", "yes", "no", "thanks",
                            "thank you",
                            "exactly", "true", "so true", "lol", "haha", "well said", "spot on", "seconded",
                            "ditto", "me too", "nice", "great", "love this", "wow", "indeed", "correct",
                            "brilliant", "lovely", "beautiful", "amazing", "congratulations", "congrats",
                            "following", "bump", "noted", "absolutely", "definitely", "yep", "nope"})


_CARD_LINE_WORDS = 6


def _card_lines(lines: list[str]) -> bool:
    """Whether the lines under a bullet are a link card's short parts, none a sentence: a creator's
    name, a category and a viewer count, a share funded ("Goran Ilić", "112% funded", "Figure
    Skating · 2.1K")."""
    texts = [line.strip() for line in lines if line.strip()]
    return bool(texts) and all(len(t.split()) <= _CARD_LINE_WORDS and t[-1:] not in ".!?\"”’:"
                               and not _is_prose(t) for t in texts)


def _counted_only(lines: list[str]) -> bool:
    """Lines under a bullet that are only a count ("212 items"): an album's or a group's card."""
    texts = [line.strip() for line in lines if line.strip()]
    return bool(texts) and all(_CARD_COUNT.match(t) and not _RELATIVE.search(t) for t in texts)


def _comment_body(lines: list[str]) -> tuple[str, str]:
    """De-indented body without stamps, badges, action rows and "In reply to X" lines; also X
    (or the @handle the body opens with)."""
    kept: list[str] = []
    reply_to = ""
    for line in lines:
        text = line.strip()
        if target := _reply_target(text):
            reply_to = reply_to or target
            if rest := _reply_rest(text):
                kept.append(rest)
            continue
        if text and len(text) <= _SHORT_LINE and (_is_action_line(text) or (
                not any(k.strip() for k in kept) and _is_date_line(text))):
            continue
        kept.append(text)
    for j, line in enumerate(kept[:_HEADER_LINES]):  # place and badge lines closed by a stamp
        if _is_stamp(line):
            kept = kept[j + 1:]
            break
        if len(line.split()) > 5 or line.rstrip()[-1:] in ".!?":
            break
    kept, at_reply, _ = _reply_marks(_trim_meta(kept))
    body = _one_blank_line("\n".join(kept))
    return body, reply_to or at_reply


def _gap_headings(lines: list[str], start: int, stop: int, prose: int = 0) -> tuple[bool, bool]:
    """Whether these lines hold a comment heading (from line `prose` on: a counter in a share bar
    above the body opens nothing), and whether they hold a link heading after the last comment
    heading among them ("Comments", the comments, then "Projects you might like": the bullets under
    the last heading are its links; "Recommended" over a sidebar's channels above the body too)."""
    heads = [(k, text) for k in range(start, stop)
             if len(lines[k]) <= _SHORT_LINE and (text := lines[k].strip())]
    comment = max((k for k, text in heads if k >= prose and _is_comment_heading(text)), default=-1)
    return (comment >= 0,
            any(_is_link_heading(text) for k, text in heads if k > comment and len(text) < 80))


@_line_cached
def _lead_name(head: str) -> str:
    """The name an item's head line opens with: before its stamps and points (`Name • 2 hours ago`)
    and before a reply arrow (`Name → Target`)."""
    lead = _REPLY_PREFIX.sub("", _AUTHOR_SEPARATORS.split(head, maxsplit=1)[0].strip(), count=1)
    if (phrase := _reply_phrase(lead)) is not None:
        return phrase[0]
    return _REPLY_ARROW.split(lead, maxsplit=1)[0].strip()


@_line_cached
def _names_target(head: str) -> bool:
    """Whether an author line names the comment it answers (`Name → Target`, `Name replied to Target`)."""
    lead = _REPLY_PREFIX.sub("", _AUTHOR_SEPARATORS.split(head, maxsplit=1)[0].strip(), count=1)
    return bool(_REPLY_ARROW.search(head)) or _reply_phrase(lead) is not None


_NAME_WORDS = 5  # a commenter's name or handle has at most this many words; a linked headline more


def _header_signal(item: "_Item", head: str, body: str, in_section: bool) -> bool:
    """Whether a bullet whose name reads like a headline is a comment's header all the same: a short
    name with a reply arrow or a posting stamp on its line or right under it (`Mary Anne De Souza •
    2 hours ago`), or, inside a comment section, with a body of its own and standing apart from
    other bullets (a link list is a run of touching items with nothing under them)."""
    lead = _lead_name(head)
    if len(lead.split()) > _NAME_WORDS or lead.rstrip()[-1:] in ".!?:" or _OUTLET_SUFFIX.search(lead):
        return False
    first = next((line.strip() for line in item.body if line.strip()), "")
    stamped = any(_is_stamp(part) for part in _AUTHOR_SEPARATORS.split(head)[1:]) or (
        bool(first) and _is_stamp(first))
    return stamped or _names_target(head) or (in_section and bool(body) and not item.tight)


def _bullet_comments(lines: list[str], items: list[_Item]) -> tuple[list[RawComment], set[int]]:
    """Comments among the bullets, and the line numbers they (and the widget lines before the
    first of them, back to a comment heading) take from the article."""
    comments: list[tuple[_Item, str, str, bool, str]] = []
    taken: set[int] = set()
    heading_seen = under_links = False
    last_line = -1
    ended = False
    prose = _first_prose(lines)  # a counter in a share bar above the body opens nothing
    labels = Counter(" ".join(item.body).strip() for item in items if _card_label(item.body))
    for item in items:
        gap = [k for k in range(last_line + 1, item.line) if lines[k].strip()]
        if comments and any(not lines[k][:1].isspace() for k in gap):
            ended = True  # unindented text after the comments: the section is over
        if ended:
            break
        # headings between the last bullet (or the body) and this one
        comment_heading, link_heading = _gap_headings(lines, last_line + 1, item.line, prose)
        heading_seen = heading_seen or comment_heading
        under_links = link_heading or (under_links and not comment_heading)
        last_line = item.end - 1
        head, under = item.head, item.body
        if _AVATAR.match(head):  # avatar alt text: the name is the next line
            named = next((k for k, line in enumerate(under)
                          if line.strip() and not _is_comment_meta(line)), None)
            head, under = (under[named].strip(), under[named + 1:]) if named is not None else ("", under)
        if len(head) < 120 and (_NOTE.match(head.strip()) or _NOTE_ROW.match(head.strip())):
            continue  # a blog's note in a theme's bulleted notes list: the notes reader's (_note_posts)
        body, body_reply = _comment_body(under)
        replying = _names_target(head)  # `Name → Target`: the name is what must not be furniture
        if not head or _is_furniture(_lead_name(head) if replying else head) or _dated_only(under) or (
                _counted_only(under) or labels[" ".join(item.body).strip()] > 1) or (
                _is_link_text(_lead_name(head)) and (
                under_links or not _header_signal(item, head, body, bool(comments) or heading_seen))):
            continue
        if not body and (item.tight or not (comments or heading_seen)):
            continue
        if under_links and _card_lines(under):
            continue  # a link list's card: a title (or channel) over its labels and counts, no sentence
        author, reply_to, marked = _clean_author(head)
        if not author:
            continue
        if not comments:
            taken |= _widget_lines(lines, item.line)
        comments.append((item, author, body, marked or bool(body_reply), reply_to or body_reply))
        taken |= set(range(item.line, item.end))
        under_links = False  # the comment section has begun
    indents = sorted({c[0].indent for c in comments})
    found = [RawComment(n + 1, author, body, max(indents.index(item.indent), int(marked)), reply_to,
                        marked or indents.index(item.indent) > 0)
             for n, (item, author, body, marked, reply_to) in enumerate(comments)]
    return found, taken


def _widget_lines(lines: list[str], first: int) -> set[int]:
    """The lines between the nearest comment heading above a comment section and its first comment
    (sort options, "Join the discussion…"): widget, not article. Short lines only."""
    k = first - 1
    while k >= 0 and (not lines[k].strip() or len(lines[k].split()) <= 12):
        if _is_comment_heading(lines[k].strip()):
            return set(range(k, first))
        k -= 1
    return set()


_STAMP_EDITED = re.compile(r"\s*(?:[·•]?\s*\(?edited\)?|\(\d{1,3} edits?\))$", re.I)
# A review's stamp with the platform's proof of purchase after it ("November 18, 2026 - Verified booking",
# "3 May 2026 · Verified purchase", "4 May 2026 ✓ Verified owner", "· Verified Amazon purchase" with the
# shop's name): the stamp still.
_STAMP_VERIFIED = re.compile(r"\s*(?:\s[-–—·•|]\s+|[✓✔]\s*)(?:[✓✔]\s*)?verified (?:(?-i:[A-Z])\w+ )?"
                             r"(?:booking|purchase|buyer|stay|guest|customer|owner|travell?er|review)$", re.I)
# A shop's words before a review's date ("Reviewed on 4 March 2026", "Reviewed in the United Kingdom
# on 4 March 2026"): the date line is the stamp (what is left must still read as a date).
_STAMP_REVIEWED = re.compile(r"^reviewed (?:in (?:the )?(?-i:[A-Z])[\w.'’ -]{1,30} )?on\s+", re.I)
_STAMP_PLACE = re.compile(r"^(?:[^·•]{1,40}\s[·•]\s+){1,3}")  # "Harlow · 3h", "Author · Harlow · 2d"
_AGO_END = re.compile(r"\b\d+\s*\w+ ago$")


@_line_cached
def _is_stamp(line: str) -> bool:
    """A comment's date or time line, possibly marked "(edited)" or after a place and "·"."""
    text = without_client(_STAMP_EDITED.sub("", line.strip()).strip())
    text = _STAMP_PLACE.sub("", _STAMP_VERIFIED.sub("", text))  # "Harlow · 3h"
    text = _STAMP_REVIEWED.sub("", text)
    return bool(text) and len(text) <= 120 and (
        _is_date_line(text) or bool(_RELATIVE_STAMP.match(text))
        or bool(_AGO_END.search(text)) or bool(_NUMERIC_STAMP.match(text)) or bool(_CLOCK_STAMP.match(text)))


# A comment posted today shows only its time: "Posted 7:02 PM", "7:02 pm", "posted at 19:02" (a bare
# "19:02" only after the verb).
_CLOCK_STAMP = re.compile(r"^(?:(?:posted|commented|replied)\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?"
                          r"|\d{1,2}:\d{2}\s?[ap]\.?m\.?)(?:\s+(?-i:[A-Z]{2,4}))?$", re.I)


# A comment's date in figures, or with a short month word of any language, and its time: "2024.05.15.
# 14:52", "14/05/2024 09:02", "16.mai.2024 às 13h14", "2024.05.15. PM 2:31", a month word of any
# language between the day and the year ("17 marzo 2024 | 20:14", "3. März 2024 um 9:15").
_NUMERIC_STAMP = re.compile(r"^[—–-]?\s*(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?"
                            r"|(?:\d{4}\.\s)?\d{1,2}\.\s\d{1,2}\."  # "11. 22. 03:15" (a Korean site's)
                            r"|\d{1,2}[./-](?:\d{1,2}|[^\W\d_]{3,5})\.?[./-]\d{4}"
                            r"|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4})"
                            r"(?:\s*[,|·•]?\s+(?:(?:às|a las|à|at|um|alle|ore)\s+)?(?:[AP]M\s*)?"
                            r"\d{1,2}[h:]\d{2}"
                            r"(?:\s*[AP]M)?)?$", re.I)


_BADGE_LINE = re.compile(r"^(?:" + _BADGE_WORDS + r"|editor)$", re.I)


def _stamp_paragraph(paragraph: list[str]) -> bool:
    """A comment's header block: its last line is a date or a relative stamp, or one or two
    badge lines ("Author", "Moderator") follow the stamp."""
    end = len(paragraph)
    while end > 1 and len(paragraph) - end < 2 and _BADGE_LINE.match(paragraph[end - 1].strip()):
        end -= 1
    return _is_stamp(paragraph[end - 1])


def _author_of(header: str) -> tuple[str, str, bool]:
    """Name, addressed author and reply marker of a header line: `Name, Town, Country, 3 hours ago`
    gives Name; `Name → Target` addresses Target."""
    line = header.strip()
    if "," in line and _stamp_paragraph([line]):
        line = line.split(",", 1)[0]
    return _clean_author(line)


_HEADER_LINES = 3  # place, badge and stamp lines a comment header may have under the name
_AT_REPLY = re.compile(r"^@(?P<handle>\w{1,30}(?:\.(?=[a-z0-9_])\w{1,30}){0,3})\b")  # "@maggie.penrose"


_INITIALS = re.compile(r"^[A-Z]{1,3}$")


# What follows a commenter's name on its line: "· Top Fan", "(Verified)", an emoji or a badge's mark.
_NAME_TRIMMINGS = re.compile(r"\s*[·•|]\s.*$|\s*\([^()]{1,30}\)$|[^\w.'’)]+$")


def _bare_name(line: str) -> str:
    """A name line without the badges, emoji and labels after the name ("Tom Vale (Verified)",
    "Tom Vale 🌊", "Tom Vale · Top Fan" give "Tom Vale")."""
    text = line.strip()
    for _ in range(3):
        trimmed = _without_badge(_NAME_TRIMMINGS.sub("", text))
        if trimmed == text or not trimmed:
            break
        text = trimmed
    return text


def _avatar_initials(line: str, name: str) -> bool:
    """A letter avatar over its commenter's name: "DM" over "Deirdre Mulcahy", "TR" over
    "TomR_Limerick" (the initials of the name's words, or its first capitals)."""
    text, name = line.strip(), _bare_name(name)
    if (not _INITIALS.match(text) or not name or len(name) > 60 or name == text
            or not _name_like(name, _NAME_WORDS)):
        return False  # the line under the initials is a name ("JB" over "Just brilliant, …" is a comment)
    words = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’.-]*", name)).upper()
    capitals = "".join(c for c in name if c.isupper())
    # a handle's parts: "gringo_in_sma" gives "GS" (first and last parts) or "GI" (the first two)
    parts = [w[0].upper() for w in re.split(r"[\s_.-]+", name) if w[:1].isalpha()]
    pairs = {parts[0] + parts[-1], parts[0] + parts[1]} if len(parts) > 1 else set()
    return words.startswith(text) or capitals.startswith(text) or text in pairs


# The previous comment's votes or share link left over its next one ("↑ 88 ↓ 41", "Copy link").
_VOTE_ROW = re.compile(r"^[▲▼↑↓⬆⬇👍👎+−-]\s*\d[\d,.]*[km]?(?:\s+[▲▼↑↓⬆⬇👍👎+−-]\s*\d[\d,.]*[km]?)+$")


_REPLY_ARROW_MARK = re.compile(r"^[↳↪⤷]\s*(?=\S)")  # "↪ In reply to Ann": the arrow before the words


def _headed_under(lines: list[str], k: int) -> bool:
    """Whether a comment's header starts at line k: a name over its stamp, or a letter avatar over
    a name over its stamp (what tells a sort row over the first comment from a sort menu's options)."""
    return k + 2 < len(lines) and (_is_stamp(lines[k + 1].strip()) or (
        _avatar_initials(lines[k], lines[k + 1]) and _is_stamp(lines[k + 2].strip())))


def _header_split(lines: list[str]) -> tuple[str, list[str], bool, str]:
    """(author line, the lines after the header, whether a reply counter stood before it, the
    target a "Replying to X" line in the header names): avatar alt text, counters, badges and a
    "Replying to X" line before the name are skipped, and place, badge, reply and stamp lines
    under it when a stamp closes them."""
    k, counted, target = 0, False, ""
    while k < len(lines) and not _role_over_stamp(lines, k) and (
            _is_comment_meta(lines[k]) or not lines[k].strip() or (
            len(lines[k]) < 80 and _REPLY_WORDS_LINE.match(_REPLY_ARROW_MARK.sub("", lines[k].strip())))
            or (not k and len(lines[k]) < 60 and _SORT_CONTROL.match(lines[k].strip())
                and _headed_under(lines, 1))
            or is_removal_notice(lines[k])
            or _VOTE_ROW.match(lines[k].strip()) or _is_action_line(lines[k].strip())
            or (k + 1 < len(lines) and _avatar_initials(lines[k], lines[k + 1]))
            or _badge_over_name(lines, k)):
        counted = counted or bool(_REPLY_COUNTER.match(lines[k].strip()))
        target = target or _reply_target(lines[k])
        k += 1
    if k == len(lines):
        return "", [], counted, target
    k = _name_over_stamp(lines, k)  # (a removed comment's notice above is skipped: a comment of its own)
    rest = lines[k + 1:]
    rest = rest[_profile_box(rest):]  # a forum poster's title and registration under the name
    # a professional network's profile headline under a name with a degree ("Ada Lind • 2nd")
    profile = bool(_DEGREE.search(lines[k]) or (rest and _DEGREE.match(rest[0].strip())))
    for j, line in enumerate(rest[:_HEADER_LINES + profile]):
        if _is_stamp(line):
            if profile and j and not _trim_meta(rest[j + 1:]):
                break  # "Ada Lind • Author", the body, then "1d": the stamp closes the body, not a headline
            named = next((t for above in rest[:j] if (t := _reply_target(above))), "")
            return lines[k], rest[j + 1:], counted, target or named
        if _reply_target(line):
            continue
        if not line.strip() or (not profile and (len(line.split()) > 5 or line.rstrip()[-1:] in ".!?")):
            break
    if len(rest) > 1 and _social_profile(rest[0]) and rest[1].strip():
        rest = rest[1:]  # a plugin's profile line under the name ("Works at …", "Dartmouth, Nova Scotia")
    return lines[k], rest, counted, target


# A forum poster's registration line: its label and a date, nothing else on the line ("Registered: Mar
# 2011", "Joined Mar 2011", "Join Date: May 2015"), or its label alone over the date ("Joined" over
# "Mar 2, 2011"). A sentence opening with the label is a comment's ("Joined in 2011, never left.",
# "Registered: I was there in 2011"), and so is a name ("Joined Up Thinking").
_REGISTERED = re.compile(r"^(?:registered|joined|join date|member since)\s*:?(?:\s+(?P<date>\S.{0,40}))?$",
                         re.I)
_BOX_TITLES = 2  # a poster's custom title and rank lines between the name and the registration line
_BOX_TITLE_CHARS = 40


def registration_label(text: str) -> bool:
    """Whether a line is a registration line's label alone, its date on the line under it ("Joined")."""
    match = _REGISTERED.match(text.strip())
    return match is not None and not match["date"]


def is_registration_line(text: str) -> bool:
    """Whether a line is a poster's registration line: the label alone, or the label and a date."""
    match = _REGISTERED.match(text.strip())
    return match is not None and (not match["date"] or _is_date_line(match["date"]))


def _registration(lines: list[str], j: int) -> int:
    """The lines a poster's registration line takes at j (its date on it, or on the line under its
    label), 0 when line j is none."""
    if registration_label(lines[j]):
        return 2 if j + 1 < len(lines) and _is_date_line(lines[j + 1].strip()) else 0
    return int(is_registration_line(lines[j]))


def _profile_box(rest: list[str]) -> int:
    """The lines under a forum poster's name that are the poster's box, 0 for none: a custom title or
    rank or two of the poster's own ("Cardboard Addict", "Senior Member", "Ask me about trains!"),
    then the registration line and the profile fields under it ("Posts: 2,314"). Without a
    registration line the lines are the comment's (a place, a badge, the text)."""
    for titles in range(min(_BOX_TITLES, len(rest)) + 1):
        if any(not line.strip() or len(line.strip()) > _BOX_TITLE_CHARS or _is_stamp(line)
               for line in rest[:titles]):
            return 0
        if titles < len(rest) and (size := _registration(rest, titles)):
            end = titles + size
            while end < len(rest) and rest[end].strip() and (
                    _PROFILE_FIELD.match(rest[end].strip()) or _is_profile_line(rest[end])):
                end += 1
            return end
    return 0


def _badge_over_name(lines: list[str], k: int) -> bool:
    """Whether line k is a badge a widget sets over a comment's header ("Featured", "Top comment"):
    a badge, then a name line, then its stamp right under it ("Guest" over "Top fan" over the stamp is
    the guest's name over its badge)."""
    from .comment_blocks import _ANONYMOUS, _is_badge
    text = lines[k].strip()
    return (k + 2 < len(lines) and len(text) <= _BADGE_CHARS and _is_badge(text)
            and not _ANONYMOUS.match(text) and bool(under := lines[k + 1].strip())
            and not _is_badge(under) and not _is_stamp(under) and _is_stamp(lines[k + 2]))


_BADGE_CHARS = 30


# A social plugin's profile line under a commenter's name: a workplace or school, or a home place.
# Only place-like shapes: a town and a region of two words or a code ("Leeds, West Yorkshire",
# "Austin, TX"), "Lives in"/"From" before such a place; a body line "Agreed, Dave", "Well Said, Ann",
# "From Day One" or "Lives in Hope" is not one.
_PLACE = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,2}|[A-Z]{2,3})"
_PROFILE_WORK = re.compile(r"^(?:(?i:works at|worked at|studied at|studies at|went to)\s+"
                           r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|&|de|du)){0,6}"
                           rf"|(?i:lives in|from)\s+{_PLACE})$")
# (never a reply's opening words to a name: "Thanks, Mary Cole", "Agreed, Mary Cole", "Sorry, NHS")
# A town and a country or state of one word ("Hallbach, Germany", "Austin, Texas"): the common ones.
_ONE_WORD_REGIONS = (
    "Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Bangladesh|Belgium|Bolivia|Brazil"
    "|Bulgaria|Cameroon|Canada|Chile|China|Colombia|Croatia|Cyprus|Czechia|Denmark|Ecuador|Egypt|England"
    "|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran"
    "|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kenya|Korea|Latvia|Lebanon|Lithuania|Luxembourg"
    "|Malaysia|Malta|Mexico|Morocco|Nepal|Netherlands|Nigeria|Norway|Pakistan|Peru|Philippines|Poland"
    "|Portugal|Qatar|Romania|Russia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Spain|Sweden"
    "|Switzerland|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|Uruguay|Venezuela|Vietnam"
    "|Wales|Zambia|Zimbabwe"
    "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho"
    "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
    "|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas"
    "|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming|Ontario|Quebec|Manitoba|Alberta|Saskatchewan"
    "|Queensland|Tasmania|Victoria")
# A reply's opening word before a comma, never a town ("Bravo, India", "Congrats, Jordan", "Morning,
# Victoria", "Go, Texas"): the country, state or name after it is who the reply speaks to.
_OPENER = (r"(?i:bravo|brava|congrats|congratulations|morning|evening|afternoon|night|welcome|hey|oh|ah|wow"
           r"|shame|go|come on|great|brilliant|superb|lovely|well done|okay|ok|so|but|and|also|please|oi|bye"
           r"|goodbye|farewell|respect|bless|hurrah|hooray|hurray|viva|sadly|honestly|seriously|really"
           r"|remember|imagine|sir|madam|lol|haha|ha|aye|nah|yeah|alas|hmm|ugh|oops|amen|listen|look|wait"
           r"|mate|folks|guys|friends|everyone|all|sorry|pardon|excuse me|good luck|best wishes|love)")
_PROFILE_PLACE = re.compile(rf"^(?!(?i:thanks|thank you|agreed|sorry|yes|no|well said|cheers|exactly|indeed"
                            rf"|true|nope|yep|hi|hello|dear)\b)(?!{_OPENER},)(?:{_PLACE}"
                            rf"|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}},\s(?:{_ONE_WORD_REGIONS}))$")


def _social_profile(line: str) -> bool:
    """Whether a line under a name is its profile's workplace, school or town, not the body."""
    text = line.strip()
    return bool(_PROFILE_WORK.match(text) or _PROFILE_PLACE.match(text))


_CONTROL_REACH = 20  # short lines a comment widget's controls may run over above the first comment
_CONTROL_RUN_WORDS = 3  # words of a line among a comment widget's controls, at most


_NAME_INITIAL_END = re.compile(r"\s[A-Z]\.$")  # a name closed by its surname's initial ("Carlos M.")


def _name_over_stamp(lines: list[str], k: int) -> int:
    """The author line of a header whose stamp stands below a run of a widget's short lines
    ("Sort by", "Oldest", "Per page", "25", "Expanded", the name, the stamp): the last line above
    the stamp that is not a badge, counter or reply mark; `k` itself when the stamp is near."""
    stamp = next((j for j in range(k + 1, min(len(lines), k + _CONTROL_REACH))
                  if lines[j].strip() and _is_stamp(lines[j])), None)
    if stamp is None or stamp - k <= _HEADER_LINES + 1:
        return k
    if any(len(lines[j].split()) > _WIDGET_WORDS or (lines[j].rstrip()[-1:] in ".!?\"”" and not (
            j == stamp - 1 and _NAME_INITIAL_END.search(lines[j]))) or not lines[j].strip()
           for j in range(k, stamp)):
        return k  # prose or a blank line between: no widget run ("Maree L." over the stamp is a name)
    name = stamp - 1
    while name > k and (_is_comment_meta(lines[name]) or _reply_target(lines[name])):
        name -= 1
    return name


# The links of a thread's comment row, never a commenter ("link", "fedilink", "permalink").
_ROW_LINKS = frozenset({"link", "fedilink", "permalink", "crosspost", "source", "context", "parent", "embed"})


# A comment widget's sort or filter control ("sorted by: hot", "Sort by", "Order: newest").
_SORT_CONTROL = re.compile(r"^(?:sort(?:ed)?|order(?:ed)?|filter(?:ed)?)(?:\s+by)?\s*:?(?:\s+\S.{0,30})?$",
                           re.I)


def _reply_marks(body: list[str]) -> tuple[list[str], str, bool]:
    """The body without a "Replying to X" line, the addressed author (or @handle), and whether
    the comment is marked as a reply."""
    if body and (target := _reply_target(body[0])):
        rest = _trim_meta(([said] if (said := _reply_rest(body[0])) else []) + body[1:])
        if len(rest) > 1 and rest[0].rstrip().rstrip("\"”’'").endswith(("…", "...")):
            rest = rest[1:]  # the clipped snippet of the message answered ("Typical. Same thing…", quoted)
        return rest, target, True
    if body and (handle := _AT_REPLY.match(body[0].strip())):
        return body, "@" + handle.group("handle"), True
    if body and (words := _arrow_body(body[0])):
        return [words, *body[1:]], "", True
    return body, "", False


def _chunk_comment(chunk: list[str], first_comment: bool = False) -> tuple[RawComment | None, int]:
    """One comment from the lines before its action row (`Like · Reply`, `Recommend 45 Reply`),
    and the line of the chunk where the comment starts (what is above it is not the comment). Over
    the section's first comment a lone sort choice or loader ("Newest", "Load more") is the widget's
    control when a header of its own stands under it (_control_over_header); further down it is a
    commenter's name as any other word."""
    paragraphs: list[list[str]] = [[]]
    starts: list[int] = []
    for k, line in enumerate(chunk):
        if line.strip():
            if not paragraphs[-1]:
                starts.append(k)
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    while len(paragraphs) > 1 and all(_is_comment_meta(line) for line in paragraphs[-1]):
        paragraphs.pop()  # a like counter standing apart under the body ("42")
    if not paragraphs:
        return None, len(chunk)
    headers = [k for k, p in enumerate(paragraphs[:-1]) if _stamp_paragraph(p)]
    counted = slot = False
    if headers:  # newspaper and tabloid: name (location, date) block, then the body
        first = headers[-1]
        header, body = paragraphs[first], paragraphs[first + 1:]
        names = [line for line in header if not _is_comment_meta(line) and not _reply_target(line)] or header
        author, target, arrow = _author_of(names[0])
        if not target and (named := next((t for line in header if (t := _reply_target(line))), "")):
            target, arrow = named, True
        counted = any(_REPLY_COUNTER.match(line) for p in paragraphs[:first + 1] for line in p)
        flat = [line for n, p in enumerate(body) for line in ([""] if n else []) + p]
    elif (signer := _signed_close(paragraphs)) is not None:  # body, then "Ann Lee, 18.04.2026 08:14" under it
        first, author = signer
        target, arrow = "", False
        flat = [line for n, p in enumerate(paragraphs[first:]) for line in ([""] if n else []) + p][:-1]
    else:  # Facebook plugin: name line, body lines, then the action row
        first = len(paragraphs) - 1
        if first and not _stamp_header(paragraphs[-1]):  # a comment of two paragraphs: its header and
            stamped = next((n for n in range(first - 1, -1, -1)  # first paragraph, then the second
                            if _stamp_header(paragraphs[n])), None)
            first = _named_paragraph(paragraphs, first) if stamped is None else stamped
        block = [line for n, p in enumerate(paragraphs[first:]) for line in ([""] if n else []) + p]
        while len(block) > 2 and (len(block[0].split()) > _WIDGET_WORDS
                                  or (_widget_control(block[0]) or bool(_ROW_COUNTER.match(block[0])))
                                  and block[1].strip() or first_comment and _control_over_header(block)):
            block = block[1:]  # a widget's blurb or sort control above the first comment's name ("See why
            # others …", "Popular ▾")
        head, flat, counted, named = _header_split(block)
        if not _trim_meta(flat) or _widget_control(head) or first_comment and _lone_control(head):
            # no body under the "name": perhaps its first line
            opening = _run_on_start(paragraphs, first)  # (a comment of two paragraphs: the first one)
            lines_on = _without_controls([line for n, p in enumerate(paragraphs[opening:])
                                          for line in ([""] if n else []) + p])
            stamped = len(lines_on) > 1 and _is_stamp(lines_on[1])  # a sign-off over its stamp: a header
            short = any(line.strip() and len(line.split()) <= _NAME_WORDS and not _widget_control(line)
                        and not _is_comment_meta(line) for p in paragraphs for line in p)  # a name line
            if not (stamped or short) and (run_on := _run_on_name(lines_on[0])):  # "Ann Lee If the data …"
                first, block, counted, named = opening, lines_on, False, ""
                head, flat = run_on[0], [run_on[1], *lines_on[1:]]
        author, target, arrow = _clean_author(head)
        # a spammer's "name" is an advert: the author still, when it stands right over the stamp
        at = block.index(head) if head in block else -1
        slot = (0 <= at < len(block) - 1 and len(head) <= _ADVERT_NAME and not head.rstrip().endswith(".")
                and _is_stamp(block[at + 1]))  # (a sentence of the article over a stamp is no name)
        if named and not target:
            target, arrow = named, True
    words = [line.strip() for line in flat if line.strip() and not _is_action_line(line.strip())]
    flat, reply_to, marked = _reply_marks(_trim_meta(flat))
    text = _one_blank_line("\n".join(flat))
    if not text and len(words) == 1 and (_BADGE_LINE.match(words[0]) or _VOTE_WORDS.match(words[0])) and (
            _under_stamp(block, words[0])):
        text = words[0]  # a comment of one word that is also a badge ("Supporter", "Member") under its stamp,
        # or of words that read as a vote row ("+1", "Points: 3"): the body's place, and nothing else there
    if not text and not headers and _empty_slot(block, head, author):
        return RawComment(0, author, "", 0, target, arrow or counted), starts[first]
    if (not author or len(author.split()) > (_ADVERT_WORDS if slot else 6) or not text
            or _widget_header(author, text) or bool(_ALSO_ON.match(author)) or _control_lines(text)
            or _SORT_CONTROL.match(author) or author.lower() in _ROW_LINKS):
        return None, len(chunk)  # a widget's header ("Sign in to comment", "Sort by Top") is nobody's
    return RawComment(0, author, text, 0, reply_to or target, marked or counted or arrow), starts[first]


def _widget_control(line: str) -> bool:
    """A comment widget's prompt, sort row or reply toggle over a comment ("Sign in to comment", "Most
    liked   Newest", "View all 2 replies"): never a stamp or a name."""
    line = line.strip()
    return bool(line) and not _is_stamp(line) and not _name_like(line, _NAME_WORDS) and (
        _is_ui_line(line) or _sort_row(line) or bool(_REPLIES_TOGGLE.match(line)))


# A widget's one control alone on its line, which reads like a name of capitalised words ("Most recent",
# "Load more", "Oldest first"): the chosen sort order or the loader over the first comment.
_LOAD_CONTROL = re.compile(r"^(?:load|show|see|view) (?:more|older|newer|earlier|previous)$")
_LONE_CHOICE_EXCEPT = frozenset(("new", "hot"))  # (short words a user name may be)


def _lone_control(line: str) -> bool:
    """Whether a line is one sort choice ("Most recent", "Newest first", "Popular ▾") or a loader
    ("Load more") alone: a widget's control, never a commenter's name."""
    text = " ".join(line.strip().rstrip(_CARETS).lower().split())
    choice = text.removesuffix(" first")
    return (choice in _SORT_CHOICES and choice not in _LONE_CHOICE_EXCEPT) or bool(_LOAD_CONTROL.match(text))


def _control_over_header(block: list[str]) -> bool:
    """Whether a comment's lines open with a lone control (_lone_control) over a header that names its
    own author: under "Newest" a stamp and "Ann Lee", then the text. When the first line under it that is
    no stamp or count is the text itself, the one-word line is the commenter's name ("Newest" the user)."""
    if not block or not _lone_control(block[0]):
        return False
    under = (line.strip() for line in block[1:] if line.strip() and not _is_stamp(line) and not (
        _is_comment_meta(line)))
    line = next(under, "")
    return bool(line) and not _lone_control(line) and _name_like(line, _NAME_WORDS) and (
        line[-1:] not in ".!?")


_REPLIES_TOGGLE = re.compile(r"^(?:see|view|show|load|hide) (?:all |more )?(?:\d[\d,]* )?(?:more )?"
                             r"repl(?:y|ies)$", re.I)


_SORT_CHOICES = frozenset(("newest", "oldest", "top", "best", "latest", "popular", "most liked",
                           "most popular", "most recent", "most replied", "top rated", "highest rated",
                           "most helpful", "relevance", "most relevant", "hot", "new", "controversial"))
_ROW_PARTS = re.compile(r"\s{2,}|\s*[|·•]\s*")
_CARETS = "▾▼⌄˅"
_SORT_LABEL = re.compile(r"^(?:sort|order)(?:ed)?(?: by)?:?$")


def _sort_row(line: str) -> bool:
    """A comment widget's row of sort choices ("Most liked   Newest", "Top | Newest | Oldest")."""
    text = line.strip()
    if text[-1:] in _CARETS:  # the chosen order alone over its dropdown's caret ("Popular ▾")
        return text[:-1].strip().lower() in _SORT_CHOICES
    parts = [p.lower() for p in _ROW_PARTS.split(text) if p]
    if len(parts) >= 3 and _SORT_LABEL.match(parts[0]):
        parts = parts[1:]  # "Sort by   Newest   Oldest": the label before the choices
    return len(parts) >= 2 and all(p in _SORT_CHOICES for p in parts)


def _without_controls(block: list[str]) -> list[str]:
    """A comment's lines without the widget's prompt and sort rows above them."""
    while len(block) > 1 and _widget_control(block[0]):
        block = block[1:]
    return block


def _run_on_start(paragraphs: list[list[str]], first: int) -> int:
    """The earliest paragraph of a comment's lines whose first line opens with its author's name."""
    return next((n for n in range(first) if _run_on_name(_without_controls(paragraphs[n])[0])), first)


# A comment whose author's name runs on into the first line of its body ("Ann Lee If the data is
# right …", "ann_lee99 he said …"): a handle, or two to five capitalised words, then the sentence.
# When the last capitalised word of the run is a word that opens sentences, the sentence starts there.
_RUN_ON_MIN_WORDS = 4  # the name and at least two words of the body
_RUN_ON_BODY = 5  # words after a name of capitalised words (a handle's lower-case run-on is plain)
_SENTENCE_OPENERS = frozenset((
    "a", "an", "the", "i", "if", "as", "at", "in", "on", "let", "this", "that", "these", "those", "it", "its",
    "we", "you", "he", "she", "they", "my", "our", "your", "his", "her", "their", "so", "but", "and", "or",
    "what", "why", "how", "when", "where", "who", "every", "nobody", "no", "yes", "not", "there", "here",
    "is", "are", "was", "does", "did", "can", "could", "should", "would", "will", "just", "please",
    "thanks", "thank", "great", "well", "wow", "all", "some", "one", "for", "from", "with", "after",
    "before", "even", "only", "maybe", "then", "also", "still", "ok", "okay", "lol", "omg",
))


# Words that go on with a sentence whose subject is the name before them ("Ada Lind should resign", "Bo
# Hart and his board", "Ada Lind who closed it"), not open one of the comment's own: a run of capitalised
# words before one of these is someone the comment speaks of.
_GOES_ON = frozenset((
    "is", "are", "was", "does", "did", "can", "could", "should", "would", "will", "not", "just", "only",
    "even", "still", "also", "then", "and", "or", "but", "for", "from", "with", "after", "before", "at", "in",
    "on", "as", "who", "that", "so", "all", "some", "one", "its", "when", "where", "his", "her", "their",
))


def _handle_word(word: str) -> bool:
    """A handle as a name: an underscore or a digit among its letters ("ann_lee", "runner99")."""
    return bool(re.fullmatch(r"@?[^\W\d_]\w*[\d_]\w*", word)) and any(ch.isalpha() for ch in word)


def _run_on_name(line: str) -> tuple[str, str] | None:
    """(name, body) of a comment line whose author's name opens it, else None."""
    words = line.strip().split()
    if len(words) < _RUN_ON_MIN_WORDS or line.strip()[-1:] == ":":
        return None
    if _handle_word(words[0]) and words[1][:1].islower():
        return words[0], " ".join(words[1:])
    caps = 0
    while caps < len(words) and caps < 6 and _NAME_PART.match(words[caps]) and words[caps][:1].isupper():
        caps += 1
    if caps < 2 or caps == len(words) or not words[caps][:1].islower():
        return None
    if words[caps - 1].lower() in _SENTENCE_OPENERS:
        caps -= 1  # "Ann Lee If the …": "If" opens the sentence
    elif words[caps].lower() not in _SENTENCE_OPENERS or words[caps].lower() in _GOES_ON:
        return None  # "Mayor Ada Lind should resign …": the name is the sentence's subject, not its writer
    if not 2 <= caps <= 5 or words[0].lower() in _SENTENCE_OPENERS or len(words) - caps < _RUN_ON_BODY:
        return None  # "The Council Voted …" is a sentence; "Big Al in the cab" a sign-off
    return " ".join(words[:caps]), " ".join(words[caps:])


# A comment's whole text that reads as a vote or count row: "+1", "Points: 3", "10 points".
_VOTE_WORDS = re.compile(r"^(?:[+−-]\s?\d[\d,.]*"
                         r"|(?:likes?|points?|votes?|score|rating)\s*:?\s*[+−-]?\d[\d,.]*"
                         r"|\d[\d,.]*\s+(?:points?|votes?))$", re.I)


def _under_stamp(block: list[str], line: str) -> bool:
    """Whether a line of a comment's block stands right under a stamp line (the body's place)."""
    at = next((n for n, text in enumerate(block) if text.strip() == line), -1)
    return at > 0 and _is_stamp(block[at - 1].strip()) and not _is_stamp(line)


def _notice_signer(lines: list[str], notice: int, stop: int) -> int:
    """The line right under a removed comment's notice that signs it with a name and a stamp
    ("Moderator, 18.04.2026 11:47"), when a blank line or an action row follows; -1 for none."""
    sign = notice + 1
    if sign >= stop or not _named_stamp(lines[sign], comma=True):
        return -1
    after = lines[sign + 1].strip() if sign + 1 < len(lines) else ""
    return sign if not after or _is_action_line(after) else -1


def _signed_close(paragraphs: list[list[str]]) -> tuple[int, str] | None:
    """(first paragraph, author) of a comment signed under its body: the last line is a name and
    its stamp ("Ann Lee, 18.04.2026 08:14", "ann_lee · 3 hours ago") under body lines of its own
    paragraph, and no header with a stamp opens the comment; earlier paragraphs with a sentence
    in them belong to it. None for any other chunk."""
    last = paragraphs[-1]
    if len(last) < 2 or not (name := _named_stamp(last[-1], comma=True)):
        return None
    if _named_stamp(last[0], comma=True) or any(_is_stamp(line) for line in last[:_HEADER_LINES + 1][:-1]):
        return None  # a header over the body: the last line is another thing
    first = len(paragraphs) - 1
    while first > 0 and any(len(line.split()) > _CONTROL_RUN_WORDS + 1 or line.rstrip()[-1:] in ".!?"
                            for line in paragraphs[first - 1]) and not any(
            _named_stamp(line, comma=True) or _is_stamp(line) for line in paragraphs[first - 1]):
        first -= 1
    return first, name


def _empty_slot(block: list[str], head: str, author: str) -> bool:
    """Whether a chunk with no body is a comment left empty: a name-like author whose stamp is on
    its line ("jonas_d · 3 hours ago") or on the line under it, then only the action row (a
    reaction count perhaps: a sticker's or a picture's comment, its text lost)."""
    if (not author or not _name_like(author, _NAME_WORDS) or _is_furniture(author)
            or _SORT_CONTROL.match(author)):
        return False
    at = block.index(head) if head in block else -1
    under = [line for line in block[at + 1:] if line.strip()] if at >= 0 else []
    return at >= 0 and (bool(_named_stamp(head)) and not under
                        or 1 <= len(under) <= 2 and _is_stamp(under[0])
                        and all(_REACTION_ROW.match(t.strip()) for t in under[1:]))  # ("👍 3": its reactions)


# A link list's heading after the comments ("ALSO ON THE VALLEY LANTERN", "More from Travel"): no author.
_ALSO_ON = re.compile(r"^(?:also|more) (?:on|from|in) \S", re.I)


def _control_lines(text: str) -> bool:
    """Whether a would-be comment's body is a widget's controls: four or more short lines and no
    sentence among them ("Login", "Join the discussion…", "LOG IN WITH", "Best Newest Oldest")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= _WIDGET_BODY_LINES and all(
        len(line.split()) <= _WIDGET_LINE_WORDS and line[-1:] not in ".!" for line in lines)


_WIDGET_BODY_LINES = 4
_WIDGET_LINE_WORDS = 6
_ADVERT_WORDS = 16  # the words of a spammer's advert in a name field, over its comment's stamp
_ADVERT_NAME = 120


def _named_paragraph(paragraphs: list[list[str]], last: int) -> int:
    """The paragraph a comment with no stamp in its header opens (its stamp in the action row
    under it): the last paragraph whose first line is a name over prose, when the paragraphs after
    it are prose; `last` when there is none."""
    if _name_like(paragraphs[last][0], _NAME_WORDS) or not _emoji_prose(paragraphs[last][0]):
        return last
    for n in range(last - 1, -1, -1):
        paragraph = paragraphs[n]
        if (len(paragraph) > 1 and _name_like(paragraph[0], _NAME_WORDS)
                and not _is_comment_meta(paragraph[0]) and not _is_furniture(paragraph[0])
                and (_emoji_prose(paragraph[-1]) or _short_sentence(paragraph[-1]))):
            return n  # (a first paragraph of one short sentence: "First time commenting.")
        if not _emoji_prose(paragraph[0]):
            return last
    return last


_SENTENCE_WORDS = 3


def _short_sentence(line: str) -> bool:
    """A sentence too short for prose ("Long time listener, first time commenting."): a few words
    and a sentence's end."""
    return len(line.split()) >= _SENTENCE_WORDS and line.rstrip()[-1:] in ".!?…"


_TRAILING_EMOJI = re.compile(r"[\s\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]+$")


def _emoji_prose(line: str) -> bool:
    """Prose, a sentence closed by an emoji ("… para may consolation naman tayo. 🙏") as well."""
    return _is_prose(_TRAILING_EMOJI.sub("", line) or line)


def _stamp_header(paragraph: list[str]) -> bool:
    """Whether a paragraph opens with a comment's header: a stamp among its first lines (or a name
    and its stamp on the first line, "Ann Lee | 17 Apr, 2026 09:14am"), and body after it."""
    return (any(_is_stamp(line) for line in paragraph[:_HEADER_LINES + 2][:-1])
            or (len(paragraph) > 1 and bool(_named_stamp(paragraph[0]))))


def _named_stamp(line: str, comma: bool = False) -> str:
    """The name of a header line that holds a commenter's name and, after a separator (or a comma,
    when `comma`), the stamp ("Ann Lee | 17 Apr, 2026 09:14am", "ann_lee · 5 hours ago", "Ann Lee,
    18.04.2026 08:14"); '' for any other line."""
    text = line.strip()
    if len(text) > _SHORT_LINE:
        return ""
    parts = _AUTHOR_SEPARATORS.split(text, maxsplit=1)
    if len(parts) != 2 and comma:
        parts = text.split(", ", 1)
    if len(parts) != 2 or not _is_stamp(parts[1]):
        return ""
    name = _clean_author(parts[0])[0]
    return name if name and _name_like(name, _NAME_WORDS) and not _is_furniture(name) else ""


def _widget_header(author: str, text: str) -> bool:
    """Whether a would-be comment is a widget's lines: a header of three or more words and a body
    that are all furniture (a commenter called "AP" who writes "Disclaimer: …" stays)."""
    return len(author.split()) >= 3 and all(_is_furniture(line) for line in (author, *text.split("\n"))
                                            if line.strip())


_WIDGET_WORDS = 12  # lines above a comment longer than this are article text, not widget lines


def _first_prose(lines: list[str]) -> int:
    """The index of the first line of article prose (len(lines) when there is none)."""
    return next((k for k, line in enumerate(lines) if len(line) > 40 and _is_prose(line.strip())), len(lines))


_TAB_WORDS = 3


def _in_tabs(lines: list[str], k: int) -> bool:
    """Whether line k is one tab of a row of tabs, one short label a line, with counts beside some
    ("FAQ 4", "Updates 6", "Comments 1,032", "Community"): a project's or profile's tabs, whose
    counter counts another page's comments, never this section's heading."""
    if not 0 < k < len(lines) - 1:
        return False
    around = [lines[k - 1].strip(), lines[k + 1].strip()]
    return (all(0 < len(t.split()) <= _TAB_WORDS and not _is_comment_heading(t) and t[-1:] not in ".!?:"
                and not _is_stamp(t) and not _is_date_line(t) and not _is_action_line(t) for t in around)
            and any(_LABEL_COUNT.match(t) for t in around))


def _comment_heading(lines: list[str]) -> int | None:
    """The line that opens the comment section: the first comment heading after the article's first
    prose line; a counter above the body (a share bar's "Comment 212") only when no heading follows
    the body and no prose paragraph stands between it and the first comment."""
    headings = [k for k, line in enumerate(lines)
                if line.strip() and not line[:1].isspace() and _is_comment_heading(line.strip())
                and not _share_bar(lines, k) and not _in_tabs(lines, k)]
    under_rows = [k for k in headings if _counter_under_row(lines, k)]
    headings = [k for k in headings
                if k not in under_rows or not (len(under_rows) > 1 or _indented_under(lines, k))]
    if not headings:
        return None
    prose = _first_prose(lines)
    after = [k for k in headings if k > prose]
    if after:  # a share bar's "86 comments" above the rest of the article opens nothing
        return _last_heading(lines, next(
            (k for k in after if _prose_before_action(lines, k) <= _FIRST_COMMENT_LINES), after[0]), after)
    first = headings[0]
    return _last_heading(lines, first, headings) if _prose_before_action(lines, first) <= 1 else None


_ROW_COUNTER = re.compile(r"^\d[\d,.]*[km]?\s+(?:comments?|repl(?:y|ies))$", re.I)
_ROW_REACH = 8  # lines above a comment's action row where its stamp stands


def _counter_under_row(lines: list[str], k: int) -> bool:
    """Whether a comment counter ("2 comments") stands right under an action row with a stamp a few
    lines above it: a comment's own counter (a review's "Like   Comment", then "2 comments" over the
    comments on it) when the comments under it are indented or other comments have one too; else the
    counter of a post over its replies. The section's counter stands apart, after the article."""
    if not _ROW_COUNTER.match(lines[k].strip()):
        return False
    row = k - 2 if k > 1 and not lines[k - 1].strip() else k - 1  # (a blank line between, at most)
    if row < 0 or not _is_action_line(lines[row].strip()[:80]):
        return False
    return any(_is_stamp(lines[j]) for j in range(max(0, row - _ROW_REACH), row) if lines[j].strip())


def _indented_under(lines: list[str], k: int) -> bool:
    """Whether the next non-blank line under line k is indented deeper than it."""
    under = next((line for line in lines[k + 1:] if line.strip()), "")
    return _indent_of(under) > _indent_of(lines[k])


# short lines a share bar has under its "Comment" button, at least (this read 3 but was rebound to
# the quote bar's 2 at import; 2 is what every layout set has been measured with, so 2 it stays)
_SHARE_BAR_LINES = 2
_BAR_REACH = 8


def _share_bar(lines: list[str], k: int) -> bool:
    """Whether a comment heading is a button of an article's tool bar ("Comment", "Text size",
    "Print", "Share", then the article): short lines under it with an action row and no stamp
    among them, then more lines of prose than a first comment has before its action row."""
    short: list[str] = []
    for j in range(k + 1, min(len(lines), k + 1 + _BAR_REACH)):
        text = lines[j].strip()
        if not text:
            continue
        if len(text.split()) >= _WIDGET_WORDS:  # the article goes on after it (not a first comment's body)
            return (len(short) >= _SHARE_BAR_LINES and any(_is_action_line(t) for t in short)
                    and not any(_is_stamp(t) for t in short)
                    and _prose_before_action(lines, j - 1) > _FIRST_COMMENT_LINES)
        if len(text.split()) > _CONTROL_RUN_WORDS:
            return False
        short.append(text)
    return False


def _last_heading(lines: list[str], k: int, headings: list[int]) -> int:
    """The last comment heading reached from heading k through a widget's short lines only (a
    plugin's "Join the conversation", its form and then its "13 Comments" counter and sort words)."""
    for j in headings:
        if j > k and all(len(lines[i].split()) <= _WIDGET_WORDS and not _is_prose(lines[i].strip())
                         and not _is_action_line(lines[i].strip()[:80]) and not _is_stamp(lines[i])
                         for i in range(k + 1, j)):
            k = j  # no action row or stamp between: no comment stands between the two
    return k


_FIRST_COMMENT_LINES = 3  # prose lines a first comment may have before its action row


def _prose_before_action(lines: list[str], start: int) -> int:
    """How many prose lines stand between line `start` and the first action row after it."""
    action = next((k for k in range(start + 1, len(lines)) if lines[k].strip()
                   and _is_action_line(lines[k].strip())), len(lines))
    return sum(1 for k in range(start + 1, action) if len(lines[k]) > 40 and _is_prose(lines[k].strip()))


# A chat message's time alone, perhaps with its edit mark: "09:31", "edited 10:24".
_BARE_TIME = re.compile(r"^(?:edited\s+)?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?(?:\s+edited)?$")
# A reaction button with its count under each comment ("I think so 2104", "Agree 12"): a label of one
# to five words and a number; a label the section repeats under several comments is a counter.
# (comment_blocks reads its sections' counters with the same pattern: "Agree (12)" too)
_LABEL_COUNT = re.compile(r"^(?P<label>[^\W\d][\w'’ ]{0,40}?)\s+(?:\(\d[\d,.]*[km]?\)|\d[\d,.]*[km]?)$", re.I)
_MIN_COUNTERS = 3  # a label with a count repeated this often is a reaction counter, not a name
_BUTTON_LABEL = re.compile(r"^[A-Z][a-z]{2,15}$")  # a reaction button's one word ("Respect", "Upvote")
_BARE_COUNT = re.compile(r"^\d[\d,.]*[km]?$", re.I)
# The toggle above replies a portal shows under a comment, and the link closing them.
_HIDE_REPLIES = re.compile(r"^[—–-]?\s*hide (?:\d+ )?repl(?:y|ies)$", re.I)
_MORE_REPLIES = re.compile(r"^(?:see|view|show|load) (?:all |more |\d+ more )*repl(?:y|ies)\b.{0,20}$", re.I)


def _reaction_counters(lines: list[str], start: int) -> set[int]:
    """The lines after `start` that are reaction counters: a short label and a count, the label
    repeated under at least three comments; or the label's button on a line of its own with the
    count on the next ("Respect", "41"), the two lines."""
    labels: dict[str, list[int]] = {}
    for k in range(start, len(lines)):
        text = lines[k].strip()
        match = _LABEL_COUNT.match(text) if len(text) < 60 else None
        if match and len(match.group("label").split()) <= 5 and not _is_stamp(text) and not (
                is_registration_line(text)):  # ("Joined Mar 2011": a poster's box, no count)
            labels.setdefault(match.group("label").lower(), []).append(k)
        elif len(text) < 20 and _LIKES_ALONE.match(text):
            labels.setdefault("♡", []).append(k)  # "♡ 214": a heart for its label
        elif (k + 1 < len(lines) and _BUTTON_LABEL.match(text) and _BARE_COUNT.match(lines[k + 1].strip())
              and not _is_stamp(text)):
            labels.setdefault("\n" + text.lower(), []).extend((k, k + 1))
    return {k for label, found in labels.items()
            if len(found) // (2 if label.startswith("\n") else 1) >= _MIN_COUNTERS for k in found}


def _shown_replies(lines: list[str], start: int) -> set[int]:
    """Lines inside the replies a "Hide replies" toggle shows under a comment: from the toggle to a
    "See more replies" link or a blank line."""
    shown: set[int] = set()
    for k in range(start, len(lines)):
        if len(lines[k]) < 40 and _HIDE_REPLIES.match(lines[k].strip()):
            j = k
            while j < len(lines) and lines[j].strip() and not (
                    j > k and _MORE_REPLIES.match(lines[j].strip())):
                shown.add(j)
                j += 1
    return shown


# The link that would load the rest of a comment section, unindented ("Show more comments", "Load more
# comments"): the copied page's comments end there.
_MORE_COMMENTS = re.compile(r"^(?:show|load|see|view) (?:more|all|older|previous|earlier)"
                            r"(?: \d[\d,.]*[km]?)? comments$", re.I)  # ("Show all 52 comments": its count)
_PAGER = re.compile(_COMMENT_PAGER, re.I)  # ("Viewing 10 of 87 comments · Next page": the list's end)


def _list_pager(line: str) -> bool:
    """The comment list's own pager, flush with the list: not a reply thread's count indented under a
    comment, nor one of replies ("Showing 1 of 4 replies" under a comment's replies)."""
    return bool(_PAGER.match(line)) and "repl" not in line.lower()

_MORE_CHARS = 40


def _loads_more(lines: list[str], start: int, stop: int) -> int:
    """The line after the "Show older comments" links (blank lines between) opening lines start to
    stop, else start."""
    k, after = start, start
    while k < stop and (not lines[k].strip()
                        or (len(lines[k]) < _MORE_CHARS and _MORE_COMMENTS.match(lines[k].strip()))):
        k += 1
        after = k if lines[k - 1].strip() else after
    return after


_STAMPED_ROWS = 0.75  # the share of action rows right under a stamp that makes the stamp the comment's end


def _rowless_stamps(lines: list[str], actions: list[int]) -> list[int]:
    """The action rows, and where the page sets each comment's stamp right over its row ("21 Nov
    2026" over "♡ 214"), the stamp of a comment printed with no row (a spammer's, whose likes the
    page hides) when the next comment's name stands right under it: that comment ends there too."""
    rows = set(actions)
    over = sum(k > 0 and _is_stamp(lines[k - 1]) for k in actions)
    if len(actions) < _MIN_COUNTERS or over < _STAMPED_ROWS * len(actions):
        return actions
    ends = [j for j in range(actions[0] + 1, actions[-1] - 2)
            if j not in rows and j + 1 not in rows and _is_stamp(lines[j]) and lines[j - 1].strip()
            and _name_like(lines[j + 1].strip(), _NAME_WORDS) and not _is_comment_meta(lines[j + 1])
            and lines[j + 2].strip()]
    return sorted(rows | set(ends))


# A comment's count of its replies alone on a line ("1 reply", "0 replies"): a counter, not a row of actions
# that closes the comment (a widget prints it under some comments and not others, the replies under it)
_REPLIES_SHOWN = re.compile(r"^\s*\d[\d,]*\s+repl(?:y|ies)\s*$", re.I)


# An action row's overflow menu alone on the line under the row's last button ("Reply" over "More",
# "⋯"): the row's, never the next commenter's name (read only right under an action line).
_OVERFLOW_ALONE = re.compile(r"^\s*(?:more|more options|[⋯…]|\.\.\.)\s*$", re.I)


def _plain_comments(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments without bullets: after a comment heading, each ends with an action row; an indented
    author line, a "Replying to X" line, an opening @handle or a "1 reply by X" counter marks a reply."""
    heading = _comment_heading(lines)
    if heading is None:
        return [], set()
    counters = _reaction_counters(lines, heading + 1)
    actions = [k for k in range(heading + 1, len(lines)) if lines[k].strip()
               and (_is_action_line(lines[k].strip()) or k in counters)
               and not _REPLIES_SHOWN.match(lines[k])]
    if not actions:  # a chat's comments end with their time alone ("18:51"), not an action row
        actions = [k for k in range(heading + 1, len(lines)) if _BARE_TIME.match(lines[k].strip())]
        if actions and not any(lines[k].strip() for k in range(heading + 1, actions[0])):
            actions = []  # the first line under the heading: times over the messages, not closing them
    actions = _rowless_stamps(lines, actions)
    closing = next((k for k in range(actions[0] + 1, len(lines)) if (len(lines[k]) < 40
                    and _MORE_COMMENTS.match(lines[k])) or _list_pager(lines[k])),
                   None) if actions else None
    # (under a comment's action row: "Load more comments" over the first comment loads earlier ones)
    if closing is not None:  # "Show more comments": the rest are not printed; the rows after are the page's
        actions = [k for k in actions if k < closing]
    shown = _shown_replies(lines, heading + 1)
    found: list[tuple[int, RawComment]] = []
    taken = {heading}
    start = heading + 1
    for k in actions:
        if (not found and len(lines[k]) < 80 and _is_comment_heading(lines[k].strip())
                and all(len(lines[j].split()) <= _WIDGET_WORDS for j in range(start, k))):
            taken |= set(range(start, k + 1))  # "3 Responses" over a reaction bar's short lines, then "4
            start = k + 1                      # Comments" (a counter): the comments begin under it
            continue
        if not found and (more := _loads_more(lines, start, k)) > start:
            taken |= set(range(start, more))  # "Show older comments" over the first: no name of a commenter
            start = more
        cut = _after_notice(lines, start, k)  # a removed comment's slot (and its stamp) over this comment
        comment, begins = _avatar_card_comment(lines, cut, k) or _chunk_comment(lines[cut:k], not found)
        if comment is None and cut > start:  # no comment with a header of its own under the notice
            cut = start
            comment, begins = _chunk_comment(lines[start:k], not found)
        begins += cut - start
        if (comment is not None and not found and (header := _name_over_meta(
                lines, start, _first_header(lines, start, k))) > start + begins
                and _form_lines(lines, start + begins, header)):
            comment, begins = _chunk_comment(lines[header:k], True)  # the widget's form, tabs and sort
            begins += header - start  # row over the first comment's header: none of them its author
        if comment is None and not found and (header := _first_header(lines, start, k)) > start:
            comment, begins = _chunk_comment(lines[header:k], True)  # the widget's sort menu and
            begins += header - start  # sign-in prompt over the first comment's header
        if comment is not None and not comment.body and k + 1 < len(lines) and lines[k + 1].strip() and not (
                _is_comment_meta(lines[k + 1]) or _is_action_line(lines[k + 1].strip())):
            comment = None  # "Name", "3 days ago", "Reply", then the body: the row stands inside the comment
        if comment is None and (slot := _notice_as_name(lines, start, k)) is not None:
            comment, begins = slot[0], slot[1] - start  # "[deleted]" over a stamp and the text that survives
        if comment is not None and start + begins in shown and not comment.is_reply:
            comment = replace(comment, is_reply=True)  # shown under the comment above: a reply to it
        notices: list[int] = []  # the lines of this chunk's notices read as slots
        for j in range(start, k):  # a removed comment's notice above this comment: a comment of nobody's
            # (the comment's own text is no slot; a notice over its header is one even when the text is the
            # same notice: "This comment has been removed" alone, then a removed comment's name and stamp)
            own = comment is not None and j >= start + begins and lines[j].strip() in comment.body
            if not own and is_removal_notice(lines[j]) and (
                    comment is None or _clean_author(lines[j])[0] != comment.author):
                if notices and _notice_over_stamp(lines, notices[-1], j):
                    taken |= set(range(notices[-1], j + 1))  # "[deleted]" in the name's place, the
                    continue  # stamp, "[deleted]" in the body's: one slot
                head, name = _notice_header(lines, start, j)  # its author's name and stamp kept above it
                author = _clean_author(lines[name])[0] if name < j else ""
                if name == j and (sign := _notice_signer(lines, j, k)) > j:  # or signed under it
                    author = _named_stamp(lines[sign], comma=True)
                    taken.add(sign)
                if comment is not None and author == comment.author and head >= start + begins:
                    author, head = "", j  # the header is the comment's own
                notices.append(j)
                found.append((_indent_of(lines[head]), RawComment(0, author, lines[j].strip(), 0, "", False)))
                taken |= set(range(head, j + 1))
        if comment is not None and not found and _unstamped_form(lines, start, k):
            comment = None  # the form's buttons over its submit row ("Markdown help", "Comment
            # anonymously", "Add Comment"), the stamped comments under it
        if comment is None and not found and all(len(lines[j].split()) <= _WIDGET_WORDS
                                                 for j in range(start, k)):
            taken |= set(range(start, k + 1))  # the widget's sort words and form before the first comment
        if comment is not None and _REMOVAL_NOTICE.match(comment.author.strip()):
            # "Comment removed by a moderator …" read as a header: a comment of nobody's; a "[deleted]"
            # author slot stays the author, as the page shows it
            comment = replace(comment, author="", body=_clean_author(comment.author)[0])
        if comment is not None:
            first = next((line for line in lines[start:k] if line.strip() and not _is_comment_meta(line)), "")
            found.append((_indent_of(first), comment))
            lead = range(start, start + begins)  # widget lines above the comment; never article prose
            short = all(len(lines[j].split()) <= _WIDGET_WORDS for j in lead)
            taken |= set(range(start if short else start + begins, k + 1))
        start = k + 1
        if start < len(lines) and _OVERFLOW_ALONE.match(lines[start]) and not _signed_under(lines, start):
            taken.add(start)  # the row's overflow menu on a line of its own ("Reply" / "More")
            start += 1
    for j in range(start, len(lines)) if found else ():  # removed comments' notices after the last row
        if not lines[j].strip() or j in taken:
            continue  # (a notice's sign line is read with it)
        if not is_removal_notice(lines[j]):
            break  # "Show more comments", the page's lists: the section is over
        sign = _notice_signer(lines, j, len(lines))
        author = _named_stamp(lines[sign], comma=True) if sign > j else ""
        found.append((_indent_of(lines[j]), RawComment(0, author, lines[j].strip(), 0, "", False)))
        taken |= {j, sign} if sign > j else {j}
    found = _without_excerpts(found)
    if not found:
        return [], set()
    return _nested(found), taken


def _avatar_card_comment(lines: list[str], start: int, stop: int) -> tuple[RawComment, int] | None:
    """The comment of lines start..stop headed by an avatar's alt text naming its commenter over the
    name itself ("Profile image for Ann Lee", "Ann Lee"), as a developer community prints it, and the
    line of the chunk where it starts. The name's hover card between (the name again, "Follow", a
    profile summary, "Location", "Joined" and its date) is the header's: the comment's stamp is the
    last stamp of the chunk, and its text follows it (after a badge such as "Author")."""
    avatar = next((j for j in range(start, stop - 1) if len(lines[j]) <= _NAME_LINE_CHARS
                   and (m := _AVATAR.match(lines[j].strip())) and (name := m["of"] or m["name"] or "")
                   and lines[j + 1].strip() == name.strip() and _name_like(name.strip(), _NAME_WORDS)), None)
    if avatar is None:
        return None
    stamp = next((j for j in range(stop - 1, avatar + 1, -1) if _is_stamp(lines[j].strip())), None)
    if stamp is None:
        return None
    end = stop
    while end > stamp + 1 and (not lines[end - 1].strip() or _REACTION_LABEL.match(lines[end - 1].strip())
                               or _is_comment_meta(lines[end - 1])):
        end -= 1  # the reaction button's label over its count ("Like comment:", "42 likes")
    body, reply_to, marked = _reply_marks(_trim_meta(lines[stamp + 1:end]))
    text = _one_blank_line("\n".join(line.strip() for line in body))
    if not text:
        return None
    return RawComment(0, lines[avatar + 1].strip(), text, 0, reply_to, marked), avatar - start


# A reaction button's label printed as a line over the comment's row ("Like comment:", "Upvote reply").
_REACTION_LABEL = re.compile(r"^(?:like|upvote|downvote|react to|heart) (?:comment|reply|post):?$", re.I)


def _signed_under(lines: list[str], k: int) -> bool:
    """Whether line k is a comment's whole text signed under it: a "Name · stamp" line, then the
    action row ("More", "Jo Park · 3 hours ago", "Reply"), as a thread prints the body first."""
    return (k + 2 < len(lines) and "·" in lines[k + 1] and _is_stamp(lines[k + 1])
            and _is_action_line(lines[k + 2].strip()))


_FORM_WORDS = 3  # a comment form's button or link ("Markdown help", "Comment anonymously")
# A comment form's prompt, its e-mail notice and its sort row ("Leave a Reply", "Write a comment...",
# "Sort by: Best", "Sorting: Newest first | Oldest first").
_COMMENT_FORM = re.compile(r"^(?:(?:add|post|leave|write) an? (?:comment|reply|response)\b"
                           r"|sort(?:ed|ing)? by\b|sorting\s*:"
                           r"|your e-?mail address will not be published)", re.I)
_FORM_ROWS = 3  # a form's prompt, a tab or notice, a sort row: more than a name and its badge
_FORM_REACH = 8  # lines under a form's submit row to the first comment's header (sign-in, sort menu)


# The words of a comment form's buttons and links, a closed list ("Markdown help", "Comment anonymously",
# "Add Comment", "Post as guest", "Preview", "Cancel"): a row made of them alone is a control, never a
# commenter's words ("Hear hear", "Great post").
_FORM_CONTROL_WORDS = frozenset((
    "add", "post", "submit", "send", "cancel", "preview", "comment", "comments", "reply", "replies",
    "markdown", "html", "formatting", "help", "anonymously", "anonymous", "as", "a", "guest", "login",
    "log", "sign", "in", "up", "register", "attach", "image", "gif", "emoji", "notify", "me", "subscribe",
    "save", "draft", "edit", "write", "your", "bold", "italic", "link", "quote", "spoiler", "code"))


def _form_control(row: str) -> bool:
    """A row of a comment form's buttons or links: its words all from the form's closed list."""
    words = re.findall(r"[^\W\d_]+", row.lower())
    return bool(words) and all(word in _FORM_CONTROL_WORDS for word in words)


def _unstamped_form(lines: list[str], start: int, stop: int) -> bool:
    """Whether lines start..stop, read as the first comment, are a comment form's buttons: a few
    rows of a form's controls (_form_control), no stamp among them, while a name over its stamp follows
    within a few lines (a widget that stamps its comments stamps its first one too). An unstamped first
    comment of a short line ("Hear hear") over stamped ones is a comment."""
    rows = [text for j in range(start, stop) if (text := lines[j].strip())]
    return (0 < len(rows) <= _FORM_WORDS and any(_headed_under(lines, j) for j in range(stop + 1, min(
                len(lines), stop + 1 + _FORM_REACH)))
            and all(len(row.split()) <= _FORM_WORDS and _form_control(row) and not _is_stamp(row)
                    and not _is_comment_meta(row) for row in rows))


def _name_over_meta(lines: list[str], start: int, header: int) -> int:
    """The line of the name over a header found on a meta line (a trade or a badge between the name
    and the stamp: "mossbank", "bought H$250 NO at 31%", "1d"): the header starts at the name."""
    while header > start and _is_comment_meta(lines[header]):
        header -= 1
    return header


def _form_lines(lines: list[str], start: int, stop: int) -> bool:
    """Whether lines start..stop are a comment widget's own (its form's prompt and notice, its tabs
    and its sort row over the first comment): short lines or furniture, the form's prompt or its
    sort row among them (a commenter's name, badge, place or profile card over the stamp has
    neither), and no stamp among them (a comment's own stamp would make them its header)."""
    rows = [text for j in range(start, stop) if (text := lines[j].strip())]
    return len(rows) >= _FORM_ROWS and any(_COMMENT_FORM.match(row) for row in rows) and all(
        (len(row.split()) <= _WIDGET_WORDS or _is_furniture(row)) and not _is_stamp(row) for row in rows)


def _first_header(lines: list[str], start: int, stop: int) -> int:
    """The line where the first comment's header (a name over its stamp, or a letter avatar over
    them) starts among lines start..stop, or start: what stands above it is the widget's."""
    return next((j for j in range(start + 1, stop - 2) if _headed_under(lines, j)
                 and not _headed_under(lines, j - 1)), start)


def _notice_as_name(lines: list[str], start: int, stop: int) -> tuple[RawComment, int] | None:
    """The comment of the lines start..stop whose author's account is gone: a removal notice in the
    name's place ("[deleted]"), its stamp under it, then the text that survives, and the line the
    notice stands on; None for any other chunk (a slot whose text is gone too: "[deleted]", its stamp,
    "[deleted]"). The notice stays the author, as the page shows it (an old forum's "[deleted]")."""
    head = next((j for j in range(start, stop) if lines[j].strip()), stop)
    if head + 2 >= stop or not is_removal_notice(lines[head]) or not _is_stamp(lines[head + 1].strip()):
        return None
    below = head + 1
    while below < stop and lines[below].strip() and _is_comment_meta(lines[below]):
        below += 1
    text = [lines[j].strip() for j in range(below, stop)
            if not lines[j].strip() or not _is_comment_meta(lines[j])]
    if not any(text) or any(is_removal_notice(line) for line in text if line):
        return None
    body = _one_blank_line("\n".join(text).strip())
    return RawComment(0, lines[head].strip(), body, 0, "", False), head


def _notice_over_stamp(lines: list[str], above: int, notice: int) -> bool:
    """Whether the notice on line `above` heads the slot of the notice on line `notice`: only stamp
    and meta lines between them, one stamp at least, in one block ("[deleted]", "Nov 14, 2026",
    "[deleted]"). A blank line between, or a stamp under the second notice as under the first, makes
    them two slots of the same form ("[deleted]", "3h", "[deleted]", "3h": two removed comments)."""
    between = lines[above + 1:notice]
    if not between or not all(line.strip() for line in between):
        return False
    if notice + 1 < len(lines) and lines[notice + 1].strip() and _is_stamp(lines[notice + 1]):
        return False
    return all(_is_comment_meta(line) for line in between) and any(_is_stamp(line) for line in between)


def _after_notice(lines: list[str], start: int, stop: int) -> int:
    """Where the comment of the lines start..stop begins: after the paragraph of the last removed
    comment's notice among them ("Comment deleted" and its stamp, a blank line, then a comment with
    a header of its own: a slot with no action row), else `start`."""
    cut = start
    for j in range(start, stop):
        if not is_removal_notice(lines[j]):
            continue
        end = j + 1
        while end < stop and lines[end].strip() and _is_stamp(lines[end].strip()):
            end += 1
        if end < stop and not lines[end].strip() and any(lines[n].strip() for n in range(end, stop)):
            cut = end
        elif end < stop and lines[end].strip() and _indent_of(lines[end]) == _indent_of(lines[j]) > 0:
            cut = end  # a list's rows, no blank line between them: the next row at the notice's indent
        elif _header_under_notice(lines, end, stop):
            cut = end  # no blank line, no indent: the next comment's name over its stamp
    return cut


def _header_under_notice(lines: list[str], k: int, stop: int) -> bool:
    """A comment's header right under a removed comment's notice: a short name line (no stamp, no
    sentence) over a stamp line, with the comment's own lines under them."""
    if k + 2 >= stop or not lines[k].strip() or not _is_stamp(lines[k + 1].strip()):
        return False
    name = lines[k].strip()
    return (len(name.split()) <= _NAME_WORDS and not _is_stamp(name) and not is_removal_notice(name)
            and name[-1:] not in ".!?:" and any(lines[n].strip() for n in range(k + 2, stop)))


def _nested(found: list[tuple[int, RawComment]]) -> list[RawComment]:
    """Comments found with their indents, numbered and nested: each indent a level (a marked reply
    at least the first), the parent the latest comment less deep, or the commenter an opening
    "@name" addresses."""
    level = {indent: k for k, indent in enumerate(sorted({indent for indent, _ in found}))}
    comments: list[RawComment] = []
    open_: list[tuple[int, str]] = []  # (depth, author) of the latest comment at each shallower depth
    latest: dict[str, int] = {}  # each author's latest position, and the lengths of their names
    lengths: set[int] = set()
    subjects: dict[str, str] = {}  # each comment's subject line (its first line) and its author
    for n, (indent, c) in enumerate(found):
        first_line = c.body.split("\n", 1)[0].strip()
        # "Re: Ferry times" answers the comment headed "Ferry times"
        answered = subjects.get(_SUBJECT.sub("", first_line).casefold(), "") if _SUBJECT.match(
            first_line) and not c.reply_to else ""
        depth = max(level[indent], 1 if c.is_reply or answered else 0)
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        parent = open_[-1][1] if depth and open_ else ""  # the latest comment less deep than this one
        named = _addressed(c.body, latest, lengths)
        reply_to = named or c.reply_to or answered or parent  # "@Tom Beck …" addresses the commenter Tom Beck
        if (depth and c.author and reply_to == c.author and not (named or c.reply_to or answered) and comments
                and comments[-1].depth == depth and comments[-1].author != c.author):
            reply_to = comments[-1].author  # a thread's opener under their own comment: the reply above
        comments.append(RawComment(n + 1, c.author, c.body, depth, reply_to, depth > 0))
        if first_line and len(first_line.split()) <= _SUBJECT_WORDS:
            subjects.setdefault(first_line.casefold(), c.author)
        open_.append((depth, c.author))
        latest[c.author] = n
        lengths.add(len(c.author))
    return comments


# ---- comments signed under their body: a subject line, the body, then "by name on <date> reply flag" ----

# The sign line under a comment's body: "by ann_lee on Mar 11, 2025 | 8:21 AM  reply  rec (14)  flag",
# "Posted by Ann Lee | March 11, 2025 8:21 AM", "by ann_lee, 11 Mar 2025".
_SIGN_LINE = re.compile(r"^(?:(?:posted|submitted|written) )?by:?\s+(?P<name>\S(?:.{0,40}?\S)?)"
                        r"(?:\s+(?:on|at|[|·•–—-])\s+|,\s+)(?P<rest>\S.{5,120})$", re.I)
_SIGN_ACTION = re.compile(r"^[^\W\d_]{2,12}(?:\s*\(\d[\d,.]*[km]?\))?$", re.I)  # "reply", "rec (14)"
_SUBJECT_WORDS = 12
_SIGN_PLACE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
                         r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?\s+[|·•]\s+(?=\S)")


def _sign_line(line: str) -> str:
    """The commenter a sign line under a comment's body names ('' when the line is not one): the date
    after "on", then nothing but short action words (one of them an action word: "reply", "flag")."""
    text = line.strip()
    match = _SIGN_LINE.match(text) if len(text) <= 200 else None
    name = _SIGN_BADGE.sub("", match.group("name")) if match else ""
    if match is None or not (_name_like(name, _NAME_WORDS) or _display_name(name)):
        return ""  # (a name as typed, lower-case words and all: "the night bus", over a date only)
    date, *actions = re.split(r"\s{2,}", _SIGN_TALLY.sub("", match.group("rest")))
    place = _SIGN_PLACE.match(date)  # "by Ann Lee | Harlow | 15 Nov 2026, 5:02 PM": the town before the date
    if place and not _is_date_line(date) and not _is_date_line(place.group()):
        date = date[place.end():]
    if not _is_date_line(date) or not all(_SIGN_ACTION.match(a) for a in actions) or (
            actions and not any(a.split()[0].lower() in ACTION_WORDS for a in actions)):
        return ""
    return name


# A sign line's badge after the name ("posted by ann_lee (staff) at …") and its tally in brackets at
# the end ("… on March 3, 2026 [24 favorites]").
_SIGN_BADGE = re.compile(r"\s+\((?i:staff|mod|moderator|admin|administrator|op|author|team|editor)\)$")
_SIGN_TALLY = re.compile(r"\s*\[\d[\d,.]*[km]? [a-z]{3,12}\]$", re.I)


_FIRST_SIGNED_LINES = 12


def _first_signed(lines: list[str], sign: int) -> int:
    """Where the first signed comment begins on a page with no comment heading: under the post's
    own sign line ("posted by ann_lee (12 comments total)") when it stands a few lines above the
    comment's body (in its block or the blocks just above: the tally may close the post's own
    paragraph), else at its sign line (the article's prose above it is no comment's)."""
    for k in range(sign - 1, max(-1, sign - 1 - _FIRST_SIGNED_LINES), -1):
        if _is_posted_by(lines[k]):
            return k + 1
    return sign


def _subject_paragraph(paragraph: list[str]) -> bool:
    """Whether a paragraph opens with a comment's subject line: a short line over prose."""
    first, second = paragraph[0].strip(), paragraph[1].strip() if len(paragraph) > 1 else ""
    return (bool(second) and len(first.split()) <= _SUBJECT_WORDS and first[-1:] not in ".!?:,;"
            and (bool(_SUBJECT.match(first)) or not _is_furniture(first))
            and (second[-1:] in ".!?\"”’'…)" or len(second.split()) > _SUBJECT_WORDS))


def _signed_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments whose author and stamp stand in a sign line under the body ("by ann_lee on Mar 11,
    2025 | 8:21 AM  reply  flag"), each body under a subject line ("Re: …" on replies), after the
    article's prose (and its comment heading); indentation nests the replies; a removal notice
    between two posts is a comment of nobody's."""
    heading = _comment_heading(lines)
    after = max(_first_prose(lines), heading if heading is not None else -1)
    names = {k: name for k in range(after + 1, len(lines))
             if lines[k].strip() and (name := _sign_line(lines[k]))}
    signs = list(names)
    if len(signs) < _MIN_POSTS:
        return [], set()
    if _signs_head_their_posts(lines, signs):
        return _headed_posts(lines, names, heading)
    found: list[tuple[int, RawComment]] = []
    taken: set[int] = set()
    start = (heading + 1) if heading is not None else _first_signed(lines, signs[0])
    for sign in signs:
        paragraphs: list[list[int]] = [[]]
        for k in range(start, sign):
            if lines[k].strip():
                paragraphs[-1].append(k)
            elif paragraphs[-1]:
                paragraphs.append([])
        paragraphs = [p for p in paragraphs if p]
        notices = [p for p in paragraphs if len(p) == 1 and is_removal_notice(lines[p[0]])]
        for p in notices:
            found.append((_indent_of(lines[p[0]]), RawComment(0, "", lines[p[0]].strip())))
            taken.add(p[0])
        posts = [p for p in paragraphs if p not in notices]
        subject = next((n for n in range(len(posts) - 1, -1, -1)
                        if _subject_paragraph([lines[k] for k in posts[n]])), None)
        if subject is None:
            first = next((n for n, p in enumerate(posts)
                          if any(not _is_furniture(lines[k]) and len(lines[k].split()) > _CONTROL_RUN_WORDS
                                 for k in p)), None)
            if first is None:
                start = sign + 1
                continue
            head, body = posts[first][0], posts[first:]
        else:
            head, body = posts[subject][0], [posts[subject][1:], *posts[subject + 1:]]
        text = "\n\n".join("\n".join(lines[k].strip() for k in p) for p in body if p)
        marked = subject is not None and bool(_SUBJECT.match(lines[head].strip()))
        target = ""
        if subject is None and (arrow := _reply_marks(text.split("\n")))[2]:
            text, target, marked = "\n".join(arrow[0]).strip(), arrow[1], True  # "↪ In reply to Ann Lee"
        found.append((_indent_of(lines[head]), RawComment(0, names[sign], text, 0, target, marked)))
        taken |= set(range(head, sign + 1))
        start = sign + 1
    if heading is not None:
        taken |= {k for k in range(heading, signs[0]) if len(lines[k].split()) <= _WIDGET_WORDS}
    return _nested(found), taken


def _signs_head_their_posts(lines: list[str], signs: list[int]) -> bool:
    """Sign lines set OVER their posts ("Posted by Ann Lee on Nov 17th, 2026", the body under it):
    every sign line has a blank line (or the page's start) above it and a line of text, not another
    sign, right under it. Under the body, a sign line sits right under its text instead."""
    marked = set(signs)
    return all((k == 0 or not lines[k - 1].strip()) and k + 1 < len(lines) and lines[k + 1].strip()
               and k + 1 not in marked for k in signs)


def _headed_posts(lines: list[str], names: dict[int, str],
                  heading: int | None) -> tuple[list[RawComment], set[int]]:
    """The posts under header sign lines: each body runs from under its sign line to the next sign
    line; the last one's ends at the first paragraph that is the page's furniture (the comment box,
    "To place a comment please login") or at the page's end. What stands between the comment heading
    and the first post (the section's disclaimer, "Join the discussion") is the section's, not the
    article's."""
    signs = list(names)
    found: list[tuple[int, RawComment]] = []
    taken: set[int] = set(range(heading, signs[0])) if heading is not None else set()
    for n, sign in enumerate(signs):
        end = signs[n + 1] if n + 1 < len(signs) else len(lines)
        paragraphs: list[list[int]] = [[]]
        for k in range(sign + 1, end):
            if lines[k].strip():
                paragraphs[-1].append(k)
            elif paragraphs[-1]:
                paragraphs.append([])
        body: list[list[int]] = []
        for paragraph in (p for p in paragraphs if p):
            if n + 1 == len(signs) and body and all(_is_furniture(lines[k]) for k in paragraph):
                break
            body.append(paragraph)
        text = "\n\n".join("\n".join(lines[k].strip() for k in p) for p in body)
        found.append((_indent_of(lines[sign]), RawComment(0, names[sign], text)))
        taken |= {sign} | {k for p in body for k in p}
    return _nested(found), taken


# A debate page's comment: its body, then its stamp ("Added: Saturday, 21 November 2026 at 09:12 GMT"),
# then the writer's signature with the town ("Lauren, Leeds", "Gavin, Bangkok, Thailand"), each on a
# line of its own under the body; its counters and buttons under them.
_ADDED_LABEL = re.compile(r"^(?:added|posted|submitted|sent|written|commented|published)(?: on| at)?\s*:?\s+",
                          re.I)
_TOWN_SIGNATURE = re.compile(r"^(?P<name>[\w.'’-]{2,30}(?: [\w.'’-]{1,30}){0,2}?)"
                             r"(?:,\s+(?-i:[A-Z])[\w.'’-]*(?: [\w.'’-]+){0,2}){1,2}$")
_LABEL_WORDS = 3
_COUNTER_ROW_WORDS = 12


def _comment_label(line: str) -> bool:
    """A short label a debate page sets over a comment's body: a badge ("Editors' Pick", "Featured",
    "Top comment") or a few words each capitalised ("Readers' Choice"), without end punctuation; a
    commenter's short reply opening the body ("Totally agree", "Agreed", "Hear hear") is no label."""
    from .comment_blocks import _is_badge
    words = line.split()
    if not words or len(words) > _LABEL_WORDS or line[-1:] in ".!?\"”'’":
        return False
    return _is_badge(line) or (len(words) >= 2 and all(word[:1].isupper() for word in words))


def _added_stamp(line: str) -> bool:
    text = line.strip()
    return len(text) <= 80 and (label := _ADDED_LABEL.match(text)) is not None and _is_date_line(
        text[label.end():])


def _town_signed(line: str) -> str:
    """The name of a signature line with its town after a comma, or a bare name ('' for neither)."""
    text = line.strip()
    if len(text) > _NAME_LINE_CHARS or _is_furniture(text) or _is_action_line(text) or _is_comment_meta(text):
        return ""  # ("Helpful" under a review's "Written October 14, 2026": its button, no signature)
    if (town := _TOWN_SIGNATURE.match(text)) and _name_like(town["name"], _NAME_WORDS):
        return town["name"]
    return text if _name_like(text, 3) and text[-1:] not in "." else ""


def _stamp_signed(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments each closed by a labelled stamp line and the writer's signature under it (a debate
    page's "Added: <date>" over "Name, Town"); lines under the signature up to the blank line (its
    recommendations and buttons) are the comment's own; a short label over a body ("Editors' Pick")
    is no part of it."""
    after = _first_prose(lines)
    names = {k: name for k in range(max(after, 0), len(lines) - 1)
             if _added_stamp(lines[k]) and (name := _town_signed(lines[k + 1]))}
    signs = list(names)
    under_text = sum(k > 0 and bool(lines[k - 1].strip()) for k in signs)
    if len(signs) < _MIN_DASH_SIGNED or under_text * 2 < len(signs):
        return [], set()  # (stamps and names that open their paragraphs head the text under them)
    found: list[tuple[int, RawComment]] = []
    taken: set[int] = set()
    start = None
    for sign in signs:
        first = sign - 1
        if start is None:  # the first comment: its paragraph right above its stamp
            while first > 0 and lines[first - 1].strip():
                first -= 1
        else:
            first = start
        while first < sign and (not lines[first].strip() or _is_furniture(lines[first])
                                or _is_action_line(lines[first].strip())):
            first += 1
        top = first
        if start is None and first > 1 and not lines[first - 1].strip():
            above = first - 1  # the section's counters and sort row over the first comment
            while above > 0 and lines[above - 1].strip():
                above -= 1
            if all(len(t.split()) <= _COUNTER_ROW_WORDS and t.strip()[-1:] not in ".!?\"”"
                   and not _is_prose(t) for t in lines[above:first - 1]):
                top = above
        if first < sign - 1 and _comment_label(lines[first].strip()) and lines[first + 1].strip():
            first += 1  # "Editors' Pick" over the body
        body = "\n".join(line.strip() for line in lines[first:sign]).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        found.append((0, RawComment(0, names[sign], body)))
        end = sign + 2
        while end < len(lines) and lines[end].strip():
            end += 1  # its counters and buttons
        taken |= set(range(top, end))
        start = end
    return _nested(found), taken


# A listener's sign-off as a radio page prints it, on its own line over or under the message: a first
# name (a nickname before it perhaps), then "the" and what the person does, or "in", "from" or "on"
# and where they are ("Rob the farrier", "Big Al in the cab", "Sharon in Tidworth", "Priti on the
# A303"), or the texter's number ("Text ending 4471"). One word after "the" or the place's article:
# "Tom in the end agreed" is a sentence. Read as a name only where the page repeats the form.
# (a name's letters in any Latin script: "Ayşe in Üsküdar")
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
_SIGN_OFF_BODY = (rf"(?:[{_CAP}][{_LOW}'’-]+\s+)?[{_CAP}][{_LOW}'’-]+\s+(?:the\s+[{_LOW}][{_LOW}'’-]+"
                  rf"|(?:in|from|on|at)\s+(?:(?:the|a)\s+)?(?:[{_LOW}][{_LOW}'’-]+"
                  rf"|[{_CAP}\d][\w'’-]*(?:\s+[{_CAP}\d][\w'’-]*){{0,2}}))")
_SIGN_OFF = re.compile(rf"^{_SIGN_OFF_BODY}$"
                       r"|^(?i:(?:a )?(?:text|texter|txt|message|caller) ending(?: in)?) \d{3,4}$")
# The same sign-off after a dash on its own line under a message, where a bare name may stand too,
# with its town after a comma or the presenter's "(studio)" ("- Hakan, Beşiktaş", "- Anonymous",
# "- Jess (studio)", "- ferry_fan_77"): read as a name only under a line of the message's text.
_NAME_WORD = rf"[{_CAP}][\w'’.-]*"
_DASH_SIGN_OFF = re.compile(
    rf"^(?:[-–—~]|--)\s*(?P<name>{_SIGN_OFF_BODY}"
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){{0,2}}"
    r"(?:\s+\((?-i:[a-z]+)\))?|[\w.]{2,30})$")
# A one-line comment signed after its words with a dash or a tilde and no stamp ("Packed, and rightly
# so. — Maria Ostend", "Well said ~ bo_hart"), as guestbooks and small sites print them.
_DASH_SIGNED = re.compile(r"^(?P<body>\S.*?[^\s—–~-])\s+(?:[—–~]|--?)\s*(?P<name>[^\s—–~-][^—–~]{0,40}?)\s*$")
_MIN_DASH_SIGNED = 3
_DASH_ALONE = re.compile(r"^(?:[—–~]|--?)\s*(?P<name>[^\s—–~-][^—–~]{0,40}?)\s*$")
_NAME_LINE_CHARS = 60


def _signer(name: str) -> bool:
    """A name a signature gives: name-like, or a listener's sign-off ("Rob the farrier")."""
    return _name_like(name, _NAME_WORDS) or bool(_SIGN_OFF.match(name.strip()))


def _signed_paragraph(paragraph: list[str]) -> str:
    """The listener's sign-off a message's paragraph closes or opens with, with no stamp in it ('' for
    none: a stamped message is the generic reader's)."""
    last, first = paragraph[-1].strip(), paragraph[0].strip()
    sign = last if _SIGN_OFF.match(last) else first if _SIGN_OFF.match(first) else ""
    if not sign or _is_furniture(sign) or any(_BARE_TIME.match(line.strip()) or _is_comment_meta(line)
                                              for line in paragraph):
        return ""  # ("More from the Valley Lantern" over its links is the page's)
    return sign


def _dash_signed(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments whose paragraph ends with its writer's name after a dash ("… — Ann Lee"), each a
    paragraph of its own under the page's comment heading; at least three of them, the section's
    paragraphs all signed so (a removal notice between them keeps its slot)."""
    heading = _comment_heading(lines)
    if heading is None:
        return [], set()
    paragraphs: list[list[int]] = [[]]
    for k in range(heading + 1, len(lines)):
        if lines[k].strip():
            paragraphs[-1].append(k)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    found: list[tuple[int, RawComment]] = []
    taken: set[int] = set()
    for p in paragraphs:
        last = lines[p[-1]].strip()
        signed = _DASH_SIGNED.match(last) if len(last) <= _SHORT_LINE else None
        alone = _DASH_ALONE.match(last) if len(p) > 1 and len(last) <= _NAME_LINE_CHARS else None
        if signed and _signer(signed["name"]) and not _is_furniture(last):
            text = "\n".join([*(lines[k].strip() for k in p[:-1]), signed["body"].strip()])
            found.append((_indent_of(lines[p[0]]), RawComment(0, signed["name"].strip(), text)))
        elif alone and _signer(alone["name"]):  # the signature on a line of its own
            text = "\n".join(lines[k].strip() for k in p[:-1])
            found.append((_indent_of(lines[p[0]]), RawComment(0, alone["name"].strip(), text)))
        elif len(p) > 1 and (sign := _signed_paragraph([lines[k] for k in p])):  # "Rob the farrier", no dash
            text = "\n".join(lines[k].strip() for k in (p[:-1] if sign == last else p[1:]))
            found.append((_indent_of(lines[p[0]]), RawComment(0, sign, text)))
        elif len(p) == 1 and is_removal_notice(lines[p[0]]):
            found.append((_indent_of(lines[p[0]]), RawComment(0, "", lines[p[0]].strip())))
        elif len(found) >= _MIN_DASH_SIGNED or not found and all(_is_furniture(lines[k]) for k in p):
            break  # the section's end (a link list, the footer), or a widget's lines over the first
        else:
            return [], set()
        taken |= set(p)
    if sum(bool(c.author) for _, c in found) < _MIN_DASH_SIGNED:
        return [], set()
    return _nested(found), taken | {heading}


# A blog post's notes, one a line: likes and reblogs (no one's words), and the replies and reblogs with
# words added, which are comments ("ann-lee replied: so true", "bo reblogged this from x and added: …").
_NOTE_ROW = re.compile(r"^(?P<name>[\w.-]{2,40}) (?:liked this|likes this|posted this"
                       r"|reblogged this(?: from [\w.-]{2,40})?(?: and added: (?P<added>\S.*))?"
                       r"|replied(?: to your post)?: (?P<reply>\S.*))$")
_MIN_NOTES = 3


def _notes_list(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The replies (and reblogs with words added) of a run of three or more note rows; every row of
    the run is taken from the article."""
    rows = [k for k, line in enumerate(lines)
            if len(line) < 2000 and _NOTE_ROW.match(_NOTE_BULLET.sub("", line.strip()))]
    if len(rows) < _MIN_NOTES:
        return [], set()
    runs: list[list[int]] = [[rows[0]]]
    for k in rows[1:]:
        if all(not lines[j].strip() for j in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    run = max(runs, key=len)
    if len(run) < _MIN_NOTES:
        return [], set()
    comments: list[RawComment] = []
    for k in run:
        note = _NOTE_ROW.match(_NOTE_BULLET.sub("", lines[k].strip()))
        if note and (words := note["reply"] or note["added"]):
            comments.append(RawComment(len(comments) + 1, note["name"], words.strip()))
    return comments, set(range(run[0], run[-1] + 1))


def _notice_header(lines: list[str], start: int, notice: int) -> tuple[int, int]:
    """The first line and the author line of a removed comment's header right above its notice (a
    name, then stamp, badge or avatar lines, a stamp among them: "Ann Lee", "18h", "Comment removed
    …"; a letter avatar over the name is its first line); `notice` twice when there is none."""
    k, stamped = notice - 1, False
    while k >= start and lines[k].strip() and _is_comment_meta(lines[k]):
        stamped = stamped or _is_stamp(lines[k])
        k -= 1
    text = lines[k].strip() if k >= start else ""
    if text and (named := _named_stamp(text)):  # "Ann Lee | 17 Apr, 2026 09:14am" over the notice
        stamped, text = True, named
    if not (stamped and text and (_name_like(text, _NAME_WORDS) or _display_name(text))
            and not _is_furniture(text) and not _is_comment_meta(text) and not is_removal_notice(text)):
        return notice, notice
    return (k - 1 if k > start and _avatar_initials(lines[k - 1], lines[k]) else k), k


_EXCERPT = re.compile(r"^[“\"‘'](?P<text>.{20,300}?)\s*(?:…|\.\.\.)[”\"’']$")  # quoted, clipped
_EXCERPT_LINES = 4  # a pick card: a name, the clipped excerpt, "Jump to comment", a count


def _indent_of(line: str) -> int:
    """The width of a line's leading whitespace."""
    return len(line) - len(line.lstrip())


def _without_excerpts(found: list[tuple[int, RawComment]]) -> list[tuple[int, RawComment]]:
    """The comments without the cards of a picks or featured box: a short would-be comment with a
    clipped line ("“The trust has been running the pool down…”") that opens another comment's body."""
    bodies = sorted(" ".join(c.body.split()) for _, c in found)  # searched by bisection: linear-log time

    def opens_another(text: str) -> bool:
        at = bisect.bisect_left(bodies, text)
        return any(bodies[k].startswith(text) and len(bodies[k]) > len(text)
                   for k in range(at, min(len(bodies), at + _EXCERPT_LINES)))

    def excerpt(comment: RawComment) -> bool:
        lines = comment.body.split("\n")
        return len(lines) <= _EXCERPT_LINES and any(
            opens_another(m["text"]) for line in lines if (m := _EXCERPT.match(line.strip())))

    return [item for item in found if not excerpt(item[1])]


# Posts on a microblog, each headed by one line: a display name, the @handle and a stamp
# ("Diane Whitcombe @dianew.bsky.social · 8h", "Ada @ada@mastodon.social · 2h"); its counts row may be
# missing when every count is zero, so each card runs from its header to the next.
_CARD_HEADER = re.compile(r"^(?P<indent>[ \t]*)(?P<name>\S(?:[^@\n]{0,58}\S)?)[ \t]+@(?P<handle>[\w.-]{1,60}"
                          r"(?:@[\w.-]{1,60})?)[ \t]*[·•][ \t]*(?P<stamp>\S.{0,40}?)[ \t]*$")
_MIN_CARDS = 2


def _card_header(line: str) -> tuple[int, str] | None:
    """(indent, display name) of a microblog post's one-line header, else None."""
    m = _CARD_HEADER.match(line) if len(line) < 160 else None
    if m is None or not _is_stamp(m.group("stamp")):
        return None
    return len(m.group("indent").expandtabs()), m.group("name")


def _card_body(lines: list[str], start: int, stop: int) -> tuple[list[str], int]:
    """A card's body (its first block of lines, with the counts and action rows under it left
    out) and the line after the card's last line."""
    k = min(_paragraph_end(lines, start), stop)
    body = [line.strip() for line in lines[start:k] if line.strip()]
    while k < stop and (not lines[k].strip() or _is_comment_meta(lines[k])):
        k += 1  # counts standing apart under the body
    end = k
    while end > start and not lines[end - 1].strip():
        end -= 1
    return _trim_meta(body), end


def _cards_or_plain(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """A section of microblog cards, when its comments are all cards; else the plain comments (a
    section where only some comments are cards, or cards in a block after the comments)."""
    plain, plain_taken = _plain_comments(lines)
    if not any("@" in line and ("·" in line or "•" in line) for line in lines):
        return plain, plain_taken  # no card header on the page (most pages): nothing more to look at
    cards, card_taken = _card_comments(lines)
    names = {c.author for c in cards}
    if cards and all(any(c.author.startswith(name) for name in names) for c in plain):
        return cards, card_taken
    return plain, plain_taken


def _card_comments(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Replies shown as microblog cards: after the article (and after a comment heading when the
    page has one, the post above it being the page's own), at least two cards."""
    prose = _first_prose(lines)
    heading = _comment_heading(lines)
    after = max(prose, heading if heading is not None else -1)
    heads = [(k, h) for k, line in enumerate(lines) if k > after and (h := _card_header(line)) is not None]
    if len(heads) < _MIN_CARDS:
        return [], set()
    taken = {heading} if heading is not None else set()
    cards: list[tuple[int, str, list[str]]] = []
    for n, (k, (indent, name)) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        body, end = _card_body(lines, k + 1, stop)
        taken |= set(range(k, end))
        cards.append((indent, name, body))
    if any(k not in taken and len(lines[k]) > 40 and _is_prose(lines[k].strip())
           for k in range(heads[0][0], len(lines))):
        return [], set()  # article prose after a card: posts embedded in the article, not its comments
    levels = {indent: d for d, indent in enumerate(sorted({c[0] for c in cards}))}
    comments: list[RawComment] = []
    open_: list[tuple[int, str]] = []
    latest: dict[str, int] = {}
    for n, (indent, name, body) in enumerate(cards):
        depth = levels[indent]
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        flat, target, marked = _reply_marks(body)
        text = "\n".join(flat).strip()
        reply_to = _addressed(text, latest, {len(a) for a in latest}) or target or (
            open_[-1][1] if depth and open_ else "")
        comments.append(RawComment(n + 1, name, text, depth, reply_to, depth > 0 or marked))
        open_.append((depth, name))
        latest[name] = n
    return comments, taken


# Link aggregators (the Hacker News kind): each comment is headed by one line, the commenter's
# handle, a relative stamp and the thread's links ("kelp 4 hours ago | parent | next [–]"), with no
# indents and no comment heading; "parent" marks a reply and "root" a reply to a reply.
_THREAD_STAMP = r"(?:\d+ (?:second|minute|hour|day|week|month|year)s? ago|on [A-Z][a-z]{2} \d{1,2}, \d{4})"
# Pronouns or a verification tick a page prints between a name and its stamp ("ann (she/her) 3h").
_NAME_DECORATION = r"(?:\s(?:\((?i:she|he|they|ze|xe)/\w{2,6}\)|[✓✔☑✅]\ufe0f?))"
_DECORATION_END = re.compile(rf"{_NAME_DECORATION}+$")
_HEADER_TOWN = r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"  # "ann_lee, East Tarrin 3 hours ago"
# A comment's votes where the site prints them on its header line: before the handle, a vote arrow and
# the score ("▲ 61 kelp 9 hours ago | link | flag", "▲ ▼ kelp …") or the score in points and "by" ("61
# points by kelp 9 hours ago | parent"); after it, the score in points ("kelp 61 points 9 hours ago | …").
_UP_ARROWS, _DOWN_ARROWS = "▲△⬆↑⇧", "▼▽⬇↓⇩"
_VOTE_SCORE = r"[+−-]?\d[\d,.]*[km]?"
_ARROW_VOTE = rf"[{_UP_ARROWS}]\s*(?:{_VOTE_SCORE}\s*)?(?:[{_DOWN_ARROWS}]\s*)?"  # "▲ 61", "▲ ▼", "▲"
_POINTS_VOTE = rf"{_VOTE_SCORE} points?"  # "61 points"
_THREAD_VOTE = rf"(?P<vote>{_ARROW_VOTE}|{_POINTS_VOTE} (?:by )?)"
_THREAD_HEADER = re.compile(rf"^{_THREAD_VOTE}?(?P<name>[\w.-]{{1,40}}){_NAME_DECORATION}?{_HEADER_TOWN}?"
                            rf"(?P<points> {_POINTS_VOTE})?"
                            rf" {_THREAD_STAMP}"
                            r"(?P<links>(?: \| [\w:. -]{1,30})+)"
                            r"(?P<fold> ?\[[–-]\])?$")
# The next comment's votes on lines of their own over its header line ("▲", "61", "▲ 61", "61 points").
_ARROWS = _UP_ARROWS + _DOWN_ARROWS
_VOTE_ALONE = re.compile(rf"^(?:[{_ARROWS}]\s*)*(?:{_VOTE_SCORE}(?: points?)?)?(?:\s*[{_ARROWS}])*$")
# A link of a story's own line rather than a comment's: its comment count ("| 87 comments", "| discuss").
_STORY_LINK = re.compile(r"^(?:\d[\d,]* comments?|discuss|no comments)$")
_THREAD_LINKS = frozenset(("parent", "next", "prev", "root", "context", "flag", "hide", "favorite", "past"))
_THREAD_MIN = 2  # header lines on the page before they are read as a thread
_THREAD_ACTIONS = frozenset(("reply",))


_VOTE_LINE = re.compile(rf"^\s*(?:[{_ARROWS}][\s{_ARROWS}]*(?:{_VOTE_SCORE})?|{_POINTS_VOTE})\s*$")


def _stamped_thread(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments of a thread whose comments are each headed by a handle-stamp-links line."""
    heads = [(k, found) for k, line in enumerate(lines)
             if len(line) < 120 and (found := _thread_header(line))[0]]
    if len(heads) < _THREAD_MIN:
        return [], set()
    comments: list[RawComment] = []
    taken: set[int] = set()
    parents: list[str] = []  # the latest author at each depth
    # without a "reply" line under the comments (headers pasted into an article), each comment is
    # only the paragraph under its header, and the article goes on after it
    acted = any(line.strip().lower() in _THREAD_ACTIONS for line in lines[heads[0][0]:])
    indents = sorted({_indent_of(lines[k]) for k, _ in heads})  # nesting by indentation, where kept
    # (votes on lines of their own only where the page prints an arrow or a score in points alone on one:
    # elsewhere a number closing a comment is the comment's, "My count last week was" over "61")
    voting = any(_VOTE_LINE.match(line) for line in lines)
    for n, (k, (name, depth)) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else _thread_end(lines, k + 1)
        end = end if acted else min(end, _paragraph_end(lines, k + 1))
        slots = [j for j in range(k + 1, end) if _THREAD_SLOT.match(lines[j])] if acted else []
        body = [line.strip() for line in lines[k + 1:slots[0] if slots else end]]
        while voting and body and _VOTE_ALONE.match(body[-1]):  # the next comment's arrow and score
            body.pop()
        while body and (not body[-1] or body[-1].lower() in _THREAD_ACTIONS):
            body.pop()
        if len(indents) > 1:
            depth = indents.index(_indent_of(lines[k]))
        depth = min(depth, len(parents))  # "root" under a comment of depth 0 is one level down
        reply_to = parents[depth - 1] if depth else ""
        parents = parents[:depth] + [name]
        text = _one_blank_line("\n".join(body))
        if text:
            comments.append(RawComment(len(comments) + 1, name, text, depth, reply_to, depth > 0))
        for j in slots:  # "[flagged]", "[dead]": a comment of nobody's, nested by its indent
            indent = _indent_of(lines[j])
            level = sum(i < indent for i in indents) if len(indents) > 1 else int(indent > 0)
            level = min(level, len(parents))
            comments.append(RawComment(len(comments) + 1, "", "", level, parents[level - 1] if level else "",
                                       level > 0))
            parents = parents[:level] + [""]
        taken |= set(range(k, end))
    return comments, taken


# A flagged, dead or deleted comment's slot in a thread: its mark alone on a line.
_THREAD_SLOT = re.compile(r"^\s*\[(?:flagged|dead|deleted|removed|hidden)\]\s*$", re.I)


def _thread_header(line: str) -> tuple[str, int]:
    """The handle of a thread's header line and its depth: 0, 1 after "parent", 2 after "root"."""
    header = _THREAD_HEADER.match(line.strip())
    if header is None or header.group("name").lower() in DATE_WORDS:  # not "Updated 4 hours ago | Share"
        return "", 0
    links = {word.strip().lower() for word in header.group("links").split("|") if word.strip()}
    if any(_STORY_LINK.match(link) for link in links):
        return "", 0  # "214 points by kelp 5 hours ago | hide | past | 87 comments": the story's own line
    if not header.group("fold") and not header.group("vote") and not header.group("points") and not (
            links & _THREAD_LINKS):
        return "", 0  # "Reuters 2 hours ago | Politics": a link list's source and section
    return header.group("name"), 2 if "root" in links else 1 if "parent" in links else 0


def _next_filled(lines: list[str], k: int, stop: int) -> int:
    """The first non-blank line from k on (`stop` when none before it)."""
    while k < stop and not lines[k].strip():
        k += 1
    return k


def _paragraph_end(lines: list[str], start: int) -> int:
    """The line after the first paragraph that starts at or after `start`."""
    k = _next_filled(lines, start, len(lines))
    while k < len(lines) and lines[k].strip():
        k += 1
    return k


def _thread_end(lines: list[str], start: int) -> int:
    """Where the last comment of a thread ends: after its action line ("reply"), else at the first
    furniture line (the site's footer), else the page's end."""
    for k in range(start, len(lines)):
        line = lines[k].strip()
        if line.lower() in _THREAD_ACTIONS:
            return k + 1
        if line and _is_furniture(line):
            return k
    return len(lines)


def _addressed(body: str, latest: dict[str, int], lengths: set[int]) -> str:
    """The latest earlier commenter whose name follows an "@" that opens the body, or the one
    earlier commenter whose first name opens it as a vocative ("Diane, the bars were there
    first"); '' for none."""
    if not body.startswith("@"):
        if full := _full_name_opening(body, latest, lengths):
            return full  # "the night bus, in fairness …": an earlier commenter's whole name, as typed
        vocative = _VOCATIVE.match(body)
        if vocative is None:
            return ""
        first = vocative.group(1)
        if first.lower() in _NOT_VOCATIVE:
            return ""  # "True, but …" and "Will, anyone …" open with a word, not a commenter's name
        named = [name for name in latest if " " in name and name.split()[0] == first]
        return named[0] if len(named) == 1 else ""
    found = [(latest[name], name) for size in lengths if (name := body[1:1 + size]) in latest]
    return max(found)[1] if found else ""


_FULL_NAME_MIN = 4  # shorter names ("Ok", "So") open sentences as words


def _full_name_opening(body: str, latest: dict[str, int], lengths: set[int]) -> str:
    """The (longest) earlier commenter's name, exactly as the page prints it, that opens the body and
    is followed by a comma; '' for none (`lengths`: the lengths of the names in `latest`)."""
    opening = [name for size in lengths if size >= _FULL_NAME_MIN and body[size:size + 1] == ","
               and (name := body[:size]) in latest and name.lower() not in _NOT_VOCATIVE]
    return max(opening, key=len) if opening else ""


_VOCATIVE = re.compile(r"([A-Z][\w'’-]{1,20}),\s")  # a first name and a comma opening a reply
_NOT_VOCATIVE = frozenset((
    "true", "will", "well", "right", "sure", "fair", "honestly", "exactly", "indeed", "agreed", "yes", "no",
    "look", "listen", "sorry", "thanks", "oh", "ok", "okay", "wow", "also", "so", "but", "and", "still",
    "again",
    "funny", "great", "good", "nice", "interesting", "true", "fine", "absolutely", "actually", "basically",
    "seriously", "clearly", "obviously", "now", "then", "here", "there", "sadly", "frankly", "personally",
    "mate", "guys", "folks", "everyone", "anyway", "however", "meanwhile", "first", "second", "finally",
    "hmm",
    "yeah", "nope", "yep", "lol", "mark", "bill", "grace", "hope", "faith", "joy", "rich", "may", "june",
))


# Forums (phpBB and its kind): each post is a subject line ("Re: <topic>") over a byline with its
# date after a "»" ("by kestrel_22 » Tue Mar 04, 2025 9:14 pm", "Post by …"), then the post text;
# the poster's profile box (name, "Posts: 120", "Joined: …") and buttons ("Quote", "Top") around it.
_FORUM_BYLINE = re.compile(r"^(?:post(?:ed)?\s+)?by:?\s+(?P<name>\S(?:[^»]{0,40}\S)?)\s+»\s+(?:on\s+)?"
                           r"(?P<date>\S.{0,60})$", re.I)
_SUBJECT = re.compile(r"^re:\s*(?=\S)", re.I)  # a reply's subject line: "Re: " and the subject it answers
_PROFILE_FIELD = re.compile(r"^(?:posts|joined|join date|location|reputation|karma|messages|reaction score"
                            r"|rank|topics"
                            r"|member since|contact|website|age|gender)\s*:\s*\S.{0,60}$", re.I)
# Lines that close a thread: its footer ("Return to …", "Jump to", "Who is online"), similar topics.
_THREAD_END = re.compile(r"^(?:return to\b|jump to\b|who is online\b|users browsing this (?:forum|topic)\b"
                         r"|display posts from previous\b|board index\b"
                         r"|(?:similar|related) (?:topics|threads)\b)", re.I)
_PROFILE_COUNT = re.compile(r"^(?:posts|messages|reaction score|karma|reputation|topics)\s*:\s*\d[\d,.]*$",
                            re.I)
_PROFILE_SINCE = re.compile(r"^(?:joined|join date|member since|registered)\s*:\s*(?P<date>\S.{0,60})$", re.I)
_SUBJECT_REACH = 3  # lines between a subject line and its byline (a "Quote" button, a blank line)


def _is_profile_line(line: str) -> bool:
    """A line of a poster's profile box: "Posts: 120", "Joined: Mon Jan 01, 2024 3:00 pm"."""
    text = line.strip()
    since = _PROFILE_SINCE.match(text)
    return (bool(_PROFILE_COUNT.match(text) or _REPUTATION.match(text))
            or (since is not None and _is_date_line(since.group("date"))))


# A reader's statistics under the name on a review or social site: counts of what the person wrote and
# who follows them, a rank or role before them ("214 reviews · 1,032 followers", "Author 3 books",
# "Librarian · 88 ratings · 12 friends"). The counts are of the person, never of the comment (likes,
# replies and comments are its action row's).
_STAT_NOUN = (r"(?:reviews?|ratings?|followers?|following|friends?|books?|photos?|contributions?"
              r"|helpful votes?|check-?ins?|lists?|tips?|posts?|videos?|subscribers?|karma)")
_STAT = rf"\d[\d,.]*\s?[km]?\s+{_STAT_NOUN}"
_STAT_RANK = r"(?:author|librarian|local guide|elite(?: ['’]?\d{2,4})?|top (?:reviewer|contributor))"
_STAT_SEP = r"(?:\s*[·•|,]\s*|\s{2,})"
_REVIEWER_STATS = re.compile(rf"^(?:(?P<rank>{_STAT_RANK})(?:{_STAT_SEP}|\s))?{_STAT}"
                             rf"(?P<more>(?:{_STAT_SEP}{_STAT}){{1,4}})?$", re.I)
_FOLLOWED = re.compile(r"\b(?:followers?|following|friends?)\b", re.I)  # one count alone: of the person


def _reviewer_stats(text: str) -> bool:
    """Whether a line is a reader's statistics: two counts or more, a rank before them, or one count of
    the people who follow the reader ("1,032 followers")."""
    stats = _REVIEWER_STATS.match(text) if len(text) <= 120 else None
    return stats is not None and bool(stats["rank"] or stats["more"] or _FOLLOWED.search(text))


# A Q&A site's reputation and badge counts under a poster's name ("18.4k ● 6 ● 71 ● 140", "11 ● 1").
_REPUTATION = re.compile(r"^\d[\d,.]*[km]?(?:\s?●\s?\d[\d,.]*){1,3}$", re.I)


def _profile_box_line(line: str, posters: set[str]) -> bool:
    """A line of the profile box above a post: a poster's name, "Posts: 120", an avatar, a rank badge."""
    text = line.strip()
    return bool(text) and (text in posters or bool(_PROFILE_FIELD.match(text)) or bool(_AVATAR.match(text)))


def _forum_byline(line: str) -> str:
    """The poster a forum post's byline names ('' when the line is not one)."""
    match = _FORUM_BYLINE.match(line.strip()) if len(line) <= 120 else None
    if match is None or len(match.group("name").split()) > _NAME_WORDS:
        return ""
    return match.group("name") if _is_date_line(match.group("date").strip()) else ""


def _subject_line(lines: list[str], byline: int) -> int | None:
    """The line of a post's subject: the nearest line above its byline but for buttons ("Quote")."""
    k, seen = byline - 1, 0
    while k >= 0 and seen < _SUBJECT_REACH:
        text = lines[k].strip()
        if text and not _is_action_line(text):
            return k if len(text) <= _SHORT_LINE else None
        seen += bool(text)
        k -= 1
    return None


def _post_start(lines: list[str], byline: int, title: str) -> tuple[int, bool]:
    """Where a post starts (its subject line, or the byline) and whether a subject marks it as a
    reply: "Re: …", or the thread's title repeated (boards that leave out the "Re:")."""
    k = _subject_line(lines, byline)
    if k is None:
        return byline, False
    text = lines[k].strip()
    return (k, True) if _SUBJECT.match(text) or (title and text == title) else (byline, False)


def _thread_title(lines: list[str]) -> str:
    """A forum thread's title: the subject of its first post ('' for a page without forum posts)."""
    first = next((k for k, line in enumerate(lines) if line.strip() and _forum_byline(line)), None)
    k = _subject_line(lines, first) if first is not None else None
    return _SUBJECT.sub("", lines[k].strip()).strip() if k is not None else ""


def _post_tail(body: list[str], posters: set[str]) -> list[str]:
    """A post's text without the profile box, buttons and furniture after it (the next post's
    poster's name, "Posts: 120", "Joined: …", "Top", an avatar), nor stamps before it."""
    end = len(body)
    while end > 0 and (not body[end - 1].strip() or _PROFILE_FIELD.match(body[end - 1].strip())
                       or body[end - 1].strip() in posters or _is_furniture(body[end - 1])
                       or _is_comment_meta(body[end - 1])):
        end -= 1
    lines = [line.strip() for line in body[:end] if not _is_action_line(line.strip())]
    return _trim_meta(lines)


def _forum_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Forum posts as comments: every post under a "Re:" subject, and every post after the thread's
    first; the first post without a "Re:" subject opens the thread (the article), unless a comment
    heading stands between the article's prose and it."""
    bylines = [k for k, line in enumerate(lines) if line.strip() and _forum_byline(line)]
    if not bylines:
        return [], set()
    posters = {_forum_byline(lines[k]) for k in bylines}
    first = _subject_line(lines, bylines[0])
    title = lines[first].strip() if first is not None and not _SUBJECT.match(lines[first].strip()) else ""
    starts = [_post_start(lines, k, title if n else "") for n, k in enumerate(bylines)]
    prose, heading = _first_prose(lines), _comment_heading(lines)
    ends = [starts[n + 1][0] for n in range(len(bylines) - 1)]
    last = next((k for k in range(bylines[-1] + 1, len(lines)) if len(lines[k]) < 120 and (
        _THREAD_END.match(lines[k].strip()) or _is_comment_heading(lines[k].strip()))), len(lines))
    ends.append(last)
    comments: list[RawComment] = []
    taken: set[int] = set()
    for n, byline in enumerate(bylines):
        start, subject = starts[n]
        while start > 0 and (not lines[start - 1].strip() or _profile_box_line(lines[start - 1], posters)):
            start -= 1  # the poster's profile box above the post
        if n == 0 and not subject and not (heading is not None and prose < heading < byline):
            continue  # the thread's opening post: the article
        body = _post_tail(lines[byline + 1:ends[n]], posters)
        text = _one_blank_line("\n".join(body))
        comments.append(RawComment(len(comments) + 1, _forum_byline(lines[byline]), text))
        taken |= set(range(start, ends[n]))
    return comments, taken


# A community forum's post of the Invision kind: a profile block (a label such as "Popular Post"
# perhaps, the poster's name, a rank, the reputation figure alone, "2,318 posts", "Location: …"), then
# "Posted November 22" (a date, its year perhaps left out), the text, an edit note ("Edited November 22
# by ann_lee" and its reason), reaction rows, "Link to comment" and "Share on other sites". The
# thread's first post opens it (the article); a post hidden by a moderator keeps its slot.
_PROFILE_POSTED = re.compile(r"^posted(?: on)?:?\s+(?P<date>\S.{2,60})$", re.I)
_POST_COUNT = re.compile(r"^\d[\d,.]*[km]?\s+(?:posts?|messages?)$", re.I)
_FIGURE_ALONE = re.compile(r"^[+−-]?\d[\d,.]*[km]?$", re.I)
_POST_END = re.compile(r"^(?:link to (?:comment|post)|share on other sites|report post|quote|multiquote)$",
                       re.I)
_EDITED_BY = re.compile(r"^edited\s+(?P<date>\S.{2,50}?)\s+by\s+\S{1,40}$", re.I)
_HIDDEN_LABEL = re.compile(r"^(?:hidden|removed|deleted)$", re.I)
_PROFILE_REACH = 7


def _profile_name(lines: list[str], posted: int) -> tuple[str, int]:
    """(poster, first line of the profile block) above a "Posted" line, ('', posted) when the block
    above shows no profile figure (a reputation alone or a post count)."""
    top = posted
    while top > 0 and lines[top - 1].strip() and posted - top < _PROFILE_REACH:
        top -= 1
    block = [lines[k].strip() for k in range(top, posted)]
    figure = next((n for n, t in enumerate(block) if _FIGURE_ALONE.match(t) or _POST_COUNT.match(t)), None)
    if not figure:
        return "", posted
    name = block[figure - 2] if figure >= 2 and len(block[figure - 1].split()) <= 3 else block[figure - 1]
    return (name, top) if _name_like(name, 3) else ("", posted)


def _profile_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """A forum thread's posts after its opening one, each under its profile block and "Posted" line;
    a poster's signature (a closing line the poster's other posts close with too) is left out."""
    heads: list[tuple[int, str, int]] = []
    for k in range(1, len(lines)):
        m = _PROFILE_POSTED.match(lines[k].strip()) if len(lines[k]) <= 80 else None
        if m and _is_date_line(m["date"]):
            name, top = _profile_name(lines, k)
            if name:
                heads.append((k, name, top))
    if len(heads) < _MIN_POSTS + 1 or any(_is_comment_heading(lines[k].strip()) for k in range(heads[0][2])):
        return [], set()  # (under a "Comments" heading they answer an article: no post opens a thread)
    posts: list[tuple[int, str, list[str], int]] = []  # (start, poster, body, end)
    taken: set[int] = set()
    for n, (k, name, top) in enumerate(heads):
        stop = heads[n + 1][2] if n + 1 < len(heads) else len(lines)
        end = k + 1
        while end < stop and not (len(lines[end]) < 80 and lines[end].strip() and (
                _POST_END.match(lines[end].strip()) or _EDITED_BY.match(lines[end].strip())
                or _is_action_line(lines[end].strip()))):
            end += 1
        tail = end
        while tail < stop and (not lines[tail].strip() or not _is_prose(lines[tail])) and not (
                _HIDDEN_LABEL.match(lines[tail].strip()) and tail + 1 < stop
                and is_removal_notice(lines[tail + 1].strip())):
            if lines[tail].strip() and not (_POST_END.match(lines[tail].strip()) or _is_action_line(
                    lines[tail].strip()) or _EDITED_BY.match(lines[tail].strip())) and tail > end and (
                    not lines[tail - 1].strip()):
                break  # the page's own lines after the last post
            tail += 1
        posts.append((top, name, [line.strip() for line in lines[k + 1:end]], tail))
        taken |= set(range(top, k + 1)) | set(range(end, tail))
        gap = tail  # a hidden post's slot between this post and the next
        while gap < stop and not lines[gap].strip():
            gap += 1
        if gap + 1 < stop and _HIDDEN_LABEL.match(lines[gap].strip()) and is_removal_notice(lines[gap + 1]):
            after = gap + 2
            while after < stop and lines[after].strip() and _POST_END.match(lines[after].strip()):
                after += 1
            posts.append((gap, "", [lines[gap + 1].strip()], after))
            taken |= set(range(gap, after))
    closing: dict[str, Counter[str]] = {}
    for _, name, body, _ in posts:
        if name and body:
            closing.setdefault(name, Counter()).update({body[-1]} if body[-1] else set())
    found: list[tuple[str, str]] = []
    for n, (start, name, body, end) in enumerate(posts):
        if name and len(body) > 1 and closing[name][body[-1]] > 1:
            body = body[:-1]  # the poster's signature
        if n == 0:
            continue  # the opening post: the article
        found.append((name, _one_blank_line("\n".join(body).strip())))
        taken |= set(range(start, end))
    return _flat_thread(found), taken


# ---- comment sections whose posts carry a header line of their own kind ----

_MIN_POSTS = 2  # headers of a kind on a page before they are read as its comments


def _heading_above(lines: list[str], k: int) -> int:
    """The comment heading (or notes counter) within three lines above line k (k when there is none)."""
    for j in range(k - 1, max(k - 4, -1), -1):
        text = lines[j].strip()
        if text and (_is_comment_heading(text) or _NOTES_COUNTER.match(text)):
            return j
    return k


def _flat_thread(found: list[tuple[str, str]]) -> list[RawComment]:
    """Comments of a flat section: one whose body opens with "@name" (or an earlier commenter's first
    name and a comma) answers that commenter."""
    comments: list[RawComment] = []
    latest: dict[str, int] = {}
    lengths: set[int] = set()
    for n, (name, body) in enumerate(found):
        target = _addressed(body, latest, lengths)
        comments.append(RawComment(n + 1, name, body, int(bool(target)), target, bool(target)))
        latest[name] = n
        lengths.add(len(name))
    return comments


# Blog platforms' classic comment form (Blogger): "Name said..." over the body, and the comment's
# stamp under it ("March 12, 2019 at 10:15 PM"), under a heading ("8 comments:").
_SAID_HEADER = re.compile(r"^(?P<name>\S(?:.{0,40}\S)?) said(?:\s?\.\.\.|…)$")


def _said_header(line: str) -> str:
    """The commenter a "Name said..." header names ('' when the line is not one)."""
    match = _SAID_HEADER.match(line.strip()) if len(line) < 80 else None
    if match is None:
        return ""
    name = match.group("name")
    if _name_like(name, _NAME_WORDS):
        return name
    from .comment_blocks import _saved_name  # "Jo (Alfie's mum) said...", "+44 7700 900518 said..."
    return name if _saved_name(name) else ""


def _said_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments headed "Name said..." and closed by their stamp: every one must have its stamp."""
    heads = [(k, name) for k, line in enumerate(lines) if (name := _said_header(line))]
    if len(heads) < _MIN_POSTS:
        return [], set()
    found: list[tuple[str, str]] = []
    taken = set(range(_heading_above(lines, heads[0][0]), heads[0][0]))
    for n, (k, name) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        stamp = next((j for j in range(k + 1, stop) if lines[j].strip() and _is_stamp(lines[j])), None)
        if stamp is None:
            return [], set()
        body = _trim_meta([line.strip() for line in lines[k + 1:stamp]])
        found.append((name, _one_blank_line("\n".join(body))))
        taken |= set(range(k, stamp + 1))
    return _flat_thread(found), taken


# A blog platform's notes under a post (Tumblr): "name liked this", "name reblogged this from other",
# "name posted this" (the post's own blog), and "name reblogged this from other and added:" with the
# text added on the lines under it. Only the notes that add text are comments; one answers `other`
# when `other` is another reblogger, and the post when `other` is the blog itself.
_NOTE = re.compile(r"^(?P<name>[\w.-]{1,40}) (?:liked this|likes this|(?P<own>posted) this|reblogged this"
                   r"(?: from (?P<other>[\w.-]{1,40}))?(?P<added> and added:)?"
                   r"|(?P<replied>replied(?: to (?:this|your) post)?:))$")  # a reply note: "name replied:"
_NOTES_COUNTER = re.compile(r"^(?:\d[\d,.]*[km]? )?notes$", re.I)  # (_MIN_NOTES: as for _notes_list)


_NOTE_HANDLE = re.compile(r"^@([\w.-]{1,40}?)[.:,]?(?:\s|$)")
_NOTE_BULLET = re.compile(r"^[•·▪◦*-]\s+")  # a theme's notes list, one bullet a note
_ADDED_LINES = 3  # a further paragraph of an addition is this short, at most


def _added_paragraph(lines: list[str], stop: int, following: int) -> int:
    """The end of a further paragraph of a note's added text that starts after `stop` (0 for none): a
    few lines before the next note, none of them a page's button, link heading or furniture ("Show
    more notes", "More posts from …")."""
    start = stop
    while start < following and not lines[start].strip():
        start += 1
    if start >= following:
        return 0
    end = min(following, _paragraph_end(lines, start))
    rows = [line.strip() for line in lines[start:end]]
    if len(rows) > _ADDED_LINES or any(_is_furniture(row) or _is_ui_line(row) or _is_link_heading(row)
                                       or _ALSO_ON.match(row) for row in rows):
        return 0
    return end


def _note_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The notes under a post that add text, as comments; every note line is taken from the article."""
    notes = [(k, m) for k, line in enumerate(lines)
             if len(line) < 120 and (m := _NOTE.match(_NOTE_BULLET.sub("", line.strip())))]
    if len(notes) < _MIN_NOTES or not any(m.group("added") or m.group("replied") for _, m in notes):
        return [], set()
    # the post's own blog: the one that posted it, else the one most notes reblog it from
    sources = Counter(m.group("other") for _, m in notes if m.group("other"))
    blog = next((m.group("name") for _, m in notes if m.group("own")), "") or (
        sources.most_common(1)[0][0] if sources else "")
    comments: list[RawComment] = []
    taken = set(range(_heading_above(lines, notes[0][0]), notes[0][0]))
    for n, (k, m) in enumerate(notes):
        following = notes[n + 1][0] if n + 1 < len(notes) else len(lines)
        stop = min(following, _paragraph_end(lines, k))
        added = m.group("added") or m.group("replied")
        while added and (more := _added_paragraph(lines, stop, following)):
            stop = more  # an addition of two paragraphs ("counterpoint: …", then "(the ferry though)")
        taken |= set(range(k, stop if added else k + 1))
        words = [line.strip() for line in lines[k + 1:stop]]
        while words and (not words[-1] or _tag_line(words[-1])):
            words.pop()  # the reblog's tags under its words ("#knitblr #support small designers")
        body = _one_blank_line("\n".join(words))
        if not added or not body:
            continue
        other = m.group("other") or ""
        if m.group("replied") and (handle := _NOTE_HANDLE.match(body)):
            other = handle.group(1)  # a reply note opening "@name" answers that name's note
        target = other if other and other != blog else ""
        comments.append(RawComment(len(comments) + 1, m.group("name"), body, int(bool(target)), target,
                                   bool(target)))
    return comments, taken


# A blog platform's notes panel under a post (Tumblr's kind): a notes counter and the tabs or headings of
# its lists ("8,412 notes", "Replies (31)   Reblogs (6,905)   Likes (1,476)", "Reblogs"), then one note
# after another, each a blog-name line (a handle, no spaces) with perhaps a time line, then a reply's
# words (and perhaps "Reply"), or a reblog's source line ("reblogged from other", perhaps with its time
# after it) with the words the reblog added and its tag line, or nothing (a like, a bare reblog). The
# replies and the reblogs with words added are comments; the tags are the reblog's labels, not its words.
_PANEL_LIST = r"(?:replies|reblogs|reposts|likes|notes|comments)"
_PANEL_TAB = rf"{_PANEL_LIST}(?:\s*\(?\s*\d[\d,.]*[km]?\s*\)?)?"
_PANEL_TABS = re.compile(rf"^{_PANEL_TAB}(?:(?:\s{{2,}}|\s*[·•|]\s*){_PANEL_TAB})*$", re.I)
_PANEL_COUNTER = re.compile(r"^\d[\d,.]*[km]?\s+(?:notes|reblogs|reposts)$", re.I)
_PANEL_CONTROL = re.compile(r"^(?:show|hide|view|see|load)\b.{0,40}\b(?:repl(?:y|ies)|reblogs?|reposts?|likes"
                            r"|notes|comments)$|^(?:other|all) (?:reblogs|reposts|likes)$"
                            r"|^(?:reblogs|reposts) with (?:comments|additions)$", re.I)
_PANEL_END = re.compile(r"^(?:show|view|see|load) (?:more|all) notes$", re.I)  # the rest are not printed
_SOURCE_LINE = re.compile(r"^(?:(?P<name>[\w.-]{1,40})\s+)?(?:reblogged|reposted)(?: this)? from "
                          r"(?P<other>[\w.-]{1,40})(?:\s*[·•|,]\s*(?P<stamp>\S.{0,30}))?$", re.I)
_BLOG_NAME = re.compile(r"^@?(?P<name>[\w.-]{1,40})$")
_TAG_LINE = re.compile(r"^#[^#\s][^#]{0,60}(?:\s#[^#\s][^#]{0,60})*$")
_ONE_TAG_WORDS = 5  # one tag alone is this short at most ("#support small designers"), never a sentence
_MIN_PANEL_NOTES = 3


def _tag_line(line: str) -> bool:
    """Whether a line is a post's tags ("#knitblr #support small designers"), not a sentence with a "#"."""
    text = line.strip()
    if not _TAG_LINE.match(text) or text[-1:] in ".!?":
        return False
    return text.count("#") > 1 or len(text.split()) <= _ONE_TAG_WORDS


def _source_of(line: str) -> tuple[str, str] | None:
    """(blog, source) of a reblog's source line ("reblogged from other · 1d": blog ''), else None."""
    source = _SOURCE_LINE.match(line.strip()) if len(line) < 120 else None
    if source is None or (source["stamp"] and not _is_stamp(source["stamp"])):
        return None
    return source["name"] or "", source["other"]


def _panel_line(line: str) -> bool:
    """A notes panel's own line: its counter, tabs, headings and buttons."""
    text = line.strip()
    return len(text) < 80 and bool(_PANEL_TABS.match(text) or _PANEL_COUNTER.match(text)
                                   or _PANEL_CONTROL.match(text))


def _blog_line(line: str) -> str:
    """The blog name of a note's name line ("tidepool-fibres"), '' for a stamp, a button or a word of
    the panel's."""
    text = line.strip()
    name = _BLOG_NAME.match(text) if len(text) <= 41 else None
    if name is None or name["name"].isdigit() or _is_stamp(text) or _is_action_line(text) or (
            _panel_line(text)):
        return ""
    return name["name"]


@dataclass
class _Note:
    name: str
    line: int
    source: str = ""
    words: list[str] = field(default_factory=list)


def _panel_start(lines: list[str]) -> int | None:
    """The first line of a notes panel: its counter or tabs, when the page shows reblog notes (a reblogs
    tab or heading, a source line) or a notes counter; None when it has none."""
    first = next((k for k, line in enumerate(lines) if _panel_line(line) and not _PANEL_CONTROL.match(
        line.strip())), None)
    if first is None:
        return None
    kinds = " ".join(lines[k].lower() for k in range(first, len(lines)) if _panel_line(lines[k]))
    reblogged = "reblog" in kinds or "repost" in kinds or any(
        _source_of(line) for line in lines[first:] if "from" in line)
    return first if reblogged else None


def _note_under(lines: list[str], k: int) -> bool:
    """Whether a note's time or source line stands right under line k (k is then a note's name line)."""
    under = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return bool(under) and (_is_stamp(under) or _source_of(under) is not None)


def _panel_notes(lines: list[str], start: int) -> tuple[list[_Note], int]:
    """The notes of the panel from `start`, and the line where it ends. A blog-name line opens a note
    after a blank line, a closed note (its "Reply", its tags) or the panel's headings, or over a time
    or a source line; in a list without blank lines, a name line under a note's words opens the next
    note when words stand under it."""
    notes: list[_Note] = []
    liked = closed = False  # in the likes list; the current note is over
    blank = True
    k = start
    while k < len(lines):
        text = lines[k].strip()
        if not text:
            blank = True
            k += 1
            continue
        after_blank, blank = blank, False
        if _PANEL_END.match(text):
            return notes, k + 1
        if _panel_line(text):
            listed = re.findall(r"[a-z]+", text.lower())
            liked = listed[:1] == ["likes"] and len(listed) == 1  # (the tabs row names every list)
            closed = True
            k += 1
            continue
        source = _source_of(text)
        current = notes[-1] if notes else None
        if source is not None and source[0]:  # "name reblogged from other": a note of one line
            notes.append(_Note(source[0], k, source[1]))
            closed = False
        elif source is not None and current is not None and not current.words and not current.source:
            current.source = source[1]
        elif (name := _blog_line(text)) and (
                after_blank or closed or current is None or _note_under(lines, k)
                or (current.words and k + 1 < len(lines) and lines[k + 1].strip())):
            notes.append(_Note(name, k) if not liked else _Note("", k))
            closed = False
        elif current is None:
            return notes, k  # not a note: the panel has not begun or is over
        elif _is_stamp(text) or _BADGE_LINE.match(text):
            pass  # the note's time or badge
        elif _is_action_line(text):
            closed = bool(current.words)  # "Reply" under the words closes the reply
        elif _tag_line(text):
            closed = True
        elif _is_furniture(text) or _is_link_heading(text) or _ALSO_ON.match(text):
            return notes, k  # the page's footer or lists after the panel
        else:
            current.words.append(text)
        k += 1
    return notes, len(lines)


def _note_panel(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The replies and the reblogs with words added of a notes panel, as comments; the panel's lines
    are taken from the article. A reblog of another reblog answers its source, a reply opening
    "@name" answers that name."""
    start = _panel_start(lines)
    if start is None:
        return [], set()
    notes, end = _panel_notes(lines, start)
    if len(notes) < _MIN_PANEL_NOTES or not any(n.words and n.name for n in notes):
        return [], set()
    sources = Counter(n.source for n in notes if n.source)
    blog = sources.most_common(1)[0][0] if sources else ""
    comments: list[RawComment] = []
    for note in notes:
        if not note.name or not note.words:
            continue  # a like, a bare reblog
        body = "\n".join(note.words)
        target = note.source if note.source and note.source != blog else ""
        if not note.source and (handle := _NOTE_HANDLE.match(body)):
            target = handle.group(1)
        comments.append(RawComment(len(comments) + 1, note.name, body, int(bool(target)), target,
                                   bool(target)))
    return comments, set(range(_heading_above(lines, start), end))


# A story site's comments (the Slashdot kind): a subject line with the comment's score ("Title
# (Score:5, Insightful)", "Re:Title (Score:2)"), then "by name ( 871203 ) writes: on <date> (#58263118)"
# ("Anonymous Coward" has no user number), then the body. Replies are not indented: a "Re:" subject
# answers the comment that opened that subject, or the one of its replies whose words the body
# quotes after a ">".
_WRITES_HEADER = re.compile(r"^by (?P<name>\S(?:.{0,40}?\S)?)(?:\s*\(\s*\d+\s*\))?"
                            r"(?: writes:(?:\s+on\s+.{1,60}?)?|\s+on\s+.{1,60}?)(?:\s*\(#\d+\))?$")
_SCORE_SUBJECT = re.compile(r"^(?P<re>re:\s*)?(?P<subject>\S.{0,120}?)\s*\(score:\s*-?\d[^)]{0,30}\)$", re.I)
_QUOTED_LINE = re.compile(r"^>\s*(?P<text>\S.{0,200})$")


def _writes_name(line: str) -> str:
    """The commenter a "by name writes:" header names ('' when the line is not one)."""
    match = _WRITES_HEADER.match(line.strip()) if len(line) < 160 else None
    return match.group("name") if match and _name_like(match.group("name"), _NAME_WORDS) else ""


def _writes_end(lines: list[str], start: int, stop: int) -> tuple[int, int]:
    """(where a comment's body ends, where its share and action lines under it end)."""
    end = next((j for j in range(start, stop) if lines[j].strip() and len(lines[j]) < 80
                and (_is_furniture(lines[j]) or _is_action_line(lines[j].strip()))), stop)
    tail = end
    while tail < stop and (not lines[tail].strip() or (len(lines[tail]) < 80 and (
            _is_furniture(lines[tail]) or _is_action_line(lines[tail].strip())))):
        tail += 1
    return end, tail


def _writes_parent(subject: str, reply: bool, body: str, earlier: list[tuple[str, str, str, int]]) -> int:
    """The index of the earlier comment a comment answers (-1 for none): the opener of its "Re:"
    subject, or the comment of that subject whose text its opening "> " line quotes."""
    if not reply:
        return -1
    same = [n for n, (_, subj, _, _) in enumerate(earlier) if subj == subject]
    quoted = _QUOTED_LINE.match(body.split("\n", 1)[0].strip())
    if quoted and (hit := [n for n in same if quoted.group("text").strip() in earlier[n][2]]):
        return hit[-1]
    return same[0] if same else -1


def _writes_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """Comments headed by a scored subject line and a "by name writes:" line."""
    heads = [k for k, line in enumerate(lines) if k and _writes_name(line)
             and _SCORE_SUBJECT.match(lines[k - 1].strip())]
    if len(heads) < _MIN_POSTS:
        return [], set()
    earlier: list[tuple[str, str, str, int]] = []  # (author, subject, body, depth)
    comments: list[RawComment] = []
    taken: set[int] = set()
    indents = [_indent_of(lines[k - 1]) for k in heads]  # replies nested by indentation, when they are
    for n, k in enumerate(heads):
        stop = heads[n + 1] - 1 if n + 1 < len(heads) else len(lines)
        end, tail = _writes_end(lines, k + 1, stop)
        subject = _SCORE_SUBJECT.match(lines[k - 1].strip())
        assert subject is not None
        body = _one_blank_line("\n".join(line.strip() for line in lines[k + 1:end]))
        taken |= set(range(k - 1, tail))
        parent = _writes_parent(subject.group("subject"), bool(subject.group("re")), body, earlier)
        if len(set(indents)) > 1:  # the comment one level out above it
            parent = next((m for m in range(n - 1, -1, -1) if indents[m] < indents[n]), -1)
        author = _writes_name(lines[k])
        depth = earlier[parent][3] + 1 if parent >= 0 else 0
        target = earlier[parent][0] if parent >= 0 else ""
        earlier.append((author, subject.group("subject"), body, depth))
        comments.append(RawComment(n + 1, author, body, depth, target, parent >= 0))
    return comments, taken


# Classic forum software (the vBulletin postbit): each post opens with its number ("#3", "#3
# (permalink)") and its stamp ("Old 03-16-2019, 11:42 AM": "Old" is the post icon's text), then the
# poster's name, user title and profile fields ("Join Date:", "Location:", "Posts:"), the title
# icon's text ("Default", the post's title after it), the text, a signature under a "____" rule and
# the post's buttons ("Reply With Quote"). The first post opens the thread (the article): its title
# is the thread's title and its stamp the page's date.
_POST_NUMBER = re.compile(r"^#(?P<n>\d{1,6})(?:\s*\(permalink\))?$", re.I)
_STAMP_ICON = re.compile(r"^(?:old|new)\s+(?=\d)", re.I)
_TITLE_ICON = re.compile(r"^default(?:\s+(?P<title>\S.{0,200}))?$", re.I)
_SIGNATURE_RULE = re.compile(r"^_{5,}$")
_POSTBIT_LINES = 10  # lines of a post's header: number, stamp, name, user title, profile fields
_PREVIOUS_NEXT = re.compile(r"^[«‹]?\s*previous (thread|topic)\s*\|\s*next (thread|topic)\s*[»›]?$", re.I)


def _postbit_stamp(line: str) -> str:
    """The date (YYYY-MM-DD) of a post's stamp line ("Old 03-16-2019, 11:42 AM"), '' for another line."""
    text = _STAMP_ICON.sub("", line.strip(), count=1)
    return _date_value(text) if text and len(text) < 60 and _is_date_line(text) else ""


def _postbit_header(lines: list[str], k: int, stop: int) -> tuple[str, str, str, int]:
    """(poster, date, title, the line after the header) of the post whose number is on line k."""
    name = date = ""
    j = k + 1
    while j < min(stop, k + _POSTBIT_LINES):
        text = lines[j].strip()
        if not text or (not date and (date := _postbit_stamp(text))):
            j += 1
            continue
        if (icon := _TITLE_ICON.match(text)) is not None:
            return name, date, (icon.group("title") or "").strip(), j + 1
        if not name:
            name = text
        elif not (_PROFILE_FIELD.match(text) or _PROFILE_SINCE.match(text) or len(text.split()) <= 3):
            break  # the post's text: a board without a title icon
        j += 1
    while j > k + 1 and not (_PROFILE_FIELD.match(lines[j - 1].strip()) or _PROFILE_SINCE.match(
            lines[j - 1].strip())) and lines[j - 1].strip() != name:
        j -= 1  # the header ends after the last profile field
    return name, date, "", j


def _postbit_body(lines: list[str], start: int, stop: int) -> tuple[list[str], int, int]:
    """A post's text lines (without an edit note), where they end, and where its signature and
    buttons end."""
    end = start
    while end < stop and not _SIGNATURE_RULE.match(lines[end].strip()) and not (
            len(lines[end]) < 80 and lines[end].strip() and _is_action_line(lines[end].strip())) and not (
            len(lines[end]) < 120 and (_THREAD_END.match(lines[end].strip())
                                       or _PREVIOUS_NEXT.match(lines[end].strip()))):
        end += 1
    body = [line.strip() for line in lines[start:end] if not _EDIT_NOTE.match(line.strip())]
    tail = end
    if tail < stop and _SIGNATURE_RULE.match(lines[tail].strip()):
        tail += 1
        while tail < stop and lines[tail].strip() and not _is_action_line(lines[tail].strip()):
            tail += 1  # the signature
    while tail < stop and len(lines[tail]) < 80 and lines[tail].strip() and _is_action_line(
            lines[tail].strip()):
        tail += 1
    return _trim_meta(body), end, tail


def _numbered_posts(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """Posts of a classic forum thread after its opening one, as comments; also the thread's title
    and date (from the opening post)."""
    heads = [k for k, line in enumerate(lines) if len(line) < 40 and _POST_NUMBER.match(line.strip())]
    if len(heads) < _MIN_POSTS + 1:
        return [], set(), "", ""
    posts: list[tuple[int, str, str, str, int, list[str], int, int]] = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        name, date, title, start = _postbit_header(lines, k, stop)
        if not name or not date:
            return [], set(), "", ""
        body, end, tail = _postbit_body(lines, start, stop)
        posts.append((k, name, date, title, start, body, end, tail))
    taken: set[int] = set()
    found: list[tuple[str, str]] = []
    for n, (k, name, _, _, start, body, end, tail) in enumerate(posts):
        if n == 0:  # the opening post is the article: its header, signature and buttons are not
            taken |= set(range(k, start)) | set(range(end, tail))
            taken |= {j for j in range(start, end) if _EDIT_NOTE.match(lines[j].strip())}
            continue
        found.append((name, _one_blank_line("\n".join(body))))
        taken |= set(range(k, tail))
    return _flat_thread(found), taken, posts[0][3], posts[0][2]


# A general forum's thread (the Nairaland kind): each post headed by one line carrying the topic's
# title, "by", the poster's name (a gender mark in brackets run on to it) and the stamp after a colon
# ("Re: <title> by ann_lee(f): 7:52am On Nov 22"; the year left out for the current one); the text,
# an edit note ("Modified: 8:44am On Nov 22") perhaps above it, and its tally ("Likes 14 Shares 3",
# "1 Like") under it. The first post opens the thread (the article): its subject is the thread's
# title and its stamp the page's date. A reply opening "name: <their words>" answers that poster.
_SUBJECT_BY = re.compile(r"^(?P<re>re:\s*)?(?P<subject>\S.{0,200}?) by (?P<name>[\w.-]{2,40})(?:\([mf]\))?"
                         r":\s+(?P<stamp>\d.{4,40})$", re.I)
_POST_TALLY = re.compile(r"^(?:(?:likes?|shares?) \d[\d,]*|\d[\d,]* (?:likes?|shares?))"
                         r"(?: (?:(?:likes?|shares?) \d[\d,]*|\d[\d,]* (?:likes?|shares?)))*$", re.I)
_MODIFIED_NOTE = re.compile(r"^(?:modified|edited|last (?:modified|edited))\s*:\s+(?P<date>\S.{4,40})$", re.I)
_PAGE_DAY = re.compile(r"(?:^|\s)date\s*:\s*(?P<date>\S.{5,50})$", re.I)  # "… topics. Date: Monday, 23 …"
_PAGE_ROW = re.compile(r"^(?:\(\d{1,4}\)\s*)+(?:\((?i:reply|go up|go down)\)\s*)*$")  # "(1) (2) (Reply)"
_QUOTE_OPENING = re.compile(r"^(?P<name>[\w.-]{2,40}): (?P<words>\S.{2,})$")
_QUOTE_KEY = 60  # characters of a quoted line sought in the quoted poster's words


def _subject_by(line: str) -> tuple[str, str, str, bool] | None:
    """(subject, poster, stamp, whether "Re:" marks it) of a one-line post header, None for another line."""
    text = line.strip()
    match = _SUBJECT_BY.match(text) if len(text) <= 300 else None
    if match is None or not _is_date_line(match["stamp"]):
        return None
    return match["subject"].strip(), match["name"], match["stamp"], bool(match["re"])


def _year_from_page(lines: list[str], stamp: str) -> str:
    """The day (YYYY-MM-DD) of a stamp that leaves its year out, the year taken from the page's own
    "Date: <full date>" line above (the year before when the day would fall after it); '' for none."""
    if day := _date_value(stamp):
        return day
    for line in lines:
        found = _PAGE_DAY.search(line.strip()) if len(line) <= 200 else None
        if found is None or not _is_date_line(found["date"]) or not (today := _date_value(found["date"])):
            continue
        try:
            value = date_parser.parse(stamp, fuzzy=True, default=datetime(int(today[:4]), 1, 1))
        except (ValueError, OverflowError):
            return ""
        day = value.date().isoformat()
        day = day if day <= today else f"{int(today[:4]) - 1}{day[4:]}"
        return "" if value_problem(day) else day  # (29 February of the year before has no day)
    return ""


def _quoted_opening(body: list[str], said: dict[str, str]) -> tuple[str, list[str]]:
    """(the poster answered, the reply's own lines) of a post opening "name: <that poster's words>"."""
    match = _QUOTE_OPENING.match(body[0]) if body and len(body[0]) <= 600 else None
    if match is None or match["name"] not in said or len(body) < 2:
        return "", body
    words = " ".join(match["words"].split())[:_QUOTE_KEY]
    return (match["name"], body[1:]) if words in said[match["name"]] else ("", body)


def _subject_posts(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """Posts of a thread whose headers repeat the topic's title with "by name: stamp", after the
    opening one, as comments; also the thread's title and date (from the opening post's header)."""
    heads = [(k, h) for k, line in enumerate(lines) if "by " in line and (h := _subject_by(line)) is not None]
    if len(heads) < _MIN_POSTS + 1 or heads[0][1][3]:
        return [], set(), "", ""
    title = heads[0][1][0]
    if sum(h[0] == title and h[3] for _, h in heads[1:]) < _MIN_POSTS:
        return [], set(), "", ""  # replies repeat the opening post's title after "Re:"
    taken = set(range(heads[0][0] + 1))  # the forum's chrome above the opening post, and its header
    said: dict[str, str] = {}
    found: list[RawComment] = []
    for n, (k, (_, name, _, _)) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        end = k + 1
        while end < stop and not (len(lines[end]) < 120 and (_PAGE_ROW.match(lines[end].strip())
                                                             or _THREAD_END.match(lines[end].strip()))):
            end += 1
        body: list[str] = []
        for j in range(k + 1, end):
            text = lines[j].strip()
            if text and (_POST_TALLY.match(text) or ((note := _MODIFIED_NOTE.match(text)) is not None
                                                     and _is_date_line(note["date"]))):
                taken.add(j)
            elif text or body:
                body.append(text)
        if n == 0:
            said[name] = " ".join(" ".join(body).split())
            continue
        target, own = _quoted_opening([line for line in body if line], said)
        text = _one_blank_line("\n".join(own if target else body)).strip()
        said[name] = " ".join((said.get(name, "") + " " + " ".join(body)).split())
        found.append(RawComment(len(found) + 1, name, text, int(bool(target)), target, bool(target)))
        taken |= set(range(k, end))
        if end < stop:
            taken |= set(range(end, len(lines)))  # the page's rows and links after the thread's last post
            break
    stamp = heads[0][1][2]
    return found, taken, title, _year_from_page(lines[:heads[0][0]], stamp)


# A mailing list's archive (the Google Groups kind): each message headed by the sender's avatar text
# ("Ann Lee's profile photo") perhaps, the name, "unread," perhaps, the stamp and "to <list>" on lines
# of their own, then the text and the message's buttons ("Reply all", "Reply to author", "Forward").
# The first message opens the conversation (the article); its signature and the list's footer under
# a "--" line are the page's. A reply answers the sender its "On <date>, Name <address> wrote:" line
# names (the quoted lines under it are that sender's, not the reply's), else the earlier sender whose
# first name opens it.
# The "to" line names the list, never a sentence: an address or a name of capitalised words, several
# apart by commas perhaps ("to Harbour Wardens", "to wardens@quay.org", "to me, Harbour Wardens").
_MAIL_RECIPIENT = (r"(?:[^\s@,]+@[^\s@,]+|me|[A-Z][\w'’&.-]*(?: (?:[A-Z&][\w'’.-]*|of|and|for|the|on|in))*)")
_MAIL_TO = re.compile(rf"^to\s+{_MAIL_RECIPIENT}(?:, {_MAIL_RECIPIENT}){{0,3}}$")
_MAIL_UNREAD = re.compile(r"^(?:unread|read),?$", re.I)
_MAIL_BUTTON = re.compile(r"^(?:reply all|reply to author|forward|reply|more)$", re.I)
_MAIL_WROTE = re.compile(r"^on .{6,60}?,? (?P<name>[^,<>]{2,60}?)\s*<[^<>\s]{3,80}>\s*wrote:$", re.I)
_QUOTED_TOGGLE = re.compile(r"^[-–]\s*(?:show|hide) quoted text\s*[-–]$", re.I)
_SIGNATURE_DASHES = re.compile(r"^--\s?$")


def _mail_header(lines: list[str], k: int) -> tuple[str, int] | None:
    """(sender, the line after the header) of a message header whose name stands at line k."""
    name = lines[k].strip()
    if not name or len(name) > 60 or not (_name_like(name, _NAME_WORDS) or _display_name(name)):
        return None  # ("Pieter van der Merwe": its small words are a name's)
    j = k + 1
    if j < len(lines) and _MAIL_UNREAD.match(lines[j].strip()):
        j += 1
    if j + 1 >= len(lines) or not _is_stamp(lines[j]) or not _MAIL_TO.match(lines[j + 1].strip()):
        return None
    return name, j + 2


def _one_list(lines: list[str], starts: list[int]) -> bool:
    """Whether the messages' "to" lines (each over its message's text, at start - 1) name one list on
    most of them: a conversation is sent to its list, lines of comments opening "to" name nothing alike."""
    named = Counter(lines[start - 1].strip().lower() for start in starts)
    return 2 * named.most_common(1)[0][1] > len(starts)


def _mail_messages(lines: list[str]) -> tuple[list[RawComment], set[int], str, str]:
    """The replies of a mailing list's conversation (every message after the first) as comments; also
    the conversation's date (its first message's; its subject, over the messages, is the head's title)."""
    heads = [(k, h) for k in range(len(lines) - 2) if (h := _mail_header(lines, k)) is not None]
    if len(heads) < _MIN_POSTS + 1 or not _one_list(lines, [h[1] for _, h in heads]):
        return [], set(), "", ""
    taken: set[int] = set()
    latest: dict[str, int] = {}
    lengths: set[int] = set()
    found: list[RawComment] = []
    for n, (k, (name, start)) in enumerate(heads):
        top = k - 1 if k and _AVATAR.match(lines[k - 1].strip()) else k
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        end = start
        while end < stop and not _MAIL_BUTTON.match(lines[end].strip()):
            end += 1
        rows = end
        while rows < stop and (_MAIL_BUTTON.match(lines[rows].strip()) or not lines[rows].strip()):
            rows += 1
        body = [line.strip() for line in lines[start:end]]
        if n == 0:  # the article: its header, and its signature and the list's footer under "--"
            sign = next((j for j in range(start, end) if _SIGNATURE_DASHES.match(lines[j].strip())), end)
            taken |= set(range(top, start)) | set(range(sign, rows))
        else:
            target = ""
            wrote = next(((j, m["name"]) for j, line in enumerate(body)
                          if (m := _MAIL_WROTE.match(line))), None)
            if wrote is not None:
                body, target = body[:wrote[0]], wrote[1]
            text = _one_blank_line("\n".join(line for line in body if not _QUOTED_TOGGLE.match(line))).strip()
            target = target or _addressed(text, latest, lengths)
            found.append(RawComment(len(found) + 1, name, text, int(bool(target)), target, bool(target)))
            taken |= set(range(top, rows))
        for j in range(rows, stop if n + 1 < len(heads) else rows):  # a deleted message's slot between
            if is_removal_notice(lines[j]):
                found.append(RawComment(len(found) + 1, "", lines[j].strip()))
                taken.add(j)
        latest[name] = n
        lengths.add(len(name))
    after = max(taken) + 1  # the page's lines under the last message (its search box, its apps)
    taken |= set(range(after, len(lines)))
    stamp = lines[heads[0][1][1] - 2].strip()
    return found, taken, "", _date_value(stamp)


# A rating site's cards (the teacher-rating kind): each rating headed by its scores as label and value
# lines ("QUALITY", "1.0", "DIFFICULTY", "5.0"), what was rated perhaps (a course's code) and the date,
# then a row of labelled fields ("For Credit: N/A   Attendance: N/A   Grade: A-"), the text, a row of
# tags in capitals, its vote row ("Helpful   👍 3   👎 41") and "Report this rating". The site prints
# no rater's name: the author is ''. The rated person's answer under a card ("Response from Dr Ann
# Lee", its date, the text) is a reply by that name; a removed rating's notice keeps its slot.
_SCORE_LABEL_LINE = re.compile(r"^(?-i:[A-Z][A-Z&/ ]{1,24})$")
_SCORE_VALUE_LINE = re.compile(r"^(?:[0-9]|10)(?:[.,]\d)?$")
_FIELDS_ROW_ITEM = re.compile(r"^[A-Z][\w'’?/ -]{1,30}: \S.{0,30}$")
_TAGS_ROW_ITEM = re.compile(r"^(?-i:[A-Z][A-Z'’?!.,/ -]{2,40})$")
_RESPONSE_FROM = re.compile(r"^(?:response|reply) from (?P<name>\S.{1,60})$", re.I)
_CARD_END = re.compile(r"^(?:report(?: this)? (?:rating|review)|flag(?: this)? (?:rating|review))$", re.I)
_CARD_HEAD_LINES = 3  # lines between the scores and the date (what was rated)


def _row_items(line: str, item: re.Pattern[str]) -> bool:
    """A row of two items or more spaced apart, each of the pattern (labelled fields, tags)."""
    items = [t for t in re.split(r"\s{2,}|\t+", line.strip()) if t]
    return len(items) >= 2 and all(item.match(t) for t in items)


def _scored_card(lines: list[str], k: int) -> int:
    """The line after a rating card's header that opens at line k (two label and score lines at least,
    then the date a few lines down), or -1 for none."""
    j = k
    while j + 1 < len(lines) and _SCORE_LABEL_LINE.match(lines[j].strip()) and _SCORE_VALUE_LINE.match(
            lines[j + 1].strip()):
        j += 2
    if j - k < 4:
        return -1
    for d in range(j, min(len(lines), j + _CARD_HEAD_LINES)):
        if _is_stamp(lines[d]):
            return d + 1
        if len(lines[d].split()) > 2:
            break
    return -1


def _card_meta(line: str) -> bool:
    """A line of a card's own (fields, tags, votes, its report button)."""
    text = line.strip()
    return bool(_CARD_END.match(text) or _row_items(text, _FIELDS_ROW_ITEM)
                or _row_items(text, _TAGS_ROW_ITEM) or _is_comment_meta(text) or _is_action_line(text))


def _response_after(lines: list[str], j: int, stop: int) -> tuple[RawComment, int] | None:
    """The rated person's response opening at line j ("Response from Dr Ann Lee", its date, its text of
    sentences) and the line after it, or None."""
    response = _RESPONSE_FROM.match(lines[j].strip()) if len(lines[j]) <= 80 else None
    if response is None:
        return None
    end = j + 1
    if end < stop and _is_stamp(lines[end]):
        end += 1
    body: list[str] = []
    while end < stop and len(lines[end].split()) > _CONTROL_RUN_WORDS and not _card_meta(lines[end]) and not (
            is_removal_notice(lines[end])):
        body.append(lines[end].strip())
        end += 1
    if not body:
        return None
    return RawComment(0, response["name"], "\n".join(body), 1, "", True), end


def _scored_ratings(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The ratings of a page of scored cards, and the rated person's responses, as comments."""
    heads = [(k, start) for k in range(len(lines)) if (start := _scored_card(lines, k)) > 0]
    if len(heads) < _MIN_POSTS:
        return [], set()
    found: list[RawComment] = []
    taken: set[int] = set()
    for n, (k, start) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        end = start
        while end < stop and not _CARD_END.match(lines[end].strip()):
            end += 1
        end = min(end + 1, stop)
        body = [lines[j].strip() for j in range(start, end) if lines[j].strip() and not _card_meta(lines[j])]
        if body:
            found.append(RawComment(0, "", "\n".join(body)))
        taken |= set(range(k, end))
        j = end
        while j < stop:  # the response under the card, a removed rating's notice before the next one
            if (response := _response_after(lines, j, stop)) is not None:
                found.append(response[0])
                taken |= set(range(j, response[1]))
                j = response[1]
            elif is_removal_notice(lines[j]):
                found.append(RawComment(0, "", lines[j].strip()))
                taken.add(j)
                j += 1
            elif not lines[j].strip():
                j += 1
            else:
                break
    return [replace(c, position=n + 1) for n, c in enumerate(found)], taken


# A community forum topic of the Discourse kind: each post headed by the poster's full name, their
# username and perhaps a user title, then a relative stamp ("3d", "Mar 4") on lines of their own; the
# post ends at its "Reply" / "1 Reply" row; the first post opens the topic (the article). A post that
# quotes another opens with the quoted poster's username and a colon.
_TOPIC_STAMP = re.compile(rf"^(?:\d{{1,2}}[mhdw]|\d{{1,2}}\s?{_TIME_UNIT}(?:\s+ago)?|"  # "3d", "4 hrs ago"
                          r"[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?|[A-Z][a-z]{2} ['’]\d{2})$")
_TOPIC_USERNAME = re.compile(r"^[A-Za-z0-9][\w.-]{1,29}$")
_TOPIC_END = re.compile(r"^(?:reply|\d+ repl(?:y|ies)|solution|solved by .{1,60})$", re.I)
_MIN_TOPIC_POSTS = 3
_TITLE_LINE_WORDS = 6  # a user title under the username ("Councillor, Ward 3")


def _topic_header(lines: list[str], k: int) -> tuple[str, str, int] | None:
    """(full name, username, the line after the header) of a topic post's header at line k."""
    name = _DECORATION_END.sub("", lines[k].strip())  # "Ann Lee (she/her)" is Ann Lee
    if not name or (k and lines[k - 1].strip()) or not _name_like(name.replace(",", ""), _NAME_WORDS):
        return None
    if _TOPIC_STAMP.match(lines[k + 1].strip()) if k + 1 < len(lines) else False:
        return (name, name, k + 2) if _TOPIC_USERNAME.match(name) else None  # a username alone
    user = lines[k + 1].strip() if k + 1 < len(lines) else ""
    if not _TOPIC_USERNAME.match(user) or user == name:
        return None
    for j in (k + 2, k + 3):
        if j < len(lines) and _TOPIC_STAMP.match(lines[j].strip()):
            if j == k + 3 and len(lines[k + 2].split()) > _TITLE_LINE_WORDS:
                return None
            return name, user, j + 1
    return None


def _topic_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The replies of a forum topic (every post after the opening one), with their reply targets:
    a post opening "username:" answers that poster."""
    heads = [(k, h) for k in range(len(lines) - 1) if (h := _topic_header(lines, k)) is not None]
    if len(heads) < _MIN_TOPIC_POSTS or all(_indent_of(lines[k]) for k, _ in heads):
        return [], set()  # every header indented: a nested comment list under an article, not a topic
    if (heading := _comment_heading(lines)) is not None and heading < heads[0][0]:
        return [], set()  # under a comment heading ("All Comments"): an article's comments, no opening post
    by_user: dict[str, str] = {}
    said: dict[str, list[str]] = {}  # each poster's words, for the lines a reply quotes
    comments: list[RawComment] = []
    taken: set[int] = set()
    for n, (k, (name, user, body_start)) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        # the post ends at its first row ("Reply", "1 Reply") after its last label ("Solution")
        rows = [j for j in range(body_start, stop) if _TOPIC_END.match(lines[j].strip())]
        label = max((j for j in rows if len(lines[j]) < 40 and not _is_comment_meta(lines[j])), default=-1)
        end = next((j + 1 for j in rows if j >= label), body_start)
        by_user[user] = name
        if n == 0:
            said[name] = [line for line in lines[body_start:stop] if line.strip()]
            taken |= set(range(k, body_start))  # the opening post's header; its text is the article
            taken |= {j for j in range(body_start, stop) if _TOPIC_END.match(lines[j].strip())
                      or (lines[j].strip() and _is_comment_meta(lines[j]))}
            continue
        body = [line.strip() for line in lines[body_start:end] if not _TOPIC_END.match(line.strip())]
        text = _BLANK_RUN.sub("\n\n", "\n".join(_trim_meta(body))).strip()
        if not text:
            continue  # the topic map's "created / 3d" under the last post is no post
        quoted = re.match(r"([\w.-]{2,30}):\n", text)
        target = by_user.get(quoted.group(1), "") if quoted else ""
        earlier = " ".join(" ".join(said.get(target, [])).split()) if target else ""
        if target and (own := _after_quote(text.split("\n")[1:], earlier)):
            text = own  # the quoted lines are the other poster's words
        said.setdefault(name, []).append(text)
        comments.append(RawComment(len(comments) + 1, name, text, 1 if target else 0, target, bool(target)))
        taken |= set(range(k, end))
    taken |= _topic_furniture(lines, heads[0][0], max(taken, default=0) + 1)
    return comments, taken


def _topic_furniture(lines: list[str], first: int, after: int) -> set[int]:
    """A topic page's own lines: the category and tags under its title (short lines in the title's
    block) and everything short after the last post (the topic map, related topics)."""
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    block = k
    while block > 0 and lines[block - 1].strip():
        block -= 1
    under_title = range(block + 1, k + 1)
    tags = set(under_title) if all(len(lines[j].split()) <= _TAG_WORDS for j in under_title) else set()
    tail = {j for j in range(after, len(lines))
            if len(lines[j]) <= _SHORT_TAIL or _TOPIC_CLOSED.match(lines[j].strip())}
    return tags | tail


_TAG_WORDS = 3  # a category or tag line under a topic's title ("Town Hall", "library-board")
_SHORT_TAIL = 80  # lines after a topic's last post this short are the page's (topic map, related topics)


_TOPIC_CLOSED = re.compile(r"^this topic (?:was|will be) (?:automatically )?closed\b", re.I)


# A thread on a federated microblog (the Mastodon kind): each post headed by a display name over its
# "@user@server" line and closed by its counts ("14 boosts · 37 favourites"); the thread's own posts
# ("1/3 …") open it (the article); the others are replies, answering the first account they mention
# other than the thread's.
_FEDI_HANDLE = re.compile(r"^@(?P<user>[\w.]{1,40})(?:@[\w.-]{1,60})?$")
_FEDI_COUNTS = re.compile(r"^\d[\d,.]*[km]?\s+(?:boosts?|reblogs?|reposts?)\s*[·•]\s*\d[\d,.]*[km]?\s+"
                          r"(?:favou?rites?|likes?|stars?)$", re.I)
_MENTION = re.compile(r"@([\w.]{1,40})(?:@[\w.-]{1,60})?\s+")


def _display_name(text: str) -> bool:
    """A display name over a handle: a few words, no sentence ("Priya from the North Stand")."""
    return 0 < len(text.split()) <= _DISPLAY_WORDS and len(text) <= 60 and text[-1:] not in ".!?,;:"


_DISPLAY_WORDS = 6


def _handle_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The replies of a microblog thread of "name / @user@server" posts with counts rows."""
    heads = [k for k in range(len(lines) - 1) if lines[k].strip() and _FEDI_HANDLE.match(lines[k + 1].strip())
             and _display_name(re.sub(r":\w+:", "", lines[k]).strip())]
    counts = [k for k, line in enumerate(lines) if _FEDI_COUNTS.match(line.strip())]
    if len(heads) < _MIN_TOPIC_POSTS or len(counts) < _MIN_TOPIC_POSTS:
        return [], set()
    owner = _FEDI_HANDLE.match(lines[heads[0] + 1].strip())
    owner_user = owner.group("user") if owner else ""
    names: dict[str, str] = {}
    comments: list[RawComment] = []
    taken: set[int] = set()
    opening = True
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        end = next((j for j in range(k + 2, stop) if _FEDI_COUNTS.match(lines[j].strip())), None)
        name = re.sub(r"\s*:\w+:", "", lines[k]).strip()
        handle = _FEDI_HANDLE.match(lines[k + 1].strip())
        user = handle.group("user") if handle else ""
        names.setdefault(user, name)
        if end is None:  # a profile box, not a post
            taken |= {k, k + 1}
            continue
        taken |= {k + 1, end} | ({k} if n else set())  # the first name line may name the outlet
        if opening and user == owner_user:
            continue  # the thread's own posts: the article (their date lines date it)
        opening = False
        body = [line.strip() for line in lines[k + 2:end]]
        text = _BLANK_RUN.sub("\n\n", "\n".join(_trim_meta(body))).strip()
        mentioned = [m.group(1) for m in _MENTION.finditer(text[:200]) if text.startswith("@")]
        target = next((names.get(u, "") for u in mentioned if u != owner_user), "")
        comments.append(RawComment(len(comments) + 1, name, text, 0, target, bool(target)))
        taken |= set(range(k, end + 1))
    return comments, taken


# A board whose posts are headed by the poster and the post's date on one line ("Juniper4tea Sat
# 16-Mar-19 20:14:08"), each closed by its action row ("Add message | Report | Message poster").
_DATED_HEADER = re.compile(r"^(?P<name>[^\s·•|]{2,40}(?: [^\s·•|]{1,30}){0,2}?)\s+"
                           r"(?P<date>(?:[A-Z][a-z]{2}\s+)?\d{1,2}[-/ .][A-Za-z0-9]{2,9}[-/ .]\d{2,4}"
                           r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?)?)$")
_MIN_DATED_POSTS = 3
# What a review or diary site writes before the day the reviewer did what is reviewed ("Watched 19 Nov
# 2026", "Visited March 2026", "Stayed 3 Mar 2026", "Reread on 2 May"), in place of a name before a date.
_DAY_VERBS = (r"(?:re-?)?watched|seen|viewed|visited|stayed|dined|attended|played|listened|(?:re-?)?read"
              r"|finished|started|completed|ordered|bought|purchased|travell?ed|logged")
# ... and the posting's own verbs ("Posted 3 Nov 2026", "Reviewed on 4 May 2026"): no poster is named so
_DAY_VERB = re.compile(rf"^(?:{_DAY_VERBS}|posted|published|updated|edited|submitted|added|written|reviewed"
                       r"|commented|replied|answered|asked)(?:\s+(?:on|in|at))?:?$", re.I)
_ARTICLE_LINE = 120  # a line of article prose before the first post makes that post a comment
# A day of the week before a date ("Sat 14 Nov 2026", "Tuesday 17 Nov 2026"): the date's own word, no poster.
_WEEKDAY_NAME = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
                           r"\.?,?$", re.I)


def _dated_header(line: str) -> str:
    """The poster of a "Name date" post header ('' when the line is not one)."""
    match = _DATED_HEADER.match(line.strip()) if len(line) <= 90 else None
    if (match is None or not _is_date_line(match.group("date"))
            or not _name_like(match.group("name"), _NAME_WORDS) or _DAY_VERB.match(match.group("name"))
            or _WEEKDAY_NAME.match(match.group("name"))):
        return ""  # ("Watched 19 Nov 2026": the day's label, no poster; "Sat 14 Nov 2026": a date alone)
    return match.group("name")


def _dated_posts(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The posts of a board with "Name date" headers: the first is the article when it comes before
    any article prose (the thread's opening post); a post opening with "@Name" or with an earlier
    poster's name answers that poster."""
    heads = [(k, name) for k, line in enumerate(lines) if (name := _dated_header(line))]
    if len(heads) < _MIN_DATED_POSTS:
        return [], set()
    opening = not any(len(line) > _ARTICLE_LINE and _is_prose(line.strip()) for line in lines[:heads[0][0]])
    comments: list[RawComment] = []
    taken: set[int] = set()
    posters: list[str] = []
    for n, (k, name) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        action = next((j for j in range(k + 1, stop)
                       if lines[j].strip() and _is_action_line(lines[j].strip())), None)
        end = action if action is not None else min(stop, _paragraph_end(lines, next(
            (j for j in range(k + 1, stop) if lines[j].strip()), stop)))  # (not past the next header)
        taken |= {k} | {j for j in range(k + 1, stop) if _is_action_line(lines[j].strip())}
        if n == 0 and opening:
            posters.append(name)
            continue
        body = [line.strip() for line in lines[k + 1:end] if not _is_action_line(line.strip())]
        text = _BLANK_RUN.sub("\n\n", "\n".join(_trim_meta(body))).strip()
        target = next((p for p in sorted(set(posters), key=len, reverse=True)
                       if p != name and (text.startswith("@" + p) or re.match(rf"{re.escape(p)}\b", text))),
                      "")
        comments.append(RawComment(len(comments) + 1, name, text, 0, target, bool(target)))
        taken |= set(range(k, end))
        posters.append(name)
    return comments, taken


# A post that opens by quoting another: "X wrote:" (phpBB, with "↑ date" in newer versions),
# "Quote from: X on date" (SMF), "Originally Posted by X" (vBulletin), "X said:" (XenForo), "On date,
# X said:" (Invision). The post answers X; the quoted lines under that line are X's words, not the
# poster's, and leave the post's text.
_QUOTE_WROTE = re.compile(r"^(?P<name>\S(?:.{0,40}\S)?)\s+(?P<verb>wrote|said|posted):\s*(?:↑\s*)?"
                          r"(?P<date>.{0,60})$", re.I)
_QUOTE_FROM = re.compile(r"^(?:quote:?\s+)?(?:quote from|quoting|originally posted by)\s*:?\s+"
                         r"(?P<name>\S(?:.{0,40}?\S)?)(?:\s+on\s+(?P<date>.{1,60}?))?:?(?:\s+view post)?$",
                         re.I)
# A dated quote's line: "On 22 November 2026 at 14:05, X said:" (Invision), "X wrote on 22 Nov 2026, 14:05:";
# the name holds no comma ("On November 20, 2026 at 14:05, X said:": the date's own comma)
_QUOTE_ON = re.compile(r"^on\s+(?P<date>\S.{2,60}?),\s+(?P<name>[^\s,](?:[^,]{0,40}?\S)?)"
                       r"\s+(?:said|wrote|posted):$"
                       r"|^(?P<poster>\S(?:.{0,40}?\S)?)\s+(?:said|wrote|posted)\s+(?:on|at)\s+"
                       r"(?P<when>\S.{2,60}):$",
                       re.I)
# a day of the week for a quote's date ("On Sunday at 14:05, X said:")
_QUOTE_DAY = re.compile(r"^(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                        r"(?:,? at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$", re.I)
_QUOTE_END = re.compile(r"^(?:click to expand|expand)\s*(?:\.\.\.|…)?$", re.I)  # a folded quote's foot
_QUOTE_LINES = 30  # a quote's foot ("Click to expand...") is sought this many lines down
_QUOTE_LABEL = re.compile(r"^quote:?$", re.I)  # a quote block's label above its "Originally Posted by" line
# ("Quote: Ann Lee wrote:" on one line: the label before the line that names the poster)
_QUOTE_LABEL_BEFORE = re.compile(r"^quote:\s+(?=\S.{0,40}\s(?:wrote|said|posted):)", re.I)
_NOT_POSTERS = frozenset({"someone", "somebody", "he", "she", "they", "i", "you", "we", "who", "everyone",
                          "anyone", "it", "this", "that", "nobody", "mum", "dad", "mom"})


# A reply opening with the line it answers, after a ">" and its poster's name: "> ann_lee: The plan is".
_QUOTED_PARENT = re.compile(r"^\s*>\s*(?P<name>[^\s:>][^:\n]{0,39}):\s+\S")


def _quoted_poster(first: str, authors: set[str], folded: bool = False) -> str:
    """The poster a post's first line quotes ('' when it quotes none). "X said:" counts only when X
    posted earlier in the thread (people write "She said:" too) or the quote is folded under it
    ("Click to expand..."); "X wrote:" when X reads as a name."""
    text = first.strip()
    match = (_QUOTE_ON.match(text) or _QUOTE_WROTE.match(text) or _QUOTE_FROM.match(text)) \
        if len(text) <= 120 else None
    if match is None:
        return ""
    dated = match.re is _QUOTE_ON  # its date is required, and a day of the week is one
    name, date = (match["name"] or match.groupdict().get("poster") or "").strip(), (
        match["date"] or match.groupdict().get("when") or "").strip()
    if (date or dated) and not _is_date_line(date) and not (dated and _QUOTE_DAY.match(date)):
        return ""
    if name in authors:
        return name
    verb = "" if dated else (match.groupdict().get("verb") or "").lower()
    if (verb in ("said", "posted") and not folded) or not _name_like(name, 4) or name.lower() in _NOT_POSTERS:
        return ""
    return name


# A reply's first line repeating part of the comment it answers: 'Quoting Ann Lee: "The plan is fine."',
# 'Ann Lee wrote: "The plan is fine."'.
_INLINE_QUOTE = re.compile(r"^(?:(?:quoting|quote from|replying to|in reply to)\s+(?P<name>\S(?:.{0,40}?\S)?)"
                           r"|(?P<wrote>\S(?:.{0,40}?\S)?)\s+wrote):\s*"
                           r"[\"“](?P<quote>[^\"”]{3,300})[\"”]?$", re.I)


def _inline_quote(c: RawComment, bodies: dict[str, list[str]]) -> RawComment | None:
    """The comment as a reply to the earlier commenter its first line quotes, that line (the
    parent's words, not the commenter's) dropped; None when it opens otherwise."""
    first, _, rest = c.body.partition("\n")
    match = _INLINE_QUOTE.match(first.strip()) if len(first) <= 360 else None
    name = match.group("name") or match.group("wrote") if match is not None else ""
    if match is None or not rest.strip() or c.reply_to not in ("", name):
        return None
    quote = " ".join(match.group("quote").split()).rstrip(".…")[:60]
    if not any(quote in " ".join(body.split()) for body in bodies.get(name, [])):
        return None
    return RawComment(c.position, c.author, rest.strip("\n"), max(c.depth, 1), name, True)


# A messenger's reply preview: lines opening with a quote bar, the answered author's name on the
# first and the first words of their message under it ("┃Ann Lee 🌸", "┃The quay has no lights…").
_QUOTE_BAR = re.compile(r"^\s*[┃│▍▎▌❙]\s?")
_BAR_NAME_CHARS = 60
_QUOTE_BAR_LINES = 2  # the answered author's name, then their words
_BAR_NAME_WORDS = 4


def _bar_quoted(c: RawComment, authors: set[str]) -> RawComment:
    """The comment as a reply to the author its opening quote-bar lines name, those lines (the
    parent's name and words, not the commenter's) dropped; unchanged when it opens otherwise."""
    if not c.body.lstrip()[:1] or not _QUOTE_BAR.match(c.body.lstrip()):
        return c
    lines = c.body.strip("\n").split("\n")
    barred = 0
    while barred < len(lines) and _QUOTE_BAR.match(lines[barred]):
        barred += 1
    name = _QUOTE_BAR.sub("", lines[0]).strip()
    rest = "\n".join(lines[barred:]).strip("\n")
    if not rest.strip() or not name or len(name) > _BAR_NAME_CHARS or name[-1] in ".!?…,;:":
        return c
    plain = _TRAILING_EMOJI.sub("", name)
    known = next((a for a in authors if a == name or _TRAILING_EMOJI.sub("", a) == plain), "")
    if not known and (barred < _QUOTE_BAR_LINES or len(plain.split()) > _BAR_NAME_WORDS):
        return c  # one barred line, or a line of words, is a passage quoted, not a message's author and words
    name = known or name
    return RawComment(c.position, c.author, rest, max(c.depth, 1), c.reply_to or name, True)


def _after_quote(lines: list[str], earlier: str, inline: bool = False) -> str:
    """A post's own text under the line that opens its quote of another poster ('' when nothing of
    its own is left): the quote ends at its "Click to expand..." foot, else after the lines found in
    what that poster said earlier on the page (`earlier`, its whitespace folded; or marked "> " as
    quoted), else (the quoted post not on the page) after its first line; `inline` when the opening
    line held the quote's first words ("Ann Lee wrote: the words …"): then no line under it needs to be
    the quote's."""
    end = next((k + 1 for k, line in enumerate(lines[:_QUOTE_LINES]) if _QUOTE_END.match(line.strip())), 0)
    filled = [k for k, line in enumerate(lines) if line.strip()]  # (a blank line may stand between any two)
    if not end:
        quoted = next((n for n, k in enumerate(filled) if not _QUOTE_MARK.match(lines[k])
                       and " ".join(lines[k].split()) not in earlier), len(filled))
        end = filled[quoted - 1] + 1 if quoted else 0
    if not end and filled and not inline:
        end = filled[0] + 1
    return "\n".join(lines[end:]).strip()


# A quoted line marked as e-mail quotes are ("> the words", ">the words"); not ">200 people signed"
# (">" for "more than", a digit right after it)
_QUOTE_MARK = re.compile(r"^\s*>(?:\s+\S|[^\s\d])")
# A quote's opening line with the quoted words after its colon: "Ann Lee wrote: the words …"
# ("Quote: " before it perhaps); a quote only when the words are the poster's, found above.
_WROTE_INLINE = re.compile(r"^(?:quote:\s+)?(?P<name>[^\s:>][^:\n]{0,40}?)\s+(?:wrote|posted|said):\s+"
                           r"(?P<words>[^\s\"“].{0,300})$", re.I)


def _inline_words_quoted(first: str, said: "_Said", authors: set[str]) -> str:
    """The earlier poster a reply's first line quotes as "Ann Lee wrote: their words" (no quote
    marks: those are _inline_quote's) when the words are found in a row in what that poster wrote
    above, else ''. "Ann Lee wrote: the early boat mattered" over words of the reply's own quotes nobody."""
    match = _WROTE_INLINE.match(first.strip()) if len(first) <= 360 else None
    if match is None or (name := match["name"].strip()) not in authors:
        return ""
    words = _said_words(match["words"])[:_QUOTE_MOST_WORDS]
    return name if len(words) >= _BARE_QUOTE_WORDS and said.wrote(name, words) else ""


_QUOTED_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+")  # where a quote run in with a reply's text may end


def _inline_rest(first: str, said: "_Said", name: str) -> str:
    """The reply's own words after the quote on its opening line ("Ann Lee wrote: their words. So
    did I, and …" gives "So did I, and …"): what follows the longest run of whole sentences found in
    what that poster wrote above ('' when the line holds the quote alone, or no sentence of it is
    found whole: then the line is the quote's, as before)."""
    match = _WROTE_INLINE.match(first.strip()) if len(first) <= 360 else None
    if match is None:
        return ""
    words = match["words"]
    for end in reversed([m.end() for m in _QUOTED_SENTENCE_END.finditer(words)]):
        said_words = _said_words(words[:end])
        if len(said_words) >= _BARE_QUOTE_WORDS and said.wrote(name, said_words):
            return words[end:].strip()
    return ""


# A reply's opening line quoting an earlier comment without a quote mark, as an aggregator's thread
# prints it (the name in bold, the words in italics): "ann_lee: the words answered".
_BARE_QUOTE = re.compile(r"^\s*(?P<name>[^\s:>][^:\n]{0,39}):\s+(?P<quote>\S.{0,300})$")
_BARE_QUOTE_WORDS = 3


_QUOTE_RUN = 3  # words in a row: an author's words are indexed by every run of so many
_QUOTE_MOST_WORDS = 10  # of a bare quote, the words looked for
_SAID_WORD = re.compile(r"\w+(?:['’]\w+)*")


class _Said:
    """What each author wrote above, indexed for the bare-quote search by every run of _QUOTE_RUN
    words: each comment indexed once, when its author is first quoted after it, so the search is
    linear in the thread (not a scan of all the author wrote for each reply)."""

    def __init__(self, bodies: dict[str, list[str]]) -> None:
        self._bodies = bodies  # (the thread's: grows as it is read)
        self._runs: dict[str, set[tuple[str, ...]]] = {}
        self._read: dict[str, int] = {}
        self._log: list[tuple[str, str]] = []  # every (author, body) noted, in page order
        self._writers: dict[tuple[str, ...], str] = {}  # each run of words and who wrote it first
        self._logged = 0
        self._texts: dict[str, tuple[int, str]] = {}  # each author's bodies folded into one text, so far

    def text(self, author: str) -> str:
        """All the author wrote above as one text, its whitespace folded (what a quote's lines are
        sought in): each body folded once, when first asked for, not the whole again for each reply."""
        bodies = self._bodies.get(author, [])
        done, text = self._texts.get(author, (0, ""))
        if done < len(bodies):
            text = " ".join(part for part in (text, *(" ".join(b.split()) for b in bodies[done:])) if part)
            self._texts[author] = (len(bodies), text)
        return text

    def note(self, author: str, body: str) -> None:
        """Keep what an author wrote (in the thread's bodies, and for `writer`)."""
        self._bodies.setdefault(author, []).append(body)
        self._log.append((author, body))

    def writer(self, words: list[str]) -> str:
        """The one author above who wrote these words in a row ('' for none, or for words that
        more than one author wrote first); each body is indexed once, when first asked for."""
        for author, body in self._log[self._logged:]:
            said = _said_words(body)
            for run in zip(said, said[1:], said[2:], strict=False):
                self._writers.setdefault(run, author)
        self._logged = len(self._log)
        found = {self._writers.get(run, "") for run in zip(words, words[1:], words[2:], strict=False)}
        return found.pop() if len(found) == 1 else ""

    def wrote(self, author: str, words: list[str]) -> bool:
        """Whether the author wrote these words in a row (their runs, at least)."""
        bodies = self._bodies.get(author, [])
        runs = self._runs.setdefault(author, set())
        for body in bodies[self._read.get(author, 0):]:
            said = _said_words(body)
            runs.update(zip(said, said[1:], said[2:], strict=False))
        self._read[author] = len(bodies)
        return all(run in runs for run in zip(words, words[1:], words[2:], strict=False))


def _quoted_writer(lines: list[str], said: _Said) -> str:
    """The poster above whose words a quote's first line repeats (a "> " mark before them or not), '' when
    they are nobody's or fewer than _BARE_QUOTE_WORDS: the author of a post its quote names by a
    handle the page prints under the name ("olund wrote:" over Oskar Lund's words)."""
    first = next((line for line in lines[:_QUOTE_LINES] if line.strip()), "")
    words = _said_words(first)  # (a mark is no word)
    return said.writer(words[:_QUOTE_MOST_WORDS]) if len(words) >= _BARE_QUOTE_WORDS else ""


def _bare_quoted(first: str, said: _Said, authors: set[str]) -> str:
    """The earlier commenter a reply's first line quotes as "Name: their words" (the words found in a
    row in what that commenter wrote above), else '': a line naming someone over words of its own
    ("Note: …", "Ann: you're wrong") quotes nobody. A quote is trimmed as people trim one (its first
    letter lowered, an ellipsis before or after it, a comma left off): its words count."""
    match = _BARE_QUOTE.match(first) if len(first) <= 360 else None
    if match is None or (name := match["name"].strip()) not in authors:
        return ""
    words = _said_words(match["quote"])[:_QUOTE_MOST_WORDS]
    if len(words) < _BARE_QUOTE_WORDS:
        return ""
    return name if said.wrote(name, words) else ""


def _said_words(text: str) -> list[str]:
    """A text's words as a quote is matched by: case folded, punctuation left out."""
    return _SAID_WORD.findall(text.casefold())


def _quote_replies(comments: list[RawComment]) -> list[RawComment]:
    """Comments that open by quoting a poster become replies to that poster (when not already a reply)."""
    found: list[RawComment] = []
    authors: set[str] = set()
    bodies: dict[str, list[str]] = {}
    said = _Said(bodies)
    for c in comments:
        c = _bar_quoted(c, authors)
        if (quoting := _inline_quote(c, bodies)) is not None:
            found.append(quoting)
            authors.add(c.author)
            said.note(c.author, quoting.body)
            continue
        lines = c.body.split("\n")
        head = 1 if len(lines) > 1 and _QUOTE_LABEL.match(lines[0].strip()) else 0  # "Quote:" over its poster
        first = lines[head]
        folded = any(_QUOTE_END.match(line.strip()) for line in lines[head + 1:head + 1 + _QUOTE_LINES])
        quoted = _quoted_poster(_QUOTE_LABEL_BEFORE.sub("", first, count=1), authors, folded)
        inline = "" if quoted else _inline_words_quoted(first, said, authors)
        quoted = quoted or inline
        source = quoted  # whose words the quote holds: a handle's post is printed under its name
        if quoted and quoted not in authors:  # ("olund wrote:" over Oskar Lund's words; the reply
            source = _quoted_writer(lines[head + 1:], said) or quoted  # answers the name it quotes)
        poster = "" if c.reply_to else quoted
        parent = None if c.reply_to else _QUOTED_PARENT.match(first[:120])
        if parent is not None and parent["name"].strip() in authors:
            poster = parent["name"].strip()  # "> ann_lee: the words answered": kept in the reply's body
        elif not poster and not c.reply_to and len(lines) > 1:
            poster = _bare_quoted(first, said, authors)  # "ann_lee: the words …", no quote mark
        below = head + 1
        nested = _quoted_poster(lines[below], authors) if quoted and not inline and len(lines) > below else ""
        earlier = said.text(source)
        if nested:  # the quoted post's own quote of an earlier one ("Bo wrote:" under "Ann wrote:"): both go
            below, earlier = below + 1, f"{earlier} {said.text(nested)}"
        own = _after_quote(lines[below:], earlier, bool(inline)) if quoted else ""
        if inline:  # (the reply's own words on the quote's line, after the quote)
            own = "\n".join(part for part in (_inline_rest(first, said, inline), own) if part)
        if own:
            c = replace(c, body=own)
        said.note(c.author, c.body)
        if poster:
            c = RawComment(c.position, c.author, c.body, max(c.depth, 1), poster, True)
        found.append(c)
        authors.add(c.author)
    return found


def _nesting_parents(comments: list[RawComment]) -> list[RawComment]:
    """A nested reply that names nobody answers the latest comment less deep than it (the page's
    thread: a reply sits under the comment it answers), or the earlier commenter it opens by naming
    (comment plugins tag the person answered: "Jo Bell that's not what happened")."""
    found: list[RawComment] = []
    open_: list[tuple[int, str]] = []  # (depth, author) of the latest comment at each shallower depth
    seen: set[str] = set()  # earlier commenters whose names have two words or more
    sizes: list[int] = []  # the lengths of those names, longest first (a few dozen at most)
    for c in comments:
        while open_ and open_[-1][0] >= c.depth:
            open_.pop()
        parent = open_[-1][1] if open_ else ""
        if c.depth > 0 and c.reply_to in ("", parent):
            tagged = _tagged(c.body, seen, sizes)  # "Jo Bell that's not what happened": not the parent
            if tagged or (parent and not c.reply_to):
                c = replace(c, reply_to=tagged or parent, is_reply=True)
        found.append(c)
        open_.append((c.depth, c.author))
        if len(c.author.split()) >= 2 and c.author not in seen:
            seen.add(c.author)
            if len(c.author) not in sizes:
                sizes.append(len(c.author))
                sizes.sort(reverse=True)
    return found


def _sibling_answered(found: list[RawComment], reply: RawComment) -> str:
    """Whom a reply in a thread its own author opened answers when the page names nobody (a reader
    that nests by indent alone): nobody answers themselves, so the latest reply above it in the thread
    by someone else ('' when there is none, the thread's head's author being the reply's own). A
    target the page names ("Ann Lee replied to Ann Lee") is the page's word and stays."""
    for c in reversed(found):
        if c.depth < reply.depth:
            break
        if c.depth == reply.depth and c.author != reply.author:
            return c.author
    return ""


def _tagged(body: str, seen: set[str], sizes: list[int]) -> str:
    """The earlier commenter (a name of two or more words, of one of `sizes` lengths) a reply opens
    with, as comment plugins tag the person answered ('' for none)."""
    text = body.lstrip("@")
    for size in sizes:
        if text[:size] in seen and not text[size:size + 1].isalnum():
            return text[:size]
    return ""


# ---- the article ----

def find_signature(paragraph: str, index: int) -> Tweet | None:
    """The signed tweet a paragraph ends with, if any; the body is everything before the dash."""
    text = paragraph.rstrip()
    end = _SIGNATURE_END.search(text, max(0, len(text) - _END_CHARS))
    if end is None:
        return None
    named = _SIGNATURE_NAME.search(text, max(0, end.start() - _NAME_CHARS), end.start())
    if named is None:
        return None
    return Tweet(text[:named.start()].strip(), named.group("name"), end.group("handle"),
                 end.group("date"), index)


# Tweets (self-contained: find_tweets and what it uses). A signature may carry no date and may be
# only a handle (`— @handle`, `— (@handle)`); it may end the body's paragraph or be the next one.
_ANY_END = re.compile(rf"(?P<open>\()?(?P<handle>{_SIG_HANDLE})(?(open)\)){_GAP}"
                      rf"(?:(?P<date>{_TWEET_DATE}){_SIG_TIME})?\Z")
# Before a handle-only signature: a dash after a space, or a line that starts with it (dash optional).
_HANDLE_ONLY = re.compile(rf"[ \t][—–]{_GAP}\Z|(?:^|\n)[ \t]{{0,20}}[—–-]?{_GAP}\Z")
_PIC_LINK = re.compile(r"[ \t]*(?:\bpic\.twitter\.com/[\w/]{1,60}|\bhttps?://t\.co/\w{1,30})")
# An Instagram post embed as text extraction leaves it: the caption, then "A post shared by Name
# (@handle) on Dec 15, 2017 at 10:04am PST" (date and time optional; a handle alone for a name).
_POST_TIME = r"(?: at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: [A-Z]{2,5})?)?"
_POST_SIGNATURE = re.compile(
    rf"(?:^|(?<=\s))A (?:post|photo|video) (?:shared|posted) by{_GAP}"
    rf"(?:(?P<name>[^()\s@][^()\n]{{0,58}}?){_GAP}\((?P<handle>@[\w.]{{1,30}})\)|"
    rf"(?P<bare>@[\w.]{{1,30}})){_GAP}(?:on{_GAP}(?P<date>{_TWEET_DATE}){_POST_TIME})?\s*\Z")
# The longest "A post shared by …" line: the lead, a name, two gaps, "(@handle)", "on ", a date and
# "at 10:04am PDT" with room to spare.
_POST_CHARS = 17 + 60 + 2 * 20 + 33 + 4 + 19 + 20
_POST_LEAD = re.compile(r"A (?:post|photo|video) (?:shared|posted) by\b")
# A Facebook post embed as text extraction leaves it: the post's text, then "Posted by Name on Sunday,
# November 22, 2026" (a name, no handle, the weekday always). A blog's post line can read the same, so
# it signs a post only in a paragraph right under a sentence that introduces it (_facebook_post).
_FACEBOOK_SIGN = re.compile(rf"^Posted by (?P<name>[^\W\d_][^\n@()]{{0,58}}?) on "
                            rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                            rf"(?P<date>{_TWEET_DATE})$")
_FACEBOOK_CHARS = 10 + 60 + 4 + 11 + 19  # "Posted by ", a name, " on ", "Wednesday, ", a date
_SIGNATURE_CHARS = max(_END_CHARS + _NAME_CHARS, _POST_CHARS)  # a signature alone is never longer


def _strip_pic_links(body: str) -> str:
    """A tweet's body without its `pic.twitter.com/…` links (a line of only a link goes too)."""
    lines = (_PIC_LINK.sub("", line).rstrip() for line in body.split("\n"))
    return "\n".join(line for line in lines if line.strip()).strip()


def _own_caption(lines: list[str], k: int) -> bool:
    """Whether the lines above a post's signature in its block read as its caption (an embed from
    before Instagram's header): there are some, and none names the poster, as an article's
    sentence about the post would ("Lind shared a photo of the crowd")."""
    found = _post_signature(lines[k].strip())
    above = " ".join(line.strip() for line in lines[:k]).casefold()
    if found is None or not above:
        return False
    words = [w for w in re.findall(r"[^\W\d_]{3,}", f"{found[1]} {found[2]}".casefold())]
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", above) for w in words)


def _is_post_signature(line: str) -> bool:
    """A line that is only an Instagram post's signature."""
    line = line.strip()
    return bool(_POST_LEAD.match(line)) and _post_signature(line) is not None


def _post_signature(text: str) -> tuple[int, str, str, str, str] | None:
    """An Instagram post signature the text ends with, read in a bounded window from its end."""
    post = _POST_SIGNATURE.search(text, max(0, len(text) - _POST_CHARS))
    if post is None:
        return None
    handle = post.group("handle") or post.group("bare")
    return post.start(), (post.group("name") or "").strip(), handle, post.group("date") or "", "Instagram"


def _facebook_sign(line: str) -> re.Match[str] | None:
    """A line that is only a Facebook post's "Posted by Name on Sunday, November 22, 2026" sign."""
    return _FACEBOOK_SIGN.match(line.strip()) if len(line) <= _FACEBOOK_CHARS else None


def _facebook_post(paragraphs: tuple[str, ...] | list[str], index: int) -> Tweet | None:
    """The Facebook post a paragraph is: its text over its "Posted by" sign, right under a sentence
    that introduces it ("Hoa posted her analysis on Facebook:"); else None."""
    lines = paragraphs[index].rstrip().split("\n")
    sign = _facebook_sign(lines[-1]) if index and 2 <= len(lines) <= _POST_BODY_LINES + 1 else None
    if sign is None or not _lead_in(paragraphs[index - 1].rstrip().split("\n")[-1]):
        return None
    body = "\n".join(lines[:-1]).strip()
    if body[:1] in _OPENING_MARKS and body[-1:] in _CLOSING_MARKS:
        return None  # a quotation under "X added:" with a blog's own post line after it
    return Tweet(body, sign.group("name").strip(), "", sign.group("date"), index, "Facebook")


_OPENING_MARKS, _CLOSING_MARKS = frozenset("\"“‘'«"), frozenset("\"”’'»")


def _signature(text: str) -> tuple[int, str, str, str, str] | None:
    """(where the signature starts, name, handle, date text, platform) of the signature a text
    ends with: `— Name (@handle) Month D, YYYY`, `— Name (@handle)`, `— (@handle)` or `— @handle`,
    each with or without the date, or an Instagram post's `A post shared by Name (@handle) on …`.
    Read from the text's end in bounded windows."""
    if _POST_LEAD.search(text, max(0, len(text) - _POST_CHARS)):
        return _post_signature(text)
    end = _ANY_END.search(text, max(0, len(text) - _END_CHARS))
    if end is None:
        return None
    date_text = end.group("date") or ""
    dash = _HANDLE_ONLY.search(text, max(0, end.start() - 42), end.start())
    handle = end.group("handle")
    platform = "Bluesky" if "." in handle else "Twitter"  # a domain handle is Bluesky's
    if dash is not None:
        return dash.start(), "", handle, date_text, platform
    if end.group("open") is None:
        return None
    named = _SIGNATURE_NAME.search(text, max(0, end.start() - _NAME_CHARS), end.start())
    if named is None:
        return None
    return named.start(), named.group("name"), handle, date_text, platform


# A TikTok embed as text extraction leaves it: "@handle caption #tags ♬ original sound - Name" (the
# name after "original sound" is the poster's; after another sound's title it is that sound's).
_TIKTOK = re.compile(r"(?P<handle>@[\w.]{1,30})\s+(?P<body>[^♬]{3,2200}?)\s*♬(?P<sound>[^♬\n]{0,200})\Z")
_OWN_SOUND = re.compile(r"\s*original sound\s*[-–—]\s*(?P<name>[^()\n]{1,60}?)\s*\Z", re.I)


def _tiktok(text: str, index: int) -> Tweet | None:
    """The TikTok post a paragraph is, if it is one."""
    post = _TIKTOK.match(text) if "♬" in text[-260:] else None
    if post is None:
        return None
    own = _OWN_SOUND.match(post.group("sound"))
    name = own.group("name") if own else ""
    return Tweet(post.group("body").strip(), name, post.group("handle"), "", index, "TikTok")


# An Instagram post as its embed prints it in text: the poster's username alone on a line (lower case, no
# "@"), the caption under it; read only right under the article's sentence that introduces an Instagram
# post ("Her Instagram post in full:"), where a lone lower-case word can be nothing but the poster's name.
_INSTAGRAM_USER = re.compile(r"(?=[a-z0-9._]{0,29}[a-z])[a-z0-9._]{3,30}")
_INSTAGRAM_LEAD = re.compile(r"\bInstagram\b")
# a notice's heading word in lower case over its text ("update", "statement"): no poster's username
_NOTICE_HEADING = frozenset(("update", "updates", "statement", "notice", "announcement", "warning", "alert",
                             "breaking", "important", "reminder", "correction", "closure", "news", "info",
                             "note", "message", "advice", "attention"))


def _instagram_caption(paragraphs: tuple[str, ...] | list[str], index: int) -> Tweet | None:
    """The Instagram post a paragraph is: a username line over its caption, right under a sentence
    that introduces an Instagram post; else None."""
    lines = paragraphs[index].strip().split("\n")
    if (not index or len(lines) < 2 or not _INSTAGRAM_USER.fullmatch(lines[0].strip())
            or lines[0].strip() in _NOTICE_HEADING):
        return None
    lead = paragraphs[index - 1].rstrip().split("\n")[-1]
    if not _lead_in(lead) or _INSTAGRAM_LEAD.search(lead) is None:
        return None
    return Tweet("\n".join(lines[1:]).strip(), "", "@" + lines[0].strip(), "", index, "Instagram")


def find_tweets(paragraphs: tuple[str, ...] | list[str]) -> list[Tweet]:
    """Signed tweets and Instagram posts: a signature (dated or not, name or handle only) that ends
    the body's own paragraph, or that is a paragraph of its own right after the body;
    pic.twitter.com links are dropped from the body."""
    tweets: list[Tweet] = []
    for index, para in enumerate(paragraphs):
        text = para.rstrip()
        if (post := _tiktok(text, index)) is not None:
            tweets.append(post)
            continue
        if (card := _post_card(text.split("\n"))) is not None:
            tweets.append(Tweet(card[0], card[1], card[2], card[3], index))
            continue
        if (post := _facebook_post(paragraphs, index) or _instagram_caption(paragraphs, index)) is not None:
            tweets.append(post)
            continue
        found = _signature(text)
        if found is None:
            continue
        start, name, handle, date_text, platform = found
        body = _strip_pic_links(text[:start])
        if body:
            tweets.append(Tweet(body, name, handle, date_text, index, platform))
        elif index > 0 and len(text) <= _SIGNATURE_CHARS and not (
                tweets and tweets[-1].paragraph == index - 1):
            previous = _strip_pic_links(paragraphs[index - 1])
            if previous and _signature(paragraphs[index - 1].rstrip()) is None:
                tweets.append(Tweet(previous, name, handle, date_text, index - 1, platform))
    return tweets


def is_signature_line(paragraph: str) -> bool:
    """A paragraph that is only a tweet signature (never a title)."""
    text = paragraph.strip()
    found = len(text) <= _SIGNATURE_CHARS and _signature(text)
    return bool(found) and not _strip_pic_links(text[:found[0]] if found else "")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def line_key(line: str) -> str:
    """A line as lines are compared across documents: its words, single-spaced."""
    return " ".join(line.split())


def _line_keys(paragraphs: list[str]) -> frozenset[str]:
    """The keys of the short lines of these paragraphs."""
    return frozenset(key for p in paragraphs for line in p.split("\n")
                     if len(line) <= _SHORT_LINE and (key := line_key(line)))


@dataclass(frozen=True)
class Sections:
    """A document split into article paragraphs and comments: everything split_layout finds
    before its outlet's furniture matters (the comments and which lines are the article's do not
    depend on it), so a build that parses a document twice, without and then with furniture,
    finds these once (engine/tasks.py)."""

    header_date: str
    article: tuple[str, ...]
    comments: tuple[RawComment, ...]
    thread_title: str = ""  # a forum topic's title: its first post's subject ("" for none)
    site: str = ""  # the site's name atop the page, repeated first in its breadcrumb ("" for none)


_MIN_BUTTONS = 3
_LIST_BULLET = re.compile(r"^[•·▪◦*-]\s+\S")


# A link widget's heading: "ALSO ON THE HARBOUR LEDGER", "MORE FROM NEWS", "RELATED STORIES".
_WIDGET_HEADING = re.compile(r"\b(?:also on|more (?:from|on|in|stories)|related|read (?:more|next)"
                             r"|most (?:read|popular)"
                             r"|popular|trending|recommended|you (?:may|might) (?:also )?like|top stories"
                             r"|around the web|latest)\b", re.I)


def _widget_comment(comment: RawComment, stamped: bool = False) -> bool:
    """A widget read as a comment: a reaction bar's buttons one word a line ("Funny", "Love",
    "Surprised", "Sad"), or a heading in capitals over bulleted links ("ALSO ON THE X" over
    "• A headline": the heading's own words or headline-like items). A comment with a stamp under
    its name (`stamped`) is a commenter's ("Grumpy" / "2 hours ago" / "Rubbish" …)."""
    lines = [line.strip() for line in comment.body.split("\n") if line.strip()]
    if not lines or stamped:
        return False
    buttons = (len(lines) >= _MIN_BUTTONS and bool(_BUTTON_LABEL.match(comment.author.strip()))
               and all(_BUTTON_LABEL.match(line) for line in lines))
    heading = comment.author.strip()
    links = (len(heading.split()) >= 2 and not any(ch.islower() for ch in heading)
             and any(ch.isalpha() for ch in heading) and all(_LIST_BULLET.match(line) for line in lines)
             and (bool(_WIDGET_HEADING.search(heading))
                  or all(_headline_line(_LIST_BULLET_MARK.sub("", line)) for line in lines)))
    return buttons or links


_LIST_BULLET_MARK = re.compile(r"^[•·▪◦*-]\s+")
def _stamped_names(lines: list[str]) -> set[str]:
    """The lines the page prints a stamp right under (a link widget's items carry their own stamps
    further down: "• A Headline" / "22 comments • 2 days ago")."""
    texts = [t for line in lines if (t := line.strip())]
    return {texts[k] for k in range(len(texts) - 1) if len(texts[k + 1]) <= _SHORT_LINE
            and _is_stamp(texts[k + 1])}


# A chat's notice that the message under it is the platform's, shown to the reader alone (a reminder, a
# bot's answer): no one's comment.
_PRIVATE_NOTICE = re.compile(r"^(?:only visible to you|only you can see this(?: message)?)\.?$", re.I)


def _without_private(comments: list[RawComment]) -> list[RawComment]:
    """The comments without a platform's private messages (their body opens with its notice)."""
    kept = [c for c in comments if not _PRIVATE_NOTICE.match(c.body.lstrip().split("\n", 1)[0].strip())]
    if len(kept) == len(comments):
        return comments
    return [replace(c, position=n + 1) for n, c in enumerate(kept)]


def _without_widgets(comments: list[RawComment], lines: list[str]) -> list[RawComment]:
    """The comments without widgets read as comments, renumbered in page order (a widget never has
    a stamp under its name)."""
    if not any(_widget_comment(c) for c in comments):
        return comments
    stamped = _stamped_names(lines)
    kept = [c for c in comments if not _widget_comment(c, c.author.strip() in stamped)]
    if len(kept) == len(comments):
        return comments
    return [replace(c, position=n + 1) for n, c in enumerate(kept)]


def _plain_name(name: str, dashed_places: bool = True) -> str:
    """A commenter's name without the decorations any reader may leave beside it: a verification
    tick, pronouns, a town after a comma ("Ada Lind, Millbrook ✓" is Ada Lind), and on a review
    list (dashed_places) a country after a spaced dash."""
    dashed = _PLACE_DASH.search(name) if dashed_places else None
    if dashed is not None and _name_like(name[:dashed.start()], _DASHED_NAME_WORDS):
        name = name[:dashed.start()]  # a review's header: "Sara – Netherlands", "Bo Hart — Leeds, UK"
    if not name or not (name[-1] in "✓✔☑✅\ufe0f)" or "," in name or name[0] == "["):
        return name
    plain = _ROLE_MARK.sub("", name).strip() or name  # "Dottie (host)", "[DEV] Ines": the name alone
    if ((bare := _NAME_PAREN.sub("", plain).strip()) != plain and _name_like(_one_title(bare), _NAME_WORDS)
            and not _KIN_PAREN.search(plain)):
        plain = bare  # "Tom Hale (Moderator)", "Lydia Crane (Highways)": as _clean_author reads them
    plain = _VERIFIED_END.sub("", plain).strip()
    plain = _NAME_PRONOUNS.sub("", plain).strip()
    if not _SURNAME_FIRST.match(plain):  # "Smith, John" is a name written surname first, not a town
        plain = _PLACE_END.sub("", plain).strip()
    return plain or name


# A commenter's role in lower case in brackets after the name, or in square brackets before it, as a
# site's staff answer ("Dottie (host)", "Ann Lee (author)", "[DEV] Ines_G", "[MOD] kestrel").
_ROLES = (r"(?:co-?host|host|author|op|mod|moderator|admin|staff|editor|owner|creator|dev|developer|team"
          r"|guest|writer|blogger|organi[sz]er)")
_ROLE_MARK = re.compile(rf"\s+\((?-i:{_ROLES})\)$|^\[(?i:{_ROLES})\]\s+(?=\S)")


# A name written surname first: one capitalised word, a comma, a given name or two ("Smith, John",
# "Okafor, Mary Ann", "Lind, Ada B.", "van Dijk, Ana"). A handle's or a full name's town still goes
# ("kest_22, Leeds", "Ada Lind, Millbrook").
_SURNAME_FIRST = re.compile(r"^(?:(?i:van|von|de|del|della|da|di|du|le|la|st\.?|ter|ten|dos|das|do)\s+)?"
                            r"[A-Z][^\W\d_]*(?:['’-][A-Z]?[^\W\d_]+)?,\s+[A-Z][^\W\d_]*\.?"
                            r"(?:\s+[A-Z][^\W\d_]*\.?){0,2}$")


# A reviewer's country or town after a spaced en or em dash (never a hyphen: "Ann Lee-Hart"), in
# capitalised words: "Sara – Netherlands", "Mark – United Kingdom", "Bo Hart — Leeds, UK".
_PLACE_DASH = re.compile(r"\s[–—]\s(?:[A-Z][\w'’.-]*(?:,? (?:of |and |the )?[A-Z][\w'’.-]*){0,3})$")
_DASHED_NAME_WORDS = 3


_DASHED_REVIEWERS = 2


def _plain_authors(comments: list[RawComment]) -> list[RawComment]:
    """The comments with their authors' and reply targets' decorations dropped (_plain_name). A
    place after a spaced dash goes only on a review list, where the platform prints every reviewer
    so ("Sara – Netherlands", "Bo Hart – United Kingdom"): one commenter's "Anne – Marie" in a
    thread is her name."""
    dashed = {c.author for c in comments if _PLACE_DASH.search(c.author)}
    places = len(dashed) >= _DASHED_REVIEWERS
    return [replace(c, author=_plain_name(c.author, places), reply_to=_plain_name(c.reply_to, places))
            for c in comments]


# An ordered list's marker with a hanging indent: "  3. Ann Lee says:" over lines indented to the
# text after the number (a blog's numbered comment list, replies nested as inner lists).
_HANGING_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>\d{1,3}[.)][ \t]+)(?=\S)")


def _unnumbered(lines: list[str]) -> list[str]:
    """The lines with each hanging list number blanked to spaces (same lines, same columns), so a
    numbered comment list reads as the indented list it is; the next number of the same list is
    blanked too when nothing hangs under it (a pingback row, a removed comment's notice). A number
    with no line hung under it at its text's column (an article's "1. Preheat the oven" list)
    stays. One pass."""
    out = lines
    last: dict[int, int] = {}  # a list's indent: the last number blanked in it
    for k, line in enumerate(lines):
        if not line.lstrip()[:1].isdigit() or (m := _HANGING_NUMBER.match(line)) is None:
            if line[:1].strip():
                last.clear()  # text at the margin: the list is over
            continue
        column, indent = m.end(), len(m["indent"])
        number = int(m["mark"].rstrip().rstrip(".)"))
        after = next((other for other in lines[k + 1:k + 3] if other.strip()), "")
        if _indent_of(after) != column and last.get(indent) != number - 1:
            continue
        last[indent] = number
        if out is lines:
            out = list(lines)
        out[k] = " " * column + line[column:]
    return out


def find_sections(text: str) -> Sections:
    """The header date, article paragraphs, comments and forum title of a decoded document."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header = _HEADER_DATE.match(text)
    header_date = header.group(1) if header else ""
    if header:
        text = text[header.end():]
    lines = text.split("\n")
    from .proceedings import record_lines  # (a sitting's verbatim record: its contributions are its text)
    if (record := record_lines(lines)) is not None:
        return _record_sections(header_date, record, text)
    items = _bullet_items(lines)
    comments, taken, forum, thread_title, thread_date = _read_comments(_unnumbered(lines), items)
    from .comment_blocks import _named_share
    if _named_share(comments) < _DOUBTFUL_SHARE and _spaced(lines):
        closed, index = _closed_up(lines)
        again = _read_comments(closed, _bullet_items(closed))
        named, named_again = (_named_share(c) * len(c) for c in (comments, again[0]))  # named authors
        if named_again > named and len(again[0]) >= len(comments):
            comments, forum, thread_title, thread_date = again[0], again[2], again[3], again[4]
            taken = {index[k] for k in again[1]}
            taken |= {k for k in range(min(taken, default=0), max(taken, default=-1) + 1)
                      if not lines[k].strip()}  # the blank lines between a comment's parts
    if forum:
        thread_title = _thread_title(lines)
    for item in items:  # link lists, share bars and summary bullets are not article paragraphs
        taken |= set(range(item.line, item.end))
    article = _paragraphs("\n".join(line for k, line in enumerate(lines) if k not in taken))
    head = [line.strip() for line in lines[:_MASTHEAD_REACH * 2] if line.strip()]
    return Sections(header_date or thread_date, tuple(article), tuple(comments), thread_title,
                    _crumb_site(head, text[:20_000]))


def _record_sections(header_date: str, lines: list[str], text: str) -> Sections:
    """A sitting's record as an article without comments (its link lists still left out)."""
    taken = {k for item in _bullet_items(lines) for k in range(item.line, item.end)}
    article = _paragraphs("\n".join(line for k, line in enumerate(lines) if k not in taken))
    head = [line.strip() for line in lines[:_MASTHEAD_REACH * 2] if line.strip()]
    return Sections(header_date, tuple(article), (), "", _crumb_site(head, text[:20_000]))


# A stream's chat replay (or a chat log): one message a line, its time in brackets (or a stream's
# offset, h:mm:ss, without them), the sender's badges perhaps ("[SUB 12]", "[VIP]", a badge's icon,
# a paid message's amount), the sender's handle (an emoji about it perhaps) and a colon or the handle
# in angle brackets ("[0:05:12] [VIP] ann_lee: so true", "[21:04] <ann_lee> so true", "0:42:52  £5.00
# ann_lee: so true"). A reply's preview of the message it answers stands on the line above it ("↳
# Replying to @bo_hart: the first words…"), or on the stamped line with the reply under it, indented.
_CHAT_TIME = r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]|\d{1,2}:\d{2}:\d{2}(?!\s+[·•|]))\s+"
_CHAT_SAID = (r"(?:(?:\[[^\[\]]{1,20}\]|[^\w\s\[\]<>:@]{1,3}|[£$€¥]\s?\d[\d,.]*)\s+){0,4}"
              r"(?:[^\w\s\[\]<>:@]{0,4}(?P<name>[\w.-]{2,40})[^\w\s\[\]<>:@]{0,4}:|<(?P<angled>[\w.-]{2,40})>)"
              r"\s+(?P<text>\S.*)$")
_CHAT_LINE = re.compile(_CHAT_TIME + _CHAT_SAID)
_CHAT_UNDER = re.compile(r"^\s+" + _CHAT_SAID)  # a reply's message under its stamped preview
_CHAT_GONE = re.compile(_CHAT_TIME + r"[<(\[]?(?:message|comment) (?:deleted|removed)"
                        r"(?: by (?:a |the )?(?:moderator|mod|admin|streamer|broadcaster|host))?[>)\]]?\.?$",
                        re.I)
_CHAT_STAMPED = re.compile(_CHAT_TIME + r"\S")
_CHAT_PREVIEW = re.compile(r"^\s*(?:(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]|\d{1,2}:\d{2}:\d{2})"
                           r"\s+)?(?:[↳↪⤷]\s*)?replying to @(?P<name>[\w.-]{1,40})\b", re.I)
_MIN_CHAT = 3
_CHAT_GAP = 2  # lines of another kind (system notices, blank lines) a chat log may have in a row


def _chat_handle(name: str) -> bool:
    """A chat handle rather than a transcript's speaker: no capital opening it, or a digit or an
    underscore in it ("ann_lee", "porchlight88"; never "Ann" or "HOST")."""
    return not name[:1].isupper() or any(c.isdigit() or c == "_" for c in name)


def _chat_log(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The messages of a chat replay (the platform's notices left out, a bot's messages kept), or none
    when the page has no run of stamped chat lines whose senders are mostly handles."""
    stamped = [k for k, line in enumerate(lines) if len(line) < 2000 and _CHAT_STAMPED.match(line)]
    said = [k for k in stamped if _CHAT_LINE.match(lines[k])]
    if len(said) < _MIN_CHAT:
        return [], set()
    senders = [(m["name"] or m["angled"]) for k in said if (m := _CHAT_LINE.match(lines[k]))]
    if sum(_chat_handle(name) for name in senders) * 2 < len(senders):
        return [], set()  # "[00:09:58] Ann Lee:" turns: an interview's transcript
    said_set = set(said)  # the run of messages (a chapter list's "0:38:55 Just Chatting" is none)
    messages = [k for k in stamped if k in said_set or _CHAT_GONE.match(lines[k])]
    first, last = messages[0], messages[-1]
    gaps = 0
    for k in range(first, last + 1):  # one run: a chat's lines, its notices and previews, close together
        gaps = 0 if k in stamped or _CHAT_PREVIEW.match(lines[k]) else gaps + 1
        if gaps > _CHAT_GAP:
            return [], set()
    comments: list[RawComment] = []
    target = ""
    for k in range(first, last + 1):
        line = lines[k]
        if preview := _CHAT_PREVIEW.match(line):
            target = preview["name"]
            continue
        if said_line := _CHAT_LINE.match(line) or (target and _CHAT_UNDER.match(line)):
            name = said_line["name"] or said_line["angled"]
            # (a channel's bot, "Nightbot", posts on the page like anyone: the spam classifier judges it)
            comments.append(RawComment(len(comments) + 1, name, said_line["text"].strip(), 0, target,
                                       bool(target)))
        elif _CHAT_GONE.match(line):
            comments.append(RawComment(len(comments) + 1, "", "", 0, target, bool(target)))
        if line.strip():
            target = ""
    return comments, set(range(first, last + 1))


# A thread's own numbering under each of its posts ("1/3", "2/3"): the account's later posts of the
# thread go on with the article the first one opens, whoever reads them as replies.
_THREAD_COUNT = re.compile(r"^(?P<n>\d{1,2})\s?/\s?(?P<of>\d{1,2})$")


def _thread_continuations(lines: list[str], comments: list[RawComment],
                          taken: set[int]) -> tuple[list[RawComment], set[int]]:
    """The comments and taken lines without the thread's continuation posts: the first comments, by
    one author, each over a "2/3", "3/3" line after an article line "1/3"; their lines go back to the
    article."""
    if not comments:
        return comments, taken
    marks = [(k, int(m["n"]), int(m["of"])) for k, line in enumerate(lines)
             if len(line) < 12 and (m := _THREAD_COUNT.match(line.strip()))]
    first = next(((k, of) for k, n, of in marks if n == 1 and of >= 2 and k not in taken), None)
    if first is None:
        return comments, taken
    later = [k for k, n, of in marks if k > first[0] and of == first[1] and 2 <= n <= of and k in taken]
    own = 0
    while (own < len(later) and own < len(comments) and comments[own].author == comments[0].author
           and lines[later[own] - 1].strip()[:40] in comments[own].body):
        own += 1
    if not own or own != len(later):
        return comments, taken
    end = later[-1] + 1
    while end < len(lines) and lines[end].strip():
        end += 1  # the last post's counts row
    kept = [replace(c, position=n + 1) for n, c in enumerate(comments[own:])]
    return kept, taken - set(range(first[0], end))


# A supporters' wall (a creator's page of the Ko-fi kind): each entry is headed by a sentence with the
# supporter's name inside it ("Dani Okafor bought 5 coffees.", "Sam bought a coffee.", "Someone sent 3
# pizzas."), then the supporter's message if any, then its stamp; the creator's answer indented under it
# ("Jarek replied:" over the text); a hidden message's notice over its own stamp. A private supporter's
# stand-in ("Someone") is no one's name.
_SUPPORT_VERB_WORDS = ("bought", "sent", "gave", "donated", "tipped")
_SUPPORT_ROW = re.compile(rf"^(?P<name>\S.{{0,40}}?) (?:just )?(?:{'|'.join(_SUPPORT_VERB_WORDS)})(?: you)? "
                          r"(?:a|an|one|\d{1,4}) [\w'’-]{2,20}(?: [\w'’-]{2,20})?[.!]?$")
_SOMEONE = re.compile(r"^(?:someone|somebody|a supporter|an anonymous supporter)$", re.I)
_REPLIED_LINE = re.compile(r"^(?P<name>\S.{0,40}?) (?:replied|responded|answered)\s*:?$")
_MIN_SUPPORTERS = 3
_SUPPORT_VERBS = tuple(f" {verb} " for verb in _SUPPORT_VERB_WORDS)  # (a quick test before the pattern)


def _support_row(line: str) -> str | None:
    """The supporter a wall entry's header names ('' for a private supporter), or None for another line."""
    match = (_SUPPORT_ROW.match(line) if len(line) <= 80 and not line[:1].isspace()
             and any(verb in line for verb in _SUPPORT_VERBS) else None)
    if match is None:
        return None
    name = match["name"]
    return "" if _SOMEONE.match(name) else name if _name_like(name, 4) and name[:1].isupper() else None


def _supporter_wall(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The entries of a supporters' wall and the creator's replies under them, or none when the page
    has fewer than _MIN_SUPPORTERS entry headers."""
    heads = [(k, name) for k, line in enumerate(lines) if (name := _support_row(line)) is not None]
    if len(heads) < _MIN_SUPPORTERS:
        return [], set()
    found: list[RawComment] = []
    taken: set[int] = set()
    stamps = 0  # entries with their stamp: a wall's, not sentences of an article one a line

    def add(author: str, body: list[str], depth: int = 0, to: str = "") -> None:
        text = _one_blank_line("\n".join(body))
        found.append(RawComment(len(found) + 1, author, text, depth, to, bool(depth)))

    for n, (k, author) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        body: list[str] = []
        add(author, body)
        entry, stamped, j = len(found) - 1, False, k + 1
        end = k + 1
        while j < stop:
            text = lines[j].strip()
            if not text:
                if body:
                    body.append("")  # a paragraph break inside the message
                j += 1
                continue
            replied = _REPLIED_LINE.match(text) if _indent_of(lines[j]) else None
            if replied and _name_like(replied["name"], 4):
                reply: list[str] = []
                j += 1
                while j < stop and (_indent_of(lines[j]) or not lines[j].strip()) and not (
                        not lines[j].strip() and (j + 1 >= stop or not _indent_of(lines[j + 1]))):
                    reply.append(lines[j].strip())
                    j += 1
                add(replied["name"], reply, 1, author)
                end = j
                continue
            if _is_stamp(text):
                stamps += not stamped
                stamped, end, j = True, j + 1, j + 1
                continue
            if is_removal_notice(text) and stamped:  # a hidden message under the last: a slot of its own
                add("", [text])
                end, j = j + 1, j + 1
                continue
            if stamped or _indent_of(lines[j]):
                break  # after the entry's stamp, a line of another kind: the wall is over
            body.append(text)
            end, j = j + 1, j + 1
        found[entry] = replace(found[entry], body=_one_blank_line("\n".join(body)))
        taken |= set(range(k, end))
    return (found, taken) if stamps >= _MIN_SUPPORTERS else ([], set())


def _read_comments(lines: list[str], items: list[_Item]) -> tuple[list[RawComment], set[int], bool, str, str]:
    """The comments of a page's lines as the specific readers (then the generic one) find them, the
    lines they take, whether the page is a forum thread, its thread title and date."""
    comments, taken = _bullet_comments(lines, items)
    forum = not comments
    thread_title = thread_date = ""
    if forum:
        comments, taken = _forum_posts(lines)
        forum = bool(comments)
    if not comments:
        from .community import community_topic  # the reader imports this module's RawComment
        comments, taken, thread_title, thread_date = community_topic(lines)
    if not comments:
        comments, taken, thread_title, thread_date = _numbered_posts(lines)
    if not comments:
        comments, taken, thread_title, thread_date = _subject_posts(lines)
    if not comments:
        comments, taken, thread_title, thread_date = _mail_messages(lines)
    if not comments:
        from .whatsapp import chat_export  # the reader imports this module's RawComment
        comments, taken, thread_title, thread_date = chat_export(lines)
    if not comments:
        from .zoom import zoom_chat  # (the same: a meeting app's saved chat)
        comments, taken, thread_title, thread_date = zoom_chat(lines)
    if not comments:
        from .imageboard import imageboard_thread  # (the same: an anonymous imageboard's thread)
        comments, taken, thread_title, thread_date = imageboard_thread(lines)
    from .field_reviews import field_reviews  # (the same: a lodging site's guest reviews under field headers)
    from .letters import letters_page  # (and a newspaper's letters page, each letter signed)
    from .rated_cards import rated_cards  # (and a shop's undated rating cards: name, stars, text)
    from .reader_qa import reader_qa  # (and a live reader Q&A: many askers, one guest answering)
    from .reviewer_headers import reviewer_headers  # (and a library's "Reviewer:" header lines)
    from .role_reviews import role_reviews  # (and an employer-review site's cards)
    from .unsigned import unsigned_comments  # (and a section of bodies under action rows, no names)
    if not comments:
        from .checkins import checkins  # (and a drinks app's check-ins: "Ann is drinking a … by …")
        comments, taken = checkins(lines)
    unnamed = as_printed = False  # a site that prints no rater's name: its cards' authors are '' and stay so
    for finder in (reader_qa, letters_page, _profile_posts, _supporter_wall, reviewer_headers, role_reviews,
                   field_reviews, rated_cards, _chat_log, _notes_list, _writes_posts, _said_posts,
                   _note_posts, _note_panel, _topic_posts, _scored_ratings, _dated_posts, _handle_posts,
                   _signed_posts, _stamp_signed, _dash_signed, unsigned_comments, _cards_or_plain,
                   _stamped_thread):
        if comments:
            break
        comments, taken = finder(lines)
        unnamed = bool(comments) and finder is _scored_ratings
        as_printed = bool(comments) and finder is reader_qa  # an asker's label is all the page shows of
        # them, a place most often ("Harwick, Kent"): kept whole, not read as a name and its town
    from .comment_blocks import fallback_comments  # the generic reader uses this module's signals
    if not unnamed:  # (the generic reading prefers named authors: a score label over a card is none)
        comments, taken = fallback_comments(lines, comments, taken)
    comments, taken = _thread_continuations(lines, comments, taken)
    comments, taken = _without_live_entries(lines, comments, taken)
    plain = comments if as_printed else _plain_authors(comments)
    comments = _nesting_parents(_quote_replies(_without_widgets(_without_private(plain), lines)))
    return comments, taken, forum, thread_title, thread_date


# A live blog's entries: each the writer's name, a stamp, a heading and the text, newest first. Read
# as comments they take the article: most of them are signed by the name the page's byline gives.
_MIN_ENTRIES = 3
_ENTRY_SHARE = 0.75
_MARK = re.compile(r"^[^\w\s]+\s*")  # a pin's icon before its label ("📌 PINNED")


def _byline_name(line: str) -> str:
    """The (first) writer a byline line names ("By Ann Lee and Tom Reed", "Ann Lee, Showbiz
    Reporter"), else ''."""
    line = line.strip()
    if name := _role_byline(line):
        return name
    match = _BYLINE.match(line)
    if match is None or not _is_byline(line):
        return ""
    return re.split(r",| and | & |\s[|·•]\s", match.group("names"))[0].strip()


def _without_live_entries(lines: list[str], comments: list[RawComment],
                          taken: set[int]) -> tuple[list[RawComment], set[int]]:
    """No comments when the comments found are a live blog's entries (most of them by the writer
    the byline above them names): the entries are the article; their name, stamp and pin lines
    stay out of it. Not when they are a comment section where the writer answers readers: a
    comment heading opens them ("4 Comments") or they can be replied to."""
    if len(comments) < _MIN_ENTRIES:
        return comments, taken
    name, signed = Counter(c.author for c in comments).most_common(1)[0]
    first = min(taken, default=len(lines))
    if not name or signed < _ENTRY_SHARE * len(comments) or not any(
            _byline_name(line) == name for line in lines[:first]) or _a_comment_section(lines, taken, first):
        return comments, taken
    header = {k for k in taken if lines[k].strip() == name or (
        len(lines[k].split()) <= _NAME_WORDS and _is_comment_meta(_MARK.sub("", lines[k].strip())))}
    return [], header


_REPLY_CONTROL = re.compile(r"\brepl(?:y|ies)\b", re.I)


def _a_comment_section(lines: list[str], taken: set[int], first: int) -> bool:
    """Whether the posts read from a page are a comment section, not a live blog's entries: a comment
    heading opens them ("COMMENTS", "4 Comments"), or their rows offer a reply (a live blog's entries
    are shared, never replied to)."""
    heading = _comment_heading(lines)
    return (heading is not None and heading < first) or any(
        _is_action_line(lines[k].strip()) and _REPLY_CONTROL.search(lines[k]) for k in taken)


# A page that prints every part of a comment (name, place, stamp, body, action row) as a paragraph of
# its own: its short lines stand between blank lines. Read as it is first; when few of the authors
# found are names, read again with the blank lines between short lines closed up.
_SPACED_RUNS = 4       # short line, blank line, short line: at least this many on the page
_SPACED_WORDS = 5      # a line this short (or a stamp, meta or action line) is a comment's part
_DOUBTFUL_SHARE = 0.75
_SPACED_CHARS = 80


def _spaced_part(line: str) -> bool:
    text = line.strip()
    return bool(text) and len(text) <= _SPACED_CHARS and (
        len(text.split()) <= _SPACED_WORDS or _is_action_line(text) or _is_comment_meta(text)
        or _profile_counts(text))


def _profile_counts(text: str) -> bool:
    """A reviewer's profile line of counts under the name ("Local Guide · 112 reviews · 540 photos")."""
    from .comment_blocks import _labelled_counts
    return _labelled_counts(text)


def _spaced(lines: list[str]) -> bool:
    """Whether the page has several short lines with a blank line between them (one scan)."""
    runs = 0
    for k in range(1, len(lines) - 1):
        if not lines[k].strip() and _spaced_part(lines[k - 1]) and _spaced_part(lines[k + 1]):
            runs += 1
            if runs >= _SPACED_RUNS:
                return True
    return False


def _closed_up(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each comment's header closed up: the blank lines between a stamp and the short
    lines right above it (name, place, badge) and the body under it, and between a line and the
    action row under it; and
    the index of each kept line in `lines`. The first stamp with a header (a dateline over the
    article has none) closes up no more header lines than most of the others (the widget's lines over
    the first comment stay apart: "Newest", "Log in")."""
    from .comment_blocks import _rated_stamp  # a review's stamp with its rating ("Rated 4 out of 5, 2d")

    stamps = [k for k, line in enumerate(lines)
              if line.strip() and len(line.strip()) <= _SPACED_CHARS
              and (_is_stamp(line.strip()) or _rated_stamp(line.strip()))]
    above = [_header_parts(lines, k) for k in stamps]  # the header lines above each stamp
    first = next((n for n, parts in enumerate(above) if parts), 0)  # (the article's dateline has none)
    usual = Counter(len(parts) for parts in above[first + 1:] if parts).most_common()
    if usual:
        from .comment_blocks import _is_badge
        most = max(n for _, n in usual)
        cap = min(size for size, n in usual if n == most)
        while 0 < cap < len(above[first]) and _is_badge(lines[above[first][cap - 1]].strip()):
            cap += 1  # a badge over the stamp ("Pinned", "Featured") does not stand for the name above it
        above[first] = above[first][:cap]
    drop: set[int] = set()
    for k, parts in zip(stamps, above, strict=True):
        if parts:
            drop |= {j for j in range(parts[-1], k) if not lines[j].strip()}
            if k + 2 < len(lines) and not lines[k + 1].strip() and lines[k + 2].strip():
                drop.add(k + 1)  # the body right under its header's stamp
    for k in range(1, len(lines) - 1):
        if (not lines[k].strip() and lines[k - 1].strip() and _is_action_line(lines[k + 1].strip())
                and not _COMMENT_COUNTER.match(lines[k + 1].strip())):
            drop.add(k)  # (a section's counter, "Comments (3)", keeps the article's blank line above it)
    index = [k for k in range(len(lines)) if k not in drop]
    return [lines[k] for k in index], index


# A short line that ends a sentence ("Proud.", "Up the Rovers!", "Who asked?"): the end of the body
# above, never a name, place or badge ("Ada B.", "Martin Ames, Jr." are).
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{3}\.|[!?])[\"”’')]*$")
_COMMENT_COUNTER = re.compile(r"^(?:\d[\d,.]*\s+)?comments?\b", re.I)
_SPACED_HEADER = 4  # header lines above a stamp at most (name, handle, place, badge)


def _header_parts(lines: list[str], stamp: int) -> list[int]:
    """The short lines right above a stamp, nearest first, each over at most one blank line: not
    an action row, a stamp, furniture or a line of the body."""
    parts: list[int] = []
    k = stamp - 1
    while k >= 0 and len(parts) < _SPACED_HEADER:
        if not lines[k].strip():
            if k == 0 or not lines[k - 1].strip():
                break  # two blank lines, or the page's top
            k -= 1
            continue
        text = lines[k].strip()
        if (not _spaced_part(text) or _is_action_line(text) or _is_stamp(text)
                or _SENTENCE_END.search(_TRAILING_EMOJI.sub("", text) or text)  # ("Come home!!! ❤️": a body)
                or (_is_furniture(text) and not _is_comment_meta(text) and not _ICON_LIGATURE.match(text))):
            break  # (an icon's name beside the commenter's, "more_vert", is the header's)
        parts.append(k)
        k -= 1
    return parts


_WEAK_OUTLET_REASONS = frozenset({"", "\"told The X\"", "\"a source told\""})  # read off the story's text


def layout_of(sections: Sections, furniture: frozenset[str] = frozenset()) -> Layout:
    """The layout of a document's sections; lines whose line_key is in `furniture` (what the
    outlet repeats on its pages, found over the corpus) are never article paragraphs."""
    layout = _classify(sections.header_date, list(sections.article), list(sections.comments), furniture)
    if sections.thread_title:  # the topic's title is its first post's subject
        layout = replace(layout, title=sections.thread_title)
    if sections.site and layout.outlet_reason in _WEAK_OUTLET_REASONS:  # (a forum's head taken as
        # its chrome: the name atop it still names the site)
        layout = replace(layout, outlet_marker=sections.site,
                         outlet_reason="the site's name atop the page and first in its breadcrumb")
    return layout


def split_layout(text: str, furniture: frozenset[str] = frozenset()) -> Layout:
    """Split a decoded document into its parts; lines whose line_key is in `furniture` (what the
    outlet repeats on its pages, found over the corpus) are never article paragraphs."""
    return layout_of(find_sections(text), furniture)


def _repeated_lines(paragraphs: list[str]) -> set[str]:
    """Short lines a page repeats (ad slots, "Continue reading"), except headline-like ones."""
    counts = Counter(line.strip() for p in paragraphs for line in p.split("\n")
                     if 0 < len(line.split()) <= 6 and len(line) < 80)
    # (a parliament's record names a member over each of their turns: "Baroness Lee (Lab)" is no ad slot)
    return {line for line, n in counts.items()
            if n > 1 and not _looks_like_title(line) and line[-1:] not in ".!?\"”"
            and not is_record_label(line)}


def _is_prose(paragraph: str) -> bool:
    """A paragraph of the article's text (ends the page's head: title, byline, date, kicker)."""
    words = len(paragraph.split())
    return words >= 25 or (words >= 8 and paragraph.rstrip()[-1:] in ".!?\"”’'")


def _caption_block(paragraph: str) -> bool:
    """A short block that ends with a photo credit (caption, gallery title, credit) is all caption."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return len(lines) <= 4 and len(paragraph) <= 600 and (
        _is_credit(lines[-1]) or (len(lines) > 1 and bool(_CREDIT_START.match(lines[0]))))


_TOPIC_HEADING = re.compile(r"^(tags?|topics?|read more about|explore more on (these|this) topics?)\s*:?$",
                            re.I)


def _heading_block(paragraph: str) -> bool:
    """A link or tag heading with its items in the same block ("Related Article" + headline)."""
    first = paragraph.split("\n", 1)[0].strip()
    return "\n" in paragraph and len(paragraph) <= 600 and (
        _is_link_heading(first) or bool(_TOPIC_HEADING.match(first)))


_BOX_PROSE_WORDS = 8  # a line this long that ends like a sentence is the article's, not a box's item
_BOX_LINES = 5  # a box in an article: its heading and a few links or facts


def _prose_after_box(lines: list[str]) -> list[str]:
    """The article's sentences that close a link or information box's block (its heading, at least
    one item, then lines of prose with no blank line before them), [] for none."""
    def prose(line: str) -> bool:
        text = line.strip()
        return (len(text.split()) >= _BOX_PROSE_WORDS and text[-1:] in ".!?\"”’"
                and not _looks_like_title(text) and not _is_furniture(text))

    end = len(lines)
    while end > 2 and prose(lines[end - 1]):
        end -= 1
    if end == len(lines) or end > _BOX_LINES:
        return []  # a long block over a sentence is a form or a list with its notice ("By signing, …")
    return [line for line in lines[end:] if line.strip()]


@dataclass
class _Page:
    """What _classify gathers while it walks the paragraphs."""

    title: str = ""
    date_line: str = ""
    in_head: bool = True
    after_links: bool = False
    embed_open: bool = False  # an embed's "View this post on Instagram" was the last thing seen
    caption_at: int = -1  # the kept paragraph that came right after that header: the post's caption
    updated: str = ""  # the day of an "Updated: …" stamp in the head, for a page that prints no other
    untitled: bool = False  # the page is a post with no headline (its first line is no title)


# A link aggregator's "(site.com)" after a title (a top-level domain of letters: not "(v2.1)")
_LINK_DOMAIN = re.compile(r"\s+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\)$", re.I)


def _title_text(paragraph: str) -> str:
    """A headline without a kicker (`SPORTS | …`)."""
    stripped = _KICKER.sub("", paragraph, count=1)
    return stripped if len(stripped.split()) >= 4 else paragraph


_DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
_HEAD_WORDS = 4  # a navigation, masthead or byline line in a page's head has at most this many words
_HEADLINE_WORDS = 30


def _short_head_line(line: str) -> bool:
    """A navigation, section, masthead, sign-in or byline line: a few words, not a sentence (a
    search box's placeholder, "Search or jump to...", is one)."""
    text = line.strip()
    words = len(text.split())
    return words <= _HEAD_WORDS and (text[-1:] not in ".!?\"”’" or (words <= _PLACEHOLDER_WORDS
                                                                   and text.endswith(("...", "…"))))


_PLACEHOLDER_WORDS = 5


# A control that opens the rest of a list ("Show all 14 tracks", "See all 32 photos", "View more
# episodes"): a button, never a headline.
_LIST_EXPANDER = re.compile(r"^(?:show|see|view) (?:all|more)(?: \d[\d,]*)?(?: [a-z]+){1,2}$", re.I)


def _headline_line(line: str) -> bool:
    """A line that reads as a headline: several words, not furniture, a byline, a caption, a stamp
    or a link; sentence case or Title Case."""
    text = line.strip()
    whole_label = False  # "Community garden: board decision": the label is part of a short headline
    if _CAPTION_LABEL.match(text):  # "Topic: headline" in a page's head
        rest = _LABEL_PREFIX.sub("", text)
        if len(rest.split()) >= 4:
            text = rest
        elif (len(text.split(":", 1)[0].split()) < 2 or _is_credit(text) or _CAPTION_IMAGE.match(text)
              or _CAPTION_END.search(text)):
            return False  # "Watch: …", "Related: …" are page labels; "Community garden: …" is a topic
        else:
            whole_label = True
    if (len(text) > 250 or "·" in text or "•" in text or text[:1] in "@#(" or _head_furniture(line.strip())
            or _LIST_EXPANDER.match(text)
            or (_is_furniture(text) and not whole_label)
            or _DOMAIN_LINE.match(text) or _AVATAR.match(text) or _SEARCH_BOX.match(text)
            or len(_MENU_GAP.findall(text)) >= 2 or _credit_line(text)):
        return False  # (three or more items spaced apart on one line: a menu, tags, a prayer-times bar)
    return (_looks_like_headline(text) and sum(w[:1].isalpha() for w in text.split()) >= 3
            and not _PROMO_END.search(text))


# A promotion's call to action closing its line ("… live on our pass. Start free trial", "… Subscribe
# now"): an advert in the page's head, never its headline.
_PROMO_END = re.compile(r"[.!?]\s+(?:start (?:your )?free trial|try (?:it )?(?:for )?free|subscribe now"
                        r"|sign up(?: now| today| free)?|join (?:now|today)|learn more|find out more"
                        r"|get (?:it|started)(?: now| today)?|shop now|book now|download now)[.!]?$", re.I)


# A search box's placeholder ("Search lyrics & more", "Search news, topics and more…").
_SEARCH_BOX = re.compile(r"^search\b[^.!?]{0,40}\s(?:&|and) more(?:\.\.\.|…)?$", re.I)
_STAMP_REACH = 3  # a dated stamp this near under a headline (its byline between) makes it the head's


_STAMP_HEAD = re.compile(r"\s+[-–—|·•]\s+")  # "23 May 2026 9:05 am - 6 - 1.2K": the stamp, then its counters


def _dated_under(under: list[str]) -> bool:
    """A publication stamp among the lines under a headline (its byline between, perhaps), alone or
    ahead of the story's counters."""
    heads = (_STAMP_HEAD.split(t, maxsplit=1)[0] for t in under[:_STAMP_REACH] if len(t) <= 120)
    return any(_is_date_line(head) and bool(_date_value(head)) for head in heads)


def _block_headline(para: str, raw: list[str] | None = None, after: str = "") -> tuple[str, str] | None:
    """(headline, rest) of a block whose first line that is not a short navigation, section or
    domain line reads as a headline (a link card: DOMAIN.COM, headline, description). `raw` is the
    block's lines before furniture was dropped: a date under the headline there shows it is no
    menu item. `after` is the first line of the next block."""
    lines = [line.strip() for line in para.split("\n") if line.strip()]
    raw = raw or lines
    bar: int | None = None  # the menu row or market bar passed over
    for k, line in enumerate(lines):
        if k and len(lines[k - 1].split()) <= _MASTHEAD_WORDS and _is_tagline(line) or (
                k == 1 and len(lines[0].split()) <= _MASTHEAD_WORDS and (
                    line[:1].islower() or _TAGLINE.search(line) and any(
                        _headline_line(t) for t in (lines[2:3] or [after.strip()]) if t))):
            continue  # a masthead's tagline under it ("Serving the valley since 1881", "gossip with a
            # side of eye-rolling" in lower case), never a headline; a Title Case or capitals one
            # ("Serving The Harbour Towns Since 1881") when another headline-like line follows
        if k and _motto_over_menu(lines, k):
            continue  # the paper's motto between its masthead and its section menu
        if line in raw and _store_title(raw, raw.index(line)):  # an app's name over its store facts
            at = raw.index(line)  # ("Tidewatch: Tides"); the developer and category between are the head's
            facts = max(j for j in range(at + 1, min(len(raw), at + 1 + _STAMP_REACH))
                        if _STORE_FACT.match(raw[j]))
            rest = lines[k + 1:]
            while rest and rest[0] in raw[at + 1:facts] and _short_head_line(rest[0]):
                rest = rest[1:]
            return line, "\n".join(rest)
        if line in raw and _meeting_heading(raw, raw.index(line)):
            return line, "\n".join(lines[k + 1:])  # a committee's meeting under "Agenda and minutes"
        if line in raw and _under_handle(raw, raw.index(line)):
            return "", "\n".join(lines[k:])  # a post's text under its author's name and @handle: no headline
        if line in raw and _listing_heading(raw, raw.index(line)):
            return line, "\n".join(lines[k + 1:])  # "Glenbrae Films Reviews" under the name's own header
        if _headline_line(line):
            if _question_under_topic(line, lines[k + 1:k + 2]):
                continue  # a topic tag over a Q&A page's question ("Local Government in the UK")
            if _name_page_heading(line, lines[k + 1:k + 2]):
                continue  # "Ann Lee – Run" over "Ann Lee": the profile's page heading, its post's title below
            rest = lines[k + 1:]
            under = [t for t in (raw[raw.index(line) + 1:] if line in raw else rest)
                     if not _head_furniture(t)]  # (a share row between it and its stamp is passed over)
            if (rest and all(_short_head_line(after) or _menu_row(after) for after in rest)
                    and not _ISSUE_NUMBER.search(line) and not _EPISODE_LABEL.match(rest[0])
                    and not any(len(after) <= 120 and (_is_date_line(after) and _date_value(after)
                                                       or _ACTED_ON.match(after)  # "Asked 5 years ago"
                                                       or _HOSTED_BY.match(after)  # an event's host
                                                       or _STORE_FACT.match(after))  # an app's store facts
                                for after in under[:_STAMP_REACH])):
                return None  # a navigation row goes on under it: a menu item, not a headline (a tracker's
                # "… #4127" is its page's title whatever follows; a dated stamp under it is its head's)
            if bar is not None and not _dated_under(under):
                return _doubled_title(lines[:bar + 1])  # a site's head (its sections, its promotions)
                # over a line with no stamp: the headline is further down the page
            return line, "\n".join(rest)
        if not (_short_head_line(line) or _DOMAIN_LINE.match(line)):
            if _menu_row(line) or _ticker_line(line):
                bar = k if bar is None else bar  # menu rows and market and weather bars: passed over
                continue  # for a dated headline only
            return _doubled_title(lines[:(k if bar is None else bar) + 1])
            # (a menu's items spaced on one line are the head's too)
    return _doubled_title(lines)


# A minutes page's heading (the ModernGov kind): the meeting, "<committee> - <weekday>, <date> <time>",
# under the page's label ("Agenda and minutes", "Agenda", "Minutes", "Decisions"): the title, and its day
# the page's date.
_MEETING_LABEL = re.compile(r"^(?:agenda and (?:minutes|decisions)|agenda|minutes|decisions"
                            r"|meeting details)$", re.I)
_MEETING_LINE = re.compile(r"^(?P<body>[A-Z][^–—]{2,80}?)\s+[-–—]\s+"
                           r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?"
                           r"\s+[A-Z][a-z]+,?\s+\d{4}(?:,?\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)?)$", re.I)


def _meeting_heading(lines: list[str], k: int) -> bool:
    """Whether line k is a meeting line right under a minutes page's label."""
    return k > 0 and bool(_MEETING_LABEL.match(lines[k - 1].strip())
                          and _MEETING_LINE.match(lines[k].strip()))


def _meeting_day(title: str) -> str:
    """The day (YYYY-MM-DD) of a meeting line, '' for any other title."""
    match = _MEETING_LINE.match(title) if len(title) <= 140 else None
    return _date_value(match["day"]) if match else ""


# A post's head on a microblog: the author's display name, the @handle alone on the next line, a
# follow or subscribe button perhaps; the post's text starts right under it (no headline).
_AT_HANDLE_LINE = re.compile(r"^@[\w.]{1,40}$")
_FOLLOW_BUTTON = re.compile(r"^(?:follow|following|subscribe|subscribed|\+ follow)$", re.I)


def _under_handle(lines: list[str], k: int) -> bool:
    """Whether line k stands right under an @handle line (a follow button between, perhaps) that is
    itself under a display name."""
    j = k - 1
    if j >= 0 and _FOLLOW_BUTTON.match(lines[j].strip()):
        j -= 1
    return j >= 1 and bool(_AT_HANDLE_LINE.match(lines[j].strip())) and bool(lines[j - 1].strip()) and (
        not _AT_HANDLE_LINE.match(lines[j - 1].strip()))


# A listing site's heading of one tab of an entity's page: the entity's name, which its header above
# prints alone, and what the tab lists ("Glenbrae Films", …, "Glenbrae Films Reviews"; "… Employee
# Reviews", "… Salaries", "… Interview Questions"). Its words are too few for a headline.
_LISTING_KIND = re.compile(r"^(?:employee |customer |company |user )?(?:reviews|ratings|salaries|jobs|photos"
                           r"|interviews|interview questions|benefits|questions(?: (?:&|and) answers)?"
                           r"|q ?& ?a)$", re.I)
_LISTING_REACH = 30  # lines of the head between the header's name and the tab's heading, at most


def _listing_heading(lines: list[str], k: int) -> bool:
    """Whether line k is "<name> <what is listed>" and the name stands alone a few lines above."""
    words = lines[k].split()
    for cut in (1, 2):
        name, kind = " ".join(words[:-cut]), " ".join(words[-cut:])
        if (len(words) > cut and kind[:1].isupper() and _LISTING_KIND.match(kind)
                and any(line.strip() == name for line in lines[max(0, k - _LISTING_REACH):k])):
            return True
    return False


# A page heading made of a member's name and what the page shows ("Ann Lee – Run", "Ann Lee — Photos"),
# the name alone on the line under it: the site's heading over the member's profile box, not the title
# of what the member posted (which stands under the box).
_NAME_HEADING = re.compile(r"^(?P<name>\S.{0,60}?) [–—-] \S.{0,30}$")


def _name_page_heading(line: str, under: list[str]) -> bool:
    """A "Name – Kind" heading with the name alone on the next line."""
    found = _NAME_HEADING.match(line)
    return found is not None and bool(under) and under[0].strip() == found.group("name")


# A store listing's facts under the app's name ("Contains ads", "In-app purchases", "2.4K reviews", "50K+
# downloads"): the line above is the listing's title, not a menu item.
_STORE_FACT = re.compile(r"^(?:contains ads|in-app purchases|offers in-app purchases"
                         r"|\d[\d.,]*[km]?\+? (?:downloads|installs|reviews|ratings)"
                         # a podcast directory's show: its schedule, its score and the ratings' count
                         r"|updated (?:daily|weekly|fortnightly|biweekly|monthly)"
                         r"|\d(?:\.\d)?\s*[•·]\s*\d[\d.,]*[km]? ratings?)$", re.I)


_STORE_TITLE_WORDS = 10


def _store_title(lines: list[str], k: int) -> bool:
    """Line k is a store listing's app name: a few words with no sentence end, its store facts right
    under it (the developer's name between, perhaps)."""
    text = lines[k].strip()
    return (2 <= len(text.split()) <= _STORE_TITLE_WORDS and text[-1:] not in ".!?" and len(text) <= 80
            and any(_STORE_FACT.match(t.strip()) for t in lines[k + 1:k + 1 + _STAMP_REACH]))


# An event's host under its title ("Hosted by" over the host's name, or on one line with it): the line
# above is the event's title, not a menu item; the label is the page's furniture.
# (the host is a name, a few capitalised words: "Run by volunteers since 1996, the café shuts …" and
# "Organised by the Rotary Club for the tenth year" under a news headline are its dek)
_HOSTED_BY = re.compile(r"^(?:hosted|organi[sz]ed|presented|run) by\b:?"
                        r"(?:\s+(?:the\s+)?(?-i:[A-Z\d@])[\w&'’.@-]*"
                        r"(?:\s+(?:(?-i:[A-Z\d&])[\w&'’.@-]*|of|the|and|for|de|da|van|von|&)){0,6})?$", re.I)


# A film's, book's or album's page: its title, the year alone under it, then its credit ("Salt Meridian",
# "2026", "Directed by Ann Lee"); the title is the page's headline, however short.
_YEAR_ALONE = re.compile(r"^\(?(?:1[89]|20)\d{2}\)?$")
_WORK_CREDIT = re.compile(r"^(?:(?:directed|written|created|produced|developed|composed|illustrated|narrated"
                          r"|performed|published) by|a (?:film|novel|book|play|series|game|documentary) by"
                          r"|(?-i:by))\s+(?-i:[A-Z])", re.I)  # (bare "by" in lower case: "By Dana Lee" is a
# byline; the name after it in capitals: "by the numbers" is no credit)
_WORK_WORDS = 12
# A song's or album's page puts its artist between the title and the credit ("Paper Moons", "Ann Lee",
# "Produced By Bo Hart"): a name of one to four capitalised words, no digits, no sentence.
_ARTIST_LINE = re.compile(r"^(?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3}$")


def _credit_line(line: str) -> bool:
    """A work's credit with a name alone after it ("Produced By Ann Quist", "Directed by Bo Hart"),
    never a headline."""
    credit = _WORK_CREDIT.match(line)
    return (credit is not None and credit.group().split()[0].lower() != "by"
            and bool(_ARTIST_LINE.match(line[credit.end() - 1:])))


# The year and the credit on one line under the title ("2026  Directed by Ann Lee", "2026 · Written by …").
_YEAR_LEAD = re.compile(r"^\(?(?:1[89]|20)\d{2}\)?(?:\s*[·•|,–—-])?\s+")


def _year_and_credit(line: str) -> bool:
    """A year, then a work's credit with a name alone after it, on one line."""
    year = _YEAR_LEAD.match(line)
    return year is not None and _credit_line(line[year.end():])


def _could_title_a_work(title: str) -> bool:
    """Whether a head line can be a work's title: capitalised, short, no closing mark, no furniture,
    domain or menu."""
    return ((title[:1].isupper() or title[:1].isdigit()) and len(title.split()) <= _WORK_WORDS
            and title[-1:] not in ".,;:!?" and not _is_furniture(title)
            and not _DOMAIN_LINE.match(title) and not _menu_row(title))


def _credited_under(under: str, credit_line: str) -> bool:
    """Whether a title's next two lines are its year (or its artist's name) and its credit."""
    credit = _WORK_CREDIT.match(credit_line)
    return credit is not None and bool(_YEAR_ALONE.match(under) or (
        credit.group().split()[0].lower() != "by" and _ARTIST_LINE.match(under)
        and not _is_furniture(under) and not _short_ui(under)))


# A work's labelled facts under its title on a store, database or aggregator page ("Release Date: Nov
# 20, 2026", "Label: …", "Genre: …", "Developer: …"): two or more, the artist's name alone above them
# perhaps. An article's "Venue: …" or "Contact: …" lines are no work's facts.
_WORK_FIELD = re.compile(r"^(?:release date|released|original release|label|record label|genres?|director"
                         r"|developer|publisher|platforms?|runtime|running time|format|studio|network"
                         r"|first published|pages|isbn|tracks|length)\s*:\s*\S", re.I)
_MIN_WORK_FIELDS = 2


def _fields_under(raw: list[str], k: int) -> bool:
    """Whether the lines from k are a work's labelled facts (_WORK_FIELD), the artist's name over them
    perhaps."""
    if k < len(raw) and not _WORK_FIELD.match(raw[k]) and _ARTIST_LINE.match(raw[k]):
        k += 1
    return sum(1 for _ in itertools.takewhile(_WORK_FIELD.match, raw[k:k + 8])) >= _MIN_WORK_FIELDS


def _work_title(raw: list[str]) -> str:
    """The title of a work over its year (or its artist's name) and its credit lines in a page's
    head, or over one line holding both ('' for none); a share row or a counter between them is
    passed over."""
    raw = [t for t in raw if not _head_furniture(t) or _YEAR_ALONE.match(t)]
    for k in range(len(raw) - 1):
        under = raw[k + 1]
        credited = (_year_and_credit(under) or _facts_line(under)
                    or (k + 2 < len(raw) and _credited_under(under, raw[k + 2])) or _fields_under(raw, k + 1))
        if credited and _could_title_a_work(raw[k]):
            return raw[k]
    return ""


# A project's update number over the update's own headline ("Update #6", then "The week we hit our goal"):
# the page is the update, under the project's head.
_UPDATE_LABEL = re.compile(r"^update\s*#?\d{1,4}$", re.I)
_UPDATE_REACH = 40  # blocks of a page's head searched for an update's number


def _update_title(paragraphs: list[str]) -> tuple[int, str] | None:
    """(block, headline) of a project update's headline under its number alone in a page's head
    (before the first paragraph of article length), or None."""
    for n, block in enumerate(paragraphs[:_UPDATE_REACH]):
        rows = [line.strip() for line in block.split("\n") if line.strip()]
        if any(len(row.split()) >= _ARTICLE_LENGTH for row in rows):
            return None
        for i, row in enumerate(rows):
            if len(row) > 20 or not _UPDATE_LABEL.match(row):
                continue
            at, headline = (n, rows[i + 1]) if i + 1 < len(rows) else (
                n + 1, next((t for t in paragraphs[n + 1].split("\n") if t.strip()), "").strip()
                if n + 1 < len(paragraphs) else "")
            return (at, headline) if headline and _headline_line(headline) else None
    return None


_ARTICLE_LENGTH = 25


# A work's title with its year run on ("Paper Moons 2026", "Paper Moons (2026)").
_YEAR_RUN_ON = re.compile(r"^(?P<title>\S.{0,80}?)\s+\(?(?:18|19|20)\d{2}\)?$")


def _work_head(paragraphs: list[str], n: int) -> str:
    """The title of a work closing block n of a page's head ('' for none): over the work's facts
    line ("Paper Moons" over "PG-13, Now Playing, 1h 58m, Drama"), or with its year run on under a
    review's byline or over the reviewer's diary day or the work's credit ("Review by Ann Lee ★★★½",
    "Paper Moons 2026", "Watched 21 Nov 2026": the title without its year)."""
    lines = [line.strip() for line in paragraphs[n].split("\n") if line.strip()]
    if not lines or n + 1 >= len(paragraphs) or len(lines[-1]) > _SHORT_LINE or not all(
            _is_furniture(line) for line in lines[:-1]):
        return ""  # (a link list's heading may stand over it, its items taken out)
    line = lines[-1]
    below = next((t for row in paragraphs[n + 1].split("\n") if (t := row.strip())), "")
    if _facts_line(below):
        return line if _could_title_a_work(line) else ""
    year = _YEAR_RUN_ON.match(line)
    if year is None or not _could_title_a_work(year["title"]):
        return ""
    above = paragraphs[n - 1].strip().split("\n")[-1].strip() if n else ""
    dated_below = (len(below) <= 60 and bool(_DAY_VERB.match(below))
                   and _is_date_line(_DAY_VERB.sub("", below)))
    return year["title"] if (_REVIEWER_LINE.match(above) or dated_below or _credit_line(below)) else ""


_TOPIC_WORDS = 6
_MASTHEAD_WORDS = 4
_TAGLINE = re.compile(r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d{2}\.?$", re.I)


def _is_tagline(line: str) -> bool:
    """A masthead's tagline: sentence-like wording in lower case ending in its founding year
    ("Serving the valley since 1881", "Est. 1881"), never a Title Case headline ("River Levels
    Highest Since 1947")."""
    match = _TAGLINE.search(line)
    if match is None:
        return False
    word = match.group().split()[0]  # a Title Case line writes "Since" (a place's name is capitalised anyway)
    return word.islower() or word.rstrip(".").lower() == "est"


_HEAD_MOTTO_WORDS = 8
_MENU_REACH = 3


def _motto_over_menu(lines: list[str], k: int) -> bool:
    """Whether line k is a paper's motto: right under a masthead line ("The Harlow Courier") and
    over the section menu, most of the next few one- or two-word lines a section's name ("Home",
    "News", "Politics"). A headline under a masthead has a byline, a dek or a date under it: a
    section label over a name and a role ("Politics", "Ann Lee", "Reporter") is no menu."""
    line = lines[k]
    if len(line.split()) > _HEAD_MOTTO_WORDS or line[-1:] in ".!?:" or not _is_masthead(lines[k - 1]):
        return False
    menu = lines[k + 1:k + 1 + _MENU_REACH]
    return (len(menu) == _MENU_REACH and all(len(t.split()) <= 2 and t[-1:] not in ".!?:" for t in menu)
            and 2 * sum(t.split()[0].lower() in _DESK_WORDS for t in menu) > len(menu))


def _question_under_topic(line: str, following: list[str]) -> bool:
    """Whether a short headline-like line is a topic tag over a longer question (a Q&A page's title)."""
    words = line.split()
    return (len(words) <= _TOPIC_WORDS and line[-1:] not in ".!?\"”" and bool(following)
            and following[0].endswith("?") and len(following[0].split()) > len(words)
            and _headline_line(following[0]))


_ISSUE_NUMBER = re.compile(r"(?<=\S)\s+#\d{1,7}$")  # a tracker's number after a title ("… #4127")
# A show's or a series' number under its title ("Episode 212", "Ep. 14", "Part 3", "Issue #41"): the
# title's label, never a menu's next item.
_EPISODE_LABEL = re.compile(r"^(?:episode|ep\.?|part|chapter|issue|no\.|vol\.?|volume|season)\s*#?\d{1,4}"
                            r"(?:\s*[·•|:,-]\s*\S.{0,40})?$", re.I)


def _doubled_title(lines: list[str]) -> tuple[str, str] | None:
    """(title, rest) of a page head that prints its page's name twice in a row (the breadcrumb's
    last item, then the heading: "Saltbox", "Saltbox"), else None."""
    for k in range(1, min(len(lines), _HEAD_SCAN)):
        line = lines[k]
        if (line == lines[k - 1] and line[:1].isupper() and len(line.split()) <= _HEADLINE_WORDS
                and not _is_furniture(line) and not _short_ui(line)):
            return line, "\n".join(lines[k + 1:])
    return None


_HEAD_SCAN = 60  # lines of a page's head searched for a doubled title
_HEAD_LABEL_WORDS = 8  # a head's line over the title: a menu item, a crumb, a platform's partner line


def _head_lines_above(rows: list[str], title: str) -> set[str]:
    """The lines of a head block above its title's first copy when every one is the site's (menu
    items, a breadcrumb, a consent notice, "in association with …": short lines that are no sentence,
    or furniture); none when one of them is the page's text."""
    at = next((k for k, row in enumerate(rows) if row.strip() == title), 0)
    above = {row.strip() for row in rows[:at] if row.strip()}
    if all(_is_furniture(row) or _menu_row(row)
           or (len(row.split()) <= _HEAD_LABEL_WORDS and row[-1:] not in ".!?\"”’:") for row in above):
        return above
    return set()


def _short_ui(line: str) -> bool:
    """A menu word a page may print twice ("Home", "Menu", "Search")."""
    return line.lower() in _UI_TWICE


_UI_TWICE = frozenset({"home", "menu", "search", "more", "news", "log in", "sign in", "sign up", "register",
                       "subscribe", "share", "close", "back", "next", "previous"})


# A site's own controls atop the page, never its headline: a search box's placeholder ("Search for a
# company or category", "Photos, people, or groups": what may be searched, "or" before the last) and a
# sign-in form's provider button ("Log in with OpenID", "Continue with Google").
_SEARCH_PLACEHOLDER = re.compile(
    r"^(?:search(?: for)?(?: an?| the)? [\w-]+(?: [\w-]+)? or (?:an? )?[\w-]+(?: [\w-]+)?"
    r"|(?:search|find) [\w\s,-]{1,40}(?:\.\.\.|…)"
    r"|[A-Z][a-z-]+(?:, [a-z-]+)+,? or [a-z-]+(?:\.\.\.|…)?)$", re.I)
_SIGN_IN_WITH = re.compile(
    r"^(?:(?:log|sign) ?(?:in|on|up)|continue|connect) (?:with|using|via) \w+(?: ?id)?$", re.I)

# A score atop a review page ("TrustScore 1.9 out of 5", "4.6 out of 5", "Rated 4 out of 5 stars").
_SCORE_LINE = re.compile(r"^(?:[\w-]+ ){0,2}\d(?:[.,]\d)? out of (?:5|10)(?: stars?)?$", re.I)

# A journal site's user tag as text, the poster's name under an entry's stamp ("[personal profile] ann_lee").
_USER_TAG = re.compile(r"^\[(?:[a-z]+ )?(?:profile|user|community)\]\s*[\w.-]+$", re.I)


# A forum's or a shop's account prompt atop the page: "Existing user? Sign In   Sign Up", "Already have an
# account? Log in", "New here? Register", "Already have an account? Sign in to comment": the question, then
# buttons and nothing else ("New here? Join the club's supporters trust for £5 a year." is a sentence)
_PROMPT_BUTTON = (r"(?:(?:sign|log) ?(?:in|up|on)|login|register|create (?:an |a free |your )?account|join)"
                  r"(?: (?:now|here|today|us|free|for free)){0,2}(?: with (?:an? )?[\w.]+(?: account)?)?")
_ACCOUNT_PROMPT = re.compile(r"^(?:existing (?:user|member)|already (?:a member|have an account|registered)"
                             r"|new (?:here|user|member)|not a member(?: yet)?)\?\s+"
                             + _PROMPT_BUTTON + r"(?:\s*(?:[|·•/]|or)?\s*" + _PROMPT_BUTTON + r")*"
                             r"(?: to (?:[\w'’]+ ){0,3}[\w'’]+)?\s*[.!›»>→]?$",
                             re.I)


def _head_control(line: str) -> bool:
    """A search placeholder or a sign-in button among a page's head lines (never the headline)."""
    line = line.strip()
    return len(line) <= 60 and bool(_SEARCH_PLACEHOLDER.match(line) or _SIGN_IN_WITH.match(line)
                                    or _ACCOUNT_PROMPT.match(line)
                                    or _SCORE_LINE.match(line) or _USER_TAG.match(line))


def _headline_with_stops(para: str, following: list[str]) -> bool:
    """A one-line headline of one to three short sentences ending with a stop, recognised by the
    byline or date line that follows it within the next paragraphs."""
    words = para.split()
    sentences = _SENTENCE_SPLIT.split(para)
    if "\n" in para or not 4 <= len(words) <= _HEADLINE_WORDS or len(sentences) > 3:
        return False
    if len(sentences) == 3 and min(len(one.split()) for one in sentences) < 4:
        return False  # "It rained. The park flooded. Nobody came." is a story's opening
    return any(_is_byline(line.strip()) or _is_date_line(line.strip())
               for block in following for line in block.split("\n") if len(line) <= 120)


_ROLE_LINE = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}(?:columnist|reporter|correspondent|editor|writer"
                        r"|contributor|critic|journalist|producer)s?$", re.I)


def _byline_block(para: str) -> bool:
    """Two lines: a name of two to four capitalised words, and the paper or the writer's role."""
    lines = [line.strip() for line in para.split("\n")]
    if len(lines) != 2:
        return False
    words = lines[0].split()
    name = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                                        for w in words)
    return name and (bool(_ROLE_LINE.match(lines[1])) or bool(_is_masthead(lines[1])))


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


_SUFFIX_DASH = re.compile(r"\s[|–—-]\s+\Z")


def _ends_with_outlet(title: str, outlet: str) -> bool:
    r"""Whether the title ends with " | outlet" (or " - ", " – ", " — "), as `\s[|–—-]\s+outlet$`
    would say, without compiling a pattern per outlet."""
    ends = [title] + ([title[:-1]] if title.endswith("\n") else [])
    return any(end.endswith(outlet) and _SUFFIX_DASH.search(end, 0, len(end) - len(outlet)) is not None
               for end in ends)


_POST_BODY_LINES = 6  # lines of a post's text between the sentence that introduces it and its signature


_LEAD_IN_WORDS = 4  # "Lind wrote on X:": a sentence, not a label ("Update:", "Full statement:")
# A shorter sentence introduces a post when its verb is one of posting: "He later posted:", "Lind wrote:".
_POSTING_VERB = re.compile(r"\b(?:posted|wrote|tweeted|shared|replied|responded|added|commented):\Z", re.I)


def _lead_in(line: str) -> bool:
    """A sentence that ends with a colon, introducing what comes under it."""
    text = line.strip()
    words = len(text.split())
    return text.endswith(":") and not text.isupper() and (
        words >= _LEAD_IN_WORDS or words >= 2 and _POSTING_VERB.search(text) is not None)


def _full_sentence(line: str) -> bool:
    """An article's sentence: several words, a stop at its end (not a label such as "Update:")."""
    text = line.strip()
    return len(text.split()) >= _LEAD_IN_WORDS and text[-1:] in ".!?" and not is_signature_line(text)


def _dated_dash_signature(line: str) -> bool:
    """A post's whole signature line with its dash and its date ("— Ann Lee (@annlee) May 3, 2026"):
    a handle alone (a channel's name over its description) is not one."""
    text = line.strip()
    found = _signature(text) if text[:1] in "—–-" else None
    return found is not None and found[0] == 0 and bool(found[3])


# A sentence that tells of a post on a platform: "answered on social media", "posted a defence on X",
# "said in a tweet" (the line introducing a post printed under it without a colon).
_TELLS_OF_POST = re.compile(r"\b(?:on|to|via)\s+(?:social\s+media|X|Twitter|Facebook|Instagram|Threads|"
                            r"Bluesky|Mastodon|TikTok|LinkedIn)\b|\b(?:posted|tweeted)\b"
                            r"|\bin\s+an?\s+(?:post|tweet)\b")
_DASH_POST_CHARS = 300  # the longest post text a dated "— Name (@handle) date" signature signs (X, Bluesky)


# The reporter's voice: a sentence of past events, dated as news dates them ("did not answer … on Tuesday",
# "was closed in January", "met last week"), that speaks of others, not for the poster ("we", "I", "you").
_SPEAKS_FOR_SELF = re.compile(r"\bI\b|\b(?i:I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours"
                              r"|you|you['’](?:re|ve|d|ll)|your|yours)\b")
_PAST_VERB = re.compile(r"\b(?:was|were|did|didn['’]t|had|hadn['’]t|said|told|met|made|gave|took|went"
                        r"|came|left|found|sent|paid|(?!hundred\b)[a-z]+[a-df-z]ed)\b")
_NEWS_TIME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday"
                        r"|(?:in|on|since|until|by|early|late|mid|last) (?:January|February|March|April|May"
                        r"|June|July|August|September|October|November|December)"
                        r"|(?:January|February|March|April|June|July|August|September|October|November"
                        r"|December) \d{1,2}\b"
                        r"|last (?:week|month|year|night|weekend|spring|summer|autumn|winter)"
                        r"|earlier this (?:week|month|year))")


def _reporters_sentence(line: str) -> bool:
    """A sentence in the article's own voice (above): a post's lines speak for the poster, or of now
    and next ("We will sail from the wall", "Nobody asked us"), and never read so."""
    text = line.strip()
    return (_full_sentence(text) and _SPEAKS_FOR_SELF.search(text) is None
            and _PAST_VERB.search(text) is not None and _NEWS_TIME.search(text) is not None)


def _sentence_introducing_post(lines: list[str], k: int) -> int | None:
    """The line that introduces, with no colon, the post over the dated signature at line k: the nearest
    sentence above that tells of a post, when the lines between are short enough to be one post's
    (its text may run on several lines) and none of them reads as the article's own (_reporters_sentence:
    the post is then the lines under the lowest such); else a sentence two lines up, and the post is the
    one line over its signature (the sentences above it the article's); else None."""
    article = None  # the lowest line between that is the article's sentence
    for j in range(k - 2, max(-1, k - 1 - _POST_BODY_LINES), -1):
        if sum(len(_strip_pic_links(text)) for text in lines[j + 1:k]) > _DASH_POST_CHARS:
            break
        if _full_sentence(lines[j]) and _TELLS_OF_POST.search(lines[j]):
            return j if article is None else article
        if article is None and _reporters_sentence(lines[j]):
            article = j
    return k - 2 if _full_sentence(lines[k - 2]) else None


def _introduced_posts(lines: list[str]) -> list[int]:
    """Where a block runs a signed post into the article's lines with no blank line around it: cut
    after the line that introduces it ("Quintero answered on X late on Sunday:") and after its
    signature line, so the post is a paragraph of its own (find_tweets) and the sentences above and
    under it stay the article's. Under an embed's "View this post on Instagram" header the post is
    the caption under it; with no introducing line close above, the lines under a sentence that tells
    of a post, or else the one line, over a dated signature ("— Name (@handle) May 3, 2026")."""
    cuts: list[int] = []
    for k, line in enumerate(lines):
        if not k or len(line) > _SIGNATURE_CHARS or not (is_signature_line(line) or _facebook_sign(line)):
            continue
        lead = next((j for j in range(k - 1, max(-1, k - 1 - _POST_BODY_LINES), -1)
                     if _lead_in(lines[j]) or _EMBED_HEADER.match(lines[j].strip())), None)
        if lead is None and k >= 2 and _dated_dash_signature(line):
            lead = _sentence_introducing_post(lines, k)  # with no colon
        if lead is None or lead == k - 1:
            continue
        header = bool(_EMBED_HEADER.match(lines[lead].strip())) if lead >= 0 else False
        cuts += [lead + int(not header), k + 1 + _date_under_sign(lines, k)]  # (an embed's header stays
        # over its caption)
    return [k for k in cuts if 0 < k < len(lines)]


def _date_under_sign(lines: list[str], k: int) -> int:
    """1 when an undated "A post shared by Name (@handle)" line has the post's date alone on the
    line under it (the embed prints it there), else 0."""
    sign = _POST_SIGNATURE.fullmatch(lines[k].strip()) if _POST_LEAD.match(lines[k].strip()) else None
    under = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return int(sign is not None and not sign.group("date") and _post_date_line(under))


def _post_date_line(line: str) -> bool:
    """A line that is only a post's date ("November 22, 2026", "22 Nov 2026")."""
    return len(line) <= 40 and re.fullmatch(_TWEET_DATE, line) is not None


# The newer X embed as text extraction leaves it: the name, the @handle, "·" and "Follow" on lines of
# their own, the post's text, "9:41 PM · Nov 14, 2026", then its chrome ("2,1K", "Reply", "Copy link",
# "Read 148 replies")
_X_DOT_OR_FOLLOW = re.compile(r"^(?:[·•]|Follow)$")
_X_CHROME = re.compile(r"^(?:\d[\d,.]*\s?[KkMm]?|Reply|Repost|Like|Share|Copy link|Copy link to post"
                       r"|Read (?:\d[\d,.]*\s?[KkMm]? )?repl(?:y|ies)|Read more on X)$")
_X_TEXT_LINES = 8  # a post's lines between its handle and its stamp, at most


def _x_embed_at(lines: list[str], k: int) -> tuple[int, str] | None:
    """(the line after its chrome, the post signed as find_tweets reads it: its text, then "— Name
    (@handle) Nov 14, 2026") of the newer X embed whose poster's name is line k; None when none is."""
    name = lines[k].strip()
    if (k + 1 >= len(lines) or not 0 < len(name) <= 60 or "@" in name or not _capitalised_name(name)
            or len(name.split()) > _NAME_WORDS or not re.fullmatch(r"@\w{1,30}", lines[k + 1].strip())):
        return None
    j = k + 2
    chrome = 0
    while j < len(lines) and _X_DOT_OR_FOLLOW.match(lines[j].strip()):
        j, chrome = j + 1, chrome + 1
    text = j
    while j < len(lines) and j - text < _X_TEXT_LINES and not _X_STAMP.match(lines[j].strip()):
        j += 1
    stamp = _CARD_STAMP.match(lines[j].strip()) if j < len(lines) and j > text else None
    if stamp is None or not stamp["date"] or not stamp["time"] or not chrome:
        return None  # (a byline's name over the writer's handle has no Follow button and no timed stamp)
    end = j + 1
    while end < len(lines) and _X_CHROME.match(lines[end].strip()):
        end += 1
    body = "\n".join(line.strip() for line in lines[text:j])
    return end, f"{body}\n— {name} ({lines[k + 1].strip()}) {stamp['date']}"


def _split_at_x_embeds(block: str) -> list[str] | None:
    """A block cut around each newer X embed in it, each embed signed as one block; None for none."""
    lines = block.split("\n")
    parts: list[str] = []
    start = k = 0
    while k < len(lines):
        found = _x_embed_at(lines, k)
        if found is None:
            k += 1
            continue
        parts += ["\n".join(lines[start:k]), found[1]]
        start = k = found[0]
    if not parts:
        return None
    return [part for part in [*parts, "\n".join(lines[start:])] if part.strip()]


# A transcript's turn on a line of its own: "Q. …" / "Q: …" (the press's question, no asker named) or a
# speaker's label in capitals and a colon ("THE MODERATOR: …", "ADA LIND: …", "MS. LEE: …").
_QUESTION_LINE = re.compile(r"^Q[.:]\s+\S")
_CAPS_TURN_LINE = re.compile(r"^(?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,4}:\s+\S")
_MIN_TURN_LINES = 2  # questions and answers each, at least, for a block to be an exchange


def _turn_lines(block: str) -> list[str]:
    """A block whose lines are a transcript's turns (a page printed without blank lines: questions as
    "Q." lines, answers under capitals labels) cut so each turn is a paragraph, as the transcript
    reader reads turns; the lines above the first turn stay a block, and so do those below the last
    turn, the page's foot (its credit, its lists), unless all of them are prose: then they are the last
    answer's next sentences. A "Q:" line is a question, never an answer's label. Any other block as it
    is."""
    lines = block.split("\n")
    asked = [k for k, line in enumerate(lines) if _QUESTION_LINE.match(line.strip())]
    said = [k for k, line in enumerate(lines)
            if _CAPS_TURN_LINE.match(line.strip()) and not _QUESTION_LINE.match(line.strip())]
    if len(asked) < _MIN_TURN_LINES or len(said) < _MIN_TURN_LINES:
        return [block]
    turns = sorted({*asked, *said})
    end = turns[-1] + 1
    if all(_is_prose(line) for line in lines[end:]):
        end = len(lines)  # the last answer's next sentences, a line each, and no foot under them
    bounds = sorted({0, *turns, end, len(lines)})
    return [part for a, b in zip(bounds, bounds[1:], strict=False)
            if (part := "\n".join(lines[a:b]).strip())]


def _split_at_embed(block: str) -> list[str]:
    """A block cut before each embed's "View this post on Instagram" line, so the article's lines
    (or another post) above it never join the post's caption, and around each signed post run in
    with the article's lines under the sentence that introduces it."""
    if (x_parts := _split_at_x_embeds(block)) is not None:
        return [part for piece in x_parts for part in _split_at_embed(piece)]
    lines = block.split("\n")
    cuts = [k for k, line in enumerate(lines) if k and len(line) < 80 and _EMBED_HEADER.match(line.strip())]
    bounds = sorted({0, *cuts, *_introduced_posts(lines), len(lines)})
    return [_dated_signature(_signature_last(_card_signed("\n".join(lines[a:b]))))
            for a, b in zip(bounds, bounds[1:], strict=False)]


def _signs_introduced_post(lines: list[str], k: int, kept: list[str]) -> bool:
    """A Facebook post's "Posted by" sign ending a block right under the sentence that introduces
    the post: the post's signature (find_tweets), not a blog's post line."""
    return (k == len(lines) - 1 and k > 0 and bool(kept) and _facebook_sign(lines[k]) is not None
            and _lead_in(kept[-1].rstrip().split("\n")[-1]))


def _dated_signature(block: str) -> str:
    """A caption over "A post shared by Name (@handle)" with the date alone on the line under it,
    as find_tweets reads a post: the signature and its date on one line ("… (@handle) on November
    22, 2026"); any other block as it is."""
    lines = block.rstrip().split("\n")
    if len(lines) < 3 or not _date_under_sign(lines, len(lines) - 2):
        return block
    return "\n".join([*lines[:-2], f"{lines[-2].strip()} on {lines[-1].strip()}"])


# A post embedded as a card: "Name @handle" (or "Name (@handle)") over the post's text, its date under
# it, perhaps with its time ("4:12 PM · Mar 3, 2026"), a counts row perhaps ("48,201 Likes 6,930 Reposts").
_CARD_TOP = re.compile(r"^(?:(?P<name>[^\W\d_][^@\n]{0,58}?)\s+@(?P<handle>\w{1,30})"
                       r"|(?P<named>[^()@\s][^()@\n]{0,58}?) \(@(?P<paren>\w{1,30})\))$")
_HANDLE_ALONE = re.compile(r"@\w{1,30}")  # a card's handle on the line under the poster's name
_X_STAMP = re.compile(r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*·\s*\S")
_CARD_TAIL = 2  # lines under a card's date at most (its counts)
_CARD_TIME = r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?"
# (a day without its year only after a time, as X shows it, "6:42 PM · Aug 21": then the post has no
# signature date, and the article's words date it)
_CARD_STAMP = re.compile(rf"^(?:(?P<time>{_CARD_TIME})\s*[·•∙|,-]\s*)?"
                         rf"(?:(?P<date>{_TWEET_DATE})"
                         r"|(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?))"
                         rf"(?:\s*[·•∙|,-]\s*{_CARD_TIME})?$")
_NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "bin", "al"})


def _post_card(lines: list[str]) -> tuple[str, str, str, str, bool] | None:
    """(body, name, "@handle", date, in brackets) of a block that is an embedded post's card: its
    poster's line, the post's lines, its date line and at most two counts lines; else None."""
    rows = [line.strip() for line in lines if line.strip()]
    if (len(rows) >= 4 and _HANDLE_ALONE.fullmatch(rows[1]) and "@" not in rows[0]
            and any(_X_STAMP.match(row) for row in rows[3:]) and _post_text_under_handle(rows)):
        # the name over the handle, as X's embed prints them, dated as X dates a post ("4:12 PM · Mar 3,
        # 2026"): a byline's name over the writer's handle is dated without the time and its dot
        rows = [f"{rows[0]} {rows[1]}", *rows[2:]]
    top = _CARD_TOP.match(rows[0]) if len(rows) >= 3 and len(rows[0]) < 100 else None
    if top is None:
        return None
    name, handle = (top["name"], top["handle"]) if top["name"] else (top["named"], top["paren"])
    if len(name.split()) > _NAME_WORDS or (top["name"] and not _capitalised_name(name)):
        return None  # ("Follow the campaign at @x" is a sentence, not a poster's name)
    for d in range(2, len(rows)):  # (the date's group is the signature's date)
        if (date := _CARD_STAMP.match(rows[d])) and (date["date"] or date["time"]):
            if len(rows) - d - 1 > _CARD_TAIL or not all(_is_furniture(t) for t in rows[d + 1:]):
                return None
            return "\n".join(rows[1:d]), name, "@" + handle, date["date"] or "", not top["name"]
    return None


def _post_text_under_handle(rows: list[str]) -> bool:
    """Whether a card of a name over a handle carries its post between the handle and the time: a line
    of the post, not the page's (a byline block's role, "Harbour correspondent", over its time is no
    post, and the standfirst above it is none of the writer's)."""
    stamp = next(k for k in range(3, len(rows)) if _X_STAMP.match(rows[k]))
    return any(not _is_furniture(row) for row in rows[2:stamp])


def _capitalised_name(name: str) -> bool:
    """Each word of a shown name starts with a capital (or is a particle: "Ada de Lind"), and the name
    opens with no thanks ("Thanks Ada Lind @adalind" is a reply's words to her)."""
    return (all(not word[:1].islower() or word in _NAME_PARTICLES for word in name.split())
            and not _THANKS_OPENER.match(name))


# (a few reply openers only: "Great British Bake Off", "Hey Duggee", "This Morning" are accounts' names)
_THANKS_OPENER = re.compile(rf"^(?:{_THANKS_WORDS})\b", re.I)


def _card_signed(block: str) -> str:
    """A post card of the "Name @handle" form as a signed embed: its text, then "— Name (@handle)
    Mar 3, 2026" (what find_tweets reads); any other block as it is (a "Name (@handle)" card is
    read as a card: see _classify and find_tweets)."""
    card = _post_card(block.split("\n"))
    if card is None or card[4]:
        return block
    body, name, handle, date, _ = card
    return f"{body}\n— {name} ({handle}) {date}".rstrip()


def _signature_last(block: str) -> str:
    """An embed whose "A post shared by Name (@handle)" line stands over the caption and its date
    on a line under it, in the order the caption-first embed has: the caption, then the signature
    with its date ("A post shared by Name (@handle) on April 10, 2026"); any other block as it is."""
    lines = block.split("\n")
    at = next((k for k, line in enumerate(lines[:2])
               if len(line) < _POST_CHARS and _POST_LEAD.match(line.strip())
               and (sign := _POST_SIGNATURE.fullmatch(line.strip())) and not sign.group("date")), None)
    if at is None or len(lines) < at + 3:
        return block
    date_line = lines[-1].strip()
    caption = [line for line in lines[at + 1:-1] if line.strip()]
    if not caption or len(date_line) > 40 or not _is_date_line(date_line) or not _date_value(date_line):
        return block
    return "\n".join([*lines[:at], *caption, f"{lines[at].strip()} on {date_line}"])


# The header text extraction leaves above an Instagram embed. A post's signature in a paragraph of
# its own signs the paragraph above only when that one came right under this header (the caption);
# otherwise the paragraph above is the article's, and the signature goes as the embed's furniture.
_EMBED_HEADER = re.compile(r"^view (?:this|the) post on instagram$", re.I)


_NAV_LINE_WORDS = 5


_MENU_GAP = re.compile(r"\S(?: {2,}|\t+)(?=\S)")
_MENU_ITEMS = 4  # a menu row has at least this many items
_MENU_ITEM_WORDS = 3


_STACK_LINES = (2, 3)
_STACK_WORDS = 14


def _stacked_headline(para: str) -> str:
    """A headline set on two or three short lines, the first two in capitals (a name, then a
    subhead, perhaps a quoted kicker: "ANN LEE\nKEEPER STAYS ON ...\n'I'm Not Going'"), joined
    with spaces ('' for another block)."""
    lines = [line.strip() for line in para.strip().split("\n")]
    if not (_STACK_LINES[0] <= len(lines) <= _STACK_LINES[1]) or any(
            not 2 <= len(line.split()) <= _STACK_WORDS or _is_furniture(line) for line in lines):
        return ""
    if not all(any(c.isalpha() for c in line) and line == line.upper() for line in lines[:2]):
        return ""
    if any(line[-1:] in ",;:" or (line[-1:] in ".!?" and not line.endswith("...")) for line in lines[:2]):
        return ""
    return " ".join(lines)


def _menu_row(para: str) -> bool:
    """One line of a menu's items, set apart by runs of spaces or tabs ("News  Cast  Episodes  Fan
    Art  Contact"): four or more items of a few words, none ending like a sentence."""
    text = para.strip()
    if "\n" in text or len(text) > _SHORT_LINE or len(_MENU_GAP.findall(text)) + 1 < _MENU_ITEMS:
        return False
    items = re.split(r" {2,}|\t+", text)
    return all(len(item.split()) <= _MENU_ITEM_WORDS
               and (item[-1:] not in ".!?,;:\"”" or _MENU_SEARCH.match(item))
               and not _RELATIVE_STAMP.match(item) for item in items)  # ("4 hours ago": a story's meta row)


_MENU_SEARCH = re.compile(r"^search(?: \w+)?(?:\.\.\.|…)$", re.I)  # a menu's search box: "Search..."


_CONTROL_WORDS = 5


def _control_row(line: str) -> bool:
    """Two or three links spaced apart on one line, each a few words with no sentence's end
    ("Accessibility links   Skip to content   Accessibility Help", "E-mail this to a friend   Printable
    version")."""
    items = re.split(r" {2,}|\t+", line.strip())
    return 2 <= len(items) < _MENU_ITEMS and all(
        len(item.split()) <= _CONTROL_WORDS and item[-1:] not in ".!?,;:\"”" for item in items)


def _nav_block(para: str) -> bool:
    """A page head's block of menu, masthead and tagline lines: four or more lines, all but one of
    them a few words without a sentence's end."""
    lines = [line.strip() for line in para.split("\n") if line.strip()]
    long = [line for line in lines if (len(line.split()) > _NAV_LINE_WORDS or line[-1:] in ".!?\"”")
            and not _menu_row(line) and not _is_tagline(line)  # (a menu's row, the paper's motto)
            and not _control_row(line)]

    return len(lines) >= 4 and len(long) <= 1 and all(len(line.split()) <= _HEADLINE_WORDS for line in long)



# Two to four writers on one line, each with a short note perhaps ("Ann Lee (now) and Bo Hart"); a
# firm's name after "&" or "and" ("Ann Lee & Sons Funeral Directors", "… and Partners") is no writer.
_WRITER = (r"(?!(?:Sons?|Daughters?|Co|Partners|Associates|Brothers|Bros)\b)"
           r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: \([a-z ]{1,20}\))?")
_NAMES_LINE = re.compile(rf"^{_WRITER}(?:(?:,| and| &) {_WRITER}){{1,3}}$")


def _quoted_headline(line: str) -> bool:
    """A headline line, perhaps ending with a quotation ('Ep. 12 – Ann Lee: "My pier is a person"')."""
    return _headline_line(line) or (line[-1:] in "\"”’'" and _headline_line(line[:-1]))


def _caps_byline(lines: list[str], k: int) -> bool:
    """A writer's name alone in capitals over the date line ("ANA LIND", "Leeds - 3 MAR 2026")."""
    return (k + 1 < len(lines) and len(lines[k]) <= 60 and bool(_CAPS_NAME.match(lines[k]))
            and len(lines[k + 1]) <= 120 and _is_date_line(lines[k + 1]))


# A writer's or a guest's description under their name in a byline: a role, perhaps two joined by "and",
# then a comma and what they work on ("Writer and showrunner, The Slate Coast", "Senior reporter, Harbour
# Gazette").
_ROLE_UNDER_NAME = re.compile(r"^(?:(?:senior|chief|staff|guest|contributing|executive|deputy|lead|former) )?"
                              r"(?:writer|editor|reporter|correspondent|critic|columnist|contributor|producer"
                              r"|director|author|founder|showrunner|presenter|host|professor|researcher|chef"
                              r"|designer|analyst|journalist|photographer)"
                              r"(?: and (?:[a-z]+ )?[a-z]+)?, (?-i:[A-Z])", re.I)


def _described_name(lines: list[str], k: int) -> bool:
    """Whether line k is a person's name with their description under it (_ROLE_UNDER_NAME)."""
    return (k + 1 < len(lines) and bool(_NAME_LINE.fullmatch(lines[k].strip()))
            and 2 <= len(lines[k].split()) <= 3 and bool(_ROLE_UNDER_NAME.match(lines[k + 1].strip())))


def _byline_like(line: str) -> bool:
    """A date line, a byline, a "Posted by" line or a line of writers' names, under a headline."""
    return bool(line) and len(line) <= 160 and (
        _is_date_line(line) or _is_byline(line) or _is_posted_by(line) or bool(_NAMES_LINE.match(line))
        or bool(_byline_stamp(line)))


_DEK_WORDS = 40


def _dek_line(line: str) -> bool:
    """A standfirst under a headline: one or two sentences, no furniture."""
    return (4 <= len(line.split()) <= _DEK_WORDS and line[-1:] in ".!?\"”’'"
            and not _is_furniture(line) and not _headline_line(line))


# A writer's name in capitals, particles too ("ANA DE LA ROSA", "JOHAN VAN DER BERG"): a byline over
# the date line, never the headline.
# An event's name in capitals, a transcript's or a programme's heading over its day, never a writer's
# name ("NORTH COAST TENNIS OPEN", "NORDIC WINTER GAMES", "THE RIVERSIDE INVITATIONAL").
_EVENT_HEADING = re.compile(r" (?:OPEN|INTERNATIONAL|CHAMPIONSHIPS?|CLASSIC|INVITATIONAL|CUP|TROPHY|GAMES"
                            r"|TOURNAMENT|GRAND PRIX|CONFERENCE|SUMMIT|FESTIVAL)$")
_CAPS_NAME = re.compile(r"^[^\W\d_a-z]{2,}\.?(?: [^\W\d_a-z][^\W\d_a-z'’.-]*){1,4}$")


_HEAD_FURNITURE = re.compile(rf"^{_HEAD_ITEM}(?:{_HEAD_SEP}{_HEAD_ITEM}){{0,{_HEAD_ROW_ITEMS}}}$", re.I)
_HEAD_SKIP = 4  # blocks of head furniture alone a head may have between its headline and its byline


def _head_furniture(line: str) -> bool:
    """A share button or row, a reading time, a player's or a counter's line, the writer's e-mail
    address alone ("Share", "Facebook  X  WhatsApp  Email", "3 min read · Listen", "87",
    "ann@paper.is") in a page's head: never its headline, dek or byline, wherever it stands between
    them."""
    return len(line) <= 120 and bool(_HEAD_FURNITURE.match(line) or _COUNT_ALONE.match(line)
                                     or _EMAIL_LINE.match(line))


def _head_lines(block: str) -> list[str]:
    """A head block's lines, stripped, without its share, reading-time and counter lines."""
    return [t for line in block.split("\n") if (t := line.strip()) and not _head_furniture(t)]


def _kicker_line(line: str) -> bool:
    """A section label between a blog's date header and the post's title ("Music", "Culture › Film")."""
    return not _is_date_line(line) and (_is_breadcrumb(line) or (
        _short_head_line(line) and not _headline_line(line)))


def _section_label(line: str) -> bool:
    """A section's label of one or two words over a story's date line ("Sport", "Arts & Culture"),
    never a writer's name in capitals ("ANA LOPEZ") or a byline."""
    words = line.split()
    return (len(words) <= 2 and _kicker_line(line) and not (len(words) > 1 and line.isupper())
            and not _is_byline(line) and not any(ch.isdigit() for ch in line))


_CANDIDATE_REACH = 3  # lines under a headline-like line to its byline or date line (a dek between)


def _text_start(lines: list[str]) -> int:
    """Where a block's text starts: its first line of prose with another under it (a head holds a
    dek or a notice of one prose line at most); the block's length when it has no such pair. The
    first pair under the head's first headline-like line over a byline or a date line, when there is
    one: an appeal or a cookie notice of two prose lines over the head is the site's, not the text (a
    list's item over its date under the text has no such pair under it)."""
    prose = [_is_prose(line) for line in lines]
    pairs = [k for k in range(len(lines) - 1) if prose[k] and prose[k + 1]]
    head = next((k for k in range(len(lines) - 1) if not prose[k] and _headline_line(lines[k]) and any(
        _byline_like(t) for t in lines[k + 1:k + 1 + _CANDIDATE_REACH])), len(lines))
    return next((k for k in pairs if k > head), pairs[0] if pairs else len(lines))


def _dated_headline(paragraphs: list[str]) -> tuple[int, str] | None:
    """(block, line) of a headline known by its place in the page's head: right above the date line,
    a "Posted by … on <date>" line or the byline (a comment count alone may stand between), or right
    under a date line that opens its block (a blog's date header above the post's title, perhaps a
    section label between). Share rows, reading times and counters are passed over wherever they stand."""
    heads = [_head_lines(block) for block in paragraphs[:_DATE_LINE_HEAD + _HEAD_SKIP]]
    strapline: tuple[int, str] | None = None
    for n, block in enumerate(paragraphs[:_DATE_LINE_HEAD]):
        lines = heads[n]
        if not lines:
            continue  # a share row or a reading time alone in its block
        below = next((j for j in range(n + 1, len(heads)) if heads[j]), None)  # the next block with lines
        if len(lines) == 1 and len(lines[0]) <= 60 and _is_date_line(lines[0]) and _date_value(lines[0]):
            if (below is not None and len(heads[below]) == 1 and len(heads[below][0]) <= 250
                    and _headline_line(heads[below][0]) and not _is_prose(paragraphs[below])):
                return below, heads[below][0]  # a blog's date header alone over the post's title alone
        last = _text_start(lines) + 1  # (a page without blank lines is one block, its foot's lists too)
        for k, line in enumerate(lines):
            if k > last:
                break  # under the text's first lines: a sidebar's or a list's item over its date
            after = lines[k + 1:k + 3]
            alone = not after and len(lines) == 1 and below is not None
            if alone and below is not None:  # a headline alone in its block, over its byline's block
                after = heads[below][:1]  # (a section label over the date line passed over: "Sport")
                if len(heads[below]) > 1 and _section_label(after[0]) and _byline_like(heads[below][1]):
                    after = heads[below][1:2]
                elif (len(heads[below]) > 2 and all(_short_head_line(t) for t in heads[below][:2])
                      and not _byline_like(after[0]) and _is_date_line(heads[below][2])):
                    after = heads[below][2:3]  # a dateline's place and a wire credit over the date line
                    # ("ISTANBUL", "Ledger with wires", "November 24 2026 09:48")
            if len(after) == 2 and _COUNT_ALONE.match(after[0]):
                after = after[1:]
            nxt = after[0] if after else ""
            if (_NAMES_LINE.match(line) or (len(line) <= 160 and _POSTED_BY.match(line))
                    or (_CAPS_NAME.match(line) and _is_date_line(nxt) and not _EVENT_HEADING.search(line))):
                continue  # "Ann Lee (now) and Bo Hart (earlier)", "Posted by Ann in Cats", "ANA DE LA ROSA"
                # over the date line: the writers
            if k and _described_name(lines, k - 1):
                continue  # "Marcus Hale" over "Writer and showrunner, The Slate Coast": the guest's byline
            above = _byline_like(nxt) or _caps_byline(lines, k + 1) or _described_name(lines, k + 1) or (
                # a dek of two sentences between
                k + 2 < len(lines) and (_byline_like(lines[k + 2]) or _caps_byline(lines, k + 2))
                and _dek_line(nxt) and _headline_line(line)) or (  # ("Yes, it was. That is not all.")
                # a dek, then a name-only byline over its date line ("Ann Lee", "Nov 21, 2026")
                k + 3 < len(lines) and _dek_line(nxt) and _headline_line(line)
                and _name_by_date(lines, k + 2) and _is_date_line(lines[k + 3]))
            under = (1 <= k <= 2 and len(lines[0]) <= 60 and _is_date_line(lines[0]) and len(lines) > k + 1
                     and all(_kicker_line(t) for t in lines[1:k]))
            if not (above or under) or len(line) > 250 or _AGO_END.search(line) or not _quoted_headline(line):
                continue  # "Asked 5 years, 8 months ago" is a stamp; a headline may end with a quote
            if _entry_over_entry(lines, k):
                continue  # a log's or feed's entry (a title over "2 days ago", another pair under it)
            if k and not under and _is_masthead(lines[k - 1]) and _is_date_line(nxt) and strapline is None:
                strapline = n, line  # the paper's name, its strapline, the day's date bar: a headline
                continue  # only when no other stands in the head
            top = k
            while above and top and len(lines[top - 1]) <= 250 and _quoted_headline(lines[top - 1]):
                top -= 1  # a dek (or a show's name) under the headline stands right above the byline
            over = next((j for j in range(n - 1, -1, -1) if heads[j]), None) if alone else None
            higher = "\n".join(heads[over]) if over is not None else ""
            if (higher and "\n" not in higher and len(higher) <= 250 and _quoted_headline(higher)
                    and not _menu_row(higher)):
                return over or 0, higher  # the dek's block under the headline's, both alone
            return n, lines[top]
        if _is_prose(block) and not _nav_block(block) and not (n == 0 and _masthead_pair(lines)):
            return strapline
    return strapline


def _entry_over_entry(lines: list[str], k: int) -> bool:
    """Whether line k is a title in a list of entries, each a title over its relative age ("A note about
    the patch", "2 days ago", "Launch day", "12 days ago"), another pair over or under it: a devlog's or
    a feed's entry, no headline."""
    if not (k + 1 < len(lines) and _AGO_END.search(lines[k + 1])):
        return False
    under = k + 3 < len(lines) and bool(_AGO_END.search(lines[k + 3])) and not _AGO_END.search(lines[k + 2])
    over = k >= 2 and bool(_AGO_END.search(lines[k - 1])) and not _AGO_END.search(lines[k - 2])
    return under or over


_MOTTO_WORDS = 15


def _masthead_pair(lines: list[str]) -> bool:
    """A page's first block as a blog's wordmark over its tagline ("ADAGIST", "Celebrity gist, fashion
    and everything in between!"): a name of a few words, then one line short of a paragraph."""
    return (len(lines) == 2 and len(lines[0].split()) <= _MASTHEAD_WORDS and lines[0][-1:] not in ".!?,;:"
            and len(lines[1].split()) <= _MOTTO_WORDS)


_FIRST_PUBLISHED = re.compile(r"^first published(?: on)?:?\s+(?P<date>\S.{4,80})$", re.I)


_UPDATED_LABEL = re.compile(r"^\s*(?:last )?(?:updated|modified)\s*(?:on|at)?\s*:?\s*(?=\S)", re.I)


_BY_LEAD = re.compile(r"^(?:written |reported |posted )?by\b", re.I)


def _updated_value(line: str) -> str:
    """The day of a line that is only an update's stamp ("Updated: March 18, 2024 14:32 IST"): under
    the byline, the publication day of a page whose head prints no other date ('' for any other
    line; an update's stamp alone, away from a byline, may be a live page's latest)."""
    label = _UPDATED_LABEL.match(line) if len(line) <= 120 else None
    rest = line[label.end():].strip() if label else ""
    return _date_value(rest) if rest and _is_date_line(rest) and not _UPDATED_LABEL.search(rest) else ""


def _first_published(lines: list[str]) -> str:
    """The date of a "First published on Tue 11 Jun 2024 09.05 BST" line ('' for none): a live page
    prints its last update's stamp above it, and the first is the publication date."""
    for line in lines:
        found = _FIRST_PUBLISHED.match(line.strip()) if len(line) <= 120 else None
        if found and _is_date_line(found["date"]) and (value := _date_value(found["date"])):
            return value
    return ""


# A work's stats row: label and value pairs on one line ("Published: 2026-10-02 Updated: 2026-11-19
# Chapters: 4/? Words: 3,120"); the published one dates the page.
_STATS_LABEL = re.compile(r"(?:^|\s)(?-i:[A-Z])[\w-]*(?: [\w-]+)?:(?=\s)")
_STATS_PUBLISHED = re.compile(r"(?:^|\s)(?:published|posted|first posted)\s*:\s*(?P<date>.+)$", re.I)
_STATS_ROW_LABELS = 3
_STATS_ROW_CHARS = 300


def _stats_date(lines: list[str]) -> str:
    """The publication day in a stats row among the lines ('' for none)."""
    for line in lines:
        text = line.strip()
        if len(text) > _STATS_ROW_CHARS or len(_STATS_LABEL.findall(text)) < _STATS_ROW_LABELS:
            continue
        if (found := _STATS_PUBLISHED.search(text)) is None:
            continue
        rest = found["date"]
        value = rest[:nxt.start()].strip() if (nxt := _STATS_LABEL.search(rest)) else rest.strip()
        if value and _is_date_line(value) and (day := _date_value(value)):
            return day
    return ""


def _late_date(paragraphs: list[str], head_date: str) -> str:
    """The publication date a line anywhere on the page gives: the day a petition or campaign was
    created (over the head's date), else a fact box's "Date" line when the head has none."""
    labelled = ""
    prose = False  # a paragraph of prose above: "Created Mar 3, 2012" there is a sidebar's community's
    for n, para in enumerate(paragraphs):
        if prose and is_mail_header(para):
            continue  # an email the article prints: its "Date:" is the email's, not the page's
        rows = para.split("\n")
        for k, line in enumerate(rows):
            text = line.strip()
            below = rows[k + 1].strip() if k + 1 < len(rows) else ""
            if not labelled and _OPENS_LABEL.match(text) and _is_date_line(below):
                labelled = _date_value(below)  # "Consultation opens" over "02 April 2024"
            if len(text) > 80 or not text[:1].isalpha():
                continue
            if (created := _CREATED_ON.match(text)) and _is_date_line(created.group("date")):
                return _date_value(created.group("date")) or head_date
            acted = _ACTED_ON.match(text) if n < _DATE_LINE_HEAD else _POSTED_LABEL.match(text)
            if acted and prose and n < _DATE_LINE_HEAD and not _ASKED_WORD.match(text):
                acted = None  # after the prose only a question's card dates the page ("asked Mar 14, 2019")
            if not labelled and (label := _LABELLED_DATE.match(text) or acted) and _is_date_line(
                    label.group("date")):
                labelled = _date_value(label.group("date"))
        prose = prose or _is_prose(para)
    return head_date or labelled


_SUBHEAD_WORDS = 7


def _subhead_over_prose(para: str) -> str:
    """The first line of a paragraph when it is a subheading glued to the prose under it (a short
    capitalised line with no sentence end, no quote and no colon: "What the board said"); ''."""
    if "\n" not in para:
        return ""
    first, rest = para.split("\n", 1)
    text = first.strip()
    if (not text or len(text.split()) > _SUBHEAD_WORDS or not text[0].isupper() or text[-1] in ".!?:;,…-–—)"
            or any(q in text for q in "\"“”‘’'") or _is_furniture(text) or _CHAT_HEADER.match(text)):
        return ""  # (a chat message's header, "Ann Lee  9:12 AM", names the message's writer: no heading)
    under = rest.split("\n", 1)[0]
    # (a line that goes on in lower case, "The vote was close\nbut the mayor …", is one sentence wrapped)
    return first if _is_prose(under) and not under.lstrip()[:1].islower() else ""


# A line of a who-said-what box: a name, a comma and an affiliation (perhaps with "&" in it), set off by
# a colon before the quote ("Ann Lee, Hart & Sons: “…”"; not a headline's "Lee Stands Firm: “…”").
_BOX_QUOTE_LINE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}, [^:“”\"\n]{1,60}:\s+[“\"]\S")


# A pull quote set in title case: a name, a colon, the quote with its words capitalised ("Lee: “We Will
# Not Back Down.”"), a display line repeating the body's words, not a who-said-what box's line.
_TITLE_CASE_PULL_QUOTE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}:\s+"
                                    r"[“\"‘](?P<quote>[^“”\"\n]+)[”\"’]\.?$")
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to".split())
_QUOTED_WORDS = re.compile(r"[“\"‘]([^“”\"\n]{3,})[”\"’]")


def _words_of(text: str) -> str:
    """A quote's words, lower-cased, without punctuation (to find a quote printed again in other case)."""
    return " ".join(re.findall(r"[\w'’]+", text.casefold()))


def _in_title_case(quote: str) -> bool:
    """Whether a quote's words are capitalised as a headline's (three words or more, all but small ones)."""
    words = re.findall(r"[A-Za-z][\w'’]*", quote)
    return len(words) >= 3 and all(w[0].isupper() for w in words[1:] if w.casefold() not in _SMALL_WORDS) \
        and words[0][0].isupper()


def _repeats_a_body_quote(text: str, body: list[str]) -> bool:
    """A display line whose quote the body already carries (in any case): a pull quote, not a statement.
    It is a title-case "Name: “Quote In Title Case”" too, or its quote's words are one of the body's."""
    pull = _TITLE_CASE_PULL_QUOTE.match(text)
    if pull is not None and _in_title_case(pull.group("quote")):
        return True
    said = {_words_of(q) for para in body for q in _QUOTED_WORDS.findall(para)}
    return any(len(words.split()) >= 3 and any(words in other for other in said)
               for q in _QUOTED_WORDS.findall(text) if (words := _words_of(q)))


def _body_text_not_title(para: str, following: str, body: list[str] | None = None) -> bool:
    """A title-case paragraph inside the body (the page has its title, its head is read) that is the
    article's text, not another title: it carries a quote (a who-said-what box's line, "Ann Lee, Hart &
    Sons: “…”") or asks a question that prose under it answers (a Q&A's "Where Did It Begin?"). A
    section heading in title case over a list of links is neither, and the caller keeps the headlines
    under a link heading ("Related Stories") out; nor is a pull quote repeating a quote of the body
    (the paragraphs kept so far)."""
    text = para.strip()
    if "\n" in text:
        return False
    if _QUOTED_SENTENCE.search(text) or _BOX_QUOTE_LINE.match(text):
        return not _repeats_a_body_quote(text, body or [])
    return text.endswith("?") and _is_prose(following)


# A photo caption without a credit: a name (or "The mayor"), then what the photo shows the person
# doing, with no sentence end ("Ann Lee speaking to journalists", "The Mayor pictured in 2019").
# (not "seen as": "Ada Lind seen as the favourite to win" is a subheading; two capitalised words at
# least, a name or "The Mayor": "Voters seen shifting to Lind" is one too)
_PARTICIPLE_CAPTION = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){2,4}(?:speaking|pictured|seen(?!\s+as\b)"
                                 r"|photographed|arriving"
                                 r"|addressing|posing|performing|leaving|attending)"
                                 r"\b[^.!?\"“”:;]{0,80}$")
_CAPTION_WORDS = 14


# A writer's e-mail address alone on a line of the article (under the byline, at the end): never prose.
# (Not a furniture line everywhere: a fediverse commenter's handle has the same shape.)
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _page_name(paragraphs: list[str], n: int) -> str:
    """A wiki page's name: a short name opening block n, with only the page's buttons and edit note
    under it ("Edit", "History", "Talk (3)", "Last edited by … 2 days ago"), that opens the next
    block again (the infobox's heading); '' for any other block."""
    lines = [line.strip() for line in paragraphs[n].split("\n") if line.strip()]
    if not lines or n + 1 >= len(paragraphs) or len(lines[0]) > 60:
        return ""
    name = lines[0]
    if (not _NAME_LINE.fullmatch(name) or name.lower() in _SECTION_WORDS | _UI_WORDS
            or paragraphs[n + 1].strip().split("\n", 1)[0].strip() != name):
        return ""
    return name if all(_is_ui_line(line) or _is_furniture(line) for line in lines[1:]) else ""


_POST_TITLE_WORDS = 40


def _title_over_poster(lines: list[str]) -> str:
    """A user's post's title opening its block right over the poster's handle and the post's day
    ("The vocal is a 1994 field recording. Side by side inside.", "ann_lee", "Nov 14, 2026"): the
    page's heading, whole, though it may end like a sentence or hold two (an image host's, a forum's
    post); '' for any other block."""
    rows = [line.strip() for line in lines if line.strip()]
    if len(rows) < 3 or not _HANDLE_LINE.match(rows[1]) or not (
            len(rows[2]) <= 40 and _is_date_line(rows[2])):
        return ""
    title = rows[0]
    if (not 3 <= len(title.split()) <= _POST_TITLE_WORDS or len(title) > 250 or _is_furniture(title)
            or _HANDLE_LINE.match(title) or _is_date_line(title)):
        return ""
    return title


_MIN_COUNT_PAIRS = 2


def _name_over_counts(lines: list[str]) -> str:
    """A profile page's heading: a short name opening its block right over two labelled counts or more,
    each label over its figure ("CALLANDER", "Listeners", "1.2M", "Scrobbles", "18.4M"; an artist's, a
    channel's or a podcast's page); '' for any other block."""
    rows = [line.strip() for line in lines]
    if len(rows) < 1 + 2 * _MIN_COUNT_PAIRS or len(rows[0]) > 60:
        return ""
    name = rows[0]
    if not _NAME_LINE.fullmatch(name) or name.lower() in _SECTION_WORDS | _UI_WORDS:
        return ""
    pairs = 0
    while 2 * pairs + 2 < len(rows) and _STAT_LABEL.match(rows[2 * pairs + 1]) and len(
            rows[2 * pairs + 1]) < 30 and _COUNT_ALONE.match(rows[2 * pairs + 2]):
        pairs += 1
    return name if pairs >= _MIN_COUNT_PAIRS else ""


_VERSION_LINE = re.compile(r"^(?:version|v\.?|release|build) ?\d+(?:\.\d+)+\b", re.I)


def _item_stamp(lines: list[str], k: int) -> bool:
    """Line k is the stamp of one item on a list page, not of the page: a review's day under its
    rating ("Rated 2 out of 5 stars", "Nov 17, 2026"), a release's day over or under its version
    number ("Nov 20, 2026", "Version 4.2.1" in an app's version history)."""
    above = lines[k - 1].strip() if k else ""
    below = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return bool(_SCORE_LINE.match(above) or _VERSION_LINE.match(above) or _VERSION_LINE.match(below)
                or _UPDATE_LABEL_ALONE.match(above) or _EPISODE_CODE.match(below))


# An episode's number over its title in a show's episode list ("S4 E6: The Daughter's Word", "Episode
# 212 · The Ferry"): the date over it is the episode's, not the page's.
_EPISODE_CODE = re.compile(r"^(?:S\d{1,2}\s?E\d{1,3}|(?:episode|ep\.?)\s?#?\d{1,4})"
                           r"(?:[:.·•|–—-]|\s[:·•|–—-])\s", re.I)


def _label_over_day(lines: list[str]) -> str:
    """The day under an update's label alone under the byline ("By Ann Lee", "Updated on", "23 November
    2026"): the article's stamp, as "Updated on 23 November 2026" on one line is; or ''."""
    for k in range(2, len(lines)):
        line = lines[k].strip()
        if (_UPDATE_LABEL_ALONE.match(lines[k - 1].strip()) and _BY_LEAD.match(lines[k - 2].strip())
                and len(line) <= 60 and _is_date_line(line) and (day := _date_value(line))):
            return day
    return ""


# An update's label alone over its day (a store listing's "Updated on" over "Nov 21, 2026"): the day the
# page last changed, never the day it was published.
_UPDATE_LABEL_ALONE = re.compile(r"^(?:last )?(?:updated|modified)(?: on| at)?\s*:?$", re.I)


_FIELD_LABEL = re.compile(r"^\s*(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2}:$")


# A stats panel as text extraction leaves it: each figure's label on a line of its own over its value
# ("Distance" / "352.63 km", "Moving Time" / "61:48:02", "Pace" / "10:31 /km", "Calories" / "21,406").
_STAT_LABEL = re.compile(r"^(?-i:[A-Z])[a-z]+(?: [A-Za-z]+){0,2}$")
_STAT_VALUE = re.compile(r"^\d[\d,.:]*(?:\s?(?:[a-zA-Z]{1,4}|%|/\s?[a-z]{1,3})){0,2}$")
_MIN_STAT_PAIRS = 3  # a label over a figure once is a sentence's fragment; three make a panel


# A facts table's row on two lines: the label with its colon ("Format:", "Avg Rating:") over its value
# ("Vinyl, LP, Album", "214", "--"), a few words that are no sentence and no other label.
_FACT_LABEL = re.compile(r"^(?-i:[A-Z])[\w'’&/.-]*(?: [\w'’&/.-]+){0,3}:$")
_FACT_VALUE_WORDS = 8
_MIN_FACT_ROWS = 3  # a label over its value once may be an article's line; three in a run make a table


# A fact's value is data: a figure, a date, a length, a unit, or a name in capitals ("Sunwax Records –
# SWX-031", "Vinyl, LP, Album", "Very good"); a phrase of common words ("The rattling mudguard", "Buses
# move to the ring road") is a verdict box's or a timeline's line, the article's text.
_FACT_JOINER = frozenset({"of", "and", "the", "a", "an", "in", "on", "at", "by", "for", "per", "to", "x", "&",
                          "de", "la", "le", "van", "von", "der", "y", "e", "du", "des", "or"})
_MAX_COMMON_WORDS = 1


def _fact_value(line: str) -> bool:
    text = line.strip()
    return (bool(text) and len(text) <= 60 and len(text.split()) <= _FACT_VALUE_WORDS
            and text[-1:] not in ".!?:\"”" and not _FACT_LABEL.match(text) and _data_value(text))


def _data_value(text: str) -> bool:
    """Whether a value reads as data, not a clause: a digit in it, or at most one common (lower-case)
    word besides the joiners of names and units."""
    if any(c.isdigit() for c in text):
        return True
    words = [w.strip(",;()–—-/'’") for w in text.split()]
    return sum(bool(w) and w[0].islower() and w not in _FACT_JOINER for w in words) <= _MAX_COMMON_WORDS


def _fact_rows(lines: list[str]) -> set[int]:
    """The lines of a block's facts tables: runs of _MIN_FACT_ROWS rows at least, each a label with its
    colon over its value (a release's or a product's facts: "Label:" over "Sunwax Records – SWX-031")."""
    found: set[int] = set()
    k = 0
    while k < len(lines) - 1:
        j = k
        while j < len(lines) - 1 and _FACT_LABEL.match(lines[j].strip()) and _fact_value(lines[j + 1]):
            j += 2
        if (j - k) // 2 >= _MIN_FACT_ROWS:
            found |= set(range(k, j))
        k = max(j, k + 1)
    return found


# A player's label over its times ("Listen to this article", "00:00", "06:41": the elapsed and the whole
# time, each alone on its line).
_LISTEN_LABEL = re.compile(r"^(?:listen|play|watch)(?: now| to this (?:article|story|episode))?$", re.I)
_BARE_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_PLAYER_TIMES = 2


# A comment list's sort choices, one a line ("Oldest" / "Newest" / "Most Voted", "Oldest first" /
# "Newest first"): two or more in a row, one of them by age (alone, such a word may be a commenter's name).
_SORT_CHOICE = re.compile(r"^(?:(?:oldest|newest)(?: first)?|most (?:voted|liked|popular|replied)|top rated"
                          r"|best)$", re.I)
_SORT_BY_AGE = re.compile(r"^(?:oldest|newest)\b", re.I)
_MIN_SORT_CHOICES = 2


def _sort_choices(lines: list[str]) -> set[int]:
    """The lines of a block that are a sort control's choices: runs of two or more _SORT_CHOICE lines,
    one of them by age."""
    found: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if _SORT_CHOICE.match(line.strip()):
            run.append(k)
            continue
        if len(run) >= _MIN_SORT_CHOICES and any(_SORT_BY_AGE.match(lines[j].strip()) for j in run):
            found |= set(run)
        run = []
    return found


def _player_times(lines: list[str]) -> set[int]:
    """The lines of a block that are a player's times: bare clock times right under its label."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if _LISTEN_LABEL.match(line.strip()):
            j = k + 1
            while j < len(lines) and j - k <= _PLAYER_TIMES and _BARE_CLOCK.match(lines[j].strip()):
                found.add(j)
                j += 1
    return found


def _stat_pairs(lines: list[str]) -> set[int]:
    """The lines of a block that are a stats panel's labels and values (three pairs at least)."""
    pairs = [k for k in range(len(lines) - 1)
             if len(lines[k]) < 30 and len(lines[k + 1]) < 20 and _STAT_LABEL.match(lines[k].strip())
             and _STAT_VALUE.match(lines[k + 1].strip())]
    if len(pairs) < _MIN_STAT_PAIRS:
        return set()
    return {j for k in pairs for j in (k, k + 1)}


# A rating summary's rows: a category and its score ("Culture & values 4.2", "Work/Life balance 3.3") or a
# share and what it measures ("81% Recommend to a friend", "76% Approve of CEO"); three in a row at least
# (one such line is an article's figure).
_SCORE_ROW = re.compile(r"^(?:[A-Z][\w&/,'’ -]{2,40}?\s+(?:[0-5][.,]\d|10(?:[.,]0)?|\d[.,]\d\s?/\s?(?:5|10))"
                        r"|\d{1,3}\s?%\s+[A-Za-z][\w'’ ]{2,40})$")
_MIN_SCORE_ROWS = 3
# the count over a summary ("48 reviews"; alone, under a reviewer's name, it is the reviewer's)
_RATINGS_COUNT = re.compile(r"^\d[\d,.]*[km]? (?:reviews|ratings|user ratings|global ratings)$", re.I)


def _score_rows(lines: list[str]) -> set[int]:
    """The lines of a block that are a rating summary's rows, in runs of _MIN_SCORE_ROWS at least, and
    the count of ratings right above a run."""
    rows = [k for k, line in enumerate(lines) if len(line) <= 60 and _SCORE_ROW.match(line.strip())]
    found: set[int] = set()
    run: list[int] = []
    for k in [*rows, -2]:
        if run and k != run[-1] + 1:
            if len(run) >= _MIN_SCORE_ROWS:
                counted = run[0] > 0 and _RATINGS_COUNT.match(lines[run[0] - 1].strip())
                found |= set(run) | ({run[0] - 1} if counted else set())
            run = []
        run.append(k)
    return found


# A minutes page's roll call: under "Attendance", "Apologies" or "Present", the members one a line, each
# with a title and perhaps a role in brackets ("Councillor Isla Munro (Chair)", "Cllr Bo Hart").
_ROLL_LABEL = re.compile(r"^(?:attendance|apologies(?: for absence)?|present|also present|in attendance"
                         r"|members present)\s*:?$", re.I)
_ROLL_MEMBER = re.compile(r"^(?:councillor|cllr\.?|bailie|provost|alderman|mr|mrs|ms|miss|dr)\s+(?-i:[A-Z])"
                          r"[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s+\([^()]{1,40}\))?$", re.I)


# A page's labelled panel: a heading alone on its line over items of one kind, with no blank line
# between (a radio station's "Recently Played" tracks and "Listen Again" shows, an album page's
# "Tracklist" and "Credits", a tag panel's "Topics", a social site's "Relevant people" and "What's
# happening" trends). The heading only counts over _MIN_PANEL_ITEMS items its kind allows, so the word
# alone in an article ("Credits" as a film piece's crosshead over its prose) stays the article's.
# "Song 3:12": a track with its duration; "1. Song": a numbered title, a track only while it is short and no
# sentence (an article's numbered list under a "Tracks" crosshead, "1. The coast path from the bay to the
# lighthouse", is its routes or points, longer than a song's name)
_PANEL_TRACK_TIMED = re.compile(r"^\S.{0,60}?\s+\(?\d{1,2}:\d{2}\)?$")
_PANEL_TRACK_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<title>\S.{0,60}?)$")
_PANEL_ROLE = re.compile(r"^[A-Z][\w'’&/ -]{1,40}:\s+[A-Z][\w'’.&, -]{1,60}$")  # "Producer: Idris Flint"
_PANEL_PLAYED = re.compile(r"^\d{1,2}[:.]\d{2}\s+\S.{0,80}$")  # "07:09 Artist – Song"
_PANEL_HEADINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:track ?list(?:ing)?|tracks)$", re.I), "track"),
    (re.compile(r"^(?:credits|album credits|personnel)$", re.I), "role"),
    (re.compile(r"^(?:recently played|just played|last played|now playing)$", re.I), "played"),
    (re.compile(r"^(?:listen again|catch up|on demand|topics|tags|related topics|relevant people"
                r"|who to follow|you might like|what['’]s happening|trends for you|trending now)$", re.I),
     "short"),
)
_MIN_PANEL_ITEMS = 2
_PANEL_ITEM_WORDS = 6


def _panel_item(kind: str, text: str) -> bool:
    """A line of the panel's kind: a track, a role and its holder, a played track's time, a short label."""
    if kind == "track":
        return bool(_PANEL_TRACK_TIMED.match(text)) or _numbered_title(text)
    if kind == "role":
        return _role_and_holder(text)
    if kind == "played":
        return bool(_PANEL_PLAYED.match(text))
    return 0 < len(text.split()) <= _PANEL_ITEM_WORDS and len(text) <= 60 and text[-1:] not in ".!?\"”:"


def _role_and_holder(text: str) -> bool:
    """A credit's role and its holders ("Producer: Idris Flint", "Strings: Ana Roe, Tim Lund"): the
    holders are names, never a sentence ("Staff: Three nurses left the ward in May.")."""
    if not _PANEL_ROLE.match(text):
        return False
    holders = text.split(":", 1)[1].strip()
    names = re.split(r",|&| and ", holders)
    return holders[-1:] not in ".!?" and all(len(name.split()) <= 4 for name in names)


def _numbered_title(text: str) -> bool:
    """A numbered song title ("2. Rope and Anchor"): short, with no sentence's stop or past verb."""
    match = _PANEL_TRACK_NUMBERED.match(text)
    if match is None:
        return False
    title = match["title"]
    return (len(title.split()) <= _PANEL_ITEM_WORDS and title[-1:] not in ".!?"
            and not _PAST_VERB.search(title))


def _labelled_panels(lines: list[str]) -> set[int]:
    """The lines of a block's labelled panels: each heading and its items."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        text = line.strip()
        if len(text) > 30 or k in found:
            continue
        kind = next((kind for pattern, kind in _PANEL_HEADINGS if pattern.match(text)), None)
        if kind is None:
            continue
        j = k + 1
        while j < len(lines) and _panel_item(kind, lines[j].strip()):
            j += 1
        if j - k - 1 >= _MIN_PANEL_ITEMS:
            found |= set(range(k, j)) if kind != "short" else {k}
    return found


def _roll_call(lines: list[str]) -> set[int]:
    """The members' lines of a block's roll calls (the label's own line is furniture already)."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if len(line) <= 30 and _ROLL_LABEL.match(line.strip()):
            j = k + 1
            while j < len(lines) and len(lines[j]) <= 80 and _ROLL_MEMBER.match(lines[j].strip()):
                found.add(j)
                j += 1
    return found


def _field_row(lines: list[str], k: int) -> bool:
    """Line k is a field of a metadata box above a work's title: its label alone ("Rating:") or the
    value set in under it ("    Teen And Up Audiences"), never the headline."""
    if _FIELD_LABEL.match(lines[k]) and k + 1 < len(lines):
        return _indent_of(lines[k + 1]) > _indent_of(lines[k])
    return bool(k and _FIELD_LABEL.match(lines[k - 1]) and _indent_of(lines[k]) > _indent_of(lines[k - 1]))


_HANDLE_LINE = re.compile(r"^@?[a-z0-9][a-z0-9_.-]{2,29}$")
_SIGNED_TITLE_WORDS = 12


def _title_over_handle(paragraphs: list[str], n: int) -> str:
    """A work's title over its poster's handle alone in block n ("the notebook in the tin",
    "pinchofmace") with the work's summary or text under them ('' for none; a journal's name over
    its handle, with the journal's menu under them, names the journal, not the post)."""
    lines = [line.strip() for line in paragraphs[n].split("\n") if line.strip()]
    if len(lines) != 2 or n + 1 >= len(paragraphs):
        return ""
    by = _BY_HANDLE.match(lines[1])  # "by imogentrask": a serial's writer under its title
    if not (by or _HANDLE_LINE.match(lines[1])):
        return ""
    handle = by["handle"] if by else lines[1]
    title, under = lines[0], paragraphs[n + 1].strip()
    if (not 1 <= len(title.split()) <= _SIGNED_TITLE_WORDS or title[-1:] in ".,;:!?" or _short_ui(title)
            or _is_furniture(title) or handle in title.lower()):
        return ""
    first = under.split("\n", 1)[0]
    if by and _work_stats(under.split("\n")):
        return title  # the work's status and counts under it ("Ongoing • First published …", "18.4K Reads")
    return title if _is_prose(under) and (_FIELD_LABEL.match(first) or _is_prose(first)) else ""


_BY_HANDLE = re.compile(r"^by\s+@?(?P<handle>[a-z0-9][a-z0-9_.-]{2,29})$")
# A serial's counts and status under its title and writer: "18.4K Reads • 2.1K Votes • 7 Parts",
# "Ongoing • First published Mar 02, 2026", "Completed", "12 chapters".
_WORK_STAT = re.compile(r"\b\d[\d.,]*\s?[KkMm]?\s+(?:reads|votes|parts|chapters|kudos|hits|words|bookmarks)\b"
                        r"|^(?:ongoing|completed?|on hiatus)\b|\bfirst published\b", re.I)


def _work_stats(lines: list[str]) -> bool:
    """Whether a block is a work's status and counts lines (above): short lines, one a count or status."""
    rows = [line.strip() for line in lines if line.strip()]
    return (bool(rows) and all(len(row) <= 80 and not _is_prose(row) for row in rows)
            and any(_WORK_STAT.search(row) for row in rows))


def _journal_name(paragraphs: list[str], n: int) -> bool:
    """Block n is a journal's or blog's name over its owner's handle alone, with the journal's menu
    (short lines only) in the next block, or the entry's stamp and the handle again as its poster
    ("notes from the harbour wall", "harbourwall"; "Nov. 3rd, 2026", "[profile] harbourwall")."""
    lines = [line.strip() for line in paragraphs[n].split("\n") if line.strip()]
    if len(lines) != 2 or n + 1 >= len(paragraphs) or not _HANDLE_LINE.match(lines[1]):
        return False
    under = [line.strip() for line in paragraphs[n + 1].split("\n") if line.strip()]
    if any(line != lines[1] and lines[1] in line.split() and len(line.split()) <= 4 for line in under):
        return any(_is_date_line(line) for line in under[:3] if len(line) <= 80)
    return len(under) >= 3 and all(len(line.split()) <= 3 and not _is_prose(line) for line in under)


def _crumb_name(paragraphs: list[str], n: int) -> str:
    """The page's name where block n is a breadcrumb alone ("Events › Music Festival › Tidefall") whose
    last part opens the next block again (the profile's or product's heading under its trail)."""
    lines = [line.strip() for line in paragraphs[n].split("\n") if line.strip()]
    if len(lines) != 1 or n + 1 >= len(paragraphs) or not _is_breadcrumb(lines[0]):
        return ""
    name = _CRUMB_SPLIT.split(lines[0])[-1].strip()
    following = paragraphs[n + 1].strip().split("\n", 1)[0].strip()
    return name if following == name and len(name.split()) <= 8 and not _short_ui(name) else ""


# A team chat's message header as copied: the sender's name, two spaces, the time ("Ann Lee  9:12 AM").
_CHAT_HEADER = re.compile(r"^\S.{0,40}?\S {2,}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$")
_CHAT_SHORTCODE = re.compile(r"^(?::[a-z0-9_+-]{1,40}:\s*|[\U0001F300-\U0001FAFF\u2600-\u27bf]\ufe0f?\s*)+")
_CHAT_SUBJECT_WORDS = (3, 20)


def _chat_subject(lines: list[str]) -> str:
    """The subject line opening a chat message under its header, a pin or an emoji before it perhaps
    (":pushpin: Statement on the clip: final version"), with prose under it: a few words, no sentence
    end; '' for any other block."""
    rows = [line.strip() for line in lines]
    if len(rows) < 3 or len(rows[0]) > 60:
        return ""
    if _CHAT_HEADER.match(rows[0]):
        at = 1
    elif _PRIORITY_LABEL.match(rows[0]) and rows[0].endswith("!"):
        at = 1  # the label opening the message whose header a comment reader took ("Important!")
    elif (len(rows) > 3 and len(rows[1]) <= 40 and _is_date_line(rows[1]) and _name_like(
            _GUEST_MARK.sub("", rows[0]), _NAME_WORDS) and rows[0][-1:] not in ".!?"):
        at = 2  # the sender's name over the stamp ("Dana Lee (External)", "11/20/2026 8:02 AM")
        while at < len(rows) - 2 and _PRIORITY_LABEL.match(rows[at]):
            at += 1  # "Important!" over the subject
    else:
        return ""
    subject = _CHAT_SHORTCODE.sub("", rows[at]).strip()
    fewest, most = _CHAT_SUBJECT_WORDS
    if (not fewest <= len(subject.split()) <= most or subject[-1:] in ".!?\"”’:"
            or not _is_prose(rows[at + 1])):
        return ""
    return subject


_GUEST_MARK = re.compile(r"\s+\((?:external|guest)\)$", re.I)
_PRIORITY_LABEL = re.compile(r"^(?:important|urgent|announcement)!?$", re.I)


def _stamp_under(paragraphs: list[str], n: int) -> str:
    """The day of the date line that opens the block under block n (a section label over it passed
    over: "Sport", "23 November 2026 - 11:20", "By Ann Lee"), or ''."""
    below = next((rows for block in paragraphs[n + 1:n + 1 + _HEAD_SKIP] if (rows := _head_lines(block))), [])
    if len(below) > 1 and _section_label(below[0]):
        below = below[1:]
    line = below[0] if below else ""
    return _date_value(line) if len(line) <= 60 and _is_date_line(line) else ""


def _event_day_above(paragraphs: list[str], title: str, day: str) -> bool:
    """Whether `day` is an event's: a date line above the title, whose host line stands right under it
    ("Friday, November 27, 2026" over "Book talk", "Hosted by", the host)."""
    if not title:
        return False
    for n, block in enumerate(paragraphs[:_DATE_LINE_HEAD]):
        lines = [line.strip() for line in block.split("\n")]
        if title not in lines:
            continue
        at = lines.index(title)
        if not any(_HOSTED_BY.match(line) for line in lines[at + 1:at + 1 + _STAMP_REACH]):
            return False
        above = [line.strip() for para in paragraphs[:n] for line in para.split("\n")] + lines[:at]
        return any(len(line) <= 60 and _is_date_line(line) and _date_value(line) == day for line in above)
    return False


def _printed_mail_header(block: str, following: list[str]) -> bool:
    """An email's header block (From:, To:, Subject:, Date: …) over a message in the article's prose: the
    article's text, where each of its "Label: value" lines alone would read as a caption's label. Its
    From: line names a writer, not a newsletter (is_mail_header), and what follows is the message, not the
    page's footer."""
    if not is_mail_header(block) or not following:
        return False
    message = following[0].strip().split("\n", 1)[0].strip()
    return bool(message) and not _is_furniture(message)


# ---- a court judgment's head ----

# the case's name as a case-law service heads it: "Ann Lee v Bell Foods Ltd & Anor", "R v Lee", "Re Lee",
# "In the matter of Lee Holdings Ltd" (a heading only over its neutral citation, below)
_CASE_NAME = re.compile(r"^(?:(?:Re|In re|In the matter of)\s+[A-Z(]\S*(?:\s+\S+){0,15}"
                        r"|[A-Z][\w.'’&()-]*(?:\s+[\w.'’&()-]+){0,10}\s+v\.?\s+[A-Z(][\w.'’&()-]*"
                        r"(?:\s+[\w.'’&()-]+){0,12})$")
# a neutral citation alone on its line: "[2026] EWHC 3312 (IPEC)", "[2024] UKSC 12", "[2023] EWCA Civ 1234"
_NEUTRAL_CITATION = re.compile(r"^\[(?:19|20)\d\d\]\s+[A-Z]{2,8}(?:\s+[A-Z][a-z]{1,6})?\s+\d{1,5}"
                               r"(?:\s+\([A-Za-z]{1,12}\))?$")
# the court's header block opens with the citation or the case number ("Neutral Citation Number: …")
_COURT_HEADER_START = re.compile(r"^(?:Neutral Citation(?: Number| No\.?)?|Case No\.?)\s*:", re.I)
_COURT_HEADER_PARTIES = re.compile(r"^(?:Before|Between)\s*:$", re.I)
# the judge's line that opens the judgment under the header: "Her Honour Judge Lee :", "LORD JUSTICE BELL:",
# "Mrs Justice Rowe :", "Lee J:"
_JUDGE_OPENS = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,4}(?:Judge|JUDGE|Justice|JUSTICE|Master|MASTER|"
                          r"Registrar|REGISTRAR|Recorder|RECORDER)\b[\w.'’ -]{0,60}:$"
                          r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:J|LJ|MR|P)\s*:$")
_COURT_HEADER_LINES = 60  # a header block's lines at most: citation, court, date, judge, parties, counsel


def _case_heading(rows: list[str]) -> int | None:
    """The index of the case's name over its neutral citation line, None when the page has none."""
    return next((k for k in range(len(rows) - 1)
                 if len(rows[k]) <= 160 and _CASE_NAME.match(rows[k])
                 and _NEUTRAL_CITATION.match(rows[k + 1])),
                None)


def _court_header_end(rows: list[str], start: int) -> int | None:
    """The last line of the court's header block that opens at or after `start` (its judge's line
    over the judgment), None when no such block with its Before / Between lines follows."""
    begin = next((k for k in range(start, min(len(rows), start + _COURT_HEADER_LINES))
                  if _COURT_HEADER_START.match(rows[k])), None)
    if begin is None:
        return None
    window = range(begin, min(len(rows), begin + _COURT_HEADER_LINES))
    if not any(_COURT_HEADER_PARTIES.match(rows[k]) for k in window):
        return None
    return next((k for k in window if _JUDGE_OPENS.match(rows[k])), None)


_HANDED_DOWN = re.compile(r"^(?:Handed down|Judgment (?:date|handed down)|Date of judgment)"
                          r"\s*:\s*(?P<day>.+)$",
                          re.I)
# the header's numeric date, day first as the courts that print neutral citations write it
_HEADER_DAY = re.compile(r"^Date\s*:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)$")


def _judgment_day(rows: list[str]) -> str:
    """The day a judgment was handed down, read off its head: the service's "Handed down:" line, else
    the header's "Date:" (day first), else the first date line."""
    for text in rows:
        if (m := _HANDED_DOWN.match(text)) and (v := _date_value(m["day"])):
            return v
    for text in rows:
        if (m := _HEADER_DAY.match(text)) and int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:
            return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return next((v for text in rows if len(text) <= 120 and _is_date_line(text)
                 and (v := _date_value(text))), "")


def _judgment_head(paragraphs: list[str]) -> tuple[str, str, list[str]] | None:
    """A court judgment on a case-law service: its case name (the title), the day its head gives, and
    the page's blocks without the head (the service's chrome, the citation and court lines, and the
    court's header block under them: parties, counsel, hearing dates, hand-down notice, the judge's
    opening line); None without that header block."""
    rows = [(n, line.strip()) for n, block in enumerate(paragraphs) for line in block.split("\n")]
    texts = [text for _, text in rows]
    at = _case_heading(texts)
    if at is None:
        return None
    end = _court_header_end(texts, at + 2)
    if end is None:
        return None  # a report that prints a case's name over its citation in its text is no judgment
    day = _judgment_day(texts[:end + 1])
    rest: list[list[str]] = [[] for _ in paragraphs]
    for n, text in rows[end + 1:]:
        rest[n].append(text)
    return texts[at], day, ["\n".join(block) for block in rest if any(block)]


# ---- a developer community's post head ----

# the cover image's alt text printed before the byline: "Cover image for <the post's title>"
_COVER_ALT = re.compile(r"^Cover image for (?P<title>\S.*)$")
# the post's stamp without a year (the platform leaves out the current one): "Posted on Nov 21",
# "Posted on Nov 21 • Edited on Nov 22"
_YEARLESS_POSTED = re.compile(r"^Posted on (?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                              r"[a-z]{0,6}\.? \d{1,2})"
                              r"(?:\s*•\s*(?:Edited|Updated) on [A-Z][a-z]{2,8}\.? \d{1,2})?$")
# a profile card's join date is the member's, never the post's
_JOINED_LABEL = re.compile(r"^Joined(?: on)?:?$", re.I)
_RIGHTS_YEARS = re.compile(r"©\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b")
_YEAR_IN_DATE = re.compile(r"\b(?:19|20)\d\d\b")


def _cover_title(title: str) -> str:
    """A title read off the cover's alt text without its "Cover image for" prefix (the title itself)."""
    return m["title"].strip() if (m := _COVER_ALT.match(title)) else title


def _page_years(every: list[str]) -> set[str]:
    """The years the page's own dated lines give: full date lines (not a profile card's join date)
    and the copyright line's last year."""
    years = {m["year"] for line in every if (m := _RIGHTS_YEARS.search(line))}
    for k, line in enumerate(every):
        if len(line) <= 40 and _is_date_line(line) and not (k and _JOINED_LABEL.match(every[k - 1])) and (
                year := _YEAR_IN_DATE.search(line)):
            years.add(year.group(0))
    return years


def _yearless_post_day(paragraphs: list[str]) -> str | None:
    """The day of a post whose head stamps it without a year ("Posted on Nov 21"), in the one year the
    page's other dated lines agree on, '' when they do not agree; None when the head has no such stamp."""
    every = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    stamp = next((m["day"] for line in every[:_HEAD_LINES * 2] if (m := _YEARLESS_POSTED.match(line))), None)
    if stamp is None:
        return None
    years = _page_years(every)
    return (_date_value(f"{stamp}, {years.pop()}") or "") if len(years) == 1 else ""


_COVER_REACH = 8  # lines between the cover's alt text and the headline it repeats (byline, stamp, counts)


def _cover_headline(paragraphs: list[str]) -> str:
    """The headline a head's "Cover image for <title>" line repeats when the title also stands alone
    on a line a few lines under it ('' otherwise)."""
    every = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    for k, line in enumerate(every[:_HEAD_LINES * 2]):
        if (m := _COVER_ALT.match(line)) and m["title"].strip() in every[k + 1:k + 1 + _COVER_REACH]:
            return m["title"].strip()
    return ""


def _below_headline(kept: list[str], title: str) -> list[str]:
    """The article without the head's lines the first block keeps above the headline's own line (the
    byline, its stamp, the reaction counts), the headline included, when that block prints it."""
    if not kept:
        return kept
    rows = kept[0].split("\n")
    at = next((k for k, row in enumerate(rows) if row.strip() == title), None)
    if at is None:
        return kept
    rest = "\n".join(rows[at + 1:]).strip()
    return ([rest] if rest else []) + kept[1:]


def _classify(header_date: str, paragraphs: list[str], comments: list[RawComment],
              furniture: frozenset[str] = frozenset()) -> Layout:
    page = _Page()
    kept: list[str] = []
    paragraphs = [turn for block in _without_bar_widgets(paragraphs) for part in _split_at_embed(block)
                  for turn in _turn_lines(part)]
    whole = paragraphs  # (the outlet is read off the whole page, a judgment's head included)
    if judgment := _judgment_head(paragraphs):
        page.title, page.date_line, paragraphs = judgment
    repeated = _repeated_lines(paragraphs)
    crumb = ""
    dated = _dated_headline(paragraphs)
    # a chapter's dated heading under the work's title over its writer ("The Salt Letters", "by imogen",
    # …, "Chapter 7: High Water", "Posted Nov 19, 2026"): the work's title is the page's, the chapter's
    # stamp its date
    work = next((t for k in range(dated[0]) if (t := _title_over_handle(paragraphs, k))), "") if (
        dated and _EPISODE_LABEL.match(dated[1])) else ""
    update = _update_title(paragraphs)
    site = _site_name(paragraphs)
    chat_title = False
    system = _system_lines(paragraphs)
    first = paragraphs[0].strip().split("\n", 1)[0].strip() if paragraphs else ""
    for n, block in enumerate(paragraphs):
        lines = [line for line in block.split("\n")]
        if update and n <= update[0]:  # the update's number and headline (the title) are the head's
            lines = [line for line in lines if not (n == update[0] and line.strip() == update[1])
                     and not (len(line) <= 20 and _UPDATE_LABEL.match(line.strip()))]
            block = "\n".join(lines)
            if not block.strip():
                continue
        if page.in_head and first and any(line.strip() == f"Search {first}" for line in lines):
            lines = [line for line in lines if line.strip() != f"Search {first}"]  # the search box's
            block = "\n".join(lines)  # placeholder with the site's name ("Search Holt Room"): no headline
            if not block.strip():
                continue
        if page.in_head and not page.title and not dated and (subject := _chat_subject(lines)):
            page.title, chat_title = subject, True  # a chat's first message with a subject (its day
            # divider above it is the day it was posted, not an event's)
            lines = [line for line in lines if _CHAT_SHORTCODE.sub("", line.strip()).strip() != subject
                     and not _PRIORITY_LABEL.match(line.strip())]
            block = "\n".join(lines)  # line: the article (its header names the writer)
        if page.title and "(@" in block and _post_card(lines):
            kept.append(block.strip())  # an embedded post as a card: its date is the post's, not the page's
            page.in_head = False
            continue
        if page.title and not page.in_head and _printed_mail_header(block, paragraphs[n + 1:n + 2]):
            # an email the article prints: its From: line names the message's writer, its Date: is the
            # email's, not the page's
            kept.append("\n".join(line.strip() for line in lines if line.strip()))
            continue
        if page.in_head and not page.title and not dated and (name := _work_head(paragraphs, n)):
            page.title = name  # a film's or book's title alone over its facts or with its year run on
            continue
        if page.in_head and not page.title and not dated and (name := _page_name(paragraphs, n)):
            page.title = name  # (its two copies are the page's repeated lines: never article text)
        if page.in_head and not page.title and not dated and (name := _title_over_poster(lines)):
            page.title, lines = name, lines[1:]  # a post's title over its poster's handle and its day
            block = "\n".join(lines)
        if page.in_head and not page.title and not dated and (name := _name_over_counts(lines)):
            page.title, lines = name, lines[1:]  # a profile's name over its counts: the page's heading
            block = "\n".join(lines)
        if page.in_head and not page.title and not dated and (name := _title_over_handle(paragraphs, n)):
            page.title = name  # its poster's handle under it is the byline
            continue
        if page.in_head and not page.title and _journal_name(paragraphs, n):
            continue  # a journal's name over its owner's handle, its menu under them: the journal's head
        if page.in_head and not page.title and not dated and (name := _crumb_name(paragraphs, n)):
            page.title = crumb = name  # its copy opening the next block is the heading, not article text
        if crumb and n and lines[0].strip() == crumb and _crumb_name(paragraphs, n - 1) == crumb:
            lines = lines[1:]
            block = "\n".join(lines)
            if not block.strip():
                continue
        if dated and not page.title and n <= dated[0]:
            if n == dated[0]:  # the page's headline: the lines above it in its block are the head's
                at = next(k for k, line in enumerate(lines) if line.strip() == dated[1])
                page.date_line = page.date_line or next(
                    (v for line in lines[:at] if len(line) <= 120 and _is_date_line(line.strip())
                     and (v := _date_value(line.strip()))), "")
                page.title, lines = dated[1], lines[at + 1:]
                block = "\n".join(lines)
                if not block.strip() and (stamp := _stamp_under(paragraphs, n)):
                    page.date_line = stamp  # the article's own stamp under it, over a date bar above it
            if not block.strip() or n < dated[0]:
                if n < _DATE_LINE_HEAD and not page.date_line:
                    page.date_line = next((v for line in lines if len(line) <= 120 and _is_date_line(
                        line.strip()) and (v := _date_value(line.strip()))), "")
                continue
        if n < _DATE_LINE_HEAD and not page.date_line and not page.updated:
            page.updated = next((v for k, line in enumerate(lines)  # under the byline: the article's stamp
                                 if k and _BY_LEAD.match(lines[k - 1].strip())
                                 and (v := _updated_value(line))), "") or _label_over_day(lines)
        if n < _DATE_LINE_HEAD and not page.date_line:
            page.date_line = _first_published(lines) or _stats_date(lines) or next(
                (v for k, line in enumerate(lines) if len(line) <= 120 and _is_date_line(line.strip())
                 and not _item_stamp(lines, k) and (v := _date_value(line.strip()))), "") or next(
                (v for line in lines if (m := _COUNT_DATE.match(line[:_SHORT_LINE]) or (
                    _forum_byline(line) and _FORUM_BYLINE.match(line.strip())))
                 and (v := _date_value(m.group("date")))), "") or next(
                (v for k, line in enumerate(lines) if (v := _posted_by_date(line) or (
                    (stamp := _byline_stamp(line)) and _stamp_is_byline(line, lines[k - 1] if k else (
                        paragraphs[n - 1].strip().split("\n")[-1] if n else ""), page.title,
                        _near_lines(paragraphs, n, lines, k)) and stamp or ""))), "")
        page.embed_open = page.embed_open or any(_EMBED_HEADER.match(line.strip()) for line in lines
                                                 if len(line) < 80)
        alone = sum(bool(line.strip()) for line in lines) == 1
        if _caption_block(block) or _heading_block(block):
            page.after_links = page.after_links or _is_link_heading(lines[0].strip())
            if _caption_block(block) or not (tail := _prose_after_box(lines)):
                continue
            lines, block = tail, "\n".join(tail)  # the article goes on under the box, no blank line between
        topic = page.in_head and not page.title  # "Topic: headline" at the top is a headline, not a caption
        # (above the block's first prose line only: a page without blank lines is one block, its foot too)
        head_end = next((k for k, line in enumerate(lines) if _is_prose(line)), len(lines)) if topic else 0
        stats = (_stat_pairs(lines) | _score_rows(lines) | _roll_call(lines) | _labelled_panels(lines)
                 | _fact_rows(lines) | _player_times(lines) | _sort_choices(lines))
        para = "\n".join(line for k, line in enumerate(lines)
                         if k not in stats
                         and (not _is_furniture(line) or _signs_introduced_post(lines, k, kept)
                             or topic and k < head_end and _CAPTION_LABEL.match(line)
                             and not _MEETING_FACT_LINE.match(line)
                             and (_headline_line(line) or _store_title(lines, k)))
                         and not _name_by_date(lines, k) and line.strip() not in system
                         and not (page.in_head and _head_control(line))
                         and not (page.in_head and k and _described_name(lines, k - 1))  # a byline's
                         # description (in the head only: in the text, a list of people and their roles)
                         and not (page.in_head and _HEAD_LOWER_ROLE.match(line.strip()))
                         and not (topic and _field_row(lines, k))
                         and not _COUNT_DATE.match(line[:_SHORT_LINE])
                         and not (len(line) < 80 and _COUNTS_LINE.match(line.strip()))
                         and not (len(line) < 80 and _EMAIL_LINE.match(line.strip()))
                         # (a show's or an app's name over its facts, printed again in the footer: the title)
                         and (line.strip() not in repeated
                              or topic and k < head_end and _store_title(lines, k))
                         and not (furniture and line_key(line) in furniture)
                         and not (len(line) < 80 and _POST_STAMP.search(line))
                         and not (k and _CAPTION_LABEL_ALONE.match(lines[k - 1]))
                         and not (page.title and k and _video_title(lines[k - 1], line))
                         # a post's signature signs a caption under the embed's header, never prose
                         and (page.embed_open or alone or not _is_post_signature(line)
                              or _own_caption(lines, k))).strip()
        if any(_is_link_heading(line.strip()) for line in lines if len(line) < 80):
            page.after_links = True
        if not para:
            continue
        if is_signature_line(para):  # a tweet's signature in a paragraph of its own (find_tweets)
            if not _POST_LEAD.match(para) or page.caption_at == len(kept) - 1:
                kept.append(para)  # a post's only under its caption, which is under the embed's header
            page.embed_open = False
            continue
        if page.in_head and not page.title and len(lines) > 1 and (
                work := _work_title([t.strip() for t in lines])):
            page.title = work  # a film's or book's title over its year and credit: short, but the headline
            rows = para.split("\n")
            at = next(k for k, line in enumerate(rows + [work]) if line.strip() == work)
            if all(_short_head_line(line) or _menu_row(line) for line in rows[:at]):
                rows = rows[at:]  # the site's menu and sign-in lines above it: the head's
            para = "\n".join(line for line in rows if line.strip() != work).strip()
            if not para:
                continue
        if not page.title and "\n" in para and (page.in_head or _DOMAIN_LINE.match(para.split("\n", 1)[0])):
            raw = [t.strip() for t in lines]
            found = _block_headline(para, raw, paragraphs[n + 1].strip().split("\n")[0] if n + 1 < len(
                paragraphs) else "")
            if page.in_head and (doubled := _doubled_title(raw)) and (
                    found is None or found[0] not in raw or raw.index(found[0]) > raw.index(doubled[0])):
                # the name printed twice stands above any other headline-like line of the head
                above = _head_lines_above(raw, doubled[0])
                found = doubled[0], "\n".join(t for t in para.split("\n")
                                              if t.strip() != doubled[0] and t.strip() not in above)
            if (found is None and page.in_head and len(raw) == 2 and len(raw[0].split()) <= _MASTHEAD_WORDS
                    and _TAGLINE.search(raw[1]) and _is_masthead(raw[0])):
                continue  # the paper's name and its tagline over the headline's own block
            if found is not None:  # nav lines or a link card's domain above it
                page.title, para = found
                page.untitled = not page.title  # (a post's text under its @handle: no headline at all)
                page.date_line = page.date_line or _meeting_day(page.title)
                if not para:
                    continue
        if page.title and alone and _DOMAIN_LINE.match(para):
            continue  # a site's address alone in the article ("STARWIRE.COM" over its video player)
        if page.title and alone and _PARTICIPLE_CAPTION.match(para) and len(para.split()) <= _CAPTION_WORDS:
            continue  # a photo's caption with no credit ("Ann Lee speaking to journalists")
        if page.in_head and not page.title and n + 1 < len(paragraphs) and _is_prose(paragraphs[n + 1]) and (
                stacked := _stacked_headline(para)):
            page.title = stacked  # "NAME\nSUBHEAD ...\n'Quoted Kicker'": one headline on three lines
            continue
        if page.in_head and _menu_row(para):
            continue  # "News  Cast  Episodes  Contact": a menu's items spaced apart on one line
        if page.in_head and not page.title and n < _WORDMARK_BLOCKS and _wordmark_at(paragraphs, n):
            continue  # a blog's wordmark over its description: the head's, not the article's
        if page.in_head and not page.title and site and para == site:
            continue  # the site's name among its sign-in links, printed again in the footer: no headline
        headline = (page.in_head and not page.title and n + 1 < len(paragraphs) and "(@" not in para
                    and (_looks_like_headline(para) or _headline_with_stops(para, paragraphs[n + 1:n + 4])))
        # a title sits above the article, never signs a post, and is never the paper's masthead
        # above its sign-in and subscribe lines
        if ((_looks_like_title(para) or headline) and not (len(lines) > 1 and _is_masthead(para))
                and not (page.title and (is_question_turn(para) or asks_you(para)))
                and not (page.title and not page.in_head and not page.after_links and _body_text_not_title(
                    para, paragraphs[n + 1] if n + 1 < len(paragraphs) else "", kept))):
            # "Q: Have You Spoken To Lind?" is a turn; "Did you go to Dominic Ferrante?" an interviewer's
            # line; a title-case line under the head carrying a quote, or a question prose answers, is text
            page.title = page.title or _title_text(para)
            continue
        if page.in_head and all(_short_head_line(line) or _menu_row(line) or _is_tagline(line)
                                for line in para.split("\n")):
            continue  # a kicker, section label, nav row ("EXCLUSIVE", "Entertainment") or a bare byline
        if page.in_head and not page.title and _nav_block(para):
            continue  # a menu with the site's name and tagline: still the page's head
        if _byline_block(para):
            continue  # a name-only byline with the paper or the writer's role under it
        if para.count("\n") >= 2 and all(len(line.split()) <= 3 and _short_head_line(line)
                                          for line in para.split("\n")):
            continue  # a menu: three or more lines of one to three words (footer navigation)
        if page.after_links and page.title and all(
                len(line.split()) <= 20 and not _is_prose(line) for line in para.split("\n")) and not (
                para.rstrip().endswith(":") or find_signature(para, 0) is not None):
            continue  # headlines under a link heading (not a line that leads in, nor a signed post)
        page.after_links = False
        page.in_head = page.in_head and not _is_prose(para)
        if page.embed_open:
            page.caption_at, page.embed_open = len(kept), False
        if page.title and not page.in_head and (subhead := _subhead_over_prose(para)):
            kept.append(subhead)  # "What her team said" over its section's first paragraph: a heading,
            para = para[len(subhead):].lstrip("\n")  # never the subject of that paragraph's sentence
        kept.append(para)
    page.title = (judgment[0] if judgment else "") or work or (update[1] if update else "") or page.title
    page.date_line = _late_date(paragraphs, page.date_line) or page.updated
    if (posted := _yearless_post_day(paragraphs)) is not None:
        page.date_line = posted  # the head's own stamp: any full date below is a card's or a comment's
    if (title := _cover_headline(paragraphs) or _cover_title(page.title)) != page.title:
        page.title = title  # the cover's alt text repeats the headline: the title is the text after it
        kept = _below_headline(kept, title)
    if page.date_line and not chat_title and _event_day_above(paragraphs, page.title, page.date_line):
        page.date_line = ""  # the day an event takes place, above its title: not when the page was written
    outlet, reason = _outlet(whole, page.title)
    own_suffix = bool(outlet) and _ends_with_outlet(page.title, outlet)
    if reason == "the title's suffix" or own_suffix:
        page.title = page.title[:page.title.rfind(outlet)].rstrip(" |–—-")
    page.title = _ISSUE_NUMBER.sub("", _LINK_DOMAIN.sub("", page.title))
    tweets = find_tweets(kept)
    return Layout(header_date, page.title, outlet, tuple(kept), tuple(tweets), tuple(comments),
                  page.date_line, reason, _line_keys(paragraphs), page.untitled and not page.title)


# ---- the outlet ----

def _expand(abbreviation: str, text: str) -> str:
    """The name an all-caps abbreviation stands for in the text (`CP` for `Continental Press`)."""
    if not (abbreviation.isupper() and 2 <= len(abbreviation) <= 5 and " " not in abbreviation):
        return abbreviation
    pattern = r"\b" + r"\s+".join(rf"{c}[a-z]+" for c in abbreviation) + r"\b"
    found = re.search(pattern, text)
    return found.group(0) if found else abbreviation


def _proper_case(name: str, text: str) -> str:
    """An all-caps name (`ALSO ON STARSCOOP`) as the text spells it elsewhere (`StarScoop`)."""
    if not name.isupper() or len(name) > 60:
        return name
    for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
        if not found.group(0).isupper():
            return found.group(0)
    return name.title() if " " in name else name


# The writer's role after a byline's comma, never the outlet: "By Ann Lee, Senior TV Editor".
_BYLINE_ROLE = re.compile(r"(?:^|\s)(?:editor|writer|reporter|correspondent|critic|columnist|contributor"
                          r"|producer|analyst|journalist|photographer)s?$", re.I)


def _without_closing_date(names: str) -> str:
    """A byline's names without the date that may close it ("Ann Lee, 23 November 2026")."""
    expr = find_date_expr(names)
    if expr is None or not names.rstrip(" .").endswith(expr.phrase.rstrip(" .")):
        return names
    return names[:names.rindex(expr.phrase.rstrip(" ."))].rstrip(" ,·|–—-")


def _byline_outlet(line: str) -> str:
    """The outlet in a byline: `By Name, Outlet`, `By Name For Outlet`, `By NAME NAME Outlet`."""
    match = _BYLINE.match(line)
    if match is None or not _is_byline(line) or _BYLINE_APPOSITION.match(line):
        return ""
    names = _without_closing_date(match.group("names").strip())  # "By Ann Lee, The Courier, 12 March 2026"
    if "," in names and "," not in _STAMP_PARTS.split(names)[0]:
        return ""  # "by Ann Lee | April 28, 2026": the comma is the stamp's, after the bar
    if "," in names:
        names = _STAMP_PARTS.split(names)[0]  # "By Ann Lee, Valley Lantern | October 9, 2025"
        parts = [part.strip() for part in names.split(",")]
        outlet = _STAFF_SUFFIX.sub("", parts[-1])
        if all(word.lower() in _DESK_WORDS for word in outlet.replace("&", " ").split()):
            return ""  # "By Ann Lee, Assistant Editor, Entertainment": the writer's desk, not the paper
        if outlet != parts[-1] and _role_words(outlet):
            return ""  # "By Ann Lee, Community Reporter": the beat before the role, not the paper
        if outlet != parts[-1]:
            outlet = _without_beat(outlet)  # "Harlow Courier Political Reporter": the paper alone
        return "" if _BYLINE_ROLE.search(outlet) or not re.search(r"[^\W\d_]", outlet) else outlet
    if " For " in names or " for " in names:
        return re.split(r" [Ff]or ", names, maxsplit=1)[1].strip()
    words = names.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1:
        caps += 1
    if caps < len(words) and words[caps].lower() in ("and", "&", "with"):
        return ""  # "By ANN LEE and TOM REED": the second writer, no outlet
    return " ".join(words[caps:]) if 2 <= caps < len(words) else ""


# The words of a writer's beat or rank before "Reporter" / "Writer" ("Community Reporter", "Senior Court
# Reporter", "Chief Sports Writer"): with the role they name the job, never the paper.
_BEAT_WORDS = frozenset({
    "community", "senior", "chief", "junior", "trainee", "deputy", "assistant", "lead", "principal",
    "special", "general", "court", "courts", "crime", "education", "environment", "political", "democracy",
    "consumer", "council", "rural", "farming", "transport", "property", "motoring", "royal", "foreign",
    "data", "investigative", "economics", "social", "affairs", "digital", "showbiz", "arts", "features",
    "news"})


def _without_beat(outlet: str) -> str:
    """A paper's name without the beat or rank a byline puts between it and the role ("Harlow Courier
    Political", "Harlow Courier Chief"); "News" closing the name is the paper's own ("Harlow News")."""
    words = outlet.split()
    while len(words) > 1 and words[-1].lower() in _BEAT_WORDS and words[-1].lower() != "news":
        words.pop()
    return " ".join(words)


def _role_words(words: str) -> bool:
    """Whether what stands before a byline's role is a beat or rank in words (or in lower case)."""
    parts = words.replace("&", " ").split()
    return bool(parts) and (words.islower() or all(w.lower() in _BEAT_WORDS | _DESK_WORDS for w in parts))


_FORUM_BUTTON = re.compile(r"^(?:post|new|add) (?:a )?(?:reply|topic|thread|comment)$", re.I)


def _is_masthead(line: str) -> str:
    """The outlet a masthead line names ("The Harlow Courier", "Valley News, Harlow"), or ''."""
    match = _MASTHEAD_LINE.match(line) if len(line) <= 60 else None
    if match is None:
        return ""
    outlet = match.group("outlet")
    words = outlet.split()
    if len(words) < 2 or outlet.isupper() and len(words) < 3 or _FORUM_BUTTON.match(outlet):
        return ""
    core = words[1:] if words[0] == "The" else words
    if core[0].lower() in _SECTION_WORDS or (len(core) > 1 and all(
            w.lower() in _PAPER_WORDS | _SECTION_WORDS for w in core)):
        return ""  # a section label ("Local News", "Breaking News", "The Big Read")
    return outlet if words[0] == "The" or any(w.lower() in _PAPER_WORDS for w in words) else ""


# Words of section labels and navigation, never the first word of a masthead.
_SECTION_WORDS = frozenset({
    "latest", "more", "top", "local", "world", "breaking", "national", "international", "business",
    "sports", "sport", "entertainment", "all", "related", "good", "fake", "live", "home", "politics", "tech",
    "science", "health", "opinion", "weather", "video", "videos", "photos", "our", "your", "my", "big",
    "best", "trending", "popular", "recent", "sponsored", "partner", "celebrity", "tv", "film", "music",
    "culture",
    "movies", "games", "apps", "shows", "kids"})  # a store's departments ("Movies & TV") in its menu
# a desk after a writer's name or role ("Entertainment", "Arts & Culture"), never the paper's name
_WRITTEN_BY = re.compile(r"^(?:written |posted )?by:?\s+(?P<name>\S.{0,58}\S)$", re.I)
_DESK_WORDS = frozenset({"arts", "and", "news", "features", "lifestyle", "travel", "food", "fashion", "style",
                         "desk", "metro", "city", "region", "economy", "markets", "books", "media", "staff"}
                        | _SECTION_WORDS)
_HEAD_LINES = 20  # lines of a page's head where a masthead, channel or "Published in" line stands


def _head_outlets(paragraphs: list[str], title: str, text: str = "") -> list[tuple[str, str]]:
    """Outlets named in a page's head: "Published in" with the publication, a channel name above
    its subscriber count, a byline's name line with the paper under it, a masthead line, or the
    page's first line when it is a short name the text names again ("FactFinder" atop the page
    and "told FactFinder" below)."""
    head: list[str] = []
    for para in paragraphs[:_HEAD_LINES]:
        head += [line.strip() for line in para.split("\n") if line.strip()]
        if len(head) >= _HEAD_LINES:
            break
    found: list[tuple[str, str]] = []
    for k, line in enumerate(head[:_HEAD_LINES]):
        nxt = head[k + 1] if k + 1 < len(head) else ""
        if _COUNT_ALONE.match(nxt) and k + 2 < len(head):
            nxt = f"{nxt} {head[k + 2]}"  # "1,204" over "pages"
        if published := _PUBLISHED_IN.match(line):
            found.append((published.group("outlet") or nxt, "a \"Published in\" line"))
        elif _SUBSCRIBERS.match(nxt) and len(line.split()) <= 6:
            found.append((line, "a channel name"))
        elif _is_byline(line) and not _byline_outlet(line) and (paper := _is_masthead(nxt)):
            found.append((paper, "a byline"))
        elif line != title and (paper := _is_masthead(line)):
            if (station := _FREQUENCY_END.sub("", paper)) != paper and len(station.split()) >= 2:
                paper = _proper_case(station, text)  # "RADIO GALATA 98.6": the station
            found.append((paper, "a masthead line"))
        elif k == 0 and line != title and _named_again(line, text):
            found.append((line, "the page's first line, named again in its text"))
        elif (k == 0 and line != title and _NAME_LINE.fullmatch(line) and len(line.split()) >= 2
              and not set(line.lower().split()) & (_SECTION_WORDS | _UI_WORDS)
              and any(_ACCOUNT_BUTTON.match(b) for b in head[1:1 + _BUTTON_REACH])):
            found.append((line, "the page's first line, over its account buttons"))
    return found


# A radio station's frequency after its name in its masthead ("98.6", "98.6 FM", "1089 AM", "DAB+").
_FREQUENCY_END = re.compile(r"\s+(?:\d{2,3}[.,]\d{1,2}|\d{3,4})(?:\s?(?:FM|AM|MHz|kHz))?$|\s+(?:FM|DAB\+?)$")


# A site's account buttons beside its name atop the page ("Subscribe", "Sign in", "Log in").
_ACCOUNT_BUTTON = re.compile(r"^(?:subscribe|sign in|log in|login|sign up|register)$", re.I)
_BUTTON_REACH = 2


_NAME_LINE = re.compile(r"[A-Z][\w&'’.-]{1,30}(?: [A-Z][\w&'’.-]{1,30}){0,2}")
_COUNT_ALONE = re.compile(r"^\d[\d.,]*\s*[KkMm]?$")  # a count alone ("1,204", "18.4K")


def _named_again(line: str, text: str) -> bool:
    """A short capitalised name that the page's text names at least twice more (its own line
    aside), once at least as a publication is named: "told X", "X contacted", "updates on X"
    (a kicker, a tag or a columnist's name atop the page is named otherwise)."""
    if not _NAME_LINE.fullmatch(line) or line.lower() in DATE_WORDS:
        return False
    name = re.escape(line)
    head = text[:20_000]
    if len(re.findall(rf"(?<![\w-]){name}(?![\w-])", head)) < 3:
        return False
    told = rf"\b(?:told|tells|on)\s+{name}\b(?!\s+[A-Z])"
    asked = (rf"\b{name}\s+(?:contacted|approached|has (?:asked|contacted|learned|reached|reported)|"
             r"understands)\b")
    return re.search(f"{told}|{asked}", head) is not None


def _credited_outlet(paragraphs: list[str]) -> list[tuple[str, str]]:
    """A partner outlet a portal credits: its name alone on the line under the head's date line,
    and again in brackets closing a paragraph of the story ("… widely spread. (Game Kyodo)")."""
    head = [line.strip() for para in paragraphs[:_DATE_LINE_HEAD]
            for line in para.split("\n")][:_HEAD_LINES * 2]
    names = [head[k + 1] for k in range(len(head) - 1) if len(head[k]) <= 120 and _is_date_line(head[k])
             and _NAME_LINE.fullmatch(head[k + 1]) and head[k + 1].lower() not in _SECTION_WORDS]
    return [(name, "a credit under the date line") for name in names
            if any(para.rstrip().endswith(f"({name})") for para in paragraphs if len(para) > len(name) + 40)]


_HEAD_NAME = re.compile(r"^[A-Z][\w&.'’/-]{1,30}(?: [A-Z][\w&.'’/-]{1,30}){0,2}$", re.I)


# Institutions people tell things to, which a page's head may carry as a topic tag.
_INSTITUTION_WORDS = frozenset({
    "parliament", "police", "congress", "senate", "court", "courts", "council", "government", "cabinet",
    "commons", "lords", "assembly", "the court", "the police", "the council", "the government",
    "the senate", "the commons", "the lords", "ministers", "mps", "the inquiry", "inquiry", "committee",
    "the committee", "the board", "board", "the army", "army", "the fbi", "reporters",
    "journalists", "the jury", "jury", "the judge", "judge", "the mayor", "mayor",
})


# What follows an outlet's name after "told": a stop, or a word that opens the rest of the sentence
# (a lower-case word after "told crime" is what "crime" describes: "told crime reporters").
_TOLD_ENDS = re.compile(r"\s*(?:[,.;:!?\"“”’)—–]|$)|\s+(?:that|in|on|at|last|this|earlier|about|when|how|why|"
                        r"what|it|he|she|they|we|after|before|during|via|over|by|and|but|as|for|the|a|an)\b")


def _told_masthead(paragraphs: list[str], text: str) -> list[tuple[str, str]]:
    """The site's name atop the page that the story's speakers talk to: a short name alone on a
    line of the head ("SIGNAL/NOISE") that the text names after "told" or "tells" ("he told
    Signal/Noise in a video call", "Crake tells GLINT"), as the text writes it."""
    head = [line.strip() for para in paragraphs[:_HEAD_LINES]
            for line in para.split("\n") if line.strip()][:_HEAD_LINES]
    body = text[:20_000]
    for line in head:
        if (not _HEAD_NAME.match(line) or line.lower() in _SECTION_WORDS or line.lower() in DATE_WORDS
                or _is_ui_line(line)):
            continue
        if line.lower() in _INSTITUTION_WORDS:
            continue  # a topic tag ("Parliament") the story's speakers tell is the institution
        # the name ends where the text's capitalised name ends ("Police" is not "Police Scotland")
        match = re.search(rf"\b(?:told|tells)\s+(?P<name>{re.escape(line)})(?![\w/-])(?!\s+(?-i:[A-Z]))",
                          body, re.I)
        if match is not None and (match.group("name")[:1].isupper() or (
                line is head[0] and match.group("name") == line and line.islower()
                and _TOLD_ENDS.match(body, match.end()))):  # not "told crime reporters" under "crime"
            # (a site that writes its name in lower case, "told lumenpop", as its page's first line does)
            return [(match.group("name"), "the head's name the story's speakers talk to")]
    return []


_TAGLINE_WORDS = 6  # a blog's description under its name is a sentence of at least this many words


# A blog's wordmark, all in lower case or all in capitals ("salt and lighthouses", "ADAGIST").
_WORDMARK = re.compile(r"^(?:[a-z0-9][\w&'’.-]*(?: [a-z0-9&][\w&'’.-]*){0,3}"
                       r"|[A-Z0-9][A-Z0-9&'’.-]*(?: [A-Z0-9&][A-Z0-9&'’.-]*){0,3})$")
_WORDMARK_BLOCKS = 2


def _wordmark_pair(lines: list[str]) -> bool:
    """A block of a blog's wordmark over its description, a sentence of its own ("salt and
    lighthouses", "maren deserved better. a sideblog for the lost scenes.")."""
    return (_masthead_pair(lines) and bool(_WORDMARK.match(lines[0])) and lines[0].lower() not in _UI_WORDS
            and len(lines[1].split()) >= _TAGLINE_WORDS and lines[1][-1:] in ".!")


def _wordmark_at(paragraphs: list[str], n: int) -> bool:
    """Whether block n is a blog's wordmark over its description, with the blog's menu or a post's
    title under it: never a headline over its dek with the article's prose right under them ("SKATE
    PARK APPROVED", "Councillors back the plan after a marathon meeting.")."""
    if not _wordmark_pair([line.strip() for line in paragraphs[n].split("\n") if line.strip()]):
        return False
    following = next((p for p in paragraphs[n + 1:] if p.strip()), "")
    return not _is_prose(following)


def _blog_name(paragraphs: list[str], title: str) -> list[tuple[str, str]]:
    """A blog's name: among the first lines of a head block of several lines, the short name
    right above the blog's description (a sentence of its own)."""
    for n, block in enumerate(paragraphs[:_WORDMARK_BLOCKS]):
        if _wordmark_at(paragraphs, n):
            name = next(line.strip() for line in block.split("\n") if line.strip())
            return [(name, "a blog's wordmark over its description")]  # "salt and lighthouses"
    lines = [line.strip() for line in (paragraphs[0] if paragraphs else "").split("\n") if line.strip()]
    if len(lines) < 3:
        return []
    for k in range(min(2, len(lines) - 1)):
        name, tagline = lines[k], lines[k + 1]
        if (name != title and _NAME_LINE.fullmatch(name) and name.lower() not in _SECTION_WORDS
                and len(tagline.split()) >= _TAGLINE_WORDS and tagline[-1:] in ".!" and tagline != title):
            return [(name, "a blog's name over its description")]
    return []


# The company form after an outlet's name in a copyright line: "… Pty Ltd", "… Media Ltd", "… Inc."
_LEGAL_SUFFIX = re.compile(r"(?:\s+(?:Media|Publishing|Publications|Newspapers|Holdings))?"
                           r"(?:\s+(?:Pty\.?|Pvt\.?|Private))?\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|Corp|LLP"
                           r"|Sp)\.?$")  # (a Polish company's "Sp. z o.o.", cut at its first stop)


# A rights notice after "©", in English or another language, names no outlet ("© RIPRODUZIONE RISERVATA").
_RIGHTS = re.compile(r"^(?:all rights reserved|riproduzione riservata|tutti i diritti riservati"
                     r"|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten"
                     r"|todos os direitos reservados|alle rechten voorbehouden)", re.I)


# A company's legal form of another country after a publisher's name: "S.p.A.", "S.r.l.", "S.A.", "B.V.".
_COMPANY_SUFFIX = re.compile(r"\s+(?:S\.p\.A|S\.r\.l|S\.A|S\.L|B\.V|N\.V|SARL|SAS|AG|KG)\.?$")
# A parent company's word in a copyright line's name ("… Press Holdings Ltd.", "… Media Group"), and the
# legal forms after it.
_PARENT_COMPANY = re.compile(r"\s(?:Holdings|Group)\b")
_LEGAL_FORMS = re.compile(r"(?:\s+(?:Ltd|Limited|Inc|LLC|plc|Pty|Pvt|Co|Corp)\.?)+$")
_COPYRIGHT_WORD = re.compile(r"^(?:copyright|©)\s+", re.I)


_COMPANY_WORD = re.compile(r"\s+(?:Media|Group|Publishing|Publications|Company|Newspapers|Holdings)$")
_MASTHEAD_REACH = 12  # the head's lines where the masthead stands


def _head_masthead(name: str, lines: list[str]) -> str:
    """The masthead atop the page that a copyright line names with its company word: "© 2026
    Riverbend Mercury Media" under a head that prints "The Riverbend Mercury" is that masthead."""
    name = name.strip(" .,")
    core = _COMPANY_WORD.sub("", name).strip()
    if core == name or len(core.split()) < 2:
        return ""
    return next((line for line in lines[:_MASTHEAD_REACH] if line in (core, f"The {core}")), "")


def _paper_of_brand(name: str, lines: list[str]) -> str:
    """The masthead atop the page that a publisher's brand word names: "© 2026 Fellside Media Ltd." (the
    company words and legal form gone: "Fellside") under a head that prints "The Fellside Gazette" alone
    on a line is that paper: the brand's words, then one paper word ('' for none). Only for a company's
    name cut to its brand: a masthead line's own short form ("WBN", "the Courier app") stays as it is."""
    brand = name.strip(" .,").split()
    if not brand:
        return ""
    for line in lines[:_MASTHEAD_REACH]:
        words = line.split()
        core = words[1:] if words[:1] == ["The"] else words
        if len(core) == len(brand) + 1 and core[:-1] == brand and core[-1].lower() in _PAPER_WORDS:
            return line
    return ""


def _writers(lines: list[str]) -> set[str]:
    """The names the page's head gives as its writers: a byline's names ("By Ann Lee") and a name
    alone right over the date line ("Ann Lee" over "Mar 05, 2026")."""
    head = lines[:_HEAD_LINES * 2]
    named = {match.group("names").strip() for line in head
             if (match := _BYLINE.match(line)) and _is_byline(line)}
    named |= {line for line, under in zip(head, head[1:], strict=False)
              if _NAME_LINE.fullmatch(line) and len(line.split()) >= 2
              and (_is_date_line(under) or _YEARLESS_POSTED.match(under))}
    return named


_SITE_HEAD = 2  # the site's name stands in one of the page's first blocks
_SITE_FOOT = 2  # and again in one of its last
_SITE_MIN = 6  # blocks a page has before its head and its footer are told apart
_SITE_WORDS = 6


# A company's name by its trade word ("Greywater Interactive", "Northlight Studios", "Harbour Records").
_COMPANY_NAME = re.compile(r"^(?:[A-Z][\w&'’.-]*\s){1,3}(?:Interactive|Studios?|Games|Entertainment"
                           r"|Productions|Publishing|Records|Software|Pictures|Films|Labs?|Collective|Media)$")


_SIGNED_BY = re.compile(r"^by\s+\S", re.I)


def _studio_over_title(paragraphs: list[str], title: str) -> str:
    """The publisher of a company's news post: its name alone in the block right over the headline's
    block ('' for none)."""
    if not title:
        return ""
    for n, para in enumerate(paragraphs[1:_DATE_LINE_HEAD], start=1):
        if para.strip().split("\n", 1)[0].strip() == title:
            above = paragraphs[n - 1].strip()
            rest = para.strip().split("\n")[1:] or paragraphs[n + 1:n + 2]
            if rest and _SIGNED_BY.match(rest[0].strip()):
                return ""  # a writer's byline under it: a paper's story, the company its kicker
            return above if "\n" not in above and _COMPANY_NAME.match(above) else ""
    return ""


def _site_name(paragraphs: list[str]) -> str:
    """A site's name: a short line among the first blocks' lines that the page prints again in one
    of its last blocks (its footer), not a sentence, not furniture ('' for none)."""
    if len(paragraphs) < _SITE_MIN:
        return ""
    foot = {line.strip() for p in paragraphs[-_SITE_FOOT:] for line in p.split("\n")}
    for p in paragraphs[:_SITE_HEAD]:
        if "\n" not in p.strip():
            continue  # a block of one line is a headline the footer's list repeats, not a name among links
        for line in p.split("\n"):
            text = line.strip()
            if (text in foot and 1 < len(text.split()) <= _SITE_WORDS and text[-1:] not in ".!?:;,\"”’'"
                    and (text[:1].isupper() or text[:1].isdigit()) and not _is_furniture(text)):
                return text
    return ""


# A site's wordmark in lower case, one word of letters ("pictorium"): the page's first line, and again
# the first line of a footer block of the site's own links ("About", "Terms", "Privacy": _SITE_LINK). A
# section's name heads a column of its sub-sections ("travel" over "Europe", "Cruises"), a poster's
# handle its profile card ("Posts", "Followers"): neither column holds the site's own links.
_LOWER_WORDMARK = re.compile(r"^[a-z]{3,20}$")
_FOOT_LINKS = 3  # the footer's links under the wordmark, at least
# the headings of a footer's or a menu's columns, which a page may also open with: never a wordmark
_COLUMN_HEADINGS = frozenset({
    "explore", "company", "legal", "resources", "support", "community", "products", "discover", "topics",
    "news", "services", "information", "info", "contact", "connect", "social", "shop", "store", "apps",
    "languages", "language", "english", "featured", "browse", "learn", "partners", "policies", "sites"})
_FOOT_LINK_WORDS = 4


def _lower_wordmark(paragraphs: list[str]) -> str:
    """The site's wordmark: a lower-case word alone atop the page (its head's first line, links under
    it) that opens one of its last blocks, a column of short links two of which at least are the site's
    own ("About", "Terms", "Privacy"); '' for none. A word the furniture or the interface knows ("menu",
    "search", "home"), a desk's or a section's name ("travel", "motoring") and a handle over its "Follow"
    button are none."""
    if len(paragraphs) < _SITE_MIN:
        return ""
    head = [line.strip() for line in paragraphs[0].split("\n") if line.strip()]
    if not head or not _LOWER_WORDMARK.match(head[0]) or len(head) < 2 or _is_furniture(head[0]) or (
            _is_ui_line(head[0]) or head[0] in _COLUMN_HEADINGS | _DESK_WORDS | _BEAT_WORDS):
        return ""
    if _FOLLOW_BUTTON.match(head[1]):
        return ""  # "stitchwise" over "Follow": a poster's handle over the post, no site's name
    for p in paragraphs[-_SITE_FOOT:]:
        foot = [line.strip() for line in p.split("\n") if line.strip()]
        links = foot[1:]
        if foot and foot[0] == head[0] and len(links) >= _FOOT_LINKS and all(
                len(link.split()) <= _FOOT_LINK_WORDS and link[-1:] not in ".!?:" and not _is_stamp(link)
                for link in links) and sum(bool(_SITE_LINK.match(link)) for link in links) >= _FOOTER_LINKS:
            return head[0]
    return ""


_CHANNEL_LINE = re.compile(r"^#[\w-]{1,80}$")
_WORKSPACE_NAME = re.compile(r"^(?-i:[A-Z\d])[\w&'’.-]*(?: [\w&'’.-]+){0,4}$")


def _chat_workspace(paragraphs: list[str]) -> str:
    """The workspace a team chat's copied page opens with, over the channel's "#name" line
    ("Harbour Crew" over "#press"), or ''."""
    lines = [line.strip() for line in paragraphs[0].split("\n") if line.strip()] if paragraphs else []
    if len(lines) >= 2 and _CHANNEL_LINE.match(lines[1]) and _WORKSPACE_NAME.match(lines[0]):
        return lines[0]
    return ""


# A portal's credit to the outlet whose story it carries, alone or closing a caption ("© Provided by The
# Courtland Post"): the story's outlet, over the portal's own name in its head.
_PROVIDED_BY = re.compile(r"(?:^|[.!?]\s+)©\s*provided by "
                          r"(?P<outlet>(?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,5})\s*$", re.I)


_BRAND_WORDS = 3  # a site's name atop the page and again in its footer
# What a company adds to its site's name ("Labs Ltd"); a paper's own word ("Corran Gazette Ltd") is its name.
_COMPANY_TAIL = re.compile(r"^(?:(?:labs?|media|group|studios?|technologies|tech|software|holdings|ventures"
                           r"|digital|apps?|ltd|limited|inc|llc|gmbh|plc|co|company|corp|corporation)\.?,?"
                           r"(?:\s+|$))+$", re.I)


_COMPANY_AFTER_BRAND = re.compile(r"^(?:(?:labs?|media|group|studios?|technologies|holdings|ventures|digital"
                                  r"|publishers|publishing|publications|company|ltd|limited|inc|llc|gmbh|plc|co"
                                  r"|corp|corporation)\.?,?(?:\s+|$))+$", re.I)
_MARK_BEFORE = re.compile(r"^[^\w\s]{1,3}\s+(?=\w)")  # a logo's sign before the site's name ("₦ Naira Forum")


def _as_written(name: str, text: str) -> str:
    """A wordmark printed in one case ("wavelet", "THE HARLOW LEDGER") as the text spells it elsewhere in
    mixed case ("Wavelet", "The Harlow Ledger"); title case when it never does."""
    if not (name.islower() or name.isupper()):
        return name
    for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
        if not (found.group(0).islower() or found.group(0).isupper()):
            return found.group(0)
    return name.title() if name.islower() or " " in name else name


def _brand_of_company(named: str, lines: list[str], text: str) -> str:
    """The wordmark or masthead atop the page that a copyright line's company is named after ("© 2026
    Wavelet Company Inc." under a head opening "wavelet"; "Harlow Ledger Publishers Ltd." under "THE
    HARLOW LEDGER"): a head line the company's name opens with, the rest company words ('' for none)."""
    low = named.lower()
    menu = _menu_entries(lines[:_MASTHEAD_REACH])  # ("© News Media Group Ltd." under a menu's "News")
    for line in lines[:_MASTHEAD_REACH]:
        if line.lower() in menu:
            continue
        head = _MARK_BEFORE.sub("", line).strip()
        core = head[4:] if head.lower().startswith("the ") else head
        if (len(core) >= 3 and len(head.split()) <= _BRAND_WORDS and low.startswith(core.lower() + " ")
                and _COMPANY_AFTER_BRAND.match(named[len(core) + 1:])):
            return _as_written(head, text)
    return ""


def _menu_entries(lines: list[str]) -> set[str]:
    """The entries of the page's menus and tab rows, lower-cased: lines of one or two words between two
    other short lines (a wordmark opening the page is none)."""
    return {lines[k].lower() for k in range(1, len(lines) - 1)
            if all(len(lines[j].split()) <= 2 for j in (k - 1, k, k + 1))}


# A breadcrumb's own first part that names a section, not a site ("News > Local > Transport").
_CRUMB_SECTION_WORDS = frozenset({"forum", "forums", "community", "boards", "index", "main", "start"})


def _section_name(name: str) -> bool:
    """Whether a name is a section's or a menu's words only ("News", "Home", "Local News"), no site's."""
    return all(w in _DESK_WORDS | _UI_TWICE | _CRUMB_SECTION_WORDS for w in name.lower().split())


def _crumb_site(lines: list[str], text: str) -> str:
    """The site's name opening the page (a logo's sign before it) that its breadcrumb's first part repeats
    ("₦ Naira Forum" over "Naira Forum / Sport / …"), '' for none."""
    if not lines:
        return ""
    name = _MARK_BEFORE.sub("", lines[0]).strip()
    if not name or len(name.split()) > _BRAND_WORDS or _is_furniture(name) or _section_name(name):
        return ""
    for line in lines[1:_MASTHEAD_REACH]:
        parts = _CRUMB_SPLIT.split(line) if len(line) <= _SHORT_LINE else []
        if len(parts) >= 3 and parts[0].strip() == name:
            return _as_written(name, text)
    return ""


# A logo's text alternative copied as a line atop the page: "Harbour Gazette logo" (the image's
# description names the site whose logo it is).
_LOGO_LINE = re.compile(r"^(?P<name>(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,3}) (?-i:logo)$")
_LOGO_REACH = 6  # the head's first lines, where the logo stands


# A share bar's icons carry their platform's logo text ("Facebook logo", "X logo"): a button, no outlet.
_PLATFORM_LOGO = re.compile(rf"^(?:{_SHARE_ITEM}|instagram|youtube|tiktok|snapchat|mastodon|google|apple)$",
                            re.I)


def _logo_name(lines: list[str]) -> str:
    """The site's name its logo's text gives among the page's first lines ('' for none); a social
    platform's logo is a share button's icon, not the site's."""
    return next((found["name"] for line in lines[:_LOGO_REACH]
                 if (found := _LOGO_LINE.match(line)) and not _PLATFORM_LOGO.match(found["name"])), "")


def _outlet(paragraphs: list[str], title: str) -> tuple[str, str]:
    """The outlet the page names, and by which signal; ("", "") when it names none."""
    every = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    lines = [line for line in every if len(line) <= _SHORT_LINE]
    text = "\n".join(paragraphs)
    found: list[tuple[str, str]] = []
    for line in every:
        if marker := _OUTLET_MARKER.match(line[:_SHORT_LINE]):
            return marker.group("outlet").strip(), "an \"on Facebook\" line"
        if len(line) <= _SHORT_LINE and (provided := _PROVIDED_BY.search(line)):
            return provided["outlet"].strip(), "a portal's credit to the outlet it syndicates"
        if dateline := _DATELINE.match(line[:120]):
            found.append((_expand(dateline.group("outlet"), text), "a dateline"))
        if len(line) <= _SHORT_LINE and (outlet := _byline_outlet(line)):
            found.append((outlet, "a byline"))
    found += _credited_outlet(paragraphs)
    found += _told_masthead(paragraphs, text)
    publishers: list[tuple[str, str]] = []
    writers = _writers(every)
    site_name = _site_name(paragraphs)
    brand = every[0] if every and len(every[0].split()) <= _BRAND_WORDS and every.count(every[0]) > 1 else ""
    menu = _menu_entries(every)
    rights: set[str] = set()  # the names copyright lines give
    for line in lines:
        for pattern in _MASTHEAD:
            match = pattern.search(line)
            if match is None or not match.group("outlet") or _RIGHTS.match(match["outlet"]):
                continue
            named = _COPYRIGHT_WORD.sub("", match.group("outlet").strip())
            if pattern is _MORE_FROM and named.lower() in menu:
                continue  # "More from Lifestyle" under a menu with "Lifestyle": a section, not the outlet
            if _COPYRIGHT_WORD.match(match.group(0)) and (atop := _brand_of_company(named, every, text)):
                found.append((atop, "a masthead line"))
                continue
            if _COMPANY_SUFFIX.search(named):  # "© Edizioni Adriatiche S.p.A.": the publisher, after the
                company = _proper_case(_COMPANY_SUFFIX.sub("", named), text)  # masthead in the head
                publishers.append((company, "a publisher's line"))
                continue
            if _PARENT_COMPANY.search(named):  # "© Meridian Press Holdings Ltd. Co.": the group that owns
                publishers.append((_proper_case(_LEGAL_FORMS.sub("", named) or named, text),  # the masthead
                                   "a publisher's line"))
                continue
            name = _LEGAL_SUFFIX.sub("", named) or named
            if " and " in name and (name.split(" and ", 1)[0] in writers or any(
                    (by := _WRITTEN_BY.match(t)) and by["name"] == name.split(" and ", 1)[0] for t in lines)):
                name = name.split(" and ", 1)[1]  # "More from Ann Lee and Harbour Notes": the writer's, then
                # the publication's
            if pattern is _MORE_FROM and name in writers:
                continue  # "More from Ann Lee" under Ann Lee's post: her other posts, not an outlet
            if _COPYRIGHT_WORD.match(match.group(0)) and name in writers:
                continue  # "© 2026 Ann Lee" under Ann Lee's post: the writer's own right, not an outlet
            if brand and name.startswith(brand + " ") and _COMPANY_TAIL.match(name[len(brand) + 1:]):
                name = brand  # "© 2026 Kettl Labs Ltd" on a page headed "Kettl": the company behind the site
            paper = _head_masthead(name, every) or (_paper_of_brand(name, every) if name != named else "")
            found.append((paper or _proper_case(name, text), "a masthead line"))
            if _COPYRIGHT_WORD.match(match.group(0)):
                rights.add(found[-1][0])
    if logo := _logo_name(every):
        found.append((logo, "the site's logo named by its text atop the page"))
    found += _head_outlets(paragraphs, title, text) + publishers
    if workspace := _chat_workspace(paragraphs):
        found.append((workspace, "a chat workspace's name over its channel"))
    found += _blog_name(paragraphs, title)
    if site_name:
        found.append((site_name, "the site's name in its head and footer"))
    if wordmark := _lower_wordmark(paragraphs):
        found.append((wordmark, "the site's lower-case wordmark atop the page and over its footer"))
    if crumb_site := _crumb_site(every, text):
        found.append((crumb_site, "the site's name atop the page and first in its breadcrumb"))
    if studio := _studio_over_title(paragraphs, title):
        found.append((studio, "a company's name alone over the headline"))
    if named_twice := _head_name_over_rights(every):
        found.append((named_twice, "the site's name atop the page and before its copyright sign"))
    if service := _cookie_banner_service(every):
        found.append((service, "the service its cookie banner names, printed alone in its head"))
    for match in _SOURCE_TOLD.finditer(text[:20_000]):
        if match.group("outlet"):
            found.append((match.group("outlet").strip(), "\"a source told\""))
    if suffix := _TITLE_SUFFIX.match(title):
        found.append((suffix.group("outlet"), "the title's suffix"))
    for match in _TOLD_PAPER.finditer(text[:20_000]):
        outlet = match.group("outlet")
        if match.group("cap") or outlet.split()[-1].lower() in _PAPER_WORDS:
            found.append((("The " if match.group("cap") else "") + outlet, "\"told The X\""))
    found = [(name.strip(" .,:"), why) for name, why in found if name.strip(" .,:")]
    if found and (masthead := _masthead_over_rights(found[0][0], rights, paragraphs, title, every)):
        return masthead, "a masthead line"
    return _full_masthead(found, every) if found else ("", "")


# a cookie banner's heading naming the service ("Cookies on Harbour Records Service"), as public services
# print it
_COOKIES_ON = re.compile(r"^Cookies on (?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5})$")
_COOKIE_BANNER_LINES = 20  # the banner sits in the page's first lines


def _cookie_banner_service(every: list[str]) -> str:
    """The service a cookie banner atop the page names when the same name also stands alone on a line
    of the page's head (the service's own header), '' otherwise."""
    head = every[:_COOKIE_BANNER_LINES]
    return next((m["name"] for line in head if (m := _COOKIES_ON.match(line)) and m["name"] in head), "")


# a footer's name before its copyright sign, a sentence before it on the line or not: "Made with love.
# Harbour Dev Hub © 2016 - 2026."
_NAME_BEFORE_RIGHTS = re.compile(r"^(?:.*[.!]\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+©\s*"
                                 r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\.?$")


def _head_name_over_rights(every: list[str]) -> str:
    """The site's name a footer line gives before its copyright sign when the page's head prints the
    same name alone on a line ('' otherwise)."""
    head = every[:_COOKIE_BANNER_LINES]
    return next((m["name"] for line in reversed(every[-_COOKIE_BANNER_LINES:])
                 if (m := _NAME_BEFORE_RIGHTS.match(line)) and m["name"] in head), "")


_RIGHTS_LINE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)


def _masthead_over_rights(first: str, rights: set[str], paragraphs: list[str], title: str,
                          every: list[str]) -> str:
    """The masthead printed alone atop the page when the outlet first found is a copyright line's name
    the head never prints ('' otherwise): a local paper runs an agency's story under the agency's
    copyright ("© 2026 Reuters" at the foot), and the paper's name over the headline is the page's."""
    if first.strip(" .,:") not in {name.strip(" .,:") for name in rights}:
        return ""
    head = [line for line in every[:_MASTHEAD_REACH] if not _RIGHTS_LINE.match(line)]  # (a short page's foot
    # is within the reach)
    if any(first.lower() in line.lower() for line in head):
        return ""
    return next((name for name, why in _head_outlets(paragraphs, title) if why == "a masthead line"
                 and name.lower() not in first.lower()), "")


_FULLER_WORDS = 2  # the words a masthead's full name adds to its short form ("The Kampala" Sentinel)


def _full_masthead(found: list[tuple[str, str]], every: list[str]) -> tuple[str, str]:
    """The first outlet found, or the masthead's full name when a masthead line (a copyright line) gives
    it and the page's head prints it alone on a line: "Download the Sentinel app" and "told the
    Sentinel" use the short name of "The Kampala Sentinel", atop the page and in its copyright line. A
    byline's name before the outlet's ("By Ann Lee Harbour Press") is no fuller name of it."""
    first, why = found[0]
    head = set(every[:_MASTHEAD_REACH])
    for name, reason in found[1:]:
        if (reason == "a masthead line" and name in head and name.lower().endswith(" " + first.lower())
                and len(name.split()) <= len(first.split()) + _FULLER_WORDS and not _BYLINE.match(name)):
            return name, reason
    return first, why
