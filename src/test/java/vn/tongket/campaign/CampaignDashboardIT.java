package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitKind;

/** Opening a campaign over REST and its dashboard: who may, who may not (403), and what it shows. */
@SpringBootTest
class CampaignDashboardIT {

    static final String P = "ZCD";
    static final int YEAR = 2033;

    @Autowired WebApplicationContext wac;
    @Autowired CampaignOverdueNoticeRepository noticeRepository;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired CampaignRepository campaigns;
    @Autowired CampaignUnitStageRepository stageRows;
    @Autowired CampaignLateRecordRepository lateRows;
    @Autowired CampaignService campaignService;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(wac);
        if (units.findByCode(P + "-KHOI").isEmpty()) {
            var f = new OrgFixture(units, members, positions, P);
            OrgUnit bloc = f.unit("KHOI", "Đảng bộ Khối thử nghiệm", UnitKind.BLOC, null, true);
            OrgUnit syt = f.unit("SYT", "Đảng bộ Sở Y tế (thử)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
            f.unit("SYT-CB1", "Chi bộ Văn phòng (thử)", UnitKind.BRANCH, syt, false);
            f.unit("CBTC", "Chi bộ Sở Tài chính (thử)", UnitKind.GRASSROOTS_BRANCH, bloc, false);
            f.unit("DTN", "Đoàn Thanh niên Khối (thử)", UnitKind.MASS_ORGANIZATION, bloc, true);
        }
        user("btc", CommitteeGroups.ORGANIZATION_BOARD);
        user("btv", CommitteeGroups.standingCommittee(P + "-KHOI"));
        user("btvsyt", CommitteeGroups.standingCommittee(P + "-SYT"));
        user("dv", CommitteeGroups.ALL_MEMBERS);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        // the fixture users must not show up in other classes' group checks (shared database)
        for (String local : new String[] {"btc", "btv", "btvsyt", "dv"}) {
            identityService.deleteUser(P + "-" + local);
        }
        for (Campaign c : campaigns.findByYearOrderByStartedAt(YEAR)) {
            if (c.getProcessInstanceId() != null
                    && runtimeService.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).count() > 0) {
                runtimeService.deleteProcessInstance(c.getProcessInstanceId(), "test", true, true);
            }
            lateRows.deleteAll(lateRows.findByCampaignIdAndStage(c.getId(), Stage.REVIEW));
            noticeRepository.deleteAll(noticeRepository.findByCampaignIdOrderById(c.getId()));
            stageRows.deleteAll(stageRows.findByCampaignIdInOrderById(java.util.List.of(c.getId())));
            campaigns.delete(c);
        }
    }

    @Test
    void dashboard_readableByBanToChucBtvOfTheBlocAndAdmin_refusedToOthers() throws Exception {
        open("btc", P + "-KHOI").andExpect(status().isCreated());
        dashboard("btc").andExpect(status().isOk());
        dashboard("btv").andExpect(status().isOk());
        mvc.perform(get("/api/campaigns/" + YEAR + "/dashboard").header("Authorization", TestLogins.basic("admin", "admin-test")))
                .andExpect(status().isOk());
        dashboard("btvsyt").andExpect(status().isForbidden());
        dashboard("dv").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Ban Tổ chức")));
        mvc.perform(get("/api/campaigns/" + YEAR + "/dashboard")).andExpect(status().isUnauthorized());
    }

    @Test
    void opening_onlyByBanToChuc_onceAYear_forTheBlocOrAGrassrootsUnit() throws Exception {
        open("dv", P + "-KHOI").andExpect(status().isForbidden());
        open("btv", P + "-KHOI").andExpect(status().isForbidden());
        open("btc", P + "-SYT-CB1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unitCode"));
        open("btc", P + "-NOPE").andExpect(status().isNotFound());
        open("btc", P + "-SYT").andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessKey").value(P + "-SYT:" + YEAR));
        // the bloc's campaign would cover the unit already opened
        open("btc", P + "-KHOI").andExpect(status().isConflict());
        open("btc", P + "-SYT").andExpect(status().isConflict());
        Campaign c = campaigns.findByYearAndRootUnitCode(YEAR, P + "-SYT").orElseThrow();
        assertThat(c.getStartedBy()).isEqualTo(P + "-btc");
        assertThat(runtimeService.getVariable(c.getProcessInstanceId(), "campaignId")).isEqualTo(c.getId());
    }

    @Test
    void dashboard_showsEveryUnitByStage_lateUnitsAndCounts() throws Exception {
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2033-12-01T01:00:00Z")));
        open("btc", P + "-KHOI").andExpect(status().isCreated());
        Campaign c = campaigns.findByYearAndRootUnitCode(YEAR, P + "-KHOI").orElseThrow();
        // open the review stage of every unit pipeline (the pipelines themselves are not started here)
        for (String unit : campaignService.cycleUnits(c.getId())) {
            campaignService.openStage(c.getId(), Stage.REVIEW, unit, Instant.parse("2033-12-24T17:00:00Z"));
        }
        campaignService.unitDone(c.getId(), Stage.REVIEW, P + "-DTN", null);
        // a branch's review paused for an inspection conclusion (A.I.3.3): PAUSED, not counted late
        campaignService.markPaused(YEAR, P + "-SYT-CB1", Stage.REVIEW);
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2033-12-24T17:00:00Z")));
        var noticeIds = campaignService.recordOverdue(c.getId(), "REVIEW_DONE", java.util.List.of(Stage.REVIEW),
                java.util.Map.of(Stage.REVIEW, Instant.parse("2033-12-24T17:00:00Z")));
        // one notice per superior body: the bloc's BTV (through the Ban Tổ chức) for SYT, CBTC; the Ban Tổ chức for
        // the bloc's own review
        var notices = noticeRepository.findAllById(noticeIds);
        assertThat(notices).hasSize(2);
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.getCandidateGroups()).containsExactlyInAnyOrder(CommitteeGroups.standingCommittee(P + "-KHOI"),
                    CommitteeGroups.ORGANIZATION_BOARD);
            assertThat(n.getSummary()).contains(P + "-SYT", P + "-CBTC", Stage.REVIEW.rule()).doesNotContain(P + "-SYT-CB1");
        });

        // the overdue task: bound by the engine's ids to its own cycle; handled only by the notice's groups, with a
        // direction of bounded length; nothing written on a refusal
        var blocNotice = notices.stream().filter(n -> n.getSummary().contains(P + "-SYT")).findFirst().orElseThrow();
        assertThatThrownBy(() -> campaignService.bindOverdueTask(blocNotice.getId(), "task-x", "another-instance"))
                .isInstanceOf(vn.tongket.common.AccessRefusedException.class);
        campaignService.bindOverdueTask(blocNotice.getId(), "task-1", c.getProcessInstanceId());
        assertThatThrownBy(() -> campaignService.handleOverdueTask("task-1", P + "-btvsyt",
                java.util.List.of(CommitteeGroups.standingCommittee(P + "-SYT")), "Đôn đốc"))
                .isInstanceOf(vn.tongket.common.AccessRefusedException.class).hasMessageContaining("Chỉ");
        assertThatThrownBy(() -> campaignService.handleOverdueTask("task-1", P + "-btc",
                java.util.List.of(CommitteeGroups.ORGANIZATION_BOARD), "x".repeat(CampaignService.MAX_DIRECTION + 1)))
                .isInstanceOf(vn.tongket.common.DomainException.class).hasMessageContaining("4000");
        assertThatThrownBy(() -> campaignService.handleOverdueTask("task-1", P + "-btc",
                java.util.List.of(CommitteeGroups.ORGANIZATION_BOARD), 42))
                .isInstanceOf(vn.tongket.common.DomainException.class);
        assertThat(noticeRepository.findById(blocNotice.getId()).orElseThrow().getHandledBy()).isNull();
        campaignService.handleOverdueTask("task-1", P + "-btc", java.util.List.of(CommitteeGroups.ORGANIZATION_BOARD),
                " Đôn đốc các đơn vị ");
        assertThat(noticeRepository.findById(blocNotice.getId()).orElseThrow().getDirection()).isEqualTo("Đôn đốc các đơn vị");

        dashboard("btc").andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.campaigns[0].rootUnitCode").value(P + "-KHOI"))
                .andExpect(jsonPath("$.units[0].unitCode").value(P + "-KHOI"))
                .andExpect(jsonPath("$.units[0].states.REVIEW").value("LATE"))
                .andExpect(jsonPath("$.units[0].states.VOTE").value("PENDING"))
                .andExpect(jsonPath("$.units[?(@.unitCode=='" + P + "-DTN')].states.REVIEW").value("DONE"))
                .andExpect(jsonPath("$.units[?(@.unitCode=='" + P + "-SYT-CB1')].states.RANKING").isEmpty())
                .andExpect(jsonPath("$.units[?(@.unitCode=='" + P + "-SYT-CB1')].states.REVIEW").value("PAUSED"))
                .andExpect(jsonPath("$.counts.REVIEW.LATE").value(3))
                .andExpect(jsonPath("$.counts.REVIEW.PAUSED").value(1))
                .andExpect(jsonPath("$.counts.REVIEW.DONE").value(1))
                .andExpect(jsonPath("$.counts.RANKING.PENDING").value(2))
                .andExpect(jsonPath("$.late.length()").value(3))
                .andExpect(jsonPath("$.late[0].stageLabel").value("Kiểm điểm"))
                .andExpect(jsonPath("$.stages[0].passed").value(true))
                .andExpect(jsonPath("$.nextDeadlines[0].deadline").value("REVIEW_REPORT"));
    }

    private ResultActions open(String user, String unitCode) throws Exception {
        return mvc.perform(post("/api/campaigns").header("Authorization", TestLogins.basic(P + "-" + user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":" + YEAR + ",\"unitCode\":\"" + unitCode + "\"}"));
    }

    private ResultActions dashboard(String user) throws Exception {
        return mvc.perform(get("/api/campaigns/" + YEAR + "/dashboard").header("Authorization", TestLogins.basic(P + "-" + user, "demo")));
    }

    private void user(String local, String group) {
        TestLogins.userInGroup(identityService, P + "-" + local, local, group);
    }
}
