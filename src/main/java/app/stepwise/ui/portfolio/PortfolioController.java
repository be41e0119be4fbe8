package app.stepwise.ui.portfolio;

import app.stepwise.content.ProjectTemplate;
import app.stepwise.content.Skill;
import app.stepwise.content.Step;
import app.stepwise.planning.PortfolioMarkdown;
import app.stepwise.planning.PortfolioQuery;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import app.stepwise.store.TextFiles;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.SaveDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;

/** The portfolio: filtered and sorted project cards beside the editor of the selected one. */
public final class PortfolioController {

    private static final String ALL = "";

    private final PortfolioModel model;
    private final Messages messages;
    private final Banner banner;
    private final Background background;
    private final LinkOpener links;
    private final SaveDialog saveDialog;
    private final Clock clock;
    private ProjectEditor editor;
    private boolean rebuilding;

    @FXML private MenuButton newProject;
    @FXML private TextField search;
    @FXML private ComboBox<String> statusFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ComboBox<PortfolioQuery.Sort> sort;
    @FXML private Button export;
    @FXML private Label countLabel;
    @FXML private ListView<Project> projectList;
    @FXML private ScrollPane editorScroll;

    public PortfolioController(PortfolioModel model, Messages messages, Banner banner, Background background,
                               LinkOpener links, SaveDialog saveDialog, Clock clock) {
        this.model = model;
        this.messages = messages;
        this.banner = banner;
        this.background = background;
        this.links = links;
        this.saveDialog = saveDialog;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        editor = new ProjectEditor(model, messages, links, banner);
        editorScroll.setContent(editor);
        projectList.setCellFactory(list -> new ProjectCell(messages));
        Label placeholder = new Label(messages.get("portfolio.list.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().addAll("muted", "empty-state");
        projectList.setPlaceholder(placeholder);
        projectList.getSelectionModel().selectedItemProperty().addListener((obs, old, project) -> {
            if (!rebuilding && (project == null || !editor.shownId().equals(Optional.of(project.id())))) {
                editor.show(Optional.ofNullable(project));
            }
        });
        setUpNewMenu();
        setUpFilters();
        model.projects().addListener((ListChangeListener<Project>) c -> refreshList());
        refreshList();
        projectList.getSelectionModel().selectFirst();
    }

    /** Saves whatever is still being typed in the editor. */
    public void flushEdits() {
        editor.flush();
    }

    private void setUpNewMenu() {
        MenuItem blank = new MenuItem(messages.get("portfolio.new.blank"));
        blank.setId("newBlank");
        blank.setOnAction(e -> create(Project.blank(UUID.randomUUID().toString(),
                messages.get("portfolio.new.blank.title"), Instant.now(clock))));
        newProject.getItems().addAll(blank, new SeparatorMenuItem());
        for (ProjectTemplate template : model.guide().projectTemplates()) {
            MenuItem item = new MenuItem(messages.get("portfolio.new.template", template.title()));
            item.setId("newFrom-" + template.id().replace('.', '_'));
            item.setOnAction(e -> create(fromTemplate(template)));
            newProject.getItems().add(item);
        }
    }

    private Project fromTemplate(ProjectTemplate template) {
        Project blank = Project.blank(UUID.randomUUID().toString(), template.title(), Instant.now(clock));
        return new Project(blank.id(), template.title(), template.summary(), ProjectStatus.IDEA,
                Optional.empty(), Optional.empty(), template.suggestedTags(), Optional.empty(), Optional.empty(),
                "", "", "", blank.tickedEvidence(), java.util.Set.copyOf(template.steps()),
                java.util.Set.copyOf(template.suggestedSkills()), blank.createdAt());
    }

    private void create(Project project) {
        model.save(project);
        select(project.id());
        editor.focusTitle();
    }

    private void setUpFilters() {
        statusFilter.getItems().add(ALL);
        for (ProjectStatus status : ProjectStatus.values()) {
            statusFilter.getItems().add(status.name());
        }
        statusFilter.setConverter(DisplayText.of(value -> value.equals(ALL)
                ? messages.get("portfolio.filter.status.all")
                : messages.get(ProjectEditor.statusKey(ProjectStatus.valueOf(value)))));
        statusFilter.setValue(ALL);
        tagFilter.setConverter(DisplayText.of(value -> value.equals(ALL)
                ? messages.get("portfolio.filter.tag.all") : value));
        tagFilter.getItems().add(ALL);
        tagFilter.setValue(ALL);
        sort.getItems().setAll(PortfolioQuery.Sort.values());
        sort.setConverter(DisplayText.of(value -> messages.get("portfolio.sort." + value.name().toLowerCase(Locale.ROOT))));
        sort.setValue(PortfolioQuery.Sort.NEWEST);
        search.textProperty().addListener((obs, old, now) -> refreshList());
        statusFilter.valueProperty().addListener((obs, old, now) -> refreshList());
        tagFilter.valueProperty().addListener((obs, old, now) -> refreshList());
        sort.valueProperty().addListener((obs, old, now) -> refreshList());
    }

    /** Shows the projects that pass the filters, keeping the selected one selected. */
    private void refreshList() {
        // The list's own selection wins: while the selection moves, the editor may still show the old project.
        Optional<String> selectedId = Optional.ofNullable(projectList.getSelectionModel().getSelectedItem())
                .map(Project::id).or(editor::shownId);
        List<Project> shown = PortfolioQuery.apply(filter(), model.projects());
        rebuilding = true;
        projectList.getItems().setAll(shown);
        selectedId.flatMap(id -> shown.stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresent(p -> projectList.getSelectionModel().select(p));
        rebuilding = false;
        if (selectedId.isPresent() && model.find(selectedId.get()).isEmpty()) {
            projectList.getSelectionModel().selectFirst();
            editor.show(Optional.ofNullable(projectList.getSelectionModel().getSelectedItem()));
        }
        updateTagChoices();
        countLabel.setText(messages.get("portfolio.count", shown.size(), model.projects().size()));
        export.setDisable(model.projects().isEmpty());
    }

    private PortfolioQuery.Filter filter() {
        Optional<ProjectStatus> status = Optional.ofNullable(statusFilter.getValue())
                .filter(v -> !v.equals(ALL)).map(ProjectStatus::valueOf);
        Optional<String> tag = Optional.ofNullable(tagFilter.getValue()).filter(v -> !v.equals(ALL));
        return new PortfolioQuery.Filter(status, tag, search.getText(), sort.getValue());
    }

    private void updateTagChoices() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        model.projects().forEach(p -> tags.addAll(p.tags()));
        List<String> choices = new java.util.ArrayList<>(List.of(ALL));
        choices.addAll(tags);
        if (!choices.equals(tagFilter.getItems())) {
            String current = tagFilter.getValue();
            tagFilter.getItems().setAll(choices);
            tagFilter.setValue(choices.contains(current) ? current : ALL);
        }
    }

    /** Shows a project, e.g. when a next-best action asks for evidence on it. */
    public void select(String id) {
        search.clear();
        statusFilter.setValue(ALL);
        tagFilter.setValue(ALL);
        projectList.getItems().stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(p -> projectList.getSelectionModel().select(p));
        projectList.scrollTo(projectList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void export() {
        editor.flush();
        Optional<Path> target = saveDialog.ask(export.getScene().getWindow(), messages.get("portfolio.export.title"),
                "portfolio.md");
        if (target.isEmpty()) {
            return;
        }
        Map<String, String> stepTitles = model.guide().steps().stream()
                .collect(Collectors.toMap(Step::id, s -> messages.get("roadmap.step.heading", s.number(), s.title())));
        Map<String, String> skillNames = model.guide().skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));
        String markdown = PortfolioMarkdown.render(List.copyOf(model.projects()), stepTitles, skillNames);
        Path file = target.get();
        background.run(() -> {
            TextFiles.writeAtomically(file, markdown);
            return file;
        }, saved -> banner.info(messages.get("portfolio.exported", saved)),
                problem -> banner.error(messages.get("portfolio.export.failed", file)));
    }
}
