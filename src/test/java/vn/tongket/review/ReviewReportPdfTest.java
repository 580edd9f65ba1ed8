package vn.tongket.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewReportPdfTest {

    @Test
    void reportToTheBloc_listsCollectiveReportAndEachMembersSelfRankingAndConclusion_inVietnamese() throws Exception {
        ReviewSession s = new ReviewSession("CB01", "Chi bộ Văn phòng", 2013, true, "chi-uy-CB01", "bch-G", "bt",
                LocalDateTime.of(2013, 12, 1, 8, 0));
        s.setFinalReport("Tập thể đoàn kết, hoàn thành tốt nhiệm vụ");
        s.setDistributedAt(LocalDateTime.of(2013, 12, 2, 8, 0));
        s.setMeetingAt(LocalDateTime.of(2013, 12, 5, 8, 0));
        ReviewItem collective = new ReviewItem(1L, ReviewItem.COLLECTIVE_PHASE, 0, 0, null, null, "BRANCH", "CB01",
                "Chi ủy Chi bộ Văn phòng", "chi-uy-CB01", "HEAD");
        collective.setConclusion("Kết luận tập thể");
        collective.setStatus(ReviewItem.Status.CONCLUDED);
        ReviewItem person = new ReviewItem(1L, "MEMBERS", 0, 1, "dv01", "Nguyễn Thị Hằng", "BRANCH", "CB01",
                "Chi bộ Văn phòng", "chi-uy-CB01", "MEMBER");
        person.setConclusion("Gương mẫu, cần phát huy");
        person.setStatus(ReviewItem.Status.CONCLUDED);
        ReviewItem paused = new ReviewItem(1L, "MEMBERS", 1, 2, "dv02", "Trần Văn Đức", "BRANCH", "CB01",
                "Chi bộ Văn phòng", "chi-uy-CB01", "MEMBER");
        paused.setPaused(true);
        paused.setStatus(ReviewItem.Status.PAUSED);

        byte[] pdf = new ReviewReportPdf().render(s, List.of(collective, person, paused), List.of(),
                Map.of("dv01", "Đủ tư cách, hoàn thành tốt nhiệm vụ"));

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(text.toString()).contains("Chi bộ Văn phòng", "Nguyễn Thị Hằng", "Gương mẫu, cần phát huy",
                "hoàn thành tốt nhiệm vụ", "Tập thể đoàn kết", "tạm dừng");
    }
}
