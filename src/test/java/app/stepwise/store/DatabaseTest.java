package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.StoreException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() throws StoreException {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pragmasAreActiveOnTheConnection() throws Exception {
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).isEqualTo("2"); // FULL
        assertThat(pragma("busy_timeout")).isEqualTo("5000");
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> db.update(c -> exec(c,
                "INSERT INTO milestone_progress(milestone_id, step_id, updated_at) VALUES('m', 'no-such-step', 'now')")))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FAILED);
                    assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY);
                });
    }

    @Test
    void writeCommitsAndReturnsItsResult() throws Exception {
        int inserted = db.write(c -> {
            exec(c, "INSERT INTO setting(key, value) VALUES('a', '1')");
            exec(c, "INSERT INTO setting(key, value) VALUES('b', '2')");
            return 2;
        });
        assertThat(inserted).isEqualTo(2);
        db.close();
        db = Database.open(dir);
        assertThat(rows("setting")).isEqualTo(2);
    }

    @Test
    void writeRollsBackOnSqlException() throws Exception {
        assertThatThrownBy(() -> db.update(c -> {
            exec(c, "INSERT INTO setting(key, value) VALUES('a', '1')");
            exec(c, "INSERT INTO no_such_table VALUES(1)");
        })).isInstanceOf(StoreException.class);
        assertThat(rows("setting")).isZero();
    }

    @Test
    void writeRollsBackOnRuntimeExceptionAndRethrowsIt() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug in the work");
        assertThatThrownBy(() -> db.update(c -> {
            exec(c, "INSERT INTO setting(key, value) VALUES('a', '1')");
            throw bug;
        })).isSameAs(bug);
        assertThat(rows("setting")).isZero();
        db.update(c -> exec(c, "INSERT INTO setting(key, value) VALUES('a', '1')")); // still usable
        assertThat(rows("setting")).isEqualTo(1);
    }

    @Test
    void aFullDatabaseIsDiskFullAndRolledBack() throws Exception {
        assertThatThrownBy(() -> db.update(c -> {
            exec(c, "INSERT INTO setting(key, value) VALUES('small', 'x')");
            exec(c, "PRAGMA max_page_count = 1"); // clamps to the current size: the file cannot grow
            exec(c, "INSERT INTO note(subject_id, body, updated_at) VALUES('big', hex(randomblob(200000)), 'now')");
        })).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DISK_FULL);
            assertThat(e.path()).isEqualTo(db.file());
        });
        db.read(c -> {
            exec(c, "PRAGMA max_page_count = 1073741823");
            return null;
        });
        assertThat(rows("setting") + rows("note")).isZero();
    }

    @Test
    void writeInsideWriteIsAProgrammingError() throws Exception {
        assertThatThrownBy(() -> db.update(c -> {
            exec(c, "INSERT INTO setting(key, value) VALUES('a', '1')");
            try {
                db.update(inner -> exec(inner, "INSERT INTO setting(key, value) VALUES('b', '2')"));
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows("setting")).isZero();
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        db.close();
        db.close(); // idempotent
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extendedResultCodesMapToTheirPrimaryReason() {
        assertThat(SqlErrors.reasonFor(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isEqualTo(Reason.LOCKED);
        assertThat(SqlErrors.reasonFor(new SQLiteException("locked", SQLiteErrorCode.SQLITE_LOCKED_SHAREDCACHE))).isEqualTo(Reason.LOCKED);
        assertThat(SqlErrors.reasonFor(new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL))).isEqualTo(Reason.DISK_FULL);
        assertThat(SqlErrors.reasonFor(new SQLiteException("corrupt", SQLiteErrorCode.SQLITE_CORRUPT_VTAB))).isEqualTo(Reason.DAMAGED);
        assertThat(SqlErrors.reasonFor(new SQLiteException("notadb", SQLiteErrorCode.SQLITE_NOTADB))).isEqualTo(Reason.DAMAGED);
        assertThat(SqlErrors.reasonFor(new SQLiteException("ro", SQLiteErrorCode.SQLITE_READONLY_DIRECTORY)))
                .isEqualTo(Reason.FOLDER_NOT_WRITABLE);
        assertThat(SqlErrors.reasonFor(new SQLiteException("?", SQLiteErrorCode.UNKNOWN_ERROR))).isEqualTo(Reason.FAILED);
        assertThat(SqlErrors.reasonFor(new SQLException("plain"))).isEqualTo(Reason.FAILED);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static SQLiteErrorCode sqliteCode(StoreException e) {
        return ((SQLiteException) e.getCause()).getResultCode();
    }

    private int rows(String table) throws StoreException {
        return db.read(c -> count(c, table));
    }

    private String pragma(String name) throws StoreException {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
