"""Turkmen: exact values for every kind of figure the core recognises."""

from __future__ import annotations

import pytest
from helpers import brief, changes, ranges

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("ýanwar", "fewral", "mart")

CASES = [
    # digits, separators, scale words, glued endings
    ("Pudakda 143 müň adam zähmet çekýär.", [("number", "143000", "143 müň")]),
    ("Jemi 1 200 000 adam hasaba alyndy, 2 500,5 tonna ýük daşaldy.",
     [("number", "1200000", "1 200 000"), ("quantity", "2500.5 t", "2 500,5 tonna")]),
    ("Ýük daşamagyň möçberi 12,5 müň tonna boldy.", [("quantity", "12500 t", "12,5 müň tonna")]),
    ("Baýramçylyk çärelerine takmynan 100 müň adam gatnaşdy.", [("number", "100000", "100 müň", "approx")]),
    ("Forumda 100-e golaý döwletiň wekilleri çykyş etdi.", [("number", "100", "100-e", "approx")]),
    ("Bäsleşige 1000-den gowrak ýaş zenan gatnaşdy.", [("number", "1000", "1000-den", "over")]),
    ("Ilat 3,5 mln adam, ýyllyk dolanyşyk bolsa 2 mlrd. manat.",
     [("number", "3500000", "3,5 mln"), ("money", "2000000000 TMT", "2 mlrd. manat")]),
    # number words
    ("Ýene üç sanjym kliniki synag tapgyryndadyr.", [("number", "3", "üç")]),
    ("Bäsleşige iki ýüz elli taslama hödürlendi.", [("number", "250", "iki ýüz elli")]),
    ("Topara on bäş hünärmen girýär, dokuz ýüz togsan dokuz arza seredildi.",
     [("number", "15", "on bäş"), ("number", "999", "dokuz ýüz togsan dokuz")]),
    ("Mejlisde ýigrimi bäş müň ýaşaýjynyň ýüztutmasyna seredildi.", [("number", "25000", "ýigrimi bäş müň")]),
    ("birinji, bilelikde, biri-birine, birnäçe meseleler, Bäşinji", []),
    ("Munuň üçin onuň adyndan ona hat iberildi, altyn we altyny.", []),
    ("Raýatlar ministrlige ýüz tutdy, kemçilikler ýüze çykaryldy.", []),
    ("Ýüz müň manat we ýüz adam.", [("money", "100000 TMT", "Ýüz müň manat")]),
    # money
    ("Döredijilik pudagynyň goşulan bahasy 2 milliard dollardan gowrak boldy.",
     [("money", "2000000000 USD", "2 milliard dollardan", "over")]),
    ("Söwda dolanyşygy $37,3 mlrd boldy.", [("money", "37300000000 USD", "$37,3 mlrd")]),
    ("Eksportyň möçberi 2 milliard ABŞ dollaryna ýetdi.",
     [("money", "2000000000 USD", "2 milliard ABŞ dollaryna")]),
    ("Döwlet býujetinden 500 million manat serişde bölünip berildi.",
     [("money", "500000000 TMT", "500 million manat")]),
    ("Taslamalara gidýän çykdajylar 300 million manatdan köp boldy.",
     [("money", "300000000 TMT", "300 million manatdan", "over")]),
    ("Maliýeleşdirmek ₼500 mln, €20 mln we 45 müň rubl boldy.",
     [("money", "500000000 AZN", "₼500 mln"), ("money", "20000000 EUR", "€20 mln"),
      ("money", "45000 RUB", "45 müň rubl")]),
    ("Taslamanyň bahasy 1,5 milliard ýewro, 120 million manatlyk desgalar gurlar.",
     [("money", "1500000000 EUR", "1,5 milliard ýewro"), ("money", "120000000 TMT", "120 million manatlyk")]),
    ("Oňa 100 Azerbaýjan manady we 50 rus rubly getirildi.",
     [("money", "100 AZN", "100 Azerbaýjan manady"), ("money", "50 RUB", "50 rus rubly")]),
    ("Bahasy 2,5-3 million manat aralygynda bolar.",
     [("money", "2500000 TMT", "2,5"), ("money", "3000000 TMT", "3 million manat")]),
    ("Zähmet haky 420 manatdan az bolmaly däl, karz 1 milliard manatdan geçmeýän, girdeji 650 müň manada golaý.",
     [("money", "420 TMT", "420 manatdan", "at_least"),
      ("money", "1000000000 TMT", "1 milliard manatdan", "at_most"),
      ("money", "650000 TMT", "650 müň manada", "approx")]),
    ("Bir litr benziniň bahasy 1,70 manada çenli peseldi.", [("money", "1.7 TMT", "1,70 manada")]),
    # percent
    ("Inflýasiýa 4,5%-e çenli ýokarlandy, hyzmatlar 9,4%-den köp gymmatlady.",
     [("percent", "4.5", "4,5%-e"), ("percent", "9.4", "9,4%-den", "over")]),
    ("Önümçilik 15 göterim ýokarlandy, işsizlik 10 göterimden az.",
     [("percent", "15", "15 göterim"), ("percent", "10", "10 göterimden", "under")]),
    ("Jemi içerki önümiň ösüşi 6,3 göterime deň boldy.", [("percent", "6.3", "6,3 göterime")]),
    # dates
    ("2024-nji ýylda eksport artdy, bu ösüş 2025-nji ýyla çenli dowam eder.",
     [("date", "2024", "2024-nji ýylda"), ("date", "2025", "2025-nji ýyla")]),
    ("Şertnama 2023-nji ýylyň 12-nji maýynda baglaşyldy.",
     [("date", "2023-05-12", "2023-nji ýylyň 12-nji maýynda")]),
    ("Döwlet Baştutany 2025-nji ýylyň 10-njy oktýabrynda Karara gol çekdi.",
     [("date", "2025-10-10", "2025-nji ýylyň 10-njy oktýabrynda")]),
    ("Sergi 10-njy oktýabrda açyldy, maslahat 10-njy oktýabr 2025-nji ýyl senesinde geçirildi.",
     [("date", "2025-10-10", "10-njy oktýabrda"), ("date", "2025-10-10", "10-njy oktýabr 2025-nji ýyl")]),
    ("Täze düzgünler 2025-nji ýylyň ýanwarynda güýje girer.",
     [("date", "2025-01", "2025-nji ýylyň ýanwarynda")]),
    ("Maslahat 2025-10-10 we 10.10.2025 ý. geçiriler.",
     [("date", "2025-10-10", "2025-10-10"), ("date", "2025-10-10", "10.10.2025 ý.")]),
    ("Şu ýyl, geçen ýyl, geçen ýylyň netijeleri, indiki ýyl, şu ýylda we geljek ýyl.",
     [("date", "2025", "Şu ýyl"), ("date", "2024", "geçen ýyl"), ("date", "2024", "geçen ýylyň"),
      ("date", "2026", "indiki ýyl"), ("date", "2025", "şu ýylda"), ("date", "2026", "geljek ýyl")]),
    ("Halkara sergi noýabrda geçiriler.", [("date", "2025-11", "noýabrda")]),
    ("Dolanyşyk 5,2 milliard dollara ýetdi, bu 2024-nji ýyl bilen deňeşdirilende 12% köp.",
     [("money", "5200000000 USD", "5,2 milliard dollara"), ("date", "2024", "2024-nji ýyl"),
      # "12% köp" is "12% more" (by how much), not "more than 12%" ("-dan köp").
      ("percent", "12", "12%")]),
    # periods
    ("Maksatnama 2026-2030-njy ýyllar üçin niýetlenendir.", [("period", "2026/2030", "2026-2030-njy ýyllar")]),
    ("Milli maksatnama 2022 — 2052-nji ýyllarda durmuşa geçiriler.",
     [("period", "2022/2052", "2022 — 2052-nji ýyllarda")]),
    ("1990-njy ýyllarda gaz çykarylyşy azalypdy.", [("period", "1990/1999", "1990-njy ýyllarda")]),
    ("Sammit 2026-njy ýylyň birinji ýarymynda geçiriler.",
     [("period", "2026-01/2026-06", "2026-njy ýylyň birinji ýarymynda")]),
    ("I çärýekde we 2025-nji ýylyň III çärýeginde ösüş hasaba alyndy.",
     [("period", "2025-01/2025-03", "I çärýekde"), ("period", "2025-07/2025-09", "2025-nji ýylyň III çärýeginde")]),
    ("Bank 2025-nji ýylyň ikinji çärýeginde girdeji aldy.",
     [("period", "2025-04/2025-06", "2025-nji ýylyň ikinji çärýeginde")]),
    ("Taslama 2024-nji ýylyň 1-nji martyndan 15-nji apreline çenli, maksatnama 2020-nji ýyldan 2025-nji ýyla "
     "çenli amala aşyryldy.",
     [("period", "2024-03-01/2024-04-15", "2024-nji ýylyň 1-nji martyndan 15-nji apreline çenli"),
      ("period", "2020/2025", "2020-nji ýyldan 2025-nji ýyla çenli")]),
    ("2025-nji ýylyň 9 aýynda we 2025-nji ýylyň dokuz aýynda JIÖ ösdi.",
     [("period", "2025-01/2025-09", "2025-nji ýylyň 9 aýynda"),
      ("period", "2025-01/2025-09", "2025-nji ýylyň dokuz aýynda")]),
    ("2025-nji ýylyň ýanwar — sentýabr aýlarynda JIÖ 6,3% ösdi.",
     [("period", "2025-01/2025-09", "2025-nji ýylyň ýanwar — sentýabr"), ("percent", "6.3", "6,3%")]),
    ("Şu ýylyň ýanwar-awgust aýlarynda, geçen ýylyň dekabrynda, şu ýylyň martynda.",
     [("period", "2025-01/2025-08", "Şu ýylyň ýanwar-awgust"), ("date", "2024-12", "geçen ýylyň dekabrynda"),
      ("date", "2025-03", "şu ýylyň martynda")]),
    ("Festiwal Aşgabatda 2024-nji ýylyň 1-15-nji oktýabry aralygynda geçirildi.",
     [("period", "2024-10-01/2024-10-15", "2024-nji ýylyň 1-15-nji oktýabry")]),
    # durations
    ("Bu waka 30 ýyl mundan ozal bolupdy.", [("duration", "P30Y", "30 ýyl")]),
    ("Bäş ýylyň dowamynda söwda dolanyşygy artdy.", [("duration", "P5Y", "Bäş ýylyň")]),
    ("Gurluşyk 6 aý, taslama bolsa azyndan 5 ýyl dowam eder.",
     [("duration", "P6M", "6 aý"), ("duration", "P5Y", "5 ýyl", "at_least")]),
    ("Sergi 10 gün, festiwal 2 hepde, okuw 3 aý dowam eder.",
     [("duration", "P10D", "10 gün"), ("duration", "P2W", "2 hepde"), ("duration", "P3M", "3 aý")]),
    ("Öten ýyl eksport 30 milliard dollar töweregi boldy, ýurtda 7 milliondan gowrak ilat, iň az 5 göterim.",
     [("date", "2024", "Öten ýyl"), ("money", "30000000000 USD", "30 milliard dollar", "approx"),
      ("number", "7000000", "7 milliondan", "over"), ("percent", "5", "5 göterim", "at_least")]),
    ("Býujet 2025-nji ýylyň birinji ýarymýyllygynda ýerine ýetirildi.",
     [("period", "2025-01/2025-06", "2025-nji ýylyň birinji ýarymýyllygynda")]),
    ("Türkmenistanyň Prezidentiniň 2025-nji ýylyň 10-njy oktýabryndaky 245-nji Karary bilen tassyklandy.",
     [("date", "2025-10-10", "2025-nji ýylyň 10-njy oktýabryndaky")]),
    ("Garaşsyzlygymyzyň 34 ýyllygy mynasybetli ýaryşda 2-nji orny eýeledi.", []),
    # no fact
    ("GDA-nyň 30 ýyllygy, 2-nji orun, COVID-19, № 245 karar, 245 belgili karar, 65 ýaşynda.", []),
    ("Habarlaşmak üçin telefon: +993 12 39 12 34, duşuşyk sagat 10:30-da.", []),
    ("Duşuşyk sagat 15-de başlanar, mejlis 10.00-da.", []),
    ("Magtymguly şaýoly, 10 salgysynda ýaşaýan 45 ýaşly telekeçi.", []),
    # news sentences (agency style)
    ("Hormatly Prezidentimiz Serdar Berdimuhamedow 2025-nji ýylyň 10-njy oktýabrynda Ministrler Kabinetiniň "
     "nobatdaky mejlisini geçirdi.",
     [("date", "2025-10-10", "2025-nji ýylyň 10-njy oktýabrynda")]),
    ("2025-nji ýylyň ýanwar — sentýabr aýlarynda jemi içerki önümiň ösüş depgini 6,3 göterime deň boldy.",
     [("period", "2025-01/2025-09", "2025-nji ýylyň ýanwar — sentýabr"), ("percent", "6.3", "6,3 göterime")]),
    ("Hasabat döwründe bölek satuw haryt dolanyşygy 14,2 göterim artdy.", [("percent", "14.2", "14,2 göterim")]),
    ("Ýurdumyzda şu ýyl 1,4 million tonna bugdaý öndürmek meýilleşdirilýär.",
     [("date", "2025", "şu ýyl"), ("quantity", "1400000 t", "1,4 million tonna")]),
    ("Welaýatlarda 1 million 250 müň tonna pagta taýýarlanar.", [("quantity", "1250000 t", "1 million 250 müň tonna")]),
    ("Maýa goýum serişdeleriniň umumy möçberi 45,7 milliard manada barabar boldy.",
     [("money", "45700000000 TMT", "45,7 milliard manada")]),
    ("Merkezi bank tarapyndan ABŞ-nyň dollarynyň resmi hümmeti 3,5 manat derejesinde saklanýar.",
     [("money", "3.5 TMT", "3,5 manat")]),
    ("Ahal welaýatyny 2026 — 2030-njy ýyllarda durmuş-ykdysady taýdan ösdürmegiň Maksatnamasy tassyklandy.",
     [("period", "2026/2030", "2026 — 2030-njy ýyllarda")]),
    ("Zähmet haklary we pensiýalar 2026-njy ýylyň 1-nji ýanwaryndan başlap 10 göterim ýokarlandyrylar.",
     [("date", "2026-01-01", "2026-njy ýylyň 1-nji ýanwaryndan"), ("percent", "10", "10 göterim")]),
    ("Taslamanyň umumy bahasy takmynan 1,2 milliard ABŞ dollaryna barabardyr.",
     [("money", "1200000000 USD", "1,2 milliard ABŞ dollaryna", "approx")]),
    ("Zawodyň kuwwaty ýylda 500 müň tonna karbamid öndürmäge niýetlenendir.",
     [("quantity", "500000 t", "500 müň tonna")]),
    ("Gurluşyk işleri 18 aýyň dowamynda tamamlanar.", [("duration", "P18M", "18 aýyň")]),
    ("Geçen ýyl bilen deňeşdirilende eksportyň möçberi 8 göterimden gowrak artdy.",
     [("date", "2024", "Geçen ýyl"), ("percent", "8", "8 göterimden", "over")]),
    ("Türkmenistan bilen Türkiýäniň arasyndaky haryt dolanyşygy 2024-nji ýylda 2,5 milliard dollary geçdi.",
     [("date", "2024", "2024-nji ýylda"), ("money", "2500000000 USD", "2,5 milliard dollary", "over")]),
    ("Halkara sergi 15-17-nji oktýabr aralygynda geçiriler.",
     [("period", "2025-10-15/2025-10-17", "15-17-nji oktýabr")]),
    ("2025-nji ýylyň üçünji çärýeginde senagat önümçiliginiň göwrümi 7,1 göterim ýokarlandy.",
     [("period", "2025-07/2025-09", "2025-nji ýylyň üçünji çärýeginde"), ("percent", "7.1", "7,1 göterim")]),
    ("Bäsleşige ýurdumyzyň 300-den gowrak kärhanasy gatnaşdy.", [("number", "300", "300-den", "over")]),
    ("Ýaşaýyş toplumynda 1200 sany kwartira bolar, 2028-nji ýyla çenli 300 kilometr ýol gurlar.",
     [("number", "1200", "1200"), ("date", "2028", "2028-nji ýyla"), ("quantity", "300 km", "300 kilometr")]),
    ("Daýhanlar şu ýylyň sentýabr aýynda 1 million 250 müň tonna pagta tabşyrdylar.",
     [("date", "2025-09", "şu ýylyň sentýabr"), ("quantity", "1250000 t", "1 million 250 müň tonna")]),
    ("Ýewronyň hümmeti 1 ýewro üçin 4,07 manat boldy.",
     [("money", "1 EUR", "1 ýewro"), ("money", "4.07 TMT", "4,07 manat")]),
    ("Şu ýylyň birinji ýarymynda daşary ýurt maýa goýumlarynyň möçberi 3 milliard dollardan geçdi.",
     [("period", "2025-01/2025-06", "Şu ýylyň birinji ýarymynda"),
      ("money", "3000000000 USD", "3 milliard dollardan", "over")]),
    ("Döwlet býujetiniň 2026-njy ýyl üçin girdejileri 120,5 milliard manat möçberinde kesgitlenildi.",
     [("date", "2026", "2026-njy ýyl"), ("money", "120500000000 TMT", "120,5 milliard manat")]),
    ("Habarlaşmak üçin telefon: (+993 12) 44-56-78, faks: 44-56-79.", []),
    ("Türkmenistanyň Prezidentiniň 123-nji Karary, № 456 buýrugy.", []),
    ("Ýygnak sagat 9:00-da Bitarap Türkmenistan şaýoly, 28 salgysynda başlandy.", []),
    ("65 ýaşly weteran 3:1 hasabynda ýeňiş gazanan toparyň 1-nji orny eýeländigini aýtdy.", []),
    ("Kitabyň 25-nji sahypasynda we Kanunyň 12-nji maddasynda görkezilişi ýaly.", []),
    ("Daşary ýurt maýa goýumlary artdy, sergi maý aýynda geçiriler.", [("date", "2025-05", "maý")]),
    # quantities: unit words with scale words and case endings
    ("Gowaça 550 müň gektar meýdanda ekildi.", [("quantity", "550000 ha", "550 müň gektar")]),
    ("Paýtagtda 250 müň inedördül metr ýaşaýyş jaýy ulanmaga berildi.",
     [("quantity", "250000 m2", "250 müň inedördül metr")]),
    ("Ýylda 30 milliard kub metr tebigy gaz iberiler.", [("quantity", "30000000000 m3", "30 milliard kub metr")]),
    ("Elektrik stansiýasynyň kuwwaty 1574 megawat bolar.", [("quantity", "1574 MW", "1574 megawat")]),
    ("Şu ýyl 28 milliard kWt·sagat elektrik energiýasy öndürildi.",
     [("date", "2025", "Şu ýyl"), ("quantity", "28000000000 kWh", "28 milliard kWt·sagat")]),
    ("Täze awtoýoluň uzynlygy 600 kilometre barabardyr.", [("quantity", "600 km", "600 kilometre")]),
    ("Bugdaýyň hasyllylygy her gektardan 40 sentner boldy.", [("quantity", "40 c/ha", "40 sentner")]),
    ("Kärhana gije-gündizde 50 müň barrel nebit gaýtadan işleýär, 10 müň litr süýt, 200 kg et.",
     [("quantity", "50000 bbl", "50 müň barrel"), ("quantity", "10000 l", "10 müň litr"),
      ("quantity", "200 kg", "200 kg")]),
    ("Pagta hasyly 1 million 250 müň tonnadan gowrak boldy.",
     [("quantity", "1250000 t", "1 million 250 müň tonnadan", "over")]),
    ("Sebitde 3 200 inedördül kilometr tokaý bar.", [("quantity", "3200 km2", "3 200 inedördül kilometr")]),
    ("Gök önüm öndürmek 300 müň tonnadan geçdi, 15 müň tonnalyk ammar guruldy.",
     [("quantity", "300000 t", "300 müň tonnadan", "over"), ("quantity", "15000 t", "15 müň tonnalyk")]),
    # more "more than" / "less than" / "not above" forms after an ablative figure
    ("Bäsleşige 100-den gowragy gatnaşdy, olaryň 30 göterimden ýokarysy zenanlar.",
     [("number", "100", "100-den", "over"), ("percent", "30", "30 göterimden", "over")]),
    ("Ilaty 7 milliondan gowrakdyr, işsizlik 3 göterimden pes, inflýasiýa 8 göterimden ýokary bolmaz.",
     [("number", "7000000", "7 milliondan", "over"), ("percent", "3", "3 göterimden", "under"),
      ("percent", "8", "8 göterimden", "at_most")]),
    ("Taslamanyň bahasy 1 milliard dollardan agdyk, eksport 2 milliard dollardan hem köp boldy.",
     [("money", "1000000000 USD", "1 milliard dollardan", "over"),
      ("money", "2000000000 USD", "2 milliard dollardan", "over")]),
    ("Kuwwaty 5 müň tonnadan geçýän ammar.", [("quantity", "5000 t", "5 müň tonnadan", "over")]),
    # energy and area abbreviations as news writes them; the tenge with its country
    ("Täze elektrik stansiýasy ýylda 3 milliard kWt sagat we 400 müň MWt·sagat energiýa öndürer, kuwwaty 100 MWt.",
     [("quantity", "3000000000 kWh", "3 milliard kWt sagat"), ("quantity", "400000 MWh", "400 müň MWt·sagat"),
      ("quantity", "100 MW", "100 MWt")]),
    ("Şäherde 250 müň kw. metr ýaşaýyş jaýy guruldy, 2 milliard kub. metr gaz.",
     [("quantity", "250000 m2", "250 müň kw. metr"), ("quantity", "2000000000 m3", "2 milliard kub. metr")]),
    ("1000 Gazagystan teňňesiniň hümmeti 6,7 manat boldy.",
     [("money", "1000 KZT", "1000 Gazagystan teňňesiniň"), ("money", "6.7 TMT", "6,7 manat")]),
    # lengths of time as adjectives ("-lyk"), "hepdä-" before an ending
    ("Sapar 10 günlük bolar, taslama 6 aýlyk möhletde taýýarlandy, sergi bir hepdäniň dowamynda işlär.",
     [("duration", "P10D", "10 günlük"), ("duration", "P6M", "6 aýlyk"), ("duration", "P1W", "bir hepdäniň")]),
    ("Ortaça aýlyk 5 müň manat boldy.", [("money", "5000 TMT", "5 müň manat")]),
    # forms added after the second news audit: "N ýyllyk" is a length of time, "30 ýyllyk baýramy" an
    # anniversary, a short hotline number
    ("Bäş ýyllyk maksatnama boýunça 12 ýyllyk okuw we 30 ýyllyk baýramy bellenildi.",
     [("duration", "P5Y", "Bäş ýyllyk"), ("duration", "P12Y", "12 ýyllyk")]),
    ("Goşmaça maglumat üçin 155 gysga belgä jaň ediň.", []),
    # whole-page audit: "gektardan ortaça" (per hectare on average), "than last year's", a postal code
    ("Bugdaýyň hasyllylygy gektardan ortaça 32 sentnere ýetdi, geçen ýylyňkydan 4 göterim köp.",
     [("quantity", "32 c/ha", "32 sentnere"), ("date", "2024", "geçen ýylyňkydan"), ("percent", "4", "4 göterim")]),
    ("Salgymyz: 744036, Aşgabat ş., Görogly köçesi.", []),
    # fifth news audit: "kWt/sagady" (t softens to d), unit adjectives in -lyk/-lik
    ("Stansiýa ýylda 10 milliard kWt/sagat öndürer, onuň 5,5 milliard kWt/sagady "
     "we 2 milliard kWt·sagady eksport edildi.",
     [("quantity", "10000000000 kWh", "10 milliard kWt/sagat"),
      ("quantity", "5500000000 kWh", "5,5 milliard kWt/sagady"),
      ("quantity", "2000000000 kWh", "2 milliard kWt·sagady")]),
    ("Aşgabat — Tejen aralygyndaky 203 kilometrlik bölek, 20 metrlik köpri, 50 gektarlyk meýdan, "
     "3 kilogramlyk gap.",
     [("quantity", "203 km", "203 kilometrlik"), ("quantity", "20 m", "20 metrlik"),
      ("quantity", "50 ha", "50 gektarlyk"), ("quantity", "3 kg", "3 kilogramlyk")]),
    # sixth news audit: a bare "teňňe" is the manat's hundredth, the tenge is named with its country
    ("Çöregiň bahasy 50 teňňe, çaýyňky 20 teňňä çenli.",
     [("money", "0.5 TMT", "50 teňňe"), ("money", "0.2 TMT", "20 teňňä", "at_most")]),
    ("5 mlrd gazak teňňesi.", [("money", "5000000000 KZT", "5 mlrd gazak teňňesi")]),
    # audit 8: "ýarym ýyl" is six months, "ýarym million" half a million, a case after "-ky".
    ("Geçirijiniň gurluşygy ýarym ýylda tamamlandy, bir ýarym ýylda bolsa täze stansiýa gurlar.",
     [("duration", "P6M", "ýarym ýylda"), ("duration", "P1.5Y", "bir ýarym ýylda")]),
    ("Ýarym million tonna pagta we ýarym milliard dollarlyk eksport.",
     [("quantity", "500000 t", "Ýarym million tonna"), ("money", "500000000 USD", "ýarym milliard dollarlyk")]),
    ("Nyrh 267 dollar boldy, bu ýylyň birinji ýarymyndakydan 6 göterim pesdir.",
     [("money", "267 USD", "267 dollar"), ("period", "2025-01/2025-06", "bu ýylyň birinji ýarymyndakydan"),
      ("percent", "6", "6 göterim")]),
    ("Eksport geçen ýylyň 9 aýyndakydan 5 göterim köp, ikinji çärýegindäkiden 3 göterim az.",
     [("period", "2024-01/2024-09", "geçen ýylyň 9 aýyndakydan"), ("percent", "5", "5 göterim"),
      ("period", "2025-04/2025-06", "ikinji çärýegindäkiden"), ("percent", "3", "3 göterim")]),
    ("Bahalar geçen aýa garanyňda 2 göterim artdy, indiki aýdan bolsa täze nyrh girizilýär.",
     [("date", "2025-09", "geçen aýa"), ("percent", "2", "2 göterim"), ("date", "2025-11", "indiki aýdan")]),
    # audit 9: a page's view counters are no figures; the dative "-ä" of a number ending in -i (elli:
    # "650-ä"); "arzanladyş" (a discount) is no fall, so "50 göterime çenli" stays "up to".
    ("Ykdysadyýet | 11:45 | Görülen: 2 317 | Okalan: 1 045 | 👁 964", []),
    ("Möwsümde 650-ä golaý kombaýn we 20-ä golaý ammar işleýär.",
     [("number", "650", "650-ä", "approx"), ("number", "20", "20-ä", "approx")]),
    ("Dükanlarda 50 göterime çenli arzanladyş yglan edildi.", [("percent", "50", "50 göterime", "at_most")]),
    # audit 9: a short phone number named after it ("102 belgisine"), an aircraft model ("Boeing 737"); "than
    # last year's" ("geçen ýyldakydan"); "golaýy", "ýakyny" (nearly ... of them).
    ("Şübheli jaňlar barada 102 belgisine habar beriň, kompaniýa 3 sany Boeing 737 uçaryny aldy.",
     [("number", "3", "3")]),
    ("Talyplar geçen ýyldakydan 6 göterim köp, işleriň 20 göterime golaýy tamamlandy, 40 müňe ýakyny okaýar.",
     [("date", "2024", "geçen ýyldakydan"), ("percent", "6", "6 göterim"), ("percent", "20", "20 göterime", "approx"),
      ("number", "40000", "40 müňe", "approx")]),
    # the causative "artdyryldy" (was raised): "-e çenli" before it is the level reached, not "up to"
    ("Gazyň möçberi 85 million kub metre çenli artdyryldy.", [("quantity", "85000000 m3", "85 million kub metre")]),
    # audit 10: comment counters; speeds per second and per hour are numbers; "N aýda" alone is the months
    # of this year so far, unless "soňky", "her" or a year before it makes it a span.
    ("Futbol | 22:05 | 👁 3 118 | Teswirler: 6 | 💬 2", []),
    ("Futbol | 21:10 | Görülen: 5 090 | Teswir: 14", []),
    ("Ýel sekuntda 15–18 metr, ulaglar sagatda 140 kilometre çenli tizlikde hereket eder.",
     [("number", "15", "15"), ("number", "18", "18"), ("number", "140", "140")]),
    ("Türkmen gazynyň eksporty 9 aýda 28 milliard kub metre ýetdi.",
     [("period", "2025-01/2025-09", "9 aýda"), ("quantity", "28000000000 m3", "28 milliard kub metre")]),
    ("Soňky 6 aýda bahalar ýokarlandy, her 3 aýda hasabat berilýär, gurluşyk 1 ýyl 6 aýda tamamlandy.",
     [("duration", "P6M", "6 aýda"), ("duration", "P3M", "3 aýda"), ("duration", "P1Y", "1 ýyl"),
      ("duration", "P6M", "6 aýda")]),
    # audit 12: the "-lyk/-lik" adjective of litre, square and cubic metre and megawatt.
    ("Süýt 0,5 litrlik gaplarda satylýar.", [("quantity", "0.5 l", "0,5 litrlik")]),
    ("Umumy meýdany 500 inedördül metrlik bina we 20 kub metrlik suw howdany guruldy.",
     [("quantity", "500 m2", "500 inedördül metrlik"), ("quantity", "20 m3", "20 kub metrlik")]),
    ("Sebitde 100 megawatlyk elektrik stansiýasy açyldy.", [("quantity", "100 MW", "100 megawatlyk")]),
    # audit 13: the comment count in brackets; hours in the "sagad-" form before a vowel ending are times.
    ("Teswirler (4) | Paýlaş: Facebook · Telegram, Teswir (12)", []),
    ("Maglumatlary 24 sagadyň dowamynda alyp bilersiňiz, işler 3 sagada çenli dowam eder, 5 million tonna.",
     [("quantity", "5000000 t", "5 million tonna")]),
    # audit 14: working days ("iş güni") are days, as Russian "рабочих дней" are.
    ("Ýüzlenmelere 15 iş güni içinde, tölegler 10 iş gününiň dowamynda seredilýär.",
     [("duration", "P15D", "15 iş güni"), ("duration", "P10D", "10 iş gününiň")]),
    # audit 15: a month range written with "aý" (month): "ýanwar aýyndan sentýabr aýyna çenli".
    ("Ýanwar aýyndan sentýabr aýyna çenli 1,2 million tonna ýük daşaldy.",
     [("period", "2025-01/2025-09", "Ýanwar aýyndan sentýabr aýyna çenli"),
      ("quantity", "1200000 t", "1,2 million tonna")]),
    ("2025-nji ýylyň mart aýyndan iýun aýyna çenli eksport ösdi, önümçilik maý aýyndan başlandy.",
     [("period", "2025-03/2025-06", "2025-nji ýylyň mart aýyndan iýun aýyna çenli"),
      ("date", "2025-05", "maý aýyndan")]),
    # held-out page audit 17: "öňki ýyl" (the previous year) counts from a year written before it in the
    # sentence, or from the reference year; the plural "öňki ýyllarda" (in earlier years) is no date
    ("2024-nji ýylda eksport öňki ýyldakydan 5 göterim köp boldy.",
     [("date", "2024", "2024-nji ýylda"), ("date", "2023", "öňki ýyldakydan"), ("percent", "5", "5 göterim")]),
    ("Ýolagçylar öňki ýylyň degişli döwründäkiden 7 göterim köp, öňki ýyllarda az bolupdy.",
     [("date", "2024", "öňki ýylyň"), ("percent", "7", "7 göterim")]),
    # audit 17: relative quarters: last and next quarter; a bare "geçen çärýek" is a quarter century
    ("Geçen çärýekde eksport 5% ýokarlandy, indiki çärýekde baha ýokarlanar.",
     [("period", "2025-07/2025-09", "Geçen çärýekde"), ("percent", "5", "5%"),
      ("period", "2026-01/2026-03", "indiki çärýekde")]),
    ("Geçen çärýek asyrda şäher üýtgedi.", []),
    # audit 19: "kWt/sag" (kilowatt-hours, short); "geçen ýyldakysy" (last year's one); the view counter
    # "Gözden geçirildi: 2 047"; a yield "from each hectare" in tonnes is t/ha, a harvest from an area is not
    ("Ýurtda 9 aýda 27,4 milliard kWt/sag elektrik energiýasy öndürildi.",
     [("period", "2025-01/2025-09", "9 aýda"), ("quantity", "27400000000 kWh", "27,4 milliard kWt/sag")]),
    ("Satyn alyş bahasy geçen ýyldakysy ýaly galdy: her tonnasy üçin 2 müň 600 manat.",
     [("date", "2024", "geçen ýyldakysy"), ("money", "2600 TMT", "2 müň 600 manat")]),
    ("Ulag • 10 Oktýabr 2025 • 11:02\nGözden geçirildi: 2 047", [("date", "2025-10-10", "10 Oktýabr 2025")]),
    ("Her gektardan 40 tonna pomidor ýygnadyk, 5 müň gektardan 120 müň tonna hasyl alyndy.",
     [("quantity", "40 t/ha", "40 tonna"), ("quantity", "5000 ha", "5 müň gektardan"),
      ("quantity", "120000 t", "120 müň tonna")]),
    # audit 20: relative half years: last, this and next half year.
    ("Geçen ýarym ýyllykda eksport artdy, şu ýarym ýyllygyň meýilnamasy ýerine ýetirildi, "
     "indiki ýarym ýyllykda bahalar artar.",
     [("period", "2025-01/2025-06", "Geçen ýarym ýyllykda"), ("period", "2025-07/2025-12", "şu ýarym ýyllygyň"),
      ("period", "2026-01/2026-06", "indiki ýarym ýyllykda")]),
    # audit 20: the view counter "Görlen: 2 540".
    ("Medeniýet | 10-njy oktýabr, 2025 ý. | 15:10 | Görlen: 2 540",
     [("date", "2025-10-10", "10-njy oktýabr, 2025 ý.")]),
    # audit 23: "maýlar" (warms up) is no May
    ("Anna güni howa gündiz 26 gradusa çenli maýlar, gije 14 gradus bolar.",
     [("number", "26", "26"), ("number", "14", "14")]),
    # audit 24 (real news): "N of them" with a glued accusative ("214-sini", "37-syny") and number words
    # with "-üsi/-isi" ("bäşisi", "dördüsini")
    ("Mekdepleriň 214-sini abatladylar, 37-syny täzeden gurdular.",
     [("number", "214", "214-sini"), ("number", "37", "37-syny")]),
    ("Täze binalaryň bäşisi açyldy, garaşylýan jaýlaryň dördüsini hem tabşyrarlar.",
     [("number", "5", "bäşisi"), ("number", "4", "dördüsini")]),
    # audit 25: "worth N manat/dollars" with a case ending; a bare "sent" is the US cent; "üstümizdäki ýyl"
    # is this year; "N aýyň dowamynda" is the year so far, but not after "soňky" (the last)
    ("Zawodda 15 million manatlyga golaý önüm öndürildi, 2 million dollarlygy eksport edildi.",
     [("money", "15000000 TMT", "15 million manatlyga", "approx"), ("money", "2000000 USD", "2 million dollarlygy")]),
    ("Dizel ýangyjynyň bir litri 36 sente deňdir, benziniň bahasy 41 sentdir.",
     [("money", "0.36 USD", "36 sente"), ("money", "0.41 USD", "41 sentdir")]),
    ("Üstümizdäki ýylyň başyndan bäri 12 müň tonna pagta ýüplügi öndürildi.",
     [("date", "2025", "Üstümizdäki ýylyň"), ("quantity", "12000 t", "12 müň tonna")]),
    ("Eksportyň möçberi 8 aýyň dowamynda 14 göterim artdy, soňky 6 aýyň dowamynda bolsa 3 göterim.",
     [("period", "2025-01/2025-08", "8 aýyň"), ("percent", "14", "14 göterim"), ("duration", "P6M", "6 aýyň"),
      ("percent", "3", "3 göterim")]),
    # audit 26: a day after its genitive month ("dekabryň 20-sinde", "mart aýynyň 3-ine çenli") is one date; a
    # deadline that passed more than four months before is next year's.
    ("Kömek pullary dekabryň 20-sinde geçiriler, arzalar bolsa mart aýynyň 3-ine çenli kabul edilýär.",
     [("date", "2025-12-20", "dekabryň 20-sinde"), ("date", "2026-03-03", "mart aýynyň 3-ine")]),
    ("Ýylylyk üçin tölegler noýabryň 1-inden başlap alynýar.", [("date", "2025-11-01", "noýabryň 1-inden")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tk(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "tk") == expected


def test_relative_dates_need_a_reference() -> None:
    assert brief("Şu ýyl we indiki ýyl, noýabrda.", "tk", reference_date=None) == []


CHANGES = [
    ("Hasabat döwründe bölek satuw haryt dolanyşygy 14,2 göterim artdy.", [("14,2 göterim", "increase")]),
    ("2025-nji ýylyň üçünji çärýeginde senagat önümçiliginiň göwrümi 7,1 göterim ýokarlandy.",
     [("7,1 göterim", "increase")]),
    ("Import 5 göterim azaldy, çykdajylar 3,2 göterim peseldi.",
     [("5 göterim", "decrease"), ("3,2 göterim", "decrease")]),
    # A growth rate: the noun before the figure.
    ("Jemi içerki önümiň ösüşi 6,3 göterime deň boldy.", [("6,3 göterime", "increase")]),
    ("Ösüş depgini 6,3 göterim boldy.", [("6,3 göterim", "increase")]),
    ("Söwda dolanyşygy 12 göterim artyp, 5,2 milliard dollara ýetdi.",
     [("12 göterim", "increase"), ("5,2 milliard dollara", None)]),
    ("Ýurtda nebit önümçiligi 10 göterim azalyp, 10 million tonna boldy.",
     [("10 göterim", "decrease"), ("10 million tonna", None)]),
    ("Geçen ýyl bilen deňeşdirilende eksportyň möçberi 8 göterimden gowrak artdy.", [("8 göterimden", "increase")]),
    # "çenli": up to, the level reached; "ýetdi": reached; "geçdi": exceeded.
    ("Inflýasiýa 4,5%-e çenli ýokarlandy, hyzmatlar 9,4%-den köp gymmatlady.",
     [("4,5%-e", None), ("9,4%-den", "increase")]),
    ("Bir litr benziniň bahasy 1,70 manada çenli peseldi.", [("1,70 manada", None)]),
    ("Eksportyň möçberi 2 milliard ABŞ dollaryna ýetdi.", [("2 milliard ABŞ dollaryna", None)]),
    ("Türkmenistan bilen Türkiýäniň arasyndaky haryt dolanyşygy 2024-nji ýylda 2,5 milliard dollary geçdi.",
     [("2,5 milliard dollary", None)]),
    ("Merkezi bank tarapyndan ABŞ-nyň dollarynyň resmi hümmeti 3,5 manat derejesinde saklanýar.",
     [("3,5 manat", None)]),
    # "artyk" (more than) is no increase.
    ("Bäsleşige 1000-den artyk ýaş zenan gatnaşdy.", [("1000-den", None)]),
    ("Bahalar 5-7 göterim ýokarlandy.", [("5", "increase"), ("7 göterim", "increase")]),
    # audit 9: "arzanlady" (got cheaper) is a fall, "arzanladyş" (a discount) no change.
    ("Dükanlarda 50 göterime çenli arzanladyş, bahalar 5 göterim arzanlady, un 10 göterim arzanlap, 3 manada düşdi.",
     [("50 göterime", None), ("5 göterim", "decrease"), ("10 göterim", "decrease"), ("3 manada", None)]),
    # audit 9: the causative "artdyryldy" (was raised) is an increase; with "çenli" the figure is the level.
    ("Gazyň möçberi 85 million kub metre çenli artdyryldy, önümçilik 5 göterim artdyryldy.",
     [("85 million kub metre", None), ("5 göterim", "increase")]),
]

RANGES = [
    ("Bahalar 5-7 göterim ýokarlandy.", [("5", "5-7 göterim"), ("7 göterim", "5-7 göterim")]),
    ("Maýa goýumlar 2-3 milliard dollar bolar.",
     [("2", "2-3 milliard dollar"), ("3 milliard dollar", "2-3 milliard dollar")]),
    ("Hasyl 1,4-1,5 million tonna bolar.",
     [("1,4", "1,4-1,5 million tonna"), ("1,5 million tonna", "1,4-1,5 million tonna")]),
    ("Bugdaýyň hasyllylygy gektardan 35–40 sentner bolar.", [("35", "35–40 sentner"), ("40 sentner", "35–40 sentner")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_tk_changes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text, "tk") == expected


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_tk_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert ranges(text, "tk") == expected
