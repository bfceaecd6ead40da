"""HTML read with offsets: text blocks whose every character maps back into the raw page.

This is not a general HTML parser; it tokenises tags leniently (truncated
pages, unclosed elements) and keeps, for each block of text, the element path
it sits in and the raw offsets of each character, so that body text chosen by
the extractor can be traced to the exact bytes of the page.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from rasd.document import TextView

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<![^>]*(?:>|\Z)"
    r"|<\?[^>]*(?:>|\Z)"
    r"""|<(?P<close>/?)(?P<tag>[A-Za-z][A-Za-z0-9:-]*)(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*?)(?P<self>/?)(?:>|\Z)""",
    re.S,
)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_NON_SPACE = re.compile(r"\S+")  # \s is exactly str.isspace
_SPACE_TO_FOLD = re.compile(r"\s\s|[^\S ]")  # whitespace that is not a single space
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_RAW_TEXT = {"script", "style", "textarea", "noscript", "template", "svg", "iframe"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
    "head",
    "html",
    "label",
    "button",
    "select",
    "option",
}
_CLOSES_P = BLOCK_TAGS - {"br", "hr"}


@dataclass(frozen=True, slots=True, eq=False)
class Block:
    """A run of text between block boundaries; `path` lists the open elements as tag.class#id."""

    view: TextView
    tag: str
    path: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimeStamp:
    """A <time datetime> of the page (or an element's itemprop date): its value, its own tag.class#id and itemprop,
    and the elements around it."""

    datetime: str
    itemprop: str
    path: tuple[str, ...]
    attribute: bool = False  # given by an <abbr title> or a data-* attribute: used after every <time>


@dataclass(slots=True)
class PageMeta:
    """What the page says of itself in markup."""

    title: str | None = None
    h1: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    json_ld: list[Any] = field(default_factory=list)
    times: list[TimeStamp] = field(default_factory=list)


def _attributes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) or ""
        if value[:1] in "\"'":
            value = value[1:-1]
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


# A date an element carries in an attribute and not in its text: a microformat's <abbr class="published"
# title="2025-08-12T17:05:00+03:00">, or a data attribute a site's script turns into "منذ يومين"
# (data-date="2025-08-12", data-timestamp="1755007500"). An update's attribute is not the publication.
_STAMP_CLASS = re.compile(r"published|pubdate|date|time|dtstart", re.I)
_STAMP_DATA = re.compile(r"data-(?:[\w-]*(?:publish|pubdate|post-?date|created)[\w-]*|date(?:time)?|time(?:stamp)?)$")


def _attribute_stamp(tag: str, attrs: dict[str, str]) -> str | None:
    if tag == "abbr" and attrs.get("title") and _STAMP_CLASS.search(attrs.get("class", "")):
        return attrs["title"]
    return next(
        (v for k, v in attrs.items() if v and _STAMP_DATA.match(k) and "modif" not in k and "updat" not in k), None
    )


def _describe(tag: str, attrs: dict[str, str]) -> str:
    classes = ".".join(attrs.get("class", "").split())
    ident = attrs.get("id", "")
    return tag + (f".{classes}" if classes else "") + (f"#{ident}" if ident else "")


def _letter_and_figure(a: str, b: str) -> bool:
    """Whether one of two characters is a letter and the other a figure."""
    return (a.isalpha() and b.isdigit()) or (a.isdigit() and b.isalpha())


class _Builder:
    """Accumulates the text of the current block with its raw offsets, folding whitespace.

    Text and offsets are kept as pieces (a run of text, a range of offsets) and joined when the block
    is taken: a character at a time costs an object per character.
    """

    def __init__(self) -> None:
        self.text: list[str] = []
        self.starts: list[Sequence[int]] = []
        self.ends: list[Sequence[int]] = []
        self.last_end = 0  # the raw end of the last character
        self.space_pending = False

    def add(self, raw: str, start: int, end: int) -> None:
        if self.text and not self.space_pending and start < end and _letter_and_figure(self.text[-1][-1], raw[start]):
            # two elements' texts with no space between ("<span>الثلاثاء</span><span>12 مايو 2024</span>"):
            # a word never runs from letters into figures or back, so the seam is a space
            self.space_pending = True
        pos = start
        for m in _ENTITY.finditer(raw, start, end):
            self._plain(raw, pos, m.start())
            decoded = html.unescape(m.group())
            for ch in decoded:
                self._char(ch, m.start(), m.end())
            pos = m.end()
        self._plain(raw, pos, end)

    def _space(self, before: int) -> None:
        """The one space that stands for whitespace between the last character and one at `before`."""
        self.text.append(" ")
        self.starts.append((self.last_end,))
        self.ends.append((before,))
        self.space_pending = False

    def _plain(self, raw: str, start: int, end: int) -> None:
        """As `_char` for each of raw[start:end], a run of non-space characters at a time."""
        part = raw[start:end]
        inner = part.strip()
        if inner and not _SPACE_TO_FOLD.search(inner):
            # words apart by single spaces, as in most text: a space between two characters maps to
            # its own offset, so the stripped text is one piece that maps to raw one to one
            a = end - len(part.lstrip())
            if self.space_pending or (a > start and self.text):
                self._space(a)
            self.text.append(inner)
            self.starts.append(range(a, a + len(inner)))
            self.ends.append(range(a + 1, a + len(inner) + 1))
            self.last_end = a + len(inner)
            if self.last_end < end:
                self.space_pending = True
            return
        pos = start
        for m in _NON_SPACE.finditer(raw, start, end):
            a, b = m.span()
            if self.space_pending or (a > pos and self.text):
                self._space(a)
            self.text.append(m.group())
            self.starts.append(range(a, b))
            self.ends.append(range(a + 1, b + 1))
            self.last_end = pos = b
        if end > pos and self.text:
            self.space_pending = True

    def _char(self, ch: str, start: int, end: int) -> None:
        if ch.isspace():
            if self.text:
                self.space_pending = True
            return
        if self.space_pending:
            self._space(start)
        self.text.append(ch)
        self.starts.append((start,))
        self.ends.append((end,))
        self.last_end = end

    def take(self) -> TextView | None:
        if not self.text:
            return None
        view = TextView(
            "".join(self.text), list(chain.from_iterable(self.starts)), list(chain.from_iterable(self.ends))
        )
        self.text, self.starts, self.ends, self.space_pending = [], [], [], False
        return view


_RAW_TEXT_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _RAW_TEXT}


def parse_html(raw: str) -> tuple[list[Block], PageMeta]:
    """Text blocks of the page in document order, and its metadata.

    One pass over the page's tokens (text, tags; comments, doctypes and processing instructions are
    skipped, and so is the body of a raw-text element such as a script, up to its closing tag).
    """
    blocks: list[Block] = []
    meta = PageMeta()
    tags: list[str] = []  # the open elements, outermost first
    descriptions: list[str] = []  # and each one's tag.class#id
    builder = _Builder()
    current_tag = "body"
    title_parts: list[str] = []
    in_title = False
    h1_open: _Builder | None = None

    def flush() -> None:
        view = builder.take()
        if view is not None:
            blocks.append(Block(view, current_tag, tuple(descriptions)))

    def text(start: int, end: int) -> None:
        if in_title:
            title_parts.append(html.unescape(raw[start:end]))
        elif "head" not in tags:
            builder.add(raw, start, end)
            if h1_open is not None:
                h1_open.add(raw, start, end)

    pos = 0
    n = len(raw)
    while pos < n:
        m = _TOKEN.search(raw, pos)
        if m is None:
            text(pos, n)
            break
        if m.start() > pos:
            text(pos, m.start())
        pos = m.end()
        name = m.group("tag")
        if not name:
            continue  # a comment, doctype or processing instruction
        tag = name.lower()
        closing = bool(m.group("close"))
        self_closing = bool(m.group("self"))
        attrs = {} if closing else _attributes(m.group("attrs"))
        if tag == "title" and "svg" not in tags:
            in_title = not closing
        elif tag == "meta" and not closing:
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            if key and "content" in attrs:
                meta.meta.setdefault(key.lower(), attrs["content"])
        else:
            # a <time datetime>, or any element that gives a date as its itemprop's value ('<span
            # itemprop="datePublished" content="2024-05-12">منذ يومين</span>')
            stamp = attrs.get("datetime") if tag == "time" else None
            if not stamp and attrs.get("itemprop", "").lower().startswith("date"):
                stamp = attrs.get("content") or attrs.get("datetime")
            attribute = False
            if not stamp and not closing:
                stamp = _attribute_stamp(tag, attrs)
                attribute = stamp is not None
            if stamp and not closing:
                own = _describe(tag, attrs)
                meta.times.append(TimeStamp(stamp, attrs.get("itemprop", ""), (*descriptions, own), attribute))
            if tag == "link" and not closing and "canonical" in attrs.get("rel", "").lower() and attrs.get("href"):
                meta.meta.setdefault("canonical", attrs["href"])
            if tag in BLOCK_TAGS:
                flush()
            if tag == "h1":
                if not closing:
                    h1_open = _Builder()
                elif h1_open is not None:
                    view = h1_open.take()
                    if view is not None and meta.h1 is None:
                        meta.h1 = view.text
                    h1_open = None
            if closing:
                for i in range(len(tags) - 1, -1, -1):
                    if tags[i] == tag:
                        del tags[i:], descriptions[i:]
                        break
                current_tag = tags[-1] if tags else "body"
            elif tag not in _VOID and not self_closing:
                if tag == "body" and "head" in tags:  # an unclosed <head> ends where the body starts
                    kept = [i for i, t in enumerate(tags) if t != "head"]
                    tags[:] = [tags[i] for i in kept]
                    descriptions[:] = [descriptions[i] for i in kept]
                if tag in _CLOSES_P and tags and tags[-1] == "p":
                    tags.pop()
                    descriptions.pop()
                if tag == "li" and tags and tags[-1] == "li":
                    tags.pop()
                    descriptions.pop()
                tags.append(tag)
                descriptions.append(_describe(tag, attrs))
                if tag in BLOCK_TAGS:
                    current_tag = tag
        if not closing and not self_closing and tag in _RAW_TEXT:
            close = _RAW_TEXT_END[tag].search(raw, pos)
            body_end = close.start() if close else n
            if tag == "script" and "ld+json" in attrs.get("type", "").lower():
                with contextlib.suppress(json.JSONDecodeError):
                    meta.json_ld.append(json.loads(raw[pos:body_end]))
            pos = close.end() if close else n
    flush()
    if title_parts:
        meta.title = " ".join("".join(title_parts).split()) or None
    return blocks, meta
