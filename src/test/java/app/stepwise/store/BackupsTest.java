package app.stepwise.store;

import static app.stepwise.store.BackupFixtures.at;
import static app.stepwise.store.BackupFixtures.marker;
import static app.stepwise.store.BackupFixtures.writeDatabase;
import static app.stepwise.store.StoreFixtures.fileNames;
import static app.stepwise.store.StoreFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.StoreException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(Database.FILE_NAME);
    }

    @Test
    void createWritesAVerifiedCopyNamedByItsUtcTime() throws Exception {
        writeDatabase(dir, "first");
        Backup b = new Backups(dir, at("2024-06-15T08:09:10.750Z")).create(db());

        assertThat(b.file()).isEqualTo(dir.resolve("backups").resolve("stepwise-20240615-080910.db"));
        assertThat(b.takenAt()).isEqualTo(Instant.parse("2024-06-15T08:09:10Z"));
        assertThat(b.size()).isEqualTo(Files.size(b.file())).isPositive();
        assertThat(Backups.integrityCheck(b.file())).isEqualTo("ok");
        assertThat(marker(b.file())).contains("first");
        assertThat(fileNames(dir.resolve("backups"))).containsExactly("stepwise-20240615-080910.db");
    }

    @Test
    void backupOfAnOpenDatabaseHoldsItsCommittedChanges() throws Exception {
        writeDatabase(dir, "first");
        try (Database open = Database.open(dir)) {
            new SettingsRepository(open).put("marker", "committed");
            Backup b = new Backups(dir, at("2024-06-15T08:00:00Z")).create(db());
            assertThat(marker(b.file())).contains("committed");
        }
    }

    @Test
    void listIsNewestFirstAndSkipsOtherFiles() throws Exception {
        writeDatabase(dir, "x");
        new Backups(dir, at("2024-06-14T10:00:00Z")).create(db());
        new Backups(dir, at("2024-06-15T10:00:00Z")).create(db());
        new Backups(dir, at("2024-06-15T10:00:00Z")).create(db()); // same second
        new Backups(dir, at("2023-12-31T23:59:59Z")).create(db());
        Files.writeString(dir.resolve("backups").resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("backups").resolve("stepwise-2024.db"), "not a backup name");

        List<String> names = new Backups(dir).list().stream().map(b -> b.file().getFileName().toString()).toList();

        assertThat(names).containsExactly("stepwise-20240615-100000-1.db", "stepwise-20240615-100000.db",
                "stepwise-20240614-100000.db", "stepwise-20231231-235959.db");
    }

    @Test
    void listOfAFolderWithoutBackupsIsEmpty() throws Exception {
        assertThat(new Backups(dir).list()).isEmpty();
    }

    @Test
    void aDamagedSourceGivesDamagedAndLeavesNoCopyAndTheSourceUntouched() throws Exception {
        writeDatabase(dir, "x");
        BackupFixtures.garbagePages(db());
        String before = sha256(db());

        assertThatThrownBy(() -> new Backups(dir).create(db()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));

        assertThat(fileNames(dir.resolve("backups"))).isEmpty();
        assertThat(sha256(db())).isEqualTo(before);
    }

    @Test
    void restoreBacksUpTheCurrentFileFirstThenReplacesIt() throws Exception {
        writeDatabase(dir, "old");
        Backup old = new Backups(dir, at("2024-06-14T10:00:00Z")).create(db());
        writeDatabase(dir, "new");

        new Backups(dir, at("2024-06-15T10:00:00Z")).restore(old, db());

        assertThat(marker(db())).contains("old");
        List<Backup> all = new Backups(dir).list();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).takenAt()).isEqualTo(Instant.parse("2024-06-15T10:00:00Z"));
        assertThat(marker(all.get(0).file())).contains("new");
        assertThat(fileNames(dir)).noneMatch(n -> n.contains("restoring") || n.endsWith("-wal") || n.endsWith("-shm"));
        try (Database reopened = Database.open(dir)) {
            assertThat(new SettingsRepository(reopened).get("marker")).contains("old");
        }
    }

    @Test
    void restoreRemovesAStaleWalSoItIsNotReplayedIntoTheRestoredFile() throws Exception {
        writeDatabase(dir, "old");
        Backup old = new Backups(dir, at("2024-06-14T10:00:00Z")).create(db());
        writeDatabase(dir, "new");
        Files.write(dir.resolve("stepwise.db-wal"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("stepwise.db-shm"), new byte[] {1, 2, 3});

        new Backups(dir, at("2024-06-15T10:00:00Z")).restore(old, db());

        assertThat(dir.resolve("stepwise.db-wal")).doesNotExist();
        assertThat(dir.resolve("stepwise.db-shm")).doesNotExist();
        assertThat(marker(db())).contains("old");
    }

    @Test
    void restoreOverACurrentFileThatDoesNotOpenKeepsItBeside() throws Exception {
        writeDatabase(dir, "old");
        Backup old = new Backups(dir, at("2024-06-14T10:00:00Z")).create(db());
        BackupFixtures.overwriteHeader(db());
        String damaged = sha256(db());

        new Backups(dir, at("2024-06-15T10:00:00Z")).restore(old, db());

        assertThat(marker(db())).contains("old");
        Path kept = dir.resolve("stepwise.db.replaced-20240615-100000");
        assertThat(kept).exists();
        assertThat(sha256(kept)).isEqualTo(damaged);
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheCurrentFileStays() throws Exception {
        writeDatabase(dir, "old");
        Backup old = new Backups(dir, at("2024-06-14T10:00:00Z")).create(db());
        BackupFixtures.garbagePages(old.file());
        writeDatabase(dir, "current");
        String current = sha256(db());

        assertThatThrownBy(() -> new Backups(dir).restore(old, db()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));

        assertThat(sha256(db())).isEqualTo(current);
        assertThat(new Backups(dir).list()).hasSize(1);
    }

    @Test
    void thinDeletesOnlyTheBackupsThinningDoesNotKeep() throws Exception {
        writeDatabase(dir, "x");
        String[] times = {"2024-06-15T09:00:00Z", "2024-06-13T08:00:00Z", "2024-06-13T20:00:00Z",
            "2024-05-28T09:00:00Z", "2024-06-01T09:00:00Z", "2020-01-01T00:00:00Z"};
        for (String t : times) {
            new Backups(dir, at(t)).create(db());
        }
        Files.writeString(dir.resolve("backups").resolve("notes.txt"), "mine");

        List<Backup> deleted = new Backups(dir).thin(LocalDate.of(2024, 6, 15), ZoneOffset.UTC);

        assertThat(deleted).extracting(Backup::takenAt).containsExactlyInAnyOrder(
                Instant.parse("2024-06-13T08:00:00Z"), Instant.parse("2024-05-28T09:00:00Z"),
                Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(fileNames(dir.resolve("backups"))).containsExactly("notes.txt", "stepwise-20240601-090000.db",
                "stepwise-20240613-200000.db", "stepwise-20240615-090000.db");
        assertThat(db()).exists();
    }
}
