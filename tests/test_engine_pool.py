"""The worker pool lives through the per-document stages only: the corpus-wide steps that follow run
in the building process, so the workers' memory is not held beside theirs."""

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from components.engine import build as build_module
from components.engine.build import build_corpus
from components.engine.cache import Entry
from components.engine.local import LocalEngine


def test_the_pool_is_closed_before_the_corpus_wide_spam_step(synthetic_seeds: Callable[..., Path],
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = build_module.score_spam

    def counting(entries: list[Entry], **kwargs: Any) -> pd.DataFrame:
        seen.append(len(multiprocessing.active_children()))
        return real(entries, **kwargs)

    monkeypatch.setattr(build_module, "score_spam", counting)
    stages: list[str] = []
    report = build_corpus(synthetic_seeds(200, 25, seed=9), tmp_path / "corpus",
                          engine=LocalEngine(workers=2, inline_bytes=0),
                          on_progress=lambda done, total, stage: stages.append(stage))
    assert not report.failed and "stance" in stages
    assert seen and seen[-1] == 0
