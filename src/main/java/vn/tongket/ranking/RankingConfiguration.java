package vn.tongket.ranking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RankingConfiguration {

    @Bean("rankingBranches")
    RankingBranches rankingBranches(MemberRankingService members) {
        return new RankingBranches(members::branchCodes);
    }
}
