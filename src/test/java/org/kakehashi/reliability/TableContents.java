package org.kakehashi.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of a schema, read in key order, so two databases can be compared row by row. */
record TableContents(Map<String, List<List<Object>>> rowsByTable) {

    static TableContents read(Connection connection, String schema) throws SQLException {
        var tables = new ArrayList<String>();
        try (var result = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        var rows = new TreeMap<String, List<List<Object>>>();
        for (var table : tables) {
            var tableRows = new ArrayList<List<Object>>();
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery(
                            "select * from " + schema + "." + table + " order by 1, 2")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var row = new ArrayList<Object>(columns);
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    tableRows.add(row);
                }
            }
            rows.put(table, tableRows);
        }
        return new TableContents(rows);
    }

    Map<String, Integer> countsByTable() {
        var counts = new TreeMap<String, Integer>();
        rowsByTable.forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    int totalRows() {
        return rowsByTable.values().stream().mapToInt(List::size).sum();
    }
}
