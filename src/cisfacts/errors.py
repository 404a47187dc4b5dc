"""Errors raised by cisfacts."""

from __future__ import annotations


class ParseError(ValueError):
    """A string given to a ``parse_*`` function is not exactly one figure of that kind.

    >>> raise ParseError("not a number: 'abc'")
    Traceback (most recent call last):
    ...
    cisfacts.errors.ParseError: not a number: 'abc'
    """
