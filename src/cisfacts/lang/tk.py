"""Turkmen (Latin). CLDR gives months, separators, currency names, scale words, "ýyl", "aý", "hepde", "göterim"."""

from cisfacts.langdata import LanguageData

DATA = LanguageData(
    code="tk",
    up_to_after=("çenli",),
    vague_words=("birnäçe", "onlarça", "ýüzlerçe", "müňlerçe", "millionlarça"),
    and_a_half=("ýarym",),
    # "ýarym million tonna" is 500000 t, "bir ýarym million" stays 1.5 million.
    fraction_words={"0.5": ("ýarym",)},
    list_conjunctions=("we",),
    # "10 müňden 15 müňe çenli": a "from" ending ends the first number of a range
    range_from_endings=("den", "dan", "ten", "tan"),
    # "üçden biri", "bäşden ikisini": a fraction (a third, two fifths), no fact
    fraction_of_endings=("den", "dan", "ten", "tan"),
    fraction_part_endings=("i", "y", "si", "sy", "ini", "yny", "sini", "syny", "ine", "yna", "sine", "syna"),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    counter_words_after=("gezek okaldy", "teswir*",),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("şol sanda", "olardan",),
    name="Turkmen",
    locale="tk",
    script="Latn",
    alphabet="abçdeäfghijžklmnňoöprsştuüwyýz",
    detect_letters="äçňöşüýž",
    detect_words=(
        "we", "bilen", "üçin", "boýunça", "ýylda", "ýylyň", "şu", "hem", "bolup", "barada", "ýaly", "bolan",
        "boldy", "bolar", "bolsa", "edildi", "geçirildi", "göterim", "göterime", "göterimi", "çenli",
    ),
    # Endings follow vowel harmony (-lar/-ler, -da/-de, -yň/-iň ...); stems ending in -t/-k
    # that soften before a vowel (manat -> manady, çärýek -> çärýegi) are listed twice.
    suffix_slots=(
        ("lar", "ler"),
        ("y", "i", "u", "ü", "sy", "si", "ymyz", "imiz", "umyz", "ümiz", "myz", "miz"),
        (
            "yň", "iň", "uň", "üň", "nyň", "niň",
            "a", "e", "na", "ne", "ga", "ge",
            "ny", "ni",
            "da", "de", "nda", "nde",
            "dan", "den", "ndan", "nden",
            "daky", "däki", "ndaky", "ndäki",
        ),
        ("ky", "ki"),
        # A case after "-ky": "ýarymyndakydan" (than in the half), "9 aýyndakydan".
        ("dan", "den", "ny", "ni", "na", "ne", "da", "de"),
        ("dyr", "dir", "dur", "dür"),
    ),
    stem_strip="yiuü",
    # Endings glued to digits, "%" or an abbreviation with a hyphen ("100-e", "5%-den", "2024-de").
    # The ordinal endings (-nji, -njy, -inji ...) are left out: "2-nji orun" is no figure.
    hyphen_endings=(
        # (the dative of a number ending in -i is -ä: "elli" -> "ellä", so "650-ä golaý")
        "a", "e", "ä", "na", "ne",
        "da", "de", "nda", "nde",
        "dan", "den", "ndan", "nden",
        "yň", "iň", "uň", "üň", "nyň", "niň",
        "y", "i", "u", "ü", "ny", "ni",
        "sy", "si", "syny", "sini", "syna", "sine", "synda", "sinde", "syndan", "sinden", "synyň", "siniň",
        "yna", "ine", "ynda", "inde", "yndan", "inden", "ynyň", "iniň",
        "lyk", "lik", "luk", "lük",
        "dyr", "dir",
    ),
    number_endings=(
        "a", "e", "na", "ne",
        "da", "de", "dan", "den",
        "yň", "iň", "uň", "üň", "nyň", "niň",
        "y", "i", "u", "ü", "ny", "ni",
        "sy", "si",
        # "of them" after a consonant: "jaýlaryň üçüsi", "dördüsini", "bäşisine", "otuzysy"
        "ysy", "isi", "usy", "üsi", "ysyny", "isini", "usyny", "üsini", "ysyna", "isine", "usyna", "üsine",
    ),
    number_words={
        1: ("bir*",),
        2: ("iki*", "ikä"),
        3: ("üç*",),
        4: ("dört*", "dörd*"),
        5: ("bäş*",),
        # "altyn" (gold) and "altyny" would read as six: its forms are written out.
        6: ("alty", "alta", "altyda", "altydan", "altysy", "altynyň"),
        7: ("ýedi*", "ýedä"),
        8: ("sekiz*",),
        9: ("dokuz*",),
        # "ona", "onda", "ondan", "ony", "onuň" are the pronoun "ol" (he, it): ten is "on" alone.
        10: ("on",),
        20: ("ýigrimi*", "ýigrimä"),
        30: ("otuz*",),
        40: ("kyrk*",),
        50: ("elli*", "ellä"),
        60: ("altmyş*",),
        70: ("ýetmiş*",),
        80: ("segsen*",),
        90: ("togsan*",),
        100: ("ýüz*",),
        1000: ("müň*",),
        1_000_000: ("million*",),
        1_000_000_000: ("milliard*",),
        1_000_000_000_000: ("trillion*",),
    },
    # "ýüz" is also the face: "ýüz tutdy" (appealed), "ýüze çykdy" (emerged); alone it is no figure.
    weak_number_words=("bir*", "ýüz*"),
    # a temperature below zero: "4 градуса мороза"
    below_zero_after=("aýaz", "sowuk"),
    scale_words={
        1000: ("müň*",),
        1_000_000: ("mln", "mln.", "million*", "milliona"),
        1_000_000_000: ("mlrd", "mlrd.", "milliard*"),
        1_000_000_000_000: ("trln", "trln.", "trillion*"),
    },
    # After a number: an anniversary ("30 ýyllygy", "30 ýyllyk baýramy"), an age ("65 ýaşynda"), a number
    # ("245 belgili"), a short hotline number ("155 gysga belgä"). "5 ýyllyk maksatnama" (a five-year
    # programme) is a duration.
    ordinal_words=(
        "ýyllyg*", "ýyllyk baýram*", "ýyllyk toý*", "ýaş*", "ýaşly", "ýaşly*", "belgili", "gysga belgi*",
        "gysga belgä",
        # A short phone number named after it: "102 belgisine jaň ediň".
        "belgisine", "belgilerine", "belgisi arkaly",
    ),
    # "sagad-" is "sagat" before a vowel ending: "24 sagadyň dowamynda", "3 sagada çenli".
    time_words=("sagat*", "sagad*", "sag.", "minut*", "min."),
    address_words=("köçesi", "köç.", "şaýoly", "şaý."),
    # Page footers: "Salgymyz: 744000, Aşgabat ş." (the postal code).
    reference_markers=(
        "№", "tel.", "tel", "faks", "öý", "jaý", "otag", "madda", "maddasy", "bent", "salgy", "salgymyz", "salgysy",
        "poçta indeksi",
        # A page's view counter: "Görülen: 2 317", "Okalan: 1 045", "👁 964".
        "görülen:", "görüldi:", "okalan:", "okaldy:", "👁",
        # "Görlen: 2 540" (seen)
        "görlen:",
        # "Gözden geçirildi: 2 047" (looked through)
        "gözden geçirildi:",
        # Comment counters: "Teswirler: 6", "Teswir: 14", "💬 14".
        "teswirler:", "teswir:", "💬",
        # the comment count in brackets: "Teswirler (4)"
        "teswirler (", "teswir (",
        # aircraft models: "Boeing 787-9"
        "Boeing",
    ),
    currency_words={
        # "worth N manat" takes case endings: "22 million manatlyga golaý önüm" (goods worth about 22 million).
        "TMT": ("manat*", "manad*", "manatlyk*", "manatlyg*", "türkmen manad*", "türkmen manat*"),
        "USD": ("dollar*", "dollarlyk*", "dollarlyg*", "ABŞ dollar*", "ABŞ-nyň dollar*", "amerikan dollar*"),
        "EUR": ("ýewro*", "ewro*", "ýewrolyk"),
        "RUB": ("rubl*", "rus rubl*"),
        "CNY": ("ýuan*",),
        # A bare "teňňe" is the manat's hundredth (see subunit_words): the tenge is named with its country.
        "KZT": ("tenge*", "Gazagystan teňňe*", "gazak teňňe*"),
        "TRY": ("lira*", "türk lira*"),
        "AZN": ("Azerbaýjan manad*", "Azerbaýjan manat*"),
        "GBP": ("funt sterling*",),
    },
    # "50 teňňe" is 0.5 TMT ("teňňä" before the dative: "50 teňňä çenli"); "20 dollar 43 sent" is 20.43 USD.
    # A bare "sent" is the US cent: "benziniň bir litri 43 sente deňdir", "bahasy 38 sentdir".
    subunit_words={"TMT": ("teňňe*", "teňňä*", "teňňelik"), "USD": ("sent*", "sentdir")},
    cent_words=("sent*",),
    percent_words=("göterim*", "göterimlik", "prosent*"),
    # CLDR writes a tonne "metrik tonna" and a megawatt "megawat": news writes these too.
    # "gektardan ortaça 25-30 sentner" (on average per hectare).
    per_unit_words={
        "c/ha": (
            "gektaryndan", "her gektaryndan", "her gektardan", "bir gektardan", "gektardan", "gektardan ortaça",
            "her gektardan ortaça", "gektaryndan ortaça",
        ),
        # and tonnes after "from each hectare": "her gektardan 40 tonna pomidor" is a yield of 40 t/ha
        # (not "5 müň gektardan 120 müň tonna", a harvest from an area)
        "t/ha": ("her gektardan", "her gektaryndan", "her gektardan ortaça", "her gektaryndan ortaça"),
    },
    # Wind and vehicle speeds: "sekuntda 15 metr", "sagatda 140 kilometr" are numbers, as "15 m/s" is.
    speed_words_before=("sekuntda", "sekundynda", "sagatda"),
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": ("t/ga",),
        "TWh": (
            "TWt·sagat*", "TWt·sagat", "TWt·sagady", "TWt·sagada", "TWt sagat*", "terawat-sagat*", "terawatt-sagat*",
            "terawat sagat*",
        ),
        "t": ("tonna*", "tonnalyk", "tn", "t"),
        "kg": ("kilogram*", "kilogramm*", "kg", "kilogramlyk"),
        "g": ("gram*", "gramm*"),
        "c": ("sentner*",),
        "c/ha": ("s/ga", "sentner/gektar*"),
        "ha": ("gektar*", "ga", "gektarlyk"),
        "km2": ("inedördül kilometr*", "inedördül km", "kw. km", "kw.km", "kw. kilometr*", "km²"),
        "m2": ("inedördül metr*", "inedördül metrlik", "inedördül m", "kw. m", "kw.m", "kw. metr*", "kw.metr*", "m²"),
        # Adjectives in -lyk/-lik: "203 kilometrlik bölek", "50 gektarlyk meýdan".
        "km": ("kilometr*", "km", "kilometrlik"),
        "m": ("metr*", "m", "metrlik"),
        "m3": (
            "kub metr*", "kubometr*", "kub metrlik", "kubometrlik", "kub. m", "kub.m", "kub. metr*", "kub.metr*", "m³",
        ),
        # "0,5 litrlik gaplarda".
        "l": ("litr*", "litrlik", "l"),
        # The abbreviations also as exact forms: a stem "MWt·sagat*" alone loses to "MWt" (MW).
        # "sagat" softens before a vowel ("5,5 milliard kWt/sagady"); news also writes a slash.
        "kWh": (
            "kWt·sagat*", "kWt sagat*", "kWt/sagat*", "kWt·sagad*", "kWt sagad*", "kWt/sagad*",
            # and the short "sag.": "27,4 milliard kWt/sag elektrik energiýasy"
            "kWt/sag", "kWt/sag.", "kWt·sag", "kWt·sag.",
            "kilowat-sagat*", "kilowatt-sagat*", "kilowat sagat*", "kilowat-sagad*", "kilowatt-sagad*",
        ),
        "MWh": (
            "MWt·sagat*", "MWt·sagat", "MWt·sagady", "MWt·sagada", "MWt sagat*", "megawat-sagat*", "megawatt-sagat*",
            "megawat sagat*",
        ),
        "GWh": (
            "GWt·sagat*", "GWt·sagat", "GWt·sagady", "GWt·sagada", "GWt sagat*", "gigawat-sagat*", "gigawatt-sagat*",
            "gigawat sagat*",
        ),
        "MW": ("megawat*", "megawatt*", "megawatlyk", "megawattlyk", "MWt", "MW"),
        "GW": ("gigawat*", "gigawatt*", "GWt", "GW"),
        "bbl": ("barrel*",),
    },
    change_before={
        "increase": ("ösüş*", "artyş*", "ýokarlanma*"),
        "decrease": ("azalma*", "peselme*", "gysgalma*"),
    },
    # Whole forms where a stem would take other words: "artyk" (more than), "ösümlik" (plant).
    change_after={
        "increase": (
            "ýokarlan*", "artdy", "artyp", "artan*", "artar", "artýar", "artmagy", "köpel*", "ösdi", "ösüp",
            "ösen*", "öser", "ösýär", "ösüş*", "ulaldy", "ulalyp", "gymmatla*",
            # the causative: "85 million kub metre çenli artdyryldy" (raised to)
            "artdyr*",
        ),
        # Not a stem "arzanla*": "50 göterime çenli arzanladyş" is a discount of up to 50%, no fall.
        "decrease": ("azal*", "pesel*", "gysgal*", "kemel*", "arzanlady", "arzanlap", "arzanlan", "arzanlandy",
                     "arzanlapdyr", "arzanlaýar", "arzanlar", "arzanlamagy"),
    },
    restating_words=("ýa-da", "ýagny"),
    level_after=("çenli", "ýet*", "derejesinde", "derejesine"),
    months_inflect=True,
    # A month with "aý" (month) carrying the range endings: "ýanwar aýyndan sentýabr aýyna çenli" is a range
    # like "ýanwardan sentýabra çenli" ("sentýabr aýynda" keeps its span to the name); the genitive
    # "oktýabr aýynyň" a day may follow ("oktýabr aýynyň 15-ine çenli").
    month_words={
        1: ("ýanwar aýyndan", "ýanwar aýyna", "ýanwar aýynyň"),
        2: ("fewral aýyndan", "fewral aýyna", "fewral aýynyň"),
        3: ("mart aýyndan", "mart aýyna", "mart aýynyň"),
        4: ("aprel aýyndan", "aprel aýyna", "aprel aýynyň"),
        5: ("maý aýyndan", "maý aýyna", "maý aýynyň"),
        6: ("iýun aýyndan", "iýun aýyna", "iýun aýynyň"),
        7: ("iýul aýyndan", "iýul aýyna", "iýul aýynyň"),
        8: ("awgust aýyndan", "awgust aýyna", "awgust aýynyň"),
        9: ("sentýabr aýyndan", "sentýabr aýyna", "sentýabr aýynyň"),
        10: ("oktýabr aýyndan", "oktýabr aýyna", "oktýabr aýynyň"),
        11: ("noýabr aýyndan", "noýabr aýyna", "noýabr aýynyň"),
        12: ("dekabr aýyndan", "dekabr aýyna", "dekabr aýynyň"),
    },
    # A day follows the genitive month: "ýanwaryň 2-sine", "oktýabr aýynyň 15-ine çenli".
    months_before_day={
        1: ("ýanwaryň", "ýanwar aýynyň"), 2: ("fewralyň", "fewral aýynyň"), 3: ("martyň", "mart aýynyň"),
        4: ("apreliň", "aprel aýynyň"), 5: ("maýyň", "maý aýynyň"), 6: ("iýunyň", "iýun aýynyň"),
        7: ("iýulyň", "iýul aýynyň"), 8: ("awgustyň", "awgust aýynyň"), 9: ("sentýabryň", "sentýabr aýynyň"),
        10: ("oktýabryň", "oktýabr aýynyň"), 11: ("noýabryň", "noýabr aýynyň"), 12: ("dekabryň", "dekabr aýynyň"),
    },
    # Capitalised, these are more often "maýa goýum" (investment), "Ýanynda" (beside), "Sen" (you).
    name_like_months=("maýa", "ýan*", "sen*"),
    # Lower-case too, "maýa goýum" (investment) is far more frequent than "maýa" (to May).
    # and "maýlar" is "(the weather) warms up" far more often than "Mays": "gündiz 30 gradusa çenli maýlar".
    never_alone_months=("maýa", "maýlar"),
    # Ordinal endings written on days and years: "2024-nji ýyl", "10-njy oktýabr", "6-njy".
    # Possessive case endings written on a day after its genitive month: "ýanwaryň 2-sine",
    # "oktýabryň 15-ine çenli", "martyň 10-ynda", "iýunyň 1-inden".
    day_endings=(
        "nji", "njy", "inji", "ynjy", "unjy", "ünji", "nju", "njü",
        "si", "sy", "i", "y", "u", "ü", "sine", "syna", "ine", "yna", "una", "üne",
        "sinde", "synda", "inde", "ynda", "unda", "ünde", "sinden", "syndan", "inden", "yndan", "undan", "ünden",
    ),
    year_words=("ýyl*", "ý."),
    this_year_words=("ýylyň",),
    # "Eksport 9 aýda 12 göterim ösdi": the months of this year so far (a headline of a statistics report).
    months_so_far_endings=("da",),
    # "the last 6 months", "every 3 months", "the coming 6 months", "1 ýyl 6 aýda": a span, not the year so far.
    # "10 aýyň dowamynda" (during the 10 months): the year so far, as "10 aýda".
    months_so_far_after=("dowamynda",),
    months_so_far_blockers=("soňky", "her", "geçen", "öten", "indiki", "ýakyn", "ýyl"),
    year_range_words=("ýyllar*", "ýý."),
    range_until=("çenli", "aralygynda", "aralygyndaky"),
    ordinal_numbers={
        1: ("birinji*", "ilkinji*"),
        2: ("ikinji*",),
        3: ("üçünji*",),
        4: ("dördünji*",),
    },
    half_words=("ýarym*", "ýarymýyl*", "ýarymýyllyk*", "ýarymýyllyg*"),
    quarter_words=("çärýek*", "çärýeg*"),
    # a half of anything: "oýnuň birinji ýarymynda" is no half year (a half year with a year word before or after it)
    generic_halves=("ýarymy*",),
    # "6 aýlyk möhlet", "10 günlük", "iki hepdelik": the adjectives in -lyk/-lik are lengths of time too;
    # "hepde" ends in "ä" before an ending (hepdäniň, hepdä).
    duration_words={
        "year": ("ýyl*", "ýyllyk"),
        "month": ("aý*", "aýlyk"),
        "week": ("hepde*", "hepdä*", "hepdelik"),
        "day": ("gün*", "günlük", "iş gün*"),
    },
    # "ýarym ýylda tamamlandy" (finished in half a year) is six months; "birinji ýarymynda" stays a half-year period.
    whole_durations={"P6M": ("ýarym ýyl", "ýarym ýylda", "ýarym ýyla", "ýarym ýyldan", "ýarym ýylyň", "ýarym ýyllap")},
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "geçen aý": -1,
        "geçen aýda": -1,
        "geçen aýyň": -1,
        "geçen aýdaky": -1,
        "şu aý": 0,
        "şu aýda": 0,
        "şu aýyň": 0,
        "indiki aý": 1,
        "indiki aýda": 1,
        "geljek aý": 1,
        "geljek aýda": 1,
        # "compared with last month", "since last month", "from next month".
        "geçen aýa": -1,
        "geçen aýdan": -1,
        "geçen aýdakydan": -1,
        "geçen aýyňkydan": -1,
        "öten aý": -1,
        "öten aýda": -1,
        "öten aýyň": -1,
        "öten aýa": -1,
        "öten aýdan": -1,
        "şu aýdan": 0,
        "şu aýa": 0,
        "indiki aýdan": 1,
        "indiki aýa": 1,
        "geljek aýdan": 1,
        "geljek aýa": 1,
        "indiki aýyň": 1,
        "geljek aýyň": 1,
    },
    # "geçen ýarym ýyllykda": the period of that half year (not "geçen ýarym ýylda", the past six months)
    relative_halves={
        "geçen ýarym ýyllykda": -1,
        "geçen ýarym ýyllygyň": -1,
        "geçen ýarym ýyllykdaky": -1,
        "geçen ýarym ýyllyga": -1,
        "geçen ýarym ýyllykdan": -1,
        "öten ýarym ýyllykda": -1,
        "öten ýarym ýyllygyň": -1,
        "geçen ýarymýyllykda": -1,
        "geçen ýarymýyllygyň": -1,
        "şu ýarym ýyllykda": 0,
        "şu ýarym ýyllygyň": 0,
        "şu ýarym ýyllykdan": 0,
        "şu ýarym ýyllyga": 0,
        "şu ýarymýyllykda": 0,
        "indiki ýarym ýyllykda": 1,
        "indiki ýarym ýyllygyň": 1,
        "indiki ýarym ýyllyga": 1,
        "indiki ýarym ýyllykdan": 1,
        "geljek ýarym ýyllykda": 1,
        "geljek ýarym ýyllygyň": 1,
        "geljek ýarym ýyllyga": 1,
        "geljek ýarym ýyllykdan": 1,
        "indiki ýarymýyllykda": 1,
    },
    # "geçen çärýekde": the period of that quarter (not a bare "geçen çärýek": "geçen çärýek asyr", a quarter century)
    relative_quarters={
        "geçen çärýekde": -1,
        "geçen çärýegiň": -1,
        "geçen çärýekdäki": -1,
        "şu çärýekde": 0,
        "şu çärýegiň": 0,
        "indiki çärýekde": 1,
        "geljek çärýekde": 1,
        # "compared with last quarter", "since last quarter", "from next quarter".
        "geçen çärýege": -1,
        "geçen çärýekden": -1,
        "geçen çärýekdäkiden": -1,
        "geçen çärýegiňkiden": -1,
        "öten çärýekde": -1,
        "öten çärýegiň": -1,
        "öten çärýege": -1,
        "öten çärýekden": -1,
        "şu çärýekden": 0,
        "şu çärýege": 0,
        "indiki çärýekden": 1,
        "indiki çärýege": 1,
        "geljek çärýekden": 1,
        "geljek çärýege": 1,
        "indiki çärýegiň": 1,
        "geljek çärýegiň": 1,
    },
    # a day of a relative month: "by the 15th of next month"
    relative_months_before_day=("geçen aýyň", "öten aýyň", "şu aýyň", "indiki aýyň", "geljek aýyň",),
    # "that same year": the year written last before it
    # the year in the genitive comes before its month: "өткен жылдың қыркүйегі"
    relative_year_after_month=False,
    # "her bir ýyl üçin" (for each year): one of each, no length of time
    each_words=("her",),
    same_year_words=("şol ýyl", "şol ýylyň", "şol ýylda", "şol ýyly"),
    relative_years={
        "geçen ýyl": -1, "geçen ýylyň": -1, "geçen ýylda": -1, "geçen ýylky": -1, "geçen ýyly": -1,
        "geçen ýyla": -1, "geçen ýyldan": -1, "geçen ýyldaky": -1, "geçen ýyldakydan": -1, "öten ýyldakydan": -1,
        # "than last year's": "netijeler geçen ýylyňkydan 12 göterim ýokarydyr".
        "geçen ýylyňky": -1, "geçen ýylyňkydan": -1, "geçen ýylkydan": -1, "öten ýylyňkydan": -1, "öten ýylkydan": -1,
        "öten ýyl": -1, "öten ýylyň": -1, "öten ýylda": -1, "öten ýylky": -1, "öten ýyly": -1,
        "öten ýyla": -1, "öten ýyldan": -1, "öten ýyldaky": -1,
        # "last year's one": "satyn alyş bahasy geçen ýyldakysy ýaly galdy" (stayed as last year's)
        "geçen ýyldakysy": -1, "öten ýyldakysy": -1, "geçen ýylyňkysy": -1, "öten ýylyňkysy": -1,
        "şu ýyl": 0, "şu ýylyň": 0, "şu ýylda": 0, "şu ýylky": 0, "şu ýyly": 0, "şu ýyla": 0,
        "şu ýyldan": 0, "şu ýyldaky": 0, "şuýylky": 0,
        "bu ýyl": 0, "bu ýylyň": 0, "bu ýylda": 0, "bu ýylky": 0,
        # "the current year": "üstümizdäki ýylyň başyndan bäri" (since the start of this year)
        "üstümizdäki ýyl": 0, "üstümizdäki ýylyň": 0, "üstümizdäki ýylda": 0, "üstümizdäki ýylky": 0,
        "indiki ýyl": 1, "indiki ýylyň": 1, "indiki ýylda": 1, "indiki ýylky": 1, "indiki ýyly": 1,
        "indiki ýyla": 1, "indiki ýyldan": 1,
        "geljek ýyl": 1, "geljek ýylyň": 1, "geljek ýylda": 1, "geljek ýylky": 1, "geljek ýyly": 1,
        "geljek ýyla": 1, "geljek ýyldan": 1,
        # "the previous year": "2025-nji ýylyň 9 aýynda ..., bu öňki ýylyň degişli döwründäkiden 7 göterim köp"
        "öňki ýyl": -1, "öňki ýylyň": -1, "öňki ýylda": -1, "öňki ýylky": -1, "öňki ýyly": -1, "öňki ýyla": -1,
        "öňki ýyldan": -1, "öňki ýyldaky": -1, "öňki ýyldakydan": -1, "öňki ýylyňkydan": -1, "öňki ýylkydan": -1,
    },
    # counted from a year written before them in the sentence ("2024-nji ýylda ... öňki ýyldakydan": 2023)
    anaphoric_relative_years=(
        "öňki ýyl", "öňki ýylyň", "öňki ýylda", "öňki ýylky", "öňki ýyly", "öňki ýyla",
        "öňki ýyldan", "öňki ýyldaky", "öňki ýyldakydan", "öňki ýylyňkydan", "öňki ýylkydan",
    ),
    qualifiers_before={
        "takmynan": "approx",
        "azyndan": "at_least",
        "iň azyndan": "at_least",
        "iň az": "at_least",
        "iň bolmanda": "at_least",
        "iň köp": "at_most",
        "köp bolsa": "at_most",
    },
    qualifiers_after={
        "gowrak": "over",
        "gowrakdyr": "over",
        "gowragy": "over",
        "-dan hem gowrak": "over",
        "-den hem gowrak": "over",
        "-dan hem köp": "over",
        "-den hem köp": "over",
        "-dan agdyk": "over",
        "-den agdyk": "over",
        "-dan ýokary": "over",
        "-den ýokary": "over",
        "-dan ýokarysy": "over",
        "-den ýokarysy": "over",
        "-dan geçýän": "over",
        "-den geçýän": "over",
        "-dan köp": "over",
        "-den köp": "over",
        "-dan artyk": "over",
        "-den artyk": "over",
        "geçdi": "over",
        "geçýär": "over",
        "geçip": "over",
        "aşdy": "over",
        "aşýar": "over",
        "-dan az": "under",
        "-den az": "under",
        "-dan pes": "under",
        "-den pes": "under",
        "töweregi": "approx",
        "golaý": "approx",
        # "işleriň 20 göterime golaýy" (nearly 20% of the works), "132 müňe golaýy"
        "golaýy": "approx",
        "ýakyn": "approx",
        "ýakyny": "approx",
        "çemesi": "approx",
        "az bolmadyk": "at_least",
        "az bolmaly däl": "at_least",
        "az däl": "at_least",
        "köp bolmadyk": "at_most",
        "köp bolmaz": "at_most",
        "-dan ýokary bolmaz": "at_most",
        "-den ýokary bolmaz": "at_most",
        "-dan ýokary bolmadyk": "at_most",
        "-den ýokary bolmadyk": "at_most",
        "-dan ýokary bolmaly däl": "at_most",
        "-den ýokary bolmaly däl": "at_most",
        "köp bolmaly däl": "at_most",
        "geçmeýän": "at_most",
        "geçmeli däl": "at_most",
        "aşmaýan": "at_most",
    },
)
