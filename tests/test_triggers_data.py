from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from rasd.errors import DataFileError
from rasd.normalise import fold_text
from rasd.resources import data_path
from rasd.triggers import ACLED, PLOVER, Trigger, load_triggers, trigger_lexicon

SHIPPED = data_path("triggers.yaml").read_text(encoding="utf-8")

# Line numbers are asserted below: keep this text as it is.
TINY = """\
triggers:
  airstrike:
    plover: ASSAULT
    acled: [Explosions/Remote violence, Air/drone strike]
    strength: strong
    weapon_sensitive: true
    forms: [غارة, غارات]
  talks:
    plover: CONSULT
    acled: null
    strength: strong
    forms: [محادثات]
weapons:
  Air/drone strike: [مسيرة]
interception: [اعترض]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def one(form: str) -> Trigger:
    found = trigger_lexicon().lookup(form)
    assert len(found) == 1, (form, [t.id for t in found])
    return found[0]


# ---- the shipped file ------------------------------------------------------------------------------------------


def test_shipped_file_loads() -> None:
    lex = trigger_lexicon()
    # a sanity range (the file loads whole, and not twice over), not a budget: widen it as the lexicon grows
    assert 80 <= len(lex.triggers) <= 200
    assert len({t.id for t in lex.triggers}) == len(lex.triggers)
    assert all(t.forms for t in lex.triggers)


def test_every_plover_type_is_covered() -> None:
    covered = Counter(t.plover for t in trigger_lexicon().triggers)
    assert set(covered) == set(PLOVER)


def test_every_acled_sub_type_is_covered() -> None:
    covered = {t.acled for t in trigger_lexicon().triggers if t.acled}
    expected = {(event_type, sub) for event_type, subs in ACLED.items() for sub in subs}
    assert len(expected) == 25
    assert covered == expected


def test_every_remote_violence_sub_type_has_weapon_cues() -> None:
    weapons = trigger_lexicon().weapons
    assert set(weapons) == set(ACLED["Explosions/Remote violence"])
    assert all(len(cues) >= 5 for cues in weapons.values())


def test_weapon_sensitive_triggers_are_assaults() -> None:
    sensitive = [t for t in trigger_lexicon().triggers if t.weapon_sensitive]
    assert {t.plover for t in sensitive} == {"ASSAULT"}
    assert {"shelling", "targeting", "attack_generic", "strike_generic"} <= {t.id for t in sensitive}


def test_no_form_belongs_to_two_triggers() -> None:
    owners = Counter(form for t in trigger_lexicon().triggers for form in t.forms)
    assert [form for form, n in owners.items() if n > 1] == []


def test_forms_are_written_unvocalised_and_without_the_article() -> None:
    raw = yaml.safe_load(SHIPPED)
    harakat = re.compile("[\u064b-\u0652\u0670\u0640]")
    for trigger_id, body in raw["triggers"].items():
        for form in body["forms"]:
            assert not harakat.search(form), (trigger_id, form)
            for word in form.split():
                # The matcher strips ال; a verb such as التقى or التمس legitimately starts with it.
                assert not word.startswith("ال") or word.startswith("الت"), (trigger_id, form)


@pytest.mark.parametrize(
    "word",
    # ambiguous or background words that must never be triggers on their own
    [
        "مسيرة",
        "مسيرات",
        "حرب",
        "قال",
        "أعلن",
        "أكد",
        "ذكر",
        "نفى",
        "فجر",
        "فجرا",
        "تحرير",
        "دعم",
        "حشد",
        "حشود",
        "تعاون",
        "إنذار",
        "قاتل",
        "طعن",
        "حل",
        "وقفة",
        "أعدم",
        "حصار",
        "سيطرة",
        "قاعدة",
        "مقر",
        "نشر",
        "بحوث",
    ],
)
def test_ambiguous_words_are_not_triggers(word: str) -> None:
    assert trigger_lexicon().lookup(word) == ()


@pytest.mark.parametrize(
    ("form", "plover", "acled", "strength"),
    [
        ("استهدفت", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "strong"),
        ("قصفت", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "strong"),
        ("غارات", "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), "strong"),
        ("شنت غارات", "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), "strong"),
        ("هجوم طائرة مسيرة", "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), "strong"),
        ("قذائف هاون", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "strong"),
        ("أطلقوا صواريخ", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "strong"),
        ("عبوة ناسفة", "ASSAULT", ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "strong"),
        ("سيارة مفخخة", "ASSAULT", ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "strong"),
        ("هجوم انتحاري", "ASSAULT", ("Explosions/Remote violence", "Suicide bomb"), "strong"),
        ("قنبلة يدوية", "ASSAULT", ("Explosions/Remote violence", "Grenade"), "strong"),
        ("هجوم كيماوي", "ASSAULT", ("Explosions/Remote violence", "Chemical weapon"), "strong"),
        ("اشتباكات", "ASSAULT", ("Battles", "Armed clash"), "strong"),
        ("اشتباك", "ASSAULT", ("Battles", "Armed clash"), "weak"),
        ("هاجموا", "ASSAULT", ("Battles", "Armed clash"), "strong"),
        ("سيطروا على", "ASSAULT", ("Battles", "Non-state actor overtakes territory"), "strong"),
        ("استعادت سيطرة", "ASSAULT", ("Battles", "Government regains territory"), "strong"),
        ("اغتيال", "ASSAULT", ("Violence against civilians", "Attack"), "strong"),
        ("أطلق نار", "ASSAULT", ("Violence against civilians", "Attack"), "strong"),
        ("قتل", "ASSAULT", ("Violence against civilians", "Attack"), "weak"),
        ("أصيب", "ASSAULT", ("Violence against civilians", "Attack"), "weak"),
        ("اختطفت", "ASSAULT", ("Violence against civilians", "Abduction/forced disappearance"), "strong"),
        ("اغتصاب", "ASSAULT", ("Violence against civilians", "Sexual violence"), "strong"),
        ("مظاهرات", "PROTEST", ("Protests", "Peaceful protest"), "strong"),
        ("وقفة احتجاجية", "PROTEST", ("Protests", "Peaceful protest"), "strong"),
        ("مسيرة احتجاجية", "PROTEST", ("Protests", "Peaceful protest"), "strong"),
        ("تفريق متظاهرين", "PROTEST", ("Protests", "Protest with intervention"), "strong"),
        ("قتل متظاهرين", "ASSAULT", ("Protests", "Excessive force against protesters"), "strong"),
        ("أعمال شغب", "PROTEST", ("Riots", "Violent demonstration"), "strong"),
        ("حشود غاضبة", "ASSAULT", ("Riots", "Mob violence"), "strong"),
        ("وقعت اتفاقا", "AGREE", ("Strategic developments", "Agreement"), "strong"),
        ("اتفاق وقف إطلاق نار", "AGREE", ("Strategic developments", "Agreement"), "strong"),
        ("هدنة", "AGREE", ("Strategic developments", "Agreement"), "weak"),
        ("اعتقلت", "COERCE", ("Strategic developments", "Arrests"), "strong"),
        ("ألقت قبض", "COERCE", ("Strategic developments", "Arrests"), "strong"),
        ("حل فصيل", "CONCEDE", ("Strategic developments", "Change to group/activity"), "strong"),
        ("اعترضت صاروخا", "ASSAULT", ("Strategic developments", "Disrupted weapons use"), "strong"),
        ("فكك عبوة ناسفة", "COERCE", ("Strategic developments", "Disrupted weapons use"), "strong"),
        ("إنشاء قاعدة عسكرية", "MOBILIZE", ("Strategic developments", "Headquarters or base established"), "strong"),
        ("هدمت", "COERCE", ("Strategic developments", "Looting/property destruction"), "strong"),
        ("تسلمت مواقع", "RETREAT", ("Strategic developments", "Non-violent transfer of territory"), "strong"),
        ("حاصرت", "COERCE", ("Strategic developments", "Other"), "strong"),
        ("حظر تجول", "COERCE", None, "strong"),  # h23b: every gold set codes a curfew with no ACLED type
        ("مباحثات", "CONSULT", None, "strong"),
        ("اتصالا هاتفيا", "CONSULT", None, "strong"),
        ("طالبت", "REQUEST", None, "strong"),
        ("ناشد", "REQUEST", None, "strong"),
        ("اتهم", "ACCUSE", None, "strong"),
        ("أدانت", "ACCUSE", None, "strong"),
        ("هدد", "THREATEN", None, "strong"),
        ("رفضت", "REJECT", None, "strong"),
        ("فرضت عقوبات", "SANCTION", None, "strong"),
        ("رحبت", "SUPPORT", None, "strong"),
        ("تنسيق أمني", "COOPERATE", None, "strong"),
        ("مساعدات إنسانية", "AID", None, "strong"),
        ("انسحبت", "RETREAT", None, "strong"),
        ("أطلق سراح", "RETREAT", None, "strong"),  # PLOVER: releasing persons is RETREAT
        ("عفو عام", "RETREAT", None, "strong"),
        ("استقال", "CONCEDE", None, "strong"),
        ("تعزيزات", "MOBILIZE", None, "strong"),
    ],
)
def test_spot_checks(form: str, plover: str, acled: tuple[str, str] | None, strength: str) -> None:
    trigger = one(form)
    assert (trigger.plover, trigger.acled, trigger.strength) == (plover, acled, strength)


def test_lookup_folds_spelling_variants() -> None:
    assert one("إستهدفت") == one("استهدفت")
    assert one("اتّفاقاً").id == "agreement_weak"
    assert one("مظاهره").id == "demonstration"


def test_generic_attack_words_are_weapon_sensitive_with_documented_defaults() -> None:
    assert one("قصف").weapon_sensitive and one("قصف").acled == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert one("هجوم").weapon_sensitive and one("هجوم").acled == ("Battles", "Armed clash")
    assert one("ضربات").weapon_sensitive and one("ضربات").acled == ("Explosions/Remote violence", "Air/drone strike")
    assert not one("غارة").weapon_sensitive


@pytest.mark.parametrize(
    ("cue", "sub_type"),
    [
        ("مسيّرة", "Air/drone strike"),
        ("طائرات حربية", "Air/drone strike"),
        ("مسيرة انتحارية", "Air/drone strike"),
        ("هاون", "Shelling/artillery/missile attack"),
        ("صواريخ", "Shelling/artillery/missile attack"),
        ("عبوة ناسفة", "Remote explosive/landmine/IED"),
        ("لغم", "Remote explosive/landmine/IED"),
        ("حزام ناسف", "Suicide bomb"),
        ("قنبلة يدوية", "Grenade"),
        ("سارين", "Chemical weapon"),
    ],
)
def test_weapon_cues(cue: str, sub_type: str) -> None:
    assert trigger_lexicon().weapon(cue) == sub_type


def test_interception_words() -> None:
    words = trigger_lexicon().interception
    for word in ("اعترضت", "أسقط", "تصدت دفاعات جوية", "أبطل مفعول"):
        assert fold_text(word) in words, word
    for word in ("دفاعات جوية", "دفاع جوي"):  # a target, not an interception
        assert fold_text(word) not in words, word


# ---- errors in a data file name the line ------------------------------------------------------------------------


def test_tiny_file_loads(tmp_path: Path) -> None:
    lex = load_triggers(write(tmp_path, TINY))
    assert [t.id for t in lex.triggers] == ["airstrike", "talks"]
    assert lex.triggers[0].acled == ("Explosions/Remote violence", "Air/drone strike")
    assert lex.triggers[1].acled is None
    assert lex.weapons == {"Air/drone strike": ("مسيره",)}
    assert lex.interception == ("اعترض",)


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("plover: CONSULT", "plover: NEGOTIATE", 9, "unknown PLOVER type 'NEGOTIATE'"),
        (
            "[Explosions/Remote violence, Air/drone strike]",
            "[Explosions, Air/drone strike]",
            4,
            "unknown ACLED event type 'Explosions'",
        ),
        (
            "[Explosions/Remote violence, Air/drone strike]",
            "[Battles, Air/drone strike]",
            4,
            "'Air/drone strike' is a sub-type of 'Explosions/Remote violence', not of 'Battles'",
        ),
        (
            "[Explosions/Remote violence, Air/drone strike]",
            "[Battles, Skirmish]",
            4,
            "unknown ACLED sub-type 'Skirmish'",
        ),
        ("acled: null", "acled: [Battles]", 10, "acled must be [event type, sub-type] or null"),
        ("    forms: [محادثات]", "    source: wafa\n    forms: [محادثات]", 12, "unknown key 'source'"),
        (
            "strength: strong\n    forms: [محادثات]",
            "strength: medium\n    forms: [محادثات]",
            11,
            "must be strong or weak",
        ),
        ("  talks:", "  airstrike:", 8, "duplicate key 'airstrike' (first on line 2)"),
        ("  talks:", "  Talks:", 8, "must be a lowercase ascii slug"),
        ("[غارة, غارات]", "[غارة, غاره]", 7, "'غاره' is listed twice in airstrike after folding (first on line 7)"),
        ("[محادثات]", "[محادثات, غارات]", 12, "'غارات' is also a form of airstrike (line 7)"),
        ("[محادثات]", "[محادثات  جديدة]", 12, "stray or double spaces"),
        ("[محادثات]", "[\ufee3\ufea4\ufe8e\ufeaa\ufe9b\ufe8e\ufe95]", 12, "contains U+FEE3"),
        ("[محادثات]", "[محادثات, 12]", 12, "form 12 must be text"),
        ("[محادثات]", "[]", 12, "talks has no forms"),
        (
            "    strength: strong\n    forms: [محادثات]",
            "    strength: strong\n    weapon_sensitive: true\n    forms: [محادثات]",
            12,
            "weapon_sensitive is only for ASSAULT triggers",
        ),
        ("weapon_sensitive: true", "weapon_sensitive: maybe", 6, "weapon_sensitive must be true or false"),
        ("    plover: CONSULT\n", "", 8, "trigger talks has no 'plover'"),
        (
            "  Air/drone strike: [مسيرة]",
            "  Armed clash: [مسيرة]",
            14,
            "must be a sub-type of Explosions/Remote violence",
        ),
        (
            "  Air/drone strike: [مسيرة]",
            "  Air/drone strike: [مسيرة]\n  Grenade: [مسيره]",
            15,
            "already listed under Air/drone strike (line 14)",
        ),
        ("interception: [اعترض]", "interception: [اعترض, اعترض]", 15, "listed twice (first on line 15)"),
        ("interception: [اعترض]\n", "", 1, "missing section 'interception'"),
        ("interception: [اعترض]", "interception: [اعترض]\nnotes: []", 16, "unknown section 'notes'"),
    ],
)
def test_bad_file_names_the_line(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    assert old in TINY
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(DataFileError) as err:
        load_triggers(path)
    assert err.value.line == line, str(err.value)
    assert message in err.value.problem
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_a_duplicate_on_a_continuation_line_of_the_shipped_file_names_that_line(tmp_path: Path) -> None:
    lines = SHIPPED.splitlines(keepends=True)
    index = next(i for i, x in enumerate(lines) if x.startswith("            ") and "استهدافات" in x)
    lines[index] = lines[index].replace("استهدافات", "استهدافات, إستهدف")
    with pytest.raises(DataFileError) as err:
        load_triggers(write(tmp_path, "".join(lines)))
    assert err.value.line == index + 1
    assert "'إستهدف' is listed twice in targeting" in err.value.problem
