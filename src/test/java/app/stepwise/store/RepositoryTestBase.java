package app.stepwise.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh database in a temp folder per test, closed after it, and reopened on demand (as a restart). */
abstract class RepositoryTestBase {

    @TempDir
    Path dir;

    Database db;

    /** Builds the repositories under test on {@code db}; called after every open. */
    abstract void createRepositories(Database db) throws StoreException;

    @BeforeEach
    void open() throws StoreException {
        db = Database.open(dir);
        createRepositories(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Closes and opens the database again, as a restart of the app would. */
    void reopen() throws StoreException {
        db.close();
        open();
    }
}
