package vn.tongket.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quotedCellsWithCommasQuotesAndLineBreaks_areOneCell_andRowNumbersAreEditorLines() {
        String csv = "\uFEFF# chú thích\ncode,name\nA,\"Chi bộ \"\"Một\"\", Sở\"\nB,\"dòng 1\ndòng 2\"\n\nC,Đảng bộ Sở Y tế\n";
        Table t = CsvParser.parse(csv);
        assertThat(t.header()).containsExactly("code", "name");
        assertThat(t.headerRow()).isEqualTo(2);
        assertThat(t.rows()).extracting(TableRow::row).containsExactly(3, 4, 7);
        assertThat(t.rows().get(0).get("name")).isEqualTo("Chi bộ \"Một\", Sở");
        assertThat(t.rows().get(1).get("name")).isEqualTo("dòng 1\ndòng 2");
        assertThat(t.rows().get(2).get("name")).isEqualTo("Đảng bộ Sở Y tế");
    }

    @Test
    void semicolonSeparatedFiles_fromVietnameseExcel_areRead() {
        Table t = CsvParser.parse("code;name\r\nA;Chi bộ A\r\n");
        assertThat(t.rows().get(0).get("name")).isEqualTo("Chi bộ A");
    }

    @Test
    void notUtf8_isRefusedWithAMessage() {
        byte[] latin1 = "code,name\nA,Chi b\u00f4\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TableReader.read("units.csv", "text/csv", latin1))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors().get(0).message()).contains("UTF-8"));
    }

    @Test
    void emptyFile_isRefused() {
        assertThatThrownBy(() -> TableReader.read("units.csv", "text/csv", new byte[0]))
                .isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void xlsxIsDetectedByExtensionContentTypeOrZipSignature() {
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertThat(TableReader.isXlsx("a.xlsx", null, new byte[] {1})).isTrue();
        assertThat(TableReader.isXlsx("upload", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1})).isTrue();
        assertThat(TableReader.isXlsx(null, "application/octet-stream", zip)).isTrue();
        assertThat(TableReader.isXlsx("a.csv", null, "code".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
