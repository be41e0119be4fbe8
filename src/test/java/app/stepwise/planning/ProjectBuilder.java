package app.stepwise.planning;

import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Projects for planning tests: a blank idea created on 2026-01-01, with only what a test cares about set. */
final class ProjectBuilder {

    private final String id;
    private String title;
    private String summary = "";
    private ProjectStatus status = ProjectStatus.IDEA;
    private Optional<String> repositoryUrl = Optional.empty();
    private Optional<String> liveUrl = Optional.empty();
    private List<String> tags = List.of();
    private Optional<LocalDate> startedOn = Optional.empty();
    private Optional<LocalDate> finishedOn = Optional.empty();
    private String role = "";
    private String decisions = "";
    private String deploymentNotes = "";
    private Set<EvidenceItem> ticked = Set.of();
    private Set<String> steps = Set.of();
    private Set<String> skills = Set.of();
    private Instant createdAt = Instant.parse("2026-01-01T12:00:00Z");

    private ProjectBuilder(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static ProjectBuilder project(String id, String title) {
        return new ProjectBuilder(id, title);
    }

    ProjectBuilder title(String value) { title = value; return this; }
    ProjectBuilder summary(String value) { summary = value; return this; }
    ProjectBuilder status(ProjectStatus value) { status = value; return this; }
    ProjectBuilder repository(String url) { repositoryUrl = Optional.of(url); return this; }
    ProjectBuilder live(String url) { liveUrl = Optional.of(url); return this; }
    ProjectBuilder tags(String... values) { tags = List.of(values); return this; }
    ProjectBuilder started(int year, int month, int day) { startedOn = Optional.of(LocalDate.of(year, month, day)); return this; }
    ProjectBuilder finished(int year, int month, int day) { finishedOn = Optional.of(LocalDate.of(year, month, day)); return this; }
    ProjectBuilder role(String value) { role = value; return this; }
    ProjectBuilder decisions(String value) { decisions = value; return this; }
    ProjectBuilder deploymentNotes(String value) { deploymentNotes = value; return this; }
    ProjectBuilder ticked(EvidenceItem... items) { ticked = Set.of(items); return this; }
    ProjectBuilder steps(String... ids) { steps = Set.of(ids); return this; }
    ProjectBuilder skills(String... ids) { skills = Set.of(ids); return this; }
    ProjectBuilder created(String instant) { createdAt = Instant.parse(instant); return this; }

    Project build() {
        return new Project(id, title, summary, status, repositoryUrl, liveUrl, tags, startedOn, finishedOn, role,
                decisions, deploymentNotes, ticked, steps, skills, createdAt);
    }
}
