package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Small helpers shared by the repositories: ISO-8601 text for dates, parameterised updates. */
final class Rows {

    private Rows() {
    }

    static String now() {
        return Instant.now().toString();
    }

    static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** Lenient: a date someone edited into nonsense is dropped rather than making all progress unreadable. */
    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A stored time; a hand-edited value that does not parse reads as 1970 rather than hiding the row. */
    static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.EPOCH;
        }
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row, if there is one and it is not NULL. */
    static Optional<String> queryString(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
