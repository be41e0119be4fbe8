package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {

    @TempDir
    Path dir;

    @Test
    void secondAcquireInTheSameProcessIsEmptyUntilTheFirstCloses() throws Exception {
        try (FolderLock first = FolderLock.acquire(dir).orElseThrow()) {
            assertThat(FolderLock.acquire(dir)).isEmpty();
        }
        try (FolderLock again = FolderLock.acquire(dir).orElseThrow()) {
            assertThat(dir.resolve(FolderLock.FILE_NAME)).exists();
        }
    }

    @Test
    void anotherProcessHoldingTheLockMakesAcquireEmptyUntilItDies() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classPath, FolderLockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThat(FolderLock.acquire(dir)).isEmpty();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Optional<FolderLock> lock = FolderLock.acquire(dir);
        assertThat(lock).isPresent();
        lock.get().close();
    }
}
