package vn.tongket.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tongket.common.DomainException;

/**
 * The keys of the entry page and the API, one string per printed name: {@code 1} tín nhiệm cao, {@code 2} tín
 * nhiệm, {@code 3} tín nhiệm thấp (several digits = several boxes), {@code S} name struck, {@code T} text added
 * next to the name; an empty string = no box.
 */
public final class MarksFormat {

    private MarksFormat() {
    }

    public static CandidateMark parse(String keys, String name) {
        Set<Level> boxes = EnumSet.noneOf(Level.class);
        boolean struck = false;
        boolean text = false;
        for (char c : (keys == null ? "" : keys).toUpperCase().toCharArray()) {
            switch (c) {
                case '1' -> boxes.add(Level.HIGH);
                case '2' -> boxes.add(Level.MEDIUM);
                case '3' -> boxes.add(Level.LOW);
                case 'S' -> struck = true;
                case 'T' -> text = true;
                case ' ' -> { }
                default -> throw new DomainException("marks", "Ký hiệu “" + c + "” không hợp lệ cho " + name
                        + " (dùng 1 = tín nhiệm cao, 2 = tín nhiệm, 3 = tín nhiệm thấp, S = gạch tên, T = ghi thêm)");
            }
        }
        return new CandidateMark(boxes, struck, text);
    }

    public static String keys(CandidateMark m) {
        StringBuilder sb = new StringBuilder();
        if (m.boxes().contains(Level.HIGH)) sb.append('1');
        if (m.boxes().contains(Level.MEDIUM)) sb.append('2');
        if (m.boxes().contains(Level.LOW)) sb.append('3');
        if (m.nameStruck()) sb.append('S');
        if (m.textAdded()) sb.append('T');
        return sb.toString();
    }

    public static List<String> keysOf(String encoded) {
        String body = encoded.endsWith("+") ? encoded.substring(0, encoded.length() - 1) : encoded;
        return body.chars().mapToObj(c -> keys(CandidateMark.decode((char) c))).toList();
    }
}
