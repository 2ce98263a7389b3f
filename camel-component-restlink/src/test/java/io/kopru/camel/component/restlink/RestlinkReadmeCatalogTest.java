package io.kopru.camel.component.restlink;

import io.kopru.camel.test.docs.CatalogReadme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The README's option and header tables are the catalog's: this fails, naming the command that rewrites them, when an
 * option or header changed without them.
 */
class RestlinkReadmeCatalogTest {

    @Test
    void theReadmeTablesAreTheCatalogs() {
        CatalogReadme.check(RestlinkComponent.class, "restlink", Path.of("README.md"));
    }
}
