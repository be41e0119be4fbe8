package app.stepwise.planning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only links Stepwise stores, exports or opens: absolute http or https URIs with a host. Anything a browser
 * would run or read locally ({@code javascript:}, {@code file:}, {@code data:} …) is refused by its scheme.
 */
public final class WebLink {

    /** Why a text is not an acceptable link. */
    public enum LinkProblem {
        /**
         * Not a URI with a scheme. A bare domain ({@code www.example.com}, {@code example.com:8080}) lands here
         * too rather than being guessed at: the message should say to start the link with https://.
         */
        NOT_A_LINK,
        /** A URI, but not http or https. */
        SCHEME_NOT_ALLOWED,
        /** http or https without a host ({@code http://}, {@code https:///path}, {@code http:/x}). */
        NO_HOST
    }

    // RFC 3986 scheme; a "scheme" followed by digits is a host and port typed without one (localhost:8080)
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?!\\d)");

    private WebLink() {
    }

    /** Empty for blank text (no link) and for a good link; surrounding whitespace is ignored. */
    public static Optional<LinkProblem> problem(String text) {
        String link = text.strip();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(link);
        if (!scheme.find()) {
            return Optional.of(LinkProblem.NOT_A_LINK);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https")) {
            return Optional.of(LinkProblem.SCHEME_NOT_ALLOWED);
        }
        String host = authority(link.substring(scheme.end()));
        if (!isHostName(host)) {
            return Optional.of(LinkProblem.NO_HOST); // before parsing: java.net.URI rejects "http://" as a syntax error
        }
        try {
            new URI(link);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(LinkProblem.NOT_A_LINK);
        }
    }

    /** The URI to hand to a browser, only when the text is a non-blank link without a problem. */
    public static Optional<URI> openable(String text) {
        String link = text.strip();
        if (link.isEmpty() || problem(link).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(link));
    }

    /**
     * A host needs a letter or digit and no escapes: "%20", "." and "-" name no machine (spaces are left to
     * the parser, which calls such text no link at all). Names in
     * any script pass (the browser turns them into punycode); IPv6 literals come in brackets.
     */
    private static boolean isHostName(String host) {
        if (host.isBlank() || host.contains("%")) {
            return false;
        }
        return host.startsWith("[") || host.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The host part of what follows "scheme:", without user info and port; empty when there is none. */
    private static String authority(String afterScheme) {
        if (!afterScheme.startsWith("//")) {
            return "";
        }
        String rest = afterScheme.substring(2);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return port >= 0 && !host.endsWith("]") ? host.substring(0, port) : host;
    }
}
