package vn.tongket.common;

/**
 * The variables every call activity passes to (and through) our processes, declared once with one Java type each.
 * The names are the BPMN's ({@code camunda:in source="unitCode"} …): diagrams and forms use them as they are.
 */
public final class CallActivityContract {

    /** Code of the unit the instance is about (org_unit.code). */
    public static final ProcessVar<String> UNIT_CODE = new ProcessVar<>("unitCode", String.class);
    /** The campaign's year (the year reviewed, e.g. 2013). */
    public static final ProcessVar<Integer> CAMPAIGN_YEAR = new ProcessVar<>("campaignYear", Integer.class);
    /** Id of the campaign row (campaign.id) the annual cycle opened. */
    public static final ProcessVar<Long> CAMPAIGN_ID = new ProcessVar<>("campaignId", Long.class);
    /** Multi-instance loop counter the engine sets on each inner instance. */
    public static final ProcessVar<Integer> LOOP_COUNTER = new ProcessVar<>("loopCounter", Integer.class);

    private CallActivityContract() {
    }
}
