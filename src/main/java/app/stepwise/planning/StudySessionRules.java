package app.stepwise.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a study session must satisfy before it is saved; the schema refuses bad minutes again. */
public final class StudySessionRules {

    public static final int MIN_MINUTES = 1;
    /** A whole day: more cannot have happened on one calendar day. */
    public static final int MAX_MINUTES = 24 * 60;

    public enum Problem { MINUTES_OUT_OF_RANGE, IN_THE_FUTURE, NO_STEP }

    private StudySessionRules() {
    }

    /** Every problem, in the enum's order; empty when the session may be saved. Today itself is allowed. */
    public static List<Problem> check(LocalDate day, int minutes, String stepId, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            problems.add(Problem.MINUTES_OUT_OF_RANGE);
        }
        if (day.isAfter(today)) {
            problems.add(Problem.IN_THE_FUTURE);
        }
        if (stepId == null || stepId.isBlank()) {
            problems.add(Problem.NO_STEP);
        }
        return List.copyOf(problems);
    }
}
