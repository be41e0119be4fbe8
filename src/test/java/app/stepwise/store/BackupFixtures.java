package app.stepwise.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;

/** Real Stepwise files with enough pages to damage, and ways to damage them. */
final class BackupFixtures {

    static final int PAGE = 4096;

    private BackupFixtures() {
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Opens (creating) the folder's database, stores {@code marker} and ~100 pages of notes, closes it. */
    static void writeDatabase(Path folder, String marker) throws Exception {
        try (Database db = Database.open(folder)) {
            db.update(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT OR REPLACE INTO setting(key, value) VALUES('marker', '" + marker + "')");
                    s.execute("DELETE FROM note");
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO note VALUES(?, ?, '2024-01-01T00:00:00Z')")) {
                    for (int i = 0; i < 1500; i++) {
                        p.setString(1, "note-" + i);
                        p.setString(2, (marker + " ").repeat(40) + i);
                        p.executeUpdate();
                    }
                }
            });
        }
    }

    static Optional<String> marker(Path dbFile) throws Exception {
        try (Connection c = StoreFixtures.raw(dbFile); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE key = 'marker'")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    static void overwriteHeader(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(0);
            f.write("this is not a database header!!!".getBytes());
        }
    }

    static void truncateToHalf(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2 / PAGE * PAGE);
        }
    }

    static void zeroLength(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(0);
        }
    }

    /** Random bytes over every page but the first (which holds the header and the schema). */
    static void garbagePages(Path file) throws IOException {
        Random random = new Random(42);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = f.length() / PAGE;
            byte[] junk = new byte[PAGE];
            for (long page = 1; page < pages; page++) {
                random.nextBytes(junk);
                f.seek(page * PAGE);
                f.write(junk);
            }
        }
    }
}
