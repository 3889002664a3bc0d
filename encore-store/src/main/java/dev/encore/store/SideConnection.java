package dev.encore.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A short-lived JDBC connection to the store's database file for repositories that live outside
 * {@link EncoreStore}'s own accessors (podcasts, editorial). WAL mode lets it read beside the store's connections;
 * a busy timeout makes its writes wait for the store's writer instead of failing.
 */
final class SideConnection {
    private SideConnection() {}

    static Connection open(EncoreStore store) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.databaseFile());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    /** Work on one connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Statements run inside {@link #transaction}. */
    interface Body {
        void run() throws SQLException;
    }

    /** Runs {@code body} in one transaction on {@code c}: committed when it returns, rolled back when it throws. */
    static Void transaction(Connection c, Body body) throws SQLException {
        c.setAutoCommit(false);
        try {
            body.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        return null;
    }

    static <T> T with(EncoreStore store, String what, Work<T> work) {
        try (Connection c = open(store)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what, store.databaseFile(), e);
        }
    }
}
