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
        List<String> technologies) {

    public Guide {
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
}
