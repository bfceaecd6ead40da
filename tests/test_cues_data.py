from __future__ import annotations

from pathlib import Path

import pytest

from rasd import names
from rasd.actors import ROLES
from rasd.cues import CASUALTY_KINDS, SECTIONS, cues, load_cues
from rasd.errors import DataFileError
from rasd.normalise import fold_text
from rasd.time import lexicon as time_lexicon


def test_shipped_cues_load_with_every_section() -> None:
    c = cues()
    assert fold_text("أصيب") in c.casualties.injured
    assert fold_text("قتلى") in c.casualties.killed
    assert fold_text("دون وقوع إصابات") in c.casualties.none
    assert fold_text("عشرات") in c.casualties.vague
    assert fold_text("مدني") in c.casualties.singular_people
    assert fold_text("مصدر أمني") in c.anonymous
    assert fold_text("شهود عيان") in c.witness
    assert fold_text("قالت") in c.reporting
    assert fold_text("بحسب") in c.attribution
    assert fold_text("المرصد") in c.ngo
    assert fold_text("رويترز") in c.wire
    assert fold_text("سانا") in c.wire
    assert fold_text("الميادين") in c.media
    assert fold_text("تبنى") in c.claimed
    assert fold_text("من المقرر") in c.planned
    assert fold_text("نفت") in c.denied
    assert fold_text("في حال") in c.hypothetical
    assert fold_text("الناطق باسم") in c.titles
    assert {"لم", "لن"} <= set(c.negation)
    assert fold_text("الأميركية") in c.nationalities["USA"]
    assert fold_text("الأمريكية") in c.nationalities["USA"]
    assert fold_text("العراقي") in c.nationalities["IRQ"]
    assert fold_text("الكردية") in c.groups["Kurdish"]
    assert fold_text("الجيش") in c.institutions["military"]
    assert fold_text("الشرطة") in c.institutions["police"]
    assert fold_text("مسلحون") in c.institutions["armed_group"]
    assert set(c.institutions) <= ROLES


def test_every_list_is_folded_and_free_of_repeats() -> None:
    c = cues()
    lists = [getattr(c, s) for s in SECTIONS if isinstance(getattr(c, s), tuple)]
    lists += [getattr(c.casualties, k) for k in CASUALTY_KINDS]
    lists += [*c.nationalities.values(), *c.groups.values(), *c.institutions.values()]
    for forms in lists:
        assert forms
        assert len(set(forms)) == len(forms)
        assert all(fold_text(f) == f for f in forms)
    assert not set(c.casualties.killed) & set(c.casualties.injured)


def test_numbers_merge_time_yaml_and_build_compounds() -> None:
    n = cues().numbers
    assert n[fold_text("ثلاثة")] == 3
    assert n[fold_text("ثلاث")] == 3
    assert n[fold_text("اثنين")] == 2
    assert n[fold_text("ثلاثة عشر")] == 13
    assert n[fold_text("ثماني عشرة")] == 18
    assert n[fold_text("عشرين")] == 20
    assert n[fold_text("خمسة وعشرون")] == 25
    assert n[fold_text("اثنين وتسعين")] == 92
    assert n[fold_text("مائتين")] == 200
    assert n[fold_text("ثلاثمئة")] == 300
    assert n[fold_text("ثلاثة آلاف")] == 3000
    assert n[fold_text("مليون")] == 1_000_000
    assert all(n[word] == value for word, value in time_lexicon().numbers.items())


# A small valid file: each bad case below changes one line of it.
GOOD = """\
reporting: [قال, قالت]
attribution: [بحسب]
anonymous: [مصدر أمني]
witness: [شهود عيان]
ngo: [مرصد]
wire: [رويترز]
media: [صحيفة]
claimed: [تبنى]
planned: [من المقرر]
denied: [نفى]
negation: [لم, لن]
hypothetical: [إذا]
casualties:
  killed: [قتل, قتلى]
  injured: [أصيب, جرحى]
  none: [دون إصابات]
  vague: [عشرات]
  singular_people: [مدني]
numbers:
  13: [ثلاثة عشر]
nationalities:
  IRQ: [عراقي, العراقي]
  USA: [أمريكي, الأميركي]
groups:
  Kurdish: [كردي, الكردي]
institutions:
  military: [جيش, الجيش]
  police: [شرطة]
titles: [المتحدث باسم]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_small_file_is_valid(tmp_path: Path) -> None:
    c = load_cues(write(tmp_path, GOOD))
    assert c.reporting == (fold_text("قال"), fold_text("قالت"))
    assert c.numbers[fold_text("ثلاثة عشر")] == 13
    assert c.numbers[fold_text("ثلاثة")] == 3  # from time.yaml
    assert c.nationalities["USA"] == (fold_text("أمريكي"), fold_text("الأميركي"))


# (old line, new line, the line the error must name (a substring of it, or None for line 1), message)
CASES = [
    ("titles: [المتحدث باسم]", "titles: [المتحدث باسم]\nweapons: [صاروخ]", "weapons:", "unknown section 'weapons'"),
    ("titles: [المتحدث باسم]\n", "", None, "missing section 'titles'"),
    ("  police: [شرطة]", "  militia: [شرطة]", "militia:", "role 'militia' is not one of"),
    ("  IRQ: [عراقي, العراقي]", "  Iq: [عراقي, العراقي]", "Iq:", "'Iq' must be an ISO 3166-1 alpha-3 code"),
    ("  IRQ: [عراقي, العراقي]", "  IRAQ: [عراقي, العراقي]", "IRAQ:", "must be an ISO 3166-1 alpha-3 code"),
    ("  13: [ثلاثة عشر]", "  2000000: [مليونان]", "2000000:", "must be a whole number from 0 to 1000000"),
    ("  13: [ثلاثة عشر]", "  -1: [ناقص واحد]", "-1:", "must be a whole number from 0 to 1000000"),
    ("  13: [ثلاثة عشر]", "  thirteen: [ثلاثة عشر]", "thirteen:", "must be a whole number"),
    ("  13: [ثلاثة عشر]", "  3: [ثلاثة]", "3: [", "'ثلاثة' is already in time.yaml"),
    ("  13: [ثلاثة عشر]", "  13: [ثلاثة عشر]\n  14: [ثلاثة عشر]", "14:", "listed twice (first on line"),
    ("  13: [ثلاثة عشر]", "  13: [ثلاثة عشر]\n  27: [ستة وعشرون]", "27:", "'ستة وعشرون' must be 26, not 27"),
    ("reporting: [قال, قالت]", "reporting: [قال, 'قالت ']", "reporting:", "stray or double spaces"),
    ("reporting: [قال, قالت]", "reporting: [قال, قـالت]", "reporting:", "contains U+0640"),
    ("reporting: [قال, قالت]", "reporting: [قال, قَالت]", "reporting:", "carries diacritics"),
    ("reporting: [قال, قالت]", "reporting: [قال, 12]", "reporting:", "12 must be Arabic text"),
    ("reporting: [قال, قالت]", "reporting: []", "reporting:", "reporting is empty"),
    ("reporting: [قال, قالت]", "reporting: {قال: قالت}", "reporting:", "must be a list"),
    ("reporting: [قال, قالت]", "reporting: [قال, قالت, قال]", "reporting:", "'قال' is listed twice"),
    ("  injured: [أصيب, جرحى]", "  injured: [أصيب, جرحى,\n    اصيب]", "اصيب]", "the same as 'أصيب' after folding"),
    ("  injured: [أصيب, جرحى]", "  injured: [أصيب, جرحى,\n    قتلى]", "    قتلى]", "under both killed"),
    ("  vague: [عشرات]\n", "", "casualties:", "casualties needs 'vague'"),
    ("  vague: [عشرات]", "  vague: [عشرات]\n  missing: [مفقود]", "missing:", "'missing' is not one of"),
    ("  USA: [أمريكي, الأميركي]", "  USA: [أمريكي, العراقي]", "USA:", "'العراقي' is under both IRQ and USA"),
    ("  Kurdish: [كردي, الكردي]", "  Kurdish: [كردي, عراقي]", "Kurdish:", "'عراقي' is under both IRQ and Kurdish"),
    ("  police: [شرطة]", "  police: [شرطة, جيش]", "police:", "'جيش' is under both military and police"),
    ("groups:\n  Kurdish: [كردي, الكردي]", "groups:\n  12: [كردي, الكردي]", "12:", "must be a non-empty name"),
    ("titles: [المتحدث باسم]", "titles: [المتحدث باسم]\ntitles: [قائد]", "titles: [قائد]", "duplicate key 'titles'"),
]


@pytest.mark.parametrize(("old", "new", "at", "message"), CASES)
def test_bad_files_are_reported_with_their_line(
    tmp_path: Path, old: str, new: str, at: str | None, message: str
) -> None:
    assert old in GOOD
    text = GOOD.replace(old, new)
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as err:
        load_cues(path)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:")
    assert err.value.line == (1 if at is None else line_of(text, at))


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as err:
        load_cues(write(tmp_path, "- قال\n"))
    assert err.value.line == 1
    assert "top level must be a mapping" in str(err.value)


def test_every_masculine_title_has_its_feminine() -> None:
    """ "وزير" and "وزيرة", "المتحدث الرسمي باسم" and "المتحدثة الرسمية باسم": a title the cue lists hold in
    the masculine they hold in the feminine too (names.yaml feminine_titles says which titles have one)."""
    feminine = names.rules().feminine_titles
    c = cues()
    for forms in (c.titles, *c.institutions.values()):
        for form in forms:
            wanted = names.feminine_forms(form, feminine)
            assert not wanted or set(wanted) & set(forms), (form, wanted)
    assert fold_text("رئيسة الوزراء") in c.institutions["government"]
    assert fold_text("المتحدثة الرسمية باسم") in c.titles
