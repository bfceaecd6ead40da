"""The output contract (SCHEMA.md): one JSON object per article, and a table for people."""

from __future__ import annotations

from typing import Any

from rasd.document import Document
from rasd.errors import InputError


def to_record(doc: Document) -> dict[str, Any]:
    """The SCHEMA.md shape; spans are half-open offsets into the input text."""
    body = doc.body.text if doc.body is not None else ""
    return {
        "id": doc.id,
        "format": doc.format,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "outlet": doc.outlet,
        "encoding": doc.encoding,
        "body": body,
        "sentences": [{"start": s.span.start, "end": s.span.end} for s in doc.sentences],
        "entities": list(doc.entities),
        "events": list(doc.events),
        "times": list(doc.times),
    }


def error_record(error: InputError) -> dict[str, Any]:
    return {
        "id": error.record_id,
        "source": error.source,
        "error": error.problem + (f" ({error.hint})" if error.hint else ""),
    }


def table_row(doc: Document) -> str:
    """One block of readable text per article."""
    body = doc.body.text if doc.body is not None else ""
    lines = [
        f"── {doc.id}  [{doc.format}, {doc.encoding or '?'}]",
        f"   title:     {doc.title or '—'}",
        f"   published: {doc.published.isoformat() if doc.published else 'unknown'}",
        f"   body:      {len(body.splitlines())} paragraphs, {len(doc.sentences)} sentences, "
        f"{len(doc.tokens)} words; {len(doc.boilerplate)} furniture lines dropped",
        f"   found:     {len(doc.entities)} entities, {len(doc.times)} time expressions, {len(doc.events)} events",
    ]
    first = body.split("\n", 1)[0]
    if first:
        lines.append(f"   lead:      {first[:160]}{'…' if len(first) > 160 else ''}")
    lines.extend(_event_line(e) for e in doc.events)
    return "\n".join(lines)


def _event_line(event: dict[str, Any]) -> str:
    """ "ASSAULT Air/drone strike 2024-01-23 الأنبار (IQ) | USA military → IRQ armed_group | asserted, official"."""

    def who(actor: dict[str, Any] | None) -> str:
        return "?" if actor is None else f"{actor['country'] or '—'} {actor['role']}"

    kind = f"{event['plover']} {event['acled'][1]}" if event["acled"] else event["plover"]
    where = ", ".join(f"{loc['text']} ({loc['country']})" for loc in event["locations"]) or "no place"
    toll = [f"{n} {label}" for n, label in ((event["fatalities"], "killed"), (event["injuries"], "injured")) if n]
    return (
        f"   event:     {kind} {event['date'] or '?'} {where} | {who(event['actor1'])} → {who(event['actor2'])}"
        f" | {event['modality']}, {event['source']['kind']}" + (f" | {', '.join(toll)}" if toll else "")
    )
