package vn.tongket.organization.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.UnitKind;

/**
 * Validates a members file: {@code code, fullName, birthDate, gender, partyCardNo, unitCode, cellCode,
 * joinedDate, status, email}. {@code unitCode} is the branch where the member is active (chi bộ trực thuộc or
 * chi bộ cơ sở); {@code cellCode} a party cell of that branch. Units must already be stored.
 */
public final class MemberRowValidator {

    public static final List<String> REQUIRED = List.of("code", "fullName", "unitCode");
    public static final List<String> COLUMNS = List.of("code", "fullName", "birthDate", "gender", "partyCardNo",
            "unitCode", "cellCode", "joinedDate", "status", "email");

    public record MemberRow(int row, String code, String fullName, LocalDate birthDate, String gender,
                            String partyCardNo, String unitCode, String cellCode, LocalDate joinedDate,
                            MemberStatus status, String email, boolean existing) {
    }

    private MemberRowValidator() {
    }

    /** Header names accepted for the optional e-mail column besides {@code email} (folded: no accents, lower case). */
    static final List<String> EMAIL_ALIASES = List.of("thu dien tu", "thu_dien_tu", "e-mail");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s,;<>\"()]+@[^@\\s,;<>\"()]+\\.[^@\\s,;<>\"()]+");

    public static Validated<MemberRow> validate(Table table, ImportReferences refs, boolean upsert) {
        table = withEmailColumn(table);
        List<RowError> errors = Columns.check(table, REQUIRED, COLUMNS);
        if (!errors.isEmpty()) {
            return new Validated<>(List.of(), errors);
        }
        List<MemberRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Integer> firstCard = new HashMap<>();
        for (TableRow tr : table.rows()) {
            Columns.extraCells(tr, errors);
            RowReader r = new RowReader(tr, errors);
            int before = errors.size();
            String code = r.text("code", true);
            String fullName = r.text("fullName", true);
            LocalDate birth = r.date("birthDate", false);
            String gender = r.text("gender", false);
            String card = r.text("partyCardNo", false);
            String unitCode = r.text("unitCode", true);
            String cellCode = r.text("cellCode", false);
            LocalDate joined = r.date("joinedDate", false);
            MemberStatus status = r.enumValue("status", false, MemberStatus.class, MemberStatus::label);
            String email = r.text("email", false);
            if (email != null && (email.length() > 255 || !EMAIL.matcher(email).matches())) {
                r.error("email", "Địa chỉ thư điện tử không hợp lệ: \"" + email + "\"");
            }
            boolean existing = false;
            if (code != null) {
                if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
                    r.error("code", "Mã đảng viên (tên đăng nhập) chỉ gồm chữ không dấu, số, '-', '_', '.': \"" + code + "\"");
                } else if (code.equalsIgnoreCase("admin")) {
                    r.error("code", "Mã \"" + code + "\" dành cho quản trị viên");
                } else if (firstRow.containsKey(code)) {
                    r.error("code", "Trùng mã " + code + " với dòng " + firstRow.get(code) + " trong tệp");
                } else {
                    firstRow.put(code, tr.row());
                    existing = refs.member(code).isPresent();
                    if (existing && !upsert) {
                        r.error("code", "Mã đảng viên " + code + " đã có trong cơ sở dữ liệu (dùng mode=upsert để cập nhật)");
                    }
                }
            }
            if (card != null) {
                Integer other = firstCard.putIfAbsent(card, tr.row());
                if (other != null) {
                    r.error("partyCardNo", "Trùng số thẻ đảng " + card + " với dòng " + other + " trong tệp");
                }
            }
            if (gender != null && !List.of("nam", "nu").contains(RowReader.fold(gender))) {
                r.error("gender", "Giới tính là \"Nam\" hoặc \"Nữ\": \"" + gender + "\"");
            }
            if (birth != null && joined != null && !joined.isAfter(birth.plusYears(17))) {
                r.error("joinedDate", "Ngày vào Đảng phải sau ngày sinh ít nhất 18 năm");
            }
            if (unitCode != null) {
                var unit = refs.unit(unitCode);
                if (unit.isEmpty()) {
                    r.error("unitCode", "Không tìm thấy đơn vị có mã " + unitCode);
                } else if (!unit.get().kind().isBranch()) {
                    r.error("unitCode", "Đảng viên sinh hoạt ở chi bộ (trực thuộc hoặc cơ sở); " + unitCode + " là "
                            + unit.get().kind().label());
                } else if (cellCode != null) {
                    var cell = refs.unit(cellCode);
                    if (cell.isEmpty()) {
                        r.error("cellCode", "Không tìm thấy tổ đảng có mã " + cellCode);
                    } else if (cell.get().kind() != UnitKind.CELL || !unitCode.equals(cell.get().parentCode())) {
                        r.error("cellCode", cellCode + " không phải tổ đảng của chi bộ " + unitCode);
                    }
                }
            }
            if (errors.size() == before) {
                rows.add(new MemberRow(tr.row(), code, fullName, birth, gender, card, unitCode, cellCode, joined,
                        status == null ? MemberStatus.ACTIVE : status, email, existing));
            }
        }
        return new Validated<>(rows, errors);
    }

    /** The column "Thư điện tử" (or "E-mail") is read as {@code email}. */
    static Table withEmailColumn(Table table) {
        String alias = table.header().stream().filter(h -> EMAIL_ALIASES.contains(RowReader.fold(h))).findFirst().orElse(null);
        if (alias == null || table.header().contains("email")) {
            return table;
        }
        List<String> header = table.header().stream().map(h -> h.equals(alias) ? "email" : h).toList();
        List<TableRow> rows = table.rows().stream().map(tr -> {
            Map<String, String> cells = new java.util.LinkedHashMap<>(tr.cells());
            if (cells.containsKey(alias)) {
                cells.put("email", cells.remove(alias));
            }
            return new TableRow(tr.row(), cells);
        }).toList();
        return new Table(header, table.headerRow(), rows);
    }
}
