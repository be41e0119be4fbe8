package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class ProgressRepositoryTest extends RepositoryTestBase {

    private static final StepProgress STARTED = new StepProgress("step-3", StepStatus.IN_PROGRESS,
            Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty());
    private static final StepProgress DONE = new StepProgress("step-1", StepStatus.DONE,
            Optional.of(LocalDate.of(2025, 11, 1)), Optional.of(LocalDate.of(2025, 12, 24)));

    private ProgressRepository progress;

    @Override
    void createRepositories(Database db) {
        progress = new ProgressRepository(db);
    }

    @Test
    void stepsAndMilestonesSurviveAReopen() throws Exception {
        progress.saveStep(STARTED);
        progress.saveStep(DONE);
        MilestoneProgress projects = new MilestoneProgress("step-3.live-projects", "step-3", false, 2);
        progress.saveMilestone(projects);

        reopen();

        assertThat(progress.allSteps()).isEqualTo(Map.of("step-1", DONE, "step-3", STARTED));
        assertThat(progress.allMilestones()).isEqualTo(Map.of(projects.milestoneId(), projects));
    }

    @Test
    void savingAgainUpdatesInPlaceAndKeepsTheMilestones() throws Exception {
        progress.saveMilestone(new MilestoneProgress("step-3.a", "step-3", true, 1));
        progress.saveStep(STARTED);
        StepProgress finished = new StepProgress("step-3", StepStatus.DONE, STARTED.startedOn(), Optional.of(LocalDate.of(2026, 2, 1)));
        progress.saveStep(finished);
        progress.saveMilestone(new MilestoneProgress("step-3.a", "step-3", true, 4));

        assertThat(progress.allSteps()).containsExactly(Map.entry("step-3", finished));
        assertThat(progress.allMilestones().get("step-3.a").count()).isEqualTo(4);
    }

    @Test
    void aMilestoneOfAStepWithoutARowCreatesTheStepNotStarted() throws Exception {
        progress.saveMilestone(new MilestoneProgress("step-7.x", "step-7", true, 0));
        assertThat(progress.allSteps()).containsExactly(Map.entry("step-7", StepProgress.notStarted("step-7")));

        progress.saveStep(STARTED);
        progress.saveMilestone(new MilestoneProgress("step-3.y", "step-3", false, 1));
        assertThat(progress.allSteps().get("step-3")).isEqualTo(STARTED); // an existing step is left alone
    }

    @Test
    void resetThenRestoreGivesBackExactlyTheOldState() throws Exception {
        progress.saveStep(STARTED);
        progress.saveStep(DONE);
        MilestoneProgress a = new MilestoneProgress("step-3.a", "step-3", true, 3);
        MilestoneProgress b = new MilestoneProgress("step-3.b", "step-3", false, 1);
        MilestoneProgress other = new MilestoneProgress("step-1.a", "step-1", true, 0);
        progress.saveMilestone(a);
        progress.saveMilestone(b);
        progress.saveMilestone(other);
        Map<String, StepProgress> stepsBefore = progress.allSteps();
        Map<String, MilestoneProgress> milestonesBefore = progress.allMilestones();

        StepSnapshot snapshot = progress.resetStep("step-3");

        assertThat(snapshot).isEqualTo(new StepSnapshot("step-3", Optional.of(STARTED), List.of(a, b)));
        assertThat(progress.allSteps().get("step-3")).isEqualTo(StepProgress.notStarted("step-3"));
        assertThat(progress.allSteps().get("step-1")).isEqualTo(DONE);
        assertThat(progress.allMilestones()).containsOnlyKeys("step-1.a");

        progress.saveMilestone(new MilestoneProgress("step-3.c", "step-3", true, 9)); // done after the reset
        reopen();
        progress.restore(snapshot);

        assertThat(progress.allSteps()).isEqualTo(stepsBefore);
        assertThat(progress.allMilestones()).isEqualTo(milestonesBefore);
    }

    @Test
    void restoringAStepThatHadNoRowRemovesTheRowMadeSince() throws Exception {
        StepSnapshot snapshot = progress.resetStep("step-9");
        assertThat(snapshot).isEqualTo(new StepSnapshot("step-9", Optional.empty(), List.of()));
        assertThat(progress.allSteps()).isEmpty();

        progress.saveMilestone(new MilestoneProgress("step-9.a", "step-9", true, 1));
        progress.restore(snapshot);

        assertThat(progress.allSteps()).isEmpty();
        assertThat(progress.allMilestones()).isEmpty();
    }

    @Test
    void negativeCountsAreRefusedByTheRecordAndByTheSchema() throws Exception {
        assertThatThrownBy(() -> new MilestoneProgress("m", "step-1", false, -1)).isInstanceOf(IllegalArgumentException.class);

        progress.saveStep(DONE);
        assertThatThrownBy(() -> db.update(c -> exec(c, "INSERT INTO milestone_progress(milestone_id, step_id, count, updated_at) "
                + "VALUES('m', 'step-1', -1, 'now')")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
        assertThat(progress.allMilestones()).isEmpty();
    }

    @Test
    void unknownStatusesAreRefusedByTheSchema() {
        assertThatThrownBy(() -> db.update(c -> exec(c,
                "INSERT INTO step_progress(step_id, status, updated_at) VALUES('s', 'HALF_DONE', 'now')")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }

    @Test
    void snapshotsMustBeConsistent() {
        MilestoneProgress elsewhere = new MilestoneProgress("step-2.a", "step-2", true, 0);
        assertThatThrownBy(() -> new StepSnapshot("step-3", Optional.of(STARTED), List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepSnapshot("step-1", Optional.of(STARTED), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
