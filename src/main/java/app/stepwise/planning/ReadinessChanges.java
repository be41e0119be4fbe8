package app.stepwise.planning;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Readiness inputs as they would be after one change. Counters fed by the portfolio or the study log move
 * with the projects and minutes they count, so a change is scored everywhere it would show.
 */
final class ReadinessChanges {

    /** Stands in for text the user would write; only its being there matters to the evidence score. */
    private static final String WRITTEN = "(to be written)";
    private static final String NEW_PROJECT_ID = "next-action.new-project";

    private ReadinessChanges() {
    }

    static Readiness.Inputs ratings(Readiness.Inputs in, Map<String, Integer> ratings) {
        return new Readiness.Inputs(in.guide(), in.targetLevelId(), in.milestones(), in.stepStatuses(), ratings,
                in.projects(), in.practiceMinutes());
    }

    static Readiness.Inputs milestone(Readiness.Inputs in, MilestoneProgress progress) {
        Map<String, MilestoneProgress> milestones = new HashMap<>(in.milestones());
        milestones.put(progress.milestoneId(), progress);
        return withMilestones(in, milestones);
    }

    static Readiness.Inputs projects(Readiness.Inputs in, List<Project> projects) {
        Map<String, MilestoneProgress> milestones = shifted(in, m -> m.countsProjects()
                .map(rule -> PortfolioCounts.count(rule, projects) - PortfolioCounts.count(rule, in.projects()))
                .orElse(0));
        return new Readiness.Inputs(in.guide(), in.targetLevelId(), milestones, in.stepStatuses(), in.skillRatings(),
                projects, in.practiceMinutes());
    }

    static Readiness.Inputs practice(Readiness.Inputs in, int minutes) {
        String step = Readiness.practiceStep(in.guide());
        Map<String, MilestoneProgress> milestones = shifted(in, m -> m.countsMinutes()
                .filter(rule -> rule.step().equals(step))
                .map(rule -> minutes - in.practiceMinutes())
                .orElse(0));
        return new Readiness.Inputs(in.guide(), in.targetLevelId(), milestones, in.stepStatuses(), in.skillRatings(),
                in.projects(), minutes);
    }

    static Project withEvidence(Project p, EvidenceItem item) {
        Set<EvidenceItem> ticked = EnumSet.of(item);
        ticked.addAll(p.tickedEvidence());
        return switch (item) {
            case README, TESTS, CI, LIVE_DEMO -> copy(p, p.role(), p.decisions(), p.deploymentNotes(), ticked);
            case ROLE_AND_DECISIONS -> copy(p, written(p.role()), written(p.decisions()), p.deploymentNotes(),
                    p.tickedEvidence());
            case DEPLOYMENT_NOTES -> copy(p, p.role(), p.decisions(), written(p.deploymentNotes()), p.tickedEvidence());
        };
    }

    /** A project under way with README, tests and CI ticked: not yet one the portfolio counters count. */
    static Project newProject() {
        return new Project(NEW_PROJECT_ID, "", "", ProjectStatus.BUILDING, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), "", "", "",
                EnumSet.of(EvidenceItem.README, EvidenceItem.TESTS, EvidenceItem.CI), Set.of(), Set.of(),
                Instant.EPOCH);
    }

    private static Map<String, MilestoneProgress> shifted(Readiness.Inputs in, ToIntFunction<Milestone> delta) {
        Map<String, MilestoneProgress> milestones = new HashMap<>(in.milestones());
        for (Step step : in.guide().steps()) {
            for (Milestone m : step.milestones()) {
                int by = delta.applyAsInt(m);
                if (by != 0) {
                    Optional<MilestoneProgress> old = Optional.ofNullable(in.milestones().get(m.id()));
                    int count = Math.max(0, old.map(MilestoneProgress::count).orElse(0) + by);
                    milestones.put(m.id(), new MilestoneProgress(m.id(), step.id(),
                            old.map(MilestoneProgress::done).orElse(false), count));
                }
            }
        }
        return milestones;
    }

    private static Readiness.Inputs withMilestones(Readiness.Inputs in, Map<String, MilestoneProgress> milestones) {
        return new Readiness.Inputs(in.guide(), in.targetLevelId(), milestones, in.stepStatuses(), in.skillRatings(),
                in.projects(), in.practiceMinutes());
    }

    private static String written(String text) {
        return text.isBlank() ? WRITTEN : text;
    }

    private static Project copy(Project p, String role, String decisions, String notes, Set<EvidenceItem> ticked) {
        return new Project(p.id(), p.title(), p.summary(), p.status(), p.repositoryUrl(), p.liveUrl(), p.tags(),
                p.startedOn(), p.finishedOn(), role, decisions, notes, ticked, p.linkedStepIds(), p.linkedSkillIds(),
                p.createdAt());
    }
}
