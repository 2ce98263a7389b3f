/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cluster_scaling_utilisation_3_nodes}: the utilisation of iletiMerkezi's one shared limit (50 a second) by
 * three nodes, from the routes' ClusterIT, which {@code run.sh --cluster} (and the full run, first) runs and keeps in
 * {@code cluster-run.txt} next to the results with its date. A benchmark run reports the last cluster run's figure
 * under that date rather than run three nodes, PostgreSQL and Artemis itself.
 */
final class ClusterFigure {

    static final String NAME = "cluster_scaling_utilisation_3_nodes";

    private ClusterFigure() {
    }

    static void report(Figures figures, Path resultsDirectory) throws IOException {
        Path run = resultsDirectory.resolve("cluster-run.txt");
        if (!Files.exists(run)) {
            figures.note(NAME + ": no cluster run yet (benchmarks/run.sh --cluster)");
            return;
        }
        List<String> lines = Files.readAllLines(run, StandardCharsets.UTF_8);
        String header = lines.isEmpty() ? "# cluster run of unknown date" : lines.get(0);
        for (String line : lines) {
            if (line.startsWith("figure: " + NAME + " ")) {
                figures.note("from the last cluster run (benchmarks/run.sh --cluster, not this run): "
                             + header.substring(1).trim());
                figures.add(NAME, Double.parseDouble(line.substring(("figure: " + NAME + " ").length()).trim()));
                return;
            }
        }
        figures.note(NAME + ": the last cluster run printed no such figure (" + header.substring(1).trim() + ")");
    }
}
