"""Assemble heldout21 gold files from article specs and compute every offset."""
import json
import re
from pathlib import Path

SENT_END = re.compile(r'(?<=[.!؟?])["»”]?\s+')
ARABIC = re.compile(r'[\u0621-\u064A\u0660-\u0669\u0671-\u06D3A-Za-z0-9]')
CLITICS = set("وبلفك")
HERE = Path(__file__).resolve().parent


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_page(a):
    head, foot, paras = a["head"], a["foot"], a["paras"]
    raw = "\n".join(head) + "\n\n" + "\n\n".join(paras) + "\n\n" + "\n".join(foot) + "\n"
    bp = list(head) + list(foot)
    return raw, bp


def html_page(a):
    h = a["html"]
    bp = []
    L = ['<!DOCTYPE html>', '<html lang="ar" dir="rtl">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(a["title"])}</title>',
         '<link rel="stylesheet" href="/assets/css/site.css">', '</head>', '<body>', '<header class="top">',
         f'<div class="logo">{esc(h["site"])}</div>', '<nav class="menu">', '<ul>']
    bp.append(h["site"])
    for i, n in enumerate(h["nav"]):
        L.append(f'<li><a href="/section/{i + 1}">{esc(n)}</a></li>')
        bp.append(n)
    L += ['</ul>', '</nav>', '</header>', '<main>', '<article class="news">']
    L.append(f'<div class="kicker">{esc(h["kicker"])}</div>'); bp.append(h["kicker"])
    L.append(f'<h1>{esc(a["title"])}</h1>'); bp.append(a["title"])
    L.append(f'<div class="byline"><span class="author">{esc(h["byline"])}</span> '
             f'<time datetime="{h["datetime"]}">{esc(h["time"])}</time></div>')
    bp += [h["byline"], h["time"]]
    L.append(f'<figure><img src="{h["img"]}" alt=""><figcaption>{esc(h["caption"])}</figcaption></figure>')
    bp.append(h["caption"])
    L.append('<div class="share"><span>' + esc(h["share"][0]) + '</span> ' +
             " ".join(f'<a href="#s{i}">{esc(s)}</a>' for i, s in enumerate(h["share"][1:])) + '</div>')
    bp += h["share"]
    L.append('<div class="story-body">')
    for p in a["paras"]:
        L.append(f'<p>{esc(p)}</p>')
    L.append('</div>')
    L.append('<div class="tags"><span>' + esc(h["tags"][0]) + '</span> ' +
             " ".join(f'<a href="/tag/{i}">{esc(s)}</a>' for i, s in enumerate(h["tags"][1:])) + '</div>')
    bp += h["tags"]
    L += ['</article>', '</main>', '<aside class="related">', f'<h3>{esc(h["related"][0])}</h3>', '<ul>']
    bp.append(h["related"][0])
    for i, r in enumerate(h["related"][1:]):
        L.append(f'<li><a href="/news/{9100 + i}">{esc(r)}</a></li>')
        bp.append(r)
    L += ['</ul>', '</aside>', '<footer>', '<ul>']
    for i, f in enumerate(h["footer"][:-1]):
        L.append(f'<li><a href="/p/{i}">{esc(f)}</a></li>')
        bp.append(f)
    L.append('</ul>')
    L.append(f'<p class="copy">{esc(h["footer"][-1])}</p>'); bp.append(h["footer"][-1])
    L += ['</footer>', '</body>', '</html>', '']
    return "\n".join(L), bp


def body_spans(raw, a):
    """(start, end) of each body paragraph in raw."""
    out, pos = [], 0
    for p in a["paras"]:
        needle = esc(p) if a["format"] == "html" else p
        i = raw.index(needle, pos)
        out.append((i, i + len(needle)))
        pos = i + len(needle)
    return out


def split_sents(raw, spans):
    out = []
    for s, e in spans:
        chunk = raw[s:e]
        k = 0
        for m in SENT_END.finditer(chunk):
            q = m.group(0)
            tail = len(q) - len(q.lstrip('"»”'))
            end = m.start() + tail
            out.append((s + k, s + end))
            k = m.end()
        out.append((s + k, e))
    return out


def whole_word(raw, i, j):
    after_ok = j >= len(raw) or not ARABIC.match(raw[j])
    if not after_ok:
        return False
    if i == 0 or not ARABIC.match(raw[i - 1]):
        return True
    if raw[i - 1] in CLITICS and (i - 1 == 0 or not ARABIC.match(raw[i - 2])):
        return True
    if i >= 2 and raw[i - 1] in "بل" and raw[i - 2] == "و" and (i - 2 == 0 or not ARABIC.match(raw[i - 3])):
        return True
    return False


def occurrences(raw, text, spans):
    res = []
    for s, e in spans:
        k = s
        while True:
            i = raw.find(text, k, e)
            if i < 0:
                break
            if whole_word(raw, i, i + len(text)):
                res.append((i, i + len(text)))
            k = i + 1
    return res


def build(a):
    raw, bp = (html_page(a) if a["format"] == "html" else text_page(a))
    spans = body_spans(raw, a)
    sents = split_sents(raw, spans)
    all_occ = {t: occurrences(raw, t, spans) for t, _, _ in a["entities"]}
    ents = []
    seen = set()
    for t, ty, can in a["entities"]:
        assert (t, ty) not in seen, ("dup entity", t)
        seen.add((t, ty))
        occ = all_occ[t]
        assert occ, (a["id"], "entity not found", t)
        good = [o for o in occ if not any(len(u) > len(t) and any(p[0] <= o[0] and o[1] <= p[1] and p != o for p in all_occ[u])
                                          for u in all_occ)]
        s, e = (good or occ)[0]
        ents.append({"text": t, "type": ty, "canonical": can, "start": s, "end": e})
    ent_texts = {t for t, _, _ in a["entities"]}
    evs = []
    for ev in a["events"]:
        key = ev.pop("ev")
        cands = [(s, e) for s, e in sents if key in raw[s:e]]
        assert len(cands) == 1, (a["id"], "evidence key", key, len(cands))
        s, e = cands[0]
        evid = raw[s:e]
        src = ev["source"]
        if src["text"]:
            i = evid.find(src["text"])
            if i >= 0:
                src["start"], src["end"] = s + i, s + i + len(src["text"])
            else:
                occ = occurrences(raw, src["text"], spans) or [(raw.index(src["text"], spans[0][0]),) * 2]
                before = [o for o in occ if o[0] < s]
                o = (before[-1] if before else occ[0])
                src["start"], src["end"] = o[0], o[0] + len(src["text"])
            assert raw[src["start"]:src["end"]] == src["text"]
        for loc in ev["locations"]:
            assert loc["text"] in ent_texts, (a["id"], "location not an entity", loc["text"])
        out = dict(ev)
        out["evidence"] = evid
        out["start"], out["end"] = s, e
        evs.append(out)
    doc = {"id": a["id"], "raw": raw, "format": a["format"], "published": a["published"], "title": a["title"],
           "boilerplate": bp, "entities": ents, "events": evs, "notes": a["notes"]}
    (HERE / f'{a["id"]}.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return doc


def A(text, canonical, country, role):
    return {"text": text, "canonical": canonical, "country": country, "role": role}


def L(text, canonical, country, admin1, kind, lat, lon):
    return {"text": text, "canonical": canonical, "country": country, "admin1": admin1, "kind": kind, "lat": lat, "lon": lon}


def S(text, kind, canonical=None):
    return {"text": text, "kind": kind, "canonical": canonical}


OWN = {"text": "", "kind": "outlet_own", "canonical": None}


def E(plover, acled, modality, date, prec, a1, a2, locs, fat, inj, ctext, src, ev):
    return {"plover": plover, "acled": acled, "modality": modality, "date": date, "date_precision": prec,
            "actor1": a1, "actor2": a2, "locations": locs, "fatalities": fat, "injuries": inj,
            "casualty_text": ctext, "source": dict(src), "ev": ev}
