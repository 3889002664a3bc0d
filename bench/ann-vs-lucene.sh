#!/bin/sh
# Encore's HNSW vs Lucene 9.12's HNSW (Lucene99HnswVectorsFormat, M 16, beam 200, MAXIMUM_INNER_PRODUCT, one
# segment) on the same ALS item factors, one run: build time, recall@k against exact search, p50/p99 per query.
# Usage: bench/ann-vs-lucene.sh [--items 100000] [--queries 500] [--k 10,50] [--ef 50,100,200,400] [--threads 2]
#        [--engines lucene,encore,encore-one-graph (default; lucene-cosine: Lucene on MIP->cosine transformed vectors)]
# ENCORE_SKIP_INSTALL=1 uses the encore-ml already in the local Maven repository. Prints load averages around the run.
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
MVN=mvn; command -v mvn >/dev/null 2>&1 || MVN="$ROOT/mvnw"
[ "${ENCORE_SKIP_INSTALL:-0}" = 1 ] || (cd "$ROOT" && $MVN -B -q -pl encore-core,encore-ml install -DskipTests)
cd "$ROOT/bench/ann-vs-lucene"
$MVN -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java --add-modules jdk.incubator.vector -Xmx${HEAP:-8g} -cp "target/classes:$(cat target/cp.txt)" dev.encore.bench.ann.AnnVsLucene "$@"
echo "# $(date -u '+%H:%M UTC'), load after: $(cut -d' ' -f1-3 /proc/loadavg)"
