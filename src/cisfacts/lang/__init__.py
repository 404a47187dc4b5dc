"""One data file per language: words and endings only, no logic.

Each module defines ``DATA``, a :class:`cisfacts.langdata.LanguageData`.
"""
