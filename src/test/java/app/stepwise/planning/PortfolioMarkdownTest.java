package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioMarkdownTest {

    private static final Map<String, String> STEPS = new LinkedHashMap<>();
    private static final Map<String, String> SKILLS = new LinkedHashMap<>();

    static {
        STEPS.put("step-1", "Foundations");
        STEPS.put("step-3", "Live projects");
        STEPS.put("step-4", "Portfolio");
        SKILLS.put("skill.sql", "SQL & databases");
        SKILLS.put("skill.docker", "Docker");
    }

    @Test
    void twoProjectsBecomeTwoSectionsWithUserTextEscaped() {
        Project api = project("api", "#1 [beta] Task API | v2").status(ProjectStatus.DEPLOYED)
                .started(2026, 1, 5).finished(2026, 3, 1)
                .summary("REST API for teams.\nRole-based auth with *JWT*.")
                .repository("https://github.com/ana/task-api").live(" https://en.example.org/wiki/Tasks_(app) ")
                .tags("Java", "Spring Boot", "C#").role("Sole developer")
                .decisions("- Chose PostgreSQL over MongoDB\n- Kept <script> out of templates\n\n2. Paginated with cursors")
                .ticked(EvidenceItem.README, EvidenceItem.CI)
                .steps("step-4", "step-3", "step-99").skills("skill.sql").build();
        Project blog = project("blog", "Blog engine").started(2026, 4, 1).repository("javascript:alert(1)")
                .deploymentNotes("Runs on a Raspberry Pi\r\n  behind Caddy  \n").ticked(EvidenceItem.LIVE_DEMO).build();

        // in this text block "\\" is one backslash in the document
        String expected = """
                # Portfolio

                ## \\#1 \\[beta\\] Task API \\| v2

                **Status:** Deployed · 2026-01-05 to 2026-03-01

                REST API for teams.\\
                Role-based auth with \\*JWT\\*.

                [Repository](https://github.com/ana/task-api) · [Live](https://en.example.org/wiki/Tasks_\\(app\\))

                **Stack:** Java, Spring Boot, C\\#

                **Role:** Sole developer

                **Decisions:**

                \\- Chose PostgreSQL over MongoDB\\
                \\- Kept \\<script\\> out of templates

                2\\. Paginated with cursors

                **Evidence:** 4 of 6

                - [x] README
                - [ ] Tests
                - [x] CI
                - [x] Live link or demo
                - [x] Role and decisions written down
                - [ ] Deployment and monitoring notes

                **Roadmap steps:** Live projects, Portfolio

                **Skills:** SQL \\& databases

                ## Blog engine

                **Status:** Idea · started 2026-04-01

                **Deployment and monitoring:**

                Runs on a Raspberry Pi\\
                behind Caddy

                **Evidence:** 2 of 6

                - [ ] README
                - [ ] Tests
                - [ ] CI
                - [x] Live link or demo
                - [ ] Role and decisions written down
                - [x] Deployment and monitoring notes
                """;
        assertThat(PortfolioMarkdown.render(List.of(api, blog), STEPS, SKILLS)).isEqualTo(expected);
    }

    @Test
    void noProjectsGiveAShortLine() {
        assertThat(PortfolioMarkdown.render(List.of(), STEPS, SKILLS)).isEqualTo("# Portfolio\n\nNo projects yet.\n");
    }

    @Test
    void blockMarkersAtTheStartOfALineAreNeutralised() {
        Project p = project("p", "1. Intro\nto   APIs").finished(2026, 5, 31).tags("snake_case", "a\nb")
                .summary("=== \n+ plus\n      indented code?\n> quote\n\n\n10) ten\n~~~\n`tick` back\\slash").build();

        assertThat(PortfolioMarkdown.render(List.of(p), Map.of(), Map.of())).isEqualTo("""
                # Portfolio

                ## 1\\. Intro to APIs

                **Status:** Idea · finished 2026-05-31

                \\===\\
                \\+ plus\\
                indented code?\\
                \\> quote

                10\\) ten\\
                \\~\\~\\~\\
                \\`tick\\` back\\\\slash

                **Stack:** snake\\_case, a b

                **Evidence:** 0 of 6

                - [ ] README
                - [ ] Tests
                - [ ] CI
                - [ ] Live link or demo
                - [ ] Role and decisions written down
                - [ ] Deployment and monitoring notes
                """);
    }
}
