"""Azerbaijani: exact values for every kind of figure the core recognises."""

from __future__ import annotations

import pytest
from helpers import brief

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("yanvar", "fevral", "mart")

CASES = [
    # digits, separators (group "." as CLDR writes it), scale words, glued endings
    ("Sahədə 143 min nəfər çalışır.", [("number", "143000", "143 min")]),
    ("Ümumilikdə 1.200.000 nəfər siyahıya alınıb, 2 500,5 ton yük daşınıb.",
     [("number", "1200000", "1.200.000"), ("number", "2500.5", "2 500,5")]),
    ("Yükdaşımaların həcmi 12,5 min ton olub.", [("number", "12500", "12,5 min")]),
    ("Tədbirə təxminən 100 min nəfər qatılıb.", [("number", "100000", "100 min", "approx")]),
    ("Forumda 100-ə yaxın ölkədən nümayəndələr iştirak edib.", [("number", "100", "100-ə", "approx")]),
    ("Aksiyada 1000-dən çox könüllü iştirak edib.", [("number", "1000", "1000-dən", "over")]),
    ("Sorğuda 3,5 mln nəfər iştirak edib, xərclər 2 mlrd. manat olub.",
     [("number", "3500000", "3,5 mln"), ("money", "2000000000 AZN", "2 mlrd. manat")]),
    # number words
    ("Daha üç peyvənd klinik sınaq mərhələsindədir.", [("number", "3", "üç")]),
    ("Müsabiqəyə iki yüz əlli layihə təqdim olunub.", [("number", "250", "iki yüz əlli")]),
    ("Komissiyanın tərkibinə on beş mütəxəssis daxildir, doqquz yüz doxsan doqquz ərizə.",
     [("number", "15", "on beş"), ("number", "999", "doqquz yüz doxsan doqquz")]),
    ("İclasda iyirmi beş min sakinin müraciətinə baxılıb.", [("number", "25000", "iyirmi beş min")]),
    ("birinci, birlikdə, bir-birinə, bir sıra məsələlər, Beşinci", []),
    ("Bunun üçün onun adından ona məktub göndərilib.", []),
    # money
    ("Qeyri-neft sektorunun əlavə dəyəri 2 milyard dollardan çoxdur.",
     [("money", "2000000000 USD", "2 milyard dollardan", "over")]),
    ("Ticarət dövriyyəsi $37,3 mlrd təşkil edib.", [("money", "37300000000 USD", "$37,3 mlrd")]),
    ("İxracın həcmi 2 milyard ABŞ dollarına çatıb.", [("money", "2000000000 USD", "2 milyard ABŞ dollarına")]),
    ("Dövlət büdcəsindən 500 milyon manat ayrılıb.", [("money", "500000000 AZN", "500 milyon manat")]),
    ("Layihələrə çəkilən xərclər 300 milyon manatdan artıq olub.",
     [("money", "300000000 AZN", "300 milyon manatdan", "over")]),
    ("Maliyyələşmə ₼500 mln, €20 mln və 45 min rubl təşkil edib.",
     [("money", "500000000 AZN", "₼500 mln"), ("money", "20000000 EUR", "€20 mln"),
      ("money", "45000 RUB", "45 min rubl")]),
    ("Layihənin dəyəri 1,5 milyard avrodur, 120 milyon manatlıq investisiya qoyulub.",
     [("money", "1500000000 EUR", "1,5 milyard avrodur"), ("money", "120000000 AZN", "120 milyon manatlıq")]),
    ("Ölkəyə 50 min Türkiyə lirəsi və 100 Türkmənistan manatı gətirilib.",
     [("money", "50000 TRY", "50 min Türkiyə lirəsi"), ("money", "100 TMT", "100 Türkmənistan manatı")]),
    ("Qiymət 2,5-3 milyon manat arasında olacaq.",
     [("money", "2500000 AZN", "2,5"), ("money", "3000000 AZN", "3 milyon manat")]),
    ("Minimum əmək haqqı 420 manatdan az olmamalıdır, kredit 1 milyard manatı keçməyən, gəlir 650 min manata yaxın.",
     [("money", "420 AZN", "420 manatdan", "at_least"),
      ("money", "1000000000 AZN", "1 milyard manatı", "at_most"),
      ("money", "650000 AZN", "650 min manata", "approx")]),
    ("Bir litr benzinin qiyməti 1,10 manata qədər artıb.", [("money", "1.1 AZN", "1,10 manata")]),
    # percent
    ("İnflyasiya 4,5%-ə qədər yüksəlib, xidmətlər 9,4%-dən çox bahalaşıb.",
     [("percent", "4.5", "4,5%-ə"), ("percent", "9.4", "9,4%-dən", "over")]),
    ("Qiymətlər 15 faiz artıb, işsizlik 10%-dən azdır.",
     [("percent", "15", "15 faiz"), ("percent", "10", "10%-dən", "under")]),
    ("Uçot dərəcəsi 0,25 faiz bəndi azaldılıb, 7,25 faizə endirilib.",
     [("percent", "0.25", "0,25 faiz bəndi"), ("percent", "7.25", "7,25 faizə")]),
    # dates
    ("2024-cü ildə ixrac artıb, 2025-ci ilədək davam edəcək.",
     [("date", "2024", "2024-cü ildə"), ("date", "2025", "2025-ci ilədək")]),
    ("Saziş 2023-cü il 12 mayda imzalanıb.", [("date", "2023-05-12", "2023-cü il 12 mayda")]),
    ("Prezident 10 oktyabr 2025-ci il tarixində sərəncam imzalayıb.",
     [("date", "2025-10-10", "10 oktyabr 2025-ci il")]),
    ("Yeni qaydalar 2025-ci ilin yanvarında qüvvəyə minəcək.", [("date", "2025-01", "2025-ci ilin yanvarında")]),
    ("Toplantı 2025-10-10 və 10.10.2025 tarixlərində keçiriləcək.",
     [("date", "2025-10-10", "2025-10-10"), ("date", "2025-10-10", "10.10.2025")]),
    ("Bu il, keçən il, ötən ilin nəticələri, gələn il və cari ildə.",
     [("date", "2025", "Bu il"), ("date", "2024", "keçən il"), ("date", "2024", "ötən ilin"),
      ("date", "2026", "gələn il"), ("date", "2025", "cari ildə")]),
    ("Sərgi noyabrda keçiriləcək.", [("date", "2025-11", "noyabrda")]),
    ("Dövriyyə 5,2 milyard dollar olub, 2024-cü illə müqayisədə 12% çoxdur.",
     [("money", "5200000000 USD", "5,2 milyard dollar"), ("date", "2024", "2024-cü illə"),
      ("percent", "12", "12%", "over")]),
    # periods
    ("Dövlət proqramı 2026-2030-cu illər üçün nəzərdə tutulub.", [("period", "2026/2030", "2026-2030-cu illər")]),
    ("1990-cı illərdə neft hasilatı azalmışdı.", [("period", "1990/1999", "1990-cı illərdə")]),
    ("Sammit 2026-cı ilin birinci yarısında keçiriləcək.",
     [("period", "2026-01/2026-06", "2026-cı ilin birinci yarısında")]),
    ("I rübdə və 2025-ci ilin III rübündə artım qeydə alınıb.",
     [("period", "2025-01/2025-03", "I rübdə"), ("period", "2025-07/2025-09", "2025-ci ilin III rübündə")]),
    ("Bank 2025-ci ilin ikinci rübündə mənfəət əldə edib.",
     [("period", "2025-04/2025-06", "2025-ci ilin ikinci rübündə")]),
    ("Layihə 2024-cü il 1 martdan 15 aprelə qədər, proqram 2020-ci ildən 2025-ci ilə qədər icra olunub.",
     [("period", "2024-03-01/2024-04-15", "2024-cü il 1 martdan 15 aprelə qədər"),
      ("period", "2020/2025", "2020-ci ildən 2025-ci ilə qədər")]),
    ("2025-ci ilin 9 ayında ÜDM artıb.", [("period", "2025-01/2025-09", "2025-ci ilin 9 ayında")]),
    ("2025-ci ilin yanvar-sentyabr aylarında ÜDM 4,1% artıb.",
     [("period", "2025-01/2025-09", "2025-ci ilin yanvar-sentyabr"), ("percent", "4.1", "4,1%")]),
    ("Cari ilin yanvar-avqust aylarında, ötən ilin dekabrında, bu ilin martında.",
     [("period", "2025-01/2025-08", "Cari ilin yanvar-avqust"), ("date", "2024-12", "ötən ilin dekabrında"),
      ("date", "2025-03", "bu ilin martında")]),
    ("2025-ci ilin ilk doqquz ayında, 2024-cü il 1-15 oktyabr tarixlərində.",
     [("period", "2025-01/2025-09", "2025-ci ilin ilk doqquz ayında"),
      ("period", "2024-10-01/2024-10-15", "2024-cü il 1-15 oktyabr")]),
    ("Festival Bakıda 10-15 oktyabr tarixlərində keçiriləcək.",
     [("period", "2025-10-10/2025-10-15", "10-15 oktyabr")]),
    # durations
    ("Bu hadisə 30 il əvvəl baş verib.", [("duration", "P30Y", "30 il")]),
    ("Beş il ərzində ticarət dövriyyəsi artıb.", [("duration", "P5Y", "Beş il")]),
    ("Tikinti 6 ay, layihə isə ən azı 5 il çəkəcək.",
     [("duration", "P6M", "6 ay"), ("duration", "P5Y", "5 il", "at_least")]),
    ("Karantin 10 gün, sonra 2 həftə, ümumilikdə 3 aya qədər uzadılıb.",
     [("duration", "P10D", "10 gün"), ("duration", "P2W", "2 həftə"), ("duration", "P3M", "3 aya")]),
    ("Ötən il ixrac təqribən 30 milyard dollar olub, ölkədə 10 milyondan çox əhali yaşayır.",
     [("date", "2024", "Ötən il"), ("money", "30000000000 USD", "30 milyard dollar", "approx"),
      ("number", "10000000", "10 milyondan", "over")]),
    ("Büdcə kəsiri 2025-ci ilin I yarımilində azalıb, ikinci yarımildə artacaq.",
     [("period", "2025-01/2025-06", "2025-ci ilin I yarımilində"), ("period", "2025-07/2025-12", "ikinci yarımildə")]),
    ("Prezidentin 2025-ci il 10 oktyabr tarixli 245 nömrəli Fərmanı ilə təsdiq edilib.",
     [("date", "2025-10-10", "2025-ci il 10 oktyabr")]),
    # no fact
    ("MDB-nin 30 illiyi, 2-ci yer, COVID-19, № 245 qərar, 245 nömrəli qərar, 65 yaşında.", []),
    ("Əlaqə telefonu: +994 12 493 12 34, görüş saat 10:30-da.", []),
    ("Görüş saat 15-də başlayacaq, iclas 10.00-da.", []),
    ("Nizami küçəsi, 10 ünvanında yaşayan 45 yaşlı sahibkar saxlanılıb.", []),
    ("Məktəb 12 saylı, Cinayət Məcəlləsinin 178.3-cü maddəsi.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_az(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "az") == expected


def test_relative_dates_need_a_reference() -> None:
    assert brief("Bu il və gələn il, noyabrda.", "az", reference_date=None) == []
