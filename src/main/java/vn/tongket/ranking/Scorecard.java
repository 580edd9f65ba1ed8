package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/**
 * The scorecard of one campaign year as data (plain Java): criteria with maximum points in groups, the category
 * bands on the total, and the vetoes that cap the category. Built from the {@code ranking_*} tables or a CSV.
 */
public record Scorecard(int year, String title, List<CriterionGroup> groups, List<CategoryBand> bands, List<Veto> vetoes) {

    public record Criterion(String code, String name, BigDecimal maxPoints) {
    }

    public record CriterionGroup(String code, String name, List<Criterion> criteria) {

        public BigDecimal maxPoints() {
            return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A unit whose total is at least {@code minScore} falls in {@code category} (unless a better band applies). */
    public record CategoryBand(UnitCategory category, BigDecimal minScore) {
    }

    /** When the veto applies, the category is at most {@code maxCategory}; {@code reason} is shown to users. */
    public record Veto(String code, UnitCategory maxCategory, String reason) {
    }

    public BigDecimal maxTotal() {
        return groups.stream().map(CriterionGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Criterion> criteria() {
        return groups.stream().flatMap(g -> g.criteria().stream()).toList();
    }

    /** Bands best category first. */
    public List<CategoryBand> bandsBestFirst() {
        List<CategoryBand> out = new ArrayList<>(bands);
        out.sort(Comparator.comparing(CategoryBand::category));
        return out;
    }

    public Veto veto(String code) {
        return vetoes.stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("vetoes", "Không có điều kiện hạ loại mã " + code + " trong bảng điểm năm " + year));
    }

    /**
     * Checks the sheet is usable: at least one criterion, unique codes, positive maxima, one band for every category
     * but WEAK (the fallback), better categories need strictly higher minima, vetoes with a reason.
     */
    public Scorecard validated() {
        if (groups.isEmpty() || criteria().isEmpty()) {
            throw new DomainException("groups", "Bảng điểm phải có ít nhất một nhóm tiêu chí và một tiêu chí");
        }
        Set<String> codes = new HashSet<>();
        for (CriterionGroup g : groups) {
            require(g.code(), "groups.code", "Mã nhóm tiêu chí không được để trống");
            require(g.name(), "groups.name", "Tên nhóm tiêu chí " + g.code() + " không được để trống");
            if (!codes.add(g.code())) {
                throw new DomainException("groups.code", "Mã nhóm tiêu chí bị trùng: " + g.code());
            }
            if (g.criteria().isEmpty()) {
                throw new DomainException("groups.criteria", "Nhóm tiêu chí " + g.code() + " chưa có tiêu chí nào");
            }
            for (Criterion c : g.criteria()) {
                require(c.code(), "criteria.code", "Mã tiêu chí không được để trống");
                require(c.name(), "criteria.name", "Tên tiêu chí " + c.code() + " không được để trống");
                if (!codes.add(c.code())) {
                    throw new DomainException("criteria.code", "Mã tiêu chí bị trùng: " + c.code());
                }
                if (c.maxPoints() == null || c.maxPoints().signum() <= 0 || c.maxPoints().scale() > 2) {
                    throw new DomainException("criteria.maxPoints", "Điểm tối đa của tiêu chí " + c.code()
                            + " phải là số dương, tối đa 2 chữ số thập phân");
                }
            }
        }
        BigDecimal previous = null;
        for (UnitCategory category : UnitCategory.values()) {
            if (category == UnitCategory.WEAK) {
                continue;
            }
            List<CategoryBand> matching = bands.stream().filter(b -> b.category() == category).toList();
            if (matching.size() != 1 || matching.get(0).minScore() == null) {
                throw new DomainException("bands", "Cần đúng một ngưỡng điểm cho loại \"" + category.label() + "\"");
            }
            BigDecimal min = matching.get(0).minScore();
            if (min.signum() < 0 || min.compareTo(maxTotal()) > 0) {
                throw new DomainException("bands", "Ngưỡng điểm của loại \"" + category.label() + "\" phải từ 0 đến "
                        + maxTotal().stripTrailingZeros().toPlainString());
            }
            if (previous != null && min.compareTo(previous) >= 0) {
                throw new DomainException("bands", "Ngưỡng điểm của loại \"" + category.label()
                        + "\" phải thấp hơn ngưỡng của loại trên nó");
            }
            previous = min;
        }
        if (bands.stream().anyMatch(b -> b.category() == UnitCategory.WEAK)) {
            throw new DomainException("bands", "Loại \"Yếu kém\" là loại còn lại, không đặt ngưỡng điểm");
        }
        Set<String> vetoCodes = new HashSet<>();
        for (Veto v : vetoes) {
            require(v.code(), "vetoes.code", "Mã điều kiện hạ loại không được để trống");
            require(v.reason(), "vetoes.reason", "Điều kiện hạ loại " + v.code() + " cần nội dung (lý do)");
            if (v.maxCategory() == null) {
                throw new DomainException("vetoes.maxCategory", "Điều kiện hạ loại " + v.code() + " cần loại tối đa");
            }
            if (!vetoCodes.add(v.code())) {
                throw new DomainException("vetoes.code", "Mã điều kiện hạ loại bị trùng: " + v.code());
            }
        }
        return this;
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, message);
        }
    }
}
