"""Run the docstring examples of every cisfacts module (they are documentation too)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cisfacts

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(cisfacts.__path__, prefix="cisfacts.")
)


@pytest.mark.parametrize("name", ["cisfacts", *MODULES])
def test_module_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
