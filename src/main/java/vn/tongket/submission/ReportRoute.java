package vn.tongket.submission;

import java.util.ArrayList;
import java.util.List;
import vn.tongket.common.DomainException;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.UnitKind;

/**
 * Who sends a report and who receives it, in order, from the organization tree (plain Java).
 * <ul>
 *   <li>The sender is the unit's leading committee (its BTV, else its BCH; the chi ủy of a branch).</li>
 *   <li>Reports "qua Ban Tổ chức" (Đ.II.1, Đ.II.3, B.III.2.2): a chi bộ trực thuộc (or đảng bộ bộ phận) reports
 *       through each committee above it up to its grassroots committee ("chi bộ trực thuộc ... báo cáo qua đảng ủy
 *       cơ sở"), then the Ban Tổ chức, then the BTV Đảng ủy Khối; a grassroots organization or mass organization
 *       reports to the Ban Tổ chức, then the BTV Đảng ủy Khối.</li>
 *   <li>Vote results (C.III.2.4.1) go to the direct superior collective only ("tập thể lãnh đạo cấp trên trực
 *       tiếp", C.III.4), not through the Ban Tổ chức.</li>
 *   <li>The bloc's own reports go to the BTV Tỉnh ủy, outside this system: no receiving task.</li>
 * </ul>
 */
public record ReportRoute(String senderGroup, String senderName, List<Hop> receivers, String outsideReceiver) {

    /** One receiving body: its Camunda group and its name. */
    public record Hop(String group, String name) {
    }

    public static final String ORGANIZATION_BOARD_NAME = "Ban Tổ chức Đảng ủy Khối";
    public static final String PROVINCE = "Ban Thường vụ Tỉnh ủy (ngoài hệ thống, gửi văn bản)";

    public static ReportRoute of(OrgUnit unit, SubmissionKind kind) {
        if (unit.getKind() == UnitKind.CELL) {
            throw new DomainException("unitCode", "Tổ đảng " + unit.getName() + " không gửi báo cáo riêng: báo cáo qua chi bộ");
        }
        if (!unit.isActive()) {
            throw new DomainException("unitCode", "Đơn vị " + unit.getName() + " không còn hoạt động");
        }
        String sender = CommitteeGroups.leadingCommittee(unit);
        String senderName = committeeName(unit);
        OrgUnit bloc = unit;
        while (bloc.getParent() != null) {
            bloc = bloc.getParent();
        }
        if (unit.getKind() == UnitKind.BLOC || unit.getParent() == null) {
            return new ReportRoute(sender, senderName, List.of(), PROVINCE);
        }
        List<Hop> hops = new ArrayList<>();
        if (!kind.throughOrganizationBoard()) {
            OrgUnit parent = unit.getParent();
            hops.add(new Hop(CommitteeGroups.leadingCommittee(parent), committeeName(parent)));
            return new ReportRoute(sender, senderName, List.copyOf(hops), null);
        }
        for (OrgUnit u = unit.getParent(); u != null && u != bloc && u.getKind() != UnitKind.BLOC; u = u.getParent()) {
            hops.add(new Hop(CommitteeGroups.leadingCommittee(u), committeeName(u)));
        }
        hops.add(new Hop(CommitteeGroups.ORGANIZATION_BOARD, ORGANIZATION_BOARD_NAME));
        hops.add(new Hop(CommitteeGroups.leadingCommittee(bloc), committeeName(bloc)));
        return new ReportRoute(sender, senderName, List.copyOf(hops), null);
    }

    /** "Ban Thường vụ Đảng ủy …", "Ban Chấp hành …" or "Chi ủy …". */
    static String committeeName(OrgUnit unit) {
        if (unit.getKind().isBranch()) {
            return "Chi ủy " + unit.getName();
        }
        return (unit.isHasStandingCommittee() ? "Ban Thường vụ " : "Ban Chấp hành ") + unit.getName();
    }

    /** The receivers' names in order, for forms and documents. */
    public String receiverNames() {
        List<String> names = new ArrayList<>(receivers.stream().map(Hop::name).toList());
        if (outsideReceiver != null) {
            names.add(outsideReceiver);
        }
        return String.join(" → ", names);
    }
}
