"""What quoteattr's rule-based stanza processors share (``sentrepair``, ``tagrepair``, ``treerepair``)."""

from __future__ import annotations

from typing import Any

from stanza.pipeline.processor import Processor
from stanza.pipeline.registry import PIPELINE_NAMES


class RuleProcessor(Processor):
    """A stanza processor that applies rules and loads no model; subclasses give ``process``."""

    def _set_up_model(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        """No model: the repair is a rule or a word list."""

    def __str__(self) -> str:
        return type(self).__name__


def run_right_after(name: str, after: str) -> None:
    """Make processor ``name`` run right after ``after``: stanza runs processors in the order they were
    registered, so a processor registered later would run last."""
    PIPELINE_NAMES.remove(name)
    PIPELINE_NAMES.insert(PIPELINE_NAMES.index(after) + 1, name)
