package vn.tongket.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarOverrideRepository extends JpaRepository<CalendarOverride, Long> {

    List<CalendarOverride> findByYear(int year);

    Optional<CalendarOverride> findByYearAndDeadline(int year, Deadline deadline);
}
