package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.vote.VoteAccessPolicy.Access.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoteAccessPolicyTest {

    static VoteAccessPolicy.Access access(String user, String... groups) {
        return VoteAccessPolicy.resultsAccess(user, List.of(groups), false, "bch-U1", "btv-BLOC", Set.of("cand"));
    }

    @Test
    void voter_seesEverything() {
        assertThat(access("v1", "dang-vien", "bch-U1")).isEqualTo(FULL);
    }

    @Test
    void superiorCollective_seesEverything() {
        assertThat(access("s1", "dang-vien", "btv-BLOC", "bch-BLOC")).isEqualTo(FULL);
    }

    @Test
    void candidateNotVoter_seesOwnLineOnly() {
        assertThat(access("cand", "dang-vien")).isEqualTo(OWN_LINE);
    }

    @Test
    void otherMember_refused() {
        assertThat(access("x", "dang-vien", "chi-bo-U1-CB")).isEqualTo(NONE);
    }

    @Test
    void otherUnitsCommittee_refused() {
        assertThat(access("o", "dang-vien", "bch-U2", "btv-U2")).isEqualTo(NONE);
    }

    @Test
    void organizationBoard_refusedUnlessSuperior() {
        assertThat(access("b", "ban-to-chuc")).isEqualTo(NONE);
        assertThat(VoteAccessPolicy.resultsAccess("b", List.of("ban-to-chuc"), false, "bch-BLOC", "ban-to-chuc", Set.of())).isEqualTo(FULL);
    }

    @Test
    void admin_seesEverything() {
        assertThat(VoteAccessPolicy.resultsAccess("admin", List.of("camunda-admin"), true, "bch-U1", "btv-BLOC", Set.of())).isEqualTo(FULL);
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
