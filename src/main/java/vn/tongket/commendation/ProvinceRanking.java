package vn.tongket.commendation;

import java.util.Comparator;
import java.util.List;

/**
 * The ranked list from which the BTV Đảng ủy Khối chooses its 10 + 10 bằng khen proposals: organizations by
 * their score of N, then the sum of their scores over N-2..N; members by the number of years with an emulation
 * title in N-4..N, then the highest title. Ties keep the name order. The ranking orders, the BTV decides.
 */
public final class ProvinceRanking {

    /** A proposal for a bằng khen with its two ranking keys (larger is better) and the figures behind them. */
    public record Entry(long candidateId, Award award, String subjectName, String unitName, long primary,
                        long secondary, String figures) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::primary).reversed()
            .thenComparing(Comparator.comparingLong(Entry::secondary).reversed())
            .thenComparing(Entry::subjectName);

    private ProvinceRanking() {
    }

    public static List<Entry> rank(List<Entry> entries) {
        return entries.stream().sorted(ORDER).toList();
    }
}
