package app.stepwise.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One verified copy in {@code <dataFolder>/backups}; {@code takenAt} comes from the file name (UTC). */
public record Backup(Path file, Instant takenAt, long size) {

    public Backup {
        Objects.requireNonNull(file);
        Objects.requireNonNull(takenAt);
    }
}
