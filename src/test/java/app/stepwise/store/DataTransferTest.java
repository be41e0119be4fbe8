package app.stepwise.store;

import static app.stepwise.store.TransferFixture.export;
import static app.stepwise.store.TransferFixture.fill;
import static app.stepwise.store.TransferFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTransferTest {

    @TempDir
    Path dir;

    @Test
    void exportImportIntoAnEmptyFolderAndExportAgainGivesTheSameBytes() throws Exception {
        byte[] first;
        try (Database db = Database.open(dir.resolve("a"))) {
            fill(db);
            first = export(db);
            assertThat(export(db)).isEqualTo(first);
        }
        try (Database db = Database.open(dir.resolve("b"))) {
            DataImport.apply(db, read(first));
            assertThat(new String(export(db), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
            assertThat(export(db)).isEqualTo(first);

            // and the app reads it back as it was written
            assertThat(new SkillRepository(db).current()).containsEntry("skill.sql", 3).containsEntry("skill.api-design", 1);
            assertThat(new SkillRepository(db).history("skill.sql")).extracting(SkillRating::rating).containsExactly(4, 2, 3);
            assertThat(new PlanRepository(db).baselineSavedAt()).contains(Instant.parse("2026-01-05T12:00:00.000001Z"));
            assertThat(new ProjectRepository(db).find("b-project").orElseThrow().tags())
                    .containsExactly("Spring Boot", "PostgreSQL", "✅ tests", "Spring Boot");
            assertThat(new ProfileRepository(db).loadPlan().hoursPerWeek()).contains(12);
            assertThat(new ReadinessRepository(db).history("level.mid")).hasSize(2);
        }
    }

    @Test
    void theDocumentIsStableReadableJsonWithoutLocalSettings() throws Exception {
        try (Database db = Database.open(dir)) {
            fill(db);
            String json = new String(export(db), StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\n  \"content\": {\n    \"id\": \"backend-developer\",")
                    .endsWith("}\n").doesNotContain("\r").doesNotContain("installId").doesNotContain("window.state")
                    .contains("\"formatVersion\": 1,").contains("\"format\": \"stepwise-data\"")
                    .contains("🐍").contains(TransferFixture.RTL)
                    .doesNotContain("updated").doesNotContain("exportedAt");
            // records in a defined order: projects and sessions by id
            assertThat(json.indexOf("\"a-project\"")).isLessThan(json.indexOf("\"b-project\""));
            assertThat(json.indexOf("\"s-1\"")).isLessThan(json.indexOf("\"s-2\"")).isLessThan(json.indexOf("\"s-3\""));
        }
    }

    @Test
    void anEmptyDatabaseRoundTrips() throws Exception {
        byte[] first;
        try (Database db = Database.open(dir.resolve("a"))) {
            first = export(db);
        }
        try (Database db = Database.open(dir.resolve("b"))) {
            DataImport.apply(db, read(first));
            assertThat(export(db)).isEqualTo(first);
        }
    }

    @Test
    void applyReplacesEverythingButKeepsThisMachinesSettings() throws Exception {
        byte[] exported;
        try (Database db = Database.open(dir.resolve("a"))) {
            fill(db);
            exported = export(db);
        }
        try (Database db = Database.open(dir.resolve("b"))) {
            new ProjectRepository(db).save(Project.blank("other", "Other", Instant.parse("2025-01-01T00:00:00Z")));
            new NoteRepository(db).save("step-7", "old note");
            new SkillRepository(db).rate(new SkillRating("skill.cloud", 5, LocalDate.of(2025, 1, 1), Instant.EPOCH));
            new StudyLogRepository(db).save(new StudySession("old", LocalDate.of(2025, 1, 1), 5, "step-7",
                    Optional.empty(), "", Instant.EPOCH));
            SettingsRepository settings = new SettingsRepository(db);
            settings.put("installId", "mine");
            settings.put("theme", "light");
            settings.put("obsolete", "x");
            settings.saveWindowState(new WindowState(1, 2, 300, 400, true));

            DataImport.apply(db, read(exported));

            assertThat(export(db)).isEqualTo(exported);
            assertThat(new ProjectRepository(db).find("other")).isEmpty();
            assertThat(settings.get("installId")).contains("mine");
            assertThat(settings.get("theme")).contains("dark");
            assertThat(settings.get("obsolete")).isEmpty();
            assertThat(settings.windowState()).contains(new WindowState(1, 2, 300, 400, true));
        }
    }

    @Test
    void aFailureWhileApplyingChangesNothing() throws Exception {
        byte[] exported;
        try (Database db = Database.open(dir.resolve("a"))) {
            fill(db);
            exported = export(db);
        }
        try (Database db = Database.open(dir.resolve("b"))) {
            new ProjectRepository(db).save(Project.blank("other", "Other", Instant.parse("2025-01-01T00:00:00Z")));
            new NoteRepository(db).save("step-7", "old note");
            new SettingsRepository(db).put("theme", "light");
            // the last table written refuses its rows: everything before it must be rolled back
            db.update(c -> Rows.update(c, "CREATE TRIGGER refuse BEFORE INSERT ON readiness_snapshot "
                    + "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"));
            byte[] before = export(db);
            DataImport.Snapshot snapshot = read(exported);

            assertThatThrownBy(() -> DataImport.apply(db, snapshot)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("forced failure");

            assertThat(export(db)).isEqualTo(before);
            assertThat(new NoteRepository(db).get("step-7")).contains("old note");
            // and the database is usable afterwards
            db.update(c -> Rows.update(c, "DROP TRIGGER refuse"));
            DataImport.apply(db, snapshot);
            assertThat(export(db)).isEqualTo(exported);
        }
    }

    @Test
    void keysInAnyOrderAndOtherWhitespaceReadTheSame() throws Exception {
        byte[] exported;
        try (Database db = Database.open(dir)) {
            fill(db);
            exported = export(db);
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(exported);
        com.fasterxml.jackson.databind.node.ObjectNode reversed = mapper.createObjectNode();
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reversed.set(n, tree.get(n)));
        assertThat(read(mapper.writeValueAsBytes(reversed))).isEqualTo(read(exported));
    }
}
