"""Command line (`python -m pipeline …` or the installed `policy-extract …`): extract, validate, report, review, bench."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="policy-extract",
        description="Extract tasks, targets, deadlines and responsible units from Chinese "
                    "policy notices into Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract a folder of notices into Parquet tables")
    p.add_argument("--corpus", type=Path, default=Path("corpus"),
                   help="folder (searched recursively) or single file (default: corpus)")
    p.add_argument("--output", type=Path, default=Path("outputs"),
                   help="folder for the .parquet tables (default: outputs)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("validate", help="score extracted tables against gold files")
    p.add_argument("--gold", type=Path, default=Path("tests/gold"))
    p.add_argument("--output", type=Path, default=Path("outputs"))
    p.add_argument("--thresholds", type=Path, default=Path("tests/thresholds.yaml"))
    p.add_argument("--verbose", action="store_true", help="list every miss and false positive")

    p = sub.add_parser("report", help="health report of extracted tables (no gold needed)")
    p.add_argument("--output", type=Path, default=Path("outputs"),
                   help="folder holding the .parquet tables; report.json is written there")

    p = sub.add_parser("review", help="static HTML site: every row highlighted in its document's text")
    p.add_argument("--output", type=Path, default=Path("outputs"), help="folder holding the .parquet tables")
    p.add_argument("--site", type=Path, default=None, help="folder for the site (default: OUTPUT/site)")

    p = sub.add_parser("bench", help="measure throughput over a replicated corpus")
    p.add_argument("--corpus", type=Path, default=Path("corpus"))
    p.add_argument("--megabytes", type=float, default=20.0, help="size of the replicated corpus")

    args = parser.parse_args(argv)
    if args.command == "extract":
        return extract(args.corpus, args.output, progress=not args.quiet)
    if args.command == "validate":
        from .evaluate import validate
        return validate(args.gold, args.output, args.thresholds, verbose=args.verbose)
    if args.command == "report":
        from .report import report_command
        return report_command(args.output)
    if args.command == "review":
        from .review import review_command
        return review_command(args.output, args.site)
    from .bench import bench
    return bench(args.corpus, args.megabytes)


def extract(corpus: Path, output: Path, progress: bool = True) -> int:
    from tqdm import tqdm

    from .ingest import SUFFIXES
    from .run import find_inputs, process_corpus
    from .tables import build_tables, write_tables

    started = time.perf_counter()
    if not corpus.exists():
        print(f"error: corpus {corpus} does not exist", file=sys.stderr)
        return 2
    paths = find_inputs(corpus)
    if not paths:
        print(f"error: no {', '.join(SUFFIXES)} files under {corpus}", file=sys.stderr)
        return 2
    with tqdm(total=len(paths), unit="file", disable=not progress or None, leave=False,
              file=sys.stderr) as bar:
        result = process_corpus(paths, corpus, on_file=bar.update)
    for failure in result.failures:
        print(f"skipped {failure.source_file}: {failure.reason}", file=sys.stderr)
    from .sidecar import sidecar_problems
    for problem in sidecar_problems(corpus, result.documents, result.failures):
        print(f"warning: {problem}", file=sys.stderr)
    if not result.documents:
        print("error: no file could be extracted; previous outputs left as they were", file=sys.stderr)
        return 1
    tables = build_tables(result.documents)
    try:
        write_tables(tables, output)
    except OSError as e:
        print(f"error: could not write tables to {output}: {e}; previous outputs left as they were",
              file=sys.stderr)
        return 1
    from .report import write_report
    write_report(output)
    docs = result.documents
    print(f"{len(docs)} files ({len(result.failures)} skipped), "
          f"{tables['tasks'].num_rows} tasks, {tables['targets'].num_rows} targets, "
          f"{tables['deadlines'].num_rows} deadlines, {tables['responsibilities'].num_rows} units, "
          f"{sum(len(d.warnings) for d in docs)} warnings, "
          f"{time.perf_counter() - started:.1f} s -> {output}/")
    return 0
