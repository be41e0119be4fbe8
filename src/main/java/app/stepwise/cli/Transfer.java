package app.stepwise.cli;

import app.stepwise.AppContext;
import app.stepwise.store.Backup;
import app.stepwise.store.Backups;
import app.stepwise.store.DataExport;
import app.stepwise.store.DataImport;
import app.stepwise.store.ImportProblem;
import app.stepwise.store.TextFiles;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --export FILE} and {@code --import FILE}: everything as one JSON document (docs/data-format.md). */
final class Transfer {

    private Transfer() {
    }

    static int export(AppContext context, Path file, PrintStream out) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataExport.write(context.database(), context.guide(), bytes);
        TextFiles.writeAtomically(file, bytes.toString(StandardCharsets.UTF_8));
        out.println("Exported everything to " + file);
        return Cli.OK;
    }

    /** Checks the whole file first; only a valid file is applied, after a verified backup, in one transaction. */
    static int importFile(AppContext context, Path file, PrintStream out, PrintStream err) throws Exception {
        DataImport.Snapshot snapshot;
        try (InputStream in = Files.newInputStream(file)) {
            snapshot = DataImport.read(in, context.guide());
        } catch (ImportProblem problem) {
            err.println("Nothing was imported: " + problem.getMessage());
            return Cli.BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("Nothing was imported: " + file + " cannot be read (" + e.getMessage() + ")");
            return Cli.BAD_INPUT;
        }
        Backup backup = new Backups(context.database().file().getParent()).create(context.database().file());
        DataImport.apply(context.database(), snapshot);
        out.println("Imported " + file + ". Your data before the import is kept in " + backup.file());
        return Cli.OK;
    }
}
