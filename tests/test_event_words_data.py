from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors import ROLES
from rasd.errors import DataFileError
from rasd.event_words import LIST_SECTIONS, MAPPING_SECTIONS, SECTIONS, event_words, load_event_words
from rasd.resources import data_path


def test_shipped_word_lists_load_with_every_section_non_empty() -> None:
    w = event_words()
    assert set(w.lists) | set(w.mappings) == set(SECTIONS)
    for section in LIST_SECTIONS:
        words = w.words(section)
        assert words, section
        assert len(set(words)) == len(words), section
        assert all(word and word == word.strip() for word in words), section
    for section in MAPPING_SECTIONS:
        assert w.mapping(section), section
    assert "بيان" in w.words("statement_nouns")
    assert w.words("toll") == ("حصيلة", "حصيله")
    assert w.mapping("broken_plurals")["جنود"] == "جندي"
    assert w.mapping("person_roles")["شرطي"] == "police"
    assert set(w.mapping("person_roles").values()) <= ROLES


def test_every_section_has_a_comment_above_it() -> None:
    """Each section, or the block of sections it belongs to, is explained by a comment right above."""
    lines = data_path("event_words.yaml").read_text(encoding="utf-8").splitlines()
    for section in SECTIONS:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{section}:"))
        block = []
        while at > 0 and lines[at - 1].strip():
            at -= 1
            block.append(lines[at])
        assert any(line.startswith("#") for line in block), section


GOOD = "".join(f"{section}: [كلمة, كلمه]\n" for section in LIST_SECTIONS) + (
    "broken_plurals:\n  جنود: جندي\n  اطفال: طفل\nperson_roles:\n  جندي: military\n  شرطي: police\n"
    "office_kinds:\n  شرطه: police\n"
    "hosted_forces:\n  iq-harir-airbase: USA\n"
    "state_anaphors:\n  المملكة: SAU JOR\n"
    "coalitions:\n  YEM: sau-coalition\n"
    "police_in_country:\n  الحرس الوطني: TUN\n"
    "military_in_country:\n  حرس الحدود: JOR EGY\n"
    "group_adjectives:\n  حوثيه: yem-houthis\n"
    "community_states:\n  المسيريه: SDN\n"
    "camp_peoples:\n  dz-smara-camp: ESH\n"
    "army_of_home:\n  PSE: ISR\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "event_words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_small_file_is_valid(tmp_path: Path) -> None:
    w = load_event_words(write(tmp_path, GOOD))
    assert w.words("locative") == ("كلمة", "كلمه")
    assert w.mapping("broken_plurals") == {"جنود": "جندي", "اطفال": "طفل"}
    assert w.mapping("person_roles") == {"جندي": "military", "شرطي": "police"}


# (old line, new line, the line the error must name (a substring of it, or None for line 1), message)
CASES = [
    ("toll: [كلمة, كلمه]", "toll: [كلمة, كلمه]\nweapons: [صاروخ]", "weapons:", "unknown section 'weapons'"),
    ("toll: [كلمة, كلمه]\n", "", None, "missing section 'toll'"),
    ("toll: [كلمة, كلمه]", "toll: []", "toll:", "toll is empty"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, كلمة]", "toll:", "'كلمة' is listed twice (first on line"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة,\n  كلمة]", "  كلمة]", "'كلمة' is listed twice"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, '']", "toll:", "stray or double spaces, or is empty"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, 'كلمه ']", "toll:", "stray or double spaces"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, كلـمه]", "toll:", "contains U+0640"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, 12]", "toll:", "12 must be Arabic text"),
    ("toll: [كلمة, كلمه]", "toll: {كلمة: كلمه}", "toll:", "toll must be a list"),
    ("toll: [كلمة, كلمه]", "toll: [كلمة, كلمه]\ntoll: [كلمة]", "toll: [كلمة]", "duplicate key 'toll'"),
    ("  جنود: جندي", "  جنود: [جندي, عسكري]", "جنود:", "'جنود' must map to one plain value"),
    ("  اطفال: طفل", "  اطفال: 3", "اطفال:", "3 must be Arabic text"),
    ("broken_plurals:\n  جنود: جندي\n  اطفال: طفل", "broken_plurals: [جنود]", "broken_plurals:", "must be a mapping"),
    ("broken_plurals:\n  جنود: جندي\n  اطفال: طفل", "broken_plurals: {}", "broken_plurals:", "is empty"),
    ("  شرطي: police", "  شرطي: militia", "شرطي:", "role 'militia' is not one of"),
    ("  شرطه: police", "  شرطه: militia", "شرطه:", "office_kinds: role 'militia' is not one of"),
]


@pytest.mark.parametrize(("old", "new", "at", "message"), CASES)
def test_bad_files_are_reported_with_their_line(
    tmp_path: Path, old: str, new: str, at: str | None, message: str
) -> None:
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as err:
        load_event_words(path)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:")
    assert err.value.line == (1 if at is None else line_of(text, at))


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as err:
        load_event_words(write(tmp_path, "- كلمة\n"))
    assert err.value.line == 1
    assert "top level must be a mapping" in str(err.value)


def test_hosted_forces_name_shipped_bases_and_alpha3_states() -> None:
    from rasd.gazetteer import facilities

    bases = {p.id for p in facilities() if p.kind == "base"}
    hosted = event_words().mapping("hosted_forces")
    assert hosted["iq-ain-al-asad-airbase"] == "USA" and hosted["sy-hmeimim-airbase"] == "RUS"
    assert set(hosted) <= bases
    assert all(len(c) == 3 and c.isupper() for c in hosted.values())


def test_hosted_forces_refuse_a_country_that_is_not_alpha3(tmp_path: Path) -> None:
    text = GOOD.replace("iq-harir-airbase: USA", "iq-harir-airbase: US")
    with pytest.raises(DataFileError, match="hosted_forces"):
        load_event_words(write(tmp_path, text))


def test_coalitions_map_alpha3_states_to_listed_actors(tmp_path: Path) -> None:
    from rasd.actors import actors

    ids = {a.id for a in actors()}
    coalitions = event_words().mapping("coalitions")
    assert coalitions["YEM"] == "sau-coalition" and coalitions["IRQ"] == "coalition-daesh"
    assert set(coalitions.values()) <= ids
    text = GOOD.replace("YEM: sau-coalition", "Yemen: sau-coalition")
    with pytest.raises(DataFileError, match="coalitions"):
        load_event_words(write(tmp_path, text))


def test_group_adjectives_map_to_listed_actors(tmp_path: Path) -> None:
    assert event_words().mapping("group_adjectives")["حوثيه"] == "yem-houthis"
    with pytest.raises(DataFileError, match="group_adjectives"):
        load_event_words(write(tmp_path, GOOD.replace("حوثيه: yem-houthis", "حوثيه: no-such-actor")))


@pytest.mark.parametrize(
    ("section", "head", "codes", "wrong"),
    [
        ("police_in_country", "الحرس الوطني", "TUN", "Tunisia"),
        ("community_states", "المسيريه", "SDN", "Sudan"),
        ("military_in_country", "حرس الحدود", "JOR EGY", "Jordan"),
    ],
)
def test_state_mappings_take_alpha3_codes(tmp_path: Path, section: str, head: str, codes: str, wrong: str) -> None:
    """Sections mapping a word to the states it holds in refuse anything but ISO alpha-3 codes."""
    assert event_words().mapping(section)[head] == codes
    bad = GOOD.replace(f"{head}: {codes}", f"{head}: {wrong}")
    with pytest.raises(DataFileError, match=section):
        load_event_words(write(tmp_path, bad))
