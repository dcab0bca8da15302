"""Stance: counts and shares per side and source, stance × sentiment, reasons."""

import streamlit as st

from dashboard.charts import LABEL_COLOURS, count_figure, share_figure, side_colours
from dashboard.context import open_comment_page, side_ids
from dashboard.widgets import render_download, render_table

corpus, spec, comments = open_comment_page("Stance")

colours = side_colours(side_ids(corpus))
order = [s for s in colours if s in set(comments["stance"])]
counts = comments["stance"].value_counts().reindex(order)
left, right = st.columns(2)
left.plotly_chart(count_figure(counts, colours, f"Comments per side ({len(comments)})", "Stance"),
                  key="stance_counts")
right.plotly_chart(share_figure(comments, "stance", colours, "Stance per source", "source"),
                   key="stance_sources")
st.plotly_chart(share_figure(comments, "sentiment_label", LABEL_COLOURS,
                             "Sentiment within each stance", "stance"), key="stance_sentiment")

st.subheader("Comments with their stance and reason")
shown = ["author", "stance", "stance_confidence", "stance_reason", "text"]
render_table(comments.sort_values(["stance", "stance_confidence"], ascending=[True, False]), shown,
             key="stance_table")
render_download(comments, "comments", spec, key="dl_stance")
