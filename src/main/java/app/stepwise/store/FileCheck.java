package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing database file before anything may write to it, so a file we refuse (newer
 * schema, not a database, another application's, damaged) stays byte-for-byte as it was.
 *
 * <p>First the 100-byte SQLite header is read with plain file I/O: no SQLite connection, so no lock,
 * no {@code -wal}/{@code -shm} file (a read-only connection to a WAL-mode file creates both). Only a
 * file that passes is opened read-only, because a {@code -wal} file can hold a newer page 1 than the
 * header on disk, and for {@code quick_check}.
 */
final class FileCheck {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private FileCheck() {
    }

    static void run(Path file, int busyTimeoutMillis) throws StoreException {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Reason.FAILED, file, "the database path is not a regular file");
        }
        if (checkHeader(file)) {
            checkWithReadOnlyConnection(file, busyTimeoutMillis);
        }
    }

    /** Returns false for an empty file, which SQLite treats as a new database. */
    static boolean checkHeader(Path file) throws StoreException {
        byte[] header = readHeader(file);
        if (header.length == 0) {
            return false;
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new StoreException(Reason.DAMAGED, file, "not an SQLite database (bad header)");
        }
        ByteBuffer bytes = ByteBuffer.wrap(header); // big-endian, like the SQLite header
        int applicationId = bytes.getInt(APPLICATION_ID_OFFSET);
        if (applicationId != 0 && applicationId != Database.APPLICATION_ID) {
            throw new StoreException(Reason.DAMAGED, file,
                    "an SQLite file of another application (application_id 0x" + Integer.toHexString(applicationId) + ")");
        }
        refuseIfNewer(file, bytes.getInt(USER_VERSION_OFFSET));
        return true;
    }

    static void refuseIfNewer(Path file, int version) throws StoreException {
        if (version > Migrations.LATEST) {
            throw new StoreException(Reason.NEWER_VERSION, file, "schema version " + version
                    + " was written by a newer Stepwise; this one knows up to " + Migrations.LATEST);
        }
    }

    private static byte[] readHeader(Path file) throws StoreException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_SIZE);
        } catch (AccessDeniedException e) {
            throw new StoreException(Reason.FOLDER_NOT_WRITABLE, file, "cannot read the database file", e);
        } catch (IOException e) {
            throw new StoreException(Reason.FAILED, file, "cannot read the database file", e);
        }
    }

    private static void checkWithReadOnlyConnection(Path file, int busyTimeoutMillis) throws StoreException {
        SQLiteConfig config = new SQLiteConfig(); // no journal_mode or other pragma: they could write
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMillis);
        try (Connection c = config.createConnection(Database.url(file));
                Statement s = c.createStatement()) {
            refuseIfNewer(file, Database.intPragma(s, "user_version"));
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(result)) {
                    throw new StoreException(Reason.DAMAGED, file, "quick_check: " + result);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "Checking the database");
        }
    }
}
