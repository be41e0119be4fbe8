package app.stepwise.ui.skills;

import app.stepwise.content.Guide;
import app.stepwise.store.SkillRating;
import app.stepwise.store.SkillRepository;
import app.stepwise.ui.common.Background;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** The user's self-ratings (with every change kept) and the milestones linked to each skill as evidence. */
public final class SkillsModel {

    private final Guide guide;
    private final SkillRepository repository;
    private final Background background;
    private final Clock clock;
    private final Map<String, List<SkillRating>> history = new HashMap<>();
    private final Map<String, Set<String>> milestones = new HashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    /** What was stored, read off the FX thread. */
    public record Saved(Map<String, List<SkillRating>> history, Map<String, Set<String>> milestones) {
    }

    public SkillsModel(Guide guide, SkillRepository repository, Background background, Clock clock, Saved saved) {
        this.guide = guide;
        this.repository = repository;
        this.background = background;
        this.clock = clock;
        saved.history().forEach((skill, ratings) -> history.put(skill, new ArrayList<>(ratings)));
        saved.milestones().forEach((skill, ids) -> milestones.put(skill, new HashSet<>(ids)));
    }

    public static Saved load(Guide guide, SkillRepository repository) throws app.stepwise.store.StoreException {
        Map<String, List<SkillRating>> history = new HashMap<>();
        for (var skill : guide.skills()) {
            history.put(skill.id(), repository.history(skill.id()));
        }
        return new Saved(history, repository.linkedMilestones());
    }

    public Guide guide() {
        return guide;
    }

    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    /** The latest rating of each rated skill. */
    public Map<String, Integer> ratings() {
        Map<String, Integer> current = new HashMap<>();
        history.forEach((skill, ratings) -> {
            if (!ratings.isEmpty()) {
                current.put(skill, ratings.get(ratings.size() - 1).rating());
            }
        });
        return current;
    }

    public int rating(String skillId) {
        return ratings().getOrDefault(skillId, 0);
    }

    public List<SkillRating> history(String skillId) {
        return List.copyOf(history.getOrDefault(skillId, List.of()));
    }

    /** Rates a skill; the change is added to its history with today's date. */
    public void rate(String skillId, int rating) {
        if (ratings().containsKey(skillId) && rating(skillId) == rating) {
            return;
        }
        SkillRating entry = new SkillRating(skillId, rating, LocalDate.now(clock), Instant.now(clock));
        history.computeIfAbsent(skillId, id -> new ArrayList<>()).add(entry);
        bump();
        background.run(() -> repository.rate(entry));
    }

    public Set<String> linkedMilestones(String skillId) {
        return Set.copyOf(milestones.getOrDefault(skillId, Set.of()));
    }

    public void linkMilestone(String skillId, String milestoneId, boolean linked) {
        Set<String> ids = milestones.computeIfAbsent(skillId, id -> new HashSet<>());
        if (linked ? ids.add(milestoneId) : ids.remove(milestoneId)) {
            bump();
            background.run(() -> {
                if (linked) {
                    repository.link(skillId, SkillRepository.Kind.MILESTONE, milestoneId);
                } else {
                    repository.unlink(skillId, SkillRepository.Kind.MILESTONE, milestoneId);
                }
            });
        }
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
