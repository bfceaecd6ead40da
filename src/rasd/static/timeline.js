// The timeline: events per day, stacked by ACLED type, on a canvas; dragging across it picks a period.

const DAY = 86400000;

export function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoDay(n) {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export class Timeline {
  constructor(canvas, { onBrush, types, colourOf, rtl }) {
    this.canvas = canvas;
    this.onBrush = onBrush; // ([firstDay, lastDay] | null, final) => void
    this.types = types; // ordered type keys
    this.colourOf = colourOf;
    this.rtl = rtl;
    this.events = [];
    this.first = 0;
    this.last = 0;
    this.brush = null; // [firstDay, lastDay]
    this.dragFrom = null;
    this._bind();
  }

  setDomain(first, last) {
    this.first = first;
    this.last = Math.max(first, last);
    this.empty = first > last; // no dated event at all: draw no axis
  }

  setEvents(events) {
    this.events = events;
    this.draw();
  }

  setBrush(range) {
    this.brush = range;
    this.draw();
  }

  _width() { return this.canvas.clientWidth || 600; }
  _height() { return this.canvas.clientHeight || 120; }

  // x of the start of a day; time runs right to left in the Arabic page, as the text does
  _x(day) {
    const w = this._width();
    const t = (day - this.first) / (this.last - this.first + 1);
    return this.rtl() ? w - t * w : t * w;
  }

  _day(x) {
    const w = this._width();
    const t = this.rtl() ? (w - x) / w : x / w;
    const span = this.last - this.first + 1;
    return Math.max(this.first, Math.min(this.last, this.first + Math.floor(t * span)));
  }

  draw() {
    const w = this._width();
    const h = this._height();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(w * ratio)) this.canvas.width = Math.round(w * ratio);
    if (this.canvas.height !== Math.round(h * ratio)) this.canvas.height = Math.round(h * ratio);
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (this.empty) return;
    const span = this.last - this.first + 1;
    // several days per bar when there are more days than pixels
    const per = Math.max(1, Math.ceil(span / Math.max(1, w / 2)));
    const bins = Math.ceil(span / per);
    const stacks = Array.from({ length: this.types.length }, () => new Uint32Array(bins));
    const typeIndex = new Map(this.types.map((t, i) => [t, i]));
    for (const e of this.events) {
      if (e.day === null) continue;
      const b = Math.floor((e.day - this.first) / per);
      if (b < 0 || b >= bins) continue;
      stacks[typeIndex.get(e.acled_type || "") ?? this.types.length - 1][b] += 1;
    }
    let peak = 1;
    for (let b = 0; b < bins; b++) {
      let total = 0;
      for (const s of stacks) total += s[b];
      peak = Math.max(peak, total);
    }
    const axis = 14;
    const plot = h - axis;
    for (let b = 0; b < bins; b++) {
      const x0 = this._x(this.first + b * per);
      const x1 = this._x(this.first + (b + 1) * per);
      const left = Math.min(x0, x1);
      const width = Math.max(1, Math.abs(x1 - x0) - (Math.abs(x1 - x0) > 3 ? 1 : 0));
      let y = plot;
      for (let t = 0; t < this.types.length; t++) {
        const n = stacks[t][b];
        if (!n) continue;
        const bar = (n / peak) * (plot - 4);
        ctx.fillStyle = this.colourOf(this.types[t]);
        ctx.fillRect(left, y - bar, width, bar);
        y -= bar;
      }
    }
    ctx.fillStyle = "#555";
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "bottom";
    const first = new Date(this.first * DAY).toISOString().slice(0, 10);
    const last = new Date(this.last * DAY).toISOString().slice(0, 10);
    ctx.textAlign = "left";
    ctx.fillText(this.rtl() ? last : first, 2, h);
    ctx.textAlign = "right";
    ctx.fillText(this.rtl() ? first : last, w - 2, h);
    ctx.fillText(`max ${peak}/${per === 1 ? "day" : `${per} days`}`, w - 2, 12);
    if (this.brush) {
      const a = this._x(this.brush[0]);
      const b = this._x(this.brush[1] + 1);
      ctx.fillStyle = "rgba(11, 87, 164, 0.18)";
      ctx.fillRect(Math.min(a, b), 0, Math.abs(b - a), plot);
      ctx.strokeStyle = "#0b57a4";
      ctx.lineWidth = 2;
      ctx.strokeRect(Math.min(a, b), 1, Math.abs(b - a), plot - 2);
    }
  }

  _bind() {
    const c = this.canvas;
    let pending = null;
    const emit = (final) => {
      if (pending !== null) cancelAnimationFrame(pending);
      if (final) {
        pending = null;
        this.onBrush(this.brush, true);
        return;
      }
      pending = requestAnimationFrame(() => {
        pending = null;
        this.onBrush(this.brush, false);
      });
    };
    c.addEventListener("pointerdown", (ev) => {
      c.setPointerCapture(ev.pointerId);
      this.dragFrom = this._day(ev.offsetX);
      this.brush = [this.dragFrom, this.dragFrom];
      this.draw();
    });
    c.addEventListener("pointermove", (ev) => {
      if (this.dragFrom === null) return;
      const day = this._day(ev.offsetX);
      this.brush = [Math.min(this.dragFrom, day), Math.max(this.dragFrom, day)];
      this.draw();
      emit(false);
    });
    c.addEventListener("pointerup", () => {
      if (this.dragFrom === null) return;
      this.dragFrom = null;
      emit(true);
    });
    c.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && this.brush) {
        this.brush = null;
        this.draw();
        emit(true);
        ev.preventDefault();
      }
    });
    new ResizeObserver(() => this.draw()).observe(c);
  }
}
