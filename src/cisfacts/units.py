"""The physical units a :class:`~cisfacts.facts.Quantity` may carry: one table.

Each unit is a short symbol (what ``Quantity.unit`` holds) with the CLDR unit
keys whose names and abbreviations mean it, and the international symbols
written the same in every language. A language's data file adds the words
CLDR lacks (``тонна*``, ``ц/га``, ``шаршы метр*``).

>>> UNITS["t"]
('mass-tonne', 'mass-metric-ton')
>>> "c/ha" in UNITS, symbol_variants("кВт·ч")[:3]
(True, ('кВт·ч', 'кВт⋅ч', 'кВт-ч'))
"""

from __future__ import annotations

#: Unit symbol -> CLDR unit keys (``babel.units``) whose words mean it. Adding a
#: unit means adding a row here and, where CLDR lacks its words, a line in the
#: data files.
UNITS: dict[str, tuple[str, ...]] = {
    "t": ("mass-tonne", "mass-metric-ton"),
    "kg": ("mass-kilogram",),
    "g": ("mass-gram",),
    "c": (),
    "c/ha": (),
    "t/ha": (),
    "kg/daa": (),
    "ha": ("area-hectare",),
    "daa": ("area-dunam",),
    "km2": ("area-square-kilometer",),
    "m2": ("area-square-meter",),
    "km": ("length-kilometer",),
    "m": ("length-meter",),
    "m3": ("volume-cubic-meter",),
    "l": ("volume-liter",),
    "kWh": ("energy-kilowatt-hour",),
    "MWh": (),
    "GWh": (),
    "TWh": (),
    "MW": ("power-megawatt",),
    "GW": ("power-gigawatt",),
    "bbl": ("volume-barrel",),
}

#: Symbols written the same in every language (SI and trade abbreviations).
INTERNATIONAL: dict[str, tuple[str, ...]] = {
    "t": (),
    "kg": ("kg",),
    "ha": ("ha",),
    "km2": ("km²", "km2", "sq km", "sq. km"),
    "m2": ("m²", "m2", "sq m", "sq. m"),
    "km": ("km",),
    "m3": ("m³", "m3"),
    "kWh": ("kWh", "kW·h"),
    "MWh": ("MWh", "MW·h"),
    "GWh": ("GWh", "GW·h"),
    "TWh": ("TWh", "TW·h"),
    "t/ha": ("t/ha",),
    "MW": ("MW",),
    "GW": ("GW",),
    "bbl": ("bbl",),
}

_DOTS = ("·", "⋅", "-", "", "/", "*", "∙")


def symbol_variants(symbol: str) -> tuple[str, ...]:
    """Every way a symbol is typed: product dots as ``·``, ``⋅``, ``-`` or nothing; ``²`` as ``2``.

    >>> symbol_variants("м²")
    ('м²', 'м2')
    """
    forms = [symbol]
    for dot in ("·", "⋅", "∙"):
        if dot in symbol:
            forms = [symbol.replace(dot, other) for other in _DOTS]
            break
    out: list[str] = []
    for form in forms:
        for variant in (form, form.replace("²", "2").replace("³", "3")):
            if variant not in out:
                out.append(variant)
    return tuple(out)
