package vn.tongket.vote;

import java.util.ArrayList;
import java.util.List;

/**
 * One paper ballot as read by a clerk: its serial number, one {@link CandidateMark} per printed name (in the
 * ballot's order), text added outside the list, and whether the voter signed it (allowed, C.III.2.4.4: a
 * signature never invalidates a ballot).
 */
public record Ballot(String serial, List<CandidateMark> marks, boolean otherTextAdded, boolean signed) {

    public Ballot {
        if (serial == null || serial.isBlank()) {
            throw new IllegalArgumentException("serial");
        }
        marks = List.copyOf(marks);
    }

    /**
     * The compact form stored per ballot: one character per candidate, then {@code +} when text was added
     * outside the list. The signature is stored apart (it changes nothing).
     */
    public String encodeMarks() {
        StringBuilder sb = new StringBuilder(marks.size() + 1);
        for (CandidateMark m : marks) {
            sb.append(m.encode());
        }
        if (otherTextAdded) {
            sb.append('+');
        }
        return sb.toString();
    }

    public static Ballot decode(String serial, String encoded, boolean signed) {
        boolean other = encoded.endsWith("+");
        String body = other ? encoded.substring(0, encoded.length() - 1) : encoded;
        List<CandidateMark> marks = new ArrayList<>(body.length());
        for (int i = 0; i < body.length(); i++) {
            marks.add(CandidateMark.decode(body.charAt(i)));
        }
        return new Ballot(serial, marks, other, signed);
    }
}
