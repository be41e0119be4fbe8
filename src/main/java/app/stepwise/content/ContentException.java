package app.stepwise.content;

import java.util.List;

/** The career content could not be loaded; the message says what is wrong and where, in plain words. */
public class ContentException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 5;

    private final List<String> problems;

    public ContentException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public ContentException(String source, String problem, Throwable cause) {
        super(message(source, List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    /** Every problem found, each naming its place in the document (e.g. {@code steps[2].milestones[1].target}). */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder text = new StringBuilder("The career content in ").append(source).append(" cannot be used: ");
        text.append(String.join("; ", problems.subList(0, Math.min(PROBLEMS_IN_MESSAGE, problems.size()))));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append("; and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
