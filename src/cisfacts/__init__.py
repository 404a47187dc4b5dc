"""cisfacts: typed facts with exact spans from news text of the CIS region.

>>> import cisfacts
>>> [f.to_dict()["value"] for f in cisfacts.extract("Экспорт вырос на 8% в 2024 году.", lang="ru")]
['8', '2024']
"""

from __future__ import annotations

from cisfacts.batch import extract_many
from cisfacts.detect import detect_language
from cisfacts.errors import ParseError
from cisfacts.extract import extract
from cisfacts.facts import Date, Duration, Fact, Figure, Money, Number, Percent, Period, Quantity
from cisfacts.languages import LANGUAGES
from cisfacts.parse import parse_date, parse_money, parse_number, parse_percent

__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "Date",
    "Duration",
    "Fact",
    "Figure",
    "Money",
    "Number",
    "ParseError",
    "Percent",
    "Period",
    "Quantity",
    "__version__",
    "detect_language",
    "extract",
    "extract_many",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_percent",
]
