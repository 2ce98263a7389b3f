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
package io.kopru.camel.test.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogReadmeTest {

    private static final String CATALOG = "{"
            + "\"component\": {\"scheme\": \"acme\", \"syntax\": \"acme:operation\"},"
            + "\"componentProperties\": {"
            + "  \"apiKey\": {\"kind\": \"property\", \"group\": \"security\", \"javaType\": \"java.lang.String\","
            + "             \"secret\": true, \"description\": \"The key.\"},"
            + "  \"autowiredEnabled\": {\"kind\": \"property\", \"group\": \"advanced\", \"javaType\": \"boolean\","
            + "             \"defaultValue\": true, \"description\": \"Autowires.\"}},"
            + "\"headers\": {"
            + "  \"CamelSmsTo\": {\"kind\": \"header\", \"label\": \"send,status\","
            + "             \"javaType\": \"java.util.List<String>\", \"description\": \"In: the recipients | all.\"},"
            + "  \"CamelAcmeOther\": {\"kind\": \"header\", \"label\": \"\", \"javaType\": \"Integer\","
            + "             \"description\": \"Out: something,\\non two lines.\"}},"
            + "\"properties\": {"
            + "  \"operation\": {\"kind\": \"path\", \"group\": \"common\", \"required\": true, \"type\": \"enum\","
            + "             \"javaType\": \"io.acme.AcmeOperation\", \"enum\": [\"send\", \"status\"],"
            + "             \"description\": \"What to do.\"},"
            + "  \"apiKey\": {\"kind\": \"parameter\", \"group\": \"security\", \"javaType\": \"java.lang.String\","
            + "             \"secret\": true, \"description\": \"The key.\"},"
            + "  \"sender\": {\"kind\": \"parameter\", \"group\": \"producer\", \"javaType\": \"java.lang.String\","
            + "             \"defaultValue\": \"\", \"description\": \"The sender.\"},"
            + "  \"connectTimeout\": {\"kind\": \"parameter\", \"group\": \"advanced\", \"javaType\": \"int\","
            + "             \"defaultValue\": 10000, \"description\": \"Milliseconds.\"}}"
            + "}";

    private static final String README = "# acme\n\nintro\n\n## Options\n\n<!-- catalog:endpoint-options -->\n"
            + "stale\n<!-- /catalog:endpoint-options -->\n\nA note of the author.\n\n"
            + "<!-- catalog:component-options -->\n<!-- /catalog:component-options -->\n\n## Headers\n\n"
            + "<!-- catalog:headers -->\n| old | table |\n<!-- /catalog:headers -->\n\nThe end.\n";

    private static JsonNode catalog() throws Exception {
        return new ObjectMapper().readTree(CATALOG);
    }

    @Test
    void rendersEveryOptionAndHeaderOfTheCatalogBetweenTheMarkersAndKeepsTheRest() throws Exception {
        String rendered = CatalogReadme.render(README, catalog());

        assertThat(rendered).startsWith("# acme\n\nintro\n\n## Options\n\n<!-- catalog:endpoint-options -->\n")
                .contains("\n<!-- /catalog:endpoint-options -->\n\nA note of the author.\n\n")
                .endsWith("<!-- /catalog:headers -->\n\nThe end.\n")
                .doesNotContain("stale", "| old | table |");
        assertThat(rendered)
                .contains("| `operation` (path, required) | common | one of `send`, `status` |  | What to do. |\n")
                .contains("| `apiKey` (secret) | security | String |  | The key. |\n")
                .contains("| `sender` | producer | String | (empty) | The sender. |\n")
                .contains("| `connectTimeout` | advanced | int | `10000` | Milliseconds. |\n")
                .contains("`camel.component.acme.<option>`");
        String componentBlock = rendered.substring(rendered.indexOf("<!-- catalog:component-options -->"),
                rendered.indexOf("<!-- /catalog:component-options -->"));
        assertThat(componentBlock).as("only the options the endpoints do not have")
                .contains("| `autowiredEnabled` | advanced | boolean | `true` | Autowires. |")
                .doesNotContain("apiKey");
        assertThat(rendered)
                .contains("| `CamelSmsTo` | send, status | List&lt;String> | In: the recipients \\| all. |\n")
                .contains("| `CamelAcmeOther` | all | Integer | Out: something, on two lines. |\n");
    }

    @Test
    void renderingTwiceChangesNothing() throws Exception {
        String once = CatalogReadme.render(README, catalog());
        assertThat(CatalogReadme.render(once, catalog())).isEqualTo(once);
    }

    @Test
    void aMissingBlockIsNamed() {
        assertThatThrownBy(() -> CatalogReadme.render("# acme\n<!-- catalog:endpoint-options -->\n"
                                                      + "<!-- /catalog:endpoint-options -->\n", catalog()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("<!-- catalog:component-options -->");
    }

    @Test
    void aStaleReadmeFailsWithTheCommandThatRewritesIt(@TempDir Path dir) throws Exception {
        Path module = Files.createDirectories(dir.resolve("camel-component-acme"));
        Path readme = Files.writeString(module.resolve("README.md"), README);
        assertThatThrownBy(() -> check(readme)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("differ from the component's catalog")
                .hasMessageContaining("line 8 is\n  stale\n")
                .hasMessageContaining("mvn -B -q -pl camel-component-acme -am verify -Dtest='*ReadmeCatalogTest'")
                .hasMessageContaining("-Dkopru.docs.update=true");
        assertThat(Files.readString(readme)).as("left alone").isEqualTo(README);
    }

    @Test
    void withTheUpdatePropertyTheReadmeIsRewrittenAndThenPasses(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), README);
        System.setProperty(CatalogReadme.UPDATE_PROPERTY, "true");
        try {
            check(readme);
        } finally {
            System.clearProperty(CatalogReadme.UPDATE_PROPERTY);
        }
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(CatalogReadme.render(README, catalog()));
        check(readme);
    }

    /** {@link CatalogReadme#check} against the test catalog instead of a component's class path resource. */
    private static void check(Path readme) throws Exception {
        CatalogReadme.check(readme, catalog());
    }
}
