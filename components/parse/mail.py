"""Emails an article prints: a header block over the message, whose From: line names its writer.

A report of leaked or released emails prints each one as the mail program shows it: a block of header
fields ("From: Ann Lee", "To: Tom Reed", "Subject: …", "Date: …" or "Sent: …", "Cc: …"), one to a
line, then the message, often unquoted. The block is the article's (the layout keeps it when it sits
inside the prose, where a site's "Contact: / Email:" lines are furniture), and the message under it is
a statement of the one its From: line names, as a signed letter is its signer's.

A header block is two to six field lines, each a field of its own, among them a From: line and at
least one of To:, Subject:, Date: or Sent: (a lone "From: the editor" is a footer's, never a header),
and its From: line names a writer: a person, or a body with its address or a name like a person's, not
a mass mailing's sender (a newsletter, a desk, a team: "From: Island Courier Newsletter / Date: …"
over an unsubscribe line is a footer, whose Date: may be the page's). The message is the paragraph
under the block, unless that paragraph speaks about the message (the reporter's "The message, which
runs to four pages, …", "It was sent at …", "In it, …", "We have seen …"); it runs on over the next
few paragraphs only to a sign-off that closes it (a short line or paragraph that is the sender's first
name, perhaps after "Best," or "Thanks,"), and stops at the next header block: without a sign-off, the
paragraphs after the first may be the reporter's again.
"""

import re

__all__ = ["is_mail_header", "mail_messages", "mail_sender"]

# A header field line: the field's name and a colon, then its value ("From: Ann Lee <ann@x.org>").
_FIELD = re.compile(r"^(?P<field>(?i:from|to|cc|bcc|subject|date|sent))\s?:\s+(?P<value>\S.{0,150})$")
_ADDRESSED = frozenset(("to", "subject", "date", "sent"))  # one of these beside From: makes a header
_MIN_FIELDS, _MAX_FIELDS = 2, 6
# The sender's address in angle brackets after the name, or an address alone.
_ADDRESS = re.compile(r"\s*<[^<>\s]{3,80}>\s*$")
_BARE_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_SIGN_OFF = re.compile(r"^(?:(?:best|thanks|thank you|regards|best wishes|kind regards|warm regards|cheers"
                       r"|all best|love|yours|yours sincerely|sincerely),?\s*\n?\s*)?(?P<name>[A-Z][\w'’.-]*"
                       r"(?: [A-Z][\w'’.-]*){0,2})\.?$", re.I)
_RUN_ON = 4  # a message's paragraphs up to its sign-off, at most
# A mass mailing's sender: a newsletter, a desk, a team, a list ("From: The Harbour Desk", "From: Courier
# Alerts"): its block is a footer's or a digest's, no one's email.
_MASS_SENDER = re.compile(r"\b(?:newsletters?|digest|bulletin|briefing|alerts?|updates|desk|team|newsroom"
                          r"|notifications?|no-?reply|mailing list|subscriptions?)\b",
                          re.I)
# A name like a person's or a body's: one to five capitalised words, perhaps with a particle, no digits.
_NAME_LIKE = re.compile(r"^[A-Z][\w'’.-]*"
                        r"(?: (?:[A-Z][\w'’.-]*|&|of|de|van|von|der|da|di|la|le|al|bin|ibn)){0,4}$")
# The paragraph under a block speaks about the message, not as it: the reporter's account ("The message,
# which runs to …", "The email, sent at …", "It was sent …", "In it, …", "We have seen …").
_ABOUT_THE_MESSAGE = re.compile(
    r"^(?:(?:the|her|his|their|its|one|each) (?:message|email|e-mail|mail|note|memo|letter|reply)s?\b"
    r"|it was (?:sent|forwarded|copied|received)\b|in (?:it|them)\b"
    r"|we (?:have |had |'ve |’ve )?(?:seen|obtained|read|reviewed|verified)\b)", re.I)


def _fields(para: str) -> list[tuple[str, str]] | None:
    """(field, value) of each line of a paragraph made only of header field lines, else None."""
    lines = [line.strip() for line in para.strip().split("\n")]
    found = [m for line in lines if (m := _FIELD.match(line)) is not None]
    if len(found) != len(lines):
        return None
    return [(m.group("field").casefold(), m.group("value").strip()) for m in found]


def _names_a_writer(value: str) -> bool:
    """Whether a From: value names someone who writes an email: an address, or a name like a person's or
    a body's, never a mass mailing's sender ("Island Courier Newsletter", "The Harbour Desk")."""
    if _MASS_SENDER.search(value):
        return False
    name = _ADDRESS.sub("", value).strip().strip("\"'“”")
    if _BARE_ADDRESS.match(value.strip()) or (name != value.strip() and name):
        return True  # an address, alone or after the name
    return _NAME_LIKE.match(name) is not None and not name.casefold().startswith("the ")


def is_mail_header(para: str) -> bool:
    """Whether a paragraph is an email's header block: From: and a To:, Subject:, Date: or Sent: line,
    two to six field lines and nothing else, its From: line naming a writer (not a newsletter's)."""
    fields = _fields(para)
    if fields is None or not _MIN_FIELDS <= len(fields) <= _MAX_FIELDS:
        return False
    names = [field for field, _ in fields]
    if names.count("from") != 1 or not any(field in _ADDRESSED for field in names):
        return False
    return _names_a_writer(next(value for field, value in fields if field == "from"))


def mail_sender(para: str) -> str:
    """The writer a header block's From: line names ("Ann Lee <ann@x.org>" → "Ann Lee"); an address
    alone is the sender's name too, for want of another."""
    fields = _fields(para) or []
    value = next((value for field, value in fields if field == "from"), "")
    name = _ADDRESS.sub("", value).strip().strip("\"'“”")
    return name if name or _BARE_ADDRESS.match(value) is None else value


def _signs_off(para: str, sender: str) -> bool:
    """A paragraph that closes a message: its sender's name alone, perhaps after "Best," or "Thanks,"."""
    m = _SIGN_OFF.match(para.strip())
    if m is None or not sender:
        return False
    first = sender.split()[0].casefold()
    return m.group("name").split()[0].casefold() == first


def mail_messages(paragraphs: tuple[str, ...] | list[str]) -> list[tuple[int, str, str]]:
    """(paragraph, sender, text) of each paragraph of a message under a header block, in order."""
    found: list[tuple[int, str, str]] = []
    for n, para in enumerate(paragraphs):
        if not is_mail_header(para) or n + 1 >= len(paragraphs) or is_mail_header(paragraphs[n + 1]):
            continue
        if _ABOUT_THE_MESSAGE.match(paragraphs[n + 1].strip()):
            continue  # the reporter's account of the message under its header, not the message
        sender = mail_sender(para)
        if not sender:
            continue
        body = [n + 1]
        rest = range(n + 2, min(len(paragraphs), n + 2 + _RUN_ON))
        close = next((k for k in rest if _signs_off(paragraphs[k], sender)), None)
        if close is not None and not any(is_mail_header(paragraphs[k]) for k in range(n + 2, close)):
            body = list(range(n + 1, close))
        found += [(k, sender, paragraphs[k].strip()) for k in body]
    return found
