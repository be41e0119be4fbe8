package app.stepwise.ui.common;

import java.util.function.BiConsumer;
import javafx.scene.control.TextArea;
import javafx.util.Duration;

/**
 * A text area whose text is saved shortly after typing pauses and whenever it loses focus, so a crash
 * loses at most the last moments of typing.
 */
public final class NoteEditor extends TextArea {

    private static final Duration QUIET_TIME = Duration.millis(700);

    private final Debouncer debouncer = new Debouncer(QUIET_TIME);
    private String subjectId;
    private boolean loading;

    /** @param save receives the subject id and the full text */
    public NoteEditor(BiConsumer<String, String> save) {
        setWrapText(true);
        setPrefRowCount(3);
        getStyleClass().add("note-editor");
        textProperty().addListener((obs, old, text) -> {
            if (!loading && subjectId != null) {
                String id = subjectId;
                debouncer.schedule(() -> save.accept(id, text));
            }
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                debouncer.flush();
            }
        });
    }

    /** Shows the note of another subject, saving what was typed for the previous one first. */
    public void edit(String subjectId, String text) {
        debouncer.flush();
        this.subjectId = subjectId;
        loading = true;
        setText(text);
        loading = false;
    }

    public void flush() {
        debouncer.flush();
    }
}
