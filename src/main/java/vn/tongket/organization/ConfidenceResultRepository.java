package vn.tongket.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfidenceResultRepository extends JpaRepository<ConfidenceResultRecord, Long> {

    List<ConfidenceResultRecord> findByMemberIdOrderByYear(Long memberId);

    List<ConfidenceResultRecord> findByMemberIdAndYear(Long memberId, int year);

    List<ConfidenceResultRecord> findByYear(int year);
}
