package app.stepwise.ui.portfolio;

import app.stepwise.planning.WebLink;
import java.util.function.Consumer;

/** Opens a link in the system browser only when it is an http or https address with a host. */
public final class LinkOpener {

    private final Consumer<String> browser;

    /** @param browser shows a web address, e.g. {@code HostServices::showDocument} */
    public LinkOpener(Consumer<String> browser) {
        this.browser = browser;
    }

    /** @return whether the link was handed to the browser */
    public boolean open(String link) {
        return WebLink.openable(link).map(uri -> {
            browser.accept(uri.toString());
            return true;
        }).orElse(false);
    }
}
