package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class PlanRepositoryTest extends RepositoryTestBase {

    private static final Instant SAVED = Instant.parse("2026-03-01T09:15:30.123456Z");

    private PlanRepository plans;

    @Override
    void createRepositories(Database db) {
        plans = new PlanRepository(db);
    }

    private static DateSpan span(String start, String endExclusive) {
        return new DateSpan(LocalDate.parse(start), LocalDate.parse(endExclusive));
    }

    @Test
    void aSpanMustEndAfterItStarts() {
        LocalDate day = LocalDate.of(2026, 3, 29);
        assertThat(new DateSpan(day, day.plusDays(1)).endExclusive()).isEqualTo(day.plusDays(1));
        assertThatThrownBy(() -> new DateSpan(day, day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateSpan(day, day.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateSpan(null, day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateSpan(day, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewFileHasNoOverridesAndNoBaseline() throws Exception {
        assertThat(plans.overrides()).isEmpty();
        assertThat(plans.baseline()).isEmpty();
        assertThat(plans.baselineSavedAt()).isEmpty();
    }

    @Test
    void overridesSurviveAReopenInStepOrder() throws Exception {
        DateSpan step3 = span("2026-02-01", "2026-03-15");
        // across the daylight-saving change and a leap day: plain calendar days, no zone involved
        DateSpan step1 = span("2028-02-28", "2028-03-27");
        plans.saveOverride("step-3", step3);
        plans.saveOverride("step-1", step1);

        reopen();

        assertThat(plans.overrides()).containsExactly(Map.entry("step-1", step1), Map.entry("step-3", step3));
        assertThat(plans.baseline()).isEmpty(); // overrides are not the baseline
    }

    @Test
    void savingAnOverrideAgainReplacesIt() throws Exception {
        plans.saveOverride("step-2", span("2026-01-05", "2026-02-02"));
        DateSpan moved = span("2026-01-12", "2026-01-13"); // one day is the shortest span
        plans.saveOverride("step-2", moved);

        assertThat(plans.overrides()).containsExactly(Map.entry("step-2", moved));
    }

    @Test
    void theDaysAreStoredAsPlainDateText() throws Exception {
        plans.saveOverride("step-2", span("2026-03-29", "2026-04-05"));
        Optional<String> stored = db.read(c -> Rows.queryString(c, "SELECT start_day || '/' || end_day FROM plan_override"));
        assertThat(stored).contains("2026-03-29/2026-04-05");
    }

    @Test
    void clearOverrideRemovesOnlyThatStep() throws Exception {
        DateSpan kept = span("2026-01-05", "2026-02-02");
        plans.saveOverride("step-1", kept);
        plans.saveOverride("step-2", span("2026-02-02", "2026-03-02"));

        plans.clearOverride("step-2");
        plans.clearOverride("step-2");
        plans.clearOverride("never-moved");

        reopen();
        assertThat(plans.overrides()).containsExactly(Map.entry("step-1", kept));
    }

    @Test
    void theBaselineAndItsTimeSurviveAReopen() throws Exception {
        Map<String, DateSpan> spans = new LinkedHashMap<>();
        spans.put("step-2", span("2026-02-02", "2026-03-30"));
        spans.put("step-1", span("2026-01-05", "2026-02-02"));
        spans.put("step-6", span("2026-01-05", "2026-06-01")); // alongside: overlaps the others
        plans.saveBaseline(spans, SAVED);

        reopen();

        assertThat(plans.baseline()).containsExactly(Map.entry("step-1", spans.get("step-1")),
                Map.entry("step-2", spans.get("step-2")), Map.entry("step-6", spans.get("step-6")));
        assertThat(plans.baselineSavedAt()).contains(SAVED);
    }

    @Test
    void savingTheBaselineAgainReplacesAllOfIt() throws Exception {
        plans.saveBaseline(Map.of("step-1", span("2026-01-05", "2026-02-02"),
                "step-2", span("2026-02-02", "2026-03-02")), SAVED);
        Instant later = Instant.parse("2026-04-01T08:00:00Z");
        DateSpan step3 = span("2026-04-01", "2026-05-01");

        plans.saveBaseline(Map.of("step-3", step3), later);

        assertThat(plans.baseline()).containsExactly(Map.entry("step-3", step3));
        assertThat(plans.baselineSavedAt()).contains(later);
    }

    @Test
    void anEmptyBaselineLeavesNoneAndNoTime() throws Exception {
        plans.saveBaseline(Map.of("step-1", span("2026-01-05", "2026-02-02")), SAVED);

        plans.saveBaseline(Map.of(), Instant.parse("2026-04-01T08:00:00Z"));

        assertThat(plans.baseline()).isEmpty();
        assertThat(plans.baselineSavedAt()).isEmpty();
    }

    @Test
    void aBaselineThatFailsHalfwayLeavesTheOldOneExactly() throws Exception {
        Map<String, DateSpan> old = Map.of("step-1", span("2026-01-05", "2026-02-02"),
                "step-9", span("2026-06-01", "2026-07-01"));
        plans.saveBaseline(old, SAVED);
        // rows are written in step order: step-1 goes in after the delete, then step-2 fails
        db.update(c -> exec(c, "CREATE TEMP TRIGGER refuse_step_2 BEFORE INSERT ON plan_baseline "
                + "WHEN NEW.step_id = 'step-2' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"));
        Map<String, DateSpan> replacement = Map.of("step-1", span("2026-03-01", "2026-04-01"),
                "step-2", span("2026-04-01", "2026-05-01"), "step-3", span("2026-05-01", "2026-06-01"));

        assertThatThrownBy(() -> plans.saveBaseline(replacement, Instant.parse("2026-04-01T08:00:00Z")))
                .isInstanceOf(StoreException.class);

        assertThat(plans.baseline()).isEqualTo(old);
        assertThat(plans.baselineSavedAt()).contains(SAVED);

        db.update(c -> exec(c, "DROP TRIGGER refuse_step_2"));
        plans.saveBaseline(replacement, SAVED);
        assertThat(plans.baseline()).isEqualTo(replacement);
    }

    @Test
    void aNullSpanIsRefusedBeforeAnythingIsWritten() throws Exception {
        Map<String, DateSpan> old = Map.of("step-1", span("2026-01-05", "2026-02-02"));
        plans.saveBaseline(old, SAVED);
        Map<String, DateSpan> withNull = new LinkedHashMap<>();
        withNull.put("step-1", span("2026-03-01", "2026-04-01"));
        withNull.put("step-2", null);

        assertThatThrownBy(() -> plans.saveBaseline(withNull, SAVED)).isInstanceOf(NullPointerException.class);

        assertThat(plans.baseline()).isEqualTo(old);
    }

    @Test
    void theSchemaRefusesAnEndNotAfterTheStart() throws Exception {
        assertCheckFails("INSERT INTO plan_override VALUES('s', '2026-03-02', '2026-03-01')");
        assertCheckFails("INSERT INTO plan_override VALUES('s', '2026-03-01', '2026-03-01')");
        assertCheckFails("INSERT INTO plan_baseline VALUES('s', '2026-03-02', '2026-03-01', '2026-01-01T00:00:00Z')");
        assertCheckFails("INSERT INTO plan_baseline VALUES('s', '2026-03-01', '2026-03-01', '2026-01-01T00:00:00Z')");
        // ISO dates compare as text in date order, across months and years
        db.update(c -> exec(c, "INSERT INTO plan_override VALUES('s', '2026-12-31', '2027-01-01')"));
        db.update(c -> exec(c, "INSERT INTO plan_baseline VALUES('s', '2026-09-30', '2026-10-01', "
                + "'2026-01-01T00:00:00Z')"));
        assertThat(plans.overrides()).containsExactly(Map.entry("s", span("2026-12-31", "2027-01-01")));
        assertThat(plans.baseline()).containsExactly(Map.entry("s", span("2026-09-30", "2026-10-01")));
    }

    @Test
    void aRefusedUpdateOfAnOverrideChangesNothing() throws Exception {
        DateSpan ok = span("2026-01-05", "2026-02-02");
        plans.saveOverride("step-1", ok);

        assertCheckFails("INSERT INTO plan_override VALUES('step-1', '2026-05-01', '2026-04-01') "
                + "ON CONFLICT(step_id) DO UPDATE SET start_day = excluded.start_day, end_day = excluded.end_day");

        assertThat(plans.overrides()).containsExactly(Map.entry("step-1", ok));
    }

    @Test
    void rowsEditedIntoNonsenseAreDroppedAndTheRestStillReads() throws Exception {
        DateSpan good = span("2026-01-05", "2026-02-02");
        plans.saveOverride("step-1", good);
        // text the CHECK lets through but that is no date
        db.update(c -> exec(c, "INSERT INTO plan_override VALUES('step-2', 'later', 'soon')"));
        db.update(c -> exec(c, "INSERT INTO plan_baseline VALUES('step-1', '2026-01-05', '2026-02-02', 'yesterday')"));

        assertThat(plans.overrides()).containsExactly(Map.entry("step-1", good));
        assertThat(plans.baseline()).containsExactly(Map.entry("step-1", good));
        assertThat(plans.baselineSavedAt()).isEmpty();
    }

    private void assertCheckFails(String sql) {
        assertThatThrownBy(() -> db.update(c -> exec(c, sql)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }
}
