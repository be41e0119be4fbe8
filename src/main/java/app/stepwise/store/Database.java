package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file of a data folder. One connection, used by one thread at a time (the UI's
 * background executor); every method is synchronized so a stray second caller waits instead of failing.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "stepwise.db";
    /** "STPW" in the file header: tells a Stepwise file from any other SQLite file. */
    public static final int APPLICATION_ID = 0x53545057;
    static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 5000;
    static final String NATIVE_TMPDIR_PROPERTY = "org.sqlite.tmpdir";

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private final int schemaVersion;
    private Connection connection; // null once closed
    private boolean inTransaction;

    private Database(Path file, Connection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    public static Database open(Path dataFolder) throws StoreException {
        return open(dataFolder, DEFAULT_BUSY_TIMEOUT_MILLIS);
    }

    static Database open(Path dataFolder, int busyTimeoutMillis) throws StoreException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        DataFolder.ensureWritable(folder);
        useNativeFolder(folder, System.getProperties());
        Path file = folder.resolve(FILE_NAME);
        FileCheck.run(file, busyTimeoutMillis); // before the first byte may be written
        Connection c = connect(file, busyTimeoutMillis);
        try (Statement s = c.createStatement()) {
            int before = intPragma(s, "user_version");
            FileCheck.refuseIfNewer(file, before); // a newer app may have won a race
            if (before > 0 && before < Migrations.LATEST) {
                new Backups(folder).create(file); // a verified copy before the schema changes
            }
            int version = Migrations.migrate(c, Migrations.ALL);
            return new Database(file, c, version);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.translate(e, file, "Migrating the database");
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** sqlite-jdbc unpacks its native library into the temp folder, which may be mounted noexec. */
    static void useNativeFolder(Path dataFolder, Properties properties) throws StoreException {
        if (properties.getProperty(NATIVE_TMPDIR_PROPERTY) != null) {
            return;
        }
        Path nativeFolder = dataFolder.resolve(".native");
        try {
            Files.createDirectories(nativeFolder);
        } catch (IOException e) {
            throw new StoreException(Reason.FOLDER_NOT_WRITABLE, nativeFolder, "cannot create the native library folder", e);
        }
        properties.setProperty(NATIVE_TMPDIR_PROPERTY, nativeFolder.toString());
    }

    private static Connection connect(Path file, int busyTimeoutMillis) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyTimeoutMillis);
        try {
            return config.createConnection(url(file));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "Opening the database");
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs read-only work outside any transaction. */
    public synchronized <T> T read(SqlWork<T> work) throws StoreException {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "Reading");
        }
    }

    /** Runs work in one transaction: all of it is committed, or on any exception none of it. */
    public synchronized <T> T write(SqlWork<T> work) throws StoreException {
        Connection c = connection();
        if (inTransaction) {
            throw new IllegalStateException("write() called inside write(): do all of it in the outer work");
        }
        try (Statement s = c.createStatement()) {
            // IMMEDIATE takes the write lock now, so a busy file fails here (and waits busy_timeout) rather than mid-work
            s.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "Starting a transaction");
        }
        inTransaction = true;
        try {
            T result = work.run(c);
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            throw SqlErrors.translate(e, file, "Writing");
        } catch (RuntimeException | Error e) {
            rollback(c, e);
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    /** {@link #write(SqlWork)} for work without a result. */
    public void update(SqlAction action) throws StoreException {
        write(c -> {
            action.run(c);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("database is closed: " + file);
        }
        return connection;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            if (!rs.next()) {
                throw new SQLException("PRAGMA " + pragma + " returned nothing");
            }
            return rs.getInt(1);
        }
    }

    /** Rolls back after a failure; SQLite may already have rolled back itself (e.g. on SQLITE_FULL). */
    static void rollback(Connection c, Throwable cause) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException | RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the database failed", e);
        }
    }
}
