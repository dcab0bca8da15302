"""Stance: counts and shares per side and source, stance × sentiment; select a mark to list its comments."""

import streamlit as st

from dashboard.charts import LABEL_COLOURS, count_figure, share_figure
from dashboard.context import open_comment_page
from dashboard.drill import render_chart
from dashboard.palette import corpus_palette
from dashboard.section import render_comment_section

corpus, spec, comments = open_comment_page("Stance", columns=("stance_confidence",))

palette = corpus_palette(corpus.manifest)
colours, names = palette.colours, palette.names
counts = comments["stance"].value_counts()
counts = counts[counts > 0]  # a category column also counts the labels no comment has
order = [s for s in colours if s in counts.index]
counts = counts.reindex(order)
left, right = st.columns(2)
render_chart(count_figure(counts, colours, f"Comments per side ({len(comments)})", "", names=names),
             "stance_counts", comments, ["stance"], where=left)
render_chart(share_figure(comments, "stance", colours, "Stance per source", "source", names=names),
             "stance_sources", comments, ["source", "stance"], where=right)
render_chart(share_figure(comments, "sentiment_label", LABEL_COLOURS, "Sentiment within each stance",
                          "stance", names=names, order=palette.order),
             "stance_sentiment", comments, ["stance", "sentiment_label"])

st.subheader("Comments with their stance and reason")
render_comment_section(corpus, comments, spec, key="stance",
                       order=(["stance", "stance_confidence"], [True, False]))
