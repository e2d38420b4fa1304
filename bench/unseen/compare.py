#!/usr/bin/env python3
"""Measures import on published reports the project has never seen.

Usage: bench/unseen/compare.py DIR

DIR holds published reports (NN.html, NN.txt, NN.docx, …) and, beside each, NN.truth.json: the
numbers of its tables as published, read by a person (same row and column ids as the json export;
null for a blank cell). Each report is imported and exported to JSON with ./govreport, and every
table cell is compared. No report is kept in the repository: they are other people's texts.

Printed per report and in total: cells exact (a blank must come out null, as the import writes it 空);
blank cells that came out as 0 instead; cells left unknown (?); cells imported wrong (a different
number: the one outcome that must not happen); then the share of printed numbers, and of all cells,
that came out exactly.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLES = ("proactive", "requests", "appeals")


def same(truth, got):
    if truth is None or got is None:
        return truth is None and got is None
    return Decimal(str(truth)) == Decimal(str(got))


def govreport(*args):
    return subprocess.run([str(ROOT / "govreport"), *args], capture_output=True, text=True)


def main(folder):
    totals = dict(cells=0, exact=0, blank_as_0=0, unknown=0, wrong=0)
    out = pathlib.Path(tempfile.mkdtemp(prefix="govreport-unseen-"))
    for truth_file in sorted(folder.glob("*.truth.json")):
        stem = truth_file.name[: -len(".truth.json")]
        sources = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".truth.json")]
        if len(sources) != 1:
            print(f"{stem}: expected one report beside {truth_file.name}, found {len(sources)}")
            continue
        govreport("import", "--force", "-o", str(out), str(sources[0]))
        govreport("export", "--force", "--to", "json", "-o", str(out), str(out / (stem + ".govreport")))
        got = json.loads((out / (stem + ".json")).read_text(encoding="utf-8"))
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        counts = dict(cells=0, exact=0, blank_as_0=0, unknown=0, wrong=0)
        problems = []
        for table in TABLES:
            for row, columns in truth[table].items():
                for column, published in columns.items():
                    value = got.get(table, {}).get(row, {}).get(column)
                    counts["cells"] += 1
                    if same(published, value):
                        counts["exact"] += 1
                    elif published is None and value is not None and Decimal(str(value)) == 0:
                        counts["blank_as_0"] += 1
                    elif value is None:
                        counts["unknown"] += 1
                        problems.append(f"    unknown {table}.{row}.{column}: published {published}")
                    else:
                        counts["wrong"] += 1
                        problems.append(f"    WRONG {table}.{row}.{column}: published {published}, imported {value}")
        print(f"{stem} {truth.get('organ')} {truth.get('year')} (format {truth.get('format')}): " +
              ", ".join(f"{k} {v}" for k, v in counts.items()))
        print("\n".join(problems[:20]), end="\n" if problems else "")
        for k, v in counts.items():
            totals[k] += v
    print("total: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    printed = totals["cells"] - totals["blank_as_0"]
    if printed:
        print(f"printed numbers exact: {totals['exact']}/{printed} = {100 * totals['exact'] / printed:.2f} %; "
              f"all cells exact, a blank counted right only as null: {totals['exact']}/{totals['cells']} = "
              f"{100 * totals['exact'] / totals['cells']:.2f} %")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(pathlib.Path(sys.argv[1]))
