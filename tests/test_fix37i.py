"""Session 37 fixes (helper H247) of the faults the review of H235's layout change pinned, on invented
pages, each with the case the rule must still catch."""

from layout_support import BODY

from components.parse.layout import split_layout

_HEADLINE = "Harbour ferry timetable changes from the first of May"


def _text(page: str) -> str:
    return "\n".join(split_layout(page).paragraphs)


def test_a_platforms_logo_text_names_no_outlet() -> None:
    page = f"Instagram logo\nWhatsApp logo\n\n{_HEADLINE}\n\nBy Bo Hart\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == ""


def test_a_sites_own_logo_text_still_names_it() -> None:
    page = f"Harbour Gazette logo\n\n{_HEADLINE}\n\nBy Bo Hart\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == "Harbour Gazette"


def test_a_panel_of_names_and_roles_in_the_body_stays_text() -> None:
    page = (f"{_HEADLINE}\n\nBy Bo Hart\n\n"
            "Three people will sit on the panel that hears the ferry users' complaints this spring.\n\n"
            "Rosa Kemp\nEditor, The Quay Weekly\nIan Moor\nProfessor of transport, Lowbridge College\n\n"
            f"{BODY}\n")
    assert "Professor of transport, Lowbridge College" in _text(page)


def test_a_list_of_steps_under_labels_stays_text() -> None:
    page = (f"{_HEADLINE}\n\nBy Bo Hart\n\n"
            "The harbour office has explained how boarding will change for foot passengers.\n\n"
            "First:\nQueue at the new gate\nThen:\nShow the ticket on your phone\nLast:\nWalk up the ramp\n\n"
            f"{BODY}\n")
    assert "Show the ticket on your phone" in _text(page)


def test_a_facts_table_of_data_is_still_dropped() -> None:
    page = (f"{_HEADLINE}\n\nBy Bo Hart\n\n"
            "The new boat joins the fleet next month after sea trials off the point.\n\n"
            "Length:\n42 m\nBuilder:\nKessel Marine Yard\nEngine:\nTwin diesel, 1,200 kW\nCrew:\nFour\n\n"
            f"{BODY}\n")
    text = _text(page)
    assert "Kessel Marine Yard" not in text
    assert "sea trials" in text


_QA_HEAD = "Live Q&A: the harbour master answers your questions\n\nBy Bo Hart\n\n"


def _qa(askers: list[str]) -> str:
    turns = "".join(f"{a}: When does the {w} open again?\nNell Grey: The {w} opens again in the spring.\n"
                    for a, w in zip(askers, ["slipway", "east quay", "fuel dock", "crane"], strict=True))
    return (f"{_QA_HEAD}The harbour master Nell Grey was online on Friday to take readers' questions.\n\n"
            f"{turns}\nThe next live Q&A is in a fortnight.\n")


def test_a_reader_qa_with_places_and_first_names_is_read_as_comments() -> None:
    page = _qa(["Lowbridge", "Anonymous", "Rosa, Kettle Bay", "Ian asked"])
    assert [c.author for c in split_layout(page).comments][:2] == ["Lowbridge", "Nell Grey"]


def test_reporters_named_with_their_outlets_ask_no_reader_qa() -> None:
    page = _qa(["Rosa Kemp, Quay Weekly", "Ian Moor, Lowbridge Echo", "Ada Finch, Coast Radio", "Tom Vale"])
    assert not split_layout(page).comments
    assert "The slipway opens again in the spring." in _text(page)


def test_a_transcript_without_a_qa_name_atop_is_no_reader_qa() -> None:
    page = _qa(["Lowbridge", "Anonymous", "Rosa, Kettle Bay", "Ian asked"])
    page = page.replace(_QA_HEAD, "Harbour works\n\n")
    page = page.replace("to take readers' questions", "for an hour").replace("live Q&A", "update")
    assert not split_layout(page).comments


def test_a_wire_services_copyright_leaves_the_mastheads_name() -> None:
    page = f"The Lowbridge Echo\n\n{_HEADLINE}\n\nBy Bo Hart\n\n{BODY}\n\n© 2018-2026 Meridian Wire Service\n"
    assert split_layout(page).outlet_marker == "The Lowbridge Echo"


def test_a_copyright_line_still_names_a_site_with_no_masthead_atop() -> None:
    page = f"{_HEADLINE}\n\nBy Bo Hart\n\n{BODY}\n\n© 2026 Meridian Wire Service\n"
    assert split_layout(page).outlet_marker == "Meridian Wire Service"
