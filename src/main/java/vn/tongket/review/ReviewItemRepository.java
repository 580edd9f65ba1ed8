package vn.tongket.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    Optional<ReviewItem> findBySessionIdAndPhaseAndPhaseIndex(Long sessionId, String phase, int phaseIndex);

    List<ReviewItem> findBySessionIdOrderBySeq(Long sessionId);

    List<ReviewItem> findByMemberCodeOrderBySeq(String memberCode);

    @Modifying
    @Query("delete from ReviewItem i where i.sessionId = ?1")
    void deleteBySession(Long sessionId);
}
