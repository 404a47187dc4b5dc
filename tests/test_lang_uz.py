"""Uzbek (Latin): exact values for every kind of figure the core recognises.

Sentences use the official letters oʻ gʻ (U+02BB) where number words carry them;
so'm, o'tgan and other words also work with a typewriter apostrophe.
"""

from __future__ import annotations

import pytest
from helpers import brief, changes, ranges

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("yanvar", "fevral", "mart")

CASES = [
    # "the year's first N months": the reference year
    ("Yilning 9 oyida eksport 20 foizga oshdi.",
     [("period", "2025-01/2025-09", "Yilning 9 oyida"), ("percent", "20", "20 foizga")]),
    # digits, separators, scale words
    ("Respublikada 143 ming nafar tadbirkor faoliyat yuritmoqda.", [("number", "143000", "143 ming")]),
    ("Aholi soni 1-oktabr holatiga 37,8 million kishini tashkil qildi.",
     [("date", "2025-10-01", "1-oktabr"), ("number", "37800000", "37,8 million")]),
    ("Jami 143\u00a0000 kishi, 2 500,5 tonna yuk.",
     [("number", "143000", "143\u00a0000"), ("quantity", "2500.5 t", "2 500,5 tonna")]),
    ("Oʻtgan yili 7 mln turist tashrif buyurdi.",
     [("date", "2024", "Oʻtgan yili"), ("number", "7000000", "7 mln")]),
    ("Qariyb 100 ming kishi qatnashdi.", [("number", "100000", "100 ming", "approx")]),
    ("Loyiha doirasida 500 dan ortiq ish oʻrni yaratiladi.", [("number", "500", "500", "over")]),
    ("Tadbirda 500 mingdan ortiq aholi ishtirok etdi.", [("number", "500000", "500 mingdan", "over")]),
    ("Koʻrgazmaga 500 mingdan ko’proq mehmon keldi.", [("number", "500000", "500 mingdan", "over")]),
    # number words
    ("Yigirma besh nafar sportchi, ikki yuz ellik nafar talaba.",
     [("number", "25", "Yigirma besh"), ("number", "250", "ikki yuz ellik")]),
    ("Uch yuz yigirma besh, toʻrt yuz, oltmish yetti.",
     [("number", "325", "Uch yuz yigirma besh"), ("number", "400", "toʻrt yuz"), ("number", "67", "oltmish yetti")]),
    ("oʻn besh, toʻqqiz yuz toʻqson toʻqqiz, oʻttiz ikki, yetmish besh ming, sakson, qirq",
     [("number", "15", "oʻn besh"), ("number", "999", "toʻqqiz yuz toʻqson toʻqqiz"),
      ("number", "32", "oʻttiz ikki"), ("number", "75000", "yetmish besh ming"), ("number", "80", "sakson"),
      ("number", "40", "qirq")]),
    ("To'rt yuz ming so'm va o'n besh kishi, to’qson to’qqiz.",
     [("money", "400000 UZS", "To'rt yuz ming so'm"), ("number", "15", "o'n besh"),
      ("number", "99", "to’qson to’qqiz")]),
    ("Uchta loyiha, ikkitadan oʻrin.", [("number", "3", "Uchta"), ("number", "2", "ikkitadan")]),
    # "bir" alone, ordinals, "yuz berdi" (happened), "uchun", "oltin": no figure
    ("Bu haqda bir necha bor aytilgan, birinchi navbatda, ikkinchi, uchinchi, bitta, birga.", []),
    ("Yongʻin yuz berdi, biroq hech kim jabrlanmadi, uchun, oltin.", []),
    # money
    ("Joriy yilning yanvar–sentabr oylarida tashqi savdo aylanmasi 53,3 mlrd dollarni tashkil etdi.",
     [("period", "2025-01/2025-09", "Joriy yilning yanvar–sentabr"),
      ("money", "53300000000 USD", "53,3 mlrd dollarni")]),
    ("Eksport hajmi 2 mlrd 350 mln dollarga yetdi.", [("money", "2350000000 USD", "2 mlrd 350 mln dollarga")]),
    ("Oltin eksporti qariyb 8 mlrd dollarni tashkil etdi.",
     [("money", "8000000000 USD", "8 mlrd dollarni", "approx")]),
    ("Import 1,5 mlrd AQSH dollarini tashkil qildi.", [("money", "1500000000 USD", "1,5 mlrd AQSH dollarini")]),
    ("Eng kam ish haqi 1 mln 271 ming soʻmni tashkil etadi.", [("money", "1271000 UZS", "1 mln 271 ming soʻmni")]),
    ("Byudjetdan 500 mln so'm, 200 mln soʻm va 100 mln so‘mga ajratildi.",
     [("money", "500000000 UZS", "500 mln so'm"), ("money", "200000000 UZS", "200 mln soʻm"),
      ("money", "100000000 UZS", "100 mln so‘mga")]),
    ("Kredit 300 mln yevroga baholanmoqda, 45 mln AQSH dollari, 20 mln rublga.",
     [("money", "300000000 EUR", "300 mln yevroga"), ("money", "45000000 USD", "45 mln AQSH dollari"),
      ("money", "20000000 RUB", "20 mln rublga")]),
    ("Qozogʻiston bilan savdo 4,5 mlrd dollarga yaqinlashdi.",
     [("money", "4500000000 USD", "4,5 mlrd dollarga", "approx")]),
    ("Mablagʻ $4,3 mlrd, €20 mln va 3,5 trln soʻm.",
     [("money", "4300000000 USD", "$4,3 mlrd"), ("money", "20000000 EUR", "€20 mln"),
      ("money", "3500000000000 UZS", "3,5 trln soʻm")]),
    ("Mahsulotlar 25 mln dollarlik, 100 ming so'mlik.",
     [("money", "25000000 USD", "25 mln dollarlik"), ("money", "100000 UZS", "100 ming so'mlik")]),
    ("Besh yuz ellik million soʻm ajratildi.", [("money", "550000000 UZS", "Besh yuz ellik million soʻm")]),
    ("Ish haqi 420 ming soʻmdan kam boʻlmasligi, 1 mlrd soʻmdan oshmaydi, 650 ming soʻmga yaqin.",
     [("money", "420000 UZS", "420 ming soʻmdan", "at_least"),
      ("money", "1000000000 UZS", "1 mlrd soʻmdan", "at_most"),
      ("money", "650000 UZS", "650 ming soʻmga", "approx")]),
    # percent
    ("2024-yilda Oʻzbekiston yalpi ichki mahsuloti 6,5 foizga oʻsdi.",
     [("date", "2024", "2024-yilda"), ("percent", "6.5", "6,5 foizga")]),
    ("Markaziy bank asosiy stavkani 13,5 foiz darajasida saqlab qoldi.", [("percent", "13.5", "13,5 foiz")]),
    ("Inflyatsiya 10 foizdan oshmasligi kutilmoqda.", [("percent", "10", "10 foizdan", "at_most")]),
    ("Narxlar 5%ga, ulush 5 foiz punktga oshdi, 3 foizlik stavka, pasayish -2,5 foizga.",
     [("percent", "5", "5%ga"), ("percent", "5", "5 foiz punktga"), ("percent", "3", "3 foizlik"),
      ("percent", "-2.5", "-2,5 foizga")]),
    ("Ishsizlik 5 foizdan kam.", [("percent", "5", "5 foizdan", "under")]),
    # dates
    ("Forum 18-oktabr 2021-yilda boʻlib oʻtdi.", [("date", "2021-10-18", "18-oktabr 2021-yilda")]),
    ("2024-yilgi saylov, 2023-yildagi koʻrsatkich, 2024 yilda.",
     [("date", "2024", "2024-yilgi"), ("date", "2023", "2023-yildagi"), ("date", "2024", "2024 yilda")]),
    ("Strategiya 2030-yilgacha amalga oshiriladi.", [("date", "2030", "2030-yilgacha")]),
    ("Yigʻilish 12-noyabr kuni boʻlib oʻtadi.", [("date", "2025-11-12", "12-noyabr")]),
    ("Qaror 1-iyulgacha amal qiladi, 5-martdagi farmon.",
     [("date", "2025-07-01", "1-iyulgacha"), ("date", "2025-03-05", "5-martdagi")]),
    ("2025 yil 12 oktabrda, 12 oktabr 2025, oktabr 2025.",
     [("date", "2025-10-12", "2025 yil 12 oktabrda"), ("date", "2025-10-12", "12 oktabr 2025"),
      ("date", "2025-10", "oktabr 2025")]),
    ("Majlis 2025-10-10 va 10.10.2025 kuni.",
     [("date", "2025-10-10", "2025-10-10"), ("date", "2025-10-10", "10.10.2025")]),
    ("Koʻrgazma noyabrda oʻtadi, yanvarda ham, dekabrgacha.",
     [("date", "2025-11", "noyabrda"), ("date", "2025-01", "yanvarda"), ("date", "2025-12", "dekabrgacha")]),
    ("O'tgan yili, bu yil, joriy yilda, kelgusi yilda va bultur.",
     [("date", "2024", "O'tgan yili"), ("date", "2025", "bu yil"), ("date", "2025", "joriy yilda"),
      ("date", "2026", "kelgusi yilda"), ("date", "2024", "bultur")]),
    ("Kelgusi yilda budjet taqchilligi 3 foizdan oshmaydi.",
     [("date", "2026", "Kelgusi yilda"), ("percent", "3", "3 foizdan", "at_most")]),
    ("Joriy yilning avgust oyida va o'tgan yilning dekabrida.",
     [("date", "2025-08", "Joriy yilning avgust"), ("date", "2024-12", "o'tgan yilning dekabrida")]),
    # periods
    ("Dastur 2026–2030-yillarga moʻljallangan, 2026-2030-yillarda.",
     [("period", "2026/2030", "2026–2030-yillarga"), ("period", "2026/2030", "2026-2030-yillarda")]),
    ("Islohotlar 2020-yildan 2025-yilga qadar davom etdi.",
     [("period", "2020/2025", "2020-yildan 2025-yilga qadar")]),
    ("Loyihalar 2020-yildan 2025-yil oraligʻida amalga oshirildi.",
     [("period", "2020/2025", "2020-yildan 2025-yil oraligʻida")]),
    ("2025-yilning birinchi yarmida iqtisodiyot oʻsdi.",
     [("period", "2025-01/2025-06", "2025-yilning birinchi yarmida")]),
    ("2025-yilning birinchi yarim yilligida eksport 20 foizga oʻsdi.",
     [("period", "2025-01/2025-06", "2025-yilning birinchi yarim yilligida"), ("percent", "20", "20 foizga")]),
    ("I chorakda va 2024-yilning IV choragida, 2025-yilning 3-choragida.",
     [("period", "2025-01/2025-03", "I chorakda"), ("period", "2024-10/2024-12", "2024-yilning IV choragida"),
      ("period", "2025-07/2025-09", "2025-yilning 3-choragida")]),
    ("2024-yilning yanvar-sentabr oylarida sanoat 6,8 foizga oʻsdi.",
     [("period", "2024-01/2024-09", "2024-yilning yanvar-sentabr"), ("percent", "6.8", "6,8 foizga")]),
    ("2025-yilning 9 oyida, 2025-yilning dastlabki toʻqqiz oyida.",
     [("period", "2025-01/2025-09", "2025-yilning 9 oyida"),
      ("period", "2025-01/2025-09", "2025-yilning dastlabki toʻqqiz oyida")]),
    ("1990-yillarda va 2024/2025 oʻquv yilida.",
     [("period", "1990/1999", "1990-yillarda"), ("period", "2024/2025", "2024/2025")]),
    # durations
    ("Loyiha 3 yil davomida amalga oshiriladi.", [("duration", "P3Y", "3 yil")]),
    ("Shartnoma 25 yil muddatga imzolandi, taʼtil 14 kun davom etadi.",
     [("duration", "P25Y", "25 yil"), ("duration", "P14D", "14 kun")]),
    ("Besh yil ichida 6 oy va 2 hafta, kamida 5 yil.",
     [("duration", "P5Y", "Besh yil"), ("duration", "P6M", "6 oy"), ("duration", "P2W", "2 hafta"),
      ("duration", "P5Y", "5 yil", "at_least")]),
    # no fact
    ("Oʻzbekiston Prezidentining PF-60-son Farmoni, 5-modda, № 245 buyruq.", []),
    ("Sportchimiz 2-oʻrinni egalladi, 3-sinf oʻquvchisi.", []),
    ("Murojaat uchun telefon: +998 71 239-12-34, (71) 202-18-88.", []),
    ("Tadbir soat 10:00 da, uchrashuv soat 15.30 da boshlanadi.", []),
    ("Navoiy koʻchasi, 12-uy manzilida 45 yoshli tadbirkor yashaydi.", []),
    ("Mustaqillikning 34 yilligi nishonlandi, u 65 yoshga toʻldi.", []),
    # realistic news (UzA, Kun.uz style)
    ("2025-yil yanvar–sentabr oylarida yalpi ichki mahsulot 7 foizga oʻsdi.",
     [("period", "2025-01/2025-09", "2025-yil yanvar–sentabr"), ("percent", "7", "7 foizga")]),
    ("Markaziy bank asosiy stavkani yillik 14 foiz darajasida oʻzgarishsiz qoldirdi.", [("percent", "14", "14 foiz")]),
    ("AQSH dollarining rasmiy kursi 12 150 soʻmni tashkil etdi.", [("money", "12150 UZS", "12 150 soʻmni")]),
    ("Prezident Shavkat Mirziyoyev 2025-yil 15-oktabr kuni Samarqandda boʻlib oʻtgan forumda ishtirok etdi.",
     [("date", "2025-10-15", "2025-yil 15-oktabr")]),
    ("Tashqi savdo aylanmasi 2024-yilda 65,9 mlrd dollarni tashkil etdi.",
     [("date", "2024", "2024-yilda"), ("money", "65900000000 USD", "65,9 mlrd dollarni")]),
    ("XVF 2025-yilda Oʻzbekiston iqtisodiyoti 6,8 foizga oʻsishini prognoz qilmoqda.",
     [("date", "2025", "2025-yilda"), ("percent", "6.8", "6,8 foizga")]),
    ("Joriy yilning 9 oyida inflyatsiya 7,7 foizni tashkil etdi.",
     [("period", "2025-01/2025-09", "Joriy yilning 9 oyida"), ("percent", "7.7", "7,7 foizni")]),
    ("2026-yil uchun davlat budjeti daromadlari 350 trln soʻm miqdorida belgilandi.",
     [("date", "2026", "2026-yil"), ("money", "350000000000000 UZS", "350 trln soʻm")]),
    ("Bu yil 3,5 mln tonnadan ortiq paxta yetishtirildi.",
     [("date", "2025", "Bu yil"), ("quantity", "3500000 t", "3,5 mln tonnadan", "over")]),
    ("Pul oʻtkazmalari hajmi 2025-yilning birinchi yarmida 7,6 mlrd dollarga yetdi.",
     [("period", "2025-01/2025-06", "2025-yilning birinchi yarmida"),
      ("money", "7600000000 USD", "7,6 mlrd dollarga")]),
    ("Toshkentda 2026–2028-yillarda 20 ta yangi maktab quriladi.",
     [("period", "2026/2028", "2026–2028-yillarda"), ("number", "20", "20")]),
    ("Eksport hajmi 18 foizga oshib, 20,3 mlrd dollarni tashkil qildi.",
     [("percent", "18", "18 foizga"), ("money", "20300000000 USD", "20,3 mlrd dollarni")]),
    ("Qariyb 2 mln nafar aholi ijtimoiy himoyaga muhtoj.", [("number", "2000000", "2 mln", "approx")]),
    ("Oʻrtacha oylik ish haqi 5,8 mln soʻmdan oshdi.", [("money", "5800000 UZS", "5,8 mln soʻmdan", "over")]),
    ("Loyiha qiymati 1,2 mlrd AQSh dollariga baholanmoqda.", [("money", "1200000000 USD", "1,2 mlrd AQSh dollariga")]),
    ("Farmon 2026-yil 1-yanvardan kuchga kiradi.", [("date", "2026-01-01", "2026-yil 1-yanvardan")]),
    ("Uchrashuv 20-noyabr kuni boʻlib oʻtadi.", [("date", "2025-11-20", "20-noyabr")]),
    ("Joriy yilning uchinchi choragida sanoat ishlab chiqarishi 6,4 foizga oshdi.",
     [("period", "2025-07/2025-09", "Joriy yilning uchinchi choragida"), ("percent", "6.4", "6,4 foizga")]),
    ("Kelgusi 5 yil ichida 30 mlrd dollarlik investitsiya jalb qilinadi.",
     [("duration", "P5Y", "5 yil"), ("money", "30000000000 USD", "30 mlrd dollarlik")]),
    ("Rossiya bilan tovar ayirboshlash 10 mlrd dollardan oshdi.",
     [("money", "10000000000 USD", "10 mlrd dollardan", "over")]),
    ("Ishsizlik darajasi 5,5 foizgacha pasaydi.", [("percent", "5.5", "5,5 foizgacha")]),
    ("2025-yil 1-oktabr holatiga koʻra, respublika aholisi 38 mln kishidan oshdi.",
     [("date", "2025-10-01", "2025-yil 1-oktabr"), ("number", "38000000", "38 mln", "over")]),
    ("Davlat qarzi YaIMning 34,7 foiziga teng.", [("percent", "34.7", "34,7 foiziga")]),
    ("2024-yilning dekabr oyida narxlar 0,9 foizga oshdi.",
     [("date", "2024-12", "2024-yilning dekabr"), ("percent", "0.9", "0,9 foizga")]),
    ("Oʻtgan yilning shu davriga nisbatan eksport 1,5 barobar oshdi.",
     [("date", "2024", "Oʻtgan yilning"), ("number", "1.5", "1,5")]),
    ("Kuzgi boshoqli don ekish uchun 1 mln gektarga yaqin maydon ajratildi.",
     [("quantity", "1000000 ha", "1 mln gektarga", "approx")]),
    ("Yevro kursi 14 200 soʻmga, rubl kursi esa 148 soʻmga teng boʻldi.",
     [("money", "14200 UZS", "14 200 soʻmga"), ("money", "148 UZS", "148 soʻmga")]),
    ("Prezident 8-oktabr kuni Vazirlar Mahkamasining yigʻilishini oʻtkazdi.", [("date", "2025-10-08", "8-oktabr")]),
    ("2030-yilga qadar YaIM hajmini 200 mlrd dollarga yetkazish rejalashtirilgan.",
     [("date", "2030", "2030-yilga"), ("money", "200000000000 USD", "200 mlrd dollarga")]),
    ("Xorijiy investitsiyalar 2025-yilning yanvar–iyun oylarida 23 foizga oshib, 18 mlrd dollardan oshdi.",
     [("period", "2025-01/2025-06", "2025-yilning yanvar–iyun"), ("percent", "23", "23 foizga"),
      ("money", "18000000000 USD", "18 mlrd dollardan", "over")]),
    ("Tadbirkorlarga 3 yil muddatga 500 mln soʻmgacha kredit beriladi.",
     [("duration", "P3Y", "3 yil"), ("money", "500000000 UZS", "500 mln soʻmgacha", "at_most")]),
    ("Maʼlumot uchun: (71) 233-45-67, +998 90 123 45 67.", []),
    ("Vazirlar Mahkamasining 2025-yil 12-martdagi 145-son qarori qabul qilindi.",
     [("date", "2025-03-12", "2025-yil 12-martdagi")]),
    ("Oʻzbekiston Respublikasi Konstitutsiyasining 57-moddasiga muvofiq.", []),
    ("Tadbir soat 18:30 da boshlanadi.", []),
    ("Manzil: Toshkent shahri, Amir Temur shoh koʻchasi, 107B-uy.", []),
    ("Terma jamoamiz Qatar bilan 2:2 hisobida durang oʻynadi.", []),
    ("Kitobning 125-sahifasida bu haqda yozilgan.", []),
    ("80 yoshli faxriy 3-oʻrinni egalladi, 9-sinf oʻquvchisi.", []),
    ("Mustaqillikning 34 yilligi keng nishonlandi.", []),
    ("Ish haqi 5,8 mln soʻmdan oshgan, narxlar 6 foizga oshgan.",
     [("money", "5800000 UZS", "5,8 mln soʻmdan", "over"), ("percent", "6", "6 foizga")]),
    ("Tadbirda 500 nafardan ortiq yoshlar qatnashdi, 2 ming nafarga yaqin mehmon keldi.",
     [("number", "500", "500", "over"), ("number", "2000", "2 ming", "approx")]),
    # forms added after the news audit
    ("Eksportning 30 foizdan ortig‘i oltin, savdo 40 mlrd dollardan ortiqni tashkil etdi.",
     [("percent", "30", "30 foizdan", "over"), ("money", "40000000000 USD", "40 mlrd dollardan", "over")]),
    ("2030-yilga borib aholi 40 mln kishidan oshadi, qarz 50 mlrd dollardan oshishi mumkin.",
     [("date", "2030", "2030-yilga"), ("number", "40000000", "40 mln", "over"),
      ("money", "50000000000 USD", "50 mlrd dollardan", "over")]),
    ("Fermerlarga 3 yilga 14 foizli kreditlar beriladi.",
     [("duration", "P3Y", "3 yilga"), ("percent", "14", "14 foizli")]),
    ("Narxlar sentyabrda oshdi, 2025-yil 25-oktyabrdagi qaror 5-oktyabrgacha.",
     [("date", "2025-09", "sentyabrda"), ("date", "2025-10-25", "2025-yil 25-oktyabrdagi"),
      ("date", "2025-10-05", "5-oktyabrgacha")]),
    ("Ishonch telefoni: 1093.", []),
    # quantities: unit words with scale words and case endings
    ("Joriy yilda respublikada 7,5 mln tonnadan ortiq gʻalla yetishtirildi.",
     [("date", "2025", "Joriy yilda"), ("quantity", "7500000 t", "7,5 mln tonnadan", "over")]),
    ("Kuzgi bugʻdoy 1 mln 50 ming gektar maydonga ekildi.", [("quantity", "1050000 ha", "1 mln 50 ming gektar")]),
    ("2025-yilda 12,5 mln kvadrat metr uy-joy foydalanishga topshirildi.",
     [("date", "2025", "2025-yilda"), ("quantity", "12500000 m2", "12,5 mln kvadrat metr")]),
    ("Tabiiy gaz qazib olish 2024-yilda 47,4 mlrd kub metrni tashkil etdi.",
     [("date", "2024", "2024-yilda"), ("quantity", "47400000000 m3", "47,4 mlrd kub metrni")]),
    ("Elektr energiyasi ishlab chiqarish 58,3 mlrd kVt·soatga yetdi, 1 mlrd kVt-soat eksport qilindi.",
     [("quantity", "58300000000 kWh", "58,3 mlrd kVt·soatga"), ("quantity", "1000000000 kWh", "1 mlrd kVt-soat")]),
    ("Samarqand viloyatida quvvati 1 500 MVt boʻlgan quyosh elektr stansiyasi quriladi.",
     [("quantity", "1500 MW", "1 500 MVt")]),
    # the adjective "-li" (a 200-megawatt plant)
    ("Surxondaryoda 200 megavattli va 1,2 gigavattli stansiyalar quriladi.",
     [("quantity", "200 MW", "200 megavattli"), ("quantity", "1.2 GW", "1,2 gigavattli")]),
    ("Toshkent–Samarqand yoʻnalishida 344 km uzunlikdagi avtomagistral quriladi.", [("quantity", "344 km", "344 km")]),
    ("Neft ishlab chiqarish kuniga 12 ming barrelga yetdi.", [("quantity", "12000 bbl", "12 ming barrelga")]),
    ("Gʻalla hosildorligi gektariga 65 sentnerni tashkil etdi, paxtada 32 s/ga.",
     [("quantity", "65 c/ha", "65 sentnerni"), ("quantity", "32 c/ha", "32 s/ga")]),
    ("Elektr energiyasi isteʼmoli 80 mlrd kVt soatga yetdi.", [("quantity", "80000000000 kWh", "80 mlrd kVt soatga")]),
    ("Kuniga 250 ming litr sut qayta ishlanadi, 500 kg goʻsht.",
     [("quantity", "250000 l", "250 ming litr"), ("quantity", "500 kg", "500 kg")]),
    ("Maydoni 2,4 ming kvadrat kilometr boʻlgan hududda 5 GVt quvvat quriladi.",
     [("quantity", "2400 km2", "2,4 ming kvadrat kilometr"), ("quantity", "5 GW", "5 GVt")]),
    ("Meva-sabzavot eksporti 1,2 mln tonnaga yaqinlashdi.", [("quantity", "1200000 t", "1,2 mln tonnaga", "approx")]),
    # forms added after the second news audit: "N yillik" is a length of time, "shu yil" this year, a bare
    # "kam" after a figure is "less by" (no qualifier), "oltini" is "its gold", a short hotline number
    ("Hukumat 5 yillik dastur doirasida 3 ming km yo‘l quradi, Navoiy tavalludining 585 yillik yubileyi nishonlanadi.",
     [("duration", "P5Y", "5 yillik"), ("quantity", "3000 km", "3 ming km")]),
    ("Shu yilning 9 oyida 6 mln sayyoh keldi, shu yil eksport 20 foizga oshadi.",
     [("period", "2025-01/2025-09", "Shu yilning 9 oyida"), ("number", "6000000", "6 mln"), ("date", "2025", "shu yil"),
      ("percent", "20", "20 foizga")]),
    ("Qazib olish 1,8 mlrd kub metrga kam boʻldi, ishsizlik 5 foizdan kam.",
     [("quantity", "1800000000 m3", "1,8 mlrd kub metrga"), ("percent", "5", "5 foizdan", "under")]),
    ("Bu terma jamoaning 5-oltini boʻldi, oltita sportchi finalga chiqdi.", [("number", "6", "oltita")]),
    ("Favqulodda holatlarda 112 ishonch telefoniga qoʻngʻiroq qiling.", []),
    # whole-page audit: "oy" with the range endings, "than last year's", footer reference numbers
    ("Ombor mart oyidan avgust oyigacha taʼmirlandi, hosil oʻtgan yilgidan 15 foizga koʻp.",
     [("period", "2025-03/2025-08", "mart oyidan avgust oyigacha"), ("date", "2024", "oʻtgan yilgidan"),
      ("percent", "15", "15 foizga")]),
    ("Manzil: 100100, Toshkent sh. Call-markaz: 1242, obuna indeksi: 64590.", []),
    # fifth news audit: "gram" with one m
    ("Oltin narxi 1 grami uchun 1,4 mln so'mdan oshdi.",
     [("quantity", "1 g", "1 grami"), ("money", "1400000 UZS", "1,4 mln so'mdan", "over")]),
    # sixth news audit: the tiyin, a hundredth of the so'm; a hotline named after its number
    ("Narx 50 tiyinga oshdi.", [("money", "0.5 UZS", "50 tiyinga")]),
    ("Savollar uchun: 1172 call-markazi.", []),
    ("Quvvati 3 GVt dan oshadi.", [("quantity", "3 GW", "3 GVt", "over")]),
    ("Tahririyat manzili: Toshkent sh., Matbuotchilar ko'chasi, 32. Indeks: 64581.", []),
    # audit 8: "yarim yil" is six months, "yarim million" half a million, "-ta" glued to "ming".
    ("Toshkentda yarim yil ichida 15 ta yangi podstansiya quriladi.",
     [("duration", "P6M", "yarim yil"), ("number", "15", "15")]),
    ("Loyiha bir yarim yilda tugaydi, 2025-yilning birinchi yarim yilligida 5 foiz.",
     [("duration", "P1.5Y", "bir yarim yilda"), ("period", "2025-01/2025-06", "2025-yilning birinchi yarim yilligida"),
      ("percent", "5", "5 foiz")]),
    ("Yarim million tonna paxta va yarim milliard dollarlik eksport.",
     [("quantity", "500000 t", "Yarim million tonna"), ("money", "500000000 USD", "yarim milliard dollarlik")]),
    ("Chevrolet Cobalt: shu davrda 96 mingta, eksportga 12 mingtadan ortiq.",
     [("number", "96000", "96 mingta"), ("number", "12000", "12 mingtadan", "over")]),
    ("Nashr indeksi: 222.", []),
    ("Narxlar o'tgan oyga nisbatan 2 foizga oshdi, kelgusi oydan esa tarif o'zgaradi.",
     [("date", "2025-09", "o'tgan oyga"), ("percent", "2", "2 foizga"), ("date", "2025-11", "kelgusi oydan")]),
    # audit 9: a page's view and read counters are no figures (with the colon: "ko'rishlar soni 2 barobar
    # oshdi" is one); "-gacha oshiriladi" (raised to) is a level, not "up to".
    ("Iqtisodiyot | 14:35 | Koʻrishlar: 3 418 | 👁 2 731 | 1 052 marta oʻqildi | Ko'rildi: 15 906", []),
    ("Videoning ko'rishlar soni 2 barobar oshdi, loyiha 17 marta ko'rib chiqildi.",
     [("number", "2", "2"), ("number", "17", "17")]),
    ("Tarif 2026-yildan 450 so'mgacha oshiriladi, jarima 5 mln so'mgacha.",
     [("date", "2026", "2026-yildan"), ("money", "450 UZS", "450 so'mgacha"),
      ("money", "5000000 UZS", "5 mln so'mgacha", "at_most")]),
    # audit 9: a short phone number named after it ("102 raqamiga"), an aircraft model ("Boeing 787-9").
    ("Shubhali qo'ng'iroqlar haqida 102 raqamiga xabar bering, kompaniya 2 ta Boeing 787-9 sotib oldi.",
     [("number", "2", "2")]),
    # audit 10: read and comment counters; speeds per second and per hour are numbers; the yield's average
    # between "gektaridan" and its figure; "N oyda" alone is the months of this year so far, unless "so'nggi",
    # "har" or a year before it makes it a span.
    ("Transport | 09:40 | 👁 5 627 | 💬 14 | O‘qildi: 2 984 | Izohlar: 3 | Saytga tashriflar: bugun 1 312", []),
    ("Shamol sekundiga 15–18 metr, poyezd soatiga 250 km tezlikda yuradi.",
     [("number", "15", "15"), ("number", "18", "18"), ("number", "250", "250")]),
    ("Bugʻdoy hosildorligi gektaridan oʻrtacha 52,6 sentnerni tashkil etdi.",
     [("quantity", "52.6 c/ha", "52,6 sentnerni")]),
    ("Samarqand aeroporti 9 oyda 1,2 mln yoʻlovchiga xizmat koʻrsatdi.",
     [("period", "2025-01/2025-09", "9 oyda"), ("number", "1200000", "1,2 mln")]),
    ("Soʻnggi 6 oyda narxlar oshdi, har 3 oyda hisobot beriladi, qurilish 1 yil 6 oyda tugadi.",
     [("duration", "P6M", "6 oyda"), ("duration", "P3M", "3 oyda"), ("duration", "P1Y", "1 yil"),
      ("duration", "P6M", "6 oyda")]),
    # audit 12: "-dagidan"/"-dagiga" and "-gidan" after a year word ("than 2019's"), and the "-li" adjective of a unit.
    ("Bu koʻrsatkich 2019-yildagidan uch baravar koʻp.", [("date", "2019", "2019-yildagidan"), ("number", "3", "uch")]),
    ("Hosil 2024-yilgidan koʻp, 2023-yildagiga nisbatan esa 10 foizga oshdi.",
     [("date", "2024", "2024-yilgidan"), ("date", "2023", "2023-yildagiga"), ("percent", "10", "10 foizga")]),
    ("Sut 0,5 litrli idishlarda sotiladi, 10 tonnali yuk mashinasi va 50 kilogrammli qoplar.",
     [("quantity", "0.5 l", "0,5 litrli"), ("quantity", "10 t", "10 tonnali"),
      ("quantity", "50 kg", "50 kilogrammli")]),
    ("Uzunligi 5 kilometrli yoʻl va 200 metrli koʻprik quriladi.",
     [("quantity", "5 km", "5 kilometrli"), ("quantity", "200 m", "200 metrli")]),
    # audit 13: the comment count in brackets.
    ("Ko'rishlar: 1 907 | Izohlar (7) | Ulashish: Telegram", []),
    # audit 14: working days ("ish kuni") are days, as Russian "рабочих дней" are.
    ("Arizalar 15 ish kuni ichida, shikoyatlar esa 5 ish kunidan kechiktirmay ko'rib chiqiladi.",
     [("duration", "P15D", "15 ish kuni"), ("duration", "P5D", "5 ish kunidan")]),
    ("Zavodda 15 ishchi bor.", [("number", "15", "15")]),
    # audit 17: "kilo" is a kilogram.
    ("Bozorda 1 kilo goʻsht narxi 110 ming soʻmga yetdi, 2 kilosi esa 215 ming soʻm.",
     [("quantity", "1 kg", "1 kilo"), ("money", "110000 UZS", "110 ming soʻmga"), ("quantity", "2 kg", "2 kilosi"),
      ("money", "215000 UZS", "215 ming soʻm")]),
    # audit 17: relative quarters: last and next quarter; a bare "o'tgan chorak" is a quarter century
    ("O'tgan chorakda eksport 5 foizga o'sdi, kelgusi chorakda narx oshadi.",
     [("period", "2025-07/2025-09", "O'tgan chorakda"), ("percent", "5", "5 foizga"),
      ("period", "2026-01/2026-03", "kelgusi chorakda")]),
    ("O'tgan chorak asr davomida shahar o'zgardi.", []),
    # audit 18: "kv. metrli" (square-metre adjective) is a unit as "kvadrat metrli" is.
    ("65 kv. metrli kvartiraning ijarasi, 80 kv.metrli ofis.",
     [("quantity", "65 m2", "65 kv. metrli"), ("quantity", "80 m2", "80 kv.metrli")]),
    # audit 19: "than this year's" and "compared with last year's" are relative years too.
    ("Budjet joriy yilgidan 4,2 trln soʻm koʻp, eksport oʻtgan yilgiga qaraganda 1,4 barobar oshdi.",
     [("date", "2025", "joriy yilgidan"), ("money", "4200000000000 UZS", "4,2 trln soʻm"),
      ("date", "2024", "oʻtgan yilgiga"), ("number", "1.4", "1,4")]),
    # audit 20: relative half years: last, this and next half year.
    ("O'tgan yarim yillikda eksport oshdi, joriy yarim yillikning rejasi bajarildi, "
     "kelgusi yarim yillikda narx oshadi.",
     [("period", "2025-01/2025-06", "O'tgan yarim yillikda"), ("period", "2025-07/2025-12", "joriy yarim yillikning"),
      ("period", "2026-01/2026-06", "kelgusi yarim yillikda")]),
    # audit 20: "3 daq oʻqish" (a 3-minute read) and a short phone number are no figures.
    ("Madaniyat  •  9 oktyabr, 18:20  •  3 daq oʻqish", [("date", "2025-10-09", "9 oktyabr")]),
    ("Murojaatlar uchun qisqa raqam: 1148, pensiya 12 foizga oshadi.", [("percent", "12", "12 foizga")]),
    # audit 24 (real news): "-gachani", a limit as an object
    ("Ijara narxi 3 mln so‘mdan 4,5 mln so‘mgachani tashkil etmoqda.",
     [("money", "3000000 UZS", "3 mln so‘mdan"), ("money", "4500000 UZS", "4,5 mln so‘mgachani")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_uz(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "uz") == expected


def test_tushdi_makes_gacha_a_level() -> None:
    assert brief("Ipoteka krediti bo'yicha stavkalar 17 foizgacha tushdi.", "uz") == [("percent", "17", "17 foizgacha")]


def test_qadar_is_until() -> None:
    # audit 21: "-ga qadar" (until, up to) is "-gacha" written apart: a passed deadline is next year's.
    assert brief("Soliq imtiyozi 20-aprelga qadar amal qiladi, jarima 3 mln so‘mga qadar.", "uz") == [
        ("date", "2026-04-20", "20-aprelga"),
        ("money", "3000000 UZS", "3 mln so‘mga", "at_most"),
    ]


def test_relative_dates_need_a_reference() -> None:
    assert brief("Joriy yilda va kelgusi yilda, noyabrda.", "uz", reference_date=None) == []


CHANGES = [
    ("Eksport 6,5 foizga oshdi.", [("6,5 foizga", "increase")]),
    ("2024-yilda yalpi ichki mahsulot 6,5 foizga oʻsdi.", [("6,5 foizga", "increase")]),
    ("Import 3,2 foizga kamaydi, narxlar 1,5 foizga pasaydi.",
     [("3,2 foizga", "decrease"), ("1,5 foizga", "decrease")]),
    ("Paxta maydoni 100 ming gektarga qisqardi.", [("100 ming gektarga", "decrease")]),
    ("Elektr energiyasi ishlab chiqarish 3,4 mlrd kVt·soatga koʻpaydi.", [("3,4 mlrd kVt·soatga", "increase")]),
    ("YaIMning oʻsishi 6,5 foizni tashkil etdi.", [("6,5 foizni", "increase")]),
    ("Gaz qazib olish 4,3 foizga qisqarib, 47 mlrd kub metrni tashkil etdi.",
     [("4,3 foizga", "decrease"), ("47 mlrd kub metrni", None)]),
    ("Sanoat ishlab chiqarishi 6,4 foizga oshib, 120 trln soʻmga yetdi.",
     [("6,4 foizga", "increase"), ("120 trln soʻmga", None)]),
    # "-dan oshdi" is "exceeded": a level, not a change.
    ("Xorijiy investitsiyalar 23 foizga oshib, 18 mlrd dollardan oshdi.",
     [("23 foizga", "increase"), ("18 mlrd dollardan", None)]),
    # "-gacha": up to, the level reached.
    ("Ishsizlik darajasi 5,5 foizgacha pasaydi.", [("5,5 foizgacha", None)]),
    ("Eksport 1 mlrd dollargacha oshdi.", [("1 mlrd dollargacha", None)]),
    ("Stavka 14 foizdan 13,5 foizgacha tushirildi.", [("14 foizdan", None), ("13,5 foizgacha", None)]),
    ("Markaziy bank asosiy stavkani 13,5 foiz darajasida saqlab qoldi.", [("13,5 foiz", None)]),
    ("Aholi soni 37,8 million kishini tashkil qildi.", [("37,8 million", None)]),
    # "amalga oshirildi" (was carried out) is no increase.
    ("Loyiha doirasida 500 mln dollarlik investitsiya amalga oshirildi.", [("500 mln dollarlik", None)]),
    ("Narxlar 5–7 foizga oshdi.", [("5", "increase"), ("7 foizga", "increase")]),
    ("Gaz qazib olish 1,8 mlrd kub metrga kam boʻldi.", [("1,8 mlrd kub metrga", "decrease")]),
    # "tushdi" (fell) after "-ga"/"-gacha": a change, so "-gacha" is the level reached, not "up to";
    # "budjetga ... so'm tushdi" (came in) is none.
    ("Narxlar 1,2 foizga tushdi.", [("1,2 foizga", "decrease")]),
    ("Budjetga 5 trln so'm tushdi.", [("5 trln so'm", None)]),
    # audit 9: "-gacha oshiriladi" (raised to) is a level; "amalga oshirildi" (carried out) stays no change.
    ("Narx 450 so'mgacha oshiriladi, 500 mln dollarlik investitsiya amalga oshirildi.",
     [("450 so'mgacha", None), ("500 mln dollarlik", None)]),
]

RANGES = [
    ("Narxlar 5–7 foizga oshdi.", [("5", "5–7 foizga"), ("7 foizga", "5–7 foizga")]),
    ("Investitsiyalar 2-3 mlrd dollarni tashkil etadi.",
     [("2", "2-3 mlrd dollarni"), ("3 mlrd dollarni", "2-3 mlrd dollarni")]),
    ("Bugʻdoy hosili 7-7,5 mln tonnani tashkil etadi.",
     [("7", "7-7,5 mln tonnani"), ("7,5 mln tonnani", "7-7,5 mln tonnani")]),
    ("Hosildorlik gektariga 60–70 sentnerga yetadi.", [("60", "60–70 sentnerga"), ("70 sentnerga", "60–70 sentnerga")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_uz_changes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text, "uz") == expected


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_uz_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert ranges(text, "uz") == expected


def test_old_spelling_sum() -> None:
    # audit 21: "sum" is the old spelling of so'm; "summa" (an amount) is no currency.
    assert brief("Loyihaga 12 trln. sum ajratildi, umumiy summa 5 foizga oshdi.", "uz") == [
        ("money", "12000000000000 UZS", "12 trln. sum"),
        ("percent", "5", "5 foizga"),
    ]


def test_minus_word_makes_a_balance_negative() -> None:
    # audit 25: "minus" before an amount is a negative figure (a trade deficit)
    assert brief("Viloyat savdo saldosi minus 1,4 milliard $ bo'ldi.", "uz") == [
        ("money", "-1400000000 USD", "minus 1,4 milliard $"),
    ]


def test_millard_spelling() -> None:
    # audit 25: news often writes "millard" for "milliard"
    assert brief("Eksport 4,2 millard dollarga yetdi.", "uz") == [
        ("money", "4200000000 USD", "4,2 millard dollarga"),
    ]


def test_kwh_abbreviation_with_dots() -> None:
    # audit 25: statistics tables write "mln.kVt.s" for million kilowatt-hours
    assert brief("Issiqlik elektr stansiyasi – 3 517,6 mln.kVt.s", "uz") == [
        ("quantity", "3517600000 kWh", "3 517,6 mln.kVt.s"),
    ]
    assert brief("Yil davomida 8,1 mlrd kVt.s energiya ishlab chiqarildi.", "uz") == [
        ("quantity", "8100000000 kWh", "8,1 mlrd kVt.s"),
    ]


def test_cubic_metres_written_kub_m() -> None:
    # audit 26: tariffs write "kub m" for cubic metres
    assert brief("Har 1 kub m suv uchun 2 500 so‘m, oyiga 300 kub m gacha esa 1 800 so‘m to‘lanadi.", "uz") == [
        ("quantity", "1 m3", "1 kub m"),
        ("money", "2500 UZS", "2 500 so‘m"),
        ("quantity", "300 m3", "300 kub m"),
        ("money", "1800 UZS", "1 800 so‘m"),
    ]
