"""Uzbek (Latin). CLDR gives months, separators, currency names, scale words and ``foiz``.

Apostrophe variants (o' oʻ o‘ o’) are folded in word tables; phrases matched
literally (qualifiers, addresses, range words) list the common variants.
"""

from cisfacts.langdata import LanguageData

# No "ka" and no bare "-gi": with CLDR's month abbreviations "mar", "yan" they would
# read "marka" (brand) and "yangi" (new) as months. "-gi" comes with "-da" ("yildagi")
# or in whole words ("yilgi").
# "-dagidan", "-dagiga" (than / to the one in): "2019-yildagidan uch baravar ko'p".
# "-gachani": a limit as an object ("11 ming so'mgachani tashkil etdi")
_CASES = ("ning", "ni", "ga", "qa", "da", "dan", "gacha", "gachani", "qacha", "dagi", "dagidan", "dagiga")

DATA = LanguageData(
    code="uz",
    # "15-martga qadar" (until 15 March) is the same as "15-martgacha"; "5 mln so'mga qadar" is up to.
    up_to_after=("-gacha", "qadar"),
    vague_words=("bir necha", "o‘nlab", "o'nlab", "o’nlab", "yuzlab", "minglab", "millionlab"),
    and_a_half=("yarim",),
    # "yarim million tonna" is 500000 t, "bir yarim million" stays 1.5 million.
    fraction_words={"0.5": ("yarim",)},
    list_conjunctions=("va",),
    alternative_conjunctions=("yoki",),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    counter_words_after=("marta ko'rilgan", "ko'rishlar", "izoh*",),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("shundan", "shu jumladan", "ulardan",),
    name="Uzbek",
    locale="uz",
    script="Latn",
    alphabet="abcdefghijklmnopqrstuvxyzʻ'",
    detect_letters="qʻ",
    # oʻ gʻ, and sh/ch where the other Turkic Latin alphabets write ş/ç.
    detect_markers=("oʻ", "gʻ", "o'", "g'", "o‘", "g‘", "sh", "ch"),
    detect_words=(
        "va", "bilan", "uchun", "yil", "yilda", "bo'yicha", "ham", "esa", "qilib", "etdi", "yilning",
        "so'm", "ming", "foiz", "foizga", "nafar", "ko'ra", "bo'ldi", "bo'lgan", "joriy", "tashkil", "o'tgan",
        "qilindi", "qilingan", "e'lon", "yilga", "yildan", "dollarga", "dollardan", "foizli", "foizlik", "oshdi",
        "yetdi", "haqda", "beriladi",
    ),
    suffix_slots=(
        ("lik", "lig"),
        ("lar",),
        ("i", "si", "imiz", "ingiz"),
        _CASES,
    ),
    # "dollari" -> "dollar*", "tengesi" -> "tenge*", "so'mi" -> "so'm*".
    stem_strip="is",
    hyphen_endings=(
        "ga", "ka", "qa", "da", "dan", "ni", "ning", "gacha", "dagi", "lik", "ta",
    ),
    number_endings=(
        "ta", "tasi", "tadan", "taga", "tani", "taning", "tagacha",
        "ga", "ka", "qa", "da", "dan", "ni", "ning", "gacha",
    ),
    number_words={
        1: ("bir*", "bitta"),
        2: ("ikki*",),
        3: ("uch*",),
        4: ("to'rt*",),
        5: ("besh*",),
        # Not "olti*": "oltini" is more often "its gold" (oltin + i: "5-oltini") than "the six".
        6: ("olti", "oltita", "oltitasi", "oltitadan", "oltitaga", "oltitani", "oltiga", "oltida", "oltidan",
            "oltining", "oltigacha"),
        7: ("yetti*",),
        8: ("sakkiz*",),
        9: ("to'qqiz*",),
        10: ("o'n*",),
        20: ("yigirma*",),
        30: ("o'ttiz*",),
        40: ("qirq*",),
        50: ("ellik*",),
        60: ("oltmish*",),
        70: ("yetmish*",),
        80: ("sakson*",),
        90: ("to'qson*",),
        100: ("yuz*",),
        1000: ("ming*",),
        1_000_000: ("million*",),
        1_000_000_000: ("milliard*",),
        1_000_000_000_000: ("trillion*",),
    },
    # "yuz" is also a face and "yuz berdi" (happened): alone it is no figure.
    weak_number_words=("bir*", "bitta", "yuz*"),
    # a temperature below zero: "4 градуса мороза"
    below_zero_after=("sovuq",),
    # a negative balance: "saldo minus 2,6 milliard $"
    minus_words=("minus",),
    scale_words={
        # "96 mingta avtomobil": the counting suffix "-ta" glued to the scale word.
        1000: ("ming*", "mingta*"),
        1_000_000: ("mln", "mln.", "million*"),
        # "millard": a frequent spelling in news ("6,8 millard $")
        1_000_000_000: ("mlrd", "mlrd.", "milliard*", "millard*"),
        1_000_000_000_000: ("trln", "trln.", "trillion*"),
    },
    # An anniversary is "34 yilligi"; "5 yillik dastur" (a five-year programme) is a duration. A short
    # hotline number: "146 ishonch telefoniga".
    ordinal_words=("yillig*", "yillik bayram*", "yillik yubiley*", "yosh*", "yoshli*", "ishonch telefon*",
                   # A short hotline number named after it: "1172 call-markazi".
                   "call-markaz*", "koll-markaz*", "call-center*",
                   # A page's read counter after its number: "1 052 marta o'qildi".
                   "marta o'qildi", "marta ko'rildi", "marta ko'rilgan",
                   # A short phone number named after it: "102 raqamiga xabar bering".
                   "raqamiga", "raqamlariga", "raqami orqali", "raqamlari orqali"),
    address_words=(
        "ko'chasi", "koʻchasi", "ko‘chasi", "ko’chasi", "ko'ch.", "koʻch.",
        "shoh ko'chasi", "shoh koʻchasi", "prospekti", "mavzesi", "massivi", "mahallasi",
    ),
    reference_markers=(
        "№", "tel.", "tel", "telefon", "telefoni", "telefonlari", "faks", "uy", "xonadon", "kv.", "xona",
        # Page footers: "Manzil: 100000, Toshkent", "Call-markaz: 1090", "Obuna indeksi: 222".
        "manzil", "manzilimiz", "pochta indeksi", "obuna indeksi", "nashr indeksi", "indeks:",
        "call-markaz", "call-markazi",
        "call-center",
        # a short phone number: "Qisqa raqam: 1148"
        "qisqa raqam", "qisqa raqami",
        # A page's view counter: "Ko'rishlar: 3 418", "Ko'rildi: 15 906", "👁 2 731".
        # (with its colon: "ko'rishlar soni 2 barobar oshdi" is a figure)
        "ko'rishlar:", "ko'rishlar soni:", "ko'rilganlar soni:", "ko'rildi:", "👁",
        # Read and comment counters and a site's visit counter: "O'qildi: 2 984", "Izohlar: 12", "💬 14",
        # "Saytga tashriflar: bugun 1 312".
        "o'qildi:", "izohlar:", "💬", "tashriflar:", "tashriflar: bugun",
        # the comment count in brackets: "Izohlar (7)"
        "izohlar (",
        # aircraft models: "Boeing 787-9"
        "Boeing",
    ),
    # "3 daq oʻqish" (a 3-minute read) is no figure.
    time_words=("soat*", "daqiqa*", "min.", "daq", "daq."),
    currency_words={
        "USD": ("dollar*", "AQSH dollar*", "AQSh dollar*", "doll."),
        # (and the old spelling "sum", exact forms only: "summa" is an amount)
        "UZS": ("so'm*", "O'zbekiston so'm*", "sum", "sumga", "sumdan", "sumni", "sumlik", "sumgacha"),
        "EUR": ("yevro*", "evro*"),
        "RUB": ("rubl*", "Rossiya rubl*"),
        "KZT": ("tenge*",),
        "CNY": ("yuan*",),
        "KGS": ("Qirg'iziston som*",),
        "TJS": ("somoni*",),
        "GBP": ("funt sterling*",),
        "JPY": ("iyena*",),
    },
    # "50 tiyin" is 0.5 UZS; "20 dollar 43 sent" is 20.43 USD.
    subunit_words={"UZS": ("tiyin*",)},
    cent_words=("sent*", "tsent*"),
    # Whole forms: CLDR's exact "foiz" would otherwise end the match before "punkt".
    percent_words=(
        "foiz*", "foizli", "protsent*", "foiz punkt", "foiz punkti", "foiz punktga", "foiz punktiga", "foiz punktdan",
        "foiz punktni", "foiz punktini", "foiz punktda", "foiz punktgacha",
    ),
    # "500 ga yaqin" is the dative ending written apart ("close to 500"), not hectares.
    unit_exclude=("ga",),
    per_unit_words={
        "c/ha": ("gektaridan", "gektariga", "har gektaridan", "har gektardan", "har bir gektaridan", "bir gektardan",
                 # "gektaridan o'rtacha 52 sentner": the average between.
                 "gektaridan o'rtacha", "har gektaridan o'rtacha", "gektariga o'rtacha"),
    },
    # Wind and vehicle speeds: "sekundiga 15 metr", "soatiga 250 km" are numbers, as "15 m/s" is.
    speed_words_before=("sekundiga", "soniyasiga", "soatiga"),
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": ("t/ga",),
        "TWh": ("TVt·soat*", "TVt soat*", "teravatt-soat*", "teravatt soat*"),
        # The "-li" adjective: "10 tonnali yuk mashinasi", "0,5 litrli idish" (the "-lik" one is a suffix slot).
        "t": ("tonna*", "tonnali", "tn", "t"),
        # "1 kilo goʻsht", "kartoshkaning kilosi": the everyday word for a kilogram.
        "kg": ("kilogramm*", "kilogram*", "kilogrammli", "kilogramli", "kg", "kilo*"),
        # "1 grami uchun" (per gram): news writes one m as often as two.
        "g": ("gramm*", "gram*", "grammli", "gramli"),
        "c": ("sentner*", "ts"),
        "c/ha": ("s/ga", "ts/ga", "sentner/gektar*"),
        "ha": ("gektar*",),
        "km2": ("kvadrat kilometr*", "kv. km", "kv.km", "km²"),
        "m2": ("kvadrat metr*", "kvadrat metrli", "kv. metr*", "kv. metrli", "kv.metr*", "kv.metrli",
               "kv. m", "kv.m", "m²"),
        "km": ("kilometr*", "kilometrli", "km"),
        "m": ("metr*", "metrli", "m"),
        "m3": ("kub metr*", "kubometr*", "kub metrli", "kubometrli", "kub. metr*", "kub. m", "kub.m", "kub m", "m³"),
        "l": ("litr*", "litrli"),
        # statistics tables abbreviate with dots: "12 024,3 mln.kVt.s"
        "kWh": ("kVt·soat*", "kVt soat*", "kilovatt-soat*", "kilovatt soat*", "kVt.s", "kVt.soat*"),
        "MWh": ("MVt·soat*", "MVt soat*", "megavatt-soat*", "megavatt soat*"),
        "GWh": ("GVt·soat*", "GVt soat*", "gigavatt-soat*", "gigavatt soat*"),
        "MW": ("megavatt*", "megavattli", "MVt", "MVt*"),
        "GW": ("gigavatt*", "gigavattli", "GVt", "GVt*"),
        "bbl": ("barrel*",),
    },
    change_before={
        "increase": ("o'sish*",),
        "decrease": ("pasayish*", "kamayish*", "qisqarish*"),
    },
    # "amalga oshirildi" (was carried out) is no increase: "oshir*" is left out, and "ortiq"
    # (more than) keeps "ort*" to its verb forms.
    change_after={
        "increase": (
            "oshdi", "oshib", "oshgan*", "oshishi*", "oshadi", "oshmoqda", "o'sdi", "o'sib", "o'sgan*", "o'sish*",
            "o'sadi", "o'smoqda", "ortdi", "ortib", "ortgan*", "ortishi*", "ko'pay*", "ko'taril*", "qimmatlash*",
            "ko'p", "ko'proq", "-ga ortiq", "-ka ortiq",
            # "450 so'mgacha oshiriladi" (will be raised to): "oshir-" only after "-gacha", as
            # "amalga oshirildi" (was carried out) is no increase (exact forms: a stem would lose the ending).
            "-gacha oshirildi", "-gacha oshiriladi", "-gacha oshirilib", "-gacha oshirilgan", "-gacha oshirilishi",
            "-gacha oshirdi", "-gacha oshiradi", "-gacha oshirib", "-gacha oshirish",
        ),
        "decrease": (
            "kamay*", "pasay*", "qisqar*", "arzonlash*", "-ga kam", "-ga kamroq", "-ka kam",
            # "5 foizga tushdi" (fell by), "17 foizgacha tushdi" (fell to); but "budjetga 5 trln so'm tushdi"
            # (came in) is no fall.
            "-ga tushdi", "-ga tushib", "-ga tushgan", "-ka tushdi", "-gacha tushdi", "-gacha tushib", "-gacha tushgan",
        ),
    },
    # "1 mlrd dollargacha" (up to), "5 foizda" (at), and "10 mlrd dollardan oshdi" (exceeded: the
    # ablative is where a figure starts from or what it passes, never the size of a change).
    restating_words=("yoki", "ya'ni"),
    level_after=(
        "-gacha", "-qacha", "-da", "-dan", "yet*", "daraja*", "qadar",
    ),
    months_inflect=True,
    # Names written the Russian way. A month with "oy" (month) carrying the range endings: "mart oyidan
    # avgust oyigacha" is a range like "martdan avgustgacha" ("mart oyida" keeps its span to the name).
    month_words={
        1: ("yanvar oyidan", "yanvar oyigacha"), 2: ("fevral oyidan", "fevral oyigacha"),
        3: ("mart oyidan", "mart oyigacha"), 4: ("aprel oyidan", "aprel oyigacha"), 5: ("may oyidan", "may oyigacha"),
        6: ("iyun oyidan", "iyun oyigacha"), 7: ("iyul oyidan", "iyul oyigacha"),
        8: ("avgust oyidan", "avgust oyigacha"),
        9: ("sentyabr*", "sentabr oyidan", "sentabr oyigacha", "sentyabr oyidan", "sentyabr oyigacha"),
        10: ("oktyabr*", "oktabr oyidan", "oktabr oyigacha", "oktyabr oyidan", "oktyabr oyigacha"),
        11: ("noyabr oyidan", "noyabr oyigacha"), 12: ("dekabr oyidan", "dekabr oyigacha"),
    },
    # "2024-yilgidan" (than 2024's): "-gi" only with its case, never alone as a slot (see _CASES).
    year_words=("yil*", "yilgi", "yilgidan", "yilgiga", "y."),
    this_year_words=("yilning",),
    # "Eksport 9 oyda 12 foizga oshdi": the months of this year so far (a headline of a statistics report).
    months_so_far_endings=("da",),
    # "9 oy yakunlariga ko'ra", "9 oylik natijalar": the 9-month results
    months_so_far_after=("yakun*", "natija*"),
    # "the last 6 months", "every 3 months", "the coming 6 months", "1 yil 6 oyda": a span, not the year so far.
    months_so_far_blockers=("so'nggi", "oxirgi", "har", "o'tgan", "keyingi", "kelgusi", "yaqin", "yil"),
    year_range_words=("yillar*",),
    range_from_endings=("dan",),
    range_to_endings=("gacha",),
    range_until=(
        "qadar",
        "oralig'ida", "oraligʻida", "oralig‘ida", "oralig’ida",
        "oralig'idagi", "oraligʻidagi", "oralig‘idagi", "oralig’idagi",
    ),
    ordinal_numbers={
        1: ("birinchi", "dastlabki"),
        2: ("ikkinchi",),
        3: ("uchinchi",),
        4: ("to'rtinchi",),
    },
    half_words=("yarim yillik*", "yarim yillig*", "yarimyillik*", "yarimyillig*", "yarm*", "yarim*"),
    quarter_words=("chorak*", "chorag*", "chorakka"),
    # a half of anything: "o'yinning birinchi yarmida" is no half year (a half year with a year word before or after it)
    generic_halves=("yarm*",),
    duration_words={
        "year": ("yil*",),
        "month": ("oy*",),
        "week": ("hafta*",),
        "day": ("kun*", "sutka*", "ish kun*"),
    },
    # "yarim yil ichida" (within half a year) is six months; "birinchi yarim yillikda" stays a half-year period.
    whole_durations={"P6M": ("yarim yil", "yarim yilda", "yarim yilga", "yarim yildan", "yarim yilgacha")},
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "o'tgan oy": -1,
        "o'tgan oyda": -1,
        "o'tgan oyning": -1,
        "o'tgan oydagi": -1,
        "joriy oy": 0,
        "joriy oyda": 0,
        "joriy oyning": 0,
        "shu oy": 0,
        "shu oyda": 0,
        "kelgusi oy": 1,
        "kelgusi oyda": 1,
        "keyingi oy": 1,
        "keyingi oyda": 1,
        # "since last month", "compared with last month", "from next month".
        "o'tgan oydan": -1,
        "o'tgan oyga": -1,
        "o'tgan oydagidan": -1,
        "joriy oydan": 0,
        "joriy oyga": 0,
        "shu oydan": 0,
        "kelgusi oydan": 1,
        "kelgusi oyga": 1,
        "keyingi oydan": 1,
        "kelgusi oyning": 1,
        "keyingi oyning": 1,
        "shu oyning": 0,
    },
    # "o'tgan yarim yillikda": the period of that half year (not "o'tgan yarim yilda", the past six months)
    relative_halves={
        "o'tgan yarim yillikda": -1,
        "o'tgan yarim yillikning": -1,
        "o'tgan yarim yillikdagi": -1,
        "o'tgan yarim yillikdan": -1,
        "o'tgan yarim yillikka": -1,
        "o'tgan yarimyillikda": -1,
        "o'tgan yarimyillikning": -1,
        "joriy yarim yillik": 0,
        "joriy yarim yillikda": 0,
        "joriy yarim yillikning": 0,
        "joriy yarim yillikdan": 0,
        "joriy yarim yillikka": 0,
        "joriy yarimyillikda": 0,
        "shu yarim yillikda": 0,
        "shu yarim yillikning": 0,
        "kelgusi yarim yillikda": 1,
        "kelgusi yarim yillikning": 1,
        "kelgusi yarim yillikdan": 1,
        "kelgusi yarim yillikka": 1,
        "keyingi yarim yillikda": 1,
        "keyingi yarim yillikning": 1,
        "keyingi yarim yillikdan": 1,
        "kelgusi yarimyillikda": 1,
    },
    # "o'tgan chorakda": the period of that quarter (not a bare "o'tgan chorak": "o'tgan chorak asr", a quarter century)
    relative_quarters={
        "o'tgan chorakda": -1,
        "o'tgan chorakning": -1,
        "o'tgan chorakdagi": -1,
        "joriy chorak": 0,
        "joriy chorakda": 0,
        "joriy chorakning": 0,
        "shu chorakda": 0,
        "kelgusi chorakda": 1,
        "keyingi chorakda": 1,
        # "since last quarter", "compared with last quarter", "from next quarter".
        "o'tgan chorakdan": -1,
        "o'tgan chorakka": -1,
        "o'tgan chorakdagidan": -1,
        "joriy chorakdan": 0,
        "joriy chorakka": 0,
        "shu chorakdan": 0,
        "kelgusi chorakdan": 1,
        "kelgusi chorakka": 1,
        "keyingi chorakdan": 1,
        "kelgusi chorakning": 1,
        "keyingi chorakning": 1,
        "shu chorakning": 0,
    },
    # a day of a relative month: "by the 15th of next month"
    relative_months_before_day=("o'tgan oyning", "joriy oyning", "shu oyning", "kelgusi oyning", "keyingi oyning",),
    # "that same year": the year written last before it
    # the year in the genitive comes before its month: "өткен жылдың қыркүйегі"
    relative_year_after_month=False,
    # "har bir yili uchun" (for each year): one of each, no length of time
    each_words=("har",),
    same_year_words=("o'sha yili", "o'sha yilning", "o'sha yilda"),
    relative_years={
        "o'tgan yil": -1,
        "o'tgan yili": -1,
        "o'tgan yilda": -1,
        "o'tgan yilning": -1,
        "o'tgan yilgi": -1,
        "o'tgan yildagi": -1,
        "o'tgan yilga": -1,
        # "than last year's": "hosil o'tgan yilgidan 400 ming tonnaga ko'p".
        "o'tgan yilgidan": -1,
        "o'tgan yildagidan": -1,
        # "compared with last year's": "o'tgan yilgiga qaraganda 1,4 barobar ko'p".
        "o'tgan yilgiga": -1,
        "o'tgan yildagiga": -1,
        "bultur": -1,
        "bulturgi": -1,
        "bu yil": 0,
        "bu yili": 0,
        "bu yilgi": 0,
        "shu yil": 0,
        "shu yili": 0,
        "shu yilgi": 0,
        "shu yilda": 0,
        "shu yilning": 0,
        "joriy yil": 0,
        "joriy yili": 0,
        "joriy yilda": 0,
        "joriy yilning": 0,
        "joriy yilgi": 0,
        "joriy yildagi": 0,
        "joriy yilga": 0,
        "joriy yildan": 0,
        # "than this year's": "budjet joriy yilgidan 4,2 trln so'm ko'p".
        "joriy yilgidan": 0,
        "joriy yildagidan": 0,
        "joriy yilgiga": 0,
        "joriy yildagiga": 0,
        "bu yilgidan": 0,
        "bu yilgiga": 0,
        "kelgusi yil": 1,
        "kelgusi yili": 1,
        "kelgusi yilda": 1,
        "kelgusi yilning": 1,
        "kelgusi yilgi": 1,
        "kelgusi yildan": 1,
        "kelgusi yilga": 1,
        "kelasi yil": 1,
        "kelasi yili": 1,
        "kelasi yilda": 1,
        "kelasi yilning": 1,
        "kelasi yildan": 1,
    },
    qualifiers_before={
        "qariyb": "approx",
        "taxminan": "approx",
        "salkam": "approx",
        "deyarli": "approx",
        "kamida": "at_least",
        "eng kamida": "at_least",
        "ko'pi bilan": "at_most",
        "koʻpi bilan": "at_most",
        "ko‘pi bilan": "at_most",
        "ko’pi bilan": "at_most",
    },
    qualifiers_after={
        "dan ortiq": "over",
        "-dan ortiq": "over",
        "-dan oshdi": "over",
        "-dan oshib": "over",
        "-dan oshgan": "over",
        "-dan oshadi": "over",
        "-dan oshishi": "over",
        "-dan oshmoqda": "over",
        "dan ortiqni": "over",
        "ortiqni": "over",
        "dan ortig'i": "over",
        "ortig'i": "over",
        "dan ortigʻi": "over",
        "ortigʻi": "over",
        "dan ortig‘i": "over",
        "ortig‘i": "over",
        "dan ortig’i": "over",
        "ortig’i": "over",
        "-dan ko'proq": "over",
        "-dan ko'p": "over",
        "-dan kam": "under",
        "ortiq": "over",
        "dan ziyod": "over",
        "ziyod": "over",
        "dan oshiq": "over",
        "oshiq": "over",
        "dan ko'proq": "over",
        "dan koʻproq": "over",
        "dan ko‘proq": "over",
        "ko'proq": "over",
        "koʻproq": "over",
        "ko‘proq": "over",
        "dan ko’proq": "over",
        "ko’proq": "over",
        "dan oshdi": "over",
        "dan oshib": "over",
        "dan oshgan": "over",
        # "3 GVt dan oshadi": the ablative written apart after an abbreviation.
        "dan oshadi": "over",
        "dan oshishi": "over",
        "dan oshmoqda": "over",
        "oshib ketdi": "over",
        "ga yaqin": "approx",
        "ga yaqinlashdi": "approx",
        "yaqinlashdi": "approx",
        "yaqin": "approx",
        "atrofida": "approx",
        "atrofidagi": "approx",
        "chamasi": "approx",
        # Not a bare "kam": "1,8 mlrd kub metrga kam" is "less by", a change.
        "dan kam": "under",
        "dan kam emas": "at_least",
        "kam emas": "at_least",
        "kam bo'lmagan": "at_least",
        "kam boʻlmagan": "at_least",
        "kam bo‘lmagan": "at_least",
        "kam bo’lmagan": "at_least",
        "kam bo'lmasligi": "at_least",
        "kam boʻlmasligi": "at_least",
        "kam bo‘lmasligi": "at_least",
        "kam bo’lmasligi": "at_least",
        "oshmaydi": "at_most",
        "oshmasligi": "at_most",
        "oshmagan": "at_most",
        "oshmaydigan": "at_most",
        "dan oshmaydi": "at_most",
        "dan oshmasligi": "at_most",
        # The counted noun between the figure and its qualifier: "3,5 mln tonnadan ortiq paxta",
        # "38 mln kishidan oshdi", "1 mln gektarga yaqin".
        "nafardan ortiq": "over", "nafardan oshdi": "over", "nafardan oshadi": "over", "nafardan ziyod": "over",
        "nafarga yaqin": "approx", "nafar atrofida": "approx", "nafardan kam": "under",
        "kishidan ortiq": "over", "kishidan oshdi": "over", "kishidan oshadi": "over", "kishidan ziyod": "over",
        "kishiga yaqin": "approx", "kishi atrofida": "approx", "kishidan kam": "under",
        "tonnadan ortiq": "over", "tonnadan oshdi": "over", "tonnadan oshadi": "over", "tonnadan ziyod": "over",
        "tonnaga yaqin": "approx", "tonna atrofida": "approx", "tonnadan kam": "under",
        "gektardan ortiq": "over", "gektardan oshdi": "over", "gektardan oshadi": "over", "gektardan ziyod": "over",
        "gektarga yaqin": "approx", "gektar atrofida": "approx", "gektardan kam": "under",
    },
)
