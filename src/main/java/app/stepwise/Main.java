package app.stepwise;

import java.util.List;
import javafx.application.Application;

/** Entry point; not an {@link Application} itself so that a plain (shaded) jar can start JavaFX. */
public final class Main {

    static final int EXIT_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (commandLine.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        Application.launch(StepwiseApp.class, args);
    }
}
