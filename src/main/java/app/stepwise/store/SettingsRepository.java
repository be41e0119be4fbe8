package app.stepwise.store;

import java.util.Objects;
import java.util.Optional;

/** Small key/value preferences of this machine's user, such as the window's place. */
public final class SettingsRepository {

    static final String WINDOW_STATE_KEY = "window.state";

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    public Optional<String> get(String key) throws StoreException {
        Objects.requireNonNull(key);
        return db.read(c -> Rows.queryString(c, "SELECT value FROM setting WHERE key = ?", key));
    }

    public void put(String key, String value) throws StoreException {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        db.update(c -> Rows.update(c, "INSERT INTO setting(key, value) VALUES(?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }

    public void remove(String key) throws StoreException {
        Objects.requireNonNull(key);
        db.update(c -> Rows.update(c, "DELETE FROM setting WHERE key = ?", key));
    }

    /** Empty when never saved or when the stored value is unusable (NaN, sizes not above zero, garbage). */
    public Optional<WindowState> windowState() throws StoreException {
        return get(WINDOW_STATE_KEY).flatMap(SettingsRepository::parseWindowState);
    }

    /**
     * Stored as {@code x;y;width;height;maximized}. A state that is not {@link WindowState#isUsable() usable}
     * (a window measured before it was shown) is not stored, so the last good one stays: called at shutdown,
     * this should not fail over something the user cannot act on.
     */
    public void saveWindowState(WindowState state) throws StoreException {
        if (state.isUsable()) {
            put(WINDOW_STATE_KEY, format(state));
        }
    }

    // Double.toString/parseDouble ignore the locale, so a file moves between machines unchanged
    static String format(WindowState s) {
        return s.x() + ";" + s.y() + ";" + s.width() + ";" + s.height() + ";" + s.maximized();
    }

    static Optional<WindowState> parseWindowState(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 5 || !(parts[4].equals("true") || parts[4].equals("false"))) {
            return Optional.empty();
        }
        try {
            WindowState state = new WindowState(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return state.isUsable() ? Optional.of(state) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
