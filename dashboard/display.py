"""How corpus values reach the screen: text exactly as typed (never as Streamlit markdown or
plotly's HTML subset), dates only when they fall in the years the axes and date pickers show.

Text from documents, commenters, file names and corpus.toml goes through escape_markdown before
any st.markdown/caption/subheader/warning, and through escape_plotly before any figure label.
"""

import re
import string
from datetime import date

import pandas as pd

__all__ = ["FIRST_YEAR", "LAST_YEAR", "contract_date", "contract_dates", "escape_markdown", "escape_plotly"]

# Every ASCII punctuation character may be backslash-escaped in CommonMark, and escaping all of
# them also stops Streamlit's own syntax: :red[…] colours, :smile: and :material/…: icons, $…$ KaTeX.
_MARKDOWN_SPECIAL = re.compile("([" + re.escape(string.punctuation) + "])")
# GFM turns bare URLs, www. names and e-mail addresses into live links after escapes are resolved;
# an invisible word joiner (U+2060) where the link would start keeps them text.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=@)|(?<=www)(?=\.)", re.IGNORECASE)
_WORD_JOINER = "\u2060"
# plotly reads <tags> and &entities; in every label, and %{…} in templates. Numeric character
# references are decoded back to the character for display, so the label reads as typed.
_PLOTLY_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "%": "&#37;", "$": "&#36;"}
_PLOTLY_PATTERN = re.compile("[&<>%$]")

FIRST_YEAR, LAST_YEAR = 1900, 2100  # dates outside these years are not placed on any axis
_CONTRACT_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


def _text(value: object) -> str:
    """A cell as text: missing values are empty."""
    if isinstance(value, str):
        return value
    return "" if value is None or pd.isna(value) else str(value)


def escape_markdown(value: object) -> str:
    """Text that Streamlit's markdown shows exactly as typed: no bold, links, colour, icons, maths."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(_WORD_JOINER, _text(value)))


def escape_plotly(value: object) -> str:
    """Text that a plotly label, legend, tick, annotation or hover shows exactly as typed."""
    return _PLOTLY_PATTERN.sub(lambda m: _PLOTLY_SPECIAL[m.group()], _text(value))


def contract_date(value: object) -> tuple[date, str] | None:
    """A contract date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY') as (its first day, 'day'|'month'|'year');
    None when it is not one, is impossible, or lies outside FIRST_YEAR..LAST_YEAR."""
    match = _CONTRACT_DATE.fullmatch(_text(value).strip())
    if not match or not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        first = date(year, month, day)
    except ValueError:
        return None
    return first, ("day" if match.group(3) else "month" if match.group(2) else "year")


def contract_dates(values: pd.Series) -> pd.Series:
    """Whether each value is a contract date contract_date accepts, for a whole column at once."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    parts = text.str.extract(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", flags=re.ASCII)
    year = pd.to_numeric(parts[0], errors="coerce")
    first = pd.to_datetime(parts[0] + "-" + parts[1].fillna("01") + "-" + parts[2].fillna("01"),
                           format="%Y-%m-%d", errors="coerce")
    return (first.notna() & year.between(FIRST_YEAR, LAST_YEAR)).astype(bool)
