package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

class CareerViewTest extends StepwiseUiTest {

    @Test
    void pickedLevelsAreMarkedOnTheLadderStoredAndKeptAfterRestart() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-career");
        assertThat(badge("#badge-target-level_senior").isVisible()).isFalse();

        pick("#currentLevel", "Junior Backend Developer");
        pick("#targetLevel", "Senior Backend Developer");
        app.awaitSaves();

        assertThat(badge("#badge-target-level_senior").isVisible()).isTrue();
        assertThat(badge("#badge-current-level_junior").isVisible()).isTrue();
        assertThat(lookup("#gapLabel").queryAs(Label.class).getText())
                .isEqualTo("3 levels up; the median pay is $70,000 higher there.");
        assertThat(app.context().profiles().load().targetLevelId()).contains("level.senior");
        assertThat(app.context().profiles().load().currentLevelId()).contains("level.junior");

        app.restart(dataFolder);
        assertThat(badge("#badge-target-level_senior").isVisible()).isTrue();
        assertThat(combo("#targetLevel").getValue()).isEqualTo("level.senior");
        assertThat(badge("#badge-target-level_junior").isVisible()).isFalse();
    }

    @Test
    void salaryChartShowsTheGuideFiguresForEveryLevel() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-career");
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = lookup("#salaryChart").queryAs(BarChart.class);
        List<XYChart.Series<Number, String>> series = chart.getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("Median", "Average");
        assertThat(series.get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly(75_000, 90_000, 115_000, 145_000, 165_000, 195_000, 205_000);
        assertThat(series.get(1).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly(80_000, 95_000, 120_000, 150_000, 175_000, 205_000, 215_000);
        assertThat(lookup("Median $121,000").tryQuery()).isEmpty();
        assertThat(lookup("$121,000").tryQuery()).isPresent();
        assertThat(lookup("12+ years").tryQuery()).isPresent();
    }

    @Test
    void lastViewIsRememberedAcrossRestarts() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-career");
        app.restart(dataFolder);
        Optional<Node> title = lookup("Career ladder").match(n -> n.getStyleClass().contains("view-title")).tryQuery();
        assertThat(title).isPresent();
    }

    /** Opens a level picker and clicks the entry in its pop-up list, as a user would. */
    private void pick(String picker, String entry) {
        clickOn(picker);
        clickOn(lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry)).queryLabeled());
    }

    private Label badge(String query) {
        return lookup(query).queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String query) {
        return lookup(query).queryAs(ComboBox.class);
    }
}
