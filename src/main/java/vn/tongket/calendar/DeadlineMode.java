package vn.tongket.calendar;

/** How the guidance words a date: "trước ngày X" (done before X) or "chậm nhất ngày X" (X itself still counts). */
public enum DeadlineMode {
    /** "xong trước ngày X": late from the first moment of X. */
    BEFORE,
    /** "chậm nhất ngày X": late from the first moment of the day after X. */
    AT_THE_LATEST
}
