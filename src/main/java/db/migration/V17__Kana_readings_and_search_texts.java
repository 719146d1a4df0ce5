package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kakehashi.common.SearchText;

/**
 * Organisations get a kana reading, as contacts have, and their search text takes the reading and the city. Every
 * stored search text is then written again in today's form of {@link SearchText} (katakana folded into hiragana,
 * half-width kana made full-width), which SQL alone cannot compute; the same on H2 and PostgreSQL.
 */
public class V17__Kana_readings_and_search_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("alter table organisation add column name_kana varchar(200)");
            // Names (200 each), reading (200) and city (100), with a space between each
            statement.execute("alter table organisation alter column search_text set data type varchar(710)");
        }
        recompute(connection, "organisation", List.of("name", "name_japanese", "name_kana", "city"));
        recompute(connection, "contact_person", List.of("family_name", "given_name", "name_japanese", "name_kana"));
        recompute(connection, "lead", List.of("company_name", "company_name_japanese"));
    }

    private static void recompute(Connection connection, String table, List<String> columns) throws SQLException {
        var select = "select id, " + String.join(", ", columns) + " from " + table;
        try (var read = connection.createStatement();
                var rows = read.executeQuery(select);
                var write = connection.prepareStatement("update " + table + " set search_text = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                var parts = new String[columns.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = rows.getString(i + 2);
                }
                write.setString(1, SearchText.of(parts));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
