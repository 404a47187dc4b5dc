"""Romanian: exact values for every kind of figure the core recognises, in Romania and in Moldova."""

from __future__ import annotations

import pytest
from helpers import REFERENCE, brief

import cisfacts

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("ianuarie", "februarie", "martie")

CASES = [
    # digits, separators, scale words
    ("Au participat 1.200.000 de persoane și 143.000 de vizitatori.",
     [("number", "1200000", "1.200.000"), ("number", "143000", "143.000")]),
    ("Recolta a fost de 2.500,5 tone, iar deficitul a ajuns la -0,5%.",
     [("number", "2500.5", "2.500,5"), ("percent", "-0.5", "-0,5%")]),
    ("În 2023 au fost înregistrate 12 mii de cazuri, iar în acest an circa 15 mii.",
     [("date", "2023", "2023"), ("number", "12000", "12 mii"), ("date", "2025", "acest an"),
      ("number", "15000", "15 mii", "approx")]),
    # number words, "de" between the number and its noun
    ("Au fost angajați douăzeci și trei de mii de oameni.", [("number", "23000", "douăzeci și trei de mii")]),
    ("Sala are o sută douăzeci și cinci de locuri, stadionul nouă sute nouăzeci și nouă.",
     [("number", "125", "o sută douăzeci și cinci"), ("number", "999", "nouă sute nouăzeci și nouă")]),
    ("Cinci persoane au fost rănite, iar trei sute au fost evacuate.",
     [("number", "5", "Cinci"), ("number", "300", "trei sute")]),
    ("Guvernul a adoptat o nouă lege, una dintre cele mai importante, în mai multe orașe.", []),
    # money: lei, euro, dollars, abbreviations
    ("Investiția se ridică la 20 de milioane de euro.", [("money", "20000000 EUR", "20 de milioane de euro")]),
    ("Proiectul costă 1,5 miliarde de lei, adică peste 300 de milioane de euro.",
     [("money", "1500000000 RON", "1,5 miliarde de lei"),
      ("money", "300000000 EUR", "300 de milioane de euro", "over")]),
    ("Au fost alocate 2,3 mld. lei și 450 mil. euro.",
     [("money", "2300000000 RON", "2,3 mld. lei"), ("money", "450000000 EUR", "450 mil. euro")]),
    ("Exporturile au depășit 2 miliarde de dolari americani.",
     [("money", "2000000000 USD", "2 miliarde de dolari americani", "over")]),
    ("Programul are un buget de un miliard de euro și durează trei ani.",
     [("money", "1000000000 EUR", "un miliard de euro"), ("duration", "P3Y", "trei ani")]),
    ("Salariul de 4.050 lei brut, adică 3.700 RON, plus $10 și €20.",
     [("money", "4050 RON", "4.050 lei"), ("money", "3700 RON", "3.700 RON"), ("money", "10 USD", "$10"),
      ("money", "20 EUR", "€20")]),
    ("Un bilet costă doi dolari sau zece lei.", [("money", "2 USD", "doi dolari"), ("money", "10 RON", "zece lei")]),
    ("Bugetul BNR a fost de 5 mld lei, iar împrumutul de 3 mln. de euro.",
     [("money", "5000000000 RON", "5 mld lei"), ("money", "3000000 EUR", "3 mln. de euro")]),
    # Moldova: lei are MDL where the text is placed there
    ("Salariul mediu în Republica Moldova este de 14.000 de lei.", [("money", "14000 MDL", "14.000 de lei")]),
    ("La Chişinău, prețul pâinii a urcat la 12 lei.", [("money", "12 MDL", "12 lei")]),
    ("BNM a vândut 19,5 milioane de dolari și 100 de lei moldovenești.",
     [("money", "19500000 USD", "19,5 milioane de dolari"), ("money", "100 MDL", "100 de lei moldovenești")]),
    # percent
    ("Bugetul a crescut cu 5,2 la sută în 2024.", [("percent", "5.2", "5,2 la sută"), ("date", "2024", "2024")]),
    ("Inflația a fost de 5,2% în septembrie, iar dobânda de 20 de procente.",
     [("percent", "5.2", "5,2%"), ("date", "2025-09", "septembrie"), ("percent", "20", "20 de procente")]),
    ("Rata dobânzii a scăzut cu 0,25 puncte procentuale, la 6,5%.",
     [("percent", "0.25", "0,25 puncte procentuale"), ("percent", "6.5", "6,5%")]),
    ("Locurile sunt ocupate sută la sută.", [("percent", "100", "sută la sută")]),
    # qualifiers
    ("aproximativ 5%, circa 100 de lei, mai mult de 10 milioane de euro, mai puțin de 3%",
     [("percent", "5", "5%", "approx"), ("money", "100 RON", "100 de lei", "approx"),
      ("money", "10000000 EUR", "10 milioane de euro", "over"), ("percent", "3", "3%", "under")]),
    ("Contractul durează cel puțin 5 ani, cel mult 2 luni de probă.",
     [("duration", "P5Y", "5 ani", "at_least"), ("duration", "P2M", "2 luni", "at_most")]),
    ("Amenzi de până la 10.000 de lei; inflația a urcat până la 8%.",
     [("money", "10000 RON", "10.000 de lei", "at_most"), ("percent", "8", "8%")]),
    ("Facturi de peste 1.000 de lei, sub 3% din PIB, nu mai mult de 2 miliarde de euro.",
     [("money", "1000 RON", "1.000 de lei", "over"), ("percent", "3", "3%", "under"),
      ("money", "2000000000 EUR", "2 miliarde de euro", "at_most")]),
    # dates
    ("Pe 18 octombrie 2021, la 1 ianuarie 2026 și pe 18.10.2021.",
     [("date", "2021-10-18", "18 octombrie 2021"), ("date", "2026-01-01", "1 ianuarie 2026"),
      ("date", "2021-10-18", "18.10.2021")]),
    ("Tratatul a fost semnat la 18 Octombrie 1991, raportul în ian. 2025.",
     [("date", "1991-10-18", "18 Octombrie 1991"), ("date", "2025-01", "ian. 2025")]),
    ("Legea intră în vigoare în ianuarie 2025, iar taxa în anul 2024.",
     [("date", "2025-01", "ianuarie 2025"), ("date", "2024", "anul 2024")]),
    ("Alegerile vor avea loc pe 28 septembrie, iar bugetul va fi votat în decembrie.",
     [("date", "2025-09-28", "28 septembrie"), ("date", "2025-12", "decembrie")]),
    # "mai" is also "more": May only with a day or a year
    ("Raportul, votat pe 5 mai 2025, vine în mai, din mai multe țări, la mijlocul lui februarie.",
     [("date", "2025-05-05", "5 mai 2025"), ("date", "2025-02", "februarie")]),
    ("Datele din 15 ianuarie anul trecut.", [("date", "2024-01-15", "15 ianuarie anul trecut")]),
    ("Anul trecut, anul acesta și anul viitor; în ianuarie anul trecut.",
     [("date", "2024", "Anul trecut"), ("date", "2025", "anul acesta"), ("date", "2026", "anul viitor"),
      ("date", "2024-01", "ianuarie anul trecut")]),
    ("Datele anului trecut și ale anului curent, în iulie anul viitor.",
     [("date", "2024", "anului trecut"), ("date", "2025", "anului curent"), ("date", "2026-07", "iulie anul viitor")]),
    # periods
    ("În primul semestru al anului 2025 economia a crescut.",
     [("period", "2025-01/2025-06", "primul semestru al anului 2025")]),
    ("În al treilea trimestru din 2025 și în primul trimestru.",
     [("period", "2025-07/2025-09", "al treilea trimestru din 2025"),
      ("period", "2025-01/2025-03", "primul trimestru")]),
    ("Economia a crescut în trimestrul III 2025 și în trimestrul al II-lea 2024.",
     [("period", "2025-07/2025-09", "trimestrul III 2025"),
      ("period", "2024-04/2024-06", "trimestrul al II-lea 2024")]),
    ("În semestrul al doilea al anului 2024 și în trimestrul al treilea.",
     [("period", "2024-07/2024-12", "semestrul al doilea al anului 2024"),
      ("period", "2025-07/2025-09", "trimestrul al treilea")]),
    ("Economia a crescut cu 1,5% în prima jumătate a anului 2024, în H1 2025.",
     [("percent", "1.5", "1,5%"), ("period", "2024-01/2024-06", "prima jumătate a anului 2024"),
      ("period", "2025-01/2025-06", "H1 2025")]),
    ("În primele nouă luni ale anului 2025 și în primele 9 luni din 2024.",
     [("period", "2025-01/2025-09", "primele nouă luni ale anului 2025"),
      ("period", "2024-01/2024-09", "primele 9 luni din 2024")]),
    ("Strategia pentru perioada 2026-2035 a fost aprobată.", [("period", "2026/2035", "2026-2035")]),
    ("Din 2020 până în 2025, între 1 și 15 martie 2024.",
     [("period", "2020/2025", "Din 2020 până în 2025"),
      ("period", "2024-03-01/2024-03-15", "între 1 și 15 martie 2024")]),
    ("De la 1 martie până la 15 aprilie 2024, pe 15-16 octombrie 2025.",
     [("period", "2024-03-01/2024-04-15", "De la 1 martie până la 15 aprilie 2024"),
      ("period", "2025-10-15/2025-10-16", "15-16 octombrie 2025")]),
    ("În ianuarie-septembrie 2025, în perioada 1-15 martie, din ianuarie până în septembrie 2024.",
     [("period", "2025-01/2025-09", "ianuarie-septembrie 2025"), ("period", "2025-03-01/2025-03-15", "1-15 martie"),
      ("period", "2024-01/2024-09", "din ianuarie până în septembrie 2024")]),
    ("În ianuarie-august anul acesta exporturile au scăzut.",
     [("period", "2025-01/2025-08", "ianuarie-august anul acesta")]),
    # durations
    ("Timp de 30 de ani, 6 luni, 2 săptămâni și 10 zile.",
     [("duration", "P30Y", "30 de ani"), ("duration", "P6M", "6 luni"), ("duration", "P2W", "2 săptămâni"),
      ("duration", "P10D", "10 zile")]),
    ("Mandatul este de un an, iar perioada de probă de o lună.",
     [("duration", "P1Y", "un an"), ("duration", "P1M", "o lună")]),
    # no fact: laws, articles, ordinals, phones, times, ages, addresses
    ("Potrivit Legii nr. 227/2015, art. 5 alin. 2, OUG 114/2018.", []),
    ("Echipa s-a clasat pe locul 2, a 30-a ediție, al 2-lea tur.", []),
    ("Ședința începe la ora 14.00, conferința la 15:30, tel. 021 312 34 56 sau 0722 123 456.", []),
    ("Un bărbat în vârstă de 45 de ani locuiește pe strada Mihai Eminescu nr. 5.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ro(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "ro") == expected


def test_relative_dates_need_a_reference() -> None:
    assert brief("Anul trecut și anul viitor, în luna mai.", "ro", reference_date=None) == []


def test_region_argument_makes_lei_moldovan() -> None:
    text = "Pensia minimă a crescut la 3.000 de lei."
    plain = cisfacts.extract(text, lang="ro", reference_date=REFERENCE)
    moldova = cisfacts.extract(text, lang="ro", reference_date=REFERENCE, region="MD")
    assert [f.to_dict()["currency"] for f in plain] == ["RON"]
    assert [f.to_dict()["currency"] for f in moldova] == ["MDL"]
