package app.stepwise.ui.log;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.planning.StudySessionRules;
import app.stepwise.store.StudySession;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.WholeNumberSpinner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Logs a study session, or edits one: day, minutes, step, an optional milestone and a note. The Save button
 * stays off while something is not valid, and a line says what to change.
 */
public final class QuickLogDialog extends Dialog<StudySession> {

    private static final String NO_MILESTONE = "";

    private final Guide guide;
    private final Messages messages;
    private final Clock clock;
    private final LocalDate today;
    private final DatePicker day = new DatePicker();
    private final WholeNumberSpinner minutes;
    private final ComboBox<String> step = new ComboBox<>();
    private final ComboBox<String> milestone = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final Label problem = new Label();
    private final ButtonType save;

    /**
     * @param editing the session to change, or empty for a new one
     * @param suggestedStep the step a new session starts on
     */
    public QuickLogDialog(Window owner, Guide guide, Messages messages, Clock clock,
                          Optional<StudySession> editing, String suggestedStep) {
        this.guide = guide;
        this.messages = messages;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        initOwner(owner);
        setTitle(messages.get(editing.isPresent() ? "log.dialog.edit" : "log.dialog.title"));
        setHeaderText(messages.get("log.dialog.header"));
        minutes = new WholeNumberSpinner(messages.get("log.dialog.minutes.refused"));
        save = new ButtonType(messages.get("log.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().setContent(form());
        getDialogPane().setId("quickLogDialog");
        fill(editing, suggestedStep);
        listen();
        check();
        setResultConverter(button -> button == save ? session(editing) : null);
        // After the dialog has placed its own focus (on the default button), put it where typing starts.
        setOnShown(e -> javafx.application.Platform.runLater(() -> {
            minutes.getEditor().requestFocus();
            minutes.getEditor().selectAll();
        }));
    }

    private Node form() {
        day.setId("logDay");
        day.setAccessibleText(messages.get("log.dialog.day"));
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(today));
            }
        });
        minutes.setId("logMinutes");
        minutes.setAccessibleText(messages.get("log.dialog.minutes"));
        step.setId("logStep");
        step.setAccessibleText(messages.get("log.dialog.step"));
        step.getItems().setAll(guide.steps().stream().map(s -> s.id()).toList());
        step.setConverter(DisplayText.of(id -> guide.step(id)
                .map(s -> messages.get("roadmap.step.heading", s.number(), s.title())).orElse(id)));
        milestone.setId("logMilestone");
        milestone.setAccessibleText(messages.get("log.dialog.milestone"));
        milestone.setConverter(DisplayText.of(id -> id.equals(NO_MILESTONE)
                ? messages.get("log.dialog.milestone.none")
                : guide.milestone(id).map(Milestone::title).orElse(id)));
        note.setId("logNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(messages.get("log.dialog.note.prompt"));
        note.setAccessibleText(messages.get("log.dialog.note"));
        problem.setId("logProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("log.dialog.day", day), day);
        grid.addRow(1, label("log.dialog.minutes", minutes), minutes);
        grid.addRow(2, label("log.dialog.step", step), step);
        grid.addRow(3, label("log.dialog.milestone", milestone), milestone);
        grid.addRow(4, label("log.dialog.note", note), note);
        grid.add(problem, 0, 5, 2, 1);
        step.setPrefWidth(420);
        milestone.setPrefWidth(420);
        return grid;
    }

    private void fill(Optional<StudySession> editing, String suggestedStep) {
        day.setValue(editing.map(StudySession::day).orElse(today));
        minutes.show(editing.map(StudySession::minutes).orElse(30));
        step.setValue(editing.map(StudySession::stepId).orElse(suggestedStep));
        showMilestones();
        milestone.setValue(editing.flatMap(StudySession::milestoneId).orElse(NO_MILESTONE));
        note.setText(editing.map(StudySession::note).orElse(""));
    }

    private void listen() {
        day.valueProperty().addListener((obs, old, now) -> check());
        minutes.valueProperty().addListener((obs, old, now) -> check());
        minutes.getEditor().textProperty().addListener((obs, old, now) -> check());
        step.valueProperty().addListener((obs, old, now) -> {
            showMilestones();
            check();
        });
    }

    private void showMilestones() {
        List<String> ids = Optional.ofNullable(step.getValue()).flatMap(guide::step)
                .map(s -> s.milestones().stream().map(Milestone::id).collect(Collectors.toList()))
                .orElse(new java.util.ArrayList<>());
        ids.add(0, NO_MILESTONE);
        milestone.getItems().setAll(ids);
        milestone.setValue(NO_MILESTONE);
    }

    private void check() {
        List<StudySessionRules.Problem> problems = StudySessionRules.check(day.getValue() == null ? today : day.getValue(),
                typedMinutes(), step.getValue() == null ? "" : step.getValue(), today);
        problem.setText(problems.stream()
                .map(p -> messages.get("log.problem." + p.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" ")));
        getDialogPane().lookupButton(save).setDisable(!problems.isEmpty() || day.getValue() == null);
    }

    /** What is typed in the minutes field, even before it is committed (0 when empty). */
    private int typedMinutes() {
        String text = minutes.getEditor().getText();
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text);
    }

    private StudySession session(Optional<StudySession> editing) {
        minutes.commitTyped();
        Optional<String> milestoneId = Optional.ofNullable(milestone.getValue()).filter(id -> !id.equals(NO_MILESTONE));
        return new StudySession(editing.map(StudySession::id).orElseGet(() -> UUID.randomUUID().toString()),
                day.getValue(), typedMinutes(), step.getValue(), milestoneId, note.getText(),
                editing.map(StudySession::createdAt).orElseGet(() -> Instant.now(clock)));
    }

    private Label label(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
