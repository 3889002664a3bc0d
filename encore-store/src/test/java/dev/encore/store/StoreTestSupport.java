package dev.encore.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Opens a fresh store in a temporary directory for each test and closes it afterwards. */
abstract class StoreTestSupport {
    @TempDir
    Path dir;
    EncoreStore store;

    @BeforeEach
    void openStore() {
        store = EncoreStore.open(dir.resolve("data"), options());
    }

    StoreOptions options() {
        return StoreOptions.defaults();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    EncoreStore reopen() {
        store.close();
        store = EncoreStore.open(dir.resolve("data"), options());
        return store;
    }
}
