package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.vote.VoteViews.*;

class MinutesPdfTest {

    @Test
    void minutes_confidential_vietnameseGlyphs_threeCopies_board_foreignBallotsFound_andEntryLog() throws Exception {
        var header = new VoteHeader(7, "DUK", "Đảng bộ Khối các cơ quan tỉnh", "BLOC", 2015, LocalDate.of(2015, 12, 20), "SEALED",
                InvalidMarkScope.BALLOT, "bch-DUK", "ban-to-chuc", "Đ/c Nguyễn Thị Hằng (trưởng ban)", "a", "b", null,
                "APPROVED", true, 1);
        var line = new TallyLine("m1", "Trần Đức Thắng", "Bí thư Đảng ủy Khối", 60, 58, 55, 40, new BigDecimal("68.97"), 10,
                new BigDecimal("17.24"), 5, new BigDecimal("8.62"), false, false, false, "Tham khảo");
        var log = List.of(new LogLine(Instant.parse("2015-12-20T03:00:00Z"), "a", "ENTER", "A", "001", "[1|2|3]"),
                new LogLine(Instant.parse("2015-12-20T03:05:00Z"), "c", "CORRECT", null, "004", "Trước: …; lý do: đối chiếu phiếu giấy"));
        byte[] pdf = MinutesPdf.render(new MinutesData(new TallyView(header, List.of(line)), 60, 58, 1,
                List.of(new BoardMember(0, "kp1", "Nguyễn Thị Hằng"), new BoardMember(1, "kp2", "Lê Văn Bình")), log));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        String t = text.toString();
        assertThat(t).contains("MẬT").contains("BIÊN BẢN KIỂM PHIẾU TÍN NHIỆM").contains("Trần Đức Thắng").contains("68.97")
                .contains("3 bản").contains("2 bản gửi cấp trên trực tiếp").contains("Nhật ký nhập phiếu")
                .contains("CORRECT").contains("đối chiếu phiếu giấy")
                .contains("Nguyễn Thị Hằng (trưởng ban)").contains("Lê Văn Bình")
                .contains("Phát hiện 1 phiếu không do ban kiểm phiếu phát ra");
    }
}
