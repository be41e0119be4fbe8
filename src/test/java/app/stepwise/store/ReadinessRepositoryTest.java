package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.count;
import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class ReadinessRepositoryTest extends RepositoryTestBase {

    private static final String MID = "level.mid";
    private static final String SENIOR = "level.senior";
    private static final Instant AT = Instant.parse("2026-04-10T09:00:00Z");

    private ReadinessRepository readiness;

    @Override
    void createRepositories(Database db) {
        readiness = new ReadinessRepository(db);
    }

    private static ReadinessSnapshot snapshot(String day, String level, int overall) {
        return new ReadinessSnapshot(LocalDate.parse(day), level, overall, overall / 100.0, 0.25, 0.5, 0.125);
    }

    private int rows() throws StoreException {
        return db.read(c -> count(c, "readiness_snapshot"));
    }

    @Test
    void theRecordTakesOnlyZeroToOneHundredAndFiniteParts() {
        LocalDate day = LocalDate.of(2026, 4, 10);
        assertThat(new ReadinessSnapshot(day, MID, 0, 0, 0, 0, 0).overall()).isZero();
        assertThat(new ReadinessSnapshot(day, MID, 100, 1, 1, 1, 1).overall()).isEqualTo(100);
        assertThatThrownBy(() -> new ReadinessSnapshot(day, MID, 101, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadinessSnapshot(day, MID, -1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadinessSnapshot(day, MID, 50, Double.NaN, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadinessSnapshot(day, MID, 50, 0, 0, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadinessSnapshot(null, MID, 50, 0, 0, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReadinessSnapshot(day, null, 50, 0, 0, 0, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewFileHasNoHistory() throws Exception {
        assertThat(readiness.history(MID)).isEmpty();
    }

    @Test
    void everyFieldSurvivesAReopen() throws Exception {
        // parts that are not exact in binary come back exactly as given
        ReadinessSnapshot s = new ReadinessSnapshot(LocalDate.of(2026, 4, 10), MID, 63, 0.7, 1.0 / 3, 0.1, 0.0);
        readiness.record(s, AT);

        reopen();

        assertThat(readiness.history(MID)).containsExactly(s);
        Optional<String> stored = db.read(c -> Rows.queryString(c, "SELECT day || '|' || written_at FROM readiness_snapshot"));
        assertThat(stored).contains("2026-04-10|2026-04-10T09:00:00Z");
    }

    @Test
    void manyWritesOnOneDayLeaveOneRowWithTheLastValues() throws Exception {
        ReadinessSnapshot last = null;
        for (int i = 0; i <= 100; i++) {
            last = new ReadinessSnapshot(LocalDate.of(2026, 4, 10), MID, i, i / 100.0, 1 - i / 100.0, i / 200.0, 0.5);
            readiness.record(last, AT.plusSeconds(i));
        }
        assertThat(readiness.history(MID)).containsExactly(last);
        assertThat(rows()).isEqualTo(1);

        // the last write wins even when its clock reads earlier than an earlier write's
        ReadinessSnapshot afterClockChange = snapshot("2026-04-10", MID, 42);
        readiness.record(afterClockChange, AT.minusSeconds(3600));

        reopen();

        assertThat(readiness.history(MID)).containsExactly(afterClockChange);
        assertThat(rows()).isEqualTo(1);
        Optional<String> writtenAt = db.read(c -> Rows.queryString(c, "SELECT written_at FROM readiness_snapshot"));
        assertThat(writtenAt).contains("2026-04-10T08:00:00Z");
    }

    @Test
    void acrossMidnightEachDayKeepsItsOwnLastState() throws Exception {
        ReadinessSnapshot lateOn10th = snapshot("2026-04-10", MID, 40);
        readiness.record(snapshot("2026-04-10", MID, 38), Instant.parse("2026-04-10T21:00:00Z"));
        readiness.record(lateOn10th, Instant.parse("2026-04-10T21:59:59Z"));
        ReadinessSnapshot on11th = snapshot("2026-04-11", MID, 41);
        readiness.record(on11th, Instant.parse("2026-04-10T22:00:01Z")); // past midnight where the user is

        assertThat(readiness.history(MID)).containsExactly(lateOn10th, on11th);
    }

    @Test
    void historyIsOldestDayFirstWithNothingFilledIn() throws Exception {
        ReadinessSnapshot may = snapshot("2026-05-01", MID, 55);
        ReadinessSnapshot march = snapshot("2026-03-01", MID, 20);
        ReadinessSnapshot nextYear = snapshot("2027-01-01", MID, 80);
        ReadinessSnapshot april = snapshot("2026-04-10", MID, 40);
        for (ReadinessSnapshot s : new ReadinessSnapshot[] {may, nextYear, march, april}) {
            readiness.record(s, AT);
        }

        assertThat(readiness.history(MID)).containsExactly(march, april, may, nextYear);
        assertThat(rows()).isEqualTo(4);
    }

    @Test
    void twoLevelsStayApart() throws Exception {
        ReadinessSnapshot midDay1 = snapshot("2026-04-10", MID, 60);
        ReadinessSnapshot seniorDay1 = snapshot("2026-04-10", SENIOR, 20); // same day, other level
        ReadinessSnapshot seniorDay2 = snapshot("2026-04-11", SENIOR, 22);
        ReadinessSnapshot midDay3 = snapshot("2026-04-12", MID, 61); // target changed back
        readiness.record(midDay1, AT);
        readiness.record(seniorDay1, AT.plusSeconds(60));
        readiness.record(seniorDay2, AT.plusSeconds(86_400));
        readiness.record(midDay3, AT.plusSeconds(2 * 86_400));

        reopen();

        assertThat(readiness.history(MID)).containsExactly(midDay1, midDay3);
        assertThat(readiness.history(SENIOR)).containsExactly(seniorDay1, seniorDay2);
        assertThat(readiness.history("level.lead")).isEmpty();
        assertThat(readiness.history("level")).isEmpty();
    }

    @Test
    void aClockSetBackADayWritesItsOwnDayAndLeavesLaterDaysAlone() throws Exception {
        ReadinessSnapshot day10 = snapshot("2026-04-10", MID, 50);
        ReadinessSnapshot day11 = snapshot("2026-04-11", MID, 52);
        ReadinessSnapshot day12 = snapshot("2026-04-12", MID, 55);
        readiness.record(day10, Instant.parse("2026-04-10T20:00:00Z"));
        readiness.record(day11, Instant.parse("2026-04-11T20:00:00Z"));
        readiness.record(day12, Instant.parse("2026-04-12T20:00:00Z"));

        // the clock now says the 11th again, then the 9th, a day never written before
        ReadinessSnapshot day11Again = snapshot("2026-04-11", MID, 53);
        readiness.record(day11Again, Instant.parse("2026-04-11T21:00:00Z"));
        ReadinessSnapshot day9 = snapshot("2026-04-09", MID, 45);
        readiness.record(day9, Instant.parse("2026-04-09T21:00:00Z"));

        reopen();

        assertThat(readiness.history(MID)).containsExactly(day9, day10, day11Again, day12);
        assertThat(rows()).isEqualTo(4);
    }

    @Test
    void theSchemaRefusesOverallOutsideZeroTo100() throws Exception {
        assertCheckFails(insert("2026-04-10", 101));
        assertCheckFails(insert("2026-04-10", -1));
        assertCheckFails("INSERT INTO readiness_snapshot VALUES('2026-04-10', 'level.mid', 'high', 0, 0, 0, 0, "
                + "'2026-04-10T09:00:00Z')");
        db.update(c -> exec(c, insert("2026-04-10", 0)));
        db.update(c -> exec(c, insert("2026-04-11", 100)));
        assertThat(readiness.history(MID)).extracting(ReadinessSnapshot::overall).containsExactly(0, 100);
    }

    @Test
    void theSchemaRefusesMissingParts() throws Exception {
        assertThatThrownBy(() -> db.update(c -> exec(c, "INSERT INTO readiness_snapshot VALUES('2026-04-10', "
                + "'level.mid', 50, NULL, 0, 0, 0, '2026-04-10T09:00:00Z')")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL));
    }

    @Test
    void aRefusedOverwriteLeavesTheDayAsItWas() throws Exception {
        ReadinessSnapshot kept = snapshot("2026-04-10", MID, 60);
        readiness.record(kept, AT);

        assertCheckFails("INSERT INTO readiness_snapshot VALUES('2026-04-10', 'level.mid', 101, 0, 0, 0, 0, "
                + "'2026-04-10T10:00:00Z') ON CONFLICT(day, level_id) DO UPDATE SET overall = excluded.overall");

        assertThat(readiness.history(MID)).containsExactly(kept);
    }

    @Test
    void rowsEditedIntoNonsenseAreDroppedAndTheRestStillReads() throws Exception {
        ReadinessSnapshot good = snapshot("2026-04-10", MID, 60);
        readiness.record(good, AT);
        db.update(c -> exec(c, "INSERT INTO readiness_snapshot VALUES('yesterday', 'level.mid', 50, 0, 0, 0, 0, 'now')"));
        db.update(c -> exec(c, "INSERT INTO readiness_snapshot VALUES('2026-04-11', 'level.mid', 50, 1e999, 0, 0, 0, "
                + "'2026-04-11T09:00:00Z')"));

        assertThat(readiness.history(MID)).containsExactly(good);
    }

    private static String insert(String day, int overall) {
        return "INSERT INTO readiness_snapshot VALUES('" + day + "', 'level.mid', " + overall
                + ", 0.5, 0.5, 0.5, 0.5, '2026-04-10T09:00:00Z')";
    }

    private void assertCheckFails(String sql) {
        assertThatThrownBy(() -> db.update(c -> exec(c, sql)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }
}
