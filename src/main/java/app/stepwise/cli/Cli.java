package app.stepwise.cli;

import app.stepwise.AppContext;
import app.stepwise.CommandLine;
import app.stepwise.content.ContentException;
import app.stepwise.store.DataFolder;
import app.stepwise.store.StoreException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

/** The commands for scripts: no window, plain output, documented exit codes. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int DAMAGED = 4;
    public static final int LOCKED = 5;

    private Cli() {
    }

    /** Runs the command {@code line} asks for; the caller exits with the returned code. */
    public static int run(CommandLine line, PrintStream out, PrintStream err, Clock clock) {
        try (AppContext context = AppContext.open(DataFolder.resolve(line.dataDir()))) {
            if (line.check()) {
                if (context.recovery().kind() != app.stepwise.store.Recovery.Kind.OK) {
                    err.println("The data file was damaged. It was set aside as "
                            + context.recovery().movedAside().map(Object::toString).orElse("?")
                            + context.recovery().restoredFrom().map(t -> " and the backup of " + t + " restored.")
                                    .orElse(" and a new, empty one started."));
                    return DAMAGED;
                }
                return Check.run(context, out);
            }
            if (line.exportFile().isPresent()) {
                return Transfer.export(context, line.exportFile().get(), out);
            }
            if (line.importFile().isPresent()) {
                return Transfer.importFile(context, line.importFile().get(), out, err);
            }
            Report report = Report.of(context, LocalDate.now(clock));
            out.print(line.json() ? ReportText.json(report) : ReportText.plain(report));
            return OK;
        } catch (StoreException e) {
            err.println(storeMessage(e));
            return switch (e.reason()) {
                case LOCKED -> LOCKED;
                case DAMAGED, NEWER_VERSION -> DAMAGED;
                default -> FAILED;
            };
        } catch (ContentException e) {
            err.println("Stepwise's built-in career guide is damaged: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("Stepwise could not finish: " + e.getMessage());
            return FAILED;
        }
    }

    private static String storeMessage(StoreException e) {
        return switch (e.reason()) {
            case LOCKED -> "The data in " + e.path() + " is in use by another program; close it and try again.";
            case NEWER_VERSION -> "The data in " + e.path() + " was saved by a newer Stepwise; update Stepwise.";
            case DAMAGED -> "The data file " + e.path() + " is damaged.";
            case FOLDER_NOT_WRITABLE -> "Stepwise cannot write in " + e.path() + ".";
            case DISK_FULL -> "The disk that holds " + e.path() + " is full.";
            case FAILED -> "Stepwise could not open " + e.path() + ".";
        };
    }
}
