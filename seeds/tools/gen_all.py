"""Regenerate every seeds/annotations/*.json and print per-article counts.
Usage: cd seeds/tools && python3 gen_all.py [--render]"""
import sys, collections, importlib
from annot_lib import build, render

DOCS = ["000_c76431b2828d011e", "001_bfc2d2c5c594cf5b", "002_60d1107e2fb93d1c",
        "003_74d30d161b38eafe", "004_16254fd8aac5699a"]
MT = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"]
AT = ["TITLE", "DATE", "QUANTITY"]
QK = ["DIRECT", "INDIRECT", "MIXED"]
rows = []
for d in DOCS:
    g = importlib.import_module("gen_" + d[:3])
    text, ents, quo = build(d + ".txt", g.surfaces, g.excludes, [], g.quotes)
    if "--render" in sys.argv:
        print("=" * 20, d); render(text, ents, quo)
    mc = collections.Counter(m["type"] for m in ents["mentions"])
    ac = collections.Counter(a["type"] for a in ents["annotations"])
    qc = collections.Counter(q["kind"] for q in quo["quotes"])
    ne = len({(m["type"], m["entity"]) for m in ents["mentions"]})
    rows.append([d] + [mc[t] for t in MT] + [len(ents["mentions"]), ne] + [ac[t] for t in AT]
                + [qc[k] for k in QK] + [len(quo["quotes"])])
hdr = ["article", "PER", "ORG", "LOC", "MISC", "mentions", "entities", "TITLE", "DATE", "QUANT",
       "DIRECT", "INDIRECT", "MIXED", "quotes"]
tot = ["total"] + [sum(r[i] for r in rows) for i in range(1, len(hdr))]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for r in rows + [tot]:
    print("| " + " | ".join(str(x) for x in r) + " |")
