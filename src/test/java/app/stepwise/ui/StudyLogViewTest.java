package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.StudySession;
import app.stepwise.ui.common.WholeNumberSpinner;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class StudyLogViewTest extends StepwiseUiTest {

    @Test
    void aSessionLoggedWithCtrlLShowsInTheCalendarStreakAndWeekAndSurvivesRestart() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        push(KeyCode.CONTROL, KeyCode.L);
        typeMinutes("45");
        clickOn(saveButton());
        app.awaitSaves();

        List<StudySession> stored = app.context().studyLog().all();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).day()).isEqualTo(AppHarness.TODAY);
        assertThat(stored.get(0).minutes()).isEqualTo(45);
        assertThat(stored.get(0).stepId()).isEqualTo("step-1");

        clickOn("#nav-log");
        assertLogShowsOneSessionOf45Minutes();

        app.restart(dataFolder);
        clickOn("#nav-log");
        assertLogShowsOneSessionOf45Minutes();
    }

    @Test
    void minutesOutOfRangeAndFutureDaysCannotBeSaved() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-log");
        clickOn("#logButton");
        typeMinutes("0");
        assertThat(saveButton().isDisabled()).isTrue();
        assertThat(label("#logProblem").getText()).isEqualTo("Minutes must be from 1 to 1440 (a whole day).");
        typeMinutes("1441");
        assertThat(saveButton().isDisabled()).isTrue();
        typeMinutes("1440");
        assertThat(saveButton().isDisabled()).isFalse();
        DatePicker day = lookup("#logDay").queryAs(DatePicker.class);
        interact(() -> day.setValue(AppHarness.TODAY.plusDays(1)));
        assertThat(saveButton().isDisabled()).isTrue();
        assertThat(label("#logProblem").getText()).isEqualTo("The day cannot be in the future.");
        interact(() -> day.setValue(AppHarness.TODAY.minusDays(1)));
        clickOn(saveButton());
        app.awaitSaves();
        assertThat(app.context().studyLog().all()).extracting(StudySession::minutes).containsExactly(1440);
    }

    @Test
    void practiceOnStep6CountsTowardItsMilestoneAndSessionsCanBeDeletedAndExported() throws Exception {
        app.saveTarget = dataFolder.resolve("study-log.csv");
        app.open(dataFolder);
        clickOn("#nav-log");
        clickOn("#logButton");
        typeMinutes("90");
        chooseStep("step-6");
        clickOn(saveButton());
        app.awaitSaves();

        clickOn("#nav-roadmap");
        selectStep(6);
        assertThat(label("#counterText-step-6_algorithm-practice").getText()).isEqualTo("90 of 840–3,360 minutes");

        clickOn("#nav-log");
        clickOn("#exportButton");
        app.awaitSaves();
        assertThat(Files.readString(app.saveTarget)).startsWith("date,minutes,step,milestone,note\r\n")
                .contains("2026-03-14,90,");

        TableView<?> table = lookup("#sessionTable").queryAs(TableView.class);
        interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        push(KeyCode.DELETE);
        app.awaitSaves();
        assertThat(app.context().studyLog().all()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.Z);
        app.awaitSaves();
        assertThat(app.context().studyLog().all()).extracting(StudySession::minutes).containsExactly(90);
    }

    private void assertLogShowsOneSessionOf45Minutes() {
        Node today = lookup("#day-" + AppHarness.TODAY).query();
        assertThat(today.getStyleClass()).contains("heat-2");
        assertThat(label("#currentStreak").getText()).isEqualTo("1 day");
        assertThat(label("#weekHours").getText()).isEqualTo("0.8 h this week");
        assertThat(lookup("#sessionTable").queryAs(TableView.class).getItems()).hasSize(1);
    }

    private void typeMinutes(String minutes) {
        WholeNumberSpinner spinner = lookup("#logMinutes").queryAs(WholeNumberSpinner.class);
        clickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(minutes);
    }

    @SuppressWarnings("unchecked")
    private void chooseStep(String stepId) {
        ComboBox<String> step = lookup("#logStep").queryAs(ComboBox.class);
        interact(() -> step.setValue(stepId));
    }

    private Button saveButton() {
        return lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Save")).queryButton();
    }

    @SuppressWarnings("unchecked")
    private void selectStep(int number) {
        ListView<?> list = lookup("#stepList").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(number - 1));
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
