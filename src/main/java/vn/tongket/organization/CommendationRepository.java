package vn.tongket.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationRepository extends JpaRepository<CommendationRecord, Long> {

    List<CommendationRecord> findByMemberIdOrderByDecisionDate(Long memberId);

    List<CommendationRecord> findByUnitIdOrderByDecisionDate(Long unitId);

    List<CommendationRecord> findByYear(int year);
}
