"""python3 build.py  -> regenerates every NNN_*.json gold file in this folder: heldout7's script, unchanged, run here
(it imports this folder's build_lib and article specs)."""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout7" / "build.py"), run_name="__main__")
