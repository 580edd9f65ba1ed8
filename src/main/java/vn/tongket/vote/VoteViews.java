package vn.tongket.vote;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What the vote's use cases take and return (JSON of the REST API). */
public final class VoteViews {

    private VoteViews() {
    }

    /** The acting user: login, Camunda groups, administrator flag. */
    public record Actor(String userId, Collection<String> groups, boolean admin) {
    }

    @Schema(description = "Cuộc lấy phiếu tín nhiệm (một hội nghị, một năm)")
    public record VoteHeader(long id, String unitCode, String unitName, String unitKind, int year, LocalDate voteDate,
                             @Schema(description = "PREPARING, ENTRY, COUNTED, SEALED") String status,
                             @Schema(description = "Phạm vi phiếu hỏng: BALLOT (cả phiếu) hoặc CANDIDATE (chỉ tên đó)") InvalidMarkScope scope,
                             String voterGroup, String superiorGroup, String countingBoard, String clerkA, String clerkB,
                             String processInstanceId,
                             @Schema(description = "Ban kiểm phiếu: NONE, PROPOSED, APPROVED") String boardStatus,
                             @Schema(description = "Hội nghị đã mở (được nhập phiếu)") boolean conferenceOpened,
                             @Schema(description = "Số phiếu không do ban kiểm phiếu phát ra tìm thấy khi kiểm") int foreignBallots) {
    }

    @Schema(description = "Một thành viên ban kiểm phiếu")
    public record BoardMember(int seq, String memberCode, String fullName) {
    }

    @Schema(description = "Quyết định công khai kết quả ở phạm vi khác của cấp có thẩm quyền (C.III.4)")
    public record Publication(String scopeGroup, String decisionNo, String decidedBy) {
    }

    @Schema(description = "Đánh giá tín nhiệm chung của cấp có thẩm quyền cho cán bộ lấy phiếu ở 2 nơi (C.III.2.3)")
    public record OverallJudgement(String memberCode, int year, boolean notCompletingTasks, boolean proposeRelief,
                                   String reasons, String decisionNo, String decidedBy) {
    }

    @Schema(description = "Một người có tên trên phiếu (thứ tự in trên phiếu)")
    public record CandidateView(int seq, long memberId, String memberCode, String fullName, String positionTitle) {
    }

    @Schema(description = "Dữ liệu cho màn hình nhập phiếu")
    public record BallotForm(VoteHeader vote, List<CandidateView> candidates, int issued, int enteredA, int enteredB,
                             @Schema(description = "Lượt nhập của người dùng hiện tại (A/B) nếu đã nhận") String mySlot) {
    }

    @Schema(description = "Một phiếu như người nhập đọc được")
    public record BallotInput(
            @Schema(description = "Số phiếu (in trên phiếu)", example = "007") String serial,
            @Schema(description = "Mỗi người một chuỗi, theo thứ tự trên phiếu: 1 = tín nhiệm cao, 2 = tín nhiệm, 3 = tín nhiệm thấp"
                    + " (nhiều số = nhiều ô), S = gạch tên, T = ghi thêm cạnh tên; chuỗi rỗng = không đánh dấu ô nào",
                    example = "[\"1\",\"2\",\"3\"]") List<String> marks,
            @Schema(description = "Ghi thêm tên người hoặc thông tin khác ngoài danh sách") boolean otherText,
            @Schema(description = "Người ghi phiếu ký tên (được phép, không làm phiếu hỏng)") boolean signed) {
    }

    @Schema(description = "Kết quả nhập một phiếu: hợp lệ hay không và lý do")
    public record EntryResult(String serial, String clerk, BallotValidity.Verdict verdict) {
    }

    @Schema(description = "Một số phiếu mà hai lượt nhập không khớp")
    public record Disagreement(String serial, List<String> clerkA, List<String> clerkB, String problem) {
    }

    @Schema(description = "Kết quả của một người (trên tổng số phiếu thu về, làm tròn HALF_UP 2 chữ số thập phân)")
    public record TallyLine(String memberCode, String fullName, String positionTitle, int issued, int collected, int valid,
                            int high, BigDecimal highPercent, int medium, BigDecimal mediumPercent, int low, BigDecimal lowPercent,
                            boolean notCompletingTasks, boolean outOfSuccessionPlan, boolean proposeRelief, String consequences) {
    }

    @Schema(description = "Kết quả kiểm phiếu")
    public record TallyView(VoteHeader vote, List<TallyLine> lines) {
    }

    public record LogLine(Instant at, String actor, String action, String clerk, String serial, String detail) {
    }

    public record MinutesData(TallyView tally, int issued, int collected, int foreign, List<BoardMember> board, List<LogLine> log) {
    }

    @Schema(description = "Yêu cầu cung cấp thông tin bằng văn bản về một người được lấy phiếu")
    public record InformationRequest(long id, String candidateCode, String requestedBy, String question, String answer) {
    }
}
