package app.stepwise.store;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.ProjectRules;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a file written by {@link DataExport}: {@link #read} checks all of it and gives a {@link Snapshot} or the
 * first problem, without touching the database; {@link #apply} then replaces everything stored with the snapshot
 * in one transaction. The format and every rule are in {@code docs/data-format.md}.
 */
public final class DataImport {

    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final long MAX_DOCUMENT_LENGTH = 50L * 1024 * 1024;
    /** Ids of projects and sessions, and setting keys. */
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_SETTING_LENGTH = 10_000;
    static final int MAX_HOURS_PER_WEEK = 80;
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END_INSTANT = Instant.parse("3000-01-01T00:00:00Z");

    static final Comparator<ReadinessSnapshot> READINESS_ORDER =
            Comparator.comparing(ReadinessSnapshot::levelId).thenComparing(ReadinessSnapshot::day);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // whoever opened the stream closes it
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A project or milestone linked to a skill as evidence. */
    public record SkillLink(String skillId, SkillRepository.Kind kind, String targetId) {

        static final Comparator<SkillLink> ORDER = Comparator.comparing(SkillLink::skillId)
                .thenComparing(SkillLink::kind).thenComparing(SkillLink::targetId);

        public SkillLink {
            Objects.requireNonNull(skillId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(targetId);
        }
    }

    /**
     * All of the user's data, checked: what an export holds and an import writes. Maps are in key order, lists in
     * the export's order.
     *
     * @param baseline        empty when there is no baseline, and then {@code baselineSavedAt} is empty too
     * @param skillRatings    by skill, then oldest first; written in this order, which keeps the history's order
     */
    public record Snapshot(Map<String, StepProgress> steps, Map<String, MilestoneProgress> milestones,
                           Map<String, String> notes, Profile profile, PlanProfile plan, Map<String, String> settings,
                           List<Project> projects, List<StudySession> studySessions,
                           Map<String, DateSpan> planOverrides, Map<String, DateSpan> baseline,
                           Optional<Instant> baselineSavedAt, List<SkillRating> skillRatings,
                           List<SkillLink> skillEvidence, List<ReadinessSnapshot> readinessSnapshots) {

        public Snapshot {
            steps = sorted(steps);
            milestones = sorted(milestones);
            notes = sorted(notes);
            Objects.requireNonNull(profile);
            Objects.requireNonNull(plan);
            settings = sorted(settings);
            projects = List.copyOf(projects);
            studySessions = List.copyOf(studySessions);
            planOverrides = sorted(planOverrides);
            baseline = sorted(baseline);
            Objects.requireNonNull(baselineSavedAt);
            if (baseline.isEmpty() != baselineSavedAt.isEmpty()) {
                throw new IllegalArgumentException("a baseline needs its time and a time needs a baseline");
            }
            skillRatings = List.copyOf(skillRatings);
            skillEvidence = List.copyOf(skillEvidence);
            readinessSnapshots = List.copyOf(readinessSnapshots);
        }

        private static <V> Map<String, V> sorted(Map<String, V> map) {
            return Collections.unmodifiableMap(new TreeMap<>(map));
        }
    }

    private DataImport() {
    }

    /**
     * Reads and checks the whole file against {@code guide}; the stream is not closed.
     *
     * @throws ImportProblem naming the first problem and where it is
     */
    public static Snapshot read(InputStream in, Guide guide) throws ImportProblem {
        Objects.requireNonNull(in);
        Objects.requireNonNull(guide);
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(in)) {
            try {
                root = MAPPER.readTree(parser);
                if (root != null && !root.isMissingNode() && parser.nextToken() != null) {
                    throw new ImportProblem("$", "there is more text after the end of the document");
                }
            } catch (StreamConstraintsException e) {
                throw new ImportProblem(where(parser), limit(e), e);
            } catch (JsonProcessingException e) {
                throw new ImportProblem(where(parser), "not valid JSON: " + e.getOriginalMessage()
                        + location(e), e);
            }
        } catch (IOException e) {
            throw new ImportProblem("$", "the file could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportProblem("$", "the file is empty");
        }
        return new Checker(guide).snapshot(root);
    }

    /**
     * Replaces everything stored with {@code s}, in one transaction: on any failure nothing has changed. Settings
     * of this machine only (the window's place, the installation's id) are kept.
     */
    public static void apply(Database db, Snapshot s) throws StoreException {
        Objects.requireNonNull(db);
        Objects.requireNonNull(s);
        String now = Rows.now();
        db.update(c -> {
            for (String table : List.of("milestone_progress", "step_progress", "note", "profile", "project_tag",
                    "project_evidence", "project_link", "project", "study_session", "plan_override", "plan_baseline",
                    "skill_rating", "skill_evidence", "readiness_snapshot")) {
                Rows.update(c, "DELETE FROM " + table);
            }
            for (String key : settingKeys(c)) {
                if (!DataExport.LOCAL_SETTINGS.contains(key)) {
                    Rows.update(c, "DELETE FROM setting WHERE key = ?", key);
                }
            }
            Rows.update(c, "DELETE FROM sqlite_sequence WHERE name = 'skill_rating'");

            List<Object[]> rows = new ArrayList<>();
            s.steps().values().forEach(p -> rows.add(new Object[] {p.stepId(), p.status().name(),
                    Rows.text(p.startedOn()), Rows.text(p.finishedOn()), now}));
            insert(c, "INSERT INTO step_progress(step_id, status, started_on, finished_on, updated_at) "
                    + "VALUES(?, ?, ?, ?, ?)", rows);
            s.milestones().values().forEach(m -> rows.add(new Object[] {m.milestoneId(), m.stepId(),
                    m.done() ? 1 : 0, m.count(), now}));
            insert(c, "INSERT INTO milestone_progress(milestone_id, step_id, done, count, updated_at) "
                    + "VALUES(?, ?, ?, ?, ?)", rows);
            s.notes().forEach((subject, body) -> rows.add(new Object[] {subject, body, now}));
            insert(c, "INSERT INTO note(subject_id, body, updated_at) VALUES(?, ?, ?)", rows);
            rows.add(new Object[] {s.profile().currentLevelId().orElse(null), s.profile().targetLevelId().orElse(null),
                    s.plan().backgroundId().orElse(null), Rows.text(s.plan().startDate()),
                    s.plan().hoursPerWeek().orElse(null), s.plan().welcomeDone() ? 1 : 0, now});
            insert(c, "INSERT INTO profile(id, current_level, target_level, background_id, start_date, hours_per_week, "
                    + "welcome_done, updated_at) VALUES(1, ?, ?, ?, ?, ?, ?, ?)", rows);
            s.settings().forEach((key, value) -> rows.add(new Object[] {key, value}));
            insert(c, "INSERT INTO setting(key, value) VALUES(?, ?)", rows);

            List<Object[]> tags = new ArrayList<>();
            List<Object[]> evidence = new ArrayList<>();
            List<Object[]> links = new ArrayList<>();
            for (Project p : s.projects()) {
                rows.add(new Object[] {p.id(), p.title(), p.summary(), p.status().name(), p.repositoryUrl().orElse(null),
                        p.liveUrl().orElse(null), Rows.text(p.startedOn()), Rows.text(p.finishedOn()), p.role(),
                        p.decisions(), p.deploymentNotes(), p.createdAt().toString(), now});
                for (int i = 0; i < p.tags().size(); i++) {
                    tags.add(new Object[] {p.id(), i, p.tags().get(i)});
                }
                p.tickedEvidence().stream().sorted().forEach(e -> evidence.add(new Object[] {p.id(), e.name()}));
                p.linkedStepIds().stream().sorted().forEach(t -> links.add(new Object[] {p.id(), "STEP", t}));
                p.linkedSkillIds().stream().sorted().forEach(t -> links.add(new Object[] {p.id(), "SKILL", t}));
            }
            insert(c, "INSERT INTO project(id, title, summary, status, repository_url, live_url, started_on, finished_on, "
                    + "role, decisions, deployment_notes, created_at, updated_at) "
                    + "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            insert(c, "INSERT INTO project_tag(project_id, position, tag) VALUES(?, ?, ?)", tags);
            insert(c, "INSERT INTO project_evidence(project_id, item) VALUES(?, ?)", evidence);
            insert(c, "INSERT INTO project_link(project_id, kind, target_id) VALUES(?, ?, ?)", links);

            s.studySessions().forEach(x -> rows.add(new Object[] {x.id(), x.day().toString(), x.minutes(), x.stepId(),
                    x.milestoneId().orElse(null), x.note(), x.createdAt().toString(), now}));
            insert(c, "INSERT INTO study_session(id, day, minutes, step_id, milestone_id, note, created_at, updated_at) "
                    + "VALUES(?, ?, ?, ?, ?, ?, ?, ?)", rows);
            s.planOverrides().forEach((step, span) -> rows.add(new Object[] {step, span.start().toString(),
                    span.endExclusive().toString()}));
            insert(c, "INSERT INTO plan_override(step_id, start_day, end_day) VALUES(?, ?, ?)", rows);
            s.baseline().forEach((step, span) -> rows.add(new Object[] {step, span.start().toString(),
                    span.endExclusive().toString(), s.baselineSavedAt().orElseThrow().toString()}));
            insert(c, "INSERT INTO plan_baseline(step_id, start_day, end_day, saved_at) VALUES(?, ?, ?, ?)", rows);
            s.skillRatings().forEach(r -> rows.add(new Object[] {r.skillId(), r.rating(), r.ratedOn().toString(),
                    r.ratedAt().toString()}));
            insert(c, "INSERT INTO skill_rating(skill_id, rating, rated_on, rated_at) VALUES(?, ?, ?, ?)", rows);
            s.skillEvidence().forEach(l -> rows.add(new Object[] {l.skillId(), l.kind().name(), l.targetId()}));
            insert(c, "INSERT INTO skill_evidence(skill_id, kind, target_id) VALUES(?, ?, ?)", rows);
            s.readinessSnapshots().forEach(r -> rows.add(new Object[] {r.day().toString(), r.levelId(), r.overall(),
                    r.roadmap(), r.skills(), r.portfolio(), r.practice(), now}));
            insert(c, "INSERT INTO readiness_snapshot(day, level_id, overall, roadmap, skills, portfolio, practice, "
                    + "written_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)", rows);
        });
    }

    private static List<String> settingKeys(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM setting");
                java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** Inserts the rows with one statement and empties the list for the next table. */
    private static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
            }
        }
        rows.clear();
    }

    // ---- problems while parsing

    private static String where(JsonParser parser) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                parts.add("[" + Math.max(0, ctx.getCurrentIndex()) + "]");
            } else if (ctx.inObject() && ctx.getCurrentName() != null) {
                parts.add(key("", ctx.getCurrentName()));
            }
        }
        Collections.reverse(parts);
        return "$" + String.join("", parts);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the document is nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("string value length")) {
            return "a text is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_STRING_LENGTH)
                    + " characters";
        }
        if (m.contains("document length")) {
            return "the file is larger than " + MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB";
        }
        return "the file is beyond what Stepwise reads: " + e.getOriginalMessage();
    }

    /** {@code $.a.b} for plain keys, {@code $.a['step-1.x']} for any other. */
    static String key(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path + "." + key;
        }
        StringBuilder b = new StringBuilder(path).append("['");
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        shown.codePoints().forEach(cp -> {
            if (cp == '\'' || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append("']").toString();
    }

    // ---- checking the document

    private static final class Checker {

        private final Guide guide;
        private final Set<String> stepIds;
        private final Map<String, String> stepOfMilestone = new HashMap<>();
        private final Set<String> skillIds;
        private final Set<String> levelIds;
        private final Set<String> backgroundIds;

        Checker(Guide guide) {
            this.guide = guide;
            stepIds = guide.steps().stream().map(Step::id).collect(Collectors.toSet());
            for (Step step : guide.steps()) {
                for (Milestone m : step.milestones()) {
                    stepOfMilestone.put(m.id(), step.id());
                }
            }
            skillIds = guide.skills().stream().map(app.stepwise.content.Skill::id).collect(Collectors.toSet());
            levelIds = guide.levels().stream().map(app.stepwise.content.Level::id).collect(Collectors.toSet());
            backgroundIds = guide.backgrounds().stream().map(app.stepwise.content.Background::id)
                    .collect(Collectors.toSet());
        }

        Snapshot snapshot(JsonNode root) throws ImportProblem {
            if (!root.isObject()) {
                throw expected("$", "an object", root);
            }
            String format = text(required(root, "$", "format"), "$.format");
            if (!format.equals(DataExport.FORMAT)) {
                throw new ImportProblem("$.format", "this is not a Stepwise data file (expected \""
                        + DataExport.FORMAT + "\")");
            }
            JsonNode version = required(root, "$", "formatVersion");
            if (!version.isIntegralNumber()) {
                throw expected("$.formatVersion", "a whole number", version);
            }
            if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(DataExport.FORMAT_VERSION)) > 0) {
                throw new ImportProblem("$.formatVersion", "the file was written by a newer Stepwise (data format "
                        + version.asText() + "; this one reads up to " + DataExport.FORMAT_VERSION
                        + "); update Stepwise to import it");
            }
            if (version.intValue() < 1 || !version.canConvertToInt()) {
                throw new ImportProblem("$.formatVersion", "unknown data format " + version.asText());
            }
            fields(root, "$", "format", "formatVersion", "content", "steps", "milestones", "notes", "profile",
                    "settings", "projects", "studySessions", "planOverrides", "planBaseline", "skillRatings",
                    "skillEvidence", "readinessSnapshots");
            JsonNode content = fields(root.get("content"), "$.content", "id", "version");
            String contentId = text(content.get("id"), "$.content.id");
            if (!contentId.equals(guide.id())) {
                throw new ImportProblem("$.content.id", "the file is for the guide \"" + contentId
                        + "\", this Stepwise has \"" + guide.id() + "\"");
            }
            nonBlank(content.get("version"), "$.content.version", MAX_ID_LENGTH);

            Map<String, StepProgress> steps = steps(root.get("steps"));
            Map<String, MilestoneProgress> milestones = milestones(root.get("milestones"), steps);
            Map<String, String> notes = notes(root.get("notes"));
            JsonNode profileNode = fields(root.get("profile"), "$.profile", "currentLevelId", "targetLevelId",
                    "backgroundId", "startDate", "hoursPerWeek", "welcomeDone");
            Profile profile = new Profile(optionalIn(profileNode, "$.profile", "currentLevelId", levelIds, "level"),
                    optionalIn(profileNode, "$.profile", "targetLevelId", levelIds, "level"));
            JsonNode hours = profileNode.get("hoursPerWeek");
            PlanProfile plan = new PlanProfile(
                    optionalIn(profileNode, "$.profile", "backgroundId", backgroundIds, "background"),
                    optionalDate(profileNode.get("startDate"), "$.profile.startDate"),
                    hours.isNull() ? Optional.empty()
                            : Optional.of(integer(hours, "$.profile.hoursPerWeek", 1, MAX_HOURS_PER_WEEK)),
                    bool(profileNode.get("welcomeDone"), "$.profile.welcomeDone"));
            Map<String, String> settings = settings(root.get("settings"));
            List<Project> projects = projects(root.get("projects"));
            List<StudySession> sessions = sessions(root.get("studySessions"));
            Map<String, DateSpan> overrides = spans(root.get("planOverrides"), "$.planOverrides");
            JsonNode baselineNode = root.get("planBaseline");
            Map<String, DateSpan> baseline = Map.of();
            Optional<Instant> savedAt = Optional.empty();
            if (!baselineNode.isNull()) {
                fields(baselineNode, "$.planBaseline", "savedAt", "steps");
                savedAt = Optional.of(instant(baselineNode.get("savedAt"), "$.planBaseline.savedAt"));
                baseline = spans(baselineNode.get("steps"), "$.planBaseline.steps");
                if (baseline.isEmpty()) {
                    throw new ImportProblem("$.planBaseline.steps", "a baseline needs at least one step; "
                            + "write null for no baseline");
                }
            }
            List<SkillRating> ratings = ratings(root.get("skillRatings"));
            Set<String> projectIds = projects.stream().map(Project::id).collect(Collectors.toSet());
            List<SkillLink> evidence = evidence(root.get("skillEvidence"), projectIds);
            List<ReadinessSnapshot> readiness = readiness(root.get("readinessSnapshots"));
            return new Snapshot(steps, milestones, notes, profile, plan, settings, projects, sessions, overrides,
                    baseline, savedAt, ratings, evidence, readiness);
        }

        private Map<String, StepProgress> steps(JsonNode node) throws ImportProblem {
            Map<String, StepProgress> steps = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "$.steps").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = key("$.steps", e.getKey());
                known(e.getKey(), stepIds, path, "step");
                JsonNode o = fields(e.getValue(), path, "status", "startedOn", "finishedOn");
                steps.put(e.getKey(), new StepProgress(e.getKey(),
                        enumValue(o.get("status"), path + ".status", StepStatus.class),
                        optionalDate(o.get("startedOn"), path + ".startedOn"),
                        optionalDate(o.get("finishedOn"), path + ".finishedOn")));
            }
            return steps;
        }

        private Map<String, MilestoneProgress> milestones(JsonNode node, Map<String, StepProgress> steps)
                throws ImportProblem {
            Map<String, MilestoneProgress> milestones = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "$.milestones").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = key("$.milestones", e.getKey());
                known(e.getKey(), stepOfMilestone.keySet(), path, "milestone");
                JsonNode o = fields(e.getValue(), path, "stepId", "done", "count");
                String stepId = text(o.get("stepId"), path + ".stepId");
                String expected = stepOfMilestone.get(e.getKey());
                if (!stepId.equals(expected)) {
                    throw new ImportProblem(path + ".stepId", "this milestone belongs to " + expected);
                }
                if (!steps.containsKey(stepId)) {
                    throw new ImportProblem(path + ".stepId", "the step " + stepId + " has no entry under $.steps");
                }
                milestones.put(e.getKey(), new MilestoneProgress(e.getKey(), stepId, bool(o.get("done"), path + ".done"),
                        integer(o.get("count"), path + ".count", 0, Integer.MAX_VALUE)));
            }
            return milestones;
        }

        private Map<String, String> notes(JsonNode node) throws ImportProblem {
            Map<String, String> notes = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "$.notes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = key("$.notes", e.getKey());
                if (!stepIds.contains(e.getKey()) && !stepOfMilestone.containsKey(e.getKey())
                        && !skillIds.contains(e.getKey())) {
                    throw new ImportProblem(path, "no step, milestone or skill has this id");
                }
                String body = text(e.getValue(), path);
                if (body.isBlank()) {
                    throw new ImportProblem(path, "a note cannot be empty; leave it out instead");
                }
                notes.put(e.getKey(), body);
            }
            return notes;
        }

        private Map<String, String> settings(JsonNode node) throws ImportProblem {
            Map<String, String> settings = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "$.settings").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = key("$.settings", e.getKey());
                checkText(e.getKey(), path);
                if (e.getKey().isBlank() || e.getKey().length() > MAX_ID_LENGTH) {
                    throw new ImportProblem(path, "a setting's name is 1 to " + MAX_ID_LENGTH + " characters");
                }
                if (DataExport.LOCAL_SETTINGS.contains(e.getKey())) {
                    throw new ImportProblem(path, "this setting belongs to one computer and is never imported");
                }
                String value = text(e.getValue(), path);
                if (value.length() > MAX_SETTING_LENGTH) {
                    throw new ImportProblem(path, "longer than " + MAX_SETTING_LENGTH + " characters");
                }
                settings.put(e.getKey(), value);
            }
            return settings;
        }

        private List<Project> projects(JsonNode node) throws ImportProblem {
            List<Project> projects = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            JsonNode list = array(node, "$.projects");
            for (int i = 0; i < list.size(); i++) {
                String path = "$.projects[" + i + "]";
                JsonNode o = fields(list.get(i), path, "id", "title", "summary", "status", "repositoryUrl", "liveUrl",
                        "tags", "startedOn", "finishedOn", "role", "decisions", "deploymentNotes", "evidence",
                        "stepIds", "skillIds", "createdAt");
                String id = uniqueId(o.get("id"), path + ".id", seen, path);
                List<String> tags = new ArrayList<>();
                JsonNode tagList = array(o.get("tags"), path + ".tags");
                for (int t = 0; t < tagList.size(); t++) {
                    tags.add(text(tagList.get(t), path + ".tags[" + t + "]"));
                }
                Set<EvidenceItem> evidence = EnumSet.noneOf(EvidenceItem.class);
                JsonNode evidenceList = array(o.get("evidence"), path + ".evidence");
                for (int t = 0; t < evidenceList.size(); t++) {
                    String p = path + ".evidence[" + t + "]";
                    if (!evidence.add(enumValue(evidenceList.get(t), p, EvidenceItem.class))) {
                        throw new ImportProblem(p, "listed twice");
                    }
                }
                Project project = new Project(id, text(o.get("title"), path + ".title"),
                        text(o.get("summary"), path + ".summary"),
                        enumValue(o.get("status"), path + ".status", ProjectStatus.class),
                        optionalText(o.get("repositoryUrl"), path + ".repositoryUrl"),
                        optionalText(o.get("liveUrl"), path + ".liveUrl"), tags,
                        optionalDate(o.get("startedOn"), path + ".startedOn"),
                        optionalDate(o.get("finishedOn"), path + ".finishedOn"),
                        text(o.get("role"), path + ".role"), text(o.get("decisions"), path + ".decisions"),
                        text(o.get("deploymentNotes"), path + ".deploymentNotes"), evidence,
                        idSet(o.get("stepIds"), path + ".stepIds", stepIds, "step"),
                        idSet(o.get("skillIds"), path + ".skillIds", skillIds, "skill"),
                        instant(o.get("createdAt"), path + ".createdAt"));
                for (ProjectRules.FieldProblem problem : ProjectRules.check(project)) {
                    throw projectProblem(path, problem);
                }
                projects.add(project);
            }
            projects.sort(Comparator.comparing(Project::id));
            return projects;
        }

        private static ImportProblem projectProblem(String path, ProjectRules.FieldProblem problem) {
            String field = switch (problem.field()) {
                case TITLE -> "title";
                case REPOSITORY_URL -> "repositoryUrl";
                case LIVE_URL -> "liveUrl";
                case FINISHED_ON -> "finishedOn";
            };
            String message = switch (problem.problem()) {
                case REQUIRED -> "a title is required";
                case TOO_LONG -> "longer than " + ProjectRules.TITLE_MAX + " characters";
                case NOT_A_LINK -> "not a link; a link starts with https://";
                case SCHEME_NOT_ALLOWED -> "only http and https links are allowed";
                case NO_HOST -> "the link names no host";
                case FINISH_BEFORE_START -> "before startedOn";
            };
            return new ImportProblem(path + "." + field, message);
        }

        private List<StudySession> sessions(JsonNode node) throws ImportProblem {
            List<StudySession> sessions = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            JsonNode list = array(node, "$.studySessions");
            for (int i = 0; i < list.size(); i++) {
                String path = "$.studySessions[" + i + "]";
                JsonNode o = fields(list.get(i), path, "id", "day", "minutes", "stepId", "milestoneId", "note",
                        "createdAt");
                String id = uniqueId(o.get("id"), path + ".id", seen, path);
                LocalDate day = date(o.get("day"), path + ".day");
                int minutes = integer(o.get("minutes"), path + ".minutes", 1, 1440);
                String stepId = text(o.get("stepId"), path + ".stepId");
                known(stepId, stepIds, path + ".stepId", "step");
                Optional<String> milestoneId = optionalText(o.get("milestoneId"), path + ".milestoneId");
                if (milestoneId.isPresent()) {
                    known(milestoneId.get(), stepOfMilestone.keySet(), path + ".milestoneId", "milestone");
                }
                sessions.add(new StudySession(id, day, minutes, stepId, milestoneId, text(o.get("note"), path + ".note"),
                        instant(o.get("createdAt"), path + ".createdAt")));
            }
            sessions.sort(Comparator.comparing(StudySession::id));
            return sessions;
        }

        private Map<String, DateSpan> spans(JsonNode node, String at) throws ImportProblem {
            Map<String, DateSpan> spans = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, at).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = key(at, e.getKey());
                known(e.getKey(), stepIds, path, "step");
                JsonNode o = fields(e.getValue(), path, "start", "endExclusive");
                LocalDate start = date(o.get("start"), path + ".start");
                LocalDate end = date(o.get("endExclusive"), path + ".endExclusive");
                if (!end.isAfter(start)) {
                    throw new ImportProblem(path + ".endExclusive", "must be after start");
                }
                spans.put(e.getKey(), new DateSpan(start, end));
            }
            return spans;
        }

        private List<SkillRating> ratings(JsonNode node) throws ImportProblem {
            List<SkillRating> ratings = new ArrayList<>();
            JsonNode list = array(node, "$.skillRatings");
            for (int i = 0; i < list.size(); i++) {
                String path = "$.skillRatings[" + i + "]";
                JsonNode o = fields(list.get(i), path, "skillId", "rating", "ratedOn", "ratedAt");
                String skillId = text(o.get("skillId"), path + ".skillId");
                known(skillId, skillIds, path + ".skillId", "skill");
                ratings.add(new SkillRating(skillId, integer(o.get("rating"), path + ".rating", SkillRating.MIN,
                        SkillRating.MAX), date(o.get("ratedOn"), path + ".ratedOn"),
                        instant(o.get("ratedAt"), path + ".ratedAt")));
            }
            // the export's order; stable, so ratings given in the same instant keep the file's order (their history)
            ratings.sort(Comparator.comparing(SkillRating::skillId).thenComparing(SkillRating::ratedAt));
            return ratings;
        }

        private List<SkillLink> evidence(JsonNode node, Set<String> projectIds) throws ImportProblem {
            Set<SkillLink> links = new LinkedHashSet<>();
            JsonNode list = array(node, "$.skillEvidence");
            for (int i = 0; i < list.size(); i++) {
                String path = "$.skillEvidence[" + i + "]";
                JsonNode o = fields(list.get(i), path, "skillId", "kind", "targetId");
                String skillId = text(o.get("skillId"), path + ".skillId");
                known(skillId, skillIds, path + ".skillId", "skill");
                SkillRepository.Kind kind = enumValue(o.get("kind"), path + ".kind", SkillRepository.Kind.class);
                String target = text(o.get("targetId"), path + ".targetId");
                if (kind == SkillRepository.Kind.PROJECT && !projectIds.contains(target)) {
                    throw new ImportProblem(path + ".targetId", "no project in $.projects has this id");
                }
                if (kind == SkillRepository.Kind.MILESTONE) {
                    known(target, stepOfMilestone.keySet(), path + ".targetId", "milestone");
                }
                if (!links.add(new SkillLink(skillId, kind, target))) {
                    throw new ImportProblem(path, "the same evidence is listed twice");
                }
            }
            List<SkillLink> sorted = new ArrayList<>(links);
            sorted.sort(SkillLink.ORDER);
            return sorted;
        }

        private List<ReadinessSnapshot> readiness(JsonNode node) throws ImportProblem {
            List<ReadinessSnapshot> snapshots = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            JsonNode list = array(node, "$.readinessSnapshots");
            for (int i = 0; i < list.size(); i++) {
                String path = "$.readinessSnapshots[" + i + "]";
                JsonNode o = fields(list.get(i), path, "day", "levelId", "overall", "roadmap", "skills", "portfolio",
                        "practice");
                LocalDate day = date(o.get("day"), path + ".day");
                String levelId = text(o.get("levelId"), path + ".levelId");
                known(levelId, levelIds, path + ".levelId", "level");
                if (!seen.add(day + " " + levelId)) {
                    throw new ImportProblem(path, "a second snapshot for " + levelId + " on " + day);
                }
                snapshots.add(new ReadinessSnapshot(day, levelId, integer(o.get("overall"), path + ".overall", 0, 100),
                        part(o.get("roadmap"), path + ".roadmap"), part(o.get("skills"), path + ".skills"),
                        part(o.get("portfolio"), path + ".portfolio"), part(o.get("practice"), path + ".practice")));
            }
            snapshots.sort(READINESS_ORDER);
            return snapshots;
        }

        // ---- values

        /** The object with exactly these fields, in any order: each one present, no other. */
        private static JsonNode fields(JsonNode node, String path, String... names) throws ImportProblem {
            object(node, path);
            Set<String> allowed = Set.of(names);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw new ImportProblem(key(path, name), "not a field Stepwise knows here");
                }
            }
            for (String name : names) {
                required(node, path, name);
            }
            return node;
        }

        private static JsonNode required(JsonNode node, String path, String name) throws ImportProblem {
            JsonNode value = node.get(name);
            if (value == null) {
                throw new ImportProblem(key(path, name), "missing");
            }
            return value;
        }

        private static JsonNode object(JsonNode node, String path) throws ImportProblem {
            if (!node.isObject()) {
                throw expected(path, "an object", node);
            }
            return node;
        }

        private static JsonNode array(JsonNode node, String path) throws ImportProblem {
            if (!node.isArray()) {
                throw expected(path, "a list", node);
            }
            return node;
        }

        private static String text(JsonNode node, String path) throws ImportProblem {
            if (!node.isTextual()) {
                throw expected(path, "text", node);
            }
            String text = node.textValue();
            checkText(text, path);
            return text;
        }

        /** Text the database and a later export keep exactly: no NUL, no half of a surrogate pair. */
        private static void checkText(String text, String path) throws ImportProblem {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == 0) {
                    throw new ImportProblem(path, "contains a NUL character");
                }
                if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(ch)) {
                    throw new ImportProblem(path, "contains half of a character (an unpaired surrogate)");
                }
            }
        }

        private static String nonBlank(JsonNode node, String path, int maxLength) throws ImportProblem {
            String text = text(node, path);
            if (text.isBlank()) {
                throw new ImportProblem(path, "must not be empty");
            }
            if (text.length() > maxLength) {
                throw new ImportProblem(path, "longer than " + maxLength + " characters");
            }
            return text;
        }

        private static Optional<String> optionalText(JsonNode node, String path) throws ImportProblem {
            return node.isNull() ? Optional.empty() : Optional.of(text(node, path));
        }

        private static String uniqueId(JsonNode node, String path, Map<String, String> seen, String owner)
                throws ImportProblem {
            String id = nonBlank(node, path, MAX_ID_LENGTH);
            String earlier = seen.putIfAbsent(id, owner);
            if (earlier != null) {
                throw new ImportProblem(path, "the id is used by " + earlier + " too");
            }
            return id;
        }

        private Optional<String> optionalIn(JsonNode object, String path, String name, Set<String> ids, String what)
                throws ImportProblem {
            Optional<String> id = optionalText(object.get(name), path + "." + name);
            if (id.isPresent()) {
                known(id.get(), ids, path + "." + name, what);
            }
            return id;
        }

        private void known(String id, Set<String> ids, String path, String what) throws ImportProblem {
            if (!ids.contains(id)) {
                throw new ImportProblem(path, "no " + what + " has this id in the guide " + guide.id() + " "
                        + guide.version() + " (records of removed " + what + "s cannot be imported)");
            }
        }

        private Set<String> idSet(JsonNode node, String path, Set<String> ids, String what) throws ImportProblem {
            Set<String> set = new HashSet<>();
            JsonNode list = array(node, path);
            for (int i = 0; i < list.size(); i++) {
                String p = path + "[" + i + "]";
                String id = text(list.get(i), p);
                known(id, ids, p, what);
                if (!set.add(id)) {
                    throw new ImportProblem(p, "listed twice");
                }
            }
            return set;
        }

        private static int integer(JsonNode node, String path, int min, int max) throws ImportProblem {
            if (!node.isIntegralNumber()) {
                throw expected(path, "a whole number", node);
            }
            if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
                throw new ImportProblem(path, max == Integer.MAX_VALUE ? "must be " + min + " or more"
                        : "must be from " + min + " to " + max);
            }
            return node.intValue();
        }

        /** A readiness part: a number from 0 to 1. */
        private static double part(JsonNode node, String path) throws ImportProblem {
            if (!node.isNumber()) {
                throw expected(path, "a number", node);
            }
            double value = node.doubleValue();
            if (!(value >= 0 && value <= 1)) {
                throw new ImportProblem(path, "must be from 0 to 1");
            }
            return value;
        }

        private static boolean bool(JsonNode node, String path) throws ImportProblem {
            if (!node.isBoolean()) {
                throw expected(path, "true or false", node);
            }
            return node.booleanValue();
        }

        private static <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) throws ImportProblem {
            String text = text(node, path);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            throw new ImportProblem(path, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }

        /** A calendar day written as YYYY-MM-DD, from 1900 to 2999. */
        private static LocalDate date(JsonNode node, String path) throws ImportProblem {
            String text = text(node, path);
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ImportProblem(path, "not a date written as YYYY-MM-DD");
            }
            if (!date.toString().equals(text)) {
                throw new ImportProblem(path, "not a date written as YYYY-MM-DD");
            }
            if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
                throw new ImportProblem(path, "must be a day from " + FIRST_DAY + " to " + LAST_DAY);
            }
            return date;
        }

        private static Optional<LocalDate> optionalDate(JsonNode node, String path) throws ImportProblem {
            return node.isNull() ? Optional.empty() : Optional.of(date(node, path));
        }

        /** A moment in UTC such as 2026-01-05T09:30:15.123Z, from 1900 up to 3000. */
        private static Instant instant(JsonNode node, String path) throws ImportProblem {
            String text = text(node, path);
            Instant instant;
            try {
                instant = Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new ImportProblem(path, "not a time written as 2026-01-05T09:30:15Z");
            }
            if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
                throw new ImportProblem(path, "must be a time from 1900 up to 3000");
            }
            return instant;
        }

        private static ImportProblem expected(String path, String what, JsonNode found) {
            return new ImportProblem(path, "expected " + what + " but found " + describe(found));
        }

        private static String describe(JsonNode node) {
            if (node.isNull()) {
                return "null";
            }
            if (node.isTextual()) {
                return "text";
            }
            if (node.isNumber()) {
                return "a number";
            }
            if (node.isBoolean()) {
                return node.asText();
            }
            if (node.isArray()) {
                return "a list";
            }
            return node.isObject() ? "an object" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
