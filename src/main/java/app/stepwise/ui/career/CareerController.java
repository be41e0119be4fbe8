package app.stepwise.ui.career;

import app.stepwise.content.Level;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.skills.SkillsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The seven levels with pay, scope and focus, a salary chart, the market facts and the user's levels. */
public final class CareerController {

    private static final String NOT_SET = "";

    private final ProfileModel profile;
    private final SkillsModel skills;
    private final Messages messages;
    private final Formats formats;
    private final List<LevelCard> cards = new ArrayList<>();

    @FXML private ComboBox<String> currentLevel;
    @FXML private ComboBox<String> targetLevel;
    @FXML private Label gapLabel;
    @FXML private VBox ladder;
    @FXML private BarChart<Number, String> salaryChart;
    @FXML private NumberAxis salaryAxis;
    @FXML private VBox facts;

    public CareerController(ProfileModel profile, SkillsModel skills, Messages messages, Formats formats) {
        this.profile = profile;
        this.skills = skills;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        for (Level level : profile.guide().levels()) {
            LevelCard card = new LevelCard(level, messages, formats);
            cards.add(card);
            ladder.getChildren().add(card);
        }
        setUpPicker(currentLevel, profile.currentLevel(), profile::setCurrentLevel);
        setUpPicker(targetLevel, profile.targetLevel(), profile::setTargetLevel);
        profile.currentLevel().addListener((obs, old, now) -> markLevels());
        profile.targetLevel().addListener((obs, old, now) -> markLevels());
        skills.revision().addListener((obs, old, now) -> markLevels());
        fillChart();
        facts.getChildren().setAll(new MarketFactsPane(profile.guide(), messages, formats).nodes());
        markLevels();
    }

    private void setUpPicker(ComboBox<String> picker, ReadOnlyObjectProperty<Optional<Level>> chosen,
                             Consumer<Optional<Level>> onPick) {
        picker.getItems().add(NOT_SET);
        profile.guide().levels().forEach(level -> picker.getItems().add(level.id()));
        picker.setConverter(DisplayText.of(id -> id.equals(NOT_SET)
                ? messages.get("career.notSet")
                : profile.guide().level(id).map(Level::title).orElse(id)));
        picker.setValue(idOf(chosen.get()));
        picker.valueProperty().addListener((obs, old, id) ->
                onPick.accept(id == null ? Optional.empty() : profile.guide().level(id)));
        // The model may change without the picker, e.g. when a failed save is rolled back.
        chosen.addListener((obs, old, now) -> picker.setValue(idOf(now)));
    }

    private static String idOf(Optional<Level> level) {
        return level.map(Level::id).orElse(NOT_SET);
    }

    private void markLevels() {
        Optional<Level> current = profile.currentLevel().get();
        Optional<Level> target = profile.targetLevel().get();
        cards.forEach(card -> card.mark(current.map(card.level()::equals).orElse(false),
                target.map(card.level()::equals).orElse(false)));
        cards.forEach(card -> card.showGaps(target.filter(card.level()::equals).map(this::gaps).orElse(List.of())));
        gapLabel.setText(gapText(current, target));
    }

    /** What the level expects that the user's ratings do not show yet: "SQL: you 2, expected 3". */
    private List<String> gaps(Level level) {
        return profile.guide().skills().stream()
                .filter(s -> skills.rating(s.id()) < s.expectedByLevel().getOrDefault(level.id(), 0))
                .map(s -> messages.get("career.gap.skill", s.name(), skills.rating(s.id()),
                        s.expectedByLevel().get(level.id())))
                .toList();
    }

    private String gapText(Optional<Level> current, Optional<Level> target) {
        if (current.isEmpty() || target.isEmpty()) {
            return messages.get("career.gap.pick");
        }
        int steps = target.get().rank() - current.get().rank();
        if (steps <= 0) {
            return messages.get("career.gap.reached");
        }
        int raise = target.get().salaryMedianUsd() - current.get().salaryMedianUsd();
        return messages.get("career.gap", steps, formats.usd(raise));
    }

    private void fillChart() {
        XYChart.Series<Number, String> median = new XYChart.Series<>();
        median.setName(messages.get("career.chart.median"));
        XYChart.Series<Number, String> average = new XYChart.Series<>();
        average.setName(messages.get("career.chart.average"));
        for (Level level : profile.guide().levels()) {
            median.getData().add(new XYChart.Data<>(level.salaryMedianUsd(), level.title()));
            average.getData().add(new XYChart.Data<>(level.salaryAverageUsd(), level.title()));
        }
        salaryChart.getData().setAll(List.of(median, average));
        salaryAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return messages.get("career.chart.tick", Math.round(value.doubleValue() / 1000));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
    }
}
