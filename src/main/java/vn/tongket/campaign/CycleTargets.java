package vn.tongket.campaign;

import org.springframework.stereotype.Component;

/**
 * What one instance of a stage's multi-instance call activity is about: a unit ("STC"), or for the evaluation
 * stage a cadre holding a post in a unit ("STC:DV0012"). With ":" and the year it is the called process's
 * business key. Bean {@code cycleTargets} for the call activity's input mappings.
 */
@Component("cycleTargets")
public class CycleTargets {

    public static String of(String unitCode, String memberCode) {
        return memberCode == null ? unitCode : unitCode + ":" + memberCode;
    }

    /** The unit of a target or of a business key built from one. */
    public static String unitOf(String target) {
        int colon = target.indexOf(':');
        return colon < 0 ? target : target.substring(0, colon);
    }

    /** The cadre of a target, or null for a collective. */
    public static String memberOf(String target) {
        int colon = target.indexOf(':');
        return colon < 0 ? null : target.substring(colon + 1);
    }

    /** For expressions: {@code ${cycleTargets.unit(evaluationTarget)}}. */
    public String unit(String target) {
        return unitOf(target);
    }

    /** For expressions: {@code ${cycleTargets.member(evaluationTarget)}}. */
    public String member(String target) {
        return memberOf(target);
    }
}
