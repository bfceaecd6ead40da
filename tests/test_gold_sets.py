"""The blind gold sets kept in the repo pass their own annotators' checkers (spans, codes, dates, boilerplate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import REPO


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, timeout=300, cwd=script.parent
    )


def test_heldout4_passes_its_checker(shared: Path) -> None:
    done = _run(REPO / "eval" / "heldout4" / "check.py", "--score", str(shared / "eval" / "score.py"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "OK"


def test_heldout5_passes_its_checker() -> None:
    done = _run(REPO / "eval" / "heldout5" / "check.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "8 files checked, 0 problems"


def test_heldout6_passes_its_checker() -> None:
    """heldout6 has paragraphs of up to two sentences; heldout5's checker reads them so when told."""
    done = _run(REPO / "eval" / "heldout5" / "check.py", str(REPO / "eval" / "heldout6"), "--paragraph-sentences", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "9 files checked, 0 problems"


def test_heldout7_passes_its_checker() -> None:
    """heldout7, like heldout6, has paragraphs of up to two sentences."""
    done = _run(REPO / "eval" / "heldout5" / "check.py", str(REPO / "eval" / "heldout7"), "--paragraph-sentences", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "8 files checked, 0 problems"


def test_heldout8_passes_its_checker() -> None:
    """heldout8, like heldout6 and heldout7, has paragraphs of up to two sentences."""
    done = _run(REPO / "eval" / "heldout5" / "check.py", str(REPO / "eval" / "heldout8"), "--paragraph-sentences", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "8 files checked, 0 problems"


def test_heldout9_passes_its_checker() -> None:
    """heldout9, like heldout6 to heldout8, has paragraphs of up to two sentences."""
    done = _run(REPO / "eval" / "heldout5" / "check.py", str(REPO / "eval" / "heldout9"), "--paragraph-sentences", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "8 files checked, 0 problems"
