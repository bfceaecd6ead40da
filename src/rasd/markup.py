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
from collections.abc import Iterator
from dataclasses import dataclass, field
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


@dataclass(slots=True)
class PageMeta:
    """What the page says of itself in markup."""

    title: str | None = None
    h1: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    json_ld: list[Any] = field(default_factory=list)
    time_datetimes: list[str] = field(default_factory=list)


def _attributes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) or ""
        if value[:1] in "\"'":
            value = value[1:-1]
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


def _describe(tag: str, attrs: dict[str, str]) -> str:
    classes = ".".join(attrs.get("class", "").split())
    ident = attrs.get("id", "")
    return tag + (f".{classes}" if classes else "") + (f"#{ident}" if ident else "")


class _Builder:
    """Accumulates characters of the current block with their raw offsets, folding whitespace."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.space_pending = False

    def add(self, raw: str, start: int, end: int) -> None:
        pos = start
        for m in _ENTITY.finditer(raw, start, end):
            self._plain(raw, pos, m.start())
            decoded = html.unescape(m.group())
            for ch in decoded:
                self._char(ch, m.start(), m.end())
            pos = m.end()
        self._plain(raw, pos, end)

    def _plain(self, raw: str, start: int, end: int) -> None:
        """As `_char` for each of raw[start:end], a run of non-space characters at a time."""
        pos = start
        for m in _NON_SPACE.finditer(raw, start, end):
            a, b = m.span()
            if a > pos and self.chars:
                self.space_pending = True
            if self.space_pending:
                self.chars.append(" ")
                self.starts.append(self.ends[-1])
                self.ends.append(a)
                self.space_pending = False
            self.chars.extend(raw[a:b])
            self.starts.extend(range(a, b))
            self.ends.extend(range(a + 1, b + 1))
            pos = b
        if end > pos and self.chars:
            self.space_pending = True

    def _char(self, ch: str, start: int, end: int) -> None:
        if ch.isspace():
            if self.chars:
                self.space_pending = True
            return
        if self.space_pending:
            self.chars.append(" ")
            self.starts.append(self.ends[-1])
            self.ends.append(start)
            self.space_pending = False
        self.chars.append(ch)
        self.starts.append(start)
        self.ends.append(end)

    def take(self) -> TextView | None:
        if not self.chars:
            return None
        view = TextView("".join(self.chars), self.starts, self.ends)
        self.chars, self.starts, self.ends, self.space_pending = [], [], [], False
        return view


def _tokens(raw: str) -> Iterator[tuple[str, int, int, re.Match[str] | None]]:
    """("text"|"tag"|"other", start, end, match) over the page, skipping raw-text element bodies."""
    pos = 0
    n = len(raw)
    while pos < n:
        m = _TOKEN.search(raw, pos)
        if m is None:
            yield "text", pos, n, None
            return
        if m.start() > pos:
            yield "text", pos, m.start(), None
        if m.group("tag"):
            yield "tag", m.start(), m.end(), m
            tag = m.group("tag").lower()
            if not m.group("close") and tag in _RAW_TEXT and not m.group("self"):
                close = re.compile(rf"</{tag}\s*>", re.I).search(raw, m.end())
                body_end = close.start() if close else n
                yield "rawtext", m.end(), body_end, m
                pos = close.end() if close else n
                continue
        pos = m.end()


def parse_html(raw: str) -> tuple[list[Block], PageMeta]:
    """Text blocks of the page in document order, and its metadata."""
    blocks: list[Block] = []
    meta = PageMeta()
    stack: list[tuple[str, str]] = []  # (tag, description)
    builder = _Builder()
    current_tag = "body"
    title_parts: list[str] = []
    in_title = False
    h1_open: _Builder | None = None

    def flush() -> None:
        view = builder.take()
        if view is not None:
            blocks.append(Block(view, current_tag, tuple(d for _, d in stack)))

    for kind, start, end, m in _tokens(raw):
        if kind == "text":
            if in_title:
                title_parts.append(html.unescape(raw[start:end]))
                continue
            if not any(t == "head" for t, _ in stack):
                builder.add(raw, start, end)
                if h1_open is not None:
                    h1_open.add(raw, start, end)
            continue
        if kind == "rawtext":
            assert m is not None
            tag_attrs = _attributes(m.group("attrs"))
            if m.group("tag").lower() == "script" and "ld+json" in tag_attrs.get("type", "").lower():
                with contextlib.suppress(json.JSONDecodeError):
                    meta.json_ld.append(json.loads(raw[start:end]))
            continue
        if kind != "tag":
            continue
        assert m is not None
        tag = m.group("tag").lower()
        closing = bool(m.group("close"))
        attrs = {} if closing else _attributes(m.group("attrs"))
        if tag == "title" and not any(t in ("svg",) for t, _ in stack):
            in_title = not closing
            continue
        if tag == "meta" and not closing:
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            if key and "content" in attrs:
                meta.meta.setdefault(key.lower(), attrs["content"])
            continue
        if tag == "time" and not closing and attrs.get("datetime"):
            meta.time_datetimes.append(attrs["datetime"])
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
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == tag:
                    del stack[i:]
                    break
            current_tag = stack[-1][0] if stack else "body"
            continue
        if tag in _VOID or m.group("self"):
            continue
        if tag == "body":  # an unclosed <head> ends where the body starts
            stack[:] = [entry for entry in stack if entry[0] != "head"]
        if tag in _CLOSES_P and stack and stack[-1][0] == "p":
            stack.pop()
        if tag == "li" and stack and stack[-1][0] == "li":
            stack.pop()
        stack.append((tag, _describe(tag, attrs)))
        if tag in BLOCK_TAGS:
            current_tag = tag
    flush()
    if title_parts:
        meta.title = " ".join("".join(title_parts).split()) or None
    return blocks, meta
