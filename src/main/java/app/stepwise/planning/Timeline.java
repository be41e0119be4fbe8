package app.stepwise.planning;

import app.stepwise.content.Background;
import app.stepwise.content.Guide;
import app.stepwise.content.Step;
import app.stepwise.content.StepWeeks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates for the seven steps from a background's step weeks and the hours a user has each week. A pure
 * function of its arguments; the model and its rounding are explained in {@code docs/timeline.md}.
 */
public final class Timeline {

    public static final int MIN_HOURS_PER_WEEK = 1;
    public static final int MAX_HOURS_PER_WEEK = 80;

    private Timeline() {
    }

    /**
     * One step on the calendar. Dates follow iCalendar's all-day convention: {@code end} is exclusive, the
     * first day after the step (and the day the next step starts).
     *
     * @param start     first day of the step in the expected plan
     * @param end       the day after its last day in the expected plan
     * @param earlyEnd  where it ends if it and every step before it take the guide's low figures
     * @param lateEnd   where it ends if it and every step before it take the guide's high figures
     * @param alongside true for a step that runs beside the others instead of after them
     */
    public record PlannedStep(String stepId, LocalDate start, LocalDate end, LocalDate earlyEnd, LocalDate lateEnd,
                              boolean alongside) {
    }

    /**
     * The steps in the guide's order, and when the whole route ends (exclusive, as step ends are) in the
     * early, expected and late case.
     */
    public record Plan(List<PlannedStep> steps, LocalDate earlyFinish, LocalDate expectedFinish,
                       LocalDate lateFinish) {

        public Plan {
            steps = List.copyOf(steps);
        }

        public Optional<PlannedStep> step(String stepId) {
            return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst();
        }
    }

    /**
     * Plans the route of {@code backgroundId} from {@code start} at {@code hoursPerWeek} (1 to 80). Each
     * step lasts its weeks times the background's weekly hours divided by the user's, rounded to whole days.
     *
     * @throws IllegalArgumentException for hours outside 1 to 80 or a background the guide does not have
     */
    public static Plan plan(Guide guide, String backgroundId, LocalDate start, int hoursPerWeek) {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(start, "start");
        if (hoursPerWeek < MIN_HOURS_PER_WEEK || hoursPerWeek > MAX_HOURS_PER_WEEK) {
            throw new IllegalArgumentException("hours per week must be between " + MIN_HOURS_PER_WEEK + " and "
                    + MAX_HOURS_PER_WEEK + ", found " + hoursPerWeek);
        }
        Background background = guide.backgrounds().stream().filter(b -> b.id().equals(backgroundId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no background \"" + backgroundId + "\""));

        // the three chains (early, expected, late) of the steps done one after another
        Map<String, Schedule> sequenceStarts = new HashMap<>();
        Schedule cursor = new Schedule(start, start, start);
        for (Step step : guide.steps()) {
            StepWeeks weeks = weeks(background, step.id());
            if (!weeks.isAlongside()) {
                sequenceStarts.put(step.id(), cursor);
                cursor = cursor.plus(lengths(weeks, background.hoursPerWeek(), hoursPerWeek));
            }
        }
        Schedule finish = cursor;

        List<PlannedStep> planned = new ArrayList<>();
        for (Step step : guide.steps()) {
            StepWeeks weeks = weeks(background, step.id());
            Lengths lengths = lengths(weeks, background.hoursPerWeek(), hoursPerWeek);
            Schedule from = sequenceStarts.get(weeks.alongsideFrom().orElse(step.id()));
            if (from == null) {
                throw new IllegalArgumentException(step.id() + " runs alongside \"" + weeks.alongsideFrom().orElse("")
                        + "\", which is not a step in the sequence");
            }
            Schedule ends = from.plus(lengths);
            if (weeks.isAlongside()) {
                ends = ends.noLaterThan(finish); // beside work never runs past the end of the route
            }
            planned.add(new PlannedStep(step.id(), from.expected(), ends.expected(), ends.early(), ends.late(),
                    weeks.isAlongside()));
        }
        return new Plan(planned, finish.early(), finish.expected(), finish.late());
    }

    /** Days for one step: min, mid-point and max weeks scaled by the hours, each rounded half up to whole days. */
    static Lengths lengths(StepWeeks weeks, int backgroundHours, int userHours) {
        return new Lengths(days(2L * weeks.min(), backgroundHours, userHours),
                days((long) weeks.min() + weeks.max(), backgroundHours, userHours),
                days(2L * weeks.max(), backgroundHours, userHours));
    }

    /** {@code halfWeeks / 2 × 7 × backgroundHours / userHours}, rounded half up, in whole-number arithmetic. */
    private static long days(long halfWeeks, int backgroundHours, int userHours) {
        long numerator = halfWeeks * 7 * backgroundHours;
        long denominator = 2L * userHours;
        return (2 * numerator + denominator) / (2 * denominator);
    }

    private static StepWeeks weeks(Background background, String stepId) {
        return background.weeks(stepId).orElseThrow(() -> new IllegalArgumentException(
                background.id() + " has no weeks for " + stepId));
    }

    /** A step's length in days in the early, expected and late case. */
    record Lengths(long early, long expected, long late) {
    }

    /** The same date in the early, expected and late case. */
    private record Schedule(LocalDate early, LocalDate expected, LocalDate late) {

        Schedule plus(Lengths days) {
            return new Schedule(early.plusDays(days.early()), expected.plusDays(days.expected()),
                    late.plusDays(days.late()));
        }

        Schedule noLaterThan(Schedule limit) {
            return new Schedule(min(early, limit.early), min(expected, limit.expected), min(late, limit.late));
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
