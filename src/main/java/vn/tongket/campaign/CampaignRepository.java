package vn.tongket.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByYearAndRootUnitCode(int year, String rootUnitCode);

    List<Campaign> findByYearOrderByStartedAt(int year);

    Optional<Campaign> findByProcessInstanceId(String processInstanceId);
}
