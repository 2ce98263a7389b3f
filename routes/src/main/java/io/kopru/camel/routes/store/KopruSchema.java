package io.kopru.camel.routes.store;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The PostgreSQL schema of the delivery pipeline, applied by Flyway from {@code db/kopru-routes} in this jar, with its
 * own history table, so that it shares a database (and a schema) with the application's own Flyway migrations and
 * with the support module's. Every node runs it at start; Flyway's lock lets one apply a version while the others wait.
 */
public final class KopruSchema {

    public static final String LOCATION = "classpath:db/kopru-routes";
    public static final String HISTORY_TABLE = "kopru_routes_schema_history";

    private KopruSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure(KopruSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
