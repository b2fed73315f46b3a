"""Helpers to turn hand-written annotation specs into offset-checked JSON.

Offsets are Python str indices over the UTF-8-decoded file, which equal Java
String (UTF-16) indices because the seed articles contain only BMP characters
(checked in load()).
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")
OUT = os.path.join(ROOT, "annotations")
PROCLITICS = set("وفبلك")


def load(name):
    raw = open(os.path.join(ART, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("utf-8")
    assert all(ord(c) <= 0xFFFF for c in text), "non-BMP char"
    return text


def is_tok(c):
    return c.isalnum() or c == "\u0640"  # tatweel


def find_names(text, surfaces, excludes=()):
    """surfaces: list of (surface, type, entity-or-None).  All occurrences of
    each surface that (a) end at a token boundary and (b) are preceded inside
    their token only by proclitics و ف ب ل ك are taken; overlaps are resolved
    longest-first.  excludes: contexts 'PRE[[X]]POST' whose X must not be taken."""
    excl = set()
    for e in excludes:
        s, t = span(text, e)
        excl.add((s, t))
    cands = []
    for surf, typ, ent in surfaces:
        for m in re.finditer(re.escape(surf), text):
            s, e = m.start(), m.end()
            if e < len(text) and is_tok(text[e]):
                continue
            ts = s
            while ts > 0 and is_tok(text[ts - 1]):
                ts -= 1
            pre = text[ts:s]
            if len(pre) > 3 or any(c not in PROCLITICS for c in pre):
                continue
            if (s, e) in excl:
                continue
            cands.append((s, e, typ, ent))
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken = []
    for c in cands:
        if any(c[0] < t[1] and t[0] < c[1] for t in taken):
            continue
        taken.append(c)
    taken.sort()
    return taken


def _rx(s):
    return r"\s+".join(re.escape(p) for p in re.split(r"\s+", s)) if s.strip() else re.escape(s)


def span(text, pat):
    """pat = 'PRE[[A]]POST' or 'PRE[[A~~B]]POST' (~~ = any text within one line).
    Must match exactly once.  Returns (start, end) of the bracketed part."""
    m = re.fullmatch(r"(.*?)\[\[(.*?)\]\](.*)", pat, re.S)
    assert m, pat
    pre, mid, post = m.groups()
    if "~~" in mid:
        a, b = mid.split("~~")
        core = _rx(a) + r"[^\n]*?" + _rx(b)
    else:
        core = _rx(mid)
    rx = _rx(pre) + "(" + core + ")" + _rx(post)
    ms = list(re.finditer(rx, text))
    if len(ms) != 1:
        raise SystemExit("pattern matched %d times: %r" % (len(ms), pat))
    return ms[0].start(1), ms[0].end(1)


def sp(text, pat):
    if pat is None:
        return None
    s, e = span(text, pat)
    return {"text": text[s:e], "start": s, "end": e}


def build(name, surfaces, excludes, extra_annots, quotes):
    text = load(name)
    stem = name[:-4]
    ms = find_names(text, [x for x in surfaces if x[1] in ("PERSON", "ORGANIZATION", "LOCATION", "MISC")], excludes)
    an = find_names(text, [x for x in surfaces if x[1] in ("TITLE", "DATE", "QUANTITY")], excludes)
    mentions = [{"type": t, "text": text[s:e], "start": s, "end": e, "entity": ent} for s, e, t, ent in ms]
    annots = [{"type": t, "text": text[s:e], "start": s, "end": e} for s, e, t, ent in an]
    for typ, pat in extra_annots:
        s, e = span(text, pat)
        annots.append({"type": typ, "text": text[s:e], "start": s, "end": e})
    annots.sort(key=lambda a: (a["start"], a["end"]))
    qs = []
    for q in quotes:
        d = {"kind": q["kind"],
             "cue": dict(sp(text, q["cue"]), lemma=q["lemma"]),
             "speaker": sp(text, q.get("speaker")),
             "source": q["source"],
             "content": sp(text, q["content"]),
             "medium": sp(text, q.get("medium"))}
        qs.append(d)
    qs.sort(key=lambda q: q["content"]["start"])
    # verification
    for x in mentions + annots:
        assert text[x["start"]:x["end"]] == x["text"]
    for q in qs:
        for k in ("cue", "speaker", "content", "medium"):
            v = q[k]
            if v:
                assert text[v["start"]:v["end"]] == v["text"]
                assert v["text"] == v["text"].strip(), (k, v["text"])
        assert q["kind"] in ("DIRECT", "INDIRECT", "MIXED")
    for a, b in zip(qs, qs[1:]):
        assert a["content"]["end"] <= b["content"]["start"], "overlapping quote contents"
    ents = {"document": name, "mentions": mentions, "annotations": annots}
    quo = {"document": name, "quotes": qs}
    with open(os.path.join(OUT, stem + ".entities.json"), "w", encoding="utf-8") as f:
        json.dump(ents, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, stem + ".quotes.json"), "w", encoding="utf-8") as f:
        json.dump(quo, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return text, ents, quo


def render(text, ents, quo):
    """Print the article with mentions [..|TYPE] and annotations {..|TYPE}."""
    marks = []
    for m in ents["mentions"]:
        marks.append((m["start"], 0, "["))
        marks.append((m["end"], 1, "|" + m["type"][:3] + ("" if m["entity"] == m["text"] else "=" + m["entity"]) + "]"))
    for a in ents["annotations"]:
        marks.append((a["start"], 0, "{"))
        marks.append((a["end"], 1, "|" + a["type"][:3] + "}"))
    marks.sort(key=lambda x: (x[0], -x[1]))
    out, last = [], 0
    for pos, _, s in marks:
        out.append(text[last:pos]); out.append(s); last = pos
    out.append(text[last:])
    print("".join(out))
    print("--- quotes")
    for i, q in enumerate(quo["quotes"]):
        print(i, q["kind"], "| cue:", q["cue"]["text"], "(", q["cue"]["lemma"], ") | spk:",
              q["speaker"] and q["speaker"]["text"], "| src:", q["source"], "| med:",
              q["medium"] and q["medium"]["text"])
        print("   <<" + q["content"]["text"] + ">>")
