package app.stepwise.ui.roadmap;

import app.stepwise.store.StepStatus;
import app.stepwise.ui.common.Messages;
import java.util.Locale;
import javafx.scene.control.Label;

/** The message key and CSS class for each step status. */
final class StatusStyle {

    private StatusStyle() {
    }

    /** Shows {@code status} on a badge label. */
    static void apply(Label badge, StepStatus status, Messages messages) {
        badge.setText(messages.get(key(status)));
        badge.getStyleClass().setAll("label", "status-badge", styleClass(status));
    }

    static String key(StepStatus status) {
        return "status." + cssName(status);
    }

    private static String styleClass(StepStatus status) {
        return "status-" + cssName(status);
    }

    private static String cssName(StepStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
