package app.stepwise.planning;

import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portfolio as GitHub-flavoured Markdown, to paste into a profile README.
 *
 * <p>Escaping rule: user text shows exactly as typed, never as markup. Every character Markdown may read as
 * inline markup or structure ({@code \ ` * _ [ ] < > | # ~ &}) gets a backslash wherever it stands; at the
 * start of a line, list, setext and ordered-list markers ({@code - + =}, {@code 1.}, {@code 1)}) do too.
 * Leading and trailing spaces of each line are dropped (they would make code blocks and hard breaks); a
 * single line break is kept as a hard break ({@code \} at the end of the line), a blank line starts a new
 * paragraph. One-line values (title, tags, names) have their line breaks turned into spaces. Links are only
 * written when {@link WebLink} accepts them, with {@code (} and {@code )} escaped in the address.
 */
public final class PortfolioMarkdown {

    private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]<>|#~&]");
    private static final Pattern BLOCK_MARKER = Pattern.compile("^[-+=]");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Map<EvidenceItem, String> EVIDENCE = Map.of(
            EvidenceItem.README, "README",
            EvidenceItem.TESTS, "Tests",
            EvidenceItem.CI, "CI",
            EvidenceItem.LIVE_DEMO, "Live link or demo",
            EvidenceItem.ROLE_AND_DECISIONS, "Role and decisions written down",
            EvidenceItem.DEPLOYMENT_NOTES, "Deployment and monitoring notes");

    private PortfolioMarkdown() {
    }

    /** Projects in the given order; steps and skills by name in the maps' order, ids without a name left out. */
    public static String render(List<Project> projects, Map<String, String> stepTitles, Map<String, String> skillNames) {
        List<String> blocks = new ArrayList<>(List.of("# Portfolio"));
        if (projects.isEmpty()) {
            blocks.add("No projects yet.");
        }
        for (Project p : projects) {
            blocks.addAll(section(p, stepTitles, skillNames));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static List<String> section(Project p, Map<String, String> stepTitles, Map<String, String> skillNames) {
        List<String> blocks = new ArrayList<>();
        blocks.add("## " + (p.title().isBlank() ? "Untitled project" : line(p.title())));
        blocks.add("**Status:** " + status(p));
        addIfPresent(blocks, "", text(p.summary()));
        List<String> links = new ArrayList<>();
        link("Repository", p.repositoryUrl()).ifPresent(links::add);
        link("Live", p.liveUrl()).ifPresent(links::add);
        addIfPresent(blocks, "", String.join(" · ", links));
        addIfPresent(blocks, "**Stack:** ", p.tags().stream().map(PortfolioMarkdown::line).collect(Collectors.joining(", ")));
        addIfPresent(blocks, "**Role:** ", text(p.role()));
        addIfPresent(blocks, "**Decisions:**\n\n", text(p.decisions()));
        addIfPresent(blocks, "**Deployment and monitoring:**\n\n", text(p.deploymentNotes()));
        blocks.add("**Evidence:** " + Evidence.score(p) + " of " + Evidence.TOTAL + "\n\n" + checklist(Evidence.held(p)));
        addIfPresent(blocks, "**Roadmap steps:** ", names(p.linkedStepIds(), stepTitles));
        addIfPresent(blocks, "**Skills:** ", names(p.linkedSkillIds(), skillNames));
        return blocks;
    }

    private static void addIfPresent(List<String> blocks, String label, String content) {
        if (!content.isEmpty()) {
            blocks.add(label + content);
        }
    }

    private static String status(Project p) {
        String name = p.status().name();
        String status = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        Optional<LocalDate> from = p.startedOn();
        Optional<LocalDate> to = p.finishedOn();
        if (from.isPresent() && to.isPresent()) {
            return status + " · " + from.get() + " to " + to.get();
        }
        return status + from.map(d -> " · started " + d).orElse("") + to.map(d -> " · finished " + d).orElse("");
    }

    private static Optional<String> link(String label, Optional<String> url) {
        return url.flatMap(WebLink::openable).map(URI::toString)
                .map(u -> "[" + label + "](" + u.replace("(", "\\(").replace(")", "\\)") + ")");
    }

    private static String checklist(Set<EvidenceItem> held) {
        StringBuilder list = new StringBuilder();
        for (EvidenceItem item : EvidenceItem.values()) {
            list.append(list.length() == 0 ? "" : "\n").append(held.contains(item) ? "- [x] " : "- [ ] ").append(EVIDENCE.get(item));
        }
        return list.toString();
    }

    private static String names(Set<String> ids, Map<String, String> names) {
        return names.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                .map(e -> line(e.getValue())).collect(Collectors.joining(", "));
    }

    /** A one-line value: its line breaks and runs of spaces become single spaces. */
    private static String line(String value) {
        return escapeLine(value.strip().replaceAll("\\s+", " "));
    }

    /** Free text: paragraphs separated by a blank line, lines within one joined by hard breaks. */
    static String text(String value) {
        List<String> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String raw : (value + "\n").split("\\R", -1)) {
            String stripped = raw.strip();
            if (!stripped.isEmpty()) {
                lines.add(escapeLine(stripped));
            } else if (!lines.isEmpty()) {
                paragraphs.add(String.join("\\\n", lines));
                lines.clear();
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String escapeLine(String line) {
        String escaped = INLINE.matcher(line).replaceAll("\\\\$0");
        escaped = BLOCK_MARKER.matcher(escaped).replaceFirst("\\\\$0");
        return ORDERED_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
