package vn.tongket.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRankingRepository extends JpaRepository<MemberRankingRecord, Long> {

    Optional<MemberRankingRecord> findByMemberIdAndYear(Long memberId, int year);

    List<MemberRankingRecord> findByMemberIdAndYearBetweenOrderByYear(Long memberId, int fromYear, int toYear);

    List<MemberRankingRecord> findByYear(int year);
}
