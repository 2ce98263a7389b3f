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
package io.kopru.camel.component.brokerage;

import io.kopru.camel.test.docs.CatalogReadme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The README's option and header tables are the catalog's: this fails, naming the command that rewrites them, when an
 * option or header changed without them.
 */
class BrokerageReadmeCatalogTest {

    @Test
    void theReadmeTablesAreTheCatalogs() {
        CatalogReadme.check(BrokerageComponent.class, "brokerage", Path.of("README.md"));
    }
}
