package vn.tongket.identity;

import java.util.Map;
import java.util.Set;

/**
 * What Camunda's identity should hold according to the organization model: users (member code → display
 * name and e-mail), groups (id → name) and memberships (user → groups). Plain data, computed by
 * {@link IdentityModelBuilder}, applied by {@link IdentitySyncService}.
 */
public record IdentityModel(Map<String, UserInfo> users, Map<String, String> groups, Map<String, Set<String>> memberships) {

    public record UserInfo(String firstName, String lastName, String email) {
    }
}
