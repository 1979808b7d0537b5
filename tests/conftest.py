"""Shared fixtures: the seed article, the shared data folder, and a marker for model-based tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# Timing-free property tests: a busy CI machine must not turn slowness into failures.
settings.register_profile("quoteattr", deadline=None, print_blob=True)
settings.load_profile("quoteattr")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "seed_article.txt"


def models_available() -> bool:
    """True when the bundled models are in the package (they are in every release)."""
    from quoteattr.nlp import BUNDLED_DIR, MODEL_FILES

    return all((BUNDLED_DIR / name).is_file() for name in MODEL_FILES.values())


needs_models = pytest.mark.skipif(not models_available(), reason="bundled models not trained yet")


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` imported as the module ``name`` (the scripts are no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (dataclasses and attrs look their module up while it runs)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, without its ``date`` header."""
    from quoteattr.io import read_documents

    docs = [d for d in read_documents([SEED]) if getattr(d, "text", None)]
    return docs[0].text


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
