package vn.tongket.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignOverdueNoticeRepository extends JpaRepository<CampaignOverdueNotice, Long> {

    Optional<CampaignOverdueNotice> findByTaskId(String taskId);

    List<CampaignOverdueNotice> findByCampaignIdOrderById(Long campaignId);
}
