package dev.encore.store;

import dev.encore.core.domain.User;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Users by id, a scan over all of them, and single-user upserts (the HTTP API's create/update). */
public final class UserRepository {
    private final Database db;

    UserRepository(Database db) {
        this.db = db;
    }

    public Optional<User> user(String id) {
        return db.read("load user " + id, c -> Query.one(c, "SELECT * FROM users WHERE id = ?", Rows::user, id));
    }

    /** Creates or merges one user (unknown fields keep stored values, see {@link CatalogWriter}) and commits. */
    public void upsert(User user) {
        CatalogWriter writer = new CatalogWriter(db);
        db.write("upsert user " + user.id(), c -> {
            writer.users(List.of(user));
            return null;
        });
    }

    public boolean exists(String id) {
        return db.read("check user " + id, c -> Query.number(c, "SELECT EXISTS (SELECT 1 FROM users WHERE id = ?)", id) == 1);
    }

    /** Streams every user in id order with constant memory. */
    public void forEachUser(Consumer<? super User> sink) {
        db.read("scan users", c -> {
            Query.each(c, "SELECT * FROM users ORDER BY id", Rows::user, sink);
            return null;
        });
    }
}
