package app.stepwise.ui.readiness;

import app.stepwise.content.Guide;
import app.stepwise.content.Level;
import app.stepwise.planning.NextActions;
import app.stepwise.planning.Readiness;
import app.stepwise.planning.StudyStats;
import app.stepwise.store.ReadinessRepository;
import app.stepwise.store.ReadinessSnapshot;
import app.stepwise.store.StepStatus;
import app.stepwise.ui.career.ProfileModel;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.log.StudyLogModel;
import app.stepwise.ui.portfolio.PortfolioModel;
import app.stepwise.ui.roadmap.RoadmapModel;
import app.stepwise.ui.skills.SkillsModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The readiness score for the target level, worked out from everything that feeds it whenever one of those
 * changes, and kept as one snapshot a day per level (the day's last state wins; nothing is back-filled).
 */
public final class ReadinessModel {

    private final Guide guide;
    private final RoadmapModel roadmap;
    private final SkillsModel skills;
    private final PortfolioModel portfolio;
    private final StudyLogModel studyLog;
    private final ProfileModel profile;
    private final ReadinessRepository repository;
    private final Background background;
    private final Clock clock;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final Map<String, List<ReadinessSnapshot>> history = new HashMap<>();
    private Optional<Readiness.Score> score = Optional.empty();

    public ReadinessModel(Guide guide, RoadmapModel roadmap, SkillsModel skills, PortfolioModel portfolio,
                          StudyLogModel studyLog, ProfileModel profile, ReadinessRepository repository,
                          Background background, Clock clock, Map<String, List<ReadinessSnapshot>> saved) {
        this.guide = guide;
        this.roadmap = roadmap;
        this.skills = skills;
        this.portfolio = portfolio;
        this.studyLog = studyLog;
        this.profile = profile;
        this.repository = repository;
        this.background = background;
        this.clock = clock;
        saved.forEach((level, snapshots) -> history.put(level, new ArrayList<>(snapshots)));
        score = inputs().map(Readiness::score);
    }

    /** Every level's history, read off the FX thread. */
    public static Map<String, List<ReadinessSnapshot>> load(Guide guide, ReadinessRepository repository)
            throws app.stepwise.store.StoreException {
        Map<String, List<ReadinessSnapshot>> saved = new HashMap<>();
        for (Level level : guide.levels()) {
            saved.put(level.id(), repository.history(level.id()));
        }
        return saved;
    }

    /** Starts following the data: from now on every change is scored and today's snapshot written. */
    public void follow() {
        roadmap.revision().addListener((obs, old, now) -> update());
        skills.revision().addListener((obs, old, now) -> update());
        portfolio.projects().addListener((javafx.collections.ListChangeListener<app.stepwise.store.Project>) c -> update());
        studyLog.sessions().addListener((javafx.collections.ListChangeListener<app.stepwise.store.StudySession>) c -> update());
        profile.targetLevel().addListener((obs, old, now) -> update());
    }

    public Guide guide() {
        return guide;
    }

    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    public Optional<Level> targetLevel() {
        return profile.targetLevel().get();
    }

    public Optional<Readiness.Score> score() {
        return score;
    }

    /** The target level's snapshots, oldest first. */
    public List<ReadinessSnapshot> history() {
        return targetLevel().map(level -> List.copyOf(history.getOrDefault(level.id(), List.of()))).orElse(List.of());
    }

    public int threshold() {
        return guide.readiness().readyThreshold();
    }

    public List<NextActions.Action> nextActions(int limit) {
        return inputs().map(in -> NextActions.rank(in, limit)).orElse(List.of());
    }

    public Optional<String> projectTitle(String projectId) {
        return portfolio.find(projectId).map(app.stepwise.store.Project::title);
    }

    /** The score for another level with the same data (for comparing levels). */
    public Optional<Readiness.Score> scoreFor(Level level) {
        return inputs(level).map(Readiness::score);
    }

    private void update() {
        score = inputs().map(Readiness::score);
        score.ifPresent(this::recordToday);
        revision.set(revision.get() + 1);
    }

    private void recordToday(Readiness.Score s) {
        String level = targetLevel().orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        ReadinessSnapshot snapshot = new ReadinessSnapshot(today, level, s.overall(), s.roadmap(), s.skills(),
                s.portfolio(), s.practice());
        List<ReadinessSnapshot> days = history.computeIfAbsent(level, id -> new ArrayList<>());
        days.removeIf(d -> d.day().equals(today));
        days.add(snapshot);
        days.sort(java.util.Comparator.comparing(ReadinessSnapshot::day));
        Instant now = Instant.now(clock);
        background.run(() -> repository.record(snapshot, now));
    }

    private Optional<Readiness.Inputs> inputs() {
        return targetLevel().flatMap(this::inputs);
    }

    private Optional<Readiness.Inputs> inputs(Level level) {
        Map<String, StepStatus> statuses = new HashMap<>();
        guide.steps().forEach(step -> statuses.put(step.id(), roadmap.step(step.id()).status()));
        int practice = StudyStats.minutesOnStep(studyLog.sessions(), Readiness.practiceStep(guide));
        return Optional.of(new Readiness.Inputs(guide, level.id(), roadmap.milestones(), statuses, skills.ratings(),
                List.copyOf(portfolio.projects()), practice));
    }
}
