package vn.tongket.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overdue lists of one deadline (plain Java): the units still late, grouped by the superior body that must
 * act on them (cấp ủy cấp trên trực tiếp; the BTV Đảng ủy Khối through the Ban Tổ chức for the organizations
 * directly under the bloc), each line naming the unit, the stage and the rule of the guidance it breaks.
 */
public final class OverdueList {

    /** A unit still late in a stage, with the superior body that must act on it. */
    public record Entry(String unitCode, String unitName, Stage stage, String superiorKey, String superiorName) {
    }

    /** The list one superior body receives. */
    public record Notice(String superiorKey, String superiorName, List<Entry> entries) {
        public String text(String deadlineLabel) {
            StringBuilder b = new StringBuilder("Đến hạn " + deadlineLabel + ", " + entries.size()
                    + " việc của các đơn vị dưới đây chưa xong (đơn vị tạm dừng kiểm điểm chờ kết luận kiểm tra không tính chậm):\n");
            for (Entry e : entries) {
                b.append("- ").append(e.unitName()).append(" (").append(e.unitCode()).append("): ")
                        .append(e.stage().label()).append(" — ").append(e.stage().rule()).append('\n');
            }
            return b.toString();
        }
    }

    private OverdueList() {
    }

    /** One notice per superior body, in the order the bodies first appear; each notice's lines by stage, then unit. */
    public static List<Notice> group(List<Entry> late) {
        Map<String, List<Entry>> by = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Entry e : late) {
            by.computeIfAbsent(e.superiorKey(), k -> new ArrayList<>()).add(e);
            names.putIfAbsent(e.superiorKey(), e.superiorName());
        }
        List<Notice> out = new ArrayList<>();
        by.forEach((k, entries) -> {
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing(Entry::stage).thenComparing(Entry::unitCode));
            out.add(new Notice(k, names.get(k), List.copyOf(sorted)));
        });
        return out;
    }
}
