package vn.tongket.organization.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tongket.organization.UnitKind;

/**
 * Validates a units file: {@code code, name, kind, parentCode, hasStandingCommittee, massOrgType, active}.
 * A parent may be defined in the same file (any row order) or already stored. Kinds nest as the party
 * statute does: bloc at the root; grassroots committees, grassroots branches and mass organizations under
 * the bloc; sub-committees under a grassroots committee; branches under a grassroots committee or a
 * sub-committee; cells under a branch.
 */
public final class UnitRowValidator {

    public static final List<String> REQUIRED = List.of("code", "name", "kind");
    public static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode", "hasStandingCommittee",
            "massOrgType", "active");

    public record UnitRow(int row, String code, String name, UnitKind kind, String parentCode,
                          boolean hasStandingCommittee, String massOrgType, boolean active, boolean existing) {
    }

    private UnitRowValidator() {
    }

    public static Validated<UnitRow> validate(Table table, ImportReferences refs, boolean upsert) {
        List<RowError> errors = Columns.check(table, REQUIRED, COLUMNS);
        if (!errors.isEmpty()) {
            return new Validated<>(List.of(), errors);
        }
        List<UnitRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (TableRow tr : table.rows()) {
            Columns.extraCells(tr, errors);
            RowReader r = new RowReader(tr, errors);
            int before = errors.size();
            String code = r.text("code", true);
            String name = r.text("name", true);
            UnitKind kind = r.enumValue("kind", true, UnitKind.class, UnitKind::label);
            String parent = r.text("parentCode", false);
            boolean btv = r.bool("hasStandingCommittee", false);
            String massOrgType = r.text("massOrgType", false);
            boolean active = r.bool("active", true);
            boolean existing = false;
            if (code != null) {
                if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
                    r.error("code", "Mã đơn vị chỉ gồm chữ không dấu, số, '-', '_', '.' (tối đa 40 ký tự): \"" + code + "\"");
                } else if (firstRow.containsKey(code)) {
                    r.error("code", "Trùng mã " + code + " với dòng " + firstRow.get(code) + " trong tệp");
                } else {
                    firstRow.put(code, tr.row());
                    existing = refs.unit(code).isPresent();
                    if (existing && !upsert) {
                        r.error("code", "Mã đơn vị " + code + " đã có trong cơ sở dữ liệu (dùng mode=upsert để cập nhật)");
                    }
                }
                if (code.equals(parent)) {
                    r.error("parentCode", "Đơn vị không thể là cấp trên của chính nó");
                }
            }
            if (massOrgType != null && kind != null && kind != UnitKind.MASS_ORGANIZATION) {
                r.error("massOrgType", "Chỉ đoàn thể (MASS_ORGANIZATION) mới có loại đoàn thể");
            }
            if (btv && kind != null && !(kind == UnitKind.BLOC || kind == UnitKind.GRASSROOTS_COMMITTEE
                    || kind == UnitKind.MASS_ORGANIZATION)) {
                r.error("hasStandingCommittee", "Chỉ Đảng bộ Khối, đảng bộ cơ sở và đoàn thể có Ban Thường vụ (" + kind.label() + " thì không)");
            }
            if (errors.size() == before) {
                rows.add(new UnitRow(tr.row(), code, name, kind, parent, btv, massOrgType, active, existing));
            }
        }
        // references between units: parent known, kinds nest, a single bloc, no cycle
        Map<String, UnitRow> inFile = new HashMap<>();
        rows.forEach(u -> inFile.put(u.code(), u));
        List<UnitRow> valid = new ArrayList<>();
        for (UnitRow u : rows) {
            int before = errors.size();
            if (u.kind() == UnitKind.BLOC) {
                if (u.parentCode() != null) {
                    errors.add(new RowError(u.row(), "parentCode", "Đảng bộ Khối là gốc của cây, không có cấp trên"));
                }
                var bloc = refs.blocCode();
                if (bloc.isPresent() && !bloc.get().equals(u.code())) {
                    errors.add(new RowError(u.row(), "kind", "Đã có Đảng bộ Khối " + bloc.get() + "; chỉ có một Đảng bộ Khối"));
                }
                long blocsInFile = rows.stream().filter(x -> x.kind() == UnitKind.BLOC).count();
                if (blocsInFile > 1) {
                    errors.add(new RowError(u.row(), "kind", "Tệp có " + blocsInFile + " Đảng bộ Khối; chỉ có một Đảng bộ Khối"));
                }
            } else if (u.parentCode() == null) {
                errors.add(new RowError(u.row(), "parentCode", "Thiếu đơn vị cấp trên (bắt buộc với " + u.kind().label() + ")"));
            } else {
                UnitKind parentKind = parentKind(u.parentCode(), inFile, refs);
                if (parentKind == null) {
                    errors.add(new RowError(u.row(), "parentCode", "Không tìm thấy đơn vị cấp trên có mã " + u.parentCode()));
                } else if (!allowedParents(u.kind()).contains(parentKind)) {
                    errors.add(new RowError(u.row(), "parentCode", u.kind().label() + " không thể trực thuộc "
                            + parentKind.label() + " (" + u.parentCode() + "); cấp trên hợp lệ: "
                            + String.join(", ", allowedParents(u.kind()).stream().map(UnitKind::label).toList())));
                } else if (cycle(u.code(), inFile, refs)) {
                    errors.add(new RowError(u.row(), "parentCode", "Quan hệ cấp trên tạo thành vòng lặp qua " + u.code()));
                }
            }
            if (u.existing()) {
                checkStoredChildren(u, inFile, refs, errors);
            }
            if (errors.size() == before) {
                valid.add(u);
            }
        }
        return new Validated<>(valid, errors);
    }

    /** An upsert that changes a unit's kind must leave its stored children and members valid. */
    private static void checkStoredChildren(UnitRow u, Map<String, UnitRow> inFile, ImportReferences refs, List<RowError> errors) {
        for (ImportReferences.UnitRef child : refs.childrenOf(u.code())) {
            UnitRow moved = inFile.get(child.code());
            if (moved != null && !u.code().equals(moved.parentCode())) {
                continue; // the child moves elsewhere in the same file
            }
            UnitKind childKind = moved != null ? moved.kind() : child.kind();
            if (!allowedParents(childKind).contains(u.kind())) {
                errors.add(new RowError(u.row(), "kind", "Không đổi được thành " + u.kind().label() + ": đơn vị trực thuộc "
                        + child.code() + " (" + childKind.label() + ") không thể trực thuộc " + u.kind().label()));
            }
        }
        if (!u.kind().isBranch() && u.kind() != UnitKind.CELL && refs.memberCount(u.code()) > 0) {
            errors.add(new RowError(u.row(), "kind", "Không đổi được thành " + u.kind().label() + ": " + refs.memberCount(u.code())
                    + " đảng viên đang sinh hoạt ở " + u.code() + " (chuyển họ sang chi bộ khác trước)"));
        }
    }

    public static Set<UnitKind> allowedParents(UnitKind kind) {
        return switch (kind) {
            case BLOC -> Set.of();
            case GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH, MASS_ORGANIZATION -> Set.of(UnitKind.BLOC);
            case SUB_COMMITTEE -> Set.of(UnitKind.GRASSROOTS_COMMITTEE);
            case BRANCH -> Set.of(UnitKind.GRASSROOTS_COMMITTEE, UnitKind.SUB_COMMITTEE);
            case CELL -> Set.of(UnitKind.BRANCH, UnitKind.GRASSROOTS_BRANCH);
        };
    }

    private static UnitKind parentKind(String code, Map<String, UnitRow> inFile, ImportReferences refs) {
        UnitRow f = inFile.get(code);
        if (f != null) {
            return f.kind();
        }
        return refs.unit(code).map(ImportReferences.UnitRef::kind).orElse(null);
    }

    private static boolean cycle(String code, Map<String, UnitRow> inFile, ImportReferences refs) {
        Set<String> seen = new HashSet<>();
        String cur = code;
        while (cur != null) {
            if (!seen.add(cur)) {
                return true;
            }
            UnitRow f = inFile.get(cur);
            cur = f != null ? f.parentCode() : refs.unit(cur).map(ImportReferences.UnitRef::parentCode).orElse(null);
        }
        return false;
    }
}
