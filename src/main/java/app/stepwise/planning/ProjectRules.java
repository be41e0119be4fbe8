package app.stepwise.planning;

import app.stepwise.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a project must satisfy before it is saved; the schema refuses the same things again. */
public final class ProjectRules {

    /** Counted in characters (code points), as SQLite's {@code length()} counts them: an emoji is one. */
    public static final int TITLE_MAX = 120;

    public enum Field { TITLE, REPOSITORY_URL, LIVE_URL, FINISHED_ON }

    public enum Problem { REQUIRED, TOO_LONG, NOT_A_LINK, SCHEME_NOT_ALLOWED, NO_HOST, FINISH_BEFORE_START }

    public record FieldProblem(Field field, Problem problem) {
    }

    private ProjectRules() {
    }

    /** Every problem, in field order; empty when the project may be saved. */
    public static List<FieldProblem> check(Project p) {
        List<FieldProblem> problems = new ArrayList<>();
        // the whole title is counted, spaces included: never more lenient than the schema's trim()
        if (p.title().isBlank()) {
            problems.add(new FieldProblem(Field.TITLE, Problem.REQUIRED));
        } else if (p.title().codePointCount(0, p.title().length()) > TITLE_MAX) {
            problems.add(new FieldProblem(Field.TITLE, Problem.TOO_LONG));
        }
        link(Field.REPOSITORY_URL, p.repositoryUrl()).ifPresent(problems::add);
        link(Field.LIVE_URL, p.liveUrl()).ifPresent(problems::add);
        if (p.startedOn().isPresent() && p.finishedOn().isPresent()
                && p.finishedOn().get().isBefore(p.startedOn().get())) {
            problems.add(new FieldProblem(Field.FINISHED_ON, Problem.FINISH_BEFORE_START));
        }
        return List.copyOf(problems);
    }

    private static Optional<FieldProblem> link(Field field, Optional<String> link) {
        return link.flatMap(WebLink::problem).map(problem -> new FieldProblem(field, switch (problem) {
            case NOT_A_LINK -> Problem.NOT_A_LINK;
            case SCHEME_NOT_ALLOWED -> Problem.SCHEME_NOT_ALLOWED;
            case NO_HOST -> Problem.NO_HOST;
        }));
    }

    /**
     * What may be saved of an edit: the edited project with every field that has a problem put back to its
     * stored value (both dates when their order is wrong), so nothing invalid is ever saved and the valid
     * fields are not held back by an invalid one. Empty when even that is not valid.
     */
    public static java.util.Optional<Project> keepValid(Project stored, Project edited) {
        java.util.Set<Field> bad = check(edited).stream().map(FieldProblem::field)
                .collect(java.util.stream.Collectors.toSet());
        boolean dates = bad.contains(Field.FINISHED_ON);
        Project merged = new Project(edited.id(), bad.contains(Field.TITLE) ? stored.title() : edited.title(),
                edited.summary(), edited.status(),
                bad.contains(Field.REPOSITORY_URL) ? stored.repositoryUrl() : edited.repositoryUrl(),
                bad.contains(Field.LIVE_URL) ? stored.liveUrl() : edited.liveUrl(), edited.tags(),
                dates ? stored.startedOn() : edited.startedOn(), dates ? stored.finishedOn() : edited.finishedOn(),
                edited.role(), edited.decisions(), edited.deploymentNotes(), edited.tickedEvidence(),
                edited.linkedStepIds(), edited.linkedSkillIds(), edited.createdAt());
        return check(merged).isEmpty() ? java.util.Optional.of(merged) : java.util.Optional.empty();
    }
}
