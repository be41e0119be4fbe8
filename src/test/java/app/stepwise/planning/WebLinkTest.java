package app.stepwise.planning;

import static app.stepwise.planning.WebLink.LinkProblem.NOT_A_LINK;
import static app.stepwise.planning.WebLink.LinkProblem.NO_HOST;
import static app.stepwise.planning.WebLink.LinkProblem.SCHEME_NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/ana/task-api", "http://example.com", "HTTPS://Example.COM/Path?q=1#top",
            "  https://tasks.example.com/app  ", "https://user@example.com:8443/x", "http://[::1]:8080/",
            "https://bücher.example/ü", "https://my_site.example.com"})
    void httpAndHttpsLinksWithAHostAreFine(String link) {
        assertThat(WebLink.problem(link)).isEmpty();
        assertThat(WebLink.openable(link)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankIsNoLinkAndNoProblemButNothingToOpen(String blank) {
        assertThat(WebLink.problem(blank)).isEmpty();
        assertThat(WebLink.openable(blank)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "ftp://x.org",
            "mailto:a@b.c", "data:text/html,x", "vbscript:msgbox", "ssh://git@github.com/a/b"})
    void otherSchemesAreRefused(String link) {
        assertThat(WebLink.problem(link)).contains(SCHEME_NOT_ALLOWED);
        assertThat(WebLink.openable(link)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https:///path", "http:/x", "http:example.com", "https://user@:443/", "http://?q=1"})
    void httpWithoutAHostIsRefused(String link) {
        assertThat(WebLink.problem(link)).contains(NO_HOST);
        assertThat(WebLink.openable(link)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a link", "www.example.com", "example.com/path", "localhost:8080", "example.com:8080/x",
            "//example.com", "https://exa mple.com", "https://example.com/a b", "https://example.com/%zz"})
    void textWithoutASchemeOrThatDoesNotParseIsNotALink(String text) {
        assertThat(WebLink.problem(text)).contains(NOT_A_LINK);
        assertThat(WebLink.openable(text)).isEmpty();
    }

    @Test
    void openableGivesTheTrimmedUri() {
        assertThat(WebLink.openable("  https://example.com/a?b=c  ")).contains(URI.create("https://example.com/a?b=c"));
    }

    @org.junit.jupiter.api.Test
    void hostsThatNameNoMachineAreRefused() {
        for (String link : java.util.List.of("https://%20/", "http://./", "https://-/", "http://_")) {
            org.assertj.core.api.Assertions.assertThat(WebLink.problem(link)).as(link)
                    .contains(WebLink.LinkProblem.NO_HOST);
        }
    }
}
