package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: a child JVM commits transactions and acknowledges each one on stdout; it is killed
 * ({@link Process#destroyForcibly()}) at random moments. After every kill the file must pass
 * {@code PRAGMA integrity_check} and hold every acknowledged commit.
 */
class KillLoopTest {

    static final int KILLS = 200;
    static final String PREFIX = "kill-";
    /** Every n-th round kills without waiting for an ACK, i.e. possibly during start-up, open or migration. */
    static final int EARLY_KILL_EVERY = 10;

    @TempDir
    Path dir;

    static String subject(long seq) {
        return PREFIX + seq;
    }

    static String body(long seq) {
        return "v" + seq;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyAcknowledgedCommitSurvivesRandomKills() throws Exception {
        Path folder = dir.resolve("data");
        Path stderr = dir.resolve("child-stderr.txt");
        Random random = new Random(42);
        long nextSeq = 0;
        long totalAcks = 0;
        int killedWithAcks = 0;
        for (int round = 0; round < KILLS; round++) {
            boolean early = round % EARLY_KILL_EVERY == EARLY_KILL_EVERY - 1;
            int delayMillis = early ? random.nextInt(400) : random.nextInt(121);
            Process child = start(folder, nextSeq, stderr);
            AckReader acks = new AckReader(child.getInputStream());
            Thread reader = new Thread(acks, "kill-loop-reader-" + round);
            reader.setDaemon(true);
            reader.start();
            try {
                if (!early && !acks.firstAck.await(30, TimeUnit.SECONDS)) {
                    fail("round %d: no ACK within 30 s; child alive=%s, stderr:%n%s", round, child.isAlive(), read(stderr));
                }
                Thread.sleep(delayMillis);
                if (!child.isAlive()) {
                    fail("round %d: child exited by itself with %d; stderr:%n%s", round, child.exitValue(), read(stderr));
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child died").isTrue();
            }
            reader.join(10_000);
            assertThat(reader.isAlive()).as("stdout reader finished").isFalse();
            List<Long> acked = acks.acked();
            totalAcks += acked.size();
            if (!acked.isEmpty()) {
                killedWithAcks++;
            }
            long highest = verify(folder, round, acked);
            nextSeq = Math.max(nextSeq, highest + 1);
        }
        System.out.printf("KillLoopTest: %d kills (%d after at least one ACK), %d acknowledged commits, next seq %d%n",
                KILLS, killedWithAcks, totalAcks, nextSeq);
        assertThat(totalAcks).as("the children acknowledged commits at all").isGreaterThan(KILLS / 2);
    }

    /** Checks the file after a kill; returns the highest seq present (acknowledged or not), or -1. */
    private static long verify(Path folder, int round, List<Long> acked) throws Exception {
        if (acked.isEmpty() && !Files.exists(folder.resolve(Database.FILE_NAME))) {
            return -1; // killed before the file was created: nothing to check
        }
        try (Database db = Database.open(folder)) {
            List<String> integrity = db.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            });
            assertThat(integrity).as("round %d: integrity_check", round).containsExactly("ok");
            Map<String, String> notes = new NoteRepository(db).all();
            for (long seq : acked) {
                assertThat(notes.get(subject(seq))).as("round %d: acknowledged note %s", round, subject(seq))
                        .isEqualTo(body(seq));
            }
            long highest = -1;
            for (Map.Entry<String, String> note : notes.entrySet()) {
                if (note.getKey().startsWith(PREFIX)) {
                    long seq = Long.parseLong(note.getKey().substring(PREFIX.length()));
                    assertThat(note.getValue()).as("round %d: body of %s", round, note.getKey()).isEqualTo(body(seq));
                    highest = Math.max(highest, seq);
                }
            }
            for (long seq : acked) {
                highest = Math.max(highest, seq);
            }
            return highest;
        }
    }

    private static Process start(Path folder, long startSeq, Path stderr) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                KillLoopWriter.class.getName(), folder.toString(), Long.toString(startSeq))
                .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()))
                .start();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Collects {@code ACK <seq>} lines; a last line cut off by the kill (no newline) does not count. */
    private static final class AckReader implements Runnable {
        final CountDownLatch firstAck = new CountDownLatch(1);
        private final InputStream in;
        private final List<Long> acked = new ArrayList<>();

        AckReader(InputStream in) {
            this.in = in;
        }

        synchronized List<Long> acked() {
            return new ArrayList<>(acked);
        }

        @Override
        public void run() {
            StringBuilder line = new StringBuilder();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                int ch;
                while ((ch = r.read()) >= 0) {
                    if (ch != '\n') {
                        line.append((char) ch);
                        continue;
                    }
                    String text = line.toString().strip();
                    line.setLength(0);
                    if (text.startsWith("ACK ")) {
                        synchronized (this) {
                            acked.add(Long.parseLong(text.substring(4)));
                        }
                        firstAck.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe may break when the child is killed; what was read so far stands
            }
        }
    }
}
