package app.stepwise.planning;

import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "On track" or "behind by N weeks": where the user's actual dates put them against a plan, and when
 * they will finish at that pace. The rule is in {@code docs/timeline.md}; in short, the first unfinished
 * step of the sequence is projected to take its planned length from when it started (or can start), and
 * the rest of the plan moves by as many days as that step's end moves.
 */
public final class PlanPace {

    private PlanPace() {
    }

    /** When the user started and finished a step; a skipped step counts as finished on the day it was skipped. */
    public record StepDates(Optional<LocalDate> started, Optional<LocalDate> finished) {

        public static final StepDates NONE = new StepDates(Optional.empty(), Optional.empty());

        public StepDates {
            started = started == null ? Optional.empty() : started;
            finished = finished == null ? Optional.empty() : finished;
        }

        public static StepDates started(LocalDate started) {
            return new StepDates(Optional.of(started), Optional.empty());
        }

        public static StepDates done(LocalDate started, LocalDate finished) {
            return new StepDates(Optional.of(started), Optional.of(finished));
        }
    }

    /**
     * @param weeksBehind     whole weeks behind the plan, rounded towards zero; 0 or less is on track,
     *                        below 0 is ahead by that many weeks
     * @param projectedFinish when the route ends at this pace (exclusive, like the plan's finish), or the
     *                        day the last step was finished once every step is done
     */
    public record Pace(int weeksBehind, LocalDate projectedFinish) {

        public boolean onTrack() {
            return weeksBehind <= 0;
        }
    }

    /** Compares {@code actual} (by step id; missing means not started) with the plan as of {@code today}. */
    public static Pace pace(Plan plan, Map<String, StepDates> actual, LocalDate today) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        List<PlannedStep> sequence = plan.steps().stream().filter(step -> !step.alongside()).toList();
        if (sequence.isEmpty()) {
            return new Pace(0, plan.expectedFinish());
        }
        int current = 0;
        while (current < sequence.size() && finished(actual, sequence.get(current)).isPresent()) {
            current++;
        }
        if (current == sequence.size()) {
            LocalDate lastDone = sequence.stream().map(step -> finished(actual, step).orElseThrow())
                    .max(LocalDate::compareTo).orElseThrow();
            return new Pace(weeks(ChronoUnit.DAYS.between(plan.expectedFinish(), lastDone)), lastDone);
        }
        PlannedStep step = sequence.get(current);
        LocalDate canStart = current == 0 ? step.start() : finished(actual, sequence.get(current - 1)).orElseThrow();
        LocalDate projectedStart = dates(actual, step).started().orElse(latest(today, canStart));
        LocalDate projectedEnd = latest(projectedStart.plusDays(ChronoUnit.DAYS.between(step.start(), step.end())),
                today);
        long delay = ChronoUnit.DAYS.between(step.end(), projectedEnd);
        return new Pace(weeks(delay), plan.expectedFinish().plusDays(delay));
    }

    /** Whole weeks, towards zero: a few days either way still counts as on time. */
    private static int weeks(long days) {
        return Math.toIntExact(days / 7);
    }

    private static Optional<LocalDate> finished(Map<String, StepDates> actual, PlannedStep step) {
        return dates(actual, step).finished();
    }

    private static StepDates dates(Map<String, StepDates> actual, PlannedStep step) {
        StepDates dates = actual.get(step.stepId());
        return dates == null ? StepDates.NONE : dates;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
