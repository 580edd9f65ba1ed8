package vn.tongket.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;

/**
 * Creates the administrator on first start: the {@code camunda-admin} group with every permission and the
 * user {@code tongket.admin.user}. The password is {@code TONGKET_ADMIN_PASSWORD}; when it is empty and
 * generation is allowed (default profile only) a password is generated and printed once. An existing
 * administrator is never changed.
 */
@Component
public class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final String adminUser;
    private final String adminPassword;
    private final boolean generate;

    public AdminBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                          @Value("${tongket.admin.user:admin}") String adminUser,
                          @Value("${tongket.admin.password:}") String adminPassword,
                          @Value("${tongket.admin.generate-password:false}") boolean generate) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.generate = generate;
    }

    public void ensureAdmin() {
        if (identityService.createGroupQuery().groupId(CommitteeGroups.ADMIN).count() == 0) {
            Group group = identityService.newGroup(CommitteeGroups.ADMIN);
            group.setName("Quản trị hệ thống");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
            for (Resource resource : Resources.values()) {
                Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                auth.setGroupId(CommitteeGroups.ADMIN);
                auth.setResource(resource);
                auth.setResourceId(ANY);
                auth.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(auth);
            }
        }
        if (identityService.createUserQuery().userId(adminUser).count() > 0) {
            return;
        }
        String password = adminPassword;
        boolean generated = false;
        if (password == null || password.isBlank()) {
            if (!generate) {
                throw new IllegalStateException("TONGKET_ADMIN_PASSWORD must be set: there is no default administrator "
                        + "password outside the default (demo) profile");
            }
            password = IdentitySyncService.randomPassword();
            generated = true;
        }
        User user = identityService.newUser(adminUser);
        user.setFirstName("Quản trị");
        user.setLastName("Hệ thống");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(adminUser, CommitteeGroups.ADMIN);
        if (generated) {
            log.warn("\n\n=== Tài khoản quản trị / administrator created: user '{}' password '{}' "
                    + "(printed once; set TONGKET_ADMIN_PASSWORD to choose it) ===\n", adminUser, password);
        } else {
            log.info("Administrator '{}' created with the password from TONGKET_ADMIN_PASSWORD", adminUser);
        }
    }
}
