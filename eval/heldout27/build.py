"""python3 build.py  -> regenerates every NNN_*.json gold file in this folder: heldout7's script, unchanged, run here
(it imports this folder's build_lib and article specs)."""
import runpy
from pathlib import Path

_here = Path(__file__).resolve().parent
EVAL = _here.parent if (_here.parent / "heldout7").is_dir() else Path("/work/main/eval")  # the draft folder sits outside eval/
runpy.run_path(str(EVAL / "heldout7" / "build.py"), run_name="__main__")
