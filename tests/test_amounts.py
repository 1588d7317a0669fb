"""Amount recognition and tolerance bands: what an editor sees in a report."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import AmountValue
from factcheck.normalise.amounts import REL_TOLERANCE, find_amounts, parse_amount
from factcheck.normalise.amounts.units import to_base


def amount(words: str) -> AmountValue:
    value = parse_amount(words)
    assert value is not None, words
    return value


def only(text: str):
    mentions = find_amounts(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit", "kind"),
    [
        ("Trade reached about $34 million in 2023.", "about $34 million", 34e6, "USD", "money"),
        ("The stadium held nearly 130,000 fans.", "nearly 130,000", 130000, None, "count"),
        ("Ties go back over eight decades.", "over eight decades", 8, "decade", "duration"),
        ("A crowd of 1,32,000 gathered.", "1,32,000", 132000, None, "count"),
        ("The bill came to £59.4billion.", "£59.4billion", 59.4e9, "GBP", "money"),
        ("A loan of US$1.1 billion was agreed.", "US$1.1 billion", 1.1e9, "USD", "money"),
        ("The IMF approved SDR 760 million.", "SDR 760 million", 760e6, "SDR", "money"),
        ("A 6.5-magnitude quake struck.", "6.5-magnitude", 6.5, "magnitude", "measure"),
        ("The road is 370km long.", "370km", 370, "km", "measure"),
        ("He got a 37-month sentence.", "37-month", 37, "month", "duration"),
        ("Turnout was 40%.", "40%", 40, "percent", "percent"),
        ("Turnout was 40 per cent.", "40 per cent", 40, "percent", "percent"),
        ("It took 12, or 13 years.", "12, or 13 years", 12.5, "year", "duration"),
        ("Projects worth Rs 1,200 crore.", "Rs 1,200 crore", 1.2e10, "PKR", "money"),
        ("The ride is 277 miles.", "277 miles", 277, "mile", "measure"),
        # digits that already reach the scale word after them: a slip, not 8.8 trillion
        ("Tinubu won 8,794,726 million votes.", "8,794,726 million", 8794726, None, "count"),
        ("It cost 1,000 million dollars.", "1,000 million dollars", 1e9, "USD", "money"),
        ("The trial took more than a year.", "more than a year", 1, "year", "duration"),
        # "a" is one unit of time when a verb or "for" takes it as a length
        ("The storm lasted a week.", "a week", 1, "week", "duration"),
        ("He was jailed for a year.", "a year", 1, "year", "duration"),
        ("He spent a month in hospital.", "a month", 1, "month", "duration"),
        ("The talks took a day.", "a day", 1, "day", "duration"),
        # how many times, said in one word
        ("He was shot twice.", "twice", 2, None, "count"),
    ],
)
def test_finds_news_amounts(sentence, span, value, unit, kind):
    mention = only(sentence)
    assert mention.text == span
    assert sentence[mention.start : mention.end] == span
    assert math.isclose(mention.amount.value, value)
    assert mention.amount.unit == unit
    assert mention.amount.kind == kind


def test_counted_noun():
    assert only("The stadium held nearly 130,000 fans.").noun == "fans"
    assert only("Some 3,000 troops left.").noun == "troops"
    assert only("It lasted eight decades.").noun == "decades"


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit was held in 2023.",
        "He waited a day before he spoke.",  # "a" is one only where a hedge or "of" says so
        "She finished fifth and then 23rd.",
        "The meeting began at 4:30 p.m. on Monday.",
        "Arsenal lost 3-55 on aggregate.",
        "Call +92 51 9201111 for details.",
        "The visit ends on October 15.",
        "It was signed on 15 October 2024.",
        "COVID-19 reached Section 427 in 2020-21.",
        "Anyone with information may call police at 704-866-3320.",
        "Tips go to Crime Stoppers at (704) 861-8000.",
        "Call Erie Police at 870-1120 with information.",
        "No calls were made to 911 before the shooting.",
        "He typically heads home around 8 or 9 p.m.",
        "The shooting happened between 10 and 11 p.m. on Sunday.",
        "The shooting happened in the 600 block of Curtis Drive.",
        "He drove off after the shooting.[9][27] Police arrived later.",
        "The manifesto was read widely.[9]:7",
        # a unit of time that is no length, a multiple, a rate
        "Police are searching for a week-old baby.",
        "The storm hit a year ago.",
        "The new hall is twice the size.",
        "Smith trained twice a week.",
    ],
)
def test_not_amounts(sentence):
    assert find_amounts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Between 800-1200 people attended the vigil.", 1000.0),  # a range, not a phone
        ("The 911 victims were remembered.", 911.0),
        ("They walked two blocks south.", 2.0),
        ("A 911 caller said three men fled.", 3.0),
        ("He killed six people.[37] Police said so.", 6.0),  # the reference mark is no amount
    ],
)
def test_numbers_near_phones_and_clocks_stay_amounts(sentence, value):
    assert [m.amount.value for m in find_amounts(sentence)] == [value]


def test_word_numbers():
    assert amount("seven").value == 7
    assert amount("two and a half years").value == 2.5
    # the same words hyphened onto what they measure
    assert (
        amount("a two-and-a-half-year deal").value,
        amount("a two-and-a-half-year deal").unit,
    ) == (2.5, "year")
    assert amount("three-and-a-quarter hours").value == 3.25
    assert amount("two-and-a-half million").value == 2_500_000
    assert amount("a dozen").value == 12
    assert amount("twenty-one").value == 21
    assert amount("a hundred and two").value == 102
    assert amount("two thousand and five").value == 2005
    # "and" joins number words only into one number: "eight and fourteen" are two
    between = amount("between three and seven percent")
    assert (between.low, between.high, between.unit) == (3, 7, "percent")


def test_hedge_bands():
    about = amount("about $120 million")
    assert about.low == pytest.approx(120e6 * (1 - REL_TOLERANCE))
    # a hedge on a figure stated to its last unit is no vaguer than that unit
    assert (amount("about $126 million").low, amount("about $126 million").high) == (125e6, 127e6)
    assert (amount("an estimated 97").low, amount("an estimated 97").high) == (96, 98)
    over = amount("more than 100")
    assert over.low == 100 and over.low_open and over.high == 200  # not past twice the figure
    at_least = amount("at least 100")
    assert at_least.low == 100 and not at_least.low_open and at_least.high is None
    nearly = amount("nearly 8")
    assert nearly.high == 8 and nearly.high_open and nearly.low == pytest.approx(7.6)
    up_to = amount("as many as seven")
    assert up_to.high == 7 and not up_to.high_open and up_to.low is None
    under = amount("fewer than 50")
    assert under.high == 50 and under.high_open and under.low is None


def test_rounding_precision():
    billion = amount("$1.1 billion")
    assert (billion.low, billion.high) == pytest.approx((1.05e9, 1.15e9))
    assert billion.high_open
    exact = amount("1,891")
    assert (exact.low, exact.high) == (1890.5, 1891.5)


@pytest.mark.parametrize(
    ("left", "right", "agree"),
    [
        ("about $126 million", "approximately $127 million", True),
        ("$34 million", "$127 million", False),
        ("nearly eight decades", "over eight decades", False),
        ("over 100,000", "nearly 130,000", True),
        ("$1.1 billion", "$1.03 billion", False),
        ("$69 billion", "$68.7 billion", True),
    ],
)
def test_overlaps(left, right, agree):
    assert amount(left).overlaps(amount(right)) is agree
    assert amount(right).overlaps(amount(left)) is agree


def test_to_base_compares_units():
    value, _low, _high, unit = to_base(amount("eight decades"))
    assert unit == "second"
    assert value == pytest.approx(to_base(amount("80 years"))[0])
    km = to_base(amount("370km"))
    assert km[3] == "m" and km[0] == 370000


numbers = st.floats(min_value=0.01, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2))


def plain(value: float) -> str:
    """A number as a reporter writes it: "1,250.5", never "1.25e+03"."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@given(numbers)
def test_about_band_is_symmetric(value):
    band = amount(f"about {plain(value)}")
    assert band.low is not None and band.high is not None
    assert band.value - band.low == pytest.approx(band.high - band.value)


@given(st.integers(min_value=1, max_value=10**7), st.floats(min_value=1.0, max_value=4.0))
def test_more_than_agrees_with_figures_up_to_twice_its_own(value, ratio):
    over = amount(f"more than {value:,}")
    above = value * ratio
    assert (over.low < above <= over.high) == (ratio <= 2 and above > value)


@given(st.integers(min_value=1, max_value=10**7))
def test_about_band_is_at_most_five_percent_and_at_least_the_last_digit(value):
    band = amount(f"about {value:,}")
    width = band.high - band.value
    last_digit = 10 ** (len(str(value)) - len(str(value).rstrip("0")))
    assert width <= max(REL_TOLERANCE * value, 0.5) + 1e-9
    assert width >= min(REL_TOLERANCE * value, last_digit) - 1e-9


@given(
    numbers,
    st.sampled_from(
        ["", "about ", "more than ", "at least ", "nearly ", "up to ", "under ", "some ", "almost "]
    ),
)
def test_band_contains_value(value, hedge):
    band = amount(f"{hedge}{plain(value)}")
    strict_edge = (band.low_open and band.low == band.value) or (
        band.high_open and band.high == band.value
    )
    low = band.low if band.low is not None else -math.inf
    high = band.high if band.high is not None else math.inf
    assert low <= band.value <= high
    if not strict_edge:
        assert not (band.high_open and band.high == band.value)


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(
        [
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("mn", 1e6),
            ("bn", 1e9),
            ("crore", 1e7),
            ("lakh", 1e5),
        ]
    ),
)
def test_scaling_invariance(number, scale):
    word, factor = scale
    assert amount(f"${number} {word}").value == pytest.approx(number * factor)
    assert amount(f"{number} {word} people").value == pytest.approx(number * factor)


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    for mention in find_amounts(text):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "2,5",
                "$",
                "US",
                "-",
                "to",
                "and",
                "between",
                "or",
                ",",
                "million",
                "k",
                "m",
                "%",
                "about",
                "nearly",
                "one",
                "a",
                "dozen",
                "half",
                "/",
                ":",
                ".",
                "thousands",
                "of",
                "years",
                "old",
                "£",
                "Rs",
                ".",
                "+",
                "plus",
                "km",
                "°",
                "C",
                " ",
                "1/2",
                "½",
                "2023",
                "May",
            ]
        ),
        max_size=12,
    )
)
def test_number_soup_never_raises(parts):
    text = " ".join(parts)
    for mention in find_amounts(text):
        assert mention.start < mention.end
        assert text[mention.start : mention.end] == mention.text


def test_change_from_to_keeps_two_amounts():
    first, second = find_amounts("Revenue rose from $6.78 billion to $7.36 billion.")
    assert (first.role, second.role) == ("from", "to")
    assert first.amount.unit == second.amount.unit == "USD"
    bare, measured = find_amounts("Valve lift was increased from 13.5 to 14.0 mm.")
    assert bare.amount.unit == measured.amount.unit == "mm"


def test_vague_plurals_and_scale_letters():
    crowd = only("Thousands of people marched.")
    assert (crowd.amount.low, crowd.amount.high) == (1000, 10000)
    assert crowd.noun == "people"
    assert only("It sold 2.7m copies.").amount.value == 2.7e6
    assert only("He won the 100m sprint.").amount.unit == "m"
    assert only("A PS2.7m package.").amount.unit == "GBP"


def test_head_noun_skips_modifiers():
    assert only("There are four different bosses.").noun == "bosses"
    assert only("They gave up 517 rushing yards.").amount.unit == "yard"


@given(st.integers(0, 199), st.integers(0, 199))
def test_a_hyphen_pair_falling_or_level_is_a_score_and_rising_is_a_range(
    first: int, second: int
) -> None:
    found = find_amounts(f"They won a {first}-{second} victory over 40 rivals.")
    pairs = [m for m in found if m.text != "over 40"]
    if second <= first:
        assert pairs == []
    else:
        assert [(m.amount.low, m.amount.high) for m in pairs] == [(first, second)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$10-$15 million", 10e6, 15e6),
        ("$10 to $15 million", 10e6, 15e6),
        ("10-15 million people", 10e6, 15e6),
    ],
)
def test_a_range_takes_the_scale_of_its_second_end(text: str, low: float, high: float) -> None:
    stated = amount(text)
    assert (stated.low, stated.high) == (low, high)


@pytest.mark.parametrize(
    "text", ["He turned 60 last week.", "They sold 300 last year.", "It rose 12 every month."]
)
def test_a_time_word_after_a_count_is_a_date_not_its_unit(text: str) -> None:
    mention = only(text)
    assert (mention.amount.kind, mention.noun) == ("count", None)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("A $5 bill.", "$5", 5, "USD"),  # the article, not Australian dollars
        ("They paid A$50m.", "A$50m", 50e6, "AUD"),
        ("A $1.5-billion deal.", "$1.5-billion", 1.5e9, "USD"),
        ("a $10-million fine", "$10-million", 10e6, "USD"),
    ],
)
def test_signs_and_hyphenated_scales(text: str, span: str, value: float, unit: str) -> None:
    mention = only(text)
    assert (mention.text, mention.amount.value, mention.amount.unit) == (span, value, unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a nation's currency by its name, with no pair for it in the tables
        ("Shares hit 38.60 Saudi riyals.", "38.60 Saudi riyals", "SAR"),
        ("It cost 100 Omani rials.", "100 Omani rials", "OMR"),
        ("It cost 300 Qatari riyals.", "300 Qatari riyals", "QAR"),
        ("The fare is 40 Jordanian dinars.", "40 Jordanian dinars", "JOD"),
        ("Three Saudi royals were held.", "Three", None),  # royals are no rials
        ("Two Iranian rivals met on Monday.", "Two", None),  # nor are rivals
    ],
)
def test_a_currency_named_with_its_nation(text: str, span: str, unit: str | None) -> None:
    mention = only(text)
    assert (mention.text, mention.amount.unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("4km^3 of ice", "km3"),
        ("4 km cubed of ice", "km3"),
        ("4 cubic kilometers of ice", "km3"),
        ("4km^2 of land", "km2"),
        ("4 km squared of land", "km2"),
        ("The door is 2 1/2 in thick.", "inch"),
        ("The pencil is 2 in.", "inch"),
        ("He scored 2 in the first half.", None),
    ],
)
def test_powers_of_units_and_a_spaced_inch(text: str, unit: str | None) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One-third of adults are obese.", 1 / 3),
        ("one-fifth of voters", 0.2),
        ("exactly one sixth.", 1 / 6),
        ("two fifths of the land", 0.4),
        ("A quarter of a million people marched.", 250_000),
        ("half of a million", 500_000),
        ("a third of a billion dollars", 1e9 / 3),
    ],
)
def test_fractions_in_words(text: str, value: float) -> None:
    assert math.isclose(only(text).amount.value, value)


@given(st.sampled_from(["a quarter", "a third", "half"]), st.sampled_from(["million", "billion"]))
def test_a_fraction_of_a_scale_word_is_that_share_of_it(fraction: str, scale: str) -> None:
    share = {"a quarter": 0.25, "a third": 1 / 3, "half": 0.5}[fraction]
    size = {"million": 1e6, "billion": 1e9}[scale]
    mention = only(f"They counted {fraction} of a {scale} votes.")
    assert math.isclose(mention.amount.value, share * size)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Gold rose $12 to $1,812 per ounce.", ["$12", "$1,812 per ounce"]),
        ("It costs $5 to $10.", ["$5 to $10"]),
        ("5 to 6 million people", ["5 to 6 million"]),
        ("1,000 to 10,000 people", ["1,000 to 10,000"]),
    ],
)
def test_a_far_larger_second_number_after_to_is_a_level_not_a_range_end(
    text: str, spans: list[str]
) -> None:
    assert [m.text for m in find_amounts(text)] == spans


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It paid 5 million USD.", "USD"),
        ("3.5 billion U.S. dollars", "USD"),
        ("a $100,000-a-year job", "USD/year"),
        ("a $2.50-a-share dividend", "USD/share"),
    ],
)
def test_currency_codes_nations_with_stops_and_hyphenated_rates(text: str, unit: str) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    "text",
    ["The quake measured magnitude 6.4.", "a magnitude 6.4 earthquake", "a 6.4-magnitude quake"],
)
def test_a_magnitude_named_before_or_after_the_number(text: str) -> None:
    mention = only(text)
    assert (mention.amount.value, mention.amount.unit) == (6.4, "magnitude")


@given(st.integers(1, 60))
def test_minus_before_a_number_makes_it_negative(degrees: int) -> None:
    mention = only(f"Overnight it fell to minus {degrees} degrees.")
    assert mention.amount.value == -degrees
    assert mention.amount.low is not None and mention.amount.low < -degrees


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("They were given 45 and 50 mg ethanol.", ["mg", "mg"]),
        ("Ages 5, 10 and 15 years.", ["year", "year", "year"]),
        ("I have seen 45 and 50 cases.", [None, None]),
        ("Smith, 45, and Jones, 50%, agreed.", [None, "percent"]),
        ("He scored 3, 40% of the team's points.", [None, "percent"]),  # no list
        ("It rose 3, 4 and 5 km.", ["km", "km", "km"]),
        ("They posted gains of eight and fourteen percent.", ["percent", "percent"]),
        ("It cut about 5,000, or 9%, of its staff.", [None, "percent"]),  # said again
    ],
)
def test_bare_numbers_listed_before_a_unit_share_it(text: str, units: list[str | None]) -> None:
    assert [m.amount.unit for m in find_amounts(text)] == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Mumbai firm raised Rs 500 crore.", "INR"),
        ("He paid 300 rupees in Colombo.", "LKR"),
        ("Pakistan paid Rs 5 billion to India.", "PKR"),
        ("He paid Rs 300.", "PKR"),
    ],
)
def test_unmarked_rupees_are_those_of_the_country_the_text_is_about(text: str, unit: str) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    "text",
    ["The object SCP 06F6 was sharper.", "Agent 007 returned.", "Cluster J1149.5+6663 is far."],
)
def test_codes_with_leading_zeros_or_plus_signs_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It costs 15€.", "EUR"),
        ("It costs 15 €.", "EUR"),
        ("It was 30 C on Monday.", "degC"),
        ("It reached 95 F.", "degF"),
        ("He got 3 F grades.", None),
        ("The boiler gives 15,000 British thermal units.", "BTU"),
    ],
)
def test_signs_and_letters_written_after_the_number(text: str, unit: str | None) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It produced 5 terawatt-hours.", "TWh"),
        ("It used 3 gigawatt hours.", "GWh"),
        ("A 4,000-square-foot home.", "ft2"),
        ("A 2,000 sq. ft. home", "ft2"),
    ],
)
def test_energy_and_area_units_in_several_words(text: str, unit: str) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a metric symbol after a space, where a word, punctuation or the end follows
        ("It contains 20 g of sugar.", "g"),
        ("She won the 100 m sprint.", "m"),
        ("It exported 278,000 t of wheat.", "t"),
        ("It emits 95 g/km of CO2.", "g/km"),
        # centilitres, and engine sizes in cubic centimetres
        ("Take the large 100 cl bottle.", "cl"),
        ("He rides a 250cc motorcycle.", "ml"),
        # a name after the letter, or a currency before the number: no metric unit
        ("The 3 m Company", None),
    ],
)
def test_metric_symbols_written_apart_and_volumes(text: str, unit: str | None) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        # a vague scale "of" a unit measures in it, it counts no miles or years
        ("They flew thousands of miles.", "measure", "mile"),
        ("They shipped tens of thousands of tonnes of grain.", "measure", "t"),
        ("It took dozens of years.", "duration", "year"),
        ("Millions of people voted.", "count", None),
        # quarters not "of" something are quarters of a year
        ("Profits fell in the last three quarters.", "duration", "quarter"),
        ("Three quarters of the voters agreed.", "count", None),
    ],
)
def test_a_scale_of_a_unit_and_quarters_of_a_year(text: str, kind: str, unit: str | None) -> None:
    amount = only(text).amount
    assert (amount.kind, amount.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Shares rose 5p to 120p.", ["pence", "pence"]),
        ("Petrol costs 142.5p a litre.", ["pence/litre"]),
        ("A 720p video.", []),
    ],
)
def test_pence_written_as_a_glued_p(text: str, units: list[str]) -> None:
    assert [m.amount.unit for m in find_amounts(text)] == units


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Analysts expect a 4% to 9% gain.", ["4% to 9%"]),  # one unit on both ends
        ("Doses ran 20 mg to 25 mg daily.", ["20 mg to 25 mg"]),
        ("The sea fell by 2 to 3.5 metres.", ["2 to 3.5 metres"]),  # the unit after both
        ("Imports grew by $3.1 billion to $40.2 billion.", ["$3.1 billion", "$40.2 billion"]),
        ("Profit rose by 5% to 12%.", ["5%", "12%"]),  # a change, then the level
        ("Shares gained 4.2 per cent to $61.", ["4.2 per cent", "$61"]),
        ("Stock rose 12 sen to RM4.10.", ["12 sen", "RM4.10"]),
        ("It costs £5 to $7.", ["£5", "$7"]),
        ("In Asia: Hang Seng 300 -0.4% today.", ["300", "-0.4%"]),  # a sign, not a dash
        ("Adults need 1800 - 2300 calories.", ["1800 - 2300 calories"]),
    ],
)
def test_to_and_dash_make_a_range_only_of_one_unit(text: str, spans: list[str]) -> None:
    assert [m.text for m in find_amounts(text)] == spans


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge"),
    [
        ("The gas is kept at minus-160 degrees Celsius.", -160, "degC", None),
        ("The team lost minus-7 yards.", -7, "yard", None),
        ("The trade gap widened to $-12.4bn.", -12.4e9, "USD", None),
        ("Firms make sub-3 nanometer chips.", 3, "nm", "sub-"),
        ("The 1250 sq m site was sold.", 1250, "m2", None),
        ("The 2750sq m estate was sold.", 2750, "m2", None),
        ("Ozone peaked at 1100 parts per billion.", 1100, "ppb", None),
    ],
)
def test_signs_hedges_and_year_like_numbers_before_a_unit(
    text: str, value: float, unit: str, hedge: str | None
) -> None:
    amount_found = only(text).amount
    assert (amount_found.value, amount_found.unit, amount_found.hedge) == (value, unit, hedge)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The motor gives 320 Nm of torque.", "N·m"),  # newton metres, not nanometres
        ("The chip has 5 nm features.", "nm"),
        ("Pixels are 250 µm wide.", "um"),  # the micro sign
        ("Pixels are 250 μm wide.", "um"),  # the Greek mu written for it
        ("It topped 95 m.p.h. on the straight.", "mph"),
        ("The board is 14.5″ long.", "inch"),
        ("The mast is 40′ tall.", "ft"),
    ],
)
def test_unit_symbols_by_case_micro_sign_stops_and_primes(text: str, unit: str) -> None:
    assert only(text).amount.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A third of the staff left.", 1 / 3),
        ("Half the shops closed.", 0.5),
        ("Almost half of them voted.", 0.5),
        ("One fourth of the crop failed.", 0.25),
        ("A cup is 1⁄16 of a gallon.", 1 / 16),  # the fraction slash
    ],
)
def test_a_share_of_a_group_said_in_words_is_a_fraction(text: str, value: float) -> None:
    assert math.isclose(only(text).amount.value, value)


@pytest.mark.parametrize(
    "text", ["It rained in the second half of the year.", "He tried a third time.", "half an hour"]
)
def test_a_half_or_third_that_is_no_share_is_no_amount(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The offices at 14 Harbour View Road were sold.",
        "She bought 7 W 54th St in 2001.",
        "The deal for 31 Ave Kléber closed.",
    ],
)
def test_a_house_number_before_a_street_name_is_no_amount(text: str) -> None:
    assert [m.amount.value for m in find_amounts(text)] == []


def test_a_currency_sign_after_a_bracket_is_read() -> None:
    found = find_amounts("It sold for $US12,000 ($A18,400).")
    assert [(m.amount.value, m.amount.unit) for m in found] == [(12000, "USD"), (18400, "AUD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Its mass is 5.97×10−24 tonnes.", 5.97e-24),  # the superscript minus lost
        ("A mole holds 6.02×10^23 atoms.", 6.02e23),
        ("Light travels at 3 x 10^8 metres a second.", 3e8),
        ("The star is 1.5×10⁸ km away.", 1.5e8),
        ("The density is 2.5x10-3 grams.", 2.5e-3),
    ],
)
def test_a_number_times_a_power_of_ten(text: str, value: float) -> None:
    assert math.isclose(find_amounts(text)[0].amount.value, value)


def test_a_spaced_times_ten_is_two_dimensions_not_a_power() -> None:
    assert [m.amount.value for m in find_amounts("a 3 x 10 m room")][:2] == [3, 10]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The error rate fell to .001 per cent.", 0.001, "percent"),
        ("Tickets cost $.50 each.", 0.5, "USD"),
    ],
)
def test_a_decimal_without_its_leading_zero(text: str, value: float, unit: str | None) -> None:
    [mention] = find_amounts(text)
    assert mention.amount.value == pytest.approx(value)
    assert mention.amount.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("Revenue grew sixfold.", 6), ("Cases rose 10-fold in a month.", 10), ("a threefold rise", 3)],
)
def test_a_multiple_written_with_fold_is_so_many_times(text: str, value: float) -> None:
    [mention] = find_amounts(text)
    assert (mention.amount.value, mention.noun) == (value, "times")
    assert find_amounts("The reasons were manifold.") == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("One in three adults smokes.", 1 / 3, "adults"),
        ("Nine out of 10 doctors agree.", 0.9, "doctors"),
    ],
)
def test_one_in_three_is_a_share(text: str, value: float, noun: str) -> None:
    [mention] = find_amounts(text)
    assert (mention.amount.value, mention.noun) == (pytest.approx(value), noun)


def test_a_part_of_a_whole_that_is_no_round_base_is_a_count() -> None:
    values = [m.amount.value for m in find_amounts("The SNP won 48 out of 59 seats.")]
    assert values == [48, 59]
    # "one in 40" and "one out of 59" stay shares
    [one_in] = find_amounts("One in 40 patients died.")
    assert one_in.amount.value == pytest.approx(1 / 40)
    [one_out] = find_amounts("One out of 59 passengers survived.")
    assert one_out.amount.value == pytest.approx(1 / 59)


def test_one_in_three_and_one_in_four_do_not_overlap() -> None:
    third = find_amounts("One in three adults smokes.")[0].amount
    quarter = find_amounts("One in four adults smokes.")[0].amount
    assert quarter.high is not None and third.low is not None
    assert quarter.high < third.low


def test_a_calibre_is_no_count() -> None:
    assert find_amounts("He was shot with a .22 revolver and a .45-caliber pistol.") == []


def test_in_and_out_of_without_a_group_are_no_share() -> None:
    values = [m.amount.value for m in find_amounts("He scored 5 in 10 minutes, one in 2019.")]
    assert values == [5, 10, 1]


def test_the_ends_of_a_date_range_and_a_named_number_are_no_amounts() -> None:
    assert find_amounts("The hunt runs Sept. 20-24 and Oct. 18 – 22.") == []
    assert find_amounts("Tests for COVID -19 were sent.") == []
    [cold] = find_amounts("Temperatures fell to -19 degrees.")
    assert cold.amount.value == -19


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Fuel economy climbed from 21 mpg combined to 23 for FWD models.", ["mpg", "mpg"]),
        ("Pay rose from $10 to $15 an hour.", ["USD/hour", "USD/hour"]),
        ("Volume narrowed to 138,285 lots from 212,577 lots.", [None, None]),
    ],
)
def test_the_ends_of_a_change_share_a_unit_with_words_between(
    text: str, ends: list[str | None]
) -> None:
    found = find_amounts(text)
    assert [m.amount.unit for m in found] == ends
    assert {m.role for m in found} == {"from", "to"}


def test_a_scale_written_once_serves_both_ends_of_a_change() -> None:
    low, high = find_amounts("Prices could rise from $10 to $15 billion.")
    assert (low.amount.value, high.amount.value) == (10e9, 15e9)
    small, big = find_amounts("Funding rose from $500 to $2 million.")
    assert (small.amount.value, big.amount.value) == (500, 2e6)


@pytest.mark.parametrize(
    ("text", "kind", "noun"),
    [
        ("He will serve three more years.", "duration", "years"),
        ("Five more people died.", "count", "people"),
        ("Two other victims were hurt.", "count", "victims"),
    ],
)
def test_more_and_other_before_the_counted_noun(text: str, kind: str, noun: str) -> None:
    [mention] = find_amounts(text)
    assert (mention.amount.kind, mention.noun) == (kind, noun)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Lasting four hours and 55 minutes, it was the longest final.", 295, "minute"),
        ("The match lasted 4 hours 57 minutes.", 297, "minute"),
        ("He ran it in 2 hours, 1 minute and 39 seconds.", 7299, "second"),
        ("It took nearly two years and three months.", 27, "month"),
    ],
)
def test_a_duration_in_several_units_is_one_duration(text: str, value: float, unit: str) -> None:
    [mention] = find_amounts(text)
    assert (mention.amount.value, mention.amount.unit) == (value, unit)


def test_durations_of_two_things_stay_two() -> None:
    found = find_amounts("He served 10 years and was freed after 3 months.")
    assert [m.amount.value for m in found] == [10, 3]


def test_the_total_of_a_numbered_label_is_no_count() -> None:
    assert [m.amount.value for m in find_amounts("Image 10 of 33 A suspect surrenders.")] == [10]
    assert [m.amount.value for m in find_amounts("He scored 2 of 5 goals.")] == [2, 5]


def test_a_time_taken_in_hours_minutes_and_seconds_is_a_duration() -> None:
    [race] = find_amounts("Kiptum won in 2:00:35 on Sunday.")
    assert (race.amount.kind, race.amount.value, race.amount.unit) == ("duration", 7235, "second")
    assert find_amounts("The polls close at 10:30 a.m.") == []
    [over] = find_amounts("He ran a mere 35 seconds over 2 hours.")
    assert (over.amount.value, over.amount.unit) == (7235, "second")


def test_a_number_left_hanging_on_a_hyphen_takes_the_unit_after_it() -> None:
    screen = find_amounts("It comes with a 7- or 8-inch touchscreen.")
    assert [(m.amount.value, m.amount.unit) for m in screen] == [(7, "inch"), (8, "inch")]


def test_a_hedge_on_a_duration_in_several_units_sets_its_band() -> None:
    [almost] = find_amounts("It took almost two years and three months.")
    assert almost.amount.value == 27
    assert almost.amount.high == 27 and almost.amount.low is not None and almost.amount.low < 27
