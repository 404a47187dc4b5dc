"""Azerbaijani: exact values for every kind of figure the core recognises."""

from __future__ import annotations

import pytest
from helpers import brief, changes, ranges

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("yanvar", "fevral", "mart")

CASES = [
    # qəpik softens to qəpiy- before a vowel
    ("Çörəyin qiyməti 60 qəpikdən 70 qəpiyə qalxıb.",
     [("money", "0.6 AZN", "60 qəpikdən"), ("money", "0.7 AZN", "70 qəpiyə")]),
    ("Tarif 8 qəpikdən 10 qəpiyədək artırılıb.",
     [("money", "0.08 AZN", "8 qəpikdən"), ("money", "0.1 AZN", "10 qəpiyədək")]),
    # "sentner" (centner) is no cent
    ("Hər hektardan 30 sentner məhsul götürülüb.", [("quantity", "30 c/ha", "30 sentner")]),
    # "the year's first N months": the reference year
    ("İlin ilk 9 ayında ölkəyə 1,9 milyon turist gəlib.",
     [("period", "2025-01/2025-09", "İlin ilk 9 ayında"), ("number", "1900000", "1,9 milyon")]),
    # digits, separators (group "." as CLDR writes it), scale words, glued endings
    ("Sahədə 143 min nəfər çalışır.", [("number", "143000", "143 min")]),
    ("Ümumilikdə 1.200.000 nəfər siyahıya alınıb, 2 500,5 ton yük daşınıb.",
     [("number", "1200000", "1.200.000"), ("quantity", "2500.5 t", "2 500,5 ton")]),
    ("Yükdaşımaların həcmi 12,5 min ton olub.", [("quantity", "12500 t", "12,5 min ton")]),
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
      # "12% çoxdur" is "12% more" (by how much), not "more than 12%" ("-dən çoxdur"): no qualifier.
      ("percent", "12", "12%")]),
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
    # news sentences (agency style)
    ("Azərbaycanın dövlət büdcəsinin gəlirləri 2026-cı il üçün 34,2 milyard manat, xərcləri isə 37,7 milyard manat "
     "məbləğində proqnozlaşdırılır.",
     [("date", "2026", "2026-cı il"), ("money", "34200000000 AZN", "34,2 milyard manat"),
      ("money", "37700000000 AZN", "37,7 milyard manat")]),
    ("Cari ilin yanvar-sentyabr aylarında Azərbaycanın xarici ticarət dövriyyəsi 35 milyard 412 milyon ABŞ dolları "
     "təşkil edib.",
     [("period", "2025-01/2025-09", "Cari ilin yanvar-sentyabr"),
      ("money", "35412000000 USD", "35 milyard 412 milyon ABŞ dolları")]),
    ("Mərkəzi Bank uçot dərəcəsini 7 faizdə saxlayıb.", [("percent", "7", "7 faizdə")]),
    ("Sentyabrda illik inflyasiya 5,6 faiz təşkil edib.",
     [("date", "2025-09", "Sentyabrda"), ("percent", "5.6", "5,6 faiz")]),
    ("Oktyabrın 10-da 1 avronun rəsmi məzənnəsi 1,9876 manat müəyyən edilib.",
     [("date", "2025-10-10", "Oktyabrın 10-da"), ("money", "1 EUR", "1 avronun"),
      ("money", "1.9876 AZN", "1,9876 manat")]),
    ("Bu il ölkədə 3,2 milyon ton taxıl yığılıb, bu da ötən illə müqayisədə 4,3 faiz çoxdur.",
     [("date", "2025", "Bu il"), ("quantity", "3200000 t", "3,2 milyon ton"), ("date", "2024", "ötən illə"),
      ("percent", "4.3", "4,3 faiz")]),
    ("Azərbaycan 2025-ci ilin ilk 9 ayında Türkiyəyə 2,1 milyard dollarlıq məhsul ixrac edib.",
     [("period", "2025-01/2025-09", "2025-ci ilin ilk 9 ayında"),
      ("money", "2100000000 USD", "2,1 milyard dollarlıq")]),
    ("Dövlət Neft Fondunun aktivləri 1 oktyabr 2025-ci il tarixinə 70 milyard ABŞ dollarını ötüb.",
     [("date", "2025-10-01", "1 oktyabr 2025-ci il"),
      ("money", "70000000000 USD", "70 milyard ABŞ dollarını", "over")]),
    ("2026-2028-ci illər üzrə orta müddətli xərclər çərçivəsi təsdiqlənib.",
     [("period", "2026/2028", "2026-2028-ci illər")]),
    ("Bankların kredit portfeli 2025-ci ilin üçüncü rübündə 6 faizdən çox artıb.",
     [("period", "2025-07/2025-09", "2025-ci ilin üçüncü rübündə"), ("percent", "6", "6 faizdən", "over")]),
    ("Layihənin icrasına 3 il vaxt ayrılıb, dəyəri təxminən 250 milyon avro qiymətləndirilir.",
     [("duration", "P3Y", "3 il"), ("money", "250000000 EUR", "250 milyon avro", "approx")]),
    ("Gələn il minimum əmək haqqı 400 manatdan 450 manata qaldırılacaq.",
     [("date", "2026", "Gələn il"), ("money", "400 AZN", "400 manatdan"), ("money", "450 AZN", "450 manata")]),
    ("Ölkənin əhalisi 10,2 milyon nəfərə çatıb.", [("number", "10200000", "10,2 milyon")]),
    ("Sahibkarlara 2025-ci ilin birinci yarısında 120 milyon manatdan artıq güzəştli kredit verilib.",
     [("period", "2025-01/2025-06", "2025-ci ilin birinci yarısında"),
      ("money", "120000000 AZN", "120 milyon manatdan", "over")]),
    ("Azeri Light markalı neftin bir barelinin qiyməti 67,45 dollar olub.", [("money", "67.45 USD", "67,45 dollar")]),
    ("Pambıq yığımı sentyabrın 1-dən başlayıb, 280 min ton məhsul toplanıb.",
     [("date", "2025-09-01", "sentyabrın 1-dən"), ("quantity", "280000 t", "280 min ton")]),
    ("Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 1 milyard dollara çatdırılacaq.",
     [("money", "1000000000 USD", "1 milyard dollara")]),
    ("İşsizlik səviyyəsi 5,5%-ə düşüb, aksiz dərəcələri 10-15 faiz artırılacaq.",
     [("percent", "5.5", "5,5%-ə"), ("percent", "10", "10"), ("percent", "15", "15 faiz")]),
    ("Ötən ilin eyni dövrü ilə müqayisədə ÜDM 1,2 faiz artıb.",
     [("date", "2024", "Ötən ilin"), ("percent", "1.2", "1,2 faiz")]),
    ("Qeyri-neft sektorunda əlavə dəyər keçən illə müqayisədə 3 faizdən çox artıb.",
     [("date", "2024", "keçən illə"), ("percent", "3", "3 faizdən", "over")]),
    ("Nazirlər Kabinetinin 2024-cü il 15 mart tarixli 112 nömrəli qərarı dərc edilib.",
     [("date", "2024-03-15", "2024-cü il 15 mart")]),
    ("Qarabağ Çempionlar Liqasında 2:1 hesabı ilə qalib gəlib, komanda 3-cü yerə yüksəlib.", []),
    ("Tədbir saat 11:00-da Heydər Əliyev prospekti 115 ünvanında başlayacaq.", []),
    ("72 yaşlı pensiyaçı kitabın 45-ci səhifəsində bunu yazıb.", []),
    ("Vergi Məcəlləsinin 102.1.3-cü maddəsinə dəyişiklik edilib, mobil: +994 50 123 45 67.", []),
    ("İxrac 10 faiz yuxarı olub, idxal 5 faizdən yuxarı, 3 faizdən aşağı, 1,5 milyard manatdan çoxdur.",
     [("percent", "10", "10 faiz"), ("percent", "5", "5 faizdən", "over"), ("percent", "3", "3 faizdən", "under"),
      ("money", "1500000000 AZN", "1,5 milyard manatdan", "over")]),
    ("Məhsulun maya dəyəri azalıb, Prezident dekabrın 5-də Romaya səfər edəcək.",
     [("date", "2025-12-05", "dekabrın 5-də")]),
    # quantities: unit words with scale words and case endings
    ("Bu il 1 milyon hektar sahədə taxıl əkilib.",
     [("date", "2025", "Bu il"), ("quantity", "1000000 ha", "1 milyon hektar")]),
    ("Ölkədə 2024-cü ildə 1,5 milyon kvadratmetr yaşayış sahəsi istifadəyə verilib.",
     [("date", "2024", "2024-cü ildə"), ("quantity", "1500000 m2", "1,5 milyon kvadratmetr")]),
    ("Bakıda 15 kv. m ərazi, 200 kv.m ofis.", [("quantity", "15 m2", "15 kv. m"), ("quantity", "200 m2", "200 kv.m")]),
    ("Azərbaycan Avropaya 12,9 milyard kubmetr qaz ixrac edib.",
     [("quantity", "12900000000 m3", "12,9 milyard kubmetr")]),
    ("Elektrik enerjisi istehsalı 27,3 milyard kVt·saat olub.",
     [("quantity", "27300000000 kWh", "27,3 milyard kVt·saat")]),
    ("Gündəlik neft hasilatı 480 min barel təşkil edib.", [("quantity", "480000 bbl", "480 min barel")]),
    ("Stansiyanın gücü 240 MVt, ikincisinin 1 GW olacaq.",
     [("quantity", "240 MW", "240 MVt"), ("quantity", "1 GW", "1 GW")]),
    ("Bakı–Qazax yolunun 120 kilometrlik hissəsi təmir olunub.", [("quantity", "120 km", "120 kilometrlik")]),
    ("Pambığın məhsuldarlığı hektardan 35 sentner olub.", [("quantity", "35 c/ha", "35 sentner")]),
    ("Ötən il 800 min litr süd, 20 min kiloqram bal istehsal edilib.",
     [("date", "2024", "Ötən il"), ("quantity", "800000 l", "800 min litr"),
      ("quantity", "20000 kg", "20 min kiloqram")]),
    ("Ərazi 86,6 min kvadrat kilometr təşkil edir.", [("quantity", "86600 km2", "86,6 min kvadrat kilometr")]),
    ("Pambıq 100 min hektardan çox sahədə əkilib.", [("quantity", "100000 ha", "100 min hektardan", "over")]),
    # the counter "nəfər" between a count and its comparative
    ("Forumda 40 ölkədən 300 nəfərdən çox nümayəndə iştirak edib, sərgiyə 100 min nəfərdən artıq insan baxıb.",
     [("number", "40", "40"), ("number", "300", "300", "over"), ("number", "100000", "100 min", "over")]),
    ("Zəlzələ nəticəsində 5 min nəfərə yaxın sakin təxliyə olunub, aksiyaya 500 nəfər civarında könüllü qoşulub.",
     [("number", "5000", "5 min", "approx"), ("number", "500", "500", "approx")]),
    ("Tədbirdə 300 nəfər iştirak edib, onlardan 50 nəfəri gənclərdir.",
     [("number", "300", "300"), ("number", "50", "50")]),
    # energy abbreviations as news writes them
    ("Ölkədə 2024-cü ildə 1,2 milyard kVt.saat və 3 milyard kilovat/saat elektrik enerjisi istehsal edilib.",
     [("date", "2024", "2024-cü ildə"), ("quantity", "1200000000 kWh", "1,2 milyard kVt.saat"),
      ("quantity", "3000000000 kWh", "3 milyard kilovat/saat")]),
    ("Stansiya ildə 500 min MVt·saat, ikincisi 2 GVt.saat enerji istehsal edəcək, gücü 500 MVt-lıq.",
     [("quantity", "500000 MWh", "500 min MVt·saat"), ("quantity", "2 GWh", "2 GVt.saat"),
      ("quantity", "500 MW", "500 MVt-lıq")]),
    # lengths of time as adjectives in -lıq/-lik
    ("İşçilərə 6 aylıq məzuniyyət verilir, heyət 10 günlük və 2 həftəlik səfərlərə gedib.",
     [("duration", "P6M", "6 aylıq"), ("duration", "P10D", "10 günlük"), ("duration", "P2W", "2 həftəlik")]),
    ("Orta aylıq əmək haqqı 1 050 manata çatıb.", [("money", "1050 AZN", "1 050 manata")]),
    # forms added after the second news audit: "N illik" is a length of time, "885 illik yubileyi" an
    # anniversary, a short hotline number
    ("Beş illik proqram çərçivəsində 30 illik təcrübəsi olan mütəxəssislər cəlb olunur, Nizaminin 885 illik "
     "yubileyi qeyd olunur.", [("duration", "P5Y", "Beş illik"), ("duration", "P30Y", "30 illik")]),
    ("Şikayətlər üçün 195 qaynar xəttinə zəng edin.", []),
    # whole-page audit: "hektardan orta hesabla" (per hectare on average), "yaxındır", footer numbers
    ("Pambığın məhsuldarlığı hektardan orta hesabla 29,5 sentner olub, məntəqələrin sayı 120-yə yaxındır.",
     [("quantity", "29.5 c/ha", "29,5 sentner"), ("number", "120", "120-yə", "approx")]),
    ("Qaynar xətt: 1655. Çağrı mərkəzi: 195. Ünvan: AZ1000, Bakı.", []),
    # whole-page audit: "yeni" is "new", not the yen
    ("Rayonda 3 yeni məktəb və 2 yeni xəstəxana tikiləcək.", [("number", "3", "3"), ("number", "2", "2")]),
    ("Şirkət 500 yen və 2 milyard yapon yeni gəlir əldə edib.",
     [("money", "500 JPY", "500 yen"), ("money", "2000000000 JPY", "2 milyard yapon yeni")]),
    # audit round 8: half a year, half a million, a cubic kilometre, "-lik" on square metres
    ("İstintaq təxminən yarım il davam edib, son yarım ildə qiymətlər 4 faiz artıb.",
     [("duration", "P6M", "yarım il", "approx"), ("duration", "P6M", "yarım ildə"), ("percent", "4", "4 faiz")]),
    ("Turistlərin sayı yarım milyonu ötüb.", [("number", "500000", "yarım milyonu", "over")]),
    ("Su anbarının həcmi 13,3 kub kilometrdir.", [("quantity", "13300000000 m3", "13,3 kub kilometrdir")]),
    ("Onun 120 kvadratmetrlik ofisi var.", [("quantity", "120 m2", "120 kvadratmetrlik")]),
    # "qədər", "-dək" after a figure: up to, unless a change word after it makes it a level; a deadline
    # already past this year is next year's
    ("Yığım 200 min tona qədər olacaq, 5 ilədək həbs cəzası nəzərdə tutulur.",
     [("quantity", "200000 t", "200 min tona", "at_most"), ("duration", "P5Y", "5 ilədək", "at_most")]),
    ("Yanvarın 15-dək bütün sənədlər təqdim edilməlidir.", [("date", "2026-01-15", "Yanvarın 15-dək")]),
    # audit 9: a page's view counters are no figures; "-dən çoxu/artığı" (more than ... of it); a day after
    # its month named with "ay" ("oktyabr ayının 10-da").
    ("Hadisə | 13:47 | Baxış: 8 512 | Baxış sayı: 3 076 | Oxunub: 1 390 | 👁 2 118", []),
    # audit 27: "Oxunub" (read) with no colon after a byline's time is a view counter; "oxunub" after
    # its count in body text leaves the count a figure
    ("İqtisadiyyat 09:05 Oxunub 2 417", []),
    ("Məruzə 7 dəfə oxunub.", [("number", "7", "7")]),
    ("Fındıq istehsalının 60 faizdən çoxu, gəlirin 30 faizdən artığı bu rayonların payına düşür.",
     [("percent", "60", "60 faizdən", "over"), ("percent", "30", "30 faizdən", "over")]),
    ("İclas 2025-ci ilin oktyabr ayının 10-da keçirilib, sərgi noyabr ayının 15-dək davam edəcək.",
     [("date", "2025-10-10", "2025-ci ilin oktyabr ayının 10-da"), ("date", "2025-11-15", "noyabr ayının 15-dək")]),
    # audit 9: a short phone number named after it ("102 nömrəsinə"), an aircraft model ("Boeing 787-9"); the
    # future of "ötmək"/"aşmaq" (to exceed) is "over" too.
    ("Şübhəli zənglər barədə 102 nömrəsinə məlumat verin, şirkət 8 yeni Boeing 787-9 alacaq.", [("number", "8", "8")]),
    ("Klubun gəlirinin 10 milyon avronu ötəcəyi gözlənilir, dövriyyə 5 milyard dolları aşacaq.",
     [("money", "10000000 EUR", "10 milyon avronu", "over"), ("money", "5000000000 USD", "5 milyard dolları", "over")]),
    # audit 10: comment counters; speeds per hour are numbers; the yield named between "hər hektardan" and
    # its figure; "N ayda" alone is the months of this year so far, unless "son", "hər" or a year before it
    # makes it a span.
    ("Kriminal | 12:47 | Baxış: 6 021 | Şərhlər: 5 | 💬 14", []),
    ("Hüquq | 18:45 | Baxış: 7 152 | Şərh: 21", []),
    # the month named with "ay" carrying the range endings
    ("O, 2022-ci ilin martından 2024-cü ilin iyun ayınadək işləyib.",
     [("period", "2022-03/2024-06", "2022-ci ilin martından 2024-cü ilin iyun ayınadək")]),
    ("Yarmarka mart ayından iyun ayınadək davam edəcək.",
     [("period", "2025-03/2025-06", "mart ayından iyun ayınadək")]),
    ("Qatar saatda 250 kilometr sürətlə hərəkət edəcək.", [("number", "250", "250")]),
    ("Hər hektardan orta məhsuldarlıq 29,4 sentner təşkil edir.", [("quantity", "29.4 c/ha", "29,4 sentner")]),
    ("Azərbaycan 9 ayda Rusiyaya 250 min ton pomidor ixrac edib.",
     [("period", "2025-01/2025-09", "9 ayda"), ("quantity", "250000 t", "250 min ton")]),
    ("Son 6 ayda qiymətlər artıb, hər 3 ayda hesabat verilir, tikinti 1 il 6 ayda başa çatıb.",
     [("duration", "P6M", "6 ayda"), ("duration", "P3M", "3 ayda"), ("duration", "P1Y", "1 il"),
      ("duration", "P6M", "6 ayda")]),
    # audit 12: "-dəkindən"/"-dəkinə" after a year word ("than 2024's"), and the "-lik/-lıq" adjective of
    # litre and kilogram.
    ("Qiymət 2024-cü ildəkindən 10 faiz yüksəkdir.",
     [("date", "2024", "2024-cü ildəkindən"), ("percent", "10", "10 faiz")]),
    ("Qiymət ötən ildəkindən 3 faiz, məhsul isə bu ildəki plandan 2% çoxdur.",
     [("date", "2024", "ötən ildəkindən"), ("percent", "3", "3 faiz"), ("date", "2025", "bu ildəki"),
      ("percent", "2", "2%")]),
    ("Süd 0,5 litrlik qablarda, un isə 50 kiloqramlıq kisələrdə satılır.",
     [("quantity", "0.5 l", "0,5 litrlik"), ("quantity", "50 kg", "50 kiloqramlıq")]),
    # audit 13: the comment count in brackets and the view count written after its number; the
    # other forms of "baxış" stay figures.
    ("Təhsil · 17:50 · 4 302 baxış | Şərhlər (7) | Şərh (2)", []),
    ("Videonun baxışları 2 dəfə artıb.", [("number", "2", "2")]),
    # audit 14: working days ("iş günü") are days, as Russian "рабочих дней" are.
    ("Müraciətlərə 15 iş günü ərzində, ödənişə isə 5 iş gününədək baxılacaq.",
     [("duration", "P15D", "15 iş günü"), ("duration", "P5D", "5 iş gününədək", "at_most")]),
    ("Şirkətdə 15 işçi çalışır.", [("number", "15", "15")]),
    # audit 15: "-dan yuxarıdır" (is above) and "-dan aşağı deyil" / "aşağı olmayan" (not below: at least).
    ("Qiyməti 30 min manatdan yuxarıdır, maaş isə 500 manatdan aşağı deyil.",
     [("money", "30000 AZN", "30 min manatdan", "over"), ("money", "500 AZN", "500 manatdan", "at_least")]),
    ("Maaşı 800 manatdan aşağı olmayan işçilər, qiyməti 10 manatdan aşağıdır.",
     [("money", "800 AZN", "800 manatdan", "at_least"), ("money", "10 AZN", "10 manatdan", "under")]),
    # audit 17: seconds are no figure, as minutes; "əvvəlki il" (the previous year) counts from a year
    # written before it in the sentence, else from the reference year.
    ("Qatarlar arasında interval 90 saniyəyə qədər azalır, bilet 40 qəpikdir.",
     [("money", "0.4 AZN", "40 qəpikdir")]),
    ("İxrac əvvəlki ilin müvafiq dövrü ilə müqayisədə 1,4 dəfə çoxdur.",
     [("date", "2024", "əvvəlki ilin"), ("number", "1.4", "1,4")]),
    ("2023-cü ildə ixrac əvvəlki illə müqayisədə 5% artıb.",
     [("date", "2023", "2023-cü ildə"), ("date", "2022", "əvvəlki illə"), ("percent", "5", "5%")]),
    # audit 17: relative quarters: last and next quarter; a bare "ötən rüb" is a quarter century
    ("Ötən rübdə ixrac 5% artıb, gələn rübdə qiymət artacaq.",
     [("period", "2025-07/2025-09", "Ötən rübdə"), ("percent", "5", "5%"),
      ("period", "2026-01/2026-03", "gələn rübdə")]),
    ("Ötən rüb əsr ərzində şəhər dəyişdi.", []),
    # audit 20: relative half years: last, this and next half year.
    ("Ötən yarımillikdə ixrac artıb, cari yarımilliyin planı yerinə yetirilib, gələn yarımillikdə qiymətlər qalxacaq.",
     [("period", "2025-01/2025-06", "Ötən yarımillikdə"), ("period", "2025-07/2025-12", "cari yarımilliyin"),
      ("period", "2026-01/2026-06", "gələn yarımillikdə")]),
    # audit 23: the frost word with "from"/"to" endings ("şaxtadan", "şaxtaya", "şaxtayadək") is below zero too
    ("Gecə havanın temperaturu 2 dərəcə şaxtadan 5 dərəcəyədək isti olacaq.",
     [("number", "-2", "2 dərəcə şaxtadan"), ("number", "5", "5")]),
    ("Yüksək dağlıq ərazilərdə 9 dərəcə şaxtaya qədər soyuq olacaq.",
     [("number", "-9", "9 dərəcə şaxtaya", "at_most")]),
    ("Zirvədə gecə 11 dərəcə şaxtayadək soyuq olacaq.", [("number", "-11", "11 dərəcə şaxtayadək", "at_most")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_az(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "az") == expected


def test_relative_dates_need_a_reference() -> None:
    assert brief("Bu il və gələn il, noyabrda.", "az", reference_date=None) == []


CHANGES = [
    ("Qiymətlər 15 faiz artıb, işsizlik 10%-dən azdır.", [("15 faiz", "increase"), ("10%-dən", None)]),
    ("Ötən ilin eyni dövrü ilə müqayisədə ÜDM 1,2 faiz artıb.", [("1,2 faiz", "increase")]),
    ("Neft hasilatı 3,5 faiz azalıb.", [("3,5 faiz", "decrease")]),
    ("ÜDM-in artımı 4,1 faiz təşkil edib.", [("4,1 faiz", "increase")]),
    ("Qeyri-neft sektorunda əlavə dəyər 3 faizdən çox artıb.", [("3 faizdən", "increase")]),
    ("Ticarət dövriyyəsi 12 faiz artaraq 5,2 milyard dollara çatıb.",
     [("12 faiz", "increase"), ("5,2 milyard dollara", None)]),
    # A figure in the dative is the level reached: "5,5%-ə düşüb" fell to 5.5%.
    ("Uçot dərəcəsi 0,25 faiz bəndi azaldılıb, 7,25 faizə endirilib.",
     [("0,25 faiz bəndi", "decrease"), ("7,25 faizə", None)]),
    ("Taxıl istehsalı 10 faiz azalaraq 2,8 milyon tona düşüb.", [("10 faiz", "decrease"), ("2,8 milyon tona", None)]),
    ("Brent markalı neftin bir bareli 1,2 dollar ucuzlaşaraq 65 dollara düşüb.",
     [("1,2 dollar", "decrease"), ("65 dollara", None)]),
    ("İnflyasiya 4,5%-ə qədər yüksəlib, xidmətlər 9,4%-dən çox bahalaşıb.",
     [("4,5%-ə", None), ("9,4%-dən", "increase")]),
    ("İşsizlik səviyyəsi 5,5%-ə düşüb, aksiz dərəcələri 10-15 faiz artırılacaq.",
     [("5,5%-ə", None), ("10", "increase"), ("15 faiz", "increase")]),
    ("Mərkəzi Bank uçot dərəcəsini 7 faizdə saxlayıb.", [("7 faizdə", None)]),
    # "artıq" (more than) and "ötüb" (exceeded) are no increase.
    ("Layihələrə çəkilən xərclər 300 milyon manatdan artıq olub.", [("300 milyon manatdan", None)]),
    ("Dövlət Neft Fondunun aktivləri 70 milyard ABŞ dollarını ötüb.", [("70 milyard ABŞ dollarını", None)]),
    ("Qiymətlər 5-7 faiz artıb.", [("5", "increase"), ("7 faiz", "increase")]),
    # audit round 8: "qalxıb" (rose), "qaldırılıb" (raised); "uzadılıb" (extended) keeps "3 aya qədər" a level
    ("Gediş haqqı 10 qəpik qalxıb, tariflər 15 faiz qaldırılıb.", [("10 qəpik", "increase"), ("15 faiz", "increase")]),
]

RANGES = [
    ("Qiymətlər 5-7 faiz artıb.", [("5", "5-7 faiz"), ("7 faiz", "5-7 faiz")]),
    ("İnvestisiyalar 2-3 milyard dollar təşkil edəcək.",
     [("2", "2-3 milyard dollar"), ("3 milyard dollar", "2-3 milyard dollar")]),
    ("Taxıl istehsalı 3-3,5 milyon ton olacaq.", [("3", "3-3,5 milyon ton"), ("3,5 milyon ton", "3-3,5 milyon ton")]),
    ("Məhsuldarlıq hektardan 30–35 sentner olacaq.", [("30", "30–35 sentner"), ("35 sentner", "30–35 sentner")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_az_changes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text, "az") == expected


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_az_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert ranges(text, "az") == expected
