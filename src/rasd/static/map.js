// The map: Natural Earth outlines (basemap.json) in Web Mercator on a canvas, events as points coloured by
// ACLED type, clustered on a screen grid when dense. No tiles and nothing from outside the server.

const CELL = 52; // px: events closer than this on screen are drawn as one cluster
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 64;

function project(lon, lat) {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

function unproject(x, y) {
  const lon = x * 360 - 180;
  const n = Math.PI - 2 * Math.PI * y;
  return [lon, (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
}

// basemap.json rings are [x0, y0, dx1, dy1, ...] in units of `step` degrees
function decodeRing(flat, step) {
  const out = new Float64Array(flat.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    const [px, py] = project(x * step, y * step);
    out[i] = px;
    out[i + 1] = py;
  }
  return out;
}

export class MapView {
  constructor(canvas, { onOpen, onPick, tip, approximateKinds }) {
    this.canvas = canvas;
    this.onOpen = onOpen; // (event) => void
    this.onPick = onPick; // (events at one spot) => void
    this.tip = tip;
    this.approximateKinds = approximateKinds;
    this.events = [];
    this.sizeBy = "casualties";
    this.colour = () => "#6B6B6B";
    this.items = [];
    this.base = null;
    this.baseKey = "";
    this.drag = null;
    this.zoom = 1;
    this.centre = [0.5, 0.5];
    this._bind();
  }

  setBasemap(data) {
    this.box = data.box;
    this.countries = data.countries.map((c) => c.rings.map((r) => decodeRing(r, data.step)));
    this.admin1 = data.admin1.map((c) => c.rings.map((r) => decodeRing(r, data.step)));
    this.fit();
  }

  fit() {
    const [w, s, e, n] = this.box || [-18, 9, 64, 43];
    const [x0, y0] = project(w, n);
    const [x1, y1] = project(e, s);
    this.centre = [(x0 + x1) / 2, (y0 + y1) / 2];
    this.fitScale = Math.min(this._width() / (x1 - x0), this._height() / (y1 - y0));
    this.zoom = 1;
    this.draw();
  }

  // show the given events' extent (a country or province picked in the filters), or the region
  fitTo(events) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const e of events) {
      if (e.lat === null || e.lon === null) continue;
      const [x, y] = project(e.lon, e.lat);
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    if (x0 === Infinity) return this.fit();
    const pad = 0.004; // about a degree and a half around the points
    const k = Math.min(this._width() / (x1 - x0 + 2 * pad), this._height() / (y1 - y0 + 2 * pad));
    this.centre = [(x0 + x1) / 2, (y0 + y1) / 2];
    this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k / this.fitScale));
    this.draw();
  }

  setEvents(events) {
    this.events = events.filter((e) => e.lat !== null && e.lon !== null);
    for (const e of this.events) {
      if (e.wx === undefined) [e.wx, e.wy] = project(e.lon, e.lat);
    }
    this.draw();
  }

  _width() { return this.canvas.clientWidth || 600; }
  _height() { return this.canvas.clientHeight || 400; }
  _scale() { return this.fitScale * this.zoom; }

  toScreen(wx, wy) {
    const k = this._scale();
    return [(wx - this.centre[0]) * k + this._width() / 2, (wy - this.centre[1]) * k + this._height() / 2];
  }

  toWorld(sx, sy) {
    const k = this._scale();
    return [(sx - this._width() / 2) / k + this.centre[0], (sy - this._height() / 2) / k + this.centre[1]];
  }

  zoomBy(factor, sx = this._width() / 2, sy = this._height() / 2) {
    const before = this.toWorld(sx, sy);
    this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.zoom * factor));
    const after = this.toWorld(sx, sy);
    this.centre = [this.centre[0] + before[0] - after[0], this.centre[1] + before[1] - after[1]];
    this.draw();
  }

  panBy(dx, dy) {
    const k = this._scale();
    this.centre = [this.centre[0] - dx / k, this.centre[1] - dy / k];
    this.draw();
  }

  _size(e) {
    if (this.sizeBy === "outlets") return 4 + 3 * Math.sqrt(Math.max(0, (e.outlets || 1) - 1));
    const hurt = (e.fatalities || 0) + (e.injuries || 0);
    return Math.min(18, 4 + 2 * Math.sqrt(hurt));
  }

  _drawBase(ctx, w, h) {
    const key = `${w}x${h}:${this.zoom}:${this.centre}`;
    if (this.base && this.baseKey === key) {
      ctx.drawImage(this.base, 0, 0, w, h);
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const off = document.createElement("canvas");
    off.width = w * ratio;
    off.height = h * ratio;
    const g = off.getContext("2d");
    g.scale(ratio, ratio);
    g.fillStyle = "#dfe9f2";
    g.fillRect(0, 0, w, h);
    const k = this._scale();
    const ox = w / 2 - this.centre[0] * k;
    const oy = h / 2 - this.centre[1] * k;
    const trace = (rings) => {
      g.beginPath();
      for (const shape of rings) {
        for (const ring of shape) {
          g.moveTo(ring[0] * k + ox, ring[1] * k + oy);
          for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i] * k + ox, ring[i + 1] * k + oy);
          g.closePath();
        }
      }
    };
    if (this.countries) {
      trace(this.countries);
      g.fillStyle = "#f4f1ea";
      g.fill("evenodd");
      trace(this.admin1);
      g.strokeStyle = "#c4bfb4";
      g.lineWidth = 0.6;
      g.stroke();
      trace(this.countries);
      g.strokeStyle = "#7d7769";
      g.lineWidth = 1;
      g.stroke();
    }
    this.base = off;
    this.baseKey = key;
    ctx.drawImage(off, 0, 0, w, h);
  }

  draw() {
    const w = this._width();
    const h = this._height();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
      this.canvas.width = Math.round(w * ratio);
      this.canvas.height = Math.round(h * ratio);
      this.base = null;
    }
    if (!this.fitScale) return;
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this._drawBase(ctx, w, h);

    // one cell per CELL px; a cell with events at more than one spot, or many at one, is a cluster
    const cells = new Map();
    for (const e of this.events) {
      const [sx, sy] = this.toScreen(e.wx, e.wy);
      if (sx < -20 || sy < -20 || sx > w + 20 || sy > h + 20) continue;
      const key = `${Math.floor(sx / CELL)}:${Math.floor(sy / CELL)}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { events: [], x: 0, y: 0 }));
      cell.events.push(e);
      cell.x += sx;
      cell.y += sy;
    }
    this.items = [];
    for (const cell of cells.values()) {
      const n = cell.events.length;
      const x = cell.x / n;
      const y = cell.y / n;
      if (n === 1) {
        const e = cell.events[0];
        const r = this._size(e);
        const colour = this.colour(e);
        ctx.beginPath();
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        if (this.approximateKinds.has(e.kind)) {
          // a place known only as a province or country: an open dashed ring at its centroid
          ctx.setLineDash([3, 2]);
          ctx.lineWidth = 2.5;
          ctx.strokeStyle = colour;
          ctx.stroke();
          ctx.setLineDash([]);
        } else {
          ctx.fillStyle = colour;
          ctx.fill();
          ctx.lineWidth = 1;
          ctx.strokeStyle = "#000";
          ctx.stroke();
        }
        this.items.push({ x, y, r: Math.max(r, 6), events: cell.events });
      } else {
        const r = Math.min(22, 9 + 2.2 * Math.log2(n));
        const counts = new Map();
        for (const e of cell.events) counts.set(this.colour(e), (counts.get(this.colour(e)) || 0) + 1);
        let start = -Math.PI / 2;
        for (const [colour, count] of counts) {
          const end = start + (2 * Math.PI * count) / n;
          ctx.beginPath();
          ctx.moveTo(x, y);
          ctx.arc(x, y, r, start, end);
          ctx.closePath();
          ctx.fillStyle = colour;
          ctx.fill();
          start = end;
        }
        ctx.beginPath();
        ctx.arc(x, y, r * 0.62, 0, 2 * Math.PI);
        ctx.fillStyle = "#fff";
        ctx.fill();
        ctx.beginPath();
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        ctx.lineWidth = 1;
        ctx.strokeStyle = "#000";
        ctx.stroke();
        ctx.fillStyle = "#000";
        ctx.font = "600 11px system-ui, sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(String(n), x, y);
        this.items.push({ x, y, r, events: cell.events });
      }
    }
  }

  itemAt(sx, sy) {
    let best = null;
    let bestDistance = Infinity;
    for (const item of this.items) {
      const d = Math.hypot(item.x - sx, item.y - sy);
      if (d <= item.r + 3 && d < bestDistance) {
        best = item;
        bestDistance = d;
      }
    }
    return best;
  }

  _activate(item) {
    if (!item) return;
    const spots = new Set(item.events.map((e) => `${e.lat},${e.lon}`));
    if (item.events.length === 1) this.onOpen(item.events[0]);
    else if (spots.size > 1 && this.zoom < MAX_ZOOM) this.zoomBy(3, item.x, item.y);
    else this.onPick(item.events);
  }

  _bind() {
    const c = this.canvas;
    c.addEventListener("pointerdown", (ev) => {
      c.setPointerCapture(ev.pointerId);
      this.drag = { x: ev.offsetX, y: ev.offsetY, moved: 0 };
    });
    c.addEventListener("pointermove", (ev) => {
      if (this.drag) {
        const dx = ev.offsetX - this.drag.x;
        const dy = ev.offsetY - this.drag.y;
        this.drag.moved += Math.abs(dx) + Math.abs(dy);
        this.drag.x = ev.offsetX;
        this.drag.y = ev.offsetY;
        if (this.drag.moved > 3) this.panBy(dx, dy);
        return;
      }
      const item = this.itemAt(ev.offsetX, ev.offsetY);
      if (!this.tip) return;
      if (!item) {
        this.tip.hidden = true;
        c.style.cursor = "";
        return;
      }
      c.style.cursor = "pointer";
      this.tip.textContent = this.describe(item.events);
      this.tip.style.left = `${ev.offsetX + 14}px`;
      this.tip.style.top = `${ev.offsetY + 40}px`;
      this.tip.hidden = false;
    });
    c.addEventListener("pointerup", (ev) => {
      const drag = this.drag;
      this.drag = null;
      if (drag && drag.moved <= 3) this._activate(this.itemAt(ev.offsetX, ev.offsetY));
    });
    c.addEventListener("pointerleave", () => {
      if (this.tip) this.tip.hidden = true;
    });
    c.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      this.zoomBy(ev.deltaY < 0 ? 1.25 : 0.8, ev.offsetX, ev.offsetY);
    }, { passive: false });
    c.addEventListener("keydown", (ev) => {
      const step = 60;
      const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (moves[ev.key]) this.panBy(...moves[ev.key]);
      else if (ev.key === "+" || ev.key === "=") this.zoomBy(1.5);
      else if (ev.key === "-" || ev.key === "_") this.zoomBy(1 / 1.5);
      else if (ev.key === "0") this.fit();
      else if (ev.key === "Enter" || ev.key === " ") {
        // the events nearest the centre: what a keyboard user has moved the map to
        const cx = this._width() / 2;
        const cy = this._height() / 2;
        let best = null;
        for (const item of this.items) {
          const d = Math.hypot(item.x - cx, item.y - cy);
          if (d < 40 && (!best || d < best.d)) best = { item, d };
        }
        if (best) this._activate(best.item);
      } else return;
      ev.preventDefault();
    });
    new ResizeObserver(() => {
      if (!this.fitScale) return;
      this.base = null;
      this.draw();
    }).observe(c);
  }
}

export { project, unproject, decodeRing };
