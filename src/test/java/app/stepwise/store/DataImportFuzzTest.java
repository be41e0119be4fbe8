package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated and truncated exports, made from a fixed seed: each one ends in an {@link ImportProblem} or a valid
 * snapshot that applies cleanly, never in another exception; a refused file leaves the database's bytes as they were.
 */
class DataImportFuzzTest {

    private static final long SEED = 20260601L;
    private static final int VARIANTS = 1_500;
    /** Valid variants are applied (and then undone) up to this many times: each apply is a synced transaction. */
    private static final int MAX_APPLIES = 40;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NOISE = "{}[]\",:\\0123456789-.eEtrufalsn \n\u00e9\ud83d\ude80";
    private static final List<String> DANGLING = List.of("step-99", "step-1.gone", "skill.gone", "level.gone",
            "background.gone", "no-such-project", "");

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileIsRefusedPlainlyOrImportsCleanly() throws Exception {
        Random random = new Random(SEED);
        try (Database db = Database.open(dir)) {
            TransferFixture.fill(db);
            byte[] valid = TransferFixture.export(db);
            DataImport.Snapshot original = TransferFixture.read(valid);
            String before = fingerprint(db);
            int refused = 0;
            int accepted = 0;
            int applied = 0;
            for (int i = 0; i < VARIANTS; i++) {
                String kind;
                byte[] variant;
                int choice = random.nextInt(12);
                switch (choice) {
                    case 0 -> { kind = "flip"; variant = flip(valid, random); }
                    case 1 -> { kind = "delete"; variant = delete(valid, random); }
                    case 2 -> { kind = "duplicate"; variant = duplicate(valid, random); }
                    case 3 -> { kind = "truncate"; variant = java.util.Arrays.copyOf(valid, random.nextInt(valid.length)); }
                    case 4 -> { kind = "bytes"; variant = bytes(valid, random); }
                    default -> {
                        kind = "tree" + choice;
                        variant = tree(valid, random, choice);
                    }
                }
                DataImport.Snapshot snapshot;
                try {
                    snapshot = TransferFixture.read(variant);
                } catch (ImportProblem e) {
                    refused++;
                    assertThat(e.path()).as("variant %d (%s)", i, kind).startsWith("$");
                    assertThat(e.problem()).as("variant %d (%s)", i, kind).isNotBlank();
                    assertThat(fingerprint(db)).as("variant %d (%s): database changed", i, kind).isEqualTo(before);
                    continue;
                } catch (Throwable t) {
                    throw new AssertionError("variant " + i + " (" + kind + ") ended in " + t, t);
                }
                accepted++;
                if (applied < MAX_APPLIES && !snapshot.equals(original)) {
                    applied++;
                    try {
                        DataImport.apply(db, snapshot);
                        // what was imported exports and reads again
                        if (!TransferFixture.read(TransferFixture.export(db)).equals(snapshot)) {
                            fail("variant " + i + " (" + kind + ") does not read back as it was imported");
                        }
                        DataImport.apply(db, original);
                        assertThat(TransferFixture.export(db)).isEqualTo(valid);
                    } catch (StoreException | RuntimeException e) {
                        fail("variant " + i + " (" + kind + ") was accepted but does not apply", e);
                    }
                    before = fingerprint(db);
                }
            }
            assertThat(refused).isGreaterThan(VARIANTS / 2);
            assertThat(accepted).isGreaterThan(0);
        }
    }

    /** The database file and its write-ahead log, byte for byte. */
    private String fingerprint(Database db) throws IOException {
        Path wal = db.file().resolveSibling(db.file().getFileName() + "-wal");
        return StoreFixtures.sha256(db.file()) + "/" + (Files.exists(wal) ? StoreFixtures.sha256(wal) : "-");
    }

    private static byte[] flip(byte[] valid, Random random) {
        String s = new String(valid, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(s);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(b.length());
            int noise = random.nextInt(NOISE.length());
            b.setCharAt(at, NOISE.charAt(noise));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] delete(byte[] valid, Random random) {
        int at = random.nextInt(valid.length);
        int length = Math.min(valid.length - at, 1 + random.nextInt(12));
        byte[] out = new byte[valid.length - length];
        System.arraycopy(valid, 0, out, 0, at);
        System.arraycopy(valid, at + length, out, at, valid.length - at - length);
        return out;
    }

    private static byte[] duplicate(byte[] valid, Random random) {
        int at = random.nextInt(valid.length);
        int length = Math.min(valid.length - at, 1 + random.nextInt(40));
        byte[] out = new byte[valid.length + length];
        System.arraycopy(valid, 0, out, 0, at + length);
        System.arraycopy(valid, at, out, at + length, valid.length - at);
        return out;
    }

    /** Random bytes, often not UTF-8. */
    private static byte[] bytes(byte[] valid, Random random) {
        byte[] out = valid.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** A change to the parsed document: wrong types, dangling ids, deep nesting, huge strings, versions, removals. */
    private static byte[] tree(byte[] valid, Random random, int choice) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(valid);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (choice) {
            case 5 -> slot.set(switch (random.nextInt(7)) {
                case 0 -> f.nullNode();
                case 1 -> f.textNode("text");
                case 2 -> f.numberNode(random.nextInt(3000) - 1000);
                case 3 -> f.numberNode(random.nextDouble() * 10);
                case 4 -> f.booleanNode(random.nextBoolean());
                case 5 -> f.arrayNode().add(1);
                default -> f.objectNode().put("x", 1);
            });
            case 6 -> {
                if (slot.current().isTextual()) {
                    slot.set(f.textNode(DANGLING.get(random.nextInt(DANGLING.size()))));
                } else {
                    slot.remove();
                }
            }
            case 7 -> {
                JsonNode deep = f.numberNode(1);
                for (int d = 20 + random.nextInt(30); d > 0; d--) {
                    deep = random.nextBoolean() ? f.arrayNode().add(deep) : f.objectNode().set("k", deep);
                }
                slot.set(deep);
            }
            case 8 -> slot.set(f.textNode("ü".repeat(random.nextInt(4) == 0 ? 1_000_001 : 20_000 + random.nextInt(1000))));
            case 9 -> root.set("formatVersion", switch (random.nextInt(5)) {
                case 0 -> f.numberNode(2);
                case 1 -> f.numberNode(random.nextInt());
                case 2 -> f.numberNode(1.5);
                case 3 -> f.numberNode(new java.math.BigInteger("1" + "0".repeat(40)));
                default -> f.textNode("1");
            });
            case 10 -> slot.remove();
            default -> {
                // a copy of another value where this one was
                Slot other = slots.get(random.nextInt(slots.size()));
                slot.set(other.current().deepCopy());
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private record Slot(ContainerNode<?> parent, String name, int index) {

        JsonNode current() {
            return parent instanceof ObjectNode o ? o.get(name) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
