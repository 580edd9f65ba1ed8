package vn.tongket.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.identity.CurrentUser;

/** Read access to the organization model for every logged-in member (names and posts are not confidential). */
@RestController
@RequestMapping("/api/organization")
@Tag(name = "Tổ chức", description = "Cây tổ chức, đảng viên, chức vụ và nhóm (cấp ủy) tương ứng")
public class OrganizationController {

    private final OrgUnitRepository units;
    private final OrganizationService organization;

    public OrganizationController(OrgUnitRepository units, OrganizationService organization) {
        this.units = units;
        this.organization = organization;
    }

    public record UnitView(String code, String name, UnitKind kind, String kindLabel, String parentCode,
                           boolean hasStandingCommittee, String leadingCommittee) {
        static UnitView of(OrgUnit u) {
            return new UnitView(u.getCode(), u.getName(), u.getKind(), u.getKind().label(),
                    u.getParent() == null ? null : u.getParent().getCode(), u.isHasStandingCommittee(),
                    CommitteeGroups.leadingCommittee(u));
        }
    }

    public record PositionView(String unitCode, String unitName, PositionRole role, String title) {
    }

    public record MeView(String userId, List<String> groups, String fullName, String unitCode, List<PositionView> positions) {
    }

    @GetMapping("/units")
    @Operation(summary = "Các đơn vị đang hoạt động")
    @Transactional(readOnly = true)
    public List<UnitView> units() {
        return units.findByActiveTrueOrderByCode().stream().map(UnitView::of).toList();
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "Một đơn vị theo mã")
    @Transactional(readOnly = true)
    public UnitView unit(@PathVariable String code) {
        return UnitView.of(organization.unit(code));
    }

    @GetMapping("/me")
    @Operation(summary = "Người dùng hiện tại: nhóm, đơn vị và chức vụ")
    @Transactional(readOnly = true)
    public MeView me() {
        CurrentUser user = CurrentUser.get();
        return organization.findMember(user.userId())
                .map(m -> new MeView(user.userId(), user.groups(), m.getFullName(), m.getUnit().getCode(),
                        organization.currentPositions(m).stream()
                                .map(p -> new PositionView(p.getUnit().getCode(), p.getUnit().getName(), p.getRole(), p.displayTitle()))
                                .toList()))
                .orElse(new MeView(user.userId(), user.groups(), null, null, List.of()));
    }
}
