package app.stepwise;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options Stepwise understands on its command line. */
public record CommandLine(Optional<Path> dataDir, boolean help) {

    public static final String USAGE = """
            Usage: stepwise [--data-dir DIR] [--help]

              --data-dir DIR   keep the data (stepwise.db) in DIR instead of the usual data folder
              --help           show this help
            """;

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    public static CommandLine parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
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
        return new CommandLine(dataDir.map(Path::toAbsolutePath), help);
    }
}
