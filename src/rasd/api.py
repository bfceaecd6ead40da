"""The HTTP API over the event store: post articles, list and page through merged events, one event with
every report of it, the ACLED CSV, and a health check. `create_app` builds it; `rasd serve` runs it
with uvicorn. See docs/api.md.

Every database call goes through `rasd.store.Store` (SQLAlchemy, bound parameters) and runs in the
threadpool: the read endpoints are plain `def` functions, and `POST /articles` reads its body on the
event loop, then hands the ingest to a thread. Ingests of one app are serialised by a lock, because each
one ends with the store's rebuild of the merged events, which two at once would race.
"""

import base64
import binascii
import gzip
import hashlib
import io
import json
import math
import secrets
import threading
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, fields
from datetime import date
from typing import Annotated, Any

import anyio
import sqlalchemy as sa
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from rasd import __version__
from rasd.errors import InputError
from rasd.exports import write_acled_csv
from rasd.merge import Merged
from rasd.read import Record, decode
from rasd.store import EventDetail, Store, StoreError, content_hash, event_members, event_to_dict, open_store
from rasd.triggers import PLOVER
from rasd.web import marks, overview, page_files

DEFAULT_MAX_BODY_BYTES = 5_000_000
DEFAULT_MAX_PAGE = 500
# The page runs only its own files: no inline script or style, nothing from another origin, so text from
# an article that slipped past escaping still could not run.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
DEFAULT_PAGE = 50
_CURSOR_VERSION = 1
_RAW_TYPES = {"text/plain": "text", "text/html": "html"}

# ── validation ───────────────────────────────────────────────────────────────────────────────────────────


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date: write YYYY-MM-DD, e.g. 2024-03-12") from None


def _plover(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in PLOVER:
        raise ValueError(f"{value!r} is not a PLOVER type; one of {', '.join(PLOVER)}")
    return value.upper()


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """The box "min_lon,min_lat,max_lon,max_lat" as four finite numbers, each minimum at most its maximum."""
    try:
        parts = [float(v) for v in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or not all(math.isfinite(v) for v in parts):
        raise ValueError(f"{value!r}: write min_lon,min_lat,max_lon,max_lat as four numbers, e.g. 35.5,32.0,42.5,37.5")
    min_lon, min_lat, max_lon, max_lat = parts
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError(f"{value!r}: a minimum exceeds its maximum (min_lon,min_lat,max_lon,max_lat)")
    return min_lon, min_lat, max_lon, max_lat


def _bbox(value: str | None) -> str | None:
    if value is not None:
        parse_bbox(value)
    return value


IsoDate = Annotated[str | None, AfterValidator(_iso_date)]


# ── request and response bodies ──────────────────────────────────────────────────────────────────────────


class ArticleIn(BaseModel):
    """One article as JSON, the shape `rasd ingest -` reads per line; give exactly one of text and html."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "nahar-2024-03-12-bint-jbeil",
                    "text": "قُتل شخصان وأصيب ثلاثة آخرون، اليوم الثلاثاء، في غارة نفذتها مسيّرة إسرائيلية على "
                    "سيارة في بلدة بنت جبيل جنوبي لبنان.",
                    "published": "2024-03-12",
                    "url": "https://example.org/2024/03/12/bint-jbeil",
                    "outlet": "النهار",
                }
            ]
        },
    )

    id: str | None = Field(None, min_length=1, max_length=200, description="Your id for it; default: the article id.")
    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article as a web page (HTML).")
    published: IsoDate = Field(None, description="Publication date, YYYY-MM-DD; else the one found in the page.")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200, description="The outlet's name, e.g. النهار.")

    @model_validator(mode="after")
    def _one_text(self) -> "ArticleIn":
        if self.text is None and self.html is None:
            raise ValueError('give the article as "text" (plain text) or "html" (a web page)')
        if self.text is not None and self.html is not None:
            raise ValueError('give either "text" or "html", not both')
        if not (self.text or self.html or "").strip():
            raise ValueError("the article's text is empty")
        return self


class IngestOut(BaseModel):
    article_id: str = Field(description="SHA-256 (hex) of the article's text: the store's key for it.")
    new: bool = Field(description="False when the same text was already stored (nothing changed).")
    events: list[str] = Field(description="Ids of the merged events the article now reports, sorted.")


class EventOut(BaseModel):
    """A merged event (rasd.merge.Merged; docs/merging.md says how each field is chosen)."""

    id: str
    plover: str
    acled: list[str] | None = Field(description="[event_type, sub_event_type], or null when ACLED would not code it.")
    date: str | None
    date_precision: str | None
    location: dict[str, Any] | None
    actor1: dict[str, Any] | None
    actor2: dict[str, Any] | None
    modality: str
    fatalities: int | None
    injuries: int | None
    fatalities_range: list[int] | None
    injuries_range: list[int] | None
    outlets: list[str]
    sources: list[dict[str, Any]]
    first_seen: str | None
    last_seen: str | None
    members: list[tuple[str, int]] = Field(description="(article id, event index) of every report.")
    explanations: list[str]


class MarkOut(BaseModel):
    """A highlighted stretch evidence[start:end] of a report's evidence sentence."""

    kind: str = Field(description="trigger, actor1, actor2, place or date")
    start: int
    end: int
    value: str | None = Field(description="For a date expression, the day it resolves to (ISO).")


class MentionOut(BaseModel):
    """One article's report of the event."""

    article_id: str
    index: int
    source_id: str
    outlet: str | None
    url: str | None
    published: str | None
    title: str | None
    evidence: str = Field(description="The sentence that states the event, copied from the article's text.")
    start: int | None = Field(description="Offset of the evidence in the article's text (text[start:end]).")
    end: int | None
    source: dict[str, Any] | None
    modality: str | None
    fatalities: int | None
    injuries: int | None
    casualty_text: str
    reported: dict[str, Any] = Field(description="The event exactly as this article reported it.")
    marks: list[MarkOut] = Field(description="Where the trigger, actors, place and dates lie in the evidence.")


class EventDetailOut(EventOut):
    mentions: list[MentionOut]


class EventPage(BaseModel):
    events: list[EventOut]
    next: str | None = Field(description="Cursor of the next page (pass it as ?cursor=), or null on the last page.")


class HealthOut(BaseModel):
    status: str
    schema_version: int
    articles: int
    events: int


class ErrorOut(BaseModel):
    detail: str


# ── event filters and cursors ────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Filters:
    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    plover: str | None = None
    actor: str | None = None
    bbox: str | None = None

    def store_args(self) -> dict[str, Any]:
        """Keyword arguments of Store.events."""
        args: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        args["country"] = self.country.upper() if self.country else None
        args["bbox"] = parse_bbox(self.bbox) if self.bbox else None
        return args

    def digest(self) -> str:
        """Names this filter set inside a cursor, so a cursor cannot continue another listing."""
        canonical = json.dumps(self.store_args(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


async def event_filters(
    since: Annotated[IsoDate, Query(description="First day, YYYY-MM-DD (inclusive).")] = None,
    until: Annotated[IsoDate, Query(description="Last day, YYYY-MM-DD (inclusive).")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code of the place, e.g. SY.")
    ] = None,
    admin1: Annotated[
        str | None, Query(max_length=200, description="First-level region as the gazetteer names it, e.g. Idlib.")
    ] = None,
    plover: Annotated[
        str | None, Query(alias="type", description="PLOVER event type, e.g. ASSAULT."), AfterValidator(_plover)
    ] = None,
    actor: Annotated[
        str | None,
        Query(
            min_length=1, max_length=200, description="Part of an actor's text or canonical name (Arabic or English)."
        ),
    ] = None,
    bbox: Annotated[
        str | None,
        Query(description="min_lon,min_lat,max_lon,max_lat, e.g. 35.5,32.0,42.5,37.5."),
        AfterValidator(_bbox),
    ] = None,
) -> Filters:
    """The filters of `rasd events`, as query parameters (async: no I/O, so no trip to the threadpool)."""
    return Filters(since, until, country, admin1, plover, actor, bbox)


def encode_cursor(after_id: str, filters: Filters) -> str:
    payload = json.dumps({"v": _CURSOR_VERSION, "after": after_id, "q": filters.digest()}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, filters: Filters) -> str:
    """The event id a cursor continues after; a RequestValidationError when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        after, digest = payload["after"], payload["q"]
        if payload.get("v") != _CURSOR_VERSION or not isinstance(after, str) or not isinstance(digest, str):
            raise ValueError
    except (binascii.Error, UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise _invalid(
            ("query", "cursor"), "not a cursor of this API: pass the `next` of the previous page", cursor
        ) from None
    if not secrets.compare_digest(digest, filters.digest()):
        raise _invalid(
            ("query", "cursor"),
            "this cursor belongs to a listing with other filters: keep the filters of the first page",
            cursor,
        )
    return after


def _invalid(loc: tuple[str, ...], message: str, value: Any) -> RequestValidationError:
    """A 422 in the shape FastAPI gives its own validation errors."""
    return RequestValidationError([{"type": "value_error", "loc": loc, "msg": message, "input": value}])


def validation_error_json(error: Mapping[str, Any]) -> dict[str, Any]:
    """One validation error as FastAPI gives it (type, loc, msg, input, ctx), made plain: the message without
    pydantic's "Value error, " prefix, no exception objects in ctx, and no long or structured input echoed
    back (a posted article can be megabytes)."""
    out: dict[str, Any] = {
        "type": error.get("type"),
        "loc": list(error.get("loc") or ()),
        "msg": str(error.get("msg", "")).removeprefix("Value error, "),
    }
    given = error.get("input")
    if isinstance(given, str):
        out["input"] = given if len(given) <= 200 else given[:200] + "…"
    elif given is None or isinstance(given, int | float | bool):
        out["input"] = given
    ctx = {k: v for k, v in (error.get("ctx") or {}).items() if k != "error" and isinstance(v, str | int | float)}
    if ctx:
        out["ctx"] = ctx
    return out


# ── rows to JSON ─────────────────────────────────────────────────────────────────────────────────────────


def event_json(event: Merged) -> dict[str, Any]:
    """A merged event as EventOut data."""
    return {f.name: getattr(event, f.name) for f in fields(Merged)}


def event_detail_json(detail: EventDetail) -> dict[str, Any]:
    """The event with every report of it: store.event_to_dict, plus each report's evidence offsets and event."""
    out = event_to_dict(detail)
    for mention, view in zip(out["mentions"], detail.mentions, strict=True):
        mention["start"] = view.event.get("start")
        mention["end"] = view.event.get("end")
        mention["reported"] = view.event
        found = marks(view.event, view.published)
        mention["marks"] = [{"kind": m.kind, "start": m.start, "end": m.end, "value": m.value} for m in found]
    return out


def article_events(store: Store, article_id: str) -> list[str]:
    """Ids of the merged events that an article's mentions belong to.

    Store has no query for this; it is one bound-parameter SELECT on its `event_members` table."""
    query = (
        sa.select(event_members.c.event_id)
        .where(event_members.c.article_id == article_id)
        .distinct()
        .order_by(event_members.c.event_id)
    )
    try:
        with store.engine.connect() as conn:
            return list(conn.execute(query).scalars())
    except sa.exc.DBAPIError as exc:
        raise StoreError(f"{store.url}: {str(exc.orig).strip().splitlines()[0]}") from exc


# ── the app ──────────────────────────────────────────────────────────────────────────────────────────────

_bearer = HTTPBearer(auto_error=False, description="The token `rasd serve --token` was started with.")


def create_app(
    db_url: str,
    token: str | None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_page: int = DEFAULT_MAX_PAGE,
) -> FastAPI:
    """The API over the store at `db_url`.

    `token`: the bearer token `POST /articles` requires; None refuses every POST (a read-only API).
    The store is opened (and migrated) here; a missing SQLite file is created only when a token is given,
    since only then can the API write to it. `max_body_bytes` bounds a posted article; `max_page` the
    `limit` of `GET /events`.
    """
    if max_body_bytes < 1 or max_page < 1:
        raise ValueError("max_body_bytes and max_page must be positive")
    if token is not None and not token.strip():
        raise ValueError("the token must not be empty")
    store = open_store(db_url, create=token is not None)
    ingest_lock = threading.Lock()
    queue = anyio.Lock()
    default_page = min(DEFAULT_PAGE, max_page)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # build the page's data before the first visitor asks for it
        await run_in_threadpool(overview_bodies)
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="rasd",
        version=__version__,
        summary="Arabic news articles in, merged, geolocated, source-attributed events out.",
        description=(
            "Post articles (a bearer token is required), list and page through the merged events with the "
            "filters of `rasd events`, read one event with every article's report of it, or take the ACLED "
            "CSV. See docs/api.md."
        ),
        lifespan=lifespan,
    )
    app.state.store = store

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
            content={"detail": [validation_error_json(e) for e in exc.errors()]},
        )

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE, content={"detail": f"the store failed: {exc}"}
        )

    async def require_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        if token is None:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                "this server accepts no articles: start it with `rasd serve --token TOKEN` (or RASD_TOKEN) to post",
            )
        if credentials is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "send the token as the header `Authorization: Bearer TOKEN`",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not secrets.compare_digest(credentials.credentials.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong token")

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        too_big = HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE, f"the body is over the {max_body_bytes:,}-byte limit of this server"
        )
        if declared is not None:
            if not declared.isdigit():
                raise HTTPException(status.HTTP_400_BAD_REQUEST, "Content-Length is not a number")
            if int(declared) > max_body_bytes:
                raise too_big
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body_bytes:
                raise too_big
        return bytes(body)

    # GET /overview's body, plain and gzipped, for the store version it was built from
    overview_cache: dict[str, Any] = {"version": None, "bodies": (b"", b"")}
    overview_lock = threading.Lock()

    def overview_bodies() -> tuple[bytes, bytes]:
        with overview_lock:
            version = store.version()
            if overview_cache["version"] != version:
                body = json.dumps(overview(store), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                overview_cache["bodies"] = (body, gzip.compress(body, compresslevel=6, mtime=0))
                overview_cache["version"] = version
            bodies: tuple[bytes, bytes] = overview_cache["bodies"]
            return bodies

    def ingest_one(record: Record) -> tuple[IngestOut, str | None]:
        key = content_hash(record.text)
        with ingest_lock:
            report = store.ingest([record])
            if report.failed:
                return IngestOut(article_id=key, new=False, events=[]), report.errors[0][1]
            ids = article_events(store, key)
        return IngestOut(article_id=key, new=report.new == 1, events=ids), None

    article_body: dict[str, Any] = {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
            "text/plain": {"schema": {"type": "string"}, "example": "قُتل ثلاثة مدنيين بقصف على إدلب اليوم."},
            "text/html": {"schema": {"type": "string"}},
        },
    }

    @app.post(
        "/articles",
        status_code=status.HTTP_201_CREATED,
        response_model=IngestOut,
        dependencies=[Depends(require_token)],
        openapi_extra={"requestBody": article_body},
        responses={
            200: {"model": IngestOut, "description": "The same text was already stored; nothing changed."},
            401: {"model": ErrorOut, "description": "No bearer token."},
            403: {"model": ErrorOut, "description": "Wrong token, or the server was started without one."},
            413: {"model": ErrorOut, "description": "The body is over the size limit."},
            415: {"model": ErrorOut, "description": "Not JSON, text/plain or text/html."},
        },
        summary="Ingest one article",
    )
    async def post_article(
        request: Request,
        response: Response,
        id: Annotated[str | None, Query(min_length=1, max_length=200, description="Raw bodies only.")] = None,
        published: Annotated[IsoDate, Query(description="Raw bodies only: YYYY-MM-DD.")] = None,
        url: Annotated[str | None, Query(max_length=2000, description="Raw bodies only.")] = None,
        outlet: Annotated[str | None, Query(max_length=200, description="Raw bodies only.")] = None,
    ) -> IngestOut:
        """Store an article with the events it reports (its own transaction), then rebuild the merged
        events. The body is JSON (`ArticleIn`), or the article itself as `text/plain` or `text/html`, with
        `published`, `id`, `url` and `outlet` as query parameters. Returns 201 when the article is new,
        200 when the same text was already stored. Ingests are done one at a time."""
        media, _, params = request.headers.get("content-type", "").partition(";")
        media = media.strip().lower()
        body = await read_body(request)
        given = {"id": id, "published": published, "url": url, "outlet": outlet}
        if media == "application/json" or media.endswith("+json"):
            for name, value in given.items():
                if value is not None:
                    raise _invalid(("query", name), f'with a JSON body, give "{name}" in the body', value)
            try:
                article = ArticleIn.model_validate_json(body)
            except ValidationError as exc:
                raise RequestValidationError(
                    [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
                ) from exc
            text = article.text if article.text is not None else article.html or ""  # the model saw one is given
            fmt = "text" if article.text is not None else "html"
            meta = {"id": article.id, "published": article.published, "url": article.url, "outlet": article.outlet}
            encoding = "utf-8"
        elif media in _RAW_TYPES:
            charset = _charset(params)
            try:
                # charset detection of an odd body can take a while: not on the event loop
                text, encoding = await run_in_threadpool(decode, body, "the request body", charset)
            except InputError as exc:
                raise _invalid(("body",), exc.problem + (f" ({exc.hint})" if exc.hint else ""), None) from exc
            fmt = _RAW_TYPES[media]
            meta = given
        else:
            raise HTTPException(
                status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
                f"Content-Type {media or '(none)'!r}: send application/json, text/plain or text/html",
            )
        record = Record(
            id=meta["id"] or content_hash(text),
            text=text,
            format=fmt,
            encoding=encoding,
            published=date.fromisoformat(meta["published"]) if meta["published"] else None,
            url=meta["url"] or None,
            outlet=meta["outlet"] or None,
        )
        async with queue:  # waiting posts wait here, not in threadpool threads the reads need
            out, error = await run_in_threadpool(ingest_one, record)
        if error is not None:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT, f"the article could not be stored: {error} (see `rasd failures`)"
            )
        if not out.new:
            response.status_code = status.HTTP_200_OK
        return out

    @app.get("/events", response_model=EventPage, summary="List merged events, a page at a time")
    def list_events(
        filters: Annotated[Filters, Depends(event_filters)],
        limit: Annotated[int, Query(ge=1, le=max_page, description=f"Events per page (at most {max_page}).")] = (
            default_page
        ),
        cursor: Annotated[
            str | None, Query(max_length=1000, description="The `next` of the previous page, with the same filters.")
        ] = None,
    ) -> dict[str, Any]:
        """Merged events matching every filter, in (date, id) order with undated events last. Pass the
        `next` of a page as `cursor` (with the same filters) for the next one; `next` is null on the last."""
        after = decode_cursor(cursor, filters) if cursor is not None else None
        try:
            found = store.events(**filters.store_args(), limit=limit + 1, after_id=after)
        except StoreError:
            if after is not None and store.event(after) is None:
                raise HTTPException(
                    status.HTTP_409_CONFLICT,
                    "the events changed since this cursor was given (an ingest re-merged them, and merged events "
                    "take new ids when a report joins): list again from the first page",
                ) from None
            raise
        page = found[:limit]
        following = encode_cursor(page[-1].id, filters) if len(found) > limit else None
        return {"events": [event_json(e) for e in page], "next": following}

    @app.get(
        "/events/{event_id}",
        response_model=EventDetailOut,
        responses={404: {"model": ErrorOut, "description": "No such event."}},
        summary="One event with every report of it",
    )
    def get_event(event_id: str) -> dict[str, Any]:
        """The merged event with each article's report of it: outlet, URL, date, title, evidence sentence
        (with its offsets in the article's text), source, modality and casualties."""
        detail = store.event(event_id)
        if detail is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id!r} (list them with GET /events)")
        return event_detail_json(detail)

    @app.get(
        "/export.csv",
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}, "description": "ACLED-style CSV (rasd.exports.ACLED_COLUMNS)."}},
        summary="The events ACLED would code, as an ACLED-style CSV",
    )
    def export_csv(filters: Annotated[Filters, Depends(event_filters)]) -> Response:
        """The merged events matching the filters that ACLED would code (docs/merging.md says which), as
        `rasd export --acled` writes them. The header row is there even when no event is."""
        found = store.events(**filters.store_args())
        buffer = io.StringIO()
        written = write_acled_csv(buffer, found)
        return Response(
            buffer.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": 'attachment; filename="rasd-acled.csv"',
                "X-Rasd-Events": str(written),
                "X-Rasd-Left-Out": str(len(found) - written),
            },
        )

    @app.get(
        "/overview",
        summary="Every merged event as one compact table (the web page's data)",
        responses={200: {"description": '{"fields": [...], "rows": [[...], ...]}; rasd.web.OVERVIEW_FIELDS'}},
    )
    def get_overview(request: Request) -> Response:
        """All merged events, column by column (rasd.web.overview says how): what the web page filters,
        maps and charts by. Built once per change of the store and kept, gzip-compressed."""
        body, packed = overview_bodies()
        if "gzip" in request.headers.get("accept-encoding", "").lower():
            return Response(
                packed, media_type="application/json", headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
            )
        return Response(body, media_type="application/json", headers={"Vary": "Accept-Encoding"})

    @app.get(
        "/articles/{article_id}/text",
        response_class=PlainTextResponse,
        responses={404: {"model": ErrorOut, "description": "No such article."}},
        summary="A stored article's text, as stored",
    )
    def article_text(article_id: str) -> PlainTextResponse:
        """The cleaned text of a stored article (its title, a blank line, then the body), as plain text."""
        row = store.article(article_id)
        if row is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
        head = f"{row.title}\n\n" if row.title and not row.body.startswith(row.title) else ""
        return PlainTextResponse(head + row.body, headers={"X-Content-Type-Options": "nosniff"})

    static_files = page_files()

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        found = static_files["index.html"]
        return Response(found.body, media_type=found.media_type, headers={**PAGE_HEADERS, "Cache-Control": "no-cache"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        found = static_files.get(name)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no file {name!r}")
        if request.headers.get("if-none-match") == found.etag:
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": found.etag})
        headers = {"ETag": found.etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if "gzip" in request.headers.get("accept-encoding", "").lower():
            return Response(found.packed, media_type=found.media_type, headers={**headers, "Content-Encoding": "gzip"})
        return Response(found.body, media_type=found.media_type, headers=headers)

    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=6)

    @app.get("/health", response_model=HealthOut, summary="Is the store reachable, and how full is it")
    def health() -> dict[str, Any]:
        counts = store.counts()
        return {
            "status": "ok",
            "schema_version": store.schema_version(),
            "articles": counts["articles"],
            "events": counts["events"],
        }

    return app


def _charset(params: str) -> str | None:
    """The charset parameter of a Content-Type's parameters ("charset=windows-1256; x=y")."""
    for part in params.split(";"):
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
