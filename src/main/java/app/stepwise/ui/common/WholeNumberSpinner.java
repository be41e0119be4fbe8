package app.stepwise.ui.common;

import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;

/**
 * A counter that accepts whole numbers from 0 up and nothing else: other keys are refused with a hint,
 * and a value is committed by the arrows, Enter or leaving the field.
 */
public final class WholeNumberSpinner extends Spinner<Integer> {

    public static final int MAX = 999_999;
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(0, MAX, 0);
    private final Tooltip hint;
    private IntConsumer onCommit = value -> { };
    private boolean showing;

    public WholeNumberSpinner(String refusedHint) {
        setValueFactory(factory);
        setEditable(true);
        setPrefWidth(110);
        hint = new Tooltip(refusedHint);
        getEditor().setTextFormatter(new TextFormatter<>(change -> {
            if (change.getControlNewText().matches("\\d{0,6}")) {
                pseudoClassStateChanged(REFUSED, false);
                hint.hide();
                return change;
            }
            refuse();
            return null;
        }));
        valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null && !value.equals(old)) {
                onCommit.accept(value);
            }
        });
        getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitTyped();
            }
        });
        getEditor().setOnAction(e -> commitTyped());
    }

    public void setOnCommit(IntConsumer onCommit) {
        this.onCommit = onCommit;
    }

    /** Shows a stored value without reporting it as a new commit. */
    public void show(int value) {
        showing = true;
        factory.setValue(value);
        getEditor().setText(Integer.toString(value));
        showing = false;
    }

    /** Commits what is typed; an empty field goes back to the current value. */
    public void commitTyped() {
        String text = getEditor().getText();
        if (text == null || text.isBlank()) {
            getEditor().setText(Integer.toString(getValue()));
            return;
        }
        factory.setValue(Math.min(MAX, Integer.parseInt(text)));
    }

    public boolean isShowingRefusal() {
        return getPseudoClassStates().contains(REFUSED);
    }

    private void refuse() {
        pseudoClassStateChanged(REFUSED, true);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            var point = localToScreen(0, getHeight());
            if (point != null) {
                hint.show(this, point.getX(), point.getY() + 2);
            }
        }
    }
}
