package vn.tongket.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    Optional<PartyMember> findByCode(String code);

    List<PartyMember> findByUnitIdOrderByCode(Long unitId);

    List<PartyMember> findByCellIdOrderByCode(Long cellId);

    long countByUnitId(Long unitId);

    @Query("select m from PartyMember m join fetch m.unit left join fetch m.cell where m.status <> vn.tongket.organization.MemberStatus.TRANSFERRED_OUT order by m.code")
    List<PartyMember> findAllCurrent();
}
