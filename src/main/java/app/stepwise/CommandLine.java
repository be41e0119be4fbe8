package app.stepwise;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options Stepwise understands on its command line. */
public record CommandLine(Optional<Path> dataDir, boolean help, boolean version, boolean check, boolean report,
                          boolean json, Optional<Path> exportFile, Optional<Path> importFile) {

    public static final String USAGE = """
            Usage: stepwise [--data-dir DIR] [--check | --report [--json] | --export FILE | --import FILE
                            | --help | --version]

              --data-dir DIR   keep the data (stepwise.db) in DIR instead of the usual data folder
              --check          check the data file (integrity, foreign keys, Stepwise's own rules); no window
              --report         print where you stand: readiness, milestones, portfolio, streak, plan
              --json           with --report: print one JSON object instead of text
              --export FILE    write everything to FILE as one JSON document
              --import FILE    replace everything with FILE (checked first; a backup is taken before)
              --help           show this help
              --version        show the version

            Without --check, --report, --export or --import the window opens.
            Exit codes: 0 ok, 1 failed, 2 wrong usage, 3 bad input file, 4 damaged data, 5 data folder in use.
            """;

    /** Whether a command for scripts was asked for (no window). */
    public boolean isCommand() {
        return check || report || exportFile.isPresent() || importFile.isPresent();
    }

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    public static CommandLine parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        boolean help = false;
        boolean version = false;
        boolean check = false;
        boolean report = false;
        boolean json = false;
        Optional<Path> exportFile = Optional.empty();
        Optional<Path> importFile = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--check")) {
                check = true;
            } else if (arg.equals("--report")) {
                report = true;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--export") || arg.equals("--import")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException(arg + " needs a file, e.g. " + arg + " stepwise-data.json");
                }
                Optional<Path> file = Optional.of(Path.of(args.get(++i)).toAbsolutePath());
                if (arg.equals("--export")) {
                    exportFile = file;
                } else {
                    importFile = file;
                }
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir ~/stepwise-data");
                }
                dataDir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--data-dir=")) {
                String value = arg.substring("--data-dir=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir ~/stepwise-data");
                }
                dataDir = Optional.of(Path.of(value));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        long commands = java.util.stream.Stream.of(check, report, exportFile.isPresent(), importFile.isPresent())
                .filter(b -> b).count();
        if (commands > 1) {
            throw new IllegalArgumentException("Use one of --check, --report, --export and --import at a time, not both");
        }
        if (json && !report) {
            throw new IllegalArgumentException("--json goes with --report");
        }
        return new CommandLine(dataDir.map(Path::toAbsolutePath), help, version, check, report, json, exportFile,
                importFile);
    }
}
