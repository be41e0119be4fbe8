package app.stepwise.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore the user asked for while Stepwise was running. The database cannot be replaced while it is
 * open, so the choice is written down and carried out at the next start, before the file is opened.
 */
public final class PendingRestore {

    static final String FILE_NAME = "restore.pending";

    private PendingRestore() {
    }

    public static void request(Path dataFolder, Backup backup) throws IOException {
        TextFiles.writeAtomically(dataFolder.resolve(FILE_NAME), backup.file().getFileName().toString());
    }

    /**
     * Carries out a requested restore (the current file is backed up first); returns the backup restored.
     * A request for a backup that is gone or damaged is dropped and the data left as it is.
     */
    public static Optional<Backup> carryOut(Path dataFolder, Path dbFile) throws StoreException {
        Path marker = dataFolder.resolve(FILE_NAME);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(marker, StandardCharsets.UTF_8).strip();
            Files.delete(marker);
            Backups backups = new Backups(dataFolder);
            Optional<Backup> chosen = backups.list().stream()
                    .filter(b -> b.file().getFileName().toString().equals(name)).findFirst()
                    .filter(backups::verify);
            if (chosen.isPresent()) {
                backups.restore(chosen.get(), dbFile);
            }
            return chosen;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, marker, "cannot read the restore request", e);
        }
    }
}
