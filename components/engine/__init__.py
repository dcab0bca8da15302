"""Stage 4: running the pipeline over a seeds folder (build, ingest) and the command line."""
