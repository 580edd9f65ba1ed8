package vn.tongket.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.importing.ImportKind;
import vn.tongket.organization.importing.ImportService;
import vn.tongket.review.ReviewProcess;

/**
 * Task e-mails end to end: the real review process on the real engine and database, Spring Boot's mail sender,
 * and an SMTP server (GreenMail) started by the test; every message is read back from the server.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TaskNotificationMailIT.SMTP_PORT,
        "tongket.notification.public-url=http://tongket.example/",
        "tongket.notification.from=tongket@tongket.example",
        // the schedule must not run in the middle of a test: the test calls the scan and the sender itself
        "tongket.notification.scan-interval=PT24H",
        "tongket.notification.send-interval=PT24H"})
class TaskNotificationMailIT {

    static final int SMTP_PORT = 18725;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identitySync;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ReminderScanner scanner;
    @Autowired NotificationSender sender;
    @Autowired NotificationOutbox outbox;
    @Autowired NotificationProperties properties;
    @Autowired ObjectProvider<JavaMailSender> mail;
    @Autowired ImportService imports;
    @Autowired PlatformTransactionManager transactions;

    OrgFixture f;
    String domain;
    OrgUnit g;
    OrgUnit b1;
    PartyMember gsec;
    PartyMember b1sec;
    PartyMember b1cm;
    PartyMember m1;

    @BeforeEach
    void model() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-02T08:00:00+07:00").toInstant()));
        String prefix = "NM" + UUID.randomUUID().toString().substring(0, 6);
        domain = prefix.toLowerCase() + ".example";
        f = new OrgFixture(units, members, positions, prefix);
        g = f.unit("G", "Đảng bộ Sở Thư tín", UnitKind.GRASSROOTS_COMMITTEE, null, true);
        b1 = f.unit("B1", "Chi bộ Văn phòng Sở Thư tín", UnitKind.BRANCH, g, false);
        gsec = f.member("gsec", "Lê Văn Bí", b1);
        f.position(gsec, g, PositionRole.SECRETARY);
        b1sec = f.member("b1sec", "Ngô Văn Thư", b1);
        f.position(b1sec, b1, PositionRole.SECRETARY);
        b1cm = f.member("b1cm", "Đỗ Văn Ủy", b1);            // no e-mail address: gets nothing
        f.position(b1cm, b1, PositionRole.COMMITTEE_MEMBER);
        m1 = f.member("m1", "Lại Đình Trung", b1);
        // addresses come through the import (optional column "Thư điện tử"), then to the Camunda users by the sync
        String csv = "code,fullName,unitCode,Thư điện tử\n"
                + gsec.getCode() + ",Lê Văn Bí," + b1.getCode() + "," + address(gsec) + "\n"
                + b1sec.getCode() + ",Ngô Văn Thư," + b1.getCode() + "," + address(b1sec) + "\n"
                + m1.getCode() + ",Lại Đình Trung," + b1.getCode() + "," + address(m1) + "\n";
        imports.importFile(ImportKind.MEMBERS, "members.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), true, HistorySource.IMPORT);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> identitySync.sync());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String address(PartyMember m) {
        return m.getCode().toLowerCase() + "@" + domain;
    }

    private ProcessInstance startReview(OrgUnit unit) {
        return runtime.startProcessInstanceByKey(ReviewProcess.KEY, unit.getCode() + ":2013",
                Map.of("unitCode", unit.getCode(), "campaignYear", 2013));
    }

    private Task open(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list().get(0);
    }

    /** The messages GreenMail received for this test's fixture (other tests' tasks may share the database). */
    private List<MimeMessage> received() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).endsWith("@" + domain)).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendAll() {
        sender.sendPending(Instant.now());
    }

    @Test
    void mailSenderIsConfigured_fromSpringMailHost() {
        assertThat(mail.getIfAvailable()).isNotNull();
    }

    @Test
    void taskOfferedToTheBranchCommittee_eachMemberWithAnAddressGetsOneVietnameseMailWithTheLink() throws Exception {
        assertThat(identity.createUserQuery().userId(b1sec.getCode()).singleResult().getEmail())
                .as("address imported and synced to the Camunda user").isEqualTo(address(b1sec));
        ProcessInstance pi = startReview(b1);
        Task draft = open(pi, ReviewProcess.TASK_DRAFT_REPORT);
        sendAll();
        sendAll(); // a second run sends nothing again

        List<MimeMessage> got = received();
        assertThat(got).extracting(TaskNotificationMailIT::to).containsExactly(address(b1sec));
        MimeMessage m = got.get(0);
        assertThat(subject(m)).isEqualTo("[Tổng kết] Việc mới: " + draft.getName() + " — Chi bộ Văn phòng Sở Thư tín");
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("tongket@tongket.example");
        assertThat(body(m)).startsWith("Kính gửi đồng chí Ngô Văn Thư,")
                .contains("Công việc: " + draft.getName(),
                        "Đơn vị: Chi bộ Văn phòng Sở Thư tín (" + b1.getCode() + ")",
                        "Hạn: " + DMY.format(draft.getDueDate().toInstant().atZone(VN)),
                        "Mở công việc trong Tasklist: http://tongket.example/camunda/app/tasklist/default/#/?task=" + draft.getId());
    }

    @Test
    void selfReviewAssignedToTheSecretary_heIsWrittenToByName_aMemberWithoutTaskGetsNothing() throws Exception {
        ProcessInstance pi = startReview(b1);
        tasks.complete(open(pi, ReviewProcess.TASK_DRAFT_REPORT).getId(), Map.of("collectiveReportDraft", "Dự thảo"));
        tasks.complete(open(pi, ReviewProcess.TASK_SCHEDULE_MEETING).getId(), Map.of("meetingAt", "2013-12-05T08:00:00+07:00"));
        tasks.complete(open(pi, ReviewProcess.TASK_COLLECTIVE_MEETING).getId(), new HashMap<>(Map.of("collectiveConclusion", "Đoàn kết",
                "collectiveReportFinal", "Báo cáo", "collectiveViolationSigns", false)));
        for (int i = 0; i < 100; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        Task own = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ReviewProcess.TASK_WRITE_SELF_REVIEW)
                .taskAssignee(b1sec.getCode()).singleResult();
        assertThat(own).isNotNull();
        sendAll();
        List<MimeMessage> aboutOwn = received().stream().filter(m -> body(m).contains("?task=" + own.getId())).toList();
        assertThat(aboutOwn).extracting(TaskNotificationMailIT::to).containsExactly(address(b1sec));
        assertThat(subject(aboutOwn.get(0))).isEqualTo("[Tổng kết] Việc mới: " + own.getName() + " — Chi bộ Văn phòng Sở Thư tín");
        assertThat(body(aboutOwn.get(0))).startsWith("Kính gửi đồng chí Ngô Văn Thư,");
        assertThat(received()).extracting(TaskNotificationMailIT::to).doesNotContain(address(m1));
    }

    @Test
    void reminders_threeDaysBefore_atTheDeadline_thenTheSuperiorCommittee_eachOnceEvenWithTwoNodes() throws Exception {
        ProcessInstance pi = startReview(b1);
        Task draft = open(pi, ReviewProcess.TASK_DRAFT_REPORT);
        Instant due = draft.getDueDate().toInstant();
        String dueText = DMY.format(due.atZone(VN));
        sendAll();
        smtp.purgeEmailFromAllMailboxes();

        // two nodes scan and send at the same time: one reminder
        NotificationSender node2 = new NotificationSender(outbox, mail, properties, "node-2");
        Instant soon = due.minus(Duration.ofDays(2));
        var scans = List.of(CompletableFuture.runAsync(() -> scanner.scan(soon)), CompletableFuture.runAsync(() -> scanner.scan(soon)));
        scans.forEach(CompletableFuture::join);
        var sends = List.of(CompletableFuture.supplyAsync(() -> sender.sendPending(Instant.now())),
                CompletableFuture.supplyAsync(() -> node2.sendPending(Instant.now())));
        sends.forEach(CompletableFuture::join);
        List<MimeMessage> first = received();
        assertThat(first).extracting(TaskNotificationMailIT::to).containsExactly(address(b1sec));
        assertThat(subject(first.get(0))).isEqualTo("[Tổng kết] Sắp đến hạn " + dueText + ": " + draft.getName()
                + " — Chi bộ Văn phòng Sở Thư tín");
        assertThat(body(first.get(0))).contains("sắp đến hạn", "Hạn: " + dueText);

        // more than 3 days before: nothing; at the deadline: one more
        smtp.purgeEmailFromAllMailboxes();
        scanner.scan(due.minus(Duration.ofDays(5)));
        scanner.scan(due.plus(Duration.ofHours(1)));
        sendAll();
        assertThat(received()).extracting(TaskNotificationMailIT::subject)
                .containsExactly("[Tổng kết] Đến hạn hôm nay " + dueText + ": " + draft.getName() + " — Chi bộ Văn phòng Sở Thư tín");

        // a day late: the direct superior committee (BTV of the grassroots committee) is asked to urge it on
        smtp.purgeEmailFromAllMailboxes();
        scanner.scan(due.plus(Duration.ofDays(2)));
        scanner.scan(due.plus(Duration.ofDays(2)));
        sendAll();
        List<MimeMessage> escalation = received();
        assertThat(escalation).extracting(TaskNotificationMailIT::to).containsExactly(address(gsec));
        assertThat(subject(escalation.get(0))).isEqualTo("[Tổng kết] Quá hạn, đề nghị đôn đốc: " + draft.getName()
                + " — Chi bộ Văn phòng Sở Thư tín");
        assertThat(body(escalation.get(0))).startsWith("Kính gửi đồng chí Lê Văn Bí,")
                .contains("đôn đốc", "Đơn vị: Chi bộ Văn phòng Sở Thư tín", "?task=" + draft.getId());

        // a completed task is not reminded any more
        smtp.purgeEmailFromAllMailboxes();
        tasks.complete(draft.getId(), Map.of("collectiveReportDraft", "Dự thảo"));
        Task next = open(pi, ReviewProcess.TASK_SCHEDULE_MEETING);
        sendAll();
        smtp.purgeEmailFromAllMailboxes();
        scanner.scan(next.getDueDate().toInstant().plus(Duration.ofHours(1)));
        sendAll();
        assertThat(received()).extracting(m -> body(m)).allMatch(b -> !b.contains("?task=" + draft.getId()));
    }
}
