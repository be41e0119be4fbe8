package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteRepositoryTest extends RepositoryTestBase {

    private NoteRepository notes;

    @Override
    void createRepositories(Database db) {
        notes = new NoteRepository(db);
    }

    @Test
    void notesSurviveAReopenExactly() throws Exception {
        String large = "Line with text, 🚀 and spaces.\n".repeat(3500); // > 100 kB of UTF-8
        assertThat(large.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(100_000);
        String emoji = "🚀✅ done 👩🏽‍💻 🇺🇦";
        String rtl = "مرحبا بالعالم — שלום עולם — mixed עברית and English";
        String whitespace = "  leading and trailing kept  \n\ttab\r\n";
        notes.save("step-1", large);
        notes.save("step-2", emoji);
        notes.save("step-3.live-projects", rtl);
        notes.save("skill.sql", whitespace);

        reopen();

        assertThat(notes.get("step-1")).contains(large);
        assertThat(notes.get("step-2")).contains(emoji);
        assertThat(notes.get("step-3.live-projects")).contains(rtl);
        assertThat(notes.all()).isEqualTo(Map.of("step-1", large, "step-2", emoji,
                "step-3.live-projects", rtl, "skill.sql", whitespace));
    }

    @Test
    void savingAgainReplacesTheBody() throws Exception {
        notes.save("step-1", "first");
        notes.save("step-1", "second");
        assertThat(notes.all()).containsExactly(Map.entry("step-1", "second"));
    }

    @Test
    void aBlankBodyDeletesTheNote() throws Exception {
        notes.save("step-1", "something");
        notes.save("step-2", "kept");
        notes.save("step-1", " \n\t ");
        notes.save("step-3", ""); // nothing to delete: still fine
        assertThat(notes.get("step-1")).isEmpty();
        assertThat(notes.all()).containsOnlyKeys("step-2");
    }

    @Test
    void aMissingNoteIsEmpty() throws Exception {
        assertThat(notes.get("nothing")).isEmpty();
        assertThat(notes.all()).isEmpty();
    }
}
