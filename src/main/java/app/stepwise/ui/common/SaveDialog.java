package app.stepwise.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file; tests answer without a dialog. */
@FunctionalInterface
public interface SaveDialog {

    Optional<Path> ask(Window owner, String title, String suggestedName);

    /** The operating system's save dialog, offering files of the suggested name's kind (".md", ".csv"). */
    static SaveDialog system() {
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }
}
