package app.stepwise.store;

import app.stepwise.content.Guide;
import app.stepwise.store.DataImport.SkillLink;
import app.stepwise.store.DataImport.Snapshot;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes all of the user's data as one JSON document (format in {@code docs/data-format.md}). Nothing in it
 * depends on when it was written, so exporting, importing into an empty folder and exporting again gives the
 * same bytes.
 */
public final class DataExport {

    public static final String FORMAT = "stepwise-data";
    public static final int FORMAT_VERSION = 1;
    /** Settings of this machine only, never exported or imported (the window's place, the installation's id). */
    static final Set<String> LOCAL_SETTINGS = Set.of(SettingsRepository.WINDOW_STATE_KEY, "installId");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // an emoji as its four UTF-8 bytes, not as an escaped surrogate pair
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private DataExport() {
    }

    /** Writes everything in {@code db}; {@code out} is left open. */
    public static void write(Database db, Guide guide, OutputStream out) throws StoreException, IOException {
        write(read(db), guide, out);
    }

    /** The document's bytes: UTF-8, two-space indent, {@code \n} line ends on every system, a final newline. */
    public static byte[] toBytes(Snapshot s, Guide guide) {
        // a fixed indenter: the default one uses the system's line separator
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            byte[] json = MAPPER.writer(printer).writeValueAsBytes(tree(s, guide));
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            // only maps, lists, strings, numbers and booleans: nothing here can fail to serialise
            throw new IllegalStateException("export could not be serialised", e);
        }
    }

    public static void write(Snapshot s, Guide guide, OutputStream out) throws IOException {
        out.write(toBytes(s, guide));
        out.flush();
    }

    /** Everything stored, as the app reads it, in the export's order. */
    public static Snapshot read(Database db) throws StoreException {
        ProgressRepository progress = new ProgressRepository(db);
        ProfileRepository profiles = new ProfileRepository(db);
        PlanRepository plans = new PlanRepository(db);
        SkillRepository skills = new SkillRepository(db);
        List<Project> projects = new ArrayList<>(new ProjectRepository(db).all());
        projects.sort(Comparator.comparing(Project::id));
        List<StudySession> sessions = new ArrayList<>(new StudyLogRepository(db).all());
        sessions.sort(Comparator.comparing(StudySession::id));
        List<SkillLink> evidence = new ArrayList<>();
        skills.linkedProjects().forEach((skill, targets) ->
                targets.forEach(t -> evidence.add(new SkillLink(skill, SkillRepository.Kind.PROJECT, t))));
        skills.linkedMilestones().forEach((skill, targets) ->
                targets.forEach(t -> evidence.add(new SkillLink(skill, SkillRepository.Kind.MILESTONE, t))));
        evidence.sort(SkillLink.ORDER);
        Map<String, DateSpan> baseline = plans.baseline();
        return new Snapshot(progress.allSteps(), progress.allMilestones(), new NoteRepository(db).all(),
                profiles.load(), profiles.loadPlan(), settings(db), projects, sessions, plans.overrides(), baseline,
                baseline.isEmpty() ? Optional.empty() : plans.baselineSavedAt(), ratings(db), evidence, readiness(db));
    }

    private static Map<String, String> settings(Database db) throws StoreException {
        return db.read(c -> {
            Map<String, String> settings = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!LOCAL_SETTINGS.contains(rs.getString(1))) {
                        settings.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return settings;
        });
    }

    /** Every rating, by skill, then oldest first as {@link SkillRepository} orders them (time given, then insertion). */
    private static List<SkillRating> ratings(Database db) throws StoreException {
        record Row(long id, SkillRating rating) {
        }
        return db.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, skill_id, rating, rated_on, rated_at FROM skill_rating");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), new SkillRating(rs.getString(2), rs.getInt(3),
                            Rows.date(rs.getString(4)).orElse(LocalDate.EPOCH), Rows.instant(rs.getString(5)))));
                }
            }
            rows.sort(Comparator.comparing((Row r) -> r.rating().skillId())
                    .thenComparing(r -> r.rating().ratedAt()).thenComparingLong(Row::id));
            return rows.stream().map(Row::rating).toList();
        });
    }

    /** Every level's snapshots, by level, then by day; rows edited into nonsense are left out as the app does. */
    private static List<ReadinessSnapshot> readiness(Database db) throws StoreException {
        return db.read(c -> {
            List<ReadinessSnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day, level_id, overall, roadmap, skills, portfolio, practice FROM readiness_snapshot");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<LocalDate> day = Rows.date(rs.getString(1));
                    double[] parts = {rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)};
                    int overall = rs.getInt(3);
                    if (day.isPresent() && Arrays.stream(parts).allMatch(Double::isFinite) && overall >= 0 && overall <= 100) {
                        snapshots.add(new ReadinessSnapshot(day.get(), rs.getString(2), overall, parts[0], parts[1],
                                parts[2], parts[3]));
                    }
                }
            }
            snapshots.sort(DataImport.READINESS_ORDER);
            return List.copyOf(snapshots);
        });
    }

    private static Map<String, Object> tree(Snapshot s, Guide guide) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("content", object("id", guide.id(), "version", guide.version()));

        Map<String, Object> steps = new TreeMap<>();
        s.steps().forEach((id, p) -> steps.put(id, object("status", p.status().name(),
                "startedOn", date(p.startedOn()), "finishedOn", date(p.finishedOn()))));
        root.put("steps", steps);

        Map<String, Object> milestones = new TreeMap<>();
        s.milestones().forEach((id, m) -> milestones.put(id, object("stepId", m.stepId(), "done", m.done(),
                "count", m.count())));
        root.put("milestones", milestones);
        root.put("notes", new TreeMap<>(s.notes()));

        root.put("profile", object("currentLevelId", s.profile().currentLevelId().orElse(null),
                "targetLevelId", s.profile().targetLevelId().orElse(null),
                "backgroundId", s.plan().backgroundId().orElse(null),
                "startDate", date(s.plan().startDate()),
                "hoursPerWeek", s.plan().hoursPerWeek().orElse(null),
                "welcomeDone", s.plan().welcomeDone()));
        root.put("settings", new TreeMap<>(s.settings()));

        List<Object> projects = new ArrayList<>();
        for (Project p : s.projects()) {
            Map<String, Object> o = object("id", p.id(), "title", p.title(), "summary", p.summary(),
                    "status", p.status().name(), "repositoryUrl", p.repositoryUrl().orElse(null),
                    "liveUrl", p.liveUrl().orElse(null), "tags", p.tags(),
                    "startedOn", date(p.startedOn()), "finishedOn", date(p.finishedOn()),
                    "role", p.role(), "decisions", p.decisions(), "deploymentNotes", p.deploymentNotes());
            o.put("evidence", p.tickedEvidence().stream().sorted().map(Enum::name).toList());
            o.put("stepIds", p.linkedStepIds().stream().sorted().toList());
            o.put("skillIds", p.linkedSkillIds().stream().sorted().toList());
            o.put("createdAt", p.createdAt().toString());
            projects.add(o);
        }
        root.put("projects", projects);

        List<Object> sessions = new ArrayList<>();
        for (StudySession x : s.studySessions()) {
            sessions.add(object("id", x.id(), "day", x.day().toString(), "minutes", x.minutes(),
                    "stepId", x.stepId(), "milestoneId", x.milestoneId().orElse(null), "note", x.note(),
                    "createdAt", x.createdAt().toString()));
        }
        root.put("studySessions", sessions);

        root.put("planOverrides", spans(s.planOverrides()));
        root.put("planBaseline", s.baselineSavedAt().isEmpty() ? null
                : object("savedAt", s.baselineSavedAt().get().toString(), "steps", spans(s.baseline())));

        List<Object> ratings = new ArrayList<>();
        for (SkillRating r : s.skillRatings()) {
            ratings.add(object("skillId", r.skillId(), "rating", r.rating(), "ratedOn", r.ratedOn().toString(),
                    "ratedAt", r.ratedAt().toString()));
        }
        root.put("skillRatings", ratings);

        List<Object> evidence = new ArrayList<>();
        for (SkillLink l : s.skillEvidence()) {
            evidence.add(object("skillId", l.skillId(), "kind", l.kind().name(), "targetId", l.targetId()));
        }
        root.put("skillEvidence", evidence);

        List<Object> readiness = new ArrayList<>();
        for (ReadinessSnapshot r : s.readinessSnapshots()) {
            readiness.add(object("day", r.day().toString(), "levelId", r.levelId(), "overall", r.overall(),
                    "roadmap", r.roadmap(), "skills", r.skills(), "portfolio", r.portfolio(),
                    "practice", r.practice()));
        }
        root.put("readinessSnapshots", readiness);
        return root;
    }

    private static Map<String, Object> spans(Map<String, DateSpan> spans) {
        Map<String, Object> o = new TreeMap<>();
        spans.forEach((id, span) -> o.put(id, object("start", span.start().toString(),
                "endExclusive", span.endExclusive().toString())));
        return o;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** An object from key, value pairs; values may be null (written as JSON null). */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> o = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }

}
