package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/**
 * The scorecard as CSV (UTF-8, separator {@code ;}, first line a header), one row per item:
 * <pre>
 * loai;ma;noi_dung;gia_tri
 * NHOM;I;Lãnh đạo thực hiện nhiệm vụ chính trị;
 * TIEU_CHI;I.1;Hoàn thành các chỉ tiêu được giao;20
 * NGUONG;EXEMPLARY_CLEAN_STRONG;;95
 * HA_LOAI;MEMBER_DISCIPLINED;Có đảng viên bị thi hành kỷ luật trong năm;COMPLETED_WELL
 * TIEU_DE;;Bảng điểm năm 2014;
 * </pre>
 * A TIEU_CHI row belongs to the NHOM row above it. Errors name the line.
 */
public final class ScorecardCsv {

    private ScorecardCsv() {
    }

    public static Scorecard parse(int year, String csv) {
        String title = "Bảng điểm năm " + year + " (nhập từ CSV)";
        List<Scorecard.CriterionGroup> groups = new ArrayList<>();
        List<Scorecard.CategoryBand> bands = new ArrayList<>();
        List<Scorecard.Veto> vetoes = new ArrayList<>();
        String groupCode = null;
        String groupName = null;
        List<Scorecard.Criterion> criteria = null;
        String[] lines = csv.replace("\uFEFF", "").split("\\r?\\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            String where = "Dòng " + (n + 1) + ": ";
            if (line.isEmpty() || (n == 0 && line.toLowerCase().startsWith("loai"))) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length < 4) {
                throw new DomainException("csv", where + "cần 4 cột loai;ma;noi_dung;gia_tri");
            }
            String kind = f[0].trim().toUpperCase();
            String code = f[1].trim();
            String text = f[2].trim();
            String value = f[3].trim();
            switch (kind) {
                case "TIEU_DE" -> title = text;
                case "NHOM" -> {
                    if (criteria != null) {
                        groups.add(new Scorecard.CriterionGroup(groupCode, groupName, criteria));
                    }
                    groupCode = code;
                    groupName = text;
                    criteria = new ArrayList<>();
                }
                case "TIEU_CHI" -> {
                    if (criteria == null) {
                        throw new DomainException("csv", where + "tiêu chí " + code + " phải nằm sau một dòng NHOM");
                    }
                    criteria.add(new Scorecard.Criterion(code, text, number(value, where)));
                }
                case "NGUONG" -> bands.add(new Scorecard.CategoryBand(category(code, where), number(value, where)));
                case "HA_LOAI" -> vetoes.add(new Scorecard.Veto(code, category(value, where), text));
                default -> throw new DomainException("csv", where + "loại dòng \"" + f[0] + "\" không hợp lệ (NHOM, TIEU_CHI, NGUONG, HA_LOAI, TIEU_DE)");
            }
        }
        if (criteria != null) {
            groups.add(new Scorecard.CriterionGroup(groupCode, groupName, criteria));
        }
        return new Scorecard(year, title, groups, bands, vetoes).validated();
    }

    private static BigDecimal number(String value, String where) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException("csv", where + "\"" + value + "\" không phải là số");
        }
    }

    private static UnitCategory category(String value, String where) {
        try {
            return UnitCategory.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("csv", where + "loại xếp hạng \"" + value + "\" không hợp lệ");
        }
    }
}
