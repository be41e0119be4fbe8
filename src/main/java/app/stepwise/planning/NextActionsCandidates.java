package app.stepwise.planning;

import app.stepwise.content.Milestone;
import app.stepwise.content.Skill;
import app.stepwise.content.Step;
import app.stepwise.planning.NextActions.Kind;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Project;
import app.stepwise.store.StepStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every action worth scoring, each with the inputs as they would be once it is done. */
final class NextActionsCandidates {

    record Candidate(Kind kind, String targetId, String detail, Readiness.Inputs after) {
    }

    private final Readiness.Inputs in;
    private final List<Candidate> found = new ArrayList<>();

    private NextActionsCandidates(Readiness.Inputs in) {
        this.in = in;
    }

    static List<Candidate> all(Readiness.Inputs in) {
        NextActionsCandidates candidates = new NextActionsCandidates(in);
        candidates.rateSkills();
        candidates.nextMilestone();
        candidates.evidence();
        candidates.practice();
        candidates.newProject();
        return List.copyOf(candidates.found);
    }

    private void rateSkills() {
        for (Skill skill : in.guide().skills()) {
            int rating = in.rating(skill.id());
            if (rating < skill.expectedByLevel().getOrDefault(in.targetLevelId(), 0)) {
                Map<String, Integer> ratings = new HashMap<>(in.skillRatings());
                ratings.put(skill.id(), rating + 1);
                add(Kind.RATE_SKILL, skill.id(), String.valueOf(rating + 1),
                        ReadinessChanges.ratings(in, ratings));
            }
        }
    }

    /** Only the first incomplete one: offering one per step would crowd every other kind out of the list. */
    private void nextMilestone() {
        for (Step step : in.guide().steps()) {
            if (in.status(step.id()) == StepStatus.SKIPPED) {
                continue;
            }
            for (Milestone m : step.milestones()) {
                Optional<MilestoneProgress> progress = Optional.ofNullable(in.milestones().get(m.id()));
                if (!m.isDerived() && !StepProgressRules.isComplete(m, progress)) {
                    int counted = progress.map(MilestoneProgress::count).orElse(0);
                    int count = m.target().map(t -> Math.max(t.totalMin(), counted)).orElse(counted);
                    MilestoneProgress done = new MilestoneProgress(m.id(), step.id(), true, count);
                    add(Kind.COMPLETE_MILESTONE, m.id(), step.id(), ReadinessChanges.milestone(in, done));
                    return;
                }
            }
        }
    }

    /** One per project: the first item its checklist lacks, since every item adds the same. */
    private void evidence() {
        for (int i = 0; i < in.projects().size(); i++) {
            Project project = in.projects().get(i);
            List<EvidenceItem> missing = Evidence.missing(project);
            if (!missing.isEmpty()) {
                List<Project> projects = new ArrayList<>(in.projects());
                projects.set(i, ReadinessChanges.withEvidence(project, missing.get(0)));
                add(Kind.ADD_EVIDENCE, project.id(), missing.get(0).name(),
                        ReadinessChanges.projects(in, projects));
            }
        }
    }

    private void practice() {
        int minutes = NextActions.PRACTICE_MINUTES;
        add(Kind.LOG_PRACTICE, Readiness.practiceStep(in.guide()), String.valueOf(minutes),
                ReadinessChanges.practice(in, in.practiceMinutes() + minutes));
    }

    private void newProject() {
        Milestone portfolio = ReadinessParts.portfolioMilestone(in.guide());
        if (in.projects().size() < portfolio.target().orElseThrow().totalMin()) {
            List<Project> projects = new ArrayList<>(in.projects());
            projects.add(ReadinessChanges.newProject());
            add(Kind.ADD_PROJECT, portfolio.id(), String.valueOf(NextActions.NEW_PROJECT_EVIDENCE),
                    ReadinessChanges.projects(in, projects));
        }
    }

    private void add(Kind kind, String targetId, String detail, Readiness.Inputs after) {
        found.add(new Candidate(kind, targetId, detail, after));
    }
}
