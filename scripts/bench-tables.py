#!/usr/bin/env python3
"""Markdown tables from one run of scripts/bench-side-by-side.sh: TinyTorch against the best peer.

    python3 scripts/bench-tables.py bench-results/2026-11-30T0705Z [RUN]

For each thread count and mode, one table: ops as rows, sizes as columns; each cell gives the
accurate tier / fast tier in Gelem/s, their ratios to the best peer in the same sitting, and
that peer. Then the count of the issue's target cells that are met: at 65,536 / 1,048,576 /
16,777,216 elements, the fast tier and relu >= 1.0x the best peer, the accurate tier >= 0.8x;
at 1,000 elements, every call faster than the best peer's. Last, the relu target at 16,777,216
elements: >= 90% of the faster of a copy (ours or a peer's) and the best peer's relu, same run.
For a run merged from rounds (bench-merge.py), also how far the rounds of each cell disagreed.
"""
import json
import sys
from pathlib import Path

OPS = ["relu", "sigmoid", "tanh", "gelu", "gelu_tanh", "silu", "softmax"]
GROUPS = ["at 1,000 elements", "fast tier and relu", "accurate tier and softmax"]


def records(path):
    text = path.read_text().replace("-Infinity", "null").replace("Infinity", "null").replace("NaN", "null")
    return json.loads(text)["results"]


def main():
    folder = Path(sys.argv[1])
    run = sys.argv[2] if len(sys.argv) > 2 else "A"
    counts = {group: [0, 0] for group in GROUPS}   # group -> [met, total]
    relu_lines = []
    misses = []   # (group, description) of every cell below its target
    for threads in (1, 2):
        ours = {(r["op"], r["size"], r["mode"]): r["gelem_per_s"]
                for r in records(folder / f"tinytorch-{threads}t-{run}.json")}
        best = {}
        for r in records(folder / f"peers-{threads}t-{run}.json"):
            key = (r["op"], r["size"], r["mode"])
            if r.get("gelem_per_s") and (key not in best or r["gelem_per_s"] > best[key][0]):
                best[key] = (r["gelem_per_s"], r["peer"])
        sizes = sorted({size for (_, size, _) in ours})
        for mode in ("into", "alloc"):
            print(f"\n**{mode}, {threads} thread{'s' if threads > 1 else ''}**\n")
            print("| op | " + " | ".join(f"{s:,}" for s in sizes) + " |")
            print("| --- |" + " --- |" * len(sizes))
            for op in OPS:
                cells = []
                for size in sizes:
                    peer = best.get((op, size, mode))
                    tiers = [t for t in (op, op + "_fast") if (t, size, mode) in ours]
                    if not peer or not tiers:
                        cells.append("–")
                        continue
                    figures = " / ".join(f"{ours[(t, size, mode)]:.3g}" for t in tiers)
                    ratios = " / ".join(f"{ours[(t, size, mode)] / peer[0]:.2f}" for t in tiers)
                    cells.append(f"{figures} ({ratios}) vs {peer[0]:.3g} {peer[1]}")
                    for t in tiers:
                        ratio = ours[(t, size, mode)] / peer[0]
                        group = GROUPS[0] if size <= 1000 else GROUPS[1] if t.endswith("_fast") or t == "relu" else GROUPS[2]
                        target = 0.8 if group == GROUPS[2] else 1.0
                        counts[group][0] += ratio >= target
                        counts[group][1] += 1
                        if ratio < target:
                            misses.append((group, f"{t} {size:,} {mode} {threads}t: {ratio:.3f}"))
                print(f"| {op} | " + " | ".join(cells) + " |")
            relu_lines.append(relu_at_16m(ours, best, threads, mode))
    met, total = (sum(count[i] for count in counts.values()) for i in (0, 1))
    groups = ", ".join(f"{count[0]} of {count[1]} {group}" for group, count in counts.items())
    print(f"\n{met} of {total} cells meet their target: {groups}.")
    for group in GROUPS:
        missed = [text for g, text in misses if g == group]
        if missed:
            print(f"- missed, {group}: " + "; ".join(missed))
    print("\nrelu at 16,777,216 elements against max(copy, best relu):")
    for line in relu_lines:
        print(f"- {line}")
    spread = [rounds_spread(folder / f"{side}-{threads}t-{run}.json", side)
              for side in ("tinytorch", "peers") for threads in (1, 2)]
    if all(spread):
        print("\nHow far the rounds of a cell disagreed (slowest round's time / fastest's, cells above 1,000 elements):")
        for line in spread:
            print(f"- {line}")


def rounds_spread(path, side):
    """One line on the rounds of a merged file: the median and largest slowest/fastest ratio."""
    ratios = [max(r["rounds_ns_per_call"]) / min(r["rounds_ns_per_call"])
              for r in records(path) if len(r.get("rounds_ns_per_call", [])) > 1 and r["size"] > 1000]
    if not ratios:
        return None
    ratios.sort()
    above = sum(ratio > 1.2 for ratio in ratios)
    return (f"{path.name}: median {ratios[len(ratios) // 2]:.2f}, largest {ratios[-1]:.2f}; "
            f"{above} of {len(ratios)} cells above 1.2")


def relu_at_16m(ours, best, threads, mode):
    """The relu-at-16M target of one table: ours >= 0.9 x the faster of every copy and the best relu."""
    size = 16_777_216
    relu = ours.get(("relu", size, mode))
    rivals = [(ours.get(("copy", size, mode)), "our copy"), (best.get(("copy", size, mode), (None,))[0], "peer copy"),
              (best.get(("relu", size, mode), (None,))[0], "peer relu")]
    rivals = [(value, name) for value, name in rivals if value]
    where = f"{threads} thread{'s' if threads > 1 else ''}, {mode}"
    if not relu or not rivals:
        return f"{where}: not timed"
    value, name = max(rivals)
    ratio = relu / value
    verdict = "met" if ratio >= 0.9 else "missed"
    return f"{where}: {relu:.3g} vs {value:.3g} ({name}), {ratio:.2f}: {verdict}"


if __name__ == "__main__":
    main()
