package app.stepwise.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkOpenerTest {

    private final List<String> shown = new ArrayList<>();
    private final LinkOpener opener = new LinkOpener(shown::add);

    @Test
    void webAddressesGoToTheBrowser() {
        assertThat(opener.open(" https://github.com/me/api ")).isTrue();
        assertThat(opener.open("http://localhost:8080/health")).isTrue();
        assertThat(shown).containsExactly("https://github.com/me/api", "http://localhost:8080/health");
    }

    @Test
    void nothingElseIsEverOpened() {
        for (String link : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://files.example.org/a",
                "mailto:me@example.org", "data:text/html,hi", "https://", "www.example.org", "")) {
            assertThat(opener.open(link)).as(link).isFalse();
        }
        assertThat(shown).isEmpty();
    }
}
