package app.stepwise.ui.log;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.StudyLogCsv;
import app.stepwise.planning.StudyStats;
import app.stepwise.planning.Streaks;
import app.stepwise.store.StudySession;
import app.stepwise.store.TextFiles;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.SaveDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The study log: streaks, this week against the plan, a twelve-month calendar, the sessions and hours per step. */
public final class StudyLogController {

    private final StudyLogModel model;
    private final QuickLog quickLog;
    private final Messages messages;
    private final Banner banner;
    private final Background background;
    private final SaveDialog saveDialog;
    private final Clock clock;
    private final Supplier<Optional<Integer>> plannedHoursPerWeek;
    private final Observable planChanged;
    private Heatmap heatmap;

    @FXML private Label currentStreak;
    @FXML private Label longestStreak;
    @FXML private Label weekHours;
    @FXML private Label weekPlan;
    @FXML private ScrollPane heatmapScroll;
    @FXML private TableView<StudySession> sessionTable;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button exportButton;
    @FXML private BarChart<Number, String> stepChart;

    public StudyLogController(StudyLogModel model, QuickLog quickLog, Messages messages, Banner banner,
                              Background background, SaveDialog saveDialog, Clock clock,
                              Supplier<Optional<Integer>> plannedHoursPerWeek, Observable planChanged) {
        this.planChanged = planChanged;
        this.model = model;
        this.quickLog = quickLog;
        this.messages = messages;
        this.banner = banner;
        this.background = background;
        this.saveDialog = saveDialog;
        this.clock = clock;
        this.plannedHoursPerWeek = plannedHoursPerWeek;
    }

    @FXML
    private void initialize() {
        heatmap = new Heatmap(messages);
        heatmapScroll.setContent(heatmap);
        setUpTable();
        model.sessions().addListener((ListChangeListener<StudySession>) c -> refresh());
        planChanged.addListener(changed -> refresh());
        refresh();
    }

    @FXML
    private void logSession() {
        quickLog.open(Optional.empty());
    }

    @FXML
    private void editSelected() {
        selected().ifPresent(session -> quickLog.open(Optional.of(session)));
    }

    @FXML
    private void deleteSelected() {
        selected().ifPresent(session -> model.delete(session, deleted -> banner.offer(
                messages.get("log.deleted", deleted.minutes(), deleted.day().toString()),
                messages.get("banner.undo"), () -> model.restore(deleted))));
    }

    @FXML
    private void exportCsv() {
        Optional<Path> target = saveDialog.ask(exportButton.getScene().getWindow(), messages.get("log.export.title"),
                "study-log.csv");
        if (target.isEmpty()) {
            return;
        }
        Map<String, String> steps = model.guide().steps().stream().collect(Collectors.toMap(Step::id, Step::title));
        Map<String, String> milestones = model.guide().steps().stream().flatMap(s -> s.milestones().stream())
                .collect(Collectors.toMap(Milestone::id, Milestone::title));
        String csv = StudyLogCsv.render(List.copyOf(model.sessions()), steps, milestones);
        Path file = target.get();
        background.run(() -> {
            TextFiles.writeAtomically(file, csv);
            return file;
        }, saved -> banner.info(messages.get("log.exported", saved)),
                problem -> banner.error(messages.get("log.export.failed", file)));
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        List<StudySession> sessions = model.sessions();
        Map<LocalDate, Integer> byDay = StudyStats.minutesByDay(sessions);
        Streaks.Result streaks = Streaks.of(byDay.keySet(), today);
        currentStreak.setText(messages.get("log.days", streaks.current()));
        longestStreak.setText(messages.get("log.days", streaks.longest()));
        int weekMinutes = StudyStats.minutesInWeekOf(sessions, today);
        weekHours.setText(messages.get("log.hours", weekMinutes / 60.0));
        weekPlan.setText(plannedHoursPerWeek.get()
                .map(hours -> messages.get("log.week.plan", hours, Math.round(100.0 * weekMinutes / (hours * 60.0))))
                .orElse(messages.get("log.week.noPlan")));
        heatmap.show(byDay, today);
        fillChart(sessions);
        sessionTable.getItems().setAll(sessions);
        boolean empty = sessions.isEmpty();
        exportButton.setDisable(empty);
    }

    private void fillChart(List<StudySession> sessions) {
        Map<String, Integer> byStep = StudyStats.minutesByStep(sessions);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(messages.get("log.chart.series"));
        for (Step step : model.guide().steps()) {
            double hours = byStep.getOrDefault(step.id(), 0) / 60.0;
            series.getData().add(new XYChart.Data<>(hours, messages.get("log.chart.step", step.number())));
        }
        stepChart.getData().setAll(List.of(series));
    }

    private void setUpTable() {
        sessionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sessionTable.getColumns().setAll(List.of(
                column("log.column.day", s -> s.day().toString(), 115),
                column("log.column.minutes", s -> Integer.toString(s.minutes()), 90),
                column("log.column.step", s -> model.guide().step(s.stepId())
                        .map(step -> messages.get("log.chart.step", step.number())).orElse(s.stepId()), 70),
                column("log.column.milestone", s -> s.milestoneId().flatMap(model.guide()::milestone)
                        .map(Milestone::title).orElse(""), 180),
                column("log.column.note", s -> s.note().lines().findFirst().orElse(""), 200)));
        Label placeholder = new Label(messages.get("log.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().addAll("muted", "empty-state");
        sessionTable.setPlaceholder(placeholder);
        sessionTable.setRowFactory(table -> {
            TableRow<StudySession> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    quickLog.open(Optional.of(row.getItem()));
                }
            });
            return row;
        });
        sessionTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });
        editButton.disableProperty().bind(sessionTable.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(sessionTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private TableColumn<StudySession, String> column(String key, java.util.function.Function<StudySession, String> text,
                                                     double width) {
        TableColumn<StudySession, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private Optional<StudySession> selected() {
        return Optional.ofNullable(sessionTable.getSelectionModel().getSelectedItem());
    }
}
