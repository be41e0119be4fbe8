package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.ReadinessSnapshot;
import app.stepwise.ui.common.RadarChart;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

class ReadinessViewTest extends StepwiseUiTest {

    @Test
    void ratingASkillMovesTheScoreTheRadarAndTodaysPointAndAllSurviveRestart() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-career");
        pickTarget("level.junior");
        clickOn("#nav-readiness");
        String before = label("#readinessScore").getText();
        assertThat(before).isEqualTo("0 / 100");

        clickOn("#nav-skills");
        clickOn("#rate-skill_sql-2");
        app.awaitSaves();
        RadarChart radar = lookup("#skillsRadar").queryAs(RadarChart.class);
        RadarChart.Series you = radar.series().get(radar.series().size() - 1);
        int sql = indexOf("skill.sql");
        assertThat(you.values().get(sql)).isEqualTo(2.0);

        clickOn("#nav-readiness");
        String after = label("#readinessScore").getText();
        assertThat(after).isNotEqualTo(before);
        List<ReadinessSnapshot> stored = app.context().readiness().history("level.junior");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).day()).isEqualTo(AppHarness.TODAY);
        assertThat(after).isEqualTo(stored.get(0).overall() + " / 100");
        assertThat(todaysPoint()).isEqualTo(stored.get(0).overall());
        assertThat(app.context().readiness().history("level.senior")).isEmpty();

        app.restart(dataFolder);
        clickOn("#nav-readiness");
        assertThat(label("#readinessScore").getText()).isEqualTo(after);
        assertThat(todaysPoint()).isEqualTo(stored.get(0).overall());
    }

    @Test
    void withoutATargetLevelEveryPartExplainsWhatToDo() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-readiness");
        assertThat(label("#readinessScore").getText()).isEqualTo("–");
        assertThat(lookup("Pick a target level in the Career ladder (or in the welcome) to see your readiness for it.")
                .tryQuery()).isPresent();
    }

    private double todaysPoint() {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = lookup("#chart").queryAs(LineChart.class);
        XYChart.Series<Number, Number> overall = chart.getData().get(0);
        return overall.getData().stream().filter(d -> d.getXValue().longValue() == AppHarness.TODAY.toEpochDay())
                .findFirst().orElseThrow().getYValue().doubleValue();
    }

    private int indexOf(String skillId) {
        var skills = app.context().guide().skills();
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).id().equals(skillId)) {
                return i;
            }
        }
        throw new AssertionError(skillId);
    }

    @SuppressWarnings("unchecked")
    private void pickTarget(String levelId) {
        ComboBox<String> target = lookup("#targetLevel").queryAs(ComboBox.class);
        interact(() -> target.setValue(levelId));
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
