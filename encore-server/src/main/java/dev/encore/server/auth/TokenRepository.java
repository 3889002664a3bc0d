package dev.encore.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens in table {@code api_tokens} of {@code <data>/encore.db}: 32 random bytes, shown once at creation,
 * stored only as their SHA-256 hash. Lookups are cached (tokens are immutable once issued).
 */
public final class TokenRepository implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "enc_";
    private final Connection db;
    private final Map<String, Optional<Principal>> cache = new ConcurrentHashMap<>();

    private TokenRepository(Connection db) {
        this.db = db;
    }

    public static TokenRepository open(Path dbFile) throws IOException {
        try {
            if (dbFile.getParent() != null) Files.createDirectories(dbFile.getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS api_tokens (hash TEXT PRIMARY KEY, role TEXT NOT NULL, user_id TEXT,"
                        + " created_at TEXT NOT NULL)");
            }
            return new TokenRepository(c);
        } catch (SQLException e) {
            throw new IOException("cannot open token table in " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /** A new token; {@code token} is the secret, returned only here. */
    public record Issued(String token, Principal principal) {}

    /** Issues a token. Listener and artist tokens need the user (or artist) id they act for. */
    public synchronized Issued create(Role role, String userId) throws IOException {
        if (role != Role.ADMIN && (userId == null || userId.isBlank()))
            throw new IllegalArgumentException("a " + role.wire() + " token needs --user ID (the user it acts for)");
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = PREFIX + HexFormat.of().formatHex(raw);
        String hash = hash(token);
        try (PreparedStatement p = db.prepareStatement("INSERT INTO api_tokens VALUES (?,?,?,?)")) {
            p.setString(1, hash);
            p.setString(2, role.wire());
            p.setString(3, userId);
            p.setString(4, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot store token: " + e.getMessage(), e);
        }
        return new Issued(token, new Principal(hash.substring(0, 12), role, userId));
    }

    /** The principal a presented token stands for, or empty if unknown. */
    public Optional<Principal> find(String token) throws IOException {
        String hash = hash(token);
        Optional<Principal> hit = cache.get(hash);
        if (hit != null && hit.isPresent()) return hit;
        Optional<Principal> found = lookup(hash);
        if (found.isPresent()) cache.put(hash, found);   // unknown tokens are not cached: they may be created later
        return found;
    }

    private synchronized Optional<Principal> lookup(String hash) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT role, user_id FROM api_tokens WHERE hash = ?")) {
            p.setString(1, hash);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Principal(hash.substring(0, 12), Role.fromWire(rs.getString(1)), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IOException("cannot read token table: " + e.getMessage(), e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
