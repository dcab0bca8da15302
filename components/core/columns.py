"""Column names of the corpus tables: the public interface of exports, downloads and tests."""

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "source", "title", "published", "url", "path", "sha256",
    "n_statements", "n_comments", "date_note",
)

STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id", "speaker", "speaker_handle", "kind", "text", "date", "date_evidence",
    "date_conflict", "doc_ids", "n_sources", "sentiment_compound", "speaker_reason",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "statement_id", "doc_id", "source", "speaker", "kind", "text", "date", "date_evidence",
    "paragraph", "mention_id", "mention_text", "speaker_reason",
)

COMMENT_BASE_COLUMNS: tuple[str, ...] = (
    "comment_id", "doc_id", "source", "position", "author", "text", "text_raw", "is_empty",
    "depth", "is_reply", "reply_to",  # thread structure where the page shows it
)

COMMENT_ENRICHMENT_COLUMNS: tuple[str, ...] = (
    "sentiment_compound", "sentiment_pos", "sentiment_neu", "sentiment_neg", "sentiment_label",
    "stance", "stance_confidence", "stance_reason", "is_spam", "spam_score", "spam_reason",
)

COMMENT_COLUMNS: tuple[str, ...] = COMMENT_BASE_COLUMNS + COMMENT_ENRICHMENT_COLUMNS

# Optional extra comment columns, added when analyst corrections are applied (components.corpus.labels):
# the model's own labels and who set the label shown ("analyst", "corpus model" or "model").
COMMENT_LABEL_COLUMNS: tuple[str, ...] = (
    "stance_model", "stance_set_by", "is_spam_model", "spam_set_by",
)

TABLES: dict[str, tuple[str, ...]] = {
    "documents": DOCUMENT_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "comments": COMMENT_COLUMNS,
}
