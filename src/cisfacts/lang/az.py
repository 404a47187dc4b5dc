"""Azerbaijani (Latin). CLDR gives months, separators ("1.200.000"), currency names, scale words and "faiz"."""

from cisfacts.langdata import LanguageData

DATA = LanguageData(
    code="az",
    vague_words=("bir neçə", "neçə", "onlarla", "yüzlərlə", "minlərlə", "milyonlarla"),
    and_a_half=("yarım",),
    # "yarım milyon turist": half a million (not a million).
    fraction_words={"0.5": ("yarım",)},
    # "200 min tona qədər", "5 ilədək həbs", "yanvarın 15-dək": up to (a change word after it makes it a level:
    # "4,5%-ə qədər yüksəlib").
    up_to_after=("qədər", "-dək"),
    list_conjunctions=("və",),
    alternative_conjunctions=("yaxud", "və ya",),
    # a byline's counters after their count: "09:40 | 1,8 тис. переглядів"
    counter_words_after=("baxış*", "şərh*",),
    # a part of the figure before: "56 млн тонн, из них пшеницы — 22 млн"
    of_which=("o cümlədən", "onlardan", "bunlardan",),
    name="Azerbaijani",
    locale="az",
    script="Latn",
    alphabet="abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
    detect_letters="əçğıöşü",
    detect_words=(
        "və", "ilə", "üçün", "bu", "olub", "edib", "bildirib", "ildə", "olan", "isə", "görə", "ki",
        # Kazakh in Latin script writes "million", "paiyz".
        "milyon", "milyard", "faiz", "olunub", "olunacaq", "edilib", "ediləcək",
    ),
    # Endings follow vowel harmony: every variant is listed (-lar/-lər, -ın/-in/-un/-ün, -da/-də ...).
    suffix_slots=(
        ("lar", "lər"),
        (
            "ı", "i", "u", "ü", "sı", "si", "su", "sü",
            "ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz",
        ),
        (
            "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
            "a", "ə", "ya", "yə", "na", "nə",
            "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü",
            "da", "də", "nda", "ndə",
            "dan", "dən", "ndan", "ndən",
            "la", "lə", "yla", "ylə",
        ),
        ("kı", "ki", "dək"),
        # A case after "-ki": "2024-cü ildəkindən" (than in 2024), "ildəkinə".
        ("ndan", "ndən", "na", "nə", "nı", "ni"),
        ("dır", "dir", "dur", "dür"),
    ),
    stem_strip="ıiuü",
    # Endings glued to digits, "%" or an abbreviation with a hyphen ("100-ə", "5%-dən", "2024-də", "20-si").
    # The ordinal endings (-cı, -ci, -cu, -cü) are left out: "2-ci yer" is no figure.
    hyphen_endings=(
        "a", "ə", "ya", "yə", "na", "nə",
        "da", "də", "nda", "ndə",
        "dan", "dən", "ndan", "ndən",
        "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
        "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü",
        "sı", "si", "su", "sü",
        "sına", "sinə", "suna", "sünə", "sını", "sini", "sunu", "sünü",
        "sında", "sində", "sunda", "sündə", "sından", "sindən", "sundan", "sündən",
        "sının", "sinin", "sunun", "sünün",
        "la", "lə", "yla", "ylə",
        "lıq", "lik", "luq", "lük",
        "dək", "adək", "ədək", "yadək", "yədək",
        "dır", "dir", "dur", "dür",
    ),
    number_endings=(
        "a", "ə", "ya", "yə",
        "da", "də", "dan", "dən",
        "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
        "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü",
        "sı", "si", "su", "sü",
        "la", "lə", "yla", "ylə",
    ),
    number_words={
        0: ("sıfır*",),
        1: ("bir*",),
        2: ("iki*",),
        # "üçün" (for) is a postposition: three is written out without the genitive.
        3: ("üç", "üçə", "üçdə", "üçdən", "üçü", "üçlə", "üçünü"),
        4: ("dörd*",),
        5: ("beş*",),
        6: ("altı*",),
        7: ("yeddi*",),
        8: ("səkkiz*",),
        9: ("doqquz*",),
        # "ona", "onda", "ondan", "onu", "onun" are the pronoun "o" (he, it): ten is "on" alone.
        10: ("on",),
        20: ("iyirmi*",),
        30: ("otuz*",),
        40: ("qırx*",),
        50: ("əlli*",),
        60: ("altmış*",),
        70: ("yetmiş*",),
        80: ("səksən*",),
        90: ("doxsan*",),
        100: ("yüz*",),
        1000: ("min", "minə", "mindən", "minin"),
        1_000_000: ("milyon*",),
        1_000_000_000: ("milyard*",),
        1_000_000_000_000: ("trilyon*",),
    },
    weak_number_words=("bir*",),
    # a temperature below zero: "4 градуса мороза"
    # "1 dərəcə şaxtadan 4 dərəcəyədək isti" (from 1 below to 4 above), "8°-dək şaxta" too.
    below_zero_after=("şaxta", "şaxtadan", "şaxtayadək", "şaxtaya"),
    scale_words={
        1000: ("min*",),
        1_000_000: ("mln", "mln.", "milyon*", "million*"),
        1_000_000_000: ("mlrd", "mlrd.", "milyard*", "milyar*", "milliard*"),
        1_000_000_000_000: ("trln", "trln.", "trilyon*", "trillion*"),
    },
    # After a number: an ordinal "nömrəli"/"saylı" (No.), an anniversary ("30 illiyi", "100 illik yubileyi"),
    # an age ("65 yaşında"), a short hotline number ("146 qaynar xəttinə"). "5 illik proqram" (a
    # five-year programme) is a duration.
    ordinal_words=(
        "nömrəli", "saylı", "illiy*", "illik yubiley*", "illik bayram*", "yaş*", "yaşlı", "yaşlı*", "yubiley*",
        "qaynar xətt*",
        # A short phone number named after it: "102 nömrəsinə zəng edin".
        "nömrəsinə", "nömrələrinə", "nömrəsi ilə",
        # A page's view counter written after its count: "17:50 · 4 302 baxış" (the bare form only:
        # "baxışların sayı 2 dəfə artıb" is a figure).
        "baxış",
    ),
    # "interval 90 saniyəyə qədər azalır": seconds, like minutes, are no figure; not "saniyədə", a
    # speed word before its figure ("saniyədə 10-15 metr")
    time_words=(
        "saat*", "dəqiqə*", "dəq.", "san.",
        "saniyə", "saniyəyə", "saniyəni", "saniyədən", "saniyəyədək", "saniyəlik", "saniyəsi",
    ),
    address_words=(
        "küçəsi", "küç.", "prospekti", "pr.", "döngəsi", "şossesi", "bulvarı", "məhəlləsi", "mikrorayonu", "mkr.",
    ),
    # Page footers: "Qaynar xətt: 1655", "Çağrı mərkəzi: 195", "Ünvan: AZ1073".
    reference_markers=(
        "№", "tel.", "tel", "faks", "mob.", "mənzil", "otaq", "maddə", "bənd", "reys", "qaynar xətt", "qaynar xətti",
        "çağrı mərkəzi", "ünvan", "poçt indeksi",
        # A page's view counter: "Baxış: 8 512", "Baxış sayı: 3 076", "Oxunub: 1 390", "👁 2 118".
        # (with its colon: "baxışların sayı 2 dəfə artıb" is a figure)
        "baxış:", "baxış sayı:", "baxışların sayı:", "oxunub:", "oxunma sayı:", "👁",
        # ... or with no colon: "14:15 Oxunub 138" ("read 138"); in body text "oxunub" follows its count
        "oxunub",
        # Comment counters: "Şərhlər: 5", "Şərh: 21", "💬 14".
        "şərhlər:", "şərh:", "💬",
        # the comment count in brackets: "Şərhlər (7)"
        "şərhlər (", "şərh (",
        # aircraft models: "Boeing 787-9"
        "Boeing",
    ),
    currency_words={
        "AZN": ("manat*", "manatlıq", "Azərbaycan manat*"),
        "USD": ("dollar*", "dollarlıq", "ABŞ dollar*", "ABŞ dollarlıq"),
        "EUR": ("avro*", "avroluq", "yevro*", "euro*"),
        "RUB": ("rubl*", "Rusiya rubl*"),
        "TRY": ("lirə*", "türk lirə*", "Türkiyə lirə*"),
        "GBP": ("funt sterlinq*", "sterlinq*"),
        "CNY": ("yuan*",),
        "KZT": ("tenge*",),
        "GEL": ("lari*",),
        "UAH": ("qrivna*",),
        "TMT": ("Türkmənistan manat*",),
        # Not a stem "yen*": "3 yeni məktəb" is three new schools, "yenidən" is "again".
        "JPY": ("yapon yen*", "yen", "yendən", "yenlə"),
    },
    percent_words=(
        "faiz*", "faizlik",
        # Exact: a stem "faiz bənd*" would lose to the shorter exact "faiz".
        "faiz bəndi", "faiz bəndinə", "faiz bəndindən", "faiz bəndində", "faiz bəndə", "faiz bənddən",
        "faiz bəndlik", "faiz punkt", "faiz punktu", "faiz punkta",
    ),
    # CLDR writes a tonne "metrik ton" and a megawatt "meqavatt": news writes these too.
    # "hektardan orta hesabla 31,6 sentner" (on average per hectare).
    # qəpik -> qəpiyə, qəpiyi, qəpiyədək: the final k softens before a vowel.
    subunit_words={"AZN": ("qəpik*", "qəpiy*")},
    # "65 dollar 20 sent": the hundredth of whichever currency was just named ("sentner" takes no ending of it).
    cent_words=("sent*",),
    per_unit_words={
        "c/ha": (
            "hektardan", "hər hektardan", "hər hektara", "bir hektardan", "hektarına", "hektardan orta hesabla",
            "hər hektardan orta hesabla",
            # "Hər hektardan orta məhsuldarlıq 29,4 sentner": the yield named between.
            "hektardan orta məhsuldarlıq", "hər hektardan orta məhsuldarlıq",
        ),
    },
    # Wind: "секундына 15–20 метр" is a speed, a number as "15 м/с" is; so is "saatda 250 kilometr".
    speed_words_before=("saniyədə", "saniyəsində", "saatda"),
    speed_words_after=("saniyədə",),
    unit_words={
        # yields in tonnes a hectare, terawatt-hours
        "t/ha": ("t/ha",),
        "TWh": (
            "TVt·saat*", "TVt·saat", "TVt·saatdan", "TVt·saata", "TVt.saat*", "TVt.saat", "teravat-saat*",
            "teravatt-saat*", "teravat saat*", "teravat/saat*",
        ),
        "t": ("ton*", "tonluq", "tn", "t"),
        "kg": ("kiloqram*", "kiloqramlıq", "kq", "kg"),
        "g": ("qram*",),
        "c": ("sentner*",),
        "c/ha": ("s/ha", "sentner/hektar*"),
        "ha": ("hektar*", "hektarlıq", "ha"),
        "km2": ("kvadrat kilometr*", "kv. km", "kv.km", "kv km", "km²"),
        "m2": (
            "kvadratmetr*", "kvadrat metr*", "kv. metr*", "kv. m", "kv.m", "kv m", "m²",
            "kvadratmetrlik", "kvadrat metrlik", "kv. metrlik",
        ),
        "km": ("kilometr*", "kilometrlik", "km"),
        "m": ("metr*", "metrlik", "m"),
        "m3": ("kubmetr*", "kub metr*", "kub. metr*", "kub. m", "kub.m", "m³", "kubmetrlik", "kub metrlik"),
        # "0,5 litrlik qablarda".
        "l": ("litr*", "litrlik", "l"),
        # News also writes "kVt.saat" and "kilovat/saat"; the abbreviations also as exact forms: a stem
        # "MVt·saat*" alone loses to "MVt" (MW).
        "kWh": ("kVt·saat*", "kVt.saat*", "kilovat-saat*", "kilovatt-saat*", "kilovat saat*", "kilovat/saat*"),
        "MWh": (
            "MVt·saat*", "MVt·saat", "MVt·saatdan", "MVt·saata", "MVt.saat*", "MVt.saat",
            "meqavat-saat*", "meqavatt-saat*", "meqavat saat*", "meqavat/saat*",
        ),
        "GWh": (
            "GVt·saat*", "GVt·saat", "GVt·saatdan", "GVt·saata", "GVt.saat*", "GVt.saat",
            "giqavat-saat*", "giqavatt-saat*", "giqavat saat*", "giqavat/saat*",
        ),
        "MW": ("meqavat*", "meqavatt*", "meqavatlıq", "MVt", "MVt*", "MW"),
        "GW": ("giqavat*", "giqavatt*", "GVt", "GW"),
        "bbl": ("barel*", "barrel*"),
    },
    # A cubic kilometre (a reservoir's volume) is a billion cubic metres: exact forms, as the factor is looked up.
    scaled_unit_words={
        form: ("m3", "1000000000")
        for form in (
            "kub kilometr", "kub kilometrdir", "kub kilometrə", "kub kilometri", "kub kilometrdən", "kub kilometrlik",
            "kub km", "km³",
        )
    },
    # CLDR's gram "q" is rather a letter of a list or an abbreviation (q. = qəsəbə).
    unit_exclude=("q",),
    change_before={
        "increase": ("artım*", "yüksəliş*", "böyümə*"),
        "decrease": ("azalma*", "eniş*", "düşüş*", "geriləmə*"),
    },
    # Whole forms where a stem would take other words: "artıq" (more than), "düşmən" (enemy),
    # "böyük" (big).
    change_after={
        "increase": (
            "çoxdur", "çox", "artıqdır",
            "artıb", "artdı", "artaraq", "artacaq", "artacağ*", "artır*", "artım*", "artması*", "artmışdır", "yüksəl*",
            "çoxal*", "bahalaş*", "böyüyüb", "böyüdü", "böyüyərək", "böyümə*",
            # "70 qəpiyə qalxıb" (rose), "10 qəpiyə qaldırılıb" (raised), "3 aya qədər uzadılıb" (extended).
            "qalx*", "qaldır*", "uzadıl*",
        ),
        "decrease": (
            "azdır", "az", "əskikdir",
            "azal*", "düşüb", "düşdü", "düşərək", "düşəcək", "düşüş*", "endiril*", "enib", "ucuzlaş*", "gerilə*",
            "ixtisar*", "kiçil*",
        ),
    },
    # A figure in the dative or the locative is the level reached or kept, not the size of a change:
    # "5,5%-ə düşüb" (fell to), "7,25 faizə endirilib" (lowered to), "7 faizdə saxlayıb" (kept at).
    restating_words=("və ya", "yəni", "yaxud"),
    level_after=(
        "-a", "-ə", "-da", "-də", "-dək", "qədər", "dək", "kimi", "çat*", "səviyyəsində", "səviyyəsinə",
    ),
    months_inflect=True,
    # The month named with "ay" (month) in the genitive, before its day: "oktyabr ayının 10-da", and
    # carrying the range endings: "mart ayından iyun ayınadək" is a range like "martdan iyunadək".
    month_words={
        1: ("yanvar ayının", "yanvar ayından", "yanvar ayınadək"),
        2: ("fevral ayının", "fevral ayından", "fevral ayınadək"),
        3: ("mart ayının", "mart ayından", "mart ayınadək"),
        4: ("aprel ayının", "aprel ayından", "aprel ayınadək"),
        5: ("may ayının", "may ayından", "may ayınadək"),
        6: ("iyun ayının", "iyun ayından", "iyun ayınadək"),
        7: ("iyul ayının", "iyul ayından", "iyul ayınadək"),
        8: ("avqust ayının", "avqust ayından", "avqust ayınadək"),
        9: ("sentyabr ayının", "sentyabr ayından", "sentyabr ayınadək"),
        10: ("oktyabr ayının", "oktyabr ayından", "oktyabr ayınadək"),
        11: ("noyabr ayının", "noyabr ayından", "noyabr ayınadək"),
        12: ("dekabr ayının", "dekabr ayından", "dekabr ayınadək"),
    },
    # A day follows the genitive month: oktyabrın 10-da, oktyabr ayının 10-da.
    months_before_day={
        1: ("yanvarın", "yanvar ayının"), 2: ("fevralın", "fevral ayının"), 3: ("martın", "mart ayının"),
        4: ("aprelin", "aprel ayının"), 5: ("mayın", "may ayının"), 6: ("iyunun", "iyun ayının"),
        7: ("iyulun", "iyul ayının"), 8: ("avqustun", "avqust ayının"), 9: ("sentyabrın", "sentyabr ayının"),
        10: ("oktyabrın", "oktyabr ayının"), 11: ("noyabrın", "noyabr ayının"), 12: ("dekabrın", "dekabr ayının"),
    },
    range_from_endings=("dan", "dən"),
    range_to_endings=("dək",),
    # Capitalised, these are more often "Maya dəyəri" (cost price) and "Yanında" (beside).
    name_like_months=("maya", "yan*"),
    # Lower-case too, "maya dəyəri" (cost price) is far more frequent than "maya" (to May).
    never_alone_months=("maya",),
    # Ordinal endings written on days and years: "2024-cü il", "2025-ci il", "2030-cu il", "1-ci".
    # Case endings written on a day after its genitive month: "oktyabrın 10-da", "sentyabrın 1-dən", "15-dək".
    day_endings=(
        "cı", "ci", "cu", "cü", "ncı", "nci", "ncu", "ncü", "ıncı", "inci", "uncu", "üncü",
        "da", "də", "dan", "dən", "a", "ə", "ya", "yə", "na", "nə", "dək", "adək", "ədək", "yadək", "yədək",
    ),
    year_words=("il*",),
    this_year_words=("ilin",),
    # "İxrac 9 ayda 12% artıb": the months of this year so far (a headline of a statistics report).
    months_so_far_endings=("da",),
    # "9 ay ərzində" (during the 9 months) in a report
    months_so_far_after=("ərzində",),
    # "the last 6 months", "every 3 months", "the coming 6 months", "1 il 6 ayda": a span, not the year so far.
    months_so_far_blockers=("son", "sonuncu", "axırıncı", "hər", "ötən", "keçən", "növbəti", "gələn", "yaxın", "il"),
    year_range_words=("illər*",),
    range_until=("qədər", "dək", "kimi"),
    ordinal_numbers={
        1: ("birinci*", "ilk"),
        2: ("ikinci*",),
        3: ("üçüncü*",),
        4: ("dördüncü*",),
    },
    half_words=("yarı*", "yarımil*", "yarımillik*", "yarımilliy*"),
    quarter_words=("rüb*", "kvartal*"),
    # a half of anything: "oyunun birinci yarısında" is no half year (a half year with a year word before or after it)
    generic_halves=("yarısı*",),
    # "6 aylıq müddət", "10 günlük": the adjectives in -lıq/-lik are lengths of time too.
    duration_words={
        "year": ("il*", "illik"),
        "month": ("ay*", "aylıq"),
        "week": ("həftə*", "həftəlik"),
        "day": ("gün*", "günlük", "sutka*", "iş gün*"),
    },
    # "yarım il" (half a year): six months.
    whole_durations={"P6M": ("yarım il*", "yarım illik")},
    # "last month", "this month", "next month": a date of that month
    relative_months={
        "ötən ay": -1,
        "ötən ayda": -1,
        "ötən ayın": -1,
        "keçən ay": -1,
        "keçən ayda": -1,
        "keçən ayın": -1,
        "gələn ay": 1,
        "gələn ayda": 1,
        "gələn aydan": 1,
        "gələn ayın": 1,
        "cari ayın": 0,
        "bu ayın": 0,
    },
    # "ötən yarımillikdə": the period of that half year
    relative_halves={
        "ötən yarımillikdə": -1,
        "ötən yarımilliyin": -1,
        "ötən yarımillikdən": -1,
        "ötən yarımilliklə": -1,
        "keçən yarımillikdə": -1,
        "keçən yarımilliyin": -1,
        "keçən yarımillikdən": -1,
        "cari yarımillikdə": 0,
        "cari yarımilliyin": 0,
        "bu yarımillikdə": 0,
        "bu yarımilliyin": 0,
        "gələn yarımillikdə": 1,
        "gələn yarımillikdən": 1,
        "gələn yarımilliyin": 1,
        "növbəti yarımillikdə": 1,
        "növbəti yarımilliyin": 1,
    },
    # "ötən rübdə": the period of that quarter (not a bare "ötən rüb": "ötən rüb əsr", a quarter century)
    relative_quarters={
        "ötən rübdə": -1,
        "ötən rübün": -1,
        "keçən rübdə": -1,
        "keçən rübün": -1,
        "gələn rübdə": 1,
        "gələn rübdən": 1,
        "gələn rübün": 1,
        "cari rübün": 0,
        "bu rübün": 0,
    },
    # a day of a relative month: "by the 15th of next month"
    relative_months_before_day=("ötən ayın", "keçən ayın", "gələn ayın", "cari ayın", "bu ayın",),
    # "that same year": the year written last before it
    # the year in the genitive comes before its month: "өткен жылдың қыркүйегі"
    relative_year_after_month=False,
    # "hər bir il üçün" (for each year): one of each, no length of time
    each_words=("hər",),
    same_year_words=("həmin il", "həmin ilin", "həmin ildə"),
    relative_years={
        "keçən il": -1, "keçən ilin": -1, "keçən ildə": -1, "keçən ilki": -1, "keçən ilə": -1,
        "keçən ili": -1, "keçən ildən": -1,
        "ötən il": -1, "ötən ilin": -1, "ötən ildə": -1, "ötən ilki": -1, "ötən ilə": -1,
        "ötən ili": -1, "ötən ildən": -1,
        # "than last year's": "qiymət ötən ildəkindən 3% yüksəkdir".
        "keçən ildəki": -1, "keçən ildəkindən": -1, "keçən ildəkinə": -1,
        "ötən ildəki": -1, "ötən ildəkindən": -1, "ötən ildəkinə": -1,
        "bu ildəki": 0, "cari ildəki": 0, "gələn ildəki": 1, "növbəti ildəki": 1,
        # The instrumental "illə" (ötən illə müqayisədə, "compared with last year").
        "keçən illə": -1, "ötən illə": -1, "bu illə": 0, "cari illə": 0, "gələn illə": 1, "növbəti illə": 1,
        "bu il": 0, "bu ilin": 0, "bu ildə": 0, "bu ilki": 0, "builki": 0, "bu ilə": 0, "bu ili": 0,
        "bu ildən": 0, "bu ilədək": 0,
        "cari il": 0, "cari ilin": 0, "cari ildə": 0, "cari ilki": 0, "cari ilə": 0, "cari ili": 0,
        "cari ildən": 0, "cari ilədək": 0,
        "gələn il": 1, "gələn ilin": 1, "gələn ildə": 1, "gələn ilki": 1, "gələn ilə": 1, "gələn ili": 1,
        "gələn ildən": 1, "gələn ilədək": 1,
        "növbəti il": 1, "növbəti ilin": 1, "növbəti ildə": 1, "növbəti ilki": 1, "növbəti ilə": 1,
        "növbəti ili": 1, "növbəti ildən": 1, "növbəti ilədək": 1,
        # "the previous year": "əvvəlki ilin müvafiq dövrü ilə müqayisədə" (see anaphoric_relative_years)
        "əvvəlki il": -1, "əvvəlki ilin": -1, "əvvəlki ildə": -1, "əvvəlki ilə": -1, "əvvəlki illə": -1,
        "əvvəlki ili": -1, "əvvəlki ildən": -1, "əvvəlki ilki": -1, "əvvəlki ildəki": -1,
        "əvvəlki ildəkindən": -1,
    },
    # "2024-cü ildə ixrac əvvəlki illə müqayisədə 5% artıb": counted from 2024
    anaphoric_relative_years=(
        "əvvəlki il", "əvvəlki ilin", "əvvəlki ildə", "əvvəlki ilə", "əvvəlki illə", "əvvəlki ili", "əvvəlki ildən",
        "əvvəlki ilki", "əvvəlki ildəki", "əvvəlki ildəkindən",
    ),
    qualifiers_before={
        "təxminən": "approx",
        "təqribən": "approx",
        "təxmini": "approx",
        "ən azı": "at_least",
        "azı": "at_least",
        "ən az": "at_least",
        "minimum": "at_least",
        "ən çoxu": "at_most",
        "ən çox": "at_most",
        "maksimum": "at_most",
        "çox olmayaraq": "at_most",
    },
    qualifiers_after={
        # "10 faizdən çoxdur" is "more than 10%", but "12% çoxdur" is "12% more" (by how much): the
        # comparatives need the ablative figure.
        "-dan çox": "over",
        "-dən çox": "over",
        "-dan artıq": "over",
        "-dən artıq": "over",
        "-dan yuxarı": "over",
        "-dən yuxarı": "over",
        "-dan çoxdur": "over",
        "-dən çoxdur": "over",
        "-dan artıqdır": "over",
        "-dən artıqdır": "over",
        # "istehsalın 60 faizdən çoxu" (more than 60% of the output)
        "-dan çoxu": "over",
        "-dən çoxu": "over",
        "-dan artığı": "over",
        "-dən artığı": "over",
        # The counter "nəfər" (persons) stands between a count and its comparative: "300 nəfərdən çox".
        "nəfərdən çox": "over",
        "nəfərdən artıq": "over",
        "nəfərdən yuxarı": "over",
        "nəfərdən az": "under",
        "nəfərə yaxın": "approx",
        "nəfər civarında": "approx",
        "nəfər ətrafında": "approx",
        "ötüb": "over",
        "keçib": "over",
        "aşıb": "over",
        "üstələyib": "over",
        # the future and its noun: "gəliri 10 milyon avronu ötəcək", "ötəcəyi gözlənilir"
        "ötəcək": "over",
        "ötəcəyi": "over",
        "ötəcəyini": "over",
        "aşacaq": "over",
        "aşacağı": "over",
        "üstələyəcək": "over",
        "-dan az": "under",
        "-dən az": "under",
        "-dan azdır": "under",
        "-dən azdır": "under",
        "-dan aşağı": "under",
        "-dən aşağı": "under",
        "-dan aşağıdır": "under",
        "-dən aşağıdır": "under",
        # "30 min manatdan yuxarıdır" (is above), "500 manatdan aşağı deyil" (is not below: at least).
        "-dan yuxarıdır": "over",
        "-dən yuxarıdır": "over",
        "-dan aşağı deyil": "at_least",
        "-dən aşağı deyil": "at_least",
        "-dan aşağı olmayaraq": "at_least",
        "-dən aşağı olmayaraq": "at_least",
        "-dan aşağı olmayan": "at_least",
        "-dən aşağı olmayan": "at_least",
        "-dan aşağı olmamalıdır": "at_least",
        "-dən aşağı olmamalıdır": "at_least",
        "yaxın": "approx",
        "yaxındır": "approx",
        "yaxınlaşıb": "approx",
        "civarında": "approx",
        "ətrafında": "approx",
        "az olmayaraq": "at_least",
        "az olmayan": "at_least",
        "az olmamalıdır": "at_least",
        "az deyil": "at_least",
        "çox olmayaraq": "at_most",
        "çox olmayan": "at_most",
        "çox olmamalıdır": "at_most",
        "artıq olmayaraq": "at_most",
        "artıq olmayan": "at_most",
        "artıq olmamalıdır": "at_most",
        "aşmayan": "at_most",
        "aşmamalıdır": "at_most",
        "keçməyən": "at_most",
        "keçməməlidir": "at_most",
    },
)
