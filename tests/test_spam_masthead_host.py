"""A newsroom's role mailbox is no link, judged by its host's last letters (_MASTHEAD_HOST): a
list of its own, not layout's masthead words, which end as many webmail and sellers' hosts.
Invented addresses throughout."""

import pytest

from components.enrich.spam import rule_signals

LINK = "contains a link"


@pytest.mark.parametrize("text", [
    "Tell them what you think: letters@dalesfordherald.co.uk",
    "Ring the newsroom or email news@westonfm.com",
    "Send your story to news@harbourrecorder.co.uk",
    "Complaints go to editor@thekeldereveningpost.com",
])
def test_a_newsroom_s_mailbox_is_no_link(text: str) -> None:
    assert not any(LINK in reason for _, reason in rule_signals(text))


@pytest.mark.parametrize("text", [
    "Got my savings back after the scam, write to enquiries@gmail.com and they sort it",  # "mail"
    "Recovered every penny, contact enquiries@coinledger.io today",                    # "ledger"
    "Signals that work, tips@forexdaily.com",                                          # "daily"
    "Best picks every morning from tips@betwire.net",                                  # "wire"
    "Free crypto calls, tips@coinnews.org",                                            # "news"
])
def test_a_role_mailbox_on_a_host_ending_in_a_masthead_word_no_paper_uses_so_is_a_link(text: str) -> None:
    assert any(LINK in reason for _, reason in rule_signals(text))
