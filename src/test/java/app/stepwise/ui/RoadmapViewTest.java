package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.Step;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.StepStatus;
import app.stepwise.ui.common.NoteEditor;
import app.stepwise.ui.common.WholeNumberSpinner;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class RoadmapViewTest extends StepwiseUiTest {

    private static final String LANGUAGE = "step-1.one-language";
    private static final String PULL_REQUESTS = "step-5.open-source-prs";


    @Test
    void tickCountAndNotesAreShownStoredAndThereAfterRestart() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");

        clickOn("#check-step-1_one-language");
        selectStep(5);
        setCounter("#counter-step-5_open-source-prs", "2");
        clickOn("#noteToggle-step-5_open-source-prs").write("Fixed a typo in the Flask docs");
        scrollDetailToBottom();
        clickOn("#stepNote").write("Ask in the Discord which issues suit beginners");
        assertThat(counterText()).isEqualTo("2 of 3 pull requests");
        clickOn("#nav-career");
        app.awaitSaves();

        assertThat(app.context().progress().allMilestones())
                .containsEntry(LANGUAGE, new MilestoneProgress(LANGUAGE, "step-1", true, 0))
                .containsEntry(PULL_REQUESTS, new MilestoneProgress(PULL_REQUESTS, "step-5", false, 2));
        assertThat(app.context().progress().allSteps().get("step-5").status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(app.context().notes().all())
                .containsEntry(PULL_REQUESTS, "Fixed a typo in the Flask docs")
                .containsEntry("step-5", "Ask in the Discord which issues suit beginners");

        app.restart(dataFolder);
        clickOn("#nav-roadmap");
        assertThat(lookup("#check-step-1_one-language").queryAs(CheckBox.class).isSelected()).isTrue();
        selectStep(5);
        assertThat(counterText()).isEqualTo("2 of 3 pull requests");
        assertThat(lookup("#stepStatus").queryAs(Label.class).getText()).isEqualTo("In progress");
        assertThat(lookup("#note-step-5_open-source-prs").queryAs(NoteEditor.class).getText())
                .isEqualTo("Fixed a typo in the Flask docs");
        assertThat(lookup("#stepNote").queryAs(NoteEditor.class).getText())
                .isEqualTo("Ask in the Discord which issues suit beginners");
    }

    @Test
    void counterRefusesAnythingButWholeNumbers() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        selectStep(5);
        WholeNumberSpinner counter = lookup("#counter-step-5_open-source-prs").queryAs(WholeNumberSpinner.class);

        clickOn(counter.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("-3x2.5");
        assertThat(counter.getEditor().getText()).isEqualTo("325");
        assertThat(counter.isShowingRefusal()).isFalse();
        push(KeyCode.CONTROL, KeyCode.A).write("e");
        assertThat(counter.isShowingRefusal()).isTrue();
        assertThat(counter.getEditor().getText()).isEqualTo("325");
        type(KeyCode.ENTER);
        app.awaitSaves();

        assertThat(app.context().progress().allMilestones().get(PULL_REQUESTS).count()).isEqualTo(325);
    }

    @Test
    void resetStepCanBeUndoneAndSkipIsKept() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        clickOn("#check-step-1_one-language");
        clickOn("#check-step-1_data-structures");
        clickOn("#resetStep");
        app.awaitSaves();
        assertThat(lookup("#check-step-1_one-language").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(app.context().progress().allMilestones()).doesNotContainKey(LANGUAGE);
        assertThat(lookup("#bannerText").queryAs(Label.class).getText()).contains("Step 1 was reset");

        clickOn("#bannerAction");
        app.awaitSaves();
        assertThat(lookup("#check-step-1_one-language").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(app.context().progress().allMilestones()).containsKeys(LANGUAGE, "step-1.data-structures");

        selectStep(5);
        clickOn("#skipStep");
        app.restart(dataFolder);
        clickOn("#nav-roadmap");
        selectStep(5);
        assertThat(lookup("#stepStatus").queryAs(Label.class).getText()).isEqualTo("Skipped");
        selectStep(1);
        assertThat(lookup("#check-step-1_data-structures").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#stepStatus").queryAs(Label.class).getText()).isEqualTo("In progress");
    }

    @Test
    void aLongNoteWithEmojiAndRightToLeftTextComesBackIntact() throws Exception {
        // about 1,400 lines, as a long pasted write-up would have
        String note = "🚀 تعلمت الفهارس اليوم ✅ indexes, joins and EXPLAIN plans\n".repeat(1400);
        assertThat(note.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(100_000);
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        NoteEditor editor = lookup("#stepNote").queryAs(NoteEditor.class);
        interact(() -> editor.setText(note));
        clickOn("#nav-career");
        app.restart(dataFolder);
        clickOn("#nav-roadmap");
        assertThat(lookup("#stepNote").queryAs(NoteEditor.class).getText()).isEqualTo(note);
    }

    @Test
    void undoAfterALaterTickPutsBackExactlyWhatWasThereOnScreenAndOnDisk() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        clickOn("#check-step-1_one-language");
        clickOn("#resetStep");
        app.awaitSaves();
        clickOn("#check-step-1_algorithms");
        push(KeyCode.CONTROL, KeyCode.Z);
        app.awaitSaves();

        assertThat(lookup("#check-step-1_one-language").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#check-step-1_algorithms").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(app.context().progress().allMilestones().keySet()).containsExactly(LANGUAGE);
        assertThat(app.context().progress().allSteps().get("step-1").status()).isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void aFullDiskIsExplainedAndTheStoredNoteStaysAsItWas() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-roadmap");
        clickOn("#noteToggle-step-1_one-language").write("kept");
        clickOn("#check-step-1_algorithms");
        app.awaitSaves();
        // The database may not grow any more: the next large write fails as on a full disk.
        long pages = app.context().database().read(c -> c.createStatement()
                .executeQuery("PRAGMA page_count").getLong(1));
        app.context().database().write(c -> c.createStatement().executeQuery("PRAGMA max_page_count = " + pages).next());

        NoteEditor note = lookup("#note-step-1_one-language").queryAs(NoteEditor.class);
        interact(() -> note.setText("a line of a long note\n".repeat(10_000)));
        clickOn("#check-step-1_data-structures");
        app.awaitSaves();

        assertThat(lookup("#bannerText").queryAs(Label.class).getText()).contains("disk", "is full");
        assertThat(app.context().notes().get(LANGUAGE)).contains("kept");
        assertThat(note.getText()).isEqualTo("kept");
    }

    private void scrollDetailToBottom() {
        ScrollPane scroll = lookup("#detailScroll").queryAs(ScrollPane.class);
        interact(() -> scroll.setVvalue(1));
    }

    @SuppressWarnings("unchecked")
    private void selectStep(int number) {
        ListView<Step> list = lookup("#stepList").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(number - 1));
    }

    private void setCounter(String query, String value) {
        WholeNumberSpinner counter = lookup(query).queryAs(WholeNumberSpinner.class);
        clickOn(counter.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(value).type(KeyCode.ENTER);
    }

    private String counterText() {
        return lookup("#counterText-step-5_open-source-prs").queryAs(Label.class).getText();
    }
}
