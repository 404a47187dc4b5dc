"""Throughput of ``cisfacts.extract`` against one bare ``regex`` pass.

Builds a seeded multilingual corpus (kk, ru, bg, en) of economic-news
paragraphs dense in figures, then times, in the same run:

* ``cisfacts.extract(paragraph, lang=L)`` over every paragraph, and
* ``sum(1 for _ in regex.finditer(r"\\d+", text))`` over the whole text,

and prints the speed of each in million characters per second and their
ratio. Run from the repository root::

    python bench/throughput.py                 # ~5 million characters, best of 3
    python bench/throughput.py --size-mb 1 --repeat 5 --json

The figures are indicative only; no test asserts on them.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

try:
    import cisfacts
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import cisfacts

LANGS: tuple[str, ...] = ("kk", "ru", "bg", "en")
SEED = 20240601

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

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
}  # fmt: skip

SCALES: dict[str, tuple[str, ...]] = {
    "kk": ("мың", "млн", "млрд", "трлн"),
    "ru": ("тыс.", "млн", "млрд", "трлн"),
    "bg": ("хиляди", "млн.", "млрд.", "млн", "млрд"),
    "en": ("thousand", "million", "billion", "trillion"),
}

CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "kk": ("теңге", "доллар", "еуро", "рубль"),
    "ru": ("тенге", "долларов", "евро", "рублей", "долларов США"),
    "bg": ("лева", "долара", "евро", "рубли", "щ.д."),
    "en": ("tenge", "dollars", "euros", "roubles"),
}

SIGNS: tuple[str, ...] = ("$", "€", "₸", "₽")

#: Kazakh dative endings, by the word the figure is read with ("пайыз",
#: "миллиард", "теңге"...): "4,5%-ға", "$37,3 млрд-қа", "1 200 ₸-ге".
KK_DATIVE: dict[str, str] = {
    "%": "-ға", "мың": "-ға", "млн": "-ға", "млрд": "-қа", "трлн": "-ға",
    "$": "-ға", "€": "-ға", "₸": "-ге", "₽": "-ге",
    "теңге": "ге", "доллар": "ға", "еуро": "ға", "рубль": "ге",
}  # fmt: skip

DURATION_UNITS: dict[str, tuple[str, ...]] = {
    "kk": ("жыл", "ай", "апта", "күн"),
    "ru": ("лет", "месяцев", "недель", "дней"),
    "bg": ("години", "месеца", "седмици", "дни"),
    "en": ("years", "months", "weeks", "days"),
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
}  # fmt: skip

# Sentence templates. Placeholders: {subj} (ru: genitive) {Subj} (capitalised)
# {money} {num} {pct} {date} {year} {year2} {day} {day2} {month} {month2} {dur}
# {q}; kk also {pct_dat} and {money_dat} (dative). Figures are filled in by
# ``Filler`` below.
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
    ),
}

QUARTERS: dict[str, tuple[str, ...]] = {
    "kk": ("I", "II", "III", "IV", "бірінші", "екінші"),
    "ru": ("I", "II", "III", "IV", "первом", "третьем"),
    "bg": ("първото", "второто", "третото", "четвъртото"),
    "en": ("first", "second", "third", "fourth"),
}


class Filler:
    """Fills templates with random, locale-formatted figures from a seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def decimal(self, lang: str, low: int, high: int, places: int) -> str:
        whole = self.rng.randint(low, high)
        frac = self.rng.randint(0, 10**places - 1) if places and self.rng.random() < 0.6 else None
        comma, group = (".", ",") if lang == "en" else (",", self.rng.choice(("\u00a0", " ", "")))
        digits = f"{whole:,}".replace(",", group)
        if frac is None:
            return digits
        return f"{digits}{comma}{frac:0{places}d}".rstrip("0").rstrip(comma)

    def money(self, lang: str) -> tuple[str, str]:
        """An amount of money, and the word it ends with (for Kazakh endings)."""
        rng = self.rng
        style = rng.random()
        if style < 0.45:  # number + scale + currency word
            last = rng.choice(CURRENCY_WORDS[lang])
            number = self.decimal(lang, 1, 999, 1)
            return f"{number} {rng.choice(SCALES[lang])} {last}", last
        if style < 0.75:  # sign first: "$37,3 млрд"
            last = rng.choice(SCALES[lang])
            return f"{rng.choice(SIGNS[:2])}{self.decimal(lang, 1, 999, 1)} {last}", last
        # a plain amount with the sign after it (kk/ru/bg) or before it (en)
        amount = self.decimal(lang, 100, 99_999_999, 2)
        sign = rng.choice(SIGNS)
        if lang == "en":
            return f"{sign}{amount}", amount
        return f"{amount}\u00a0{sign}", sign

    def percent(self, lang: str) -> str:
        return self.decimal(lang, 0, 99, 1) + ("\u00a0%" if lang == "ru" and self.rng.random() < 0.2 else "%")

    def duration(self, lang: str) -> str:
        return f"{self.rng.randint(5, 20)} {self.rng.choice(DURATION_UNITS[lang])}"

    def date(self, lang: str) -> str:
        # the template writes what follows the year ("жыл", "г.", "года")
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1995, 2035)
        if lang == "en":
            return f"{MONTHS[lang][month - 1]} {day}, {year}"
        return f"{day} {MONTHS[lang][month - 1]} {year}"

    def fill(self, lang: str, template: str) -> str:
        rng = self.rng
        year = rng.randint(1995, 2030)
        subject = rng.choice(SUBJECTS[lang])
        money, money_last = self.money(lang)
        percent = self.percent(lang)
        # "{day} {month} ... {day2} {month2}" is a period: keep it in order
        month = rng.randint(0, 11)
        month2 = rng.randint(month, 11)
        day = rng.randint(1, 27)
        day2 = rng.randint(day + 1 if month2 == month else 1, 28)
        sentence = template.format(
            subj=subject,
            Subj=subject[0].upper() + subject[1:],
            money=money,
            money_dat=money + KK_DATIVE.get(money_last, ""),
            num=self.decimal(lang, 10, 250_000, 0),
            pct=percent,
            pct_dat=percent + KK_DATIVE["%"],
            date=self.date(lang),
            year=year,
            year2=year + rng.randint(1, 10),
            day=day,
            day2=day2,
            month=MONTHS[lang][month],
            month2=MONTHS[lang][month2],
            dur=self.duration(lang),
            q=rng.choice(QUARTERS[lang]),
        )
        sentence = sentence[0].upper() + sentence[1:]
        return sentence.replace("..", ".")  # "млрд." or "лв." ending a sentence


def build_corpus(size_chars: int, seed: int = SEED) -> list[tuple[str, str]]:
    """``(lang, paragraph)`` pairs, 500 to 2000 characters each, about ``size_chars`` in all."""
    rng = random.Random(seed)
    filler = Filler(rng)
    corpus: list[tuple[str, str]] = []
    total = 0
    while total < size_chars:
        lang = LANGS[len(corpus) % len(LANGS)]
        target = rng.randint(500, 2000)
        sentences: list[str] = []
        length = -1
        while length < target:
            sentence = filler.fill(lang, rng.choice(TEMPLATES[lang]))
            if length + 1 + len(sentence) > 2000 and length >= 500:
                break
            sentences.append(sentence)
            length += 1 + len(sentence)
        paragraph = " ".join(sentences)
        corpus.append((lang, paragraph))
        total += len(paragraph) + 2  # joined with "\n\n"
    return corpus


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


def measure(size_mb: float, repeat: int) -> dict[str, Any]:
    corpus = build_corpus(int(size_mb * 1_000_000))
    text = "\n\n".join(paragraph for _, paragraph in corpus)
    chars = len(text)
    para_chars = sum(len(paragraph) for _, paragraph in corpus)

    for lang in LANGS:  # the first call per language compiles its grammar
        cisfacts.extract(next(p for lang_, p in corpus if lang_ == lang), lang=lang)

    def run_extract() -> int:
        return sum(len(cisfacts.extract(paragraph, lang=lang)) for lang, paragraph in corpus)

    def run_regex() -> int:
        return sum(1 for _ in regex.finditer(r"\d+", text))

    extract_s, facts = best_of(repeat, run_extract)
    regex_s, matches = best_of(repeat, run_regex)
    extract_speed = para_chars / extract_s / 1e6
    regex_speed = chars / regex_s / 1e6
    return {
        "chars": chars,
        "mb": chars / 1e6,
        "paragraphs": len(corpus),
        "paragraphs_by_lang": {lang: sum(1 for lang_, _ in corpus if lang_ == lang) for lang in LANGS},
        "facts": facts,
        "regex_matches": matches,
        "repeat": repeat,
        "extract_seconds": extract_s,
        "regex_seconds": regex_s,
        "extract_mchars_per_s": extract_speed,
        "regex_mchars_per_s": regex_speed,
        "ratio_regex_over_extract": regex_speed / extract_speed,
        "python": platform.python_version(),
        "cisfacts": getattr(cisfacts, "__version__", "?"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=5.0, help="corpus size in millions of characters")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.size_mb <= 0 or args.repeat < 1:
        parser.error("--size-mb must be > 0 and --repeat >= 1")

    results = measure(args.size_mb, args.repeat)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    print(
        f"corpus:   {results['mb']:.2f} M chars in {results['paragraphs']} paragraphs "
        f"({', '.join(f'{k} {v}' for k, v in results['paragraphs_by_lang'].items())})"
    )
    print(f"facts:    {results['facts']}")
    print(
        f"extract:  {results['extract_mchars_per_s']:.3f} M chars/s "
        f"({results['extract_seconds']:.2f} s, best of {results['repeat']})"
    )
    print(f"regex:    {results['regex_mchars_per_s']:.1f} M chars/s ({results['regex_seconds']:.3f} s, \\d+)")
    print(f"ratio:    {results['ratio_regex_over_extract']:.0f}x (regex / extract)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
