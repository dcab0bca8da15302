"""Spam: the share, per source, the spam comments with reasons, figures with and without spam."""

import streamlit as st

from dashboard.charts import compare_figure, share_figure
from dashboard.context import open_comment_page
from dashboard.drill import render_chart
from dashboard.palette import LABEL_COLOURS, NOT_SPAM_COLOUR, SPAM_COLOUR, corpus_palette
from dashboard.section import render_comment_section

corpus, scope, comments = open_comment_page("Spam", include_spam=True)
st.caption("This page shows spam and non-spam side by side, whatever the spam filter says.")

spam = comments[comments["is_spam"]]
clean = comments[~comments["is_spam"]]
cols = st.columns(3)
cols[0].metric(f"Spam share ({len(spam)} of {len(comments)})", f"{len(spam) / len(comments):.0%}")
cols[1].metric("Mean sentiment with spam", f"{comments['sentiment_compound'].mean():+.3f}")
cols[2].metric("Mean sentiment without spam",
               "–" if clean.empty else f"{clean['sentiment_compound'].mean():+.3f}")

marked = comments.assign(spam=comments["is_spam"].map({True: "spam", False: "not spam"}))
palette = corpus_palette(corpus.manifest)
render_chart(share_figure(marked, "spam", {"spam": SPAM_COLOUR, "not spam": NOT_SPAM_COLOUR},
                          "Spam share per source", "source"), "spam_sources", comments, ["source", "spam"])
left, right = st.columns(2)
left.plotly_chart(compare_figure(comments["stance"].value_counts(), clean["stance"].value_counts(),
                                 "Stance with and without spam", "", names=palette.names,
                                 order=palette.order), key="spam_stance")
right.plotly_chart(compare_figure(comments["sentiment_label"].value_counts(),
                                  clean["sentiment_label"].value_counts(),
                                  "Sentiment with and without spam", "", order=list(LABEL_COLOURS)),
                   key="spam_labels")

st.subheader("Comments, spam first, with the reasons")
render_comment_section(corpus, comments.sort_values(["is_spam", "spam_score"], ascending=False), scope,
                       key="spam", columns=("text", "author", "is_spam", "spam_set_by", "spam_score",
                                            "spam_reason", "stance", "source"))
