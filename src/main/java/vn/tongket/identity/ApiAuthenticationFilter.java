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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every /api request with the same users as Camunda: HTTP Basic (checked by Camunda's
 * {@link IdentityService}) or the session of a user logged in to Tasklist/Cockpit. Sets the engine's
 * authentication for the request so engine calls are authorized as that user. Anonymous requests get 401;
 * only the OpenAPI description and its UI are public.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/docs") || path.startsWith("/api/openapi")
                || path.startsWith("/api/swagger-ui");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = fromBasic(request);
        if (user == null) {
            user = fromWebappSession(request);
        }
        if (user == null) {
            // pages of the app that log in themselves mark their calls: no browser password prompt for them
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"tongket\", charset=\"UTF-8\"");
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"message\":\"Cần đăng nhập (HTTP Basic hoặc phiên Tasklist)\"}");
            return;
        }
        try {
            CurrentUser.set(user);
            identityService.setAuthentication(user.userId(), user.groups());
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
            CurrentUser.set(null);
        }
    }

    private CurrentUser fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
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
