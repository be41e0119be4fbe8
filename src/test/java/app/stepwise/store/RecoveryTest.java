package app.stepwise.store;

import static app.stepwise.store.BackupFixtures.at;
import static app.stepwise.store.BackupFixtures.marker;
import static app.stepwise.store.BackupFixtures.writeDatabase;
import static app.stepwise.store.StoreFixtures.rawExec;
import static app.stepwise.store.StoreFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.Recovery.Kind;
import app.stepwise.store.Recovery.Outcome;
import app.stepwise.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    private static final Instant BACKUP_TIME = Instant.parse("2024-06-14T10:00:00Z");
    private static final String NOW = "2024-06-15T12:30:45Z";

    @TempDir
    Path dir;

    interface Damage {
        void apply(Path file) throws IOException;
    }

    private Path db() {
        return dir.resolve(Database.FILE_NAME);
    }

    private Outcome recover() throws StoreException {
        return Recovery.openOrRecover(dir, at(NOW));
    }

    @Test
    void healthyFileIsOkAndUntouched() throws Exception {
        writeDatabase(dir, "fine");
        String before = sha256(db());
        assertThat(recover()).isEqualTo(new Outcome(Kind.OK, Optional.empty(), Optional.empty()));
        assertThat(sha256(db())).isEqualTo(before);
    }

    @Test
    void noFileIsOk() throws Exception {
        assertThat(recover().kind()).isEqualTo(Kind.OK);
        assertThat(db()).doesNotExist();
    }

    @Test
    void headerOverwritten() throws Exception {
        assertRestoredAfter(BackupFixtures::overwriteHeader);
    }

    @Test
    void truncated() throws Exception {
        assertRestoredAfter(BackupFixtures::truncateToHalf);
    }

    @Test
    void zeroLength() throws Exception {
        assertRestoredAfter(BackupFixtures::zeroLength);
    }

    @Test
    void garbagePages() throws Exception {
        assertRestoredAfter(BackupFixtures::garbagePages);
    }

    private void assertRestoredAfter(Damage damage) throws Exception {
        writeDatabase(dir, "backed up");
        new Backups(dir, Clock(BACKUP_TIME)).create(db());
        writeDatabase(dir, "lost");
        damage.apply(db());
        String damaged = sha256(db());

        Outcome outcome = recover();

        Path aside = dir.resolve("stepwise.db.corrupt-20240615-123045");
        assertThat(outcome).isEqualTo(new Outcome(Kind.RESTORED, Optional.of(BACKUP_TIME), Optional.of(aside)));
        assertThat(sha256(aside)).isEqualTo(damaged);
        assertThat(marker(db())).contains("backed up");
        try (Database reopened = Database.open(dir)) {
            assertThat(new SettingsRepository(reopened).get("marker")).contains("backed up");
        }
    }

    @Test
    void walAndShmAreMovedAsideWithTheDamagedFile() throws Exception {
        writeDatabase(dir, "backed up");
        new Backups(dir, Clock(BACKUP_TIME)).create(db());
        BackupFixtures.overwriteHeader(db());
        Files.write(dir.resolve("stepwise.db-wal"), new byte[] {7, 7});
        Files.write(dir.resolve("stepwise.db-shm"), new byte[] {8, 8});

        assertThat(recover().kind()).isEqualTo(Kind.RESTORED);

        assertThat(Files.readAllBytes(dir.resolve("stepwise.db.corrupt-20240615-123045-wal"))).containsExactly(7, 7);
        assertThat(Files.readAllBytes(dir.resolve("stepwise.db.corrupt-20240615-123045-shm"))).containsExactly(8, 8);
        assertThat(marker(db())).contains("backed up");
    }

    @Test
    void newestBackupDamagedTooTheNextOneIsUsed() throws Exception {
        writeDatabase(dir, "older");
        new Backups(dir, Clock(BACKUP_TIME)).create(db());
        writeDatabase(dir, "newer");
        Backup newest = new Backups(dir, at("2024-06-15T09:00:00Z")).create(db());
        BackupFixtures.garbagePages(newest.file());
        String newestBytes = sha256(newest.file());
        BackupFixtures.garbagePages(db());

        Outcome outcome = recover();

        assertThat(outcome.kind()).isEqualTo(Kind.RESTORED);
        assertThat(outcome.restoredFrom()).contains(BACKUP_TIME);
        assertThat(marker(db())).contains("older");
        assertThat(sha256(newest.file())).isEqualTo(newestBytes); // a damaged backup is kept, not deleted
    }

    @Test
    void noBackupAtAllStartsEmptyAndKeepsTheDamagedFile() throws Exception {
        writeDatabase(dir, "lost");
        BackupFixtures.overwriteHeader(db());
        String damaged = sha256(db());

        Outcome outcome = recover();

        Path aside = dir.resolve("stepwise.db.corrupt-20240615-123045");
        assertThat(outcome).isEqualTo(new Outcome(Kind.STARTED_EMPTY, Optional.empty(), Optional.of(aside)));
        assertThat(sha256(aside)).isEqualTo(damaged);
        assertThat(db()).doesNotExist();
        try (Database fresh = Database.open(dir)) {
            assertThat(new SettingsRepository(fresh).get("marker")).isEmpty();
        }
    }

    @Test
    void aSecondDamageTheSameSecondDoesNotOverwriteTheFirst() throws Exception {
        writeDatabase(dir, "x");
        BackupFixtures.overwriteHeader(db());
        recover();
        writeDatabase(dir, "y");
        BackupFixtures.overwriteHeader(db());

        recover();

        assertThat(dir.resolve("stepwise.db.corrupt-20240615-123045")).exists();
        assertThat(dir.resolve("stepwise.db.corrupt-20240615-123045-1")).exists();
    }

    @Test
    void aNewerFileIsRefusedNotMovedAside() throws Exception {
        rawExec(db(), "CREATE TABLE future(x)", "PRAGMA user_version = " + (Migrations.LATEST + 1));
        String before = sha256(db());

        assertThatThrownBy(this::recover)
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION));
        assertThat(sha256(db())).isEqualTo(before);
    }

    private static java.time.Clock Clock(Instant instant) {
        return java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC);
    }
}
