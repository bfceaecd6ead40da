from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The read-only shared folder beside the repo (RASD_SHARED overrides)."""
    return Path(os.environ.get("RASD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "corpus").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared corpus is missing at {path}; CI must run beside ../shared")
        pytest.skip(f"no shared corpus at {path}")
    return path


PG_URL = os.environ.get("RASD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL: an SQLite file, or a PostgreSQL schema of its own (dropped afterwards).

    The PostgreSQL case is skipped when the server (RASD_TEST_PG) cannot be reached, and fails under CI.
    The schema is chosen by the connection's `options` (search_path), given in the URL so that a `rasd`
    subprocess reaches the same schema.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasd.db'}"
        return
    import sqlalchemy as sa

    schema = f"rasd_test_{secrets.token_hex(6)}"
    engine = sa.create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        message = f"PostgreSQL at {PG_URL} is unreachable: {str(exc.orig).strip().splitlines()[0]}"
        if _ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
