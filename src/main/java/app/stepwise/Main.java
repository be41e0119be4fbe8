package app.stepwise;

import app.stepwise.cli.Cli;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;

/** Entry point; not an {@link Application} itself so that a plain (shaded) jar can start JavaFX. */
public final class Main {

    static final int EXIT_USAGE = Cli.USAGE;

    private Main() {
    }

    /** The version from the jar's manifest, or "development" when run from the classes folder. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
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
        if (commandLine.version()) {
            System.out.println("Stepwise " + version());
            return;
        }
        if (commandLine.isCommand()) {
            System.exit(Cli.run(commandLine, System.out, System.err, Clock.systemDefaultZone()));
        }
        Application.launch(StepwiseApp.class, args);
    }
}
