package vn.tongket.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CellReportRepository extends JpaRepository<CellReport, Long> {

    List<CellReport> findBySessionIdOrderByCellCode(Long sessionId);

    @Modifying
    @Query("delete from CellReport c where c.sessionId = ?1")
    void deleteBySession(Long sessionId);
}
