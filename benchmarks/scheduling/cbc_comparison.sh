#!/usr/bin/env bash
# Our roster vs the proven optimum of the shift-covering integer program (CBC), on a one-week, single-queue,
# 50-agent instance (08:00-20:00, 30-minute intervals). Not part of CI. Needs Debian's coinor-cbc.
#   benchmarks/scheduling/cbc_comparison.sh [AGENTS=50] [OUR_SECONDS=60] [CBC_SECONDS=600] [SEED=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
agents=${1:-50}; ours=${2:-60}; cbc_limit=${3:-600}; seed=${4:-1}
command -v cbc >/dev/null || { echo "cbc not found: apt-get install coinor-cbc" >&2; exit 2; }
[ -f benchmarks/target/benchmarks.jar ] || ./mvnw -B -q -pl benchmarks -am package -DskipTests
dir=$(mktemp -d)
java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.scheduling.CbcComparison "$dir" "$agents" "$ours" "$seed" \
  2>/dev/null | tee "$dir/ours.txt"
cbc "$dir/model.lp" sec "$cbc_limit" solve solu "$dir/solution.txt" > "$dir/cbc.log" 2>&1 || true
ours_short=$(sed -n 's/^ours_short_agent_minutes=//p' "$dir/ours.txt")
status=$(head -1 "$dir/solution.txt")
best=$(sed -n 's/.*objective value \([0-9.e+-]*\).*/\1/p' "$dir/solution.txt" | head -1)
bound=$(grep -o 'best possible [0-9.e+-]*' "$dir/cbc.log" | tail -1 | awk '{print $3}')
[ -z "$bound" ] && bound=$best
echo "cbc_status=$status"
echo "cbc_best_short_agent_minutes=$best"
echo "cbc_bound_short_agent_minutes=$bound"
awk -v o="$ours_short" -v b="$best" -v l="$bound" 'BEGIN {
  printf "ours_above_cbc_best=%.2f%%\nours_above_bound=%.2f%%\n", 100 * (o - b) / b, 100 * (o - l) / l }'
echo "files: $dir"
