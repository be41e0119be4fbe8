package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.DurationRange;
import app.stepwise.content.DurationUnit;
import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.content.Target;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepProgressRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    private final Milestone sql = new Milestone("step-2.sql", "SQL", "", Optional.empty(), Optional.empty(),
            Optional.empty());
    private final Milestone nosql = new Milestone("step-2.nosql", "NoSQL", "", Optional.empty(), Optional.empty(),
            Optional.empty());
    private final Milestone projects = new Milestone("step-2.projects", "Mini projects", "",
            Optional.of(new Target(4, 6, "mini projects", Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty());
    private final Milestone practice = new Milestone("step-6.practice", "Practice", "",
            Optional.of(new Target(30, 60, "minutes", Optional.of("day"),
                    Optional.of(new DurationRange(4, 8, DurationUnit.WEEKS)))), Optional.empty(), Optional.empty());
    private final Step step = new Step("step-2", 2, "Databases", "", "", new DurationRange(3, 6, DurationUnit.MONTHS),
            List.of(), "", List.of(sql, nosql, projects));

    @Test
    void aCounterCompletesAtTheLowEndOfTheRange() {
        assertThat(StepProgressRules.isComplete(projects, Optional.of(count(projects, 3)))).isFalse();
        assertThat(StepProgressRules.isComplete(projects, Optional.of(count(projects, 4)))).isTrue();
        assertThat(StepProgressRules.isComplete(projects, Optional.empty())).isFalse();
        // 30 minutes a day for 4 weeks = 840 minutes
        assertThat(StepProgressRules.isComplete(practice, Optional.of(count(practice, 839)))).isFalse();
        assertThat(StepProgressRules.isComplete(practice, Optional.of(count(practice, 840)))).isTrue();
    }

    @Test
    void fractionGivesCountersPartialCredit() {
        // sql ticked (1) + nosql open (0) + 2 of 4 projects (0.5) = 1.5 of 3 milestones
        Map<String, MilestoneProgress> progress = Map.of(
                sql.id(), tick(sql),
                projects.id(), count(projects, 2));
        assertThat(StepProgressRules.fraction(step, progress)).isEqualTo(0.5);
        assertThat(StepProgressRules.completedCount(step, progress)).isEqualTo(1);
        // counting past the goal does not give more than the whole milestone
        assertThat(StepProgressRules.fraction(step, Map.of(projects.id(), count(projects, 9)))).isEqualTo(1.0 / 3);
    }

    @Test
    void firstWorkStartsTheStepAndTheLastMilestoneFinishesIt() {
        StepProgress fresh = StepProgressRules.notStarted("step-2");
        StepProgress started = StepProgressRules.afterMilestoneChange(step, fresh, Map.of(),
                Map.of(sql.id(), tick(sql)), MARCH_1);
        assertThat(started).isEqualTo(new StepProgress("step-2", StepStatus.IN_PROGRESS,
                Optional.of(MARCH_1), Optional.empty()));

        Map<String, MilestoneProgress> all = Map.of(sql.id(), tick(sql), nosql.id(), tick(nosql),
                projects.id(), count(projects, 4));
        StepProgress done = StepProgressRules.afterMilestoneChange(step, started, Map.of(sql.id(), tick(sql)), all,
                MARCH_9);
        assertThat(done).isEqualTo(new StepProgress("step-2", StepStatus.DONE,
                Optional.of(MARCH_1), Optional.of(MARCH_9)));

        StepProgress reopened = StepProgressRules.afterMilestoneChange(step, done, all,
                Map.of(sql.id(), tick(sql), projects.id(), count(projects, 4)), MARCH_9);
        assertThat(reopened).isEqualTo(new StepProgress("step-2", StepStatus.IN_PROGRESS,
                Optional.of(MARCH_1), Optional.empty()));
    }

    @Test
    void aSkippedStepStaysSkippedWhateverIsTicked() {
        StepProgress skipped = StepProgressRules.withStatus(StepProgressRules.notStarted("step-2"),
                StepStatus.SKIPPED, MARCH_1);
        assertThat(StepProgressRules.afterMilestoneChange(step, skipped, Map.of(), Map.of(sql.id(), tick(sql)), MARCH_9))
                .isEqualTo(skipped);
        assertThat(skipped.startedOn()).isEmpty();
    }

    @Test
    void untickingEverythingKeepsAStartedStepStarted() {
        StepProgress started = new StepProgress("step-2", StepStatus.IN_PROGRESS, Optional.of(MARCH_1), Optional.empty());
        assertThat(StepProgressRules.afterMilestoneChange(step, started, Map.of(sql.id(), tick(sql)), Map.of(), MARCH_9))
                .isEqualTo(started);
    }

    @Test
    void aStepMarkedDoneStaysDoneWhileMoreIsTickedAndReopensWhenSomethingIsUnticked() {
        StepProgress markedDone = new StepProgress("step-2", StepStatus.DONE, Optional.of(MARCH_1), Optional.of(MARCH_1));
        Map<String, MilestoneProgress> one = Map.of(sql.id(), tick(sql));
        Map<String, MilestoneProgress> two = Map.of(sql.id(), tick(sql), nosql.id(), tick(nosql));
        assertThat(StepProgressRules.afterMilestoneChange(step, markedDone, one, two, MARCH_9)).isEqualTo(markedDone);
        // one more mini project that does not reach the goal of 4 changes no completion either
        Map<String, MilestoneProgress> counting = Map.of(sql.id(), tick(sql), nosql.id(), tick(nosql),
                projects.id(), count(projects, 1));
        assertThat(StepProgressRules.afterMilestoneChange(step, markedDone, two, counting, MARCH_9)).isEqualTo(markedDone);
        assertThat(StepProgressRules.afterMilestoneChange(step, markedDone, two, one, MARCH_9))
                .isEqualTo(new StepProgress("step-2", StepStatus.IN_PROGRESS, Optional.of(MARCH_1), Optional.empty()));
    }

    @Test
    void unskippingKeepsTheStartDateWhenThereIsWork() {
        StepProgress skipped = new StepProgress("step-2", StepStatus.SKIPPED, Optional.of(MARCH_1), Optional.empty());
        assertThat(StepProgressRules.unskipped(step, skipped, Map.of(sql.id(), tick(sql)), MARCH_9))
                .isEqualTo(new StepProgress("step-2", StepStatus.IN_PROGRESS, Optional.of(MARCH_1), Optional.empty()));
        assertThat(StepProgressRules.unskipped(step, skipped, Map.of(), MARCH_9))
                .isEqualTo(StepProgressRules.notStarted("step-2"));
    }

    @Test
    void notStartedClearsDates() {
        StepProgress done = new StepProgress("step-2", StepStatus.DONE, Optional.of(MARCH_1), Optional.of(MARCH_9));
        assertThat(StepProgressRules.withStatus(done, StepStatus.NOT_STARTED, MARCH_9))
                .isEqualTo(StepProgressRules.notStarted("step-2"));
    }

    private static MilestoneProgress tick(Milestone m) {
        return new MilestoneProgress(m.id(), "step-2", true, 0);
    }

    private static MilestoneProgress count(Milestone m, int count) {
        return new MilestoneProgress(m.id(), "step-2", false, count);
    }
}
