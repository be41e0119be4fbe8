package app.stepwise.cli;

import app.stepwise.AppContext;
import app.stepwise.content.Guide;
import app.stepwise.planning.ActualDates;
import app.stepwise.planning.DerivedCounts;
import app.stepwise.planning.Evidence;
import app.stepwise.planning.PlanAdjustments;
import app.stepwise.planning.PlanPace;
import app.stepwise.planning.Readiness;
import app.stepwise.planning.StepProgressRules;
import app.stepwise.planning.Streaks;
import app.stepwise.planning.StudyStats;
import app.stepwise.planning.Timeline;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.Project;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import app.stepwise.store.StoreException;
import app.stepwise.store.StudySession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user stands, for {@code --report}: the same figures the window shows, worked out from the
 * stored data with the same pure functions.
 */
public record Report(Optional<String> targetLevel, Optional<Readiness.Score> readiness, long milestonesDone,
                     int milestonesTotal, int projects, double averageEvidence, Streaks.Result streak,
                     Optional<LocalDate> projectedFinish, Optional<Integer> weeksBehind) {

    public static Report of(AppContext context, LocalDate today) throws StoreException {
        Guide guide = context.guide();
        Map<String, StepProgress> steps = context.progress().allSteps();
        List<Project> projects = context.projects().all();
        List<StudySession> sessions = context.studyLog().all();
        Map<String, MilestoneProgress> milestones = DerivedCounts.apply(guide, context.progress().allMilestones(),
                DerivedCounts.of(guide, projects, sessions));
        long done = guide.steps().stream().mapToLong(s -> StepProgressRules.completedCount(s, milestones)).sum();
        int total = guide.steps().stream().mapToInt(s -> s.milestones().size()).sum();
        Optional<String> target = context.profiles().load().targetLevelId().filter(id -> guide.level(id).isPresent());
        Map<String, StepStatus> statuses = new HashMap<>();
        guide.steps().forEach(s -> statuses.put(s.id(),
                Optional.ofNullable(steps.get(s.id())).map(StepProgress::status).orElse(StepStatus.NOT_STARTED)));
        Map<String, Integer> ratings = context.skills().current();
        Optional<Readiness.Score> score = target.map(level -> Readiness.score(new Readiness.Inputs(guide, level,
                milestones, statuses, ratings, projects,
                StudyStats.minutesOnStep(sessions, Readiness.practiceStep(guide)))));
        double evidence = projects.stream().mapToInt(Evidence::score).average().orElse(0);
        Streaks.Result streak = Streaks.of(StudyStats.minutesByDay(sessions).keySet(), today);
        Optional<PlanPace.Pace> pace = plan(context, guide).map(p -> PlanPace.pace(p,
                ActualDates.of(guide, id -> steps.getOrDefault(id, StepProgressRules.notStarted(id)), p, today), today));
        return new Report(target, score, done, total, projects.size(), evidence, streak,
                pace.map(PlanPace.Pace::projectedFinish), pace.map(PlanPace.Pace::weeksBehind));
    }

    private static Optional<Timeline.Plan> plan(AppContext context, Guide guide) throws StoreException {
        PlanProfile profile = context.profiles().loadPlan();
        if (profile.backgroundId().isEmpty() || profile.startDate().isEmpty() || profile.hoursPerWeek().isEmpty()
                || guide.backgrounds().stream().noneMatch(b -> b.id().equals(profile.backgroundId().get()))) {
            return Optional.empty();
        }
        Timeline.Plan computed = Timeline.plan(guide, profile.backgroundId().get(), profile.startDate().get(),
                profile.hoursPerWeek().get());
        return Optional.of(PlanAdjustments.withMovedSteps(computed, context.plans().overrides()));
    }
}
