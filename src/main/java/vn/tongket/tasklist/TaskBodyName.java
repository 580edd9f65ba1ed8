package vn.tongket.tasklist;

/**
 * What a task's name says about whom it is for: "Viết bản kiểm điểm cá nhân, tự xếp loại — Chi bộ Văn phòng".
 * Plain rules, no engine: the unit (the place of review, the cell, or the process's unit) and the body the task is
 * offered to (its candidate group). When the body's name already names the unit ("Chi ủy Chi bộ Văn phòng") it is
 * shown alone; a superior body working for another unit is shown after it, in brackets.
 */
public final class TaskBodyName {

    /** Camunda's task name column (ACT_RU_TASK.NAME_, ACT_HI_TASKINST.NAME_) holds 255 characters. */
    public static final int MAX_LENGTH = 255;

    /** Separator between the task's own name and its body; a name already holding it is left as it is. */
    public static final String SEPARATOR = " — ";

    private TaskBodyName() {
    }

    /** The label of the body and unit, or null when nothing is known. */
    public static String label(String unitName, String bodyName) {
        String unit = blankToNull(unitName);
        String body = blankToNull(bodyName);
        if (unit == null) {
            return body;
        }
        if (body == null || body.contains(unit)) {
            return body == null ? unit : body;
        }
        return unit + " (" + body + ")";
    }

    /** The task's name followed by the label; unchanged when there is no label or the name already carries one. */
    public static String withBody(String taskName, String label) {
        String name = taskName == null ? "" : taskName.strip();
        if (label == null || label.isBlank() || name.contains(SEPARATOR)) {
            return taskName;
        }
        return fit(name.isEmpty() ? label : name + SEPARATOR + label);
    }

    /** Cut to what the engine stores, ending with "…" when cut. */
    public static String fit(String name) {
        return name == null || name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }

    /** The name of a member's self-review task that also serves another place: "… (dùng chung cho cả A; B)". */
    public static String sharedWith(String taskName, String otherPlace) {
        String marker = " (dùng chung cho cả ";
        String place = otherPlace == null || otherPlace.isBlank() ? "nơi kiểm điểm khác" : otherPlace.strip();
        String name = taskName == null ? "" : taskName;
        if (name.contains(place)) {
            return fit(name);
        }
        if (name.contains(marker) && name.endsWith(")")) {
            return fit(name.substring(0, name.length() - 1) + "; " + place + ")");
        }
        return fit(name + marker + place + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
