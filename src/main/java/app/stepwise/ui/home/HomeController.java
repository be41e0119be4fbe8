package app.stepwise.ui.home;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.PlanPace;
import app.stepwise.planning.StepProgressRules;
import app.stepwise.planning.Streaks;
import app.stepwise.planning.StudyStats;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import app.stepwise.store.ReadinessSnapshot;
import app.stepwise.store.StudySession;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.log.StudyLogModel;
import app.stepwise.planning.ActualDates;
import app.stepwise.ui.plan.PlanModel;
import app.stepwise.ui.readiness.ReadinessModel;
import app.stepwise.ui.roadmap.RoadmapModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The start view: next milestones, streak, this week, plan status and recent activity, each a click away. */
public final class HomeController {

    private static final int NEXT_MILESTONES = 4;
    private static final int RECENT = 6;

    /** Where a click on the home view leads. */
    public interface Navigator {
        void step(String stepId);

        void studyLog();

        void plan();

        void readiness();
    }

    private final RoadmapModel roadmap;
    private final StudyLogModel studyLog;
    private final PlanModel plan;
    private final ReadinessModel readiness;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Navigator navigate;

    @FXML private FlowPane cards;

    public HomeController(RoadmapModel roadmap, StudyLogModel studyLog, PlanModel plan, ReadinessModel readiness,
                          Messages messages, Formats formats, Clock clock, Navigator navigate) {
        this.readiness = readiness;
        this.roadmap = roadmap;
        this.studyLog = studyLog;
        this.plan = plan;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.navigate = navigate;
    }

    @FXML
    private void initialize() {
        roadmap.revision().addListener((obs, old, now) -> refresh());
        plan.revision().addListener((obs, old, now) -> refresh());
        readiness.revision().addListener((obs, old, now) -> refresh());
        studyLog.sessions().addListener((ListChangeListener<StudySession>) c -> refresh());
        refresh();
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        cards.getChildren().setAll(readinessCard(today), nextMilestones(), streak(today), week(today),
                planStatus(today), recent());
    }

    /** Score, its change over 30 days and a small trend line of the target level's history. */
    private Node readinessCard(LocalDate today) {
        Label score = big(readiness.score().map(s -> messages.get("readiness.score", s.overall()))
                .orElse(messages.get("home.readiness.noTarget")));
        score.setId("homeReadiness");
        List<ReadinessSnapshot> history = readiness.history();
        String change = readiness.score().map(s -> history.stream()
                .filter(p -> !p.day().isAfter(today.minusDays(30))).reduce((a, b) -> b)
                .or(() -> history.stream().findFirst())
                .map(then -> messages.get("home.readiness.change", s.overall() - then.overall(), then.day().toString()))
                .orElse("")).orElse("");
        List<Node> content = new ArrayList<>(List.of(score, text(change)));
        if (history.size() >= 2) {
            content.add(trend(history.stream().filter(p -> !p.day().isBefore(today.minusDays(90))).toList()));
        }
        content.add(link("home.readiness.open", navigate::readiness));
        return card("homeReadinessCard", "home.readiness.title", content);
    }

    private static Node trend(List<ReadinessSnapshot> points) {
        javafx.scene.shape.Polyline line = new javafx.scene.shape.Polyline();
        long first = points.get(0).day().toEpochDay();
        long span = Math.max(1, points.get(points.size() - 1).day().toEpochDay() - first);
        for (ReadinessSnapshot p : points) {
            line.getPoints().addAll(260.0 * (p.day().toEpochDay() - first) / span, 40 - 0.4 * p.overall());
        }
        line.getStyleClass().add("trend-line");
        return line;
    }

    private Node nextMilestones() {
        List<Node> links = new ArrayList<>();
        for (Step step : roadmap.guide().steps()) {
            StepStatus status = roadmap.step(step.id()).status();
            if (status == StepStatus.DONE || status == StepStatus.SKIPPED) {
                continue;
            }
            for (Milestone m : step.milestones()) {
                if (links.size() < NEXT_MILESTONES && !StepProgressRules.isComplete(m, roadmap.milestone(m.id()))) {
                    String where = m.target().map(t -> " — " + formats.progress(
                            roadmap.milestone(m.id()).map(p -> p.count()).orElse(0), t)).orElse("");
                    links.add(link("home.next.item", () -> navigate.step(step.id()), step.number(), m.title() + where));
                }
            }
        }
        if (links.isEmpty()) {
            links.add(text(messages.get("home.next.none")));
        }
        return card("homeNext", "home.next.title", links);
    }

    private Node streak(LocalDate today) {
        Streaks.Result result = Streaks.of(StudyStats.minutesByDay(studyLog.sessions()).keySet(), today);
        Label big = big(messages.get("log.days", result.current()));
        big.setId("homeStreak");
        return card("homeStreakCard", "home.streak.title", List.of(big,
                text(messages.get("home.streak.longest", result.longest())),
                link("home.streak.open", navigate::studyLog)));
    }

    private Node week(LocalDate today) {
        int minutes = StudyStats.minutesInWeekOf(studyLog.sessions(), today);
        Label big = big(messages.get("log.hours", minutes / 60.0));
        big.setId("homeWeek");
        String planned = plan.profile().hoursPerWeek()
                .map(hours -> messages.get("log.week.plan", hours, Math.round(100.0 * minutes / (hours * 60.0))))
                .orElse(messages.get("log.week.noPlan"));
        return card("homeWeekCard", "home.week.title", List.of(big, text(planned),
                link("home.week.log", navigate::studyLog)));
    }

    private Node planStatus(LocalDate today) {
        Label finish = text("");
        Label status = plan.plan().map(p -> {
            PlanPace.Pace pace = PlanPace.pace(p, ActualDates.of(roadmap.guide(), roadmap::step, p, today), today);
            finish.setText(messages.get("home.plan.finish", pace.projectedFinish().toString()));
            return big(pace.onTrack() ? messages.get("home.plan.onTrack")
                    : messages.get("home.plan.behind", pace.weeksBehind()));
        }).orElseGet(() -> text(messages.get("plan.status.none")));
        status.setId("homePlan");
        return card("homePlanCard", "home.plan.title", List.of(status, finish, link("home.plan.open", navigate::plan)));
    }

    private Node recent() {
        record Entry(LocalDate day, String text, Runnable open) {
        }
        List<Entry> entries = new ArrayList<>();
        studyLog.sessions().stream().limit(RECENT).forEach(s -> entries.add(new Entry(s.day(),
                messages.get("home.recent.session", s.minutes(), stepNumber(s.stepId())), navigate::studyLog)));
        for (Step step : roadmap.guide().steps()) {
            StepProgress p = roadmap.step(step.id());
            p.startedOn().ifPresent(d -> entries.add(new Entry(d, messages.get("home.recent.started", step.number()),
                    () -> navigate.step(step.id()))));
            p.finishedOn().ifPresent(d -> entries.add(new Entry(d, messages.get("home.recent.finished", step.number()),
                    () -> navigate.step(step.id()))));
        }
        List<Node> links = entries.stream().sorted(Comparator.comparing(Entry::day).reversed()).limit(RECENT)
                .map(e -> (Node) link("home.recent.item", e.open(), e.day().toString(), e.text())).toList();
        return card("homeRecent", "home.recent.title", links.isEmpty() ? List.of(text(messages.get("home.recent.none")))
                : links);
    }

    private int stepNumber(String stepId) {
        return roadmap.guide().step(stepId).map(Step::number).orElse(0);
    }

    private Node card(String id, String titleKey, List<Node> content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox card = new VBox(6, title);
        card.getChildren().addAll(content);
        card.getStyleClass().add("stat-card");
        card.setId(id);
        card.setAccessibleText(messages.get(titleKey));
        card.setPrefWidth(320);
        return card;
    }

    private Hyperlink link(String key, Runnable action, Object... args) {
        Hyperlink link = new Hyperlink(messages.get(key, args));
        link.setWrapText(true);
        link.setOnAction(e -> action.run());
        return link;
    }

    private static Label big(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("stat-value");
        label.setWrapText(true);
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
