"""Romanian (Romania and Moldova). CLDR gives separators, months, currency names, scale and unit words."""

from cisfacts.langdata import LanguageData

DATA = LanguageData(
    code="ro",
    this_year_after=("ale anului", "ale anului curent", "ale acestui an", "din acest an", "din anul curent"),
    # and the end or the middle of a month as a deadline: "până la sfârșitul lunii ianuarie"
    up_to_before=("până la", "pana la", "până la sfârșitul lunii", "până la finalul lunii", "până la finele lunii",
                  "până la mijlocul lunii", "până la sfârșitul lui", "până la finalul lui", "până la mijlocul lui"),
    # a deadline that is no "up to" before figures: "ține până pe 6 ianuarie"
    deadline_words_before=("până pe", "pana pe", "până pe data de", "pana pe data de"),
    vague_words=("câteva", "câțiva", "cateva", "cativa", "zeci de", "sute de", "mii de", "milioane de"),
    whole_durations={
        "P6M": ("jumătate de an", "jumatate de an", "o jumătate de an"),
        "P50Y": ("jumătate de secol", "jumatate de secol"),
    },
    and_a_half=("și jumătate", "si jumatate",),
    # a fraction in words gives no fact: "two thirds of the budget" is no 2
    fraction_denominators=("treime", "treimi", "treimea", "sfert", "sferturi", "sferturile"),
    list_conjunctions=("și", "si"),
    alternative_conjunctions=("sau",),
    # a bare number compared with the figure before it: "44 рубля вместо 38"
    instead_words=("în loc de", "față de", "fata de"),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    # with "de" from twenty on ("10:17 | 1.284 de vizualizări"): only on a byline's line with a time of day
    counter_words_after=(
        "vizualizări", "vizualizari", "comentarii", "afișări", "afisari",
        "de vizualizări", "de vizualizari", "de comentarii", "de afișări", "de afisari",
        # "12:41 | 1.206 citiri", "10:05 | 845 accesări"
        "citiri", "de citiri", "accesări", "accesari", "de accesări", "de accesari",
    ),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("din care", "dintre care", "inclusiv",),
    name="Romanian",
    locale="ro",
    script="Latn",
    alphabet="aăâbcdefghiîjklmnopqrsștțuvwxyz",
    detect_letters="ăâîșț",
    detect_words=(
        "și", "în", "de", "la", "cu", "pentru", "care", "din", "pe", "că", "este", "sunt", "fost", "anul", "lei",
    ),
    free_endings=4,
    number_words={
        0: ("zero",),
        # "un", "o", "una" are also articles and pronouns: weak below.
        1: ("unu", "una", "un", "o"),
        2: ("doi", "două", "doua"),
        3: ("trei",),
        4: ("patru",),
        5: ("cinci",),
        6: ("șase", "sase"),
        7: ("șapte", "sapte"),
        8: ("opt",),
        # "nouă" is also "new" ("o nouă lege") and "to us": weak below.
        9: ("nouă", "noua"),
        10: ("zece",),
        11: ("unsprezece", "unșpe"),
        12: ("doisprezece", "douăsprezece", "douasprezece", "doișpe"),
        13: ("treisprezece", "treișpe"),
        14: ("paisprezece", "patrusprezece", "paișpe"),
        15: ("cincisprezece", "cincișpe"),
        16: ("șaisprezece", "saisprezece", "șaișpe"),
        17: ("șaptesprezece", "saptesprezece", "șapteșpe"),
        18: ("optsprezece", "optișpe"),
        19: ("nouăsprezece", "nouasprezece", "nouășpe"),
        20: ("douăzeci", "douazeci"),
        30: ("treizeci",),
        40: ("patruzeci",),
        50: ("cincizeci",),
        60: ("șaizeci", "saizeci"),
        70: ("șaptezeci", "saptezeci"),
        80: ("optzeci",),
        90: ("nouăzeci", "nouazeci"),
        # "sută" after "o", "sute" after two to nine: "o sută", "trei sute".
        100: ("sută", "suta", "sute"),
    },
    # "doua" (două without diacritics) is two before a scale word; alone it is the ordinal "a doua"
    # ("lectura a doua", "a doua oară": the second)
    weak_number_words=("unu", "una", "un", "o", "nouă", "noua", "doua", "sută", "suta", "sute"),
    number_conjunctions=("și", "si"),
    # "1987 de locuitori" is a count (the plural takes "de" from twenty up); "în 2024 de către" stays a year
    year_count_links=("de",),
    year_count_blockers=("către", "catre", "când", "cand", "atunci"),
    # "înghețuri de până la minus 2 grade"
    minus_words=("minus",),
    # a temperature below zero: "4 градуса мороза"
    below_zero_after=("sub zero",),
    scale_words={
        1000: ("mie", "mii", "de mii"),
        1_000_000: ("mil.", "mln", "mln.", "milion*", "milioan*", "de milioane"),
        1_000_000_000: ("mld", "mld.", "mlrd", "mlrd.", "miliard*", "de miliarde"),
        1_000_000_000_000: ("tril.", "trilion*", "trilioan*", "de trilioane"),
    },
    reference_markers=(
        "nr.", "Nr.", "nr", "art.", "articolul", "articolului", "alin.", "alineatul", "lit.", "pct.", "punctul",
        "legea", "legii", "Legea nr.", "HG", "OUG", "decretul", "decretului", "ordinul", "hotărârea",
        "tel.", "tel", "telefon", "telefonul", "fax", "bl.", "ap.", "sc.", "et.", "of.", "cod", "codul", "cp.",
        "zborul", "cursa", "pagina", "p.", "camera", "locul", "vârsta de", "vârstă de", "etapa", "runda",
        # rounds of an election or a tournament: "turul 2 al alegerilor"
        "turul", "turului",
        # leagues ("Liga 1", "Liga a 2-a") and Bucharest sectors in addresses ("sector 2, București")
        "Liga", "sector", "sect.",
        # motor racing series in a site's menu: "Fotbal | Formula 1 | Tenis"
        "Formula",
        "dosarul", "CNP", "sectorul", "capitolul", "capitolului", "anexa", "anexei", "numărul", "numărului",
        "secțiunea", "secțiunii",
        # Moldovan postal codes: "MD-2005", "MD 2012" are no years.
        "MD-", "MD",
        # "art. 324 alin. (2) Cod penal", "bir. 301", "în sala 2"
        "alin. (", "alin.(", "alineatul (", "alineatului (", "bir.", "biroul", "sala",
        # hotlines: "linia verde 0 800 800 00"
        "linia verde", "linia fierbinte", "linia telefonică", "call-center", "call-centerul",
        # ages in news: "un tânăr de 23 de ani", "o femeie de 45 de ani"
        "tânăr de", "tânăra de", "tânără de", "bărbat de", "bărbatul de", "femeie de", "femeia de", "copil de",
        "copilul de", "băiat de", "băiatul de", "fată de", "adolescent de", "adolescentă de",
        "bătrân de", "bătrână de", "pensionar de", "pensionară de", "minor de", "minoră de", "șofer de",
        "șoferul de", "bebeluș de", "tânărul de", "sportivul de", "sportiva de", "sportivă de",
        "jucătorul de", "jucătoarea de", "fotbalistul de", "atletul de", "atleta de", "fetița de", "băiețelul de",
        "victima de", "suspectul de", "suspecta de", "individul de", "elevul de", "eleva de", "studentul de",
        "studenta de", "polițistul de", "bărbatului de", "femeii de",
        # ages of groups: "copiii sub 14 ani", "persoanele peste 65 de ani"
        "copiii sub", "copii sub", "copiilor sub", "copiii până la", "copii până la", "copiilor până la",
        "persoanele peste", "persoane peste", "persoanelor peste", "vârstnicii peste", "vârstnicilor peste",
        "pensionarii peste", "pensionarilor peste",
        # lots of a tender ("lotul 2 al autostrăzii") and view counters of page chrome ("Vizualizări: 874")
        "lotul", "Lotul", "lotului", "Lotului", "Vizualizări:", "vizualizări:", "Afișări:", "afișări:",
        # comment counters of page chrome: "Comentarii (5)", "Comentarii: 12"
        "Comentarii", "Comentarii (", "Comentarii:", "comentarii:",
        # "👁 1 204"; comment counters: "💬 14"
        "👁", "💬",
        # the emergency number: "numărul unic de urgență 112", "sunați la 112"
        "numărul unic de urgență", "numărul de urgență", "numarul unic de urgenta", "numarul de urgenta",
        "sunați la", "sunati la", "apelați", "apelati",
    ),
    # no "piața": in news it is mostly the market ("piața de capital"), not a square
    # not "calea" ("calea ferată de 50 km") nor "intrarea" ("intrarea în vigoare la 1 ianuarie"): common nouns
    address_words=("strada", "str.", "bulevardul", "bd.", "bdul", "b-dul", "șoseaua", "șos.", "aleea", "splaiul"),
    time_words=("ora", "orele", "ore", "de ore", "h", "min.", "minute", "de minute", "minutul"),
    # the counters of page chrome, written with no "de" ("3.841 vizualizări", "1.208 comentarii"): a count in
    # the text takes "de" from 20 on ("250.000 de vizualizări")
    ordinal_words=("vizualizări", "vizualizari", "afișări", "afişări", "comentarii", "accesări", "accesari"),
    currency_words={
        "RON": ("lei", "leu", "de lei", "lei noi", "roni"),
        "MDL": ("lei moldovenești", "de lei moldovenești", "lei moldovenesti", "de MDL"),
        "USD": (
            "dolar*", "de dolari", "de dolari americani", "dolari americani", "dolari SUA", "de dolari SUA",
            "dolar SUA", "dolar american", "de USD",
        ),
        "EUR": ("euro", "de euro", "eur", "de EUR"),
        "GBP": ("liră sterlină", "lire sterline", "de lire sterline"),
        "RUB": ("rublă", "ruble", "de ruble", "ruble rusești", "de ruble rusești"),
        "UAH": ("grivne", "de grivne", "grivnă", "hrivne", "de hrivne", "hrivnă", "hrivna"),
        "CAD": ("dolari canadieni", "de dolari canadieni", "dolar canadian"),
        "AUD": ("dolari australieni", "de dolari australieni", "dolar australian"),
        "SEK": ("coroane suedeze", "de coroane suedeze"),
        "NOK": ("coroane norvegiene", "de coroane norvegiene"),
        "DKK": ("coroane daneze", "de coroane daneze"),
        "CZK": ("coroane cehe", "de coroane cehe"),
        "CNY": ("yuani", "de yuani", "yuan"),
        "KZT": ("tenge", "de tenge"),
        "CHF": ("franci elvețieni", "de franci elvețieni"),
        "JPY": ("yeni", "de yeni"),
        "TRY": ("lire turcești", "de lire turcești"),
        "PLN": ("zloți", "de zloți"),
        "HUF": ("forinți", "de forinți"),
    },
    # "48 de bani", "un ban": the hundredth of the leu, Moldovan in texts about Moldova (regional_currencies)
    subunit_words={"RON": ("bani", "de bani", "ban")},
    # "20 de euro și 43 de cenți"
    cent_words=("cent", "cenți", "centi", "de cenți", "de centi", "eurocenți", "eurocenti", "de eurocenți"),
    percent_words=(
        "la sută", "la suta", "procent*", "de procente", "puncte procentuale", "de puncte procentuale",
        "punct procentual", "p.p.", "pp",
    ),
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": (
            "tone la hectar", "de tone la hectar", "tone/ha", "tone pe hectar", "de tone pe hectar",
            # "4,6 tone la ha", "5 tone per hectar"
            "tone la ha", "de tone la ha", "tone per hectar", "de tone per hectar", "tone/hectar",
        ),
        "TWh": ("de TWh", "terawați-oră", "de terawați-oră", "terawatt-oră", "terawat-oră", "terawați oră"),
        "t": ("tonă", "tone", "tona", "tonele", "tonelor", "de tone", "t"),
        "kg": ("kilogram*", "de kilograme", "kg", "de kg"),
        "g": ("gram*", "de grame"),
        "c": ("chintal*", "de chintale"),
        "c/ha": (
            "chintale la hectar", "de chintale la hectar", "chintale la ha", "de chintale la ha", "chintale/ha",
            "chintale pe hectar", "de chintale pe hectar", "chintale per hectar", "de chintale per hectar",
            # "19,8 c/ha": Moldovan farm news abbreviates the centner as "c" (Russian "ц/га")
            "q/ha", "c/ha",
        ),
        "ha": ("hectar*", "de hectare", "ha", "de ha"),
        "km2": (
            "kilometri pătrați", "de kilometri pătrați", "kilometru pătrat", "kilometri patrati", "km pătrați",
            "de km pătrați", "kmp",
        ),
        "m2": (
            "metri pătrați", "de metri pătrați", "metru pătrat", "metri patrati", "de metri patrati", "mp", "m.p.",
            "de mp", "de m.p.",
        ),
        "km": ("kilometr*", "de kilometri", "de km"),
        "m": ("metri", "metru", "de metri"),
        "m3": ("metri cubi", "de metri cubi", "metru cub", "mc", "m.c.", "de mc", "de m.c."),
        "l": ("litr*", "de litri"),
        "kWh": ("de kWh", "kilowați-oră", "de kilowați-oră", "kilowatt-oră", "kilowat-oră", "kilowatt oră"),
        "MWh": ("de MWh", "megawați-oră", "de megawați-oră", "megawatt-oră", "megawat-oră", "megawați oră"),
        "GWh": ("de GWh", "gigawați-oră", "de gigawați-oră", "gigawatt-oră", "gigawat-oră", "gigawați oră"),
        "MW": ("de MW", "megawați", "de megawați", "megawatt", "megawatti", "megawat"),
        "GW": ("de GW", "gigawați", "de gigawați", "gigawatt", "gigawatti", "gigawat"),
        "bbl": ("baril*", "de barili"),
    },
    range_between=("între", "dintre"),
    # "cu" is "by" ("a crescut cu 5%"), "la" is the level reached ("a crescut la 9,88%").
    change_before={
        "increase": (
            "crescut*", "crește*", "crescând", "cresc", "majora*", "majorăr*", "urcat*", "urcă", "urcând",
            "avansat*", "avansează", "avansând", "spori*", "scumpi*", "mărit*", "mărire*", "salt", "saltul",
            "crească", "urca", "urce",
        ),
        "decrease": (
            "scăz*", "scăder*", "scade", "scad", "diminu*", "redus*", "reduc*", "coborât*", "coborî*",
            "ieftini*", "căzut*", "căder*", "declin", "declinul", "încetini*", "scădea", "scadă*",
        ),
    },
    # not "mai mare" alone: "cel mai mare", "cele mai mari" are superlatives
    change_after={
        "increase": ("mai mult", "mai mare decât", "mai mari decât", "mai ridicat*", "în plus"),
        "decrease": ("mai puțin", "mai mic decât", "mai mică decât", "mai mici decât", "mai scăzut*", "în minus"),
    },
    restating_words=("sau", "adică"),
    level_before=("la", "până la", "de la", "atins*", "atinge*", "totaliza*", "nivelul de", "nivel de"),
    regional_currencies={"MD": {"RON": "MDL"}},
    # Words only Romanian news use come first, so that "Autostrada Moldovei", the region of Moldova or a
    # news item about the Republic of Moldova in a Romanian outlet keep lei Romanian.
    region_cues={
        "RO": ("BNR", "Curs BNR", "ANAF", "PNRR", "AGERPRES", "județ*"),
        "MD": (
            "Moldova", "Moldovei", "Republica Moldova", "R. Moldova", "Chișinău", "Chișinăului",
            "moldovenesc*", "moldovenești", "BNM", "MDL", "Bălți", "Tiraspol", "Comrat", "Găgăuzia",
            "Transnistria", "Transnistriei",
            # district towns ("raionul Orhei", "r-nul Cahul"; not "raionul" alone: it is also a shop's aisle)
            "r-nul", "Maia Sandu", "Orhei", "Orheiului", "Cahul", "Cahului", "Soroca", "Sorocii", "Ungheni",
            "Ialoveni", "Hâncești", "Strășeni", "Edineț", "Căușeni", "Drochia", "Anenii Noi", "Criuleni",
            "Nisporeni", "Telenești", "Sîngerei", "Sângerei", "Fălești", "Glodeni", "Rîșcani", "Râșcani", "Briceni",
            "Ocnița", "Dondușeni", "Cimișlia", "Basarabeasca", "Taraclia", "Șoldănești", "Ceadîr-Lunga",
            # the Moldovan energy regulator (Romania's ANRE is the "Autoritatea Națională de Reglementare...")
            "Agenția Națională pentru Reglementare în Energetică",
            "Agenției Naționale pentru Reglementare în Energetică",
            # the Moldovan state news agency and social insurance fund (Romania's is the "Casa Națională de
            # Pensii Publice"; its CNAS is the health insurance "Casa Națională de Asigurări de Sănătate")
            "MOLDPRES", "Moldpres", "Casa Națională de Asigurări Sociale", "Casei Naționale de Asigurări Sociale",
        ),
    },
    # "mai" is also "more" ("în mai multe orașe", "din mai multe țări"): May only with a day or a year.
    never_alone_months=(
        "mai", "ian", "feb", "apr", "iun", "iul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),
    month_blockers_after=(
        "mult", "multă", "multe", "mulți", "multi", "puțin", "puțină", "puține", "puțini", "putin", "putine", "putini",
        "bine", "mare", "mari", "mic", "mică", "mici", "ales", "departe", "târziu", "tarziu", "repede", "devreme",
        "scump", "scumpe", "ieftin", "ieftine", "ridicat", "ridicată", "ridicate", "redus", "redusă", "reduse",
    ),
    # ...but "luna mai", "lunii mai", "lui mai" are May: "în luna mai", "la sfârșitul lunii mai".
    # Short forms without CLDR's dot, read only with a day or a year: "București, 10 oct /AGERPRES/".
    # Not "mar" (an apple) nor "noi" (we, new: "10 noi locuri de muncă").
    month_words={
        1: ("ian",), 2: ("feb",), 4: ("apr",), 5: ("luna mai", "lunii mai", "lui mai"), 6: ("iun",), 7: ("iul",),
        8: ("aug",), 9: ("sep", "sept"), 10: ("oct",), 11: ("nov",), 12: ("dec",),
    },
    # "în primele nouă luni" with no year: this year's January to September (English "the first nine months")
    months_so_far_before=("primele",),
    month_prepositions=(
        "în", "din", "luna", "lunii", "lui", "până în", "începând cu", "sfârșitul", "începutul", "mijlocul",
        "finalul",
        # "Prognoza meteo pentru noiembrie", "bugetul pentru decembrie"
        "pentru",
    ),
    year_words=(),
    year_words_before=("anul", "anului"),
    year_range_words=(),
    period_links=("al anului", "a anului", "al lui", "din", "din anul", "ale anului", "pe"),
    range_from=("de la", "din", "între", "între anii", "dintre anii", "din anul"),
    range_to=("până la", "până în", "și", "până în anul"),
    # a path: "s-a redus de la 45 la 21 de zile" (digits only after it: "de la 7 la sută" is seven percent)
    range_to_after_from=("la",),
    range_until=(),
    ordinal_numbers={
        1: ("primul", "prima", "primele", "primii", "primului", "primei", "întâiul"),
        2: ("al doilea", "a doua", "celui de-al doilea", "celei de-a doua", "al II-lea", "a II-a", "al 2-lea", "a 2-a"),
        3: ("al treilea", "a treia", "celui de-al treilea", "celei de-a treia", "al III-lea", "a III-a", "al 3-lea",
            "a 3-a"),
        4: ("al patrulea", "a patra", "ultimul", "celui de-al patrulea", "celei de-a patra", "al IV-lea", "a IV-a",
            "al 4-lea", "a 4-a"),
    },
    half_words=("semestru*", "jumătat*", "sem."),
    # report codes: "T2 2024" (trimestrul), "S1 2025" (semestrul)
    quarter_letters=("T",),
    half_letters=("S",),
    quarter_words=("trimestru*", "trim."),
    duration_words={
        "year": ("an", "ani", "de ani"),
        "month": ("lună", "luni", "de luni"),
        "week": ("săptămână", "săptămâni", "de săptămâni", "saptamani", "de saptamani"),
        "day": ("zi", "zile", "de zile"),
    },
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "luna trecută": -1,
        "luna trecuta": -1,
        "lunii trecute": -1,
        "luna aceasta": 0,
        "această lună": 0,
        "aceasta luna": 0,
        "acestei luni": 0,
        "luna curentă": 0,
        "luna curenta": 0,
        "lunii curente": 0,
        "luna viitoare": 1,
        "lunii viitoare": 1,
        "luna următoare": 1,
    },
    # "în semestrul trecut": the period of that half year
    relative_halves={
        "semestrul trecut": -1,
        "semestrului trecut": -1,
        "semestrul acesta": 0,
        "acest semestru": 0,
        "semestrul curent": 0,
        "semestrului curent": 0,
        "semestrul viitor": 1,
        "semestrului viitor": 1,
        "semestrul următor": 1,
    },
    # "în trimestrul trecut": the period of that quarter
    relative_quarters={
        "trimestrul trecut": -1,
        "trimestrului trecut": -1,
        "trimestrul acesta": 0,
        "acest trimestru": 0,
        "trimestrul curent": 0,
        "trimestrului curent": 0,
        "trimestrul viitor": 1,
        "trimestrului viitor": 1,
        "trimestrul următor": 1,
    },
    # "that same year": the year written last before it
    same_year_words=("același an", "aceluiași an"),
    # "the previous year": from a year written earlier in the sentence ("în 2023 ... față de anul anterior" is 2022)
    anaphoric_relative_years=("anul anterior", "anului anterior", "al anului anterior", "a anului anterior"),
    relative_years={
        "anul trecut": -1,
        "anului trecut": -1,
        "anul precedent": -1,
        "anul anterior": -1,
        "anului anterior": -1,
        "anul acesta": 0,
        "anul ăsta": 0,
        "acest an": 0,
        "acestui an": 0,
        "anul curent": 0,
        "anului curent": 0,
        "anul în curs": 0,
        "anului în curs": 0,
        "anul viitor": 1,
        "anului viitor": 1,
        "anul următor": 1,
        # with the genitive article, after a quarter, a half or a month: "trimestrul al treilea al anului trecut",
        # "în decembrie a anului trecut"
        "al anului trecut": -1,
        "ale anului trecut": -1,
        "ale anului curent": 0,
        "ale anului viitor": 1,
        "ale acestui an": 0,
        "a anului trecut": -1,
        "al anului precedent": -1,
        "a anului precedent": -1,
        "al anului anterior": -1,
        "a anului anterior": -1,
        "al acestui an": 0,
        "a acestui an": 0,
        "al anului curent": 0,
        "a anului curent": 0,
        "al anului în curs": 0,
        "a anului în curs": 0,
        "al anului viitor": 1,
        "a anului viitor": 1,
    },
    qualifiers_before={
        "aproximativ": "approx",
        # "recolta este estimată la 530 000 de tone", "pierderile sunt estimate la 3 miliarde de lei"
        "estimat la": "approx",
        "estimată la": "approx",
        "estimate la": "approx",
        "estimați la": "approx",
        "circa": "approx",
        "cca.": "approx",
        "cca": "approx",
        "în jur de": "approx",
        "în jurul a": "approx",
        "în jurul valorii de": "approx",
        "aproape": "approx",
        "de aproape": "approx",
        "vreo": "approx",
        "peste": "over",
        "de peste": "over",
        "mai mult de": "over",
        "mai bine de": "over",
        "a depășit": "over",
        "au depășit": "over",
        "depășește": "over",
        "depășesc": "over",
        "va depăși": "over",
        "ar putea depăși": "over",
        "ar depăși": "over",
        "vor depăși": "over",
        "poate depăși": "over",
        "pot depăși": "over",
        "mai puțin de": "under",
        "sub": "under",
        # "sub pragul de 3% din PIB", "peste nivelul de 5%": a threshold named before the figure.
        "sub pragul de": "under",
        "peste pragul de": "over",
        "sub nivelul de": "under",
        "peste nivelul de": "over",
        "cel puțin": "at_least",
        "minimum": "at_least",
        "minim": "at_least",
        "nu mai puțin de": "at_least",
        "cel mult": "at_most",
        "maximum": "at_most",
        "maxim": "at_most",
        "nu mai mult de": "at_most",
        "nu depășește": "at_most",
        "nu va depăși": "at_most",
        "nu poate depăși": "at_most",
        "nu depășesc": "at_most",
        "nu depășească": "at_most",
        "să nu depășească": "at_most",
        "nu trebuie să depășească": "at_most",
        "nu poate să depășească": "at_most",
        "în limita a": "at_most",
        "în limita de": "at_most",
        "depășind": "over",
        "depășească": "over",
        "aprox.": "approx",
        # "până la 8%" alone is where a figure got to; "de până la" is a ceiling ("amenzi de până la").
        "de până la": "at_most",
        # "temperaturile scad cu până la 10 grade", "prețurile cresc cu până la 20%": by up to
        "cu până la": "at_most",
    },
    qualifiers_after={
        "și ceva": "over",
    },
)
