"""Emails an article prints: a header block over the message, whose From: line names its writer.

A report of leaked or released emails prints each one as the mail program shows it: a block of header
fields ("From: Ann Lee", "To: Tom Reed", "Subject: …", "Date: …" or "Sent: …", "Cc: …"), one to a
line, then the message, often unquoted. The block is the article's (the layout keeps it when it sits
inside the prose, where a site's "Contact: / Email:" lines are furniture), and the message under it is
a statement of the one its From: line names, as a signed letter is its signer's.

A header block is two to six field lines, each a field of its own, among them a From: line and at
least one of To:, Subject:, Date: or Sent: (a lone "From: the editor" is a footer's, never a header).
The message is the paragraph under the block; it runs on over the next few paragraphs only to a
sign-off that closes it (a short line or paragraph that is the sender's first name, perhaps after
"Best," or "Thanks,"), and stops at the next header block: without a sign-off, the paragraphs after
the first may be the reporter's again.
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


def _fields(para: str) -> list[tuple[str, str]] | None:
    """(field, value) of each line of a paragraph made only of header field lines, else None."""
    lines = [line.strip() for line in para.strip().split("\n")]
    found = [m for line in lines if (m := _FIELD.match(line)) is not None]
    if len(found) != len(lines):
        return None
    return [(m.group("field").casefold(), m.group("value").strip()) for m in found]


def is_mail_header(para: str) -> bool:
    """Whether a paragraph is an email's header block: From: and a To:, Subject:, Date: or Sent: line,
    two to six field lines and nothing else."""
    fields = _fields(para)
    if fields is None or not _MIN_FIELDS <= len(fields) <= _MAX_FIELDS:
        return False
    names = [field for field, _ in fields]
    return names.count("from") == 1 and any(field in _ADDRESSED for field in names)


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
