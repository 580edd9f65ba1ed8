package vn.tongket.ranking;

import vn.tongket.common.CallActivityContract;
import vn.tongket.common.ProcessVar;

/** Key, element ids and variable names of {@code processes/ranking.bpmn}. */
public final class RankingProcess {

    public static final String KEY = "QualityRankingProcess";

    public static final String TASK_SELF_SCORE = "Task_SelfScore";
    public static final String TASK_SUPERIOR_SCORE = "Task_SuperiorScore";
    public static final String TASK_DECIDE_CATEGORY = "Task_DecideCategory";
    public static final String TASK_RANK_BRANCH_MEMBERS = "Task_RankBranchMembers";
    public static final String TASK_CONFIRM_MEMBER_RANKING = "Task_ConfirmMemberRanking";
    public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdueRanking";
    public static final String TASK_SCHEDULE_CONFERENCE = "Task_ScheduleYearEndConference";
    public static final String TASK_SUMMARY_REPORT = "Task_DraftSummaryReport";
    public static final String SUBPROCESS_RANKING = "SubProcess_Ranking";
    public static final String TIMER_REMINDER = "BoundaryEvent_RankingReminder";
    public static final String TIMER_OVERDUE = "BoundaryEvent_RankingOverdue";
    public static final String SERVICE_RECORD_UNIT_RANKING = "Task_RecordUnitRanking";
    public static final String END = "Event_RankingDone";

    // variables
    /** The ranking deadline the reminder names (set by the calendar listener). */
    public static final ProcessVar<Object> RANKING_DUE = new ProcessVar<>("rankingDue", Object.class);
    public static final String UNIT_CODE = CallActivityContract.UNIT_CODE.name();
    public static final String CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR.name();
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_COMMITTEE_GROUP = "unitCommitteeGroup";
    public static final String SUPERIOR_GROUP = "superiorGroup";
    public static final String BRANCH_CODE = "branchCode";
    public static final String PROPOSED_CATEGORY = "proposedCategory";
    public static final String PROPOSED_CATEGORY_LABEL = "proposedCategoryLabel";
    public static final String SCORE = "score";
    public static final String CATEGORY = "category";
    public static final String DECISION_REASON = "decisionReason";
    public static final String ACCEPT_BRANCH_RANKING = "acceptBranchRanking";
    public static final String CONFERENCE_DATE = "conferenceDate";
    public static final String BLOC_REPRESENTATIVE = "blocRepresentative";
    public static final String INVITATION_SENT = "invitationSent";
    public static final String REMINDER_COUNT = "reminderCount";
    public static final String REMINDER_CYCLE = "rankingReminderCycle";
    public static final String YEAR_END_CONFERENCE_DEADLINE = "yearEndConferenceDeadline";
    /** The report's sections (form keys), general assessment first, then the four topics of part B.I.2. */
    public static final String[] REPORT_SECTIONS = {"generalAssessment", "topicBranchMeetings", "topicMemberRecords",
            "topicCommitteeBooks", "topicEthicsStandards"};

    private RankingProcess() {
    }

    public static String unitCode(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return (String) scope.getVariable(UNIT_CODE);
    }

    public static int campaignYear(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object y = scope.getVariable(CAMPAIGN_YEAR);
        return y instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(y).trim());
    }
}
