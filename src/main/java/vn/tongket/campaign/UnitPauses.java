package vn.tongket.campaign;

/** A unit's stage paused and resumed (e.g. a review waiting for an inspection conclusion, A.I.3.3 "Lưu ý"). */
public interface UnitPauses {

    /** The unit is shown PAUSED and not counted late while paused. */
    void markPaused(int year, String unitCode, Stage stage);

    /** The pause ended: the unit is open again where it stopped. */
    void markResumed(int year, String unitCode, Stage stage);
}
