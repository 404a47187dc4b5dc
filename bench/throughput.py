"""Throughput, start-up cost and scaling of ``cisfacts.extract``, against ``regex`` and ``dateparser``.

Builds a seeded corpus of economic-news paragraphs dense in figures (money with
scale words and currencies, percentages with case endings, dates with month
names, years with year words, periods, durations, quantities, ranges, change
verbs) in every language of ``cisfacts.LANGUAGES``, one language per paragraph
in turn, and in one run measures:

1. ``corpus``: its size in characters and paragraphs (per language).
2. ``extract``: million characters per second of ``cisfacts.extract(paragraph,
   lang=L)`` over every paragraph (best of ``--repeat``), per language too, and
   of ``cisfacts.extract(paragraph)`` (``lang=None``: the language is detected
   per paragraph) over the same paragraphs; the facts each found.
3. ``regex``: million characters per second of one bare pass
   ``sum(1 for _ in regex.finditer(r"\\d+", text))`` over the whole text (the
   paragraphs joined by blank lines), and the ratio regex speed / extract speed
   for both ``extract`` runs.
4. ``dateparser`` (when importable): the corpus cut to ``--dateparser-chars``
   characters (whole paragraphs, every language in turn) through
   ``dateparser.search.search_dates(paragraph, languages=[L])``, with ``L`` the
   paragraph's language in dateparser's codes (a paragraph whose language
   dateparser lacks is left out, and named), and through
   ``search_dates(paragraph)`` without languages; characters per second of
   each, the speed of ``extract`` on the same paragraphs, and the speed-up
   (extract with ``lang`` / search_dates with languages; extract without
   ``lang`` / search_dates without). One pass each, after one warm-up call per
   language.
5. ``startup``, each in a fresh ``python`` process: the time of ``import
   cisfacts`` (best of 3); per language, the time of the first ``extract`` of a
   short sentence after the import (one process per language); the peak RSS
   (``resource.getrusage(...).ru_maxrss``, MB) after the import, and after
   every language has been used once (then one call with ``lang=None``), of a
   process started from a small launcher (see ``_LAUNCHER``).
6. ``scaling``: seconds per million characters of ``extract`` with ``lang``
   given, paragraph by paragraph, for inputs of 1 thousand characters (one per
   language, each timed in a loop), 100 thousand, 10 million and 100 million
   characters. Inputs of a million characters or more are streamed: generated
   in chunks of paragraphs, each chunk timed and dropped, so memory stays flat
   (the RSS before and after is shown). Sizes above ``--max-scale-mb`` are
   replaced by that cap. ``flatness`` is the largest / the smallest seconds per
   million characters among the inputs of 100 thousand characters or more (1.0
   is perfectly linear).

Run from the repository root::

    python bench/throughput.py                  # 10 M chars, best of 3, scaling up to 100 M (~20 min)
    python bench/throughput.py --quick          # 0.5 M chars, one run, scaling up to 1 M (~80 s)
    python bench/throughput.py --size-mb 2 --max-scale-mb 20 --json

Timings are wall times on whatever else the machine is doing: indicative only,
no test asserts on them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

try:
    import cisfacts
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import cisfacts

SEED = 20240601

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

#: Month names as the language's date form (``{month}``, ``{date}``) writes them.
MONTHS: dict[str, tuple[str, ...]] = {
    "kk": (
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
    "bg": (
        "януари", "февруари", "март", "април", "май", "юни",
        "юли", "август", "септември", "октомври", "ноември", "декември",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "az": (
        "yanvar", "fevral", "mart", "aprel", "may", "iyun",
        "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr",
    ),
    "be": (
        "студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
        "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня",
    ),
    "hy": (
        "հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի",
        "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի",
    ),
    "ka": (
        "იანვარს", "თებერვალს", "მარტს", "აპრილს", "მაისს", "ივნისს",
        "ივლისს", "აგვისტოს", "სექტემბერს", "ოქტომბერს", "ნოემბერს", "დეკემბერს",
    ),
    "kk-Latn": (
        "qañtarda", "aqpanda", "nauryzda", "säuırde", "mamyrda", "mausymda",
        "şıldede", "tamyzda", "qyrküiekte", "qazanda", "qaraşada", "jeltoqsanda",
    ),
    "ky": (
        "январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
        "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында",
    ),
    "ro": (
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie",
        "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie",
    ),
    "tg": (
        "январи", "феврали", "марти", "апрели", "майи", "июни",
        "июли", "августи", "сентябри", "октябри", "ноябри", "декабри",
    ),
    "tk": (
        "ýanwarynda", "fewralynda", "martynda", "aprelinde", "maýynda", "iýunynda",
        "iýulynda", "awgustynda", "sentýabrynda", "oktýabrynda", "noýabrynda", "dekabrynda",
    ),
    "uk": (
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ),
    "uz": (
        "yanvar", "fevral", "mart", "aprel", "may", "iyun",
        "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr",
    ),
    "uz-Cyrl": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
}  # fmt: skip

#: Month names as a range of months (``{mrange}``: "январь-сентябрь") writes them.
MONTH_STEMS: dict[str, tuple[str, ...]] = {
    "kk": MONTHS["kk"],
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
    "bg": MONTHS["bg"],
    "en": MONTHS["en"],
    "az": MONTHS["az"],
    "be": (
        "студзень", "люты", "сакавік", "красавік", "май", "чэрвень",
        "ліпень", "жнівень", "верасень", "кастрычнік", "лістапад", "снежань",
    ),
    "hy": (
        "հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս",
        "հուլիս", "օգոստոս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր",
    ),
    "ka": (
        "იანვარ", "თებერვალ", "მარტ", "აპრილ", "მაის", "ივნის",
        "ივლის", "აგვისტო", "სექტემბერ", "ოქტომბერ", "ნოემბერ", "დეკემბერ",
    ),
    "kk-Latn": (
        "qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym",
        "şılde", "tamyz", "qyrküiek", "qazan", "qaraşa", "jeltoqsan",
    ),
    "ky": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
    "ro": MONTHS["ro"],
    "tg": (
        "январ", "феврал", "март", "апрел", "май", "июн",
        "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    ),
    "tk": (
        "ýanwar", "fewral", "mart", "aprel", "maý", "iýun",
        "iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr",
    ),
    "uk": (
        "січень", "лютий", "березень", "квітень", "травень", "червень",
        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
    ),
    "uz": MONTHS["uz"],
    "uz-Cyrl": MONTHS["uz-Cyrl"],
}  # fmt: skip

#: How ``{date}`` is written: ``{d}`` day, ``{m}`` month (``MONTHS``), ``{y}`` year,
#: ``{yo}``/``{do}`` the year/day with its ordinal ending (az, tk). The template
#: writes what follows ("г.", "года", "tarixində").
DATE_FORMATS: dict[str, str] = {
    "kk": "{d} {m} {y}",
    "ru": "{d} {m} {y}",
    "bg": "{d} {m} {y}",
    "en": "{m} {d}, {y}",
    "az": "{d} {m} {yo} il",
    "be": "{d} {m} {y}",
    "hy": "{y} թ. {m} {d}-ին",
    "ka": "{y} წლის {d} {m}",
    "kk-Latn": "{y} jylğy {d} {m}",
    "ky": "{y}-жылдын {d}-{m}",
    "ro": "{d} {m} {y}",
    "tg": "{d} {m} соли {y}",
    "tk": "{yo} ýylyň {do} {m}",
    "uk": "{d} {m} {y}",
    "uz": "{y}-yil {d}-{m}",
    "uz-Cyrl": "{y} йил {d} {m}",
}

SCALES: dict[str, tuple[str, ...]] = {
    "kk": ("мың", "млн", "млрд", "трлн"),
    "ru": ("тыс.", "млн", "млрд", "трлн"),
    "bg": ("хиляди", "млн.", "млрд.", "млн", "млрд"),
    "en": ("thousand", "million", "billion", "trillion"),
    "az": ("min", "milyon", "milyard", "mln", "mlrd"),
    "be": ("тыс.", "млн", "млрд", "трлн"),
    "hy": ("հազար", "միլիոն", "միլիարդ", "մլն", "մլրդ"),
    "ka": ("ათასი", "მილიონი", "მილიარდი", "მლნ", "მლრდ"),
    "kk-Latn": ("myñ", "mln", "mlrd", "trln"),
    "ky": ("миң", "млн", "млрд", "миллион", "миллиард"),
    "ro": ("mii", "milioane", "miliarde", "mil.", "mld."),
    "tg": ("ҳазор", "миллион", "миллиард", "млн", "млрд"),
    "tk": ("müň", "million", "milliard", "mln", "mlrd"),
    "uk": ("тис.", "млн", "млрд", "трлн"),
    "uz": ("ming", "mln", "mlrd", "trln"),
    "uz-Cyrl": ("минг", "млн", "млрд", "трлн"),
}

CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "kk": ("теңге", "доллар", "еуро", "рубль"),
    "ru": ("тенге", "долларов", "евро", "рублей", "долларов США"),
    "bg": ("лева", "долара", "евро", "рубли", "щ.д."),
    "en": ("tenge", "dollars", "euros", "roubles"),
    "az": ("manat", "ABŞ dolları", "avro", "rubl"),
    "be": ("рублёў", "долараў", "еўра", "расійскіх рублёў", "долараў ЗША"),
    "hy": ("դրամ", "ԱՄՆ դոլար", "եվրո", "ռուբլի"),
    "ka": ("ლარი", "აშშ დოლარი", "ევრო", "რუბლი"),
    "kk-Latn": ("teñge", "dollar", "euro", "rubl"),
    "ky": ("сом", "доллар", "евро", "рубль"),
    "ro": ("lei", "euro", "dolari", "dolari americani"),
    "tg": ("сомонӣ", "доллари ИМА", "евро"),
    "tk": ("manat", "ABŞ dollary", "ýewro"),
    "uk": ("грн", "гривень", "доларів", "євро", "доларів США"),
    "uz": ("soʻm", "dollar", "AQSH dollari", "yevro"),
    "uz-Cyrl": ("сўм", "доллар", "АҚШ доллари", "евро"),
}

SIGNS: tuple[str, ...] = ("$", "€", "₸", "₽")

#: What follows a plain amount ("1 234 567 ֏"); the signs above where not given.
AMOUNT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "az": ("manat", "₼"),
    "be": ("рублёў", "Br"),
    "hy": ("դրամ", "֏"),
    "ka": ("ლარი", "₾"),
    "kk-Latn": ("teñge", "₸"),
    "ky": ("сом",),
    "tg": ("сомонӣ",),
    "tk": ("manat",),
    "uk": ("грн", "₴"),
    "uz": ("soʻm",),
    "uz-Cyrl": ("сўм",),
}

#: Group separators a number may be written with (default: no-break space, space, none).
GROUPS: dict[str, tuple[str, ...]] = {"ro": (".", "")}

#: Kazakh dative endings, by the word the figure is read with ("пайыз",
#: "миллиард", "теңге"...): "4,5%-ға", "$37,3 млрд-қа", "1 200 ₸-ге".
KK_DATIVE: dict[str, str] = {
    "%": "-ға", "мың": "-ға", "млн": "-ға", "млрд": "-қа", "трлн": "-ға",
    "$": "-ға", "€": "-ға", "₸": "-ге", "₽": "-ге",
    "теңге": "ге", "доллар": "ға", "еуро": "ға", "рубль": "ге",
}  # fmt: skip

#: The ordinal ending of a number, by the last word it is read with ("2024-cü"
#: is "iki min iyirmi dörd-cü"): Azerbaijani and Turkmen vowel harmony.
ORDINAL_ENDINGS: dict[str, dict[int, str]] = {
    "az": {
        1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu",
        10: "cu", 20: "ci", 30: "cu", 40: "cı", 50: "ci", 60: "cı", 70: "ci", 80: "ci", 90: "cı",
        100: "cü", 1000: "ci",
    },
    "tk": {
        1: "nji", 2: "nji", 3: "nji", 4: "nji", 5: "nji", 6: "njy", 7: "nji", 8: "nji", 9: "njy",
        10: "njy", 20: "nji", 30: "njy", 40: "njy", 50: "nji", 60: "njy", 70: "nji", 80: "nji", 90: "njy",
        100: "nji", 1000: "nji",
    },
}  # fmt: skip

#: Units of quantities (``{qty}``: "2,5 млн тонн"), in the form read after a scale word.
UNITS: dict[str, tuple[str, ...]] = {
    "kk": ("тонна", "гектар", "текше метр"),
    "ru": ("тонн", "гектаров", "кубометров", "баррелей"),
    "bg": ("тона", "декара", "кубически метра"),
    "en": ("tonnes", "hectares", "cubic metres", "barrels"),
    "az": ("ton", "hektar", "kubmetr", "barel"),
    "be": ("тон", "гектараў"),
    "hy": ("տոննա", "հեկտար", "խորանարդ մետր"),
    "ka": ("ტონა", "ჰექტარი", "კუბური მეტრი"),
    "kk-Latn": ("tonna", "gektar"),
    "ky": ("тонна", "гектар", "баррель"),
    "ro": ("tone", "hectare"),
    "tg": ("тонна", "гектар"),
    "tk": ("tonna", "gektar", "barrel"),
    "uk": ("тонн", "гектарів", "кубометрів"),
    "uz": ("tonna", "gektar", "kub metr"),
    "uz-Cyrl": ("тонна", "гектар", "куб метр"),
}

DURATION_UNITS: dict[str, tuple[str, ...]] = {
    "kk": ("жыл", "ай", "апта", "күн"),
    "ru": ("лет", "месяцев", "недель", "дней"),
    "bg": ("години", "месеца", "седмици", "дни"),
    "en": ("years", "months", "weeks", "days"),
    "az": ("il", "ay", "həftə", "gün"),
    "be": ("гадоў", "месяцаў", "тыдняў", "дзён"),
    "hy": ("տարի", "ամիս", "շաբաթ", "օր"),
    "ka": ("წელი", "თვე", "კვირა", "დღე"),
    "kk-Latn": ("jyl", "ai", "apta", "kün"),
    "ky": ("жыл", "ай", "апта", "күн"),
    "ro": ("ani", "luni", "săptămâni", "zile"),
    "tg": ("сол", "моҳ", "ҳафта", "рӯз"),
    "tk": ("ýyl", "aý", "hepde", "gün"),
    "uk": ("років", "місяців", "тижнів", "днів"),
    "uz": ("yil", "oy", "hafta", "kun"),
    "uz-Cyrl": ("йил", "ой", "ҳафта", "кун"),
}

SUBJECTS: dict[str, tuple[str, ...]] = {
    "kk": (
        "Ұлттық банк", "Қаржы министрлігі", "Статистика бюросы", "Самұрық-Қазына қоры",
        "Астана әкімдігі", "ҚазМұнайГаз", "Даму банкі", "Үкімет",
    ),
    "ru": (
        "Нацбанка", "Минфина", "Бюро национальной статистики", "фонда «Самрук-Казына»",
        "акимата Алматы", "правительства", "Сбербанка", "Росстата",
    ),
    "bg": (
        "БНБ", "Министерството на финансите", "НСИ", "Българската банка за развитие",
        "Столичната община", "Правителството", "Министерството на енергетиката",
    ),
    "en": (
        "the central bank", "the finance ministry", "the statistics bureau", "the sovereign fund",
        "the Almaty city council", "the government", "KazMunayGas", "the development bank",
    ),
    "az": ("Mərkəzi Bank", "Maliyyə Nazirliyi", "Dövlət Statistika Komitəsi", "Nazirlər Kabineti", "SOCAR"),
    "be": ("Нацбанка", "Мінфіна", "Белстата", "Міністэрства эканомікі", "урада"),  # genitive
    "hy": ("Կենտրոնական բանկը", "Ֆինանսների նախարարությունը", "Կառավարությունը", "Էկոնոմիկայի նախարարությունը"),
    "ka": ("ეროვნულმა ბანკმა", "ფინანსთა სამინისტრომ", "მთავრობამ", "ეკონომიკის სამინისტრომ"),  # ergative
    "kk-Latn": ("Ūlttyq bank", "Qarjy ministrlıgı", "Statistika biurosy", "Ükımet", "Ūlttyq qor"),
    "ky": ("Улуттук банк", "Финансы министрлиги", "Улуттук статистика комитети", "Министрлер кабинети"),
    "ro": ("BNR", "Ministerul Finanțelor", "INS", "Guvernul", "BNM", "Comisia Europeană"),
    "tg": ("Бонки миллӣ", "Вазорати молия", "Агентии омор", "Ҳукумат", "Вазорати рушди иқтисод"),
    "tk": ("Merkezi bank", "Maliýe ministrligi", "Statistika komiteti", "Ministrler Kabineti"),
    "uk": ("НБУ", "Мінфіну", "Держстату", "Мінекономіки", "уряду", "Нафтогазу"),  # genitive
    "uz": ("Markaziy bank", "Moliya vazirligi", "Statistika agentligi", "Vazirlar Mahkamasi"),
    "uz-Cyrl": ("Марказий банк", "Молия вазирлиги", "Статистика агентлиги", "Вазирлар Маҳкамаси"),
}  # fmt: skip

# Sentence templates. Placeholders: {subj} (ru/be/uk: genitive) {Subj} (capitalised)
# {money} {num} {int} {pct} {pct2} {p} (a percentage without its sign) {n} {n2}
# (amounts read with a scale word) {lo} {hi} (the ends of a range) {date} {year}
# {year2} {yo} {yo2} (years with their ordinal ending: az, tk) {day} {day2}
# {month} {month2} {mrange} (a range of months) {dur} {qty} {q}; kk also
# {pct_dat} and {money_dat} (dative). Figures are filled in by ``Filler`` below.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "kk": (
        "{subj} мәліметінше, {year} жылы елдің сыртқы сауда айналымы {money} болып, {pct_dat} өсті.",
        "{date} жыл {subj} базалық мөлшерлемені {pct} деңгейінде сақтады.",
        "Биылғы {q} тоқсанда инфляция {pct} құрады, бұл өткен жылғы көрсеткіштен төмен.",
        "{subj} {year}-{year2} жылдарға арналған бағдарламаға {money} бөлуді жоспарлап отыр.",
        "Жоба {dur} ішінде іске асырылады, оған {num} адам тартылады.",
        "{year} жылғы {day} {month} күні қол қойылған келісім бойынша инвестиция көлемі {money_dat} жетеді.",
        "Өңірде {num} жаңа жұмыс орны ашылды, жалақы орта есеппен {pct_dat} артты.",
        "Сарапшылардың айтуынша, нарықтағы жағдай тұрақты болып қала береді.",
        "Экспорттың үлесі {pct} болды, ал импорт {money} деңгейінде тіркелді.",
        "Кеңес отырысы {date} жылы Астанада өтеді.",
        "Министрлік бұл бағыттағы жұмысты жалғастыратынын мәлімдеді.",
        "Елімізде {year} жылы {qty} астық жиналды, бұл {pct_dat} көп.",
        "Бағалар {lo}-{hi}%-ға өсті, ал импорт {pct_dat} төмендеді.",
    ),
    "ru": (
        "По данным {subj}, в {year} году внешнеторговый оборот составил {money}, увеличившись на {pct}.",
        "{date} г. по решению {subj} базовая ставка сохранена на уровне {pct}.",
        "В {q} квартале инфляция замедлилась до {pct} в годовом выражении.",
        "Руководство {subj} планирует направить {money} на программу {year}–{year2} годов.",
        "Проект рассчитан на {dur}, в нём будут заняты {num} человек.",
        "Соглашение, подписанное {day} {month} {year} года, предусматривает инвестиции в {money}.",
        "С {day} {month} по {day2} {month2} {year} г. объём торгов вырос на {pct}.",
        "Аналитики считают, что ситуация на рынке останется стабильной.",
        "Доля экспорта составила {pct}, импорт оценивается в {money}.",
        "Заседание совета директоров назначено на {date} года.",
        "В ведомстве отметили, что работа в этом направлении будет продолжена.",
        "Урожай зерна в {year} году составил {qty}, что на {pct} больше, чем годом ранее.",
        "Цены выросли на {lo}–{hi}%, а импорт сократился на {pct}.",
    ),
    "bg": (
        "По данни на {subj} през {year} г. външнотърговският оборот е {money}, ръст от {pct}.",
        "На {date} г. {subj} запази основния лихвен процент на {pct}.",
        "През {q} тримесечие инфлацията се забави до {pct} на годишна база.",
        "{Subj} предвижда {money} за програмата за периода {year}–{year2} г.",
        "Проектът ще продължи {dur}, като в него ще бъдат заети {num} души.",
        "Споразумението, подписано на {day} {month} {year} г., предвижда инвестиции за {money}.",
        "От {day} {month} до {day2} {month2} {year} г. търговията нарасна с {pct}.",
        "Анализаторите смятат, че ситуацията на пазара ще остане стабилна.",
        "Делът на износа е {pct}, а вносът се оценява на {money}.",
        "Заседанието на управителния съвет е насрочено за {date} г.",
        "От ведомството посочиха, че работата в тази посока ще продължи.",
        "През {year} г. реколтата от пшеница е {qty}, с {pct} повече от предходната година.",
        "Цените се повишиха с {lo}–{hi}%, а вносът намаля с {pct}.",
    ),
    "en": (
        "According to {subj}, foreign trade turnover reached {money} in {year}, up {pct}.",
        "On {date}, {subj} kept its base rate at {pct}.",
        "Inflation slowed to {pct} year on year in the {q} quarter.",
        "{Subj} plans to spend {money} on the {year}-{year2} programme.",
        "The project will run for {dur} and employ {num} people.",
        "The agreement signed on {month} {day}, {year} provides for investment of {money}.",
        "From {month} {day} to {month2} {day2}, {year}, trading volume rose {pct}.",
        "Analysts expect market conditions to remain stable.",
        "Exports accounted for {pct} of output, while imports were estimated at {money}.",
        "The board meeting is scheduled for {date}.",
        "Officials said work in this area would continue.",
        "The {year} grain harvest reached {qty}, up {pct} on the year before.",
        "Prices rose {lo}–{hi}% while imports fell {pct}.",
    ),
    "az": (
        "{Subj} məlumatına görə, {yo} ildə xarici ticarət dövriyyəsi {n} milyard dollara çatıb, {p} faiz artıb.",
        "{date} tarixində {subj} uçot dərəcəsini {p} faizdə saxlayıb.",
        "{yo} ilin {mrange} aylarında ÜDM {pct} artıb, inflyasiya {p} faiz təşkil edib.",
        "{Subj} {year}-{yo2} illər üçün {n} milyon manat ayırmağı planlaşdırır.",
        "Layihə {dur} ərzində həyata keçiriləcək, {int} nəfər işlə təmin olunacaq.",
        "{yo} ildə {qty} taxıl yığılıb, bu da əvvəlki illə müqayisədə {p} faiz çoxdur.",
        "Qiymətlər {lo}-{hi} faiz artıb, neft hasilatı {p} faiz azalıb.",
        "Dövlət büdcəsindən {money} ayrılıb, xərclər {n2} milyard manatdan çox olub.",
        "Bankların kredit portfeli {yo} ilin {q} rübündə {p} faizdən çox artıb.",
        "Ekspertlərin fikrincə, bazarda vəziyyət sabit qalacaq.",
        "İnvestisiyalar {lo}-{hi} milyard dollar təşkil edəcək.",
    ),
    "be": (
        "Па дадзеных {subj}, у {year} годзе знешнегандлёвы абарот склаў {money}, павялічыўшыся на {pct}.",
        "{date} года Нацбанк захаваў стаўку рэфінансавання на ўзроўні {pct} гадавых.",
        "У {q} квартале {year} года інфляцыя склала {pct} у гадавым вылічэнні.",
        "Праграма разлічана на {year}–{year2} гады, яе фінансаванне — {n} млрд рублёў.",
        "Праект разлічаны на {dur}, у ім будуць заняты {num} чалавек.",
        "У {year} годзе аграрыі намалацілі {qty} збожжа, што на {pct} больш, чым годам раней.",
        "Цэны выраслі на {lo}–{hi}%, а імпарт скараціўся на {pct}.",
        "За {mrange} {year} года экспарт склаў {n} млрд долараў.",
        "З {day} {month} па {day2} {month2} {year} г. аб'ём гандлю вырас на {pct}.",
        "Аналітыкі мяркуюць, што сітуацыя на рынку застанецца стабільнай.",
        "Бюджэтная падтрымка складзе амаль {money}.",
    ),
    "hy": (
        "Հայաստանի ՀՆԱ-ն {year} թվականին աճել է {p} տոկոսով, իսկ արտահանումը կազմել է {n} մլրդ ԱՄՆ դոլար։",
        "{date} {subj} վերաֆինանսավորման տոկոսադրույքը նվազեցրել է 0,25 տոկոսային կետով՝ սահմանելով {pct}։",
        "{year} թվականի {mrange}ին արտաքին առևտրաշրջանառությունը կազմել է {n} մլրդ դոլար։",
        "Նախագիծը կիրականացվի {year}-{year2} թվականներին, ծրագրի արժեքը կազմում է մոտ {n} մլն եվրո։",
        "Ծրագիրը կտևի {dur}, այն կներառի {int} մարդ։",
        "Մթերվել է {qty} բերք, որը {p} տոկոսով ավելի է նախորդ տարվա ցուցանիշից։",
        "Գները բարձրացել են {lo}-{hi}%-ով, իսկ ներմուծումը նվազել է {p}%-ով։",
        "{Subj} հատկացրել է {money}։",
        "{year} թվականի {q} եռամսյակում ՀՆԱ-ի իրական աճը կազմել է {p} տոկոս։",
        "Փորձագետների կարծիքով՝ շուկայում իրավիճակը կմնա կայուն։",
        "Ներդրումները կկազմեն {lo}-{hi} մլրդ դոլար։",
    ),
    "ka": (
        "საქსტატის მონაცემებით, {year} წელს საგარეო ვაჭრობის ბრუნვამ {n} მლრდ აშშ დოლარი შეადგინა.",
        "{date} {subj} მონეტარული პოლიტიკის განაკვეთი {p} პროცენტზე შეინარჩუნა.",
        "{year} წლის {mrange}ში ექსპორტი {p}%-ით გაიზარდა.",
        "მთავრობა {year}-{year2} წლებში {n} მილიარდ ლარს გამოყოფს.",
        "პროექტი {dur} გაგრძელდება, მასში {int} ადამიანი იქნება დასაქმებული.",
        "{year} წელს {qty} მოსავალი აიღეს, რაც {p}%-ით მეტია.",
        "ფასები {lo}-{hi}%-ით გაიზარდა, იმპორტი კი {p}%-ით შემცირდა.",
        "{Subj} {money} გამოყო.",
        "პირდაპირი უცხოური ინვესტიციები {year} წლის {q} კვარტალში {n} მლნ დოლარი იყო.",
        "ექსპერტების აზრით, ბაზარზე ვითარება სტაბილური დარჩება.",
        "ინვესტიციები {lo}-{hi} მილიარდ დოლარს შეადგენს.",
    ),
    "kk-Latn": (
        "{Subj} mälımetınşe, {year} jyly syrtqy sauda ainalymy {n} mlrd AQŞ dollaryn qūrady, {p}%-ğa östı.",
        "{date} {subj} bazalyq mölşerlemenı {p}%-ğa deiın köterdı.",
        "{year} jyldyñ {mrange} ailarynda JIÖ {p}%-ğa östı.",
        "Joba {year}-{year2} jyldary iske asyrylady, oğan {n} mlrd teñge bölınedı.",
        "Jūmystar {dur} ışınde atqarylady, oğan {int} adam tartylady.",
        "{year} jyly elımızde {qty} astyq jinaldy.",
        "Bağa {lo}-{hi}%-ğa östı, al import {p}%-ğa tömendedı.",
        "Büdjetten {money} bölındı.",
        "{year} jyldyñ {q} toqsanynda IJÖ {p} paiyzğa östı.",
        "Sarapşylardyñ aituynşa, naryqtağy jağdai tūraqty bolyp qala beredı.",
        "Ösım {lo}-{hi} milliard dollar bolady.",
    ),
    "ky": (
        "{Subj} маалыматы боюнча, {year}-жылы тышкы соода жүгүртүү {n} млрд долларды түздү, {p} пайызга өстү.",
        "{date} {subj} эсептик ченди {p} пайыз деңгээлинде сактап калды.",
        "{year}-жылдын {mrange} айларында өнөр жай өндүрүшү {p} пайызга өстү.",
        "Министрлер кабинети {year}-{year2}-жылдарга карата {n} млрд сомдук өнүгүү программасын бекитти.",
        "Долбоордун мөөнөтү — {dur}, ага {int} адам тартылат.",
        "{year}-жылы {qty} буудай жыйналды.",
        "Баалар {lo}-{hi} пайызга өстү, импорт {p} пайызга азайды.",
        "Долбоорго {money} бөлүндү.",
        "{year}-жылдын {q} чейрегинде экспорт {p} пайызга кыскарды.",
        "Эксперттердин айтымында, рыноктогу абал туруктуу бойдон калат.",
        "Инфляция жыл аягына карата {lo}-{hi} пайыздын чегинде болот.",
    ),
    "ro": (
        "{Subj} a anunțat că exporturile au totalizat {money} în {year}, în creștere cu {pct}.",
        "Pe {date}, banca centrală a menținut rata dobânzii de politică monetară la {pct} pe an.",
        "Rata anuală a inflației a crescut la {pct} în {month} {year}, de la {pct2} în luna anterioară.",
        "Programul are o valoare de {n} miliarde de euro pentru perioada {year}-{year2}.",
        "Lucrările vor dura {dur}, iar proiectul va crea {int} locuri de muncă.",
        "Producția de grâu a fost de aproximativ {qty} în {year}.",
        "Prețurile au crescut cu {lo}-{hi}%, iar importurile au scăzut cu {pct}.",
        "În {mrange} {year}, PIB-ul a crescut cu {pct} față de perioada similară.",
        "PIB-ul a crescut cu {pct} în trimestrul {q} din {year}.",
        "Analiștii se așteaptă ca situația de pe piață să rămână stabilă.",
        "De la {day} {month} până la {day2} {month2} {year}, volumul tranzacțiilor a crescut cu {pct}.",
    ),
    "tg": (
        "Тибқи маълумоти {subj}, дар соли {year} гардиши савдои хориҷӣ ба {n} миллиард доллар расид.",
        "{date} {subj} меъёри бозтамвилро то {p} фоиз паст кард.",
        "Сатҳи таваррум дар моҳҳои {mrange}и соли {year} ба {p} фоиз расид.",
        "Барнома барои солҳои {year}-{year2} тасдиқ шуд, ба он {n} миллиард сомонӣ ҷудо мешавад.",
        "Лоиҳа {dur} давом мекунад ва дар он {int} нафар кор мекунанд.",
        "Дар соли {year} дар ҷумҳурӣ {qty} ғалладона ҷамъоварӣ шуд.",
        "Нархҳо аз {lo} то {hi} фоиз боло рафтанд, воридот {p} фоиз коҳиш ёфт.",
        "Ба ин мақсад {money} ҷудо шуд.",
        "Дар семоҳаи {q}и соли {year} содирот {p} фоиз зиёд шуд.",
        "Коршиносон бар он назаранд, ки вазъ дар бозор устувор мемонад.",
        "Содирот {p} фоиз афзоиш ёфт ва {n} миллиард долларро ташкил дод.",
    ),
    "tk": (
        "{Subj} habar bermegine görä, {yo} ýylda daşary söwda dolanyşygy {n} milliard dollara ýetdi.",
        "{date} {subj} karara gol çekdi, maýa goýumlaryň möçberi {money} boldy.",
        "{yo} ýylyň {mrange} aýlarynda JIÖ {pct} ösdi.",
        "Maksatnama {year}-{yo2} ýyllar üçin niýetlenendir, oňa {n} milliard manat gönükdiriler.",
        "Gurluşyk işleri {dur} dowam eder, oňa {int} adam çekiler.",
        "{yo} ýylda {qty} bugdaý öndürmek meýilleşdirilýär.",
        "Bahalar {lo}-{hi} göterim ýokarlandy, import {p} göterim azaldy.",
        "Taslamanyň umumy bahasy takmynan {n} milliard ABŞ dollaryna barabardyr.",
        "{yo} ýylyň {q} çärýeginde senagat önümçiliginiň göwrümi {p} göterim ýokarlandy.",
        "Hünärmenleriň pikiriçe, bazardaky ýagdaý durnukly bolar.",
        "Söwda dolanyşygy {p} göterim artyp, {n2} milliard dollara ýetdi.",
    ),
    "uk": (
        "За даними {subj}, у {year} році зовнішньоторговельний оборот становив {money}, збільшившись на {pct}.",
        "{date} року Нацбанк зберіг облікову ставку на рівні {pct} річних.",
        "У {q} кварталі {year} року інфляція сповільнилася до {pct} у річному вимірі.",
        "Уряд виділив {n} млрд грн на програму на {year}–{year2} роки.",
        "Проєкт розраховано на {dur}, у ньому буде задіяно {num} осіб.",
        "У {year} році Україна експортувала {qty} зерна, що на {pct} більше, ніж роком раніше.",
        "Ціни зросли на {lo}–{hi}%, а імпорт скоротився на {pct}.",
        "За {mrange} {year} року Україна експортувала агропродукції на {n} млрд доларів.",
        "З {day} {month} по {day2} {month2} {year} р. обсяг торгів зріс на {pct}.",
        "Аналітики вважають, що ситуація на ринку залишиться стабільною.",
        "Вартість проєкту оцінюється у {money}.",
    ),
    "uz": (
        "{Subj} maʼlumotlariga koʻra, {year}-yilda tashqi savdo aylanmasi {n} mlrd dollarni tashkil etdi.",
        "{date} kuni {subj} asosiy stavkani {p} foiz darajasida saqlab qoldi.",
        "{year}-yilning {mrange} oylarida sanoat {p} foizga oʻsdi.",
        "Dastur {year}–{year2}-yillarga moʻljallangan, unga {n} trln soʻm ajratiladi.",
        "Loyiha {dur} davomida amalga oshiriladi, unda {int} kishi ishlaydi.",
        "{year}-yilda {qty} paxta yetishtirildi.",
        "Narxlar {lo}-{hi} foizga oshdi, import {p} foizga kamaydi.",
        "Byudjetdan {money} ajratildi.",
        "{year}-yilning {q} choragida sanoat ishlab chiqarishi {p} foizga oshdi.",
        "Mutaxassislarning fikricha, bozordagi vaziyat barqaror boʻlib qoladi.",
        "Eksport hajmi {p} foizga oshib, {n2} mlrd dollarni tashkil qildi.",
    ),
    "uz-Cyrl": (
        "{Subj} маълумотларига кўра, {year} йилда ташқи савдо айланмаси {n} млрд долларни ташкил этди.",
        "{date} куни {subj} асосий ставкани {p} фоиз даражасида сақлаб қолди.",
        "{year} йилнинг {mrange} ойларида саноат {p} фоизга ўсди.",
        "Дастур {year}–{year2} йилларга мўлжалланган, унга {n} трлн сўм ажратилади.",
        "Лойиҳа {dur} давомида амалга оширилади, унда {int} киши ишлайди.",
        "{year} йилда {qty} пахта етиштирилди.",
        "Нархлар {lo}-{hi} фоизга ошди, импорт {p} фоизга камайди.",
        "Бюджетдан {money} ажратилди.",
        "{year} йилнинг {q} чорагида саноат ишлаб чиқариши {p} фоизга ошди.",
        "Мутахассисларнинг фикрича, бозордаги вазият барқарор бўлиб қолади.",
        "Экспорт ҳажми {p} фоизга ошиб, {n2} млрд долларни ташкил қилди.",
    ),
}

QUARTERS: dict[str, tuple[str, ...]] = {
    "kk": ("I", "II", "III", "IV", "бірінші", "екінші"),
    "ru": ("I", "II", "III", "IV", "первом", "третьем"),
    "bg": ("първото", "второто", "третото", "четвъртото"),
    "en": ("first", "second", "third", "fourth"),
    "az": ("I", "II", "III", "IV", "birinci", "ikinci", "üçüncü"),
    "be": ("I", "II", "III", "IV", "першым", "трэцім"),
    "hy": ("I", "II", "III", "IV", "առաջին", "երկրորդ", "երրորդ"),
    "ka": ("I", "II", "პირველ", "მეორე", "მესამე", "მეოთხე"),
    "kk-Latn": ("I", "II", "III", "IV", "bırınşı", "ekınşı", "üşınşı"),
    "ky": ("I", "II", "III", "IV", "биринчи", "экинчи", "үчүнчү"),
    "ro": ("I", "II", "III", "IV", "al doilea", "al treilea"),
    "tg": ("якум", "дуюм", "сеюм", "чорум"),
    "tk": ("I", "II", "III", "IV", "birinji", "ikinji", "üçünji"),
    "uk": ("I", "II", "III", "IV", "першому", "третьому"),
    "uz": ("I", "II", "III", "IV", "birinchi", "ikkinchi", "uchinchi"),
    "uz-Cyrl": ("I", "II", "III", "IV", "биринчи", "иккинчи", "учинчи"),
}

#: Every language of cisfacts, in the library's order: the corpus takes them in turn.
LANGS: tuple[str, ...] = tuple(cisfacts.LANGUAGES)
_MISSING = [lang for lang in LANGS if lang not in TEMPLATES]
if _MISSING:  # a language added to cisfacts needs its templates here
    raise SystemExit(f"bench/throughput.py: no templates for {', '.join(_MISSING)}")


def ordinal_ending(lang: str, number: int) -> str:
    """The ordinal ending of ``number`` in Azerbaijani or Turkmen: 2024 -> "cü", 2026 -> "njy"."""
    endings = ORDINAL_ENDINGS[lang]
    for unit in (1, 10, 100):
        digit = number // unit % 10
        if digit:
            return endings[1 if unit == 100 else digit * unit]
    return endings[1000]


def ro_de(number: str) -> str:
    """Romanian puts "de" between a number and its noun from 20 on: "20 de milioane", "12 milioane"."""
    if "," in number:
        return number
    value = int(number.replace(".", ""))
    return f"{number} de" if value % 100 >= 20 or (value >= 100 and value % 100 == 0) else number


class Filler:
    """Fills templates with random, locale-formatted figures from a seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def decimal(self, lang: str, low: int, high: int, places: int) -> str:
        whole = self.rng.randint(low, high)
        frac = self.rng.randint(0, 10**places - 1) if places and self.rng.random() < 0.6 else None
        if lang == "en":
            comma, group = ".", ","
        else:
            comma, group = ",", self.rng.choice(GROUPS.get(lang, ("\u00a0", " ", "")))
        digits = f"{whole:,}".replace(",", group)
        if frac is None:
            return digits
        return f"{digits}{comma}{frac:0{places}d}".rstrip("0").rstrip(comma)

    def money(self, lang: str) -> tuple[str, str]:
        """An amount of money, and the word it ends with (for Kazakh endings)."""
        rng = self.rng
        style = rng.random()
        if lang == "ro":
            return self.ro_money(style), ""
        if style < 0.45:  # number + scale + currency word
            last = rng.choice(CURRENCY_WORDS[lang])
            number = self.decimal(lang, 1, 999, 1)
            return f"{number} {rng.choice(SCALES[lang])} {last}", last
        if style < 0.75:  # sign first: "$37,3 млрд"
            last = rng.choice(SCALES[lang])
            return f"{rng.choice(SIGNS[:2])}{self.decimal(lang, 1, 999, 1)} {last}", last
        # a plain amount with the sign after it (kk/ru/bg, or a local sign or word) or before it (en)
        amount = self.decimal(lang, 100, 99_999_999, 2)
        sign = rng.choice(AMOUNT_SUFFIXES.get(lang, SIGNS))
        if lang == "en":
            return f"{sign}{amount}", amount
        return f"{amount}\u00a0{sign}", sign

    def ro_money(self, style: float) -> str:
        """Romanian money: "1,5 miliarde de lei", "20 de milioane de euro", "2,3 mld. lei", "4.325 de lei"."""
        rng = self.rng
        number = self.decimal("ro", 2, 999, 1)
        currency = rng.choice(CURRENCY_WORDS["ro"])
        if style < 0.45:
            return f"{ro_de(number)} {rng.choice(SCALES['ro'][1:3])} de {currency}"
        if style < 0.6:
            return f"{number} {rng.choice(SCALES['ro'][3:])} {currency}"
        if style < 0.75:
            return f"{rng.choice(SIGNS[:2])}{self.decimal('ro', 2, 99_999, 0)}"
        amount = self.decimal("ro", 100, 9_999_999, 0)
        return f"{ro_de(amount)} lei" if rng.random() < 0.5 else f"{amount} RON"

    def quantity(self, lang: str) -> str:
        """A quantity with a scale word: "2,5 млн тонн", "20 de milioane de tone"."""
        unit = self.rng.choice(UNITS[lang])
        scale = self.rng.choice(SCALES[lang][:2])
        if lang == "ro":
            return f"{ro_de(self.decimal(lang, 2, 999, 1))} {scale} de {unit}"
        return f"{self.decimal(lang, 1, 999, 1)} {scale} {unit}"

    def percent(self, lang: str) -> str:
        return self.decimal(lang, 0, 99, 1) + ("\u00a0%" if lang == "ru" and self.rng.random() < 0.2 else "%")

    def duration(self, lang: str) -> str:
        number = self.rng.randint(5, 19 if lang == "ro" else 20)
        return f"{number} {self.rng.choice(DURATION_UNITS[lang])}"

    def date(self, lang: str) -> str:
        # the template writes what follows the year ("жыл", "г.", "года")
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1995, 2035)
        endings = lang in ORDINAL_ENDINGS
        return DATE_FORMATS[lang].format(
            d=day,
            m=MONTHS[lang][month - 1],
            y=year,
            yo=f"{year}-{ordinal_ending(lang, year)}" if endings else year,
            do=f"{day}-{ordinal_ending(lang, day)}" if endings else day,
        )

    def fill(self, lang: str, template: str) -> str:
        rng = self.rng
        year = rng.randint(1995, 2030)
        year2 = year + rng.randint(1, 10)
        subject = rng.choice(SUBJECTS[lang])
        money, money_last = self.money(lang)
        percent = self.percent(lang)
        # "{day} {month} ... {day2} {month2}" is a period: keep it in order
        month = rng.randint(0, 11)
        month2 = rng.randint(month, 11)
        day = rng.randint(1, 27)
        day2 = rng.randint(day + 1 if month2 == month else 1, 28)
        low = rng.randint(1, 20)
        first = rng.randint(0, 10)  # "{mrange}": January-September, never backwards
        last = rng.randint(first + 1, 11)
        endings = lang in ORDINAL_ENDINGS
        number = self.decimal(lang, 10, 250_000, 0)
        sentence = template.format(
            subj=subject,
            Subj=subject if lang == "ka" else subject[0].upper() + subject[1:],
            money=money,
            money_dat=money + KK_DATIVE.get(money_last, ""),
            num=number,
            int=ro_de(number) if lang == "ro" else number,
            pct=percent,
            pct2=self.percent(lang),
            pct_dat=percent + KK_DATIVE["%"],
            p=self.decimal(lang, 0, 99, 1),
            n=ro_de(self.decimal(lang, 2, 999, 1)) if lang == "ro" else self.decimal(lang, 1, 999, 1),
            n2=self.decimal(lang, 1, 999, 1),
            lo=low,
            hi=low + rng.randint(1, 6),
            date=self.date(lang),
            year=year,
            year2=year2,
            yo=f"{year}-{ordinal_ending(lang, year)}" if endings else year,
            yo2=f"{year2}-{ordinal_ending(lang, year2)}" if endings else year2,
            day=day,
            day2=day2,
            month=MONTHS[lang][month],
            month2=MONTHS[lang][month2],
            mrange=f"{MONTH_STEMS[lang][first]}-{MONTH_STEMS[lang][last]}",
            dur=self.duration(lang),
            qty=self.quantity(lang),
            q=rng.choice(QUARTERS[lang]),
        )
        if lang != "ka":  # Georgian has no capitals (str.upper() would give Mtavruli)
            sentence = sentence[0].upper() + sentence[1:]
        return sentence.replace("..", ".")  # "млрд." or "лв." ending a sentence


def iter_paragraphs(seed: int = SEED) -> Iterator[tuple[str, str]]:
    """An endless stream of ``(lang, paragraph)`` pairs, 500 to 2000 characters each, languages in turn."""
    rng = random.Random(seed)
    filler = Filler(rng)
    index = 0
    while True:
        lang = LANGS[index % len(LANGS)]
        index += 1
        target = rng.randint(500, 2000)
        sentences: list[str] = []
        length = -1
        while length < target:
            sentence = filler.fill(lang, rng.choice(TEMPLATES[lang]))
            if length + 1 + len(sentence) > 2000 and length >= 500:
                break
            sentences.append(sentence)
            length += 1 + len(sentence)
        yield lang, " ".join(sentences)


def take(stream: Iterator[tuple[str, str]], size_chars: int) -> list[tuple[str, str]]:
    """Paragraphs from ``stream`` until they make ``size_chars`` characters (joined by blank lines)."""
    out: list[tuple[str, str]] = []
    total = 0
    while total < size_chars:
        lang, paragraph = next(stream)
        out.append((lang, paragraph))
        total += len(paragraph) + 2  # joined with "\n\n"
    return out


def build_corpus(size_chars: int, seed: int = SEED) -> list[tuple[str, str]]:
    """``(lang, paragraph)`` pairs, 500 to 2000 characters each, about ``size_chars`` in all."""
    return take(iter_paragraphs(seed), size_chars)


def short_sentence(lang: str) -> str:
    """A short sentence with figures (the language's first template), for the start-up timings."""
    return Filler(random.Random(SEED)).fill(lang, TEMPLATES[lang][0])


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    """The shortest wall time of ``repeat`` runs, and what the last run returned."""
    best = float("inf")
    result = 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def extract_by_lang(corpus: Sequence[tuple[str, str]]) -> tuple[float, int, dict[str, float]]:
    """One pass of ``extract(paragraph, lang=L)``: seconds, facts, and seconds per language."""
    seconds: dict[str, float] = dict.fromkeys(LANGS, 0.0)
    facts = 0
    clock = time.perf_counter
    started = clock()
    for lang, paragraph in corpus:
        before = clock()
        facts += len(cisfacts.extract(paragraph, lang=lang))
        seconds[lang] += clock() - before
    return clock() - started, facts, seconds


def measure_extract(corpus: Sequence[tuple[str, str]], repeat: int) -> dict[str, Any]:
    """Section 1-3: extract with and without ``lang``, and the bare regex pass."""
    text = "\n\n".join(paragraph for _, paragraph in corpus)
    chars = len(text)
    para_chars = sum(len(paragraph) for _, paragraph in corpus)
    chars_by_lang = dict.fromkeys(LANGS, 0)
    for lang, paragraph in corpus:
        chars_by_lang[lang] += len(paragraph)

    for lang in LANGS:  # the first call per language compiles its grammar
        cisfacts.extract(next(p for lang_, p in corpus if lang_ == lang), lang=lang)
    cisfacts.extract(corpus[0][1])  # and detection

    best = (float("inf"), 0, dict.fromkeys(LANGS, 0.0))
    for _ in range(repeat):
        run = extract_by_lang(corpus)
        if run[0] < best[0]:
            best = run
    extract_s, facts, seconds_by_lang = best

    def run_detect() -> int:
        return sum(len(cisfacts.extract(paragraph)) for _, paragraph in corpus)

    def run_regex() -> int:
        return sum(1 for _ in regex.finditer(r"\d+", text))

    detect_s, detect_facts = best_of(repeat, run_detect)
    regex_s, matches = best_of(repeat, run_regex)
    extract_speed = para_chars / extract_s / 1e6
    detect_speed = para_chars / detect_s / 1e6
    regex_speed = chars / regex_s / 1e6
    return {
        "chars": chars,
        "mb": chars / 1e6,
        "paragraphs": len(corpus),
        "languages": len(LANGS),
        "paragraphs_by_lang": {lang: sum(1 for lang_, _ in corpus if lang_ == lang) for lang in LANGS},
        "facts": facts,
        "facts_detected": detect_facts,
        "regex_matches": matches,
        "repeat": repeat,
        "extract_seconds": extract_s,
        "extract_mchars_per_s": extract_speed,
        "extract_mchars_per_s_by_lang": {
            lang: chars_by_lang[lang] / seconds_by_lang[lang] / 1e6 for lang in LANGS if seconds_by_lang[lang]
        },
        "detect_seconds": detect_s,
        "detect_mchars_per_s": detect_speed,
        "regex_seconds": regex_s,
        "regex_mchars_per_s": regex_speed,
        "ratio_regex_over_extract": regex_speed / extract_speed,
        "ratio_regex_over_detect": regex_speed / detect_speed,
    }


# --------------------------------------------------------------------------
# dateparser
# --------------------------------------------------------------------------

#: Our codes in dateparser's; ``None``: dateparser has no such language (kk-Latn:
#: its "kk" is Cyrillic). tg and tk are tried and skipped when dateparser lacks them.
DATEPARSER_CODES: dict[str, str | None] = {
    "kk": "kk", "ru": "ru", "bg": "bg", "en": "en", "az": "az", "be": "be", "hy": "hy", "ka": "ka",
    "kk-Latn": None, "ky": "ky", "ro": "ro", "tg": "tg", "tk": "tk", "uk": "uk", "uz": "uz-Latn",
    "uz-Cyrl": "uz-Cyrl",
}  # fmt: skip


def measure_dateparser(corpus: Sequence[tuple[str, str]], max_chars: int) -> dict[str, Any]:
    """Section 4: ``search_dates`` with and without languages, against ``extract`` on the same paragraphs."""
    try:
        dateparser: Any = importlib.import_module("dateparser")
        search: Any = importlib.import_module("dateparser.search")
    except ImportError:
        return {"skipped": "dateparser is not installed (pip install dateparser)"}
    warnings.simplefilter("ignore")  # dateparser warns about pytz and time zones
    cut = take(iter(corpus), max_chars) if sum(len(p) + 2 for _, p in corpus) > max_chars else list(corpus)

    supported: dict[str, str] = {}
    missing: dict[str, str] = {}
    for lang in LANGS:
        code = DATEPARSER_CODES.get(lang)
        if code is None:
            missing[lang] = "no such language in dateparser"
            continue
        try:
            search.search_dates(short_sentence(lang), languages=[code])  # also the warm-up call
        except ValueError as error:
            missing[lang] = f"dateparser: {error}"
            continue
        supported[lang] = code
    search.search_dates(short_sentence("en"))

    with_lang = [(lang, p) for lang, p in cut if lang in supported]

    def run_dateparser(pairs: Sequence[tuple[str, str]], languages: bool) -> tuple[float, int]:
        started = time.perf_counter()
        found = 0
        for lang, paragraph in pairs:
            result = search.search_dates(paragraph, languages=[supported[lang]] if languages else None)
            found += len(result or ())
        return time.perf_counter() - started, found

    def run_extract(pairs: Sequence[tuple[str, str]], languages: bool) -> float:
        started = time.perf_counter()
        for lang, paragraph in pairs:
            cisfacts.extract(paragraph, lang=lang if languages else None)
        return time.perf_counter() - started

    with_chars = sum(len(p) for _, p in with_lang)
    all_chars = sum(len(p) for _, p in cut)
    dp_with_s, dp_with_found = run_dateparser(with_lang, True)
    ours_with_s = run_extract(with_lang, True)
    dp_without_s, dp_without_found = run_dateparser(cut, False)
    ours_without_s = run_extract(cut, False)
    return {
        "version": getattr(dateparser, "__version__", "?"),
        "chars": all_chars,
        "paragraphs": len(cut),
        "languages": supported,
        "skipped_languages": missing,
        "with_languages_chars": with_chars,
        "with_languages_paragraphs": len(with_lang),
        "with_languages_seconds": dp_with_s,
        "with_languages_chars_per_s": with_chars / dp_with_s,
        "with_languages_dates_found": dp_with_found,
        "extract_with_lang_chars_per_s": with_chars / ours_with_s,
        "speedup_with_lang": dp_with_s / ours_with_s,
        "without_languages_seconds": dp_without_s,
        "without_languages_chars_per_s": all_chars / dp_without_s,
        "without_languages_dates_found": dp_without_found,
        "extract_without_lang_chars_per_s": all_chars / ours_without_s,
        "speedup_without_lang": dp_without_s / ours_without_s,
    }


# --------------------------------------------------------------------------
# Start-up, in fresh processes
# --------------------------------------------------------------------------

_IMPORT = "import time; t=time.perf_counter(); import cisfacts; print(time.perf_counter()-t)"
_FIRST_CALL = """\
import sys, time
import cisfacts
t = time.perf_counter()
cisfacts.extract(sys.argv[2], lang=sys.argv[1])
print(time.perf_counter() - t)
"""
_PEAK_RSS = """\
import json, resource, sys
import cisfacts
scale = 1024 * 1024 if sys.platform == "darwin" else 1024
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
pairs = json.load(sys.stdin)
for lang, sentence in pairs:
    cisfacts.extract(sentence, lang=lang)
cisfacts.extract("\\n\\n".join(sentence for _, sentence in pairs))
print(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale)
"""


#: Starts the measured interpreter from a small one. Linux carries the peak RSS of the
#: memory a process replaces at ``exec`` into its ``ru_maxrss``: started straight from
#: this (large) process, a child would report this process's peak, not its own.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run([sys.executable, *sys.argv[1:]]).returncode)"


def _python(code: str, *args: str, stdin: str | None = None, launcher: bool = False) -> list[float]:
    """Run ``code`` in a fresh interpreter that imports the same cisfacts; the numbers it prints."""
    env = dict(os.environ)
    package_root = str(Path(cisfacts.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_root, env.get("PYTHONPATH"))))
    command = [sys.executable, *(("-c", _LAUNCHER) if launcher else ()), "-c", code, *args]
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, check=True)
    return [float(word) for word in done.stdout.split()]


def measure_startup() -> dict[str, Any]:
    """Section 5: import time, first extract per language, peak RSS."""
    import_s = min(_python(_IMPORT)[0] for _ in range(3))
    first = {lang: _python(_FIRST_CALL, lang, short_sentence(lang))[0] for lang in LANGS}
    pairs = [(lang, short_sentence(lang)) for lang in LANGS]
    base_mb, peak_mb = _python(_PEAK_RSS, stdin=json.dumps(pairs), launcher=True)
    return {
        "import_seconds": import_s,
        "first_extract_seconds": first,
        "first_extract_max_seconds": max(first.values()),
        "rss_after_import_mb": base_mb,
        "peak_rss_mb": peak_mb,
    }


# --------------------------------------------------------------------------
# Scaling
# --------------------------------------------------------------------------

SCALE_SIZES: tuple[int, ...] = (1_000, 100_000, 10_000_000, 100_000_000)
#: Paragraphs generated, timed and dropped at a time when streaming (about 1.2 M characters).
CHUNK_PARAGRAPHS = 1000


def rss_mb() -> float | None:
    """The current resident set size of this process, in MB (Linux), else ``None``."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return None


def one_thousand(lang: str) -> str:
    """About 1000 characters of the language's news (whole sentences, at most 1000)."""
    rng = random.Random(SEED)
    filler = Filler(rng)
    sentences: list[str] = []
    while True:
        sentence = filler.fill(lang, rng.choice(TEMPLATES[lang]))
        if len(" ".join([*sentences, sentence])) > 1000:
            return " ".join(sentences)
        sentences.append(sentence)


def scale_point(size: int, repeat: int) -> dict[str, Any]:
    """Seconds per million characters of ``extract`` with ``lang`` on an input of ``size`` characters."""
    if size <= 10_000:  # one input per language, each timed in a loop of at least 0.2 s
        inputs = [(lang, one_thousand(lang)[:size]) for lang in LANGS]
        total_s = 0.0
        for lang, text in inputs:
            cisfacts.extract(text, lang=lang)
            loops, elapsed = 1, 0.0
            while True:
                started = time.perf_counter()
                for _ in range(loops):
                    cisfacts.extract(text, lang=lang)
                elapsed = time.perf_counter() - started
                if elapsed >= 0.2:
                    break
                loops *= 4
            best = elapsed / loops
            for _ in range(repeat - 1):
                started = time.perf_counter()
                for _ in range(loops):
                    cisfacts.extract(text, lang=lang)
                best = min(best, (time.perf_counter() - started) / loops)
            total_s += best
        chars = sum(len(text) for _, text in inputs)
        return {"size": size, "chars": chars, "inputs": len(inputs), "seconds": total_s,
                "s_per_mchar": total_s / chars * 1e6, "streamed": False}  # fmt: skip
    if size < 1_000_000:  # in memory, best of ``repeat``
        corpus = build_corpus(size)
        chars = sum(len(p) for _, p in corpus)
        seconds, facts = best_of(repeat, lambda: sum(len(cisfacts.extract(p, lang=lang)) for lang, p in corpus))
        return {"size": size, "chars": chars, "paragraphs": len(corpus), "facts": facts, "seconds": seconds,
                "s_per_mchar": seconds / chars * 1e6, "streamed": False}  # fmt: skip
    # streamed, one pass: generate a chunk, time it, drop it
    stream = iter_paragraphs()
    rss_before = rss_mb()
    chars = paragraphs = facts = 0
    seconds = 0.0
    total = 0  # with the blank lines between paragraphs, as ``take`` counts
    while total < size:
        chunk: list[tuple[str, str]] = []
        while total < size and len(chunk) < CHUNK_PARAGRAPHS:
            lang, paragraph = next(stream)
            chunk.append((lang, paragraph))
            total += len(paragraph) + 2
        started = time.perf_counter()
        for lang, paragraph in chunk:
            facts += len(cisfacts.extract(paragraph, lang=lang))
        seconds += time.perf_counter() - started
        chars += sum(len(p) for _, p in chunk)
        paragraphs += len(chunk)
        del chunk
    return {"size": size, "chars": chars, "paragraphs": paragraphs, "facts": facts, "seconds": seconds,
            "s_per_mchar": seconds / chars * 1e6, "streamed": True,
            "rss_before_mb": rss_before, "rss_after_mb": rss_mb()}  # fmt: skip


def measure_scaling(max_chars: int, repeat: int) -> dict[str, Any]:
    """Section 6: seconds per million characters at each size, and the flatness from 100 k on."""
    sizes = sorted({min(size, max_chars) for size in SCALE_SIZES})
    points = [scale_point(size, repeat) for size in sizes]
    big = [point["s_per_mchar"] for point in points if point["size"] >= 100_000]
    return {
        "max_chars": max_chars,
        "points": points,
        "flatness": max(big) / min(big) if big else None,
    }


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def _size(chars: int) -> str:
    for unit, name in ((1_000_000, "M"), (1_000, "k")):
        if chars >= unit:
            return f"{chars / unit:g}{name}"
    return str(chars)


def report(results: dict[str, Any]) -> None:
    run = results["extract"]
    by_lang = ", ".join(f"{k} {v}" for k, v in run["paragraphs_by_lang"].items())
    print(f"corpus:     {run['mb']:.2f} M chars in {run['paragraphs']} paragraphs, {run['languages']} languages")
    print(f"            ({by_lang})")
    print(f"facts:      {run['facts']} with lang given, {run['facts_detected']} with lang=None")
    print(
        f"extract:    {run['extract_mchars_per_s']:.3f} M chars/s with lang "
        f"({run['extract_seconds']:.2f} s, best of {run['repeat']})"
    )
    speeds = list(run["extract_mchars_per_s_by_lang"].items())
    for start in range(0, len(speeds), 8):
        row = ", ".join(f"{lang} {speed:.3f}" for lang, speed in speeds[start : start + 8])
        print(f"{'  by lang:' if start == 0 else '':<12}{row}")
    print(
        f"            {run['detect_mchars_per_s']:.3f} M chars/s with lang=None, detected per paragraph "
        f"({run['detect_seconds']:.2f} s, best of {run['repeat']})"
    )
    print(f"regex:      {run['regex_mchars_per_s']:.1f} M chars/s ({run['regex_seconds']:.3f} s, \\d+)")
    print(
        f"ratio:      {run['ratio_regex_over_extract']:.0f}x regex / extract with lang, "
        f"{run['ratio_regex_over_detect']:.0f}x regex / extract with lang=None"
    )

    dp = results["dateparser"]
    if "skipped" in dp:
        print(f"dateparser: skipped: {dp['skipped']}")
    else:
        print(f"dateparser: {dp['version']}, {dp['chars']:,} chars in {dp['paragraphs']} paragraphs, one pass")
        skipped = ", ".join(f"{lang} ({why})" for lang, why in dp["skipped_languages"].items())
        print(
            f"  with languages=[L]: {dp['with_languages_chars_per_s']:,.0f} chars/s over "
            f"{dp['with_languages_chars']:,} chars ({dp['with_languages_dates_found']} dates); extract with lang "
            f"{dp['extract_with_lang_chars_per_s']:,.0f} chars/s: {dp['speedup_with_lang']:.1f}x faster"
        )
        print(f"    left out: {skipped or 'none'}")
        print(
            f"  without languages:  {dp['without_languages_chars_per_s']:,.0f} chars/s over {dp['chars']:,} chars "
            f"({dp['without_languages_dates_found']} dates); extract with lang=None "
            f"{dp['extract_without_lang_chars_per_s']:,.0f} chars/s: {dp['speedup_without_lang']:.1f}x faster"
        )

    st = results["startup"]
    print(f"startup:    import cisfacts {st['import_seconds'] * 1000:.0f} ms (fresh process, best of 3)")
    firsts = list(st["first_extract_seconds"].items())
    for start in range(0, len(firsts), 8):
        row = ", ".join(f"{lang} {s * 1000:.0f} ms" for lang, s in firsts[start : start + 8])
        print(f"{'  first extract:' if start == 0 else '':<18}{row}")
    print(
        f"  peak RSS: {st['rss_after_import_mb']:.1f} MB after import, {st['peak_rss_mb']:.1f} MB after "
        f"every language once (fresh process)"
    )

    sc = results["scaling"]
    print("scaling:    s per M chars, extract with lang")
    for point in sc["points"]:
        extra = ""
        if point["streamed"]:
            extra = f", streamed; RSS {point['rss_before_mb']:.0f} -> {point['rss_after_mb']:.0f} MB"
        elif "inputs" in point:
            extra = f", {point['inputs']} inputs (one per language)"
        print(f"  {_size(point['size']):>5}: {point['s_per_mchar']:.2f} s/M ({point['seconds']:.2f} s{extra})")
    if sc["flatness"] is not None:
        print(f"  flatness: {sc['flatness']:.2f} (largest / smallest s/M from 100k on; 1.0 is linear)")
    print(f"total:      {results['total_seconds']:.0f} s (python {results['python']}, cisfacts {results['cisfacts']})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=None, help="corpus size in M characters (default 10)")
    parser.add_argument("--repeat", type=int, default=None, help="best of N runs (default 3)")
    parser.add_argument("--max-scale-mb", type=float, default=None, help="largest scaling input (default 100)")
    parser.add_argument(
        "--dateparser-chars", type=int, default=None, help="characters given to dateparser (default 200000)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="0.5 M chars, one run, scaling up to 1 M, 20000 chars for dateparser"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    size_mb = args.size_mb if args.size_mb is not None else (0.5 if quick else 10.0)
    repeat = args.repeat if args.repeat is not None else (1 if quick else 3)
    max_scale_mb = args.max_scale_mb if args.max_scale_mb is not None else (1.0 if quick else 100.0)
    dateparser_chars = args.dateparser_chars if args.dateparser_chars is not None else (20_000 if quick else 200_000)
    if size_mb <= 0 or repeat < 1 or max_scale_mb <= 0 or dateparser_chars <= 0:
        parser.error("sizes must be > 0 and --repeat >= 1")

    started = time.perf_counter()
    corpus = build_corpus(int(size_mb * 1_000_000))
    results: dict[str, Any] = {
        "extract": measure_extract(corpus, repeat),
        "dateparser": measure_dateparser(corpus, dateparser_chars),
    }
    del corpus
    results["startup"] = measure_startup()
    results["scaling"] = measure_scaling(int(max_scale_mb * 1_000_000), repeat)
    results.update(
        total_seconds=time.perf_counter() - started,
        python=platform.python_version(),
        cisfacts=getattr(cisfacts, "__version__", "?"),
    )
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
