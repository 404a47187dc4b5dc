"""Kazakh in the Latin alphabet of 2021 (no CLDR locale): everything written by hand.

The forms follow the Cyrillic file (kk.py) letter by letter in the 2021 alphabet (ä ğ ı i ñ ö q ş ū ü:
мың -> myñ, пайыз -> paiyz), with the spellings met beside it: ы and і typed as ı and i (mıñ), the
2018 alphabet with acutes (myń, teńge) and, where whole words are looked up (months, currencies,
percent, years, durations, number words), the 2017 alphabet with apostrophes (ten'ge, qan'tar, tog'yz).
"""

from cisfacts.langdata import LanguageData

DATA = LanguageData(
    code="kk-Latn",
    # "50 mln teñgege deiın aiyppūl", "19 jylğa deiıngı merzımge": up to.
    up_to_after=(
        "deiın", "deiin", "deıin", "deiıngı", "deiingi", "deıingi",
        # "aqpannyñ ortasyna deiın", "nauryzdyñ soñyna deiın": until the middle, the end of a month, a deadline.
        "basyna deiın", "ortasyna deiın", "soñyna deiın", "aiağyna deiın", "basyna deıin", "ortasyna deıin",
        "sońyna deıin", "aıaǵyna deıin",
    ),
    vague_words=("birneşe", "ondağan", "jüzdegen", "myñdağan", "milliondağan"),
    and_a_half=("jarym",),
    # "jarty million tonna": half a million.
    fraction_words={"0.5": ("jarty",)},
    list_conjunctions=("jäne", "men", "pen", "ben"),
    alternative_conjunctions=("nemese",),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    counter_words_after=(
        "qaralym*", "pıkır*", "pikir*", "ret kórsetildi", "ret körsetıldı", "ret oqyldy", "ret qaraldy",
    ),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("onyñ ışınde",),
    name="Kazakh (Latin)",
    locale=None,
    separators=(",", "\u00a0"),
    script="Latn",
    alphabet="aäbcdefgğhıijklmnñoöpqrsştuūüvwxyzáóúńǵıýʼ'",
    detect_letters="äğıñöqşūü",
    # q and ğ beside y (ы): ūlttyq, qyzmet, jylğy; Azerbaijani writes ı there and Turkmen has no q.
    detect_markers=("yq", "qy", "ğy", "yğ"),
    detect_words=(
        "jäne", "men", "boiynşa", "jyly", "üşın", "dep", "būl", "osy", "turaly", "jönındegı", "bolyp", "bılan",
        "boiynsha", "úshin", "bolady", "qūrady", "bastalady", "sany", "dedı", "aitty", "jyl", "berı",
    ),
    suffix_slots=(
        ("lar", "ler", "dar", "der", "tar", "ter"),
        ("y", "ı", "i", "sy", "sı", "si", "ymyz", "ımız", "imiz"),
        (
            "ğa", "ǵa", "g'a", "ge", "qa", "ke", "na", "ne", "a", "e", "dan", "den", "tan", "ten", "nan", "nen", "da",
            "de", "ta", "te", "nda", "nde", "dyñ", "dıñ", "dyń", "dyn'", "diñ", "diń", "din'", "tyñ", "tıñ", "tyń",
            "tyn'", "tiñ", "tiń", "tin'", "nyñ", "nıñ", "nyń", "nyn'", "niñ", "niń", "nin'", "dy", "dı", "di", "ty",
            "tı", "ti", "ny", "nı", "ni", "n", "men", "ben", "pen",
            # "ǧ" (g with caron) for ğ in some converters' Latin: "100 gektarǧa"
            "ǧa",
            # equative "about": 500-dei adam, 2 mlrd dollardai, 100 myñdai (2018: dollardaı, myńdaı)
            "dai", "dei", "tai", "tei", "daı", "deı", "taı", "teı",
        ),
        # "-qy/-kı" only follows a voiceless consonant (qysqy, keşkı), which no stem here ends in:
        # "4,5 mln jylqy" (horses) is no "jyl" (year).
        ("ğy", "ğı", "ǵy", "ǧy", "ǧı", "g'y", "gı", "gi"),
    ),
    hyphen_endings=(
        "ğa", "ǵa", "g'a", "ge", "qa", "ke", "na", "ne", "a", "e", "dan", "den", "tan", "ten", "nan", "nen", "da",
        "de", "ta", "te", "nda", "nde", "dyñ", "dıñ", "dyń", "dyn'", "diñ", "diń", "din'", "tyñ", "tıñ", "tyń",
        "tyn'", "tiñ", "tiń", "tin'", "nyñ", "nıñ", "nyń", "nyn'", "niñ", "niń", "nin'", "dy", "dı", "di", "ty", "tı",
        "ti", "ny", "nı", "ni", "y", "ı", "i", "yn", "ın", "in", "yna", "ına", "ıne", "ine", "ynda", "ında", "ınde",
        "inde", "ynan", "ınan", "ınen", "inen", "ynyñ", "ınıñ", "ynyń", "ynyn'", "iniñ", "iniń", "inin'", "tyq",
        "tıq", "tık", "tik", "dyq", "dıq", "dık", "dik", "lyq", "lıq", "lık", "lik", "ğy", "ğı", "ǵy", "g'y", "gı",
        "gi", "qy", "qı", "kı", "ki", "dağy", "dağı", "daǵy", "dag'y", "degı", "degi", "tağy", "tağı", "taǵy",
        "tag'y", "tegı", "tegi", "men", "ben", "pen", "dai", "dei", "tai", "tei", "daı", "deı", "taı", "teı",
        # "143 ıstıñ 97-sı" (97 of them), "54 matçtyñ 12-syn", "34 deputattyñ 3-euı": possessive and collective
        "sy", "sı", "si", "syn", "sın", "sin", "syna", "sına", "sine", "synda", "sında", "sinde", "synan", "sınan",
        "sinen", "euı", "eui", "auy", "euın", "euin", "auyn",
    ),
    number_endings=(
        "ğa", "ǵa", "g'a", "ge", "qa", "ke", "na", "ne", "dan", "den", "tan", "ten", "nan", "nen", "da", "de", "ta",
        "te", "dyñ", "dıñ", "dyń", "dyn'", "diñ", "diń", "din'", "tyñ", "tıñ", "tyń", "tyn'", "tiñ", "tiń", "tin'",
        "nyñ", "nıñ", "nyń", "nyn'", "niñ", "niń", "nin'", "dy", "dı", "di", "ty", "tı", "ti", "ny", "nı", "ni",
        "men", "ben", "pen", "dai", "dei", "tai", "tei", "daı", "deı", "taı", "teı",
    ),
    # "on" forms are listed: "onda" (there) is a pronoun; "toqsan" is also a quarter.
    number_words={
        1: ("bır*", "bir*"),
        # the collective numerals count people and things: "ekeuı", "jeteýi bıyl salyndy"
        2: ("ekı*", "eki*", "ekeu", "ekeuı*", "ekeuın", "ekeý", "ekeýi*", "ekeýin"),
        3: ("üş*", "úsh*"),
        4: ("tört*", "tórt*", "to'rt*"),
        5: ("bes*",),
        6: ("alty*", "altı*", "altauy*", "altaýy*"),
        7: ("jetı*", "jeti*", "jeteuı*", "jeteýi*"),
        8: ("segız*", "segiz*"),
        9: ("toğyz*", "toğız*", "toǵyz*", "tog'yz*"),
        10: ("on", "onğa", "onǵa", "ong'a", "onnan", "onnyñ", "onnıñ", "onnyń", "ondy", "ondı", "onmen"),
        20: ("jiyrma*", "jiırma*", "jıyrma*", "ji'yrma*"),
        30: ("otyz*", "otız*"),
        40: ("qyryq*", "qırıq*"),
        50: ("elu*", "elý*"),
        60: ("alpys*", "alpıs*"),
        70: ("jetpıs*", "jetpis*"),
        80: ("seksen*",),
        # "toqsan" is also a quarter ("aldyñğy toqsannan 7%-ğa tömen"): only the bare form is ninety.
        90: ("toqsan",),
        100: ("jüz*", "júz*", "ju'z*"),
        1000: ("myñ*", "mıñ*", "myń*", "myŋ*"),
        1_000_000: ("million*", "mıllıon*", "mi'lli'on*"),
        1_000_000_000: ("milliard*", "mıllıard*", "mi'lli'ard*"),
        1_000_000_000_000: ("trillion*", "trıllıon*", "tri'lli'on*"),
    },
    # "ötken toqsan" (last quarter): ninety alone is no figure, "toqsan myñ", "toqsan bes" still are.
    weak_number_words=("bır*", "bir*", "toqsan"),
    minus_words=("minus",),
    # a temperature below zero: "4 градуса мороза"
    below_zero_after=("aiaz", "aıaz"),
    scale_words={
        1000: ("myñ*", "mıñ*", "myń*", "myŋ*"),
        1_000_000: ("mln", "mln.", "million*", "mıllıon*", "mi'lli'on*"),
        1_000_000_000: ("mlrd", "mlrd.", "milliard*", "mıllıard*", "mi'lli'ard*"),
        1_000_000_000_000: ("trln", "trln.", "trillion*", "trıllıon*", "tri'lli'on*"),
    },
    ordinal_words=(
        # "30 jyldyğy", "100 jyldyq mereitoiy": an anniversary ("3 jyldyq kelısımşart" is a duration).
        "jyldyğ*", "jıldığ*", "jyldyǵ*", "jyldyq mereitoi*", "jıldıq mereitoi*", "jyldyq mereıtoı*",
        "jyldyq toi*", "jıldıq toi*",
        # an age: "45 jastağy", "65 jasqa", "71 jasta", "jasy"; a bare "jas" before a noun is young people
        # ("215 jas maman", "500 jas otbasy", "2 myñ jas qatysty"), save in an age's own phrases
        "jasy*", "jası*", "jasqa", "jasta", "jastağy*", "jastağı*", "jastaǵy*", "jastan", "jasar", "jasynda",
        "jasında", "jasynan", "jasınan", "jasyna", "jasına", "jasqa", "jas mereitoi*", "jas şamasynda",
        "jas aralyğy*", "jas jäne", "jas pen",
        # a short phone number named after it: "109 bailanys ortalyğyna", "102 telefony", "103 nömırıne"
        "telefony", "telefonyna", "telefonymen", "nömırı", "nömırıne", "nomiri", "nomirine",
        "bailanys ortalyğy*", "bailanys ortalyǵy*", "bıryñğai bailanys ortalyğy*", "biryńǵaı bailanys ortalyǵy*",
        # "3 kün elektr stansasy": three solar power plants, not three days
        "kün elektr stansa*", "kún elektr stansa*", "kün elektr stantsia*",
        # a page's view counter written after its count: "1 874 qaralym" ("2 ret qaraldy" may be "considered twice")
        "qaralym",
    ),
    address_words=(
        "köşesı", "köşesi", "kóshesi", "köş.", "kósh.", "dañğyly", "dañğılı", "dańǵyly", "dañğ.", "dańǵ.",
        "şağynaudan*", "şağınaudan*", "shaǵynaýdan*", "ş/a", "sh/a",
        # abbreviated with a hyphen, as Cyrillic "к-сі", "д-лы": "Abai d-ly, 52"
        "k-sı", "k-si", "d-ly",
    ),
    reference_markers=(
        "№", "tel.", "tel", "faks", "köş.", "kósh.", "üi", "úı", "päter", "páter", "kab.",
        # "Banktıñ call-ortalyğy: 300": a short phone number after its label
        "call-ortalyğy", "call-ortalyǵy", "koll-ortalyğy", "bailanys ortalyğy", "baılanys ortalyǵy",
        "senım telefony", "senim telefony",
        # counters of page chrome, with their colon: "Qaralym: 1 207", "👁 5 630", "💬 14"
        "qaralym:", "qaralym sany:", "qaraldy:", "pıkırler:", "pikirler:", "pıkır:", "pikir:", "👁", "💬",
        # ... or in brackets, "Pıkırler (27)"; a newspaper's subscription index, "Jazylu indeksı: 65424"
        "pıkırler (", "pikirler (", "jazylu indeksı", "jazylu indeksi",
        # ... or with no colon: "Oqyldy 612 ret", "Qaraldy 5 731"; an emergency line, "Şūğyl bailanys: 112"
        "oqyldy:", "oqyldy", "qaraldy", "şūğyl bailanys", "şūğyl baılanys", "shuǵyl baılanys",
        # a hotline with its colon: "Jedel jelı: 1414"
        "jedel jelı:", "jedel jelısı:", "jedel jeli:", "jedel jelisi:",
    ),
    # "28 minut 40 sekundqa sozyldy": a time, no fact.
    # "sağatyna" (per hour) is no clock: "sağatyna 3 myñ jolauşy" is 3000.
    time_words=(
        "sağat", "sağatta", "sağatqa", "sağattan", "sağattyñ", "sağatty", "sağatpen", "sağattyq", "sağattai",
        "sağattar*", "sağaty", "sağatyn", "sağatynda", "saǵat", "saǵatta", "saǵatqa", "saǵattan", "saǵattyń",
        "saǵatty", "saǵatpen", "saǵattyq", "saǵattaı", "saǵattar*", "saǵaty", "saǵatyn", "saǵatynda",
        "sağ.", "saǵ.", "minut*", "mınýt*", "min.", "mın.", "sekund", "sekundqa", "sekundta", "sekundtan", "sek.",
    ),
    # Wind: "sekundyna 15–20 metr" is a speed, a number as "15 m/s" is.
    # "sağatyna 120 şaqyrym": a speed, as "120 km/sağ" is.
    speed_words_before=("sekundyna", "sekýndyna", "sekundyna orta eseppen", "sağatyna", "saǵatyna"),
    speed_words_after=("sekundyna", "sekýndyna"),
    currency_words={
        "USD": (
            "dollar*", "AQŞ dollar*", "AQSH dollar*", "AQS' dollar*", "doll.", "AQŞ doll.", "AQSH doll.",
            "AQS' doll.",
            # Adjectives in -lyq/-dyq/-lık: "500 mln dollarlyq joba", "2 mln iuandyq kelısım".
            "dollarlyq", "AQŞ dollarlyq", "AQSH dollarlyq",
        ),
        # "teŋge": the eng (ŋ) some converters write for ñ ("37 266 teŋgenı").
        "KZT": (
            "teñge*", "teńge*", "ten'ge*", "tenge*", "teŋge*", "tg.", "tg", "teñgelık", "teñgelik", "teńgelik",
            "teŋgelık",
        ),
        "RUB": (
            "rubl*", "rýbl*", "ry'bl*", "Resei rubl*", "Reseı rýbl*", "Resei' ry'bl*", "rubldık", "rubldik", "rýbldik",
        ),
        "EUR": ("euro*", "evro*", "eurolyq", "evrolyq", "eýrolyq"),
        "CNY": ("iuan*", "ıýan*", "i'y'an*", "yuan*", "iuandyq", "ıýandyq", "yuandyq"),
        "KGS": ("som*",),
        "UZS": ("sum*", "sým*", "sy'm*"),
        "AZN": ("manat*",),
        "TJS": ("somoni*", "somonı*", "somoni'*"),
        "GEL": ("lari*", "ları*", "lari'*"),
        "AMD": ("dram*",),
        "UAH": ("grivna*", "grıvna*", "gri'vna*", "griven*", "grıven*", "gri'ven*"),
    },
    # тиын, тыйын: 2021 "tiyn", "tyiyn"; 2018 "tıyn", "tyıyn" ("2 100 teñge 50 tiyn" is 2100.5 KZT).
    subunit_words={"KZT": ("tiyn*", "tyiyn*", "tıyn*", "tyıyn*")},
    # "20 dollar 43 sent": the hundredth of whichever currency was just named ("sentner" takes no ending of it).
    cent_words=("sent*", "tsent*"),
    percent_words=(
        # "15 paiyzdyq salyq": the adjective.
        "paiyzdyq", "paiızdıq", "paıyzdyq", "protsenttık",
        "paiyz*", "paiız*", "paıyz*", "pai'yz*", "protsent*", "paiyzdyq tarmaq*", "paiızdıq tarmaq*",
        "paıyzdyq tarmaq*", "pai'yzdyq tarmaq*", "paiyzdyq punkt*", "paiızdıq punkt*", "paıyzdyq pýnkt*",
        "pai'yzdyq py'nkt*",
    ),
    # The units of kk.py in the 2021 alphabet (шаршы -> şarşy, текше -> tekşe, сағ -> sağ), with the
    # 2018 spellings (sharshy, tekshe, saǵ) and the Russian abbreviations Kazakh news keeps (kv. m, kub. m).
    per_unit_words={
        "c/ha": (
            "gektaryna", "ärbir gektardan", "är gektardan", "bir gektardan", "gektarynan",
            # "gektaryna orta eseppen 13,8 sentnerden": "on average" between the rate word and the figure.
            "gektaryna orta eseppen", "är gektardan orta eseppen", "gektarynan orta eseppen",
            # 2018 acute spelling: "ár gektardan orta eseppen 5,7 tsentnerden".
            "ár gektardan", "árbir gektardan", "ár gektardan orta eseppen", "árbir gektardan orta eseppen",
        ),
    },
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": ("t/ga",),
        "TWh": (
            "TVt·sağ", "TVt·saǵ", "TVt·sağ*", "TVt·saǵ*", "teravatt-sağat*", "teravatt sağat*", "teravatt-saǵat*",
        ),
        # Adjectives in -lyq/-dyq: "10 tonnalyq jük", "50 kilogramdyq qap", "5 litrlık bötelke".
        "t": ("tonna*", "tonn*", "tn", "t", "tonnalyq"),
        "kg": (
            "kilogramm*", "kılogramm*", "kilogram*", "kılogram*", "kg", "kilogramdyq", "kilogrammdyq", "kılogramdyq",
            # "keli", the everyday kilogram of price lists and sacks (kk.py "келі*"): "20 kelilik qap"
            "keli*", "kelı*", "kelilik", "kelılık",
        ),
        "g": ("gramm*",),
        "c": ("tsentner*", "sentner*"),
        "c/ha": ("ts/ga", "s/ga", "tsentner/gektar*"),
        "ha": ("gektar*", "ga", "gektarlyq"),
        "km2": (
            "şarşy kilometr*", "şarşı kilometr*", "sharshy kilometr*", "şarşy km", "şarşı km", "sharshy km",
            "ş. km", "sh. km", "kv. km", "kv.km",
        ),
        "m2": (
            "şarşy metr*", "şarşı metr*", "sharshy metr*", "şarşy m", "şarşı m", "sharshy m", "ş.m.", "ş. m",
            "sh. m", "kv. m", "kv.m", "m2", "m²", "şarşy metrlık", "şarşy metrlik", "sharshy metrlik",
        ),
        # "şaqyrym": the everyday word for a kilometre ("144 şaqyrymy", "45 şaqyrymdyq jol").
        "km": (
            "kilometr*", "kılometr*", "km", "kilometrlık", "kilometrlik", "şaqyrym*", "şaqırım*", "shaqyrym*",
            "şaqyrymdyq", "shaqyrymdyq",
        ),
        "m": ("metr*", "m", "metrlık", "metrlik"),
        "m3": (
            "tekşe metr*", "tekshe metr*", "tekşe m", "tekshe m", "kub. m", "kub.m", "kub metr*", "m3", "m³",
        ),
        "l": ("litr*", "lıtr*", "l", "litrlık", "litrlik"),
        "kWh": (
            "kVt·sağ", "kVt·saǵ", "kVt·sağ*", "kVt·saǵ*", "kilovatt-sağat*", "kilovatt sağat*", "kılovatt-saǵat*",
            "kılovatt saǵat*",
        ),
        "MWh": ("MVt·sağ", "MVt·saǵ", "MVt·sağ*", "MVt·saǵ*", "megavatt-sağat*", "megavatt sağat*", "megavatt-saǵat*"),
        "GWh": ("GVt·sağ", "GVt·saǵ", "GVt·sağ*", "GVt·saǵ*", "gigavatt-sağat*", "gigavatt sağat*", "gıgavatt-saǵat*"),
        "MW": ("megavatt*", "MVt", "megavattyq"),
        "GW": ("gigavatt*", "gıgavatt*", "GVt", "gigavattyq"),
        "bbl": ("barrel*",),
    },
    # Verb-final: verbs after the figure, nouns before it ("ösımı 5%"). The forms are listed, not stems:
    # "art*" would take "-dan artyq" (more than), "ös*" "ösımdık" (plant) and "Öskemen".
    change_before={
        "increase": (
            "ösım", "ösim", "ósim", "ösımı", "ösimi", "ósimi", "ösu*", "ósý*", "artuy*", "artuı*", "artýy*",
            "ūlğaiu*", "ulğaiu*", "ulǵaıý*", "köbeiu*", "kóbeıý*",
        ),
        "decrease": (
            "tömendeu*", "tómendeý*", "qysqaru*", "qısqaru*", "qysqarý*", "azaiu*", "azaıý*", "kemuı*", "kemui*",
            "kemýi*",
        ),
    },
    change_after={
        "increase": (
            "östı", "östi", "ósti", "ösıp", "ösip", "ósip", "ösedı", "ösedi", "ósedi", "ösken*", "ósken*", "artty",
            "arttı", "artyp", "artıp", "artady", "artadı", "artqan*", "artatyn", "artatın", "artsa", "köbei*",
            "kóbeı*", "ūlğai*", "ulğai*", "ulǵaı*", "joğaryla*", "joǵaryla*", "qymbatta*", "qımbatta*", "köter*",
            "kóter*", "joğary", "joǵary",
            # "18%-ğa köp" (18% more): only after a dative figure ("-dan köp" is "more than").
            "-ğa köp", "-ge köp", "-qa köp", "-ke köp", "-ǵa kóp", "-ge kóp", "-qa kóp", "-ke kóp",
            "-ğa artyq", "-ge artyq", "-qa artyq", "-ke artyq",
            # "kvotadan 390 myñ barrelge asyp tüstı": exceeded it by (before "tüstı", fell, is read).
            "-ğa asyp", "-ge asyp", "-qa asyp", "-ke asyp", "-ǵa asyp",
        ),
        "decrease": (
            "tömende*", "tómende*", "azai*", "azaı*", "qysqar*", "qısqar*", "kemidı", "kemidi", "kemıdı", "kemıp",
            "kemip", "kemigen", "kemıgen", "arzanda*", "qūlda*", "qulda*", "tüstı", "tüsti", "tústi", "tüsıp",
            "tüsip", "túsip", "tömen", "tómen",
            "-ğa az", "-ge az", "-qa az", "-ke az", "-ǵa az", "-ğa kem", "-ge kem", "-qa kem", "-ke kem",
        ),
    },
    restating_words=("iağni", "nemese"),
    level_after=(
        "deiın", "deiin", "deıin", "jett*", "jetıp", "jetip", "jetk*", "jeted*", "jetuı", "jetui", "jetýi", "jetpek",
    ),
    # After a genitive month the day takes a possessive: "jeltoqsannyñ 16-sy", "nauryzdyñ 22-sınde",
    # "qyrküiektıñ 1-ınen" ("Qazannyñ" is mostly the city of Kazan: left out).
    day_endings=(
        "ı", "i", "şı", "şi", "shi", "şy", "shy", "sı", "si", "sy",
        "ınde", "inde", "ynda", "sınde", "sinde", "synda", "ıne", "ine", "yna", "sıne", "sine", "syna",
        "ınen", "inen", "ynan", "sınen", "sinen", "synan",
    ),
    months_before_day={
        1: ("qañtardyñ", "qańtardyń"), 2: ("aqpannyñ", "aqpannyń"), 3: ("nauryzdyñ", "naýryzdyń"),
        4: ("säuırdıñ", "säuirdiñ", "sáýirdiń"), 5: ("mamyrdyñ", "mamyrdyń"), 6: ("mausymnyñ", "maýsymnyń"),
        7: ("şıldenıñ", "şildeniñ", "shildeniń"), 8: ("tamyzdyñ", "tamyzdyń"),
        9: ("qyrküiektıñ", "qyrküiektiñ", "qyrkúıektiń"), 11: ("qaraşanyñ", "qarashanyń"),
        12: ("jeltoqsannyñ", "jeltoqsannyń"),
    },
    months_inflect=True,
    name_like_months=("Qazan*", "Nauryz*", "Naurız*", "Naýryz*"),
    # "mausym" is also a season ("jylytu mausymy", "egın mausymynda"): its possessive forms alone are that.
    # The abbreviations ("11 naý. 2026") are months only with a day: "qaz." alone is "Kazakh".
    never_alone_months=(
        "mausymy*", "mausımı*", "maýsymy*", "may'symy*",
        "qań.", "aqp.", "naý.", "sáý.", "mam.", "maý.", "shil.", "tam.", "qyr.", "qaz.", "qar.", "jel.",
    ),
    # No CLDR locale: every month by hand, 2021 spelling first; qyrküiek -> qyrküiegı.
    month_words={
        1: ("qañtar*", "qańtar*", "qan'tar*", "qań."),
        2: ("aqpan*", "aqp."),
        3: ("nauryz*", "naurız*", "naýryz*", "nay'ryz*", "nauryz aiy*", "naýryz aıy*", "naý."),
        4: ("säuır*", "säuir*", "sáýir*", "sa'y'ir*", "sáý."),
        5: ("mamyr*", "mamır*", "mam."),
        6: ("mausym*", "mausım*", "maýsym*", "may'sym*", "maý."),
        7: ("şılde*", "şilde*", "shilde*", "s'ilde*", "shil."),
        8: ("tamyz*", "tamız*", "tam."),
        9: (
            "qyrküiek*", "qırküiek*", "qyrkúıek*", "qyrku'i'ek*", "qyrküieg*", "qırküieg*", "qyrkúıeg*",
            "qyrku'i'eg*", "qyr.",
        ),
        # "Qazan aiynyñ soñyna deiın": capitalised with "month" after it, October and not Kazan.
        10: ("qazan*", "qazan aiy*", "qazan aıy*", "qaz."),
        11: ("qaraşa*", "qarasha*", "qaras'a*", "qar."),
        12: ("jeltoqsan*", "jel."),
    },
    # "2024 jyldyq esep": the annual report for 2024 (a 4-digit year; "3 jyldyq" is a duration).
    year_words=("jyl*", "jıl*", "j.", "jylğy", "jılğı", "jylǵy", "jylg'y", "jyldyq", "jıldıq"),
    # "Jyldyñ 9 aiynda" (the year's first 9 months): the reference year.
    # "Biylğy jyldyñ 8 aiynda": this year's first 8 months, one period.
    this_year_words=(
        "jyldyñ", "jıldıñ", "jyldyń", "jyldyn'", "biylğy jyldyñ", "biılğı jıldıñ", "bıylǵy jyldyń",
        "ağymdağy jyldyñ", "ağımdağı jıldıñ", "aǵymdaǵy jyldyń", "osy jyldyñ", "osı jıldıñ", "osy jyldyń",
    ),
    year_range_words=("jyldar*", "jıldar*", "jj.", "jyldary", "jıldarı", "j.j."),
    # "1,5 trln teñgeden 2 trln teñgege deiın", "5 myñnan 50 myñ teñgege deiın": the first end of a range of
    # amounts (and a scale word with a "from" ending ends its number: not 5 050).
    range_from_endings=("dan", "den", "tan", "ten", "nan", "nen"),
    # "üşten bırı", "besten ekısıne": a fraction (a third, two fifths), no fact
    fraction_of_endings=("dan", "den", "tan", "ten", "nan", "nen"),
    fraction_part_endings=(
        "ı", "i", "y", "sı", "si", "sy", "ın", "in", "yn", "sın", "sin", "syn", "ıne", "ine", "yna", "sıne", "sine",
        "syna", "ınde", "inde", "ynda", "sınde", "sinde", "synda",
    ),
    range_until=(
        "deiın", "deiin", "deıin", "deiıngı", "deiingi", "deıingi", "aralyğynda", "aralığında", "aralyǵynda",
        "aralyğyndağy", "aralığındağı", "aralyǵyndaǵy",
    ),
    ordinal_numbers={
        1: ("bırınşı", "birinşi", "birinshi", "alğaşqy", "alğaşqı", "alǵashqy"),
        2: ("ekınşı", "ekinşi", "ekinshi"),
        3: ("üşınşı", "üşinşi", "úshinshi"),
        4: ("törtınşı", "törtinşi", "tórtinshi"),
    },
    # The half with its possessive ("jyldyñ bırınşı jartysynda") or of a year ("alğaşqy jarty jylda"):
    # a bare "jarty" is a half of anything ("alğaşqy jarty sağat tegın", the first half hour).
    half_words=(
        "jartysy*", "jartısı*", "jarty jyl*", "jartı jıl*",
        "jartyjyldyq*", "jartıjıldıq*", "jartyjyldyğ*", "jartıjıldığ*", "jartyjyldyǵ*",
        "jarty jyldyq*", "jarty jyldyğ*", "jartı jıldığ*", "jarty jyldyǵ*",
    ),
    # "Şekteu jarty jyl boiy qoldanyldy": half a year.
    whole_durations={
        "P6M": (
            "jarty jyl", "jarty jylda", "jarty jylğa", "jarty jyldan", "jarty jyldyñ", "jartı jıl", "jartı jılda",
            "jartı jılğa", "jarty jylǵa", "jarty jyldyń",
        ),
    },
    quarter_words=("toqsan*",),
    # a half of anything: "Matçtyñ bırınşı jartysynda" is no half year (a half year with a year word before or after it)
    generic_halves=("jartysy*", "jartısı*"),
    duration_words={
        # "3 jyldyq kelısımşart", "5 jyldyq jospar": the adjective of a length of time.
        "year": ("jyl*", "jıl*", "jyldyq", "jıldıq"),
        # "3 ailyq jospar", "10 kündık merzım": adjectives of a length of time.
        "month": ("ai*", "aı*", "ai'*", "ailyq", "aılyq"),
        "week": ("apta*", "aptalyq"),
        "day": (
            "kün*", "kún*", "ku'n*", "täulık*", "täulik*", "táýlik*", "ta'y'lik*", "kündık", "kündik", "kúndik",
            "täulıktık", "táýliktik",
            # "ötınışter 15 jūmys künı qabyldanady": fifteen working days.
            "jūmys kün*", "jumys kün*", "jūmys kún*", "jumys kún*", "jūmys kun*",
        ),
    },
    # "Jolauşy ağyny 9 aida 12,4 mln-ğa jettı": the months of this year so far (a statistics report).
    months_so_far_endings=("da",),
    # "the last 6 months", "every 3 months", "the coming 6 months", "1 jyl 6 aida", "2024 jyldyñ 9 aiynda":
    # a span, or another year's months, not this year so far.
    months_so_far_blockers=(
        "soñğy", "sońǵy", "är", "ár", "ärbır", "árbir", "ötken", "kelesı", "kelesi", "aldağy", "aldaǵy",
        "jaqyn", "jyl", "jyldyñ", "jyldyń", "jylğy", "jylǵy",
    ),
    # "маусым" is also a season: "жаңа/өткен маусымда" (this/last season) is no June
    # "būl mausymdağy rekord" (this season's record), as "osy mausymda"
    month_blockers_before=("jaña", "ötken", "kelesı", "aldağy", "osy", "būl", "bul", "biylğy", "ağymdağy"),
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "ötken aida": -1,
        "ötken aidağy": -1,
        "ötken aidyñ": -1,
        "ötken ai": -1,
        # "ötken aimen salystyrğanda" (compared with last month), "ötken aiğa qarağanda"
        "ötken aimen": -1,
        "ötken aiğa": -1,
        "osy aida": 0,
        "osy aidyñ": 0,
        "ağymdağy aida": 0,
        "kelesı aida": 1,
        "kelesı aidyñ": 1,
        "aldağy aida": 1,
        "ağymdağy aidyñ": 0,
    },
    # "ötken jartyjyldyqta": the period of that half year (not "ötken jarty jylda", the past six months)
    relative_halves={
        "ötken jartyjyldyqta": -1,
        "ötken jartyjyldyqtağy": -1,
        "ötken jartyjyldyqtyñ": -1,
        "ötken jartyjyldyqpen": -1,
        "ötken jartyjyldyqqa": -1,
        "osy jartyjyldyqta": 0,
        "osy jartyjyldyqtyñ": 0,
        "ağymdağy jartyjyldyqta": 0,
        "ağymdağy jartyjyldyqtyñ": 0,
        "kelesı jartyjyldyqta": 1,
        "kelesı jartyjyldyqtyñ": 1,
        "aldağy jartyjyldyqta": 1,
    },
    # "ötken toqsanda": the period of that quarter (not a bare "ötken toqsan": "ötken toqsan jyl", the past 90 years)
    relative_quarters={
        "ötken toqsanda": -1,
        "ötken toqsandağy": -1,
        "ötken toqsannyñ": -1,
        "ötken toqsanmen": -1,
        "ötken toqsanğa": -1,
        "osy toqsanda": 0,
        "osy toqsannyñ": 0,
        "ağymdağy toqsanda": 0,
        "kelesı toqsanda": 1,
        "kelesı toqsannyñ": 1,
        "aldağy toqsanda": 1,
        "ağymdağy toqsannyñ": 0,
    },
    # a day of a relative month: "by the 15th of next month"
    relative_months_before_day=("ötken aidyñ", "osy aidyñ", "ağymdağy aidyñ", "kelesı aidyñ",),
    # "that same year": the year written last before it
    # the year in the genitive comes before its month: "өткен жылдың қыркүйегі"
    relative_year_after_month=False,
    same_year_words=("sol jyly", "sol jyldyñ", "sol jylğy"),
    relative_years={
        "ötken jyly": -1,
        "ötken jılı": -1,
        "ótken jyly": -1,
        "o'tken jyly": -1,
        "ötken jyldyñ": -1,
        "ötken jıldıñ": -1,
        "ótken jyldyń": -1,
        "o'tken jyldyn'": -1,
        "ötken jylğy": -1,
        "ötken jılğı": -1,
        "ótken jylǵy": -1,
        "o'tken jylg'y": -1,
        # "ötken jylmen salystyrğanda" (compared with last year), "ötken jylğa qarağanda", "ötken jyldan".
        "ötken jylmen": -1,
        "ötken jılmen": -1,
        "ótken jylmen": -1,
        "o'tken jylmen": -1,
        "ötken jylğa": -1,
        "ötken jılğa": -1,
        "ótken jylǵa": -1,
        "o'tken jylg'a": -1,
        "ötken jyldan": -1,
        "ötken jıldan": -1,
        "ótken jyldan": -1,
        "o'tken jyldan": -1,
        "byltyr": -1,
        "bıltır": -1,
        "byltyrğy": -1,
        "bıltırğı": -1,
        "byltyrǵy": -1,
        "byltyrg'y": -1,
        # "byltyrğy jyldyñ ekınşı jartysynda": last year's second half, one period.
        "byltyrğy jyldyñ": -1,
        "bıltırğı jıldıñ": -1,
        "byltyrǵy jyldyń": -1,
        "byltyrg'y jyldyn'": -1,
        # "byltyrğydan 17%-ğa köp", "byltyrğymen salystyrğanda": than, compared with last year's
        "byltyrğydan": -1,
        # "byltyrmen salystyrğanda" (compared with last year), "byltyrdan berı" (since last year)
        "byltyrmen": -1,
        "bıltırmen": -1,
        "byltyrdan": -1,
        "bıltırdan": -1,
        "bıltırğıdan": -1,
        "byltyrǵydan": -1,
        "byltyrğymen": -1,
        "bıltırğımen": -1,
        "byltyrǵymen": -1,
        "byltyrğyğa": -1,
        "byltyrǵyǵa": -1,
        "ötken jylğymen": -1,
        "ötken jylğydan": -1,
        "ótken jylǵymen": -1,
        "ótken jylǵydan": -1,
        "biyl": 0,
        "biıl": 0,
        "bıyl": 0,
        "bi'yl": 0,
        "biylğy": 0,
        # "bıyl" typed with ı: "Bıylğy ŪBT nätijesı", "bıylğydan 5%-ğa köp"
        "bıylğy": 0,
        "bıylğydan": 0,
        # "biylğy jyldyñ bırınşı jartysynda": this year's first half, one period; "biylğydan" than this year's.
        "biylğy jyldyñ": 0,
        "biılğı jıldıñ": 0,
        "bıylǵy jyldyń": 0,
        "biylğy jyly": 0,
        "biylğydan": 0,
        "biılğıdan": 0,
        "bıylǵydan": 0,
        "biylğymen": 0,
        "bıylǵymen": 0,
        "biılğı": 0,
        "bıylǵy": 0,
        "bi'ylg'y": 0,
        "ağymdağy jyly": 0,
        "ağımdağı jılı": 0,
        "aǵymdaǵy jyly": 0,
        "ag'ymdag'y jyly": 0,
        "ağymdağy jyldyñ": 0,
        "ağımdağı jıldıñ": 0,
        "aǵymdaǵy jyldyń": 0,
        "ag'ymdag'y jyldyn'": 0,
        "osy jyly": 0,
        "osı jılı": 0,
        "osy jyldyñ": 0,
        "osı jıldıñ": 0,
        "osy jyldyń": 0,
        "ağymdağy jylğy": 0,
        "ağımdağı jılğı": 0,
        "aǵymdaǵy jylǵy": 0,
        "kelesı jylğa": 1,
        "kelesi jılğa": 1,
        "kelesi jylǵa": 1,
        "kelesi jylg'a": 1,
        "kelesı jyly": 1,
        "kelesi jılı": 1,
        "kelesi jyly": 1,
        "kelesı jyldyñ": 1,
        "kelesi jıldıñ": 1,
        "kelesi jyldyń": 1,
        "kelesi jyldyn'": 1,
        "keler jyly": 1,
        "keler jılı": 1,
        "aldağy jyly": 1,
        "aldağı jılı": 1,
        "aldaǵy jyly": 1,
        "aldag'y jyly": 1,
    },
    qualifiers_before={
        "şamamen": "approx",
        "shamamen": "approx",
        "şamasy": "approx",
        "şaması": "approx",
        "shamasy": "approx",
        "juyq şamamen": "approx",
        "juıq şamamen": "approx",
        "jýyq shamamen": "approx",
        "kemınde": "at_least",
        "keminde": "at_least",
        "eñ kemı": "at_least",
        "eñ kemi": "at_least",
        "eń kemi": "at_least",
        "eñ kemınde": "at_least",
        "eñ keminde": "at_least",
        "eń keminde": "at_least",
        "eñ köbı": "at_most",
        "eñ köbi": "at_most",
        "eń kóbi": "at_most",
        "köp degende": "at_most",
        "kem degende": "at_least",
        "kóp degende": "at_most",
    },
    # "2 milliard dollardan asty" (exceeded $2bn), "10%-dan köp" (more than 10%) need an ablative figure:
    # "0,5 paiyzdyq tarmaqqa asty" (exceeded it by 0.5 points) and "5%-ğa köp" (5% more) give no qualifier.
    qualifiers_after={
        # "500-dei adam", "2 mlrd dollardai": the ending alone says "about".
        "-dai": "approx", "-dei": "approx", "-tai": "approx", "-tei": "approx",
        "-daı": "approx", "-deı": "approx", "-taı": "approx", "-teı": "approx",
        "-dan asady": "over", "-den asady": "over", "-tan asady": "over",
        "-ten asady": "over", "-nan asady": "over", "-nen asady": "over",
        "-dan asadı": "over", "-den asadı": "over", "-tan asadı": "over",
        "-ten asadı": "over", "-nan asadı": "over", "-nen asadı": "over",
        "-dan asty": "over", "-den asty": "over", "-tan asty": "over",
        "-ten asty": "over", "-nan asty": "over", "-nen asty": "over",
        "-dan astı": "over", "-den astı": "over", "-tan astı": "over",
        "-ten astı": "over", "-nan astı": "over", "-nen astı": "over",
        "-dan asyp": "over", "-den asyp": "over", "-tan asyp": "over",
        "-ten asyp": "over", "-nan asyp": "over", "-nen asyp": "over",
        "-dan asyp tüstı": "over", "-den asyp tüstı": "over", "-tan asyp tüstı": "over",
        "-ten asyp tüstı": "over", "-nan asyp tüstı": "over", "-nen asyp tüstı": "over",
        "-dan asyp tüsti": "over", "-den asyp tüsti": "over", "-nan asyp tüsti": "over", "-nen asyp tüsti": "over",
        "-dan asyp kettı": "over", "-den asyp kettı": "over", "-nan asyp kettı": "over", "-nen asyp kettı": "over",
        "-dan asıp": "over", "-den asıp": "over", "-tan asıp": "over",
        "-ten asıp": "over", "-nan asıp": "over", "-nen asıp": "over",
        "-dan asatyn": "over", "-den asatyn": "over", "-tan asatyn": "over",
        "-ten asatyn": "over", "-nan asatyn": "over", "-nen asatyn": "over",
        "-dan asatın": "over", "-den asatın": "over", "-tan asatın": "over",
        "-ten asatın": "over", "-nan asatın": "over", "-nen asatın": "over",
        "-dan asqan": "over", "-den asqan": "over", "-tan asqan": "over",
        "-ten asqan": "over", "-nan asqan": "over", "-nen asqan": "over",
        "-dan asqanyn": "over", "-den asqanyn": "over", "-tan asqanyn": "over",
        "-ten asqanyn": "over", "-nan asqanyn": "over", "-nen asqanyn": "over",
        "-dan asqanın": "over", "-den asqanın": "over", "-tan asqanın": "over",
        "-ten asqanın": "over", "-nan asqanın": "over", "-nen asqanın": "over",
        "-dan asqany": "over", "-den asqany": "over", "-tan asqany": "over",
        "-ten asqany": "over", "-nan asqany": "over", "-nen asqany": "over",
        "-dan asqanı": "over", "-den asqanı": "over", "-tan asqanı": "over",
        "-ten asqanı": "over", "-nan asqanı": "over", "-nen asqanı": "over",
        "-dan artyq": "over", "-den artyq": "over", "-tan artyq": "over",
        "-ten artyq": "over", "-nan artyq": "over", "-nen artyq": "over",
        "-dan artıq": "over", "-den artıq": "over", "-tan artıq": "over",
        "-ten artıq": "over", "-nan artıq": "over", "-nen artıq": "over",
        "-dan köp": "over", "-den köp": "over", "-tan köp": "over",
        "-ten köp": "over", "-nan köp": "over", "-nen köp": "over",
        "-dan kóp": "over", "-den kóp": "over", "-tan kóp": "over",
        "-ten kóp": "over", "-nan kóp": "over", "-nen kóp": "over",
        "-dan kem": "under", "-den kem": "under", "-tan kem": "under",
        "-ten kem": "under", "-nan kem": "under", "-nen kem": "under",
        "-dan az": "under", "-den az": "under", "-tan az": "under",
        "-ten az": "under", "-nan az": "under", "-nen az": "under",
        # "500 myñ teñgeden joğary" (above), "-dan tömen" (below), "500-ge tarta" (close to 500)
        "-dan joğary": "over", "-den joğary": "over", "-tan joğary": "over",
        "-ten joğary": "over", "-nan joğary": "over", "-nen joğary": "over",
        "-dan joǵary": "over", "-den joǵary": "over", "-tan joǵary": "over",
        "-ten joǵary": "over", "-nan joǵary": "over", "-nen joǵary": "over",
        "-dan tömen": "under", "-den tömen": "under", "-tan tömen": "under",
        "-ten tömen": "under", "-nan tömen": "under", "-nen tömen": "under",
        "-dan tómen": "under", "-den tómen": "under", "-tan tómen": "under",
        "-ten tómen": "under", "-nan tómen": "under", "-nen tómen": "under",
        "-ğa tarta": "approx", "-ge tarta": "approx", "-qa tarta": "approx",
        "-ke tarta": "approx", "-ǵa tarta": "approx", "-g'a tarta": "approx",
        "tömen emes": "at_least",
        "tómen emes": "at_least",
        "töñıregınde": "approx",
        "töñiregınde": "approx",
        "töñireginde": "approx",
        "tóńireginde": "approx",
        "töñıregındegı": "approx",
        "töñiregindegi": "approx",
        "tóńiregindegi": "approx",
        "astam": "over",
        "juyq": "approx",
        "juıq": "approx",
        "jýyq": "approx",
        "şamasynda": "approx",
        "şamasında": "approx",
        "shamasynda": "approx",
        "şamasyndağy": "approx",
        "şamasındağı": "approx",
        "shamasyndaǵy": "approx",
        "kem emes": "at_least",
        "kem bolmauy": "at_least",
        "kem bolmauı": "at_least",
        "kem bolmaýy": "at_least",
        "kem bolmaidy": "at_least",
        "kem bolmaidı": "at_least",
        "kem bolmaıdy": "at_least",
        "kem bolmauğa": "at_least",
        "kem bolmaityn": "at_least", "kem bolmaitynyn": "at_least", "kem bolmaıtyn": "at_least",
        "kem bolmaıtynyn": "at_least", "kem bolmauy tiıs": "at_least", "kem bolmauy tiis": "at_least",
        # "540 teñgege jaqyndady" (approached), "96 myñğa jaqyn" (close to).
        "jaqyndady": "approx", "jaqyndap": "approx", "jaqyndağan": "approx", "jaqyndaǵan": "approx",
        "jaqyndaidy": "approx", "jaqyndaıdy": "approx",
        "-ğa jaqyn": "approx", "-ge jaqyn": "approx", "-qa jaqyn": "approx", "-ke jaqyn": "approx",
        "-ǵa jaqyn": "approx",
        # The counted noun between the figure and its qualifier: "2,6 million adamnan asady".
        "adamnan astam": "over", "adamnan asady": "over", "adamnan asty": "over", "adamnan asyp": "over",
        "adamnan köp": "over", "adamnan kóp": "over", "adamğa juyq": "approx", "adamǵa jýyq": "approx",
        "adamğa jaqyn": "approx", "adamnan kem": "under", "adamnan az": "under",
        "kem bolmaýǵa": "at_least",
        "aspaidy": "at_most",
        "aspaidı": "at_most",
        "aspaıdy": "at_most",
        "aspauy": "at_most",
        "aspauı": "at_most",
        "aspaýy": "at_most",
        "aspauğa": "at_most",
        "aspaýǵa": "at_most",
        "aspaityn": "at_most",
        "aspaitın": "at_most",
        "aspaıtyn": "at_most",
        "aspağan": "at_most",
        "aspaǵan": "at_most",
        "astamğa": "over",
        "astamǵa": "over",
        "astamy": "over",
        "astamı": "over",
        "juyqtady": "approx",
        "juıqtadı": "approx",
        "jýyqtady": "approx",
        "juyqtap": "approx",
        "juıqtap": "approx",
        "jýyqtap": "approx",
    },
)
