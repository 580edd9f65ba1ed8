package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.List;
import vn.tongket.organization.UnitCategory;
import vn.tongket.ranking.Scorecard.CategoryBand;
import vn.tongket.ranking.Scorecard.Criterion;
import vn.tongket.ranking.Scorecard.CriterionGroup;
import vn.tongket.ranking.Scorecard.Veto;

/**
 * A plausible 100-point sheet used when no scorecard exists at all. It is OUR DEFAULT, not the text of
 * Hướng dẫn 07-HD/ĐU (2011), which the spec does not contain: the Ban Tổ chức replaces it through
 * {@code PUT /api/ranking/scorecards/{year}} or a CSV import.
 */
public final class DefaultScorecard {

    private DefaultScorecard() {
    }

    public static Scorecard of(int year) {
        return new Scorecard(year, "Bảng điểm mặc định (100 điểm) — không phải văn bản chính thức 07-HD/ĐU", List.of(
                group("I", "Lãnh đạo thực hiện nhiệm vụ chính trị của cơ quan, đơn vị",
                        c("I.1", "Lãnh đạo cơ quan, đơn vị hoàn thành các chỉ tiêu, nhiệm vụ chính trị được giao", 20),
                        c("I.2", "Lãnh đạo cải cách hành chính, thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí", 10)),
                group("II", "Công tác chính trị, tư tưởng",
                        c("II.1", "Học tập, quán triệt, triển khai nghị quyết, chỉ thị của Đảng", 8),
                        c("II.2", "Nắm bắt, định hướng tư tưởng; học tập và làm theo tấm gương đạo đức Hồ Chí Minh", 7)),
                group("III", "Công tác tổ chức, cán bộ và đảng viên",
                        c("III.1", "Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc; chất lượng sinh hoạt chi bộ", 10),
                        c("III.2", "Quản lý, phát triển đảng viên; quản lý hồ sơ đảng viên", 8),
                        c("III.3", "Công tác cán bộ: quy hoạch, đánh giá, bố trí cán bộ", 7)),
                group("IV", "Công tác kiểm tra, giám sát và kỷ luật của Đảng",
                        c("IV.1", "Thực hiện chương trình kiểm tra, giám sát", 10),
                        c("IV.2", "Giải quyết đơn thư, thi hành kỷ luật đảng", 5)),
                group("V", "Lãnh đạo các đoàn thể chính trị - xã hội; xây dựng nội bộ",
                        c("V.1", "Lãnh đạo công đoàn, đoàn thanh niên, hội cựu chiến binh, hội phụ nữ hoạt động hiệu quả", 10),
                        c("V.2", "Xây dựng cơ quan văn hóa, nội bộ đoàn kết", 5))),
                List.of(new CategoryBand(UnitCategory.EXEMPLARY_CLEAN_STRONG, new BigDecimal("95")),
                        new CategoryBand(UnitCategory.CLEAN_STRONG, new BigDecimal("90")),
                        new CategoryBand(UnitCategory.COMPLETED_WELL, new BigDecimal("70")),
                        new CategoryBand(UnitCategory.COMPLETED, new BigDecimal("50"))),
                List.of(new Veto("COMMITTEE_DISCIPLINED", UnitCategory.WEAK,
                                "Tập thể cấp ủy bị thi hành kỷ luật trong năm"),
                        new Veto("AGENCY_NOT_COMPLETED", UnitCategory.COMPLETED,
                                "Cơ quan, đơn vị không hoàn thành nhiệm vụ chính trị được giao"),
                        new Veto("INTERNAL_DISUNITY", UnitCategory.COMPLETED,
                                "Nội bộ cấp ủy hoặc cơ quan mất đoàn kết"),
                        new Veto("MEMBER_DISCIPLINED", UnitCategory.COMPLETED_WELL,
                                "Có đảng viên bị thi hành kỷ luật trong năm")));
    }

    private static CriterionGroup group(String code, String name, Criterion... criteria) {
        return new CriterionGroup(code, name, List.of(criteria));
    }

    private static Criterion c(String code, String name, int max) {
        return new Criterion(code, name, BigDecimal.valueOf(max));
    }
}
