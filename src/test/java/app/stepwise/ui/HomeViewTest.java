package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.ui.common.WholeNumberSpinner;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class HomeViewTest extends StepwiseUiTest {

    @Test
    void homeIsShownAtStartAndEachCardLeadsToItsView() throws Exception {
        app.open(dataFolder);
        assertThat(label("#homeStreak").getText()).isEqualTo("0 days");
        assertThat(lookup("#homeNext .hyperlink").queryAs(Hyperlink.class).getText())
                .isEqualTo("Step 1: Learn one backend language in depth");

        push(KeyCode.CONTROL, KeyCode.L);
        WholeNumberSpinner minutes = lookup("#logMinutes").queryAs(WholeNumberSpinner.class);
        clickOn(minutes.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("90");
        clickOn(lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Save")).queryButton());
        app.awaitSaves();
        assertThat(label("#homeStreak").getText()).isEqualTo("1 day");
        assertThat(label("#homeWeek").getText()).isEqualTo("1.5 h this week");
        assertThat(lookup("#homeRecent .hyperlink").queryAs(Hyperlink.class).getText())
                .isEqualTo("2026-03-14 · 90 minutes on step 1");

        clickOn(lookup("#homeNext .hyperlink").queryAs(Hyperlink.class));
        assertThat(label("#stepTitle").getText()).isEqualTo("Step 1 · Learn one language and the server basics");

        app.restart(dataFolder);
        assertThat(label("#stepTitle").getText()).startsWith("Step 1");
        clickOn("#nav-home");
        assertThat(label("#homeStreak").getText()).isEqualTo("1 day");
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
