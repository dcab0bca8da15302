"""Timeline: statements by date and speaker, with every source's wording and date."""

import streamlit as st

from dashboard.charts import MAX_MARKER_SOURCES, timeline_figure
from dashboard.context import current
from dashboard.display import FIRST_YEAR, LAST_YEAR, contract_dates
from dashboard.palette import corpus_palette
from dashboard.provenance import name_outlets
from dashboard.widgets import (
    escape_markdown,
    render_download,
    render_empty,
    render_filter_line,
    render_table,
)
from dashboard.wordings import render_wordings

corpus, spec = current()
statements = spec.apply_statements(corpus.statements, corpus.mentions)

st.title("Timeline")
render_filter_line(spec, len(statements), len(corpus.statements), "statements")
if statements.empty:
    render_empty("statements")
    st.stop()

speaker_colours = corpus_palette(corpus.manifest).speaker_colours(list(statements["speaker"]))
st.plotly_chart(timeline_figure(statements, corpus.mentions, spec.apply_documents(corpus.documents),
                                speaker_colours), key="timeline_chart")
st.caption("One row per statement, coloured by the speaker's side (grey: no side); a bigger marker: "
           f"more sources carry it (up to {MAX_MARKER_SOURCES}; the hover gives the count). Filled circle: "
           "day known · open diamond: month only (in the narrow left panel, so it does not stretch the day "
           "axis) · red ring: sources disagree on the date, the red dotted line reaches the date another "
           "source gives · dashed line: an article's publication date (dotted and unlabelled when there "
           "are many). Hover a marker for the text.")

dates = statements["date"].astype(object).fillna("").astype(str)
labels = dict(zip(statements["statement_id"],
                  dates.where(dates != "", "undated") + " · " + statements["speaker"].astype(str) + " · "
                  + statements["text"].astype(str).str[:70], strict=True))
chosen = st.selectbox("Statement", list(labels), format_func=labels.__getitem__,
                      key="timeline_statement", bind="query-params")
row = statements.set_index("statement_id").loc[chosen]
st.subheader(escape_markdown(f"{row['speaker']} ({row['kind']})"))
st.text(row["text"])
st.text("Date: " + name_outlets(f"{row['date'] or 'unknown'} — {row['date_evidence'] or 'no date evidence'}",
                                corpus.documents))
if isinstance(row["date_conflict"], str) and row["date_conflict"]:
    st.warning("Date conflict: " + escape_markdown(name_outlets(row["date_conflict"], corpus.documents)),
               icon="⚠️")
render_wordings(corpus.mentions[corpus.mentions["statement_id"] == chosen], corpus.documents)

unplaced = statements[~contract_dates(statements["date"]).to_numpy()]
if len(unplaced):
    st.subheader(f"Statements not on the chart ({len(unplaced)})")
    st.caption(f"Undated, or dated outside {FIRST_YEAR}–{LAST_YEAR}.")
    render_table(unplaced, ["speaker", "kind", "date", "text", "n_sources"], key="timeline_undated")

columns = ["statement_id", "speaker", "speaker_handle", "kind", "text", "date", "date_evidence",
           "date_conflict", "doc_ids", "n_sources", "sentiment_compound"]
render_download(statements[columns], "statements", spec, key="dl_timeline")
