package vn.tongket.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;
import vn.tongket.review.ReviewProcess;

/** Without spring.mail.host (the default) there is no mail sender, nothing is recorded and nothing is scanned. */
@SpringBootTest
class NotificationsOffIT {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identitySync;
    @Autowired RuntimeService runtime;
    @Autowired ObjectProvider<JavaMailSender> mail;
    @Autowired ReminderScanner scanner;
    @Autowired TaskNotifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void smtpNotConfigured_noMailSender_noMessageRecordedForANewTask() {
        OrgFixture f = new OrgFixture(units, members, positions, "NO" + UUID.randomUUID().toString().substring(0, 6));
        OrgUnit b = f.unit("B", "Chi bộ Không thư", UnitKind.GRASSROOTS_BRANCH, null, false);
        PartyMember sec = f.member("sec", "Phan Văn Thư", b);
        sec.setEmail("sec@no-mail.example");
        members.save(sec);
        f.position(sec, b, PositionRole.SECRETARY);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> identitySync.sync());
        ProcessInstance pi = runtime.startProcessInstanceByKey(ReviewProcess.KEY, b.getCode() + ":2013",
                Map.of("unitCode", b.getCode(), "campaignYear", 2013));

        assertThat(mail.getIfAvailable()).isNull();
        assertThat(notifications.enabled()).isFalse();
        assertThat(scanner.scan(Instant.parse("2013-12-31T00:00:00Z"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_log where recipient_user = ?", Integer.class, sec.getCode()))
                .isZero();
        assertThat(pi.getBusinessKey()).isEqualTo(b.getCode() + ":2013");
    }
}
