package app.stepwise.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once typing pauses, so a text is saved while the user writes without a save per key. */
public final class Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public Debouncer(Duration quietTime) {
        pause = new PauseTransition(quietTime);
        pause.setOnFinished(e -> flush());
    }

    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    /** Runs the pending action now (on focus loss, view switch or close). */
    public void flush() {
        pause.stop();
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
