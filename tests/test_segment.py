from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.clean import clean
from rasd.document import Document
from rasd.pipeline import extract
from rasd.segment import segment, stem_offsets, token_stems


def sentences(raw: str) -> list[str]:
    doc = segment(clean(Document(id="x", raw=raw)))
    return [raw[s.span.start : s.span.end] for s in doc.sentences]


def test_sentences_split_on_arabic_and_latin_punctuation() -> None:
    raw = "قُتل مدنيان في قصف على إدلب. هل يتوقف القصف؟ أعلن الجيش التعبئة! وانتهى الاجتماع"
    assert sentences(raw) == [
        "قُتل مدنيان في قصف على إدلب.",
        "هل يتوقف القصف؟",
        "أعلن الجيش التعبئة!",
        "وانتهى الاجتماع",
    ]


def test_a_diacritic_inside_a_word_does_not_split_it() -> None:
    raw = "وصلت المسيّرة إلى العاصمة العُمانية مسقطَ."
    doc = segment(clean(Document(id="x", raw=raw)))
    assert [raw[t.span.start : t.span.end] for t in doc.tokens] == [
        "وصلت",
        "المسيّرة",
        "إلى",
        "العاصمة",
        "العُمانية",
        "مسقطَ",
    ]


def test_decimal_points_do_not_end_sentences() -> None:
    raw = "ارتفع سعر البرميل إلى 82.5 دولاراً. وتراجع الدينار."
    assert sentences(raw) == ["ارتفع سعر البرميل إلى 82.5 دولاراً.", "وتراجع الدينار."]


def test_a_quoted_statement_stays_in_its_reporting_sentence() -> None:
    raw = 'وقال المتحدث في بيان: "نفذنا عملية نوعية. وسنواصل ضرب أهدافنا". وأضاف أن الهجوم أسفر عن إصابات.'
    assert sentences(raw) == [
        'وقال المتحدث في بيان: "نفذنا عملية نوعية. وسنواصل ضرب أهدافنا".',
        "وأضاف أن الهجوم أسفر عن إصابات.",
    ]
    raw = "ووصف الهجوم بأنه «عمل إرهابي. لن يمر دون عقاب». وانتهى المؤتمر."
    assert sentences(raw)[0] == "ووصف الهجوم بأنه «عمل إرهابي. لن يمر دون عقاب»."


def test_numbered_list_items() -> None:
    raw = "وتضمن الاتفاق البنود التالية:\n1. وقف إطلاق النار فوراً.\n2. تبادل الأسرى خلال أسبوع."
    assert sentences(raw) == [
        "وتضمن الاتفاق البنود التالية:",
        "1. وقف إطلاق النار فوراً.",
        "2. تبادل الأسرى خلال أسبوع.",
    ]


def test_clauses_split_at_arabic_comma_and_semicolon_outside_quotes() -> None:
    raw = "أصيب سبعة أشخاص، بينهم خمسة عسكريين؛ وقال مسؤول «إن الوضع، حتى الآن، تحت السيطرة»."
    doc = segment(clean(Document(id="x", raw=raw)))
    (sentence,) = doc.sentences
    assert [raw[c.start : c.end] for c in sentence.clauses] == [
        "أصيب سبعة أشخاص",
        "بينهم خمسة عسكريين",
        "وقال مسؤول «إن الوضع، حتى الآن، تحت السيطرة».",
    ]


@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("وبغداد", ["وبغداد", "بغداد", "غداد"]),
        ("بالعراق", ["بالعراق", "العراق", "عراق"]),
        ("للتحالف", ["للتحالف", "لتحالف", "تحالف"]),
        ("وبابل", ["وبابل", "بابل", "ابل"]),
        ("فالقوات", ["فالقوات", "القوات", "قوات"]),
        ("غزة", ["غزة"]),
        ("بعد", ["بعد"]),
    ],
)
def test_clitic_stems(word: str, stems: list[str]) -> None:
    assert [word[i:] for i in stem_offsets(word)] == stems


def test_tokens_carry_raw_spans_and_stems() -> None:
    raw = "وصل الوفد إلى بغداد وبابل."
    doc = segment(clean(Document(id="x", raw=raw)))
    words = [raw[t.span.start : t.span.end] for t in doc.tokens]
    assert words == ["وصل", "الوفد", "إلى", "بغداد", "وبابل"]
    babil = doc.tokens[-1]
    assert [raw[s : babil.span.end] for s in token_stems(raw, babil)] == ["وبابل", "بابل", "ابل"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["text", "html"]))
def test_every_span_maps_back_to_raw(raw: str, fmt: str) -> None:
    doc = extract(Document(id="p", raw=raw, format=fmt))
    n = len(raw)
    body = doc.body.text if doc.body is not None else ""
    assert doc.body is not None
    assert len(doc.body.starts) == len(body) == len(doc.body.ends)
    for i, ch in enumerate(body):
        a, b = doc.body.starts[i], doc.body.ends[i]
        assert 0 <= a <= b <= n
        if fmt == "text" and ch != "\n":
            assert raw[a] == ch  # text pages: the body is raw characters, unchanged
    for sentence in doc.sentences:
        assert 0 <= sentence.span.start < sentence.span.end <= n
        for clause in sentence.clauses:
            assert sentence.span.start <= clause.start <= clause.end <= sentence.span.end
    for token in doc.tokens:
        assert 0 <= token.span.start < token.span.end <= n
        assert all(token.span.start <= s < token.span.end for s in token_stems(raw, token))
        if fmt == "text":
            assert raw[token.span.start : token.span.end] in body


# letters, marks inside words, digits with their separators, punctuation and spaces: never "_"
_SPLIT_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    + "\u064b\u064e\u0650\u0651\u0652\u0670\u0640"
    + "0123456789٠١٢٣٤٥٦٧٨٩"
    + '.,٫٬،؛:!?؟«»"()- \n\u200f'
    + "abcXYZ"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SPLIT_ALPHABET, max_size=80))
def test_splits_of_text_without_underscore_are_the_exact_splits(text: str) -> None:
    """The one-class word splits used for text with no "_" split as the exact patterns do."""
    from rasd import names
    from rasd import segment as segment_module

    assert segment_module._WORD_SPLIT_NO_UNDERSCORE.split(text) == segment_module._WORD_SPLIT.split(text)
    assert names._TOKEN_SPLIT_NO_UNDERSCORE.split(text) == names._TOKEN_SPLIT.split(text)
