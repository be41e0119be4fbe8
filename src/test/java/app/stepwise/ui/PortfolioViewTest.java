package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ProjectTemplate;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class PortfolioViewTest extends StepwiseUiTest {

    @Test
    void aProjectFromATemplateIsEditedListedCountedOnTheRoadmapAndKeptAfterRestart() throws Exception {
        app.open(dataFolder);
        ProjectTemplate template = app.context().guide().projectTemplates().get(0);
        clickOn("#nav-portfolio");
        newProject("From example: " + template.title());
        assertThat(field("#projectTitle").getText()).isEqualTo(template.title());

        replaceText("#projectTitle", "Task API with roles");
        replaceText("#projectRepository", "https://github.com/me/task-api");
        chooseStatus(ProjectStatus.DONE);
        CheckBox readme = lookup("#evidence-readme").queryAs(CheckBox.class);
        interact(readme::fire);
        app.awaitSaves();

        List<Project> stored = app.context().projects().all();
        assertThat(stored).hasSize(1);
        Project project = stored.get(0);
        assertThat(project.title()).isEqualTo("Task API with roles");
        assertThat(project.summary()).isEqualTo(template.summary());
        assertThat(project.tags()).isEqualTo(template.suggestedTags());
        assertThat(project.linkedSkillIds()).containsExactlyInAnyOrderElementsOf(template.suggestedSkills());
        assertThat(project.status()).isEqualTo(ProjectStatus.DONE);
        assertThat(project.repositoryUrl()).contains("https://github.com/me/task-api");
        assertThat(project.tickedEvidence()).containsExactly(EvidenceItem.README);
        assertThat(projectList().getItems()).extracting(Project::title).containsExactly("Task API with roles");

        clickOn("#nav-roadmap");
        selectStep(4);
        assertThat(label("#counterText-step-4_portfolio-projects").getText()).isEqualTo("1 of 3–5 portfolio projects");

        app.restart(dataFolder);
        clickOn("#nav-roadmap");
        selectStep(4);
        assertThat(label("#counterText-step-4_portfolio-projects").getText()).isEqualTo("1 of 3–5 portfolio projects");
        clickOn("#fromPortfolio-step-4_portfolio-projects");
        assertThat(projectList().getItems()).extracting(Project::title).containsExactly("Task API with roles");
        assertThat(field("#projectRepository").getText()).isEqualTo("https://github.com/me/task-api");
    }

    @Test
    void badFieldsAreExplainedAtTheFieldAndNeverSaved() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-portfolio");
        newProject("Blank project");
        replaceText("#projectTitle", "Inventory API");
        app.awaitSaves();

        for (String link : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://files.example.org/x",
                "https://", "www.example.com")) {
            replaceText("#projectLive", link);
            app.awaitSaves();
            assertThat(label("#problem-live_url").isVisible()).as(link).isTrue();
            assertThat(app.context().projects().all().get(0).liveUrl()).as(link).isEmpty();
        }
        replaceText("#projectLive", "https://inventory.example.org");
        app.awaitSaves();
        assertThat(label("#problem-live_url").isVisible()).isFalse();
        assertThat(app.context().projects().all().get(0).liveUrl()).contains("https://inventory.example.org");

        replaceText("#projectTitle", "x".repeat(121));
        app.awaitSaves();
        assertThat(label("#problem-title").getText()).contains("120 characters");
        assertThat(app.context().projects().all().get(0).title()).isEqualTo("Inventory API");
        replaceText("#projectTitle", "");
        app.awaitSaves();
        assertThat(label("#problem-title").getText()).isEqualTo("Give the project a title.");
        assertThat(app.context().projects().all().get(0).title()).isEqualTo("Inventory API");
    }

    @Test
    void onlyWebLinksAreOpenedAndADeletedProjectCanBeBroughtBack() throws Exception {
        app.open(dataFolder);
        clickOn("#nav-portfolio");
        newProject("Blank project");
        replaceText("#projectTitle", "Analytics jobs");
        replaceText("#projectRepository", "https://github.com/me/jobs");
        clickOn("#openRepository");
        assertThat(app.openedLinks).containsExactly("https://github.com/me/jobs");
        replaceText("#projectRepository", "file:///etc/passwd");
        assertThat(lookup("#openRepository").queryAs(Button.class).isDisabled()).isTrue();
        replaceText("#projectRepository", "https://github.com/me/jobs");
        app.awaitSaves();
        clickOn("#deleteProject");
        app.awaitSaves();
        assertThat(app.context().projects().all()).isEmpty();
        assertThat(projectList().getItems()).isEmpty();
        assertThat(label("#bannerText").getText()).contains("“Analytics jobs” was deleted");
        push(KeyCode.CONTROL, KeyCode.Z);
        app.awaitSaves();
        assertThat(app.context().projects().all()).extracting(Project::title).containsExactly("Analytics jobs");
        assertThat(projectList().getItems()).extracting(Project::title).containsExactly("Analytics jobs");
    }

    @Test
    void searchFiltersTheListAndExportWritesMarkdown() throws Exception {
        app.saveTarget = dataFolder.resolve("portfolio.md");
        app.open(dataFolder);
        clickOn("#nav-portfolio");
        newProject("Blank project");
        replaceText("#projectTitle", "Shop backend");
        newProject("Blank project");
        replaceText("#projectTitle", "Metrics pipeline");
        app.awaitSaves();

        clickOn("#search").write("shop");
        assertThat(projectList().getItems()).extracting(Project::title).containsExactly("Shop backend");
        interact(() -> lookup("#search").queryAs(TextField.class).clear());

        clickOn("#export");
        app.awaitSaves();
        String markdown = Files.readString(app.saveTarget);
        assertThat(markdown).startsWith("# Portfolio").contains("## Shop backend", "## Metrics pipeline");
        assertThat(label("#bannerText").getText()).contains("portfolio.md");
    }

    /**
     * Chooses an entry of the New project menu. The entry is fired rather than clicked: on the headless
     * platform a click on a menu that has only just opened is sometimes lost.
     */
    private void newProject(String entry) {
        MenuButton menu = lookup("#newProject").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> entry.equals(i.getText())).findFirst().orElseThrow();
        interact(item::fire);
        assertThat(field("#projectTitle").isFocused()).isTrue();
    }

    private void replaceText(String query, String text) {
        TextField field = field(query);
        clickOn(field).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            interact(() -> field.replaceSelection(text));
        }
        push(KeyCode.TAB);
    }

    @SuppressWarnings("unchecked")
    private void chooseStatus(ProjectStatus status) {
        ComboBox<ProjectStatus> box = lookup("#projectStatus").queryAs(ComboBox.class);
        interact(() -> box.setValue(status));
    }

    @SuppressWarnings("unchecked")
    private ListView<Project> projectList() {
        return lookup("#projectList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private void selectStep(int number) {
        ListView<?> list = lookup("#stepList").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(number - 1));
    }

    private TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

}
