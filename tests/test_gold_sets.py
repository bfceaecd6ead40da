"""The blind gold sets kept in the repo pass their own annotators' checkers (spans, codes, dates, boilerplate)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    ("name", "files"),
    [
        ("heldout6", 9),
        ("heldout7", 8),
        ("heldout8", 8),
        ("heldout9", 8),
        ("heldout10", 8),
        ("heldout11", 8),
        ("heldout12", 8),
        ("heldout13", 8),
        ("heldout14", 8),
        ("heldout15", 8),
        ("heldout16", 8),
        ("heldout17", 8),
        ("heldout18", 8),
        ("heldout19", 8),
        ("heldout20", 8),
        ("heldout21", 8),
        ("heldout22", 8),
        ("heldout23", 8),
        ("heldout24", 8),
        ("heldout25", 8),
        ("heldout26", 8),
        ("heldout27", 8),
        ("heldout28", 8),
    ],
)
def test_two_sentence_paragraph_sets_pass_their_checker(name: str, files: int) -> None:
    """heldout6 and the sets after it have paragraphs of up to two sentences; heldout5's checker reads them so when
    told."""
    done = _run(REPO / "eval" / "heldout5" / "check.py", str(REPO / "eval" / name), "--paragraph-sentences", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == f"{files} files checked, 0 problems"


@pytest.fixture(scope="module")
def eval_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of eval/: the builders write into their own folder, and the repo's files must stay as committed."""
    copy = tmp_path_factory.mktemp("eval") / "eval"
    shutil.copytree(REPO / "eval", copy)
    return copy


BUILT = sorted(path.parent.name for path in (REPO / "eval").glob("heldout*/build.py"))
DATE_CHECKED = sorted(path.parent.name for path in (REPO / "eval").glob("heldout*/datecheck.py"))


@pytest.mark.parametrize("name", BUILT)
def test_gold_set_rebuilds_byte_for_byte(eval_copy: Path, name: str) -> None:
    """A set written from article specs must be what its builder writes: a gold file edited by hand would drift
    from the offsets the builder computes."""
    folder = eval_copy / name
    before = {path.name: path.read_bytes() for path in folder.glob("*.json")}
    done = subprocess.run([sys.executable, "build.py"], cwd=folder, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert {path.name: path.read_bytes() for path in folder.glob("*.json")} == before


@pytest.mark.parametrize("name", DATE_CHECKED)
def test_gold_set_event_dates_agree_with_their_time_words(eval_copy: Path, name: str) -> None:
    """Each event date recomputed from its time words and the publication date (the set's datecheck.py)."""
    done = subprocess.run(
        [sys.executable, "datecheck.py"], cwd=eval_copy / name, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert ", 0 wrong" in done.stdout, done.stdout[-2000:]


def test_the_builders_and_checkers_are_found() -> None:
    assert len(BUILT) >= 19 and len(DATE_CHECKED) >= 12
