"""The engine never imports streamlit, and a lower stage of the pipeline never imports a higher one."""

import ast
import subprocess
import sys
from pathlib import Path

COMPONENTS = Path(__file__).resolve().parent.parent / "components"
STAGES = ("core", "parse", "enrich", "corpus", "engine")


def test_components_do_not_load_streamlit() -> None:
    modules = ", ".join(f"components.{stage}.{path.stem}" for stage in STAGES
                        for path in sorted((COMPONENTS / stage).glob("*.py")) if path.stem != "__init__")
    code = f"import sys, {modules}; print('streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def imported_stages(path: Path, own_stage: str) -> set[str]:
    """The stages a module of `own_stage` imports, relative or absolute."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.add(own_stage)
            elif node.level == 2:
                first = (node.module or "").split(".")[0]
                found.update([first] if first else [alias.name for alias in node.names])
            elif (node.module or "").startswith("components."):
                found.add(node.module.split(".")[1])  # type: ignore[union-attr]
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names
                         if alias.name.startswith("components."))
    return found & set(STAGES)


def test_every_engine_module_sits_in_a_stage() -> None:
    loose = [path.name for path in COMPONENTS.glob("*.py") if path.name not in {"__init__.py", "__main__.py"}]
    assert loose == []


def test_a_lower_stage_never_imports_a_higher_one() -> None:
    upward = []
    for rank, stage in enumerate(STAGES):
        for path in sorted((COMPONENTS / stage).glob("*.py")):
            for used in imported_stages(path, stage):
                if STAGES.index(used) > rank:
                    upward.append(f"{stage}/{path.name} imports {used}")
    assert upward == []


def test_the_rule_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from ..engine.build import build_corpus\nfrom components.corpus import store\n")
    assert imported_stages(module, "parse") == {"engine", "corpus"}
