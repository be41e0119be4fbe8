package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.StudySession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyLogCsvTest {

    private static final Map<String, String> STEPS = Map.of("step-2", "SQL, databases", "step-6", "Algorithms",
            "step-9", "=Formula step");
    private static final Map<String, String> MILESTONES = Map.of("step-6.daily", "Daily practice");

    private static StudySession session(String id, int day, int minutes, String step, String milestone, String note,
                                        String created) {
        return new StudySession(id, LocalDate.of(2026, 3, day), minutes, step, Optional.ofNullable(milestone), note,
                Instant.parse(created));
    }

    @Test
    void oldestFirstWithTitlesQuotingAndFormulaCellsDefused() {
        // given newest first, as the repository returns them
        List<StudySession> sessions = List.of(
                session("s7", 3, 10, "step-9", null, "\rstarts with CR", "2026-03-03T09:00:00Z"),
                session("s6", 3, 5, "step-6", null, "\tstarts with a tab", "2026-03-03T08:00:00Z"),
                session("s5", 3, 20, "step-6", null, "+1 @SUM(A1)", "2026-03-03T07:00:00Z"),
                session("s4", 3, 15, "step-6", "step-6.old", "-5 pages", "2026-03-03T06:00:00Z"),
                session("s3", 2, 60, "step-6", "step-6.daily", "=HYPERLINK(\"http://evil\",\"x\")",
                        "2026-03-02T08:00:00Z"),
                session("s2", 1, 45, "step-2", null, "SQL joins, \"outer\" ones\nand indexes", "2026-03-01T20:00:00Z"),
                session("s1", 1, 30, "step-gone", null, "مراجعة 🚀 a;b", "2026-03-01T07:00:00Z"),
                session("s0", 1, 1440, "step-6", null, "@home", "2026-03-01T06:00:00.5Z"));

        String expected = "date,minutes,step,milestone,note\r\n"
                + "2026-03-01,1440,Algorithms,,'@home\r\n"
                + "2026-03-01,30,step-gone,,مراجعة 🚀 a;b\r\n"
                + "2026-03-01,45,\"SQL, databases\",,\"SQL joins, \"\"outer\"\" ones\nand indexes\"\r\n"
                + "2026-03-02,60,Algorithms,Daily practice,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"
                + "2026-03-03,15,Algorithms,step-6.old,'-5 pages\r\n"
                + "2026-03-03,20,Algorithms,,'+1 @SUM(A1)\r\n"
                + "2026-03-03,5,Algorithms,,'\tstarts with a tab\r\n"
                + "2026-03-03,10,'=Formula step,,\"'\rstarts with CR\"\r\n";
        assertThat(StudyLogCsv.render(sessions, STEPS, MILESTONES)).isEqualTo(expected);
    }

    @Test
    void anEmptyLogIsTheHeaderAlone() {
        assertThat(StudyLogCsv.render(List.of(), STEPS, MILESTONES)).isEqualTo("date,minutes,step,milestone,note\r\n");
    }

    @Test
    void signsInsideACellAreLeftAlone() {
        assertThat(StudyLogCsv.field("a=b+c-d@e")).isEqualTo("a=b+c-d@e");
        assertThat(StudyLogCsv.field("")).isEqualTo("");
        assertThat(StudyLogCsv.field(" =1+1")).isEqualTo(" =1+1");
        assertThat(StudyLogCsv.field("\"")).isEqualTo("\"\"\"\"");
    }
}
