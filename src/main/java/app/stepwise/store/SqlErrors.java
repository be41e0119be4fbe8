package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Maps SQLite result codes to the reasons a user can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(SQLException e, Path file, String action) {
        return new StoreException(reasonFor(e), file, action + " failed: " + e.getMessage(), e);
    }

    static Reason reasonFor(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                // sqlite-jdbc reports extended codes (e.g. SQLITE_BUSY_SNAPSHOT); the low byte is the primary code
                return reasonForPrimaryCode(sqlite.getResultCode().code & 0xFF);
            }
        }
        return reasonForPrimaryCode(e.getErrorCode() & 0xFF);
    }

    static Reason reasonForPrimaryCode(int code) {
        switch (code) {
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return Reason.LOCKED;
            case 13: // SQLITE_FULL
                return Reason.DISK_FULL;
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return Reason.DAMAGED;
            case 3: // SQLITE_PERM
            case 8: // SQLITE_READONLY
            case 14: // SQLITE_CANTOPEN
                return Reason.FOLDER_NOT_WRITABLE;
            default:
                return Reason.FAILED;
        }
    }
}
