#!/usr/bin/env bash
# Measures the benchmark figures and prints each as "figure: NAME VALUE"; also writes benchmarks/target/results/last-run.txt.
#   benchmarks/run.sh           the full run
#   benchmarks/run.sh --quick   fewer rounds: under ten minutes on two cores
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
mvn -B -q -pl benchmarks -am package -DskipTests
java -Xms512m -Xmx2g -jar benchmarks/target/benchmarks.jar ${mode:+$mode} benchmarks/target/results/last-run.txt
