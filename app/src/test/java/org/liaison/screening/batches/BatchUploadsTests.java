package org.liaison.screening.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInput;

class BatchUploadsTests {

    @Test
    void readsNamedColumnsInAnyOrderAndNotesWhatItIgnored() {
        var rows = BatchUploads.read(bytes("""
                Document,Nationality,Date of birth,Name
                P2084417,LAO,1984-03-17,Somsak Keovongsa
                ,KH,17/03/1984,"CHAN, Theareth"
                ,,,
                """));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new Batches.BatchRow(1, "Somsak Keovongsa", "1984-03-17", "LA", "P2084417", null));
        assertThat(rows.get(1).name()).isEqualTo("CHAN, Theareth");
        assertThat(rows.get(1).dateOfBirth()).isNull();
        assertThat(rows.get(1).problem()).contains("date of birth ignored");
    }

    @Test
    void joinsGivenNamesAndSurnameAndReadsSemicolonsAndAByteOrderMark() {
        var rows = BatchUploads.read(bytes("\uFEFFsurname;given_names;passport\nVONGSA;Khamphone;P1234567\n"));

        assertThat(rows.getFirst().name()).isEqualTo("Khamphone VONGSA");
        assertThat(rows.getFirst().document()).isEqualTo("P1234567");
    }

    @Test
    void keepsARowWithNothingToScreenUnscreenedWithTheReason() {
        var rows = BatchUploads.read(bytes("name,nationality\n,KH\nSok Piseth,Cambodia\n"));

        assertThat(rows.get(0).screenable()).isFalse();
        assertThat(rows.get(0).problem()).contains("nothing to screen");
        assertThat(rows.get(1).nationality()).isNull();
        assertThat(rows.get(1).problem()).contains("nationality ignored");
    }

    @Test
    void refusesFilesItCannotReadWithAClearReason() {
        assertThatThrownBy(() -> BatchUploads.read(new byte[0])).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> BatchUploads.read(new byte[] { 'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28 }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> BatchUploads.read(bytes("first,second\nA,B\n"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("name, surname, document");
        assertThatThrownBy(() -> BatchUploads.read(bytes("name\n"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no rows");
        assertThatThrownBy(() -> BatchUploads.read(bytes("name\n\"unterminated\n"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> BatchUploads.read(bytes("name\n" + "x\n".repeat(BatchUploads.MAX_ROWS + 1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
