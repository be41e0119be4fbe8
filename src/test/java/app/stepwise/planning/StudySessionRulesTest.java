package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.StudySessionRules.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StudySessionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void minutesFromOneTo1440AreFine() {
        assertThat(StudySessionRules.check(TODAY, 1, "step-1", TODAY)).isEmpty();
        assertThat(StudySessionRules.check(TODAY, 45, "step-1", TODAY)).isEmpty();
        assertThat(StudySessionRules.check(TODAY, 1440, "step-1", TODAY)).isEmpty();
        assertThat(StudySessionRules.check(TODAY, 0, "step-1", TODAY)).containsExactly(Problem.MINUTES_OUT_OF_RANGE);
        assertThat(StudySessionRules.check(TODAY, 1441, "step-1", TODAY)).containsExactly(Problem.MINUTES_OUT_OF_RANGE);
        assertThat(StudySessionRules.check(TODAY, -30, "step-1", TODAY)).containsExactly(Problem.MINUTES_OUT_OF_RANGE);
    }

    @Test
    void todayAndThePastAreFineTomorrowIsNot() {
        assertThat(StudySessionRules.check(LocalDate.of(2026, 3, 9), 30, "step-1", TODAY)).isEmpty();
        assertThat(StudySessionRules.check(LocalDate.of(2019, 1, 1), 30, "step-1", TODAY)).isEmpty();
        assertThat(StudySessionRules.check(LocalDate.of(2026, 3, 11), 30, "step-1", TODAY))
                .containsExactly(Problem.IN_THE_FUTURE);
        assertThat(StudySessionRules.check(LocalDate.of(2027, 1, 1), 30, "step-1", LocalDate.of(2026, 12, 31)))
                .containsExactly(Problem.IN_THE_FUTURE);
    }

    @Test
    void aStepIsRequired() {
        assertThat(StudySessionRules.check(TODAY, 30, "", TODAY)).containsExactly(Problem.NO_STEP);
        assertThat(StudySessionRules.check(TODAY, 30, " \t", TODAY)).containsExactly(Problem.NO_STEP);
        assertThat(StudySessionRules.check(TODAY, 30, null, TODAY)).containsExactly(Problem.NO_STEP);
    }

    @Test
    void everyProblemIsReportedInOrder() {
        assertThat(StudySessionRules.check(LocalDate.of(2026, 3, 11), 0, "", TODAY))
                .containsExactly(Problem.MINUTES_OUT_OF_RANGE, Problem.IN_THE_FUTURE, Problem.NO_STEP);
    }

    @Test
    void hoursPerWeekFromOneTo80() {
        assertThat(HoursPerWeek.valid(1)).isTrue();
        assertThat(HoursPerWeek.valid(10)).isTrue();
        assertThat(HoursPerWeek.valid(80)).isTrue();
        assertThat(HoursPerWeek.valid(0)).isFalse();
        assertThat(HoursPerWeek.valid(81)).isFalse();
        assertThat(HoursPerWeek.valid(-1)).isFalse();
    }
}
