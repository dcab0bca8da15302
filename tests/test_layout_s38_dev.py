"""Session 38 (helper H259): comment-reading faults a blind data writer met on three platforms'
real forms (a fundraiser's words of support, a knitting forum's posts with their vote counts, a
council planning portal's public comments), each on invented pages with must-not-fire cases.

1. A short comment closed by emoji ("Come home soon!!! ❤️🛶") was judged as a Title Case line of four
   'words' that does not end like a sentence (the emoji counted as a word and hid the "!!!"), and
   dropped as a link list's headline; on a spaced page it was taken for the next header's name line.
2. A forum post's vote tallies ("agree (41)   love (6)", a lone "love (8)", the counts after the post's
   "reply   quote" buttons) stayed in the post's text.
3. A fundraiser's organiser's update, headed by her name as organiser, was read as a comment: the
   "Words of support (N)" heading now heads the comment section.
4. A planning portal's comment headers: the name, address, postcode and ticked stance on one line, a
   "Comment submitted date:" field, a weekday before the date ("Tue 10 Nov 2026" was read as a name
   "Tue 10"), "Received 10 November 2026" (read as a name "Received"), an address line under the name.
5. A couple's name line with the stance after it ("Mr and Mrs K Tandy (Neutral)") was no name line.
"""

import pytest

from components.parse.layout import _header_parts, split_layout
from tests.layout_support import BODY, comment_rows

# ---- 1. a short comment closed by emoji ----

_FUND_HEAD = (BODY + "\n\nThe fundraiser on GoFundMe\n\nGoFundMe\n"
              "Search   Donate   Fundraise   About   Sign in\n\nRebuild the scout hut\n\n"
              "£2,310 raised of £6,000 target · 140 donations\n\nShare\nDonate now\n\n"
              "Words of support (4)\n\nPlease donate to share words of support.\n\n")
_FUND_END = "Show more\n\nReport fundraiser\n\nMost read\n\nRoadworks on the bypass to last into June\n"


def _fundraiser(words: list[tuple[str, str, str]]) -> str:
    return _FUND_HEAD + "".join(f"{name}\n{amount}\n\n{text}\n\n" for name, amount, text in words) + _FUND_END


_SUPPORT = [
    ("Harriet Moss", "£25 · 4 d", "Our two boys went to that hut every Friday for years. Happy to help."),
    ("Anonymous", "£10 · 3 d", "{short}"),
    ("Dev Raman", "£15 · 1 d", "Sending what we can from the cubs' parents at St Aidan's, good luck."),
]


@pytest.mark.parametrize("short", ["Rebuild Akela's hut!!! ❤️🏕️", "Rebuild Akela's hut!!! ❤️",
                                   "Rebuild Akela's hut!!! 🏕️", "Bring Back The Hut! 👏🏽",
                                   "Good Luck Everyone. 🤞"])
def test_short_word_of_support_closed_by_emoji_is_read(short: str) -> None:
    words = [(n, a, t.format(short=short)) for n, a, t in _SUPPORT]
    assert comment_rows(_fundraiser(words)) == [(n, "", t) for n, _, t in words]


def test_short_word_of_support_without_emoji_still_read() -> None:
    words = [(n, a, t.format(short="Rebuild Akela's hut!!!")) for n, a, t in _SUPPORT]
    assert comment_rows(_fundraiser(words)) == [(n, "", t) for n, _, t in words]


def test_emoji_closed_sentence_is_no_spaced_header_part() -> None:
    lines = ["Anonymous", "£10 · 3 d", "", "Rebuild Akela's hut!!! ❤️🏕️", "", "Dev Raman", "£15 · 1 d"]
    assert _header_parts(lines, 6) == [5]


def test_display_name_with_emoji_is_still_a_spaced_header_part() -> None:
    lines = ["Great work, all of you.", "", "Cerys Bowen 🌻", "", "£15 · 1 d"]
    assert _header_parts(lines, 4) == [2]


def test_article_line_closed_by_emoji_stays_article_text() -> None:
    page = (BODY + "\n\nThe club's captain summed up the mood in the clubhouse after the vote. 🎉\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")
    layout = split_layout(page)
    assert layout.comments == ()
    assert any(p.endswith("after the vote. 🎉") for p in layout.paragraphs)


def test_reaction_row_under_a_short_emoji_comment_stays_out_of_its_body() -> None:
    page = (BODY + "\n\nComments\n\n"
            "Mina Ross · 3 hours ago\nThat hut was my second home!!! ❤️\n👍 14  ❤️ 3\nReply\n\n"
            "kestrel_77 · 2 hours ago\nThe new roof will need more than a bake sale.\n👍 2\nReply\n\n"
            "Tom Hale · 1 hour ago\nCount me in for the painting weekend.\n👍 5\nReply\n")
    assert comment_rows(page) == [
        ("Mina Ross", "", "That hut was my second home!!! ❤️"),
        ("kestrel_77", "", "The new roof will need more than a bake sale."),
        ("Tom Hale", "", "Count me in for the painting weekend."),
    ]


# ---- 3. an organiser's update above a fundraiser's words of support ----

_UPDATE = "We have the keys to the old chapel for the winter, so the Friday meetings can carry on. Thank you."


@pytest.mark.parametrize("header", [["Carys Pugh, Organiser", "3 d ago"],
                                    ["20 Nov 2026 by Carys Pugh, Organiser"],
                                    ["Carys Pugh", "Organizer", "Nov 20, 2026"]])
def test_organisers_update_above_words_of_support_is_no_comment(header: list[str]) -> None:
    words = [(n, a, t.format(short="Keep going!")) for n, a, t in _SUPPORT]
    page = _fundraiser(words).replace("Words of support (4)", "\n".join(
        ["Updates (1)", "", *header, "", _UPDATE, "", "Organiser and beneficiary", "", "Carys Pugh",
         "Organiser", "", "Words of support (4)"]))
    assert comment_rows(page) == [(n, "", t) for n, _, t in words]
    assert any(_UPDATE in p for p in split_layout(page).paragraphs)


@pytest.mark.parametrize("heading", ["Messages of support (3)", "Words of encouragement",
                                     "Words of support:"])
def test_other_words_of_support_headings(heading: str) -> None:
    words = [(n, a, t.format(short="Keep going!")) for n, a, t in _SUPPORT]
    page = _fundraiser(words).replace("Words of support (4)", heading)
    assert comment_rows(page) == [(n, "", t) for n, _, t in words]


def test_words_of_support_in_an_article_sentence_is_no_heading() -> None:
    page = (BODY + "\n\nWords of support came in from across the county within an hour of the fire.\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")
    layout = split_layout(page)
    assert layout.comments == ()
    assert any(p.startswith("Words of support came in") for p in layout.paragraphs)


# ---- 2. a forum post's vote counts ----

_POSTS = [
    ("crewneck_cath", None, "agree (12)   love (3)",
     "The pool has been cold since September and nobody from the leisure centre will say why."),
    ("lengths_lou", "crewneck_cath", "love (8)",
     "Same at the Tuesday lane swim. I have started wearing a rash vest like a child."),
    ("deep_end_dan", None, "funny (21)   agree (5)",
     "At this rate the aqua aerobics class will need ice skates by Christmas."),
    ("Poolside_Pat", "deep_end_dan", "",
     "The boiler is forty years old, I asked at the desk last week and they showed me the invoice."),
    ("crewneck_cath", "Poolside_Pat", "educational (4)",
     "Thank you, that explains the notice on the door about the temperature."),
]


def _forum(form: str) -> str:
    head = (BODY + "\n\nThe discussion on the swimmers' forum\n\n"
            "Lido Lovers › discussion › The Shallow End\n\nPool too cold, swimmers say\n\n"
            "5 posts · 210 views · started by crewneck_cath\n\n")
    posts = []
    for i, (name, to, votes, text) in enumerate(_POSTS, 1):
        lines = [name, f"Nov 20, 2026 {i}:05pm   #{i}", *([f"in reply to {to}"] if to else []), "", text, ""]
        if form == "own" and votes:
            lines.append(votes)
        lines.append("reply   quote" + (f"   ·   {votes}" if form == "row" and votes else ""))
        posts.append("\n".join(lines))
    return (head + "\n\n".join(posts)
            + "\n\n« previous topic   ·   next topic »\n\nMost read\n\nBypass roadworks to last\n")


@pytest.mark.parametrize("form", ["own", "row"])
def test_forum_post_votes_stay_out_of_the_post(form: str) -> None:
    rows = comment_rows(_forum(form))
    assert [(author, body) for author, _, body in rows] == [(name, text) for name, _, _, text in _POSTS]


@pytest.mark.parametrize("line", ["love (8)", "agree (3)", "educational (2)", "disagree (14)",
                                  "funny (1,204)", "reply   quote   ·   agree (41)   love (6)",
                                  "Reply · Quote · funny (3)",
                                  "reply  quote  agree 12"])
def test_vote_tallies_are_reaction_rows(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is Kind.ACTION


@pytest.mark.parametrize("line", ["Love (and hate) this pattern.", "Agree (mostly).", "love it",
                                  "Agree with every word (41 years a member here)",
                                  "reply to the council, quote them",
                                  "Ann Lee (8)", "Quote me on that: agree (3) times"])
def test_sentences_like_vote_tallies_are_no_reaction_rows(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is not Kind.ACTION


# ---- 4 and 5. a planning portal's public comments ----

_REPS = [
    ("Mr Owen Pryce", "12 Mill Lane Ashby AB4 2CD", "Objects",
     "The new units would overlook our garden from three sides and the lane cannot take the lorries."),
    ("Mrs Dilys Ward", "Rose Cottage Church Road Ashby AB4 2CF", "Supports",
     "The village needs small workshops. My son had to move to the city to find a unit he could afford."),
    ("Mr and Mrs K Tandy", "Flat 3 The Old Mill Mill Lane Ashby AB4 2CE", "Neutral",
     "We would accept the scheme if deliveries were limited to weekday daytime hours."),
    ("Dr Ruth Okafor", "5 Church Road Ashby AB4 2CF", "Objects",
     "The bat survey was done in March, when the bats are still hibernating. It should be repeated."),
]
_PORTAL_HEAD = (BODY + "\n\nThe comments on the council's planning portal\n\nAshby District Council\n"
                "Planning – Application Search\n\nErection of four light industrial units | "
                "Land at Mill Lane Ashby AB4 2CD\n\nRef. No: 26/00731/FUL | Status: Awaiting decision\n\n"
                "Public Comments   Consultee Comments   Make a Comment\n\nShowing 1-4 of 4\n\n")
_PORTAL_END = "\n\nContact Us   Accessibility   Privacy\n\n© Ashby District Council\n"


def _portal(form: str) -> str:
    reps = []
    for name, address, stance, text in _REPS:
        head = {
            "idox": [f"{name} {address} ({stance})", "Comment submitted date: Tue 10 Nov 2026"],
            "two-lines": [f"{name} ({stance})", address, "Comment submitted date: Tue 10 Nov 2026"],
            "submitted": [f"{name} ({stance})", "Comment submitted date: Tue 10 Nov 2026"],
            "weekday": [f"{name} ({stance})", address, "Tue 10 Nov 2026"],
            "address": [name, address, "10 November 2026"],
            "received": [name, address, "Received 10 November 2026"],
            "bare": [f"{name} ({stance})", "10 November 2026"],
        }[form]
        reps.append("\n".join([*head, "", text]))
    return _PORTAL_HEAD + "\n\n".join(reps) + _PORTAL_END


@pytest.mark.parametrize("form", ["idox", "two-lines", "submitted", "weekday", "address", "received", "bare"])
def test_planning_portal_comments_are_read(form: str) -> None:
    assert comment_rows(_portal(form)) == [(name, "", text) for name, _, _, text in _REPS]


@pytest.mark.parametrize(("line", "name"), [
    ("Mr Owen Pryce 12 Mill Lane Ashby AB4 2CD (Objects)", "Mr Owen Pryce"),
    ("Mrs Dilys Ward Rose Cottage Church Road Ashby AB4 2CF (Supports)", "Mrs Dilys Ward"),
    ("Mr and Mrs K Tandy Flat 3 The Old Mill Mill Lane Ashby AB4 2CE (Neutral)", "Mr and Mrs K Tandy"),
    ("Ashby Lighting Ltd Unit 4 Canal Side Estate Ashby AB4 9ZZ (Neutral)", "Ashby Lighting Ltd"),
    ("Mr Owen Pryce 12 Mill Lane Ashby AB4 2CD", "Mr Owen Pryce"),
])
def test_name_before_an_address_on_one_line(line: str, name: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line) == (Kind.NAME, name)


@pytest.mark.parametrize("line", ["Mr and Mrs K Tandy (Neutral)", "Mr & Mrs K Tandy",
                                  "Dr and Mrs Ali Hassan (Objects)"])
def test_couples_name_line(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is Kind.NAME


@pytest.mark.parametrize("line", ["Comment submitted date: Tue 10 Nov 2026", "Date received: 10/11/2026",
                                  "Tue 10 Nov 2026", "Wednesday 11 November 2026",
                                  "Received 10 November 2026"])
def test_portal_date_lines_are_stamps(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify, split_stamp
    assert classify(line)[0] in (Kind.STAMP, Kind.OPENER)
    assert split_stamp(line) is None


@pytest.mark.parametrize("line", ["Send your objections to the Planning Office 4 High Street Ashby AB4 1AA.",
                                  "Mr Pryce said the lane floods every winter AB4 2CD residents agree.",
                                  "The application was received on 10 November 2026 and is still open.",
                                  "Tue 10 Nov was the last day for comments, and I missed it"])
def test_sentences_with_addresses_and_dates_are_bodies(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is Kind.PROSE


def test_article_received_and_address_lines_are_no_comment_headers() -> None:
    page = ("Four workshops for Mill Lane\n\n" + BODY + "\n\nThe council's notice reads:\n\n"
            "Land at Mill Lane Ashby AB4 2CD\n\nReceived 10 November 2026\n\n"
            "Comments may be made until the end of the month, and the committee will meet in January to "
            "decide the application.\n\nMost read\n\nRoadworks on the bypass to last into June\n")
    layout = split_layout(page)
    assert layout.comments == ()
    assert any(p.startswith("Comments may be made") for p in layout.paragraphs)


@pytest.mark.parametrize("line", ["2 days ago · Reply · Like (3)", "Reply · Like (3) · 14h",
                                  "14h   Reply   Like (3)"])
def test_action_row_with_its_stamp_stays_a_stamp(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is Kind.STAMP


def test_removed_comments_label_over_its_header_is_one_slot() -> None:
    page = (BODY + "\n\nComments (4)\n\n"
            "harbour_jo\n9:02am Mon 23 Nov 26\n"
            "The skate park was promised in 2019 and we are still waiting.\n"
            "Quote   Report this comment   Like (12)\n"
            "Comment removed by a moderator\n9:15am Mon 23 Nov 26\n"
            "This comment was removed because it broke our rules.\n"
            "Pete Ormsby\n9:40am Mon 23 Nov 26\n"
            "The council has found the money for everything else this year.\n"
            "Quote   Report this comment   Like (7)\n"
            "Lena Fisk\n10:05am Mon 23 Nov 26\nMy two would use it every single evening, rain or not.\n"
            "Quote   Report this comment   Like (3)\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")
    rows = comment_rows(page)
    assert len(rows) == 4
    assert [r[0] for r in rows if r[0]][:1] == ["harbour_jo"]
    assert rows[0][2] == "The skate park was promised in 2019 and we are still waiting."
    assert rows[1][2] == "This comment was removed because it broke our rules."
    assert all("Report this comment" not in body for _, _, body in rows)


def test_reactions_between_a_stamp_and_the_body_stay_out_of_it() -> None:
    page = (BODY + "\n\nComments\n\n"
            "Mina Ross\n3 hours ago\n👍 ❤️ 😂\nThat hut was my second home for years.\n\n"
            "kestrel_77\n2 hours ago\n👍 😮\nThe new roof will need more than a bake sale.\n\n"
            "Tom Hale\n1 hour ago\n❤️ ❤️\nCount me in for the painting weekend.\n")
    assert comment_rows(page) == [
        ("Mina Ross", "", "That hut was my second home for years."),
        ("kestrel_77", "", "The new roof will need more than a bake sale."),
        ("Tom Hale", "", "Count me in for the painting weekend."),
    ]
