from __future__ import annotations

import os
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
