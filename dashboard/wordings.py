"""Each outlet's wording of one statement, side by side, with its date and the evidence for it."""

from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.display import escape_markdown
from dashboard.provenance import name_outlets

__all__ = ["render_wordings"]

MAX_COLUMNS = 3  # outlets side by side per row
MAX_OUTLETS = 12  # outlets drawn (a statement carried by a hundred outlets would draw thousands of lines)
MAX_PER_OUTLET = 3  # wordings drawn per outlet


def render_wordings(mentions: pd.DataFrame, documents: pd.DataFrame) -> None:
    """One column per outlet: its wording(s), each with date and date evidence, and a link to the
    passage in its document."""
    outlets = list(dict.fromkeys(mentions["source"]))
    st.markdown(f"**Carried by {len(outlets)} outlet(s) in {len(mentions)} mention(s), each in its "
                "own wording:**")
    drawn = outlets[:MAX_OUTLETS]
    shown = mentions[mentions["source"].isin(drawn)].groupby("source", sort=False, dropna=False).head(
        MAX_PER_OUTLET)
    if len(shown) < len(mentions):
        st.caption(f"Showing {len(shown)} of the {len(mentions)} mentions: at most {MAX_PER_OUTLET} per "
                   f"outlet, from the first {len(drawn)} outlets.")
    for start in range(0, len(drawn), MAX_COLUMNS):
        for column, outlet in zip(st.columns(MAX_COLUMNS), drawn[start:start + MAX_COLUMNS], strict=False):
            with column.container(border=True):
                st.markdown("**" + escape_markdown(outlet) + "**")
                for row in shown[shown["source"] == outlet].itertuples():
                    st.text(row.mention_text or row.text)
                    evidence = name_outlets(row.date_evidence or "no date evidence", documents)
                    st.caption(escape_markdown(f"{row.date or 'undated'} — {evidence}")
                               + f" · [in the document ↗](/documents?doc={quote(str(row.doc_id), safe='')})")
