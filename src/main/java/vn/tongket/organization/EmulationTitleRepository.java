package vn.tongket.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmulationTitleRepository extends JpaRepository<EmulationTitleRecord, Long> {

    List<EmulationTitleRecord> findByMemberIdOrderByYear(Long memberId);
}
