package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of docs/data-format.md, one broken value at a time in an otherwise valid export. */
class DataImportRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static byte[] valid;

    @BeforeAll
    static void export(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir)) {
            TransferFixture.fill(db);
            valid = TransferFixture.export(db);
        }
    }

    private static byte[] with(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(valid);
        change.accept(root);
        return MAPPER.writeValueAsBytes(root);
    }

    private static void refused(byte[] file, String path, String problem) {
        assertThatThrownBy(() -> TransferFixture.read(file)).isInstanceOfSatisfying(ImportProblem.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem());
        });
    }

    private static void refused(Consumer<ObjectNode> change, String path, String problem) throws Exception {
        refused(with(change), path, problem);
    }

    private static ObjectNode project(ObjectNode root, int i) {
        return (ObjectNode) root.get("projects").get(i);
    }

    private static ObjectNode session(ObjectNode root, int i) {
        return (ObjectNode) root.get("studySessions").get(i);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theValidFileReads() throws Exception {
        assertThat(TransferFixture.read(valid).projects()).hasSize(2);
        assertThat(TransferFixture.read(with(r -> { })).studySessions()).hasSize(3);
    }

    @Test
    void notJsonEmptyTrailingAndDuplicates() throws Exception {
        refused(new byte[0], "$", "the file is empty");
        refused(utf8("   \n"), "$", "the file is empty");
        refused(utf8("{\"format\": "), "$.format", "not valid JSON");
        refused(utf8("{} {}"), "$", "more text after the end");
        refused(utf8("[]"), "$", "expected an object but found a list");
        refused(utf8("{\"format\": \"stepwise-data\", \"format\": \"x\"}"), "$.format", "Duplicate field");
        refused(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "$", "not valid JSON");
        String truncated = new String(valid, StandardCharsets.UTF_8);
        refused(utf8(truncated.substring(0, truncated.indexOf("\"profile\""))), "$.planOverrides",
                "not valid JSON: Unexpected end-of-input");
    }

    @Test
    void formatAndVersion() throws Exception {
        refused(r -> r.put("format", "something-else"), "$.format", "not a Stepwise data file");
        refused(r -> r.remove("format"), "$.format", "missing");
        refused(r -> r.put("formatVersion", 2), "$.formatVersion", "update Stepwise");
        refused(r -> r.put("formatVersion", new java.math.BigInteger("99999999999999999999")), "$.formatVersion",
                "newer Stepwise");
        refused(r -> r.put("formatVersion", 0), "$.formatVersion", "unknown data format 0");
        refused(r -> r.put("formatVersion", "1"), "$.formatVersion", "expected a whole number but found text");
        refused(r -> r.put("formatVersion", 1.0), "$.formatVersion", "expected a whole number");
        // a newer file is refused for its version, not for the fields this version does not know
        refused(r -> r.put("formatVersion", 2).put("newThing", true), "$.formatVersion", "update Stepwise");
        refused(r -> r.put("extra", 1), "$.extra", "not a field Stepwise knows");
        refused(r -> r.remove("readinessSnapshots"), "$.readinessSnapshots", "missing");
        refused(r -> ((ObjectNode) r.get("content")).put("id", "frontend"), "$.content.id", "this Stepwise has");
        refused(r -> ((ObjectNode) r.get("content")).put("version", " "), "$.content.version", "must not be empty");
    }

    @Test
    void stepsMilestonesAndNotes() throws Exception {
        refused(r -> ((ObjectNode) r.get("steps")).set("step-99", r.get("steps").get("step-1")),
                "$.steps['step-99']", "no step has this id");
        refused(r -> ((ObjectNode) r.get("steps").get("step-1")).put("status", "FINISHED"),
                "$.steps['step-1'].status", "must be one of NOT_STARTED, IN_PROGRESS, DONE, SKIPPED");
        refused(r -> ((ObjectNode) r.get("steps").get("step-1")).put("startedOn", "2026-02-30"),
                "$.steps['step-1'].startedOn", "not a date");
        refused(r -> ((ObjectNode) r.get("steps").get("step-1")).put("startedOn", "2026-1-5"),
                "$.steps['step-1'].startedOn", "YYYY-MM-DD");
        refused(r -> ((ObjectNode) r.get("steps").get("step-1")).put("startedOn", "1899-12-31"),
                "$.steps['step-1'].startedOn", "from 1900-01-01 to 2999-12-31");
        refused(r -> ((ObjectNode) r.get("milestones").get("step-2.mini-projects")).put("count", -1),
                "$.milestones['step-2.mini-projects'].count", "0 or more");
        refused(r -> ((ObjectNode) r.get("milestones").get("step-2.mini-projects")).put("count", 3_000_000_000L),
                "$.milestones['step-2.mini-projects'].count", "0 or more");
        refused(r -> ((ObjectNode) r.get("milestones").get("step-2.mini-projects")).put("stepId", "step-1"),
                "$.milestones['step-2.mini-projects'].stepId", "belongs to step-2");
        refused(r -> ((ObjectNode) r.get("steps")).remove("step-2"),
                "$.milestones['step-2.mini-projects'].stepId", "no entry under $.steps");
        refused(r -> ((ObjectNode) r.get("milestones")).set("step-9.gone", r.get("milestones").get("step-3.docker")),
                "$.milestones['step-9.gone']", "no milestone has this id");
        refused(r -> ((ObjectNode) r.get("milestones").get("step-3.docker")).put("done", "yes"),
                "$.milestones['step-3.docker'].done", "expected true or false but found text");
        refused(r -> ((ObjectNode) r.get("notes")).put("project-x", "hi"), "$.notes['project-x']",
                "no step, milestone or skill");
        refused(r -> ((ObjectNode) r.get("notes")).put("step-1", " \n"), "$.notes['step-1']", "cannot be empty");
        refused(r -> ((ObjectNode) r.get("notes")).put("step-1", "a\u0000b"), "$.notes['step-1']", "NUL");
        refused(r -> ((ObjectNode) r.get("notes")).put("step-1", "a\ud800b"), "$.notes['step-1']", "unpaired surrogate");
    }

    @Test
    void profileAndSettings() throws Exception {
        refused(r -> ((ObjectNode) r.get("profile")).put("targetLevelId", "level.wizard"), "$.profile.targetLevelId",
                "no level has this id");
        refused(r -> ((ObjectNode) r.get("profile")).put("backgroundId", "background.x"), "$.profile.backgroundId",
                "no background");
        refused(r -> ((ObjectNode) r.get("profile")).put("hoursPerWeek", 0), "$.profile.hoursPerWeek", "from 1 to 80");
        refused(r -> ((ObjectNode) r.get("profile")).put("hoursPerWeek", 81), "$.profile.hoursPerWeek", "from 1 to 80");
        refused(r -> ((ObjectNode) r.get("profile")).put("hoursPerWeek", 12.5), "$.profile.hoursPerWeek",
                "expected a whole number but found a number");
        refused(r -> ((ObjectNode) r.get("profile")).putNull("welcomeDone"), "$.profile.welcomeDone",
                "expected true or false but found null");
        refused(r -> ((ObjectNode) r.get("settings")).put("installId", "x"), "$.settings.installId",
                "belongs to one computer");
        refused(r -> ((ObjectNode) r.get("settings")).put("window.state", "x"), "$.settings['window.state']",
                "belongs to one computer");
        refused(r -> ((ObjectNode) r.get("settings")).put("theme", 3), "$.settings.theme", "expected text");
        refused(r -> ((ObjectNode) r.get("settings")).put("theme", "x".repeat(10_001)), "$.settings.theme", "longer");
    }

    @Test
    void projects() throws Exception {
        refused(r -> project(r, 1).put("liveUrl", "javascript:alert(1)"), "$.projects[1].liveUrl",
                "only http and https links are allowed");
        refused(r -> project(r, 1).put("repositoryUrl", "github.com/ana"), "$.projects[1].repositoryUrl",
                "not a link");
        refused(r -> project(r, 1).put("liveUrl", "https://"), "$.projects[1].liveUrl", "no host");
        refused(r -> project(r, 0).put("title", "x".repeat(121)), "$.projects[0].title", "longer than 120");
        refused(r -> project(r, 0).put("title", "  "), "$.projects[0].title", "a title is required");
        refused(r -> project(r, 1).put("finishedOn", "2025-12-31"), "$.projects[1].finishedOn", "before startedOn");
        refused(r -> project(r, 1).put("id", "a-project"), "$.projects[1].id", "used by $.projects[0] too");
        refused(r -> project(r, 1).put("id", ""), "$.projects[1].id", "must not be empty");
        refused(r -> project(r, 1).put("status", "done"), "$.projects[1].status", "must be one of");
        refused(r -> ((ArrayNode) project(r, 1).get("evidence")).add("README"), "$.projects[1].evidence[3]",
                "listed twice");
        refused(r -> ((ArrayNode) project(r, 1).get("evidence")).add("STARS"), "$.projects[1].evidence[3]",
                "must be one of");
        refused(r -> ((ArrayNode) project(r, 1).get("skillIds")).add("skill.cobol"), "$.projects[1].skillIds[2]",
                "no skill has this id");
        refused(r -> ((ArrayNode) project(r, 1).get("stepIds")).add("step-8"), "$.projects[1].stepIds[2]",
                "no step has this id");
        refused(r -> ((ArrayNode) project(r, 1).get("tags")).add(7), "$.projects[1].tags[4]", "expected text");
        refused(r -> project(r, 1).put("createdAt", "yesterday"), "$.projects[1].createdAt", "not a time");
        refused(r -> project(r, 1).remove("role"), "$.projects[1].role", "missing");
        refused(r -> project(r, 1).put("stars", 5), "$.projects[1].stars", "not a field");
        refused(r -> r.put("projects", "none"), "$.projects", "expected a list but found text");
    }

    @Test
    void studyLogPlanRatingsEvidenceAndReadiness() throws Exception {
        refused(r -> session(r, 0).put("minutes", 0), "$.studySessions[0].minutes", "from 1 to 1440");
        refused(r -> session(r, 0).put("minutes", 1441), "$.studySessions[0].minutes", "from 1 to 1440");
        refused(r -> session(r, 0).put("minutes", 1.5), "$.studySessions[0].minutes", "expected a whole number");
        refused(r -> session(r, 0).put("stepId", "step-0"), "$.studySessions[0].stepId", "no step has this id");
        refused(r -> session(r, 0).put("milestoneId", "step-1.nope"), "$.studySessions[0].milestoneId",
                "no milestone has this id");
        refused(r -> session(r, 2).put("id", "s-1"), "$.studySessions[2].id", "used by $.studySessions[0] too");
        refused(r -> session(r, 0).put("day", "2026-03-01T00:00"), "$.studySessions[0].day", "not a date");
        refused(r -> ((ObjectNode) r.get("planOverrides").get("step-3")).put("endExclusive", "2026-04-01"),
                "$.planOverrides['step-3'].endExclusive", "after start");
        refused(r -> ((ObjectNode) r.get("planOverrides")).set("step-x", r.get("planOverrides").get("step-3")),
                "$.planOverrides['step-x']", "no step has this id");
        refused(r -> ((ObjectNode) r.get("planBaseline")).set("steps", MAPPER.createObjectNode()),
                "$.planBaseline.steps", "write null for no baseline");
        refused(r -> ((ObjectNode) r.get("planBaseline")).put("savedAt", "3000-01-01T00:00:00Z"),
                "$.planBaseline.savedAt", "from 1900 up to 3000");
        refused(r -> ((ObjectNode) r.get("skillRatings").get(0)).put("rating", 6), "$.skillRatings[0].rating",
                "from 0 to 5");
        refused(r -> ((ObjectNode) r.get("skillRatings").get(0)).put("rating", -1), "$.skillRatings[0].rating",
                "from 0 to 5");
        refused(r -> ((ObjectNode) r.get("skillRatings").get(0)).put("skillId", "skill.magic"),
                "$.skillRatings[0].skillId", "no skill has this id");
        refused(r -> ((ObjectNode) r.get("skillEvidence").get(0)).put("targetId", "step-1.nope"),
                "$.skillEvidence[0].targetId", "no milestone has this id");
        refused(r -> ((ArrayNode) r.get("projects")).remove(1), "$.skillEvidence[1].targetId",
                "no project in $.projects has this id");
        refused(r -> ((ArrayNode) r.get("skillEvidence")).add(r.get("skillEvidence").get(0).deepCopy()),
                "$.skillEvidence[3]", "listed twice");
        refused(r -> ((ObjectNode) r.get("readinessSnapshots").get(0)).put("overall", 101),
                "$.readinessSnapshots[0].overall", "from 0 to 100");
        refused(r -> ((ObjectNode) r.get("readinessSnapshots").get(0)).put("skills", 1.5),
                "$.readinessSnapshots[0].skills", "from 0 to 1");
        refused(r -> ((ObjectNode) r.get("readinessSnapshots").get(0)).put("levelId", "level.none"),
                "$.readinessSnapshots[0].levelId", "no level has this id");
        refused(r -> ((ArrayNode) r.get("readinessSnapshots")).add(r.get("readinessSnapshots").get(0).deepCopy()),
                "$.readinessSnapshots[3]", "a second snapshot");
    }

    @Test
    void sizeAndNestingAreBounded() throws Exception {
        String deep = "[".repeat(40) + "]".repeat(40);
        String file = new String(valid, StandardCharsets.UTF_8).replace("\"settings\": {", "\"settings\": {\"deep\": "
                + deep + ",");
        assertThatThrownBy(() -> TransferFixture.read(utf8(file))).isInstanceOfSatisfying(ImportProblem.class,
                e -> assertThat(e.problem()).contains("nested more than 32 levels"));
        refused(r -> ((ObjectNode) r.get("notes")).put("step-1", "x".repeat(1_000_001)), "$.notes['step-1']",
                "longer than 1,000,000 characters");
        // just under the limit is fine
        assertThat(TransferFixture.read(with(r -> ((ObjectNode) r.get("notes")).put("step-1", "x".repeat(999_999))))
                .notes().get("step-1")).hasSize(999_999);
        java.io.InputStream endless = new java.io.InputStream() {
            private long left = DataImport.MAX_DOCUMENT_LENGTH + 10;
            private boolean opened;

            @Override
            public int read() {
                if (!opened) {
                    opened = true;
                    return '[';
                }
                return left-- > 0 ? ' ' : -1;
            }
        };
        assertThatThrownBy(() -> DataImport.read(endless, TransferFixture.guide()))
                .isInstanceOfSatisfying(ImportProblem.class, e -> assertThat(e.problem()).contains("larger than 50 MB"));
    }

    @Test
    void pathsQuoteKeysThatAreNotPlainNames() {
        assertThat(DataImport.key("$", "steps")).isEqualTo("$.steps");
        assertThat(DataImport.key("$.notes", "step-1.x")).isEqualTo("$.notes['step-1.x']");
        assertThat(DataImport.key("$.notes", "it's")).isEqualTo("$.notes['it\\'s']");
    }

}
