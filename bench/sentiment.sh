#!/usr/bin/env bash
# The sentiment benchmark: builds the nlp module and the harness, then runs
# io.touchpointhub.bench.sentiment.SentimentBenchmark from the repository root on the labelled sets in
# ../shared/datasets/sentiment (override with SENTIMENT_DATA=dir).
#
#   bench/sentiment.sh                    # 3 timed passes; rewrites the sentiment section of docs/benchmarks.md
#   bench/sentiment.sh --docs none        # a check that leaves the docs alone
#   bench/sentiment.sh --tune --docs none # also prints thresholds chosen on the tuning halves
#
# SKIP_BUILD=1 reuses the harness as built last time.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${SENTIMENT_DATA:-../shared/datasets/sentiment}"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -q -Pbench -pl bench -am -DskipTests package
fi

command="bench/sentiment.sh${*:+ $*}"
[[ "${SKIP_BUILD:-0}" == "1" ]] && command="SKIP_BUILD=1 ${command}"
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.touchpointhub.bench.sentiment.SentimentBenchmark --data "${data}" --command "${command}" "$@"
