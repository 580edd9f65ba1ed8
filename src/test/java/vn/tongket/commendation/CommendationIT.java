package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.common.DomainException;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.CommendationRecord;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.EmulationTitleRecord;
import vn.tongket.organization.EmulationTitleRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRecord;
import vn.tongket.organization.UnitRankingRepository;

/**
 * CommendationProcess on the real application: history rows inserted for a fixture organization, the eligibility
 * list, the 15 % quota (6 exemplary branches → 0), the dossier with uploads and documents, the 18/01 cut-off
 * with a moved clock, and the bloc level within 10 + 10 writing commendation_history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the engine REST API is Jersey: a real port
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommendationIT {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired UnitRankingRepository unitRankings;
    @Autowired MemberRankingRepository memberRankings;
    @Autowired EmulationTitleRepository titles;
    @Autowired CommendationRepository commendations;
    @Autowired CommendationService service;
    @Autowired CommendationStore store;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired WebApplicationContext web;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    /**
     * A campaign year no other test uses, so the bloc-wide lists of that year are ours: one per test method
     * (2018, 2019), before 2037 because Camunda's ACT_HI_IDENTITYLINK.TIMESTAMP_ is a MySQL TIMESTAMP.
     */
    static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(2018);
    final int y = NEXT_YEAR.getAndIncrement();
    final String prefix = "ZCM" + ThreadLocalRandom.current().nextInt(1000, 9999);
    OrgFixture f;
    OrgUnit bloc;
    OrgUnit grassroots;
    final List<OrgUnit> branches = new ArrayList<>();
    final List<PartyMember> meritMembers = new ArrayList<>();
    PartyMember certificateMember;
    PartyMember titleTooOld;
    MockMvc mvc;

    @BeforeAll
    void fixture() {
        f = new OrgFixture(units, members, positions, prefix);
        // our own bloc (code "Z…-DUK" sorts after the demo's "DUK", so OrganizationService.bloc() stays the demo's):
        // the demo bloc's tree and counts are left untouched by this test
        bloc = f.unit("DUK", "Đảng bộ Khối (kiểm thử khen thưởng)", UnitKind.BLOC, null, true);
        grassroots = f.unit("SGD", "Đảng bộ Sở Giáo dục (kiểm thử)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        exemplary(grassroots, y - 2, y, "92");
        // six exemplary branches in N: the 15 % quota is 0.9 → 0
        for (int i = 1; i <= 6; i++) {
            branches.add(f.unit("CB" + i, "Chi bộ " + i, UnitKind.BRANCH, grassroots, false));
        }
        exemplary(branches.get(0), y - 2, y, "96");               // B1: eligible (subject to judgement)
        exemplary(branches.get(1), y - 2, y, "94");               // B2: 94 points
        exemplary(branches.get(2), y - 1, y, "97");               // B3: only 2 years
        exemplary(branches.get(3), y - 2, y, "98");               // B4: 9 of 10 members completing well = 90 %
        exemplary(branches.get(4), y, y, "95");
        exemplary(branches.get(5), y, y, "95");
        OrgUnit b1 = branches.get(0);
        for (int i = 1; i <= 11; i++) {   // member bằng khen: HTXS 5 years, a bloc giấy khen in N-2, 2 titles
            PartyMember m = f.member("M" + i, "Đảng viên Bằng khen " + i, b1);
            excellent(m, y - 4, y);
            title(m, y - 3);
            title(m, y - 1);
            commendations.save(new CommendationRecord(m.getId(), null, y - 2, AwardKind.BLOC_CERTIFICATE, "DANG_UY_KHOI",
                    "7-QĐ/ĐU", LocalDate.of(y - 1, 1, 15), HistorySource.IMPORT));
            meritMembers.add(m);
        }
        certificateMember = f.member("M12", "Đảng viên Giấy khen", b1);
        excellent(certificateMember, y - 2, y);
        title(certificateMember, y);
        titleTooOld = f.member("M13", "Đảng viên Danh hiệu cũ", b1);
        excellent(titleTooOld, y - 2, y);
        title(titleTooOld, y - 3);
        rank(f.member("C1", "Đảng viên Hoàn thành", b1), y, MemberCategory.COMPLETED);
        rank(f.member("NR1", "Đảng viên Ốm", b1), y, MemberCategory.NOT_RANKED);
        rank(f.member("NR2", "Đảng viên Nghỉ", b1), y, MemberCategory.NOT_RANKED);
        for (int i = 1; i <= 10; i++) {
            rank(f.member("B4M" + i, "Đảng viên Chi bộ 4 số " + i, branches.get(3)), y,
                    i <= 9 ? MemberCategory.COMPLETED_WELL : MemberCategory.COMPLETED);
        }
        mvc = TestLogins.mockMvc(web);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void unitAndBlocLevel_eligibilityQuotaDossierDecisions_historyReadNextYear() throws Exception {
        ClockUtil.setCurrentTime(at(y + 1, 1, 5));
        ProcessInstance pi = runtime.startProcessInstanceByKey(CommendationProcess.KEY, grassroots.getCode() + ":" + y,
                Map.of("unitCode", grassroots.getCode(), "campaignYear", y));
        executeJob(pi, CommendationProcess.TASK_COMPUTE_ELIGIBILITY);
        long dossierId = ((Number) runtime.getVariable(pi.getId(), "dossierId")).longValue();

        // ---- eligibility list: eligible and non-eligible cases, with reasons
        CommendationStore.Dossier dossier = service.dossier(dossierId);
        assertThat(dossier.exemplaryBranches()).isEqualTo(6);
        assertThat(dossier.excellentMembers()).isEqualTo(13);
        assertThat(dossier.referenceDate()).isEqualTo(LocalDate.of(y + 1, 1, 18));
        List<CommendationStore.Candidate> all = store.candidates(dossierId);
        assertThat(candidate(all, Award.BRANCH_CERTIFICATE, branches.get(0).getCode()).eligibility()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
        assertThat(candidate(all, Award.BRANCH_CERTIFICATE, branches.get(1).getCode()).summary()).contains("95 điểm").contains("94 điểm");
        assertThat(candidate(all, Award.BRANCH_CERTIFICATE, branches.get(2).getCode()).eligibility()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(candidate(all, Award.BRANCH_CERTIFICATE, branches.get(3).getCode()).summary()).contains("9/10");
        assertThat(candidate(all, Award.ORGANIZATION_MERIT, grassroots.getCode()).eligibility()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
        assertThat(candidate(all, Award.MEMBER_MERIT, meritMembers.get(0).getCode()).eligibility()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(candidate(all, Award.MEMBER_CERTIFICATE, meritMembers.get(0).getCode()).summary()).contains("Đủ 3 năm");
        assertThat(candidate(all, Award.MEMBER_CERTIFICATE, certificateMember.getCode()).eligibility()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(candidate(all, Award.MEMBER_CERTIFICATE, titleTooOld.getCode()).eligibility()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        String b1Share = service.explanation(candidate(all, Award.BRANCH_CERTIFICATE, branches.get(0).getCode()))
                .criterion("COMPLETED_WELL_SHARE").figures();
        assertThat(b1Share).contains("13/14").contains("không tính 2 đảng viên không xếp loại");
        assertThat((String) runtime.getVariable(pi.getId(), "eligibilitySummary"))
                .contains("15% × 6 = 0,9, làm tròn xuống: tối đa 0").contains("15% × 13 = 1,95, làm tròn xuống: tối đa 1");

        // full explanation as JSON over /api
        long b1Id = candidate(all, Award.BRANCH_CERTIFICATE, branches.get(0).getCode()).id();
        mvc.perform(admin(get("/api/commendations/" + dossierId + "/candidates/" + b1Id + "/explanation")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[2].code").value("SCORE"))
                .andExpect(jsonPath("$.criteria[2].figures").value("Năm " + y + ": 96 điểm"))
                .andExpect(jsonPath("$.criteria[2].guidance").value(org.hamcrest.Matchers.containsString("từ 95 điểm trở lên")));
        mvc.perform(get("/api/commendations/" + dossierId)).andExpect(status().isUnauthorized());

        // ---- selection: over quota refused with the figures, ineligible refused, then a valid selection
        Task select = task(pi, CommendationProcess.TASK_SELECT_PROPOSALS);
        assertThat(tasks.getIdentityLinksForTask(select.getId())).anyMatch(l -> ("btv-" + grassroots.getCode()).equals(l.getGroupId()));
        assertThatThrownBy(() -> tasks.complete(select.getId(), Map.of("selectedCandidates", List.of(Long.toString(b1Id)),
                "judgementNote", "Mô hình dân vận khéo")))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("15% × 6 = 0,9, làm tròn xuống: tối đa 0");
        long tooOld = candidate(all, Award.MEMBER_CERTIFICATE, titleTooOld.getCode()).id();
        assertThatThrownBy(() -> tasks.complete(select.getId(), Map.of("selectedCandidates", List.of(Long.toString(tooOld)))))
                .hasMessageContaining("không đủ tiêu chuẩn");
        List<String> chosen = new ArrayList<>();
        chosen.add(Long.toString(candidate(all, Award.ORGANIZATION_MERIT, grassroots.getCode()).id()));
        chosen.add(Long.toString(candidate(all, Award.MEMBER_CERTIFICATE, certificateMember.getCode()).id()));
        meritMembers.forEach(m -> chosen.add(Long.toString(candidate(all, Award.MEMBER_MERIT, m.getCode()).id())));
        assertThatThrownBy(() -> tasks.complete(select.getId(), Map.of("selectedCandidates", chosen)))
                .hasMessageContaining("nhận xét của cấp ủy");
        tasks.complete(select.getId(), Map.of("selectedCandidates", chosen, "judgementNote", "Dẫn đầu phong trào chuyển đổi số"));
        assertThat(runtime.getVariable(pi.getId(), "proposalCount")).isEqualTo(13);
        Explanation orgExplained = service.explanation(store.candidate(Long.parseLong(chosen.get(0))).orElseThrow());
        assertThat(orgExplained.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(orgExplained.criterion("JUDGEMENT").figures()).contains("Dẫn đầu phong trào chuyển đổi số");

        // ---- dossier: refused while incomplete, uploads (400 on bad input), documents
        Task prepare = task(pi, CommendationProcess.TASK_PREPARE_DOSSIER);
        assertThatThrownBy(() -> tasks.complete(prepare.getId())).hasMessageContaining("Hồ sơ còn thiếu");
        mvc.perform(admin(post("/api/commendations/" + dossierId + "/completeness"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("attachments"));
        String upload = "/api/commendations/" + dossierId + "/attachments";
        mvc.perform(admin(multipart(upload).param("item", "YEAR_END_REPORT"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
        mvc.perform(admin(multipart(upload).file(pdf("x.pdf", 10)).param("item", "UNKNOWN"))).andExpect(status().isBadRequest());
        mvc.perform(admin(multipart(upload).file(pdf("big.pdf", 10 * 1024 * 1024 + 1)).param("item", "YEAR_END_REPORT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("quá lớn")));
        mvc.perform(admin(multipart(upload).file(pdf("r.pdf", 10)).param("item", "ACHIEVEMENT_REPORT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("candidateId"));
        for (String item : List.of("YEAR_END_REPORT", "EMULATION_PLEDGE", "MEETING_MINUTES", "RANKING_LISTS")) {
            mvc.perform(admin(multipart(upload).file(pdf(item + ".pdf", 100)).param("item", item))).andExpect(status().isCreated());
        }
        // issue 10 item 7: the type comes from the content — an HTML page named .pdf is refused, a PDF sent as
        // text/html is stored and served back as application/pdf, as an attachment, never sniffed
        mvc.perform(admin(multipart(upload).file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("item", "YEAR_END_REPORT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Loại tệp không được chấp nhận")));
        byte[] realPdf = pdf("ignored", 100).getBytes();
        String created = mvc.perform(admin(multipart(upload).file(new MockMultipartFile("file", "kem-theo.pdf", "text/html", realPdf))
                        .param("item", "YEAR_END_REPORT"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String attachmentId = created.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(admin(get(upload + "/" + attachmentId))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Type", "application/pdf"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(admin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(upload + "/" + attachmentId)))
                .andExpect(status().isNoContent());
        for (String id : chosen) {
            CommendationStore.Candidate c = store.candidate(Long.parseLong(id)).orElseThrow();
            mvc.perform(admin(multipart(upload).file(pdf("tt-" + id + ".pdf", 100)).param("item", "ACHIEVEMENT_REPORT")
                    .param("candidateId", id).param("copies", Integer.toString(c.award().achievementReportSets()))))
                    .andExpect(status().isCreated());
            if (c.award().forMember()) {
                mvc.perform(admin(multipart(upload).file(pdf("cstd-" + id + ".pdf", 100)).param("item", "EMULATION_CERTIFICATE")
                        .param("candidateId", id))).andExpect(status().isCreated());
            }
        }
        mvc.perform(admin(post("/api/commendations/" + dossierId + "/completeness"))).andExpect(status().isOk());
        byte[] letter = mvc.perform(admin(get("/api/commendations/" + dossierId + "/documents/to-trinh.pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(letter, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(admin(get("/api/commendations/" + dossierId + "/documents/danh-sach-trich-ngang.xlsx")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 13 - 1);
        }
        tasks.complete(prepare.getId());
        assertThat(service.dossier(dossierId).status()).isEqualTo(DossierStatus.SUBMITTED);
        Task receive = task(pi, CommendationProcess.TASK_RECEIVE_DOSSIER);
        assertThat(tasks.getIdentityLinksForTask(receive.getId())).anyMatch(l -> "ban-to-chuc".equals(l.getGroupId()));
        tasks.complete(receive.getId(), Map.of("dossierReceived", true));
        assertThat(service.dossier(dossierId).status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

        // ---- bloc level: after the cut-off, council, BTV ĐUK within 10 + 10 (the 11th refused), decisions
        ProcessInstance blocPi = runtime.startProcessInstanceByKey(CommendationProcess.KEY, bloc.getCode() + ":" + y,
                Map.of("unitCode", bloc.getCode(), "campaignYear", y));
        ClockUtil.setCurrentTime(at(y + 1, 1, 19));
        executeJob(blocPi, CommendationProcess.EVENT_WAIT_FOR_CUT_OFF);
        executeJob(blocPi, CommendationProcess.TASK_RANK_PROPOSALS);
        assertThat((String) runtime.getVariable(blocPi.getId(), "blocSummary")).contains("Bằng khen BTV Tỉnh ủy");
        tasks.complete(task(blocPi, CommendationProcess.TASK_COUNCIL_REVIEW).getId(), Map.of("councilOpinion", "Nhất trí đề nghị"));
        Task decide = task(blocPi, CommendationProcess.TASK_BLOC_DECISION);
        List<ProvinceRanking.Entry> ranked = service.blocLists(y).province();
        assertThat(ranked).hasSize(12);
        List<String> province = ranked.stream().map(e -> Long.toString(e.candidateId())).toList();
        String certificate = chosen.get(1);
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("grantedCertificates", List.of(certificate),
                "provinceSelection", province))).hasRootCauseInstanceOf(DomainException.class)
                .hasMessageContaining("đã chọn 11 đảng viên, chỉ tiêu phân bổ là 10");
        List<String> withinQuota = new ArrayList<>(province);
        withinQuota.remove(province.stream().filter(id -> store.candidate(Long.parseLong(id)).orElseThrow().award() == Award.MEMBER_MERIT)
                .reduce((a, b) -> b).orElseThrow());
        tasks.complete(decide.getId(), Map.of("grantedCertificates", List.of(certificate), "provinceSelection", withinQuota));
        Task enter = task(blocPi, CommendationProcess.TASK_ENTER_DECISIONS);
        assertThatThrownBy(() -> tasks.complete(enter.getId(), Map.of("blocDecisionNo", "25-QĐ/ĐU", "blocDecisionDate", (y + 1) + "-01-25")))
                .hasMessageContaining("bằng khen của BTV Tỉnh ủy");
        tasks.complete(enter.getId(), Map.of("blocDecisionNo", "25-QĐ/ĐU", "blocDecisionDate", (y + 1) + "-01-25",
                "provinceDecisionNo", "410-QĐ/TU", "provinceDecisionDate", (y + 1) + "-02-10"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(blocPi.getId())
                .variableName("historyRowsWritten").singleResult().getValue()).isEqualTo(12);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(blocPi.getId())
                .activityId(CommendationProcess.END_DECIDED).count()).isEqualTo(1);
        assertThat(commendations.findByMemberIdOrderByDecisionDate(certificateMember.getId()))
                .anyMatch(r -> r.getKind() == AwardKind.BLOC_CERTIFICATE && r.getYear() == y
                        && r.getDecisionDate().equals(LocalDate.of(y + 1, 1, 25)) && r.getSource() == HistorySource.PROCESS);
        assertThat(commendations.findByUnitIdOrderByDecisionDate(grassroots.getId()))
                .anyMatch(r -> r.getKind() == AwardKind.PROVINCE_MERIT && r.getDecisionNo().equals("410-QĐ/TU"));
        long merits = meritMembers.stream().filter(m -> commendations.findByMemberIdOrderByDecisionDate(m.getId()).stream()
                .anyMatch(r -> r.getKind() == AwardKind.PROVINCE_MERIT)).count();
        assertThat(merits).isEqualTo(10);

        // ---- next year's eligibility reads the decisions: the organization waits 3 years from 10/02/N+1
        Explanation next = service.rules(y + 1).organizationMerit(new UnitHistory(grassroots.getId(), grassroots.getCode(),
                grassroots.getName(), grassroots.getKind(), Map.of(), List.of(), commendations.findByUnitIdOrderByDecisionDate(grassroots.getId())
                .stream().map(r -> new PastAward(r.getKind(), r.getYear(), r.getDecisionNo(), r.getDecisionDate())).toList()), Judgement.NOT_YET);
        assertThat(next.criterion("WAITING_PERIOD").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(next.criterion("WAITING_PERIOD").figures()).contains("410-QĐ/TU").contains("10/02/" + (y + 4));
    }

    @Test
    void cutOff_unitThatDidNotSubmitBy18January_closedAsNotProposed() {
        OrgUnit late = f.unit("SXD", "Đảng bộ Sở Xây dựng (kiểm thử)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        ClockUtil.setCurrentTime(at(y + 1, 1, 10));
        ProcessInstance pi = runtime.startProcessInstanceByKey(CommendationProcess.KEY, late.getCode() + ":" + y,
                Map.of("unitCode", late.getCode(), "campaignYear", y));
        executeJob(pi, CommendationProcess.TASK_COMPUTE_ELIGIBILITY);
        long dossierId = ((Number) runtime.getVariable(pi.getId(), "dossierId")).longValue();
        Job cutOff = management.createJobQuery().processInstanceId(pi.getId()).activityId(CommendationProcess.BOUNDARY_CUT_OFF).singleResult();
        assertThat(cutOff.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse((y + 1) + "-01-19T00:00:00+07:00").toInstant()));
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse((y + 1) + "-01-18T23:59:59+07:00").toInstant()));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(CommendationProcess.BOUNDARY_CUT_OFF)
                .executable().count()).isZero();
        ClockUtil.setCurrentTime(at(y + 1, 1, 19));
        management.executeJob(cutOff.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(service.dossier(dossierId).status()).isEqualTo(DossierStatus.NOT_PROPOSED_LATE);
        assertThat(service.dossier(dossierId).closedReason()).contains("18/01/" + (y + 1));
        List<HistoricActivityInstance> path = history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list();
        assertThat(path).extracting(HistoricActivityInstance::getActivityId)
                .contains(CommendationProcess.TASK_CLOSE_NOT_PROPOSED, CommendationProcess.END_NOT_PROPOSED_LATE)
                .doesNotContain(CommendationProcess.TASK_RECEIVE_DOSSIER);
    }

    @Test
    void secondStartForSameUnitAndYear_refusedWith409() throws Exception {
        OrgUnit unit = f.unit("SNV", "Đảng bộ Sở Nội vụ (kiểm thử)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        ClockUtil.setCurrentTime(at(y + 1, 1, 5));
        String refusal = "Công tác thi đua – khen thưởng năm " + y + " của Đảng bộ Sở Nội vụ (kiểm thử) đã được bắt đầu ngày 05/01/" + (y + 1);
        HttpResponse<String> first = engineRestStart(unit.getCode(), y);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String firstId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.body()).get("id").asText();

        // running: refused through the engine REST API (as Tasklist or curl would start it) and through the Java API
        HttpResponse<String> second = engineRestStart(unit.getCode(), y);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains(refusal).contains(firstId + ", đang thực hiện").contains("\"field\":\"unitCode\"");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CommendationProcess.KEY,   // no business key given
                Map.of("unitCode", unit.getCode(), "campaignYear", y)))
                .isInstanceOf(vn.tongket.common.ConflictException.class).hasMessageContaining(refusal);

        // closed (cut off on 19/01 without a dossier): still refused, instead of an incident on the sent dossier
        executeJob(runtime.createProcessInstanceQuery().processInstanceId(firstId).singleResult(), CommendationProcess.TASK_COMPUTE_ELIGIBILITY);
        ClockUtil.setCurrentTime(at(y + 1, 1, 19));
        management.executeJob(management.createJobQuery().processInstanceId(firstId)
                .activityId(CommendationProcess.BOUNDARY_CUT_OFF).singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(firstId).count()).isZero();
        HttpResponse<String> third = engineRestStart(unit.getCode(), y);
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains(refusal).contains(firstId + ", đã kết thúc");

        // the refused starts left nothing: one instance in the history, without incident; the dossier untouched
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CommendationProcess.KEY)
                .processInstanceBusinessKey(unit.getCode() + ":" + y).count()).isEqualTo(1);
        assertThat(history.createHistoricIncidentQuery().processInstanceId(firstId).count()).isZero();
        assertThat(store.dossier(unit.getId(), y).orElseThrow().status()).isEqualTo(DossierStatus.NOT_PROPOSED_LATE);
        // another year of the same unit is a new cycle
        assertThat(engineRestStart(unit.getCode(), y + 1).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> engineRestStart(String unitCode, int year) throws Exception {
        String body = "{\"businessKey\":\"" + unitCode + ":" + year + "\",\"variables\":{\"unitCode\":{\"value\":\"" + unitCode
                + "\"},\"campaignYear\":{\"value\":" + year + ",\"type\":\"Integer\"}}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/process-definition/key/" + CommendationProcess.KEY + "/start"))
                .header("Authorization", TestLogins.basic("admin", "admin-test"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- helpers

    static Date at(int year, int month, int day) {
        return Date.from(OffsetDateTime.parse(String.format("%04d-%02d-%02dT00:00:00+07:00", year, month, day)).toInstant());
    }

    void executeJob(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job of " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    Task task(ProcessInstance pi, String key) {
        Task t = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(t).as("task " + key).isNotNull();
        return t;
    }

    static CommendationStore.Candidate candidate(List<CommendationStore.Candidate> all, Award award, String code) {
        return all.stream().filter(c -> c.award() == award && c.subjectCode().equals(code)).findFirst().orElseThrow();
    }

    void exemplary(OrgUnit u, int from, int to, String scoreOfLastYear) {
        for (int year = from; year <= to; year++) {
            unitRankings.save(new UnitRankingRecord(u.getId(), year, new BigDecimal(year == to ? scoreOfLastYear : "95"),
                    UnitCategory.EXEMPLARY_CLEAN_STRONG, HistorySource.IMPORT));
        }
    }

    void excellent(PartyMember m, int from, int to) {
        for (int year = from; year <= to; year++) {
            rank(m, year, MemberCategory.EXCELLENT);
        }
    }

    void rank(PartyMember m, int year, MemberCategory c) {
        MemberRankingRecord r = new MemberRankingRecord(m.getId(), year, HistorySource.IMPORT);
        r.setFinalCategory(c);
        memberRankings.save(r);
    }

    void title(PartyMember m, int year) {
        titles.save(new EmulationTitleRecord(m.getId(), year, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, "CSTĐ-" + year,
                LocalDate.of(year, 12, 20), HistorySource.IMPORT));
    }

    static MockMultipartFile pdf(String name, int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 5); // the type is read from the content
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    static <T extends MockHttpServletRequestBuilder> T admin(T request) {
        request.header("Authorization", TestLogins.basic("admin", "admin-test"));
        return request;
    }
}
