package vn.tongket.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReviewRepository extends JpaRepository<SelfReview, Long> {

    Optional<SelfReview> findByMemberCodeAndYear(String memberCode, int year);
}
