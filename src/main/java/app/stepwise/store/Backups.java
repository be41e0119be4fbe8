package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Verified copies of the database in {@code <dataFolder>/backups} (ARCHITECTURE.md "Storage").
 *
 * <p>A copy is written with {@code VACUUM INTO} to a {@code tmp-<uuid>.db} file, switched to
 * rollback-journal mode (so it opens read-only without {@code -wal}/{@code -shm} files), reopened
 * read-only for {@code integrity_check}, and only then renamed to {@code stepwise-<yyyyMMdd-HHmmss>.db}
 * (UTC; a {@code -<n>} suffix when a second copy is taken in the same second). A half-written or failed
 * copy is therefore never listed. Nothing but our own temp files and the copies chosen by
 * {@link #thin(LocalDate, ZoneId)} is ever deleted.
 */
public final class Backups {

    public static final String FOLDER_NAME = "backups";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("stepwise-(\\d{8}-\\d{6})(?:-(\\d{1,6}))?\\.db");
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final Object NAMING = new Object();

    private final Path folder;
    private final Clock clock;

    public Backups(Path dataFolder) {
        this(dataFolder, Clock.systemUTC());
    }

    public Backups(Path dataFolder, Clock clock) {
        this.folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
        this.clock = Objects.requireNonNull(clock);
    }

    public Path folder() {
        return folder;
    }

    /** Takes a verified copy of {@code dbFile}; throws DAMAGED (leaving no file behind) when the copy fails its check. */
    public Backup create(Path dbFile) throws StoreException {
        if (!Files.isRegularFile(dbFile)) {
            throw new StoreException(Reason.FAILED, dbFile, "no database file to back up");
        }
        createFolder();
        Path tmp = folder.resolve("tmp-" + UUID.randomUUID() + ".db");
        try {
            copyInto(dbFile, tmp);
            setRollbackJournal(tmp);
            String check = integrityCheck(tmp);
            if (!"ok".equals(check)) {
                throw new StoreException(Reason.DAMAGED, dbFile, "the backup copy failed integrity_check: " + check);
            }
            Instant now = clock.instant();
            Path target = moveIntoPlace(tmp, STAMP.format(now));
            return new Backup(target, parse(target).orElseThrow().backup().takenAt(), Files.size(target));
        } catch (IOException e) {
            throw ioFailure(e, folder, "cannot write the backup");
        } finally {
            deleteTemp(tmp);
        }
    }

    /** All backups, newest first. Files in the folder that are not backups are left out. */
    public List<Backup> list() throws StoreException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Named> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                parse(p).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw ioFailure(e, folder, "cannot list the backups");
        }
        found.sort(Comparator.comparing((Named n) -> n.backup.takenAt()).thenComparingInt(n -> n.sequence).reversed());
        return found.stream().map(n -> n.backup).toList();
    }

    /** Whether the backup passes {@code integrity_check}, opened read-only. */
    public boolean verify(Backup backup) {
        try {
            return Files.isRegularFile(backup.file()) && "ok".equals(integrityCheck(backup.file()));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "backup " + backup.file() + " cannot be checked", e);
            return false;
        }
    }

    /**
     * Replaces {@code dbFile} with the backup. The database must be closed. The current file is backed up
     * first when it opens; when it does not, it and its {@code -wal}/{@code -shm} are kept beside as
     * {@code stepwise.db.replaced-<time>} instead. A backup that fails {@code integrity_check} is refused
     * (DAMAGED) and nothing is changed.
     */
    public void restore(Backup backup, Path dbFile) throws StoreException {
        if (!verify(backup)) {
            throw new StoreException(Reason.DAMAGED, backup.file(), "the backup fails integrity_check");
        }
        Path dir = dbFile.toAbsolutePath().getParent();
        // a missing file with a stray -wal is not "saved": moveAside below keeps the -wal instead of deleting it
        boolean currentSaved = false;
        if (Files.exists(dbFile)) {
            try {
                create(dbFile);
                currentSaved = true;
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "the current file could not be backed up before the restore", e);
            }
        }
        Path tmp = dir.resolve(dbFile.getFileName() + ".restoring-" + UUID.randomUUID());
        try {
            Files.copy(backup.file(), tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            // stale -wal/-shm first: a -wal left beside the restored file would be replayed into it
            if (currentSaved) {
                Files.deleteIfExists(sidecar(dbFile, "-wal")); // its content is in the backup just taken
                Files.deleteIfExists(sidecar(dbFile, "-shm"));
            } else {
                moveAside(dbFile, "replaced", clock.instant());
            }
            Files.move(tmp, dbFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ioFailure(e, dbFile, "cannot restore the backup");
        } finally {
            deleteTemp(tmp);
        }
    }

    /** Deletes the backups {@link BackupThinning#keep} does not keep; returns the deleted ones. */
    public List<Backup> thin(LocalDate today, ZoneId zone) throws StoreException {
        List<Backup> all = list();
        Set<Instant> keep = new HashSet<>(BackupThinning.keep(all.stream().map(Backup::takenAt).toList(), today, zone));
        List<Backup> deleted = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.takenAt())) {
                try {
                    Files.deleteIfExists(b.file());
                    deleted.add(b);
                } catch (IOException e) {
                    throw ioFailure(e, b.file(), "cannot delete an old backup");
                }
            }
        }
        return deleted;
    }

    /**
     * Moves {@code dbFile} and its {@code -wal}/{@code -shm} to {@code <name>.<label>-<yyyyMMdd-HHmmss>}
     * (plus {@code -wal}/{@code -shm}, so they still open together). Never overwrites; returns the new path
     * of the main file, or of the first side file moved when there is no main file.
     */
    static Path moveAside(Path dbFile, String label, Instant at) throws IOException {
        String base = dbFile.getFileName() + "." + label + "-" + STAMP.format(at);
        Path dir = dbFile.toAbsolutePath().getParent();
        for (int n = 0; ; n++) {
            String name = n == 0 ? base : base + "-" + n;
            Path target = dir.resolve(name);
            if (Files.exists(target) || Files.exists(dir.resolve(name + "-wal")) || Files.exists(dir.resolve(name + "-shm"))) {
                continue;
            }
            Path moved = null;
            // the main file last: a crash part-way leaves the -wal beside neither file, never beside the wrong one
            for (String suffix : new String[] {"-wal", "-shm", ""}) {
                Path from = sidecar(dbFile, suffix);
                if (Files.exists(from)) {
                    Path to = dir.resolve(name + suffix);
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                    if (moved == null || suffix.isEmpty()) {
                        moved = to;
                    }
                }
            }
            return moved;
        }
    }

    static Path sidecar(Path dbFile, String suffix) {
        return dbFile.resolveSibling(dbFile.getFileName() + suffix);
    }

    private void createFolder() throws StoreException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw ioFailure(e, folder, "cannot create the backup folder");
        }
    }

    private static void copyInto(Path dbFile, Path tmp) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.DEFAULT_BUSY_TIMEOUT_MILLIS);
        try (Connection c = config.createConnection(Database.url(dbFile));
                Statement s = c.createStatement()) {
            // only reads the user's file (query_only would refuse VACUUM INTO; a read-only open of a
            // WAL file without its -shm can fail), and sees every committed transaction, WAL included
            s.execute("VACUUM INTO '" + tmp.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dbFile, "Backing up");
        }
    }

    private static void setRollbackJournal(Path tmp) throws StoreException {
        try (Connection c = new SQLiteConfig().createConnection(Database.url(tmp));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw SqlErrors.translate(e, tmp, "Preparing the backup");
        }
    }

    static String integrityCheck(Path file) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.DEFAULT_BUSY_TIMEOUT_MILLIS);
        try (Connection c = config.createConnection(Database.url(file));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rs.next()) {
                result.append(result.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return result.length() == 0 ? "no result" : result.toString();
        } catch (SQLException e) {
            if (SqlErrors.reasonFor(e) == Reason.DAMAGED) {
                return String.valueOf(e.getMessage());
            }
            throw SqlErrors.translate(e, file, "Checking a backup");
        }
    }

    private Path moveIntoPlace(Path tmp, String stamp) throws IOException {
        synchronized (NAMING) {
            for (int n = 0; ; n++) {
                Path target = folder.resolve("stepwise-" + stamp + (n == 0 ? "" : "-" + n) + ".db");
                if (!Files.exists(target)) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    return target;
                }
            }
        }
    }

    private static void deleteTemp(Path tmp) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(sidecar(tmp, suffix));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot delete temp file " + tmp + suffix, e);
            }
        }
    }

    private record Named(Backup backup, int sequence) {
    }

    private static Optional<Named> parse(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    .toInstant(ZoneOffset.UTC);
            return Optional.of(new Named(new Backup(p, at, Files.size(p)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    static StoreException ioFailure(IOException e, Path path, String message) {
        Reason reason;
        String text = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || text.contains("Read-only file system")) {
            reason = Reason.FOLDER_NOT_WRITABLE;
        } else if (text.contains("No space left") || text.contains("not enough space")) {
            reason = Reason.DISK_FULL;
        } else {
            reason = Reason.FAILED;
        }
        return new StoreException(reason, path, message + ": " + e, e);
    }
}
