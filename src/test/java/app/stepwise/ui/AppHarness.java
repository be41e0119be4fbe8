package app.stepwise.ui;

import app.stepwise.AppContext;
import app.stepwise.store.Database;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.ProfileRepository;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.shell.DesktopServices;
import app.stepwise.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts Stepwise the way {@code StepwiseApp} does (open the data off the FX thread, then build the window)
 * on a test folder, and closes it the same way, so a test can "restart the app" on the same data.
 */
public final class AppHarness {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));

    /** Addresses the app asked the system browser to show. */
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    /** Where the save dialog "chooses" to save; null stands for the user cancelling. */
    public Path saveTarget;
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens the app on {@code folder}, as a user starting Stepwise would, without the first-start welcome. */
    public void open(Path folder) throws Exception {
        try (Database database = Database.open(folder)) {
            ProfileRepository profiles = new ProfileRepository(database);
            if (!profiles.loadPlan().welcomeDone()) {
                profiles.savePlan(new PlanProfile(Optional.empty(), Optional.empty(), Optional.empty(), true));
            }
        }
        openAsIs(folder);
    }

    /** Opens the app on {@code folder} exactly as it is (a new folder shows the welcome). */
    public void openAsIs(Path folder) throws Exception {
        context = AppContext.open(folder);
        AtomicReference<MainWindow> opened = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            opened.set(MainWindow.show(context, stage, Messages.load(), CLOCK,
                    new DesktopServices(openedLinks::add, (owner, title, name) -> Optional.ofNullable(saveTarget))));
            stage.toFront();
        });
        window = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as quitting would: pending edits saved, window state stored, database closed. */
    public void close() throws Exception {
        if (window == null) {
            return;
        }
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.close();
        });
        context.close();
        window = null;
    }

    public void restart(Path folder) throws Exception {
        close();
        open(folder);
    }

    /** Waits until every change made so far is in the database. */
    public void awaitSaves() {
        WaitForAsyncUtils.waitForFxEvents();
        window.awaitSaves();
        WaitForAsyncUtils.waitForFxEvents();
    }

    public AppContext context() {
        return context;
    }

    public MainWindow window() {
        return window;
    }
}
