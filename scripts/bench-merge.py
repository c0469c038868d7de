#!/usr/bin/env python3
"""One benchmark JSON from several: each cell's median over the files that time it.

    python3 scripts/bench-merge.py OUTPUT.json PART.json [PART.json ...]

The parts are JSON files in bench_peers.py's schema (which `tito bench --json` writes too): a
`meta` object and a `results` list of records. scripts/bench-side-by-side.sh writes one per op
and round; this script puts them back together. A cell is one (peer, op, size, mode, threads);
its merged record is the one of median time per call (with an even count of rounds, the two
middle times averaged), its Gelem/s recomputed from that time, and `rounds_ns_per_call` lists
every round's time. The merged `meta` is the first part's, with `merged_from` (the parts'
names) and the earliest `date`.
"""
import json
import os
import statistics
import sys
from pathlib import Path


def load(path):
    # tito writes Infinity/NaN for empty cells' error columns, as Python's json module reads them.
    return json.loads(Path(path).read_text())


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: bench-merge.py OUTPUT.json PART.json [PART.json ...]")
    output, parts = Path(sys.argv[1]), sys.argv[2:]
    documents = []
    for part in parts:
        try:
            documents.append(load(part))
        except (OSError, ValueError) as error:
            sys.exit(f"error: cannot read {part}: {error}")
    cells = {}
    for document in documents:
        for record in document["results"]:
            key = (record["peer"], record["op"], record["size"], record["mode"], record["threads"])
            cells.setdefault(key, []).append(record)
    results = []
    for key, records in cells.items():
        times = [r["ns_per_call"] for r in records if r.get("ns_per_call")]
        merged = dict(sorted(records, key=lambda r: r.get("ns_per_call") or 0)[len(records) // 2])
        if times:
            median = statistics.median(times)
            merged["ns_per_call"] = median
            merged["gelem_per_s"] = key[2] / median
            merged["rounds_ns_per_call"] = times
        results.append(merged)
    meta = dict(documents[0]["meta"])
    meta["merged_from"] = [Path(part).name for part in parts]
    dates = [d["meta"].get("date") for d in documents if d["meta"].get("date")]
    if dates:
        meta["date"] = min(dates)
    temporary = output.with_name(output.name + ".partial")
    temporary.write_text(json.dumps({"meta": meta, "results": results}, indent=1))
    os.replace(temporary, output)


if __name__ == "__main__":
    main()
