package dev.encore.store;

import dev.encore.core.domain.User;

import java.util.Optional;
import java.util.function.Consumer;

/** Users by id and a scan over all of them. */
public final class UserRepository {
    private final Database db;

    UserRepository(Database db) {
        this.db = db;
    }

    public Optional<User> user(String id) {
        return db.read("load user " + id, c -> Query.one(c, "SELECT * FROM users WHERE id = ?", Rows::user, id));
    }

    /** Streams every user in id order with constant memory. */
    public void forEachUser(Consumer<? super User> sink) {
        db.read("scan users", c -> {
            Query.each(c, "SELECT * FROM users ORDER BY id", Rows::user, sink);
            return null;
        });
    }
}
