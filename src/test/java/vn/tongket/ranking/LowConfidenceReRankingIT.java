package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.commendation.Award;
import vn.tongket.commendation.CommendationService;
import vn.tongket.commendation.Criterion;
import vn.tongket.commendation.EligibilityStatus;
import vn.tongket.commendation.Explanation;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.EmulationTitleRecord;
import vn.tongket.organization.EmulationTitleRepository;
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
import vn.tongket.organization.UnitKind;

/**
 * Issue 11's bullet on the real application: a member ranked HTXS (three years running, with a CSTĐ title: eligible
 * for the bloc's giấy khen) gets 31 of 60 LOW in a sealed vote → the branch committee's re-ranking task exists,
 * commendation refuses the proposal while the ranking is not corrected, the committee's correction is stored, and
 * commendation still refuses, citing C.III.5.
 */
@SpringBootTest
class LowConfidenceReRankingIT {

    static final int YEAR = 2016;

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired MemberRankingRepository rankings;
    @Autowired EmulationTitleRepository titles;
    @Autowired LowConfidenceReRanking reRanking;
    @Autowired CommendationService commendation;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identityService;
    @Autowired IdentitySyncService identity;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    OrgFixture f;
    OrgUnit grassroots;
    OrgUnit branch;
    PartyMember hoa;
    PartyMember secretary;
    PartyMember plain;
    long voteId;

    @BeforeEach
    void setUp() {
        f = new OrgFixture(units, members, positions, "RR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối (thử xếp loại lại)", UnitKind.BLOC, null, true);
        grassroots = f.unit("G", "Đảng bộ Sở Thử", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        branch = f.unit("VP", "Chi bộ Văn phòng", UnitKind.BRANCH, grassroots, false);
        hoa = f.member("hoa", "Lê Thị Hoa", branch);
        secretary = f.member("bt", "Trần Văn Bình", branch);
        plain = f.member("dv", "Ngô Văn Dân", branch);
        f.position(secretary, branch, PositionRole.SECRETARY);
        f.position(hoa, grassroots, PositionRole.STANDING_MEMBER, "Ủy viên Ban Thường vụ");
        for (int y = YEAR - 2; y <= YEAR; y++) {
            MemberRankingRecord r = new MemberRankingRecord(hoa.getId(), y, HistorySource.PROCESS);
            r.setBranchCategory(MemberCategory.EXCELLENT);
            r.setFinalCategory(MemberCategory.EXCELLENT);
            rankings.save(r);
        }
        titles.save(new EmulationTitleRecord(hoa.getId(), YEAR - 1, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, "5-QĐ",
                LocalDate.of(YEAR, 1, 10), HistorySource.IMPORT));
        new TransactionTemplate(transactions).executeWithoutResult(st -> identity.sync());
        voteId = sealedVote(grassroots, hoa, 31, 60);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    /** A sealed vote of the grassroots committee's BCH as the vote feature leaves it: header, candidate, result. */
    long sealedVote(OrgUnit unit, PartyMember candidate, int low, int collected) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into vote_conference (unit_id, unit_code, campaign_year, vote_date, status, invalid_mark_scope,"
                        + " voter_group, superior_group, created_at, counted_at, sealed_at, sealed_by) values (?, ?, ?, ?, 'SEALED', 'PER_CANDIDATE',"
                        + " ?, ?, ?, ?, ?, 'test')", unit.getId(), unit.getCode(), YEAR, java.sql.Date.valueOf(LocalDate.of(YEAR, 12, 27)),
                "bch-" + unit.getCode(), "btv-" + f.code("BLOC"), now, now, now);
        long id = jdbc.queryForObject("select id from vote_conference where unit_id = ? and campaign_year = ?", Long.class,
                unit.getId(), YEAR);
        jdbc.update("insert into vote_candidate (vote_id, seq, member_id, member_code, full_name, position_title) values (?, 0, ?, ?, ?, ?)",
                id, candidate.getId(), candidate.getCode(), candidate.getFullName(), "Ủy viên Ban Thường vụ");
        int high = (collected - low) / 2;
        jdbc.update("insert into vote_result (vote_id, seq, member_id, ballots_issued, ballots_collected, ballots_valid, high_count,"
                        + " medium_count, low_count, high_percent, medium_percent, low_percent, not_completing, out_of_plan, propose_relief,"
                        + " consequences) values (?, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, true, true, false, 'C.III.5')",
                id, candidate.getId(), collected, collected, collected, high, collected - low - high, low);
        return id;
    }

    Explanation certificate() {
        return commendation.evaluate(grassroots.getCode(), YEAR).candidates().stream()
                .filter(c -> hoa.getId().equals(c.memberId()) && c.explanation().award() == Award.MEMBER_CERTIFICATE)
                .findFirst().orElseThrow().explanation();
    }

    @Test
    void rankedExcellent_31of60Low_reRankingTask_correctedRanking_commendationRefusesCitingC_III_5() {
        // before the vote's consequence flows back, the member is eligible for the bloc's giấy khen
        assertThat(certificate().status()).isEqualTo(EligibilityStatus.ELIGIBLE);

        List<Long> opened = reRanking.requestFor(voteId);
        assertThat(opened).hasSize(1);
        assertThat(reRanking.requestFor(voteId)).as("once per member and vote").isEmpty();

        Task task = tasks.createTaskQuery().processDefinitionKey(MemberReRankingProcess.KEY)
                .processInstanceBusinessKey(MemberReRankingProcess.businessKey(hoa.getCode(), YEAR, voteId)).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(MemberReRankingProcess.TASK_RE_RANK);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> ("chi-uy-" + branch.getCode()).equals(l.getGroupId()));
        Map<String, Object> vars = runtime.getVariables(task.getProcessInstanceId());
        assertThat(vars).containsEntry("voteFigures", "31/60").doesNotContainKeys("category", "previousCategory");

        // the proposal resting on the not yet corrected HTXS is refused, with the rule
        Explanation pending = certificate();
        assertThat(pending.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        Criterion c = pending.criterion("LOW_CONFIDENCE_RERANKING");
        assertThat(c.figures()).contains("31/60").contains("chưa xếp loại lại");
        assertThat(c.guidance()).contains("Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên thì không được đánh giá hoàn thành nhiệm vụ năm đó");

        // a plain member of the branch claiming the chi ủy's group may not re-rank (membership from the organization
        // model, not from the groups the session carries); nothing is written
        identityService.setAuthentication(plain.getCode(), List.of("chi-uy-" + branch.getCode()));
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("category", "VIOLATED_OR_NOT_COMPLETED")))
                .hasMessageContaining("không phải người được giao công việc").hasMessageContaining("theo mô hình tổ chức");
        // the chi ủy may not keep a "hoàn thành" level
        identityService.setAuthentication(secretary.getCode(), identityService.createGroupQuery().groupMember(secretary.getCode())
                .list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("category", "COMPLETED")))
                .hasMessageContaining("C.III.5").hasMessageContaining("31/60");
        assertThat(rankings.findByMemberIdAndYear(hoa.getId(), YEAR).orElseThrow().getFinalCategory()).isEqualTo(MemberCategory.EXCELLENT);

        tasks.complete(task.getId(), Map.of("category", "VIOLATED_OR_NOT_COMPLETED", "reRankNote", "Theo C.III.5"));
        MemberRankingRecord corrected = rankings.findByMemberIdAndYear(hoa.getId(), YEAR).orElseThrow();
        assertThat(corrected.getFinalCategory()).isEqualTo(MemberCategory.VIOLATED_OR_NOT_COMPLETED);
        assertThat(corrected.getBranchCategory()).isEqualTo(MemberCategory.VIOLATED_OR_NOT_COMPLETED);
        assertThat(reRanking.requestsOf(hoa.getId(), YEAR, YEAR)).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(LowConfidenceReRanking.CORRECTED));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();

        Explanation after = certificate();
        assertThat(after.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(after.criterion("EXCELLENT_YEARS").figures()).contains(YEAR + ": " + MemberCategory.VIOLATED_OR_NOT_COMPLETED.label());
        assertThat(after.criterion("LOW_CONFIDENCE_RERANKING").guidance()).contains("C.III.5");
        assertThat(after.summary()).contains("trên 50% số phiếu tín nhiệm thấp");
    }

    @Test
    void exactlyHalfLow_noReRanking() {
        jdbc.update("update vote_result set low_count = 30 where vote_id = ?", voteId);
        assertThat(reRanking.requestFor(voteId)).isEmpty();
        assertThat(certificate().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void voteNotSealed_refused() {
        jdbc.update("update vote_conference set status = 'COUNTED' where id = ?", voteId);
        assertThatThrownBy(() -> reRanking.requestFor(voteId)).hasMessageContaining("chưa niêm phong");
    }
}
