package vn.tongket.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRankingRepository extends JpaRepository<UnitRankingRecord, Long> {

    Optional<UnitRankingRecord> findByUnitIdAndYear(Long unitId, int year);

    List<UnitRankingRecord> findByUnitIdAndYearBetweenOrderByYear(Long unitId, int fromYear, int toYear);

    List<UnitRankingRecord> findByYear(int year);
}
