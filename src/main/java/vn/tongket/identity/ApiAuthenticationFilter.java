package vn.tongket.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One link of the Spring Security chain (see {@link SecurityConfiguration}), not a servlet filter of its own:
 * authenticates the request with the users of Camunda — HTTP Basic checked by Camunda's {@link IdentityService}
 * (throttled by {@link LoginThrottleService}) or the session of a user logged in to Tasklist/Cockpit/Admin — and
 * sets, for the request, Spring Security's context, {@link CurrentUser} and the engine's authentication (engine calls
 * are authorized as that user). Which URLs need a login is decided by the chain's rules on the normalized path,
 * never here. A wrong Basic password is answered 401 at once (the session is not tried instead).
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final LoginThrottleService throttle;

    public ApiAuthenticationFilter(IdentityService identityService, LoginThrottleService throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    static boolean hasBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user;
        if (hasBasic(request)) {
            String[] credentials = decode(request.getHeader("Authorization"));
            user = credentials == null ? null : checkBasic(credentials[0], credentials[1]);
            if (user == null) {
                String message = credentials == null ? null : throttle.lockMessage(credentials[0]).orElse(null);
                if (request.getHeader("X-Requested-With") == null) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"tongket\", charset=\"UTF-8\"");
                }
                JsonErrorWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                        message != null ? message : "Sai tên đăng nhập hoặc mật khẩu");
                return;
            }
        } else {
            user = fromWebappSession(request);
        }
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.userId(), null,
                user.groups().stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            CurrentUser.set(user);
            identityService.setAuthentication(user.userId(), user.groups());
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
            CurrentUser.set(null);
            SecurityContextHolder.clearContext();
        }
    }

    private static String[] decode(String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon > 256) {
            return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private CurrentUser checkBasic(String userId, String password) {
        if (!identityService.checkPassword(userId, password)) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return new CurrentUser(userId, groups);
    }

    private static CurrentUser fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine("default");
        if (auth instanceof UserAuthentication ua) {
            return new CurrentUser(ua.getIdentityId(), ua.getGroupIds() == null ? List.of() : List.copyOf(ua.getGroupIds()));
        }
        return null;
    }
}
