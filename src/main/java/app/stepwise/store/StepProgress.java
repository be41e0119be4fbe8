package app.stepwise.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

public record StepProgress(String stepId, StepStatus status, Optional<LocalDate> startedOn, Optional<LocalDate> finishedOn) {

    public StepProgress {
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(startedOn);
        Objects.requireNonNull(finishedOn);
    }

    public static StepProgress notStarted(String stepId) {
        return new StepProgress(stepId, StepStatus.NOT_STARTED, Optional.empty(), Optional.empty());
    }
}
