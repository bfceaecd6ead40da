"""Event triggers (data/triggers.yaml): Arabic words and phrases that report an event, validated on load.

Each trigger has a PLOVER type, an ACLED event type and sub-type (or none when ACLED
would not code the event), a strength (weak triggers only count when no strong one
is in the clause), whether a weapon cue may replace its ACLED sub-type, and its
forms. Forms are kept folded (rasd.normalise.fold_text), as the matcher sees text.
The file also lists the weapon cues per Explosions/Remote violence sub-type and the
words that make an attack an interception (Disrupted weapons use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rasd.errors import DataFileError
from rasd.normalise import fold_text
from rasd.resources import Located, check_text, data_path, expect_list, expect_mapping, read_sections

PLOVER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
ACLED: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
REMOTE = "Explosions/Remote violence"
STRENGTHS = ("strong", "weak")
SECTIONS = ("triggers", "weapons", "interception")
_KEYS = ("plover", "acled", "strength", "weapon_sensitive", "forms")
_REQUIRED = ("plover", "acled", "strength", "forms")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event trigger; `forms` are folded, in file order."""

    id: str
    plover: str
    acled: tuple[str, str] | None
    strength: str
    weapon_sensitive: bool
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Every trigger, the weapon cues (folded) per Explosions/Remote violence sub-type, the interception words."""

    triggers: tuple[Trigger, ...]
    weapons: dict[str, tuple[str, ...]]
    interception: tuple[str, ...]

    def lookup(self, form: str) -> tuple[Trigger, ...]:
        """The triggers listing `form` (folded here, so any spelling of it may be given)."""
        key = fold_text(form)
        return tuple(t for t in self.triggers if key in t.forms)

    def weapon(self, cue: str) -> str | None:
        """The sub-type a weapon cue stands for, or None."""
        key = fold_text(cue)
        return next((sub for sub, cues in self.weapons.items() if key in cues), None)


def _text(item: Located, path: str, what: str) -> str:
    if not isinstance(item.value, str):
        raise DataFileError(path, item.line, f"{what} {item.value!r} must be text")
    return check_text(item.value, path, item.line)


def _acled(value: Any, path: str, line: int) -> tuple[str, str] | None:
    if isinstance(value, Located) and value.value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, Located) for v in value):
        raise DataFileError(path, line, "acled must be [event type, sub-type] or null")
    event_type, sub_type = (_text(v, path, "acled value") for v in value)
    if event_type not in ACLED:
        raise DataFileError(path, value[0].line, f"unknown ACLED event type {event_type!r}")
    if sub_type not in ACLED[event_type]:
        owner = next((t for t, subs in ACLED.items() if sub_type in subs), None)
        problem = f"{sub_type!r} is a sub-type of {owner!r}" if owner else f"unknown ACLED sub-type {sub_type!r}"
        raise DataFileError(path, value[1].line, f"{problem}, not of {event_type!r}")
    return event_type, sub_type


def _trigger(key: Located, body: Any, path: str) -> tuple[Trigger, list[Located]]:
    trigger_id = key.value
    if not isinstance(trigger_id, str) or not _ID.match(trigger_id):
        raise DataFileError(path, key.line, f"trigger id {trigger_id!r} must be a lowercase ascii slug (a-z, 0-9, _)")
    fields = {k.value: (k, v) for k, v in expect_mapping(body, path, key.line, f"trigger {trigger_id}").items()}
    for name, (field_key, _) in fields.items():
        if name not in _KEYS:
            raise DataFileError(path, field_key.line, f"unknown key {name!r} (allowed: {', '.join(_KEYS)})")
    for name in _REQUIRED:
        if name not in fields:
            raise DataFileError(path, key.line, f"trigger {trigger_id} has no {name!r}")

    plover_key, plover = fields["plover"]
    if not isinstance(plover, Located) or plover.value not in PLOVER:
        shown = plover.value if isinstance(plover, Located) else plover
        raise DataFileError(path, plover_key.line, f"unknown PLOVER type {shown!r} (one of {' '.join(PLOVER)})")
    acled_key, acled_value = fields["acled"]
    acled = _acled(acled_value, path, acled_key.line)
    strength_key, strength = fields["strength"]
    if not isinstance(strength, Located) or strength.value not in STRENGTHS:
        shown = strength.value if isinstance(strength, Located) else strength
        raise DataFileError(path, strength_key.line, f"strength {shown!r} must be strong or weak")
    sensitive = False
    if "weapon_sensitive" in fields:
        ws_key, ws = fields["weapon_sensitive"]
        if not isinstance(ws, Located) or not isinstance(ws.value, bool):
            raise DataFileError(path, ws_key.line, "weapon_sensitive must be true or false")
        sensitive = ws.value
        if sensitive and (plover.value != "ASSAULT" or acled is None):
            raise DataFileError(path, ws_key.line, "weapon_sensitive is only for ASSAULT triggers with an ACLED code")

    forms_key, forms_value = fields["forms"]
    items = expect_list(forms_value, path, forms_key.line, f"forms of {trigger_id}")
    if not items:
        raise DataFileError(path, forms_key.line, f"trigger {trigger_id} has no forms")
    forms: list[str] = []
    first: dict[str, int] = {}
    for item in items:
        text = _text(item, path, "form")
        folded = fold_text(text)
        if folded in first:
            problem = f"{text!r} is listed twice in {trigger_id} after folding (first on line {first[folded]})"
            raise DataFileError(path, item.line, problem)
        first[folded] = item.line
        forms.append(folded)
    trigger = Trigger(trigger_id, plover.value, acled, strength.value, sensitive, tuple(forms))
    return trigger, items


def _signature(t: Trigger) -> tuple[object, ...]:
    return (t.plover, t.acled, t.strength, t.weapon_sensitive)


def _triggers(section: Any, path: str, line: int) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    owners: dict[str, tuple[Trigger, int]] = {}
    for key, body in expect_mapping(section, path, line, "triggers").items():
        trigger, items = _trigger(key, body, path)
        for folded, item in zip(trigger.forms, items, strict=True):
            owner = owners.get(folded)
            if owner is None:
                owners[folded] = (trigger, item.line)
            elif _signature(owner[0]) != _signature(trigger):
                raise DataFileError(
                    path,
                    item.line,
                    f"{item.value!r} is also a form of {owner[0].id} (line {owner[1]}) with another "
                    "plover/acled/strength/weapon_sensitive: the matcher could not choose",
                )
        out.append(trigger)
    if not out:
        raise DataFileError(path, line, "no triggers")
    return tuple(out)


def _weapons(section: Any, path: str, line: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    seen: dict[str, tuple[str, int]] = {}
    for key, cues in expect_mapping(section, path, line, "weapons").items():
        if key.value not in ACLED[REMOTE]:
            raise DataFileError(
                path, key.line, f"weapons key {key.value!r} must be a sub-type of {REMOTE}: {', '.join(ACLED[REMOTE])}"
            )
        folded: list[str] = []
        for cue in expect_list(cues, path, key.line, f"weapons {key.value}"):
            text = _text(cue, path, "weapon cue")
            k = fold_text(text)
            if k in seen:
                sub, first = seen[k]
                raise DataFileError(path, cue.line, f"weapon cue {text!r} is already listed under {sub} (line {first})")
            seen[k] = (key.value, cue.line)
            folded.append(k)
        out[key.value] = tuple(folded)
    return out


def _interception(section: Any, path: str, line: int) -> tuple[str, ...]:
    out: list[str] = []
    first: dict[str, int] = {}
    for item in expect_list(section, path, line, "interception"):
        text = _text(item, path, "interception word")
        k = fold_text(text)
        if k in first:
            problem = f"interception word {text!r} is listed twice (first on line {first[k]})"
            raise DataFileError(path, item.line, problem)
        first[k] = item.line
        out.append(k)
    return tuple(out)


def load_triggers(path: str | Path | None = None) -> TriggerLexicon:
    """Load and validate a trigger file (default: the shipped data/triggers.yaml)."""
    file = data_path("triggers.yaml") if path is None else Path(path)
    name = str(file)
    sections = read_sections(file, SECTIONS)
    t_line, t_value = sections["triggers"]
    w_line, w_value = sections["weapons"]
    i_line, i_value = sections["interception"]
    return TriggerLexicon(
        triggers=_triggers(t_value, name, t_line),
        weapons=_weapons(w_value, name, w_line),
        interception=_interception(i_value, name, i_line),
    )


@cache
def trigger_lexicon() -> TriggerLexicon:
    """The shipped triggers, loaded once."""
    return load_triggers()


__all__ = ["ACLED", "PLOVER", "Trigger", "TriggerLexicon", "load_triggers", "trigger_lexicon"]
