"""A griffe extension for the docs site: Sphinx roles in docstrings become code.

Docstrings in quoteattr sometimes use Sphinx roles (``:func:`find_quotes```,
``:class:`Parse```); Markdown has no such roles, so the API reference would
show them literally.  This extension rewrites each one to inline code
(```find_quotes```) when mkdocstrings collects the docstrings.  It is loaded
by ``mkdocs.yml`` (``extensions``) and is not part of the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|mod|data|exc|obj|const):`~?([^`]+)`")


def strip_roles(text: str) -> str:
    """``:func:`x``` -> ```x```, keeping the name (``~`` dropped)."""
    return _ROLE.sub(lambda m: f"`{m.group(1)}`", text)


class RstRoles(griffe.Extension):
    """Rewrites Sphinx roles in every docstring to Markdown inline code."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = strip_roles(obj.docstring.value)
