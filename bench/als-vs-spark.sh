#!/bin/sh
# Encore ALS vs Spark MLlib ALS (implicitPrefs, local[THREADS]) on the same seeded power-law matrix, one run.
# Usage: bench/als-vs-spark.sh [users items nnz rank iterations threads]   (default: set "M", rank 64, 10 iterations, 2 threads)
# Downloads Spark 3.5 from Maven Central on first use (~300 MB).
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
MVN=mvn; command -v mvn >/dev/null 2>&1 || MVN="$ROOT/mvnw"
(cd "$ROOT" && $MVN -B -q -pl encore-core,encore-ml install -DskipTests)
cd "$ROOT/bench/spark-als"
$MVN -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# Spark on JDK 17 needs these opens (Spark's own JavaModuleOptions list).
OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
exec java -Xmx16g $OPENS --add-modules jdk.incubator.vector -cp "target/classes:$(cat target/cp.txt)" dev.encore.bench.AlsVsSpark \
  "${1:-100000}" "${2:-50000}" "${3:-5000000}" "${4:-64}" "${5:-10}" "${6:-2}"
