"""Spectrum engine: parsing, enrichment, storage and filtering (never imports streamlit)."""
