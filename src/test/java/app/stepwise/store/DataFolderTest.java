package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesAbsoluteXdgDataHome() {
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "/data/ann"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ann/stepwise"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetBlankOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/stepwise");
        assertThat(DataFolder.defaultFor(Map.of(), "Linux", HOME)).isEqualTo(expected);
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "  "), "Linux", HOME)).isEqualTo(expected);
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME)).isEqualTo(expected);
    }

    @Test
    void otherUnixLikeSystemsFollowTheLinuxRule() {
        assertThat(DataFolder.defaultFor(Map.of(), "FreeBSD", HOME)).isEqualTo(Path.of("/home/ann/.local/share/stepwise"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", Path.of("/Users/ann")))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Stepwise"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ann\\AppData\\Roaming";
        assertThat(DataFolder.defaultFor(Map.of("APPDATA", appData), "Windows 11", HOME))
                .isEqualTo(Path.of(appData).resolve("Stepwise"));
    }

    @Test
    void windowsFallsBackToRoamingUnderTheHomeFolder() {
        assertThat(DataFolder.defaultFor(Map.of(), "Windows 10", HOME))
                .isEqualTo(Path.of("/home/ann/AppData/Roaming/Stepwise"));
    }

    @Test
    void resolvePrefersTheOverrideMadeAbsolute() {
        assertThat(DataFolder.resolve(Optional.of(Path.of("/tmp/x/../data")))).isEqualTo(Path.of("/tmp/data"));
        assertThat(DataFolder.resolve(Optional.of(Path.of("rel")))).isAbsolute();
    }

    @Test
    void resolveWithoutOverrideGivesThisMachinesDefaultWithoutCreatingIt() {
        Path folder = DataFolder.resolve(Optional.empty());
        assertThat(folder).isAbsolute();
        assertThat(folder.getFileName().toString()).isEqualToIgnoringCase("stepwise");
    }
}
