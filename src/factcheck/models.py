"""The typed records that pass between stages.

Every stage is a plain function over these pydantic models: ingest makes
`Article`s, extract makes `Claim`s, rules make `Finding`s, and the report is a
`Report`. Reporters only ever see a `Report`.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Granularity = Literal[
    "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"
]
Status = Literal["done", "ongoing", "expected", "planned", "negated", "reported"]
FindingKind = Literal["conflict", "corroboration", "notice"]
Severity = Literal["error", "warning", "info"]


class Article(BaseModel):
    """One news article as read from a file (or one post of a multi-post file)."""

    id: str
    path: str
    title: str | None = None
    text: str
    published: date | None = None
    # Where the publication date came from: "date-line", "published-line",
    # "dateline", "wordpress-json", "html-meta", "front-matter", "jsonl",
    # "inferred" (guessed from the text), or None when there is none.
    published_from: str | None = None
    url: str | None = None
    format: str = "text"
    # the story (one real-world event) the article was assigned to, e.g. "s3"
    story: str | None = None


class IngestError(BaseModel):
    """A file (or a part of one) that could not be read, and why."""

    path: str
    reason: str


class TimeInterval(BaseModel):
    """A calendar interval with the granularity it was stated at.

    "2024" is 2024-01-01..2024-12-31 at granularity "year"; "April 21 to 22"
    is two days at granularity "day". `inferred` is set when the interval was
    resolved against a guessed publication date.
    """

    model_config = ConfigDict(frozen=True)

    start: date
    end: date
    granularity: Granularity = "day"
    inferred: bool = False

    def overlaps(self, other: TimeInterval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: TimeInterval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.granularity == "year":
            years = (self.start.year, self.end.year)
            return str(years[0]) if years[0] == years[1] else f"{years[0]}..{years[1]}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class AmountValue(BaseModel):
    """A normalised amount with its tolerance band.

    `low`/`high` are the band the words allow ("about 126" is a relative band,
    "more than 100" reaches at most 200, "at least 100" has no upper bound: high
    is None). `low_open`/`high_open` mark strict bounds ("more than 8" excludes 8).
    """

    model_config = ConfigDict(frozen=True)

    value: float
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None  # "USD", "GBP", "percent", "km", ...; None for plain counts
    kind: Literal["money", "percent", "count", "measure", "duration"] = "count"
    hedge: str | None = None

    def overlaps(self, other: AmountValue) -> bool:
        """True when some number lies inside both bands."""
        low_a = self.low if self.low is not None else float("-inf")
        low_b = other.low if other.low is not None else float("-inf")
        high_a = self.high if self.high is not None else float("inf")
        high_b = other.high if other.high is not None else float("inf")
        low, high = max(low_a, low_b), min(high_a, high_b)
        low_open = (low == low_a and self.low_open) or (low == low_b and other.low_open)
        high_open = (high == high_a and self.high_open) or (high == high_b and other.high_open)
        return low < high or (low == high and not low_open and not high_open)


# the zone of a local time written with its conversion ("11:47 pm (1802 GMT)"): the
# place's own, whatever it is called
LOCAL_ZONE = "local"


class EventValue(BaseModel):
    """What an event claim says: when (an interval and/or a weekday) and how much of it."""

    model_config = ConfigDict(frozen=True)

    type: Literal["event"] = "event"
    time: TimeInterval | None = None
    weekday: int | None = None  # 0 = Monday, when the claim names a weekday
    time_text: str | None = None  # the time words as written
    # the interval is the event's whole extent ("on October 15 and 16", "a two-day
    # meeting opened on the 15th"), not just a moment inside it
    full_extent: bool = False
    # which of a series it is ("the fifth round of talks" is 5), when the text numbers it
    ordinal: int | None = None
    # a day of a month with no year to place it ("Friday, May 22" in an undated report):
    # "05-22", checked against its weekday in the story's year
    month_day: str | None = None
    # the time of day the text gives it ("took off at 1:39 pm": "13:39"), as written
    # locally, and whether it is hedged ("around 7 pm")
    clock: str | None = None
    clock_approximate: bool = False
    # a zone the text names with it ("IST", "GMT"), or LOCAL_ZONE
    clock_zone: str | None = None

    def describe(self) -> str:
        parts = [f"no. {self.ordinal}"] if self.ordinal is not None else []
        if self.time is not None:
            parts.append(self.time.describe())
        if self.weekday is not None:
            parts.append(calendar.day_name[self.weekday])
        return ", ".join(parts) or "no date"


class AmountClaimValue(BaseModel):
    """What an amount claim says: the amount, what it measures, over when, per whom."""

    model_config = ConfigDict(frozen=True)

    type: Literal["amount"] = "amount"
    amount: AmountValue
    measure: str
    period: TimeInterval | None = None
    period_text: str | None = None  # "in the first hours": kept even when unresolved
    source: str | None = None  # who the figure is credited to ("according to Xinhua")
    # what a count counts, read from the parse: "Liverpool fan", "good wireless speaker"
    counted: str | None = None
    # a figure reckoned from others said in the same sentence: their keys, and how
    # ("two killed and five injured" is 7 shot: parts ("deaths", "injured"), "sum")
    parts: tuple[str, ...] | None = None
    derived: Literal["sum", "difference"] | None = None
    # the one death toll the figure's report gives, for a figure of another tally that
    # moves ("130 injured" in a report of "at least 40 dead"): reports at one toll
    # speak of one moment, whatever their dates
    toll: float | None = None
    # the figure is what a tally has risen to ("the toll rose to 261", "the death toll
    # reached 288"): one count of a number still moving, not its settled value
    risen: bool = False
    # a distance's compass direction from its place, in degrees ("72 km northeast of
    # Marrakesh" is 45): with it the figure is a position, not only a length
    bearing: float | None = None
    bearing_text: str | None = None  # the words that gave it, as written ("south-west")

    def describe(self) -> str:
        amount = self.amount
        hedge = f"{amount.hedge} " if amount.hedge else ""
        unit = f" {amount.unit}" if amount.unit else ""
        direction = f" {self.bearing_text}" if self.bearing_text else ""
        return f"{hedge}{amount.value:g}{unit}{direction}"


class RoleValue(BaseModel):
    """What a role claim says: the title a person holds, and of which country."""

    model_config = ConfigDict(frozen=True)

    type: Literal["role"] = "role"
    title: str
    country: str | None = None

    def describe(self) -> str:
        return f"{self.title} ({self.country})" if self.country else self.title


class PersonValue(BaseModel):
    """A person as an article names them: the name as written and its parts."""

    model_config = ConfigDict(frozen=True)

    type: Literal["person"] = "person"
    name: str  # as written, without titles ("Sherie Miller")
    first: str  # lower-case, accents folded
    last: str

    def describe(self) -> str:
        return self.name


class AgeValue(BaseModel):
    """A person's age as an article states it ("Sherie Miller, 44,")."""

    model_config = ConfigDict(frozen=True)

    type: Literal["age"] = "age"
    years: int
    person: str  # the name as written

    def describe(self) -> str:
        return f"{self.person}, {self.years}"


Fate = Literal["dead", "injured", "shot", "alive", "unhurt"]


class FateValue(BaseModel):
    """What happened to a named person, as an article states it: "dead" ("Smith was
    killed"), "injured" ("was wounded"), "shot" (harmed, alive or not), "alive"
    ("survived", "was rescued") or "unhurt" ("was not injured")."""

    model_config = ConfigDict(frozen=True)

    type: Literal["fate"] = "fate"
    fate: Fate
    person: str  # the name as written

    def describe(self) -> str:
        return self.fate


class OfficeValue(BaseModel):
    """Who holds an office as an article states it ("Rwanda's Foreign Minister X")."""

    model_config = ConfigDict(frozen=True)

    type: Literal["office"] = "office"
    office: str  # jurisdiction/office key ("rwanda/foreign-minister")
    title: str  # the title as written
    holder: str  # the holder's name as written
    holder_key: str  # first-last, folded
    qualifier: str | None = None  # "former", "acting", "then", "deputy"…

    def describe(self) -> str:
        return f"{self.holder} ({self.title})"


class PlaceValue(BaseModel):
    """Where an event happened, as an article states it ("shot in Huntsville, Alabama").

    `place` is the gazetteer's id for it ("us/al/huntsville"; see
    `factcheck.places_gazetteer`) and `level` how fine it is; both are None for
    a place the gazetteer does not know (a neighbourhood, a street, a venue).
    `relation` says how the event stands to it: in it, near it, or at a
    distance from it ("20 miles from X").
    """

    model_config = ConfigDict(frozen=True)

    type: Literal["place"] = "place"
    name: str  # as written
    place: str | None = None
    level: Literal["country", "admin1", "county", "city"] | None = None
    relation: Literal["in", "near", "distance"] = "in"
    # the compass part of it the words name, in degrees from north: 45 for "north-east
    # England", 270 for "western Valencia"
    part: float | None = None
    part_text: str | None = None

    def describe(self) -> str:
        name = f"{self.part_text} {self.name}" if self.part_text else self.name
        where = name if self.relation == "in" else f"{self.relation} {name}"
        return f"{where} ({self.place})" if self.place else where


class OrgNameValue(BaseModel):
    """An organisation or institution as an article names it ("the Oslo District Court",
    "IEBC"): the name as written and folded."""

    model_config = ConfigDict(frozen=True)

    type: Literal["orgname"] = "orgname"
    name: str
    folded: str  # lower-case, accents folded, words joined by single spaces

    def describe(self) -> str:
        return self.name


class PlaceNameValue(BaseModel):
    """A place as an article names it ("Amasra", "the Jangi Khwar"): the name as written
    and folded, whatever the article says happened there."""

    model_config = ConfigDict(frozen=True)

    type: Literal["placename"] = "placename"
    name: str
    folded: str  # lower-case, accents folded, words joined by single spaces

    def describe(self) -> str:
        return self.name


class DelegateValue(BaseModel):
    """Who represented a country at the story's event, and how senior they are.

    `level` ranks the title (5 head of state, 4 head of government, 3 deputy
    head, 2 minister, 1 envoy; the `office_ranks` lexicon), `rank` names it.
    """

    model_config = ConfigDict(frozen=True)

    type: Literal["delegate"] = "delegate"
    country: str
    level: int
    rank: str
    title: str  # the title as written
    holder: str | None = None  # the delegate's name, when the article gives it

    def describe(self) -> str:
        who = f"{self.title} {self.holder}" if self.holder else self.title
        return f"{self.rank}: {who}"


class RankValue(BaseModel):
    """Where a thing stands among its kind ("the second-highest forum" is 2 on "high").

    `scope` is the country, the named place or "world" the ranking is within,
    when the article says. What is ranked is described for telling two ranked
    things apart: `of` as written, the country that `owner`s it, its folded
    content `words` with its common-noun `head`, and the `kind` it is ranked
    among (the class of the thing or of the ranked noun, else the ranked noun;
    `kind_implied` when no noun was written and the kind is the subject's head:
    "the network is the third-largest").
    """

    model_config = ConfigDict(frozen=True)

    type: Literal["rank"] = "rank"
    position: int
    dimension: str
    scope: str | None = None
    thing: str  # the ranked phrase's words
    of: str = ""
    owner: str | None = None
    words: tuple[str, ...] = ()
    head: str | None = None
    kind: str | None = None
    kind_implied: bool = False

    def describe(self) -> str:
        ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(self.position, f"{self.position}th")
        return f"{ordinal} ({self.of}: {self.thing})" if self.of else f"{ordinal} ({self.thing})"


ClaimValue = Annotated[
    EventValue
    | AmountClaimValue
    | RoleValue
    | PersonValue
    | AgeValue
    | FateValue
    | OfficeValue
    | PlaceValue
    | PlaceNameValue
    | OrgNameValue
    | DelegateValue
    | RankValue,
    Field(discriminator="type"),
]
ClaimKind = Literal[
    "event",
    "amount",
    "role",
    "person",
    "age",
    "fate",
    "office",
    "place",
    "placename",
    "orgname",
    "delegate",
    "rank",
]


class Claim(BaseModel):
    """One checkable statement in one article, with its evidence.

    `value` is the typed payload of the claim's kind; `time`, `amount` and
    `weekday` read it for the rules that compare any kind.
    """

    id: str
    article: str
    kind: ClaimKind
    subject: str
    predicate: str
    status: Status = "done"
    # "global" subjects name one thing anywhere (a country's mission, a named
    # agreement, a person); "story" subjects only make sense within one story
    scope: Literal["story", "global"] = "story"
    value: ClaimValue
    text: str
    sentence: str
    span: tuple[int, int]

    @model_validator(mode="after")
    def _kind_matches_value(self) -> Claim:
        if self.value.type != self.kind:
            raise ValueError(f"claim of kind {self.kind!r} carries a {self.value.type!r} value")
        return self

    @property
    def time(self) -> TimeInterval | None:
        if isinstance(self.value, EventValue):
            return self.value.time
        if isinstance(self.value, AmountClaimValue):
            return self.value.period
        return None

    @property
    def amount(self) -> AmountValue | None:
        return self.value.amount if isinstance(self.value, AmountClaimValue) else None

    @property
    def weekday(self) -> int | None:
        return self.value.weekday if isinstance(self.value, EventValue) else None

    def describe(self) -> str:
        """The normalised value in a few words."""
        return self.value.describe()


class FindingValue(BaseModel):
    """One side of a disagreement: a value and the claims that state it."""

    model_config = ConfigDict(frozen=True)

    value: str
    claims: tuple[str, ...]


class Finding(BaseModel):
    """What a rule reports: frozen, the only thing reporters see of rules."""

    model_config = ConfigDict(frozen=True)

    id: str
    rule: str
    name: str
    severity: Severity
    kind: FindingKind
    subject: str
    message: str
    claims: tuple[str, ...]
    fingerprint: str
    # Why these claims were compared: the subject-graph path that joined them.
    path: tuple[str, ...] = ()
    expectation: str | None = None
    # the distinct values in a disagreement, each with the claims that state it
    values: tuple[FindingValue, ...] = ()


class Fact(BaseModel):
    """The value most independent sources support for one subject (see `factcheck.facts`).

    `support` lists the claims that agree with `value` (the first states it as
    written), `dissent` those that do not; `sources` counts the independent
    sources behind `support` (one outlet, or one wire story however often it is
    reprinted, counts once); `confidence` is their share of all the sources' weight.
    """

    model_config = ConfigDict(frozen=True)

    subject: str
    predicate: str
    kind: ClaimKind
    story: str | None = None
    value: str
    support: tuple[str, ...]
    dissent: tuple[str, ...] = ()
    sources: int = 1
    confidence: float


class Report(BaseModel):
    """The canonical output (`factcheck.report/1`); every other format is a view of it."""

    schema_: str = Field(default="factcheck.report/1", alias="schema")
    articles: list[Article]
    claims: list[Claim]
    findings: list[Finding]
    errors: list[IngestError] = Field(default_factory=list)
    # per subject, the value most independent sources support
    facts: list[Fact] = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)
