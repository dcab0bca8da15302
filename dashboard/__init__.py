"""The Streamlit dashboard: entry point, sidebar, chart builders and thin pages."""
