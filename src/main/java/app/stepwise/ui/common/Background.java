package app.stepwise.ui.common;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Runs disk and database work off the FX thread, one task at a time and in submission order, so saves
 * never overtake each other; results and failures come back on the FX thread.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stepwise-store");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> onFailure;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private volatile Throwable lastFailure;

    /** @param onFailure told on the FX thread about any task that failed */
    public Background(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, onFailure);
    }

    /** Like {@link #run(Callable, Consumer)} with a failure handler of this task's own. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onThisFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                completed.incrementAndGet();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background task failed", e);
                failures.incrementAndGet();
                lastFailure = e;
                Platform.runLater(() -> onThisFailure.accept(e));
            }
        });
    }

    /** How many tasks have failed so far; compare two readings to see whether a batch of saves failed. */
    public int failureCount() {
        return failures.get();
    }

    /** How many tasks have finished without failing: a rising count means something was saved. */
    public int completedCount() {
        return completed.get();
    }

    public Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public void run(ThrowingRunnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }

    /** Waits until everything submitted so far has finished (used before closing, and by tests). */
    public void awaitIdle() {
        try {
            executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Waiting for background work failed", e);
        }
    }

    /** Finishes the queued work, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("Background work did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
