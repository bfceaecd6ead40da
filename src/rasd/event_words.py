"""Arabic word lists of the event stage, from data/event_words.yaml.

Each section is a list of words (or, for broken_plurals and person_roles, a mapping of word to word or
to actor role) that events.py builds its sets and regexes from; the regex structure around the words
stays in code. Words are kept as written in the file (events.py folds the sections it must); the file is
validated on load and every problem is a DataFileError with file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rasd.actors import ROLES, actors
from rasd.errors import DataFileError
from rasd.resources import Located, check_text, data_path, expect_list, expect_mapping, read_sections

LIST_SECTIONS = (
    "locative",
    "decrying_openers",
    "entrance_words",
    "warn_verbs",
    "consequence_verbs",
    "consequence_nouns",
    "rash_moves",
    "arrival_verbs",
    "travel_verbs",
    "arrived_things",
    "manner_adverbs",
    "statement_nouns",
    "issued_subjects",
    "charged_men",
    "dress_words",
    "own_death_nouns",
    "assailant_words",
    "unnamed_parties",
    "dispersing_nouns",
    "local_clerics",
    "unlisted_titles",
    "topic",
    "landmark_gaps",
    "since_periods",
    "habitual",
    "standing_openers",
    "plan_texts",
    "commentators",
    "opinion_verbs",
    "pundits",
    "press_words",
    "detail_verbs",
    "many",
    "toll",
    "documenting_verbs",
    "perceive_verbs",
    "toll_rise",
    "toll_of",
    "toll_reach",
    "share_place_kinds",
    "the_wounded",
    "earlier_toll",
    "earlier_first_toll",
    "claimed_lives_verbs",
    "left_life_verbs",
    "besides",
    "lone_attackers",
    "reference_before",
    "anniversary",
    "thing_heads",
    "furthered",
    "agreement_reference",
    "peak_before",
    "peak_after",
    "festival_kinds",
    "features_before",
    "record_before",
    "company_bodies",
    "ought",
    "halt",
    "hamza_forms",
    "states",
    "slogans",
    "target_heads",
    "hosting_clause",
    "paired_sides",
    "near_words",
    "armed_anaphors",
    "owner_hedges",
    "counted_sites",
    "captured_materiel",
    "issued",
    "intervene",
    "intervene_stems",
    "called_rallies",
    "followers",
    "own_men",
    "own_branches",
    "named_posts",
    "own_men_nominative",
    "own_crews",
    "agent_verbs",
    "agent_phrases",
    "owned_weapons",
    "stop_verbs",
    "organise_verbs",
    "staging_verbs",
    "organised_protests",
    "gathering_purposes",
    "riot_words",
    "quarter_words",
    "involved",
    "seize_verbs",
    "seize_arms_verbs",
    "seized_arms",
    "seized_people",
    "fed_by_aid",
    "affiliation_words",
    "aiming_verbs",
    "object_end_participles",
    "object_end_verbs",
    "that",
    "companion",
    "aside_phrases",
    "aside_statements",
    "military_sites",
    "civilian_sites",
    "camp_dwellers",
    "merchant_vessels",
    "site_end",
    "count_words",
    "one_of",
    "unreported",
    "toll_denial_verbs",
    "toll_denial_fillers",
    "toll_denial_nouns",
    "toll_denial_hurt",
    "civilian_only",
    "responsible_heads",
    "attacker_dead",
    "member_nouns",
    "armed_group_heads",
    "one_of_them",
    "kin",
    "conflict",
    "compass",
    "near",
    "compass_qualifiers",
    "armed_when_violent",
    "container_kinds",
    "ongoing",
    "short_since",
    "long_since",
    "comment_words",
    "active_killing",
    "subject_riding",
    "killing_manners",
    "either_voice_verbs",
    "figurative_genitives",
    "awaiting",
    "inclusion_verbs",
    "charge_words",
    "bare_titles",
    "across",
    "hospital_tally",
    "before_or_grounds",
    "during",
    "protest_nouns",
    "named_site_kinds",
    "opinion",
    "person_noun_triggers",
    "name_links",
    "relay_verbs",
    "statement_readers",
    "telling_verbs",
    "envoy_words",
    "business_bodies",
    "mourning",
    "deadline",
    "natural_causes",
    "gains",
    "aim_goals",
    "sports_words",
    "non_agents",
    "figurative_objects",
    "civil_operations",
    "past_era_words",
    "scuffles",
    "chemical_sites",
    "freed_places",
    "foil_verbs",
    "phrase_stops",
    "time_words",
    "origin_groups",
    "talks_nouns",
    "talks_issues",
    "accusing_words",
    "construct_envoys",
    "state_styles",
    "apposed_titles",
    "apposed_title_chain",
    "announcing_verbs",
    "head_of_state_titles",
    "withdrawing_attackers",
    "titles_to",
    "confirm_verbs",
    "kind_fighters",
    "joint_units",
    "serving_offices",
    "wanted_men",
    "fired_on_forces",
    "on_charge",
    "small_arms",
    "district_kinds",
    "gap_stops",
    "gap_links",
    "contests_left",
    "civil_alerts",
    "attack_scene",
    "companies",
    "market_prices",
    "grant_verbs",
    "told_operations",
    "continuing_verbs",
    "habit_verbs",
    "crowds",
    "receipt",
    "danger_before",
    "seeking",
    "said_in",
    "interview_words",
    "reporters",
    "danger_nouns",
    "provides",
    "artworks",
    "depicting_verbs",
    "going_on",
    "market_nouns",
    "martyr_name_heads",
    "ordinals",
    "pointers",
    "earlier",
    "speech_nouns",
    "funded_heads",
    "aims_to",
    "aimed_at",
    "warned_of",
    "abstract_objects",
    "likening",
    "calling",
    "deal_nouns",
    "captives",
    "aside_adverbs",
    "search_heads",
    "research_kinds",
    "figurative_qualifiers",
    "set_off",
    "source_qualifiers",
    "body_heads",
    "outlet_heads",
    "civic_cause_words",
    "civic_body_heads",
    "caller_heads",
    "called_people",
    "delegation_heads",
    "military_adjectives",
    "outlet_name_ends",
    "outlet_local",
    "received_casualties",
    "receiving_hospitals",
    "asking_words",
    "danger_after",
    "endangered",
    "speaking_titles",
    "programmes",
    "ban",
    "repel",
    "repel_breaks",
    "repelled_attacks",
    "channel_words",
    "soldier_heads",
    "soldier_toll_words",
    "meanwhile",
    "comma_participles",
    "accused_of_participles",
    "clause_head_verbs",
    "hope_thanks",
    "advised",
    "invited_to",
    "declared_targets",
    "blame",
    "brandish_verbs",
    "brandished",
    "supply_told_media",
    "foreign_force_heads",
    "lay_verbs",
    "bar_verbs",
    "barred_access",
    "relay_spokesmen",
    "spokesman_kinds",
    "carry_verbs",
    "carried_wounded",
    "policy_heads",
    "halt_verbs",
    "halted_orders",
    "barred_from",
    "not_title",
    "finding",
    "found_arms",
    "destroy_verbs",
    "recover_verbs",
    "taken_arms",
    "eliminate_verbs",
    "eliminated",
    "since_start",
    "firsts",
    "carry",
    "directing",
    "planning",
    "maritime_nouns",
    "agency_heads",
    "body_titles",
    "aid_bodies",
    "defence_bodies",
    "dual_offices",
    "deploy_verbs",
    "deployed_forces",
    "published_things",
    "disperse_verbs",
    "dispersed",
    "handover_verbs",
    "handed_over",
    "verdict_verbs",
    "penalties",
    "court_words",
    "ban_verbs",
    "expel_verbs",
    "expelled_envoys",
    "expelled_staff",
    "rain_verbs",
    "jail_verbs",
    "jails",
    "fled_from",
    "trend_before",
    "suffered",
    "suffered_told",
    "rained_fire",
    "expelled_missions",
    "ultimatum_verbs",
    "financial_heads",
    "released_funds",
    "lifting_words",
    "summon_verbs",
    "summoned_envoys",
    "conveyed_protest_verbs",
    "protest_owners",
    "armed_chanters",
    "came_from",
    "cordon_crossers",
    "handing_verbs",
    "fire_sources",
    "unit_heads",
    "hit_convoys",
    "held_areas",
    "confiscate_verbs",
    "confiscated",
    "referral_verbs",
    "expelled_people",
    "deport_verbs",
    "deported_people",
    "held_people",
    "body_words",
    "execute_verbs",
    "executed",
    "burial_words",
    "trial_courts",
    "suspend_verbs",
    "suspended_bodies",
    "returned_remains",
    "members_in",
    "kin_nouns",
    "striking_subjects",
    "list_verbs",
    "release_apart_verbs",
    "support_verbs",
    "support_nouns",
    "forming",
    "made_in",
    "firm_manner",
    "unyielding",
    "own_forces",
    "hospital_visited",
    "visiting_words",
    "military_ranks",
    "launch_verbs",
    "launched",
    "launched_drones",
    "toll_tellers",
    "purpose_heads",
    "origin_people",
    "inspection_visits",
    "private_visitors",
    "warrant_words",
    "proposals",
    "rights_groups",
    "incident_nouns",
    "neutralising_nouns",
    "nationality_only_heads",
    "stateless_people",
    "border_smugglers",
    "police_bodies",
    "answer_words",
    "answered_attacks",
    "returned_fire",
    "rescue_verbs",
    "rescued",
    "steal_verbs",
    "raid_verbs",
    "stolen_herds",
    "group_members",
    "demand_start",
    "barring_verbs",
    "convoy_nouns",
    "convoy_cargo",
    "lam_not_object",
    "victim_verbs",
    "passive_killing_verbs",
    "clause_clash_nouns",
    "appeal_stems",
    "ramming_vehicles",
    "road_accident_words",
    "uniformed_singulars",
    "led_away_verbs",
    "toll_civilians",
    "resume_verbs",
    "detain_verbs",
    "vessel_words_before",
    "officer_heads",
    "designate_forms",
    "mp_titles",
    "led_to_verbs",
    "demanding_crowds",
    "chant_stems",
    "supply_verbs",
    "recordings",
    "not_call_content",
    "not_home",
    "aimed_at_people",
    "title_breaks",
    "about_words",
    "accredited_missions",
    "road_words",
    "road_kinds",
    "line_road_kinds",
    "road_links",
    "town_kinds",
    "lead_kinds",
    "sign_verbs",
    "task_verbs",
    "plain_meet_verbs",
    "silence_verbs",
    "delivered_later_stems",
    "delivered_promised_stems",
    "evacuated_posts",
    "spread_verbs",
    "spread_forces",
    "igo_anaphors",
    "forcing_verbs",
    "membership_verbs",
    "held_smugglers",
    "registered_words",
    "own_session_frames",
    "invited_to_join",
    "own_rights_lines",
    "aiming_subjects",
    "present_targeting_verbs",
    "notable_heads",
    "speaker_place_kinds",
    "day_between_parts",
    "day_between_days",
    "day_between_approx",
    "counted_held_nouns",
    "leadership_heads",
    "affairs_words",
    "two_families",
    "between_men_of",
)
MAPPING_SECTIONS = (
    "military_in_country",
    "broken_plurals",
    "person_roles",
    "office_kinds",
    "hosted_forces",
    "state_anaphors",
    "coalitions",
    "police_in_country",
    "group_adjectives",
    "community_states",
)
SECTIONS = (*LIST_SECTIONS, *MAPPING_SECTIONS)


@dataclass(frozen=True, slots=True)
class EventWords:
    """The word lists of data/event_words.yaml, in file order."""

    lists: dict[str, tuple[str, ...]]
    mappings: dict[str, dict[str, str]]

    def words(self, section: str) -> tuple[str, ...]:
        return self.lists[section]

    def mapping(self, section: str) -> dict[str, str]:
        return self.mappings[section]


def _word(item: Any, path: str, line: int, what: str) -> str:
    if not isinstance(item, Located) or not isinstance(item.value, str):
        value = item.value if isinstance(item, Located) else item
        raise DataFileError(path, line, f"{what}: {value!r} must be Arabic text (quote it if need be)")
    return check_text(item.value, path, item.line)


def _list(value: Any, path: str, line: int, what: str) -> tuple[str, ...]:
    items = expect_list(value, path, line, what)
    if not items:
        raise DataFileError(path, line, f"{what} is empty")
    seen: dict[str, int] = {}
    for item in items:
        word = _word(item, path, item.line, what)
        if word in seen:
            raise DataFileError(path, item.line, f"{what}: {word!r} is listed twice (first on line {seen[word]})")
        seen[word] = item.line
    return tuple(seen)


def _mapping(value: Any, path: str, line: int, what: str) -> dict[str, str]:
    entries = expect_mapping(value, path, line, what)
    if not entries:
        raise DataFileError(path, line, f"{what} is empty")
    out: dict[str, str] = {}
    for key, target in entries.items():
        word = _word(key, path, key.line, what)
        if not isinstance(target, Located):
            raise DataFileError(path, key.line, f"{what}: {word!r} must map to one plain value")
        out[word] = _word(target, path, target.line, what)
    return out


def _check_states(sections: dict[str, tuple[int, Any]], path: str, section: str, *, several: bool) -> None:
    """Every value of a mapping section is an ISO alpha-3 code (or, when `several`, codes separated by spaces)."""
    shape = r"[A-Z]{3}(?: [A-Z]{3})*" if several else r"[A-Z]{3}"
    wanted = "ISO alpha-3 codes, space-separated" if several else "an ISO alpha-3 code"
    line, body = sections[section]
    for key, codes in expect_mapping(body, path, line, section).items():
        if not re.fullmatch(shape, str(codes.value)):
            raise DataFileError(path, codes.line, f"{section}: {key.value!r} must map to {wanted}")


def load_event_words(path: str | Path | None = None) -> EventWords:
    """Load and validate an event word file (default: the shipped data/event_words.yaml)."""
    file = data_path("event_words.yaml") if path is None else Path(path)
    name = str(file)
    sections = read_sections(file, SECTIONS)
    lists = {s: _list(sections[s][1], name, sections[s][0], s) for s in LIST_SECTIONS}
    mappings = {s: _mapping(sections[s][1], name, sections[s][0], s) for s in MAPPING_SECTIONS}
    for section in ("person_roles", "office_kinds"):
        for role in expect_mapping(sections[section][1], name, sections[section][0], section).values():
            if role.value not in ROLES:
                listed = ", ".join(sorted(ROLES))
                raise DataFileError(name, role.line, f"{section}: role {role.value!r} is not one of {listed}")
    for section in ("hosted_forces", "police_in_country", "community_states"):
        _check_states(sections, name, section, several=False)
    _check_states(sections, name, "military_in_country", several=True)
    line = sections["group_adjectives"][0]
    actor_ids = {actor.id for actor in actors()}
    for word, actor_id in expect_mapping(sections["group_adjectives"][1], name, line, "group_adjectives").items():
        if actor_id.value not in actor_ids:
            raise DataFileError(name, actor_id.line, f"group_adjectives: {word.value!r} maps to no listed actor")
    line = sections["coalitions"][0]
    for state in expect_mapping(sections["coalitions"][1], name, line, "coalitions"):
        if not re.fullmatch(r"[A-Z]{3}", str(state.value)):
            raise DataFileError(name, state.line, f"coalitions: {state.value!r} must be an ISO alpha-3 code")
    return EventWords(lists, mappings)


@cache
def event_words() -> EventWords:
    """The shipped event word lists, loaded once."""
    return load_event_words()


__all__ = ["SECTIONS", "EventWords", "event_words", "load_event_words"]
