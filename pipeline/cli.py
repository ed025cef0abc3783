"""Command line (`python -m pipeline …` or the installed `policy-extract …`): extract, validate, report, review, export-spacy, bench."""
from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    # the run's patterns compiled once per machine (compiled_patterns.py), installed by the programs that extract
    # (this one and the workers' fork server) before any stage compiles them, never by a mere import of `pipeline`
    from .compiled_patterns import install
    install()
    parser = argparse.ArgumentParser(
        prog="policy-extract",
        description="Extract tasks, targets, policy parameters, deadlines and responsible units from Chinese "
                    "policy notices into Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract a folder of notices into Parquet tables")
    p.add_argument("--corpus", type=Path, default=Path("corpus"),
                   help="folder (searched recursively) or single file (default: corpus)")
    p.add_argument("--output", type=Path, default=Path("outputs"),
                   help="folder for the .parquet tables (default: outputs)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: all cores; 1 runs in this process)")
    p.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS",
                   help="per-file time limit; a file past it is stopped and named (default: 60)")
    p.add_argument("--memory-limit", type=float, default=1.5, metavar="GB",
                   help="per-file memory limit of a worker process (default: 1.5)")
    p.add_argument("--full", action="store_true",
                   help="extract every file again, ignoring the rerun cache in OUTPUT/.cache")
    p.add_argument("--wait", action="store_true",
                   help="wait for another run writing OUTPUT instead of failing at once")
    p.add_argument("--dataset", action="store_true",
                   help="also write OUTPUT/dataset/<table>/, partitioned by province and year")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask cluster (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (default: start a local cluster)")

    p = sub.add_parser("validate", help="score extracted tables against gold files",
                       description="Score the tables in OUTPUT against the gold files in GOLD. Both may be "
                                   "given several times: the gold of every folder is scored against the "
                                   "tables of every output together, one pooled figure (e.g. the held-out "
                                   "sets of three collections, each extracted to its own folder).")
    p.add_argument("--gold", type=Path, action="append", help="folder of gold *.yaml (default: tests/gold)")
    p.add_argument("--output", type=Path, action="append", help="folder of extracted tables (default: outputs)")
    p.add_argument("--thresholds", type=Path, default=Path("tests/thresholds.yaml"))
    p.add_argument("--verbose", action="store_true", help="list every miss and false positive")

    p = sub.add_parser("report", help="health report of extracted tables (no gold needed)")
    p.add_argument("--output", type=Path, default=Path("outputs"),
                   help="folder holding the .parquet tables; report.json is written there")

    p = sub.add_parser("review", help="static HTML site: every row highlighted in its document's text")
    p.add_argument("--output", type=Path, default=Path("outputs"), help="folder holding the .parquet tables")
    p.add_argument("--site", type=Path, default=None, help="folder for the site (default: OUTPUT/site)")

    p = sub.add_parser("export-spacy", help="documents and their rows as a spaCy DocBin (one SpanGroup per table)")
    p.add_argument("--to", type=Path, required=True, help="the .spacy file to write")
    p.add_argument("--output", type=Path, default=Path("outputs"), help="folder of extracted tables (default)")
    p.add_argument("--gold", type=Path, default=None, help="export gold files instead of extracted tables")
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="the notices the gold files label")

    p = sub.add_parser("check-rules", help="check rules/*.yaml (every extract does so first)")
    p.add_argument("--record", action="store_true",
                   help="record the rules files' key types as they are in rules/shapes.yaml")

    p = sub.add_parser("bench", help="measure throughput over a replicated corpus")
    p.add_argument("--corpus", type=Path, default=Path("corpus"))
    p.add_argument("--megabytes", type=float, default=20.0, help="size of the replicated corpus")
    p.add_argument("--large", type=float, default=None, metavar="MEGABYTES",
                   help="also run end to end on a replica this large (memory flat with size)")

    args = parser.parse_args(argv)
    if args.command == "extract":
        from .extract import Options
        from .workers import Limits, default_workers
        options = Options(workers=args.workers or default_workers(),
                          limits=Limits(args.time_limit, int(args.memory_limit * 1e9)),
                          full=args.full, wait=args.wait, dataset=args.dataset,
                          engine=args.engine, scheduler=args.scheduler)
        return extract(args.corpus, args.output, progress=not args.quiet, options=options)
    if args.command == "check-rules":
        from .rules_check import record_shapes
        if args.record:
            record_shapes()
        return _report_rule_problems()
    if args.command == "validate":
        from .evaluate import validate
        return validate(args.gold or [Path("tests/gold")], args.output or [Path("outputs")], args.thresholds,
                        verbose=args.verbose)
    if args.command == "report":
        from .report.writing import report_command
        current = args.output / "current"  # the set of tables the output folder shows
        return report_command(current if current.is_dir() else args.output)
    if args.command == "review":
        from .review import review_command
        return review_command(args.output, args.site)
    if args.command == "export-spacy":
        from .spacy_export import export
        return export(args.to, output=args.output, gold=args.gold, corpus=args.corpus)
    from .bench import bench
    return bench(args.corpus, args.megabytes, args.large)


def _report_rule_problems() -> int:
    from .rules_check import check_rules

    problems = check_rules()
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print("no file was read; after a deliberate change of the rules' keys or their types: "
              "python -m pipeline check-rules --record", file=sys.stderr)
    return 2 if problems else 0


@contextlib.contextmanager
def _progress_bar(total: int, progress: bool):
    """A progress bar's update function, or None without one (--quiet: tqdm, 0.03 s of
    imports, is not loaded)."""
    if not progress:
        yield None
        return
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread
    with tqdm(total=total, unit="file", disable=None, leave=False, file=sys.stderr) as bar:
        yield bar.update


def extract(corpus: Path, output: Path, progress: bool = True, options=None) -> int:
    from .workers import fewer_collections

    # This process, like a worker, allocates many short-lived objects (outcomes unpickled, a batch's
    # columns) and makes few cycles: the garbage collector's passes every 10,000 allocations instead
    # of every 700 took 0.04 s instead of 0.10 (2 workers) and 0.14 (1) on the 22 MB replica.
    with fewer_collections():
        return _extract(corpus, output, progress, options)


def _extract(corpus: Path, output: Path, progress: bool, options) -> int:
    from .workers import default_workers, start_fork_server

    # The fork server's warm-up (about 0.5 s) overlaps this process's imports and hashing; a
    # rerun may extract nothing (same inputs) and starts it only when a file is new.
    first = (options is not None and options.full) or not (output / "current").exists()
    if first and (options.workers if options else default_workers()) > 1 and (options is None or options.engine == "local"):
        start_fork_server()

    from .extract import NothingExtracted, Options, extract_corpus
    from .output_folder import OutputError
    from .run import find_inputs
    from .tables import plain_allocator, without_pandas

    without_pandas()
    plain_allocator()
    options = options or Options()
    started = time.perf_counter()
    from .cache import rules_checked

    checked = rules_checked(output)
    if not checked.exists() and _report_rule_problems():
        return 2
    if not corpus.exists():
        print(f"error: corpus {corpus} does not exist", file=sys.stderr)
        return 2
    from .ingest import SUFFIXES
    paths = find_inputs(corpus)
    if not paths:
        print(f"error: no {', '.join(SUFFIXES)} files under {corpus}", file=sys.stderr)
        return 2
    try:
        with _progress_bar(len(paths), progress) as on_file:
            summary = extract_corpus(corpus, output, options, on_file=on_file, paths=paths)
        with contextlib.suppress(OSError):  # a cache folder removed meanwhile: checked next time
            checked.touch()
    except OutputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except NothingExtracted as e:
        for failure in e.args[0].failures:
            print(f"skipped {failure.source_file}: {failure.reason}", file=sys.stderr)
        print("error: no file could be extracted; previous outputs left as they were", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"error: could not write tables to {output}: {e}; previous outputs left as they were",
              file=sys.stderr)
        return 1
    for failure in summary.failures:
        print(f"skipped {failure.source_file}: {failure.reason}", file=sys.stderr)
    for problem in summary.sidecar_problems:
        print(f"warning: {problem}", file=sys.stderr)
    rows = summary.rows
    print(f"{summary.documents} files ({len(summary.failures)} skipped, {summary.duplicates} duplicates, "
          f"{summary.cached} from cache), "
          f"{rows['tasks']} tasks, {rows['targets']} targets, {rows['parameters']} parameters, "
          f"{rows['deadlines']} deadlines, {rows['responsibilities']} units, "
          f"{summary.warnings} warnings, "
          f"{time.perf_counter() - started:.1f} s -> {output}/"
          + (" (inputs unchanged: tables kept as they were)" if summary.unchanged else ""))
    return 0
