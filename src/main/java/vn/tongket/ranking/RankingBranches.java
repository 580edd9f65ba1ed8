package vn.tongket.ranking;

import java.util.List;
import java.util.function.Function;
import vn.tongket.organization.CommitteeGroups;

/**
 * Bean {@code rankingBranches} for the BPMN: the branches whose committees rank members
 * ({@code collection="${rankingBranches.of(unitCode)}"}) and the committee group of each.
 */
public class RankingBranches {

    private final Function<String, List<String>> branchesOfUnit;

    public RankingBranches(Function<String, List<String>> branchesOfUnit) {
        this.branchesOfUnit = branchesOfUnit;
    }

    public List<String> of(String unitCode) {
        return branchesOfUnit.apply(unitCode);
    }

    public String committeeGroup(String branchCode) {
        return CommitteeGroups.branchCommittee(branchCode);
    }
}
