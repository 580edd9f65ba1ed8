package vn.tongket.vote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.vote.VoteViews.*;

@RestController
@RequestMapping("/api/votes")
@Tag(name = "Lấy phiếu tín nhiệm", description = "Phát phiếu, nhập phiếu hai lượt, đối chiếu, sửa có ghi vết, kiểm phiếu, "
        + "biên bản (mật), niêm phong — HD 22-HD/ĐU phần C")
public class VoteController {

    private final VoteService votes;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public VoteController(VoteService votes, RuntimeService runtime, IdentityService identity) {
        this.votes = votes;
        this.runtime = runtime;
        this.identity = identity;
    }

    static Actor actor() {
        CurrentUser u = CurrentUser.get();
        return new Actor(u.userId(), u.groups(), u.isAdmin());
    }

    @GetMapping
    @Operation(summary = "Tìm cuộc lấy phiếu của một đơn vị trong một năm")
    public Map<String, Object> find(@RequestParam String unitCode, @RequestParam int year) {
        Long id = votes.findVoteId(unitCode, year);
        if (id == null) {
            throw new vn.tongket.organization.UnknownReferenceException("unitCode", "Đơn vị " + unitCode + " chưa có cuộc lấy phiếu năm " + year);
        }
        return Map.of("voteId", id);
    }

    @GetMapping("/{voteId}/ballot-form")
    @Operation(summary = "Danh sách tên trên phiếu và tình trạng nhập (cho ban kiểm phiếu)")
    public BallotForm ballotForm(@PathVariable long voteId) {
        return votes.ballotForm(voteId, actor());
    }

    @Schema(description = "Số phiếu phát ra: danh sách, hoặc dải from..to với độ rộng và tiền tố")
    public record SerialsRequest(List<String> serials, Long from, Long to,
                                 @Schema(description = "Số chữ số (đệm 0), ví dụ 3 → 001") Integer width, String prefix) {
    }

    @PostMapping("/{voteId}/serials")
    @Operation(summary = "Ghi các số phiếu ban kiểm phiếu đã phát ra",
            responses = {@ApiResponse(responseCode = "409", description = "Số phiếu đã phát, hoặc đã niêm phong")})
    public Map<String, Object> issue(@PathVariable long voteId, @RequestBody SerialsRequest body) {
        List<String> serials = new ArrayList<>(body.serials() == null ? List.of() : body.serials());
        if (serials.size() > SerialRange.MAX_PER_CALL) {
            throw new DomainException("serials", "Mỗi lần chỉ phát tối đa " + SerialRange.MAX_PER_CALL + " số phiếu");
        }
        if (body.from() != null || body.to() != null) {
            serials.addAll(SerialRange.expand(body.from(), body.to(), body.width(), body.prefix()));
            if (serials.size() > SerialRange.MAX_PER_CALL) {
                throw new DomainException("serials", "Mỗi lần chỉ phát tối đa " + SerialRange.MAX_PER_CALL + " số phiếu");
            }
        }
        return Map.of("issued", votes.issueSerials(voteId, serials, actor()));
    }

    @PostMapping("/{voteId}/entries/{clerk}")
    @Operation(summary = "Nhập một phiếu (lượt A hoặc B, hai người khác nhau nhập độc lập)",
            responses = {@ApiResponse(responseCode = "409", description = "Số phiếu đã nhập ở lượt này, lượt đã do người khác nhận, hoặc đã niêm phong")})
    public EntryResult enter(@PathVariable long voteId, @Parameter(description = "A hoặc B") @PathVariable String clerk,
                             @RequestBody BallotInput body) {
        return votes.enter(voteId, clerk, body, actor());
    }

    @GetMapping("/{voteId}/disagreements")
    @Operation(summary = "Các số phiếu mà hai lượt nhập không khớp (để đối chiếu phiếu giấy)")
    public List<Disagreement> disagreements(@PathVariable long voteId) {
        return votes.disagreements(voteId, actor());
    }

    public record CorrectionRequest(BallotInput ballot, @Schema(description = "Lý do sửa (bắt buộc)") String reason) {
    }

    @PostMapping("/{voteId}/corrections")
    @Operation(summary = "Sửa một phiếu sau khi đối chiếu phiếu giấy (thay cả hai lượt, ghi vết trước/sau/lý do)")
    public EntryResult correct(@PathVariable long voteId, @RequestBody CorrectionRequest body) {
        if (body.ballot() == null) {
            throw new DomainException("ballot", "Thiếu nội dung phiếu");
        }
        return votes.correct(voteId, body.ballot(), body.reason(), actor());
    }

    @PostMapping("/{voteId}/tally")
    @Operation(summary = "Kiểm phiếu (chỉ khi hai lượt nhập khớp hoàn toàn)",
            responses = {@ApiResponse(responseCode = "409", description = "Hai lượt nhập chưa khớp: liệt kê các số phiếu")})
    public TallyView count(@PathVariable long voteId) {
        return votes.count(voteId, actor());
    }

    @GetMapping("/{voteId}/tally")
    @Operation(summary = "Xem kết quả kiểm phiếu (người ghi phiếu, tập thể lãnh đạo cấp trên trực tiếp, người được lấy phiếu)",
            responses = {@ApiResponse(responseCode = "403", description = "Không thuộc thành phần được công bố kết quả")})
    public TallyView tally(@PathVariable long voteId) {
        return votes.tally(voteId, actor());
    }

    @GetMapping(value = "/{voteId}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Biên bản kiểm phiếu (PDF, MẬT, kèm nhật ký nhập phiếu)")
    public ResponseEntity<byte[]> minutes(@PathVariable long voteId) {
        byte[] pdf = MinutesPdf.render(votes.minutesData(voteId, actor()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bien-ban-kiem-phieu-" + voteId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    @PostMapping("/{voteId}/seal")
    @Operation(summary = "Niêm phong: khóa mọi thay đổi, ghi kết quả (chỉ số lượng) vào lịch sử cán bộ")
    public Map<String, Object> seal(@PathVariable long voteId) {
        votes.seal(voteId, actor());
        return Map.of("status", VoteService.SEALED);
    }

    @GetMapping("/{voteId}/log")
    @Operation(summary = "Nhật ký nhập phiếu (ai, lúc nào, việc gì)")
    public List<LogLine> log(@PathVariable long voteId) {
        return votes.log(voteId, actor());
    }

    @GetMapping("/{voteId}/counting-board")
    @Operation(summary = "Thành phần ban kiểm phiếu (tên, không có nội dung phiếu)")
    public Map<String, Object> board(@PathVariable long voteId) {
        VoteHeader v = votes.header(voteId);
        return Map.of("status", v.boardStatus(), "members", votes.board(voteId));
    }

    public record PublicationBody(String group, String decisionNo) {
    }

    @PostMapping("/{voteId}/publications")
    @Operation(summary = "Cấp có thẩm quyền quyết định công khai kết quả ở phạm vi khác (C.III.4), có ghi số văn bản")
    public Map<String, Object> publish(@PathVariable long voteId, @RequestBody PublicationBody body) {
        votes.publish(voteId, body.group(), body.decisionNo(), actor());
        return Map.of("publications", votes.publications(voteId));
    }

    public record OverallJudgementBody(Boolean notCompletingTasks, Boolean proposeRelief, String reasons, String decisionNo) {
    }

    @PutMapping("/{voteId}/overall-judgements/{memberCode}")
    @Operation(summary = "Đánh giá tín nhiệm chung của cấp có thẩm quyền cho cán bộ lấy phiếu ở 2 nơi (C.III.2.3)")
    public OverallJudgement judge(@PathVariable long voteId, @PathVariable String memberCode, @RequestBody OverallJudgementBody body) {
        if (body.notCompletingTasks() == null || body.proposeRelief() == null) {
            throw new DomainException(body.notCompletingTasks() == null ? "notCompletingTasks" : "proposeRelief",
                    "Cần chọn có/không cho cả hai kết luận: không hoàn thành nhiệm vụ, cho thôi giữ chức vụ");
        }
        return votes.recordOverallJudgement(voteId, memberCode, body.notCompletingTasks(), body.proposeRelief(), body.reasons(),
                body.decisionNo(), actor());
    }

    public record InformationRequestBody(String candidateCode, String question) {
    }

    @PostMapping("/{voteId}/information-requests")
    @Operation(summary = "Đặt yêu cầu cung cấp thông tin (chậm nhất 15 ngày trước ngày lấy phiếu)",
            responses = {@ApiResponse(responseCode = "400", description = "Quá hạn 15 ngày trước ngày lấy phiếu")})
    public Map<String, Object> request(@PathVariable long voteId, @RequestBody InformationRequestBody body) {
        return Map.of("id", votes.requestInformation(voteId, body.candidateCode(), body.question(), actor()));
    }

    @GetMapping("/{voteId}/information-requests")
    @Operation(summary = "Các yêu cầu cung cấp thông tin (cơ quan tổ chức xem tất cả; người khác chỉ của mình)")
    public List<InformationRequest> requests(@PathVariable long voteId) {
        return votes.informationRequests(voteId, actor());
    }

    public record AnswerBody(String answer) {
    }

    @PostMapping("/{voteId}/information-requests/{requestId}/answer")
    @Operation(summary = "Trả lời yêu cầu (chậm nhất 3 ngày trước ngày lấy phiếu)")
    public Map<String, Object> answer(@PathVariable long voteId, @PathVariable long requestId, @RequestBody AnswerBody body) {
        votes.answerInformation(voteId, requestId, body.answer(), actor());
        return Map.of("answered", true);
    }

    public record VoteDateBody(LocalDate voteDate) {
    }

    @PostMapping("/{voteId}/vote-date")
    @Operation(summary = "Dời ngày lấy phiếu: các hạn 15 ngày và 3 ngày dời theo")
    public Map<String, Object> moveDate(@PathVariable long voteId, @RequestBody VoteDateBody body) {
        if (body.voteDate() == null) {
            throw new DomainException("voteDate", "Thiếu ngày lấy phiếu mới");
        }
        String note = votes.moveVoteDate(voteId, body.voteDate(), actor());
        String pid = votes.header(voteId).processInstanceId();
        if (pid != null) {
            // the service checked the user's right; the engine call runs as the system (members hold no UPDATE on instances)
            var auth = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                runtime.createMessageCorrelation(ConfidenceVoteProcess.MESSAGE_VOTE_DATE_MOVED).processInstanceId(pid)
                        .setVariable(ConfidenceVoteProcess.VOTE_DATE, body.voteDate().toString()).correlateAll();
                runtime.setVariable(pid, ConfidenceVoteProcess.VOTE_DATE, body.voteDate().toString());
            } catch (org.camunda.bpm.engine.ProcessEngineException e) {
                // the process has ended or is past the windows: the table holds the new date, the API enforces it
            } finally {
                if (auth != null) {
                    identity.setAuthentication(auth);
                }
            }
        }
        return note == null ? Map.of("voteDate", body.voteDate().toString()) : Map.of("voteDate", body.voteDate().toString(), "note", note);
    }
}
