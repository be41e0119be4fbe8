package app.stepwise.content;

import java.util.List;

/**
 * A starting point for a portfolio project, from the guide's examples.
 *
 * @param suggestedSkills skill ids the project typically shows
 * @param suggestedTags   technologies to pre-fill as tags
 * @param steps           step ids the project belongs to
 */
public record ProjectTemplate(String id, String title, String summary, List<String> suggestedSkills,
                              List<String> suggestedTags, List<String> steps) {

    public ProjectTemplate {
        suggestedSkills = List.copyOf(suggestedSkills);
        suggestedTags = List.copyOf(suggestedTags);
        steps = List.copyOf(steps);
    }
}
