from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.read import decode, iter_inputs, read_file

ARTICLE = "قُتل ثلاثة مدنيين وأصيب خمسة آخرون، اليوم الأحد، بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("cp1256"), "windows-1256"),
        (ARTICLE.encode("iso8859_6", errors="ignore"), "iso-8859-6"),
    ],
)
def test_decodes_common_arabic_encodings(data: bytes, encoding: str) -> None:
    text, used = decode(data, "a.txt")
    assert used == encoding
    assert "ثلاثة مدنيين" in text


def test_iso_8859_6_text_is_not_read_as_cp1256() -> None:
    # ISO-8859-6 has no shadda-free gap: decode must pick it over windows-1256 when both succeed.
    text = "استهدفت غارة جوية مقرا للفصائل في دير الزور"
    assert decode(text.encode("iso8859_6"), "x")[0] == text


def test_cp1256_with_latin_in_it() -> None:
    text = "وقالت وكالة AFP إن الغارة وقعت فجر اليوم"
    assert decode(text.encode("cp1256"), "x") == (text, "windows-1256")


def test_declared_charset_in_html_is_used() -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><p>مرحبا بكم في الخبر</p></body></html>'
    text, used = decode(page.encode("cp1256"), "p.html")
    assert used == "cp1256"
    assert "مرحبا بكم" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"  \n\t ", "empty input"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary file: this is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file: this is a PNG image"),
        (b"abc\x00\x01\x02\xff\xfe\x00garbage" * 3, "binary file: it contains NUL bytes"),
    ],
)
def test_bad_bytes_raise_clear_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "bad.txt")


def test_size_limit_names_the_option(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path, max_bytes=1000)
    assert err.value.record_id == "big"
    assert "over the 1,000-byte limit" in str(err.value)
    assert "--max-bytes" in str(err.value)


def test_folder_is_walked_in_order_and_bad_files_do_not_stop_it(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.html").write_bytes(b"<html><body><p>" + ARTICLE.encode("cp1256") + b"</p></body></html>")
    (tmp_path / "b" / "d.txt").write_bytes(b"")
    (tmp_path / "e.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    assert [getattr(i, "id", None) or i.record_id for i in items] == ["a", "c", "d", "e"]  # type: ignore[union-attr]
    assert isinstance(items[2], InputError)
    assert [getattr(i, "format", None) for i in items] == ["text", "html", None, "text"]
    assert [getattr(i, "encoding", None) for i in items] == ["utf-8", "windows-1256", None, "utf-16"]


def test_json_lines_records_and_errors() -> None:
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE, "published": "2024-03-10", "outlet": "سانا", "url": "https://x/1"}),
        "{not json",
        json.dumps({"id": "r3"}),
        json.dumps({"id": "r4", "html": "<p>" + ARTICLE + "</p>", "published": "10/03/2024"}),
        json.dumps({"id": 5, "html": "<p>" + ARTICLE + "</p>"}),
        "",
    ]
    items = list(iter_inputs(["-"], io.StringIO("\n".join(lines))))
    assert len(items) == 5
    first = items[0]
    assert not isinstance(first, InputError)
    assert (first.id, first.published, first.outlet, first.format) == ("r1", date(2024, 3, 10), "سانا", "text")
    assert isinstance(items[1], InputError) and "<stdin>:2" in str(items[1])
    assert isinstance(items[2], InputError) and 'neither "text" nor "html"' in str(items[2])
    assert isinstance(items[3], InputError) and "not an ISO date" in str(items[3])
    assert items[3].record_id == "r4"
    assert not isinstance(items[4], InputError) and items[4].id == "5" and items[4].format == "html"


def test_missing_path() -> None:
    (item,) = iter_inputs(["/nonexistent/article.txt"])
    assert isinstance(item, InputError)
    assert "no such file or folder" in str(item)
