package vn.tongket.organization.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;

/**
 * Validates a history file. Every row has a {@code type} (UNIT_RANKING, MEMBER_RANKING, COMMENDATION,
 * EMULATION_TITLE, CONFIDENCE) and a {@code year}; the other columns needed depend on the type, so one file may
 * mix types (with the union of their columns) or hold one type only (with just its columns). Units and
 * members must already be stored. One row per (unit, year) ranking, (member, year) ranking, (recipient,
 * decision number) commendation, (member, year, title) emulation title, (member, year, place) vote result.
 */
public final class HistoryRowValidator {

    public enum HistoryType { UNIT_RANKING, MEMBER_RANKING, COMMENDATION, EMULATION_TITLE, CONFIDENCE }

    public static final List<String> REQUIRED = List.of("type", "year");
    public static final List<String> COLUMNS = List.of("type", "year", "unitCode", "memberCode", "score", "selfScore",
            "superiorScore", "category", "selfCategory", "branchCategory", "finalCategory", "notRankedReason", "kind",
            "level", "decisionNo", "decisionDate", "title", "placeUnitCode", "positionTitle", "issued", "collected",
            "valid", "high", "medium", "low");
    private static final BigDecimal MAX_SCORE = new BigDecimal("100");

    public sealed interface HistoryRow permits UnitRanking, MemberRanking, Commendation, EmulationTitleRow, Confidence {
        int row();
    }

    public record UnitRanking(int row, String unitCode, int year, BigDecimal selfScore, BigDecimal superiorScore,
                              BigDecimal score, UnitCategory category) implements HistoryRow {
    }

    public record MemberRanking(int row, String memberCode, int year, MemberCategory selfCategory,
                                MemberCategory branchCategory, MemberCategory finalCategory, String notRankedReason)
            implements HistoryRow {
    }

    public record Commendation(int row, String memberCode, String unitCode, int year, AwardKind kind, String level,
                               String decisionNo, LocalDate decisionDate) implements HistoryRow {
    }

    public record EmulationTitleRow(int row, String memberCode, int year, EmulationTitle title, String decisionNo,
                                    LocalDate decisionDate) implements HistoryRow {
    }

    public record Confidence(int row, String memberCode, int year, String placeUnitCode, String positionTitle,
                             int issued, int collected, int valid, int high, int medium, int low) implements HistoryRow {
    }

    private HistoryRowValidator() {
    }

    public static Validated<HistoryRow> validate(Table table, ImportReferences refs) {
        List<RowError> errors = Columns.check(table, REQUIRED, COLUMNS);
        if (!errors.isEmpty()) {
            return new Validated<>(List.of(), errors);
        }
        List<HistoryRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (TableRow tr : table.rows()) {
            Columns.extraCells(tr, errors);
            RowReader r = new RowReader(tr, errors);
            int before = errors.size();
            HistoryType type = r.enumValue("type", true, HistoryType.class, Enum::name);
            Integer year = r.integer("year", true, 1990, 2100);
            if (type == null || year == null) {
                continue;
            }
            HistoryRow row = switch (type) {
                case UNIT_RANKING -> unitRanking(r, refs, year);
                case MEMBER_RANKING -> memberRanking(r, refs, year);
                case COMMENDATION -> commendation(r, refs, year);
                case EMULATION_TITLE -> emulationTitle(r, refs, year);
                case CONFIDENCE -> confidence(r, refs, year);
            };
            if (errors.size() != before || row == null) {
                continue;
            }
            String key = key(row);
            Integer other = firstRow.putIfAbsent(key, tr.row());
            if (other != null) {
                r.error(null, "Trùng với dòng " + other + " trong tệp (" + type + ")");
            } else if (existsInDb(row, refs)) {
                r.error(null, "Đã có trong cơ sở dữ liệu (" + type + " " + key.substring(key.indexOf('|') + 1) + ")");
            } else {
                rows.add(row);
            }
        }
        return new Validated<>(rows, errors);
    }

    private static String key(HistoryRow row) {
        if (row instanceof UnitRanking u) {
            return "U|" + u.unitCode() + "|" + u.year();
        } else if (row instanceof MemberRanking m) {
            return "M|" + m.memberCode() + "|" + m.year();
        } else if (row instanceof Commendation c) {
            return "C|" + (c.memberCode() != null ? c.memberCode() : c.unitCode()) + "|" + c.decisionNo();
        } else if (row instanceof EmulationTitleRow e) {
            return "E|" + e.memberCode() + "|" + e.year() + "|" + e.title();
        }
        Confidence v = (Confidence) row;
        return "V|" + v.memberCode() + "|" + v.year() + "|" + v.placeUnitCode();
    }

    private static boolean existsInDb(HistoryRow row, ImportReferences refs) {
        if (row instanceof UnitRanking u) {
            return refs.unitRankingExists(u.unitCode(), u.year());
        } else if (row instanceof MemberRanking m) {
            return refs.memberRankingExists(m.memberCode(), m.year());
        } else if (row instanceof Commendation c) {
            return refs.commendationExists(c.memberCode(), c.unitCode(), c.decisionNo());
        } else if (row instanceof EmulationTitleRow e) {
            return refs.emulationTitleExists(e.memberCode(), e.year(), e.title());
        }
        Confidence v = (Confidence) row;
        return refs.confidenceResultExists(v.memberCode(), v.year(), v.placeUnitCode());
    }

    private static UnitRanking unitRanking(RowReader r, ImportReferences refs, int year) {
        String unit = unitRef(r, "unitCode", true, refs);
        BigDecimal self = r.decimal("selfScore", false, BigDecimal.ZERO, MAX_SCORE);
        BigDecimal superior = r.decimal("superiorScore", false, BigDecimal.ZERO, MAX_SCORE);
        BigDecimal score = r.decimal("score", false, BigDecimal.ZERO, MAX_SCORE);
        UnitCategory category = r.enumValue("category", true, UnitCategory.class, UnitCategory::label);
        return new UnitRanking(r.row(), unit, year, self, superior, score, category);
    }

    private static MemberRanking memberRanking(RowReader r, ImportReferences refs, int year) {
        String member = memberRef(r, "memberCode", true, refs);
        MemberCategory self = r.enumValue("selfCategory", false, MemberCategory.class, MemberCategory::label);
        MemberCategory branch = r.enumValue("branchCategory", false, MemberCategory.class, MemberCategory::label);
        MemberCategory fin = r.enumValue("finalCategory", true, MemberCategory.class, MemberCategory::label);
        String reason = r.text("notRankedReason", false);
        if (fin == MemberCategory.NOT_RANKED && reason == null) {
            r.error("notRankedReason", "Cần ghi lý do không xếp loại");
        }
        return new MemberRanking(r.row(), member, year, self, branch, fin, reason);
    }

    private static Commendation commendation(RowReader r, ImportReferences refs, int year) {
        String member = memberRef(r, "memberCode", false, refs);
        String unit = unitRef(r, "unitCode", false, refs);
        if (r.text("memberCode", false) == null && r.text("unitCode", false) == null) {
            r.error("memberCode", "Cần memberCode (đảng viên được khen) hoặc unitCode (tổ chức được khen)");
        } else if (r.text("memberCode", false) != null && r.text("unitCode", false) != null) {
            r.error("unitCode", "Chỉ ghi một trong hai: memberCode hoặc unitCode");
        }
        AwardKind kind = r.enumValue("kind", true, AwardKind.class, AwardKind::label);
        String level = r.text("level", false);
        if (level == null && kind != null) {
            level = switch (kind) {
                case BLOC_CERTIFICATE -> "DANG_UY_KHOI";
                case PROVINCE_MERIT -> "TINH_UY";
                case OTHER -> null;
            };
            if (level == null) {
                r.error("level", "Cần ghi cấp khen thưởng (level) với hình thức OTHER");
            }
        }
        String decisionNo = r.text("decisionNo", true);
        LocalDate date = r.date("decisionDate", true);
        if (date != null && date.getYear() < year) {
            r.error("decisionDate", "Ngày quyết định " + date + " trước năm được khen " + year);
        }
        return new Commendation(r.row(), member, unit, year, kind, level, decisionNo, date);
    }

    private static EmulationTitleRow emulationTitle(RowReader r, ImportReferences refs, int year) {
        String member = memberRef(r, "memberCode", true, refs);
        EmulationTitle title = r.enumValue("title", true, EmulationTitle.class, EmulationTitle::label);
        String decisionNo = r.text("decisionNo", false);
        LocalDate date = r.date("decisionDate", false);
        return new EmulationTitleRow(r.row(), member, year, title, decisionNo, date);
    }

    private static Confidence confidence(RowReader r, ImportReferences refs, int year) {
        String member = memberRef(r, "memberCode", true, refs);
        String place = unitRef(r, "placeUnitCode", true, refs);
        String title = r.text("positionTitle", false);
        Integer issued = r.integer("issued", true, 0, 100_000);
        Integer collected = r.integer("collected", true, 0, 100_000);
        Integer valid = r.integer("valid", true, 0, 100_000);
        Integer high = r.integer("high", true, 0, 100_000);
        Integer medium = r.integer("medium", true, 0, 100_000);
        Integer low = r.integer("low", true, 0, 100_000);
        if (issued == null || collected == null || valid == null || high == null || medium == null || low == null) {
            return null;
        }
        if (collected > issued) {
            r.error("collected", "Số phiếu thu về (" + collected + ") lớn hơn số phát ra (" + issued + ")");
        }
        if (valid > collected) {
            r.error("valid", "Số phiếu hợp lệ (" + valid + ") lớn hơn số thu về (" + collected + ")");
        }
        if (high + medium + low != valid) {
            r.error("low", "Cao + trung bình + thấp (" + (high + medium + low) + ") khác số phiếu hợp lệ (" + valid + ")");
        }
        return new Confidence(r.row(), member, year, place, title, issued, collected, valid, high, medium, low);
    }

    private static String unitRef(RowReader r, String column, boolean required, ImportReferences refs) {
        String code = r.text(column, required);
        if (code != null) {
            var u = refs.unit(code);
            if (u.isEmpty()) {
                r.error(column, "Không tìm thấy đơn vị có mã " + code);
            } else if (u.get().kind() == UnitKind.CELL) {
                r.error(column, code + " là tổ đảng: lịch sử ghi cho chi bộ hoặc tổ chức đảng");
            }
        }
        return code;
    }

    private static String memberRef(RowReader r, String column, boolean required, ImportReferences refs) {
        String code = r.text(column, required);
        if (code != null && refs.member(code).isEmpty()) {
            r.error(column, "Không tìm thấy đảng viên có mã " + code);
        }
        return code;
    }
}
