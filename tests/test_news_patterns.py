"""Engine cases found in news audits, each in the languages that write it: exact facts, or none."""

from __future__ import annotations

import pytest
from helpers import brief

CASES = [
    # a month before a dash is a date unless a month follows the dash
    ("ru", "Инфляция в сентябре — 8%.", [("date", "2025-09", "сентябре"), ("percent", "8", "8%")]),
    ("uk", "Зарплата в липні — 27 тис. грн.", [("date", "2025-07", "липні"), ("money", "27000 UAH", "27 тис. грн.")]),
    ("be", "Інфляцыя ў верасні — 7,1%.", [("date", "2025-09", "верасні"), ("percent", "7.1", "7,1%")]),
    ("ru", "Продажи в январе — марте выросли.", [("period", "2025-01/2025-03", "январе — марте")]),
    # a unit followed by a slash and letters is a compound unit: without its own entry, no quantity
    ("ru", "Ветер до 15 м/с, скорость до 120 км/ч.",
     [("number", "15", "15", "at_most"), ("number", "120", "120", "at_most")]),
    ("ru", "Урожайность — 25 ц/га.", [("quantity", "25 c/ha", "25 ц/га")]),
    # from one level down to another, the unit written once belongs to both
    ("ru", "Порог снизят с 60 млн до 10 млн рублей.",
     [("money", "60000000 RUB", "60 млн"), ("money", "10000000 RUB", "10 млн рублей")]),
    ("ru", "Срок сократят с 30 до 15 календарных дней.",
     [("duration", "P30D", "30"), ("duration", "P15D", "15 календарных дней")]),
    # decades with an ending and no year word
    ("ru", "Завод работал в 2000-х и закрылся в 90-х.",
     [("period", "2000/2009", "2000-х"), ("period", "1990/1999", "90-х")]),
    ("uk", "Ціни зросли у 2010-х.", [("period", "2010/2019", "2010-х")]),
    # a number a comma or conjunction ends takes the unit of the next figure with its scale word
    ("ru", "Экспорт составил 1,4 млрд, импорт — 1,7 млрд долларов.",
     [("money", "1400000000 USD", "1,4 млрд"), ("money", "1700000000 USD", "1,7 млрд долларов")]),
    ("uz", "Eksport 1,4 mlrd, import 1,7 mlrd dollarni tashkil etdi.",
     [("money", "1400000000 USD", "1,4 mlrd"), ("money", "1700000000 USD", "1,7 mlrd dollarni")]),
    ("tg", "Содирот 1,9 миллиард ва воридот 4 миллиард долларро ташкил дод.",
     [("money", "1900000000 USD", "1,9 миллиард"), ("money", "4000000000 USD", "4 миллиард долларро")]),
    ("ru", "Население 1,4 млрд человек, ВВП 1,7 млрд долларов.",
     [("number", "1400000000", "1,4 млрд"), ("money", "1700000000 USD", "1,7 млрд долларов")]),
    # case endings glued straight to digits (kk, ky)
    ("ky", "Курама 150дөн ашык спортчу жөнөтөт.", [("number", "150", "150дөн", "over")]),
    ("kk", "Шараға 1000нан астам адам қатысты.", [("number", "1000", "1000нан", "over")]),
    # a scale abbreviation with its dot, the currency glued on
    ("bg", "Проектът е за 2,5 млн.лв. и 250хил.лв. за ремонт.",
     [("money", "2500000 BGN", "2,5 млн.лв."), ("money", "250000 BGN", "250хил.лв.")]),
    ("ru", "Выделено 300тыс.руб.", [("money", "300000 RUB", "300тыс.руб.")]),
    # "N and a half", in words or digits, before a scale word or a unit
    ("ru", "Строительство займёт три с половиной года и обойдётся в два с половиной миллиона рублей.",
     [("duration", "P3.5Y", "три с половиной года"), ("money", "2500000 RUB", "два с половиной миллиона рублей")]),
    ("kk", "Бір жарым миллион тонна астық жиналды.", [("quantity", "1500000 t", "Бір жарым миллион тонна")]),
    ("uz", "Bir yarim million tonna paxta.", [("quantity", "1500000 t", "Bir yarim million tonna")]),
    ("tk", "Iki ýarym müňden gowrak adam.", [("number", "2500", "Iki ýarym müňden", "over")]),
    ("en", "The loan runs for two and a half years.", [("duration", "P2.5Y", "two and a half years")]),
    ("ru", "Осталось 2 с половиной тысячи мест.", [("number", "2500", "2 с половиной тысячи")]),
    # a minus after an ellipsis or a range word is a sign, not the range's dash
    ("ru", "Ночью −5…−7, днём от -2 до +3.",
     [("number", "-5", "−5"), ("number", "-7", "−7"), ("number", "-2", "-2"), ("number", "3", "3")]),
    ("uz", "Harorat −5...−7 darajagacha tushadi.", [("number", "-5", "−5"), ("number", "-7", "−7")]),
    # a bare scale word after a word of an unknown count is no figure; alone it is one
    ("ru", "Ущерб — несколько миллионов рублей, а премия — миллион долларов.",
     [("money", "1000000 USD", "миллион долларов")]),
    ("kk", "Ондаған мың адам жиналды, бюджетке жүздеген миллион теңге түсті.", []),
    ("en", "Several million dollars and a few hundred thousand people.", []),
    ("uz", "O'nlab ming kishi, bir necha million dollar.", []),
    # English compound adjectives: the unit after a hyphen (but an age is no duration)
    ("en", "A 100-MW solar plant, a 2,200-km railway and a 10-percent stake under a five-year programme.",
     [("quantity", "100 MW", "100-MW"), ("quantity", "2200 km", "2,200-km"), ("percent", "10", "10-percent"),
      ("duration", "P5Y", "five-year")]),
    ("en", "A 20-year-old man was detained.", []),
    # "up to" before a figure is at most, unless a change word in the sentence makes it a level
    ("ru", "Штраф составит до 500 тысяч рублей, срок кредита — до 25 лет.",
     [("money", "500000 RUB", "500 тысяч рублей", "at_most"), ("duration", "P25Y", "25 лет", "at_most")]),
    ("ru", "Ставка выросла до 5%, а к 2030 году — до 7%.",
     [("percent", "5", "5%"), ("date", "2030", "2030 году"), ("percent", "7", "7%")]),
    ("ru", "Срок сократят до 10 дней.", [("duration", "P10D", "10 дней")]),
    ("ru", "Цены снизились с 60 до 10 рублей.", [("money", "60 RUB", "60"), ("money", "10 RUB", "10 рублей")]),
    ("bg", "Глоба до 5000 лева.", [("money", "5000 BGN", "5000 лева", "at_most")]),
    ("kk", "Несие 25 жылға дейін беріледі, мөлшерлеме 16,5%-ға дейін көтерілді.",
     [("duration", "P25Y", "25 жылға", "at_most"), ("percent", "16.5", "16,5%-ға")]),
    ("ky", "Насыя 25 жылга чейин берилет.", [("duration", "P25Y", "25 жылга", "at_most")]),
    ("uz", "Kredit 5 mln so'mgacha beriladi, inflyatsiya 8 foizgacha pasaydi.",
     [("money", "5000000 UZS", "5 mln so'mgacha", "at_most"), ("percent", "8", "8 foizgacha")]),
    # a count of months of "the year" is the current year's first months
    ("en", "Exports grew 5% in the first six months of the year.",
     [("percent", "5", "5%"), ("period", "2025-01/2025-06", "first six months of the year")]),
    ("ro", "În primele șase luni ale anului s-au vândut 300 de mașini.",
     [("period", "2025-01/2025-06", "primele șase luni ale anului"), ("number", "300", "300")]),
    ("bg", "За първите девет месеца на годината.", [("period", "2025-01/2025-09", "първите девет месеца на годината")]),
    # the unit written on the first of two figures with the same scale word
    ("be", "Экспарт – 22,3 млрд долараў, імпарт – 24,8 млрд",
     [("money", "22300000000 USD", "22,3 млрд долараў"), ("money", "24800000000 USD", "24,8 млрд")]),
    ("ru", "Выделено 7,4 млрд рублей, из них 2,1 млрд на дороги.",
     [("money", "7400000000 RUB", "7,4 млрд рублей"), ("money", "2100000000 RUB", "2,1 млрд")]),
    ("ru", "Бюджет 5 млрд рублей, население 2 млн человек.",
     [("money", "5000000000 RUB", "5 млрд рублей"), ("number", "2000000", "2 млн")]),
    # list items before a quote or a digit
    ("tk", "Netijeler:\n1. «Arkadag» — 70 utuk", [("number", "70", "70")]),
    ("uz", "© 2025 Kun.uz. Barcha huquqlar himoyalangan.", []),
    # an en dash glued to digits after a word is a minus; site names with digits are no figure
    ("ru", "Ночью –2…+4 °С, рост 5–7%, в сентябре – 8%.",
     [("number", "-2", "–2"), ("number", "4", "4"), ("percent", "5", "5"), ("percent", "7", "7%"),
      ("date", "2025-09", "сентябре"), ("percent", "8", "8%")]),
    ("ru", "© 24.kg 2005-2025. Новости 24.kg", []),
    # four-digit hotlines before the words that name them are no year
    ("kk", "Хабарлау: 1424 байланыс орталығы.", []),
    ("uz", "Murojaat uchun 1082 ishonch telefoniga qo'ng'iroq qiling.", []),
    # age ratings, added time and a table's unit in brackets: no figure
    ("ru", "Фильм 18+, гол на 90+2 минуте. Урожай (млн тонн): 5,2", [("number", "5.2", "5,2")]),
    ("tg", "Голҳоро заданд (12', 45+2', 67').", []),
    ("en", "Yerevan | USD 387.45 AMD | EUR 451.20 AMD",
     [("money", "387.45 AMD", "USD 387.45 AMD"), ("money", "451.2 AMD", "EUR 451.20 AMD")]),
    ("kk", "Brent $65,2   USD/KZT 538,76", [("money", "65.2 USD", "$65,2"), ("money", "538.76 KZT", "KZT 538,76")]),
    # page chrome: a rate box lists prices of currencies in the local one, numbers; copyright years are no date
    ("kk", "USD 539.12   EUR 627.40   RUB 6.65",
     [("number", "539.12", "539.12"), ("number", "627.4", "627.40"), ("number", "6.65", "6.65")]),
    ("uz", "USD 12 084,16 ▲11,72   EUR 14 027,90 | RUB 149,02",
     [("number", "12084.16", "12 084,16"), ("number", "11.72", "11,72"), ("number", "14027.9", "14 027,90"),
      ("number", "149.02", "149,02")]),
    # (amounts listed with commas, or written with scale words, stay money)
    ("kk", "Қаржы ₸500 млрд, €20 млн және USD 45 млн",
     [("money", "500000000000 KZT", "₸500 млрд"), ("money", "20000000 EUR", "€20 млн"),
      ("money", "45000000 USD", "USD 45 млн")]),
    ("ru", "Цены: $5, €7.", [("money", "5 USD", "$5"), ("money", "7 EUR", "€7")]),
    ("ru", "Стоимость 100 USD в 2024 году.", [("money", "100 USD", "100 USD"), ("date", "2024", "2024 году")]),
    ("ru", "© 2000–2025 Портал. © Звязда, 2025.", []),
    ("en", "Copyright 2025 Trend News Agency.", []),
    # an explicit code keeps its currency in a Moldovan text; plain lei are MDL there
    ("ro", "La Chișinău, RON 3,8874 și 100 lei.",
     [("money", "3.8874 RON", "RON 3,8874"), ("money", "100 MDL", "100 lei")]),
    # a year then a duration are both facts (only months make a period)
    ("kk", "Ол 2024 жылы 5 жылға сотталды.", [("date", "2024", "2024 жылы"), ("duration", "P5Y", "5 жылға")]),
    ("ru", "Он в 2024 году получил 5 лет.", [("date", "2024", "2024 году"), ("duration", "P5Y", "5 лет")]),
    # a year joined to a noun by a hyphen
    ("uk", "Держбюджет-2026 ухвалили, Євро-2024 завершилося; COVID-19.",
     [("date", "2026", "2026"), ("date", "2024", "2024")]),
    # list numbering, codes of capitals and a number, web addresses, 24/7: no figure
    ("ru", "Повестка: 1) отчёт; 2) бюджет.", []),
    ("ru", "1. Отчёт правления\n2. Бюджет на 2026 год", [("date", "2026", "2026 год")]),
    ("uz", "1. Ariza topshirish; 2. Hujjatlarni tekshirish; 3. Javob olish.", []),
    ("kk", "Күн тәртібінде: 1) бюджет; 2) тарифтер.", []),
    ("ru", "Рейс SU 1402 задержан; стандарт ISO 9001.", []),
    ("en", "She reached the last 16 of a WTA 1000 event; revenue in Q3 2025 rose 5%.",
     [("number", "16", "16"), ("period", "2025-07/2025-09", "Q3 2025"), ("percent", "5", "5%")]),
    ("en", "The fee is USD 500.", [("money", "500 USD", "USD 500")]),
    ("be", "Дакумент: pravo.by/document/?guid=12551 і https://example.kz/news/2024/15.", []),
    ("uz", "Markaz 24/7 ishlaydi.", []),
    # ranges across New Year: the first end in the year before the last, or the pair nearest the reference
    ("ru", "Отопительный сезон продлится с 15 октября по 15 апреля.",
     [("period", "2025-10-15/2026-04-15", "с 15 октября по 15 апреля")]),
    ("ru", "с 25 декабря по 10 января 2025 года",
     [("period", "2024-12-25/2025-01-10", "с 25 декабря по 10 января 2025 года")]),
    ("en", "from November 2025 to March", [("period", "2025-11/2026-03", "from November 2025 to March")]),
    # a month and a range of its days, month first
    ("en", "The forum will be held on October 12–13 in Astana.",
     [("period", "2025-10-12/2025-10-13", "October 12–13")]),
    ("en", "on Oct. 3-5, 2024 in Baku", [("period", "2024-10-03/2024-10-05", "Oct. 3-5, 2024")]),
    # report codes: halves, quarters, the first months of a year
    ("en", "1H 2025 revenue, 9M2025 profit and 2Q 2024 sales",
     [("period", "2025-01/2025-06", "1H 2025"), ("period", "2025-01/2025-09", "9M2025"),
      ("period", "2024-04/2024-06", "2Q 2024")]),
    # a house number before the street's name
    ("en", "The office at 28 Isahakyan Street and 12A Dostyk Avenue opened in 2024.", [("date", "2024", "2024")]),
    # a quote "1 USD = 9,32 TJS" keeps its code after the amount, even with another quote after it
    ("ru", "1 USD = 9,32 TJS  1 EUR = 10,84 TJS",
     [("money", "1 USD", "1 USD"), ("money", "9.32 TJS", "9,32 TJS"), ("money", "1 EUR", "1 EUR"),
      ("money", "10.84 TJS", "10,84 TJS")]),
    # fractions and stages give no figure
    ("ru", "Рыбакина вышла в 1/4 финала 10/12/2025.", [("date", "2025-12-10", "10/12/2025")]),
    # wind speeds written with words are numbers, as "15 м/с" is
    ("kk", "Жел секундына 15–20 метр, жол 15 метр.",
     [("number", "15", "15"), ("number", "20", "20"), ("quantity", "15 m", "15 метр")]),
    ("az", "Külək saniyədə 10-15 metr sürətlə əsəcək.", [("number", "10", "10"), ("number", "15", "15")]),
    ("tg", "Шамол 10-15 метр дар як сония мевазад.", [("number", "10", "10"), ("number", "15", "15")]),
    # a currency's hundredth
    ("kk", "Бағасы 50 тиынға қымбаттады.", [("money", "0.5 KZT", "50 тиынға")]),
    ("az", "Qiymət 20 qəpik artıb.", [("money", "0.2 AZN", "20 qəpik")]),
    ("tg", "Нарх 50 дирам боло рафт.", [("money", "0.5 TJS", "50 дирам")]),
    # abbreviated months with a dot before a year; no day of a month ends a range of amounts
    ("en", "In Oct. 2025 and Sept. 2025 prices rose.",
     [("date", "2025-10", "Oct. 2025"), ("date", "2025-09", "Sept. 2025")]),
    ("en", "11 plants by 2030 — 29 September 2025",
     [("number", "11", "11"), ("date", "2030", "2030"), ("date", "2025-09-29", "29 September 2025")]),
    # a spaced m after a number and before a slash is no metre
    ("en", "Wind 8-13 m/s.", [("number", "8", "8"), ("number", "13", "13")]),
    # two days of two months joined by a dash
    ("ru", "29 июля – 27 сентября 2025 года", [("period", "2025-07-29/2025-09-27", "29 июля – 27 сентября 2025 года")]),
    ("en", "during July 29 – September 27, 2025",
     [("period", "2025-07-29/2025-09-27", "July 29 – September 27, 2025")]),
    # Interfax datelines write months without their dot
    ("ru", "МОСКВА, 10 окт — ИНТЕРФАКС. 2000 год, 13 авг 2005 г.",
     [("date", "2025-10-10", "10 окт"), ("date", "2000", "2000 год"), ("date", "2005-08-13", "13 авг 2005 г.")]),
    # opening hours and postcodes give no figure
    ("be", "Рэжым працы: 8.30–17.30. Рэдакцыя: 220013, г. Мінск.", []),
    ("bg", "Адрес: бул. „Цариградско шосе“ 49, 1124 София.", []),
    ("en", "Rates of 8.30–9.50% apply.", [("percent", "8.3", "8.30"), ("percent", "9.5", "9.50%")]),
    # durations as ranges marked by endings
    ("uz", "7 yildan 11 yilgacha ozodlikdan mahrum qilish",
     [("duration", "P7Y", "7 yildan"), ("duration", "P11Y", "11 yilgacha")]),
    # a range whose ends each carry a year, marked by endings
    ("kk", "2021 жылдың наурызынан 2023 жылдың маусымына дейін",
     [("period", "2021-03/2023-06", "2021 жылдың наурызынан 2023 жылдың маусымына дейін")]),
    ("uz", "2022-yil martidan 2024-yil yanvarigacha",
     [("period", "2022-03/2024-01", "2022-yil martidan 2024-yil yanvarigacha")]),
    # a six-digit count before a unit is no postcode
    ("be", "Рэдакцыя: 220013, г. Мінск. Магутнасць 100000 МВт.", [("quantity", "100000 MW", "100000 МВт")]),
    # a range of years needs plausible years and no unit after it
    ("en", "a fine from 1000 to 2000 dollars",
     [("money", "1000 USD", "1000"), ("money", "2000 USD", "2000 dollars")]),
    # report codes with the language's own letters
    ("ro", "față de T2 2024 și S1 2025",
     [("period", "2024-04/2024-06", "T2 2024"), ("period", "2025-01/2025-06", "S1 2025")]),
    # "за 9 месяцев" with no year: the months of the year so far (the year before when the month has not ended)
    ("ru", "За 9 месяцев экспорт вырос, за 11 месяцев — нет; в течение 9 месяцев.",
     [("period", "2025-01/2025-09", "9 месяцев"), ("period", "2024-01/2024-11", "11 месяцев"),
      ("duration", "P9M", "9 месяцев")]),
    # a unit with its scale built in
    ("en", "Production reached 38.9 bcm, exports 10-12 bcm.",
     [("quantity", "38900000000 m3", "38.9 bcm"), ("quantity", "10000000000 m3", "10"),
      ("quantity", "12000000000 m3", "12 bcm")]),
    # an exact amount and its hundredths are one amount; a scaled one keeps its own
    ("kk", "Бағасы 5 теңге 50 тиын болды, 2 млрд теңге, 50 тиын.",
     [("money", "5.5 KZT", "5 теңге 50 тиын"), ("money", "2000000000 KZT", "2 млрд теңге"),
      ("money", "0.5 KZT", "50 тиын")]),
    # a fraction before a bare scale word
    ("en", "nearly half a million people and more than a quarter of a million dollars, three quarters billion",
     [("number", "500000", "half a million", "approx"),
      ("money", "250000 USD", "a quarter of a million dollars", "over"),
      ("number", "750000000", "three quarters billion")]),
    # a scale letter glued to digits: a thousand, or a capital after two digits or a decimal
    ("en", "raised 100K and 1.2M users, 5-10K, 10k$; not the 3M company, a 4K TV or a 100m sprint",
     [("number", "100000", "100K"), ("number", "1200000", "1.2M"), ("number", "5000", "5"),
      ("number", "10000", "10K"), ("money", "10000 USD", "10k$")]),
    ("ru", "Аудитория 1,2М, бюджет 100К и 10к$, но 10м — это метры.",
     [("number", "1200000", "1,2М"), ("number", "100000", "100К"), ("money", "10000 USD", "10к$"),
      ("quantity", "10 m", "10м")]),
    # a deadline with no year that has passed this year is next year's (reference 2025-10-10)
    ("ru", "Заявки принимаются до 15 января, 15 января цены выросли, до 20 ноября.",
     [("date", "2026-01-15", "15 января"), ("date", "2025-01-15", "15 января"), ("date", "2025-11-20", "20 ноября")]),
    ("kk", "Өтінімдер 15 қаңтарға дейін қабылданады.", [("date", "2026-01-15", "15 қаңтарға")]),
    # a market widget: a change in percent after a price is no end of a range
    ("ru", "Нефть Brent $62,84 −1,1%", [("money", "62.84 USD", "$62,84"), ("percent", "-1.1", "−1,1%")]),
    # "т.ч.", "т. ч." (in that number): the end of an abbreviation is no marker
    ("ru", "135 млн т зерна, в т.ч. 88 млн т пшеницы, в т. ч. 5 млн т ячменя.",
     [("quantity", "135000000 t", "135 млн т"), ("quantity", "88000000 t", "88 млн т"),
      ("quantity", "5000000 t", "5 млн т")]),
    # a range of house numbers
    ("ru", "Адрес: Москва, Тверской бульвар, 10–12.", []),
    # dates listed before one with a year take its year
    ("ru", "с 1 января и с 1 июня 2026 года; 1 марта, 5 мая и 7 июля 2024 года",
     [("date", "2026-01-01", "1 января"), ("date", "2026-06-01", "1 июня 2026 года"), ("date", "2024-03-01", "1 марта"),
      ("date", "2024-05-05", "5 мая"), ("date", "2024-07-07", "7 июля 2024 года")]),
    ("en", "on March 1 and June 5, 2024", [("date", "2024-03-01", "March 1"), ("date", "2024-06-05", "June 5, 2024")]),
    # months listed after a month with its preposition, in the case of the first
    ("ru", "в июне, июле и августе 2024 года, в мае и в июне",
     [("date", "2024-06", "июне"), ("date", "2024-07", "июле"), ("date", "2024-08", "августе 2024 года"),
      ("date", "2025-05", "мае"), ("date", "2025-06", "июне")]),
    ("en", "in July and August, in July and may change",
     [("date", "2025-07", "July"), ("date", "2025-08", "August"), ("date", "2025-07", "July")]),
    ("bg", "през юли и август", [("date", "2025-07", "юли"), ("date", "2025-08", "август")]),
    # two months of two years joined by a dash
    ("bg", "ноември 2025 - март 2026 г.", [("period", "2025-11/2026-03", "ноември 2025 - март 2026 г.")]),
    ("ru", "в ноябре 2025 — марте 2026 года", [("period", "2025-11/2026-03", "ноябре 2025 — марте 2026 года")]),
    ("en", "from November 2025 - March 2026", [("period", "2025-11/2026-03", "November 2025 - March 2026")]),
    # a word after a month form that makes it another word
    ("ro", "cu 3 mai multe decât pe 3 mai 2025", [("number", "3", "3"), ("date", "2025-05-03", "3 mai 2025")]),
    # plain numbers listed right before a figure share its unit
    ("en", "sentenced to 7 and 8 years", [("duration", "P7Y", "7"), ("duration", "P8Y", "8 years")]),
    ("ru", "приговорены к 7 и 8 годам", [("duration", "P7Y", "7"), ("duration", "P8Y", "8 годам")]),
    # words that are a duration with its count
    ("ru", "За полгода цены выросли на 5%, более полугода, полвека назад.",
     [("duration", "P6M", "полгода"), ("percent", "5", "5%"), ("duration", "P6M", "полугода", "over"),
      ("duration", "P50Y", "полвека")]),
    ("uk", "за півроку", [("duration", "P6M", "півроку")]),
    ("bg", "за половин година", [("duration", "P6M", "половин година")]),
    ("en", "for half a year, half a century",
     [("duration", "P6M", "half a year"), ("duration", "P50Y", "half a century")]),
    # a range word between the days of a month
    ("en", "July 13 to 15, 12 to 16 September, July 13 through 15, 2024; July 13 and 15",
     [("period", "2025-07-13/2025-07-15", "July 13 to 15"), ("period", "2025-09-12/2025-09-16", "12 to 16 September"),
      ("period", "2024-07-13/2024-07-15", "July 13 through 15, 2024"), ("date", "2025-07-13", "July 13"),
      ("date", "2025-07-15", "15")]),
    # a link word between a month and its year
    ("en", "in April of 1987, on 4 July of 1995",
     [("date", "1987-04", "April of 1987"), ("date", "1995-07-04", "4 July of 1995")]),
    # month abbreviations without a dot, with a day or a year
    ("uk", "21 чер 2013, 8 Сер, лист від міністра",
     [("date", "2013-06-21", "21 чер 2013"), ("date", "2025-08-08", "8 Сер")]),
    ("bg", "24 ян 2015г.", [("date", "2015-01-24", "24 ян 2015г.")]),
    # a half after a duration's unit
    ("bg", "2 години и половина", [("duration", "P2.5Y", "2 години и половина")]),
    ("ru", "два года с половиной, 1–2 года с половиной",
     [("duration", "P2.5Y", "два года с половиной"), ("duration", "P1Y", "1"), ("duration", "P2Y", "2 года")]),
    ("en", "one month and a half", [("duration", "P1.5M", "one month and a half")]),
    # one rate alone between the bars of a widget is a number; a deadline passed a month ago stays
    ("kk", "USD 538,12  |  Астана. 1 қыркүйекке дейін 96 мектеп тапсырылды.",
     [("number", "538.12", "538,12"), ("date", "2025-09-01", "1 қыркүйекке"), ("number", "96", "96")]),
    ("az", "|  USD 1.7  |  Cümə", [("number", "1.7", "1.7")]),
    ("en", "The fund raised USD 5 million. USD 538.12",
     [("money", "5000000 USD", "USD 5 million"), ("money", "538.12 USD", "USD 538.12")]),
    # an issue number does not take the day after it
    ("kk", "№ 192 (31 245) 10 қазан 2025 жыл", [("date", "2025-10-10", "10 қазан 2025 жыл")]),
    ("kk", "430 мың теңге 12 тиын", [("money", "430000.12 KZT", "430 мың теңге 12 тиын")]),
    # a numeric date with its year word glued on
    ("ru", "Постановление от 10.10.2025г. вступило в силу", [("date", "2025-10-10", "10.10.2025г.")]),
    ("hy", "10.10.2025թ. որոշմամբ", [("date", "2025-10-10", "10.10.2025թ.")]),
    ("ka", "10.10.2025წ. გადაწყვეტილებით", [("date", "2025-10-10", "10.10.2025წ.")]),
    # a decimal after a genitive month is no day of it
    ("hy", "Գնաճը սեպտեմբերին կազմել է 3,8%՝ օգոստոսի 3,2%-ի դիմաց։",
     [("date", "2025-09", "սեպտեմբերին"), ("percent", "3.8", "3,8%"), ("date", "2025-08", "օգոստոսի"),
      ("percent", "3.2", "3,2%-ի")]),
    # Armenian: a "from" ending alone opens a range
    ("hy", "7-ից 12 տարի ազատազրկում, տուգանքը 200 000-ից 500 000 դրամ է",
     [("duration", "P7Y", "7-ից"), ("duration", "P12Y", "12 տարի"), ("money", "200000 AMD", "200 000-ից"),
      ("money", "500000 AMD", "500 000 դրամ")]),
    # a phone number in spaced pairs; the left side of a rate quote in a barred widget
    ("ka", "ტელ.: (032) 2 47 47 47", []),
    ("ro", "Linia verde a CNA: 0 800 55 555.", []),
    # a list after a marker goes with it; a house number after a street word that follows a name
    ("en", "The defendants, aged 45 and 52, received 5 years.", [("duration", "P5Y", "5 years")]),
    ("en", "Astana, Kenesary St. 36, Room 512", []),
    # a scale word and unit in a table's column header
    ("en", "Region | Area threshed, thousand ha | Gross harvest, thousand tonnes | Yield", []),
    ("ru", "Регион | Площадь, тыс. га | Сбор, млн тонн |", []),
    # a conjunction ends a range only after a "between" word
    ("ro", "vârfuri de 95% în weekendurile din iulie și august, între 1 și 15 iulie",
     [("percent", "95", "95%"), ("date", "2025-07", "iulie"), ("date", "2025-08", "august"),
      ("period", "2025-07-01/2025-07-15", "între 1 și 15 iulie")]),
    # report codes with no year (Q and H only) or two digits of it; the first half of the year
    ("en", "loss in H1, in Q3, 3Q25, 1H25, 9M25; not H1N1 or Q3-class. Up 28% in the first half of the year.",
     [("period", "2025-01/2025-06", "H1"), ("period", "2025-07/2025-09", "Q3"), ("period", "2025-07/2025-09", "3Q25"),
      ("period", "2025-01/2025-06", "1H25"), ("period", "2025-01/2025-09", "9M25"), ("percent", "28", "28%"),
      ("period", "2025-01/2025-06", "first half of the year")]),
    ("ro", "a crescut cu 9,8% în Q3, terminalul T1",
     [("percent", "9.8", "9,8%"), ("period", "2025-07/2025-09", "Q3")]),
    # a path from one level down to another shares the currency whatever the scales
    ("ru", "Тариф снизится с 1,2 млн до 950 тыс. сумов.",
     [("money", "1200000 UZS", "1,2 млн"), ("money", "950000 UZS", "950 тыс. сумов")]),
    # an index's value in spaced groups after its ticker; a postcode beside its city before a street
    ("ru", "KASE 6 712,3, RTS 1 050,3, рейс SU 1402",
     [("number", "6712.3", "6 712,3"), ("number", "1050.3", "1 050,3")]),
    ("bg", "© 2025 БТА. София 1024, бул. „Цариградско шосе“ 49. БНР, 1040 София, бул. „Драган Цанков“ 4", []),
    # ranges marked by endings: the first end takes the second's scale; a path shares the unit
    ("ka", "20-დან 30 ათას ტონამდე, 490-დან 525 ლარამდე გაიზრდება",
     [("quantity", "20000 t", "20-დან"), ("quantity", "30000 t", "30 ათას ტონამდე"), ("money", "490 GEL", "490-დან"),
      ("money", "525 GEL", "525 ლარამდე")]),
    ("kk", "20-дан 30 мың тоннаға дейін",
     [("quantity", "20000 t", "20-дан"), ("quantity", "30000 t", "30 мың тоннаға")]),
    # a sentence given is no bound; "in 9 months" marked by an ending is the year so far (ka, hy)
    ("uk", "Його засудили до 5 років позбавлення волі, штраф до 8 тисяч гривень.",
     [("duration", "P5Y", "5 років"), ("money", "8000 UAH", "8 тисяч гривень", "at_most")]),
    ("be", "Суд прысудзіў яго да 5 гадоў пазбаўлення волі.", [("duration", "P5Y", "5 гадоў")]),
    ("ka", "ღვინის ექსპორტი 9 თვეში 36%-ით გაიზარდა",
     [("period", "2025-01/2025-09", "9 თვეში"), ("percent", "36", "36%-ით")]),
    ("hy", "արտահանումը 9 ամսում աճել է 14%-ով",
     [("period", "2025-01/2025-09", "9 ամսում"), ("percent", "14", "14%-ով")]),
    # genitive million alone; half written apart
    ("ru", "Около миллиона рублей. Было более миллиона человек. Собрали пол миллиона тонн.",
     [("money", "1000000 RUB", "миллиона рублей", "approx"), ("number", "1000000", "миллиона", "over"),
      ("quantity", "500000 t", "пол миллиона тонн")]),
    # a range of quarters; a small number ending a quoted name
    ("en", "Revenue in Q1-Q3 2025 grew, in Q2–Q4 too.",
     [("period", "2025-01/2025-09", "Q1-Q3 2025"), ("period", "2025-04/2025-12", "Q2–Q4")]),
    ("be", "на канале «Беларусь 5» а 17.00", []),
    # two genitive months with their days, marked by endings
    ("az", "Sentyabrın 1-dən oktyabrın 1-dək 12 min ərizə daxil olub.",
     [("period", "2025-09-01/2025-10-01", "Sentyabrın 1-dən oktyabrın 1-dək"), ("number", "12000", "12 min")]),
    ("hy", "Նոյեմբերի 1-ից մինչև դեկտեմբերի 31-ը",
     [("period", "2025-11-01/2025-12-31", "Նոյեմբերի 1-ից մինչև դեկտեմբերի 31-ը")]),
    # a currency after a hyphen; a house number before a numbered street
    ("en", "a 500-manat fine and a 50,000-lari bail",
     [("money", "500 AZN", "500-manat"), ("money", "50000 GEL", "50,000-lari")]),
    ("ka", "სამ ბრალდებულს 20 000-ლარიანი გირაო", [("number", "3", "სამ"), ("money", "20000 GEL", "20 000-ლარიანი")]),
    ("en", "420 West 118th Street, New York; 2 1st Tverskaya-Yamskaya St., Moscow", []),
    # capitals before a day and its month are no code
    ("az", "AYNA 15 noyabrdan tarifləri artıracaq.", [("date", "2025-11-15", "15 noyabrdan")]),
    ("en", "BTA 15 October; flight SU 1402", [("date", "2025-10-15", "15 October")]),
    # time zones give no number
    ("en", "October 10, 2025 · 2:14 PM GMT+3 · 11:42 (UTC+04:00)", [("date", "2025-10-10", "October 10, 2025")]),
    # a day range whose first day stands alone with its "from" ending
    ("ka", "11-დან 14 ოქტომბრამდე დასავლეთ საქართველოში",
     [("period", "2025-10-11/2025-10-14", "11-დან 14 ოქტომბრამდე")]),
    ("kk", "5-тен 10 қазанға дейін", [("period", "2025-10-05/2025-10-10", "5-тен 10 қазанға дейін")]),
    # a relative year, a genitive month and its day
    ("hy", "հաջորդ տարվա հունվարի 1-ից, անցյալ տարվա դեկտեմբերի 15-ին",
     [("date", "2026-01-01", "հաջորդ տարվա հունվարի 1-ից"), ("date", "2024-12-15", "անցյալ տարվա դեկտեմբերի 15-ին")]),
    # relative months (reference 2025-10-10); plural "past months" is none
    ("ru", "В прошлом месяце инфляция составила 8%, в следующем месяце — меньше.",
     [("date", "2025-09", "прошлом месяце"), ("percent", "8", "8%"), ("date", "2025-11", "следующем месяце")]),
    ("en", "Inflation eased last month to 8%, up from the previous month.",
     [("date", "2025-09", "last month"), ("percent", "8", "8%")]),
    ("hy", "Անցյալ ամսին գնաճը կազմել է 3,8%", [("date", "2025-09", "Անցյալ ամսին"), ("percent", "3.8", "3,8%")]),
    ("kk", "Өткен айда инфляция 12,9% болды.", [("date", "2025-09", "Өткен айда"), ("percent", "12.9", "12,9%")]),
    # a word before a lone month that makes it another word ("маусым" is also a season)
    ("kk", "Футболшы өткен маусымда 12 гол соқты. Маусымда экспорт өсті.",
     [("number", "12", "12"), ("date", "2025-06", "Маусымда")]),
    ("uk", "У минулому місяці інфляція сповільнилася, а цього місяця — ні.",
     [("date", "2025-09", "минулому місяці"), ("date", "2025-10", "цього місяця")]),
    ("uz", "O'tgan oyda narxlar 2 foizga oshdi, o'tgan oylarda esa yo'q.",
     [("date", "2025-09", "O'tgan oyda"), ("percent", "2", "2 foizga")]),
    ("tk", "Geçen aýda eksport 5% ýokarlandy, indiki aýda hem.",
     [("date", "2025-09", "Geçen aýda"), ("percent", "5", "5%"), ("date", "2025-11", "indiki aýda")]),
    ("en", "Rates: $1 = 2.7 ₾ | €1 = 3.1 ₾",
     [("money", "1 USD", "$1"), ("money", "2.7 GEL", "2.7 ₾"), ("money", "1 EUR", "€1"),
      ("money", "3.1 GEL", "3.1 ₾")]),
    # a half of anything is a half year only with a year or a year word after it
    ("ru", "Гол забит в первой половине матча, а прибыль выросла в первой половине года.",
     [("period", "2025-01/2025-06", "первой половине")]),
    ("bg", "Във втората половина на мача отборът вкара 2 гола.", [("number", "2", "2")]),
    # a deadline at the end or the middle of a month already past is next year's (reference October 2025)
    ("ru", "Работы продлятся до конца января, проект сдадут до середины марта.",
     [("date", "2026-01", "января"), ("date", "2026-03", "марта")]),
    ("bg", "Ремонтът ще продължи до края на март.", [("date", "2026-03", "март")]),
    # a link's date after its title is no end of a range
    ("ru", "Суд по делу о хищении 120 млн — 06.10.2025",
     [("number", "120000000", "120 млн"), ("date", "2025-10-06", "06.10.2025")]),
    # a name in capitals before a figure with its unit is no code
    ("az", "AB 10 milyon avro ayırıb, SU 1402 reysi ləğv edilib.", [("money", "10000000 EUR", "10 milyon avro")]),
    ("uz", "BMT 3 yil davomida AQSH 500 mln dollar ajratdi.",
     [("duration", "P3Y", "3 yil"), ("money", "500000000 USD", "500 mln dollar")]),
    # a spaced dash after a lone "one" is punctuation, no range
    ("ru", "Один получил 3 года, ещё один — 2 года условно.",
     [("duration", "P3Y", "3 года"), ("duration", "P2Y", "2 года")]),
    # hundredths at both ends of a path
    ("ru", "Цена поднимется с 212 руб. 40 коп. до 237 руб. 68 коп.",
     [("money", "212.4 RUB", "212 руб. 40 коп."), ("money", "237.68 RUB", "237 руб. 68 коп.")]),
    # "the last 6 months" is no part of the year so far
    ("ka", "ბოლო 6 თვეში ფასები გაიზარდა, 9 თვეში კი ექსპორტი.",
     [("duration", "P6M", "6 თვეში"), ("period", "2025-01/2025-09", "9 თვეში")]),
    # a year-like count listed before a year is a year
    ("kk", "2024 және 2025 жылдары экспорт өсті.", [("date", "2024", "2024"), ("date", "2025", "2025 жылдары")]),
    ("ru", "2024 и 2025 гг. были рекордными, а 2024 и 2025 мешков — нет.",
     [("date", "2024", "2024"), ("date", "2025", "2025 гг."), ("number", "2024", "2024"), ("number", "2025", "2025")]),
    # numbers listed before a match minute give none
    ("kk", "Голдар 78 және 85-минуттарда соғылды, 5 және 10-қазанда ойындар өтеді.",
     [("date", "2025-10-05", "5"), ("date", "2025-10-10", "10-қазанда")]),
    # a lower-case word ends a street's name: the number after it is a count
    ("be", "На праспекце Пераможцаў з'явяцца 2 новыя прыпынкі, офіс — вул. Леніна 5.", [("number", "2", "2")]),
    # a clock word before a figure with its scale is no time: "in one hour, 3 thousand passengers"
    ("tg", "Дар як соат 3 ҳазор мусофир.", [("number", "3000", "3 ҳазор")]),
    # "the previous year" counts from a year written before it in the sentence, else from the reference
    ("en", "In 2024, spending fell 17% from the previous year. Prices rose from the previous year.",
     [("date", "2024", "2024"), ("percent", "17", "17%"), ("date", "2023", "previous year"),
      ("date", "2024", "previous year")]),
    ("ka", "2024 წელს ექსპორტი 17%-ით ნაკლებია, ვიდრე წინა წელს.",
     [("date", "2024", "2024 წელს"), ("percent", "17", "17%-ით"), ("date", "2023", "წინა წელს")]),
    # bg "от X на Y": a path whose unit is written once
    ("bg", "Съдът намали глобата от 20 000 на 15 000 лева, а 25 на сто от делата са приключени.",
     [("money", "20000 BGN", "20 000"), ("money", "15000 BGN", "15 000 лева"), ("percent", "25", "25 на сто")]),
    ("bg", "Ръст от 3,5 на сто при лихва от 7 на сто.",
     [("percent", "3.5", "3,5 на сто"), ("percent", "7", "7 на сто")]),
    # "from" before a month and its day, the second day alone
    ("en", "Heavy rains are expected from October 13 to 16, and between July 13 and 15, 2024.",
     [("period", "2025-10-13/2025-10-16", "from October 13 to 16"),
      ("period", "2024-07-13/2024-07-15", "between July 13 and 15, 2024")]),
    # a path down marked by a "from" ending shares the unit
    ("hy", "Արժեքը կնվազի 10 000-ից 7 500 դրամ։",
     [("money", "10000 AMD", "10 000-ից"), ("money", "7500 AMD", "7 500 դրամ")]),
    ("ro", "Termenul s-a redus de la 45 la 21 de zile, dobânda a crescut de la 7 la sută.",
     [("duration", "P45D", "45"), ("duration", "P21D", "21 de zile"), ("percent", "7", "7 la sută")]),
    # a word before two numbers joined by a dash makes them a score, even going up
    ("en", "Georgia lost 2-3 to Spain; tickets cost 2-3 dollars.",
     [("money", "2 USD", "2"), ("money", "3 USD", "3 dollars")]),
    # a relative year before a range of days
    ("uz-Cyrl", "Жорий йил 1 сентябрдан 8 октябргача 5 минг тонна экспорт қилинди.",
     [("period", "2025-09-01/2025-10-08", "Жорий йил 1 сентябрдан 8 октябргача"),
      ("quantity", "5000 t", "5 минг тонна")]),
    ("kk", "Биыл 1 қыркүйектен 8 қазанға дейін",
     [("period", "2025-09-01/2025-10-08", "Биыл 1 қыркүйектен 8 қазанға дейін")]),
    ("az", "Cari ilin sentyabrın 1-dən oktyabrın 8-dək",
     [("period", "2025-09-01/2025-10-08", "Cari ilin sentyabrın 1-dən oktyabrın 8-dək")]),
    # a dash between a headline's date and the stamp's: no range runs back most of a year
    ("ru", "Сборная сыграет с Ираном 14 ноября — 9 октября. Отпуск 29 декабря – 5 января.",
     [("date", "2025-11-14", "14 ноября"), ("date", "2025-10-09", "9 октября"),
      ("period", "2025-12-29/2026-01-05", "29 декабря – 5 января")]),
    # a site's logo in capitals
    ("kk", "24.KZ | Басты бет", []),
    # a count of quarters with its year is the first months of the year
    ("ru", "Выручка за три квартала 2025 года выросла три квартала подряд.",
     [("period", "2025-01/2025-09", "три квартала 2025 года"), ("number", "3", "три")]),
    # an hour word before a figure with its unit is no clock time
    ("uz", "Zavod soatiga 5 tonna mahsulot ishlab chiqaradi.", [("quantity", "5 t", "5 tonna")]),
    ("tk", "Ukyby sagatda 1 600 adama barabardyr.", [("number", "1600", "1 600")]),
    # addresses: a decimal after a street's name, a postcode after the city
    ("ru", "Депо на улице Бабича площадью 14,5 тыс. кв. м.", [("quantity", "14500 m2", "14,5 тыс. кв. м")]),
    ("bg", "Адрес: ул. „Ивайло“ 4, София 1000.", []),
    # "of which" after the counted noun
    ("ru", "Выделено 9,7 млрд рублей господдержки, из них 1,3 млрд пойдет на дороги.",
     [("money", "9700000000 RUB", "9,7 млрд рублей"), ("money", "1300000000 RUB", "1,3 млрд")]),
    ("ru", "Стоимость 19 млрд рублей, из которых около 9,5 млрд выделит бюджет.",
     [("money", "19000000000 RUB", "19 млрд рублей"), ("money", "9500000000 RUB", "9,5 млрд", "approx")]),
    ("uk", "Перевезено 38 млн тонн вантажів, з них 24 млн — зерно.",
     [("quantity", "38000000 t", "38 млн тонн"), ("quantity", "24000000 t", "24 млн")]),
    # a capitalised name-like month after its preposition is a town
    ("bg", "Бивш кмет на Септември получи 5 години, а през септември цените растат.",
     [("duration", "P5Y", "5 години"), ("date", "2025-09", "септември")]),
    # a year with its genitive ending, then the month
    ("hy", "Աշխատավարձը 2025-ի սեպտեմբերից կազմում է 250 000 դրամ։",
     [("date", "2025-09", "2025-ի սեպտեմբերից"), ("money", "250000 AMD", "250 000 դրամ")]),
    ("en", "He scored in the first half. First-half profit rose 5%.",
     [("period", "2025-01/2025-06", "First-half"), ("percent", "5", "5%")]),
    # a list whose two-word labels repeat a word shares the unit; different labels do not
    ("ru", "В Ахалском велаяте собрали 155 тыс., в Марыйском велаяте 204 тыс. тонн хлопка.",
     [("quantity", "155000 t", "155 тыс."), ("quantity", "204000 t", "204 тыс. тонн")]),
    ("tk", "Ahal welaýatynda 155 müň, Mary welaýatynda 204 müň gektar ekildi.",
     [("quantity", "155000 ha", "155 müň"), ("quantity", "204000 ha", "204 müň gektar")]),
    ("ru", "Население 24,4 млн, а бюджет региона 26,9 млн долларов.",
     [("number", "24400000", "24,4 млн"), ("money", "26900000 USD", "26,9 млн долларов")]),
    # "of which" with a noun after it: the part takes the whole's unit
    ("ru", "Собрано 56 млн тонн, из них пшеницы — около 22 млн.",
     [("quantity", "56000000 t", "56 млн тонн"), ("quantity", "22000000 t", "22 млн.", "approx")]),
    ("kk", "56 млн тонна жиналды, оның ішінде бидай 22 млн.",
     [("quantity", "56000000 t", "56 млн тонна"), ("quantity", "22000000 t", "22 млн.")]),
    ("ru", "Бюджет 56 млн рублей, а население города 22 млн.",
     [("money", "56000000 RUB", "56 млн рублей"), ("number", "22000000", "22 млн.")]),
    # a range's dash glued to the digits after a scale word
    ("kk", "Оқу ақысы 800 мың–3,5 млн теңге аралығында.",
     [("money", "800000 KZT", "800 мың"), ("money", "3500000 KZT", "3,5 млн теңге")]),
    ("ru", "Цена 800 тыс.–3,5 млн рублей.",
     [("money", "800000 RUB", "800 тыс."), ("money", "3500000 RUB", "3,5 млн рублей")]),
    # digit dates with dashes, and with two-digit years
    ("ro", "Publicat: 09-10-2025 16:48 | Actualizat: 09-10-2025 17:02",
     [("date", "2025-10-09", "09-10-2025"), ("date", "2025-10-09", "09-10-2025")]),
    ("en", "Bishkek, 10/10/25 12:05. Version 10.10.25.1 is out.", [("date", "2025-10-10", "10/10/25")]),
    ("ru", "Москва, 09.10.25. Тел. 095-10-20-30.", [("date", "2025-10-09", "09.10.25")]),
    # a house word before a year with its year word is no house number
    ("uz", "Yangi uy 2026-yilda topshiriladi.", [("date", "2026", "2026-yilda")]),
    ("uz-Cyrl", "Янги уй 2026 йилда топширилади.", [("date", "2026", "2026 йилда")]),
    ("tk", "Täze jaý 2026-njy ýylda ulanmaga berler.", [("date", "2026", "2026-njy ýylda")]),
    # a hyphen that hangs for the next number's ending
    ("uz", "61- va 78-daqiqalarda gol urdi.", []),
    ("ru", "Голы на 61- и 78-й минутах.", []),
    ("az", "55- və 81-ci dəqiqələrdə qol vurdu.", []),
    # yields in tonnes a hectare and kilograms a decare, terawatt-hours
    ("uk", "Торік зібрали 2,7 т з гектара, а цьогоріч — 3,1 т/га.",
     [("date", "2024", "Торік"), ("quantity", "2.7 t/ha", "2,7 т з гектара"), ("date", "2025", "цьогоріч"),
      ("quantity", "3.1 t/ha", "3,1 т/га")]),
    ("bg", "Добивът е 520 кг/дка. Произведени са 2,3 тераватчаса.",
     [("quantity", "520 kg/daa", "520 кг/дка"), ("quantity", "2.3 TWh", "2,3 тераватчаса")]),
    ("en", "Output reached 12.4 TWh; yields were 3.1 t/ha.",
     [("quantity", "12.4 TWh", "12.4 TWh"), ("quantity", "3.1 t/ha", "3.1 t/ha")]),
    ("kk", "Электр энергиясын өндіру 2,3 ТВт·сағ болды, өнімділік 1,8 т/га.",
     [("quantity", "2.3 TWh", "2,3 ТВт·сағ"), ("quantity", "1.8 t/ha", "1,8 т/га")]),
    # a time word before a day and its month
    ("ru", "Предупреждение действует до утра 11 октября.", [("date", "2025-10-11", "11 октября")]),
    ("kk", "Сағат 11-де басталады.", []),
    # a half after a month is that month's, not the year's
    ("kk", "Қазанның екінші жартысында суытады. Жылдың екінші жартысында өседі.",
     [("period", "2025-07/2025-12", "екінші жартысында")]),
    ("ky", "Октябрдын экинчи жарымында суук болот.", [("date", "2025-10", "Октябрдын")]),
    # a half word first: a half year only with its year
    ("tg", "Дар нимаи аввали соли 2025 содирот афзуд. Дар нимаи аввали бозӣ гол зад.",
     [("period", "2025-01/2025-06", "нимаи аввали соли 2025")]),
    # a byline's counters after their count give nothing; counts in body text stay figures
    ("uk", "10.10.2025, 09:40  |  1,8 тис. переглядів\nВідео набрало 3 млн переглядів.",
     [("date", "2025-10-10", "10.10.2025"), ("number", "3000000", "3 млн")]),
    ("bg", "9 окт 2025, 19:44  |  15 коментара", [("date", "2025-10-09", "9 окт 2025")]),
    # a deadline word before a day long past: next year's (within four months: this year's);
    # not before a month ("к августу" compares)
    ("ru", "Документы нужно подать к 1 марта. Цены выросли на 0,5% к августу.",
     [("date", "2026-03-01", "1 марта"), ("percent", "0.5", "0,5%"), ("date", "2025-08", "августу")]),
    ("en", "Bids are due by January 15. He will stay until March 31, as he stayed until 20 June.",
     [("date", "2026-01-15", "January 15"), ("date", "2026-03-31", "March 31"),
      ("date", "2025-06-20", "20 June")]),
    # a short number listed after a phone number is another one
    ("ru", "Горячая линия МЧС: 8 (862) 264-02-22, 112. Тел.: +7 701 123 45 67, 15 человек.", [("number", "15", "15")]),
    # a month range across a new year: the winter the reference date is in or comes before
    ("ro", "Tarifele cresc în lunile decembrie-martie.", [("period", "2025-12/2026-03", "decembrie-martie")]),
    ("ru", "В декабре–марте ожидается рост.", [("period", "2025-12/2026-03", "декабре–марте")]),
    # a later region named at least twice more often than the data file's first one decides the currency
    ("en", "Uzbekistan welcomed 2 million visitors, many from Kyrgyzstan. Uzbekistan's hotels and Tashkent's "
           "restaurants gained as rates climbed to 850,000 soms in Uzbekistan.",
     [("number", "2000000", "2 million"), ("money", "850000 UZS", "850,000 soms")]),
    # a count of months after "за" long ended this year is a duration
    ("ru", "Засуха в июле–августе: за два месяца выпало 41 мм.",
     [("period", "2025-07/2025-08", "июле–августе"), ("duration", "P2M", "два месяца"), ("number", "41", "41")]),
    ("tg", "Таваррум дар 9 моҳ 3,4 фоизро ташкил дод. Пул дар 3 моҳ сохта шуд.",
     [("period", "2025-01/2025-09", "9 моҳ"), ("percent", "3.4", "3,4 фоизро"), ("duration", "P3M", "3 моҳ")]),
    # a company form in capitals before a day with its ending is no code
    ("uz", "«O'zbekiston temir yo'llari» AJ 1-noyabrdan qatnovni oshiradi.", [("date", "2025-11-01", "1-noyabrdan")]),
    ("tk", "«Türkmenhowaýollary» AGPJ 1-nji noýabrdan täze gatnawlary açýar.",
     [("date", "2025-11-01", "1-nji noýabrdan")]),
    # a city code with a slash and a space
    ("bg", "Справки на тел. 02/ 982 22 22.", []),
    # a path up with a word that only ends a path shares the unit too
    ("ro", "Pensia medie va crește de la 2.778 la 2.950 de lei.",
     [("money", "2778 RON", "2.778"), ("money", "2950 RON", "2.950 de lei")]),
    ("bg", "Заплатата расте от 1 500 на 1 800 лева.",
     [("money", "1500 BGN", "1 500"), ("money", "1800 BGN", "1 800 лева")]),
    # a byline's counter word before its count; a house number alone in a footer's cell
    ("en", "09.10.2025 17:42 | Views 1,318\nThe bank views 2026 as a turning point.",
     [("date", "2025-10-09", "09.10.2025"), ("date", "2026", "2026")]),
    ("hy", "Banks.am | Երևան, Սարյան 22 | Հեռ.՝ +374 10 54 11 22", []),
    ("hy", "Երևան, Գյումրի 120 ավտոբուս", [("number", "120", "120")]),
    # a figure of another kind before an "up to" figure is no path's start
    ("uz", "Kredit 3 yilga 50 mln soʻmgacha beriladi.",
     [("duration", "P3Y", "3 yilga"), ("money", "50000000 UZS", "50 mln soʻmgacha", "at_most")]),
    ("az", "Kredit illik 12%-lə 50 min manatadək verilir.",
     [("percent", "12", "12%-lə"), ("money", "50000 AZN", "50 min manatadək", "at_most")]),
    # an abbreviation's dot ends no sentence for "the previous year"
    ("bg", "Разходите през 2024 г. са 1,63 млрд. лв., което е с 9,2% повече спрямо предходната година.",
     [("date", "2024", "2024 г."), ("money", "1630000000 BGN", "1,63 млрд. лв."), ("percent", "9.2", "9,2%"),
      ("date", "2023", "предходната година")]),
    # a day and a two-digit month with a dot where decimals take a comma; a time before a colon
    ("uk", "Сб, 11.10: +14…+17, без опадів. Ціна 12.05 грн, USD 41.12.",
     [("date", "2025-10-11", "11.10"), ("number", "14", "14"), ("number", "17", "17"),
      ("money", "12.05 UAH", "12.05 грн"), ("money", "41.12 USD", "USD 41.12")]),
    ("be", "Біржа БВФБ, 10.10 13:00: курс", [("date", "2025-10-10", "10.10")]),
    ("en", "Rates rose to 10.10 and 11.10.", [("number", "10.1", "10.10"), ("number", "11.1", "11.10")]),
    # a month after a relative year and a month preposition takes that year
    ("bg", "Миналата година през октомври цените паднаха.", [("date", "2024-10", "Миналата година през октомври")]),
    ("ru", "В прошлом году в октябре цены упали.", [("date", "2024-10", "прошлом году в октябре")]),
    # months joined by a range word, after a month preposition the span leaves out; not a month before its day
    ("en", "Exports grew in January through September 2025, and in January to March.",
     [("period", "2025-01/2025-09", "January through September 2025"),
      ("period", "2025-01/2025-03", "January to March")]),
    ("en", "Raised $120 Million Since January – Oct 3, 2025",
     [("money", "120000000 USD", "$120 Million"), ("date", "2025-01", "January"),
      ("date", "2025-10-03", "Oct 3, 2025")]),
    # two days of two months joined by a conjunction after "between"
    ("bg", "В пика на сезона, между 15 юли и 20 август, е надхвърлила 2 млн.",
     [("period", "2025-07-15/2025-08-20", "между 15 юли и 20 август"), ("number", "2000000", "2 млн.", "over")]),
    # a bare number compared with the figure before it takes its unit; a scaled number before a year word
    ("ru", "Билет стоит 44 рубля вместо 38.", [("money", "44 RUB", "44 рубля"), ("money", "38 RUB", "38")]),
    ("bg", "Приходите са 2,5 млрд. лв. срещу 2,1 млрд. година по-рано.",
     [("money", "2500000000 BGN", "2,5 млрд. лв."), ("money", "2100000000 BGN", "2,1 млрд.")]),
    ("ro", "Bugetul este de 2,5 miliarde lei față de 2,1 miliarde anul trecut.",
     [("money", "2500000000 RON", "2,5 miliarde lei"), ("money", "2100000000 RON", "2,1 miliarde"),
      ("date", "2024", "anul trecut")]),
    # a trunk prefix before a city code is the phone number's
    ("be", "Тэлефон даведачнай службы: 8 0152 79-42-10", []),
    # a day of a relative month
    ("az", "Ərizələr gələn ayın 15-dək, nəticələr cari ayın 25-də.",
     [("date", "2025-11-15", "gələn ayın 15-dək"), ("date", "2025-10-25", "cari ayın 25-də")]),
    ("az", "Gələn ayın 15 milyon manatlıq layihəsi.",
     [("date", "2025-11", "Gələn ayın"), ("money", "15000000 AZN", "15 milyon manatlıq")]),
    ("kk", "Өтінімдер келесі айдың 15-іне дейін қабылданады.", [("date", "2025-11-15", "келесі айдың 15-іне")]),
    ("ru", "Заявки принимаются до 15-го числа следующего месяца.",
     [("date", "2025-11-15", "15-го числа следующего месяца")]),
    ("ka", "განაცხადები მიიღება მომავალი თვის 15-მდე.", [("date", "2025-11-15", "მომავალი თვის 15")]),
    ("hy", "Դիմումներն ընդունվում են հաջորդ ամսվա 15-ից։", [("date", "2025-11-15", "հաջորդ ամսվա 15-ից")]),
    # a relative quarter is that quarter of the reference date's year, or the one before or after
    ("ru", "В прошлом квартале выручка упала, в следующем квартале ждут роста.",
     [("period", "2025-07/2025-09", "прошлом квартале"), ("period", "2026-01/2026-03", "следующем квартале")]),
    ("en", "Over the last quarter century the city grew.", []),
    ("en", "Revenue fell last quarter; this quarter's sales rose.",
     [("period", "2025-07/2025-09", "last quarter"), ("period", "2025-10/2025-12", "this quarter's")]),
    # a range of ordinals gives nothing, a range with a case ending stays a range
    ("kk", "1–4-сынып оқушылары 5–10-ға өсті.",
     [("number", "5", "5"), ("number", "10", "10-ға")]),
    # a count of hours or minutes gives no fact, however many digits it has
    ("en", "He got 200 hours of community work, 99 hours more and 1,500 minutes of video.", []),
    ("ru", "Он отработал 200 часов, ещё 1 500 часов и 1,5 часа.", []),
    ("ru", "Поезд пришёл на полтора часа позже, через два часа.", []),
    ("en", "Two hours later and twenty minutes after.", []),
    # a half of a match is no half year; with the year's word, a year or a relative year before it, it is one
    ("ka", "მატჩის პირველ ნახევარში ორი გოლი გავიდა, წლის პირველ ნახევარში კი — 5%.",
     [("number", "2", "ორი"), ("period", "2025-01/2025-06", "პირველ ნახევარში"), ("percent", "5", "5%")]),
    ("hy", "Խաղի առաջին կեսում խփվեց երկու գոլ, իսկ տարվա առաջին կեսին աճը 5% էր։",
     [("number", "2", "երկու"), ("period", "2025-01/2025-06", "առաջին կեսին"), ("percent", "5", "5%")]),
    ("kk", "Матчтың бірінші жартысында екі гол соғылды. Өткен жылдың екінші жартысында 3%.",
     [("number", "2", "екі"), ("period", "2024-07/2024-12", "Өткен жылдың екінші жартысында"),
      ("percent", "3", "3%")]),
    ("az", "Oyunun birinci yarısında iki qol vuruldu, 2025-ci ilin birinci yarısında isə 5%.",
     [("number", "2", "iki"), ("period", "2025-01/2025-06", "2025-ci ilin birinci yarısında"),
      ("percent", "5", "5%")]),
    # "and a half" after a scale word adds half the scale
    ("ro", "Cam un milion și jumătate de angajați și două milioane și jumătate de lei.",
     [("number", "1500000", "un milion și jumătate"), ("money", "2500000 RON", "două milioane și jumătate de lei")]),
    ("en", "A million and a half people; 2 million and a half dollars.",
     [("number", "1500000", "million and a half"), ("money", "2500000 USD", "2 million and a half dollars")]),
    # a fraction in words gives no fact; a range with a "from" ending stays a range
    ("kk", "Кетушілердің үштен екісі Ресейге, үштен бірі Қытайға кетті. Үштен беске дейін.",
     [("number", "3", "Үштен"), ("number", "5", "беске")]),
    ("tk", "Ilatyň üçden birini, bagyň 10 müňden 15 müňe çenli.",
     [("number", "10000", "10 müňden"), ("number", "15000", "15 müňe")]),
    # a scale word alone in a table's unit label gives no fact
    ("tg", "Шумораи аҳолӣ (ҳазор нафар): 10 127", [("number", "10127", "10 127")]),
    ("az", "Əhalinin sayı (min nəfər): 10 127. Tədbirdə min nəfər iştirak edib.",
     [("number", "10127", "10 127"), ("number", "1000", "min")]),
    # the head of a spaced number before a hyphenated word is no number of its own
    ("ru", "Построят 20 000-местный стадион.", []),
    # a currency's name before a percent is no prefix sign
    ("uz", "O'tgan yili so'm 6,5 foizga qadrsizlangan.",
     [("date", "2024", "O'tgan yili"), ("percent", "6.5", "6,5 foizga")]),
    ("ru", "Ремонт займёт 3-4 часа.", []),
    # words after a count of months that make it the year so far (read in October)
    ("az", "9 ay ərzində 18 402 cinayət qeydə alınıb, bina 6 ay ərzində tikiləcək.",
     [("period", "2025-01/2025-09", "9 ay"), ("number", "18402", "18 402"), ("duration", "P6M", "6 ay")]),
    ("ka", "9 თვის განმავლობაში დარეგისტრირდა 36 540 დანაშაული.",
     [("period", "2025-01/2025-09", "9 თვის"), ("number", "36540", "36 540")]),
    ("uz", "Kapitallashuv 9 oy yakunlariga ko'ra oshdi.", [("period", "2025-01/2025-09", "9 oy")]),
    # "that same year" repeats the year written last before it; with none, no date
    ("ru", "Работы начались в июне 2021 года и завершились в ноябре того же года.",
     [("date", "2021-06", "июне 2021 года"), ("date", "2021-11", "ноябре того же года")]),
    ("ru", "В том же году открыли мост.", []),
    ("uk", "Роботи почалися у червні 2021 року і завершилися в листопаді того ж року.",
     [("date", "2021-06", "червні 2021 року"), ("date", "2021-11", "листопаді того ж року")]),
    ("bg", "Работите започнаха през юни 2021 г. и приключиха през ноември същата година.",
     [("date", "2021-06", "юни 2021 г."), ("date", "2021-11", "ноември същата година")]),
    ("kk", "Жұмыс 2021 жылы маусымда басталып, сол жылдың қарашасында аяқталды.",
     [("date", "2021-06", "2021 жылы маусымда"), ("date", "2021-11", "сол жылдың қарашасында")]),
    ("tg", "Корҳо дар моҳи июни соли 2021 оғоз шуда, дар ноябри ҳамон сол анҷом ёфтанд.",
     [("date", "2021-06", "июни соли 2021"), ("date", "2021-11", "ноябри ҳамон сол")]),
    ("az", "İşlər 2021-ci ilin iyununda başlayıb, həmin ilin noyabrında başa çatıb.",
     [("date", "2021-06", "2021-ci ilin iyununda"), ("date", "2021-11", "həmin ilin noyabrında")]),
    ("hy", "Աշխատանքները սկսվել են 2021 թվականի հունիսին և ավարտվել նույն թվականի նոյեմբերին։",
     [("date", "2021-06", "2021 թվականի հունիսին"), ("date", "2021-11", "նույն թվականի նոյեմբերին")]),
    ("ka", "სამუშაოები 2021 წლის ივნისში დაიწყო და იმავე წლის ნოემბერში დასრულდა.",
     [("date", "2021-06", "2021 წლის ივნისში"), ("date", "2021-11", "იმავე წლის ნოემბერში")]),
    ("ro", "Lucrările au început în iunie 2021 și s-au încheiat în noiembrie același an.",
     [("date", "2021-06", "iunie 2021"), ("date", "2021-11", "noiembrie același an")]),
    ("en", "The plant opened in 2019. In November that year it hired 500 people.",
     [("date", "2019", "2019"), ("date", "2019-11", "November that year"), ("number", "500", "500")]),
    # where a year in the genitive comes first, a month is no month of the relative year after it
    ("az", "İndeks sentyabrda ötən ilin sentyabrı ilə müqayisədə 105,6 faiz olub.",
     [("date", "2024-09", "ötən ilin sentyabrı"), ("percent", "105.6", "105,6 faiz")]),
    ("kk", "Бағалар қыркүйекте өткен жылдың қыркүйегімен салыстырғанда 12% өсті.",
     [("date", "2024-09", "өткен жылдың қыркүйегімен"), ("percent", "12", "12%")]),
    # footer house numbers in a script with no capitals, after a postcode, before a phone's label
    ("ka", "© 2025 Interpressnews | თბილისი, კოსტავას 68 | ცხელი ხაზი: *0101", []),
    ("hy", "© 2025 «Արմենպրես» | Երևան 0002, Իսահակյան 28 | Հեռ.՝ +374 10 53-91-72", []),
    ("hy", "© 2025 Hetq.am | Երևան, Սայաթ-Նովա 37, հեռ. (010) 56-39-55", []),
    # a dotted day and month before a dash and a figure is a date
    ("uk", "Офіційний курс на 13.10 — 41,32 грн.",
     [("date", "2025-10-13", "13.10"), ("money", "41.32 UAH", "41,32 грн.")]),
    # an age marker takes the whole range of ages
    ("uk", "Дітям віком від 3 до 6 років виплачують 860 грн.", [("money", "860 UAH", "860 грн.")]),
    # a street word after a capitalised word is no address when a unit follows the number
    ("en", "The road, 38 km long, opened. Office: Kenesary St. 36.", [("quantity", "38 km", "38 km")]),
    # a relative half year is the period of that half
    ("ru", "В прошлом полугодии прибыль выросла, в следующем полугодии ждут спада.",
     [("period", "2025-01/2025-06", "прошлом полугодии"), ("period", "2026-01/2026-06", "следующем полугодии")]),
    ("bg", "Миналото полугодие печалбата беше 2 млн. лв.",
     [("period", "2025-01/2025-06", "Миналото полугодие"), ("money", "2000000 BGN", "2 млн. лв.")]),
    # days with an ending, or a hanging hyphen, listed before a day of a month
    ("tk", "Sergi 10-njy, 11-nji we 12-nji oktýabrda geçiriler.",
     [("date", "2025-10-10", "10-njy"), ("date", "2025-10-11", "11-nji"), ("date", "2025-10-12", "12-nji oktýabrda")]),
    ("uz", "Ko'rgazma 11- va 12-oktabrda, 5-sinf va 13-oktabrda o'tadi.",
     [("date", "2025-10-11", "11"), ("date", "2025-10-12", "12-oktabrda"), ("date", "2025-10-13", "13-oktabrda")]),
    # a round-the-clock channel's name is no figure; a count of 24 after a common word is
    ("ru", "Об этом сообщает телеканал Россия 24. КУБАНЬ 24 | Новости. Рост составил 24.",
     [("number", "24", "24")]),
    # an ordinal with a number word in it is no count
    ("ro", "A doua zi, prețul a crescut; în a doua jumătate a anului 2025 a scăzut.",
     [("period", "2025-07/2025-12", "a doua jumătate a anului 2025")]),
    # opening hours with dots where decimals take a comma
    ("uk", "Відділення працює з 7.30 до 20.00.", []),
    ("ru", "Режим работы 9.00–18.30, перерыв с 13.00 до 14.00.", []),
    # "each" or "per" before a one and its unit of time: no length of time
    ("uz", "Ish stajining har bir yili uchun 1,5 foiz qo'shiladi, 1 yil ichida.",
     [("percent", "1.5", "1,5 foiz"), ("duration", "P1Y", "1 yil")]),
    ("tg", "Маош 1 500 сомонӣ дар як моҳ аст.", [("money", "1500 TJS", "1 500 сомонӣ")]),
    # an age word after a range takes both its ends
    ("kk", "Бағдарламаға 16-29 жастағы жастар қатысады, 500 жас маман.", [("number", "500", "500")]),
    # sums of one scale joined by "or" share the unit written on the last; "or" joins nothing else
    ("uk", "Грант 15 тисяч, 20 тисяч або 25 тисяч гривень.",
     [("money", "15000 UAH", "15 тисяч"), ("money", "20000 UAH", "20 тисяч"),
      ("money", "25000 UAH", "25 тисяч гривень")]),
    ("ru", "Женщин в новом составе — 41, или 40,6%.", [("number", "41", "41"), ("percent", "40.6", "40,6%")]),
    # a unit after a glued scale letter; a lone capital after one digit stays a name
    ("en", "Exports reached 31.6M tonnes on a 1.2M km network; 3M users.",
     [("quantity", "31600000 t", "31.6M tonnes"), ("quantity", "1200000 km", "1.2M km")]),
    # real-news audit 21 (sentences written for these tests)
    # a date widget: day, month and year each alone on a line
    ("ru", "Новости\n12\nмарта\n2024\nЦены выросли на 3%.",
     [("date", "2024-03-12", "12\nмарта\n2024"), ("percent", "3", "3%")]),
    # a time glued to a counter, a bare count closing a dateline, an image width before a caption's date
    ("uz", "20.11.2025 | 09:154120 daqiqa", [("date", "2025-11-20", "20.11.2025")]),
    ("uk", "Економіка\n03.02.2024 615\nВВП зріс на 2%.",
     [("date", "2024-02-03", "03.02.2024"), ("percent", "2", "2%")]),
    ("ky", "Архив - Sputnik, 1280, 11.04.2023", [("date", "2023-04-11", "11.04.2023")]),
    ("az", "Xəbər\n\nGLOBALS:0\ncomments\nQiymət 5 faiz artıb.", [("percent", "5", "5 faiz")]),
    # a count and its counter's word alone on a line; a count of views in a sentence stays
    ("ru", "Главное\n12 комментариев\nЭкономика. Ролик набрал 3 млн просмотров.",
     [("number", "3000000", "3 млн")]),
    # a day, a month and a year each after a comma
    ("en", "Friday, 14, March, 2025\nPrices rose 2%.",
     [("date", "2025-03-14", "14, March, 2025"), ("percent", "2", "2%")]),
    # years listed before the plural year word are years, not spans of two thousand years
    ("uk", "Результати 2022 і 2023 років зараховують, строк — 5 років.",
     [("date", "2022", "2022"), ("date", "2023", "2023 років"), ("duration", "P5Y", "5 років")]),
    ("be", "Вынікі 2022 і 2023 гадоў, тэрмін 5 гадоў.",
     [("date", "2022", "2022"), ("date", "2023", "2023 гадоў"), ("duration", "P5Y", "5 гадоў")]),
    ("bg", "Резултатите от 2022 и 2023 години, срок от 5 години.",
     [("date", "2022", "2022"), ("date", "2023", "2023 години"), ("duration", "P5Y", "5 години")]),
    # a range of quarters
    ("ru", "За I-III кварталы 2024 года выпуск вырос, во II-IV кварталах 2023 года упал.",
     [("period", "2024-01/2024-09", "I-III кварталы 2024 года"),
      ("period", "2023-04/2023-12", "II-IV кварталах 2023 года")]),
    ("ka", "2024 წლის I-III კვარტალში ექსპორტი გაიზარდა.",
     [("period", "2024-01/2024-09", "2024 წლის I-III კვარტალში")]),
    # an en dash glued to a year may stand for its hyphen
    ("uz", "2023– yilning yanvar–iyun oylarida", [("period", "2023-01/2023-06", "2023– yilning yanvar–iyun")]),
    ("uz-Cyrl", "Жамият\n09:30 / 02.05.2024\n2 104\n\nНарх 3 фоизга ошди.",
     [("date", "2024-05-02", "02.05.2024"), ("percent", "3", "3 фоизга")]),
    # a time glued to a menu word gives nothing
    ("en", "Politics09:45\nGas prices rose 4%.", [("percent", "4", "4%")]),
    # a smaller scale joined by a conjunction adds to the amount; a decimal or the same scale lists two
    ("bg", "Бюджетът е 7 милиарда и 450 милиона лева, а 2,5 млрд и 100 млн лв. са резерв.",
     [("money", "7450000000 BGN", "7 милиарда и 450 милиона лева"), ("number", "2500000000", "2,5 млрд"),
      ("money", "100000000 BGN", "100 млн лв.")]),
    ("en", "The plan costs 4 billion and 250 million dollars.",
     [("money", "4250000000 USD", "4 billion and 250 million dollars")]),
    # number words ending in a scale word, then digits with a smaller scale
    ("ru", "Выручка составила два миллиарда 300 миллионов рублей.",
     [("money", "2300000000 RUB", "два миллиарда 300 миллионов рублей")]),
    # one dot and three digits before a scale word are a decimal point where decimals take a comma
    ("ka", "დეფიციტი 1.375 მლრდ ლარია, ფასი 1.250 ლარი.",
     [("money", "1375000000 GEL", "1.375 მლრდ ლარია"), ("money", "1250 GEL", "1.250 ლარი")]),
    # Armenian writes the decimal point as a one-dot leader
    ("hy", "Բյուջեն 3․6 միլիարդ դրամ է։", [("money", "3600000000 AMD", "3․6 միլիարդ դրամ")]),
    # a news agency's end mark is no figure
    ("be", "Выдаткі склалі 7,2 млн рублёў.-0-", [("money", "7200000 BYN", "7,2 млн рублёў")]),
    # a space after the day's hyphen
    ("uz", "Hisobot 15- sentyabr holatiga tuzildi.", [("date", "2025-09-15", "15- sentyabr")]),
    # "by the results of 9 months" is the year so far, like "за 9 месяцев"
    ("uk", "За підсумками 9 місяців ВВП зріс на 2%.",
     [("period", "2025-01/2025-09", "9 місяців"), ("percent", "2", "2%")]),
    ("ru", "По итогам 8 месяцев выпуск вырос.", [("period", "2025-01/2025-08", "8 месяцев")]),
    # a word for frost or "below zero" after a temperature makes it negative; a minus word takes a range
    ("ru", "Ночью минус 3-8 градусов, днём до 2 градусов мороза, в горах 6° ниже нуля.",
     [("number", "-3", "минус 3"), ("number", "-8", "8"), ("number", "-2", "2 градусов мороза", "at_most"),
      ("number", "-6", "6° ниже нуля")]),
    ("kk", "Түнде 5-10 градус аяз болады.", [("number", "-5", "5"), ("number", "-10", "10 градус аяз")]),
    ("en", "It fell to 12 degrees below zero.", [("number", "-12", "12 degrees below zero")]),
    # a sign written once for a range of temperatures; "above zero" is part of the span, no zero of its own
    ("uk", "Вночі -7...12°С, від 3° до 8° морозу; вдень до 2 градусів вище нуля.",
     [("number", "-7", "-7"), ("number", "-12", "12"), ("number", "-3", "3"), ("number", "-8", "8° морозу"),
      ("number", "2", "2 градусів вище нуля", "at_most")]),
    ("en", "Expect -4-9 degrees at night, 3 degrees above zero by day.",
     [("number", "-4", "-4"), ("number", "-9", "9"), ("number", "3", "3 degrees above zero")]),
    # a currency's name before a number and a length of time is no prefix
    ("uz", "So‘m 3 kunda 1 foizga qimmatlashdi.", [("duration", "P3D", "3 kunda"), ("percent", "1", "1 foizga")]),
    # an amount on the hour is no time: "1.00 dollar"
    ("en", "The rate went from 7.10 somoni to 1.00 dollar; open at 9.00 daily.",
     [("money", "7.1 TJS", "7.10 somoni"), ("money", "1 USD", "1.00 dollar")]),
    # an em dash glued to a figure after a space is a minus, as weather copy types it
    ("be", "Уначы —4°, удзень да +2. Рост — 5%.",
     [("number", "-4", "—4"), ("number", "2", "2"), ("percent", "5", "5%")]),
    # a year with its case ending glued on leads a range of months
    ("hy", "2024-ի հունվար-սեպտեմբերին արտահանումն աճել է 4 տոկոսով։",
     [("period", "2024-01/2024-09", "2024-ի հունվար-սեպտեմբերին"), ("percent", "4", "4 տոկոսով")]),
    # Romanian: a year-like number before "de" and a noun is a count
    ("ro", "În sat trăiesc 1850 de oameni; în 2019 de către primărie s-a construit o școală.",
     [("number", "1850", "1850"), ("date", "2019", "2019")]),
    # the currency of a number may follow a bracketed change, alone or at the end of a list
    ("ka", "იმპორტი 310,2 მლნ (-4.1%) დოლარით შემცირდა.",
     [("money", "310200000 USD", "310,2 მლნ"), ("percent", "-4.1", "-4.1%")]),
    ("uz-Cyrl", "Экспорт – 1,2 млрд (+5 %), импорт – 2,6 млрд (+9 %) АҚШ долларини ташкил этди.",
     [("money", "1200000000 USD", "1,2 млрд"), ("percent", "5", "5 %"), ("money", "2600000000 USD", "2,6 млрд"),
      ("percent", "9", "9 %")]),
    ("en", "Revenue rose to 4.2 billion (+7%) dollars.",
     [("money", "4200000000 USD", "4.2 billion"), ("percent", "7", "7%")]),
    # a date written year first with dots or slashes
    ("az", "Yayımlanıb: 2023.11.02 09:45. Yenilənib: 2023/11/03.",
     [("date", "2023-11-02", "2023.11.02"), ("date", "2023-11-03", "2023/11/03")]),
    # a bare count under a dateline that a bullet opens and dashes join
    ("ru", "◈ 5-06-2021, 14:20\n2310\nПечать", [("date", "2021-06-05", "5-06-2021")]),
    # a year word written before a year covers the year-like number listed after it
    ("tg", "Дар солҳои 2018 ва 2021 истеҳсол афзуд.", [("date", "2018", "солҳои 2018"), ("date", "2021", "2021")]),
    # a backtick typed before a figure is no apostrophe inside a word
    ("hy", "Արտահանումն աճել է`6.4%-ով:", [("percent", "6.4", "6.4%-ով")]),
    # a quarter code with a relative year is one period
    ("en", "Sales fell in Q2 this year after Q3 last year.",
     [("period", "2025-04/2025-06", "Q2 this year"), ("period", "2024-07/2024-09", "Q3 last year")]),
    # a word for "about" between a scaled number and its currency
    ("kk", "Жоба 2 миллиардқа жуық теңгеге бағаланды.", [("money", "2000000000 KZT", "2 миллиардқа", "approx")]),
    ("ky", "Бюджеттен 30 миллионго жакын сом бөлүндү.", [("money", "30000000 KGS", "30 миллионго", "approx")]),
    # days listed after a month's day, each with its ending, are days of that month
    ("az", "Sərgi martın 5-də və 6-da keçiriləcək.",
     [("date", "2025-03-05", "martın 5-də"), ("date", "2025-03-06", "6-da")]),
    # the unit written on the first end of a path marked by endings is the second's too
    ("ky", "Баасы 80 сомдон 65ке чейин түштү.", [("money", "80 KGS", "80 сомдон"), ("money", "65 KGS", "65ке")]),
    ("uz", "Narxi 4 ming so'mdan 6 minggacha oshdi.",
     [("money", "4000 UZS", "4 ming so'mdan"), ("money", "6000 UZS", "6 minggacha")]),
    # a month and a year each alone on a line (a widget); a date after an outlet's initials and a dot
    ("ru", "Новости\nАпрель\n2023\nЭкономика", [("date", "2023-04", "Апрель\n2023")]),
    ("ru", "РИА.12.05.2023. Версия 1.12.05.2023.", [("date", "2023-05-12", "12.05.2023")]),
    # an outlet's dateline written month first, with a comma and the year, where dates go day first
    ("tg", "Душанбе, Май 7, 2024 09:30 Нархи орд.", [("date", "2024-05-07", "Май 7, 2024")]),
    # a figure with its unit after "no" is no document number; a photo credit before a sentence is no copyright
    ("en", "There will be no 300 kWh limit.", [("quantity", "300 kWh", "300 kWh")]),
    ("bg", "© През периода от 2 юни до 15 юли 2024 г. са издадени 340 разрешителни.",
     [("period", "2024-06-02/2024-07-15", "от 2 юни до 15 юли 2024 г."), ("number", "340", "340")]),
    # a fraction in words gives no fact; a fraction before a scale word is read
    ("ru", "Две трети бюджета ушли на зарплаты, три четверти — на стройку; две тысячи человек.",
     [("number", "2000", "две тысячи")]),
    ("uk", "Дві третини коштів і три чверті видатків.", []),
    ("be", "Апрацавана дзве трэці палёў і тры чвэрці лугоў.", []),
    ("bg", "Две трети от бюджета и три четвърти от разходите.", []),
    ("en", "Two thirds of voters backed it; three quarters of a million people came.",
     [("number", "750000", "three quarters of a million")]),
    ("ro", "Au fost numărate două treimi din voturi și trei sferturi din buletine.", []),
    # the first end of a range takes the unit of the second in hundredths when the second is in them
    ("ka", "ტარიფი 6-დან 25 თეთრამდე გაიზრდება.",
     [("money", "0.06 GEL", "6-დან"), ("money", "0.25 GEL", "25 თეთრამდე")]),
    ("ru", "Проезд подорожал с 40 до 90 копеек.", [("money", "0.4 RUB", "40"), ("money", "0.9 RUB", "90 копеек")]),
    # three months in a row joined by dashes are one period
    ("ky", "2026-жылдын июль-август-сентябрь айларына.",
     [("period", "2026-07/2026-09", "2026-жылдын июль-август-сентябрь")]),
    # the hundredths join their currency where the region reads it as another (Moldovan lei and bani)
    ("ro", "În Republica Moldova biletul costă 6 lei și 35 de bani.", [("money", "6.35 MDL", "6 lei și 35 de bani")]),
    # before the hundredths one dot and three digits are a decimal point where decimals take a comma
    ("ka", "ტარიფი 38.215 თეთრია.", [("money", "0.38215 GEL", "38.215 თეთრია")]),
    # a number written twice with a hyphen is "that many each", one figure
    ("ka", "ტარიფი 4-4 თეთრით გაიზარდა.", [("money", "0.04 GEL", "4-4 თეთრით")]),
    # a quarter with no year of its own takes a year written earlier in its sentence
    ("en", "In 2022, exports fell 3% in the second quarter and rose in Q3.",
     [("date", "2022", "2022"), ("percent", "3", "3%"), ("period", "2022-04/2022-06", "second quarter"),
      ("period", "2022-07/2022-09", "Q3")]),
    # an Armenian sentence may end in an ASCII colon: the year before it is another sentence's
    ("hy", "2023թ. ապրիլին գները աճել են 4%-ով: Նախորդ տարվա նույն ամսին աճը 1% էր:",
     [("date", "2023-04", "2023թ. ապրիլին"), ("percent", "4", "4%-ով"), ("date", "2024", "Նախորդ տարվա"),
      ("percent", "1", "1%")]),
    # a horizontal bar joins a range as a dash does
    ("tk", "Sergi 12 ― 14-nji martda geçiriler.", [("period", "2025-03-12/2025-03-14", "12 ― 14-nji martda")]),
    # a count before a counter's word on a byline whose time comes after it, or that has only a date
    ("kk", "Жаңалықтар 7 пікір 18:30", []),
    ("tk", "Habar\n\n14.05.2024 // 310 gezek okaldy", [("date", "2024-05-14", "14.05.2024")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_news_pattern(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, lang) == expected
