package app.stepwise.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/** The views the sidebar offers, with their Ctrl+digit shortcut. */
public enum AppView {
    ROADMAP("roadmap", KeyCode.DIGIT1),
    CAREER("career", KeyCode.DIGIT2);

    private final String id;
    private final KeyCode shortcut;

    AppView(String id, KeyCode shortcut) {
        this.id = id;
        this.shortcut = shortcut;
    }

    public String id() {
        return id;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    public String titleKey() {
        return "nav." + id;
    }

    public static Optional<AppView> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
