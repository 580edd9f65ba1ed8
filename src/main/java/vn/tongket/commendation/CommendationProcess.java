package vn.tongket.commendation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.tongket.common.DomainException;

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

    /** A typed process variable. */
    public record Var<T>(String name, Class<T> type) {
        public T get(VariableScope scope) {
            Object v = scope.getVariable(name);
            if (v == null) {
                return null;
            }
            if (type == Long.class && v instanceof Number n) {
                return type.cast(n.longValue());
            }
            if (type == Integer.class && v instanceof Number n) {
                return type.cast(n.intValue());
            }
            return type.cast(v);
        }

        public T require(VariableScope scope) {
            T v = get(scope);
            if (v == null) {
                throw new DomainException(name, "Thiếu biến quy trình " + name);
            }
            return v;
        }

        public void set(VariableScope scope, T value) {
            scope.setVariable(name, value);
        }
    }

    public static final Var<String> UNIT_CODE = new Var<>("unitCode", String.class);
    public static final Var<Integer> CAMPAIGN_YEAR = new Var<>("campaignYear", Integer.class);
    public static final Var<Boolean> BLOC_LEVEL = new Var<>("blocLevel", Boolean.class);
    public static final Var<String> COMMITTEE_GROUP = new Var<>("committeeGroup", String.class);
    public static final Var<String> BLOC_COMMITTEE_GROUP = new Var<>("blocCommitteeGroup", String.class);
    public static final Var<Long> DOSSIER_ID = new Var<>("dossierId", Long.class);
    public static final Var<String> ELIGIBILITY_SUMMARY = new Var<>("eligibilitySummary", String.class);
    public static final Var<Integer> ELIGIBLE_COUNT = new Var<>("eligibleCount", Integer.class);
    public static final String ELIGIBLE_OPTIONS = "eligibleOptions";
    public static final String SELECTED_CANDIDATES = "selectedCandidates";
    public static final Var<String> JUDGEMENT_NOTE = new Var<>("judgementNote", String.class);
    public static final Var<Boolean> HAS_PROPOSALS = new Var<>("hasProposals", Boolean.class);
    public static final Var<Integer> PROPOSAL_COUNT = new Var<>("proposalCount", Integer.class);
    public static final Var<Integer> REMINDER_COUNT = new Var<>("reminderCount", Integer.class);
    public static final Var<String> BLOC_SUMMARY = new Var<>("blocSummary", String.class);
    public static final String CERTIFICATE_OPTIONS = "certificateOptions";
    public static final String PROVINCE_OPTIONS = "provinceOptions";
    public static final String GRANTED_CERTIFICATES = "grantedCertificates";
    public static final String PROVINCE_SELECTION = "provinceSelection";
    public static final Var<String> BLOC_DECISION_NO = new Var<>("blocDecisionNo", String.class);
    public static final String BLOC_DECISION_DATE = "blocDecisionDate";
    public static final Var<String> PROVINCE_DECISION_NO = new Var<>("provinceDecisionNo", String.class);
    public static final String PROVINCE_DECISION_DATE = "provinceDecisionDate";
    public static final Var<Integer> HISTORY_ROWS = new Var<>("historyRowsWritten", Integer.class);

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
