"""Sample rows of the UNLABELLED dev texts for precision by reading.
usage: sample_rows.py OUTDIR DEST_DIR SEED N [commit-label]; OUTDIR holds one extract per dev set (OUTDIR/real, OUTDIR/extra, ...)
Writes DEST_DIR/sample_{targets,parameters,deadlines}.md in the audit format (tests/real/audit11)."""
import random
import sys
from pathlib import Path
import pandas as pd
ROOT = Path(__file__).resolve().parents[3]  # the checkout
out, dest, seed, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
label = sys.argv[5] if len(sys.argv) > 5 else ""
SETS = {"real": ("tests/real/corpus", "tests/real/gold")}
for d in "extra third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth".split():
    SETS[d] = (f"tests/real/{d}/corpus", f"tests/real/{d}/gold")
rows = {t: [] for t in ("targets", "parameters", "deadlines")}
for s, (_corpus, gold) in SETS.items():
    labelled = {p.stem for p in (ROOT / gold).glob("*.yaml")}
    docs = pd.read_parquet(out / s / "documents.parquet")
    texts = dict(zip(docs.doc_id, docs.text))
    src = dict(zip(docs.doc_id, docs.source_file))
    keep = {d for d, f in src.items() if Path(f).stem not in labelled}
    for t in rows:
        df = pd.read_parquet(out / s / f"{t}.parquet")
        for r in df[df.doc_id.isin(keep)].to_dict("records"):
            r["_set"], r["_file"], r["_text"] = s, src[r["doc_id"]], texts[r["doc_id"]]
            rows[t].append(r)
dest.mkdir(parents=True, exist_ok=True)
FIELDS = {"targets": ["indicator", "span_text", "comparator", "value", "value_max", "unit", "kind", "per", "deadline"],
          "parameters": ["name", "span_text", "comparator", "value", "value_max", "unit", "per"],
          "deadlines": ["raw", "kind", "date", "start_date", "recurrence"]}
for t, rs in rows.items():
    rng = random.Random(seed)
    pick = rng.sample(rs, min(n, len(rs)))
    pre = t[:3].upper()
    lines = [f"# {len(pick)} {t} rows sampled at random (seed {seed}) from {len(rs)} rows of the unlabelled dev texts, pipeline at {label}", ""]
    for i, r in enumerate(pick, 1):
        a, b = int(r["char_start"]), int(r["char_end"])
        sent = r.get("sentence") or ""
        if not sent:
            txt = r["_text"]
            lo = max(txt.rfind("\n", 0, a), txt.rfind("。", 0, a), a - 150) + 1
            hi = min([x for x in (txt.find("\n", b), txt.find("。", b)) if x != -1] + [b + 150])
            sent = txt[lo:hi + 1]
        where = f"tests/real/corpus/{r['_file']}" if r["_set"] == "real" else f"tests/real/{r['_set']}/corpus/{r['_file']}"
        lines += [f"## {pre}{i:02d}  {where}  chars {a}-{b}  task {r.get('task_id')}",
                  "  ".join(f"{k}={r.get(k)}" for k in FIELDS[t]),
                  f"  sentence: {sent}", "  verdict: ", ""]
    (dest / f"sample_{t}.md").write_text("\n".join(lines), "utf-8")
    print(t, len(rs), "->", len(pick))
