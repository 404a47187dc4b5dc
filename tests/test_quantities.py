"""Quantities, ranges and changes in the core languages (other languages: their own table modules)."""

from __future__ import annotations

import pytest
from helpers import brief, changes, ranges

import cisfacts

QUANTITIES = [
    ("kk", "Фермерлер 26,5 млн тоннаны жинады.", [("quantity", "26500000 t", "26,5 млн тоннаны")]),
    ("kk", "Егіс 2,3 млн га алқапқа себілді, өнімділік 15 ц/га.",
     [("quantity", "2300000 ha", "2,3 млн га"), ("quantity", "15 c/ha", "15 ц/га")]),
    ("kk", "1,2 мың шаршы метр тұрғын үй, 2 млрд кВт·сағ электр энергиясы, 40 мың литр сүт.",
     [("quantity", "1200 m2", "1,2 мың шаршы метр"), ("quantity", "2000000000 kWh", "2 млрд кВт·сағ"),
      ("quantity", "40000 l", "40 мың литр")]),
    ("kk", "Қуаты 500 МВт станция, 120 км жол.", [("quantity", "500 MW", "500 МВт"), ("quantity", "120 km", "120 км")]),
    ("kk", "Бұл индустрияда 143 мың адам жұмыс істейді.", [("number", "143000", "143 мың")]),
    ("ru", "Собрано 26,5 млн тонн зерна на 2,3 млн га, урожайность 15 ц/га.",
     [("quantity", "26500000 t", "26,5 млн тонн"), ("quantity", "2300000 ha", "2,3 млн га"),
      ("quantity", "15 c/ha", "15 ц/га")]),
    ("ru", "Введено 1,2 тыс. кв. м жилья и 3 000 м³ бетона, мощность 1,5 ГВт, выработка 2 млрд кВт·ч.",
     [("quantity", "1200 m2", "1,2 тыс. кв. м"), ("quantity", "3000 m3", "3 000 м³"),
      ("quantity", "1.5 GW", "1,5 ГВт"), ("quantity", "2000000000 kWh", "2 млрд кВт·ч")]),
    ("ru", "Добыча нефти — 1,8 млн баррелей в сутки.", [("quantity", "1800000 bbl", "1,8 млн баррелей")]),
    ("ru", "Один литр бензина стоит 250 тенге.", [("money", "250 KZT", "250 тенге")]),
    ("en", "Output reached 1.8 million barrels; a 500 MW plant on 300 hectares; 3,000 m³ of gas.",
     [("quantity", "1800000 bbl", "1.8 million barrels"), ("quantity", "500 MW", "500 MW"),
      ("quantity", "300 ha", "300 hectares"), ("quantity", "3000 m3", "3,000 m³")]),
    # "5m" glued to a number is a million more often than metres; with a space, metres.
    ("en", "The 5m people and 12 km of road.", [("quantity", "12 km", "12 km")]),
    ("en", "The well reaches a depth of 5,200 m; 7.5 l per car.",
     [("quantity", "5200 m", "5,200 m"), ("quantity", "7.5 l", "7.5 l")]),
    # a one-letter symbol in lower case is not its capital: "3М" is no three metres
    ("ru", "Акции 3М и 5 м ткани, 7 т груза.", [("quantity", "5 m", "5 м"), ("quantity", "7 t", "7 т")]),
    ("en", "Shares of 3M fell; a 5 L can.", [("quantity", "5 l", "5 L")]),
    # a yield with its "per hectare" written first
    ("kk", "Орташа шығымдылық гектарына 14,6 центнерге жетті.", [("quantity", "14.6 c/ha", "14,6 центнерге")]),
    ("uz", "Har gektaridan o'rtacha 35 sentner hosil olindi.", [("quantity", "35 c/ha", "35 sentner")]),
    ("ka", "მოსავლიანობა ჰექტარზე 35 ცენტნერია.", [("quantity", "35 c/ha", "35 ცენტნერია")]),
    # a case ending glued to a unit abbreviation
    ("uz", "Quvvati 500 MVtlik stansiya.", [("quantity", "500 MW", "500 MVtlik")]),
    # a compound unit is not read as its head ("МВт" of "МВт·саат")
    ("ky", "Станция 300 МВт·саат өндүрдү.", [("quantity", "300 MWh", "300 МВт·саат")]),
    ("uz", "Stansiya 300 MVt·soat ishlab chiqardi.", [("quantity", "300 MWh", "300 MVt·soat")]),
    ("ky", "100 МВттан 200 МВтка чейин.", [("quantity", "100 MW", "100 МВттан"), ("quantity", "200 MW", "200 МВтка")]),
]

RANGES = [
    ("ru", "Цены выросли на 5–7%.", [("5", "5–7%"), ("7%", "5–7%")]),
    ("kk", "Бағам 527,1–529,4 теңге аралығында.",
     [("527,1", "527,1–529,4 теңге"), ("529,4 теңге", "527,1–529,4 теңге")]),
    ("ru", "Инвестиции составят 2-3 млрд долларов.",
     [("2", "2-3 млрд долларов"), ("3 млрд долларов", "2-3 млрд долларов")]),
    ("ru", "Урожай составит от 2 до 3 млн тонн.", [("2", "от 2 до 3 млн тонн"), ("3 млн тонн", "от 2 до 3 млн тонн")]),
    ("en", "Prices rose between 10 and 12 percent.",
     [("10", "between 10 and 12 percent"), ("12 percent", "between 10 and 12 percent")]),
    ("kk", "Өсім 2,5-3 миллиард доллар болады.",
     [("2,5", "2,5-3 миллиард доллар"), ("3 миллиард доллар", "2,5-3 миллиард доллар")]),
    ("en", "Inflation of 5%–7% and $2bn-$3bn in loans.",
     [("5%", "5%–7%"), ("7%", "5%–7%"), ("$2bn", "$2bn-$3bn"), ("$3bn", "$2bn-$3bn")]),
    ("ru", "Счёт 2-1, рост 7%.", []),
    # ends marked by case endings (and a closing word)
    ("kk", "Бағдарламаға 1,5 трлн теңгеден 2 трлн теңгеге дейін жұмсалады.",
     [("1,5 трлн теңгеден", "1,5 трлн теңгеден 2 трлн теңгеге"),
      ("2 трлн теңгеге", "1,5 трлн теңгеден 2 трлн теңгеге")]),
    ("ka", "ინფლაცია 5%-დან 7%-მდე იქნება.", [("5%-დან", "5%-დან 7%-მდე"), ("7%-მდე", "5%-დან 7%-მდე")]),
    # ... but after a change verb they are where it went from and to
    ("kk", "Өнім 610 мың тоннадан 750 мың тоннаға дейін өсті.", []),
    # a conjunction joins two ends only after "between"
    ("en", "Rates of 3% and 7% were set.", []),
    ("en", "Rates between 3% and 7% were set.", [("3%", "between 3% and 7%"), ("7%", "between 3% and 7%")]),
]

CHANGES = [
    ("ru", "Экспорт вырос на 4,8% и достиг 110 млрд долларов.", [("4,8%", "increase"), ("110 млрд долларов", None)]),
    ("ru", "Импорт сократился на 2 млрд долларов.", [("2 млрд долларов", "decrease")]),
    ("ru", "ВВП вырос с 100 до 110 млрд долларов.", [("100", None), ("110 млрд долларов", None)]),
    ("ru", "Инфляция замедлилась до 8,5%, а цены снизились на 2,3%.", [("8,5%", None), ("2,3%", "decrease")]),
    ("ru", "Население города — 2 млн человек.", [("2 млн", None)]),
    ("kk", "Экспорт 9,4%-ға артып, $4,3 млрд-қа жетті.", [("9,4%-ға", "increase"), ("$4,3 млрд-қа", None)]),
    ("kk", "Өнеркәсіп 4,5%-ға өсіп отыр, баға 2%-ға төмендеді.", [("4,5%-ға", "increase"), ("2%-ға", "decrease")]),
    ("kk", "Тауар айналымы 2 млрд доллардан асты.", [("2 млрд доллардан", None)]),
    ("en", "Sales were up 9.4%, fell by 3% and increased by 8% to $4 billion.",
     [("9.4%", "increase"), ("3%", "decrease"), ("8%", "increase"), ("$4 billion", None)]),
    ("en", "Exports decreased 2% year on year, a 5% drop.", [("2%", "decrease"), ("5%", "decrease")]),
    ("en", "Revenue of $3 billion rose slightly.", [("$3 billion", None)]),
    ("en", "Prices rose 5–7% this year.", [("5", "increase"), ("7%", "increase")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES)
def test_quantities(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES)
def test_ranges(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert ranges(text, lang) == expected


RANGE_QUALIFIERS = [
    # a qualifier before or after a dash range belongs to both ends
    ("ru", "Урожай составит около 3,5–4 млн тонн.", [("3,5", "approx"), ("4 млн тонн", "approx")]),
    ("uz", "Paxta yetishtirish 3,5–4 mln tonna atrofida bo'ladi.", [("3,5", "approx"), ("4 mln tonna", "approx")]),
    ("en", "Inflation of about 5-7% is expected.", [("5", "approx"), ("7%", "approx")]),
    # words that make the range are no qualifier of it
    ("ru", "Урожай составит от 3 до 5 млн тонн.", [("3", None), ("5 млн тонн", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGE_QUALIFIERS)
def test_range_qualifiers(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    facts = cisfacts.extract(text, lang=lang)
    assert [(f.text, f.qualifier) for f in facts] == expected
    assert all(isinstance(f, cisfacts.Figure) and f.range is not None for f in facts)


LIST_UNITS = [
    # figures listed by date share the unit written after the last one
    ("ru", "Экспорт в 2023 году составил 24,4 млрд, в 2024 году — 26,9 млрд долларов.",
     [("date", "2023", "2023 году"), ("money", "24400000000 USD", "24,4 млрд"), ("date", "2024", "2024 году"),
      ("money", "26900000000 USD", "26,9 млрд долларов")]),
    ("uz", "Eksport 2023-yilda 24,4 mlrd, 2024-yilda 26,9 mlrd dollarni tashkil etdi.",
     [("date", "2023", "2023-yilda"), ("money", "24400000000 USD", "24,4 mlrd"), ("date", "2024", "2024-yilda"),
      ("money", "26900000000 USD", "26,9 mlrd dollarni")]),
    # without dates between them, two figures are two things
    ("ru", "Население 24,4 млн, а бюджет 26,9 млн долларов.",
     [("number", "24400000", "24,4 млн"), ("money", "26900000 USD", "26,9 млн долларов")]),
    # nor with another scale word
    ("ru", "В 2023 году — 24,4 млн, в 2024 году — 26,9 млрд долларов.",
     [("date", "2023", "2023 году"), ("number", "24400000", "24,4 млн"), ("date", "2024", "2024 году"),
      ("money", "26900000000 USD", "26,9 млрд долларов")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LIST_UNITS)
def test_list_units(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGES)
def test_changes(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text, lang) == expected


AUDIT_CASES = [
    # a change and where it went: no range, the first is the change, the second the level
    ("en", "Output rose by 2.5 million tonnes to 10 million tonnes.",
     [("2.5 million tonnes", "increase"), ("10 million tonnes", None)], []),
    ("ru", "Ставка выросла с 12% до 16%.", [("12%", None), ("16%", None)], []),
    ("en", "Investment of between 1.5 trillion and 2 trillion tenge.",
     [("1.5 trillion", None), ("2 trillion tenge", None)],
     [("1.5 trillion", "between 1.5 trillion and 2 trillion tenge"),
      ("2 trillion tenge", "between 1.5 trillion and 2 trillion tenge")]),
    ("en", "It raised $25m from investors.", [("$25m", None)], []),
    ("kk", "Бұл өткен жылғыдан 5%-ға көп.", [("5%-ға", "increase")], []),
    # "by X more" after a dative figure is a change; after an ablative one it is "more than"
    ("kk", "Бұл былтырғыдан 3,2 млн тоннаға артық.", [("3,2 млн тоннаға", "increase")], []),
    ("kk", "Экспорт 2 млрд доллардан артық болды.", [("2 млрд доллардан", None)], []),
    ("uz", "Bu o'tgan yilgidan 45 ming tonnaga ko'p.", [("45 ming tonnaga", "increase")], []),
    ("uz", "Eksport 5 mlrd dollardan ko'p.", [("5 mlrd dollardan", None)], []),
    ("uz", "Bu 2024-yilga nisbatan 15 foiz ko'p.", [("15 foiz", "increase")], []),
    ("az", "Bu da ötən illə müqayisədə 180 min ton çoxdur.", [("180 min ton", "increase")], []),
    ("az", "İxrac 10 faizdən çoxdur.", [("10 faizdən", None)], []),
    ("kk", "Бұл былтырғыдан 1,1 млн т-ға аз.", [("1,1 млн т-ға", "decrease")], []),
    ("hy", "Արտահանումը նախորդ տարվանից 12%-ով ավելի է։", [("12%-ով", "increase")], []),
    ("ka", "ექსპორტი 14,6%-ით მეტია.", [("14,6%-ით", "increase")], []),
    # a change noun just before the figure wins over a level verb after it
    ("ka", "მშპ-ს ზრდამ 11,5% შეადგინა.", [("11,5%", "increase")], []),
    ("ro", "Producția ar putea scădea cu 15%.", [("15%", "decrease")], []),
    # a figure restated in other terms shares the change
    ("ru", "Сбор снизился на 18 тыс. т, или на 6,5%, из-за маловодья.",
     [("18 тыс. т", "decrease"), ("6,5%", "decrease")], []),
    ("kk", "Мақта жинау 18 мың тоннаға, яғни 6,5%-ға азайды.",
     [("18 мың тоннаға", "decrease"), ("6,5%-ға", "decrease")], []),
    ("en", "Harvest dropped by 18,000 tonnes, or 6.5%.", [("18,000 tonnes", "decrease"), ("6.5%", "decrease")], []),
    # from one level to another, each with its own unit: a path, not a range
    ("en", "Kazakhstan will raise VAT from 12% to 16%.", [("12%", None), ("16%", None)], []),
    ("ru", "Ставка НДС составит с 2026 года не 12%, а 16%.", [("12%", None), ("16%", None)], []),
]


@pytest.mark.parametrize(("lang", "text", "expected_changes", "expected_ranges"), AUDIT_CASES)
def test_paths_and_between(
    lang: str, text: str, expected_changes: list[tuple[str, str | None]], expected_ranges: list[tuple[str, str]]
) -> None:
    assert changes(text, lang) == expected_changes
    assert ranges(text, lang) == expected_ranges


def test_square_metre_is_not_a_quarter() -> None:
    assert brief("Введено 1 кв. м жилья, план на 1 кв. 2025 года.", "ru") == [
        ("quantity", "1 m2", "1 кв. м"), ("period", "2025-01/2025-03", "1 кв. 2025 года"),
    ]
