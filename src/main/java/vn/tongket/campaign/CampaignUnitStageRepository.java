package vn.tongket.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignUnitStageRepository extends JpaRepository<CampaignUnitStage, Long> {

    Optional<CampaignUnitStage> findByCampaignIdAndUnitCodeAndStage(Long campaignId, String unitCode, Stage stage);

    List<CampaignUnitStage> findByCampaignIdAndStageAndState(Long campaignId, Stage stage, StageState state);

    List<CampaignUnitStage> findByCampaignIdInOrderById(Collection<Long> campaignIds);

    List<CampaignUnitStage> findByCampaignIdAndStage(Long campaignId, Stage stage);

    boolean existsByCampaignIdAndStageAndUnitCodeInAndPausedAtIsNotNull(Long campaignId, Stage stage,
                                                                         Collection<String> unitCodes);
}
