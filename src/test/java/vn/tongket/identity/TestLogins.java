package vn.tongket.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.identity.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logins for integration tests: an HTTP Basic header, and a Camunda user (password "demo") in a group. */
public final class TestLogins {

    private TestLogins() {
    }

    /**
     * MockMvc behind the application's real Spring Security chain (firewall, /api login, CSRF) — the same filters
     * a request to the running server passes.
     */
    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the user (password "demo") and the group when missing, and the membership. */
    public static void userInGroup(IdentityService identity, String userId, String lastName, String group) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User u = identity.newUser(userId);
            u.setFirstName("Thử");
            u.setLastName(lastName);
            u.setPassword("demo");
            identity.saveUser(u);
        }
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var g = identity.newGroup(group);
            g.setName(group);
            identity.saveGroup(g);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identity.createMembership(userId, group);
        }
    }
}
