package vn.tongket.tasklist;

/**
 * What a task's name says about whom it is for: "Viết bản kiểm điểm cá nhân, tự xếp loại — Chi bộ Văn phòng".
 * Plain rules, no engine: the unit (the place of review, the cell, or the process's unit) and the body the task is
 * offered to (its candidate group). When the body's name already names the unit ("Chi ủy Chi bộ Văn phòng") it is
 * shown alone; a superior body working for another unit is shown after it, in brackets.
 */
public final class TaskBodyName {

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
        return name.isEmpty() ? label : name + SEPARATOR + label;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
