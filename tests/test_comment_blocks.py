"""The generic comment reader on invented pages of several comment templates (none copied from a
fixture): where the name and the stamp stand, vote rows, badges, replies, and pages that must
give no comments at all."""

import pytest

from components.parse.comment_blocks import (
    Kind,
    classify,
    comment_count,
    fallback_comments,
    generic_comments,
    split_signature,
    split_stamp,
)
from components.parse.layout import RawComment, split_layout

ARTICLE = "\n".join([
    "Harbour Trust to close the east pier for repairs",
    "",
    "The Harbour Trust will close the east pier for six weeks from Monday while divers replace the rotten"
    " piles under the café, the trust said in a statement on Friday.",
    "",
    "Anglers and the two boat-tour operators who use the pier say they were told only on Thursday. \"We have"
    " bookings for every weekend in April,\" said one operator, who asked not to be named.",
    "",
    "The trust said the work could not wait until the autumn because an inspection in March found two piles"
    " had split.",
    "",
])


def _comments(page: str) -> list[RawComment]:
    return generic_comments(page.split("\n"))[0]


def _authors(page: str) -> list[str]:
    return [c.author for c in _comments(page)]


HEAD_BODY = ARTICLE + """
Comments (3)

Marnie Tolland
3 hours ago
Six weeks in April is the whole start of the season. Could they not have done it in November?
Reply · Like 12

Desmond Okereke
2 hours ago
The piles split. You would rather they waited for the pier to fall into the sea?
Reply · Like 30

Fenella
1 hour ago
Both can be true: the repair is needed and the notice was far too short.
Reply · Like 8
"""

BODY_SIGN = ARTICLE + """
Reader comments

Six weeks in April is the whole start of the season. Could they not have done it in November?
— Marnie Tolland, March 16, 2019 at 9:14 am

The piles split. You would rather they waited for the pier to fall into the sea?
— Desmond Okereke, March 16, 2019 at 10:02 am

Both can be true: the repair is needed and the notice was far too short.
— Fenella, March 16, 2019 at 11:40 am
"""

VOTES = ARTICLE + """
47 comments

harbourcat
5 years ago
Six weeks in April is the whole start of the season. Could they not have done it in November?
▲ 41 ▼ 3

pier_regular
5 years ago
The piles split. You would rather they waited for the pier to fall into the sea?
▲ 12 ▼ 9

old_salt_77
5 years ago
Both can be true: the repair is needed and the notice was far too short.
▲ 7 ▼ 0
"""

BADGES = ARTICLE + """
Comments

Top fan
Marnie Tolland
2d
Six weeks in April is the whole start of the season. Could they not have done it in November?
Like · Reply

Harbour Trust
Author
2d
We looked at November, but the divers' report gave us no choice. Sorry for the short notice.
Like · Reply

Desmond Okereke
Member since 2015
1d
The piles split. You would rather they waited for the pier to fall into the sea?
Like · Reply
"""

NAME_BODY_STAMP = ARTICLE + """
Most relevant

Marnie Tolland
Six weeks in April is the whole start of the season. Could they not have done it in November?
3h  Like  Reply  12

Desmond Okereke
The piles split. You would rather they waited for the pier to fall into the sea?
2h  Like  Reply  30

Fenella Hart
Both can be true: the repair is needed and the notice was far too short.
1h  Like  Reply  8
"""

REPLIES = ARTICLE + """
Discussion

Marnie Tolland · 3 hours ago
Six weeks in April is the whole start of the season. Could they not have done it in November?
Reply

    Desmond Okereke · 2 hours ago
    The piles split. You would rather they waited for the pier to fall into the sea?
    Reply

        Marnie Tolland · 1 hour ago
        Nobody said wait for it to fall. A month's notice is not much to ask.
        Reply

Fenella · 50 minutes ago
In reply to Desmond Okereke
Both can be true: the repair is needed and the notice was far too short.
Reply

Kit Marsh · 20 minutes ago
@Fenella exactly, the boat tours have to refund every booking.
Reply
"""

SIGNED_LINES = ARTICLE + "\n".join([
    "",
    "Six weeks in April is the whole start of the season. Could they not have done it in November?"
    " – Marnie Tolland Mar 16, 2019 at 9:30",
    "The piles split. You would rather they waited for the pier to fall into the sea?"
    " – Desmond Okereke Mar 16, 2019 at 9:41",
    "Both can be true: the repair is needed and the notice was too short. – Fenella Mar 16, 2019 at 10:05",
    "",
])

SAID_THEN_STAMP = ARTICLE + """
3 comments:

Marnie Tolland said...
Six weeks in April is the whole start of the season. Could they not have done it in November?

March 16, 2019 at 9:14 AM

Anonymous said...
The piles split. You would rather they waited for the pier to fall into the sea?

March 16, 2019 at 10:02 AM

Fenella said...
Both can be true: the repair is needed and the notice was far too short.

March 16, 2019 at 11:40 AM

Post a Comment
"""

SUBJECT_BYLINE = ARTICLE + """
Pier closure (Score:5, Insightful)
by harbourcat (40122) on Saturday March 16, 2019 @09:14AM (#5826311)

Six weeks in April is the whole start of the season. Could they not have done it in November?

    Re:Pier closure (Score:2)
    by pier_regular (51234) on Saturday March 16, 2019 @09:40AM (#5826340)

    The piles split. You would rather they waited for the pier to fall into the sea?

Short notice (Score:3, Interesting)
by old_salt_77 (88812) on Saturday March 16, 2019 @10:05AM (#5826402)

Both can be true: the repair is needed and the notice was far too short.
"""

POST_NUMBERS = ARTICLE + """
#1
harbourcat
Member since 2012
Posts: 1,204

Six weeks in April is the whole start of the season. Could they not have done it in November?

#2
pier_regular
Member since 2015
Posts: 88

The piles split. You would rather they waited for the pier to fall into the sea?

#3
old_salt_77
Member since 2009
Posts: 5,431

Both can be true: the repair is needed and the notice was far too short.
"""

PETITION = ARTICLE + """
Reasons for signing

Marnie Tolland · Portsmouth · 2 days ago
Six weeks in April is the whole start of the season. Could they not have done it in November?
Like 48 · Report

Desmond Okereke · Leeds · 3 days ago
The piles split, but the boat tours needed more notice than this.
Like 12 · Report

Fenella Hart · Hove · 3 days ago
Both can be true: the repair is needed and the notice was far too short.
Like 7 · Report
"""

LINK_LIST = ARTICLE + """
More from the Coast Gazette

Ferry fares to rise by 4% in May
The Coast Gazette
3h ago

Lifeboat crew called out twice in one night
The Coast Gazette
5h ago

Top Stories

Beach car park charges scrapped after protest
Shore News
1h ago

Storm warning for the south-west as gales sweep in
Coastline Daily
2h ago
"""

RELATED_WITH_BYLINES = ARTICLE + """
Related stories

Harbour Trust names new chair
By Alan Price
March 2, 2019

Pier café owner retires after 30 years
By Dana Lowe
February 11, 2019
"""

LIVE_BLOG = """Storm Dara: live updates

Gales of up to 80mph are expected along the coast this evening, the Met Office said, and ferries are off.

10:42
Ferries cancelled
All afternoon sailings from the east pier have been cancelled, the operator says.

10:15
Schools close early
Three primary schools in the town will close at noon, the council said.
"""

EMBEDDED_POSTS = ARTICLE + """
The pier's café owner was blunter on social media.

Six weeks in April is the start of the season and nobody asked us. — Dana Lowe (@danalowe) March 15, 2019

The trust's chair replied within the hour.

The piles split. We would rather close it for a while than for good. — Alan Price (@alanprice) March 15, 2019

A second operator said on Saturday that she would move her boat to the west pier.

Both can be true: the repair is needed and the notice was short. — Kit Marsh (@kitmarsh) March 16, 2019
"""

FOOTER = ARTICLE + """
Share this article
Copy link
About us
Contact
Privacy policy
© 2019 Coast Gazette
"""


@pytest.mark.parametrize("page, authors", [
    (HEAD_BODY, ["Marnie Tolland", "Desmond Okereke", "Fenella"]),
    (BODY_SIGN, ["Marnie Tolland", "Desmond Okereke", "Fenella"]),
    (VOTES, ["harbourcat", "pier_regular", "old_salt_77"]),
    (BADGES, ["Marnie Tolland", "Harbour Trust", "Desmond Okereke"]),
    (NAME_BODY_STAMP, ["Marnie Tolland", "Desmond Okereke", "Fenella Hart"]),
    (SIGNED_LINES, ["Marnie Tolland", "Desmond Okereke", "Fenella"]),
    (SAID_THEN_STAMP, ["Marnie Tolland", "Anonymous", "Fenella"]),
    (SUBJECT_BYLINE, ["harbourcat", "pier_regular", "old_salt_77"]),
    (POST_NUMBERS, ["harbourcat", "pier_regular", "old_salt_77"]),
    (PETITION, ["Marnie Tolland", "Desmond Okereke", "Fenella Hart"]),
], ids=["head-body", "body-sign", "votes", "badges", "name-body-stamp", "signed-lines", "said-then-stamp",
        "subject-byline", "post-numbers", "petition"])
def test_templates_give_authors_in_order(page: str, authors: list[str]) -> None:
    assert _authors(page) == authors


@pytest.mark.parametrize("page", [HEAD_BODY, BODY_SIGN, VOTES, BADGES, NAME_BODY_STAMP, SIGNED_LINES])
def test_bodies_are_the_comment_text_only(page: str) -> None:
    bodies = [c.body for c in _comments(page)]
    assert bodies[0].startswith("Six weeks in April") or bodies[1].startswith("We looked at November")
    assert all("Reply" not in b and "ago" not in b and "▲" not in b for b in bodies)
    assert all("2019" not in b for b in bodies)  # no stamp left in a body (signatures cut off)


def test_an_indented_post_under_a_subject_is_a_reply() -> None:
    comments = _comments(SUBJECT_BYLINE)
    assert [(c.depth, c.reply_to) for c in comments] == [(0, ""), (1, "harbourcat"), (0, "")]
    assert all("Score" not in c.body and "#58" not in c.body for c in comments)


def test_profile_lines_are_never_body() -> None:
    assert all("Posts:" not in c.body and "Member since" not in c.body for c in _comments(POST_NUMBERS))


THREAD = """Pier closure: who else got no notice?

harbourcat
3 hours ago
Six weeks in April is the whole start of the season. Could they not have done it in November?
Reply

    pier_regular
    2 hours ago
    The piles split. You would rather they waited for the pier to fall into the sea?
    Reply

old_salt_77
1 hour ago
Both can be true: the repair is needed and the notice was far too short.
Reply

Kit Marsh
40 minutes ago
The boat tours have to refund every single booking for April and May.
Reply
"""


def test_a_threads_opening_post_is_its_article() -> None:
    comments = _comments(THREAD)
    assert [(c.author, c.depth, c.reply_to) for c in comments] == [
        ("pier_regular", 1, "harbourcat"), ("old_salt_77", 0, ""), ("Kit Marsh", 0, "")]
    layout = split_layout(THREAD)
    assert any("whole start of the season" in p for p in layout.paragraphs)
    assert not any("harbourcat" in p or "3 hours ago" in p for p in layout.paragraphs)  # its author line


def test_badges_and_member_lines_are_never_authors_or_body() -> None:
    comments = _comments(BADGES)
    assert all(c.author not in ("Top fan", "Author") for c in comments)
    assert comments[2].body.startswith("The piles split")


def test_replies_from_indentation_and_markers() -> None:
    comments = _comments(REPLIES)
    assert [(c.author, c.depth, c.reply_to) for c in comments] == [
        ("Marnie Tolland", 0, ""),
        ("Desmond Okereke", 1, "Marnie Tolland"),
        ("Marnie Tolland", 2, "Desmond Okereke"),
        ("Fenella", 1, "Desmond Okereke"),
        ("Kit Marsh", 1, "Fenella"),  # "@Fenella" names a commenter of the page
    ]
    assert comments[3].body.startswith("Both can be true")  # the "In reply to" line is not body
    assert all(c.is_reply for c in comments[1:])


@pytest.mark.parametrize("page", [ARTICLE, LINK_LIST, RELATED_WITH_BYLINES, LIVE_BLOG, EMBEDDED_POSTS,
                                  FOOTER],
                         ids=["article", "link-list", "related-bylines", "live-blog", "embedded", "footer"])
def test_pages_without_comments_give_none(page: str) -> None:
    assert generic_comments(page.split("\n")) == ([], set())


def test_article_paragraphs_stay_in_the_article() -> None:
    layout = split_layout(HEAD_BODY)
    assert [c.author for c in layout.comments] == ["Marnie Tolland", "Desmond Okereke", "Fenella"]
    text = "\n".join(layout.paragraphs)
    assert "inspection in March found two piles" in text
    assert "Six weeks in April" not in text and "Comments (3)" not in text


def test_fallback_keeps_a_specific_readers_comments() -> None:
    lines = BODY_SIGN.split("\n")  # no counter on the page
    mine = [RawComment(1, "Someone", "A comment a specific reader found.")]
    assert fallback_comments(lines, mine, {3}) == (mine, {3})
    found, taken = fallback_comments(lines, [], set())
    assert [c.author for c in found] == ["Marnie Tolland", "Desmond Okereke", "Fenella"]
    assert taken


def test_fallback_replaces_far_fewer_than_the_counter() -> None:
    page = VOTES.replace("47 comments", "3 comments")
    lines = page.split("\n")
    one = [RawComment(1, "harbourcat", "Six weeks in April")]
    assert comment_count(lines) == 3
    found, _ = fallback_comments(lines, one, set())
    assert len(found) == 3


@pytest.mark.parametrize("line, expected", [
    ("Ann Lee · 3h", ("Ann Lee", "3h")),
    ("Ann Lee said on March 3, 2019 at 4:05 pm", ("Ann Lee", "said on March 3, 2019 at 4:05 pm")),
    ("Fran, Leeds, United Kingdom, 3 hours ago", ("Fran", "3 hours ago")),
    ("3 hours ago by Ann Lee", ("Ann Lee", "3 hours ago")),
    ("answered Mar 14, 2019 at 10:05", None),
    ("Reply · 2h", None),
    ("The council will vote on March 3, 2019", None),
])
def test_split_stamp(line: str, expected: tuple[str, str] | None) -> None:
    assert split_stamp(line) == expected


@pytest.mark.parametrize("line, name", [
    ("Related, but not the same rule. – Ann Lee Mar 14, 2019 at 9:30", "Ann Lee"),
    ("I agree with both points. Kestrel (talk) 09:14, 19 March 2019 (UTC)", "Kestrel"),
    ("The vote was held on March 14, 2019 at the town hall.", None),
])
def test_split_signature(line: str, name: str | None) -> None:
    found = split_signature(line)
    assert (found[1] if found else None) == name


@pytest.mark.parametrize("line, kind", [
    ("3 hours ago", Kind.STAMP),
    ("#14", Kind.OPENER),
    ("answered Mar 14, 2019 at 10:05", Kind.OPENER),
    ("Ann Lee · 3h", Kind.NAMED),
    ("▲ 41 ▼ 3", Kind.ACTION),
    ("Like 48", Kind.ACTION),
    ("3 boosts · 18 favourites", Kind.ACTION),
    ("Top fan", Kind.ACTION),
    ("Priya from the North Stand", Kind.NAME),
    ("quietfullback", Kind.NAME),
    ("Well said", Kind.SHORT),
    ("Ann Lee said...", Kind.NAME),
    ("by kestrel (40122) on Monday March 18, 2019 @09:14AM (#5826311)", Kind.NAMED),
    ("The piles split, and the trust had no choice.", Kind.PROSE),
])
def test_classify(line: str, kind: Kind) -> None:
    assert classify(line)[0] is kind


@pytest.mark.parametrize("line", ["Re: the pier (Score:4, Insightful)", "Re: pier repairs",
                                  "Improve this answer"])
def test_subject_and_label_lines_are_never_bodies_or_names(line: str) -> None:
    assert classify(line)[0] not in (Kind.PROSE, Kind.SIGNED, Kind.NAME, Kind.NAMED)


def test_a_long_page_is_read_in_one_pass() -> None:
    block = "\n".join(f"Commenter {n % 50}\n{n % 20 + 1} hours ago\nComment number {n} says so.\nReply\n"
                      for n in range(2000))
    comments = _comments(ARTICLE + "\nComments\n\n" + block)
    assert len(comments) == 2000


# ---- general signals added for a fourth set of outlets (invented lines, none from a fixture) ----

@pytest.mark.parametrize(("line", "kind", "name"), [
    ("Tobias R.", Kind.NAME, "Tobias R."),                      # a surname's initial ends with a full stop
    ("Harbour Works team answered 2 days ago", Kind.NAMED, "Harbour Works team"),  # a team answers
    ("Guest", Kind.NAME, "Guest"),                              # an anonymous author the page shows
    ("Name withheld", Kind.NAME, "Name withheld"),
    ("[deleted]", Kind.NAME, "[deleted]"),
    ("Reply from Orla K, Manager at Pier Café", Kind.NAME, "Orla K"),
    ("Oskar Lind, Harbour Anglers Club", Kind.NAME, "Oskar Lind"),
    ("pier_watcher [moderator]", Kind.NAME, "pier_watcher"),
    ("Featured", Kind.ACTION, ""),                              # badges wherever they sit
    ("Staff pick", Kind.ACTION, ""),
    ("Replying to Tobias R.", Kind.ACTION, ""),                 # a reply mark, not a name
    ("4.0 of 5 stars", Kind.ACTION, ""),                        # a rating
    ("Rated 3/5", Kind.ACTION, ""),
    ("Suburb: East Quay", Kind.ACTION, ""),                     # a labelled field
    ("Written 3 May 2024", Kind.OPENER, ""),                    # stamp verbs, never names
    ("Responded 4 May 2024", Kind.OPENER, ""),
    ("Last updated: 10 May 2024", Kind.OPENER, ""),
    ("Review 0042", Kind.OPENER, ""),                           # a numbered entry
    ("2 Jun @ 7:05pm", Kind.STAMP, ""),                         # day and month without a year, "@" time
    ("May 2024 • Family", Kind.STAMP, ""),                      # a stamp and a short tag
])
def test_classify_general_signals(line: str, kind: Kind, name: str) -> None:
    assert classify(line) == (kind, name)


@pytest.mark.parametrize("line", ["Edit: the pier reopened today.", "Note: this is a long sentence that"
                                  " goes on well past a field's value"])
def test_a_sentence_with_a_colon_is_no_field(line: str) -> None:
    assert classify(line)[0] is not Kind.ACTION


def test_weekday_and_stamp_verb_are_never_authors() -> None:
    assert split_stamp("Tue, 14 May 2024") is None
    assert split_stamp("Written 3 May 2024") is None


BADGES_AND_REPLY_LINES = ARTICLE + """
Discussion
Share what you think. Be kind, stay on the topic of the story and read the house rules first.
31 Comments
Sort by

Featured
Editor's pick
Tobias R.
Member since 2019
4 hours ago
The trust knew about the piles in March and told nobody until Thursday. That is the real story here.
Reply · Report
22 Likes

    Oskar Lind
    Replying to Tobias R.
    Member since 2021
    3 hours ago
    They told the tenants in March. The anglers are not tenants, which is the problem.
    Reply · Report
    9 Likes

Guest
2 hours ago
Featured
Six weeks is optimistic for pile work in spring tides.

Ask anyone who worked on the west pier.
Reply · Report
"""


def test_badges_over_a_name_and_a_reply_line_under_it() -> None:
    comments = _comments(BADGES_AND_REPLY_LINES)
    assert [(c.author, c.reply_to, c.depth) for c in comments] == [
        ("Tobias R.", "", 0), ("Oskar Lind", "Tobias R.", 1), ("Guest", "", 0)]
    assert comments[2].body.startswith("Six weeks") and "west pier" in comments[2].body
    taken = generic_comments(BADGES_AND_REPLY_LINES.split("\n"))[1]
    lines = BADGES_AND_REPLY_LINES.split("\n")
    assert {lines.index("Featured"), lines.index("Editor's pick")} <= taken  # badges above the first name


REVIEWS = ARTICLE + """
Reviews (96)
Showing results 1-3 of 96

pier_regular
Harbourside, Australia
41 contributions
4.0 of 5 stars
Still the best chowder on the coast
May 2024 • Family
We waited ten minutes for a table and the chowder was worth it. The closure will hurt them.
Read more
Written 3 May 2024
This review is the personal opinion of a member and not of the site.
Helpful
Share

Reply from Orla K, Manager at Pier Café
Responded 4 May 2024
Thank you, we will stay open through the works with the side entrance.
This response is the personal opinion of the business and not of the site.

Maddy_travels
12 contributions
2.0 of 5 stars
Noisy on the water
Apr 2024
Lovely room, but the repair barges started at seven and nobody warned us when we booked.
Written 28 April 2024
This review is the personal opinion of a member and not of the site.
Helpful
Share

Jon Q
3 contributions
5.0 of 5 stars
Friendly staff
Apr 2024 • Couples
Friendly staff, fair prices, and the pier view even with the scaffolding up.
Written 20 April 2024
This review is the personal opinion of a member and not of the site.
Helpful
Share
"""


def test_reviews_with_titles_ratings_and_an_owner_response() -> None:
    comments = _comments(REVIEWS)
    assert [(c.author, c.reply_to) for c in comments] == [
        ("pier_regular", ""), ("Orla K", "pier_regular"), ("Maddy_travels", ""), ("Jon Q", "")]
    assert comments[0].body.startswith("We waited")   # the review's title is its heading, not its body
    assert all("of a member" not in c.body for c in comments)  # the notice printed under each is the site's


SUBMISSIONS_AND_QA = ARTICLE + """
Showing 3 of 88 submissions

Submission 0007
Oskar Lind, on behalf of the Harbour Anglers Club
Suburb: East Quay
Position: Oppose
Submitted 2 May 2024, 8:15 pm
The club does not oppose the repairs. We oppose closing the whole pier when half of it is sound.

Submission 0011
Name withheld
Suburb: Harbourside
Position: Support
Submitted 3 May 2024, 9:40 am
Fix it properly once. Six weeks is nothing against another split pile.

Submission 0015
Tobias R.
Suburb: Harbourside
Position: Neutral
Submitted 3 May 2024, 1:02 pm
Close it, but tell the tour operators before the bookings open next time.

Questions

Fenella asked 6 days ago
Will the café stay open during the works?
Public reply
Harbour Works team answered 4 days ago
Yes. The café keeps its side entrance and the works stop at six each evening.

Key Dates
Works start
13 May 2024
Works end
24 June 2024
Board meeting
2 July 2024
Lifecycle
Open
The pier is closed for repairs from the start date.
"""


def test_submissions_and_answers_but_not_a_key_dates_box() -> None:
    comments = _comments(SUBMISSIONS_AND_QA)
    assert [(c.author, c.reply_to) for c in comments] == [
        ("Oskar Lind", ""), ("Name withheld", ""), ("Tobias R.", ""), ("Fenella", ""),
        ("Harbour Works team", "Fenella")]


LEVELS = ARTICLE + """
42 comments
Sort By: Best

level 1
harbour_rat
· 5 hr. ago
The pier has needed this for a decade, honestly.
12
Reply
Share

level 2
anglerjo
OP
· 4 hr. ago
Needed, yes. Announced on a Thursday for a Monday start, no.
8
Reply
Share

level 1
[deleted]
· 3 hr. ago
[removed]
Reply
Share
"""


def test_level_marks_give_the_nesting_and_deleted_authors_count() -> None:
    comments = _comments(LEVELS)
    assert [(c.author, c.reply_to, c.depth) for c in comments] == [
        ("harbour_rat", "", 0), ("anglerjo", "harbour_rat", 1), ("[deleted]", "", 0)]


def test_a_name_over_its_named_stamp_and_a_mention_line() -> None:
    page = ARTICLE + """
@anglerjo
anglerjo commented May 2, 2024
The closure notice went up on Thursday afternoon, which is not enough time for anyone.

@harbour-trust
Member
harbour-trust commented May 2, 2024
We are sorry for the short notice and will post dates earlier from now on.

@anglerjo
anglerjo commented May 3, 2024
@harbour-trust
We will post dates earlier
Thank you, that is all we asked for in the first place, honestly.

Sign up for free to join this conversation.
"""
    comments = _comments(page)
    assert [(c.author, c.reply_to) for c in comments] == [
        ("anglerjo", ""), ("harbour-trust", ""), ("anglerjo", "harbour-trust")]


def test_the_generic_reading_replaces_a_reader_whose_authors_are_stamp_words() -> None:
    lines = SUBMISSIONS_AND_QA.split("\n")
    specific = [RawComment(n, "Submitted", "body text here.") for n in range(1, 4)]
    chosen, _ = fallback_comments(lines, specific, set())
    assert [c.author for c in chosen][:3] == ["Oskar Lind", "Name withheld", "Tobias R."]
    uncounted = [line for line in lines if not line.startswith("Showing")]
    named = [RawComment(n, f"Reader {n}", "body text here.") for n in range(1, 4)]
    assert fallback_comments(uncounted, named, {1})[0] == named  # names, and no counter far above: kept


def test_showing_n_of_m_is_a_counter() -> None:
    assert comment_count(["Showing 1-15 of 2,318 comments"]) == 2318
    assert comment_count(["Showing 6 of 214 submissions"]) == 214


def test_a_mention_of_a_two_word_name_answers_that_commenter() -> None:
    page = ARTICLE + """
Comments (14)

Tobias R
3h
Six weeks in April is the whole start of the season for the tour boats.
▲ 12 ▼ 1
Reply

    Oskar Lind
    2h
    @Tobias R the piles split in March, it could not wait until the autumn.
    ▲ 4 ▼ 0
    Reply

Fenella
1h
@Nobody Here this mention names nobody on the page, so it stays as written.
▲ 2 ▼ 0
Reply
"""
    assert [(c.author, c.reply_to) for c in _comments(page)] == [
        ("Tobias R", ""), ("Oskar Lind", "Tobias R"), ("Fenella", "@Nobody")]


# ---- general signals added for a fifth set of outlets (invented lines, none from a fixture) ----

@pytest.mark.parametrize("line, kind, name", [
    ("Harbour pilot 2001–2015 · Updated 3d", Kind.STAMP, ""),      # a credential and its stamp
    ("Former harbour master · Answered March 4", Kind.STAMP, ""),
    ("Follow", Kind.ACTION, ""),
    ("fedilink", Kind.ACTION, ""),
    ("Curtir (14)", Kind.ACTION, ""),                              # an action in another language
    ("Responder", Kind.ACTION, ""),
    ("Pinned by creator", Kind.ACTION, ""),
    ("[09:04]", Kind.STAMP, ""),                                   # a grouped message's time
    ("12.mar.2024 às 13h14", Kind.STAMP, ""),
    ("2024.03.12. 14:52", Kind.STAMP, ""),
    ("message 3: by Ann Lee (new)", Kind.NAME, "Ann Lee"),
    ("우리동네", Kind.NAME, "우리동네"),                                # letters of another script
    ("This reply was removed for breaking the rules.", Kind.PROSE, ""),
])
def test_classify_signals_of_a_fifth_set(line: str, kind: Kind, name: str) -> None:
    assert classify(line) == (kind, name)


def test_answers_under_an_all_related_counter_keep_the_first_answer() -> None:
    page = "\n".join([
        "Questions", "Harbours",
        "Why is the east pier closing for six weeks this spring when the boats still use it?",
        "All related (12)",
        "Sort", "Recommended",
        "Ann Lee", "Follow", "Harbour pilot 2001–2015 · Updated 3d",
        "Because two piles split in March and the divers cannot start until the tides fall.", "(more)",
        "Upvote ·", "41",
        "Sponsored by Quayside Insurance", "Is your boat covered for storm damage this winter?", "Learn More",
        "Bo Hart", "Follow", "Former harbour master · Answered March 4",
        "The piles have been rotten for a decade and everyone on the quay knew it.",
        "Upvote ·", "12",
        "Cy Moor", "Follow", "Angler · 2d",
        "I fish there every weekend and nobody told us until Thursday night.",
        "Upvote ·", "3",
        "Related questions", "How old is the east pier?", "Who owns the harbour?",
    ])
    assert _authors(page) == ["Ann Lee", "Bo Hart", "Cy Moor"]


def test_a_widget_row_closes_a_name_like_button_over_the_first_comment() -> None:
    page = ARTICLE + "\n".join([
        "Comments", "Preview", "Reply",
        "ann@harbour.example", "2 hours ago", "+4", "The divers were on the slip at six this morning.",
        "link", "fedilink", "reply",
        "bo@harbour.example", "1 hour ago", "+2", "And they stopped at noon for the tide.",
        "link", "fedilink", "reply",
        "cy@quay.example", "40 minutes ago", "+1", "Good, the piles have waited long enough.",
        "link", "fedilink", "reply",
    ])
    assert _authors(page) == ["ann@harbour.example", "bo@harbour.example", "cy@quay.example"]


def test_a_pinned_comment_with_its_stamp_under_the_body_is_read_with_the_others() -> None:
    page = ARTICLE + "\n".join([
        "Replies", "Sort by", "Top",
        "Ann Lee", "Pinned by creator", "The divers were on the slip at six this morning.", "Mar 17", "♡ 9",
        "Bo Hart", "Mar 17", "And they stopped at noon for the tide.", "♡ 4",
        "Cy Moor", "Mar 18", "Good, the piles have waited long enough.", "♡ 2",
    ])
    assert _authors(page) == ["Ann Lee", "Bo Hart", "Cy Moor"]


def test_a_removed_replys_notice_between_comments_is_a_comment_of_nobodys() -> None:
    page = ARTICLE + "\n".join([
        "Comments", "",
        "Ann Lee", "3 hours ago", "The divers were on the slip at six this morning.", "Reply", "",
        "This reply was removed for breaking the rules.", "",
        "Bo Hart", "2 hours ago", "And they stopped at noon for the tide.", "Reply", "",
        "Cy Moor", "1 hour ago", "Good, the piles have waited long enough.", "Reply",
    ])
    assert _authors(page) == ["Ann Lee", "", "Bo Hart", "Cy Moor"]


def test_a_sidebars_numbered_rules_are_no_comment() -> None:
    page = ARTICLE + "\n".join([
        "Comments", "",
        "Ann Lee", "3 hours ago", "The divers were on the slip at six this morning.", "Reply", "",
        "Bo Hart", "2 hours ago", "And they stopped at noon for the tide.", "Reply", "",
        "Cy Moor", "1 hour ago", "Good, the piles have waited long enough.", "Reply", "",
        "Rules", "1. Be kind", "2. No names of staff, please", "3. Paste the paragraphs you quote",
        "Created Mar 14, 2023",
    ])
    assert _authors(page) == ["Ann Lee", "Bo Hart", "Cy Moor"]


def test_reaction_counters_repeated_under_every_comment_are_never_names() -> None:
    page = ARTICLE + "\n".join([
        "Comment 212", "",
        "ann****", "2024.03.12. 14:52", "The divers were on the slip at six this morning.", "Reply 3",
        "Agree 40", "Disagree 2", "",
        "bo_h****", "2024.03.12. 15:10", "And they stopped at noon for the tide.", "Reply 0",
        "Agree 12", "Disagree 5", "",
        "cymo****", "2024.03.12. 15:33", "Good, the piles have waited long enough.", "Reply 1",
        "Agree 3", "Disagree 0",
    ])
    assert _authors(page) == ["ann****", "bo_h****", "cymo****"]


def test_a_reviews_rating_and_title_stand_over_the_reviewer_and_helpful_votes_are_not_body() -> None:
    page = ARTICLE + "\n".join([
        "Visitor Reviews", "Sort by: Most Helpful", "",
        "2/10", "Closed again", "pier_walker", "April 2, 2024",
        "Third closure this year and nobody tells the boat crews until the day before.",
        "14 out of 17 found this helpful.", "Was this review helpful? Yes | No", "",
        "9/10", "Worth the wait", "Mo Reddy", "April 3, 2024",
        "The new piles will last fifty years, so six weeks is nothing.",
        "3 out of 9 found this helpful.", "Was this review helpful? Yes | No", "",
        "6/10", "Fine", "tide.tables", "April 5, 2024",
        "The café stays open, which is all most visitors care about anyway.",
        "2 out of 2 found this helpful.", "Was this review helpful? Yes | No", "",
        "Load more reviews",
    ])
    comments = split_layout(page).comments
    assert [(c.author, c.body) for c in comments] == [
        ("pier_walker", "Third closure this year and nobody tells the boat crews until the day before."),
        ("Mo Reddy", "The new piles will last fifty years, so six weeks is nothing."),
        ("tide.tables", "The café stays open, which is all most visitors care about anyway.")]


def test_a_numbered_comments_number_before_its_author_is_not_the_name() -> None:
    page = ARTICLE + "\n".join([
        "3 Comments", "",
        "#1 pier_walker", "April 2, 2024 at 9:12 am",
        "The boat crews were told on Thursday, which is no notice at all.", "",
        "#2 Mo Reddy", "April 2, 2024 at 9:40 am",
        "Six weeks is nothing for piles that will last fifty years.", "",
        "#3 tide.tables", "April 2, 2024 at 10:05 am", "Reply to #1 pier_walker",
        "They were told in March, it was in the newsletter.", "",
        "Leave a comment",
    ])
    comments = split_layout(page).comments
    assert [(c.author, c.reply_to) for c in comments] == [
        ("pier_walker", ""), ("Mo Reddy", ""), ("tide.tables", "pier_walker")]


def test_a_reply_opening_with_the_quoted_parent_line_answers_that_poster_and_deleted_keeps_its_slot() -> None:
    page = ARTICLE + "\n".join([
        "4 comments", "",
        "pier_walker | April 2, 2024 - 10:31 am",
        "The boat crews were told on Thursday, which is no notice.", "",
        "Mo Reddy | April 2, 2024 - 10:40 am",
        "Six weeks is nothing for piles that will last fifty years.", "",
        "tide.tables | April 2, 2024 - 11:03 am", "> pier_walker: The boat crews were told on Thursday",
        "They were told in March, it was in the newsletter.", "",
        "[deleted] | April 2, 2024 - 11:20 am", "This comment was deleted by its author.", "",
        "Load more comments (1)",
    ])
    comments = split_layout(page).comments
    assert [(c.author, c.reply_to) for c in comments] == [
        ("pier_walker", ""), ("Mo Reddy", ""), ("tide.tables", "pier_walker"), ("[deleted]", "")]
    assert comments[2].body.startswith("> pier_walker:")


# ---- star-rated reader reviews: stars, an optional title, "by Name", the date, a helpfulness row ----

STAR_REVIEWS = ARTICLE + "\n".join([
    "Reader reviews (4)", "", "Write a review", "",
    "★★★★☆", "Better than the old pier ever was", "by Hal Morrow", "3 April 2025",
    "The new boards are solid and the café has kept its tables outside all week.",
    "Was this review helpful? Yes (9) No (1)", "Report", "",
    "    ↳ Reply from pier_watcher · 3 April 2025",
    "    Solid, yes, but the railings on the north side are still the old rusty ones.",
    "    Was this reply helpful? Yes (3) No (0)", "",
    "★★☆☆☆", "by Ottilie Brand", "4 April 2025",
    "Six weeks became ten and nobody told the boat-tour people until the last minute.",
    "Was this review helpful? Yes (12) No (2)", "Report", "",
    "★★★★★", "CHEAP FERRY DEALS", "by ferrydealz", "5 April 2025",
    "Cheap ferry tickets all summer long, visit ferrydealz.example today for the best prices!!",
    "Was this review helpful? Yes (0) No (14)", "Report", "",
    "Load more reviews", "", "More from the Harbour", "Trust names new chair", "Lido to reopen in May", ""])


def test_star_rated_reviews_keep_the_reviewer_not_the_title_and_the_reply_answers_the_review() -> None:
    got = _comments(STAR_REVIEWS)
    assert [(c.author, c.reply_to) for c in got] == [
        ("Hal Morrow", ""), ("pier_watcher", "Hal Morrow"), ("Ottilie Brand", ""), ("ferrydealz", "")]
    assert got[0].body.startswith("The new boards") and got[3].body.startswith("Cheap ferry")
    assert classify("by Hal Morrow") == (Kind.NAME, "Hal Morrow")
    assert classify("Was this review helpful? Yes (9) No (1)")[0] is Kind.ACTION


# ---- labelled comment fields: "Title:", "Author:", "Date:" one per line over the body ----

LABELLED = ARTICLE + "\n".join([
    "Comments (3)", "", "Post your comment", "",
    "Title: Fix the railings too", "Author: Abena Owusu", "Date: 03.04.2025",
    "The railings on the north side have been rusty for years and nobody has touched them.",
    "Reply | Like (8) | Report", "",
    "    Title: Re: Fix the railings too", "    Author: Yaw P.", "    Date: 03.04.2025",
    "    Abena they are on the list for the autumn, the trust said so at the last meeting.",
    "    Reply | Like (2) | Report", "",
    "Title: Six weeks", "Author: Harbour Lad", "Date: 04.04.2025",
    "Six weeks in April means the whole Easter trade is gone for the boat people.",
    "Reply | Like (11) | Report", "",
    "Related Articles", "Trust names new chair", "Lido to reopen in May", ""])


def test_labelled_fields_give_the_author_and_the_stamp_and_the_title_is_no_author() -> None:
    got = _comments(LABELLED)
    assert [c.author for c in got] == ["Abena Owusu", "Yaw P.", "Harbour Lad"]
    assert got[0].body.startswith("The railings") and got[1].depth == 1
    assert classify("Author: Abena Owusu") == (Kind.NAME, "Abena Owusu")
    assert classify("Date: 03.04.2025")[0] is Kind.STAMP


def test_a_widget_line_over_a_blank_line_is_not_the_name_over_a_body_stamped_under_it() -> None:
    from components.parse.comment_blocks import generic_comments
    page = ("A headline about the ferry\n\n"
            + "The council met on Tuesday and talked about the ferry for hours. " * 3 +
            "\n\nComments (3)\n\nSort by\nOldest\nDisplay threads\nExpanded\n\n"
            "wharf_rat\n\nThe ferry was late three times last week and nobody said a word.\n\n"
            "16 Mar 2024 10:12 · Reply\n\n"
            "minnow.b\n\nSame on the early boat, it sat at the pier for forty minutes.\n\n"
            "16 Mar 2024 10:40 · Reply\n\n"
            "tern_lady\n\nThe timetable on the website is still the winter one, too.\n\n"
            "16 Mar 2024 11:02 · Reply\n")
    comments, _ = generic_comments(page.split("\n"))
    assert [c.author for c in comments] == ["wharf_rat", "minnow.b", "tern_lady"]


def test_a_handle_under_a_display_name_over_a_blank_line_is_still_not_the_name() -> None:
    from components.parse.comment_blocks import _under_name
    assert _under_name("@ann@social.example") and _under_name("Works at Port of Halifax")
    assert not _under_name("Expanded") and not _under_name("wharf_rat")
