package vn.tongket.ranking;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;

/** Who may read and write what in /api/ranking (403 otherwise); administrators may do everything. */
@Component
@Transactional(readOnly = true)
public class RankingAccess {

    private final OrganizationService organization;

    public RankingAccess(OrganizationService organization) {
        this.organization = organization;
    }

    /** The scorecard: the Ban Tổ chức. */
    public void scorecard() {
        require(List.of(CommitteeGroups.ORGANIZATION_BOARD), "Chỉ Ban Tổ chức Đảng ủy Khối được xem và sửa bảng điểm");
    }

    /** The unit's own committee (self-scoring, confirmation of members). */
    public void unitCommittee(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        require(List.of(CommitteeGroups.leadingCommittee(unit)), "Chỉ cấp ủy của " + unit.getName() + " được thực hiện việc này");
    }

    /** The superior committee (BTV ĐUK for a grassroots organization). */
    public void superior(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        require(List.of(CommitteeGroups.superiorCommittee(unit)), "Chỉ cấp ủy cấp trên của " + unit.getName() + " được thực hiện việc này");
    }

    /** Reading a unit's sheet or member list: its committee, the superior, the Ban Tổ chức. */
    public void readUnit(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        require(List.of(CommitteeGroups.leadingCommittee(unit), CommitteeGroups.superiorCommittee(unit),
                CommitteeGroups.ORGANIZATION_BOARD), "Không có quyền xem kết quả xếp loại của " + unit.getName());
    }

    /** A branch's list: its chi ủy writes; the grassroots committee and the superior also read. */
    public void branch(String branchCode, boolean write) {
        OrgUnit branch = organization.unit(branchCode);
        List<String> groups = new ArrayList<>(List.of(CommitteeGroups.branchCommittee(branch.getCode())));
        if (!write) {
            OrgUnit grassroots = organization.grassrootsOf(branch);
            groups.add(CommitteeGroups.leadingCommittee(grassroots));
            groups.add(CommitteeGroups.superiorCommittee(grassroots));
            groups.add(CommitteeGroups.ORGANIZATION_BOARD);
        }
        require(groups, "Chỉ chi ủy " + branch.getName() + " được " + (write ? "xếp loại" : "xem") + " đảng viên của chi bộ");
    }

    private static void require(List<String> groups, String message) {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.inAnyGroup(groups)) {
            throw new AccessRefusedException(message);
        }
    }
}
