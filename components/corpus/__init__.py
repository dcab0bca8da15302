"""Stage 3: the built corpus on disk: tables, filters, exports and analyst labels."""
