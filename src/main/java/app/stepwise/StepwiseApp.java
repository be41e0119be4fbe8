package app.stepwise;

import app.stepwise.store.DataFolder;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.StoreProblems;
import app.stepwise.ui.common.Theme;
import app.stepwise.ui.common.SaveDialog;
import app.stepwise.ui.shell.DesktopServices;
import app.stepwise.ui.shell.MainWindow;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: opens the data off the FX thread, then shows the window or a plain message. */
public final class StepwiseApp extends Application {

    private static final Logger LOG = Logger.getLogger(StepwiseApp.class.getName());

    private final Messages messages = Messages.load();
    private AppContext context;
    private Exception startupProblem;
    private MainWindow window;
    private long openMillis;

    @Override
    public void init() {
        try {
            CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
            Path folder = DataFolder.resolve(commandLine.dataDir());
            logTo(folder);
            long opening = System.nanoTime();
            context = AppContext.open(folder);
            openMillis = (System.nanoTime() - opening) / 1_000_000;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Stepwise could not start", e);
            startupProblem = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null) {
            showStartupProblem();
            return;
        }
        try {
            window = MainWindow.show(context, stage, messages, Clock.systemDefaultZone(),
                    new DesktopServices(getHostServices()::showDocument, SaveDialog.system()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The window could not be built", e);
            startupProblem = e;
            showStartupProblem();
            return;
        }
        reportStartupTime();
    }

    /** Logs how long the window took to appear; {@code -Dstepwise.benchmark=true} then quits (for the benchmark). */
    private void reportStartupTime() {
        Platform.runLater(() -> {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info(() -> "Window shown " + sinceJvmStart + " ms after the JVM started");
            if (Boolean.getBoolean("stepwise.benchmark")) {
                System.out.println("startup-ms " + sinceJvmStart + " open-data-ms " + openMillis);
                Platform.exit();
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
    }

    private void showStartupProblem() {
        Theme.apply(false);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("problem.start.header"));
        Label text = new Label(StoreProblems.atStart(startupProblem, messages));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        Platform.exit();
    }

    /** Details of failures go to {@code stepwise.log} in the data folder, when it can be written. */
    private static void logTo(Path folder) {
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("stepwise.log").toString(), 1_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            Logger.getLogger("app.stepwise").addHandler(handler);
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            LOG.log(Level.WARNING, "No log file in " + folder, e);
        }
    }
}
