package app.stepwise.planning;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Project;
import app.stepwise.store.StudySession;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The counters that other data feeds: portfolio projects and study minutes. Pure functions. */
public final class DerivedCounts {

    private DerivedCounts() {
    }

    /** Milestone id → count, for every milestone fed by projects or by logged minutes. */
    public static Map<String, Integer> of(Guide guide, Collection<Project> projects, Collection<StudySession> sessions) {
        Map<String, Integer> counts = new HashMap<>(PortfolioCounts.byMilestone(guide, projects));
        for (Step step : guide.steps()) {
            for (Milestone m : step.milestones()) {
                m.countsMinutes().ifPresent(rule -> counts.put(m.id(), StudyStats.minutesOnStep(sessions, rule.step())));
            }
        }
        return counts;
    }

    /** The stored progress with every fed counter replaced by its count (0 when nothing feeds it yet). */
    public static Map<String, MilestoneProgress> apply(Guide guide, Map<String, MilestoneProgress> stored,
                                                      Map<String, Integer> counts) {
        Map<String, MilestoneProgress> effective = new HashMap<>(stored);
        for (Step step : guide.steps()) {
            for (Milestone m : step.milestones()) {
                if (m.isDerived()) {
                    effective.put(m.id(), new MilestoneProgress(m.id(), step.id(), false, counts.getOrDefault(m.id(), 0)));
                }
            }
        }
        return effective;
    }
}
