package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.vote.VoteAccessPolicy.Access.*;
import static vn.tongket.vote.VoteAccessPolicy.Resource.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoteAccessPolicyTest {

    static final VoteAccessPolicy.VoteScope VOTE = new VoteAccessPolicy.VoteScope("bch-U1", "btv-BLOC", Set.of("cand"), Set.of());

    static VoteAccessPolicy.Access access(VoteAccessPolicy.Resource r, String user, boolean board, String... groups) {
        return VoteAccessPolicy.decide(r, new VoteAccessPolicy.Subject(user, List.of(groups), board), VOTE);
    }

    @Test
    void voter_seesResultsAndMinutes_butDoesNoBoardWorkUnlessOnTheBoard() {
        assertThat(access(RESULTS, "v1", false, "dang-vien", "bch-U1")).isEqualTo(FULL);
        assertThat(access(MINUTES, "v1", false, "dang-vien", "bch-U1")).isEqualTo(FULL);
        assertThat(access(BOARD_WORK, "v1", false, "dang-vien", "bch-U1")).isEqualTo(NONE);
        assertThat(access(BOARD_WORK, "v1", true, "dang-vien", "bch-U1")).isEqualTo(FULL);
    }

    @Test
    void superiorCollective_seesResultsAndMinutes_C_III_4() {
        assertThat(access(RESULTS, "s1", false, "btv-BLOC")).isEqualTo(FULL);
        assertThat(access(MINUTES, "s1", false, "btv-BLOC")).isEqualTo(FULL);
    }

    @Test
    void candidate_seesOwnLineOnly_neverMinutes_neverBoardWork_evenIfRecordedOnBoard() {
        assertThat(access(RESULTS, "cand", false, "dang-vien")).isEqualTo(OWN_LINE);
        assertThat(access(MINUTES, "cand", false, "dang-vien")).isEqualTo(NONE);
        assertThat(access(BOARD_WORK, "cand", true, "bch-U1")).isEqualTo(NONE);
    }

    @Test
    void otherMember_otherUnit_organizationBoard_admin_refused() {
        for (String[] g : List.of(new String[] {"chi-bo-U1-CB"}, new String[] {"bch-U2", "btv-U2"}, new String[] {"ban-to-chuc"},
                new String[] {"camunda-admin"})) {
            for (VoteAccessPolicy.Resource r : VoteAccessPolicy.Resource.values()) {
                assertThat(access(r, "x", false, g)).as(r + " " + List.of(g)).isEqualTo(NONE);
            }
        }
    }

    @Test
    void organizationBoard_isReaderWhereItIsTheSuperior() {
        var bloc = new VoteAccessPolicy.VoteScope("bch-BLOC", "ban-to-chuc", Set.of(), Set.of());
        assertThat(VoteAccessPolicy.decide(MINUTES, new VoteAccessPolicy.Subject("b", List.of("ban-to-chuc"), false), bloc)).isEqualTo(FULL);
    }

    @Test
    void recordedPublication_widensResultsOnly_notTheSecretMinutes() {
        var published = new VoteAccessPolicy.VoteScope("bch-U1", "btv-BLOC", Set.of("cand"), Set.of("dang-vien-U1"));
        var s = new VoteAccessPolicy.Subject("m", List.of("dang-vien-U1"), false);
        assertThat(VoteAccessPolicy.decide(RESULTS, s, published)).isEqualTo(FULL);
        assertThat(VoteAccessPolicy.decide(MINUTES, s, published)).isEqualTo(NONE);
        assertThat(VoteAccessPolicy.decide(RESULTS, s, VOTE)).isEqualTo(NONE);
    }

    @Test
    void requestsUntil15DaysBefore_inclusive_answersUntil3DaysBefore() {
        var w = new VoteWindows(LocalDate.of(2015, 12, 20), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(w.requestsOpen(Instant.parse("2015-12-05T16:59:59Z"))).isTrue();   // 05/12 23:59:59 +07
        assertThat(w.requestsOpen(Instant.parse("2015-12-05T17:00:00Z"))).isFalse();  // 06/12 00:00 +07
        assertThat(w.answersOpen(Instant.parse("2015-12-17T16:59:59Z"))).isTrue();
        assertThat(w.answersOpen(Instant.parse("2015-12-17T17:00:00Z"))).isFalse();
    }
}
