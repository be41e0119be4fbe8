package app.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A verified backup at start when the file changed since the newest one, then thinning of the old ones. */
public final class StartupBackup {

    private static final Logger LOG = Logger.getLogger(StartupBackup.class.getName());

    private StartupBackup() {
    }

    /** Never stops the app: a backup that cannot be taken is logged, the data stays as it is. */
    public static void takeIfChanged(Path dataFolder, Path dbFile) {
        try {
            Backups backups = new Backups(dataFolder);
            List<Backup> existing = backups.list();
            Instant changed = lastChange(dbFile);
            if (existing.isEmpty() || changed.isAfter(existing.get(0).takenAt())) {
                backups.create(dbFile);
            }
            backups.thin(LocalDate.now(), ZoneId.systemDefault());
        } catch (StoreException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No backup taken at start", e);
        }
    }

    private static Instant lastChange(Path dbFile) throws IOException {
        Instant changed = Files.getLastModifiedTime(dbFile).toInstant();
        Path wal = dbFile.resolveSibling(dbFile.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Instant walChanged = Files.getLastModifiedTime(wal).toInstant();
            changed = walChanged.isAfter(changed) ? walChanged : changed;
        }
        return changed;
    }
}
