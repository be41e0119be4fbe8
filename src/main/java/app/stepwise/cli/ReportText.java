package app.stepwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The report as lines for a person, or as one JSON object for a script. */
final class ReportText {

    private ReportText() {
    }

    static String plain(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Target level:  ").append(r.targetLevel().orElse("not chosen")).append('\n');
        r.readiness().ifPresentOrElse(s -> out.append(String.format(Locale.ROOT,
                        "Readiness:     %d/100 (roadmap %.0f%%, skills %.0f%%, portfolio %.0f%%, practice %.0f%%)%n",
                        s.overall(), 100 * s.roadmap(), 100 * s.skills(), 100 * s.portfolio(), 100 * s.practice())),
                () -> out.append("Readiness:     choose a target level to see it\n"));
        out.append(String.format(Locale.ROOT, "Milestones:    %d of %d reached%n", r.milestonesDone(), r.milestonesTotal()));
        out.append(String.format(Locale.ROOT, "Portfolio:     %d projects, average evidence %.1f of 6%n",
                r.projects(), r.averageEvidence()));
        out.append("Study streak:  ").append(days(r.streak().current())).append(" (longest ")
                .append(days(r.streak().longest())).append(")\n");
        out.append("Plan:          ").append(r.projectedFinish().map(finish -> (r.weeksBehind().orElse(0) > 0
                ? "behind by " + r.weeksBehind().get() + " weeks" : "on track") + ", projected finish " + finish)
                .orElse("no plan yet")).append('\n');
        return out.toString();
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String json(Report r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        r.targetLevel().ifPresentOrElse(id -> root.put("targetLevel", id), () -> root.putNull("targetLevel"));
        ObjectNode readiness = root.putObject("readiness");
        r.readiness().ifPresentOrElse(s -> {
            readiness.put("overall", s.overall());
            readiness.put("roadmap", s.roadmap());
            readiness.put("skills", s.skills());
            readiness.put("portfolio", s.portfolio());
            readiness.put("practice", s.practice());
        }, () -> {
            for (String part : new String[] {"overall", "roadmap", "skills", "portfolio", "practice"}) {
                readiness.putNull(part);
            }
        });
        ObjectNode milestones = root.putObject("milestones");
        milestones.put("done", r.milestonesDone());
        milestones.put("total", r.milestonesTotal());
        ObjectNode portfolio = root.putObject("portfolio");
        portfolio.put("projects", r.projects());
        portfolio.put("averageEvidence", r.averageEvidence());
        ObjectNode streak = root.putObject("streak");
        streak.put("current", r.streak().current());
        streak.put("longest", r.streak().longest());
        ObjectNode plan = root.putObject("plan");
        r.projectedFinish().ifPresentOrElse(d -> plan.put("projectedFinish", d.toString()), () -> plan.putNull("projectedFinish"));
        r.weeksBehind().ifPresentOrElse(w -> plan.put("weeksBehind", w), () -> plan.putNull("weeksBehind"));
        return mapper.writeValueAsString(root) + "\n";
    }
}
