"""English. CLDR gives separators, months, currency names and unit words."""

from cisfacts.langdata import LanguageData

DATA = LanguageData(
    code="en",
    this_year_after=("of the year", "of the current year"),
    units_after_hyphen=True,
    vague_words=("several", "a few", "few", "tens of", "hundreds of", "thousands of", "millions of", "many"),
    whole_durations={
        "P6M": ("half a year", "half-year", "half year"),
        "P50Y": ("half a century", "half-century", "half century"),
        "P10Y": ("a decade",),
    },
    and_a_half=("and a half",),
    fraction_words={
        "0.5": ("half a", "half"),
        "0.25": ("a quarter of a", "quarter of a", "a quarter", "quarter"),
        "0.75": ("three quarters of a", "three-quarters of a", "three quarters", "three-quarters"),
    },
    # a fraction in words gives no fact: "two thirds of the budget" is no 2
    fraction_denominators=("third", "thirds", "quarters of", "fifths", "tenths"),
    list_conjunctions=("and",),
    alternative_conjunctions=("or",),
    # a bare number compared with the figure before it: "44 рубля вместо 38"
    instead_words=("instead of", "versus", "vs", "vs."),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    counter_words_after=("views", "comments", "reads", "shares",),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("of which", "including",),
    # deadlines at the end or the middle of a month: "to be named before the end of January" (read in October,
    # next January); not "by" or "until" alone ("cut by 5%")
    # a deadline before a day, not "up to" before figures: "к 1 марта", "by January 15"
    deadline_words_before=("by", "due", "until", "till"),
    up_to_before=(
        "by the end of", "before the end of", "until the end of", "till the end of", "by the middle of",
        "no later than", "not later than",
    ),
    name="English",
    locale="en",
    script="Latn",
    alphabet="abcdefghijklmnopqrstuvwxyz",
    detect_prior=0.5,
    # Letter groups other Latin-script languages here rarely write ("sh"/"ch" count for Uzbek).
    detect_markers=("th", "wh", "ing ", "tion", "ed ", "ck", "ee", "oo"),
    detect_words=(
        "the", "of", "and", "in", "to", "a", "is", "was", "for", "on", "that", "with", "by", "year", "said",
        "from", "has", "have", "were", "its", "at", "as", "are", "will", "years", "percent",
        "than", "this", "which", "been", "after", "also", "about", "according", "government", "minister", "court",
        # page chrome: "Subscribe to our Telegram channel", "We use cookies", "All rights reserved"
        "our", "we", "you", "your", "not", "it", "they", "be", "but", "all", "rights", "reserved",
        # news words no other Latin-script language here writes
        "views", "built", "sent", "home", "road", "new", "more", "last", "first", "rose", "fell", "week", "month",
        "people", "had", "would", "could", "into", "over", "up", "billion", "tonnes",
    ),
    free_endings=0,
    minus_words=("minus", "negative"),
    # a temperature below zero: "4 градуса мороза"
    below_zero_after=("below zero", "below freezing"),
    above_zero_after=("above zero", "above freezing"),
    number_words={
        0: ("zero",),
        1: ("one",),
        2: ("two",),
        3: ("three",),
        4: ("four",),
        5: ("five",),
        6: ("six",),
        7: ("seven",),
        8: ("eight",),
        9: ("nine",),
        10: ("ten",),
        11: ("eleven",),
        12: ("twelve",),
        13: ("thirteen",),
        14: ("fourteen",),
        15: ("fifteen",),
        16: ("sixteen",),
        17: ("seventeen",),
        18: ("eighteen",),
        19: ("nineteen",),
        20: ("twenty",),
        30: ("thirty",),
        40: ("forty",),
        50: ("fifty",),
        60: ("sixty",),
        70: ("seventy",),
        80: ("eighty",),
        90: ("ninety",),
        100: ("hundred",),
        1000: ("thousand",),
        1_000_000: ("million",),
        1_000_000_000: ("billion",),
        1_000_000_000_000: ("trillion",),
    },
    weak_number_words=("one",),
    number_conjunctions=("and",),
    scale_words={
        1000: ("thousand", "thousands"),
        1_000_000: ("million", "mln", "mn", "millions"),
        1_000_000_000: ("billion", "bn", "bln", "billions"),
        1_000_000_000_000: ("trillion", "tn", "trn", "trln", "trillions"),
    },
    money_scale_words={1000: ("k", "K"), 1_000_000: ("m", "M"), 1_000_000_000: ("b", "B")},
    reference_markers=(
        "No.", "no.", "#", "No", "Article", "article", "Section", "section", "tel.", "page", "Page", "p.", "pp.",
        "Resolution", "Law", "Decree", "Order", "Flight", "flight", "gate", "Gate", "room", "Room", "Chapter",
        "hotline", "dial", "phone", "telephone", "tel",
        # "under Part 4 of Article 189", "the hotline at 1414"
        "Part", "part", "Paragraph", "paragraph", "Clause", "clause", "hotline at", "helpline", "helpline at",
        "call center at", "call centre at", "short number",
        # "by phone at 1006": a short hotline number (not "sold the phone at $999")
        "by phone at", "by telephone at",
        # a grade or category named by a digit ("Class 1 cotton", "a Category 4 storm")
        "Class", "Category",
        # page footers: "Address: 100011, Tashkent"
        "Address", "address", "postcode", "postal code", "zip code",
        # offices and flats in footers ("Ave. 6/3, office 84"); ages ("defendants aged 45")
        "office", "suite", "apt.", "aged",
        # "the majority were ages 30 to 44", "children under age 5"
        "ages", "age",
        # aircraft models: "two Boeing 787-8 Dreamliners"
        "Boeing",
        # motor racing series in a site's menu: "Football | Formula 1 | Tennis"
        "Formula",
        # view counters of page chrome: "Views: 2,317"
        "Views:", "views:", "👁",
        # Moldovan postcodes: "IPN | MD-2068, Chisinau" (no year 2068)
        "MD-",
        # comment counters of page chrome: "👁 1 208 | 💬 14"
        "💬",
        # age limits: "pensioners under 70 will receive GEL 450", "children under 7 travel free"
        "children under", "children over", "kids under", "pensioners under", "pensioners over", "retirees under",
        "retirees over", "people under", "people over", "citizens under", "citizens over", "persons under",
        "persons over",
    ),
    # not "Street", "Road", "Avenue", "St.": matched in any case they are common nouns ("the road will be 38.5 km
    # long", "road construction of 1,200 km") and Saint ("St. Petersburg on June 18"), and English writes the
    # number first ("12 Abay Street")
    address_words=("Ave.", "Blvd.", "Rd."),
    # view counters of page chrome after the number: "14:35 · 1,947 views"
    # "its 1.5 millionth visitor": an ordinal
    # "px": a font size in page chrome ("+ − 16 px")
    # an age written with a space: "a 17-year old girl", "he is 40 years old"
    ordinal_words=("views", "thousandth", "millionth", "billionth", "px", "year old", "years old"),
    address_words_after=(
        "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Lane", "Prospekt", "Highway",
        "Square", "Embankment",
        # "31 Uzeyir Hajibeyov str."; the abbreviations without their dot ("7 Ilia Chavchavadze Ave, Tbilisi")
        "str.", "Ave", "Blvd",
    ),
    # hours and minutes are no duration, as in every other language here ("Posted 3 hours ago", "a 40-minute talk")
    time_words=(
        "a.m.", "p.m.", "am", "pm", "o'clock", "GMT", "UTC", "hrs", "hour", "hours", "minute", "minutes", "min",
        "mins", "min.",
    ),
    currency_words={
        "USD": (
            "dollar", "dollars", "US dollar", "US dollars", "U.S. dollars", "U.S. dollar", "USD", "US$",
            "American dollar", "American dollars",
        ),
        "EUR": ("euro", "euros"),
        "KZT": ("tenge", "tenges", "Kazakh tenge", "Kazakhstani tenge"),
        "RUB": ("ruble", "rubles", "rouble", "roubles", "Russian roubles", "Russian rouble"),
        "BYN": ("Belarusian rouble", "Belarusian roubles", "Belarusian ruble", "Belarusian rubles"),
        "BGN": ("lev", "leva"),
        "GBP": ("pound", "pounds", "pound sterling", "pounds sterling"),
        "CNY": ("yuan", "renminbi"),
        "AZN": ("manat", "manats"),
        "TMT": ("Turkmen manat", "Turkmen manats"),
        # "som" is mostly the Kyrgyz som; Uzbek news writes "soums" (and "som" in texts about Uzbekistan)
        "UZS": ("soum", "soums", "sums", "Uzbek soum", "Uzbek soums", "Uzbek som", "Uzbek soms", "Uzbek sums"),
        "KGS": ("som", "soms", "Kyrgyz som", "Kyrgyz soms"),
        "TJS": ("somoni", "Tajik somoni"),
        "GEL": ("lari", "laris"),
        "AMD": ("dram", "drams"),
        "PLN": ("zloty", "zlotys", "zlotych"),
        "HUF": ("forint", "forints"),
        "RON": ("lei", "leu"),
        "JPY": ("yen",),
        "UAH": ("hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvna", "hryvnas"),
        "TRY": ("lira", "liras", "Turkish lira", "Turkish liras"),
        "CZK": ("Czech crown", "Czech crowns", "koruna", "korunas"),
        "SEK": ("Swedish krona", "Swedish kronor"),
    },
    # The hundredths of the region's currencies as English news writes them: "9.5 qapiks per kWh",
    # "50 tiyn", "30 kopecks". "bani" is Romania's, Moldova's in texts about Moldova (regional_currencies).
    # Not "ban" (the word), nor "luma" (Armenian, too rare to tell from a name).
    subunit_words={
        "AZN": ("qapik", "qapiks", "gapik", "gapiks", "qepik", "qepiks"),
        "KZT": ("tiyn", "tiyns"),
        "UZS": ("tiyin", "tiyins"),
        "KGS": ("tyiyn", "tyiyns"),
        "TJS": ("diram", "dirams"),
        "GEL": ("tetri",),
        "RUB": ("kopeck", "kopecks", "kopek", "kopeks"),
        "UAH": ("kopiyka", "kopiykas", "kopiyky", "kopiyok", "kopiika", "kopiikas"),
        "RON": ("bani",),
        "GBP": ("pence", "penny"),
    },
    # "20 dollars 43 cents", "$5 and 20 cents"
    cent_words=("cent", "cents", "eurocent", "eurocents", "euro cents"),
    percent_words=("percent", "per cent", "pct", "percentage point", "percentage points", "pp", "p.p.", "ppt"),
    # "mcm": million cubic metres of gas ("15 mcm per day")
    scaled_unit_words={"bcm": ("m3", "1000000000"), "tcm": ("m3", "1000000000000"), "mcm": ("m3", "1000000")},
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": ("tonnes per hectare", "tons per hectare", "tonnes a hectare", "tonnes/ha"),
        "TWh": ("terawatt-hour", "terawatt-hours", "terawatt hours"),
        # "tU": tonnes of uranium, as Kazatomprom reports output ("26,500 tU")
        "t": ("tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "mt", "t", "tU"),
        "kg": ("kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes"),
        "g": ("gram", "grams", "gramme", "grammes"),
        "c": ("centner", "centners", "quintal", "quintals"),
        "c/ha": ("c/ha", "centners per hectare", "centners a hectare", "quintals per hectare"),
        "ha": ("hectare", "hectares"),
        "daa": ("decare", "decares", "daa"),
        "km2": ("square kilometre", "square kilometres", "sq. km.", "sq km.", "square-kilometer", "square-kilometre"),
        "m2": ("square metre", "square metres", "sq. m.", "sq m.", "square-meter", "square-metre"),
        "km": ("kilometre", "kilometres", "kilometer", "kilometers"),
        "m": ("metre", "metres", "meter", "meters"),
        "m3": ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m"),
        "l": ("litre", "litres", "liter", "liters"),
        "kWh": ("kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
        "MWh": ("megawatt-hour", "megawatt-hours", "megawatt hours"),
        "GWh": ("gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
        "MW": ("megawatt", "megawatts"),
        "GW": ("gigawatt", "gigawatts"),
        "bbl": ("barrel", "barrels", "bbl", "bpd"),
    },
    # "wind gusts of up to 15 meters per second", "120 kilometers an hour": a speed, not a length
    speed_words_after=("per second", "a second", "per hour", "an hour"),
    # "5m" glued to a number is a million; "5,200 m", "7.5 l", "200 g" with a space are units.
    unit_spaced=("m", "l", "g"),
    range_between=("between",),
    change_before={
        "increase": (
            "up", "rose", "rise", "rises", "risen", "rising", "increas*", "grew", "grow*", "gain*", "jump*",
            "climb*", "surg*", "soar*", "advanc*", "boost*", "add", "added", "adding", "expand*", "raised by",
            "raise by", "raising by", "lift*",
            "spik*", "leap*", "leapt", "higher by",
        ),
        "decrease": (
            "down", "fell", "fall", "falls", "fallen", "falling", "drop*", "declin*", "decreas*", "shrank",
            "shrunk", "shrink*", "slump*", "plung*", "tumbl*", "slid", "slide*", "sliding", "lost", "losing",
            "cut", "cuts", "cutting", "reduc*", "contract*", "dipp*", "dip", "dips", "sank", "sink*", "slipp*",
            "slip", "slips", "lower by", "eas*", "plummet*",
        ),
    },
    change_after={
        "increase": (
            "increase", "increases", "rise", "rises", "growth", "gain", "gains", "jump", "higher", "up", "more",
            "dearer",
        ),
        "decrease": (
            "decrease", "decreases", "decline", "declines", "drop", "drops", "fall", "falls", "lower", "down",
            "cut", "reduction", "less", "fewer", "cheaper",
        ),
    },
    restating_words=("or", "i.e.", "that is"),
    level_before=("to", "from", "at", "reach*", "hit", "hitting", "total*", "of just", "record"),
    # and "mid-October" ("in mid-October", "by mid-March 2026"): the month
    month_words={
        1: ("mid-January",), 2: ("mid-February",), 3: ("mid-March",), 4: ("mid-April",), 5: ("mid-May",),
        6: ("mid-June",), 7: ("mid-July",), 8: ("mid-August",), 9: ("Sept", "Sept.", "mid-September", "mid-Sept."),
        10: ("mid-October",), 11: ("mid-November",), 12: ("mid-December",),
    },
    month_year_links=("of",),
    month_before_day=True,
    day_endings=("st", "nd", "rd", "th"),
    # "in the first nine months" with no year: this year's January to September (Russian "за 9 месяцев")
    months_so_far_before=("first",),
    month_prepositions=(
        # not "before", "after", "for": they are written before a full date ("before March 1, 2026"), and a
        # preposition here takes the month alone from it
        "in", "since", "until", "by", "from", "during", "through", "late", "early", "mid", "end of", "beginning of",
        "start of", "middle of", "throughout",
        # "scheduled for mid-November", "planned for December"; "in the last week of October"
        "for", "week of", "weeks of",
    ),
    year_words=(),
    year_range_words=(),
    period_links=("of", "of the"),
    range_from=("from", "between"),
    # a score, even going up: "lost 2-3"
    score_words_before=("won", "lost", "beat", "beating", "defeated", "drew", "score of", "scoreline"),
    range_to=("to", "until", "till", "through", "and"),
    range_until=(),
    ordinal_numbers={
        1: ("first", "1st"),
        2: ("second", "2nd"),
        3: ("third", "3rd"),
        4: ("fourth", "4th"),
    },
    half_words=("half",),
    # a half of anything: "в первой половине матча" is no half year
    generic_halves=("half",),
    quarter_words=("quarter",),
    duration_words={
        "year": ("year", "years"),
        "month": ("month", "months"),
        "week": ("week", "weeks"),
        "day": ("day", "days"),
    },
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "last month": -1,
        "last month's": -1,
        "this month": 0,
        "this month's": 0,
        "next month": 1,
        "next month's": 1,
    },
    # "last quarter": the period of that quarter
    # "last half-year": the period of that half year
    relative_halves={
        "last half-year": -1,
        "this half-year": 0,
        "next half-year": 1,
        "last half year": -1,
        "this half year": 0,
        "next half year": 1,
        "the current half-year": 0,
        "the current half year": 0,
        "last half-year's": -1,
        "this half-year's": 0,
        "next half-year's": 1,
    },
    relative_quarters={
        "last quarter": -1,
        "last quarter's": -1,
        "this quarter": 0,
        "this quarter's": 0,
        "the current quarter": 0,
        "next quarter": 1,
        "next quarter's": 1,
    },
    # "over the last quarter century"
    relative_quarter_blockers_after=("century", "centuries", "of a century"),
    # "in November of the same year": the year written last before it
    same_year_words=("the same year", "that same year", "the same year's", "that year"),
    relative_years={
        "last year": -1,
        "previous year": -1,
        "this year": 0,
        "current year": 0,
        "next year": 1,
        "coming year": 1,
        # the possessive: "surpassing last year's total of 261,000 tons", "this year's budget"
        "last year's": -1,
        "previous year's": -1,
        "this year's": 0,
        "current year's": 0,
        "next year's": 1,
        "coming year's": 1,
    },
    # "In 2024, spending fell 17% from the previous year": counted from the year written before
    anaphoric_relative_years=("previous year", "previous year's"),
    # A currency name that means another in news about a country (first region found wins):
    # "manat" is Turkmen in Turkmenistan, "som" Uzbek in Uzbekistan, "lei" Moldovan in Moldova.
    regional_currencies={"TM": {"AZN": "TMT"}, "UZ": {"KGS": "UZS"}, "MD": {"RON": "MDL"}},
    region_cues={
        "AZ": ("Azerbaijan", "Azerbaijan's", "Azerbaijani", "Baku"),
        "KG": ("Kyrgyzstan", "Kyrgyzstan's", "Kyrgyz", "Bishkek"),
        "TM": ("Turkmenistan", "Turkmenistan's", "Turkmen", "Ashgabat"),
        "UZ": ("Uzbekistan", "Uzbekistan's", "Uzbek", "Tashkent"),
        "MD": ("Moldova", "Moldova's", "Moldovan", "Chisinau", "Chișinău"),
    },
    qualifiers_before={
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "roughly": "approx",
        "nearly": "approx",
        "almost": "approx",
        "some": "approx",
        "more than": "over",
        "over": "over",
        "above": "over",
        "exceeding": "over",
        "exceed": "over",
        "exceeded": "over",
        "exceeds": "over",
        "topped": "over",
        "tops": "over",
        "surpassed": "over",
        "upwards of": "over",
        "just over": "over",
        "just under": "under",
        "close to": "approx",
        # "Grape procurement nears 300,000 tons"
        "nears": "approx",
        "nearing": "approx",
        "an estimated": "approx",
        "estimated at": "approx",
        "as much as": "at_most",
        "as many as": "at_most",
        "in excess of": "over",
        "less than": "under",
        "fewer than": "under",
        "under": "under",
        "below": "under",
        "at least": "at_least",
        "no less than": "at_least",
        "at most": "at_most",
        "no more than": "at_most",
        "up to": "at_most",
        # negated bounds are the opposite bound: "not less than 10%" is at least 10%
        "no fewer than": "at_least",
        "not fewer than": "at_least",
        "not less than": "at_least",
        "not more than": "at_most",
        "not exceeding": "at_most",
        "not exceed": "at_most",
        "not to exceed": "at_most",
        "a maximum of": "at_most",
        "maximum of": "at_most",
        "a minimum of": "at_least",
        "minimum of": "at_least",
        "upward of": "over",
        "surpassing": "over",
        "approx.": "approx",
        "circa": "approx",
        "in the region of": "approx",
    },
)
