package app.stepwise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A portfolio project as stored.
 *
 * @param tickedEvidence  evidence the user ticked (README, TESTS, CI, and LIVE_DEMO for a demo without a live link)
 * @param linkedStepIds   roadmap steps the project belongs to (content ids)
 * @param linkedSkillIds  skills the project shows (content ids)
 */
public record Project(
        String id,
        String title,
        String summary,
        ProjectStatus status,
        Optional<String> repositoryUrl,
        Optional<String> liveUrl,
        List<String> tags,
        Optional<LocalDate> startedOn,
        Optional<LocalDate> finishedOn,
        String role,
        String decisions,
        String deploymentNotes,
        Set<EvidenceItem> tickedEvidence,
        Set<String> linkedStepIds,
        Set<String> linkedSkillIds,
        Instant createdAt) {

    public Project {
        tags = List.copyOf(tags);
        tickedEvidence = tickedEvidence.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tickedEvidence));
        linkedStepIds = Set.copyOf(linkedStepIds);
        linkedSkillIds = Set.copyOf(linkedSkillIds);
    }

    /** A new, empty project in the idea stage. */
    public static Project blank(String id, String title, Instant now) {
        return new Project(id, title, "", ProjectStatus.IDEA, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), "", "", "", Set.of(), Set.of(), Set.of(), now);
    }
}
