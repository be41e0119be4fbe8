package app.stepwise.store;

import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where the user's data lives on each operating system (PRODUCT.md X1). */
public final class DataFolder {

    private DataFolder() {
    }

    /** A pure function of its arguments so every OS can be tested on any OS. */
    public static Path defaultFor(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return pathFrom(env.get("APPDATA"))
                    .orElseGet(() -> userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("Stepwise");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Stepwise");
        }
        // XDG Base Directory spec: a relative $XDG_DATA_HOME is invalid and must be ignored
        return pathFrom(env.get("XDG_DATA_HOME"))
                .filter(Path::isAbsolute)
                .orElseGet(() -> userHome.resolve(".local").resolve("share"))
                .resolve("stepwise");
    }

    /** The folder given with {@code --data-dir}, or the default of this machine. */
    public static Path resolve(Optional<Path> override) {
        return override.orElseGet(() -> defaultFor(System.getenv(), System.getProperty("os.name", ""),
                        Path.of(System.getProperty("user.home"))))
                .toAbsolutePath()
                .normalize();
    }

    /** Creates the folder and proves it writable by writing and deleting a probe file. */
    public static void ensureWritable(Path folder) throws StoreException {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StoreException(Reason.FOLDER_NOT_WRITABLE, folder, "cannot create the data folder", e);
        }
        try {
            Path probe = Files.createTempFile(folder, ".write-probe-", ".tmp");
            try {
                Files.write(probe, new byte[] {42});
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | SecurityException e) {
            Reason reason = isNoSpace(e) ? Reason.DISK_FULL : Reason.FOLDER_NOT_WRITABLE;
            throw new StoreException(reason, folder, "cannot write in the data folder", e);
        }
    }

    // Java has no distinct exception for ENOSPC; the OS message is all there is
    private static boolean isNoSpace(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left") || message.contains("not enough space");
    }

    private static Optional<Path> pathFrom(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
