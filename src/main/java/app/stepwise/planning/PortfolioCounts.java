package app.stepwise.planning;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.content.ProjectCount;
import app.stepwise.content.Step;
import app.stepwise.store.Project;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The counters the portfolio feeds: how many projects qualify for a milestone that counts projects. */
public final class PortfolioCounts {

    private PortfolioCounts() {
    }

    public static int count(ProjectCount rule, Collection<Project> projects) {
        return (int) projects.stream().filter(p -> qualifies(rule, p)).count();
    }

    /** Milestone id → count, in guide order, for every milestone that counts projects (zero included). */
    public static Map<String, Integer> byMilestone(Guide guide, Collection<Project> projects) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Step step : guide.steps()) {
            for (Milestone m : step.milestones()) {
                m.countsProjects().ifPresent(rule -> counts.put(m.id(), count(rule, projects)));
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private static boolean qualifies(ProjectCount rule, Project p) {
        return rule.statuses().contains(p.status().name().toLowerCase(Locale.ROOT))
                && (!rule.requiresLiveLink() || p.liveUrl().flatMap(WebLink::openable).isPresent())
                && rule.linkedStep().map(p.linkedStepIds()::contains).orElse(true);
    }
}
