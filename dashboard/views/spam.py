"""Spam: the share, per source, the spam comments with reasons, figures with and without spam."""

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.charts import compare_figure, share_figure
from dashboard.context import open_comment_page
from dashboard.drill import render_chart
from dashboard.palette import LABEL_COLOURS, NOT_SPAM_COLOUR, SPAM_COLOUR, corpus_palette
from dashboard.section import render_comment_section


def _counts(values: pd.Series) -> pd.Series:
    """How many comments have each value (values no comment has left out)."""
    counts = values.value_counts()
    return counts[counts > 0]


corpus, scope, comments = open_comment_page("Spam", include_spam=True, columns=("spam_score",))
st.caption("This page shows spam and non-spam side by side, whatever the spam filter says.")

is_spam = comments["is_spam"].to_numpy(dtype=bool)
clean = comments[["stance", "sentiment_label", "sentiment_compound"]][~is_spam]
cols = st.columns(3)
cols[0].metric(f"Spam share ({is_spam.sum():,} of {len(comments):,})", f"{is_spam.mean():.0%}")
cols[1].metric("Mean sentiment with spam", f"{comments['sentiment_compound'].mean():+.3f}")
cols[2].metric("Mean sentiment without spam",
               "–" if clean.empty else f"{clean['sentiment_compound'].mean():+.3f}")

marked = pd.DataFrame({"source": comments["source"],
                       "spam": pd.Categorical.from_codes(is_spam.astype(np.int8), ["not spam", "spam"])},
                      index=comments.index)
palette = corpus_palette(corpus.manifest)
render_chart(share_figure(marked, "spam", {"spam": SPAM_COLOUR, "not spam": NOT_SPAM_COLOUR},
                          "Spam share per source", "source"), "spam_sources", comments, ["source", "spam"])
left, right = st.columns(2)
left.plotly_chart(compare_figure(_counts(comments["stance"]), _counts(clean["stance"]),
                                 "Stance with and without spam", "", names=palette.names,
                                 order=palette.order), key="spam_stance")
right.plotly_chart(compare_figure(_counts(comments["sentiment_label"]), _counts(clean["sentiment_label"]),
                                  "Sentiment with and without spam", "", order=list(LABEL_COLOURS)),
                   key="spam_labels")

st.subheader("Comments, spam first, with the reasons")
render_comment_section(corpus, comments, scope, key="spam", order=(["is_spam", "spam_score"], [False, False]),
                       columns=("text", "author", "is_spam", "spam_set_by", "spam_score", "spam_reason",
                                "stance", "source"))
