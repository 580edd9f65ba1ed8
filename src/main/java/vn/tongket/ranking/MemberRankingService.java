package vn.tongket.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.DomainException;
import vn.tongket.common.ReviewConclusionSource;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.UnitKind;

/**
 * Member ranking of a year: each branch's committee ranks its members (branch_category), the grassroots
 * committee confirms (final_category), both checked by {@link MemberRankingRules}.
 */
@Service
@Transactional
public class MemberRankingService {

    /** One line of the ranking page. {@code suggested} = what to start from: the branch's, else the self-ranking. */
    public record Row(String branchCode, String memberCode, String fullName, MemberStatus status, String statusLabel,
                      MemberCategory selfCategory, MemberCategory branchCategory, MemberCategory finalCategory,
                      String notRankedReason, MemberCategory suggested, List<MemberRankingRules.VoteResult> votes,
                      boolean reviewPaused) {
    }

    /** One line submitted by a committee. */
    public record Input(String memberCode, MemberCategory category, String notRankedReason) {
    }

    public enum Stage { BRANCH, FINAL }

    private final OrganizationService organization;
    private final OrgUnitRepository units;
    private final MemberRankingRepository rankings;
    private final ConfidenceResultRepository votes;
    private final RankingProperties properties;
    private final ObjectProvider<ReviewConclusionSource> reviews;

    public MemberRankingService(OrganizationService organization, OrgUnitRepository units, MemberRankingRepository rankings,
                                ConfidenceResultRepository votes, RankingProperties properties,
                                ObjectProvider<ReviewConclusionSource> reviews) {
        this.organization = organization;
        this.units = units;
        this.rankings = rankings;
        this.votes = votes;
        this.properties = properties;
        this.reviews = reviews;
    }

    /** The branches that rank members: the grassroots branch itself, or every branch under a grassroots committee. */
    @Transactional(readOnly = true)
    public List<String> branchCodes(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        if (unit.getKind() == UnitKind.GRASSROOTS_BRANCH) {
            return List.of(unit.getCode());
        }
        if (unit.getKind() != UnitKind.GRASSROOTS_COMMITTEE) {
            throw new DomainException("unitCode", "Đơn vị " + unitCode + " không phải tổ chức cơ sở đảng");
        }
        List<String> out = organization.subtree(unit).stream().filter(u -> u.getKind() == UnitKind.BRANCH).map(OrgUnit::getCode).toList();
        if (out.isEmpty()) {
            throw new DomainException("unitCode", "Đảng bộ cơ sở " + unitCode + " chưa có chi bộ trực thuộc nào");
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<Row> branchRows(String branchCode, int year) {
        OrgUnit branch = organization.unit(branchCode);
        if (!branch.getKind().isBranch()) {
            throw new DomainException("branchCode", "Đơn vị " + branchCode + " không phải chi bộ");
        }
        List<Row> rows = new ArrayList<>();
        for (PartyMember m : organization.membersOf(branch)) {
            if (m.getStatus() == MemberStatus.TRANSFERRED_OUT) {
                continue;
            }
            MemberRankingRecord r = rankings.findByMemberIdAndYear(m.getId(), year).orElse(null);
            MemberCategory self = r == null ? null : r.getSelfCategory();
            MemberCategory branchCat = r == null ? null : r.getBranchCategory();
            boolean paused = reviewPaused(m.getCode(), year);
            boolean excluded = m.getStatus().excludedFromRanking() || paused;
            MemberCategory suggested = branchCat != null ? branchCat : excluded ? MemberCategory.NOT_RANKED : self;
            String reason = r != null && r.getNotRankedReason() != null ? r.getNotRankedReason()
                    : m.getStatus().excludedFromRanking() ? m.getStatus().label()
                    : paused ? "Đang tạm dừng kiểm điểm, chờ kết luận kiểm tra" : null;
            rows.add(new Row(branch.getCode(), m.getCode(), m.getFullName(), m.getStatus(), m.getStatus().label(), self, branchCat,
                    r == null ? null : r.getFinalCategory(), reason, suggested, votesOf(m, year), paused));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public List<Row> unitRows(String unitCode, int year) {
        List<Row> rows = new ArrayList<>();
        for (String b : branchCodes(unitCode)) {
            rows.addAll(branchRows(b, year));
        }
        return rows;
    }

    /** The branch committee's ranking of all its members. */
    public List<Row> saveBranch(String branchCode, int year, List<Input> inputs) {
        save(branchRows(branchCode, year), year, inputs, Stage.BRANCH);
        return branchRows(branchCode, year);
    }

    /** The grassroots committee's confirmation of all members of the organization. */
    public List<Row> saveFinal(String unitCode, int year, List<Input> inputs) {
        save(unitRows(unitCode, year), year, inputs, Stage.FINAL);
        return unitRows(unitCode, year);
    }

    /** Confirms the branches' rankings as they are for members not yet confirmed, then checks the whole list. */
    public void acceptBranchRankings(String unitCode, int year) {
        List<Row> rows = unitRows(unitCode, year);
        List<Input> inputs = rows.stream().map(r -> new Input(r.memberCode(),
                r.finalCategory() != null ? r.finalCategory() : r.branchCategory(), r.notRankedReason())).toList();
        save(rows, year, inputs, Stage.FINAL);
    }

    @Transactional(readOnly = true)
    public void requireRanked(List<Row> rows, Stage stage, String what) {
        List<String> missing = rows.stream()
                .filter(r -> (stage == Stage.BRANCH ? r.branchCategory() : r.finalCategory()) == null)
                .map(r -> r.fullName() + " (" + r.memberCode() + ")").toList();
        if (!missing.isEmpty()) {
            throw new DomainException("members", what + ": còn " + missing.size() + " đảng viên chưa được xếp loại: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size()))) + (missing.size() > 10 ? "…" : ""));
        }
    }

    private void save(List<Row> rows, int year, List<Input> inputs, Stage stage) {
        if (inputs == null) {
            throw new DomainException("members", "Thiếu danh sách xếp loại đảng viên");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (in == null || in.memberCode() == null || rows.stream().noneMatch(r -> r.memberCode().equals(in.memberCode()))) {
                throw new DomainException("members[" + i + "].memberCode", "Đảng viên "
                        + (in == null ? "" : in.memberCode()) + " không thuộc danh sách xếp loại của đơn vị");
            }
            if (index.put(in.memberCode(), i) != null) {
                throw new DomainException("members[" + i + "].memberCode", "Đảng viên " + in.memberCode() + " bị nhập hai lần");
            }
        }
        List<MemberRankingRules.Entry> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            Row row = rows.stream().filter(r -> r.memberCode().equals(in.memberCode())).findFirst().orElseThrow();
            entries.add(new MemberRankingRules.Entry(row.memberCode(), row.fullName(), row.status(), row.selfCategory(),
                    in.category(), in.notRankedReason(), row.votes(), row.reviewPaused()));
        }
        for (int i = 0; i < entries.size(); i++) {
            MemberRankingRules.checkEntry(entries.get(i), "members[" + i + "]");
        }
        // the cap applies to the whole list, counting members kept as they are
        List<MemberRankingRules.Entry> whole = new ArrayList<>(entries);
        for (Row r : rows) {
            if (!index.containsKey(r.memberCode())) {
                MemberCategory kept = stage == Stage.BRANCH ? r.branchCategory() : r.finalCategory();
                if (kept != null) {
                    whole.add(new MemberRankingRules.Entry(r.memberCode(), r.fullName(), r.status(), r.selfCategory(), kept,
                            r.notRankedReason(), List.of()));
                }
            }
        }
        MemberRankingRules.checkCap(whole, properties.getExcellentCapPercent(), "members");
        for (MemberRankingRules.Entry e : entries) {
            PartyMember m = organization.member(e.memberCode());
            MemberRankingRecord r = rankings.findByMemberIdAndYear(m.getId(), year)
                    .orElseGet(() -> new MemberRankingRecord(m.getId(), year, HistorySource.PROCESS));
            if (stage == Stage.BRANCH) {
                r.setBranchCategory(e.category());
            } else {
                r.setFinalCategory(e.category());
            }
            r.setNotRankedReason(e.category() == MemberCategory.NOT_RANKED ? e.notRankedReason().trim() : null);
            rankings.save(r);
        }
    }

    /** Whether the review feature reports a paused review of the member this year (none when it is absent). */
    private boolean reviewPaused(String memberCode, int year) {
        ReviewConclusionSource source = reviews.getIfAvailable();
        return source != null && source.conclusionsOf(memberCode, year).stream().anyMatch(ReviewConclusionSource.ReviewConclusion::paused);
    }

    private List<MemberRankingRules.VoteResult> votesOf(PartyMember m, int year) {
        return votes.findByMemberIdAndYear(m.getId(), year).stream()
                .map(v -> new MemberRankingRules.VoteResult(
                        units.findById(v.getPlaceUnitId()).map(OrgUnit::getName).orElse("đơn vị " + v.getPlaceUnitId())
                                + (v.getPositionTitle() == null ? "" : " (" + v.getPositionTitle() + ")"),
                        v.getLowCount(), v.getBallotsCollected()))
                .toList();
    }
}
