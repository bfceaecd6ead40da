"""A statistical Arabic name tagger: a linear-chain CRF (python-crfsuite) over clitic-aware word features.

`tag(words)` returns one BIO label per word over PER, ORG and LOC; `spans(words)` the names as
(start, end, type) token ranges. The model (data/tagger.crfsuite) is trained by
scripts/train_tagger.py on ANERcorp and the Wojood sample; docs/tagger.md says how and how well.

Features of a word are computed once per distinct word string (cached) from its folded form
(`rasd.normalise.fold_text`): the word, its stem once the proclitics و ف ب ل ك and the article ال are
stripped, prefixes and suffixes, its shape, cue words from data/tagger_cues.yaml (titles, place and
organisation words) and membership in the names rasd already knows (actors and gazetteers). A word
also carries its neighbours' stems, words, shapes, cues and name memberships, two words either side.
"""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

import pycrfsuite

from rasd import actors as _actors
from rasd import gazetteer
from rasd.errors import DataFileError, RasdError
from rasd.normalise import fold_text
from rasd.resources import check_text, data_path, expect_list, read_yaml

TYPES = ("PER", "ORG", "LOC")
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))
MODEL_NAME = "tagger.crfsuite"
CUES_NAME = "tagger_cues.yaml"
_CUE_SECTIONS = {"person_titles": "PER", "place_cues": "LOC", "org_cues": "ORG"}
_MIN_STEM = 3
_NEIGHBOURS = (-2, -1, 1, 2)
_REBUILD = "rebuild it with: python3 scripts/train_tagger.py (needs ../shared/datasets; see docs/tagger.md)"


class TaggerModelError(RasdError):
    """The tagger's model file is missing or unreadable."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}; {_REBUILD}")


# ---------------------------------------------------------------- words


def strip_proclitics(folded: str) -> tuple[str, str]:
    """(proclitics, stem) of a folded word: [و|ف] [ب|ل|ك] [ال], or لل for ل + ال; a stem keeps 3+ letters.

    "والرييس" -> ("وال", "رييس"), "للاتحاد" -> ("لل", "اتحاد"), "بغداد" -> ("ب", "غداد"). The cut is
    greedy; cue words and known names go through the same function, so they meet the text halfway.
    """
    n = len(folded)
    i = 0
    if n - 1 >= _MIN_STEM and folded[0] in "وف":
        i = 1
    if n - i - 1 >= _MIN_STEM and folded[i] in "بلك":
        if folded.startswith("لل", i) and n - i - 2 >= _MIN_STEM:
            return folded[: i + 2], folded[i + 2 :]
        i += 1
    if folded.startswith("ال", i) and n - i - 2 >= _MIN_STEM:
        i += 2
    return folded[:i], folded[i:]


def stem(word: str) -> str:
    """The folded stem of a word as the features see it."""
    return strip_proclitics(fold_text(word))[1]


def _shape(folded: str) -> str:
    if not folded:
        return "empty"
    if folded.isdigit():
        return "digits"
    if any(c.isdigit() for c in folded):
        return "has_digit"
    if all(unicodedata.category(c)[0] in "PS" for c in folded):
        return "punct"
    if all(c.isascii() for c in folded):
        return "latin" if any(c.isalpha() for c in folded) else "other"
    if all("\u0621" <= c <= "\u064a" for c in folded):
        return "arabic"
    return "mixed"


# ---------------------------------------------------------------- lexicons


def load_cues(path: Path) -> dict[str, str]:
    """Stem -> PER/LOC/ORG from a cue file (default data/tagger_cues.yaml); DataFileError at file:line."""
    name = str(path)
    doc = read_yaml(path)
    if not isinstance(doc, dict):
        raise DataFileError(name, 1, "top level must be a mapping")
    out: dict[str, str] = {}
    first: dict[str, int] = {}
    for key, words in doc.items():
        kind = _CUE_SECTIONS.get(key.value)
        if kind is None:
            raise DataFileError(name, key.line, f"unknown section {key.value!r}; use {', '.join(_CUE_SECTIONS)}")
        for word in expect_list(words, name, key.line, str(key.value)):
            text = check_text(str(word.value), name, word.line)
            if " " in text:
                raise DataFileError(name, word.line, f"{text!r}: a cue is one word")
            folded = fold_text(text)
            if folded in first:
                raise DataFileError(name, word.line, f"{text!r} is listed twice (first on line {first[folded]})")
            first[folded] = word.line
            key_stem = strip_proclitics(folded)[1]
            if out.get(key_stem, kind) != kind:
                raise DataFileError(name, word.line, f"{text!r} is a cue for both {out[key_stem]} and {kind}")
            out[key_stem] = kind
    return out


@cache
def cues() -> dict[str, str]:
    """The shipped cue words, loaded once."""
    return load_cues(data_path(CUES_NAME))


@cache
def known_names() -> dict[str, frozenset[str]]:
    """Folded word stems of the names rasd knows, by type and position.

    Keys are "PER-B" (first word of a person's name), "PER-I" (a later word), and the same for ORG
    and LOC; a word of a one-word name is also in "PER-U" etc. Actors give PER and ORG (GPE actors
    are LOC; NORP is left out); facilities, regions and, when present, `gazetteer.places()` give LOC.
    Names that begin with a person title are left out: offices ("وزير الخارجية العراقي") are not
    names, and a titled spelling ("الشيخ حكمت الهجري") has its bare form listed too.
    """
    titles = {s for s, kind in cues().items() if kind == "PER"}
    found: dict[str, set[str]] = {f"{t}-{p}": set() for t in TYPES for p in "BIU"}
    sources: list[tuple[str, tuple[str, ...]]] = []
    actor_types = {"PER": "PER", "ORG": "ORG", "GPE": "LOC"}
    for actor in _actors.actors():
        if actor.type in actor_types:
            sources.append((actor_types[actor.type], actor.names))
    places = getattr(gazetteer, "places", None)
    place_lists: list[Iterable[object]] = [gazetteer.facilities(), gazetteer.regions()]
    if callable(places):
        place_lists.append(places())
    for entries in place_lists:
        sources.extend(("LOC", tuple(getattr(entry, "names", ()))) for entry in entries)
    for kind, names in sources:
        for name in names:
            words = [strip_proclitics(w)[1] for w in fold_text(name).split()]
            if not words or words[0] in titles:
                continue  # an office, or a titled spelling whose bare form is listed too
            found[f"{kind}-B"].add(words[0])
            found[f"{kind}-I"].update(words[1:])
            if len(words) == 1:
                found[f"{kind}-U"].add(words[0])
    return {key: frozenset(value) for key, value in found.items()}


@cache
def _membership() -> dict[str, tuple[str, ...]]:
    """Stem -> the known_names keys it belongs to."""
    out: dict[str, list[str]] = {}
    for key, stems in sorted(known_names().items()):
        for s in stems:
            out.setdefault(s, []).append(key)
    return {s: tuple(keys) for s, keys in out.items()}


# ---------------------------------------------------------------- features


_A = TypeVar("_A", str, bytes)


class _Word(NamedTuple, Generic[_A]):
    """What features() needs of one word string, computed once per string."""

    own: tuple[_A, ...]
    around: tuple[tuple[_A, ...], ...]  # the word as seen from offsets -2, -1, +1, +2 of another word


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> _Word[str]:
    folded = fold_text(word)
    clitics, st = strip_proclitics(folded)
    shape = _shape(folded)
    cue = cues().get(st)
    known = _membership().get(st, ())
    article = clitics.endswith(("ال", "لل"))
    own = ["bias", f"w={folded}", f"s={st}", f"cl={clitics}", f"sh={shape}", f"len={min(len(st), 8)}"]
    if article:
        own.append("al")
    for k in (1, 2, 3):
        if len(folded) > k:
            own.append(f"p{k}={folded[:k]}")
            own.append(f"x{k}={folded[-k:]}")
    for k in (2, 3):
        if len(st) > k:
            own.append(f"sp{k}={st[:k]}")
    if len(folded) > 4:
        own.append(f"x4={folded[-4:]}")
    if len(st) > 3:
        padded = f"<{st}>"
        own.extend(dict.fromkeys(f"c3={padded[j : j + 3]}" for j in range(len(padded) - 2)))
    if cue:
        own.append(f"cue={cue}")
    own.extend(f"g={key}" for key in known)
    seen = [f"s={st}", f"w={folded}", f"sh={shape}", f"x2={folded[-2:]}"]
    if article:
        seen.append("al")
    if cue:
        seen.append(f"cue={cue}")
    seen.extend(f"g={key}" for key in known)
    return _Word(
        own=tuple(own),
        around=tuple(tuple(f"{d:+d}{f}" for f in seen) for d in _NEIGHBOURS),
    )


def features(words: Sequence[str]) -> list[list[str]]:
    """CRFsuite attribute strings for each word of a sentence: its own features and its neighbours'."""
    return _assemble([_word(w) for w in words], ("BOS",), ("EOS",))


def _assemble(cached: Sequence[_Word[_A]], bos: tuple[_A, ...], eos: tuple[_A, ...]) -> list[list[_A]]:
    """Each word's own features followed by its neighbours' (as `features` gives them)."""
    n = len(cached)
    out: list[list[_A]] = []
    for i, word in enumerate(cached):
        f = list(word.own)
        # around[k] is the word as seen from offset _NEIGHBOURS[k]: 0 for -2, 1 for -1, 2 for +1, 3 for +2
        if i >= 2:
            f.extend(cached[i - 2].around[0])
        if i >= 1:
            f.extend(cached[i - 1].around[1])
        else:
            f.extend(bos)
        if i + 1 < n:
            f.extend(cached[i + 1].around[2])
        else:
            f.extend(eos)
        if i + 2 < n:
            f.extend(cached[i + 2].around[3])
        out.append(f)
    return out


# ---------------------------------------------------------------- tagging


class _Model:
    """An open CRFsuite model, and the words' features as it takes them.

    CRFsuite skips every attribute string its model has no weight for, after converting it to
    bytes and looking it up. Here each word's features are kept in the model's vocabulary and
    encoded once per word string (one shared bytes object per attribute), so a sentence hands
    CRFsuite only what it uses: the labels are the same as for `features(words)`, sooner.
    """

    _CACHE = 1 << 16

    def __init__(self, tagger: pycrfsuite.Tagger, attributes: frozenset[str] | None) -> None:
        self.tagger = tagger
        # None: the vocabulary is unknown, and every feature is passed on
        self._encoded = None if attributes is None else {a: a.encode() for a in attributes}
        self.bos = self._keep(("BOS",))
        self.eos = self._keep(("EOS",))
        self._words: dict[str, _Word[bytes]] = {}

    def _keep(self, names: Iterable[str]) -> tuple[bytes, ...]:
        encoded = self._encoded
        if encoded is None:
            return tuple(a.encode() for a in names)
        if "" in encoded:  # b"" is falsy: the quick filter below would drop it
            return tuple(b for a in names if (b := encoded.get(a)) is not None)
        return tuple(filter(None, map(encoded.get, names)))

    def word(self, word: str) -> _Word[bytes]:
        found = self._words.get(word)
        if found is None:
            if len(self._words) >= self._CACHE:
                self._words.clear()
            plain = _word.__wrapped__(word)  # this cache stands for _word's: no need to fill both
            found = _Word(self._keep(plain.own), tuple(self._keep(a) for a in plain.around))
            self._words[word] = found
        return found

    def tag(self, words: Sequence[str]) -> list[str]:
        labels: list[str] = self.tagger.tag(_assemble([self.word(w) for w in words], self.bos, self.eos))
        return labels


def model_attributes(path: Path) -> frozenset[str] | None:
    """The attribute strings a CRFsuite model file has weights for (None if the file is not laid out
    as CRFsuite 0.12 writes it: a 48-byte header, then the attribute dictionary as a CQDB chunk
    whose backward array gives each attribute's record: id, key size, key, NUL)."""
    try:
        data = path.read_bytes()
        magic, _, kind, _, _, _, count, _, _, base = struct.unpack_from("<4sI4s7I", data, 0)
        chunk, _, _, _, size, backward = struct.unpack_from("<4s5I", data, base)
        if magic != b"lCRF" or kind != b"FOMC" or chunk != b"CQDB" or size != count:
            return None
        out: list[str] = []
        for i, offset in enumerate(struct.unpack_from(f"<{count}I", data, base + backward)):
            ident, length = struct.unpack_from("<2I", data, base + offset)
            start = base + offset + 8
            if ident != i or data[start + length - 1] != 0:
                return None
            out.append(data[start : start + length - 1].decode("utf-8"))
    except (OSError, struct.error, IndexError, UnicodeDecodeError):
        return None
    return frozenset(out)


def _model(path: Path) -> _Model:
    try:
        stat = path.stat()
    except OSError:
        raise TaggerModelError(path, "the tagger model file is missing") from None
    return _open_model(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _open_model(path: Path, mtime_ns: int, size: int) -> _Model:
    """One open tagger per model file version (a retrained file is opened anew)."""
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:
        raise TaggerModelError(path, f"not a CRFsuite model ({exc})") from exc
    return _Model(tagger, model_attributes(path))


@cache
def model_path() -> Path:
    """Where the shipped model lives."""
    return data_path(MODEL_NAME)


def tag(words: Sequence[str], model: Path | None = None) -> list[str]:
    """BIO labels (O, B-PER, I-PER, B-ORG, ...) for `words`, with the shipped model unless `model` is given.

    The same labels as CRFsuite gives for `features(words)`. Not thread-safe: a CRFsuite tagger is
    shared per model file.
    """
    if not words:
        return []
    return _model(Path(model) if model is not None else model_path()).tag(words)


def label_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) of each name in BIO labels; an I- that does not continue a name starts one."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate(labels):
        prefix, _, label_type = label.partition("-")
        if prefix == "I" and kind == label_type:
            continue
        if kind:
            out.append((start, i, kind))
        start, kind = (i, label_type) if prefix in ("B", "I") and label_type else (-1, "")
    if kind:
        out.append((start, len(labels), kind))
    return out


def spans(words: Sequence[str], model: Path | None = None) -> list[tuple[int, int, str]]:
    """The names in `words` as (start, end exclusive, type) token ranges, type PER, ORG or LOC."""
    return label_spans(tag(words, model))


__all__ = [
    "LABELS",
    "TYPES",
    "TaggerModelError",
    "cues",
    "features",
    "known_names",
    "label_spans",
    "load_cues",
    "model_path",
    "spans",
    "stem",
    "strip_proclitics",
    "tag",
]
