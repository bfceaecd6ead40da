"""The document model: raw text that is never changed, and half-open spans into it.

A stage never edits text. Derived texts (the cleaned body, the folded form used
for matching) are `TextView`s: a string plus, for every character, the raw
offsets it came from, so any span found in a view maps back to `raw` exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from rasd.names import Mention


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A half-open character range [start, end) into `Document.raw`."""

    start: int
    end: int

    # Written out rather than generated: a frozen dataclass's own __init__ sets each field through
    # object.__setattr__ and then calls __post_init__, about twice the cost of setting the slots directly, and
    # some 250 spans are made per article. Frozen all the same: assigning a field still raises.
    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        _set_start(self, start)
        _set_end(self, end)

    def text(self, raw: str) -> str:
        return raw[self.start : self.end]


# the slots' own setters (member descriptors), which a frozen class's __setattr__ does not stand in front of
_set_start: Callable[[Span, int], None] = vars(Span)["start"].__set__
_set_end: Callable[[Span, int], None] = vars(Span)["end"].__set__


@dataclass(frozen=True, slots=True, eq=False)
class TextView:
    """A text derived from raw: `starts[i]`/`ends[i]` are the raw range of `text[i]`.

    A character that stands for nothing in raw (a joining newline) has
    start == end, placed where it was inserted.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    @classmethod
    def identity(cls, raw: str, start: int = 0, end: int | None = None) -> TextView:
        end = len(raw) if end is None else end
        return cls(raw[start:end], range(start, end), range(start + 1, end + 1))

    @classmethod
    def join(cls, pieces: Sequence[TextView], separator: str = "\n") -> TextView:
        """Concatenate views; each separator char maps to the empty range after the previous piece."""
        if not separator:
            return cls(
                "".join(p.text for p in pieces),
                list(chain.from_iterable(p.starts for p in pieces)),
                list(chain.from_iterable(p.ends for p in pieces)),
            )
        starts: list[Sequence[int]] = []
        ends: list[Sequence[int]] = []
        anchor = 0  # the end of the last character so far
        for i, piece in enumerate(pieces):
            if i:
                starts.append((anchor,) * len(separator))
                ends.append((anchor,) * len(separator))
            starts.append(piece.starts)
            ends.append(piece.ends)
            if piece.ends:
                anchor = piece.ends[-1]
        return cls(
            separator.join(p.text for p in pieces), list(chain.from_iterable(starts)), list(chain.from_iterable(ends))
        )

    def to_raw(self, start: int, end: int) -> Span:
        """Map the view range [start, end) to the raw span that covers it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range [{start}, {end}) is outside a view of length {len(self.text)}")
        if start == end:
            anchor = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.text else 0)
            return Span(anchor, anchor)
        return Span(self.starts[start], max(self.ends[end - 1], self.starts[start]))


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    clauses: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the body, as a span into raw (see `segment.token_stems` for its clitic-free starts)."""

    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class Tokens(Sequence[Token]):
    """The words of a body, stored as two offset columns; a `Token` is made when one is asked for."""

    starts: Sequence[int] = ()
    ends: Sequence[int] = ()

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return [Token(Span(a, b)) for a, b in zip(self.starts[index], self.ends[index], strict=True)]
        return Token(Span(self.starts[index], self.ends[index]))


@dataclass(frozen=True, slots=True)
class Document:
    """One article on its way through the pipeline; each stage returns a new one."""

    id: str
    raw: str
    format: str = "text"  # "text" or "html"
    url: str | None = None
    outlet: str | None = None
    encoding: str | None = None
    published_given: date | None = None
    # filled by clean
    title: str | None = None
    title_span: Span | None = None
    published: date | None = None
    published_span: Span | None = None
    body: TextView | None = None
    boilerplate: tuple[Span, ...] = ()
    # filled by segment
    sentences: tuple[Sentence, ...] = ()
    tokens: Tokens = field(default_factory=Tokens)
    # filled by later stages
    mentions: tuple[Mention, ...] = ()  # every name occurrence (rasd.names); entities lists them once
    entities: tuple[dict[str, Any], ...] = ()
    times: tuple[dict[str, Any], ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = field(default=())
