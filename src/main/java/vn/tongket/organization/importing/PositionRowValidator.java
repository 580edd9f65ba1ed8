package vn.tongket.organization.importing;

import static vn.tongket.organization.PositionRole.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * Validates a positions file: {@code memberCode, unitCode, role, title, startDate, endDate}. Members and units
 * must already be stored. A post is refused where the unit kind has no such post (e.g. a HEAD outside a mass
 * organization, a standing member where there is no BTV); secretary, head and agency head have one holder.
 * With upsert, a row matching a post currently held (member, unit, role) updates its title and dates
 * (give {@code endDate} to close it).
 */
public final class PositionRowValidator {

    public static final List<String> REQUIRED = List.of("memberCode", "unitCode", "role");
    public static final List<String> COLUMNS = List.of("memberCode", "unitCode", "role", "title", "startDate", "endDate");
    private static final Set<PositionRole> SINGLE_HOLDER = EnumSet.of(SECRETARY, HEAD, AGENCY_HEAD);

    public record PositionRow(int row, String memberCode, String unitCode, PositionRole role, String title,
                              LocalDate startDate, LocalDate endDate, boolean existing) {
    }

    private PositionRowValidator() {
    }

    public static Set<PositionRole> rolesOf(UnitKind kind) {
        return switch (kind) {
            case BLOC -> EnumSet.of(SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER, ORGANIZATION_BOARD,
                    EMULATION_COUNCIL);
            case GRASSROOTS_COMMITTEE -> EnumSet.of(SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER,
                    AGENCY_HEAD, AGENCY_DEPUTY);
            case SUB_COMMITTEE -> EnumSet.of(SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER);
            case BRANCH, GRASSROOTS_BRANCH -> EnumSet.of(SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, AGENCY_HEAD,
                    AGENCY_DEPUTY);
            case CELL -> EnumSet.noneOf(PositionRole.class);
            case MASS_ORGANIZATION -> EnumSet.of(HEAD, DEPUTY_HEAD, STANDING_MEMBER, COMMITTEE_MEMBER);
        };
    }

    public static Validated<PositionRow> validate(Table table, ImportReferences refs, boolean upsert) {
        List<RowError> errors = Columns.check(table, REQUIRED, COLUMNS);
        if (!errors.isEmpty()) {
            return new Validated<>(List.of(), errors);
        }
        List<PositionRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, String> singleHolder = new HashMap<>();
        for (TableRow tr : table.rows()) {
            Columns.extraCells(tr, errors);
            RowReader r = new RowReader(tr, errors);
            int before = errors.size();
            String memberCode = r.text("memberCode", true);
            String unitCode = r.text("unitCode", true);
            PositionRole role = r.enumValue("role", true, PositionRole.class, PositionRole::label);
            String title = r.text("title", false);
            LocalDate start = r.date("startDate", false);
            LocalDate end = r.date("endDate", false);
            if (start != null && end != null && !end.isAfter(start)) {
                r.error("endDate", "Ngày kết thúc phải sau ngày bắt đầu");
            }
            if (memberCode != null && refs.member(memberCode).isEmpty()) {
                r.error("memberCode", "Không tìm thấy đảng viên có mã " + memberCode);
            }
            var unit = unitCode == null ? null : refs.unit(unitCode).orElse(null);
            if (unitCode != null && unit == null) {
                r.error("unitCode", "Không tìm thấy đơn vị có mã " + unitCode);
            }
            boolean existing = false;
            if (unit != null && role != null) {
                if (!rolesOf(unit.kind()).contains(role)) {
                    r.error("role", unit.kind().label() + " không có chức vụ " + role.label() + " (" + role + ")");
                } else if (role == STANDING_MEMBER && !unit.hasStandingCommittee()) {
                    r.error("role", unitCode + " không có Ban Thường vụ");
                }
                if (memberCode != null) {
                    String key = memberCode + "|" + unitCode + "|" + role + "|" + (end == null ? "open" : String.valueOf(start));
                    Integer other = firstRow.putIfAbsent(key, tr.row());
                    List<ImportReferences.PositionRef> held = refs.currentPositionsOfUnit(unitCode);
                    existing = end == null || upsert ? held.stream()
                            .anyMatch(p -> p.memberCode().equals(memberCode) && p.role() == role) : false;
                    if (other != null) {
                        r.error("memberCode", "Trùng chức vụ " + role + " của " + memberCode + " tại " + unitCode
                                + " với dòng " + other + " trong tệp");
                    } else if (existing && !upsert) {
                        r.error("memberCode", memberCode + " đang giữ chức vụ " + role + " tại " + unitCode
                                + " trong cơ sở dữ liệu (dùng mode=upsert để cập nhật)");
                    }
                    if (SINGLE_HOLDER.contains(role) && end == null) {
                        String holderKey = unitCode + "|" + role;
                        String inFile = singleHolder.putIfAbsent(holderKey, memberCode);
                        String inDb = held.stream().filter(p -> p.role() == role && !p.memberCode().equals(memberCode))
                                .map(ImportReferences.PositionRef::memberCode).findFirst().orElse(null);
                        if (inFile != null && !inFile.equals(memberCode)) {
                            r.error("role", unitCode + " đã có " + role.label() + " " + inFile + " trong tệp");
                        } else if (inDb != null) {
                            r.error("role", unitCode + " đã có " + role.label() + " " + inDb
                                    + " (kết thúc chức vụ đó trước, bằng endDate với mode=upsert)");
                        }
                    }
                }
            }
            if (errors.size() == before) {
                rows.add(new PositionRow(tr.row(), memberCode, unitCode, role, title, start, end, existing));
            }
        }
        return new Validated<>(rows, errors);
    }
}
