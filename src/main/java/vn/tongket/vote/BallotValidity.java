package vn.tongket.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The invalid-ballot rules of C.III.2.2, quoted: "Phiếu không hợp lệ là phiếu có một trong các trường hợp sau:
 * phiếu không do ban kiểm phiếu phát ra; phiếu gạch xóa họ tên người được in trên phiếu; phiếu ghi thêm tên người
 * hoặc các thông tin khác vào phiếu; phiếu không đánh dấu vào ô nào hoặc đánh dấu vào hai hoặc ba ô tương ứng với
 * tên của một người được lấy phiếu tín nhiệm." A signature is allowed (C.III.2.4.4) and changes nothing.
 * <p>
 * With {@link InvalidMarkScope#BALLOT} (default, the wording) any badly marked name voids the whole ballot;
 * with {@link InvalidMarkScope#CANDIDATE} it voids that name only. A ballot not issued, or with text added outside
 * the list, is void as a whole either way.
 */
public final class BallotValidity {

    private final InvalidMarkScope scope;

    public BallotValidity(InvalidMarkScope scope) {
        this.scope = scope;
    }

    public InvalidMarkScope scope() {
        return scope;
    }

    /**
     * The reading of one ballot: whether the ballot as a whole is valid, the level counted for each candidate
     * ({@code null} where nothing is counted), and the reasons in Vietnamese for the entry screen and the minutes.
     */
    public record Verdict(boolean ballotValid, List<Level> counted, List<String> reasons) {
        public boolean candidateValid(int index) {
            return counted.get(index) != null;
        }
    }

    public Verdict check(Ballot ballot, boolean issued, List<String> candidateNames) {
        if (ballot.marks().size() != candidateNames.size()) {
            throw new IllegalArgumentException("Ballot has " + ballot.marks().size() + " marks for "
                    + candidateNames.size() + " candidates");
        }
        List<String> reasons = new ArrayList<>();
        boolean wholeVoid = false;
        if (!issued) {
            reasons.add("Phiếu không do ban kiểm phiếu phát ra (số " + ballot.serial() + " không có trong danh sách phát)");
            wholeVoid = true;
        }
        if (ballot.otherTextAdded()) {
            reasons.add("Phiếu ghi thêm tên người hoặc thông tin khác");
            wholeVoid = true;
        }
        boolean[] badName = new boolean[candidateNames.size()];
        boolean anyBad = false;
        for (int i = 0; i < candidateNames.size(); i++) {
            CandidateMark m = ballot.marks().get(i);
            String name = candidateNames.get(i);
            if (m.nameStruck()) {
                reasons.add("Gạch xóa họ tên " + name);
            }
            if (m.textAdded()) {
                reasons.add("Ghi thêm tên người hoặc thông tin khác cạnh tên " + name);
            }
            if (m.boxes().isEmpty()) {
                reasons.add("Không đánh dấu ô nào cho " + name);
            } else if (m.boxes().size() > 1) {
                reasons.add("Đánh dấu " + m.boxes().size() + " ô cho " + name);
            }
            badName[i] = !m.isValid();
            anyBad |= badName[i];
        }
        if (anyBad && scope == InvalidMarkScope.BALLOT) {
            wholeVoid = true;
        }
        Level[] counted = new Level[candidateNames.size()];
        if (!wholeVoid) {
            for (int i = 0; i < counted.length; i++) {
                counted[i] = badName[i] ? null : ballot.marks().get(i).level();
            }
        }
        return new Verdict(!wholeVoid && !anyBad, Collections.unmodifiableList(Arrays.asList(counted)), List.copyOf(reasons));
    }
}
