package vn.tongket.notification;

import java.time.Instant;
import vn.tongket.calendar.CalendarProperties;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;

/**
 * Decides who is written to about a task and records the messages in {@link NotificationOutbox}. WHO comes from
 * the task's assignee and candidate links (set by the engine from the BPMN) and, for an escalation, from the
 * organization model (the superior committee of the unit); the unit from the process's business key
 * ({@code <unitCode>:<year>…}, written by the engine at start). No form variable decides anything here.
 */
@Service
public class TaskNotifications {

    private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);

    /** The facts about one open task that a notification needs. */
    public record TaskFacts(String taskId, String taskName, Instant due, String assignee, Collection<IdentityLink> links,
                            String businessKey, Object unitCodeVariable) {
    }

    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> mail;
    private final IdentityService identity;
    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final NotificationOutbox outbox;
    private final NotificationTexts texts;

    public TaskNotifications(NotificationProperties properties, ObjectProvider<JavaMailSender> mail, IdentityService identity,
                             OrgUnitRepository units, PartyMemberRepository members, NotificationOutbox outbox,
                             CalendarProperties calendar) {
        this.properties = properties;
        this.mail = mail;
        this.identity = identity;
        this.units = units;
        this.members = members;
        this.outbox = outbox;
        this.texts = new NotificationTexts(calendar.getZone());
    }

    /** On when an SMTP server is configured ({@code spring.mail.host}) and not switched off. */
    public boolean enabled() {
        return properties.isEnabled() && mail.getIfAvailable() != null;
    }

    public NotificationTexts texts() {
        return texts;
    }

    /**
     * A task was created or (re)assigned: its assignee, or else its candidate users and the members of its candidate
     * groups, are told once per task (the one who claimed it himself is not).
     */
    public int taskAvailable(TaskFacts task, String actingUser, Instant now) {
        int n = 0;
        for (User u : taskRecipients(task).values()) {
            if (!u.getId().equals(actingUser)) {
                n += record(NotificationKind.TASK, task, u, task.taskId() + "|TASK|" + u.getId(), now) ? 1 : 0;
            }
        }
        return n;
    }

    /** A reminder (due soon or at the deadline) to the task's holders, once per task, kind, person and due date. */
    public int remind(NotificationKind kind, TaskFacts task, Instant now) {
        int n = 0;
        for (User u : taskRecipients(task).values()) {
            n += record(kind, task, u, key(kind, task, u), now) ? 1 : 0;
        }
        return n;
    }

    /** The overdue task goes to the members of the unit's direct superior committee (cấp ủy cấp trên trực tiếp). */
    public int escalate(TaskFacts task, Instant now) {
        OrgUnit unit = unit(task);
        if (unit == null) {
            return 0;
        }
        String group = CommitteeGroups.superiorCommittee(unit);
        int n = 0;
        for (User u : groupMembers(group).values()) {
            n += record(NotificationKind.ESCALATION, task, u, key(NotificationKind.ESCALATION, task, u), now) ? 1 : 0;
        }
        return n;
    }

    private static String key(NotificationKind kind, TaskFacts task, User u) {
        return task.taskId() + "|" + kind + "|" + u.getId() + "|" + (task.due() == null ? 0 : task.due().toEpochMilli());
    }

    private boolean record(NotificationKind kind, TaskFacts task, User user, String key, Instant now) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        OrgUnit unit = unit(task);
        TaskNotice notice = new TaskNotice(kind, fullName(user), task.taskName() == null ? "(không tên)" : task.taskName(),
                unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(), task.due(), link(task.taskId()));
        return outbox.enqueue(key, kind, task.taskId(), user.getId(), user.getEmail().strip(), texts.subject(notice),
                texts.body(notice), now);
    }

    public String link(String taskId) {
        String base = properties.getPublicUrl().replaceAll("/+$", "");
        return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** The name as the member is called in Vietnamese (family names first), from the organization model. */
    private String fullName(User user) {
        return members.findByCode(user.getId()).map(PartyMember::getFullName)
                .orElseGet(() -> String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).strip());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    OrgUnit unit(TaskFacts task) {
        String code = null;
        if (task.businessKey() != null && !task.businessKey().isBlank()) {
            code = task.businessKey().split(":", 2)[0];
        } else if (task.unitCodeVariable() instanceof String s) {
            code = s;
        }
        return code == null ? null : units.findByCode(code).orElse(null);
    }

    private Map<String, User> taskRecipients(TaskFacts task) {
        Map<String, User> out = new LinkedHashMap<>();
        if (task.assignee() != null) {
            users(List.of(task.assignee())).forEach(u -> out.put(u.getId(), u));
            return out;
        }
        Set<String> userIds = new LinkedHashSet<>();
        for (IdentityLink l : task.links()) {
            if (!IdentityLinkType.CANDIDATE.equals(l.getType())) {
                continue;
            }
            if (l.getUserId() != null) {
                userIds.add(l.getUserId());
            } else if (l.getGroupId() != null) {
                groupMembers(l.getGroupId()).forEach(out::putIfAbsent);
            }
        }
        users(userIds).forEach(u -> out.putIfAbsent(u.getId(), u));
        return out;
    }

    private List<User> users(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list();
    }

    private Map<String, User> groupMembers(String group) {
        Map<String, User> out = new LinkedHashMap<>();
        long count = identity.createUserQuery().memberOfGroup(group).count();
        if (count > properties.getMaxGroupRecipients()) {
            log.warn("Nhóm {} có {} thành viên (> {}): không gửi thư cho từng người", group, count, properties.getMaxGroupRecipients());
            return out;
        }
        identity.createUserQuery().memberOfGroup(group).list().forEach(u -> out.put(u.getId(), u));
        return out;
    }
}
