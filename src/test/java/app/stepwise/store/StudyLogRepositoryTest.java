package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class StudyLogRepositoryTest extends RepositoryTestBase {

    private static final String NOTE = "Binary search 🔍✅ 👩🏽‍💻, \"quoted\"\nمراجعة الخوارزميات — חזרה על אלגוריתמים\r\n\ttab";

    private StudyLogRepository log;

    @Override
    void createRepositories(Database db) {
        log = new StudyLogRepository(db);
    }

    private static StudySession session(String id, LocalDate day, String created) {
        return new StudySession(id, day, 45, "step-6", Optional.empty(), "", Instant.parse(created));
    }

    @Test
    void everyFieldSurvivesAReopen() throws Exception {
        StudySession full = new StudySession("s1", LocalDate.of(2026, 3, 29), 1440, "step-6",
                Optional.of("step-6.daily-practice"), NOTE, Instant.parse("2026-03-29T22:30:15.123456Z"));
        StudySession bare = new StudySession("s2", LocalDate.of(2026, 3, 28), 1, "step-1", Optional.empty(), "",
                Instant.parse("2026-03-28T08:00:00Z"));
        log.save(full);
        log.save(bare);

        reopen();

        assertThat(log.all()).containsExactly(full, bare);
        assertThat(log.all().get(0).note()).isEqualTo(NOTE);
    }

    @Test
    void theDayIsStoredAsPlainDateText() throws Exception {
        log.save(session("s1", LocalDate.of(2026, 3, 29), "2026-03-28T23:30:00Z"));
        // late on the 29th in Berlin is still the 28th in UTC: the day is what the user chose, not the instant's
        Optional<String> stored = db.read(c -> Rows.queryString(c, "SELECT day FROM study_session"));
        assertThat(stored).contains("2026-03-29");
    }

    @Test
    void savingAgainUpdatesInPlace() throws Exception {
        StudySession first = session("s1", LocalDate.of(2026, 1, 5), "2026-01-05T10:00:00Z");
        log.save(first);
        StudySession edited = new StudySession("s1", LocalDate.of(2026, 1, 4), 90, "step-2",
                Optional.of("step-2.sql"), "edited", first.createdAt());

        log.save(edited);

        assertThat(log.all()).containsExactly(edited);
    }

    @Test
    void newestDayFirstThenNewestCreatedFirst() throws Exception {
        // as text "…:00Z" sorts after "…:00.5Z"; as time it is earlier
        StudySession dayTwoEarly = session("a", LocalDate.of(2026, 1, 2), "2026-01-02T10:00:00Z");
        StudySession dayTwoLate = session("b", LocalDate.of(2026, 1, 2), "2026-01-02T10:00:00.500Z");
        // logged later, for an earlier day
        StudySession dayOne = session("c", LocalDate.of(2026, 1, 1), "2026-01-03T09:00:00Z");
        StudySession nextYear = session("d", LocalDate.of(2027, 1, 1), "2026-01-01T00:00:00Z");
        for (StudySession s : new StudySession[] {dayOne, dayTwoEarly, nextYear, dayTwoLate}) {
            log.save(s);
        }
        assertThat(log.all()).containsExactly(nextYear, dayTwoLate, dayTwoEarly, dayOne);
    }

    @Test
    void deleteReturnsWhatWasDeletedAndRestoreBringsItBackExactly() throws Exception {
        StudySession kept = session("s2", LocalDate.of(2026, 2, 1), "2026-02-01T10:00:00Z");
        StudySession gone = new StudySession("s1", LocalDate.of(2026, 2, 2), 30, "step-6", Optional.of("m"), NOTE,
                Instant.parse("2026-02-02T10:00:00Z"));
        log.save(kept);
        log.save(gone);

        assertThat(log.delete("s1")).contains(gone);
        assertThat(log.all()).containsExactly(kept);
        assertThat(log.delete("s1")).isEmpty();

        reopen();
        log.restore(gone);

        assertThat(log.all()).containsExactly(gone, kept);
    }

    @Test
    void theSchemaRefusesMinutesOutsideOneTo1440() throws Exception {
        assertCheckFails(insert("s0", 0));
        assertCheckFails(insert("s1441", 1441));
        assertCheckFails(insert("sneg", -30));
        db.update(c -> exec(c, insert("s1", 1)));
        db.update(c -> exec(c, insert("s1440", 1440)));
        assertThat(log.all()).extracting(StudySession::minutes).containsExactlyInAnyOrder(1, 1440);
    }

    @Test
    void aRefusedSaveChangesNothing() throws Exception {
        StudySession ok = session("s1", LocalDate.of(2026, 1, 5), "2026-01-05T10:00:00Z");
        log.save(ok);
        StudySession tooLong = new StudySession("s1", ok.day(), 1441, "step-6", Optional.empty(), "", ok.createdAt());

        assertThatThrownBy(() -> log.save(tooLong)).isInstanceOf(StoreException.class);

        assertThat(log.all()).containsExactly(ok);
    }

    private static String insert(String id, int minutes) {
        return "INSERT INTO study_session VALUES('" + id + "', '2026-01-05', " + minutes
                + ", 'step-6', NULL, '', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')";
    }

    private void assertCheckFails(String sql) {
        assertThatThrownBy(() -> db.update(c -> exec(c, sql)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }
}
