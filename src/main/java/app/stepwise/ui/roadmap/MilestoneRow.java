package app.stepwise.ui.roadmap;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.content.Target;
import app.stepwise.planning.StepProgressRules;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.NodeIds;
import app.stepwise.ui.common.NoteEditor;
import app.stepwise.ui.common.WholeNumberSpinner;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One milestone: a checkbox, or a counter against the guide's range; with its own note. */
final class MilestoneRow extends VBox {

    private final Step step;
    private final Consumer<Milestone> openSource;
    private final Milestone milestone;
    private final RoadmapModel model;
    private final Messages messages;
    private final Formats formats;
    private CheckBox checkBox;
    private WholeNumberSpinner counter;
    private Label counterText;
    private final Label doneMark = new Label();
    private final ToggleButton noteToggle = new ToggleButton();
    private final NoteEditor note;

    MilestoneRow(Step step, Milestone milestone, RoadmapModel model, Messages messages, Formats formats,
                 Consumer<Milestone> openSource) {
        this.openSource = openSource;
        this.step = step;
        this.milestone = milestone;
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        getStyleClass().add("milestone-row");
        setId(NodeIds.of("milestone", milestone.id()));
        setSpacing(6);
        note = new NoteEditor(model::saveNote);
        note.setId(NodeIds.of("note", milestone.id()));
        note.setPromptText(messages.get("roadmap.note.milestone.prompt"));
        note.setAccessibleText(messages.get("roadmap.note.milestone.accessible", milestone.title()));
        note.edit(milestone.id(), model.note(milestone.id()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox counterLine = new HBox(10);
        counterLine.setAlignment(Pos.CENTER_LEFT);
        milestone.target().ifPresentOrElse(target -> {
            head.getChildren().add(counterTitle(target));
            counterLine.getChildren().addAll(counterControls(target));
        }, () -> head.getChildren().add(checkBox()));
        noteToggle.setId(NodeIds.of("noteToggle", milestone.id()));
        noteToggle.getStyleClass().add("small");
        noteToggle.setAccessibleText(messages.get("roadmap.note.toggle.accessible", milestone.title()));
        noteToggle.setSelected(!model.note(milestone.id()).isBlank());
        note.visibleProperty().bind(noteToggle.selectedProperty());
        note.managedProperty().bind(noteToggle.selectedProperty());
        noteToggle.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                note.requestFocus();
            }
        });
        head.getChildren().addAll(gap, noteToggle);
        Label description = new Label(milestone.description());
        description.setWrapText(true);
        description.getStyleClass().add("muted");
        getChildren().add(head);
        if (!counterLine.getChildren().isEmpty()) {
            getChildren().add(counterLine);
        }
        getChildren().addAll(description, note);
    }

    private CheckBox checkBox() {
        checkBox = new CheckBox(milestone.title());
        checkBox.setId(NodeIds.of("check", milestone.id()));
        checkBox.setWrapText(true);
        checkBox.getStyleClass().add("milestone-title");
        checkBox.setOnAction(e -> model.setDone(step, milestone, checkBox.isSelected()));
        return checkBox;
    }

    private VBox counterTitle(Target target) {
        Label title = new Label(milestone.title());
        title.getStyleClass().add("milestone-title");
        title.setWrapText(true);
        Label goal = new Label(messages.get("roadmap.counter.goal", formats.target(target)));
        goal.getStyleClass().add("muted");
        goal.setWrapText(true);
        return new VBox(2, title, goal);
    }

    /** The counter line: a spinner (or the portfolio's number), where it stands, and a mark at the goal. */
    private Region[] counterControls(Target target) {
        counterText = new Label();
        counterText.setId(NodeIds.of("counterText", milestone.id()));
        counterText.getStyleClass().add("counter-text");
        doneMark.getStyleClass().add("done-mark");
        if (milestone.isDerived()) {
            String from = milestone.countsProjects().isPresent() ? "Portfolio" : "StudyLog";
            Hyperlink source = new Hyperlink(messages.get("roadmap.counter.from" + from));
            source.setId(NodeIds.of("from" + from, milestone.id()));
            source.setAccessibleText(messages.get("roadmap.counter.from" + from + ".accessible"));
            source.setOnAction(e -> openSource.accept(milestone));
            return new Region[] {counterText, doneMark, source};
        }
        counter = new WholeNumberSpinner(messages.get("roadmap.counter.invalid"));
        counter.setId(NodeIds.of("counter", milestone.id()));
        counter.setAccessibleText(messages.get("roadmap.counter.accessible", milestone.title(), formats.target(target)));
        counter.setOnCommit(value -> model.setCount(step, milestone, value));
        return new Region[] {counter, counterText, doneMark};
    }

    void refresh() {
        var progress = model.milestone(milestone.id());
        if (checkBox != null) {
            checkBox.setSelected(progress.map(MilestoneProgress::done).orElse(false));
        }
        if (milestone.target().isPresent()) {
            int count = progress.map(MilestoneProgress::count).orElse(0);
            if (counter != null) {
                counter.show(count);
            }
            counterText.setText(formats.progress(count, milestone.target().orElseThrow()));
            boolean complete = StepProgressRules.isComplete(milestone, progress);
            doneMark.setText(complete ? "✓" : "");
            doneMark.setAccessibleText(complete ? messages.get("roadmap.counter.reached") : null);
        }
        note.showStored(model.note(milestone.id()));
        boolean hasNote = !model.note(milestone.id()).isBlank();
        noteToggle.setText(messages.get(hasNote ? "roadmap.note.toggle.has" : "roadmap.note.toggle"));
    }

    void flushEdits() {
        note.flush();
        if (counter != null) {
            counter.commitTyped();
        }
    }
}
