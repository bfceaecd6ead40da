"""The evaluation gate: dev-corpus and held-out figures must not fall below the floors pinned in eval/floors.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rasd.evaluate import evaluate

from .conftest import REPO

FLOORS = json.loads((REPO / "eval" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    gold = tmp_path_factory.mktemp("gold")
    for entry in FLOORS["corpus"]:
        source = shared / entry
        for path in sorted(source.glob("*.json")) if source.is_dir() else [source]:
            shutil.copy(path, gold / path.name)
    result, _ = evaluate(gold)
    return result


@pytest.mark.parametrize("name", sorted(FLOORS["at_least"]))
def test_at_least(figures: dict[str, float], name: str) -> None:
    assert figures[name] is not None and figures[name] >= FLOORS["at_least"][name], figures


@pytest.mark.parametrize("name", sorted(FLOORS["at_most"]))
def test_at_most(figures: dict[str, float], name: str) -> None:
    assert figures[name] is not None and figures[name] <= FLOORS["at_most"][name], figures


# every gold set kept in the repo that floors.json pins (an entry with a "dir"), in the order the file lists them
HELD_OUT = [name for name, entry in FLOORS.items() if isinstance(entry, dict) and "dir" in entry]


def test_every_kept_gold_set_is_pinned() -> None:
    """A gold set added under eval/ without floors would go unguarded."""
    kept = {path.parent.name for path in (REPO / "eval").glob("heldout*/*.json")}
    assert kept and kept == {Path(FLOORS[name]["dir"]).name for name in HELD_OUT}, kept


@pytest.fixture(scope="module", params=HELD_OUT)
def held_out(request: pytest.FixtureRequest) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """A gold set kept in the repo (eval/heldout, eval/heldout2, …): it needs no ../shared."""
    floors = FLOORS[request.param]
    result, _ = evaluate(REPO / floors["dir"])
    return result, floors


def test_held_out_floors(held_out: tuple[dict[str, float], dict[str, dict[str, float]]]) -> None:
    figures, floors = held_out
    low = {k: (figures[k], v) for k, v in floors["at_least"].items() if figures[k] is None or figures[k] < v}
    high = {k: (figures[k], v) for k, v in floors["at_most"].items() if figures[k] is None or figures[k] > v}
    assert not low and not high, (low, high)


def test_seed_article(shared: Path, tmp_path: Path) -> None:
    """The seed article on its own: every gold event found with the right type, date and place."""
    shutil.copy(shared / FLOORS["seed"]["file"], tmp_path / "seed.json")
    result, _ = evaluate(tmp_path)
    for name, floor in FLOORS["seed"]["at_least"].items():
        assert result[name] >= floor, result
