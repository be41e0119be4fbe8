package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.AppContext;
import app.stepwise.CommandLine;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Profile;
import app.stepwise.store.StudySession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anEmptyFolderReportsNothingDoneYet() throws Exception {
        assertThat(run("--report", "--json")).isEqualTo(Cli.OK);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("targetLevel").isNull()).isTrue();
        assertThat(report.get("milestones").get("done").asInt()).isZero();
        assertThat(report.get("milestones").get("total").asInt()).isEqualTo(29);
        assertThat(report.get("portfolio").get("projects").asInt()).isZero();
        assertThat(report.get("streak").get("current").asInt()).isZero();
        assertThat(report.get("plan").get("projectedFinish").isNull()).isTrue();
        assertThat(report.get("readiness").get("overall").isNull()).isTrue();
    }

    @Test
    void theReportShowsWhatWasStored() throws Exception {
        try (AppContext context = AppContext.open(folder)) {
            context.progress().saveMilestone(new MilestoneProgress("step-1.one-language", "step-1", true, 0));
            context.progress().saveMilestone(new MilestoneProgress("step-1.data-structures", "step-1", true, 0));
            context.profiles().save(new Profile(Optional.empty(), Optional.of("level.junior")));
            for (LocalDate day : List.of(TODAY.minusDays(1), TODAY)) {
                context.studyLog().save(new StudySession(day.toString(), day, 45, "step-6", Optional.empty(), "",
                        Instant.parse("2026-03-01T00:00:00Z")));
            }
        }
        assertThat(run("--report", "--json")).isEqualTo(Cli.OK);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("targetLevel").asText()).isEqualTo("level.junior");
        assertThat(report.get("milestones").get("done").asInt()).isEqualTo(2);
        assertThat(report.get("streak").get("current").asInt()).isEqualTo(2);
        assertThat(report.get("streak").get("longest").asInt()).isEqualTo(2);
        // 90 practice minutes of the 840 that fill the practice part
        assertThat(report.get("readiness").get("practice").asDouble()).isEqualTo(90.0 / 840);
        assertThat(report.get("readiness").get("overall").asInt()).isBetween(1, 100);

        out.reset();
        assertThat(run("--report")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Milestones:    2 of 29 reached",
                "Study streak:  2 days (longest 2 days)", "Target level:  level.junior");
    }

    @Test
    void checkSaysOkForIntactDataAndFailsOnADamagedFile() throws Exception {
        assertThat(run("--check")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ok: the data is intact");

        Path damaged = Files.createDirectories(folder.resolve("other"));
        Files.write(damaged.resolve("stepwise.db"), "this is not a database at all, sorry".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        err.reset();
        assertThat(Cli.run(CommandLine.parse(List.of("--check", "--data-dir", damaged.toString())),
                new PrintStream(out), new PrintStream(err), CLOCK)).isEqualTo(Cli.DAMAGED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("was damaged", "set aside");
    }

    @Test
    void exportThenImportIntoAnEmptyFolderGivesTheSameDataAndABadFileChangesNothing() throws Exception {
        try (AppContext context = AppContext.open(folder)) {
            context.progress().saveMilestone(new MilestoneProgress("step-1.one-language", "step-1", true, 0));
            context.profiles().save(new Profile(Optional.empty(), Optional.of("level.junior")));
        }
        Path file = folder.resolve("all.json");
        assertThat(run("--export", file.toString())).isEqualTo(Cli.OK);

        Path other = folder.resolve("other");
        assertThat(Cli.run(CommandLine.parse(List.of("--import", file.toString(), "--data-dir", other.toString())),
                new PrintStream(out), new PrintStream(err), CLOCK)).isEqualTo(Cli.OK);
        Path again = folder.resolve("again.json");
        assertThat(Cli.run(CommandLine.parse(List.of("--export", again.toString(), "--data-dir", other.toString())),
                new PrintStream(out), new PrintStream(err), CLOCK)).isEqualTo(Cli.OK);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        assertThat(Files.list(other.resolve("backups")).count()).isPositive(); // taken before the import

        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"stepwise-data\", \"formatVersion\": 99}");
        err.reset();
        assertThat(Cli.run(CommandLine.parse(List.of("--import", bad.toString(), "--data-dir", other.toString())),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK)).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Nothing was imported: ");
        Path third = folder.resolve("third.json");
        Cli.run(CommandLine.parse(List.of("--export", third.toString(), "--data-dir", other.toString())),
                new PrintStream(out), new PrintStream(err), CLOCK);
        assertThat(Files.readAllBytes(third)).isEqualTo(Files.readAllBytes(file));
    }

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", folder.toString()));
        return Cli.run(CommandLine.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }
}
