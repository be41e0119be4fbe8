package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void dataDirInBothSpellings() {
        assertThat(CommandLine.parse(List.of("--data-dir", "/tmp/a")).dataDir()).contains(Path.of("/tmp/a"));
        assertThat(CommandLine.parse(List.of("--data-dir=/tmp/b")).dataDir()).contains(Path.of("/tmp/b"));
        assertThat(CommandLine.parse(List.of()).dataDir()).isEmpty();
    }

    @Test
    void blankArgumentsFromTheMavenPluginAreIgnored() {
        assertThat(CommandLine.parse(List.of("")).dataDir()).isEmpty();
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir"))).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir="))).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour"))).hasMessageContaining("Unknown option: --colour");
    }

    @Test
    void commandsForScripts() {
        CommandLine report = CommandLine.parse(List.of("--report", "--json"));
        assertThat(report.report()).isTrue();
        assertThat(report.json()).isTrue();
        assertThat(report.isCommand()).isTrue();
        assertThat(CommandLine.parse(List.of("--check")).isCommand()).isTrue();
        assertThat(CommandLine.parse(List.of()).isCommand()).isFalse();
        assertThatThrownBy(() -> CommandLine.parse(List.of("--json"))).hasMessageContaining("--json goes with --report");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--check", "--report"))).hasMessageContaining("not both");
    }

    @Test
    void help() {
        assertThat(CommandLine.parse(List.of("--help")).help()).isTrue();
    }
}
