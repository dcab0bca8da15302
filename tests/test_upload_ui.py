"""The Overview's upload and removal: outcomes of dashboard.data and the removal form."""

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import add_article, remove_article

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
JJ = "002_6152a0ec59b6f7b0.txt"


@pytest.fixture()
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    monkeypatch.setenv("SPECTRUM_SEEDS", str(folder))
    monkeypatch.setenv("SPECTRUM_CORPUS", str(tmp_path / "corpus"))
    return folder


def test_a_near_duplicate_waits_for_confirmation_and_then_is_added(seeds: Path) -> None:
    copy = (seeds / JJ).read_bytes() + "\n  \u2022 late\n\n    One more comment here.\n".encode()
    outcome, message = add_article("jj_copy.txt", copy)
    assert outcome == "duplicate" and JJ in message and "counted twice" in message
    assert not (seeds / "jj_copy.txt").exists()
    outcome, message = add_article("jj_copy.txt", copy, allow_overlap=True)
    assert outcome == "added" and (seeds / "jj_copy.txt").exists()
    assert str(seeds) not in message


def test_removing_a_document_moves_it_aside_and_rebuilds(seeds: Path) -> None:
    outcome, message = remove_article(JJ)
    assert outcome == "removed" and not (seeds / JJ).exists()
    assert list((seeds / ".removed").glob(f"*-{JJ}")) and str(seeds) not in message
    assert remove_article(JJ)[0] == "refused"


def test_the_removal_form_removes_the_chosen_document(seeds: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=60).run()
    choice = next(o for o in app.selectbox(key="remove_choice").options if JJ in o)
    app.selectbox(key="remove_choice").set_value(choice)
    app.checkbox(key="remove_sure").check().run()
    app.button(key="remove_document").click().run()
    assert not app.exception
    assert any(s.value.startswith("Removed 002") for s in app.success)
    assert not (seeds / JJ).exists()
    assert app.metric[0].value == "0"  # the only comment section went with it
