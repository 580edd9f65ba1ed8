package vn.tongket.evaluation;

import org.springframework.stereotype.Component;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;

/**
 * The one reading rule of an evaluation's contents and category (docs/access.md): the person evaluated, the
 * deciding body, the Ban Tổ chức and the administrator. Used by {@code GET /api/evaluations/{id}}, the list, and
 * every report and export of evaluations ({@code vn.tongket.report}).
 */
@Component
public class EvaluationAccess {

    public static final String REFUSAL = "Kết quả đánh giá cán bộ là tài liệu mật: chỉ cán bộ được đánh giá, "
            + "cấp có thẩm quyền, Ban Tổ chức và quản trị viên được xem";

    /**
     * @param decidingGroup the evaluation's deciding body (leader_evaluation.deciding_group)
     * @param memberCode    the evaluated cadre, null for a collective
     */
    public boolean mayRead(String decidingGroup, String memberCode, CurrentUser user) {
        return user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)
                || (decidingGroup != null && user.inGroup(decidingGroup))
                || (memberCode != null && memberCode.equals(user.userId()));
    }
}
