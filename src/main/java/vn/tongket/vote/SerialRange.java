package vn.tongket.vote;

import java.util.ArrayList;
import java.util.List;
import vn.tongket.common.DomainException;

/**
 * A range of ballot serials {@code from..to} as the counting board prints them (prefix, zero padding), bounded:
 * 1 ≤ from ≤ to, at most {@link #MAX_PER_CALL} serials per call, width ≤ 9, and the arithmetic in {@code long}
 * so that {@code to = Integer.MAX_VALUE} cannot overflow the loop (issue 10, finding 2).
 */
public final class SerialRange {

    /** Serials issued in one call: a conference of the bloc's BCH has well under a hundred voters. */
    public static final int MAX_PER_CALL = 2_000;
    public static final int MAX_WIDTH = 9;
    public static final long MAX_SERIAL = 999_999_999L;

    private SerialRange() {
    }

    public static List<String> expand(Long from, Long to, Integer width, String prefix) {
        if (from == null || to == null) {
            throw new DomainException(from == null ? "from" : "to", "Dải số phiếu cần cả số đầu (from) và số cuối (to)");
        }
        if (from < 1) {
            throw new DomainException("from", "Số phiếu đầu (from) phải từ 1 trở lên, nhận " + from);
        }
        if (to < from) {
            throw new DomainException("to", "Số phiếu cuối (to = " + to + ") không được nhỏ hơn số phiếu đầu (from = " + from + ")");
        }
        if (to > MAX_SERIAL) {
            throw new DomainException("to", "Số phiếu cuối (to) tối đa là " + MAX_SERIAL + ", nhận " + to);
        }
        if (to - from + 1 > MAX_PER_CALL) {
            throw new DomainException("to", "Mỗi lần chỉ phát tối đa " + MAX_PER_CALL + " số phiếu (from = " + from
                    + ", to = " + to + ")");
        }
        int w = width == null ? 1 : width;
        if (w < 1 || w > MAX_WIDTH) {
            throw new DomainException("width", "Số chữ số (width) phải từ 1 đến " + MAX_WIDTH + ", nhận " + w);
        }
        String p = prefix == null ? "" : prefix;
        if (!p.matches("[A-Za-z0-9-]{0,10}")) {
            throw new DomainException("prefix", "Tiền tố số phiếu (prefix) chỉ gồm chữ, số, gạch nối, tối đa 10 ký tự");
        }
        String fmt = "%0" + w + "d";
        List<String> out = new ArrayList<>((int) (to - from + 1));
        for (long i = from; i <= to; i++) {
            out.add(p + String.format(fmt, i));
        }
        return out;
    }
}
