#!/usr/bin/env bash
# The whole worker process under image load, as Elastic Beanstalk runs it: the bundle's bin/run-tier with
# BEANPRESS_TIER=worker (its JVM flags), on the embedded MariaDB, Redis and ElasticMQ, with the web tier in front.
# For each input it uploads BENCH_IMAGES copies through the web tier's API, waits until all are READY, and prints
# images/s end to end and the worker's resident memory after start-up and at its peak (VmHWM). A benchmark, not a
# test: see bench/README.md.
#
#   bench/worker-memory.sh                      # 12 MP and 24 MP inputs, 24 images each; about 2 minutes
#   BENCH_IMAGES=48 BEANPRESS_JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/worker-memory.sh
#
# Environment: BENCH_IMAGES (24), BENCH_SKIP_BUILD=1 (reuse the last build), BEANPRESS_JAVA_OPTS (extra worker
# JVM flags, appended by bin/run-tier as on Elastic Beanstalk). Inputs are the ones bench/image-throughput.sh makes
# (bench/target/image-throughput/12mp.jpg, 24mp.jpg); run that first.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
DIR=$BENCH/target/worker-memory
INPUTS_DIR=$BENCH/target/image-throughput
IMAGES=${BENCH_IMAGES:-24}

for input in 12mp 24mp; do
	[[ -s $INPUTS_DIR/$input.jpg ]] || { echo "worker-memory: no $INPUTS_DIR/$input.jpg: run bench/image-throughput.sh first" >&2; exit 2; }
done

mkdir -p "$DIR"
if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
	(cd "$REPO" && ./mvnw -q -o install -DskipTests >&2)
	(cd "$REPO" && ./mvnw -q -o -pl bundle dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile="$DIR/cp.txt" >&2)
fi
CP=$REPO/local-infra/target/classes:$(cat "$DIR/cp.txt")
rm -rf "$DIR/classes" "$DIR/app"
javac -d "$DIR/classes" -cp "$CP" --release 17 "$BENCH/java/WorkerMemory.java"
mkdir -p "$DIR/app"
unzip -q "$REPO/bundle/target/beanpress.zip" -d "$DIR/app"

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) MiB; $(uptime)"
for input in 12mp 24mp; do
	echo
	echo "-- $input: $(vipsheader "$INPUTS_DIR/$input.jpg" 2>/dev/null || echo "$input.jpg"), $IMAGES uploads"
	java -cp "$DIR/classes:$CP" -Dbeanpress.repository-root="$REPO" WorkerMemory "$DIR/app" "$INPUTS_DIR/$input.jpg" \
		"$IMAGES" "$DIR/logs-$input" >"$DIR/$input.out" 2>&1 || { tail -20 "$DIR/$input.out"; exit 1; }
	grep -E '^(images|worker_)' "$DIR/$input.out" | sed 's/^/  /'
	grep -m1 '^run-tier: worker tier' "$DIR/logs-$input/worker.log" | sed 's/^/  /'
done
echo
echo "target: whole worker RSS under 256 MiB (DESIGN.md); web, worker and the embedded services share the machine"
