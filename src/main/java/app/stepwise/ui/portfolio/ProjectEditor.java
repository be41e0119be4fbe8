package app.stepwise.ui.portfolio;

import app.stepwise.content.Guide;
import app.stepwise.content.Skill;
import app.stepwise.content.Step;
import app.stepwise.planning.Evidence;
import app.stepwise.planning.ProjectRules;
import app.stepwise.planning.ProjectRules.Field;
import app.stepwise.planning.ProjectRules.FieldProblem;
import app.stepwise.planning.WebLink;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Debouncer;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Edits one project. Each valid change is saved at once (typing after a short pause); a field that is not
 * valid is marked, explained, and left out of what is saved, so the last valid value stays stored.
 */
final class ProjectEditor extends VBox {

    private static final Duration TYPING_PAUSE = Duration.millis(500);
    private static final String ACCESSIBLE_KEY = "stepwise.accessibleKey";
    private static final List<EvidenceItem> TICKABLE =
            List.of(EvidenceItem.README, EvidenceItem.TESTS, EvidenceItem.CI, EvidenceItem.LIVE_DEMO);

    private final PortfolioModel model;
    private final Messages messages;
    private final LinkOpener links;
    private final Banner banner;
    private final Debouncer typing = new Debouncer(TYPING_PAUSE);
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Field, Label> problemLabels = new EnumMap<>(Field.class);
    private final Map<EvidenceItem, CheckBox> evidenceBoxes = new EnumMap<>(EvidenceItem.class);

    private final TextField title = textField("projectTitle", "portfolio.field.title");
    private final TextArea summary = textArea("projectSummary", "portfolio.field.summary", 4);
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final TextField repository = textField("projectRepository", "portfolio.field.repository");
    private final TextField live = textField("projectLive", "portfolio.field.live");
    private final Button openRepository = new Button();
    private final Button openLive = new Button();
    private final TagEditor tags;
    private final DatePicker started = new DatePicker();
    private final DatePicker finished = new DatePicker();
    private final TextField role = textField("projectRole", "portfolio.field.role");
    private final TextArea decisions = textArea("projectDecisions", "portfolio.field.decisions", 5);
    private final TextArea deployment = textArea("projectDeployment", "portfolio.field.deployment", 3);
    private final Label evidenceSummary = new Label();
    private final Label derivedEvidence = new Label();
    private final CheckComboBox<String> steps = new CheckComboBox<>();
    private final CheckComboBox<String> skills = new CheckComboBox<>();
    private final VBox form = new VBox(10);
    private final Label empty = new Label();

    private Project shown;
    private boolean loading;

    ProjectEditor(PortfolioModel model, Messages messages, LinkOpener links, Banner banner) {
        this.model = model;
        this.messages = messages;
        this.links = links;
        this.banner = banner;
        Guide guide = model.guide();
        tags = new TagEditor(guide.technologies(), messages);
        getStyleClass().add("project-editor");
        setSpacing(10);
        evidenceSummary.setWrapText(true);
        derivedEvidence.setWrapText(true);
        empty.setText(messages.get("portfolio.editor.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setId("projectEditorEmpty");
        nameTextFields();
        setUpChoices(guide);
        setUpValidation();
        form.getChildren().addAll(
                header(),
                field("portfolio.field.title", title, Field.TITLE),
                field("portfolio.field.summary", summary, null),
                row(field("portfolio.field.status", status, null),
                        field("portfolio.field.started", started, null),
                        field("portfolio.field.finished", finished, Field.FINISHED_ON)),
                field("portfolio.field.repository", withButton(repository, openRepository, "openRepository"),
                        Field.REPOSITORY_URL),
                field("portfolio.field.live", withButton(live, openLive, "openLive"), Field.LIVE_URL),
                field("portfolio.field.tags", tags, null),
                field("portfolio.field.role", role, null),
                field("portfolio.field.decisions", decisions, null),
                field("portfolio.field.deployment", deployment, null),
                section("portfolio.evidence"), evidenceSummary, evidenceChecks(), derivedEvidence,
                section("portfolio.links"),
                field("portfolio.field.steps", steps, null),
                field("portfolio.field.skills", skills, null));
        listenForEdits();
        show(Optional.empty());
    }

    /** Shows a project, or the empty state; whatever was typed for the previous one is saved first. */
    void show(Optional<Project> project) {
        flush();
        shown = project.orElse(null);
        if (shown == null) {
            getChildren().setAll(empty);
            return;
        }
        loading = true;
        title.setText(shown.title());
        summary.setText(shown.summary());
        status.setValue(shown.status());
        repository.setText(shown.repositoryUrl().orElse(""));
        live.setText(shown.liveUrl().orElse(""));
        tags.setTags(shown.tags());
        started.setValue(shown.startedOn().orElse(null));
        finished.setValue(shown.finishedOn().orElse(null));
        role.setText(shown.role());
        decisions.setText(shown.decisions());
        deployment.setText(shown.deploymentNotes());
        TICKABLE.forEach(item -> evidenceBoxes.get(item).setSelected(shown.tickedEvidence().contains(item)));
        check(steps, shown.linkedStepIds());
        check(skills, shown.linkedSkillIds());
        loading = false;
        getChildren().setAll(form);
        showProblems(ProjectRules.check(shown));
        showEvidence(shown);
    }

    Optional<String> shownId() {
        return Optional.ofNullable(shown).map(Project::id);
    }

    /** Saves what is still waiting for the typing pause. */
    void flush() {
        typing.flush();
    }

    void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }

    private void edited() {
        if (loading || shown == null) {
            return;
        }
        Project candidate = fromFields();
        List<FieldProblem> problems = ProjectRules.check(candidate);
        showProblems(problems);
        showEvidence(candidate);
        ProjectRules.keepValid(shown, candidate).ifPresent(valid -> {
            shown = valid;
            model.save(valid);
        });
    }

    private Project fromFields() {
        Set<EvidenceItem> ticked = EnumSet.noneOf(EvidenceItem.class);
        TICKABLE.stream().filter(item -> evidenceBoxes.get(item).isSelected()).forEach(ticked::add);
        return new Project(shown.id(), title.getText().strip(), summary.getText(), status.getValue(),
                optionalText(repository), optionalText(live), List.copyOf(tags.tags()),
                Optional.ofNullable(started.getValue()), Optional.ofNullable(finished.getValue()),
                role.getText(), decisions.getText(), deployment.getText(), ticked,
                Set.copyOf(steps.getCheckModel().getCheckedItems()),
                Set.copyOf(skills.getCheckModel().getCheckedItems()), shown.createdAt());
    }

    private void showProblems(List<FieldProblem> problems) {
        problemLabels.forEach((field, label) -> {
            Optional<FieldProblem> problem = problems.stream().filter(p -> p.field() == field).findFirst();
            label.setText(problem.map(this::problemText).orElse(""));
            label.setVisible(problem.isPresent());
            label.setManaged(problem.isPresent());
        });
        validation.revalidate();
        openRepository.setDisable(WebLink.openable(repository.getText()).isEmpty());
        openLive.setDisable(WebLink.openable(live.getText()).isEmpty());
    }

    private String problemText(FieldProblem problem) {
        String key = "portfolio.problem." + problem.problem().name().toLowerCase(java.util.Locale.ROOT);
        return messages.get(key, ProjectRules.TITLE_MAX, title.getText().strip().codePointCount(0,
                title.getText().strip().length()));
    }

    private void showEvidence(Project project) {
        List<EvidenceItem> missing = Evidence.missing(project);
        evidenceSummary.setText(missing.isEmpty()
                ? messages.get("portfolio.evidence.complete", Evidence.TOTAL)
                : messages.get("portfolio.evidence.score", Evidence.score(project), Evidence.TOTAL,
                        missing.stream().map(this::evidenceName).collect(Collectors.joining(", "))));
        Set<EvidenceItem> held = Evidence.held(project);
        List<EvidenceItem> derived = List.of(EvidenceItem.LIVE_DEMO, EvidenceItem.ROLE_AND_DECISIONS,
                EvidenceItem.DEPLOYMENT_NOTES);
        derivedEvidence.setText(derived.stream()
                .map(item -> (held.contains(item) ? "✓ " : "✗ ") + evidenceName(item))
                .collect(Collectors.joining("    ")));
        derivedEvidence.setAccessibleText(derived.stream()
                .map(item -> messages.get(held.contains(item) ? "portfolio.evidence.has" : "portfolio.evidence.lacks",
                        evidenceName(item)))
                .collect(Collectors.joining(". ")));
    }

    String evidenceName(EvidenceItem item) {
        return messages.get("evidence." + item.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void setUpValidation() {
        register(title, Field.TITLE);
        register(repository, Field.REPOSITORY_URL);
        register(live, Field.LIVE_URL);
        register(finished, Field.FINISHED_ON);
    }

    private void register(Control control, Field field) {
        Validator<Object> validator = (c, value) -> {
            Optional<FieldProblem> problem = shown == null ? Optional.empty()
                    : ProjectRules.check(fromFields()).stream().filter(p -> p.field() == field).findFirst();
            return ValidationResult.fromErrorIf(c, problem.map(this::problemText).orElse(""), problem.isPresent());
        };
        validation.registerValidator(control, false, validator);
    }

    private void listenForEdits() {
        for (TextInputControl text : List.of(title, summary, repository, live, role, decisions, deployment)) {
            text.textProperty().addListener((obs, old, now) -> {
                if (!loading) {
                    typing.schedule(this::edited);
                }
            });
            text.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    typing.flush();
                }
            });
        }
        status.valueProperty().addListener((obs, old, now) -> edited());
        started.valueProperty().addListener((obs, old, now) -> edited());
        finished.valueProperty().addListener((obs, old, now) -> edited());
        tags.tags().addListener((ListChangeListener<String>) c -> edited());
        steps.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> edited());
        skills.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> edited());
        openRepository.setOnAction(e -> links.open(repository.getText()));
        openLive.setOnAction(e -> links.open(live.getText()));
    }

    private void setUpChoices(Guide guide) {
        status.getItems().setAll(ProjectStatus.values());
        status.setId("projectStatus");
        status.setAccessibleText(messages.get("portfolio.field.status"));
        status.setConverter(DisplayText.of(s -> messages.get(statusKey(s))));
        started.setId("projectStarted");
        started.setAccessibleText(messages.get("portfolio.field.started"));
        finished.setId("projectFinished");
        finished.setAccessibleText(messages.get("portfolio.field.finished"));
        steps.setId("projectSteps");
        steps.setAccessibleText(messages.get("portfolio.field.steps"));
        steps.getItems().setAll(guide.steps().stream().map(Step::id).toList());
        steps.setConverter(DisplayText.of(id -> guide.step(id)
                .map(s -> messages.get("roadmap.step.heading", s.number(), s.title())).orElse(id)));
        skills.setId("projectSkills");
        skills.setAccessibleText(messages.get("portfolio.field.skills"));
        skills.getItems().setAll(guide.skills().stream().map(Skill::id).toList());
        skills.setConverter(DisplayText.of(id -> guide.skill(id).map(Skill::name).orElse(id)));
        steps.setMaxWidth(Double.MAX_VALUE);
        skills.setMaxWidth(Double.MAX_VALUE);
        openRepository.setText(messages.get("portfolio.open"));
        openRepository.setAccessibleText(messages.get("portfolio.open.repository"));
        openLive.setText(messages.get("portfolio.open"));
        openLive.setAccessibleText(messages.get("portfolio.open.live"));
    }

    static String statusKey(ProjectStatus status) {
        return "project.status." + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Node evidenceChecks() {
        HBox box = new HBox(16);
        for (EvidenceItem item : TICKABLE) {
            CheckBox check = new CheckBox(messages.get("evidence.tick." + item.name().toLowerCase(java.util.Locale.ROOT)));
            check.setId("evidence-" + item.name().toLowerCase(java.util.Locale.ROOT));
            check.selectedProperty().addListener((obs, was, is) -> edited());
            evidenceBoxes.put(item, check);
            box.getChildren().add(check);
        }
        return box;
    }

    /** "Project details" with the delete button beside it, so it is in reach without scrolling. */
    private Node header() {
        Label heading = new Label(messages.get("portfolio.editor.title"));
        heading.getStyleClass().add("detail-title");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(12, heading, gap, deleteButton());
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private Button deleteButton() {
        Button delete = new Button(messages.get("portfolio.delete"));
        delete.setId("deleteProject");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> {
            flush();
            Project doomed = shown;
            model.delete(doomed, deleted -> banner.offer(messages.get("portfolio.deleted", deleted.title()),
                    messages.get("banner.undo"), () -> model.restore(deleted)));
        });
        return delete;
    }

    private Node field(String labelKey, Node control, Field field) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("field-label");
        // the label names the field itself, not the box around a field and its button
        label.setLabelFor(control instanceof HBox withButton ? withButton.getChildren().get(0)
                : control instanceof TagEditor tagEditor ? tagEditor.input() : control);
        VBox box = new VBox(4, label, control);
        if (field != null) {
            Label problem = new Label();
            problem.setId("problem-" + field.name().toLowerCase(java.util.Locale.ROOT));
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problemLabels.put(field, problem);
            box.getChildren().add(problem);
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node row(Node... fields) {
        HBox row = new HBox(12, fields);
        return row;
    }

    private static Node withButton(TextField field, Button button, String id) {
        button.setId(id);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, button);
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static TextField textField(String id, String accessibleKey) {
        TextField field = new TextField();
        field.setId(id);
        field.getProperties().put(ACCESSIBLE_KEY, accessibleKey);
        return field;
    }

    private static TextArea textArea(String id, String accessibleKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.getProperties().put(ACCESSIBLE_KEY, accessibleKey);
        return area;
    }

    /** Field initialisers run before {@code messages} is set, so their accessible names are set here. */
    private void nameTextFields() {
        for (TextInputControl text : List.of(title, summary, repository, live, role, decisions, deployment)) {
            text.setAccessibleText(messages.get((String) text.getProperties().get(ACCESSIBLE_KEY)));
        }
    }

    private static Optional<String> optionalText(TextField field) {
        String text = field.getText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private void check(CheckComboBox<String> box, Set<String> ids) {
        box.getCheckModel().clearChecks();
        ids.forEach(id -> box.getCheckModel().check(id));
    }
}
