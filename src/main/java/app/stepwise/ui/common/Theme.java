package app.stepwise.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light or dark look: an AtlantaFX base theme plus the app's own stylesheet. */
public final class Theme {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    private static final String APP_CSS = "/app/stepwise/ui/stepwise.css";

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(APP_CSS).toExternalForm());
    }
}
