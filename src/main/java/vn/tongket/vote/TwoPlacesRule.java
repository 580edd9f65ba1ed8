package vn.tongket.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Mỗi chức danh lấy phiếu tín nhiệm tối đa ở 2 nơi; cụ thể là: cấp ủy cùng cấp (đối với thành viên lãnh đạo cấp
 * ủy) và nơi công tác" (C.I.1.2). From every position of a person that is rated (C.II), the places where he is
 * voted on are chosen deterministically and before any vote is prepared, so that the order in which the
 * conferences' jobs run never changes the answer:
 * <ol>
 *   <li>the same-level committee places first (the bloc's BCH, a grassroots committee's BCH);</li>
 *   <li>then the workplaces (the mass organizations' BCH), the higher post first (head before deputy);</li>
 *   <li>ties by unit code.</li>
 * </ol>
 * The first two are kept; any other is refused with the rule cited.
 */
public final class TwoPlacesRule {

    public static final int MAX_PLACES = 2;
    public static final String RULE = "HD 22-HD/ĐU, C.I.1.2: mỗi chức danh lấy phiếu tín nhiệm tối đa ở 2 nơi "
            + "(cấp ủy cùng cấp và nơi công tác)";

    /** One place where a position of the person is rated. */
    public record Place(String unitCode, String unitName, boolean committeePlace, int roleRank) {
    }

    private TwoPlacesRule() {
    }

    /** The places kept, in order (at most two). */
    public static List<Place> kept(List<Place> places) {
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparing((Place p) -> !p.committeePlace()).thenComparingInt(Place::roleRank)
                .thenComparing(Place::unitCode));
        List<Place> out = new ArrayList<>();
        for (Place p : sorted) {
            if (out.stream().noneMatch(o -> o.unitCode().equals(p.unitCode())) && out.size() < MAX_PLACES) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether the place is one of the kept ones. */
    public static boolean allowed(List<Place> places, String unitCode) {
        return kept(places).stream().anyMatch(p -> p.unitCode().equals(unitCode));
    }
}
