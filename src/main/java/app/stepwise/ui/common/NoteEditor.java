package app.stepwise.ui.common;

import java.util.function.BiConsumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
        // Tab leaves the note, as in every other field; Ctrl+Tab still does (TextArea's own binding).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
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

    /** Shows the stored text again unless the user is typing here (after a failed save was rolled back). */
    public void showStored(String text) {
        if (!isFocused() && !text.equals(getText())) {
            edit(subjectId, text);
        }
    }

    public void flush() {
        debouncer.flush();
    }
}
