"""Sentiment: distributions by source and stance, label shares, extremes, word cloud."""

import streamlit as st
from wordcloud import WordCloud

from components.words import word_frequencies
from dashboard.charts import LABEL_COLOURS, box_figure, histogram_figure, share_figure, side_colours
from dashboard.context import open_comment_page, side_ids
from dashboard.widgets import render_download, render_table

corpus, spec, comments = open_comment_page("Sentiment")

by = st.radio("Split by", ["stance", "source"], horizontal=True, key="sentiment_split")
colours = side_colours(side_ids(corpus)) if by == "stance" else None
left, right = st.columns(2)
left.plotly_chart(histogram_figure(comments, by, colours), key="sentiment_hist")
right.plotly_chart(box_figure(comments, by, colours), key="sentiment_box")
st.plotly_chart(share_figure(comments, "sentiment_label", LABEL_COLOURS, "Sentiment labels", by),
                key="sentiment_labels")

shown = ["author", "sentiment_compound", "sentiment_label", "stance", "text"]
top, bottom = st.columns(2)
with top:
    st.subheader("Most positive")
    render_table(comments.nlargest(5, "sentiment_compound"), shown, key="sentiment_top")
with bottom:
    st.subheader("Most negative")
    render_table(comments.nsmallest(5, "sentiment_compound"), shown, key="sentiment_bottom")

st.subheader("Word cloud")
cloud_source = comments if spec.spam != "include" else comments[~comments["is_spam"]]
frequencies = word_frequencies(cloud_source["text"])
if frequencies:
    cloud = WordCloud(width=1100, height=380, background_color="white", colormap="viridis",
                      random_state=7).generate_from_frequencies(frequencies)
    st.image(cloud.to_array(), width="stretch")
    spam_note = "spam left out" if spec.spam == "include" else "as filtered"
    st.caption(f"{len(cloud_source)} comments ({spam_note}); stopwords removed; single words "
               "only, so no phrase appears twice.")
else:
    st.info("Not enough words in the filtered comments for a word cloud.")
render_download(comments, "comments", spec, key="dl_sentiment")
