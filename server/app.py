"""The HTTP API, version 1: enrolment, the push cursor and pushes. ``create_app`` takes an opened database.

Handlers are plain ``def``: FastAPI runs them in its thread pool, and each holds one pooled database connection
for exactly the life of the request (``connection_context``), never across threads.
"""

# No ``from __future__ import annotations`` here: FastAPI reads the handlers' annotations at run time, and the
# dependencies are local to ``create_app`` where string annotations could not be resolved.
import json
import logging
from typing import Annotated

import peewee as pw
from fastapi import Depends, FastAPI, HTTPException, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server import auth, history, ingest, migrations, models, reference
from server.limits import DEFAULT_BURST, DEFAULT_MAX_BYTES, DEFAULT_RATE, BodyLimit, RateLimit
from server.public import certificate_routes
from server.schemas import (
    MAX_BATCH,
    BatteryHistoryOut,
    CursorResponse,
    EnrolRequest,
    EnrolResponse,
    ErrorResponse,
    EventIn,
    Health,
    HistoryEventOut,
    PushRequest,
    PushResponse,
    RuleSetOut,
)
from station.identity import public_key_from_b64

log = logging.getLogger(__name__)
API_VERSION = "1.0.0"
ERRORS = {code: {"model": ErrorResponse} for code in (401, 403, 404, 409, 413)}

bearer = HTTPBearer(auto_error=False)


def create_app(
    db: pw.Database,
    max_body_bytes: int = DEFAULT_MAX_BYTES,
    bind: bool = True,
    rate: float = DEFAULT_RATE,
    burst: int = DEFAULT_BURST,
) -> FastAPI:
    """``bind``: point the models at ``db`` (off only to build the schema without a database). ``rate`` requests
    per second per token (or per address without one), ``burst`` at once; ``rate`` 0: no limit."""
    if bind:
        models.database.initialize(db)
    app = FastAPI(
        title="Trace Station central server",
        version=API_VERSION,
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(RateLimit, rate=rate, burst=burst)  # added last, runs first: refused before any reading

    @app.exception_handler(auth.AuthError)
    def _auth_error(_request: Request, exc: auth.AuthError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"detail": {"reason": exc.reason}}, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # The reason code first, pydantic's own description after it for whoever reads the log.
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()]
        return JSONResponse({"detail": {"reason": "request_invalid", "errors": errors}}, status_code=422)

    def station_of(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> str:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise auth.AuthError("token_missing", 401)
        with db.connection_context():
            return auth.station_for_token(credentials.credentials)

    async def same_station(station_id: str, caller: Annotated[str, Depends(station_of)]) -> str:
        """A token speaks for its own station only. ``async``: no I/O here, and a plain ``def`` dependency costs a
        hop through the thread pool (a third of an idle round's time, measured by ``bench/server_ingest.py``)."""
        if caller != station_id:
            raise auth.AuthError("token_for_other_station", 403)
        return station_id

    @app.get("/v1/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        with db.connection_context():
            return Health(status="ok", api=API_VERSION, schema_version=migrations.schema_version(db))

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=ERRORS, tags=["stations"])
    def enrol(body: EnrolRequest) -> EnrolResponse:
        """Exchange a one-time enrolment code for a bearer token and register the station's public key."""
        try:
            public_key_from_b64(body.public_key)
        except ValueError as exc:
            raise HTTPException(422, {"reason": "public_key_invalid"}) from exc
        with db.connection_context():
            done = auth.enrol(db, body.code, body.station_id, body.public_key)
        log.info("station %s enrolled at site %s", done.station_id, done.site_id)
        return EnrolResponse(station_id=done.station_id, site_id=done.site_id, token=done.token)

    @app.get("/v1/stations/{station_id}/cursor", response_model=CursorResponse, responses=ERRORS, tags=["sync"])
    def get_cursor(station_id: Annotated[str, Depends(same_station)]) -> CursorResponse:
        """The last event the server holds for the station: where its next push starts."""
        with db.connection_context():
            seq, hash_ = ingest.cursor(station_id)
        return CursorResponse(station_id=station_id, acknowledged=seq, acknowledged_hash=hash_)

    @app.post("/v1/stations/{station_id}/events", response_model=PushResponse, responses=ERRORS, tags=["sync"])
    def push_events(station_id: Annotated[str, Depends(same_station)], body: PushRequest) -> Response:
        """Store a batch of the station's events, in order, each exactly once."""
        if len(body.events) > MAX_BATCH:
            raise HTTPException(413, {"reason": "batch_too_large", "max": MAX_BATCH})
        with db.connection_context():
            result = ingest.push(db, station_id, body.events)
        # Written directly: the answer has one entry per event, and building and re-validating a thousand response
        # models cost more than storing them. ``PushResponse`` documents this very shape.
        answer = {
            "acknowledged": result.acknowledged,
            "acknowledged_hash": result.acknowledged_hash,
            "results": [
                {"seq": r.seq, "id": r.id, "status": r.status, "reason": r.reason, "flags": list(r.flags)}
                for r in result.results
            ],
        }
        return Response(json.dumps(answer, ensure_ascii=False), media_type="application/json")

    @app.get(
        "/v1/ruleset",
        response_model=RuleSetOut,
        responses={**ERRORS, 204: {"description": "the station already holds the rule set in force"}},
        tags=["reference"],
    )
    def get_ruleset(_caller: Annotated[str, Depends(station_of)], have: str = "") -> Response:
        """The rule set in force; ``have``: the SHA-256 the station holds, answered 204 when it is current."""
        with db.connection_context():
            held = reference.current_hash()
            if held is not None and have == held:
                return Response(status_code=204)  # the common answer: nothing new, and no document read
            release = reference.current()
        if release is None:
            raise HTTPException(404, {"reason": "no_ruleset_published"})
        body = f'{{"version":{json.dumps(release.version)},"sha256":"{release.sha256}","content":{release.content}}}'
        return Response(body, media_type="application/json")

    @app.get("/v1/batteries/{code}/history", response_model=BatteryHistoryOut, responses=ERRORS, tags=["reference"])
    def battery_history(
        code: Annotated[str, Path(min_length=1, max_length=64)], caller: Annotated[str, Depends(station_of)]
    ) -> BatteryHistoryOut:
        """Events about the code from every station: public facts platform-wide, whole payloads within the
        caller's own site (see ``server.history``). A station asks at intake, with a short timeout."""
        with db.connection_context():
            found = history.history(code, caller)
        events = [
            HistoryEventOut(
                station_id=e.station_id,
                site_id=e.site_id,
                seq=e.seq,
                type=e.type,
                wall_time=e.wall_time,
                status=e.status,  # type: ignore[arg-type]
                facts=dict(e.facts),
                payload=None if e.payload is None else dict(e.payload),
            )
            for e in found.entries
        ]
        return BatteryHistoryOut(code=code, events=events, truncated=found.truncated)

    app.include_router(certificate_routes(db))
    app.openapi = lambda: _schema(app)  # type: ignore[method-assign]
    return app


def _schema(app: FastAPI) -> dict:
    """FastAPI's schema, with each pushed event described as ``EventIn``: the request takes plain objects so that a
    malformed event is answered in its place, but a station must send exactly that shape."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["EventIn"] = EventIn.model_json_schema(ref_template="#/components/schemas/{model}")
        components["PushRequest"]["properties"]["events"]["items"] = {"$ref": "#/components/schemas/EventIn"}
        app.openapi_schema = schema
    return app.openapi_schema
