package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/** The whole career guide as immutable data: the one source of every step, level, skill and figure. */
public record Guide(
        String id,
        String version,
        String title,
        List<Step> steps,
        List<Level> levels,
        List<Skill> skills,
        List<Background> backgrounds,
        MarketFacts facts,
        List<ProjectTemplate> projectTemplates,
        List<String> technologies,
        ReadinessCalibration readiness,
        List<RatingLevel> ratingScale) {

    public Guide {
        ratingScale = List.copyOf(ratingScale);
        projectTemplates = List.copyOf(projectTemplates);
        technologies = List.copyOf(technologies);
        steps = List.copyOf(steps);
        levels = List.copyOf(levels);
        skills = List.copyOf(skills);
        backgrounds = List.copyOf(backgrounds);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return steps.stream().flatMap(s -> s.milestones().stream())
                .filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    public Optional<Skill> skill(String skillId) {
        return skills.stream().filter(s -> s.id().equals(skillId)).findFirst();
    }

    /** What a rating means; empty outside the scale. */
    public Optional<RatingLevel> rating(int rating) {
        return ratingScale.stream().filter(r -> r.rating() == rating).findFirst();
    }

    /**
     * The content's {@code readiness} object (see {@code docs/readiness.md}).
     *
     * @param readyThreshold     the score, 1 to 100, from which a learner counts as ready for the target level
     * @param portfolioMilestone the counter whose target range sets how many projects the portfolio part wants
     * @param practiceMilestone  the counter of logged minutes whose lowest total fills the practice part
     */
    public record ReadinessCalibration(ReadinessWeights weights, int readyThreshold, String portfolioMilestone,
                                       String practiceMilestone) {
    }
}
