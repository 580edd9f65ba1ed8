package vn.tongket.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderEvaluationEntryRepository extends JpaRepository<LeaderEvaluationEntry, Long> {

    List<LeaderEvaluationEntry> findByEvaluationIdOrderById(Long evaluationId);

    boolean existsByEvaluationIdAndStep(Long evaluationId, EntryStep step);

    void deleteByEvaluationIdAndStep(Long evaluationId, EntryStep step);
}
