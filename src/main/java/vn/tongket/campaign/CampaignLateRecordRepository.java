package vn.tongket.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignLateRecordRepository extends JpaRepository<CampaignLateRecord, Long> {

    List<CampaignLateRecord> findByCampaignIdInOrderByDeadlineAtAscUnitCodeAsc(Collection<Long> campaignIds);

    List<CampaignLateRecord> findByCampaignIdAndStage(Long campaignId, Stage stage);
}
