package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.Timeline;
import app.stepwise.store.Database;
import app.stepwise.store.DateSpan;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.ProfileRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

class PlanViewTest extends StepwiseUiTest {

    private static final String CAREER_CHANGER = "background.career-changer";

    @Test
    void theWelcomeAsksOnceAndItsAnswersMakeThePlan() throws Exception {
        app.openAsIs(dataFolder);
        ComboBox<String> background = combo("#planBackground");
        interact(() -> background.setValue(CAREER_CHANGER));
        clickOn(button("Save my plan"));
        app.awaitSaves();

        PlanProfile stored = app.context().profiles().loadPlan();
        assertThat(stored).isEqualTo(new PlanProfile(Optional.of(CAREER_CHANGER), Optional.of(AppHarness.TODAY),
                Optional.of(10), true));
        clickOn("#nav-plan");
        LocalDate expected = Timeline.plan(app.context().guide(), CAREER_CHANGER, AppHarness.TODAY, 10).expectedFinish();
        assertThat(label("#planStatus").getText()).isEqualTo("On track. At your pace you finish around " + expected + ".");

        app.restart(dataFolder);
        assertThat(lookup("#welcomeDialog").tryQuery()).isEmpty();
        clickOn("#nav-plan");
        assertThat(label("#planStatus").getText()).startsWith("On track.");
    }

    @Test
    void skippingTheWelcomeKeepsSensibleDefaults() throws Exception {
        app.openAsIs(dataFolder);
        clickOn(button("Skip for now"));
        app.awaitSaves();
        assertThat(app.context().profiles().loadPlan()).isEqualTo(new PlanProfile(
                Optional.of("background.from-scratch"), Optional.of(AppHarness.TODAY), Optional.of(10), true));
    }

    @Test
    void aMovedStepABaselineAndTheCalendarFileAreKept() throws Exception {
        seedPlan(AppHarness.TODAY);
        app.saveTarget = dataFolder.resolve("plan.ics");
        app.openAsIs(dataFolder);
        clickOn("#nav-plan");
        interact(() -> {
            combo("#moveStep").setValue("step-3");
            lookup("#moveStart").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 9, 1));
            lookup("#moveEnd").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 10, 31));
        });
        ScrollPane scroll = lookup("#planScroll").queryAs(ScrollPane.class);
        interact(() -> scroll.setVvalue(1));
        clickOn("#applyMove");
        interact(() -> scroll.setVvalue(0));
        clickOn("#rebaseline");
        clickOn("#exportIcs");
        app.awaitSaves();

        assertThat(app.context().plans().overrides())
                .containsEntry("step-3", new DateSpan(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1)));
        assertThat(app.context().plans().baseline()).hasSize(7)
                .containsEntry("step-3", new DateSpan(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1)));
        assertThat(lookup("#ganttBaseline-step-3").tryQuery()).isPresent();
        String calendar = Files.readString(app.saveTarget);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20260901\r\n", "DTEND;VALUE=DATE:20261101\r\n");
        // the UID names the step and this installation, so a re-import updates the event instead of adding one
        assertThat(calendar.replace("\r\n ", "")).contains("UID:step-3." + app.context().installId() + "@stepwise\r\n");
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }

        app.restart(dataFolder);
        clickOn("#nav-plan");
        interact(() -> combo("#moveStep").setValue("step-3"));
        assertThat(lookup("#moveStart").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(lookup("#moveEnd").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aPlanStartedLongAgoWithNothingDoneSaysHowFarBehind() throws Exception {
        seedPlan(AppHarness.TODAY.minusWeeks(30));
        app.openAsIs(dataFolder);
        clickOn("#nav-plan");
        assertThat(label("#planStatus").getText()).startsWith("Behind by ").contains("weeks");
    }

    @Test
    void theChartCanBeWorkedWithTheKeyboard() throws Exception {
        seedPlan(AppHarness.TODAY);
        app.openAsIs(dataFolder);
        clickOn("#nav-plan");
        javafx.scene.Node chart = lookup(".gantt").query();
        interact(chart::requestFocus);
        push(javafx.scene.input.KeyCode.DOWN).push(javafx.scene.input.KeyCode.DOWN);
        assertThat(combo("#moveStep").getValue()).isEqualTo("step-3");
        assertThat(chart.getAccessibleText()).startsWith("Step 1 planned from " + AppHarness.TODAY);
    }

    @Test
    void skippedStepsCountAsDoneForThePace() throws Exception {
        seedPlan(AppHarness.TODAY.minusWeeks(20));
        app.openAsIs(dataFolder);
        for (int step = 1; step <= 4; step++) {
            clickOn("#nav-roadmap");
            int index = step - 1;
            javafx.scene.control.ListView<?> list = lookup("#stepList").queryAs(javafx.scene.control.ListView.class);
            interact(() -> list.getSelectionModel().select(index));
            clickOn("#skipStep");
        }
        clickOn("#nav-plan");
        assertThat(label("#planStatus").getText()).startsWith("On track.");
        assertThat(lookup("#ganttActual-step-1").tryQuery()).isEmpty();
    }

    private void seedPlan(LocalDate start) throws Exception {
        try (Database database = Database.open(dataFolder)) {
            new ProfileRepository(database).savePlan(new PlanProfile(Optional.of(CAREER_CHANGER), Optional.of(start),
                    Optional.of(10), true));
        }
    }

    private Button button(String text) {
        return lookup(".button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String query) {
        return lookup(query).queryAs(ComboBox.class);
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
