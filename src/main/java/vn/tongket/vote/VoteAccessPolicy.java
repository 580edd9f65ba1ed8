package vn.tongket.vote;

import java.util.Collection;
import java.util.Set;

/**
 * Who may read the results of one vote (C.III.4): "Kết quả lấy phiếu tín nhiệm được công bố đối với thành phần ghi
 * phiếu tín nhiệm; với tập thể lãnh đạo cấp trên trực tiếp (cấp có thẩm quyền) và cá nhân cán bộ được lấy phiếu
 * tín nhiệm."
 * <ul>
 *   <li>{@link Access#FULL}: the voters (the BCH of the unit), the direct superior collective, the administrator;</li>
 *   <li>{@link Access#OWN_LINE}: a candidate who is none of these sees his own line of the tally only (the minutes
 *       hold everyone's results and stay refused);</li>
 *   <li>{@link Access#NONE}: everyone else, other members and other units' committees included.</li>
 * </ul>
 */
public final class VoteAccessPolicy {

    public enum Access { FULL, OWN_LINE, NONE }

    private VoteAccessPolicy() {
    }

    public static Access resultsAccess(String userId, Collection<String> groups, boolean admin,
                                       String voterGroup, String superiorGroup, Set<String> candidateCodes) {
        if (admin || groups.contains(voterGroup) || groups.contains(superiorGroup)) {
            return Access.FULL;
        }
        return candidateCodes.contains(userId) ? Access.OWN_LINE : Access.NONE;
    }

    /** The counting board works among the voters; the Ban Tổ chức and the administrator may help. */
    public static boolean mayCount(Collection<String> groups, boolean admin, String voterGroup, String organizationBoard) {
        return admin || groups.contains(voterGroup) || groups.contains(organizationBoard);
    }
}
