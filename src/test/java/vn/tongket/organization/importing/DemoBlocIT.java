package vn.tongket.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.UnitKind;

/** The demo bloc is loaded at start (test profile, demo enabled) through the import, and identity follows it. */
@SpringBootTest
class DemoBlocIT {

    @Autowired
    OrganizationService organization;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommendationRepository commendations;
    @Autowired
    UnitRankingRepository unitRankings;

    @Test
    @Transactional
    void demoBloc_hasTheUnitsOfEachKind_andAboutOneHundredFiftyMembers() {
        OrgUnit bloc = organization.unit("DUK");
        assertThat(bloc.getKind()).isEqualTo(UnitKind.BLOC);
        List<OrgUnit> tree = organization.subtree(bloc);
        Map<UnitKind, Long> byKind = tree.stream().collect(Collectors.groupingBy(OrgUnit::getKind, Collectors.counting()));
        assertThat(byKind).containsEntry(UnitKind.BLOC, 1L)
                .containsEntry(UnitKind.GRASSROOTS_COMMITTEE, 4L)
                .containsEntry(UnitKind.SUB_COMMITTEE, 1L)
                .containsEntry(UnitKind.BRANCH, 10L)
                .containsEntry(UnitKind.GRASSROOTS_BRANCH, 4L)
                .containsEntry(UnitKind.CELL, 3L)
                .containsEntry(UnitKind.MASS_ORGANIZATION, 3L);
        List<PartyMember> members = tree.stream().filter(u -> u.getKind().isBranch())
                .flatMap(u -> organization.membersOf(u).stream()).toList();
        assertThat(members).hasSize(150);
        assertThat(members).extracting(PartyMember::getStatus)
                .contains(MemberStatus.ON_LEAVE, MemberStatus.ILL, MemberStatus.UNDER_DISCIPLINE);

        OrgUnit vpub = organization.unit("VPUB");
        assertThat(organization.membersOf(vpub)).hasSizeGreaterThan(30);
        assertThat(organization.children(vpub)).extracting(OrgUnit::getCode).containsExactly("VPUB-T1", "VPUB-T2", "VPUB-T3");
        int inCells = organization.children(vpub).stream().mapToInt(c -> organization.membersOf(c).size()).sum();
        assertThat(inCells).isEqualTo(organization.membersOf(vpub).size());

        assertThat(organization.standingCommitteeMembers(bloc)).extracting(PartyMember::getCode)
                .containsExactlyInAnyOrder("DV0001", "DV0002", "DV0003", "DV0004", "DV0005", "DV0006");
        assertThat(organization.executiveCommitteeMembers(bloc)).hasSize(15);
        // SXD's committee is only a secretary and a deputy
        assertThat(organization.executiveCommitteeMembers(organization.unit("SXD"))).hasSize(2);
    }

    @Test
    void demoHistory_coversTwoThousandNineToTwoThousandTwelve_butNoTwoThousandThirteenRanking() {
        String demoUnits = "(select id from org_unit where code in ('DUK','STC','STC-CB1','STC-CB2','STC-CB3','SGD','SGD-BP1-CB1',"
                + "'SGD-BP1-CB2','SGD-CB1','SYT','SYT-CB1','SYT-CB2','SKH','SKH-CB1','SKH-CB2','VPUB','STP','SXD','BQL'))";
        for (int year = 2009; year <= 2012; year++) {
            assertThat(count("select count(*) from unit_ranking_history where source = 'DEMO' and campaign_year = " + year
                    + " and unit_id in " + demoUnits)).as("unit rankings %s", year).isEqualTo(18);
            assertThat(count("select count(*) from member_ranking_history m join party_member p on p.id = m.member_id"
                    + " where m.source = 'DEMO' and m.campaign_year = " + year + " and p.code like 'DV%'"))
                    .as("member rankings %s", year).isGreaterThan(100);
        }
        assertThat(count("select count(*) from confidence_result_history c join party_member p on p.id = c.member_id"
                + " where c.source = 'DEMO' and c.campaign_year in (2011, 2012) and p.code like 'DV%'")).isGreaterThan(30);
        assertThat(count("select count(*) from commendation_history where source = 'DEMO' and decision_date is not null")).isGreaterThan(5);
        assertThat(count("select count(*) from emulation_title_history where source = 'DEMO'")).isGreaterThan(5);
        assertThat(count("select count(*) from unit_ranking_history where source = 'DEMO' and campaign_year = 2013")).isZero();
        // dates and decimals written by the import read back unchanged through JPA (time zones!)
        var award = commendations.findByUnitIdOrderByDecisionDate(organization.unit("SYT-CB1").getId());
        assertThat(award).singleElement().satisfies(c -> {
            assertThat(c.getDecisionDate()).isEqualTo(LocalDate.of(2011, 1, 18));
            assertThat(c.getDecisionNo()).isEqualTo("187-QĐ/ĐU");
        });
        assertThat(unitRankings.findByUnitIdAndYear(organization.unit("STC-CB1").getId(), 2012).orElseThrow().getCategory())
                .isEqualTo(UnitCategory.EXEMPLARY_CLEAN_STRONG);
    }

    @Test
    void identitySync_mapsTheDemoBloc_toUsersAndGroups() {
        User user = identityService.createUserQuery().userId("DV0001").singleResult();
        assertThat(user).isNotNull();
        assertThat(user.getLastName()).as("given name, shown last").isEqualTo("Thành");
        assertThat(identityService.checkPassword("DV0001", "demo")).isTrue();
        // other tests share the database and may add their own fixture users (other code prefixes) to the boards
        assertThat(identityService.createUserQuery().memberOfGroup("btv-DUK").list()).extracting(User::getId)
                .filteredOn(id -> id.startsWith("DV"))
                .containsExactlyInAnyOrder("DV0001", "DV0002", "DV0003", "DV0004", "DV0005", "DV0006");
        // a member in two committees (BTV ĐUK and BTV of his grassroots committee) is in both groups
        assertThat(groupsOf("DV0003")).contains("btv-DUK", "bch-DUK", "btv-STC", "bch-STC", "lanh-dao-STC", "chi-bo-STC-CB1");
        // the member holding posts in three voting places
        assertThat(groupsOf("DV0005")).contains("btv-DUK", "btv-SGD", "btv-CCB");
        assertThat(identityService.createUserQuery().memberOfGroup("ban-to-chuc").list()).extracting(User::getId)
                .filteredOn(id -> id.startsWith("DV"))
                .containsExactlyInAnyOrder("DV0004", "DV0007", "DV0008");
        assertThat(identityService.createUserQuery().memberOfGroup("hd-thi-dua").count()).isEqualTo(3);
        assertThat(identityService.createUserQuery().memberOfGroup("chi-bo-VPUB-T2").count()).isEqualTo(12);
        assertThat(identityService.createUserQuery().memberOfGroup("chi-uy-SXD").count()).isEqualTo(2);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
