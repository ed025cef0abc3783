"""Agreement of two readings of the same notices, scored with the pipeline's own matcher.

    PYTHONPATH=. python tests/real/second_reading/agree.py FIRST_GOLD_DIR SECOND_GOLD_DIR [--verbose]

Each reading's required rows are scored in turn as if predicted, against the other reading as
gold (optional rows of the gold reading match without counting, as in `pipeline validate`).
Only notices present in both folders are compared.
"""
import sys
from pathlib import Path

from pipeline.evaluate import load_golds
from pipeline.evaluate.formatting import summary_table, verbose_listing
from pipeline.evaluate.rows import gold_rows
from pipeline.evaluate.scoring import TABLES, Counts, Result, _match_table


def readings(folder: str) -> dict[str, dict]:
    return {gold["source_file"]: gold for gold in load_golds(Path(folder))}


def agreement(gold: list[dict], predicted: list[dict]) -> Result:
    # the scorer's own matcher, fed gold rows on both sides (score() reads predictions from tables)
    result = Result()
    for g in gold:
        result.per_doc[g["source_file"]] = {t: Counts() for t in TABLES}
    gold_all = [r for g in gold for r in gold_rows(g)]
    predicted_required = [r for g in predicted for r in gold_rows(g) if not r.optional]
    for table in TABLES:
        _match_table(result, table, [r for r in gold_all if r.table == table],
                     [r for r in predicted_required if r.table == table])
    return result


def main(first: str, second: str, verbose: bool) -> None:
    a, b = readings(first), readings(second)
    common = sorted(set(a) & set(b))
    for title, gold, predicted in (("second reading scored against the first", a, b),
                                   ("first reading scored against the second", b, a)):
        result = agreement([gold[n] for n in common], [predicted[n] for n in common])
        print(f"== {title} ({len(common)} notices)")
        print(summary_table(result))
        if verbose:
            print(verbose_listing(result))


if __name__ == "__main__":
    args = [x for x in sys.argv[1:] if x != "--verbose"]
    main(args[0], args[1], "--verbose" in sys.argv)
