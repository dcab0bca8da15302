"""Sentiment: distributions by stance or source, label shares, extremes, word cloud; select a mark to
list its comments."""

import streamlit as st

from dashboard.charts import LABEL_COLOURS, box_figure, histogram_figure, share_figure
from dashboard.context import full_rows, open_comment_page, row_mask, side_names
from dashboard.data import term_matrix
from dashboard.drill import render_chart
from dashboard.palette import corpus_palette
from dashboard.section import render_comment_section
from dashboard.tables import render_comment_table
from dashboard.widgets import extreme_comments, word_cloud

corpus, spec, comments = open_comment_page("Sentiment")
names = side_names(corpus)

by = st.radio("Split by", ["stance", "source"], horizontal=True, key="sentiment_split",
              bind="query-params")
palette = corpus_palette(corpus.manifest)
colours, order = (palette.colours, palette.order) if by == "stance" else (None, None)
left, right = st.columns(2)
render_chart(histogram_figure(comments, by, colours, names), "sentiment_hist", comments, [by], where=left)
# a box point carries its comment id, looked up for the sampled points only (not a column of the view)
render_chart(box_figure(comments, by, colours, names, ids=corpus.comments["comment_id"]), "sentiment_box",
             corpus.comments, [by], ids_by=by, where=right)
render_chart(share_figure(comments, "sentiment_label", LABEL_COLOURS, "Sentiment labels", by,
                          names=names, order=order),
             "sentiment_labels", comments, [by, "sentiment_label"])

shown = ("text", "sentiment_compound", "sentiment_label", "author", "stance")
top, bottom = st.columns(2)
for where, heading, rows, key in zip((top, bottom), ("Most positive", "Most negative"),
                                     extreme_comments(comments), ("sentiment_top", "sentiment_bottom"),
                                     strict=True):
    with where:
        st.subheader(heading)
        if rows.empty:
            st.info(f"No comment shown scores {'above' if key.endswith('top') else 'below'} 0.")
        else:
            render_comment_table(full_rows(corpus, rows), key, names, shown)

st.subheader("Comments")
render_comment_section(corpus, comments, spec, key="sentiment")

st.subheader("Word cloud")
kept = comments[~comments["is_spam"].to_numpy(dtype=bool)] if spec.spam == "include" else comments
# pre-computed term counts (components.corpus.terms) summed over the rows shown, not their text
frequencies = term_matrix().frequencies(row_mask(corpus, kept))
if frequencies:
    st.image(word_cloud(tuple(frequencies.items())), width="stretch")
    spam_note = "spam left out" if spec.spam == "include" else "as filtered"
    st.caption(f"{len(kept)} comments ({spam_note}); stopwords removed; single words "
               "only, so no phrase appears twice.")
else:
    st.info("Not enough words in the filtered comments for a word cloud.")
