package vn.tongket.commendation;

import vn.tongket.common.CallActivityContract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.tongket.common.DomainException;
import vn.tongket.common.ProcessVar;

/**
 * CommendationProcess ({@code processes/commendation.bpmn}): its key, element ids and typed variables.
 * Started per grassroots organization and year (unit level: eligibility, selection, dossier, 18/01 cut-off) and
 * once for the bloc with {@code unitCode} = the bloc's code (bloc level: council, BTV ĐUK, decisions).
 */
public final class CommendationProcess {

    public static final String KEY = "CommendationProcess";

    public static final String TASK_PREPARE = "Task_PrepareCommendation";
    public static final String SUBPROCESS_DOSSIER = "SubProcess_Dossier";
    public static final String TASK_COMPUTE_ELIGIBILITY = "Task_ComputeEligibility";
    public static final String TASK_SELECT_PROPOSALS = "Task_SelectProposals";
    public static final String TASK_PREPARE_DOSSIER = "Task_PrepareDossier";
    public static final String TASK_RECORD_NO_PROPOSAL = "Task_RecordNoProposal";
    public static final String BOUNDARY_CUT_OFF = "BoundaryEvent_CutOff";
    public static final String BOUNDARY_REMINDER = "BoundaryEvent_Reminder";
    public static final String TASK_CLOSE_NOT_PROPOSED = "Task_CloseNotProposed";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String TASK_RECEIVE_DOSSIER = "Task_ReceiveDossier";
    public static final String END_SUBMITTED = "EndEvent_Submitted";
    public static final String END_NO_PROPOSAL = "EndEvent_NoProposal";
    public static final String END_NOT_PROPOSED_LATE = "EndEvent_NotProposedLate";
    public static final String EVENT_WAIT_FOR_CUT_OFF = "Event_WaitForCutOff";
    public static final String TASK_RANK_PROPOSALS = "Task_RankProposals";
    public static final String TASK_COUNCIL_REVIEW = "Task_CouncilReview";
    public static final String TASK_BLOC_DECISION = "Task_BlocDecision";
    public static final String TASK_ENTER_DECISIONS = "Task_EnterDecisions";
    public static final String END_DECIDED = "EndEvent_Decided";

    /** The dossier deadline the reminder names (set by the calendar listener). */
    public static final ProcessVar<Object> COMMENDATION_DUE = new ProcessVar<>("commendationDue", Object.class);
    public static final ProcessVar<String> UNIT_CODE = CallActivityContract.UNIT_CODE;
    public static final ProcessVar<Integer> CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR;
    public static final ProcessVar<Boolean> BLOC_LEVEL = new ProcessVar<>("blocLevel", Boolean.class);
    public static final ProcessVar<String> COMMITTEE_GROUP = new ProcessVar<>("committeeGroup", String.class);
    public static final ProcessVar<String> BLOC_COMMITTEE_GROUP = new ProcessVar<>("blocCommitteeGroup", String.class);
    public static final ProcessVar<Long> DOSSIER_ID = new ProcessVar<>("dossierId", Long.class);
    public static final ProcessVar<String> ELIGIBILITY_SUMMARY = new ProcessVar<>("eligibilitySummary", String.class);
    public static final ProcessVar<Integer> ELIGIBLE_COUNT = new ProcessVar<>("eligibleCount", Integer.class);
    public static final String ELIGIBLE_OPTIONS = "eligibleOptions";
    public static final String SELECTED_CANDIDATES = "selectedCandidates";
    public static final ProcessVar<String> JUDGEMENT_NOTE = new ProcessVar<>("judgementNote", String.class);
    public static final ProcessVar<Boolean> HAS_PROPOSALS = new ProcessVar<>("hasProposals", Boolean.class);
    public static final ProcessVar<Integer> PROPOSAL_COUNT = new ProcessVar<>("proposalCount", Integer.class);
    public static final ProcessVar<Integer> REMINDER_COUNT = new ProcessVar<>("reminderCount", Integer.class);
    public static final ProcessVar<String> BLOC_SUMMARY = new ProcessVar<>("blocSummary", String.class);
    public static final String CERTIFICATE_OPTIONS = "certificateOptions";
    public static final String PROVINCE_OPTIONS = "provinceOptions";
    public static final String GRANTED_CERTIFICATES = "grantedCertificates";
    public static final String PROVINCE_SELECTION = "provinceSelection";
    public static final ProcessVar<String> BLOC_DECISION_NO = new ProcessVar<>("blocDecisionNo", String.class);
    public static final String BLOC_DECISION_DATE = "blocDecisionDate";
    public static final ProcessVar<String> PROVINCE_DECISION_NO = new ProcessVar<>("provinceDecisionNo", String.class);
    public static final String PROVINCE_DECISION_DATE = "provinceDecisionDate";
    public static final ProcessVar<Integer> HISTORY_ROWS = new ProcessVar<>("historyRowsWritten", Integer.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommendationProcess() {
    }

    /** Options of a Camunda Forms checklist ({@code valuesKey}): a Json variable of [{label, value}]. */
    public static JsonValue options(List<?> options) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ids chosen in a checklist: Spin Json array (Tasklist), a Java collection or a JSON / comma-separated string
     * (REST, tests). Null means none.
     */
    public static List<Long> ids(Object value, String field) {
        List<Long> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<String> raw = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(x -> raw.add(String.valueOf(x)));
        } else {
            String s = value.toString().trim();
            if (s.startsWith("[")) {
                try {
                    JSON.readValue(s, new TypeReference<List<Object>>() { }).forEach(x -> raw.add(String.valueOf(x)));
                } catch (Exception e) {
                    throw new DomainException(field, "Danh sách lựa chọn không đọc được");
                }
            } else if (!s.isEmpty()) {
                raw.addAll(List.of(s.split(",")));
            }
        }
        for (String r : raw) {
            try {
                out.add(Long.parseLong(r.trim()));
            } catch (NumberFormatException e) {
                throw new DomainException(field, "Giá trị lựa chọn không hợp lệ: " + r);
            }
        }
        return out;
    }
}
