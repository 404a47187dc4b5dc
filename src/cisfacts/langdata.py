"""The shape of one language's data file.

A data file (``cisfacts/lang/xx.py``) holds one :class:`LanguageData` made of
plain words: no patterns, no code. What CLDR knows (separators, month names,
currency names and symbols, compact scale words, unit words) is read from
babel by :mod:`cisfacts.cldr`; a data file writes only what CLDR lacks.

Word notation, shared by every word list:

* ``"доллар"`` is an exact form, matched as a whole word (case-insensitively);
* ``"доллар*"`` is a stem that takes the language's endings: the suffix slots
  of an agglutinative language (``suffix_slots``) or up to ``free_endings``
  letters in a fusional one;
* a space inside a form matches any run of horizontal white space.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs


def _frozen_map(value: Mapping[object, object]) -> Mapping[object, object]:
    return dict(value)


@attrs.frozen(kw_only=True)
class LanguageData:
    """Everything the generic engine needs to know about one language.

    >>> from cisfacts.lang.en import DATA
    >>> DATA.code, DATA.locale
    ('en', 'en')
    """

    #: The code used in ``extract(lang=...)``.
    code: str
    #: English name of the language.
    name: str
    #: babel locale identifier that CLDR data is read from; ``None`` where CLDR
    #: has no locale for the language (Kazakh in Latin script).
    locale: str | None
    #: Decimal and group separators, used only where ``locale`` is ``None``.
    separators: tuple[str, str] = (",", "\u00a0")

    # --- detection ---------------------------------------------------------
    #: ISO 15924 script of the language's text: ``Cyrl``, ``Latn``, ``Armn``, ``Geor``.
    script: str = "Cyrl"
    #: Every letter of the language's alphabet, lower-case; letters outside it
    #: count against the language (``ә`` is not Russian). Empty: not used.
    alphabet: str = ""
    #: A small head start in detection, for the language that should win
    #: when nothing else decides (the most widely written one of a script).
    detect_prior: float = 0.0
    #: Letters that mark the language among others of its script (``әғқңөұүһі``).
    detect_letters: str = ""
    #: Letters of which nearly every sentence of the language has one (Kazakh
    #: ``әғқңөұүһ``): a text of some length with none of them is unlikely to be it.
    detect_expected: str = ""
    #: Letter sequences that mark the language (Kyrgyz long vowels ``уу``, ``оо``).
    detect_markers: tuple[str, ...] = ()
    #: Frequent short words of the language (``және``, ``the``), lower-case.
    detect_words: tuple[str, ...] = ()

    # --- inflection ---------------------------------------------------------
    #: Agglutinative endings: ordered slots of optional morphemes
    #: (plural, possessive, case, ...). A stem marked ``*`` may take one
    #: morpheme from each slot, in order.
    suffix_slots: tuple[tuple[str, ...], ...] = ()
    #: Fusional endings: a stem marked ``*`` may take up to this many letters.
    free_endings: int = 0
    #: Letters stripped from the end of a CLDR word to make it a stem.
    stem_strip: str = ""
    #: Endings allowed after a hyphen glued to digits, ``%`` or an
    #: abbreviation (``100-ге``, ``%-ға``, ``млрд-ты``).
    hyphen_endings: tuple[str, ...] = ()
    #: A unit may follow its number after a hyphen, in a compound adjective (English ``a 100-MW
    #: plant``, ``a five-year programme``, ``a 10-percent stake``).
    units_after_hyphen: bool = False
    #: The same endings may be glued straight to digits, with no hyphen (Kyrgyz ``150дөн ашык``).
    endings_glued_to_digits: bool = False
    #: Endings allowed on number words (``үшке``, ``бестен``).
    number_endings: tuple[str, ...] = ()

    # --- numbers -------------------------------------------------------------
    #: Number words: value -> every form of it (exact forms or ``*`` stems). A
    #: value may be a decimal string for fractional words (``"1.5"``: полтора).
    number_words: Mapping[int | str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Number words that alone are not a figure (``бір``, ``one``): they count
    #: only inside a compound or before a scale word, a currency or a duration.
    #: Before a unit of measure they are the "per one" of a price or a rate
    #: (``один литр бензина стоит``, ``дар як гектар``): no quantity.
    weak_number_words: tuple[str, ...] = ()
    #: Words right before a figure that mean "up to" (``до``: ``штраф до 500 тысяч рублей`` is
    #: at most), unless a change word stands before them in the clause (``выросла до 5%`` is a
    #: level) or a figure just before makes them the end of a path (``с 60 до 10``).
    up_to_before: tuple[str, ...] = ()
    #: The same after a figure (Kazakh ``25 жылға дейін``); a form starting with ``-`` is an ending
    #: of the figure itself (Uzbek ``5 mln so'mgacha``).
    up_to_after: tuple[str, ...] = ()
    #: Words before a day and month that make it a deadline without meaning "up to" before figures
    #: (``к 1 марта``, ``by January 15``): one already past is next year's.
    deadline_words_before: tuple[str, ...] = ()
    #: Page counters' words after their count (``1,8 тис. переглядів``, ``15 коментара``): on a line
    #: with a time of day, a byline, the count is no figure; in body text it stays one.
    counter_words_after: tuple[str, ...] = ()
    #: Words of an unknown count before a bare scale word: ``несколько миллионов`` and ``ондаған мың``
    #: give no figure (``миллион`` alone is a million).
    vague_words: tuple[str, ...] = ()
    #: Words after a number that add a half to it: ``с половиной`` (``три с половиной`` is 3.5),
    #: ``жарым``, ``yarim``, ``and a half``.
    and_a_half: tuple[str, ...] = ()
    #: Fractions written before a bare scale word: value (a decimal string) -> forms
    #: (``{"0.5": ("half a", "half")}``: "half a million" is 500000).
    fraction_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words for a minus sign before a number (``минус``, ``negative``).
    minus_words: tuple[str, ...] = ()
    #: Words after a temperature (and its degree word) that put it below zero: ``4 градуса мороза``,
    #: ``5 degrees below zero`` are -4 and -5.
    below_zero_after: tuple[str, ...] = ()
    #: Words after a temperature that say it is above zero, part of its span (``4 градуса выше нуля``:
    #: 4, and no zero of its own).
    above_zero_after: tuple[str, ...] = ()
    #: Whether a space after a decimal comma keeps one number before a scale word or a percent
    #: sign (Tajik outlets write ``1, 1 млрд сомонӣ``, ``110, 6%``).
    decimal_comma_space: bool = False
    #: Words that glue number words together (``and``, ``и``).
    number_conjunctions: tuple[str, ...] = ()
    #: Words that join the items of a list (``и``, ``and``): days sharing a month
    #: (``5 и 6 ноября`` is two dates).
    list_conjunctions: tuple[str, ...] = ()
    #: Scale words CLDR lacks: value -> forms (``тыс.``, ``миллиард*``).
    scale_words: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Scale abbreviations read only glued to an amount after a currency sign
    #: (``$5m``, ``£500k``): alone they are too ambiguous (``5 m`` is metres).
    money_scale_words: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words that, written just after a number, make it no figure: an ordinal,
    #: an anniversary, an age (``жылдығы``, ``жастағы``).
    ordinal_words: tuple[str, ...] = ()
    #: Words after a number that make it a time of day (``p.m.``, ``ч.``).
    time_words: tuple[str, ...] = ()
    #: Street words: a number after them (``ул. Абая, 10``, ``Абай көшесі, 10``)
    #: is part of an address, with up to three words of name between.
    address_words: tuple[str, ...] = ()
    #: Street words after a name: a house number before the name (``28 Isahakyan
    #: Street``) is part of an address.
    address_words_after: tuple[str, ...] = ()
    #: Words before a number that make it a document, law or street number.
    reference_markers: tuple[str, ...] = ()

    # --- money and percent -----------------------------------------------------
    #: Currency words CLDR lacks: ISO code -> forms (``доллар*``, ``руб.``).
    currency_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words for a currency's hundredth: ISO code -> forms (``копе*``, ``bani``):
    #: "50 копеек" is 0.5 RUB.
    subunit_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words for the hundredth of whichever currency was just named (``cent*``, ``цент*``,
    #: ``пенс*``): read only after an amount of money, "20 dollars 43 cents" is 20.43 USD.
    cent_words: tuple[str, ...] = ()
    #: Percent words CLDR lacks (``пайыз*``, ``процентных пунктов``).
    percent_words: tuple[str, ...] = ()

    # --- quantities ----------------------------------------------------------------
    #: Unit words CLDR lacks: unit symbol (a key of :data:`cisfacts.units.UNITS`)
    #: -> forms (``тонна*``, ``ц/га``, ``кв. м``, ``шаршы метр*``).
    unit_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Unit words with a scale built in: form -> (unit symbol, multiplier as a
    #: decimal string) (``{"bcm": ("m3", "1000000000")}``: "9.6 bcm" is 9.6 billion m3).
    scaled_unit_words: Mapping[str, tuple[str, str]] = attrs.field(factory=dict, converter=_frozen_map)
    #: CLDR or international unit forms not read as units in this language
    #: (English ``m`` after a number is more often a million than metres).
    unit_exclude: tuple[str, ...] = ()
    #: CLDR or international unit forms read only after a space (English ``5,200 m``
    #: is metres, ``5m`` a million).
    unit_spaced: tuple[str, ...] = ()
    #: Words written before a figure that make its unit a rate: compound unit -> words
    #: (``{"c/ha": ("гектарына", "әр гектардан")}``: "гектарына 14,6 центнер" is 14.6 c/ha).
    per_unit_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words just before a length that make it a speed (``секундына 15 метр``): the
    #: figure is a number, as ``15 м/с`` is.
    speed_words_before: tuple[str, ...] = ()
    #: Words just after a length that make it a speed (``15 метров в секунду``).
    speed_words_after: tuple[str, ...] = ()

    # --- ranges and changes -----------------------------------------------------------
    #: Words before the first end of a range whose ends a conjunction joins
    #: (``between`` 10 ``and`` 12 percent).
    range_between: tuple[str, ...] = ()
    #: Words that report a change, written before the figure: ``increase`` or
    #: ``decrease`` -> forms (``вырос*``, ``fell``, ``up``). In change and level
    #: words a ``*`` stem takes any ending of up to eight letters (verbs).
    change_before: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words that report a change, written after the figure (``artdi``, ``higher``). A form
    #: written ``"-ga ko'p"`` counts only after a figure ending in ``ga`` ("by 5% more"), not
    #: after ``5 foizdan ko'p`` ("more than").
    change_after: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words that restate a figure in other terms (``или``, ``or``, ``яғни``): in
    #: ``снизился на 18 тыс. т, или на 6,5%`` both figures share the change.
    restating_words: tuple[str, ...] = ()
    #: Words just before a figure that make it the level reached or left, not a
    #: change (``до``, ``to``, ``с``, ``from``, ``достиг*``).
    level_before: tuple[str, ...] = ()
    #: Words just after a figure that make it a level (``дейін``, ``жетті``); a
    #: form written ``"-gacha"`` is an ending of the figure itself.
    level_after: tuple[str, ...] = ()

    # --- dates ------------------------------------------------------------------
    #: Month forms CLDR lacks: month number -> forms.
    month_words: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Whether CLDR month names take the language's endings (``қаңтарында``).
    months_inflect: bool = False
    #: Endings written after a day of the month (``18-го``, ``10th``).
    day_endings: tuple[str, ...] = ()
    #: Whether a day may follow its month name (``October 10``).
    month_before_day: bool = False
    #: Month forms a day may follow, where only some may (the genitive:
    #: Azerbaijani ``oktyabrın 10-da``, Armenian ``դեկտեմբերի 31-ին``).
    months_before_day: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Month forms that, capitalised, are more often a name (``Қазан*``, Kazan).
    name_like_months: tuple[str, ...] = ()
    #: Month forms that alone are more often another word (Kyrgyz ``майда``,
    #: "small"): read only with a day or a year.
    never_alone_months: tuple[str, ...] = ()
    #: Endings of a count of months, with no year, that make it the months of the year so far
    #: (Georgian ``9 თვეში``, Armenian ``9 ամսում``: "in 9 months" in a statistics report).
    months_so_far_endings: tuple[str, ...] = ()
    #: Endings of a count of months in words that make it the months of the year so far, as
    #: ``months_so_far_endings`` do: the Bulgarian article (``за деветте месеца``, the nine months).
    months_so_far_count_endings: tuple[str, ...] = ()
    #: Words just after a count of months that make it the months of the year so far, as
    #: ``months_so_far_endings`` do: Azerbaijani ``9 ay ərzində`` (during the 9 months), Uzbek
    #: ``9 oylik natijalar`` (the 9-month results).
    months_so_far_after: tuple[str, ...] = ()
    #: Words just before such a count that make it a span back from now, not the year so far
    #: (Georgian ``ბოლო 6 თვეში``, the last six months).
    months_so_far_blockers: tuple[str, ...] = ()
    #: Words shortly before an "up to" word that make the figure a term given, not a bound
    #: (Ukrainian ``засудили до 5 років``: sentenced to five years).
    up_to_blockers: tuple[str, ...] = ()
    #: Words just before a lone month form that make it another word: Kazakh ``жаңа``, ``өткен``
    #: before ``маусым`` (June, also "season"): ``өткен маусымда 12 гол`` is last season.
    month_blockers_before: tuple[str, ...] = ()
    #: Words between a month and its year (English ``April of 1987``).
    month_year_links: tuple[str, ...] = ()
    #: Words that, just after a month form, make it another word: Romanian ``mai mult``
    #: ("more"), so ``3 mai multe`` is no 3 May.
    month_blockers_after: tuple[str, ...] = ()
    #: Words that, between a bare year-like number and a lower-case word, make it a count, not a
    #: year, unless a time preposition stands before it (Romanian ``1987 de locuitori``, 1,987
    #: inhabitants).
    year_count_links: tuple[str, ...] = ()
    #: Words after such a link that keep the number a year (Romanian ``2024 de către``, by).
    year_count_blockers: tuple[str, ...] = ()
    #: Time prepositions: before a lone month name they make it a date, and
    #: before a bare four-digit year they keep it a year (``в``, ``in``).
    month_prepositions: tuple[str, ...] = ()
    #: Year words written after a year (``жыл*``, ``году``, ``г.``).
    year_words: tuple[str, ...] = ()
    #: Year words written before a year (Tajik ``соли 2024``).
    year_words_before: tuple[str, ...] = ()
    #: "The year" meaning this one, read only before a count of months: Kazakh
    #: ``Жылдың 9 айында`` ("in the year's first 9 months") is January to September of
    #: the reference year.
    this_year_words: tuple[str, ...] = ()
    #: Words after a count of months that name the current year (English ``the first six months of
    #: the year``, Romanian ``ale anului``, Bulgarian ``на годината``).
    this_year_after: tuple[str, ...] = ()
    #: A decade must carry an ending on its year (Russian ``2010-х годах``): a bare
    #: ``2020 годах`` closes a list of years ("в 2010 и 2020 годах"), it is no decade.
    decade_needs_ending: bool = False
    #: Endings that alone make a year ending in 0 a decade, with no year word (Russian ``в 2000-х``,
    #: ``в 90-х``).
    decade_endings: tuple[str, ...] = ()
    #: Year words for a range of years (``жылдар*``, ``годы``, ``гг.``).
    year_range_words: tuple[str, ...] = ()
    #: Words before a bare year that make it a date (``in``, ``since``).
    year_prepositions: tuple[str, ...] = ()
    #: Words between a half/quarter and its year (``of``, ``на``).
    period_links: tuple[str, ...] = ()
    #: Words before the first end of a spelled-out range (``с``, ``from``).
    range_from: tuple[str, ...] = ()
    #: Words between the ends of a spelled-out range (``по``, ``to``).
    range_to: tuple[str, ...] = ()
    #: Words just before two numbers joined by a dash that make them a score, even going up
    #: (``lost 2-3``, ``со счётом 1-2``).
    score_words_before: tuple[str, ...] = ()
    #: Words between the ends of a range or a path only after a ``range_from`` word (Bulgarian
    #: ``от 20 000 на 15 000 лева``; alone ``на`` is no range: ``25 на сто``).
    range_to_after_from: tuple[str, ...] = ()
    #: Words after the second end that make two dates a range (``дейін``).
    range_until: tuple[str, ...] = ()
    #: Case endings that mark the ends of a range (Uzbek ``2020-yildan
    #: 2025-yilgacha``): the first end's word ends in a "from" ending...
    range_from_endings: tuple[str, ...] = ()
    #: ...and the second end's word in a "to" ending.
    range_to_endings: tuple[str, ...] = ()
    #: A fraction in words, which gives no fact (the contract reads fractions only before a scale
    #: word): the denominator ends in one of ``fraction_of_endings`` and the part that follows it in
    #: one of ``fraction_part_endings`` (Kazakh ``үштен бірі``, a third; ``үштен екісіне``).
    fraction_of_endings: tuple[str, ...] = ()
    fraction_part_endings: tuple[str, ...] = ()
    #: Words for the parts of a whole that make a number word before them a fraction in words, which
    #: gives no fact either: ``две трети``, ``три четверти``, ``două treimi``, ``two thirds``. Stems
    #: (``трет*``) take the language's endings.
    fraction_denominators: tuple[str, ...] = ()
    #: Whether a "from" ending on a bare number alone makes it the first end of a range with the
    #: figure right after it (Armenian ``7-ից 12 տարի``, ``200 000-ից 500 000 դրամ``).
    range_from_ending_alone: bool = False
    #: Ordinal words for halves and quarters: 1..4 -> forms.
    ordinal_numbers: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words for a half year (``жарты*``, ``полугоди*``, ``half``).
    half_words: tuple[str, ...] = ()
    #: Words for a quarter (``тоқсан*``, ``квартал*``, ``quarter``).
    quarter_words: tuple[str, ...] = ()
    #: Those of ``half_words`` that are a half of anything (``половин*``, ``half``): with no
    #: year after them they are a half year only before a year word (``в первой половине
    #: года``), not in ``в первой половине матча``.
    generic_halves: tuple[str, ...] = ()
    #: Words just before a count of months with no year that make it the months of the
    #: year so far (``за 9 месяцев`` is January–September of the reference date's year,
    #: or of the year before when September has not ended).
    months_so_far_before: tuple[str, ...] = ()
    #: Capital letters for a quarter and a half in report codes besides ``Q`` and ``H``
    #: (Romanian ``T2 2024``, ``S1 2025``).
    quarter_letters: tuple[str, ...] = ()
    half_letters: tuple[str, ...] = ()
    #: Duration unit words CLDR lacks: ``year|month|week|day`` -> forms.
    duration_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words that are a duration with its count built in: ISO 8601 duration of one unit -> forms
    #: (``{"P6M": ("полгода", "полугод*")}``: "за полгода" is six months).
    whole_durations: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Relative months: phrase -> offset from the reference date's month (``прошлом месяце``: -1,
    #: ``last month``): a date of that month.
    relative_months: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen_map)
    #: Relative quarters: phrase -> offset from the reference date's quarter (``в прошлом квартале``: -1,
    #: ``this quarter``: 0): the period of that quarter.
    relative_quarters: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen_map)
    #: Relative half years: phrase -> offset from the reference date's half (``в прошлом полугодии``:
    #: -1): the period of that half.
    relative_halves: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words after a relative quarter that make it none (``last quarter century``).
    relative_quarter_blockers_after: tuple[str, ...] = ()
    #: Forms of ``relative_months`` a day follows (genitive): ``gələn ayın 15-dək`` (by the 15th of
    #: next month) is a date.
    relative_months_before_day: tuple[str, ...] = ()
    #: Words between a figure with its unit and a bare number compared with it, which takes that unit:
    #: ``44 рубля вместо 38``, ``2,5 млрд лв. срещу 2,1 млрд``.
    instead_words: tuple[str, ...] = ()
    #: Words that start a part of a figure just written: ``56 млн тонн, из них пшеницы — 22 млн``
    #: (the part takes the whole's unit across a noun after these words).
    of_which: tuple[str, ...] = ()
    #: Words between a day and a relative month: ``до 15 числа следующего месяца`` is a date.
    day_words_before_relative_month: tuple[str, ...] = ()
    #: Relative years: phrase -> offset from the reference year.
    relative_years: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen_map)
    #: Those of ``relative_years`` that count from a year written earlier in the same sentence,
    #: when there is one ("In 2024, spending fell 17% from the previous year": 2023).
    anaphoric_relative_years: tuple[str, ...] = ()
    #: "That same year" (``в том же году``, ``იმავე წლის``): the year written last before it, within
    #: a few sentences; with no year written before it, no date.
    same_year_words: tuple[str, ...] = ()
    #: Whether a relative year may follow the month it qualifies (``в сентябре прошлого года``,
    #: ``October last year``). Not where a year in the genitive comes first (Kazakh ``өткен жылдың
    #: қыркүйегі``): there ``қыркүйекте өткен жылдың қыркүйегімен`` is this September against last
    #: year's.
    relative_year_after_month: bool = True
    #: Words for "each" or "per" just before a one and its unit of time, which then give no fact:
    #: Uzbek ``har bir yili uchun`` (for each year), Tajik ``дар як моҳ`` (a month).
    each_words: tuple[str, ...] = ()
    #: "Or" between sums of one scale, which then share the unit written on the last
    #: (``15 тисяч, 20 тисяч або 25 тисяч гривень``); used for that alone, not for other lists.
    alternative_conjunctions: tuple[str, ...] = ()
    #: Words that, just before a relative year, make it no date (Georgian
    #: ``ყოველ წელს``, "every year").
    relative_blockers: tuple[str, ...] = ()

    # --- regions -------------------------------------------------------------------
    #: Currencies that mean another in a region: region -> {code: regional code}
    #: (Romanian ``lei`` is RON, but MDL in Moldova: ``{"MD": {"RON": "MDL"}}``).
    regional_currencies: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict, converter=_frozen_map)
    #: Words that, found in a text, place it in a region: region -> words.
    region_cues: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_map)

    # --- qualifiers --------------------------------------------------------------
    #: Phrases written before a figure: phrase -> qualifier.
    qualifiers_before: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
    #: Phrases written after a figure: phrase -> qualifier. A phrase written
    #: ``"-dan oshdi"`` counts only after a figure ending in ``dan`` ("exceeded"),
    #: not after ``6 foizga`` ("grew by"); ``"-дей"`` alone is an ending that
    #: qualifies the figure it is glued to (``500-дей``, about 500).
    qualifiers_after: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
