"""Kazakh in the 2021 Latin alphabet: exact values for every kind of figure the core recognises."""

from __future__ import annotations

import pytest
from helpers import brief, changes, ranges

import cisfacts

#: No CLDR locale: the first three months as the data file writes them (checked in test_langdata).
FIRST_MONTHS = ("qañtar", "aqpan", "nauryz")

CASES = [
    # audit round 21: a byline's abbreviated month ("sáý.", "qar."), which alone is no month ("qaz." is
    # Kazakh); "ret kórsetildi" after a count on a byline is a view counter
    ("Ásel Nurova 24 sáý. 2025 10:15", [("date", "2025-04-24", "24 sáý. 2025")]),
    ("Qujat qaz. jáne orys tilderinde 3 qar. 2024 qabyldandy.", [("date", "2024-11-03", "3 qar. 2024")]),
    ("09:40 | 1 250 ret kórsetildi", []),
    # audit round 15: "bıyl" typed with ı takes its adjective too ("Bıylğy", "bıylğydan")
    ("Bıylğy ŪBT nätijesı boiynşa ortaşa ball 72,4 boldy.",
     [("date", "2025", "Bıylğy"), ("number", "72.4", "72,4")]),
    # audit round 14: a view counter with "sany" (count) before its colon is page chrome
    ("10.10.2025 | 10:30 | Qaralym sany: 1 574", [("date", "2025-10-10", "10.10.2025")]),
    # "jyldyq": a length of time after a count, a year after a 4-digit year; "jyldyq mereitoi" an anniversary
    ("Ol 3 jyldyq kelısımşartqa qol qoidy.", [("duration", "P3Y", "3 jyldyq")]),
    ("2024 jyldyq esep jariialandy.", [("date", "2024", "2024 jyldyq")]),
    ("Universitettıñ 100 jyldyq mereitoiy toilandy.", []),
    # "this year's first n months" written with the relative year
    ("Biylğy jyldyñ 8 aiynda JIÖ 6,3%-ğa östı.",
     [("period", "2025-01/2025-08", "Biylğy jyldyñ 8 aiynda"), ("percent", "6.3", "6,3%-ğa")]),
    # "deiın" after an amount: up to
    ("Aiyppūl 50 mln teñgege deiın jetedı.", [("money", "50000000 KZT", "50 mln teñgege", "at_most")]),
    # a day after its genitive month, with a possessive ending
    ("Jeltoqsannyñ 16-sy Täuelsızdık künı.", [("date", "2025-12-16", "Jeltoqsannyñ 16-sy")]),
    ("Nauryzdyñ 22-sınde meireke ötedı.", [("date", "2025-03-22", "Nauryzdyñ 22-sınde")]),
    ("Qyrküiektıñ 1-ınen bastap sabaq bastalady.", [("date", "2025-09-01", "Qyrküiektıñ 1-ınen")]),
    # tiyn (2021), tıyn (2018): the hundredth of a tenge
    ("Bır dozanyñ bağasy 2 100 teñge 50 tiyn.", [("money", "2100.5 KZT", "2 100 teñge 50 tiyn")]),
    ("Bağasy 75 tıyn.", [("money", "0.75 KZT", "75 tıyn")]),
    ("Gektaryna 14 sentner astyq jinaldy.", [("quantity", "14 c/ha", "14 sentner")]),
    # digits, separators, scale words, glued endings
    ("Būl industriiada 143 myñ adam jūmys ısteidı.", [("number", "143000", "143 myñ")]),
    ("Būl salada 143 mıñ adam jumys isteidi.", [("number", "143000", "143 mıñ")]),
    ("Jalpy 143\u00a0000 adam, al 2 500,5 tonna.",
     [("number", "143000", "143\u00a0000"), ("quantity", "2500.5 t", "2 500,5 tonna")]),
    ("Barlyğy 1.200.000 adam, kölemı 12,5 myñ boldy.",
     [("number", "1200000", "1.200.000"), ("number", "12500", "12,5 myñ")]),
    ("Şamamen 100 myñ adam keldı.", [("number", "100000", "100 myñ", "approx")]),
    ("Ataulı jyl aiasynda 100-ge juyq şara ötedı.", [("number", "100", "100-ge", "approx")]),
    ("1000-nan astam adam qatysty.", [("number", "1000", "1000-nan", "over")]),
    # number words
    ("Tağy da üş vaktsina synaqta.", [("number", "3", "üş")]),
    ("Ekı jüz elu adam keldı, on bes maman jūmys ısteidı.",
     [("number", "250", "Ekı jüz elu"), ("number", "15", "on bes")]),
    ("Jiyrma bes mıñ adam, üş jüz otyz oryn, toqsan toğyz ūsynys.",
     [("number", "25000", "Jiyrma bes mıñ"), ("number", "330", "üş jüz otyz"), ("number", "99", "toqsan toğyz")]),
    ("bırınşı, bırlesken, bır-bırıne, bırge, Besınşı", []),
    # money
    ("Bügınde kreativtı sektorymyzdağy qosylğan qūn 2 milliard dollardan asady.",
     [("money", "2000000000 USD", "2 milliard dollardan", "over")]),
    ("Tauar ainalymy $37,3 mlrd-ty qūrady, kölemı $4,3 mlrd-qa jettı.",
     [("money", "37300000000 USD", "$37,3 mlrd-ty"), ("money", "4300000000 USD", "$4,3 mlrd-qa")]),
    ("Eksport 2 mlrd AQŞ dollaryn qūrady.", [("money", "2000000000 USD", "2 mlrd AQŞ dollaryn")]),
    ("Büdjetten 500 mln teñge bölındı, şyğyn 300 mlrd teñgeden asty.",
     [("money", "500000000 KZT", "500 mln teñge"), ("money", "300000000000 KZT", "300 mlrd teñgeden", "over")]),
    ("Qarjy ₸500 mlrd, €20 mln jäne 45 myñ rubl.",
     [("money", "500000000000 KZT", "₸500 mlrd"), ("money", "20000000 EUR", "€20 mln"),
      ("money", "45000 RUB", "45 myñ rubl")]),
    ("Bağa 1,5 trln tenge boldy, 5 mln euro tūrady.",
     [("money", "1500000000000 KZT", "1,5 trln tenge"), ("money", "5000000 EUR", "5 mln euro")]),
    ("Jalaqy 420 myñ teñgeden kem bolmauy tiıs, 1 mlrd teñgeden aspaidy, 650 myñ teñgege juyqtady.",
     [("money", "420000 KZT", "420 myñ teñgeden", "at_least"),
      ("money", "1000000000 KZT", "1 mlrd teñgeden", "at_most"),
      ("money", "650000 KZT", "650 myñ teñgege", "approx")]),
    ("Bağa 625,4 teñgege deiın tömendedı.", [("money", "625.4 KZT", "625,4 teñgege")]),
    # the 2018 alphabet (acutes) and the 2017 one (apostrophes) for whole words
    ("Qūny 2 mıllıard dollardan asady, baǵa 15 paıyzǵa ósti.",
     [("money", "2000000000 USD", "2 mıllıard dollardan", "over"), ("percent", "15", "15 paıyzǵa")]),
    ("Bıyl 500 mln ten'ge bólindi, 30 myń teńge.",
     [("date", "2025", "Bıyl"), ("money", "500000000 KZT", "500 mln ten'ge"), ("money", "30000 KZT", "30 myń teńge")]),
    # percent
    ("Kölem jyl saiyn 4,5%-ğa ösıp otyr.", [("percent", "4.5", "4,5%-ğa")]),
    ("Sauda 40%-ğa arttı, qyzmetter 9,4%-ğa.", [("percent", "40", "40%-ğa"), ("percent", "9.4", "9,4%-ğa")]),
    ("Bağa 15 paiyzğa östı, infliatsiia 10%-dan kem.",
     [("percent", "15", "15 paiyzğa"), ("percent", "10", "10%-dan", "under")]),
    ("Mölşerleme 8,5 paiyzdyq tarmaqqa tömendedı.", [("percent", "8.5", "8,5 paiyzdyq tarmaqqa")]),
    # dates
    ("Prezident 18 qazan 2021 jyl jarlyqqa qol qoidy, 18 Qazan, 2021.",
     [("date", "2021-10-18", "18 qazan 2021 jyl"), ("date", "2021-10-18", "18 Qazan, 2021")]),
    ("2023 jylğy 12 mamyrda kelısım jasaldy.", [("date", "2023-05-12", "2023 jylğy 12 mamyrda")]),
    ("2023 jyly jäne 2025 jylğa deiın.", [("date", "2023", "2023 jyly"), ("date", "2025", "2025 jylğa")]),
    ("2025 jyldyñ qañtarynda bastalady.", [("date", "2025-01", "2025 jyldyñ qañtarynda")]),
    ("Jiyn 2025-10-10 jäne 10.10.2025 künı.",
     [("date", "2025-10-10", "2025-10-10"), ("date", "2025-10-10", "10.10.2025")]),
    ("Biyl jäne byltyr, ötken jyly, kelesı jyly.",
     [("date", "2025", "Biyl"), ("date", "2024", "byltyr"), ("date", "2024", "ötken jyly"),
      ("date", "2026", "kelesı jyly")]),
    ("Körme qaraşada ötedı, forum qyrküiegınde.",
     [("date", "2025-11", "qaraşada"), ("date", "2025-09", "qyrküiegınde")]),
    ("Qazanda körme öttı.", []),
    # periods
    ("Strategiia 2026-2035 jyldarğa arnalğan.", [("period", "2026/2035", "2026-2035 jyldarğa")]),
    ("Otyrys 2026 jyldyñ bırınşı jartysynda ötedı.",
     [("period", "2026-01/2026-06", "2026 jyldyñ bırınşı jartysynda")]),
    ("I toqsan jäne 2025 jyldyñ III toqsanynda.",
     [("period", "2025-01/2025-03", "I toqsan"), ("period", "2025-07/2025-09", "2025 jyldyñ III toqsanynda")]),
    ("2024-2025 jyldary östı.", [("period", "2024/2025", "2024-2025 jyldary")]),
    ("2024 jylğy 1 nauryzdan 15 säuırge deiın, 2020 jyldan 2025 jylğa deiın, 2025 jyldyñ 9 aiynda",
     [("period", "2024-03-01/2024-04-15", "2024 jylğy 1 nauryzdan 15 säuırge deiın"),
      ("period", "2020/2025", "2020 jyldan 2025 jylğa deiın"),
      ("period", "2025-01/2025-09", "2025 jyldyñ 9 aiynda")]),
    ("2024 jylğy qañtar-qyrküiekte JIÖ 4,1%-ğa östı, 2024 jyldyñ 3-toqsanynda.",
     [("period", "2024-01/2024-09", "2024 jylğy qañtar-qyrküiekte"), ("percent", "4.1", "4,1%-ğa"),
      ("period", "2024-07/2024-09", "2024 jyldyñ 3-toqsanynda")]),
    ("2025 jyldyñ alğaşqy toğyz aiynda, 2024 jylğy 1-15 qazan aralyğynda.",
     [("period", "2025-01/2025-09", "2025 jyldyñ alğaşqy toğyz aiynda"),
      ("period", "2024-10-01/2024-10-15", "2024 jylğy 1-15 qazan")]),
    ("Biylğy tamyzda, ötken jylğy qazanda, biyl qañtar-tamyzda.",
     [("date", "2025-08", "Biylğy tamyzda"), ("date", "2024-10", "ötken jylğy qazanda"),
      ("period", "2025-01/2025-08", "biyl qañtar-tamyzda")]),
    # durations
    ("Osydan 30 jyl būryn. Bes jyl ışınde sauda östı.",
     [("duration", "P30Y", "30 jyl"), ("duration", "P5Y", "Bes jyl")]),
    ("Taiaudağy üş jyldyñ basymdyğy.", [("duration", "P3Y", "üş jyldyñ")]),
    ("Joba 6 ai jäne kemınde 5 jyl, 10 kün, 2 apta.",
     [("duration", "P6M", "6 ai"), ("duration", "P5Y", "5 jyl", "at_least"), ("duration", "P10D", "10 kün"),
      ("duration", "P2W", "2 apta")]),
    # no fact
    ("TMD-nyñ 30 jyldyğyna, 2-şı oryn, COVID-19, № 245 būiryq.", []),
    ("Telefon: +7 (7172) 74-52-10, sağat 10:30-da.", []),
    ("Telefon: 8 701 555 12 34, 87015551234, JSN 850101300123, indeks 050000.", []),
    ("Kezdesu 10.00-de, sağat 10.30-da bastalady.", []),
    ("Abai köşesı, 10 mekenjaiynda 45 jastağy käsıpker, 65 jasqa tolğan.", []),
    # news sentences (agency style)
    ("Qazaqstan Ūlttyq Banky bazalyq mölşerlemenı 16,5%-ğa deiın köterdı.", [("percent", "16.5", "16,5%-ğa")]),
    ("2025 jyldyñ qañtar-tamyz ailarynda elımızdıñ syrtqy sauda ainalymy 91,2 mlrd AQŞ dollaryn qūrady.",
     [("period", "2025-01/2025-08", "2025 jyldyñ qañtar-tamyz"),
      ("money", "91200000000 USD", "91,2 mlrd AQŞ dollaryn")]),
    ("Qyrküiekte jyldyq infliatsiia 12,9%-dy qūrady.",
     [("date", "2025-09", "Qyrküiekte"), ("percent", "12.9", "12,9%-dy")]),
    ("Memleket basşysy Qasym-Jomart Toqaev 10 qazanda Astanada şeteldık investorlarmen kezdestı.",
     [("date", "2025-10-10", "10 qazanda")]),
    ("Respublikalyq büdjettıñ 2026 jylğa arnalğan kırısı 25,1 trln teñge dep josparlanğan.",
     [("date", "2026", "2026 jylğa"), ("money", "25100000000000 KZT", "25,1 trln teñge")]),
    ("AQŞ dollarynyñ resmi bağamy 545,3 teñge bolyp belgılendı.", [("money", "545.3 KZT", "545,3 teñge")]),
    ("Ūlttyq qordyñ aktivterı 60 mlrd dollardan asty.", [("money", "60000000000 USD", "60 mlrd dollardan", "over")]),
    ("2024 jyly elge 23,7 mlrd dollar tıkelei şeteldık investitsiia tartyldy.",
     [("date", "2024", "2024 jyly"), ("money", "23700000000 USD", "23,7 mlrd dollar")]),
    ("Joba 2025-2029 jyldary iske asyrylady.", [("period", "2025/2029", "2025-2029 jyldary")]),
    ("Ekonomika 2025 jyldyñ alğaşqy segız aiynda 6,3%-ğa östı.",
     [("period", "2025-01/2025-08", "2025 jyldyñ alğaşqy segız aiynda"), ("percent", "6.3", "6,3%-ğa")]),
    ("Zauyttyñ jobalyq quaty jylyna 300 myñ tonna.", [("quantity", "300000 t", "300 myñ tonna")]),
    ("Zeinetaqy 2026 jyldyñ 1 qañtarynan bastap 10%-ğa ösedı.",
     [("date", "2026-01-01", "2026 jyldyñ 1 qañtarynan"), ("percent", "10", "10%-ğa")]),
    ("Qūrylys jūmystary 18 aiğa sozylady.", [("duration", "P18M", "18 aiğa")]),
    ("Ötken jyly Qazaqstanğa 15,3 mln turist keldı.",
     [("date", "2024", "Ötken jyly"), ("number", "15300000", "15,3 mln")]),
    ("Forum 15-17 qazan aralyğynda ötedı.", [("period", "2025-10-15/2025-10-17", "15-17 qazan")]),
    ("Şamamen 1,5 mlrd euro investitsiia tartu josparlanuda.",
     [("money", "1500000000 EUR", "1,5 mlrd euro", "approx")]),
    ("Jūmyssyzdyq deñgeiı 4,6 paiyz boldy.", [("percent", "4.6", "4,6 paiyz")]),
    ("Ükımet ekınşı jartyjyldyqta 500 myñnan astam jūmys ornyn aşudy josparlap otyr.",
     [("period", "2025-07/2025-12", "ekınşı jartyjyldyqta"), ("number", "500000", "500 myñnan", "over")]),
    ("Ağymdağy jyldyñ üşınşı toqsanynda IJÖ 6,5 paiyzğa östı.",
     [("period", "2025-07/2025-09", "Ağymdağy jyldyñ üşınşı toqsanynda"), ("percent", "6.5", "6,5 paiyzğa")]),
    ("Eksport ötken jylmen salystyrğanda 8,4%-ğa artyp, 40 mlrd dollarğa juyqtady.",
     [("date", "2024", "ötken jylmen"), ("percent", "8.4", "8,4%-ğa"),
      ("money", "40000000000 USD", "40 mlrd dollarğa", "approx")]),
    ("Ekı eldıñ tauar ainalymy 2024 jyly 3 mlrd 200 mln dollardy qūrady.",
     [("number", "2", "Ekı"), ("date", "2024", "2024 jyly"), ("money", "3200000000 USD", "3 mlrd 200 mln dollardy")]),
    ("Baiyanlys ortalyğy: +7 (727) 244-22-33, 8 800 080 7777.", []),
    ("QR Zañynyñ 15-babyna jäne № 123 būiryqqa säikes.", []),
    ("Kezdesu sağat 15:00-de Dostyq dañğyly, 12 mekenjaiynda ötedı.", []),
    # abbreviated street words ("d-ly", "k-sı") and a hotline with its colon give no figure
    ("Mekenjai: Almaty q., Abai d-ly, 52, 7-qabat  ·  Qonaev k-sı, 12  ·  Jedel jelı: 1414. "
     "Jedel jelıge 2 500 ötınış tüstı.",
     [("number", "2500", "2 500")]),
    ("65 jastağy zeinetker, Qairat 3:1 esebımen jeñıp, 2-şı oryn aldy.", []),
    ("Kıtaptyñ 45-betınde, 1-synyp oquşylary.", []),
    # "asty" after a dative is "exceeded by": no qualifier; after an ablative "exceeded": over.
    ("IJÖ boljamnan 0,5 paiyzdyq tarmaqqa asty, 5%-ğa köp, 10%-dan köp, 100 mlrd-tan asty.",
     [("percent", "0.5", "0,5 paiyzdyq tarmaqqa"), ("percent", "5", "5%-ğa"), ("percent", "10", "10%-dan", "over"),
      ("number", "100000000000", "100 mlrd-tan", "over")]),
    ("Ötken jylğa qarağanda 5%-ğa östı, osy jyldyñ qañtarynda, kelesı jylğa arnalğan.",
     [("date", "2024", "Ötken jylğa"), ("percent", "5", "5%-ğa"), ("date", "2025-01", "osy jyldyñ qañtarynda"),
      ("date", "2026", "kelesı jylğa")]),
    # qualifiers added after the news audit: "töñıregınde" (around), "-ge tarta" (close to), "kem degende"
    # (at least), "-den joğary"/"-den tömen" (above/below an ablative figure, not "5%-ğa joğary")
    ("Infliatsiia 5% töñıregınde saqtalady, forumğa 500-ge tarta adam qatysty.",
     [("percent", "5", "5%", "approx"), ("number", "500", "500-ge", "approx")]),
    ("Kem degende 3 jyl ötılı bolu kerek, jalaqy 500 myń teńgeden joǵary, 100 myñ teñgeden tömen.",
     [("duration", "P3Y", "3 jyl", "at_least"), ("money", "500000 KZT", "500 myń teńgeden", "over"),
      ("money", "100000 KZT", "100 myñ teñgeden", "under")]),
    ("Jalaqy 100 myñ teñgeden tömen emes.", [("money", "100000 KZT", "100 myñ teñgeden", "at_least")]),
    ("Bağa 5%-ğa joğary, 3%-ğa tömen boldy.", [("percent", "5", "5%-ğa"), ("percent", "3", "3%-ğa")]),
    # quantities
    ("Fermerler 26,5 mln tonnany jinady.", [("quantity", "26500000 t", "26,5 mln tonnany")]),
    ("Elımızde 17,5 mln tonna astyq jinaldy, onyñ ışınde 13 mln tonnasy biidai.",
     [("quantity", "17500000 t", "17,5 mln tonna"), ("quantity", "13000000 t", "13 mln tonnasy")]),
    ("Egıs 2,3 mln ga alqapqa sebıldı, önımdılık 15 ts/ga.",
     [("quantity", "2300000 ha", "2,3 mln ga"), ("quantity", "15 c/ha", "15 ts/ga")]),
    ("Aqmola oblysynda 4,5 mln gektarğa biidai egıldı.", [("quantity", "4500000 ha", "4,5 mln gektarğa")]),
    ("Jañbyr 200 gektardan astam egıstı basyp qaldy.", [("quantity", "200 ha", "200 gektardan", "over")]),
    ("1,2 myñ şarşy metr tūrğyn üi, 2 mlrd kVt·sağ elektr energiiasy, 40 myñ litr süt.",
     [("quantity", "1200 m2", "1,2 myñ şarşy metr"), ("quantity", "2000000000 kWh", "2 mlrd kVt·sağ"),
      ("quantity", "40000 l", "40 myñ litr")]),
    ("Qazaqstan aumağy 2,7 mln şarşy km.", [("quantity", "2700000 km2", "2,7 mln şarşy km")]),
    ("Gaz öndıru 25 mlrd tekşe metrge jetedı.", [("quantity", "25000000000 m3", "25 mlrd tekşe metrge")]),
    ("Quaty 500 MVt stantsiia, 120 km jol, Ekıbastūz GRES-1 quaty 4 000 megavatt.",
     [("quantity", "500 MW", "500 MVt"), ("quantity", "120 km", "120 km"), ("quantity", "4000 MW", "4 000 megavatt")]),
    ("Jol ūzyndyğy 450 km, köpır 1,2 myñ metr.",
     [("quantity", "450 km", "450 km"), ("quantity", "1200 m", "1,2 myñ metr")]),
    ("Mūnai öndıru täulıgıne 1,8 mln barrelge jettı.", [("quantity", "1800000 bbl", "1,8 mln barrelge")]),
    # news audit 2: "minus", "şaqyrym" (kilometre), the equative "about" ending, currency, duration and unit
    # adjectives, "orta eseppen" before a rate, "mausym" (season) in its possessive forms alone is no June
    ("Jedel järdemdı 103 telefony arqyly şaqyryñyz nemese 109 bailanys ortalyğyna habarlasyñyz.", []),
    ("Tūrğyndar minus 20 gradus aiazda jylusyz qaldy.", [("number", "-20", "minus 20")]),
    ("Almaty – Qapşağai jolynyñ 42 şaqyrymy jöndeldı, 12 şaqyrymdyq aina jol salyndy.",
     [("quantity", "42 km", "42 şaqyrymy"), ("quantity", "12 km", "12 şaqyrymdyq")]),
    ("Jiynğa 300-dei adam keldı, şyğyn 4 mlrd teñgedei, 200 myñdai tūrğyn.",
     [("number", "300", "300-dei", "approx"), ("money", "4000000000 KZT", "4 mlrd teñgedei", "approx"),
      ("number", "200000", "200 myñdai", "approx")]),
    ("Kompaniia 700 mln dollarlyq jobany bastady, 3 mln iuandyq kelısım, 200 myñ teñgelık grant.",
     [("money", "700000000 USD", "700 mln dollarlyq"), ("money", "3000000 CNY", "3 mln iuandyq"),
      ("money", "200000 KZT", "200 myñ teñgelık")]),
    ("6 ailyq kurs, 15 kündık merzım, 2 aptalyq demalys.",
     [("duration", "P6M", "6 ailyq"), ("duration", "P15D", "15 kündık"), ("duration", "P2W", "2 aptalyq")]),
    ("50 kilogramdyq qap, 20 tonnalyq jük, 300 megavattyq stansa, 5 litrlık bötelke, 4 gektarlyq baq.",
     [("quantity", "50 kg", "50 kilogramdyq"), ("quantity", "20 t", "20 tonnalyq"),
      ("quantity", "300 MW", "300 megavattyq"), ("quantity", "5 l", "5 litrlık"), ("quantity", "4 ha", "4 gektarlyq")]),
    ("Gektaryna orta eseppen 14,2 sentnerden astyq jinaldy.", [("quantity", "14.2 c/ha", "14,2 sentnerden")]),
    ("Şağyn bizneske 3 paiyzdyq salyq, depozitke 0,5 paiyzdyq tarmaqqa joğary mölşerleme.",
     [("percent", "3", "3 paiyzdyq"), ("percent", "0.5", "0,5 paiyzdyq tarmaqqa")]),
    ("Jylytu mausymy 15 qazanda bastalady, mausymda inflasia 0,6% boldy.",
     [("date", "2025-10-15", "15 qazanda"), ("date", "2025-06", "mausymda"), ("percent", "0.6", "0,6%")]),
    # whole-page audit: "Jyldyñ 8 aiynda" (the year's first months), kVt·sağ with case endings, "byltyrğydan",
    # "Qazan aiy" (October, not Kazan), solar power plants are no days
    ("Jyldyñ 8 aiynda tapshylyq 2,8 mlrd kVt·sağqa jettı, būl byltyrğydan 12%-ğa köp.",
     [("period", "2025-01/2025-08", "Jyldyñ 8 aiynda"), ("quantity", "2800000000 kWh", "2,8 mlrd kVt·sağqa"),
      ("date", "2024", "byltyrğydan"), ("percent", "12", "12%-ğa")]),
    ("Qazan aiynyñ soñyna deiın 2 kün elektr stansasy iske qosylady.", [("date", "2025-10", "Qazan aiynyñ")]),
    # audit 5: a scale word with a "from" ending ends its number (not 5 050): a range of amounts
    ("Bilet bağasy 5 myñnan 50 myñ teñgege deiın.",
     [("money", "5000 KZT", "5 myñnan"), ("money", "50000 KZT", "50 myñ teñgege")]),
    ("Jalaqy 1,5 trln teñgeden 2 trln teñgege deiın.",
     [("money", "1500000000000 KZT", "1,5 trln teñgeden"), ("money", "2000000000000 KZT", "2 trln teñgege")]),
    # audit 7: half a year, "this year's first half" as one period, "toqsan" (a quarter) with endings is no
    # ninety, seconds are a time, a call-centre number, qualifiers "kem bolmaityn", "jaqyndady", "adamnan asady"
    ("Şekteu jarty jyl boiy qoldanyldy, al jarty jylda 5 mln tonna jinaldy.",
     [("duration", "P6M", "jarty jyl"), ("duration", "P6M", "jarty jylda"), ("quantity", "5000000 t", "5 mln tonna")]),
    ("Teñızşevroil biylğy jyldyñ bırınşı jartysynda 19,4 mln tonna öndırdı.",
     [("period", "2025-01/2025-06", "biylğy jyldyñ bırınşı jartysynda"), ("quantity", "19400000 t", "19,4 mln tonna")]),
    ("Tabys aldyñğy toqsannan 7%-ğa tömen, būl biylğydan 2%-ğa az.",
     [("percent", "7", "7%-ğa"), ("date", "2025", "biylğydan"), ("percent", "2", "2%-ğa")]),
    ("Jekpe-jek 28 minut 40 sekundqa sozyldy. Banktıñ call-ortalyğy: 300, +7 (727) 244-55-00.", []),
    ("Eksport 70 mln tonnadan kem bolmaityn aitty. Bağam 540 teñgege jaqyndady.",
     [("quantity", "70000000 t", "70 mln tonnadan", "at_least"), ("money", "540 KZT", "540 teñgege", "approx")]),
    ("Salymşylar sany 2,6 million adamnan asady, 96 myñğa jaqyn oquşy.",
     [("number", "2600000", "2,6 million", "over"), ("number", "96000", "96 myñğa", "approx")]),
    ("Jeldıñ ekpını sekundyna 15-20 metr.", [("number", "15", "15"), ("number", "20", "20")]),
    ("Ötken toqsan qorytyndysynda toqsan myñ adam, toqsan bes adam tırkeldı.",
     [("number", "90000", "toqsan myñ"), ("number", "95", "toqsan bes")]),
    # audit 9: "jylqy" (horses) is no "jyl" (year); "sağatyna" (per hour) is no clock, before a length a speed;
    # "byltyrmen", "byltyrdan" (with, since last year); "kilogram" written with one m
    ("Elde 4,5 mln jylqy, 120 myñ tüie bar, auylda 5 jylqy ūrlandy.",
     [("number", "4500000", "4,5 mln"), ("number", "120000", "120 myñ"), ("number", "5", "5")]),
    ("Terminaldyñ ötkızu qabıletı sağatyna 3 myñ jolauşy, poiyz jyldamdyğy sağatyna 120 şaqyrym, jiyn sağat 10:30-da "
     "bastalyp, 3 sağatqa sozyldy.",
     [("number", "3000", "3 myñ"), ("number", "120", "120")]),
    ("Byltyrmen salystyrğanda bağa 3,1%-ğa östı, byltyrdan berı 2 ese.",
     [("date", "2024", "Byltyrmen"), ("percent", "3.1", "3,1%-ğa"), ("date", "2024", "byltyrdan"),
      ("number", "2", "2")]),
    ("Siyr etınıñ 1 kilogramy 4 200 teñge, 5 kilogram qant, 2 kilogramnan artyq.",
     [("quantity", "1 kg", "1 kilogramy"), ("money", "4200 KZT", "4 200 teñge"), ("quantity", "5 kg", "5 kilogram"),
      ("quantity", "2 kg", "2 kilogramnan", "over")]),
    # audit 9: view and comment counters of page chrome, after their label with its colon or an emoji
    ("8 qazan 2025, 09:40  |  👁 5 630  |  💬 14  |  Qaralym: 1 207", [("date", "2025-10-08", "8 qazan 2025")]),
    # audit 9: "until the middle, the end of" a month with no year is a deadline: a month long past is next year's
    ("Öñdeu aqpannyñ ortasyna deiın, jūmys nauryzdyñ soñyna deiın, joba jeltoqsannyñ soñyna deiın jalğasady.",
     [("date", "2026-02", "aqpannyñ"), ("date", "2026-03", "nauryzdyñ"), ("date", "2025-12", "jeltoqsannyñ")]),
    # audit 10: "N of them" after a hyphen (-sı, -syn, -euı); "jarty" (half) before a scale word;
    # comment counters in brackets and a newspaper's subscription index are no figure
    ("Boksşy 17 jekpe-jektıñ 12-syn nokautpen ūtty; 143 ıstıñ 97-sı sotqa jıberıldı, 34 deputattyñ 3-euı qarsy boldy.",
     [("number", "17", "17"), ("number", "12", "12-syn"), ("number", "143", "143"), ("number", "97", "97-sı"),
      ("number", "34", "34"), ("number", "3", "3-euı")]),
    ("Kartop önımı jarty million tonnağa juyqtady, bır jarym million teñge bölındı.",
     [("quantity", "500000 t", "jarty million tonnağa", "approx"),
      ("money", "1500000 KZT", "bır jarym million teñge")]),
    ("Pıkırler (27)  |  Bölısu: WhatsApp\nJazylu indeksı: 65424. Taralymy 12 000 dana.",
     [("number", "12000", "12 000")]),
    # audit 11: a view counter after its count; "ötken aimen" (than last month) is a relative month
    ("10.10.2025, 09:15 · 3 120 qaralym", [("date", "2025-10-10", "10.10.2025")]),
    ("Būl ötken aimen salystyrğanda 18%-ğa az, ötken aiğa qarağanda tömen.",
     [("date", "2025-09", "ötken aimen"), ("percent", "18", "18%-ğa"), ("date", "2025-09", "ötken aiğa")]),
    # audit 12: "N aida" alone is the months of this year so far, unless "soñğy", "är", "jyl" come before;
    # a comment counter in the singular is no figure
    ("Jolauşy ağyny 9 aida 12,4 millionğa jettı.",
     [("period", "2025-01/2025-09", "9 aida"), ("number", "12400000", "12,4 millionğa")]),
    ("Soñğy 6 aida bağa östı, är 3 aida esep berıledı, 2024 jyldyñ 9 aiynda eksport östı.",
     [("duration", "P6M", "6 aida"), ("duration", "P3M", "3 aida"),
      ("period", "2024-01/2024-09", "2024 jyldyñ 9 aiynda")]),
    ("14:35 · Qaralym: 3 908 · Pıkır: 21", []),
    # audit 13: counters with no colon and an emergency line are no figure; "metrlık" is a length
    ("08.10.2025 · 09:40 · Oqyldy 612 ret · Qaraldy 5 731\nŞūğyl bailanys: 112",
     [("date", "2025-10-08", "08.10.2025")]),
    ("Avtobustar 12 metrlık, 90 jolauşyğa arnalğan.", [("quantity", "12 m", "12 metrlık"), ("number", "90", "90")]),
    # audit 16: working days are days
    ("Ötınışter 15 jūmys künı qabyldanady, qūjattar 10 jumys küni ışınde qaralady.",
     [("duration", "P15D", "15 jūmys künı"), ("duration", "P10D", "10 jumys küni")]),
    # audit 17: a bare "jarty" is a half of anything (the first half hour), "alğaşqy jarty jyl" a half year;
    # "byltyrğy jyldyñ" (last year's) before a half
    ("Avtoturaqta alğaşqy jarty sağat tegın, al täulıgıne 3 000 teñge tölenedı.",
     [("money", "3000 KZT", "3 000 teñge")]),
    ("Eksport alğaşqy jarty jylda 12%-ğa östı.",
     [("period", "2025-01/2025-06", "alğaşqy jarty jylda"), ("percent", "12", "12%-ğa")]),
    ("Byltyrğy jyldyñ ekınşı jartysynda bağa 7%-ğa östı.",
     [("period", "2024-07/2024-12", "Byltyrğy jyldyñ ekınşı jartysynda"), ("percent", "7", "7%-ğa")]),
    # audit 17: relative quarters: last and next quarter, the period of each
    ("Ötken toqsanda eksport 5%-ğa östı, kelesı toqsanda bağa ösedı.",
     [("period", "2025-07/2025-09", "Ötken toqsanda"), ("percent", "5", "5%-ğa"),
      ("period", "2026-01/2026-03", "kelesı toqsanda")]),
    # audit 20: relative half years: last and next half year, the period of each
    ("Ötken jartyjyldyqta eksport 5%-ğa östı, kelesı jartyjyldyqta bağa ösedı.",
     [("period", "2025-01/2025-06", "Ötken jartyjyldyqta"), ("percent", "5", "5%-ğa"),
      ("period", "2026-01/2026-06", "kelesı jartyjyldyqta")]),
    # audit 20: a bare "jas" before a noun is young people, a count; the forms of an age stay no figure
    ("Auylğa 215 jas maman keldı, 500 jas otbasy baspana aldy.",
     [("number", "215", "215"), ("number", "500", "500")]),
    ("45 jastağy käsıpker 65 jasqa tolğan, 71 jasta, 18 jastan asqan, 60 jas jäne odan joğary.", []),
    # audit 19: "būl mausymdağy" (this season's) is no June, as "osy mausymda"; June alone stays June
    ("Matçqa 11 200 janküier keldı, būl mausymdağy rekord. Mausymda inflasia 0,6%-ğa östı.",
     [("number", "11200", "11 200"), ("date", "2025-06", "Mausymda"), ("percent", "0.6", "0,6%-ğa")]),
    # audit 23: the spelling with ŋ and ǧ ("myŋ", "gektarǧa"), and "keli", the everyday kilogram
    ("Ört 12 myŋ gektarǧa jettı. Oğan 800 adam qatysty.",
     [("quantity", "12000 ha", "12 myŋ gektarǧa"), ("number", "800", "800")]),
    ("Ūnnyŋ 25 kelilik qaby 6000 teñge, qanttyŋ 1 kelısı 450 teñge.",
     [("quantity", "25 kg", "25 kelilik"), ("money", "6000 KZT", "6000 teñge"), ("quantity", "1 kg", "1 kelısı"),
      ("money", "450 KZT", "450 teñge")]),
    # real-news audit 24: the collective numerals in both Latin spellings ("jeteýi", "jeteuı")
    ("Jeti nysannyń jeteýi daıyn, ekeýi bıyl, altaýy keler jyly salynady.",
     [("number", "7", "Jeti"), ("number", "7", "jeteýi"), ("number", "2", "ekeýi"), ("date", "2025", "bıyl"),
      ("number", "6", "altaýy"), ("date", "2026", "keler jyly")]),
    ("Segiz kópirdiń jeteuı jóndeldi, ekeuı áli jabyq.",
     [("number", "8", "Segiz"), ("number", "7", "jeteuı"), ("number", "2", "ekeuı")]),
    # real-news audit 27: the tenge written with ŋ ("teŋgenı", "teŋgege")
    ("Zeinetaqy orta eseppen 84 510 teŋgenı qūrady, järdemaqy 12 myŋ teŋgege östı.",
     [("money", "84510 KZT", "84 510 teŋgenı"), ("money", "12000 KZT", "12 myŋ teŋgege")]),
    # real-news audit 27: "ár gektardan" (2018 acute spelling of "är gektardan") makes a yield c/ha
    ("Aýdanda ár gektardan orta eseppen 14,2 tsentnerden, árbir gektardan 9 tsentnerden jınaldy.",
     [("quantity", "14.2 c/ha", "14,2 tsentnerden"), ("quantity", "9 c/ha", "9 tsentnerden")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_kk_latn(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "kk-Latn") == expected


def test_relative_dates_need_a_reference() -> None:
    assert brief("Biyl jäne kelesı jyly, qaraşada.", "kk-Latn", reference_date=None) == []


CHANGES = [
    ("Eksport 9,4%-ğa artyp, 4,3 mlrd dollarğa jettı.", [("9,4%-ğa", "increase"), ("4,3 mlrd dollarğa", None)]),
    ("Önerkäsıp 4,5%-ğa ösıp otyr, bağa 2%-ğa tömendedı.", [("4,5%-ğa", "increase"), ("2%-ğa", "decrease")]),
    ("Tūrğyn üi bağasy 3,2%-ğa qymbattady, al jalğa alu 1,5%-ğa arzandady.",
     [("3,2%-ğa", "increase"), ("1,5%-ğa", "decrease")]),
    ("Mölşerleme 0,25 paiyzdyq tarmaqqa köterıldı.", [("0,25 paiyzdyq tarmaqqa", "increase")]),
    ("Önım 12%-ğa kemıp, 5 mln tonnany qūrady.", [("12%-ğa", "decrease"), ("5 mln tonnany", None)]),
    ("Eksporttyñ ösımı 15%-dy qūrady.", [("15%-dy", "increase")]),
    # "deiın" (up to) and "jettı" (reached) make a level; "-dan artyq" (more than) is no change.
    ("Bağa 625,4 teñgege deiın tömendedı.", [("625,4 teñgege", None)]),
    ("Qazaqstan Ūlttyq Banky bazalyq mölşerlemenı 16,5%-ğa deiın köterdı.", [("16,5%-ğa", None)]),
    ("Mūnai öndıru 90 mln tonnağa jetedı.", [("90 mln tonnağa", None)]),
    ("Ūlttyq qordyñ aktivterı 60 mlrd dollardan artyq.", [("60 mlrd dollardan", None)]),
    ("Jūmyssyzdyq deñgeiı 4,6 paiyz boldy.", [("4,6 paiyz", None)]),
    ("Bağa 5-7%-ğa östı.", [("5", "increase"), ("7%-ğa", "increase")]),
    # audit 7: "-ğa köp/az" (more/less by), "tömen/joğary" (lower/higher), "-ğa asyp tüstı" (exceeded by)
    ("Būl 18%-ğa köp, anau 3%-ğa az, tabys 7%-ğa tömen, bağa 5%-ğa joğary.",
     [("18%-ğa", "increase"), ("3%-ğa", "decrease"), ("7%-ğa", "decrease"), ("5%-ğa", "increase")]),
    ("Kvota 390 myñ barrelge asyp tüstı, eksport 2 mlrd dollardan asyp tüstı.",
     [("390 myñ barrelge", "increase"), ("2 mlrd dollardan", None)]),
]

RANGES = [
    ("Bağa 5-7%-ğa östı.", [("5", "5-7%-ğa"), ("7%-ğa", "5-7%-ğa")]),
    ("Ösım 2,5-3 milliard dollar bolady.",
     [("2,5", "2,5-3 milliard dollar"), ("3 milliard dollar", "2,5-3 milliard dollar")]),
    ("Astyq 2-3 mln tonna boluy mümkın.", [("2", "2-3 mln tonna"), ("3 mln tonna", "2-3 mln tonna")]),
    ("Bağam 527,1–529,4 teñge aralyğynda.",
     [("527,1", "527,1–529,4 teñge"), ("529,4 teñge", "527,1–529,4 teñge")]),
    # audit 5: a "from" ending on the first end of a range of amounts
    ("Bilet bağasy 5 myñnan 50 myñ teñgege deiın.", [("5 myñnan", "5 myñnan 50 myñ teñgege"),
                                                    ("50 myñ teñgege", "5 myñnan 50 myñ teñgege")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_kk_latn_changes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text, "kk-Latn") == expected


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_kk_latn_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert ranges(text, "kk-Latn") == expected


@pytest.mark.parametrize(
    "text",
    [
        # q and ğ beside y (ы) and frequent verbs tell Kazakh from Azerbaijani, which shares ş, ğ, ı, ö, ü
        "19 jastağy boksşy älem çempionatynda altyn aldy, jarys 12 künge sozyldy.",
        "Brifing sağat 11:00-de bastalady, tıkelei efir 10.45-ten.",
        "Şeteldık turister sany 1,2 mln-nan asty.",
    ],
)
def test_kk_latn_detected(text: str) -> None:
    assert cisfacts.detect_language(text) == "kk-Latn"
