#!/bin/sh
# JMH microbenchmarks of encore-ml's kernels (bench/jmh): builds encore-ml and the shaded benchmarks jar, runs every
# benchmark (or those matching the given JMH regexp/options) with the Vector API module, and prints a Markdown table
# (ns/op, GFLOP/s, SIMD speed-up) plus the load average before and after. Short settings: 1 fork, 3 x 1 s warm-up,
# 5 x 1 s measurement, about 4 minutes for the whole set on 2 cores.
# Usage: bench/jmh.sh [JMH args, e.g. 'VectorKernelBench.dot' or '-p rank=32,64,128']
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
MVN=mvn; command -v mvn >/dev/null 2>&1 || MVN="$ROOT/mvnw"
# ENCORE_SKIP_INSTALL=1 measures the encore-ml already in the local Maven repository (e.g. while the tree has edits).
[ "${ENCORE_SKIP_INSTALL:-0}" = 1 ] || (cd "$ROOT" && $MVN -B -q -pl encore-core,encore-ml install -DskipTests)
cd "$ROOT/bench/jmh"
$MVN -B -q package
OUT=target/jmh-results.json
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
# JMH_SETTINGS replaces the short settings (JMH rejects an option given twice), e.g. JMH_SETTINGS="-f 1 -wi 3 -w 1s -i 10 -r 1s".
java --add-modules jdk.incubator.vector -jar target/benchmarks.jar ${JMH_SETTINGS:--f 1 -wi 3 -w 1s -i 5 -r 1s} -rf json -rff "$OUT" "$@"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp target/benchmarks.jar dev.encore.bench.jmh.Summary "$OUT"
