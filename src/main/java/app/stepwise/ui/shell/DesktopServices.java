package app.stepwise.ui.shell;

import app.stepwise.ui.common.SaveDialog;
import java.util.function.Consumer;

/**
 * What the app asks of the desktop: showing a web page and asking where to save a file. Tests pass
 * recorders instead.
 *
 * @param browser shows a web address in the system browser
 */
public record DesktopServices(Consumer<String> browser, SaveDialog saveDialog) {
}
