package vn.tongket.campaign;

/** State of one unit in one stage, as the dashboard shows it. */
public enum StageState {
    /** The unit's process runs and its deadline has not passed. */
    OPEN("Đang thực hiện"),
    /** The unit's process ended (on time or after being recorded late). */
    DONE("Hoàn thành"),
    /** Still open when the stage deadline passed (recorded in campaign_late_record). */
    LATE("Chậm"),
    /** Paused (e.g. a review waiting for an inspection conclusion): not counted late. */
    PAUSED("Tạm dừng");

    private final String label;

    StageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
