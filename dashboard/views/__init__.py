"""Dashboard pages (not named pages/, see TOOLING.md)."""
