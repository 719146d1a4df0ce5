package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets a name search ("a part of the name, anywhere in it") use an index. On PostgreSQL a trigram index serves
 * LIKE '%part%'; H2 has no such index and keeps its plain scan. One migration, the same on both databases.
 */
public class V6__Member_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            // In public, so that every schema of the database (and Flyway's clean of one) shares the one extension
            statement.execute("create extension if not exists pg_trgm with schema public");
            statement.execute("create index organisation_search_trgm on organisation "
                    + "using gin (search_text public.gin_trgm_ops)");
            statement.execute("create index contact_person_search_trgm on contact_person "
                    + "using gin (search_text public.gin_trgm_ops)");
        }
    }
}
