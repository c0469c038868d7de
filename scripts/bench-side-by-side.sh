#!/usr/bin/env bash
# TinyTorch and its peers (NumPy, PyTorch, JAX, MLX, ONNX Runtime) timed side by side, in one
# sitting, on this machine, interleaved op by op.
#
# Why interleaved: this machine's speed drops for a minute or more at a time, for both sides (in
# session 5's run B one slow spell took ONNX Runtime's SiLU at 1M from 1.95 to 1.29 Gelem/s in one
# round and ours from 1.73 to 1.23 in two: the rounds in bench-results/session5/parts; see
# docs/performance.md, "Speed against the peers"). Timing every peer and then all of
# TinyTorch, as a whole sweep each, puts the two sides in different phases. Here each op is timed
# in rounds, the order alternating (round 1: peers then TinyTorch; round 2: TinyTorch then
# peers; …), so both sides of a cell are measured seconds apart and neither always goes first;
# each cell keeps the median over the rounds.
#
# Everything lands in one folder, per run (RUNS) and thread count:
#   parts/…                 every single bench_peers.py and tito bench JSON, per op and round
#   peers-1t-A.json         the peers' figures, the median over the rounds (bench_peers.py's schema)
#   tinytorch-1t-A.json     ours, the same (tito bench --json's schema, the same as the peers')
#   tables-A.md             scripts/bench-tables.py's tables and the count of the targets met
#
# Usage: scripts/bench-side-by-side.sh [OUTPUT_FOLDER]
#   PEERS_PYTHON  the Python of the peers' venv (../shared/peers/README.md; default /tmp/peers_venv/bin/python)
#   PEERS_BENCH   bench_peers.py (default ../shared/peers/bench_peers.py)
#   RUNS          the runs' names (default "A"; "A B" repeats the whole table to show the drift left)
#   ROUNDS        rounds per op (default 2)
#   OPS           the ops (default: every op bench_peers.py times)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PEERS_PYTHON:-/tmp/peers_venv/bin/python}
peers=${PEERS_BENCH:-../shared/peers/bench_peers.py}
out=${1:-bench-results/$(date -u +%Y-%m-%dT%H%MZ)}
rounds=${ROUNDS:-2}
ops=${OPS:-copy relu sigmoid tanh gelu gelu_tanh silu softmax}
for needed in "$python" "$peers"; do
    [[ -e $needed ]] || { echo "error: $needed not found (see ../shared/peers/README.md)" >&2; exit 2; }
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "error: ROUNDS must be a positive whole number, got '$rounds'" >&2; exit 2; }
mkdir -p "$out/parts"
TINYTORCH_TARGET_CPU=native swift build -c release --product tito

time_peers() {   # op threads json
    "$python" "$peers" --threads "$2" --ops "$1" --json "$3" > "${3%.json}.txt"
}
time_ours() {    # op threads json
    .build/release/tito bench --threads "$2" --ops "$1" --no-backward --json "$3" > "${3%.json}.txt"
}

for run in ${RUNS:-A}; do
    for threads in 1 2; do
        tag=${threads}t-$run
        for op in $ops; do
            for ((round = 1; round <= rounds; round++)); do
                echo "== $tag: $op, round $round of $rounds" >&2
                peers_part=$out/parts/peers-$tag-$op-$round.json
                ours_part=$out/parts/tinytorch-$tag-$op-$round.json
                if ((round % 2 == 1)); then
                    time_peers "$op" "$threads" "$peers_part"
                    time_ours "$op" "$threads" "$ours_part"
                else
                    time_ours "$op" "$threads" "$ours_part"
                    time_peers "$op" "$threads" "$peers_part"
                fi
            done
        done
        python3 scripts/bench-merge.py "$out/peers-$tag.json" "$out"/parts/peers-"$tag"-*.json
        python3 scripts/bench-merge.py "$out/tinytorch-$tag.json" "$out"/parts/tinytorch-"$tag"-*.json
    done
    python3 scripts/bench-tables.py "$out" "$run" > "$out/tables-$run.md"
done
echo "results in $out" >&2
