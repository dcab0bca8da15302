"""FilterSpec: one set of filters shared by the CLI, the dashboard sidebar, URLs and file names.
numpy and pandas are imported where a filter is applied, so the CLI starts without them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["APPLIES_TO", "FilterSpec", "SEARCH_COPY_SHARE", "SPAM_MODES", "text_matches"]

SPAM_MODES = ("exclude", "include", "only")
# Which tables each filter narrows (see the apply_* methods); on any other table describe() lists
# it as not applied there. Keys are the short names describe() uses for them.
_COMMENT_TABLES = frozenset({"comments"})
APPLIES_TO: dict[str, frozenset[str]] = {
    "source": frozenset({"comments", "statements", "documents", "mentions"}),
    "stance": _COMMENT_TABLES, "sentiment": _COMMENT_TABLES, "spam": _COMMENT_TABLES,
    "author": _COMMENT_TABLES, "search": frozenset({"comments", "statements"}),
    "statement dates": frozenset({"statements"}),
}


def _isin(column: pd.Series, values: tuple[str, ...]) -> np.ndarray:
    """column.isin(values) as a boolean array (a category column compares its codes)."""
    return column.isin(values).to_numpy(dtype=bool, na_value=False)


def _casefold_equals(column: pd.Series, value: str) -> np.ndarray:
    """Whether each cell equals value, ignoring case; a category column casefolds its categories
    once instead of every row."""
    import numpy as np
    import pandas as pd

    target = value.casefold()
    if isinstance(column.dtype, pd.CategoricalDtype):
        hits = np.flatnonzero(column.cat.categories.astype(str).str.casefold() == target)
        return np.isin(column.cat.codes.to_numpy(), hits)
    return (column.astype("string").str.casefold() == target).to_numpy(dtype=bool, na_value=False)


# Copying rows out of the text column costs several times more per row than searching it where it
# lies (a million comments: about 1.2 s to copy 900,000 texts, 0.2 s to search all of them), so only a
# small remainder of rows is copied out to be searched.
SEARCH_COPY_SHARE = 0.125


def text_matches(text: pd.Series, needle: str) -> np.ndarray:
    """Whether each text contains needle, ignoring case, as a boolean array (missing text: False)."""
    return text.str.contains(needle, case=False, regex=False, na=False).to_numpy(dtype=bool, na_value=False)


def _contains(text: pd.Series, needle: str, within: np.ndarray) -> np.ndarray:
    """Whether each text contains needle, ignoring case; only the rows still in `within` are
    True. A small remainder of rows is searched alone, a large one by searching the whole column."""
    import numpy as np

    rows = np.flatnonzero(within)
    if len(rows) > SEARCH_COPY_SHARE * len(text):
        return text_matches(text, needle) & within
    found = np.zeros(len(text), dtype=bool)
    found[rows] = text_matches(text.iloc[rows], needle)
    return found


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if str(v))


@dataclass(frozen=True)
class FilterSpec:
    """What the user asked to see. Empty fields filter nothing."""

    sources: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    spam: str = "include"
    sentiment_min: float = -1.0
    sentiment_max: float = 1.0
    author: str = ""
    search: str = ""
    date_from: str = ""
    date_to: str = ""

    def __post_init__(self) -> None:
        if self.spam not in SPAM_MODES:
            raise ValueError(f"spam must be one of {', '.join(SPAM_MODES)}, not {self.spam!r}")
        if self.sentiment_min > self.sentiment_max:
            raise ValueError("sentiment_min is above sentiment_max")

    # -- applying -----------------------------------------------------------------------------
    def comment_mask(self, comments: pd.DataFrame) -> np.ndarray:
        """Which comments pass every filter, as a boolean array (vectorised: category columns are
        compared through their categories, the text is searched only when a search is set)."""
        import numpy as np

        mask = np.ones(len(comments), dtype=bool)
        if self.sources:
            mask &= _isin(comments["source"], self.sources)
        if self.stances:
            mask &= _isin(comments["stance"], self.stances)
        if self.labels:
            mask &= _isin(comments["sentiment_label"], self.labels)
        if self.spam != "include":
            spam = comments["is_spam"].to_numpy(dtype=bool, na_value=False)
            mask &= ~spam if self.spam == "exclude" else spam
        if (self.sentiment_min, self.sentiment_max) != (-1.0, 1.0):
            score = comments["sentiment_compound"].to_numpy(dtype=float, na_value=np.nan)
            mask &= (score >= self.sentiment_min) & (score <= self.sentiment_max)
        if self.author:
            mask &= _casefold_equals(comments["author"], self.author)
        if self.search and mask.any():
            mask &= _contains(comments["text"], self.search, mask)
        return mask

    def apply_comments(self, comments: pd.DataFrame) -> pd.DataFrame:
        """The comments that pass every filter (the frame itself when every comment does)."""
        mask = self.comment_mask(comments)
        return comments if mask.all() else comments[mask]

    def apply_statements(self, statements: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
        """The statements that pass the source, search and date filters."""
        import pandas as pd

        mask = pd.Series(True, index=statements.index)
        if self.sources:
            carried = set(mentions.loc[mentions["source"].isin(self.sources), "statement_id"])
            mask &= statements["statement_id"].isin(carried)
        if self.search:
            mask &= (statements["text"].str.contains(self.search, case=False, regex=False)
                     | statements["speaker"].str.contains(self.search, case=False, regex=False))
        if self.date_from:
            mask &= (statements["date"] != "") & (statements["date"].str[:10] >= self.date_from)
        if self.date_to:
            mask &= (statements["date"] != "") & (statements["date"].str[:10] <= self.date_to)
        return statements[mask]

    def apply_documents(self, documents: pd.DataFrame) -> pd.DataFrame:
        """The documents of the chosen sources."""
        return documents[documents["source"].isin(self.sources)] if self.sources else documents

    def apply(self, table: str, frame: pd.DataFrame, mentions: pd.DataFrame | None = None
              ) -> pd.DataFrame:
        """Filter any table of the corpus by name."""
        import pandas as pd

        if table == "comments":
            return self.apply_comments(frame)
        if table == "statements":
            return self.apply_statements(frame, mentions if mentions is not None else
                                         pd.DataFrame(columns=["source", "statement_id"]))
        if table == "mentions":
            return frame[frame["source"].isin(self.sources)] if self.sources else frame
        return self.apply_documents(frame)

    # -- describing ---------------------------------------------------------------------------
    def named_parts(self) -> list[tuple[str, str]]:
        """Each active filter as (its short name in APPLIES_TO, its words)."""
        out = []
        if self.sources:
            out.append(("source", "source is " + " or ".join(self.sources)))
        if self.stances:
            out.append(("stance", "stance is " + " or ".join(self.stances)))
        if self.labels:
            out.append(("sentiment", "sentiment is " + " or ".join(self.labels)))
        if (self.sentiment_min, self.sentiment_max) != (-1.0, 1.0):
            out.append(("sentiment", f"compound between {self.sentiment_min:+.2f} and "
                                     f"{self.sentiment_max:+.2f}"))
        if self.spam != "include":
            out.append(("spam", "spam hidden" if self.spam == "exclude" else "spam only"))
        if self.author:
            out.append(("author", f"author is {self.author}"))
        if self.search:
            out.append(("search", f'text contains "{self.search}"'))
        if self.date_from or self.date_to:
            out.append(("statement dates",
                        f"statement date {self.date_from or '…'} to {self.date_to or '…'}"))
        return out

    def parts(self, table: str = "") -> list[str]:
        """Each active filter in plain words; with a table, only those that narrow it."""
        return [words for name, words in self.named_parts() if not table or table in APPLIES_TO[name]]

    def not_applied(self, table: str) -> list[str]:
        """The short names of the active filters that do not narrow this table."""
        return list(dict.fromkeys(name for name, _ in self.named_parts() if table not in APPLIES_TO[name]))

    def describe(self, shown: int | None = None, total: int | None = None,
                 noun: str = "comments", table: str = "") -> str:
        """One line: 'stance is milano · spam hidden · 12 of 40 comments'. With a table, the
        filters that do not narrow it are named as such: '… · stance, spam: not applied to
        statements'."""
        parts = self.parts(table) or ["no filters"]
        if shown is not None and total is not None:
            parts.append(f"{shown:,} of {total:,} {noun}")
        if table and (skipped := self.not_applied(table)):
            parts.append(f"{', '.join(skipped)}: not applied to {table}")
        return " · ".join(parts)

    def slug(self, table: str = "") -> str:
        """The filter description as a file-name fragment (with a table, of its filters only)."""
        text = "-".join(self.parts(table)) or "all"
        return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:80] or "all"

    # -- URLs ---------------------------------------------------------------------------------
    def to_query(self) -> dict[str, list[str]]:
        """Query-string parameters for the non-default filters."""
        default = FilterSpec()
        out: dict[str, list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value != getattr(default, f.name):
                out[f.name] = list(value) if isinstance(value, tuple) else [str(value)]
        return out

    @classmethod
    def from_query(cls, params: dict[str, list[str]]) -> FilterSpec:
        """Rebuild a spec from query parameters, ignoring unknown or malformed values and putting
        a reversed range in order."""
        spec, params = cls(), _ordered_ranges(params)
        for f in fields(cls):
            values = params.get(f.name)
            if not values:
                continue
            try:
                spec = replace(spec, **{f.name: _coerce(f.name, values)})
            except (ValueError, TypeError):
                continue
        return spec


def _coerce(name: str, values: list[str]) -> Any:
    if name in ("sources", "stances", "labels"):
        return _as_tuple(values)
    if name in ("sentiment_min", "sentiment_max"):
        number = float(values[0])
        if math.isnan(number):
            raise ValueError(f"{name} is not a number")
        return max(-1.0, min(1.0, number))
    return values[0]


def _ordered_ranges(params: dict[str, list[str]]) -> dict[str, list[str]]:
    """The query with each reversed range (sentiment_min above sentiment_max, date_from after
    date_to) swapped, as a crafted link may have it."""
    out = dict(params)
    for low, high in (("sentiment_min", "sentiment_max"), ("date_from", "date_to")):
        try:
            if out.get(low) and out.get(high) and _coerce(low, out[low]) > _coerce(high, out[high]):
                out[low], out[high] = out[high], out[low]
        except ValueError:
            continue
    return out
