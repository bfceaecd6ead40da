"""Gold -> prediction JSONL (what a perfect extractor would print): heldout7's script, unchanged.
usage: to_pred.py GOLD_DIR OUT.jsonl"""
import runpy
from pathlib import Path

_here = Path(__file__).resolve().parent
EVAL = _here.parent if (_here.parent / "heldout7").is_dir() else Path("/work/main/eval")  # the draft folder sits outside eval/
runpy.run_path(str(EVAL / "heldout7" / "to_pred.py"), run_name="__main__")
