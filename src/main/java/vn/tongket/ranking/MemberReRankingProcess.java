package vn.tongket.ranking;

import vn.tongket.common.CallActivityContract;

/** Key, element ids and variables of {@code processes/member-re-ranking.bpmn}. */
public final class MemberReRankingProcess {

    public static final String KEY = "MemberReRankingProcess";
    public static final String TASK_RE_RANK = "Task_ReRankMember";
    public static final String END = "Event_MemberReRanked";

    /** Written by {@link LowConfidenceReRanking} at the start (never read back to decide who or which member). */
    public static final String BRANCH_COMMITTEE_GROUP = "branchCommitteeGroup";
    public static final String CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR.name();
    public static final String MEMBER_NAME = "memberName";
    public static final String BRANCH_NAME = "branchName";
    public static final String VOTE_FIGURES = "voteFigures";
    /** Form fields, removed again by the listener (the category stays in our table). */
    public static final String CATEGORY = "category";
    public static final String NOTE = "reRankNote";

    private MemberReRankingProcess() {
    }

    public static String businessKey(String memberCode, int year, long voteId) {
        return memberCode + ":" + year + ":rerank:" + voteId;
    }
}
