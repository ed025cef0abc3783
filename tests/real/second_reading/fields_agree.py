"""Agreement on document fields between a first reading (gold), a second reading and the pipeline.

    PYTHONPATH=. python tests/real/second_reading/fields_agree.py GOLD_DIR SECOND_DIR DOCUMENTS_PARQUET [--verbose]

Fields are compared as the scorer compares them (pipeline/evaluate/scoring.py): dates as ISO days, issuers
without separators, regions as divisions, other fields without spaces. A field the second reader lists under
`optional_fields` is counted apart (undecided), not as agreement or disagreement.
"""
import sys
from pathlib import Path

import pandas as pd
import yaml

from pipeline.evaluate.rows import DOCUMENT_FIELDS, document_field, predicted_document_field


def main(gold_dir: str, second_dir: str, documents: str, verbose: bool) -> None:
    predicted = {r["source_file"]: r for r in pd.read_parquet(documents).to_dict("records")}
    counts = {n: {"both": 0, "second_vs_first": 0, "pipeline_vs_first": 0, "pipeline_vs_second": 0,
                  "undecided": 0} for n in DOCUMENT_FIELDS}
    listing = []
    for path in sorted(Path(second_dir).glob("*.yaml")):
        second = yaml.safe_load(path.read_text(encoding="utf-8"))
        first = yaml.safe_load((Path(gold_dir) / path.name).read_text(encoding="utf-8"))
        pred = predicted.get(second["source_file"], {})
        undecided = set(second.get("optional_fields") or [])
        for name in DOCUMENT_FIELDS:
            if name not in (first.get("document") or {}) or name not in (second.get("document") or {}):
                continue
            c = counts[name]
            if name in undecided:
                c["undecided"] += 1
                continue
            f, s = document_field(name, first["document"][name]), document_field(name, second["document"][name])
            p = predicted_document_field(name, pred)
            c["both"] += 1
            c["second_vs_first"] += f == s
            c["pipeline_vs_first"] += p == f
            c["pipeline_vs_second"] += p == s
            if f != s or p != s:
                listing.append(f"{path.stem:18} {name:10} first={first['document'][name]!r} "
                               f"second={second['document'][name]!r} pipeline={pred.get(name)!r}")
    print(f"{'field':12} {'n':>4} {'2nd=1st':>8} {'pipe=1st':>9} {'pipe=2nd':>9} {'undecided':>9}")
    for name, c in counts.items():
        n = c["both"] or 1
        print(f"{name:12} {c['both']:4} {c['second_vs_first'] / n:8.3f} {c['pipeline_vs_first'] / n:9.3f} "
              f"{c['pipeline_vs_second'] / n:9.3f} {c['undecided']:9}")
    if verbose:
        print("\n".join(listing))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--verbose"]
    main(args[0], args[1], args[2], "--verbose" in sys.argv)
