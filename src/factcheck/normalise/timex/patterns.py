"""Recognition patterns for time expressions (HeidelTime-style, regex only).

Each pattern names a kind; `timex.py` turns a match of that kind into a TIMEX3
value and an interval. Extents follow the TimeML guidelines: determiners and
modifiers that belong to the expression are inside it ("the past two years",
"last week", "a year ago"), prepositions are not ("in 2024" is "2024").

Month and weekday names are matched case-sensitively (capitalised) so that the
verbs "may", "march" and the like are not taken for months.
"""

from __future__ import annotations

import re

from factcheck import lexicons

# three-letter month keys (the lexicon's abbreviations, "may" included)
MONTHS = {
    name: int(number) for name, number in lexicons.mapping("months").items() if len(name) == 3
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "last": 4,
}  # fmt: skip
NUMBER_WORDS = {"a": 1, "an": 1} | {
    word: int(value) for word, value, kind in lexicons.rows("number_words") if value != "0"
}

MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
    r"|(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b)"
)
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
WEEKDAYS_PLURAL = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b)"
DAY = r"(?<![\d.:/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
# what may not follow a lone weekday: the date or clock time it begins ("Sunday, 12
# October", "Sunday 10:30", "Sunday the 12th"); a count may ("On Sunday, 40 people")
NO_DATE_AFTER = (
    rf"(?!\s*,?\s*(?:the\s+)?(?:{DAY}\s+(?:of\s+)?{MONTH}|\d{{1,2}}[:./]\d"
    r"|\d{1,2}(?:st|nd|rd|th)\b))"
)
YEAR = r"(?<![\d$£€.,/])(?<!\d-)(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,:/]\d|\s*(?:%|percent))"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
TIME_OF_DAY = (
    # "7 pm", "1:39 p.m.", "1.39 pm" (the dot of British and Indian copy)
    r"(?:(?<![\d.:$])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    # "13:38 GMT", "13:38 hrs"; "at 13:38" on the 24-hour clock
    r"|(?<![\d.:$])(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:GMT|UTC|IST|local\s+time|hours|hrs)\b)"
    r"|(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s))(?:0\d|1[3-9]|2[0-3]):[0-5]\d\b(?!\s+(?:of|into|left|remaining)\b)"
    # "1339 IST", "0800 hours"
    r"|(?<![\d.:$,])(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|IST|hours|hrs)\b)"
    r"|noon|midnight|midday)"
)
ZONE = r"(?:\s+(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|IST|ET|PT)\b|\s+local\s+time)"

NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|(?:a\s+|one\s+)?hundred|(?:a\s+)?dozen)"
)
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|{NUMBER_WORD}(?:\s+and\s+a\s+half)?"
    r"|a\s+couple\s+of|a\s+few|several|a|an|few|many|half\s+a)"
)
UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?)"
)
HEDGE = (
    r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|approximately"
    r"|at\s+least|at\s+most|up\s+to|under|just\s+over|just\s+under|no\s+more\s+than"
    r"|well\s+over)"
)
POSITION = r"(?:past|last|next|first|final|previous|coming|following|latest|initial|remaining)"
# "last" after a modal or "to" is the verb: "the visit will last two days" is a length,
# not "the last two days" before now
VERB_LAST = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "will",
        "would",
        "could",
        "may",
        "might",
        "to",
        "can",
        "should",
        "must",
        "not",
        "likely",
        "probably",
        "also",
        "only",
    )  # fmt: skip
) + "".join(rf"(?<!{ending}\s)" for ending in ("n't", "n’t", "'ll", "’ll"))
POSITION_NOT_VERB = POSITION.replace("|last|", rf"|{VERB_LAST}last|")
MODIFIER = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later|end|beginning|start|middle"
    r"|first\s+half|second\s+half|last\s+half|(?:first|second|last)\s+part)"
    r"(?:\s+of\s+|\s+|-))"
)
RELATIVE_UNIT = r"(?:year|month|week|weekend|quarter|decade|century|season)"
AGO = r"(?:ago|earlier|later|from\s+now|hence)"
ANCHOR_WORD = r"(?:today|yesterday|tomorrow|tonight)"

# (kind, pattern). Longer matches win over shorter ones across all kinds.
PATTERNS: list[tuple[str, str]] = [
    # "4:30 p.m. Sunday", "5 p.m. EST, Nov. 6", "noon Saturday", "10 p.m. Wednesday"
    (
        "time",
        (
            rf"(?:(?:around|about|approximately|roughly)\s+)?{TIME_OF_DAY}{ZONE}?"
            rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAY}(?:,?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)?"
            rf"|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+{MONTH}(?:\s+{YEAR})?|{ANCHOR_WORD}))?"
        ),
    ),
    # "at 11:46 on Friday night": a 12-hour clock with no a.m. or p.m., which the part
    # of the day that follows places
    (
        "time",
        (rf"(?<=\bat\s)(?:0?[1-9]|1[0-2])[:.][0-5]\d\s+(?:on\s+)?{WEEKDAY}\s+{PART_OF_DAY}\b"),
    ),
    (
        "time_part",
        (
            rf"(?:(?:early|late|mid)[\s-]+)?(?:{WEEKDAY}|today|yesterday|tomorrow|this|last"
            rf"|(?<=\bon\s)the)\s+{PART_OF_DAY}\b"
        ),
    ),
    (
        "time_part",
        (
            rf"(?:(?:early|late|later|mid)[\s-]+)?{PART_OF_DAY}\s+(?:{WEEKDAY}|yesterday"
            r"|today|tomorrow)|\btonight\b|(?:later|earlier)\s+this\s+"
            rf"(?:morning|afternoon|evening)|mid[\s-]?afternoon"
        ),
    ),
    # calendar dates, with an optional weekday and year
    ("month_day", rf"(?:{WEEKDAY},?\s+)?(?:{MODIFIER})?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"),
    ("day_month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("month_range", rf"{MONTH}\s+{DAY}\s*(?:-|–|to|through|until|and)\s*{DAY}(?:,?\s+{YEAR})?"),
    ("month_range", rf"{MONTH}\s+{DAY}(?:\s*,\s*{DAY})+,?\s+and\s+{DAY}(?:,?\s+{YEAR})?"),
    ("day_range", rf"{DAY}\s*(?:-|–|to|and)\s*{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    (
        "cross_range",
        (
            rf"{MONTH}\s+{DAY}\s*(?:-|–|to|through|until)\s*{MONTH}\s+{DAY}"
            rf"(?:,?\s+{YEAR})?"
        ),
    ),
    ("iso_date", r"(?<![\d-])(?:1[5-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])"),
    (
        "us_date",
        r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d\d|(?:19|20)\d\d)(?![\d/])",
    ),
    (
        "month_year",
        (
            rf"(?:(?:{MODIFIER})|(?:this|last|next|(?:this\s+)?past|coming)\s+)?{MONTH}"
            rf"(?:(?:\s+of)?,?\s+{YEAR})?"
        ),
    ),
    ("week_of", rf"the\s+week\s+of\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"),
    (
        "year",
        (
            rf"(?:{MODIFIER}|(?:the\s+)?(?:(?:fiscal|calendar|financial|model|school)"
            rf"(?:\s+year)?|FY|the\s+year|(?:the\s+)?(?:summer|spring|autumn|fall|winter)"
            rf"(?:\s+of)?)\s+)?{YEAR}(?!\s*(?:-|–|/|to)\s*\d)"
        ),
    ),
    (
        "year_range",
        (
            rf"(?:the\s+)?{YEAR}\s*(?:-|–|/)\s*(?:\d\d|{YEAR})"
            r"(?:\s+(?:fiscal|financial|school|academic|season)(?:\s+year)?)?"
        ),
    ),
    ("fiscal_rel", r"(?:the\s+)?(?:current|this|last|next|previous)\s+fiscal\s+year"),
    (
        "decade",
        (
            rf"(?:the\s+)?(?:{MODIFIER})?(?:(?:1[5-9]|20)\d0'?s|'\d0s)\b"
            r"|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?-i:(?:twenties|thirties|forties|fifties"
            r"|sixties|seventies|eighties|nineties))\b"
        ),
    ),
    (
        "century",
        (
            r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second"
            r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            r"|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century\b"
        ),
    ),
    (
        "quarter",
        (
            rf"(?:(?:the|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?{YEAR})"
            r"\s+(?![\w-]+-quarter))?(?:(?:fiscal|calendar)[\s-]+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th"
            r"|final|last)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)|Q[1-4]|H[12])\b(?!\s+of\s+(?:a|an|"
            rf"the|all|its|their|those|these)\b)(?:\s+of\s+(?:fiscal\s+)?{YEAR}|\s+(?:of\s+)?(?:this|"
            rf"last|next)\s+year|,?\s+{YEAR})?"
        ),
    ),
    (
        "quarter_rel",
        (
            r"(?:the\s+)?(?:latest|current|previous|past|last|this|next|coming|same"
            r"|(?:comparable\s+)?year-(?:ago|earlier)|prior-year|year-before)\s+"
            r"(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)\b(?!\s+of\b)"
            r"|(?:the\s+)?(?:latest\s+)?(?:fiscal\s+)?(?:1[5-9]|20)\d\d\s+(?:quarter|period)\b"
            r"|\bthe\s+quarter\b(?!\s+of\b|-)"
        ),
    ),
    ("year_ago", r"\b(?:year-(?:ago|earlier))\b(?!\s+(?:quarter|period))"),
    (
        "season",
        (
            rf"(?:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:this|last|next|(?:this\s+)?past"
            rf"|coming|the)\s+|(?:early|late|mid)[\s-]?)(?:{SEASON})\b"
            rf"(?:\s+(?:of\s+)?{YEAR})?|\b(?:summer|winter)\b"
        ),
    ),
    (
        "relative",
        (
            rf"(?:(?:{MODIFIER})?(?:this|last|next|(?:this\s+)?past|coming|current)\s+"
            rf"{RELATIVE_UNIT}\b(?!-)|(?:{MODIFIER})(?:{RELATIVE_UNIT}|today)\b"
            rf"|(?:{MODIFIER})the\s+(?:year|month|week)\b(?!\s+(?:of|before|after|ago|earlier)\b)"
            r"|the\s+weekend\b)"
        ),
    ),
    # "on Tuesday and Wednesday", "from Monday to Thursday": one span of days
    (
        "weekday_range",
        (
            rf"(?:(?:last|next|this|(?:this\s+)?past|coming)\s+)?{WEEKDAY}"
            rf"\s*(?:and|to|through|till|until|-|\u2013)\s*{WEEKDAY}{NO_DATE_AFTER}"
        ),
    ),
    (
        "weekday",
        (
            rf"(?:(?:last|next|this|(?:this\s+)?past|coming|early|late)\s+)?{WEEKDAY}"
            rf"{NO_DATE_AFTER}"
        ),
    ),
    ("weekday_set", rf"(?:(?:every|each)\s+{WEEKDAY}|{WEEKDAYS_PLURAL}(?:\s+{PART_OF_DAY}s?)?)"),
    (
        "day_word",
        (
            r"(?:(?:early|late|earlier|later)\s+)?(?:the\s+day\s+(?:before|after)\s+)?"
            r"\b(?:today|yesterday|tomorrow)\b"
        ),
    ),
    (
        "holiday",
        (
            r"(?:(?:last|next|this)\s+)?(?-i:(?:Christmas|New\s+Year's|Thanksgiving|Halloween"
            r"|Valentine's|Boxing|Independence|Labor|Labour|Memorial|Election)(?:\s+(?:Day|Eve))?)"
            rf"(?:,?\s+{YEAR})?"
        ),
    ),
    (
        "ago",
        (
            rf"(?:{HEDGE}\s+)?{NUMBER}[\s-]+{UNIT}\s+{AGO}\b"
            r"|(?:a\s+few|several|many|some)\s+(?:years|months|weeks|days)\s+ago\b"
        ),
    ),
    (
        "duration",
        (
            rf"(?:(?:the|each\s+of\s+the)\s+)?(?:{POSITION_NOT_VERB}\s+)?(?:{HEDGE}\s+)?{NUMBER}"
            rf"(?:\s+(?:to|or|-)\s+{NUMBER})?\s+(?:(?:more|additional|full|straight"
            rf"|consecutive|trading|business|calendar|long|plus)\s+)?{UNIT}\b(?!-old|\s+of\s+(?:the|a|an|its|his|her|their)\b)"
            r"(?:\s+or\s+so)?"
        ),
    ),
    (
        "duration",
        (
            rf"(?:the\s+)?(?:past|last|next|coming|previous|following|first|latest)\s+"
            rf"(?:few|several|couple\s+of)\s+{UNIT}\b"
        ),
    ),
    (
        "duration",
        (
            r"(?:the\s+)?past\s+(?:year|month|week|decade|century|quarter)\b"
            r"|the\s+(?:last|next|coming|previous|following)\s+(?:month|decade|century)\b"
        ),
    ),
    (
        "duration_adj",
        (
            rf"\b{NUMBER}-(?:year|month|week|day|hour|minute|decade|quarter)(?:-long)?"
            r"\b(?!-old)|\b(?:day|week|month|year|decade)s?-long\b"
        ),
    ),
    ("duration_plural", r"\b(?:years|months|weeks|decades|centuries|hours)\b"),
    (
        "set",
        (
            r"\b(?:daily|weekly|monthly|yearly|hourly|nightly|biweekly)\b"
            rf"|\b(?:every|each|per)\s+(?:other\s+)?(?:{UNIT}|{SEASON}|morning|night|evening)\b"
            rf"|\b(?:every|each)\s+{MONTH}"
        ),
    ),
    ("set_rate", r"\ban?\s+(?:year|month|week|day|hour|quarter)\b"),
    (
        "present",
        (
            r"\b(?:right\s+now|now|currently|these\s+days|nowadays|at\s+present|the\s+present"
            r"|at\s+the\s+moment)\b"
        ),
    ),
    (
        "past",
        (
            r"\b(?:(?:more\s+|most\s+|very\s+|until\s+|only\s+)?recently|the\s+past\b(?!\s+\w+"
            r"\s+(?:years?|months?|weeks?|days?))|in\s+the\s+old\s+days"
            r"|(?:a\s+few|several|many|some)\s+years\s+ago|once\s+upon\s+a\s+time"
            r"|(?:the\s+)?recent\s+(?:past|years|months|weeks|days|decades))\b"
        ),
    ),
    (
        "future",
        (
            r"\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
            r"|the\s+(?:near|short|long|medium)\s+term|(?:the\s+)?coming\s+(?:years|months"
            r"|decades|weeks|days)|(?:at\s+)?a\s+later\s+date|in\s+the\s+years\s+ahead)\b"
        ),
    ),
]

# Each kind runs only near a hit of its keywords, so the patterns (slow to try at
# every position) scan a small part of the text.
MONTH_KEY = r"(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))"
UNIT_KEY = r"year|month|week|day|hour|minute|second|decade|centur|quarter"
KEYWORDS = {
    "time": r"\d\s*[ap]\.?m\b|\d:\d\d|\d\d\s*(?:hrs|hours|ist|gmt|utc)\b|noon|midnight|midday",
    "time_part": r"morning|afternoon|evening|night",
    "month_day": MONTH_KEY, "day_month": MONTH_KEY, "month_range": MONTH_KEY,
    "day_range": MONTH_KEY, "cross_range": MONTH_KEY, "month_year": MONTH_KEY, "week_of": MONTH_KEY,
    "iso_date": r"\d[-/]\d", "us_date": r"\d[-/]\d",
    "year": r"(?:1[5-9]|20)\d\d", "year_range": r"(?:1[5-9]|20)\d\d",
    "fiscal_rel": r"fiscal", "decade": r"\d0'?s\b|ties\b", "century": r"century",
    "quarter": r"quarter|half|\b[qh][1-4]\b", "quarter_rel": r"quarter|period",
    "year_ago": r"year-", "season": r"spring|summer|fall|autumn|winter",
    "relative": r"year|month|week|quarter|decade|century|today",
    "weekday": r"(?-i:[MTWFS][a-z]+day)", "weekday_range": r"(?-i:[MTWFS][a-z]+day)",
    "weekday_set": r"(?-i:[MTWFS][a-z]+day)",
    "day_word": r"today|yesterday|tomorrow",
    "holiday": r"(?-i:Christmas|New\s+Year|Thanksgiving|Halloween|Valentine|Boxing|Independence"
               r"|Labor|Labour|Memorial|Election)",
    "ago": r"\bago\b|earlier|later|before|hence|from\s+now",
    "duration": UNIT_KEY, "duration_adj": UNIT_KEY, "duration_plural": UNIT_KEY,
    "set_rate": UNIT_KEY,
    "set": r"daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|every|each|per\b",
    "present": r"now|current|these\s+days|present|moment|this\s+time",
    "past": r"recent|past|previously|old\s+days|years\s+ago|upon\s+a\s+time",
    "future": r"future|soon|term|coming|later\s+date|years\s+ahead",
}  # fmt: skip
WORD_START = r"(?<![A-Za-z0-9])"

COMPILED: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(WORD_START + "(?:" + pattern + ")", re.IGNORECASE))
    for kind, pattern in PATTERNS
]
# Keywords are matched in lower-cased text (case-sensitive ones in the original text).
KEYWORD_PATTERNS: dict[str, tuple[re.Pattern[str], bool]] = {
    kind: (re.compile(pattern), "(?-i:" not in pattern) for kind, pattern in KEYWORDS.items()
}
KEYWORD_FALLBACK: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in KEYWORDS.items()
}
