package app.stepwise.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A strip at the bottom of the window for short news: "Step reset — Undo", or a save that failed.
 * It hides itself after a while; errors stay until dismissed.
 */
public final class Banner extends HBox {

    private static final Duration SHOW_TIME = Duration.seconds(12);

    private final Label text = new Label();
    private final Button action = new Button();
    private final Button close = new Button("×");
    private final PauseTransition hideLater = new PauseTransition(SHOW_TIME);

    public Banner(Messages messages) {
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        text.setWrapText(true);
        text.setId("bannerText");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        action.setId("bannerAction");
        close.getStyleClass().add("flat");
        close.setAccessibleText(messages.get("banner.close"));
        close.setOnAction(e -> hide());
        hideLater.setOnFinished(e -> hide());
        getChildren().addAll(text, action, close);
        // Keep the message while the user is on it with the keyboard.
        focusWithinProperty().addListener((obs, was, within) -> {
            if (within) {
                hideLater.stop();
            } else if (isVisible() && !getStyleClass().contains("banner-error")) {
                hideLater.playFromStart();
            }
        });
        hide();
    }

    public void info(String message) {
        show(message, false);
        action.setVisible(false);
        action.setManaged(false);
    }

    /** Shows {@code message} with a button that runs {@code onAction} once and closes the banner. */
    public void offer(String message, String actionLabel, Runnable onAction) {
        show(message, false);
        action.setText(actionLabel);
        action.setAccessibleText(actionLabel);
        action.setVisible(true);
        action.setManaged(true);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
    }

    public void error(String message) {
        show(message, true);
        action.setVisible(false);
        action.setManaged(false);
    }

    /** Runs the offered action (Ctrl+Z for Undo) when one is showing. */
    public void runAction() {
        if (isVisible() && action.isVisible()) {
            action.fire();
        }
    }

    private void show(String message, boolean isError) {
        text.setText(message);
        getStyleClass().remove("banner-error");
        if (isError) {
            getStyleClass().add("banner-error");
            hideLater.stop();
        } else {
            hideLater.playFromStart();
        }
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        hideLater.stop();
        setVisible(false);
        setManaged(false);
    }
}
