package vn.tongket.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderEvaluationRepository extends JpaRepository<LeaderEvaluation, Long> {

    Optional<LeaderEvaluation> findBySubjectKey(String subjectKey);

    List<LeaderEvaluation> findByYearOrderBySubjectKey(int year);

    /** The evaluation a process instance created (the gathering writes its id). */
    Optional<LeaderEvaluation> findByProcessInstanceId(String processInstanceId);
}
