package app.stepwise.store;

import java.nio.file.Path;

/**
 * Child process for KillLoopTest: commits one note per transaction, forever, and prints {@code ACK <seq>}
 * only after the transaction has returned, so every acknowledged seq must survive a kill.
 */
public final class KillLoopWriter {

    private KillLoopWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long seq = Long.parseLong(args[1]);
        Database db = Database.open(folder);
        NoteRepository notes = new NoteRepository(db);
        System.out.println("OPEN");
        System.out.flush();
        while (true) {
            notes.save(KillLoopTest.subject(seq), KillLoopTest.body(seq)); // one db.write transaction
            System.out.println("ACK " + seq);
            System.out.flush();
            seq++;
        }
    }
}
