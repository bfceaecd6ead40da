"""The pipeline: each stage is a plain function Document -> Document, applied in order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from rasd.clean import clean
from rasd.document import Document
from rasd.errors import ExtractionError, InputError
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


def extract_all(items: Iterable[Record | InputError], jobs: int = 1) -> Iterator[Document | InputError]:
    """Extract a batch in input order; input errors pass through in place so the caller can report them, and an
    article a stage fails on becomes an `ExtractionError` in its place (the rest of the batch goes on).

    `jobs` > 1 extracts in that many worker processes (each article is independent: throughput grows with the
    cores); the items are read, and the results yielded, in this process, `jobs` * 8 at a time.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield from map(_extract_item, items)
        return
    # fork keeps the lexicons a caller already loaded; elsewhere each worker loads them once
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        pending = iter(items)
        while batch := list(islice(pending, jobs * 8)):
            yield from pool.map(_extract_item, batch, chunksize=1)


def _extract_item(item: Record | InputError) -> Document | InputError:
    if isinstance(item, InputError):
        return item
    try:
        return extract_record(item)
    except Exception as exc:  # one article a stage cannot handle must not stop the batch
        return ExtractionError(item.id, f"extraction failed: {type(exc).__name__}: {exc}", record_id=item.id)
