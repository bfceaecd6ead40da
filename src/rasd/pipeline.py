"""The pipeline: each stage is a plain function Document -> Document, applied in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from rasd.clean import clean
from rasd.document import Document
from rasd.errors import InputError
from rasd.events import tag_events
from rasd.names import tag_names
from rasd.read import Record
from rasd.segment import segment
from rasd.timex import tag_times

Stage = Callable[[Document], Document]
STAGES: tuple[Stage, ...] = (clean, segment, tag_times, tag_names, tag_events)


def document_from_record(record: Record) -> Document:
    return Document(
        id=record.id,
        raw=record.text,
        format=record.format,
        url=record.url,
        outlet=record.outlet,
        encoding=record.encoding,
        published_given=record.published,
    )


def extract(doc: Document, stages: Iterable[Stage] = STAGES) -> Document:
    """Run every stage over one document."""
    for stage in stages:
        doc = stage(doc)
    return doc


def extract_record(record: Record) -> Document:
    return extract(document_from_record(record))


def extract_all(items: Iterable[Record | InputError]) -> Iterator[Document | InputError]:
    """Extract a batch; input errors pass through in place so the caller can report them in order."""
    for item in items:
        yield item if isinstance(item, InputError) else extract_record(item)
