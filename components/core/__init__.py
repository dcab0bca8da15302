"""Stage 0, shared by all stages: reading bytes, repairing text, the corpus config, the column contract."""
