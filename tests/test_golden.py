"""Golden expectations per seed document, compared on stable keys.

Regenerate with `pytest tests/test_golden.py --update-golden` and review the diff.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from components.corpus.store import Corpus

GOLDEN = Path(__file__).parent / "golden"
SEED_STEMS = sorted(p.stem for p in (Path(__file__).parent.parent / "seeds").glob("*.txt"))
TEXT_START = 40


def expected_fields(corpus: Corpus, doc_id: str) -> dict[str, Any]:
    doc = corpus.documents.set_index("doc_id").loc[doc_id]
    comments = corpus.comments[corpus.comments["doc_id"] == doc_id].sort_values("position")
    carried = corpus.mentions.loc[corpus.mentions["doc_id"] == doc_id, "statement_id"]
    statements = corpus.statements[corpus.statements["statement_id"].isin(set(carried))]
    return {
        "document": {"source": doc["source"], "title": doc["title"], "published": doc["published"],
                     "n_comments": int(doc["n_comments"]),
                     "n_statements": int(doc["n_statements"])},
        "comments": [{"position": int(r.position), "author": r.author,
                      "start": r.text[:TEXT_START], "is_empty": bool(r.is_empty)}
                     for r in comments.itertuples()],
        "statements": sorted(({"speaker": r.speaker, "start": r.text[:TEXT_START], "date": r.date,
                               "kind": r.kind, "doc_ids": r.doc_ids}
                              for r in statements.itertuples()), key=lambda s: s["start"]),
    }


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_golden(stem: str, corpus: Corpus, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / f"{stem}.json"
    actual = expected_fields(corpus, stem)
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected
