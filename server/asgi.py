"""The application as ``uvicorn`` imports it in each worker process (``trace-server serve --workers N``): every
worker opens its own connection pool from the settings its parent put in the environment. One process cannot use
more than one core for Python (the GIL); workers can, and they share nothing but the database, like replicas
behind a load balancer."""

from __future__ import annotations

import json
import os

from fastapi import FastAPI

from server.app import create_app
from server.db import ENV_DB, open_database

ENV_SETTINGS = "TRACE_SERVER_SETTINGS"  # JSON: max_body_bytes, rate, burst


def settings_env(max_body_bytes: int, rate: float, burst: int) -> str:
    return json.dumps({"max_body_bytes": max_body_bytes, "rate": rate, "burst": burst})


def app() -> FastAPI:
    """``uvicorn server.asgi:app --factory``."""
    settings = json.loads(os.environ.get(ENV_SETTINGS, "{}"))
    return create_app(open_database(os.environ[ENV_DB]), **settings)
