#!/usr/bin/env bash
# Measures the benchmark figures and prints each as "figure: NAME VALUE"; also writes benchmarks/target/results/last-run.txt.
#   benchmarks/run.sh           the full run
#   benchmarks/run.sh --quick   fewer rounds: under ten minutes on two cores
#   benchmarks/run.sh --cluster the routes' ClusterIT: three node processes over PostgreSQL and Artemis, nodes killed
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
if [ "$mode" = "--cluster" ]; then
    status=0
    mvn -B -q -pl routes -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test=ClusterIT -Dfailsafe.failIfNoSpecifiedTests=false || status=$?
    grep -h '^figure: cluster_' routes/target/failsafe-reports/io.kopru.camel.routes.cluster.ClusterIT-output.txt
    exit $status
fi
mvn -B -q -pl benchmarks -am package -DskipTests
java -Xms512m -Xmx2g -jar benchmarks/target/benchmarks.jar ${mode:+$mode} benchmarks/target/results/last-run.txt
