"""Each outlet's wording of one statement, side by side, with its date and the evidence for it."""

from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.display import escape_markdown
from dashboard.provenance import name_outlets

__all__ = ["render_wordings"]

MAX_COLUMNS = 3  # outlets side by side per row


def render_wordings(mentions: pd.DataFrame, documents: pd.DataFrame) -> None:
    """One column per outlet: its wording(s), each with date and date evidence, and a link to the
    passage in its document."""
    outlets = list(dict.fromkeys(mentions["source"]))
    st.markdown(f"**Carried by {len(outlets)} outlet(s) in {len(mentions)} mention(s), each in its "
                "own wording:**")
    for start in range(0, len(outlets), MAX_COLUMNS):
        for column, outlet in zip(st.columns(MAX_COLUMNS), outlets[start:start + MAX_COLUMNS], strict=False):
            with column.container(border=True):
                st.markdown("**" + escape_markdown(outlet) + "**")
                for row in mentions[mentions["source"] == outlet].itertuples():
                    st.text(row.mention_text or row.text)
                    evidence = name_outlets(row.date_evidence or "no date evidence", documents)
                    st.caption(escape_markdown(f"{row.date or 'undated'} — {evidence}")
                               + f" · [in the document ↗](/documents?doc={quote(str(row.doc_id), safe='')})")
