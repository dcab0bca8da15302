"""Where the external benchmark data lives: ../shared/data, or $SPECTRUM_SHARED_DATA."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_data() -> Path:
    """The folder holding vader/ and youtube-spam/."""
    path = Path(os.environ.get("SPECTRUM_SHARED_DATA", ROOT.parent / "shared" / "data"))
    if not path.is_dir():
        raise SystemExit(f"benchmark data not found at {path} (set SPECTRUM_SHARED_DATA)")
    return path
