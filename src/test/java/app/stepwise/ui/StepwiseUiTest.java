package app.stepwise.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Base of the headless UI tests: a fresh data folder per test and the app closed after it. */
abstract class StepwiseUiTest extends FxRobot {

    protected final AppHarness app = new AppHarness();
    @TempDir protected Path dataFolder;

    @BeforeAll
    static void toolkit() throws Exception {
        AppHarness.startToolkit();
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }
}
