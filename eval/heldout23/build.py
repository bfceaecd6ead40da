"""python3 build.py  -> regenerates every NNN_*.json gold file in this folder."""
import importlib
from build_lib import build

for mod in ("art_a", "art_b", "art_c"):
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    for name in sorted(n for n in dir(m) if n.startswith("A00")):
        d = build(getattr(m, name))
        print(d["id"], len(d["events"]), "events", len(d["entities"]), "entities")
