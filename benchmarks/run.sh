#!/usr/bin/env bash
#
# Copyright 2026 The Kopru Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# Measures the benchmark figures and prints each as "figure: NAME VALUE"; also writes benchmarks/target/results/last-run.txt.
#   benchmarks/run.sh           the full run, the cluster run (--cluster) first
#   benchmarks/run.sh --quick   fewer rounds: under ten minutes on two cores; reports the last cluster run's figure
#   benchmarks/run.sh --cluster the routes' ClusterIT: three node processes over PostgreSQL and Artemis, nodes killed
#   benchmarks/run.sh --fuzz S  fuzzes every @FuzzTest target for S seconds (Jazzer, JAZZER_FUZZ=1) and prints
#                               "figure: fuzz_<target>_execs N" per target and "figure: fuzz_findings N"
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
# the routes' ClusterIT; its figures are kept, with the run's date, in benchmarks/target/results/cluster-run.txt,
# which the benchmark runs report cluster_scaling_utilisation_3_nodes from
cluster_run() {
    local status=0
    mvn -B -q -pl routes -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test=ClusterIT -Dfailsafe.failIfNoSpecifiedTests=false || status=$?
    mkdir -p benchmarks/target/results
    { echo "# cluster run $(date -u +%Y-%m-%dT%H:%M:%SZ), exit status $status"
      grep -h '^figure: cluster_' routes/target/failsafe-reports/io.kopru.camel.routes.cluster.ClusterIT-output.txt || true
    } > benchmarks/target/results/cluster-run.txt
    grep -h '^figure: cluster_' benchmarks/target/results/cluster-run.txt || true
    return $status
}
if [ "$mode" = "--cluster" ]; then
    status=0
    cluster_run || status=$?
    exit $status
fi

# module:test class of every fuzz target; adding a target is one line here
FUZZ_TARGETS=(
    camel-provider-support:PhoneNumbersFuzzTest
    camel-provider-support:SmsSegmentsFuzzTest
    camel-component-iletimerkezi:IletimerkeziAnswersFuzzTest
    camel-component-iletimerkezi:IletimerkeziPushedReportFuzzTest
    camel-component-mobildev:MobildevClassicAnswersFuzzTest
    camel-component-mobildev:MobildevIntegratorAnswersFuzzTest
    camel-component-signaport:SignaportAnswersFuzzTest
    camel-component-restlink:RestlinkAnswersFuzzTest
    camel-component-brokerage:BrokerageTokenAnswerFuzzTest
    camel-component-brokerage:BrokerageWebhookBodyFuzzTest
    provider-sandbox:IletimerkeziRequestFuzzTest
    provider-sandbox:RestlinkRequestFuzzTest
    provider-sandbox:BrokerageRequestFuzzTest
    provider-sandbox:MobildevRequestFuzzTest
    provider-sandbox:SignaportRequestFuzzTest
)

if [[ "$mode" == "--fuzz" ]]; then
    seconds="${2:?usage: benchmarks/run.sh --fuzz SECONDS}"
    findings=0
    for entry in "${FUZZ_TARGETS[@]}"; do
        module="${entry%%:*}"
        test="${entry##*:}"
        rm -rf "$module/target/fuzz"
        log="$module/target/fuzz-$test.log"
        mkdir -p "$module/target"
        # Jazzer 0.24 takes the duration only from @FuzzTest(maxDuration): fuzz.duration is compiled into it
        if ! JAZZER_FUZZ=1 mvn -B -q -pl "$module" -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
                -Dfuzz.duration="${seconds}s" -Dtest="$test" > "$log" 2>&1; then
            findings=$((findings + 1))
            echo "fuzz target $test found a failing input (see $log and its surefire report)" >&2
        fi
        for count in "$module"/target/fuzz/*.execs; do
            [[ -e "$count" ]] || continue
            name="$(basename "$count" .execs)"
            echo "figure: fuzz_${name}_execs $(cat "$count")"
        done
    done
    echo "figure: fuzz_findings $findings"
    exit 0
fi
if [ -z "$mode" ]; then
    cluster_run || echo "the cluster run failed: see routes/target/failsafe-reports" >&2  # --quick reuses the last one
fi
mvn -B -q -pl benchmarks -am package -DskipTests
java -Xms512m -Xmx2g -jar benchmarks/target/benchmarks.jar ${mode:+$mode} benchmarks/target/results/last-run.txt
# client CPU per message (client_cpu_* figures, appended): a JVM of its own, so that no other benchmark's use of the
# same classes shapes how the JIT compiles them; the sandbox runs in a process of its own too
java -Xms512m -Xmx2g -cp benchmarks/target/benchmarks.jar io.kopru.camel.benchmarks.ClientCpuBench ${mode:+$mode} \
    benchmarks/target/results/last-run.txt
# the bulk campaign (bulk_* figures, appended to last-run.txt): the sandboxes here, the sender a -Xmx256m JVM of its own
java -Xms512m -Xmx2g -cp benchmarks/target/benchmarks.jar io.kopru.camel.benchmarks.bulk.BulkBenchMain ${mode:+$mode} \
    benchmarks/target/results/last-run.txt
