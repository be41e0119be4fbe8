package app.stepwise.ui.log;

import app.stepwise.store.StudySession;
import app.stepwise.ui.common.Messages;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Opens the log dialog (Ctrl+L from any view, or from the study log) and saves what it returns. */
public final class QuickLog {

    private final StudyLogModel model;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> suggestedStep;
    private final Supplier<Window> owner;

    /** @param suggestedStep the step a new session starts on, e.g. the one in progress */
    public QuickLog(StudyLogModel model, Messages messages, Clock clock, Supplier<String> suggestedStep,
                    Supplier<Window> owner) {
        this.model = model;
        this.messages = messages;
        this.clock = clock;
        this.suggestedStep = suggestedStep;
        this.owner = owner;
    }

    /** Shows the dialog for a new session on {@code stepId} (e.g. interview practice); saves on Save. */
    public void openFor(String stepId) {
        new QuickLogDialog(owner.get(), model.guide(), messages, clock, Optional.empty(), stepId)
                .showAndWait()
                .ifPresent(model::save);
    }

    /** Shows the dialog for a new session, or for changing {@code editing}; saves on Save. */
    public void open(Optional<StudySession> editing) {
        new QuickLogDialog(owner.get(), model.guide(), messages, clock, editing, suggestedStep.get())
                .showAndWait()
                .ifPresent(model::save);
    }
}
