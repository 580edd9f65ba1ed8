package vn.tongket.commendation;

import java.time.LocalDate;
import vn.tongket.organization.AwardKind;

/** A commendation already received (from commendation_history): waiting periods count from its decision date. */
public record PastAward(AwardKind kind, int year, String decisionNo, LocalDate decisionDate) {
}
