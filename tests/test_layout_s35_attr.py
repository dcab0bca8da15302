"""Session 35 (helper attrlay): two page-reading faults that lost quotes before attribution ran, on
invented pages with must-not-fire cases:

- an email an article prints, its header block (From:, To:, Subject:, Date: or Sent:, Cc:) over the
  message, was dropped line by line as captions' labels, so the message could never be its sender's:
  the block is kept inside the prose, and the message under it is a statement of the one its From:
  line names (a known person, or that name's own voice);
- a title-case paragraph inside the body (a who-said-what box's "Name, Firm & Co: “…”", a Q&A's
  question "Where Did The Ferry Go?") was dropped as a second title although the page had its title:
  once the head is read, such a line is text where it carries a quote or asks what prose answers.

Must-not-fire: a newsletter's "From: the editor" footer, a site's "Contact us / Email: …" block, a
lone "From:" line, a section heading in title case over a list of links, headlines under a "Related
Stories" heading, a real headline at the top of a page with no blank lines.
"""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.mail import is_mail_header, mail_messages, mail_sender
from components.parse.quotes import extract_mentions

HEAD = ("Ferry Operator Cuts Winter Crossings To The Islands\n\nThe ferry company that serves the outer "
        "islands will run two crossings a week this winter instead of five, it said on Monday.\n\n")
PEOPLE = (Person(name="Rosalind Haverty", aliases=("Haverty",), pronoun="she"),
          Person(name="Tobias Quenell", aliases=("Quenell",), pronoun="he"))


def _paragraphs(text: str) -> tuple[str, ...]:
    return split_layout(HEAD + text).paragraphs


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in extract_mentions("d", split_layout(HEAD + text), PEOPLE, {})]


def _said(text: str, words: str) -> str | None:
    return next((who for who, said in _speakers(text) if words in said), None)


# ---- an email's header block in the prose: kept, its message its sender's ----

FIRST_HEADER = ("From: Rosalind Haverty\nTo: Tobias Quenell\nSubject: Winter timetable\n"
                "Sent: 2 October 2026 09:14")
EMAILS = ("Documents released under freedom of information show how the cuts were agreed.\n\n"
          f"{FIRST_HEADER}\n\n"
          "Tobias, we cannot crew five crossings with the boats we have. Two a week is the most I can "
          "promise the islands.\n\n"
          "From: Tobias Quenell <t.quenell@example.org>\nTo: Rosalind Haverty\nCc: Board members\n"
          "Subject: Re: Winter timetable\nDate: 3 October 2026\n\n"
          "Agreed, but say nothing until the board has met. The islanders will hear it from us first.\n\n"
          "The company said on Monday that the emails had been released in full.\n\n")


def test_an_emails_header_block_inside_the_prose_is_kept() -> None:
    paragraphs = _paragraphs(EMAILS)
    assert FIRST_HEADER in paragraphs
    assert any(p.startswith("From: Tobias Quenell <t.quenell@example.org>") for p in paragraphs)


def test_an_emails_message_is_its_senders_statement() -> None:
    assert _said(EMAILS, "we cannot crew five crossings") == "Rosalind Haverty"
    assert _said(EMAILS, "say nothing until the board has met") == "Tobias Quenell"
    assert _said(EMAILS, "emails had been released in full") is None  # the reporter's again


def test_a_sender_the_config_does_not_know_is_that_names_voice() -> None:
    text = EMAILS.replace("Rosalind Haverty\nTo:", "Maeve Dunstable\nTo:", 1)
    assert _said(text, "we cannot crew five crossings") == "Maeve Dunstable"


def test_the_emails_date_is_not_the_pages() -> None:
    assert split_layout(HEAD + EMAILS).date_line == ""


def test_a_message_runs_on_to_its_sign_off() -> None:
    text = ("The minutes include an email sent to the crews that week.\n\n"
            "From: Rosalind Haverty\nTo: All crew\nSubject: Rotas\n\n"
            "I know this is hard news and I am sorry to give it by email.\n\n"
            "The rotas will go up on Friday and nobody will lose a shift before Christmas.\n\n"
            "Best,\nRosalind\n\n"
            "Crews were told in person the following week.\n\n")
    assert _said(text, "nobody will lose a shift") == "Rosalind Haverty"
    assert _said(text, "Crews were told in person") is None


def test_without_a_sign_off_only_the_first_paragraph_is_the_message() -> None:
    found = mail_messages(["From: Ann Lee\nTo: Tom Reed", "Fine by me, go ahead.",
                           "Reed did not reply, the records show."])
    assert [(n, who) for n, who, _ in found] == [(1, "Ann Lee")]


def test_header_blocks_and_senders() -> None:
    assert is_mail_header("From: Ann Lee\nTo: Tom Reed")
    assert is_mail_header("FROM: Ann Lee\nSUBJECT: Budget\nDATE: 4 May 2026")
    assert mail_sender("From: Ann Lee <ann.lee@example.org>\nTo: Tom Reed") == "Ann Lee"
    assert mail_sender("From: ann.lee@example.org\nTo: Tom Reed") == "ann.lee@example.org"


# must-not-fire: no header block, or no email in the prose

def test_a_lone_from_line_or_a_contact_block_is_no_header() -> None:
    assert not is_mail_header("From: the editor")
    assert not is_mail_header("Contact us\nEmail: news@harbourdesk.example")
    assert not is_mail_header("From: Ann Lee\nFrom: Tom Reed")
    assert not is_mail_header("From: Ann Lee\nTo: Tom Reed\nUnsubscribe | Manage preferences")
    assert not is_mail_header("To: Tom Reed\nSubject: Budget")  # no From: line, no sender


def test_a_newsletters_from_the_editor_footer_stays_out() -> None:
    text = ("Thanks for reading this week's edition, and see you next Friday with more from the harbour.\n\n"
            "From: The Harbour Desk\nTo: readers@harbourdesk.example\n\n"
            "You are receiving this email because you subscribed to the Harbour Desk newsletter.\n\n")
    paragraphs = _paragraphs(text)
    assert not any(p.startswith("From:") for p in paragraphs)
    assert not any(who == "The Harbour Desk" for who, _ in _speakers(text))
    footer = ("The crossings will be reviewed again in the spring, the company said.\n\n"
              "From: the editor\nSubject: this week\n\nThanks for reading and see you next week.\n\n")
    assert not any(p.startswith("From:") for p in _paragraphs(footer))


def test_a_sites_contact_block_stays_furniture() -> None:
    text = ("The crossings will be reviewed again in the spring, the company said.\n\n"
            "Contact us\nEmail: news@harbourdesk.example\nPhone: 01234 567890\n\n")
    assert not any("news@harbourdesk.example" in p for p in _paragraphs(text))


# ---- a title-case paragraph inside the body: text when it carries a quote or asks ----

BOX = ("What they said\n\n"
       "Rosalind Haverty, Haverty & Daughters: \"Two crossings is the most we can promise this winter.\"\n\n"
       "Tobias Quenell, Island Ferries: \"The board will look again in March.\"\n\n")


def test_a_box_line_with_an_ampersand_in_the_affiliation_is_kept() -> None:
    assert any(p.startswith("Rosalind Haverty, Haverty & Daughters:") for p in _paragraphs(BOX))
    assert _said(BOX, "Two crossings is the most") == "Rosalind Haverty"


QA = ("Tobias Quenell spoke to the Island Courier about the cuts. This is an edited transcript.\n\n"
      "Where Did The Winter Money Go?\n\n"
      "Into fuel, mostly. The price doubled in two years and we could not pass that on to the islands.\n\n"
      "Would You Run Five Crossings Again?\n\n"
      "If the council helps with the harbour dues, yes. I would like five a week again by next summer.\n\n")


def test_a_title_case_question_over_its_answer_is_kept() -> None:
    paragraphs = _paragraphs(QA)
    assert "Where Did The Winter Money Go?" in paragraphs
    assert "Would You Run Five Crossings Again?" in paragraphs
    assert _said(QA, "Into fuel, mostly") == "Tobias Quenell"
    assert _said(QA, "I would like five a week again") == "Tobias Quenell"


def test_a_title_case_heading_over_a_list_of_links_stays_out() -> None:
    text = ("The crossings will be reviewed again in the spring, the company said on Monday.\n\n"
            "More Stories From The Islands Desk\n\n"
            "Island School Wins National Award For Sea Science\n\n"
            "Harbour Wall Repairs To Start Next Month\n\n")
    paragraphs = _paragraphs(text)
    assert "More Stories From The Islands Desk" not in paragraphs
    asking = text.replace("More Stories From The Islands Desk", "What Else Is Happening On The Islands?")
    assert "What Else Is Happening On The Islands?" not in _paragraphs(asking)  # no prose under it


def test_headlines_under_a_related_stories_heading_stay_out() -> None:
    text = ("The crossings will be reviewed again in the spring, the company said on Monday.\n\n"
            "Related Stories\n\n"
            "Ferry Boss Stands By Cuts: \"We Cannot Sail Empty Boats.\"\n\n"
            "Island School Wins National Award For Sea Science\n\n")
    assert not any("Empty Boats" in p for p in _paragraphs(text))


def test_a_headline_on_a_page_with_no_blank_lines_is_still_the_title() -> None:
    page = ("Will The Island Ferries Survive The Winter?\n"
            "The ferry company that serves the outer islands will run two crossings a week this winter "
            "instead of five, it said on Monday, blaming the price of fuel.\n"
            "\"We cannot sail empty boats,\" Tobias Quenell said.\n")
    layout = split_layout(page)
    assert layout.title == "Will The Island Ferries Survive The Winter?"
    assert not any(p.startswith("Will The Island Ferries") for p in layout.paragraphs)


def test_a_question_headline_at_the_top_is_still_the_title() -> None:
    page = ("Will The Island Ferries Survive The Winter?\n\n"
            "The ferry company that serves the outer islands will run two crossings a week this winter "
            "instead of five, it said on Monday, blaming the price of fuel.\n\n")
    layout = split_layout(page)
    assert layout.title == "Will The Island Ferries Survive The Winter?"
    assert not any(p.startswith("Will The Island Ferries") for p in layout.paragraphs)


# ---- narrowed (H179): a mass mailing's sender, the reporter under a block, a pull quote repeated ----

def test_a_from_line_must_name_a_writer() -> None:
    assert not is_mail_header("From: Harbour Weekly Digest\nDate: 9 June 2026")
    assert not is_mail_header("From: The Quay Desk <desk@quay.example>\nSubject: Your weekly read")
    assert not is_mail_header("From: Ferry Alerts\nSent: 2 May 2026")
    assert is_mail_header("From: Ann Lee\nDate: 9 June 2026")
    assert is_mail_header("From: Harbour Council <press@harbour.example>\nTo: Tom Reed")  # a body's address
    assert is_mail_header("From: ann.lee@example.org\nSubject: Budget")


def test_the_reporter_speaking_about_the_message_is_no_message() -> None:
    for opening in ("The email, sent at 11pm, asks the board to wait.", "It was sent to six councillors.",
                    "In it, Lee asks the board to wait.", "We have seen the full exchange."):
        assert mail_messages(["From: Ann Lee\nTo: Tom Reed", opening]) == []
    # must-not-fire: the sender's own words that merely mention a message or an email
    found = mail_messages(["From: Ann Lee\nTo: Tom Reed", "Thanks for the email. We sail on Friday."])
    assert [who for _, who, _ in found] == ["Ann Lee"]


def test_a_kept_emails_date_is_still_not_the_pages_and_a_footers_is() -> None:
    kept = ("The minutes include an email sent to the crews that week.\n\n"
            "From: Ann Lee\nTo: All crew\nDate: 9 June 2026\n\nThe rotas go up on Friday.\n\n")
    assert split_layout(HEAD + kept).date_line == ""
    footer = ("The crossings will be reviewed again in the spring, the company said.\n\n"
              "From: Harbour Weekly Digest\nDate: 9 June 2026\n\n"
              "You get this because you asked for it. Unsubscribe at any time.\n\n")
    assert split_layout(HEAD + footer).date_line == "2026-06-09"


def test_a_pull_quote_repeating_the_body_is_dropped_a_new_quote_line_kept() -> None:
    body = ('Ann Lee said the yard was behind. "The new boat will not be ready before March," she said on '
            "Tuesday at the quay.\n\n")
    after = "\n\nThe yard has not given a new date for the launch of the boat, the council said Monday.\n\n"
    lowered = split_layout(HEAD + body + "Lee: “The New Boat Will Not Be Ready Before March.”" + after)
    assert not any("Ready Before" in p for p in lowered.paragraphs)
    boxed = "Ann Lee, Harbour Yard: “The New Boat Will Not Be Ready Before March.”"
    repeated = split_layout(HEAD + body + boxed + after)
    assert not any("Ready Before" in p for p in repeated.paragraphs)  # its words are the body's quote's
    # must-not-fire: a box line with a quote the body does not carry stays text
    fresh = split_layout(HEAD + body + "Tom Reed, Reed & Sons: “We can lend them a hull until May.”" + after)
    assert any("lend them a hull" in p for p in fresh.paragraphs)
    named = split_layout(HEAD + body + "Tom Reed: “We can lend them a hull until May.”" + after)
    assert any("lend them a hull" in p for p in named.paragraphs)  # a new quote in sentence case
