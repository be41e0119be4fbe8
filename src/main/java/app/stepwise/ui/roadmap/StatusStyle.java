package app.stepwise.ui.roadmap;

import app.stepwise.store.StepStatus;
import java.util.Locale;

/** The message key and CSS class for each step status. */
final class StatusStyle {

    private StatusStyle() {
    }

    static String key(StepStatus status) {
        return "status." + cssName(status);
    }

    static String styleClass(StepStatus status) {
        return "status-" + cssName(status);
    }

    private static String cssName(StepStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
