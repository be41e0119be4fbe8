package app.stepwise.planning;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.content.Skill;
import app.stepwise.content.Step;
import app.stepwise.content.Target;
import app.stepwise.store.StepStatus;
import java.util.Comparator;
import java.util.Optional;

/** The four parts of the readiness score, each from 0 to 1; the rules are in {@code docs/readiness.md}. */
final class ReadinessParts {

    private ReadinessParts() {
    }

    /** Complete milestones over all milestones, leaving out skipped steps; 1 when every step is skipped. */
    static double roadmap(Readiness.Inputs in) {
        int counted = 0;
        int complete = 0;
        for (Step step : in.guide().steps()) {
            if (in.status(step.id()) == StepStatus.SKIPPED) {
                continue;
            }
            for (Milestone m : step.milestones()) {
                counted++;
                if (StepProgressRules.isComplete(m, Optional.ofNullable(in.milestones().get(m.id())))) {
                    complete++;
                }
            }
        }
        return counted == 0 ? 1.0 : complete / (double) counted;
    }

    /** Ratings, each capped at what the level expects, over the sum of the expectations; 1 if it expects none. */
    static double skills(Readiness.Inputs in) {
        int expected = 0;
        int met = 0;
        for (Skill skill : in.guide().skills()) {
            int wanted = skill.expectedByLevel().getOrDefault(in.targetLevelId(), 0);
            if (wanted > 0) {
                expected += wanted;
                met += Math.min(in.rating(skill.id()), wanted);
            }
        }
        return expected == 0 ? 1.0 : met / (double) expected;
    }

    /**
     * The evidence shares of the best projects, as many as the top of the portfolio target (5), over its
     * low end (3), capped at 1: three complete projects fill it, and more projects can make up for thin ones.
     */
    static double portfolio(Readiness.Inputs in) {
        Target target = portfolioMilestone(in.guide()).target().orElseThrow();
        double evidence = in.projects().stream()
                .map(Evidence::score)
                .sorted(Comparator.reverseOrder())
                .limit(target.totalMax())
                .mapToDouble(score -> score / (double) Evidence.TOTAL)
                .sum();
        return Math.min(1.0, evidence / target.totalMin());
    }

    /** Logged practice minutes over the lowest total of the practice target (840 in the shipped guide). */
    static double practice(Readiness.Inputs in) {
        int needed = practiceMilestone(in.guide()).target().orElseThrow().totalMin();
        return Math.min(1.0, in.practiceMinutes() / (double) needed);
    }

    static Milestone portfolioMilestone(Guide guide) {
        return guide.milestone(guide.readiness().portfolioMilestone()).orElseThrow();
    }

    static Milestone practiceMilestone(Guide guide) {
        return guide.milestone(guide.readiness().practiceMilestone()).orElseThrow();
    }
}
