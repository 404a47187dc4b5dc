"""English: exact values for every kind of figure the core recognises."""

from __future__ import annotations

import pytest
from helpers import brief

import cisfacts

#: The first three months as CLDR writes them in dates (checked in test_langdata).
FIRST_MONTHS = ("January", "February", "March")

CASES = [
    # whole-page audit 3: footer addresses and postcodes are no figures
    ("Address: 100011, Tashkent; postcode 050010.", []),
    # session audit: a month-first date after a preposition, a quarter of a relative year
    ("Prices will rise from January 1, 2026 and stay until March 31.",
     [("date", "2026-01-01", "January 1, 2026"), ("date", "2026-03-31", "March 31")]),
    # a deadline with no year that passed more than four months ago is next year's
    ("Applications will be accepted until January 15; the offer runs till 20 December.",
     [("date", "2026-01-15", "January 15"), ("date", "2025-12-20", "20 December")]),
    ("Growth slowed in the third quarter of last year.", [("period", "2024-07/2024-09", "third quarter of last year")]),
    ("Trade reached $3.2 billion, up 9.4 percent, and EUR 350 million.",
     [("money", "3200000000 USD", "$3.2 billion"), ("percent", "9.4", "9.4 percent"),
      ("money", "350000000 EUR", "EUR 350 million")]),
    ("Revenue rose to 143,000 and 480.63 and 1.200.000 units.",
     [("number", "143000", "143,000"), ("number", "480.63", "480.63"), ("number", "1200000", "1.200.000")]),
    ("2 million people waited five years and 10 days.",
     [("number", "2000000", "2 million"), ("duration", "P5Y", "five years"), ("duration", "P10D", "10 days")]),
    ("Two hundred and fifty thousand people; twenty-five; one of them.",
     [("number", "250000", "Two hundred and fifty thousand"), ("number", "25", "twenty-five")]),
    ("On October 10, 2025 and 10 October 2025 and 2025-10-10.",
     [("date", "2025-10-10", "October 10, 2025"), ("date", "2025-10-10", "10 October 2025"),
      ("date", "2025-10-10", "2025-10-10")]),
    ("In 2024 exports grew; in September 2024 they fell; in May prices rose.",
     [("date", "2024", "2024"), ("date", "2024-09", "September 2024"), ("date", "2025-05", "May")]),
    ("first half of 2025, Q3 2025 and the third quarter of 2024",
     [("period", "2025-01/2025-06", "first half of 2025"), ("period", "2025-07/2025-09", "Q3 2025"),
      ("period", "2024-07/2024-09", "third quarter of 2024")]),
    ("From March 1 to April 15, 2024; between 2019 and 2021; the first nine months of 2025; March 1st, 2024",
     [("period", "2024-03-01/2024-04-15", "From March 1 to April 15, 2024"),
      ("period", "2019/2021", "between 2019 and 2021"),
      ("period", "2025-01/2025-09", "first nine months of 2025"), ("date", "2024-03-01", "March 1st, 2024")]),
    ("the first nine months of last year", [("period", "2024-01/2024-09", "first nine months of last year")]),
    ("last year, this year and next year",
     [("date", "2024", "last year"), ("date", "2025", "this year"), ("date", "2026", "next year")]),
    ("More than 2 billion dollars, about 5%, at least 3 years, up to 10 percent, less than 1 million euros.",
     [("money", "2000000000 USD", "2 billion dollars", "over"), ("percent", "5", "5%", "approx"),
      ("duration", "P3Y", "3 years", "at_least"), ("percent", "10", "10 percent", "at_most"),
      ("money", "1000000 EUR", "1 million euros", "under")]),
    ("GDP rose to 8%.", [("percent", "8", "8%")]),
    ("negative five hundred and four, zero inflation, minus 1,200,000",
     [("number", "-504", "negative five hundred and four"), ("number", "0", "zero"),
      ("number", "-1200000", "minus 1,200,000")]),
    # ("TOP 10" is no money in paʻanga, and a label of capitals and a number, like "WTA 1000", is no figure)
    ("USD3.14, 42 QAR, $5M, TOP 10 firms", [("money", "3.14 USD", "USD3.14"), ("money", "42 QAR", "42 QAR"),
                                         ("money", "5000000 USD", "$5M")]),
    ("$5m, £10m, $500k, $2-3m, a 5 m wall",
     [("money", "5000000 USD", "$5m"), ("money", "10000000 GBP", "£10m"), ("money", "500000 USD", "$500k"),
      ("money", "2000000 USD", "$2"), ("money", "3000000 USD", "3m"), ("quantity", "5 m", "5 m")]),
    ("five million yen fell -5%", [("money", "5000000 JPY", "five million yen"), ("percent", "-5", "-5%")]),
    ("5-7% and 2-3 billion dollars",
     [("percent", "5", "5"), ("percent", "7", "7%"), ("money", "2000000000 USD", "2"),
      ("money", "3000000000 USD", "3 billion dollars")]),
    ("3.5bn roubles, GBP 10 million and 100 tenge",
     [("money", "3500000000 RUB", "3.5bn roubles"), ("money", "10000000 GBP", "GBP 10 million"),
      ("money", "100 KZT", "100 tenge")]),
    ("on Oct. 10, on Jan. 1, 2026 and 10 Oct. 2025",
     [("date", "2025-10-10", "Oct. 10"), ("date", "2026-01-01", "Jan. 1, 2026"),
       ("date", "2025-10-10", "10 Oct. 2025")]),
    ("topped $5 billion; as much as 3%; 1.2 billion manat and 80 million lari; in the 1990s; In 2023-24",
     [("money", "5000000000 USD", "$5 billion", "over"), ("percent", "3", "3%", "at_most"),
      ("money", "1200000000 AZN", "1.2 billion manat"), ("money", "80000000 GEL", "80 million lari"),
      ("period", "1990/1999", "1990s"), ("period", "2023/2024", "2023-24")]),
    ("at 3 p.m.; Resolution 245; Law 15/2020; Almaty 050010; beat Sheriff 2-1; the score 3-0", []),
    ("Call +7 701 123 45 67 or see No. 245 at 10:30; COVID-19; the 2nd; G20.", []),
    # currencies of the region as English-language news writes them
    ("The average monthly salary in Kyrgyzstan amounted to 37,850 soms.", [("money", "37850 KGS", "37,850 soms")]),
    ("Uzbekistan's average wage reached 6.4 million som, or 300 million Uzbek soums, 2.5 trillion sums.",
     [("money", "6400000 UZS", "6.4 million som"), ("money", "300000000 UZS", "300 million Uzbek soums"),
      ("money", "2500000000000 UZS", "2.5 trillion sums")]),
    ("The minimum wage in Turkmenistan is 1,470 manats.", [("money", "1470 TMT", "1,470 manats")]),
    ("Azerbaijan will buy Turkmen gas for 1 billion manats.", [("money", "1000000000 AZN", "1 billion manats")]),
    ("Moldova's central bank lent 100 million lei.", [("money", "100000000 MDL", "100 million lei")]),
    ("500 Turkish liras, 50 million lira, 5 billion Kazakh tenge, 22 Belarusian roubles and 24 hryvnya",
     [("money", "500 TRY", "500 Turkish liras"), ("money", "50000000 TRY", "50 million lira"),
      ("money", "5000000000 KZT", "5 billion Kazakh tenge"), ("money", "22 BYN", "22 Belarusian roubles"),
      ("money", "24 UAH", "24 hryvnya")]),
    ("Call the hotline 1414, dial 112 or phone 555 1234.", []),
    ("in late September, in early October, at the end of August",
     [("date", "2025-09", "September"), ("date", "2025-10", "October"), ("date", "2025-08", "August")]),
    ("before March 1, 2026 and after March 5",
     [("date", "2026-03-01", "March 1, 2026"), ("date", "2025-03-05", "March 5")]),
    # second news audit: "Part" is a reference; hotlines; "trln"; "exceed", "estimated at"
    ("He got 9 years under Part 4 of Article 189 of the Criminal Code.", [("duration", "P9Y", "9 years")]),
    ("Call the hotline at 1414 or the helpline 1003.", []),
    ("Revenues reached KZT 2 trln, and investment is expected to exceed $5 billion.",
     [("money", "2000000000000 KZT", "KZT 2 trln"), ("money", "5000000000 USD", "$5 billion", "over")]),
    ("Gold reserves are estimated at 2,500 tons.", [("quantity", "2500 t", "2,500 tons", "approx")]),
    # "road", "street", "avenue" and "St." are no street before a number
    ("The road will be 38.5 km long; road construction of 1,200 km is planned.",
     [("quantity", "38.5 km", "38.5 km"), ("quantity", "1200 km", "1,200 km")]),
    ("The forum opens in St. Petersburg on June 18 and is an avenue for deals worth 5 billion dollars.",
     [("date", "2025-06-18", "June 18"), ("money", "5000000000 USD", "5 billion dollars")]),
    # held-out page audit 5: office numbers, ages and a lower-case "str." after the house number give no figure;
    # "pp" percentage points; hours and minutes are times, as in every other language; negated bounds
    ("Kabanbay Batyr Ave. 6/3, office 84; AZ1000, Baku, 31 Uzeyir Hajibeyov str.; a defendant aged 45.", []),
    ("The rate rose by 0.5 pp to 12.5%, or 1.2 p.p. above the 0.3 ppt gap.",
     [("percent", "0.5", "0.5 pp"), ("percent", "12.5", "12.5%"), ("percent", "1.2", "1.2 p.p."),
      ("percent", "0.3", "0.3 ppt")]),
    ("Posted 3 hours ago; a 5 min read; the talks lasted 2 hours and 30 minutes.", []),
    ("No fewer than 300 people, not less than 10%, not more than 15%, a deficit that will not exceed 3%, "
     "a fine not exceeding 2 million tenge.",
     [("number", "300", "300", "at_least"), ("percent", "10", "10%", "at_least"), ("percent", "15", "15%", "at_most"),
      ("percent", "3", "3%", "at_most"), ("money", "2000000 KZT", "2 million tenge", "at_most")]),
    ("A maximum of 20 days, a minimum of 5 years, upward of 500, surpassing $10 billion, approx. 50 tonnes, "
     "circa 300 and in the region of $2 billion.",
     [("duration", "P20D", "20 days", "at_most"), ("duration", "P5Y", "5 years", "at_least"),
      ("number", "500", "500", "over"), ("money", "10000000000 USD", "$10 billion", "over"),
      ("quantity", "50 t", "50 tonnes", "approx"), ("number", "300", "300", "approx"),
      ("money", "2000000000 USD", "$2 billion", "approx")]),
    # held-out page audit 6: the hundredths of the region's currencies; "bani" are Moldovan in Moldova;
    # "the first nine months" with no year are this year's
    ("The tariff rises to 9.5 qapiks per kWh, bread costs 30 kopecks and a bus ride 80 tiyn.",
     [("money", "0.095 AZN", "9.5 qapiks"), ("money", "0.3 RUB", "30 kopecks"), ("money", "0.8 KZT", "80 tiyn")]),
    ("In Chisinau a loaf costs 50 bani; in London, 5 pence.",
     [("money", "0.5 MDL", "50 bani"), ("money", "0.05 GBP", "5 pence")]),
    ("Investment in the first nine months totaled $412 million.",
     [("period", "2025-01/2025-09", "nine months"), ("money", "412000000 USD", "$412 million")]),
    # held-out page audit 8: tonnes of uranium, million cubic metres of gas, "mid-October", "a decade"
    ("Output of 25,000 to 26,500 tU, down from 19,240 tU; imports of 10 mcm per day.",
     [("quantity", "25000 t", "25,000"), ("quantity", "26500 t", "26,500 tU"), ("quantity", "19240 t", "19,240 tU"),
      ("quantity", "10000000 m3", "10 mcm")]),
    ("It opens in mid-October and closes by mid-March 2026, for the first time in a decade.",
     [("date", "2025-10", "mid-October"), ("date", "2026-03", "mid-March 2026"), ("duration", "P10Y", "a decade")]),
    # held-out page audit 7: an aircraft model is no figure
    ("The airline expects four more A320neo jets and two Boeing 787-8 Dreamliners, after a Boeing 737 order.",
     [("number", "4", "four"), ("number", "2", "two")]),
    # held-out page audit 9: possessive relative years; "for" and "week of" before a lone month; the "Views:"
    # counter of page chrome and the age limits of pension news give no figure
    ("Surpassing last year's total of 261,000 tons, this year's budget and next year's plan.",
     [("date", "2024", "last year's"), ("quantity", "261000 t", "261,000 tons"), ("date", "2025", "this year's"),
      ("date", "2026", "next year's")]),
    ("The first reading is scheduled for mid-November and the vote for December; it ends in the last week of "
     "October.",
     [("date", "2025-11", "mid-November"), ("date", "2025-12", "December"), ("date", "2025-10", "October")]),
    ("Views: 2,317. Pensioners under 70 will receive GEL 450, children under 7 travel free, people over 60 too.",
     [("money", "450 GEL", "GEL 450")]),
    ("Grape procurement nears 300,000 tons; inflation is nearing 10%.",
     [("quantity", "300000 t", "300,000 tons", "approx"), ("percent", "10", "10%", "approx")]),
    # held-out page audit 10: a length "per second" or "an hour" is a speed; "Ave" and "Blvd" without their dot
    # after a street name in a footer
    ("Wind gusts of up to 15 meters per second; trains run at 120 kilometers an hour, and the 300 metres of track.",
     [("number", "15", "15", "at_most"), ("number", "120", "120"), ("quantity", "300 m", "300 metres")]),
    ("GEORGIA TODAY | 7 Ilia Chavchavadze Ave, Tbilisi 0179 | Baku, 12 Abay Blvd | built 5 km of road",
     [("quantity", "5 km", "5 km")]),
    # held-out page audit 11: an eye sign before a view counter of page chrome
    ("DUSHANBE, 10.10.2025 09:15 | 👁 1 547 | 👁 12,048 | sent home $3.87 billion",
     [("date", "2025-10-10", "10.10.2025"), ("money", "3870000000 USD", "$3.87 billion")]),
    # held-out page audit 12: a view counter after its number and a comment counter of page chrome
    ("Astana, 10.10.2025 · 14:35 · 1,947 views | 👁 1 208 | 💬 14 | 2.5 million tonnes",
     [("date", "2025-10-10", "10.10.2025"), ("quantity", "2500000 t", "2.5 million tonnes")]),
    # held-out page audit 13: the end or the middle of a month as a deadline is the next one (read in October);
    # "no later than" before a day too, and before a figure it bounds it
    ("The winner is to be named before the end of January, the design approved by the end of November and "
     "by the middle of May, with bids due no later than February 10 and works to take no later than 5 days.",
     [("date", "2026-01", "January"), ("date", "2025-11", "November"), ("date", "2026-05", "May"),
      ("date", "2026-02-10", "February 10"), ("duration", "P5D", "5 days", "at_most")]),
    # held-out page audit 14: "Formula 1" in a site's menu is a name, not a count
    ("Football | Formula 1 | Tennis | the team scored 3 goals in 2 matches",
     [("number", "3", "3"), ("number", "2", "2")]),
    # held-out page audit 15: a Moldovan postcode is no year; "N-square-meter" adjectives are areas
    ("IPN | MD-2068, Chisinau, 18 Alba Iulia St. | a strategy to 2030",
     [("date", "2030", "2030")]),
    ("A 60-square-meter flat in a 2-square-kilometre district, and 1.43 million square meters of housing.",
     [("quantity", "60 m2", "60-square-meter"), ("quantity", "2 km2", "2-square-kilometre"),
      ("quantity", "1430000 m2", "1.43 million square meters")]),
    # held-out page audit 16: a hotline "by phone at" is no figure, a phone's price is
    ("Proposals can be sent by phone at 1006 or by telephone at 1414; the phone sold at $999.",
     [("money", "999 USD", "$999")]),
    # audit 20: relative half years written without the hyphen, and "the current half-year"
    ("Sales fell 4% last half year, and the current half-year looks better; the last half of the match was dull.",
     [("percent", "4", "4%"), ("period", "2025-01/2025-06", "last half year"),
      ("period", "2025-07/2025-12", "the current half-year")]),
    # audit 21: "Class 2", "Category 3" name a grade, no count; "16 px" is a font size in page chrome
    ("Only Class 2 wheat was sold after a Category 3 storm hit 4 towns. | + − 16 px",
     [("number", "4", "4")]),
    # audit 20: "millionth", "thousandth": an ordinal, no number
    ("Samarkand received its 1.5 millionth visitor and its 500 thousandth car; 2 million visitors came.",
     [("number", "2000000", "2 million")]),
    # audit 23: an age written with a space ("19-year old", "45 years old") is no duration
    ("A 19-year old driver and his 45 years old passenger were fined $300.", [("money", "300 USD", "$300")]),
    ("The bond matures in 10 years, a 3-year deal.", [("duration", "P10Y", "10 years"), ("duration", "P3Y", "3-year")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_en(text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, "en") == expected


def test_en_headline_is_detected() -> None:
    # "sh" of a city's name is no Uzbek word: "court", "years" decide
    assert cisfacts.detect_language("Tashkent court sentences ex-deputy governor to 12 years") == "en"


def test_en_ages_are_no_figure() -> None:
    # "ages 18 to 25", "under age 5": ages give no fact
    assert brief("Most applicants were ages 18 to 25, children under age 5 travel free, and 40 buses were added.",
                 "en") == [("number", "40", "40")]
