"""The project's import layering: packages import one way, and nothing imports the tests.

`vocabulary` ← `archive` ← `crawler` ← `pipelines`: each package imports only those to its
left (and itself). The simulated web (`simweb`) and the benchmarks may import the packages,
never the test modules; test modules share helpers through modules that are not tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["vocabulary", "archive", "crawler", "pipelines"]
SPIDER_MAX_LINES = 300


def imported_modules(path: Path) -> set[str]:
    """Every absolute module a Python file imports, at any depth of the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def imports_of(package: str) -> dict[str, set[str]]:
    """Per file of `package`, the top-level packages of this project it imports."""
    ours = {*LAYERS, "simweb", "tests", "benchmarks"}
    return {str(path.relative_to(ROOT)): {name.split(".")[0] for name in imported_modules(path)} & ours
            for path in (ROOT / package).rglob("*.py")}


def test_packages_import_one_way():
    for position, package in enumerate(LAYERS):
        allowed = set(LAYERS[: position + 1])
        for path, imported in imports_of(package).items():
            assert imported <= allowed, f"{path} imports {sorted(imported - allowed)}"


def test_nothing_imports_the_tests():
    for package in (*LAYERS, "simweb", "benchmarks"):
        for path, imported in imports_of(package).items():
            assert "tests" not in imported, path


def test_test_modules_do_not_import_each_other():
    for path in (ROOT / "tests").glob("test_*.py"):
        test_modules = {name for name in imported_modules(path)
                        if name.startswith("tests.test_") or name.startswith("test_")}
        assert not test_modules, f"{path.name} imports {sorted(test_modules)}"


def test_the_spider_only_routes():
    spider = ROOT / "crawler" / "spiders" / "gov_reports.py"
    assert len(spider.read_text(encoding="utf-8").splitlines()) <= SPIDER_MAX_LINES


def test_the_policy_and_the_archive_decision_need_no_scrapy():
    for module in (ROOT / "crawler" / "policy.py", ROOT / "crawler" / "context.py",
                   ROOT / "archive" / "reports.py"):
        assert not {name for name in imported_modules(module) if name.split(".")[0] == "scrapy"}
