package app.stepwise.cli;

import app.stepwise.AppContext;
import app.stepwise.content.Guide;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@code --check}: SQLite's integrity and foreign-key checks, then the app's own rules about its rows. */
final class Check {

    private Check() {
    }

    static int run(AppContext context, PrintStream out) throws Exception {
        List<String> problems = context.database().read(c -> {
            List<String> found = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            found.add("integrity: " + rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        found.add("foreign key: a row of " + rs.getString(1) + " refers to a missing " + rs.getString(3));
                    }
                }
            }
            return found;
        });
        List<String> notes = contentNotes(context);
        problems.forEach(p -> out.println("PROBLEM " + p));
        notes.forEach(n -> out.println("note    " + n));
        out.println(problems.isEmpty() ? "ok: the data is intact" : problems.size() + " problem(s) found");
        return problems.isEmpty() ? Cli.OK : Cli.DAMAGED;
    }

    /** Progress on content the guide no longer has is kept (retired), not an error; say so. */
    private static List<String> contentNotes(AppContext context) throws Exception {
        Guide guide = context.guide();
        List<String> notes = new ArrayList<>();
        context.progress().allMilestones().keySet().stream().filter(id -> guide.milestone(id).isEmpty())
                .forEach(id -> notes.add("progress kept for a milestone the guide no longer has: " + id));
        context.progress().allSteps().keySet().stream().filter(id -> guide.step(id).isEmpty())
                .forEach(id -> notes.add("progress kept for a step the guide no longer has: " + id));
        return notes;
    }
}
