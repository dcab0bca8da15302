"""The engine never imports streamlit."""

import subprocess
import sys


def test_components_do_not_load_streamlit() -> None:
    code = ("import sys, components.build, components.cli, components.filters, components.store;"
            "print('streamlit' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
