package app.stepwise.ui.roadmap;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepStatus;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.NoteEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The right-hand side of the roadmap: one step's text, status actions, milestones and note. */
final class StepDetail {

    private final RoadmapModel model;
    private final Messages messages;
    private final Formats formats;
    private final Banner banner;
    private final Consumer<Milestone> openSource;
    private final VBox container;
    private final List<MilestoneRow> rows = new ArrayList<>();
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label duration = new Label();
    private final Label dates = new Label();
    private final Label summary = paragraph();
    private final Label why = paragraph();
    private final FlowPane actions = new FlowPane(8, 8);
    private final VBox milestoneBox = new VBox(10);
    private final NoteEditor stepNote;
    private Step step;
    private StepStatus shownStatus;

    StepDetail(RoadmapModel model, Messages messages, Formats formats, Banner banner, VBox container,
               Consumer<Milestone> openSource) {
        this.model = model;
        this.openSource = openSource;
        this.messages = messages;
        this.formats = formats;
        this.banner = banner;
        this.container = container;
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setId("stepTitle");
        duration.getStyleClass().add("muted");
        dates.getStyleClass().add("muted");
        status.setId("stepStatus");
        stepNote = new NoteEditor(model::saveNote);
        stepNote.setId("stepNote");
        stepNote.setPromptText(messages.get("roadmap.note.step.prompt"));
        stepNote.setPrefRowCount(5);
        stepNote.setAccessibleText(messages.get("roadmap.note.step.accessible"));
        HBox meta = new HBox(12, status, duration, dates);
        meta.setAlignment(Pos.CENTER_LEFT);
        container.getChildren().setAll(title, meta, actions,
                section("roadmap.summary"), summary,
                section("roadmap.why"), why,
                section("roadmap.milestones"), milestoneBox,
                section("roadmap.note.step"), stepNote);
    }

    void show(Step newStep) {
        step = newStep;
        shownStatus = null;
        title.setText(messages.get("roadmap.step.heading", step.number(), step.title()));
        summary.setText(step.summary());
        why.setText(step.whyItMatters());
        duration.setText(durationText());
        stepNote.edit(step.id(), model.note(step.id()));
        rows.clear();
        milestoneBox.getChildren().clear();
        for (Milestone milestone : step.milestones()) {
            MilestoneRow row = new MilestoneRow(step, milestone, model, messages, formats, openSource);
            rows.add(row);
            milestoneBox.getChildren().add(row);
        }
        refresh();
    }

    void refresh() {
        if (step == null) {
            return;
        }
        StepProgress progress = model.step(step.id());
        StatusStyle.apply(status, progress.status(), messages);
        dates.setText(datesText(progress));
        if (progress.status() != shownStatus) {
            showActions(progress.status());
        }
        stepNote.showStored(model.note(step.id()));
        rows.forEach(MilestoneRow::refresh);
    }

    void flushEdits() {
        stepNote.flush();
        rows.forEach(MilestoneRow::flushEdits);
    }

    private String durationText() {
        String typical = messages.get("roadmap.duration", formats.duration(step.duration()));
        if (step.durationSharedWith().isEmpty()) {
            return typical;
        }
        List<String> numbers = step.durationSharedWith().stream()
                .map(id -> model.guide().step(id).map(s -> Integer.toString(s.number())).orElse(id))
                .toList();
        return messages.get("roadmap.duration.shared", typical, String.join(", ", numbers));
    }

    private String datesText(StepProgress progress) {
        if (progress.finishedOn().isPresent()) {
            return messages.get("roadmap.dates.finished", progress.startedOn().orElseThrow(), progress.finishedOn().get());
        }
        return progress.startedOn().map(d -> messages.get("roadmap.dates.started", d)).orElse("");
    }

    /** New buttons for a new status; keyboard focus moves to the first of them if it was on an old one. */
    private void showActions(StepStatus current) {
        boolean hadFocus = actions.getChildren().stream().anyMatch(javafx.scene.Node::isFocused);
        List<Button> buttons = actionButtons(current);
        actions.getChildren().setAll(buttons);
        shownStatus = current;
        if (hadFocus) {
            buttons.get(0).requestFocus();
        }
    }

    private List<Button> actionButtons(StepStatus current) {
        List<Button> buttons = new ArrayList<>();
        switch (current) {
            case NOT_STARTED -> {
                buttons.add(button("startStep", "roadmap.action.start", StepStatus.IN_PROGRESS));
                buttons.add(button("skipStep", "roadmap.action.skip", StepStatus.SKIPPED));
            }
            case IN_PROGRESS -> {
                buttons.add(button("finishStep", "roadmap.action.done", StepStatus.DONE));
                buttons.add(button("skipStep", "roadmap.action.skip", StepStatus.SKIPPED));
            }
            case DONE -> buttons.add(button("reopenStep", "roadmap.action.reopen", StepStatus.IN_PROGRESS));
            case SKIPPED -> buttons.add(button("unskipStep", "roadmap.action.unskip", StepStatus.NOT_STARTED));
        }
        Button reset = new Button(messages.get("roadmap.action.reset"));
        reset.setId("resetStep");
        reset.getStyleClass().addAll("danger", "button-outlined");
        reset.setOnAction(e -> resetStep());
        buttons.add(reset);
        return buttons;
    }

    private Button button(String id, String key, StepStatus target) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> model.setStatus(step, target));
        return button;
    }

    private void resetStep() {
        Step resetOne = step;
        flushEdits();
        model.reset(resetOne, snapshot -> banner.offer(
                messages.get("roadmap.reset.done", resetOne.number()),
                messages.get("banner.undo"),
                () -> model.undoReset(snapshot)));
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label paragraph() {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add("paragraph");
        return label;
    }
}
