package dev.skyway.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for the seeder and the checks: statements and single numbers. */
final class Sql {

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    void run(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** The table's columns in order, to copy rows whole with a few columns replaced. */
    List<String> columns(String schema, String table) throws SQLException {
        return strings("select column_name from information_schema.columns where table_schema = '" + schema
                + "' and table_name = '" + table + "' order by ordinal_position");
    }
}
