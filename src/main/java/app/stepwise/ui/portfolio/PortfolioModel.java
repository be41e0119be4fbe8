package app.stepwise.ui.portfolio;

import app.stepwise.content.Guide;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectRepository;
import app.stepwise.ui.common.Background;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The user's portfolio projects as the views see them; every change is saved in the background. */
public final class PortfolioModel {

    private final Guide guide;
    private final ProjectRepository repository;
    private final Background background;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObservableList<Project> readOnlyProjects = FXCollections.unmodifiableObservableList(projects);

    public PortfolioModel(Guide guide, ProjectRepository repository, Background background, List<Project> saved) {
        this.guide = guide;
        this.repository = repository;
        this.background = background;
        projects.setAll(saved);
    }

    public Guide guide() {
        return guide;
    }

    /** All projects, oldest first; read-only for views. */
    public ObservableList<Project> projects() {
        // One wrapper for all callers: it holds its listeners itself, so a wrapper made per call would be
        // collected together with the listeners added to it.
        return readOnlyProjects;
    }

    public Optional<Project> find(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Adds or replaces the project (by id) and saves it. */
    public void save(Project project) {
        int index = indexOf(project.id());
        if (index < 0) {
            projects.add(project);
        } else if (!projects.get(index).equals(project)) {
            projects.set(index, project);
        } else {
            return;
        }
        background.run(() -> repository.save(project));
    }

    /** Removes the project; {@code onDeleted} receives it so the user can undo. */
    public void delete(Project project, Consumer<Project> onDeleted) {
        int index = indexOf(project.id());
        if (index >= 0) {
            projects.remove(index);
            background.run(() -> repository.delete(project.id()), deleted -> onDeleted.accept(project));
        }
    }

    public void restore(Project project) {
        if (indexOf(project.id()) < 0) {
            projects.add(project);
            projects.sort(java.util.Comparator.comparing(Project::createdAt).thenComparing(Project::id));
        }
        background.run(() -> repository.restore(project));
    }

    /** Shows what is stored again, e.g. after a failed save; a failed reload is only reported. */
    public void reload(Consumer<Throwable> onFailure) {
        background.run(repository::all, projects::setAll, onFailure);
    }

    private int indexOf(String id) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
