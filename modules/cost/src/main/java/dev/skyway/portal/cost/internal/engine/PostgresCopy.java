package dev.skyway.portal.cost.internal.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.postgresql.PGConnection;

/**
 * Writes records with PostgreSQL's {@code COPY ... FROM STDIN} on the transaction's own connection: an order of
 * magnitude faster than INSERT statements for the rollups of a large import, and part of the same transaction.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static void copy(DSLContext db, Table<?> table, Field<?>[] fields, List<? extends Record> records) {
        StringBuilder csv = new StringBuilder(records.size() * 200);
        for (Record r : records) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, r.get(fields[i]));
            }
            csv.append('\n');
        }
        String sql = "COPY " + table.getSchema().getName() + "." + table.getName() + " ("
                + java.util.Arrays.stream(fields).map(Field::getName).collect(Collectors.joining(", "))
                + ") FROM STDIN WITH (FORMAT csv)";
        db.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table.getName() + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, every text is quoted. */
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            csv.append(d.toPlainString());
        } else if (value instanceof String s) {
            csv.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            csv.append(value);
        }
    }
}
