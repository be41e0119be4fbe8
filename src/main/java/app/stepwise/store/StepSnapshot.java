package app.stepwise.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step's stored state before {@link ProgressRepository#resetStep(String)}, for undo. {@code step} is
 * empty when the step had no row; {@code stepId} is kept so restoring that can still remove a row made since.
 */
public record StepSnapshot(String stepId, Optional<StepProgress> step, List<MilestoneProgress> milestones) {

    public StepSnapshot {
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(step);
        milestones = List.copyOf(milestones);
        if (step.isPresent() && !step.get().stepId().equals(stepId)) {
            throw new IllegalArgumentException("step " + step.get().stepId() + " in a snapshot of " + stepId);
        }
        for (MilestoneProgress m : milestones) {
            if (!m.stepId().equals(stepId)) {
                throw new IllegalArgumentException("milestone " + m.milestoneId() + " of another step in a snapshot of " + stepId);
            }
        }
        if (step.isEmpty() && !milestones.isEmpty()) {
            throw new IllegalArgumentException("milestones without their step row: " + stepId);
        }
    }
}
