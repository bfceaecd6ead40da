"""Inputs: files, folders, JSON lines and stdin, decoded to text with clear per-input errors.

Arabic sites still serve windows-1256 and ISO-8859-6, and exports arrive as
UTF-16; every input is decoded explicitly (BOM, declared charset, strict UTF-8,
the Arabic single-byte code pages, then charset-normalizer) and the encoding
used is recorded. A bad input raises InputError; readers yield it in place of
the record so a batch goes on.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from charset_normalizer import from_bytes

from rasd.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
RECORD_SUFFIXES = {".jsonl", ".ndjson"}

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx/epub?)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip file",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
# Latin accented letters that windows-1256 places where ISO-8859-6 has Arabic letters.
_CP1256_LATIN = re.compile("[àâçèéêëîïôùûü]")
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read: its text, what kind of text it is, and what the feed said of it."""

    id: str
    text: str
    format: str  # "text" or "html"
    encoding: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = None


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding name). Raise InputError when it cannot be text."""
    if not data.strip():
        raise InputError(source, "empty input", "the file has no text")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, name, source), name
    guess16 = _utf16_without_bom(data)
    if guess16:
        return _strict(data, guess16, source), guess16
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary file: this is {what}, not an article", "convert it to text or HTML first")
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file: it contains NUL bytes", "only text and HTML pages can be read")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared or _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    arabic = _arabic_single_byte(data)
    if arabic:
        return arabic
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "cannot tell the text encoding", "save the file as UTF-8")
    return str(best), best.encoding


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"invalid {encoding} at byte {exc.start}", "the file is damaged or truncated") from exc
    if not text.strip():
        raise InputError(source, "empty input", "the file has no text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte for ASCII; Arabic has 0x06 there."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def hi_share(part: bytes) -> float:
        return sum(1 for b in part if b in (0x00, 0x06, 0x20)) / max(1, len(part))

    if hi_share(odd) > 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if hi_share(even) > 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _arabic_single_byte(data: bytes) -> tuple[str, str] | None:
    """Choose between windows-1256 and ISO-8859-6 by which one reads as Arabic."""
    candidates: list[tuple[float, str, str]] = []
    for name in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        arabic = len(_ARABIC.findall(text))
        latin = len(_CP1256_LATIN.findall(text))
        letters = sum(1 for ch in text if ch.isalpha()) or 1
        if arabic / letters < 0.3:
            continue
        candidates.append(((arabic - 5 * latin) / letters, name, text))
    if not candidates:
        return None
    _, name, text = max(candidates)
    return text, {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}[name]


def sniff_format(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    markup = head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<p>" in head
    return "html" if markup else "text"


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Read one .txt/.html file as a record whose id is the file stem."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                source,
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                "split it, or raise the limit with --max-bytes",
                record_id=path.stem,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}", record_id=path.stem) from exc
    try:
        text, encoding = decode(data, source)
    except InputError as exc:
        raise InputError(exc.source, exc.problem, exc.hint, record_id=path.stem) from exc
    fmt = TEXT_SUFFIXES.get(path.suffix.lower()) or sniff_format(text)
    return Record(path.stem, text, fmt, encoding)


def parse_record(obj: object, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """A JSON-lines record: {"id", "text" | "html", "published"?, "url"?, "outlet"?}."""
    if not isinstance(obj, dict):
        raise InputError(source, "a JSON-lines record must be an object", 'write {"id": ..., "text": ...}')
    rid = obj.get("id")
    if not isinstance(rid, (str, int)) or str(rid) == "":
        raise InputError(source, 'record has no "id"', "give every record a unique id")
    rid = str(rid)
    where = f"{source} (id {rid})"
    if isinstance(obj.get("html"), str):
        text, fmt = obj["html"], "html"
    elif isinstance(obj.get("text"), str):
        text, fmt = obj["text"], "text"
    else:
        raise InputError(where, 'record has neither "text" nor "html" as a string', record_id=rid)
    if not text.strip():
        raise InputError(where, "empty input", "the record's text is empty", record_id=rid)
    if len(text.encode("utf-8")) > max_bytes:
        raise InputError(
            where, f"text is over the {max_bytes:,}-byte limit", "raise it with --max-bytes", record_id=rid
        )
    published = None
    if obj.get("published") not in (None, ""):
        raw_date = str(obj["published"])
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError as exc:
            raise InputError(
                where, f'"published" is {raw_date!r}, not an ISO date', "write YYYY-MM-DD", record_id=rid
            ) from exc
    return Record(rid, text, fmt, "utf-8", published, _optional_str(obj.get("url")), _optional_str(obj.get("outlet")))


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def read_json_lines(stream: IO[str], source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record | InputError]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "one JSON object per line")
            continue
        try:
            yield parse_record(obj, where, max_bytes)
        except InputError as exc:
            yield exc


def iter_inputs(
    paths: Iterable[str], stdin: IO[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Record | InputError]:
    """Every record under `paths` ("-" is JSON lines on stdin); folders are walked in sorted order."""
    for raw_path in paths:
        if raw_path == "-":
            if stdin is None:
                yield InputError("-", "no standard input to read")
                continue
            yield from read_json_lines(stdin, "<stdin>", max_bytes)
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            for file in files:
                yield from _read_path(file, max_bytes)
        elif path.exists():
            yield from _read_path(path, max_bytes)
        else:
            yield InputError(raw_path, "no such file or folder")


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES or path.suffix.lower() in RECORD_SUFFIXES


def _read_path(path: Path, max_bytes: int) -> Iterator[Record | InputError]:
    if path.suffix.lower() in RECORD_SUFFIXES:
        try:
            with path.open(encoding="utf-8-sig") as handle:
                yield from read_json_lines(handle, str(path), max_bytes)
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(str(path), f"cannot read JSON lines: {exc}", "JSON lines must be UTF-8")
        return
    try:
        yield read_file(path, max_bytes)
    except InputError as exc:
        yield exc
