package app.stepwise.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One Stepwise per data folder (PRODUCT.md X5): an exclusive OS lock on {@code <dataFolder>/stepwise.lock}.
 * The OS releases it when the process ends, however it ends, so a crash never leaves the folder locked.
 * The lock file itself is left in place (deleting it would let a third instance lock a new file).
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE_NAME = "stepwise.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) already holds it. */
    public static Optional<FolderLock> acquire(Path dataFolder) throws StoreException {
        Path file = dataFolder.toAbsolutePath().normalize().resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw Backups.ioFailure(e, file, "cannot open the lock file");
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new FolderLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM already
        } catch (IOException e) {
            closeQuietly(channel);
            throw Backups.ioFailure(e, file, "cannot lock the data folder");
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(FolderLock.class.getName()).log(System.Logger.Level.WARNING, "closing the lock file failed", e);
        }
    }
}
