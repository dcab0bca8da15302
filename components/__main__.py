"""`python -m components` runs the `spectrum` CLI."""

import sys

from .cli import main

sys.exit(main())
