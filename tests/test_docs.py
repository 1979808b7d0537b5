"""The documentation site builds without warnings, and what it states matches the code."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import load_script, needs_models

from quoteattr.attribution import CONFIDENCE

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _have(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


@pytest.mark.skipif(not _have("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python"),
                    reason="docs tools not installed (pip install -e '.[docs]')")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    # the API reference is generated from the docstrings, with Sphinx roles turned into code
    assert "Find the quotes in" in api and "to_dataframe" in api and ":func:" not in api


def _rule_rows(markdown: str) -> dict[str, float]:
    """``| `rule` | 0.9 | … |`` table rows of a page."""
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^\| `([a-z-]+)` \| ([01](?:\.\d+)?) \|", markdown,
                                                                  re.MULTILINE)}


def test_concepts_page_lists_every_rule_with_its_confidence() -> None:
    rows = _rule_rows((DOCS / "concepts.md").read_text(encoding="utf-8"))
    assert rows == CONFIDENCE


def test_nav_lists_every_page() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\s+- [^:]+: ([\w-]+\.md)$", config, re.MULTILINE))
    assert {"index.md", "concepts.md", "cli.md", "api.md", "delimiters.md", "knowledge-base.md", "models.md",
            "evaluation.md", "benchmarks.md"} <= listed
    assert {p.name for p in DOCS.glob("*.md")} <= listed


@pytest.mark.parametrize(("text", "expected"), [
    (":func:`find_quotes` returns", "`find_quotes` returns"),
    ("see :class:`~quoteattr.parsed.Parse` and :meth:`KnowledgeBase.find`", "see `quoteattr.parsed.Parse` and "
                                                                             "`KnowledgeBase.find`"),
    ("``find_quotes`` stays", "``find_quotes`` stays"),
    (":data:`RECENT_YEARS`", "`RECENT_YEARS`"),
])
def test_sphinx_roles_become_code(text: str, expected: str) -> None:
    pytest.importorskip("griffe")
    assert load_script("griffe_rst_roles").strip_roles(text) == expected


@needs_models
def test_getting_started_example_prints_what_the_page_says() -> None:
    page = (DOCS / "index.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```python\n(.*?)```", page, re.DOTALL) if "quoteattr.attribute(" in b]
    promised = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, "docs/index.md", "exec"), {})
    assert promised and printed.getvalue().splitlines() == promised
