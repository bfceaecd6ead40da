"""The names stage: places, actors and other names in the body, as mentions and entities.

Three sources, in order of trust:
1. the dictionaries (places, facilities, regions, actors) matched as whole words behind
   clitics over the folded body, longest match first, with a stop-list for place
   names that are also common words and the article's own countries to choose
   between places of the same name (بابل in an Iraqi story is Babil, not Babol);
2. names built from those ("ريف إدلب الجنوبي"; a surname standing alone after the
   full name);
3. the statistical tagger (rasd.tagger) for names in no list, only where the
   dictionaries found nothing.

Every occurrence becomes a `Mention` (events use them all); `entities` lists each
(text, type) once, leaving out descriptions ("الحكومة العراقية") and mentions whose
letters fuse with a clitic (للعراق).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache, lru_cache
from itertools import accumulate, compress
from operator import itemgetter, or_
from pathlib import Path
from typing import Any

from rasd import tagger
from rasd.actors import ROLES, Actor, actors
from rasd.document import Document, Span
from rasd.errors import DataFileError
from rasd.gazetteer import (
    FACILITY_KINDS,
    Place,
    countries,
    country_places,
    facilities,
    place_stoplist,
    places,
    regions,
    seat_towns,
)
from rasd.matcher import Hit, Matcher, Memo, longest, readings, words_of
from rasd.normalise import WORD_MARKS, end_with_marks, fold, fold_text
from rasd.resources import data_path, expect_list, expect_mapping, read_sections
from rasd.time import lexicon as time_words

PLACE_TYPES = {"country": "GPE", "admin1": "GPE", "admin2": "GPE", "city": "GPE", "region": "LOC", "sea": "LOC"}
# Among places of one name and country, the reading a reader assumes without a cue.
_KIND_ORDER = {"country": 0, "city": 1, "admin1": 2, "admin2": 3, "region": 4, "sea": 4}
# a word, or one mark of punctuation: a token of the tagger, in a group so that a split keeps it; a diacritic inside a
# word ("العُمانية") is no punctuation, else the word's two halves were tagged apart ("مانية" a person)
_TOKEN_SPLIT = re.compile(rf"((?:[^\W_]|[{WORD_MARKS}])+|[^\w\s])")
# the same for a text with no "_" (nearly every one): one class instead of a choice of two per character, which `re`
# repeats twice as fast
_TOKEN_SPLIT_NO_UNDERSCORE = re.compile(rf"([\w{WORD_MARKS}]+|[^\w\s])")
_Word = tuple[int, int, str]  # a word's start and end (raw or folded offsets, as said), and its folded text


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name. `span` covers the name without clitics."""

    span: Span
    text: str
    type: str
    canonical: str | None
    origin: str  # "lexicon", "derived" or "tagger"
    place: Place | None = None
    actor: Actor | None = None
    fused: bool = False  # letters fused with a clitic (للعراق): not a verbatim name
    descriptive: bool = False  # a description that names an actor, not a proper name
    listed_as: str | None = None  # the entity type when it differs from `type` (a court that rules is an ORG)

    def entity(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "type": self.listed_as or self.type, "canonical": self.canonical}
        out.update(start=self.span.start, end=self.span.end)
        if self.place is not None:
            p = self.place
            out["place"] = {"id": p.id, "kind": p.kind, "country": p.country, "admin1": p.admin1}
            out["place"].update(lat=p.lat, lon=p.lon)
        if self.actor is not None:
            a = self.actor
            out["actor"] = {"id": a.id, "country": a.country, "role": a.role}
        return out


@dataclass(frozen=True, slots=True)
class NameRules:
    place_cues: frozenset[str]
    admin_cues: frozenset[str]
    city_cues: frozenset[str]
    descriptive_heads: frozenset[str]
    descriptive_modifiers: frozenset[str]
    locative: frozenset[str]
    countryside_heads: frozenset[str]
    directions: tuple[str, ...]
    not_names: frozenset[str]
    abstract_heads: frozenset[str]
    unnamed_people: frozenset[str]
    anaphoric_heads: frozenset[str]
    office_heads: frozenset[str]
    kind_words: frozenset[str]
    person_titles: frozenset[str]
    peoples: frozenset[str]
    facility_heads: frozenset[str]
    generic_modifiers: frozenset[str]
    name_stops: frozenset[str]
    facility_generic_objects: frozenset[str]
    name_builders: frozenset[str]
    institution_heads: dict[str, str]  # folded head -> actor role
    institution_words: frozenset[str]
    owned_heads: frozenset[str]  # kinds also read behind ل ("بيان لرئاسة الجمهورية")
    capitals: dict[str, str]  # folded capital -> ISO3 of its state
    cue_only: frozenset[str] = frozenset()  # stop-listed spellings a preposition does not make a place
    positions: frozenset[str] = frozenset()  # "غرب", "شمالي": a place's position, like a preposition
    media_heads: frozenset[str] = frozenset()  # "وكالة", "موقع": an outlet's name in quotes follows
    armed_quote_heads: frozenset[str] = frozenset()  # "لواء", "عمليات": an armed group's name in quotes
    party_quote_heads: frozenset[str] = frozenset()  # "كتلة", "حزب": a party's or a bloc's name in quotes
    protest_quote_heads: frozenset[str] = frozenset()  # "مجموعة", "حراك": a protest movement's name in quotes
    civic_quote_heads: frozenset[str] = frozenset()  # "جمعية", "مبادرة": a civic body's name in quotes
    claimant_heads: frozenset[str] = frozenset()  # "جماعة": in quotes after it, a group that claims an attack
    told_words: frozenset[str] = frozenset()  # "تصريح لـ"X"": X is an outlet
    not_places: frozenset[str] = frozenset()  # common nouns the tagger takes for places ("الكهرباء")
    detached_modifiers: frozenset[str] = frozenset()  # "القريب", "الحدودي": said of a facility, not its name
    staff_words: frozenset[str] = frozenset()  # "الأركان": right after a government kind, a military staff
    facility_time_words: frozenset[str] = frozenset()  # "الجمعة الماضي": when, after a facility's name
    name_breaks: frozenset[str] = frozenset()  # "أن", "إن": a tagged name ends before them
    capital_phrases: frozenset[str] = frozenset()  # "مسقط رأس": a stop-listed capital as a common word
    feminine_titles: dict[str, str] = field(default_factory=dict)  # folded "وزير" -> folded "وزيرة"
    title_modifiers: frozenset[str] = frozenset()  # "السابق", "المخلوع": said of a title before the name
    station_heads: frozenset[str] = frozenset()  # "إذاعة": a place after it names the station
    given_name_ends: frozenset[str] = frozenset()  # "الدين" of "بدر الدين": a family name may follow
    cue_adjectives: frozenset[str] = frozenset()  # "ولاية جديدة": after a place cue, still the cue's adjective
    named_with_kind: frozenset[str] = frozenset()  # "مخيم": a place after it is named with it ("مخيم فرشانا")
    verbal_heads: frozenset[str] = frozenset()  # "سجن": behind a clitic a verbal noun ("قضى بسجن مدوّن")
    proper_modifiers: frozenset[str] = frozenset()  # "الذاتية": a descriptive head with it is a name
    territory_nouns: frozenset[str] = frozenset()  # "الأراضي", "الأجواء": with a nationality, the country
    border_words: frozenset[str] = frozenset()  # "الحدود": "الحدود مع مالي" names the country, not "financial"
    quarter_words: frozenset[str] = frozenset()  # "حي": "حي الثورة بأم درمان" is a quarter of that town
    water_heads: frozenset[str] = frozenset()  # "نهر": "نهر الغراف" is the river, not the town of its name
    bloc_closers: frozenset[str] = frozenset()  # "النيابية": "كتلة الصادقون النيابية" is a party's bloc
    local_council_words: frozenset[str] = frozenset()  # "البلدي": "المجلس البلدي زوارة" names its town
    community_council_words: frozenset[str] = frozenset()  # "عشاير": "مجلس عشائر الأنبار", a community's notables
    host_verbs: frozenset[str] = frozenset()  # "تستضيف": a capital after or before it is the host city
    broken_plurals: frozenset[str] = frozenset()  # "مصادر": a feminine adjective after it ("مصادر سورية")
    group_nouns: frozenset[str] = frozenset()  # "جنود": a nationality after it is its adjective ("جنود أتراك")
    toponym_heads: frozenset[str] = frozenset()  # "عين"، "تل": first words of many place names ("بعين السبع")
    opposed_sides: frozenset[str] = frozenset()  # "المسلحين": after و, the other side, no part of a built name
    group_epithets: frozenset[str] = frozenset()  # "ميليشيا": before a listed group's name, no part of it
    range_heads: frozenset[str] = frozenset()  # "سلسلة": "سلسلة جبال حمرين" is listed as "جبال حمرين"
    family_titles: frozenset[str] = frozenset()  # "النقيب": after a given name, the family's name ("محمد النقيب")
    military_regions: frozenset[str] = frozenset()  # "الثانية": "المنطقة العسكرية الثانية" is an army's command
    person_non_openers: frozenset[str] = frozenset()  # "لصالح": a phrase word fused with a given name opens no person
    # "عُمان" -> "سلطنه عمان": a vowelled spelling (marks kept) -> the folded name of the place it means
    vowelled_places: dict[str, str] = field(default_factory=dict)
    # folded "الدفاع المدني" -> role: a body every state names alike, of the story's country when bare
    story_bodies: dict[str, str] = field(default_factory=dict)
    state_regions: frozenset[str] = frozenset()  # "جوبالاند": a region that is a polity, GPE even named bare
    landform_heads: frozenset[str] = frozenset()  # "جبال تيبستي": a province's spelling that names its landform
    world_regions: frozenset[str] = frozenset()  # "أوروبا": a continent the model tags is a region (LOC)
    generic_bodies: frozenset[str] = frozenset()  # "الجيش": alone after a kind ("قيادة الجيش"), no body of its own
    # derived: the text words that open a facility ("مستشفى", "المستشفى"), an institution ("وزارة", "ووزارة") or
    # a title ("الرئيس", "والرئيس"), clitic or article included, so that a pass over a text's words can skip
    # the others with one set look-up each
    facility_openers: frozenset[str] = field(init=False, default=frozenset())
    institution_openers: frozenset[str] = field(init=False, default=frozenset())
    title_openers: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        facility = self.facility_heads | {"ال" + h for h in self.facility_heads}
        # "بمستشفى ابن الجزار", "وبالمستشفى": behind و, ب or both (not ل: "لسد الفجوة" is "to fill the gap")
        # "قضت بالسجن" as "قضت بسجن": sentenced to prison, not in the prison
        verbal = self.verbal_heads | {"ال" + h for h in self.verbal_heads}
        nouns = {f for f in facility if len(f) > 2 and f not in verbal}
        facility |= {c + f for c in _FACILITY_CLITICS for f in nouns}
        object.__setattr__(self, "facility_openers", facility)
        # ... also some kinds behind ل ("بيان لرئاسة الجمهورية"، "تابعة لوزارة الدفاع"; not "لوحدة سوريا")
        owned = {"ل" + h for h in self.owned_heads if h in self.institution_heads}
        # ... and behind ب, where someone sits or works ("مصدر بوزارة الخارجية الجيبوتية"; names8)
        owned |= {"ب" + h for h in self.owned_heads if h in self.institution_heads}
        object.__setattr__(self, "institution_openers", _after_conjunction(self.institution_heads.keys()) | owned)
        object.__setattr__(self, "title_openers", _after_conjunction(self.person_titles | self.office_heads))


_FACILITY_CLITICS = ("و", "ب", "وب", "ف")


def _after_conjunction(words: Iterable[str]) -> frozenset[str]:
    """The words, and each after و or ف."""
    words = frozenset(words)
    return words | {c + w for c in ("و", "ف") for w in words}


def _indexes_in(words: list[_Word], wanted: frozenset[str]) -> Iterator[int]:
    """The indexes of the words that are in `wanted`, tested in C (most words of a text open nothing)."""
    return compress(range(len(words)), map(wanted.__contains__, map(itemgetter(2), words)))


def _words_by_role(sections: dict[str, Any], name: str, section: str) -> dict[str, str]:
    """A section of words listed under actor roles ("police: [...]"): each word, folded, with its role."""
    out: dict[str, str] = {}
    for role, items in expect_mapping(sections[section], name, 1, section).items():
        if role.value not in ROLES:
            raise DataFileError(name, role.line, f"role {role.value!r} is not one of {', '.join(sorted(ROLES))}")
        for item in expect_list(items, name, role.line, str(role.value)):
            out[fold_text(str(item.value))] = str(role.value)
    return out


def load_rules(path: Path | None = None) -> NameRules:
    path = path or data_path("names.yaml")
    name = str(path)
    wanted = tuple(f.name for f in fields(NameRules) if f.init)  # not the derived ones
    sections = {k: v for k, (_, v) in read_sections(path, wanted).items()}
    words: dict[str, list[str]] = {}
    for field_name in wanted:
        if field_name in ("institution_heads", "capitals", "feminine_titles", "vowelled_places", "story_bodies"):
            continue
        items = expect_list(sections[field_name], name, 1, field_name)
        words[field_name] = [fold_text(str(item.value)) for item in items]
    institution_heads = _words_by_role(sections, name, "institution_heads")
    story_bodies = _words_by_role(sections, name, "story_bodies")
    capitals: dict[str, str] = {}
    for state, items in expect_mapping(sections["capitals"], name, 1, "capitals").items():
        for item in expect_list(items, name, state.line, str(state.value)):
            capitals[fold_text(str(item.value))] = str(state.value)
    feminine: dict[str, str] = {}
    for male, female in expect_mapping(sections["feminine_titles"], name, 1, "feminine_titles").items():
        form = getattr(female, "value", None)
        if not isinstance(form, str):
            raise DataFileError(name, male.line, f"feminine_titles: {male.value!r} needs one feminine form")
        feminine[fold_text(str(male.value))] = fold_text(form)
    vowelled: dict[str, str] = {}
    for form, meant in expect_mapping(sections["vowelled_places"], name, 1, "vowelled_places").items():
        spelling = getattr(meant, "value", None)
        if not isinstance(spelling, str) or fold_text(str(form.value)) == str(form.value):
            raise DataFileError(name, form.line, f"vowelled_places: {form.value!r} needs its vowel marks and one name")
        vowelled[str(form.value)] = fold_text(spelling)
    for field_name in ("office_heads", "person_titles", "descriptive_heads", "not_names"):
        # a list that holds a masculine title holds its feminine ("وزير" and "وزيرة")
        words[field_name] += [feminine[w] for w in words[field_name] if w in feminine]
    return NameRules(
        capitals=capitals,
        name_builders=frozenset(words["name_builders"]),
        institution_heads=institution_heads,
        institution_words=frozenset(words["institution_words"]),
        owned_heads=frozenset(words["owned_heads"]),
        place_cues=frozenset(words["place_cues"]),
        admin_cues=frozenset(words["admin_cues"]),
        city_cues=frozenset(words["city_cues"]),
        descriptive_heads=frozenset(words["descriptive_heads"]),
        descriptive_modifiers=frozenset(words["descriptive_modifiers"]),
        locative=frozenset(words["locative"]),
        countryside_heads=frozenset(words["countryside_heads"]),
        directions=tuple(sorted(words["directions"], key=len, reverse=True)),
        not_names=frozenset(words["not_names"]),
        abstract_heads=frozenset(words["abstract_heads"]),
        unnamed_people=frozenset(words["unnamed_people"]),
        anaphoric_heads=frozenset(words["anaphoric_heads"]),
        office_heads=frozenset(words["office_heads"]),
        kind_words=frozenset(words["kind_words"]),
        person_titles=frozenset(words["person_titles"]),
        peoples=frozenset(words["peoples"]),
        facility_heads=frozenset(words["facility_heads"]),
        generic_modifiers=frozenset(words["generic_modifiers"]),
        name_stops=frozenset(words["name_stops"]),
        facility_generic_objects=frozenset(words["facility_generic_objects"]),
        cue_only=frozenset(words["cue_only"]),
        positions=frozenset(words["positions"]),
        media_heads=frozenset(words["media_heads"]),
        armed_quote_heads=frozenset(words["armed_quote_heads"]),
        party_quote_heads=frozenset(fold_text(w) for w in words["party_quote_heads"]),
        protest_quote_heads=frozenset(fold_text(w) for w in words["protest_quote_heads"]),
        civic_quote_heads=frozenset(fold_text(w) for w in words["civic_quote_heads"]),
        claimant_heads=frozenset(words["claimant_heads"]),
        told_words=frozenset(words["told_words"]),
        not_places=frozenset(words["not_places"]),
        detached_modifiers=frozenset(words["detached_modifiers"]),
        staff_words=frozenset(words["staff_words"]),
        facility_time_words=frozenset(words["facility_time_words"]),
        name_breaks=frozenset(words["name_breaks"]),
        capital_phrases=frozenset(words["capital_phrases"]),
        title_modifiers=frozenset(words["title_modifiers"]),
        station_heads=frozenset(words["station_heads"]),
        bloc_closers=frozenset(words["bloc_closers"]),
        local_council_words=frozenset(words["local_council_words"]),
        community_council_words=frozenset(words["community_council_words"]),
        given_name_ends=frozenset(words["given_name_ends"]),
        cue_adjectives=frozenset(words["cue_adjectives"]),
        named_with_kind=frozenset(words["named_with_kind"]),
        verbal_heads=frozenset(words["verbal_heads"]),
        proper_modifiers=frozenset(words["proper_modifiers"]),
        territory_nouns=frozenset(words["territory_nouns"]),
        border_words=frozenset(words["border_words"]),
        quarter_words=frozenset(words["quarter_words"]),
        water_heads=frozenset(fold_text(w) for w in words["water_heads"]),
        host_verbs=frozenset(words["host_verbs"]),
        broken_plurals=frozenset(words["broken_plurals"]),
        group_nouns=frozenset(words["group_nouns"]),
        toponym_heads=frozenset(fold_text(w) for w in words["toponym_heads"]),
        opposed_sides=frozenset(words["opposed_sides"]),
        group_epithets=frozenset(words["group_epithets"]),
        range_heads=frozenset(words["range_heads"]),
        family_titles=frozenset(words["family_titles"]),
        military_regions=frozenset(words["military_regions"]),
        person_non_openers=frozenset(words["person_non_openers"]),
        feminine_titles=feminine,
        vowelled_places=vowelled,
        story_bodies=story_bodies,
        state_regions=frozenset(words["state_regions"]),
        landform_heads=frozenset(fold_text(w) for w in words["landform_heads"]),
        world_regions=frozenset(words["world_regions"]),
        generic_bodies=frozenset(words["generic_bodies"]),
    )


@cache
def rules() -> NameRules:
    return load_rules()


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary spelling stands for."""

    place: Place | None
    actor: Actor | None
    # the hash, kept once asked for: an entry keys the per-spelling caches of every hit, and hashing its place
    # and actor field by field each time costs more than the look-up (the value is the dataclass's own)
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        if self._hash is None:
            object.__setattr__(self, "_hash", hash((self.place, self.actor)))
        assert self._hash is not None
        return self._hash


def _entries() -> Iterable[tuple[str, Entry]]:
    listed: list[tuple[str, Entry]] = []
    seat = seat_towns()
    for place in (*places(), *facilities(), *regions()):
        # a district named after its seat town is that town ("قضاء الطارمية" and "الطارمية": one place)
        # by its name alone or after its kind word; its other names ("وسط قطاع غزة") are the district's
        town = seat.get(place.id)
        own = {fold_text(s) for s in town.names} if town is not None else set()
        for spelling in place.names:
            key = fold_text(spelling)
            if town is None or (key not in own and key.partition(" ")[2] not in own):
                listed.append((key, Entry(place, None)))
            elif key not in own:
                listed.append((key, Entry(town, None)))
    for actor in actors():
        for spelling in actor.names:
            listed.append((fold_text(spelling), Entry(None, actor)))
    yield from listed
    known = {key for key, _ in listed}
    # "عبد الله" is also written "عبدالله" (and "عبدالرحمن" "عبد الرحمن"): a person's name either way
    for key, entry in listed:
        if entry.actor is not None and entry.actor.type == "PER":
            for form in (_ABD_SPLIT.sub(r"\1عبد", key), _ABD_JOINED.sub(r"\1عبد ", key)):
                if form not in known:
                    known.add(form)
                    yield form, entry
    # "وزير الخارجية الألماني" is also "وزيرة الخارجية الألمانية": an office held by a woman
    feminine = rules().feminine_titles
    for key, entry in listed:
        if entry.actor is not None and entry.actor.type != "PER":
            for form in feminine_forms(key, feminine):
                if form not in known:
                    yield form, entry


_ABD_SPLIT = re.compile(r"(^| )عبد (?=\w)")
_ABD_JOINED = re.compile(r"(^| )عبد(?=ال)")


def _agrees(word: str) -> bool:
    """An adjective that takes the title's gender: a nisba ("الألماني", "أممي") or "العام"."""
    return (word.endswith("ي") and len(word) > 3) or word in ("العام", "عام")


def feminine_forms(folded: str, feminine: dict[str, str]) -> list[str]:
    """The feminine of a folded office that starts with a masculine title: the title alone made feminine
    ("رئيسة مجلس النواب العراقي") and with the adjectives right after it and a closing nationality
    agreeing ("المتحدثة العسكرية المصرية", "وزيرة الخارجية الألمانية")."""
    for male in sorted(feminine, key=len, reverse=True):
        if folded != male and not folded.startswith(male + " "):
            continue
        rest = folded[len(male) :].split()
        agreed = list(rest)
        i = 0
        while i < len(agreed) and _agrees(agreed[i]):
            agreed[i] += "ه"
            i += 1
        if agreed and i < len(agreed) and _agrees(agreed[-1]):
            agreed[-1] += "ه"
        forms = [" ".join([feminine[male], *rest]), " ".join([feminine[male], *agreed])]
        return list(dict.fromkeys(forms))
    return []


@cache
def name_matcher() -> Matcher[Entry]:
    """The automaton over every place and actor spelling (built once per process)."""
    return Matcher(_entries())


def _is_nisba(word: str) -> bool:
    return word.endswith(("ي", "يه", "يين", "يون", "يان"))


def is_descriptive(folded_alias: str, rules: NameRules) -> bool:
    """True for "الحكومة العراقية"-style descriptions and for offices; False for proper names."""
    words = folded_alias.split(" ")
    # an office, or an office and more words: one look-up per leading run of words, not one test per office
    if any(" ".join(words[:cut]) in rules.office_heads for cut in range(1, len(words) + 1)):
        return True
    for cut in range(len(words), 0, -1):
        if " ".join(words[:cut]) in rules.descriptive_heads:
            rest = words[cut:]
            if any(w in rules.proper_modifiers for w in rest):
                return False  # "الإدارة الذاتية": the Autonomous Administration, a name
            return all(_is_nisba(w) or w in rules.descriptive_modifiers for w in rest)
    return False


def _described_place(folded: str, rules: NameRules) -> bool:
    """A place named by a description ("العاصمة العراقية": Baghdad), not by its name; a town whose name is a
    title or a common noun ("الرئيس حميدو", "سلطات") is named."""
    head, _, rest = folded.partition(" ")
    return bool(rest) and head in rules.descriptive_heads and all(_is_nisba(w) for w in rest.split(" "))


def _type_of(entry: Entry) -> str:
    if entry.place is not None:
        kind = entry.place.kind
        if kind == "camp":
            return "GPE"  # a camp is a place people live in ("مخيم جنين"), written as a town
        return "FAC" if kind in FACILITY_KINDS else PLACE_TYPES.get(kind, "LOC")
    assert entry.actor is not None
    return entry.actor.type


_TANWEEN_FATH = "\u064b"
_ACCUSATIVE_BEFORE = re.compile("[^\\W\\d_]+[\u064b\u0651]*[\u064bا][\u064b]? +$")


def _after_accusative(raw: str, m: Mention) -> bool:
    """Whether an indefinite accusative noun ("مهاجراً"، "لاجئا") stands right before the mention."""
    return _ACCUSATIVE_BEFORE.search(raw, max(0, m.span.start - 30), m.span.start) is not None


_SENTENCE_END = re.compile(r"[.!?؟\n]")
_IN_WORDS = frozenset(("في", "وفي"))


def _with_lead(
    countries: Counter[str], found: Sequence[tuple[Hit[Entry], Mention]], folded_text: str, at: int
) -> Counter[str]:
    """The story's countries, the one its sentence last named as where ("في"، "وفي") counting first ("وفي المغرب، خرج
    آلاف ... بمدينة الدار البيضاء" in a story mostly of Algeria is Casablanca)."""
    for hit, mention in reversed(found):
        if hit.end > at or _SENTENCE_END.search(folded_text, hit.end, at):
            break
        if mention.place is None or mention.place.kind != "country":
            continue
        if _previous_word(folded_text, hit.word_start) in _IN_WORDS:
            lead = Counter(countries)
            lead[mention.place.country] = max(countries.values(), default=0) + 1
            return lead
    return countries


_GOVERNOR = frozenset({"محافظ", "والي"})  # (folded) a governor's title, which a province follows


def _governor_title(word: str) -> bool:
    """A governor's title ("محافظ"، "والي"), bare or behind one clitic ("ومحافظ"، "لوالي")."""
    return word in _GOVERNOR or (word[:1] in "وفلب" and word[1:] in _GOVERNOR)


# A territory the press of its holder names as the holder's own: a story of Morocco names Western Sahara's towns
# (السمارة، الداخلة، بوجدور) as it names Morocco's, so its towns count as the story's country when a reading is
# chosen (the town of Smara, EH, before Morocco's province of Es-Semara named like it)
_HELD_BY = {"EH": "MA"}


def _choose(
    values: Sequence[Entry],
    countries: Counter[str],
    previous_word: str,
    rules: NameRules,
    locative: bool = False,
    shared: Counter[str] | None = None,
) -> Entry:
    """One reading of an ambiguous spelling: the article's countries first, then the countries the story's other
    ambiguous places may be in (`shared`), then the usual kind.

    A capital written like its country (تونس، الكويت، الجزائر) is the city after "العاصمة" or
    "مدينة", and after "في"/"بـ" in a story set in that country: "in Tunisia" is rarely worth
    saying there.
    """
    if len(values) == 1:
        return values[0]
    rest = previous_word[1:]
    if _governor_title(previous_word):
        # "محافظ قنا" is Qena's governor, never the Qatari wire QNA: after the governor's title, the province
        values = [v for v in values if v.place is not None] or values
        if len(values) == 1:
            return values[0]
    home = countries.most_common(1)[0][0] if countries else None
    if previous_word[:1] in ("ب", "و", "ف", "ل") and (rest in rules.admin_cues or rest in rules.city_cues):
        previous_word = previous_word[1:]  # "بولايتي تمنراست وبرج باجي مختار"، "بمدينة": the cue behind its clitic

    def rank(entry: Entry) -> tuple[int, int, int, int, int]:
        place, actor = entry.place, entry.actor
        country = place.country if place is not None else _iso2(actor.country if actor else None)
        in_story = -countries.get(country or "", 0) - countries.get(_HELD_BY.get(country or "", ""), 0)
        # "أطلق مسلحون النار في طرابلس ... وفي صيدا": no place of one country only is named, but Saida may be
        # Lebanon's or Algeria's and Tripoli Lebanon's or Libya's: the country both may be in wins (fix13)
        also = -(shared or Counter()).get(country or "", 0)
        if place is None:
            return (in_story, also, 1, 0, 0)
        kind_rank = _KIND_ORDER.get(place.kind, 5)
        if previous_word in rules.admin_cues and place.kind == "admin1":
            kind_rank = -1
        at_home = home is not None and home in (place.country, _HELD_BY.get(place.country))
        city_wanted = previous_word in rules.city_cues or (locative and at_home)
        if city_wanted and place.kind == "city":
            kind_rank = -1
        return (in_story, also, 0, kind_rank, -(place.population or 0))

    return min(values, key=rank)


_ISO3_TO_2 = {
    "IRQ": "IQ", "SYR": "SY", "LBN": "LB", "JOR": "JO", "PSE": "PS", "ISR": "IL", "EGY": "EG", "SAU": "SA",
    "YEM": "YE", "IRN": "IR", "TUR": "TR", "USA": "US", "LBY": "LY", "SDN": "SD", "TUN": "TN", "DZA": "DZ",
    "MAR": "MA", "ARE": "AE", "QAT": "QA", "KWT": "KW", "BHR": "BH", "OMN": "OM", "SOM": "SO", "MRT": "MR",
    "DJI": "DJ", "COM": "KM", "RUS": "RU", "GBR": "GB", "FRA": "FR", "DEU": "DE", "CHN": "CN",
}  # fmt: skip


_ISO2_TO_3 = {v: k for k, v in _ISO3_TO_2.items()}


def _iso2(code: str | None) -> str | None:
    return _ISO3_TO_2.get(code or "")


def iso3(code: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 code: the countries the press writes about most first, then any in countries.tsv
    (a story set in Burkina Faso or Mali has a home country too)."""
    found = _ISO2_TO_3.get(code or "")
    if found is None and code and len(code) == 2:
        country = countries().get(code)
        found = country.iso3 if country is not None else None
    return found


def _previous_word(folded: str, start: int) -> str:
    head = folded[max(0, start - 40) : start].rstrip()  # a window: searching the whole prefix is quadratic
    # the word that ends the window, matched from its end: a search for "[^\W_]+$" tries every start
    match = _LEADING_WORD.match(head[::-1])
    return match.group()[::-1] if match else ""


_LEADING_WORD = re.compile(r"[^\W_]+")


def _next_word(folded: str, end: int) -> str:
    """The word right after `end` past spaces (none past punctuation)."""
    match = _LEADING_WORD.match(folded, end + len(folded[end : end + 10]) - len(folded[end : end + 10].lstrip(" ")))
    return match.group() if match else ""


_TODAY = " " + fold_text("اليوم")


def _place_today(hit: Hit[Entry], folded_text: str) -> bool:
    """ "في بغداد اليوم" is "in Baghdad today", not the outlet Baghdad Today (nor "إسرائيل اليوم", "روسيا
    اليوم"): an outlet named as a place and "today", after في, إلى or داخل or behind ب, is the place."""
    if not hit.key.endswith(_TODAY) or not all(v.actor is not None and v.actor.role == "media" for v in hit.values):
        return False
    if not any(v.place is not None for v in name_matcher().values_of(hit.key[: -len(_TODAY)])):
        return False
    clitic = folded_text[hit.word_start : hit.start]
    return clitic.endswith("ب") or _previous_word(folded_text, hit.word_start) in _PLACE_PREPOSITIONS


# "في المنطقة الشمالية الغربية": a region named by a compass word is no such place when a second compass word
# follows it (the north-west of whatever country the story is in)
_COMPASS_ENDS = tuple(fold_text(w) for w in ("الشمالية", "الجنوبية", "الشرقية", "الغربية"))
_SECOND_COMPASS = re.compile(
    r" +(?:" + "|".join(fold_text(w) for w in ("الشرقية", "الغربية", "الشرقي", "الغربي")) + r")(?!\w)"
)


def _half_compass(hit: Hit[Entry], folded_text: str) -> bool:
    return hit.key.endswith(_COMPASS_ENDS) and _SECOND_COMPASS.match(folded_text, hit.end) is not None


_THE_CAPITAL = fold_text("العاصمة")
_CAPITAL_WORDS = frozenset(fold_text(w) for w in ("العاصمة", "عاصمة", "والعاصمة", "بالعاصمة"))


def _after_capital_word(folded: str, start: int) -> bool:
    """ "العاصمة العمانية مسقط", "العاصمة مسقط": the word "capital", perhaps with a nationality, names the
    city after it, so a stop-listed capital there is the city."""
    previous = _previous_word(folded, start)
    if previous in _CAPITAL_WORDS:
        return True
    if previous not in _nationality_adjectives():
        return False
    return _previous_word(folded, folded.rfind(previous, 0, start)) in _CAPITAL_WORDS


_INTO = frozenset(fold_text(w) for w in ("في", "إلى", "داخل", "نحو", "باتجاه"))
_PLACE_PREPOSITIONS = frozenset(fold_text(w) for w in ("في", "إلى", "داخل"))


def _dateline_countries(doc: Document) -> list[str]:
    """The country of the place a dateline cut from the body's first line names, when its spelling is of one
    country only ("عدن -"، "بغداد (رويترز) -"); none otherwise."""
    if not doc.sentences:
        return []
    first = doc.sentences[0].span.start
    before = [b for b in doc.boilerplate if b.end <= first and b != doc.title_span]
    if not before:
        return []
    last = max(before, key=lambda b: b.end)
    if doc.raw[last.end : first].strip() or "\n" in doc.raw[last.start : last.end]:
        return []
    hits = longest(name_matcher().find(fold_text(doc.raw[last.start : last.end])))
    if not hits or hits[0].start > 0:
        return []
    owners = {v.place.country for v in hits[0].values if v.place is not None}
    return list(owners) if len(owners) == 1 else []


_CUE_CLITICS = re.compile(r"^(?:وب|فب|و|ف|ب|ل)")
_POST_HEADS = frozenset(fold_text(w) for w in ("موقع", "ثكنة", "مواقع"))
_POST_AFTER = frozenset(fold_text(w) for w in ("التابع", "التابعة", "العسكري", "العسكرية"))
# "الفرقة الرابعة عشرة": a name ending in an ordinal whose عشر/عشرة follows is another unit (the 14th, not Syria's
# 4th Division; probe88)
_TEEN_AFTER = re.compile(r" عشر[ةه]?(?!\w)")
_ORDINALS = frozenset(
    fold_text(w)
    for pair in (
        ("الحادي", "الحادية"),
        ("الثاني", "الثانية"),
        ("الثالث", "الثالثة"),
        ("الرابع", "الرابعة"),
        ("الخامس", "الخامسة"),
        ("السادس", "السادسة"),
        ("السابع", "السابعة"),
        ("الثامن", "الثامنة"),
        ("التاسع", "التاسعة"),
    )
    for w in pair
)
_CONJUNCTION = re.compile(r"^[وف]")


def _lexicon_mentions(
    doc: Document, folded_text: str, to_raw: Any, rules: NameRules
) -> list[tuple[Hit[Entry], Mention]]:
    matched = name_matcher().find(folded_text)
    matched = _conjoined_reading(folded_text, matched)
    hits = longest(
        [
            h
            for h in matched
            if not _place_today(h, folded_text)
            and not _half_compass(h, folded_text)
            and not (h.key.rsplit(" ", 1)[-1] in _ORDINALS and _TEEN_AFTER.match(folded_text, h.end))
        ]
    )
    stoplist = place_stoplist()
    # first pass: the countries of unambiguous hits give the story's context (a common word, such as the
    # stop-listed مسقط "birthplace", tells nothing)
    countries: Counter[str] = Counter()
    place_countries: Counter[str] = Counter()  # ... of places alone (an actor's state tells no quarter's country)
    shared: Counter[str] = Counter()  # ... the countries each place of several countries may be in, once a spelling
    shared_by: dict[str, set[str]] = {}
    for hit in hits:
        # a spelling of several rows of one country (إدلب the city and the governorate) tells the country too
        of_hit = {v.place.country if v.place else _iso2(v.actor.country if v.actor else None) for v in hit.values}
        of_places = {v.place.country for v in hit.values if v.place is not None}
        if len(of_places) > 1 and hit.key not in stoplist and hit.key not in shared_by:
            shared_by[hit.key] = of_places
            shared.update(of_places)
        if len(of_hit) == 1:
            country = of_hit.pop()
            if country and hit.key not in stoplist:
                countries[country] += 1
                if all(v.place is not None for v in hit.values):
                    place_countries[country] += 1
    # "عدن - اقتحم مسلحون مبنى المحكمة في مديرية المنصورة": the city of the dateline cut from the body tells the
    # story's country too (Aden's المنصورة, not Egypt's)
    countries.update(_dateline_countries(doc))
    home = countries.most_common(1)[0][0] if countries else None
    found: list[tuple[Hit[Entry], Mention]] = []
    named_as_places: set[str] = set()  # stop-listed spellings the story has named as places, with their cue
    for k, hit in enumerate(hits):
        previous = _previous_word(folded_text, hit.word_start)
        values = hit.values
        # "بمدينة الأبيض"، "وبلدة النصر": a place cue behind a clitic is still a place cue
        bare_cue = _CUE_CLITICS.sub("", previous) if previous[:1] in "وفبل" else previous  # (the sub only cuts these)
        cued = previous in rules.place_cues or (bare_cue != previous and bare_cue in rules.place_cues)
        # "استهدفوا موقع المطلة التابع للجيش الإسرائيلي"، "موقع العباد العسكري": a post named by its place (موقع alone
        # also heads a website's name, so only with the post's owner or its adjective after the name; art2)
        cued = cued or (
            bare_cue in _POST_HEADS
            and _next_word(folded_text, hit.end) in _POST_AFTER
            and hit.key not in rules.cue_only  # ("موقع الجديد التابع للحزب": the word's common reading)
        )
        stopped = hit.key in stoplist or hit.key in _clitic_words()
        if stopped and cued and hit.key in rules.cue_adjectives:
            continue  # "بولاية جديدة" (a new term)، "منطقة جديدة" (a new area): the cue noun's adjective (probe81)
        if bare_cue in rules.quarter_words:
            # "في حي البستان بالبلدة" (Silwan's quarter, not Turkey's Elbistan): a quarter's name is a common one; a
            # listed town of a country the rest of the story does not name is not the quarter (probe81)
            own = {v.place.country for v in values if v.place is not None}
            others = place_countries.copy()
            if len(own) == 1 and hit.key not in stoplist and all(v.place is not None for v in values):
                others.subtract(own)  # (the hit's own count, taken above)
            told = {c for c, n in others.items() if n > 0}
            # (a town right after it, "حيي وادي الذهب والزهراء بمدينة حمص", is where `_quarters` puts it)
            near = folded_text[hit.end : hit.end + 40]
            near = " ".join(near.split()[:3])
            town_follows = any(w in _QUARTER_GAP for w in near.split()) or any(
                h.key not in stoplist and any(v.place for v in h.values) for h in name_matcher().find(near)
            )
            if told and not town_follows:
                values = tuple(v for v in values if v.place is None or v.place.country in told)
                if not values:
                    continue
        if bare_cue in rules.water_heads:
            # "شح المياه في نهر الغراف": a river or canal named like a town is no town (art32)
            values = tuple(v for v in values if v.place is None or v.place.kind != "city")
            if not values:
                continue
        if stopped and cued:
            named_as_places.add(hit.key)
        # "في منطقة الحاج يوسف" ... "على سوق الحاج يوسف": once named as a place, the same place
        if stopped and not cued and hit.key not in named_as_places:
            # "في صور" in a Lebanese story is Tyre; "صور" alone is "pictures"
            clitic = folded_text[hit.word_start : hit.start]
            locative = previous in rules.locative or previous in rules.positions or clitic.endswith("ب")
            # "في بيان" is "in a statement": for these words only a place cue will do, or a distance told from them
            # ("على بعد 35 كيلومتراً شمال شرقي جلب": no statement lies kilometres away)
            distance = _distance_before(folded_text, hit.word_start)
            locative = locative and (hit.key not in rules.cue_only or distance)
            # "بلدتي كفركلا والخيام": the second of two places joined by و shares the first one's cue
            # ... also as the third of three ("بلدات عيتا الشعب وكفركلا والخيام")
            listed = clitic.startswith("و") and any(
                v.place for v in name_matcher().values_of(previous if previous[:1] != "و" else previous[1:])
            )
            # the story's own country, or the capital of another country the story names
            # ... or a governor's ("محافظ قنا": Qena's governor, not the Qatari wire)
            governed = _governor_title(previous)
            ok = locative or listed or governed
            framed = _opens_frame(folded_text, hit.word_start, hit.end) and hit.key not in rules.cue_only
            # "في مسقط" is the capital, "في مسقط رأسه" the birthplace: only its common phrase makes it a word
            phrase = any(map(folded_text[hit.start : hit.start + 30].startswith, rules.capital_phrases))
            # "تستضيف مسقط جولة محادثات"، "مسقط ستستضيف": a host verb's capital is the city too
            hosting = (
                _CONJUNCTION.sub("", previous) in rules.host_verbs
                or _CONJUNCTION.sub("", _next_word(folded_text, hit.end)) in rules.host_verbs
            )
            capital = (
                locative or hosting or _after_capital_word(folded_text, hit.word_start)
            ) and hit.key in rules.capitals
            capital = capital and not phrase
            # "قرب الحدود مع مالي": a border is with a country, whatever the story's country; so is a country
            # joined by و to another ("بين مالي والنيجر"; "النيجر ومالي" is the `listed` case)
            border = _after_border(folded_text, hit.word_start, rules)
            border = border or (k + 1 < len(hits) and _country_follows(folded_text, hit, hits[k + 1]))
            # "العسكري في مالي", "شمال مالي": a country is one wherever the story is set ("من مالي" may be
            # "from my money")
            border = border or previous in _INTO or previous in rules.positions
            values = tuple(
                v
                for v in values
                if v.place is None
                or (capital and v.place.kind == "city")
                or (border and v.place.kind == "country")
                or (ok and not phrase and _in_story(v.place, hit.key, home, countries, rules))
                or framed  # ("وفي الكفرة،": the frame names a place whatever country the story is of)
                or (distance and v.place.kind == "city")  # kilometres from it: a town, wherever the story is
            )
            if not values:
                continue
            if listed:
                named_as_places.add(hit.key)  # "مدينتي البوكمال والميادين" ... "الغارات على الميادين"
        clitic = folded_text[hit.word_start : hit.start]
        builders = _folded_builders(rules.name_builders)
        whole = folded_text[hit.word_start : hit.end]
        if (hit.key in builders or whole in builders) and _builds_on(folded_text, hit.end, rules):
            # "قرية تل الورد"، "بلدة دير الخير": a word that builds a name with the next one is the start of a
            # longer name no list has, not the place (Till, Bandar-e Deyr) its bare spelling names; so is one that
            # reads as a clitic and a place ("منطقة باب التبانة" is no ب + Ibb)
            values = tuple(v for v in values if v.place is None)
            if not values:
                continue
        if not clitic and _other_bearer(hit.key, previous):
            # "المعارض جوهر بن مبارك" is not the listed "بن مبارك": his own given name stands before it
            values = tuple(v for v in values if v.actor is None or v.actor.type != "PER")
            if not values:
                continue
        adjective = not clitic and hit.key in _adjective_places()
        if adjective and _said_of_noun(doc, to_raw(hit.start, hit.end).start, hit.key, rules):
            continue  # "القوات البحرية الملكية السعودية", "مصادر سورية": the adjective of a noun, not the country
        if clitic and not hit.key.startswith("ال"):
            # "وجيزة" (and brief), "وعقبة" (and an obstacle): a place the press names with its article (الجيزة،
            # العقبة) is not its bare spelling behind a clitic
            values = tuple(v for v in values if v.place is None or not _named_with_article(v.place, hit.key))
            if clitic and " " not in hit.key and _given_name_over_clitic(clitic + hit.key, hit.key):
                # "كارين بيرس" is Karen Pierce, not ك + a village "ارين"
                values = tuple(v for v in values if v.place is None)
            if not values:
                continue
        locative = previous in rules.locative or clitic.endswith("ب")
        last = found[-1] if found else None
        if (
            clitic == "و"
            and last is not None
            and last[1].place is not None
            and last[1].place.kind == "admin1"
            and not folded_text[last[0].end : hit.word_start].strip()
        ):
            # "بولايتي تمنراست وبرج باجي مختار": a unit joined by و to a province named just before is a province
            # too, though a town shares its name (probe77)
            previous = min(rules.admin_cues)  # (any cue word of a province)
        values = _of_named_state(values, folded_text, hit.end)
        if _next_word(folded_text, hit.end) == _THE_CAPITAL:
            # "في تونس العاصمة": the city the word "capital" follows, not the state written like it (h14b)
            values = tuple(v for v in values if v.place is not None and v.place.kind == "city") or values
        others = shared - Counter(shared_by.get(hit.key, ()))  # (its own spelling's countries left out)
        entry = _choose(values, _with_lead(countries, found, folded_text, hit.start), previous, rules, locative, others)
        mention = _mention(doc, hit, entry, to_raw, rules)
        if entry.place is not None and entry.place.kind == "city" and bare_cue == _CITY and hit.word_start == hit.start:
            mention = _city_of_state(doc, folded_text, hit, mention, to_raw)
        if entry.place is not None:
            entry, mention = _vowelled(doc, hit, entry, mention, to_raw, rules)
        if entry.place is not None and mention.text.endswith(_TANWEEN_FATH) and _after_accusative(doc.raw, mention):
            continue  # "مهاجراً إثيوبياً"، "لاجئاً سورياً": a nationality said of a noun, no place ("سورياً" alone is a man)
        found.append((hit, mention))
        if entry.place is not None and _name_end(hit, entry) < hit.end:
            found.extend(_seat_of(doc, hit, _name_end(hit, entry), to_raw))
    return found


_CITY = fold_text("مدينة")


def _city_of_state(doc: Document, folded_text: str, hit: Hit[Entry], mention: Mention, to_raw: Any) -> Mention:
    """ "مدينة الكويت"، "مدينة جيبوتي": a capital that bears its state's name is named with its kind word, which
    tells the city from the state (names9)."""
    if not any(v.place is not None and v.place.kind == "country" for v in hit.values):
        return mention
    cue_end = folded_text.rfind(_CITY, 0, hit.word_start) + len(_CITY)
    if cue_end < len(_CITY) or folded_text[cue_end : hit.word_start].strip():
        return mention
    span = Span(to_raw(cue_end - len(_CITY), hit.end).start, mention.span.end)
    return replace(mention, span=span, text=doc.raw[span.start : span.end])


def _place_countries(word: str) -> set[str]:
    """The countries of the places a folded word (bare of و/ف) names."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return {v.place.country for v in name_matcher().values_of(bare) if v.place is not None}


def _conjoined_reading(folded_text: str, hits: list[Hit[Entry]]) -> list[Hit[Entry]]:
    """ "بين طهران ومشهد من جهة والرياض وجدة من جهة أخرى": a word that is both a place (Morocco's وجدة) and و + a
    place (Jeddah) is the second when it is joined to a place of that place's country and not the first's; the
    longer spelling would otherwise win ("بين الناظور ووجدة", "مدينة وجدة" stay Oujda)."""
    inner = {(h.word_start, h.end): h for h in hits if h.start == h.word_start + 1 and folded_text[h.word_start] == "و"}
    if not inner:
        return hits
    dropped: set[int] = set()
    for h in hits:
        other = inner.get((h.word_start, h.end))
        if other is None or h.start != h.word_start or h is other:
            continue
        whole = {v.place.country for v in h.values if v.place is not None}
        part = {v.place.country for v in other.values if v.place is not None}
        nxt = _next_word(folded_text, h.end)
        neighbours = _place_countries(_previous_word(folded_text, h.word_start))
        if nxt[:1] == "و":
            neighbours |= _place_countries(nxt)
        if neighbours & part and not neighbours & whole:
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def _of_named_state(values: tuple[Entry, ...], folded_text: str, end: int) -> tuple[Entry, ...]:
    """ "بلدة تين زاوتين المالية"، "مدينة القصير المصرية": a town of a name two states share, with the nationality
    of one right after it, is that state's (whatever country the story is mostly of)."""
    if len(values) < 2:
        return values
    iso = _countries_of_adjectives().get(_next_word(folded_text, end))
    owned = tuple(
        v for v in values if v.place is not None and v.place.kind != "country" and iso3(v.place.country) == iso
    )
    return owned if iso is not None and owned else values


def _vowelled(
    doc: Document, hit: Hit[Entry], entry: Entry, mention: Mention, to_raw: Any, rules: NameRules
) -> tuple[Entry, Mention]:
    """ "عُمان" is Oman, "عمّان" Amman: the one vowel mark that folding drops tells two places of one folded
    spelling apart; the marked spelling takes the place it means."""
    for form, meant in rules.vowelled_places.items():
        if form in mention.text:
            place = next((v for v in name_matcher().values_of(meant) if v.place is not None), None)
            if place is not None and place != entry:
                return place, replace(_mention(doc, hit, place, to_raw, rules), span=mention.span, text=mention.text)
    return entry, mention


@cache
def _adjective_places() -> frozenset[str]:
    """Place spellings that are also nationality adjectives ("السعودية", "سورية", "جيبوتي"), folded."""
    from rasd.cues import cues

    adjectives = {fold_text(f) for fs in cues().nationalities.values() for f in fs}
    return frozenset(fold_text(n) for p in places() for n in p.names if fold_text(n) in adjectives)


_RAW_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\u064b-\u0652\u0640]*\s+$")


def _said_of_noun(doc: Document, start: int, key: str, rules: NameRules) -> bool:
    """Whether the word before a raw offset is a noun a feminine adjective agrees with: one written with ة or
    ending in ات ("الملكية السعودية", "وكالة سورية", "طائرات سورية"), or a plural listed as taking one
    ("مصادر سورية"); definite before a definite adjective, indefinite before an indefinite one."""
    match = _RAW_WORD_BEFORE.search(doc.raw[max(0, start - 40) : start])
    if match is None or not key.endswith("يه"):
        return False  # (a masculine one, "جيبوتي", "مالي", agrees with no such noun)
    word = match.group(1)
    if word.startswith("ال") != key.startswith("ال"):
        return False
    bare = fold_text(word.removeprefix("ال"))
    return word.endswith(("ة", "ات")) or bare in rules.broken_plurals


def _quarters(
    doc: Document, folded_text: str, to_raw: Any, pairs: list[tuple[Hit[Entry], Mention]], rules: NameRules
) -> list[tuple[Hit[Entry], Mention]]:
    """A quarter named before its town ("حي الروضة شرقي مدينة تعز", "حي الثورة بأم درمان", "حي X في Y") lies in
    that town: read elsewhere (a town of its name in another province or country), it takes the town's place.
    A quarter whose name is, alone, a town's (no spelling of the place starts with حي: "حي الطيرة" is no quarter
    of At Tirah) is named with its kind, as the press and the gold sets write it (names7)."""
    out = list(pairs)
    for k, (hit, m) in enumerate(pairs):
        if m.place is None or m.fused or m.place.kind != "city":
            continue
        previous = _previous_word(folded_text, hit.word_start)
        bare = re.sub(r"^(?:وب|و|ف|ب)", "", previous)
        if bare not in rules.quarter_words:
            continue
        start = hit.word_start - 1 - len(bare)
        if (
            bare == _QUARTER
            and folded_text[start : hit.start] == _QUARTER + " "
            and not _named_quarter(m.place)
            and _read_elsewhere(folded_text, pairs, k)
        ):
            span = Span(to_raw(start, start + len(bare)).start, m.span.end)
            out[k] = (hit, replace(m, span=span, text=doc.raw[span.start : span.end]))
        if k + 1 == len(pairs):
            continue
        town_hit, town = pairs[k + 1]
        if town.place is None or town.place.kind not in ("city", "admin2"):
            continue
        gap = folded_text[hit.end : town_hit.word_start].split()
        clitic = folded_text[town_hit.word_start : town_hit.start]
        if clitic not in ("", "ب") or not all(w in _QUARTER_GAP or w in rules.positions for w in gap):
            continue
        if (m.place.country, m.place.admin1) != (town.place.country, town.place.admin1):
            out[k] = (hit, replace(out[k][1], canonical=town.place.canonical, place=town.place))
    return out


_QUARTER_GAP = frozenset(fold_text(w) for w in ("في", "مدينة", "بمدينة", "وسط", "داخل"))
_QUARTER = fold_text("حي")  # one quarter ("حيي": two, each listed bare)


def _read_elsewhere(folded_text: str, pairs: list[tuple[Hit[Entry], Mention]], k: int) -> bool:
    """The place read for the quarter at k lies in another country or province than a place of its sentence
    ("في حي الروضة شمالي مدينة تعز", "وفي مدينة مأرب ... في حي الروضة", "حي الطيرة بمخيم عين الحلوة")."""
    hit, m = pairs[k]
    here = m.place
    assert here is not None
    for j in (k - 1, k + 1):
        if not 0 <= j < len(pairs):
            continue
        other_hit, other = pairs[j]
        place = other.place
        if place is None or other.fused or place.kind not in ("city", "admin1", "admin2", "camp", "country"):
            continue
        a, b = sorted((hit, other_hit), key=lambda h: h.start)
        if _SENTENCE_END.search(folded_text, a.end, b.word_start):
            continue
        if place.country != here.country or (place.kind != "country" and place.admin1 != here.admin1):
            return True
    return False


def _named_quarter(place: Place) -> bool:
    """The gazetteer knows the place as a quarter: a spelling of it starts with حي ("حي الشجاعية", "حي الأمل")."""
    return any(name.startswith("حي ") for name in place.names)


def _by_neighbours(folded_text: str, pairs: list[tuple[Hit[Entry], Mention]]) -> list[tuple[Hit[Entry], Mention]]:
    """A town's name that towns of several provinces of one country share ("الغسانية": Idlib, Hama) names the one in
    the province of the nearest other place of its sentence ("بلدتي بداما والغسانية في ريف جسر الشغور"): the press
    places a village by the town or province next to it."""
    out = list(pairs)
    for k, (hit, m) in enumerate(pairs):
        if m.place is None or m.place.kind != "city":
            continue
        chosen = m.place
        rivals = [
            v.place
            for v in hit.values
            if v.place is not None and v.place.kind == "city" and v.place.country == chosen.country
            and v.place.admin1 != chosen.admin1
        ]  # fmt: skip
        if not rivals:
            continue
        near = _neighbour_admin1(folded_text, pairs, k, chosen.country)
        better = [p for p in rivals if near is not None and p.admin1 == near]
        if near != chosen.admin1 and len(better) == 1:
            out[k] = (hit, replace(m, canonical=better[0].canonical, place=better[0]))
    return out


def _neighbour_admin1(folded_text: str, pairs: list[tuple[Hit[Entry], Mention]], k: int, country: str) -> str | None:
    """The admin1 of the nearest place of the same sentence and country whose every reading lies in one admin1."""
    hit = pairs[k][0]
    best: tuple[int, str] | None = None
    for j, (other, m) in enumerate(pairs):
        if j == k or m.place is None or m.place.country != country:
            continue
        readings = {(v.place.country, v.place.admin1) for v in other.values if v.place is not None}
        if len(readings) != 1 or not m.place.admin1:
            continue
        a, b = (other.end, hit.start) if other.end <= hit.start else (hit.end, other.start)
        if b < a or _SENTENCE_END.search(folded_text, a, b):
            continue
        if best is None or b - a < best[0]:
            best = (b - a, m.place.admin1)
    return best[1] if best else None


def _country_follows(folded_text: str, hit: Hit[Entry], following: Hit[Entry]) -> bool:
    """Whether the next name, right after this one and behind و, is a country ("مالي والنيجر")."""
    clitic = folded_text[following.word_start : following.start]
    if folded_text[hit.end : following.word_start].strip() or clitic != "و":
        return False
    return any(v.place is not None and v.place.kind == "country" for v in following.values)


_WITH = " " + fold_text("مع")
_SHARED = " " + fold_text("المشتركة")


# "على بعد 35 كيلومتراً شمال شرقي"، "على مسافة 20 كلم جنوب": a distance, then the compass words before a place
_DISTANCE_DIRECTION = re.compile(
    r"(?<!\w)(?:كيلومترا?|كيلو مترا?|كيلومترات|كلم|كم|ميلا|اميال)(?:\s+(?:الي\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)[يي]?)"
    r"(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+$"
)


# "وفي الكفرة، وزعت الهيئة ...": a sentence that opens on في, one word and a comma frames where it tells (a common
# word there is an aside, "وفي المقابل،", which no list holds as a place)
_FRAME_OPENING = re.compile(r"(?:^|[.!؟?:\n] *)[وف]?في +$")
_FRAME_CLOSE = re.compile(r" *[،,]")


def _opens_frame(folded_text: str, word_start: int, end: int) -> bool:
    """Whether the word at `word_start`..`end` is the place of a sentence's opening frame ("وفي الكفرة،")."""
    opening = _FRAME_OPENING.search(folded_text, max(0, word_start - 12), word_start) is not None
    return opening and _FRAME_CLOSE.match(folded_text, end) is not None


def _distance_before(folded_text: str, start: int) -> bool:
    """Whether a distance and a compass direction stand right before `start` ("على بعد 35 كيلومتراً شمال شرقي")."""
    return _DISTANCE_DIRECTION.search(folded_text, max(0, start - 60), start) is not None


_COMING_FROM = re.compile(r"(?<!\w)(?:ال)?(?:قادم|متجه)(?:[هة]|ين|ون)? +(?:من|الي)$")


def _after_border(folded_text: str, start: int, rules: NameRules) -> bool:
    """Whether a border "with" stands right before `start`: "الحدود مع", "حدودها المشتركة مع"."""
    head = " " + folded_text[max(0, start - 50) : start].rstrip()
    if _COMING_FROM.search(head):
        return True  # "الطائرات القادمة من مالي"، "الرحلات المتجهة إلى مالي": travel from or to a country (probe63)
    if not head.endswith(_WITH):
        return False
    head = head[: -len(_WITH)].rstrip()
    head = head[: -len(_SHARED)] if head.endswith(_SHARED) else head
    return any(head.endswith(" " + w) for w in rules.border_words)


def _seat_of(doc: Document, hit: Hit[Entry], end: int, to_raw: Any) -> list[tuple[Hit[Entry], Mention]]:
    """The town a spelling names after its facility ("مستشفى كمال عدوان في بيت لاهيا"): the facility is
    listed without it, and the town as itself. So is the city after the "ل" of a part of it ("الضاحية الجنوبية
    لبيروت" is listed as the suburbs: Beirut is named too, without its clitic)."""
    rest = hit.key[end - hit.start :].strip()
    if rest.startswith("في "):
        town = rest[3:]
    elif rest.startswith("ل") and not rest.startswith("لل") and " " not in rest and len(rest) > 3:
        town = rest[1:]
    else:
        return []
    places_ = [v for v in name_matcher().values_of(town) if v.place is not None and v.place.kind not in FACILITY_KINDS]
    if not places_:
        return []
    entry = min(places_, key=lambda v: _KIND_ORDER.get(v.place.kind, 5) if v.place else 5)
    start = hit.end - len(town)
    seat = Hit(start, hit.end, start, hit.word_end, town, (entry,), False)
    return [(seat, _mention(doc, seat, entry, to_raw, rules()))]


@lru_cache(maxsize=1 << 12)
def _given_name_over_clitic(word: str, key: str) -> bool:
    """Whether a word read as a clitic and a place is rather a given name: the tagger's lexicon lists the
    whole word as one, at least as common as the place's spelling ("كارين", "بشير", "لينا")."""
    lexicon_ = tagger.lexicon()
    whole = lexicon_.get(word)
    return "G" in whole.flags and whole.zipf >= lexicon_.get(key).zipf


@lru_cache(maxsize=1 << 12)
def _named_with_article(place: Place, key: str) -> bool:
    """Whether `key` (folded) is a place's name less the article it is written with ("جيزه" of "الجيزة")."""
    return any(fold_text(name) == "ال" + key for name in place.names)


def _in_story(place: Place, key: str, home: str | None, countries: Counter[str], rules: NameRules) -> bool:
    """A stop-listed spelling after a preposition is a place of the story's main country, or the capital
    of another country the story names ("في مسقط" in a story about Oman and Iran)."""
    if place.country == home:
        return True
    capital = _iso2(rules.capitals.get(key)) == place.country and place.kind == "city"
    return capital and countries.get(place.country, 0) > 0


def _name_start(hit: Hit[Entry], entry: Entry) -> int:
    """Where the name proper starts: after a kind word ("محافظة الأنبار") or a person's title."""
    return hit.start + _name_offset(hit.key, entry)


_RADIO = fold_text("إذاعة") + " "
_FM = " " + fold_text("إف إم")
_UNITS = frozenset(fold_text(w) for w in ("قوات", "وحدات"))  # "وحدات الحرس البحري": units of a body name it
_MEMBERS_OF = tuple(fold_text(w) + " " for w in ("قوات", "وحدات", "مسلحو", "مسلحي", "عناصر", "مقاتلو", "مقاتلي"))


@lru_cache(maxsize=1 << 14)
def _name_offset(key: str, entry: Entry) -> int:
    """How far into a matched key its name proper starts (the same for every occurrence: cached)."""
    rules_ = rules()
    actor = entry.actor
    for word in rules_.kind_words | rules_.range_heads:
        if not key.startswith(word + " "):
            continue
        rest = key[len(word) + 1 :]
        if rest in rules_.not_names:
            break  # "تنظيم الدولة": "الدولة" alone names nothing
        if entry in name_matcher().values_of(rest):
            return len(word) + 1
        # "تنظيم القاعدة": after its kind word an armed group's name is itself, though not listed alone
        if word == "تنظيم" and actor is not None and actor.role == "armed_group":
            return len(word) + 1
        # "قناة الجزيرة", "قناة المنار": an outlet's one-word name after its kind, listed or not alone
        if actor is not None and actor.role == "media" and " " not in rest and len(rest) > 3:
            return len(word) + 1
    # "إذاعة موزاييك إف إم": a radio whose name says FM is named without its kind ("إذاعة شبيلي" keeps it)
    if key.startswith(_RADIO) and key.endswith(_FM) and entry in name_matcher().values_of(key[len(_RADIO) :]):
        return len(_RADIO)
    # "قوات التحالف الدولي", "مسلحي الحوثي": the forces or gunmen of a listed body; "قوات الدعم السريع" is a
    # name ("Rapid Support Forces")
    if actor is not None and "force" not in actor.canonical.lower():
        for head in _MEMBERS_OF:
            if key.startswith(head) and entry in name_matcher().values_of(key[len(head) :]):
                return len(head)
    if entry.actor is not None and entry.actor.type == "PER":
        return _titles_length(key, rules_)
    return 0


def _titles_length(key: str, rules: NameRules) -> int:
    """How far the titles before a person's name run in a folded alias: "الرئيس قيس سعيد", and titles with
    the nationality or standing said of them ("ولي العهد السعودي الأمير محمد بن سلمان", "الرئيس الصيني شي جين
    بينغ", "الرئيس المخلوع بشار الأسد"). An office alone ("ولي العهد السعودي") is left whole: a description."""
    words = key.split(" ")
    titles = rules.person_titles | rules.office_heads
    said = _nationality_adjectives() | rules.title_modifiers
    i = 0
    while True:
        n = next((n for n in (2, 1) if " ".join(words[i : i + n]) in titles), 0)
        if not n:
            break
        i += n
        while i < len(words) and words[i] in said:
            i += 1
    if i >= len(words) or len(" ".join(words[i:])) < 3:
        return 0
    return len(" ".join(words[:i])) + 1 if i else 0


def _name_end(hit: Hit[Entry], entry: Entry) -> int:
    cut = _name_cut(hit.key, entry)
    return hit.end if cut is None else hit.start + cut


@lru_cache(maxsize=1 << 14)
def _name_cut(key: str, entry: Entry) -> int | None:
    """Where the name proper ends: before "في غزة", "بقيادة …", "للمراقبة الجوية" when the part
    before is itself a name of the same thing ("الدفاع المدني في غزة" is listed as "الدفاع المدني")."""
    words = key.split(" ")
    if entry.place is not None and len(words) > 2 and _detached(words[-1], rules()):
        # "ميناء جيهان التركي", "معبر رفح البري": the same facility, described
        head = " ".join(words[:-1])
        if entry in name_matcher().values_of(head) or entry.place.kind in FACILITY_KINDS:
            return len(head)
    # "أدري التشادية" (a spelling that tells the town from Libya's أدري): the town, said to be Chad's
    said = entry.place is not None and len(words) == 2 and words[1] in _nationality_adjectives()
    if said and entry in name_matcher().values_of(words[0]):
        return len(words[0])
    for cut in range(len(words) - 1, 0, -1):
        rest = words[cut]
        # an organisation's "ل" says its mandate ("المرصد السوري لحقوق الإنسان"): part of the name
        mandate = rest.startswith("ل") and entry.actor is not None
        if rest in ("في", "لدي") or (rest.startswith(("ب", "ل")) and not rest.startswith(("بن", "بيت", "بلد"))):
            head = " ".join(words[:cut])
            if mandate:
                continue
            seat = " ".join(words[cut + 1 :])
            # "الحركة الشعبية لتحرير السودان في المعارضة": what follows في is no place, so the whole is the name
            other = rest == "في" and not _is_place_word(seat)
            if not other and any(v.actor is not None or v == entry for v in name_matcher().values_of(head)):
                return len(head)
            # "وزارة الصحة في غزة", "الدفاع المدني في غزة": a service named by its kind, then the place
            # where it sits; other names keep their place ("المقاومة الإسلامية في العراق"), and so does a
            # mandate ("بعثة الأمم المتحدة للدعم في ليبيا")
            kind = words[0] in rules().institution_heads or words[0] in rules().abstract_heads
            within = any(w.startswith("ل") for w in words[1:cut])
            if rest == "في" and entry.actor is not None and kind and not within and _is_place_word(seat):
                return len(head)
            # "مستشفى العودة في جباليا": a facility's town after its name tells which one, and is listed apart
            site = entry.place is not None and entry.place.kind in FACILITY_KINDS and words[0] in rules().facility_heads
            if rest == "في" and site and cut > 1 and _is_place_word(seat):
                return len(head)
    return None


def _mention(doc: Document, hit: Hit[Entry], entry: Entry, to_raw: Any, rules: NameRules) -> Mention:
    span: Span = to_raw(_name_start(hit, entry), _name_end(hit, entry))
    text = doc.raw[span.start : span.end]
    if entry.place is not None:
        canonical = entry.place.canonical
        descriptive = _described_place(fold_text(text), rules)
        actor = _actor_of_place(entry.place, hit.key)
    else:
        assert entry.actor is not None
        canonical = entry.actor.canonical
        descriptive = is_descriptive(fold_text(text), rules)  # the name after any title
        actor = entry.actor
    kind = _type_of(entry)
    region = entry.place is not None and entry.place.kind == "region"
    if region and {fold_text(text.split(" ")[0]), hit.key.split(" ")[0]} & rules.admin_cues:
        # "إقليم كردستان", "إقليم دارفور", "ولاية بونتلاند": a region named as administered is a political entity
        kind = "GPE"
    elif region and hit.key in rules.state_regions:
        kind = "GPE"  # "قوات جوبالاند": Somalia's federal member states are polities named bare too (names6)
    elif region and _province_row(entry.place, hit.key, rules):
        kind = "GPE"  # "أوروميا"، "تيبستي": a province kept in regions.tsv is a polity named bare too (h24b)
    return Mention(span, text, kind, canonical, "lexicon", entry.place, actor, hit.fused, descriptive)


def _province_row(place: Place | None, key: str, rules: NameRules) -> bool:
    """A regions.tsv row that is itself a first-level unit (its admin1 is its own name: Oromia, Tibesti, Borno), read
    by a spelling that does not name its landform ("جبال تيبستي" stays the range)."""
    return (
        place is not None
        and place.admin1 is not None
        and place.admin1 == place.canonical
        and key.split(" ")[0] not in rules.landform_heads
    )


def _bodies_in_offices(doc: Document, found: list[Mention], rules: NameRules) -> list[Mention]:
    """The named body inside a listed office: "رئيس مجلس السيادة", "المتحدث باسم الجيش الإسرائيلي" name
    "مجلس السيادة" and "الجيش الإسرائيلي" as the press names them, while the office itself is no entity.
    A minister's field ("وزير الخارجية الفرنسي") is part of the office, and a description ("الناطق باسم
    الحكومة العراقية") stays one."""
    out: list[Mention] = []
    for m in found:
        if not m.descriptive or m.actor is None or m.origin != "lexicon":
            continue
        raw_words = m.text.split(" ")
        words = fold_text(m.text).split(" ")
        if len(raw_words) != len(words):
            continue
        # "المبعوث الأممي إلى اليمن": the country an envoy is sent to is named (probe49)
        to = words.index(_TO, 1) if _TO in words[1:-1] else 0
        sent_to = name_matcher().values_of(" ".join(words[to + 1 :])) if to else []
        states = [v.place for v in sent_to if v.place is not None and v.place.kind == "country"]
        if states and words[0] in rules.office_heads | _ENVOYS:
            start = m.span.start + len(" ".join(raw_words[: to + 1])) + 1
            span = Span(start, m.span.end)
            text = doc.raw[span.start : span.end]
            state = states[0]
            out.append(Mention(span, text, "GPE", state.canonical, "derived", state, _actor_of_place(state, text)))
            continue
        for cut in range(1, len(words)):
            office = " ".join(words[:cut])
            if office not in rules.office_heads and words[cut - 1] != "باسم":
                continue
            # "الأمين العام لمجلس التعاون الخليجي": the body behind ل is listed without it; ل fused with the
            # article ("للأمم المتحدة") leaves no verbatim name
            lam = words[cut].startswith("ل") and not words[cut].startswith("لل") and len(words[cut]) > 3
            rest = " ".join(words[cut:])[1 if lam else 0 :]
            if rest.split(" ")[0] in rules.abstract_heads or is_descriptive(rest, rules):
                break
            values = name_matcher().values_of(rest)
            bodies = [v.actor for v in values if v.actor is not None and v.actor.type == "ORG"]
            # "أمير قطر", "رئيس جنوب السودان": the office of a state, whose name is listed as a country
            # ("رئيس الجمهورية اللبنانية" names the state by a description)
            described = _is_nisba(rest.split(" ")[-1]) and " " in rest
            states = [v.place for v in values if v.place is not None and v.place.kind == "country"]
            states = states if not lam and not described else []
            if not bodies and not states:
                continue
            start = m.span.start + len(" ".join(raw_words[:cut])) + 1 + (1 if lam else 0)
            span = Span(start, m.span.end)
            text = doc.raw[span.start : span.end]
            if bodies:
                actor = next((a for a in bodies if a.id == m.actor.id), bodies[0])
                out.append(Mention(span, text, "ORG", actor.canonical, "derived", actor=actor))
            else:
                place = states[0]
                out.append(Mention(span, text, "GPE", place.canonical, "derived", place, _actor_of_place(place, rest)))
            break
    return out


_TO = fold_text("إلى")
_ENVOYS = frozenset(fold_text(w) for w in ("المبعوث", "مبعوث", "المبعوثة", "مبعوثة"))


@cache
def _country_actors() -> dict[str, Actor]:
    """The state actor behind each country name, for "هاجمت إيران" style mentions."""
    out: dict[str, Actor] = {}
    for actor in actors():
        if actor.type == "GPE" and actor.country:
            for spelling in actor.names:
                out[fold_text(spelling)] = actor
    return out


def _actor_of_place(place: Place, key: str) -> Actor | None:
    if place.kind != "country":
        return None
    return _country_actors().get(key)


_COUNTRYSIDE_STATE = "SY"  # "ريف إدلب"، "ريف دمشق": the idiom of Syria's news


def _countryside(
    doc: Document, folded_text: str, to_raw: Any, found: list[tuple[Hit[Entry], Mention]], rules: NameRules
) -> list[tuple[Hit[Entry], Mention]]:
    """ "ريف إدلب الجنوبي": the countryside of a city or province, as a region of its own."""
    out: list[tuple[Hit[Entry], Mention]] = []
    for hit, m in found:
        if m.place is None or m.place.kind not in ("city", "admin1") or hit.word_start != hit.start:
            continue
        # the word before the name, as the whole prefix would give it; the search starts at a space
        # near the name (not quadratic in the body's length), or at 0 when only spaces are near
        a = max(0, hit.start - 64)
        while a > 0 and not folded_text[a - 1].isspace():
            a -= 1
        head = _HEAD_BEFORE.search(folded_text, a if folded_text[a : hit.start].strip() else 0, hit.start)
        if head is None or head.group(1) not in rules.countryside_heads:
            continue  # "وريف حلب": the conjunction is not part of the region's name
        end = hit.end
        said = ""
        for direction in rules.directions:
            if re.match(rf" {direction}(?![^\W_])", folded_text[end:]):
                end += len(direction) + 1
                said = direction
                break
        span = to_raw(head.start(1), end)
        place = m.place
        if place.country != _COUNTRYSIDE_STATE:
            # "ريف القنيطرة": the press names a Syrian city's or province's countryside so; a namesake elsewhere
            # (Morocco's Kenitra) gives way to the Syrian place
            syrian = [v.place for v in hit.values if v.place is not None and v.place.country == _COUNTRYSIDE_STATE]
            place = next((p for p in syrian if p.kind == place.kind), syrian[0] if syrian else place)
        place = _toward(place, said)
        region = Mention(
            span, doc.raw[span.start : span.end], "LOC", f"{place.canonical} countryside", "derived", place
        )
        out.append((hit, region))
    return out


# "ريف درعا الشرقي": the countryside named by a compass word lies that way off the town, about this far (km; the
# gold sets place "ريف إدلب الجنوبي"، "ريف حلب الغربي"، "ريف درعا الشرقي" 20-35 km off their towns; h18b)
_COUNTRYSIDE_OFFSET_KM = 25.0
# the compass roots of the direction words (folded), as (north, east) signs: "الشمالي الشرقي" takes both
_COMPASS_ROOTS = (("شمال", 1, 0), ("جنوب", -1, 0), ("شرق", 0, 1), ("غرب", 0, -1))


def _toward(place: Place, direction: str) -> Place:
    """The place moved about _COUNTRYSIDE_OFFSET_KM the way the direction word says (unmoved with none)."""
    north = sum(n for root, n, _ in _COMPASS_ROOTS if root in direction)
    east = sum(e for root, _, e in _COMPASS_ROOTS if root in direction)
    if not north and not east:
        return place
    step = _COUNTRYSIDE_OFFSET_KM / (2**0.5 if north and east else 1)
    lat = place.lat + north * step / 111.0
    lon = place.lon + east * step / (111.0 * math.cos(math.radians(place.lat)))
    return replace(place, lat=round(lat, 4), lon=round(lon, 4))


# Words that make a family name of the next ("آل جابر", "بن بريك"), folded: the name is both words.
_FAMILY_WORDS = frozenset({"ال", "بن"})


def _surname_mentions(
    doc: Document, tokens: list[_Word], found: list[Mention], rules: NameRules
) -> tuple[list[Mention], list[Mention]]:
    """A person's last name used alone later in the story ("الصفدي" after "أيمن الصفدي"; "آل جابر"
    after "محمد آل جابر", "بن بريك" after "سالم صالح بن بريك"), and the town mentions it replaces: a bare surname
    spelled like a town or district no one named before the person ("وأشار الحجار إلى" after "أحمد الحجار", not
    Algeria's El Hadjar; art10)."""
    surnames: dict[tuple[str, ...], Mention] = {}
    for m in found:
        if m.type == "PER" and not m.descriptive:
            words = [fold_text(w) for w in m.text.split()]
            last = words[-1]
            if len(words) >= 3 and words[-2] in _FAMILY_WORDS:
                surnames.setdefault((words[-2], last), m)
            elif len(words) >= 2 and len(last) >= 3 and last not in rules.name_stops and not _common_word(last):
                surnames.setdefault((last,), m)
    if not surnames or doc.body is None:
        return [], []
    # a town mention the surname may take over: exactly its word, after the person, the town not named before him
    towns = {
        (m.span.start, m.span.end): m
        for m in found
        if m.type == "GPE" and m.place is not None and m.place.kind in ("admin2", "city")
    }
    taken = [(m.span.start, m.span.end) for m in found]
    out: list[Mention] = []
    replaced: list[Mention] = []
    # only a surname alone or a family word may start one: the other tokens are stepped over in C
    wanted = {key[0] for key in surnames if len(key) == 1} | _FAMILY_WORDS
    for i in compress(range(len(tokens)), map(wanted.__contains__, map(itemgetter(2), tokens))):
        a, b, key = tokens[i]
        person, end = surnames.get((key,)), b
        if key in _FAMILY_WORDS and i + 1 < len(tokens) and doc.raw[b : tokens[i + 1][0]] == " ":
            family = surnames.get((key, tokens[i + 1][2]))
            if family is not None:
                person, end = family, tokens[i + 1][1]
        if person is None or key in rules.not_names:
            continue
        town = towns.get((a, end))
        place_id = town.place.id if town is not None and town.place is not None else None
        if town is not None and (
            person.span.end > a
            or any(m.place is not None and m.place.id == place_id and m.span.start < person.span.start for m in found)
        ):
            town = None
        if town is not None:
            taken.remove((a, end))
        if any(x < end and a < y for x, y in taken):
            if town is not None:
                taken.append((a, end))
            continue
        if town is not None:
            replaced.append(town)
        out.append(Mention(Span(a, end), doc.raw[a:end], "PER", person.canonical, "derived", actor=person.actor))
        taken.append((a, end))
    return out, replaced


_COURT = fold_text("محكمة")
_HEAD_BEFORE = re.compile(r"(?:(?<=\s)|^)[وفب]?([^\W_]+) +$")


def _facility_mentions(
    doc: Document, folded_text: str, words: list[_Word], to_raw: Any, found: list[Mention], rules: NameRules
) -> list[Mention]:
    """Facilities named by their kind and a name ("مستشفى بيجي العام"), placed by a place inside or just after."""
    out = list(found)
    countries = Counter(m.place.country for m in found if m.place is not None)
    home = countries.most_common(1)[0][0] if countries else None
    for i in _indexes_in(words, rules.facility_openers):
        a, _, word = words[i]
        if word not in rules.facility_heads and word[2:] not in rules.facility_heads:
            cut = next(len(c) for c in sorted(_FACILITY_CLITICS, key=len, reverse=True) if word.startswith(c))
            a, word = a + cut, word[cut:]  # "بمستشفى": the name starts after its clitic
        definite = word.startswith("ال") and word[2:] in rules.facility_heads
        j = i + 1
        name_words: list[str] = []
        while j < len(words) and len(name_words) < (4 if set(name_words) & rules.person_titles else 3):
            prev_end, (wa, _, w) = words[j - 1][1], words[j]
            joined = not folded_text[prev_end:wa].strip()
            # "مستشفى الملك فهد", "جامعة القاضي عياض": named after a titled person, whose name follows
            titled = bool(name_words) and name_words[-1] in rules.person_titles and joined
            if titled and not w.startswith(("ال", "و")) and w not in rules.name_stops:
                name_words.append(w)
                j += 1
                more = j < len(words) and not folded_text[words[j - 1][1] : words[j][0]].strip()
                if w in rules.name_builders and more:
                    name_words.append(words[j][2])  # "الملك عبد العزيز"
                    j += 1
                continue
            builder = w in rules.name_builders and j + 1 < len(words) and len(name_words) == 1 and not definite
            if builder and joined and not folded_text[words[j][1] : words[j + 1][0]].strip():
                nxt = words[j + 1][2]
                if nxt not in rules.name_stops and not nxt.startswith("و"):
                    name_words += [w, nxt]  # "معبر مصطفى بن بولعيد": a person's name, lineage and all
                    j += 2
                    continue
            clitic = w.startswith(("ل", "ب", "و")) and bool(name_words) and not _glued_family_name(w)
            # a site named by what it is ("الابتدائية", "الوطني") takes its town into its name; one with a name of
            # its own ("قصر اليمامة بالرياض") does not
            described = any(_is_nisba(n) and n not in rules.generic_modifiers for n in name_words)
            # a court is named by its kind and its town ("محكمة الاستئناف بالرباط")
            described = described or word.removeprefix("ال") == _COURT
            seat = clitic and w.startswith("ب") and described
            if seat and not folded_text[prev_end:wa].strip() and _is_place_word(w[1:]):
                # "المحكمة الابتدائية بتونس", "ثكنة الحرس الوطني بالعوينة": the town is part of the name
                name_words.append(w)
                j += 1
                break
            if folded_text[prev_end:wa].strip() or w in rules.name_stops or clitic:
                break
            # "مستشفى هيئة مأرب العام": a site named after an authority of a town takes the town (h17c)
            authority = len(name_words) == 1 and name_words[0] in rules.owned_heads and _is_place_word(w)
            if (
                (definite or name_words)
                and not w.startswith("ال")
                and not (name_words and _glued_family_name(w))
                and not authority
            ):
                break
            if name_words and _detached(w, rules):
                break  # "مستشفى الكندي القريب": the name ends before what is said of it
            if name_words and w in rules.facility_time_words:
                break  # "في مسجد مكي الجمعة الماضي": the day it was done on, not a word of the name (h15a)
            name_words.append(w)
            j += 1
            if not definite and len(name_words) == 1 and w in rules.name_builders and j < len(words):
                # "مطار أم جرس", "محكمة سيدي امحمد": a name builder is never a name's last word
                nxt = words[j][2]
                if folded_text[words[j - 1][1] : words[j][0]].strip() or nxt in rules.name_stops or nxt.startswith("و"):
                    name_words.pop()
                    break
                name_words.append(nxt)
                j += 1
        if not name_words or all(w in rules.generic_modifiers for w in name_words):
            continue
        first = name_words[0]
        if (first[2:] if first.startswith("ال") else first) in rules.facility_generic_objects:
            continue  # "محطة تحلية", "محطة الكهرباء": a kind of plant, not a name
        if not definite and (first in rules.facility_heads or _word_behind_preposition(first)):
            continue  # "ساحة مدرسة", "مصفاة لتكرير النفط": the kind of another site, what the site is for (names7)
        end = words[j - 1][1]
        span: Span = to_raw(a, end)
        if any(m.span.start < span.end and span.start < m.span.end and m.type == "FAC" for m in found):
            continue
        if any(m.span.start < span.end < m.span.end for m in found):
            continue  # "معسكر أبو" of "معسكر أبو شوك": a listed name runs on past it
        inside = [m for m in found if span.start <= m.span.start and m.span.end <= span.end]
        if any(m.place is None for m in inside):
            continue  # an organisation's name ("مقر حركة النهضة") is not a facility
        if any(m.span == span and m.type in ("GPE", "LOC") for m in inside):
            continue  # a town whose name starts with a kind word ("جسر الشغور", "سد الموصل" the town)
        place = next((m.place for m in inside if m.place is not None), None)
        # ... in its own sentence ("أمام مقر وزارة التربية.\n\nوقضت محكمة ... في البحرين" is not in Bahrain)
        after = [
            m
            for m in found
            if m.place is not None
            and 0 <= m.span.start - span.end <= 60
            and not _SENTENCE_END.search(doc.raw, span.end, m.span.start)
            # "في ساحة الكرامة وسط المدينة، مطالبين بفتح طريق دمشق–السويداء": past a comma the clause is another
            # (a demand, a route) and its town does not place the square
            and not _CLAUSE_BREAK.search(doc.raw, span.end, m.span.start)
            and not _ROAD_WORDS.intersection(_raw_words(doc.raw, span.end, m.span.start))
            # "منفذ التوم الحدودي مع النيجر": the state a crossing is "with" lies across it (names8)
            and _WITH_WORD not in _raw_words(doc.raw, span.end, m.span.start)
        ]
        # "محطة السويدية ... في ريف ديريك": a name that is also a town abroad is placed by what follows
        if after and (place is None or place.country != home):
            place = after[0].place
        elif place is not None and place.kind == "country" and place.country != home and _named_after(word):
            # "شارع سوريا" in Tripoli, "ساحة فلسطين" in Baghdad: a street or square named after a state lies in
            # the story's town, not in that state; with no town after it, the story places it
            place = None
        text = doc.raw[span.start : span.end]
        site = None
        if place is not None:
            site = Place(f"{place.id}-site", (text,), text, "other", place.country, place.admin1, place.lat, place.lon)
        out = [m for m in out if m not in inside]
        # "قضت محكمة جنايات القاهرة"، "حكم أصدرته المحكمة الابتدائية بتونس": a court that rules is a body; the
        # court a protest stands before ("وقفة أمام المحكمة") is the building
        body = word.removeprefix("ال") == _COURT and _previous_word(folded_text, words[i][0]) not in _BUILDING_WORDS
        out.append(Mention(span, text, "FAC", None, "derived", site, listed_as="ORG" if body else None))
    return out


_CLAUSE_BREAK = re.compile(r"[،,؛;:]")
# the kinds of site that are named after a state without lying in it
_NAMED_AFTER = frozenset(fold_text(w) for w in ("شارع", "ساحة", "ميدان", "دوار", "جادة"))


def _named_after(head: str) -> bool:
    return head.removeprefix("ال") in _NAMED_AFTER


# "طريق دمشق–السويداء"، "أوتوستراد حلب": a town that names a road is not where a site named before it lies
_ROAD_WORDS = frozenset(fold_text(w) for w in ("طريق", "الطريق", "وطريق", "بطريق", "أوتوستراد", "اوتوستراد", "طرق"))


_WITH_WORD = fold_text("مع")
_SOURCES = frozenset(fold_text(w) for w in ("مصدر", "مصادر"))  # "مصدر بوزارة الصحة": who speaks from a body


def _raw_words(raw: str, start: int, end: int) -> set[str]:
    """The folded words of a raw range."""
    return {fold_text(w) for w in re.findall(r"[^\W\d_]+", raw[start:end])}


# a court after them is the building; also the seat of a prosecutor or chamber ("وكيل الجمهورية لدى محكمة تيارت")
_BUILDING_WORDS = frozenset(fold_text(w) for w in ("أمام", "مقر", "مبنى", "قرب", "محيط", "داخل", "باحة", "ساحة", "لدى"))


@cache
def _nationality_adjectives() -> frozenset[str]:
    """Definite singular nationality adjectives ("التركي", "العراقية"), folded."""
    return frozenset(_countries_of_adjectives())


# "المالية" is "financial" right after an institution's kind ("وزارة المالية") or after these nouns ("هيئة الرقابة
# المالية"); Mali's bodies are named with a kind of their own first ("وزارة الدفاع المالية")
_FINANCIAL = fold_text("المالية")
_FINANCIAL_NOUNS = frozenset(fold_text(w) for w in ("الرقابة", "الأوراق", "الأسواق", "الشؤون", "الخدمات", "السوق"))


def _financial(taken: Sequence[str]) -> bool:
    if taken[0] == _FINANCIAL and _countries_of_adjectives().get(taken[-1]) is None:
        return True  # "وزارة المالية الاتحادية": finance first, then a word that names no state
    if taken[-1] != _FINANCIAL:
        return False
    return len(taken) == 1 or taken[-2] in _FINANCIAL_NOUNS


@cache
def _countries_of_adjectives() -> dict[str, str]:
    """Definite singular nationality adjective, folded -> the ISO3 code of its country."""
    from rasd.cues import cues

    return {
        f: iso
        for iso, fs in cues().nationalities.items()
        for f in map(fold_text, fs)
        if f.startswith("ال") and f.endswith(("ي", "يه"))
    }


def _territories(doc: Document, folded_text: str, to_raw: Any, found: list[Mention], rules: NameRules) -> list[Mention]:
    """ "داخل الأراضي السورية", "في الأجواء العراقية": a country's land, air or waters named by its nationality.
    The phrase is no name (no entity), but it places what happens there: a description with the country's place.
    A place the tagger took the adjective for gives way to it."""
    if not rules.territory_nouns:
        return found
    if not any(noun in folded_text for noun in rules.territory_nouns):
        return found  # the pattern holds a territory noun: a text without one has no match
    countries = _countries_of_adjectives()
    places_ = country_places()
    out: list[Mention] = []
    for match in _territory_pattern(rules.territory_nouns).finditer(folded_text):
        place = places_.get(countries.get(match.group(2), ""))
        if place is None:
            continue
        span = to_raw(match.start(1), match.end(2))
        text = doc.raw[span.start : span.end]
        out.append(Mention(span, text, "GPE", place.canonical, "derived", place, descriptive=True))
    if not out:
        return found
    taken = [t.span for t in out]
    kept = [m for m in found if m.origin != "tagger" or not any(_crosses(m.span, t) for t in taken)]
    return kept + out


def _crosses(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@cache
def _territory_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """A territory noun (after و، ف، ب or ل) and the definite word after it."""
    alternatives = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return re.compile(r"(?<!\w)[وف]?[بل]?(" + alternatives + r") (ال[^\W\d_]+)(?!\w)")


def _detached(word: str, rules: NameRules) -> bool:
    """An adjective said of a facility, not part of its name: where it lies ("القريب", "الحدودي"), what it
    serves ("العسكرية", "النفطي", "البري") or whose it is ("التركي"). A name's own adjective ("الدولي",
    "الجوية", "العام", "الحكومي") stays."""
    return word in rules.detached_modifiers or word in _nationality_adjectives()


# Units of armed groups named by a proper name after their kind ("كتيبة رحبة الدروع"، "كتيبة الشهيدة صبرية"، "كتيبة
# ثوار طرابلس"); سرية (also "secret") takes only a martyr's name.
_UNIT_HEADS = frozenset({"كتيبه", "سريه"})
_MARTYR = frozenset({"الشهيد", "الشهيده", "شهيد", "الشهداء", "شهداء"})


@cache
@cache
def _folded_builders(builders: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_text(b) for b in builders)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _builds_on(folded_text: str, end: int, rules: NameRules) -> bool:
    """Whether a word follows right after `end` (a space, no punctuation) that may be the second word of a name:
    not a stop word, a preposition, a direction or a word joined by و."""
    match = _NEXT_WORD.match(folded_text, end)
    if match is None:
        return False
    word = match.group(1)
    return word not in rules.name_stops and not word.startswith("و") and word not in rules.detached_modifiers


def _unit_name_word(head: str, word: str, nxt: str, taken: list[str], rules: NameRules) -> bool:
    """Whether `word` continues a unit's proper name: a word of the name after "الشهيد" ("الشهيدة صبرية"، "الشهيد
    محمد المدني"), or an indefinite noun that a definite word right after it completes ("رحبة الدروع"، "ثوار
    طرابلس"). A stop word, a preposition, و (another unit, another party) or a digit ends it."""
    # a definite word after the given names ("محمد المدني") closes a martyr's name
    martyr = bool(taken) and taken[0] in _MARTYR and len(taken) < 4 and not any(t.startswith("ال") for t in taken[1:])
    if martyr and taken[-1] in _folded_builders(rules.name_builders) and not word.startswith("و"):
        return True  # "الشهيد أبو علي": علي is no preposition here
    if word in rules.name_stops or word.startswith("و") or word.isdigit() or len(word) < 2:
        return False
    if word in rules.institution_heads or word.startswith(("ال", "لل")):
        return False  # the ordinary run takes definite words
    if martyr:
        return True
    if head != "سريه" and not taken and nxt.startswith("ال") and nxt not in rules.name_stops:
        return nxt not in rules.generic_modifiers
    return False


# (folded) a dual kind of place after ل, which two places joined by و follow ("لحيي"، "لمدينتي"، "لبلدتي")
_DUAL_KINDS = frozenset({"لحيي", "لمدينتي", "لبلدتي", "لقريتي", "لمخيمي", "لمنطقتي", "لمحافظتي", "لولايتي"})


def _is_place_word(word: str) -> bool:
    return any(v.place is not None for v in name_matcher().values_of(word))


_SEE_HEADS = frozenset(fold_text(w) for w in ("مطرانية", "أبرشية", "بطريركية"))
# (folded) protests a body may be named for, in construct after its kind ("لجنة الاعتصام"; art45)
_PROTEST_NAME_WORDS = frozenset(fold_text(w) for w in ("الاعتصام", "الإضراب", "الاحتجاج", "الاحتجاجات"))


def _institution_mentions(
    doc: Document, folded_text: str, words: list[_Word], to_raw: Any, found: list[Mention], rules: NameRules
) -> list[Mention]:
    """Institutions named by kind: "وزارة الصحة", "قيادة شرطة البصرة", "المجلس الرئاسي", "الفرقة 91"."""
    countries = Counter(m.place.country for m in found if m.place is not None)
    home = iso3(countries.most_common(1)[0][0]) if countries else None
    # a place of several words ("صلاح الدين") is taken whole: raw start -> raw end
    place_spans = {m.span.start: m.span.end for m in found if m.place is not None}
    out = list(found)
    resume = 0  # where the words after a name found start
    place_kinds = {"ال" + c for c in rules.place_cues if not c.startswith("ال")}  # "القرية", "المدينة"
    for i in _indexes_in(words, rules.institution_openers):  # a kind word, or و/ف + a kind word
        if i < resume:
            continue
        a, _, word = words[i]
        cut = 1 if word[:1] in ("و", "ف", "ل", "ب") and word[1:] in rules.institution_heads else 0
        if cut and word[0] == "ب" and _previous_word(folded_text, a) not in rules.unnamed_people | _SOURCES:
            continue  # "مصدر بوزارة الخارجية" names the ministry; "قوات الأمن بمديرية أمن الجيزة" is read by events
        role = rules.institution_heads[word[cut:]]
        if role == "government" and i + 1 < len(words) and words[i + 1][2] in rules.staff_words:
            role = "military"  # "هيئة الأركان العامة للجيوش المالية": a general staff is its army's command (h16a)
        grouping = word[cut:] in _GROUPINGS
        if i + 1 < len(words) and words[i + 1][2] in rules.institution_heads and not grouping:
            continue  # "قيادة الفرقة 91": the unit is named from its own kind word
        if word[cut:] == _DIRECTORATE_BARE and not _directorate(words, i + 1, to_raw, place_spans):
            continue  # "مديرية صرواح"، "مديرية المنصورة" are Yemeni districts; "مديرية أمن طرابلس" a directorate
        if word[cut:] in _COMMUNE_HEADS and _commune(folded_text, words, i, cut, to_raw, place_spans, rules):
            continue  # "وفي بلدية فرندة،"، "إلى دائرة سيدي عيش": the Maghreb's commune or daira, a place (h22c)
        unit = word[cut:] in _UNIT_HEADS
        j = i + 1
        taken: list[str] = []
        membered = False  # named by whom it gathers ("نقابة معلمي كردستان")
        while j < len(words) and len(taken) < 5:
            prev_end, (wa, _, w) = words[j - 1][1], words[j]
            if folded_text[prev_end:wa].strip():
                break
            nxt = words[j + 1][2] if j + 1 < len(words) else ""
            glued = j + 1 < len(words) and not folded_text[words[j][1] : words[j + 1][0]].strip()
            community = word[cut:] == "مجلس" and all(t in rules.community_council_words for t in taken)
            if community and w in rules.community_council_words and glued:
                taken.append(w)  # "مجلس عشائر الأنبار"، "مجلس شيوخ قبائل مأرب": the notables of a community (gap24)
                j += 1
                continue
            if grouping and not taken and w in rules.institution_heads:
                taken.append(w)  # "تنسيقية لجان مقاومة الفاشر": a coordination of bodies named by their kind
                j += 1
                continue
            if unit and _unit_name_word(word[cut:], w, nxt if glued else "", taken, rules):
                # "كتيبة رحبة الدروع"، "كتيبة الشهيدة صبرية": a unit's proper name runs on
                taken.append(w)
                j += 1
                continue
            third = words[j + 2] if glued and j + 2 < len(words) else None
            if (
                role == "other"
                and taken
                and w.startswith("ل")
                and not w.startswith("لل")  # ل + ال is definite, never the first of a construct
                and w[1:].isalpha()
                and len(w) > 4
                and nxt.isalpha()
                and not nxt.startswith("ال")
                and nxt not in rules.name_stops
                and nxt not in rules.name_breaks  # "الاتحاد المغاربي للمحامين أن العدالة": the name ends at أن
                and third is not None
                and not folded_text[words[j + 1][1] : third[0]].strip()
                and (third[2].startswith("ال") or to_raw(third[0], third[0] + 1).start in place_spans)
            ):
                # "الاتحاد العام لنقابات عمال اليمن": a federation of the bodies of whom a construct names (probe91)
                taken += [w, nxt]
                j += 2
                continue
            if w == "عن" and taken and taken[-1] == _FOR_DEFENCE and glued and nxt not in rules.name_stops:
                # "الرابطة الجزائرية للدفاع عن حقوق الإنسان": the cause a body defends is in its name
                taken += [w, nxt]
                j += 2
                continue
            if not taken and not word[cut:].startswith("ال") and w in _PROTEST_NAME_WORDS:
                # "لجنة الاعتصام السلمي"، "لجنة الإضراب": an indefinite kind in construct with a protest names the body
                # that runs it, the protesters' own (after a name, "نقابة المعلمين الإضراب", it is what is declared)
                taken.append(w)
                role = "protesters"
                j += 1
                continue
            if w in rules.name_stops or (len(w) > 5 and w.endswith(("ها", "هم", "هما"))):
                break  # "رئاسة الحركة التزامها": a noun with a pronoun ("its commitment") is the verb's object
            if w in _ARTICLE_LIKE_VERBS:
                break  # "قوات الأمن ألقت القبض": the verb after the name, not a definite word of it
            titled_place = to_raw(wa, wa + 1).start in place_spans  # "لحي الشيخ مقصود": a place, not a title
            if (
                taken
                and w in rules.person_titles
                and glued
                and not nxt.startswith("ال")
                and not nxt[:1].isdigit()
                and not titled_place
            ):
                break  # "باسم القيادة العامة اللواء أحمد المسماري": a title and its holder's name (names7)
            if taken and w in _FIRED:
                break  # "أطلقت قوات الأسايش الغاز المسيل للدموع": what the forces fired is the verb's object (probe62)
            definite_head = word[cut:].startswith("ال")
            if w in _OBJECT_BODIES and (taken or definite_head):
                break  # "ودعت الجمعية الأجهزة الأمنية إلى": the state's bodies after a name are the verb's object
            if not taken and definite_head and w.startswith("ال") and len(w) > 5 and w.endswith(("ين", "ون")):
                break  # "واتهم الجهاز الصحفيين": a plural after a definite (singular) kind is the verb's object
            place_end = place_spans.get(to_raw(wa, wa + 1).start)
            # "مديرية الأمن العام"، "مديرية أمن الزاوية"; "أعلنت مديرية الأمن القبض على": the verb's object
            served = word[cut:] == _DIRECTORATE_BARE and bool(taken) and taken[0] in _SERVICES and place_end is None
            if served and w not in rules.institution_words and not _is_nisba(w) and not _is_place_word(w):
                break
            adjective = w.startswith("ال") and _is_nisba(w)  # "الهاشمية" is a place too
            # "يزور وفد من وزارة الموارد المائية محافظة ميسان": a place's kind word before its name is the place visited
            kind_of_place = w in rules.place_cues and glued and to_raw(*words[j + 1][:2]).start in place_spans
            # ... but a council's local adjective takes its town ("المجلس البلدي زوارة")
            local = len(taken) == 1 and taken[0] in rules.local_council_words and place_end is not None
            if (
                taken
                and taken[-1].startswith(("ال", "لل"))
                and not local
                and ((not adjective and (place_end or _is_place_word(w))) or w in place_kinds or kind_of_place)
            ):
                # "وزارة النفط الاتحادية أربيل": a place after a definite word is the sentence's, not the name's;
                # so is a place's kind ("وفد من لجنة حقوق الإنسان في مجلس النواب القرية": the village visited)
                break
            if place_end is not None:
                kind = taken[-1] if taken else ""
                while j < len(words) and to_raw(words[j][0], words[j][1]).end <= place_end:
                    taken.append(words[j][2])
                    j += 1
                second = words[j] if kind in _DUAL_KINDS and j < len(words) else None
                if second is not None and second[2][:1] == "و" and not folded_text[words[j - 1][1] : second[0]].strip():
                    # "المجلس العام لحيي الشيخ مقصود والأشرفية": after a dual kind, the second place joined by و
                    second_end = place_spans.get(to_raw(second[0] + 1, second[0] + 2).start)
                    while second_end is not None and j < len(words) and to_raw(*words[j][:2]).end <= second_end:
                        taken.append(words[j][2])
                        j += 1
                if word[cut:].removeprefix("ال") in _SEE_HEADS:
                    # "مطرانية ملوي وأنصنا والأشمونين": a church's see is named by all its towns joined by و (art32)
                    while j < len(words) and len(taken) < 5 and words[j][2][:1] == "و" and len(words[j][2]) > 3:
                        if folded_text[words[j - 1][1] : words[j][0]].strip():
                            break
                        taken.append(words[j][2])
                        j += 1
                break  # "قيادة شرطة صلاح الدين": a place closes the name
            after_adjective = bool(taken) and taken[-1].startswith("ال") and _is_nisba(taken[-1]) and len(taken) > 1
            if after_adjective and w.startswith("ال") and not _is_nisba(w) and w not in rules.institution_words:
                break  # "حزب الأمة القومي الصادق المهدي": a name's adjective closes it; a person's name may follow
            # ... but not an army of its own ("بين قوات الولاية والجيش الفيدرالي": two sides)
            # ... nor the armed men or the crowd it fought ("بين قوات الأمن والمسلحين": two sides; probe54)
            # ... a third one too ("وزارة الصناعة والمناجم والطاقة")
            joined = (
                w.startswith("وال")
                and bool(taken)
                and taken[-1].startswith(("ال", "لل", "وال"))
                and w[1:] not in _ARMIES
                and w[1:] not in rules.opposed_sides
            )
            # "المجلس الاجتماعي لسوق الجمعة": ل + a word, when a definite word follows it
            joined = joined or (w.startswith("ل") and bool(taken) and nxt.startswith("ال"))
            # "نقابة معلمي كردستان"، "رابطة أمهات المختطفين"، "نقابة عمال النفط": a union or league named by whom it
            # gathers, an indefinite noun in construct with a definite word or a place after it (probe63)
            members = role == "other" and not taken and glued and not word[cut:].startswith("ال")
            members = members and not w.startswith(("ال", "لل", "ب", "و", "ف", "ك", "ل")) and w.isalpha()
            nxt_place = glued and to_raw(words[j + 1][0], words[j + 1][0] + 1).start in place_spans
            # a sound plural in construct ("معلمي"، "موظفي") cannot end the name: the word after it is its genitive
            construct = len(w) > 4 and w.endswith("ي") and nxt.isalpha() and not nxt.startswith("ال")
            if members and (nxt.startswith("ال") or nxt_place or construct) and nxt not in rules.name_stops:
                membered = True
                taken.append(w)
                j += 1
                if construct and not nxt_place:  # "نقابة معلمي كردستان": an unlisted name closes it
                    taken.append(nxt)
                    j += 1
                    break
                continue
            if not (
                w.startswith("ال")
                or (w.startswith("لل") and taken)
                or joined
                or w in rules.institution_words
                # "الفرقة 91"، but not "وحدات الحرس البحري 40 مهاجراً": a number after an adjective counts the object
                or (w.isdigit() and not (taken and taken[-1].startswith("ال") and _is_nisba(taken[-1])))
                or _is_place_word(w)
            ):
                break
            taken.append(w)
            j += 1
            if _is_place_word(w) and not w.startswith("ال"):
                break  # "قيادة شرطة البصرة": a place closes the name
        if not taken or all(w in rules.generic_modifiers for w in taken):
            continue
        if word[cut:] in _BLOC_HEADS and taken[-1] not in rules.bloc_closers:
            resume = j
            continue  # "كتلة الأجور" (the wage bill): a bloc only when its name says it sits in parliament
        # ... and so is the place of a union named by whom it gathers ("رابطة صناعة النفط في كردستان"; probe63)
        if (any(w.startswith("ل") for w in taken) or membered) and j + 1 < len(words) and words[j][2] == "في":
            # "المنسقية العامة للنازحين واللاجئين في دارفور": after a mandate, the place it serves is in the name
            # (as "بعثة الأمم المتحدة للدعم في ليبيا"); a service's seat is not ("وزارة الصحة في غزة")
            seat_start = to_raw(words[j + 1][0], words[j + 1][1]).start
            seat_end = place_spans.get(seat_start)
            if seat_end is not None and not folded_text[words[j][1] : words[j + 1][0]].strip():
                j += 2
                while j < len(words) and to_raw(words[j][0], words[j][1]).end <= seat_end:
                    j += 1
            elif membered and _unlisted_seat(words[j + 1][2], rules):
                resume = j
                continue  # "رابطة صناعة النفط في كردستان": a seat no list holds; the tagger reads the whole name
        start, end = a + cut, words[j - 1][1]
        span: Span = to_raw(start, end)
        over = [m for m in out if m.span.start < span.end and span.start < m.span.end and m.place is None]
        # "هيئة عمليات التجارة البحرية البريطانية": a body named by its kind and an indefinite word of its own
        # (عمليات، شرطة) runs on over a listed name ("البحرية البريطانية") that follows
        nested = bool(over) and not taken[0].startswith("ال") and taken[0] in rules.institution_words
        nested = nested and word[cut:] + " " not in _MEMBERS_OF
        nested = nested and all(span.start < m.span.start and m.span.end <= span.end for m in over)
        if over and not nested:
            resume = j
            continue  # a listed name already covers it
        inside = [m for m in out if span.start <= m.span.start and m.span.end <= span.end]
        text = doc.raw[span.start : span.end]
        if is_descriptive(fold_text(text), rules):
            resume = j
            continue
        if fold_text(text) in rules.story_bodies:
            resume = j
            continue  # "قوات الدرك": a body every state names alike, read by _story_bodies (names6)
        if "شرطه" in taken or "الشرطه" in taken or (word[cut:] == _DIRECTORATE_BARE and taken[0] in _SERVICES):
            role = "police"  # ... and "مديرية أمن الزاوية"
        elif role == "military" and taken[0] in ("الامن", "الدرك", "الاسايش"):
            role = "police"  # "وحدات الأمن"، "قوات الدرك": the forces of internal security (not "مجلس الأمن")
        elif word[cut:] == _DIRECTORATE and any(w in " ".join(taken) for w in _NATIONAL_SECURITY):
            role = "police"  # "المديرية العامة للأمن الوطني" (Algeria's and Morocco's DGSN): a police directorate
        elif word[cut:] in (_DIRECTORATE, _DIRECTORATE_BARE) and taken[-1] in _MILITARY_ADJECTIVES:
            role = "military"  # "مديرية الاستخبارات العسكرية"، "مديرية الشرطة العسكرية": the army's own (art15)
        elif role == "military" and word[cut:] in _COMMAND_HEADS and taken[0] in _COMMANDED_CIVIL:
            role = _COMMANDED_CIVIL[taken[0]]  # "قيادة الحزب"، "قيادة النقابة": a leadership, no army
        elif role == "government" and word[cut:] in _COUNCIL_HEADS and _community_council(taken, rules):
            role = "other"  # "المجلس الاجتماعي لسوق الجمعة"، "المجلس العام لحيي الشيخ مقصود": a community's notables
        # "وزارة الري المصرية"، "وزارة التجارة الصينية": a closing nationality adjective names the body's state
        # ... and so does one right after the kind ("الرابطة الجزائرية للدفاع عن حقوق الإنسان")
        own = _countries_of_adjectives().get(taken[-1]) or _countries_of_adjectives().get(taken[0])
        if own is not None and _financial(taken):
            own = None  # "وزارة المالية"، "هيئة الأوراق المالية": finance, not Mali
        if own is None and word[cut:] == _DIRECTORATE_BARE and len(taken) > 1:
            # "مديرية أمن الزاوية": a town's directorate is of the town's state, whatever the story's others
            town = [v.place for v in name_matcher().values_of(" ".join(taken[1:])) if v.place is not None]
            own = iso3(town[0].country) if len(town) == 1 or (town and home is None) else None
        if any(f.type == "FAC" and f.span.start < span.start and span.end <= f.span.end for f in found):
            continue  # "مستشفى هيئة مأرب العام": the authority a site is named after is part of its name (h17c)
        actor = Actor(f"derived-{fold_text(text)}", text, own or home, role, "ORG", (text,))
        # "لجان مقاومة الحلفايا": resistance committees are named after the quarter they act in, which stays a place
        inside = [m for m in inside if m.place is None] if _RESISTANCE in taken else inside
        out = [m for m in out if m not in inside]
        # "قوات التحالف", "قوات الجماعة": forces named by whom they serve are a description; the forces that
        # are a name ("قوات الدعم السريع") are listed actors
        forces = word[cut:] + " " in _MEMBERS_OF
        # "قيادة الحزب", "رئاسة الحركة": the body named before, by its kind; it still names the actor
        anaphoric = len(taken) == 1 and taken[0] in rules.anaphoric_heads
        # ... and so are "قيادة الجيش", "رئاسة الحكومة", "السلطة المحلية" (names7), but not an outlet ("إذاعة الجيش")
        generic = len(taken) == 1 and taken[0] in rules.generic_bodies and word[cut:] not in rules.media_heads
        anaphoric = anaphoric or generic
        out.append(Mention(span, text, "ORG", None, "derived", actor=actor, descriptive=forces or anaphoric))
        resume = j
    return sorted(out, key=lambda m: m.span.start)


# words after في that tell how or when a body spoke, not where it sits ("في بيان"، "في مؤتمر صحفي")
_BLOC_HEADS = frozenset(("كتله",))  # a parliamentary bloc's kind word (names.yaml institution_heads)
_NOT_SEATS = frozenset(fold_text(w) for w in ("مؤتمر", "كلمة", "رسالة", "اجتماع", "وقت", "ختام", "أعقاب", "ظل", "حين"))


_COUNCIL_HEADS = frozenset({"مجلس", "المجلس"})
# (folded) a command's kind word and the civil bodies it may lead, with their role (gap11): "قيادة" is military only
# when what it leads is a force
_COMMAND_HEADS = frozenset({"قياده", "القياده"})
_COMMANDED_CIVIL = {
    "الحزب": "political_party",
    "حزب": "political_party",
    "التيار": "political_party",
    "النقابه": "other",
    "الاتحاد": "other",
    "الجمعيه": "other",
    "السياسيه": "government",  # "القيادة السياسية": a state's political leadership
}
# (folded) Neighbourhoods a council may be named for ("المجلس العام لحيي الشيخ مقصود")
_NEIGHBOURHOODS_FOR = frozenset({"لحي", "لحيي", "لاحياء"})


def _community_council(taken: list[str], rules: NameRules) -> bool:
    """A council of a community, not of a state: the social council of a town's notables ("المجلس الاجتماعي لسوق
    الجمعة"; not "المجلس الأعلى للضمان الاجتماعي", nor the upper houses "مجلس الأعيان"، "مجلس الشيوخ"), a council
    named for neighbourhoods, or one named by the notables it gathers ("مجلس عشائر الأنبار")."""
    return (
        taken[0] == "الاجتماعي"
        or bool(_NEIGHBOURHOODS_FOR.intersection(taken))
        or taken[0] in rules.community_council_words
        # "المجلس الأعلى لنظارات البجا"، "المجلس الأعلى لقبائل الطوارق": the notables behind ل after the council's rank
        or (len(taken) > 1 and taken[1][:1] == "ل" and taken[1][1:] in rules.community_council_words)
    )


def _unlisted_seat(word: str, rules: NameRules) -> bool:
    """Whether a word right after a union's "في" may be its seat that no list holds ("في كردستان")."""
    return (
        word.isalpha()
        and not word.startswith("ال")
        and word not in rules.name_stops
        and word not in rules.told_words
        and word not in _NOT_SEATS
    )


@cache
def _story_body_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?({alternatives})(?!\w)")


def _story_bodies(
    doc: Document, folded_text: str, to_raw: Any, found: list[Mention], rules: NameRules
) -> list[Mention]:
    """A body every state names alike, named bare ("قال الدفاع المدني", "قوى الأمن الداخلي (الأسايش)"): a name,
    of the story's country; a listed longer name ("الدفاع المدني السوري") is read first and wins."""
    if not rules.story_bodies:
        return found
    out = list(found)
    if not any(phrase in folded_text for phrase in rules.story_bodies):
        return sorted(out, key=lambda m: m.span.start)  # the pattern holds a phrase: none here, no match
    countries = Counter(m.place.country for m in found if m.place is not None)
    home = iso3(countries.most_common(1)[0][0]) if countries else None
    for match in _story_body_pattern(frozenset(rules.story_bodies)).finditer(folded_text):
        span: Span = to_raw(match.start(1), match.end(1))
        if any(m.span.start < span.end and span.start < m.span.end for m in out):
            continue
        # "بيان لقيادة الأمن العام في حمص": a command of the body, a name of its own; the forces or units of the body
        # ("قوات الجيش الوطني"، "وحدات الحرس البحري") name it (names6)
        previous = _previous_word(folded_text, match.start())
        previous = previous[1:] if previous[:1] == "ل" and previous[1:] in rules.institution_heads else previous
        if previous in rules.institution_heads and previous not in _UNITS:
            continue
        if _next_word(folded_text, match.end()).startswith("ل"):
            continue  # "القيادة العامة للقوات المسلحة الأردنية": a longer name, its mandate after ل
        text = doc.raw[span.start : span.end]
        role = rules.story_bodies[match.group(1)]
        actor = Actor(f"derived-{match.group(1)}", text, home, role, "ORG", (text,))
        out.append(Mention(span, text, "ORG", None, "derived", actor=actor))
    return sorted(out, key=lambda m: m.span.start)


# "الجيش الإثيوبي"، "وقال الجيش الكيني": the army and a state's masculine nationality adjective (names8)
_NATIONAL_ARMY = re.compile(r"(?<![^\s(«\"'])[وفب]?(" + fold_text("الجيش") + r" (ال[^\W\d_]+ي))(?![^\W\d_])")


def _national_armies(doc: Document, folded_text: str, to_raw: Any, found: list[Mention]) -> list[Mention]:
    """A state's army named by the army and its nationality, where no list names it: a name, the state's military
    (the listed armies, "الجيش العراقي", are read first and win)."""
    if _NATIONAL_ARMY_WORD not in folded_text:
        return found
    read = ((m, _countries_of_adjectives().get(m.group(2))) for m in _NATIONAL_ARMY.finditer(folded_text))
    armies = ((m, country) for m, country in read if country is not None and not _financial((m.group(2),)))
    return _with_derived_forces(doc, to_raw, found, armies)


_NATIONAL_ARMY_WORD = fold_text("الجيش ال")
_MILITARY_REGION_WORDS = fold_text("المنطقة العسكرية")
_MILITARY_REGION = re.compile(r"(?<![^\s(«\"'])[وفبل]?(" + _MILITARY_REGION_WORDS + r" ([^\W\d_]+))(?![^\W\d_])")


def _military_regions(
    doc: Document, folded_text: str, to_raw: Any, found: list[Mention], rules: NameRules
) -> list[Mention]:
    """ "المنطقة العسكرية الثانية": a military region named by its number or quarter, a command of the story's
    state's army (names9); a longer name found before ("قيادة المنطقة العسكرية الثانية") wins."""
    if _MILITARY_REGION_WORDS not in folded_text:
        return found
    countries = Counter(m.place.country for m in found if m.place is not None)
    home = iso3(countries.most_common(1)[0][0]) if countries else None
    regions = ((m, home) for m in _MILITARY_REGION.finditer(folded_text) if m.group(2) in rules.military_regions)
    return _with_derived_forces(doc, to_raw, found, regions)


# "محور تعز العسكري"، "قيادة محور بيحان العسكري": an army's axis command named by the town it holds (one or two words)
_MILITARY_AXIS = re.compile(
    r"(?<![^\s(«\"'])[وفبل]?((?:قياده +)?"
    + fold_text("محور")
    + r" +([^\W\d_]+(?: +[^\W\d_]+)?) +"
    + fold_text("العسكري")
    + r")(?![^\W\d_])"
)
_MILITARY_AXIS_WORD = fold_text("محور")
# (h20c) "دفعت قيادة محور الضالع بتعزيزات": the axis (the name, "محور الضالع"), its command named, needs no "العسكري"
# (the town after it is one word or two)
_AXIS_COMMAND = tuple(
    re.compile(
        r"(?<![^\s(«\"'])[وفبل]?"
        + fold_text("قيادة")
        + r" +("
        + fold_text("محور")
        + r" +([^\W\d_]+"
        + two
        + r"))(?![^\W\d_])"
    )
    for two in (r" +[^\W\d_]+", "")
)


def _military_axes(doc: Document, folded_text: str, to_raw: Any, found: list[Mention]) -> list[Mention]:
    """ "نفى محور تعز العسكري": an axis command of the army of the town's state (Yemen's fronts are commanded so), a
    speaker and a side, whose town is its name, not the place of what it tells."""
    if _MILITARY_AXIS_WORD not in folded_text:
        return found
    axes: list[tuple[re.Match[str], str | None]] = []
    towns: set[int] = set()
    matches = [*_MILITARY_AXIS.finditer(folded_text), *(m for p in _AXIS_COMMAND for m in p.finditer(folded_text))]
    for match in matches:
        if any(a.start(1) <= match.start(1) < a.end(1) for a, _ in axes):
            continue  # (the same command read by a longer pattern)
        where = to_raw(match.start(2), match.end(2))
        town = next((m for m in found if m.place is not None and m.span == where), None)
        if town is not None and town.place is not None:
            axes.append((match, iso3(town.place.country)))
            towns.add(id(town))
        elif match.re is not _MILITARY_AXIS:
            # "قيادة محور الضالع": the name reads "محور" + a name no list has, so the town is not found as a place;
            # its spelling's places tell the command's state: their one state, or the story's among them
            states = {v.place.country for v in name_matcher().values_of(match.group(2)) if v.place is not None}
            told = Counter(m.place.country for m in found if m.place is not None).most_common(1)
            state = states.pop() if len(states) == 1 else told[0][0] if told and told[0][0] in states else None
            if state is not None:
                axes.append((match, iso3(state)))
    return _with_derived_forces(doc, to_raw, [m for m in found if id(m) not in towns], axes)


def _with_derived_forces(
    doc: Document, to_raw: Any, found: list[Mention], forces: Iterable[tuple[re.Match[str], str | None]]
) -> list[Mention]:
    """The mentions found and, where no mention covers them, the forces read (group 1 of each match, folded) as
    names of their country's military; in text order."""
    out = list(found)
    for match, country in forces:
        span: Span = to_raw(match.start(1), match.end(1))
        if any(m.span.start < span.end and span.start < m.span.end for m in out):
            continue
        text = doc.raw[span.start : span.end]
        actor = Actor(f"derived-{match.group(1)}", text, country, "military", "ORG", (text,))
        out.append(Mention(span, text, "ORG", None, "derived", actor=actor))
    return sorted(out, key=lambda m: m.span.start)


_OBJECT_BODIES = frozenset(fold_text(w) for w in ("الأجهزة", "السلطات"))  # never inside another body's name
_FIRED = frozenset(fold_text(w) for w in ("الغاز", "الرصاص", "القنابل"))  # what forces fire, never in their name
# verbs whose hamza folds to an article-like ال ("ألقت" -> "القت"، "التقى"): "قوات الأمن ألقت القبض" ends the name
_ARTICLE_LIKE_VERBS = frozenset(
    fold_text(w) for w in ("ألقت", "ألقى", "ألقوا", "ألقيا", "التقى", "التقت", "التقوا", "التقيا", "التزمت", "التزم")
)
_ARMIES = frozenset(fold_text(w) for w in ("الجيش", "الشرطة"))  # "للجيش والقوات المسلحة" is one name
_DIRECTORATE = fold_text("المديرية")
_DIRECTORATE_BARE = fold_text("مديرية")
_SERVICES = frozenset(fold_text(w) for w in ("أمن", "شرطة", "الأمن", "الشرطة"))


def _directorate(words: list[_Word], k: int, to_raw: Any, place_spans: dict[int, int]) -> bool:
    """ "مديرية" opens a directorate's name before a service ("مديرية أمن طرابلس") or a definite word that
    starts no place ("مديرية التربية"); before a place it is a district ("مديرية صرواح")."""
    if k >= len(words):
        return False
    word = words[k][2]
    if word in _SERVICES:
        return True
    return word.startswith("ال") and to_raw(words[k][0], words[k][1]).start not in place_spans


# (h22c) The Maghreb's commune and daira are named by their kind like a council or a department ("بلدية صيدا"،
# "دائرة الأوقاف"): after a preposition of place and before a town they are where something happened.
_COMMUNE_HEADS = frozenset(fold_text(w) for w in ("بلدية", "دائرة"))
_BELONGING = frozenset(fold_text(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعتين", "التابعتين"))


def _commune(
    folded_text: str, words: list[_Word], i: int, cut: int, to_raw: Any, place_spans: dict[int, int], rules: NameRules
) -> bool:
    """Whether the kind word at `i` names a commune or daira as a place: a town follows it ("بلدية تيشي") and a
    preposition of place ("في"، "إلى") or a fused ب ("ببلدية") comes before it."""
    if i + 1 >= len(words) or to_raw(words[i + 1][0], words[i + 1][1]).start not in place_spans:
        return False
    if cut and words[i][2][0] == "ب":
        return True
    previous = _previous_word(folded_text, words[i][0])
    if cut and words[i][2][0] == "ل" and previous in _BELONGING:
        return True  # "في قرية تابعة لبلدية تاسارا": the commune a village belongs to is a place (art38)
    previous = previous[1:] if previous[:1] in ("و", "ف") and previous[1:] in rules.locative else previous
    if previous not in rules.locative:
        return False
    # "مسؤول العلاقات العامة في بلدية سلفيت": one who works in the council names the body, not a place
    lead = folded_text[max(0, words[i][0] - 40) : words[i][0]].split()[-5:-1]
    heads = rules.unnamed_people | _SOURCES | rules.office_heads
    return not any(w in heads or w[1:] in heads for w in lead)


_RESISTANCE = fold_text("مقاومة")
_GROUPINGS = frozenset(fold_text(w) for w in ("تنسيقية", "التنسيقية"))
_FOR_DEFENCE = fold_text("للدفاع")
_NATIONAL_SECURITY = (fold_text("الأمن الوطني"), fold_text("للأمن الوطني"))
_MILITARY_ADJECTIVES = frozenset(fold_text(w) for w in ("العسكرية", "العسكري"))

# a title may end in a number ("شبكة "السويداء 24""، "موقع "درعا 24"")
_QUOTED = re.compile(r"(?:^|(?<=\s))([^\W_]*)\s*[\"«“]([^\W\d_]+(?: [^\W\d_]+){0,3}(?: [0-9٠-٩]{1,3})?)[\"»”]")
_OPENING_QUOTE = re.compile(r"[\"«“]")


def _quoted(text: str) -> Iterator[re.Match[str]]:
    """`_QUOTED.finditer(text)`, tried only near opening quotes instead of at every character.

    A match starts at a word and spaces that run up to its opening quote, the first character after
    its start that is neither: so the matches with the quote at q start between that run's start
    and q, and trying those places, quote by quote, finds the same matches in the same order."""
    at = 0  # where finditer would search on from
    for quote in _OPENING_QUOTE.finditer(text):
        q = quote.start()
        if q < at:
            continue  # inside the last match
        start = q
        while start > at and text[start - 1].isspace():  # \s, as the regex reads it
            start -= 1
        while start > at and text[start - 1].isalnum():  # [^\W_]
            start -= 1
        for p in range(start, q + 1):
            match = _QUOTED.match(text, p)  # as finditer's try at p: the look-behind sees text before p
            if match:
                yield match
                at = match.end()
                break


@cache
def _speech_words() -> frozenset[str]:
    """Words of a speaker or a report ("قال", "مصدر", "شهود"), folded, for "told X"."""
    from rasd.cues import cues

    c = cues()
    forms = (*c.reporting, *c.anonymous, *c.witness)
    return frozenset(w for form in forms for w in form.split(" "))


def _outlet_mentions(
    doc: Document,
    folded_text: str,
    quoted: Sequence[re.Match[str]],
    to_raw: Any,
    found: list[Mention],
    rules: NameRules,
) -> list[Mention]:
    """Outlets named in quotes: after their kind ("وكالة "أعماق"") or after "لـ" when someone spoke to them
    ("وقال مصدر أمني لـ"المنصة""). A place or a day inside ("البصرة اليوم") is part of the title."""
    out = list(found)
    for match in quoted:  # _quoted(folded_text)
        before = match.group(1)
        bare = before[1:] if before[:1] in ("و", "ف", "ب", "ل") and before[1:] in rules.media_heads else before
        if bare not in rules.media_heads:
            if before not in ("ل", "ول"):
                continue
            # the speaker just before: "قال مصدر أمني لـ", "في تصريح خاص لـ"; not "قال إن الوقت حان لـ"
            previous = folded_text[max(0, match.start() - 60) : match.start()].split()[-3:]
            told = {w[1:] if w[:1] in ("و", "ف") else w for w in previous}
            if not told & (_speech_words() | rules.told_words) or told & {"ان", "انه", "انها"}:
                continue
        span: Span = to_raw(match.start(2), match.end(2))
        if any(m.span.start < span.end and span.start < m.span.end and m.place is None for m in out):
            continue  # a listed outlet ("رويترز") or another name already covers it
        inside = [m for m in out if span.start <= m.span.start and m.span.end <= span.end]
        out = [m for m in out if m not in inside]
        out.append(Mention(span, doc.raw[span.start : span.end], "ORG", None, "derived"))
    return sorted(out, key=lambda m: m.span.start)


# a claim of an attack: its verb right before the group ("وتبنت جماعة "أنصار الإسلام" الهجوم") or the claim's
# noun right after its name ("وأعلنت جماعة "لواء الثأر" مسؤوليتها")
_CLAIM_VERB_BEFORE = re.compile(r"(?<!\w)[وف]?(?:تبنت|تبني|تبنوا|يتبني|تتبني)\s*$")
_CLAIM_AFTER = re.compile(r"\s*(?:،\s*)?(?:ال)?مسوولي(?:ت|ه)")


def _claimant(folded_text: str, match: re.Match[str], rules: NameRules) -> bool:
    """ "وتبنت جماعة "أنصار الإسلام" الهجوم": a group no list knows, named in quotes after a group noun
    (claimant_heads), that claims an attack is an armed group, though a "جماعة" in quotes may be a civic one."""
    if match.group(1) not in rules.claimant_heads and match.group(1)[1:] not in rules.claimant_heads:
        return False
    before = folded_text[max(0, match.start(1) - 12) : match.start(1)]
    return bool(_CLAIM_VERB_BEFORE.search(before) or _CLAIM_AFTER.match(folded_text, match.end()))


# a protest named in the clause after a quoted name: "إلى احتجاجات"، "إلى التظاهر"، "وقفة احتجاجية"
_PROTEST_AFTER = re.compile(
    r"[^.!?؟\n]{0,120}?(?<!\w)[وبلف]?(?:ال)?(?:احتجاج|تظاهر|مظاهر|اعتصام|وقف[هة] احتجاجي|مسير[هة] احتجاجي)"
)


def _quoted_groups(
    doc: Document,
    folded_text: str,
    quoted: Sequence[re.Match[str]],
    to_raw: Any,
    found: list[Mention],
    rules: NameRules,
) -> list[Mention]:
    """Armed groups no list knows, named in quotes after their kind ("غرفة عمليات "ردع العدوان"") or with it
    inside them (""لواء شهداء الجبل""): armed groups of the story's country."""
    out = list(found)
    countries = Counter(m.place.country for m in found if m.place is not None)
    home = iso3(countries.most_common(1)[0][0]) if countries else None
    party_end = -1  # where the last bloc's quoted name closed ("كتلتي «الوفاء للمقاومة» و«التنمية والتحرير»")
    for match in quoted:  # _quoted(folded_text)
        before = match.group(1)
        first = match.group(2).split()[0]
        # a bloc or party named in quotes after its kind, or joined by و right after one (art21)
        party = before in rules.party_quote_heads or before[1:] in rules.party_quote_heads
        party = party or (before == "و" and 0 <= match.start() - party_end <= 1)
        # "دعت مجموعة "جيل زد 212" إلى احتجاجات": a protest movement calling protests (unless it claims an attack,
        # below); "رفضت مجموعة «الشباب المسلم» تسليم عناصرها" names no protest after it and is left alone
        protest = not party and (before in rules.protest_quote_heads or before[1:] in rules.protest_quote_heads)
        protest = protest and _PROTEST_AFTER.match(folded_text, match.end()) is not None
        claimed = not party and _claimant(folded_text, match, rules)
        # "اتهمت جمعية «أوقفوا التلوث» السلطات": a civic body named in quotes after its kind (h25a)
        civic = not (party or protest or claimed) and (
            before in rules.civic_quote_heads or before[1:] in rules.civic_quote_heads
        )
        if party:
            party_end = match.end()
        elif (protest or civic) and not claimed:
            pass
        elif not ({before, before[1:], first} & rules.armed_quote_heads) and not claimed:
            continue
        span: Span = to_raw(match.start(2), match.end(2))
        if any(m.span.start < span.end and span.start < m.span.end and m.place is None for m in out):
            continue  # a listed group or another name already covers it
        text = doc.raw[span.start : span.end]
        role = (
            "political_party"
            if party
            else "protesters"
            if protest and not claimed
            else "other"
            if civic
            else "armed_group"
        )
        actor = Actor(f"derived-{fold_text(text)}", text, home, role, "ORG", (text,))
        out = [m for m in out if not (span.start <= m.span.start and m.span.end <= span.end)]
        out.append(Mention(span, text, "ORG", None, "derived", actor=actor))
    return sorted(out, key=lambda m: m.span.start)


def _headquarters(doc: Document, folded_text: str, to_raw: Any, found: list[Mention]) -> list[Mention]:
    """ "مقر الهيئة العامة للإذاعة والتلفزيون في أم درمان": an organisation's seat is a site, placed by the
    town after it. It locates events but is not listed as a name (the organisation is).
    "مبنى ديوان محافظة البصرة": the building of an institution is a site, placed by the town in its name
    or after it, and is listed as a facility instead of the institution."""
    out: list[Mention] = []
    buildings: list[Mention] = []
    for m in found:
        if m.type != "ORG":
            continue
        head = re.search(r"(?:^|\s)[وب]?(?:ال)?(مقر|مبنى)\s+$", doc.raw[max(0, m.span.start - 12) : m.span.start])
        if head is None:
            continue
        after = [p for p in found if p.place is not None and 0 <= p.span.start - m.span.end <= 60]
        place = after[0].place if after else None
        if head.group(1) == "مبنى":
            within = [h for h in name_matcher().find(fold_text(m.text)) if any(v.place for v in h.values)]
            inner = next((v.place for h in longest(within) for v in h.values if v.place is not None), None)
            place = inner or place
            if place is not None:
                site = Place(
                    f"{place.id}-site", (m.text,), m.text, "other", place.country, place.admin1, place.lat, place.lon
                )
                buildings.append(m)
                out.append(Mention(m.span, m.text, "FAC", None, "derived", site))
            continue
        if place is None:
            host = _host_of_seat(doc, m, found)
            if host is not None:
                # "وصل الوزير إلى الرياض ... وعقد مباحثات في مقر وزارة الخارجية": a bare ministry's seat is the
                # host's, the town the sentence or the one before it named, not the story's most named state's
                place = host if host.kind == "city" else _capital_of(iso3(host.country))
                if m.actor is not None and place is not None:
                    hosted = replace(m, actor=replace(m.actor, country=iso3(place.country)))
                    found = [hosted if f is m else f for f in found]
            else:
                place = _seat_of_state_body(m)
        if place is None:
            continue
        start = m.span.start - (len(head.group()) - head.group().find("مقر"))
        span = Span(start, m.span.end)
        text = doc.raw[span.start : span.end]
        site = Place(f"{place.id}-seat", (text,), text, "other", place.country, place.admin1, place.lat, place.lon)
        out.append(Mention(span, text, "FAC", None, "derived", site, descriptive=True))
    return [m for m in found if m not in buildings] + out


# "وزارة الخارجية السورية"، "رئاسة الحكومة التونسية": a state's ministries and presidency sit in its capital (an
# embassy or a consulate sits abroad, a party or a company anywhere: none of them is here)
_STATE_SEATS = frozenset(fold_text(w) for w in ("وزارة", "رئاسة"))


def _seat_states(m: Mention) -> list[str] | None:
    """The states of the nationality adjectives in a ministry's or presidency's name, the last first ("وزارة
    الخارجية السورية": Syria); None when the mention names no such body."""
    words = fold_text(m.text).split()
    if not words or words[0] not in _STATE_SEATS:
        return None
    adjectives = _countries_of_adjectives()
    return [adjectives[w] for w in reversed(words[1:]) if w in adjectives]


def _host_of_seat(doc: Document, m: Mention, found: list[Mention]) -> Place | None:
    """The town (or state) named last before a bare ministry's or presidency's seat ("مقر وزارة الخارجية", no
    nationality after it) in its sentence, or else in the sentence before: where the meeting there is held."""
    states = _seat_states(m)
    if states is None or states:
        return None
    starts = [s.span.start for s in doc.sentences]
    at = bisect_left(starts, m.span.start + 1) - 1
    if at < 0:
        return None
    for k in (at, at - 1):
        if k < 0:
            break
        lo, hi = doc.sentences[k].span.start, min(doc.sentences[k].span.end, m.span.start)
        towns = [
            p.place
            for p in found
            if p.place is not None
            and p.type == "GPE"
            and lo <= p.span.start
            and p.span.end <= hi
            and p.place.kind in ("city", "country")
        ]
        if towns:
            return towns[-1]
    return None


def _capital_of(state: str | None) -> Place | None:
    """The capital city of a state (ISO3) as the capitals of names.yaml give it, if the gazetteer holds it."""
    for capital, of in rules().capitals.items():
        if of != state:
            continue
        for v in name_matcher().values_of(capital):
            if v.place is not None and v.place.kind == "city" and iso3(v.place.country) == state:
                return v.place
    return None


def _seat_of_state_body(m: Mention) -> Place | None:
    """ "في مقر وزارة الخارجية السورية": the capital of the state whose ministry or presidency is named, when no
    town follows the seat."""
    states = _seat_states(m)
    if states is None:
        return None
    state = states[0] if states else None
    if state is None and m.actor is not None and m.actor.country:
        state = m.actor.country
    return _capital_of(state)


# sets made from the rules alone, made once per rules object (held beside it, so its id is not reused)
_OF_RULES: dict[int, tuple[NameRules, tuple[frozenset[str], ...]]] = {}


def _rule_sets(rules: NameRules) -> tuple[frozenset[str], ...]:
    """(titles and offices, the heads of bodies and descriptions and offices, both together) for `_titled_people`;
    then the peoples, bare or behind و/ف, and the singular nationalities, for `_people_mentions`; then the peoples."""
    held = _OF_RULES.get(id(rules))
    if held is None or held[0] is not rules:
        titles = rules.person_titles | rules.office_heads
        heads = frozenset(rules.institution_heads.keys() | rules.descriptive_heads | rules.office_heads)
        peoples = rules.peoples | _plural_nationalities()
        people = peoples | {c + p for p in peoples for c in ("و", "ف")} | _singular_nationalities()
        held = _OF_RULES[id(rules)] = (rules, (titles, heads, titles | heads, people, peoples))
    return held[1]


def _titled_people(
    doc: Document, folded_text: str, words: list[_Word], to_raw: Any, found: list[Mention], rules: NameRules
) -> tuple[list[Mention], list[Mention]]:
    """A name after a title or office ("الرئيس قيس سعيد", "محافظ البصرة أسعد العيداني"), and the town
    mentions that turned out to be a family name."""
    titles, heads, run_stops = _rule_sets(rules)[:3]
    taken = [(m.span.start, m.span.end) for m in found]
    bodies = [(m.span.start, m.span.end) for m in found if m.type in ("ORG", "GPE", "LOC", "FAC")]
    out: list[Mention] = []
    surnames: list[Mention] = []  # towns read as a family name: no longer places
    sites = [(m.span.start, m.span.end) for m in found if m.type == "FAC"]
    for i in _indexes_in(words, rules.title_openers):  # a title, or و/ف + a title
        a, b = _raw_word(doc, words, i, to_raw)[:2]
        if any(x <= a and b <= y for x, y in sites):
            continue  # "جامعة القاضي عياض", "مستشفى الملك فهد": the title of the person a site is named after
        j = i + 1
        given = son_of = -1
        # the office runs over definite words, "باسم X", places and bodies found as such ("المتحدث باسم حركة
        # الشباب") and parentheses
        while j < len(words) and j - i <= 6:
            w = words[j][2]
            gap = folded_text[words[j - 1][1] : words[j][0]]
            if "،" in gap or "," in gap:
                break
            if _name_after_body(doc, words, j, to_raw, bodies, rules):
                given = j  # "المتحدث باسم قوات الدعم السريع الفاتح قرشي": a given name with its article
                break
            if w.startswith("ال") and _son_of_follows(folded_text, words, j, rules):
                given = son_of = j  # "الناطق باسم الحكومة الحسين ولد مدو": a Mauritanian name, its given name definite
                break
            # "رئيس الوفد المفاوض والمتحدث باسم الجماعة": a second office joined by و
            second = w[:1] == "و" and w[1:] in titles
            if _definite(doc, words, j, to_raw) or w == "باسم" or "(" in gap or w in titles or second:
                j += 1
                continue
            a, b = _raw_word(doc, words, j, to_raw)[:2]
            if any(x <= a and b <= y for x, y in bodies):
                j += 1
                continue
            if w == "في" and j + 1 < len(words):
                # "النائب في البرلمان الكويتي", "منسقة الأمم المتحدة ... في السودان": a body or place the office
                # is held in, found as such, is more of the office
                a, b = _raw_word(doc, words, j + 1, to_raw)[:2]
                if any(x <= a and b <= y for x, y in bodies):
                    j += 1
                    continue
            break
        if j >= len(words) or folded_text[words[j - 1][1] : words[j][0]].strip(" ()"):
            continue
        first = words[j][2]
        ali = first == "علي" and _MARKS.sub("", _raw_word(doc, words, j, to_raw)[2]).endswith("ي")
        if ali and j + 1 < len(words) and words[j + 1][2] in _ALA_OBJECTS:
            continue  # "وزيرة التعاون الدولي علي هامش المؤتمر": على spelt with ي, not the given name علي
        if not ali and (first in rules.name_stops or first in rules.not_names or first in heads or _common_word(first)):
            continue
        if first in rules.person_non_openers:
            continue  # "... لصالح النازحين": "in favour of", not the given name صالح behind ل (art36)
        if first[:1] in ("و", "ب", "ل", "ف") and first[1:] in rules.not_names:
            continue  # (probe53) "التقى وزير الخارجية المصري بنظيره الجزائري": a counterpart behind بـ is no name
        if first in rules.place_cues:
            continue  # "زار رئيس بونتلاند مدينة جاروي": the office's object, a town named by its kind
        if first[:1].isdigit():
            continue  # "أمهلت السفير الكيني 72 ساعة": a count, never a name
        if not ali and _frequent_non_name(first):
            continue  # "وبحث الرئيس الفرنسي تناول الأوضاع": a verbal noun, not a given name
        if not ali and _word_behind_preposition(first):
            continue  # "وطالب رئيس الوزراء الأجهزة الأمنية بملاحقة منفذي الهجوم": a verbal noun behind بـ/لـ
        if (
            not ali
            and j + 1 < len(words)
            and _definite(doc, words, j + 1, to_raw)
            and _word_behind_preposition(first, 4)
        ):
            continue  # (gap23) "المتحدث الرسمي للمديرية العامة لحرس الحدود": a short noun behind لـ heading a construct
        if first.startswith("باسم") or (
            first[:1] == "و" and words[j + 1][2].startswith("ال") if j + 1 < len(words) else False
        ):
            continue  # "وزير الخارجية وشؤون المغتربين": more of the office
        k = _name_run(doc, folded_text, words, j, to_raw, run_stops, rules)
        if given == j:
            k = max(k, j + 2)  # (the run ends a name at a definite word: here it is the first)
        if son_of == j:
            k = max(k, j + 3)  # and "ولد" and the father's name after it (names7)
        town = _town_as_surname(doc, folded_text, words, j, to_raw, found, rules) if k - j <= 2 else None
        if town is not None:
            k = j + 2
        if k - j < 2:
            continue  # one word after a title is too often not a name
        span: Span = to_raw(words[j][0], words[k - 1][1])
        while k - j > 2 and any(x < span.end and span.start < y for x, y in taken):
            k -= 1  # a later part that is a listed name ends the person's name before it
            span = to_raw(words[j][0], words[k - 1][1])
        if town is None and any(x < span.end and span.start < y for x, y in taken):
            continue
        text = doc.raw[span.start : span.end]
        out.append(Mention(span, text, "PER", None, "derived"))
        taken.append((span.start, span.end))
        if town is not None:
            surnames.append(town)
    return out, surnames


_SON_OF = fold_text("ولد")


def _son_of_follows(folded_text: str, words: list[_Word], j: int, rules: NameRules) -> bool:
    """Whether "ولد" and a name word follow word j, spaces apart: j is a given name ("الحسين ولد مدو")."""
    if j + 2 >= len(words) or words[j + 1][2] != _SON_OF:
        return False
    if folded_text[words[j][1] : words[j + 1][0]].strip() or folded_text[words[j + 1][1] : words[j + 2][0]].strip():
        return False
    after = words[j + 2][2]
    return after not in rules.name_stops and not _common_word(after)


def _name_after_body(
    doc: Document, words: list[_Word], j: int, to_raw: Any, bodies: list[tuple[int, int]], rules: NameRules
) -> bool:
    """Whether a definite word right after a body an office is held in begins a person's name: a given name
    with its article ("الفاتح"، "الصادق"، "الطيب"), no adjective or frequent noun, and an indefinite name
    word after it ("... قوات الدعم السريع الفاتح قرشي")."""
    w = words[j][2]
    if j + 1 >= len(words) or not w.startswith("ال") or _is_nisba(w) or _frequent_non_name(w):
        return False
    end = _raw_word(doc, words, j - 1, to_raw)[1]
    if not any(y == end for _, y in bodies):
        return False
    nxt = words[j + 1][2]
    start, stop = _raw_word(doc, words, j, to_raw)[:2]
    joined = not doc.raw[end:start].strip() and not doc.raw[stop : _raw_word(doc, words, j + 1, to_raw)[0]].strip()
    if not joined or nxt.startswith(("ال", "و")) or nxt in rules.name_stops or nxt in rules.not_names:
        return False
    return not _common_word(nxt) and not _frequent_non_name(nxt) and nxt not in rules.person_titles


def _town_as_surname(
    doc: Document, folded_text: str, words: list[_Word], j: int, to_raw: Any, found: list[Mention], rules: NameRules
) -> Mention | None:
    """The town a titled person's family name is spelled like ("النائبة بشرى الخليل", "المبعوث الأميركي توم
    براك"): a given name and the next word, that word a town (no country or capital) and nothing else
    listed; None when the two words are no such name."""
    if j + 1 >= len(words) or folded_text[words[j][1] : words[j + 1][0]].strip():
        return None
    if not {"G", "N"} & set(tagger.lexicon().get(words[j][2]).flags):
        return None
    first = to_raw(words[j][0], words[j][1])
    second = to_raw(words[j + 1][0], words[j + 1][1])
    inside = [m for m in found if m.span.start < second.end and first.start < m.span.end]
    if len(inside) != 1:
        return None
    town = inside[0]
    if town.span != second or town.place is None or town.place.kind != "city" or town.fused:
        return None
    return None if fold_text(town.text) in rules.capitals else town


# How common (10 x Zipf, the tagger lexicon's scale) a word must be for its lack of a name flag to say it is no
# name: "تناول" 48, "استعراض" 42, "مناقشة" 45; foreign names in Arabic script that read as words fall below
# ("بينغ" 37, "مودي" 36)
_COMMON_ZIPF = 40


@cache
def _person_name_words() -> frozenset[str]:
    known = tagger.known_names()
    return known["PER-B"] | known["PER-I"] | known["PER-U"]


def _glued_family_name(word: str) -> bool:
    """ "مستشفى الحبيب بورقيبة"، "شارع الحبيب بورقيبة": a family name that starts with ب, ل or و and whose rest is no
    word the lexicon knows is no clitic and a word (names6)."""
    return "F" in tagger.lexicon().get(word).flags and tagger.lexicon().get(word[1:]).zipf == 0


def _word_behind_preposition(word: str, shortest: int = 5) -> bool:
    """ "بملاحقة"، "لمناقشة": بـ or لـ before a common word no name list holds (unlike "بثينة"، "لميس"، "بشار")."""
    if word[:1] not in ("ب", "ل") or len(word) < shortest:
        return False
    whole, rest = tagger.lexicon().get(word), tagger.lexicon().get(word[1:])
    names = "GFN"
    return not any(f in whole.flags for f in names) and not any(f in rest.flags for f in names) and rest.zipf >= 30


def _frequent_non_name(word: str) -> bool:
    """A frequent word the tagger lexicon marks as no given, family or person name, nor part of a name an
    actor list holds: a noun or verb ("تناول", "استعراض", "مناقشة"), not a name read after a title."""
    entry = tagger.lexicon().get(word)
    if entry.zipf < _COMMON_ZIPF or any(flag in entry.flags for flag in "GFN"):
        return False
    return tagger.strip_proclitics(word)[1] not in _person_name_words() and word not in _person_name_words()


# Two-letter words of a name: "آل" (folded "ال") of a family ("محمد آل جابر").
_FAMILY = "ال"
_NAME_PARTS_MAX = 4


def _definite(doc: Document, words: list[_Word], k: int, to_raw: Any) -> bool:
    """Whether word k has the article (or ل + the article); "أليكسي", "ألبرت" fold alike, but the article is never
    written with hamza."""
    return words[k][2].startswith(("ال", "لل")) and not _raw_word(doc, words, k, to_raw)[2].startswith(("أ", "إ", "آ"))


def _raw_word(doc: Document, words: list[_Word], k: int, to_raw: Any) -> tuple[int, int, str]:
    span: Span = to_raw(words[k][0], words[k][1])
    return span.start, span.end, doc.raw[span.start : span.end]


def _name_part(doc: Document, words: list[_Word], k: int, to_raw: Any, stops: frozenset[str], rules: NameRules) -> bool:
    """Whether word k may continue a person's name: no verb or cue word, preposition, particle, clitic
    conjunction or preposition, office, time word or adverb in tanween. "علي" spelled with ي is the
    given name, "على" the preposition (they fold alike)."""
    w = words[k][2]
    start, end, raw = _raw_word(doc, words, k, to_raw)
    if _TANWEEN.search(raw) or any(int(t["start"]) < end and start < int(t["end"]) for t in doc.times):
        return False
    if w == "علي" and _MARKS.sub("", raw).endswith("ي"):
        return True
    if len(w) < 3 or w in rules.name_stops or w in rules.not_names or w in stops or _common_word(w):
        return False
    # "باسم" is a given name, and "in the name of" after an office ("المتحدث باسم"): only the first
    return not w.startswith(("و", "ب", "ل")) or (w != "باسم" and _name_like_clitic(w))


def _name_like_clitic(word: str) -> bool:
    """A name that starts like a clitic ("حازم بديع", "بشير", "وليد"): the name lists hold it as a family or
    person name, and what follows its first letter is no name of its own ("وعلي" is و + علي)."""
    entry, rest = tagger.lexicon().get(word), tagger.lexicon().get(word[1:])
    return bool({"F", "N"} & set(entry.flags)) and not {"G", "F", "N"} & set(rest.flags)


_MARKS = re.compile("[\u064b-\u0652\u0640]")


def _surname_word(doc: Document, words: list[_Word], k: int, to_raw: Any, rules: NameRules) -> bool:
    """A definite word that reads as a family name: a nisba in ي ("السعيدي", "العبيدي"), not a
    nationality, a place or an adjective said of a noun ("العسكري"), nor a noun in ى ("المستشفى")."""
    w = words[k][2]
    if not w.startswith("ال") or len(w) < 5 or not _MARKS.sub("", _raw_word(doc, words, k, to_raw)[2]).endswith("ي"):
        return False
    plain = w in rules.generic_modifiers or w in rules.detached_modifiers or w in _nationality_adjectives()
    return not plain and not _is_place_word(w)


# How rare (10 x Zipf) a definite word must be to be read as a family name after a compound given name: family
# names ("الدخيل" 36, "المعجل" 31, "الشايف" 21) fall below, the nouns a verb takes as object ("الوفد" 42, "المقر"
# 42, "المستشفى" 49) above; a word the name lists hold as a family name is read whatever its frequency
_FAMILY_ZIPF = 40


def _family_word(
    doc: Document, words: list[_Word], k: int, to_raw: Any, stops: frozenset[str], rules: NameRules
) -> bool:
    """A definite word that reads as a family name after a compound given name: rare or listed as a family name,
    and no place, nationality, adjective said of a noun, nor word of the event vocabulary."""
    w = words[k][2]
    if not _name_part(doc, words, k, to_raw, stops, rules) or _is_place_word(w):
        return False
    if w in rules.generic_modifiers or w in rules.detached_modifiers or w in _nationality_adjectives():
        return False
    entry = tagger.lexicon().get(w)
    return entry.zipf < _FAMILY_ZIPF or "F" in entry.flags


def _name_run(
    doc: Document, folded_text: str, words: list[_Word], j: int, to_raw: Any, stops: frozenset[str], rules: NameRules
) -> int:
    """End (word index) of a person's name whose first word is word j, after a title: up to four
    parts ("زياد علي فاضل", "سالم صالح بن بريك", "محمد آل جابر"). The second part may be any name
    part; a later one an indefinite name part or a family name in ي, since a definite noun there is
    more often the verb's object ("زار الوزير أحمد حسن المستشفى"). A word of the event vocabulary
    ("طالب") is a part only between two others ("مشتاق طالب السعيدي")."""

    def joined(k: int) -> bool:
        return k < len(words) and not folded_text[words[k - 1][1] : words[k][0]].strip()

    def compound(k: int) -> bool:
        # words k-2, k-1 close a compound given name or a lineage ("عبد القادر", "بدر الدين", "بن صالح")
        return words[k - 2][2] in rules.name_builders or words[k - 1][2] in rules.given_name_ends

    def part(k: int) -> bool:
        if not joined(k):
            return False
        if words[k][2] in rules.family_titles and not _is_title(words[k - 1][2], rules):
            return True  # "نور الدين البابا": a title after the name is the family's name
        if k - j >= 2 and words[k][2].startswith("ال"):
            if compound(k) and _family_word(doc, words, k, to_raw, stops, rules):
                return True  # "عبد القادر الدخيل", "ناجي بن صالح الشايف"
            return _surname_word(doc, words, k, to_raw, rules)
        return _name_part(doc, words, k, to_raw, stops, rules)

    k = j + 1
    if joined(k) and words[j][2] in rules.name_builders:
        k += 1
    while k - j < _NAME_PARTS_MAX and joined(k):
        w = words[k][2]
        if w in rules.name_breaks:
            break  # "عن الوزير ماجد أبو رمضان قوله إن": the name ends before what he said
        before = words[k - 1][2]
        family = before != _FAMILY and not compound(k)
        if family and _definite(doc, words, k - 1, to_raw):
            break  # a family name ends the name ("كمال الفقي يقضي")
        # "آل ثاني" may close a name of three parts before it ("خالد بن محمد آل ثاني")
        longest = _NAME_PARTS_MAX + (w == _FAMILY)
        if (w in rules.name_builders or w == _FAMILY) and joined(k + 1) and k + 2 - j <= longest:
            # "أسد عثمان عبد الله": الله is a common word, and the close of a compound name
            closes = w != _FAMILY and words[k + 1][2] in rules.given_name_ends
            # "محمد ولد الشيخ": a Mauritanian father's name after ولد may be definite (names7)
            nxt = words[k + 1][2]
            closes = closes or (w == _SON_OF and nxt.startswith("ال") and nxt not in stops and not _is_nisba(nxt))
            if closes or _name_part(doc, words, k + 1, to_raw, stops, rules):
                k += 2
                continue
            break
        if part(k):
            k += 1
            continue
        middle = _common_word(w) and k - j == 1 and not w.startswith(("و", "ب", "ل")) and joined(k + 1)
        if middle and _surname_word(doc, words, k + 1, to_raw, rules):
            k += 2
            continue
        break
    return k


@cache
def _common_words() -> frozenset[str]:
    """Words of the event and cue vocabularies: never a person's first name after a title."""
    from rasd.cues import cues
    from rasd.triggers import trigger_lexicon

    c = cues()
    words: set[str] = set()
    for forms in (c.reporting, c.attribution, c.anonymous, c.planned, c.denied, c.hypothetical, c.negation):
        words.update(w for form in forms for w in form.split(" "))
    for trigger in trigger_lexicon().triggers:
        words.update(form.split(" ")[0] for form in trigger.forms)
    return frozenset(words)


@cache
def _clitic_words() -> frozenset[str]:
    """Spellings of small places that read as a clitic and a word of the event vocabulary ("ودان" is
    Waddan, and و + دان "and condemned"): like stop-listed spellings, matched alone only after a cue.
    The press names large towns bare (بعقوبة), so they are left out."""
    words = _common_words()
    small: dict[str, bool] = {}
    for key, entry in _entries():
        if " " in key or len(key) < 4 or key[0] not in "وفبلك" or key[1:] not in words:
            continue
        is_small = entry.place is not None and (entry.place.population or 0) < _LARGE_TOWN
        small[key] = small.get(key, True) and is_small
    return frozenset(key for key, is_small in small.items() if is_small)


_LARGE_TOWN = 100_000


def _common_word(word: str) -> bool:
    return fold_text(word) in _common_words() or any(r[0] in _common_words() for r in readings(word)[:3])


# Definite words that quantify or point rather than name a noun: "جميع العراقيين" is the people.
_NOT_NOUNS = frozenset(fold_text(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "الآخرين"))


_ALL_BUT_LAST = itemgetter(slice(None, -1))


def _people_mentions(doc: Document, tokens: list[_Word], found: list[Mention], rules: NameRules) -> list[Mention]:
    """Peoples named as a group ("الكرد"، "الفلسطينيين"): NORP."""
    taken = [(m.span.start, m.span.end) for m in found]
    out: list[Mention] = []
    adjective_at = -2  # the word that was last a nationality said of a noun
    peoples, singular = _rule_sets(rules)[4], _singular_nationalities()
    words = list(map(itemgetter(2), tokens))
    # only the words that may be a people (bare or behind و/ف) or a nationality (or one and a letter) are
    # visited, picked out in C; the state the visit keeps is of the word right before, read from its index
    people = _rule_sets(rules)[3]
    may_be = map(or_, map(people.__contains__, words), map(singular.__contains__, map(_ALL_BUT_LAST, words)))
    for k in compress(range(len(words)), may_be):
        a, b, word = tokens[k]
        before = words[k - 1] if k else ""
        after_adjective = adjective_at == k - 1
        cut = 1 if word[:1] in ("و", "ف") and word[1:] in peoples else 0
        counted = (word in singular or word[:-1] in singular) and _counted(before)
        if (word[cut:] not in peoples and not counted) or any(x < b and a < y for x, y in taken):
            continue
        # "العسكريين الأميركيين", "للاجئين السوريين": after a definite noun it is that noun's adjective
        # "رجال الدين الشيعة والطلاب الأكراد": a noun joined by و is still a noun
        before = before[1:] if before.startswith("وال") else before
        noun = before.startswith(("ال", "لل")) and before not in peoples and before not in _NOT_NOUNS
        noun = noun and not _counted(before)  # "آلاف الأمازيغ": آلاف counts them (its folded alef reads like ال)
        # "جنود أتراك", "مدنيين فلسطينيين": after an indefinite noun of people it is that noun's adjective
        noun = noun or before in rules.group_nouns or before in rules.unnamed_people
        if not cut and noun and not counted and doc.raw[a - 1 : a] == " ":
            adjective_at = k
            continue
        if cut and after_adjective:
            adjective_at = k
            continue  # "الوسطاء المصريين والأميركيين": the second adjective of the same noun
        b = end_with_marks(doc.raw, b)  # "فلسطينياً" with its tanween
        out.append(Mention(Span(a + cut, b), doc.raw[a + cut : b], "NORP", None, "derived"))
    return out


# words that count people: "مليون سوري", "آلاف فلسطيني" (besides digits and the number words of time.yaml)
_QUANTITIES = frozenset(
    fold_text(w) for w in ("ألف", "آلاف", "مليون", "مليونا", "مليوني", "ملايين", "مئة", "مائة", "مئات", "عشرات")
)


def _counted(folded: str) -> bool:
    return folded.isdigit() or folded in _QUANTITIES or folded in time_words().numbers


@cache
def _singular_nationalities() -> frozenset[str]:
    """Indefinite masculine singular nationality adjectives ("سوري", "فلسطيني"), folded: after a number they
    count people ("أكثر من 650 فلسطينياً", "نحو مليون سوري"), a people (NORP)."""
    from rasd.cues import cues

    forms = (fold_text(f) for fs in cues().nationalities.values() for f in fs)
    return frozenset(f for f in forms if not f.startswith("ال") and f.endswith("ي"))


@cache
def _plural_nationalities() -> frozenset[str]:
    """Definite plural nationality nouns ("الإثيوبيين", "الكينيون"), folded: peoples named as a group, as the
    listed ones are (names8)."""
    from rasd.cues import cues

    forms = (fold_text(f) for fs in cues().nationalities.values() for f in fs)
    return frozenset(f for f in forms if f.startswith("ال") and f.endswith(("يين", "يون")))


# nouns that على (often written علي) governs in set phrases: "علي هامش"، "علي خلفية"، "علي صعيد"، "علي رأس"
_ALA_OBJECTS = frozenset(
    fold_text(w)
    for w in ("هامش", "خلفية", "صعيد", "مستوى", "رأس", "ضوء", "متن", "إثر", "طول", "مدار", "مدى", "لسان", "وقع", "حساب")
)


def _ala_phrase(text: str) -> bool:
    """Whether a name the tagger found is على (spelt علي) and the noun of a set phrase ("علي هامش المؤتمر")."""
    words = fold_text(text).split()
    return len(words) >= 2 and words[0] == "علي" and words[1] in _ALA_OBJECTS


def _strip_clitic(word: str, known: set[str]) -> tuple[int, bool] | None:
    """Offset where a tagged name starts inside its first word, and whether letters fused; None to drop."""
    folded = fold_text(word)
    if len(folded) != len(word):
        return 0, False
    if folded.startswith("لل") and len(folded) > 4:
        return 2, True
    for prefix in ("وال", "فال", "بال", "كال"):
        if folded.startswith(prefix) and len(folded) > 5:
            return 1, False
    for cut in (2, 1):
        if len(folded) - cut >= 3 and folded[:cut] in ("و", "ف", "ب", "ل", "وب", "ول", "فب") and folded[cut:] in known:
            return cut, False
    return 0, False


_TANWEEN = re.compile("[\u064b-\u064d]")


def _not_a_place(raw: str, start: int, text: str, rules: NameRules) -> bool:
    """A tagged "place" whose shape says it is no name: an adverb in tanween ("جنوباً", "دبلوماسياً"),
    a common noun or weapon ("الكهرباء", "كاتيوشا"), a common noun with a direction ("الحدود الشمالية"),
    or an indefinite nisba adjective agreeing with the indefinite noun before it ("منطقة صحراوية",
    "حي سكني"; after "مدينة" or "بلدة" such a word is a town's name)."""
    words = fold_text(text).split(" ")
    if _TANWEEN.search(raw[start : start + len(text) + 1]) or words[0] in rules.not_places:
        return len(words) == 1 or all(w in rules.directions or w[:-1] in rules.directions for w in words[1:])
    if len(words) != 1 or words[0].startswith("ال"):
        return False
    before = re.search(r"([^\W_]+)\s+$", raw[max(0, start - 30) : start])
    noun = fold_text(before.group(1)) if before else ""
    if not noun or noun.startswith("ال") or noun in rules.city_cues or noun in rules.locative:
        return False
    feminine = noun.endswith(("ه", "ات")) or noun in rules.broken_plurals  # "مصادر سورية"
    return words[0].endswith("يه") if feminine else words[0].endswith("ي") and len(words[0]) > 3


def _with_family_titles(
    words: list[str], names: list[tuple[int, int, str]], rules: NameRules
) -> list[tuple[int, int, str]]:
    """The tagged names, a person's given name run on over a title that is a family's name after it ("محمد
    النقيب"); not when another name follows the title ("محمد الشيخ أحمد"), whose title it would be."""
    if not rules.family_titles:
        return names
    starts = {i for i, _, _ in names}
    longer = {i for i, j, _ in names if j - i > 1}  # a name of several words from the title on
    out: list[tuple[int, int, str]] = []
    drop: set[int] = set()
    for i, j, label in names:
        if i in drop:
            continue
        nxt = _FOLDED_WORDS[words[j]] if j < len(words) else ""
        if (
            label == "PER"
            and nxt in rules.family_titles
            and (j - i == 1 or "G" in tagger.lexicon().get(_FOLDED_WORDS[words[j - 1]]).flags)
            and j not in longer
            and j + 1 not in starts
        ):
            # the title tagged alone as a name of its own ("البابا") joins the person's
            drop.update(k for k, e, _ in names if k == j and e == j + 1)
            j += 1
        out.append((i, j, label))
    return out


def _family_title(folded: str, before: str) -> bool:
    """A definite title word right after a name's word ("النقيب" of "محمد النقيب"): a family name, as a title
    stands before the name it goes with; not after a title or an office's word ("الرئيس السوري النقيب")."""
    return folded.startswith("ال") and before[:1].isalpha() and not _is_title(fold_text(before), rules())


def _is_title(folded: str, rules: NameRules) -> bool:
    """A person's title or office ("سفيرة", "والوزير"), also in the accusative ("محافظاً": "as governor")."""
    titles = rules.title_openers  # the titles and offices, also after و/ف
    return folded in titles or (folded.endswith("ا") and folded[:-1] in titles)


@cache
def calendar_words() -> frozenset[str]:
    """Folded weekday and Gregorian month names, which the tagger can take for places ("أنقرة الأربعاء").
    Hijri months are left out: رجب, رمضان and شعبان are also given names."""
    lexicon_ = time_words()
    return frozenset(lexicon_.weekdays) | frozenset(m for m in lexicon_.gregorian_months if " " not in m)


_NASAB = ("بن ", "ابن ", "ولد ")


def _other_bearer(key: str, previous: str) -> bool:
    """A listed surname of "son of" ("بن مبارك") right after a given name the listing lacks names another man."""
    return key.startswith(_NASAB) and "G" in tagger.lexicon().get(previous).flags


def _conjoined_given_name(folded: str) -> bool:
    """ "ومرعي البرعصي": و or ف before a given name, where the whole word is no given name ("وليد", "فادي")."""
    if folded[:1] not in ("و", "ف") or len(folded) < 4:
        return False
    lexicon_ = tagger.lexicon()
    return "G" in lexicon_.get(folded[1:]).flags and "G" not in lexicon_.get(folded).flags


_RARE_GIVEN_NAME = 45  # 10 x Zipf: "ناجي", "مرعي"; commoner given names are also common words ("باسم", "أمين")


def _given_name_before(previous: str) -> bool:
    """ "بتعيين ناجي محمد عيسى": the tagged name began at the father's name; a rarer given name right
    before a person's name is the person's own first name."""
    before = tagger.lexicon().get(_FOLDED_WORDS[previous])
    return "G" in before.flags and 0 < before.zipf < _RARE_GIVEN_NAME


def _given_name_first(words: Sequence[str], rules: NameRules) -> bool:
    """Whether a tagged "place" unknown to the gazetteer reads as a person: two to three words, the
    first a given name in the tagger's lexicon, the last with no article ("آلينا رومانوسكي" after
    "سفيرة الولايات المتحدة،"); a place word or name builder first ("تل", "عين", "بئر") keeps it a place."""
    if not 2 <= len(words) <= 3:
        return False
    first, last = _FOLDED_WORDS[words[0]], _FOLDED_WORDS[words[-1]]
    if first in rules.name_builders or first in rules.place_cues or last.startswith("ال"):
        return False
    return "G" in tagger.lexicon().get(first).flags


def _nationality_ends(words: list[str], i: int, j: int) -> int:
    """Where tagged forces' name ends at its nationality (probe83): "اعتقلت قوات الأمن الليبية صحفياً"، "اعتقال
    قوات الأمن الليبية لناشطين": an indefinite word after the definite nationality adjective agrees with nothing
    before it, so it is the object. Only after forces: another body may have its short name in apposition
    ("وكالة الأنباء السورية سانا")."""
    if not (_FOLDED_WORDS[words[i]] + " ").startswith(_MEMBERS_OF):
        return j
    for k in range(i + 1, j - 1):
        nxt = _FOLDED_WORDS[words[k + 1]]
        if _FOLDED_WORDS[words[k]] in _nationality_adjectives() and not nxt.startswith("ال") and not nxt.isdigit():
            return k + 1
    return j


def _tagger_mentions(doc: Document, tokens: list[_Word], found: list[Mention], rules: NameRules) -> list[Mention]:
    if doc.body is None:
        return []
    raw = doc.raw
    taken = sorted((m.span.start, m.span.end) for m in found)
    # the found spans by start, with the furthest end among each prefix: a span [a, b) overlaps one of them
    # iff those starting before b reach past a (one bisect, not a test per span)
    taken_starts = [x for x, _ in taken]
    reach = list(accumulate((y for _, y in taken), max))
    known = set(map(itemgetter(2), tokens))
    out: list[Mention] = []
    by_sentence: list[list[tuple[int, int]]] = []
    sentences: list[list[str]] = []
    for sentence in doc.sentences:
        s = sentence.span
        # the tokens from one split, their raw offsets from running sums of the pieces' lengths (the pieces
        # alternate between what stands between tokens and the tokens themselves)
        said = raw[s.start : s.end]
        parts = (_TOKEN_SPLIT_NO_UNDERSCORE if "_" not in said else _TOKEN_SPLIT).split(said)
        offsets = list(accumulate(map(len, parts), initial=s.start))
        by_sentence.append(list(zip(offsets[1::2], offsets[2::2], strict=False)))
        sentences.append(parts[1::2])
    for pieces, words, names in zip(by_sentence, sentences, tagger.spans_of_sentences(sentences), strict=True):
        for i, j, label in _with_family_titles(words, names, rules):
            # "وذكرت BBC أن قوات الأمن": a name ends before a complementiser
            j = next((k for k in range(i + 1, j) if _FOLDED_WORDS[words[k]] in rules.name_breaks), j)
            # "هاني سويلم التقى، أمس": a verb folded to look definite ("التقى"، "ألقت") ends a name after it (probe76)
            j = next((k for k in range(i + 1, j) if _FOLDED_WORDS[words[k]] in _ARTICLE_LIKE_VERBS), j)
            if label == "ORG":
                j = _nationality_ends(words, i, j)
            # "بتعيين ناجي محمد عيسى محافظاً", "من سفيرة الولايات المتحدة": a title is no part of a name
            while i < j and (_is_title(_FOLDED_WORDS[words[i]], rules) or not words[i][0].isalnum()):
                i += 1
            while i < j and (_is_title(_FOLDED_WORDS[words[j - 1]], rules) or not words[j - 1][0].isalnum()):
                if label == "PER" and j - i > 1 and _family_title(_FOLDED_WORDS[words[j - 1]], words[j - 2]):
                    break  # "محمد النقيب", "نور الدين البابا": a title after the given name is the family's name
                j -= 1  # and "يوسف ." ends before its full stop
            # "نظيره السوري أسعد الشيباني": a counterpart and his nationality are no part of his name
            head = _FOLDED_WORDS[words[i]]
            if (
                j - i > 1
                and (head in rules.not_names or head[1:] in rules.not_names)
                and (_FOLDED_WORDS[words[i + 1]] in _nationality_adjectives())
            ):
                i += 2
                while i < j and _FOLDED_WORDS[words[i]] in _nationality_adjectives():
                    i += 1
                if i == j:
                    continue
            if j - i > 2 and _FOLDED_WORDS[words[i]] in rules.range_heads:
                i, label = i + 1, "LOC"  # "سلسلة جبال حمرين": a range, named by its mountains
            cue = _FOLDED_WORDS[words[i]]
            cue = cue[1:] if cue[:1] in ("و", "ب") and cue[1:] in rules.place_cues else cue
            if j - i > 1 and cue in rules.place_cues and cue not in rules.named_with_kind:
                i, label = i + 1, "LOC"  # "كيبوتس إيلوت": a place's kind, then its name
            if i == j or (j - i == 1 and _FOLDED_WORDS[words[i]] in calendar_words()):
                continue  # "في أنقرة الأربعاء": a weekday or month is no place
            if label == "ORG" and j - i > 1 and _FOLDED_WORDS[words[i]] in rules.anaphoric_heads:
                # "وطالبت المنظمة المانحين": a definite masculine plural does not agree with the singular
                # head, so it is the verb's object, not part of a name
                following = _FOLDED_WORDS[words[i + 1]]
                if following.startswith("ال") and following.endswith(("ين", "ون")):
                    j = i + 1
            if label == "ORG" and i and _FOLDED_WORDS[words[i - 1]] in rules.city_cues:
                label = "LOC"  # "طريق بلدة دورس": a name right after a town's kind word is the town
            if label == "LOC" and _given_name_first(words[i:j], rules):
                label = "PER"
            if label == "PER" and i and (_given_name_before(words[i - 1]) or _MARKS.sub("", words[i - 1]) == "علي"):
                i -= 1  # "علي جيتي عثمان": علي spelled with ي is the given name, not the preposition على
            # "في حي وادي قدوم": a place's builder word tagged alone ("وادي", "جبل") opens a name of two words,
            # and its و is its own letter, no conjunction (names10)
            builder = label == "LOC" and j - i == 1 and _FOLDED_WORDS[words[i]] in rules.name_builders
            if builder and j < len(words) and words[j].isalpha() and _FOLDED_WORDS[words[j]] not in rules.name_stops:
                j += 1
            elif builder:
                continue
            a, b = pieces[i][0], pieces[j - 1][1]
            before_end = bisect_left(taken_starts, b)
            if before_end and reach[before_end - 1] > a:
                continue
            # "بعين السبع"، "وتل أبيض": a clitic before the common first word of a place's name of several words
            heads = rules.toponym_heads if j - i > 1 and label == "LOC" else frozenset()
            # "لوكالة الأنباء الموريتانية"، "بوزارة الصحة": a clitic before an organisation's kind word
            heads = _org_kind_words(rules) if j - i > 1 and label == "ORG" else heads
            stripped = (0, False) if builder else _strip_clitic(words[i], known | heads)
            if stripped is None:
                continue
            cut, fused = stripped
            if not cut and label == "PER" and _conjoined_given_name(_FOLDED_WORDS[words[i]]):
                cut = 1
            a += cut
            text = raw[a:b]
            if fold_text(text) in rules.not_names or len(fold_text(text)) < 3:
                continue
            if label == "PER" and _FOLDED_WORDS[words[i]] in rules.person_non_openers:
                continue  # "لصالح النازحين": "in favour of" with the given name صالح inside it (art36)
            if label == "PER" and _ala_phrase(text):
                continue  # "علي هامش المؤتمر": على spelled with ي before the noun of a set phrase, not the name علي
            if label == "ORG" and fold_text(text) in rules.group_epithets:
                continue  # "أعلنت ميليشيا قسد": what a side calls the group named next, no name itself
            if label == "ORG" and fold_text(text) in rules.anaphoric_heads:
                continue  # "وأضافت الهيئة", "خلّفها التنظيم": the body named before, not a name
            if fold_text(text) in rules.kind_words or fold_text(text) in rules.place_cues:
                continue  # "في محلية كرري": the kind word before a name, left when the name was read
            if _FOLDED_WORDS[words[i]] in rules.group_nouns:
                continue  # "بينهم أسيران محرران": people counted by what they are, not a name
            if label in ("PER", "ORG") and fold_text(text) in _rule_sets(rules)[4]:
                continue  # "الناشطين الشيعة": a people is NORP or its noun's adjective, never a body
            if label in ("PER", "ORG") and fold_text(text) in _nationality_adjectives():
                continue  # "خط الأنابيب العراقي التركي", "السفير الأمريكي": an adjective, not a name
            if label in ("PER", "ORG") and i and j - i == 1 and "ال" + fold_text(text) in _nationality_adjectives():
                continue  # "لألف ومئتي أسرة سودانية": an indefinite one after its noun too (h14c)
            head_word, _, rest = fold_text(text).partition(" ")
            if head_word in _TOWN_NOUNS and rest and all(_is_nisba(w) for w in rest.split()):
                continue  # "أطراف البلدة الغربية": the town told before and its side, no name (h17c)
            kind = "GPE" if label == "LOC" else label
            if kind == "GPE" and fold_text(text) in rules.world_regions:
                kind = "LOC"  # "الوصول إلى أوروبا": a continent is a region, not a polity (names6)
            if kind in ("GPE", "LOC") and _not_a_place(raw, a, text, rules):
                continue
            # "السلطات الإريترية": a body described by its kind and nationality is no name of its own
            described = kind == "ORG" and _described_body(fold_text(text), rules)
            out.append(Mention(Span(a, b), text, kind, None, "tagger", fused=fused, descriptive=described))
    return out


# (folded) a town, village or camp named by its kind with the article: the one the story told of
_TOWN_NOUNS = frozenset(fold_text(w) for w in ("البلدة", "القرية", "المدينة", "المخيم", "الحي", "البلدات", "القرى"))


def _described_body(folded: str, rules: NameRules) -> bool:
    """A body named by a kind of description and its state's nationality alone ("السلطات الإريترية")."""
    head, _, rest = folded.partition(" ")
    return head in rules.descriptive_heads and rest in _nationality_adjectives()


_ORG_KINDS: dict[int, tuple[NameRules, frozenset[str]]] = {}


def _org_kind_words(rules: NameRules) -> frozenset[str]:
    """The kind words that open an organisation's name ("وكالة", "وزارة", "حركة"), bare, folded; once per rules."""
    held = _ORG_KINDS.get(id(rules))
    if held is None or held[0] is not rules:
        heads = {*rules.institution_heads, *rules.media_heads, *rules.owned_heads, *rules.claimant_heads}
        held = _ORG_KINDS[id(rules)] = (rules, frozenset(h for h in map(fold_text, heads) if not h.startswith("ال")))
    return held[1]


# tokens to their folded forms: a plain dict look-up per token, run by `map`
_FOLDED_WORDS: Memo[str] = Memo(fold_text, 1 << 16)


def find_mentions(doc: Document) -> list[Mention]:
    """Every name occurrence in the body, in text order."""
    if doc.body is None or not doc.body.text:
        return []
    body = doc.body
    folded = fold(body.text)

    text, source, view_starts, view_ends = body.text, folded.source, body.starts, body.ends

    def to_raw(start: int, end: int) -> Span:
        if 0 <= start < end:
            # folded.source_range and body.to_raw written out for a range that holds a character (the names'
            # ranges): the view's range [a, b) is then never empty and inside the view, as to_raw checks
            a = source[start]
            b = end_with_marks(text, source[end - 1] + 1)
            first, last = view_starts[a], view_ends[b - 1]
            return Span(first, last if last >= first else first)
        a, b = folded.source_range(start, end)
        return body.to_raw(a, end_with_marks(text, b))

    rules_ = rules()
    pairs = _quarters(doc, folded.text, to_raw, _lexicon_mentions(doc, folded.text, to_raw, rules_), rules_)
    pairs = _by_neighbours(folded.text, pairs)
    regions_ = _countryside(doc, folded.text, to_raw, pairs, rules_)
    # a countryside region replaces the bare place inside it
    replaced = {id(hit) for hit, _ in regions_}
    found = [m for hit, m in pairs if id(hit) not in replaced] + [m for _, m in regions_]
    found += _bodies_in_offices(doc, found, rules_)
    words = words_of(folded.text)  # folded offsets
    found = _facility_mentions(doc, folded.text, words, to_raw, found, rules_)
    found = _institution_mentions(doc, folded.text, words, to_raw, found, rules_)
    found = _story_bodies(doc, folded.text, to_raw, found, rules_)
    found = _national_armies(doc, folded.text, to_raw, found)
    found = _military_regions(doc, folded.text, to_raw, found, rules_)
    found = _military_axes(doc, folded.text, to_raw, found)
    quoted = list(_quoted(folded.text))  # the names in quotes, read once for the two steps that take them
    found = _outlet_mentions(doc, folded.text, quoted, to_raw, found, rules_)
    found = _quoted_groups(doc, folded.text, quoted, to_raw, found, rules_)
    found = _headquarters(doc, folded.text, to_raw, found)
    titled, surnames = _titled_people(doc, folded.text, words, to_raw, found, rules_)
    dropped = {id(t) for t in surnames}  # by identity, as `is`
    found = [m for m in found if id(m) not in dropped] + titled
    # each token folded once, read straight from the columnar store (a Token object per word costs more)
    raw = doc.raw
    starts, ends = doc.tokens.starts, doc.tokens.ends
    folded_words = map(_FOLDED_WORDS.__getitem__, list(map(raw.__getitem__, map(slice, starts, ends))))
    tokens = list(zip(starts, ends, folded_words, strict=True))
    surnamed, towns_replaced = _surname_mentions(doc, tokens, found, rules_)
    if towns_replaced:
        dropped = {id(t) for t in towns_replaced}
        found = [m for m in found if id(m) not in dropped]
    found += surnamed
    found += _people_mentions(doc, tokens, found, rules_)
    # where the model tags exactly the name read after a title, its mention is kept (the event stage
    # takes a tagged name no list knows as a participant); elsewhere the titled name wins
    spans = {m.span for m in titled}
    # "أغارت الطائرات ...، ليل أمس الاثنين،": a word inside a time expression is no name the model may tag, nor is a
    # person one that reaches into a time ("أغارت ليل أمس")
    times = [(t["start"], t["end"]) for t in doc.times]
    tagged = [
        m
        for m in _tagger_mentions(doc, tokens, [m for m in found if m.span not in spans], rules_)
        if (
            (m.span in spans and m.type == "PER")
            or not any(m.span.start < x.end and x.start < m.span.end for x in spans)
        )
        and not any(
            (a <= m.span.start and m.span.end <= b) or (m.type == "PER" and a < m.span.end and m.span.start < b)
            for a, b in times
        )
    ]
    agreed = {m.span for m in tagged}
    found = [m for m in found if not (m.span in agreed and m in titled)] + tagged
    found = _camps(doc, _stations(doc, _abbreviations(doc, found), rules_), rules_)
    found = _territories(doc, folded.text, to_raw, found, rules_)
    # "طائرة استطلاع من نوع «إم كيو-9»"، "دبابة من طراز «ميركافا»": a model of arms is no name (h17c)
    found = [m for m in found if not _MODEL_OF.search(doc.raw, max(0, m.span.start - 16), m.span.start)]
    return sorted(found, key=lambda m: (m.span.start, -m.span.end))


_MODEL_OF = re.compile(r"(?<!\w)(?:من\s+)?(?:نوع|طراز)\s*[\"«“]?\s*$")


# "(كان)" right after a name: its short form, one to three words in parentheses
_ABBREVIATION = re.compile(r"[ \t]*\([ \t]*([^\W\d_]+(?: [^\W\d_]+){0,2})[ \t]*\)")


def _abbreviations(doc: Document, found: list[Mention]) -> list[Mention]:
    """The short form in parentheses after an organisation's name ("هيئة البث الإسرائيلية (كان)", "رابطة
    ... (أبيكور)") is the same organisation, whatever the tagger made of it; a place there is not."""
    out = list(found)
    for m in found:
        if m.type != "ORG" or m.descriptive or m.fused:
            continue
        match = _ABBREVIATION.match(doc.raw, m.span.end)
        if match is None or _is_place_word(fold_text(match.group(1))):
            continue
        a, b = match.span(1)
        inside = [x for x in out if x.span.start < b and a < x.span.end]
        if any(x.origin != "tagger" for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(Mention(Span(a, b), doc.raw[a:b], "ORG", m.canonical, "derived", actor=m.actor))
    return out


def _stations(doc: Document, found: list[Mention], rules: NameRules) -> list[Mention]:
    """A radio or television named after a place ("إذاعة مقديشو", "تلفزيون دبي") is an outlet, not the place."""
    out = list(found)
    for m in found:
        if m.place is None or m.type != "GPE" or m.fused:
            continue
        start = _kind_word_before(doc, m, rules.station_heads, "وفبل", 20)
        if start is None:
            continue
        span = Span(start, m.span.end)
        text = doc.raw[span.start : span.end]
        actor = Actor(f"derived-{fold_text(text)}", text, iso3(m.place.country), "media", "ORG", (text,))
        out = [x for x in out if x is not m]
        out.append(Mention(span, text, "ORG", None, "derived", actor=actor))
    return out


def _kind_word_before(doc: Document, m: Mention, kinds: frozenset[str], clitics: str, width: int) -> int | None:
    """Where the kind word right before a name starts, behind up to two of these clitics ("بإذاعة مقديشو",
    "ومخيم فرشانا"); None if the word before it (within `width` characters) is no such word."""
    before = doc.raw[max(0, m.span.start - width) : m.span.start]
    words = before.split()
    if not words or not before.endswith((" ", "\t")):
        return None
    head = fold_text(words[-1])
    cut = next((n for n in (0, 1, 2) if head[n:] in kinds and set(head[:n]) <= set(clitics)), None)
    if cut is None:
        return None
    return m.span.start - len(before) + len(before.rstrip()) - len(words[-1]) + cut


def _camps(doc: Document, found: list[Mention], rules: NameRules) -> list[Mention]:
    """A camp no list holds is named with its kind, as the listed ones are ("مخيم جنين"): "مخيم فرشانا", and the
    camp at a town ("مخيم أدري"), placed at the town."""
    out = list(found)
    for m in found:
        if m.type != "GPE" or m.fused or (m.place is not None and m.place.kind == "camp"):
            continue
        start = _kind_word_before(doc, m, rules.named_with_kind, "وفب", 12)
        if start is None:
            continue
        span = Span(start, m.span.end)
        text = doc.raw[span.start : span.end]
        out = [x for x in out if x is not m]
        out.append(Mention(span, text, "GPE", m.canonical, m.origin, m.place, m.actor))
    return out


def _named_within(m: Mention) -> Mention:
    """The entity a mention gives: for a part of a place ("جنوب لبنان", "شمال غربي سوريا", "وسط قطاع
    غزة"), the place itself; the mention keeps the part for the event's location."""
    if m.place is None:
        return m
    words = m.text.split(" ")
    positions = rules().positions
    k = 0
    while k < len(words) - 1 and fold_text(words[k]) in positions:
        k += 1
    if not k:
        return m
    if m.place.kind in ("country", "admin1") and fold_text(m.text) in map(fold_text, m.place.names):
        return m  # "جنوب السودان", "شمال كردفان": the position word is part of the state's or province's name
    rest = " ".join(words[k:])
    whole = [v.place for v in name_matcher().values_of(fold_text(rest)) if v.place is not None]
    whole = [p for p in whole if p.kind in ("country", "admin1", "city")]
    if not whole:
        return m
    place = m.place if m.place in whole else whole[0]
    start = m.span.start + len(m.text) - len(rest)
    return replace(m, span=Span(start, m.span.end), text=rest, type="GPE", canonical=place.canonical, place=place)


_OCCUPIED = (" " + fold_text("المحتلة"), " " + fold_text("المحتل"))
_GOVERNMENT = fold_text("حكومة")
_IN = fold_text("في")


def _unoccupied(m: Mention) -> Mention:
    """ "الضفة الغربية المحتلة" is listed as the place's name, "الضفة الغربية": "occupied" is said of it."""
    if m.place is None or not fold_text(m.text).endswith(_OCCUPIED):
        return m
    rest = m.text.rsplit(" ", 1)[0]
    if fold_text(rest) not in map(fold_text, m.place.names):
        return m
    return replace(m, span=Span(m.span.start, m.span.start + len(rest)), text=rest)


def _owned_by_government(m: Mention) -> list[Mention]:
    """ "وزارة الداخلية بحكومة الوحدة الوطنية" names two bodies, the ministry and the government it belongs to:
    both are listed (the mention keeps the whole for events)."""
    if m.type != "ORG" or m.place is not None:
        return [m]
    words = m.text.split(" ")
    for k in range(2, len(words) - 1):
        word = fold_text(words[k])
        if word == "ب" + _GOVERNMENT:
            tail_start = len(" ".join(words[:k])) + 2
        elif word == _IN and fold_text(words[k + 1]) == _GOVERNMENT:
            tail_start = len(" ".join(words[: k + 1])) + 1
        else:
            continue
        tail = m.text[tail_start:]
        owners = [v.actor for v in name_matcher().values_of(fold_text(tail)) if v.actor is not None]
        if not owners or is_descriptive(fold_text(tail), rules()):
            return [m]
        head = " ".join(words[:k])
        first = replace(m, span=Span(m.span.start, m.span.start + len(head)), text=head)
        start = m.span.start + tail_start
        second = Mention(Span(start, m.span.end), tail, "ORG", owners[0].canonical, m.origin, actor=owners[0])
        return [first, second]
    return [m]


def _without_epithet(m: Mention) -> Mention:
    """ "ميليشيا الدعم السريع"، "عصابات داعش": what a side calls a listed group, or a part of it, lists the group by
    its name alone (names9); the mention keeps the whole phrase for the event's actor."""
    if m.actor is None or m.place is not None:
        return m
    head, _, rest = fold_text(m.text).partition(" ")
    if head not in rules().group_epithets or not any(v.actor == m.actor for v in name_matcher().values_of(rest)):
        return m
    cut = m.text.find(" ") + 1
    if fold_text(m.text[cut:]) != rest:
        return m  # marks inside the words: the raw rest is not the folded one
    return replace(m, span=Span(m.span.start + cut, m.span.end), text=m.text[cut:])


def _body_of_units(m: Mention) -> Mention:
    """ "وحدات الحرس البحري"، "قوات الأسايش": the units or forces of a body every state names alike list the body
    (names6), and so do those of a military region ("قوات المنطقة العسكرية الثانية"; names9); the mention keeps the
    whole phrase for the event's actor."""
    if m.origin != "derived" or m.place is not None:
        return m
    head, _, rest = fold_text(m.text).partition(" ")
    region = rest.startswith(_MILITARY_REGION_WORDS + " ") and rest.split(" ")[-1] in rules().military_regions
    if head not in _UNITS or (rest not in rules().story_bodies and not (region and rest.count(" ") == 2)):
        return m
    start = m.span.end - len(rest)
    if fold_text(m.text[len(m.text) - len(rest) :]) != rest:
        return m  # marks inside the words: the raw rest is not the folded one's length
    return replace(m, span=Span(start, m.span.end), text=m.text[len(m.text) - len(rest) :], descriptive=False)


def entities_of(mentions: Iterable[Mention]) -> tuple[dict[str, Any], ...]:
    """Each distinct (text, type) once, at its first occurrence; no descriptions, no fused letters."""
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, Any]] = []
    for mention in mentions:
        for m in _owned_by_government(_unoccupied(_named_within(_body_of_units(_without_epithet(mention))))):
            if m.fused or m.descriptive:
                continue
            key = (fold_text(m.text), m.listed_as or m.type)
            if key in seen:
                continue
            seen.add(key)
            out.append(m.entity())
    return tuple(out)


def tag_names(doc: Document) -> Document:
    """The pipeline stage: fill `mentions` and `entities`."""
    mentions = tuple(find_mentions(doc))
    # a weekday inside a name ("سوق الجمعة", "ساحة الأربعاء") is not a date
    names = [m.span for m in mentions if m.origin in ("lexicon", "derived") and len(m.text.split()) > 1]
    times = tuple(t for t in doc.times if not any(s.start <= int(t["start"]) and int(t["end"]) <= s.end for s in names))
    return replace(doc, mentions=mentions, entities=entities_of(mentions), times=times)


__all__ = ["Mention", "entities_of", "find_mentions", "is_descriptive", "iso3", "name_matcher", "rules", "tag_names"]
