from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.normalise import _DROP, _DROPPED, end_with_marks, fold, fold_char_table, fold_text


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("إيران", "ايران"),
        ("آلينا رومانوسكي", "الينا رومانوسكي"),
        ("ٱلقدس", "القدس"),
        ("مستشفى", "مستشفي"),
        ("قاعدة عين الأسد الجوية", "قاعده عين الاسد الجويه"),
        ("مسؤول", "مسوول"),
        ("هيئة", "هييه"),
        ("غزّة", "غزه"),
        ("مُسيَّرة", "مسيره"),
        ("الســـلام", "السلام"),
        ("٢٠٢٤/٠١/٢٤", "2024/01/24"),
        ("۱۴۰۲", "1402"),
        ("كردستان\u200fالعراق", "كردستانالعراق"),
        # a directional mark between a word and a number separates them; after a lone و it is dropped
        ("مصرع\u200f56\u200f قتيلا و\u200f143\u200f مصابا", "مصرع 56 قتيلا و143 مصابا"),
        ("\ufefb", "لا"),  # lam-alef ligature (presentation form) expands to two letters
        ("\ufe8d\ufedf\ufecc\ufeae\ufe8d\ufed7", "العراق"),  # presentation forms of العراق
        ("Reuters 2024", "Reuters 2024"),
    ],
)
def test_fold_exact(text: str, folded: str) -> None:
    assert fold(text).text == folded


def test_fold_maps_back_to_source() -> None:
    text = "قُتل ثلاثةُ مدنيين في غزّة"
    f = fold(text)
    start = f.text.index("غزه")
    a, b = f.source_range(start, start + 3)
    assert text[a:b] == "غزّة"


def test_fold_expansion_maps_both_letters_to_the_ligature() -> None:
    f = fold("ب\ufefbد")  # ب + ﻻ + د
    assert f.text == "بلاد"
    assert f.source_range(1, 3) == (1, 2)


def test_fold_text_squeezes_space() -> None:
    assert fold_text("  كانون   الثاني ") == "كانون الثاني"


@given(st.text())
def test_fold_offsets_are_monotone_and_in_range(text: str) -> None:
    f = fold(text)
    assert len(f.source) == len(f.text)
    assert all(0 <= s < len(text) for s in f.source)
    assert list(f.source) == sorted(f.source)
    for j, ch in enumerate(f.text):
        # every folded character comes from folding the source character it points at
        assert ch in fold(text[f.source[j]]).text


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .،")))
def test_fold_of_arabic_never_grows(text: str) -> None:
    assert len(fold(text).text) <= len(text)


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
        | st.sampled_from([" ", "\n", "\u00a0", "\u200f", "\ufefb", "\ufe8d", "ـ", "x"]),
        max_size=150,
    )
)
def test_fold_text_is_fold_with_spaces_squeezed(text: str) -> None:
    # long text (over 64 characters) is folded without the offset map: the same string all the same
    assert fold_text(text) == " ".join(fold(text).text.split())


_MAPPED = "".join(fold_char_table())


def test_no_folded_letter_folds_again() -> None:
    # fold replaces one letter at a time: that equals a translation only if no result is replaced again
    table = fold_char_table()
    assert not set(table.values()) & set(table)


@given(st.text(alphabet=st.sampled_from(list(_MAPPED + "ابتة هوي \u064e\u0640x1")), max_size=80), st.booleans())
def test_fold_maps_letters_as_the_table_says(text: str, keep_taa: bool) -> None:
    table = {k: v for k, v in fold_char_table().items() if not (keep_taa and k == "ة")}
    expected = text.translate(str.maketrans(table)).replace("\u064e", "").replace("\u0640", "")
    assert fold(text, keep_taa_marbuta=keep_taa).text == expected


def test_directional_mark_between_word_and_number_keeps_offsets() -> None:
    text = "عن مصرع\u200f56\u200f قتيلا"
    folded = fold(text)
    assert folded.text == "عن مصرع 56 قتيلا"
    start = folded.text.index("56")
    assert text[slice(*folded.source_range(start, start + 2))] == "56"


def test_dropped_set_is_what_folding_drops() -> None:
    # end_with_marks tests one character against _DROPPED instead of matching _DROP: the same characters, all of them
    assert frozenset(ch for ch in map(chr, range(0x110000)) if _DROP.match(ch)) == _DROPPED


def test_end_with_marks_moves_past_dropped_characters_only() -> None:
    text = "بغدادَ\u0640\u200f قال"
    assert end_with_marks(text, 5) == 8  # past the fatha, the tatweel and the mark, to the space
    assert end_with_marks(text, 8) == 8
    assert end_with_marks(text, len(text)) == len(text)
    assert end_with_marks("قال", 1) == 1
