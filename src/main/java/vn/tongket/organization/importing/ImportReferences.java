package vn.tongket.organization.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * What the validators need to know of the data already stored (by code: files never carry ids).
 * Implemented over the repositories by {@link JpaImportReferences}, and in memory by tests.
 */
public interface ImportReferences {

    record UnitRef(String code, UnitKind kind, String parentCode, boolean hasStandingCommittee) {
    }

    record MemberRef(String code, String unitCode) {
    }

    record PositionRef(String memberCode, String unitCode, PositionRole role, LocalDate startDate, LocalDate endDate) {
    }

    Optional<UnitRef> unit(String code);

    Optional<MemberRef> member(String code);

    /** Stored units whose parent is this unit. */
    List<UnitRef> childrenOf(String unitCode);

    /** Number of stored members active in this unit (branch) or cell. */
    long memberCount(String unitCode);

    /** Does any BLOC unit exist? */
    Optional<String> blocCode();

    /** Positions currently held (end date empty) in a unit. */
    List<PositionRef> currentPositionsOfUnit(String unitCode);

    boolean unitRankingExists(String unitCode, int year);

    boolean memberRankingExists(String memberCode, int year);

    /** A commendation with this decision number already recorded for this member or unit. */
    boolean commendationExists(String memberCode, String unitCode, String decisionNo);

    boolean emulationTitleExists(String memberCode, int year, EmulationTitle title);

    boolean confidenceResultExists(String memberCode, int year, String placeUnitCode);
}
