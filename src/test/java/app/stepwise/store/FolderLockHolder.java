package app.stepwise.store;

import java.nio.file.Path;
import java.util.Optional;

/** Child process for FolderLockTest: takes the lock, says so, and waits to be killed. */
public final class FolderLockHolder {

    private FolderLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Optional<FolderLock> lock = FolderLock.acquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "locked" : "busy");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
