package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.test.docs.CatalogReadme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The README's option and header tables are the catalog's: this fails, naming the command that rewrites them, when an
 * option or header changed without them.
 */
class IletimerkeziReadmeCatalogTest {

    @Test
    void theReadmeTablesAreTheCatalogs() {
        CatalogReadme.check(IletimerkeziComponent.class, "iletimerkezi", Path.of("README.md"));
    }
}
