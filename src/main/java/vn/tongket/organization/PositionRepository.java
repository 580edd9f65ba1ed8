package vn.tongket.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p join fetch p.member join fetch p.unit where p.endDate is null")
    List<Position> findAllCurrent();

    @Query("select p from Position p join fetch p.member where p.unit.id = ?1 and p.endDate is null order by p.role, p.member.code")
    List<Position> findCurrentByUnit(Long unitId);

    @Query("select p from Position p join fetch p.unit where p.member.id = ?1 and p.endDate is null order by p.role")
    List<Position> findCurrentByMember(Long memberId);
}
