"""Assemble heldout28 gold files from article specs: heldout20's builder, unchanged, writing into this folder."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout20_build_lib", HERE.parent / "heldout20" / "build_lib.py")
assert _spec is not None and _spec.loader is not None
_lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lib)
_lib.HERE = HERE  # the gold files are this set's

A, L, S, E, OWN, build = _lib.A, _lib.L, _lib.S, _lib.E, _lib.OWN, _lib.build
