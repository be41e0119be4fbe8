package app.stepwise.ui.common;

/** Node ids built from content ids, which contain dots that CSS selectors would read as classes. */
public final class NodeIds {

    private NodeIds() {
    }

    public static String of(String prefix, String contentId) {
        return prefix + "-" + contentId.replace('.', '_');
    }
}
