package app.stepwise.content;

import java.util.Optional;

/**
 * Something to achieve within a step. With a {@code target} it is a counter (e.g. 4–6 mini projects);
 * without one it is a checkbox. A counter with {@code countsProjects} is fed by the portfolio, not by hand.
 */
public record Milestone(String id, String title, String description, Optional<Target> target,
                        Optional<ProjectCount> countsProjects) {

    public Milestone {
        target = target == null ? Optional.empty() : target;
        countsProjects = countsProjects == null ? Optional.empty() : countsProjects;
    }

    public boolean isCounter() {
        return target.isPresent();
    }
}
