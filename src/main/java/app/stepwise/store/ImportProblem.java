package app.stepwise.store;

import java.util.Objects;

/**
 * Why a data file cannot be imported: the first problem found and where it is in the file, as a JSON path
 * ({@code $.projects[2].liveUrl}). The message is plain enough to show the user as it is. Nothing has been
 * written when this is thrown.
 */
public final class ImportProblem extends Exception {

    private final String path;
    private final String problem;

    public ImportProblem(String path, String problem) {
        this(path, problem, null);
    }

    public ImportProblem(String path, String problem, Throwable cause) {
        super(Objects.requireNonNull(path) + ": " + Objects.requireNonNull(problem), cause);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the file: {@code $} for the whole document, {@code $.steps['step-1'].status} for one value. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
