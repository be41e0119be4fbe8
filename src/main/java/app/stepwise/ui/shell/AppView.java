package app.stepwise.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The views the sidebar offers, with their Ctrl+digit shortcut. */
public enum AppView {
    HOME("home", KeyCode.DIGIT1),
    ROADMAP("roadmap", KeyCode.DIGIT2),
    PLAN("plan", KeyCode.DIGIT3),
    STUDY_LOG("log", KeyCode.DIGIT4),
    PORTFOLIO("portfolio", KeyCode.DIGIT5),
    SKILLS("skills", KeyCode.DIGIT6),
    READINESS("readiness", KeyCode.DIGIT7),
    CAREER("career", KeyCode.DIGIT8),
    DATA("data", KeyCode.DIGIT9);

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

    /** The shortcut as this platform writes it: "Ctrl+1", or "⌘1" on macOS. */
    public String shortcutText() {
        return new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    public String titleKey() {
        return "nav." + id;
    }

    public static Optional<AppView> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
