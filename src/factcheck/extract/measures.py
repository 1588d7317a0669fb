"""What an amount measures, as a subject key: `rwanda/export@pakistan`, `deaths`, `duration:visit`.

The measured thing is read from the parse around the number: the noun it
counts ("1,891 injured"), the phrase it sizes ("a three-day visit"), or the
subject or object of the verb it completes ("exports stand at $26 million",
"put the death toll at 398").

`measure_key` tries each reading in turn; the readings live beside it: the shared
lexicons and news measures (`measure_words`), the climb to the measured word
(`measured_nouns`), where counted people are (`people_states`), what counted people
are (`counted_people`), populations, distances, shares, money, race times, lengths of
time (`durations`, `event_times`), whose a figure is (`figure_owners`), numbers that
are no measure (`non_measures`) and the parts of a key besides its name (`key_parts`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.counted import counted_noun, names_a_thing, person_noun
from factcheck.extract.counted_people import (
    GROUP_MEMBERS,
    _capacity,
    _group_of_members,
    _nationality,
    _whole_of_a_part,
    breakdown_of,
    counted_state,
    group_counted,
    people_part,
)
from factcheck.extract.distances import _distance_key, _elevation
from factcheck.extract.durations import (
    _activity_key,
    _activity_lasting,
    _lasting_thing,
    _many_sentenced,
    _prison_term,
    _time_in_state,
    _time_spent_on,
    duration_unit,
)
from factcheck.extract.event_times import (
    _a_window,
    _moment,
    _ranked_subject,
    _since_one_like_it,
    _time_from_event,
)
from factcheck.extract.figure_owners import (
    POSSESSIVE_PRONOUNS,
    UNSAID_OWNERS,
    PronounOwner,
    _clause_owner,
    _given_for,
    _named,
    _named_possessor,
    _owner_name,
    _possessor,
)
from factcheck.extract.key_parts import _facility, _of_complement, _qualifiers, _target
from factcheck.extract.measure_words import (
    GENERIC_NOUNS,
    IMPLIED_STATES,
    MEASURE_SYNONYMS,
    NEWS_MEASURES,
    PEOPLE_STATES,
    PERPETRATORS,
    PERSON_NOUNS,
    TOLL_PARTS,
    measure_named,
    news_measure,
    stated_measure,
    told_of_an_earlier_event,
)
from factcheck.extract.measured_nouns import _measure_noun, _whole_counted
from factcheck.extract.money import _money_in, _money_moved, _payer, _recipient
from factcheck.extract.non_measures import (
    POSITION_NOUNS,
    _a_stretch_of,
    _acting_on_something,
    _added_to_others,
    _earlier_figure,
    _elsewhere,
    _few_already_named,
    _is_label,
    _partitive,
    _ranked_among,
    _told_by_a_measure_clause,
)
from factcheck.extract.people_states import (
    POOLED_STATES,
    _joined_people,
    _people_by_state,
    _people_in_a_state,
    _state_joined,
    _total_of,
    people_state,
)
from factcheck.extract.physical import physical_key, size_of_a_thing
from factcheck.extract.places import place_name, slug
from factcheck.extract.populations import _home_to, _live_in_a_place, _settlement_sized
from factcheck.extract.predicates import NOUN_PREDICATES, with_particle
from factcheck.extract.race_times import (
    RACE_UNITS,
    _by_margin,
    _described_person,
    _named_just_before,
    _on_some_occasion,
    _person_named,
    _split_at,
    _stat_key,
    _time_cut,
    _time_of_someone,
    _verb_base,
    _win_margin,
)
from factcheck.extract.repeats import repeated_act
from factcheck.extract.shares import (
    COUNT_PROGRESS,
    _holder,
    _phase,
    _share_acting,
    _share_of,
    _share_said_before,
    counting_progress,
)
from factcheck.extract.subjects import THING_CLASSES, owner_of
from factcheck.normalise.amounts import AmountMention

__all__ = [
    "COUNT_PROGRESS",
    "GENERIC_NOUNS",
    "MEASURE_SYNONYMS",
    "NEWS_MEASURES",
    "PERSON_NOUNS",
    "counting_progress",
    "duration_unit",
    "group_counted",
    "measure_key",
    "measure_named",
    "news_measure",
    "people_part",
    "stated_measure",
    "told_of_an_earlier_event",
]

# nouns spelled like a measure's verb form that count something else ("10 shots were fired")
MEASURE_HOMOGRAPHS = lexicons.mapping("measure_homographs")

# measures some words name only where the sentence speaks of them ("price" is a deal's
# value in a sentence about an acquisition)
CUED_WORDS = {row[0]: frozenset(row[1].split()) for row in lexicons.rows("measure_cues")}
# measures only money gives: a count by their words is of something else
MONEY_MEASURES = frozenset({"deal-value"})
CUES = {row[0]: frozenset(row[2].split()) for row in lexicons.rows("measure_cues")}


def _on_the_richter_scale(span: Span) -> bool:
    """A number read on a magnitude scale: "a 7 on the Richter scale", "6.8 on the
    moment magnitude scale"."""
    after = [t.lower_ for t in span.doc[span.end : min(len(span.doc), span.end + 6)]]
    if after[:2] != ["on", "the"] or "scale" not in after:
        return False
    return any(word in {"richter", "magnitude"} for word in after[: after.index("scale")])


def _underwent(noun: Token) -> bool:
    """Counted people something was done to: "300 students were kidnapped", "abducted
    287 pupils", "14 hostages freed"; not what they did ("two men stood outside")."""
    role = _total_of(noun)
    if role.dep_ == "nsubj" and role.head.lemma_ == "be":  # "50 miners were trapped"
        return any(c.dep_ == "acomp" and c.tag_ == "VBN" for c in role.head.children)
    return role.dep_ in {"nsubjpass", "dobj"} or any(
        child.dep_ == "acl" and child.tag_ == "VBN" for child in noun.children
    )


def measure_key(
    span: Span, mention: AmountMention, pronoun_owner: PronounOwner | None = None
) -> tuple[str, list[Token]] | None:
    """The key of what an amount measures, and the words that say so; None when unclear.
    `pronoun_owner` names whom a pronoun subject stands for ("He ended the game with 66
    rushing yards"), from the article's context."""
    if names_a_thing(span, mention):
        return None  # "Apollo 13", "Windows 10": a name, not a measure
    if span.root.lower_ == "one" and any(c.dep_ in {"det", "amod"} for c in span.root.children):
        return None  # "a second one of magnitude 5.5", "the one": a pronoun, not a count
    if told_of_an_earlier_event(span.root):
        return None  # "the deadliest since the massacre at Sandy Hook, where a gunman
        # shot dead 26": that event's toll, not this one's
    distance = _distance_key(span, mention) or _elevation(span, mention)
    if distance is not None:
        return distance
    if _on_the_richter_scale(span):
        return "magnitude", list(span)  # "measured it as a 7 on the Richter scale"
    if _earlier_figure(span):
        return None  # "rose from 150 to 381": 150 is what it was before
    if mention.amount.kind == "count" and _a_stretch_of(span):
        return None  # "off the last five overs", "the first 10 patients": some, not all
    if mention.amount.kind == "duration" and _a_window(span):
        return None  # "all within the last 10 months": when, not how long anything took
    in_state = _state_joined(span, mention)
    if in_state is not None:  # "five of them in critical condition", "adults and five of
        return in_state, [span.root]  # the children are in critical condition"
    act = repeated_act(span) if mention.amount.kind == "count" else None
    if act is not None:  # "Smith was shot twice": how often it was done to Smith
        owner = _clause_owner(act, pronoun_owner)
        return (f"{owner}/{slug(with_particle(act))}:times", [act]) if owner else None
    whole = _whole_of_a_part(span) if mention.amount.kind == "count" else None
    if whole is not None:  # "won 159 of the 400 seats": 400 is how many there are in all
        return f"{slug(whole.lemma_.lower())}:total", [whole]
    if mention.amount.kind == "count":
        nationality = _nationality(span)
        if nationality is not None:
            return nationality
        margin = _win_margin(span, pronoun_owner)
        if margin is not None:
            return margin
    if mention.amount.kind == "duration" and _moment(span.root):
        return None  # "put Argentina ahead at 23 minutes": a point in a match, not a length
    if mention.amount.kind == "duration":
        since = _time_from_event(span)
        if since is not None:
            return since
        term = _prison_term(span)
        if term is not None:  # "faces up to 110 years in prison", "jailed for 25 years"
            if _many_sentenced(term):
                return None  # "Five jailed for 34 years": their terms added up, no one's
            owner = _clause_owner(term, pronoun_owner)
            return (f"{owner}/" if owner else "") + "duration:sentence", [term]
        timed = _time_of_someone(span, pronoun_owner)
        if timed is not None:  # "won with a time of 2:01:09", "his winning time of …"
            return timed
        held = _time_in_state(span)
        owner = _clause_owner(duration_unit(span), pronoun_owner) if held is not None else None
        # "Truss resigned after 44 days in office"; without a named holder, "after 104
        # hours in the rubble" is read below as whose the time is
        if held is not None and owner:
            held_as = MEASURE_SYNONYMS.get(held.lemma_.lower()) or f"in-{slug(held.lemma_)}"
            return f"{owner}/duration:{held_as}", [held]
        activity = _activity_lasting(span) if _time_spent_on(span) is None else None
        if activity is not None:  # "rescuers searched for three days": the search's length
            return f"duration:{_activity_key(activity)}", [activity]
    noun = _measure_noun(span.root)
    if noun is not None and noun.lemma_.lower() in POSITION_NOUNS and noun.i >= span.end:
        return None  # "at the 40-kilometer mark", "the two-hour mark": a point on the way
    thing_size = size_of_a_thing(span, mention)
    if thing_size is not None:
        return thing_size  # "a 20-foot boat", "the 150-year-old bridge"
    place = _live_in_a_place(span) if mention.amount.kind == "count" else None
    if place is not None:  # "2.4 million people live in Beirut": Beirut's population
        return f"{slug(place_name(place).text)}/population", [span.root.head, place]
    home = _home_to(span) if mention.amount.kind == "count" else None
    if home is not None:  # "Derna is home to 100,000 people", "the city, home to 90,000"
        dwelt_in, proper = home
        owner_part = f"{slug(place_name(dwelt_in).text)}/" if proper else ""
        return f"{owner_part}population", [dwelt_in]
    if mention.amount.kind == "measure" and mention.amount.unit:
        # a player's yards are a statistic of theirs, not a length of them
        loose = noun is None or noun.i in range(span.start, span.end) or _named(noun)
        stat = _stat_key(span, mention.amount.unit, loose, pronoun_owner)
        if stat is not None:
            return stat
    if mention.amount.kind == "money":
        noun = _money_in(span.root) or noun  # "$25 billion in loans": loans
        if noun is None or noun.i in range(span.start, span.end):
            transfer = _money_moved(span)
            owner = _clause_owner(transfer, pronoun_owner) if transfer is not None else None
            owner = owner or (_payer(transfer) if transfer is not None else None)
            if transfer is not None and owner:  # "Saudi Arabia pledged $3 billion"
                key = f"{owner}/{with_particle(transfer)}"
                recipient = _recipient(transfer)  # "pay $500 million to families"
                return (f"{key}@{recipient}" if recipient else key), [transfer]
    if noun is None or noun.i in range(span.start, span.end) or noun.pos_ == "VERB":
        physical = physical_key(span, mention)
        if physical is not None:  # "30 inches of rain", "burned 12,000 acres"
            return physical
    since_last: Token | None = None
    if mention.amount.kind == "duration":
        since_last = _since_one_like_it(span)
        # "six weeks of testimony", "testimony over six weeks"
        noun = since_last or _time_spent_on(span) or noun
    if mention.amount.kind == "duration" and (noun is None or noun.pos_ in {"VERB", "PRON"}):
        noun = _lasting_thing(span) or noun
    if mention.amount.kind == "duration" and noun is not None:
        ranked = _ranked_subject(noun)  # "the quake was the strongest … in 25 years": the quake
        since_last = ranked if ranked.i != noun.i else since_last
        noun = ranked
    if noun is None or noun.i in range(span.start, span.end):
        if mention.amount.kind == "count":  # what the parse says the number counts
            counted = counted_noun(span)
            noun = counted if counted is not None and counted.pos_ == "NOUN" else None
            if noun is not None and noun.lemma_.lower() in GENERIC_NOUNS:
                noun = None
        elif mention.amount.kind == "percent":  # "52 percent of the vote": a share of it
            counted = _share_of(span)
            noun = counted if counted is not None and counted.pos_ == "NOUN" else None
            if noun is not None and noun.lemma_.lower() in GENERIC_NOUNS:
                noun = None
            elided = _share_said_before(span) if noun is None else None
            holder = _holder(span, pronoun_owner) if elided is not None else None
            if elided is not None and holder:
                phase = _phase(span.root)
                key = f"share:{slug(elided.lemma_.lower())}" + (f"+{phase}" if phase else "")
                return f"{holder}/{key}", [elided]
            if noun is not None and counting_progress(noun):
                return None  # "with 97.6% of votes tallied": how far the count has got
        if noun is None:
            return None
    if (mention.amount.unit or "") == "magnitude":
        return "magnitude", [noun]
    if _is_label(noun, span, mention) or noun.pos_ == "PRON":
        return None  # "the 300 block", "Image 4", "he": a name or a pronoun, not a measure
    split = _split_at(span) if mention.amount.kind == "duration" else None
    finish = "duration:margin" if _time_cut(span) else "duration:finish"
    if split is not None:
        finish = f"duration:split@{slug(split)}"
    race_time = mention.amount.kind == "duration" and mention.amount.unit in RACE_UNITS
    if mention.amount.kind == "duration" and not race_time and noun.ent_type_ == "PERSON":
        return None  # "Kiptum has run three marathons, all within the last 10 months"
    if race_time and noun.ent_type_ != "PERSON" and pronoun_owner:
        described = _described_person(noun)  # "the Kenyan ran 2:01:09": the runner before
        runner = pronoun_owner(described) if described is not None else None
        if runner and _named_just_before(noun, runner):
            return f"{runner}/{finish}", [noun]
    if race_time and noun.ent_type_ == "PERSON":
        runner = _person_named(noun)
        if runner and finish != "duration:finish":  # "beat his record by 29 seconds"
            return f"{runner}/{finish}", [noun]  # "went through the 35km mark in 1:40:10"
        if runner and _on_some_occasion(noun):
            return None  # "Kipchoge ran a marathon in under two hours": another race
        if runner:  # "Hassan won the women's race in 2:13:44": her finish
            race = next(
                (c for c in noun.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None
            )  # "won the London Marathon in 2:01:25": that race's, not this one's
            named = [c.text for c in race.children if c.dep_ == "compound"] if race else []
            of_race = f"@{slug(' '.join([*named, race.text]))}" if race else ""
            return f"{runner}/duration:finish{of_race}", [noun]
    lemma = noun.lemma_.lower()
    if mention.amount.kind == "duration":
        lemma = _verb_base(noun)  # "counting took four days" is how long they counted
    # a name before the noun says whose it is, not what it is ("Twitter Inc. shares")
    compound = " ".join(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ == "compound"
        and not (c.ent_type_ and noun.pos_ == "NOUN")
        and not span.start <= c.i < span.end  # "3.72 lakh votes": the number's own scale
    )
    words = f"{compound} {lemma}".strip()
    if lemma in GROUP_MEMBERS:  # "8 crew members", "12 members of the flight crew": crew
        group = _group_of_members(noun)
        if group is not None:
            noun, lemma = group, group.lemma_.lower()
            words = lemma
    if (
        noun.dep_ in {"compound", "amod", "nmod"}
        and noun.head.pos_ == "NOUN"
        and "-" in span.text + noun.nbor(-1).text
    ):
        # "a 192-run partnership" sizes the partnership; it does not count runs
        words = f"{lemma} {noun.head.lemma_.lower()}"
    # "wounded", not "wound"
    as_written = noun.lower_ if noun.pos_ in {"VERB", "ADJ", "ADV"} else ""
    name = (
        (MEASURE_HOMOGRAPHS.get(lemma) if noun.pos_ == "NOUN" else None)
        or MEASURE_SYNONYMS.get(as_written)
        or MEASURE_SYNONYMS.get(words)
        or MEASURE_SYNONYMS.get(lemma)
        or (measure_named(noun) if noun.pos_ == "VERB" else None)  # "lost their lives"
        # a thing's class names what lasts ("a three-day trip" is a visit); a count
        # counts the noun itself ("ten-round magazines" are not meetings)
        or (THING_CLASSES.get(lemma) if mention.amount.kind != "count" else None)
        # what an event was worth: "the £14m Hatton Garden heist", "a £20m raid"
        or (
            f"{NOUN_PREDICATES[lemma]}:value"
            if mention.amount.kind == "money" and noun.pos_ == "NOUN" and lemma in NOUN_PREDICATES
            else None
        )
        or slug(words)
    )
    where = people_state(noun) if mention.amount.kind == "count" and person_noun(noun) else None
    if where and noun.pos_ == "NOUN":
        # people, or a group joined from kinds of them, are all there are: "169 people on
        # board", "carrying 162 passengers and seven crew"; one kind is a part of them:
        # "99 passengers were on board" is not everyone on board
        joined = _joined_people(noun)
        pooled = where in POOLED_STATES  # workers, miners, people: whoever was there
        name = where if name in GENERIC_NOUNS or joined or pooled else f"{slug(words)}:{where}"
    if name in CUED_WORDS and lemma in CUED_WORDS[name]:
        if not CUES[name] & {t.lemma_.lower() for t in span.sent}:
            return None  # "the iPod will cost $199": a price, but of no deal the story is about
    if name in GENERIC_NOUNS or not name:
        return None
    if noun.pos_ in {"VERB", "AUX"} and name not in NEWS_MEASURES:
        acted = _share_acting(span, noun, mention)
        if acted is not None:  # "76 percent of the electorate turned out": the turnout
            name = acted
        elif not _people_by_state(span, noun, mention):  # "2,000 were buried (alive)"
            stated = _people_in_a_state(span, noun, mention)
            if stated is None:
                return None  # "if I have one", "create a hundred": a verb that names no measure
            name = stated  # "three of them pleaded guilty", "six remain in critical condition"
    sized = any(
        child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start <= child.right_edge.i
        for child in noun.children
    )
    counted = counted_noun(span)
    if counted is not None and not sized:
        whole = _whole_counted(counted)
        sized = whole is not None and whole.i == noun.i
    settlement = _settlement_sized(noun, span) if mention.amount.kind == "count" else None
    if settlement is not None:
        # "a city of 125,000 inhabitants", "the town of about 100,000 people": how many
        # live there, as "a population of 100,000" says
        noun, name, sized = settlement, "population", True
        lemma = settlement.lemma_.lower()

    if sized and name not in NEWS_MEASURES and counted is not None:
        name = f"{name}:size"  # "a country of over 250 million people" sizes it, not counts it
    owner = owner_of(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    if owner is None and noun.pos_ == "NOUN" and mention.amount.kind in {"count", "percent"}:
        owner = _named_possessor(noun)  # "Labour's 412 seats", "the Conservatives' vote share"
    if owner is None and noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        owner = _owner_name(noun.head)  # "… as Miguel Luna, a Salvadoran father of three"
    if owner is None and noun.pos_ == "NOUN" and mention.amount.kind == "duration":
        owner = _possessor(noun)  # "the runner's 2:00:35 finish", "Hassan, whose 2:13:44 finish"
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and poss is not None and pronoun_owner is not None:
            owner = pronoun_owner(poss) if poss.lower_ in POSSESSIVE_PRONOUNS else None
            # "her 44-day premiership": the premier the article is about
    target = _target(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    qualifiers = _qualifiers(noun, span) if noun.pos_ in {"NOUN", "PROPN"} else []
    if noun.pos_ in {"NOUN", "PROPN"} and name not in NEWS_MEASURES and not sized:
        name += _of_complement(noun, span)  # "four counts of murder", not "two counts of theft"
    if mention.amount.kind == "percent" and not owner and noun.pos_ in {"NOUN", "PROPN"}:
        owner = _clause_owner(noun, pronoun_owner, common=True)  # "Smith took 48% of the vote"
        owner = None if owner == slug(words) else owner  # "Turnout was 61 percent"
    if mention.amount.kind == "count" and name not in NEWS_MEASURES and not owner and not where:
        # an open-vocabulary count: what is counted, and what the sentence says of it
        # ("three coaches derailed" is not "the train's 12 coaches")
        owner = _clause_owner(noun, pronoun_owner, common=True) or _given_for(noun)
        state = counted_state(noun) if noun.pos_ in {"NOUN", "PROPN", "NUM"} else None
        said = MEASURE_SYNONYMS.get(f"{state} {lemma}")  # "claimed 10,000 lives": deaths
        state = said if said in NEWS_MEASURES else state
        if state in NEWS_MEASURES:
            owner = None  # "the quake took 40 lives" is the story's toll, as "killed 40" is
        if lemma in IMPLIED_STATES and state in PEOPLE_STATES and not _capacity(noun):
            state = PEOPLE_STATES[state]  # "carrying 91 passengers and a crew of eight"
        if not state and _told_by_a_measure_clause(noun):
            return None  # "two passengers who survived", "two men who were also shot":
            # people in a scene, described by what happened to them, not a tally
        if (not state or _acting_on_something(noun)) and _few_already_named(noun, span, mention):
            return None  # "the two countries signed 15 agreements": Greece and Turkey
        implied = IMPLIED_STATES.get(lemma) if noun.pos_ == "NOUN" and not state else None
        if state in NEWS_MEASURES and lemma in PERPETRATORS and not _joined_people(noun):
            name = f"perpetrator:{state}"  # "four gunmen were killed", "four assailants"
        elif state in NEWS_MEASURES and lemma in TOLL_PARTS and not _joined_people(noun):
            name = f"{lemma}:{state}"  # "Seventeen children died": the children's toll
        elif state in NEWS_MEASURES:
            name = state
        elif (implied or person_noun(noun)) and mention.amount.value == 1:
            return None  # "one passenger said", "said one miner": someone in the scene
        elif implied and _capacity(noun):
            name, owner = "capacity", None  # "the ferry, built for 100 passengers"
        elif implied:
            # "91 passengers" are people on board; "91 passengers and a crew of eight" are
            # all of them, as "carrying 91 passengers and a crew of eight" says
            name = implied if _joined_people(noun) else f"{name}:{implied}"
            owner = None  # the people of the story's vehicle, whoever flew or sailed it
        elif lemma in PERSON_NOUNS and not state and (broken_down := breakdown_of(noun)):
            name = f"{lemma}:{broken_down}"  # "the dead included six men and five children"
            owner = None  # "He updated the toll to 126 women": the story's toll, not his
        elif lemma in PERSON_NOUNS and not (state and _underwent(noun)):
            return None  # "two men stood", "three victims": people in a scene, not a figure
        elif state:
            name = f"{name}:{state}"
    if mention.amount.kind == "count" and mention.amount.value == 1 and _ranked_among(span):
        return None  # "one of the deadliest earthquakes": a rank, not how many there were
    if (
        mention.amount.kind == "count"
        and mention.amount.value == 1
        and name not in NEWS_MEASURES
        and _partitive(span)
    ):
        return None  # "one of the coaches": a member of a group, not how many there are
    if mention.amount.kind == "count" and name == "margin":
        pass  # "won by a margin of 4,79,505": the margin itself, in the story's unit
    elif mention.amount.kind == "count" and name not in NEWS_MEASURES and _by_margin(noun):
        name = f"{name}:margin"  # "won by 1.27 million votes": a margin, not a tally
    if mention.amount.kind == "count" and _added_to_others(span, noun):
        return None  # "three more students were shot", "one more body was recovered": a
        # part of a tally, not the tally
    if mention.amount.kind == "count" and _elsewhere(span, noun):
        return None  # "170 were killed in other parts of the country": not the story's toll
    if name in MONEY_MEASURES and mention.amount.kind == "count":
        return None  # "costing them 251 seats", "bought 3 studios": no deal's value
    if (
        not owner
        and name not in NEWS_MEASURES
        and mention.amount.kind in {"count", "percent"}
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.lower_ in UNSAID_OWNERS for c in noun.children)
    ):
        return None  # "Their vote share came to 23.7%": someone's, but whose is unsaid
    key = name
    if mention.amount.kind == "duration":
        key = f"duration:{name}" + (":since-last" if since_last is not None else "")
    elif mention.amount.kind == "percent":
        key = f"share:{name}"
    phase = _phase(span.root) if mention.amount.kind in {"count", "percent"} else None
    if phase and name not in NEWS_MEASURES:
        qualifiers.append(phase)  # "won the first round with 38%": that round's share
    if qualifiers:
        key += "+" + "+".join(qualifiers)
    if owner:
        key = f"{owner}/{key}"
    if name in NEWS_MEASURES and mention.amount.kind == "count":
        target = target or _facility(noun)  # "six injured brought to the hospital"
    if target:
        key = f"{key}@{target}"
    return key, [noun]
