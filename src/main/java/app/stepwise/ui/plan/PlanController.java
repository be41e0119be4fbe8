package app.stepwise.ui.plan;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.ActualDates;
import app.stepwise.planning.ICalendar;
import app.stepwise.planning.PlanPace;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import app.stepwise.store.DateSpan;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.TextFiles;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.SaveDialog;
import app.stepwise.ui.roadmap.RoadmapModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The plan: settings, on track or behind, a Gantt chart, moving a step, re-baselining and calendar export. */
public final class PlanController {

    private final PlanModel model;
    private final RoadmapModel roadmap;
    private final Messages messages;
    private final Banner banner;
    private final Background background;
    private final SaveDialog saveDialog;
    private final Clock clock;
    private final String installId;
    private PlanSettingsForm settings;
    private GanttChart chart;

    @FXML private FlowPane profileRow;
    @FXML private Label profileProblem;
    @FXML private Label planStatus;
    @FXML private Label planRange;
    @FXML private Label baselineInfo;
    @FXML private Button rebaseline;
    @FXML private Button exportIcs;
    @FXML private VBox chartBox;
    @FXML private ComboBox<String> moveStep;
    @FXML private DatePicker moveStart;
    @FXML private DatePicker moveEnd;
    @FXML private Button applyMove;
    @FXML private Button resetMove;
    @FXML private Label moveProblem;

    /** @param installId this installation's id, so calendar events keep one identity across exports */
    public PlanController(PlanModel model, RoadmapModel roadmap, Messages messages, Banner banner,
                          Background background, SaveDialog saveDialog, Clock clock, String installId) {
        this.installId = installId;
        this.model = model;
        this.roadmap = roadmap;
        this.messages = messages;
        this.banner = banner;
        this.background = background;
        this.saveDialog = saveDialog;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        settings = new PlanSettingsForm(model.guide(), messages);
        settings.fill(model.profile(), today());
        profileRow.getChildren().setAll(settings.labelled());
        settings.background.valueProperty().addListener((obs, old, now) -> saveSettings());
        settings.start.valueProperty().addListener((obs, old, now) -> saveSettings());
        settings.hours.setOnCommit(value -> saveSettings());
        settings.hours.getEditor().textProperty().addListener((obs, old, now) -> showSettingsProblem());
        chart = new GanttChart(model.guide(), messages);
        chart.setOnStepClicked(id -> moveStep.setValue(id));
        chartBox.getChildren().setAll(chart);
        moveStep.setId("moveStep");
        moveStep.getItems().setAll(model.guide().steps().stream().map(Step::id).toList());
        moveStep.setConverter(DisplayText.of(id -> model.guide().step(id)
                .map(s -> messages.get("roadmap.step.heading", s.number(), s.title())).orElse(id)));
        moveStep.valueProperty().addListener((obs, old, now) -> showMoveDates());
        model.revision().addListener((obs, old, now) -> refresh());
        roadmap.revision().addListener((obs, old, now) -> refresh());
        moveStep.setValue(model.guide().steps().get(0).id());
        refresh();
    }

    /** Saves valid settings (the hours when committed: Enter, the arrows or leaving the field). */
    private void saveSettings() {
        showSettingsProblem();
        settings.read(true).ifPresent(model::saveProfile);
    }

    private void showSettingsProblem() {
        profileProblem.setText(settings.read(true).isPresent() ? "" : settings.problem());
    }

    private void refresh() {
        LocalDate today = today();
        Optional<Plan> plan = model.plan();
        Optional<PlanPace.Pace> pace = plan.map(p -> PlanPace.pace(p, ActualDates.of(roadmap.guide(), roadmap::step, p, today), today));
        planStatus.setText(plan.isEmpty() ? messages.get("plan.status.none")
                : pace.get().onTrack()
                        ? messages.get("plan.status.onTrack", pace.get().projectedFinish().toString())
                        : messages.get("plan.status.behind", pace.get().weeksBehind(),
                                pace.get().projectedFinish().toString()));
        planStatus.getStyleClass().removeAll("plan-behind", "plan-on-track");
        pace.ifPresent(p -> planStatus.getStyleClass().add(p.onTrack() ? "plan-on-track" : "plan-behind"));
        planRange.setText(plan.map(p -> messages.get("plan.range", p.earlyFinish().toString(),
                p.expectedFinish().toString(), p.lateFinish().toString())).orElse(""));
        baselineInfo.setText(model.baseline().isEmpty() ? messages.get("plan.baseline.none")
                : messages.get("plan.baseline.saved"));
        rebaseline.setDisable(plan.isEmpty());
        exportIcs.setDisable(plan.isEmpty());
        chart.show(plan, model.baseline(), roadmap::step, today, pace.map(PlanPace.Pace::projectedFinish));
        showMoveDates();
    }

    private void showMoveDates() {
        Optional<PlannedStep> step = model.plan().flatMap(p -> Optional.ofNullable(moveStep.getValue()).flatMap(p::step));
        moveStart.setValue(step.map(PlannedStep::start).orElse(null));
        moveEnd.setValue(step.map(s -> s.end().minusDays(1)).orElse(null));
        applyMove.setDisable(step.isEmpty());
        resetMove.setDisable(step.isEmpty() || !model.isMoved(moveStep.getValue()));
        moveProblem.setText("");
    }

    @FXML
    private void applyMove() {
        LocalDate start = moveStart.getValue();
        LocalDate last = moveEnd.getValue();
        if (start == null || last == null || last.isBefore(start)) {
            moveProblem.setText(messages.get("plan.move.problem"));
            return;
        }
        model.moveStep(moveStep.getValue(), new DateSpan(start, last.plusDays(1)));
    }

    @FXML
    private void resetMove() {
        model.unmoveStep(moveStep.getValue());
    }

    @FXML
    private void rebaseline() {
        model.rebaseline(Instant.now(clock));
        banner.info(messages.get("plan.baseline.done"));
    }

    @FXML
    private void exportCalendar() {
        Optional<Plan> plan = model.plan();
        if (plan.isEmpty()) {
            return;
        }
        Optional<Path> target = saveDialog.ask(exportIcs.getScene().getWindow(), messages.get("plan.export.title"),
                "stepwise-plan.ics");
        if (target.isEmpty()) {
            return;
        }
        String calendar = ICalendar.render(events(plan.get()), Instant.now(clock));
        Path file = target.get();
        background.run(() -> {
            TextFiles.writeAtomically(file, calendar);
            return file;
        }, saved -> banner.info(messages.get("plan.exported", saved)),
                problem -> banner.error(messages.get("plan.export.failed", file)));
    }

    /** One event per step, and one on each step's last planned day for its milestones' target. */
    private List<ICalendar.Event> events(Plan plan) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (PlannedStep planned : plan.steps()) {
            if (!planned.end().isAfter(planned.start())) {
                continue; // a step rounded to no days has nothing to put in a calendar
            }
            Step step = model.guide().step(planned.stepId()).orElseThrow();
            events.add(new ICalendar.Event(step.id() + "." + installId + "@stepwise", planned.start(), planned.end(),
                    messages.get("plan.ics.step", step.number(), step.title()), step.summary()));
            String milestones = step.milestones().stream().map(Milestone::title).collect(Collectors.joining("\n"));
            LocalDate due = planned.end().minusDays(1);
            events.add(new ICalendar.Event(step.id() + ".milestones." + installId + "@stepwise", due, planned.end(),
                    messages.get("plan.ics.milestones", step.number()), milestones));
        }
        return events;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
