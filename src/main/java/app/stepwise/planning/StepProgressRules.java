package app.stepwise.planning;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** How milestone progress turns into a step's completion and status. Pure functions. */
public final class StepProgressRules {

    private StepProgressRules() {
    }

    /** A checkbox is complete when ticked; a counter when it reaches the low end of the guide's range. */
    public static boolean isComplete(Milestone milestone, Optional<MilestoneProgress> progress) {
        return milestone.target()
                .map(target -> progress.map(MilestoneProgress::count).orElse(0) >= target.totalMin())
                .orElseGet(() -> progress.map(MilestoneProgress::done).orElse(false));
    }

    /** Share of the step done, 0 to 1; a counter contributes its part of the way to its goal. */
    public static double fraction(Step step, Map<String, MilestoneProgress> progress) {
        if (step.milestones().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Milestone milestone : step.milestones()) {
            Optional<MilestoneProgress> p = Optional.ofNullable(progress.get(milestone.id()));
            sum += milestone.target()
                    .map(t -> Math.min(1.0, p.map(MilestoneProgress::count).orElse(0) / (double) t.totalMin()))
                    .orElseGet(() -> p.map(MilestoneProgress::done).orElse(false) ? 1.0 : 0.0);
        }
        return sum / step.milestones().size();
    }

    public static long completedCount(Step step, Map<String, MilestoneProgress> progress) {
        return step.milestones().stream()
                .filter(m -> isComplete(m, Optional.ofNullable(progress.get(m.id()))))
                .count();
    }

    /**
     * The step's state after one of its milestones changed: work on a step that was not started starts it,
     * finishing every milestone finishes it, and undoing a finished milestone reopens a done step. A step
     * the user marked done stays done while they keep ticking; a skipped step stays skipped.
     */
    public static StepProgress afterMilestoneChange(Step step, StepProgress current,
                                                    Map<String, MilestoneProgress> before,
                                                    Map<String, MilestoneProgress> after, LocalDate today) {
        if (current.status() == StepStatus.SKIPPED) {
            return current;
        }
        long completed = completedCount(step, after);
        if (completed == step.milestones().size() && completed > 0) {
            return withStatus(current, StepStatus.DONE, today);
        }
        boolean lostCompletion = completed < completedCount(step, before);
        if (current.status() == StepStatus.DONE && !lostCompletion) {
            return current;
        }
        if (fraction(step, after) > 0 && current.status() != StepStatus.IN_PROGRESS) {
            return withStatus(current, StepStatus.IN_PROGRESS, today);
        }
        return current;
    }

    /** A skipped step taken back: in progress (with its dates) when it has any work, otherwise not started. */
    public static StepProgress unskipped(Step step, StepProgress current, Map<String, MilestoneProgress> progress,
                                         LocalDate today) {
        return fraction(step, progress) > 0
                ? withStatus(current, StepStatus.IN_PROGRESS, today)
                : notStarted(current.stepId());
    }

    /** The step moved to {@code status} today, keeping the dates that still hold. */
    public static StepProgress withStatus(StepProgress current, StepStatus status, LocalDate today) {
        Optional<LocalDate> started = current.startedOn().or(() -> Optional.of(today));
        return switch (status) {
            case NOT_STARTED -> new StepProgress(current.stepId(), status, Optional.empty(), Optional.empty());
            case IN_PROGRESS -> new StepProgress(current.stepId(), status, started, Optional.empty());
            case DONE -> new StepProgress(current.stepId(), status, started,
                    current.finishedOn().or(() -> Optional.of(today)));
            case SKIPPED -> new StepProgress(current.stepId(), status, current.startedOn(), Optional.empty());
        };
    }

    public static StepProgress notStarted(String stepId) {
        return new StepProgress(stepId, StepStatus.NOT_STARTED, Optional.empty(), Optional.empty());
    }
}
