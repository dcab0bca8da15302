"""The engine never imports streamlit, and a lower stage of the pipeline never imports a higher one."""

import ast
import subprocess
import sys
from pathlib import Path

COMPONENTS = Path(__file__).resolve().parent.parent / "components"
STAGES = ("core", "parse", "enrich", "corpus", "engine")


def test_components_do_not_load_streamlit() -> None:
    modules = ", ".join(_module_name(path) for stage in STAGES for path in _modules(stage))
    code = f"import sys, {modules}; print('streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def _modules(stage: str) -> list[Path]:
    """A stage's modules, those of its packages (enrich/stance/) too."""
    return sorted(path for path in (COMPONENTS / stage).rglob("*.py")
                  if path.stem != "__init__" or path.parent != COMPONENTS / stage)


def _module_name(path: Path) -> str:
    parts = path.relative_to(COMPONENTS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_stages(path: Path, own_stage: str, depth: int = 0) -> set[str]:
    """The stages a module of `own_stage` imports, relative or absolute (depth: how many packages
    deep in the stage the module sits; 0 for components/<stage>/<module>.py)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if 1 <= node.level <= depth + 1:
                found.add(own_stage)
            elif node.level == depth + 2:
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
        for path in _modules(stage):
            depth = len(path.relative_to(COMPONENTS / stage).parts) - 1
            for used in imported_stages(path, stage, depth):
                if STAGES.index(used) > rank:
                    upward.append(f"{path.relative_to(COMPONENTS)} imports {used}")
    assert upward == []


def test_the_rule_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from ..engine.build import build_corpus\nfrom components.corpus import store\n")
    assert imported_stages(module, "parse") == {"engine", "corpus"}


def test_the_rule_sees_an_upward_import_from_a_package(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from ...corpus.store import Corpus\nfrom ..words import STOPWORDS\n"
                      "from .tokens import tokenise\n")
    assert imported_stages(module, "enrich", depth=1) == {"corpus", "enrich"}
    assert "components.enrich.stance.tokens" in [_module_name(path) for path in _modules("enrich")]


# The stance package's modules, lowest first: each imports only from those before it.
STANCE_LAYERS = ("lexicon", "tokens", "scores", "people", "claims", "feeling", "mentions", "predicates",
                 "sentences", "positions", "contradicted", "overlap", "evidence", "thread")


def test_a_stance_module_imports_only_lower_ones() -> None:
    package = COMPONENTS / "enrich" / "stance"
    assert sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__") == sorted(STANCE_LAYERS)
    upward = []
    for rank, name in enumerate(STANCE_LAYERS):
        for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                used = (node.module or "").split(".")[0]
                if used not in STANCE_LAYERS[:rank]:
                    upward.append(f"stance/{name}.py imports .{used}")
    assert upward == []
