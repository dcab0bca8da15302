"""Session 35 review (H169) of the session's page-layout changes (the b22 readers and furniture, and the
notes35 branch's comment headers), as tests on invented pages: a plain test pins behaviour the new rules
keep right, a strict xfail a fault found (its reason says which rule fires where it should not)."""

from components.parse.layout import _is_furniture, split_layout

_HEAD = "Harbour Courier\n\nFerry fares to rise by a fifth from April\n\nBy Ana Ruiz\n12 March 2026"
_BODY = ["The borough council has agreed to raise ferry fares by a fifth from April, the first rise in six "
         "years.",
         "Riders' groups said the rise would push commuters back onto the bridge road, which is already full "
         "at peak hours."]
_COMMENTS = [("mark t", "The boats were late all winter and now they want more money."),
             ("Priya Shah", "Good. The service has been losing money for years."),
             ("tide_girl", "Does anyone know if season tickets go up too?")]


def _news_page(extra: list[str] | None = None, comments: list[tuple[str, str]] | None = None,
               head: str = _HEAD, foot: str = "") -> str:
    """A news page in the seed format: head, paragraphs, then 'Comments' and bulleted commenters."""
    page = head + "\n\n" + "\n\n".join(_BODY + (extra or [])) + "\n\nComments\n\n"
    for name, body in comments or _COMMENTS:
        page += f"  • {name}\n\n    {body}\n\n"
    return page + foot


def _rows(page: str) -> list[tuple[str, str]]:
    return [(c.author, c.body) for c in split_layout(page).comments]


# ---- faults (strict xfails), most harmful first ----

def test_an_article_paragraph_quoting_sign_up_terms_is_kept() -> None:
    line = ("Few riders read the ferry app's small print. By signing up, you agree to the operator's terms, "
            "which let it share trip data with advertisers.")
    layout = split_layout(_news_page([line]))
    assert any("small print" in p for p in layout.paragraphs)


def test_comments_opening_with_a_lower_case_to_are_no_mailing_list() -> None:
    page = "\n\n".join([_HEAD, *_BODY, "Comments"]) + "\n\n"
    said = [("Ann Lee", "to be fair the boats were on time in summer."),
            ("Tom Reed", "to the council: where did the last rise go?"),
            ("Jo Pike", "to be honest I stopped taking the ferry years ago."),
            ("Kit Moss", "Same here.")]
    for n, (name, body) in enumerate(said):
        page += f"{name}\n{n + 2} hours ago\n{body}\nReply\n\n"
    assert _rows(page) == said


def test_a_copyright_company_named_like_a_menu_entry_is_not_that_entry() -> None:
    head = "Menu\nHome\nNews\nSport\nBusiness\n\nFerry fares to rise by a fifth from April\n\nBy Ana Ruiz"
    page = _news_page(head=head, foot="© 2026 News Media Group Ltd. All rights reserved.")
    assert split_layout(page).outlet_marker != "News"


def test_a_section_name_atop_its_breadcrumb_is_no_site_name() -> None:
    page = ("News\nNews > Local > Transport\n\nFerry fares to rise by a fifth from April\n\n"
            + "\n\n".join(_BODY) + "\n")
    assert split_layout(page).outlet_marker != "News"


def test_a_price_line_of_a_deals_article_is_not_an_offer() -> None:
    assert not _is_furniture("Get Netflix for $6.99 a month")
    assert not _is_furniture("Join the club for £5 a month.")
    layout = split_layout(_news_page(["Get Netflix for $6.99 a month",
                                      "The cheapest plan now carries adverts, the company says."]))
    assert any(p.startswith("Get Netflix") for p in layout.paragraphs)


def test_an_open_in_month_heading_is_not_an_app_button() -> None:
    assert _is_furniture("Open in Spotify")
    layout = split_layout(_news_page(["Open in August",
                                      "The new terminal will open to passengers in the summer, the council "
                                      "said."]))
    assert "Open in August" in layout.paragraphs


def test_an_article_paragraph_opening_sort_by_is_kept() -> None:
    line = "Sort by price, the new fares put the island route above every other crossing in the region."
    assert line in split_layout(_news_page([line])).paragraphs


# ---- behaviour the new rules keep right (pins) ----

def test_article_lines_like_time_zones_and_show_facts_are_kept() -> None:
    lines = ["The first boat at the new fare leaves at 6:15 MYT",
             "The show, which has a 4.8 rating from 1,200 ratings, is updated weekly.",
             "Listeners can open it in Spotify or Apple Podcasts."]
    layout = split_layout(_news_page(lines))
    for line in lines:
        assert line in layout.paragraphs
    assert _rows(_news_page(lines)) == _COMMENTS


def test_an_article_quoting_an_email_keeps_its_lines_and_comments() -> None:
    lines = ["On Monday, Jo Hart wrote: “The fares are a scandal.”",
             "On 3 March, Jo Hart <jo@example.org> wrote:",
             "The councillor later apologised."]
    page = _news_page(lines)
    assert all(line in split_layout(page).paragraphs for line in lines)
    assert _rows(page) == _COMMENTS


def test_article_lines_of_by_a_name_and_a_colon_make_no_forum_thread() -> None:
    lines = ["A report by Ana Ruiz: 12 councillors voted against the plan.",
             "Figures compiled by harbour_stats: 2024 saw 1.2 million crossings.",
             "Research by ana_ruiz: 2025 was worse.",
             "Re: the ferry, the council's answer was that no money is left for a new boat this year."]
    page = _news_page(lines)
    layout = split_layout(page)
    assert layout.title == "Ferry fares to rise by a fifth from April"
    assert all(line in layout.paragraphs for line in lines)
    assert _rows(page) == _COMMENTS


def test_comments_opening_update_or_honestly_without_a_signature_keep_their_authors() -> None:
    said = [("mark t", "Update: the council has now delayed the vote to May."),
            ("Priya Shah", "Honestly, the council never listens to riders."),
            ("tide_girl", "Related: my son's club lost its lane hours the last time the fares went up.")]
    assert _rows(_news_page(comments=said)) == said
    page = "\n\n".join([_HEAD, *_BODY, "Comments"]) + "\n\n"
    page += ("Ann Lee\nMar 3, 2026 at 9:12\nUpdate: the council has delayed the vote.\n\n"
             "Tom Reed\nMar 3, 2026 at 9:40\nHonestly, the fare rise is fair enough.\n\n"
             "Jo Pike\nMar 3, 2026 at 10:02\nWhere did the last rise go?\n")
    assert [a for a, _ in _rows(page)] == ["Ann Lee", "Tom Reed", "Jo Pike"]


def test_a_lower_case_byline_or_a_weekday_line_heads_no_comment() -> None:
    head = "Harbour Courier\n\nFerry fares to rise by a fifth from April\n\nby ana ruiz, 12 March 2026"
    assert _rows(_news_page(head=head)) == _COMMENTS
    said = [("mark t", "The boats were late all winter.\n\n    next meeting is friday, 13 March 2026"),
            *_COMMENTS[1:]]
    rows = _rows(_news_page(comments=said))
    assert [a for a, _ in rows] == ["mark t", "Priya Shah", "tide_girl"]
    assert "friday, 13 March 2026" in rows[0][1]


def test_a_signed_comment_line_with_a_place_keeps_the_comments_after_it() -> None:
    """(Passes on main at the review; the notes35 branch's _signed_head, as committed at af895ac, turns the
    section into one article paragraph and loses the two comments after the first line.)"""
    page = "\n\n".join([_HEAD, *_BODY, "Comments"]) + "\n\n"
    page += ("Honestly, the boats were fine. – Ann Lee, Leeds Mar 3, 2026 at 9:12\n"
             "The fare rise is fair enough. – Tom Reed Mar 3, 2026 at 9:40\n"
             "Where did the last rise go? – Jo Pike Mar 3, 2026 at 10:02\n")
    authors = [a for a, _ in _rows(page)]
    assert authors[-2:] == ["Tom Reed", "Jo Pike"]
