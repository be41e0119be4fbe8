package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The start-up check (ARCHITECTURE.md "Storage"): run before {@link Database#open(Path)}, with the
 * {@link FolderLock} held. A damaged {@code stepwise.db} is moved aside with its {@code -wal}/{@code -shm}
 * as {@code stepwise.db.corrupt-<yyyyMMdd-HHmmss>} (never deleted), and the newest backup that passes
 * {@code integrity_check} takes its place; with none, the folder is left without a database so a new
 * one starts. The caller tells the user the backup's date or where the damaged file is.
 */
public final class Recovery {

    public enum Kind { OK, RESTORED, STARTED_EMPTY }

    public record Outcome(Kind kind, Optional<Instant> restoredFrom, Optional<Path> movedAside) {
        public Outcome {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(restoredFrom);
            Objects.requireNonNull(movedAside);
        }
    }

    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

    private Recovery() {
    }

    public static Outcome openOrRecover(Path dataFolder) throws StoreException {
        return openOrRecover(dataFolder, Clock.systemUTC());
    }

    /**
     * Checks the database and recovers it when damaged. Other refusals (a newer schema, a folder that
     * cannot be read) are thrown as they are, with the file untouched.
     */
    public static Outcome openOrRecover(Path dataFolder, Clock clock) throws StoreException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        DataFolder.ensureWritable(folder);
        Database.useNativeFolder(folder, System.getProperties());
        Path file = folder.resolve(Database.FILE_NAME);
        Optional<String> damage = damage(file);
        if (damage.isEmpty()) {
            return new Outcome(Kind.OK, Optional.empty(), Optional.empty());
        }
        LOG.log(System.Logger.Level.WARNING, "the database is damaged: " + damage.get());
        Path movedAside;
        try {
            movedAside = Backups.moveAside(file, "corrupt", clock.instant());
        } catch (IOException e) {
            throw Backups.ioFailure(e, file, "cannot move the damaged database aside");
        }
        Backups backups = new Backups(folder, clock);
        for (Backup b : backups.list()) {
            try {
                backups.restore(b, file);
                return new Outcome(Kind.RESTORED, Optional.of(b.takenAt()), Optional.of(movedAside));
            } catch (StoreException e) {
                if (e.reason() != Reason.DAMAGED) {
                    putBack(movedAside, file); // so the next start finds the damage again instead of starting empty
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "backup " + b.file() + " is damaged too", e);
            }
        }
        return new Outcome(Kind.STARTED_EMPTY, Optional.empty(), Optional.of(movedAside));
    }

    /** Moves a file set aside (and its -wal/-shm) back to where it was; only what is not there already. */
    private static void putBack(Path movedAside, Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path from = movedAside.resolveSibling(movedAside.getFileName() + suffix);
            Path to = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(from) && !Files.exists(to)) {
                    Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not put " + from + " back", e);
            }
        }
    }

    /** Why the file is damaged, or empty when it is fine or absent. A zero-length file counts as damaged. */
    static Optional<String> damage(Path file) throws StoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                return Optional.of("zero-length file");
            }
        } catch (IOException e) {
            throw Backups.ioFailure(e, file, "cannot read the database file");
        }
        try {
            FileCheck.run(file, Database.DEFAULT_BUSY_TIMEOUT_MILLIS);
            return Optional.empty();
        } catch (StoreException e) {
            if (e.reason() == Reason.DAMAGED) {
                return Optional.of(e.getMessage());
            }
            throw e;
        }
    }
}
