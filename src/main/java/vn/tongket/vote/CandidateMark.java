package vn.tongket.vote;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a ballot shows next to one printed name: the boxes marked (any subset of the three), the name struck
 * out, text (another name, a remark) written next to it. Encoded in ONE character for compact storage.
 */
public record CandidateMark(Set<Level> boxes, boolean nameStruck, boolean textAdded) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    private static final int STRUCK = 8;
    private static final int TEXT = 16;
    /** Character → code (0..31), -1 when not a code: a table, since the tally reads every character. */
    private static final byte[] CODES = new byte[128];

    static {
        java.util.Arrays.fill(CODES, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            CODES[ALPHABET.charAt(i)] = (byte) i;
            CODES[Character.toLowerCase(ALPHABET.charAt(i))] = (byte) i;
        }
    }

    public CandidateMark {
        boxes = boxes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(boxes));
    }

    public static CandidateMark of(Level level) {
        return new CandidateMark(Set.of(level), false, false);
    }

    public static CandidateMark empty() {
        return new CandidateMark(Set.of(), false, false);
    }

    /** Well marked: exactly one box, name not struck, nothing added. */
    public boolean isValid() {
        return boxes.size() == 1 && !nameStruck && !textAdded;
    }

    /** The single box of a valid mark. */
    public Level level() {
        if (!isValid()) {
            throw new IllegalStateException("Not a valid mark: " + this);
        }
        return boxes.iterator().next();
    }

    public char encode() {
        int v = (nameStruck ? STRUCK : 0) | (textAdded ? TEXT : 0);
        for (Level l : boxes) {
            v |= l.bit();
        }
        return ALPHABET.charAt(v);
    }

    public static CandidateMark decode(char c) {
        int v = codeOf(c);
        Set<Level> boxes = EnumSet.noneOf(Level.class);
        for (Level l : Level.values()) {
            if ((v & l.bit()) != 0) {
                boxes.add(l);
            }
        }
        return new CandidateMark(boxes, (v & STRUCK) != 0, (v & TEXT) != 0);
    }

    /** The integer code of one encoded character (0..31), or -1 when it is not a code. */
    static int codeOrMinusOne(char c) {
        return c < 128 ? CODES[c] : -1;
    }

    static int codeOf(char c) {
        int v = codeOrMinusOne(c);
        if (v < 0) {
            throw new IllegalArgumentException("Not a mark code: " + c);
        }
        return v;
    }

    /** Valid code with exactly one box and no flag: 1 HIGH, 2 MEDIUM, 4 LOW. */
    static Level singleLevelOf(int code) {
        return switch (code) {
            case 1 -> Level.HIGH;
            case 2 -> Level.MEDIUM;
            case 4 -> Level.LOW;
            default -> null;
        };
    }
}
