package app.stepwise.planning;

import app.stepwise.content.ContentException;
import app.stepwise.content.GuideLoader;
import app.stepwise.planning.PlanPace.Pace;
import app.stepwise.planning.PlanPace.StepDates;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pace against a plan with round numbers, in days after {@link #START}:
 * <pre>
 * step-1  0 –  70     step-4 154 – 182     step-7 217 – 280 (expected finish)
 * step-2 70 –  98     step-6 182 – 217     step-5  98 – 189, alongside
 * step-3 98 – 154
 * </pre>
 * The first unfinished step of the sequence is projected to take its planned length from the day it
 * started (or, not started, from the later of today and the day the step before it was finished); the
 * days its end moves are the delay, and whole weeks of delay, towards zero, are the weeks behind.
 */
class PlanPaceTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static final Plan PLAN = new Plan(List.of(
            step("step-1", 0, 70),
            step("step-2", 70, 98),
            step("step-3", 98, 154),
            step("step-4", 154, 182),
            new PlannedStep("step-5", day(98), day(189), day(150), day(200), true),
            step("step-6", 182, 217),
            step("step-7", 217, 280)), day(230), day(280), day(330));

    private final Map<String, StepDates> actual = new HashMap<>();

    @Test
    void aheadWhenAStepIsFinishedEarly() {
        // step 1 done on day 56 (planned 70); step 2 started then: 56 + 28 = 84, planned 98 → 14 days early
        done("step-1", 0, 56);
        started("step-2", 56);
        Pace pace = PlanPace.pace(PLAN, actual, day(70));
        assertThat(pace).isEqualTo(new Pace(-2, day(280 - 14)));
        assertThat(pace.onTrack()).isTrue();
    }

    @Test
    void onTrackWhenEveryDateMatchesThePlan() {
        // step 1 done on day 70 as planned; step 2 from 70: 70 + 28 = 98 = planned end
        done("step-1", 0, 70);
        started("step-2", 70);
        assertThat(PlanPace.pace(PLAN, actual, day(84))).isEqualTo(new Pace(0, day(280)));
    }

    @Test
    void aFewDaysLateIsStillOnTrack() {
        // step 1 done on day 73; step 2 from 73: 73 + 28 = 101, 3 days after 98; 3 / 7 → 0 weeks
        done("step-1", 0, 73);
        started("step-2", 73);
        Pace pace = PlanPace.pace(PLAN, actual, day(80));
        assertThat(pace).isEqualTo(new Pace(0, day(283)));
        assertThat(pace.onTrack()).isTrue();
    }

    @Test
    void behindByThreeWeeksWhenAStepFinishedLate() {
        // step 1 done on day 91 (planned 70); step 2 not started, today 91: 91 + 28 = 119, planned 98 → 21 days
        done("step-1", 0, 91);
        Pace pace = PlanPace.pace(PLAN, actual, day(91));
        assertThat(pace).isEqualTo(new Pace(3, day(301)));
        assertThat(pace.onTrack()).isFalse();
    }

    @Test
    void behindByThreeWeeksWhenTheCurrentStepOverruns() {
        // step 2 started on time (day 70) and still open on day 119: it ends today at the earliest,
        // 119 - 98 = 21 days; on day 124 it is 26 days, still 3 whole weeks
        done("step-1", 0, 70);
        started("step-2", 70);
        assertThat(PlanPace.pace(PLAN, actual, day(119))).isEqualTo(new Pace(3, day(301)));
        assertThat(PlanPace.pace(PLAN, actual, day(124))).isEqualTo(new Pace(3, day(306)));
    }

    @Test
    void behindWhenNothingIsStartedAfterThePlannedStart() {
        // nothing started on day 21: step 1 can start today, 21 + 70 = 91, planned 70 → 21 days
        assertThat(PlanPace.pace(PLAN, actual, day(21))).isEqualTo(new Pace(3, day(301)));
    }

    @Test
    void onTrackWhenNothingIsStartedBeforeThePlannedStart() {
        // ten days before the start, or on the day itself: step 1 can start on day 0 → no delay
        assertThat(PlanPace.pace(PLAN, actual, day(-10))).isEqualTo(new Pace(0, day(280)));
        assertThat(PlanPace.pace(PLAN, Map.of(), day(0))).isEqualTo(new Pace(0, day(280)));
    }

    @Test
    void notStartingTheNextStepEatsIntoALead() {
        // step 1 done on day 56; step 2 not started on day 63: 63 + 28 = 91, planned 98 → 7 days early
        done("step-1", 0, 56);
        assertThat(PlanPace.pace(PLAN, actual, day(63))).isEqualTo(new Pace(-1, day(273)));
    }

    @Test
    void allDoneEarlyFinishesOnTheLastDay() {
        // every step in the sequence finished, the last on day 273 → 7 days before 280
        finishAllAsPlannedBut("step-7", 273);
        assertThat(PlanPace.pace(PLAN, actual, day(290))).isEqualTo(new Pace(-1, day(273)));
    }

    @Test
    void allDoneLateSaysByHowMuch() {
        // the last step finished on day 300 → 20 days after 280 → 2 whole weeks
        finishAllAsPlannedBut("step-7", 300);
        assertThat(PlanPace.pace(PLAN, actual, day(310))).isEqualTo(new Pace(2, day(300)));
    }

    @Test
    void allDoneCountsTheLatestFinishEvenOutOfOrder() {
        // step 4 was finished last, on day 285 → 5 days after 280 → 0 weeks
        finishAllAsPlannedBut("step-4", 285);
        assertThat(PlanPace.pace(PLAN, actual, day(290))).isEqualTo(new Pace(0, day(285)));
    }

    @Test
    void communityWorkAlongsideDoesNotHoldUpTheFinish() {
        finishAllAsPlannedBut("step-7", 280);
        actual.remove("step-5");
        assertThat(PlanPace.pace(PLAN, actual, day(280))).isEqualTo(new Pace(0, day(280)));
    }

    @Test
    void aLaterStepFinishedOutOfOrderDoesNotSkipAnOpenOne() {
        // step 3 is done but step 1 is still open on day 60: step 1 from day 0 ends on 70 as planned
        started("step-1", 0);
        done("step-3", 10, 50);
        assertThat(PlanPace.pace(PLAN, actual, day(60))).isEqualTo(new Pace(0, day(280)));
    }

    @Test
    void paceOfARealPlan() throws ContentException {
        // career changer at 15 h from START: step 1 planned 0–42, step 2 42–60 (18 days), finish 183.
        // Step 1 done on day 63, step 2 not started on day 63: 63 + 18 = 81, planned 60 → 21 days, 3 weeks;
        // projected finish 183 + 21 = 204
        Plan plan = Timeline.plan(new GuideLoader().loadBundled(), "background.career-changer", START, 15);
        done("step-1", 0, 63);
        assertThat(PlanPace.pace(plan, actual, day(63))).isEqualTo(new Pace(3, day(204)));
    }

    private void finishAllAsPlannedBut(String stepId, int finished) {
        for (PlannedStep step : PLAN.steps()) {
            LocalDate end = step.stepId().equals(stepId) ? day(finished) : step.end();
            actual.put(step.stepId(), StepDates.done(step.start(), end));
        }
    }

    private void done(String stepId, int started, int finished) {
        actual.put(stepId, StepDates.done(day(started), day(finished)));
    }

    private void started(String stepId, int started) {
        actual.put(stepId, new StepDates(Optional.of(day(started)), Optional.empty()));
    }

    private static PlannedStep step(String stepId, int start, int end) {
        return new PlannedStep(stepId, day(start), day(end), day(end - 7), day(end + 14), false);
    }

    private static LocalDate day(int offset) {
        return START.plusDays(offset);
    }
}
