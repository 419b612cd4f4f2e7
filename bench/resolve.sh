#!/usr/bin/env bash
# The identity-resolution benchmark: builds the hub and the harness, then runs
# io.touchpointhub.bench.resolve.ResolveBenchmark from the repository root.
#
#   bench/resolve.sh [--datasets a,b|all|none] [--scale 10000,100000,1000000|none] [--docs PATH|none] [options...]
#   bench/resolve.sh                                   # everything: the figures in docs/benchmarks.md
#   bench/resolve.sh --datasets febrl1,fake_1000 --scale none --docs none   # a quick look, docs untouched
#
# SKIP_BUILD=1 reuses routes/target/touchpoint-hub.jar and the harness as built last time.
# The data sets are read from shared/datasets/identity beside (or one level above) the repository,
# or from --data DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  # package, not install: the harness starts the jar from routes/target and needs nothing in ~/.m2; one
  # reactor build with the bench profile, so the harness links against this tree's modules, not stale jars
  ./mvnw -q -Pbench -DskipTests package
fi

# the command quoted next to the figures is exactly this one
command="bench/resolve.sh${*:+ $*}"
[[ "${SKIP_BUILD:-0}" == "1" ]] && command="SKIP_BUILD=1 ${command}"
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.touchpointhub.bench.resolve.ResolveBenchmark --command "${command}" "$@"
