"""quoteattr: find the quotations in Dutch news text and say who said them.

The public API is small::

    import quoteattr

    doc = quoteattr.attribute(text, date="2023-07")   # AttributedDocument
    for q in doc.quotes:
        print(q.kind, q.speaker_name, q.text)

    quoteattr.find_quotes(text)        # quotation marks only, no parser
    quoteattr.load_pipeline()          # the bundled offline stanza pipeline
    quoteattr.Attributor()             # reusable: loads models once
    quoteattr.KnowledgeBase.default()  # Dutch politicians, parties, offices
    quoteattr.evaluate("gold.jsonl")   # scores against gold annotations
    quoteattr.to_dataframe(docs)       # one row per quote (needs pandas)
    quoteattr.render(doc)              # standalone HTML view

Large corpora: ``quoteattr.scale`` attributes in many processes
(``attribute_many``) and gives dask and other engines a function over
pandas partitions (``attribute_frame``).

Heavy dependencies (stanza, torch, pandas) are imported only when the
function that needs them is first used, so ``import quoteattr`` is fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from quoteattr.delimiters import QuoteSpan, find_quotes, normalize_quotes
from quoteattr.results import AttributedDocument, Cue, Entity, Mention, Quote, Speaker

__version__ = "0.1.0"

# Public names that live in modules with heavy imports, loaded on first use.
_LAZY = {
    "load_pipeline": "quoteattr.nlp",
    "PipelineError": "quoteattr.nlp",
    "attribute": "quoteattr.attribution",
    "Attributor": "quoteattr.attribution",
    "KnowledgeBase": "quoteattr.kb",
    "Politician": "quoteattr.kb",
    "evaluate": "quoteattr.evaluation",
    "EvaluationReport": "quoteattr.evaluation",
    "to_dataframe": "quoteattr.export",
    "write_jsonl": "quoteattr.export",
    "write_csv": "quoteattr.export",
    "render": "quoteattr.html",
}

__all__ = [
    "AttributedDocument",
    "Attributor",
    "Cue",
    "Entity",
    "EvaluationReport",
    "KnowledgeBase",
    "Mention",
    "PipelineError",
    "Politician",
    "Quote",
    "QuoteSpan",
    "Speaker",
    "__version__",
    "attribute",
    "evaluate",
    "find_quotes",
    "load_pipeline",
    "normalize_quotes",
    "render",
    "to_dataframe",
    "write_csv",
    "write_jsonl",
]

if TYPE_CHECKING:  # pragma: no cover
    from quoteattr.attribution import Attributor, attribute
    from quoteattr.evaluation import EvaluationReport, evaluate
    from quoteattr.export import to_dataframe, write_csv, write_jsonl
    from quoteattr.html import render
    from quoteattr.kb import KnowledgeBase, Politician
    from quoteattr.nlp import PipelineError, load_pipeline


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'quoteattr' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
