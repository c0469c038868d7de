#!/usr/bin/env bash
# TinyTorch and its peers (NumPy, PyTorch, JAX, MLX, ONNX Runtime) timed side by side, in one
# sitting, on this machine: for each thread count, the peers' benchmark and then `tito bench
# --compare` against the JSON it just wrote, in runs A and B by default (RUNS="A B"), so that the
# same table taken twice shows how much the machine drifted. Everything lands in one folder:
#
#   peers-1t-A.json/.txt   bench_peers.py --threads 1 --json …      (the peers' figures)
#   tinytorch-1t-A.json    tito bench --threads 1 --json …          (ours, same schema)
#   compare-1t-A.txt       tito bench --compare: ours, the best peer's, the ratio, per cell
#   … and the same for 2 threads and for run B.
#
# Usage: scripts/bench-side-by-side.sh [OUTPUT_FOLDER]
#   PEERS_PYTHON  the Python of the peers' venv (../shared/peers/README.md; default /tmp/peers_venv/bin/python)
#   PEERS_BENCH   bench_peers.py (default ../shared/peers/bench_peers.py)
#   RUNS          the runs' names (default "A B"; one name for a single run)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PEERS_PYTHON:-/tmp/peers_venv/bin/python}
peers=${PEERS_BENCH:-../shared/peers/bench_peers.py}
out=${1:-bench-results/$(date -u +%Y-%m-%dT%H%MZ)}
for needed in "$python" "$peers"; do
    [[ -e $needed ]] || { echo "error: $needed not found (see ../shared/peers/README.md)" >&2; exit 2; }
done
mkdir -p "$out"
TINYTORCH_TARGET_CPU=native swift build -c release --product tito
for run in ${RUNS:-A B}; do
    for threads in 1 2; do
        tag=${threads}t-$run
        echo "== $tag: peers" >&2
        "$python" "$peers" --threads "$threads" --json "$out/peers-$tag.json" > "$out/peers-$tag.txt"
        echo "== $tag: tinytorch" >&2
        .build/release/tito bench --threads "$threads" --json "$out/tinytorch-$tag.json" \
            --compare "$out/peers-$tag.json" > "$out/compare-$tag.txt"
    done
done
echo "results in $out" >&2
