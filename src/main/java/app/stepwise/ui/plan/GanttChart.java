package app.stepwise.ui.plan;

import app.stepwise.content.Guide;
import app.stepwise.content.Step;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import app.stepwise.store.DateSpan;
import app.stepwise.store.StepProgress;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.NodeIds;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * One row per step: the planned bar (with the early–late range), the saved baseline under it, the actual
 * span from the roadmap, a marker at the planned end; a line for today and one for the projected finish.
 */
final class GanttChart extends Pane {

    private static final double LABEL_WIDTH = 250;
    private static final double ROW = 44;
    private static final double TOP = 28;

    private final Guide guide;
    private final Messages messages;
    private Consumer<String> onStepClicked = id -> { };
    private Optional<Plan> plan = Optional.empty();
    private Map<String, DateSpan> baseline = Map.of();
    private Function<String, StepProgress> actual = id -> null;
    private LocalDate today = LocalDate.now();
    private Optional<LocalDate> projectedFinish = Optional.empty();
    private int selected;

    GanttChart(Guide guide, Messages messages) {
        this.guide = guide;
        this.messages = messages;
        getStyleClass().add("gantt");
        setFocusTraversable(true); // so a screen reader can read the summary of the dates
        setPrefHeight(TOP + ROW * guide.steps().size() + 24);
        setMinHeight(getPrefHeight());
        widthProperty().addListener((obs, old, now) -> draw());
        // Keyboard: Up and Down pick a step (as a click on its bar does); the summary is read for the step.
        setOnKeyPressed(e -> {
            int step = switch (e.getCode()) {
                case UP -> Math.max(0, selected - 1);
                case DOWN -> Math.min(guide.steps().size() - 1, selected + 1);
                default -> -1;
            };
            if (step >= 0) {
                select(step);
                e.consume();
            }
        });
        focusedProperty().addListener((obs, was, is) -> draw());
    }

    /** Marks a row and tells the listener, so the step can be moved with the fields below the chart. */
    void select(int row) {
        selected = row;
        onStepClicked.accept(guide.steps().get(row).id());
        draw();
    }

    void setOnStepClicked(Consumer<String> onStepClicked) {
        this.onStepClicked = onStepClicked;
    }

    void show(Optional<Plan> plan, Map<String, DateSpan> baseline, Function<String, StepProgress> actual,
              LocalDate today, Optional<LocalDate> projectedFinish) {
        this.plan = plan;
        this.baseline = baseline;
        this.actual = actual;
        this.today = today;
        this.projectedFinish = projectedFinish;
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (plan.isEmpty() || getWidth() <= LABEL_WIDTH + 50) {
            return;
        }
        Plan p = plan.get();
        setAccessibleText(p.steps().stream().map(s -> messages.get("plan.gantt.planned",
                guide.step(s.stepId()).map(Step::number).orElse(0), s.start().toString(), s.end().minusDays(1).toString()))
                .collect(java.util.stream.Collectors.joining(". ")));
        LocalDate from = earliest(p);
        LocalDate to = latest(p).plusWeeks(2);
        double perDay = (getWidth() - LABEL_WIDTH - 10) / Math.max(1, ChronoUnit.DAYS.between(from, to));
        Function<LocalDate, Double> x = day -> LABEL_WIDTH + ChronoUnit.DAYS.between(from, day) * perDay;
        drawMonths(from, to, x);
        for (int row = 0; row < guide.steps().size(); row++) {
            Step step = guide.steps().get(row);
            double y = TOP + row * ROW;
            if (row == selected && isFocused()) {
                Rectangle focus = new Rectangle(0, y, getWidth(), ROW - 2);
                focus.getStyleClass().add("gantt-focus");
                getChildren().add(focus);
            }
            drawRow(step, y, p.step(step.id()), x);
        }
        double bottom = TOP + ROW * guide.steps().size();
        getChildren().add(vertical("ganttToday", x.apply(today), bottom, "gantt-today",
                messages.get("plan.gantt.today", today.toString())));
        projectedFinish.ifPresent(day -> getChildren().add(vertical("ganttProjected", x.apply(day), bottom,
                "gantt-projected", messages.get("plan.gantt.projected", day.toString()))));
    }

    private void drawRow(Step step, double y, Optional<PlannedStep> planned, Function<LocalDate, Double> x) {
        Label name = new Label(messages.get("plan.gantt.step", step.number(), step.title()));
        name.getStyleClass().add("gantt-label");
        name.setLayoutX(0);
        name.setLayoutY(y + 6);
        name.setMaxWidth(LABEL_WIDTH - 12);
        int index = guide.steps().indexOf(step);
        name.setOnMouseClicked(e -> select(index));
        getChildren().add(name);
        planned.ifPresent(s -> {
            Rectangle range = bar(x.apply(s.end()), y + 10, x.apply(s.lateEnd()) - x.apply(s.end()), 4, "gantt-range");
            Rectangle bar = bar(x.apply(s.start()), y + 4, x.apply(s.end()) - x.apply(s.start()), 16,
                    s.alongside() ? "gantt-alongside" : "gantt-planned");
            bar.setId(NodeIds.of("ganttPlanned", step.id()));
            bar.setOnMouseClicked(e -> select(index));
            String text = messages.get("plan.gantt.planned", step.number(), s.start().toString(),
                    s.end().minusDays(1).toString());
            Tooltip.install(bar, new Tooltip(text));
            bar.setAccessibleText(text);
            getChildren().addAll(range, bar, marker(x.apply(s.end()), y + 12));
        });
        DateSpan base = baseline.get(step.id());
        if (base != null) {
            Rectangle line = bar(x.apply(base.start()), y + 24, x.apply(base.endExclusive()) - x.apply(base.start()), 4,
                    "gantt-baseline");
            line.setId(NodeIds.of("ganttBaseline", step.id()));
            getChildren().add(line);
        }
        StepProgress progress = actual.apply(step.id());
        if (progress != null && progress.startedOn().isPresent()
                && progress.status() != app.stepwise.store.StepStatus.SKIPPED) {
            LocalDate start = progress.startedOn().get();
            LocalDate end = progress.finishedOn().map(d -> d.plusDays(1)).orElse(today.plusDays(1));
            Rectangle done = bar(x.apply(start), y + 31, Math.max(2, x.apply(end) - x.apply(start)), 6, "gantt-actual");
            done.setId(NodeIds.of("ganttActual", step.id()));
            getChildren().add(done);
        }
    }

    private void drawMonths(LocalDate from, LocalDate to, Function<LocalDate, Double> x) {
        LocalDate month = from.withDayOfMonth(1).plusMonths(1);
        long months = ChronoUnit.MONTHS.between(month, to) + 1;
        int every = (int) Math.max(1, Math.ceil(months / 12.0));
        int i = 0;
        for (; !month.isAfter(to); month = month.plusMonths(1), i++) {
            if (i % every != 0) {
                continue;
            }
            double at = x.apply(month);
            Label label = new Label(month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                    java.util.Locale.ENGLISH) + (month.getMonthValue() == 1 || i == 0 ? " " + month.getYear() : ""));
            label.getStyleClass().add("gantt-month");
            label.setLayoutX(at + 2);
            label.setLayoutY(2);
            Line tick = new Line(at, TOP - 4, at, TOP + ROW * guide.steps().size());
            tick.getStyleClass().add("gantt-grid");
            getChildren().addAll(tick, label);
        }
    }

    private Node vertical(String id, double at, double bottom, String styleClass, String text) {
        Line line = new Line(at, TOP - 6, at, bottom);
        line.getStyleClass().add(styleClass);
        line.setId(id);
        line.setStrokeWidth(2);
        Tooltip.install(line, new Tooltip(text));
        line.setAccessibleText(text);
        return line;
    }

    private static Rectangle bar(double x, double y, double width, double height, String styleClass) {
        Rectangle r = new Rectangle(x, y, Math.max(0, width), height);
        r.getStyleClass().add(styleClass);
        r.setArcWidth(4);
        r.setArcHeight(4);
        return r;
    }

    private static Polygon marker(double x, double y) {
        Polygon diamond = new Polygon(x, y - 6, x + 5, y, x, y + 6, x - 5, y);
        diamond.getStyleClass().add("gantt-marker");
        return diamond;
    }

    private LocalDate earliest(Plan p) {
        List<LocalDate> days = new ArrayList<>();
        p.steps().forEach(s -> days.add(s.start()));
        baseline.values().forEach(s -> days.add(s.start()));
        guide.steps().forEach(s -> Optional.ofNullable(actual.apply(s.id()))
                .flatMap(StepProgress::startedOn).ifPresent(days::add));
        days.add(today);
        return days.stream().min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
    }

    private LocalDate latest(Plan p) {
        List<LocalDate> days = new ArrayList<>(List.of(p.lateFinish(), today));
        baseline.values().forEach(s -> days.add(s.endExclusive()));
        projectedFinish.ifPresent(days::add);
        return days.stream().max(LocalDate::compareTo).orElse(today);
    }
}
