package app.stepwise.ui.skills;

import app.stepwise.content.Level;
import app.stepwise.content.Milestone;
import app.stepwise.content.RatingLevel;
import app.stepwise.content.Skill;
import app.stepwise.content.SkillKind;
import app.stepwise.store.Project;
import app.stepwise.store.SkillRating;
import app.stepwise.ui.career.ProfileModel;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.NodeIds;
import app.stepwise.ui.common.RadarChart;
import app.stepwise.ui.portfolio.PortfolioModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/** Rate each skill 0–5, see it against the target level on a radar chart, its history and its evidence. */
public final class SkillsController {

    private static final String NONE = "";

    private final SkillsModel model;
    private final ProfileModel profile;
    private final PortfolioModel portfolio;
    private final Messages messages;
    private final RadarChart radar = new RadarChart(5);
    private String selected;
    private boolean showing;

    @FXML private Label subtitle;
    @FXML private VBox skillRows;
    @FXML private ComboBox<String> compareLevel;
    @FXML private VBox radarBox;
    @FXML private Label legend;
    @FXML private VBox detail;

    public SkillsController(SkillsModel model, ProfileModel profile, PortfolioModel portfolio, Messages messages) {
        this.model = model;
        this.profile = profile;
        this.portfolio = portfolio;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        radar.setId("skillsRadar");
        radarBox.getChildren().setAll(radar);
        compareLevel.getItems().add(NONE);
        model.guide().levels().forEach(l -> compareLevel.getItems().add(l.id()));
        compareLevel.setConverter(DisplayText.of(id -> id.equals(NONE) ? messages.get("skills.compare.none")
                : model.guide().level(id).map(Level::title).orElse(id)));
        compareLevel.setValue(NONE);
        compareLevel.valueProperty().addListener((obs, old, now) -> refresh());
        model.revision().addListener((obs, old, now) -> refresh());
        profile.targetLevel().addListener((obs, old, now) -> refresh());
        portfolio.projects().addListener((ListChangeListener<Project>) c -> showDetail());
        selected = model.guide().skills().get(0).id();
        refresh();
    }

    /** Shows a skill, e.g. when a next-best action asks to rate it. */
    public void select(String skillId) {
        selected = skillId;
        refresh();
    }

    private void refresh() {
        showing = true;
        Optional<Level> target = profile.targetLevel().get();
        subtitle.setText(target.map(l -> messages.get("skills.subtitle.target", l.title()))
                .orElse(messages.get("skills.subtitle.noTarget")));
        List<Node> rows = new ArrayList<>();
        for (SkillKind kind : SkillKind.values()) {
            Label heading = new Label(messages.get("skills.kind." + kind.name().toLowerCase(java.util.Locale.ROOT)));
            heading.getStyleClass().add("section-title");
            rows.add(heading);
            model.guide().skills().stream().filter(s -> s.kind() == kind).forEach(s -> rows.add(row(s, target)));
        }
        skillRows.getChildren().setAll(rows);
        showRadar(target);
        showDetail();
        showing = false;
    }

    private Node row(Skill skill, Optional<Level> target) {
        Label name = new Label(skill.name());
        name.getStyleClass().add("milestone-title");
        name.setWrapText(true);
        Label expects = new Label(target.map(l -> messages.get("skills.expects", l.title(),
                skill.expectedByLevel().getOrDefault(l.id(), 0))).orElse(""));
        expects.getStyleClass().add("muted");
        expects.setWrapText(true);
        VBox text = new VBox(2, name, expects);
        HBox.setHgrow(text, Priority.ALWAYS);
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(2);
        int current = model.rating(skill.id());
        for (int value = 0; value <= 5; value++) {
            int rating = value;
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId(NodeIds.of("rate", skill.id()) + "-" + value);
            button.setToggleGroup(group);
            button.getStyleClass().add("rating-button");
            RatingLevel level = model.guide().rating(value).orElseThrow();
            button.setAccessibleText(messages.get("skills.rate.accessible", skill.name(), value, level.title()));
            button.setTooltip(new javafx.scene.control.Tooltip(value + " · " + level.title() + ": " + level.meaning()));
            button.setSelected(model.ratings().containsKey(skill.id()) && current == value);
            button.setOnAction(e -> {
                selected = skill.id();
                if (!showing) {
                    model.rate(skill.id(), rating);
                }
                button.setSelected(true);
            });
            buttons.getChildren().add(button);
        }
        HBox row = new HBox(10, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(skill.id().equals(selected) ? "skill-row-selected" : "skill-row");
        row.setId(NodeIds.of("skillRow", skill.id()));
        row.setOnMouseClicked(e -> select(skill.id()));
        return row;
    }

    private void showRadar(Optional<Level> target) {
        List<Skill> skills = model.guide().skills();
        List<String> axes = skills.stream().map(Skill::name).toList();
        List<RadarChart.Series> series = new ArrayList<>();
        target.ifPresent(level -> series.add(new RadarChart.Series(level.title(), expected(skills, level), "radar-target")));
        Optional.ofNullable(compareLevel.getValue()).filter(id -> !id.equals(NONE)).flatMap(model.guide()::level)
                .ifPresent(level -> series.add(new RadarChart.Series(level.title(), expected(skills, level),
                        "radar-compare")));
        series.add(new RadarChart.Series(messages.get("skills.radar.you"),
                skills.stream().map(s -> (double) model.rating(s.id())).toList(), "radar-you"));
        radar.show(axes, series);
        radar.setAccessibleText(skills.stream().map(s -> s.name() + " " + model.rating(s.id()))
                .collect(Collectors.joining(", ")));
        legend.setText(messages.get("skills.legend"));
    }

    private static List<Double> expected(List<Skill> skills, Level level) {
        return skills.stream().map(s -> (double) s.expectedByLevel().getOrDefault(level.id(), 0)).toList();
    }

    private void showDetail() {
        Skill skill = model.guide().skill(selected).orElseThrow();
        Label title = new Label(skill.name());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label description = new Label(skill.description());
        description.setWrapText(true);
        List<Node> nodes = new ArrayList<>(List.of(title, description, heading("skills.scale")));
        for (RatingLevel level : model.guide().ratingScale()) {
            Label line = new Label(level.rating() + " · " + level.title() + " — " + level.meaning());
            line.setWrapText(true);
            line.getStyleClass().add("muted");
            nodes.add(line);
        }
        nodes.add(heading("skills.history"));
        List<SkillRating> history = model.history(skill.id());
        if (history.isEmpty()) {
            nodes.add(muted(messages.get("skills.history.none")));
        }
        history.stream().skip(Math.max(0, history.size() - 8))
                .forEach(r -> nodes.add(muted(messages.get("skills.history.item", r.ratedOn().toString(), r.rating()))));
        nodes.add(heading("skills.evidence"));
        List<String> projects = portfolio.projects().stream().filter(p -> p.linkedSkillIds().contains(skill.id()))
                .map(Project::title).toList();
        nodes.add(muted(projects.isEmpty() ? messages.get("skills.evidence.noProjects")
                : messages.get("skills.evidence.projects", String.join(", ", projects))));
        nodes.add(milestonePicker(skill));
        detail.getChildren().setAll(nodes);
    }

    private Node milestonePicker(Skill skill) {
        CheckComboBox<String> picker = new CheckComboBox<>();
        picker.setId("skillMilestones");
        picker.setTitle(messages.get("skills.evidence.milestones"));
        picker.setAccessibleText(messages.get("skills.evidence.milestones"));
        picker.getItems().setAll(model.guide().steps().stream().flatMap(s -> s.milestones().stream())
                .map(Milestone::id).toList());
        picker.setConverter(DisplayText.of(id -> model.guide().milestone(id).map(Milestone::title).orElse(id)));
        model.linkedMilestones(skill.id()).forEach(id -> picker.getCheckModel().check(id));
        picker.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(id -> model.linkMilestone(skill.id(), id, true));
                change.getRemoved().forEach(id -> model.linkMilestone(skill.id(), id, false));
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
