package app.stepwise.planning;

import java.util.Comparator;
import java.util.List;

/**
 * The things that would raise the readiness score most, each with its gain, found by scoring the inputs
 * as they would be after the action. The candidate actions are listed in {@code docs/readiness.md}.
 */
public final class NextActions {

    /** Minutes one practice action adds: three hours, six days at the low end of the guide's 30–60 a day. */
    public static final int PRACTICE_MINUTES = 180;
    /** Evidence items the project added by {@link Kind#ADD_PROJECT} holds: README, tests and CI. */
    public static final int NEW_PROJECT_EVIDENCE = 3;

    private NextActions() {
    }

    /** What to do; the order here breaks ties between equal gains, cheapest first. */
    public enum Kind {
        /** Rate a skill one point higher. Target: skill id; detail: the new rating. */
        RATE_SKILL,
        /** Finish the next milestone kept by hand. Target: milestone id; detail: its step id. */
        COMPLETE_MILESTONE,
        /** Add one evidence item to a project. Target: project id; detail: the {@code EvidenceItem} name. */
        ADD_EVIDENCE,
        /** Log {@value NextActions#PRACTICE_MINUTES} more practice minutes. Target: step id; detail: the minutes. */
        LOG_PRACTICE,
        /** Add a project with README, tests and CI. Target: the portfolio milestone id; detail: the item count. */
        ADD_PROJECT
    }

    /**
     * One suggestion.
     *
     * @param gain how many points the overall score would rise, 1 or more
     */
    public record Action(Kind kind, String targetId, String detail, int gain) {
    }

    /** At most {@code limit} actions with a gain above zero, by gain, then kind, then target id. */
    public static List<Action> rank(Readiness.Inputs in, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative: " + limit);
        }
        int now = Readiness.score(in).overall();
        return NextActionsCandidates.all(in).stream()
                .map(c -> new Action(c.kind(), c.targetId(), c.detail(), Readiness.score(c.after()).overall() - now))
                .filter(action -> action.gain() > 0)
                .sorted(Comparator.comparingInt(Action::gain).reversed()
                        .thenComparing(Action::kind)
                        .thenComparing(Action::targetId))
                .limit(limit)
                .toList();
    }
}
