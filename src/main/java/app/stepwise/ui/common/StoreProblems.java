package app.stepwise.ui.common;

import app.stepwise.content.ContentException;
import app.stepwise.store.StoreException;
import java.util.Locale;

/** Plain-language text for what can go wrong with the data; the details go to the log, not the user. */
public final class StoreProblems {

    private StoreProblems() {
    }

    /** Why Stepwise cannot start, and what the user can do about it. */
    public static String atStart(Throwable problem, Messages messages) {
        if (problem instanceof StoreException store) {
            return messages.get("problem.start." + key(store), store.path());
        }
        if (problem instanceof ContentException content) {
            return messages.get("problem.start.content", content.getMessage());
        }
        return messages.get("problem.start.unknown");
    }

    /** Why the last change was not saved. */
    public static String whileSaving(Throwable problem, Messages messages) {
        if (problem instanceof StoreException store) {
            return messages.get("problem.save." + key(store), store.path());
        }
        return messages.get("problem.save.failed", "");
    }

    private static String key(StoreException e) {
        return e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
