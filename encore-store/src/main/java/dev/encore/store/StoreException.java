package dev.encore.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A store operation failed. The message names the operation and the database file, gives SQLite's reason and,
 * for the failures an operator can fix (busy, read-only, full disk, corruption), what to do about it.
 */
public final class StoreException extends RuntimeException {
    private final String operation;

    public StoreException(String operation, Path database, Throwable cause) {
        super(message(operation, database, cause), cause);
        this.operation = operation;
    }

    public StoreException(String operation, Path database, String reason) {
        super("store: " + operation + " failed on " + database + ": " + reason);
        this.operation = operation;
    }

    /** The operation that failed, e.g. {@code "write batch of 10000 records"}. */
    public String operation() {
        return operation;
    }

    private static String message(String operation, Path database, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String hint = cause instanceof SQLException e ? hint(e) : "";
        return "store: " + operation + " failed on " + database + ": " + reason + hint;
    }

    private static String hint(SQLException e) {
        if (!(e instanceof SQLiteException s)) return "";
        SQLiteErrorCode code = s.getResultCode();
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED"))
            return " (another process or connection holds the write lock; retry, or stop the other writer)";
        if (name.startsWith("SQLITE_READONLY"))
            return " (the database file or its directory is not writable; fix the permissions or open another data directory)";
        if (name.startsWith("SQLITE_FULL"))
            return " (the disk is full; free space and retry: the failed batch was rolled back)";
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB"))
            return " (the file is damaged or not an Encore database; restore a backup or point --data at a fresh directory)";
        if (name.startsWith("SQLITE_CANTOPEN"))
            return " (the file cannot be opened; check that the data directory exists and is writable)";
        return "";
    }
}
