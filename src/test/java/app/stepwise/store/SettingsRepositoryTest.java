package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveAReopen() throws Exception {
        WindowState window = new WindowState(-1280.5, 40, 1100.25, 780, true);
        try (Database db = Database.open(dir)) {
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.get("theme")).isEmpty();
            assertThat(settings.windowState()).isEmpty();
            settings.put("theme", "light");
            settings.put("theme", "dark");
            settings.put("language", "de");
            settings.saveWindowState(window);
        }
        try (Database db = Database.open(dir)) {
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.get("theme")).contains("dark");
            assertThat(settings.windowState()).contains(window);
            settings.remove("language");
            assertThat(settings.get("language")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1;2;NaN;4;false", "1;2;-5;4;false", "1;2;800;0;false", "NaN;2;800;600;true",
            "1;2;Infinity;600;true", "1;2;800;600", "1;2;800;600;yes", "1,5;2;800;600;true", "garbage", ""})
    void unusableStoredWindowStatesReadAsEmpty(String stored) throws Exception {
        try (Database db = Database.open(dir)) {
            SettingsRepository settings = new SettingsRepository(db);
            settings.put(SettingsRepository.WINDOW_STATE_KEY, stored);
            assertThat(settings.windowState()).isEmpty();
        }
    }

    @Test
    void anUnusableWindowStateIsNotSavedAndTheLastGoodOneStays() throws Exception {
        try (Database db = Database.open(dir)) {
            SettingsRepository settings = new SettingsRepository(db);
            settings.saveWindowState(new WindowState(0, 0, Double.NaN, 600, false));
            assertThat(settings.windowState()).isEmpty();

            WindowState good = new WindowState(10, 20, 800, 600, false);
            settings.saveWindowState(good);
            settings.saveWindowState(new WindowState(10, 20, -1, 600, false));
            assertThat(settings.windowState()).contains(good);
        }
    }
}
