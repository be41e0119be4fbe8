package app.stepwise.content;

import java.util.Optional;

/**
 * Something to achieve within a step. With a {@code target} it is a counter (e.g. 4–6 mini projects);
 * without one it is a checkbox. A counter with {@code countsProjects} is fed by the portfolio, one with
 * {@code countsMinutes} by the study log; neither is counted by hand.
 */
public record Milestone(String id, String title, String description, Optional<Target> target,
                        Optional<ProjectCount> countsProjects, Optional<MinutesCount> countsMinutes) {

    public Milestone {
        target = target == null ? Optional.empty() : target;
        countsProjects = countsProjects == null ? Optional.empty() : countsProjects;
        countsMinutes = countsMinutes == null ? Optional.empty() : countsMinutes;
    }

    /** Whether the number comes from other data (portfolio or study log) rather than from the user's counter. */
    public boolean isDerived() {
        return countsProjects.isPresent() || countsMinutes.isPresent();
    }

    public boolean isCounter() {
        return target.isPresent();
    }
}
