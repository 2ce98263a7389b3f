package io.kopru.camel.support.cluster;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Creates and upgrades the tables of the support module's cluster machinery ({@code PostgresRateLimiter},
 * {@code PostgresTokenStore}, {@code PostgresUsedTokens}) with Flyway: versioned migrations shipped in this jar under
 * {@value #LOCATION}, recorded in their own history table {@value #HISTORY_TABLE}, so that other libraries' migrations
 * (the routes library's) live in the same schema with their own. Safe to run on every node at start-up: Flyway
 * serializes concurrent migrations with a database lock and applies each version once.
 * <p>
 * Needs {@code org.flywaydb:flyway-core} and {@code org.flywaydb:flyway-database-postgresql} on the class path
 * (optional dependencies of this module) and a PostgreSQL driver.
 */
public final class KopruSupportSchema {

    public static final String LOCATION = "classpath:db/kopru/support";
    public static final String HISTORY_TABLE = "kopru_support_schema_history";

    private KopruSupportSchema() {
    }

    /**
     * Applies the migrations not applied yet, in the data source's current schema.
     *
     * @return how many were applied now
     */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(KopruSupportSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // the schema may hold other libraries' tables already: start our history below our first version
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
