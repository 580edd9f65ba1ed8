package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tongket.vote.Level.HIGH;
import static vn.tongket.vote.Level.LOW;
import static vn.tongket.vote.Level.MEDIUM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotValidityTest {

    static final List<String> NAMES = List.of("Nguyễn Văn A", "Lê Thị B", "Trần Văn C");
    final BallotValidity byBallot = new BallotValidity(InvalidMarkScope.BALLOT);
    final BallotValidity byCandidate = new BallotValidity(InvalidMarkScope.CANDIDATE);

    static Ballot ballot(CandidateMark... marks) {
        return new Ballot("001", List.of(marks), false, false);
    }

    static CandidateMark boxes(Level... levels) {
        return new CandidateMark(levels.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(levels)), false, false);
    }

    @Test
    void oneBoxPerName_issued_valid() {
        var v = byBallot.check(ballot(CandidateMark.of(HIGH), CandidateMark.of(MEDIUM), CandidateMark.of(LOW)), true, NAMES);
        assertThat(v.ballotValid()).isTrue();
        assertThat(v.counted()).containsExactly(HIGH, MEDIUM, LOW);
        assertThat(v.reasons()).isEmpty();
    }

    @Test
    void signature_doesNotInvalidate() {
        var b = new Ballot("001", List.of(CandidateMark.of(HIGH), CandidateMark.of(HIGH), CandidateMark.of(HIGH)), false, true);
        assertThat(byBallot.check(b, true, NAMES).ballotValid()).isTrue();
    }

    @Test
    void serialNotIssued_invalidWholeBallot_inBothScopes() {
        var b = ballot(CandidateMark.of(HIGH), CandidateMark.of(HIGH), CandidateMark.of(HIGH));
        for (var rule : List.of(byBallot, byCandidate)) {
            var v = rule.check(b, false, NAMES);
            assertThat(v.ballotValid()).isFalse();
            assertThat(v.counted()).containsOnlyNulls();
            assertThat(v.reasons()).anyMatch(r -> r.contains("không do ban kiểm phiếu phát ra"));
        }
    }

    @Test
    void otherTextAddedOutsideList_invalidWholeBallot_inBothScopes() {
        var b = new Ballot("001", List.of(CandidateMark.of(HIGH), CandidateMark.of(HIGH), CandidateMark.of(HIGH)), true, false);
        for (var rule : List.of(byBallot, byCandidate)) {
            assertThat(rule.check(b, true, NAMES).counted()).containsOnlyNulls();
        }
    }

    @Test
    void nameStruck_invalidWholeBallot_byDefault() {
        var struck = new CandidateMark(Set.of(HIGH), true, false);
        var v = byBallot.check(ballot(CandidateMark.of(HIGH), struck, CandidateMark.of(LOW)), true, NAMES);
        assertThat(v.ballotValid()).isFalse();
        assertThat(v.counted()).containsOnlyNulls();
        assertThat(v.reasons()).containsExactly("Gạch xóa họ tên Lê Thị B");
    }

    @Test
    void nameStruck_voidsOnlyThatName_whenScopeCandidate() {
        var struck = new CandidateMark(Set.of(), true, false);
        var v = byCandidate.check(ballot(CandidateMark.of(HIGH), struck, CandidateMark.of(LOW)), true, NAMES);
        assertThat(v.ballotValid()).isFalse();
        assertThat(v.counted()).containsExactly(HIGH, null, LOW);
    }

    @Test
    void textAddedNextToName_invalid() {
        var added = new CandidateMark(Set.of(MEDIUM), false, true);
        assertThat(byBallot.check(ballot(added, CandidateMark.of(HIGH), CandidateMark.of(HIGH)), true, NAMES).counted()).containsOnlyNulls();
        assertThat(byCandidate.check(ballot(added, CandidateMark.of(HIGH), CandidateMark.of(HIGH)), true, NAMES).counted())
                .containsExactly(null, HIGH, HIGH);
    }

    @Test
    void noBoxForOneName_invalidWholeBallot_byDefault() {
        var v = byBallot.check(ballot(CandidateMark.of(HIGH), boxes(), CandidateMark.of(LOW)), true, NAMES);
        assertThat(v.counted()).containsOnlyNulls();
        assertThat(v.reasons()).containsExactly("Không đánh dấu ô nào cho Lê Thị B");
    }

    @Test
    void twoBoxesForOneName_invalid() {
        var v = byBallot.check(ballot(boxes(HIGH, LOW), CandidateMark.of(HIGH), CandidateMark.of(LOW)), true, NAMES);
        assertThat(v.ballotValid()).isFalse();
        assertThat(v.reasons()).containsExactly("Đánh dấu 2 ô cho Nguyễn Văn A");
        assertThat(byCandidate.check(ballot(boxes(HIGH, LOW), CandidateMark.of(HIGH), CandidateMark.of(LOW)), true, NAMES).counted())
                .containsExactly(null, HIGH, LOW);
    }

    @Test
    void threeBoxesForOneName_invalid() {
        var v = byBallot.check(ballot(CandidateMark.of(HIGH), CandidateMark.of(HIGH), boxes(HIGH, MEDIUM, LOW)), true, NAMES);
        assertThat(v.counted()).containsOnlyNulls();
        assertThat(v.reasons()).containsExactly("Đánh dấu 3 ô cho Trần Văn C");
    }

    @Test
    void markCountMustMatchCandidates() {
        assertThatThrownBy(() -> byBallot.check(ballot(CandidateMark.of(HIGH)), true, NAMES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encoding_roundTripsEveryMark() {
        for (int code = 0; code < 32; code++) {
            char c = "0123456789ABCDEFGHIJKLMNOPQRSTUV".charAt(code);
            assertThat(CandidateMark.decode(c).encode()).isEqualTo(c);
        }
        var b = new Ballot("7", List.of(boxes(HIGH, LOW), new CandidateMark(Set.of(MEDIUM), true, true), boxes()), true, true);
        assertThat(Ballot.decode("7", b.encodeMarks(), true)).isEqualTo(b);
        assertThat(new Ballot("1", List.of(CandidateMark.of(HIGH), CandidateMark.of(MEDIUM), CandidateMark.of(LOW)), false, false)
                .encodeMarks()).isEqualTo("124");
    }
}
