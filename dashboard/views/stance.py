"""Stance: counts and shares per side and source, stance × sentiment; select a mark to list its comments."""

import streamlit as st

from dashboard.charts import LABEL_COLOURS, count_figure, share_figure, side_colours
from dashboard.context import open_comment_page, side_ids, side_names
from dashboard.drill import render_chart
from dashboard.section import render_comment_section

corpus, spec, comments = open_comment_page("Stance")

colours, names = side_colours(side_ids(corpus)), side_names(corpus)
order = [s for s in colours if s in set(comments["stance"])]
counts = comments["stance"].value_counts().reindex(order)
left, right = st.columns(2)
render_chart(count_figure(counts, colours, f"Comments per side ({len(comments)})", "Stance"),
             "stance_counts", comments, ["stance"], where=left)
render_chart(share_figure(comments, "stance", colours, "Stance per source", "source"),
             "stance_sources", comments, ["source", "stance"], where=right)
render_chart(share_figure(comments, "sentiment_label", LABEL_COLOURS, "Sentiment within each stance",
                          "stance"), "stance_sentiment", comments, ["stance", "sentiment_label"])

st.subheader("Comments with their stance and reason")
render_comment_section(corpus, comments.sort_values(["stance", "stance_confidence"], ascending=[True, False]),
                       spec, key="stance")
