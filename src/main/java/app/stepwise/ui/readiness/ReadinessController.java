package app.stepwise.ui.readiness;

import app.stepwise.content.Milestone;
import app.stepwise.content.Skill;
import app.stepwise.planning.NextActions;
import app.stepwise.planning.Readiness;
import app.stepwise.planning.ReadinessProjection;
import app.stepwise.store.ReadinessSnapshot;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** How ready the user is for the target level, why, how it moved, when it may be reached, what to do next. */
public final class ReadinessController {

    private static final int ACTIONS = 5;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    /** Where a next-best action leads. */
    public interface Navigator {
        void rateSkill(String skillId);

        void step(String stepId);

        void project(String projectId);

        void logPractice();

        void newProject();
    }

    /** A part of the score that can be shown on the chart. */
    enum Part { ROADMAP, SKILLS, PORTFOLIO, PRACTICE }

    enum Range {
        MONTH(30), QUARTER(91), YEAR(365), ALL(Integer.MAX_VALUE);

        final int days;

        Range(int days) {
            this.days = days;
        }
    }

    private final ReadinessModel model;
    private final Messages messages;
    private final Clock clock;
    private final Navigator navigate;
    private final Map<Part, CheckBox> partToggles = new EnumMap<>(Part.class);

    @FXML private Label headline;
    @FXML private Label scoreLabel;
    @FXML private Label readyLabel;
    @FXML private VBox parts;
    @FXML private VBox actions;
    @FXML private FlowPane chartControls;
    @FXML private ComboBox<Range> range;
    @FXML private Label emptyHistory;
    @FXML private LineChart<Number, Number> chart;
    @FXML private NumberAxis dayAxis;
    @FXML private Label projection;
    @FXML private TableView<ReadinessSnapshot> table;

    public ReadinessController(ReadinessModel model, Messages messages, Clock clock, Navigator navigate) {
        this.model = model;
        this.messages = messages;
        this.clock = clock;
        this.navigate = navigate;
    }

    @FXML
    private void initialize() {
        range.getItems().setAll(Range.values());
        range.setConverter(DisplayText.of(r -> messages.get("readiness.range." + r.name().toLowerCase(Locale.ROOT))));
        range.setValue(Range.QUARTER);
        range.valueProperty().addListener((obs, old, now) -> refresh());
        for (Part part : Part.values()) {
            CheckBox toggle = new CheckBox(partName(part));
            toggle.setId("show-" + part.name().toLowerCase(Locale.ROOT));
            toggle.selectedProperty().addListener((obs, old, now) -> refresh());
            partToggles.put(part, toggle);
            chartControls.getChildren().add(toggle);
        }
        dayAxis.setTickLabelFormatter(DisplayText.of(n -> LocalDate.ofEpochDay(n.longValue()).format(TICK)));
        setUpTable();
        model.revision().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<Readiness.Score> score = model.score();
        String level = model.targetLevel().map(l -> l.title()).orElse("");
        headline.setText(model.targetLevel().isPresent() ? messages.get("readiness.headline", level)
                : messages.get("readiness.noTarget"));
        scoreLabel.setText(score.map(s -> messages.get("readiness.score", s.overall())).orElse("–"));
        scoreLabel.setId("readinessScore");
        readyLabel.setText(score.map(s -> s.overall() >= model.threshold()
                ? messages.get("readiness.ready", model.threshold())
                : messages.get("readiness.notYet", model.threshold() - s.overall(), model.threshold())).orElse(""));
        parts.getChildren().setAll(score.map(this::partBars).orElse(List.of()));
        showActions();
        showHistory();
    }

    private List<Node> partBars(Readiness.Score s) {
        var weights = model.guide().readiness().weights();
        List<Node> rows = new ArrayList<>();
        rows.add(partBar(Part.ROADMAP, s.roadmap(), weights.roadmap()));
        rows.add(partBar(Part.SKILLS, s.skills(), weights.skills()));
        rows.add(partBar(Part.PORTFOLIO, s.portfolio(), weights.portfolio()));
        rows.add(partBar(Part.PRACTICE, s.practice(), weights.practice()));
        return rows;
    }

    private Node partBar(Part part, double value, double weight) {
        Label name = new Label(messages.get("readiness.part", partName(part), Math.round(value * 100),
                Math.round(weight * 100)));
        name.setId("part-" + part.name().toLowerCase(Locale.ROOT));
        ProgressBar bar = new ProgressBar(value);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(name.getText());
        return new VBox(2, name, bar);
    }

    private void showActions() {
        List<NextActions.Action> next = model.nextActions(ACTIONS);
        List<Node> links = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            NextActions.Action action = next.get(i);
            Hyperlink link = new Hyperlink(messages.get("readiness.action", action.gain(), describe(action)));
            link.setId("action-" + i);
            link.setWrapText(true);
            link.setOnAction(e -> go(action));
            links.add(link);
        }
        if (links.isEmpty()) {
            Label none = new Label(messages.get(model.targetLevel().isPresent() ? "readiness.actions.none"
                    : "readiness.noTarget"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            links.add(none);
        }
        actions.getChildren().setAll(links);
    }

    private String describe(NextActions.Action action) {
        var guide = model.guide();
        return switch (action.kind()) {
            case RATE_SKILL -> messages.get("readiness.do.rate", guide.skill(action.targetId()).map(Skill::name)
                    .orElse(action.targetId()), action.detail());
            case COMPLETE_MILESTONE -> messages.get("readiness.do.milestone",
                    guide.milestone(action.targetId()).map(Milestone::title).orElse(action.targetId()));
            case ADD_EVIDENCE -> messages.get("readiness.do.evidence",
                    messages.get("evidence." + action.detail().toLowerCase(Locale.ROOT)), projectTitle(action.targetId()));
            case LOG_PRACTICE -> messages.get("readiness.do.practice", action.detail());
            case ADD_PROJECT -> messages.get("readiness.do.project");
        };
    }

    private String projectTitle(String id) {
        return model.projectTitle(id).orElse(id);
    }

    private void go(NextActions.Action action) {
        switch (action.kind()) {
            case RATE_SKILL -> navigate.rateSkill(action.targetId());
            case COMPLETE_MILESTONE -> navigate.step(action.detail());
            case ADD_EVIDENCE -> navigate.project(action.targetId());
            case LOG_PRACTICE -> navigate.logPractice();
            case ADD_PROJECT -> navigate.newProject();
        }
    }

    private void showHistory() {
        LocalDate today = LocalDate.now(clock);
        List<ReadinessSnapshot> all = model.history();
        Range chosen = range.getValue();
        List<ReadinessSnapshot> shown = all.stream()
                .filter(s -> chosen == Range.ALL || !s.day().isBefore(today.minusDays(chosen.days))).toList();
        table.getItems().setAll(all);
        emptyHistory.setText(all.isEmpty() ? messages.get(model.targetLevel().isPresent() ? "readiness.history.empty"
                : "readiness.noTarget") : "");
        emptyHistory.setVisible(all.isEmpty());
        emptyHistory.setManaged(all.isEmpty());
        chart.setVisible(!all.isEmpty());
        chart.setManaged(!all.isEmpty());
        Optional<LocalDate> projected = ReadinessProjection.project(all.stream()
                .map(s -> new ReadinessProjection.Point(s.day(), s.overall())).toList(), model.threshold(), today);
        projection.setText(all.isEmpty() ? "" : all.size() < 2 ? messages.get("readiness.projection.early")
                : projected.map(day -> day.isAfter(today)
                ? messages.get("readiness.projection", model.threshold(), day.toString())
                : messages.get("readiness.projection.reached")).orElse(messages.get("readiness.projection.none")));
        long from = shown.isEmpty() ? today.toEpochDay() - 7 : shown.get(0).day().toEpochDay();
        long to = Math.max(today.toEpochDay(), projected.map(LocalDate::toEpochDay).orElse(today.toEpochDay()));
        if (to - from < 7) {
            from = to - 7;
        }
        dayAxis.setLowerBound(from);
        dayAxis.setUpperBound(to);
        dayAxis.setTickUnit(Math.max(1, Math.ceil((to - from) / 8.0)));
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        series.add(series(messages.get("readiness.overall"), shown, s -> s.overall(), "series-overall"));
        for (Part part : Part.values()) {
            if (partToggles.get(part).isSelected()) {
                series.add(series(partName(part), shown, s -> 100 * partValue(part, s), "series-part"));
            }
        }
        XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
        threshold.setName(messages.get("readiness.threshold", model.threshold()));
        threshold.getData().add(new XYChart.Data<>(from, model.threshold()));
        threshold.getData().add(new XYChart.Data<>(to, model.threshold()));
        series.add(threshold);
        if (!shown.isEmpty() && projected.isPresent() && projected.get().isAfter(today)) {
            ReadinessSnapshot last = shown.get(shown.size() - 1);
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(messages.get("readiness.projection.series"));
            line.getData().add(new XYChart.Data<>(last.day().toEpochDay(), last.overall()));
            line.getData().add(new XYChart.Data<>(projected.get().toEpochDay(), model.threshold()));
            series.add(line);
        }
        chart.getData().setAll(series);
        styleLastSeries(series.size(), !shown.isEmpty() && projected.isPresent() && projected.get().isAfter(today));
    }

    /** The threshold and the projection are dashed lines; CSS reaches them through these classes. */
    private void styleLastSeries(int count, boolean hasProjection) {
        int thresholdIndex = hasProjection ? count - 2 : count - 1;
        chart.applyCss();
        chart.lookupAll(".series" + thresholdIndex).forEach(n -> n.getStyleClass().add("threshold-line"));
        if (hasProjection) {
            chart.lookupAll(".series" + (count - 1)).forEach(n -> n.getStyleClass().add("projection-line"));
        }
    }

    private static XYChart.Series<Number, Number> series(String name, List<ReadinessSnapshot> points,
                                                         ToDoubleFunction<ReadinessSnapshot> value, String styleClass) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), value.applyAsDouble(p))));
        return series;
    }

    private static double partValue(Part part, ReadinessSnapshot s) {
        return switch (part) {
            case ROADMAP -> s.roadmap();
            case SKILLS -> s.skills();
            case PORTFOLIO -> s.portfolio();
            case PRACTICE -> s.practice();
        };
    }

    private String partName(Part part) {
        return messages.get("readiness.part." + part.name().toLowerCase(Locale.ROOT));
    }

    private void setUpTable() {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("log.column.day"), s -> s.day().toString()));
        table.getColumns().add(column(messages.get("readiness.overall"), s -> Integer.toString(s.overall())));
        for (Part part : Part.values()) {
            table.getColumns().add(column(partName(part), s -> Math.round(100 * partValue(part, s)) + "%"));
        }
        Label placeholder = new Label(messages.get("readiness.history.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().addAll("muted", "empty-state");
        table.setPlaceholder(placeholder);
    }

    private static TableColumn<ReadinessSnapshot, String> column(String title,
                                                                 java.util.function.Function<ReadinessSnapshot, String> text) {
        TableColumn<ReadinessSnapshot, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
