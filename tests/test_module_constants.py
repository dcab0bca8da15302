"""No module of components/ or dashboard/ binds the same module-level constant (an UPPER_CASE or
_UPPER_CASE name) twice: Python lets the second binding silently replace the first, and every
function then reads the second, those written beside the first too (ruff does not catch it).
A declaration (`X: T`) followed by one binding is allowed."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("components", "dashboard")
CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]*$")
# (module, name) bound more than once on purpose, with the reason; none so far
ALLOWED: dict[tuple[str, str], str] = {}


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def _bound_names(target: ast.expr) -> list[ast.Name]:
    """The names an assignment target binds ("A, (B, *C) = ..."); not an attribute's or an item's
    owner (`X.y = ...`, `X[k] = ...` change X, they do not bind it)."""
    if isinstance(target, ast.Name):
        return [target]
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _bound_names(element)]
    return []


def constant_bindings(source: str) -> dict[str, list[int]]:
    """The lines that bind each module-level constant of a module's source, in the module's own
    body and in the blocks of its module-level if/try/with/for statements (not in functions or
    classes); a bare declaration (`X: T`, no value) is not a binding."""
    found: dict[str, list[int]] = {}

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Assign):
                names = [name for target in node.targets for name in _bound_names(target)]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                names = _bound_names(node.target)
            else:
                names = []
            for name in names:
                if CONSTANT.match(name.id):
                    found.setdefault(name.id, []).append(node.lineno)
            if isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
                for block in ("body", "orelse", "finalbody"):
                    visit(getattr(node, block, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(ast.parse(source).body)
    return found


def test_no_module_binds_a_constant_twice() -> None:
    twice = []
    for path in _modules():
        module = path.relative_to(ROOT).as_posix()
        for name, lines in constant_bindings(path.read_text(encoding="utf-8")).items():
            if len(lines) > 1 and (module, name) not in ALLOWED:
                twice.append(f"{module}: {name} bound on lines {lines}")
    assert not twice, "\n".join(twice)


@pytest.mark.parametrize(("source", "twice"), [
    ("LIMIT = 3\nLIMIT = 5\n", {"LIMIT"}),
    ("_WORDS = 1\ndef f():\n    return _WORDS\n_WORDS = 2\n", {"_WORDS"}),
    ("A, (B, *_C) = 1, (2, 3)\n_C: list[int] = []\n", {"_C"}),
    ("if x:\n    MODE = 'a'\nMODE = 'b'\n", {"MODE"}),
])
def test_a_constant_bound_twice_is_found(source: str, twice: set[str]) -> None:
    assert {name for name, lines in constant_bindings(source).items() if len(lines) > 1} == twice


@pytest.mark.parametrize("source", [
    "LIMIT: int\nLIMIT = 3\n",                                  # a declaration, then its one binding
    "OPTIONS = make()\nOPTIONS.size = 32\nTABLE = {}\nTABLE['k'] = 1\n",  # changed, not rebound
    "limit = 3\nlimit = 4\n",                                   # not a constant's name
    "LIMIT = 3\ndef f():\n    LIMIT = 4\n    return LIMIT\n",  # a function's own name
    "class K:\n    SIZE = 1\n    SIZE = 2\n",                   # a class's (not the module's)
])
def test_what_is_not_a_second_binding_is_not_found(source: str) -> None:
    assert all(len(lines) == 1 for lines in constant_bindings(source).values())
