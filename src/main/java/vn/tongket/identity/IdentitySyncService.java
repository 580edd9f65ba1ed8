package vn.tongket.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.tasklist.TasklistFilters;

/**
 * Makes Camunda's identity tables mirror the organization model (the one source of truth): creates, updates
 * and removes users, groups of type {@value #GROUP_TYPE} and memberships, and grants each new group the
 * authorizations of its kind. Passwords are Camunda's (hashed in ACT_ID_USER) and never overwritten.
 * Users in {@code camunda-admin} and groups of another type are left alone.
 */
@Service
public class IdentitySyncService {

    public static final String GROUP_TYPE = "tongket";
    private static final Logger log = LoggerFactory.getLogger(IdentitySyncService.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final JdbcTemplate jdbc;
    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final PositionRepository positions;
    private final String initialPassword;
    private final TransactionTemplate transaction;
    private final TasklistFilters filters;

    public IdentitySyncService(IdentityService identityService, AuthorizationService authorizationService,
                               JdbcTemplate jdbc, OrgUnitRepository units, PartyMemberRepository members,
                               PositionRepository positions, PlatformTransactionManager transactions,
                               @Value("${tongket.identity.member-initial-password:}") String initialPassword,
                               TasklistFilters filters) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.jdbc = jdbc;
        this.units = units;
        this.members = members;
        this.positions = positions;
        this.initialPassword = initialPassword;
        this.transaction = new TransactionTemplate(transactions);
        this.filters = filters;
    }

    public record SyncResult(int usersCreated, int usersUpdated, int usersRemoved, int groupsCreated,
                             int groupsRemoved, int membershipsAdded, int membershipsRemoved) {
    }

    /** One transaction for the whole diff: one commit (one fsync on MySQL) instead of one per user or membership. */
    public synchronized SyncResult sync() {
        return transaction.execute(status -> apply(
                IdentityModelBuilder.build(units.findAll(), members.findAllCurrent(), positions.findAllCurrent())));
    }

    private SyncResult apply(IdentityModel model) {
        Set<String> admins = new HashSet<>(jdbc.queryForList(
                "select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = ?", String.class, CommitteeGroups.ADMIN));

        // groups
        Map<String, String> existingGroups = new HashMap<>();
        jdbc.query("select ID_, TYPE_ from ACT_ID_GROUP", rs -> {
            existingGroups.put(rs.getString(1), rs.getString(2));
        });
        int groupsCreated = 0;
        int groupsRemoved = 0;
        for (var g : model.groups().entrySet()) {
            if (!existingGroups.containsKey(g.getKey())) {
                Group group = identityService.newGroup(g.getKey());
                group.setName(g.getValue());
                group.setType(GROUP_TYPE);
                identityService.saveGroup(group);
                grantGroupDefaults(g.getKey());
                groupsCreated++;
            }
        }
        for (var g : existingGroups.entrySet()) {
            if (GROUP_TYPE.equals(g.getValue()) && !model.groups().containsKey(g.getKey())) {
                identityService.deleteGroup(g.getKey());
                groupsRemoved++;
            }
        }

        // users
        Map<String, String[]> existingUsers = new HashMap<>();
        jdbc.query("select ID_, FIRST_, LAST_, EMAIL_ from ACT_ID_USER", rs -> {
            existingUsers.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        });
        int created = 0;
        int updated = 0;
        int removed = 0;
        for (var u : model.users().entrySet()) {
            IdentityModel.UserInfo info = u.getValue();
            String[] old = existingUsers.get(u.getKey());
            if (old == null) {
                User user = identityService.newUser(u.getKey());
                fill(user, info);
                user.setPassword(initialPassword == null || initialPassword.isBlank() ? randomPassword() : initialPassword);
                identityService.saveUser(user);
                created++;
            } else if (!same(old[0], info.firstName()) || !same(old[1], info.lastName()) || !same(old[2], info.email())) {
                User user = identityService.createUserQuery().userId(u.getKey()).singleResult();
                fill(user, info);
                identityService.saveUser(user);
                updated++;
            }
        }
        for (String id : existingUsers.keySet()) {
            if (!model.users().containsKey(id) && !admins.contains(id)) {
                identityService.deleteUser(id);
                removed++;
            }
        }

        // memberships (only of managed groups)
        Set<String> managed = new HashSet<>(model.groups().keySet());
        Map<String, Set<String>> existingMemberships = new HashMap<>();
        jdbc.query("select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP", rs -> {
            existingMemberships.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        int added = 0;
        int dropped = 0;
        for (var m : model.memberships().entrySet()) {
            Set<String> have = existingMemberships.getOrDefault(m.getKey(), Set.of());
            for (String g : m.getValue()) {
                if (!have.contains(g)) {
                    identityService.createMembership(m.getKey(), g);
                    added++;
                }
            }
        }
        for (var m : existingMemberships.entrySet()) {
            Set<String> want = model.memberships().getOrDefault(m.getKey(), Set.of());
            for (String g : m.getValue()) {
                if (managed.contains(g) && !want.contains(g) && model.users().containsKey(m.getKey())) {
                    identityService.deleteMembership(m.getKey(), g);
                    dropped++;
                }
            }
        }
        if (!existingGroups.containsKey(CommitteeGroups.ALL_MEMBERS) || groupsCreated > 0) {
            grantGroupDefaults(CommitteeGroups.ALL_MEMBERS);
        }
        // the Tasklist filters of every member, readable by the right groups (Việc của tôi, Việc của tập thể tôi...)
        filters.ensure(model.groups().keySet());
        SyncResult result = new SyncResult(created, updated, removed, groupsCreated, groupsRemoved, added, dropped);
        log.info("Identity synced from the organization model: {}", result);
        return result;
    }

    /** Authorizations a group gets when created; the engine adds per-task ones for candidate groups itself. */
    void grantGroupDefaults(String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (groupId.equals(CommitteeGroups.ALL_MEMBERS)) {
            // Tasklist lists tasks through filters: READ on each filter is granted by TasklistFilters (per group);
            // the filter's results are still limited by the task authorizations
            return;
        }
        // committees and boards start the processes of their units (the process checks which unit)
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        if (groupId.equals(CommitteeGroups.ORGANIZATION_BOARD)) {
            // the organization board watches deadlines and incidents in Cockpit
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY);
            grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizationService.saveAuthorization(auth);
    }

    private static void fill(User user, IdentityModel.UserInfo info) {
        user.setFirstName(info.firstName());
        user.setLastName(info.lastName());
        user.setEmail(info.email());
    }

    private static boolean same(String a, String b) {
        return (a == null || a.isEmpty()) ? (b == null || b.isEmpty()) : a.equals(b);
    }

    static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
