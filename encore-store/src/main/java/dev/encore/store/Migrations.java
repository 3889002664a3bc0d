package dev.encore.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Brings a database to the newest schema: the scripts listed in {@code schema/migrations.txt} (resources beside
 * this class) are applied in order, each once, each in its own transaction together with its
 * {@code schema_version} row (and, for some, a Java step that moves data), so a failed migration leaves the previous version intact.
 */
final class Migrations {
    private static final String INDEX = "schema/migrations.txt";
    /** Data moves a script cannot express, run right after their script in its transaction. */
    private static final Map<String, SqlWork<Void>> AFTER = Map.of("V006__listen_blocks.sql", c -> {
        ListenBlocksUpgrade.run(c);
        return null;
    });

    private Migrations() {}

    /** The script names in order; version N is the N-th script. */
    static List<String> scripts() {
        return resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Applies what is missing and returns the resulting schema version. */
    static int apply(Database db) {
        List<String> scripts = scripts();
        int current = db.write("create schema_version table", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            }
            return version(c);
        });
        if (current > scripts.size()) {
            throw new StoreException("migrate schema", db.file(), "the database has schema version " + current
                    + " but this Encore knows versions up to " + scripts.size()
                    + "; run a newer Encore on it, or use another data directory");
        }
        for (int v = current + 1; v <= scripts.size(); v++) {
            String name = scripts.get(v - 1);
            int version = v;
            db.write("apply migration " + name, c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : SqlScript.statements(script(name))) s.execute(sql);
                }
                if (AFTER.containsKey(name)) AFTER.get(name).run(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, name);
                    ps.setLong(3, System.currentTimeMillis());
                    ps.executeUpdate();
                }
                return null;
            });
        }
        if (current > 0 && current < scripts.size()) db.vacuumIfSparse(); // e.g. V006 moved every listen into blocks
        return scripts.size();
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The text of one shipped migration script. */
    static String script(String name) {
        return resource("schema/" + name);
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("migration resource " + name + " is missing from the encore-store jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + name, e);
        }
    }
}
