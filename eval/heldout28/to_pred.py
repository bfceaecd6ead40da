"""Gold -> prediction JSONL (what a perfect extractor would print): heldout7's script, unchanged.
usage: to_pred.py GOLD_DIR OUT.jsonl"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout7" / "to_pred.py"), run_name="__main__")
