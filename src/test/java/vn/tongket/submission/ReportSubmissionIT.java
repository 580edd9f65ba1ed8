package vn.tongket.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRecord;
import vn.tongket.organization.UnitRankingRepository;
import vn.tongket.report.ReportFiles;

/**
 * ReportSubmissionProcess on the real application: the real BPMN, delegates, tables and identity groups synced from
 * the organization model; the generated PDF (text extracted) and xlsx (cells read) carry the figures; each body up
 * the chain acknowledges; a wrong user is refused; the calendar's deadline records late sending; downloads follow
 * C.III.4 for vote results.
 */
@SpringBootTest
class ReportSubmissionIT {

    static final int YEAR = 2017;

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired MemberRankingRepository memberRankings;
    @Autowired UnitRankingRepository unitRankings;
    @Autowired ConfidenceResultRepository votes;
    @Autowired ReportSubmissionService submissions;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identityService;
    @Autowired IdentitySyncService identity;
    @Autowired PlatformTransactionManager transactions;

    OrgFixture f;
    OrgUnit bloc, grassroots, branch, other;
    PartyMember blocSecretary, board, gSecretary, gCommittee, bSecretary, m1, m2, m3, stranger;

    @BeforeEach
    void setUp() {
        f = new OrgFixture(units, members, positions, "RS" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        bloc = f.unit("DUK", "Đảng bộ Khối Thử", UnitKind.BLOC, null, true);
        grassroots = f.unit("G", "Đảng bộ Sở Thử", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        branch = f.unit("VP", "Chi bộ Văn phòng Thử", UnitKind.BRANCH, grassroots, false);
        other = f.unit("Q", "Đảng bộ Sở Khác", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit otherBranch = f.unit("QB", "Chi bộ Sở Khác", UnitKind.BRANCH, other, false);
        blocSecretary = f.member("bk", "Nguyễn Bí Thư Khối", branch);
        board = f.member("tc", "Phan Ban Tổ Chức", branch);
        gSecretary = f.member("gs", "Đặng Bí Thư Sở", branch);
        gCommittee = f.member("gc", "Vũ Ủy Viên", branch);
        bSecretary = f.member("bs", "Lý Bí Thư Chi Bộ", branch);
        m1 = f.member("m1", "Hồ Văn Một", branch);
        m2 = f.member("m2", "Hồ Văn Hai", branch);
        m3 = f.member("m3", "Hồ Văn Ba", branch);
        stranger = f.member("x", "Xa Lạ", otherBranch);
        f.position(blocSecretary, bloc, PositionRole.SECRETARY);
        f.position(board, bloc, PositionRole.ORGANIZATION_BOARD);
        f.position(gSecretary, grassroots, PositionRole.SECRETARY, "Bí thư Đảng ủy");
        f.position(gCommittee, grassroots, PositionRole.COMMITTEE_MEMBER, "Đảng ủy viên");
        f.position(bSecretary, branch, PositionRole.SECRETARY);
        f.position(stranger, other, PositionRole.SECRETARY);
        rank(m1, MemberCategory.EXCELLENT);
        rank(m2, MemberCategory.COMPLETED_WELL);
        rank(m3, MemberCategory.COMPLETED);
        rank(bSecretary, MemberCategory.COMPLETED_WELL);
        UnitRankingRecord ur = new UnitRankingRecord(grassroots.getId(), YEAR, new BigDecimal("93"), UnitCategory.CLEAN_STRONG, HistorySource.PROCESS);
        unitRankings.save(ur);
        votes.save(new ConfidenceResultRecord(gSecretary.getId(), YEAR, grassroots.getId(), "Bí thư Đảng ủy", 21, 21, 20, 15, 4, 1,
                HistorySource.PROCESS));
        votes.save(new ConfidenceResultRecord(gCommittee.getId(), YEAR, grassroots.getId(), "Đảng ủy viên", 21, 21, 21, 5, 4, 12,
                HistorySource.PROCESS));
        new TransactionTemplate(transactions).executeWithoutResult(st -> identity.sync());
        ClockUtil.setCurrentTime(at("2017-12-26T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    void rank(PartyMember m, MemberCategory c) {
        MemberRankingRecord r = new MemberRankingRecord(m.getId(), YEAR, HistorySource.PROCESS);
        r.setBranchCategory(c);
        r.setFinalCategory(c);
        memberRankings.save(r);
    }

    /** The member's groups as synced from the organization model (queried without the current user's authorizations). */
    List<String> groups(PartyMember m) {
        return unauthenticated(() -> identityService.createGroupQuery().groupMember(m.getCode()).list().stream().map(Group::getId).toList());
    }

    /** Test-side queries see everything: the current user's authorizations are set aside for them. */
    <T> T unauthenticated(java.util.function.Supplier<T> query) {
        var current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    void as(PartyMember m) {
        identityService.setAuthentication(m.getCode(), groups(m));
    }

    CurrentUser user(PartyMember m) {
        return new CurrentUser(m.getCode(), groups(m));
    }

    ProcessInstance start(OrgUnit unit, String kind) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(ReportSubmissionProcess.KEY,
                ReportSubmissionProcess.businessKey(unit.getCode(), YEAR, kind),
                Map.of("unitCode", unit.getCode(), "campaignYear", YEAR, "reportKind", kind));
        runJobs(pi);
        return pi;
    }

    /** Executes the due jobs of the instance (the job executor is off in tests): the async steps and due timers. */
    void runJobs(ProcessInstance pi) {
        for (int i = 0; i < 10; i++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    Task task(ProcessInstance pi) {
        return unauthenticated(() -> tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult());
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        sb.append(c.toString()).append('|');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void reviewRanking_branchSendsThroughGrassrootsCommittee_organizationBoard_blocStandingCommittee_eachAcknowledges() throws Exception {
        ProcessInstance pi = start(branch, "REVIEW_RANKING");
        Task send = task(pi);
        assertThat(send.getTaskDefinitionKey()).isEqualTo(ReportSubmissionProcess.TASK_SEND);
        assertThat(tasks.getIdentityLinksForTask(send.getId())).anyMatch(l -> ("chi-uy-" + branch.getCode()).equals(l.getGroupId()));
        assertThat(send.getDueDate()).isEqualTo(at("2017-12-29T23:59:59+07:00"));

        // a committee member of another organization claiming the chi ủy's group may not send it (nothing written)
        identityService.setAuthentication(stranger.getCode(), List.of("chi-uy-" + branch.getCode()));
        assertThatThrownBy(() -> tasks.complete(send.getId(), Map.of("documentChecked", true)))
                .hasMessageContaining("không phải người được giao công việc \"Gửi báo cáo lên cấp trên — Chi ủy Chi bộ Văn phòng Thử\"");
        assertThat(submissions.find(branch.getCode(), YEAR, SubmissionKind.REVIEW_RANKING).orElseThrow().status())
                .isEqualTo(ReportSubmissionService.DRAFT);

        as(bSecretary);
        tasks.complete(send.getId(), Map.of("documentChecked", true, "senderNote", "Kính gửi Đảng ủy"));
        ReportSubmissionService.Submission s = submissions.find(branch.getCode(), YEAR, SubmissionKind.REVIEW_RANKING).orElseThrow();
        assertThat(s.status()).isEqualTo(ReportSubmissionService.SENT);
        assertThat(s.late()).isFalse();
        assertThat(s.sentBy()).isEqualTo(bSecretary.getCode());

        String text = pdfText(submissions.file(s.id(), ReportFiles.Format.PDF, user(bSecretary)));
        assertThat(text).contains("BÁO CÁO KẾT QUẢ KIỂM ĐIỂM").contains("Chi bộ Văn phòng Thử")
                .contains("Ban Thường vụ Đảng bộ Sở Thử → Ban Tổ chức Đảng ủy Khối → Ban Thường vụ Đảng bộ Khối Thử")
                .contains("Đ.II.1").contains("Gửi ngày 26/12/2017");
        // 4 members ranked in the branch: 1 HTXS, 2 HTT, 1 HT → 25 % / 50 % / 25 %
        assertThat(text).contains("1 / 25,00%").contains("2 / 50,00%");
        assertThat(xlsxText(submissions.file(s.id(), ReportFiles.Format.XLSX, user(board)))).contains("Chi bộ Văn phòng Thử")
                .contains("Thông tin gửi báo cáo");

        PartyMember[] receivers = {gSecretary, board, blocSecretary};
        String[] groups = {"btv-" + grassroots.getCode(), "ban-to-chuc", "btv-" + bloc.getCode()};
        for (int i = 0; i < 3; i++) {
            Task ack = task(pi);
            assertThat(ack.getTaskDefinitionKey()).isEqualTo(ReportSubmissionProcess.TASK_ACKNOWLEDGE);
            String g = groups[i];
            assertThat(unauthenticated(() -> tasks.getIdentityLinksForTask(ack.getId()))).anyMatch(l -> g.equals(l.getGroupId()));
            if (i == 0) { // the next body up the chain, not one further: the Ban Tổ chức may not acknowledge for the Đảng ủy
                identityService.setAuthentication(board.getCode(), List.of(g));
                assertThatThrownBy(() -> tasks.complete(ack.getId(), Map.of("received", true)))
                        .hasMessageContaining("không phải người được giao công việc \"Tiếp nhận báo cáo (lần lượt từng cấp)");
            }
            as(receivers[i]);
            tasks.complete(ack.getId(), Map.of("received", true));
        }
        assertThat(unauthenticated(() -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count())).isZero();
        assertThat(submissions.byId(s.id()).status()).isEqualTo(ReportSubmissionService.ACKNOWLEDGED);
        assertThat(submissions.hops(s.id())).extracting(ReportSubmissionService.Hop::acknowledgedBy)
                .containsExactly(gSecretary.getCode(), board.getCode(), blocSecretary.getCode());
        // the stranger's committee is not on the route: no download
        assertThatThrownBy(() -> submissions.file(s.id(), ReportFiles.Format.PDF, user(stranger)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void voteResults_C_III_2_3_figuresInThePdf_directSuperiorOnly_organizationBoardRefused_C_III_4() throws Exception {
        ProcessInstance pi = start(grassroots, "VOTE_RESULTS");
        as(gSecretary);
        tasks.complete(task(pi).getId(), Map.of("documentChecked", true));
        ReportSubmissionService.Submission s = submissions.find(grassroots.getCode(), YEAR, SubmissionKind.VOTE_RESULTS).orElseThrow();
        assertThat(submissions.hops(s.id())).extracting(ReportSubmissionService.Hop::group).containsExactly("btv-" + bloc.getCode());

        String text = pdfText(submissions.file(s.id(), ReportFiles.Format.PDF, user(blocSecretary)));
        // Đặng Bí Thư Sở: issued 21, collected 21, valid 20, high 15 (71,43%), medium 4 (19,05%), low 1 (4,76%)
        assertThat(text).contains("Đặng Bí Thư Sở").contains("Bí thư Đảng ủy").contains("15 (71,43%)").contains("4 (19,05%)")
                .contains("1 (4,76%)");
        // Vũ Ủy Viên: 12 of 21 LOW (57,14%) → more than half
        assertThat(text).contains("12 (57,14%)").contains("Số người có trên 50% phiếu tín nhiệm thấp");

        assertThat(submissions.file(s.id(), ReportFiles.Format.PDF, user(gCommittee))).isNotEmpty(); // a voter (BCH)
        assertThatThrownBy(() -> submissions.file(s.id(), ReportFiles.Format.PDF, user(board)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("C.III.4");
        assertThatThrownBy(() -> submissions.file(s.id(), ReportFiles.Format.XLSX, user(stranger)))
                .isInstanceOf(AccessRefusedException.class);

        as(blocSecretary);
        tasks.complete(task(pi).getId(), Map.of("received", true));
        assertThat(submissions.byId(s.id()).status()).isEqualTo(ReportSubmissionService.ACKNOWLEDGED);
    }

    @Test
    void evaluationResults_notSentBefore30Jan_recordedLateAtTheDeadline_thenSentLate() throws Exception {
        ProcessInstance pi = start(grassroots, "EVALUATION_RESULTS");
        assertThat(task(pi).getDueDate()).isEqualTo(at("2018-01-29T23:59:59+07:00"));
        ClockUtil.setCurrentTime(at("2018-01-30T00:00:01+07:00"));
        runJobs(pi); // the late timer fires
        ReportSubmissionService.Submission s = submissions.find(grassroots.getCode(), YEAR, SubmissionKind.EVALUATION_RESULTS).orElseThrow();
        assertThat(s.late()).isTrue();
        assertThat(s.lateRecordedAt()).isNotNull();
        assertThat(s.status()).isEqualTo(ReportSubmissionService.DRAFT);

        ClockUtil.setCurrentTime(at("2018-02-02T10:00:00+07:00"));
        as(gSecretary);
        tasks.complete(task(pi).getId(), Map.of("documentChecked", true));
        s = submissions.byId(s.id());
        assertThat(s.status()).isEqualTo(ReportSubmissionService.SENT);
        assertThat(s.late()).isTrue();
        assertThat(pdfText(submissions.file(s.id(), ReportFiles.Format.PDF, user(board)))).contains("CHẬM so với thời hạn")
                .contains("Chậm từ 30/01/2018");
    }

    @Test
    void conferenceReport_withoutTheSummaryReport_cannotBeSent() {
        ProcessInstance pi = start(grassroots, "CONFERENCE");
        as(gSecretary);
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("documentChecked", true)))
                .hasMessageContaining("chưa có báo cáo tổng kết năm 2017");
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(ReportSubmissionProcess.TASK_SEND);
    }

    @Test
    void unknownKindOrUnit_incidentWithVietnameseMessage_nothingWritten() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(ReportSubmissionProcess.KEY, "x",
                Map.of("unitCode", grassroots.getCode(), "campaignYear", YEAR, "reportKind", "EVERYTHING"));
        Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Loại báo cáo không hợp lệ");
        assertThat(submissions.ofYear(YEAR)).noneMatch(x -> x.processInstanceId().equals(pi.getId()));
    }
}
