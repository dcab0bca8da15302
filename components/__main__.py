"""`python -m components` runs the `spectrum` CLI."""

import sys

from .engine.cli import main

sys.exit(main())
