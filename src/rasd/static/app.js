// rasd's page: filters, map, timeline, list and event panel over GET /overview and GET /events/{id}.
// Text from articles is only ever set with textContent or createTextNode, never parsed as HTML.

import { ACLED_SUB_TYPES, ACLED_TYPES, MODALITY, PLOVER, PRECISION, SOURCE_KINDS, UI, countryName, label } from "./i18n.js";
import { MapView } from "./map.js";
import { Timeline, dayNumber, isoDay } from "./timeline.js";

const FILTERS = ["since", "until", "country", "admin1", "plover", "acled", "actor", "modality", "source", "outlets"];
const LIST_ROWS = 200;
const TYPE_ORDER = Object.keys(ACLED_TYPES);

const state = {
  lang: "en",
  filters: Object.fromEntries(FILTERS.map((f) => [f, ""])),
  events: [],
  shown: [],
  open: null,
  fold: (s) => s.toLowerCase(),
};
// timings read by the browser tests and reported by them: ms since navigation start
window.rasdTimings = { ready: null, filter: [], steps: {} };
const step = (name) => (window.rasdTimings.steps[name] = performance.now());

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => {
  const v = UI[state.lang][key];
  return typeof v === "function" ? v(...args) : v;
};
const colourOf = (type) => (ACLED_TYPES[type || ""] || ACLED_TYPES[""])[2];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// ── folding, as rasd.normalise.fold does it, from the table the server sends ─────────────────────────────

function makeFold(table, drop) {
  const dropRe = new RegExp(drop, "gu");
  return (text) => {
    let out = "";
    for (const ch of text.replace(dropRe, "")) out += table[ch] ?? ch;
    return out.toLowerCase();
  };
}

// ── URL ──────────────────────────────────────────────────────────────────────────────────────────────────

function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const f of FILTERS) state.filters[f] = params.get(f) || "";
  state.lang = params.get("lang") === "ar" ? "ar" : "en";
  state.open = params.get("event") || null;
}

function writeUrl() {
  const params = new URLSearchParams();
  for (const f of FILTERS) if (state.filters[f]) params.set(f, state.filters[f]);
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.open) params.set("event", state.open);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// ── data ─────────────────────────────────────────────────────────────────────────────────────────────────

function columnsToEvents(data) {
  // GET /overview sends columns; coded ones index `values`, places and actors index their own lists
  const c = data.columns;
  const v = data.values;
  const coded = (name, i) => (c[name][i] === null ? null : v[name][c[name][i]]);
  const actor = (name, i) => (c[name][i] === null ? null : data.actors[c[name][i]]);
  const events = new Array(data.n);
  for (let i = 0; i < data.n; i++) {
    const place = c.place[i] === null ? [null, null, null] : data.places[c.place[i]];
    const a1 = actor("actor1", i);
    const a2 = actor("actor2", i);
    events[i] = {
      id: c.id[i],
      date: c.date[i],
      day: c.date[i] ? dayNumber(c.date[i]) : null,
      precision: coded("precision", i),
      plover: coded("plover", i),
      acled_type: coded("acled_type", i),
      acled_sub_type: coded("acled_sub_type", i),
      country: coded("country", i),
      admin1: coded("admin1", i),
      place: place[0],
      place_en: place[1],
      kind: place[2],
      lat: c.lat[i],
      lon: c.lon[i],
      actor1: a1,
      actor2: a2,
      actors: `${a1 ? a1[2] : ""}\n${a2 ? a2[2] : ""}`,
      modality: coded("modality", i),
      source_kinds: coded("source_kinds", i) || [],
      outlets: c.outlets[i],
      fatalities: c.fatalities[i],
      injuries: c.injuries[i],
    };
  }
  return events;
}

function matches(e, f, withDates) {
  if (withDates) {
    if (f.since && (!e.date || e.date < f.since)) return false;
    if (f.until && (!e.date || e.date > f.until)) return false;
  }
  if (f.country && e.country !== f.country) return false;
  if (f.admin1 && e.admin1 !== f.admin1) return false;
  if (f.plover && e.plover !== f.plover) return false;
  if (f.acled && (e.acled_type || "") !== (f.acled === "-" ? "" : f.acled)) return false;
  if (f.modality && e.modality !== f.modality) return false;
  if (f.source && !e.source_kinds.includes(f.source)) return false;
  if (f.outlets && e.outlets < Number(f.outlets)) return false;
  if (f.actorFolded && !e.actors.includes(f.actorFolded)) return false;
  return true;
}

// ── rendering ────────────────────────────────────────────────────────────────────────────────────────────

function placeLabel(e) {
  const name = state.lang === "ar" ? e.place || e.place_en : e.place_en || e.place;
  const where = [name, e.admin1 && e.admin1 !== name ? e.admin1 : null, countryName(e.country, state.lang)];
  return where.filter(Boolean).join(state.lang === "ar" ? "، " : ", ");
}

function actorLabel(actor) {
  if (!actor) return "";
  const [text, canonical] = actor;
  return state.lang === "ar" ? text || canonical : canonical || text;
}

function typeLabel(e) {
  const acled = e.acled_sub_type ? label(ACLED_SUB_TYPES, e.acled_sub_type, state.lang) : null;
  return [label(PLOVER, e.plover, state.lang), acled].filter(Boolean).join(" · ");
}

function casualtyLabel(e) {
  const parts = [];
  if (e.fatalities !== null && e.fatalities !== undefined) parts.push(t("killed", e.fatalities));
  if (e.injuries !== null && e.injuries !== undefined) parts.push(t("injured", e.injuries));
  return parts.join(state.lang === "ar" ? "، " : ", ");
}

function formatDate(iso, precision) {
  if (!iso) return t("noDate");
  const d = new Date(`${iso}T00:00:00Z`);
  const locale = state.lang === "ar" ? "ar-EG-u-ca-gregory" : "en-GB";
  const options = { timeZone: "UTC", year: "numeric" };
  if (precision !== "year") options.month = "long";
  if (precision === "day" || precision === "week" || !precision) options.day = "numeric";
  const text = new Intl.DateTimeFormat(locale, options).format(d);
  return precision && precision !== "day" ? `${text} (${t("precision")}: ${label(PRECISION, precision, state.lang)})` : text;
}

function fillSelect(select, options, current) {
  select.replaceChildren(el("option", { value: "", text: t("any") }));
  for (const [value, text] of options) select.append(el("option", { value, text, selected: value === current }));
  select.value = current;
}

function buildFilterOptions() {
  const f = state.filters;
  const count = (key) => {
    const seen = new Map();
    for (const e of state.events) if (e[key]) seen.set(e[key], (seen.get(e[key]) || 0) + 1);
    return seen;
  };
  const countries = [...count("country").keys()].map((c) => [c, countryName(c, state.lang)]);
  countries.sort((a, b) => a[1].localeCompare(b[1], state.lang));
  fillSelect($("f-country"), countries, f.country);
  const admins = new Set();
  for (const e of state.events) if (e.admin1 && (!f.country || e.country === f.country)) admins.add(e.admin1);
  fillSelect($("f-admin1"), [...admins].sort().map((a) => [a, a]), f.admin1);
  const plovers = [...count("plover").keys()].map((p) => [p, label(PLOVER, p, state.lang)]);
  fillSelect($("f-plover"), plovers.sort((a, b) => a[1].localeCompare(b[1], state.lang)), f.plover);
  const acled = TYPE_ORDER.map((k) => [k || "-", label(ACLED_TYPES, k, state.lang)]);
  fillSelect($("f-acled"), acled, f.acled);
  fillSelect($("f-modality"), Object.keys(MODALITY).map((m) => [m, label(MODALITY, m, state.lang)]), f.modality);
  fillSelect($("f-source"), Object.keys(SOURCE_KINDS).map((k) => [k, label(SOURCE_KINDS, k, state.lang)]), f.source);
  for (const name of ["since", "until", "actor", "outlets"]) $(`f-${name}`).value = f[name];
}

function renderLegend() {
  const legend = $("legend");
  legend.setAttribute("aria-label", t("legend"));
  legend.replaceChildren(
    ...TYPE_ORDER.map((k) =>
      el("li", {}, el("span", { class: "swatch", "aria-hidden": "true", style: null }), label(ACLED_TYPES, k, state.lang)),
    ),
    el("li", {}, el("span", { class: "swatch ring", "aria-hidden": "true" }), t("approximate")),
  );
  // colours through the CSSOM: the page's policy allows no inline style attributes
  legend.querySelectorAll("li").forEach((li, i) => {
    if (i < TYPE_ORDER.length) li.firstChild.style.backgroundColor = colourOf(TYPE_ORDER[i]);
  });
}

function renderStatic() {
  const html = document.documentElement;
  html.lang = state.lang;
  html.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    node.setAttribute("aria-label", t(node.dataset.i18nLabel));
    node.title = t(node.dataset.i18nLabel);
  }
  const switcher = $("lang");
  switcher.textContent = t("switchTo");
  switcher.lang = state.lang === "ar" ? "en" : "ar";
  switcher.setAttribute("aria-label", t("switchLabel"));
  $("map").setAttribute("aria-label", t("map"));
  $("timeline").setAttribute("aria-label", t("timeline"));
  renderLegend();
  buildFilterOptions();
}

function renderList() {
  const body = $("list").querySelector("tbody");
  const rows = [];
  const newest = state.shown.slice().reverse();
  for (const e of newest.slice(0, LIST_ROWS)) {
    const dot = el("span", { class: "type-dot", "aria-hidden": "true" });
    dot.style.backgroundColor = colourOf(e.acled_type);
    const row = el(
      "tr",
      { tabindex: "0", "data-id": e.id, "aria-selected": e.id === state.open ? "true" : "false" },
      el("td", { text: e.date || t("noDate") }),
      el("td", {}, dot, typeLabel(e)),
      el("td", { text: placeLabel(e) }),
      el("td", { text: [actorLabel(e.actor1), actorLabel(e.actor2)].filter(Boolean).join(" → ") }),
      el("td", { text: casualtyLabel(e) }),
      el("td", { text: e.outlets.toLocaleString(state.lang === "ar" ? "ar-EG" : "en") }),
    );
    rows.push(row);
  }
  body.replaceChildren(...rows);
  const rest = state.shown.length - Math.min(state.shown.length, LIST_ROWS);
  $("list-more").textContent = state.shown.length === 0 ? t("listEmpty") : rest > 0 ? t("more", rest) : "";
}

let mapView;
let timeline;

function update() {
  const started = performance.now();
  const f = { ...state.filters, actorFolded: state.filters.actor ? state.fold(state.filters.actor.trim()) : "" };
  const withoutDates = [];
  const shown = [];
  for (const e of state.events) {
    if (!matches(e, f, false)) continue;
    withoutDates.push(e);
    if (matches(e, f, true)) shown.push(e);
  }
  state.shown = shown;
  $("count").textContent = t("shown", shown.length, state.events.length);
  mapView.setEvents(shown);
  timeline.setEvents(withoutDates);
  timeline.setBrush(f.since || f.until ? [f.since ? dayNumber(f.since) : timeline.first, f.until ? dayNumber(f.until) : timeline.last] : null);
  $("period").textContent = f.since || f.until ? `${f.since || "…"} – ${f.until || "…"}` : "";
  renderList();
  writeUrl();
  window.rasdTimings.filter.push(performance.now() - started);
}

// ── the event panel ──────────────────────────────────────────────────────────────────────────────────────

function markedEvidence(text, marks) {
  const p = el("p", { class: "evidence ar", lang: "ar", dir: "rtl" });
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) p.append(document.createTextNode(text.slice(at, m.start)));
    const name = { trigger: "keyTrigger", actor1: "keyActor", actor2: "keyActor", place: "keyPlace", date: "keyDate" }[m.kind];
    const mark = el("mark", { class: `m-${m.kind}`, title: m.value ? `${t(name)}: ${m.value}` : t(name), "data-kind": m.kind });
    mark.textContent = text.slice(m.start, m.end);
    p.append(mark);
    at = m.end;
  }
  if (at < text.length) p.append(document.createTextNode(text.slice(at)));
  return p;
}

function both(arabic, english) {
  // a field in both languages: the Arabic as written, then the English name
  const dd = el("dd");
  if (arabic) dd.append(el("span", { class: "ar", lang: "ar", dir: "rtl", text: arabic }));
  if (arabic && english) dd.append(" — ");
  if (english) dd.append(el("span", { lang: "en", dir: "ltr", text: english }));
  return dd;
}

function actorField(actor) {
  if (!actor) return el("dd", { text: "—" });
  const dd = both(actor.text, actor.canonical);
  const extra = [actor.country, actor.role].filter(Boolean).join(", ");
  if (extra) dd.append(` (${extra})`);
  return dd;
}

function renderEvent(detail) {
  const body = $("event-body");
  const loc = detail.location || {};
  const written = [];
  for (const m of detail.mentions) {
    // the expressions that give the event's own day, not others in the sentence (the day of a statement)
    for (const mark of m.marks || []) {
      if (mark.kind === "date" && (!detail.date || mark.value === detail.date)) written.push(m.evidence.slice(mark.start, mark.end));
    }
  }
  const acled = detail.acled
    ? `${label(ACLED_TYPES, detail.acled[0], "en")} / ${detail.acled[1]} — ${label(ACLED_TYPES, detail.acled[0], "ar")} / ${label(ACLED_SUB_TYPES, detail.acled[1], "ar")}`
    : "—";
  const casualties = casualtyLabel(detail);
  const dl = el(
    "dl",
    {},
    el("dt", { text: t("type") }),
    both(label(PLOVER, detail.plover, "ar"), `${label(PLOVER, detail.plover, "en")} (${detail.plover})`),
    el("dt", { text: "ACLED" }),
    el("dd", { text: acled }),
    el("dt", { text: t("date") }),
    el(
      "dd",
      {},
      el("time", { datetime: detail.date || null, text: formatDate(detail.date, detail.date_precision) }),
      written.length ? el("div", { class: "ar", lang: "ar", dir: "rtl", text: `${t("asWritten")}: ${[...new Set(written)].join(" · ")}` }) : null,
    ),
    el("dt", { text: t("place") }),
    both(loc.text, [loc.canonical, loc.admin1, loc.country, loc.kind].filter(Boolean).join(", ")),
    el("dt", { text: t("actor1") }),
    actorField(detail.actor1),
    el("dt", { text: t("actor2") }),
    actorField(detail.actor2),
    el("dt", { text: t("modality") }),
    both(label(MODALITY, detail.modality, "ar"), label(MODALITY, detail.modality, "en")),
    el("dt", { text: t("casualties") }),
    el("dd", { text: casualties || "—" }),
  );
  const reports = detail.mentions.map((m) => {
    const source = m.source || {};
    const perSource = [];
    if (m.fatalities !== null && m.fatalities !== undefined) perSource.push(t("killed", m.fatalities));
    if (m.injuries !== null && m.injuries !== undefined) perSource.push(t("injured", m.injuries));
    return el(
      "article",
      { class: "report", "data-article": m.article_id },
      el("h3", {}, el("bdi", { text: m.outlet || t("unknownOutlet") }), m.published ? " · " : "", m.published ? el("bdi", { text: m.published }) : null),
      m.title ? el("p", { class: "meta ar", lang: "ar", dir: "rtl", text: m.title }) : null,
      el(
        "p",
        { class: "meta" },
        `${t("sourceSaid")}: `,
        el("span", { class: "ar", lang: "ar", text: source.text || "—" }),
        ` (${label(SOURCE_KINDS, source.kind, state.lang)})`,
        m.modality ? ` · ${label(MODALITY, m.modality, state.lang)}` : "",
        perSource.length ? ` · ${perSource.join(", ")}` : "",
        m.casualty_text ? el("span", { class: "ar", lang: "ar", text: ` «${m.casualty_text}»` }) : null,
      ),
      markedEvidence(m.evidence, m.marks || []),
      el(
        "p",
        { class: "links" },
        el("a", { href: `/articles/${encodeURIComponent(m.article_id)}/text`, target: "_blank", rel: "noopener", text: t("articleText") }),
        // only web addresses become links: a stored `javascript:` URL stays text
        m.url && /^https?:[/][/]/i.test(m.url) ? " · " : null,
        m.url && /^https?:[/][/]/i.test(m.url) ? el("a", { href: m.url, rel: "noopener noreferrer", target: "_blank", text: t("original") }) : null,
      ),
    );
  });
  const keys = el(
    "p",
    { class: "keys" },
    ...["trigger", "actor1", "place", "date"].map((k) =>
      el("mark", { class: `m-${k}`, text: t({ trigger: "keyTrigger", actor1: "keyActor", place: "keyPlace", date: "keyDate" }[k]) }),
    ),
  );
  const wrap = el("div", { class: "evidence-keys" }, keys);
  body.replaceChildren(dl, el("h3", { text: `${t("reports")} (${detail.mentions.length})` }), wrap, ...reports);
}

async function openEvent(id) {
  state.open = id;
  writeUrl();
  const panel = $("event");
  panel.hidden = false;
  panel.dataset.event = id;
  $("event-body").replaceChildren(el("p", { text: t("loading") }));
  const response = await fetch(`/events/${encodeURIComponent(id)}`);
  if (!response.ok) {
    $("event-body").replaceChildren(el("p", { text: `${t("loadFailed")}${response.status}` }));
    return;
  }
  const detail = await response.json();
  if (state.open !== id) return;
  renderEvent(detail);
  for (const row of $("list").querySelectorAll("tbody tr")) row.setAttribute("aria-selected", row.dataset.id === id ? "true" : "false");
  panel.focus();
}

function pickList(events) {
  // several events at one spot: list them in the panel to choose from
  state.open = null;
  const panel = $("event");
  panel.hidden = false;
  delete panel.dataset.event;
  const items = events.slice(0, 100).map((e) => {
    const button = el("button", { type: "button", "data-id": e.id, text: `${e.date || t("noDate")} · ${typeLabel(e)} · ${placeLabel(e)}` });
    button.addEventListener("click", () => openEvent(e.id));
    return el("li", {}, button);
  });
  $("event-body").replaceChildren(el("h3", { text: t("eventsHere") }), el("ul", { class: "pick" }, ...items));
  panel.focus();
}

function closeEvent() {
  state.open = null;
  $("event").hidden = true;
  writeUrl();
}

// ── wiring ───────────────────────────────────────────────────────────────────────────────────────────────

function bind() {
  const form = $("filters");
  form.addEventListener("submit", (ev) => ev.preventDefault());
  form.addEventListener("input", (ev) => {
    const name = ev.target.name;
    if (!FILTERS.includes(name)) return;
    state.filters[name] = ev.target.value;
    if (name === "country") {
      state.filters.admin1 = "";
      buildFilterOptions();
    }
    update();
    if (name === "country" || name === "admin1") {
      if (state.filters.country || state.filters.admin1) mapView.fitTo(state.shown);
      else mapView.fit();
    }
  });
  form.addEventListener("reset", (ev) => {
    ev.preventDefault();
    for (const f of FILTERS) state.filters[f] = "";
    buildFilterOptions();
    update();
  });
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "en" ? "ar" : "en";
    renderStatic();
    update();
    if (state.open) openEvent(state.open);
  });
  $("zoom-in").addEventListener("click", () => mapView.zoomBy(1.5));
  $("zoom-out").addEventListener("click", () => mapView.zoomBy(1 / 1.5));
  $("zoom-reset").addEventListener("click", () => mapView.fit());
  $("size-by").addEventListener("change", (ev) => {
    mapView.sizeBy = ev.target.value;
    mapView.draw();
  });
  $("clear-period").addEventListener("click", () => {
    state.filters.since = "";
    state.filters.until = "";
    buildFilterOptions();
    update();
  });
  $("event-close").addEventListener("click", closeEvent);
  $("event").addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") closeEvent();
  });
  const list = $("list");
  list.addEventListener("click", (ev) => {
    const row = ev.target.closest("tr[data-id]");
    if (row) openEvent(row.dataset.id);
  });
  list.addEventListener("keydown", (ev) => {
    const row = ev.target.closest("tr[data-id]");
    if (!row) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      openEvent(row.dataset.id);
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      (ev.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling)?.focus();
    }
  });
}

async function main() {
  readUrl();
  mapView = new MapView($("map"), {
    onOpen: (e) => openEvent(e.id),
    onPick: pickList,
    tip: $("map-tip"),
    approximateKinds: new Set(["country", "admin1", "admin2", "region"]),
  });
  mapView.colour = (e) => colourOf(e.acled_type);
  window.rasdMap = mapView; // for the browser tests
  mapView.describe = (events) =>
    events.length === 1 ? `${placeLabel(events[0])} — ${typeLabel(events[0])}` : `${t("cluster", events.length)}: ${placeLabel(events[0])}…`;
  timeline = new Timeline($("timeline"), {
    types: TYPE_ORDER,
    colourOf,
    rtl: () => state.lang === "ar",
    onBrush: (range) => {
      state.filters.since = range ? isoDay(range[0]) : "";
      state.filters.until = range ? isoDay(range[1]) : "";
      $("f-since").value = state.filters.since;
      $("f-until").value = state.filters.until;
      update();
    },
  });
  bind();
  renderStatic();
  $("count").textContent = t("loading");
  const [overview, basemap] = await Promise.all([
    fetch("/overview").then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json();
    }),
    fetch("/static/basemap.json").then((r) => r.json()),
  ]);
  step("fetched");
  state.fold = makeFold(overview.fold || {}, overview.drop || "(?!)");
  state.events = columnsToEvents(overview);
  step("decoded");
  let first = Infinity;
  let last = -Infinity;
  for (const e of state.events) {
    if (e.day === null) continue;
    first = Math.min(first, e.day);
    last = Math.max(last, e.day);
  }
  timeline.setDomain(first === Infinity ? 1 : first, last === -Infinity ? 0 : last);
  mapView.setBasemap(basemap);
  step("basemap");
  buildFilterOptions();
  update();
  if (state.filters.country || state.filters.admin1) mapView.fitTo(state.shown);
  if (state.open) openEvent(state.open);
  window.rasdTimings.ready = performance.now();
  document.body.dataset.ready = "1";
}

main().catch((error) => {
  $("count").textContent = `${t("loadFailed")}${error.message}`;
  document.body.dataset.ready = "error";
});
