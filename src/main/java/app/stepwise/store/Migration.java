package app.stepwise.store;

import java.util.List;
import java.util.Objects;

/** One numbered schema step; its statements run in one transaction with {@code PRAGMA user_version = version}. */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        Objects.requireNonNull(description);
        statements = List.copyOf(statements);
    }
}
