package vn.tongket.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByParentIdAndActiveTrueOrderByCode(Long parentId);

    List<OrgUnit> findByKindAndActiveTrueOrderByCode(UnitKind kind);

    List<OrgUnit> findByActiveTrueOrderByCode();
}
