package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.Backup;
import app.stepwise.store.MilestoneProgress;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

class DataViewTest extends StepwiseUiTest {

    private static final MilestoneProgress TICK = new MilestoneProgress("step-1.one-language", "step-1", true, 0);

    @Test
    void aBackupCanBeMadeAndRestoredAndTheUserIsToldAtTheNextStart() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-data");
        app.awaitSaves();
        int before = table().getItems().size();
        clickOn("#backUpNow");
        app.awaitSaves();
        assertThat(table().getItems()).hasSize(before + 1);

        app.context().progress().saveMilestone(TICK); // a change after the backup
        interact(() -> table().getSelectionModel().select(0));
        clickOn("#restore");
        clickOn(lookup(".dialog-pane .button").match((Button b) -> "Restore and close".equals(b.getText())).queryButton());
        app.awaitSaves();
        assertThat(Files.exists(dataFolder.resolve("restore.pending"))).isTrue();

        app.restart(dataFolder);
        assertThat(app.context().restoredOnRequest()).map(Backup::file).isPresent();
        assertThat(app.context().progress().allMilestones()).doesNotContainKey(TICK.milestoneId());
        assertThat(lookup("#bannerText").queryAs(Label.class).getText()).startsWith("Your data was restored");
        assertThat(Files.exists(dataFolder.resolve("restore.pending"))).isFalse();
    }

    @SuppressWarnings("unchecked")
    private TableView<Backup> table() {
        return lookup("#backupTable").queryAs(TableView.class);
    }
}
