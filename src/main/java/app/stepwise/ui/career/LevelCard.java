package app.stepwise.ui.career;

import app.stepwise.content.Level;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.NodeIds;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One rung of the ladder, marked when it is the user's current or target level. */
final class LevelCard extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private final Level level;
    private final Messages messages;
    private final Label currentBadge;
    private final Label targetBadge;
    private final VBox gapBox = new VBox(2);

    LevelCard(Level level, Messages messages, Formats formats) {
        this.level = level;
        this.messages = messages;
        getStyleClass().add("level-card");
        setId(NodeIds.of("level", level.id()));
        setSpacing(6);
        Label rank = new Label(Integer.toString(level.rank()));
        rank.getStyleClass().add("step-number");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(level.title());
        title.getStyleClass().add("level-title");
        Label years = new Label(formats.years(level));
        years.getStyleClass().addAll("status-badge", "years-badge");
        currentBadge = badge("career.badge.current", "badge-current");
        targetBadge = badge("career.badge.target", "badge-target");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, rank, title, years, gap, currentBadge, targetBadge);
        head.setAlignment(Pos.CENTER_LEFT);
        Label pay = new Label(messages.get("career.pay", formats.usd(level.salaryMedianUsd()),
                formats.usd(level.salaryAverageUsd())));
        pay.getStyleClass().add("pay");
        Label scope = new Label(level.scope());
        scope.setWrapText(true);
        scope.getStyleClass().add("paragraph");
        Label focusTitle = new Label(messages.get("career.focus"));
        focusTitle.getStyleClass().add("muted");
        FlowPane focus = new FlowPane(6, 6);
        level.focusAreas().forEach(area -> {
            Label chip = new Label(area);
            chip.getStyleClass().add("chip");
            chip.setWrapText(true);
            focus.getChildren().add(chip);
        });
        getChildren().addAll(head, pay, scope, focusTitle, focus);
        gapBox.setId(NodeIds.of("gaps", level.id()));
        setAccessibleText(messages.get("career.level.accessible", level.title(), formats.years(level),
                formats.usd(level.salaryMedianUsd()), formats.usd(level.salaryAverageUsd())));
    }

    /** Lists what this level expects that the user does not show yet (only on the target level). */
    void showGaps(java.util.List<String> gaps) {
        getChildren().remove(gapBox);
        gapBox.getChildren().clear();
        if (!gaps.isEmpty()) {
            Label heading = new Label(messages.get("career.gaps.title", gaps.size()));
            heading.getStyleClass().add("subsection-title");
            gapBox.getChildren().add(heading);
            gaps.forEach(gap -> {
                Label line = new Label("• " + gap);
                line.setWrapText(true);
                gapBox.getChildren().add(line);
            });
            getChildren().add(gapBox);
        }
    }

    Level level() {
        return level;
    }

    void mark(boolean current, boolean target) {
        show(currentBadge, current);
        show(targetBadge, target);
        pseudoClassStateChanged(CURRENT, current);
        pseudoClassStateChanged(TARGET, target);
    }

    private Label badge(String key, String styleClass) {
        Label badge = new Label(messages.get(key));
        badge.getStyleClass().addAll("status-badge", styleClass);
        badge.setId(NodeIds.of(styleClass, level.id()));
        show(badge, false);
        return badge;
    }

    private static void show(Label badge, boolean visible) {
        badge.setVisible(visible);
        badge.setManaged(visible);
    }
}
