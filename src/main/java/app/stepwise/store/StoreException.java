package app.stepwise.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A storage failure the user can meet. The UI turns {@link #reason()} into a translated, plain-language
 * message; the message of this exception is for the log only.
 */
public final class StoreException extends Exception {

    public enum Reason { FOLDER_NOT_WRITABLE, LOCKED, NEWER_VERSION, DAMAGED, DISK_FULL, FAILED }

    private final Reason reason;
    private final Path path;

    public StoreException(Reason reason, Path path, String message) {
        this(reason, path, message, null);
    }

    public StoreException(Reason reason, Path path, String message, Throwable cause) {
        super(reason + ": " + message + " (" + path + ")", cause);
        this.reason = Objects.requireNonNull(reason);
        this.path = Objects.requireNonNull(path);
    }

    public Reason reason() {
        return reason;
    }

    /** The file or folder concerned. */
    public Path path() {
        return path;
    }
}
