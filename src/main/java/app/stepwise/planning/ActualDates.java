package app.stepwise.planning;

import app.stepwise.content.Guide;
import app.stepwise.content.Step;
import app.stepwise.planning.PlanPace.StepDates;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the roadmap says was done, as the plan's pace reads it. A skipped step counts as finished the day
 * its planned time began (today at the latest): the user knew the material, so it takes no time.
 */
public final class ActualDates {

    private ActualDates() {
    }

    /** @param progressOf the roadmap's state of a step, by step id */
    public static Map<String, StepDates> of(Guide guide, Function<String, StepProgress> progressOf, Plan plan,
                                            LocalDate today) {
        Map<String, StepDates> dates = new HashMap<>();
        for (Step step : guide.steps()) {
            StepProgress progress = progressOf.apply(step.id());
            if (progress.status() == StepStatus.SKIPPED) {
                LocalDate planned = plan.step(step.id()).map(PlannedStep::start).orElse(today);
                LocalDate day = planned.isAfter(today) ? today : planned;
                dates.put(step.id(), new StepDates(Optional.of(day), Optional.of(day)));
            } else {
                dates.put(step.id(), new StepDates(progress.startedOn(), progress.finishedOn()));
            }
        }
        return dates;
    }
}
