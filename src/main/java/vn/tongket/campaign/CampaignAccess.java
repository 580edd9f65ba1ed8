package vn.tongket.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.UnitKind;

/**
 * Who may open a campaign (the Ban Tổ chức, administrators) and read its dashboard (also the BTV of the bloc
 * the campaign belongs to). Everyone else gets 403.
 */
@Component
public class CampaignAccess {

    private final CampaignRepository campaigns;
    private final OrgUnitRepository units;

    public CampaignAccess(CampaignRepository campaigns, OrgUnitRepository units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    public void checkCanOpen(CurrentUser user) {
        if (!user.isAdmin() && !user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)) {
            throw new AccessRefusedException("Chỉ Ban Tổ chức Đảng ủy Khối được mở đợt tổng kết năm");
        }
    }

    @Transactional(readOnly = true)
    public void checkCanRead(CurrentUser user, int year) {
        if (user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)) {
            return;
        }
        Set<String> allowed = new HashSet<>();
        List<Campaign> ofYear = campaigns.findByYearOrderByStartedAt(year);
        if (ofYear.isEmpty()) {
            units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC)
                    .forEach(b -> allowed.add(CommitteeGroups.standingCommittee(b.getCode())));
        }
        for (Campaign c : ofYear) {
            units.findByCode(c.getRootUnitCode()).map(CampaignAccess::blocOf)
                    .ifPresent(b -> allowed.add(CommitteeGroups.standingCommittee(b.getCode())));
        }
        if (!user.inAnyGroup(allowed)) {
            throw new AccessRefusedException("Bảng theo dõi tiến độ chỉ dành cho Ban Tổ chức và Ban Thường vụ Đảng ủy Khối");
        }
    }

    private static OrgUnit blocOf(OrgUnit unit) {
        OrgUnit u = unit;
        while (u.getParent() != null && u.getKind() != UnitKind.BLOC) {
            u = u.getParent();
        }
        return u;
    }
}
