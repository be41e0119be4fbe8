package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.Backups;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Recovery;
import app.stepwise.store.StoreException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {

    private static final MilestoneProgress TICK = new MilestoneProgress("step-1.one-language", "step-1", true, 0);

    @TempDir Path folder;

    @Test
    void aSecondStepwiseOnTheSameFolderIsToldItIsInUseAndTouchesNothing() throws Exception {
        try (AppContext first = AppContext.open(folder)) {
            first.progress().saveMilestone(TICK);
            assertThatThrownBy(() -> AppContext.open(folder)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.LOCKED));
            assertThat(first.progress().allMilestones()).containsKey(TICK.milestoneId());
        }
        try (AppContext again = AppContext.open(folder)) {
            assertThat(again.progress().allMilestones()).containsKey(TICK.milestoneId());
        }
    }

    @Test
    void aChangedFileIsBackedUpAtTheNextStart() throws Exception {
        try (AppContext context = AppContext.open(folder)) {
            context.progress().saveMilestone(TICK);
        }
        try (AppContext context = AppContext.open(folder)) {
            assertThat(context.recovery().kind()).isEqualTo(Recovery.Kind.OK);
        }
        Backups backups = new Backups(folder);
        assertThat(backups.list()).isNotEmpty();
        assertThat(backups.verify(backups.list().get(0))).isTrue();
    }

    @Test
    void aDamagedFileIsSetAsideAndTheNewestGoodBackupRestored() throws Exception {
        try (AppContext context = AppContext.open(folder)) {
            context.progress().saveMilestone(TICK);
        }
        try (AppContext context = AppContext.open(folder)) {
            assertThat(new Backups(folder).list()).isNotEmpty(); // taken at this start
        }
        Path db = folder.resolve("stepwise.db");
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(0);
            file.write("this header is garbage!!".getBytes());
        }
        try (AppContext context = AppContext.open(folder)) {
            assertThat(context.recovery().kind()).isEqualTo(Recovery.Kind.RESTORED);
            assertThat(context.recovery().movedAside()).isPresent();
            assertThat(Files.exists(context.recovery().movedAside().get())).isTrue();
            assertThat(context.progress().allMilestones()).containsKey(TICK.milestoneId());
        }
    }
}
