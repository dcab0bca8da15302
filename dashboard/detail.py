"""The detail panel of one comment: its full text and labels with their reasons, the comments around
it, and the analyst's corrections of its stance and spam flag (stored through LabelStore)."""

from collections.abc import Mapping

import numpy as np
import pandas as pd
import streamlit as st

from components.corpus.labels import ANALYST, LabelStore, text_hash
from dashboard.data import corpus_dir
from dashboard.display import escape_markdown
from dashboard.tables import COMMENT_PARAM, render_comment_table, selected_comment

__all__ = ["around", "label_line", "render_detail", "save_labels", "undo_label"]

NEIGHBOURS = 2        # comments just before and after it in its document
MIN_NAME_CHARS = 3    # shorter author names are not looked for in other comments


def around(comments: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    """The comments just before and after it in its document, and those that name its author."""
    same_doc = comments["doc_id"].eq(row["doc_id"]).to_numpy(dtype=bool)
    near = same_doc & (comments["position"] - row["position"]).abs().between(1, NEIGHBOURS).to_numpy()
    author = row["author"] if isinstance(row["author"], str) else ""
    author = author.strip()
    naming = (comments["text"].str.contains(author, case=False, regex=False, na=False).to_numpy(dtype=bool)
              if len(author) >= MIN_NAME_CHARS else np.zeros(len(comments), dtype=bool))
    picked = comments[near | naming]
    return picked[picked["comment_id"] != row["comment_id"]].sort_values(["doc_id", "position"])


def label_line(row: pd.Series, field: str, names: Mapping[str, str]) -> str:
    """'Alyssa Milano — set by analyst (model: neutral)' or 'neutral — set by the model'."""
    if field == "stance":
        value, model, by = row["stance"], row.get("stance_model", row["stance"]), row.get(
            "stance_set_by", "model")
        shown, model_shown = names.get(value, value), names.get(model, model)
    else:
        value, model, by = row["is_spam"], row.get("is_spam_model", row["is_spam"]), row.get(
            "spam_set_by", "model")
        shown, model_shown = ("spam" if value else "not spam"), ("spam" if model else "not spam")
    if by == ANALYST:
        return f"{shown} — set by analyst (model: {model_shown})"
    return f"{shown} — set by the {by}"


def save_labels(store: LabelStore, row: pd.Series, stance: str, is_spam: bool) -> list[str]:
    """Store the fields the analyst changed; returns their names."""
    changes = [(f, v) for f, v in (("stance", stance), ("is_spam", bool(is_spam)))
               if v != (row["stance"] if f == "stance" else bool(row["is_spam"]))]
    store.set_many([(row["comment_id"], text_hash(row["text"]), f, v) for f, v in changes], ANALYST)
    return [f for f, _ in changes]


def undo_label(store: LabelStore, comment_id: str, field: str) -> bool:
    """Take back the comment's last correction of field."""
    return store.undo(comment_id, field, ANALYST)


def _forget_inputs(comment_id: str) -> None:
    """Drop the relabel widgets' state so they show the stored labels on the next run."""
    for name in ("stance", "spam"):
        st.session_state.pop(f"relabel_{name}_{comment_id}", None)


def _render_relabel(row: pd.Series, names: Mapping[str, str]) -> None:
    store, cid = LabelStore(corpus_dir()), row["comment_id"]
    options = list(dict.fromkeys([*names, row["stance"]]))
    with st.form(f"relabel_{cid}", border=True):
        st.markdown("**Correct the labels**")
        left, right = st.columns(2)
        stance = left.selectbox("Stance", options, index=options.index(row["stance"]),
                                format_func=lambda v: names.get(v, v), key=f"relabel_stance_{cid}")
        spam = right.toggle("Spam", value=bool(row["is_spam"]), key=f"relabel_spam_{cid}")
        saved = st.form_submit_button("Save labels", type="primary")
    if saved:
        changed = save_labels(store, row, stance, spam)
        st.session_state["relabel_message"] = (f"Saved: {', '.join(changed)}." if changed
                                              else "Nothing changed.")
        st.rerun()
    undo_stance, undo_spam = st.columns(2)
    for where, field, label in ((undo_stance, "stance", "Undo stance"), (undo_spam, "is_spam", "Undo spam")):
        if where.button(label, key=f"undo_{field}_{cid}",
                        disabled=row.get("stance_set_by" if field == "stance" else "spam_set_by") != ANALYST):
            undo_label(store, cid, field)
            _forget_inputs(cid)
            st.session_state["relabel_message"] = f"Took back the last {label.split()[1]} correction."
            st.rerun()
    if message := st.session_state.pop("relabel_message", None):
        st.success(message)


def render_detail(comments: pd.DataFrame, names: Mapping[str, str], key: str) -> None:
    """The panel of the comment selected in the URL (a hint when none is)."""
    chosen = selected_comment(comments)
    if not chosen:
        st.caption("Select a row in the table to read the whole comment and correct its labels.")
        return
    row = comments.loc[comments["comment_id"].eq(chosen).to_numpy(dtype=bool)].iloc[0]
    with st.container(border=True):
        st.subheader("Comment by " + escape_markdown(row["author"] or "an unnamed commenter"))
        st.text(row["text"])
        facts = {"Source": row["source"], "Stance": label_line(row, "stance", names),
                 "Why this stance": row["stance_reason"],
                 "Sentiment": f"{row['sentiment_label']} ({row['sentiment_compound']:+.3f})",
                 "Spam": label_line(row, "is_spam", names), "Why spam": row["spam_reason"]}
        st.markdown("  \n".join(f"**{k}:** {escape_markdown(v)}" for k, v in facts.items()))
        _render_relabel(row, names)
        context = around(comments, row)
        st.markdown(f"**Around it** ({len(context)}): the comments just before and after it in its "
                    "document, and those that name its author.")
        if len(context):
            render_comment_table(context, key=f"{key}_around_{chosen}", names=names,
                                 columns=("text", "author", "stance", "sentiment_label", "is_spam"))
        if st.button("Close", key=f"{key}_close"):
            st.query_params.pop(COMMENT_PARAM, None)
            st.rerun()
