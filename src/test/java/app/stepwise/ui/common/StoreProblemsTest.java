package app.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.AppContext;
import app.stepwise.content.ContentException;
import app.stepwise.store.StoreException;
import app.stepwise.store.StoreException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreProblemsTest {

    private final Messages messages = Messages.load();
    private final Path file = Path.of("data", "stepwise.db");

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAPlainMessageAtStartAndWhileSaving(Reason reason) {
        StoreException problem = new StoreException(reason, file, "SQLITE_SOMETHING internal detail");
        for (String text : List.of(StoreProblems.atStart(problem, messages), StoreProblems.whileSaving(problem, messages))) {
            assertThat(text).doesNotStartWith("!").doesNotContain("SQLITE", "Exception", "internal detail");
            assertThat(text.length()).isGreaterThan(40);
        }
        assertThat(StoreProblems.atStart(problem, messages)).contains(file.toString());
    }

    @Test
    void newerFileTellsTheUserToUpdateAndThatNothingChanged() {
        String text = StoreProblems.atStart(new StoreException(Reason.NEWER_VERSION, file, "v9"), messages);
        assertThat(text).contains("newer version of Stepwise", "update Stepwise", "has not been changed");
    }

    @Test
    void aFolderThatCannotBeCreatedIsExplainedAtStart(@TempDir Path temp) throws Exception {
        Path regularFile = Files.writeString(temp.resolve("not-a-folder"), "x");
        Exception problem = null;
        try (AppContext ignored = AppContext.open(regularFile.resolve("stepwise"))) {
            // not reached
        } catch (StoreException | ContentException e) {
            problem = e;
        }
        assertThat(problem).isInstanceOf(StoreException.class);
        assertThat(StoreProblems.atStart(problem, messages))
                .startsWith("Stepwise cannot save in the folder")
                .contains("--data-dir");
    }
}
