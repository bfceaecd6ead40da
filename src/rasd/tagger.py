"""A statistical Arabic name tagger: a linear-chain CRF (python-crfsuite) over clitic-aware word features.

`tag(words)` returns one BIO label per word over PER, ORG and LOC; `spans(words)` the names as
(start, end, type) token ranges. The model (data/tagger.crfsuite) is trained by
scripts/train_tagger.py on ANERcorp and the Wojood sample; docs/tagger.md says how and how well.

Features of a word are computed once per distinct word string (cached) from its folded form
(`rasd.normalise.fold_text`): the word, its stem once the proclitics و ف ب ل ك and the article ال are
stripped, prefixes and suffixes, its shape, cue words from data/tagger_cues.yaml (titles, place and
organisation words), membership in the names rasd already knows (actors and gazetteers) and what
the word lexicon (data/tagger_lexicon.tsv.gz) says of it: frequency, article ratio, name lists and
signs of a common word. A word also carries its neighbours' stems, words, shapes, cues, name
memberships and lexicon flags, two words either side, and what its other occurrences in the document
(the sentences tagged together) show: a title or a given name beside one of them tells that a word
seen alone is the same name (`document_features`).
"""

from __future__ import annotations

import gzip
import struct
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import accumulate, compress
from pathlib import Path
from typing import NamedTuple

import numpy as np
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
LEXICON_NAME = "tagger_lexicon.tsv.gz"
# given name, family name, person name, place name; takes many or some attached pronouns; has a nisba
# adjective (scripts/build_tagger_lexicon.py says from which sources)
LEXICON_FLAGS = "GFNLOSsY"
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


class LexiconEntry(NamedTuple):
    """What the lexicon says of one folded word form."""

    zipf: int  # 10 x the Zipf frequency in general Arabic text (wordfreq); 0: below the file's floor
    flags: str  # letters of LEXICON_FLAGS


_NO_ENTRY = LexiconEntry(0, "")


class Lexicon:
    """The word lexicon: folded form -> LexiconEntry, held as a sorted array of the forms' hashes.

    A dict of 200,000 Arabic strings would take some 25 MB; the hashes (Python's own, of this process,
    64 bits) and a 16-bit entry number per form take 10 bytes a form. Two forms sharing a hash is left
    to chance (about one in 10^9 for the shipped file).
    """

    def __init__(self, hashes: np.ndarray, codes: np.ndarray, entries: Sequence[LexiconEntry]) -> None:
        order = np.argsort(hashes, kind="stable")
        self._hashes = hashes[order]
        self._codes = codes[order]
        self._entries = tuple(entries)
        # the lowest frequency of a listed form: a missing one, or one listed with zipf 0, is rarer
        self.floor = min((e.zipf for e in self._entries if e.zipf), default=0)

    def __len__(self) -> int:
        return len(self._hashes)

    def __getstate__(self) -> None:
        # str hashes differ from process to process: another process must load the file itself
        raise TypeError("a Lexicon holds this process's string hashes; call tagger.lexicon() in each process")

    def has_repeats(self) -> bool:
        return bool(np.any(self._hashes[1:] == self._hashes[:-1]))

    def get(self, form: str) -> LexiconEntry:
        """The entry of a folded form (zipf 0 and no flags if it is not listed)."""
        key = hash(form)
        i = int(np.searchsorted(self._hashes, key))
        if i < len(self._hashes) and self._hashes[i] == key:
            return self._entries[int(self._codes[i])]
        return _NO_ENTRY


def load_lexicon(path: Path) -> Lexicon:
    """The lexicon in a gzipped file of `zipf<TAB>flags<TAB>form form ...` lines; DataFileError at file:line.

    One line per (frequency, flags) pair, its forms sorted and separated by spaces, so that loading is
    a split and a hash per form, all in C (about 0.1 s for 200,000 forms).
    """
    name = str(path)
    hashes: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    entries: list[LexiconEntry] = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3 or not parts[0].isdigit() or not parts[2]:
                    raise DataFileError(name, number, "expected zipf<TAB>flags<TAB>form form ...")
                if parts[1].strip(LEXICON_FLAGS):
                    raise DataFileError(name, number, f"unknown flags {parts[1]!r}; use {LEXICON_FLAGS}")
                forms = parts[2].split(" ")
                hashes.append(np.fromiter(map(hash, forms), dtype=np.int64, count=len(forms)))
                codes.append(np.full(len(forms), len(entries), dtype=np.uint16))
                entries.append(LexiconEntry(int(parts[0]), parts[1]))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DataFileError(name, 0, f"unreadable ({exc})") from exc
    if len(entries) > np.iinfo(np.uint16).max:
        raise DataFileError(name, 0, "more than 65,535 (zipf, flags) lines")
    empty = np.zeros(0, dtype=np.int64)
    lex = Lexicon(np.concatenate([empty, *hashes]), np.concatenate([empty.astype(np.uint16), *codes]), entries)
    if lex.has_repeats():
        number, form = _repeated(path)
        raise DataFileError(name, number, f"{form!r} is listed twice")
    return lex


def _repeated(path: Path) -> tuple[int, str]:
    """(line, form): the first form that a lexicon file lists a second time (for the error message)."""
    seen: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.startswith("#"):
                for form in line.rstrip("\n").split("\t")[2].split(" "):
                    if form in seen:
                        return number, form
                    seen.add(form)
    return 0, ""  # two forms with one hash: not expected in practice


@cache
def lexicon() -> Lexicon:
    """The shipped word lexicon (data/tagger_lexicon.tsv.gz), loaded once."""
    return load_lexicon(data_path(LEXICON_NAME))


def _lexical(folded: str, clitics: str, st: str) -> tuple[list[str], list[str]]:
    """Lexicon features of a word (own, and as its neighbours see it).

    The base is the word without its article (with what precedes it) or, failing that, without a
    conjunction و/ف when the rest is the commoner form. A common noun or adjective is often written
    with the article; a person's or place's name seldom is: "ar" bins how much commoner "ال" + base
    is than the base alone (a form the lexicon lacks counts as its floor). "z" bins the word's own
    frequency (0: rarer than the floor); "lx" flags the lists that hold the base or the stem.
    """
    lex = lexicon()
    floor = lex.floor
    entry = lex.get(folded)
    if clitics.endswith(("ال", "لل")):
        base = st
    elif folded[:1] in ("و", "ف") and len(folded) > 3 and lex.get(folded[1:]).zipf > entry.zipf:
        base = folded[1:]
    else:
        base = folded
    found = lex.get(base)
    with_al = lex.get("ال" + base)
    if found.zipf or with_al.zipf:
        ratio = f"ar={max(-4, min(4, round((max(with_al.zipf, floor) - max(found.zipf, floor)) / 10)))}"
    else:
        ratio = "ar=none"
    flags = set(found.flags) | set(lex.get(st).flags)
    lx = [f"lx={f}" for f in LEXICON_FLAGS if f in flags]
    own = [f"z={entry.zipf // 10}", ratio, *lx]
    return own, [ratio, *lx]


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


class _Echo(NamedTuple):
    """What one occurrence of a word string tells the document's other occurrences of it (see
    `document_features`)."""

    is_word: bool  # a letter or digit in it (punctuation tokens are stepped over)
    key: str  # the stem that links its occurrences ("" for a word that is not linked: not Arabic, short, common)
    mark: tuple[str, ...]  # what the occurrence shows of itself: "al", the article
    as_previous: tuple[str, ...]  # what it tells of the word after it: a title (pcue=PER), a given name (pG) ...
    as_next: tuple[str, ...]  # what it tells of the word before it: a family name after it (nF) ...


class _Word(NamedTuple):
    """What features() needs of one word string, computed once per string."""

    own: tuple[str, ...]
    around: tuple[tuple[str, ...], ...]  # the word as seen from offsets -2, -1, +1, +2 of another word
    echo: _Echo


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> _Word:
    folded = fold_text(word)
    clitics, st = strip_proclitics(folded)
    shape = _shape(folded)
    cue = cues().get(st)
    known = _membership().get(st, ())
    article = clitics.endswith(("ال", "لل"))
    lex_own, lex_seen = _lexical(folded, clitics, st) if shape == "arabic" else ([], [])
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
    own.extend(lex_own)
    seen = [f"s={st}", f"w={folded}", f"sh={shape}", f"x2={folded[-2:]}"]
    if article:
        seen.append("al")
    if cue:
        seen.append(f"cue={cue}")
    seen.extend(f"g={key}" for key in known)
    seen.extend(lex_seen)
    return _Word(
        own=tuple(own),
        around=tuple(tuple(f"{d:+d}{f}" for f in seen) for d in _NEIGHBOURS),
        echo=_echo(word, folded, st, cue, known, lex_seen, article) if shape == "arabic" else _echo_of_other(word, cue),
    )


def _echo(
    word: str, folded: str, st: str, cue: str | None, known: tuple[str, ...], lex: list[str], article: bool
) -> _Echo:
    """An Arabic word's echo: `known` its name-list memberships (known_names keys), `lex` its lexicon features.

    Only words rarer than Zipf 5.5 are linked to their other occurrences: commoner ones are seldom
    names, and folding makes some of them one with a name (على and the name علي both fold to علي). The
    commonest words (Zipf 6.5 and up: على، في، إن) tell nothing of their neighbours but as cue words:
    their entries in the name lists are homographs.
    """
    lexicon_ = lexicon()
    zipf = max(lexicon_.get(folded).zipf, lexicon_.get(st).zipf)
    signs = set(known) | {f.removeprefix("lx=") for f in lex if f.startswith("lx=")} if zipf < _TELLS_BELOW else set()
    key = st if len(st) >= _MIN_STEM and zipf < _LINKED_BELOW else ""
    # the signs as document features ("d:" + sign) are named once here
    as_previous = [f"d:pcue={cue}"] if cue else []
    if signs & {"G", "PER-B"}:
        as_previous.append("d:pG")  # a given name before: this word is a surname there
    if signs & {"N", "PER-B", "PER-I"}:
        as_previous.append("d:pN")
    if signs & {"L", "LOC-B", "LOC-U"}:
        as_previous.append("d:pL")
    as_next = ["d:nF"] if signs & {"F", "N", "PER-I"} else []  # a family name after: this word is a first name
    if cue:
        as_next.append(f"d:ncue={cue}")
    return _Echo(
        is_word=True,
        key=key,
        mark=("d:al",) if article else (),
        as_previous=tuple(as_previous),
        as_next=tuple(as_next),
    )


def features(words: Sequence[str]) -> list[list[str]]:
    """CRFsuite attribute strings for each word of a sentence (a document of one sentence): its own
    features, its neighbours' and what its other occurrences in the sentence tell."""
    return features_of_document([words])[0]


def features_of_document(sentences: Sequence[Sequence[str]], context: int | None = None) -> list[list[list[str]]]:
    """`features` of each sentence of a document, with what each word's other occurrences in the
    document tell (`document_features`). With `context`, a sentence's document is the `context`
    sentences either side of it (for corpora that mark no article boundaries)."""
    cached = [[_word(w) for w in words] for words in sentences]
    echoes = [[w.echo for w in words] for words in cached]
    if context is None:
        linked = _document(echoes)
    else:
        linked = [_document(echoes[max(0, k - context) : k + context + 1])[min(k, context)] for k in range(len(echoes))]
    return [
        [f + list(d) for f, d in zip(_assemble(words, ("BOS",), ("EOS",)), extra, strict=True)]
        for words, extra in zip(cached, linked, strict=True)
    ]


def document_features(sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, ...]]]:
    """For each word of each sentence, what the word's other occurrences in the document tell of it.

    A name is often given in full once and then by one of its words ("فؤاد حسين" ... "وقال حسين"),
    and the first mention is where a title or a given name stands beside it. So each Arabic word
    (linked to its other occurrences by its stem) gets "d:n=1..3", how many other occurrences there
    are, and "d:" + each sign seen beside at least one of them: a title or other cue word before it
    (pcue=PER, pcue=LOC, pcue=ORG) or after it (ncue=...), a given name (pG), a person's name (pN) or
    a place name (pL) right before it, a family name right after it (nF), the article on it (al),
    first in its sentence (first). Punctuation is stepped over.
    """
    return _document([[_word(w).echo for w in words] for words in sentences])


def _document(sentences: Sequence[Sequence[_Echo]]) -> list[list[tuple[str, ...]]]:
    out: list[list[tuple[str, ...]]] = [[()] * len(echoes) for echoes in sentences]
    for s, i, told in _linked(sentences, [[e.key for e in echoes] for echoes in sentences]):
        out[s][i] = told
    return out


def _linked(
    sentences: Sequence[Sequence[_Echo]], keys: Sequence[Sequence[str]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(sentence, word, document features) of the words that occur more than once (`document_features`);
    `keys` are the echoes' keys, sentence by sentence."""
    counts = Counter([key for words in keys for key in words])
    repeated = {key for key, n in counts.items() if n > 1 and key}
    if not repeated:
        return []
    by_key: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
    for s, echoes in enumerate(sentences):
        if repeated.isdisjoint(keys[s]):
            continue
        words = [i for i, e in enumerate(echoes) if e.is_word]
        last = len(words) - 1
        # only the repeated words are visited, picked out in C
        for k in compress(range(len(words)), map(repeated.__contains__, [echoes[i].key for i in words])):
            i = words[k]
            seen = (
                echoes[i].mark
                + (echoes[words[k - 1]].as_previous if k else _FIRST)
                + (echoes[words[k + 1]].as_next if k < last else ())
            )
            by_key.setdefault(echoes[i].key, []).append((s, i, seen))
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for key, occurrences in by_key.items():
        total: dict[str, int] = {}
        for _, _, seen in occurrences:
            for sign in seen:
                total[sign] = total.get(sign, 0) + 1
        signs = sorted(total.items())
        how_many = _HOW_MANY[min(counts[key] - 1, 3)]
        told: dict[tuple[str, ...], tuple[str, ...]] = {}  # an occurrence's signs -> what the others tell
        for s, i, seen in occurrences:
            features_told = told.get(seen)
            if features_told is None:
                # a sign counts when another occurrence shows it (an occurrence shows each sign once)
                features_told = told[seen] = (how_many, *(sign for sign, n in signs if n > (sign in seen)))
            out.append((s, i, features_told))
    return out


def _echo_of_other(word: str, cue: str | None) -> _Echo:
    """A word not written in Arabic letters (digits, Latin, punctuation): never linked, a cue at most."""
    cued = f"d:pcue={cue}" if cue else None
    return _Echo(
        is_word=any(c.isalnum() for c in word),
        key="",
        mark=(),
        as_previous=(cued,) if cued else (),
        as_next=(f"d:ncue={cue}",) if cue else (),
    )


_FIRST = ("d:first",)
# Zipf frequencies x 10 (the word with its clitics or without, whichever is commoner): see _echo
_LINKED_BELOW = 55
_TELLS_BELOW = 65
_HOW_MANY = ("", "d:n=1", "d:n=2", "d:n=3")


def _assemble(cached: Sequence[_Word], bos: tuple[str, ...], eos: tuple[str, ...]) -> list[list[str]]:
    """Each word's own features followed by its neighbours' (as `features` gives them)."""
    n = len(cached)
    out: list[list[str]] = []
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


class _Weights(NamedTuple):
    """A CRFsuite model's weights, read from its file."""

    labels: tuple[str, ...]
    attributes: dict[str, int]  # attribute string -> row of `state`
    state: np.ndarray  # (attributes, labels): the weight of each attribute for each label
    transitions: np.ndarray  # (labels, labels): [previous label, label]


_CQDB = struct.Struct("<4s5I")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])


def _cqdb_strings(data: bytes, base: int, count: int) -> list[str] | None:
    """The `count` strings of a CQDB chunk at `base`, by id (each record: id, key size, key, NUL)."""
    chunk, _, _, _, size, backward = _CQDB.unpack_from(data, base)
    if chunk != b"CQDB" or size != count:
        return None
    out: list[str] = []
    for i, offset in enumerate(struct.unpack_from(f"<{count}I", data, base + backward)):
        ident, length = struct.unpack_from("<2I", data, base + offset)
        start = base + offset + 8
        if ident != i or data[start + length - 1] != 0:
            return None
        out.append(data[start : start + length - 1].decode("utf-8"))
    return out


def model_weights(path: Path) -> _Weights | None:
    """The labels, attributes and weights of a CRFsuite model file, or None if the file is not laid out
    as CRFsuite 0.12 writes it: a 48-byte header (magic, size, type, version, #features, #labels,
    #attributes, then the offsets of the feature, label and attribute chunks); a FEAT chunk of
    (type, source, target, weight) records, type 0 an attribute's weight for a label, type 1 a
    transition; labels and attributes as CQDB chunks."""
    try:
        data = path.read_bytes()
        header = struct.unpack_from("<4sI4s9I", data, 0)
        magic, _, kind, _, _, n_labels, n_attributes, at_features, at_labels, at_attributes = header[:10]
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        labels = _cqdb_strings(data, at_labels, n_labels)
        attributes = _cqdb_strings(data, at_attributes, n_attributes)
        chunk, _, count = struct.unpack_from("<4sII", data, at_features)
        if labels is None or attributes is None or chunk != b"FEAT":
            return None
        records = np.frombuffer(data, dtype=_FEATURE, count=count, offset=at_features + 12)
    except (OSError, struct.error, IndexError, UnicodeDecodeError, ValueError):
        return None
    state = np.zeros((n_attributes, n_labels))
    transitions = np.zeros((n_labels, n_labels))
    kept = records[records["type"] == 0]
    moves = records[records["type"] == 1]
    if len(kept) + len(moves) != count or (kept["source"] >= n_attributes).any() or (kept["target"] >= n_labels).any():
        return None
    if (moves["source"] >= n_labels).any() or (moves["target"] >= n_labels).any():
        return None
    state[kept["source"], kept["target"]] = kept["weight"]
    transitions[moves["source"], moves["target"]] = moves["weight"]
    return _Weights(tuple(labels), {a: i for i, a in enumerate(attributes)}, state, transitions)


def model_attributes(path: Path) -> frozenset[str] | None:
    """The attribute strings a CRFsuite model file has weights for (None if it cannot be read as one)."""
    weights = model_weights(path)
    return None if weights is None else frozenset(weights.attributes)


class _Model:
    """An open model: labels by Viterbi over label scores that are sums of per-word vectors.

    Every feature of a word position is a feature of one word seen from an offset (-2..+2, see
    `_word`), plus BOS/EOS. So a word string's weights can be summed once, per offset, into a
    (5, labels) block; a sentence's label scores are five shifted lookups, and all sentences of a
    document are decoded together. This gives the labels CRFsuite gives for `features(words)`
    (the same max-sum Viterbi, first label wins a tie) at a fraction of the cost of handing
    CRFsuite thousands of attribute strings. A file that cannot be read this way is tagged by
    CRFsuite itself, with every feature.
    """

    _CACHE = 1 << 16

    def __init__(self, tagger: pycrfsuite.Tagger, weights: _Weights | None) -> None:
        self.tagger = tagger
        self.weights = weights
        self._rows: dict[str, int] = {}  # word string -> row of _table
        self._echoes: list[_Echo] = []  # by row
        self._told: dict[tuple[str, ...], int] = {}  # document features -> row of _told_table: their summed weights
        self._told_table = np.zeros((0, 0))
        self._table = np.zeros((0, 5, 0))
        if weights is not None:
            self._table = np.zeros((1024, 5, len(weights.labels)))
            self._told_table = np.zeros((256, len(weights.labels)))
            self.bos = self._sum(("BOS",))
            self.eos = self._sum(("EOS",))
            self._into = np.ascontiguousarray(weights.transitions.T)

    def _sum(self, attributes: Iterable[str]) -> np.ndarray:
        assert self.weights is not None
        index = self.weights.attributes
        rows = [i for a in attributes if (i := index.get(a)) is not None]
        total: np.ndarray = self.weights.state[rows].sum(axis=0)
        return total

    def _row(self, word: str) -> int:
        row = self._rows.get(word)
        if row is None:
            row = len(self._rows)
            if row >= len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            plain = _word.__wrapped__(word)  # this table stands for _word's cache: no need to fill both
            block = self._table[row]
            block[0] = self._sum(plain.own)
            for k, seen in enumerate(plain.around, start=1):  # offsets -2, -1, +1, +2 as seen by another word
                block[k] = self._sum(seen)
            self._rows[word] = row
            self._echoes.append(plain.echo)
        return row

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The labels CRFsuite gives for `features_of_document(sentences)`."""
        return self._decode(sentences)[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """`tag_many`, then `spread_names`."""
        labels, keys = self._decode(sentences)
        return _spread(keys, labels, None)

    def _decode(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """(labels, linking keys) of each word."""
        if self.weights is None:
            every = features_of_document(sentences)
            keys = [[_word(w).echo.key for w in words] for words in sentences]
            return [list(self.tagger.tag(f)) if f else [] for f in every], keys
        lengths = [len(words) for words in sentences]
        live = [i for i, n in enumerate(lengths) if n]
        out: list[list[str]] = [[] for _ in sentences]
        keys = [[] for _ in sentences]
        if not live:
            return out, keys
        if len(self._rows) >= self._CACHE:  # start afresh rather than grow without bound (never mid-call)
            self._rows.clear()
            self._echoes.clear()
        known, add = self._rows.get, self._row  # a dict look-up for a word seen before, a call only for a new one
        by_sentence = [[row if (row := known(w)) is not None else add(w) for w in sentences[i]] for i in live]
        rows = [row for words in by_sentence for row in words]
        echoes = self._echoes
        echoed = [[echoes[row] for row in words] for words in by_sentence]
        linking = [[e.key for e in words] for words in echoed]
        told = self._document_scores(echoed, linking)
        labels = self.weights.labels
        for i, path, words in zip(live, self._viterbi(rows, [lengths[i] for i in live], told), linking, strict=True):
            out[i] = [labels[y] for y in path]
            keys[i] = words
        return out, keys

    def _document_scores(
        self, echoed: list[list[_Echo]], linking: list[list[str]]
    ) -> tuple[list[int], np.ndarray | None]:
        """(token positions, label scores) of the document features (`document_features`) that fire."""
        linked = _linked(echoed, linking)
        if not linked:
            return [], None
        first = list(accumulate((len(words) for words in echoed), initial=0))
        index = self._told
        ids: list[int] = []
        for _, _, told in linked:
            row = index.get(told)
            if row is None:
                row = index[told] = len(index)
                if row >= len(self._told_table):
                    self._told_table = np.concatenate([self._told_table, np.zeros_like(self._told_table)])
                self._told_table[row] = self._sum(told)
            ids.append(row)
        return [first[s] + i for s, i, _ in linked], self._told_table[ids]

    def _viterbi(
        self, rows: list[int], lengths: list[int], told: tuple[list[int], np.ndarray | None]
    ) -> list[list[int]]:
        blocks = self._table[rows]  # (tokens, 5, labels)
        n = len(rows)
        # each token's place in its sentence, from the start and from the end (whole-array steps, not an
        # arange per sentence)
        sizes = np.array(lengths)
        position = np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        remaining = np.repeat(sizes - 1, sizes) - position
        score = blocks[:, 0].copy()
        # the neighbours' blocks: k=1 is the word two before, 2 one before, 3 one after, 4 two after
        for k, shift in ((1, 2), (2, 1)):
            has = position[shift:] >= shift
            score[shift:][has] += blocks[: n - shift, k][has]
        for k, shift in ((3, 1), (4, 2)):
            has = remaining[: n - shift] >= shift
            score[: n - shift][has] += blocks[shift:, k][has]
        if told[1] is not None:
            score[told[0]] += told[1]
        score[position == 0] += self.bos
        score[remaining == 0] += self.eos
        # sentences side by side: step t decodes the t-th word of every sentence at once
        count, longest = len(lengths), max(lengths)
        by_step = np.zeros((longest, count, score.shape[1]))
        by_step[position, np.repeat(np.arange(count), lengths)] = score
        assert self.weights is not None
        moves = self.weights.transitions[:, None, :]  # [previous label, 1, label]
        best = np.empty_like(by_step)
        best[0] = by_step[0]
        candidates = np.empty((score.shape[1], count, score.shape[1]))  # [previous label, sentence, label]
        # at ~7 labels each numpy call's overhead is the cost: out= buffers, positional arguments, the
        # views made up front, a maximum over the outer axis (row against row), and only the two calls
        # each step needs to carry the scores forward
        add, most = np.add, np.maximum.reduce
        previous, rows_, emitted = list(best.transpose(0, 2, 1)[:, :, :, None]), list(best), list(by_step)
        for t in range(1, longest):
            add(previous[t - 1], moves, candidates)
            now = rows_[t]
            most(candidates, 0, out=now)
            add(now, emitted[t], now)
        # the back pointers of every step at once, from the same sums: [previous label, step, sentence, label],
        # the first of equal scores (as CRFsuite) along the outer axis
        back = np.zeros((longest, count, score.shape[1]), dtype=np.intp)
        if longest > 1:
            sums = best[:-1].transpose(2, 0, 1)[:, :, :, None] + self.weights.transitions[:, None, None, :]
            sums.argmax(axis=0, out=back[1:])
        last = best[np.array(lengths) - 1, np.arange(count)].argmax(axis=1).tolist()
        pointers = back.reshape(-1).tolist()  # flat: [t][s][y] is at (t * count + s) * labels + y
        width = score.shape[1]
        stride = count * width  # one step back in `pointers`
        paths: list[list[int]] = []
        for s, k in enumerate(lengths):
            y = last[s]
            path = [y] * k
            at = (k - 1) * stride + s * width
            for t in range(k - 2, -1, -1):
                y = path[t] = pointers[at + y]
                at -= stride
            paths.append(path)
        return paths


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
    return _Model(tagger, model_weights(path))


@cache
def model_path() -> Path:
    """Where the shipped model lives."""
    return data_path(MODEL_NAME)


def tag(words: Sequence[str], model: Path | None = None) -> list[str]:
    """BIO labels (O, B-PER, I-PER, B-ORG, ...) for `words`, with the shipped model unless `model` is given.

    The labels CRFsuite gives for `features(words)`, then `spread_names`. Not thread-safe: a model is
    shared per model file.
    """
    return tag_sentences([words], model)[0]


def tag_sentences(sentences: Sequence[Sequence[str]], model: Path | None = None) -> list[list[str]]:
    """`tag` for the sentences of one document, decoded together: the labels CRFsuite gives for
    `features_of_document(sentences)`, then `spread_names`."""
    return _model(Path(model) if model is not None else model_path()).tag_document(sentences)


def spread_names(
    sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], context: int | None = None
) -> list[list[str]]:
    """`labels` with a person's name carried to the document's other occurrences of it.

    A word left outside any name whose stem (`_Echo.key`: rarer words only) is, elsewhere in the
    document, a one-word name or the last word of a name, always of one type and that type PER,
    becomes a person's name: "B-PER", or "I-PER" right after a person's name ("وأكد سعيد" after
    "الرئيس التونسي قيس سعيد"). ORG is not carried: the last word of an organisation's name is
    mostly a common word ("المتحدة"، "الدولي"); nor is LOC: the places of news are in the gazetteer,
    and the words the model alone takes for places are mostly its errors, which carrying repeats
    (docs/tagger.md). With `context`, a sentence's document is the `context` sentences either side
    of it.
    """
    return _spread([[_word(w).echo.key for w in words] for words in sentences], labels, context)


def _spread(keys: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], context: int | None) -> list[list[str]]:
    named = [_last_words(k, labels_) for k, labels_ in zip(keys, labels, strict=True)]
    if not any(named):
        return [list(labels_) for labels_ in labels]
    whole = _merge(named) if context is None else {}
    out: list[list[str]] = []
    for s, (words, labels_) in enumerate(zip(keys, labels, strict=True)):
        found = whole if context is None else _merge(named[max(0, s - context) : s + context + 1])
        spread = list(labels_)
        # only the words whose key ends a name are visited, picked out in C ("" is never a key of `found`)
        for i in compress(range(len(words)), map(found.__contains__, words)):
            key = words[i]
            kinds = found.get(key) if key and spread[i] == "O" else None
            if kinds is not None and len(kinds) == 1 and (kind := next(iter(kinds))) in _SPREAD:
                spread[i] = ("I-" if i and spread[i - 1].endswith(kind) else "B-") + kind
        out.append(spread)
    return out


_SPREAD = ("PER",)


def _last_words(keys: Sequence[str], labels: Sequence[str]) -> dict[str, set[str]]:
    """Key -> the types of the names in one sentence that end with a word of that key."""
    found: dict[str, set[str]] = {}
    for _, end, kind in label_spans(labels):
        if keys[end - 1]:
            found.setdefault(keys[end - 1], set()).add(kind)
    return found


def _merge(found: Sequence[dict[str, set[str]]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for one in found:
        for key, kinds in one.items():
            out.setdefault(key, set()).update(kinds)
    return out


def label_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) of each name in BIO labels; an I- that does not continue a name starts one."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate(labels):
        if label == "O":  # most words: it ends any name open (the general case below, without the partition)
            if kind:
                out.append((start, i, kind))
                start, kind = -1, ""
            continue
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


def spans_of_sentences(
    sentences: Sequence[Sequence[str]], model: Path | None = None
) -> list[list[tuple[int, int, str]]]:
    """`spans` for each sentence, decoded together."""
    return [label_spans(labels) for labels in tag_sentences(sentences, model)]


__all__ = [
    "LABELS",
    "TYPES",
    "TaggerModelError",
    "cues",
    "document_features",
    "features",
    "features_of_document",
    "known_names",
    "label_spans",
    "load_cues",
    "model_path",
    "spans",
    "spans_of_sentences",
    "spread_names",
    "stem",
    "strip_proclitics",
    "tag",
    "tag_sentences",
]
