package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.PlanProfile;
import app.stepwise.ui.common.WholeNumberSpinner;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's "done when", start to finish: a career changer with ten hours a week enters their profile,
 * sees a dated plan, moves a step, re-baselines, exports the calendar, logs a week of study and sees
 * whether they are on track — and all of it is there after a restart.
 */
class CareerChangerJourneyTest extends StepwiseUiTest {

    @Test
    void aWeekWithStepwise() throws Exception {
        app.saveTarget = dataFolder.resolve("my-plan.ics");
        app.openAsIs(dataFolder);
        interact(() -> combo("#planBackground").setValue("background.career-changer"));
        clickOn(button("Save my plan"));

        clickOn("#nav-plan");
        assertThat(label("#planStatus").getText()).startsWith("On track. At your pace you finish around ");
        ScrollPane scroll = lookup("#planScroll").queryAs(ScrollPane.class);
        interact(() -> {
            combo("#moveStep").setValue("step-2");
            lookup("#moveEnd").queryAs(DatePicker.class).setValue(AppHarness.TODAY.plusWeeks(12));
            scroll.setVvalue(1);
        });
        clickOn("#applyMove");
        interact(() -> scroll.setVvalue(0));
        clickOn("#rebaseline");
        clickOn("#exportIcs");
        app.awaitSaves();
        assertThat(Files.readString(app.saveTarget)).contains("SUMMARY:Stepwise step 2");

        // a week of study: 60 minutes a day for the last seven days, today included
        for (int daysAgo = 6; daysAgo >= 0; daysAgo--) {
            LocalDate day = AppHarness.TODAY.minusDays(daysAgo);
            push(KeyCode.CONTROL, KeyCode.L);
            interact(() -> lookup("#logDay").queryAs(DatePicker.class).setValue(day));
            WholeNumberSpinner minutes = lookup("#logMinutes").queryAs(WholeNumberSpinner.class);
            clickOn(minutes.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("60");
            clickOn(button("Save"));
        }
        app.awaitSaves();

        assertHomeShowsTheWeek();
        app.restart(dataFolder);
        clickOn("#nav-home");
        assertHomeShowsTheWeek();
        assertThat(app.context().profiles().loadPlan()).isEqualTo(new PlanProfile(
                Optional.of("background.career-changer"), Optional.of(AppHarness.TODAY), Optional.of(10), true));
        assertThat(app.context().plans().overrides()).containsKey("step-2");
        assertThat(app.context().plans().baseline()).hasSize(7);
    }

    private void assertHomeShowsTheWeek() {
        clickOn("#nav-home");
        assertThat(label("#homeStreak").getText()).isEqualTo("7 days");
        // 2026-03-14 is a Saturday: Monday 9th to Saturday 14th is 6 days of this ISO week, 6 hours of 10
        assertThat(label("#homeWeek").getText()).isEqualTo("6 h this week");
        assertThat(label("#homePlan").getText()).isEqualTo("On track");
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
