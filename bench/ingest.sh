#!/usr/bin/env bash
# The ingest benchmark: builds the hub and the harness, then runs
# io.touchpointhub.bench.IngestBenchmark from the repository root.
#
#   bench/ingest.sh [events] [runs] [harness options...]
#   bench/ingest.sh                      # 100000 events, 3 runs: the figures in docs/benchmarks.md
#   bench/ingest.sh 20000 1 --docs none  # a quick check that does not touch the docs
#
# SKIP_BUILD=1 reuses routes/target/touchpoint-hub.jar and the harness as built last time.
set -euo pipefail
cd "$(dirname "$0")/.."

events="${1:-100000}"
runs="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -q -DskipTests install
  ./mvnw -q -Pbench -pl bench -DskipTests package
fi

# the command quoted next to the figures is exactly this one
command="bench/ingest.sh ${events} ${runs}${*:+ $*}"
[[ "${SKIP_BUILD:-0}" == "1" ]] && command="SKIP_BUILD=1 ${command}"
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.touchpointhub.bench.IngestBenchmark --events "${events}" --runs "${runs}" --command "${command}" "$@"
