package vn.tongket.evaluation;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * A small grassroots committee for evaluation tests, under the existing bloc (or a new one when the database
 * has none): G (đảng bộ cơ sở with BTV) ⊃ branch B. Secretary {@link #secretary} and standing member
 * {@link #standing} of G (both in btv-G), chi ủy secretary {@link #branchSecretary}, a plain member
 * {@link #plain} and a Ban Tổ chức member {@link #board}.
 */
public class EvaluationTestData {

    public final OrgFixture f;
    public final OrgUnit bloc;
    public final OrgUnit grassroots;
    public final OrgUnit branch;
    public final PartyMember secretary;
    public final PartyMember standing;
    public final PartyMember branchSecretary;
    public final PartyMember plain;
    public final PartyMember board;

    public EvaluationTestData(OrgUnitRepository units, PartyMemberRepository members, PositionRepository positions,
                              String prefix) {
        f = new OrgFixture(units, members, positions, prefix);
        bloc = units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC).stream().findFirst()
                .orElseGet(() -> f.unit("DUK", "Đảng bộ Khối (kiểm thử)", UnitKind.BLOC, null, true));
        grassroots = f.unit("G", "Đảng bộ Sở Kiểm thử " + prefix, UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        branch = f.unit("B", "Chi bộ Văn phòng " + prefix, UnitKind.BRANCH, grassroots, false);
        secretary = f.member("SEC", "Lê Văn Bí", branch);
        standing = f.member("STM", "Trần Thị Thường", branch);
        branchSecretary = f.member("CUY", "Phạm Văn Chi", branch);
        plain = f.member("DV", "Nguyễn Văn Dân", branch);
        board = f.member("BTC", "Hoàng Thị Tổ", branch);
        f.position(secretary, grassroots, PositionRole.SECRETARY, "Bí thư Đảng ủy");
        f.position(standing, grassroots, PositionRole.STANDING_MEMBER, "Ủy viên BTV Đảng ủy");
        f.position(branchSecretary, branch, PositionRole.SECRETARY);
        f.position(board, grassroots, PositionRole.ORGANIZATION_BOARD);
    }

    /**
     * Takes the test's units, members and posts out of the live model after the class (units inactive, members
     * transferred out, posts ended; history rows stay): other ITs sharing the database see the demo bloc as loaded
     * and the annual cycle never starts processes for test units. A later identity sync drops their users.
     */
    public static void retire(JdbcTemplate jdbc, String codePrefix) {
        String like = codePrefix + "%";
        jdbc.update("update org_position set end_date = ? where end_date is null and member_id in "
                + "(select id from party_member where code like ?)", java.sql.Date.valueOf(LocalDate.of(2010, 1, 2)), like);
        jdbc.update("update party_member set status = 'TRANSFERRED_OUT' where code like ?", like);
        jdbc.update("update org_unit set active = ? where code like ?", false, like);
    }

    public static void ranking(MemberRankingRepository rankings, PartyMember m, int year, MemberCategory self, MemberCategory fin) {
        MemberRankingRecord r = new MemberRankingRecord(m.getId(), year, HistorySource.PROCESS);
        r.setSelfCategory(self);
        r.setBranchCategory(fin);
        r.setFinalCategory(fin);
        rankings.save(r);
    }

    public static void vote(ConfidenceResultRepository votes, PartyMember m, int year, OrgUnit place,
                            int collected, int high, int medium, int low) {
        votes.save(new ConfidenceResultRecord(m.getId(), year, place.getId(), "Ủy viên BTV", collected, collected,
                high + medium + low, high, medium, low, HistorySource.PROCESS));
    }

    /** Retires the test units of {@code codePrefix} and syncs the engine's identities again (for @AfterAll). */
    public static void retireAndResync(JdbcTemplate jdbc, vn.tongket.identity.IdentitySyncService identitySync,
                                       org.springframework.transaction.PlatformTransactionManager transactions,
                                       String codePrefix) {
        retire(jdbc, codePrefix);
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(s -> identitySync.sync());
    }

    /** Moves the engine clock to 05/01 of the year after {@code campaignYear}, 9:00 in the campaign zone (D, due 20/01). */
    public static void clockOnDecisionDay(int campaignYear) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(
                campaignYear + 1, 1, 5, 9, 0, 0, 0, vn.tongket.common.CampaignTime.zone()).toInstant()));
    }
}
