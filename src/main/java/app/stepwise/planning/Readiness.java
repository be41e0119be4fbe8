package app.stepwise.planning;

import app.stepwise.content.Guide;
import app.stepwise.content.ReadinessWeights;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Project;
import app.stepwise.store.StepStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How ready a learner is for their target level: four parts from 0 to 1, weighted by the content into a
 * score from 0 to 100. The formula and a worked example are in {@code docs/readiness.md}.
 */
public final class Readiness {

    private Readiness() {
    }

    /**
     * Everything the score depends on, as plain values.
     *
     * @param milestones      milestone id → progress, with the counts fed by the portfolio and the study log
     *                        already filled in; a milestone without an entry has no progress
     * @param stepStatuses    step id → status; a step without an entry is not started
     * @param skillRatings    skill id → the user's current rating, 0 to 5; a skill without one counts as 0
     * @param practiceMinutes minutes logged on the step that the practice milestone counts
     *                        ({@link #practiceStep(Guide)}, step 6 in the shipped guide)
     */
    public record Inputs(Guide guide, String targetLevelId, Map<String, MilestoneProgress> milestones,
                         Map<String, StepStatus> stepStatuses, Map<String, Integer> skillRatings,
                         List<Project> projects, int practiceMinutes) {

        public Inputs {
            Objects.requireNonNull(guide, "guide");
            if (guide.level(targetLevelId).isEmpty()) {
                throw new IllegalArgumentException("not a level of the guide: " + targetLevelId);
            }
            skillRatings.forEach((skill, rating) -> {
                if (rating < 0 || rating > 5) {
                    throw new IllegalArgumentException("a rating is 0 to 5, " + skill + " has " + rating);
                }
            });
            if (practiceMinutes < 0) {
                throw new IllegalArgumentException("practice minutes cannot be negative: " + practiceMinutes);
            }
            milestones = Map.copyOf(milestones);
            stepStatuses = Map.copyOf(stepStatuses);
            skillRatings = Map.copyOf(skillRatings);
            projects = List.copyOf(projects);
        }

        public int rating(String skillId) {
            return skillRatings.getOrDefault(skillId, 0);
        }

        public StepStatus status(String stepId) {
            return stepStatuses.getOrDefault(stepId, StepStatus.NOT_STARTED);
        }
    }

    /**
     * The score and the parts it is made of.
     *
     * @param overall 0 to 100, the weighted parts rounded half up to a whole number
     */
    public record Score(int overall, double roadmap, double skills, double portfolio, double practice) {
    }

    public static Score score(Inputs in) {
        double roadmap = ReadinessParts.roadmap(in);
        double skills = ReadinessParts.skills(in);
        double portfolio = ReadinessParts.portfolio(in);
        double practice = ReadinessParts.practice(in);
        ReadinessWeights w = in.guide().readiness().weights();
        double weighted = w.roadmap() * roadmap + w.skills() * skills + w.portfolio() * portfolio
                + w.practice() * practice;
        return new Score(percent(weighted), roadmap, skills, portfolio, practice);
    }

    /** The step whose logged minutes feed the practice part. */
    public static String practiceStep(Guide guide) {
        return ReadinessParts.practiceMilestone(guide).countsMinutes().orElseThrow().step();
    }

    /**
     * Half up, after dropping the noise of binary fractions (0.625 × 100 may come out as 62.49999…), so
     * that a hand-computed 62.5 gives 63 as the documentation promises.
     */
    private static int percent(double share) {
        BigDecimal exact = BigDecimal.valueOf(share * 100).setScale(9, RoundingMode.HALF_EVEN);
        return Math.max(0, Math.min(100, exact.setScale(0, RoundingMode.HALF_UP).intValue()));
    }
}
