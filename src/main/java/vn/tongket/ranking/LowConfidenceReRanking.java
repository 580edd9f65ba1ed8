package vn.tongket.ranking;

import vn.tongket.common.CampaignTime;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;

/**
 * After a vote is sealed: every member it concerns whose ranking of that year is a "hoàn thành" level while more than
 * half of the ballots collected were LOW (C.III.5) gets a re-ranking task for the committee of the branch where they
 * are active ({@link MemberReRankingProcess}); the corrected category is written into the ranking history, which
 * commendation reads.
 */
@Service
public class LowConfidenceReRanking {

    public static final String OPEN = "OPEN";
    public static final String CORRECTED = "CORRECTED";

    /** One request as stored. */
    public record Request(long id, long memberId, int year, long voteId, String branchCode, MemberCategory previous,
                          int low, int collected, String status, MemberCategory corrected, String processInstanceId) {
        public boolean open() {
            return OPEN.equals(status);
        }
    }

    private final JdbcTemplate jdbc;
    private final MemberRankingRepository rankings;
    private final PartyMemberRepository members;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public LowConfidenceReRanking(JdbcTemplate jdbc, MemberRankingRepository rankings, PartyMemberRepository members,
                                  RuntimeService runtime, IdentityService identity) {
        this.jdbc = jdbc;
        this.rankings = rankings;
        this.members = members;
        this.runtime = runtime;
        this.identity = identity;
    }

    /**
     * Reads the sealed results of {@code voteId} and opens one re-ranking per member the rule concerns (once per
     * member and vote). Returns the ids of the requests opened now.
     */
    @Transactional
    public List<Long> requestFor(long voteId) {
        List<Map<String, Object>> vote = jdbc.queryForList(
                "select campaign_year, status from vote_conference where id = ?", voteId);
        if (vote.isEmpty()) {
            throw new DomainException("voteId", "Không tìm thấy hội nghị lấy phiếu " + voteId);
        }
        if (!"SEALED".equals(vote.get(0).get("status"))) {
            throw new ConflictException("voteId", "Hội nghị lấy phiếu " + voteId + " chưa niêm phong: chưa thể đối chiếu xếp loại");
        }
        int year = ((Number) vote.get(0).get("campaign_year")).intValue();
        List<Long> opened = new ArrayList<>();
        for (Map<String, Object> r : jdbc.queryForList(
                "select member_id, low_count, ballots_collected from vote_result where vote_id = ? order by seq", voteId)) {
            long memberId = ((Number) r.get("member_id")).longValue();
            int low = ((Number) r.get("low_count")).intValue();
            int collected = ((Number) r.get("ballots_collected")).intValue();
            Optional<MemberRankingRecord> ranking = rankings.findByMemberIdAndYear(memberId, year);
            MemberCategory current = ranking.map(LowConfidenceReRanking::category).orElse(null);
            if (!LowConfidenceReRankingRule.needsReRanking(current, low, collected) || exists(memberId, year, voteId)) {
                continue;
            }
            PartyMember m = members.findById(memberId).orElseThrow();
            OrgUnit branch = m.getUnit();
            jdbc.update("insert into member_rerank_request (member_id, campaign_year, vote_id, branch_code, previous_category,"
                            + " low_count, ballots_collected, status, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    memberId, year, voteId, branch.getCode(), current.name(), low, collected, OPEN, now());
            long id = jdbc.queryForObject("select id from member_rerank_request where member_id = ? and campaign_year = ?"
                    + " and vote_id = ?", Long.class, memberId, year, voteId);
            String pid = runtime.createProcessInstanceByKey(MemberReRankingProcess.KEY)
                    .businessKey(MemberReRankingProcess.businessKey(m.getCode(), year, voteId))
                    .setVariable(MemberReRankingProcess.CAMPAIGN_YEAR, year)
                    .setVariable(MemberReRankingProcess.BRANCH_COMMITTEE_GROUP, CommitteeGroups.branchCommittee(branch.getCode()))
                    .setVariable(MemberReRankingProcess.MEMBER_NAME, m.getFullName() + " (" + m.getCode() + ")")
                    .setVariable(MemberReRankingProcess.BRANCH_NAME, branch.getName())
                    .setVariable(MemberReRankingProcess.VOTE_FIGURES, low + "/" + collected)
                    .execute().getId();
            jdbc.update("update member_rerank_request set process_instance_id = ? where id = ?", pid, id);
            opened.add(id);
        }
        return opened;
    }

    /**
     * The branch committee's correction, for the request of process instance {@code processInstanceId} (the engine's
     * own id): {@code userId} must be in the committee of the member's branch in the organization model now.
     */
    @Transactional
    public MemberCategory correct(String processInstanceId, String userId, Object category, Object note) {
        Request q = byProcessInstance(processInstanceId)
                .orElseThrow(() -> new DomainException("processInstanceId", "Không tìm thấy yêu cầu xếp loại lại của quy trình này"));
        if (!q.open()) {
            throw new ConflictException("status", "Yêu cầu xếp loại lại đã được xử lý");
        }
        PartyMember m = members.findById(q.memberId()).orElseThrow();
        String group = CommitteeGroups.branchCommittee(m.getUnit().getCode());
        if (userId == null || identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            throw new AccessRefusedException("Chỉ chi ủy " + m.getUnit().getName() + " được xếp loại lại đảng viên của chi bộ");
        }
        String text = note instanceof String s ? s.trim() : null;
        MemberCategory c = LowConfidenceReRankingRule.checkCorrection(category, text, m.getFullName() + " (" + m.getCode() + ")",
                q.low(), q.collected());
        MemberRankingRecord r = rankings.findByMemberIdAndYear(q.memberId(), q.year())
                .orElseGet(() -> new MemberRankingRecord(q.memberId(), q.year(), HistorySource.PROCESS));
        r.setBranchCategory(c);
        if (r.getFinalCategory() != null) {
            r.setFinalCategory(c);
        }
        r.setNotRankedReason(c == MemberCategory.NOT_RANKED ? text : null);
        rankings.save(r);
        jdbc.update("update member_rerank_request set status = ?, corrected_category = ?, correction_note = ?, corrected_at = ?,"
                + " corrected_by = ? where id = ?", CORRECTED, c.name(), text == null || text.isEmpty() ? null : text, now(), userId, q.id());
        return c;
    }

    @Transactional(readOnly = true)
    public Optional<Request> byProcessInstance(String processInstanceId) {
        return jdbc.query("select * from member_rerank_request where process_instance_id = ?", this::map, processInstanceId)
                .stream().findFirst();
    }

    /** Every request of a member in the years {@code from..to}. */
    @Transactional(readOnly = true)
    public List<Request> requestsOf(long memberId, int from, int to) {
        return jdbc.query("select * from member_rerank_request where member_id = ? and campaign_year between ? and ?"
                + " order by campaign_year, id", this::map, memberId, from, to);
    }

    private boolean exists(long memberId, int year, long voteId) {
        Integer n = jdbc.queryForObject("select count(*) from member_rerank_request where member_id = ? and campaign_year = ?"
                + " and vote_id = ?", Integer.class, memberId, year, voteId);
        return n != null && n > 0;
    }

    private Request map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String corrected = rs.getString("corrected_category");
        return new Request(rs.getLong("id"), rs.getLong("member_id"), rs.getInt("campaign_year"), rs.getLong("vote_id"),
                rs.getString("branch_code"), MemberCategory.valueOf(rs.getString("previous_category")), rs.getInt("low_count"),
                rs.getInt("ballots_collected"), rs.getString("status"), corrected == null ? null : MemberCategory.valueOf(corrected),
                rs.getString("process_instance_id"));
    }

    static MemberCategory category(MemberRankingRecord r) {
        return r.getFinalCategory() != null ? r.getFinalCategory() : r.getBranchCategory();
    }

    private static Timestamp now() {
        return CampaignTime.nowTimestamp();
    }
}
