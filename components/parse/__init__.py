"""Stage 1: a document's text into metadata, statements and comments; statements merged across documents."""
