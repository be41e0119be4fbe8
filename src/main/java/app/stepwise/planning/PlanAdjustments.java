package app.stepwise.planning;

import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import app.stepwise.store.DateSpan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The computed plan with the steps the user moved put where they put them. Pure functions. */
public final class PlanAdjustments {

    private PlanAdjustments() {
    }

    /**
     * Moves each step in {@code moved} to its span (its early and late ends become that end too); other steps
     * keep their computed dates. The finishes are the latest ends of the steps that run in sequence.
     */
    public static Plan withMovedSteps(Plan plan, Map<String, DateSpan> moved) {
        if (moved.isEmpty()) {
            return plan;
        }
        List<PlannedStep> steps = plan.steps().stream().map(step -> {
            DateSpan span = moved.get(step.stepId());
            return span == null ? step : new PlannedStep(step.stepId(), span.start(), span.endExclusive(),
                    span.endExclusive(), span.endExclusive(), step.alongside());
        }).toList();
        List<PlannedStep> sequence = steps.stream().filter(s -> !s.alongside()).toList();
        return new Plan(steps, latest(sequence, PlannedStep::earlyEnd), latest(sequence, PlannedStep::end),
                latest(sequence, PlannedStep::lateEnd));
    }

    private static LocalDate latest(List<PlannedStep> steps, java.util.function.Function<PlannedStep, LocalDate> end) {
        return steps.stream().map(end).max(Comparator.naturalOrder()).orElseThrow();
    }
}
