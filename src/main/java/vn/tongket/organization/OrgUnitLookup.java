package vn.tongket.organization;

import java.util.Optional;

/** The unit lookup by code that listeners and services call many times in one engine command (issue 14). */
public interface OrgUnitLookup {

    Optional<OrgUnit> findByCode(String code);
}
