package vn.tongket.vote;

import java.util.Collection;
import java.util.Set;

/**
 * The one access rule of a vote, for every endpoint and document (docs/vote.md has the table). Results follow
 * C.III.4: "Kết quả lấy phiếu tín nhiệm được công bố đối với thành phần ghi phiếu tín nhiệm; với tập thể lãnh
 * đạo cấp trên trực tiếp (cấp có thẩm quyền) và cá nhân cán bộ được lấy phiếu tín nhiệm. Ngoài ra căn cứ vào
 * tình hình cụ thể, cấp có thẩm quyền quyết định công khai tín nhiệm đối với cán bộ ở phạm vi khác, đối tượng
 * khác." The work on the ballots belongs to the counting board (C.III.3.1, 3.3: "Ban kiểm phiếu phát phiếu … lập
 * biên bản kiểm phiếu").
 * <ul>
 *   <li>{@link Resource#BOARD_WORK} (ballot form, serials, entries, disagreements, corrections, count, seal):
 *       members of the approved counting board only — never a person on the ballot;</li>
 *   <li>{@link Resource#RESULTS} (the tally): the voters and the direct superior collective in full, the groups
 *       named in a recorded publication decision of the competent level in full, a candidate his own line;</li>
 *   <li>{@link Resource#MINUTES} (minutes PDF, entry log with the ballots' marks, every export with per-person
 *       figures): the voters and the direct superior collective ("2 bản gửi cấp trên trực tiếp … theo chế độ
 *       mật"); a publication widens the results, not the secret minutes.</li>
 * </ul>
 * Nobody else: not the Ban Tổ chức for another unit, not a plain member, not the technical administrator
 * (the guidance names no such reader).
 */
public final class VoteAccessPolicy {

    public enum Access { FULL, OWN_LINE, NONE }

    public enum Resource { BOARD_WORK, RESULTS, MINUTES }

    /**
     * What is known about the user for one vote, all from the organization model and our tables (never from a
     * process variable): his groups, whether he is on the approved board, and the groups a publication named.
     */
    public record Subject(String userId, Collection<String> groups, boolean boardMember) {
    }

    /** The vote's side: voters' group, superior collective, candidates, groups of recorded publications. */
    public record VoteScope(String voterGroup, String superiorGroup, Set<String> candidateCodes, Set<String> publishedGroups) {
    }

    private VoteAccessPolicy() {
    }

    public static Access decide(Resource resource, Subject s, VoteScope v) {
        boolean candidate = v.candidateCodes().contains(s.userId());
        boolean voterOrSuperior = s.groups().contains(v.voterGroup()) || s.groups().contains(v.superiorGroup());
        return switch (resource) {
            case BOARD_WORK -> s.boardMember() && !candidate ? Access.FULL : Access.NONE;
            case MINUTES -> voterOrSuperior ? Access.FULL : Access.NONE;
            case RESULTS -> {
                if (voterOrSuperior || v.publishedGroups().stream().anyMatch(s.groups()::contains)) {
                    yield Access.FULL;
                }
                yield candidate ? Access.OWN_LINE : Access.NONE;
            }
        };
    }

    /** The refusal message of each resource (Vietnamese, citing the rule). */
    public static String refusal(Resource resource, String unitName) {
        return switch (resource) {
            case BOARD_WORK -> "Chỉ thành viên ban kiểm phiếu đã được phê duyệt của hội nghị " + unitName
                    + " được phát phiếu, nhập, đối chiếu, sửa, kiểm phiếu và niêm phong; người có tên trên phiếu không được "
                    + "tham gia ban kiểm phiếu (HD 22-HD/ĐU, C.III.3)";
            case RESULTS -> "Kết quả phiếu tín nhiệm chỉ công bố cho người ghi phiếu, tập thể lãnh đạo cấp trên trực tiếp, "
                    + "cán bộ được lấy phiếu và phạm vi do cấp có thẩm quyền quyết định công khai (HD 22-HD/ĐU, C.III.4)";
            case MINUTES -> "Biên bản kiểm phiếu và nhật ký nhập phiếu là tài liệu mật: chỉ người ghi phiếu và tập thể lãnh "
                    + "đạo cấp trên trực tiếp được xem (HD 22-HD/ĐU, C.III.3.3 và C.III.4)";
        };
    }
}
