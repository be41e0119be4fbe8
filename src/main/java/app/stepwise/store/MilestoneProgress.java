package app.stepwise.store;

import java.util.Objects;

public record MilestoneProgress(String milestoneId, String stepId, boolean done, int count) {

    public MilestoneProgress {
        Objects.requireNonNull(milestoneId);
        Objects.requireNonNull(stepId);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
    }
}
