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
